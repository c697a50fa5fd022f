"""Plain words first, as a user meets them: the candidate rows, their details on demand,
and the links at the top of a muscle's page."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from app.content.load import load_atlas
from app.ui.main_window import MainWindow
from tests.conftest import open_window

ATLAS = load_atlas()


@pytest.fixture
def window(qtbot, state_dir) -> MainWindow:
    w = open_window(qtbot, state_dir, ATLAS)
    w.resize(1280, 800)
    return w


def click_region(qtbot, w: MainWindow, region: str) -> None:
    x, y = ATLAS.region_point(region)
    pos = w.view.mapFromScene(x, y)
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: not w.panels_pending)


def rows(w: MainWindow) -> list[str]:
    lst = w.candidates_panel.list
    return [lst.item(i).text() for i in range(lst.count())]


def activate(qtbot, w: MainWindow) -> None:
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)


# ---- the candidate rows -------------------------------------------------------------


@pytest.mark.parametrize("region", ["left-calf-lateral", "left-buttock-lower", "right-sole-heel"])
def test_each_row_starts_in_plain_words(qtbot, window, region):
    click_region(qtbot, window, region)
    shown = rows(window)
    assert shown
    for i, (text, c) in enumerate(zip(shown, window.candidates, strict=True), 1):
        first = text.split("\n")[0]
        plain = window.lib.muscle(c.muscle).plain_name
        # "3. Soleus (deep calf muscle): main pain area, left side"
        assert first.startswith(f"{i}. {c.label.split(' (')[0]} (")
        assert plain.split(" (")[0].lower() in first.lower()
        assert re.search(
            r": (near its )?(main|possible extra) pain area, (left|right|both) side", first
        )
        assert not re.search(r"TP\d|zone|Travell|\d(st|nd|rd|th) of", first)


def test_the_chosen_row_shows_its_details_and_the_others_do_not(qtbot, window):
    click_region(qtbot, window, "left-calf-lateral")
    lst = window.candidates_panel.list
    first, second = window.candidates[:2]
    # The first row is chosen with the answer: its details (which trigger point, which
    # pattern, the pain guide's rank) are under its plain first line.
    assert rows(window)[0] == f"1. {first.summary}\n{first.reason}"
    assert "\n" not in rows(window)[1]
    short = lst.visualItemRect(lst.item(1)).height()
    before = lst.viewport().grab().toImage()
    # Choosing the second row with the mouse moves the details there.
    target = lst.visualItemRect(lst.item(1)).center()
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=target)
    qtbot.waitUntil(lambda: not window.panels_pending)
    assert window.selected_muscle == second.muscle
    assert rows(window)[0] == f"1. {first.summary}"
    assert rows(window)[1] == f"2. {second.summary}\n{second.reason}"
    assert re.search(r"TP\d|trigger point", second.reason)
    assert lst.visualItemRect(lst.item(1)).height() > short
    assert lst.viewport().grab().toImage() != before
    # And with the keyboard: Up goes back to the first row, which shows its details again.
    activate(qtbot, window)
    lst.setFocus()
    qtbot.keyClick(lst, Qt.Key.Key_Up)
    assert rows(window)[0].endswith(first.reason)
    assert "\n" not in rows(window)[1]


def test_rows_wrap_to_the_list_and_are_never_cut_off(qtbot, window):
    """At 1280x800 the left column is narrow: every row wraps, none needs scrolling
    sideways, and each is tall enough for its wrapped lines."""
    click_region(qtbot, window, "left-buttock-lower")
    lst = window.candidates_panel.list
    assert lst.horizontalScrollBar().maximum() == 0
    line = lst.fontMetrics().lineSpacing()
    for i in range(lst.count()):
        rect = lst.visualItemRect(lst.item(i))
        assert rect.right() <= lst.viewport().width()
        width = rect.width() - 40  # the swatch and the padding
        text = lst.item(i).text().split("\n")[0]
        needed = lst.fontMetrics().boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, text)
        assert rect.height() >= needed.height() - line // 2, text


def test_the_heading_says_what_the_list_is(qtbot, window):
    click_region(qtbot, window, "left-calf-lateral")
    heading = window.candidates_panel.heading.text()
    assert "Left lateral calf" in heading
    assert "the muscles that can send pain here, most likely first" in heading


def test_a_look_alike_is_named_in_plain_words_first(qtbot, window):
    from PySide6.QtWidgets import QComboBox

    box = window.findChild(QComboBox, "quality")
    box.setCurrentIndex(box.findData("tingling"))
    click_region(qtbot, window, "left-calf-lateral")
    notes = window.candidates_panel.notes.text()
    assert "Could also be:</b> an irritated nerve in the lower back (<a " in notes
    assert ">L5 nerve root</a>)" in notes


def test_look_alikes_of_one_kind_share_one_sentence():
    from app.domain.drawing import Drawing, Mark
    from app.ui import html

    x, y = ATLAS.region_point("left-calf-lateral")
    drawing = Drawing(
        (
            Mark.spot(*ATLAS.region_point("left-buttock-lower")),
            Mark.stroke([(x, y - 70 + 10 * i) for i in range(15)], radius=9.0),
        )
    )
    result = ATLAS.lookup(drawing)
    assert {f.lookalike.id for f in result.lookalikes} >= {"l5", "s1"}
    notes = html.answer_notes_html(ATLAS.library, result, nerve_like=False)
    assert notes.count("Could also be:") == 1
    assert "L5 nerve root</a> or <a href='lookalike:s1'>S1 nerve root</a>)" in notes
    assert "most of your drawing lies in their areas" in notes


# ---- the links at the top of a muscle's page ------------------------------------------


def find(w: MainWindow, text: str, after: QTextCursor | None = None) -> QTextCursor:
    doc = w.detail.document()
    case = QTextDocument.FindFlag.FindCaseSensitively
    found = doc.find(text, after, case) if after is not None else doc.find(text, 0, case)
    assert not found.isNull(), text
    return found


def on_screen(w: MainWindow, cursor: QTextCursor) -> QPoint:
    """Where the middle of the found words is, in the page's viewport."""
    c = QTextCursor(cursor)
    c.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    return w.detail.cursorRect(c).center()


def click_words(qtbot, w: MainWindow, words: QTextCursor) -> None:
    qtbot.mouseClick(w.detail.viewport(), Qt.MouseButton.LeftButton, pos=on_screen(w, words))


def heading_in_view(w: MainWindow, heading: QTextCursor) -> bool:
    top = w.detail.cursorRect(heading).top()
    return 0 <= top < w.detail.viewport().height() // 2


def show_page_of_the_first_candidate(qtbot, w: MainWindow) -> None:
    click_region(qtbot, w, "left-calf-lateral")
    qtbot.waitUntil(lambda: "On this page:" in w.detail.toPlainText())


@pytest.mark.parametrize("section", ["What you can do", "Stretches", "When to get help"])
def test_a_click_on_a_section_link_scrolls_to_its_heading(qtbot, window, section):
    show_page_of_the_first_candidate(qtbot, window)
    link = find(window, section)
    heading = find(window, section, link)  # the heading, further down, in the same words
    assert heading.block().blockFormat().headingLevel() == 2
    bar = window.detail.verticalScrollBar()
    assert bar.value() == 0
    click_words(qtbot, window, link)
    qtbot.waitUntil(lambda: bar.value() > 0)
    assert heading_in_view(window, heading)


def test_tab_reaches_the_section_links_and_enter_follows_one(qtbot, window):
    show_page_of_the_first_candidate(qtbot, window)
    activate(qtbot, window)
    window.detail.setFocus()
    qtbot.keyClick(window.detail, Qt.Key.Key_Tab)
    assert window.detail.textCursor().selectedText() == "What it feels like"
    qtbot.keyClick(window.detail, Qt.Key.Key_Tab)
    assert window.detail.textCursor().selectedText() == "What you can do"
    link = find(window, "What you can do")
    heading = find(window, "What you can do", link)
    bar = window.detail.verticalScrollBar()
    qtbot.keyClick(window.detail, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bar.value() > 0)
    assert heading_in_view(window, heading)


def test_every_muscle_page_links_only_to_sections_it_has(qtbot, window):
    from app.ui import html

    for muscle in window.lib.muscles:
        page = html.muscle_html(window.lib, muscle)
        targets = re.findall(r'<a href="#([a-z-]+)">([^<]+)</a>', page)
        assert [t for _, t in targets][:3] == ["What it feels like", "What you can do", "Stretches"]
        for anchor, title in targets:
            assert f'<h2 id="{anchor}">{title}</h2>' in page, (muscle.id, anchor)
        # A patient finds what to do before the background and the trigger points.
        assert page.index('id="can-do"') < page.index(">What it does</h2>")
        assert page.index('id="get-help"') < page.index('id="trigger-points"')


def test_the_help_links_on_a_muscle_page_open_the_warning_signs(qtbot, window):
    show_page_of_the_first_candidate(qtbot, window)
    click_words(qtbot, window, find(window, "Check your warning signs"))
    qtbot.waitUntil(lambda: window.warning_check is not None and window.warning_check.isVisible())
    window.warning_check.close()
    click_words(qtbot, window, find(window, "All the warning signs"))
    qtbot.waitUntil(lambda: "Warning signs, by where it hurts" in window.detail.toPlainText())


def test_the_report_has_no_links_to_sections(qtbot, window):
    from app.ui.report import report_html

    show_page_of_the_first_candidate(qtbot, window)
    body = report_html(window.controller)
    assert "On this page" not in body
    assert "What you can do" in body
    assert window.candidates[0].summary in body


def test_n_and_p_move_the_details_with_the_chosen_candidate(qtbot, window):
    click_region(qtbot, window, "left-buttock-lower")
    first, second = window.candidates[:2]
    activate(qtbot, window)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_N)
    assert rows(window)[:2] == [f"1. {first.summary}", f"2. {second.summary}\n{second.reason}"]
    qtbot.keyClick(window.view, Qt.Key.Key_P)
    assert rows(window)[:2] == [f"1. {first.summary}\n{first.reason}", f"2. {second.summary}"]
