"""Plain polygon geometry (app/domain/geometry.py): containment, area, mirroring, sampling."""

import math

import pytest

from app.domain.geometry import Area, BBox, ring_area, ring_contains, sample_grid


def rect(x0: float, y0: float, x1: float, y1: float) -> tuple[tuple[float, float], ...]:
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))


# An "L": a 10-wide vertical bar x 0-10, y 0-30, plus a foot x 10-30, y 20-30.
L_RING = ((0, 0), (10, 0), (10, 20), (30, 20), (30, 30), (0, 30))
# A "C" opening to the right: bars top (y 0-10) and bottom (y 30-40), spine x 0-10.
C_RING = ((0, 0), (30, 0), (30, 10), (10, 10), (10, 30), (30, 30), (30, 40), (0, 40))
SQUARE_WITH_HOLE = Area((rect(0, 0, 10, 10), rect(3, 3, 7, 7)))


# -- ring_contains: concave shapes ------------------------------------------------


@pytest.mark.parametrize(
    ("ring", "point", "inside"),
    [
        pytest.param(L_RING, (5, 5), True, id="L-top-of-bar"),
        pytest.param(L_RING, (5, 25), True, id="L-corner"),
        pytest.param(L_RING, (25, 25), True, id="L-end-of-foot"),
        pytest.param(L_RING, (20, 10), False, id="L-empty-notch"),
        pytest.param(L_RING, (29.9, 19.9), False, id="L-just-above-foot"),
        pytest.param(L_RING, (-1, 25), False, id="L-left-of-bar"),
        pytest.param(L_RING, (31, 25), False, id="L-right-of-foot"),
        pytest.param(C_RING, (5, 20), True, id="C-spine"),
        pytest.param(C_RING, (25, 5), True, id="C-top-bar"),
        pytest.param(C_RING, (25, 35), True, id="C-bottom-bar"),
        pytest.param(C_RING, (20, 20), False, id="C-mouth"),
        pytest.param(C_RING, (29, 20), False, id="C-mouth-far-right"),
        pytest.param(C_RING, (5, 41), False, id="C-below"),
    ],
)
def test_ring_contains_concave(ring, point, inside):
    assert ring_contains(ring, *point) is inside
    # Orientation of the ring must not matter.
    assert ring_contains(tuple(reversed(ring)), *point) is inside
    assert Area((ring,)).contains(*point) is inside


# -- even-odd holes ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("point", "inside"),
    [
        pytest.param((1, 1), True, id="frame"),
        pytest.param((5, 1), True, id="frame-top"),
        pytest.param((5, 5), False, id="in-hole"),
        pytest.param((6.9, 3.1), False, id="hole-corner"),
        pytest.param((11, 5), False, id="outside"),
    ],
)
def test_area_with_hole_uses_even_odd(point, inside):
    assert SQUARE_WITH_HOLE.contains(*point) is inside


def test_island_inside_hole_is_filled_again():
    area = Area((rect(0, 0, 30, 30), rect(5, 5, 25, 25), rect(10, 10, 20, 20)))
    assert area.contains(2, 2)
    assert not area.contains(7, 7)
    assert area.contains(15, 15)
    assert area.area == pytest.approx(900 - 400 + 100)


def test_separate_pieces_are_one_area():
    area = Area((rect(0, 0, 10, 10), rect(20, 0, 30, 10)))
    assert area.contains(5, 5)
    assert area.contains(25, 5)
    assert not area.contains(15, 5)  # between the pieces, inside the bbox
    assert area.area == pytest.approx(200)


def test_hole_with_either_orientation_is_a_hole():
    outer = rect(0, 0, 10, 10)
    hole = tuple(reversed(rect(3, 3, 7, 7)))
    assert Area((outer, hole)).area == pytest.approx(100 - 16)
    assert Area((hole, outer)).area == pytest.approx(100 - 16)
    assert not Area((hole, outer)).contains(5, 5)


# -- shared edges ------------------------------------------------------------------

LEFT_SQ = rect(0, 0, 50, 50)
RIGHT_SQ = rect(50, 0, 100, 50)
LOWER_LEFT_SQ = rect(0, 50, 50, 100)
LOWER_RIGHT_SQ = rect(50, 50, 100, 100)
FOUR_SQUARES = (LEFT_SQ, RIGHT_SQ, LOWER_LEFT_SQ, LOWER_RIGHT_SQ)


@pytest.mark.parametrize(
    "point",
    [
        pytest.param((50, 25), id="vertical-shared-edge"),
        pytest.param((50, 0.001), id="vertical-edge-near-top"),
        pytest.param((25, 50), id="horizontal-shared-edge"),
        pytest.param((75, 50), id="horizontal-shared-edge-right"),
        pytest.param((50, 50), id="shared-corner-of-four"),
        pytest.param((33.3, 50), id="horizontal-edge-odd-x"),
        pytest.param((50, 66.6), id="vertical-edge-odd-y"),
    ],
)
def test_point_on_shared_edge_lies_in_exactly_one_square(point):
    hits = [sq for sq in FOUR_SQUARES if ring_contains(sq, *point)]
    assert len(hits) == 1, hits
    areas = [Area((sq,)) for sq in FOUR_SQUARES]
    assert sum(a.contains(*point) for a in areas) == 1


def test_shared_edge_rule_does_not_depend_on_ring_orientation():
    # Adjacent squares traversed in opposite directions still split their shared edge.
    left = LEFT_SQ
    right = tuple(reversed(RIGHT_SQ))
    for y in (0.5, 10, 25, 49.5):
        assert ring_contains(left, 50, y) + ring_contains(right, 50, y) == 1


def test_point_on_shared_diagonal_edge_lies_in_exactly_one_triangle():
    # The square x, y in 0..0.7 cut along its diagonal; each triangle lists the
    # diagonal in the opposite direction, as a tiling of same-orientation rings does.
    upper = ((0.0, 0.0), (0.7, 0.7), (0.0, 0.7))
    lower = ((0.7, 0.7), (0.0, 0.0), (0.7, 0.0))
    bad = []
    for k in range(1, 10):
        x = y = 0.7 * k / 10
        n = ring_contains(upper, x, y) + ring_contains(lower, x, y)
        if n != 1:
            bad.append((x, y, n))
    assert bad == []


def test_adjacent_triangles_tile_their_square_on_a_grid():
    upper = ((0, 0), (10, 10), (0, 10))
    lower = ((10, 10), (0, 0), (10, 0))
    for x, y in sample_grid(BBox(0, 0, 10, 10), step=0.5, offset=0.25):
        if x < 10 and y < 10:
            assert ring_contains(upper, x, y) + ring_contains(lower, x, y) == 1, (x, y)


# -- bbox, area --------------------------------------------------------------------


def test_bbox_of_area_spans_all_rings():
    area = Area((rect(2, 3, 5, 7), rect(-1, 4, 0, 9)))
    assert area.bbox == BBox(-1, 3, 5, 9)
    assert area.bbox.width == 6
    assert area.bbox.height == 6


@pytest.mark.parametrize(
    ("point", "inside"),
    [
        pytest.param((0, 0), True, id="corner"),
        pytest.param((10, 5), True, id="right-edge"),
        pytest.param((5, 5), True, id="middle"),
        pytest.param((10.01, 5), False, id="right-of-box"),
        pytest.param((5, -0.01), False, id="above-box"),
    ],
)
def test_bbox_contains_is_closed(point, inside):
    assert BBox(0, 0, 10, 10).contains(*point) is inside


@pytest.mark.parametrize(
    ("other", "hit"),
    [
        pytest.param(BBox(5, 5, 15, 15), True, id="overlap"),
        pytest.param(BBox(10, 0, 20, 10), True, id="touching-edge"),
        pytest.param(BBox(2, 2, 3, 3), True, id="inside"),
        pytest.param(BBox(-5, -5, 20, 20), True, id="around"),
        pytest.param(BBox(11, 0, 20, 10), False, id="right"),
        pytest.param(BBox(0, 11, 10, 20), False, id="below"),
        pytest.param(BBox(-10, -10, -1, -1), False, id="up-left"),
    ],
)
def test_bbox_intersects(other, hit):
    box = BBox(0, 0, 10, 10)
    assert box.intersects(other) is hit
    assert other.intersects(box) is hit


def test_ring_area_is_signed():
    assert ring_area(rect(0, 0, 4, 3)) == pytest.approx(12)
    assert ring_area(tuple(reversed(rect(0, 0, 4, 3)))) == pytest.approx(-12)


@pytest.mark.parametrize(
    ("area", "expected"),
    [
        pytest.param(Area((rect(0, 0, 4, 3),)), 12, id="rectangle"),
        pytest.param(Area((L_RING,)), 10 * 30 + 20 * 10, id="L"),
        pytest.param(Area((C_RING,)), 30 * 40 - 20 * 20, id="C"),
        pytest.param(Area((((0, 0), (10, 0), (0, 10)),)), 50, id="triangle"),
        pytest.param(SQUARE_WITH_HOLE, 100 - 16, id="square-with-hole"),
    ],
)
def test_area(area, expected):
    assert area.area == pytest.approx(expected)


def test_area_needs_rings_of_three_points():
    with pytest.raises(ValueError, match="three or more points"):
        Area(())
    with pytest.raises(ValueError, match="three or more points"):
        Area((((0, 0), (1, 1)),))


def test_area_is_hashable_and_compared_by_rings():
    assert Area((L_RING,)) == Area((L_RING,))
    assert Area((L_RING,)) != Area((C_RING,))
    assert len({Area((L_RING,)), Area((L_RING,))}) == 1


# -- mirrored ----------------------------------------------------------------------


def test_mirrored_about_axis():
    area = Area((L_RING,))
    m = area.mirrored(axis_x=50)
    assert m.bbox == BBox(70, 0, 100, 30)
    assert m.area == pytest.approx(area.area)
    assert m.contains(100 - 25, 25)  # the foot now points left
    assert not m.contains(100 - 20, 10)  # the notch is mirrored too
    assert m.mirrored(axis_x=50) == area


def test_mirrored_keeps_holes():
    m = SQUARE_WITH_HOLE.mirrored(axis_x=0)
    assert m.bbox == BBox(-10, 0, 0, 10)
    assert not m.contains(-5, 5)
    assert m.contains(-1, 1)
    assert m.area == pytest.approx(84)


# -- interior_point ----------------------------------------------------------------


def _well_inside(area: Area, x: float, y: float, margin: float) -> bool:
    return all(
        area.contains(x + dx, y + dy) for dx in (-margin, 0, margin) for dy in (-margin, 0, margin)
    )


@pytest.mark.parametrize(
    "area",
    [
        pytest.param(Area((L_RING,)), id="L"),
        pytest.param(Area((tuple(reversed(L_RING)),)), id="L-reversed"),
        pytest.param(Area((C_RING,)), id="C"),
        pytest.param(Area((L_RING,)).mirrored(axis_x=0), id="L-mirrored"),
        pytest.param(SQUARE_WITH_HOLE, id="square-with-hole"),
        pytest.param(Area((((0, 0), (40, 38), (40, 40), (38, 40)),)), id="thin-diagonal-sliver"),
        pytest.param(Area((rect(0, 0, 10, 10), rect(20, 0, 60, 10))), id="two-pieces"),
    ],
)
def test_interior_point_is_inside(area):
    x, y = area.interior_point()
    assert area.contains(x, y)


@pytest.mark.parametrize(
    "area",
    [
        pytest.param(Area((L_RING,)), id="L"),
        pytest.param(Area((C_RING,)), id="C"),
        pytest.param(SQUARE_WITH_HOLE, id="square-with-hole"),
    ],
)
def test_interior_point_is_well_inside(area):
    # Every bar of these shapes is 3 or more units thick, so 1 unit of margin is "well inside".
    x, y = area.interior_point()
    assert _well_inside(area, x, y, margin=1.0)


def test_interior_point_of_c_is_not_in_its_mouth():
    x, y = Area((C_RING,)).interior_point()
    assert not (10 < x < 30 and 10 < y < 30)


def test_interior_point_of_flat_area_raises():
    with pytest.raises(ValueError, match="no interior"):
        Area((((0, 0), (10, 0), (5, 0)),)).interior_point()


# -- sample_grid -------------------------------------------------------------------


def test_sample_grid_covers_box_with_regular_step():
    pts = sample_grid(BBox(0, 0, 10, 4), step=2.0)
    assert len(pts) == 6 * 3
    assert pts[0] == (0, 0)
    assert (10, 4) in pts
    xs = sorted({x for x, _ in pts})
    assert xs == [0, 2, 4, 6, 8, 10]
    assert sorted({y for _, y in pts}) == [0, 2, 4]


def test_sample_grid_offset_shifts_every_point():
    plain = sample_grid(BBox(0, 0, 10, 10), step=2.0)
    shifted = sample_grid(BBox(0, 0, 10, 10), step=2.0, offset=1.0)
    assert len(plain) == len(shifted)
    assert shifted == [(x + 1.0, y + 1.0) for x, y in plain]


def test_sample_grid_of_a_degenerate_box_has_points():
    pts = sample_grid(BBox(5, 5, 5, 5), step=2.0)
    assert (5, 5) in pts


def test_sample_grid_counts_estimate_area():
    # A 32-gon of radius 10 (area close to pi * 100).
    ring = tuple(
        (50 + 10 * math.cos(2 * math.pi * k / 32), 50 + 10 * math.sin(2 * math.pi * k / 32))
        for k in range(32)
    )
    area = Area((ring,))
    step = 0.5
    inside = sum(area.contains(x, y) for x, y in sample_grid(area.bbox, step=step, offset=step / 2))
    assert inside * step * step == pytest.approx(area.area, rel=0.03)
    assert area.area == pytest.approx(math.pi * 100, rel=0.01)


# -- distances and label points, checked against shapely ------------------------------


def _random_polygons(seed: int, count: int):
    import math
    import random

    rng = random.Random(seed)
    for _ in range(count):
        cx, cy = rng.uniform(0, 200), rng.uniform(0, 200)
        n = rng.randint(5, 40)
        ring = []
        for k in range(n):
            a = 2 * math.pi * k / n
            r = rng.uniform(10, 60)
            ring.append((cx + r * math.cos(a), cy + r * math.sin(a)))
        yield tuple(ring), rng


def test_distance_matches_shapely():
    from shapely.geometry import Point as SPoint
    from shapely.geometry import Polygon as SPolygon

    from app.domain.geometry import DISTANCE_SIMPLIFY

    for ring, rng in _random_polygons(7, 40):
        area = Area((ring,))
        poly = SPolygon(ring)
        for _ in range(30):
            x, y = rng.uniform(-60, 260), rng.uniform(-60, 260)
            expected = poly.distance(SPoint(x, y))
            assert area.distance(x, y) == pytest.approx(expected, abs=DISTANCE_SIMPLIFY + 1e-9)
            # With a limit, anything farther reads as the limit.
            assert area.distance(x, y, limit=5.0) == pytest.approx(
                min(expected, 5.0), abs=DISTANCE_SIMPLIFY + 1e-9
            )


def test_label_point_is_inside_and_about_as_deep_as_shapelys():
    from shapely.geometry import Point as SPoint
    from shapely.geometry import Polygon as SPolygon
    from shapely.ops import polylabel

    from app.domain.geometry import label_point

    for ring, _ in _random_polygons(11, 30):
        area = Area((ring,))
        poly = SPolygon(ring)
        x, y = label_point(area, precision=0.5)
        assert area.contains(x, y)
        ours = poly.exterior.distance(SPoint(x, y))
        best = poly.exterior.distance(polylabel(poly, tolerance=0.1))
        assert ours >= best - 1.0


def test_box_index_finds_every_box_that_holds_the_point():
    import random

    from app.domain.geometry import BBox, BoxIndex

    rng = random.Random(5)
    boxes = []
    for k in range(200):
        x0, y0 = rng.uniform(-100, 300), rng.uniform(-100, 300)
        boxes.append((k, BBox(x0, y0, x0 + rng.uniform(0, 80), y0 + rng.uniform(0, 80))))
    index = BoxIndex(boxes, cell=24.0)
    for _ in range(2000):
        x, y = rng.uniform(-120, 400), rng.uniform(-120, 400)
        found = set(index.near(x, y))
        assert {k for k, b in boxes if b.contains(x, y)} <= found
    assert index.near(float("nan"), 1.0) == ()
