"""Plain words first: each candidate's summary (app/domain/answer.py), shown in the window
and printed by `triggermap lookup`, before its details."""

from __future__ import annotations

import re

import pytest

from app.content.load import load_atlas
from app.domain.answer import explains_words, plain_label, trigger_point_words, where_words
from app.domain.lookup import Atlas

ATLAS = load_atlas()


@pytest.mark.parametrize(
    ("name", "plain", "label"),
    [
        ("Gluteus minimus", "deepest buttock muscle", "Gluteus minimus (deepest buttock muscle)"),
        # A plain name that already starts with the name is not said twice.
        ("Piriformis", "piriformis (deep hip-rotator muscle)",
         "Piriformis (deep hip-rotator muscle)"),
        # Brackets never nest: the name's own goes (it is on the muscle's page), the plain
        # name's becomes a comma.
        (
            "Peroneus longus (fibularis longus)",
            "outer shin muscle (long)",
            "Peroneus longus (outer shin muscle, long)",
        ),
        ("Quadratus lumborum", "deep side-of-the-low-back muscle (QL)",
         "Quadratus lumborum (deep side-of-the-low-back muscle, QL)"),
        ("Alpha muscle", "", "Alpha muscle"),
    ],
)  # fmt: skip
def test_plain_label(name, plain, label):
    assert plain_label(name, plain) == label


def test_every_muscle_label_reads_without_nested_brackets():
    for m in ATLAS.library.muscles:
        label = plain_label(m.name, m.plain_name)
        assert label.count("(") == label.count(")") == 1, label
        assert label.endswith(")"), label
        assert "((" not in label


@pytest.mark.parametrize(
    ("pattern", "distance", "sides", "words"),
    [
        ("essential", 0.0, ("left",), "main pain area, left side"),
        ("spillover", 0.0, ("right",), "possible extra pain area, right side"),
        ("essential", 12.0, ("left",), "near its main pain area, left side"),
        ("spillover", 0.0, ("left", "right"), "possible extra pain area, both sides"),
    ],
)
def test_where_words(pattern, distance, sides, words):
    assert where_words(pattern, distance=distance, sides=sides) == words


@pytest.mark.parametrize("region", sorted(ATLAS.diagram.regions))
def test_every_summary_is_plain_and_the_details_keep_the_facts(region):
    """For every region, each candidate's first words name the muscle in plain words and
    say where the pain lies in its pattern without jargon; the details still say which
    trigger point and pattern."""
    for c in ATLAS.lookup_region(region).candidates:
        assert c.summary.startswith(f"{c.label}: ")
        assert re.search(r"(main|possible extra) pain area, (left|right|both) sides?$", c.summary)
        assert c.marks == 1
        assert not re.search(r"TP\d|zone|essential|spillover|Travell|\d(st|nd|rd|th) of", c.summary)
        assert ("essential zone" in c.reason) == (c.pattern == "essential")
        assert c.as_json()["summary"] == c.summary


def test_a_near_miss_reads_near_and_keeps_its_distance_in_the_details(mini_library, mini_diagram):
    # tests/test_lookup.py: (35, 82) misses alpha-lower's essential zone by 2.
    atlas = Atlas(mini_library, mini_diagram, tolerance=5.0)
    [alpha] = [c for c in atlas.lookup_point(35, 82).candidates if c.muscle == "alpha"]
    assert alpha.summary == "Alpha muscle (upper test muscle): near its main pain area, left side"
    assert alpha.reason.startswith("About 2 mm from the main pain area (essential zone)")


def test_a_muscle_that_explains_marks_on_both_legs_says_both_sides():
    left, right = (ATLAS.region_point(f"{s}-calf-lateral") for s in ("left", "right"))
    result = ATLAS.lookup_points([left, right])
    both = [c for c in result.candidates if c.explains == (0, 1)]
    assert both
    for c in both:
        assert set(c.sides) == {"left", "right"}
        assert c.summary.endswith(", both sides; explains both your marks")


def test_with_several_marks_the_summary_says_how_many_each_muscle_explains():
    points = [ATLAS.region_point(r) for r in ("left-buttock-lower", "left-calf-lateral")]
    points.append(ATLAS.region_point("right-heel"))
    for c in ATLAS.lookup_points(points).candidates:
        n = len(c.explains)
        words = f"explains {n} of your 3 marks" if 0 < n < 3 else "your marks"
        assert c.summary.endswith(words), c.summary


@pytest.mark.parametrize(
    ("explained", "marks", "words"),
    [
        (1, 1, ""),
        (2, 2, "; explains both your marks"),
        (3, 3, "; explains all 3 of your marks"),
        (1, 3, "; explains 1 of your 3 marks"),
        (0, 2, "; only touches your marks"),
    ],
)
def test_explains_words(explained, marks, words):
    assert explains_words(explained, marks) == words


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("TP2: outer head, upper calf", "trigger point TP2 (outer head, upper calf)"),
        ("Anterior (front) trigger points", "anterior (front) trigger points"),
        ("Upper alpha point", "upper alpha point"),
    ],
)
def test_trigger_point_words_in_the_details(name, words):
    assert trigger_point_words(name) == words


def test_without_candidates_the_heading_names_the_nearest_in_plain_words(mini_atlas):
    from app.domain.drawing import Drawing, Mark
    from app.ui import html

    # tests/test_lookup.py: (50, 12) is out of reach of every zone of the mini content.
    drawing = Drawing((Mark.spot(50, 12),))
    result = mini_atlas.lookup(drawing)
    heading = html.answer_heading(mini_atlas, drawing, result, ())
    assert heading == (
        "<b>Spine (middle of the back)</b>"
        "<br>No muscle in TriggerMap is known to send pain here."
        "<br>The nearest:"
        "<br>&bull; Alpha muscle (upper test muscle): its possible extra pain area is 7 mm away,"
        " left side"
        "<br>&bull; Beta muscle (lower test muscle): its possible extra pain area is 10 mm away,"
        " left side"
    )
