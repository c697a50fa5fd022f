"""The quiz tab: a pattern is shown, the student names the muscle."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class QuizPanel(QWidget):
    answered = Signal(str)  # a muscle id
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = QLabel(
            "<b>Test yourself.</b> The highlighted area is where one trigger point sends "
            "pain. Which muscle is it in?"
        )
        self.prompt.setWordWrap(True)
        self.buttons = [QPushButton() for _ in range(4)]
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.score_label = QLabel()
        self.next_button = QPushButton("Next question")
        self.next_button.clicked.connect(self.next_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.prompt)
        for i, button in enumerate(self.buttons):
            button.setAccessibleName(f"Answer {i + 1}")
            button.clicked.connect(lambda _=False, b=button: self.answered.emit(b.property("id")))
            layout.addWidget(button)
        layout.addWidget(self.feedback)
        layout.addWidget(self.next_button)
        layout.addWidget(self.score_label)
        layout.addStretch(1)

    def ask(self, options: Sequence[tuple[str, str]], score: tuple[int, int]) -> None:
        """``options``: (muscle id, name) pairs in the order to show."""
        for i, (button, (muscle_id, name)) in enumerate(zip(self.buttons, options, strict=True)):
            button.setText(f"{i + 1}. {name}")
            # After setText, which replaces a button's shortcut with its text's mnemonic
            # (none here): set before, the keys 1-4 never answered.
            button.setShortcut(QKeySequence(str(i + 1)))
            button.setProperty("id", muscle_id)
            button.setEnabled(True)
        self.feedback.setText("")
        self._score(score)

    def reveal(self, right: bool, answer_name: str, score: tuple[int, int]) -> None:
        for button in self.buttons:
            button.setEnabled(False)
        verdict = "Right." if right else "Not quite."
        self.feedback.setText(
            f"<b>{verdict}</b> It is <b>{answer_name}</b>: its muscle and trigger point are "
            "now shown, and the right-hand panel explains its pattern."
        )
        self._score(score)
        self.next_button.setFocus()

    def _score(self, score: tuple[int, int]) -> None:
        right, asked = score
        self.score_label.setText(f"Score: {right} of {asked}" if asked else "")
