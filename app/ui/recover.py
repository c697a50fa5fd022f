"""File → Recover…: open an earlier or a set-aside session file in place of the drawing."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.session import Session, SessionError, load_session, saved_files

if TYPE_CHECKING:
    from pathlib import Path

    from app.domain.session import SavedFile
    from app.ui.main_window import MainWindow

_KIND = {
    "previous": "Earlier session, last saved",
    "damaged": "Set aside (could not be loaded)",
    "older": "Saved after a damaged file",
}


class RecoverDialog(QDialog):
    """The files, newest first, each with its mark count or why it cannot be read."""

    def __init__(self, session_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoverDialog")
        self.setWindowTitle("Recover a drawing")
        self.chosen: Session | None = None
        self._files: list[tuple[SavedFile, Session | SessionError]] = [
            (f, _read(f.path)) for f in saved_files(session_path)
        ]
        intro = QLabel(
            "TriggerMap keeps the drawings of your last few sessions, and sets aside any "
            "saved file it could not load. Open one to put it in place of your drawing; "
            "Undo brings your drawing back."
            if self._files
            else f"There are no earlier or set-aside sessions in {session_path.parent}."
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Saved sessions")
        for f, got in self._files:
            when = datetime.fromtimestamp(f.modified).strftime("%d %b %Y %H:%M")
            if isinstance(got, Session):
                n = len(got.drawing)
                what = f"{n} mark" if n == 1 else f"{n} marks"
            else:
                what = "could not be read"
            self.list.addItem(QListWidgetItem(f"{_KIND[f.kind]} {when}: {what}"))
        self.detail = QLabel(" ")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setEnabled(False)
        buttons.accepted.connect(self._open)
        buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._on_row)
        self.list.itemDoubleClicked.connect(lambda _item: self._open())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def _on_row(self, row: int) -> None:
        if not 0 <= row < len(self._files):
            self.open_button.setEnabled(False)
            self.detail.setText(" ")
            return
        f, got = self._files[row]
        self.open_button.setEnabled(isinstance(got, Session))
        if isinstance(got, Session):
            self.detail.setText(str(f.path))
        else:
            # The file is kept as it is, so the user can look at it or mend it.
            self.detail.setText(f"{got}. The file is kept as it is at {f.path}.")

    def _open(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._files) and isinstance(self._files[row][1], Session):
            got = self._files[row][1]
            assert isinstance(got, Session)
            self.chosen = got
            self.accept()


def _read(path: Path) -> Session | SessionError:
    try:
        return load_session(path)
    except SessionError as exc:
        return exc


def open_recover(window: MainWindow) -> None:
    if window.atlas is None:
        return
    dialog = RecoverDialog(window.session_path, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def opened() -> None:
        if dialog.chosen is None:
            return
        window.drawing.replace(dialog.chosen.drawing, "Recover drawing")
        window.statusBar().showMessage(
            "Opened the saved drawing in place of yours: Undo (Ctrl+Z) brings yours back.",
            15000,
        )

    dialog.accepted.connect(opened)
    dialog.open()
