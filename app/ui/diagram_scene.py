"""The diagram as a QGraphicsScene: SVG art layers plus items the app styles itself.

Scene coordinates are SVG document coordinates, so a scene position *is* the point
the domain core is asked about.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPolygonF
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.domain.diagram import ZoneKey
from app.domain.geometry import Area, Point, simplify_ring
from app.domain.ids import SIDES, Side
from app.ui import style

if TYPE_CHECKING:
    from app.domain.lookup import Atlas

# Art layers rendered straight from the SVG, bottom to top, with their z values.
ART_LAYERS: dict[str, float] = {
    "silhouette-layer": 0,
    "bones": 1,
    "muscles-deep": 2,
    "muscles-superficial": 3,
    "labels": 20,
    "inset-sole": 21,
}
Z_TINT, Z_REGIONS, Z_SPILL, Z_ESS, Z_OUTLINE, Z_HOVER, Z_MARKER, Z_SPOT = 4, 5, 6, 7, 8, 9, 30, 31
Z_INSET = 16  # added to zone z values so sole zones sit above the inset art (z 21)


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


class DiagramScene(QGraphicsScene):
    """Art first (cheap, so the first paint is quick), then :meth:`attach` the atlas."""

    def __init__(self, svg_path: Path) -> None:
        super().__init__()
        self.atlas: Atlas | None = None
        self._renderer = QSvgRenderer(str(svg_path), self)
        self.setSceneRect(self._renderer.viewBoxF())
        self.setBackgroundBrush(style.BACKGROUND)
        self.art: dict[str, QGraphicsSvgItem] = {}
        for layer, z in ART_LAYERS.items():
            if not self._renderer.elementExists(layer):
                continue
            item = QGraphicsSvgItem()
            item.setSharedRenderer(self._renderer)
            item.setElementId(layer)
            item.setPos(self._renderer.boundsOnElement(layer).topLeft())
            item.setZValue(z)
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            if layer.startswith("muscles-"):
                item.setOpacity(style.MUSCLE_CONTEXT_OPACITY)
            self.addItem(item)
            self.art[layer] = item
        self._paths: dict[int, QPainterPath] = {}
        self._hover = self._path_item(
            QPainterPath(), z=Z_HOVER, pen=style.cosmetic_pen(style.HOVER_OUTLINE, 1.4)
        )
        self._region_outlines = self._path_item(
            QPainterPath(),
            z=Z_REGIONS,
            pen=style.cosmetic_pen(style.REGION_OUTLINE, 0.8, Qt.PenStyle.DashLine),
        )
        self._region_outlines.setVisible(False)
        self._tints: list[QGraphicsPathItem] = []
        self._pattern: list[QGraphicsItem] = []
        self._spots: list[SpotItem] = []

    def attach(self, atlas: Atlas) -> None:
        self.atlas = atlas

    def path_of(self, area: Area) -> QPainterPath:
        """The drawing path of an area, built once (areas live as long as the atlas)."""
        path = self._paths.get(id(area))
        if path is None:
            path = self._paths[id(area)] = area_path(area)
        return path

    # -- building blocks ---------------------------------------------------------

    def _path_item(
        self, path: QPainterPath, *, z: float, pen: object = None, brush: QBrush | None = None
    ) -> QGraphicsPathItem:
        item = QGraphicsPathItem(path)
        item.setZValue(z)
        item.setPen(pen if pen is not None else Qt.PenStyle.NoPen)  # type: ignore[arg-type]
        item.setBrush(brush if brush is not None else Qt.BrushStyle.NoBrush)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.addItem(item)
        return item

    def _clear(self, items: list[QGraphicsPathItem] | list[QGraphicsItem]) -> None:
        for item in items:
            self.removeItem(item)
        items.clear()

    # -- what the controller asks for ---------------------------------------------

    def set_spots(self, spots: Sequence[Point]) -> None:
        self._clear(self._spots)  # type: ignore[arg-type]
        for i, (x, y) in enumerate(spots, 1):
            item = SpotItem(i)
            item.setPos(QPointF(x, y))
            self.addItem(item)
            self._spots.append(item)

    def show_candidates(self, muscles: Iterable[tuple[Side, str]]) -> None:
        """Tint the candidate muscles so the user sees where the sources lie."""
        self._clear(self._tints)
        assert self.atlas is not None
        for key in muscles:
            area = self.atlas.diagram.muscles.get(key)
            if area is None:
                continue
            self._tints.append(
                self._path_item(
                    self.path_of(area),
                    z=Z_TINT,
                    pen=style.cosmetic_pen(style.CANDIDATE_OUTLINE, 1.2, Qt.PenStyle.DotLine),
                    brush=QBrush(style.CANDIDATE_TINT),
                )
            )

    def show_pattern(
        self,
        muscle_id: str | None,
        *,
        sides: Sequence[Side] = SIDES,
        trigger_point: str | None = None,
    ) -> None:
        """Draw one muscle's outline, trigger points and referral zones."""
        self._clear(self._pattern)
        if muscle_id is None or self.atlas is None:
            return
        muscle = self.atlas.library.muscle(muscle_id)
        dia = self.atlas.diagram
        for side in sides:
            shape = dia.muscles.get((side, muscle_id))
            if shape is not None:
                self._pattern.append(
                    self._path_item(
                        self.path_of(shape),
                        z=Z_OUTLINE,
                        pen=style.cosmetic_pen(style.SELECTED_OUTLINE, 2.0),
                        brush=QBrush(style.SELECTED_FILL),
                    )
                )
            for tp in muscle.trigger_points:
                if trigger_point is not None and tp.id != trigger_point:
                    continue
                for pattern in ("spillover", "essential"):
                    zone = dia.zones.get(ZoneKey(side, tp.id, pattern))  # type: ignore[arg-type]
                    if zone is not None:
                        self._pattern.extend(self._zone_items(zone, pattern))
                marker = dia.markers.get((side, tp.id))
                if marker is not None:
                    marker_item = MarkerItem()
                    marker_item.setPos(QPointF(marker.x, marker.y))
                    marker_item.setToolTip(tp.name)
                    self.addItem(marker_item)
                    self._pattern.append(marker_item)

        # The sole-of-foot inset shows the parts of the pattern a back view cannot.
        for tp in muscle.trigger_points:
            if trigger_point is not None and tp.id != trigger_point:
                continue
            for pattern in ("spillover", "essential"):
                sole = dia.sole_zones.get((tp.id, pattern))  # type: ignore[arg-type]
                if sole is not None:
                    for item in self._zone_items(sole, pattern):
                        item.setZValue(item.zValue() + Z_INSET)
                        self._pattern.append(item)

    def _zone_items(self, zone: Area, pattern: str) -> list[QGraphicsItem]:
        path = self.path_of(zone)
        if pattern == "essential":
            return [
                self._path_item(
                    path,
                    z=Z_ESS,
                    pen=style.cosmetic_pen(style.ESSENTIAL, 1.2),
                    brush=style.essential_brush(),
                )
            ]
        fill = self._path_item(
            path,
            z=Z_SPILL,
            pen=style.cosmetic_pen(style.SPILLOVER, 1.2, Qt.PenStyle.DashLine),
            brush=style.spillover_fill(),
        )
        hatch = self._path_item(path, z=Z_SPILL, brush=style.spillover_hatch())
        return [fill, hatch]

    def set_hover_region(self, region_id: str | None) -> None:
        area = self.atlas.diagram.regions.get(region_id) if region_id and self.atlas else None
        self._hover.setPath(self.path_of(area) if area else QPainterPath())

    def set_regions_visible(self, visible: bool) -> None:
        if visible and self.atlas is not None and self._region_outlines.path().isEmpty():
            outlines = QPainterPath()
            for area in self.atlas.diagram.regions.values():
                outlines.addPath(self.path_of(area))
            self._region_outlines.setPath(outlines)
        self._region_outlines.setVisible(visible)

    def set_art_visible(self, layer: str, visible: bool) -> None:
        if layer in self.art:
            self.art[layer].setVisible(visible)
