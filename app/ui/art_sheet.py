"""The SVG's art layers as one cached raster under the zones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.content.art import (
    CUT_AT_X,
    CUT_BELOW_KNEE_TO_X,
    CUT_LAYERS,
    CUT_SPARES_Y,
    CUTAWAY_LAYER,
)
from app.ui import style

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
        self._cut, self._kept = _cut_away(self._view_box)
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

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


def _cut_away(box: QRectF) -> tuple[QPainterPath, QPainterPath]:
    """Where the cut-away shows (the patient's right side, the viewer's right, above the
    thigh and below the knee) and where both muscle layers stay (everything else)."""
    cut = QPainterPath()
    right = box.right() + 2
    cut.addRect(QRectF(CUT_AT_X, box.top() - 2, right - CUT_AT_X, CUT_SPARES_Y[0] - box.top()))
    cut.addRect(QRectF(CUT_AT_X, CUT_SPARES_Y[1], CUT_BELOW_KNEE_TO_X - CUT_AT_X, box.bottom()))
    whole = QPainterPath()
    whole.addRect(box.adjusted(-2, -2, 2, 2))
    return cut, whole.subtracted(cut)
