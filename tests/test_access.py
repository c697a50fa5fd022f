"""Access for all (issue 10, item 7): marking by keyboard, accessible names, focus rings,
light and dark palettes with AA contrast, readable labels, a drawing that fills the view,
and nothing cut off at 1280x800 or at 200%."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QFontMetrics, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QLineEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.cli import main as cli_main
from app.content.load import load_atlas
from app.ui import html, theme
from app.ui.main_window import MainWindow
from tests.conftest import open_active_window

ATLAS = load_atlas()
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def window(qtbot, state_dir: Path) -> MainWindow:
    return open_active_window(qtbot, state_dir, ATLAS)


@pytest.fixture
def dark() -> Iterator[None]:
    """The dark palette, as a system set to dark gives it; the light one back after."""
    before = QGuiApplication.palette()
    theme.apply("dark")
    yield
    QGuiApplication.setPalette(before)


# ---- marking by keyboard -----------------------------------------------------------------


def region_named(w: MainWindow) -> str:
    """The region the label under the diagram names."""
    name = w.hover_label.text()
    return next(r for r in ATLAS.diagram.regions if ATLAS.region_name(r) == name)


def test_arrow_keys_and_enter_mark_a_spot_in_the_announced_region(qtbot, window):
    w = window
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_Down)  # the first key shows the cursor
    assert w.keyboard_cursor.shown
    first = region_named(w)
    assert ATLAS.region_name(first) in w.view.accessibleDescription()
    seen = {first}
    for k in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Down):
        qtbot.keyClick(w.view, k)
        seen.add(region_named(w))
    assert len(seen) >= 4  # each arrow went on to another region
    announced = region_named(w)
    assert ATLAS.region_name(announced) in w.view.accessibleDescription()

    qtbot.keyClick(w.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not w.panels_pending)
    assert [ATLAS.fit(m).region for m in w.drawing.marks] == [announced]
    assert w.candidates  # the answer appeared
    assert w.candidates_panel.list.count() == len(w.candidates)
    assert ATLAS.region_name(announced) in w.candidates_panel.heading.text()
    # The mark is drawn under the cursor.
    spot = w.view.mapFromScene(*w.drawing.spots[0])
    cursor = w.view.mapFromScene(w.keyboard_cursor.position)
    assert (spot - cursor).manhattanLength() <= 1


def test_right_goes_across_and_shift_arrows_take_small_steps(qtbot, window):
    w = window
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_Right)  # the cursor, mid-body (the right thigh)
    qtbot.keyClick(w.view, Qt.Key.Key_Left)  # over to the left thigh
    start = region_named(w)
    assert start.startswith("left-")
    qtbot.keyClick(w.view, Qt.Key.Key_Right)
    across = region_named(w)
    assert across != start
    assert ATLAS.diagram.region_point(across)[0] > ATLAS.diagram.region_point(start)[0]
    before = w.view.mapFromScene(w.keyboard_cursor.position)
    # A small step outward, into the thigh: inward, from the medial thigh's point, it may
    # land in the gap between the legs, depending on the fit's scale.
    qtbot.keyClick(w.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    after = w.view.mapFromScene(w.keyboard_cursor.position)
    assert 6 <= after.x() - before.x() <= 10
    assert before.y() == after.y()
    qtbot.keyClick(w.view, Qt.Key.Key_Space)
    assert len(w.drawing.spots) == 1


def test_a_mouse_click_hides_the_keyboard_cursor(qtbot, window):
    w = window
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_Up)
    assert w.keyboard_cursor.shown
    pos = w.view.mapFromScene(*ATLAS.diagram.region_point("left-calf-lateral"))
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert not w.keyboard_cursor.shown


# ---- names, focus ------------------------------------------------------------------------

CONTROLS = (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QTextEdit,
    QTabBar,
    QGraphicsView,
    QLineEdit,
)


def unnamed_controls(w: QWidget) -> list[str]:
    out = []
    for c in w.findChildren(QWidget):
        if not isinstance(c, CONTROLS) or not c.isVisible():
            continue
        if isinstance(c.parentWidget(), QAbstractSpinBox):
            continue  # the spin box's own line edit: the spin box is named
        face = QAccessible.queryAccessibleInterface(c)
        name = c.accessibleName() or (face.text(QAccessible.Text.Name) if face else "")
        if not name.strip():
            out.append(f"{type(c).__name__} {c.objectName()!r}")
        if isinstance(c, QTabBar):
            names = [face.child(i).text(QAccessible.Text.Name) for i in range(c.count())]
            out += [f"tab {i}" for i, n in enumerate(names) if not n.strip()]
    return out


def test_every_control_has_an_accessible_name(qtbot, window):
    w = window
    pos = w.view.mapFromScene(*ATLAS.diagram.region_point("left-calf-lateral"))
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: not w.panels_pending)
    checked = 0
    for i in range(w.left_tabs.count()):  # every tab's controls, as each is shown
        w.left_tabs.setCurrentIndex(i)
        assert unnamed_controls(w) == []
        checked += 1
    assert checked >= 4
    w.presenter.enter(full_screen=False)
    assert unnamed_controls(w) == []


def ring_colour(widget: QWidget, at: QPoint) -> QColor:
    widget.repaint()
    return widget.grab().toImage().pixelColor(at)


def test_the_focused_diagram_and_list_have_a_clear_ring(qtbot, window):
    w = window
    focus = QColor(theme.current().focus)
    frame = w.view_frame
    edge = QPoint(frame.width() // 2, 1)
    w.candidates_panel.list.setFocus()
    qtbot.waitUntil(lambda: not w.view.hasFocus())
    assert ring_colour(frame, edge) != focus
    w.view.setFocus()
    qtbot.waitUntil(w.view.hasFocus)
    assert ring_colour(frame, edge) == focus
    assert theme.contrast(focus, theme.current().canvas) >= 3.0  # WCAG non-text contrast

    w.left_tabs.setCurrentWidget(w.muscle_list)
    w.muscle_list.setFocus()
    qtbot.waitUntil(w.muscle_list.hasFocus)
    edge = QPoint(w.muscle_list.width() // 2, 0)
    assert ring_colour(w.muscle_list, edge) == focus
    w.view.setFocus()
    qtbot.waitUntil(w.view.hasFocus)
    assert ring_colour(w.muscle_list, edge) != focus


# ---- light and dark ------------------------------------------------------------------------

CSS_TEXT = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})")


def text_pairs(w: MainWindow) -> dict[str, tuple[QColor | str, QColor | str]]:
    """Every text colour the window shows and the background it is shown on."""
    p = QGuiApplication.palette()
    role = p.ColorRole
    pairs: dict[str, tuple[QColor | str, QColor | str]] = {
        "window text": (p.color(role.WindowText), p.color(role.Window)),
        "list and page text": (p.color(role.Text), p.color(role.Base)),
        "buttons": (p.color(role.ButtonText), p.color(role.Button)),
        "selected row": (p.color(role.HighlightedText), p.color(role.Highlight)),
        "links": (p.color(role.Link), p.color(role.Base)),
        "links in the panel": (p.color(role.Link), p.color(role.Window)),
    }
    # The pages on the right, as the window shows them.
    page = w.detail.toHtml() + w._screen(html.page(""))
    for colour in set(CSS_TEXT.findall(page)):
        pairs[f"page {colour}"] = (colour, p.color(role.Base))
    notes = w.candidates_panel.notes.text()
    for colour in set(CSS_TEXT.findall(notes)):
        pairs[f"answer notes {colour}"] = (colour, p.color(role.Window))
    b = w.banner.theme
    pairs["banner"] = (b.banner_text, b.banner_bg)
    pairs["banner warning"] = (b.banner_warn, b.banner_bg)
    pairs["word box"] = (p.color(role.WindowText), b.note_bg)
    for label in w.scene.labels:
        text, plate = label.colours()
        pairs[f"label {label.label.id}"] = (text, plate)
    return pairs


def check_contrast(qtbot, w: MainWindow, *, dark: bool) -> None:
    pos = w.view.mapFromScene(*ATLAS.diagram.region_point("left-calf-lateral"))
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: not w.panels_pending)
    qtbot.waitUntil(lambda: w.detail.toPlainText().strip() != "")
    assert w.banner.theme.dark is dark
    pairs = text_pairs(w)
    assert len([k for k in pairs if k.startswith("page ")]) >= 5
    low = {k: round(theme.contrast(a, b), 2) for k, (a, b) in pairs.items()}
    assert {k: v for k, v in low.items() if v < 4.5} == {}


def test_light_palette_text_has_aa_contrast(qtbot, window):
    check_contrast(qtbot, window, dark=False)


def test_dark_palette_text_has_aa_contrast(qtbot, window, dark):
    check_contrast(qtbot, window, dark=True)
    # The canvas went dark with it (checked in the pixels: a corner of the view).
    window.view.viewport().repaint()
    corner = window.view.viewport().grab().toImage().pixelColor(5, 5)
    assert corner.lightness() < 60


def test_the_window_follows_a_palette_change_while_open(qtbot, window):
    window.show_muscle("piriformis")
    qtbot.waitUntil(lambda: "Piriformis" in window.detail.toPlainText())
    light_html = window.detail.toHtml()
    before = QGuiApplication.palette()
    try:
        theme.apply("dark")
        qtbot.waitUntil(lambda: window.banner.theme.dark)
        assert window.detail.toHtml() != light_html
        assert html.DARK_COLOURS["#2b2622"] in window.detail.toHtml()
    finally:
        QGuiApplication.setPalette(before)
    qtbot.waitUntil(lambda: not window.banner.theme.dark)


# ---- size and fit ---------------------------------------------------------------------------


def test_labels_are_at_least_11_px_on_screen_at_fit(qtbot, window):
    w = window
    w.resize(1280, 800)
    w.view.fit_to_window()
    qtbot.waitUntil(lambda: w.view.fitted)
    heights = {}
    for label in w.scene.labels:
        to_screen = label.deviceTransform(w.view.viewportTransform())
        for i, box in enumerate(label.line_boxes()):
            heights[f"{label.label.id} line {i + 1}"] = to_screen.mapRect(box).height()
    assert len(heights) >= 15
    assert {k: h for k, h in heights.items() if h < 11} == {}
    # Each label is wholly inside the view at fit.
    vp = w.view.viewport().rect()
    for label in w.scene.labels:
        box = label.deviceTransform(w.view.viewportTransform()).mapRect(label.boundingRect())
        assert vp.contains(box.toAlignedRect()), label.label.id


def test_the_figure_fills_the_view_at_fit(qtbot, window):
    w = window
    for size in ((1280, 800), (820, 800), (1600, 800)):
        w.resize(*size)
        qtbot.waitUntil(lambda s=size: w.size().toTuple() == s)
        w.view.fit_to_window()
        figure = ATLAS.diagram.regions.values()
        xs = [x for a in figure for x in (a.bbox.x0, a.bbox.x1)]
        ys = [y for a in figure for y in (a.bbox.y0, a.bbox.y1)]
        top_left = w.view.mapFromScene(min(xs), min(ys))
        bottom_right = w.view.mapFromScene(max(xs), max(ys))
        width, height = (bottom_right - top_left).toTuple()
        vp = w.view.viewport().size()
        assert width >= 0.8 * vp.width() or height >= 0.8 * vp.height(), (size, width, height)
        # Both sole insets are in sight.
        for region in ("left-sole-heel", "right-sole-toes"):
            assert (
                w.view.viewport()
                .rect()
                .contains(w.view.mapFromScene(*ATLAS.diagram.region_point(region)))
            )


def layout_report(w: MainWindow) -> dict[str, object]:
    """What is cut off or hidden, as a person would see it."""
    from PySide6.QtWidgets import QToolButton

    ext = [
        b.isVisible()
        for t in w.toolbars()
        for b in t.findChildren(QToolButton, "qt_toolbar_ext_button")
    ]
    bar = w.left_tabs.tabBar()
    tabs_hidden = [
        bar.tabText(i) for i in range(bar.count()) if not bar.rect().contains(bar.tabRect(i))
    ]
    # The right panel's widest word: each muscle's name in the page's heading font.
    h1 = QFont(w.detail.font())
    h1.setPointSizeF(16)
    h1.setBold(True)
    metrics = QFontMetrics(h1)
    widest = max(
        metrics.horizontalAdvance(word) for m in ATLAS.library.muscles for word in m.name.split()
    )
    cut_rows = []
    for lst in (w.muscle_list, w.learn_list):
        inner = lst.viewport().width()
        for row in range(lst.count()):
            item = lst.item(row)
            rect = lst.visualItemRect(item)
            need = lst.fontMetrics().boundingRect(
                QRect(0, 0, rect.width(), 10_000), Qt.TextFlag.TextWordWrap, item.text()
            )
            if rect.width() > inner or need.height() > rect.height():
                cut_rows.append(item.text())
    return {
        "toolbar overflow": any(ext),
        "hidden tabs": tabs_hidden,
        "page room": w.detail.viewport().width() - 2 * w.detail.document().documentMargin(),
        "widest word": widest,
        "cut rows": cut_rows,
    }


def check_layout(report: dict[str, object]) -> None:
    assert report["toolbar overflow"] is False
    assert report["hidden tabs"] == []
    assert report["page room"] >= report["widest word"]  # type: ignore[operator]
    assert report["cut rows"] == []


def test_nothing_is_cut_off_at_1280_by_800(qtbot, window):
    w = window
    w.resize(1280, 800)
    qtbot.waitUntil(lambda: w.size().toTuple() == (1280, 800))
    for lst in (w.muscle_list, w.learn_list):
        w.left_tabs.setCurrentWidget(lst)
        qtbot.waitUntil(lst.isVisible)
    check_layout(layout_report(w))


CHILD = textwrap.dedent(
    """
    import json, tempfile
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from app.ui.main import application, build_window
    from tests.test_access import layout_report

    app = application()
    w = build_window(Path(tempfile.mkdtemp()))
    w.resize(1280, 800)
    w.show()
    for lst in (w.muscle_list, w.learn_list):
        w.left_tabs.setCurrentWidget(lst)
        app.processEvents()
    report = layout_report(w)
    report["ratio"] = w.devicePixelRatioF()
    print(json.dumps(report))
    """
)


def test_nothing_is_cut_off_at_200_percent():
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env["QT_QPA_PLATFORM"] = "offscreen:size=2560x1600"
    done = subprocess.run(
        [sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report.pop("ratio") == 2.0
    check_layout(report)


# ---- screenshot --theme, --scale ------------------------------------------------------------


def test_screenshot_scale_doubles_the_pixels_and_dark_is_dark(tmp_path):
    one, two = tmp_path / "one.png", tmp_path / "two.png"
    args = ["--region", "left-calf-lateral", "--size", "800x600"]
    assert cli_main(["screenshot", str(one), *args]) == 0
    assert cli_main(["screenshot", str(two), *args, "--scale", "2", "--theme", "dark"]) == 0
    a, b = QImage(str(one)), QImage(str(two))
    assert (a.width(), a.height()) == (800, 600)
    assert (b.width(), b.height()) == (1600, 1200)

    def mean_lightness(image: QImage) -> float:
        step = 16
        values = [
            image.pixelColor(x, y).lightness()
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        ]
        return sum(values) / len(values)

    assert mean_lightness(a) > 180
    assert mean_lightness(b) < 110
    # The application's palette is as it was.
    assert not theme.palette_is_dark(QGuiApplication.palette())


def test_screenshot_scale_in_a_fresh_process(tmp_path):
    """As a script runs it: QT_SCALE_FACTOR is set before Qt starts."""
    out = tmp_path / "shot.png"
    env = dict(os.environ, PYTHONPATH=str(ROOT), TRIGGERMAP_DATA_DIR=str(tmp_path / "data"))
    env.pop("QT_SCALE_FACTOR", None)
    done = subprocess.run(
        [sys.executable, "-m", "app", "screenshot", str(out), "--size", "800x600", "--scale", "2"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 1200)


@pytest.mark.parametrize("value", ["0", "9", "nan"])
def test_screenshot_refuses_a_bad_scale(tmp_path, capsys, value):
    assert cli_main(["screenshot", str(tmp_path / "x.png"), "--scale", value]) == 2
    assert "--scale" in capsys.readouterr().err
