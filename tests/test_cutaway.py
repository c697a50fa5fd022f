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
