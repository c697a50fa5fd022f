"""View → Cut away superficial muscles (Shift+D): the patient's right side shows its deep
muscles as a dissection does, the left side and everything else stay as they were."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.content.load import load_atlas
from app.domain.figure import FEMALE
from app.domain.lookup import Atlas
from app.ui.main_window import MainWindow
from tests.conftest import open_active_window

ATLAS: Atlas = load_atlas()


@pytest.fixture
def window(qtbot, state_dir: Path) -> MainWindow:
    w = open_active_window(qtbot, state_dir, ATLAS)
    w.view.fit_to_window()
    w.view.zoom_by(2.0)
    return w


def _grab(w: MainWindow) -> QImage:
    w.view.viewport().repaint()
    return w.view.viewport().grab().toImage()


def _patch(w: MainWindow, image: QImage, x: float, y: float) -> list[int]:
    """The 9x9 pixels around where the window draws the reference point (x, y)."""
    c = w.view.mapFromScene(w.scene.at(x, y))
    r = image.devicePixelRatio()
    return [
        image.pixel(round((c.x() + dx) * r), round((c.y() + dy) * r))
        for dx in range(-4, 5)
        for dy in range(-4, 5)
    ]


def _right_deep_point() -> tuple[float, float]:
    """A point on the right gluteus minimus (under gluteus maximus and medius)."""
    shape = ATLAS.diagram.muscles[("right", "gluteus-minimus")]
    b = shape.bbox
    x, y = (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2
    assert shape.contains(x, y)
    return x, y


def _press(qtbot, w: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or w, key, modifier)


def _cutaway_action(w: MainWindow):  # noqa: ANN202 (test helper)
    view_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&View")
    return next(a for a in view_menu.actions() if a.text().startswith("Cut away"))


def test_shift_d_shows_the_right_sides_deep_muscles_and_says_so(qtbot, window):
    w = window
    x, y = _right_deep_point()
    w.view.centerOn(w.scene.at(300, y))
    before = _grab(w)
    _press(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ShiftModifier)
    assert _cutaway_action(w).isChecked()
    assert "Right side: the deep muscles, the superficial ones cut away." in w.orientation.text()
    after = _grab(w)
    assert _patch(w, before, x, y) != _patch(w, after, x, y)
    # The patient's left side is as it was.
    assert _patch(w, before, 600 - x, y) == _patch(w, after, 600 - x, y)
    _press(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ShiftModifier)
    assert not _cutaway_action(w).isChecked()
    assert "cut away" not in w.orientation.text()
    assert _patch(w, _grab(w), x, y) == _patch(w, before, x, y)


@pytest.mark.parametrize(
    ("x", "y"),
    [(400.0, 500.0), (520.0, 1050.0)],
    ids=["right-thigh", "right-sole-inset"],
)
def test_the_thigh_and_the_sole_inset_are_not_cut(qtbot, window, x, y):
    w = window
    w.view.centerOn(w.scene.at(x, y))
    before = _grab(w)
    w.set_cutaway(True)
    assert _patch(w, before, x, y) == _patch(w, _grab(w), x, y)


def test_the_cut_away_follows_the_female_figure_and_changes_no_answer(qtbot, window):
    w = window
    w.controller.set_figure(FEMALE)
    x, y = _right_deep_point()
    w.view.centerOn(w.scene.at(x, y))
    pos = w.view.mapFromScene(w.scene.at(x, y))
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: not w.panels_pending)
    answer = [c.muscle for c in w.candidates]
    before = _grab(w)
    w.set_cutaway(True)
    assert _patch(w, before, x, y + 20) != _patch(w, _grab(w), x, y + 20)
    assert [c.muscle for c in w.candidates] == answer
    assert w.scene.figure is FEMALE


def _rgb(patch: list[int]) -> tuple[float, float, float]:
    """The mean colour of a patch of pixels."""
    n = len(patch)
    return (
        sum((p >> 16) & 255 for p in patch) / n,
        sum((p >> 8) & 255 for p in patch) / n,
        sum(p & 255 for p in patch) / n,
    )


def _distance(a: list[int], b: list[int]) -> float:
    """How far apart two patches' mean colours are (the largest channel difference)."""
    return max(abs(u - v) for u, v in zip(_rgb(a), _rgb(b), strict=True))


def _inside(muscle: str, y: float) -> tuple[float, float]:
    """The middle of the right ``muscle`` across the height ``y``."""
    shape = ATLAS.diagram.muscles[("right", muscle)]
    xs = [x / 2 for x in range(600, 1000) if shape.contains(x / 2, y)]
    assert xs, f"{muscle} does not reach y {y}"
    return (xs[0] + xs[-1]) / 2, y


@pytest.mark.parametrize(
    ("muscle", "y"),
    [("semitendinosus-semimembranosus", 348.0), ("biceps-femoris", 356.0)],
    ids=["semitendinosus-origin", "biceps-origin"],
)
def test_the_hamstrings_keep_their_origin_on_the_ischial_tuberosity(qtbot, window, muscle, y):
    """The cut follows gluteus maximus: the hamstrings just below the tuberosity are drawn
    as they were (a cut ruled across the thigh at y 395 took their top off)."""
    w = window
    x, y = _inside(muscle, y)
    w.view.centerOn(w.scene.at(x, y))
    before = _grab(w)
    w.set_cutaway(True)
    assert _distance(_patch(w, before, x, y), _patch(w, _grab(w), x, y)) < 3


def test_the_hamstring_tendons_reach_their_insertions_over_the_cut_calf(qtbot, window):
    """Gastrocnemius is cut away under the biceps tendon, which stays drawn; beside it,
    where gastrocnemius lay on the deep calf, the picture changes."""
    w = window
    tendon = _inside("biceps-femoris", 690.0)
    calf = _inside("gastrocnemius", 740.0)
    w.view.centerOn(w.scene.at(tendon[0], 715.0))
    before = _grab(w)
    w.set_cutaway(True)
    after = _grab(w)
    kept = _distance(_patch(w, before, *tendon), _patch(w, after, *tendon))
    cut = _distance(_patch(w, before, *calf), _patch(w, after, *calf))
    assert kept < 2
    assert cut > 4


def _yellow(patch: list[int]) -> float:
    """How yellow a patch is: green over blue (skin and muscle are pink: red over both)."""
    _, g, b = _rgb(patch)
    return g - b


def test_the_sciatic_nerve_shows_only_on_the_cut_away_side(qtbot, window):
    """Below piriformis, on quadratus femoris, midway between the ischial tuberosity and
    the greater trochanter: a pale yellow band with the cut-away on, nothing without."""
    w = window
    x, y = 600 - 220.0, 300.0  # the right side (the source's left, mirrored)
    beside = 600 - 236.0, 318.0  # quadratus femoris, medial to the nerve
    assert ATLAS.diagram.muscles[("right", "quadratus-femoris")].contains(*beside)
    w.view.centerOn(w.scene.at(x, y))
    off = _grab(w)
    w.set_cutaway(True)
    on = _grab(w)
    assert _yellow(_patch(w, on, x, y)) > _yellow(_patch(w, off, x, y)) + 4
    assert _yellow(_patch(w, on, x, y)) > _yellow(_patch(w, on, *beside)) + 4
    # the other side, seen whole, has none
    assert _patch(w, off, 600 - x, y) == _patch(w, on, 600 - x, y)


def _pink(patch: list[int]) -> float:
    r, _, b = _rgb(patch)
    return r - b


def test_coccygeus_stays_dashed_on_the_cut_away_side(qtbot, window):
    """It lies on the pelvic surface of the sacrospinous ligament, covered from behind:
    the cut-away leaves it pale and dashed, not painted solid as levator ani below it."""
    w = window
    muscles = ATLAS.diagram.muscles
    coccygeus = 600 - 262.0, 247.0
    levator = _inside("levator-ani", 290.0)
    assert muscles[("right", "coccygeus")].contains(*coccygeus)
    assert not muscles[("right", "levator-ani")].contains(*coccygeus)
    w.view.centerOn(w.scene.at(coccygeus[0], 265.0))
    w.set_cutaway(True)
    on = _grab(w)
    assert _pink(_patch(w, on, *coccygeus)) < _pink(_patch(w, on, *levator)) - 4


def _luminance(image: QImage, w: MainWindow, x: float, y: float) -> float:
    """The mean grey of the 3x3 pixels where the window draws the muscle point (x, y)."""
    c = w.view.mapFromScene(w.scene.tissue_at(x, y))
    r = image.devicePixelRatio()
    values = [
        image.pixelColor(round((c.x() + dx) * r), round((c.y() + dy) * r)).lightnessF()
        for dx in (-1, 0, 1)
        for dy in (-1, 0, 1)
    ]
    return 255 * sum(values) / len(values)


def _zoom_on(w: MainWindow, x0: float, y0: float, x1: float, y1: float) -> None:
    w.view.show_rect(w.scene.rect_of(x0, y0, x1, y1), margin=1.05, most=8.0)


@pytest.mark.parametrize("y", [20.0, 60.0, 90.0])
def test_quadratus_lumborum_shows_whole_with_its_lateral_border(qtbot, window, y):
    """The fascia over quadratus lumborum lateral to the erectors is cut away too: its
    oblique lateral border is drawn on the cut side (a line darker than the muscle medial
    to it and the bed lateral to it), not clipped off by the erectors' outline."""
    w = window
    shape = ATLAS.diagram.muscles[("right", "quadratus-lumborum")]
    xs = [x / 4 for x in range(1200, 2000) if shape.contains(x / 4, y)]
    border = xs[-1]
    w.set_cutaway(True)
    _zoom_on(w, border - 40, y - 40, border + 40, y + 40)
    image = _grab(w)
    line = min(_luminance(image, w, border + dx / 4, y) for dx in range(-6, 7))
    medial = _luminance(image, w, border - 5, y)
    lateral = _luminance(image, w, border + 5, y)
    assert line < medial - 6
    assert line < lateral - 6


@pytest.mark.parametrize(
    ("x", "y"),
    [(445.5, 248.8), (419.5, 287.0), (348.0, 318.4)],
    ids=["greater-trochanter", "femur-by-the-intertrochanteric-crest", "ischial-tuberosity"],
)
def test_the_bone_the_cut_lays_bare_is_drawn_solid(qtbot, window, x, y):
    """With gluteus maximus cut away, the greater trochanter, the femur lateral to
    quadratus femoris' insertion and the ischial tuberosity are bare: painted in ivory
    bone tone (light, hardly pink), not left in the bed's pink with ghost outlines."""
    w = window
    near = (
        "quadratus-femoris",
        "gemelli",
        "obturator-internus",
        "piriformis",
        "biceps-femoris",
        "semitendinosus-semimembranosus",
        "vastus-lateralis",
    )
    assert not any(ATLAS.diagram.muscles[("right", m)].contains(x, y) for m in near)
    w.view.centerOn(w.scene.at(x, y))
    w.set_cutaway(True)
    r, g, b = _rgb(_patch(w, _grab(w), x, y))
    assert g >= 228
    assert r - b <= 21


def _middle_at_x(shape, x: float) -> tuple[float, float]:
    """The middle of a shape across the vertical line at ``x``."""
    ys = [y / 2 for y in range(400, 800) if shape.contains(x, y / 2)]
    assert ys, f"nothing at x {x}"
    return x, (ys[0] + ys[-1]) / 2


@pytest.mark.parametrize("cutaway", [False, True], ids=["normal", "cut-away"])
def test_selected_obturator_internus_is_lighter_where_a_back_view_cannot_see_it(
    qtbot, window, cutaway
):
    """Its belly lies inside the pelvis, hidden by the ischium; only its tendon, between
    the gemelli, is seen from behind. Selected, the belly is washed lighter than the
    tendon, on both sides."""
    w = window
    w.set_cutaway(cutaway)
    for side in ("left", "right"):
        shape = ATLAS.diagram.muscles[(side, "obturator-internus")]
        mirror = (lambda x: x) if side == "left" else (lambda x: 600 - x)
        tendon = _middle_at_x(shape, mirror(200.0))
        belly = _middle_at_x(shape, mirror(252.0))
        w.view.centerOn(w.scene.at(mirror(230.0), 290.0))
        before = _grab(w)
        w.show_selection("obturator-internus")
        qtbot.waitUntil(lambda: w.selected_muscle == "obturator-internus")
        after = _grab(w)
        # how much the selection darkens each (the art under them differs)
        wash_tendon = _luminance(before, w, *tendon) - _luminance(after, w, *tendon)
        wash_belly = _luminance(before, w, *belly) - _luminance(after, w, *belly)
        assert wash_tendon > 20
        assert wash_belly < wash_tendon / 2
        w.show_selection(None)
        qtbot.waitUntil(lambda: w.selected_muscle is None)


@pytest.mark.parametrize(
    ("x", "y"),
    [(600 - 237.6, 620.0), (600 - 218.0, 632.0)],
    ids=["tibial-nerve-mid-fossa", "common-fibular-nerve-by-biceps"],
)
def test_the_nerves_of_the_popliteal_fossa_show_on_the_cut_away_side(qtbot, window, x, y):
    """With the fat of the popliteal fossa removed: the tibial nerve down its middle and
    the common fibular nerve along the medial border of biceps femoris, pale yellow as
    the sciatic nerve; the normal view shows neither."""
    w = window
    _zoom_on(w, x - 30, y - 30, x + 30, y + 30)
    off = _grab(w)
    w.set_cutaway(True)
    on = _grab(w)
    near = _patch(w, on, x, y)
    assert _yellow(near) > _yellow(_patch(w, off, x, y)) + 4
    assert _yellow(near) > _yellow(_patch(w, on, x + 8, y)) + 4
