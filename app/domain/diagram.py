"""The diagram's geometry as plain values: regions, zones, trigger points, muscles,
look-alike areas.

Built by :mod:`app.content.svg_loader` from the SVG; everything here is in
document coordinates (SVG user units).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Generic, TypeVar

from app.domain.geometry import Area, BBox, Point
from app.domain.ids import Pattern, Side

K = TypeVar("K")


@dataclass(frozen=True, order=True)
class ZoneKey:
    side: Side
    trigger_point: str
    pattern: Pattern

    @property
    def svg_id(self) -> str:
        return f"zone-{self.side}-{self.trigger_point}-{self.pattern}"

    @property
    def sole_svg_id(self) -> str:
        """The id of the same pattern drawn on the sole inset of that side's foot."""
        return f"sole-{self.side}-{self.trigger_point}-{self.pattern}"


@dataclass(frozen=True)
class Marker:
    """A trigger-point marker: a circle on the drawing."""

    side: Side
    trigger_point: str
    x: float
    y: float
    r: float

    @property
    def svg_id(self) -> str:
        return f"tp-{self.side}-{self.trigger_point}"


@dataclass(frozen=True)
class Diagram:
    view_box: BBox
    silhouette: Area
    regions: Mapping[str, Area]
    zones: Mapping[ZoneKey, Area]
    #: Zones on the sole insets (each foot seen from below), keyed like ``zones``: the
    #: side is the foot's. Not in the spatial index: ``zones_at`` answers body zones only.
    sole_zones: Mapping[ZoneKey, Area]
    markers: Mapping[tuple[Side, str], Marker]
    muscles: Mapping[tuple[Side, str], Area]
    element_ids: frozenset[str]
    #: Look-alike areas (nerve roots, the sacroiliac joint: ``Library.lookalikes``), keyed
    #: by (side, look-alike id). ONE area per key: its rings are the posterior-view piece
    #: (``lookalike-{side}-{id}``) followed by the piece on that side's sole inset
    #: (``lookalike-sole-{side}-{id}``) where there is one; the pieces never overlap, so
    #: ``contains`` answers for a point on the body and in the inset alike. The SVG ids
    #: of the pieces (to draw their outlines): :meth:`lookalike_svg_ids`.
    lookalikes: Mapping[tuple[Side, str], Area] = field(
        default_factory=lambda: MappingProxyType({})
    )

    @classmethod
    def build(
        cls,
        *,
        view_box: BBox,
        silhouette: Area,
        regions: dict[str, Area],
        zones: dict[ZoneKey, Area],
        markers: dict[tuple[Side, str], Marker],
        muscles: dict[tuple[Side, str], Area],
        element_ids: frozenset[str],
        sole_zones: dict[ZoneKey, Area] | None = None,
        lookalikes: dict[tuple[Side, str], Area] | None = None,
    ) -> Diagram:
        return cls(
            view_box=view_box,
            silhouette=silhouette,
            regions=MappingProxyType(dict(sorted(regions.items()))),
            zones=MappingProxyType(dict(sorted(zones.items()))),
            sole_zones=MappingProxyType(dict(sorted((sole_zones or {}).items()))),
            markers=MappingProxyType(dict(sorted(markers.items()))),
            muscles=MappingProxyType(dict(sorted(muscles.items()))),
            element_ids=element_ids,
            lookalikes=MappingProxyType(dict(sorted((lookalikes or {}).items()))),
        )

    def region_at(self, x: float, y: float) -> str | None:
        """The region containing a point, or None outside the body."""
        for region_id, area in self._region_grid.near(x, y):
            if area.contains(x, y):
                return region_id
        return None

    def lookalike_svg_ids(self, side: Side, lookalike_id: str) -> tuple[str, ...]:
        """The SVG ids of a look-alike's pieces that the drawing has: the posterior-view
        piece first, then the sole-inset piece."""
        ids = (
            lookalike_svg_id(side, lookalike_id),
            lookalike_svg_id(side, lookalike_id, sole=True),
        )
        return tuple(i for i in ids if i in self.element_ids)

    def lookalikes_at(self, x: float, y: float) -> list[tuple[Side, str]]:
        """The look-alikes whose area (on the body or on a sole inset) holds the point."""
        return [key for key, area in self.lookalikes.items() if area.contains(x, y)]

    def zones_at(self, x: float, y: float) -> list[ZoneKey]:
        return [key for key, area in self._zone_grid.near(x, y) if area.contains(x, y)]

    @cached_property
    def _region_grid(self) -> _Grid[str]:
        return _Grid(self.regions)

    @cached_property
    def _zone_grid(self) -> _Grid[ZoneKey]:
        return _Grid(self.zones)

    def prepare(self) -> None:
        """Build the spatial indexes now rather than on the first query."""
        _ = self._region_grid, self._zone_grid

    def region_point(self, region_id: str) -> Point:
        """An interior point of a region (used by the CLI and the tests)."""
        return self.regions[region_id].interior_point()


class _Grid(Generic[K]):
    """Areas bucketed by the square cells their bounding boxes touch, so a point query
    tests only the few areas near it (in the order they were given) instead of all."""

    CELL = 24.0  # document units: a few cells per zone, a few zones per cell

    def __init__(self, areas: Mapping[K, Area]) -> None:
        cells: dict[tuple[int, int], list[tuple[K, Area]]] = {}
        for key, area in areas.items():
            b = area.bbox
            for i in range(self._cell(b.x0), self._cell(b.x1) + 1):
                for j in range(self._cell(b.y0), self._cell(b.y1) + 1):
                    cells.setdefault((i, j), []).append((key, area))
        self._cells = {k: tuple(v) for k, v in cells.items()}

    def _cell(self, v: float) -> int:
        return math.floor(v / self.CELL)

    def near(self, x: float, y: float) -> tuple[tuple[K, Area], ...]:
        return self._cells.get((self._cell(x), self._cell(y)), ())


SIDED_ID = re.compile(r"^(?P<side>left|right)-(?P<rest>[a-z0-9-]+)$")
SOLE_ID = re.compile(
    r"^sole-(?P<side>left|right)-(?P<tp>[a-z0-9-]+)-(?P<pattern>essential|spillover)$"
)
ZONE_ID = re.compile(
    r"^zone-(?P<side>left|right)-(?P<tp>[a-z0-9-]+)-(?P<pattern>essential|spillover)$"
)
#: ``lookalike-{side}-{id}`` (posterior view) or ``lookalike-sole-{side}-{id}`` (sole inset)
LOOKALIKE_ID = re.compile(
    r"^lookalike-(?:(?P<sole>sole)-)?(?P<side>left|right)-(?P<id>[a-z0-9-]+)$"
)


def lookalike_svg_id(side: Side, lookalike_id: str, *, sole: bool = False) -> str:
    """``lookalike-left-s1``, or with ``sole`` the piece on the sole inset,
    ``lookalike-sole-left-s1``."""
    return f"lookalike-{'sole-' if sole else ''}{side}-{lookalike_id}"
