"""Read ``content/`` (TOML files) into a validated :class:`Library`.

Every problem is reported with the file, the field and what is wrong, e.g.
``muscles/piriformis.toml: trigger_points[0].location: Field required``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from app.domain.models import (
    GlossaryTerm,
    Library,
    Lookalike,
    Muscle,
    PainGuideArea,
    Reference,
    RegionName,
    Safety,
    Stretch,
    Topic,
    Treatment,
)
from app.domain.reasons import os_reason

M = TypeVar("M", bound=BaseModel)


class ContentError(ValueError):
    """One or more problems in content files; ``problems`` lists them all."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


def _where(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _read_toml(path: Path, base: Path, problems: list[str]) -> dict[str, Any] | None:
    import tomllib  # only here: a start-up from the compiled content never needs it

    rel = path.relative_to(base).as_posix()
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        problems.append(f"{rel}: file is missing")
    except tomllib.TOMLDecodeError as exc:
        problems.append(f"{rel}: not valid TOML: {exc}")
    except UnicodeDecodeError as exc:
        problems.append(f"{rel}: not UTF-8 text: {exc}")
    except OSError as exc:  # a folder, no permission, a disk error: one line, not a traceback
        problems.append(f"{rel}: cannot be read ({os_reason(exc)})")
    return None


def _validate(
    model: type[M], data: Any, rel: str, prefix: tuple[int | str, ...], problems: list[str]
) -> M | None:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            problems.append(f"{rel}: {_where(prefix + tuple(err['loc']))}: {err['msg']}")
    return None


def _table_list(base: Path, name: str, key: str, model: type[M], problems: list[str]) -> list[M]:
    data = _read_toml(base / name, base, problems)
    if data is None:
        return []
    items = data.get(key)
    if not isinstance(items, list) or not items:
        problems.append(f"{name}: {key}: expected one or more [[{key}]] tables")
        return []
    out: list[M] = []
    for i, item in enumerate(items):
        value = _validate(model, item, name, (key, i), problems)
        if value is not None:
            out.append(value)
    return out


def _check_unique(kind: str, ids: list[str], problems: list[str]) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            problems.append(f"{kind}: id {i!r} is defined twice")
        seen.add(i)


def load_library(base: Path) -> Library:
    """Load and validate every content file, collecting all problems before failing."""
    problems: list[str] = []
    if not base.is_dir():
        raise ContentError([f"{base}: content folder not found"])

    muscles: list[Muscle] = []
    muscle_files = sorted((base / "muscles").glob("*.toml"))
    if not muscle_files:
        problems.append("muscles/: no muscle files")
    for path in muscle_files:
        rel = path.relative_to(base).as_posix()
        data = _read_toml(path, base, problems)
        if data is None:
            continue
        muscle = _validate(Muscle, data, rel, (), problems)
        if muscle is None:
            continue
        if muscle.id != path.stem:
            problems.append(f"{rel}: id: {muscle.id!r} must match the file name {path.stem!r}")
        muscles.append(muscle)

    stretches = _table_list(base, "stretches.toml", "stretch", Stretch, problems)
    treatments = _table_list(base, "treatments.toml", "treatment", Treatment, problems)
    topics = _table_list(base, "background.toml", "topic", Topic, problems)
    references = _table_list(base, "references.toml", "reference", Reference, problems)
    regions = _table_list(base, "regions.toml", "region", RegionName, problems)
    glossary = _table_list(base, "glossary.toml", "term", GlossaryTerm, problems)
    pain_guide = (
        _table_list(base, "pain_guide.toml", "area", PainGuideArea, problems)
        if (base / "pain_guide.toml").exists()
        else []
    )
    lookalikes = (
        _table_list(base, "lookalikes.toml", "lookalike", Lookalike, problems)
        if (base / "lookalikes.toml").exists()
        else []
    )
    safety_data = _read_toml(base / "safety.toml", base, problems)
    safety = (
        _validate(Safety, safety_data, "safety.toml", (), problems)
        if safety_data is not None
        else None
    )

    for kind, ids in (
        ("muscles", [m.id for m in muscles]),
        ("stretches.toml", [s.id for s in stretches]),
        ("treatments.toml", [t.id for t in treatments]),
        ("background.toml", [t.id for t in topics]),
        ("references.toml", [r.id for r in references]),
        ("regions.toml", [r.id for r in regions]),
        ("trigger points", [tp.id for m in muscles for tp in m.trigger_points]),
        ("lookalikes.toml", [x.id for x in lookalikes]),
        ("safety.toml warnings", [w.id for w in safety.warnings] if safety else []),
    ):
        _check_unique(kind, ids, problems)

    if problems or safety is None:
        raise ContentError(problems or ["safety.toml: could not be read"])
    library = Library(
        muscles=tuple(muscles),
        stretches=tuple(stretches),
        treatments=tuple(treatments),
        topics=tuple(topics),
        references=tuple(references),
        regions=tuple(regions),
        glossary=tuple(glossary),
        safety=safety,
        pain_guide=tuple(pain_guide),
        lookalikes=tuple(lookalikes),
    )
    problems.extend(_reference_problems(library))
    if problems:
        raise ContentError(problems)
    return library


def _reference_problems(lib: Library) -> list[str]:
    """Ids that point nowhere: citations, stretch/treatment lists, stretch targets."""
    problems: list[str] = []
    refs = {r.id for r in lib.references}
    stretches = {s.id for s in lib.stretches}
    treatments = {t.id for t in lib.treatments}
    muscles = {m.id for m in lib.muscles}

    def cite(where: str, citations: Sequence[Any]) -> None:
        for c in citations:
            if c.ref not in refs:
                problems.append(f"{where}: unknown reference {c.ref!r} (not in references.toml)")

    for m in lib.muscles:
        f = f"muscles/{m.id}.toml"
        cite(f"{f}: references", m.references)
        for i, tp in enumerate(m.trigger_points):
            cite(f"{f}: trigger_points[{i}].citations", tp.citations)
        for i, d in enumerate(m.differentials):
            cite(f"{f}: differentials[{i}].citations", d.citations)
        for i, c in enumerate(m.cautions):
            cite(f"{f}: cautions[{i}].citations", c.citations)
        if m.stretches and m.no_stretch:
            problems.append(f"{f}: no_stretch: give it only when the muscle has no stretches")
        for s in m.stretches:
            if s not in stretches:
                problems.append(f"{f}: stretches: unknown stretch {s!r} (not in stretches.toml)")
        for t in m.treatments:
            if t not in treatments:
                problems.append(
                    f"{f}: treatments: unknown treatment {t!r} (not in treatments.toml)"
                )
    for i, stretch in enumerate(lib.stretches):
        cite(f"stretches.toml: stretch[{i}].references", stretch.references)
        for target in stretch.targets:
            if target not in muscles:
                problems.append(f"stretches.toml: stretch[{i}].targets: unknown muscle {target!r}")
    for i, treatment in enumerate(lib.treatments):
        cite(f"treatments.toml: treatment[{i}].references", treatment.references)
    for i, topic in enumerate(lib.topics):
        cite(f"background.toml: topic[{i}].references", topic.references)
    regions = {r.id for r in lib.regions}
    for i, lookalike in enumerate(lib.lookalikes):
        cite(f"lookalikes.toml: lookalike[{i}].citations", lookalike.citations)
    for i, warning in enumerate(lib.safety.warnings):
        where = f"safety.toml: warnings[{i}]"
        cite(f"{where}.citations", warning.citations)
        for r in warning.regions:
            if r != "*" and r not in regions:
                problems.append(f"{where}.regions: unknown region {r!r} (not in regions.toml)")
    cite("safety.toml: evidence_citations", lib.safety.evidence_citations)
    seen: set[str] = set()
    for i, area in enumerate(lib.pain_guide):
        where = f"pain_guide.toml: area[{i}]"
        cite(f"{where}.citation", (area.citation,))
        for muscle_id in area.muscles:
            if muscle_id not in muscles:
                problems.append(f"{where}.muscles: unknown muscle {muscle_id!r}")
        for r in area.regions:
            if r not in regions:
                problems.append(f"{where}.regions: unknown region {r!r} (not in regions.toml)")
            elif r in seen:
                problems.append(f"{where}.regions: region {r!r} is already in another area")
            seen.add(r)
    return problems
