"""Read the diagram SVG (with svgelements) into a :class:`Diagram` of plain polygons."""

from __future__ import annotations

from pathlib import Path

from svgelements import (
    SVG,
    Circle,
    Close,
    CubicBezier,
    Line,
    Move,
    Path as SvgPath,
    QuadraticBezier,
    Shape,
    SVGElement,
)

from app.domain.diagram import SIDED_ID, ZONE_ID, Diagram, Marker, ZoneKey
from app.domain.geometry import Area, BBox, Point, Ring
from app.domain.models import Side

CURVE_STEPS = 24


class DiagramError(ValueError):
    """The SVG is missing, unreadable or breaks the id scheme (CONTEXT.md)."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


def _rings(shape: Shape) -> tuple[Ring, ...]:
    path = shape if isinstance(shape, SvgPath) else SvgPath(shape)
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


def _area(path: Path, element_id: str, shape: Shape) -> Area:
    rings = _rings(shape)
    if not rings:
        raise DiagramError(path, f"element {element_id!r} has no closed shape")
    return Area(rings)


def _side_and_rest(path: Path, element_id: str, prefix: str) -> tuple[Side, str]:
    match = SIDED_ID.match(element_id[len(prefix) :])
    if not match:
        raise DiagramError(path, f"id {element_id!r} must be {prefix}left-... or {prefix}right-...")
    side: Side = "left" if match["side"] == "left" else "right"
    return side, match["rest"]


def load_diagram(path: Path) -> Diagram:
    try:
        svg = SVG.parse(str(path))
    except FileNotFoundError as exc:
        raise DiagramError(path, "file not found") from exc
    except Exception as exc:  # svgelements raises many kinds for malformed XML
        raise DiagramError(path, f"cannot parse SVG: {exc}") from exc

    vb = svg.viewbox
    if vb is None:
        raise DiagramError(path, "the <svg> element needs a viewBox")
    view_box = BBox(float(vb.x), float(vb.y), float(vb.x + vb.width), float(vb.y + vb.height))

    silhouette: Area | None = None
    regions: dict[str, Area] = {}
    zones: dict[ZoneKey, Area] = {}
    markers: dict[tuple[Side, str], Marker] = {}
    muscles: dict[tuple[Side, str], Area] = {}
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
            silhouette = _area(path, element_id, element)
        elif element_id.startswith("region-"):
            regions[element_id[len("region-") :]] = _area(path, element_id, element)
        elif element_id.startswith("zone-"):
            match = ZONE_ID.match(element_id)
            if not match:
                raise DiagramError(
                    path, f"zone id {element_id!r} must be zone-SIDE-TRIGGERPOINT-essential|spillover"
                )
            side: Side = "left" if match["side"] == "left" else "right"
            pattern = "essential" if match["pattern"] == "essential" else "spillover"
            zones[ZoneKey(side, match["tp"], pattern)] = _area(path, element_id, element)
        elif element_id.startswith("tp-"):
            side, tp = _side_and_rest(path, element_id, "tp-")
            if not isinstance(element, Circle):
                raise DiagramError(path, f"trigger point marker {element_id!r} must be a <circle>")
            markers[(side, tp)] = Marker(
                side, tp, float(element.cx), float(element.cy), float(element.implicit_rx)
            )
        elif element_id.startswith("muscle-"):
            side, muscle = _side_and_rest(path, element_id, "muscle-")
            muscles[(side, muscle)] = _area(path, element_id, element)

    if silhouette is None:
        raise DiagramError(path, "no element with id 'silhouette'")
    if not regions:
        raise DiagramError(path, "no region-* elements")
    return Diagram.build(
        view_box=view_box,
        silhouette=silhouette,
        regions=regions,
        zones=zones,
        markers=markers,
        muscles=muscles,
        element_ids=frozenset(ids),
    )
