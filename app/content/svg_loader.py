"""Load the diagram: from the geometry compiled from the SVG, or by parsing the SVG."""

from __future__ import annotations

from pathlib import Path

from app.content.geometry_file import DiagramError, read_geometry, svg_sha256
from app.domain.diagram import Diagram

__all__ = ["DiagramError", "load_diagram", "read_svg"]


def read_svg(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise DiagramError(path, "file not found") from exc
    except OSError as exc:
        raise DiagramError(path, f"cannot be read ({exc.strerror})") from exc


def load_diagram(
    path: Path,
    *,
    compiled: Path | None = None,
    data: bytes | None = None,
    sha256: str | None = None,
) -> Diagram:
    """The diagram in the SVG at ``path`` (whose bytes are ``data``, and their SHA-256
    ``sha256``, if the caller has them). With ``compiled`` (a file written by
    ``tools/compile_diagram.py``), the geometry is read from there when it was compiled
    from exactly these SVG bytes (hashing them takes ~2 ms); any other SVG is parsed
    (about two seconds for the bundled one)."""
    if data is None:
        data = read_svg(path)
    if compiled is not None:
        diagram = read_geometry(compiled, sha256 or svg_sha256(data))
        if diagram is not None:
            return diagram
    from app.content.svg_parse import parse_svg  # svgelements: only when parsing

    return parse_svg(path, data)
