"""Reverse lookup and ranking (app/domain/lookup.py) on tests/fixtures/mini.svg + content_min.

Left-side layout (see tests/fixtures/README.md): alpha (commonness 2) has alpha-upper
(essential square x 25-40, y 15-30; spillover frame around it) and alpha-lower (essential
x 28-42, y 60-80); beta (commonness 3) has beta-main (essential x 30-48, y 40-70;
spillover x 35-44, y 20-35).
"""

import json

import pytest

from app.domain.diagram import Diagram, ZoneKey
from app.domain.drawing import Drawing, Mark
from app.domain.geometry import Area
from app.domain.lookup import (
    NEAR_CREDIT,
    PRIOR_WEIGHT,
    SPECIFICITY_WEIGHT,
    Atlas,
    Candidate,
    LookupResult,
    shortlist,
)
from tests.conftest import MINI_TOLERANCE

#: The safety keys of a lookup with no warnings and no look-alikes (the fixture has none).
NO_SAFETY = {"warnings": [], "nerve_roots": [], "joints": []}


def ranked(result: LookupResult) -> list[tuple[str, str, str, str]]:
    return [(c.muscle, c.side, c.pattern, c.trigger_point) for c in result.candidates]


def with_commonness(atlas: Atlas, **commonness: int) -> Atlas:
    lib = atlas.library
    muscles = tuple(
        m.model_copy(update={"commonness": commonness[m.id]}) if m.id in commonness else m
        for m in lib.muscles
    )
    return Atlas(lib.model_copy(update={"muscles": muscles}), atlas.diagram)


# -- region_at ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("point", "region"),
    [
        pytest.param((30, 30), "left-back", id="left-back"),
        pytest.param((50, 30), "spine", id="spine"),
        pytest.param((70, 30), "right-back", id="right-back"),
        pytest.param((30, 70), "left-leg", id="left-leg"),
        pytest.param((70, 70), "right-leg", id="right-leg"),
        pytest.param((45, 30), "spine", id="edge-back-spine-belongs-to-one"),
        pytest.param((5, 5), None, id="outside-corner"),
        pytest.param((50, 85), None, id="between-the-legs"),
        pytest.param((50, 95), None, id="below-feet"),
    ],
)
def test_region_at(mini_atlas, point, region):
    assert mini_atlas.region_at(*point) == region


def test_region_name(mini_atlas):
    assert mini_atlas.region_name("left-back") == "Left back"
    assert mini_atlas.region_name("right-leg") == "Right leg"
    assert mini_atlas.region_name("spine") == "Spine (middle of the back)"
    with pytest.raises(KeyError):
        mini_atlas.region_name("left-arm")


# -- lookup_point ------------------------------------------------------------------


@pytest.mark.parametrize(
    "point",
    [pytest.param((5, 5), id="corner"), pytest.param((50, 85), id="between-the-legs")],
)
def test_point_outside_the_body_has_no_region_and_no_candidates(mini_atlas, point):
    result = mini_atlas.lookup_point(*point)
    assert (result.region, result.regions, result.candidates) == (None, (None,), ())


def test_point_in_body_but_in_no_zone(mini_atlas):
    result = mini_atlas.lookup_point(50, 12)
    assert (result.region, result.candidates) == ("spine", ())
    assert result.nearest  # the answer names the nearest patterns instead


def test_point_in_hole_of_even_odd_zone_is_not_in_that_zone(mini_atlas):
    # (32, 20) is in the alpha-upper essential square, which is the hole of the spillover frame.
    assert ranked(mini_atlas.lookup_point(32, 20)) == [
        ("alpha", "left", "essential", "alpha-upper")
    ]


def test_essential_ranks_above_spillover_even_of_a_more_common_muscle(mini_atlas):
    # alpha essential (commonness 2) vs beta spillover (commonness 3, smaller zone).
    result = mini_atlas.lookup_point(37, 25)
    assert result.region == "left-back"
    assert ranked(result) == [
        ("alpha", "left", "essential", "alpha-upper"),
        ("beta", "left", "spillover", "beta-main"),
    ]
    assert result.candidates[0].score > result.candidates[1].score


def test_commonness_breaks_ties_between_patterns_even_against_specificity(mini_atlas):
    # Both essential; beta's zone (540) is larger than alpha-lower's (280) but beta is commoner.
    result = mini_atlas.lookup_point(35, 65)
    assert result.region == "left-leg"
    assert ranked(result) == [
        ("beta", "left", "essential", "beta-main"),
        ("alpha", "left", "essential", "alpha-lower"),
    ]


def test_commonness_breaks_ties_between_spillovers(mini_atlas):
    result = mini_atlas.lookup_point(42, 33)
    assert ranked(result) == [
        ("beta", "left", "spillover", "beta-main"),
        ("alpha", "left", "spillover", "alpha-upper"),
    ]


def test_specificity_breaks_ties_after_pattern_and_commonness(mini_atlas):
    # Same commonness: the smaller zone (alpha-lower, 280) beats the larger (beta-main, 540).
    atlas = with_commonness(mini_atlas, alpha=3, beta=3)
    result = atlas.lookup_point(35, 65)
    assert ranked(result) == [
        ("alpha", "left", "essential", "alpha-lower"),
        ("beta", "left", "essential", "beta-main"),
    ]
    # ... and the order flips back when commonness differs the other way.
    atlas = with_commonness(mini_atlas, alpha=1, beta=3)
    assert [c.muscle for c in atlas.lookup_point(35, 65).candidates] == ["beta", "alpha"]


def test_score_follows_the_documented_formula(mini_atlas):
    # docs/scoring.md: coverage 1 (inside an essential zone), prior = commonness 2 of 3
    # (the fixture has no pain guide), specificity 1 / (1 + 225 / median 280).
    [alpha] = mini_atlas.lookup_point(32, 20).candidates
    assert alpha.coverage == 1.0
    assert alpha.score == pytest.approx(
        1.0 * (1 + PRIOR_WEIGHT * 2 / 3) + SPECIFICITY_WEIGHT / (1 + 225 / 280)
    )


def test_right_side_lookup_reports_the_right_side(mini_atlas):
    result = mini_atlas.lookup_point(100 - 37, 25)
    assert result.region == "right-back"
    assert ranked(result) == [
        ("alpha", "right", "essential", "alpha-upper"),
        ("beta", "right", "spillover", "beta-main"),
    ]


def test_one_candidate_per_muscle_with_its_best_zone(mini_atlas):
    # Add a second alpha zone over (37, 25): alpha must still appear once, by its best zone.
    d = mini_atlas.diagram
    zones = dict(d.zones)
    zones[ZoneKey("left", "alpha-lower", "spillover")] = Area(
        (((30, 20), (45, 20), (45, 30), (30, 30)),)
    )
    diagram = Diagram.build(
        view_box=d.view_box,
        silhouette=d.silhouette,
        regions=dict(d.regions),
        zones=zones,
        markers=dict(d.markers),
        muscles=dict(d.muscles),
        element_ids=d.element_ids,
    )
    atlas = Atlas(mini_atlas.library, diagram, tolerance=MINI_TOLERANCE)
    assert len(atlas.diagram.zones_at(37, 25)) == 3
    assert ranked(atlas.lookup_point(37, 25)) == [
        ("alpha", "left", "essential", "alpha-upper"),
        ("beta", "left", "spillover", "beta-main"),
    ]


def test_reason_names_pattern_tp_and_side(mini_atlas):
    first, second = mini_atlas.lookup_point(37, 25).candidates
    assert first.reason == "Main pain area (essential zone) of the upper alpha point, left side."
    assert second.reason == (
        "Possible extra pain area (spillover zone) of the main beta point, left side."
    )


# -- near misses ---------------------------------------------------------------------


def test_a_near_miss_counts_less_the_farther_it_is(mini_library, mini_diagram):
    # alpha-lower's essential zone ends at y = 80; (35, 82) misses it by 2, (35, 84) by 4.
    atlas = Atlas(mini_library, mini_diagram, tolerance=5.0)
    near, nearer = atlas.lookup_point(35, 84), atlas.lookup_point(35, 82)
    [a_far] = [c for c in near.candidates if c.muscle == "alpha"]
    [a_near] = [c for c in nearer.candidates if c.muscle == "alpha"]
    assert a_near.coverage == pytest.approx(NEAR_CREDIT * (1 - 2 / 5))
    assert a_far.coverage == pytest.approx(NEAR_CREDIT * (1 - 4 / 5))
    assert a_near.distance == pytest.approx(2.0)
    assert a_near.reason.startswith("About 2 mm from the main pain area (essential zone)")
    # Beyond the tolerance it does not count at all.
    strict = Atlas(mini_library, mini_diagram, tolerance=1.5)
    assert all(c.muscle != "alpha" for c in strict.lookup_point(35, 82).candidates)


def test_inside_an_essential_zone_beats_a_near_miss_of_one(mini_library, mini_diagram):
    atlas = Atlas(mini_library, mini_diagram, tolerance=10.0)
    # (30, 45) is inside beta-main's essential zone and 15 from alpha-upper's essential...
    # but within 10 of alpha-upper's spillover frame (y 12-45): beta must come first.
    result = atlas.lookup_point(31, 47)
    assert result.candidates[0].muscle == "beta"
    assert result.candidates[0].distance == 0


# -- lookup_region -----------------------------------------------------------------


def test_lookup_region_finds_zones_only_partly_inside(mini_atlas):
    # Only the beta-main essential zones (x 30-48 and 52-70) reach into the spine (x 45-55).
    result = mini_atlas.lookup_region("spine")
    assert result.region == "spine"
    assert [(c.muscle, c.pattern, c.trigger_point) for c in result.candidates] == [
        ("beta", "essential", "beta-main")
    ]
    # It covers a small share of the region, so the coverage is low.
    assert 0 < result.candidates[0].coverage < 0.5


def test_lookup_region_prefers_an_essential_zone_to_a_spillover_one(mini_atlas):
    # beta's spillover lies wholly in left-back, its essential only partly: essential wins.
    result = mini_atlas.lookup_region("left-back")
    assert sorted(ranked(result)) == [
        ("alpha", "left", "essential", "alpha-upper"),
        ("beta", "left", "essential", "beta-main"),
    ]


def test_lookup_region_ignores_zones_of_other_regions(mini_atlas):
    result = mini_atlas.lookup_region("left-leg")
    assert {c.side for c in result.candidates} == {"left"}
    assert {c.trigger_point for c in result.candidates} == {"alpha-lower", "beta-main"}


def test_lookup_region_is_stable(mini_atlas):
    assert mini_atlas.lookup_region("left-leg") == mini_atlas.lookup_region("left-leg")


@pytest.mark.parametrize("region", ["left-arm", "back", "", "LEFT-BACK"])
def test_lookup_unknown_region_raises_key_error(mini_atlas, region):
    with pytest.raises(KeyError):
        mini_atlas.lookup_region(region)


# -- whole drawings ------------------------------------------------------------------


def test_a_muscle_explaining_the_whole_drawing_ranks_first(mini_atlas):
    # Spot 1 (32, 20): alpha only. Spot 2 (35, 65): beta ranks above alpha on its own.
    alone = mini_atlas.lookup_point(35, 65)
    assert [c.muscle for c in alone.candidates] == ["beta", "alpha"]
    result = mini_atlas.lookup_points([(32, 20), (35, 65)])
    assert [(c.muscle, c.explains) for c in result.candidates] == [
        ("alpha", (0, 1)),
        ("beta", (1,)),
    ]
    assert result.region is None  # the spots are in different regions
    assert result.regions == ("left-back", "left-leg")
    assert result.candidates[0].reason.startswith("Explains the left back and the left leg.")
    assert result.candidates[1].reason.startswith("Explains the left leg; not the left back.")


def test_intensity_weights_the_marks(mini_atlas):
    # alpha-upper alone covers (32, 20); beta-main alone covers (46, 45) (alpha-upper's
    # spillover frame ends at x 43, more than the tolerance away).
    def order(i1: int, i2: int) -> list[str]:
        drawing = Drawing((Mark.spot(32, 20, intensity=i1), Mark.spot(46, 45, intensity=i2)))
        return [c.muscle for c in mini_atlas.lookup(drawing).candidates]

    assert order(9, 2) == ["alpha", "beta"]
    assert order(2, 9) == ["beta", "alpha"]


def test_a_painted_stroke_counts_by_the_share_it_covers(mini_atlas):
    # A stroke along y = 22 from x 26 to 60 with radius 1.5: alpha-upper's essential
    # square covers x 25-40 of it, the rest lies in the spine.
    stroke = Mark.stroke([(26, 22), (52, 22)], radius=3)
    result = mini_atlas.lookup(Drawing((stroke,)))
    [alpha] = [c for c in result.candidates if c.muscle == "alpha"]
    assert 0.35 < alpha.coverage < 0.75
    assert result.regions == ("left-back",)  # where most of the stroke lies
    inside = Mark.stroke([(28, 20), (36, 24)], radius=3)
    [first, *_] = mini_atlas.lookup(Drawing((inside,))).candidates
    assert (first.muscle, first.coverage) == ("alpha", 1.0)


def test_marks_outside_the_body_are_listed_but_not_scored(mini_atlas):
    result = mini_atlas.lookup_points([(5, 5), (37, 25)])
    assert result.regions == (None, "left-back")
    alone = mini_atlas.lookup_point(37, 25)
    assert [(c.muscle, c.score) for c in result.candidates] == [
        (c.muscle, c.score) for c in alone.candidates
    ]
    assert result.candidates[0].explains == (1,)


def test_lookup_of_nothing_is_empty(mini_atlas):
    assert mini_atlas.lookup_points([]) == LookupResult(None, ())


def test_without_candidates_the_nearest_patterns_are_named(mini_atlas):
    # (50, 12): top of the spine, no zone within the tolerance. alpha's spillover frame
    # (x 22-43, y 12-45) is 7 away; beta's spillover (x 35-44, y 20-35) 10.
    result = mini_atlas.lookup_point(50, 12)
    assert result.region == "spine"
    assert result.candidates == ()
    assert [(n.muscle, n.pattern, round(n.distance, 1)) for n in result.nearest] == [
        ("alpha", "spillover", 7.0),
        ("beta", "spillover", 10.0),
    ]
    assert result.as_json()["nearest"][0]["distance"] == 7.0
    assert result.as_json()["nearest"][0]["summary"] == (
        "Alpha muscle (upper test muscle): its possible extra pain area is 7 mm away, left side"
    )


# -- as_json -----------------------------------------------------------------------

CANDIDATE_KEYS = {
    "muscle", "name", "side", "pattern", "trigger_point", "summary", "score", "reason",
    "explains", "coverage",
}  # fmt: skip


def test_as_json_shape(mini_atlas):
    data = mini_atlas.lookup_point(37, 25).as_json()
    assert set(data) == {"region", "regions", "candidates", *NO_SAFETY}
    assert data["region"] == "left-back"
    assert data["regions"] == ["left-back"]
    assert [set(c) for c in data["candidates"]] == [CANDIDATE_KEYS, CANDIDATE_KEYS]
    first = data["candidates"][0]
    assert first["muscle"] == "alpha"
    assert first["name"] == "Alpha muscle"
    assert first["side"] == "left"
    assert first["pattern"] == "essential"
    assert first["trigger_point"] == "alpha-upper"
    assert first["explains"] == [0]
    assert first["coverage"] == 1.0
    assert isinstance(first["score"], float)
    assert first["score"] == round(first["score"], 3)
    assert json.loads(json.dumps(data)) == data


def test_as_json_outside(mini_atlas):
    assert mini_atlas.lookup_point(5, 5).as_json() == {
        "region": None,
        "regions": [None],
        "candidates": [],
        "nearest": [],
        **NO_SAFETY,
    }


# ---- the shortlist shown first in the window -----------------------------------------


def _cand(muscle: str, pattern: str, score: float, *, listed: bool = False) -> Candidate:
    return Candidate(muscle, muscle, "left", pattern, f"{muscle}-tp", score, "r", listed=listed)


def test_shortlist_drops_weak_spillover_when_essentials_abound():
    cands = [
        _cand("a", "essential", 1.4),
        _cand("b", "essential", 1.3),
        _cand("c", "essential", 1.2),
        _cand("d", "spillover", 0.7, listed=True),  # listed in the area's guide: kept
        _cand("e", "spillover", 0.6),  # not listed: weak evidence, dropped
    ]
    assert [c.muscle for c in shortlist(cands)] == ["a", "b", "c", "d"]


def test_shortlist_keeps_spillover_when_essentials_are_few():
    cands = [_cand("a", "essential", 1.4), _cand("e", "spillover", 0.6)]
    assert [c.muscle for c in shortlist(cands)] == ["a", "e"]


def test_shortlist_is_capped():
    cands = [_cand(str(i), "essential", 1.4 - i / 100) for i in range(12)]
    assert len(shortlist(cands, limit=8)) == 8


def test_spatial_index_answers_exactly_like_testing_every_area():
    """The grid behind region_at/zones_at may only skip areas that cannot contain the
    point: compare with a brute-force scan on the real diagram, cell edges included."""
    import random

    from app.content.load import load_atlas
    from app.domain.diagram import _Grid

    dia = load_atlas().diagram
    rng = random.Random(3)
    b = dia.view_box
    points = [(rng.uniform(b.x0, b.x1), rng.uniform(b.y0, b.y1)) for _ in range(4000)]
    # Points exactly on cell boundaries, where an off-by-one would show.
    points += [(i * _Grid.CELL, j * _Grid.CELL + 0.5) for i in range(0, 26) for j in range(-6, 50)]
    for x, y in points:
        assert dia.zones_at(x, y) == [k for k, a in dia.zones.items() if a.contains(x, y)]
        expected = next((r for r, a in dia.regions.items() if a.contains(x, y)), None)
        assert dia.region_at(x, y) == expected


def test_remembered_spots_give_the_same_answer_as_fresh_ones(mini_atlas):
    from app.domain.lookup import Atlas

    spots = [(37.0, 25.0), (35.0, 65.0), (37.0, 25.0), (500.0, 500.0)]
    first = mini_atlas.lookup_points(spots)
    again = mini_atlas.lookup_points(spots)
    fresh = Atlas(mini_atlas.library, mini_atlas.diagram, tolerance=MINI_TOLERANCE)
    fresh = fresh.lookup_points(spots)
    assert len(first.candidates) >= 2
    assert first == again == fresh
    single = mini_atlas.lookup_point(35.0, 65.0)
    again = Atlas(mini_atlas.library, mini_atlas.diagram, tolerance=MINI_TOLERANCE)
    assert single == again.lookup_point(35.0, 65.0)
    assert single.candidates
