"""Light and dark colours for everything the app colours itself.

The app follows the system palette: a dark palette (or a system that says its colour
scheme is dark) gives the dark colours. Qt's own widgets take their colours from the
palette; the banner, the pages on the right, the diagram's canvas and labels, and the
focus ring take them from here. Every text colour here has at least 4.5:1 contrast
(WCAG AA) with the background it is drawn on (tests/test_theme.py computes it).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True)
class Theme:
    dark: bool
    canvas: str  # the diagram's background
    label_text: str  # the diagram's landmark labels...
    label_bg: str  # ... on a plate of this colour, readable over the body or the canvas
    focus: str  # the focus ring on the diagram and the lists
    banner_bg: str
    banner_text: str
    banner_warn: str
    banner_border: str
    note_bg: str  # the box that explains a word
    note_border: str
    link: str


LIGHT = Theme(
    dark=False,
    canvas="#fcfbf9",
    label_text="#4f4238",
    label_bg="#fcfbf9",
    focus="#1a5fb4",
    banner_bg="#fff4e0",
    banner_text="#4a3418",
    banner_warn="#8a1c1c",
    banner_border="#e8c98f",
    note_bg="#f3efe9",
    note_border="#d9cbbb",
    link="#6b3a2a",
)

DARK = Theme(
    dark=True,
    canvas="#26292c",
    label_text="#ece4dc",
    label_bg="#26292c",
    focus="#78aeed",
    banner_bg="#3a2e1c",
    banner_text="#f3e6d3",
    banner_warn="#ffb4a8",
    banner_border="#6b5532",
    note_bg="#33302c",
    note_border="#5c5248",
    link="#f0b49c",
)


def palette_is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def current() -> Theme:
    """The colours for the application's palette as it is now."""
    return DARK if palette_is_dark(QGuiApplication.palette()) else LIGHT


def dark_palette() -> QPalette:
    """A calm dark palette, for a system that asks for dark but gives Qt a light one
    (and for ``screenshot --theme dark``)."""
    p = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2b2d30",
        roles.WindowText: "#ebe7e3",
        roles.Base: "#1f2123",
        roles.AlternateBase: "#2b2d30",
        roles.ToolTipBase: "#3a3d41",
        roles.ToolTipText: "#ebe7e3",
        roles.PlaceholderText: "#a9a39d",
        roles.Text: "#ebe7e3",
        roles.Button: "#36393d",
        roles.ButtonText: "#ebe7e3",
        roles.BrightText: "#ffffff",
        roles.Light: "#4a4d52",
        roles.Midlight: "#404347",
        roles.Mid: "#303235",
        roles.Dark: "#1b1c1e",
        roles.Shadow: "#101112",
        roles.Highlight: "#3f6fa8",
        roles.HighlightedText: "#ffffff",
        roles.Link: "#8cc4ff",
        roles.LinkVisited: "#c6a4f0",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor("#8a8580"))
    return p


def light_palette() -> QPalette:
    """The style's own light palette, with a link colour that reads on white."""
    app = QGuiApplication.instance()
    from PySide6.QtWidgets import QApplication

    p = (
        app.style().standardPalette() if isinstance(app, QApplication) else QPalette()
    )  # offscreen and xcb give Fusion's light palette
    p.setColor(QPalette.ColorRole.Link, QColor("#0b57a4"))
    return p


def apply(choice: str | None = None) -> None:
    """Use the light or dark palette (``choice``), or follow the system: its palette, or
    the dark one when the system says it prefers dark but Qt's palette is light. Either
    way, selected rows and links get AA contrast."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    palette = QGuiApplication.palette()
    if choice is None and QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        choice = "dark"
    if choice == "dark" and not palette_is_dark(palette):
        palette = dark_palette()
    elif choice == "light" and palette_is_dark(palette):
        palette = light_palette()
    fixed = with_aa_contrast(palette)
    if fixed != QGuiApplication.palette():
        QGuiApplication.setPalette(fixed)


def with_aa_contrast(palette: QPalette) -> QPalette:
    """``palette`` with its selection and link colours darkened (or lightened on a dark
    palette) until their text reads at 4.5:1 (Fusion's light blue selection gives 3.7)."""
    p = QPalette(palette)
    roles = QPalette.ColorRole
    for fore, back, change in (
        (roles.HighlightedText, roles.Highlight, roles.Highlight),
        (roles.Link, roles.Base, roles.Link),
        (roles.Link, roles.Window, roles.Link),
    ):
        other = back if change == fore else fore
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            # Away from the colour it must stand out against.
            darken = luminance(p.color(group, other)) > 0.18
            for _ in range(40):
                if contrast(p.color(group, fore), p.color(group, back)) >= AA:
                    break
                colour = p.color(group, change)
                p.setColor(group, change, colour.darker(108) if darken else colour.lighter(108))
    return p


AA = 4.5  # WCAG AA, normal text


# -- contrast (WCAG 2.x) ---------------------------------------------------------------


def luminance(colour: QColor | str) -> float:
    c = QColor(colour)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor | str, b: QColor | str) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
