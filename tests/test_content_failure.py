"""When the content cannot be loaded: the safety text stays, nothing raises, and the
problem is named, in the window and by `triggermap validate` (issue 9)."""

from __future__ import annotations

import os
import shutil
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import resources
from app.cli import main
from app.ui.main_window import MainWindow

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def use_files(monkeypatch):
    """Point app.resources (and so load_atlas()) at the given content folder and SVG."""

    def point(content: Path, svg: Path | None = None) -> None:
        monkeypatch.setattr(resources, "content_dir", lambda: content)
        if svg is not None:
            monkeypatch.setattr(resources, "diagram_svg", lambda: svg)

    return point


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def content_with_a_folder(tmp_path: Path, name: str) -> Path:
    content = Path(shutil.copytree(resources.content_dir(), tmp_path / "content"))
    (content / name).unlink()
    (content / name).mkdir()
    return content


# ---- triggermap validate --------------------------------------------------------------


@pytest.mark.parametrize("name", ["safety.toml", "stretches.toml", "muscles/piriformis.toml"])
def test_validate_names_a_content_file_that_is_a_folder(use_files, capsys, tmp_path, name):
    use_files(content_with_a_folder(tmp_path, name))
    code, out, err = run(capsys, "validate")
    assert (code, out) == (1, "")
    assert f"  - {name}: cannot be read (is a directory)" in err.splitlines()
    assert "Traceback" not in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file whatever its mode")
def test_validate_names_an_unreadable_content_file(use_files, capsys, tmp_path):
    content = Path(shutil.copytree(resources.content_dir(), tmp_path / "content"))
    (content / "glossary.toml").chmod(0)
    use_files(content)
    code, _, err = run(capsys, "validate")
    assert code == 1
    assert "  - glossary.toml: cannot be read (permission denied)" in err.splitlines()


@pytest.mark.parametrize(
    ("damage", "why"),
    [
        pytest.param(lambda p: p.write_text(p.read_text()[:200]), "not a valid SVG", id="cut"),
        pytest.param(lambda p: p.write_bytes(b"\x89PNG\r\n"), "not a valid SVG", id="binary"),
        pytest.param(lambda p: p.write_text("<html></html>"), "not an SVG", id="not-svg"),
        pytest.param(lambda p: (p.unlink(), p.mkdir()), "is a directory", id="folder"),
    ],
)
def test_validate_fails_on_a_damaged_illustration(use_files, capsys, tmp_path, damage, why):
    svg_dir = Path(shutil.copytree(resources.diagram_svg().parent, tmp_path / "svg"))
    picture = svg_dir / "illustrations" / "pigeon.svg"
    damage(picture)
    use_files(resources.content_dir(), svg_dir / "posterior.svg")
    code, out, err = run(capsys, "validate")
    assert (code, out) == (1, "")
    [line] = [x for x in err.splitlines() if "pigeon.svg" in x]
    assert str(picture) in line
    assert why in line


# ---- the window -----------------------------------------------------------------------


def window_without_content(qtbot, state: Path) -> MainWindow:
    """The window as run_gui starts it, up to the point where content would load."""
    w = MainWindow(resources.diagram_svg(), state)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    w.build_panels()
    return w


def fail_to_load(qtbot, w: MainWindow, tmp_path: Path, monkeypatch) -> None:
    from app.ui import main as ui_main

    bad = content_with_a_folder(tmp_path, "stretches.toml")
    (bad / "glossary.toml").write_text("[[term]]\nterm = 1\n", encoding="utf-8")
    monkeypatch.setattr(resources, "content_dir", lambda: bad)
    ui_main._load_content(w)


def test_the_safety_text_is_shown_before_and_without_content(
    qtbot, state_dir, tmp_path, monkeypatch
):
    from app.safety_text import BANNER, SUMMARY

    w = window_without_content(qtbot, state_dir)
    assert SUMMARY in w.banner.label.text()
    assert "around the genitals or back passage" in w.banner.label.text()
    fail_to_load(qtbot, w, tmp_path, monkeypatch)
    assert w.atlas is None
    text = w.banner.label.text()
    assert SUMMARY in text
    assert BANNER in text
    assert "cannot load its content" in text
    assert "Loading" not in w.statusBar().currentMessage()


def test_a_content_error_is_shown_in_full_and_stays_reachable(
    qtbot, state_dir, tmp_path, monkeypatch
):
    w = window_without_content(qtbot, state_dir)
    fail_to_load(qtbot, w, tmp_path, monkeypatch)
    page = w.detail.toPlainText()
    assert "stretches.toml: cannot be read (is a directory)" in page
    assert "glossary.toml: term[0].term: Input should be a valid string" in page
    # The safety page, from the banner's button, keeps the problems below it.
    qtbot.mouseClick(w.banner.button, Qt.MouseButton.LeftButton)
    page = w.detail.toPlainText()
    assert "saddle" in page
    assert "stretches.toml: cannot be read (is a directory)" in page


def test_without_content_help_and_about_work_and_content_actions_are_off(
    qtbot, state_dir, monkeypatch
):
    from app.content import load as content_load
    from app.content.library_loader import ContentError
    from app.ui import main as ui_main

    def broken() -> None:
        raise ContentError(["muscles/piriformis.toml: trigger_points[0].name: field required"])

    monkeypatch.setattr(content_load, "load_atlas", broken)
    w = window_without_content(qtbot, state_dir)
    ui_main._load_content(w)
    actions = {a.text(): a for a in w.actions()}
    actions["When to get medical help"].trigger()
    assert "saddle" in w.detail.toPlainText().lower()

    seen: list[str] = []

    def close_about() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.close()

    QTimer.singleShot(0, close_about)
    actions["About TriggerMap"].trigger()
    assert seen
    assert "does not diagnose" in seen[0]

    for text in (
        "Export report…",
        "Recover…",
        "Check your warning signs…",
        "Show look-alikes",
        "Next candidate",
        "Previous candidate",
        "Show all candidates",
    ):
        assert not actions[text].isEnabled(), text
    tabs = w.left_tabs
    assert [tabs.isTabEnabled(i) for i in range(tabs.count())] == [True, False, False, False]


def test_content_actions_are_on_once_content_loads(qtbot, state_dir):
    from app.content.load import load_atlas

    w = window_without_content(qtbot, state_dir)
    assert not next(a for a in w.actions() if a.text() == "Export report…").isEnabled()
    w.attach(load_atlas())
    assert next(a for a in w.actions() if a.text() == "Export report…").isEnabled()
    tabs = w.left_tabs
    assert all(tabs.isTabEnabled(i) for i in range(tabs.count()))


def test_the_built_in_safety_text_matches_safety_toml():
    from app import safety_text

    with (resources.content_dir() / "safety.toml").open("rb") as f:
        data = tomllib.load(f)
    assert data["summary"] == safety_text.SUMMARY
    assert data["banner"] == safety_text.BANNER
    assert data["disclaimer"] == safety_text.DISCLAIMER
    assert data["red_flags_intro"] == safety_text.RED_FLAGS_INTRO
    assert list(safety_text.RED_FLAGS) == data["red_flags"]
    assert data["when_to_see_someone"] == safety_text.WHEN_TO_SEE_SOMEONE
