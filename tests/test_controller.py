"""The window's state without widgets (app/ui/controller.py): ranking, selection,
painting and saving, and a small random walk through the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from PySide6.QtCore import QPoint, Qt

from app.content.load import load_atlas
from app.domain.lookup import shortlist
from app.ui.controller import AppController, Selection

ATLAS = load_atlas()


@pytest.fixture
def controller(qapp, tmp_path: Path) -> AppController:
    c = AppController(tmp_path)
    c.attach(ATLAS)
    return c


def test_a_spot_ranks_the_drawing_and_selects_the_best_candidate(controller):
    answers, selections = [], []
    controller.answer_changed.connect(lambda: answers.append(controller.answer))
    controller.selection_changed.connect(lambda: selections.append(controller.selection))
    controller.drawing.add_spot(*ATLAS.region_point("left-calf-lateral"))
    [answer] = answers
    assert answer.result == ATLAS.lookup(controller.drawing.drawing)
    assert answer.shown[0] == answer.result.candidates[0]
    top = answer.shown[0]
    assert selections[-1] == Selection(top.muscle, top.sides)
    assert not answer.provisional


def test_selecting_a_candidate_and_a_trigger_point(controller):
    controller.drawing.add_spot(*ATLAS.region_point("left-buttock-lower"))
    second = controller.answer.shown[1]
    controller.select_candidate(1)
    assert controller.selection.muscle == second.muscle
    tp = ATLAS.library.muscle(second.muscle).trigger_points[0].id
    controller.select_trigger_point(tp)
    assert controller.selection == Selection(second.muscle, controller.selection.sides, tp)
    controller.select_candidate(99)
    assert controller.selection.muscle is None


def test_painting_ranks_live_then_keeps_the_stroke(controller, qtbot):
    x, y = ATLAS.region_point("left-calf-lateral")
    controller.paint_live([(x, y), (x, y + 20)], 8.0)
    assert controller.live_pending
    qtbot.waitUntil(lambda: not controller.live_pending)
    assert controller.answer.provisional
    assert controller.drawing.marks == ()
    assert controller.paint_done([(x, y), (x, y + 20)], 8.0)
    assert len(controller.drawing.marks) == 1
    assert not controller.answer.provisional
    # A stroke wholly outside the body is refused.
    assert not controller.paint_done([(-500.0, -500.0), (-490.0, -500.0)], 8.0)
    assert len(controller.drawing.marks) == 1


def test_the_session_is_saved_and_restored(qapp, tmp_path):
    c = AppController(tmp_path)
    c.attach(ATLAS)
    c.drawing.add_spot(*ATLAS.region_point("left-heel"))
    assert c.save() is None
    again = AppController(tmp_path)
    again.attach(ATLAS)
    [saved], [mark] = again.drawing.marks, c.drawing.marks
    # Coordinates are kept to a thousandth of a unit.
    assert saved.points[0] == pytest.approx(mark.points[0], abs=1e-3)
    assert [x.muscle for x in again.answer.shown] == [x.muscle for x in c.answer.shown]


# -- a small random walk through the real window --------------------------------------

REGIONS = sorted(ATLAS.diagram.regions)


class WindowMachine(RuleBasedStateMachine):
    """Clicks, strokes, undo and redo, zoom and the candidate keys on a real window: the
    list always shows the ranking of what is on the diagram."""

    qtbot = None
    window = None

    def __init__(self) -> None:
        super().__init__()
        w = self.window
        w.drawing.clear()
        w.drawing.undo_stack.clear()
        self._settle()

    def _settle(self) -> None:
        self.qtbot.waitUntil(
            lambda: not self.window.panels_pending and not self.window.live_ranking_pending
        )

    def _pos(self, region: str) -> QPoint:
        x, y = ATLAS.region_point(region)
        self.window.view.centerOn(x, y)
        return self.window.view.mapFromScene(x, y)

    @rule(region=st.sampled_from(REGIONS))
    def click(self, region) -> None:
        self.qtbot.mouseClick(
            self.window.view.viewport(), Qt.MouseButton.LeftButton, pos=self._pos(region)
        )
        self._settle()

    @rule(region=st.sampled_from(REGIONS), dy=st.integers(min_value=-30, max_value=30))
    def stroke(self, region, dy) -> None:
        vp = self.window.view.viewport()
        a = self._pos(region)
        shift = Qt.KeyboardModifier.ShiftModifier
        self.qtbot.mousePress(vp, Qt.MouseButton.LeftButton, shift, a)
        for i in range(1, 5):
            self.qtbot.mouseMove(vp, a + QPoint(0, dy * i // 4))
        self.qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, shift, a + QPoint(0, dy))
        self._settle()

    @rule()
    def undo(self) -> None:
        self.window.drawing.undo_stack.undo()
        self._settle()

    @rule()
    def redo(self) -> None:
        self.window.drawing.undo_stack.redo()
        self._settle()

    @rule(factor=st.sampled_from([0.8, 1.25, 2.0]))
    def zoom(self, factor) -> None:
        self.window.view.zoom_by(factor)

    @invariant()
    def the_list_shows_the_ranking_of_the_drawing(self) -> None:
        w = self.window
        expected = shortlist(ATLAS.lookup(w.drawing.drawing).candidates)
        lst = w.candidates_panel.list
        rows = [lst.item(i).text().split("\n")[0] for i in range(lst.count())]
        assert rows == [f"{i}. {c.summary}" for i, c in enumerate(expected, 1)]
        assert len(w.drawing.marks) <= 200


def test_random_walk_through_the_window(qtbot, state_dir):
    from tests.conftest import open_window

    WindowMachine.qtbot = qtbot
    WindowMachine.window = open_window(qtbot, state_dir, ATLAS)
    run_state_machine_as_test(
        WindowMachine,
        settings=settings(
            max_examples=6,
            stateful_step_count=10,
            deadline=None,
            derandomize=True,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
