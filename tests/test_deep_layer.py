"""View > Show deep muscles (D): off at start, so the drawing is the superficial plate;
D shows the deep layer, and the choice is remembered in the next window. The selected
muscle is outlined whether the layer is shown or not."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.content.load import load_atlas
from app.domain.lookup import Atlas
from app.ui import style
from app.ui.main_window import MainWindow
from tests.conftest import open_active_window

ATLAS: Atlas = load_atlas()


def _open(qtbot, state: Path, centre: tuple[float, float]) -> MainWindow:
    w = open_active_window(qtbot, state, ATLAS)
    w.view.fit_to_window()
    w.view.zoom_by(3.0)
    w.view.centerOn(w.scene.at(*centre))
    return w


def _centre(muscle: str) -> tuple[float, float]:
    b = ATLAS.diagram.muscles[("left", muscle)].bbox
    return (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2


def _box(w: MainWindow, muscle: str) -> QImage:
    """The pixels of the window's drawing round the left ``muscle`` (its outline)."""
    b = ATLAS.diagram.muscles[("left", muscle)].bbox
    top_left = w.view.mapFromScene(w.scene.at(b.x0 - 3, b.y0 - 3))
    bottom_right = w.view.mapFromScene(w.scene.at(b.x1 + 3, b.y1 + 3))
    w.view.viewport().repaint()
    image = w.view.viewport().grab().toImage()
    r = image.devicePixelRatio()
    rect = QRect(top_left * r, bottom_right * r)
    assert image.rect().contains(rect)
    return image.copy(rect)


def _deep_action(w: MainWindow):  # noqa: ANN202 (test helper)
    view_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&View")
    return next(a for a in view_menu.actions() if a.text() == "Show deep muscles")


def _press_d(qtbot, w: MainWindow) -> None:
    qtbot.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_D)


def test_the_deep_layer_is_off_at_start_d_shows_it_and_it_is_remembered(qtbot, state_dir):
    w = _open(qtbot, state_dir, _centre("piriformis"))
    assert not _deep_action(w).isChecked()
    start = _box(w, "piriformis")
    _press_d(qtbot, w)
    assert _deep_action(w).isChecked()
    shown = _box(w, "piriformis")
    assert shown != start  # the dashed piriformis outline under gluteus maximus
    _press_d(qtbot, w)
    assert _box(w, "piriformis") == start  # off again: as at start, no deep outline
    _press_d(qtbot, w)
    w.close()

    again = _open(qtbot, state_dir, _centre("piriformis"))
    assert _deep_action(again).isChecked()
    assert _box(again, "piriformis") == shown
    _press_d(qtbot, again)
    again.close()
    assert not _deep_action(_open(qtbot, state_dir, (300, 200))).isChecked()


def _outlined(w: MainWindow, muscle: str) -> float:
    """The share of the left ``muscle``'s outline points with the selected muscle's dark
    red outline within two pixels."""
    w.view.viewport().repaint()
    image = w.view.viewport().grab().toImage()
    r = image.devicePixelRatio()
    red = style.SELECTED_OUTLINE
    ring = ATLAS.diagram.muscles[("left", muscle)].rings[0][::8]
    hits = 0
    for x, y in ring:
        c = w.view.mapFromScene(w.scene.at(x, y))
        near = [
            image.pixelColor(round((c.x() + dx) * r), round((c.y() + dy) * r))
            for dx in range(-2, 3)
            for dy in range(-2, 3)
        ]
        hits += any(
            abs(p.red() - red.red()) + abs(p.green() - red.green()) + abs(p.blue() - red.blue())
            < 60
            for p in near
        )
    return hits / len(ring)


@pytest.mark.parametrize("muscle", ["piriformis", "soleus"])
def test_the_selected_muscle_is_outlined_with_the_deep_layer_off(qtbot, state_dir, muscle):
    w = _open(qtbot, state_dir, _centre(muscle))
    w.view.zoom_by(0.5)  # the whole muscle in view
    w.view.centerOn(w.scene.at(*_centre(muscle)))
    assert _outlined(w, muscle) < 0.1
    w.show_selection(muscle)
    qtbot.waitUntil(lambda: w.selected_muscle == muscle)
    assert _outlined(w, muscle) > 0.8


def test_d_while_zoomed_repaints_what_was_cached(qtbot, state_dir):
    """Zoomed in, the drawing is cached as a raster; D must show the deep outline on the
    part of the drawing that was cached before it was pressed, too."""
    w = _open(qtbot, state_dir, _centre("piriformis"))
    start = _box(w, "piriformis")
    w.close()
    w = _open(qtbot, state_dir, _centre("gluteus-minimus"))
    w.view.viewport().repaint()  # cached round gluteus minimus, the deep layer off
    w.view.centerOn(w.scene.at(*_centre("piriformis")))
    _press_d(qtbot, w)
    assert _box(w, "piriformis") != start
    _press_d(qtbot, w)
    w.close()
