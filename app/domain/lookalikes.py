"""What else a drawing could be: nerve-root and joint look-alikes, and warning signs.

A look-alike *fits* a drawing when at least LOOKALIKE_MIN of the drawing (weighted by
intensity, like the muscles' coverage) lies inside its area, or when the marks the person
described as nerve-like (burning, tingling, numb) lie mostly inside it. It is reported
as a possibility, never a diagnosis. Warning signs are the ones tied to the marked
regions (and those that apply everywhere), the emergencies first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from app.domain.drawing import Mark
from app.domain.geometry import Area, Point
from app.domain.models import Library, Lookalike, Side, WarningSign, split_side

#: Share of the drawing (by intensity) that must lie in a look-alike's area.
LOOKALIKE_MIN = 0.5
#: ... or share of the nerve-like marks (by intensity) that must lie in it.
NERVE_LIKE_MIN = 0.5


@dataclass(frozen=True)
class LookalikeFit:
    lookalike: Lookalike
    sides: tuple[Side, ...]
    coverage: float  # share of the drawing inside its area, 0-1
    nerve_like: bool  # the nerve-like marks lie in it

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.lookalike.id,
            "kind": self.lookalike.kind,
            "label": self.lookalike.label,
            "sides": list(self.sides),
            "coverage": round(self.coverage, 3),
            "nerve_like": self.nerve_like,
        }


def lookalike_shares(
    areas: Mapping[tuple[Side, str], Area], points: Sequence[Point]
) -> dict[tuple[Side, str], float]:
    """For one mark's sample points: the share inside each look-alike's area, per side
    (only the areas it reaches). Worked out once per mark and remembered with it."""
    if not points:
        return {}
    out: dict[tuple[Side, str], float] = {}
    for key, area in areas.items():
        inside = sum(1 for x, y in points if area.contains(x, y))
        if inside:
            out[key] = inside / len(points)
    return out


def fit_lookalikes(
    library: Library, marks: Sequence[tuple[Mark, Mapping[tuple[Side, str], float]]]
) -> tuple[LookalikeFit, ...]:
    """The look-alikes a drawing fits, nerve-like fits first, then by coverage.

    ``marks`` pairs each mark inside the body with its :func:`lookalike_shares`."""
    total = sum(m.weight for m, _ in marks)
    nerve_total = sum(m.weight for m, _ in marks if m.nerve_like)
    if total <= 0:
        return ()
    out: list[LookalikeFit] = []
    for lookalike in library.lookalikes:
        covered = nerve = 0.0
        sides: set[Side] = set()
        for mark, shares in marks:
            share = 0.0
            for side in ("left", "right"):
                got = shares.get((side, lookalike.id), 0.0)
                if got:
                    sides.add(side)
                share = max(share, got)
            covered += mark.weight * share
            if mark.nerve_like:
                nerve += mark.weight * share
        coverage = covered / total
        nerve_fit = nerve_total > 0 and nerve / nerve_total >= NERVE_LIKE_MIN
        if coverage >= LOOKALIKE_MIN or nerve_fit:
            out.append(LookalikeFit(lookalike, tuple(sorted(sides)), coverage, nerve_fit))
    out.sort(key=lambda f: (not f.nerve_like, -f.coverage, f.lookalike.id))
    return tuple(out)


def warnings_for(library: Library, regions: Sequence[str | None]) -> tuple[WarningSign, ...]:
    """The warning signs for the marked regions, emergencies first, in content order."""
    marked = {split_side(r)[1] for r in regions if r is not None}
    if not marked:
        return ()
    found = [w for w in library.safety.warnings if "*" in w.regions or marked & set(w.regions)]
    return tuple(sorted(found, key=lambda w: w.urgency != "emergency"))


def warning_json(w: WarningSign) -> dict[str, object]:
    return {"id": w.id, "text": w.text, "urgency": w.urgency}


Advice = Literal["emergency", "soon", "self-care"]


def check_advice(library: Library, yes: Sequence[str]) -> tuple[Advice, str]:
    """The plain advice at the end of "Check your warning signs", from the ids of the
    warnings answered "yes": emergency care now, a doctor soon, or self-care."""
    chosen = [w for w in library.safety.warnings if w.id in set(yes)]
    if any(w.urgency == "emergency" for w in chosen):
        return (
            "emergency",
            "Get emergency care now: call your local emergency number or go to an "
            "emergency department. Do not wait to see if it passes.",
        )
    if chosen:
        return (
            "soon",
            "See a doctor soon, within the next few days, and tell them which signs you "
            "have. Get help sooner if it gets worse.",
        )
    return (
        "self-care",
        "None of these warning signs: self-care is reasonable for now. "
        + library.safety.when_to_see_someone,
    )
