"""Compare (issue 10, item 2): two or three patterns overlaid or side by side, a table of
how to tell them apart, ready-made comparisons, and `screenshot --compare`."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from app.cli import main as cli_main
from app.content.load import load_atlas
from app.domain.compare import (
    LOOKS,
    CompareError,
    Comparison,
    check_ids,
    pieces,
    presets,
    table,
    top_candidates,
)
from app.domain.geometry import centred_grid
from app.ui.compare_dialog import CompareDialog
from app.ui.main_window import MainWindow
from tests.conftest import open_window

ATLAS = load_atlas()
LIB, DIA = ATLAS.library, ATLAS.diagram
PSEUDO_SCIATICA = ("gluteus-minimus", "piriformis", "s1")


# ---- the domain: which items, the table --------------------------------------------------


def test_the_ready_made_comparison_is_gluteus_minimus_piriformis_and_a_nerve_root():
    found = presets(LIB)
    assert found[0].items == PSEUDO_SCIATICA
    assert {p.items[2] for p in found} == {"s1", "l5"}
    assert "Buttock and leg pain" in found[0].label
    assert "pseudo-sciatica" in found[0].label


def test_a_comparison_takes_two_or_three_and_refuses_a_fourth():
    c = Comparison().toggled("piriformis").toggled("s1").toggled("gluteus-medius")
    assert c.items == ("piriformis", "s1", "gluteus-medius")
    assert [c.look(i) for i in c.items] == list(LOOKS)
    with pytest.raises(CompareError, match="at most three"):
        c.toggled("soleus")
    assert c.toggled("s1").items == ("piriformis", "gluteus-medius")


def test_a_remembered_comparison_drops_what_the_content_no_longer_has():
    c = Comparison.restored(LIB, "piriformis,gone,s1,piriformis", "side-by-side")
    assert c == Comparison(("piriformis", "s1"), "side-by-side")
    assert Comparison.restored(LIB, None, 3) == Comparison()
    assert Comparison.restored(LIB, *c.saved()) == c


@pytest.mark.parametrize(
    ("ids", "error"),
    [
        (["piriformis", "nope"], "unknown muscle or look-alike 'nope'"),
        (["piriformis"], "give 2 or 3"),
        (["piriformis", "s1", "l5", "l4"], "give 2 or 3"),
        (["piriformis", "piriformis"], "give 2 or 3"),
    ],
)
def test_check_ids_says_what_is_wrong(ids, error):
    with pytest.raises(CompareError, match=error):
        check_ids(LIB, ids)


def test_top_candidates_are_the_first_three_muscles():
    assert top_candidates(["a", "b", "a", "c", "d"]) == ("a", "b", "c")


def _content_texts() -> list[str]:
    texts = []
    for m in LIB.muscles:
        for tp in m.trigger_points:
            texts += [tp.essential, tp.spillover or ""]
        texts += [*m.symptoms, *(f"{d.condition}: {d.clue}" for d in m.differentials)]
    for la in LIB.lookalikes:
        texts += [la.summary, *la.clues, la.see_a_doctor, la.limits]
    return texts


@pytest.mark.parametrize(
    "ids",
    [PSEUDO_SCIATICA, ("gluteus-minimus", "piriformis"), ("soleus", "sacroiliac", "l4")],
)
def test_every_entry_of_the_table_comes_from_the_cited_content(ids):
    texts = _content_texts()
    shorts = {r.short for r in LIB.references}
    rows = table(LIB, ids)
    assert all(len(r.cells) == len(ids) for r in rows)
    for row in rows:
        for cell in row.cells:
            for entry in cell:
                if row.heading == "Sources":
                    assert entry in shorts
                else:
                    # Whole, or (a trigger point's name: its text), or a look-alike's
                    # "Seen from behind" sentence out of its summary.
                    assert any(entry == t or entry.endswith(": " + t) or entry in t for t in texts)


def test_the_table_keeps_the_differentials_that_speak_of_the_others():
    rows = {r.heading: r.cells for r in table(LIB, PSEUDO_SCIATICA)}
    minimus, piriformis, s1 = rows["What tells it apart"]
    assert len(minimus) == 1
    assert minimus[0].startswith("Sciatica")
    assert len(piriformis) == 1
    assert piriformis[0].startswith("Sciatica")
    assert s1 == next(la for la in LIB.lookalikes if la.id == "s1").clues
    assert rows["When to see a doctor"][2][0].startswith("See a GP")
    assert rows["Main pain area (essential zone)"][2][0].startswith("Seen from behind:")
    # Two muscles whose differentials never name each other: all of them.
    rows = {r.heading: r.cells for r in table(LIB, ("soleus", "piriformis"))}
    assert len(rows["What tells it apart"][0]) == len(LIB.muscle("soleus").differentials)


def test_pieces_are_both_sides_of_a_look_alike_and_every_zone_of_a_muscle():
    assert [p.kind for p in pieces(LIB, DIA, "s1")] == ["area", "area"]
    kinds = [p.kind for p in pieces(LIB, DIA, "gluteus-minimus")]
    assert kinds.count("essential") == kinds.count("spillover") == 4
    with pytest.raises(CompareError):
        pieces(LIB, DIA, "nope")


# ---- the window, as a user meets it ------------------------------------------------------


@pytest.fixture
def window(qtbot, state_dir: Path) -> MainWindow:
    return open_window(qtbot, state_dir, ATLAS)


def open_by_shortcut(qtbot, w: MainWindow) -> CompareDialog:
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    qtbot.keyClick(
        w, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = w.findChild(CompareDialog, "compareDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def click_choice(qtbot, dialog: CompareDialog, name: str) -> None:
    lst = dialog.choices
    [row] = [lst.item(i) for i in range(lst.count()) if lst.item(i).text().startswith(name)]
    lst.scrollToItem(row)
    qtbot.mouseClick(
        lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(row).center()
    )


def ticked(dialog: CompareDialog) -> list[str]:
    lst = dialog.choices
    rows = [lst.item(i) for i in range(lst.count())]
    return [r.text() for r in rows if r.checkState() == Qt.CheckState.Checked]


def distinct_point(ids: tuple[str, ...], i: int) -> tuple[float, float]:
    """A point well inside item i's main area, away from every other item's pieces, from
    the compared muscles' shapes and from their trigger-point markers."""
    own = [p.area for p in pieces(LIB, DIA, ids[i]) if p.kind != "spillover"]
    others = [p.area for j, x in enumerate(ids) if j != i for p in pieces(LIB, DIA, x)]
    others += [a for x in ids for s in ("left", "right") if (a := DIA.muscles.get((s, x)))]
    markers = [(m.x, m.y) for (_, tp), m in DIA.markers.items() if tp.startswith(ids)]
    m = 14
    for area in own:
        for x, y in centred_grid(area.bbox, step=4):
            if (
                all(area.contains(x + dx, y + dy) for dx in (-m, 0, m) for dy in (-m, 0, m))
                and all(o.distance(x, y, limit=m) >= m for o in others)
                and all((x - a) ** 2 + (y - b) ** 2 >= 40**2 for a, b in markers)
            ):
                return x, y
    raise AssertionError(f"no place where only {ids[i]} is drawn")


def patch(view: QWidget, image: QImage, scene_point: tuple[float, float]) -> list[QColor]:
    """The 13x13 pixels of a grab around a scene point."""
    c = view.mapFromScene(*scene_point)  # type: ignore[attr-defined]
    r = image.devicePixelRatio()
    return [
        QColor(image.pixel(QPoint(round((c.x() + dx) * r), round((c.y() + dy) * r))))
        for dx in range(-6, 7)
        for dy in range(-6, 7)
    ]


def nearest(colours: list[QColor], rgb: tuple[int, int, int]) -> float:
    return min(
        ((q.red() - rgb[0]) ** 2 + (q.green() - rgb[1]) ** 2 + (q.blue() - rgb[2]) ** 2) ** 0.5
        for q in colours
    )


def test_compare_opens_by_shortcut_and_draws_the_items_clicked_in_the_list(qtbot, window):
    dialog = open_by_shortcut(qtbot, window)
    assert "Choose two or three" in dialog.message.text()
    before = dialog.overlay.grab().toImage()
    for name in ("Gluteus minimus", "Piriformis", "S1 nerve root"):
        click_choice(qtbot, dialog, name)
    assert ticked(dialog) == ["Gluteus minimus", "Piriformis", "S1 nerve root (not a muscle)"]
    after = dialog.overlay.grab().toImage()
    for i, look in enumerate(LOOKS):
        point = distinct_point(PSEUDO_SCIATICA, i)
        # The item's colour is there (blended with what lies under it, for the solid
        # fill), and was not before it was chosen.
        assert nearest(patch(dialog.overlay, after, point), look.rgb) < 60
        assert nearest(patch(dialog.overlay, before, point), look.rgb) > 120
    # Clicking a ticked row unticks it.
    click_choice(qtbot, dialog, "Piriformis")
    assert ticked(dialog) == ["Gluteus minimus", "S1 nerve root (not a muscle)"]


def test_a_fourth_item_is_refused_in_plain_words(qtbot, window):
    dialog = open_by_shortcut(qtbot, window)
    qtbot.mouseClick(dialog.preset_buttons[0], Qt.MouseButton.LeftButton)
    click_choice(qtbot, dialog, "Soleus")
    assert "Compare at most three: untick one first." in dialog.message.text()
    assert len(ticked(dialog)) == 3


def test_the_ready_made_comparison_loads_in_one_click(qtbot, window):
    dialog = open_by_shortcut(qtbot, window)
    button = dialog.preset_buttons[0]
    assert button.accessibleName() == "Compare Gluteus minimus, Piriformis, S1 nerve root"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert ticked(dialog) == ["Gluteus minimus", "Piriformis", "S1 nerve root (not a muscle)"]
    legend = " ".join(t.text() for _, t in dialog.legend_rows if t.isVisible())
    assert "Gluteus minimus</b>, solid green" in legend
    assert "S1 nerve root</b>, purple dots" in legend


def test_the_ready_made_comparison_is_in_the_view_menu(qtbot, window):
    menu = window.findChild(QMenu, "comparePresetsMenu")
    assert menu.menuAction().isEnabled()
    menu.aboutToShow.emit()  # as opening the menu does
    [first, *_] = menu.actions()
    title = "Buttock and leg pain, or S1? (pseudo-sciatica): Gluteus minimus"
    assert first.text().startswith(title)
    first.trigger()
    dialog = window.findChild(CompareDialog, "compareDialog")
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.model.comparison.items == PSEUDO_SCIATICA


def test_side_by_side_gives_each_item_a_diagram_of_its_own(qtbot, window):
    dialog = open_by_shortcut(qtbot, window)
    qtbot.mouseClick(dialog.preset_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.side_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentWidget() is dialog.side_by_side
    shown = [(t, v) for t, v in dialog.panes if v.isVisible()]
    assert [t.text().split("<br>")[0] for t, _ in shown] == [
        "<b>Gluteus minimus</b>",
        "<b>Piriformis</b>",
        "<b>S1 nerve root</b>",
    ]
    for i, (_, view) in enumerate(shown):
        image = view.grab().toImage()
        here = patch(view, image, distinct_point(PSEUDO_SCIATICA, i))
        assert nearest(here, LOOKS[i].rgb) < 60
        # Each diagram shows its own item only.
        for j in range(3):
            if j != i:
                there = patch(view, image, distinct_point(PSEUDO_SCIATICA, j))
                assert nearest(there, LOOKS[j].rgb) > 120
    qtbot.mouseClick(dialog.overlay_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentWidget() is dialog.overlay


def test_the_table_names_the_items_and_how_to_tell_them_apart(qtbot, window):
    dialog = open_by_shortcut(qtbot, window)
    assert "Choose two or three" in dialog.table.toPlainText()
    qtbot.mouseClick(dialog.preset_buttons[0], Qt.MouseButton.LeftButton)
    text = dialog.table.toPlainText()
    for name in ("Gluteus minimus", "Piriformis", "S1 nerve root"):
        assert name in text
    s1 = next(la for la in LIB.lookalikes if la.id == "s1")
    assert s1.clues[4] in text
    assert s1.limits in text
    assert LIB.muscle("gluteus-minimus").trigger_points[0].essential in text
    assert "What tells it apart" in text


def grey_texture(view: QWidget, point: tuple[float, float]) -> tuple[float, float, float]:
    """Mean grey, and the mean difference of neighbouring greys across and along a
    diagonal: (lightness, across, along)."""
    grey = view.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    r = grey.devicePixelRatio()
    c = view.mapFromScene(*point)  # type: ignore[attr-defined]
    cx, cy = round(c.x() * r), round(c.y() * r)

    def g(dx: int, dy: int) -> int:
        return QColor(grey.pixel(cx + dx, cy + dy)).red()

    span = range(-6, 6)
    mean = statistics.mean(g(a, b) for a in span for b in span)
    across = statistics.mean(abs(g(a, b) - g(a + 1, b)) for a in span for b in span)
    along = min(
        statistics.mean(abs(g(a, b) - g(a + 1, b + k)) for a in span for b in span) for k in (1, -1)
    )
    return mean, across, along


def test_the_patterns_stay_apart_in_greyscale(qtbot, window):
    """Converted to grey, each item's area differs from the others in lightness (dark
    solid, mid stripes, light dots) and in texture (flat, striped, dotted)."""
    dialog = open_by_shortcut(qtbot, window)
    qtbot.mouseClick(dialog.preset_buttons[0], Qt.MouseButton.LeftButton)
    solid, stripes, dots = (
        grey_texture(dialog.overlay, distinct_point(PSEUDO_SCIATICA, i)) for i in range(3)
    )
    assert solid[0] + 25 < stripes[0]
    assert stripes[0] + 15 < dots[0]
    assert solid[1] < 5  # flat
    assert stripes[1] > 8
    assert stripes[2] < stripes[1] / 2
    assert dots[1] > 8
    assert dots[2] > dots[1] * 0.75


def test_the_comparison_is_remembered_after_reopening(qtbot, window, state_dir):
    dialog = open_by_shortcut(qtbot, window)
    click_choice(qtbot, dialog, "Soleus")
    click_choice(qtbot, dialog, "L5 nerve root")
    qtbot.mouseClick(dialog.side_button, Qt.MouseButton.LeftButton)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    window.close()
    again = open_window(qtbot, state_dir, ATLAS)
    dialog = open_by_shortcut(qtbot, again)
    assert ticked(dialog) == ["Soleus", "L5 nerve root (not a muscle)"]
    assert dialog.side_button.isChecked()
    assert dialog.stack.currentWidget() is dialog.side_by_side


def test_tab_moves_between_named_controls_and_the_keyboard_ticks(qtbot, window):
    dialog = open_by_shortcut(qtbot, window)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.preset_buttons[0].setFocus()
    seen = []
    for _ in range(8):
        w = QApplication.focusWidget()
        seen.append(w)
        assert w.accessibleName() or w.text(), f"{w!r} has no accessible name"
        qtbot.keyClick(w, Qt.Key.Key_Tab)
    expected = [*dialog.preset_buttons, dialog.search, dialog.choices, dialog.overlay_button]
    assert seen[: len(expected)] == expected
    assert dialog.table in seen
    # Space ticks the current row of the list.
    dialog.choices.setFocus()
    dialog.choices.setCurrentRow(0)
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Space)
    assert ticked(dialog) == [dialog.choices.item(0).text()]


def test_typing_narrows_the_list(qtbot, window):
    dialog = open_by_shortcut(qtbot, window)
    qtbot.keyClicks(dialog.search, "nerve")
    lst = dialog.choices
    shown = [lst.item(i).text() for i in range(lst.count()) if not lst.item(i).isHidden()]
    assert shown == [
        "L4 nerve root (not a muscle)",
        "L5 nerve root (not a muscle)",
        "S1 nerve root (not a muscle)",
    ]


def test_compare_top_candidates_takes_the_answer(qtbot, window):
    action = next(a for a in window.actions() if a.text() == "Compare top candidates")
    action.trigger()
    assert "mark where it hurts first" in window.statusBar().currentMessage()
    assert window.findChild(CompareDialog, "compareDialog") is None
    x, y = ATLAS.region_point("left-calf-lateral")
    window.view.centerOn(x, y)
    qtbot.mouseClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, pos=window.view.mapFromScene(x, y)
    )
    qtbot.waitUntil(lambda: not window.panels_pending)
    top = [c.muscle for c in window.candidates][:3]
    assert len(top) == 3
    action.trigger()
    dialog = window.findChild(CompareDialog, "compareDialog")
    qtbot.waitUntil(dialog.isVisible)
    assert list(dialog.model.comparison.items) == top


def test_the_compare_actions_wait_for_the_content(qtbot, state_dir):
    from app import resources

    w = MainWindow(resources.diagram_svg(), state_dir)
    qtbot.addWidget(w)
    names = ("Compare…", "Compare top candidates", "Ready-made comparisons")
    actions = [a for a in w.findChildren(type(w.actions()[0])) if a.text() in names]
    assert len(actions) == 3
    assert not any(a.isEnabled() for a in actions)
    w.attach(ATLAS)
    assert all(a.isEnabled() for a in actions)


# ---- triggermap screenshot --compare -----------------------------------------------------


def test_screenshot_renders_the_compare_window(tmp_path, capsys):
    out = tmp_path / "compare.png"
    args = ["screenshot", str(out), "--compare", *PSEUDO_SCIATICA, "--size", "1100x700"]
    assert cli_main(args) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1100, 700)
    # The three looks are in the picture.
    pixels = {image.pixel(x, y) for x in range(1100) for y in range(700)}
    for look in LOOKS[1:]:  # stripes and dots are drawn at full strength
        assert QColor(*look.rgb).rgb() in pixels


@pytest.mark.parametrize(
    ("ids", "error"),
    [
        (["piriformis", "nope"], "triggermap: --compare: unknown muscle or look-alike 'nope'"),
        (["piriformis"], "triggermap: --compare takes 2 or 3 ids, not 1"),
        (["piriformis", "s1", "l5", "l4"], "triggermap: --compare takes 2 or 3 ids, not 4"),
    ],
)
def test_screenshot_compare_refuses_bad_ids_in_one_line(tmp_path, capsys, ids, error):
    out = tmp_path / "compare.png"
    assert cli_main(["screenshot", str(out), "--compare", *ids]) == 2
    err = capsys.readouterr().err.strip()
    assert err == error
    assert not out.exists()
