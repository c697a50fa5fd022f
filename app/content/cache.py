"""Derived data on disk (parsed geometry, art layers, first-paint snapshot): read and
written with marshal, never trusted blindly, never a reason to fail."""

from __future__ import annotations

import marshal
import os
from pathlib import Path
from typing import Any


def read_cached(path: Path) -> Any | None:
    """The value stored at ``path``, or None if it is missing or damaged."""
    try:
        return marshal.loads(path.read_bytes())
    except Exception:  # missing, stale or damaged: it is only derived data
        return None


def write_cached(path: Path, value: Any) -> None:
    """Store ``value`` at ``path`` atomically; a read-only cache folder only costs speed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(marshal.dumps(value))
        os.replace(tmp, path)
    except OSError:
        pass
