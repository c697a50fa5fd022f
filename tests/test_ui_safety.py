"""Warning signs in the answer and the yes/no check, as a user meets them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel

from app.content.load import load_atlas
from app.ui.main_window import MainWindow
from tests.conftest import open_window

ATLAS = load_atlas()


@pytest.fixture
def window(qtbot, state_dir: Path) -> MainWindow:
    return open_window(qtbot, state_dir, ATLAS)


def click_region(qtbot, w: MainWindow, region: str) -> None:
    x, y = ATLAS.region_point(region)
    w.view.centerOn(x, y)
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=w.view.mapFromScene(x, y))
    qtbot.waitUntil(lambda: not w.panels_pending)


def test_a_calf_mark_shows_the_clot_warning_and_a_heel_mark_the_achilles_one(qtbot, window):
    click_region(qtbot, window, "left-calf-upper")
    notes = window.candidates_panel.notes
    assert notes.isVisible()
    assert "a blood clot in the leg (a swollen, warm, red, painful calf)" in notes.text()
    assert "a torn Achilles tendon" not in notes.text()
    click_region(qtbot, window, "left-achilles")
    assert "a torn Achilles tendon" in notes.text()
    # A back mark brings the cauda equina warning; a mark outside the body adds none.
    window.drawing.clear()
    qtbot.waitUntil(lambda: not window.panels_pending)
    assert not notes.isVisible()
    click_region(qtbot, window, "left-lumbar")
    assert "numbness around the genitals or back passage" in notes.text()
    assert "a blood clot in the leg" not in notes.text()


def test_the_check_ends_in_emergency_advice_when_a_clot_sign_is_ticked(qtbot, window):
    click_region(qtbot, window, "left-calf-upper")
    window.candidates_panel.notes.linkActivated.emit("check:")
    dialog = window.warning_check
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    advice = dialog.findChild(QLabel, "advice")
    assert "self-care is reasonable" in advice.text()
    boxes = dialog.findChildren(QCheckBox)
    # The warnings for the marked place come first.
    assert boxes[0].objectName() == "warning-dvt-calf"
    # Tick with the keyboard, as far down the list as the box may be.
    fever = dialog.findChild(QCheckBox, "warning-fever-unwell")
    fever.setFocus()
    qtbot.keyClick(fever, Qt.Key.Key_Space)
    assert "See a doctor soon" in advice.text()
    qtbot.mouseClick(boxes[0], Qt.MouseButton.LeftButton)
    assert "Get emergency care now" in advice.text()
    dialog.close()


def test_the_check_is_in_the_help_menu_with_a_shortcut(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.warning_check is not None and window.warning_check.isVisible())
    window.warning_check.close()


def test_the_quality_box_sets_new_marks_and_is_saved(qtbot, window, state_dir):
    import json

    box = window.findChild(QComboBox, "quality")
    box.setCurrentIndex(box.findData("tingling"))
    click_region(qtbot, window, "left-calf-lateral")
    [mark] = window.drawing.marks
    assert mark.quality == "tingling"
    window.close()
    data = json.loads((state_dir / "session.json").read_text(encoding="utf-8"))
    assert data["marks"][0]["quality"] == "tingling"


def test_the_safety_page_lists_warnings_by_place_and_the_evidence(qtbot, window):
    window.show_learn("safety")
    text = window.detail.toPlainText()
    assert "Warning signs, by where it hurts" in text
    assert "How strong is the evidence?" in text


def test_tingling_in_the_outer_calf_brings_the_l5_look_alike_with_its_page(qtbot, window):
    box = window.findChild(QComboBox, "quality")
    box.setCurrentIndex(box.findData("tingling"))
    click_region(qtbot, window, "left-calf-lateral")
    notes = window.candidates_panel.notes
    assert "L5 nerve root" in notes.text()
    assert "burning, pins and needles or numb lie in its area" in notes.text()
    notes.linkActivated.emit("lookalike:l5")
    page = window.detail.toPlainText()
    assert page.startswith("L5 nerve root")
    assert "What a drawing cannot tell" in page


def test_k_outlines_the_look_alikes_and_takes_them_away_again(qtbot, window):
    def image():
        window.view.viewport().repaint()
        return window.view.viewport().grab().toImage()

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.view.setFocus()
    before = image()
    qtbot.keyClick(window.view, Qt.Key.Key_K)
    shown = image()
    assert shown != before
    qtbot.keyClick(window.view, Qt.Key.Key_K)
    assert image() == before


def test_the_report_has_the_marks_qualities_the_warnings_and_the_evidence(qtbot, window):
    from app.ui.report import report_html

    box = window.findChild(QComboBox, "quality")
    box.setCurrentIndex(box.findData("numb"))
    click_region(qtbot, window, "left-calf-upper")
    text = report_html(window.controller)
    assert "Left upper calf (spot), pain 5 of 10, numb" in text
    assert "a blood clot in the leg (a swollen, warm, red, painful calf)" in text
    assert "How strong is the evidence?" in text
    assert "Could also be something else" in text  # the shown muscle's differentials
