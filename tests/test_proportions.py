"""The male (reference) figure's proportions against published male means
(docs/anthropometry.md): each measure taken from the drawing lies within one standard
deviation of the mean, at 1 unit = 1 mm (the scale the iliac crest's height gives)."""

from __future__ import annotations

import re
from functools import cache

import pytest

from app import resources
from app.domain.figure import NAVEL

SVG = resources.diagram_svg().read_text(encoding="utf-8")
MID_X = 300.0


def _points(element_id: str) -> list[tuple[float, float]]:
    found = re.search(rf'<\w+ id="{element_id}"[^>]*? d="([^"]+)"', SVG)
    assert found, element_id
    n = [float(v) for v in re.findall(r"-?\d+\.?\d*", found.group(1))]
    return list(zip(n[::2], n[1::2], strict=True))


def _crossings(y: float) -> list[float]:
    pts = _points("silhouette")
    return sorted(
        x0 + (y - y0) * (x1 - x0) / (y1 - y0)
        for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1], strict=True)
        if (y0 <= y < y1) or (y1 <= y < y0)
    )


def _breadth(y: float) -> float:
    xs = _crossings(y)
    return xs[-1] - xs[0]


FLOOR = max(y for _, y in _points("silhouette"))  # the soles


def _height(y: float) -> float:
    return FLOOR - y


def _lateral_point(element_id: str) -> tuple[float, float]:
    return min(_points(element_id))  # the left side's outermost point


def _crotch_y() -> float:
    """The apex of the gap between the legs: the highest y (to 0.1) where the silhouette's
    crossings split into two legs (four crossings instead of two)."""
    return next(y / 10 for y in range(2000, 7000) if len(_crossings(y / 10)) >= 4)


@cache
def measures() -> dict[str, float]:
    crest = _points("bone-left-iliac-crest")
    return {
        "iliac crest height": _height(min(y for _, y in crest)),
        "trochanter height": _height(_lateral_point("bone-left-greater-trochanter")[1]),
        "tibial height": _height(min(y for _, y in _points("bone-left-tibia-plateau"))),
        # ANSUR II takes its waist breadth at the navel (omphalion), not at the narrowest
        # waist: the drawing's breadth at the navel's height (level with L3-L4).
        "waist breadth": _breadth(NAVEL.y),
        "hip breadth": max(_breadth(y) for y in range(200, 390)),
        "bicristal breadth": 2 * (MID_X - min(x for x, _ in crest)),
        "crotch height": _height(_crotch_y()),
    }


#: Published male means and standard deviations, in mm (sources: docs/anthropometry.md).
PUBLISHED = {
    "iliac crest height": (1061.6, 56.5),
    "trochanter height": (900.9, 53.0),
    "tibial height": (477.9, 27.0),
    "waist breadth": (326.5, 35.0),
    "hip breadth": (345.7, 24.0),
    "bicristal breadth": (275.4, 15.9),
    "crotch height": (846.0, 46.0),
}


@pytest.mark.parametrize("name", sorted(PUBLISHED))
def test_the_male_figure_is_within_one_sd_of_published_male_means(name):
    mean, sd = PUBLISHED[name]
    drawn = measures()[name]
    assert abs(drawn - mean) <= sd, f"{name}: drawn {drawn:.1f} mm, published {mean} ± {sd}"
