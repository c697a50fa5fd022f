"""How the art is painted: the gradients that give it depth and the muscles' styles.

The anatomy stays muted (light tones, thin strokes, and the window paints the muscle
layers at 40 % opacity) so the referral zones drawn over it stay the strongest thing on
the page. A gradient is defined inside the layer that uses it (``<defs>`` in the group):
the window paints each art layer as a document of its own (app/content/art.py).
"""

from __future__ import annotations

import re

# Skin: the torso fades out at the top edge of the drawing (the cut at T10/T11 is not a
# contour of the body), fill and outline alike, over a short ramp (FADE_TOP to FADE_END)
# so on the dark canvas it reads as a soft edge, not a grey band. The muscles, bones and
# skin lines reaching into it fade with it (a mask of the same ramp; each layer has its
# own, as the window paints each layer as a document of its own).
FADE_TOP, FADE_END = -112, -82
FADE_STOPS = ((0, 0), (0.5, 0.6), (1, 1))  # offset, opacity


def _ramp(gid: str, colour: str, end: float = FADE_END) -> str:
    stops = "".join(f'<stop offset="{o}" stop-color="{colour}" stop-opacity="{a}"/>'
                    for o, a in FADE_STOPS)
    return (f'<linearGradient id="{gid}" gradientUnits="userSpaceOnUse" x1="0" '
            f'y1="{FADE_TOP}" x2="0" y2="{end}">{stops}</linearGradient>')


SKIN_DEFS = (
    "<defs>" + _ramp("skin-fade", "#f4ece4") + _ramp("outline-fade", "#9c8676", -60) + "</defs>"
)


def top_fade_defs(layer: str, box: tuple[float, float, float, float]) -> str:
    """The mask ``top-fade-{layer}``: the skin's fade at the top, as a mask over ``box``
    (x0, y0, x1, y1: what it masks, so the layer's bounds stay those of its art)."""
    x0, y0, x1, y1 = (round(v) for v in box)
    rect = f'x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}"'
    mask = (
        f'<mask id="top-fade-{layer}" maskUnits="userSpaceOnUse" {rect}><rect {rect} '
        f'fill="url(#top-fade-{layer}-ramp)"/></mask>'
    )
    return "<defs>" + _ramp(f"top-fade-{layer}-ramp", "#ffffff") + mask + "</defs>"


def fade_top(elements: list[str], layer: str) -> list[str]:
    """The elements, each run of those reaching into the fade (by their path data's
    highest point) wrapped in a group masked by ``top-fade-{layer}``; order kept."""
    out: list[str] = []
    run: list[str] = []
    xs: list[float] = []
    ys: list[float] = []
    for e in [*elements, ""]:
        found = re.search(r' d="([^"]+)"', e)
        numbers = [float(v) for v in re.findall(r"-?\d+\.?\d*", found.group(1))] if found else []
        if numbers and min(numbers[1::2]) < FADE_END:
            run.append(e)
            xs += numbers[::2]
            ys += numbers[1::2]
            continue
        if run:
            out += [f'<g mask="url(#top-fade-{layer})">', *run, "</g>"]
            run = []
        out.append(e)
    out.pop()
    if xs:  # 4 round the masked art: its strokes, and the female figure's wider hips
        box = (min(xs) - 4, min(ys) - 4, max(xs) + 4, max(ys) + 4)
        out.insert(0, top_fade_defs(layer, box))
    return out


SILHOUETTE = (
    'fill="url(#skin-fade)" stroke="url(#outline-fade)" stroke-width="1.6" stroke-linejoin="round"'
)

# Bones: ivory, a little darker at the borders where the bone turns away.
BONE_DEFS = (
    "<defs>"
    '<linearGradient id="bone-shade" x1="0" y1="0" x2="1" y2="0">'
    '<stop offset="0" stop-color="#e6dccd"/><stop offset="0.5" stop-color="#f4efe7"/>'
    '<stop offset="1" stop-color="#e6dccd"/></linearGradient>'
    "</defs>"
)

# Over the bones, where a superficial muscle covers them: the skin colour, so the bones
# read as seen through the muscle
VEIL = 'fill="#f4ece4" fill-opacity="0.7" stroke="none" fill-rule="evenodd"'

# Muscles: the superficial muscles' outlines are the strongest lines of the anatomy
# (darker and wider than the bones', as the window paints them at 40 %). A superficial
# muscle is lit from the front, so its belly is lighter in the
# middle and darker towards its borders, where it turns away (a horizontal gradient across
# each shape's box); only the part no later muscle covers is painted, so overlaps never
# show through each other.
MUSCLE_DEFS = (
    "<defs>"
    '<linearGradient id="muscle-shade" x1="0" y1="0" x2="1" y2="0">'
    '<stop offset="0" stop-color="#c98e82"/>'
    '<stop offset="0.22" stop-color="#dcaa9f"/>'
    '<stop offset="0.5" stop-color="#e7c1b7"/>'
    '<stop offset="0.78" stop-color="#dcaa9f"/>'
    '<stop offset="1" stop-color="#c98e82"/></linearGradient>'
    '<radialGradient id="belly-light" cx="0.5" cy="0.45" r="0.5">'
    '<stop offset="0" stop-color="#fff8f2" stop-opacity="0.7"/>'
    '<stop offset="1" stop-color="#fff8f2" stop-opacity="0"/></radialGradient>'
    '<linearGradient id="tendon-shade" x1="0" y1="0" x2="1" y2="0">'
    '<stop offset="0" stop-color="#ddd3c6"/><stop offset="0.5" stop-color="#f3eee6"/>'
    '<stop offset="1" stop-color="#ddd3c6"/></linearGradient>'
    "</defs>"
)
# The deep muscles on the cut-away side (build_svg.cutaway_svg), shaded as the superficial
# ones are; the gradient has its own id, as the SVG is also one document.
CUTAWAY_DEFS = (
    MUSCLE_DEFS.replace('id="muscle-shade"', 'id="cutaway-shade"')
    .replace('<radialGradient id="belly-light"', '<radialGradient id="cutaway-light"')
    .replace('<linearGradient id="tendon-shade"', '<linearGradient id="cutaway-tendon"')
)
# The element with the muscle's id is its shape for the window (candidate tint, marker
# check): not painted; the art is drawn beside it.
GEOMETRY = 'fill="#d9a59a" fill-opacity="0" stroke="none"'
SUPERFICIAL = (
    'fill="url(#muscle-shade)" fill-rule="evenodd" stroke="#93564a" stroke-width="1.2" '
    'stroke-linejoin="round"'
)
CUTAWAY = SUPERFICIAL.replace("url(#muscle-shade)", "url(#cutaway-shade)")
# The cut-away's exposed bed (what the superficial muscles lay on): a shade darker than
# the skin, fading at the top as the skin does (under the deep muscles of the cut-away
# side, which the window paints at 40 %)
CUTAWAY_BED_COLOUR = "#c49c8a"
CUTAWAY_BED_BOTTOM = 1200.0


def cutaway_bed_defs() -> str:
    """The bed's gradient: the skin's fade at the top, then its colour down to the feet
    (the bed is the cut: the window shows it only there)."""
    top, bottom = FADE_TOP, CUTAWAY_BED_BOTTOM
    heights = [(FADE_TOP + (FADE_END - FADE_TOP) * o, a) for o, a in FADE_STOPS]
    heights.append((bottom, 1))
    stops = "".join(
        f'<stop offset="{(y - top) / (bottom - top):.4f}" stop-color="{CUTAWAY_BED_COLOUR}" '
        f'stop-opacity="{a}"/>' for y, a in heights
    )
    return (f'<defs><linearGradient id="cutaway-bed-fade" gradientUnits="userSpaceOnUse" '
            f'x1="0" y1="{top}" x2="0" y2="{bottom}">{stops}</linearGradient></defs>')


#: The cut's shape (what the superficial muscles removed covered): not painted, the window
#: clips with it.
CUT_CLIP = 'fill="none" stroke="none"'
CUTAWAY_BED = 'fill="url(#cutaway-bed-fade)" fill-opacity="0.4" stroke="none"'
# A bone the cut-away lays bare (the greater trochanter, the ischial tuberosity): solid
# bone tone with a landmark's line, and the intertrochanteric crest a ridge line
CUTAWAY_BONE = 'fill="#f1ebe1" stroke="#ab9780" stroke-width="0.9" stroke-linejoin="round"'
CUTAWAY_CREST = 'fill="none" stroke="#ab9780" stroke-width="1.4" stroke-linecap="round"'
# The part of a muscle a back view sees when the rest is out of sight (the tendon of
# obturator internus between the gemelli), on the cut-away side.
CUTAWAY_TENDON = (
    'fill="url(#cutaway-tendon)" stroke="#b49a86" stroke-width="0.7" stroke-linejoin="round"'
)
# A context shape of the cut-away (a muscle of no table, for orientation: flexor hallucis
# longus), shaded like the cut-away's muscles but lighter
CUTAWAY_CONTEXT = f'{CUTAWAY} opacity="0.75"'
# A nerve on the cut-away side (the sciatic nerve, a context shape over the deep muscles):
# pale yellow, dimmed as the context shapes are
CUTAWAY_NERVE = (
    'fill="#f1d98a" stroke="#b08a36" stroke-width="0.7" stroke-linejoin="round" opacity="0.75"'
)
DEEP = (
    'fill="#cf8d80" fill-opacity="0.12" stroke="#a8665a" stroke-width="0.7" '
    'stroke-opacity="0.6" stroke-dasharray="3 3" stroke-linejoin="round"'
)
# The line of a deep muscle where the deep calf's tendons crowd the medial ankle
# (``data-faint-below``): fainter
DEEP_FAINT_LINE = (
    'stroke="#a8665a" stroke-width="0.6" stroke-opacity="0.28" stroke-dasharray="3 3" '
    'stroke-linejoin="round"'
)
SEEN_THROUGH = (
    'fill="none" stroke="#a8665a" stroke-width="0.8" stroke-opacity="0.7" '
    'stroke-dasharray="1.2 3" stroke-linecap="round" stroke-linejoin="round"'
)
FIBRE = 'fill="none" stroke="#a86a5c" stroke-width="0.45" stroke-linecap="round" opacity="0.55"'
DEEP_FIBRE = 'fill="none" stroke="#a86a5c" stroke-width="0.4" stroke-linecap="round" opacity="0.3"'
# Tendons, aponeuroses and other art-only detail drawn over the muscles (muscles.svg,
# layer ``muscle-details``)
TENDON = 'fill="url(#tendon-shade)" stroke="#b49a86" stroke-width="0.7" stroke-linejoin="round"'
DETAIL_LINE = 'fill="none" stroke="#9a5a4e" stroke-width="0.9" stroke-linecap="round" opacity="0.9"'
HIGHLIGHT = 'fill="url(#belly-light)" stroke="none"'
# Soft tissue over bone where no muscle lies (the fat of the popliteal fossa), in the
# superficial muscle layer: the skin's colour, so the bones under it read as seen
# through it (the window paints the layer at 40 %, over the bones' veil)
SOFT_TISSUE = 'fill="#f4ece4" stroke="none" fill-rule="evenodd"'
