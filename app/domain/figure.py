"""Body figures: the drawing's one geometry, shown on a male or a female figure.

Every region, zone, trigger point and saved mark lives in one coordinate system, the
*reference* figure's (``assets/svg/posterior.svg``, drawn after male proportions). The
female figure is that drawing warped through anatomical landmarks: at each landmark's
height its breadths are scaled about the midline by the ratio of women's to men's breadth
at that landmark, both taken relative to stature (so the two figures stand equally tall),
and between landmarks the scale eases from one to the next (a smoothstep, so outlines stay
smooth). Heights are not changed. For both warps, with levels (y_a, s_a) above (y_b, s_b):

    x' = 300 + (x - 300) * s(y),   y' = y,
    s(y) = s_a + (s_b - s_a) * t * t * (3 - 2 * t),   t = (y - y_a) / (y_b - y_a)

(s is the first level's factor above it and the last's below it).

Each figure has two such warps. The *skin* warp draws the body outline and everything
that lies on the skin: regions, referral zones, look-alike areas and the user's marks, and
a click is taken back through it. The *tissue* warp draws what lies under the skin: bones,
muscles, the cut-away layer, the landmark leaders' ends and the trigger-point markers. From
the lower ribs to the crest (the trunk's muscles follow the skin's outline there) and from
the knee down (bony breadths, or little fat), both use the same factors; between the
crest and the knee the skin takes the hips' breadth (mostly soft tissue) and the tissue the
bony bitrochanteric breadth, so the female hip shows a band of subcutaneous tissue over
the muscles. The tissue factor is never above the skin's at any height, so no muscle
reaches past the skin it lay under on the reference figure.

Because a warp of this kind moves a point only sideways, and by a factor that depends on
its height alone, it is undone exactly: a click on either figure is taken back to the
reference figure before it is looked up, so every answer is the same whichever figure is
shown. No Qt here.

Worked example (the hips, y = 300): relative to stature, women's hip breadth is 1.104
times men's (35.4 / 162.8 over 34.6 / 175.6 cm, :data:`HIPS`), so the outline 180 units
left of the midline on the reference figure is drawn 198.7 units left of it on the
female figure, and a click there is looked up 180 units left of it again.

Worked example (the greater trochanter, y = 250): its outer edge, 153.5 units left of the
midline on the reference figure, is drawn through the tissue warp 1.043 times as far out,
160.1 units (bitrochanteric diameter 31.46 / 164.87 over 32.53 / 177.75 cm,
:data:`TROCHANTERS`); skin at the same reference point is drawn 1.097 times as far out
(eased from the crest's 1.059 to the hips' 1.104), 168.4 units: the skin over the bone
lies at least 8.3 units further from it than on the reference figure. A click on the
drawn edge (160.1) is looked up through the skin warp at 160.1 / 1.097 = 145.9 units
out, the skin that covers it; the quiz takes a click back through the tissue warp
instead (:meth:`Figure.tissue_point`), 153.5 units, so a click on a drawn trigger point
is exactly on it.
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
class Warp:
    """Breadths scaled about the midline by a factor of height alone: ``levels`` from top
    to bottom (none: every point stays where it is)."""

    levels: tuple[Level, ...] = ()

    @property
    def is_identity(self) -> bool:
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
        """Where the reference point (x, y) is drawn through this warp."""
        if not self.levels:
            return x, y
        return MID_X + (x - MID_X) * self.scale_at(y), y

    def to_reference(self, x: float, y: float) -> tuple[float, float]:
        """The reference point drawn at (x, y) through this warp."""
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
        """A closed ring drawn through this warp. Edges longer than ``step`` are cut into
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
        """The smallest box holding this warp's drawing of the reference box."""
        if not self.levels:
            return x0, y0, x1, y1
        heights = [y0, y1, *(level.y for level in self.levels if y0 < level.y < y1)]
        scales = [self.scale_at(y) for y in heights]
        xs = [MID_X + (x - MID_X) * s for x in (x0, x1) for s in scales]
        return min(xs), y0, max(xs), y1


@dataclass(frozen=True, kw_only=True)
class Figure(Warp):
    """A body figure. It *is* its skin warp (``levels``: the body outline, skin areas,
    painted marks, and where a click lands), and it carries its ``tissue`` warp (bones,
    muscles and trigger points, under the skin). None of either: the reference figure."""

    id: str
    name: str
    tissue: Warp = Warp()

    @property
    def skin(self) -> Warp:
        """The warp of the skin and of everything on it (the figure itself)."""
        return self

    @property
    def is_reference(self) -> bool:
        return self.is_identity and self.tissue.is_identity

    def tissue_point(self, x: float, y: float) -> tuple[float, float]:
        """The tissue's reference point drawn where the skin's reference point (x, y)
        is drawn: what a click taken back through the skin warp points at in the muscles
        (the quiz's "click the trigger point")."""
        return self.tissue.to_reference(*self.to_figure(x, y))


#: Women's breadth over stature divided by men's, at each landmark, and the landmark's
#: height on the reference figure (the art's own landmarks, checked by
#: tests/test_figures.py). Sources, also in the README ("Body figure: female or male"):
#: - Heinz G, Peterson LJ, Johnson RW, Kerk CJ. Exploring relationships in body
#:   dimensions. J Stat Educ 2003;11(2): 260 women, 247 men; ratios computed from the
#:   published data set (openintro ``bdims``): chest diameter 26.097/29.949 cm, waist girth
#:   69.803/84.533, navel girth 83.746/87.662, biiliac breadth 27.58/28.09, bitrochanteric
#:   diameter 31.46/32.53, thigh girth 57.20/56.50, knee diameter 18.10/19.56, calf girth
#:   35.01/37.21, stature 164.87/177.75.
#: - ANSUR II (Gordon CC et al. 2012 Anthropometric Survey of U.S. Army Personnel, 2014),
#:   read second-hand (tables copied from the report; the report itself could not be
#:   read): hip breadth standing 35.4/34.6 cm, stature 162.8/175.6. Pheasant's Bodyspace
#:   tables (sitting hip breadth) give 1.11-1.13, in line with it.
#: Below the calf the scale goes back to 1: ankle girth ratios bracket it (0.987 in Heinz,
#: 1.017 in ANSUR II), and the sole insets keep their shape.
#:
#: The trunk, from the top of the drawing to the crest, is Heinz's alone (the same 507
#: people at every level). Where Heinz has no breadth, a girth stands in for it, as at the
#: thigh and the calf; at the chest, where both are measured, the breadth ratio is the
#: girth's (0.919) plus 0.02, so the waist drawn from a girth is if anything a little
#: narrow. ANSUR II's waist breadth (0.993, used at y 0 before) is not used: ANSUR II
#: takes its waist at the navel (omphalion), not at the narrowest waist (its one waist
#: height is "waist height, omphalion"; the Measurer's Handbook itself could not be read
#: here), and at the navel Heinz's navel girth is met instead (:data:`NAVEL`).
#:
#: The lower ribs: the lowest point of the 10th rib, the lowest rib of the costal margin,
#: where it reaches the flank (y -67 on the art); the outline curves in from there to
#: the waist. Heinz's chest diameter, the breadth of the rib cage at nipple level, is the
#: lowest rib-cage breadth measured: it stands in for the lower ribs (and holds from there
#: up to the top of the drawing).
LOWER_RIBS = Level("lower ribs, the 10th rib's lowest point (Heinz, chest diameter)", -67.0, 0.939)
#: The narrowest part of the trunk below the rib cage (Heinz's definition of waist girth),
#: the narrowest point of the reference outline, below the 12th rib's tip.
WAIST = Level("waist, its narrowest, below the 12th rib (Heinz, girth)", 0.0, 0.890)
ILIAC_CREST = Level("iliac crest, biiliac breadth (Heinz)", 97.0, 1.059)
#: Not a level of the warp, a check on it: the navel lies level with the junction of the
#: 3rd and 4th lumbar vertebrae, varying between L3 and L5 (Wikipedia, "Navel", and the
#: anatomy texts it cites), y 72 on the art, and Heinz's navel girth
#: ratio there is 1.030; the scale eased from the waist to the crest is already 1.031 at
#: that height. A level of its own would move the outline there by 0.15 units and split
#: the ease in two, with a flat spot at the navel (the ease stops at every level).
NAVEL = Level("navel, level with L3-L4 (Heinz, navel girth)", 72.0, 1.030)
#: Skin only: hip breadth is largely soft tissue (Pheasant), and women carry relatively
#: more subcutaneous fat over the hips and thighs (Karastergiou et al. 2012).
HIPS = Level("hips, widest across the buttocks (ANSUR II)", 300.0, 1.104)
THIGH = Level("thigh, below the gluteal fold (Heinz, girth)", 410.0, 1.091)
#: Tissue only: the bony breadth between the greater trochanters' outer edges, at the
#: height where the drawn trochanter reaches furthest out.
TROCHANTERS = Level("greater trochanters, bitrochanteric diameter (Heinz)", 250.0, 1.043)
KNEE = Level("knee, at the tibial plateau (Heinz, knee diameter)", 690.0, 0.998)
CALF = Level("calf, its widest (Heinz, girth)", 790.0, 1.014)
LOWER_CALF = Level("lower calf, the top of the sole insets (not measured: see above)", 918.0, 1.0)

#: The female figure's skin: the body outline and everything drawn on the skin.
FEMALE_LEVELS = (LOWER_RIBS, WAIST, ILIAC_CREST, HIPS, THIGH, KNEE, CALF, LOWER_CALF)
#: The female figure's tissue: bones, muscles and trigger points. The same levels where
#: the skin's are bony or lie over little fat (from the lower ribs to the crest the trunk's
#: muscles follow the skin's outline: no source gives them a ratio of their own); between
#: the crest and the knee the bony bitrochanteric breadth instead of the skin's hips and
#: thigh, so the tissue factor is never above the skin's (the extra breadth of the female
#: hip is subcutaneous tissue, drawn as skin over the muscles).
FEMALE_TISSUE_LEVELS = (LOWER_RIBS, WAIST, ILIAC_CREST, TROCHANTERS, KNEE, CALF, LOWER_CALF)

#: The figure the drawing's geometry is drawn on (male proportions).
REFERENCE = Figure(id="male", name="Male")
FEMALE = Figure(FEMALE_LEVELS, id="female", name="Female", tissue=Warp(FEMALE_TISSUE_LEVELS))
#: Every body figure, by id.
FIGURES = {f.id: f for f in (FEMALE, REFERENCE)}


def figure_named(name: str) -> Figure:
    """The figure called ``name`` ("male" or "female")."""
    try:
        return FIGURES[name]
    except KeyError:
        known = " or ".join(FIGURES)
        raise ValueError(f"unknown body figure {name!r}: {known}") from None
