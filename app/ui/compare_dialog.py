"""View → Compare…: two or three referral patterns overlaid or side by side, with a short
table of how to tell them apart. It shows :class:`CompareModel`'s state and sends it
intents; it never changes the main window's drawing or diagram."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.compare import LOOKS, MAX_ITEMS, choices, item, presets, table
from app.domain.figure import REFERENCE, Figure
from app.ui import html
from app.ui.compare_model import CompareModel
from app.ui.compare_scene import CompareScene, FitView, look_swatch

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import QSettings

    from app.domain.compare import CompareItem, Look
    from app.domain.lookup import Atlas

ID_ROLE = Qt.ItemDataRole.UserRole
ORIENTATION = "Seen from behind: the patient's left is on your left."


class ChoiceList(QListWidget):
    """Rows with a tick box; a click on a row, or Space or Enter, asks to tick or untick
    it (the model decides: it may refuse a fourth)."""

    toggled = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.itemClicked.connect(lambda it: self.toggled.emit(it.data(ID_ROLE)))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt virtual)
        row = self.currentItem()
        if row is not None and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return):
            self.toggled.emit(row.data(ID_ROLE))
            return
        super().keyPressEvent(event)


class CompareDialog(QDialog):
    def __init__(
        self,
        svg_path: Path,
        atlas: Atlas,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        figure: Figure = REFERENCE,
    ) -> None:
        super().__init__(parent)
        self.figure = figure
        self.setObjectName("compareDialog")
        self.setWindowTitle("Compare referral patterns")
        self._svg, self._atlas = svg_path, atlas
        lib = atlas.library
        self.model = CompareModel(lib, settings, self)

        # Left: ready-made comparisons, then everything that can be compared.
        self.presets = QWidget()
        self.presets.setObjectName("comparePresets")
        self.presets.setAccessibleName("Ready-made comparisons")
        preset_box = QVBoxLayout(self.presets)
        preset_box.setContentsMargins(0, 0, 0, 0)
        self.preset_buttons: list[QCommandLinkButton] = []
        for preset in presets(lib):
            button = QCommandLinkButton(preset.title, preset.names)
            button.setAccessibleName(f"Compare {preset.names}")
            button.setToolTip(preset.label)
            button.clicked.connect(lambda _=False, ids=preset.items: self.model.set_items(ids))
            preset_box.addWidget(button)
            self.preset_buttons.append(button)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Find a muscle or nerve root…")
        self.search.setAccessibleName("Find a muscle or nerve root")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.choices = ChoiceList("Muscles and look-alikes to compare")
        self.choices.setObjectName("compareChoices")
        self._items: dict[str, CompareItem] = {}
        for c in choices(lib):
            self._items[c.id] = c
            text = c.name if c.kind == "muscle" else f"{c.name} (not a muscle)"
            row = QListWidgetItem(text)
            row.setData(ID_ROLE, c.id)
            row.setToolTip(c.plain)
            row.setCheckState(Qt.CheckState.Unchecked)
            row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            self.choices.addItem(row)
        self.choices.setWordWrap(True)
        self.choices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choices.toggled.connect(self.model.toggle)
        left = _column(
            QLabel("Ready-made comparisons:"),
            self.presets,
            _label("&Choose two or three to compare:", self.search),
            self.search,
            self.choices,
        )
        left.setFixedWidth(290)

        # Centre: the diagrams, overlaid or side by side, and their legend.
        self.overlay_button = QRadioButton("&Overlaid")
        self.overlay_button.setAccessibleName("Show the patterns overlaid on one diagram")
        self.side_button = QRadioButton("&Side by side")
        self.side_button.setAccessibleName("Show each pattern on a diagram of its own")
        group = QButtonGroup(self)
        group.addButton(self.overlay_button)
        group.addButton(self.side_button)
        self.overlay_button.toggled.connect(
            lambda on: self.model.set_layout("overlay" if on else "side-by-side")
        )
        switch = QHBoxLayout()
        switch.addWidget(QLabel("Show:"))
        switch.addWidget(self.overlay_button)
        switch.addWidget(self.side_button)
        switch.addStretch(1)
        self.stack = QStackedWidget()
        self.overlay = FitView(CompareScene(svg_path, atlas, figure), "Patterns overlaid")
        self.stack.addWidget(self.overlay)
        self.side_by_side = QWidget()
        self.panes: list[tuple[QLabel, FitView]] = []  # made when first shown
        QHBoxLayout(self.side_by_side).setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.side_by_side)
        self.legend = QWidget()
        self.legend.setObjectName("compareLegend")
        self.legend.setAccessibleName("Legend")
        grid = QGridLayout(self.legend)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self.legend_rows: list[tuple[QLabel, QLabel]] = []
        for n in range(MAX_ITEMS):
            icon, words = QLabel(), QLabel()
            words.setWordWrap(True)
            grid.addWidget(icon, n, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(words, n, 1)
            self.legend_rows.append((icon, words))
        self.message = QLabel(" ")
        self.message.setObjectName("compareMessage")
        self.message.setWordWrap(True)
        centre = _column(QLabel(ORIENTATION), self.stack, self.legend, self.message)
        centre_layout = centre.layout()
        assert isinstance(centre_layout, QVBoxLayout)
        centre_layout.insertLayout(0, switch)
        centre_layout.setStretchFactor(self.stack, 1)

        # Right: how to tell them apart.
        self.table = QTextBrowser()
        self.table.setObjectName("compareTable")
        self.table.setAccessibleName("How to tell them apart")
        self.table.setOpenLinks(False)
        self.table.setMinimumWidth(300)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.table)
        self.splitter.setChildrenCollapsible(False)
        body = QHBoxLayout()
        body.addWidget(left)
        body.addWidget(self.splitter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        chain: list[QWidget] = [*self.preset_buttons, self.search, self.choices]
        chain += [self.overlay_button, self.side_button, self.table]
        chain.append(buttons.button(QDialogButtonBox.StandardButton.Close))
        for a, b in zip(chain, chain[1:], strict=False):
            self.setTabOrder(a, b)

        self._layout = ""
        self.model.changed.connect(self._show)
        self.model.refused.connect(self.message.setText)
        self.resize(1200, 740)
        self._show()

    # -- showing the model's state ---------------------------------------------------

    def _show(self) -> None:
        cmp = self.model.comparison
        shown = [(i, cmp.look(i)) for i in cmp.items]
        with QSignalBlocker(self.choices):
            for row in range(self.choices.count()):
                it = self.choices.item(row)
                item_id = it.data(ID_ROLE)
                on = item_id in cmp.items
                it.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                it.setIcon(QIcon(look_swatch(cmp.look(item_id), "essential")) if on else QIcon())
        with QSignalBlocker(self.overlay_button), QSignalBlocker(self.side_button):
            self.overlay_button.setChecked(cmp.layout == "overlay")
            self.side_button.setChecked(cmp.layout == "side-by-side")
        if cmp.layout != self._layout:
            # Side by side, the small diagrams take more of the width.
            self._layout = cmp.layout
            total = sum(self.splitter.sizes()) or 900
            share = 0.45 if cmp.layout == "overlay" else 0.62
            self.splitter.setSizes([round(total * share), total - round(total * share)])
        if cmp.layout == "overlay":
            self.overlay.compare_scene.show_items(shown)
            self.overlay.setAccessibleDescription(self._describe(shown))
            self.stack.setCurrentWidget(self.overlay)
        else:
            self._show_side_by_side(shown)
            self.stack.setCurrentWidget(self.side_by_side)
        self._show_legend(shown)
        n = len(cmp.items)
        self.message.setText(
            "Choose two or three muscles or nerve roots in the list, or a ready-made comparison."
            if n == 0
            else "Choose one or two more to compare."
            if n == 1
            else " "
        )
        self._show_table(shown)

    def _filter(self, text: str) -> None:
        """Only the rows whose name holds the words typed (the ticked ones stay)."""
        words = text.lower().split()
        for row in range(self.choices.count()):
            it = self.choices.item(row)
            name = it.text().lower()
            ticked = it.data(ID_ROLE) in self.model.comparison.items
            it.setHidden(not ticked and not all(w in name for w in words))

    def _show_side_by_side(self, shown: list[tuple[str, Look]]) -> None:
        box = self.side_by_side.layout()
        assert isinstance(box, QHBoxLayout)
        while len(self.panes) < MAX_ITEMS:
            title = QLabel()
            title.setWordWrap(True)
            title.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            view = FitView(CompareScene(self._svg, self._atlas, self.figure), "")
            box.addWidget(_column(title, view), 1)
            self.panes.append((title, view))
        for i, (title, view) in enumerate(self.panes):
            pane = title.parentWidget()
            assert pane is not None
            pane.setVisible(i < len(shown))
            if i < len(shown):
                item_id, look = shown[i]
                name = self._items[item_id].name
                title.setText(f"<b>{escape(name)}</b><br>{escape(look.words)}")
                view.compare_scene.show_items([shown[i]])
                view.setAccessibleName(f"{name}: its pattern")
                view.setAccessibleDescription(self._describe([shown[i]]))

    def _describe(self, shown: list[tuple[str, Look]]) -> str:
        return "; ".join(f"{self._items[i].name}: {look.words}" for i, look in shown)

    def _show_legend(self, shown: list[tuple[str, Look]]) -> None:
        for i, (icon, text) in enumerate(self.legend_rows):
            icon.setVisible(i < len(shown))
            text.setVisible(i < len(shown))
            if i >= len(shown):
                continue
            item_id, look = shown[i]
            c = self._items[item_id]
            what = (
                "main pain area; paler: possible extra area; dotted line: the muscle"
                if c.kind == "muscle"
                else f"where it can hurt ({c.plain}; dashed edge)"
            )
            icon.setPixmap(look_swatch(look, "essential"))
            text.setText(f"<b>{escape(c.name)}</b>, {escape(look.words)}: {escape(what)}")

    def _show_table(self, shown: list[tuple[str, Look]]) -> None:
        doc = self.table.document()
        for look in LOOKS:
            doc.addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl(f"swatch:{LOOKS.index(look)}"),
                look_swatch(look, "essential", 18).toImage(),
            )
        ids = [i for i, _ in shown]
        if len(ids) < 2:
            self.table.setHtml(
                html.page(
                    "<h2>How to tell them apart</h2><p>Choose two or three to see how "
                    "to tell them apart.</p>"
                )
            )
            return
        self.table.setHtml(html.page(table_html(self._atlas, shown)))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt virtual)
        return QSize(1200, 740)


def table_html(atlas: Atlas, shown: list[tuple[str, Look]]) -> str:
    """The table as HTML: one column per item (its swatch and name), one row per topic,
    every entry from the cited content."""
    lib = atlas.library
    ids = [i for i, _ in shown]
    head = "".join(
        f"<th align='left' valign='top'><img src='swatch:{LOOKS.index(look)}' width=18 "
        f"height=18> {escape(item(lib, i).name)}<br><span class='sub'>"
        f"{escape(item(lib, i).plain)}</span></th>"
        for i, look in shown
    )
    rows = []
    for row in table(lib, ids):
        cells = "".join(
            "<td valign='top'>"
            + (
                "<ul style='margin-left: 12px; -qt-list-indent: 0'>"
                + "".join(f"<li>{escape(t)}</li>" for t in cell)
                + "</ul>"
                if cell
                else "<p class='note'>&mdash;</p>"
            )
            + "</td>"
            for cell in row.cells
        )
        rows.append(
            f"<tr><td colspan='{len(ids)}'><h3>{escape(row.heading)}</h3></td></tr><tr>{cells}</tr>"
        )
    return (
        "<h2>How to tell them apart</h2>"
        "<p class='note'>Every entry comes from each one's notes in TriggerMap, which cite "
        "their sources (the last row). This is information, not a diagnosis.</p>"
        f"<table width='100%' cellspacing='0' cellpadding='3'><tr>{head}</tr>"
        + "".join(rows)
        + "</table>"
    )


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _column(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    return box
