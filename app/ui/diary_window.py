"""File → Save to diary… and File → Pain diary…: the dialogs that show the diary
(app/ui/diary.py holds its state)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.diary import MAX_NOTE_CHARS, Damaged, Entry
from app.ui.diary import date_text, marks_text

if TYPE_CHECKING:
    from app.ui.diary import DiaryController
    from app.ui.main_window import MainWindow

NAME_ROLE = Qt.ItemDataRole.UserRole


def _qt_time(when: datetime) -> QDateTime:
    return QDateTime(when.year, when.month, when.day, when.hour, when.minute, when.second)


class EntryDialog(QDialog):
    """A date (editable when saving) and a note of a few lines. Ctrl+Enter saves."""

    def __init__(
        self,
        title: str,
        intro: str,
        when: datetime,
        note: str = "",
        *,
        date_editable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("diaryEntryDialog")
        self.setWindowTitle(title)
        info = QLabel(intro)
        info.setWordWrap(True)
        self.date = QDateTimeEdit(_qt_time(when))
        self.date.setDisplayFormat("d MMM yyyy, HH:mm")
        self.date.setCalendarPopup(True)
        self.date.setMinimumDateTime(_qt_time(datetime(2000, 1, 1)))
        self.date.setEnabled(date_editable)
        self.date.setAccessibleName("Date and time of this entry")
        self.note = QPlainTextEdit(note)
        self.note.setObjectName("diaryNote")
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName("Note")
        self.note.setPlaceholderText("Optional: what you did, what helped, how you slept…")
        self.note.setMinimumHeight(90)
        self.note.textChanged.connect(self._check_length)
        form = QFormLayout()
        form.addRow("&Date:", self.date)
        form.addRow("&Note:", self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip("Save (Ctrl+Enter)")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._save_by_key)
        self.length = QLabel(" ")
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form, 1)
        layout.addWidget(self.length)
        layout.addWidget(buttons)
        self.resize(480, 300)
        self.note.setFocus()

    @property
    def when(self) -> datetime:
        d, t = self.date.date(), self.date.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())

    def text(self) -> str:
        return self.note.toPlainText()

    def _check_length(self) -> None:
        over = len(self.text()) - MAX_NOTE_CHARS
        self.save_button.setEnabled(over <= 0)
        self.length.setText(f"The note is {over} characters too long." if over > 0 else " ")

    def _save_by_key(self) -> None:
        if self.save_button.isEnabled():
            self.accept()


class DiaryWindow(QDialog):
    """The entries, newest first: open one, change its note, delete it, or show two side
    by side. Stays open beside the main window (not modal)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("diaryWindow")
        self.setWindowTitle("Pain diary")
        self._window = window
        self.diary: DiaryController = window.controller.diary
        intro = QLabel(
            "Your saved drawings, newest first. Open one to put it in place of your "
            "drawing (Undo brings yours back), or pick two (Ctrl+click) and show them side "
            "by side."
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("diaryList")
        self.list.setAccessibleName("Diary entries")
        self.list.setHeaderLabels(["Date", "Note", "Marks", "Most likely"])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.detail = QLabel(" ")
        self.detail.setObjectName("diaryDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.open_button = self._button("&Open", "Put this drawing in place of yours", self._open)
        self.open_button.setDefault(True)
        self.note_button = self._button("Edit &note…", "Change this entry's note", self._edit)
        self.delete_button = self._button("&Delete…", "Delete this entry (asks)", self._delete)
        self.compare_button = self._button(
            "Side &by side", "Show the two chosen entries next to each other", self._compare
        )
        close = self._button("Close", "Close the diary", self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, self._delete)
        row = QHBoxLayout()
        for b in (self.open_button, self.note_button, self.delete_button, self.compare_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        layout.addLayout(row)

        self.list.itemSelectionChanged.connect(self._on_selection)
        self.list.itemDoubleClicked.connect(lambda _item, _col: self._open())
        self.diary.changed.connect(self._fill)
        self._fill()
        self.resize(760, 460)

    def _button(self, text: str, tip: str, slot: object) -> QPushButton:
        b = QPushButton(text)
        b.setToolTip(tip)
        b.setStatusTip(tip)
        b.clicked.connect(slot)
        return b

    # -- showing ---------------------------------------------------------------------------

    def _fill(self) -> None:
        chosen = set(self.chosen_names())
        self.list.clear()
        for e in self.diary.items:
            if isinstance(e, Entry):
                cells = [
                    date_text(e.when),
                    e.headline or "(no note)",
                    marks_text(len(e.drawing)),
                    self.diary.top_text(e.drawing),
                ]
            else:
                when = date_text(e.when) if e.when != datetime.min else e.name
                cells = [when, "Damaged: cannot be opened (see below)", "", ""]
            item = QTreeWidgetItem(cells)
            item.setData(0, NAME_ROLE, e.name)
            item.setToolTip(1, e.note if isinstance(e, Entry) else f"{e.name} {e.reason}")
            self.list.addTopLevelItem(item)
            item.setSelected(e.name in chosen)
        if not self.diary.items:
            self.detail.setText(
                "The diary is empty. Save a drawing with File → Save to diary… (Ctrl+Shift+D)."
            )
        listing = self.diary.listing
        if listing.problem:
            self.detail.setText(f"The diary cannot be read: {listing.problem}.")
        elif listing.not_listed:
            self.detail.setText(f"{listing.not_listed} older entries are not listed.")
        self._on_selection()

    def chosen_names(self) -> list[str]:
        """The selected entries' names, in list order (newest first)."""
        rows = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [row.data(0, NAME_ROLE) for row in rows if row is not None and row.isSelected()]

    def _chosen(self) -> list[Entry | Damaged]:
        return [e for n in self.chosen_names() if (e := self.diary.item(n)) is not None]

    def _on_selection(self) -> None:
        chosen = self._chosen()
        entries = [e for e in chosen if isinstance(e, Entry)]
        one = len(chosen) == 1 and len(entries) == 1
        self.open_button.setEnabled(one)
        self.note_button.setEnabled(one)
        self.delete_button.setEnabled(one)
        self.compare_button.setEnabled(len(chosen) == 2 and len(entries) == 2)
        damaged = [e for e in chosen if isinstance(e, Damaged)]
        if damaged:
            # Kept as it is, so the user can look at it or mend it.
            d = damaged[0]
            self.detail.setText(
                f"This entry cannot be opened: {d.name} {d.reason}. The file is kept as it "
                f"is in {self.diary.folder}."
            )
        elif len(chosen) == 1 and entries:
            self.detail.setText(entries[0].note or "(no note)")
        elif len(chosen) > 2:
            self.detail.setText("Pick two entries to show them side by side.")
        elif chosen:
            self.detail.setText(" ")

    # -- intents ---------------------------------------------------------------------------

    def _only(self) -> Entry | None:
        chosen = self._chosen()
        return chosen[0] if len(chosen) == 1 and isinstance(chosen[0], Entry) else None

    def _open(self) -> None:
        entry = self._only()
        if entry is None:
            return
        self._window.statusBar().showMessage(self.diary.open(entry.name), 15000)
        self.close()

    def _edit(self) -> None:
        entry = self._only()
        if entry is None:
            return
        dialog = EntryDialog(
            "Edit note",
            f"The note for {date_text(entry.when)}.",
            entry.when,
            entry.note,
            date_editable=False,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done() -> None:
            problem = self.diary.set_note(entry.name, dialog.text())
            if problem:
                self.detail.setText(problem)

        dialog.accepted.connect(done)
        dialog.open()

    def _delete(self) -> None:
        entry = self._only()
        if entry is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Delete diary entry",
            f"Delete the entry of {date_text(entry.when)} ({marks_text(len(entry.drawing))})? "
            "This cannot be undone.",
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("diaryDelete")
        delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDelete")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done() -> None:
            if box.clickedButton() is delete:
                problem = self.diary.delete(entry.name)
                if problem:
                    self.detail.setText(problem)

        box.finished.connect(done)
        box.open()

    def _compare(self) -> None:
        entries = [e for e in self._chosen() if isinstance(e, Entry)]
        if len(entries) != 2:
            return
        from app.ui.diary_compare import CompareDialog

        older, newer = sorted(entries, key=lambda e: e.when)
        dialog = CompareDialog(self._window, self.diary, older, newer, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


def save_to_diary(window: MainWindow) -> None:
    """File → Save to diary…: ask for the date and a note, then keep the drawing."""
    if window.atlas is None:
        return
    n = len(window.drawing.drawing)
    what = (
        f"Your drawing ({marks_text(n)}, with their pain and what they feel like) is kept "
        "in your pain diary with this date and note."
        if n
        else "Your drawing has no marks: it is kept as a day without marked pain."
    )
    dialog = EntryDialog("Save to pain diary", what, datetime.now(), parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done() -> None:
        message = window.controller.diary.save(dialog.when, dialog.text())
        if message:
            window.statusBar().showMessage(message, 10000)

    dialog.accepted.connect(done)
    dialog.open()


def open_diary(window: MainWindow) -> None:
    """File → Pain diary…: one diary window, brought to the front if already open."""
    if window.atlas is None:
        return
    # One window, kept (hidden) when closed: its list follows the diary's signal.
    existing = window.findChild(DiaryWindow, "diaryWindow")
    if existing is None:
        existing = DiaryWindow(window)
    else:
        window.controller.diary.reload()  # the files may have changed meanwhile
    if existing.isVisible():  # behind the main window: bring it forward
        existing.raise_()
    existing.show()
    existing.activateWindow()
