"""The safety banner across the top of the window (built before the first paint)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui.theme import LIGHT, Theme


class SafetyBanner(QWidget):
    """Always visible: the app informs, it does not diagnose; red flags go to a doctor."""

    more_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
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
        self.theme = LIGHT
        self.set_colours(LIGHT)

    def set_colours(self, colours: Theme) -> None:
        """The light or dark palette's colours (app.ui.theme)."""
        self.setStyleSheet(
            f"#safetyBanner {{ background: {colours.banner_bg}; "
            f"border-bottom: 1px solid {colours.banner_border}; }}"
            f"#safetyBanner QLabel {{ color: {colours.banner_text}; }}"
        )
        old, self.theme = self.theme.banner_warn, colours
        self.label.setText(self.label.text().replace(old, colours.banner_warn))

    def add_notice(self, html: str) -> None:
        """Append a line (already HTML) under the warning, e.g. a file problem."""
        self.label.setText(f"{self.label.text()}<br>{html}")

    def show_safety(self) -> None:
        """The built-in warning, which needs no content files (app.safety_text)."""
        from app.safety_text import BANNER, SUMMARY

        self.set_text(SUMMARY, BANNER)

    def set_text(self, summary: str, warning: str) -> None:
        self.label.setText(
            f"<b>{escape(summary)}</b> "
            f"<span style='color:{self.theme.banner_warn}'>{escape(warning)}</span>"
        )
