"""Two diary entries side by side: each date's drawing, marks and likely muscles, so a
patient can set last week next to today. Read-only: each drawing has a scene of its own
made from the same art as the main diagram."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsView,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app import resources
from app.ui.diagram_scene import DiagramScene
from app.ui.diary import candidate_text, date_text, marks_text

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent, QShowEvent

    from app.domain.diary import Entry
    from app.ui.diary import DiaryController
    from app.ui.main_window import MainWindow

#: Muscles listed under each drawing.
TOP_LISTED = 3


class DrawingView(QGraphicsView):
    """The whole figure, always fitted to the view; nothing to click."""

    def __init__(self, scene: DiagramScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(180, 380)

    def fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt virtual)
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt virtual)
        super().showEvent(event)
        self.fit()


class EntryPanel:
    """One date's widgets: heading, note, the drawing, and the marks and the muscles
    beside it. The dialog lines the two dates' widgets up row by row."""

    def __init__(self, diary: DiaryController, entry: Entry, window: MainWindow) -> None:
        top = diary.top(entry.drawing)
        self.scene = DiagramScene(resources.diagram_svg(), window.controller.figure)
        assert window.atlas is not None
        self.scene.attach(window.atlas)
        # The art's labels would be too small to read at this size.
        self.scene.set_art_visible("labels", False)
        self.scene.set_marks(entry.drawing.marks)
        if top:
            first = top[0]
            self.scene.show_pattern(first.muscle, sides=first.sides or (first.side,))
        self.view = DrawingView(self.scene)
        self.view.setAccessibleName(f"Pain drawing of {date_text(entry.when)}")

        self.heading = QLabel(f"<b>{escape(date_text(entry.when))}</b>")
        self.heading.setObjectName("diaryCompareDate")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.note = QLabel(escape(entry.note).replace("\n", "<br>") or "<i>No note.</i>")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        parts = [f"<p><b>{marks_text(len(entry.drawing))}</b></p>"]
        parts.append(
            _numbered([diary.mark_text(m) for m in entry.drawing.marks])
            if entry.drawing
            else "<p>No marked pain.</p>"
        )
        if top:
            parts.append("<p><b>Most likely</b></p>")
            parts.append(_numbered([candidate_text(c) for c in top[:TOP_LISTED]]))
            parts.append(f"<p>The drawing shows where {escape(top[0].name)} can send pain.</p>")
        elif entry.drawing:
            parts.append("<p>No muscle in TriggerMap reaches these marks.</p>")
        self.summary = QLabel("".join(parts))
        self.summary.setObjectName("diaryCompareSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setMinimumWidth(190)


def _numbered(lines: list[str]) -> str:
    """A numbered list that keeps its numbers in a narrow column (a rich-text label
    indents an <ol> by 40 pixels)."""
    rows = "".join(
        f"<tr><td align='right'>{i}.&nbsp;</td><td>{escape(line)}</td></tr>"
        for i, line in enumerate(lines, 1)
    )
    return f"<table cellspacing='0' cellpadding='1'>{rows}</table>"


class CompareDialog(QDialog):
    """The older entry on the left, the newer on the right, lined up row by row."""

    def __init__(
        self,
        window: MainWindow,
        diary: DiaryController,
        older: Entry,
        newer: Entry,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("diaryCompare")
        self.setWindowTitle(f"Pain diary: {date_text(older.when)} and {date_text(newer.when)}")
        self.panels = (EntryPanel(diary, older, window), EntryPanel(diary, newer, window))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for i, panel in enumerate(self.panels):
            col = 3 * i
            grid.addWidget(panel.heading, 0, col, 1, 2)
            grid.addWidget(panel.note, 1, col, 1, 2)
            grid.addWidget(panel.view, 2, col)
            grid.addWidget(panel.summary, 2, col + 1)
            grid.setColumnStretch(col, 3)
            grid.setColumnStretch(col + 1, 2)
        grid.setColumnMinimumWidth(2, 16)  # a gap between the two dates
        grid.setRowStretch(2, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self._controller = window.controller
        # The main window stays usable: both drawings follow a change of body figure.
        window.controller.figure_changed.connect(self._follow_figure)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.resize(1080, 720)

    def _follow_figure(self) -> None:
        for panel in self.panels:
            panel.scene.set_figure(self._controller.figure)
            panel.view.fit()
