"""The diagram's geometry as plain values: regions, zones, trigger points, muscles.

Built by :mod:`app.content.svg_loader` from the SVG; everything here is in
document coordinates (SVG user units).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from app.domain.geometry import Area, BBox, Point
from app.domain.ids import Pattern, Side


@dataclass(frozen=True, order=True)
class ZoneKey:
    side: Side
    trigger_point: str
    pattern: Pattern

    @property
    def svg_id(self) -> str:
        return f"zone-{self.side}-{self.trigger_point}-{self.pattern}"


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
    #: Zones on the sole-of-foot inset (left foot only), keyed by (trigger point, pattern).
    sole_zones: Mapping[tuple[str, Pattern], Area]
    markers: Mapping[tuple[Side, str], Marker]
    muscles: Mapping[tuple[Side, str], Area]
    element_ids: frozenset[str]

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
        sole_zones: dict[tuple[str, Pattern], Area] | None = None,
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
        )

    def region_at(self, x: float, y: float) -> str | None:
        """The region containing a point, or None outside the body."""
        for region_id, area in self.regions.items():
            if area.contains(x, y):
                return region_id
        return None

    def zones_at(self, x: float, y: float) -> list[ZoneKey]:
        return [key for key, area in self.zones.items() if area.contains(x, y)]

    def region_point(self, region_id: str) -> Point:
        """An interior point of a region (used by the CLI and the tests)."""
        return self.regions[region_id].interior_point()


SIDED_ID = re.compile(r"^(?P<side>left|right)-(?P<rest>[a-z0-9-]+)$")
SOLE_ID = re.compile(r"^sole-(?P<tp>[a-z0-9-]+)-(?P<pattern>essential|spillover)$")
ZONE_ID = re.compile(
    r"^zone-(?P<side>left|right)-(?P<tp>[a-z0-9-]+)-(?P<pattern>essential|spillover)$"
)
