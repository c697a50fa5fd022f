"""The content as it goes on paper (the report and the handout): without editorial text.

Some content fields are written for the app's authors and its students rather than for
a patient, and stay on screen only:

- a muscle's ``notes`` ("Good to know"): how the map was drawn (estimated zones, merged
  trigger points, numbering not used), what the sources say about each other, reading
  notes ("the source article makes the same point");
- a treatment's ``source_note``: remarks about a source itself (the ultrasound
  paragraph of the source article that breaks off unfinished);
- a citation's ``detail``: besides the chapter and figure, how far a source was read
  ("read only as the abstract of part 1"), what was not checked, which review changed
  a zone. On paper a citation names its source (author and year) only, once.

No Qt here: plain frozen models in, plain frozen models out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from app.domain.models import Citation, Library, Muscle, Treatment, WarningSign

#: Fields left out on paper, per model, with the value they take there.
EDITORIAL: dict[type[BaseModel], dict[str, Any]] = {
    Muscle: {"notes": ()},
    Treatment: {"source_note": None},
}


def for_paper(library: Library, *, warnings: Sequence[WarningSign] | None = None) -> Library:
    """``library`` without its editorial text; with ``warnings``, the safety section's
    warning signs are only those (the ones for the marked places)."""
    paper = _strip(library)
    assert isinstance(paper, Library)
    if warnings is not None:
        safety = paper.safety.model_copy(update={"warnings": tuple(_strip(w) for w in warnings)})
        paper = paper.model_copy(update={"safety": safety})
    return paper


def _strip(value: Any) -> Any:  # noqa: ANN401 (any content value)
    if isinstance(value, Citation):
        return value.model_copy(update={"detail": None})
    if isinstance(value, tuple):
        items = tuple(_strip(v) for v in value)
        if items and all(isinstance(c, Citation) for c in items):
            # Without their details, two citations of one source are the same.
            first: dict[str, Any] = {}
            for c in items:
                first.setdefault(c.ref, c)
            items = tuple(first.values())
        return items
    if isinstance(value, BaseModel):
        update = {name: _strip(getattr(value, name)) for name in type(value).model_fields}
        update |= EDITORIAL.get(type(value), {})
        return value.model_copy(update=update)
    return value
