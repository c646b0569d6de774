"""The briefing's HTML pieces, rendered by the Jinja templates in ``templates/``.

Autoescaping is on for every template, so source text (sentences, footnote
titles, URLs) is escaped in one place: here, by Jinja. Python hands the
templates data (:mod:`bycn.report.summary`, :mod:`bycn.report.evidence`),
never markup; the one exception is a chart's SVG, which matplotlib wrote and
:mod:`bycn.report.charts` checked.

>>> print(render("note.html.j2", heading="", text="<b>nothing</b> to show"))
<p class="bycn-note">&lt;b&gt;nothing&lt;/b&gt; to show</p>
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

from markupsafe import Markup

from bycn.report.evidence import Evidence, Mark, Shown
from bycn.report.facts import Conflict
from bycn.report.formatting import plural, texts
from bycn.report.summary import KeyFigure, caveat_rows

__all__ = [
    "caveats_html",
    "chart_html",
    "evidence_html",
    "header_html",
    "key_figures_html",
    "narrative_html",
    "note_html",
    "render",
    "sources_html",
]


@cache
def _environment() -> Any:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    folder = str(resources.files(__package__).joinpath("templates"))
    return Environment(
        loader=FileSystemLoader(folder),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=False,
    )


def render(template: str, **context: Any) -> Markup:
    """Render one template of ``templates/`` with ``context``; the result is safe HTML."""
    return Markup(_environment().get_template(template).render(**context).strip())


def _macros() -> Any:
    return _environment().get_template("macros.html.j2").module


def values_html(shown: Sequence[Shown], joiner: str = " / ", last: str | None = None) -> Markup:
    """Values with their links (see ``macros.html.j2``), ``last`` before the last one."""
    return Markup(_macros().values(list(shown), joiner, last))


def marks_html(marks: Iterable[Mark]) -> Markup:
    return Markup(_macros().marks(list(marks)))


def header_html(title: str, subtitle: str, rows: Sequence[tuple[str, str]]) -> Markup:
    return render("header.html.j2", title=title, subtitle=subtitle, rows=rows)


def key_figures_html(evidence: Evidence, rows: Sequence[KeyFigure]) -> Markup:
    """The key-figures table (rows of :func:`~bycn.report.summary.key_figure_rows`); one
    entity throughout (the park) goes into the heading."""
    t = texts(evidence.language)
    heading = t["headings"]["key_figures"]
    entities = {r.entity for r in rows}
    show_entity = len(entities) > 1
    if len(entities) == 1:
        heading = f"{heading}: {next(iter(entities))}"
    return render(
        "key_figures.html.j2",
        heading=heading,
        rows=rows,
        cols=t["table"],
        empty=t["table"]["empty"],
        show_entity=show_entity,
        more=_counter(t["table"]["more"], evidence.language),
    )


def narrative_html(
    name: str,
    evidence: Evidence,
    values: Mapping[str, object],
    extra: dict[str, str] | None = None,
) -> Markup:
    """The summary: sentences of ``texts.yaml`` whose every placeholder the data fills.

    ``values`` are :func:`~bycn.report.summary.narrative_fields`. An entry of the list
    may be a list of alternatives: the first one the data fills is used (a sentence
    with the value before, else one without).
    """
    t = texts(evidence.language)
    fields: dict[str, Any] = dict(extra or {})
    for key, value in values.items():
        if isinstance(value, tuple):
            value = values_html(value, ", ", t["narrative_or"])  # 1, 2 or 3
        fields[key] = value
    sentences = []
    last_when, replaced = None, False
    for entry in t["narrative"][name]:
        for template in [entry] if isinstance(entry, str) else entry:
            wanted = [f for _, f, _, _ in string.Formatter().parse(template) if f]
            if all(f in fields for f in wanted):
                filled = dict(fields)
                opening = wanted[0] if wanted and template.startswith("{") else None
                when = fields[opening] if opening and opening.endswith("_When") else None
                if when is not None and when == last_when and not replaced:
                    # Two sentences in a row about one period: the second says so (a third
                    # names it again rather than repeat "at the same time").
                    filled[opening] = t["same_period"]
                    replaced = True
                else:
                    replaced = False
                last_when = when
                sentences.append(Markup.escape(template).format(**filled))
                break
    body = Markup(" ").join(sentences)
    return render(
        "narrative.html.j2",
        heading=t["headings"]["narrative"],
        body=body,
        empty=t["table"]["empty"],
    )


def caveats_html(evidence: Evidence, conflicts: Sequence[Conflict]) -> Markup:
    """Each conflict with its values, their sentences (figure marked; in the first
    :data:`~bycn.report.summary.CAVEATS_QUOTED`), and the documents."""
    t = texts(evidence.language)
    items, elsewhere = caveat_rows(evidence, conflicts)
    unquoted = sum(1 for item in items if not item.quotes)
    return render(
        "caveats.html.j2",
        heading=t["headings"]["caveats"],
        t=t["caveats"],
        items=items,
        elsewhere=plural(t["caveats"]["elsewhere"], elsewhere, evidence.language)
        if elsewhere
        else "",
        unquoted=plural(t["caveats"]["unquoted"], unquoted, evidence.language) if unquoted else "",
        more=_counter(t["caveats"]["more"], evidence.language),
    )


def _counter(forms: dict[str, str], language: str) -> Any:
    """A template's ``more(n)``: the plural form of ``forms`` for ``n``."""
    return lambda count: plural(forms, count, language)


def sources_html(evidence: Evidence) -> Markup:
    """The documents and the footnotes cited, each with the anchor its marks link to."""
    t = texts(evidence.language)
    return render(
        "sources.html.j2",
        heading=t["headings"]["sources"],
        t=t["sources"],
        footnotes=evidence.footnotes,
        documents=evidence.documents,
        document_mark=t["evidence"]["document_mark"],
    )


def evidence_html(evidence: Evidence) -> Markup:
    """The appendix: for each value, its German sentence(s), source and dating."""
    t = texts(evidence.language)
    return render(
        "evidence.html.j2",
        heading=t["headings"]["evidence"],
        t=t["evidence"],
        entries=evidence.entries(),
    )


def chart_html(
    svg: str, caption: str = "", marks: Sequence[Mark] = (), hits: Sequence[Any] = ()
) -> Markup:
    """A chart: matplotlib's SVG inline (trusted: drawn here, text escaped by the SVG writer),
    with a link over each point (``hits``) and its caption's source marks."""
    return render(
        "chart.html.j2", svg=Markup(svg), caption=caption, marks=list(marks), hits=list(hits)
    )


def note_html(text: str, heading: str = "") -> Markup:
    return render("note.html.j2", heading=heading, text=text)
