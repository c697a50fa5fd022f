"""Exercise pictures (assets/svg/illustrations/) as images for the text panels and PDF."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QImage, QPainter, QTextDocument
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QTextBrowser

from app import resources

SCHEME = "illustration"
SCREEN_SCALE = 0.9  # screen pixels per drawing unit: a standing figure is ~245 px tall
_REFERENCE = re.compile(rf"{SCHEME}:([a-z0-9-]+)")


@cache
def illustration_image(name: str, scale: float, ratio: float = 1.0) -> QImage:
    """The picture ``name`` at ``scale`` logical pixels per drawing unit, rendered for a
    screen with ``ratio`` device pixels per logical pixel (crisp on high-DPI screens)."""
    renderer = QSvgRenderer(str(resources.illustrations_dir() / f"{name}.svg"))
    box = renderer.viewBoxF()
    size = QSize(round(box.width() * scale * ratio), round(box.height() * scale * ratio))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def add_illustrations(doc: QTextDocument, html: str, scale: float, *, ratio: float) -> None:
    """Put every picture ``html`` refers to into ``doc`` (for documents not on screen)."""
    for name in sorted(set(_REFERENCE.findall(html))):
        doc.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(f"{SCHEME}:{name}"),
            illustration_image(name, scale, ratio),
        )


class PageBrowser(QTextBrowser):
    """The explanation panel: rich text whose ``illustration:`` images are the pictures,
    rendered for this screen's pixel ratio."""

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 (Qt virtual)
        url = QUrl(url)
        if url.scheme() == SCHEME:
            return illustration_image(url.path(), SCREEN_SCALE, self.devicePixelRatioF())
        return super().loadResource(kind, url)
