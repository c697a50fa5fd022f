"""Loading content/ (TOML, app/content/library_loader.py) and the SVG (app/content/svg_loader.py).

Broken variants are made by copying tests/fixtures/content_min (or mini.svg) to tmp_path
and editing one thing; each must give a ContentError/DiagramError naming the file, the
field and the problem.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from pydantic import ValidationError

from app.content.geometry_file import dump_geometry, read_geometry, svg_sha256
from app.content.library_loader import ContentError, load_library
from app.content.svg_loader import DiagramError, load_diagram
from app.domain.diagram import Diagram, Marker, ZoneKey, lookalike_svg_id
from app.domain.geometry import BBox
from app.domain.models import split_side

FIXTURES = Path(__file__).parent / "fixtures"
MINI_SVG = FIXTURES / "mini.svg"


# ============================================================================
# content/ (TOML)
# ============================================================================


def test_minimal_content_loads(mini_library):
    lib = mini_library
    assert [m.id for m in lib.muscles] == ["alpha", "beta"]
    assert [tp.id for tp in lib.muscle("alpha").trigger_points] == ["alpha-upper", "alpha-lower"]
    assert lib.muscle("alpha").trigger_points[1].spillover is None
    assert lib.muscle("alpha").trigger_points[1].citations[0].detail == "fig. 1"
    muscle, tp = lib.trigger_point("beta-main")
    assert (muscle.id, tp.name) == ("beta", "Main beta point")
    assert [s.id for s in lib.stretches] == ["alpha-stretch"]
    assert [t.id for t in lib.treatments] == ["pressure"]
    assert [t.id for t in lib.topics] == ["what-is-a-tp"]
    assert [r.id for r in lib.references] == ["ref-one"]
    assert [(r.id, r.sided) for r in lib.regions] == [
        ("back", True),
        ("leg", True),
        ("spine", False),
    ]
    assert lib.glossary[0].term == "trigger point"
    assert len(lib.safety.red_flags) == 3


@pytest.mark.parametrize("what", ["muscle", "trigger_point", "region_name"])
def test_library_lookups_raise_key_error_for_unknown_ids(mini_library, what):
    with pytest.raises(KeyError):
        getattr(mini_library, what)("gamma")


def test_library_is_frozen(mini_library):
    with pytest.raises(ValidationError):
        mini_library.muscle("alpha").commonness = 1  # type: ignore[misc]


@pytest.mark.parametrize(
    ("sided_id", "expected"),
    [
        pytest.param("left-calf-lateral", ("left", "calf-lateral"), id="left"),
        pytest.param("right-heel", ("right", "heel"), id="right"),
        pytest.param("sacrum", (None, "sacrum"), id="midline"),
        pytest.param("leftover", (None, "leftover"), id="word-starting-with-left"),
    ],
)
def test_split_side(sided_id, expected):
    assert split_side(sided_id) == expected


# -- broken variants ---------------------------------------------------------------


@dataclass(frozen=True)
class Edit:
    """One change to a file of the copied content folder."""

    file: str
    old: str | None = None  # text to replace (must occur exactly once); None: see `new`
    new: str | None = None  # replacement; with old=None, appended; both None: delete the file
    rename: str | None = None

    def apply(self, base: Path) -> None:
        path = base / self.file
        if self.rename is not None:
            path.rename(base / self.rename)
        elif self.old is None and self.new is None:
            path.unlink()
        elif self.old is None:
            path.write_text(path.read_text(encoding="utf-8") + self.new, encoding="utf-8")
        else:
            text = path.read_text(encoding="utf-8")
            assert text.count(self.old) == 1, (
                f"fixture edit {self.old!r} is ambiguous in {self.file}"
            )
            path.write_text(text.replace(self.old, self.new or ""), encoding="utf-8")


ALPHA = "muscles/alpha.toml"
BETA = "muscles/beta.toml"

BROKEN = [
    pytest.param(
        [Edit(ALPHA, 'location = "In the upper part of the alpha muscle."\n', "")],
        "muscles/alpha.toml: trigger_points[0].location: Field required",
        id="missing-field-in-trigger-point",
    ),
    pytest.param(
        [Edit(BETA, 'name = "Beta muscle"\n', "")],
        "muscles/beta.toml: name: Field required",
        id="missing-top-level-field",
    ),
    pytest.param(
        [Edit(ALPHA, "commonness = 2", 'commonness = "often"')],
        "muscles/alpha.toml: commonness: Input should be a valid integer, "
        "unable to parse string as an integer",
        id="wrong-type-string-for-int",
    ),
    pytest.param(
        [Edit(ALPHA, "commonness = 2", "commonness = 4")],
        "muscles/alpha.toml: commonness: Input should be less than or equal to 3",
        id="commonness-out-of-range",
    ),
    pytest.param(
        [Edit(ALPHA, 'depth = "superficial"', 'depth = "shallow"')],
        "muscles/alpha.toml: depth: Input should be 'superficial', 'intermediate' or 'deep'",
        id="depth-not-allowed",
    ),
    pytest.param(
        [Edit(ALPHA, 'actions = ["Holds the test together."]', "actions = 3")],
        "muscles/alpha.toml: actions: Input should be a valid tuple",
        id="wrong-type-int-for-list",
    ),
    pytest.param(
        [Edit(BETA, 'depth = "deep"\n', 'depth = "deep"\ncolour = "red"\n')],
        "muscles/beta.toml: colour: Extra inputs are not permitted",
        id="unknown-key-top-level",
    ),
    pytest.param(
        [Edit(BETA, None, 'colour = "red"\n')],  # appended: lands in the last [[trigger_points]]
        "muscles/beta.toml: trigger_points[0].colour: Extra inputs are not permitted",
        id="unknown-key-in-trigger-point",
    ),
    pytest.param(
        [Edit("stretches.toml", "hold_seconds = 20", "hold_seconds = 20\nduration = 3")],
        "stretches.toml: stretch[0].duration: Extra inputs are not permitted",
        id="unknown-key-in-table-file",
    ),
    pytest.param(
        [Edit(BETA, 'id = "beta-main"', 'id = "Beta_Main"')],
        "muscles/beta.toml: trigger_points[0].id: String should match pattern "
        "'^[a-z0-9]+(-[a-z0-9]+)*$'",
        id="trigger-point-id-not-a-slug",
    ),
    pytest.param(
        [Edit("safety.toml", 'red_flags = ["fever", "weakness", "numbness"]', 'red_flags = ["x"]')],
        "safety.toml: red_flags: Tuple should have at least 3 items after validation, not 1",
        id="too-few-red-flags",
    ),
    pytest.param(
        [Edit("safety.toml", 'when_to_see_someone = "When in doubt."\n', "")],
        "safety.toml: when_to_see_someone: Field required",
        id="missing-safety-field",
    ),
    pytest.param(
        [Edit("regions.toml", 'name = "spine (middle of the back)"\n', "")],
        "regions.toml: region[2].name: Field required",
        id="missing-field-in-third-table",
    ),
    pytest.param(
        [Edit("regions.toml", "sided = false", 'sided = "maybe"')],
        "regions.toml: region[2].sided: Input should be a valid boolean, unable to interpret input",
        id="wrong-type-bool",
    ),
    pytest.param(
        [
            Edit(
                ALPHA,
                'citations = [{ ref = "ref-one", detail = "fig. 1" }]',
                'citations = [{ ref = "nowhere" }]',
            )
        ],
        "muscles/alpha.toml: trigger_points[1].citations: unknown reference 'nowhere' "
        "(not in references.toml)",
        id="unknown-citation-in-trigger-point",
    ),
    pytest.param(
        [Edit(BETA, 'references = [{ ref = "ref-one" }]', 'references = [{ ref = "ref-two" }]')],
        "muscles/beta.toml: references: unknown reference 'ref-two' (not in references.toml)",
        id="unknown-citation-in-muscle",
    ),
    pytest.param(
        [
            Edit(
                "treatments.toml",
                'references = [{ ref = "ref-one" }]',
                'references = [{ ref = "ref-two" }]',
            )
        ],
        "treatments.toml: treatment[0].references: unknown reference 'ref-two' "
        "(not in references.toml)",
        id="unknown-citation-in-treatment",
    ),
    pytest.param(
        [Edit(ALPHA, 'stretches = ["alpha-stretch"]', 'stretches = ["no-such-stretch"]')],
        "muscles/alpha.toml: stretches: unknown stretch 'no-such-stretch' (not in stretches.toml)",
        id="unknown-stretch-id",
    ),
    pytest.param(
        [Edit(ALPHA, 'treatments = ["pressure"]', 'treatments = ["magic"]')],
        "muscles/alpha.toml: treatments: unknown treatment 'magic' (not in treatments.toml)",
        id="unknown-treatment-id",
    ),
    pytest.param(
        [Edit("stretches.toml", 'targets = ["alpha"]', 'targets = ["zeta"]')],
        "stretches.toml: stretch[0].targets: unknown muscle 'zeta'",
        id="stretch-targets-unknown-muscle",
    ),
    pytest.param(
        [Edit(ALPHA, rename="muscles/alfa.toml")],
        "muscles/alfa.toml: id: 'alpha' must match the file name 'alfa'",
        id="id-does-not-match-file-name",
    ),
    pytest.param(
        [Edit("safety.toml")],
        "safety.toml: file is missing",
        id="missing-file",
    ),
    pytest.param(
        [Edit("glossary.toml", "[[term]]", "[[terms]]")],
        "glossary.toml: term: expected one or more [[term]] tables",
        id="table-list-misspelt",
    ),
    pytest.param(
        [
            Edit(
                "references.toml",
                None,
                '\n[[reference]]\nid = "ref-one"\nshort = "Again"\n'
                'citation = "The same id a second time."\n',
            )
        ],
        "references.toml: id 'ref-one' is defined twice",
        id="duplicate-reference-id",
    ),
]


@pytest.mark.parametrize(("edits", "expected"), BROKEN)
def test_broken_content_names_file_field_and_problem(content_copy, edits, expected):
    for edit in edits:
        edit.apply(content_copy)
    with pytest.raises(ContentError) as info:
        load_library(content_copy)
    assert expected in info.value.problems, "\n".join(info.value.problems)
    assert expected in str(info.value)


def test_two_missing_files_are_both_reported(content_copy):
    (content_copy / "regions.toml").unlink()
    (content_copy / "glossary.toml").unlink()
    with pytest.raises(ContentError) as info:
        load_library(content_copy)
    assert {"regions.toml: file is missing", "glossary.toml: file is missing"} <= set(
        info.value.problems
    )


@pytest.mark.parametrize(
    ("file", "old", "new"),
    [
        pytest.param(ALPHA, "commonness = 2", "commonness = = 2", id="muscle-file"),
        pytest.param(
            "safety.toml", 'red_flags_intro = "See', 'red_flags_intro = "See\n', id="safety"
        ),
        pytest.param("stretches.toml", "[[stretch]]", "[[stretch]", id="table-file"),
    ],
)
def test_bad_toml_syntax_names_the_file(content_copy, file, old, new):
    Edit(file, old, new).apply(content_copy)
    with pytest.raises(ContentError) as info:
        load_library(content_copy)
    [problem] = [p for p in info.value.problems if p.startswith(f"{file}: ")]
    assert problem.startswith(f"{file}: not valid TOML: ")
    assert re.search(r"line \d+", problem), problem


def test_not_utf8_names_the_file(content_copy):
    (content_copy / "glossary.toml").write_bytes(b'[[term]]\nterm = "caf\xe9"\nplain = "x"\n')
    with pytest.raises(ContentError) as info:
        load_library(content_copy)
    assert any(p.startswith("glossary.toml: ") for p in info.value.problems), info.value.problems


@pytest.mark.parametrize(
    ("old", "new", "needle"),
    [
        pytest.param(
            'id = "alpha-lower"',
            'id = "alpha-upper"',
            "trigger point ids must be unique",
            id="duplicate-trigger-point-id",
        ),
        pytest.param(
            'id = "alpha-lower"',
            'id = "lower-alpha"',
            "trigger point id 'lower-alpha' must start with 'alpha-'",
            id="trigger-point-id-without-muscle-prefix",
        ),
    ],
)
def test_trigger_point_id_rules_name_the_file(content_copy, old, new, needle):
    Edit(ALPHA, old, new).apply(content_copy)
    with pytest.raises(ContentError) as info:
        load_library(content_copy)
    [problem] = info.value.problems
    assert problem.startswith("muscles/alpha.toml: ")
    assert needle in problem


def test_every_problem_is_collected_before_failing(content_copy):
    Edit(ALPHA, 'location = "In the upper part of the alpha muscle."\n', "").apply(content_copy)
    Edit(BETA, "commonness = 3", "commonness = 0").apply(content_copy)
    Edit("safety.toml").apply(content_copy)
    with pytest.raises(ContentError) as info:
        load_library(content_copy)
    assert info.value.problems == (
        "muscles/alpha.toml: trigger_points[0].location: Field required",
        "muscles/beta.toml: commonness: Input should be greater than or equal to 1",
        "safety.toml: file is missing",
    )


def test_no_muscle_files(content_copy):
    for path in (content_copy / "muscles").glob("*.toml"):
        path.unlink()
    with pytest.raises(ContentError) as info:
        load_library(content_copy)
    assert "muscles/: no muscle files" in info.value.problems


def test_missing_content_folder(tmp_path):
    with pytest.raises(ContentError, match="content folder not found"):
        load_library(tmp_path / "nowhere")


def test_content_error_is_a_value_error_listing_problems():
    err = ContentError(["a.toml: x: bad", "b.toml: y: worse"])
    assert isinstance(err, ValueError)
    assert err.problems == ("a.toml: x: bad", "b.toml: y: worse")
    assert str(err) == "a.toml: x: bad\nb.toml: y: worse"


def test_surrounding_whitespace_is_stripped(content_copy):
    Edit(BETA, 'name = "Beta muscle"', 'name = "  Beta muscle  "').apply(content_copy)
    assert load_library(content_copy).muscle("beta").name == "Beta muscle"


# ============================================================================
# The SVG
# ============================================================================


def test_mini_svg_loads(mini_diagram):
    d = mini_diagram
    assert d.view_box == BBox(0, 0, 100, 100)
    assert list(d.regions) == ["left-back", "left-leg", "right-back", "right-leg", "spine"]
    assert set(d.zones) == {
        ZoneKey(side, tp, pattern)
        for side in ("left", "right")
        for tp, pattern in [
            ("alpha-upper", "essential"),
            ("alpha-upper", "spillover"),
            ("alpha-lower", "essential"),
            ("beta-main", "essential"),
            ("beta-main", "spillover"),
        ]
    }
    assert d.markers["left", "alpha-upper"] == Marker("left", "alpha-upper", 30, 20, 1.5)
    assert d.markers["right", "beta-main"] == Marker("right", "beta-main", 65, 60, 1.5)
    assert set(d.muscles) == {(s, m) for s in ("left", "right") for m in ("alpha", "beta")}
    assert d.silhouette.area == pytest.approx(60 * 40 + 2 * 40 * (30 + 20) / 2)
    # Art-only and group ids are known too (for the UI), but are not geometry.
    assert {"bones", "bone-spine", "label-title", "zones", "silhouette"} <= d.element_ids


def test_svg_rect_polygon_and_even_odd_path_become_areas(mini_diagram):
    zones = mini_diagram.zones
    assert zones[ZoneKey("left", "alpha-upper", "essential")].area == pytest.approx(225)
    spill = zones[ZoneKey("left", "alpha-upper", "spillover")]
    assert spill.area == pytest.approx(21 * 33 - 225)
    assert spill.contains(23, 40)
    assert not spill.contains(32, 20)  # the hole


def test_diagram_maps_are_read_only(mini_diagram):
    with pytest.raises(TypeError):
        mini_diagram.regions["x"] = mini_diagram.silhouette  # type: ignore[index]


def test_zone_key_and_marker_svg_ids(mini_diagram):
    assert ZoneKey("left", "beta-main", "spillover").svg_id == "zone-left-beta-main-spillover"
    assert mini_diagram.markers["right", "alpha-lower"].svg_id == "tp-right-alpha-lower"
    for key in mini_diagram.zones:
        assert key.svg_id in mini_diagram.element_ids
    for marker in mini_diagram.markers.values():
        assert marker.svg_id in mini_diagram.element_ids


SOLE_GROUP = """<g id="inset-sole-zones">
    <rect id="sole-left-alpha-lower-essential" x="2" y="92" width="6" height="6"/>
    <rect id="sole-right-alpha-lower-essential" x="92" y="92" width="6" height="6"/>
    <rect id="sole-right-beta-main-spillover" x="93" y="93" width="3" height="3"/>
  </g>
</svg>"""


def _parsed_and_compiled(svg: Path) -> tuple[Diagram, Diagram]:
    """The diagram parsed from ``svg``, and read back from a geometry file compiled from it
    (as tools/compile_diagram.py writes it)."""
    parsed = load_diagram(svg)
    compiled = svg.with_suffix(".geometry")
    sha = svg_sha256(svg.read_bytes())
    compiled.write_bytes(dump_geometry(parsed, sha))
    assert read_geometry(compiled, sha) is not None
    return parsed, load_diagram(svg, compiled=compiled)


def _with_soles(tmp_path: Path, group: str = SOLE_GROUP) -> Path:
    """mini.svg with zones on the sole insets (small squares in the lower corners)."""
    text = MINI_SVG.read_text(encoding="utf-8").replace("</svg>", group)
    path = tmp_path / "soles.svg"
    path.write_text(text, encoding="utf-8")
    return path


def test_sided_sole_zones_are_read_and_keyed_like_body_zones(tmp_path):
    svg = _with_soles(tmp_path)
    for d in _parsed_and_compiled(svg):
        assert set(d.sole_zones) == {
            ZoneKey("left", "alpha-lower", "essential"),
            ZoneKey("right", "alpha-lower", "essential"),
            ZoneKey("right", "beta-main", "spillover"),
        }
        left = d.sole_zones[ZoneKey("left", "alpha-lower", "essential")]
        assert left.bbox == BBox(2, 92, 8, 98)
        # sole zones are not body zones: a click on the body never finds them
        assert ZoneKey("right", "beta-main", "spillover") in d.zones
        assert d.zones[ZoneKey("right", "beta-main", "spillover")] is not left
        assert d.zones_at(5, 95) == []
    assert ZoneKey("left", "alpha-lower", "essential").sole_svg_id == (
        "sole-left-alpha-lower-essential"
    )


@pytest.mark.parametrize(
    "bad_id",
    [
        pytest.param("sole-alpha-lower-essential", id="without-side"),
        pytest.param("sole-middle-alpha-lower-essential", id="unknown-side"),
        pytest.param("sole-left-alpha-lower-stippled", id="bad-pattern"),
    ],
)
def test_sole_zone_id_needs_a_side_and_a_pattern(tmp_path, bad_id):
    svg = _with_soles(tmp_path, f'<rect id="{bad_id}" x="2" y="92" width="6" height="6"/></svg>')
    with pytest.raises(DiagramError) as err:
        load_diagram(svg)
    assert (
        f"sole zone id {bad_id!r} must be sole-SIDE-TRIGGERPOINT-essential|spillover "
        "(SIDE: left or right)"
    ) in str(err.value)


# -- look-alikes (nerve roots, joints): lookalike-SIDE-ID and lookalike-sole-SIDE-ID ------

LOOKALIKE_GROUP = """<g id="lookalikes">
    <rect id="lookalike-left-s1" x="25" y="60" width="10" height="20"/>
    <rect id="lookalike-right-s1" x="65" y="60" width="10" height="20"/>
    <rect id="lookalike-sole-left-s1" x="2" y="92" width="6" height="6"/>
    <rect id="lookalike-sole-right-s1" x="92" y="92" width="6" height="6"/>
    <rect id="lookalike-left-sacroiliac" x="40" y="30" width="4" height="10"/>
    <rect id="lookalike-right-sacroiliac" x="56" y="30" width="4" height="10"/>
  </g>
</svg>"""


def test_the_mini_svg_has_no_lookalikes(mini_diagram):
    assert mini_diagram.lookalikes == {}
    assert mini_diagram.lookalike_svg_ids("left", "s1") == ()


def test_lookalikes_are_read_sided_merged_and_compiled(tmp_path):
    svg = _with_soles(tmp_path, LOOKALIKE_GROUP)
    for d in _parsed_and_compiled(svg):
        assert set(d.lookalikes) == {
            (side, lid) for side in ("left", "right") for lid in ("s1", "sacroiliac")
        }
        # body piece and sole piece: one area with a ring each, body first
        s1 = d.lookalikes["left", "s1"]
        assert len(s1.rings) == 2
        assert s1.area == pytest.approx(10 * 20 + 6 * 6)
        assert s1.contains(30, 70)  # on the body
        assert s1.contains(5, 95)  # on the left sole inset
        assert not s1.contains(70, 70)  # the right side's piece
        assert s1.bbox == BBox(2, 60, 35, 98)
        assert min(x for x, _ in s1.rings[0]) == 25  # the posterior-view piece first
        assert d.lookalikes["right", "sacroiliac"].bbox == BBox(56, 30, 60, 40)
        assert d.lookalike_svg_ids("left", "s1") == ("lookalike-left-s1", "lookalike-sole-left-s1")
        assert d.lookalike_svg_ids("right", "sacroiliac") == ("lookalike-right-sacroiliac",)
        assert d.lookalike_svg_ids("left", "l4") == ()
        assert d.lookalikes_at(30, 70) == [("left", "s1")]
        assert d.lookalikes_at(95, 95) == [("right", "s1")]
        assert d.lookalikes_at(42, 35) == [("left", "sacroiliac")]
        # look-alikes are not zones: the zone lookups never find them
        assert d.zones_at(95, 95) == []
        with pytest.raises(TypeError):
            d.lookalikes["left", "l5"] = s1  # type: ignore[index]
    assert lookalike_svg_id("left", "l5") == "lookalike-left-l5"
    assert lookalike_svg_id("right", "s1", sole=True) == "lookalike-sole-right-s1"


def test_a_lookalike_on_the_sole_only_is_an_area_too(tmp_path):
    group = """<rect id="lookalike-sole-left-x1" x="2" y="92" width="6" height="6"/></svg>"""
    d = load_diagram(_with_soles(tmp_path, group))
    assert set(d.lookalikes) == {("left", "x1")}
    assert d.lookalike_svg_ids("left", "x1") == ("lookalike-sole-left-x1",)


@pytest.mark.parametrize(
    "bad_id",
    [
        pytest.param("lookalike-s1", id="without-side"),
        pytest.param("lookalike-middle-s1", id="unknown-side"),
        pytest.param("lookalike-sole-s1", id="sole-without-side"),
        pytest.param("lookalike-left-S1", id="upper-case"),
    ],
)
def test_lookalike_id_needs_a_side(tmp_path, bad_id):
    svg = _with_soles(tmp_path, f'<rect id="{bad_id}" x="25" y="60" width="6" height="6"/></svg>')
    with pytest.raises(DiagramError) as err:
        load_diagram(svg)
    assert (
        f"look-alike id {bad_id!r} must be lookalike-SIDE-ID or lookalike-sole-SIDE-ID "
        "(SIDE: left or right)"
    ) in str(err.value)


def test_the_lookalikes_group_id_is_not_a_lookalike(tmp_path):
    d = load_diagram(_with_soles(tmp_path, '<g id="lookalikes"></g></svg>'))
    assert d.lookalikes == {}
    assert "lookalikes" in d.element_ids


def _svg_variant(tmp_path: Path, old: str, new: str) -> Path:
    text = MINI_SVG.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / "variant.svg"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


SVG_BROKEN = [
    pytest.param(
        'viewBox="0 0 100 100" ', "", "the <svg> element needs a viewBox", id="missing-viewbox"
    ),
    pytest.param(
        'id="region-spine"',
        'id="region-left-back"',
        "id 'region-left-back' is used twice",
        id="duplicate-region-id",
    ),
    pytest.param(
        '<g id="labels">', '<g id="bones">', "id 'bones' is used twice", id="duplicate-group-id"
    ),
    pytest.param(
        'id="zone-left-beta-main-spillover"',
        'id="zone-left-beta-main-stippled"',
        "zone id 'zone-left-beta-main-stippled' must be zone-SIDE-TRIGGERPOINT-essential|spillover",
        id="zone-bad-pattern",
    ),
    pytest.param(
        'id="zone-right-beta-main-essential"',
        'id="zone-centre-beta-main-essential"',
        "zone id 'zone-centre-beta-main-essential' must be "
        "zone-SIDE-TRIGGERPOINT-essential|spillover",
        id="zone-bad-side",
    ),
    pytest.param(
        '<circle id="tp-left-beta-main" cx="35" cy="60" r="1.5"/>',
        '<rect id="tp-left-beta-main" x="34" y="59" width="2" height="2"/>',
        "trigger point marker 'tp-left-beta-main' must be a <circle>",
        id="tp-not-a-circle",
    ),
    pytest.param(
        'id="tp-left-beta-main"',
        'id="tp-middle-beta-main"',
        "id 'tp-middle-beta-main' must be tp-left-... or tp-right-...",
        id="tp-bad-side",
    ),
    pytest.param(
        'id="muscle-left-beta"',
        'id="muscle-beta"',
        "id 'muscle-beta' must be muscle-left-... or muscle-right-...",
        id="muscle-without-side",
    ),
    pytest.param(
        'id="silhouette" ', 'id="outline" ', "no element with id 'silhouette'", id="no-silhouette"
    ),
    pytest.param(
        'points="45,10 55,10 55,50 45,50"',
        'points="45,10 55,10"',
        "element 'region-spine' has no closed shape",
        id="region-of-two-points",
    ),
]


@pytest.mark.parametrize(("old", "new", "message"), SVG_BROKEN)
def test_broken_svg_raises_diagram_error(tmp_path, old, new, message):
    path = _svg_variant(tmp_path, old, new)
    with pytest.raises(DiagramError) as info:
        load_diagram(path)
    assert str(info.value) == f"{path}: {message}"
    assert info.value.path == path


def test_svg_without_regions(tmp_path):
    text = MINI_SVG.read_text(encoding="utf-8")
    text = re.sub(r'<g id="regions">.*?</g>', "", text, flags=re.DOTALL)
    path = tmp_path / "no-regions.svg"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DiagramError, match="no region-\\* elements"):
        load_diagram(path)


def test_missing_svg_file(tmp_path):
    path = tmp_path / "missing.svg"
    with pytest.raises(DiagramError) as info:
        load_diagram(path)
    assert str(info.value) == f"{path}: file not found"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(None, id="truncated"),
        pytest.param("<svg><g></svg>", id="mismatched-tag"),
        pytest.param("not xml at all", id="not-xml"),
    ],
)
def test_malformed_svg(tmp_path, text):
    if text is None:
        text = MINI_SVG.read_text(encoding="utf-8")[:700]
    path = tmp_path / "bad.svg"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DiagramError) as info:
        load_diagram(path)
    assert str(info.value).startswith(f"{path}: cannot parse SVG: ")


# -- curves are flattened ----------------------------------------------------------

K = 5.523  # 0.5523 * r: the usual cubic Bezier approximation of a quarter circle of r = 10
ROUND_SHAPES = [
    pytest.param(
        f'<path id="silhouette" d="M 60 50 C 60 {50 + K} {50 + K} 60 50 60 C {50 - K} 60 40 '
        f'{50 + K} 40 50 C 40 {50 - K} {50 - K} 40 50 40 C {50 + K} 40 60 {50 - K} 60 50 Z"/>',
        id="cubic-bezier-path",
    ),
    pytest.param('<circle id="silhouette" cx="50" cy="50" r="10"/>', id="circle"),
    pytest.param('<ellipse id="silhouette" cx="50" cy="50" rx="10" ry="10"/>', id="ellipse"),
    pytest.param(
        '<path id="silhouette" d="M 60 50 A 10 10 0 0 1 40 50 A 10 10 0 0 1 60 50 Z"/>',
        id="arc-path",
    ),
    pytest.param(
        '<rect id="silhouette" x="40" y="40" width="20" height="20" rx="10" ry="10"/>',
        id="fully-rounded-rect",
    ),
]


@pytest.mark.parametrize("shape", ROUND_SHAPES)
def test_curves_are_flattened(tmp_path, shape):
    path = tmp_path / "round.svg"
    path.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
        f'{shape}<rect id="region-all" x="0" y="0" width="100" height="100"/></svg>',
        encoding="utf-8",
    )
    disc = load_diagram(path).silhouette
    assert disc.contains(50, 50)
    # (56, 56) is inside the circle but outside the diamond through the four segment ends,
    # so it is only inside if the curves were followed.
    assert disc.contains(56, 56)
    assert disc.contains(43, 44)
    assert not disc.contains(58, 58)  # 11.3 from the centre
    assert disc.area == pytest.approx(3.14159 * 100, rel=0.01)
    assert disc.bbox.width == pytest.approx(20, abs=0.05)


def test_quadratic_bezier_is_flattened(tmp_path):
    # A lens: the chord y = 50 from x 40 to 60 closed by a quadratic bulging down to y = 60.
    path = tmp_path / "lens.svg"
    path.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
        '<path id="silhouette" d="M 40 50 Q 50 70 60 50 Z"/>'
        '<rect id="region-all" x="0" y="0" width="100" height="100"/></svg>',
        encoding="utf-8",
    )
    lens = load_diagram(path).silhouette
    assert lens.contains(50, 59)  # the curve reaches y = 60 at x = 50
    assert not lens.contains(50, 61)
    assert lens.area == pytest.approx(2 / 3 * 20 * 10, rel=0.01)  # parabolic segment


# -- issue 8: the clinical fields every muscle must have --------------------------------


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        pytest.param(
            lambda s: s.replace('perpetuating_factors = ["Test perpetuating factor."]\n', ""),
            "muscles/beta.toml: perpetuating_factors: Field required",
            id="no-perpetuating-factor",
        ),
        pytest.param(
            lambda s: s.replace(
                '  { condition = "Test condition two", clue = "Another clue that tells it apart '
                '(test).", citations = [{ ref = "ref-one" }] },\n',
                "",
            ),
            "muscles/beta.toml: differentials: Tuple should have at least 2 items",
            id="one-differential",
        ),
        pytest.param(
            lambda s: s.replace(
                'cautions = [{ text = "A test caution about pressing here.", citations = '
                '[{ ref = "ref-one" }] }]\n',
                "cautions = []\n",
            ),
            "muscles/beta.toml: cautions: Tuple should have at least 1 item",
            id="no-caution",
        ),
        pytest.param(
            lambda s: s.replace(
                'no_stretch = "No stretch for the test muscle beta, for the tests."\n', ""
            ),
            "muscles/beta.toml: no_stretch: Value error, give stretches, or no_stretch",
            id="no-stretch-and-no-reason",
        ),
        pytest.param(
            lambda s: s.replace('ref = "ref-one" }] },\n]', 'ref = "nope" }] },\n]', 1),
            "muscles/beta.toml: differentials[1].citations: unknown reference 'nope'",
            id="differential-cites-unknown-reference",
        ),
    ],
)
def test_missing_clinical_fields_name_file_and_field(content_copy, edit, expected):
    beta = content_copy / "muscles" / "beta.toml"
    beta.write_text(edit(beta.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_library(content_copy)
    assert any(p.startswith(expected) for p in info.value.problems), info.value.problems


def test_every_bundled_muscle_has_its_clinical_fields():
    from app.content.load import load_atlas

    for m in load_atlas().library.muscles:
        assert len(m.differentials) >= 2, m.id
        assert m.perpetuating_factors, m.id
        assert m.cautions, m.id
        assert bool(m.stretches) != bool(m.no_stretch), m.id
