"""Self-test for students, three ways round:

* ``name``: a trigger point's referral pattern is shown; which muscle sends it?
* ``paint``: a muscle's trigger point is named; paint where it refers (scored by
  :func:`app.domain.quiz_score.score_painting`);
* ``point``: a muscle's trigger point is named; click where it lies (scored by
  :func:`app.domain.quiz_score.score_point`).

An *item* of the quiz is a trigger point, asked in one of the modes; which item comes
next is the record's business (:meth:`app.domain.quiz_record.QuizRecord.draw`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from app.domain.diagram import Diagram, ZoneKey
from app.domain.geometry import Area
from app.domain.ids import SIDES, Side

if TYPE_CHECKING:
    from app.domain.models import Library

OPTIONS = 4

QuizMode = Literal["name", "paint", "point"]
MODES: tuple[QuizMode, ...] = ("name", "paint", "point")


@dataclass(frozen=True)
class Question:
    muscle: str
    trigger_point: str
    side: Side
    options: tuple[str, ...]  # muscle ids, the answer among them, in shown order ("name")
    mode: QuizMode = "name"

    def is_right(self, muscle_id: str) -> bool:
        return muscle_id == self.muscle


def make_question(
    library: Library,
    rng: random.Random,
    *,
    mode: QuizMode = "name",
    trigger_point: str | None = None,
    diagram: Diagram | None = None,
) -> Question:
    """A question about ``trigger_point`` (or, in the ``name`` mode without one, a trigger
    point of a muscle picked at random). The side is picked among those the diagram can
    show the question on (``diagram`` is needed for the ``paint`` and ``point`` modes)."""
    if trigger_point is None:
        if mode != "name":
            raise ValueError(f"a {mode!r} question needs a trigger point")
        muscle = rng.choice(list(library.muscles))
        tp_id = rng.choice(muscle.trigger_points).id
    else:
        muscle = library.trigger_points_by_id[trigger_point][0]
        tp_id = trigger_point
    sides = SIDES if mode == "name" else sides_for(diagram, tp_id, mode)
    if not sides:
        raise ValueError(f"{tp_id} cannot be asked as a {mode!r} question")
    side: Side = rng.choice(sides)
    if mode != "name":
        return Question(muscle.id, tp_id, side, (), mode)
    return Question(muscle.id, tp_id, side, _options(library, muscle.id, rng), mode)


def _options(library: Library, muscle_id: str, rng: random.Random) -> tuple[str, ...]:
    """The answer and OPTIONS - 1 distractors: other muscles, preferring those whose
    patterns lie in the same part of the body (same pain-guide area), which makes the
    question worth thinking about."""
    near = {
        m
        for area in library.pain_guide
        if muscle_id in area.muscles
        for m in area.muscles
        if m != muscle_id
    }
    others = [m.id for m in library.muscles if m.id != muscle_id]
    pool = sorted(near) if len(near) >= OPTIONS - 1 else others
    options = [muscle_id, *rng.sample(pool, OPTIONS - 1)]
    rng.shuffle(options)
    return tuple(options)


def essential_zones(diagram: Diagram, side: Side, trigger_point: str) -> tuple[Area, ...]:
    """The essential zone of a trigger point on one side: on the body and, where the
    pattern reaches the sole, on that side's sole inset."""
    key = ZoneKey(side, trigger_point, "essential")
    return tuple(z for z in (diagram.zones.get(key), diagram.sole_zones.get(key)) if z)


def sides_for(diagram: Diagram | None, trigger_point: str, mode: QuizMode) -> tuple[Side, ...]:
    """The sides a question can be asked on: for ``paint`` those with an essential zone,
    for ``point`` those with a marker (a front-of-body muscle has none)."""
    if mode == "name":
        return SIDES
    if diagram is None:
        raise ValueError(f"a {mode!r} question needs the diagram")
    if mode == "paint":
        return tuple(s for s in SIDES if essential_zones(diagram, s, trigger_point))
    return tuple(s for s in SIDES if (s, trigger_point) in diagram.markers)


def pool(library: Library, diagram: Diagram, mode: QuizMode) -> tuple[str, ...]:
    """Every trigger point a question of ``mode`` can ask about, in content order."""
    return tuple(
        tp.id for m in library.muscles for tp in m.trigger_points if sides_for(diagram, tp.id, mode)
    )
