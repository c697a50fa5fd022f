#!/usr/bin/env python3
"""ONE-OFF (issue 11): extract the artwork typed into tools/svgart/*.py into the SVG
sources under assets/art/.  Run once, before the generator was rewritten to read them;
it imports the old modules, so it does not run on later trees.

Every curve is written as the cubic Beziers the old code drew through its points, with
each coordinate at full precision (the shortest text that reads back as the same float),
so the generator reading the sources samples exactly the same curves and writes a
byte-identical posterior.svg.
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

from svgart import art, body, inset, lookalikes, table, table_back, table_foot, table_leg  # noqa: E402
from svgart.geom import MID_X, spline  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "art"
MUSCLES = [*table_back.MUSCLES, *table_leg.MUSCLES, *table.MUSCLES, *table_foot.MUSCLES]

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<!-- {comment} -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
  xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
  xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
  viewBox="0 -152 600 1352" width="600" height="1352">
<title>{title}</title>
<desc>{desc}</desc>
<g id="reference" inkscape:groupmode="layer" inkscape:label="reference: the generated diagram (not read)"
  sodipodi:insensitive="true" opacity="0.4">
  <image xlink:href="../svg/posterior.svg" x="0" y="-152" width="600" height="1352"/>
</g>
"""
COMMENT = (
    "Art source of assets/svg/posterior.svg, read by tools/build_svg.py (see README, "
    "'Editing the art'). Coordinates are the diagram's document units."
)


def n(v: float) -> str:
    v = float(v)
    return str(int(v)) if v == int(v) and abs(v) < 1e15 else repr(v)


def is_line(b) -> bool:
    (ax, ay), (bx, by) = b[0], b[3]
    return b[1] == (ax + (bx - ax) / 3, ay + (by - ay) / 3) and b[2] == (
        ax + 2 * (bx - ax) / 3,
        ay + 2 * (by - ay) / 3,
    )


def bez_d(bz, closed: bool) -> str:
    out = [f"M {n(bz[0][0][0])},{n(bz[0][0][1])}"]
    for b in bz:
        if is_line(b):
            out.append(f"L {n(b[3][0])},{n(b[3][1])}")
        else:
            out.append("C " + " ".join(f"{n(p[0])},{n(p[1])}" for p in b[1:]))
    if closed:
        out.append("Z")
    return " ".join(out)


def path(
    pid: str,
    bz,
    closed: bool,
    style: str,
    label: str | None = None,
    indent: int = 2,
    extra: str = "",
) -> str:
    lab = f' inkscape:label="{escape(label)}"' if label else ""
    return (
        " " * indent
        + f'<path id="{pid}"{lab}{extra} {style}\n'
        + " " * (indent + 2)
        + f'd="{bez_d(bz, closed)}"/>'
    )


def spath(pid: str, pts, closed: bool, style: str, **kw) -> str:
    return path(pid, spline(pts, closed=closed), closed, style, **kw)


def layer(lid: str, label: str, items: list[str], indent: int = 0) -> str:
    pad = " " * indent
    return (
        f'{pad}<g id="{lid}" inkscape:groupmode="layer" inkscape:label="{escape(label)}">\n'
        + "\n".join(items)
        + f"\n{pad}</g>"
    )


def write(name: str, title: str, desc: str, layers: list[str]) -> None:
    text = HEAD.format(comment=COMMENT, title=escape(title), desc=escape(desc))
    text += "\n".join(layers) + "\n</svg>\n"
    (OUT / name).write_text(text, encoding="utf-8")
    print(f"wrote assets/art/{name} ({len(text) / 1024:.0f} KiB)")


LINE = 'fill="none" stroke="#2e6da4" stroke-width="0.8"'
OUTLINE = 'fill="none" stroke="#9c8676" stroke-width="1.6"'
SEED = 'fill="#c0392b" stroke="none"'
CONTOUR = 'fill="none" stroke="#c7b1a0" stroke-width="1" stroke-linecap="round"'
BONE = 'fill="#efe9df" stroke="#c9bba8" stroke-width="1"'
BONE_LINE = 'fill="none" stroke="#c9bba8" stroke-width="0.8"'
MUSCLE = {
    "superficial": 'fill="#d9a59a" fill-opacity="0.72" stroke="#a8665a" stroke-width="1"',
    "deep": (
        'fill="#cf8d80" fill-opacity="0.35" stroke="#a8665a" stroke-width="1" '
        'stroke-dasharray="4 3"'
    ),
}
FIBRE = 'fill="none" stroke="#7a3b30" stroke-width="0.8" stroke-dasharray="2 1.5"'
MARKER = 'fill="#b03a2e" fill-opacity="0.5" stroke="#b03a2e"'
ZONE = {
    "essential": 'fill="#c0392b" fill-opacity="0.45" stroke="#c0392b" stroke-width="0.5"',
    "spillover": (
        'fill="#e59866" fill-opacity="0.35" stroke="#e59866" stroke-width="0.5" '
        'stroke-dasharray="3 2"'
    ),
}
LOOK = 'fill="#2e6da4" fill-opacity="0.15" stroke="#2e6da4" stroke-width="1" stroke-dasharray="5 3"'
FONT = 'font-family="DejaVu Sans, Arial, sans-serif" fill="#6b5a4e"'


# the names of the blobs inset._left_patterns draws, in the order it draws them
SOLE_AREAS = [
    "heel-pad",
    "inner-arch",
    "ball-2-to-5",
    "medial-heel",
    "instep",
    "heads-2-to-4",
    "fifth-head",
    "outer-border",
]


def _captured_blobs(module, name: str, fn) -> list:
    """The point lists ``fn`` passes to ``module.<name>`` (a blob maker), in call order."""
    seen = []
    real = getattr(module, name)

    def spy(points=None, *args, **kw):
        seen.append(list(points))
        return real(points, *args, **kw)

    setattr(module, name, spy)
    try:
        fn()
    finally:
        setattr(module, name, real)
    return seen


def body_svg() -> None:
    up, lat, med = body.UPPER, body.LATERAL, body.MEDIAL
    prev = med[-2]
    pieces = [
        ("outline-top-edge", "top cut edge (T10/T11)", [(MID_X, body.TOP_Y), up[0]], {}),
        ("outline-flank", "flank and waist", up, {"end": lat[1]}),
        ("outline-lateral", "hip and outer leg", lat, {}),
        ("outline-sole", "sole", [lat[-1], med[0]], {}),
        (
            "outline-medial",
            "inner leg up to the crotch",
            med,
            {"end": (2 * MID_X - prev[0], prev[1])},
        ),
        ("outline-midline", "midline", [body.CROTCH, (MID_X, body.TOP_Y)], {}),
    ]
    outline = [
        path(pid, spline(pts, **kw), False, OUTLINE, label) for pid, label, pts, kw in pieces
    ]
    names = [
        "gluteal-fold",
        "psis-dimple",
        "popliteal-crease",
        "achilles-lateral",
        "achilles-medial",
    ]
    faint = [
        "biceps-femoris-tendon",
        "semitendinosus-tendon",
        "gastrocnemius-lateral-edge",
        "gastrocnemius-medial-edge",
        "gastrocnemius-groove",
    ]
    mid = ["spine-furrow", "gluteal-cleft"]
    cuts = [spath(f"cut-{k}", pts, False, LINE, label=k) for k, pts in body.CUTS.items()]
    seeds = []
    for k, (x, y) in body.SEEDS.items():
        sid = f"seed-{k}" if k in body.MIDLINE_REGIONS else f"seed-left-{k}"
        seeds.append(
            f'  <circle id="{sid}" inkscape:label="{k}" cx="{n(x)}" cy="{n(y)}" r="2" {SEED}/>'
        )
    write(
        "body.svg",
        "TriggerMap art: body outline, skin contours, regions",
        "The body outline (left half: the generator mirrors it about x = 300), the skin "
        "contours, and the cuts and seeds that divide the body into regions.",
        [
            layer(
                "outline",
                "outline, left half (pieces end to end, top edge round to the midline)",
                outline,
            ),
            layer(
                "contours",
                "skin contours (left; mirrored)",
                [
                    spath(f"contour-{k}", p, False, CONTOUR, label=k)
                    for k, p in zip(names, art.CONTOURS, strict=True)
                ],
            ),
            layer(
                "contours-faint",
                "faint skin contours (left; mirrored)",
                [
                    spath(f"contour-{k}", p, False, CONTOUR, label=k)
                    for k, p in zip(faint, art.FAINT_CONTOURS, strict=True)
                ],
            ),
            layer(
                "contours-midline",
                "skin contours on the midline (not mirrored)",
                [
                    spath(f"contour-{k}", p, False, CONTOUR, label=k)
                    for k, p in zip(mid, art.MID_CONTOURS, strict=True)
                ],
            ),
            layer("region-cuts", "region cuts (left; each overshoots the line it ends on)", cuts),
            layer(
                "region-seeds",
                "region seeds: one inside each region (seed-left-*: "
                "mirrored; seed-*: a midline region)",
                seeds,
            ),
        ],
    )


def bones_svg() -> None:
    mid = [spath(f"bone-{k}", art.symmetric(h), True, BONE, label=k) for k, h in art.MIDLINE_BONES]
    crest = [
        '  <path id="bone-sacrum-crest" inkscape:label="median sacral crest" '
        f'{BONE_LINE} d="M 300,146 L 300,234"/>'
    ]
    sided = [spath(f"bone-left-{k}", p, True, BONE, label=k) for k, p in art.SIDED_BONES]
    ribs = [spath(f"bone-left-{k}", p, True, BONE, label=k) for k, p in art.RIBS]
    lines = [spath(f"bone-left-{k}", p, False, BONE_LINE, label=k) for k, p in art.SIDED_BONE_LINES]
    for i, ((cx, cy), rx, ry) in enumerate(art.SACRAL_FORAMINA, start=1):
        lines.append(
            f'  <ellipse id="bone-left-sacral-foramen-s{i}" inkscape:label="sacral '
            f'foramen S{i}" cx="{n(cx)}" cy="{n(cy)}" rx="{n(rx)}" ry="{n(ry)}" '
            f"{BONE_LINE}/>"
        )
    write(
        "bones.svg",
        "TriggerMap art: bones",
        "The skeleton, art only. Midline bones are drawn whole; the others for the left "
        "side, and the generator mirrors them about x = 300.",
        [
            layer("bones-midline", "midline bones (whole)", mid),
            layer("bone-lines-midline", "midline bone lines", crest),
            layer("bones", "bones (left; mirrored)", sided),
            layer("bones-faint", "faint bones: 11th and 12th ribs (left; mirrored)", ribs),
            layer("bone-lines", "bone lines (left; mirrored)", lines),
        ],
    )


def muscles_svg() -> None:
    layers = []
    for lay in ("deep", "superficial"):
        groups = []
        for m in MUSCLES:
            if m.layer != lay or m.front_of_body:
                continue
            items = [
                spath(
                    f"muscle-left-{m.id}", m.outline, True, MUSCLE[lay], label="outline", indent=4
                )
            ]
            if m.fibres:
                origin, insertion, count = m.fibres
                items.append(
                    f'    <g id="fibres-left-{m.id}" inkscape:label="fibres: {count} '
                    f'lines from origin to insertion" data-count="{count}">'
                )
                items.append(
                    spath(
                        f"fibres-left-{m.id}-origin", origin, False, FIBRE, label="origin", indent=6
                    )
                )
                items.append(
                    spath(
                        f"fibres-left-{m.id}-insertion",
                        insertion,
                        False,
                        FIBRE,
                        label="insertion",
                        indent=6,
                    )
                )
                items.append("    </g>")
            for tp in m.trigger_points:
                x, y = tp.at
                items.append(
                    f'    <circle id="tp-left-{tp.id}" inkscape:label="TP {tp.id}" '
                    f'cx="{n(x)}" cy="{n(y)}" r="6" {MARKER}/>'
                )
            groups.append(
                f'  <g id="left-{m.id}" inkscape:label="{m.id}">\n' + "\n".join(items) + "\n  </g>"
            )
        layers.append(
            layer(f"muscles-{lay}", f"{lay} muscles (left; mirrored; later on top)", groups)
        )
    write(
        "muscles.svg",
        "TriggerMap art: muscles and trigger points",
        "Each muscle of the left side: its outline, optionally two curves its fibre lines "
        "run between (the generator draws data-count lines and clips them to the visible "
        "part of the muscle) and its trigger-point markers. The generator mirrors all of "
        "it about x = 300. Foot muscles lie in the left sole inset.",
        layers,
    )


def zones_svg() -> None:
    seen: dict[tuple, str] = {}
    sub = []
    for m in MUSCLES:
        groups = []
        for tp in m.trigger_points:
            for pattern, blobs in (("essential", tp.essential), ("spillover", tp.spillover)):
                if not blobs:
                    continue
                gid = f"zone-left-{tp.id}-{pattern}"
                items = []
                for i, b in enumerate(blobs, start=1):
                    key = tuple(map(tuple, b))
                    pid = f"{gid}-{i}"
                    if key in seen:
                        items.append(
                            f'      <use id="{pid}" xlink:href="#{seen[key]}" '
                            f'inkscape:label="clone of {seen[key]}"/>'
                        )
                    else:
                        seen[key] = pid
                        items.append(spath(pid, b, True, ZONE[pattern], indent=6))
                mid = ' data-crosses-midline="true"' if tp.crosses_midline else ""
                groups.append(
                    f'    <g id="{gid}" inkscape:label="{tp.id} {pattern}"{mid}>\n'
                    + "\n".join(items)
                    + "\n    </g>"
                )
        if groups:
            sub.append(layer(f"zones-{m.id}", m.id, groups, indent=2))
    write(
        "zones.svg",
        "TriggerMap art: the referral zones' source shapes",
        "For each trigger point of the left side, the shapes its essential and spillover "
        "zones are made of (closed curves; several are joined). The generator clips them "
        "to the left half of the body (unless data-crosses-midline), makes the spillover "
        "avoid the essential zone, and mirrors them. Shared shapes are clones.",
        [layer("zones", "zones (left; mirrored); one sub-layer per muscle", sub)],
    )


def inset_svg() -> None:
    x0, y0, x1, y1 = inset.FRAME
    frame = [
        f'  <rect id="inset-sole-left-frame" inkscape:label="frame" x="{n(x0)}" '
        f'y="{n(y0)}" width="{n(x1 - x0)}" height="{n(y1 - y0)}" rx="4" '
        'fill="#ffffff" fill-opacity="0.6" stroke="#c9bba8" stroke-width="0.8"/>'
    ]
    skin = 'fill="#f4ece4" stroke="#9c8676" stroke-width="1.2"'
    foot = [spath("inset-sole-left-sole", inset.SOLE, True, skin, label="sole without the toes")]
    for i, ((cx, cy), rx, ry, tilt) in enumerate(inset.TOES, start=1):
        foot.append(
            f'  <ellipse id="inset-sole-left-toe-{i}" inkscape:label="toe {i}" '
            f'cx="{n(cx)}" cy="{n(cy)}" rx="{n(rx)}" ry="{n(ry)}" '
            f'transform="rotate({n(tilt)} {n(cx)} {n(cy)})" {skin}/>'
        )
    crease = [
        spath(
            "inset-sole-left-crease-toes",
            inset.SOLE_CUTS["toes"][1:-1],
            False,
            CONTOUR,
            label="crease at the base of the toes",
        )
    ]
    texts = []
    for side in ("left", "right"):
        fx0, fy0, fx1, _ = (
            inset.FRAME
            if side == "left"
            else (2 * MID_X - inset.FRAME[2], inset.FRAME[1], 2 * MID_X - inset.FRAME[0], 0)
        )
        cx = (fx0 + fx1) / 2
        tx = inset.TOES[0][0][0] - 1
        hx = 106
        if side == "right":
            tx, hx = 2 * MID_X - tx, 2 * MID_X - hx
        pre = f"inset-sole-{side}"
        mid = 'text-anchor="middle" '
        for tid, x, y, size, body_, extra in [
            (f"{pre}-title", cx, fy0 + 12, 8.5, f"Sole of the {side} foot", mid),
            (f"{pre}-subtitle", cx, fy0 + 22.5, 7.5, "(seen from below)", mid),
            (f"{pre}-label-big-toe", tx, 954.5, 7, "big toe", mid),
            (
                f"{pre}-label-heel",
                hx,
                1170,
                7,
                "heel",
                "" if side == "left" else 'text-anchor="end" ',
            ),
        ]:
            texts.append(
                f'  <text id="{tid}" x="{n(x)}" y="{n(y)}" font-size="{n(size)}" '
                f"{extra}{FONT}>{escape(body_)}</text>"
            )
    cuts = [spath(f"sole-cut-{k}", p, False, LINE, label=k) for k, p in inset.SOLE_CUTS.items()]
    seeds = [
        f'  <circle id="seed-left-{k}" inkscape:label="{k}" cx="{n(x)}" cy="{n(y)}" r="2" {SEED}/>'
        for k, (x, y) in inset.SOLE_SEEDS.items()
    ]
    areas = dict(zip(SOLE_AREAS, _captured_blobs(inset, "blob", inset._left_patterns), strict=True))
    zone = (
        'fill="#c0392b" fill-opacity="0.3" stroke="#c0392b" stroke-width="0.5" '
        'stroke-dasharray="3 2"'
    )
    area_items = [spath(f"sole-area-{k}", p, True, zone, label=k) for k, p in areas.items()]
    write(
        "inset.svg",
        "TriggerMap art: the sole insets",
        "The left sole seen from below (the generator mirrors it into the right inset): "
        "frame, sole and toes (joined into the foot outline by the generator), the crease, "
        "the cuts and seeds of the sole regions, and the areas the sole zones are made of "
        "(which trigger point uses which area: tools/svgart/inset.py). The titles and "
        "labels of both insets are placed by hand.",
        [
            layer("inset-frame", "frame (left; mirrored)", frame),
            layer("inset-foot", "sole and toes (left; mirrored)", foot),
            layer("inset-crease", "crease (left; mirrored)", crease),
            layer("inset-labels", "titles and labels of both insets", texts),
            layer("sole-cuts", "sole region cuts (left)", cuts),
            layer("sole-seeds", "sole region seeds (left)", seeds),
            layer("sole-areas", "areas of the sole zones (left; mirrored)", area_items),
        ],
    )


def lookalikes_svg() -> None:
    groups = []
    for lid in lookalikes.IDS:
        blobs = lookalikes.BODY.get(lid, [])
        if not blobs:
            continue
        items = [
            spath(f"lookalike-left-{lid}-{i}", b, True, LOOK, indent=4)
            for i, b in enumerate(blobs, start=1)
        ]
        groups.append(
            f'  <g id="lookalike-left-{lid}" inkscape:label="{lid}">\n'
            + "\n".join(items)
            + "\n  </g>"
        )
    (outer,) = _captured_blobs(lookalikes, "blob", lookalikes.sole_left)
    sole = [
        '  <g id="lookalike-sole-left-s1" inkscape:label="s1">\n'
        + spath("lookalike-sole-left-s1-1", outer, True, LOOK, indent=4)
        + "\n  </g>"
    ]
    write(
        "lookalikes.svg",
        "TriggerMap art: look-alike areas",
        "Where the pain of each look-alike (nerve roots L4, L5, S1; the sacroiliac joint) "
        "is felt, left side, on the back view and on the left sole. The generator clips "
        "them to the left half of the body and to the foot, and mirrors them. Sources: "
        "tools/svgart/lookalikes.py.",
        [
            layer("lookalikes", "look-alike areas on the back view (left; mirrored)", groups),
            layer("lookalikes-sole", "look-alike areas on the sole (left; mirrored)", sole),
        ],
    )


def labels_svg() -> None:
    items = []

    def text(tid, x, y, size, body_, extra=""):
        items.append(
            f'  <text id="label-{tid}" x="{n(x)}" y="{n(y)}" font-size="{n(size)}" '
            f"{extra}{FONT}>{escape(body_)}</text>"
        )

    end, middle, bold = 'text-anchor="end" ', 'text-anchor="middle" ', 'font-weight="bold" '
    text("l", 30, 82, 40, "L", bold)
    text("r", 570, 82, 40, "R", bold + end)
    text("l-note", 30, 98, 9, "patient's left")
    text("r-note", 570, 98, 9, "patient's right", end)
    text("title", 300, -128, 11, "Posterior view (seen from behind)", middle)
    lead = 'fill="none" stroke="#a89686" stroke-width="0.6"'
    dot = 'fill="#8a7666"'
    for lid, name, (ax, ay), (tx, ty) in art.POINTERS:
        items.append(
            f'  <path id="label-{lid}-leader" d="M {n(ax)},{n(ay)} L {n(tx - 4)},'
            f'{n(ty - 3.5)}" {lead}/>'
        )
        items.append(f'  <circle id="label-{lid}-dot" cx="{n(ax)}" cy="{n(ay)}" r="1.4" {dot}/>')
        text(lid, tx, ty, 9.5, name)
    for lid, (first, second), (ax, ay), (tx, ty) in art.POINTERS_2:
        items.append(
            f'  <path id="label-{lid}-leader" d="M {n(ax)},{n(ay)} L {n(tx - 3)},{n(ay)}" {lead}/>'
        )
        items.append(f'  <circle id="label-{lid}-dot" cx="{n(ax)}" cy="{n(ay)}" r="1.4" {dot}/>')
        text(lid, tx, ty, 9.5, first)
        text(f"{lid}-2", tx, ty + 11, 9.5, second)
    write(
        "labels.svg",
        "TriggerMap art: labels",
        "Titles and landmark labels, placed by hand (not mirrored): text, leader line "
        "(from the dot on the body to the text) and dot.",
        [layer("labels", "labels", items)],
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    body_svg()
    bones_svg()
    muscles_svg()
    zones_svg()
    inset_svg()
    lookalikes_svg()
    labels_svg()


if __name__ == "__main__":
    main()
