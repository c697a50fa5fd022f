"""Checks on the REAL bundled files: assets/svg/posterior.svg and content/.

Skipped (module level) only while the SVG or the content folder does not exist yet; once
they exist every test here must pass for real.

Sampling many points against shapes of thousands of vertices is slow with Area.contains
one point at a time, so `RowScan` below answers the same question row by row: it uses the
same edges, in the same direction, with the same half-open rule and the same formula as
ring_contains, so its answers are bit-for-bit those of Area.contains (each sampling test
also cross-checks a subset against Area.contains itself).
"""

import json
import math
import os
import xml.etree.ElementTree as ET
from bisect import bisect_right
from collections.abc import Iterable

import pytest

from app import resources
from app.cli import main
from app.content.library_loader import ContentError
from app.content.load import load_atlas
from app.content.svg_loader import load_diagram
from app.domain.consistency import consistency_problems
from app.domain.diagram import ZONE_ID, Diagram, ZoneKey
from app.domain.geometry import Area, BBox, Point, sample_grid
from app.domain.lookup import Atlas

try:
    SVG_PATH = str(resources.diagram_svg())
    CONTENT_PATH = str(resources.content_dir())
except (FileNotFoundError, ValueError):  # a bundled folder itself is missing
    SVG_PATH = CONTENT_PATH = ""

if not (SVG_PATH and os.path.exists(SVG_PATH)):
    pytest.skip(
        f"the bundled SVG {SVG_PATH or 'assets/svg/posterior.svg'} does not exist yet "
        "(python tools/build_svg.py writes it)",
        allow_module_level=True,
    )
if not (CONTENT_PATH and os.path.isdir(CONTENT_PATH)):
    pytest.skip("the bundled content/ folder does not exist yet", allow_module_level=True)

SIDED_REGIONS = (
    "thoracolumbar",
    "lumbar",
    "iliac-crest",
    "sacroiliac",
    "buttock-upper",
    "buttock-lower",
    "hip-lateral",
    "thigh-posterior-upper",
    "thigh-posterior-lower",
    "thigh-lateral",
    "thigh-medial",
    "knee-posterior",
    "calf-upper",
    "calf-lower",
    "calf-lateral",
    "achilles",
    "heel",
    "ankle-lateral",
    "ankle-medial",
    # the soles, in the insets (each foot seen from below)
    "sole-toes",
    "sole-forefoot",
    "sole-arch",
    "sole-heel",
)
REGION_IDS = tuple(f"{s}-{r}" for s in ("left", "right") for r in SIDED_REGIONS) + (
    "sacrum",
    "coccyx",
)
LEFT_REGIONS = tuple(f"left-{r}" for r in SIDED_REGIONS)
PARTITION_STEP = 2.0
ODD_OFFSET = 0.6180339887  # keeps grid points off the artwork's round-number vertices


def _svg_ids(prefix: str) -> list[str]:
    """Element ids in the bundled SVG, read at collection time (for readable test ids)."""
    try:
        root = ET.parse(SVG_PATH).getroot()
    except ET.ParseError:
        return []  # test_bundled_atlas_loads reports the problem
    return sorted(e.get("id", "") for e in root.iter() if e.get("id", "").startswith(prefix))


ZONE_IDS = [z for z in _svg_ids("zone-") if ZONE_ID.match(z)]
LEFT_ZONE_IDS = [z for z in ZONE_IDS if z.startswith("zone-left-")]
LEFT_MARKER_IDS = _svg_ids("tp-left-")
LEFT_MUSCLE_IDS = _svg_ids("muscle-left-")


def zone_key(svg_id: str) -> ZoneKey:
    m = ZONE_ID.match(svg_id)
    assert m, svg_id
    return ZoneKey(m["side"], m["tp"], m["pattern"])  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def atlas() -> Atlas:
    try:
        return load_atlas()
    except ContentError as exc:
        pytest.fail(f"the bundled content and SVG do not load:\n{exc}", pytrace=False)


@pytest.fixture(scope="module")
def centre_x(atlas) -> float:
    vb = atlas.diagram.view_box
    return (vb.x0 + vb.x1) / 2


# -- fast exact sampling -----------------------------------------------------------


class RowScan:
    """Area.contains for many points on shared rows (see the module docstring)."""

    def __init__(self, area: Area) -> None:
        self.bbox = area.bbox
        edges = []
        for ring in area.rings:
            for i in range(len(ring)):
                (x1, y1), (x2, y2) = ring[i - 1], ring[i]  # the order ring_contains uses
                if y1 != y2:
                    edges.append((min(y1, y2), max(y1, y2), x1, y1, x2, y2))
        edges.sort()
        self._edges = edges
        self._rows: dict[float, list[float]] = {}

    def prepare(self, ys: Iterable[float]) -> None:
        """Crossings of every row, sweeping rows in order with an active-edge list."""
        active: list[tuple[float, ...]] = []
        j = 0
        for y in sorted(set(ys)):
            while j < len(self._edges) and self._edges[j][0] <= y:
                active.append(self._edges[j])
                j += 1
            # (y1 > y) != (y2 > y)  <=>  min(y1, y2) <= y < max(y1, y2)
            active = [e for e in active if e[1] > y]
            self._rows[y] = sorted(
                x1 + (y - y1) * (x2 - x1) / (y2 - y1) for _, _, x1, y1, x2, y2 in active
            )

    def contains(self, x: float, y: float) -> bool:
        if not self.bbox.contains(x, y):
            return False
        xs = self._rows[y]
        return (len(xs) - bisect_right(xs, x)) % 2 == 1


def scans(areas: Iterable[Area], points: list[Point]) -> list[RowScan]:
    ys = {y for _, y in points}
    out = []
    for area in areas:
        scan = RowScan(area)
        scan.prepare(y for y in ys if area.bbox.y0 <= y <= area.bbox.y1)
        out.append(scan)
    return out


def check_scan_matches(scan: RowScan, area: Area, points: list[Point], every: int) -> None:
    for x, y in points[::every]:
        if scan.bbox.y0 <= y <= scan.bbox.y1:
            assert scan.contains(x, y) == area.contains(x, y), ("RowScan disagrees", x, y)


def grid(box: BBox, target: int) -> list[Point]:
    """About `target` grid points over a box, at an odd offset."""
    step = max(0.25, math.sqrt(box.width * box.height / target))
    return sample_grid(box, step=step, offset=step * 0.37)


def union_box(a: BBox, b: BBox) -> BBox:
    return BBox(min(a.x0, b.x0), min(a.y0, b.y0), max(a.x1, b.x1), max(a.y1, b.y1))


# -- loading -----------------------------------------------------------------------


def test_bundled_atlas_loads(atlas):
    assert consistency_problems(atlas.library, atlas.diagram) == []
    assert atlas.diagram.zones, "the SVG has no zones"
    assert atlas.library.muscles


def test_cli_validate_passes_on_bundled_files(capsys):
    assert main(["validate"]) == 0
    assert capsys.readouterr().out.startswith("OK: ")


@pytest.mark.parametrize("region", REGION_IDS)
def test_region_exists(atlas, region):
    assert region in atlas.diagram.regions
    assert atlas.region_name(region)


def test_the_id_list_has_48_regions():
    assert len(set(REGION_IDS)) == 48


@pytest.mark.parametrize("region", REGION_IDS)
def test_region_interior_point_lies_in_it(atlas, region):
    x, y = atlas.diagram.region_point(region)
    assert atlas.diagram.regions[region].contains(x, y)
    assert atlas.region_at(x, y) == region


def test_cli_region_points_lie_in_their_regions(atlas, capsys, monkeypatch):
    # The printed points are rounded to 2 decimals: they must still be in their regions.
    monkeypatch.setattr("app.content.load.load_atlas", lambda **_: atlas)  # tested above
    assert main(["regions", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["id"] for r in rows} == set(atlas.diagram.regions)
    wrong = [r for r in rows if atlas.region_at(*r["point"]) != r["id"]]
    assert wrong == []


# -- the regions tile the silhouette and the soles ------------------------------------


def is_sole(region_id: str) -> bool:
    return "-sole-" in region_id


def test_regions_partition_the_silhouette_and_the_soles(atlas):
    """Every point of the body is in exactly one body region; outside the body a point is
    in no region, or in exactly one region of a sole inset. (That the sole regions fill
    each foot outline without a gap is checked by the generator, tools/build_svg.py.)"""
    d = atlas.diagram
    box = d.silhouette.bbox
    for area in d.regions.values():
        box = union_box(box, area.bbox)
    points = sample_grid(box, step=PARTITION_STEP, offset=ODD_OFFSET)
    silhouette, *regions = scans([d.silhouette, *d.regions.values()], points)
    check_scan_matches(silhouette, d.silhouette, points, every=997)
    for scan, area in zip(regions, d.regions.values(), strict=True):
        check_scan_matches(scan, area, points, every=1999)
    # The body's regions tile the silhouette; the sole regions tile the two sole insets,
    # which lie outside it. No point is in two regions.
    names = list(d.regions)
    bad: list[str] = []
    inside = on_soles = 0
    for x, y in points:
        in_body = silhouette.contains(x, y)
        hits = [names[i] for i, s in enumerate(regions) if s.contains(x, y)]
        inside += in_body
        on_soles += bool(hits) and not in_body
        if in_body and (len(hits) != 1 or is_sole(hits[0])):
            bad.append(f"({x:.3f}, {y:.3f}) in the body is in {len(hits)} regions {hits}")
        elif not in_body and (len(hits) > 1 or (hits and not is_sole(hits[0]))):
            bad.append(f"({x:.3f}, {y:.3f}) outside the body is in {hits}")
    assert inside > 1000, "the sample missed the body"
    assert on_soles > 500, "the sample missed the soles"
    assert bad == [], f"{len(bad)} of {len(points)} points break the partition:\n" + "\n".join(
        bad[:20]
    )


def test_each_sole_is_on_its_own_side(atlas, centre_x):
    for region, area in atlas.diagram.regions.items():
        if is_sole(region):
            b = area.bbox
            assert b.x1 < centre_x if region.startswith("left-") else b.x0 > centre_x, region


@pytest.mark.parametrize("zone", ZONE_IDS)
def test_zone_lies_inside_the_silhouette(atlas, zone):
    d = atlas.diagram
    area = d.zones[zone_key(zone)]
    points = grid(area.bbox, 4000)
    zone_scan, body = scans([area, d.silhouette], points)
    check_scan_matches(zone_scan, area, points, every=401)
    in_zone = [(x, y) for x, y in points if zone_scan.contains(x, y)]
    assert len(in_zone) > 20, "the zone is (nearly) empty"
    outside = [(round(x, 2), round(y, 2)) for x, y in in_zone if not body.contains(x, y)]
    assert outside == [], f"{len(outside)} of {len(in_zone)} zone points are outside the body"


# -- left and right are mirror images -----------------------------------------------


def assert_mirrored(left: Area, right: Area, axis_x: float) -> None:
    mirrored = left.mirrored(axis_x=axis_x)
    assert mirrored.area == pytest.approx(right.area, rel=0.01)
    for a, b in zip(
        (mirrored.bbox.x0, mirrored.bbox.y0, mirrored.bbox.x1, mirrored.bbox.y1),
        (right.bbox.x0, right.bbox.y0, right.bbox.x1, right.bbox.y1),
        strict=True,
    ):
        assert a == pytest.approx(b, abs=1.0)
    points = grid(union_box(mirrored.bbox, right.bbox), 3000)
    m_scan, r_scan = scans([mirrored, right], points)
    check_scan_matches(r_scan, right, points, every=301)
    either = [(x, y) for x, y in points if m_scan.contains(x, y) or r_scan.contains(x, y)]
    differ = [(x, y) for x, y in either if m_scan.contains(x, y) != r_scan.contains(x, y)]
    assert len(either) > 20
    assert len(differ) <= 0.01 * len(either), f"{len(differ)} of {len(either)} sample points differ"


@pytest.mark.parametrize("region", LEFT_REGIONS)
def test_left_region_mirrors_right_region(atlas, centre_x, region):
    regions = atlas.diagram.regions
    assert_mirrored(regions[region], regions["right-" + region[len("left-") :]], centre_x)


@pytest.mark.parametrize("zone", LEFT_ZONE_IDS)
def test_left_zone_mirrors_right_zone(atlas, centre_x, zone):
    zones = atlas.diagram.zones
    left = zone_key(zone)
    right = ZoneKey("right", left.trigger_point, left.pattern)
    assert right in zones, f"{zone} has no right twin {right.svg_id}"
    assert_mirrored(zones[left], zones[right], centre_x)


@pytest.mark.parametrize("muscle", LEFT_MUSCLE_IDS)
def test_left_muscle_mirrors_right_muscle(atlas, centre_x, muscle):
    shapes = atlas.diagram.muscles
    name = muscle[len("muscle-left-") :]
    assert ("right", name) in shapes
    assert_mirrored(shapes["left", name], shapes["right", name], centre_x)


@pytest.mark.parametrize("marker", LEFT_MARKER_IDS)
def test_left_marker_mirrors_right_marker(atlas, centre_x, marker):
    markers = atlas.diagram.markers
    tp = marker[len("tp-left-") :]
    left, right = markers["left", tp], markers["right", tp]
    assert 2 * centre_x - left.x == pytest.approx(right.x, abs=0.5)
    assert left.y == pytest.approx(right.y, abs=0.5)
    assert left.r == pytest.approx(right.r, abs=0.1)


def test_left_and_right_have_the_same_things(atlas):
    d = atlas.diagram
    assert {k.trigger_point + k.pattern for k in d.zones if k.side == "left"} == {
        k.trigger_point + k.pattern for k in d.zones if k.side == "right"
    }
    assert {tp for side, tp in d.markers if side == "left"} == {
        tp for side, tp in d.markers if side == "right"
    }
    left_regions = {r[len("left-") :] for r in d.regions if r.startswith("left-")}
    right_regions = {r[len("right-") :] for r in d.regions if r.startswith("right-")}
    assert left_regions == right_regions


def test_markers_lie_inside_the_body_or_their_own_sole(atlas):
    # the foot muscles' markers are in the sole inset of their side
    outside = [
        m.svg_id
        for m in atlas.diagram.markers.values()
        if not atlas.diagram.silhouette.contains(m.x, m.y)
        and not (atlas.region_at(m.x, m.y) or "").startswith(f"{m.side}-sole-")
    ]
    assert outside == []


# -- look-alikes: nerve-root and sacroiliac areas (tools/svgart/lookalikes.py) -----------
# Read from the SVG alone (not through the atlas), so they are checked even while the
# content's lookalikes.toml is being written.

LOOKALIKES = ("l4", "l5", "s1", "sacroiliac")
LOOKALIKE_KEYS = [(side, lid) for side in ("left", "right") for lid in LOOKALIKES]


@pytest.fixture(scope="module")
def diagram() -> Diagram:
    # As the app reads it: compiled from the SVG (test_compiled_diagram.py: the same).
    return load_diagram(resources.diagram_svg(), compiled=resources.compiled_geometry())


def test_every_lookalike_is_drawn_on_both_sides_and_s1_reaches_the_soles(diagram):
    assert set(diagram.lookalikes) == set(LOOKALIKE_KEYS)
    drawn = {i for i in diagram.element_ids if i.startswith("lookalike-")}
    assert drawn == {f"lookalike-{side}-{lid}" for side, lid in LOOKALIKE_KEYS} | {
        "lookalike-sole-left-s1",
        "lookalike-sole-right-s1",
    }
    assert diagram.lookalike_svg_ids("left", "s1") == (
        "lookalike-left-s1",
        "lookalike-sole-left-s1",
    )


@pytest.mark.parametrize(("side", "lookalike"), LOOKALIKE_KEYS)
def test_lookalike_lies_inside_the_silhouette_or_its_own_sole(diagram, side, lookalike):
    """Every point of a look-alike area is in the body on its own side of the midline, or
    in the outline of its own side's sole inset."""
    area = diagram.lookalikes[side, lookalike]
    vb = diagram.view_box
    centre = (vb.x0 + vb.x1) / 2
    soles = [a for r, a in diagram.regions.items() if r.startswith(f"{side}-sole-")]
    points = grid(area.bbox, 6000)
    area_scan, body, *sole_scans = scans([area, diagram.silhouette, *soles], points)
    check_scan_matches(area_scan, area, points, every=401)
    inside = [(x, y) for x, y in points if area_scan.contains(x, y)]
    assert len(inside) > 100, "the area is (nearly) empty"
    stray = [
        (round(x, 2), round(y, 2))
        for x, y in inside
        if not (body.contains(x, y) and (x < centre) == (side == "left"))
        and not any(s.contains(x, y) for s in sole_scans)
    ]
    assert stray == [], f"{len(stray)} of {len(inside)} points lie outside: {stray[:10]}"


@pytest.mark.parametrize("lookalike", LOOKALIKES)
def test_left_lookalike_mirrors_right_lookalike(diagram, lookalike):
    vb = diagram.view_box
    left, right = diagram.lookalikes["left", lookalike], diagram.lookalikes["right", lookalike]
    assert_mirrored(left, right, (vb.x0 + vb.x1) / 2)


def test_lookalike_areas_are_where_their_sources_put_them(diagram):
    """Coarse anatomy (left side; the sources are in tools/svgart/lookalikes.py)."""
    d = diagram
    regions = d.regions

    def share(lookalike: str, region: str) -> float:
        area, reg = d.lookalikes["left", lookalike], regions[region]
        pts = [p for p in grid(reg.bbox, 1500) if reg.contains(*p)]
        return sum(area.contains(*p) for p in pts) / len(pts)

    # L4: the inner lower leg to the inner ankle; not the outer calf, not the thigh
    assert share("l4", "left-ankle-medial") > 0.3  # it ends ~15 mm below the malleolus
    assert share("l4", "left-calf-lateral") == 0
    assert share("l4", "left-thigh-posterior-upper") == 0
    # L5: the outer thigh and calf, not the heel or the inner ankle
    assert share("l5", "left-thigh-lateral") > 0.8
    assert share("l5", "left-calf-lateral") > 0.8
    assert share("l5", "left-heel") == 0
    assert share("l5", "left-ankle-medial") == 0
    # S1: the back of the thigh and calf, the heel, and the heel of the sole
    for region in ("left-thigh-posterior-upper", "left-calf-upper", "left-heel", "left-sole-heel"):
        assert share("s1", region) > 0.5, region
    assert share("s1", "left-sole-toes") > 0  # the outer toes
    # sacroiliac (Fortin 1994): about 3 cm x 10 cm below the PSIS, not in the leg
    si = d.lookalikes["left", "sacroiliac"].bbox
    assert 90 <= si.height <= 120
    assert 25 <= si.width <= 45
    assert share("sacroiliac", "left-sacroiliac") > 0.2
    assert share("sacroiliac", "left-thigh-posterior-upper") == 0


# -- lookups that the content promises ----------------------------------------------


def test_gluteus_minimus_refers_to_the_lateral_calf(atlas):
    result = atlas.lookup_region("left-calf-lateral")
    muscles = {c.muscle: c for c in result.candidates}
    assert "gluteus-minimus" in muscles, [c.muscle for c in result.candidates]
    assert muscles["gluteus-minimus"].side == "left"


def test_left_half_of_the_sacrum_points_to_gluteus_maximus_or_medius(atlas, centre_x):
    d = atlas.diagram
    sacrum = d.regions["sacrum"]
    points = [
        (x, y)
        for x, y in sample_grid(sacrum.bbox, step=PARTITION_STEP, offset=ODD_OFFSET)
        if x < centre_x - 1.0 and sacrum.contains(x, y)
    ]
    assert points, "no sample point in the left half of the sacrum"
    # The sample point nearest the middle of the left half.
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    x, y = min(points, key=lambda p: (p[0] - mx) ** 2 + (p[1] - my) ** 2)
    result = atlas.lookup_point(x, y)
    assert result.region == "sacrum"
    found = {c.muscle for c in result.candidates}
    assert found & {"gluteus-maximus", "gluteus-medius"}, (x, y, found)


def test_every_muscle_tells_the_patient_what_they_can_do_themselves():
    """Issue 3: self-care for each muscle: a stretch or self-care items (self-massage with
    steps, or, where pressing it yourself is not practical, saying so)."""
    from app.content.library_loader import load_library

    lib = load_library(resources.content_dir())
    for muscle in lib.muscles:
        assert muscle.stretches or len(muscle.self_care) >= 2, muscle.id
