"""Dates and periods written in German, resolved to ``as_of`` strings.

``Ende 2021`` -> ``2021-12``; ``Mitte April 2022`` -> ``2022-04``;
``im ersten Quartal 2022`` -> ``2022-Q1``; ``Januar bis Mai dieses [2021] Jahres``
-> ``2021-01/2021-05``. Relative years (``dieses Jahres``, ``im vergangenen
Jahr``) resolve against a reference year the caller gives.

>>> [m.value for m in find_dates("Ende 2021 waren es 85, bis Anfang 2022 mehr.", 2022)]
['2021-12', '2022-01']
>>> [m.value for m in find_dates("von Januar bis Mai dieses [2021] Jahres", None)]
['2021-01/2021-05']
>>> [m.value for m in find_dates("in den ersten drei Quartalen dieses Jahres", 2021)]
['2021-01/2021-09']
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from bycn import periods
from bycn.periods import bounds
from bycn.text.baselines import BASELINE_ENDS, BASELINE_REACH, OF_BASE, is_base
from bycn.text.datepatterns import (
    ADJACENT,
    ANCHORED,
    CLAUSE_END,
    ENDS_WITH,
    NEEDED,
    anchor_ends,
    candidates,
    families_of,
)
from bycn.text.lexicon import alternation
from bycn.text.notfigures import counted_year
from bycn.text.nowwords import now_matches
from bycn.text.numbers import NUMBER_WORD
from bycn.text.plandates import span_ahead_dated
from bycn.text.qualifiers import qualifier_before
from bycn.text.resolve import reference_parts, resolve
from bycn.text.tense import clause_around

__all__ = [
    "PART",
    "DateMention",
    "dated",
    "ends_after",
    "find_dates",
    "named",
    "refer",
]


class DateMention(NamedTuple):
    """A date or period at ``[start:end]`` of the searched text, resolved to ``value``.

    ``shift`` is set for a reference to the period named before it (``im genannten
    Zeitraum``: 0; ``im gleichen Zeitraum des Vorjahres``: -1 year): its ``value`` is
    that period, moved by ``shift`` years, or ``""`` where the searched text names none
    before it (the caller looks in the sentences before: see :func:`refer`). A
    comparison's period is no period named: a reference after it refers to the period
    the comparison was made with (:func:`named`).

    ``year`` is set for a reference to the year of the period named before it (``im selben
    Jahr``): its ``value`` is that year.

    ``now`` is set for a word of "now" (``derzeit``, ``bisher``, ``bereits``): the text's
    own time, ``value`` the reference's month or year, ``""`` where none is known.
    """

    start: int
    end: int
    value: str
    shift: int | None = None
    now: bool = False
    year: bool = False


def refer(mention: DateMention, named_before: str) -> DateMention | None:
    """``mention``, a reference without a value, resolved against the period named before
    it (``""``: none, and the reference is dropped).

    >>> refer(DateMention(0, 20, "", -1), "2023-H1")
    DateMention(start=0, end=20, value='2022-H1', shift=-1, now=False, year=False)
    >>> refer(DateMention(0, 14, "", 0, year=True), "2023-01/2023-09").value
    '2023'
    """
    if not named_before or mention.shift is None:
        return None
    value = periods.shift_years(named_before, mention.shift)
    found = periods.bounds(value) if mention.year else None
    if found is not None and found[0][0] == found[1][0]:
        value = periods.year(found[0][0])  # "im selben Jahr": the year of a period in one
    return mention._replace(value=value)


def find_dates(text: str, reference: int | str | None) -> list[DateMention]:
    """All date expressions in ``text``, left to right, without overlaps.

    ``reference`` is the date relative periods resolve against: a year (``2021``) or
    an ISO date (``2019-08-06``, ``2019-08``), such as a news text's own date. A
    period without a year (``im ersten Halbjahr``) is of the reference's year, or of
    the year before if it would begin after the reference's month; ``heute`` and
    ``derzeit`` are the reference's month, or its year; ``seit Jahresbeginn`` runs from
    January to the reference's month. A reference to the period named before it
    (``im genannten Zeitraum``) with none named before it in ``text`` is returned
    without a value (see :class:`DateMention`).

    A word of "now" that names no time but how far a state got by then (``bisher``,
    ``bereits``, ``inzwischen``: datepatterns.ASPECT) is returned without a value: its
    figure is as of the text's time, its source's or document's date, which the series
    gives it; ``heute`` or ``derzeit`` without a reference is returned so too. As a
    date, each keeps the figures of its sentence from a date of the sentences before.
    A word of "now" is no date where its clause names a date of its own before it or
    right after it:
    ``bereits 2019``, ``im ersten Quartal 2023 haben sich bereits 11`` (the word says how
    early or how far that date got, not when). A date that is a comparison's base
    (baselines.BASELINE: ``das 1,6-fache des Vorjahreszeitraums``) is none either.

    >>> [m.value for m in find_dates("im ersten Halbjahr, im Januar-August, derzeit", "2019-08-06")]
    ['2019-H1', '2019-01/2019-08', '2019-08']
    >>> [m.value for m in find_dates("im vierten Quartal", "2020-02")]
    ['2019-Q4']
    >>> [m.value for m in find_dates("Bereits 2019, bisher; Q3/2022", "2023-10")]
    ['2019', '', '2022-Q3']
    >>> find_dates("das 2,3-fache des Vorjahreswertes, +5 % zum Vorjahreszeitraum", "2023-10")
    []
    """
    families = families_of(text)
    if not families:
        return []
    reference_year, reference_month = reference_parts(reference)
    # Spans taken so far and the dates found, each kept sorted by position: they never
    # overlap, so a new match is checked against its two neighbours only.
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    present: list[bool | None] = [None] * len(NEEDED)  # patterns share word lists
    # Families with an anchor outside the spans taken (so far: `covered` of them).
    open_families: frozenset[str] | set[str] = families
    anchors: list[tuple[int, str]] | None = None
    covered = 0
    referring = False  # whether a reference to the period named before was found
    nows = False  # whether a word of "now" was found
    bare: dict[int, tuple[str, re.Match[str]]] = {}  # periods without a year: _of_year_named
    for kind, needs, pattern in candidates(families):
        holds = True
        for i in needs:
            held = present[i]
            if held is None:
                held = present[i] = bool(NEEDED[i](text))
            if not held:
                holds = False
                break
        if not holds:
            continue
        if taken and "now" not in (anchored := ANCHORED[kind]):
            # Each match holds an anchor of its families: where every such anchor lies in a
            # span taken, every match would overlap one and be dropped. Not tried.
            if covered != len(taken):
                if anchors is None:
                    anchors = anchor_ends(text)
                open_families = _open(anchors, taken)
                covered = len(taken)
            if open_families.isdisjoint(anchored):
                continue
        ends = ENDS_WITH.get(kind)
        stop = max(text.rfind(word) + len(word) for word in ends) if ends else len(text)
        matches = now_matches(text) if kind == "now" else pattern.finditer(text, 0, stop)
        for match in matches:
            start, end = match.span()
            if kind == "now" and start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                # Within a word ((?<!\w) fails): no date. The match held only letters, so
                # no date that opens a word began inside it.
                continue
            i = bisect.bisect_left(taken, (start, end))
            if (i > 0 and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < end):
                continue
            taken.insert(i, (start, end))
            before = text[max(0, start - BASELINE_REACH) : start]
            if before.rstrip().endswith(BASELINE_ENDS) and is_base(before):
                continue
            # "das 1,6-fache des Jahres 2022": the genitive, within the match or before it.
            genitive = text.startswith("des", start) and _GENITIVE.match(text, start)
            if (genitive or before.endswith(_OF_ENDS)) and OF_BASE.search(
                text, max(0, start - 25), genitive.end() if genitive else start
            ):
                continue
            # "über 2000 chinesische Studenten": a year's digits after a qualifier are a
            # figure (bycn.text.quantities reads them so), no year; "bis zu 2024" is one. So
            # are a round hundred's before a noun they count ("studieren 2000 chinesische
            # Studenten": notfigures.counted_year).
            if kind == "year" and match.start("ay") == start:
                qualifier = qualifier_before(before)
                if qualifier is not None and qualifier[0] != "up_to":
                    continue
                if counted_year(text, start, end):
                    continue
            # "+20 % zum Vorjahreszeitraum": after "zum", the same period is a comparison's
            # base ("zum 1. Juli", "bis zum Jahr 2025" are dates: only for this kind).
            if kind == "same_period" and before.rstrip().endswith("zum"):
                continue
            if kind in _REFERENCES:  # resolved below, once every date is found
                mention = DateMention(start, end, "", _REFERENCES[kind], year=kind == "same_year")
                bisect.insort(found, mention, key=lambda m: m.start)
                referring = True
                continue
            value = resolve(kind, match, reference_year, reference_month)
            if kind == "years_ahead" and not span_ahead_dated(text, start, end):
                value = None  # "In zwei Jahren hat sich der Handel verdoppelt": a span, no year
            if not value and kind != "now":
                # A match that names no period ("nach Monaten 2025": "nach" counts no
                # months) hides no date within it: the year is still found.
                del taken[i]
                continue
            mention = DateMention(start, end, value or "", now=kind == "now")
            bisect.insort(found, mention, key=lambda m: m.start)
            nows = nows or kind == "now"
            if kind.endswith("_bare"):
                bare[start] = (kind, match)
    if nows:
        found = _now_in_context(text, found)
    if bare and len(found) > 1:
        found = _of_year_named(text, found, bare, reference)
    return _refer_back(found) if referring else found


def _of_year_named(
    text: str,
    found: list[DateMention],
    bare: dict[int, tuple[str, re.Match[str]]],
    reference: int | str | None,
) -> list[DateMention]:
    """``found``, each period without a year (``bare``: its kind and match by its start) that is a
    part of the period of one year named before it in ``text`` taken as of that year, not
    of the reference's: ``Im Jahr 2024 stiegen die Exporte um 15 Prozent, im ersten
    Halbjahr allein um 9 Prozent`` (2024-H1 in a text of 2025); ``Im ersten Halbjahr 2024
    wuchs der Handel um 8 %, im zweiten Quartal um 5 %`` (2024-Q2).

    The year named dates a figure told between the two (a number stands there), or is the
    time the sentence is set in (``Im Jahr 2025 hatten die Lieferungen im ersten Halbjahr
    ...``): a year that tells no figure's time (``Der 2012 gegründete Park hat im ersten
    Halbjahr neun ... registriert``) names no period the other is a part of. A period that would end
    after the reference (``Bis 2030 sollen ..., im ersten Halbjahr stiegen ...``) keeps
    the reference's year.

    >>> [m.value for m in find_dates("2023 um 5 %, im vierten Quartal um 2 %", "2025-07")]
    ['2023', '2023-Q4']
    >>> [m.value for m in find_dates("Im Dezember 2024 um 5 %, im Januar um 2 %", "2025-02")]
    ['2024-12', '2025-01']
    """
    kept: list[DateMention] = []
    for mention in found:
        before = kept[-1] if kept else None
        if (
            mention.start in bare
            and before is not None
            and before.value
            and not before.now
            and (outer := bounds(before.value)) is not None
            and outer[0][0] == outer[1][0]
            and (
                _A_NUMBER.search(text, before.end, mention.start)
                or (
                    len(before.value) == 4
                    and _SET_IN_YEAR.search(text, max(0, before.start - 24), before.start)
                )
            )
        ):
            value = resolve(*bare[mention.start], outer[0][0], None)
            if value and periods.part_of(value, before.value) and not ends_after(value, reference):
                mention = mention._replace(value=value)
        kept.append(mention)
    return kept


def _now_in_context(text: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` without the words of "now" that stand with a date of their own: one
    before them in their clause (``Bis Anfang 2022 wurden bereits 718 Mio.``), or one right
    after them (``bereits im Jahr 2021``, ``bislang 2023``); nor those in a clause of
    saying (``Wie der Minister heute mitteilte, wurden 30 ...``: the telling is now, the
    figure's time is not said). ``bis heute`` is kept.

    >>> [m.value for m in find_dates("Wie der Minister heute mitteilte, sind es derzeit 40", 2023)]
    ['2023']
    """
    kept: list[DateMention] = []
    for i, mention in enumerate(found):
        # "von April 2020 bis heute": the end of a period that runs to now, a date.
        if mention.now and not _UNTIL.search(text, max(0, mention.start - 6), mention.start):
            if _in_saying(text, mention):
                continue
            previous = found[i - 1] if i else None
            following = found[i + 1] if i + 1 < len(found) else None
            if (
                previous is not None
                and not previous.now
                and CLAUSE_END.search(text, previous.end, mention.start) is None
                and _JOINED.search(text, previous.end, mention.start) is None
            ) or (
                following is not None
                and not following.now
                and following.start - mention.end <= ADJACENT
                and CLAUSE_END.search(text, mention.end, following.start) is None
            ):
                continue
        kept.append(mention)
    return kept


def _in_saying(text: str, mention: DateMention) -> bool:
    """Whether ``mention`` stands in a clause with a verb of saying (:data:`_SAYING`)."""
    begin, end = clause_around(text, mention.start, mention.end)
    return _SAYING.search(text, begin, end) is not None


# A word of telling (the lexicon's saying_verbs: "mitteilte", "hieß es").
_SAYING = re.compile(rf"(?<!\w){alternation('saying_verbs')}(?!\w)")
#: A part of a whole said before (the lexicon's part_words): "Allein im vierten Quartal",
#: "davon im Dezember". Its date is no period the facts after it are of.
PART = re.compile(rf"(?<!\w){alternation('part_words')}(?!\w)")
_GENITIVE = re.compile(r"des\s+")
_OF_ENDS = ("des ", "von ", "des\n", "von\n")  # what OF_BASE ends with, a cheap test first


# A figure between a year and a period after it: digits, or a number word (NUMBER_WORD).
_A_NUMBER = re.compile(rf"\d|{NUMBER_WORD.pattern}")
# A year said as the time the sentence is set in, not a thing's attribute: "Im Jahr 2025",
# "Im Gesamtjahr 2025", "Für das Jahr 2025", or opening the sentence before its verb ("2025
# hatten die Lieferungen ..."); not "Der 2012 gegründete Park".
_SET_IN_YEAR = re.compile(
    r"(?:(?<!\w)(?:[Ii]m\s+(?:Gesamt|Kalender|Geschäfts)?[Jj]ahre?"
    r"|[Ff]ür\s+das\s+(?:Gesamt)?[Jj]ahr)\s+|^\W*)$"
)
_UNTIL = re.compile(r"(?<!\w)bis\s+$")
# "und" and a verb right before a word of "now": a second predicate, with a time of its own
# ("Es wurde vor sechs Jahren gegründet und zählt heute 1.200 Studierende").
_JOINED = re.compile(r"\sund\s+(?:[a-zäöüß]+\s+)?$")

# A reference to the period named before it, and the years it moves that period by.
_REFERENCES = {
    "same_period": -1,
    "named_period": 0,
    "report_period": 0,
    "year_before": -1,
    "year_after": 1,
}
_REFERENCES["same_year"] = 0  # the year of the period named before (DateMention.year)


def _refer_back(found: list[DateMention]) -> list[DateMention]:
    """Each reference of ``found`` resolved against the period named before it: a date
    written out, or the period a reference before it was resolved against (a comparison
    with the year before names no period of its own). A reference with nothing before it
    stays without a value, for the caller to resolve.
    """
    resolved: list[DateMention] = []
    for mention in found:
        if mention.shift is not None and resolved and resolved[-1].value:
            mention = refer(mention, named(resolved[-1])) or mention
        resolved.append(mention)
    return resolved


def named(mention: DateMention) -> str:
    """The period ``mention`` names: its value, or for a reference the period it refers to.

    >>> named(DateMention(0, 20, "2022-H1", -1)), named(DateMention(0, 9, "2023-H1"))
    ('2023-H1', '2023-H1')
    """
    if mention.shift and mention.value:
        return periods.shift_years(mention.value, -mention.shift)
    return mention.value


def dated(mention: DateMention, quoted: bool) -> str:
    """The date ``mention`` gives a figure: its value, but none for a word of "now" where
    the figure is ``quoted``.

    A word of "now" (``derzeit``, ``bisher``, ``bereits``) says that its figure is the
    state at the time of its text. In a news text that is the document's date, against
    which relative periods resolve (corpus.md: ``heute``, ``derzeit``): a date of the text.
    A figure quoted from a cited source is as of the source's time, which the text does not
    name: it takes its source's date (indicators.md: ``bereits 830 Millionen Dollar
    überschritten`` is a value as of the source it cites, ``dated_by`` ``source``).

    >>> dated(DateMention(0, 7, "2022", now=True), True), dated(DateMention(0, 4, "2022"), True)
    ('', '2022')
    """
    return "" if quoted and mention.now else mention.value


def ends_after(value: str, reference: int | str | None) -> bool:
    """Whether the period ``value`` ends after the date ``reference`` (a year, or an ISO
    date read by its month).

    >>> ends_after("2023", "2023-02-09"), ends_after("2023", 2023)
    (True, False)
    >>> ends_after("2022-01", "2022-05-01")
    False
    """
    found = bounds(value)
    year, month = reference_parts(reference)
    if found is None or not year:
        return False
    return found[1] > (year, month or 12)


def _open(anchors: list[tuple[int, str]], taken: list[tuple[int, int]]) -> set[str]:
    """The families of the anchors no span of ``taken`` (sorted) holds the last character of.

    A year's digits the anchor scan missed begin inside the year found before them and
    run past its last digit: where a span holds that digit, it overlaps them too.
    """
    families = set()
    for last, family in anchors:
        i = bisect.bisect_right(taken, (last, _AFTER_ALL)) - 1
        if i < 0 or taken[i][1] <= last:
            families.add(family)
    return families


_AFTER_ALL = 1 << 62  # sorts after every end offset
