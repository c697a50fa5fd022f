"""The content compiled for start-up (tools/compile_content.py): the shipped file is what
the tool makes of the content now, the app builds from it the very models the TOML files
give, and a file made from other content, other models or another SVG is never used."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from app import resources
from app.content.content_file import FORMAT, content_sha256, read_content
from app.content.geometry_file import svg_sha256
from app.content.library_loader import load_library
from app.content.load import load_atlas

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from compile_content import CONTENT, OUT, compile_content  # noqa: E402

SVG_SHA = svg_sha256(resources.diagram_svg().read_bytes())


def test_the_tool_compiles_the_bundled_content_into_the_bundled_file():
    assert resources.content_dir() == CONTENT.resolve()
    assert resources.compiled_content() == OUT.resolve()


def test_the_shipped_file_is_what_the_tool_makes_of_the_content_now():
    """If this fails, content/ (or app/domain/models.py) changed: run
    python tools/compile_content.py."""
    assert compile_content() == OUT.read_bytes(), "run python tools/compile_content.py"


def test_the_app_builds_the_same_models_from_it_as_from_the_toml_files():
    compiled = read_content(OUT, content_sha256(CONTENT), SVG_SHA)
    assert compiled is not None
    assert compiled == load_library(CONTENT)
    # Built as validation builds them: tuples, hashable and frozen.
    muscle = compiled.muscle("piriformis")
    assert isinstance(muscle.trigger_points, tuple)
    assert hash(muscle.trigger_points[0].citations[0])
    with pytest.raises(Exception, match="frozen"):
        muscle.name = "x"  # type: ignore[misc]


def test_the_window_and_the_command_line_load_it():
    assert load_atlas().library == load_library(CONTENT)


@pytest.mark.parametrize("what", ["content", "svg"])
def test_a_file_made_from_other_content_or_another_svg_is_not_used(what):
    content_sha = content_sha256(CONTENT)
    if what == "content":
        assert read_content(OUT, "0" * 64, SVG_SHA) is None
    else:
        assert read_content(OUT, content_sha, "0" * 64) is None


def test_edited_content_is_loaded_from_its_toml_files(tmp_path, monkeypatch):
    """An author changes a muscle and has not run the tool yet: the edit shows, and the
    content is checked against the SVG as usual."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    piriformis = content / "muscles" / "piriformis.toml"
    text = piriformis.read_text(encoding="utf-8")
    old = load_library(CONTENT).muscle("piriformis").plain_name
    piriformis.write_text(text.replace(old, "Edited plain name", 1), encoding="utf-8")
    monkeypatch.setattr(resources, "content_dir", lambda: content)
    assert load_atlas().library.muscle("piriformis").plain_name == "Edited plain name"


def test_the_hash_covers_file_names_bytes_and_the_models(tmp_path, monkeypatch):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    before = content_sha256(content)
    (content / "glossary.toml").write_bytes((content / "glossary.toml").read_bytes() + b"\n")
    assert content_sha256(content) != before
    shutil.copytree(CONTENT, tmp_path / "again")
    assert content_sha256(tmp_path / "again") == before
    (tmp_path / "again" / "glossary.toml").rename(tmp_path / "again" / "glossary2.toml")
    assert content_sha256(tmp_path / "again") != before
    from app.domain import models

    changed = tmp_path / "models.py"
    changed.write_bytes(Path(models.__file__).read_bytes() + b"# changed\n")
    original = content_sha256(CONTENT)
    monkeypatch.setattr(models, "__file__", str(changed))
    assert content_sha256(CONTENT) != original


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda b: b"", id="empty"),
        pytest.param(lambda b: b[: len(b) // 2], id="truncated"),
        pytest.param(lambda b: b"\x00" + b, id="not-json"),
        pytest.param(lambda b: b.replace(FORMAT.encode(), b"triggermap-content/0"), id="old"),
        pytest.param(lambda b: b"[]", id="not-an-object"),
        pytest.param(lambda b: b.replace(b'"muscles"', b'"muscle"', 1), id="a-field-renamed"),
    ],
)
def test_a_damaged_file_is_not_used(tmp_path, damage):
    path = tmp_path / "content.json"
    path.write_bytes(damage(OUT.read_bytes()))
    assert read_content(path, content_sha256(CONTENT), SVG_SHA) is None
    assert read_content(tmp_path / "missing.json", content_sha256(CONTENT), SVG_SHA) is None


def test_validate_checks_the_toml_files_not_the_compiled_file(monkeypatch, capsys):
    from app import cli
    from app.content import load

    def refuse(*_args: object) -> None:
        raise AssertionError("validate read the compiled content")

    monkeypatch.setattr(load, "read_content", refuse)
    assert cli.main(["validate"]) == 0
    assert capsys.readouterr().out.startswith("OK:")
