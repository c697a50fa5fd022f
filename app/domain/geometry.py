"""Plain-number polygon geometry: frozen values in, frozen values out, no Qt.

Shapes are "areas": one or more rings combined with the even-odd rule, which is
how a zone drawn as a path with several sub-paths is meant (pieces and holes).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Generic, TypeVar

K = TypeVar("K")
#: Distances to an area are measured on its outline simplified to this many units: half
#: a millimetre is far below what a pain drawing can resolve, and it cuts the edges of
#: the smooth zone outlines about thirteenfold.
DISTANCE_SIMPLIFY = 0.5
#: An area scans all its edges for its first few point queries and builds its band
#: index on this one: building costs about as much as 16 scans (median of the regions
#: and zones), and most areas are asked
#: a handful of times in a session, while the few asked thousands of times (regions,
#: zones under a painting) get the index early (docs/decisions/0003).
BANDS_AFTER = 16
Point = tuple[float, float]
Ring = tuple[Point, ...]


@dataclass(frozen=True)
class BBox:
    x0: float
    y0: float
    x1: float
    y1: float

    def contains(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1

    def intersects(self, other: BBox) -> bool:
        return not (
            other.x0 > self.x1 or other.x1 < self.x0 or other.y0 > self.y1 or other.y1 < self.y0
        )

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def grown(self, margin: float) -> BBox:
        return BBox(self.x0 - margin, self.y0 - margin, self.x1 + margin, self.y1 + margin)


def ring_contains(ring: Ring, x: float, y: float) -> bool:
    """Even-odd ray cast with a half-open rule, so a point on an edge shared by two
    rings with identical vertices lies in exactly one of them."""
    inside = False
    x1, y1 = ring[-1]
    for x2, y2 in ring:
        if (y1 > y) != (y2 > y):
            # Interpolate from the lower end whatever the edge's direction, so two rings
            # sharing an edge (listed in opposite directions) compute the same crossing;
            # with the slope worked out first, as Area's band index stores it.
            xa, ya, xb, yb = (x1, y1, x2, y2) if y1 < y2 else (x2, y2, x1, y1)
            if x < xa + (y - ya) * ((xb - xa) / (yb - ya)):
                inside = not inside
        x1, y1 = x2, y2
    return inside


def ring_area(ring: Ring) -> float:
    """Signed shoelace area."""
    s = 0.0
    n = len(ring)
    for i in range(n):
        xa, ya = ring[i]
        xb, yb = ring[(i + 1) % n]
        s += xa * yb - xb * ya
    return s / 2.0


@dataclass(frozen=True)
class Area:
    """A shape made of rings under the even-odd rule."""

    rings: tuple[Ring, ...]
    _bbox: BBox = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.rings or any(len(r) < 3 for r in self.rings):
            raise ValueError("an area needs at least one ring of three or more points")
        xs = [p[0] for r in self.rings for p in r]
        ys = [p[1] for r in self.rings for p in r]
        object.__setattr__(self, "_bbox", BBox(min(xs), min(ys), max(xs), max(ys)))

    @classmethod
    def with_bbox(
        cls,
        rings: tuple[Ring, ...],
        bbox: BBox,
        *,
        area: float | None = None,
        outline: tuple[Ring, ...] | None = None,
    ) -> Area:
        """Rebuild from trusted data (the compiled geometry) without rescanning the
        points; ``area`` and ``outline`` are what :attr:`area` and the simplified outline
        would compute, if the data has them."""
        new = object.__new__(cls)
        object.__setattr__(new, "rings", rings)
        object.__setattr__(new, "_bbox", bbox)
        if area is not None:
            new.__dict__["area"] = area
        if outline is not None:
            new.__dict__["outline"] = outline
        return new

    @property
    def bbox(self) -> BBox:
        return self._bbox

    def contains(self, x: float, y: float) -> bool:
        """Even-odd point-in-area; the same half-open rule as :func:`ring_contains`.

        An area asked fewer than ``BANDS_AFTER`` times scans all its edges; from then on
        it looks only at the edges in the horizontal band of ``y`` (an index built once).
        Both compute each crossing with the same arithmetic, so the answer is the same
        bit for bit whichever way it was found."""
        b = self._bbox
        if not b.contains(x, y):
            return False
        index = self.__dict__.get("_bands")
        if index is None:
            asked = self.__dict__.get("_asked", 0) + 1
            if asked < BANDS_AFTER:
                object.__setattr__(self, "_asked", asked)
                return self._scan(x, y)
            index = self._bands
        band_height, bands = index
        k = int((y - b.y0) / band_height)
        inside = False
        for ya, yb, xa, slope in bands[min(k, len(bands) - 1)]:
            if ya <= y < yb and x < xa + (y - ya) * slope:
                inside = not inside
        return inside

    def _scan(self, x: float, y: float) -> bool:
        return sum(ring_contains(ring, x, y) for ring in self.rings) % 2 == 1

    def prepare(self) -> None:
        """Build the hit-testing index now rather than on a later query."""
        _ = self._bands

    @cached_property
    def _bands(self) -> tuple[float, list[list[tuple[float, float, float, float]]]]:
        """Edges bucketed by y, each stored from its lower end with its dx/dy."""
        b = self._bbox
        n_bands = max(1, min(256, sum(len(r) for r in self.rings) // 8))
        height = max(b.height / n_bands, 1e-9)
        bands: list[list[tuple[float, float, float, float]]] = [[] for _ in range(n_bands)]
        for ring in self.rings:
            x1, y1 = ring[-1]
            for x2, y2 in ring:
                if y1 != y2:
                    xa, ya, xb, yb = (x1, y1, x2, y2) if y1 < y2 else (x2, y2, x1, y1)
                    edge = (ya, yb, xa, (xb - xa) / (yb - ya))
                    first = int((ya - b.y0) / height)
                    last = min(int((yb - b.y0) / height), n_bands - 1)
                    for k in range(first, last + 1):
                        bands[k].append(edge)
                x1, y1 = x2, y2
        return height, bands

    @cached_property
    def area(self) -> float:
        """Even-odd area, exact when rings do not cross (nested holes or separate pieces)."""
        total = 0.0
        for ring in self.rings:
            depth = sum(
                1 for other in self.rings if other is not ring and _ring_inside(ring, other)
            )
            total += abs(ring_area(ring)) * (1 if depth % 2 == 0 else -1)
        return total

    def distance(self, x: float, y: float, *, limit: float = math.inf) -> float:
        """0 inside; outside, the distance to the nearest edge (to within
        ``DISTANCE_SIMPLIFY`` document units: measured on a simplified outline), or
        ``limit`` if the area is at least that far."""
        if self.contains(x, y):
            return 0.0
        return boundary_distance(self.outline, x, y, limit=limit)

    @cached_property
    def outline(self) -> tuple[Ring, ...]:
        return tuple(simplify_ring(r, tolerance=DISTANCE_SIMPLIFY) for r in self.rings)

    def mirrored(self, *, axis_x: float) -> Area:
        return Area(tuple(tuple((2 * axis_x - x, y) for x, y in ring) for ring in self.rings))

    def interior_point(self) -> Point:
        """A point well inside the area: the middle of the widest horizontal run
        through it, scanning a few rows (robust for concave shapes, unlike a centroid)."""
        best: tuple[float, Point] | None = None
        b = self._bbox
        rows = 41
        for i in range(1, rows):
            y = b.y0 + b.height * i / rows
            for x_a, x_b in self._row_runs(y):
                width = x_b - x_a
                # Prefer rows near the middle height when widths are alike.
                score = width * (1.0 - 0.3 * abs(i / rows - 0.5))
                if best is None or score > best[0]:
                    best = (score, ((x_a + x_b) / 2.0, y))
        if best is None:
            raise ValueError("area has no interior")
        x, y = best[1]
        # Centre vertically too, so the point is not hugging a horizontal edge.
        for y_a, y_b in self._column_runs(x):
            if y_a <= y <= y_b:
                return (x, (y_a + y_b) / 2.0)
        return (x, y)

    def _column_runs(self, x: float) -> list[tuple[float, float]]:
        flipped = Area(tuple(tuple((py, px) for px, py in ring) for ring in self.rings))
        return flipped._row_runs(x)

    def _row_runs(self, y: float) -> list[tuple[float, float]]:
        xs: list[float] = []
        for ring in self.rings:
            n = len(ring)
            for i in range(n):
                (xa, ya), (xb, yb) = ring[i - 1], ring[i]
                if (ya > y) != (yb > y):
                    xs.append(xa + (y - ya) * (xb - xa) / (yb - ya))
        xs.sort()
        return [(xs[i], xs[i + 1]) for i in range(0, len(xs) - 1, 2)]


def _ring_inside(ring: Ring, other: Ring) -> bool:
    x, y = ring[0]
    return ring_contains(other, x, y)


def sample_grid(bbox: BBox, *, step: float, offset: float = 0.0) -> list[Point]:
    """Points of a regular grid covering a box, for area-overlap estimates."""
    nx = max(1, math.ceil(bbox.width / step))
    ny = max(1, math.ceil(bbox.height / step))
    return [
        (bbox.x0 + offset + i * step, bbox.y0 + offset + j * step)
        for j in range(ny + 1)
        for i in range(nx + 1)
    ]


def centred_grid(bbox: BBox, *, step: float) -> list[Point]:
    """Cell centres of a grid centred on the box: symmetric shapes sample symmetrically."""
    nx = max(1, math.floor(bbox.width / step))
    ny = max(1, math.floor(bbox.height / step))
    x0 = (bbox.x0 + bbox.x1) / 2 - (nx - 1) * step / 2
    y0 = (bbox.y0 + bbox.y1) / 2 - (ny - 1) * step / 2
    return [(x0 + i * step, y0 + j * step) for j in range(ny) for i in range(nx)]


def brush_cells(points: Sequence[Point], *, radius: float, step: float) -> set[tuple[int, int]]:
    """The cells ``(i, j)`` of the lattice of points ``(i * step, j * step)`` that a round
    brush of ``radius`` covers along ``points`` (one point is a dab)."""
    r = radius
    found: set[tuple[int, int]] = set()
    segments = list(zip(points, points[1:], strict=False)) or [(points[0], points[0])]
    for (ax, ay), (bx, by) in segments:
        for j in range(
            math.floor((min(ay, by) - r) / step), math.floor((max(ay, by) + r) / step) + 1
        ):
            for i in range(
                math.floor((min(ax, bx) - r) / step), math.floor((max(ax, bx) + r) / step) + 1
            ):
                if (i, j) not in found and segment_distance(
                    i * step, j * step, ax, ay, bx, by
                ) <= r:
                    found.add((i, j))
    return found


def area_cells(area: Area, *, step: float) -> set[tuple[int, int]]:
    """The cells ``(i, j)`` of the same lattice whose points lie inside ``area``."""
    b = area.bbox
    return {
        (i, j)
        for j in range(math.ceil(b.y0 / step), math.floor(b.y1 / step) + 1)
        for i in range(math.ceil(b.x0 / step), math.floor(b.x1 / step) + 1)
        if area.contains(i * step, j * step)
    }


def simplify_ring(ring: Ring, *, tolerance: float) -> Ring:
    """Douglas-Peucker: drop points closer than ``tolerance`` to the simplified outline.

    Used only for drawing outlines (stroking thousands of vertices is slow); hit-testing
    always uses the full ring."""
    if len(ring) <= 4:
        return ring
    pts = list(ring) + [ring[0]]
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    # The farthest point from the first splits the closed ring into two open chains.
    far = max(
        range(len(pts)), key=lambda i: (pts[i][0] - pts[0][0]) ** 2 + (pts[i][1] - pts[0][1]) ** 2
    )
    keep[far] = True
    stack = [(0, far), (far, len(pts) - 1)]
    tol2 = tolerance * tolerance
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = pts[a], pts[b]
        dx, dy = bx - ax, by - ay
        norm = dx * dx + dy * dy
        worst, worst_d = -1, tol2
        for i in range(a + 1, b):
            px, py = pts[i]
            if norm == 0:
                d = (px - ax) ** 2 + (py - ay) ** 2
            else:
                cross = (px - ax) * dy - (py - ay) * dx
                d = cross * cross / norm
            if d > worst_d:
                worst, worst_d = i, d
        if worst >= 0:
            keep[worst] = True
            stack.extend(((a, worst), (worst, b)))
    out = tuple(p for p, k in zip(pts[:-1], keep[:-1], strict=True) if k)
    return out if len(out) >= 3 else ring


def segment_distance(px: float, py: float, ax: float, ay: float, bx: float, by: float) -> float:
    """Distance from a point to the segment a-b."""
    dx, dy = bx - ax, by - ay
    norm = dx * dx + dy * dy
    t = 0.0 if norm == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / norm))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def boundary_distance(
    rings: tuple[Ring, ...], x: float, y: float, *, limit: float = math.inf
) -> float:
    """Distance from a point to the nearest edge of any ring; ``limit`` when every edge
    is at least that far (a caller that only cares about nearer edges says so)."""
    best = limit
    for ring in rings:
        ax, ay = ring[-1]
        for bx, by in ring:
            # Cheap reject: the segment's box is farther than the best distance so far.
            if (
                min(ax, bx) - x < best
                and x - max(ax, bx) < best
                and min(ay, by) - y < best
                and y - max(ay, by) < best
            ):
                d = segment_distance(x, y, ax, ay, bx, by)
                if d < best:
                    best = d
            ax, ay = bx, by
    return best


def polyline_distance(points: tuple[Point, ...], x: float, y: float) -> float:
    """Distance from a point to an open polyline (a single point counts as a polyline)."""
    if len(points) == 1:
        return math.hypot(x - points[0][0], y - points[0][1])
    return min(
        segment_distance(x, y, ax, ay, bx, by)
        for (ax, ay), (bx, by) in zip(points, points[1:], strict=False)
    )


def label_point(area: Area, *, precision: float = 1.0) -> Point:
    """The interior point farthest from the area's edges (the "pole of inaccessibility",
    Mapbox's polylabel): where a person would put a label, or click for the area's name.

    Cells of a grid over the bounding box are split while they may still hold a
    better point than the best found, to within ``precision`` document units."""
    import heapq

    b = area.bbox
    size = min(b.width, b.height)
    if size <= 0:
        return ((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2)

    outline = tuple(simplify_ring(r, tolerance=precision / 4) for r in area.rings)

    def signed(x: float, y: float) -> float:
        d = boundary_distance(outline, x, y)
        return d if area.contains(x, y) else -d

    def cell(x: float, y: float, h: float) -> tuple[float, float, float, float, float]:
        d = signed(x, y)
        return (-(d + h * math.sqrt(2)), d, x, y, h)  # max possible distance in the cell first

    h = size / 2
    heap: list[tuple[float, float, float, float, float]] = []
    x = b.x0
    while x < b.x1:
        y = b.y0
        while y < b.y1:
            heapq.heappush(heap, cell(x + h, y + h, h))
            y += size
        x += size
    start = area.interior_point()
    best_d, best = signed(*start), start
    while heap:
        neg_max, d, cx, cy, ch = heapq.heappop(heap)
        if d > best_d:
            best_d, best = d, (cx, cy)
        if -neg_max - best_d <= precision:
            continue
        half = ch / 2
        for sx in (-half, half):
            for sy in (-half, half):
                heapq.heappush(heap, cell(cx + sx, cy + sy, half))
    return best


class BoxIndex(Generic[K]):
    """Keys bucketed by the square cells their boxes touch, so a point query looks at
    the few boxes near it instead of all. ``near`` returns candidates in insertion
    order; the caller still tests each one."""

    def __init__(self, boxes: Iterable[tuple[K, BBox]], *, cell: float) -> None:
        self._size = cell
        cells: dict[tuple[int, int], list[K]] = {}
        for key, b in boxes:
            for i in range(math.floor(b.x0 / cell), math.floor(b.x1 / cell) + 1):
                for j in range(math.floor(b.y0 / cell), math.floor(b.y1 / cell) + 1):
                    cells.setdefault((i, j), []).append(key)
        self._cells = {k: tuple(v) for k, v in cells.items()}

    def near(self, x: float, y: float) -> tuple[K, ...]:
        if not (math.isfinite(x) and math.isfinite(y)):
            return ()
        return self._cells.get((math.floor(x / self._size), math.floor(y / self._size)), ())
