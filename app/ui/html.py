"""Content rendered as simple HTML for the side panels and the printable report.

Plain string building, no Qt: the same text goes on screen and on paper.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.domain.drawing import Drawing
    from app.domain.lookup import Atlas, Candidate, LookupResult
    from app.domain.models import (
        Citation,
        Library,
        Lookalike,
        Muscle,
        Stretch,
        Topic,
        Treatment,
    )

CSS = """
body { font-size: 10.5pt; color: #2b2622; }
h1 { font-size: 16pt; margin: 0 0 2px 0; color: #4a2a20; }
h2 { font-size: 12pt; margin: 14px 0 4px 0; color: #6b3a2a; border-bottom: 1px solid #e5d8cc; }
h3 { font-size: 10.5pt; margin: 8px 0 2px 0; }
.sub { color: #6f645c; margin: 0 0 6px 0; }
.tp { margin: 4px 0 8px 0; }
.ess { color: #a84600; font-weight: bold; }
.spill { color: #005a8c; font-weight: bold; }
.note { color: #6f645c; font-style: italic; }
.cite { color: #7a6f66; font-size: 9pt; }
.warn { color: #8a1c1c; }
a { color: #6b3a2a; }
"""


def _list(items: Sequence[str], cls: str = "") -> str:
    if not items:
        return ""
    attr = f' class="{cls}"' if cls else ""
    return "<ul>" + "".join(f"<li{attr}>{escape(i)}</li>" for i in items) + "</ul>"


def _cites(lib: Library, citations: Sequence[Citation]) -> str:
    shorts = {r.id: r.short for r in lib.references}
    parts = [
        escape(shorts.get(c.ref, c.ref) + (f", {c.detail}" if c.detail else "")) for c in citations
    ]
    return f'<span class="cite">[{"; ".join(parts)}]</span>' if parts else ""


def link_glossary(lib: Library, html: str) -> str:
    """Link the first use of each glossary term so a click explains it in plain words."""
    for term in sorted(lib.glossary, key=lambda t: -len(t.term)):
        pattern = re.compile(rf"(?<![\w>/-])({re.escape(term.term)})(?![\w-])(?![^<]*>)", re.I)

        def link(m: re.Match[str], t: str = term.term) -> str:
            return f'<a href="term:{escape(t)}">{m.group(1)}</a>'

        html = pattern.sub(link, html, count=1)
    return html


# The links this module writes: glossary terms and trigger-point headings.
_LINK = re.compile(r'<a href="([a-z]+):([^"]*)">(.*?)</a>', re.S)
# Paragraphs that only make sense on screen (links to sections, to the check).
_SCREEN_ONLY = re.compile(r"<p class=.screen.>.*?</p>", re.S)


def for_paper(lib: Library, body: str) -> str:
    """Links do nothing on paper: keep their words, and explain the glossary words that
    were linked in a list at the end, as the panel would on a click."""
    used: list[str] = []

    def unlink(m: re.Match[str]) -> str:
        if m.group(1) == "term" and m.group(2).lower() not in used:
            used.append(m.group(2).lower())
        return m.group(3)

    body = _LINK.sub(unlink, _SCREEN_ONLY.sub("", body))
    terms = [t for t in lib.glossary if t.term.lower() in used]
    if terms:
        items = "".join(
            f"<li><b>{escape(t.term)}</b>: {escape(t.plain)}</li>"
            for t in sorted(terms, key=lambda t: t.term.lower())
        )
        body += f"<h2>Words used in these notes</h2><ul>{items}</ul>"
    return body


#: A muscle page's sections a patient looks for, then those for students: (anchor, title).
#: The links at the top of the page and the section headings use the same words.
PATIENT_SECTIONS = (
    ("feels", "What it feels like"),
    ("can-do", "What you can do"),
    ("stretches", "Stretches"),
    ("treatments", "Treatments"),
    ("get-help", "When to get help"),
)
STUDENT_SECTIONS = (
    ("trigger-points", "Trigger points and where they send pain"),
    ("could-also-be", "Could also be something else"),
)
_TITLES = dict(PATIENT_SECTIONS + STUDENT_SECTIONS)


def _section(anchor: str) -> str:
    return f'<h2 id="{anchor}">{escape(_TITLES[anchor])}</h2>'


def _section_links(anchors: Sequence[str]) -> str:
    """Links to the page's sections (only those it has), on screen only."""

    def links(sections: Sequence[tuple[str, str]]) -> str:
        return " &middot; ".join(
            f'<a href="#{a}">{escape(t)}</a>' for a, t in sections if a in anchors
        )

    return (
        f'<p class="screen"><b>On this page:</b> {links(PATIENT_SECTIONS)}</p>'
        f'<p class="screen"><b>For students:</b> {links(STUDENT_SECTIONS)}</p>'
    )


def muscle_html(lib: Library, muscle: Muscle, *, trigger_point: str | None = None) -> str:
    """A muscle's page: what a patient looks for first (how it feels, what to do, the
    stretches, when to get help), then the background and the trigger points."""
    stretches = {s.id: s for s in lib.stretches}
    treatments = {t.id: t for t in lib.treatments}
    body = [f"<p>{escape(muscle.summary)}</p>"]
    body.append(_section("feels") + _list(muscle.symptoms))
    body.append(_section("can-do"))
    if muscle.cautions:
        body.append("<p class='warn'><b>Take care:</b></p><ul>")
        for c in muscle.cautions:
            body.append(f"<li class='warn'>{escape(c.text)} {_cites(lib, c.citations)}</li>")
        body.append("</ul>")
    body.append(_list(muscle.self_care))
    body.append(_section("stretches"))
    if muscle.no_stretch:
        body.append(f"<p><b>Why no stretch here:</b> {escape(muscle.no_stretch)}</p>")
    body.extend(stretch_html(lib, stretches[sid]) for sid in muscle.stretches)
    anchors = ["feels", "can-do", "stretches", "get-help", "trigger-points"]
    if muscle.treatments:
        anchors.append("treatments")
        body.append(_section("treatments"))
        body.extend(treatment_html(lib, treatments[tid]) for tid in muscle.treatments)
    body.append(_get_help(lib))
    if muscle.differentials:
        anchors.append("could-also-be")
        body.append(_section("could-also-be"))
        body.append("<p>Other problems can hurt in the same places. What tells them apart:</p><ul>")
        for d in muscle.differentials:
            cite = _cites(lib, d.citations)
            body.append(f"<li><b>{escape(d.condition)}</b>: {escape(d.clue)} {cite}</li>")
        body.append("</ul>")
    body.append("<h2>What can set it off</h2>" + _list(muscle.activating_factors))
    if muscle.perpetuating_factors:
        body.append("<h2>What can keep it going</h2>" + _list(muscle.perpetuating_factors))
    if muscle.notes:
        body.append("<h2>Good to know</h2>" + _list(muscle.notes))
    body.append("<h2>What it does</h2>" + _list(muscle.actions))
    body.append(_section("trigger-points"))
    for tp in muscle.trigger_points:
        chosen = " (shown)" if tp.id == trigger_point else ""
        body.append(f'<div class="tp"><h3><a href="tp:{tp.id}">{escape(tp.name)}</a>{chosen}</h3>')
        body.append(f"<p><b>Where:</b> {escape(tp.location)}</p>")
        body.append(
            f'<p><span class="ess">Main pain area (essential):</span> {escape(tp.essential)}</p>'
        )
        if tp.spillover:
            body.append(
                f'<p><span class="spill">Possible extra area (spillover):</span> '
                f"{escape(tp.spillover)}</p>"
            )
        if tp.not_visible:
            body.append(f'<p class="note">Not visible from behind: {escape(tp.not_visible)}</p>')
        body.append(f"<p>{_cites(lib, tp.citations)}</p></div>")
    body.append("<h2>Sources</h2><p>" + _cites(lib, muscle.references) + "</p>")
    head = (
        f"<h1>{escape(muscle.name)}</h1>"
        f'<p class="sub">{escape(muscle.plain_name)} &middot; {escape(muscle.depth)} muscle</p>'
    )
    return link_glossary(lib, head + _section_links(anchors) + "".join(body))


def _get_help(lib: Library) -> str:
    """When to get help, on every muscle's page: the emergencies, when to see someone,
    and (on screen) the way to the check and to all the warning signs."""
    s = lib.safety
    return (
        f"{_section('get-help')}<p class='warn'>{escape(s.banner)}</p>"
        f"<p>{escape(s.when_to_see_someone)}</p>"
        "<p class='screen'><a href='check:'>Check your warning signs</a> &middot; "
        "<a href='learn:safety'>All the warning signs</a></p>"
    )


def stretch_html(lib: Library, s: Stretch) -> str:
    out = [f"<h3>Stretch: {escape(s.name)} ({escape(s.level)})</h3>", f"<p>{escape(s.summary)}</p>"]
    if s.illustration:
        out.append(
            _picture(
                s.illustration,
                "The orange patch shows where you should feel the stretch; "
                "the blue arrow shows which way to move.",
            )
        )
    out.append(f"<p><b>Position:</b> {escape(s.position)}</p><ol>")
    out.extend(f"<li>{escape(step)}</li>" for step in s.steps)
    hold = f"<b>Hold:</b> {s.hold_seconds} seconds &middot; " if s.hold_seconds else ""
    out.append(f"</ol><p>{hold}<b>Sides:</b> {escape(s.sides)}")
    if s.props:
        out.append(f" &middot; <b>Helps to have:</b> {escape(', '.join(s.props))}")
    out.append("</p>")
    if s.cautions:
        out.append("<p class='warn'><b>Take care:</b></p>" + _list(s.cautions, "warn"))
    out.append(f"<p>{_cites(lib, s.references)}</p>")
    return "".join(out)


def _picture(name: str, caption: str) -> str:
    """An exercise picture (see app/ui/illustrations.py) with a caption in plain words."""
    return (
        f"<p><img src='illustration:{escape(name)}'></p>"
        f"<p class='caption'><i>{escape(caption)}</i></p>"
    )


def treatment_html(lib: Library, t: Treatment) -> str:
    tech = f" ({escape(t.technical_name)})" if t.technical_name else ""
    who = "you, at home" if t.kind == "self-care" else escape(t.performed_by)
    out = [f"<h3>{escape(t.name)}{tech}</h3>"]
    out.append(f"<p><b>Who:</b> {who}</p>")
    out.append(f"<p><b>What it does:</b> {escape(t.what_it_does)}</p>")
    out.append(f"<p><b>What it does not do:</b> {escape(t.what_it_does_not)}</p>")
    if t.source_note:
        out.append(f'<p class="note">About the source: {escape(t.source_note)}</p>')
    if t.illustration:
        out.append(_picture(t.illustration, t.illustration_caption or ""))
    if t.cautions:
        out.append(_list(t.cautions, "warn"))
    out.append(f"<p>{_cites(lib, t.references)}</p>")
    return "".join(out)


def topic_html(lib: Library, topic: Topic) -> str:
    body = "".join(f"<p>{escape(p)}</p>" for p in topic.paragraphs)
    return link_glossary(
        lib, f"<h2>{escape(topic.title)}</h2>{body}<p>{_cites(lib, topic.references)}</p>"
    )


def safety_html(lib: Library) -> str:
    s = lib.safety
    out = [
        f"<h2>When to get medical help</h2><p>{escape(s.red_flags_intro)}</p>"
        f"{_list(s.red_flags, 'warn')}<p>{escape(s.when_to_see_someone)}</p>"
    ]
    if s.warnings:
        out.append("<h2>Warning signs, by where it hurts</h2><ul>")
        names = {r.id: r.name for r in lib.regions}
        for w in s.warnings:
            where = (
                "anywhere"
                if "*" in w.regions
                else ", ".join(dict.fromkeys(names.get(r, r).split(" (")[0] for r in w.regions))
            )
            out.append(
                f"<li class='warn'><b>{_URGENCY[w.urgency]}</b> {escape(w.text)} "
                f"<i>({escape(where)})</i> {_cites(lib, w.citations)}</li>"
            )
        out.append("</ul>")
    out.append(evidence_html(lib))
    out.append(f'<p class="note">{escape(s.disclaimer)}</p>')
    return "".join(out)


_URGENCY = {"emergency": "Emergency:", "soon": "See a doctor soon:"}


def evidence_html(lib: Library) -> str:
    s = lib.safety
    if not s.evidence:
        return ""
    body = "".join(f"<p>{escape(p)}</p>" for p in s.evidence)
    return f"<h2>How strong is the evidence?</h2>{body}<p>{_cites(lib, s.evidence_citations)}</p>"


def answer_notes_html(lib: Library, result: LookupResult, *, nerve_like: bool) -> str:
    """Under the answer's heading: what else it could be, and the warning signs for the
    marked places (the emergencies first), with a link to the yes/no check."""
    out: list[str] = []
    # One sentence for the look-alikes of one kind that fit for the same reason:
    # "an irritated nerve in the lower back (L5 nerve root or S1 nerve root)".
    groups: dict[tuple[str, bool], list[Lookalike]] = {}
    for fit in result.lookalikes:
        groups.setdefault((fit.lookalike.kind, fit.nerve_like), []).append(fit.lookalike)
    for (kind, nerve_like_fit), found in groups.items():
        its = "its area" if len(found) == 1 else "their areas"
        why = (
            f"the places you marked as burning, pins and needles or numb lie in {its}"
            if nerve_like_fit
            else f"most of your drawing lies in {its}"
        )
        names = " or ".join(
            f"<a href='lookalike:{escape(la.id)}'>{escape(la.name)}</a>" for la in found
        )
        out.append(
            f"<p><b>Could also be:</b> {_LOOKALIKE_WORDS[kind]} ({names}), because {why}. "
            "A possibility, not a diagnosis.</p>"
        )
    if nerve_like and not any(f.nerve_like for f in result.lookalikes):
        out.append(
            "<p>You marked burning, pins and needles or numbness. "
            "<a href='check:'>Check your warning signs</a>.</p>"
        )
    if result.warnings:
        # The emergencies particular to the marked places; the rest (and the signs that
        # apply anywhere) are asked about in the check, one click away.
        urgent = [w for w in result.warnings if w.urgency == "emergency" and "*" not in w.regions]
        titles = "; ".join(escape(w.title) for w in urgent)
        more = len(result.warnings) - len(urgent)
        lead = f"<b>Get help now</b> if you have signs of {titles}. " if urgent else ""
        out.append(
            f"<p style='color:#8a1c1c'>{lead}<a href='check:'>Check your warning signs</a>"
            f" ({more} more signs for these places).</p>"
        )
    return "".join(out)


#: A look-alike in plain words before its name (content/lookalikes.toml: a nerve root
#: "leaves the spine in the lower back" and hurts when "pressed on or irritated"; the
#: sacroiliac joint is "at the bottom of the back").
_LOOKALIKE_WORDS = {
    "nerve-root": "an irritated nerve in the lower back",
    "joint": "a joint at the bottom of the back",
}


def lookalike_html(lib: Library, la: Lookalike) -> str:
    kind = "nerve root" if la.kind == "nerve-root" else "joint"
    head = (
        f"<h1>{escape(la.name)}</h1><p class='sub'>Not a muscle: a {kind} that can hurt in "
        f"similar places. Its area is outlined on the diagram (dashed, violet).</p>"
    )
    return head + link_glossary(
        lib,
        f"<p>{escape(la.summary)}</p>"
        f"<h2>What points to it rather than a muscle</h2>{_list(la.clues)}"
        f"<h2>When to see a doctor</h2><p class='warn'>{escape(la.see_a_doctor)}</p>"
        f"<h2>What a drawing cannot tell</h2><p>{escape(la.limits)}</p>"
        f"<p>{_cites(lib, la.citations)}</p>",
    )


def candidates_html(lib: Library, candidates: Sequence[Candidate], where: str) -> str:
    if not candidates:
        return f"<p>No muscle in TriggerMap refers pain to {escape(where)}.</p>"
    rows = "".join(
        f"<li><b>{escape(c.summary)}</b><br><span class='cite'>{escape(c.reason)}</span></li>"
        for c in candidates
    )
    return (
        f"<p>Muscles that can refer pain to {escape(where)}, most likely first:</p><ol>{rows}</ol>"
    )


def references_html(lib: Library) -> str:
    items = "".join(f"<li>{escape(r.citation)}</li>" for r in lib.references)
    return f"<h2>References</h2><ol>{items}</ol>"


def page(body: str) -> str:
    return f"<html><head><style>{CSS}</style></head><body>{body}</body></html>"


# Stand-ins for the colours above (and the answer's inline warning colour) on a dark
# palette's background, each with at least 4.5:1 contrast there (tests/test_theme.py).
# Paper keeps the light colours.
DARK_COLOURS = {
    "#2b2622": "#ece6e0",  # body text
    "#4a2a20": "#f2c8b8",  # h1
    "#6b3a2a": "#f0b49c",  # h2, links
    "#e5d8cc": "#4a423c",  # h2 rule
    "#6f645c": "#bdb3aa",  # subtitles, notes
    "#a84600": "#ffab70",  # essential
    "#005a8c": "#7cc4f0",  # spillover
    "#7a6f66": "#b3a99f",  # citations
    "#8a1c1c": "#ff9e94",  # warnings
}


def for_screen(text: str, *, dark: bool) -> str:
    """``text`` (a page or a snippet) in the colours of a dark palette when ``dark``."""
    if dark:
        for light, colour in DARK_COLOURS.items():
            text = text.replace(light, colour)
    return text


def learn_html(lib: Library, key: str) -> str:
    """A Learn-tab page by its key: ``safety``, ``references``, ``topic:ID``,
    ``stretch:ID`` or ``treatment:ID``."""
    if key == "safety":
        return safety_html(lib)
    if key == "references":
        return references_html(lib)
    kind, _, item_id = key.partition(":")
    if kind == "topic":
        return topic_html(lib, next(t for t in lib.topics if t.id == item_id))
    if kind == "stretch":
        return stretch_html(lib, next(s for s in lib.stretches if s.id == item_id))
    return treatment_html(lib, next(t for t in lib.treatments if t.id == item_id))


def answer_heading(
    atlas: Atlas, drawing: Drawing, result: LookupResult, shown: Sequence[Candidate]
) -> str:
    """The line above the candidates: where the marks are, or why there is no answer."""
    marked = [r for r in result.regions if r is not None]
    if not drawing:
        heading = "Click where it hurts on the body, or paint the area."
    elif result.region is not None:
        heading = f"<b>{escape(atlas.region_name(result.region))}</b>"
    elif marked:
        names = dict.fromkeys(atlas.region_name(r).split(" (")[0] for r in marked)
        heading = f"<b>Your {len(drawing)} marks:</b> {escape(', '.join(names))}"
    else:
        heading = "<b>Every mark is outside the body.</b>"
    if shown:
        here = "here" if result.region is not None else "there"
        heading += f"<br>Below: the muscles that can send pain {here}, most likely first."
    elif marked:
        heading += "<br>No muscle in TriggerMap is known to send pain here."
        near = "".join(f"<br>&bull; {escape(n.summary)}" for n in result.nearest)
        if near:
            heading += f"<br>The nearest:{near}"
    return heading
