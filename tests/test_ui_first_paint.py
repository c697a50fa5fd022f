"""The first-paint snapshot: copied only when the pixels would be the same, else rendered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app import resources
from app.ui.main_window import MainWindow


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("TRIGGERMAP_CACHE_DIR", str(folder))
    return folder


def start(qtbot, state: Path, size: tuple[int, int] = (1200, 800)) -> MainWindow:
    """A window as run_gui starts it (no content yet), shown and painted once."""
    w = MainWindow(resources.diagram_svg(), state)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.scene._art.last_paint != "")
    return w


def drawing(w: MainWindow) -> QImage:
    return w.view.viewport().grab().toImage()


def snapshots(cache: Path) -> list[Path]:
    return list(cache.glob("art-first-paint-*.marshal"))


def test_second_start_copies_the_first_starts_pixels(qtbot, tmp_path, cache):
    first = start(qtbot, tmp_path / "a")
    assert first.scene._art.last_paint == "rendered"
    qtbot.waitUntil(lambda: len(snapshots(cache)) == 1)
    rendered = drawing(first)
    first.close()

    second = start(qtbot, tmp_path / "b")
    assert second.scene._art.last_paint == "snapshot"
    assert drawing(second) == rendered


def test_a_different_window_size_renders_the_svg(qtbot, tmp_path, cache):
    start(qtbot, tmp_path / "a").close()
    qtbot.waitUntil(lambda: len(snapshots(cache)) == 1)
    other = start(qtbot, tmp_path / "b", size=(900, 700))
    assert other.scene._art.last_paint == "rendered"


def test_a_hidden_layer_or_a_damaged_snapshot_renders_the_svg(qtbot, tmp_path, cache):
    start(qtbot, tmp_path / "a").close()
    qtbot.waitUntil(lambda: len(snapshots(cache)) == 1)
    (snap,) = snapshots(cache)
    snap.write_bytes(b"\x00 not a snapshot")
    damaged = start(qtbot, tmp_path / "b")
    assert damaged.scene._art.last_paint == "rendered"
    damaged.close()

    qtbot.waitUntil(lambda: snap.stat().st_size > 1000)  # rewritten by that start
    w = start(qtbot, tmp_path / "c")
    assert w.scene._art.last_paint == "snapshot"
    w.scene.set_art_visible("labels", False)
    w.view.viewport().repaint()
    assert w.scene._art.last_paint == "rendered"


def test_a_change_in_how_the_art_is_drawn_renders_the_svg(qtbot, tmp_path, cache, monkeypatch):
    from app.ui import style

    start(qtbot, tmp_path / "a").close()
    qtbot.waitUntil(lambda: len(snapshots(cache)) == 1)
    monkeypatch.setattr(style, "MUSCLE_CONTEXT_OPACITY", 0.5)
    w = start(qtbot, tmp_path / "b")
    assert w.scene._art.last_paint == "rendered"
