"""The diagram is generated from editable SVG sources (assets/art/*.svg): regenerated from
them now, it is the shipped posterior.svg byte for byte, an edit to a source shows up in
the generated diagram (mirrored on the right), and the source reader reads what Inkscape
writes (moved groups, clones, relative commands) and names what is wrong.

(The exercise pictures are regenerated and compared in tests/test_illustrations.py.)"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from app import resources

pytest.importorskip("shapely")  # the generator's library (the test extra installs it)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import build_svg  # noqa: E402
from svgart import muscles, sources  # noqa: E402

SVG_HEAD = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 -152 600 1352">'
)


@pytest.fixture
def art_folder(tmp_path, monkeypatch):
    """A copy of the sources the generator reads instead of the shipped ones."""
    folder = tmp_path / "art"
    shutil.copytree(sources.ART, folder)
    monkeypatch.setattr(sources, "ART", folder)
    sources.load.cache_clear()
    muscles.drawn.cache_clear()
    muscles.zones.cache_clear()
    yield folder
    sources.load.cache_clear()
    muscles.drawn.cache_clear()
    muscles.zones.cache_clear()


def write_svg(folder: Path, body: str) -> str:
    (folder / "t.svg").write_text(f"{SVG_HEAD}\n{body}\n</svg>\n", encoding="utf-8")
    sources.load.cache_clear()
    return "t.svg"


def test_the_shipped_diagram_is_what_the_sources_make_now(tmp_path, capsys):
    """If this fails, a source or the generator changed without regenerating (run
    python tools/build_svg.py), or someone edited posterior.svg by hand."""
    sources.load.cache_clear()
    out = tmp_path / "posterior.svg"
    out.write_bytes(build_svg.build().encode("utf-8"))
    assert "gaps" in capsys.readouterr().out  # the generator ran its checks
    shipped = resources.diagram_svg().read_bytes()
    fresh = out.read_bytes()
    if fresh != shipped:
        old, new = shipped.decode().splitlines(), fresh.decode().splitlines()
        first = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), None)
        pytest.fail(
            f"posterior.svg differs from what the art sources make (first at line "
            f"{first}: {new[first][:120] if first is not None else 'length'}): run "
            "python tools/build_svg.py"
        )


def test_moving_a_marker_in_the_source_moves_it_on_both_sides(art_folder):
    path = art_folder / "muscles.svg"
    text = path.read_text(encoding="utf-8")
    old = 'id="tp-left-gluteus-medius-tp1" inkscape:label="TP gluteus-medius-tp1" cx="237"'
    assert old in text
    path.write_text(text.replace(old, old.replace('cx="237"', 'cx="231.5"')), encoding="utf-8")
    circles = build_svg.trigger_points()
    assert any('id="tp-left-gluteus-medius-tp1" cx="231.5" cy="138"' in c for c in circles)
    assert any('id="tp-right-gluteus-medius-tp1" cx="368.5" cy="138"' in c for c in circles)


def test_moving_a_muscle_group_in_inkscape_moves_its_outline(art_folder):
    """Inkscape moves a group by giving it a transform; the generator applies it."""
    shipped = sources.load("muscles.svg", ROOT / "assets" / "art")
    first = shipped.get("muscle-left-piriformis").closed_beziers()[0][0]
    path = art_folder / "muscles.svg"
    text = path.read_text(encoding="utf-8")
    old = '<g id="left-piriformis" inkscape:label="piriformis">'
    assert old in text
    path.write_text(text.replace(old, old[:-1] + ' transform="translate(0,10)">'))
    moved = {d.muscle.id: d for d in muscles.drawn()}["piriformis"]
    assert moved.outline[0][0] == pytest.approx((first[0], first[1] + 10))
    assert moved.markers["piriformis-lateral"][0] == pytest.approx((197, 235))
    outlines = build_svg.muscles_svg("deep")
    right = next(o for o in outlines if 'id="muscle-right-piriformis"' in o)
    assert f'd="M{600 - first[0]:g} {first[1] + 10:g}C' in right


def _edit_muscles(art_folder: Path, old: str, new: str, *, count: int = 1) -> None:
    """Replace ``old`` (found ``count`` times) by ``new`` in the copied muscles.svg, and
    let the generator read it again."""
    path = art_folder / "muscles.svg"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == count
    path.write_text(text.replace(old, new), encoding="utf-8")
    sources.load.cache_clear()
    muscles.drawn.cache_clear()


def _painted_after(outlines: list[str], muscle_id: str) -> str:
    """The art element drawn right after a muscle's (unpainted) shape."""
    at = next(i for i, o in enumerate(outlines) if f'id="{muscle_id}"' in o)
    return outlines[at + 1]


def test_a_muscle_marked_seen_through_is_drawn_dotted_and_unfilled(art_folder):
    """Iliopsoas lies in front of the spine and pelvis: on a back view it is only a dotted
    outline, never a filled blade; its shape for the window stays the same."""
    deep = build_svg.muscles_svg("deep")
    for side in ("left", "right"):
        shape = next(o for o in deep if f'id="muscle-{side}-iliopsoas"' in o)
        assert 'fill-opacity="0" stroke="none"' in shape  # the window's shape, not painted
        dotted = _painted_after(deep, f"muscle-{side}-iliopsoas")
        assert 'fill="none"' in dotted
        assert 'stroke-dasharray="1.2 3"' in dotted
        assert 'fill="#cf8d80"' in _painted_after(deep, f"muscle-{side}-quadratus-lumborum")
    _edit_muscles(art_folder, 'seen through)" data-seen-through="true"', 'seen through)"')
    plain = _painted_after(build_svg.muscles_svg("deep"), "muscle-left-iliopsoas")
    assert 'fill="#cf8d80"' in plain
    assert 'stroke-dasharray="3 3"' in plain


def test_a_superficial_muscle_is_painted_only_where_no_later_muscle_covers_it():
    """Soleus lies under gastrocnemius (and the peroneals): its paint leaves out what they
    cover, so they never show through each other (the window paints the layer at 40 %)."""
    import shapely

    drawn = {d.muscle.id: d for d in muscles.drawn()}
    soleus = build_svg.muscle_polygon(drawn["soleus"])
    gastrocnemius = build_svg.muscle_polygon(drawn["gastrocnemius"])
    above = shapely.unary_union(
        [
            build_svg.muscle_polygon(drawn[m])
            for m in ("peroneus-brevis", "peroneus-longus", "gastrocnemius", "biceps-femoris")
        ]
    )
    painted = _painted_after(build_svg.muscles_svg("superficial"), "muscle-left-soleus")
    assert 'fill="url(#muscle-shade)"' in painted
    d = painted.split(' d="', 1)[1].split('"', 1)[0]
    rings = []
    for ring in filter(None, d.split("Z")):
        nums = [float(v) for v in ring.replace("M", " ").replace("L", " ").split()]
        rings.append(list(zip(nums[::2], nums[1::2], strict=True)))
    paint = shapely.unary_union([shapely.Polygon(r) for r in rings])
    assert paint.intersection(gastrocnemius).area < 0.01 * gastrocnemius.area
    assert paint.area == pytest.approx(soleus.difference(above).area, rel=0.02)


def _xs(path: str) -> list[float]:
    d = path.split(' d="', 1)[1].split('"', 1)[0]
    for command in "MLCZ":
        d = d.replace(command, " ")
    nums = [float(v) for v in d.replace(",", " ").split()]
    return nums[::2]


def _deep_part(cutaway: list[str]) -> list[str]:
    """The cut-away layer without the superficial muscles it keeps, drawn last where a
    removed muscle lay on them."""
    kept = build_svg._kept_over_cut(build_svg.mirror_geom(build_svg.cut_area()))
    assert kept
    assert cutaway[-len(kept) :] == kept
    return cutaway[: -len(kept)]


def test_the_cut_away_paints_only_the_seen_part_of_obturator_internus(art_folder):
    """Its belly lies inside the pelvis (hidden by the ischium from behind): the cut-away
    paints only its tendon, lateral to the lesser sciatic notch, over the gemelli (and
    after the sacrotuberous ligament over the pelvic muscles), and leaves the belly
    dashed; without the ``seen-left-`` shape the whole muscle would be painted solid."""
    cut = _deep_part(build_svg.cutaway_svg())
    pale = [o for o in cut if 'fill="url(#cutaway-tendon)"' in o]
    # the sacrotuberous ligament, faint (an opacity of its own), on the right side only
    ligaments = [o for o in pale if ' opacity="' in o]
    assert len(ligaments) == 1
    assert min(_xs(ligaments[0])) > 300
    tendons = [o for o in pale if o not in ligaments]
    assert len(tendons) == 1
    # the patient's right side: x = 600 - x on the source; the notch at x 256 -> 344
    assert min(_xs(tendons[0])) >= 344 - 0.1
    assert max(_xs(tendons[0])) <= 600 - 165
    # dashed: its outline, and coccygeus' (under the sacrospinous ligament)
    dashed = [o for o in cut if 'stroke-dasharray="3 3"' in o]
    assert len(dashed) == len(build_svg.CUTAWAY_DASHED) + 1
    painted = [i for i, o in enumerate(cut) if 'fill="url(#cutaway-shade)"' in o]
    assert cut.index(tendons[0]) > max(painted)  # on top of the gemelli
    _edit_muscles(art_folder, 'id="seen-left-obturator-internus"', 'id="x-obturator"')
    plain = _deep_part(build_svg.cutaway_svg())
    assert not [o for o in plain if o not in ligaments and "cutaway-tendon)" in o]
    assert len([o for o in plain if 'dasharray="3 3"' in o]) == len(build_svg.CUTAWAY_DASHED)


def test_a_tables_muscle_missing_from_the_sources_is_named(art_folder):
    path = art_folder / "muscles.svg"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('id="muscle-left-soleus"', 'id="muscle-left-soleus-x"'))
    with pytest.raises(
        sources.SourceError, match="muscles.svg: no element with id 'muscle-left-soleus'"
    ):
        muscles.drawn()


def test_muscles_out_of_the_tables_order_are_named(art_folder):
    path = art_folder / "muscles.svg"
    text = path.read_text(encoding="utf-8")
    start = text.index('  <g id="left-gluteus-medius"')
    end = text.index("  </g>\n", start) + len("  </g>\n")
    medius = text[start:end]
    text = text[:start] + text[end:]
    at = text.index('  <g id="left-soleus"')
    path.write_text(text[:at] + medius + text[at:], encoding="utf-8")
    with pytest.raises(sources.SourceError, match="muscles-superficial should hold"):
        muscles.drawn()


def test_the_reader_reads_inkscape_paths_exactly(tmp_path):
    name = write_svg(
        tmp_path,
        '<g id="layer" inkscape:groupmode="layer">'
        '<path id="straight" d="M 10,20 L 40,50"/>'
        '<path id="relative" d="m 10,20 h 30 v 30 z"/>'
        '<path id="quad" d="M 0,0 Q 30,30 60,0"/>'
        '<path id="exact" d="M 1.1,2.2 C 3.3000000000000003,4.4 5.5,6.6 7.7,8.8"/>'
        "</g>",
    )
    src = sources.load(name, tmp_path)
    assert [s.id for s in src.layer("layer")] == ["straight", "relative", "quad", "exact"]
    # a straight segment is the cubic with handles at the thirds, as the spline code made it
    assert src.get("straight").open_beziers() == [((10, 20), (20, 30), (30, 40), (40, 50))]
    relative = src.get("relative").closed_beziers()
    assert [b[3] for b in relative] == [(40, 20), (40, 50), (10, 20)]
    ((p0, c1, c2, p1),) = src.get("quad").open_beziers()
    assert (p0, p1) == ((0, 0), (60, 0))
    assert c1 == pytest.approx((20, 20))
    assert c2 == pytest.approx((40, 20))
    # numbers written at full precision read back as the same floats
    assert src.get("exact").open_beziers() == [
        ((1.1, 2.2), (3.3000000000000003, 4.4), (5.5, 6.6), (7.7, 8.8))
    ]


def test_the_reader_applies_transforms_and_resolves_clones(tmp_path):
    name = write_svg(
        tmp_path,
        '<g id="layer" transform="translate(100,0)">'
        '<circle id="dot" cx="1" cy="2" r="3"/>'
        '<g id="inner" transform="scale(2)"><path id="p" d="M 1,1 L 2,2"/></g>'
        '<use id="copy" xlink:href="#dot" x="0" y="10"/>'
        '<ellipse id="toe" cx="5" cy="6" rx="2" ry="3" transform="rotate(10 5 6)"/>'
        "</g>"
        '<g id="reference"><path id="ignored" d="M 0,0 L 1,1"/></g>'
        '<image id="img" href="x.svg"/>',
    )
    src = sources.load(name, tmp_path)
    assert src.get("dot").point() == pytest.approx((101, 2))
    assert src.get("p").open_beziers()[0][3] == pytest.approx((104, 4))  # scaled, then moved
    assert src.get("copy").point() == pytest.approx((101, 12))
    assert [s.id for s in src.layer("layer")] == ["dot", "p", "copy", "toe"]
    c, rx, ry, tilt = src.get("toe").ellipse()
    assert c == pytest.approx((105, 6))
    assert (rx, ry) == pytest.approx((2, 3))
    assert tilt == pytest.approx(10)
    assert "ignored" not in src.shapes


@pytest.mark.parametrize(
    ("body", "message"),
    [
        pytest.param('<path id="a" d="M 0,0 L 1,1 M 5,5 L 6,6"/>', "Break Apart", id="two-pieces"),
        pytest.param('<path d="M 0,0 L 1,1"/>', "without an id", id="no-id"),
        pytest.param(
            '<path id="a" d="M 0,0 L 1,1"/><path id="a" d="M 0,0 L 2,2"/>',
            "used twice",
            id="same-id",
        ),
        pytest.param('<use id="b" xlink:href="#nothing"/>', "clones 'nothing'", id="bad-clone"),
    ],
)
def test_the_reader_names_what_is_wrong(tmp_path, body, message):
    name = write_svg(tmp_path, body)

    def read() -> None:
        sources.load(name, tmp_path).get("a").beziers()

    with pytest.raises(sources.SourceError, match=message):
        read()


def test_an_open_path_where_a_closed_one_is_needed_is_named(tmp_path):
    src = sources.load(write_svg(tmp_path, '<path id="zone" d="M 0,0 L 1,1 L 0,1"/>'), tmp_path)
    with pytest.raises(sources.SourceError, match=r"t.svg: #zone: must be a closed path"):
        src.get("zone").closed_beziers()


def test_every_source_is_an_inkscape_document_in_the_diagrams_units():
    files = sorted(p.name for p in sources.ART.glob("*.svg"))
    assert files == [
        "body.svg",
        "bones.svg",
        "inset.svg",
        "labels.svg",
        "lookalikes.svg",
        "muscles.svg",
        "zones.svg",
    ]
    diagram_head = resources.diagram_svg().read_text(encoding="utf-8")[:400]
    assert 'viewBox="0 -152 600 1352"' in diagram_head
    for name in files:
        text = (sources.ART / name).read_text(encoding="utf-8")
        assert 'viewBox="0 -152 600 1352" width="600" height="1352"' in text, name
        assert 'inkscape:groupmode="layer"' in text, name
        assert 'xlink:href="../svg/posterior.svg"' in text, name  # the reference underlay
        sources.load(name)  # every shape has an id, every clone a target


def _points_of(element: str) -> list[tuple[float, float]]:
    d = element.split(' d="', 1)[1].split('"', 1)[0]
    nums = [float(v) for v in d.replace("M", " ").replace("L", " ").replace("Z", " ").split()]
    return list(zip(nums[::2], nums[1::2], strict=True))


def test_the_deep_calf_outlines_are_fainter_where_they_crowd_the_medial_ankle(art_folder):
    """An outline with data-faint-below (tibialis posterior) draws its dashed line paler
    below that height, in pieces split there; without it, one dashed outline."""
    deep = build_svg.muscles_svg("deep")
    at = next(i for i, o in enumerate(deep) if 'id="muscle-left-tibialis-posterior"' in o)
    fill, line, faint = deep[at + 1 : at + 4]
    assert 'stroke="none"' in fill
    assert 'fill-opacity="0.12"' in fill
    assert 'stroke-opacity="0.6"' in line
    assert max(y for _, y in _points_of(line)) <= 990.01
    assert 'stroke-opacity="0.28"' in faint
    assert min(y for _, y in _points_of(faint)) >= 989.99
    _edit_muscles(art_folder, ' data-faint-below="990"', "", count=3)
    plain = _painted_after(build_svg.muscles_svg("deep"), "muscle-left-tibialis-posterior")
    assert 'stroke-dasharray="3 3"' in plain
    assert 'fill="#cf8d80"' in plain


def test_the_bones_have_no_outline_in_the_popliteal_fossa_but_on_the_cut_away_side():
    """The femur and tibia are drawn without a line in the fat of the popliteal fossa
    (its uncovered part painted in the skin's colour over them); with the superficial
    muscles cut away (on the right side, where gastrocnemius lay) their lines are drawn
    again, inside the cut only."""
    import shapely
    from svgart import art, geom

    fossa = geom.blob(art.soft_tissue()["popliteal-fossa"], step=0.8).buffer(-1)
    bones = art.bones()
    for bone in ("bone-left-femur", "bone-left-tibia"):
        at = next(i for i, o in enumerate(bones) if f'id="{bone}"' in o)
        assert 'stroke="none"' in bones[at]
        line = shapely.LineString(_points_of(bones[at + 1]))
        assert line.length > 100
        assert line.intersection(fossa).length == 0
    fill = art.soft_tissue_fill()
    assert len(fill) == 2
    assert 'fill="#f4ece4"' in fill[0]
    area = build_svg.mirror_geom(build_svg.cut_area())
    cut = art.cut_side_bone_lines(area)
    assert cut
    grown = area.buffer(0.01)
    assert all(grown.contains(shapely.Point(p)) for c in cut for p in _points_of(c))
    fossa_right = geom.mirror_geom(fossa)
    assert any(shapely.LineString(_points_of(c)).intersects(fossa_right) for c in cut)
    assert cut[0] in build_svg.cutaway_svg()


def test_a_context_shape_of_the_cut_away_is_painted_on_the_cut_side_only(art_folder):
    """Flexor hallucis longus (no muscle of the tables) is art only: painted, lighter, in
    the cut-away layer on the right side, where no deep muscle of the tables lies, and
    nowhere else; it has no id. Its source group removed, the cut-away has no such shape."""
    from svgart import paint

    cutaway = build_svg.cutaway_svg()
    shapes = [c for c in cutaway if paint.CUTAWAY_CONTEXT in c]
    assert len(shapes) == 1
    assert " id=" not in shapes[0]
    assert all(x > 300 and 780 < y < 1115 for x, y in _points_of(shapes[0]))
    for layer in ("deep", "superficial"):
        assert not any(paint.CUTAWAY_CONTEXT in o for o in build_svg.muscles_svg(layer))
    path = art_folder / "muscles.svg"
    text = path.read_text(encoding="utf-8")
    start = text.index('  <g id="cutaway-context"')
    end = text.index("</g>", start) + len("</g>\n")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    sources.load.cache_clear()
    assert not any(paint.CUTAWAY_CONTEXT in c for c in build_svg.cutaway_svg())
