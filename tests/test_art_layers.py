"""The art layers Qt paints: split out of the one SVG unchanged; the shipped copy
(tools/compile_diagram.py) is used only for the SVG bytes it was made from."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import resources
from app.content import art as art_module
from app.content.art import ART_LAYERS, SVG_NS, read_art, split_layers

NS = {"svg": SVG_NS}


def test_each_layer_document_holds_that_group_unchanged_in_the_same_coordinates():
    data = resources.diagram_svg().read_bytes()
    source = ET.fromstring(data)
    docs = split_layers(data, ART_LAYERS)
    assert list(docs) == list(ART_LAYERS)
    for layer, doc in docs.items():
        root = ET.fromstring(doc)
        assert root.get("viewBox") == source.get("viewBox")
        assert root.get("width") == source.get("width")
        (group,) = list(root)
        assert group.get("id") == layer
        original = source.find(f"svg:g[@id='{layer}']", NS)
        assert ET.tostring(group) == ET.tostring(original)
    # Qt parses a sixth of the file, not all of it: zones and regions are left out.
    assert sum(len(d) for d in docs.values()) < len(data) / 3
    assert not any(b'id="zones"' in d or b'id="regions"' in d for d in docs.values())


def test_layers_the_svg_lacks_are_left_out():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><g id="bones"/></svg>'
    assert list(split_layers(svg, ("silhouette-layer", "bones"))) == ["bones"]


def test_the_bundled_svg_gets_the_shipped_layers(monkeypatch: pytest.MonkeyPatch):
    svg = resources.diagram_svg()
    split = split_layers(svg.read_bytes(), ART_LAYERS)
    monkeypatch.setattr(art_module, "split_layers", None)  # not split at start-up
    art = read_art(svg, resources.compiled_art())
    assert art.documents == split
    assert art.view_box == (0.0, -152.0, 600.0, 1352.0)


def test_an_edited_svg_is_split_not_paired_with_the_shipped_layers(tmp_path: Path):
    svg = tmp_path / "posterior.svg"
    edited = (
        resources.diagram_svg().read_bytes().replace(b'id="bones"', b'id="bones" opacity="0.5"')
    )
    svg.write_bytes(edited)
    art = read_art(svg, resources.compiled_art())
    assert b'opacity="0.5"' in art.documents["bones"]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda d: b"", id="empty"),
        pytest.param(lambda d: d[: len(d) // 2], id="truncated"),
        pytest.param(
            lambda d: json.dumps({**json.loads(d), "layers": {}}).encode(), id="no-layers"
        ),
    ],
)
def test_a_damaged_art_file_only_costs_time(tmp_path: Path, damage):
    compiled = tmp_path / "posterior.art.json"
    compiled.write_bytes(damage(resources.compiled_art().read_bytes()))
    art = read_art(resources.diagram_svg(), compiled)
    assert list(art.documents) == list(ART_LAYERS)
