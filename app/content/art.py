"""The drawing's art layers as small stand-alone SVG documents, for Qt to paint.

The SVG in ``assets/`` stays the single source of geometry and art. Most of its bytes are
referral zones and regions, which the window draws itself from the parsed geometry, so
handing the whole file to Qt's SVG renderer means parsing four times what it paints.
This module copies each art layer (unchanged) into a document of its own with the same
viewBox, and caches the result while the SVG file is unchanged.

It also keeps the first-paint snapshot: the art as Qt rasterised it at the last start-up,
with everything the pixels depend on (scale and offset, the screen's pixel ratio, the
hidden layers). When the next start-up paints under exactly those conditions the pixels
would be the same, so they are copied instead of rendered; any difference and the art is
rendered as usual. No Qt here: the snapshot is plain bytes and numbers.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from pathlib import Path

from app.content.cache import read_cached, write_cached

SVG_NS = "http://www.w3.org/2000/svg"
# Part of the cache keys: a change in how layers are split or snapshots kept starts over.
_FORMAT = b"art-2"
_ROOT_ATTRIBUTES = ("viewBox", "width", "height", "preserveAspectRatio")
SNAPSHOT_FIELDS = frozenset({"key", "width", "height", "stride", "ratio", "pixels"})


class Art:
    """The art layers of one SVG, and where its first-paint snapshot lives."""

    __slots__ = ("documents", "snapshot_file", "view_box")

    def __init__(self, documents: dict[str, bytes], snapshot_file: Path | None) -> None:
        self.documents = documents
        self.snapshot_file = snapshot_file
        first = next(iter(documents.values()), b"")
        self.view_box = _view_box(first)


def read_art(svg_path: Path, layers: Sequence[str], cache: Path | None) -> Art:
    """The art layers of ``svg_path``, from ``cache`` (a folder) while the SVG file is
    unchanged. A missing, damaged or unwritable cache only costs time."""
    if cache is None:
        return Art(split_layers(svg_path.read_bytes(), layers), None)
    # Keyed like Python's bytecode cache, by the file's size and modification time, not
    # its bytes: this runs before the first paint, and reading and hashing 1.4 MB would
    # cost more than the whole lookup. (The parsed-geometry cache, loaded after the first
    # paint, is keyed by a SHA-256 of the bytes.)
    stat = svg_path.stat()
    where = str(svg_path.resolve()).encode()
    salt = _FORMAT + "\0".join(layers).encode()
    prefix = f"{zlib.crc32(where + salt):08x}"
    key = f"{prefix}-{stat.st_size}-{stat.st_mtime_ns}"
    cached = cache / f"art-{key}.marshal"
    snapshot_file = cache / f"art-first-paint-{key}.marshal"
    docs = read_cached(cached)
    if isinstance(docs, dict) and all(isinstance(v, bytes) for v in docs.values()):
        return Art(docs, snapshot_file)
    docs = split_layers(svg_path.read_bytes(), layers)
    for old in cache.glob(f"art-*{prefix}-*.marshal"):  # earlier versions of this SVG
        old.unlink(missing_ok=True)
    write_cached(cached, docs)
    return Art(docs, snapshot_file)


def split_layers(data: bytes, layers: Sequence[str]) -> dict[str, bytes]:
    """For each top-level group named in ``layers`` that the SVG has, a document holding
    only that group, in the same coordinate system as the original."""
    import xml.etree.ElementTree as ET  # only when the cache is cold

    ET.register_namespace("", SVG_NS)
    root = ET.fromstring(data)
    out: dict[str, bytes] = {}
    for group in root:
        layer = group.get("id")
        if layer is None or layer not in layers:
            continue
        doc = ET.Element(f"{{{SVG_NS}}}svg")
        for name in _ROOT_ATTRIBUTES:
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


def load_snapshot(path: Path) -> dict[str, object] | None:
    snap = read_cached(path)
    if not isinstance(snap, dict) or not set(snap) >= SNAPSHOT_FIELDS:
        return None
    return snap
