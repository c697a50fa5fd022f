"""Check your warning signs: yes/no questions that end in plain advice."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from app.domain.models import Library, WarningSign

ADVICE_STYLE = {
    "emergency": "background: #fbe3e0; border: 2px solid #a61b1b; color: #6d0f0f;",
    "soon": "background: #fdf1dc; border: 2px solid #b36b00; color: #5c3700;",
    "self-care": "background: #e6f2e6; border: 1px solid #3d7a3d; color: #1f451f;",
}


class WarningCheck(QDialog):
    """One checkbox per warning sign, those for the marked places first; the advice
    follows every change."""

    def __init__(
        self, library: Library, first: Sequence[WarningSign], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Check your warning signs")
        self.library = library
        intro = QLabel(
            "Tick each sign you have now. TriggerMap cannot examine you: when in doubt, "
            "ask a doctor."
        )
        intro.setWordWrap(True)
        box = QWidget()
        rows = QVBoxLayout(box)
        ordered = list(first) + [w for w in library.safety.warnings if w not in first]
        self.boxes: dict[str, QCheckBox] = {}
        for w in ordered:
            check = QCheckBox(w.question)
            check.setObjectName(f"warning-{w.id}")
            check.setAccessibleName(w.question)
            check.toggled.connect(self._update)
            rows.addWidget(check)
            self.boxes[w.id] = check
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(box)
        scroll.setWidgetResizable(True)
        self.advice = QLabel()
        self.advice.setObjectName("advice")
        self.advice.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.advice)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self._update()

    @property
    def level(self) -> str:
        return self._level

    def _update(self) -> None:
        from app.domain.lookalikes import check_advice

        yes = [wid for wid, b in self.boxes.items() if b.isChecked()]
        self._level, text = check_advice(self.library, yes)
        self.advice.setText(text)
        self.advice.setStyleSheet(f"#advice {{ {ADVICE_STYLE[self._level]} padding: 8px; }}")
