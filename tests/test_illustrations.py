"""Exercise pictures: every stretch and the self-massage have one, each renders in Qt,
the content and the folder agree both ways, and the generator reproduces the files."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtSvg import QSvgRenderer

from app import resources
from app.content.library_loader import load_library
from app.content.load import illustration_problems
from app.ui.illustrations import SCREEN_SCALE, illustration_image

ROOT = Path(__file__).resolve().parents[1]
LIB = load_library(resources.content_dir())


def test_every_stretch_and_the_self_massage_are_illustrated():
    assert all(s.illustration for s in LIB.stretches)
    massage = next(t for t in LIB.treatments if t.id == "self-massage")
    assert massage.illustration
    assert massage.illustration_caption


def test_each_picture_renders_at_one_shared_scale_with_its_target_marked(qapp):
    folder = resources.illustrations_dir()
    for path in sorted(folder.glob("*.svg")):
        renderer = QSvgRenderer(str(path))
        assert renderer.isValid(), path.name
        # The muscle to feel is marked, in the essential-zone orange of the diagram, and a
        # blue arrow shows the movement.
        assert renderer.elementExists("target"), path.name
        assert renderer.elementExists("arrow"), path.name
        image = illustration_image(path.stem, SCREEN_SCALE, 2.0)
        assert image.devicePixelRatio() == 2.0
        box = renderer.viewBoxF()
        assert abs(image.width() - round(box.width() * SCREEN_SCALE * 2)) <= 1
        # Not blank: the figure covers a fair part of the picture.
        small = image.scaled(40, 40)
        inked = sum(small.pixelColor(x, y).lightness() < 235 for x in range(40) for y in range(40))
        assert inked > 200, path.name


def test_content_and_pictures_agree_both_ways(tmp_path):
    folder = tmp_path / "illustrations"
    shutil.copytree(resources.illustrations_dir(), folder)
    assert illustration_problems(LIB, folder) == []
    (folder / "pigeon.svg").unlink()
    (folder / "unused-extra.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    problems = illustration_problems(LIB, folder)
    assert len(problems) == 2
    assert "stretches.toml: stretch 'pigeon': illustration 'pigeon' has no file" in problems[0]
    assert "unused-extra.svg is not the illustration of any stretch or treatment" in problems[1]


def test_the_generator_reproduces_the_committed_pictures(tmp_path, monkeypatch):
    generator = ROOT / "tools" / "build_illustrations.py"
    spec = importlib.util.spec_from_file_location("build_illustrations", generator)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "OUT", tmp_path)
    module.main()
    made = sorted(p.name for p in tmp_path.glob("*.svg"))
    assert made == sorted(p.name for p in resources.illustrations_dir().glob("*.svg"))
    for name in made:
        assert (tmp_path / name).read_bytes() == (resources.illustrations_dir() / name).read_bytes()


def test_the_pdf_report_lays_out_at_print_size_with_the_pictures(tmp_path, qapp):
    from app.ui.illustrations import add_illustrations

    doc = QTextDocument()
    add_illustrations(doc, "<img src='illustration:pigeon'>", 0.6, ratio=4.0)
    image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl("illustration:pigeon"))
    assert isinstance(image, QImage)
    assert image.devicePixelRatio() == 4.0


def test_the_issue_8_stretches_reach_the_muscles_that_had_none():
    """The stretches written for issue 8 (the spec's planned ids that could be sourced)
    target the muscles planned for them, and every citation says where in its source."""
    planned = {
        "knee-to-chest": {
            "gluteus-maximus",
            "multifidus",
            "longissimus-thoracis",
            "iliocostalis-lumborum",
        },
        "quadratus-lumborum-side-bend": {"quadratus-lumborum", "iliocostalis-lumborum"},
        "kneeling-hip-flexor": {"iliopsoas"},
        "tfl-standing-cross-over": {"tensor-fasciae-latae"},
        "standing-quadriceps": {"vastus-lateralis"},
        "adductor-side-lunge": {"adductor-magnus"},
        "toe-extension-sole": {
            "abductor-hallucis",
            "flexor-digitorum-brevis",
            "quadratus-plantae",
            "abductor-digiti-minimi",
        },
    }
    by_id = {s.id: s for s in LIB.stretches}
    for sid, muscles in planned.items():
        stretch = by_id[sid]
        assert set(stretch.targets) == muscles, sid
        assert stretch.illustration == sid
        assert all(c.detail for c in stretch.references), sid
