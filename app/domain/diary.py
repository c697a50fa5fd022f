"""The pain diary: pain drawings kept with a date and a note, one small JSON file each.

Entries live in ``<data folder>/diary/``, one file per entry, named after the date it was
saved for (``2026-11-30T09-15-02.json``; a second entry of the same second gets ``-2``).
One file each means saving, editing or deleting an entry never rewrites another, and a
damaged file costs that entry only (docs/decisions/0003-one-file-per-diary-entry.md).

Files are read with the session's checks and its mark parser (app/domain/session.py) and
written atomically. A file that cannot be read is listed as :class:`Damaged`, with the
reason, and never written, renamed or deleted: the user may want to look at it or mend it.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from app.domain.drawing import Drawing, MarkError, mark_as_json
from app.domain.session import SessionError, drawing_from_json, read_document, write_atomically

if TYPE_CHECKING:
    from pathlib import Path

FOLDER = "diary"
FORMAT = "triggermap-diary-entry"
VERSION = 1
#: A note is a few lines; anything longer is not a file of ours.
MAX_NOTE_CHARS = 2000
#: The newest this many files are listed (reading is what costs, not the list).
MAX_LISTED = 1000
#: Dates the diary accepts: four-digit years keep the file names in date order.
FIRST_YEAR, LAST_YEAR = 1900, 9999
_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2})(?:-(\d{1,4}))?\.json$")
_FIELDS = frozenset({"format", "version", "date", "note", "marks"})


@dataclass(frozen=True)
class Entry:
    """One day's pain drawing. ``name`` (the file's name) identifies it."""

    name: str
    when: datetime
    note: str
    drawing: Drawing

    @property
    def headline(self) -> str:
        """The note's first line that says something ("" without a note)."""
        return next((line.strip() for line in self.note.splitlines() if line.strip()), "")


@dataclass(frozen=True)
class Damaged:
    """A file named like an entry that cannot be read; ``reason`` follows its name in a
    sentence ("is not valid JSON (line 3: ...)")."""

    name: str
    when: datetime  # from the file's name
    reason: str


class DiaryError(ValueError):
    """A note or a date the diary cannot keep (too long, out of range)."""


@dataclass(frozen=True)
class Listing:
    """The diary as read from its folder: entries (and damaged files), newest first."""

    items: tuple[Entry | Damaged, ...] = ()
    not_listed: int = 0  # older files beyond MAX_LISTED
    problem: str | None = None  # why the folder itself cannot be read


def list_entries(folder: Path) -> Listing:
    """Every file in ``folder`` named like an entry, read and checked, newest first."""
    try:
        names = [n for n in os.listdir(folder) if _NAME.match(n)]
    except FileNotFoundError:
        return Listing()
    except OSError as exc:
        from app.domain.reasons import os_reason

        return Listing(problem=f"{folder} cannot be read ({os_reason(exc)})")
    names.sort(key=_name_order, reverse=True)
    items = [read_entry(folder / n) for n in names[:MAX_LISTED]]
    items.sort(key=lambda e: (e.when, _name_order(e.name)), reverse=True)
    return Listing(tuple(items), max(0, len(names) - MAX_LISTED))


def read_entry(path: Path) -> Entry | Damaged:
    """The entry in ``path``, or why it cannot be read (nothing on disk changes)."""
    try:
        return load_entry(path)
    except FileNotFoundError:
        return Damaged(path.name, _name_time(path.name), "is gone (deleted meanwhile)")
    except SessionError as exc:
        return Damaged(path.name, _name_time(path.name), exc.reason)


def load_entry(path: Path) -> Entry:
    """SessionError (with the reason) if the file is not an entry this version reads."""
    data = read_document(path, FORMAT, "a TriggerMap diary entry")
    try:
        unknown = sorted(set(data) - _FIELDS)
        if unknown:
            raise DiaryError(f"has an unknown field {unknown[0]!r}")
        version = data.get("version")
        if version != VERSION or isinstance(version, bool):
            raise DiaryError(f"has version {version!r}; this TriggerMap reads {VERSION}")
        when = _date_from_json(data.get("date"))
        note = data.get("note", "")
        if not isinstance(note, str):
            raise DiaryError("field 'note' must be text")
        check_note(note)
        drawing = drawing_from_json(data)
    except (DiaryError, MarkError) as exc:
        raise SessionError(path, str(exc)) from exc
    return Entry(path.name, when, note, drawing)


def check_note(note: str) -> str:
    if len(note) > MAX_NOTE_CHARS:
        raise DiaryError(f"the note is longer than {MAX_NOTE_CHARS} characters")
    return note


def check_date(when: datetime) -> datetime:
    if when.tzinfo is not None:
        raise DiaryError("a diary date is local time, without a time zone")
    if not FIRST_YEAR <= when.year <= LAST_YEAR:
        raise DiaryError(f"a diary date lies in the years {FIRST_YEAR} to {LAST_YEAR}")
    return when.replace(microsecond=0)


def _date_from_json(raw: object) -> datetime:
    if not isinstance(raw, str) or len(raw) > 40:
        raise DiaryError("field 'date' must be a date and time like 2026-11-30T09:15:02")
    try:
        when = datetime.fromisoformat(raw)
    except ValueError:
        raise DiaryError(f"field 'date' is not a date and time: {raw!r}") from None
    return check_date(when)


# -- writing -------------------------------------------------------------------------


def save_entry(folder: Path, when: datetime, note: str, drawing: Drawing) -> Entry:
    """Keep a new entry under a name no file has yet (OSError, DiaryError if not)."""
    when = check_date(when)
    entry = Entry(_free_name(folder, when), when, check_note(note), drawing)
    folder.mkdir(parents=True, exist_ok=True)
    _write(folder, entry)
    return entry


def change_note(folder: Path, name: str, note: str) -> Entry:
    """Rewrite one entry with a new note. The file is read again first, so a file that
    has become unreadable since it was listed is never overwritten (SessionError)."""
    old = load_entry(folder / _checked_name(name))
    entry = Entry(old.name, old.when, check_note(note), old.drawing)
    _write(folder, entry)
    return entry


def delete_entry(folder: Path, name: str) -> None:
    """Remove one entry; only a readable entry (SessionError if not: it stays)."""
    path = folder / _checked_name(name)
    load_entry(path)
    path.unlink()


def _write(folder: Path, entry: Entry) -> None:
    data = {
        "format": FORMAT,
        "version": VERSION,
        "date": entry.when.isoformat(timespec="seconds"),
        "note": entry.note,
        "marks": [mark_as_json(m) for m in entry.drawing.marks],
    }
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    write_atomically(folder / entry.name, text.encode("utf-8"))


def _free_name(folder: Path, when: datetime) -> str:
    stem = f"{when:%Y-%m-%dT%H-%M-%S}"
    n = 1
    while True:
        name = f"{stem}.json" if n == 1 else f"{stem}-{n}.json"
        # lexists: a broken link or a folder of that name is somebody's, not ours to replace.
        if not os.path.lexists(folder / name) and not os.path.lexists(folder / f"{name}.tmp"):
            return name
        n += 1


def _checked_name(name: str) -> str:
    """Only an entry's own name: never a path that leads out of the diary folder."""
    if not _NAME.match(name):
        raise ValueError(f"not a diary entry's name: {name!r}")
    return name


def _name_time(name: str) -> datetime:
    m = _NAME.match(name)
    assert m is not None
    try:
        return datetime.strptime(m.group(1), "%Y-%m-%dT%H-%M-%S")
    except ValueError:  # named like an entry, but no real date (2026-13-45...)
        return datetime.min


def _name_order(name: str) -> tuple[datetime, int]:
    m = _NAME.match(name)
    assert m is not None
    return _name_time(name), int(m.group(2) or 1)
