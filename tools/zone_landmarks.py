#!/usr/bin/env python3
"""Measure every referral zone and trigger point marker against the drawn landmarks.

Run from the repository root:  python tools/zone_landmarks.py [TP ...] [--near N]

The landmarks are the shapes of the art sources (README, "Editing the art"): bones and
palpable landmarks of ``assets/art/bones.svg`` (iliac crest, PSIS, sacrum, coccyx,
greater trochanter, ischial tuberosity, head of the fibula, malleoli, calcaneus, lumbar
spinous processes, lower ribs), skin contours of ``body.svg`` (gluteal fold, popliteal
crease, gluteal cleft) and the calcaneal tendon of ``muscles.svg``, read with the
generator's SVG reader (svgelements) and mirrored about x = 300 for the right side. The
zones and markers are the app's own, from the loaded atlas (``load_atlas()``), so this
measures what the window shows.

For each zone (trigger point, essential or spillover, side) it prints the landmarks the
zone overlaps (with the share of the landmark covered: of its area for a bone, of its
length for a line) and those it misses by less than ``--near`` units (with the gap);
for each marker, its distance to the landmarks nearby. ``docs/zone-audit.md`` reads these
numbers against what each trigger point's texts say; ``tests/test_zone_landmarks.py``
checks them.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import shapely
from shapely.geometry import LineString, Point, Polygon, box
from shapely.geometry.base import BaseGeometry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from svgart.geom import MID_X, mirror_geom, sample  # noqa: E402
from svgart.sources import load  # noqa: E402

# landmark name -> (source file, element id). All are drawn for the patient's left side
# and mirrored for the right, except those on the midline (MIDLINE).
LANDMARKS: dict[str, tuple[str, str]] = {
    "iliac-crest": ("bones.svg", "bone-left-iliac-crest"),
    "psis": ("bones.svg", "bone-left-psis"),
    "sacrum": ("bones.svg", "bone-sacrum"),
    "coccyx": ("bones.svg", "bone-coccyx"),
    "hip-bone": ("bones.svg", "bone-left-hip"),
    "greater-trochanter": ("bones.svg", "bone-left-greater-trochanter"),
    "ischial-tuberosity": ("bones.svg", "bone-left-ischial-tuberosity"),
    "femur": ("bones.svg", "bone-left-femur"),
    "tibia": ("bones.svg", "bone-left-tibia"),
    "fibula": ("bones.svg", "bone-left-fibula"),
    "fibular-head": ("bones.svg", "bone-left-fibular-head"),
    "lateral-malleolus": ("bones.svg", "bone-left-lateral-malleolus"),
    "medial-malleolus": ("bones.svg", "bone-left-medial-malleolus"),
    "calcaneus": ("bones.svg", "bone-left-calcaneus"),
    "rib-11": ("bones.svg", "bone-left-rib-11"),
    "rib-12": ("bones.svg", "bone-left-rib-12"),
    "t11-spinous": ("bones.svg", "bone-t11-spinous"),
    "t12-spinous": ("bones.svg", "bone-t12-spinous"),
    "l1-spinous": ("bones.svg", "bone-l1-spinous"),
    "l2-spinous": ("bones.svg", "bone-l2-spinous"),
    "l3-spinous": ("bones.svg", "bone-l3-spinous"),
    "l4-spinous": ("bones.svg", "bone-l4-spinous"),
    "l5-spinous": ("bones.svg", "bone-l5-spinous"),
    "lumbar-laminae": ("bones.svg", "bone-lumbar-laminae"),
    "gluteal-fold": ("body.svg", "contour-gluteal-fold"),
    "gluteal-cleft": ("body.svg", "contour-gluteal-cleft"),
    "popliteal-crease": ("body.svg", "contour-popliteal-crease"),
    "calcaneal-tendon": ("muscles.svg", "detail-left-calcaneal-tendon"),
    "l3-transverse": ("bones.svg", "bone-left-l3-transverse"),
    "l4-transverse": ("bones.svg", "bone-left-l4-transverse"),
    "l5-transverse": ("bones.svg", "bone-left-l5-transverse"),
    # derived from the shapes above (see _derived)
    "sacroiliac-joint": ("", "left-sacroiliac-joint"),
    "knee-line": ("", "left-knee-line"),
    "l1": ("", "l1"),
    "l3": ("", "l3"),
    "l5": ("", "l5"),
}
#: The vertebrae in order down the column, for the vertebral levels (see _derived).
VERTEBRAE = ("t11", "t12", "l1", "l2", "l3", "l4", "l5")
MIDLINE = frozenset(
    {"sacrum", "coccyx", "gluteal-cleft", "lumbar-laminae", "l1", "l3", "l5"}
    | {f"{v}-spinous" for v in ("t11", "t12", "l1", "l2", "l3", "l4", "l5")}
)
KNEE_LINE_X = (100.0, 300.0)  # across the left leg, from beyond its outer edge to the midline


@dataclass(frozen=True)
class Measure:
    """How a zone (or a point) lies against one landmark."""

    distance: float  # 0 when they overlap
    covered: float  # share of the landmark inside the zone (area, or length for a line)

    @property
    def reaches(self) -> bool:
        return self.distance == 0.0

    @property
    def contains(self) -> bool:
        return self.covered >= 0.999


def _ellipse(cx: float, cy: float, rx: float, ry: float, tilt: float) -> Polygon:
    t = math.radians(tilt)
    pts = []
    for i in range(72):
        a = 2 * math.pi * i / 72
        x, y = rx * math.cos(a), ry * math.sin(a)
        pts.append((cx + x * math.cos(t) - y * math.sin(t), cy + x * math.sin(t) + y * math.cos(t)))
    return Polygon(pts)


def _derived(name: str) -> BaseGeometry:
    """Landmarks the art implies but does not draw as one shape: the sacroiliac joint,
    where the sacrum meets the hip bone (the strip within 3 units of both, along the
    sacrum's lateral border beside the PSIS), and the knee line, the level of the
    popliteal crease (its mean height) across the whole left leg, so that a zone on the
    outer side of the knee reaches it too."""
    if name == "sacroiliac-joint":
        return _left("sacrum").buffer(3).intersection(_left("hip-bone").buffer(3))
    if name in VERTEBRAE:
        return _vertebra(name)
    crease = _left("popliteal-crease")
    y = sum(p[1] for p in crease.coords) / len(crease.coords)
    return LineString([(KNEE_LINE_X[0], y), (KNEE_LINE_X[1], y)])


def _vertebra(name: str) -> BaseGeometry:
    """A lumbar vertebra as seen from behind: the laminae column (drawn as one piece)
    between the levels halfway from its spinous process to its neighbours' (the column's
    own ends for the last one)."""
    column = _left("lumbar-laminae")
    i = VERTEBRAE.index(name)
    mid = [_left(f"{v}-spinous").centroid.y for v in VERTEBRAE]
    _, col_top, _, col_bottom = column.bounds
    top = (mid[i - 1] + mid[i]) / 2 if i > 0 else col_top
    bottom = (mid[i] + mid[i + 1]) / 2 if i + 1 < len(VERTEBRAE) else col_bottom
    x0, _, x1, _ = column.bounds
    return column.intersection(box(x0, top, x1, bottom))


@cache
def _left(name: str) -> BaseGeometry:
    file, sid = LANDMARKS[name]
    if not file:
        return _derived(name)
    shape = load(file).get(sid)
    if shape.tag in ("ellipse", "circle"):
        if shape.tag == "circle":
            (cx, cy), r = shape.point(), shape.radius()
            return _ellipse(cx, cy, r, r, 0.0)
        (cx, cy), rx, ry, tilt = shape.ellipse()
        return _ellipse(cx, cy, rx, ry, tilt)
    beziers, closed = shape.beziers()
    pts = sample(beziers, 0.5)
    if not closed:
        return LineString(pts)
    poly = Polygon(pts)
    return poly if poly.is_valid else shapely.make_valid(poly)


@cache
def landmark(name: str, side: str) -> BaseGeometry:
    """The landmark's shape on the patient's ``side`` (midline ones are the same)."""
    geom = _left(name)
    mirrored = name not in MIDLINE
    return mirror_geom(geom) if side == "right" and mirrored else geom


def area_geometry(area) -> BaseGeometry:
    """A shapely shape of an app Area (rings under the even-odd rule)."""
    out: BaseGeometry = Polygon()
    for ring in area.rings:
        poly = Polygon(ring)
        out = out.symmetric_difference(poly if poly.is_valid else shapely.make_valid(poly))
    return out


def measure(geom: BaseGeometry, mark: BaseGeometry) -> Measure:
    """Gap between ``geom`` (a zone) and the landmark, and the landmark's share inside it."""
    distance = geom.distance(mark)
    if distance > 0:
        return Measure(round(distance, 1), 0.0)
    if mark.geom_type in ("LineString", "MultiLineString"):
        covered = geom.intersection(mark).length / mark.length
    else:
        covered = geom.intersection(mark).area / mark.area
    return Measure(0.0, round(covered, 3))


def marker_distance(x: float, y: float, mark: BaseGeometry) -> float:
    """Distance from a marker's centre to the landmark (0 inside it)."""
    return round(Point(x, y).distance(mark), 1)


class Zones:
    """The atlas's zones and markers as shapely shapes, for measuring."""

    def __init__(self, atlas=None) -> None:
        if atlas is None:
            from app.content.load import load_atlas

            atlas = load_atlas()
        self.atlas = atlas
        self._cache: dict[tuple[str, str, str], BaseGeometry] = {}

    def zone(self, side: str, tp: str, pattern: str) -> BaseGeometry:
        """The body zone (``essential``, ``spillover``, or ``pattern``: both joined);
        empty where the pattern lies on the sole inset only."""
        from app.domain.diagram import ZoneKey

        key = (side, tp, pattern)
        if key not in self._cache:
            if pattern == "pattern":
                geom = self.zone(side, tp, "essential").union(self.zone(side, tp, "spillover"))
            else:
                area = self.atlas.diagram.zones.get(ZoneKey(side, tp, pattern))  # type: ignore[arg-type]
                geom = Polygon() if area is None else area_geometry(area)
            self._cache[key] = geom
        return self._cache[key]

    def marker(self, side: str, tp: str) -> tuple[float, float, float]:
        m = self.atlas.diagram.markers[(side, tp)]
        return (m.x, m.y, m.r)

    def muscle(self, side: str, muscle: str) -> BaseGeometry:
        return area_geometry(self.atlas.diagram.muscles[(side, muscle)])

    def trigger_points(self) -> list[tuple[str, str]]:
        """(muscle id, trigger point id) of every trigger point, in content order."""
        return [(m.id, tp.id) for m in self.atlas.library.muscles for tp in m.trigger_points]


def report(zones: Zones, tps: list[str], near: float, side: str) -> list[str]:
    lines = []
    for muscle, tp in zones.trigger_points():
        if tps and tp not in tps:
            continue
        lines.append(f"## {tp} ({side})")
        for pattern in ("essential", "spillover"):
            geom = zones.zone(side, tp, pattern)
            if geom.is_empty:
                continue
            b = geom.bounds
            parts = []
            for name in LANDMARKS:
                m = measure(geom, landmark(name, side))
                if m.reaches:
                    parts.append(f"{name} {m.covered:.0%}")
                elif m.distance <= near:
                    parts.append(f"{name} misses by {m.distance:g}")
            lines.append(
                f"  {pattern}: x {b[0]:.0f}-{b[2]:.0f}, y {b[1]:.0f}-{b[3]:.0f}; "
                + ("; ".join(parts) or "no landmark within reach")
            )
        if (side, tp) in zones.atlas.diagram.markers:
            x, y, r = zones.marker(side, tp)
            close = sorted((marker_distance(x, y, landmark(n, side)), n) for n in LANDMARKS)[:3]
            inside = zones.muscle(side, muscle).contains(Point(x, y).buffer(r))
            lines.append(
                f"  marker ({x:g},{y:g}) r {r:g}, {'inside' if inside else 'NOT inside'} "
                f"{muscle}; nearest: " + ", ".join(f"{n} {d:g}" for d, n in close)
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tps", nargs="*", help="trigger point ids (default: all)")
    parser.add_argument("--near", type=float, default=25.0, help="list misses up to this gap")
    parser.add_argument("--side", choices=("left", "right"), default="left")
    args = parser.parse_args(argv)
    print("\n".join(report(Zones(), args.tps, args.near, args.side)))
    return 0


assert MID_X == 300  # the landmarks are mirrored about the diagram's midline

if __name__ == "__main__":
    sys.exit(main())
