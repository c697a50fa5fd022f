"""The art layers Qt paints: split out of the one SVG unchanged, cached by its bytes."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from app import resources
from app.content.art import SVG_NS, read_art, split_layers
from app.ui.diagram_scene import ART_LAYERS

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
    # Qt parses a quarter of the file, not all of it: zones and regions are left out.
    assert sum(len(d) for d in docs.values()) < len(data) / 3
    assert not any(b'id="zones"' in d or b'id="regions"' in d for d in docs.values())


def test_layers_the_svg_lacks_are_left_out():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><g id="bones"/></svg>'
    assert list(split_layers(svg, ("silhouette-layer", "bones"))) == ["bones"]


def test_cache_is_reused_while_the_svg_is_unchanged_and_damage_is_ignored(tmp_path: Path):
    svg = tmp_path / "posterior.svg"
    shutil.copy(resources.diagram_svg(), svg)
    cache = tmp_path / "cache"
    fresh = read_art(svg, ART_LAYERS, cache)
    assert fresh.view_box == (0.0, -152.0, 600.0, 1352.0)
    (cached,) = cache.glob("art-*.marshal")
    assert read_art(svg, ART_LAYERS, cache).documents == fresh.documents
    cached.write_bytes(b"\x00garbage")
    assert read_art(svg, ART_LAYERS, cache).documents == fresh.documents
    # An edited SVG gets its own entry, and its own first-paint snapshot; the old ones go.
    fresh.snapshot_file.write_bytes(b"stale snapshot")
    svg.write_bytes(svg.read_bytes().replace(b"</svg>", b"<!-- edited --></svg>"))
    edited = read_art(svg, ART_LAYERS, cache)
    assert edited.snapshot_file != fresh.snapshot_file
    assert not fresh.snapshot_file.exists()
    assert len(list(cache.glob("art-*.marshal"))) == 1


def test_an_unwritable_cache_only_costs_time(tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    art = read_art(resources.diagram_svg(), ART_LAYERS, blocker)
    assert list(art.documents) == list(ART_LAYERS)
