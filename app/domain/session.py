"""The user's saved pain spots: a small JSON file they can read.

A damaged file is reported and left alone; the caller saves elsewhere.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from app.domain.geometry import Point

FORMAT = "triggermap-session"
VERSION = 1


class SessionError(ValueError):
    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


@dataclass(frozen=True)
class Session:
    spots: tuple[Point, ...] = ()
    selected_muscle: str | None = None


def load_session(path: Path) -> Session:
    """The saved session, an empty one if there is none; SessionError if damaged."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Session()
    except (OSError, UnicodeDecodeError) as exc:
        raise SessionError(path, f"cannot be read ({exc})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SessionError(path, f"is not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionError(path, f'is not a TriggerMap session (no "format": "{FORMAT}")')
    if data.get("version") != VERSION:
        raise SessionError(
            path, f"has version {data.get('version')!r}; this TriggerMap reads {VERSION}"
        )
    raw = data.get("spots")
    if not isinstance(raw, list):
        raise SessionError(path, "field 'spots' must be a list of [x, y] pairs")
    spots: list[Point] = []
    for i, item in enumerate(raw):
        if (
            not isinstance(item, list)
            or len(item) != 2
            or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in item)
        ):
            raise SessionError(path, f"spots[{i}] must be a pair of numbers, not {item!r}")
        spots.append((float(item[0]), float(item[1])))
    selected = data.get("selected_muscle")
    if selected is not None and not isinstance(selected, str):
        raise SessionError(path, "field 'selected_muscle' must be a muscle id or null")
    return Session(tuple(spots), selected)


def save_session(path: Path, session: Session) -> None:
    """Write atomically (temp file + rename) so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "format": FORMAT,
        "version": VERSION,
        "spots": [[round(x, 3), round(y, 3)] for x, y in session.spots],
        "selected_muscle": session.selected_muscle,
    }
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)
