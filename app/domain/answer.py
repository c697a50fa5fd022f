"""What a lookup answers, as frozen values: per-mark fits, candidates, the nearest
patterns, the whole result, and the short list shown first (app/domain/lookup.py
computes them; docs/scoring.md explains the numbers)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.domain.diagram import ZoneKey
from app.domain.lookalikes import LookalikeFit, warning_json
from app.domain.models import Pattern, Side, WarningSign


@dataclass(frozen=True)
class Credit:
    """What one muscle's pattern gives one point of the drawing."""

    value: float
    key: ZoneKey
    distance: float  # 0 when the zone covers the point


@dataclass(frozen=True)
class MarkFit:
    """How every muscle fits one mark."""

    region: str | None
    coverage: Mapping[str, float]  # muscle id -> mean credit over the mark's points
    best: Mapping[str, Credit]  # muscle id -> its strongest credit anywhere on the mark
    #: (side, look-alike id) -> share of the mark's points inside its area
    lookalikes: Mapping[tuple[Side, str], float] = field(default_factory=dict)


@dataclass(frozen=True)
class _PatternRef:
    """A muscle's pattern: which muscle, side, pattern and trigger point."""

    muscle: str
    name: str
    side: Side
    pattern: Pattern
    trigger_point: str

    def _ref_json(self) -> dict[str, object]:
        return {
            "muscle": self.muscle,
            "name": self.name,
            "side": self.side,
            "pattern": self.pattern,
            "trigger_point": self.trigger_point,
        }


@dataclass(frozen=True)
class Candidate(_PatternRef):
    score: float
    reason: str
    explains: tuple[int, ...] = ()
    coverage: float = 0.0
    sides: tuple[Side, ...] = ()
    listed: bool = False  # the pain guide lists the muscle for a marked region
    distance: float = 0.0  # how far the best zone misses the drawing (0: it covers it)

    def as_json(self) -> dict[str, object]:
        return self._ref_json() | {
            "score": round(self.score, 3),
            "reason": self.reason,
            "explains": list(self.explains),
            "coverage": round(self.coverage, 3),
        }


@dataclass(frozen=True)
class Nearest(_PatternRef):
    """A pattern that comes close to a drawing no pattern reaches."""

    distance: float

    def as_json(self) -> dict[str, object]:
        return self._ref_json() | {"distance": round(self.distance, 1)}


@dataclass(frozen=True)
class LookupResult:
    region: str | None
    candidates: tuple[Candidate, ...]
    regions: tuple[str | None, ...] = ()
    nearest: tuple[Nearest, ...] = ()
    warnings: tuple[WarningSign, ...] = ()
    lookalikes: tuple[LookalikeFit, ...] = ()

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "region": self.region,
            "regions": list(self.regions),
            "candidates": [c.as_json() for c in self.candidates],
        }
        if not self.candidates:
            out["nearest"] = [n.as_json() for n in self.nearest]
        out["warnings"] = [warning_json(w) for w in self.warnings]
        out["nerve_roots"] = [
            f.lookalike.label for f in self.lookalikes if f.lookalike.kind == "nerve-root"
        ]
        out["joints"] = [f.lookalike.label for f in self.lookalikes if f.lookalike.kind == "joint"]
        return out


SHORTLIST_LIMIT = 8
#: The short list holds back weak candidates once this many cover the drawing through
#: an essential zone.
SHORTLIST_ESSENTIALS = 3


def shortlist(
    candidates: Sequence[Candidate], *, limit: int = SHORTLIST_LIMIT
) -> tuple[Candidate, ...]:
    """The answer to show first: short where the evidence is thin.

    With three or more candidates whose essential zones cover the drawing, candidates
    that reach it only through a spillover zone or a near miss, and that the pain guide
    does not list for a marked region, are held back; then at most ``limit`` remain.
    """
    strong = sum(1 for c in candidates if c.pattern == "essential" and c.distance == 0)
    thin = strong >= SHORTLIST_ESSENTIALS
    kept = [
        c
        for c in candidates
        if not (thin and not c.listed and (c.pattern == "spillover" or c.distance > 0))
    ]
    return tuple(kept[:limit])
