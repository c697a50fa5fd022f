"""Curve maths: cubic Bezier chains (as the art sources draw them), dense sampling,
centripetal Catmull-Rom splines (for the fibre lines drawn between two curves),
mirroring about the midline, SVG path text, grid snapping."""

from __future__ import annotations

import math
from collections.abc import Sequence

import shapely
from shapely.geometry import MultiPolygon, Polygon

MID_X = 300.0
GRID = 0.01
STEP = 0.6  # max vertex spacing of sampled outlines (the brief asks for <= 0.7)

Pt = tuple[float, float]
Bez = tuple[Pt, Pt, Pt, Pt]


def _d(a: Pt, b: Pt) -> float:
    return max(math.hypot(b[0] - a[0], b[1] - a[1]), 1e-9)


def _segment(p0: Pt, p1: Pt, p2: Pt, p3: Pt) -> Bez:
    """Cubic Bezier of the centripetal Catmull-Rom segment p1->p2 (Yuksel et al.)."""
    d1, d2, d3 = math.sqrt(_d(p0, p1)), math.sqrt(_d(p1, p2)), math.sqrt(_d(p2, p3))
    a1, a2, a3 = d1 * d1, d2 * d2, d3 * d3
    b1 = tuple(
        (a1 * p2[i] - a2 * p0[i] + (2 * a1 + 3 * d1 * d2 + a2) * p1[i]) / (3 * d1 * (d1 + d2))
        for i in range(2)
    )
    b2 = tuple(
        (a3 * p1[i] - a2 * p3[i] + (2 * a3 + 3 * d3 * d2 + a2) * p2[i]) / (3 * d3 * (d3 + d2))
        for i in range(2)
    )
    return (p1, b1, b2, p2)  # type: ignore[return-value]


def spline(points: Sequence[Pt], closed: bool = False, start: Pt | None = None,
           end: Pt | None = None) -> list[Bez]:
    """Smooth curve through ``points``. Open curves may be given phantom ``start`` /
    ``end`` neighbours to fix the end tangents (default: straight extrapolation)."""
    pts = [tuple(map(float, p)) for p in points]
    if closed:
        n = len(pts)
        return [_segment(pts[i - 1], pts[i], pts[(i + 1) % n], pts[(i + 2) % n]) for i in range(n)]
    if len(pts) == 2:
        (ax, ay), (bx, by) = pts
        return [((ax, ay), (ax + (bx - ax) / 3, ay + (by - ay) / 3),
                 (ax + 2 * (bx - ax) / 3, ay + 2 * (by - ay) / 3), (bx, by))]
    s = start or (2 * pts[0][0] - pts[1][0], 2 * pts[0][1] - pts[1][1])
    e = end or (2 * pts[-1][0] - pts[-2][0], 2 * pts[-1][1] - pts[-2][1])
    ext = [s, *pts, e]
    return [_segment(ext[i], ext[i + 1], ext[i + 2], ext[i + 3]) for i in range(len(pts) - 1)]


def _bez_pt(b: Bez, t: float) -> Pt:
    u = 1 - t
    return (u**3 * b[0][0] + 3 * u * u * t * b[1][0] + 3 * u * t * t * b[2][0] + t**3 * b[3][0],
            u**3 * b[0][1] + 3 * u * u * t * b[1][1] + 3 * u * t * t * b[2][1] + t**3 * b[3][1])


def sample(beziers: Sequence[Bez], step: float = STEP) -> list[Pt]:
    """Polyline through the curve with vertices evenly spaced, at most ``step`` apart
    (the first and last points are the curve's ends)."""
    fine: list[Pt] = [beziers[0][0]]
    for b in beziers:
        n = max(8, int(_d(b[0], b[1]) + _d(b[1], b[2]) + _d(b[2], b[3])) * 4)
        fine.extend(_bez_pt(b, i / n) for i in range(1, n + 1))
    cum = [0.0]
    for a, b in zip(fine[:-1], fine[1:], strict=True):
        cum.append(cum[-1] + math.hypot(b[0] - a[0], b[1] - a[1]))
    total = cum[-1]
    k = max(1, math.ceil(total / step))
    out: list[Pt] = []
    j = 0
    for i in range(k + 1):
        s = total * i / k
        while j < len(cum) - 2 and cum[j + 1] < s:
            j += 1
        seg = cum[j + 1] - cum[j]
        t = 0.0 if seg <= 0 else (s - cum[j]) / seg
        a, b = fine[j], fine[j + 1]
        out.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
    return out


def blob(beziers: Sequence[Bez], step: float = STEP) -> Polygon:
    """A closed curve (a source's closed path), sampled, as a valid polygon."""
    ring = sample(beziers, step)[:-1]
    return shapely.make_valid(Polygon(ring)).buffer(0)


def mirror_beziers(beziers: Sequence[Bez]) -> list[Bez]:
    """The curve mirrored about x = 300 (written out, it reads the same as the curve
    through the mirrored points: checked when the art moved into SVG sources)."""
    return [tuple(mirror_pt(p) for p in b) for b in beziers]  # type: ignore[misc]


def snap(geom):
    return shapely.set_precision(geom, GRID)


def mirror_pt(p: Pt) -> Pt:
    return (2 * MID_X - p[0], p[1])


def mirror_geom(geom):
    """Mirror about x = 300, keeping coordinates on the 0.01 grid."""
    return snap(shapely.transform(geom, lambda c: _mirror_coords(c)))


def _mirror_coords(c):
    c = c.copy()
    c[:, 0] = 2 * MID_X - c[:, 0]
    return c


def polygons(geom) -> list[Polygon]:
    if geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom]
    if isinstance(geom, MultiPolygon):
        return list(geom.geoms)
    return [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon) and g.area > 0]


# ---------------------------------------------------------------- SVG text

def num(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s == "-0" else s


def ring_d(coords) -> str:
    pts = list(coords)
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts = pts[:-1]
    head = f"M{num(pts[0][0])} {num(pts[0][1])}"
    return head + "L" + " ".join(f"{num(x)} {num(y)}" for x, y in pts[1:]) + "Z"


def area_d(geom) -> str:
    """Path data of a (multi)polygon: one closed sub-path per ring (even-odd)."""
    parts = []
    for poly in polygons(geom):
        parts.append(ring_d(poly.exterior.coords))
        parts.extend(ring_d(r.coords) for r in poly.interiors)
    return "".join(parts)


def bez_d(beziers: Sequence[Bez], closed: bool = False) -> str:
    """Path data of a Bezier chain (art)."""
    out = [f"M{num(beziers[0][0][0])} {num(beziers[0][0][1])}"]
    for b in beziers:
        out.append("C" + " ".join(f"{num(p[0])} {num(p[1])}" for p in b[1:]))
    if closed:
        out.append("Z")
    return "".join(out)


def spline_d(points: Sequence[Pt], closed: bool = False, **kw) -> str:
    return bez_d(spline(points, closed=closed, **kw), closed=closed)


def mirror_points(points: Sequence[Pt]) -> list[Pt]:
    return [mirror_pt(p) for p in points]
