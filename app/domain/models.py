"""Content models: what a muscle, trigger point, stretch or treatment *is*.

These are frozen pydantic models with no Qt.  Geometry (where a zone is on the
drawing) is not here: the SVG is the single source of geometry and the ids below
are the keys that join the two (see CONTEXT.md for the id scheme).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from app.domain.ids import PATTERNS, SIDES, Pattern, Side

Slug = str
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"

Depth = Literal["superficial", "intermediate", "deep"]

__all__ = ["PATTERNS", "SIDES", "Pattern", "Side"]  # re-exported for older imports


class Frozen(BaseModel):
    """Base for read-only content: unknown keys are typos, so they are errors."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", str_strip_whitespace=True, defer_build=True
    )


class Citation(Frozen):
    """A pointer into the reference list, with the chapter/figure where useful."""

    ref: str = Field(pattern=SLUG_PATTERN, description="id of a Reference")
    detail: str | None = Field(default=None, description='e.g. "Vol. 2, ch. 9, fig. 9.1"')


class Reference(Frozen):
    id: str = Field(pattern=SLUG_PATTERN)
    citation: str = Field(min_length=10)
    short: str = Field(min_length=3, description='e.g. "Travell & Simons 1992"')


class TriggerPoint(Frozen):
    """One trigger point of a muscle and, in words, the zones it refers pain to.

    Its marker is ``tp-{side}-{id}`` in the SVG; its zones are
    ``zone-{side}-{id}-essential`` and (if ``spillover`` is set)
    ``zone-{side}-{id}-spillover``.
    """

    id: str = Field(pattern=SLUG_PATTERN)
    name: str = Field(min_length=3)
    location: str = Field(min_length=10, description="where to find it, in plain words")
    essential: str = Field(min_length=10, description="essential referral zone, in words")
    spillover: str | None = Field(default=None, description="spillover zone, in words")
    not_visible: str | None = Field(
        default=None,
        description="parts of the pattern the posterior view cannot show (groin, sole...)",
    )
    citations: tuple[Citation, ...] = Field(min_length=1)


class Differential(Frozen):
    """A condition to rule out before putting the pain down to this muscle."""

    condition: str = Field(
        min_length=3, description="in plain words, e.g. 'Sciatica from a slipped disc'"
    )
    clue: str = Field(
        min_length=10, description="what tells it apart from this muscle's referred pain"
    )
    citations: tuple[Citation, ...] = Field(min_length=1)


class Caution(Frozen):
    """A safety note for self-care of this muscle (pressure, stretching, needling)."""

    text: str = Field(min_length=10)
    citations: tuple[Citation, ...] = Field(min_length=1)


class Muscle(Frozen):
    id: str = Field(pattern=SLUG_PATTERN)
    name: str = Field(min_length=3)
    plain_name: str = Field(min_length=3, description="what a patient would call it")
    depth: Depth
    front_of_body: bool = Field(
        default=False,
        description=(
            "the muscle lies on the front of the body (e.g. rectus abdominis): the posterior "
            "view draws only its referral zones, no shape and no trigger-point markers"
        ),
    )
    commonness: int = Field(
        ge=1,
        le=3,
        description=(
            "editorial ranking weight: how often this muscle is the source of pain "
            "in its referral area (3 = a leading cause, 1 = an occasional one)"
        ),
    )
    summary: str = Field(min_length=20)
    actions: tuple[str, ...] = Field(min_length=1)
    trigger_points: tuple[TriggerPoint, ...] = Field(min_length=1)
    symptoms: tuple[str, ...] = Field(min_length=1)
    activating_factors: tuple[str, ...] = Field(min_length=1)
    perpetuating_factors: tuple[str, ...] = Field(min_length=1)
    differentials: tuple[Differential, ...] = Field(
        min_length=2, description="conditions to rule out, each with the clue that tells it apart"
    )
    cautions: tuple[Caution, ...] = Field(min_length=1)
    notes: tuple[str, ...] = ()
    stretches: tuple[str, ...] = ()
    no_stretch: str | None = Field(
        default=None,
        validate_default=True,
        min_length=20,
        description="why no safe self-stretch is offered (only when stretches is empty)",
    )
    self_care: tuple[str, ...] = ()
    treatments: tuple[str, ...] = ()
    references: tuple[Citation, ...] = Field(min_length=1)

    @field_validator("no_stretch")
    @classmethod
    def _stretch_or_reason(cls, value: str | None, info: ValidationInfo) -> str | None:
        stretches = info.data.get("stretches")
        if stretches is not None and not stretches and value is None:
            raise ValueError(
                "give stretches, or no_stretch saying why no safe self-stretch is offered"
            )
        return value

    @field_validator("trigger_points")
    @classmethod
    def _trigger_points_belong_to_muscle(
        cls, value: tuple[TriggerPoint, ...], info: ValidationInfo
    ) -> tuple[TriggerPoint, ...]:
        muscle_id = info.data.get("id")
        ids = [tp.id for tp in value]
        if len(set(ids)) != len(ids):
            raise ValueError("trigger point ids must be unique")
        for tp in value:
            if muscle_id and not tp.id.startswith(muscle_id + "-"):
                raise ValueError(f"trigger point id {tp.id!r} must start with {muscle_id + '-'!r}")
        return value


class Stretch(Frozen):
    id: str = Field(pattern=SLUG_PATTERN)
    name: str
    summary: str = Field(min_length=10)
    level: Literal["easy", "moderate", "advanced"]
    position: str
    steps: tuple[str, ...] = Field(min_length=2)
    hold_seconds: int | None = Field(
        default=None, gt=0, description="leave out where the source gives no hold time"
    )
    sides: str = Field(description='e.g. "both sides, one after the other"')
    props: tuple[str, ...] = ()
    cautions: tuple[str, ...] = ()
    targets: tuple[str, ...] = Field(min_length=1, description="muscle ids")
    references: tuple[Citation, ...] = Field(min_length=1)
    illustration: str | None = Field(
        default=None,
        pattern=SLUG_PATTERN,
        description="a picture in assets/svg/illustrations/, without '.svg'",
    )


class Treatment(Frozen):
    id: str = Field(pattern=SLUG_PATTERN)
    name: str
    technical_name: str | None = None
    kind: Literal["self-care", "professional"]
    performed_by: str
    what_it_does: str = Field(min_length=10)
    what_it_does_not: str = Field(min_length=10)
    source_note: str | None = Field(
        default=None,
        min_length=10,
        description="a remark about the source, for students and authors: never printed",
    )
    cautions: tuple[str, ...] = ()
    references: tuple[Citation, ...] = Field(min_length=1)
    illustration: str | None = Field(default=None, pattern=SLUG_PATTERN)
    illustration_caption: str | None = None


class Topic(Frozen):
    """A background article (what trigger points are, referred pain, ...)."""

    id: str = Field(pattern=SLUG_PATTERN)
    title: str
    paragraphs: tuple[str, ...] = Field(min_length=1)
    references: tuple[Citation, ...] = ()


class GlossaryTerm(Frozen):
    term: str
    plain: str = Field(min_length=10, description="the meaning in everyday words")


class RegionName(Frozen):
    """Human name of a region; ``sided`` regions get "Left "/"Right " in front."""

    id: str = Field(pattern=SLUG_PATTERN, description="side-less id, e.g. calf-lateral")
    name: str = Field(description='side-less name, e.g. "lateral calf (outside of the calf)"')
    sided: bool = True


class PainGuideArea(Frozen):
    """Travell & Simons' pain guide for one painful area: the muscles that may refer
    pain there, most frequent first. Orders candidates; never adds them."""

    regions: tuple[str, ...] = Field(min_length=1, description="side-less region ids")
    source_area: str
    muscles: tuple[str, ...] = Field(min_length=1)
    omitted: tuple[str, ...] = ()
    citation: Citation


class Lookalike(Frozen):
    """A pain source that is not a muscle but can draw a similar picture (a nerve root's
    dermatome, the sacroiliac joint). Its area is ``lookalike-{side}-{id}`` in the SVG."""

    id: str = Field(pattern=SLUG_PATTERN, description="e.g. l5, s1, sacroiliac")
    kind: Literal["nerve-root", "joint"]
    name: str = Field(min_length=2, description='e.g. "L5 nerve root"')
    label: str = Field(min_length=2, description='short name for the command line, e.g. "L5"')
    summary: str = Field(min_length=20, description="what it is and where it hurts, plain words")
    clues: tuple[str, ...] = Field(
        min_length=2, description="what separates it from referred muscle pain"
    )
    see_a_doctor: str = Field(min_length=20, description="when to see a doctor about it")
    limits: str = Field(min_length=20, description="what a drawing cannot tell")
    citations: tuple[Citation, ...] = Field(min_length=1)


Urgency = Literal["emergency", "soon"]


class WarningSign(Frozen):
    """A warning sign that points to medical care, tied to the body regions it concerns."""

    id: str = Field(pattern=SLUG_PATTERN)
    title: str = Field(min_length=5, description='a few plain words: "a torn Achilles tendon"')
    text: str = Field(min_length=20, description="the sign and what to do, in plain words")
    question: str = Field(min_length=10, description="the yes/no question of the check")
    urgency: Urgency = Field(description="emergency: now; soon: see a doctor within days")
    regions: tuple[str, ...] = Field(
        min_length=1, description="side-less region ids, or '*' for every region"
    )
    citations: tuple[Citation, ...] = Field(min_length=1)


class Safety(Frozen):
    summary: str = Field(min_length=10, max_length=90, description="one-line disclaimer")
    banner: str = Field(
        min_length=20, max_length=220, description="the red flags in one line, always on screen"
    )
    disclaimer: str = Field(min_length=20)
    red_flags_intro: str
    red_flags: tuple[str, ...] = Field(min_length=3)
    when_to_see_someone: str
    warnings: tuple[WarningSign, ...] = ()
    evidence: tuple[str, ...] = Field(
        default=(), description="how strong the evidence for trigger points is, plain words"
    )
    evidence_citations: tuple[Citation, ...] = ()


class Library(Frozen):
    """Everything in ``content/``, loaded and validated."""

    muscles: tuple[Muscle, ...]
    stretches: tuple[Stretch, ...]
    treatments: tuple[Treatment, ...]
    topics: tuple[Topic, ...]
    references: tuple[Reference, ...]
    regions: tuple[RegionName, ...]
    glossary: tuple[GlossaryTerm, ...]
    safety: Safety
    pain_guide: tuple[PainGuideArea, ...] = ()
    lookalikes: tuple[Lookalike, ...] = ()

    def guide_for(self, region_id: str) -> PainGuideArea | None:
        """The pain-guide area a (sided or midline) region belongs to, if any."""
        base = split_side(region_id)[1]
        return next((a for a in self.pain_guide if base in a.regions), None)

    def muscle(self, muscle_id: str) -> Muscle:
        return self.muscles_by_id[muscle_id]

    def trigger_point(self, tp_id: str) -> tuple[Muscle, TriggerPoint]:
        return self.trigger_points_by_id[tp_id]

    def region_name(self, region_id: str) -> str:
        """``left-calf-lateral`` -> ``Left lateral calf (outside of the calf)``."""
        side, base = split_side(region_id)
        r = self._regions.get((base, side is not None))
        if r is None:
            raise KeyError(region_id)
        return f"{side.capitalize()} {r.name}" if side else r.name[:1].upper() + r.name[1:]

    # id -> model maps, built once on first use (the content never changes)
    _MAPS: ClassVar[tuple[str, ...]] = ("muscles_by_id", "trigger_points_by_id", "_regions")

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Library:
        """A copy with changed content must not keep the maps of the original."""
        copy = super().model_copy(update=update, deep=deep)
        for name in self._MAPS:
            copy.__dict__.pop(name, None)
        return copy

    @cached_property
    def muscles_by_id(self) -> dict[str, Muscle]:
        return {m.id: m for m in self.muscles}

    @cached_property
    def trigger_points_by_id(self) -> dict[str, tuple[Muscle, TriggerPoint]]:
        """Trigger point id -> (its muscle, it)."""
        return {tp.id: (m, tp) for m in self.muscles for tp in m.trigger_points}

    @cached_property
    def _regions(self) -> dict[tuple[str, bool], RegionName]:
        return {(r.id, r.sided): r for r in self.regions}


def split_side(sided_id: str) -> tuple[Side | None, str]:
    """``left-calf-lateral`` -> (``left``, ``calf-lateral``); midline ids keep side None."""
    for side in SIDES:
        if sided_id.startswith(side + "-"):
            return side, sided_id[len(side) + 1 :]
    return None, sided_id
