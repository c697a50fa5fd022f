"""Random use of the drawing model and its saved session (Hypothesis, fixed budget), and
a kill -9 in the middle of saving."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from app.domain.drawing import Drawing, Mark
from app.domain.session import Session, SessionError, load_session, save_session

ROOT = Path(__file__).resolve().parents[1]
coords = st.floats(min_value=0, max_value=600, allow_nan=False)
points = st.tuples(coords, st.floats(min_value=-150, max_value=1200, allow_nan=False))
levels = st.integers(min_value=0, max_value=10)
qualities = st.sampled_from([None, "aching", "burning", "tingling", "numb"])


def _rounded(m: Mark) -> Mark:
    from dataclasses import replace

    return replace(m, points=tuple((round(x, 3), round(y, 3)) for x, y in m.points))


class DrawingMachine(RuleBasedStateMachine):
    """The model against a plain list kept beside it: every edit, undo and redo, and
    every save and reload, must agree with the list."""

    def __init__(self) -> None:
        super().__init__()
        from app.ui.drawing_model import DrawingModel

        self.model = DrawingModel()
        self.history: list[tuple[Mark, ...]] = [()]
        self.at = 0
        self.folder = Path(os.environ["TRIGGERMAP_STATEFUL_DIR"])
        self.path = self.folder / "session.json"
        self.path.unlink(missing_ok=True)

    def _did(self, marks: tuple[Mark, ...]) -> None:
        if marks != self.history[self.at]:
            self.history = self.history[: self.at + 1] + [marks]
            self.at += 1

    @property
    def expected(self) -> tuple[Mark, ...]:
        return self.history[self.at]

    @rule(p=points, level=levels, quality=qualities)
    def add_spot(self, p, level, quality) -> None:
        self.model.set_intensity(level)
        self.model.set_quality(quality)
        self.model.add_spot(*p)
        self._did((*self.expected, Mark.spot(*p, intensity=level, quality=quality)))

    @rule(pts=st.lists(points, min_size=1, max_size=8), level=levels)
    def paint(self, pts, level) -> None:
        self.model.set_intensity(level)
        self.model.set_quality(None)
        self.model.add_stroke(pts, 8.0)
        self._did((*self.expected, Mark.stroke(pts, radius=8.0, intensity=level)))

    @precondition(lambda self: bool(self.expected))
    @rule(data=st.data())
    def remove(self, data) -> None:
        i = data.draw(st.integers(min_value=0, max_value=len(self.expected) - 1))
        self.model.remove(i)
        self._did(self.expected[:i] + self.expected[i + 1 :])

    @rule(p=points)
    def erase(self, p) -> None:
        self.model.begin_erase()
        self.model.erase_at(*p, slack=5.0)
        self.model.end_erase()
        kept = tuple(m for m in self.expected if not m.touches(*p, slack=5.0))
        self._did(kept)

    @rule()
    def clear(self) -> None:
        self.model.clear()
        self._did(())

    @precondition(lambda self: self.at > 0)
    @rule()
    def undo(self) -> None:
        self.model.undo_stack.undo()
        self.at -= 1

    @precondition(lambda self: self.at < len(self.history) - 1)
    @rule()
    def redo(self) -> None:
        self.model.undo_stack.redo()
        self.at += 1

    @rule()
    def save_and_reload(self) -> None:
        save_session(self.path, Session(self.model.drawing))
        # The file keeps coordinates to a thousandth of a unit (a micrometre).
        assert load_session(self.path).drawing == Drawing(tuple(_rounded(m) for m in self.expected))

    @rule(garbage=st.sampled_from([b"{", b"\xff\xfe", b"[]", b'{"format": "x"}', b"NaN"]))
    def damaged_file_is_reported_and_left_alone(self, garbage) -> None:
        damaged = self.folder / "damaged.json"
        damaged.write_bytes(garbage)
        with pytest.raises(SessionError):
            load_session(damaged)
        assert damaged.read_bytes() == garbage

    @invariant()
    def model_matches(self) -> None:
        assert self.model.marks == self.expected


def test_random_drawing_sessions(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("TRIGGERMAP_STATEFUL_DIR", str(tmp_path))
    run_state_machine_as_test(
        DrawingMachine,
        settings=settings(
            max_examples=40,
            stateful_step_count=25,
            deadline=None,
            derandomize=True,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )


WRITER = """
import sys
from pathlib import Path
from app.domain.drawing import Drawing, Mark
from app.domain.session import Session, save_session
path = Path(sys.argv[1])
n = 0
while True:
    n += 1
    stroke = [(k, 2 * k) for k in range(50)]
    marks = tuple(Mark.stroke(stroke, radius=5.0) for i in range(n % 60 + 1))
    save_session(path, Session(Drawing(marks)))
    print(n, flush=True)
"""


def test_kill_9_while_saving_never_leaves_an_unreadable_session(tmp_path):
    path = tmp_path / "session.json"
    for delay in (0.05, 0.12, 0.2, 0.31, 0.45):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert proc.stdout is not None
        proc.stdout.readline()  # it has saved at least once
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        session = load_session(path)  # never raises: the file is whole
        assert len(session.drawing) >= 1
        assert json.loads(path.read_text(encoding="utf-8"))["version"] == 2
