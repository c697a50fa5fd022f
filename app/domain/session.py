"""The user's saved pain drawing: a small JSON file they can read.

A damaged file is reported and left alone; the caller saves elsewhere. Version 1 files
(a list of spots) are still read; the app writes version 2 (a list of marks).
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.drawing import MAX_MARKS, Drawing, Mark, MarkError, mark_as_json, mark_from_json
from app.domain.geometry import Point

FORMAT = "triggermap-session"
VERSION = 2
READABLE_VERSIONS = (1, 2)
#: A session of MAX_MARKS long strokes is well under this; a larger file is not ours.
MAX_FILE_BYTES = 8 * 1024 * 1024


class SessionError(ValueError):
    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


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
        info = path.stat()
    except FileNotFoundError:
        return Session()
    except OSError as exc:
        raise SessionError(path, f"cannot be read ({_reason(exc)})") from exc
    if not stat.S_ISREG(info.st_mode):
        raise SessionError(path, "is not a regular file")
    if info.st_size > MAX_FILE_BYTES:
        raise SessionError(path, f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise SessionError(path, "is not UTF-8 text") from exc
    except OSError as exc:
        raise SessionError(path, f"cannot be read ({_reason(exc)})") from exc
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        raise SessionError(path, f"is not valid JSON ({_first_line(exc)})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionError(path, f'is not a TriggerMap session (no "format": "{FORMAT}")')
    version = data.get("version")
    if version not in READABLE_VERSIONS or isinstance(version, bool):
        raise SessionError(
            path, f"has version {version!r}; this TriggerMap reads {READABLE_VERSIONS}"
        )
    try:
        drawing = _drawing_v1(data) if version == 1 else _drawing_v2(data)
    except MarkError as exc:
        raise SessionError(path, str(exc)) from exc
    selected = data.get("selected_muscle")
    if selected is not None and not isinstance(selected, str):
        raise SessionError(path, "field 'selected_muscle' must be a muscle id or null")
    return Session(drawing, selected)


def _drawing_v1(data: dict[str, object]) -> Drawing:
    raw = data.get("spots")
    if not isinstance(raw, list):
        raise MarkError("field 'spots' must be a list of [x, y] pairs")
    if len(raw) > MAX_MARKS:
        raise MarkError(f"field 'spots' holds more than {MAX_MARKS} spots")
    marks = []
    for i, item in enumerate(raw):
        m = mark_from_json({"kind": "spot", "points": [item]}, where=f"spots[{i}]")
        marks.append(m)
    return Drawing(tuple(marks))


def _drawing_v2(data: dict[str, object]) -> Drawing:
    raw = data.get("marks")
    if not isinstance(raw, list):
        raise MarkError("field 'marks' must be a list of marks")
    if len(raw) > MAX_MARKS:
        raise MarkError(f"field 'marks' holds more than {MAX_MARKS} marks")
    marks: list[Mark] = [mark_from_json(item, where=f"marks[{i}]") for i, item in enumerate(raw)]
    return Drawing(tuple(marks))


def save_session(path: Path, session: Session) -> None:
    """Write atomically (temp file + rename) so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "format": FORMAT,
        "version": VERSION,
        "marks": [mark_as_json(m) for m in session.drawing.marks],
        "selected_muscle": session.selected_muscle,
    }
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(json.dumps(data, indent=1) + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number")


def _first_line(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, json.JSONDecodeError):
        return f"line {exc.lineno}: {exc.msg}"
    return str(exc).splitlines()[0]


def _reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)
