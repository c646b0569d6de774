"""What the key figures and the narrative say: latest values, the ones before, changes.

Data only; :mod:`bycn.report.html` renders it. Every value is a
:class:`~bycn.report.evidence.Shown` that links to its evidence entry.

* key figures: one row per series (indicator, entity, unit, status): the latest value,
  the one before it that it can be compared with (for a flow, a period of the same
  length: a year with a year, never with a quarter), and the change;
* the narrative's fields: for each indicator, the values its sentences in
  ``texts.yaml`` name, with the phrases that date them (``in 2022``, ``as of
  December 2022``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bycn import periods
from bycn.report.evidence import Evidence, Mark, QuoteEntry, Shown
from bycn.report.facts import Conflict, Fact, agree, by_date, comparable, series_groups
from bycn.report.formatting import (
    canonical_period,
    format_period,
    format_share,
    format_value,
    texts,
)
from bycn.vocabulary import BOUND_QUALIFIERS, GROWTH_UNITS

__all__ = [
    "CAVEATS_QUOTED",
    "VALUES_SHOWN",
    "Caveat",
    "KeyFigure",
    "caveat_rows",
    "key_figure_rows",
    "narrative_fields",
    "when",
]

#: Values a briefing shows side by side for one series and date when its sources
#: disagree; of more, it shows the best, the lowest and the highest, and counts the rest.
VALUES_SHOWN = 3
#: Caveats that quote the sentences of their values; any further caveat lists its values
#: only, each linked to its evidence entry, which quotes it: a large corpus adds lines to
#: the caveats, not pages of sentences the appendix holds anyway.
CAVEATS_QUOTED = 10


@dataclass(frozen=True)
class KeyFigure:
    """One row of the key-figures table."""

    indicator: str
    label: str
    entity: str
    unit: str
    status: str
    latest: tuple[Shown, ...]
    latest_as_of: str
    previous: tuple[Shown, ...]
    previous_as_of: str
    change: str
    change_value: float
    change_href: str = ""
    latest_more: int = 0  # values that disagree, beyond those shown (the caveats have them)
    previous_more: int = 0


def _at_date(group: Sequence[Fact]) -> tuple[list[Fact], Fact | None, int]:
    """One date's facts to show: the best one, and those that disagree with it (a caveat);
    of many that disagree, the lowest and the highest, and how many more there are."""
    first = group[0]
    disagreeing = [f for f in group[1:] if not agree(first, f)]
    shown = _spanning([first, *disagreeing], first)
    return shown, (None if disagreeing else first), len(disagreeing) + 1 - len(shown)


def _spanning(facts: Sequence[Fact], best: Fact) -> list[Fact]:
    """Of ``facts``, at most :data:`VALUES_SHOWN`, in their order: all of them, or the best,
    the lowest and the highest value, so that a reader sees the span the sources give."""
    if len(facts) <= VALUES_SHOWN:
        return list(facts)
    low = min(facts, key=lambda f: f.value)
    high = max(facts, key=lambda f: f.value)
    return [f for f in facts if f in (best, low, high)]


def _previous(dated: list[list[Fact]], latest: Fact) -> list[Fact] | None:
    """The latest earlier date whose best fact compares with ``latest``."""
    for group in dated[1:]:
        # An undated value has no place in time: nothing is "before" or "after" it.
        if periods.bounds(group[0].period) and comparable(latest, group[0]):
            return group
    return None


def _change(latest: Fact, previous: Fact, language: str) -> tuple[str, float]:
    t = texts(language)
    value = latest.value - previous.value
    if value == 0:
        return t["table"]["unchanged"], 0.0
    sign = "+" if value > 0 else "−"
    amount = format_value(abs(value), latest.unit, "exact", language)
    share = format_share(abs(value) / previous.value, language)
    return f"{sign}{amount} ({sign}{share})", value


def key_figure_rows(evidence: Evidence) -> list[KeyFigure]:
    """The key figures of the evidence's facts, in the order of the facts."""
    language = evidence.language
    t = texts(language)
    rows = []
    for (indicator, entity, unit, status), series in series_groups(evidence.facts).items():
        dated = by_date(series)
        latest_facts, latest, latest_more = _at_date(dated[0])
        previous_group = _previous(dated, dated[0][0]) if status == "actual" else None
        previous_facts, previous, previous_more = (
            _at_date(previous_group) if previous_group else ([], None, 0)
        )
        change, change_value, change_href = "–", float("nan"), ""
        if (
            latest is not None
            and previous is not None
            and unit not in GROWTH_UNITS
            and unit != "ordinal"
            and previous.value
            and not {latest.qualifier, previous.qualifier} & set(BOUND_QUALIFIERS)
        ):
            change, change_value = _change(latest, previous, language)
            # The change is read off the latest value's entry, beside the one before it.
            change_href = f"#{evidence.anchor(latest)}"
        label = evidence.label(indicator)
        if status == "target":
            label = f"{label} ({t['table']['target']})"
        if unit == "ordinal":
            label = f"{label} ({t['units']['ordinal']})"
        rows.append(
            KeyFigure(
                indicator=indicator,
                label=label,
                entity=evidence.entity(entity),
                unit=unit,
                status=status,
                latest=tuple(evidence.shown(f) for f in latest_facts),
                latest_as_of=format_period(dated[0][0].period, language),
                previous=tuple(evidence.shown(f) for f in previous_facts),
                previous_as_of=(
                    format_period(previous_facts[0].period, language) if previous_facts else "–"
                ),
                change=change,
                change_value=change_value,
                change_href=change_href,
                latest_more=latest_more,
                previous_more=previous_more,
            )
        )
    return rows


@dataclass(frozen=True)
class Caveat:
    """One conflict as the caveats show it: the values, their sentences and documents.

    more: how many more values disagree, beyond those shown (the lowest and the highest
    are always shown).
    """

    label: str
    entity: str
    date: str
    shown: tuple[Shown, ...]
    more: int
    docs: tuple[str, ...]
    quotes: tuple[tuple[QuoteEntry, tuple[Mark, ...]], ...]


def caveat_rows(evidence: Evidence, conflicts: Sequence[Conflict]) -> tuple[list[Caveat], int]:
    """The caveats on the values cited so far, and how many conflicts lie elsewhere.

    A conflict is a caveat when the briefing shows one of its values (cite the key
    figures, narrative and charts first); each caveat shows at most
    :data:`VALUES_SHOWN` values (the best, the lowest and the highest) and, in the first
    :data:`CAVEATS_QUOTED` caveats, the first sentence of each. Conflicts at dates the
    briefing does not show are only counted: a growing corpus adds caveats on what the
    reader sees, not pages on what is not.
    """
    relevant = [c for c in conflicts if any(evidence.is_cited(f) for f in c.facts)]
    rows = []
    for number, conflict in enumerate(relevant):
        best = by_date(conflict.facts)[0][0]
        shown = _spanning(conflict.facts, best)
        rows.append(
            Caveat(
                label=evidence.label(best.indicator),
                entity=evidence.entity(best.entity),
                date=format_period(best.period, evidence.language),
                shown=tuple(evidence.shown(f) for f in shown),
                more=len(conflict.facts) - len(shown),
                docs=tuple(dict.fromkeys(d for f in shown for d in f.docs)),
                quotes=tuple(
                    (entry, evidence.marks(f))
                    for f in (shown if number < CAVEATS_QUOTED else ())
                    for entry in evidence.quote_entries(f)[:1]
                ),
            )
        )
    return rows, len(conflicts) - len(relevant)


def when(fact: Fact, language: str, *, capital: bool = False) -> str:
    """The phrase that dates a fact in a sentence: ``in 2022`` (a flow), ``as of
    December 2022`` (a stock), ``im Zeitraum Januar–Mai 2023``; ``by 2025`` for a target.

    >>> from bycn.report.facts import Fact
    >>> f = Fact("trade.turnover", "Belarus-China", "USD", "actual", "2022", 5.8e9, "exact",
    ...          "flow", ())
    >>> when(f, "en", capital=True), when(f, "de")
    ('In 2022', 'im Jahr 2022')
    """
    phrases = texts(language)["when"]
    period = format_period(fact.period, language)
    if not periods.bounds(fact.period):
        return phrases["undated"]
    if fact.status == "target":
        template = phrases["target"]
    else:
        forms = phrases[fact.measure]
        template = forms.get(_form(fact.period), forms["default"])
    text = template.format(period=period)
    return _capitalised(text) if capital else text


def _capitalised(text: str) -> str:
    """``text`` with its first letter a capital, as a sentence starts (the rest as is)."""
    return text[:1].upper() + text[1:]


def _form(as_of: str) -> str:
    as_of = canonical_period(as_of)
    found = periods.bounds(as_of)
    if found is None:
        return "default"
    if "/" in as_of:
        return "span"
    if "-Q" in as_of:
        return "quarter"
    if "-H" in as_of:
        return "half"
    return "year" if found[0] != found[1] else "month"


def narrative_fields(evidence: Evidence) -> dict[str, object]:
    """The narrative's placeholders: for an indicator id with ``.`` as ``_`` (``park_jobs``):

    ``X`` the latest actual level (a tuple of :class:`Shown`, several when sources disagree),
    ``X_when``/``X_When`` its dating phrase, ``X_subject``/``X_Subject`` its entity as a
    sentence's subject (with its article), ``X_scope`` that
    entity in brackets when it is not the indicator's own (a region's value of a national
    indicator), else empty; ``X_prev`` and
    ``X_prev_when`` the comparable value before it; ``X_times``/``X_percent`` the latest
    growth figure; ``X_target`` and ``X_target_when`` the latest target.
    """
    language = evidence.language
    values: dict[str, object] = {}
    groups = series_groups(evidence.facts)

    def put(key: str, facts: Sequence[Fact]) -> None:
        values[key] = tuple(evidence.shown(f) for f in facts)
        values[f"{key}_when"] = when(facts[0], language)
        values[f"{key}_When"] = when(facts[0], language, capital=True)
        subject = evidence.subject(facts[0].entity)
        values[f"{key}_subject"] = subject
        values[f"{key}_Subject"] = _capitalised(subject)

    for indicator in dict.fromkeys(k[0] for k in groups):
        key = indicator.replace(".", "_")
        series = {k: v for k, v in groups.items() if k[0] == indicator}
        levels = [
            v
            for k, v in series.items()
            if k[3] == "actual" and k[2] not in GROWTH_UNITS and k[2] != "ordinal"
        ]
        if levels:
            # A national indicator speaks of the nation where the sources give it (a region's
            # value is no national total); else, and among several entities or units, the
            # one with the latest, then largest, value speaks, and the sentence names it.
            home = _home_entity(evidence, indicator)
            pool = [s for s in levels if s[0].entity == home] or levels
            best = max(pool, key=lambda s: (by_date(s)[0][0].sort_key, by_date(s)[0][0].value))
            dated = by_date(best)
            put(key, _at_date(dated[0])[0])
            scope = best[0].entity != home and home is not None
            values[f"{key}_scope"] = (
                texts(language)["narrative_scope"].format(entity=evidence.entity(best[0].entity))
                if scope
                else ""
            )
            before = _previous(dated, dated[0][0])
            if before:
                put(f"{key}_prev", _at_date(before)[0])
        for unit in ("times", "percent"):
            growth = [f for k, v in series.items() if k[3] == "actual" and k[2] == unit for f in v]
            if growth:
                put(f"{key}_{unit}", _at_date(by_date(growth)[0])[0])
        targets = [f for k, v in series.items() if k[3] == "target" for f in v]
        if targets:
            put(f"{key}_target", _at_date(by_date(targets)[0])[0])
    return values


def _home_entity(evidence: Evidence, indicator: str) -> str | None:
    """The entity an indicator's values are about unless the text names another one."""
    if indicator not in evidence.catalog.ids:
        return None
    spec = evidence.catalog.indicator(indicator).entity
    return spec.fixed or spec.default
