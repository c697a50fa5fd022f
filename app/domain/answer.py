"""What a lookup answers, as frozen values: per-mark fits, candidates, the nearest
patterns, the whole result, and the short list shown first (app/domain/lookup.py
computes them; docs/scoring.md explains the numbers)."""

from __future__ import annotations

import re
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


def plain_label(name: str, plain_name: str) -> str:
    """The muscle's name, then what a patient would call it: "Gluteus minimus (deepest
    buttock muscle)". A name's own bracket ("Peroneus longus (fibularis longus)") is left
    to the muscle's page, and a bracket inside the plain name becomes a comma, so brackets
    never nest; a plain name that starts with the name ("piriformis (deep hip-rotator
    muscle)") already reads that way."""
    short = _TRAILING_BRACKET.sub("", name)
    if not plain_name:
        return name
    if plain_name.lower().startswith(short.lower()):
        return short + plain_name[len(short) :]
    plain = _TRAILING_BRACKET.sub(r", \1", plain_name)
    return f"{short} ({plain})"


_TRAILING_BRACKET = re.compile(r"\s*\(([^()]*)\)$")


def trigger_point_words(name: str) -> str:
    """A trigger point's name as it reads after "of the": "Anterior (front) trigger
    points" -> "anterior (front) trigger points", "TP2: outer head, upper calf" ->
    "trigger point TP2 (outer head, upper calf)"."""
    numbered = _NUMBERED.match(name)
    if numbered:
        return f"trigger point {numbered[1]} ({numbered[2]})"
    return name if name[1:2].isupper() else name[:1].lower() + name[1:]


_NUMBERED = re.compile(r"(TP\d+): (.+)")


def where_words(pattern: Pattern, *, distance: float, sides: Sequence[Side]) -> str:
    """Where the drawing lies in a muscle's pattern, in plain words: "main pain area, left
    side", "near its possible extra pain area, both sides"."""
    area = "main pain area" if pattern == "essential" else "possible extra pain area"
    if distance > 0:
        area = f"near its {area}"
    unique = sorted(set(sides))
    side = "both sides" if len(unique) > 1 else f"{unique[0]} side"
    return f"{area}, {side}"


def explains_words(explained: int, marks: int) -> str:
    """For a drawing of several marks, how many a muscle explains: "; explains both your
    marks", "; explains 1 of your 3 marks"; nothing for a single mark."""
    if marks <= 1:
        return ""
    if explained == 0:
        return "; only touches your marks"
    if explained == marks == 2:
        return "; explains both your marks"
    if explained == marks:
        return f"; explains all {marks} of your marks"
    return f"; explains {explained} of your {marks} marks"


@dataclass(frozen=True)
class Candidate(_PatternRef):
    score: float
    reason: str
    explains: tuple[int, ...] = ()
    coverage: float = 0.0
    sides: tuple[Side, ...] = ()
    listed: bool = False  # the pain guide lists the muscle for a marked region
    distance: float = 0.0  # how far the best zone misses the drawing (0: it covers it)
    plain_name: str = ""  # what a patient would call the muscle
    marks: int = 0  # how many marks of the drawing lie on the body

    @property
    def label(self) -> str:
        """ "Gluteus minimus (deepest buttock muscle)"."""
        return plain_label(self.name, self.plain_name)

    @property
    def summary(self) -> str:
        """The answer in plain words, for everyone: "Gluteus minimus (deepest buttock
        muscle): main pain area, left side". ``reason`` holds the details."""
        where = where_words(self.pattern, distance=self.distance, sides=self.sides or (self.side,))
        return f"{self.label}: {where}{explains_words(len(self.explains), self.marks)}"

    def as_json(self) -> dict[str, object]:
        return self._ref_json() | {
            "summary": self.summary,
            "score": round(self.score, 3),
            "reason": self.reason,
            "explains": list(self.explains),
            "coverage": round(self.coverage, 3),
        }


@dataclass(frozen=True)
class Nearest(_PatternRef):
    """A pattern that comes close to a drawing no pattern reaches."""

    distance: float
    plain_name: str = ""

    @property
    def label(self) -> str:
        return plain_label(self.name, self.plain_name)

    @property
    def summary(self) -> str:
        """ "Soleus (deep calf muscle): its main pain area is 12 mm away, left side"."""
        area = "main pain area" if self.pattern == "essential" else "possible extra pain area"
        return f"{self.label}: its {area} is {self.distance:.0f} mm away, {self.side} side"

    def as_json(self) -> dict[str, object]:
        return self._ref_json() | {"summary": self.summary, "distance": round(self.distance, 1)}


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
