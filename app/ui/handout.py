"""The one-page handout: the marked drawing, the three likeliest muscles in plain words,
two stretches with their pictures, the warning signs that apply, the date.

Built from plain data (the content, the drawing and its answer), never from the window,
so the command line makes the same page without one. It always fits on one A4 page:
laid out at reading size first, then a little smaller until it fits.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter, QTextDocument
from PySide6.QtSvg import QSvgRenderer

from app import resources
from app.domain.figure import REFERENCE, Figure
from app.domain.paper import for_paper
from app.ui import printing
from app.ui.illustrations import illustration_image
from app.ui.report import and_list, mark_line, place, place_warnings_html

if TYPE_CHECKING:
    from pathlib import Path

    from app.domain.answer import Candidate, LookupResult
    from app.domain.drawing import Drawing
    from app.domain.lookup import Atlas
    from app.domain.models import Library, Muscle, Stretch
    from app.ui.controller import Answer

TOP = 3  # muscles named
STRETCHES = 2
DRAWING_SHARE = 0.56  # of the page width (the issue asks for at least half)
#: The drawing's height / width, from a wide crop (both buttocks) to a tall one.
ASPECT_RANGE = (1.0, 1.55)
MARGIN, MIN_WIDTH = 70.0, 260.0  # document units (about mm) round the marks; least width
PICTURE_BOX = (150.0, 105.0)  # layout pixels: an exercise picture fits in this
#: Tried in turn until the page fits: the scale of the page (1 is reading size, 10 pt
#: text), and at each, the tallest drawing that fits (height / width, in steps of 0.05).
SCALES = (1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5)
ASPECT_STEP = 0.05
MARKS_LISTED = 6  # more marks are summed up by place
LEVELS = {"easy": 0, "moderate": 1, "advanced": 2}

CSS = """
body { font-size: 10pt; color: #2b2622; }
h1 { font-size: 17pt; margin: 0; color: #4a2a20; }
h2 { font-size: 12pt; margin: 10px 0 3px 0; color: #6b3a2a; }
p { margin: 0 0 4px 0; }
.sub { color: #6f645c; }
.date { color: #4a2a20; font-size: 11pt; }
.small { font-size: 8.5pt; }
.note { color: #6f645c; font-size: 8pt; }
.warn { color: #8a1c1c; }
.muscle { margin: 0 0 6px 0; }
ol, ul { margin: 0 0 0 0; }
li { margin: 0 0 1px 0; }
"""


def handout_html(atlas: Atlas, answer: Answer, *, today: date, width: float, aspect: float) -> str:
    """The page as rich text, laid out ``width`` layout pixels wide, with a drawing of
    ``aspect`` (height / width)."""
    drawing = answer.drawing
    result = answer.result
    lib = for_paper(atlas.library)
    top = list(answer.shown[:TOP])
    marks = drawing.marks if drawing is not None else ()
    washed = f" Shaded: where the {escape(lib.muscle(top[0].muscle).name)} lies." if top else ""
    left = [
        f"<img src='handout:drawing' width='{round(width * DRAWING_SHARE)}' "
        f"height='{round(width * DRAWING_SHARE * aspect)}'>",
        f"<p class='note'>Seen from behind: your left side is on the left.{washed}</p>",
        _marks_html(atlas, drawing),
    ]
    right = [_muscles_html(atlas, lib, top, result, bool(marks))]
    right.append(_warnings_html(lib, result))
    stretches = choose_stretches(lib, [lib.muscle(c.muscle) for c in top])
    body = (
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        "<td><h1>Your pain drawing</h1>"
        "<p class='sub'>What may be causing it, and what you can do</p></td>"
        f"<td align='right' valign='top'><p class='date'>{today:%d %B %Y}</p></td>"
        "</tr></table>"
        "<table width='100%' cellspacing='0' cellpadding='0' style='margin-top:6px'><tr>"
        f"<td width='{round(DRAWING_SHARE * 100)}%' valign='top'>{''.join(left)}</td>"
        f"<td valign='top' style='padding-left:12px'>{''.join(right)}</td>"
        "</tr></table>"
        f"{_stretches_html(lib, stretches, [lib.muscle(c.muscle) for c in top])}"
        f"<p class='note' style='margin-top:8px'>{escape(lib.safety.disclaimer)} "
        "Made with TriggerMap; the pain patterns follow Travell &amp; Simons' "
        "<i>Trigger Point Manual</i>.</p>"
    )
    return f"<html><head><style>{CSS}</style></head><body>{body}</body></html>"


def _marks_html(atlas: Atlas, drawing: Drawing | None) -> str:
    marks = drawing.marks if drawing is not None else ()
    if not marks:
        return "<p class='small'>No places are marked on this drawing.</p>"
    if len(marks) <= MARKS_LISTED:
        rows = "".join(f"<li>{escape(mark_line(atlas, m))}</li>" for m in marks)
        return (
            "<p class='small'><b>Your marks</b> (numbered on the drawing):</p>"
            f"<ol class='small'>{rows}</ol>"
        )
    places = list(dict.fromkeys(place(atlas, m) for m in marks))
    shown = ", ".join(places[:8]) + (
        f" and {len(places) - 8} more places" if len(places) > 8 else ""
    )
    strongest = max(m.intensity for m in marks)
    return (
        f"<p class='small'><b>Your {len(marks)} marks</b> (numbered on the drawing): "
        f"{escape(shown)}; the strongest pain {strongest} of 10.</p>"
    )


def muscle_line(atlas: Atlas, candidate: Candidate, result: LookupResult | None) -> str:
    """One candidate in plain words: ``Gluteus minimus (deepest buttock muscle): can
    send pain to your left lower buttock and left lateral calf.``"""
    muscle = atlas.library.muscle(candidate.muscle)
    regions = result.regions if result is not None else ()
    places = list(
        dict.fromkeys(
            _lower(atlas.region_name(r))
            for i in candidate.explains
            if i < len(regions) and (r := regions[i]) is not None
        )
    )
    if places and len(places) <= 3:
        where = "your " + and_list(places)
    elif places:
        where = f"{len(places)} of the places you marked"
    elif candidate.distance > 0:
        where = None
    else:
        where = "part of the places you marked"
    if where is None:
        what = "sends pain close to the places you marked"
    elif candidate.pattern == "essential":
        what = f"can send pain to {where}"
    else:
        what = f"sometimes sends pain to {where}"
    return f"{muscle.name} ({muscle.plain_name}): {what}."


def _muscles_html(
    atlas: Atlas, lib: Library, top: list[Candidate], result: LookupResult | None, marked: bool
) -> str:
    out = ["<h2 style='margin-top:0'>What may be causing it</h2>"]
    if not marked:
        out.append("<p>Mark where it hurts to see which muscles can send pain there.</p>")
    elif not top:
        out.append("<p>No muscle in TriggerMap is known to send pain to the places marked.</p>")
    for i, c in enumerate(top, 1):
        line = escape(muscle_line(atlas, c, result))
        name = escape(lib.muscle(c.muscle).name)
        line = line.replace(name, f"<b>{name}</b>", 1)
        out.append(f"<p class='muscle'>{i}. {line}</p>")
    if result is not None:
        for fit in result.lookalikes[:1]:
            out.append(
                f"<p class='small'>It could also come from the {escape(fit.lookalike.name)}: "
                "a possibility, not a diagnosis.</p>"
            )
    if top:
        out.append(
            "<p class='small'>Most likely first. Only an examination can tell which it is.</p>"
        )
    return "".join(out)


def _warnings_html(lib: Library, result: LookupResult | None) -> str:
    s = lib.safety
    return (
        "<h2>When to get help</h2>"
        f"<p class='warn'><b>{escape(s.banner)}</b></p>"
        f"{place_warnings_html(result.warnings if result is not None else (), cls='small')}"
        f"<p class='small'>{escape(s.when_to_see_someone)}</p>"
    )


def choose_stretches(lib: Library, muscles: list[Muscle]) -> list[Stretch]:
    """Two stretches from the top muscles' lists: the easiest of each muscle in turn
    first (so two muscles get one each), then the rest in order."""
    by_id = {s.id: s for s in lib.stretches}
    lists = [
        sorted((by_id[i] for i in m.stretches), key=lambda s: LEVELS[s.level]) for m in muscles
    ]
    chosen: list[Stretch] = []
    for rank in range(max((len(x) for x in lists), default=0)):
        for stretches in lists:
            for s in stretches[rank:]:
                if s not in chosen:
                    chosen.append(s)
                    break
            if len(chosen) == STRETCHES:
                return chosen
    return chosen


def _stretches_html(lib: Library, stretches: list[Stretch], muscles: list[Muscle]) -> str:
    if not stretches and not any(m.no_stretch for m in muscles):
        return ""
    title = "Two stretches to try" if len(stretches) == STRETCHES else "Stretches"
    out = [f"<h2>{title}</h2>"]
    if stretches:
        # Side by side, each with its picture on top: two columns fill the page's width
        # in half the height of two rows.
        cells = []
        for s in stretches:
            steps = "".join(f"<li>{escape(step)}</li>" for step in s.steps)
            how = f"Hold for {s.hold_seconds} seconds; {s.sides}." if s.hold_seconds else ""
            how = how or f"{s.sides[:1].upper()}{s.sides[1:]}."
            care = " ".join(escape(c) for c in s.cautions)
            cells.append(
                f"<td width='{100 // STRETCHES}%' valign='top' style='padding-right:10px'>"
                f"<p><img src='illustration:{escape(s.illustration or '')}'></p>"
                f"<p><b>{escape(s.name)}</b> ({escape(s.level)})</p>"
                f"<ol class='small'>{steps}</ol>"
                f"<p class='small'>{escape(how)}</p>"
                + (f"<p class='small warn'><b>Take care:</b> {care}</p>" if care else "")
                + "</td>"
            )
        out.append(
            f"<table width='100%' cellspacing='0' cellpadding='0'><tr>{''.join(cells)}</tr></table>"
        )
    for m in muscles:
        if not m.stretches:
            out.append(
                f"<p class='small'>No self-stretch is given for {escape(m.name)} "
                f"({escape(m.plain_name)}).</p>"
            )
    return "".join(out)


def _lower(name: str) -> str:
    return name[:1].lower() + name[1:]


# -- the page ---------------------------------------------------------------------------


def handout_document(
    atlas: Atlas, answer: Answer, *, today: date, figure: Figure = REFERENCE
) -> tuple[QTextDocument, float]:
    """The page laid out, and the scale it is printed at (1: reading size). When the
    content needs it to fit on one page, the drawing is cropped less tall first, then
    everything is printed a little smaller (FITS)."""
    from app.domain.drawing import Drawing

    page = printing.page_size()
    drawing = answer.drawing if answer.drawing is not None else Drawing()
    # Where the likeliest muscle lies, washed, so the page shows where the pain may
    # come from as well as where it is felt.
    first = answer.shown[0] if answer.shown else None
    picture = printing.Picture(
        tint=tuple((side, first.muscle) for side in (first.sides or (first.side,)))
        if first is not None
        else ()
    )
    box = printing.shown_box(atlas, drawing, picture)
    want = ASPECT_RANGE[1]
    if box is not None:
        want = (box.height + 2 * MARGIN) / max(box.width + 2 * MARGIN, MIN_WIDTH)
    # The drawing's size is in the page's text, so the layout is measured without it.
    blank = QImage(1, 1, QImage.Format.Format_RGB32)
    low = ASPECT_RANGE[0]
    high = min(max(want, low), ASPECT_RANGE[1])
    steps = round((high - low) / ASPECT_STEP)

    def fits(scale: float, step: int) -> bool:
        doc = _layout(atlas, answer, today, page.width() / scale, low + step * ASPECT_STEP, blank)
        return doc.size().height() * scale <= page.height()

    scale, step = SCALES[-1], 0
    for scale in SCALES:
        if fits(scale, 0):
            # The tallest drawing that still fits: a binary search over the steps.
            lo, hi = 0, steps
            while lo < hi:
                mid = (lo + hi + 1) // 2
                lo, hi = (mid, hi) if fits(scale, mid) else (lo, mid - 1)
            step = lo
            break
    aspect = low + step * ASPECT_STEP
    crop = printing.framed(atlas, box, aspect=aspect, margin=MARGIN, minimum=MIN_WIDTH)
    width = page.width() / scale
    image = printing.drawing_image(
        atlas,
        drawing,
        picture,
        box=crop,
        width=width * DRAWING_SHARE,
        mark_scale=1.5 / scale,
        figure=figure,
    )
    return _layout(atlas, answer, today, width, aspect, image), scale


def _layout(
    atlas: Atlas, answer: Answer, today: date, width: float, aspect: float, drawing: QImage
) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("handout:drawing"), drawing)
    html = handout_html(atlas, answer, today=today, width=width, aspect=aspect)
    for name in _pictures(html):
        doc.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"illustration:{name}"), _picture(name)
        )
    doc.setHtml(html)
    doc.setTextWidth(width)
    return doc


def _pictures(html: str) -> list[str]:
    import re

    return sorted(set(re.findall(r"illustration:([a-z0-9-]+)", html)))


def _picture(name: str) -> object:
    box = QSvgRenderer(str(resources.illustrations_dir() / f"{name}.svg")).viewBoxF()
    scale = min(PICTURE_BOX[0] / box.width(), PICTURE_BOX[1] / box.height())
    return illustration_image(name, scale, printing.PRINT_RATIO)


def handout_pdf(
    atlas: Atlas, answer: Answer, *, today: date | None = None, figure: Figure = REFERENCE
) -> bytes:
    doc, scale = handout_document(atlas, answer, today=today or date.today(), figure=figure)
    page = printing.page_size()

    def paint(writer: QPdfWriter, painter: QPainter, _device_scale: float) -> None:
        painter.save()
        painter.scale(scale, scale)
        clip = QRectF(0, 0, page.width() / scale, page.height() / scale)
        printing.draw_document(painter, doc, top=0, clip=clip)
        painter.restore()
        painter.setPen(QColor("#8a7f76"))

    return printing.pdf_bytes("TriggerMap handout", paint)


def write_handout(
    path: Path,
    atlas: Atlas,
    answer: Answer,
    *,
    today: date | None = None,
    figure: Figure = REFERENCE,
) -> None:
    """The handout for ``answer`` (the drawing and its ranked muscles) as a one-page PDF,
    drawn on ``figure``. OSError (with the OS's reason) if the file cannot be written."""
    printing.write_file(path, handout_pdf(atlas, answer, today=today, figure=figure))
