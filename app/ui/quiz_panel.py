"""The quiz tab: the kind of question, the question, the answer area, the score.

It shows the quiz's state and sends intents; :class:`app.ui.quiz_controller.QuizController`
decides what they do.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from app.domain.quiz import QuizMode

#: The kinds of question, in the order shown (mnemonics: Alt+N, Alt+P, Alt+C).
MODE_CHOICES: tuple[tuple[QuizMode, str, str], ...] = (
    ("name", "&Name the muscle", "A pattern is shown: which muscle sends it?"),
    ("paint", "&Paint where it refers", "A trigger point is named: paint its main pain area"),
    ("point", "&Click the trigger point", "A trigger point is named: click where it lies"),
)

#: Marks on the answer buttons after an answer: a sign, a colour and words, so the
#: verdict never rests on colour alone.
VERDICT_STYLE = """
QPushButton[verdict="right"] { background: #dcefdc; color: #14461a; border: 2px solid #2e7d32;
    border-radius: 4px; padding: 4px; text-align: left; }
QPushButton[verdict="wrong"] { background: #f8dede; color: #6b1212; border: 2px solid #b3261e;
    border-radius: 4px; padding: 4px; text-align: left; }
"""


class QuizPanel(QWidget):
    answered = Signal(str)  # a muscle id
    next_requested = Signal()
    check_requested = Signal()
    clear_requested = Signal()
    mode_chosen = Signal(str)
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(VERDICT_STYLE)
        kinds = QGroupBox("Kind of question")
        kinds_layout = QVBoxLayout(kinds)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        for mode, text, tip in MODE_CHOICES:
            radio = QRadioButton(text)
            radio.setToolTip(tip)
            radio.setStatusTip(tip)
            radio.setProperty("mode", mode)
            self.mode_group.addButton(radio)
            kinds_layout.addWidget(radio)
            self.mode_buttons[mode] = radio
        self.mode_buttons["name"].setChecked(True)
        self.mode_group.buttonToggled.connect(self._on_mode_toggled)

        self.prompt = QLabel(
            "<b>Test yourself.</b> The highlighted area is where one trigger point sends "
            "pain. Which muscle is it in?"
        )
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.RichText)

        # One page of answer controls per kind of question: a hidden page's buttons and
        # their keys (1-4) are inactive.
        self.answer_area = QStackedWidget()
        names = QWidget()
        names_layout = QVBoxLayout(names)
        names_layout.setContentsMargins(0, 0, 0, 0)
        self.buttons = [QPushButton() for _ in range(4)]
        for i, button in enumerate(self.buttons):
            button.setAccessibleName(f"Answer {i + 1}")
            button.clicked.connect(lambda _=False, b=button: self.answered.emit(b.property("id")))
            names_layout.addWidget(button)
        paint = QWidget()
        paint_layout = QHBoxLayout(paint)
        paint_layout.setContentsMargins(0, 0, 0, 0)
        self.check_button = QPushButton("Check (Enter)")
        self.check_button.setToolTip("Score your painting against the true pattern (Enter)")
        self.check_button.clicked.connect(self.check_requested)
        self.clear_button = QPushButton("Clear painting")
        self.clear_button.setToolTip("Start the painting again (Ctrl+Backspace)")
        self.clear_button.clicked.connect(self.clear_requested)
        paint_layout.addWidget(self.check_button)
        paint_layout.addWidget(self.clear_button)
        self.pages = {"name": names, "paint": paint, "point": QWidget()}
        for page in self.pages.values():
            self.answer_area.addWidget(page)

        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.next_button = QPushButton("Next question (N)")
        self.next_button.clicked.connect(self.next_requested)
        self.score_label = QLabel()
        self.score_label.setWordWrap(True)
        self.review_label = QLabel()
        self.review_label.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("quizNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet(
            "#quizNotice { background: #fff4e0; color: #4a3000; border: 1px solid #d9a640;"
            " padding: 6px; }"
        )
        self.notice.hide()
        self.reset_button = QPushButton("Reset scores…")
        self.reset_button.setToolTip("Forget every quiz score and start afresh (asks first)")
        self.reset_button.clicked.connect(self.reset_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        for widget in (kinds, self.prompt, self.answer_area, self.feedback, self.next_button):
            layout.addWidget(widget)
        layout.addWidget(self.score_label)
        layout.addWidget(self.review_label)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        layout.addWidget(self.reset_button)

    def _on_mode_toggled(self, button: QRadioButton, on: bool) -> None:
        if on:
            self.mode_chosen.emit(button.property("mode"))

    # -- showing the state ---------------------------------------------------------------

    def show_mode(self, mode: str) -> None:
        radio = self.mode_buttons[mode]
        if not radio.isChecked():
            self.mode_group.blockSignals(True)
            radio.setChecked(True)
            self.mode_group.blockSignals(False)
        # The area is as tall as the page shown, not as the tallest page.
        for key, page in self.pages.items():
            policy = QSizePolicy.Policy.Preferred if key == mode else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.answer_area.setCurrentWidget(self.pages[mode])
        self.answer_area.updateGeometry()

    def ask(self, options: Sequence[tuple[str, str]]) -> None:
        """A "name the muscle" question; ``options``: (muscle id, name) pairs in order."""
        for i, (button, (muscle_id, name)) in enumerate(zip(self.buttons, options, strict=True)):
            button.setText(f"{i + 1}. {name}")
            # After setText, which replaces a button's shortcut with its text's mnemonic
            # (none here): set before, the keys 1-4 never answered.
            button.setShortcut(QKeySequence(str(i + 1)))
            button.setProperty("id", muscle_id)
            button.setProperty("name", name)
            button.setAccessibleDescription("")
            _set_verdict(button, "")
            button.setEnabled(True)
        self.feedback.setText("")

    def mark_choice(self, chosen: str, answer: str) -> None:
        """After a "name" answer: the chosen button says whether it was right, with a
        sign, a colour and words; the right answer is marked too."""
        for i, button in enumerate(self.buttons):
            muscle_id = button.property("id")
            name = button.property("name")
            if muscle_id == chosen:
                right = chosen == answer
                words = "your answer: right" if right else "your answer: not this one"
                sign, verdict = ("✓", "right") if right else ("✗", "wrong")
            elif muscle_id == answer:
                words, sign, verdict = "the right answer", "✓", "right"
            else:
                words, sign, verdict = "", "", ""
            shown = f"{sign} {i + 1}. {name}" if sign else f"{i + 1}. {name}"
            button.setText(f"{shown}\n{words}" if words else shown)
            button.setShortcut(QKeySequence(str(i + 1)))
            button.setAccessibleDescription(words)
            _set_verdict(button, verdict)
            button.setEnabled(False)
        self.next_button.setFocus()

    def show_question(self, prompt: str) -> None:
        self.prompt.setText(prompt)

    def show_feedback(self, html: str, *, focus_next: bool) -> None:
        self.feedback.setText(html)
        if focus_next:
            self.next_button.setFocus()

    def show_score(self, right: int, asked: int, close: int, *, missed: int) -> None:
        """The totals of this kind of question, and how many questions last went wrong
        (they come back more often)."""
        self.review_label.setText(
            f"{missed} question{'s' if missed > 1 else ''} you missed will come back more often."
            if missed
            else ""
        )
        if not asked:
            self.score_label.setText("")
            return
        extra = f" ({close} close)" if close else ""
        self.score_label.setText(f"Score: {right} of {asked}{extra}")

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))


def _set_verdict(button: QPushButton, verdict: str) -> None:
    if button.property("verdict") != verdict:
        button.setProperty("verdict", verdict)
        # A dynamic property in a style sheet's selector takes effect on a re-polish.
        button.style().unpolish(button)
        button.style().polish(button)
