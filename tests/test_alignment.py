"""The art Qt draws and the geometry the app hit-tests must be the same picture.

Qt's SVG renderer and svgelements read the file independently; if one of them mapped the
viewBox differently, clicks would land on the wrong region while every domain test still
passed. So compare where each one puts the same elements.
"""

from __future__ import annotations

import pytest
from PySide6.QtSvg import QSvgRenderer

from app import resources
from app.content.load import load_atlas

ATLAS = load_atlas()
MARKERS = sorted(ATLAS.diagram.markers)


@pytest.fixture(scope="module")
def renderer(qapp) -> QSvgRenderer:
    return QSvgRenderer(str(resources.diagram_svg()))


def test_view_box_agrees(renderer):
    vb = renderer.viewBoxF()
    ours = ATLAS.diagram.view_box
    assert (vb.x(), vb.y(), vb.width(), vb.height()) == pytest.approx(
        (ours.x0, ours.y0, ours.width, ours.height)
    )


@pytest.mark.parametrize("key", MARKERS, ids=[f"tp-{s}-{t}" for s, t in MARKERS])
def test_marker_where_qt_draws_it(renderer, key):
    marker = ATLAS.diagram.markers[key]
    bounds = renderer.boundsOnElement(marker.svg_id)
    assert bounds.center().x() == pytest.approx(marker.x, abs=0.01)
    assert bounds.center().y() == pytest.approx(marker.y, abs=0.01)


@pytest.mark.parametrize("region", sorted(ATLAS.diagram.regions))
def test_region_where_qt_draws_it(renderer, region):
    bounds = renderer.boundsOnElement(f"region-{region}")
    box = ATLAS.diagram.regions[region].bbox
    assert (bounds.left(), bounds.top(), bounds.right(), bounds.bottom()) == pytest.approx(
        (box.x0, box.y0, box.x1, box.y1), abs=0.05
    )
