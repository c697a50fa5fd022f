"""The SVG's art layers as one cached raster under the zones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.content.art import CUT_ID, CUT_LAYERS, CUTAWAY_LAYER, path_rings
from app.ui import style
from app.ui.items import rings_path

if TYPE_CHECKING:
    from app.content.art import Art


class ArtSheet(QGraphicsItem):
    """The art layers (muscles faded into context) painted as one cached raster.

    Each layer is its own small document (see :mod:`app.content.art`) in the drawing's
    coordinate system, rendered into the shared viewBox. Qt keeps the result per zoom
    level (device-coordinate cache), so a repaint after a click is a copy."""

    def __init__(self, art: Art, hidden: set[str], *, z: float) -> None:
        super().__init__()
        self.layers = list(art.documents)
        self._renderers = {
            layer: QSvgRenderer(QByteArray(doc)) for layer, doc in art.documents.items()
        }
        self._hidden = hidden
        #: Whether the right side shows the deep layer with the superficial muscles cut
        #: away (View → Cut-away), beside the left side's superficial layer.
        self.cutaway = False
        self._view_box = QRectF(*art.view_box) if art.view_box else QRectF()
        # Strokes reach a little past the drawing's edge.
        self._bounds = self._view_box.adjusted(-2, -2, 2, 2)
        self._cut, self._kept = _cut_away(self._view_box, art.documents.get(CUTAWAY_LAYER, b""))
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def repaint_all(self) -> None:
        """Paint again everywhere: the cached raster dropped whole. (``update()`` alone
        left the part of a zoomed-in cache that was off screen as it was, so after
        scrolling there the old layers showed.)"""
        self.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.update()

    @property
    def view_box(self) -> QRectF:
        return QRectF(self._view_box)

    def bounds_of(self, layers: tuple[str, ...]) -> QRectF:
        """The box round what these layers draw (the view box if they draw nothing)."""
        out = QRectF()
        for layer in layers:
            renderer = self._renderers.get(layer)
            if renderer is not None:
                out = out.united(renderer.boundsOnElement(layer))
        return out if out.isValid() and not out.isEmpty() else self.view_box

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt virtual)
        return self._bounds

    def paint(  # noqa: N802 (Qt virtual)
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        for layer, renderer in self._renderers.items():
            if layer in self._hidden or (layer == CUTAWAY_LAYER and not self.cutaway):
                continue
            painter.setOpacity(
                style.MUSCLE_CONTEXT_OPACITY if layer.startswith("muscles-") else 1.0
            )
            clip = None
            if self.cutaway and layer in CUT_LAYERS:
                clip = self._kept
            elif layer == CUTAWAY_LAYER:
                clip = self._cut
            if clip is not None:
                painter.save()
                painter.setClipPath(clip, Qt.ClipOperation.IntersectClip)
            renderer.render(painter, self._view_box)
            if clip is not None:
                painter.restore()


def _cut_away(box: QRectF, doc: bytes) -> tuple[QPainterPath, QPainterPath]:
    """Where the cut-away shows (the cut the cut-away layer ``doc`` holds: round the
    superficial muscles it removes on the patient's right side) and where both muscle
    layers stay (everything else)."""
    cut = rings_path(path_rings(doc, CUT_ID))
    # The rest: the box with the cut's rings as holes (even-odd, no path arithmetic).
    kept = QPainterPath()
    kept.setFillRule(Qt.FillRule.OddEvenFill)
    kept.addRect(box.adjusted(-2, -2, 2, 2))
    kept.addPath(cut)
    return cut, kept
