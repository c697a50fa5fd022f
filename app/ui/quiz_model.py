"""The quiz's state, without widgets: the kind of question, the question, the answer and
its score, the student's painting, and the record kept in ``quiz.json``.

While a paint or click question is on, the window routes the diagram's pointer here
(:meth:`app.ui.controller.AppController.route_canvas`): this object is the
:class:`~app.ui.controller.CanvasIntents` then, and its own :attr:`painting` takes the
strokes, spots, erasing, undo and clear, so the user's pain drawing is never touched.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.domain.drawing import Drawing, Mark
from app.domain.figure import REFERENCE, Figure
from app.ui.drawing_model import DrawingModel

if TYPE_CHECKING:
    from pathlib import Path

    from app.domain.geometry import Point
    from app.domain.lookup import Atlas
    from app.domain.quiz import Question, QuizMode
    from app.domain.quiz_record import QuizRecord
    from app.domain.quiz_score import Verdict


@dataclass(frozen=True)
class Outcome:
    """How the last question was answered."""

    verdict: Verdict
    chosen: str | None = None  # the muscle chosen ("name")
    words: str = ""  # the score in words ("paint", "point")


class QuizModel(QObject):
    changed = Signal()  # the kind of question, the question, its outcome or the record
    live_stroke = Signal(list, float)  # a stroke being painted for the quiz; [] when done
    message = Signal(str)  # a passing word for the status bar

    def __init__(
        self,
        path: Path,
        parent: QObject | None = None,
        *,
        figure: Callable[[], Figure] = lambda: REFERENCE,
    ) -> None:
        from app.domain.quiz_record import QuizRecord

        super().__init__(parent)
        self.path = path
        #: The body figure shown (the window's choice): a click on the trigger point is
        #: judged on its muscles, where the marker is drawn.
        self._figure = figure
        self.rng = random.Random()  # tests and screenshots may seed or replace it
        self.mode: QuizMode = "name"
        self.question: Question | None = None
        self.outcome: Outcome | None = None
        #: The student's answer in the paint and click modes (never the pain drawing).
        self.painting = DrawingModel(self)
        self.record: QuizRecord = QuizRecord()
        #: Why quiz.json could not be read, and where it went, in plain words.
        self.notice = ""
        #: Why the record could not be saved, in plain words ("" when it was).
        self.save_problem = ""
        self.atlas: Atlas | None = None
        self._saving = True  # False while a file we cannot read is in the way

    # -- start -----------------------------------------------------------------------

    def attach(self, atlas: Atlas) -> None:
        """Content is here: read the record (once)."""
        if self.atlas is None:
            self.atlas = atlas
            self._load()

    def _load(self) -> None:
        from app.domain.quiz_record import QuizRecordError, load_record
        from app.domain.reasons import os_reason
        from app.domain.session import set_aside

        try:
            self.record = load_record(self.path)
            return
        except QuizRecordError as exc:
            problem = str(exc)
        text = f"Your quiz scores could not be read: {problem}."
        try:
            aside = set_aside(self.path, datetime.now())
        except OSError as exc:
            # Never overwrite what we cannot read: scores are kept for this run only.
            self._saving = False
            text += (
                f" It could not be moved aside ({os_reason(exc)}), so it is left as it is "
                "and new scores will not be saved. Move or delete it to save them again."
            )
        else:
            text += (
                f" It was moved aside, unchanged, to {aside.name}; new scores are saved "
                f"to {self.path.name}."
            )
        self.notice = text

    @property
    def score(self) -> tuple[int, int]:
        """Right answers and questions asked, in the current kind of question."""
        t = self.record.total(self.mode)
        return t.right, t.asked

    @property
    def close_answers(self) -> int:
        return self.record.total(self.mode).close

    @property
    def missed(self) -> int:
        """Items of this kind of question in box 1: missed last time they were asked."""
        return sum(1 for r in self.record.items.get(self.mode, {}).values() if r.box == 1)

    # -- intents ----------------------------------------------------------------------

    def set_mode(self, mode: QuizMode) -> None:
        if mode != self.mode:
            self.mode = mode
            self.next_question()

    def next_question(self) -> None:
        from app.domain.quiz import make_question, pool

        atlas = self.atlas
        if atlas is None:
            return
        avoid = self.question.trigger_point if self.question else None
        items = pool(atlas.library, atlas.diagram, self.mode)
        item = self.record.draw(self.mode, items, self.rng, avoid=avoid)
        self.question = make_question(
            atlas.library, self.rng, mode=self.mode, trigger_point=item, diagram=atlas.diagram
        )
        self.outcome = None
        self.painting.restore(Drawing())
        self.changed.emit()

    def answer_name(self, muscle_id: str) -> None:
        q = self.question
        if q is None or q.mode != "name" or self.outcome is not None:
            return
        self._answered(Outcome("right" if q.is_right(muscle_id) else "missed", muscle_id))

    def check(self) -> None:
        """Score the painting against the true essential pattern."""
        from app.domain.quiz import essential_zones
        from app.domain.quiz_score import score_painting

        q, atlas = self.question, self.atlas
        if q is None or atlas is None or q.mode != "paint" or self.outcome is not None:
            return
        if not self.painting.drawing:
            self.message.emit("Paint where it refers first, then press Enter to check.")
            return
        score = score_painting(
            self.painting.drawing,
            essential_zones(atlas.diagram, q.side, q.trigger_point),
            on_body=lambda x, y: atlas.region_at(x, y) is not None,
        )
        self._answered(Outcome(score.verdict, words=score.words()))

    def reset(self) -> None:
        """Forget every score and box (the window asks first)."""
        from app.domain.quiz_record import QuizRecord

        self.record = QuizRecord()
        self._save()
        self.changed.emit()

    def _answered(self, outcome: Outcome) -> None:
        q = self.question
        assert q is not None
        self.outcome = outcome
        self.record = self.record.with_result(q.mode, q.trigger_point, outcome.verdict)
        self._save()
        self.changed.emit()

    def _save(self) -> None:
        from app.domain.quiz_record import save_record
        from app.domain.reasons import os_reason

        if not self._saving:
            return
        try:
            save_record(self.path, self.record)
        except OSError as exc:
            self.save_problem = f"Could not save your quiz scores to {self.path}: {os_reason(exc)}."
        else:
            self.save_problem = ""

    # -- the diagram's pointer, while it is routed here (CanvasIntents) -------------------

    @property
    def drawing(self) -> DrawingModel:
        return self.painting

    def click(self, x: float, y: float, *, reach: float) -> None:
        q, atlas = self.question, self.atlas
        if q is None or atlas is None or self.outcome is not None:
            return
        if q.mode == "point":
            from app.domain.quiz_score import score_point

            self.painting.restore(Drawing((Mark.spot(x, y),)))
            # (x, y) was taken back through the skin warp; the marker is drawn through
            # the tissue warp (app.domain.figure), so the click is judged there.
            tx, ty = self._figure().tissue_point(x, y)
            score = score_point(atlas.diagram.markers[(q.side, q.trigger_point)], tx, ty)
            self._answered(Outcome(score.verdict, words=score.words()))
        elif q.mode == "paint":
            hit = self.painting.drawing.spot_at(x, y, reach=reach)
            if hit is not None:
                self.painting.remove(hit)
            elif atlas.region_at(x, y) is None:
                self.message.emit("That is outside the body: click on the drawing.")
            else:
                self.painting.add_spot(x, y)

    def stroke(self, points: list[Point], radius: float, *, finished: bool) -> None:
        q, atlas = self.question, self.atlas
        painting = q is not None and q.mode == "paint" and self.outcome is None
        if not finished:
            if painting:
                self.live_stroke.emit(points, radius)
            return
        self.live_stroke.emit([], radius)
        if not painting or atlas is None or not points:
            return
        if not atlas.samples(Mark.stroke(points, radius=radius)):
            self.message.emit("That is outside the body: paint on the drawing.")
            return
        self.painting.add_stroke(points, radius)
