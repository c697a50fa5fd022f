"""One smoke test of a real X11 window: Xvfb, the xcb platform, a click, the screen's pixels.

The child process reads the pixels back from the X server (QScreen.grabWindow), so what
is checked is what a person would see on the screen, not an offscreen buffer.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

CHILD = textwrap.dedent(
    """
    import json, sys, tempfile
    from pathlib import Path
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from app import resources
    from app.content.load import load_atlas
    from app.ui.main import application
    from app.ui.main_window import MainWindow

    app = application()
    atlas = load_atlas()
    w = MainWindow(resources.diagram_svg(), Path(tempfile.mkdtemp()), atlas)
    w.resize(1200, 800)
    w.show()
    QTest.qWaitForWindowExposed(w)
    QTest.qWait(300)
    x, y = atlas.diagram.region_point("left-calf-lateral")
    pos = w.view.mapFromScene(x, y)
    g = w.view.viewport().mapToGlobal(pos)
    screen = QGuiApplication.primaryScreen()
    # Read the X server's own pixels at the spot's centre (inside the hollow ring marker).
    before = screen.grabWindow(0).toImage().pixelColor(g.x(), g.y())
    QTest.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, pos)
    QTest.qWait(300)
    after = screen.grabWindow(0).toImage().pixelColor(g.x(), g.y())
    from app.domain.lookup import shortlist
    expected = atlas.lookup_point(x, y).candidates
    print(json.dumps({
        "platform": QGuiApplication.platformName(),
        "spots": len(w.drawing.spots),
        "shown": [c.muscle for c in w.candidates],
        "expected": [c.muscle for c in shortlist(expected)],
        "pattern": w.candidates[0].pattern if w.candidates else None,
        "before": [before.red(), before.green(), before.blue()],
        "after": [after.red(), after.green(), after.blue()],
    }))
    w.close()
    """
)


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (Debian package: xvfb)")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1400x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as fh:
        number = fh.readline().strip()
    try:
        assert number, "Xvfb did not report a display number"
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.xvfb
def test_real_x11_window_click_shows_the_zone(xvfb_display):
    env = dict(os.environ, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    env.pop("WAYLAND_DISPLAY", None)
    proc = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    print(result)
    assert result["platform"] == "xcb"
    assert result["spots"] == 1
    assert result["shown"] == result["expected"]
    assert "gluteus-minimus" in result["shown"]
    (r0, _, b0), (r1, _, b1) = result["before"], result["after"]
    if result["pattern"] == "essential":
        assert (r1 - b1) > (r0 - b0) + 25, result  # orange essential zone appeared
    else:
        assert (b1 - r1) > (b0 - r0) + 10, result  # blue spillover zone appeared
