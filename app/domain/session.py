"""The user's saved pain drawing: a small JSON file they can read.

A damaged file is reported and never rewritten: :func:`set_aside` renames it, unchanged,
to ``session.damaged-<time>.json`` so that a fresh ``session.json`` (the only name a
launch reads) carries on. :func:`keep_previous` keeps the last few good sessions as
``session.previous-N.json``. File → Recover offers both (:func:`saved_files`). Version 1
files (a list of spots) are still read; the app writes version 2 (a list of marks).
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from app.domain.drawing import MAX_MARKS, Drawing, Mark, MarkError, mark_as_json, mark_from_json
from app.domain.geometry import Point
from app.domain.reasons import os_reason

FORMAT = "triggermap-session"
VERSION = 2
READABLE_VERSIONS = (1, 2)
#: A session of MAX_MARKS long strokes is well under this; a larger file is not ours.
MAX_FILE_BYTES = 8 * 1024 * 1024
#: Earlier good sessions kept beside the current one (session.previous-1.json is the newest).
PREVIOUS_KEPT = 3


class SessionError(ValueError):
    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.reason = message  # what is wrong, in words that follow the file's name


@dataclass(frozen=True)
class Session:
    drawing: Drawing = field(default_factory=Drawing)
    selected_muscle: str | None = None

    @property
    def spots(self) -> tuple[Point, ...]:
        return self.drawing.spots


def load_session(path: Path) -> Session:
    """The saved session, an empty one if there is none; SessionError if damaged."""
    try:
        data = read_document(path, FORMAT, "a TriggerMap session")
    except FileNotFoundError:
        return Session()
    version = data.get("version")
    if version not in READABLE_VERSIONS or isinstance(version, bool):
        raise SessionError(
            path, f"has version {version!r}; this TriggerMap reads {READABLE_VERSIONS}"
        )
    try:
        drawing = _drawing_v1(data) if version == 1 else drawing_from_json(data)
    except MarkError as exc:
        raise SessionError(path, str(exc)) from exc
    selected = data.get("selected_muscle")
    if selected is not None and not isinstance(selected, str):
        raise SessionError(path, "field 'selected_muscle' must be a muscle id or null")
    return Session(drawing, selected)


def read_document(
    path: Path, format_: str, what: str, *, max_bytes: int = MAX_FILE_BYTES
) -> dict[str, object]:
    """The JSON object in one of our files, checked as each of them is: a regular file
    under the size cap (``max_bytes``, a whole number of MB), UTF-8, strict JSON (no NaN
    or Infinity), with our ``"format"``. SessionError says what is wrong;
    FileNotFoundError if there is no file."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise SessionError(path, f"cannot be read ({os_reason(exc)})") from exc
    if not stat.S_ISREG(info.st_mode):
        raise SessionError(path, "is not a regular file")
    if info.st_size > max_bytes:
        raise SessionError(path, f"is larger than {max_bytes // (1024 * 1024)} MB")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise SessionError(path, "is not UTF-8 text") from exc
    except OSError as exc:
        raise SessionError(path, f"cannot be read ({os_reason(exc)})") from exc
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        raise SessionError(path, f"is not valid JSON ({_first_line(exc)})") from exc
    if not isinstance(data, dict) or data.get("format") != format_:
        raise SessionError(path, f'is not {what} (no "format": "{format_}")')
    return data


def _drawing_v1(data: dict[str, object]) -> Drawing:
    """Version 1 kept a list of [x, y] spots."""
    return _marks(
        data,
        "spots",
        "[x, y] pairs",
        lambda i, item: mark_from_json({"kind": "spot", "points": [item]}, where=f"spots[{i}]"),
    )


def drawing_from_json(data: dict[str, object]) -> Drawing:
    """The drawing in a file's ``"marks"`` list (version 2 sessions, diary entries)."""
    return _marks(data, "marks", "marks", lambda i, item: mark_from_json(item, where=f"marks[{i}]"))


def _marks(
    data: dict[str, object], key: str, what: str, read: Callable[[int, object], Mark]
) -> Drawing:
    raw = data.get(key)
    if not isinstance(raw, list):
        raise MarkError(f"field {key!r} must be a list of {what}")
    if len(raw) > MAX_MARKS:
        raise MarkError(f"field {key!r} holds more than {MAX_MARKS} {key}")
    return Drawing(tuple(read(i, item) for i, item in enumerate(raw)))


def save_session(path: Path, session: Session) -> None:
    """Write atomically (temp file + rename) so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "format": FORMAT,
        "version": VERSION,
        "marks": [mark_as_json(m) for m in session.drawing.marks],
        "selected_muscle": session.selected_muscle,
    }
    write_atomically(path, (json.dumps(data, indent=1) + "\n").encode("utf-8"))


def write_atomically(path: Path, data: bytes) -> None:
    """Write a temp file beside ``path``, flush it to disk, then rename it over ``path``:
    a crash or a failed write leaves the old file whole (OSError says why)."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def set_aside(path: Path, when: datetime) -> Path:
    """Rename a session file that could not be loaded to ``session.damaged-<when>.json``
    beside it, unchanged, and return the new path; OSError if it cannot be moved."""
    stamp = f"{when:%Y%m%d-%H%M%S}"
    n = 1
    while True:
        suffix = "" if n == 1 else f"-{n}"
        target = path.with_name(f"{path.stem}.damaged-{stamp}{suffix}{path.suffix}")
        # os.rename would replace an earlier set-aside file of the same second.
        if not os.path.lexists(target):
            os.rename(path, target)
            return target
        n += 1


def previous_path(path: Path, n: int) -> Path:
    return path.with_name(f"{path.stem}.previous-{n}{path.suffix}")


def keep_previous(path: Path, *, kept: int = PREVIOUS_KEPT) -> None:
    """Copy the session at ``path`` to ``session.previous-1.json``; the earlier copies move
    up one number and the oldest beyond ``kept`` is dropped. OSError if it fails."""
    if not path.is_file():  # nothing saved yet (or not a file of ours): nothing to keep
        return
    data = path.read_bytes()
    for n in range(kept - 1, 0, -1):
        older = previous_path(path, n)
        if older.is_file():
            os.replace(older, previous_path(path, n + 1))
    write_atomically(previous_path(path, 1), data)


SavedKind = Literal["previous", "damaged", "older"]


@dataclass(frozen=True)
class SavedFile:
    """A session file File → Recover can offer."""

    path: Path
    kind: SavedKind
    modified: float  # seconds since the epoch


def saved_files(path: Path) -> list[SavedFile]:
    """Files beside the session at ``path`` that Recover offers, newest first: earlier good
    sessions, files set aside because they could not be loaded, and the sessions that
    TriggerMap before issue 9 saved as ``session-<time>.json`` after a damaged file (no
    launch read those, so they may hold drawings the user thinks lost)."""
    patterns: tuple[tuple[str, SavedKind], ...] = (
        (f"{path.stem}.previous-*{path.suffix}", "previous"),
        (f"{path.stem}.damaged-*{path.suffix}", "damaged"),
        (f"{path.stem}-*{path.suffix}", "older"),
    )
    found: list[SavedFile] = []
    for pattern, kind in patterns:
        for p in path.parent.glob(pattern):
            try:
                modified = p.lstat().st_mtime
            except OSError:
                continue  # gone meanwhile
            found.append(SavedFile(p, kind, modified))
    return sorted(found, key=lambda f: (-f.modified, f.path.name))


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number")


def _first_line(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, json.JSONDecodeError):
        return f"line {exc.lineno}: {exc.msg}"
    return str(exc).splitlines()[0]
