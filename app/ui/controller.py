"""The window's state in one place, without widgets: the drawing (with its undo stack),
the answer, the selection and the saved session.

Widgets send intents here (rank, select, paint) and redraw on two narrow signals:
``answer_changed`` and ``selection_changed``. Everything read from here is plain data
(frozen values), so the panels, the quiz and the report never reach into each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.figure import REFERENCE, Figure
from app.domain.ids import SIDES, Side
from app.ui.drawing_model import DrawingModel
from app.ui.session_file import SessionFile

if TYPE_CHECKING:
    from pathlib import Path

    from app.domain.drawing import Drawing
    from app.domain.geometry import Point
    from app.domain.lookup import Atlas, Candidate, LookupResult
    from app.domain.models import Library
    from app.ui.diary import DiaryController


class CanvasIntents(Protocol):
    """Who the diagram's pointer works for instead of the pain drawing (the quiz, while it
    asks the student to paint or to click): it gets every click and stroke, and its
    ``drawing`` takes the eraser, undo, redo and clear."""

    @property
    def drawing(self) -> DrawingModel: ...

    def click(self, x: float, y: float, *, reach: float) -> None: ...

    def stroke(self, points: list[Point], radius: float, *, finished: bool) -> None: ...


@dataclass(frozen=True)
class Selection:
    """The muscle whose pattern is shown (None: none), on which sides, and optionally
    one trigger point only."""

    muscle: str | None = None
    sides: tuple[Side, ...] = SIDES
    trigger_point: str | None = None


@dataclass(frozen=True)
class Answer:
    """The ranked answer for a drawing: every candidate in ``result``, the ones shown
    first in ``shown``, and how many are held back."""

    drawing: Drawing | None = None
    result: LookupResult | None = None
    shown: tuple[Candidate, ...] = field(default_factory=tuple)
    hidden: int = 0
    provisional: bool = False  # ranked with a stroke still being painted: not saved


class AppController(QObject):
    answer_changed = Signal()
    selection_changed = Signal()
    #: The diagram's pointer changed hands, or the marks it edits changed.
    canvas_changed = Signal()
    #: Another body figure was chosen (View → Body figure).
    figure_changed = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.drawing = DrawingModel(self)
        self.session_file = SessionFile(data_dir / "session.json")
        self.atlas: Atlas | None = None
        self.answer = Answer()
        self.selection = Selection()
        self._live: tuple[list[Point], float] | None = None
        self.drawing.changed.connect(self.rank)
        self._data_dir = data_dir
        self._diary: DiaryController | None = None
        #: Who takes the diagram's clicks and strokes; None: the pain drawing.
        self.canvas: CanvasIntents | None = None
        #: The body figure the drawing is shown on. Marks are kept in the reference
        #: figure's coordinates (app.domain.figure), so no answer depends on it.
        self.figure: Figure = REFERENCE

    def set_figure(self, figure: Figure) -> None:
        """Show the drawing on ``figure``: the marks, the answer and the selection stay
        as they are (they are kept on the reference figure)."""
        if figure != self.figure:
            self.figure = figure
            self.figure_changed.emit()

    @property
    def diary(self) -> DiaryController:
        """The pain diary (File → Pain diary…), read on first use."""
        if self._diary is None:
            from app.ui.diary import DiaryController

            self._diary = DiaryController(self._data_dir / "diary", self, self)
            self._diary.reload()
        return self._diary

    @property
    def library(self) -> Library:
        assert self.atlas is not None, "content not loaded yet"
        return self.atlas.library

    def attach(self, atlas: Atlas) -> None:
        """Content is here: restore the saved session (its notice, if any, is in
        ``session_file.notice``) and rank it."""
        self.atlas = atlas
        session = self.session_file.load()
        if session is None:
            self.select(None)
            return
        self.drawing.restore(session.drawing)  # ranks it
        if session.selected_muscle and not session.drawing:
            if session.selected_muscle in atlas.library.muscles_by_id:
                self.select(session.selected_muscle)
            else:
                self.select(None)
        elif not session.drawing:
            self.select(None)

    # -- the answer --------------------------------------------------------------------

    def rank(self, *, show_all: bool = False, drawing: Drawing | None = None) -> None:
        """Rank the drawing (or a provisional one), show its best candidate."""
        if self.atlas is None:
            return
        from app.domain.lookup import shortlist  # with the content, after the first paint

        provisional = drawing is not None
        drawing = self.drawing.drawing if drawing is None else drawing
        result = self.atlas.lookup(drawing)
        # The list is short where the evidence is thin, unless the user asked for all.
        everything = result.candidates
        shown = everything if show_all else shortlist(everything)
        self.answer = Answer(drawing, result, shown, len(everything) - len(shown), provisional)
        self.answer_changed.emit()
        top = shown[0] if shown else None
        self.select(top.muscle if top else None, sides=top.sides if top else SIDES)

    def show_all(self) -> None:
        self.rank(show_all=True)

    # -- the selection -----------------------------------------------------------------

    def select(
        self,
        muscle: str | None,
        *,
        sides: tuple[Side, ...] = SIDES,
        trigger_point: str | None = None,
    ) -> None:
        self.selection = Selection(muscle, tuple(sides), trigger_point)
        self.selection_changed.emit()

    def select_candidate(self, index: int) -> None:
        shown = self.answer.shown
        if 0 <= index < len(shown):
            c = shown[index]
            self.select(c.muscle, sides=c.sides or (c.side,))
        else:
            self.select(None)

    def step(self, delta: int, *, through: Sequence[str] = ()) -> None:
        """Show the next (``delta`` 1) or previous (-1) candidate of the answer, or, when
        ``through`` names muscles, the next or previous of those, wrapping round."""
        muscle = self.selection.muscle
        if through:
            i = through.index(muscle) if muscle in through else (-1 if delta > 0 else 0)
            self.select(through[(i + delta) % len(through)])
            return
        shown = self.answer.shown
        if shown:
            rows = [c.muscle for c in shown]
            i = rows.index(muscle) if muscle in rows else (-1 if delta > 0 else 0)
            self.select_candidate((i + delta) % len(shown))

    def select_trigger_point(self, trigger_point: str) -> None:
        s = self.selection
        if s.muscle is not None:
            self.select(s.muscle, sides=s.sides, trigger_point=trigger_point)

    # -- painting ------------------------------------------------------------------------

    def paint_live(self, points: list[Point], radius: float) -> None:
        """A stroke being painted: rank with it, at most once per turn of the event loop
        (the pointer moves faster than a frame)."""
        if self.atlas is None:
            return
        first = self._live is None
        self._live = (points, radius)
        if first:
            QTimer.singleShot(0, self._rank_live)

    @property
    def live_pending(self) -> bool:
        return self._live is not None

    def _rank_live(self) -> None:
        if self._live is None:
            return
        from app.domain.drawing import Mark

        points, radius = self._live
        self._live = None
        live = Mark.stroke(
            points, radius=radius, intensity=self.drawing.intensity, quality=self.drawing.quality
        )
        self.rank(drawing=self.drawing.drawing.adding(live))

    def paint_done(self, points: list[Point], radius: float) -> bool:
        """The stroke is finished: keep it. False (and the answer as it was) when none of
        it lies on the body."""
        self._live = None
        if self.atlas is None or not points:
            return True
        from app.domain.drawing import Mark

        if not self.atlas.samples(Mark.stroke(points, radius=radius)):
            self.rank()
            return False
        self.drawing.add_stroke(points, radius)
        return True

    # -- who the diagram's pointer works for ---------------------------------------------

    def route_canvas(self, target: CanvasIntents | None) -> None:
        """Send the diagram's clicks, strokes and edits to ``target`` (None: back to the
        pain drawing). While routed, nothing the pointer does reaches the pain drawing."""
        if target is self.canvas:
            return
        if self.canvas is not None:
            self.canvas.drawing.changed.disconnect(self.canvas_changed)
        self.canvas = target
        if target is not None:
            target.drawing.changed.connect(self.canvas_changed)
        self.canvas_changed.emit()

    @property
    def canvas_drawing(self) -> DrawingModel:
        """The marks the eraser, undo, redo and clear act on now."""
        return self.drawing if self.canvas is None else self.canvas.drawing

    # -- saving --------------------------------------------------------------------------

    def save(self) -> str | None:
        """Write the session; why not, in plain words, if it cannot be written."""
        if self.atlas is None:
            return None
        return self.session_file.save(self.drawing.drawing, self.selection.muscle)
