"""The window's saved drawing: session.json in the data folder, read once at start and
written after each change; a file that cannot be loaded is set aside, never rewritten."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from app.domain.drawing import Drawing
    from app.domain.session import Session, SessionError


class SessionFile:
    """No widgets: the window shows :attr:`notice` in its banner and save problems in its
    status bar. The session code is imported on first use, after the first paint."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None  # why the saved file could not be loaded
        self.notice: str | None = None  # what the banner should say about it (HTML)
        self._saving = True  # False when a file that could not be loaded is still in the way
        self._unkept: Drawing | None = None  # the drawing this launch opened with

    def load(self) -> Session | None:
        """The saved session (empty if there is none); None if it could not be loaded."""
        from app.domain.session import SessionError, load_session

        try:
            session = load_session(self.path)
        except SessionError as exc:
            self._set_aside(exc)
            return None
        # Kept as session.previous-1.json once this launch changes it (see save).
        self._unkept = session.drawing or None
        return session

    def _set_aside(self, problem: SessionError) -> None:
        """Rename the file we cannot load, unchanged, so that session.json (the only name a
        launch reads) carries on with this session and the next launch finds it."""
        from app.domain.reasons import os_reason
        from app.domain.session import set_aside

        self.problem = str(problem)
        notice = f"<b>Your saved pain drawing could not be loaded:</b> {escape(str(problem))}."
        try:
            aside = set_aside(self.path, datetime.now())
        except OSError as exc:
            # Never overwrite what we cannot read; a session saved under another name
            # would be one no launch reads, so say plainly that this one is not saved.
            self._saving = False
            notice += (
                f" It could not be moved aside ({escape(os_reason(exc))}), so it is left as "
                "it is and this session will not be saved. Move or delete it to save again."
            )
        else:
            notice += (
                f" It was moved aside, unchanged, to {escape(aside.name)} (File → Recover… "
                f"lists it); this session is saved to {escape(self.path.name)} as usual."
            )
        self.notice = notice

    def save(self, drawing: Drawing, selected_muscle: str | None) -> str | None:
        """Write the session; a message saying why not if it cannot be written."""
        if not self._saving:
            return None
        from app.domain.reasons import os_reason
        from app.domain.session import Session, keep_previous, save_session

        try:
            if self._unkept is not None and drawing != self._unkept:
                # This launch has changed the drawing it opened with: keep that for Recover.
                self._unkept = None
                keep_previous(self.path)
            save_session(self.path, Session(drawing, selected_muscle))
        except OSError as exc:
            return f"Could not save your drawing to {self.path}: {os_reason(exc)}"
        return None
