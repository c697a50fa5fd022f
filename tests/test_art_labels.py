"""The art's words taken out for the window to draw at screen size (no Qt)."""

from __future__ import annotations

import json

import pytest

from app import resources
from app.content.art_labels import take_text

LAYERS = json.loads(resources.compiled_art().read_bytes())["layers"]


def labels_of(layer: str):
    doc, labels = take_text(layer, LAYERS[layer].encode())
    return doc, {label.id: label for label in labels}


@pytest.mark.parametrize("layer", ["labels", "inset-sole"])
def test_every_word_is_taken_out_and_kept(layer):
    original = LAYERS[layer].encode()
    doc, labels = labels_of(layer)
    assert b"<text" not in doc
    assert original.count(b"<text") == sum(len(x.lines) for x in labels.values())
    # Everything else stays: the leader lines, dots, frames and feet.
    assert doc.count(b"<path") == original.count(b"<path")
    assert doc.count(b"<circle") == original.count(b"<circle")


def test_lines_join_their_label():
    _, labels = labels_of("labels")
    malleolus = labels["label-lateral-malleolus"]
    assert [line.text for line in malleolus.lines] == ["Lateral", "malleolus"]
    assert malleolus.valign == "last"  # the stack ends where the SVG's does
    left = labels["label-l"]
    # The note goes above the letter, and grows away from the body.
    assert [line.text for line in left.lines] == ["patient's left", "L"]
    assert left.lines[1].bold
    assert left.align == "outer-left"
    assert labels["label-r"].align == "outer-right"
    assert labels["label-iliac-crest"].valign == "first"


def test_a_frame_title_moves_above_its_frame():
    _, labels = labels_of("inset-sole")
    title = labels["inset-sole-left-title"]
    assert [line.text for line in title.lines] == ["Sole of the left foot", "(seen from below)"]
    assert title.valign == "bottom"
    assert title.y < 918  # the frame's top edge
    assert title.anchor == "middle"


def test_a_document_without_words_is_left_alone():
    doc = b'<svg viewBox="0 0 10 10"><g id="labels"><path d="M0 0L1 1"/></g></svg>'
    assert take_text("labels", doc) == (doc, [])
