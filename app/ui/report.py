"""The full report (File → Export report): the diagram as marked, the likely muscles,
the shown muscle's page with its stretch pictures, the warning signs for the marked
places, and the medical words it used, on as many A4 pages as it needs.

Built from the controller's plain state (content, drawing, answer, selection), never the
window. Without editorial text (app/domain/paper.py), and paginated so that headings stay
with what follows them, short sections stay whole and no paragraph leaves a single line
alone on a page (app/ui/printing.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter, QTextDocument

from app.domain.drawing import Drawing
from app.domain.figure import REFERENCE, Figure
from app.domain.paper import for_paper
from app.ui import html, printing
from app.ui.illustrations import add_illustrations

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from app.domain.drawing import Mark
    from app.domain.lookup import Atlas
    from app.domain.models import WarningSign
    from app.ui.controller import Answer, AppController, Selection

QUALITY_WORDS = {
    "aching": "aching",
    "burning": "burning",
    "tingling": "pins and needles",
    "numb": "numb",
}
PICTURE_SCALE = 0.6  # exercise pictures: layout pixels (1/96 inch) per drawing unit
PRINT_RATIO = printing.PRINT_RATIO
DRAWING_SHARE = 0.6  # of the page width
ASPECT_RANGE = (0.8, 1.45)  # the drawing's height / width
MARGIN, MIN_WIDTH = 60.0, 260.0  # document units round what is shown; least width
FOOTER_GAP = 14.0
#: On paper, after the screen's style: a little smaller and tighter (10 pt reads well
#: printed), so a muscle's page takes fewer sheets.
PAPER_CSS = """
body { font-size: 10pt; }
h2 { margin: 10px 0 3px 0; }
h3 { margin: 6px 0 2px 0; }
p { margin: 0 0 4px 0; }
ul, ol { margin-top: 2px; margin-bottom: 4px; }
"""  # layout pixels between the text and the page number


def place(atlas: Atlas, mark: Mark) -> str:
    """Where a mark is, in words: ``Left lower buttock``."""
    region = atlas.fit(mark).region
    return atlas.region_name(region) if region else "outside the body"


def mark_line(atlas: Atlas, mark: Mark) -> str:
    """``Left lower buttock (spot), pain 5 of 10, numb``."""
    kind = "spot" if mark.kind == "spot" else "painted area"
    feel = f", {QUALITY_WORDS[mark.quality]}" if mark.quality else ""
    return f"{place(atlas, mark)} ({kind}), pain {mark.intensity} of 10{feel}"


def place_warnings_html(warnings: Sequence[WarningSign], *, cls: str = "") -> str:
    """The warning signs of the marked places by their short titles: get help now for
    these, see a doctor soon for those."""
    urgent = [w.title for w in warnings if w.urgency == "emergency"]
    soon = [w.title for w in warnings if w.urgency == "soon"]
    out = []
    if urgent:
        out.append(
            f"<p class='warn {cls}'><b>For the places marked, get help now</b> if you have "
            f"signs of {escape(and_list(urgent, sep='; '))}.</p>"
        )
    if soon:
        out.append(
            f"<p class='{cls}'><b>See a doctor soon</b> for {escape(and_list(soon, sep='; '))}.</p>"
        )
    return "".join(out)


def and_list(items: Sequence[str], *, sep: str = ", ") -> str:
    """``a, b and c`` (with ``sep="; "``: ``a; b; and c``)."""
    if len(items) <= 1:
        return "".join(items)
    return sep.join(items[:-1]) + (" and " if sep == ", " else "; and ") + items[-1]


def report_html(state: AppController) -> str:
    """The report's text from the controller's state alone (plain data, no widgets)."""
    assert state.atlas is not None
    return _report_html(state.atlas, state.drawing.drawing, state.answer, state.selection)


def _report_html(atlas: Atlas, drawing: Drawing, answer: Answer, selection: Selection) -> str:
    result = answer.result
    marks = drawing.marks
    # The warning signs of the marked places are named after the muscles, by title: the
    # red flags at the end say the same at length (every one is on the app's safety page).
    lib = for_paper(atlas.library, warnings=())
    width = round(printing.page_size().width() * DRAWING_SHARE)
    parts = [f"<h1>TriggerMap notes</h1><p class='sub'>{date.today():%d %B %Y}</p>"]
    parts.append(f"<p class='note'>{escape(lib.safety.disclaimer)}</p>")
    if marks:
        rows = "".join(f"<li>{escape(mark_line(atlas, m))}</li>" for m in marks)
        side = f"<h2 style='margin-top:0'>Your pain drawing</h2><ol>{rows}</ol>"
    else:
        side = "<h2 style='margin-top:0'>No pain drawing</h2><p>Nothing is marked.</p>"
    if selection.muscle is not None:
        name = escape(lib.muscle(selection.muscle).name)
        side += (
            f"<p class='cite'>Seen from behind: the patient's left is on the left. Shown: the "
            f"pattern of the {name}: <span class='ess'>orange</span>, the main pain area "
            "(essential zone); <span class='spill'>blue hatched</span>, a possible extra "
            "area (spillover zone); &times;, a trigger point.</p>"
        )
    parts.append(
        "<table width='100%' cellspacing='0' cellpadding='0' style='margin-top:10px'><tr>"
        f"<td width='{round(DRAWING_SHARE * 100)}%' valign='top'>"
        f"<img src='diagram://scene' width='{width}'></td>"
        f"<td valign='top' style='padding-left:12px'>{side}</td></tr></table>"
    )
    if marks:
        parts.append("<h2>Muscles that may cause it</h2>")
        parts.append(html.candidates_html(lib, answer.shown, "the marked places"))
        if result is not None:
            nerve_like = any(m.nerve_like for m in marks)
            quiet = replace(result, warnings=())  # named below, without the window's link
            parts.append(html.answer_notes_html(lib, quiet, nerve_like=nerve_like))
            parts.append(place_warnings_html(result.warnings))
    if selection.muscle:
        parts.append(html.muscle_html(lib, lib.muscle(selection.muscle)))
    parts.append(html.safety_html(lib))
    # Links do nothing on paper (for_paper unlinks the glossary's; these are the answer's).
    body = _LINK.sub(r"\1", html.for_paper(lib, "".join(parts)))
    return html.page(body).replace("</style>", PAPER_CSS + "</style>", 1)


_LINK = re.compile(r"<a href='[^']*'>(.*?)</a>", re.S)


def report_drawing(
    atlas: Atlas,
    drawing: Drawing,
    selection: Selection,
    *,
    width: float,
    figure: Figure = REFERENCE,
) -> QImage:
    """The marks and the shown muscle's pattern, cropped to that part of the body."""
    picture = printing.Picture(muscle=selection.muscle, sides=selection.sides)
    box = printing.shown_box(atlas, drawing, picture)
    aspect = ASPECT_RANGE[1]
    if box is not None:
        want = (box.height + 2 * MARGIN) / max(box.width + 2 * MARGIN, MIN_WIDTH)
        aspect = min(max(want, ASPECT_RANGE[0]), ASPECT_RANGE[1])
    crop = printing.framed(atlas, box, aspect=aspect, margin=MARGIN, minimum=MIN_WIDTH)
    return printing.drawing_image(
        atlas, drawing, picture, box=crop, width=width, mark_scale=1.3, figure=figure
    )


def report_document(state: AppController) -> QTextDocument:
    """The report laid out as one long page, the width of an A4 page's printable part."""
    assert state.atlas is not None
    page = printing.page_size()
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    image = report_drawing(
        state.atlas,
        state.drawing.drawing,
        state.selection,
        width=round(page.width() * DRAWING_SHARE),
        figure=state.figure,
    )
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("diagram://scene"), image)
    body = report_html(state)
    add_illustrations(doc, body, PICTURE_SCALE, ratio=PRINT_RATIO)
    doc.setHtml(body)
    doc.setTextWidth(page.width())
    return doc


def report_pages(state: AppController) -> tuple[QTextDocument, list[tuple[float, float]]]:
    """The report and where each of its A4 pages starts and ends (app/ui/printing.py)."""
    doc = report_document(state)
    return doc, printing.page_breaks(doc, printing.page_size().height())


def write_report(state: AppController, path: Path) -> None:
    """OSError (with the OS's reason) if the file cannot be written."""
    doc, pages = report_pages(state)
    page = printing.page_size()
    today = f"{date.today():%d %B %Y}"

    def paint(writer: QPdfWriter, painter: QPainter, _scale: float) -> None:
        for i, (start, end) in enumerate(pages):
            if i:
                writer.newPage()
            clip = QRectF(0, start, page.width(), end - start)
            printing.draw_document(painter, doc, top=0, clip=clip)
            font = painter.font()
            font.setPointSizeF(8)
            painter.setFont(font)
            painter.setPen(QColor("#7a6f66"))
            footer = QRectF(0, page.height() + FOOTER_GAP, page.width(), 20)
            painter.drawText(footer, Qt.AlignmentFlag.AlignLeft, f"TriggerMap notes, {today}")
            painter.drawText(footer, Qt.AlignmentFlag.AlignRight, f"Page {i + 1} of {len(pages)}")

    printing.write_file(path, printing.pdf_bytes("TriggerMap notes", paint))
