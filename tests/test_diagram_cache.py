"""The parsed-diagram cache: reused while the SVG is unchanged, never trusted blindly."""

from __future__ import annotations

import shutil
from pathlib import Path

from app import resources
from app.content.svg_loader import load_diagram


def _copy_svg(tmp_path: Path) -> Path:
    svg = tmp_path / "posterior.svg"
    shutil.copy(resources.diagram_svg(), svg)
    return svg


def test_cache_hit_gives_the_same_diagram(tmp_path):
    svg = _copy_svg(tmp_path)
    cache = tmp_path / "cache"
    fresh = load_diagram(svg, cache=cache)
    assert len(list(cache.glob("diagram-*.marshal"))) == 1
    again = load_diagram(svg, cache=cache)
    assert again.regions.keys() == fresh.regions.keys()
    assert again.zones.keys() == fresh.zones.keys()
    for key, area in fresh.regions.items():
        assert again.regions[key].rings == area.rings
        assert again.regions[key].bbox == area.bbox
    x, y = fresh.region_point("left-calf-lateral")
    assert again.region_at(x, y) == "left-calf-lateral"
    assert again.markers == fresh.markers


def test_damaged_cache_is_ignored_and_rewritten(tmp_path):
    svg = _copy_svg(tmp_path)
    cache = tmp_path / "cache"
    load_diagram(svg, cache=cache)
    (cached,) = cache.glob("diagram-*.marshal")
    cached.write_bytes(b"\x00garbage")
    diagram = load_diagram(svg, cache=cache)
    assert "left-heel" in diagram.regions
    assert cached.read_bytes() != b"\x00garbage"


def test_changed_svg_is_parsed_again(tmp_path):
    svg = _copy_svg(tmp_path)
    cache = tmp_path / "cache"
    load_diagram(svg, cache=cache)
    text = svg.read_text(encoding="utf-8").replace('id="region-sacrum"', 'id="region-sacrum-x"')
    svg.write_text(text, encoding="utf-8")
    diagram = load_diagram(svg, cache=cache)
    assert "sacrum-x" in diagram.regions
    assert "sacrum" not in diagram.regions
    assert len(list(cache.glob("diagram-*.marshal"))) == 2


def test_unwritable_cache_still_loads(tmp_path):
    svg = _copy_svg(tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    diagram = load_diagram(svg, cache=blocker / "cache")
    assert diagram.regions
