"""Comparing two or three referral patterns: which items, how each one is drawn, and a
short table of how to tell them apart.

An *item* is a muscle (its trigger points' zones) or a look-alike (a nerve root's or a
joint's area). Each compared item gets a :class:`Look`: a colour and a texture whose
overall lightness differs from the others', so the patterns stay apart without colour
vision and in greyscale print. The table is made only of content that is already cited
(zone descriptions, symptoms, differentials, a look-alike's clues, advice and limits);
nothing here adds a clinical fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from app.domain.diagram import Diagram, ZoneKey
from app.domain.geometry import Area
from app.domain.ids import PATTERNS, SIDES
from app.domain.models import Citation, Differential, Library, Lookalike, Muscle

MIN_ITEMS = 2
MAX_ITEMS = 3  # the messages say "three"

Layout = Literal["overlay", "side-by-side"]
LAYOUTS: tuple[Layout, ...] = ("overlay", "side-by-side")
ItemKind = Literal["muscle", "lookalike"]
#: What a drawn piece is: a muscle's essential or spillover zone, or a look-alike's area.
PieceKind = Literal["essential", "spillover", "area"]


class CompareError(ValueError):
    """A comparison that cannot be made (an unknown id, too many items); the message
    says why in plain words."""


@dataclass(frozen=True)
class Look:
    """How one compared item is drawn. ``texture`` is ``solid``, ``hatch`` or ``dots``;
    from the first look to the last the area gets lighter overall (dark solid fill, mid
    hatching, sparse dots), so lightness and texture both tell the items apart."""

    texture: Literal["solid", "hatch", "dots"]
    words: str  # for the legend: "solid green"
    rgb: tuple[int, int, int]


LOOKS: tuple[Look, ...] = (
    # Green, not blue: blue hatching means a possible extra (spillover) area everywhere else.
    Look("solid", "solid green", (0, 110, 75)),  # a darker Okabe-Ito bluish green
    Look("hatch", "orange stripes", (213, 94, 0)),  # Okabe-Ito vermillion
    Look("dots", "purple dots", (110, 40, 130)),
)


@dataclass(frozen=True)
class CompareItem:
    id: str
    kind: ItemKind
    name: str
    plain: str  # a few plain words: "deepest buttock muscle", "nerve root, not a muscle"


@dataclass(frozen=True)
class Preset:
    """A ready-made comparison: "Buttock and leg pain" (``title``), "pseudo-sciatica"
    (``note``), the items and their names."""

    title: str
    note: str
    items: tuple[str, ...]
    names: str

    @property
    def label(self) -> str:
        return f"{self.title} ({self.note}): {self.names}"


#: Buttock-and-leg pain ("pseudo-sciatica", Travell & Simons' word for gluteus minimus):
#: the two buttock muscles whose patterns run down the leg, and each nerve-root
#: look-alike that reaches the leg. Only those that exist in the content are offered.
PRESETS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Buttock and leg pain, or S1?", "pseudo-sciatica", ("gluteus-minimus", "piriformis", "s1")),
    ("Buttock and leg pain, or L5?", "pseudo-sciatica", ("gluteus-minimus", "piriformis", "l5")),
)


def presets(library: Library) -> tuple[Preset, ...]:
    """The ready-made comparisons the content can make: missing items are left out, and
    a preset left with fewer than two items is not offered."""
    out = []
    for title, note, ids in PRESETS:
        found = tuple(i for i in ids if _find(library, i) is not None)
        if len(found) >= MIN_ITEMS:
            names = ", ".join(item(library, i).name for i in found)
            out.append(Preset(title, note, found, names))
    return tuple(out)


def item(library: Library, item_id: str) -> CompareItem:
    """The muscle or look-alike with this id; CompareError if there is none."""
    found = _find(library, item_id)
    if found is None:
        raise CompareError(f"unknown muscle or look-alike {item_id!r}")
    if isinstance(found, Muscle):
        return CompareItem(found.id, "muscle", found.name, found.plain_name)
    kind = "nerve root" if found.kind == "nerve-root" else "joint"
    return CompareItem(found.id, "lookalike", found.name, f"{kind}, not a muscle")


def choices(library: Library) -> tuple[CompareItem, ...]:
    """Everything that can be compared: the muscles by name, then the look-alikes."""
    muscles = [m.id for m in sorted(library.muscles, key=lambda m: m.name.lower())]
    return tuple(item(library, i) for i in (*muscles, *(la.id for la in library.lookalikes)))


def _find(library: Library, item_id: str) -> Muscle | Lookalike | None:
    muscle = library.muscles_by_id.get(item_id)
    if muscle is not None:
        return muscle
    return next((la for la in library.lookalikes if la.id == item_id), None)


@dataclass(frozen=True)
class Comparison:
    """What is compared, in order (the order gives each item its look), and how."""

    items: tuple[str, ...] = ()
    layout: Layout = "overlay"

    def toggled(self, item_id: str) -> Comparison:
        """With the item added (at the end) or, if it is there, taken out."""
        if item_id in self.items:
            return Comparison(tuple(i for i in self.items if i != item_id), self.layout)
        if len(self.items) >= MAX_ITEMS:
            raise CompareError("compare at most three: untick one first")
        return Comparison((*self.items, item_id), self.layout)

    def with_items(self, ids: Iterable[str]) -> Comparison:
        wanted = tuple(dict.fromkeys(ids))
        if len(wanted) > MAX_ITEMS:
            raise CompareError(f"compare at most three, not {len(wanted)}")
        return Comparison(wanted, self.layout)

    def with_layout(self, layout: Layout) -> Comparison:
        return Comparison(self.items, layout)

    def look(self, item_id: str) -> Look:
        return LOOKS[self.items.index(item_id)]

    @property
    def ready(self) -> bool:
        return len(self.items) >= MIN_ITEMS

    # -- remembered between sessions (as two short strings) --------------------------------

    def saved(self) -> tuple[str, str]:
        return ",".join(self.items), self.layout

    @classmethod
    def restored(cls, library: Library, items: object, layout: object) -> Comparison:
        """From :meth:`saved`'s strings; anything unknown (an item no longer in the
        content, a damaged value) is dropped rather than refused."""
        ids = items.split(",") if isinstance(items, str) else []
        known = [i for i in dict.fromkeys(ids) if _find(library, i) is not None]
        chosen: Layout = "side-by-side" if layout == "side-by-side" else "overlay"
        return cls(tuple(known[:MAX_ITEMS]), chosen)


def check_ids(library: Library, ids: Sequence[str]) -> Comparison:
    """A comparison of exactly these ids (the command line): CompareError names the first
    unknown id, or says how many are allowed."""
    for i in ids:
        item(library, i)
    if not MIN_ITEMS <= len(set(ids)) <= MAX_ITEMS or len(set(ids)) != len(ids):
        raise CompareError(f"give {MIN_ITEMS} or {MAX_ITEMS} different ids, not {list(ids)}")
    return Comparison(tuple(ids))


def top_candidates(muscle_ids: Iterable[str]) -> tuple[str, ...]:
    """The first (at most three) different muscles of an answer, best first."""
    return tuple(dict.fromkeys(muscle_ids))[:MAX_ITEMS]


# -- geometry -------------------------------------------------------------------------


@dataclass(frozen=True)
class Piece:
    kind: PieceKind
    area: Area


def pieces(library: Library, diagram: Diagram, item_id: str) -> tuple[Piece, ...]:
    """What to draw for an item, on both sides: a muscle's zones (on the body and, for
    the feet, on the sole insets), or a look-alike's areas."""
    found = _find(library, item_id)
    if found is None:
        raise CompareError(f"unknown muscle or look-alike {item_id!r}")
    if isinstance(found, Lookalike):
        return tuple(
            Piece("area", diagram.lookalikes[(side, found.id)])
            for side in SIDES
            if (side, found.id) in diagram.lookalikes
        )
    out: list[Piece] = []
    # A zone drawn for both sides alike (rectus abdominis refers across the back from
    # either side) is drawn once, so it does not look deeper than the others.
    seen: set[tuple[str, int, int, int, int, int]] = set()
    for side in SIDES:
        for tp in found.trigger_points:
            for pattern in PATTERNS:
                key = ZoneKey(side, tp.id, pattern)
                for area in (diagram.zones.get(key), diagram.sole_zones.get(key)):
                    if area is None:
                        continue
                    b = area.bbox
                    outline = (pattern, round(b.x0), round(b.y0), round(b.x1), round(b.y1))
                    if (*outline, round(area.area)) in seen:
                        continue
                    seen.add((*outline, round(area.area)))
                    out.append(Piece(pattern, area))
    return tuple(out)


# -- the table ------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One line of the table: a heading and, per compared item, its entries (none: the
    content says nothing on this for that item)."""

    heading: str
    cells: tuple[tuple[str, ...], ...]


def table(library: Library, ids: Sequence[str]) -> tuple[Row, ...]:
    """How to tell the items apart, from their cited content only."""
    found = [_find(library, i) for i in ids]
    models = [f for f in found if f is not None]
    rows = [
        ("Main pain area (essential zone)", [_main_area(m) for m in models]),
        ("Possible extra area (spillover zone)", [_extra_area(m) for m in models]),
        ("What people describe", [_described(m) for m in models]),
        ("What tells it apart", [_apart(m, models) for m in models]),
        ("When to see a doctor", [_doctor(m) for m in models]),
        ("What a drawing cannot tell", [_limits(m) for m in models]),
        ("Sources", [_sources(library, m, models) for m in models]),
    ]
    return tuple(Row(h, tuple(cells)) for h, cells in rows if any(cells))


def _per_tp(muscle: Muscle, texts: Sequence[str | None]) -> tuple[str, ...]:
    """One entry per trigger point, named when there is more than one."""
    named = len(muscle.trigger_points) > 1
    return tuple(
        f"{tp.name}: {text}" if named else text
        for tp, text in zip(muscle.trigger_points, texts, strict=True)
        if text
    )


def _main_area(m: Muscle | Lookalike) -> tuple[str, ...]:
    if isinstance(m, Muscle):
        return _per_tp(m, [tp.essential for tp in m.trigger_points])
    # A look-alike's summary says where it hurts "Seen from behind: ..." when it can.
    seen = re.search(r"Seen from behind: [^.]*\.", m.summary)
    return (seen.group(0) if seen else m.summary,)


def _extra_area(m: Muscle | Lookalike) -> tuple[str, ...]:
    return _per_tp(m, [tp.spillover for tp in m.trigger_points]) if isinstance(m, Muscle) else ()


def _described(m: Muscle | Lookalike) -> tuple[str, ...]:
    return m.symptoms if isinstance(m, Muscle) else ()


def _keywords(m: Muscle | Lookalike) -> tuple[str, ...]:
    """Words by which another item's differentials speak of this one."""
    if isinstance(m, Muscle):
        return (m.name.lower(),)
    return (m.label.lower(), "nerve root") if m.kind == "nerve-root" else (m.label.lower(),)


def _apart(m: Muscle | Lookalike, models: Sequence[Muscle | Lookalike]) -> tuple[str, ...]:
    """A look-alike's clues; a muscle's conditions to rule out, with their clues."""
    if isinstance(m, Lookalike):
        return m.clues
    return tuple(f"{d.condition}: {d.clue}" for d in _differentials(m, models))


def _differentials(m: Muscle, models: Sequence[Muscle | Lookalike]) -> tuple[Differential, ...]:
    """The muscle's differentials that speak of another compared item (all of them when
    none does), so the table stays short and on the point."""
    words = [w for other in models if other is not m for w in _keywords(other)]
    relevant = tuple(
        d
        for d in m.differentials
        if any(
            re.search(rf"(?<!\w){re.escape(w)}(?!\w)", f"{d.condition} {d.clue}".lower())
            for w in words
        )
    )
    return relevant or m.differentials


def _doctor(m: Muscle | Lookalike) -> tuple[str, ...]:
    return (m.see_a_doctor,) if isinstance(m, Lookalike) else ()


def _limits(m: Muscle | Lookalike) -> tuple[str, ...]:
    return (m.limits,) if isinstance(m, Lookalike) else ()


def _sources(
    library: Library, m: Muscle | Lookalike, models: Sequence[Muscle | Lookalike]
) -> tuple[str, ...]:
    """The sources of what the table shows for the item, each named once."""
    cites: list[Citation] = []
    if isinstance(m, Muscle):
        for tp in m.trigger_points:
            cites += tp.citations
        for d in _differentials(m, models):
            cites += d.citations
    else:
        cites += m.citations
    shorts = {r.id: r.short for r in library.references}
    return tuple(dict.fromkeys(shorts.get(c.ref, c.ref) for c in cites))
