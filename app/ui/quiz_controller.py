"""The quiz tab's glue: shows the quiz's state (:class:`app.ui.quiz_model.QuizModel`) in
the panel and on the diagram, and hands the diagram's pointer to the quiz while a paint
or click question is on screen."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from app.ui.quiz_model import QuizModel
from app.ui.quiz_panel import MODE_CHOICES

if TYPE_CHECKING:
    import random

    from PySide6.QtWidgets import QMessageBox

    from app.domain.quiz import Question, QuizMode
    from app.ui.main_window import MainWindow

QUIZ_INTRO = (
    "<h2>Quiz</h2><p>Look at the highlighted area on the drawing. The orange part "
    "is where nearly everyone with this trigger point feels pain; the hatched blue "
    "part is where some people do. Which muscle holds the trigger point?</p>"
)
PAINT_INTRO = (
    "<h2>Quiz: paint where it refers</h2><p>Paint the <b>main pain area</b> (the essential "
    "zone: where nearly everyone with this trigger point feels pain) on the drawing, with "
    "the <i>Paint area</i> tool (B) or by Shift-dragging; clicks mark spots. Your own pain "
    "drawing is put away meanwhile and comes back, unchanged, when you leave the quiz.</p>"
    "<p>Press <b>Enter</b> to check. The score is how much your painting and the true area "
    "overlap; paint that overshoots the edge by less than the brush's width does not count "
    "against you.</p>"
)
POINT_INTRO = (
    "<h2>Quiz: click the trigger point</h2><p>Click where the named trigger point lies, on "
    "the named side (the drawing is seen from behind: the patient's left is on your left). "
    "Within 20 mm is right, within 40 mm close. Your own pain drawing is put away "
    "meanwhile and comes back, unchanged, when you leave the quiz.</p>"
)
VERDICT_WORDS = {"right": "✓ Right.", "close": "≈ Close.", "missed": "✗ Not quite."}


class QuizController(QObject):
    """Owned by the window: runs the quiz tab, and the diagram while the quiz is shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.model = QuizModel(
            window.data_dir / "quiz.json", self, figure=lambda: window.controller.figure
        )
        self._shown = False  # the quiz tab is the current one
        panel = window.quiz_panel
        window.left_tabs.currentChanged.connect(self._on_tab)
        panel.answered.connect(self.model.answer_name)
        panel.next_requested.connect(self.next_question)
        panel.check_requested.connect(self.model.check)
        panel.clear_requested.connect(lambda: self.model.painting.clear())
        panel.mode_chosen.connect(self.set_mode)
        panel.reset_requested.connect(self.confirm_reset)
        self.model.changed.connect(self._show)
        self.model.painting.changed.connect(self._show_painting)
        self.model.live_stroke.connect(
            lambda points, radius: window.scene.set_live_stroke(
                points, radius, self.model.painting.intensity
            )
        )
        self.model.message.connect(lambda text: window.statusBar().showMessage(text, 5000))
        self._build_menu()

    # Read by the window (and the tests) where they have always been read.
    @property
    def question(self) -> Question | None:
        return self.model.question

    @property
    def score(self) -> tuple[int, int]:
        return self.model.score

    @property
    def rng(self) -> random.Random:
        return self.model.rng

    @property
    def shown(self) -> bool:
        return self._shown

    # -- intents -----------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        """Ask questions of this kind (from the panel or the Quiz menu), in the Quiz tab."""
        w = self._window
        chosen: QuizMode | None = next((m for m, _, _ in MODE_CHOICES if m == mode), None)
        if chosen is None or w.atlas is None:
            return
        if not self._shown:
            self.model.mode = chosen  # asked when the tab comes to the front
            self.model.question = None
            w.left_tabs.setCurrentWidget(w.quiz_panel)
        else:
            self.model.set_mode(chosen)

    def next_question(self) -> None:
        self.model.next_question()

    def step(self, delta: int) -> bool:
        """N (and P) in the Quiz tab: N asks the next question; True if the quiz took the key."""
        if not self._shown:
            return False
        if delta > 0:
            self.next_question()
        return True

    def confirm_reset(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # a dialog: loaded on first use

        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Reset quiz scores",
            "Forget every quiz score, in all three kinds of question, and which trigger "
            "points you tend to miss? This cannot be undone.",
            QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.setObjectName("resetQuiz")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._on_reset_answer(box.standardButton(button)))
        box.open()

    def _on_reset_answer(self, button: QMessageBox.StandardButton) -> None:
        from PySide6.QtWidgets import QMessageBox

        w = self._window
        if button != QMessageBox.StandardButton.Reset or w.atlas is None:
            return
        self.model.attach(w.atlas)  # read (or set aside) the file before replacing it
        self.model.reset()
        self._window.statusBar().showMessage("Quiz scores reset.", 5000)

    # -- the tab -----------------------------------------------------------------------

    def _on_tab(self, index: int) -> None:
        w = self._window
        if w.atlas is None:
            return
        was_shown, self._shown = self._shown, w.left_tabs.widget(index) is w.quiz_panel
        if self._shown:
            self.model.attach(w.atlas)
            if self.model.question is None:
                self.model.next_question()
            else:
                self._show()
        elif was_shown:
            # Leaving the quiz: the pointer goes back to the pain drawing, and the user's
            # own drawing and its answer come back, on the tab the user chose (only when
            # leaving: any other tab change is the user's).
            w.controller.route_canvas(None)
            w.scene.set_live_stroke([], 1.0, 0)
            w.refresh_answer(show_answer_tab=False)
        self._sync_actions()

    def _show(self) -> None:
        """The question (and its outcome) on the panel and the diagram."""
        if not self._shown:
            return
        m, w = self.model, self._window
        q = m.question
        panel = w.quiz_panel
        panel.show_mode(m.mode)
        right, asked = m.score
        panel.show_score(right, asked, m.close_answers, missed=m.missed)
        panel.show_notice(" ".join(t for t in (m.notice, m.save_problem) if t))
        self._sync_actions()
        if q is None:
            return
        drawn = q.mode != "name"
        # A paint or click question takes the diagram's pointer; the pain drawing is put
        # away (not changed) until the quiz tab is left.
        w.controller.route_canvas(m if drawn else None)
        if drawn:
            self._show_painting()
        else:
            w.scene.set_marks(w.drawing.marks)
        w.scene.show_candidates(())
        lib = w.lib
        muscle, (_, tp) = lib.muscle(q.muscle), lib.trigger_point(q.trigger_point)
        named = f"<b>{q.side.capitalize()} {escape(muscle.name)}</b>, <i>{escape(tp.name)}</i>"
        outcome = m.outcome
        if q.mode == "name":
            if outcome is None:
                panel.show_question(
                    "<b>Test yourself.</b> The highlighted area is where one trigger point "
                    "sends pain. Which muscle is it in?"
                )
                panel.ask([(mid, lib.muscle(mid).name) for mid in q.options])
            else:
                panel.mark_choice(outcome.chosen or "", q.muscle)
        elif q.mode == "paint":
            panel.show_question(
                f"<b>Paint where it refers:</b> {named}. Paint its main pain area, then "
                "press Enter (<i>Check</i>)."
            )
        else:
            panel.show_question(
                f"<b>Click the trigger point:</b> {named}. Click where it lies on the drawing."
            )
        if outcome is None:
            w.scene.show_pattern(
                q.muscle if q.mode == "name" else None,
                sides=(q.side,),
                trigger_point=q.trigger_point,
                zones_only=True,
            )
            w.show_page({"name": QUIZ_INTRO, "paint": PAINT_INTRO, "point": POINT_INTRO}[q.mode])
            panel.show_feedback("", focus_next=False)
            return
        answer = f"<b>{escape(muscle.name)}</b>"
        if q.mode == "name":
            text = (
                f"It is {answer}: its muscle and trigger point are now shown, and the "
                "right-hand panel explains its pattern."
            )
        elif q.mode == "paint":
            text = (
                f"{escape(outcome.words)} The true pattern of {answer} is now shown over "
                "your painting: orange is the main pain area, hatched blue where some "
                "people also feel it."
            )
        else:
            text = f"{escape(outcome.words)} The trigger point of {answer} is now marked (×)."
        panel.show_feedback(f"<b>{VERDICT_WORDS[outcome.verdict]}</b> {text}", focus_next=True)
        w.show_selection(q.muscle, sides=(q.side,), trigger_point=q.trigger_point)

    def _show_painting(self) -> None:
        if self._shown and self._window.controller.canvas is self.model:
            self._window.scene.set_marks(self.model.painting.marks)

    # -- the Quiz menu ------------------------------------------------------------------

    def _build_menu(self) -> None:
        w = self._window
        from PySide6.QtWidgets import QMenu

        menu = QMenu("&Quiz", w)
        bar = w.menuBar()
        help_menu = next((a for a in bar.actions() if a.text().replace("&", "") == "Help"), None)
        if help_menu is not None:  # the Quiz menu goes before Help
            bar.insertMenu(help_menu, menu)
        else:
            bar.addMenu(menu)
        group = QActionGroup(self)
        self._mode_actions: dict[str, QAction] = {}
        for mode, text, tip in MODE_CHOICES:
            action = QAction(text.replace("&", ""), w)
            action.setCheckable(True)
            action.setStatusTip(tip)
            action.triggered.connect(lambda _=False, m=mode: self.set_mode(m))
            group.addAction(action)
            menu.addAction(action)
            self._mode_actions[mode] = action
        menu.addSeparator()
        self.check_action = QAction("Check my painting", w)
        self.check_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.check_action.setStatusTip("Score your painting against the true pattern (Enter)")
        self.check_action.triggered.connect(self.model.check)
        w.addAction(self.check_action)
        # "\tN" shows the key in the menu: N itself is the View menu's Next candidate,
        # which hands it to the quiz while the Quiz tab is shown (see step()).
        self.next_action = QAction("Next question\tN", w)
        self.next_action.setStatusTip("Ask the next question (N in the Quiz tab)")
        self.next_action.triggered.connect(self._next_from_menu)
        reset = QAction("Reset quiz scores…", w)
        reset.setStatusTip("Forget every quiz score and start afresh (asks first)")
        reset.triggered.connect(self.confirm_reset)
        menu.addActions([self.check_action, self.next_action])
        menu.addSeparator()
        menu.addAction(reset)
        self._menu_actions = [*self._mode_actions.values(), self.next_action, reset]
        # They need the content: the window turns them on with its other content actions.
        w.content_actions.extend(self._menu_actions)
        for action in self._menu_actions:
            action.setEnabled(w.atlas is not None)
        self._sync_actions()

    def _next_from_menu(self) -> None:
        if self._shown:
            self.next_question()
        else:
            self.set_mode(self.model.mode)

    def _sync_actions(self) -> None:
        m = self.model
        self._mode_actions[m.mode].setChecked(True)
        q = m.question
        self.check_action.setEnabled(
            self._shown and q is not None and q.mode == "paint" and m.outcome is None
        )
