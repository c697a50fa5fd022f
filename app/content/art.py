"""The drawing's art layers as small stand-alone SVG documents, for Qt to paint.

The SVG in ``assets/`` stays the single source of geometry and art. Most of its bytes are
referral zones and regions, which the window draws itself from the geometry, so handing
the whole file to Qt's SVG renderer would mean parsing six times what it paints (and a
first paint ~20 ms later: docs/decisions/0002-fast-first-launch.md). Each art layer is
copied, unchanged, into a document of its own with the same viewBox.

``tools/compile_diagram.py`` does that when the SVG is built and ships the result,
``assets/compiled/posterior.art.json``, which records the SVG's SHA-256. It is used only
for exactly those SVG bytes; any other SVG is split at start-up (~12 ms). No Qt here.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path

SVG_NS = "http://www.w3.org/2000/svg"
FORMAT = "triggermap-art/1"
# The art Qt paints, bottom to top, as one flattened sheet under the zones. Labels sit
# outside the body (zones are clipped to it) and the sole zones lie inside the feet of
# the insets, so nothing needs to be on top. The insets (frames, feet) come before the
# muscles: the foot muscles lie on them.
ART_LAYERS = (
    "silhouette-layer",
    "inset-sole",
    "bones",
    "muscles-deep",
    "muscles-superficial",
    "muscles-cutaway",
    "labels",
)
#: The deep layer of the patient's right side as a dissection shows it (the superficial
#: muscles cut away), painted there instead of both muscle layers when asked.
CUTAWAY_LAYER = "muscles-cutaway"
#: The layers the cut-away replaces on the right side.
CUT_LAYERS = ("muscles-deep", "muscles-superficial")
#: The id of the cut in the cut-away layer: a closed shape round the superficial muscles
#: the cut-away removes (tools/build_svg.py draws it from their outlines). The window
#: shows the cut-away layer inside it and the other muscle layers outside it.
CUT_ID = "cutaway-cut"
#: The id of the part of a muscle mostly out of sight from behind that a back view sees
#: (obturator internus: its tendon), in the muscle layers (tools/build_svg.py writes it,
#: unpainted); the window washes the rest of the muscle lighter when it is selected.
SEEN_ID = "seen-{side}-{muscle}"
_SEEN = re.compile(rb'\bid="seen-(left|right)-([^"]+)"')
_D = re.compile(rb'\sd="([^"]*)"')
#: A path's tokens: a command letter or a number (also read by the figure warp).
PATH_TOKEN = re.compile(r"[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def seen_parts(doc: bytes) -> dict[tuple[str, str], list[list[tuple[float, float]]]]:
    """The ``SEEN_ID`` shapes of an art layer's document, by (side, muscle)."""
    keys = [(m.group(1).decode(), m.group(2).decode()) for m in _SEEN.finditer(doc)]
    return {(s, m): path_rings(doc, SEEN_ID.format(side=s, muscle=m)) for s, m in keys}


def path_rings(doc: bytes, element_id: str) -> list[list[tuple[float, float]]]:
    """The rings of the path ``element_id`` in an art layer's document (absolute M, L and
    Z path data, as the generator and the figure warp write it); none if it has no such
    path."""
    at = doc.find(b'id="' + element_id.encode() + b'"')
    start = doc.rfind(b"<", 0, at)
    tag = doc[start : doc.find(b">", at) + 1] if at >= 0 else b""
    d = _D.search(tag) if tag.startswith(b"<path") else None
    if d is None:
        return []
    rings: list[list[tuple[float, float]]] = []
    numbers: list[float] = []
    for token in PATH_TOKEN.findall(d.group(1).decode()):
        if token in "MmLlZz":
            if token in "Mm":
                rings.append([])
            numbers.clear()
        elif token.isalpha():
            raise ValueError(f"the path {element_id!r}: command {token!r} (only M, L and Z)")
        else:
            numbers.append(float(token))
            if len(numbers) == 2 and rings:
                rings[-1].append((numbers[0], numbers[1]))
                numbers.clear()
    return [r for r in rings if len(r) > 2]


class Art:
    """The art layers of one SVG: layer id -> a stand-alone SVG document."""

    __slots__ = ("documents", "view_box")

    def __init__(self, documents: dict[str, bytes]) -> None:
        self.documents = documents
        first = next(iter(documents.values()), b"")
        self.view_box = _view_box(first)


def read_art(svg_path: Path, compiled: Path | None = None) -> Art:
    """The art layers of the SVG at ``svg_path``: from ``compiled`` (the file
    tools/compile_diagram.py writes) when it was made from exactly these bytes, else
    split from the SVG now."""
    data = svg_path.read_bytes()
    if compiled is not None:
        documents = _read_compiled(compiled, hashlib.sha256(data).hexdigest())
        if documents is not None:
            return Art(documents)
    return Art(split_layers(data, ART_LAYERS))


def dump_art(data: bytes) -> bytes:
    """The compiled art file for the SVG whose bytes are ``data``."""
    layers = {k: v.decode() for k, v in split_layers(data, ART_LAYERS).items()}
    out = {"format": FORMAT, "svg_sha256": hashlib.sha256(data).hexdigest(), "layers": layers}
    return json.dumps(out, indent=1).encode() + b"\n"


def _read_compiled(path: Path, svg_sha256: str) -> dict[str, bytes] | None:
    try:
        stored = json.loads(path.read_bytes())
        if stored["format"] != FORMAT or stored["svg_sha256"] != svg_sha256:
            return None
        return {layer: stored["layers"][layer].encode() for layer in ART_LAYERS}
    except Exception:  # missing, unreadable or damaged: split the SVG instead
        return None


def split_layers(data: bytes, layers: Sequence[str]) -> dict[str, bytes]:
    """For each top-level group named in ``layers`` that the SVG has, a document holding
    only that group, in the same coordinate system as the original."""
    import xml.etree.ElementTree as ET  # only for an SVG without compiled art

    ET.register_namespace("", SVG_NS)
    root = ET.fromstring(data)
    out: dict[str, bytes] = {}
    for group in root:
        layer = group.get("id")
        if layer is None or layer not in layers:
            continue
        doc = ET.Element(f"{{{SVG_NS}}}svg")
        for name in ("viewBox", "width", "height", "preserveAspectRatio"):
            value = root.get(name)
            if value is not None:
                doc.set(name, value)
        doc.append(group)
        out[layer] = ET.tostring(doc, encoding="utf-8", xml_declaration=True)
    return {layer: out[layer] for layer in layers if layer in out}


def _view_box(doc: bytes) -> tuple[float, float, float, float] | None:
    found = re.search(rb'viewBox="([^"]+)"', doc[:400])
    numbers = found.group(1).replace(b",", b" ").split() if found else []
    if len(numbers) != 4:
        return None
    x, y, w, h = (float(n) for n in numbers)
    return x, y, w, h
