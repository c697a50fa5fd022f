"""Reverse lookup: from a pain drawing to the muscles whose referral patterns explain it.

The scoring rule is written up, with its reasons and a worked example, in
``docs/scoring.md``. In short, for a drawing of marks i with weights w_i (from their
intensity) and a muscle M:

* each sample point p of a mark gets M's *credit*: the pattern credit of the best zone
  of M (either side) at p (essential 1, spillover 0.5); a zone that misses p by a
  distance d < NEAR_TOLERANCE still gives NEAR_CREDIT * (1 - d / NEAR_TOLERANCE) of it;
* the mark's *coverage* c_i(M) is the mean credit over its sample points;
* the prior g_i(M) in (0, 1] is M's place in Travell & Simons' pain guide for the mark's
  region (or its editorial commonness where the region has no guide);

    score(M) = sum_i w_i * c_i(M) * (1 + PRIOR_WEIGHT * g_i(M)) / sum_i w_i
               + SPECIFICITY_WEIGHT * s(M)

where s(M), in (0, 1), is larger for a smaller zone: a tie-breaker only. A muscle
*explains* mark i when c_i(M) >= EXPLAINS_MIN. Candidates are the muscles with a
positive score, best first.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property

from app.domain.answer import (
    Candidate,
    Credit,
    LookupResult,
    MarkFit,
    Nearest,
    shortlist,
    trigger_point_words,
)
from app.domain.diagram import Diagram, ZoneKey
from app.domain.drawing import Drawing, Mark
from app.domain.geometry import Area, BoxIndex, Point, brush_cells, centred_grid, label_point
from app.domain.lookalikes import (
    fit_lookalikes,
    lookalike_shares,
    warnings_for,
)
from app.domain.models import Library, Muscle, Pattern, Side, TriggerPoint

# -- the named constants of the scoring rule (docs/scoring.md) -------------------------

#: What a zone gives a point it covers, by pattern.
PATTERN_CREDIT: dict[Pattern, float] = {"essential": 1.0, "spillover": 0.5}
#: How far (document units, about a millimetre) a mark may miss a zone and still count.
#: On the back and the leg, two touches closer than about 4 cm feel like one (two-point
#: thresholds up to 43.6 mm on the lower limb, Nolan 1983), and deep referred pain is
#: localised no better; a person redrawing the same pain moves its edges by 1-2 cm
#: (Jaccard 0.62 between two drawings a minute apart, Leoni et al. 2013). So a mark
#: within 4 cm of a zone may well mean that zone. See docs/scoring.md.
NEAR_TOLERANCE = 40.0
#: The share of a zone's credit that a near miss gets at distance 0 (falling to 0 at
#: NEAR_TOLERANCE): a mark just outside an essential zone counts as much as one inside
#: a spillover zone.
NEAR_CREDIT = 0.5
#: How much the pain guide may raise a muscle's score: at most half again. So covering
#: twice as much of the drawing always beats the best place in the guide.
PRIOR_WEIGHT = 0.5
#: Tie-breaker: a small zone says more than a large one.
SPECIFICITY_WEIGHT = 0.01
#: A muscle explains a mark when its coverage of the mark reaches this (a quarter of an
#: essential zone's full credit, half of a spillover's).
EXPLAINS_MIN = 0.25
#: A painted area is sampled on a lattice of this step (document units)...
SAMPLE_STEP = 4.0
#: ... and thinned to at most this many points per mark.
MAX_SAMPLES = 48
#: Without any candidate, the answer names this many nearest patterns.
NEAREST_COUNT = 3

POINT_CACHE_SIZE = 50_000
MARK_CACHE_SIZE = 4096


__all__ = [
    "Atlas",
    "Candidate",
    "Credit",
    "LookupResult",
    "MarkFit",
    "Nearest",
    "shortlist",
]


class Atlas:
    """Content joined to geometry: the object the CLI and the UI ask questions of."""

    def __init__(
        self, library: Library, diagram: Diagram, *, tolerance: float | None = None
    ) -> None:
        self.library = library
        self.diagram = diagram
        self.tolerance = NEAR_TOLERANCE if tolerance is None else tolerance
        # The library's maps, built once: id -> muscle, trigger point id -> (muscle, tp).
        self._muscles = library.muscles_by_id
        self._tp_owner = library.trigger_points_by_id
        self._point_cache: dict[Point, tuple[str | None, dict[str, Credit]]] = {}
        self._mark_cache: dict[Mark, MarkFit] = {}
        self._frequency_cache: dict[tuple[str, str], tuple[float, str]] = {}
        self._region_samples: dict[str, tuple[Point, ...]] = {}
        self._short_names: dict[str, str] = {}

    # -- geometry of the patterns ----------------------------------------------------

    @cached_property
    def _patterns(self) -> dict[ZoneKey, tuple[Area, ...]]:
        """Every zone key with its pieces: on the body and, for the feet, on the sole."""
        out: dict[ZoneKey, list[Area]] = {}
        for key, area in self.diagram.zones.items():
            if key.trigger_point in self._tp_owner:
                out.setdefault(key, []).append(area)
        for key, area in self.diagram.sole_zones.items():
            if key.trigger_point in self._tp_owner:
                out.setdefault(key, []).append(area)
        return {k: tuple(v) for k, v in out.items()}

    @property
    def lookalike_areas(self) -> Mapping[tuple[Side, str], Area]:
        """Each look-alike's area per side (its body and sole pieces are one area)."""
        return self.diagram.lookalikes

    @cached_property
    def _index(self) -> BoxIndex[tuple[ZoneKey, Area]]:
        return BoxIndex(
            (
                ((key, a), a.bbox.grown(self.tolerance))
                for key, areas in self._patterns.items()
                for a in areas
            ),
            cell=24.0,
        )

    @cached_property
    def _specificity(self) -> dict[ZoneKey, float]:
        sizes = {k: sum(a.area for a in areas) for k, areas in self._patterns.items()}
        median = statistics.median(sizes.values()) if sizes else 1.0
        # 0.5 for a zone of median size, towards 1 for tiny zones, towards 0 for huge ones.
        return {k: 1.0 / (1.0 + s / median) for k, s in sizes.items()}

    def warm_up(self) -> Iterator[None]:
        """Prepare the hit-testing indexes one step at a time, so an idle loop can do it
        between events instead of the first clicks paying for it."""
        dia = self.diagram
        dia.prepare()
        yield
        for area in (*dia.regions.values(), dia.silhouette):
            area.prepare()
            yield
        for areas in self._patterns.values():
            for a in areas:
                a.prepare()
                _ = a.outline
            yield
        _ = self._index, self._specificity

    # -- questions ---------------------------------------------------------------------

    def region_at(self, x: float, y: float) -> str | None:
        if not (math.isfinite(x) and math.isfinite(y)):
            return None
        return self.diagram.region_at(x, y)

    def region_name(self, region_id: str) -> str:
        return self.library.region_name(region_id)

    def region_point(self, region_id: str) -> Point:
        """Where a person would click for the region: its most inward point."""
        return label_point(self.diagram.regions[region_id])

    def lookup_point(self, x: float, y: float) -> LookupResult:
        return self.lookup(Drawing((Mark.spot(x, y),)))

    def lookup_points(self, points: Sequence[Point]) -> LookupResult:
        return self.lookup(Drawing(tuple(Mark.spot(x, y) for x, y in points)))

    def lookup_region(self, region_id: str) -> LookupResult:
        """Muscles whose zones cover part of a region, as if the whole region were painted."""
        if region_id not in self.diagram.regions:
            raise KeyError(region_id)
        return self.lookup(Drawing((Mark.painted_region(region_id),)))

    def lookup(self, drawing: Drawing) -> LookupResult:
        """The muscles that best explain the whole drawing, best first."""
        fits = [self.fit(m) for m in drawing.marks]
        regions = tuple(f.region for f in fits)
        inside = [
            (i, m, f)
            for i, (m, f) in enumerate(zip(drawing.marks, fits, strict=True))
            if f.region is not None
        ]
        shown = {r for r in regions if r is not None}
        region = next(iter(shown)) if len(shown) == 1 else None
        warnings = warnings_for(self.library, regions)
        if not inside:
            return LookupResult(region, (), regions, warnings=warnings)
        candidates = self._rank(inside, regions)
        nearest = () if candidates else self._nearest([m for _, m, _ in inside])
        lookalikes = fit_lookalikes(self.library, [(m, f.lookalikes) for _, m, f in inside])
        return LookupResult(region, candidates, regions, nearest, warnings, lookalikes)

    # -- one mark ------------------------------------------------------------------------

    def fit(self, mark: Mark) -> MarkFit:
        found = self._mark_cache.get(mark)
        if found is None:
            if len(self._mark_cache) >= MARK_CACHE_SIZE:
                self._mark_cache.clear()
            found = self._mark_cache[mark] = self._fit(mark)
        return found

    def _fit(self, mark: Mark) -> MarkFit:
        samples = self.samples(mark)
        if not samples:
            return MarkFit(None, {}, {})
        totals: dict[str, float] = {}
        best: dict[str, Credit] = {}
        regions: Counter[str] = Counter()
        for p in samples:
            region, credits = self._credits_at(p)
            if region is not None:
                regions[region] += 1
            for muscle_id, credit in credits.items():
                totals[muscle_id] = totals.get(muscle_id, 0.0) + credit.value
                if muscle_id not in best or credit.value > best[muscle_id].value:
                    best[muscle_id] = credit
        if mark.kind == "region":
            where: str | None = mark.region
        elif mark.kind == "spot":
            where = self.region_at(*mark.points[0])
        else:
            where = regions.most_common(1)[0][0] if regions else None
        n = len(samples)
        shares = lookalike_shares(self.lookalike_areas, samples)
        return MarkFit(where, {m: t / n for m, t in totals.items()}, best, shares)

    def samples(self, mark: Mark) -> tuple[Point, ...]:
        """The points of the body a mark covers (its spot, or a lattice over its area)."""
        if mark.kind == "spot":
            x, y = mark.points[0]
            return ((x, y),) if self.region_at(x, y) is not None else ()
        if mark.kind == "region":
            assert mark.region is not None
            return self._samples_of_region(mark.region)
        # Lattice points under the brush. A long stroke uses a coarser lattice (twice the
        # step, then four times...): its points are a subset of the finer one, so points
        # already asked about (while the stroke was being painted) are asked again free.
        step = SAMPLE_STEP
        pts = self._stroke_lattice(mark, step)
        while len(pts) > MAX_SAMPLES:
            coarser = self._stroke_lattice(mark, step * 2)
            if len(coarser) < MAX_SAMPLES // 4:
                break
            step, pts = step * 2, coarser
        if not pts:  # a stroke too thin to hold a lattice point: its own points
            pts = [p for p in mark.points if self.region_at(*p) is not None]
        return _thin(pts)

    def _stroke_lattice(self, mark: Mark, step: float) -> list[Point]:
        found = brush_cells(mark.points, radius=mark.radius, step=step)
        lattice = [(i * step, j * step) for j, i in sorted((j, i) for i, j in found)]
        return [p for p in lattice if self.region_at(*p) is not None]

    def _samples_of_region(self, region_id: str) -> tuple[Point, ...]:
        found = self._region_samples.get(region_id)
        if found is None:
            area = self.diagram.regions.get(region_id)
            if area is None:  # e.g. a saved drawing from another version of the diagram
                return ()
            step = SAMPLE_STEP
            while True:
                pts = [p for p in centred_grid(area.bbox, step=step) if area.contains(*p)]
                if len(pts) <= MAX_SAMPLES * 4 or step > 64:
                    break
                step *= 1.5
            if not pts:
                pts = [area.interior_point()]
            found = self._region_samples[region_id] = _thin(pts)
        return found

    def _credits_at(self, p: Point) -> tuple[str | None, dict[str, Credit]]:
        found = self._point_cache.get(p)
        if found is None:
            if len(self._point_cache) >= POINT_CACHE_SIZE:
                self._point_cache.clear()
            found = self._point_cache[p] = self._credits(p)
        return found

    def _credits(self, p: Point) -> tuple[str | None, dict[str, Credit]]:
        x, y = p
        region = self.region_at(x, y)
        out: dict[str, Credit] = {}
        if region is None:
            return None, out
        tol = self.tolerance
        for key, area in self._index.near(x, y):
            b = area.bbox
            # Farther from the box than the tolerance: farther from the zone too.
            if max(b.x0 - x, x - b.x1, 0.0) ** 2 + max(b.y0 - y, y - b.y1, 0.0) ** 2 >= tol * tol:
                continue
            d = area.distance(x, y, limit=tol)
            if d > 0 and d >= tol:
                continue
            value = PATTERN_CREDIT[key.pattern] * (1.0 if d == 0 else NEAR_CREDIT * (1 - d / tol))
            muscle_id = self._tp_owner[key.trigger_point][0].id
            old = out.get(muscle_id)
            if old is None or value > old.value:
                out[muscle_id] = Credit(value, key, d)
        return region, out

    # -- the whole drawing -------------------------------------------------------------

    def _rank(
        self, marks: list[tuple[int, Mark, MarkFit]], regions: tuple[str | None, ...]
    ) -> tuple[Candidate, ...]:
        total_w = sum(m.weight for _, m, _ in marks)
        # One pass over the marks, each adding to the muscles that reach it.
        sums: dict[str, _Sums] = {}
        for i, mark, fit in marks:
            w = mark.weight
            assert fit.region is not None
            for muscle_id, c in fit.coverage.items():
                if c <= 0:
                    continue
                acc = sums.get(muscle_id)
                if acc is None:
                    acc = sums[muscle_id] = _Sums()
                prior, why = self.frequency(self._muscles[muscle_id], fit.region)
                acc.covered += w * c
                acc.scored += w * c * (1 + PRIOR_WEIGHT * prior / 3.0)
                acc.coverage[i] = c
                acc.listed = acc.listed or bool(why)
                credit = fit.best[muscle_id]
                acc.sides.add(credit.key.side)
                if acc.best is None or credit.value * w > acc.best_value:
                    acc.best, acc.best_value, acc.why = credit, credit.value * w, why
        out: list[Candidate] = []
        for muscle_id, acc in sums.items():
            best = acc.best
            assert best is not None
            muscle = self._muscles[muscle_id]
            _, tp = self._tp_owner[best.key.trigger_point]
            explains = tuple(i for i, c in acc.coverage.items() if c >= EXPLAINS_MIN)
            coverage = {i: acc.coverage.get(i, 0.0) for i, _, _ in marks}
            out.append(
                Candidate(
                    muscle=muscle.id,
                    name=muscle.name,
                    side=best.key.side,
                    pattern=best.key.pattern,
                    trigger_point=tp.id,
                    score=acc.scored / total_w + SPECIFICITY_WEIGHT * self._specificity[best.key],
                    reason=self._reason(muscle, tp, best, coverage, regions, acc.why),
                    explains=explains,
                    coverage=acc.covered / total_w,
                    sides=tuple(sorted(acc.sides)),
                    listed=acc.listed,
                    distance=best.distance,
                    plain_name=muscle.plain_name,
                    marks=len(marks),
                )
            )
        out.sort(key=lambda c: (-c.score, c.name))
        return tuple(out)

    def _reason(
        self,
        muscle: Muscle,
        tp: TriggerPoint,
        best: Credit,
        coverage: Mapping[int, float],
        regions: tuple[str | None, ...],
        why_place: str,
    ) -> str:
        key = best.key
        what = (
            "main pain area (essential zone)"
            if key.pattern == "essential"
            else "possible extra pain area (spillover zone)"
        )
        name = trigger_point_words(tp.name)
        if best.distance > 0:
            text = f"About {best.distance:.0f} mm from the {what} of the {name}, {key.side} side"
        else:
            text = f"{what[:1].upper()}{what[1:]} of the {name}, {key.side} side"
        parts = [text + "."]
        if len(coverage) > 1:
            parts.insert(0, self.explains_text(coverage, regions))
        if why_place:
            parts.append(why_place)
        return " ".join(parts)

    def explains_text(self, coverage: Mapping[int, float], regions: Sequence[str | None]) -> str:
        """ "Explains the left buttock; touches the left heel; not the sacrum." from a
        muscle's coverage of each mark (by mark index)."""
        done = [i for i, c in coverage.items() if c >= EXPLAINS_MIN]
        touched = [i for i, c in coverage.items() if 0 < c < EXPLAINS_MIN]
        missed = [i for i, c in coverage.items() if c <= 0]
        parts = []
        if done:
            parts.append("explains " + _names([self._short_region(regions[i]) for i in done]))
        if touched:
            names = _names([self._short_region(regions[i]) for i in touched])
            parts.append(f"only touches {names}")
        if missed:
            parts.append("not " + _names([self._short_region(regions[i]) for i in missed], "or"))
        text = "; ".join(parts)
        return text[:1].upper() + text[1:] + "."

    def _short_region(self, region_id: str | None) -> str:
        if region_id is None:
            return "a mark outside the body"
        found = self._short_names.get(region_id)
        if found is None:
            name = self.region_name(region_id).split(" (")[0]
            found = self._short_names[region_id] = "the " + name[:1].lower() + name[1:]
        return found

    def _nearest(self, marks: list[Mark]) -> tuple[Nearest, ...]:
        """The closest patterns to a drawing that no pattern reaches."""
        points = [p for m in marks for p in self.samples(m)[:16]]
        best: dict[str, tuple[float, ZoneKey]] = {}
        for key, areas in self._patterns.items():
            muscle_id = self._tp_owner[key.trigger_point][0].id
            d = min(a.distance(x, y) for a in areas for x, y in points)
            if muscle_id not in best or d < best[muscle_id][0]:
                best[muscle_id] = (d, key)
        ranked = sorted(best.items(), key=lambda kv: (kv[1][0], kv[0]))[:NEAREST_COUNT]
        return tuple(
            Nearest(
                mid,
                self._muscles[mid].name,
                key.side,
                key.pattern,
                key.trigger_point,
                d,
                self._muscles[mid].plain_name,
            )
            for mid, (d, key) in ranked
        )

    # -- the prior -----------------------------------------------------------------------

    def frequency(self, muscle: Muscle, region_id: str) -> tuple[float, str]:
        """How common a cause of pain in this region the muscle is (0.3..3), and why."""
        key = (muscle.id, region_id)
        found = self._frequency_cache.get(key)
        if found is None:
            found = self._frequency_cache[key] = self._frequency(muscle, region_id)
        return found

    def _frequency(self, muscle: Muscle, region_id: str) -> tuple[float, str]:
        area = self.library.guide_for(region_id)
        if area is None:
            return float(muscle.commonness), ""
        if muscle.id not in area.muscles:
            return 0.3 * muscle.commonness, ""
        i, n = area.muscles.index(muscle.id), len(area.muscles)
        place = 3.0 - 2.0 * i / (n - 1) if n > 1 else 3.0
        why = f"Travell & Simons list it {_ordinal(i + 1)} of {n} for {area.source_area.lower()}."
        return place, why


class _Sums:
    """What the marks add up to for one muscle, while ranking."""

    __slots__ = ("best", "best_value", "coverage", "covered", "listed", "scored", "sides", "why")

    def __init__(self) -> None:
        self.covered = 0.0
        self.scored = 0.0
        self.coverage: dict[int, float] = {}
        self.listed = False
        self.sides: set[Side] = set()
        self.best: Credit | None = None
        self.best_value = 0.0
        self.why = ""


def _thin(points: Sequence[Point]) -> tuple[Point, ...]:
    if len(points) <= MAX_SAMPLES:
        return tuple(points)
    step = len(points) / MAX_SAMPLES
    return tuple(points[int(i * step)] for i in range(MAX_SAMPLES))


def _names(items: Sequence[str], conjunction: str = "and") -> str:
    unique = list(dict.fromkeys(items))
    if len(unique) <= 1:
        return "".join(unique)
    return ", ".join(unique[:-1]) + f" {conjunction} " + unique[-1]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
