"""Reverse lookup: from a painful spot (or region) to the muscles that may cause it.

Ranking, in this order of importance:
1. pattern: an essential zone beats a spillover zone;
2. how common a cause the muscle is for pain in that region: its place in Travell &
   Simons' pain guide for the area (content/pain_guide.toml); muscles the guide does not
   list for the area come after those it does; where there is no guide, the muscle's
   overall ``commonness``;
3. specificity: a small zone that covers the spot says more than a huge one; for a
   region, the share of the zone that falls inside the region.
The three are folded into one float (50/100 + 0..30 + 0..1) so the order is visible.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from app.domain.diagram import Diagram, ZoneKey
from app.domain.geometry import Point, centred_grid
from app.domain.models import Library, Muscle, Pattern, Side, TriggerPoint

PATTERN_WEIGHT: dict[Pattern, float] = {"essential": 100.0, "spillover": 50.0}
FREQUENCY_WEIGHT = 10.0  # times 1..3 (0.3..0.9 for muscles the area's guide leaves out)
SPECIFICITY_WEIGHT = 1.0
REGION_SAMPLE_STEP = 2.0
SPOT_CACHE_SIZE = 1024  # remembered spot answers (points); a few dozen per session


@dataclass(frozen=True)
class Candidate:
    muscle: str
    name: str
    side: Side
    pattern: Pattern
    trigger_point: str
    score: float
    reason: str
    spots: int = 1

    def as_json(self) -> dict[str, object]:
        return {
            "muscle": self.muscle,
            "name": self.name,
            "side": self.side,
            "pattern": self.pattern,
            "trigger_point": self.trigger_point,
            "score": round(self.score, 3),
            "reason": self.reason,
        }


@dataclass(frozen=True)
class LookupResult:
    region: str | None
    candidates: tuple[Candidate, ...]

    def as_json(self) -> dict[str, object]:
        return {"region": self.region, "candidates": [c.as_json() for c in self.candidates]}


@dataclass(frozen=True)
class _Hit:
    key: ZoneKey
    specificity: float
    region: str


class Atlas:
    """Content joined to geometry: the object the CLI and the UI ask questions of."""

    def __init__(self, library: Library, diagram: Diagram) -> None:
        self.library = library
        self.diagram = diagram
        self._tp_owner: dict[str, tuple[Muscle, TriggerPoint]] = {
            tp.id: (m, tp) for m in library.muscles for tp in m.trigger_points
        }
        self._region_cache: dict[str, LookupResult] = {}
        # A click re-ranks every spot; the spots already there are answered from here.
        self._spot_cache: dict[Point, tuple[str | None, list[_Hit]]] = {}
        self._frequency_cache: dict[tuple[str, str], tuple[float, str]] = {}

    @cached_property
    def _median_zone_area(self) -> float:
        areas = [a.area for a in self.diagram.zones.values()]
        return statistics.median(areas) if areas else 1.0

    def warm_up(self) -> Iterator[None]:
        """Prepare every area's hit-testing index, one area per step, so an idle loop
        can do it between events instead of the first clicks paying for it."""
        dia = self.diagram
        dia.prepare()
        yield
        for area in (*dia.regions.values(), *dia.zones.values(), dia.silhouette):
            area.prepare()
            yield
        _ = self._median_zone_area

    # -- questions ---------------------------------------------------------------

    def region_at(self, x: float, y: float) -> str | None:
        return self.diagram.region_at(x, y)

    def region_name(self, region_id: str) -> str:
        return self.library.region_name(region_id)

    def lookup_point(self, x: float, y: float) -> LookupResult:
        region, hits = self._spot((x, y))
        if region is None:
            return LookupResult(None, ())
        return LookupResult(region, self._rank([hits]))

    def lookup_points(self, points: Sequence[Point]) -> LookupResult:
        """Several pain spots at once: muscles that explain more spots rank first."""
        per_spot: list[list[_Hit]] = []
        regions: list[str] = []
        for point in points:
            region, hits = self._spot(point)
            if region is None:
                continue
            regions.append(region)
            per_spot.append(hits)
        region = regions[0] if len(set(regions)) == 1 else None
        return LookupResult(region, self._rank(per_spot))

    def _spot(self, point: Point) -> tuple[str | None, list[_Hit]]:
        found = self._spot_cache.get(point)
        if found is None:
            if len(self._spot_cache) >= SPOT_CACHE_SIZE:
                self._spot_cache.clear()
            x, y = point
            region = self.diagram.region_at(x, y)
            hits = self._hits_at(x, y, region) if region is not None else []
            found = self._spot_cache[point] = (region, hits)
        return found

    def _hits_at(self, x: float, y: float, region: str) -> list[_Hit]:
        return [
            _Hit(key, self._point_specificity(key), region) for key in self.diagram.zones_at(x, y)
        ]

    def lookup_region(self, region_id: str) -> LookupResult:
        """Muscles whose zones cover part of a region (estimated on a 2-unit grid)."""
        if region_id not in self.diagram.regions:
            raise KeyError(region_id)
        cached = self._region_cache.get(region_id)
        if cached is not None:
            return cached
        area = self.diagram.regions[region_id]
        candidates = [(k, z) for k, z in self.diagram.zones.items() if z.bbox.intersects(area.bbox)]
        counts: dict[ZoneKey, int] = {}
        for x, y in centred_grid(area.bbox, step=REGION_SAMPLE_STEP):
            if not area.contains(x, y):
                continue
            for key, zone in candidates:
                if zone.contains(x, y):
                    counts[key] = counts.get(key, 0) + 1
        cell = REGION_SAMPLE_STEP * REGION_SAMPLE_STEP
        hits = [
            _Hit(key, min(1.0, n * cell / self.diagram.zones[key].area), region_id)
            for key, n in counts.items()
        ]
        result = LookupResult(region_id, self._rank([hits]))
        self._region_cache[region_id] = result
        return result

    # -- ranking -----------------------------------------------------------------

    def _point_specificity(self, key: ZoneKey) -> float:
        # 0.5 for a zone of median size, towards 1 for tiny zones, towards 0 for huge ones.
        return 1.0 / (1.0 + self.diagram.zones[key].area / self._median_zone_area)

    def frequency(self, muscle: Muscle, region_id: str) -> tuple[float, str]:
        """How common a cause of pain in this region the muscle is (1..3), and why."""
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

    def _score(self, hit: _Hit) -> float:
        muscle, _ = self._tp_owner[hit.key.trigger_point]
        return (
            PATTERN_WEIGHT[hit.key.pattern]
            + FREQUENCY_WEIGHT * self.frequency(muscle, hit.region)[0]
            + SPECIFICITY_WEIGHT * hit.specificity
        )

    def _rank(self, per_spot: Iterable[list[_Hit]]) -> tuple[Candidate, ...]:
        spots = [[h for h in hits if h.key.trigger_point in self._tp_owner] for hits in per_spot]
        n_spots = len(spots)
        totals: dict[str, float] = {}
        best: dict[str, tuple[float, _Hit]] = {}
        explained: dict[str, int] = {}
        for hits in spots:
            per_muscle: dict[str, tuple[float, _Hit]] = {}
            for hit in hits:
                muscle, _ = self._tp_owner[hit.key.trigger_point]
                score = self._score(hit)
                if muscle.id not in per_muscle or score > per_muscle[muscle.id][0]:
                    per_muscle[muscle.id] = (score, hit)
            for muscle_id, (score, hit) in per_muscle.items():
                totals[muscle_id] = totals.get(muscle_id, 0.0) + score
                explained[muscle_id] = explained.get(muscle_id, 0) + 1
                if muscle_id not in best or score > best[muscle_id][0]:
                    best[muscle_id] = (score, hit)
        out: list[Candidate] = []
        for muscle_id, total in totals.items():
            _, hit = best[muscle_id]
            muscle, tp = self._tp_owner[hit.key.trigger_point]
            out.append(
                Candidate(
                    muscle=muscle.id,
                    name=muscle.name,
                    side=hit.key.side,
                    pattern=hit.key.pattern,
                    trigger_point=tp.id,
                    score=total / max(1, n_spots),
                    reason=_reason(muscle, tp, hit.key, explained[muscle_id], n_spots)
                    + _space(self.frequency(muscle, hit.region)[1]),
                    spots=explained[muscle_id],
                )
            )
        out.sort(key=lambda c: (-c.spots, -c.score, c.name))
        return tuple(out)


def _reason(muscle: Muscle, tp: TriggerPoint, key: ZoneKey, explained: int, n_spots: int) -> str:
    if key.pattern == "essential":
        what = "main pain area (essential zone)"
    else:
        what = "possible extra pain area (spillover zone)"
    # "Anterior trigger point" reads "the anterior trigger point"; "TP1: ..." stays as is.
    name = tp.name if tp.name[1:2].isupper() else tp.name[:1].lower() + tp.name[1:]
    text = f"{what} of the {name}, {key.side} side"
    if n_spots > 1:
        text = f"Covers {explained} of {n_spots} spots; {text}"
    else:
        text = text[:1].upper() + text[1:]
    return text + "."


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _space(text: str) -> str:
    return f" {text}" if text else ""


SHORTLIST_LIMIT = 8


def shortlist(
    candidates: Sequence[Candidate], *, limit: int = SHORTLIST_LIMIT
) -> tuple[Candidate, ...]:
    """The answer to show first: short where the evidence is thin.

    With three or more essential candidates, spillover candidates that the area's pain
    guide does not list (weak evidence) are left out; then at most ``limit`` remain.
    """
    essentials = sum(1 for c in candidates if c.pattern == "essential")
    weak = PATTERN_WEIGHT["spillover"] + FREQUENCY_WEIGHT  # spillover, frequency below 1
    thin = essentials >= 3
    kept = [c for c in candidates if not (thin and c.pattern == "spillover" and c.score < weak)]
    return tuple(kept[:limit])
