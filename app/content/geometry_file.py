"""The diagram's geometry as a plain data file, compiled from the SVG when it is built.

Parsing the SVG with svgelements takes about two seconds, and its geometry only changes
when the artwork is rebuilt. So ``tools/compile_diagram.py`` parses it once and writes
``assets/compiled/posterior.geometry``, shipped with the package, and the app reads that
instead (a few milliseconds). The file records the SHA-256 of the SVG bytes it was made
from; it is used only for exactly those bytes, so an edited SVG is parsed, never paired
with stale geometry.

Format: one line of JSON (the format name, the SVG's SHA-256, the viewBox, the element
ids, the markers, and for each area its key, bounding box and the number of points of
each ring), a newline, then every ring's coordinates, x and y alternating, as
little-endian IEEE 754 doubles: the same numbers the parser produced, bit for bit.
For the zones (on the body and on the soles) it also holds what the lookup derives from
each: its area and the outline simplified for measuring distances (the points of each
outline ring follow the area's rings), so the first clicks do not compute them
(docs/decisions/0003). Nothing in it is executed or unpickled.
"""

from __future__ import annotations

import hashlib
import json
import struct
from pathlib import Path
from typing import Any

from app.domain.diagram import Diagram, Marker, ZoneKey
from app.domain.geometry import Area, BBox, Ring

FORMAT = "triggermap-geometry/2"
_POINT = struct.Struct("<dd")  # one point: x, y as little-endian doubles
_DERIVED = ("zone", "sole")  # kinds stored with their area and distance outline


class DiagramError(ValueError):
    """The SVG is missing, unreadable or breaks the id scheme (CONTEXT.md)."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


def svg_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def dump_geometry(diagram: Diagram, sha256: str) -> bytes:
    """The file's bytes for ``diagram``, parsed from the SVG whose SHA-256 is ``sha256``."""
    areas: list[list[Any]] = []
    coords: list[bytes] = []

    def add(kind: str, key: object, area: Area) -> None:
        b = area.bbox
        entry = [kind, key, [b.x0, b.y0, b.x1, b.y1], [len(r) for r in area.rings]]
        rings = list(area.rings)
        if kind in _DERIVED:
            entry += [area.area, [len(r) for r in area.outline]]
            rings += area.outline
        areas.append(entry)
        coords.extend(_POINT.pack(x, y) for ring in rings for x, y in ring)

    add("silhouette", None, diagram.silhouette)
    for region, area in diagram.regions.items():
        add("region", region, area)
    for zone, area in diagram.zones.items():
        add("zone", [zone.side, zone.trigger_point, zone.pattern], area)
    for zone, area in diagram.sole_zones.items():
        add("sole", [zone.side, zone.trigger_point, zone.pattern], area)
    for (side, muscle), area in diagram.muscles.items():
        add("muscle", [side, muscle], area)
    for (side, lookalike), area in diagram.lookalikes.items():
        add("lookalike", [side, lookalike], area)
    vb = diagram.view_box
    header = {
        "format": FORMAT,
        "svg_sha256": sha256,
        "view_box": [vb.x0, vb.y0, vb.x1, vb.y1],
        "element_ids": sorted(diagram.element_ids),
        "markers": [[m.side, m.trigger_point, m.x, m.y, m.r] for m in diagram.markers.values()],
        "areas": areas,
    }
    line = json.dumps(header, separators=(",", ":"), allow_nan=False).encode()
    return line + b"\n" + b"".join(coords)


def read_geometry(path: Path, sha256: str) -> Diagram | None:
    """The geometry stored at ``path`` if it was compiled from the SVG whose SHA-256 is
    ``sha256``; None if it was not, or if the file is missing or damaged (the caller then
    parses the SVG)."""
    try:
        data = path.read_bytes()
        end = data.index(b"\n")
        header = json.loads(data[:end])
        if header.get("format") != FORMAT or header.get("svg_sha256") != sha256:
            return None
        return _diagram(header, memoryview(data)[end + 1 :])
    except Exception:  # missing, unreadable or damaged: parse the SVG instead
        return None


def _diagram(header: dict[str, Any], coords: memoryview) -> Diagram:
    points: list[tuple[float, float]] = list(_POINT.iter_unpack(coords))
    at = 0

    def take(sizes: list[int]) -> tuple[Ring, ...]:
        nonlocal at
        rings: list[Ring] = []
        for n in sizes:
            if n < 3 or at + n > len(points):
                raise ValueError("the coordinates do not match the areas")
            rings.append(tuple(points[at : at + n]))
            at += n
        return tuple(rings)

    silhouette: Area | None = None
    regions: dict[str, Area] = {}
    zones: dict[ZoneKey, Area] = {}
    sole_zones: dict[ZoneKey, Area] = {}
    muscles: dict[tuple[Any, str], Area] = {}
    lookalikes: dict[tuple[Any, str], Area] = {}
    for kind, key, bbox, sizes, *derived in header["areas"]:
        rings = take(sizes)
        if kind in _DERIVED:
            value, outline_sizes = derived
            area = Area.with_bbox(rings, BBox(*bbox), area=value, outline=take(outline_sizes))
        else:
            area = Area.with_bbox(rings, BBox(*bbox))
        if kind == "silhouette":
            silhouette = area
        elif kind == "region":
            regions[key] = area
        elif kind == "zone":
            zones[ZoneKey(*key)] = area
        elif kind == "sole":
            sole_zones[ZoneKey(*key)] = area
        elif kind == "muscle":
            muscles[(key[0], key[1])] = area
        elif kind == "lookalike":
            lookalikes[(key[0], key[1])] = area
        else:
            raise ValueError(f"unknown kind of area {kind!r}")
    if at != len(points):
        raise ValueError("the coordinates do not match the areas")
    if silhouette is None:
        raise ValueError("no silhouette")
    markers = {(s, tp): Marker(s, tp, x, y, r) for s, tp, x, y, r in header["markers"]}
    return Diagram.build(
        view_box=BBox(*header["view_box"]),
        silhouette=silhouette,
        regions=regions,
        zones=zones,
        sole_zones=sole_zones,
        markers=markers,
        muscles=muscles,
        lookalikes=lookalikes,
        element_ids=frozenset(header["element_ids"]),
    )
