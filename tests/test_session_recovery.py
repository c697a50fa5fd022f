"""A damaged session is set aside and the next launch reads the new one; earlier sessions
are kept; File → Recover… brings any of them back (issue 9)."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.content.load import load_atlas
from app.domain.drawing import Drawing, Mark
from app.domain.session import Session, load_session, save_session
from app.ui.main_window import MainWindow
from tests.conftest import open_window

ATLAS = load_atlas()


def settle(qtbot, w: MainWindow) -> None:
    qtbot.waitUntil(lambda: not w.panels_pending)


def click_region(qtbot, w: MainWindow, region: str) -> None:
    x, y = ATLAS.region_point(region)
    w.view.centerOn(x, y)
    pos = w.view.mapFromScene(x, y)
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    settle(qtbot, w)


def launch(qtbot, state: Path) -> MainWindow:
    w = open_window(qtbot, state, ATLAS)
    settle(qtbot, w)
    return w


def regions_of(w: MainWindow) -> list[str | None]:
    return [ATLAS.fit(m).region for m in w.drawing.marks]


def damage(state: Path, how: str) -> Path:
    state.mkdir(parents=True, exist_ok=True)
    path = state / "session.json"
    if how == "bad-json":
        path.write_text("{not json", encoding="utf-8")
    elif how == "nan":
        path.write_text(
            '{"format": "triggermap-session", "version": 2, "marks": '
            '[{"kind": "spot", "points": [[NaN, 1]], "intensity": 5}]}',
            encoding="utf-8",
        )
    elif how == "fifo":
        os.mkfifo(path)
    elif how == "folder":
        path.mkdir()
    return path


@pytest.mark.parametrize("how", ["bad-json", "nan", "fifo", "folder"])
def test_after_a_damaged_session_the_next_launch_reads_the_new_drawing(qtbot, state_dir, how):
    damage(state_dir, how)
    w = launch(qtbot, state_dir)
    assert "could not be loaded" in w.banner.label.text()
    click_region(qtbot, w, "left-calf-lateral")
    w.close()
    again = launch(qtbot, state_dir)
    assert regions_of(again) == ["left-calf-lateral"]
    assert "could not be loaded" not in again.banner.label.text()


def test_a_damaged_session_is_moved_aside_unchanged_and_named_in_the_banner(qtbot, state_dir):
    damage(state_dir, "bad-json")
    w = launch(qtbot, state_dir)
    [aside] = state_dir.glob("session.damaged-*.json")
    assert aside.read_text(encoding="utf-8") == "{not json"
    banner = w.banner.label.text()
    assert "is not valid JSON" in banner
    assert aside.name in banner
    assert "Recover" in banner
    click_region(qtbot, w, "left-calf-lateral")
    w.close()
    assert aside.read_text(encoding="utf-8") == "{not json", "a rejected file is never rewritten"


def test_a_session_that_cannot_be_moved_aside_is_left_alone_and_the_banner_says_why(
    qtbot, state_dir, monkeypatch
):
    saved = damage(state_dir, "bad-json")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", str(src))

    monkeypatch.setattr(os, "rename", refuse)
    w = launch(qtbot, state_dir)
    banner = w.banner.label.text()
    assert "could not be moved aside (permission denied)" in banner
    assert "will not be saved" in banner
    click_region(qtbot, w, "left-calf-lateral")
    w.close()
    assert saved.read_text(encoding="utf-8") == "{not json"
    assert [p.name for p in state_dir.glob("session*")] == ["session.json"]


def test_a_launch_that_changes_the_drawing_keeps_the_one_before(qtbot, state_dir):
    w = launch(qtbot, state_dir)
    click_region(qtbot, w, "left-calf-lateral")
    w.close()
    # A launch that changes nothing keeps nothing.
    launch(qtbot, state_dir).close()
    assert not list(state_dir.glob("session.previous-*.json"))
    w = launch(qtbot, state_dir)
    click_region(qtbot, w, "right-calf-lateral")
    click_region(qtbot, w, "left-heel")
    w.close()
    previous = load_session(state_dir / "session.previous-1.json").drawing
    assert [ATLAS.fit(m).region for m in previous.marks] == ["left-calf-lateral"]
    assert len(load_session(state_dir / "session.json").drawing) == 3


def test_file_recover_opens_an_earlier_drawing_and_undo_brings_back_the_current(qtbot, state_dir):
    w = launch(qtbot, state_dir)
    click_region(qtbot, w, "left-calf-lateral")
    w.close()
    w = launch(qtbot, state_dir)
    click_region(qtbot, w, "right-heel")
    assert len(w.drawing.marks) == 2

    recover = next(a for a in w.actions() if a.text().startswith("Recover"))
    assert recover.isEnabled()
    recover.trigger()
    dialog = w.findChild(QDialog, "recoverDialog")
    qtbot.waitExposed(dialog)
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(rows) == 1
    assert "1 mark" in rows[0]
    item = dialog.list.item(0)
    qtbot.mouseClick(
        dialog.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.list.visualItemRect(item).center(),
    )
    assert dialog.open_button.isEnabled()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(qtbot, w)
    assert regions_of(w) == ["left-calf-lateral"]
    assert "Undo" in w.statusBar().currentMessage()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, w)
    assert regions_of(w) == ["left-calf-lateral", "right-heel"]


def test_file_recover_shows_why_a_set_aside_file_cannot_be_opened(qtbot, state_dir):
    damage(state_dir, "bad-json")
    w = launch(qtbot, state_dir)
    next(a for a in w.actions() if a.text().startswith("Recover")).trigger()
    dialog = w.findChild(QDialog, "recoverDialog")
    qtbot.waitExposed(dialog)
    assert dialog.list.count() == 1
    assert "could not be read" in dialog.list.item(0).text()
    dialog.list.setCurrentRow(0)
    assert not dialog.open_button.isEnabled()
    assert "is not valid JSON" in dialog.detail.text()
    assert "session.damaged-" in dialog.detail.text()
    dialog.reject()


# ---- the files themselves (no window) -------------------------------------------------


def test_set_aside_never_replaces_an_earlier_set_aside_file(tmp_path):
    from app.domain.session import set_aside

    when = datetime(2025, 3, 1, 10, 30, 0)
    first = tmp_path / "session.json"
    first.write_text("one", encoding="utf-8")
    a = set_aside(first, when)
    first.write_text("two", encoding="utf-8")
    b = set_aside(first, when)
    assert a.name == "session.damaged-20250301-103000.json"
    assert b.name == "session.damaged-20250301-103000-2.json"
    assert (a.read_text(), b.read_text()) == ("one", "two")
    assert not first.exists()


def test_keep_previous_keeps_the_last_three(tmp_path):
    from app.domain.session import keep_previous

    path = tmp_path / "session.json"
    for n in range(5):
        save_session(path, Session(Drawing((Mark.spot(n, n),))))
        keep_previous(path)
    kept = [load_session(tmp_path / f"session.previous-{n}.json").spots for n in (1, 2, 3)]
    assert kept == [((4, 4),), ((3, 3),), ((2, 2),)]
    assert not (tmp_path / "session.previous-4.json").exists()


def test_saved_files_lists_what_recover_offers_newest_first(tmp_path):
    from app.domain.session import saved_files

    path = tmp_path / "session.json"
    save_session(path, Session())
    for i, name in enumerate(
        [
            "session.previous-2.json",
            "session-20240101-101010.json",  # saved by TriggerMap before issue 9
            "session.damaged-20250301-103000.json",
            "session.previous-1.json",
        ]
    ):
        (tmp_path / name).write_text("{}", encoding="utf-8")
        os.utime(tmp_path / name, (1_700_000_000 + i, 1_700_000_000 + i))
    (tmp_path / "session.json.tmp").write_text("", encoding="utf-8")
    found = saved_files(path)
    assert [(f.path.name, f.kind) for f in found] == [
        ("session.previous-1.json", "previous"),
        ("session.damaged-20250301-103000.json", "damaged"),
        ("session-20240101-101010.json", "older"),
        ("session.previous-2.json", "previous"),
    ]
    assert json.loads(path.read_text(encoding="utf-8"))["marks"] == []
