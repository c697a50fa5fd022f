"""The files compiled from the SVG (tools/compile_diagram.py): the shipped ones are what
the tool makes of the SVG now, the geometry is the parser's bit for bit, and a file made
from other SVG bytes is never used."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from app import resources
from app.content.geometry_file import FORMAT, dump_geometry, read_geometry, svg_sha256
from app.content.svg_loader import load_diagram
from app.domain.geometry import Area

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
MINI_SVG = Path(__file__).parent / "fixtures" / "mini.svg"

from compile_diagram import ART, GEOMETRY, SVG, compile_svg  # noqa: E402


def test_the_tool_compiles_the_bundled_svg_into_the_bundled_files():
    assert resources.diagram_svg() == SVG.resolve()
    assert resources.compiled_geometry() == GEOMETRY.resolve()
    assert resources.compiled_art() == ART.resolve()


def test_the_shipped_files_are_what_the_tool_makes_of_the_svg_now():
    """Regenerated from the SVG as it is, each file comes out byte for byte the same. If
    this fails, the SVG (or the parser) changed: run python tools/compile_diagram.py."""
    for path, fresh in compile_svg(SVG).items():
        assert fresh == path.read_bytes(), (
            f"{path.name} is stale: run python tools/compile_diagram.py"
        )


def test_the_app_reads_the_shipped_file_and_it_holds_what_the_parser_finds(tmp_path):
    svg = resources.diagram_svg()
    compiled = read_geometry(resources.compiled_geometry(), svg_sha256(svg.read_bytes()))
    assert compiled is not None
    parsed = load_diagram(svg)  # no compiled file given: parsed with svgelements
    assert compiled.view_box == parsed.view_box
    assert compiled.element_ids == parsed.element_ids
    assert compiled.markers == parsed.markers
    for name in ("regions", "zones", "sole_zones", "muscles", "lookalikes"):
        ours, theirs = getattr(compiled, name), getattr(parsed, name)
        assert list(ours) == list(theirs), name
        for key, area in theirs.items():
            assert ours[key].rings == area.rings, (name, key)
            assert ours[key].bbox == area.bbox, (name, key)
    assert compiled.silhouette.rings == parsed.silhouette.rings


def test_a_file_compiled_from_other_svg_bytes_is_not_used(tmp_path):
    """An author edits the SVG and has not run the tool yet: the SVG is parsed. (On the
    small test SVG, which parses in milliseconds.)"""
    svg = tmp_path / "mini.svg"
    shutil.copy(MINI_SVG, svg)
    compiled = tmp_path / "mini.geometry"
    compiled.write_bytes(dump_geometry(load_diagram(svg), svg_sha256(svg.read_bytes())))
    assert "spine" in load_diagram(svg, compiled=compiled).regions
    text = svg.read_text(encoding="utf-8")
    svg.write_text(text.replace('id="region-spine"', 'id="region-spine-x"'), encoding="utf-8")
    diagram = load_diagram(svg, compiled=compiled)
    assert "spine-x" in diagram.regions
    assert "spine" not in diagram.regions


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda b: b"", id="empty"),
        pytest.param(lambda b: b[: len(b) // 2], id="truncated"),
        pytest.param(lambda b: b[:-1], id="one-byte-short"),
        pytest.param(lambda b: b"\x00" + b, id="not-json"),
        pytest.param(lambda b: b.replace(FORMAT.encode(), b"triggermap-geometry/0"), id="old"),
    ],
)
def test_a_damaged_file_is_not_used(tmp_path, damage):
    compiled = tmp_path / "posterior.geometry"
    compiled.write_bytes(damage(resources.compiled_geometry().read_bytes()))
    sha = svg_sha256(resources.diagram_svg().read_bytes())
    assert read_geometry(compiled, sha) is None
    assert read_geometry(tmp_path / "missing.geometry", sha) is None


def test_the_header_is_plain_json_naming_the_svg_it_was_made_from():
    data = resources.compiled_geometry().read_bytes()
    header = json.loads(data[: data.index(b"\n")])
    assert header["format"] == FORMAT
    assert header["svg_sha256"] == svg_sha256(resources.diagram_svg().read_bytes())
    points = sum(
        sum(entry[3]) + sum(entry[5] if len(entry) > 4 else []) for entry in header["areas"]
    )
    assert len(data) - data.index(b"\n") - 1 == points * 16  # x, y as 8-byte doubles
    derived = {entry[0] for entry in header["areas"] if len(entry) > 4}
    assert derived == {"zone", "sole"}


def test_each_zones_stored_area_and_outline_are_what_its_rings_give():
    """The lookup's derived data, stored for the zones, equals what it would compute."""
    svg = resources.diagram_svg()
    compiled = read_geometry(resources.compiled_geometry(), svg_sha256(svg.read_bytes()))
    assert compiled is not None
    for areas in (compiled.zones, compiled.sole_zones):
        for key, stored in areas.items():
            fresh = Area(stored.rings)
            assert stored.area == fresh.area, key
            assert stored.outline == fresh.outline, key


def test_an_installed_copy_ships_the_files():
    """pyproject.toml's package data names them, next to the SVG."""
    text = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"compiled/*"' in text


def test_a_copy_of_the_svg_elsewhere_still_uses_the_file(tmp_path):
    """The file is matched by the SVG's bytes, not by where it lies."""
    svg = tmp_path / "copy.svg"
    shutil.copy(resources.diagram_svg(), svg)
    assert read_geometry(resources.compiled_geometry(), svg_sha256(svg.read_bytes())) is not None
