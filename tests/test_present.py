"""Presenting (issue 10, item 1): F11 and View → Present, N/P, the chosen muscles, Esc."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QListWidget

from app.cli import main as cli_main
from app.content.load import load_atlas
from app.ui.main_window import MainWindow
from tests.conftest import open_active_window, open_window

ATLAS = load_atlas()


@pytest.fixture
def window(qtbot, state_dir: Path) -> MainWindow:
    return open_active_window(qtbot, state_dir, ATLAS)


def click_region(qtbot, w: MainWindow, region: str) -> None:
    pos = w.view.mapFromScene(*ATLAS.diagram.region_point(region))
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: not w.panels_pending)


def key(qtbot, w: MainWindow, k: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or w, k)


def chrome_shown(w: MainWindow) -> dict[str, bool]:
    return {
        "left panel": w.left.isVisible(),
        "right panel": w.right.isVisible(),
        "toolbar": w.toolbars()[0].isVisible(),
        "menu bar": w.menuBar().isVisible(),
        "banner": w.banner.isVisible(),
        "status bar": w.statusBar().isVisible(),
    }


def test_f11_presents_and_escape_puts_the_window_back(qtbot, window):
    w = window
    click_region(qtbot, w, "left-calf-lateral")
    w.splitter.setSizes([250, 700, 250])
    sizes, geometry, zoomed = w.splitter.sizes(), w.geometry(), w.view.zoom()
    assert all(chrome_shown(w).values())
    caption = w.findChild(type(w.left), "presentCaption")
    assert caption is not None
    assert not caption.isVisible()

    key(qtbot, w, Qt.Key.Key_F11)
    assert not any(chrome_shown(w).values()), chrome_shown(w)
    assert caption.isVisible()
    assert w.isFullScreen()
    assert w.presenter.title.text().startswith(w.candidates[0].name + " — ")
    # The drawing has the whole window: the view is nearly as wide as it.
    qtbot.waitUntil(lambda: w.view.width() > 0.9 * w.width())

    key(qtbot, w, Qt.Key.Key_Escape)
    assert all(chrome_shown(w).values()), chrome_shown(w)
    assert not caption.isVisible()
    assert not w.isFullScreen()
    qtbot.waitUntil(lambda: w.geometry() == geometry)
    assert w.splitter.sizes() == sizes
    assert w.view.zoom() == pytest.approx(zoomed, rel=1e-3)


def test_escape_leaves_a_zoomed_view_as_it_was(qtbot, window):
    w = window
    w.view.setFocus()
    for _ in range(3):
        key(qtbot, w, Qt.Key.Key_Plus)
    centre = w.view.mapToScene(w.view.viewport().rect().center())
    zoomed = w.view.zoom()
    w.presenter.present_action.trigger()  # View → Present
    assert w.view.zoom() == pytest.approx(1.0, rel=1e-3)  # the drawing fills the screen
    key(qtbot, w, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not w.isFullScreen())
    assert w.view.zoom() == pytest.approx(zoomed, rel=1e-3)
    after = w.view.mapToScene(w.view.viewport().rect().center())
    assert abs(after.x() - centre.x()) < 2
    assert abs(after.y() - centre.y()) < 2


def test_n_and_p_step_the_caption_and_the_pattern_through_the_candidates(qtbot, window):
    w = window
    click_region(qtbot, w, "left-buttock-upper")
    names = [c.name for c in w.candidates]
    assert len(names) >= 3
    key(qtbot, w, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not w.panels_pending)

    def picture() -> QImage:
        w.view.viewport().repaint()
        return w.view.viewport().grab().toImage()

    first, before = w.presenter.title.text(), picture()
    assert first.startswith(names[0])
    assert w.presenter.detail.text().startswith(f"Candidate 1 of {len(names)}")
    key(qtbot, w, Qt.Key.Key_N)
    assert w.presenter.title.text().startswith(names[1])
    assert w.presenter.detail.text().startswith(f"Candidate 2 of {len(names)}")
    assert picture() != before  # another pattern is highlighted
    key(qtbot, w, Qt.Key.Key_P)
    key(qtbot, w, Qt.Key.Key_P)  # wraps round to the last
    assert w.presenter.title.text().startswith(names[-1])
    key(qtbot, w, Qt.Key.Key_N)
    assert w.presenter.title.text() == first
    assert picture() == before
    # The answer's list followed, hidden as it was.
    key(qtbot, w, Qt.Key.Key_Escape)
    assert w.candidates_panel.list.currentRow() == 0


def choose(qtbot, w: MainWindow, names: list[str]) -> None:
    """View → Muscles to present…: tick these (keyboard: a row, then Space), then OK."""
    action = next(a for a in w.actions() if a.text() == "Muscles to present…")
    action.trigger()
    dialog = w.findChild(QDialog, "presentMuscles")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    rows = dialog.findChild(QListWidget)
    for name in names:
        item = rows.findItems(name + " (", Qt.MatchFlag.MatchStartsWith)[0]
        rows.setCurrentItem(item)
        rows.setFocus()
        qtbot.keyClick(rows, Qt.Key.Key_Space)
        assert item.checkState() == Qt.CheckState.Checked
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.findChild(QDialog, "presentMuscles") is None)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)


def test_chosen_muscles_are_stepped_through_and_remembered(qtbot, window, state_dir):
    w = window
    click_region(qtbot, w, "left-calf-lateral")
    choose(qtbot, w, ["Piriformis", "Gluteus minimus"])
    w.show_muscle("soleus")
    key(qtbot, w, Qt.Key.Key_F11)
    # The first chosen muscle, in the dialog's (alphabetical) order.
    assert w.presenter.title.text().startswith("Gluteus minimus — ")
    assert w.presenter.detail.text() == "Muscle 1 of 2"
    key(qtbot, w, Qt.Key.Key_N)
    assert w.presenter.title.text().startswith("Piriformis — ")
    assert w.presenter.detail.text() == "Muscle 2 of 2"
    key(qtbot, w, Qt.Key.Key_N)
    assert w.presenter.title.text().startswith("Gluteus minimus — ")
    key(qtbot, w, Qt.Key.Key_Escape)
    # Outside presenting, N/P keep to the answer.
    key(qtbot, w, Qt.Key.Key_N)
    assert w.selected_muscle == w.candidates[1].muscle
    w.close()

    again = open_window(qtbot, state_dir, ATLAS)
    again.presenter.choose_muscles()
    dialog = again.findChild(QDialog, "presentMuscles")
    rows = dialog.findChild(QListWidget)
    ticked = [
        rows.item(i).text().split(" (")[0]
        for i in range(rows.count())
        if rows.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert ticked == ["Gluteus minimus", "Piriformis"]
    dialog.reject()


def test_presenting_draws_marks_and_labels_larger_when_the_drawing_grows(qtbot, window):
    w = window
    click_region(qtbot, w, "left-calf-lateral")
    w.resize(900, 500)
    qtbot.waitUntil(lambda: w.view.height() < 400)
    label = w.scene.labels[0]

    def on_screen_height() -> float:
        box = label.line_boxes()[0]
        return label.deviceTransform(w.view.viewportTransform()).mapRect(box).height()

    small = on_screen_height()
    w.presenter.enter(full_screen=False)
    w.resize(900, 900)  # the screen the presentation fills
    qtbot.waitUntil(lambda: w.view.height() > 700)
    assert on_screen_height() > 1.4 * small
    w.presenter.leave()
    assert on_screen_height() == pytest.approx(small)


def test_screenshot_in_the_presentation_view(tmp_path):
    normal, shown = tmp_path / "normal.png", tmp_path / "present.png"
    args = ["--region", "left-calf-lateral", "--size", "1000x700"]
    assert cli_main(["screenshot", str(normal), *args]) == 0
    assert cli_main(["screenshot", str(shown), *args, "--present"]) == 0
    a, b = QImage(str(normal)), QImage(str(shown))
    assert (b.width(), b.height()) == (1000, 700)
    # Where the left panel was, the presentation shows the drawing's empty canvas.
    at = QPoint(40, 500)
    canvas = b.pixelColor(at)
    assert canvas.lightness() > 240
    assert a.pixelColor(at) != canvas


# ---- stepping and the caption without widgets ------------------------------------------


def test_the_controller_steps_through_candidates_or_a_list(qapp, tmp_path):
    from app.ui.controller import AppController
    from app.ui.present_state import caption

    c = AppController(tmp_path)
    c.attach(ATLAS)
    c.step(1)  # no answer yet: nothing to step through
    assert c.selection.muscle is None
    c.drawing.add_spot(*ATLAS.region_point("left-buttock-upper"))
    rows = [x.muscle for x in c.answer.shown]
    c.step(1)
    assert c.selection.muscle == rows[1]
    assert c.selection.sides == (c.answer.shown[1].sides or (c.answer.shown[1].side,))
    c.step(-1)
    c.step(-1)
    assert c.selection.muscle == rows[-1]
    through = ("soleus", "piriformis")
    c.step(1, through=through)
    assert c.selection.muscle == "soleus"
    c.step(1, through=through)
    text = caption(ATLAS.library, c.selection, c.answer, through)
    assert text.title.startswith("Piriformis — ")
    assert text.title.endswith("both sides")
    assert text.detail == "Muscle 2 of 2"
    c.select("piriformis", trigger_point="piriformis-medial")
    tp = ATLAS.library.muscle("piriformis").trigger_points
    name = next(t.name for t in tp if t.id == "piriformis-medial")
    assert caption(ATLAS.library, c.selection, c.answer).title.startswith(f"Piriformis — {name}: ")


def test_presenting_zooms_to_the_shown_pattern(qtbot, window):
    """A therapist presents a pattern: the pattern, not the whole body, fills the drawing
    (at fit, the whole figure leaves a small pattern a small patch)."""
    w = window
    click_region(qtbot, w, "left-heel")
    key(qtbot, w, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not w.panels_pending)
    s = w.controller.selection
    assert s.muscle is not None
    tps = {tp.id for tp in w.lib.muscle(s.muscle).trigger_points}
    dia = w.atlas.diagram
    boxes = [a.bbox for k, a in dia.zones.items() if k.trigger_point in tps and k.side in s.sides]
    assert boxes
    top = w.view.mapFromScene(QPointF(min(b.x0 for b in boxes), min(b.y0 for b in boxes)))
    end = w.view.mapFromScene(QPointF(max(b.x1 for b in boxes), max(b.y1 for b in boxes)))
    vp = w.view.viewport().rect()
    share = max((end.x() - top.x()) / vp.width(), (end.y() - top.y()) / vp.height())
    assert share > 0.5  # the pattern fills much of the drawing...
    assert vp.contains(top)  # ... and all of it is in view
    assert vp.contains(end)
    key(qtbot, w, Qt.Key.Key_Escape)


def test_the_caption_says_both_for_two_trigger_points_and_all_for_more(qtbot, window):
    """Plain words: 'both trigger points', not 'all 2 trigger points'."""
    w = window
    w.controller.select("gluteus-minimus")  # two trigger points
    key(qtbot, w, Qt.Key.Key_F11)
    assert "both trigger points" in w.presenter.title.text()
    w.controller.select("gastrocnemius")  # four
    assert "all 4 trigger points" in w.presenter.title.text()
    key(qtbot, w, Qt.Key.Key_Escape)
