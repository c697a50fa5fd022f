"""Issue 10, item 4 and 8: the one-page handout (File → Export handout…, `triggermap
handout`), and the full report paginated sensibly without editorial notes."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from app.cli import main as cli_main
from app.content.load import load_atlas
from app.domain.answer import Candidate, LookupResult, shortlist
from app.domain.drawing import Drawing, Mark
from app.domain.framing import frame, marks_box
from app.domain.geometry import BBox
from app.domain.paper import for_paper
from app.ui import printing
from app.ui.controller import Answer
from app.ui.handout import DRAWING_SHARE, handout_document, handout_html, muscle_line
from app.ui.report import report_html, report_pages
from tests.conftest import open_window

ATLAS = load_atlas()
LIB = ATLAS.library
TODAY = date(2026, 3, 14)


@pytest.fixture
def window(qtbot, state_dir):
    w = open_window(qtbot, state_dir, ATLAS)
    qtbot.waitUntil(lambda: not w.panels_pending)
    return w


def click_region(qtbot, w, region: str) -> None:
    x, y = ATLAS.region_point(region)
    pos: QPoint = w.view.mapFromScene(x, y)
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: not w.panels_pending)


def pdf_pages(path: Path) -> int:
    """Pages of a PDF, as poppler's pdfinfo counts them (or its page objects)."""
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
        return int(re.search(r"^Pages:\s+(\d+)", out.stdout, re.M).group(1))
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def pdf_text(path: Path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    return " ".join(out.stdout.split())


def answer_for(*marks: Mark) -> Answer:
    drawing = Drawing(marks)
    result = ATLAS.lookup(drawing)
    return Answer(drawing, result, shortlist(result.candidates))


def spot(region: str, **kw: object) -> Mark:
    x, y = ATLAS.region_point(region)
    return Mark.spot(x, y, **kw)  # type: ignore[arg-type]


# ---- the window ------------------------------------------------------------------------


def test_ctrl_shift_e_writes_a_one_page_handout(qtbot, window, tmp_path, monkeypatch):
    out = tmp_path / "handout.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "PDF (*.pdf)"))
    )
    click_region(qtbot, window, "left-buttock-lower")
    click_region(qtbot, window, "left-calf-lateral")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(out.exists)
    assert pdf_pages(out) == 1
    assert f"Handout saved to {out}" in window.statusBar().currentMessage()
    text = pdf_text(out)
    top = window.candidates[0]
    muscle = LIB.muscle(top.muscle)
    assert f"{muscle.name} ({muscle.plain_name}): can send pain to your left lower" in text
    assert "Two stretches to try" in text
    assert "When to get help" in text
    assert LIB.safety.banner[:60] in text
    assert f"{date.today():%d %B %Y}" in text
    assert LIB.safety.disclaimer[:60] in text


def test_the_file_menu_offers_the_handout_with_its_shortcut_and_tip(window):
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.text() == "Export handout…")
    assert action.shortcut() == QKeySequence("Ctrl+Shift+E")
    assert "one-page PDF" in action.statusTip()
    assert action.isEnabled()


def test_a_handout_that_cannot_be_written_says_why(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.actions import export_handout

    click_region(qtbot, window, "left-calf-lateral")
    export_handout(window, tmp_path)  # a folder
    box = window.findChild(QMessageBox, "exportFailed")
    assert box is not None
    qtbot.waitExposed(box)
    assert box.text() == f"Could not save the handout to {tmp_path}: is a directory."
    box.close()


# ---- what the handout holds ------------------------------------------------------------


def test_each_muscle_reads_in_plain_words_with_the_places_it_explains():
    answer = answer_for(spot("left-buttock-lower"), spot("left-calf-lateral"))
    minimus = next(c for c in answer.shown if c.muscle == "gluteus-minimus")
    line = muscle_line(ATLAS, minimus, answer.result)
    assert line.startswith("Gluteus minimus (deepest buttock muscle): ")
    assert "left lower buttock" in line
    assert "left lateral calf" in line
    # A spillover zone sends pain only sometimes, and a near miss only close by.
    spill = replace(minimus, pattern="spillover")
    assert "sometimes sends pain to" in muscle_line(ATLAS, spill, answer.result)
    near = replace(minimus, explains=(), distance=12.0)
    assert "close to the places you marked" in muscle_line(ATLAS, near, answer.result)


def test_the_handout_names_the_region_warnings_and_says_when_no_stretch_is_given():
    answer = answer_for(spot("left-knee-posterior"))
    page = printing.page_size()
    text = handout_html(ATLAS, answer, today=TODAY, width=page.width(), aspect=1.2)
    # The calf and knee: a clot in the leg is an emergency to name.
    assert "a blood clot in the leg (a swollen, warm, red, painful calf)" in text
    without = [c for c in answer.shown[:3] if not LIB.muscle(c.muscle).stretches]
    assert without, "the back of the knee has a muscle without a stretch among its top three"
    assert f"No self-stretch is given for {LIB.muscle(without[0].muscle).name}" in text
    assert text.count("illustration:") == 2
    assert "14 March 2026" in text


def test_the_drawing_takes_over_half_the_page_and_its_marks_show(qtbot):
    answer = answer_for(spot("left-buttock-lower"), spot("left-calf-lateral", intensity=8))
    doc, scale = handout_document(ATLAS, answer, today=TODAY)
    page = printing.page_size()
    html = handout_html(ATLAS, answer, today=TODAY, width=page.width() / scale, aspect=1.0)
    width = int(re.search(r"src='handout:drawing' width='(\d+)'", html).group(1))
    assert width * scale >= 0.5 * page.width()
    assert DRAWING_SHARE >= 0.5
    # The printed drawing: each spot's dark ring lies where the spot is.
    drawing = answer.drawing
    box = frame(
        marks_box(drawing, ATLAS.diagram.regions),
        bounds=ATLAS.diagram.view_box,
        aspect=1.3,
        margin=70,
        minimum=260,
    )
    image = printing.drawing_image(
        ATLAS, drawing, printing.Picture(), box=box, width=380, mark_scale=1.5
    ).convertToFormat(QImage.Format.Format_RGB32)
    for mark in drawing.marks:
        (x, y) = mark.points[0]
        px = (x - box.x0) / box.width * image.width()
        py = (y - box.y0) / box.height * image.height()
        ring = [
            QColor(image.pixel(round(px + dx), round(py)))
            for dx in range(-image.width() // 25, image.width() // 25)
        ]
        assert min(c.lightness() for c in ring) < 60, mark


def longest_answer() -> Answer:
    """Three muscles with the longest names and stretches, six marks with the longest
    place names and qualities, every warning sign, a look-alike."""

    def weight(m) -> int:  # noqa: ANN001
        stretches = [s for s in LIB.stretches if s.id in m.stretches]
        words = sum(len(" ".join(s.steps + s.cautions)) for s in stretches)
        return len(m.name + m.plain_name) * 20 + words

    muscles = sorted(LIB.muscles, key=weight, reverse=True)[:3]
    regions = sorted(ATLAS.diagram.regions, key=lambda r: -len(ATLAS.region_name(r)))[:6]
    marks = tuple(Mark.painted_region(r, intensity=10, quality="tingling") for r in regions)
    drawing = Drawing(marks)
    real = ATLAS.lookup(drawing)
    candidates = tuple(
        Candidate(
            muscle=m.id,
            name=m.name,
            side="left",
            pattern="spillover",
            trigger_point=m.trigger_points[0].id,
            score=1.0,
            reason="",
            explains=(0, 1, 2),
        )
        for m in muscles
    )
    result = LookupResult(
        region=None,
        candidates=candidates,
        regions=tuple(regions),
        warnings=LIB.safety.warnings,
        lookalikes=real.lookalikes,
    )
    return Answer(drawing, result, candidates)


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(longest_answer, id="longest-content"),
        pytest.param(
            lambda: answer_for(*(spot(r) for r in ATLAS.diagram.regions)), id="every-region"
        ),
        pytest.param(
            lambda: answer_for(spot("left-sole-heel"), spot("right-lumbar")), id="sole-and-back"
        ),
        pytest.param(lambda: answer_for(), id="nothing-marked"),
    ],
)
def test_the_handout_is_one_readable_page_whatever_the_drawing(tmp_path, qapp, answer):
    from app.ui.handout import write_handout

    answer = answer()
    doc, scale = handout_document(ATLAS, answer, today=TODAY)
    assert doc.size().height() * scale <= printing.page_size().height()
    assert scale >= 0.75  # body text of at least 7.5 pt
    out = tmp_path / "h.pdf"
    write_handout(out, ATLAS, answer, today=TODAY)
    assert pdf_pages(out) == 1


# ---- the full report -------------------------------------------------------------------

EDITORIAL = ("source article's sentence", "breaks off", "read only as the abstract", "issue 8")


def editorial_texts(*muscles: str) -> list[str]:
    """The muscles' notes, and every source note and citation detail of the content
    (what is left off paper). A note can say what another muscle's advice says."""
    texts = [n for m in muscles for n in LIB.muscle(m).notes]
    texts += [t.source_note for t in LIB.treatments if t.source_note]
    details = []

    def walk(value: object) -> None:
        from pydantic import BaseModel

        from app.domain.models import Citation

        if isinstance(value, Citation):
            if value.detail:
                details.append(value.detail)
        elif isinstance(value, tuple):
            for v in value:
                walk(v)
        elif isinstance(value, BaseModel):
            for name in type(value).model_fields:
                walk(getattr(value, name))

    walk(LIB)
    # Short details ("Vol. 2, ch. 9") could be words of the text itself.
    return texts + [d for d in details if len(d) > 40]


@pytest.mark.parametrize("muscle", [m.id for m in LIB.muscles])
def test_no_editorial_text_reaches_the_report_or_the_handout(window, muscle):
    window.show_muscle(muscle)
    text = report_html(window.controller)
    assert LIB.muscle(muscle).name in text
    for phrase in EDITORIAL:
        assert phrase not in text
    for editorial in editorial_texts(muscle):
        assert editorial not in text, editorial
    assert "Good to know" not in text


def test_the_handout_has_no_editorial_text_either():
    answer = answer_for(spot("left-buttock-lower"), spot("left-calf-lateral"))
    text = handout_html(ATLAS, answer, today=TODAY, width=680, aspect=1.2)
    for editorial in editorial_texts(*(c.muscle for c in answer.shown[:3])):
        assert editorial not in text


def test_the_app_keeps_the_notes_for_students(qtbot, window):
    window.show_muscle("gluteus-minimus")
    qtbot.waitUntil(lambda: not window.panels_pending)
    shown = window.detail.toPlainText()
    assert "Good to know" in shown
    assert "About the source: The source article's sentence" in shown


def test_paper_content_drops_notes_and_details_and_keeps_one_citation_per_source():
    paper = for_paper(LIB)
    minimus = paper.muscle("gluteus-minimus")
    assert minimus.notes == ()
    assert all(c.detail is None for c in minimus.references)
    refs = [c.ref for c in minimus.references]
    assert len(refs) == len(set(refs))
    assert LIB.muscle("gluteus-minimus").notes  # the app's own content is untouched
    assert all(t.source_note is None for t in paper.treatments)
    ultrasound = next(t for t in LIB.treatments if t.id == "ultrasound")
    assert "source article" not in ultrasound.what_it_does_not


def page_fill(window) -> tuple[list[float], int]:
    doc, pages = report_pages(window.controller)
    height = printing.page_size().height()
    return [(end - start) / height for start, end in pages], len(pages)


def test_a_report_for_one_muscle_is_a_few_well_filled_pages(qtbot, window):
    """Before issue 10 a spot on the lower buttock gave 13 A4 pages (15 with a second
    spot on the calf), the last with three lines. The spot is that one, the README's
    ``--point 237 325`` (the lower buttock's click point before the crotch was raised)."""
    pos = window.view.mapFromScene(237.17, 325.39)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: not window.panels_pending)
    assert [ATLAS.fit(m).region for m in window.drawing.marks] == ["left-buttock-lower"]
    fills, pages = page_fill(window)
    assert pages <= 9
    assert all(f <= 1.0 + 1e-6 for f in fills)
    assert all(f >= 0.5 for f in fills[:-1]), fills
    assert fills[-1] >= 0.15, fills  # never a last page of a few orphan lines


def test_the_report_drawing_is_large_and_cropped_to_what_is_shown(qtbot, window):
    from app.ui.report import DRAWING_SHARE as SHARE
    from app.ui.report import report_drawing

    click_region(qtbot, window, "left-calf-lateral")
    c = window.controller
    image = report_drawing(ATLAS, c.drawing.drawing, c.selection, width=400)
    shown = image.width() / image.devicePixelRatio()
    assert shown == pytest.approx(400, abs=1)
    height = image.height() / image.devicePixelRatio()
    assert height < 400 * ATLAS.diagram.view_box.height / ATLAS.diagram.view_box.width
    assert SHARE >= 0.55
    assert f"width='{round(printing.page_size().width() * SHARE)}'" in report_html(c)


def test_pages_never_end_with_a_heading_or_split_off_a_single_line(qapp):
    from PySide6.QtGui import QTextDocument

    body = "".join(
        f"<h2>Section {i}</h2><p>{'words that wrap ' * (8 + i * 37 % 60)}</p>"
        f"<p>Take care:</p><ul><li>{'one ' * (3 + i * 11 % 40)}</li></ul>"
        for i in range(60)
    )
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(body)
    doc.setTextWidth(680)
    height = 300.0
    pages = printing.page_breaks(doc, height)
    assert len(pages) > 30
    assert all(end - start <= height for start, end in pages)

    def page_of(y: float) -> int:
        return next(i for i, (start, end) in enumerate(pages) if start - 1 <= y <= end + 1)

    lines = []  # (block number, page) of every line, in order
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        top = layout.position().y()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lines.append((block, page_of(top + line.y() + line.height() / 2)))
        block = block.next()
    for (block, page), (nxt, next_page) in zip(lines, lines[1:], strict=False):
        if page == next_page:
            continue
        keeps = block.blockFormat().headingLevel() or block.text().endswith(":")
        assert not keeps, f"{block.text()!r} ends page {page}"
        if block == nxt:
            on_page = sum(1 for b, p in lines if b == block and p == page)
            assert min(on_page, block.layout().lineCount() - on_page) >= 2, block.text()[:30]


# ---- framing ---------------------------------------------------------------------------


def test_frame_shows_the_box_at_the_aspect_inside_the_drawing():
    bounds = BBox(0, -152, 600, 1200)
    box = BBox(200, 300, 260, 700)
    f = frame(box, bounds=bounds, aspect=1.5, margin=50, minimum=260)
    assert f.height / f.width == pytest.approx(1.5)
    assert f.x0 <= 150
    assert f.y0 <= 250
    assert f.x1 >= 310
    assert f.y1 >= 750
    assert bounds.x0 <= f.x0
    assert bounds.y0 <= f.y0
    assert f.x1 <= bounds.x1
    assert f.y1 <= bounds.y1
    # At the edge: moved inside, not cut.
    corner = frame(BBox(0, 1150, 20, 1200), bounds=bounds, aspect=1.0, margin=50, minimum=260)
    assert corner.x0 == 0
    assert corner.y1 == 1200
    # Nothing marked: the whole drawing, centred.
    whole = frame(None, bounds=bounds, aspect=1.0, margin=50, minimum=260)
    assert whole.width == whole.height == 1352


# ---- the command line ------------------------------------------------------------------


def test_handout_command_writes_one_page_and_prints_the_path(tmp_path, capsys):
    out = tmp_path / "h.pdf"
    x, y = ATLAS.region_point("left-buttock-lower")
    argv = ["handout", str(out), "--point", str(x), str(y), "--region", "left-calf-lateral"]
    assert cli_main([*argv, "--intensity", "7"]) == 0
    assert capsys.readouterr().out == f"{out}\n"
    assert pdf_pages(out) == 1
    assert "Gluteus minimus (deepest buttock muscle)" in pdf_text(out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param([], "give at least one --point or --region", id="no-marks"),
        pytest.param(["--region", "nowhere"], "--region: unknown region 'nowhere'", id="region"),
        pytest.param(
            ["--region", "sacrum", "--intensity", "3", "--intensity", "4"],
            "--intensity: 2 values for 1 marks",
            id="intensities",
        ),
    ],
)
def test_handout_command_refuses_bad_input_in_one_line(tmp_path, capsys, args, message):
    out = tmp_path / "h.pdf"
    assert cli_main(["handout", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("triggermap handout: ")
    assert message in err
    assert not out.exists()


def test_handout_command_says_why_a_file_cannot_be_written(tmp_path, capsys):
    target = tmp_path / "missing" / "h.pdf"
    assert cli_main(["handout", str(target), "--region", "sacrum"]) == 1
    err = capsys.readouterr().err
    assert err == f"triggermap handout: cannot write {target}: no such file or directory\n"


def test_the_printed_drawing_leaves_out_the_screen_sized_landmark_labels(qtbot):
    """On screen the landmark words keep a fixed pixel size; on a cropped printed drawing
    they would run off its edges and over the patient's marks. Where a word stands on
    screen, the printed drawing shows no dark lettering."""
    from app import resources
    from app.ui.diagram_scene import DiagramScene

    atlas = load_atlas()
    words = DiagramScene(resources.diagram_svg()).labels
    label = next(w for w in words if "trochanter" in " ".join(x.text for x in w.label.lines))
    x, y = label.label.x, label.label.y
    box = BBox(x - 40, y - 40, x + 80, y + 40)  # the word and what lies around it
    image = printing.drawing_image(atlas, Drawing(), printing.Picture(), box=box, width=480)
    scale = image.width() / box.width
    dark = 0
    for px in range(round(40 * scale), round(110 * scale), 2):  # right of the anchor
        for py in range(round(30 * scale), round(50 * scale), 2):
            if QColor(image.pixel(px, py)).lightness() < 90:
                dark += 1
    assert dark == 0
