"""Cross-checks between content/ and the SVG (app/domain/consistency.py), both ways.

Each case changes one thing on one side of the (consistent) fixture pair and expects
exactly the sentences that describe that change.
"""

import shutil
from pathlib import Path

import pytest

from app.content.library_loader import ContentError
from app.content.load import load_atlas
from app.domain.consistency import consistency_problems, expected_region_ids
from app.domain.diagram import Diagram, Marker, ZoneKey
from app.domain.geometry import Area
from app.domain.lookup import Atlas
from app.domain.models import Citation, Library, Lookalike, RegionName

FIXTURES = Path(__file__).parent / "fixtures"
SQUARE = Area((((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)),))


def change_diagram(d: Diagram, *, drop=(), **add) -> Diagram:
    """A copy of `d` without the keys in `drop` (pairs of (mapping name, key)) and with
    `add[mapping name]` merged in."""
    names = ("regions", "zones", "sole_zones", "markers", "muscles", "lookalikes")
    maps = {name: dict(getattr(d, name)) for name in names}
    for name, key in drop:
        del maps[name][key]
    for name, extra in add.items():
        maps[name].update(extra)
    return Diagram.build(
        view_box=d.view_box, silhouette=d.silhouette, element_ids=d.element_ids, **maps
    )


def change_tp(lib: Library, tp_id: str, **update) -> Library:
    muscles = []
    for m in lib.muscles:
        tps = tuple(
            tp.model_copy(update=update) if tp.id == tp_id else tp for tp in m.trigger_points
        )
        muscles.append(m.model_copy(update={"trigger_points": tps}))
    return lib.model_copy(update={"muscles": tuple(muscles)})


def test_fixture_pair_is_consistent(mini_library, mini_diagram):
    assert consistency_problems(mini_library, mini_diagram) == []


def test_expected_region_ids(mini_library):
    assert expected_region_ids(mini_library) == {
        "left-back",
        "right-back",
        "left-leg",
        "right-leg",
        "spine",
    }


# -- the SVG differs from content ---------------------------------------------------

DIAGRAM_CASES = [
    pytest.param(
        {"drop": [("regions", "left-leg")]},
        ["regions.toml names region 'left-leg' but the SVG has no 'region-left-leg'"],
        id="svg-missing-region",
    ),
    pytest.param(
        {"regions": {"left-arm": SQUARE}},
        ["SVG element 'region-left-arm' has no entry in regions.toml"],
        id="svg-extra-region",
    ),
    pytest.param(
        {"drop": [("markers", ("right", "alpha-lower"))]},
        [
            "muscles/alpha.toml: trigger point 'alpha-lower' has no marker "
            "'tp-right-alpha-lower' in the SVG"
        ],
        id="svg-missing-marker",
    ),
    pytest.param(
        {"drop": [("zones", ZoneKey("left", "beta-main", "spillover"))]},
        ["trigger point 'beta-main' has no zone 'zone-left-beta-main-spillover' in the SVG"],
        id="svg-missing-spillover-zone",
    ),
    pytest.param(
        {"drop": [("zones", ZoneKey("right", "alpha-lower", "essential"))]},
        ["trigger point 'alpha-lower' has no zone 'zone-right-alpha-lower-essential' in the SVG"],
        id="svg-missing-essential-zone",
    ),
    pytest.param(
        {"zones": {ZoneKey("left", "alpha-lower", "spillover"): SQUARE}},
        [
            "SVG zone 'zone-left-alpha-lower-spillover' is drawn but the trigger point has "
            "no spillover text in content/"
        ],
        id="svg-zone-for-tp-without-spillover-text",
    ),
    pytest.param(
        {"zones": {ZoneKey("right", "gamma-one", "essential"): SQUARE}},
        ["SVG zone 'zone-right-gamma-one-essential' belongs to no trigger point in content/"],
        id="svg-orphan-zone",
    ),
    pytest.param(
        {"markers": {("left", "gamma-one"): Marker("left", "gamma-one", 30, 20, 1)}},
        ["SVG marker 'tp-left-gamma-one' belongs to no trigger point in content/"],
        id="svg-orphan-marker",
    ),
    pytest.param(
        {"muscles": {("left", "gamma"): SQUARE}},
        ["SVG shape 'muscle-left-gamma' has no file muscles/gamma.toml"],
        id="svg-orphan-muscle-shape",
    ),
    pytest.param(
        {"drop": [("muscles", ("right", "beta"))]},
        ["muscles/beta.toml: the SVG has no shape 'muscle-right-beta'"],
        id="svg-missing-muscle-shape",
    ),
    pytest.param(
        {"markers": {("left", "alpha-upper"): Marker("left", "alpha-upper", 35, 65, 1.5)}},
        ["SVG marker 'tp-left-alpha-upper' lies outside 'muscle-left-alpha'"],
        id="marker-outside-its-muscle",
    ),
    pytest.param(
        {"markers": {("right", "beta-main"): Marker("right", "beta-main", 35, 60, 1.5)}},
        ["SVG marker 'tp-right-beta-main' lies outside 'muscle-right-beta'"],
        id="right-marker-on-left-muscle",
    ),
]


@pytest.mark.parametrize(("change", "expected"), DIAGRAM_CASES)
def test_svg_side_mismatch(mini_library, mini_diagram, change, expected):
    diagram = change_diagram(mini_diagram, **change)
    assert consistency_problems(mini_library, diagram) == expected


def test_marker_is_checked_against_its_own_muscle_when_ids_share_a_prefix(
    mini_library, mini_diagram
):
    alpha = mini_library.muscle("alpha")
    tp = alpha.trigger_points[1].model_copy(update={"id": "alpha-deep-one"})
    deep = alpha.model_copy(update={"id": "alpha-deep", "trigger_points": (tp,)})
    lib = mini_library.model_copy(update={"muscles": (*mini_library.muscles, deep)})
    inside_deep = Area((((60.0, 80.0), (70.0, 80.0), (70.0, 88.0), (60.0, 88.0)),))
    diagram = change_diagram(
        mini_diagram,
        muscles={(side, "alpha-deep"): inside_deep for side in ("left", "right")},
        markers={
            (side, "alpha-deep-one"): Marker(side, "alpha-deep-one", 65, 84, 1)
            for side in ("left", "right")
        },
        zones={ZoneKey(side, "alpha-deep-one", "essential"): SQUARE for side in ("left", "right")},
    )
    assert consistency_problems(lib, diagram) == []


# -- content differs from the SVG ---------------------------------------------------


def test_content_without_a_region_the_svg_draws(mini_library, mini_diagram):
    lib = mini_library.model_copy(
        update={"regions": tuple(r for r in mini_library.regions if r.id != "spine")}
    )
    assert consistency_problems(lib, mini_diagram) == [
        "SVG element 'region-spine' has no entry in regions.toml"
    ]


def test_content_region_the_svg_does_not_draw(mini_library, mini_diagram):
    extra = RegionName(id="arm", name="arm")
    lib = mini_library.model_copy(update={"regions": (*mini_library.regions, extra)})
    assert consistency_problems(lib, mini_diagram) == [
        "regions.toml names region 'left-arm' but the SVG has no 'region-left-arm'",
        "regions.toml names region 'right-arm' but the SVG has no 'region-right-arm'",
    ]


def test_sided_region_written_as_midline(mini_library, mini_diagram):
    regions = tuple(
        r.model_copy(update={"sided": False}) if r.id == "leg" else r for r in mini_library.regions
    )
    problems = consistency_problems(
        mini_library.model_copy(update={"regions": regions}), mini_diagram
    )
    assert problems == [
        "regions.toml names region 'leg' but the SVG has no 'region-leg'",
        "SVG element 'region-left-leg' has no entry in regions.toml",
        "SVG element 'region-right-leg' has no entry in regions.toml",
    ]


def test_content_spillover_text_without_zones(mini_library, mini_diagram):
    lib = change_tp(mini_library, "alpha-lower", spillover="Somewhere further down the leg.")
    assert consistency_problems(lib, mini_diagram) == [
        "trigger point 'alpha-lower' has no zone 'zone-left-alpha-lower-spillover' in the SVG",
        "trigger point 'alpha-lower' has no zone 'zone-right-alpha-lower-spillover' in the SVG",
    ]


def test_content_without_spillover_text_but_zones_drawn(mini_library, mini_diagram):
    lib = change_tp(mini_library, "beta-main", spillover=None)
    assert consistency_problems(lib, mini_diagram) == [
        f"SVG zone 'zone-{side}-beta-main-spillover' is drawn but the trigger point has no "
        "spillover text in content/"
        for side in ("left", "right")
    ]


def test_content_trigger_point_not_drawn(mini_library, mini_diagram):
    alpha = mini_library.muscle("alpha")
    new_tp = alpha.trigger_points[1].model_copy(update={"id": "alpha-middle"})
    muscles = tuple(
        m.model_copy(update={"trigger_points": (*m.trigger_points, new_tp)})
        if m.id == "alpha"
        else m
        for m in mini_library.muscles
    )
    lib = mini_library.model_copy(update={"muscles": muscles})
    assert sorted(consistency_problems(lib, mini_diagram)) == sorted(
        [
            "muscles/alpha.toml: trigger point 'alpha-middle' has no marker "
            "'tp-left-alpha-middle' in the SVG",
            "muscles/alpha.toml: trigger point 'alpha-middle' has no marker "
            "'tp-right-alpha-middle' in the SVG",
            *(
                f"trigger point 'alpha-middle' has no zone 'zone-{side}-alpha-middle-essential' "
                "in the SVG"
                for side in ("left", "right")
            ),
        ]
    )


def test_content_without_a_muscle_the_svg_draws(mini_library, mini_diagram):
    lib = mini_library.model_copy(
        update={"muscles": tuple(m for m in mini_library.muscles if m.id != "beta")}
    )
    problems = consistency_problems(lib, mini_diagram)
    assert set(problems) == {
        "SVG zone 'zone-left-beta-main-essential' belongs to no trigger point in content/",
        "SVG zone 'zone-left-beta-main-spillover' belongs to no trigger point in content/",
        "SVG zone 'zone-right-beta-main-essential' belongs to no trigger point in content/",
        "SVG zone 'zone-right-beta-main-spillover' belongs to no trigger point in content/",
        "SVG marker 'tp-left-beta-main' belongs to no trigger point in content/",
        "SVG marker 'tp-right-beta-main' belongs to no trigger point in content/",
        "SVG shape 'muscle-left-beta' has no file muscles/beta.toml",
        "SVG shape 'muscle-right-beta' has no file muscles/beta.toml",
    }
    assert len(problems) == 8


def test_several_problems_are_all_reported(mini_library, mini_diagram):
    diagram = change_diagram(
        mini_diagram,
        drop=[("regions", "spine"), ("markers", ("left", "beta-main"))],
        muscles={("right", "gamma"): SQUARE},
    )
    assert len(consistency_problems(mini_library, diagram)) == 3


# -- the sole insets -------------------------------------------------------------


def sole(tp: str, pattern: str = "essential", sides=("left", "right")) -> dict:
    return {ZoneKey(side, tp, pattern): SQUARE for side in sides}


def test_a_pattern_drawn_only_on_the_soles_needs_no_body_zone(mini_library, mini_diagram):
    diagram = change_diagram(
        mini_diagram,
        drop=[("zones", ZoneKey(side, "alpha-lower", "essential")) for side in ("left", "right")],
        sole_zones=sole("alpha-lower"),
    )
    assert consistency_problems(mini_library, diagram) == []


def test_a_pattern_on_the_soles_and_the_body_is_fine(mini_library, mini_diagram):
    diagram = change_diagram(mini_diagram, sole_zones=sole("beta-main", "spillover"))
    assert consistency_problems(mini_library, diagram) == []


def test_sole_zone_of_one_foot_only(mini_library, mini_diagram):
    diagram = change_diagram(mini_diagram, sole_zones=sole("alpha-upper", sides=("right",)))
    assert consistency_problems(mini_library, diagram) == [
        "SVG sole zone 'sole-right-alpha-upper-essential' has no twin "
        "'sole-left-alpha-upper-essential' on the other foot"
    ]


def test_sole_zone_of_an_unknown_trigger_point(mini_library, mini_diagram):
    diagram = change_diagram(mini_diagram, sole_zones=sole("gamma-main"))
    assert consistency_problems(mini_library, diagram) == [
        f"SVG sole zone 'sole-{side}-gamma-main-essential' belongs to no trigger point"
        for side in ("left", "right")
    ]


def test_sole_spillover_without_spillover_text(mini_library, mini_diagram):
    diagram = change_diagram(mini_diagram, sole_zones=sole("alpha-lower", "spillover"))
    assert consistency_problems(mini_library, diagram) == [
        f"SVG sole zone 'sole-{side}-alpha-lower-spillover' is drawn but the trigger point has "
        "no spillover text in content/"
        for side in ("left", "right")
    ]


# -- muscles on the front of the body ----------------------------------------------


def front_of_body(lib: Library, muscle_id: str) -> Library:
    muscles = tuple(
        m.model_copy(update={"front_of_body": True}) if m.id == muscle_id else m
        for m in lib.muscles
    )
    return lib.model_copy(update={"muscles": muscles})


ALPHA_SHAPES_AND_MARKERS = [("muscles", (side, "alpha")) for side in ("left", "right")] + [
    ("markers", (side, tp)) for side in ("left", "right") for tp in ("alpha-upper", "alpha-lower")
]


def test_front_of_body_muscle_needs_no_shape_and_no_markers(mini_library, mini_diagram):
    lib = front_of_body(mini_library, "alpha")
    drop = ALPHA_SHAPES_AND_MARKERS
    assert consistency_problems(lib, change_diagram(mini_diagram, drop=drop)) == []


def test_front_of_body_muscle_still_needs_its_zones(mini_library, mini_diagram):
    lib = front_of_body(mini_library, "alpha")
    drop = [*ALPHA_SHAPES_AND_MARKERS, ("zones", ZoneKey("right", "alpha-lower", "essential"))]
    assert consistency_problems(lib, change_diagram(mini_diagram, drop=drop)) == [
        "trigger point 'alpha-lower' has no zone 'zone-right-alpha-lower-essential' in the SVG"
    ]


def test_front_of_body_muscle_drawn_on_the_back_view(mini_library, mini_diagram):
    problems = consistency_problems(front_of_body(mini_library, "beta"), mini_diagram)
    assert problems == [
        "muscles/beta.toml says front_of_body, but the SVG draws 'muscle-left-beta'",
        "muscles/beta.toml says front_of_body, but the SVG draws the marker 'tp-left-beta-main'",
        "muscles/beta.toml says front_of_body, but the SVG draws 'muscle-right-beta'",
        "muscles/beta.toml says front_of_body, but the SVG draws the marker 'tp-right-beta-main'",
    ]


# -- look-alikes (content/lookalikes.toml) and their areas (lookalike-SIDE-ID) ----------


def lookalike(lookalike_id: str) -> Lookalike:
    return Lookalike(
        id=lookalike_id,
        kind="nerve-root",
        name=f"{lookalike_id.upper()} nerve root",
        label=lookalike_id.upper(),
        summary="Where an irritated nerve root is usually felt, in plain words.",
        clues=("numbness or pins and needles", "weakness or a lost reflex"),
        see_a_doctor="See a doctor soon if the leg is weak or numb.",
        limits="Root patterns overlap and vary between people.",
        citations=(Citation(ref="ref-one"),),
    )


def with_lookalikes(lib: Library, *ids: str) -> Library:
    return lib.model_copy(update={"lookalikes": tuple(lookalike(i) for i in ids)})


def drawn(d: Diagram, pieces: list[str]) -> Diagram:
    """`d` with look-alike areas for the given SVG ids (lookalike-[sole-]SIDE-ID)."""
    keys = set()
    for piece in pieces:
        *_, side, lid = piece.replace("lookalike-sole-", "lookalike-").split("-", 2)
        keys.add((side, lid))
    return Diagram.build(
        view_box=d.view_box,
        silhouette=d.silhouette,
        regions=dict(d.regions),
        zones=dict(d.zones),
        sole_zones=dict(d.sole_zones),
        markers=dict(d.markers),
        muscles=dict(d.muscles),
        lookalikes={key: SQUARE for key in keys},
        element_ids=d.element_ids | {"lookalikes", *pieces},
    )


BOTH_S1 = ["lookalike-left-s1", "lookalike-right-s1"]
BOTH_S1_SOLES = ["lookalike-sole-left-s1", "lookalike-sole-right-s1"]


def test_no_lookalikes_in_content_and_none_drawn_is_fine(mini_library, mini_diagram):
    assert mini_library.lookalikes == ()
    assert mini_diagram.lookalikes == {}
    assert consistency_problems(mini_library, mini_diagram) == []


def test_lookalikes_in_content_and_drawn_on_both_sides(mini_library, mini_diagram):
    lib = with_lookalikes(mini_library, "s1", "sacroiliac")
    pieces = [*BOTH_S1, *BOTH_S1_SOLES, "lookalike-left-sacroiliac", "lookalike-right-sacroiliac"]
    assert consistency_problems(lib, drawn(mini_diagram, pieces)) == []


def test_lookalikes_in_content_but_none_drawn(mini_library, mini_diagram):
    problems = consistency_problems(with_lookalikes(mini_library, "l4", "s1"), mini_diagram)
    assert problems == [
        "lookalikes.toml: look-alike 'l4' has no area 'lookalike-left-l4' in the SVG",
        "lookalikes.toml: look-alike 'l4' has no area 'lookalike-right-l4' in the SVG",
        "lookalikes.toml: look-alike 's1' has no area 'lookalike-left-s1' in the SVG",
        "lookalikes.toml: look-alike 's1' has no area 'lookalike-right-s1' in the SVG",
    ]


def test_lookalikes_drawn_but_the_content_has_none(mini_library, mini_diagram):
    """An empty (or missing) lookalikes.toml is tolerated only while the SVG draws none."""
    problems = consistency_problems(mini_library, drawn(mini_diagram, BOTH_S1))
    assert problems == [
        "SVG look-alike 'lookalike-left-s1' has no entry in lookalikes.toml",
        "SVG look-alike 'lookalike-right-s1' has no entry in lookalikes.toml",
    ]


def test_a_drawn_lookalike_the_content_does_not_know(mini_library, mini_diagram):
    lib = with_lookalikes(mini_library, "s1")
    diagram = drawn(mini_diagram, [*BOTH_S1, "lookalike-left-l9", "lookalike-right-l9"])
    assert consistency_problems(lib, diagram) == [
        "SVG look-alike 'lookalike-left-l9' has no entry in lookalikes.toml",
        "SVG look-alike 'lookalike-right-l9' has no entry in lookalikes.toml",
    ]


def test_a_lookalike_drawn_on_one_side_only(mini_library, mini_diagram):
    lib = with_lookalikes(mini_library, "s1")
    assert consistency_problems(lib, drawn(mini_diagram, ["lookalike-left-s1"])) == [
        "lookalikes.toml: look-alike 's1' has no area 'lookalike-right-s1' in the SVG"
    ]


def test_a_lookalike_piece_on_one_foot_only(mini_library, mini_diagram):
    lib = with_lookalikes(mini_library, "s1")
    diagram = drawn(mini_diagram, [*BOTH_S1, "lookalike-sole-left-s1"])
    assert consistency_problems(lib, diagram) == [
        "SVG look-alike 'lookalike-sole-left-s1' has no twin 'lookalike-sole-right-s1' on the "
        "other foot"
    ]


def test_a_lookalike_body_piece_on_one_side_only(mini_library, mini_diagram):
    lib = with_lookalikes(mini_library, "s1")
    diagram = drawn(mini_diagram, ["lookalike-right-s1", *BOTH_S1_SOLES])
    assert consistency_problems(lib, diagram) == [
        "SVG look-alike 'lookalike-right-s1' has no twin 'lookalike-left-s1' on the other side"
    ]


# -- load_atlas: both halves together --------------------------------------------


def test_load_atlas_on_fixtures(mini_library):
    atlas = load_atlas(content=FIXTURES / "content_min", svg=FIXTURES / "mini.svg")
    assert isinstance(atlas, Atlas)
    assert atlas.library == mini_library
    assert atlas.region_at(30, 30) == "left-back"


def test_load_atlas_reports_inconsistency_as_content_error(tmp_path):
    svg = tmp_path / "mini.svg"
    text = (FIXTURES / "mini.svg").read_text(encoding="utf-8")
    svg.write_text(text.replace('<circle id="tp-right-beta-main" cx="65" cy="60" r="1.5"/>', ""))
    with pytest.raises(ContentError) as info:
        load_atlas(content=FIXTURES / "content_min", svg=svg)
    assert info.value.problems == (
        "muscles/beta.toml: trigger point 'beta-main' has no marker 'tp-right-beta-main' "
        "in the SVG",
    )


def test_load_atlas_wraps_diagram_errors(tmp_path):
    svg = tmp_path / "missing.svg"
    with pytest.raises(ContentError) as info:
        load_atlas(content=FIXTURES / "content_min", svg=svg)
    assert info.value.problems == (f"{svg}: file not found",)


def test_load_atlas_reports_lookalikes_drawn_without_content(tmp_path):
    svg = tmp_path / "mini.svg"
    text = (FIXTURES / "mini.svg").read_text(encoding="utf-8")
    group = """<g id="lookalikes">
    <rect id="lookalike-left-s1" x="25" y="60" width="10" height="20"/>
    <rect id="lookalike-right-s1" x="65" y="60" width="10" height="20"/>
  </g>
</svg>"""
    svg.write_text(text.replace("</svg>", group), encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_atlas(content=FIXTURES / "content_min", svg=svg)
    assert info.value.problems == (
        "SVG look-alike 'lookalike-left-s1' has no entry in lookalikes.toml",
        "SVG look-alike 'lookalike-right-s1' has no entry in lookalikes.toml",
    )


def test_load_atlas_reports_content_errors_before_reading_the_svg(tmp_path):
    content = Path(shutil.copytree(FIXTURES / "content_min", tmp_path / "content"))
    (content / "safety.toml").unlink()
    with pytest.raises(ContentError) as info:
        load_atlas(content=content, svg=tmp_path / "missing.svg")
    assert info.value.problems == ("safety.toml: file is missing",)
