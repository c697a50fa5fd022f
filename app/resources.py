"""The one place that knows where bundled files live.

In a source checkout they are the top-level ``assets/`` and ``content/`` folders;
in an installed copy the same folders ship inside the package as ``app/_bundled``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_KINDS = ("assets", "content")


@cache
def bundled_dir(kind: str) -> Path:
    if kind not in _KINDS:
        raise ValueError(f"unknown bundled folder {kind!r}")
    here = Path(__file__).resolve().parent
    for candidate in (here / "_bundled" / kind, here.parent / kind):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {kind!r} not found next to {here}")


def bundled_file(kind: str, relative: str) -> Path:
    """A file under a bundled folder; refuses paths that escape it."""
    base = bundled_dir(kind)
    path = (base / relative).resolve()
    if base not in path.parents:
        raise ValueError(f"{relative!r} escapes the {kind} folder")
    return path


def diagram_svg() -> Path:
    return bundled_file("assets", "svg/posterior.svg")


def compiled_geometry() -> Path:
    """The geometry compiled from :func:`diagram_svg` by ``tools/compile_diagram.py``."""
    return bundled_file("assets", "compiled/posterior.geometry")


def compiled_art(figure: str | None = None) -> Path:
    """The art layers split from :func:`diagram_svg` (or from :func:`figure_svg` of
    ``figure``) by ``tools/compile_diagram.py``."""
    name = "posterior" if figure is None else figure
    return bundled_file("assets", f"compiled/{name}.art.json")


def figure_svg(figure: str) -> Path:
    """The art of a body figure other than the reference one, warped from
    :func:`diagram_svg` by ``tools/compile_diagram.py`` (app/content/figure_art.py)."""
    return bundled_file("assets", f"svg/figures/{figure}.svg")


def compiled_content() -> Path:
    """The content compiled from :func:`content_dir` by ``tools/compile_content.py``."""
    return bundled_file("assets", "compiled/content.json")


def illustrations_dir() -> Path:
    """Exercise pictures: ``<name>.svg`` for a stretch's or treatment's ``illustration``."""
    return bundled_file("assets", "svg/illustrations")


def content_dir() -> Path:
    return bundled_dir("content")
