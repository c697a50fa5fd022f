"""Arrow keys from region to region (app.domain.navigation), without Qt."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain.navigation import next_region

GRID = {
    "left-upper": (0.0, 0.0),
    "right-upper": (10.0, 0.0),
    "left-lower": (0.0, 10.0),
    "right-lower": (10.0, 10.0),
    "left-foot": (1.0, 20.0),
}


def test_each_arrow_goes_to_the_neighbour_that_way():
    here = GRID["left-upper"]
    assert next_region(GRID, here, (1, 0), current="left-upper") == "right-upper"
    assert next_region(GRID, here, (0, 1), current="left-upper") == "left-lower"
    assert next_region(GRID, GRID["left-lower"], (0, 1), current="left-lower") == "left-foot"
    assert next_region(GRID, GRID["right-lower"], (-1, 0), current="right-lower") == "left-lower"


def test_nothing_that_way_stays_put():
    assert next_region(GRID, GRID["left-upper"], (-1, 0), current="left-upper") is None
    assert next_region(GRID, GRID["left-upper"], (0, -1), current="left-upper") is None


def test_straight_ahead_beats_a_nearer_region_off_to_the_side():
    points = {"side": (3.0, 2.0), "ahead": (0.0, 5.0)}
    assert next_region(points, (0.0, 0.0), (0, 1)) == "ahead"


coords = st.floats(-100, 100, allow_nan=False)


@given(
    st.dictionaries(st.text("abc", min_size=1, max_size=3), st.tuples(coords, coords)),
    st.tuples(coords, coords),
    st.sampled_from([(1, 0), (-1, 0), (0, 1), (0, -1)]),
)
def test_the_answer_always_lies_ahead(points, here, direction):
    found = next_region(points, here, direction)
    if found is not None:
        x, y = points[found]
        assert (x - here[0]) * direction[0] + (y - here[1]) * direction[1] > 0
    else:
        assert all(
            (x - here[0]) * direction[0] + (y - here[1]) * direction[1] <= 1e-9
            or abs((x - here[0]) * direction[1] - (y - here[1]) * direction[0])
            > 2 * ((x - here[0]) * direction[0] + (y - here[1]) * direction[1])
            for x, y in points.values()
        )
