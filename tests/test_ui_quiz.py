"""The quiz as a student uses it: the three kinds of question answered with real clicks,
strokes and keys; the pain drawing left alone; the scores kept in quiz.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.content.load import load_atlas
from app.domain.quiz import essential_zones
from app.ui.main_window import MainWindow
from tests.conftest import open_window
from tests.test_quiz import rows_inside
from tests.test_ui_navigation import click_tab, settle

ATLAS = load_atlas()
DIAGRAM = ATLAS.diagram


@pytest.fixture
def window(qtbot, state_dir: Path) -> MainWindow:
    w = open_window(qtbot, state_dir, ATLAS)
    settle(qtbot, w)
    return w


def press(qtbot, w: MainWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    # Window shortcuts answer only in the active window, as for a person at the keyboard.
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    qtbot.keyClick(QApplication.focusWidget() or w, key, modifier)
    settle(qtbot, w)


def choose(qtbot, w: MainWindow, mode: str) -> None:
    """Open the Quiz tab and click the kind of question."""
    click_tab(qtbot, w, "Quiz")
    radio = w.quiz_panel.mode_buttons[mode]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    settle(qtbot, w)
    assert w.question is not None
    assert w.question.mode == mode


def on_screen(w: MainWindow, x: float, y: float) -> QPoint:
    return w.view.mapFromScene(x, y)


def click_at(qtbot, w: MainWindow, x: float, y: float) -> None:
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=on_screen(w, x, y))
    settle(qtbot, w)


def stroke(qtbot, w: MainWindow, points: list[tuple[float, float]]) -> None:
    """Shift-drag through ``points`` (document coordinates): paints with any tool."""
    vp = w.view.viewport()
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, shift, on_screen(w, *points[0]))
    for p in points[1:]:
        qtbot.mouseMove(vp, on_screen(w, *p))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, shift, on_screen(w, *points[-1]))
    settle(qtbot, w)


def paint_over_zone(qtbot, w: MainWindow, zone) -> None:  # noqa: ANN001 (an Area)
    for run in rows_inside(zone, radius=w.view.brush_radius()):
        stroke(qtbot, w, run)


def big_body_zone(qtbot, w: MainWindow):  # noqa: ANN201 (an Area)
    """Press N until the question's main pain area is one good-sized piece on the body."""
    for _ in range(60):
        q = w.question
        zones = essential_zones(DIAGRAM, q.side, q.trigger_point)
        if len(zones) == 1 and zones[0].area > 6000 and zones[0].bbox.width > 50:
            return zones[0]
        press(qtbot, w, Qt.Key.Key_N)
    raise AssertionError("no large zone asked in 60 questions")


def differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(
        a.pixel(x, y) != b.pixel(x, y) for y in range(0, a.height()) for x in range(a.width())
    )


def feedback(w: MainWindow) -> str:
    return w.quiz_panel.feedback.text()


def far_point(zone, marker=None) -> tuple[float, float]:  # noqa: ANN001
    """A region's point on the body at least 150 mm from the zone (and the marker)."""
    for region in sorted(DIAGRAM.regions):
        x, y = ATLAS.region_point(region)
        if zone.distance(x, y) > 150 and (
            marker is None or ((x - marker.x) ** 2 + (y - marker.y) ** 2) ** 0.5 > 150
        ):
            return x, y
    raise AssertionError("no far point")


# ---- name the muscle: the chosen answer is marked ---------------------------------------


def test_the_chosen_answer_is_marked_with_a_sign_a_colour_and_words(qtbot, window):
    choose(qtbot, window, "name")
    q = window.question
    buttons = window.quiz_panel.buttons
    wrong = next(b for b in buttons if b.property("id") != q.muscle)
    right = next(b for b in buttons if b.property("id") == q.muscle)
    qtbot.mouseClick(wrong, Qt.MouseButton.LeftButton)
    assert "Not quite." in feedback(window)
    assert wrong.text().startswith("✗ ")
    assert "your answer: not this one" in wrong.text()
    assert right.text().startswith("✓ ")
    assert "the right answer" in right.text()
    assert right.accessibleDescription() == "the right answer"
    others = [b for b in buttons if b not in (wrong, right)]
    assert all(b.text()[0].isdigit() for b in others)

    def tint(b: QPushButton):  # noqa: ANN202
        image = b.grab().toImage()
        return image.pixelColor(image.width() - 6, image.height() // 2)

    assert tint(wrong).red() > tint(wrong).green() + 20
    assert tint(right).green() > tint(right).red() + 10
    qtbot.mouseClick(window.quiz_panel.next_button, Qt.MouseButton.LeftButton)
    assert all(b.text()[0].isdigit() and b.isEnabled() for b in buttons)


# ---- paint where it refers -----------------------------------------------------------------


def test_painting_exactly_over_the_zone_scores_high(qtbot, window):
    choose(qtbot, window, "paint")
    zone = big_body_zone(qtbot, window)
    assert "Paint where it refers" in window.quiz_panel.prompt.text()
    paint_over_zone(qtbot, window, zone)
    press(qtbot, window, Qt.Key.Key_Return)
    text = feedback(window)
    assert "✓ Right." in text, text
    covered = int(text.split("You covered ")[1].split("%")[0])
    assert covered >= 85
    assert "true pattern" in text
    assert window.quiz_panel.score_label.text() == "Score: 1 of 1"
    # The true pattern and its muscle's page are shown.
    name = ATLAS.library.muscle(window.question.muscle).name
    assert window.detail.toPlainText().startswith(name)


def test_painting_far_away_scores_nothing(qtbot, window):
    choose(qtbot, window, "paint")
    zone = big_body_zone(qtbot, window)
    x, y = far_point(zone)
    stroke(qtbot, window, [(x, y - 15), (x, y), (x, y + 15)])
    qtbot.mouseClick(window.quiz_panel.check_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    text = feedback(window)
    assert "✗ Not quite." in text
    assert "You covered 0% of the main pain area; 100% of your painting was outside it" in text
    assert window.quiz_panel.score_label.text() == "Score: 0 of 1"


def test_check_with_nothing_painted_says_so_and_scores_nothing(qtbot, window):
    choose(qtbot, window, "paint")
    press(qtbot, window, Qt.Key.Key_Return)
    assert "Paint where it refers first" in window.statusBar().currentMessage()
    assert feedback(window) == ""
    assert window.quiz_score == (0, 0)


def test_quizzing_never_changes_the_pain_drawing(qtbot, window):
    # The user's own drawing: a spot on the outer calf and a painted area on the buttock.
    click_at(qtbot, window, *ATLAS.region_point("left-calf-lateral"))
    bx, by = ATLAS.region_point("left-buttock-upper")
    stroke(qtbot, window, [(bx - 10, by), (bx + 10, by)])
    before = window.drawing.drawing
    assert len(before) == 2
    names = [window.candidates_panel.list.item(i).text() for i in range(3)]
    rest = on_screen(window, *ATLAS.region_point("left-calf-lateral"))
    qtbot.mouseMove(window.view.viewport(), rest)  # the region under the pointer is outlined
    view_before = window.view.viewport().grab().toImage()

    choose(qtbot, window, "paint")
    zone = big_body_zone(qtbot, window)
    x, y = ATLAS.region_point("right-calf-lateral")
    click_at(qtbot, window, x, y)  # a spot for the quiz
    stroke(qtbot, window, [(x, y - 30), (x, y + 30)])
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the quiz's
    press(qtbot, window, Qt.Key.Key_E)  # the eraser, over the quiz's spot
    click_at(qtbot, window, x, y)
    paint_over_zone(qtbot, window, zone)
    press(qtbot, window, Qt.Key.Key_Return)
    assert "You covered" in feedback(window)
    choose(qtbot, window, "point")
    q = window.question
    marker = DIAGRAM.markers[(q.side, q.trigger_point)]
    click_at(qtbot, window, marker.x, marker.y)
    assert window.drawing.drawing == before  # nothing reached it while quizzing

    press(qtbot, window, Qt.Key.Key_M)
    click_tab(qtbot, window, "Where it hurts")
    assert window.drawing.drawing == before
    assert [window.candidates_panel.list.item(i).text() for i in range(3)] == names
    qtbot.mouseMove(window.view.viewport(), rest + QPoint(3, 3))
    qtbot.mouseMove(window.view.viewport(), rest)
    # The same picture: a stroke's number label, drawn anew, may shift a few pixels'
    # antialiasing; a mark missing or the quiz's painting left behind changes hundreds.
    assert differing_pixels(window.view.viewport().grab().toImage(), view_before) < 30
    # Undo works on the pain drawing again: it takes back the painted area.
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.drawing.drawing.marks == before.marks[:1]


# ---- click the trigger point --------------------------------------------------------------


def test_clicking_on_the_marker_is_right_and_far_off_is_wrong(qtbot, window):
    choose(qtbot, window, "point")
    q = window.question
    marker = DIAGRAM.markers[(q.side, q.trigger_point)]
    click_at(qtbot, window, marker.x, marker.y)
    assert "✓ Right." in feedback(window)
    assert "Your click was 0 mm from the trigger point" in feedback(window) or (
        "Your click was 1 mm" in feedback(window)
    )
    press(qtbot, window, Qt.Key.Key_N)
    q = window.question
    marker = DIAGRAM.markers[(q.side, q.trigger_point)]
    zone = essential_zones(DIAGRAM, q.side, q.trigger_point)[0]
    x, y = far_point(zone, marker)
    pos = on_screen(window, marker.x, marker.y)
    around = QRect(pos.x() - 8, pos.y() - 8, 16, 16)
    before = window.view.viewport().grab(around).toImage()
    click_at(qtbot, window, x, y)
    assert "✗ Not quite." in feedback(window)
    assert window.quiz_panel.score_label.text() == "Score: 1 of 2"
    assert window.quiz_panel.review_label.text() == (
        "1 question you missed will come back more often."
    )
    # The marker is shown where it was not before.
    assert window.view.viewport().grab(around).toImage() != before


# ---- keys, the record ----------------------------------------------------------------------


def test_keys_choose_the_kind_and_ask_the_next(qtbot, window):
    click_tab(qtbot, window, "Quiz")
    # A mnemonic clicks its button as a person would see it: pressed, then released.
    press(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.quiz_panel.mode_buttons["paint"].isChecked())
    assert window.question.mode == "paint"
    assert "Paint where it refers" in window.quiz_panel.prompt.text()
    first = window.question
    press(qtbot, window, Qt.Key.Key_N)
    assert window.question != first
    assert window.question.mode == "paint"
    press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.question.mode == "point")
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.question.mode == "name")


def test_scores_persist_across_a_new_window(qtbot, window, state_dir):
    choose(qtbot, window, "point")
    q = window.question
    marker = DIAGRAM.markers[(q.side, q.trigger_point)]
    click_at(qtbot, window, marker.x, marker.y)
    window.close()
    saved = json.loads((state_dir / "quiz.json").read_text())
    assert saved["totals"]["point"] == {"asked": 1, "right": 1, "close": 0}
    assert saved["items"]["point"][q.trigger_point] == {"box": 4, "history": ["right"]}

    again = open_window(qtbot, state_dir, ATLAS)
    settle(qtbot, again)
    choose(qtbot, again, "point")
    assert again.quiz_panel.score_label.text() == "Score: 1 of 1"
    choose(qtbot, again, "name")
    assert again.quiz_panel.score_label.text() == ""  # each kind keeps its own score


def test_a_damaged_record_is_reported_and_kept(qtbot, state_dir):
    state_dir.mkdir(parents=True, exist_ok=True)
    (state_dir / "quiz.json").write_text('{"format": "triggermap-quiz", "version": 1,')
    w = open_window(qtbot, state_dir, ATLAS)
    settle(qtbot, w)
    choose(qtbot, w, "point")
    notice = w.quiz_panel.notice
    assert notice.isVisible()
    assert "Your quiz scores could not be read" in notice.text()
    assert "is not valid JSON" in notice.text()
    [aside] = state_dir.glob("quiz.damaged-*.json")
    assert aside.name in notice.text()
    assert aside.read_text() == '{"format": "triggermap-quiz", "version": 1,'
    q = w.question
    marker = DIAGRAM.markers[(q.side, q.trigger_point)]
    click_at(qtbot, w, marker.x, marker.y)
    assert json.loads((state_dir / "quiz.json").read_text())["totals"]["point"]["asked"] == 1
    assert aside.read_text() == '{"format": "triggermap-quiz", "version": 1,'


def test_reset_scores_asks_first(qtbot, window, state_dir):
    choose(qtbot, window, "name")
    q = window.question
    right = next(b for b in window.quiz_panel.buttons if b.property("id") == q.muscle)
    qtbot.mouseClick(right, Qt.MouseButton.LeftButton)
    assert window.quiz_panel.score_label.text() == "Score: 1 of 1"

    def answer_box(button: QMessageBox.StandardButton) -> None:
        qtbot.mouseClick(window.quiz_panel.reset_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "resetQuiz") is not None)
        box = window.findChild(QMessageBox, "resetQuiz")
        assert "cannot be undone" in box.text()
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "resetQuiz") is None)

    answer_box(QMessageBox.StandardButton.Cancel)
    assert window.quiz_panel.score_label.text() == "Score: 1 of 1"
    answer_box(QMessageBox.StandardButton.Reset)
    assert window.quiz_panel.score_label.text() == ""
    assert json.loads((state_dir / "quiz.json").read_text())["totals"] == {}
