"""The small vocabularies shared by content and geometry (no pydantic here, so the
window can import them before the content is loaded)."""

from __future__ import annotations

from typing import Literal

Pattern = Literal["essential", "spillover"]
PATTERNS: tuple[Pattern, ...] = ("essential", "spillover")
Side = Literal["left", "right"]
SIDES: tuple[Side, ...] = ("left", "right")
