"""A pain drawing: the marks a person puts on the body, the unit of a question.

A mark is a *spot* (a click), a *stroke* (a painted area: the centre line of a brush
stroke and the brush's radius) or a *region* (a whole named region painted, used by the
command line). Every mark carries an intensity from 0 to 10. Coordinates are document
coordinates (SVG user units, about a millimetre).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Literal

from app.domain.geometry import Point

MarkKind = Literal["spot", "stroke", "region"]
#: What the pain feels like. "tingling" (pins and needles), "burning" and "numb" are the
#: nerve-like qualities: they bring nerve-root look-alikes forward.
Quality = Literal["aching", "burning", "tingling", "numb"]
QUALITIES: tuple[Quality, ...] = ("aching", "burning", "tingling", "numb")
NERVE_LIKE: frozenset[str] = frozenset({"burning", "tingling", "numb"})

INTENSITY_MIN = 0
INTENSITY_MAX = 10
DEFAULT_INTENSITY = 5
#: Weight of a mark of intensity 0 in the ranking: a mark is never ignored.
MIN_WEIGHT = 0.1
#: Brush radius of a painted stroke, in document units: about the width of a fingertip
#: on the figure, and the radius of the circle a spot draws.
DEFAULT_BRUSH_RADIUS = 8.0
BRUSH_RADIUS_MIN = 1.0
BRUSH_RADIUS_MAX = 60.0
#: Limits that keep a damaged or hostile file from stalling the app.
MAX_MARKS = 500
MAX_STROKE_POINTS = 2000
#: Coordinates must lie within this many units of the origin (the drawing is 600 x 1352).
COORDINATE_LIMIT = 10_000.0


class MarkError(ValueError):
    """A mark that cannot be: a non-finite number, an intensity out of range..."""


@dataclass(frozen=True)
class Mark:
    kind: MarkKind
    points: tuple[Point, ...] = ()
    radius: float = 0.0
    region: str | None = None
    intensity: int = DEFAULT_INTENSITY
    quality: Quality | None = None

    def __post_init__(self) -> None:
        check_intensity(self.intensity)
        if self.quality is not None and self.quality not in QUALITIES:
            raise MarkError(f"quality must be one of {', '.join(QUALITIES)}, not {self.quality!r}")
        if self.kind == "region":
            if not self.region or self.points:
                raise MarkError("a region mark names a region and has no points")
            return
        if self.region is not None:
            raise MarkError(f"a {self.kind} mark has no region")
        if not self.points:
            raise MarkError(f"a {self.kind} mark needs at least one point")
        if self.kind == "spot" and len(self.points) != 1:
            raise MarkError("a spot has exactly one point")
        if len(self.points) > MAX_STROKE_POINTS:
            raise MarkError(f"a stroke has at most {MAX_STROKE_POINTS} points")
        for x, y in self.points:
            check_coordinate(x)
            check_coordinate(y)
        if self.kind == "stroke" and not (BRUSH_RADIUS_MIN <= self.radius <= BRUSH_RADIUS_MAX):
            raise MarkError(
                f"a stroke's radius must be {BRUSH_RADIUS_MIN:g} to {BRUSH_RADIUS_MAX:g}, "
                f"not {self.radius!r}"
            )

    @classmethod
    def spot(
        cls,
        x: float,
        y: float,
        *,
        intensity: int = DEFAULT_INTENSITY,
        quality: Quality | None = None,
    ) -> Mark:
        return cls("spot", ((float(x), float(y)),), intensity=intensity, quality=quality)

    @classmethod
    def stroke(
        cls,
        points: tuple[Point, ...] | list[Point],
        *,
        radius: float = DEFAULT_BRUSH_RADIUS,
        intensity: int = DEFAULT_INTENSITY,
        quality: Quality | None = None,
    ) -> Mark:
        pts = tuple((float(x), float(y)) for x, y in points)
        return cls("stroke", pts, radius=float(radius), intensity=intensity, quality=quality)

    @classmethod
    def painted_region(
        cls,
        region_id: str,
        *,
        intensity: int = DEFAULT_INTENSITY,
        quality: Quality | None = None,
    ) -> Mark:
        return cls("region", region=region_id, intensity=intensity, quality=quality)

    @property
    def weight(self) -> float:
        """How much the mark counts in the ranking: its intensity / 10, at least MIN_WEIGHT."""
        return max(self.intensity / 10.0, MIN_WEIGHT)

    @property
    def nerve_like(self) -> bool:
        return self.quality in NERVE_LIKE

    def with_intensity(self, intensity: int) -> Mark:
        return replace(self, intensity=intensity)

    @property
    def anchor(self) -> Point | None:
        """Where the mark's label goes: the spot, or the middle point of a stroke."""
        return self.points[len(self.points) // 2] if self.points else None

    def touches(self, x: float, y: float, *, slack: float) -> bool:
        """Is the point on the mark (within ``slack`` units of its drawn shape)?"""
        from app.domain.geometry import polyline_distance

        if not self.points:
            return False
        return polyline_distance(self.points, x, y) <= self.radius + slack


@dataclass(frozen=True)
class Drawing:
    marks: tuple[Mark, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if len(self.marks) > MAX_MARKS:
            raise MarkError(f"a drawing has at most {MAX_MARKS} marks, not {len(self.marks)}")

    def __len__(self) -> int:
        return len(self.marks)

    def __bool__(self) -> bool:
        return bool(self.marks)

    def adding(self, *marks: Mark) -> Drawing:
        return Drawing(self.marks + marks)

    def without(self, indices: set[int] | frozenset[int]) -> Drawing:
        return Drawing(tuple(m for i, m in enumerate(self.marks) if i not in indices))

    def replacing(self, index: int, mark: Mark) -> Drawing:
        marks = list(self.marks)
        marks[index] = mark
        return Drawing(tuple(marks))

    @property
    def spots(self) -> tuple[Point, ...]:
        return tuple(m.points[0] for m in self.marks if m.kind == "spot")

    def spot_at(self, x: float, y: float, *, reach: float) -> int | None:
        """The index of the spot nearest to (x, y) within ``reach`` units, if any (the
        newest wins a tie: it is drawn on top)."""
        best: tuple[float, int] | None = None
        for i, m in enumerate(self.marks):
            if m.kind != "spot":
                continue
            d = math.hypot(m.points[0][0] - x, m.points[0][1] - y)
            if d <= reach and (best is None or d <= best[0]):
                best = (d, i)
        return None if best is None else best[1]


def check_intensity(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise MarkError(f"intensity must be a whole number from 0 to 10, not {value!r}")
    if not INTENSITY_MIN <= value <= INTENSITY_MAX:
        raise MarkError(f"intensity must be from {INTENSITY_MIN} to {INTENSITY_MAX}, not {value}")
    return value


def check_quality(value: object) -> Quality | None:
    if value is None:
        return None
    for q in QUALITIES:
        if value == q:
            return q
    raise MarkError(f"quality must be one of {', '.join(QUALITIES)}, not {_short(value)}")


def check_coordinate(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise MarkError(f"a coordinate must be a number, not {value!r}")
    if isinstance(value, int) and abs(value) > COORDINATE_LIMIT:
        raise MarkError(f"a coordinate must lie within ±{COORDINATE_LIMIT:g}, not {value!r}")
    v = float(value)
    if not math.isfinite(v):
        raise MarkError(f"a coordinate must be a finite number, not {value!r}")
    if abs(v) > COORDINATE_LIMIT:
        raise MarkError(f"a coordinate must lie within ±{COORDINATE_LIMIT:g}, not {value!r}")
    return v


# -- plain-data form (session files, --batch lines) ------------------------------------


def mark_as_json(mark: Mark) -> dict[str, object]:
    out: dict[str, object] = {"kind": mark.kind, "intensity": mark.intensity}
    if mark.quality is not None:
        out["quality"] = mark.quality
    if mark.kind == "region":
        out["region"] = mark.region
    else:
        out["points"] = [[round(x, 3), round(y, 3)] for x, y in mark.points]
    if mark.kind == "stroke":
        out["radius"] = round(mark.radius, 3)
    return out


def mark_from_json(data: object, *, where: str) -> Mark:
    """A mark from its plain-data form; MarkError names ``where`` and the field."""
    if not isinstance(data, dict):
        raise MarkError(f"{where} must be an object, not {_short(data)}")
    allowed = {"kind", "points", "radius", "region", "intensity", "quality"}
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise MarkError(f"{where}: unknown field {unknown[0]!r}")
    kind = data.get("kind")
    if kind not in ("spot", "stroke", "region"):
        raise MarkError(f"{where}.kind must be 'spot', 'stroke' or 'region', not {_short(kind)}")
    intensity = data.get("intensity", DEFAULT_INTENSITY)
    try:
        check_intensity(intensity)
        quality = check_quality(data.get("quality"))
        if kind == "region":
            region = data.get("region")
            if not isinstance(region, str):
                raise MarkError(f"region must be a region id, not {_short(region)}")
            return Mark.painted_region(region, intensity=intensity, quality=quality)
        points = points_from_json(data.get("points"), where=f"{where}.points")
        if kind == "spot":
            if len(points) != 1:
                raise MarkError("a spot has exactly one point")
            return Mark("spot", points, intensity=intensity, quality=quality)
        radius = data.get("radius", DEFAULT_BRUSH_RADIUS)
        if isinstance(radius, bool) or not isinstance(radius, int | float):
            raise MarkError(f"radius must be a number, not {_short(radius)}")
        return Mark("stroke", points, radius=float(radius), intensity=intensity, quality=quality)
    except MarkError as exc:
        if str(exc).startswith(where):
            raise
        raise MarkError(f"{where}: {exc}") from None


def points_from_json(raw: object, *, where: str) -> tuple[Point, ...]:
    if not isinstance(raw, list):
        raise MarkError(f"{where} must be a list of [x, y] pairs")
    if len(raw) > MAX_STROKE_POINTS:
        raise MarkError(f"{where} has more than {MAX_STROKE_POINTS} points")
    out: list[Point] = []
    for i, item in enumerate(raw):
        if not isinstance(item, list) or len(item) != 2:
            raise MarkError(f"{where}[{i}] must be a pair of numbers, not {_short(item)}")
        try:
            out.append((check_coordinate(item[0]), check_coordinate(item[1])))
        except MarkError as exc:
            raise MarkError(f"{where}[{i}]: {exc}") from None
    return tuple(out)


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
