"""The quiz: a referral pattern is drawn, the student names the muscle, the score is kept."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from app.domain.quiz import Question
    from app.ui.main_window import MainWindow

QUIZ_INTRO = (
    "<h2>Quiz</h2><p>Look at the highlighted area on the drawing. The orange part "
    "is where nearly everyone with this trigger point feels pain; the hatched blue "
    "part is where some people do. Which muscle holds the trigger point?</p>"
)


class QuizController(QObject):
    """Owned by the window: runs the quiz tab, and the drawing while the quiz is shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.question: Question | None = None
        self.answered = False
        self.score = (0, 0)
        self.rng = random.Random()  # tests and screenshots may seed or replace it
        self._shown = False  # the quiz tab is the current one
        window.left_tabs.currentChanged.connect(self._on_tab)
        window.quiz_panel.answered.connect(self._on_answer)
        window.quiz_panel.next_requested.connect(self.next_question)

    def _on_tab(self, index: int) -> None:
        w = self._window
        if w.atlas is None:
            return
        was_shown, self._shown = self._shown, w.left_tabs.widget(index) is w.quiz_panel
        if self._shown:
            if self.question is None:
                self.next_question()
            else:
                self._show_question()
        elif was_shown:
            # Leaving the quiz: the user's own drawing and its answer come back, on the
            # tab the user chose (only when leaving: any other tab change is the user's).
            w.refresh_answer(show_answer_tab=False)

    def next_question(self) -> None:
        from app.domain.quiz import make_question

        lib = self._window.lib
        self.question = make_question(lib, self.rng)
        self.answered = False
        names = [(m, lib.muscle(m).name) for m in self.question.options]
        self._window.quiz_panel.ask(names, self.score)
        self._show_question()

    def _show_question(self) -> None:
        q = self.question
        assert q is not None
        scene = self._window.scene
        scene.show_candidates(())
        if self.answered:
            scene.show_pattern(q.muscle, sides=(q.side,), trigger_point=q.trigger_point)
        else:
            scene.show_pattern(
                q.muscle, sides=(q.side,), trigger_point=q.trigger_point, zones_only=True
            )
            self._window.show_page(QUIZ_INTRO)

    def _on_answer(self, muscle_id: str) -> None:
        q = self.question
        if q is None or self.answered:
            return
        self.answered = True
        right = q.is_right(muscle_id)
        got, asked = self.score
        self.score = (got + int(right), asked + 1)
        w = self._window
        w.quiz_panel.reveal(right, w.lib.muscle(q.muscle).name, self.score)
        w.show_selection(q.muscle, sides=(q.side,), trigger_point=q.trigger_point)
