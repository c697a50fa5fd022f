from __future__ import annotations

import random

import pytest

from app.content.load import load_atlas
from app.domain.drawing import Drawing, Mark
from app.domain.quiz import OPTIONS, essential_zones, make_question, pool
from app.domain.quiz_score import POINT_CLOSE_MM, POINT_RIGHT_MM, score_painting, score_point

LIB = load_atlas().library


@pytest.mark.parametrize("seed", range(40))
def test_question_is_well_formed(seed):
    q = make_question(LIB, random.Random(seed))
    assert q.muscle in q.options
    assert len(set(q.options)) == len(q.options) == OPTIONS
    muscle = LIB.muscle(q.muscle)
    assert q.trigger_point in {tp.id for tp in muscle.trigger_points}
    assert q.is_right(q.muscle)
    assert not any(q.is_right(m) for m in q.options if m != q.muscle)


def test_questions_vary_and_are_repeatable():
    a = [make_question(LIB, random.Random(1)) for _ in range(3)]
    assert a[0] == a[1] == a[2]
    rng = random.Random(2)
    assert len({make_question(LIB, rng).trigger_point for _ in range(30)}) > 10


# ---- the three kinds of question -------------------------------------------------------

ATLAS = load_atlas()
DIAGRAM = ATLAS.diagram


def on_body(x: float, y: float) -> bool:
    return ATLAS.region_at(x, y) is not None


def test_pools_hold_what_each_kind_can_ask():
    every = {tp.id for m in LIB.muscles for tp in m.trigger_points}
    assert set(pool(LIB, DIAGRAM, "name")) == every
    assert set(pool(LIB, DIAGRAM, "paint")) == every  # every TP has an essential zone
    point = set(pool(LIB, DIAGRAM, "point"))
    # A front-of-body muscle has no marker on a back view: it cannot be clicked.
    assert {"rectus-abdominis-upper", "rectus-abdominis-lower"} == every - point


@pytest.mark.parametrize("mode", ["paint", "point"])
def test_drawn_questions_name_a_side_the_diagram_can_show(mode):
    rng = random.Random(5)
    for tp in pool(LIB, DIAGRAM, mode):
        q = make_question(LIB, rng, mode=mode, trigger_point=tp, diagram=DIAGRAM)
        assert (q.mode, q.trigger_point, q.options) == (mode, tp, ())
        assert q.muscle == LIB.trigger_point(tp)[0].id
        if mode == "paint":
            assert essential_zones(DIAGRAM, q.side, tp)
        else:
            assert (q.side, tp) in DIAGRAM.markers


def test_a_drawn_question_needs_its_trigger_point_and_the_diagram():
    with pytest.raises(ValueError, match="needs a trigger point"):
        make_question(LIB, random.Random(1), mode="paint")
    with pytest.raises(ValueError, match="needs the diagram"):
        make_question(LIB, random.Random(1), mode="point", trigger_point="piriformis-lateral")
    with pytest.raises(ValueError, match="cannot be asked"):
        make_question(
            LIB,
            random.Random(1),
            mode="point",
            trigger_point="rectus-abdominis-upper",
            diagram=DIAGRAM,
        )


# ---- scoring a painting ------------------------------------------------------------------


def rows_inside(zone, *, radius: float) -> list[list[tuple[float, float]]]:  # noqa: ANN001
    """How a careful student paints a zone with a brush of ``radius``: rows a little
    closer than the brush is wide, each stroke's centre line staying inside the zone."""
    runs: list[list[tuple[float, float]]] = []
    b = zone.bbox
    y = b.y0 + radius * 0.6
    while y < b.y1:
        run: list[tuple[float, float]] = []
        x = b.x0
        while x <= b.x1 + 2:
            if zone.contains(x, y):
                run.append((x, y))
            elif run:
                runs.append(run)
                run = []
            x += 2
        y += radius * 1.4
    return runs


def paint_over(zones, *, radius: float = 8.0) -> Drawing:  # noqa: ANN001
    return Drawing(
        tuple(
            Mark.stroke(run, radius=radius) for z in zones for run in rows_inside(z, radius=radius)
        )
    )


@pytest.mark.parametrize("tp", pool(LIB, DIAGRAM, "paint"))
def test_painting_exactly_over_a_zone_is_right(tp):
    zones = essential_zones(DIAGRAM, "left", tp)
    score = score_painting(paint_over(zones), zones, on_body=on_body)
    assert score.verdict == "right"
    assert score.covered > 0.85
    # No centre line left the zone: the overshoot is let off (to within the half-mm the
    # distance to an outline is measured to).
    assert score.outside < 0.001


def test_painting_far_away_scores_nothing():
    zones = essential_zones(DIAGRAM, "left", "gluteus-minimus-anterior")
    far = Drawing((Mark.stroke([(400, 900), (400, 980)], radius=10),))  # the right calf
    score = score_painting(far, zones, on_body=on_body)
    assert (score.covered, score.outside, score.overlap, score.verdict) == (0, 1, 0, "missed")
    assert score.words().startswith(
        "You covered 0% of the main pain area; 100% of your painting was outside it"
    )


def test_half_a_zone_and_paint_outside_it_are_counted_as_the_formula_says():
    [zone] = essential_zones(DIAGRAM, "left", "gluteus-maximus-tp2")
    b = zone.bbox
    upper = [m for m in paint_over([zone]).marks if m.points[0][1] < (b.y0 + b.y1) / 2]
    half = score_painting(Drawing(tuple(upper)), [zone], on_body=on_body)
    assert 0.3 < half.covered < 0.7
    assert half.outside == 0
    assert half.overlap == pytest.approx(half.covered)
    # The same painting and as much again well away from the zone, on the body.
    away = Mark.stroke([(380, 560), (380, 700)], radius=8)
    both = score_painting(Drawing((*upper, away)), [zone], on_body=on_body)
    assert both.covered == pytest.approx(half.covered)
    assert 0 < both.outside < 1
    assert both.overlap < half.overlap


def test_paint_off_the_figure_is_left_out():
    [zone] = essential_zones(DIAGRAM, "left", "gluteus-maximus-tp2")
    drawing = paint_over([zone])
    off = Mark.stroke([(20, 400), (20, 500)], radius=8)  # beside the body, outside it
    assert not on_body(20, 450)
    with_off = score_painting(drawing.adding(off), [zone], on_body=on_body)
    assert with_off == score_painting(drawing, [zone], on_body=on_body)


def test_the_lattice_estimate_agrees_with_shapely():
    """covered = |painted ∩ zone| / |zone|, as areas measured by shapely."""
    from shapely.geometry import LineString
    from shapely.geometry import Polygon as SPolygon

    [zone] = essential_zones(DIAGRAM, "left", "gluteus-minimus-posterior")
    b = zone.bbox
    stroke = Mark.stroke([(b.x0 + b.width * 0.3, b.y0), (b.x0 + b.width * 0.5, b.y1)], radius=15)
    score = score_painting(Drawing((stroke,)), [zone], on_body=lambda x, y: True)
    [ring] = zone.rings
    shape = SPolygon(ring)
    brush = LineString(stroke.points).buffer(15)
    assert score.covered == pytest.approx(shape.intersection(brush).area / shape.area, abs=0.02)


# ---- scoring a click ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dx", "verdict"),
    [
        (0, "right"),
        (POINT_RIGHT_MM, "right"),
        (POINT_RIGHT_MM + 1, "close"),
        (POINT_CLOSE_MM, "close"),
        (POINT_CLOSE_MM + 1, "missed"),
        (300, "missed"),
    ],
)
def test_a_click_is_scored_by_its_distance_to_the_marker(dx, verdict):
    marker = DIAGRAM.markers[("left", "piriformis-lateral")]
    score = score_point(marker, marker.x + dx, marker.y)
    assert score.distance == pytest.approx(dx)
    assert score.verdict == verdict
    assert f"{dx:.0f} mm from the trigger point" in score.words()
