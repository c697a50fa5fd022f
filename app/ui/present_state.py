"""Presenting, without widgets: whether the window presents, which muscles N/P step
through, and the caption that names what is shown.

The chosen muscles are remembered in the window's settings. Stepping itself is the
AppController's (``step``); the window's layout is app.ui.present's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

if TYPE_CHECKING:
    from app.domain.models import Library
    from app.ui.controller import Answer, Selection

SETTINGS_KEY = "present/muscles"


@dataclass(frozen=True)
class Caption:
    title: str  # "Gluteus minimus — both trigger points: main and possible extra pain areas"
    detail: str  # where it is in the list, and how it matches the drawing


class PresentState(QObject):
    changed = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.active = False
        stored = settings.value(SETTINGS_KEY, "")
        self.muscles: tuple[str, ...] = tuple(m for m in str(stored or "").split(",") if m)

    def set_active(self, active: bool) -> None:
        if active != self.active:
            self.active = active
            self.changed.emit()

    def set_muscles(self, muscles: Sequence[str]) -> None:
        """The muscles N/P step through while presenting (none: the answer's candidates)."""
        self.muscles = tuple(muscles)
        self._settings.setValue(SETTINGS_KEY, ",".join(self.muscles))
        self.changed.emit()

    def stepping_through(self, lib: Library) -> tuple[str, ...]:
        """The chosen muscles that the content has (none: step through the candidates)."""
        return tuple(m for m in self.muscles if m in lib.muscles_by_id)


def caption(
    lib: Library, selection: Selection, answer: Answer, chosen: Sequence[str] = ()
) -> Caption:
    """What the drawing shows, in the words of the content: the muscle, its trigger
    points and zones, and, for a candidate, how it matches the marks."""
    if selection.muscle is None:
        if answer.drawing:
            return Caption("No muscle to show", "No muscle in TriggerMap reaches these marks.")
        return Caption(
            "Mark where it hurts",
            "Arrow keys and Enter, or a click. To show chosen muscles: View → Muscles to present…",
        )
    muscle = lib.muscle(selection.muscle)
    tps = [tp for tp in muscle.trigger_points if selection.trigger_point in (None, tp.id)]
    if len(tps) == 1:
        which = tps[0].name
    else:
        which = "both trigger points" if len(tps) == 2 else f"all {len(tps)} trigger points"
    zones = (
        "main and possible extra pain areas"
        if any(tp.spillover for tp in tps)
        else "main pain areas"
    )
    sides = f", {selection.sides[0]} side" if len(selection.sides) == 1 else ", both sides"
    title = f"{muscle.name} — {which}: {zones}{sides}"
    rows = [c.muscle for c in answer.shown]
    if chosen and selection.muscle in chosen:
        detail = f"Muscle {list(chosen).index(selection.muscle) + 1} of {len(chosen)}"
    elif selection.muscle in rows:
        i = rows.index(selection.muscle)
        c = answer.shown[i]
        tp_name = next((tp.name for tp in muscle.trigger_points if tp.id == c.trigger_point), "")
        area = "main pain area" if c.pattern == "essential" else "possible extra area"
        detail = f"Candidate {i + 1} of {len(rows)} for the marks; closest: {tp_name}, its {area}"
    else:
        detail = muscle.plain_name[:1].upper() + muscle.plain_name[1:]
    return Caption(title, detail)
