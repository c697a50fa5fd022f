"""What the quiz remembers: totals per kind of question, and for each item (a trigger
point asked in one mode) its Leitner box and recent results. Kept in ``quiz.json`` in
the data folder, a small JSON file the student can read.

**Which item comes next** (a Leitner scheduler). Each item sits in one of ``BOXES``
boxes; an item never asked sits in ``NEW_BOX``, the middle one. A missed item goes to
box 1; a close one moves down one box; a right one moves up one (at most to the last).
The next item is drawn at random with weight ``2 ** (BOXES - box)``: box 1 weighs 16,
box 3 (new) 4, box 5 (known well) 1, so a missed item comes back four times as often as
a new one and sixteen times as often as a well-known one. The item just asked is not
drawn again straight away (unless it is the only one).

The file is written atomically and validated strictly when read: anything unexpected
(an unknown field, a box out of range, a count that does not add up) makes it damaged,
and :class:`QuizRecordError` says what, in words that follow the file's name.
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.domain.quiz import MODES, QuizMode
from app.domain.quiz_score import VERDICTS, Verdict

# The session's file handling, shared: atomic writes, strict JSON, plain-word errors.
from app.domain.session import SessionError, read_document, write_atomically

FORMAT = "triggermap-quiz"
VERSION = 1
BOXES = 5
NEW_BOX = 3
#: Results kept per item, newest last.
HISTORY_KEPT = 20
#: The file for every trigger point in every mode is about 30 KB; a larger file is not ours.
MAX_FILE_BYTES = 1024 * 1024
MAX_ITEMS = 2000
MAX_ID_LENGTH = 200
TOTAL_KEYS = ("asked", "right", "close")


class QuizRecordError(ValueError):
    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


@dataclass(frozen=True)
class Totals:
    asked: int = 0
    right: int = 0
    close: int = 0


@dataclass(frozen=True)
class ItemRecord:
    box: int = NEW_BOX
    history: tuple[Verdict, ...] = ()


def next_box(box: int, verdict: Verdict) -> int:
    if verdict == "right":
        return min(BOXES, box + 1)
    return max(1, box - 1) if verdict == "close" else 1


def box_weight(box: int) -> int:
    return 2 ** (BOXES - box)


@dataclass(frozen=True)
class QuizRecord:
    totals: Mapping[QuizMode, Totals] = field(default_factory=dict)
    items: Mapping[QuizMode, Mapping[str, ItemRecord]] = field(default_factory=dict)

    def total(self, mode: QuizMode) -> Totals:
        return self.totals.get(mode, Totals())

    def item(self, mode: QuizMode, item: str) -> ItemRecord:
        return self.items.get(mode, {}).get(item, ItemRecord())

    def with_result(self, mode: QuizMode, item: str, verdict: Verdict) -> QuizRecord:
        """This record with one more answer."""
        t = self.total(mode)
        totals = dict(self.totals)
        totals[mode] = Totals(
            t.asked + 1, t.right + (verdict == "right"), t.close + (verdict == "close")
        )
        old = self.item(mode, item)
        items = {m: dict(v) for m, v in self.items.items()}
        items.setdefault(mode, {})[item] = ItemRecord(
            next_box(old.box, verdict), (*old.history, verdict)[-HISTORY_KEPT:]
        )
        return replace(self, totals=totals, items=items)

    def draw(
        self,
        mode: QuizMode,
        pool: Sequence[str],
        rng: random.Random,
        *,
        avoid: str | None = None,
    ) -> str:
        """The next item of ``pool`` to ask (the module's scheduler)."""
        if not pool:
            raise ValueError("nothing to ask")
        choices = [i for i in pool if i != avoid] or list(pool)
        weights = [box_weight(self.item(mode, i).box) for i in choices]
        return rng.choices(choices, weights=weights)[0]


# -- the file ------------------------------------------------------------------------------


def record_as_json(record: QuizRecord) -> dict[str, object]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "totals": {
            m: {"asked": t.asked, "right": t.right, "close": t.close}
            for m, t in record.totals.items()
        },
        "items": {
            m: {i: {"box": r.box, "history": list(r.history)} for i, r in sorted(items.items())}
            for m, items in record.items.items()
        },
    }


def save_record(path: Path, record: QuizRecord) -> None:
    """Write atomically (temp file, fsync, rename): a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, (json.dumps(record_as_json(record), indent=1) + "\n").encode())


def load_record(path: Path) -> QuizRecord:
    """The saved record, an empty one if there is none; QuizRecordError if damaged."""
    try:
        data = read_document(path, FORMAT, "a TriggerMap quiz record", max_bytes=MAX_FILE_BYTES)
    except FileNotFoundError:
        return QuizRecord()
    except SessionError as exc:
        raise QuizRecordError(path, exc.reason) from exc
    try:
        return record_from_json(data)
    except ValueError as exc:
        raise QuizRecordError(path, str(exc)) from exc


def record_from_json(data: object) -> QuizRecord:
    """ValueError, naming the field, for anything that is not a record as we write it."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f'is not a TriggerMap quiz record (no "format": "{FORMAT}")')
    obj = _object(data, "the record", {"format", "version", "totals", "items"})
    if obj.get("version") != VERSION or isinstance(obj.get("version"), bool):
        raise ValueError(f"has version {obj.get('version')!r}; this TriggerMap reads {VERSION}")
    totals: dict[QuizMode, Totals] = {}
    for mode, raw in _modes(obj.get("totals", {}), "totals").items():
        where = f"totals.{mode}"
        t = _object(raw, where, set(TOTAL_KEYS))
        totals[mode] = Totals(*(_count(t.get(k, 0), f"{where}.{k}") for k in TOTAL_KEYS))
        if totals[mode].right + totals[mode].close > totals[mode].asked:
            raise ValueError(f"{where}: more right and close answers than questions asked")
    items: dict[QuizMode, dict[str, ItemRecord]] = {}
    for mode, raw in _modes(obj.get("items", {}), "items").items():
        entries = _object(raw, f"items.{mode}", None)
        if len(entries) > MAX_ITEMS:
            raise ValueError(f"items.{mode} holds more than {MAX_ITEMS} items")
        items[mode] = {k: _item(v, f"items.{mode}.{k}") for k, v in entries.items()}
        for k in entries:
            if not k or len(k) > MAX_ID_LENGTH:
                raise ValueError(f"items.{mode} has an item id that is empty or too long")
    return QuizRecord(totals, items)


def _item(raw: object, where: str) -> ItemRecord:
    r = _object(raw, where, {"box", "history"})
    box = r.get("box", NEW_BOX)
    if isinstance(box, bool) or not isinstance(box, int) or not 1 <= box <= BOXES:
        raise ValueError(f"{where}.box must be a whole number from 1 to {BOXES}, not {box!r}")
    history = r.get("history", [])
    if not isinstance(history, list) or len(history) > HISTORY_KEPT:
        raise ValueError(f"{where}.history must be a list of at most {HISTORY_KEPT} results")
    verdicts: list[Verdict] = []
    for v in history:
        found = next((x for x in VERDICTS if x == v), None)
        if found is None:
            raise ValueError(f"{where}.history holds {v!r}; results are {', '.join(VERDICTS)}")
        verdicts.append(found)
    return ItemRecord(box, tuple(verdicts))


def _modes(raw: object, where: str) -> dict[QuizMode, object]:
    obj = _object(raw, where, set(MODES))
    return {m: obj[m] for m in MODES if m in obj}


def _object(raw: object, where: str, allowed: set[str] | None) -> dict[str, object]:
    if not isinstance(raw, dict):
        raise ValueError(f"{where} must be an object")
    if allowed is not None:
        unknown = sorted(set(raw) - allowed)
        if unknown:
            raise ValueError(f"{where} has an unknown field {unknown[0]!r}")
    return raw


def _count(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{where} must be a whole number of 0 or more, not {value!r}")
    return value
