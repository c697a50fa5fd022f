"""The diagram's graphics items: pain spots, trigger-point markers, referral zones and the
flattened SVG art, plus the conversion of a domain area into a drawing path."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPolygonF
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from app.domain.geometry import Area, simplify_ring
from app.ui import style

Z_ART = 0
Z_TINT, Z_REGIONS, Z_SPILL, Z_ESS, Z_OUTLINE, Z_HOVER, Z_MARKER, Z_SPOT = 4, 5, 6, 7, 8, 9, 30, 31
Z_INSET = 16  # added to sole-zone z values: above every other zone and outline

# Outlines are drawn simplified to 0.08 document units: under one screen pixel even at
# the largest zoom, and 10-20x fewer vertices to stroke. Hit-testing never uses this.
DRAW_TOLERANCE = 0.08


def area_path(area: Area) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in area.rings:
        simple = simplify_ring(ring, tolerance=DRAW_TOLERANCE)
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in simple]))
        path.closeSubpath()
    return path


class _ScreenSizedItem(QGraphicsItem):
    """An item drawn in screen pixels at a scene point (pain spots, TP markers)."""

    RADIUS = 10.0

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt virtual)
        r = self.RADIUS + 12
        return QRectF(-r, -r, 2 * r + 14, 2 * r)


class SpotItem(_ScreenSizedItem):
    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number
        self.setZValue(Z_SPOT)

    def paint(  # noqa: N802 (Qt virtual)
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        style.draw_spot(painter, 0.0, 0.0, self.number)


class MarkerItem(_ScreenSizedItem):
    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_MARKER)

    def paint(  # noqa: N802 (Qt virtual)
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        style.draw_marker(painter, 0.0, 0.0, 7.0)


class ArtSheet(QGraphicsItem):
    """Several SVG groups painted as one cached raster (muscles faded into context)."""

    def __init__(
        self, renderer: QSvgRenderer, layers: Sequence[str], hidden: set[str], *, z: float
    ) -> None:
        super().__init__()
        self._renderer = renderer
        self.layers = [layer for layer in layers if renderer.elementExists(layer)]
        self._hidden = hidden
        self._bounds = QRectF()
        for layer in self.layers:
            self._bounds = self._bounds.united(renderer.boundsOnElement(layer))
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt virtual)
        # Strokes reach a little past the geometric bounds.
        return self._bounds.adjusted(-2, -2, 2, 2)

    def paint(  # noqa: N802 (Qt virtual)
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        for layer in self.layers:
            if layer in self._hidden:
                continue
            painter.setOpacity(
                style.MUSCLE_CONTEXT_OPACITY if layer.startswith("muscles-") else 1.0
            )
            self._renderer.render(painter, layer, self._renderer.boundsOnElement(layer))


class ZoneItem(QGraphicsPathItem):
    """A referral zone: essential = solid orange; spillover = pale blue, hatched, dashed
    edge. Colour *and* texture differ, so the two stay apart without colour vision."""

    def __init__(self, path: QPainterPath, pattern: str) -> None:
        super().__init__(path)
        self.pattern = pattern
        self.setZValue(Z_ESS if pattern == "essential" else Z_SPILL)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # Rasterised once per zoom level, then copied: a repaint after a click is a blit.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if pattern == "essential":
            self.setPen(style.cosmetic_pen(style.ESSENTIAL, 1.2))
            self.setBrush(style.essential_brush())
        else:
            self.setPen(style.cosmetic_pen(style.SPILLOVER, 1.2, Qt.PenStyle.DashLine))
            self.setBrush(style.spillover_fill())

    def paint(  # noqa: N802 (Qt virtual)
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        super().paint(painter, option, widget)
        if self.pattern == "spillover":
            painter.fillPath(self.path(), style.spillover_hatch())
