"""One line of `triggermap lookup --batch`: a drawing as a small JSON object,
``{"points": [[x, y], ...], "regions": [...], "intensity": [...], "quality": [...]}``
(all keys optional; points come before regions; intensity and quality apply in order)."""

from __future__ import annotations

import json
from collections.abc import Callable, Container
from typing import TypeVar

from app.domain.drawing import (
    DEFAULT_INTENSITY,
    Drawing,
    Mark,
    MarkError,
    Quality,
    check_intensity,
    check_quality,
    points_from_json,
)

T = TypeVar("T")
KEYS = ("points", "regions", "intensity", "quality")


def drawing_from_line(line: str, regions: Container[str]) -> Drawing:
    """The drawing of one batch line; MarkError says what is wrong with it, in one line."""
    if not line.strip():
        raise MarkError("empty line (write {} for an empty drawing)")
    try:
        data = json.loads(line, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        raise MarkError(f"not valid JSON ({str(exc).split(':')[0]})") from None
    if not isinstance(data, dict):
        raise MarkError("must be a JSON object")
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise MarkError(f"unknown key {unknown[0]!r} (keys: {', '.join(KEYS)})")
    points = points_from_json(data.get("points", []), where="points")
    named = data.get("regions", [])
    if not isinstance(named, list) or not all(isinstance(r, str) for r in named):
        raise MarkError("regions must be a list of region ids")
    for r in named:
        if r not in regions:
            raise MarkError(f"unknown region {r!r}; `triggermap regions` lists them")
    n = len(points) + len(named)
    levels = _per_mark(
        data, "intensity", n, check_intensity, DEFAULT_INTENSITY, "whole numbers from 0 to 10"
    )
    feels: list[Quality | None] = _per_mark(
        data, "quality", n, check_quality, None, "qualities (aching, burning, tingling, numb)"
    )
    marks = [
        Mark.spot(x, y, intensity=levels[i], quality=feels[i]) for i, (x, y) in enumerate(points)
    ]
    marks += [
        Mark.painted_region(r, intensity=levels[len(points) + i], quality=feels[len(points) + i])
        for i, r in enumerate(named)
    ]
    return Drawing(tuple(marks))


def _per_mark(
    data: dict[str, object],
    key: str,
    n_marks: int,
    check: Callable[[object], T],
    default: T,
    what: str,
) -> list[T]:
    """A per-mark list (intensity, quality), checked, filled up with ``default``."""
    raw = data.get(key, [])
    if not isinstance(raw, list):
        raise MarkError(f"{key} must be a list of {what}")
    if len(raw) > n_marks:
        raise MarkError(f"{key} has {len(raw)} values for {n_marks} marks")
    out = []
    for i, value in enumerate(raw):
        try:
            out.append(check(value))
        except MarkError as exc:
            raise MarkError(f"{key}[{i}]: {exc}") from None
    return out + [default] * (n_marks - len(out))


def _no_constant(name: str) -> float:
    raise MarkError(f"{name} is not a number TriggerMap accepts")
