"""The safety banner across the top of the window (built before the first paint)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class SafetyBanner(QWidget):
    """Always visible: the app informs, it does not diagnose; red flags go to a doctor."""

    more_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#safetyBanner { background: #fff4e0; border-bottom: 1px solid #e8c98f; }"
            "#safetyBanner QLabel { color: #4a3418; }"
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        # Two lines are reserved from the start so nothing jumps when the text arrives.
        self.label.setMinimumHeight(2 * self.label.fontMetrics().lineSpacing())
        self.button = QPushButton("When to get help…")
        self.button.setAccessibleName("When to get medical help")
        self.button.clicked.connect(self.more_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)

    def add_notice(self, html: str) -> None:
        """Append a line (already HTML) under the warning, e.g. a file problem."""
        self.label.setText(f"{self.label.text()}<br>{html}")

    def show_safety(self) -> None:
        """The built-in warning, which needs no content files (app.safety_text)."""
        from app.safety_text import BANNER, SUMMARY

        self.set_text(SUMMARY, BANNER)

    def set_text(self, summary: str, warning: str) -> None:
        self.label.setText(
            f"<b>{escape(summary)}</b> <span style='color:#8a1c1c'>{escape(warning)}</span>"
        )
