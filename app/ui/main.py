"""Start the window, or render it to a PNG without a display."""

from __future__ import annotations

import gc
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from app import resources
from app.domain.figure import REFERENCE, Figure
from app.ui.main_window import MainWindow


def data_dir() -> Path:
    """Where the session and settings live; TRIGGERMAP_DATA_DIR overrides (tests use it)."""
    override = os.environ.get("TRIGGERMAP_DATA_DIR")
    if override:
        return Path(override)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) if base else Path.home() / ".triggermap"


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(sys.argv[:1])
    app.setApplicationName("TriggerMap")
    app.setOrganizationName("TriggerMap")
    return app


def build_window(state_dir: Path | None = None) -> MainWindow:
    """A window with its content loaded (tests, benchmark, screenshots)."""
    from app.content.load import load_atlas

    return MainWindow(resources.diagram_svg(), state_dir or data_dir(), load_atlas())


class _AfterFirstPaint(QObject):
    """Runs a callback once the watched widget has painted for the first time."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt virtual)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def _load_content(window: MainWindow, on_ready: Callable[[], None] | None = None) -> None:
    from app.content.library_loader import ContentError
    from app.content.load import load_atlas

    try:
        atlas = load_atlas()
    except ContentError as exc:
        window.show_content_error(list(exc.problems))
    except Exception as exc:  # whatever it is, never leave the window at "Loading…"
        import traceback

        traceback.print_exc()
        window.show_content_error([f"unexpected error while loading: {exc!r}"])
    else:
        window.attach(atlas)
    finally:
        if not gc.isenabled():  # paused by open_window for the start-up
            gc.freeze()
            gc.enable()
    if on_ready is not None:
        on_ready()


def run_gui() -> int:
    app = application()
    window = open_window()
    _stop_on_ctrl_c(app, window)
    # A top-level window: Python must keep a reference while the loop runs.
    return app.exec()


def open_window(
    state_dir: Path | None = None, *, on_ready: Callable[[], None] | None = None
) -> MainWindow:
    """Show the window with its drawing first, then the side panels, then load the content
    (pydantic models, geometry), so the window appears without delay. ``on_ready`` runs
    once the content is loaded (the benchmark's probe uses it)."""
    # Everything made until the content is loaded lives as long as the window. Python's
    # cyclic garbage collector would scan it again and again and free nothing (~40 ms):
    # it is paused until then, and what was made is frozen out of its sight
    # (docs/decisions/0002-fast-first-launch.md).
    gc.disable()
    window = MainWindow(resources.diagram_svg(), state_dir or data_dir())
    _AfterFirstPaint(window.view.viewport(), lambda: start_second_step(window, on_ready))
    window.show()
    return window


def _stop_on_ctrl_c(app: QApplication, window: MainWindow) -> None:
    """Ctrl+C in the terminal closes every window as Quit does (the drawing and the window
    size are saved) and exits with 130, as an interrupted program does."""

    def stop(_signum: int, _frame: object) -> None:
        app.closeAllWindows()  # dialogs too: their own event loops would keep running
        app.exit(130)

    signal.signal(signal.SIGINT, stop)
    # Python runs a signal handler only when it next runs Python code, and Qt's event
    # loop may wait in C++ for ever: a timer gives Python a turn five times a second.
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(200)


def start_second_step(window: MainWindow, on_ready: Callable[[], None] | None = None) -> None:
    """After the first paint: build the side panels, let them paint, then load the content
    (a 1 ms timer fires after the posted paint events)."""
    window.build_panels()
    QTimer.singleShot(1, lambda: _load_content(window, on_ready))


def screenshot(
    out: Path,
    *,
    region: str | None,
    muscle: str | None,
    size: tuple[int, int],
    present: bool = False,
    theme_name: str | None = None,
    scale: float | None = None,
    compare: Sequence[str] = (),
    figure: Figure = REFERENCE,
) -> int:
    """``present``: in the presentation view; ``theme_name``: "light" or "dark" palette;
    ``figure``: the body figure (app.domain.figure);
    ``compare``: the compare window with these muscle or look-alike ids; ``scale``:
    device pixel ratio of the PNG (the CLI sets QT_SCALE_FACTOR before the
    application starts; otherwise the window is rendered at that ratio)."""
    import tempfile

    from app.content.library_loader import ContentError
    from app.ui import theme

    app = application()
    palette = QGuiApplication.palette()
    theme.apply(theme_name)
    # The saved drawing is shown as the window would open it, from a copy in a throw-away
    # folder: a screenshot never changes (or rotates) the user's saved files.
    scratch = tempfile.TemporaryDirectory(prefix="triggermap-shot-")
    try:
        _copy_saved_session(Path(scratch.name))
        try:
            window = build_window(Path(scratch.name))
        except ContentError as exc:
            print(
                "triggermap: the content is not consistent:\n  - " + "\n  - ".join(exc.problems),
                file=sys.stderr,
            )
            return 1
        window.controller.set_figure(figure)
        try:
            return _shoot(
                app,
                window,
                out,
                region=region,
                muscle=muscle,
                size=size,
                present=present,
                scale=scale,
                compare=compare,
            )
        finally:
            # Also on the error paths: a window left open would outlive the command
            # (and, in a test run, sit in front of the next test's window).
            window.close()
            window.deleteLater()
    finally:
        scratch.cleanup()
        QGuiApplication.setPalette(palette)


def _copy_saved_session(folder: Path) -> None:
    import shutil

    saved = data_dir() / "session.json"
    try:
        if saved.is_file():
            shutil.copyfile(saved, folder / "session.json")
    except OSError:
        pass  # unreadable: the screenshot shows an empty drawing, as the window would start


def _shoot(
    app: QApplication,
    window: MainWindow,
    out: Path,
    *,
    region: str | None,
    muscle: str | None,
    size: tuple[int, int],
    compare: Sequence[str] = (),
    present: bool = False,
    scale: float | None = None,
) -> int:
    window.resize(*size)
    window.show()
    app.processEvents()
    if region is not None:
        assert window.atlas is not None
        if region not in window.atlas.diagram.regions:
            print(f"triggermap: unknown region {region!r}", file=sys.stderr)
            return 2
        x, y = window.atlas.region_point(region)
        from app.domain.drawing import Drawing

        window.drawing.restore(Drawing())
        window.drawing.add_spot(x, y)
    if muscle is not None:
        try:
            window.lib.muscle(muscle)
        except KeyError:
            print(f"triggermap: unknown muscle {muscle!r}", file=sys.stderr)
            return 2
        # The panels follow the click after a repaint; selecting before they have would
        # leave the answer's first row highlighted beside this muscle's pattern.
        _settle(app, window)
        _select_muscle(window, muscle)
    if present:
        _settle(app, window)
        window.presenter.enter(full_screen=False)  # the --size is the screen
    _settle(app, window)
    if compare:
        from app.ui.compare import shoot_compare

        return shoot_compare(app, window, out, compare, size)
    if not _grab(window, scale).save(str(out)):
        print(f"triggermap: could not write {out}", file=sys.stderr)
        return 1
    print(out)
    return 0


def _grab(window: MainWindow, scale: float | None) -> QPixmap:
    """The window's pixels at ``scale`` device pixels per pixel (its own by default)."""
    if scale is None or abs(window.devicePixelRatioF() - scale) < 1e-6:
        return window.grab()
    pixmap = QPixmap(round(window.width() * scale), round(window.height() * scale))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(window.palette().window().color())
    window.render(pixmap)
    return pixmap


def _settle(app: QApplication, window: MainWindow) -> None:
    """Until the side panels have followed the diagram's last change."""
    app.processEvents()
    while window.panels_pending:
        app.processEvents()


def _select_muscle(window: MainWindow, muscle: str) -> None:
    """Select a muscle as a person would: its row in the answer if it is a candidate,
    otherwise in the Muscles tab, so the highlighted row is the muscle that is shown."""
    rows = [c.muscle for c in window.candidates]
    if muscle in rows:
        window.candidates_panel.list.setCurrentRow(rows.index(muscle))
    else:
        window.left_tabs.setCurrentWidget(window.muscle_list)
        window.show_muscle(muscle)
