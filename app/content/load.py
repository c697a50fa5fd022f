"""Load content and diagram together, checked against each other."""

from __future__ import annotations

from pathlib import Path

from app import resources
from app.content.library_loader import ContentError, load_library
from app.content.svg_loader import DiagramError, load_diagram
from app.domain.consistency import consistency_problems
from app.domain.lookup import Atlas


def load_atlas(*, content: Path | None = None, svg: Path | None = None) -> Atlas:
    """The bundled (or given) content and SVG; raises ContentError listing every problem."""
    library = load_library(content or resources.content_dir())
    try:
        diagram = load_diagram(svg or resources.diagram_svg(), cache=resources.cache_dir())
    except DiagramError as exc:
        raise ContentError([str(exc)]) from exc
    problems = consistency_problems(library, diagram)
    if problems:
        raise ContentError(problems)
    return Atlas(library, diagram)
