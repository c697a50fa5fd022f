"""A PDF to hand to the patient: the diagram as marked, the likely muscles, self-care."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QUrl
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from app.ui import html
from app.ui.illustrations import add_illustrations

if TYPE_CHECKING:
    from app.ui.controller import AppController
    from app.ui.main_window import MainWindow

QUALITY_WORDS = {
    "aching": "aching",
    "burning": "burning",
    "tingling": "pins and needles",
    "numb": "numb",
}
IMAGE_WIDTH = 900
PICTURE_SCALE = 0.6  # exercise pictures: layout pixels (1/96 inch) per drawing unit
PRINT_RATIO = 4.0  # ...rendered with this many image pixels per layout pixel


def render_scene(window: MainWindow, width: int = IMAGE_WIDTH) -> QImage:
    rect = window.scene.sceneRect()
    height = int(width * rect.height() / rect.width())
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    window.scene.render(painter, QRectF(0, 0, width, height), rect)
    painter.end()
    return image


def report_html(state: AppController) -> str:
    """The report's text from the window's state alone (plain data, no widgets)."""
    lib = state.library
    atlas = state.atlas
    answer = state.answer
    parts = [f"<h1>TriggerMap notes</h1><p class='sub'>{date.today():%d %B %Y}</p>"]
    parts.append(f"<p class='note'>{lib.safety.disclaimer}</p>")
    parts.append("<p><img src='diagram://scene' width='300'></p>")
    marks = state.drawing.marks
    if marks and atlas is not None:
        rows = []
        for mark in marks:
            region = atlas.fit(mark).region
            where = atlas.region_name(region) if region else "outside the body"
            kind = "spot" if mark.kind == "spot" else "painted area"
            feel = f", {QUALITY_WORDS[mark.quality]}" if mark.quality else ""
            rows.append(f"<li>{escape(where)} ({kind}), pain {mark.intensity} of 10{feel}</li>")
        parts.append(f"<h2>Your pain drawing</h2><ol>{''.join(rows)}</ol>")
        parts.append(html.candidates_html(lib, answer.shown, "the marked places"))
        if answer.result is not None:
            nerve_like = any(m.nerve_like for m in marks)
            parts.append(html.answer_notes_html(lib, answer.result, nerve_like=nerve_like))
    if state.selection.muscle:
        parts.append(html.muscle_html(lib, lib.muscle(state.selection.muscle)))
    parts.append(html.safety_html(lib))
    return html.page(html.for_paper(lib, "".join(parts)))


def write_report(window: MainWindow, path: Path) -> None:
    """OSError (with the OS's reason) if the file cannot be written."""
    # Laid out in memory and written by Python: QPdfWriter given a path that cannot be
    # written (a folder, a missing folder, no permission) fails with no reason at all.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
        )
    )
    writer.setTitle("TriggerMap notes")
    writer.setCreator("TriggerMap")
    doc = QTextDocument()
    doc.addResource(
        QTextDocument.ResourceType.ImageResource, QUrl("diagram://scene"), render_scene(window)
    )
    body = report_html(window.controller)
    add_illustrations(doc, body, PICTURE_SCALE, ratio=PRINT_RATIO)
    doc.setHtml(body)
    # No page size of our own: print_() then lays the text out at screen size (points
    # stay points) and scales it to the writer's resolution, page by page.
    doc.print_(writer)
    path.write_bytes(buffer.data().data())
