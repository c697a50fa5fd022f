"""``triggermap``: the window by default, and a scripting face for tests and the README."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from app import __version__

DEFAULT_INTENSITY = 5  # app.domain.drawing.DEFAULT_INTENSITY, without importing the domain
MIN_SHOT, MAX_SHOT = 200, 8000  # `screenshot --size`, each side in pixels
MIN_SCALE, MAX_SCALE = 0.5, 4.0  # `screenshot --scale`

if TYPE_CHECKING:
    from app.domain.drawing import Drawing, Mark
    from app.domain.figure import Figure
    from app.domain.lookup import Atlas, LookupResult


class _Parser(argparse.ArgumentParser):
    """Errors in one line (no usage block), naming the flag: scripts read stderr."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


class _AppendMark(argparse.Action):
    """--point and --region append to one list, so the marks keep their order."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        marks = list(getattr(namespace, self.dest) or [])
        if option_string == "--point":
            assert isinstance(values, list)
            marks.append(("point", (values[0], values[1])))
        else:
            marks.append(("region", values))
        setattr(namespace, self.dest, marks)


def _coordinate(text: str) -> float:
    from app.domain.drawing import MarkError, check_coordinate

    try:
        return check_coordinate(float(text))
    except (ValueError, OverflowError) as exc:
        detail = str(exc) if isinstance(exc, MarkError) else f"not a number: {text!r}"
        raise argparse.ArgumentTypeError(detail) from None


def _intensity(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a whole number from 0 to 10, not {text!r}") from None
    if not 0 <= value <= 10:
        raise argparse.ArgumentTypeError(f"a whole number from 0 to 10, not {text!r}")
    return value


QUALITIES = ("aching", "burning", "tingling", "numb")  # app.domain.drawing.QUALITIES


def _quality(text: str) -> str:
    if text not in QUALITIES:
        raise argparse.ArgumentTypeError(f"one of {', '.join(QUALITIES)}, not {text!r}")
    return text


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="triggermap",
        description="Which muscle is sending this pain here? Without a command, opens the window.",
    )
    p.add_argument("--version", action="version", version=f"triggermap {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    r = sub.add_parser("regions", help="list the named body regions")
    r.add_argument("--json", action="store_true", help="print JSON")
    _figure_argument(r, "the points printed with --json")

    lk = sub.add_parser(
        "lookup",
        help="which muscles refer pain to a drawing of points and regions",
        description=(
            "Every --point is a pain spot and every --region a painted area covering that "
            "region; together they form one drawing. --intensity values (0-10) apply to the "
            "marks in order; marks without one get "
            f"{DEFAULT_INTENSITY}. --batch reads one drawing per line "
            '({"points": [[x, y], ...], "regions": [...], "intensity": [...], "quality": '
            "[...]}, all keys optional; '-' for standard input) and prints one JSON result "
            "per line."
        ),
    )
    _mark_arguments(lk)
    lk.add_argument(
        "--quality",
        type=_quality,
        action="append",
        default=[],
        metavar="Q",
        help="what the marks feel like, in order: aching, burning, tingling, numb (repeatable)",
    )
    lk.add_argument("--batch", metavar="FILE", help="one drawing per line, JSON in and out")
    lk.add_argument("--json", action="store_true", help="print JSON")
    _figure_argument(lk, "the --point and --batch points")

    mu = sub.add_parser("muscles", help="every muscle with its trigger points and advice")
    mu.add_argument("--json", action="store_true", help="print JSON")

    va = sub.add_parser("validate", help="check content/ and the SVG against each other")
    va.add_argument(
        "--content",
        type=Path,
        metavar="DIR",
        help="check this content folder instead of the bundled one (for authors)",
    )
    va.add_argument("--svg", type=Path, metavar="FILE", help="check against this diagram SVG")
    _handout_parser(sub)

    s = sub.add_parser("screenshot", help="render the window to a PNG without a display")
    s.add_argument("out", type=Path, metavar="OUT.png")
    s.add_argument("--region", metavar="ID", help="click this region first")
    s.add_argument("--muscle", metavar="ID", help="then select this muscle")
    s.add_argument(
        "--compare",
        nargs="+",
        default=[],
        metavar="ID",
        help="render the compare window on two or three muscle or look-alike ids",
    )
    s.add_argument(
        "--size", default="1400x900", metavar="WxH", help="window size (default 1400x900)"
    )
    s.add_argument("--present", action="store_true", help="in the presentation view (F11)")
    s.add_argument("--theme", choices=("light", "dark"), help="the light or dark palette")
    _figure_argument(s, "the drawing")
    s.add_argument(
        "--scale",
        type=float,
        metavar="F",
        help="device pixel ratio, e.g. 2 for a 200%% screen (the PNG is F times larger)",
    )
    return p


def _figure_argument(p: argparse.ArgumentParser, what: str) -> None:
    """--figure female|male, read as the Figure itself."""
    from app.domain.figure import FIGURES, REFERENCE

    p.add_argument(
        "--figure",
        type=_figure,
        default=REFERENCE,
        metavar="{" + ",".join(sorted(FIGURES)) + "}",
        help=f"the body figure {what} are on (default {REFERENCE.id}); the answers are the same",
    )


def _figure(text: str) -> Figure:
    from app.domain.figure import figure_named

    try:
        return figure_named(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _no_display() -> bool:
    """On Linux, with no X11 or Wayland display and no Qt platform chosen."""
    names = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    return sys.platform.startswith("linux") and not any(os.environ.get(n) for n in names)


def _print_result(atlas: Atlas, result: LookupResult, *, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result.as_json(), indent=2, ensure_ascii=False))
        return
    if not any(r is not None for r in result.regions):
        print(
            "That is outside the body."
            if len(result.regions) <= 1
            else "Every mark is outside the body."
        )
        return
    for i, region in enumerate(result.regions):
        where = atlas.region_name(region) if region else "outside the body"
        print(f"Mark {i + 1}: {where}" if len(result.regions) > 1 else f"{where}:")
    if not result.candidates:
        print("  No muscle in TriggerMap refers pain here.")
        for n in result.nearest:
            print(f"  Nearest: {n.summary}.")
    for i, c in enumerate(result.candidates, 1):
        # Plain words first, as in the window; the details on the next line.
        print(f"  {i}. {c.summary}")
        print(f"     {c.reason} Score {c.score:.2f}.")
    for f in result.lookalikes:
        why = " (the nerve-like marks lie in it)" if f.nerve_like else ""
        print(f"  Could also be: {f.lookalike.name}{why}. {f.lookalike.see_a_doctor}")
    for w in result.warnings:
        urgency = "EMERGENCY" if w.urgency == "emergency" else "See a doctor soon"
        print(f"  Warning sign ({urgency}): {w.text}")


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader went away (`triggermap lookup ... | head -1`): not an error of ours.
        # Point stdout at devnull so the interpreter's final flush stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        if _no_display():
            # Qt would abort with "libxcb-cursor0 is needed", which sends people to install
            # a library they already have.
            print(
                "triggermap: no display: set DISPLAY (or WAYLAND_DISPLAY) to open the window, "
                "or use `triggermap screenshot OUT.png`, or QT_QPA_PLATFORM=offscreen",
                file=sys.stderr,
            )
            return 2
        from app.ui.main import run_gui

        return run_gui()
    if args.command == "screenshot":
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from app.ui.main import screenshot

        try:
            w, h = (int(v) for v in args.size.lower().split("x"))
        except ValueError:
            print(f"triggermap: --size must look like 1400x900, not {args.size!r}", file=sys.stderr)
            return 2
        # Smaller cannot show the window; larger makes Qt refuse the image, warning once
        # per painted item, and still write a file.
        if not (MIN_SHOT <= w <= MAX_SHOT and MIN_SHOT <= h <= MAX_SHOT):
            print(
                f"triggermap: --size must be from {MIN_SHOT}x{MIN_SHOT} to {MAX_SHOT}x{MAX_SHOT}"
                f" (width x height), not {args.size!r}",
                file=sys.stderr,
            )
            return 2
        if args.compare and not 2 <= len(args.compare) <= 3:
            n = len(args.compare)
            print(f"triggermap: --compare takes 2 or 3 ids, not {n}", file=sys.stderr)
            return 2
        if args.scale is not None and not MIN_SCALE <= args.scale <= MAX_SCALE:
            print(
                f"triggermap: --scale must be from {MIN_SCALE} to {MAX_SCALE}, not {args.scale}",
                file=sys.stderr,
            )
            return 2
        if args.scale is not None:
            from PySide6.QtWidgets import QApplication

            if QApplication.instance() is None:  # else: rendered at that ratio
                os.environ["QT_SCALE_FACTOR"] = repr(args.scale)
        return screenshot(
            args.out,
            region=args.region,
            muscle=args.muscle,
            size=(w, h),
            present=args.present,
            theme_name=args.theme,
            scale=args.scale,
            compare=args.compare,
            figure=args.figure,
        )

    # Everything loaded lives until the command ends. Python's cyclic garbage collector
    # would scan it again and again while it is made and free nothing (~45 ms of a
    # lookup): paused while loading, then it is frozen out of the collector's sight, as
    # in the window (docs/decisions/0002-fast-first-launch.md).
    gc.disable()
    try:
        validating = args.command == "validate"
        atlas = _load_atlas(
            content=args.content if validating else None,
            svg=args.svg if validating else None,
            compiled=not validating,  # validate checks the TOML files themselves
        )
    finally:
        gc.freeze()
        gc.enable()
    if atlas is None:
        return 1

    if args.command == "validate":
        from app import resources
        from app.content.load import picture_problems

        lib, dia = atlas.library, atlas.diagram
        svg = args.svg or resources.diagram_svg()
        pictures = picture_problems(lib, svg.parent / "illustrations")
        if pictures:
            print("triggermap: the content is not consistent:", file=sys.stderr)
            for problem in pictures:
                print(f"  - {problem}", file=sys.stderr)
            return 1
        print(
            f"OK: {len(lib.muscles)} muscles, "
            f"{sum(len(m.trigger_points) for m in lib.muscles)} trigger points, "
            f"{len(dia.zones)} zones, {len(dia.regions)} regions, "
            f"{len(lib.stretches)} stretches, {len(lib.treatments)} treatments, "
            f"{len(lib.references)} references."
        )
        return 0
    if args.command == "regions":
        rows = []
        for region_id in atlas.diagram.regions:
            x, y = args.figure.to_figure(*atlas.region_point(region_id))
            rows.append(
                {
                    "id": region_id,
                    "name": atlas.region_name(region_id),
                    "point": [round(x, 2), round(y, 2)],
                }
            )
        if args.json:
            print(json.dumps(rows, indent=2, ensure_ascii=False))
        else:
            for row in rows:
                print(f"{row['id']:<28} {row['name']}")
        return 0
    if args.command == "lookup":
        return _lookup(atlas, args)
    if args.command == "handout":
        return _handout(atlas, args)
    if args.command == "muscles":
        return _muscles(atlas, as_json=args.json)
    raise AssertionError(args.command)  # argparse only allows the commands above


def _load_atlas(
    *, content: Path | None = None, svg: Path | None = None, compiled: bool = True
) -> Atlas | None:
    """The bundled (or given) content and diagram, or None after saying why they cannot
    be used."""
    # Imported here so `triggermap` (the window) starts without loading pydantic first.
    from app.content.library_loader import ContentError
    from app.content.load import load_atlas

    try:
        return load_atlas(content=content, svg=svg, compiled=compiled)
    except ContentError as exc:
        print("triggermap: the content is not consistent:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return None


def _lookup(atlas: Atlas, args: argparse.Namespace) -> int:
    from app.domain.drawing import MarkError

    figure = args.figure
    marks = args.marks or []
    if args.batch is not None:
        if marks or args.intensity or args.quality:
            return _fail("--batch takes no --point, --region, --intensity or --quality")
        return _batch(atlas, args.batch, figure)
    if not marks:
        return _fail("lookup needs at least one --point or --region (or --batch FILE)")
    for flag, values in (("--intensity", args.intensity), ("--quality", args.quality)):
        if len(values) > len(marks):
            return _fail(f"{flag}: {len(values)} values for {len(marks)} marks")
    try:
        drawing = _drawing(atlas, marks, args.intensity, args.quality, figure)
    except MarkError as exc:
        return _fail(str(exc))
    _print_result(atlas, atlas.lookup(drawing), as_json=args.json)
    return 0


def _drawing(
    atlas: Atlas,
    marks: Sequence[tuple[str, object]],
    intensities: Sequence[int],
    qualities: Sequence[str],
    figure: Figure,
) -> Drawing:
    """The drawing of the command line's marks, in order, each with its intensity and
    quality if given (MarkError if one is bad)."""
    from app.domain.drawing import Drawing

    return Drawing(
        tuple(
            _mark(
                atlas,
                kind,
                value,
                intensities[i] if i < len(intensities) else None,
                qualities[i] if i < len(qualities) else None,
                figure,
            )
            for i, (kind, value) in enumerate(marks)
        )
    )


def _mark(
    atlas: Atlas,
    kind: str,
    value: object,
    intensity: int | None,
    quality: str | None,
    figure: Figure,
) -> Mark:
    """A mark of the command line; a point is on ``figure``, and is kept on the
    reference figure the lookup is made on."""
    from app.domain.drawing import DEFAULT_INTENSITY as DEFAULT
    from app.domain.drawing import Mark, MarkError, check_quality

    level = DEFAULT if intensity is None else intensity
    feel = check_quality(quality)
    if kind == "region":
        assert isinstance(value, str)
        if value not in atlas.diagram.regions:
            raise MarkError(f"--region: unknown region {value!r}; `triggermap regions` lists them")
        return Mark.painted_region(value, intensity=level, quality=feel)
    assert isinstance(value, tuple)
    x, y = figure.to_reference(*value)
    return Mark.spot(x, y, intensity=level, quality=feel)


def _batch(atlas: Atlas, source: str, figure: Figure) -> int:
    """One drawing per line in, one JSON result per line out, the points on ``figure``.
    Every line is checked before anything is printed, so a bad line never leaves half an
    output."""
    from dataclasses import replace

    from app.domain.batch import drawing_from_line
    from app.domain.drawing import Drawing, MarkError

    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return _fail(f"--batch: cannot read {source}: {_os_reason(exc)}")
    drawings = []
    for n, line in enumerate(text.splitlines(), 1):
        try:
            drawing = drawing_from_line(line, atlas.diagram.regions)
            drawings.append(
                Drawing(
                    tuple(
                        replace(m, points=tuple(figure.points_to_reference(m.points)))
                        for m in drawing.marks
                    )
                )
            )
        except MarkError as exc:
            return _fail(f"--batch {source} line {n}: {exc}")
    for drawing in drawings:
        print(json.dumps(atlas.lookup(drawing).as_json(), ensure_ascii=False))
    return 0


def _os_reason(exc: OSError | UnicodeDecodeError) -> str:
    from app.domain.reasons import os_reason

    return "it is not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else os_reason(exc)


def _fail(message: str) -> int:
    print(f"triggermap lookup: {message}", file=sys.stderr)
    return 2


def _muscles(atlas: Atlas, *, as_json: bool) -> int:
    from app.domain.export import muscles_json

    rows = muscles_json(atlas)
    if as_json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        for row in rows:
            tps = ", ".join(str(tp["id"]) for tp in row["trigger_points"])  # type: ignore[attr-defined]
            print(f"{row['id']:<32} {row['name']}: {tps}")
    return 0


# -- triggermap handout -------------------------------------------------------------------


def _handout_parser(sub: argparse._SubParsersAction[_Parser]) -> None:
    h = sub.add_parser(
        "handout",
        help="write the one-page PDF handout for a drawing, without a display",
        description=(
            "The drawing is made as in `lookup`: every --point is a pain spot, every "
            "--region a painted area, in the order given; --intensity values (0-10) apply "
            f"to the marks in order (default {DEFAULT_INTENSITY})."
        ),
    )
    h.add_argument("out", type=Path, metavar="OUT.pdf")
    _mark_arguments(h)
    _figure_argument(h, "the --point marks and the drawing")


def _mark_arguments(p: argparse.ArgumentParser) -> None:
    """--point, --region and --intensity: a drawing's marks (lookup, handout)."""
    p.add_argument(
        "--point",
        nargs=2,
        type=_coordinate,
        action=_AppendMark,
        dest="marks",
        metavar=("X", "Y"),
        help="a pain spot in SVG user units (repeatable)",
    )
    p.add_argument(
        "--region", action=_AppendMark, dest="marks", metavar="ID", help="a painted region"
    )
    p.add_argument(
        "--intensity",
        type=_intensity,
        action="append",
        default=[],
        metavar="N",
        help="intensity 0-10 of the marks, in order (repeatable)",
    )


def _handout(atlas: Atlas, args: argparse.Namespace) -> int:
    """The handout for the drawing given, as the window's File → Export handout writes
    it; rendered offscreen, so no display is needed."""
    from app.domain.drawing import MarkError

    figure = args.figure
    marks = args.marks or []
    if not marks:
        return _handout_fail("give at least one --point or --region", status=2)
    if len(args.intensity) > len(marks):
        return _handout_fail(
            f"--intensity: {len(args.intensity)} values for {len(marks)} marks", status=2
        )
    try:
        drawing = _drawing(atlas, marks, args.intensity, (), figure)
    except MarkError as exc:
        return _handout_fail(str(exc), status=2)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.domain.answer import shortlist
    from app.ui.controller import Answer
    from app.ui.handout import write_handout
    from app.ui.main import application

    application()
    result = atlas.lookup(drawing)
    shown = shortlist(result.candidates)
    answer = Answer(drawing, result, shown, len(result.candidates) - len(shown))
    try:
        write_handout(args.out, atlas, answer, figure=figure)
    except OSError as exc:
        return _handout_fail(f"cannot write {args.out}: {_os_reason(exc)}", status=1)
    print(args.out)
    return 0


def _handout_fail(message: str, *, status: int) -> int:
    print(f"triggermap handout: {message}", file=sys.stderr)
    return status
