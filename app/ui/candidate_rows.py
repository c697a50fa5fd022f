"""How a candidate row reads: plain words first, the details under them when chosen.

A row's text is what a screen reader reads too: its first line is the plain summary
("1. Gluteus minimus (deepest buttock muscle): main pain area, left side"); the current
row's text also holds the details (which trigger point, which marks it explains, the pain
guide's rank), which the delegate draws under the first line in a smaller font.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QIcon,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QWidget

    from app.domain.answer import Candidate

#: The row's first line, without the details (``Qt.DisplayRole`` has them when chosen).
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
#: The details line: ``Candidate.reason``.
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 2
#: The start of the first line drawn in bold: "1. Gluteus minimus".
NAME_ROLE = Qt.ItemDataRole.UserRole + 3

PAD = 4  # pixels around the row's content
DETAILS_SCALE = 0.85  # the details' font size, relative to the list's
GAP = 6  # between the swatch and the text

Index = QModelIndex | QPersistentModelIndex


def fill_item(item: QListWidgetItem, rank: int, c: Candidate) -> None:
    """Put a candidate into a row (its text without details: no row is chosen yet)."""
    summary = f"{rank}. {c.summary}"
    item.setText(summary)
    item.setData(SUMMARY_ROLE, summary)
    item.setData(DETAILS_ROLE, c.reason)
    item.setData(NAME_ROLE, f"{rank}. {c.label.split(' (')[0]}")
    item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, c.reason)
    item.setToolTip(c.reason)


def show_details(item: QListWidgetItem | None, shown: bool) -> None:
    """The chosen row reads with its details; the others with their first line only."""
    if item is None:
        return
    summary = item.data(SUMMARY_ROLE)
    item.setText(f"{summary}\n{item.data(DETAILS_ROLE)}" if shown else summary)


class CandidateDelegate(QStyledItemDelegate):
    """Draws a row: the swatch, the first line with the muscle's name in bold, and, if
    the row's text holds them, the details in a smaller font, all word-wrapped to the
    list's width (never cut off)."""

    #: Laid-out rows by (text, bold part, width, font): while a stroke is painted the
    #: list is refilled at every step, mostly with the same rows.
    CACHE_SIZE = 128

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents: dict[tuple[str, str, int, str], QTextDocument] = {}

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        name = str(index.data(NAME_ROLE) or "")
        width = max(40, self._text_width(option))
        key = (text, name, width, option.font.key())
        doc = self._documents.get(key)
        if doc is None:
            if len(self._documents) >= self.CACHE_SIZE:
                self._documents.clear()
            doc = self._documents[key] = self._layout(text, name, width, option)
        return doc

    @staticmethod
    def _layout(text: str, name: str, width: int, option: QStyleOptionViewItem) -> QTextDocument:
        # Built with a cursor, not from HTML: parsing costs more than the layout.
        first, _, details = text.partition("\n")
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        cursor = QTextCursor(doc)
        plain = QTextCharFormat()
        if name and first.startswith(name):
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            cursor.insertText(name, bold)
            first = first[len(name) :]
        cursor.insertText(first, plain)
        if details:
            block = QTextBlockFormat()
            block.setTopMargin(3)
            font = QFont(option.font)
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * DETAILS_SCALE)
            else:  # a font sized in pixels
                font.setPixelSize(max(1, round(font.pixelSize() * DETAILS_SCALE)))
            small = QTextCharFormat()
            small.setFont(font)
            cursor.insertBlock(block, small)
            cursor.insertText(details, small)
        doc.setTextWidth(width)
        return doc

    @staticmethod
    def _text_width(option: QStyleOptionViewItem) -> int:
        view = option.widget
        width = (
            view.viewport().width() - 2 * view.spacing()
            if isinstance(view, QListView)
            else option.rect.width()
        )
        return width - 2 * PAD - option.decorationSize.width() - GAP

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        height = max(opt.decorationSize.height(), round(doc.size().height()))
        return QSize(round(doc.textWidth()) + 2 * PAD + GAP, height + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        icon = QIcon(opt.icon)  # a copy: opt.icon is cleared below
        # The style draws the background, the selection and the focus frame; the text
        # and the swatch are drawn here (the swatch in its own colours, also when chosen).
        opt.text = ""
        opt.icon = QIcon()
        widget: QWidget | None = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        r: QRect = opt.rect
        size = opt.decorationSize
        swatch = QRect(r.x() + PAD, r.y() + PAD, size.width(), size.height())
        # On the list's own background, so a chosen row's highlight does not tint it.
        painter.fillRect(swatch, opt.palette.color(QPalette.ColorRole.Base))
        icon.paint(painter, swatch)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(group, role))
        painter.save()
        painter.translate(r.x() + PAD + size.width() + GAP, r.y() + PAD)
        doc.documentLayout().draw(painter, context)
        painter.restore()
