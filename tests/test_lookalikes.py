"""Nerve-root and joint look-alikes on the bundled drawing (app/domain/lookalikes.py)."""

from __future__ import annotations

from app.content.load import load_atlas
from app.domain.drawing import Drawing, Mark
from app.domain.lookalikes import LOOKALIKE_MIN

ATLAS = load_atlas()


def spot(region: str, **kw) -> Mark:
    return Mark.spot(*ATLAS.region_point(region), **kw)


def roots(*marks: Mark) -> list[tuple[str, bool]]:
    result = ATLAS.lookup(Drawing(marks))
    return [(f.lookalike.id, f.nerve_like) for f in result.lookalikes]


def test_every_look_alike_is_drawn_on_both_sides():
    for la in ATLAS.library.lookalikes:
        for side in ("left", "right"):
            assert (side, la.id) in ATLAS.diagram.lookalikes, (side, la.id)


def test_the_classic_s1_drawing_fits_s1():
    got = roots(spot("left-thigh-posterior-upper"), spot("left-calf-upper"), spot("left-heel"))
    assert ("s1", False) in got


def test_a_tingling_mark_brings_its_root_first_and_says_so():
    assert roots(spot("left-calf-lateral", quality="tingling"))[0] == ("l5", True)
    # The same place, aching: still a possibility (it lies inside L5), not nerve-like.
    assert ("l5", False) in roots(spot("left-calf-lateral", quality="aching"))


def test_a_drawing_mostly_outside_a_root_does_not_fit_it():
    # Lower back only: no nerve-root area there.
    assert roots(spot("left-lumbar"), spot("right-lumbar")) == []
    # A third in L5 (outer calf), two thirds out (lower back): below LOOKALIKE_MIN.
    assert LOOKALIKE_MIN == 0.5
    got = roots(spot("left-calf-lateral"), spot("left-lumbar"), spot("right-lumbar"))
    assert ("l5", False) not in got


def test_the_sacroiliac_joint_fits_a_spot_just_below_the_psis():
    area = ATLAS.diagram.lookalikes[("left", "sacroiliac")]
    x, y = area.interior_point()
    result = ATLAS.lookup(Drawing((Mark.spot(x, y),)))
    assert "sacroiliac" in result.as_json()["joints"]
