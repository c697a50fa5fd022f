"""The drawing tools as a user meets them: paint, erase, intensity, live answers, saving."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QSpinBox

from app.content.load import load_atlas
from app.ui.main_window import MainWindow
from tests.conftest import open_window

ATLAS = load_atlas()


@pytest.fixture
def window(qtbot, state_dir: Path) -> MainWindow:
    return open_window(qtbot, state_dir, ATLAS)


def screen_pos(w: MainWindow, region: str) -> QPoint:
    x, y = ATLAS.region_point(region)
    w.view.centerOn(x, y)
    return w.view.mapFromScene(x, y)


def settle(qtbot, w: MainWindow) -> None:
    qtbot.waitUntil(lambda: not w.panels_pending)


def drag(qtbot, w: MainWindow, a: QPoint, b: QPoint, *, steps: int = 10, live=None) -> None:
    vp = w.view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for i in range(1, steps + 1):
        qtbot.mouseMove(vp, a + (b - a) * (i / steps))
        if live is not None and i == steps // 2:
            live()
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    settle(qtbot, w)


def press_key(qtbot, w: MainWindow, key: Qt.Key) -> None:
    # Window shortcuts answer only in the active window, as for a person at the keyboard.
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    w.view.setFocus()
    qtbot.keyClick(w.view, key)


def candidate_names(w: MainWindow) -> list[str]:
    """The muscles' names, as each row starts: "1. Soleus (deep calf muscle): ..."."""
    lst = w.candidates_panel.list
    rows = [lst.item(i).text().split("\n")[0] for i in range(lst.count())]
    return [row.split(". ", 1)[1].split(" (")[0] for row in rows]


def test_paint_tool_paints_an_area_covering_where_the_pointer_went(qtbot, window):
    press_key(qtbot, window, Qt.Key.Key_B)
    assert window.findChild(object, "tool-paint").isChecked()
    a = screen_pos(window, "left-calf-lateral")
    b = a + QPoint(0, 40)
    drag(qtbot, window, a, b)
    [mark] = window.drawing.marks
    assert mark.kind == "stroke"
    # Every point the pointer passed over lies within the painted band.
    for i in range(0, 11):
        p = window.view.mapToScene(a + (b - a) * (i / 10))
        assert mark.touches(p.x(), p.y(), slack=0.0)
    # ... and the band is as wide on screen as the brush.
    assert mark.radius * window.view.transform().m11() == pytest.approx(12.0, rel=0.01)
    assert ATLAS.fit(mark).region == "left-calf-lateral"
    assert "Gluteus minimus" in candidate_names(window)


def test_the_answer_updates_while_painting(qtbot, window):
    press_key(qtbot, window, Qt.Key.Key_B)
    a = screen_pos(window, "left-calf-lateral")
    seen: list[list[str]] = []

    def look() -> None:
        qtbot.waitUntil(lambda: window.candidates_panel.list.count() > 0)
        seen.append(candidate_names(window))

    drag(qtbot, window, a, a + QPoint(0, 30), live=look)
    assert seen, "the list filled in before the button was released"
    assert seen[0]
    assert window.drawing.marks  # and the stroke was kept at the end


def test_erase_removes_the_marks_it_touches_in_one_undo_step(qtbot, window):
    calf = screen_pos(window, "left-calf-lateral")
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=calf)
    settle(qtbot, window)
    thigh = screen_pos(window, "left-thigh-posterior-lower")
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=thigh)
    settle(qtbot, window)
    assert len(window.drawing.marks) == 2
    press_key(qtbot, window, Qt.Key.Key_E)
    thigh = screen_pos(window, "left-thigh-posterior-lower")
    drag(qtbot, window, thigh + QPoint(-15, 0), thigh + QPoint(15, 0))
    [left] = window.drawing.marks
    assert ATLAS.region_at(*left.points[0]) == "left-calf-lateral"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert len(window.drawing.marks) == 2


def test_intensity_control_sets_new_marks_and_keys_change_it(qtbot, window):
    box = window.findChild(QSpinBox, "intensity")
    assert box.value() == 5
    box.setValue(8)
    qtbot.mouseClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, pos=screen_pos(window, "left-heel")
    )
    settle(qtbot, window)
    press_key(qtbot, window, Qt.Key.Key_BracketLeft)
    press_key(qtbot, window, Qt.Key.Key_BracketLeft)
    assert box.value() == 6
    qtbot.mouseClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, pos=screen_pos(window, "sacrum")
    )
    settle(qtbot, window)
    assert [m.intensity for m in window.drawing.marks] == [8, 6]


def test_the_stronger_mark_decides_between_two_areas(qtbot, window):
    box = window.findChild(QSpinBox, "intensity")
    for region, level in (("left-heel", 9), ("left-buttock-upper", 1)):
        box.setValue(level)
        qtbot.mouseClick(
            window.view.viewport(), Qt.MouseButton.LeftButton, pos=screen_pos(window, region)
        )
        settle(qtbot, window)
    top = window.candidates[0]
    assert 0 in top.explains, top  # the heel (intensity 9) is explained by the top muscle


def test_painting_outside_the_body_adds_nothing_and_says_why(qtbot, window):
    press_key(qtbot, window, Qt.Key.Key_B)
    vb = ATLAS.diagram.view_box
    window.view.fit_to_window()
    a = window.view.mapFromScene(vb.x1 - 8, vb.y0 + 8)
    drag(qtbot, window, a, a + QPoint(-10, 0))
    assert window.drawing.marks == ()
    assert "outside the body" in window.statusBar().currentMessage()


def test_drawing_is_saved_with_strokes_and_intensity_and_comes_back(qtbot, state_dir):
    w = open_window(qtbot, state_dir, ATLAS)
    w.findChild(QSpinBox, "intensity").setValue(7)
    press_key(qtbot, w, Qt.Key.Key_B)
    a = screen_pos(w, "left-buttock-upper")
    drag(qtbot, w, a, a + QPoint(20, 10))
    w.close()
    data = json.loads((state_dir / "session.json").read_text(encoding="utf-8"))
    assert data["version"] == 2
    [saved] = data["marks"]
    assert (saved["kind"], saved["intensity"]) == ("stroke", 7)
    w2 = open_window(qtbot, state_dir, ATLAS)
    settle(qtbot, w2)
    [mark] = w2.drawing.marks
    assert (mark.kind, mark.intensity) == ("stroke", 7)
    assert w2.candidates


def test_old_sessions_with_spots_still_load(qtbot, state_dir):
    state_dir.mkdir(parents=True, exist_ok=True)
    x, y = ATLAS.region_point("left-calf-lateral")
    (state_dir / "session.json").write_text(
        json.dumps({"format": "triggermap-session", "version": 1, "spots": [[x, y]]}),
        encoding="utf-8",
    )
    w = open_window(qtbot, state_dir, ATLAS)
    settle(qtbot, w)
    assert w.drawing.spots == ((pytest.approx(x), pytest.approx(y)),)
    assert w.session_problem is None


@pytest.mark.parametrize("zoom", [1.0, 2.5, 5.0], ids=["fit", "zoom2.5", "zoom5"])
@pytest.mark.parametrize("side", ["left", "right"])
def test_paint_and_click_on_the_sole_insets(qtbot, window, zoom, side):
    window.view.fit_to_window()
    window.view.zoom_by(zoom)
    press_key(qtbot, window, Qt.Key.Key_B)
    heel = screen_pos(window, f"{side}-sole-heel")
    drag(qtbot, window, heel + QPoint(0, -3), heel + QPoint(0, 3))
    [stroke] = window.drawing.marks
    assert ATLAS.fit(stroke).region == f"{side}-sole-heel"
    press_key(qtbot, window, Qt.Key.Key_M)
    arch = screen_pos(window, f"{side}-sole-arch")
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=arch)
    settle(qtbot, window)
    spot = window.drawing.marks[-1]
    assert ATLAS.region_at(*spot.points[0]) == f"{side}-sole-arch"
    p = window.view.mapFromScene(*spot.points[0])
    assert (p - arch).manhattanLength() <= 1  # recorded exactly where clicked
    names = candidate_names(window)
    assert "Quadratus plantae" in names or "Soleus" in names  # heel-pad patterns


def test_a_band_shared_by_both_sides_is_drawn_once(qtbot, window):
    # Rectus abdominis refers across the back from either side: both sides' zones cover
    # the same band, which must look like any other zone, not twice as deep.
    from app.domain.diagram import ZoneKey

    zone = ATLAS.diagram.zones[ZoneKey("left", "rectus-abdominis-lower", "essential")]
    x, y = zone.interior_point()
    window.view.centerOn(x, y)
    pos = window.view.mapFromScene(x, y)

    def colour():
        qtbot.waitUntil(lambda: not window.panels_pending)
        window.view.viewport().repaint()
        return window.view.viewport().grab().toImage().pixelColor(pos)

    window.show_selection("rectus-abdominis", sides=("left",))
    one = colour()
    window.show_selection("rectus-abdominis", sides=("left", "right"))
    both = colour()
    assert (one.red(), one.green(), one.blue()) == (both.red(), both.green(), both.blue())
