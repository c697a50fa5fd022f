"""Load content and diagram together, checked against each other."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

from app import resources
from app.content.content_file import content_sha256, read_content
from app.content.geometry_file import svg_sha256
from app.content.library_loader import ContentError, load_library
from app.content.svg_loader import DiagramError, load_diagram, read_svg
from app.domain.consistency import consistency_problems
from app.domain.lookup import Atlas
from app.domain.models import Library
from app.domain.reasons import os_reason

SVG_ROOT = "{http://www.w3.org/2000/svg}svg"


def load_atlas(
    *, content: Path | None = None, svg: Path | None = None, compiled: bool = True
) -> Atlas:
    """The bundled (or given) content and SVG; raises ContentError listing every problem.
    Pictures are looked for in ``illustrations/`` next to the SVG.

    The bundled content is read from its compiled form (app/content/content_file.py)
    when that was made from exactly these files and checked against exactly this SVG;
    otherwise, or without ``compiled`` (`triggermap validate`), the TOML files are
    loaded, validated and checked against the SVG."""
    svg = svg or resources.diagram_svg()
    base = content or resources.content_dir()
    data = sha = library = None
    if compiled and base == resources.content_dir():
        try:
            data = read_svg(svg)
        except DiagramError:
            pass  # reported below, after the content's own problems
        else:
            sha = svg_sha256(data)
            library = _compiled_library(base, sha)
    checked = library is not None
    if library is None:
        library = load_library(base)
    try:
        diagram = load_diagram(svg, compiled=resources.compiled_geometry(), data=data, sha256=sha)
    except DiagramError as exc:
        raise ContentError([str(exc)]) from exc
    problems = [] if checked else consistency_problems(library, diagram)
    problems += illustration_problems(library, svg.parent / "illustrations")
    if problems:
        raise ContentError(problems)
    return Atlas(library, diagram)


def _compiled_library(base: Path, svg_sha: str) -> Library | None:
    """The compiled content, if it was made from these files and checked against the SVG
    whose SHA-256 is ``svg_sha`` (hashing the files takes ~1 ms); None otherwise."""
    try:
        content_sha = content_sha256(base)
    except OSError:
        return None  # the slow way names the file that cannot be read
    return read_content(resources.compiled_content(), content_sha, svg_sha)


def illustration_problems(library: Library, folder: Path) -> list[str]:
    """Every picture named in the content exists, and every picture is used."""
    named = [("stretches.toml", "stretch", s.id, s.illustration) for s in library.stretches]
    named += [("treatments.toml", "treatment", t.id, t.illustration) for t in library.treatments]
    files = {p.stem for p in folder.glob("*.svg")} if folder.is_dir() else set()
    problems = [
        f"{where}: {kind} {item!r}: illustration {name!r} has no file {name}.svg in {folder}"
        for where, kind, item, name in named
        if name is not None and name not in files
    ]
    used = {name for *_, name in named}
    problems += [
        f"{folder / (name + '.svg')} is not the illustration of any stretch or treatment"
        for name in sorted(files - used)
    ]
    return problems


def picture_problems(library: Library, folder: Path) -> list[str]:
    """Every named picture that exists is an SVG document (a damaged one would leave a hole
    in its page and in the report). Checked by `triggermap validate`, not at each start-up:
    parsing every picture would cost each launch what one check before a release catches."""
    names = {s.illustration for s in library.stretches}
    names |= {t.illustration for t in library.treatments}
    problems: list[str] = []
    for name in sorted(n for n in names if n is not None):
        path = folder / f"{name}.svg"
        if not path.exists():
            continue  # illustration_problems names it
        try:
            root = ElementTree.parse(path).getroot()
        except OSError as exc:
            problems.append(f"{path}: cannot be read ({os_reason(exc)})")
        except ElementTree.ParseError as exc:
            problems.append(f"{path}: not a valid SVG ({exc})")
        else:
            if root.tag not in (SVG_ROOT, "svg"):
                problems.append(f"{path}: not an SVG (its root element is <{root.tag}>)")
    return problems
