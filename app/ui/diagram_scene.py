"""The diagram as a QGraphicsScene: SVG art layers plus items the app styles itself.

Scene coordinates are the shown body figure's (app.domain.figure): on the reference
figure they are the SVG's document coordinates, the points the domain core is asked
about; on another figure the scene draws every reference point through one of the
figure's two warps, and the view takes a click back through the skin's
(``figure.to_reference``). The skin warp (:meth:`DiagramScene.at`,
:meth:`DiagramScene.path_of`) draws regions, zones, look-alike areas and marks; the
tissue warp (:meth:`DiagramScene.tissue_at`, :meth:`DiagramScene.tissue_path_of`) draws
the muscles' outlines and washes and the trigger-point markers, as the art draws the
muscles they lie on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene, QWidget

from app import resources
from app.content.art import Art, read_art, seen_parts
from app.content.art_labels import TextLabel, take_text
from app.domain.figure import REFERENCE, Figure
from app.domain.ids import PATTERNS, SIDES, Side
from app.ui import style, theme
from app.ui.art_sheet import ArtSheet
from app.ui.items import (
    Z_ART,
    Z_ESS,
    Z_HOVER,
    Z_OUTLINE,
    Z_REGIONS,
    Z_SPILL,
    Z_STROKE,
    Z_TINT,
    LabelItem,
    MarkerItem,
    MarkLabelItem,
    SpotItem,
    area_path,
    rings_path,
    stroke_path,
)

T = TypeVar("T", bound=QGraphicsItem)

#: The art layers whose words are drawn by the window (app.content.art_labels).
TEXT_LAYERS = ("labels", "inset-sole")
FIGURE_LAYERS = ("silhouette-layer", "inset-sole", "labels")

if TYPE_CHECKING:
    from app.domain.drawing import Mark
    from app.domain.geometry import Area, Point
    from app.domain.lookup import Atlas


class DiagramScene(QGraphicsScene):
    """Art first (cheap, so the first paint is quick), then :meth:`attach` the atlas."""

    def __init__(self, svg_path: Path, figure: Figure = REFERENCE) -> None:
        super().__init__()
        self.atlas: Atlas | None = None
        # The superficial plate: the deep muscles show on the cut-away side, for the
        # selected muscle (its outline) and when asked (View > Show deep muscles).
        self.hidden_layers: set[str] = {"muscles-deep"}
        self._svg_path = svg_path
        self.figure = figure
        self.theme = theme.current()
        self.setBackgroundBrush(QColor(self.theme.canvas))
        #: Marks, markers and labels are drawn this many times their usual size on
        #: screen (presenting to a room).
        self.mark_scale = 1.0
        self.labels: list[LabelItem] = []
        self._read_figure_art(cutaway=False)
        self._paths: dict[int, QPainterPath] = {}  # areas on the skin
        self._tissue_paths: dict[int, QPainterPath] = {}  # muscles
        # What is shown, in reference coordinates, so another figure can show it again.
        self._shown_marks: Sequence[Mark] = ()
        self._shown_live: tuple[Sequence[Point], float, int] = ((), 1.0, 0)
        self._shown_lookalikes: tuple[str, ...] = ()
        self._shown_tints: tuple[tuple[Side, str], ...] = ()
        self._shown_pattern: tuple[str | None, tuple[Side, ...], str | None, bool] = (
            None,
            SIDES,
            None,
            False,
        )
        self._shown_hover: str | None = None
        # The hover outline changes with every mouse move: a cached raster would be redrawn
        # each time and then copied, so it is drawn directly.
        self._hover = self._path_item(
            QPainterPath(),
            z=Z_HOVER,
            pen=style.cosmetic_pen(style.HOVER_OUTLINE, 1.4),
            cached=False,
        )
        self._region_outlines = self._path_item(
            QPainterPath(),
            z=Z_REGIONS,
            pen=style.cosmetic_pen(style.REGION_OUTLINE, 0.8, Qt.PenStyle.DashLine),
        )
        self._region_outlines.setVisible(False)
        self._tints: list[QGraphicsPathItem] = []
        self._tint_cache: dict[tuple[Side, str], QGraphicsPathItem] = {}
        self._pattern: list[QGraphicsItem] = []
        self._pattern_cache: dict[
            tuple[str, tuple[Side, ...], str | None, bool], list[QGraphicsItem]
        ] = {}
        self._spots: list[SpotItem] = []
        self._strokes: list[QGraphicsItem] = []
        self._lookalikes: list[QGraphicsPathItem] = []
        self._lookalike_cache: dict[tuple[Side, str], QGraphicsPathItem] = {}
        # The stroke being painted changes at every mouse move: drawn uncached.
        self._live = self._path_item(QPainterPath(), z=Z_STROKE, cached=False)
        self._live.setVisible(False)

    def _read_figure_art(self, *, cutaway: bool) -> None:
        """The figure's art sheet (its right side cut away if ``cutaway``) and its words,
        drawn at a readable size on screen (app.content.art_labels)."""
        figure = self.figure
        if figure.is_reference:
            art, texts = _read_art(self._svg_path, resources.compiled_art())
        else:
            art, texts = _read_art(
                resources.figure_svg(figure.id), resources.compiled_art(figure.id)
            )
        self._art = ArtSheet(art, self.hidden_layers, z=Z_ART)
        self._deep_art = art.documents.get("muscles-deep", b"")
        #: The parts of muscles mostly out of sight that a back view sees (see _wash).
        self._seen: dict[tuple[str, str], QPainterPath] | None = None
        self._art.cutaway = cutaway
        self.setSceneRect(self._art.view_box)
        self.addItem(self._art)
        for text in texts:
            item = LabelItem(
                text, text=QColor(self.theme.label_text), plate=QColor(self.theme.label_bg)
            )
            item.setScale(self.mark_scale)
            item.setVisible(self.art_visible(text.layer))
            self.addItem(item)
            self.labels.append(item)
        # What "fit to window" shows: the figure and the sole insets (with the leader
        # lines), not the page's empty margins; the labels are added at their screen size.
        self._figure_box = self._art.bounds_of(FIGURE_LAYERS)

    def set_figure(self, figure: Figure) -> None:
        """Show everything on ``figure``: its art, and the marks, patterns and outlines
        shown now drawn again through its warp."""
        if figure == self.figure:
            return
        self.figure = figure
        self.removeItem(self._art)
        for label in self.labels:
            self.removeItem(label)
        self.labels = []
        self._read_figure_art(cutaway=self._art.cutaway)
        self._paths.clear()
        self._tissue_paths.clear()
        caches: list[Iterable[QGraphicsItem]] = [
            self._tint_cache.values(),
            self._lookalike_cache.values(),
            *self._pattern_cache.values(),
            self._spots,
        ]
        for items in caches:
            for item in items:
                self.removeItem(item)
        self._tint_cache.clear()
        self._lookalike_cache.clear()
        self._pattern_cache.clear()
        self._spots = []
        self._tints, self._lookalikes, self._pattern = [], [], []
        self._region_outlines.setPath(QPainterPath())
        self.set_marks(self._shown_marks)
        self.set_live_stroke(*self._shown_live)
        self.set_lookalikes(self._shown_lookalikes)
        self.show_candidates(self._shown_tints)
        muscle, sides, trigger_point, zones_only = self._shown_pattern
        self.show_pattern(muscle, sides=sides, trigger_point=trigger_point, zones_only=zones_only)
        self.set_hover_region(self._shown_hover)
        if self._region_outlines.isVisible():
            self.set_regions_visible(True)

    def attach(self, atlas: Atlas) -> None:
        self.atlas = atlas

    def at(self, x: float, y: float) -> QPointF:
        """Where the reference point (x, y) of the skin is drawn on the shown figure."""
        return QPointF(*self.figure.to_figure(x, y))

    def tissue_at(self, x: float, y: float) -> QPointF:
        """Where the reference point (x, y) of a muscle (a trigger point) is drawn."""
        return QPointF(*self.figure.tissue.to_figure(x, y))

    def rect_of(self, x0: float, y0: float, x1: float, y1: float) -> QRectF:
        """The part of the scene that shows the reference box (x0, y0)-(x1, y1)."""
        a, b, c, d = self.figure.box_to_figure(x0, y0, x1, y1)
        return QRectF(a, b, c - a, d - b)

    def path_of(self, area: Area) -> QPainterPath:
        """The drawing path of an area of the skin (a region, a zone) on the shown
        figure, built once (areas live as long as the atlas)."""
        path = self._paths.get(id(area))
        if path is None:
            path = self._paths[id(area)] = area_path(area, self.figure)
        return path

    def tissue_path_of(self, muscle: Area) -> QPainterPath:
        """The drawing path of a muscle's outline on the shown figure, built once."""
        path = self._tissue_paths.get(id(muscle))
        if path is None:
            path = self._tissue_paths[id(muscle)] = area_path(muscle, self.figure.tissue)
        return path

    # -- building blocks ---------------------------------------------------------

    def _path_item(
        self,
        path: QPainterPath,
        *,
        z: float,
        pen: QPen | None = None,
        brush: QBrush | None = None,
        cached: bool = True,
    ) -> QGraphicsPathItem:
        # Made by the scene, so the item is a plain C++ one: Qt's many calls into it while
        # painting never have to ask Python whether a method was overridden.
        item = self.addPath(
            path,
            pen if pen is not None else QPen(Qt.PenStyle.NoPen),
            brush if brush is not None else QBrush(Qt.BrushStyle.NoBrush),
        )
        item.setZValue(z)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        if cached:
            # Rasterised once per zoom level, then copied: a repaint after a click is a blit.
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        return item

    def set_marks(self, marks: Sequence[Mark]) -> None:
        """Draw the pain drawing: spots as numbered rings, painted strokes as translucent
        bands (darker for a stronger pain), each numbered in drawing order."""
        self._shown_marks = marks
        spots = [(i + 1, m.points[0]) for i, m in enumerate(marks) if m.kind == "spot"]
        # Spot items are reused: moving an item is cheaper than adding one to the index.
        while len(self._spots) < len(spots):
            item = SpotItem(len(self._spots) + 1)
            item.setScale(self.mark_scale)
            self.addItem(item)
            self._spots.append(item)
        for item, (number, (x, y)) in zip(self._spots, spots, strict=False):
            item.set_number(number)
            item.setPos(self.at(x, y))
            item.show()
        for item in self._spots[len(spots) :]:
            item.hide()
        strokes = [(i + 1, m) for i, m in enumerate(marks) if m.kind == "stroke"]
        for old in self._strokes:
            self.removeItem(old)
        self._strokes = []
        for number, mark in strokes:
            band = self._path_item(
                stroke_path(mark.points, mark.radius, self.figure),
                z=Z_STROKE,
                pen=style.cosmetic_pen(style.stroke_outline(mark.intensity), 1.0),
                brush=QBrush(style.stroke_fill(mark.intensity)),
            )
            label = MarkLabelItem(number)
            label.setScale(self.mark_scale)
            x, y = mark.anchor or mark.points[0]
            label.setPos(self.at(x, y))
            self.addItem(label)
            self._strokes += [band, label]

    def set_live_stroke(self, points: Sequence[Point], radius: float, intensity: int) -> None:
        """The stroke being painted, drawn as it grows (an empty list hides it)."""
        self._shown_live = (points, radius, intensity)
        if not points:
            self._live.setVisible(False)
            return
        self._live.setPath(stroke_path(points, radius, self.figure))
        self._live.setBrush(QBrush(style.stroke_fill(intensity)))
        self._live.setPen(style.cosmetic_pen(style.stroke_outline(intensity), 1.0))
        self._live.setVisible(True)

    def set_lookalikes(self, ids: Iterable[str]) -> None:
        """Outline look-alike areas (nerve roots, the sacroiliac joint) on both sides,
        dashed and violet so they never read as a trigger-point zone."""
        assert self.atlas is not None
        self._shown_lookalikes = tuple(ids)
        wanted = set(self._shown_lookalikes)
        items = []
        for (side, la_id), area in sorted(self.atlas.lookalike_areas.items()):
            if la_id not in wanted:
                continue
            item = self._lookalike_cache.get((side, la_id))
            if item is None:
                item = self._lookalike_cache[(side, la_id)] = self._path_item(
                    self.path_of(area),
                    z=Z_HOVER,
                    pen=style.cosmetic_pen(style.LOOKALIKE, 2.0, Qt.PenStyle.DashLine),
                )
                _set_shown(item, False)
            items.append(item)
        self._lookalikes = _swap(self._lookalikes, items)

    def show_candidates(self, muscles: Iterable[tuple[Side, str]]) -> None:
        """Wash the candidate muscles so the user sees where the sources lie."""
        assert self.atlas is not None
        self._shown_tints = tuple(muscles)
        wanted = [key for key in self._shown_tints if key in self.atlas.diagram.muscles]
        self._tints = _swap(self._tints, [self._tint_item(key) for key in wanted])

    def _tint_item(self, key: tuple[Side, str]) -> QGraphicsPathItem:
        # Items are made once and then shown or hidden: a click only flips visibility.
        item = self._tint_cache.get(key)
        if item is None:
            assert self.atlas is not None
            item = self._tint_cache[key] = self._wash(
                key,
                self.tissue_path_of(self.atlas.diagram.muscles[key]),
                z=Z_TINT,
                pen=style.cosmetic_pen(style.CANDIDATE_OUTLINE, 1.2, Qt.PenStyle.DotLine),
                colour=style.CANDIDATE_TINT,
            )
            _set_shown(item, False)
        return item

    def show_pattern(
        self,
        muscle_id: str | None,
        *,
        sides: Sequence[Side] = SIDES,
        trigger_point: str | None = None,
        zones_only: bool = False,
    ) -> None:
        """Show one muscle's outline, trigger points and referral zones (and hide the last);
        ``zones_only`` leaves out the muscle and its markers (for the quiz)."""
        self._shown_pattern = (muscle_id, tuple(sides), trigger_point, zones_only)
        items: list[QGraphicsItem] = []
        if muscle_id is not None and self.atlas is not None:
            items = self._pattern_for(muscle_id, tuple(sides), trigger_point, zones_only=zones_only)
        self._pattern = _swap(self._pattern, items)

    def _wash(
        self, key: tuple[Side, str], path: QPainterPath, *, z: float, pen: QPen, colour: QColor
    ) -> QGraphicsPathItem:
        """A muscle's outline washed with ``colour``; one mostly out of sight from behind
        (the art's ``SEEN_ID`` shape: obturator internus' tendon) washed a third as
        strongly outside the part a back view sees (its belly, inside the pelvis)."""
        if self._seen is None:  # read once per figure's art, on the first wash
            self._seen = {k: rings_path(r) for k, r in seen_parts(self._deep_art).items()}
        seen = self._seen.get(key)
        if seen is None:
            return self._path_item(path, z=z, pen=pen, brush=QBrush(colour))
        hidden = QColor(colour)
        hidden.setAlphaF(colour.alphaF() / 3)
        item = self._path_item(path, z=z, pen=pen, brush=QBrush(hidden))
        # the seen part washed again, behind the outline, up to the full wash
        part = QGraphicsPathItem(path.intersected(seen), item)
        part.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        part.setPen(QPen(Qt.PenStyle.NoPen))
        rest = QColor(colour)
        rest.setAlphaF(1 - (1 - colour.alphaF()) / (1 - hidden.alphaF()))
        part.setBrush(QBrush(rest))
        return item

    def _pattern_for(
        self,
        muscle_id: str,
        sides: tuple[Side, ...],
        trigger_point: str | None,
        *,
        zones_only: bool = False,
    ) -> list[QGraphicsItem]:
        """The (parked) items of a pattern, made on first use and then kept."""
        key = (muscle_id, sides, trigger_point, zones_only)
        items = self._pattern_cache.get(key)
        if items is None:
            items = self._pattern_cache[key] = self._pattern_items(
                muscle_id, sides, trigger_point, zones_only=zones_only
            )
        return items

    def _pattern_items(
        self,
        muscle_id: str,
        sides: Sequence[Side],
        trigger_point: str | None,
        *,
        zones_only: bool,
    ) -> list[QGraphicsItem]:
        from app.domain.diagram import ZoneKey  # with the content, after the first paint

        assert self.atlas is not None
        muscle = self.atlas.library.muscle(muscle_id)
        dia = self.atlas.diagram
        tps = [tp for tp in muscle.trigger_points if trigger_point in (None, tp.id)]
        items: list[QGraphicsItem] = []
        # A zone drawn for both sides alike (rectus abdominis refers across the back from
        # either side) is drawn once, so it does not look deeper than the others.
        drawn: set[object] = set()
        for side in sides:
            shape = None if zones_only else dia.muscles.get((side, muscle_id))
            if shape is not None:
                items.append(
                    self._wash(
                        (side, muscle_id),
                        self.tissue_path_of(shape),
                        z=Z_OUTLINE,
                        pen=style.cosmetic_pen(style.SELECTED_OUTLINE, 2.0),
                        colour=style.SELECTED_FILL,
                    )
                )
            for tp in tps:
                for pattern in PATTERNS:
                    key = ZoneKey(side, tp.id, pattern)
                    zone = dia.zones.get(key)
                    outline = None if zone is None else _outline_key(pattern, zone)
                    if zone is not None and outline not in drawn:
                        drawn.add(outline)
                        items += self._zone_items(zone, pattern)
                    # That side's sole inset shows the parts a back view cannot.
                    sole = dia.sole_zones.get(key)
                    if sole is not None:
                        items += self._zone_items(sole, pattern)
                marker = None if zones_only else dia.markers.get((side, tp.id))
                if marker is not None:
                    marker_item = MarkerItem(self.tissue_at(marker.x, marker.y))
                    marker_item.setToolTip(tp.name)
                    marker_item.setScale(self.mark_scale)
                    self.addItem(marker_item)
                    items.append(marker_item)
        for item in items:
            _set_shown(item, False)
        return items

    def _zone_items(self, zone: Area, pattern: str) -> list[QGraphicsItem]:
        """A referral zone: essential = solid orange; spillover = pale blue with a dashed
        edge, plus a hatch on top. Colour *and* texture differ, so the two stay apart
        without colour vision."""
        path = self.path_of(zone)
        if pattern == "essential":
            pen = style.cosmetic_pen(style.ESSENTIAL, 1.2)
            return [self._path_item(path, z=Z_ESS, pen=pen, brush=style.essential_brush())]
        pen = style.cosmetic_pen(style.SPILLOVER, 1.2, Qt.PenStyle.DashLine)
        return [
            self._path_item(path, z=Z_SPILL, pen=pen, brush=style.spillover_fill()),
            self._path_item(path, z=Z_SPILL, brush=style.spillover_hatch()),
        ]

    def prerender(self, viewport: QWidget) -> Iterator[None]:
        """Rasterise each muscle's pattern and wash, one side at a time, into the view's
        item caches by rendering the viewport into a throw-away pixmap (nothing reaches
        the screen). A later click then only copies them; after a zoom change the first
        showing rasterises again."""
        if self.atlas is None:
            return
        scratch = QPixmap(viewport.size())
        for muscle in self.atlas.library.muscles:
            for side in SIDES:
                items = self._pattern_for(muscle.id, (side,), None)
                if (side, muscle.id) in self.atlas.diagram.muscles:
                    items = [*items, self._tint_item((side, muscle.id))]
                current = set(self._pattern) | set(self._tints)
                for item in items:
                    _set_shown(item, True)
                viewport.render(scratch)
                for item in items:
                    if item not in current:
                        _set_shown(item, False)
                yield

    def warm_up(self) -> Iterator[None]:
        """Build every drawing path ahead of need, one area per step (idle time)."""
        if self.atlas is None:
            return
        dia = self.atlas.diagram
        for area in (*dia.zones.values(), *dia.regions.values(), *dia.sole_zones.values()):
            self.path_of(area)
            yield
        for muscle in dia.muscles.values():
            self.tissue_path_of(muscle)
            yield

    def set_hover_region(self, region_id: str | None) -> None:
        self._shown_hover = region_id
        area = self.atlas.diagram.regions.get(region_id) if region_id and self.atlas else None
        self._hover.setPath(self.path_of(area) if area else QPainterPath())

    def set_regions_visible(self, visible: bool) -> None:
        if visible and self.atlas is not None and self._region_outlines.path().isEmpty():
            outlines = QPainterPath()
            for area in self.atlas.diagram.regions.values():
                outlines.addPath(self.path_of(area))
            self._region_outlines.setPath(outlines)
        self._region_outlines.setVisible(visible)

    def set_cutaway(self, on: bool) -> None:
        """Show the patient's right side as a dissection: its superficial muscles cut
        away, the deep ones shaded (View → Cut away superficial muscles)."""
        self._art.cutaway = on
        self._art.repaint_all()

    def set_art_visible(self, layer: str, visible: bool) -> None:
        if visible:
            self.hidden_layers.discard(layer)
        else:
            self.hidden_layers.add(layer)
        for label in self.labels:
            if label.label.layer == layer:
                label.setVisible(visible)
        self._art.repaint_all()

    # -- size on screen, fit and colours --------------------------------------------

    def content_rect(self, scale: float | None) -> QRectF:
        """What "fit to window" must show at ``scale`` (screen pixels per document unit):
        the figure, the sole insets and every shown label at its size on screen (None:
        the figure and the insets only)."""
        rect = QRectF(self._figure_box)
        if not scale:
            return rect
        for item in self.labels:
            if item.isVisible():
                box = item.boundingRect()
                k = item.scale() / scale
                rect = rect.united(
                    QRectF(
                        item.pos() + box.topLeft() * k,
                        item.pos() + box.bottomRight() * k,
                    )
                )
        return rect

    def set_mark_scale(self, scale: float) -> None:
        """Draw spots, markers, mark numbers and labels ``scale`` times their usual size."""
        self.mark_scale = scale
        for item in self.items():
            if isinstance(item, (SpotItem, MarkLabelItem, MarkerItem, LabelItem)):
                item.setScale(scale)

    def set_theme(self, colours: theme.Theme) -> None:
        """The canvas and the labels in the colours of the light or dark palette."""
        self.theme = colours
        self.setBackgroundBrush(QColor(colours.canvas))
        for item in self.labels:
            item.set_colours(text=QColor(colours.label_text), plate=QColor(colours.label_bg))

    def art_visible(self, layer: str) -> bool:
        return layer not in self.hidden_layers


def _read_art(svg_path: Path, compiled: Path) -> tuple[Art, list[TextLabel]]:
    """The art layers Qt paints, their words taken out to be drawn at screen size; none
    if the SVG cannot be read or parsed (the content check that follows reports the file
    and the problem)."""
    try:
        art = read_art(svg_path, compiled)
    except (OSError, SyntaxError):  # SyntaxError: xml.etree's ParseError
        return Art({}), []
    texts: list[TextLabel] = []
    for layer in TEXT_LAYERS:
        doc = art.documents.get(layer)
        if doc is not None:
            art.documents[layer], found = take_text(layer, doc)
            texts += found
    return art, texts


def _outline_key(pattern: str, area: Area) -> object:
    """Alike for two outlines that cover the same place (a mirrored copy included)."""
    b = area.bbox
    return pattern, round(b.x0), round(b.y0), round(b.x1), round(b.y1), round(area.area)


def _swap(shown: list[T], wanted: list[T]) -> list[T]:
    """Park what is no longer wanted and show what is new; items in both stay put, so
    their part of the view is not repainted."""
    keep = set(wanted)
    for item in shown:
        if item not in keep:
            _set_shown(item, False)
    already = set(shown)
    for item in wanted:
        if item not in already:
            _set_shown(item, True)
    return wanted


PARKED = QPointF(0.0, 1.0e6)


def _set_shown(item: QGraphicsItem, shown: bool) -> None:
    """Items are parked far outside the drawing instead of hidden: hiding or fading an
    item throws its cached raster away, moving it does not, so showing it again is a
    copy. Markers go back to their own place, everything else to the origin."""
    home = item.home if isinstance(item, MarkerItem) else QPointF(0.0, 0.0)
    item.setPos(home if shown else home + PARKED)
