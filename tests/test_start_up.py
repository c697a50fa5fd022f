"""Start-up pauses Python's garbage collector while it loads what lives until the program
ends (docs/decisions/0002-fast-first-launch.md); afterwards it always runs again."""

from __future__ import annotations

import gc

import pytest

from app.cli import main
from app.content import load as content_load
from app.content.library_loader import ContentError


def broken(**_: object) -> None:
    raise ContentError(["muscles/piriformis.toml: trigger_points[0].name: field required"])


@pytest.mark.parametrize("content", ["bundled", "broken"])
def test_the_window_collects_garbage_again_once_it_is_ready(qtbot, tmp_path, monkeypatch, content):
    from app.ui import main as ui_main

    if content == "broken":
        monkeypatch.setattr(content_load, "load_atlas", broken)
    ready: list[bool] = []
    window = ui_main.open_window(tmp_path / "state", on_ready=lambda: ready.append(True))
    qtbot.addWidget(window)
    assert not gc.isenabled()  # paused until the content is loaded
    qtbot.waitUntil(lambda: bool(ready), timeout=10_000)
    assert gc.isenabled()
    assert (window.atlas is not None) == (content == "bundled")


@pytest.mark.parametrize("content", ["bundled", "broken"])
def test_a_command_collects_garbage_again_once_the_content_is_loaded(capsys, monkeypatch, content):
    if content == "broken":
        monkeypatch.setattr(content_load, "load_atlas", broken)
    code = main(["regions", "--json"])
    capsys.readouterr()
    assert code == (0 if content == "bundled" else 1)
    assert gc.isenabled()
