"""The pain diary's state, without widgets: the list of entries, and what each one's
drawing answers. The diary window and its dialogs (app/ui/diary_window.py) show it and
send intents here; ``changed`` says the list is new."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.domain import diary
from app.domain.reasons import os_reason
from app.domain.session import SessionError

if TYPE_CHECKING:
    from pathlib import Path

    from app.domain.answer import Candidate
    from app.domain.diary import Damaged, Entry
    from app.domain.drawing import Drawing, Mark
    from app.ui.controller import AppController


class DiaryController(QObject):
    changed = Signal()

    def __init__(self, folder: Path, app: AppController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._app = app
        self.listing = diary.Listing()
        # Each drawing's short list, worked out once: a diary is read far more than written.
        self._answers: dict[Drawing, tuple[Candidate, ...]] = {}

    @property
    def items(self) -> tuple[Entry | Damaged, ...]:
        return self.listing.items

    def item(self, name: str) -> Entry | Damaged | None:
        return next((e for e in self.listing.items if e.name == name), None)

    def reload(self) -> None:
        """Read the folder again (the files may have changed outside the app)."""
        self.listing = diary.list_entries(self.folder)
        self.changed.emit()

    # -- intents -------------------------------------------------------------------------

    def save(self, when: datetime, note: str) -> str | None:
        """Keep the current drawing; why not, in plain words, if it cannot be kept."""
        try:
            entry = diary.save_entry(self.folder, when, note, self._app.drawing.drawing)
        except OSError as exc:
            return f"Could not save to the diary in {self.folder}: {os_reason(exc)}."
        except diary.DiaryError as exc:
            return f"Could not save to the diary: {exc}."
        self.reload()
        return f"Saved to your pain diary for {date_text(entry.when)}."

    def set_note(self, name: str, note: str) -> str | None:
        """Change an entry's note; a message if that did not happen."""
        try:
            diary.change_note(self.folder, name, note)
        except OSError as exc:
            return f"Could not change the note: {os_reason(exc)}."
        except (SessionError, diary.DiaryError) as exc:
            return f"Could not change the note: {name} {_reason(exc)}."
        finally:
            self.reload()
        return None

    def delete(self, name: str) -> str | None:
        try:
            diary.delete_entry(self.folder, name)
        except OSError as exc:
            return f"Could not delete the entry: {os_reason(exc)}."
        except SessionError as exc:
            return f"Not deleted: {name} {_reason(exc)}."
        finally:
            self.reload()
        return None

    def open(self, name: str) -> str:
        """Put the entry's drawing in place of the current one, as one undo step; what
        happened, for the status bar."""
        entry = self.item(name)
        if entry is None or isinstance(entry, diary.Damaged):
            return "That diary entry cannot be opened."
        self._app.drawing.replace(entry.drawing, f"Open diary entry of {date_text(entry.when)}")
        return (
            f"Opened your drawing of {date_text(entry.when)}: "
            "Undo (Ctrl+Z) brings back the drawing you had."
        )

    # -- what an entry's drawing answers --------------------------------------------------

    def top(self, drawing: Drawing) -> tuple[Candidate, ...]:
        """The muscles shown first for the drawing, as the answer would list them."""
        got = self._answers.get(drawing)
        if got is None:
            atlas = self._app.atlas
            if atlas is None or not drawing:
                return ()
            from app.domain.lookup import shortlist

            got = self._answers[drawing] = shortlist(atlas.lookup(drawing).candidates)
        return got

    def top_text(self, drawing: Drawing) -> str:
        shown = self.top(drawing)
        if not drawing:
            return "no marks"
        return candidate_text(shown[0]) if shown else "none reaches the marks"

    def mark_text(self, mark: Mark) -> str:
        """Where a mark is and how it hurts: "left lateral calf: painted area, pain 6 of
        10, pins and needles"."""
        atlas = self._app.atlas
        region = atlas.fit(mark).region if atlas is not None else None
        where = atlas.region_name(region) if atlas is not None and region else "off the body"
        from app.ui.report import QUALITY_WORDS

        kind = "spot" if mark.kind == "spot" else "painted area"
        feel = f", {QUALITY_WORDS[mark.quality]}" if mark.quality else ""
        return f"{where}: {kind}, pain {mark.intensity} of 10{feel}"


def date_text(when: datetime) -> str:
    return f"{when:%a %d %b %Y, %H:%M}"


def marks_text(n: int) -> str:
    return f"{n} mark" if n == 1 else f"{n} marks"


def candidate_text(c: Candidate) -> str:
    sides = c.sides or (c.side,)
    where = "both sides" if len(sides) > 1 else f"{sides[0]} side"
    return f"{c.name} ({where})"


def _reason(exc: Exception) -> str:
    return exc.reason if isinstance(exc, SessionError) else str(exc)
