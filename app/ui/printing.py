"""What the report and the handout share: A4 pages, the marked drawing as an image, and
rich text painted onto PDF pages.

Documents are laid out in layout pixels (what QTextDocument uses without a paint device:
the screen's logical dots per inch, 96 almost everywhere) and painted onto the PDF
scaled to its resolution, so text keeps its point size and a picture its share of the
page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextTable,
)

from app import resources
from app.domain.figure import REFERENCE, Figure
from app.domain.framing import frame, marks_box, pattern_box, union
from app.domain.geometry import BBox
from app.domain.ids import SIDES, Side
from app.ui import style

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from app.domain.drawing import Drawing
    from app.domain.lookup import Atlas
    from app.ui.diagram_scene import DiagramScene

MARGIN_MM = 15.0
#: Image pixels per layout pixel: crisp when printed, small enough to write quickly.
PRINT_RATIO = 4.0


def layout_dpi() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchY() if screen is not None else 96.0


def page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def page_size() -> QSizeF:
    """The printable part of an A4 page (inside the margins), in layout pixels."""
    mm = page_layout().paintRect(QPageLayout.Unit.Millimeter)
    scale = layout_dpi() / 25.4
    return QSizeF(mm.width() * scale, mm.height() * scale)


# -- the drawing ------------------------------------------------------------------------


@dataclass(frozen=True)
class Picture:
    """What the printed drawing shows besides the marks: one muscle's pattern (on
    ``sides``) and a light wash over the muscles in ``tint``."""

    muscle: str | None = None
    sides: tuple[Side, ...] = SIDES
    tint: tuple[tuple[Side, str], ...] = ()


def shown_box(atlas: Atlas, drawing: Drawing, picture: Picture) -> BBox | None:
    """The marks, the shown muscle's pattern and the washed muscles: the part of the
    body worth printing."""
    dia = atlas.diagram
    boxes = [b for b in (marks_box(drawing, dia.regions),) if b is not None]
    boxes += [dia.muscles[key].bbox for key in picture.tint if key in dia.muscles]
    if picture.muscle is not None:
        tps = {tp.id for tp in atlas.library.muscle(picture.muscle).trigger_points}
        pattern = pattern_box(dia, picture.muscle, tps, picture.sides, soles=False)
        boxes += [pattern] if pattern is not None else []
    return union(boxes)


def framed(atlas: Atlas, box: BBox | None, *, aspect: float, margin: float, minimum: float) -> BBox:
    """``box`` with ``margin`` round it (at least ``minimum`` wide), at ``aspect`` (height
    / width), inside the drawing; the whole drawing without a box."""
    return frame(box, bounds=atlas.diagram.view_box, aspect=aspect, margin=margin, minimum=minimum)


def drawing_image(
    atlas: Atlas,
    drawing: Drawing,
    picture: Picture,
    *,
    box: BBox,
    width: float,
    mark_scale: float = 1.0,
    figure: Figure = REFERENCE,
) -> QImage:
    """The part ``box`` (reference coordinates) of the drawing with its marks, on
    ``figure``, ``width`` layout pixels wide.

    Spots and numbers are drawn at a fixed size on the page (as on screen), ``mark_scale``
    times their size on screen, whatever part of the body is shown."""
    from app.ui.diagram_scene import DiagramScene  # noqa: F811 (the scene, only when printing)

    scene = DiagramScene(resources.diagram_svg(), figure)
    scene.attach(atlas)
    # The landmark labels are sized for the screen: on a cropped drawing they would run
    # off its edges and over the marks. The caption under the drawing orients the reader.
    scene.set_art_visible("labels", False)
    for label in scene.labels:
        label.setVisible(False)
    scene.set_marks(drawing.marks)
    _paint_regions(scene, atlas, drawing)
    if picture.tint:
        scene.show_candidates(picture.tint)
    scene.show_pattern(picture.muscle, sides=picture.sides)
    height = width * box.height / box.width
    # Drawn at 1 / mark_scale of its size on the page, with as many more pixels per
    # layout pixel: the screen-sized spots come out mark_scale times larger.
    logical_w, logical_h = width / mark_scale, height / mark_scale
    ratio = PRINT_RATIO * mark_scale
    image = QImage(round(logical_w * ratio), round(logical_h * ratio), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(style.BACKGROUND)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(
        painter,
        QRectF(0, 0, logical_w, logical_h),
        _same_aspect(scene.rect_of(box.x0, box.y0, box.x1, box.y1), box.height / box.width),
        Qt.AspectRatioMode.IgnoreAspectRatio,
    )
    painter.end()
    scene.clear()
    # Shown at `width` layout pixels: the ratio that maps the image onto that width.
    image.setDevicePixelRatio(image.width() / width)
    return image


def _same_aspect(rect: QRectF, aspect: float) -> QRectF:
    """``rect`` grown about its centre to ``aspect`` (height / width): another figure's
    drawing of a box is a little wider than the box."""
    w, h = rect.width(), rect.height()
    w, h = max(w, h / aspect), max(h, w * aspect)
    centre = rect.center()
    return QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)


def _paint_regions(scene: DiagramScene, atlas: Atlas, drawing: Drawing) -> None:
    """Whole painted regions (from the command line) as the window draws a painted area:
    a translucent band, darker for a stronger pain, with the mark's number."""
    from app.ui.items import Z_STROKE, MarkLabelItem

    for number, mark in enumerate(drawing.marks, 1):
        region = mark.region
        if region is None or region not in atlas.diagram.regions:
            continue
        area = atlas.diagram.regions[region]
        item = scene.addPath(
            scene.path_of(area),
            style.cosmetic_pen(style.stroke_outline(mark.intensity), 1.0),
            QBrush(style.stroke_fill(mark.intensity)),
        )
        item.setZValue(Z_STROKE)
        label = MarkLabelItem(number)
        label.setPos(scene.at(*atlas.region_point(region)))
        scene.addItem(label)


# -- pages ------------------------------------------------------------------------------


def pdf_bytes(title: str, paint: Callable[[QPdfWriter, QPainter, float], None]) -> bytes:
    """A PDF made in memory: ``paint(writer, painter, scale)`` draws its pages, in layout
    pixels (``scale`` device pixels each) from the top left of the printable area."""
    # Written by Python afterwards: QPdfWriter given a path that cannot be written (a
    # folder, a missing folder, no permission) fails with no reason at all.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout())
    writer.setTitle(title)
    writer.setCreator("TriggerMap")
    painter = QPainter(writer)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    scale = writer.resolution() / layout_dpi()
    painter.scale(scale, scale)
    paint(writer, painter, scale)
    painter.end()
    return bytes(buffer.data().data())


def draw_document(painter: QPainter, doc: QTextDocument, *, top: float, clip: QRectF) -> None:
    """The part ``clip`` (document coordinates) of ``doc``, painted with its top edge at
    ``top`` on the page."""
    painter.save()
    painter.translate(0, top - clip.top())
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    painter.setClipRect(clip)
    doc.documentLayout().draw(painter, context)
    painter.restore()


def add_images(doc: QTextDocument, images: Iterable[tuple[str, QImage]]) -> None:
    from PySide6.QtCore import QUrl

    for url, image in images:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)


def write_file(path: Path, data: bytes) -> None:
    """OSError (with the OS's reason) if the file cannot be written."""
    path.write_bytes(data)


# -- pagination -------------------------------------------------------------------------

#: A section (a heading and what follows, up to the next heading of its rank or higher)
#: no taller than this share of a page is kept on one page.
KEEP_SECTION = 0.3
#: ... as long as the page stays this full.
SOFT_FILL = 0.7
#: A heading keeps a picture among the next this many blocks on its page.
KEEP_PICTURE = 3
#: A paragraph split across two pages leaves at least this many lines on each.
MIN_LINES = 2
OBJECT = "\ufffc"  # a block holding only this is a picture


@dataclass(frozen=True)
class _Unit:
    """What a page break may not cut through: one line of a top-level block, or a whole
    table (the report's and the handout's heads)."""

    top: float
    bottom: float
    block: int  # index of the block (or table) it belongs to
    line: int  # its line in that block
    lines: int  # how many lines the block has
    heading: int  # 1-6 for a heading's line, 0 otherwise
    keep_next: bool  # a heading, a lead-in ("Take care:") or a picture


def page_breaks(doc: QTextDocument, height: float) -> list[tuple[float, float]]:
    """Where each page of ``doc`` (laid out as one long page) starts and ends, so that a
    heading or a lead-in ("Take care:") is never last on its page, a heading keeps a
    picture just below it, a short section stays whole and a paragraph split across
    two pages leaves at least two lines on each."""
    doc.size()  # lays the whole document out (it is laid out lazily)
    units = _units(doc)
    pages: list[tuple[float, float]] = []
    first = 0
    while first < len(units):
        start = units[first].top
        end = first
        while end < len(units) and units[end].bottom - start <= height:
            end += 1
        if end == first:  # taller than a page: it gets a page of its own, cut
            end = first + 1
        elif end < len(units):
            end = _better_break(units, first, end, height)
        pages.append((start, units[end - 1].bottom if end < len(units) else units[-1].bottom))
        first = end
    return pages or [(0.0, 0.0)]


def _better_break(units: list[_Unit], first: int, end: int, height: float) -> int:
    """The page holds ``units[first:end]``; move the break earlier where the rules ask.
    A heading or a lead-in is never left last on its page and a paragraph never leaves a
    single line alone; a heading's picture and a short section are kept on the page only
    while the page stays SOFT_FILL full. A page the rules would empty stays full."""
    start = units[first].top
    cut = end
    for _ in range(len(units)):
        moved = _hard_break(units, cut)
        if moved is None:
            soft = _soft_break(units, first, cut, height)
            if soft is None or soft <= first or units[soft - 1].bottom - start < SOFT_FILL * height:
                return cut
            moved = soft
        if moved <= first:
            return end
        cut = moved
    return cut


def _hard_break(units: list[_Unit], cut: int) -> int | None:
    after, before = units[cut], units[cut - 1]
    # A paragraph split with a single line on either side moves whole.
    split = after.block == before.block
    if split and min(after.line, after.lines - after.line) < MIN_LINES:
        return cut - after.line
    # A heading, a lead-in or a picture keeps what follows on its page.
    if before.keep_next:
        return cut - 1 - before.line
    return None


def _soft_break(units: list[_Unit], first: int, cut: int, height: float) -> int | None:
    before = units[cut - 1]
    # A heading keeps a picture just below it.
    heading = next(
        (
            i
            for i in range(cut - 1, first - 1, -1)
            if units[i].heading and units[i].block > before.block - KEEP_PICTURE
        ),
        None,
    )
    if heading is not None:
        near = units[heading].block + KEEP_PICTURE
        later = (u for u in units[cut:] if u.block <= near)
        if any(u.keep_next and not u.heading for u in later):
            return heading - units[heading].line
    # A short section started on this page stays whole.
    for i in range(cut - 1, first - 1, -1):
        u = units[i]
        if u.heading and u.line == 0:
            end = next(
                (j for j in range(cut, len(units)) if 0 < units[j].heading <= u.heading),
                len(units),
            )
            if units[end - 1].bottom - u.top <= KEEP_SECTION * height:
                return i
            break
    return None


def _units(doc: QTextDocument) -> list[_Unit]:
    # Block by block (the root frame's own iterator has been seen to stop early), a
    # table standing for all of its blocks.
    layout = doc.documentLayout()
    units: list[_Unit] = []
    tables: set[int] = set()
    index = 0
    block = doc.begin()
    while block.isValid():
        table: QTextTable | None = QTextCursor(block).currentTable()
        if table is not None:
            if table.firstPosition() not in tables:
                tables.add(table.firstPosition())
                rect = layout.frameBoundingRect(table)
                units.append(_Unit(rect.top(), rect.bottom(), index, 0, 1, 0, False))
                index += 1
            block = block.next()
            continue
        text = block.text().strip()
        level = block.blockFormat().headingLevel()
        keep = bool(level) or text == OBJECT or text.endswith(":")
        lines = block.layout()
        top = lines.position().y()
        n = lines.lineCount()
        for i in range(n):
            line = lines.lineAt(i)
            units.append(
                _Unit(top + line.y(), top + line.y() + line.height(), index, i, n, level, keep)
            )
        index += 1
        block = block.next()
    return units
