"""Side panels: ranked candidates, the muscle browser, background reading, legend."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import style
from app.ui.candidate_rows import CandidateDelegate, fill_item, show_details

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent

    from app.domain.lookup import Candidate
    from app.domain.models import Library

ID_ROLE = Qt.ItemDataRole.UserRole


class CandidatesPanel(QWidget):
    """The answer: muscles that may send pain to the marked spots, best first."""

    candidate_selected = Signal(int)  # index into the current candidates, -1 for none
    show_all_requested = Signal()
    lookalike_requested = Signal(str)  # a look-alike's id
    check_requested = Signal()  # "Check your warning signs"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel("Click where it hurts on the body.")
        self.heading.setWordWrap(True)
        self.heading.setObjectName("candidatesHeading")
        self.list = QListWidget()
        self.list.setAccessibleName("Candidate muscles")
        self.list.setIconSize(QSize(18, 18))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        # Rows are as tall as their wrapped text: laid out again when the list is resized
        # and when the chosen row (the one that shows its details) changes.
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setItemDelegate(CandidateDelegate(self.list))
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.currentRowChanged.connect(self.candidate_selected)
        self.more = QPushButton()
        self.more.setFlat(True)
        self.more.setStyleSheet("text-align: left; color: #6b3a2a;")
        self.more.clicked.connect(self.show_all_requested)
        self.more.hide()
        # What else it could be, and the warning signs for the marked places.
        self.notes = QLabel()
        self.notes.setObjectName("answerNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setAccessibleName("Other possible causes and warning signs")
        self.notes.linkActivated.connect(self._on_link)
        self.notes.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.notes)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more)
        layout.addWidget(Legend())
        self._icons = {k: QIcon(style.swatch(k)) for k in ("essential", "spillover")}

    def set_candidates(
        self, heading: str, candidates: Sequence[Candidate], *, hidden: int = 0
    ) -> None:
        self.heading.setText(heading)
        self.more.setText(f"Show {hidden} more with weaker evidence (A)")
        self.more.setVisible(hidden > 0)
        self.list.blockSignals(True)
        self.list.clear()
        for i, c in enumerate(candidates, 1):
            item = QListWidgetItem(self._icons[c.pattern], "")
            fill_item(item, i, c)
            item.setData(ID_ROLE, c.muscle)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if candidates:
            self.list.setCurrentRow(0)
        else:
            self.candidate_selected.emit(-1)

    def set_current_quietly(self, row: int) -> None:
        """Make ``row`` the chosen one (its details shown) without asking for its muscle:
        the selection it follows is already made."""
        with QSignalBlocker(self):
            self.list.setCurrentRow(row)

    def _on_current_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        show_details(previous, False)
        show_details(current, True)
        self.list.doItemsLayout()  # the two rows changed height

    def set_notes(self, html: str) -> None:
        self.notes.setText(html)
        self.notes.setVisible(bool(html))

    def _on_link(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "lookalike":
            self.lookalike_requested.emit(value)
        elif kind == "check":
            self.check_requested.emit()


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(3)
        title = QLabel("<b>Legend</b>")
        layout.addWidget(title)
        for kind, text in (
            ("essential", "Main pain area (essential zone)"),
            ("spillover", "Possible extra area (spillover zone)"),
            ("marker", "Trigger point"),
            ("spot", "Your pain spot"),
            ("stroke", "Your painted area"),
        ):
            row = QHBoxLayout()
            icon = QLabel()
            icon.setPixmap(style.swatch(kind))
            row.addWidget(icon)
            row.addWidget(QLabel(text), 1)
            layout.addLayout(row)


class IdList(QListWidget):
    """A list of (id, text) rows that reports the chosen id."""

    chosen = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.currentItemChanged.connect(
            lambda cur, _prev: self.chosen.emit(cur.data(ID_ROLE)) if cur else None
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt virtual)
        # A click on the row that is already current changes nothing, so Qt sends no
        # signal; but the row may only be highlighted (the answer's muscle, shown on one
        # side) or another page may be shown since: the click asks for it, so say so.
        before = self.currentItem()
        super().mousePressEvent(event)
        item = self.itemAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and item is not None and item is before:
            self.chosen.emit(item.data(ID_ROLE))

    def set_rows(self, rows: Sequence[tuple[str, str]]) -> None:
        with QSignalBlocker(self):
            self.clear()
            for item_id, text in rows:
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, item_id)
                self.addItem(item)

    def select_id(self, item_id: str) -> None:
        """Show which row is current without emitting ``chosen`` (no feedback loop)."""
        with QSignalBlocker(self):
            for row in range(self.count()):
                if self.item(row).data(ID_ROLE) == item_id:
                    self.setCurrentRow(row)
                    return
            self.setCurrentRow(-1)


def muscle_rows(lib: Library) -> list[tuple[str, str]]:
    return [
        (m.id, f"{m.name}  ({m.depth})") for m in sorted(lib.muscles, key=lambda m: m.name.lower())
    ]


def learn_rows(lib: Library) -> list[tuple[str, str]]:
    rows = [("safety", "When to get medical help")]
    rows += [(f"topic:{t.id}", t.title) for t in lib.topics]
    rows += [(f"stretch:{s.id}", f"Stretch: {s.name}") for s in lib.stretches]
    rows += [(f"treatment:{t.id}", f"Treatment: {t.name}") for t in lib.treatments]
    rows.append(("references", "References"))
    return rows
