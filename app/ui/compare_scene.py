"""The compare window's diagrams: the same art and atlas as the main diagram, in scenes of
their own, with each compared item drawn in its :class:`~app.domain.compare.Look`.

Textures are Qt's pattern brushes, which are cosmetic (drawn in screen pixels at any
zoom), so stripes and dots stay visible on the small side-by-side diagrams too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

from app.domain.compare import Look, PieceKind, pieces
from app.domain.figure import REFERENCE, Figure
from app.domain.ids import SIDES
from app.ui import style
from app.ui.diagram_scene import DiagramScene
from app.ui.items import Z_ESS, Z_MARKER, Z_OUTLINE, Z_SPILL, MarkerItem

if TYPE_CHECKING:
    from pathlib import Path

    from app.domain.lookup import Atlas

#: Each look at full strength (a main pain area, a look-alike's area) and paler (a
#: possible extra area): (fill alpha, pattern, pattern alpha).
_STRENGTH: dict[tuple[str, bool], tuple[int, Qt.BrushStyle, int]] = {
    ("solid", True): (205, Qt.BrushStyle.NoBrush, 0),
    ("solid", False): (80, Qt.BrushStyle.NoBrush, 0),
    ("hatch", True): (95, Qt.BrushStyle.FDiagPattern, 255),
    ("hatch", False): (25, Qt.BrushStyle.FDiagPattern, 170),
    ("dots", True): (0, Qt.BrushStyle.Dense6Pattern, 255),
    ("dots", False): (0, Qt.BrushStyle.Dense7Pattern, 230),
}


def look_brushes(look: Look, kind: PieceKind) -> list[QBrush]:
    """The brushes of one piece, painted in this order: a fill, then a texture."""
    fill_alpha, pattern, pattern_alpha = _STRENGTH[(look.texture, kind != "spillover")]
    out = []
    if fill_alpha:
        out.append(QBrush(QColor(*look.rgb, fill_alpha)))
    if pattern != Qt.BrushStyle.NoBrush:
        out.append(QBrush(QColor(*look.rgb, pattern_alpha), pattern))
    return out


def look_pen(look: Look, kind: PieceKind) -> QPen:
    """A main area's edge is solid; a possible extra area's and a look-alike's dashed."""
    dashed = Qt.PenStyle.SolidLine if kind == "essential" else Qt.PenStyle.DashLine
    return style.cosmetic_pen(QColor(*look.rgb, 230), 1.6 if kind != "spillover" else 1.2, dashed)


def look_swatch(look: Look, kind: PieceKind, size: int = 22) -> QPixmap:
    """A legend swatch painted with the very brushes and pen of the diagram."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(pm.rect().adjusted(2, 2, -2, -2))
    p.fillRect(rect, style.BACKGROUND)
    p.setPen(Qt.PenStyle.NoPen)
    for brush in look_brushes(look, kind):
        p.setBrush(brush)
        p.drawRect(rect)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(look_pen(look, kind))
    p.drawRect(rect)
    p.end()
    return pm


class CompareScene(DiagramScene):
    """A diagram that shows one or more items at once, each in its look. The art (and
    how it is drawn) is the main diagram's; only the patterns are this scene's own."""

    def __init__(self, svg_path: Path, atlas: Atlas, figure: Figure = REFERENCE) -> None:
        super().__init__(svg_path, figure)
        self.attach(atlas)
        # Small diagrams: the art's labels would be too small to read; the window says
        # which side is which in words.
        self.set_art_visible("labels", False)
        self._shown: list[QGraphicsItem] = []

    def show_items(self, items: Sequence[tuple[str, Look]]) -> None:
        """Draw these items (and take away the last ones); later items lie on top."""
        assert self.atlas is not None
        for old in self._shown:
            self.removeItem(old)
        self._shown = []
        for order, (item_id, look) in enumerate(items):
            self._shown += self._item(item_id, look, order * 0.01)

    def _item(self, item_id: str, look: Look, lift: float) -> list[QGraphicsItem]:
        assert self.atlas is not None
        lib, dia = self.atlas.library, self.atlas.diagram
        out: list[QGraphicsItem] = []
        for piece in pieces(lib, dia, item_id):
            path = self.path_of(piece.area)
            z = (Z_SPILL if piece.kind == "spillover" else Z_ESS) + lift
            out += [self._path_item(path, z=z, brush=b) for b in look_brushes(look, piece.kind)]
            out.append(self._path_item(path, z=z, pen=look_pen(look, piece.kind)))
        muscle = lib.muscles_by_id.get(item_id)
        if muscle is None:
            return out
        # Where the muscle lies (its outline in the item's colour) and its trigger points.
        for side in SIDES:
            shape = dia.muscles.get((side, item_id))
            if shape is not None:
                pen = style.cosmetic_pen(QColor(*look.rgb), 2.0, Qt.PenStyle.DotLine)
                out.append(self._path_item(self.tissue_path_of(shape), z=Z_OUTLINE + lift, pen=pen))
            for tp in muscle.trigger_points:
                marker = dia.markers.get((side, tp.id))
                if marker is not None:
                    dot = MarkerItem(self.tissue_at(marker.x, marker.y))
                    dot.setZValue(Z_MARKER)
                    dot.setToolTip(f"{muscle.name}: {tp.name}")
                    self.addItem(dot)
                    out.append(dot)
        return out

    def outline(self, item_id: str) -> QPainterPath:
        """Every piece of an item as one path (tests and the screenshot use it to find
        where an item is drawn)."""
        assert self.atlas is not None
        path = QPainterPath()
        for piece in pieces(self.atlas.library, self.atlas.diagram, item_id):
            path.addPath(self.path_of(piece.area))
        return path


class FitView(QGraphicsView):
    """A still picture of a scene, always fitted to its size: no zoom, no clicks, no
    focus (Tab moves between the window's controls)."""

    def __init__(self, scene: CompareScene, name: str, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setInteractive(False)
        self.setAccessibleName(name)
        self.compare_scene = scene
        self.setMinimumSize(120, 200)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt virtual)
        super().resizeEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
