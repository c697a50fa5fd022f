"""The compare window's state, without widgets: which items, overlaid or side by side.

Widgets send intents (toggle an item, load a preset, choose a layout) and redraw on
``changed``; a refused intent (a fourth item) is said on ``refused`` in plain words. The
choice is remembered in the window's settings (``settings.ini`` in the data folder).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from app.domain.compare import CompareError, Comparison, Layout

if TYPE_CHECKING:
    from app.domain.models import Library

ITEMS_KEY, LAYOUT_KEY = "compare/items", "compare/layout"


class CompareModel(QObject):
    changed = Signal()
    refused = Signal(str)

    def __init__(
        self, library: Library, settings: QSettings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._settings = settings
        self.comparison = Comparison.restored(
            library, settings.value(ITEMS_KEY), settings.value(LAYOUT_KEY)
        )

    def toggle(self, item_id: str) -> None:
        try:
            self._set(self.comparison.toggled(item_id))
        except CompareError as exc:
            self.refused.emit(f"{str(exc)[:1].upper()}{str(exc)[1:]}.")

    def set_items(self, ids: Iterable[str]) -> None:
        try:
            self._set(self.comparison.with_items(ids))
        except CompareError as exc:
            self.refused.emit(f"{str(exc)[:1].upper()}{str(exc)[1:]}.")

    def set_layout(self, layout: Layout) -> None:
        self._set(self.comparison.with_layout(layout))

    def _set(self, comparison: Comparison) -> None:
        if comparison == self.comparison:
            return
        self.comparison = comparison
        items, layout = comparison.saved()
        self._settings.setValue(ITEMS_KEY, items)
        self._settings.setValue(LAYOUT_KEY, layout)
        self.changed.emit()
