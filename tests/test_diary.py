"""The pain diary (issue 10, item 5): save a drawing with a date and a note, list the
entries, open one (one undo step), change a note, delete one, show two dates side by
side; damaged entries are listed with the reason and never touched."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QMessageBox,
    QPushButton,
)

from app.content.load import load_atlas
from app.domain import diary
from app.domain.answer import shortlist
from app.domain.drawing import MAX_MARKS, Drawing, Mark
from app.domain.session import SessionError
from app.ui.main_window import MainWindow
from tests.conftest import open_window

ATLAS = load_atlas()
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
BUTTOCK, CALF, HEEL = "left-buttock-lower", "left-calf-lateral", "right-heel"
LAST_WEEK = datetime(2026, 11, 23, 9, 15, 2)
TODAY = datetime(2026, 11, 30, 18, 40, 0)


# ---- acting as the user ----------------------------------------------------------------


def settle(qtbot, w: MainWindow) -> None:
    qtbot.waitUntil(lambda: not w.panels_pending)


def launch(qtbot, state: Path) -> MainWindow:
    w = open_window(qtbot, state, ATLAS)
    settle(qtbot, w)
    return w


def click_region(qtbot, w: MainWindow, region: str) -> None:
    x, y = ATLAS.region_point(region)
    w.view.centerOn(x, y)
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=w.view.mapFromScene(x, y))
    settle(qtbot, w)


def press(qtbot, w: MainWindow, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    qtbot.keyClick(w, key, modifiers)


def regions_of(w: MainWindow) -> list[str | None]:
    return [ATLAS.fit(m).region for m in w.drawing.marks]


def answer_rows(w: MainWindow) -> list[str]:
    lst = w.candidates_panel.list
    return [lst.item(i).text() for i in range(lst.count())]


def open_history(qtbot, w: MainWindow):
    press(qtbot, w, Qt.Key.Key_H, CTRL)
    history = w.findChild(QDialog, "diaryWindow")
    qtbot.waitExposed(history)
    history.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is history)
    return history


def rows(history) -> list[list[str]]:
    tree = history.list
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def click_row(qtbot, history, row: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    tree = history.list
    rect = tree.visualItemRect(tree.topLevelItem(row))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, modifiers, rect.center())


def entry_dialog(qtbot, parent):
    dialog = parent.findChild(QDialog, "diaryEntryDialog")
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.note.hasFocus())
    return dialog


def save_by_keys(qtbot, w: MainWindow, note_lines: list[str]) -> None:
    """Ctrl+Shift+D, type the note (Enter between lines), Ctrl+Enter saves."""
    press(qtbot, w, Qt.Key.Key_D, CTRL | SHIFT)
    dialog = entry_dialog(qtbot, w)
    for i, line in enumerate(note_lines):
        if i:
            qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.note, line)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def keep(folder: Path, when: datetime, note: str, *regions: str, intensity: int = 5) -> str:
    """An entry saved earlier (what an earlier session of the user left)."""
    marks = tuple(Mark.spot(*ATLAS.region_point(r), intensity=intensity) for r in regions)
    return diary.save_entry(folder, when, note, Drawing(marks)).name


def digest(path: Path) -> str:
    if path.is_dir():
        return "folder:" + ",".join(sorted(os.listdir(path)))
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---- the whole round: save, list, clear, open, undo -------------------------------------


def test_save_a_drawing_with_a_note_then_open_it_in_place_of_a_cleared_one(qtbot, state_dir):
    w = launch(qtbot, state_dir)
    click_region(qtbot, w, BUTTOCK)
    click_region(qtbot, w, CALF)
    answer = answer_rows(w)
    top_name = w.candidates[0].name
    assert answer

    save_by_keys(qtbot, w, ["After the long drive", "slept badly"])
    assert "Saved to your pain diary" in w.statusBar().currentMessage()

    history = open_history(qtbot, w)
    [row] = rows(history)
    assert row[1] == "After the long drive"  # the note's first line
    assert row[2] == "2 marks"
    assert row[3].startswith(top_name)
    history.close()

    press(qtbot, w, Qt.Key.Key_Backspace, CTRL)  # Clear drawing
    settle(qtbot, w)
    assert w.drawing.marks == ()

    history = open_history(qtbot, w)
    assert not history.open_button.isEnabled()
    click_row(qtbot, history, 0)
    assert history.detail.text() == "After the long drive\nslept badly"
    qtbot.mouseClick(history.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not history.isVisible())
    settle(qtbot, w)
    assert regions_of(w) == [BUTTOCK, CALF]
    assert answer_rows(w) == answer
    assert "Undo" in w.statusBar().currentMessage()

    press(qtbot, w, Qt.Key.Key_Z, CTRL)  # one step back: the cleared drawing
    settle(qtbot, w)
    assert w.drawing.marks == ()
    press(qtbot, w, Qt.Key.Key_Z, CTRL)  # and the one before the clearing
    settle(qtbot, w)
    assert regions_of(w) == [BUTTOCK, CALF]


def test_the_saved_entry_keeps_each_marks_intensity_quality_and_the_chosen_date(qtbot, state_dir):
    w = launch(qtbot, state_dir)
    for _ in range(3):
        press(qtbot, w, Qt.Key.Key_BracketRight)  # pain 5 -> 8
    quality = w.findChild(QComboBox, "quality")
    quality.setCurrentIndex(quality.findData("tingling"))
    click_region(qtbot, w, CALF)

    press(qtbot, w, Qt.Key.Key_D, CTRL | SHIFT)
    dialog = entry_dialog(qtbot, w)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Backtab)  # back to the date
    assert dialog.date.hasFocus()
    dialog.date.setCurrentSection(QDateTimeEdit.Section.DaySection)
    today = dialog.when
    qtbot.keyClick(dialog.date, Qt.Key.Key_Down)  # the day before
    chosen = dialog.when
    assert (today - chosen).days == 1
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    [entry] = diary.list_entries(state_dir / "diary").items
    assert isinstance(entry, diary.Entry)
    assert (entry.when, entry.note) == (chosen, "")
    assert entry.name == f"{chosen:%Y-%m-%dT%H-%M-%S}.json"
    [mark] = entry.drawing.marks
    assert (mark.intensity, mark.quality) == (8, "tingling")


def test_entries_survive_a_new_window(qtbot, state_dir):
    w = launch(qtbot, state_dir)
    click_region(qtbot, w, HEEL)
    save_by_keys(qtbot, w, ["heel after running"])
    w.close()

    again = launch(qtbot, state_dir)
    history = open_history(qtbot, again)
    [row] = rows(history)
    assert row[1:3] == ["heel after running", "1 mark"]


def test_the_history_lists_newest_first_and_each_row_gives_the_days_top_muscle(qtbot, state_dir):
    folder = state_dir / "diary"
    keep(folder, LAST_WEEK, "bad week\nlong drive", BUTTOCK, CALF)
    keep(folder, TODAY, "", BUTTOCK)
    keep(folder, datetime(2026, 11, 27, 7, 0), "no pain today")
    w = launch(qtbot, state_dir)
    history = open_history(qtbot, w)
    got = rows(history)
    assert [r[0] for r in got] == [
        "Mon 30 Nov 2026, 18:40",
        "Fri 27 Nov 2026, 07:00",
        "Mon 23 Nov 2026, 09:15",
    ]
    assert [r[1] for r in got] == ["(no note)", "no pain today", "bad week"]
    assert [r[2] for r in got] == ["1 mark", "0 marks", "2 marks"]
    # Computed from the drawing, not stored: the same as the answer for that drawing.
    w.drawing.replace(Drawing((Mark.spot(*ATLAS.region_point(BUTTOCK)),)), "set up")
    settle(qtbot, w)
    assert got[0][3].startswith(w.candidates[0].name)
    assert got[1][3] == "no marks"


# ---- editing the note and deleting -------------------------------------------------------


def test_edit_an_entrys_note(qtbot, state_dir):
    name = keep(state_dir / "diary", LAST_WEEK, "old note", BUTTOCK)
    w = launch(qtbot, state_dir)
    history = open_history(qtbot, w)
    click_row(qtbot, history, 0)
    qtbot.mouseClick(history.note_button, Qt.MouseButton.LeftButton)
    dialog = entry_dialog(qtbot, history)
    assert not dialog.date.isEnabled()  # the date stays the entry's
    qtbot.keyClick(dialog.note, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.note, "stretches helped")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: rows(history)[0][1] == "stretches helped")
    entry = diary.load_entry(state_dir / "diary" / name)
    assert (entry.note, entry.when, len(entry.drawing)) == ("stretches helped", LAST_WEEK, 1)


def test_deleting_an_entry_asks_first(qtbot, state_dir):
    folder = state_dir / "diary"
    keep(folder, LAST_WEEK, "last week", BUTTOCK)
    kept = keep(folder, TODAY, "today", CALF)
    w = launch(qtbot, state_dir)
    history = open_history(qtbot, w)
    click_row(qtbot, history, 1)  # last week

    qtbot.keyClick(history.list, Qt.Key.Key_Delete)
    box = history.findChild(QMessageBox, "diaryDelete")
    qtbot.waitExposed(box)
    assert "Mon 23 Nov 2026" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # changed my mind
    qtbot.waitUntil(lambda: not box.isVisible())
    assert len(rows(history)) == 2

    qtbot.mouseClick(history.delete_button, Qt.MouseButton.LeftButton)
    box = history.findChild(QMessageBox, "diaryDelete")
    qtbot.waitExposed(box)
    qtbot.mouseClick(box.findChild(QPushButton, "confirmDelete"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(rows(history)) == 1)
    assert rows(history)[0][1] == "today"
    assert [p.name for p in folder.iterdir()] == [kept]


# ---- two dates side by side --------------------------------------------------------------


def test_two_dates_side_by_side_show_both_drawings_marks_and_muscles(qtbot, state_dir):
    folder = state_dir / "diary"
    keep(folder, LAST_WEEK, "bad week", BUTTOCK, CALF, intensity=7)
    keep(folder, TODAY, "better after stretching", BUTTOCK, intensity=3)
    w = launch(qtbot, state_dir)
    history = open_history(qtbot, w)
    click_row(qtbot, history, 0)
    assert not history.compare_button.isEnabled()
    click_row(qtbot, history, 1, CTRL)
    assert history.compare_button.isEnabled()
    qtbot.mouseClick(history.compare_button, Qt.MouseButton.LeftButton)
    compare = history.findChild(QDialog, "diaryCompare")
    qtbot.waitExposed(compare)

    older, newer = compare.panels
    assert older.heading.text() == "<b>Mon 23 Nov 2026, 09:15</b>"  # older on the left
    assert newer.heading.text() == "<b>Mon 30 Nov 2026, 18:40</b>"
    assert older.heading.x() < newer.heading.x()
    text_old, text_new = older.summary.text(), newer.summary.text()
    assert "2 marks" in text_old
    assert "1 mark" in text_new
    assert "Left lower buttock: spot, pain 7 of 10" in text_old
    assert "pain 3 of 10" in text_new
    # The muscles are the answer for each date's own drawing.
    for panel, regions, pain in ((older, (BUTTOCK, CALF), 7), (newer, (BUTTOCK,), 3)):
        marks = tuple(Mark.spot(*ATLAS.region_point(r), intensity=pain) for r in regions)
        first = shortlist(ATLAS.lookup(Drawing(marks)).candidates)[0]
        assert f"1.&nbsp;</td><td>{first.name} (left side)" in panel.summary.text()
    assert "Most likely" in text_old

    # Each small drawing shows its own marks: a dark spot ring where the mark is.
    for panel, regions in ((older, (BUTTOCK, CALF)), (newer, (BUTTOCK,))):
        image = panel.view.viewport().grab().toImage()
        ratio = image.devicePixelRatio()
        for region in regions:
            p = panel.view.mapFromScene(*ATLAS.region_point(region))
            dark = [
                QColor(image.pixel(round((p.x() + dx) * ratio), round((p.y() + dy) * ratio)))
                for dx in range(-8, 9)
                for dy in range(-8, 9)
            ]
            assert min(c.lightness() for c in dark) < 60, (region, panel.heading.text())
    calf = newer.view.mapFromScene(*ATLAS.region_point(CALF))
    image = newer.view.viewport().grab().toImage()
    assert all(
        QColor(image.pixel(calf.x() + dx, calf.y() + dy)).lightness() > 60
        for dx in range(-3, 4)
        for dy in range(-3, 4)
    ), "today's drawing has no calf mark"


# ---- damaged entries ----------------------------------------------------------------------

GOOD = '{"format": "triggermap-diary-entry", "version": 1, "date": "2026-11-20T08:00:00", '


def make_damaged(folder: Path, how: str) -> tuple[Path, str]:
    """A file named like an entry that cannot be read, and the reason's words."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "2026-11-20T08-00-00.json"
    if how == "nan":
        path.write_text(GOOD + '"marks": [{"kind": "spot", "points": [[NaN, 3]]}]}', "utf-8")
        return path, "NaN is not a number"
    if how == "truncated":
        keep(folder, datetime(2026, 11, 20, 8), "cut short", BUTTOCK)
        path.write_bytes(path.read_bytes()[:60])
        return path, "is not valid JSON"
    if how == "folder":
        path.mkdir()
        (path / "inside.txt").write_text("keep me", "utf-8")
        return path, "is not a regular file"
    if how == "huge":
        with open(path, "wb") as f:
            f.write(GOOD.encode())
            f.truncate(9 * 1024 * 1024)
        return path, "is larger than 8 MB"
    if how == "infinite-coordinate":
        path.write_text(GOOD + '"marks": [{"kind": "spot", "points": [[1e999, 3]]}]}', "utf-8")
        return path, "finite number"
    if how == "too-many-marks":
        spot = {"kind": "spot", "points": [[237, 325]]}
        data = json.loads(GOOD + '"marks": []}') | {"marks": [spot] * (MAX_MARKS + 1)}
        path.write_text(json.dumps(data), "utf-8")
        return path, f"more than {MAX_MARKS}"
    raise AssertionError(how)


@pytest.mark.parametrize(
    "how", ["nan", "truncated", "folder", "huge", "infinite-coordinate", "too-many-marks"]
)
def test_a_damaged_entry_is_listed_with_the_reason_and_kept_as_it_is(qtbot, state_dir, how):
    folder = state_dir / "diary"
    keep(folder, LAST_WEEK, "good one", BUTTOCK)
    damaged, words = make_damaged(folder, how)
    before = digest(damaged)

    w = launch(qtbot, state_dir)
    click_region(qtbot, w, CALF)
    history = open_history(qtbot, w)
    got = rows(history)
    assert [r[1] for r in got] == ["good one", "Damaged: cannot be opened (see below)"]
    click_row(qtbot, history, 1)
    assert words in history.detail.text()
    assert damaged.name in history.detail.text()
    assert "kept as it is" in history.detail.text()
    for button in (history.open_button, history.note_button, history.delete_button):
        assert not button.isEnabled(), button.text()
    qtbot.keyClick(history.list, Qt.Key.Key_Delete)  # nothing to confirm: it stays
    assert history.findChild(QMessageBox, "diaryDelete") is None
    click_row(qtbot, history, 0, CTRL)
    assert not history.compare_button.isEnabled()

    click_row(qtbot, history, 0)  # the good one still opens
    qtbot.mouseClick(history.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    assert regions_of(w) == [BUTTOCK]
    save_by_keys(qtbot, w, ["same minute as the damaged one?"])
    w.close()
    assert digest(damaged) == before
    assert len(list(folder.glob("*.json"))) == 3


def test_saving_never_takes_the_name_of_an_existing_file(tmp_path):
    folder = tmp_path / "diary"
    damaged, _ = make_damaged(folder, "nan")
    before = digest(damaged)
    when = datetime(2026, 11, 20, 8, 0, 0)  # the damaged file's own name
    first = diary.save_entry(folder, when, "one", Drawing())
    second = diary.save_entry(folder, when, "two", Drawing())
    assert (first.name, second.name) == ("2026-11-20T08-00-00-2.json", "2026-11-20T08-00-00-3.json")
    assert digest(damaged) == before
    listed = diary.list_entries(folder).items
    assert [e.note if isinstance(e, diary.Entry) else "damaged" for e in listed] == [
        "two",
        "one",
        "damaged",
    ]


def test_a_damaged_entry_is_never_rewritten_or_deleted(tmp_path):
    folder = tmp_path / "diary"
    damaged, _ = make_damaged(folder, "truncated")
    before = digest(damaged)
    with pytest.raises(SessionError, match="is not valid JSON"):
        diary.change_note(folder, damaged.name, "new note")
    with pytest.raises(SessionError, match="is not valid JSON"):
        diary.delete_entry(folder, damaged.name)
    assert digest(damaged) == before


# ---- writing atomically -------------------------------------------------------------------


def test_a_failed_write_leaves_the_old_entry_and_says_why(qtbot, state_dir, monkeypatch):
    folder = state_dir / "diary"
    name = keep(folder, LAST_WEEK, "the old note", BUTTOCK)
    before = digest(folder / name)
    w = launch(qtbot, state_dir)
    history = open_history(qtbot, w)
    click_row(qtbot, history, 0)
    qtbot.mouseClick(history.note_button, Qt.MouseButton.LeftButton)
    dialog = entry_dialog(qtbot, history)
    qtbot.keyClicks(dialog.note, " and more")

    def full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "no space left on device" in history.detail.text())
    assert digest(folder / name) == before
    assert os.listdir(folder) == [name], "no temp file is left behind"
    assert rows(history)[0][1] == "the old note"


def test_a_failed_save_adds_no_entry(qtbot, state_dir, monkeypatch):
    w = launch(qtbot, state_dir)
    click_region(qtbot, w, BUTTOCK)

    def broken(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken)
    save_by_keys(qtbot, w, ["will not be kept"])
    assert "input/output error" in w.statusBar().currentMessage()
    monkeypatch.undo()
    assert list((state_dir / "diary").iterdir()) == []
    assert rows(open_history(qtbot, w)) == []


# ---- the files themselves (no window) ---------------------------------------------------


def test_an_entry_round_trips_every_kind_of_mark(tmp_path):
    marks = (
        Mark.spot(237.5, 325.25, intensity=0, quality="numb"),
        Mark.stroke([(190.0, 700.0), (195.0, 760.0)], radius=12.0, intensity=9),
        Mark.painted_region(HEEL, intensity=4, quality="burning"),
    )
    saved = diary.save_entry(tmp_path, LAST_WEEK, "line one\nline two", Drawing(marks))
    loaded = diary.load_entry(tmp_path / saved.name)
    assert loaded == saved
    assert loaded.headline == "line one"
    data = json.loads((tmp_path / saved.name).read_text("utf-8"))
    assert data["date"] == "2026-11-23T09:15:02"


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"note": "x" * (diary.MAX_NOTE_CHARS + 1)}, "longer than"),
        ({"note": 3}, "'note' must be text"),
        ({"date": "2026-11-23T09:15:02+01:00"}, "without a time zone"),
        ({"date": "yesterday"}, "not a date"),
        ({"date": "0099-01-01T00:00:00"}, "1900 to 9999"),
        ({"version": 2}, "has version 2"),
        ({"version": True}, "has version True"),
        ({"extra": 1}, "unknown field 'extra'"),
        ({"format": "triggermap-session"}, "is not a TriggerMap diary entry"),
        ({"marks": [{"kind": "spot", "points": [[1, 2]], "intensity": 11}]}, "intensity"),
    ],
)
def test_entries_are_checked_strictly(tmp_path, change, words):
    saved = diary.save_entry(tmp_path, LAST_WEEK, "", Drawing((Mark.spot(1, 2),)))
    path = tmp_path / saved.name
    data = json.loads(path.read_text("utf-8")) | change
    path.write_text(json.dumps(data), "utf-8")
    [listed] = diary.list_entries(tmp_path).items
    assert isinstance(listed, diary.Damaged)
    assert words in listed.reason


def test_names_that_lead_out_of_the_diary_are_refused(tmp_path):
    outside = tmp_path / "session.json"
    outside.write_text("{}", "utf-8")
    for name in ("../session.json", "session.json", "2026-11-23T09-15-02.json/../../x"):
        with pytest.raises(ValueError, match="not a diary entry's name"):
            diary.delete_entry(tmp_path / "diary", name)
    assert outside.exists()


def test_files_not_named_like_entries_are_not_listed(tmp_path):
    diary.save_entry(tmp_path, LAST_WEEK, "", Drawing())
    for name in ("notes.txt", "2026-11-23T09-15-02.json.tmp", ".hidden.json", "2026-11-23.json"):
        (tmp_path / name).write_text("{", "utf-8")
    assert [e.name for e in diary.list_entries(tmp_path).items] == ["2026-11-23T09-15-02.json"]


def test_a_missing_diary_is_empty_and_an_unreadable_one_says_why(tmp_path):
    assert diary.list_entries(tmp_path / "diary") == diary.Listing()
    (tmp_path / "file").write_text("", "utf-8")
    listing = diary.list_entries(tmp_path / "file")
    assert listing.items == ()
    assert listing.problem is not None
    assert "not a directory" in listing.problem


# ---- the menu ---------------------------------------------------------------------------


def test_the_diary_actions_wait_for_the_content_and_sit_in_the_file_menu(qtbot, state_dir):
    from app import resources

    w = MainWindow(resources.diagram_svg(), state_dir)
    qtbot.addWidget(w)
    actions = {a.text(): a for a in w.actions()}
    save, history = actions["Save to diary…"], actions["Pain diary…"]
    assert not save.isEnabled()
    assert not history.isEnabled()
    assert save.shortcut().toString() == "Ctrl+Shift+D"
    assert history.shortcut().toString() == "Ctrl+H"
    assert save.statusTip()
    assert history.statusTip()
    file_menu = w.menuBar().actions()[0].menu()
    assert {save, history} <= set(file_menu.actions())
    w.attach(ATLAS)
    assert save.isEnabled()
    assert history.isEnabled()


def test_two_dates_side_by_side_follow_a_change_of_body_figure(qtbot, state_dir):
    from app.domain.figure import FEMALE

    folder = state_dir / "diary"
    keep(folder, LAST_WEEK, "bad week", BUTTOCK, intensity=7)
    keep(folder, TODAY, "better", BUTTOCK, intensity=3)
    w = launch(qtbot, state_dir)
    history = open_history(qtbot, w)
    click_row(qtbot, history, 0)
    click_row(qtbot, history, 1, CTRL)
    qtbot.mouseClick(history.compare_button, Qt.MouseButton.LeftButton)
    compare = history.findChild(QDialog, "diaryCompare")
    qtbot.waitExposed(compare)
    before = compare.panels[0].view.grab().toImage()
    view_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&View")
    figures = next(a.menu() for a in view_menu.actions() if a.text() == "&Body figure")
    next(a for a in figures.actions() if a.text() == "&Female").trigger()
    for panel in compare.panels:
        assert panel.scene.figure is FEMALE
    assert compare.panels[0].view.grab().toImage() != before
