"""Parse the diagram SVG (with svgelements) into a :class:`Diagram` of plain polygons.

Slow (about two seconds for the bundled SVG): the app reads the geometry compiled from
it (:mod:`app.content.geometry_file`); this runs for an SVG that has none, and in
``tools/compile_diagram.py``."""

from __future__ import annotations

import io
from pathlib import Path

from svgelements import (
    SVG,
    Circle,
    Close,
    CubicBezier,
    Line,
    Matrix,
    Move,
    QuadraticBezier,
    Shape,
    SVGElement,
)
from svgelements import (
    Path as SvgPath,
)
from svgelements import (
    Point as SvgPoint,
)

from app.content.geometry_file import DiagramError
from app.domain.diagram import (
    LOOKALIKE_ID,
    SIDED_ID,
    SOLE_ID,
    ZONE_ID,
    Diagram,
    Marker,
    ZoneKey,
)
from app.domain.geometry import Area, BBox, Point, Ring
from app.domain.ids import Pattern, Side

CURVE_STEPS = 24


def _rings(shape: Shape, to_user: Matrix) -> tuple[Ring, ...]:
    path = shape if isinstance(shape, SvgPath) else SvgPath(shape)
    if not to_user.is_identity():
        path = path * to_user
        path.reify()
    rings: list[Ring] = []
    for sub in path.as_subpaths():
        pts: list[Point] = []
        for seg in sub:
            if isinstance(seg, Move):
                pts.append((float(seg.end.x), float(seg.end.y)))
            elif isinstance(seg, Line | Close):
                if seg.end is not None:
                    pts.append((float(seg.end.x), float(seg.end.y)))
            elif isinstance(seg, CubicBezier | QuadraticBezier) or hasattr(seg, "point"):
                for i in range(1, CURVE_STEPS + 1):
                    p = seg.point(i / CURVE_STEPS)
                    pts.append((float(p.x), float(p.y)))
        if len(pts) > 1 and pts[0] == pts[-1]:
            pts.pop()
        if len(pts) >= 3:
            rings.append(tuple(pts))
    return tuple(rings)


def _area(path: Path, element_id: str, shape: Shape, to_user: Matrix) -> Area:
    rings = _rings(shape, to_user)
    if not rings:
        raise DiagramError(path, f"element {element_id!r} has no closed shape")
    return Area(rings)


def _side_and_rest(path: Path, element_id: str, prefix: str) -> tuple[Side, str]:
    match = SIDED_ID.match(element_id[len(prefix) :])
    if not match:
        raise DiagramError(path, f"id {element_id!r} must be {prefix}left-... or {prefix}right-...")
    side: Side = "left" if match["side"] == "left" else "right"
    return side, match["rest"]


def parse_svg(path: Path, data: bytes) -> Diagram:
    """The diagram in ``data``, the bytes of the SVG file at ``path`` (named in errors)."""
    try:
        svg = SVG.parse(io.BytesIO(data))
    except Exception as exc:  # svgelements raises many kinds for malformed XML
        raise DiagramError(path, f"cannot parse SVG: {exc}") from exc

    vb = svg.viewbox
    if vb is None:
        raise DiagramError(path, "the <svg> element needs a viewBox")
    # svgelements maps the viewBox onto the width/height viewport; undo that so every
    # number stays in SVG user units, the coordinates Qt's renderer (and the scene) use.
    to_user = ~Matrix(vb.transform(svg))
    view_box = BBox(float(vb.x), float(vb.y), float(vb.x + vb.width), float(vb.y + vb.height))

    silhouette: Area | None = None
    regions: dict[str, Area] = {}
    zones: dict[ZoneKey, Area] = {}
    sole_zones: dict[ZoneKey, Area] = {}
    markers: dict[tuple[Side, str], Marker] = {}
    muscles: dict[tuple[Side, str], Area] = {}
    # (side, look-alike id) -> [(on the sole?, rings)]: merged into one area below
    lookalike_pieces: dict[tuple[Side, str], list[tuple[bool, tuple[Ring, ...]]]] = {}
    ids: set[str] = set()

    for element in svg.elements():
        if not isinstance(element, SVGElement):
            continue
        element_id = element.values.get("id") if hasattr(element, "values") else None
        if not element_id or element is svg:
            continue
        if element_id in ids:
            raise DiagramError(path, f"id {element_id!r} is used twice")
        ids.add(element_id)
        if not isinstance(element, Shape):
            continue
        if element_id == "silhouette":
            silhouette = _area(path, element_id, element, to_user)
        elif element_id.startswith("region-"):
            regions[element_id[len("region-") :]] = _area(path, element_id, element, to_user)
        elif element_id.startswith("zone-"):
            match = ZONE_ID.match(element_id)
            if not match:
                raise DiagramError(
                    path,
                    f"zone id {element_id!r} must be zone-SIDE-TRIGGERPOINT-essential|spillover",
                )
            side: Side = "left" if match["side"] == "left" else "right"
            pattern: Pattern = "essential" if match["pattern"] == "essential" else "spillover"
            zones[ZoneKey(side, match["tp"], pattern)] = _area(path, element_id, element, to_user)
        elif element_id.startswith("sole-"):
            match = SOLE_ID.match(element_id)
            if not match:
                raise DiagramError(
                    path,
                    f"sole zone id {element_id!r} must be "
                    "sole-SIDE-TRIGGERPOINT-essential|spillover (SIDE: left or right)",
                )
            side = "left" if match["side"] == "left" else "right"
            pattern = "essential" if match["pattern"] == "essential" else "spillover"
            key = ZoneKey(side, match["tp"], pattern)
            sole_zones[key] = _area(path, element_id, element, to_user)
        elif element_id.startswith("tp-"):
            side, tp = _side_and_rest(path, element_id, "tp-")
            if not isinstance(element, Circle):
                raise DiagramError(path, f"trigger point marker {element_id!r} must be a <circle>")
            centre = SvgPoint(element.cx, element.cy) * to_user
            markers[(side, tp)] = Marker(
                side,
                tp,
                float(centre.x),
                float(centre.y),
                float(element.implicit_rx) * abs(to_user.value_scale_x()),
            )
        elif element_id.startswith("muscle-"):
            side, muscle = _side_and_rest(path, element_id, "muscle-")
            muscles[(side, muscle)] = _area(path, element_id, element, to_user)
        elif element_id.startswith("lookalike-"):
            match = LOOKALIKE_ID.match(element_id)
            if not match:
                raise DiagramError(
                    path,
                    f"look-alike id {element_id!r} must be lookalike-SIDE-ID or "
                    "lookalike-sole-SIDE-ID (SIDE: left or right)",
                )
            side = "left" if match["side"] == "left" else "right"
            rings = _area(path, element_id, element, to_user).rings
            pieces = lookalike_pieces.setdefault((side, match["id"]), [])
            pieces.append((match["sole"] is not None, rings))

    # One area per look-alike and side: the body piece's rings, then the sole piece's.
    lookalikes = {
        key: Area(tuple(ring for _, rings in sorted(pieces, key=lambda p: p[0]) for ring in rings))
        for key, pieces in lookalike_pieces.items()
    }

    if silhouette is None:
        raise DiagramError(path, "no element with id 'silhouette'")
    if not regions:
        raise DiagramError(path, "no region-* elements")
    return Diagram.build(
        view_box=view_box,
        silhouette=silhouette,
        regions=regions,
        zones=zones,
        sole_zones=sole_zones,
        markers=markers,
        muscles=muscles,
        lookalikes=lookalikes,
        element_ids=frozenset(ids),
    )
