"""The pain drawing being made: marks, the default intensity, the tool, with undo.

No widgets here: the canvas and the toolbar send intents (add a spot, paint a stroke,
erase at a point), this object changes the drawing and says so with ``changed``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.domain.drawing import (
    DEFAULT_INTENSITY,
    INTENSITY_MAX,
    INTENSITY_MIN,
    MAX_MARKS,
    QUALITIES,
    Drawing,
    Mark,
    Quality,
)

if TYPE_CHECKING:
    from app.domain.geometry import Point

Tool = Literal["spot", "paint", "erase"]
TOOLS: tuple[Tool, ...] = ("spot", "paint", "erase")


class DrawingModel(QObject):
    """``changed`` fires after every edit of the marks; ``settings_changed`` after the
    tool or the intensity for new marks changes."""

    changed = Signal()
    settings_changed = Signal()
    full = Signal()  # a mark was refused: the drawing already holds MAX_MARKS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._drawing = Drawing()
        self._intensity = DEFAULT_INTENSITY
        self._quality: Quality | None = None
        self._tool: Tool = "spot"
        self.undo_stack = QUndoStack(self)
        self._erase_start: Drawing | None = None

    @property
    def drawing(self) -> Drawing:
        return self._drawing

    @property
    def marks(self) -> tuple[Mark, ...]:
        return self._drawing.marks

    @property
    def spots(self) -> tuple[Point, ...]:
        return self._drawing.spots

    @property
    def intensity(self) -> int:
        """The intensity given to new marks."""
        return self._intensity

    @property
    def quality(self) -> Quality | None:
        """What new marks feel like (None: not said)."""
        return self._quality

    @property
    def tool(self) -> Tool:
        return self._tool

    def set_quality(self, quality: str | None) -> None:
        value = next((q for q in QUALITIES if q == quality), None)
        if quality is not None and value is None:
            raise ValueError(quality)
        if value != self._quality:
            self._quality = value
            self.settings_changed.emit()

    def set_intensity(self, value: int) -> None:
        value = max(INTENSITY_MIN, min(INTENSITY_MAX, int(value)))
        if value != self._intensity:
            self._intensity = value
            self.settings_changed.emit()

    def set_tool(self, tool: Tool) -> None:
        if tool not in TOOLS:
            raise ValueError(tool)
        if tool != self._tool:
            self._tool = tool
            self.settings_changed.emit()

    def _set(self, drawing: Drawing) -> None:
        self._drawing = drawing
        self.changed.emit()

    # -- undoable edits -------------------------------------------------------------

    def add_spot(self, x: float, y: float) -> None:
        mark = Mark.spot(x, y, intensity=self._intensity, quality=self._quality)
        self._add(mark, "Mark pain spot")

    def add_stroke(self, points: list[Point], radius: float) -> None:
        if points:
            mark = Mark.stroke(
                points, radius=radius, intensity=self._intensity, quality=self._quality
            )
            self._add(mark, "Paint pain area")

    def _add(self, mark: Mark, text: str) -> None:
        if len(self._drawing) >= MAX_MARKS:
            self.full.emit()
            return
        self.undo_stack.push(_Replace(self, self._drawing.adding(mark), text))

    def remove(self, index: int) -> None:
        self.undo_stack.push(_Replace(self, self._drawing.without({index}), "Remove mark"))

    def begin_erase(self) -> None:
        """Everything erased until :meth:`end_erase` is one undo step (none if nothing
        was erased)."""
        if self._erase_start is None:
            self._erase_start = self._drawing

    def erase_at(self, x: float, y: float, *, slack: float) -> None:
        hit = {i for i, m in enumerate(self._drawing.marks) if m.touches(x, y, slack=slack)}
        if not hit:
            return
        if self._erase_start is None:  # a single erase, outside a drag
            self.undo_stack.push(_Replace(self, self._drawing.without(hit), "Erase"))
        else:  # shown at once; it becomes one undo step at end_erase()
            self._set(self._drawing.without(hit))

    def end_erase(self) -> None:
        start, self._erase_start = self._erase_start, None
        if start is not None and start != self._drawing:
            self.undo_stack.push(_Replace(self, self._drawing, "Erase", before=start))

    def clear(self) -> None:
        if self._drawing:
            self.undo_stack.push(_Replace(self, Drawing(), "Clear drawing"))

    def replace(self, drawing: Drawing, text: str) -> None:
        """Put a whole other drawing in place, as one undo step (File → Recover)."""
        self.undo_stack.push(_Replace(self, drawing, text))

    def restore(self, drawing: Drawing) -> None:
        """Load a saved drawing without an undo step (start-up)."""
        self.undo_stack.clear()
        self._set(drawing)


class _Replace(QUndoCommand):
    """Swap the whole drawing: drawings are small, so snapshots beat diffs."""

    def __init__(
        self, model: DrawingModel, after: Drawing, text: str, *, before: Drawing | None = None
    ) -> None:
        super().__init__(text)
        self._model = model
        self._before = model.drawing if before is None else before
        self._after = after

    def redo(self) -> None:
        self._model._set(self._after)

    def undo(self) -> None:
        self._model._set(self._before)
