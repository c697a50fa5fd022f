"""The quiz's record: Leitner boxes, the scheduler, and quiz.json read strictly."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest

from app.domain.quiz_record import (
    BOXES,
    NEW_BOX,
    QuizRecord,
    QuizRecordError,
    Totals,
    load_record,
    save_record,
)

POOL = tuple(f"tp-{i}" for i in range(40))


def test_a_missed_item_goes_to_box_1_a_right_one_moves_up_a_close_one_down():
    r = QuizRecord()
    assert r.item("paint", "a").box == NEW_BOX
    r = r.with_result("paint", "a", "right").with_result("paint", "b", "close")
    assert (r.item("paint", "a").box, r.item("paint", "b").box) == (NEW_BOX + 1, NEW_BOX - 1)
    for _ in range(5):
        r = r.with_result("paint", "a", "right")
    assert r.item("paint", "a").box == BOXES
    r = r.with_result("paint", "a", "missed")
    assert r.item("paint", "a").box == 1
    assert r.item("paint", "a").history == ("right",) * 6 + ("missed",)
    assert r.total("paint") == Totals(asked=8, right=6, close=1)
    # Each kind of question keeps its own boxes and totals.
    assert r.item("name", "a").box == NEW_BOX
    assert r.total("name") == Totals()


def test_missed_items_come_back_more_often():
    r = QuizRecord()
    r = r.with_result("name", "tp-0", "missed")
    for _ in range(2):
        r = r.with_result("name", "tp-1", "right")
    rng = random.Random(7)
    counts = Counter(r.draw("name", POOL, rng) for _ in range(20_000))
    new = sum(counts[i] for i in POOL[2:]) / len(POOL[2:])
    # Weights 16 (box 1), 4 (new, box 3) and 1 (box 5): four times and a quarter as often.
    assert counts["tp-0"] / new == pytest.approx(4, rel=0.15)
    assert counts["tp-1"] / new == pytest.approx(0.25, rel=0.25)
    assert counts["tp-0"] > 10 * counts["tp-1"]


def test_draws_are_repeatable_and_never_the_same_item_twice_running():
    r = QuizRecord().with_result("point", "tp-3", "missed")
    a = [r.draw("point", POOL, random.Random(1), avoid="tp-3") for _ in range(3)]
    assert a[0] == a[1] == a[2]
    rng = random.Random(2)
    assert all(r.draw("point", POOL, rng, avoid="tp-3") != "tp-3" for _ in range(500))
    assert r.draw("point", ("tp-3",), rng, avoid="tp-3") == "tp-3"  # the only one left
    with pytest.raises(ValueError, match="nothing to ask"):
        r.draw("point", (), rng)


def test_the_record_survives_a_round_trip(tmp_path: Path):
    r = QuizRecord()
    for item, verdict in [("x", "right"), ("y", "missed"), ("x", "close")]:
        r = r.with_result("paint", item, verdict)
    r = r.with_result("name", "z", "right")
    path = tmp_path / "deep" / "quiz.json"
    save_record(path, r)
    assert load_record(path) == r
    assert json.loads(path.read_text())["format"] == "triggermap-quiz"
    assert not list(path.parent.glob("*.tmp"))
    assert load_record(tmp_path / "none.json") == QuizRecord()


def good() -> dict:
    return {
        "format": "triggermap-quiz",
        "version": 1,
        "totals": {"name": {"asked": 2, "right": 1, "close": 0}},
        "items": {"name": {"piriformis-lateral": {"box": 2, "history": ["right", "missed"]}}},
    }


def damaged(change) -> str:  # noqa: ANN001 (a function that edits the dict)
    data = good()
    change(data)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("{", "is not valid JSON"),
        ('{"format": "triggermap-quiz", "version": NaN}', "is not valid JSON"),
        ("[]", "not a TriggerMap quiz record"),
        (damaged(lambda d: d.update(format="triggermap-session")), "not a TriggerMap quiz"),
        (damaged(lambda d: d.update(version=2)), "has version 2"),
        (damaged(lambda d: d.update(version=True)), "has version True"),
        (damaged(lambda d: d.update(extra=1)), "the record has an unknown field 'extra'"),
        (damaged(lambda d: d["totals"].update(speed={})), "totals has an unknown field 'speed'"),
        (damaged(lambda d: d["totals"]["name"].update(asked=-1)), "totals.name.asked"),
        (damaged(lambda d: d["totals"]["name"].update(right=True)), "totals.name.right"),
        (damaged(lambda d: d["totals"]["name"].update(right=3)), "more right and close"),
        (damaged(lambda d: d["items"]["name"]["piriformis-lateral"].update(box=0)), "box"),
        (damaged(lambda d: d["items"]["name"]["piriformis-lateral"].update(box="2")), "box"),
        (
            damaged(lambda d: d["items"]["name"]["piriformis-lateral"].update(history=["ok"])),
            "history holds 'ok'",
        ),
        (
            damaged(lambda d: d["items"]["name"]["piriformis-lateral"].update(when=1)),
            "unknown field 'when'",
        ),
        (damaged(lambda d: d["items"].update(name=[])), "items.name must be an object"),
        (damaged(lambda d: d["items"]["name"].update({"": {"box": 1}})), "empty or too long"),
    ],
)
def test_a_damaged_file_is_refused_with_its_reason(tmp_path: Path, text: str, says: str):
    path = tmp_path / "quiz.json"
    path.write_text(text)
    with pytest.raises(QuizRecordError, match=says) as info:
        load_record(path)
    assert str(info.value).startswith(str(path))


def test_a_folder_or_a_huge_file_is_refused(tmp_path: Path):
    (tmp_path / "quiz.json").mkdir()
    with pytest.raises(QuizRecordError, match="not a regular file"):
        load_record(tmp_path / "quiz.json")
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (1024 * 1024 + 1))
    with pytest.raises(QuizRecordError, match="larger than"):
        load_record(big)
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"format": "\xe9"}')
    with pytest.raises(QuizRecordError, match="not UTF-8"):
        load_record(latin)
