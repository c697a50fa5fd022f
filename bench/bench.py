"""Benchmark TriggerMap against a bare PySide6 window in the same run.

Run by hand (not a test):  QT_QPA_PLATFORM=offscreen python bench/bench.py

Prints, side by side with a bare window:
- start-up to first painted window and to ready for a click (fresh process each time),
  the very first launch after installing, and peak memory;
- the first click, right after the window is ready (before the idle warm-up);
- `triggermap lookup` end to end, next to a bare `python -c pass` (the "bare" column);
- lookup latency (domain core), hover latency (mouse move -> region name shown),
  click-to-repaint latency (mouse press+release -> diagram repainted), median and p99.
Targets (issue 9): ready for a click within 2x of the bare window (the very first launch
too), first click under 8 ms, click to all panels updated p99 under 16 ms, `triggermap
lookup` under 0.15 s.

`--alt DIR` (repeatable) also launches the app from another source tree (a git worktree
of another commit), alternating with this one: an A/B comparison of start-up and lookup
in one run. `--root DIR` benchmarks another tree's app in-process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = Path(__file__).with_name("probe.py")
#: The spot `triggermap lookup` is asked about (the README's example, on the left calf).
LOOKUP_ARGS = ("lookup", "--point", "215", "760", "--json")


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def rerank_times(atlas: object, rng: random.Random, samples: int) -> list[float]:
    """Re-ranking a drawing of 100 marks (three spots to one painted stroke) after one
    mark changes: the new mark lands somewhere not asked about before."""
    from app.domain.drawing import Drawing, Mark

    b = atlas.diagram.silhouette.bbox  # type: ignore[attr-defined]

    def body_point() -> tuple[float, float]:
        while True:
            x, y = rng.uniform(b.x0, b.x1), rng.uniform(b.y0, b.y1)
            if atlas.region_at(x, y):  # type: ignore[attr-defined]
                return x, y

    def new_mark(i: int) -> Mark:
        x, y = body_point()
        if i % 4:
            return Mark.spot(x, y, intensity=rng.randint(1, 10))
        pts = [(x + 6 * k, y + 4 * k) for k in range(8)]
        return Mark.stroke(pts, radius=10.0, intensity=rng.randint(1, 10))

    drawing = Drawing(tuple(new_mark(i) for i in range(100)))
    atlas.lookup(drawing)  # type: ignore[attr-defined]
    times = []
    for i in range(samples):
        drawing = drawing.replacing(i % 100, new_mark(i))
        times.append(timed(atlas.lookup, drawing))  # type: ignore[attr-defined]
    return times


def timed(action: Callable[..., object], *args: object) -> float:
    """Milliseconds one call of ``action(*args)`` takes."""
    t0 = time.perf_counter()
    action(*args)
    return (time.perf_counter() - t0) * 1000


def launch(
    kind: str, env: dict[str, str], *, first: int = 0
) -> tuple[float, float, float, list[list[float]]]:
    """One fresh process: ms to its window's first finished paint, ms to being ready for
    a click (content loaded), its peak memory in MB, and its first clicks (ms to the
    diagram repainted, ms to the side panels updated; starting at spot ``first``)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(PROBE), "bare" if kind == "bare" else "app", str(first)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    times, lines = [], []
    for tag in ("painted", "ready"):
        line = proc.stdout.readline()
        times.append((time.perf_counter() - t0) * 1000)
        lines.append(line)
        if not line.startswith(tag):
            raise RuntimeError(f"probe {kind} failed: {lines}")
    rest = proc.stdout.read()  # not communicate(): readline() already buffered it
    proc.wait(timeout=60)
    tail = json.loads(rest.strip().splitlines()[-1])
    return times[0], times[1], tail["peak_rss_mb"], tail.get("first_clicks", [])


def trees(alts: list[Path]) -> dict[str, Path]:
    """The source trees to launch: "app" is this one (or --root), then each --alt."""
    out = {"app": ROOT}
    for alt in alts:
        out[f"alt:{alt.name}"] = alt.resolve()
    return out


def startup(runs: int, cache: Path, roots: dict[str, Path]) -> dict[str, list[float]]:
    """Start-ups of the bare window and of TriggerMap, alternating, so a machine that
    speeds up or slows down during the run affects both alike.

    Measured launches are a person's second and later ones: Python's bytecode exists, so
    one unmeasured launch of each comes first. The very first launch after installing
    (Python's bytecode exists, as pip writes it when installing) is measured once, on
    its own, at the end. TriggerMap keeps no cache since issue 9; an older tree (--alt)
    gets an empty cache folder of its own (TRIGGERMAP_CACHE_DIR) for that launch."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["TMPDIR"] = str(cache)  # the probes' state folders go with the run's own
    envs = {"bare": dict(env, PYTHONPATH=str(ROOT))}
    for kind, root in roots.items():
        envs[kind] = dict(env, PYTHONPATH=str(root), TRIGGERMAP_CACHE_DIR=str(cache / kind))
    out: dict[str, list[float]] = {}
    for kind in envs:
        launch(kind, envs[kind])
    for i in range(runs):
        for kind in envs:
            painted, ready, mb, clicks = launch(kind, envs[kind], first=i)
            out.setdefault(f"{kind}_startup_ms", []).append(painted)
            out.setdefault(f"{kind}_ready_ms", []).append(ready)
            out.setdefault(f"{kind}_peak_mb", []).append(mb)
            if clicks:
                out.setdefault(f"{kind}_first_click_ms", []).append(clicks[0][0])
                out.setdefault(f"{kind}_first_click_panels_ms", []).append(clicks[0][1])
                out.setdefault(f"{kind}_early_clicks_ms", []).extend(c[0] for c in clicks)
    for kind in roots:
        cold = dict(envs[kind], TRIGGERMAP_CACHE_DIR=str(cache / f"{kind}-cold"))
        painted, ready, _, clicks = launch(kind, cold)
        out[f"{kind}_cold_startup_ms"], out[f"{kind}_cold_ready_ms"] = [painted], [ready]
        out[f"{kind}_cold_first_click_ms"] = [clicks[0][0]]
    return out


def cli_lookup(runs: int, cache: Path, roots: dict[str, Path]) -> dict[str, list[float]]:
    """`python -m app lookup --point X Y --json` end to end (a fresh interpreter each
    time), alternating with a bare `python -c pass`; once with empty caches first."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    commands = {"bare": ([sys.executable, "-c", "pass"], ROOT, None)}
    for kind, root in roots.items():
        commands[kind] = ([sys.executable, "-m", "app", *LOOKUP_ARGS], root, cache / kind)

    def run(kind: str, cache_dir: Path | None) -> float:
        argv, root, _ = commands[kind]
        run_env = dict(env, PYTHONPATH=str(root))
        if cache_dir is not None:
            run_env["TRIGGERMAP_CACHE_DIR"] = str(cache_dir)
        t0 = time.perf_counter()
        subprocess.run(argv, cwd=root, env=run_env, stdout=subprocess.DEVNULL, check=True)
        return (time.perf_counter() - t0) * 1000

    out: dict[str, list[float]] = {}
    for kind, (_, _, cache_dir) in commands.items():
        if cache_dir is not None:
            out[f"{kind}_cold_lookup_cli_ms"] = [run(kind, cache_dir)]
    for _ in range(runs):
        for kind, (_, _, cache_dir) in commands.items():
            out.setdefault(f"{kind}_lookup_cli_ms", []).append(run(kind, cache_dir))
    return out


def interactive(samples: int) -> dict[str, dict[str, list[float]]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QEvent, QEventLoop, QObject, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

    from app.ui import main as ui_main

    app = ui_main.application()

    def click(view: QGraphicsView, pos: QPointF) -> None:
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            ev = QMouseEvent(
                kind,
                pos,
                view.viewport().mapToGlobal(pos),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton
                if kind == QEvent.Type.MouseButtonPress
                else Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(view.viewport(), ev)

    def move(view: QGraphicsView, pos: QPointF) -> None:
        ev = QMouseEvent(
            QEvent.Type.MouseMove,
            pos,
            view.viewport().mapToGlobal(pos),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(view.viewport(), ev)

    def hover(view: QGraphicsView, pos: QPointF) -> None:
        move(view, pos)
        app.sendPostedEvents()

    class PaintCounter(QObject):
        count = 0

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    def settle(view: QGraphicsView, counter: PaintCounter) -> None:
        # Deliver what the click posted; Qt paints the dirty part of the viewport there.
        # If nothing was painted (no update pending), paint now: the repaint is timed too.
        before = counter.count
        app.sendPostedEvents()
        if counter.count == before:
            view.viewport().repaint()

    def quiet(seconds: float) -> None:
        """Let the window settle as it would between a person's clicks (which come far
        more than 30 ms apart), so each click starts from a window with nothing to do."""
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()

    results: dict[str, dict[str, list[float]]] = {"bare": {}, "app": {}}
    rng = random.Random(7)

    # --- bare PySide6: a view that adds an ellipse on click and repaints -------------
    scene = QGraphicsScene(0, 0, 600, 1200)
    bare = QGraphicsView(scene)
    bare.resize(1000, 800)
    bare.show()
    app.processEvents()
    positions = [QPointF(rng.uniform(100, 900), rng.uniform(100, 700)) for _ in range(samples)]

    class BareClick(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.MouseButtonRelease:
                p = bare.mapToScene(event.position().toPoint())
                scene.addEllipse(p.x() - 5, p.y() - 5, 10, 10)
            return False

    f = BareClick()
    bare.viewport().installEventFilter(f)
    bare_paints = PaintCounter()
    bare.viewport().installEventFilter(bare_paints)
    times, cpu = [], []
    for pos in positions:
        t0, c0 = time.perf_counter(), time.thread_time()
        click(bare, pos)
        settle(bare, bare_paints)
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.thread_time() - c0) * 1000)
    results["bare"]["click_to_repaint_ms"] = times
    results["bare"]["click_to_repaint_cpu_ms"] = cpu
    results["bare"]["hover_ms"] = [timed(hover, bare, pos) for pos in positions]
    bare.close()

    # --- TriggerMap ----------------------------------------------------------------
    with tempfile.TemporaryDirectory() as state:
        # An older tree (--root) cached derived data: never in the user's cache folder.
        os.environ.setdefault("TRIGGERMAP_CACHE_DIR", str(Path(state) / "cache"))
        if hasattr(ui_main, "open_window"):  # as `triggermap` starts it
            window = ui_main.open_window(Path(state))
        else:  # a tree from before issue 9 (--root)
            window = ui_main.build_window(Path(state))
            window.show()
        window.resize(1400, 900)
        # Let the idle warm-up finish, as it would before a person's first click.
        while not window.warmed_up:
            app.processEvents()
        view = window.view
        paints = PaintCounter()
        view.viewport().installEventFilter(paints)
        atlas = window.atlas
        region_pts = [atlas.diagram.region_point(r) for r in atlas.diagram.regions]
        pts = [region_pts[i % len(region_pts)] for i in range(samples)]
        jitter = [(x + rng.uniform(-2, 2), y + rng.uniform(-2, 2)) for x, y in pts]

        results["app"]["lookup_ms"] = [timed(atlas.lookup_point, x, y) for x, y in jitter]
        results["app"]["rerank_100_marks_ms"] = rerank_times(atlas, rng, samples)
        screen = [QPointF(view.mapFromScene(x, y)) for x, y in jitter]
        results["app"]["hover_ms"] = [timed(hover, view, pos) for pos in screen]

        times, settled, cpu = [], [], []
        for i, pos in enumerate(screen):
            if i % 4 == 0:
                from app.domain.drawing import Drawing

                window.drawing.restore(Drawing())  # keep the number of spots realistic (1-4)
                while window.panels_pending:
                    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
                quiet(0.03)
            t0, c0 = time.perf_counter(), time.thread_time()
            click(view, pos)
            settle(view, paints)
            times.append((time.perf_counter() - t0) * 1000)
            # The same span in CPU time of this (the GUI) thread: what the app itself spends,
            # without the time the machine gave to other processes meanwhile.
            cpu.append((time.thread_time() - c0) * 1000)
            # ...and until the side panels have caught up (list filled, text laid out and
            # painted). A person clicks far slower than this, so the next click waits.
            while window.panels_pending:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            app.sendPostedEvents()
            settled.append((time.perf_counter() - t0) * 1000)
            quiet(0.03)
        results["app"]["click_to_repaint_ms"] = times
        results["app"]["click_to_repaint_cpu_ms"] = cpu

        # Painting: each pointer move of a Shift-drag, until the stroke is drawn, the
        # drawing re-ranked with it and the candidate list refilled (one frame is 16 ms).
        from app.domain.drawing import Drawing

        paint_steps = []
        for k in range(max(4, samples // 40)):
            window.drawing.restore(Drawing())
            while window.panels_pending:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            quiet(0.03)
            start = screen[k % len(screen)]
            press = QMouseEvent(
                QEvent.Type.MouseButtonPress,
                start,
                view.viewport().mapToGlobal(start),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.ShiftModifier,
            )
            QApplication.sendEvent(view.viewport(), press)
            for step in range(1, 31):
                pos = start + QPointF(1.5 * step, 5.0 * step)
                t0 = time.perf_counter()
                move(view, pos)
                while window.panels_pending or window.live_ranking_pending:
                    app.processEvents()
                paint_steps.append((time.perf_counter() - t0) * 1000)
            release = QMouseEvent(
                QEvent.Type.MouseButtonRelease,
                pos,
                view.viewport().mapToGlobal(pos),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.ShiftModifier,
            )
            QApplication.sendEvent(view.viewport(), release)
        results["app"]["paint_step_to_list_ms"] = paint_steps
        results["app"]["click_to_all_panels_ms"] = settled
        window.close()
    return results


def main() -> int:
    global ROOT
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="start-up runs per kind")
    ap.add_argument("--lookup-runs", type=int, default=9, help="`triggermap lookup` runs")
    ap.add_argument("--samples", type=int, default=400, help="interaction samples")
    ap.add_argument(
        "--only",
        default="startup,cli,interactive",
        help="comma-separated parts to run: startup, cli, interactive",
    )
    ap.add_argument("--root", type=Path, help="the source tree to benchmark (default: this one)")
    ap.add_argument(
        "--alt", type=Path, action="append", default=[], help="another tree, launched alternately"
    )
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.root is not None:
        ROOT = args.root.resolve()
    parts = set(args.only.split(","))
    roots = trees(args.alt)

    out: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="tm-bench-") as tmp:
        if "startup" in parts:
            out.update(startup(args.runs, Path(tmp), roots))
        if "cli" in parts:
            out.update(cli_lookup(args.lookup_runs, Path(tmp) / "cli", roots))
    inter = interactive(args.samples) if "interactive" in parts else {"bare": {}, "app": {}}

    if args.json:
        print(json.dumps({"startup": out, "interactive": inter}))
        return 0
    med = statistics.median
    print(f"{'metric':<40}{'bare':>10}" + "".join(f"{k[:14]:>16}" for k in roots))

    def row(label: str, bare: float | None, values: list[float | None], unit: str = "ms") -> None:
        cells = f"{bare:>8.0f}{unit}" if bare is not None else f"{'-':>10}"
        for v in values:
            if v is None:
                cells += f"{'-':>16}"
            elif bare:
                cells += f"{v:>7.0f}{unit} {v / bare:>5.2f}x"
            else:
                cells += f"{v:>13.1f}{unit}"
        print(f"{label:<40}{cells}")

    if "startup" in parts:
        bs = med(out["bare_startup_ms"])
        row("start-up to first paint (median)", bs, [med(out[f"{k}_startup_ms"]) for k in roots])
        ready = [med(out[f"{k}_ready_ms"]) for k in roots]
        row("start-up to ready for a click (median)", bs, ready)
        row(
            "  (ready, slowest run)",
            max(out["bare_startup_ms"]),
            [max(out[f"{k}_ready_ms"]) for k in roots],
        )
        for what in ("startup", "ready"):
            label = f"very first launch: {'first paint' if what == 'startup' else 'ready'}"
            row(label, bs, [out[f"{k}_cold_{what}_ms"][0] for k in roots])
        bm = max(out["bare_peak_mb"])
        row("peak memory (RSS)", bm, [max(out[f"{k}_peak_mb"]) for k in roots], unit="MB")
        for label, key, fn in (
            ("first click to repainted, median", "first_click_ms", med),
            ("first click to repainted, slowest", "first_click_ms", max),
            ("first click to panels updated, median", "first_click_panels_ms", med),
            ("clicks before warm-up, p99", "early_clicks_ms", lambda v: pct(v, 99)),
        ):
            row(label, None, [fn(out[f"{k}_{key}"]) for k in roots])
        row(
            "very first launch: first click",
            None,
            [out[f"{k}_cold_first_click_ms"][0] for k in roots],
        )
    if "cli" in parts:
        bl = med(out["bare_lookup_cli_ms"])
        row("`triggermap lookup`, median", bl, [med(out[f"{k}_lookup_cli_ms"]) for k in roots])
        row(
            "  the first run (empty caches)", bl, [out[f"{k}_cold_lookup_cli_ms"][0] for k in roots]
        )
    if "interactive" in parts:
        metrics = (
            "lookup_ms",
            "rerank_100_marks_ms",
            "hover_ms",
            "click_to_repaint_ms",
            "click_to_repaint_cpu_ms",
            "paint_step_to_list_ms",
            "click_to_all_panels_ms",
        )
        for metric in metrics:
            for stat, fn in (("median", statistics.median), ("p99", lambda v: pct(v, 99))):
                b = inter["bare"].get(metric)
                a = inter["app"][metric]
                label = metric.removesuffix("_ms") + " " + stat
                cells = f"{fn(b):>8.3f}ms" if b else f"{'-':>10}"
                print(f"{label:<40}{cells}{fn(a):>14.3f}ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
