"""Self-test for students: a referral pattern is shown, which muscle sends it?"""

from __future__ import annotations

import random
from dataclasses import dataclass

from app.domain.ids import Side
from app.domain.models import Library

OPTIONS = 4


@dataclass(frozen=True)
class Question:
    muscle: str
    trigger_point: str
    side: Side
    options: tuple[str, ...]  # muscle ids, the answer among them, in shown order

    def is_right(self, muscle_id: str) -> bool:
        return muscle_id == self.muscle


def make_question(library: Library, rng: random.Random) -> Question:
    """Pick a trigger point at random; the distractors are other muscles, preferring those
    whose patterns lie in the same part of the body (same pain-guide area), which makes
    the question worth thinking about."""
    muscles = list(library.muscles)
    muscle = rng.choice(muscles)
    tp = rng.choice(muscle.trigger_points)
    side: Side = rng.choice(("left", "right"))
    near = {
        m
        for area in library.pain_guide
        if muscle.id in area.muscles
        for m in area.muscles
        if m != muscle.id
    }
    pool = sorted(near) if len(near) >= OPTIONS - 1 else [m.id for m in muscles if m != muscle]
    distractors = rng.sample(pool, OPTIONS - 1)
    options = [muscle.id, *distractors]
    rng.shuffle(options)
    return Question(muscle.id, tp.id, side, tuple(options))
