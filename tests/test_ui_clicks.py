"""Click real on-screen positions of every region, at several zoom levels and window
sizes, and check the answer and the highlighted pixels."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from app.content.load import load_atlas
from app.domain.drawing import Drawing
from app.domain.lookup import Atlas, shortlist
from app.ui.main_window import MainWindow
from tests.conftest import open_window

ROOT = Path(__file__).resolve().parents[1]
ATLAS: Atlas = load_atlas()
REGIONS = sorted(ATLAS.diagram.regions)


@pytest.fixture
def window(qtbot, state_dir: Path) -> MainWindow:
    return open_window(qtbot, state_dir, ATLAS)


def click_scene_point(qtbot, w: MainWindow, x: float, y: float) -> QPoint:
    w.view.centerOn(x, y)
    pos = w.view.mapFromScene(x, y)
    assert w.view.viewport().rect().contains(pos), "point must be on screen before clicking"
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    # The diagram answers at once; the side panels follow right after the repaint.
    qtbot.waitUntil(lambda: not w.panels_pending)
    return pos


def pixel(w: MainWindow, pos: QPoint) -> QColor:
    w.view.viewport().repaint()
    image: QImage = w.view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(pos.x() * ratio), int(pos.y() * ratio))


@pytest.mark.parametrize("size", [(900, 650), (1600, 1000)], ids=["small", "large"])
@pytest.mark.parametrize("zoom", [1.0, 2.5, 6.0], ids=["fit", "zoom2.5", "zoom6"])
def test_click_every_region_records_the_spot_where_clicked(qtbot, window, zoom, size):
    window.resize(*size)
    qtbot.wait(1)
    window.view.fit_to_window()
    window.view.zoom_by(zoom)
    for region in REGIONS:
        x, y = ATLAS.diagram.region_point(region)
        window.drawing.restore(Drawing())
        click_scene_point(qtbot, window, x, y)
        assert len(window.drawing.spots) == 1, region
        sx, sy = window.drawing.spots[0]
        # The spot is where the click was, to within one screen pixel at this zoom.
        tolerance = 1.0 / window.view.transform().m11()
        assert abs(sx - x) <= tolerance, region
        assert abs(sy - y) <= tolerance, region
        assert ATLAS.region_at(sx, sy) == region
        expected = ATLAS.lookup_point(sx, sy)
        shown = [c.muscle for c in window.candidates]
        assert shown == [c.muscle for c in shortlist(expected.candidates)]


@pytest.mark.parametrize("region", REGIONS)
def test_click_highlights_the_zone_under_the_cursor(qtbot, window, region):
    x, y = ATLAS.diagram.region_point(region)
    window.view.fit_to_window()
    window.view.zoom_by(2.0)
    window.view.centerOn(x, y)
    pos = window.view.mapFromScene(x, y)
    before = pixel(window, pos)
    click_scene_point(qtbot, window, x, y)
    after = pixel(window, pos)
    result = ATLAS.lookup_point(x, y)
    if not result.candidates:
        assert window.candidates_panel.list.count() == 0
        assert "No muscle" in window.candidates_panel.heading.text()
        return
    top = result.candidates[0]
    assert window.candidates_panel.list.currentRow() == 0
    assert window.selected_muscle == top.muscle
    if top.distance > 0:
        # A near miss: its zone is drawn a little away from the cursor, and it says so.
        assert top.reason.startswith(f"About {top.distance:.0f} mm from the ")
        return
    if top.pattern == "essential":
        # Orange (Okabe-Ito vermillion) over the art: red rises against blue.
        assert (after.red() - after.blue()) > (before.red() - before.blue()) + 25, (before, after)
    else:
        # Blue spillover tint: blue rises against red.
        assert (after.blue() - after.red()) > (before.blue() - before.red()) + 10, (before, after)


def test_outside_the_body_adds_no_spot(qtbot, window):
    window.view.fit_to_window()
    vb = ATLAS.diagram.view_box
    pos = window.view.mapFromScene(vb.x0 + 3, vb.y1 - 3)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.drawing.spots == ()
    assert "outside the body" in window.statusBar().currentMessage()


def test_hover_names_the_region(qtbot, window):
    region = "left-calf-lateral"
    x, y = ATLAS.diagram.region_point(region)
    pos = window.view.mapFromScene(x, y)
    # Start from elsewhere: a move to where the cursor already is (an earlier test may
    # have left it there) sends no event at all.
    qtbot.mouseMove(window.view.viewport(), QPoint(2, 2))
    with qtbot.waitSignal(window.view.region_hovered) as blocker:
        qtbot.mouseMove(window.view.viewport(), pos)
    assert blocker.args == [region]
    assert window.hover_label.text() == ATLAS.region_name(region)


SCALE_PROBE = textwrap.dedent(
    """
    import sys, tempfile
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from app import resources
    from app.content.load import load_atlas
    from app.ui.main import application
    from app.ui.main_window import MainWindow
    from app.domain.drawing import Drawing
    app = application()
    atlas = load_atlas()
    w = MainWindow(resources.diagram_svg(), Path(tempfile.mkdtemp()), atlas)
    w.resize(1000, 700); w.show(); app.processEvents()
    assert w.devicePixelRatioF() == 2.0, w.devicePixelRatioF()
    bad = []
    for region in sorted(atlas.diagram.regions):
        x, y = atlas.diagram.region_point(region)
        w.drawing.restore(Drawing())
        pos = w.view.mapFromScene(x, y)
        QTest.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, pos)
        sx, sy = w.drawing.spots[0]
        if atlas.region_at(sx, sy) != region:
            bad.append(region)
    print("bad:", bad)
    sys.exit(1 if bad else 0)
    """
)


def test_clicks_land_right_at_screen_scale_2():
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-c", SCALE_PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
