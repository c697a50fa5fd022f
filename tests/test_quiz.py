from __future__ import annotations

import random

import pytest

from app.content.load import load_atlas
from app.domain.quiz import OPTIONS, make_question

LIB = load_atlas().library


@pytest.mark.parametrize("seed", range(40))
def test_question_is_well_formed(seed):
    q = make_question(LIB, random.Random(seed))
    assert q.muscle in q.options
    assert len(set(q.options)) == len(q.options) == OPTIONS
    muscle = LIB.muscle(q.muscle)
    assert q.trigger_point in {tp.id for tp in muscle.trigger_points}
    assert q.is_right(q.muscle)
    assert not any(q.is_right(m) for m in q.options if m != q.muscle)


def test_questions_vary_and_are_repeatable():
    a = [make_question(LIB, random.Random(1)) for _ in range(3)]
    assert a[0] == a[1] == a[2]
    rng = random.Random(2)
    assert len({make_question(LIB, rng).trigger_point for _ in range(30)}) > 10
