"""Body figures: the drawing's one geometry, shown on a male or a female figure.

Every region, zone, trigger point and saved mark lives in one coordinate system, the
*reference* figure's (``assets/svg/posterior.svg``, drawn after male proportions). The
female figure is that drawing warped through anatomical landmarks: at each landmark's
height its breadths are scaled about the midline by the ratio of women's to men's breadth
at that landmark, both taken relative to stature (so the two figures stand equally tall),
and between landmarks the scale eases from one to the next (a smoothstep, so outlines stay
smooth). Heights are not changed.

Because a warp of this kind moves a point only sideways, and by a factor that depends on
its height alone, it is undone exactly: a click on either figure is taken back to the
reference figure before it is looked up, so every answer is the same whichever figure is
shown. No Qt here.

Worked example (the hips, y = 300): relative to stature, women's hip breadth is 1.104
times men's (35.4 / 162.8 over 34.6 / 175.6 cm, :data:`FEMALE_LEVELS`), so the outline 180
units left of the midline on the reference figure is drawn 198.7 units left of it on the
female figure, and a click there is looked up 180 units left of it again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: The midline the art is drawn about (tools/svgart mirrors the left side about it).
MID_X = 300.0


@dataclass(frozen=True)
class Level:
    """A landmark's height on the reference figure and the breadth factor there."""

    landmark: str
    y: float
    scale: float


@dataclass(frozen=True)
class Figure:
    """A body figure: ``levels`` from top to bottom (none: the reference figure)."""

    id: str
    name: str
    levels: tuple[Level, ...] = ()

    @property
    def is_reference(self) -> bool:
        return not self.levels

    def scale_at(self, y: float) -> float:
        """The breadth factor at height ``y``: a landmark's own above the first and below
        the last, eased between two landmarks."""
        levels = self.levels
        if not levels:
            return 1.0
        if y <= levels[0].y:
            return levels[0].scale
        for upper, lower in zip(levels, levels[1:], strict=False):
            if y <= lower.y:
                t = (y - upper.y) / (lower.y - upper.y)
                return upper.scale + (lower.scale - upper.scale) * t * t * (3.0 - 2.0 * t)
        return levels[-1].scale

    def to_figure(self, x: float, y: float) -> tuple[float, float]:
        """Where the reference point (x, y) is drawn on this figure."""
        if not self.levels:
            return x, y
        return MID_X + (x - MID_X) * self.scale_at(y), y

    def to_reference(self, x: float, y: float) -> tuple[float, float]:
        """The reference point drawn at (x, y) on this figure: what a click there means."""
        if not self.levels:
            return x, y
        return MID_X + (x - MID_X) / self.scale_at(y), y

    def points_to_figure(self, points: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
        return [self.to_figure(x, y) for x, y in points]

    def points_to_reference(
        self, points: Iterable[tuple[float, float]]
    ) -> list[tuple[float, float]]:
        return [self.to_reference(x, y) for x, y in points]

    def ring_to_figure(
        self, ring: Sequence[tuple[float, float]], *, step: float = 4.0
    ) -> list[tuple[float, float]]:
        """A closed ring drawn on this figure. Edges longer than ``step`` are cut into
        pieces first: the warp bends a sloping straight edge slightly, and the pieces
        follow the bend (to within 0.04 units over every zone and region)."""
        if not self.levels:
            return list(ring)
        out: list[tuple[float, float]] = []
        n = len(ring)
        for i, (x0, y0) in enumerate(ring):
            x1, y1 = ring[(i + 1) % n]
            pieces = max(1, int(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5 // step))
            for k in range(pieces):
                t = k / pieces
                out.append(self.to_figure(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t))
        return out

    def box_to_figure(
        self, x0: float, y0: float, x1: float, y1: float
    ) -> tuple[float, float, float, float]:
        """The smallest box holding this figure's drawing of the reference box."""
        if not self.levels:
            return x0, y0, x1, y1
        heights = [y0, y1, *(level.y for level in self.levels if y0 < level.y < y1)]
        scales = [self.scale_at(y) for y in heights]
        xs = [MID_X + (x - MID_X) * s for x in (x0, x1) for s in scales]
        return min(xs), y0, max(xs), y1


#: Women's breadth over stature divided by men's, at each landmark, and the landmark's
#: height on the reference figure (the art's own landmarks, checked by
#: tests/test_figures.py). Sources, also in the README ("Body figure: female or male"):
#: - Heinz G, Peterson LJ, Johnson RW, Kerk CJ. Exploring relationships in body
#:   dimensions. J Stat Educ 2003;11(2): 260 women, 247 men; ratios computed from the
#:   published data set (openintro ``bdims``): biiliac breadth 27.58/28.09 cm, thigh girth
#:   57.20/56.50, knee diameter 18.10/19.56, calf girth 35.01/37.21, stature
#:   164.87/177.75.
#: - ANSUR II (Gordon CC et al. 2012 Anthropometric Survey of U.S. Army Personnel, 2014),
#:   read second-hand (tables copied from the report; the report itself could not be
#:   read): waist breadth 30.0/32.6 cm, hip breadth standing 35.4/34.6, stature
#:   162.8/175.6. Pheasant's Bodyspace tables (sitting hip breadth) give 1.11-1.13, in
#:   line with it.
#: Below the calf the scale goes back to 1: ankle girth ratios bracket it (0.987 in Heinz,
#: 1.017 in ANSUR II), and the sole insets keep their shape.
FEMALE_LEVELS = (
    Level("waist, between the 12th rib and the iliac crest (ANSUR II)", 0.0, 0.993),
    Level("iliac crest, biiliac breadth (Heinz)", 97.0, 1.059),
    Level("hips, widest across the buttocks (ANSUR II)", 300.0, 1.104),
    Level("thigh, below the gluteal fold (Heinz, girth)", 410.0, 1.091),
    Level("knee, at the tibial plateau (Heinz, knee diameter)", 690.0, 0.998),
    Level("calf, its widest (Heinz, girth)", 790.0, 1.014),
    Level("lower calf, the top of the sole insets (not measured: see above)", 918.0, 1.0),
)

#: The figure the drawing's geometry is drawn on (male proportions).
REFERENCE = Figure("male", "Male")
FEMALE = Figure("female", "Female", FEMALE_LEVELS)
#: Every body figure, by id.
FIGURES = {f.id: f for f in (FEMALE, REFERENCE)}


def figure_named(name: str) -> Figure:
    """The figure called ``name`` ("male" or "female")."""
    try:
        return FIGURES[name]
    except KeyError:
        known = " or ".join(FIGURES)
        raise ValueError(f"unknown body figure {name!r}: {known}") from None
