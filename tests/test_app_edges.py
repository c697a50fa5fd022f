"""The edges of the app (issue 9): export failures say why, the screenshot size is checked,
Ctrl+C stops the window, and no display is said plainly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.cli import main as cli_main
from app.content.load import load_atlas
from tests.conftest import open_window

ROOT = Path(__file__).resolve().parents[1]
ATLAS = load_atlas()


@pytest.fixture
def window(qtbot, state_dir):
    w = open_window(qtbot, state_dir, ATLAS)
    qtbot.waitUntil(lambda: not w.panels_pending)
    return w


# ---- export ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "why"),
    [
        pytest.param(lambda tmp: tmp, "is a directory", id="folder"),
        pytest.param(
            lambda tmp: tmp / "no-such-folder" / "r.pdf", "no such file or directory", id="nowhere"
        ),
    ],
)
def test_a_failed_export_says_why_and_never_says_saved(qtbot, window, tmp_path, target, why):
    path = target(tmp_path)
    window.export_report(path)
    box = window.findChild(QMessageBox, "exportFailed")
    assert box is not None
    qtbot.waitExposed(box)
    assert box.text() == f"Could not save the report to {path}: {why}."
    assert "saved" not in window.statusBar().currentMessage().lower()
    box.close()


def test_export_over_an_earlier_report_replaces_it(qtbot, window, tmp_path):
    out = tmp_path / "report.pdf"
    out.write_bytes(b"old")
    window.export_report(out)
    assert out.read_bytes().startswith(b"%PDF")
    assert f"Report saved to {out}" in window.statusBar().currentMessage()


# ---- screenshot --size ----------------------------------------------------------------


@pytest.mark.parametrize("size", ["0x0", "100000x100000", "199x900", "1400x8001", "-5x700"])
def test_screenshot_refuses_a_size_out_of_range(tmp_path, capsys, size):
    out = tmp_path / "shot.png"
    assert cli_main(["screenshot", str(out), f"--size={size}"]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"triggermap: --size must be from 200x200 to 8000x8000 (width x height), not {size!r}\n"
    )
    assert not out.exists()


# ---- the window process ---------------------------------------------------------------


def test_ctrl_c_closes_the_window_and_saves(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRIGGERMAP_DATA_DIR=str(tmp_path))
    proc = subprocess.Popen(
        [sys.executable, "-m", "app"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        # The window saves its (empty) drawing once the content has loaded: then it is up.
        deadline = time.monotonic() + 60
        while not (tmp_path / "session.json").exists():
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the window never finished starting"
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    _, err = proc.communicate()
    assert code == 130
    assert b"Traceback" not in err
    assert (tmp_path / "settings.ini").exists(), "closed as Quit does, saving its state"


def test_without_a_display_the_window_says_so_in_one_line(monkeypatch, capsys):
    from app.ui import main as ui_main

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(ui_main, "run_gui", lambda: pytest.fail("Qt was started"))
    assert cli_main([]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("triggermap: no display:")
    assert "triggermap screenshot" in err
    assert "QT_QPA_PLATFORM=offscreen" in err
