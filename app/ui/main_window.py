"""The main window: diagram in the centre, answers on the left, explanations on the right."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.domain.ids import SIDES, Side
from app.ui import html, theme
from app.ui.actions import build_actions, export_report
from app.ui.after_paint import AfterPaint
from app.ui.banner import SafetyBanner
from app.ui.controller import AppController
from app.ui.diagram_scene import DiagramScene
from app.ui.diagram_view import DiagramView, FocusFrame
from app.ui.figure_menu import SETTING, saved_figure
from app.ui.keyboard_cursor import KeyboardCursor
from app.ui.present import Presenter
from app.ui.safety_view import builtin_safety_html, open_warning_check, show_lookalike

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog

    from app.domain.geometry import Point
    from app.domain.lookup import Atlas, Candidate, LookupResult
    from app.domain.models import Library
    from app.domain.quiz import Question

SPOT_HIT_PX = 12.0
#: The left panel, the drawing and the right panel: at 1280 pixels wide each keeps its
#: words whole (the splitter shares out any other width in proportion).
SPLITTER_SIZES = [330, 560, 390]
#: The right panel never gets narrower than this many average characters, so its words
#: stay whole (a narrow page breaks a long heading letter by letter).
RIGHT_MIN_CHARS = 34
MIN_DRAWING_WIDTH = 300


def _column(spacing: int, *widgets: QWidget, stretch: QWidget | None) -> QWidget:
    """``widgets`` stacked top to bottom, without margins; ``stretch`` takes the spare height."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    _fill(box, *widgets, stretch=stretch)
    return box


def _fill(box: QWidget, *widgets: QWidget, stretch: QWidget | None) -> None:
    layout = box.layout()
    assert isinstance(layout, QVBoxLayout)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is stretch else 0)


#: Over the drawing: which way it faces, and while the right side is shown cut away, so.
ORIENTATION = "Posterior view (seen from behind): the patient's left is on your left."
CUTAWAY_NOTE = " Right side: the deep muscles, the superficial ones cut away."


class MainWindow(QMainWindow):
    """Built in two steps so the first paint is quick: the art and the widgets here, the
    content (pydantic, geometry) in :meth:`attach`, right after the window is shown."""

    def __init__(self, svg_path: Path, data_dir: Path, atlas: Atlas | None = None) -> None:
        super().__init__()
        self.atlas: Atlas | None = None
        self.data_dir = data_dir
        self.settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        theme.apply()  # the system's palette, dark if it asks for dark, with AA contrast
        self.setWindowTitle("TriggerMap: which muscle is sending this pain here?")

        figure = saved_figure(self.settings)
        self.scene = DiagramScene(svg_path, figure)
        self.view = DiagramView(self.scene)
        self.controller = AppController(data_dir, self)
        self.controller.figure = figure
        self.controller.figure_changed.connect(self._on_figure)
        self.drawing = self.controller.drawing

        # Before the first paint: the frame, the drawing, the banner, menus and toolbar,
        # and the two side columns at their final widths (filled by build_panels()), so
        # nothing moves when the panels arrive a few milliseconds later.
        self.left = _column(0, stretch=None)
        self.right = _column(4, stretch=None)
        self.hover_label = QLabel(" ")
        self.hover_label.setObjectName("hoverLabel")
        self.hover_label.setAccessibleName("Region under the pointer or the keyboard cursor")
        # Plain text: the first rich-text label costs ~5 ms of set-up before the paint.
        self.orientation = QLabel(ORIENTATION)
        self.orientation.setWordWrap(True)
        self.view_frame = FocusFrame(self.view)
        # A narrow window shares its width out, but the drawing keeps a usable column.
        self.view_frame.setMinimumWidth(MIN_DRAWING_WIDTH)
        centre = _column(
            2, self.orientation, self.view_frame, self.hover_label, stretch=self.view_frame
        )
        self.keyboard_cursor = KeyboardCursor(self.view)
        self.presenter = Presenter(self, centre)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for i, (pane, stretch) in enumerate(((self.left, 0), (centre, 1), (self.right, 0))):
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(i, stretch)
        self.splitter.setSizes(SPLITTER_SIZES)

        self.banner = SafetyBanner()
        self.banner.more_requested.connect(lambda: self.show_learn("safety"))
        self.setCentralWidget(_column(0, self.banner, self.splitter, stretch=self.splitter))

        # Off until the content has loaded: each of these needs it.
        self.content_actions = build_actions(self)
        for action in self.content_actions:
            action.setEnabled(False)
        self.view.point_clicked.connect(self._on_click)
        self.view.stroke_changed.connect(self._on_stroke_changed)
        self.view.stroke_finished.connect(self._on_stroke_finished)
        # The eraser works on whatever the pointer is routed to (the quiz's painting).
        canvas = self.controller
        self.view.erase_started.connect(lambda: canvas.canvas_drawing.begin_erase())
        self.view.erase_moved.connect(lambda x, y, s: canvas.canvas_drawing.erase_at(x, y, slack=s))
        self.view.erase_finished.connect(lambda: canvas.canvas_drawing.end_erase())
        self.view.region_hovered.connect(self._on_hover)
        self.drawing.full.connect(
            lambda: self.statusBar().showMessage(
                "The drawing is full: erase or clear some marks first.", 6000
            )
        )
        self._notes = ""
        self._page_body = ""  # the page shown that is not a muscle's
        self._show_answer_tab = True
        self.warning_check: QDialog | None = None
        self.panels_built = False

        self.content_problems: list[str] = []
        self._shown: tuple[str | None, str | None] | None = None
        self._pages: dict[tuple[str, str | None], str] = {}
        self._pending_detail: tuple[str | None, str | None] | None = None
        self._after_paint = AfterPaint(self)
        self._panels: tuple[str, int, bool, bool] = ("", 0, False, True)
        self.controller.answer_changed.connect(self._show_answer)
        self.controller.selection_changed.connect(self._show_selection)
        self.warmed_up = False
        self.lib: Library
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):  # type: ignore[arg-type]
            self.resize(1400, 900)
        self.statusBar().showMessage("Loading…")
        self.restyle()
        # A system switching between light and dark while the window is open.
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: theme.apply())
        if atlas is not None:
            self.attach(atlas)

    def build_panels(self) -> None:
        """The side panels: imported and built right after the first paint (once)."""
        if self.panels_built:
            return
        self.panels_built = True
        from PySide6.QtWidgets import QTabWidget

        from app.ui.illustrations import PageBrowser
        from app.ui.panels import CandidatesPanel, IdList
        from app.ui.quiz_controller import QuizController
        from app.ui.quiz_panel import QuizPanel

        self.candidates_panel = CandidatesPanel()
        self.muscle_list = IdList("All muscles")
        self.learn_list = IdList("Background reading")
        self.left_tabs = QTabWidget()  # imported with the panels, after the first paint
        self.left_tabs.addTab(self.candidates_panel, "Where it hurts")
        self.left_tabs.addTab(self.muscle_list, "Muscles")
        self.left_tabs.addTab(self.learn_list, "Learn")
        self.quiz_panel = QuizPanel()
        self.left_tabs.addTab(self.quiz_panel, "Quiz")
        self.left_tabs.setAccessibleName("Left panel")
        # Tab names are never shortened; SPLITTER_SIZES gives the panel room for all of
        # them from 1280 pixels up (narrower, the tab bar scrolls).
        self.left_tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        for lst in (self.muscle_list, self.learn_list):
            lst.setWordWrap(True)
            lst.setResizeMode(QListView.ResizeMode.Adjust)
        self.quiz = QuizController(self)
        for i in range(1, self.left_tabs.count()):  # browsing and the quiz need the content
            self.left_tabs.setTabEnabled(i, False)
        _fill(self.left, self.left_tabs, stretch=self.left_tabs)
        self.banner.show_safety()

        self.detail = PageBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName("Explanation")
        self.detail.anchorClicked.connect(self._on_anchor)
        # Underlined words explain themselves here, in plain language.
        self.term_box = QLabel()
        self.term_box.setObjectName("termBox")
        self.term_box.setWordWrap(True)
        self.term_box.hide()
        _fill(self.right, self.detail, self.term_box, stretch=self.detail)
        self.right.setMinimumWidth(RIGHT_MIN_CHARS * self.detail.fontMetrics().averageCharWidth())
        self.term_box.setAccessibleName("Explanation of the chosen word")
        self.restyle()

        self.candidates_panel.candidate_selected.connect(self._on_candidate)
        self.candidates_panel.show_all_requested.connect(self.show_all_candidates)
        self.candidates_panel.lookalike_requested.connect(lambda i: show_lookalike(self, i))
        self.candidates_panel.check_requested.connect(lambda: open_warning_check(self))
        self.muscle_list.chosen.connect(self.show_muscle)
        self.learn_list.chosen.connect(self.show_learn)

    def attach(self, atlas: Atlas) -> None:
        """Bring in the content: lists, banner, hit-testing, the saved session."""
        from app.ui.panels import learn_rows, muscle_rows
        from app.ui.warm_up import start_warm_up

        self.build_panels()
        self.atlas = atlas
        self.lib = atlas.library
        self.scene.attach(atlas)
        self.muscle_list.set_rows(muscle_rows(self.lib))
        self.learn_list.set_rows(learn_rows(self.lib))
        for action in self.content_actions:
            action.setEnabled(True)
        for i in range(self.left_tabs.count()):
            self.left_tabs.setTabEnabled(i, True)
        self.statusBar().showMessage(
            "Click where it hurts, or paint the area (B, or Shift-drag). Pain 0-10 in the toolbar."
        )
        self.controller.attach(atlas)
        if self.controller.session_file.notice:
            self.banner.add_notice(self.controller.session_file.notice)
        start_warm_up(self)

    def show_content_error(self, problems: list[str]) -> None:
        """The bundled content is broken: say exactly what, keep the safety text and the
        window usable (the actions that need content stay off)."""
        self.build_panels()
        self.content_problems = list(problems)
        n = len(problems)
        self.banner.add_notice(
            f"<b>TriggerMap cannot load its content</b> ({n} problem{'s' if n > 1 else ''}, "
            f"listed on the right): {escape(problems[0])}"
        )
        self.show_learn("safety")
        self.statusBar().showMessage("Content problems: see the right-hand panel.")

    # -- reacting to the user --------------------------------------------------------

    def _on_click(self, x: float, y: float) -> None:
        if self.atlas is None:
            return
        # Clicking an existing spot removes it; elsewhere on the body adds one. The reach
        # is a fixed distance on screen, whatever the zoom.
        reach = SPOT_HIT_PX / (self.view.transform().m11() or 1.0)
        if self.controller.canvas is not None:  # the quiz has the pointer
            self.controller.canvas.click(x, y, reach=reach)
            return
        hit = self.drawing.drawing.spot_at(x, y, reach=reach)
        if hit is not None:
            self.drawing.remove(hit)
            return
        if self.atlas.region_at(x, y) is None:
            self.statusBar().showMessage("That is outside the body: click on the drawing.", 4000)
            return
        self.drawing.add_spot(x, y)

    def _on_stroke_changed(self, points: list[Point], radius: float) -> None:
        """While painting: draw the stroke now; the answer follows within the frame."""
        if self.controller.canvas is not None:  # the quiz has the pointer
            self.controller.canvas.stroke(points, radius, finished=False)
            return
        self.scene.set_live_stroke(points, radius, self.drawing.intensity)
        self.controller.paint_live(points, radius)

    def _on_stroke_finished(self, points: list[Point], radius: float) -> None:
        if self.controller.canvas is not None:  # the quiz has the pointer
            self.controller.canvas.stroke(points, radius, finished=True)
            return
        self.scene.set_live_stroke([], radius, self.drawing.intensity)
        if not self.controller.paint_done(points, radius):
            self.statusBar().showMessage("That is outside the body: paint on the drawing.", 4000)

    def set_cutaway(self, on: bool) -> None:
        """View → Cut away superficial muscles: the right side as a dissection, said over
        the drawing."""
        self.scene.set_cutaway(on)
        self.orientation.setText(ORIENTATION + (CUTAWAY_NOTE if on else ""))

    def _on_figure(self) -> None:
        """Another body figure: the same marks and answer, drawn on it, and kept."""
        figure, old = self.controller.figure, self.scene.figure
        view = self.view
        centre = view.mapToScene(view.viewport().rect().center())
        middle = old.to_reference(centre.x(), centre.y())
        self.scene.set_figure(figure)
        self.keyboard_cursor.follow_figure(old)
        if view.fitted:
            view.fit_to_window()
        else:  # the same part of the body stays in the middle of the view
            view.centerOn(self.scene.at(*middle))
        self.settings.setValue(SETTING, figure.id)
        self.statusBar().showMessage(
            f"Shown on the {figure.name.lower()} figure: the marks and the answer are the same.",
            4000,
        )

    def _on_hover(self, region: str) -> None:
        self.scene.set_hover_region(region or None)
        name = self.atlas.region_name(region) if region and self.atlas else " "
        self.hover_label.setText(name)

    def refresh_answer(self, *, show_all: bool = False, show_answer_tab: bool = True) -> None:
        """Rank the drawing again; the answer's tab comes to the front unless
        ``show_answer_tab`` is False (the quiz hands the diagram back quietly)."""
        self._show_answer_tab = show_answer_tab
        self.controller.rank(show_all=show_all)

    def _show_answer(self) -> None:
        """The diagram answers at once; the side panels follow right after its repaint."""
        answer = self.controller.answer
        result, drawing = answer.result, answer.drawing
        if result is None or drawing is None or self.atlas is None:
            return
        self.scene.set_marks(self.drawing.marks)
        self.scene.show_candidates(
            (side, c.muscle) for c in answer.shown for side in (c.sides or (c.side,))
        )
        heading = html.answer_heading(self.atlas, drawing, result, answer.shown)
        if not answer.provisional:  # the notes follow when the stroke ends
            nerve_like = any(m.nerve_like for m in drawing.marks)
            self._notes = html.answer_notes_html(self.lib, result, nerve_like=nerve_like)
        show_tab, self._show_answer_tab = self._show_answer_tab, True
        self._panels = (heading, answer.hidden, not answer.provisional, show_tab)
        self.after_paint(self._update_panels)

    # Read-only views of the controller's state, for the dialogs and the tests.
    @property
    def candidates(self) -> tuple[Candidate, ...]:
        return self.controller.answer.shown

    @property
    def last_result(self) -> LookupResult | None:
        return self.controller.answer.result

    @property
    def selected_muscle(self) -> str | None:
        return self.controller.selection.muscle

    def after_paint(self, job: Callable[[], None]) -> None:
        """Run ``job`` once, right after the diagram's pending repaint."""
        self._after_paint.request(job)

    @property
    def panels_pending(self) -> bool:
        return self._after_paint.pending

    @property
    def live_ranking_pending(self) -> bool:
        """A stroke is being painted and its re-ranking has not run yet."""
        return self.controller.live_pending

    # The quiz's state, where it has always been read.
    @property
    def question(self) -> Question | None:
        return self.quiz.question

    @property
    def quiz_score(self) -> tuple[int, int]:
        return self.quiz.score

    def _update_panels(self) -> None:
        heading, hidden, save, show_tab = self._panels
        if show_tab:
            self.left_tabs.setCurrentWidget(self.candidates_panel)
        with QSignalBlocker(self.candidates_panel):
            self.candidates_panel.set_candidates(heading, self.candidates, hidden=hidden)
            self.candidates_panel.set_notes(self._screen(self._notes))
        if save:
            self._save()

    def _on_candidate(self, index: int) -> None:
        self.controller.select_candidate(index)

    def show_all_candidates(self) -> None:
        self.controller.show_all()

    def show_muscle(self, muscle_id: str) -> None:
        """Browse a muscle's whole pattern (both sides), independent of pain spots."""
        self.show_selection(muscle_id, sides=SIDES)

    def show_selection(
        self,
        muscle_id: str | None,
        *,
        sides: tuple[Side, ...] = SIDES,
        trigger_point: str | None = None,
    ) -> None:
        self.controller.select(muscle_id, sides=sides, trigger_point=trigger_point)

    def _show_selection(self) -> None:
        """Draw a muscle's pattern now; its page follows right after the repaint."""
        s = self.controller.selection
        self.scene.show_pattern(s.muscle, sides=s.sides, trigger_point=s.trigger_point)
        # The text follows the drawing: laying out a long page takes a few milliseconds,
        # so it is done right after the diagram has repainted, and only when it changed.
        self._pending_detail = (s.muscle, s.trigger_point)
        # While a stroke is being painted the list follows the brush; the long page on
        # the right waits for the stroke to end (laying it out costs a frame).
        if not self.controller.answer.provisional:
            self.after_paint(self._update_detail)
        self._sync_candidate_row()

    def _sync_candidate_row(self) -> None:
        """The answer's row of the shown muscle is the current one (N/P step the
        selection; the list follows it quietly)."""
        if not self.panels_built:
            return
        rows = [c.muscle for c in self.candidates]
        muscle = self.controller.selection.muscle
        lst = self.candidates_panel.list
        if muscle in rows and lst.count() == len(rows) and lst.currentRow() != rows.index(muscle):
            self.candidates_panel.set_current_quietly(rows.index(muscle))

    def step(self, delta: int) -> None:
        """N/P: the next or previous candidate, or while presenting, the next or previous
        of the chosen muscles."""
        self.controller.step(delta, through=self.presenter.stepping_through())

    def toolbars(self) -> list[QToolBar]:
        return self.findChildren(QToolBar)

    # -- colours -----------------------------------------------------------------------

    def _screen(self, text: str) -> str:
        return html.for_screen(text, dark=theme.current().dark)

    def restyle(self) -> None:
        """Colour what the app colours itself for the light or dark palette: the banner,
        the word box, focus rings, the diagram's canvas and labels, the shown page."""
        colours = theme.current()
        self.banner.set_colours(colours)
        self.scene.set_theme(colours)
        self.view_frame.colour = QColor(colours.focus)
        self.view_frame.update()
        if not self.panels_built:
            return
        self.term_box.setStyleSheet(
            f"#termBox {{ background: {colours.note_bg}; border: 1px solid "
            f"{colours.note_border}; padding: 6px; }}"
        )
        # A clear ring on the focused list or page, the same width as the frame it
        # replaces, so nothing shifts.
        ring = (
            "QAbstractItemView, QTextBrowser { border: 2px solid palette(mid); }"
            f"QAbstractItemView:focus, QTextBrowser:focus {{ border: 2px solid {colours.focus}; }}"
        )
        self.left_tabs.setStyleSheet(ring)
        self.detail.setStyleSheet(ring)
        self.candidates_panel.more.setStyleSheet(f"text-align: left; color: {colours.link};")
        if self.atlas is not None:
            self._pages.clear()
            shown, self._shown = self._shown, None
            if shown is not None:
                self._pending_detail = shown
                self._update_detail()
            elif self._page_body:
                self.detail.setHtml(self._screen(html.page(self._page_body)))
            self.candidates_panel.set_notes(self._screen(self._notes))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt virtual)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self.restyle()

    def _update_detail(self) -> None:
        wanted, self._pending_detail = self._pending_detail, None
        if wanted is None or wanted == self._shown:
            return
        if wanted[0] is not None:
            self.muscle_list.select_id(wanted[0])
        self._shown = wanted
        self._leave_page()
        muscle_id, trigger_point = wanted
        if muscle_id is None:
            self.detail.setHtml(self._screen(html.page(html.safety_html(self.lib))))
        else:
            self.detail.setHtml(self._screen(self.muscle_page(muscle_id, trigger_point)))

    def muscle_page(self, muscle_id: str, trigger_point: str | None) -> str:
        # Cached: linking the glossary into a long page takes ~15 ms.
        key = (muscle_id, trigger_point)
        page = self._pages.get(key)
        if page is None:
            muscle = self.lib.muscle(muscle_id)
            page = self._pages[key] = html.page(
                html.muscle_html(self.lib, muscle, trigger_point=trigger_point)
            )
        return page

    def show_learn(self, key: str) -> None:
        if self.atlas is None:  # no content (yet): the built-in safety text is all there is
            self.build_panels()
            self.show_page(builtin_safety_html(self.content_problems))
            return
        body = html.learn_html(self.lib, key)
        self.learn_list.select_id(key)
        self.show_page(body)

    def show_page(self, body: str) -> None:
        """Show a page that is not a muscle's; asking for a muscle brings its page back."""
        self._shown = self._pending_detail = None
        self._leave_page()
        self._page_body = body
        self.detail.setHtml(self._screen(html.page(body)))

    def _leave_page(self) -> None:
        """A new page: the word explained for the last one, and a trigger point's tooltip
        (its marker may be gone from the drawing now), would otherwise stay on screen."""
        self.term_box.hide()
        QToolTip.hideText()

    def _on_anchor(self, url: QUrl) -> None:
        if url.hasFragment() and not url.scheme():  # a link to a section of the page
            self.detail.scrollToAnchor(url.fragment())
            return
        kind, _, value = url.toString().partition(":")
        if kind == "check":
            open_warning_check(self)
        elif kind == "learn":
            self.show_learn(value)
        elif kind == "tp":
            self.controller.select_trigger_point(value)
        elif kind == "term":
            term = next((t for t in self.lib.glossary if t.term.lower() == value.lower()), None)
            if term is not None:
                self.term_box.setText(f"<b>{escape(term.term)}</b>: {escape(term.plain)}")
                self.term_box.show()
                self.statusBar().showMessage(f"{term.term}: {term.plain}", 15000)

    # -- files -----------------------------------------------------------------------

    def export_report(self, path: Path) -> None:
        """Write the PDF report to ``path`` (File → Export report asks where)."""
        export_report(self, path)

    def _save(self) -> None:
        problem = self.controller.save()
        if problem:
            self.statusBar().showMessage(problem, 8000)

    @property
    def session_path(self) -> Path:
        return self.controller.session_file.path

    @property
    def session_problem(self) -> str | None:
        """Why the saved session could not be loaded, if it could not."""
        return self.controller.session_file.problem

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt virtual)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self._save()
        super().closeEvent(event)
