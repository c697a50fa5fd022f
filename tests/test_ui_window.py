"""The window as a user drives it: spots, undo, paint, zoom, pan, panels, files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from app.cli import main as cli_main
from app.content.load import load_atlas
from app.ui.main_window import MainWindow
from tests.conftest import open_window

ATLAS = load_atlas()


def make_window(qtbot, state: Path) -> MainWindow:
    return open_window(qtbot, state, ATLAS)


@pytest.fixture
def window(qtbot, state_dir: Path) -> MainWindow:
    return make_window(qtbot, state_dir)


def screen_pos(w: MainWindow, region: str) -> QPoint:
    x, y = ATLAS.diagram.region_point(region)
    return w.view.mapFromScene(x, y)


def click(qtbot, w: MainWindow, pos: QPoint, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, modifier, pos)
    # The diagram answers at once; the side panels follow right after the repaint.
    qtbot.waitUntil(lambda: not w.panels_pending)


def test_click_then_undo_redo(qtbot, window):
    click(qtbot, window, screen_pos(window, "left-calf-lateral"))
    assert len(window.drawing.spots) == 1
    assert "gluteus-minimus" in [c.muscle for c in window.candidates]
    window.drawing.undo_stack.undo()
    assert window.drawing.spots == ()
    assert window.candidates == ()
    window.drawing.undo_stack.redo()
    assert len(window.drawing.spots) == 1


def test_clicking_a_spot_again_removes_it(qtbot, window):
    pos = screen_pos(window, "left-buttock-upper")
    click(qtbot, window, pos)
    click(qtbot, window, pos + QPoint(3, 2))
    assert window.drawing.spots == ()
    window.drawing.undo_stack.undo()
    assert len(window.drawing.spots) == 1


def test_keyboard_shortcuts_undo_and_clear(qtbot, window):
    click(qtbot, window, screen_pos(window, "left-buttock-upper"))
    click(qtbot, window, screen_pos(window, "left-hip-lateral"))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert window.drawing.spots == ()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.drawing.spots) == 2


def test_undo_actions_follow_the_history_with_steady_toolbar_labels(qtbot, window):
    from PySide6.QtWidgets import QToolBar, QToolButton

    undo = next(a for a in window.actions() if a.iconText() == "Undo")
    redo = next(a for a in window.actions() if a.iconText() == "Redo")
    assert not undo.isEnabled()
    assert not redo.isEnabled()
    bar = window.findChild(QToolBar, "mainToolbar")
    button = next(b for b in bar.findChildren(QToolButton) if b.defaultAction() is undo)
    width = button.sizeHint().width()
    click(qtbot, window, screen_pos(window, "left-buttock-upper"))
    assert undo.isEnabled()
    assert undo.text() == "Undo Mark pain spot"
    assert button.text() == "Undo"
    assert button.sizeHint().width() == width
    undo.trigger()
    qtbot.waitUntil(lambda: not window.panels_pending)
    assert window.drawing.spots == ()
    assert not undo.isEnabled()
    assert redo.isEnabled()
    assert redo.text() == "Redo Mark pain spot"
    redo.trigger()
    assert len(window.drawing.spots) == 1


def test_two_spots_rank_muscles_that_explain_both_first(qtbot, window):
    click(qtbot, window, screen_pos(window, "left-buttock-lower"))
    click(qtbot, window, screen_pos(window, "left-calf-lateral"))
    assert len(window.drawing.spots) == 2
    top = window.candidates[0]
    assert top.muscle == "gluteus-minimus"
    assert top.explains == (0, 1)
    assert top.reason.startswith("Explains the left lower buttock and the left lateral calf.")
    heading = window.candidates_panel.heading.text()
    assert "2 marks:" in heading
    assert "Left lower buttock, Left lateral calf" in heading


def test_shift_drag_paints_one_area_in_one_undo_step(qtbot, window):
    vp = window.view.viewport()
    top = screen_pos(window, "left-thigh-posterior-upper")
    bottom = screen_pos(window, "left-thigh-posterior-lower")
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, top)
    steps = 12
    for i in range(1, steps + 1):
        p = top + (bottom - top) * (i / steps)
        qtbot.mouseMove(vp, p)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, bottom)
    [mark] = window.drawing.marks
    assert mark.kind == "stroke"
    assert len(mark.points) >= 3
    assert ATLAS.fit(mark).region is not None
    window.drawing.undo_stack.undo()
    assert window.drawing.marks == ()


def test_drag_pans_and_adds_no_spot(qtbot, window):
    window.view.zoom_by(3.0)
    vp = window.view.viewport()
    start = vp.rect().center()
    before = window.view.mapToScene(start)
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 6):
        qtbot.mouseMove(vp, start + QPoint(0, 20 * i))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=start + QPoint(0, 100))
    assert window.drawing.spots == ()
    after = window.view.mapToScene(start)
    assert after.y() < before.y() - 10  # content moved down, so the view shows higher up


def test_wheel_zoom_keeps_the_point_under_the_cursor(qtbot, window):
    vp = window.view.viewport()
    pos = screen_pos(window, "left-knee-posterior")
    scene_before = window.view.mapToScene(pos)
    event = QWheelEvent(
        QPointF(pos),
        QPointF(vp.mapToGlobal(pos)),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(vp, event)
    assert window.view.zoom() == pytest.approx(1.25**2, rel=1e-3)
    scene_after = window.view.mapToScene(pos)
    assert abs(scene_after.x() - scene_before.x()) < 1.5
    assert abs(scene_after.y() - scene_before.y()) < 1.5


def test_zoom_keys_and_fit(qtbot, window):
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Plus)
    assert window.view.zoom() == pytest.approx(1.25, rel=1e-3)
    qtbot.keyClick(window.view, Qt.Key.Key_Minus)
    qtbot.keyClick(window.view, Qt.Key.Key_Minus)
    assert window.view.zoom() == pytest.approx(1 / 1.25, rel=1e-3)
    for _ in range(30):
        qtbot.keyClick(window.view, Qt.Key.Key_Plus)
    assert window.view.zoom() == pytest.approx(12.0, rel=1e-3)  # clamped
    qtbot.keyClick(window.view, Qt.Key.Key_0)
    assert window.view.zoom() == pytest.approx(1.0, rel=1e-3)


def test_layer_toggles(qtbot, window):
    window.view.setFocus()
    assert not window.scene.art_visible("muscles-deep")  # the superficial plate
    before = window.view.viewport().grab().toImage()
    qtbot.keyClick(window.view, Qt.Key.Key_D)
    assert window.scene.art_visible("muscles-deep")
    window.view.viewport().repaint()
    assert window.view.viewport().grab().toImage() != before  # the drawing did change
    qtbot.keyClick(window.view, Qt.Key.Key_R)
    assert window.scene._region_outlines.isVisible()


def test_next_and_previous_candidate(qtbot, window):
    click(qtbot, window, screen_pos(window, "left-buttock-upper"))
    assert len(window.candidates) >= 2
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_N)
    assert window.selected_muscle == window.candidates[1].muscle
    qtbot.keyClick(window.view, Qt.Key.Key_P)
    assert window.selected_muscle == window.candidates[0].muscle


def test_muscle_browser_and_single_trigger_point(qtbot, window):
    window.left_tabs.setCurrentWidget(window.muscle_list)
    items = window.muscle_list.findItems("Piriformis", Qt.MatchFlag.MatchStartsWith)
    window.muscle_list.setCurrentItem(items[0])
    assert window.selected_muscle == "piriformis"
    # The text follows the drawing by one event-loop turn.
    qtbot.waitUntil(lambda: "Piriformis" in window.detail.toPlainText())
    both = len(window.scene._pattern)
    window.detail.anchorClicked.emit(QUrl("tp:piriformis-medial"))
    one = len(window.scene._pattern)
    assert 0 < one < both
    qtbot.waitUntil(lambda: "(shown)" in window.detail.toPlainText())


def test_glossary_link_explains_the_word(qtbot, window):
    window.show_muscle("gluteus-minimus")
    window.detail.anchorClicked.emit(QUrl("term:sciatica"))
    assert "sciatica" in window.statusBar().currentMessage().lower()
    assert window.term_box.isVisible()
    assert "sciatica" in window.term_box.text().lower()


def test_learn_tab_and_safety(qtbot, window):
    window.banner.more_requested.emit()
    text = window.detail.toPlainText()
    assert "saddle" in text.lower()
    for row in range(window.learn_list.count()):
        window.learn_list.setCurrentRow(row)
        assert window.detail.toPlainText().strip()


def test_spots_survive_a_restart(qtbot, state_dir):
    w = make_window(qtbot, state_dir)
    click(qtbot, w, screen_pos(w, "left-calf-lateral"))
    spots = w.drawing.spots
    w.close()
    w2 = make_window(qtbot, state_dir)
    assert len(w2.drawing.spots) == len(spots) == 1
    assert w2.drawing.spots[0] == pytest.approx(spots[0], abs=1e-3)
    assert "gluteus-minimus" in [c.muscle for c in w2.candidates]


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        json.dumps({"format": "something-else"}),
        json.dumps({"format": "triggermap-session", "version": 1, "spots": [[1, "x"]]}),
    ],
    ids=["bad-json", "wrong-format", "bad-spot"],
)
def test_damaged_session_is_reported_and_never_overwritten(qtbot, state_dir, content):
    state_dir.mkdir(parents=True, exist_ok=True)
    saved = state_dir / "session.json"
    saved.write_text(content, encoding="utf-8")
    w = make_window(qtbot, state_dir)
    assert w.session_problem
    assert "session.json" in w.session_problem
    assert "could not be loaded" in w.banner.label.text()
    click(qtbot, w, screen_pos(w, "left-calf-lateral"))
    w.close()
    # Moved aside unchanged; the new drawing goes to session.json, which the next launch reads.
    [aside] = state_dir.glob("session.damaged-*.json")
    assert aside.read_text(encoding="utf-8") == content
    assert json.loads(saved.read_text(encoding="utf-8"))["marks"]


def test_export_report_writes_a_pdf(qtbot, window, tmp_path):
    click(qtbot, window, screen_pos(window, "left-calf-lateral"))
    out = tmp_path / "report.pdf"
    window.export_report(out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 20_000
    assert "report.pdf" in window.statusBar().currentMessage()


def test_report_is_laid_out_at_print_size_with_the_exercise_pictures(qtbot, window, tmp_path):
    """Text at reading size runs over several A4 pages (laid out at the writer's 1200 dpi
    it once fitted, unreadably small, on one), with the diagram and the pictures."""
    import re

    window.show_muscle("gluteus-medius")
    qtbot.waitUntil(lambda: not window.panels_pending)
    out = tmp_path / "report.pdf"
    window.export_report(out)
    data = out.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert pages >= 4
    # The diagram plus the three glute stretches and the self-massage picture.
    assert len(re.findall(rb"/Subtype\s*/Image", data)) >= 5


def test_report_explains_its_glossary_words_instead_of_linking_them(window):
    from app.ui.report import report_html

    window.show_muscle("gluteus-minimus")
    body = report_html(window.controller)
    assert "href=" not in body
    assert "Words used in these notes" in body
    sciatica = next(t for t in window.lib.glossary if t.term.lower() == "sciatica")
    assert sciatica.plain[:30] in body


def test_screenshot_command(tmp_path, capsys):
    out = tmp_path / "shot.png"
    assert (
        cli_main(["screenshot", str(out), "--region", "left-calf-lateral", "--size", "1000x700"])
        == 0
    )
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert image.width() >= 1000
    assert image.height() >= 700
    assert cli_main(["screenshot", str(out), "--region", "nowhere"]) == 2
    assert "unknown region" in capsys.readouterr().err


def test_long_answers_are_shortened_and_can_be_expanded(qtbot, window):
    # In the upper buttock several essential zones overlap, so a weak spillover is held back.
    click(qtbot, window, screen_pos(window, "left-buttock-upper"))
    full = ATLAS.lookup_point(*window.drawing.spots[0]).candidates
    assert len(window.candidates) < len(full)
    assert window.candidates_panel.more.isVisible()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: not window.panels_pending)
    assert len(window.candidates) == len(full)
    assert not window.candidates_panel.more.isVisible()


def test_quiz_asks_reveals_and_scores(qtbot, window):
    from app.ui.items import MarkerItem

    window.left_tabs.setCurrentWidget(window.quiz_panel)
    q = window.question
    assert q is not None
    shown = window.scene._pattern
    assert shown, "the pattern to name is on the drawing"
    assert not any(isinstance(i, MarkerItem) for i in shown), "no give-away markers"
    names = [b.text() for b in window.quiz_panel.buttons]
    assert any(window.lib.muscle(q.muscle).name in n for n in names)
    right = next(b for b in window.quiz_panel.buttons if b.property("id") == q.muscle)
    qtbot.mouseClick(right, Qt.MouseButton.LeftButton)
    assert window.quiz_score == (1, 1)
    assert "Right." in window.quiz_panel.feedback.text()
    # The answer shows the trigger points too, where the back view has them (a muscle on
    # the front of the body, such as rectus abdominis, has none to show).
    tps = {tp.id for tp in window.lib.muscle(q.muscle).trigger_points}
    has_markers = any(tp in tps for _, tp in window.atlas.diagram.markers)
    assert any(isinstance(i, MarkerItem) for i in window.scene._pattern) == has_markers
    assert not right.isEnabled()
    qtbot.mouseClick(window.quiz_panel.next_button, Qt.MouseButton.LeftButton)
    q2 = window.question
    wrong = next(b for b in window.quiz_panel.buttons if b.property("id") != q2.muscle)
    qtbot.mouseClick(wrong, Qt.MouseButton.LeftButton)
    assert window.quiz_score == (1, 2)
    assert "Not quite." in window.quiz_panel.feedback.text()
    # Leaving the quiz brings back the user's own answer.
    window.left_tabs.setCurrentWidget(window.candidates_panel)
    assert window.scene._pattern == [] or window.selected_muscle is None


def test_start_up_paints_the_drawing_first_then_panels_then_content(qtbot, state_dir):
    """run_gui's order: frame and drawing, first paint, side panels, content. The side
    columns have their final widths from the start, so nothing jumps when panels arrive."""
    from app import resources
    from app.ui import main as ui_main

    w = MainWindow(resources.diagram_svg(), state_dir)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    assert not w.panels_built
    assert w.atlas is None
    painted: list[bool] = []

    def second_step() -> None:
        painted.append(w.panels_built)
        sizes["before"] = (w.splitter.sizes(), w.view.size())
        ui_main.start_second_step(w)

    sizes: dict[str, object] = {}
    ui_main._AfterFirstPaint(w.view.viewport(), second_step)
    w.show()
    qtbot.waitUntil(lambda: w.atlas is not None, timeout=10_000)
    assert painted == [False], "the first paint came before the panels"
    assert w.panels_built
    assert w.left_tabs.isVisible()
    assert w.detail.isVisible()
    assert (w.splitter.sizes(), w.view.size()) == sizes["before"]
    from html import escape

    assert escape(w.lib.safety.summary) in w.banner.label.text()


def test_broken_content_at_start_up_is_reported_in_the_window(qtbot, state_dir, monkeypatch):
    from app import resources
    from app.content import load as content_load
    from app.content.library_loader import ContentError
    from app.ui import main as ui_main

    def broken() -> None:
        raise ContentError(["muscles/piriformis.toml: trigger_points[0].name: field required"])

    monkeypatch.setattr(content_load, "load_atlas", broken)
    w = MainWindow(resources.diagram_svg(), state_dir)
    qtbot.addWidget(w)
    ui_main._load_content(w)
    assert w.atlas is None
    assert "cannot load its content" in w.banner.label.text()
    assert "piriformis.toml: trigger_points[0].name" in w.detail.toPlainText()


def test_stretch_page_shows_its_picture_sharp_for_the_screen(qtbot, window):
    from PySide6.QtGui import QImage, QTextDocument

    window.show_learn("stretch:pigeon")
    doc = window.detail.document()
    doc.adjustSize()
    image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl("illustration:pigeon"))
    assert isinstance(image, QImage)
    assert not image.isNull()
    assert image.devicePixelRatio() == window.detail.devicePixelRatioF()
    assert "where you should feel the stretch" in window.detail.toPlainText()


def test_trackpad_pinch_zooms_around_the_fingers(qtbot, window):
    """A native zoom gesture (trackpad pinch) zooms by 1 + its value, anchored where the
    fingers are, like the wheel."""
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice

    vp = window.view.viewport()
    pos = QPointF(screen_pos(window, "left-knee-posterior"))
    before_zoom = window.view.zoom()
    under = window.view.mapToScene(pos.toPoint())
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        pos,
        pos,
        QPointF(vp.mapToGlobal(pos.toPoint())),
        0.5,
        QPointF(0, 0),
    )
    QApplication.sendEvent(vp, event)
    assert window.view.zoom() == pytest.approx(before_zoom * 1.5, rel=1e-3)
    after = window.view.mapToScene(pos.toPoint())
    assert abs(after.x() - under.x()) < 2
    assert abs(after.y() - under.y()) < 2


def test_touch_pinch_gesture_zooms(qtbot, window):
    from PySide6.QtWidgets import QGestureEvent, QPinchGesture

    vp = window.view.viewport()
    pinch = QPinchGesture()
    pinch.setScaleFactor(1.25)
    pinch.setCenterPoint(QPointF(vp.mapToGlobal(screen_pos(window, "left-heel"))))
    before = window.view.zoom()
    QApplication.sendEvent(vp, QGestureEvent([pinch]))
    assert window.view.zoom() == pytest.approx(before * 1.25, rel=1e-3)


def test_no_two_actions_share_a_key(window):
    """A key bound twice in the window is ambiguous: Qt then runs neither (as Ctrl+Y did
    for Redo). Every action, menu entry and shortcut of every feature, in one place."""
    from collections import defaultdict

    from PySide6.QtGui import QAction, QShortcut

    bound: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            bound[key.toString()].append(action.text())
    for shortcut in window.findChildren(QShortcut):
        bound[shortcut.key().toString()].append(f"shortcut {shortcut.objectName()}")
    assert len(bound) > 30  # every feature's keys are found
    assert {k: v for k, v in bound.items() if len(v) > 1} == {}
