"""Shared fixtures.

Qt runs offscreen unless ``--headed`` is given; the app's state folder (session,
settings) is redirected to a temporary folder for every test.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--headed", action="store_true", help="show windows on the real display")


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("--headed"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def open_window(qtbot, state: Path, atlas):  # noqa: ANN001, ANN201 (test helper)
    """A shown main window on the given content, 1200x800, its state kept in ``state``."""
    from app import resources
    from app.ui.main_window import MainWindow

    w = MainWindow(resources.diagram_svg(), state, atlas)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def open_active_window(qtbot, state: Path, atlas):  # noqa: ANN001, ANN201 (test helper)
    """As open_window, and the active window, so keys typed reach it."""
    from PySide6.QtWidgets import QApplication

    w = open_window(qtbot, state, atlas)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    state = tmp_path / "state"
    monkeypatch.setenv("TRIGGERMAP_DATA_DIR", str(state))
    return state


# ---- domain fixtures (tests of the Qt-free core) ------------------------------------
# Built on the small hand-made files in tests/fixtures/ (see tests/fixtures/README.md),
# not on the real artwork, so they work while the artwork and content are being made.

FIXTURES = Path(__file__).parent / "fixtures"
MINI_SVG = FIXTURES / "mini.svg"
CONTENT_MIN = FIXTURES / "content_min"


@pytest.fixture(scope="session")
def mini_diagram():
    """app.domain.diagram.Diagram of tests/fixtures/mini.svg."""
    from app.content.svg_loader import load_diagram

    return load_diagram(MINI_SVG)


@pytest.fixture(scope="session")
def mini_library():
    """app.domain.models.Library of tests/fixtures/content_min."""
    from app.content.library_loader import load_library

    return load_library(CONTENT_MIN)


#: The mini body is about a tenth of the real figure's size, so its near-miss tolerance
#: is too (the real one is app.domain.lookup.NEAR_TOLERANCE).
MINI_TOLERANCE = 2.0


@pytest.fixture
def mini_atlas(mini_library, mini_diagram):
    from app.domain.lookup import Atlas

    return Atlas(mini_library, mini_diagram, tolerance=MINI_TOLERANCE)


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of tests/fixtures/content_min, to break on purpose."""
    import shutil

    return Path(shutil.copytree(CONTENT_MIN, tmp_path / "content"))
