"""The user's pain spots, with undoable edits."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from app.domain.geometry import Point


class SpotList(QObject):
    """Pain spots in document coordinates; ``changed`` fires after every edit."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._spots: list[Point] = []
        self.undo_stack = QUndoStack(self)

    @property
    def spots(self) -> tuple[Point, ...]:
        return tuple(self._spots)

    def _set(self, spots: Sequence[Point]) -> None:
        self._spots = list(spots)
        self.changed.emit()

    # -- undoable edits -------------------------------------------------------------

    def add(self, points: Sequence[Point]) -> None:
        if points:
            text = "Mark pain spot" if len(points) == 1 else f"Paint {len(points)} pain spots"
            self.undo_stack.push(_Replace(self, self._spots + list(points), text))

    def remove(self, index: int) -> None:
        spots = list(self._spots)
        del spots[index]
        self.undo_stack.push(_Replace(self, spots, "Remove pain spot"))

    def clear(self) -> None:
        if self._spots:
            self.undo_stack.push(_Replace(self, [], "Clear pain spots"))

    def restore(self, spots: Sequence[Point]) -> None:
        """Load saved spots without an undo step (start-up)."""
        self.undo_stack.clear()
        self._set(spots)


class _Replace(QUndoCommand):
    """Swap the whole list: spots are few, so snapshots are simpler than diffs."""

    def __init__(self, model: SpotList, after: Sequence[Point], text: str) -> None:
        super().__init__(text)
        self._model = model
        self._before = model.spots
        self._after = tuple(after)

    def redo(self) -> None:
        self._model._set(self._after)

    def undo(self) -> None:
        self._model._set(self._before)
