"""The patterns of German dates and periods: what :mod:`bycn.text.dates` looks for.

Each pattern has a kind (how :func:`bycn.text.dates.find_dates` resolves it), the
anchor families one of which every match holds, cheap tests a text must pass before
the regex runs, and the characters a match can start with, so that the regex engine
skips ahead.

>>> sorted(families_of("Ende 2021 und im Januar, derzeit"))
['month', 'now', 'year']
>>> [kind for kind, _, _ in candidates(families_of("im Januar"))][:3]
['since_start', 'month_range', 'part_month']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bycn.text.lexicon import alternation
from bycn.text.nowwords import NOW_TAILS, NOW_WORDS
from bycn.text.yearparts import ANY_MONTH, MONTH
from bycn.vocabulary import MONTH_NUMBER, MONTHS, SHORT_MONTHS

__all__ = [
    "ADJACENT",
    "ANCHORED",
    "CLAUSE_END",
    "ENDS_WITH",
    "FAMILY_OF",
    "NEEDED",
    "PATTERNS",
    "Pattern",
    "anchor_ends",
    "candidates",
    "families_of",
    "month_number",
]

_YEAR = r"(?:19|20)\d{2}"
# A year, written out or relative: "2021", "zum Jahr 2020", "dieses [2021] Jahres".
_YEAR_REF = (
    rf"(?:(?:des\s+Jahres\s+\(?|(?:im|(?<!Vergleich\s)zum)\s+Jahre?\s+)?(?P<{{n}}y>{_YEAR})"
    r"|(?P<{n}prev>des\s+Vorjahres(?!\w)|[Ii]m\s+Vorjahr(?!\w))"
    r"|(?P<{n}rel>[Dd]ieses|[Dd]iesen|[Dd]iesem|des\s+laufenden|laufenden?|des\s+vergangenen|[Ll]etzten|[Vv]ergangenen"
    r"|[Ll]etztes|[Vv]ergangenes|[Vv]origen|[Vv]origes|(?:des\s+)?(?:[Nn]ächst|[Kk]ommend)e[ns])"
    rf"\s*(?:\[(?P<{{n}}b>{_YEAR})\]\s*)?(?:Jahres|Jahr)(?!en?\b)(?:\s*\[(?P<{{n}}c>{_YEAR})\])?)"
)


_COUNT_WORDS = r"[A-Za-zäöü]+|\d{1,2}"  # checked by parse_number_word when resolved


def _year_ref(name: str) -> str:
    return _YEAR_REF.replace("{n}", name).replace("{{n}}", name)


_PART = ("nfang", "itte", "nde", "eginn")
# Every date holds an anchor: a year's digits, a word of "now" or one of these words,
# each of its family. A pattern none of whose families a text holds is not tried. One
# scan finds the families; as no anchor word begins inside another (test_dates checks),
# the scan, which consumes each anchor it finds, misses none.
FAMILY_OF: dict[str, str] = dict.fromkeys(MONTHS, "month")
FAMILY_OF.update((f"{short}.", "month") for short in SHORT_MONTHS)  # "Sept." is no "September"
FAMILY_OF.update((w, w) for w in ("Jahr", "jahr", "Monat", "Quartal", "Zeitraum", "Berichts"))
# Each branch opens with a capital, a "j" or a digit: the engine skips ahead to one fast.
_ANCHOR = re.compile(r"19\d\d|20\d\d|" + "|".join(map(re.escape, FAMILY_OF)))


# A year reference holds a year's digits ("year"), "Jahr" (Jahres) or "jahr" (Vorjahr).
_YEARS = ("year", "Jahr", "jahr")
_YEARISH = r"19\d\d|20\d\d|Jahr|Vorjahr"
# For each pattern: the anchor families one of which each of its matches holds, then
# tests each of which the text must pass for the pattern to match: a regex that must
# find something, or words one of which the text must hold. Each finds a part every
# match contains, so skipping a pattern that fails one never loses a date.
_NEEDS: dict[str, tuple[tuple[str, ...], tuple[str | tuple[str, ...], ...]]] = {
    "since_start": (("Jahr", "month"), (("Jahres", *MONTHS), ("eit",))),
    "since_year": (("year",), (("Anfang", "Beginn"),)),
    "month_range": (("month",), (_YEARISH,)),
    "quarters": (("Quartal",), (("Quartale",), _YEARISH)),
    "months": (("Monat",), (("Monate",), _YEARISH)),
    "same_period": (("Jahr", "jahr"), (("Zeitraum", "zeitraum", "Vorjahres"),)),
    "named_period": (("Zeitraum",), ()),
    "report_period": (("Berichts",), ()),
    "year_before": (("Jahr",), (("davor", "zuvor", "früher", "Jahresfrist"),)),
    "year_after": (("Jahr", "jahr"), (("darauf", "später", "danach", "Folgejahr", "folgenden"),)),
    "same_year": (("Jahr",), (("selben", "gleichen"),)),
    # "Quartal" right before its year: "im ersten Quartal" alone (bare) is far more common.
    "quarter": (("Quartal",), (rf"Quartals?\s+(?:des\s+Jahres\s+)?{_year_ref('t')}",)),
    "quarter_q": (("year",), (("Q1", "Q2", "Q3", "Q4"),)),
    "half": (_YEARS, (("Halbjahr", "älfte"), _YEARISH)),
    "part_month": (("month",), (_YEARISH,)),
    "month": (("month",), (_YEARISH,)),
    "part_year": (_YEARS, ((*_PART, "letzten"), _YEARISH)),
    "year_range": (("year",), (("-", "–", "/", " bis "),)),
    "years_between": (("year",), (("wischen",),)),
    "year": (_YEARS, ()),
    "now": (("now",), ()),
    "years_ago": (("Jahr",), ()),
    "years_ahead": (("Jahr",), (("Jahre",),)),
    "part_year_bare": (("Jahr",), (("Jahres",),)),
    "whole_year_bare": (("Jahr", "jahr"), (("Gesamtjahr", "ganze", "gesamte", "rgebnis"),)),
    "quarters_bare": (("Quartal",), (("Quartalen",),)),
    "months_bare": (("Monat",), (("Monate",),)),
    "quarter_bare": (("Quartal",), ()),
    "half_bare": (("Jahr", "jahr"), (("Halbjahr", "Jahreshälfte"),)),
    "month_range_bare": (("month",), ()),
    "part_month_bare": (("month",), (_PART,)),
    "month_bare": (("month",), ()),
    "day_month_bare": (("month",), ()),
    "numeric_date": (("year",), ()),
}


def _test(need: str | tuple[str, ...]) -> Callable[[str], object]:
    """A need as a function of the text, true if the text passes it."""
    if isinstance(need, str):
        return re.compile(need).search
    if len(need) == 1:
        word = need[0]
        return lambda text: word in text
    return lambda text: any(map(text.__contains__, need))


# Each distinct test once: patterns sharing a test run it once per text.
_WORD_LISTS = tuple(dict.fromkeys(need for _, needs in _NEEDS.values() for need in needs))
NEEDED = tuple(map(_test, _WORD_LISTS))


def _led(first: str, pattern: str) -> str:
    """``pattern`` behind a test of its first character, one of ``first`` (a character
    class), where the engine would otherwise try the whole pattern at every position.

    Not for a pattern that opens with a literal, a character set, or an alternation of
    literals or of branches that share their first set (``[Ii]m|[Ii]n``): the engine skips
    ahead to the first character of such a pattern by itself, and a lookahead before it
    hides that (the month patterns ran nearly twice as long behind one).
    """
    return f"(?=[{first}]){pattern}" if first else pattern


# (kind, indexes in NEEDED of the tests the text must pass, pattern). Each pattern is
# given with the characters a match can start with ("" where it could start with most,
# or where the engine sees them itself: see _led).
Pattern = tuple[str, tuple[int, ...], re.Pattern[str]]
PATTERNS: tuple[Pattern, ...] = tuple(
    (kind, tuple(map(_WORD_LISTS.index, _NEEDS[kind][1])), re.compile(_led(first, pattern)))
    for kind, first, pattern in (
        # "seit Jahresbeginn", "seit Januar", "seit März dieses Jahres": the year so far (from
        # that month), to the text's date.
        (
            "since_start",
            "Ss",
            rf"(?<!\w)[Ss]eit\s+(?:Jahresbeginn|Jahresanfang|(?:Anfang|Beginn)\s+(?:des|dieses)\s+Jahres|(?P<sm>{MONTH})"
            rf"(?:\s+{_year_ref('a')}|(?!\s+(?:de[sr]|diese[sn]|vergangenen|letzten|vorigen)\b)))(?!\w)(?!\s*\[?(?:19|20)\d\d)",
        ),
        # "seit Anfang 2022", "Ab Anfang 2017 warb ...": from that January to the text's date.
        # After "ab" the match begins at "Anfang": a plan's "ab" stays one's
        # (plandates.PLAN_BEFORE).
        (
            "since_year",
            "",
            r"(?:(?<!\w)[Ss]eit\s+|(?<=[Aa]b\s))(?:Anfang|Beginn)\s+(?:des\s+Jahres\s+)?"
            r"(?P<ay>(?:19|20)\d\d)(?!\d)",
        ),
        (
            "month_range",
            "",
            rf"(?P<m1>{ANY_MONTH})\s*(?:bis|-|–|/|(?P<and>und))\s*(?P<m2>{ANY_MONTH})\s+{_year_ref('a')}",
        ),
        (
            "quarters",
            "Iie",
            rf"(?:[Ii]n\s+den\s+)?ersten\s+(?P<n>zwei|drei|vier)\s+Quartal(?:en|e)\s+{_year_ref('a')}",
        ),
        (
            "months",
            "",
            rf"(?:(?:[Ii]n\s+den\s+)?ersten\s+)?(?P<n>{_COUNT_WORDS})\s+Monat(?:en|e)\s+{_year_ref('a')}",
        ),
        (
            "same_period",
            "IigseV",
            r"(?:[Ii]m\s+)?(?:(?:gleichen|selben|entsprechenden)\s+Zeitraum\s+(?:des\s+(?:letzten|vergangenen)\s+Jahres|des\s+Vorjahres)"
            r"|Vorjahres(?:zeitraum|quartal|monat|halbjahr)(?:e?s)?(?!\w))",
        ),
        # "im genannten Zeitraum", "in diesem Zeitraum": the period named before it. Not
        # before a year or a comparison of its own ("des Vorjahres", "2022", "vor ...").
        (
            "named_period",
            "Ii",
            r"(?<!\w)(?:[Ii]m\s+(?:genannten|gleichen|selben|besagten|angegebenen)"
            r"|[Ii]n\s+(?:diesem|demselben|dem\s+genannten))\s+Zeitraum(?!\w)"
            r"(?!\s*(?:des|eines|vor|von|zwischen|bis|\[|(?:19|20)\d\d|[Ii]m\s+Jahr))",
        ),
        # "im Berichtszeitraum", "am Ende des Berichtszeitraums": a release's period, named
        # before it ("im Januar-September 2020"); not with one of its own ("des Vorjahres").
        (
            "report_period",
            "",
            r"(?<!\w)(?:(?:[Ii]m|[Ii]n\s+der|[Ww]ährend\s+de[sr]|[Ff]ür\s+d(?:en|ie)|(?:(?:[Aa]m|[Zz]um)"
            r"\s+)?(?:Ende|Schluss)\s+de[sr])\s+)?Berichts(?:zeitraum(?:e?s)?|periode)(?![\w-])"
            r"(?!\s*(?:des|eines|vor|von|zwischen|bis|\[|(?:19|20)\d\d|[Ii]m\s+Jahr))",
        ),
        # "im Jahr davor", "ein Jahr zuvor", "vor Jahresfrist": the period named before it,
        # a year earlier.
        (
            "year_before",
            "IiEeVv",
            r"(?<!\w)(?:[Ii]m\s+Jahr\s+(?:davor|zuvor)|[Ee]in\s+Jahr\s+(?:davor|zuvor|früher)"
            r"|[Vv]or\s+Jahresfrist)(?!\w)",
        ),
        # "ein Jahr später", "im Jahr darauf", "im Folgejahr": the period named before it, a
        # year later.
        (
            "year_after",
            "IiEe",
            r"(?<!\w)(?:[Ii]m\s+(?:Jahr\s+darauf|Folgejahr|(?:darauf)?folgenden\s+Jahr)"
            r"|[Ee]in\s+Jahr\s+(?:später|danach))(?!\w)(?!\s*\[?(?:19|20)\d\d)",
        ),
        # "im selben Jahr", "im gleichen Jahr": the year of the period named before it; so is
        # the course of the year ("im Jahresverlauf", "im Laufe des Jahres", "im Verlauf des
        # Jahres") in a text that named it ("Die Ergebnisse des Jahres 2025: ...").
        (
            "same_year",
            "Ii",
            r"(?<!\w)(?:(?:[Ii]m\s+(?:selben|gleichen)|[Ii]n\s+(?:demselben|dem\s+gleichen))\s+Jahr"
            r"|[Ii]m\s+Jahresverlauf|[Ii]m\s+(?:Laufe|Verlauf)\s+des\s+Jahres)"
            r"(?!\w)(?!\s*\[?(?:19|20)\d\d)",
        ),
        (
            "quarter",
            "Iiezdv1-4",
            rf"(?:[Ii]m\s+)?(?P<q>ersten|zweiten|dritten|vierten|I{{1,3}}\.|IV\.|[1-4]\.)\s+Quartals?\s+(?:des\s+Jahres\s+)?{_year_ref('a')}",
        ),
        # "Q1 2023", "Q3/2022", "Q2-2021": the quarter, as tables and releases write it.
        ("quarter_q", "Q", rf"(?<!\w)Q(?P<q>[1-4])(?:\s*[/-]\s*|\s+)(?P<ay>{_YEAR})(?!\d)"),
        (
            "half",
            "Iiez12",
            rf"(?:[Ii]m\s+|[Ii]n\s+der\s+)?(?P<h>ersten|zweiten|[12]\.|II\.|I\.)\s+(?:Halbjahr(?:es)?|(?:Jahres)?[Hh]älfte)\s+(?:des\s+Jahres\s+)?{_year_ref('a')}",
        ),
        (
            "part_month",
            "AaMmEeBb",
            rf"(?P<p>[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]eginn)\s+(?P<m>{MONTH})\s+{_year_ref('a')}",
        ),
        ("month", "", rf"(?P<m>{ANY_MONTH})\s+{_year_ref('a')}"),
        (
            "part_year",
            "AaMmEeBbIiJ",
            r"(?<!\w)(?:(?P<p>[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]eginn|[Ii]n\s+den\s+letzten\s+(?:Tagen|Wochen))"
            rf"|Jahres(?P<s>ende|anfang|beginn|mitte))\s+(?:des\s+Jahres\s+)?{_year_ref('a')}",
        ),
        # "2021-2022", "2016 bis 2020"; "2023/2024" and "2022/23" (an academic or a
        # financial year).
        (
            "year_range",
            "",
            rf"(?P<y1>{_YEAR})(?:\s*[-–]\s*(?P<y2>{_YEAR})|\s+bis\s+(?:zum\s+Jahr\s+)?(?P<y4>{_YEAR})"
            r"|/(?P<y3>(?:19|20)?\d\d))(?!\d)",
        ),
        ("years_between", "", rf"[Zz]wischen\s+(?P<y1>{_YEAR})\s+und\s+(?P<y2>{_YEAR})(?!\d)"),
        # "Stand: 1.10.2023": a date in figures, read as its month.
        (
            "numeric_date",
            "0123456789",
            r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?P<nm>0?[1-9]|1[0-2])\.(?P<ny>(?:19|20)\d\d)(?!\d)",
        ),
        ("year", "12DdIiKkLlNnVvz", _year_ref("a")),
        # "vor fünf Jahren", "vor einem Jahr": back from the reference year.
        (
            "years_ago",
            "Vv",
            rf"(?<!\w)[Vv]or\s+(?:(?P<n>{_COUNT_WORDS})\s+Jahren|einem\s+Jahr)(?!\w)",
        ),
        # "in zwei Jahren", "binnen drei Jahren": ahead of the reference year, a plan's
        # horizon (dates.find_dates keeps it in a plan's clause only). "in den kommenden drei
        # Jahren ... investieren" is a span a sum is spread over: no date; a change reached
        # over it is of its end ("in den nächsten fünf Jahren um 12 % steigern", "innerhalb
        # der kommenden drei Jahre verdoppeln": plandates.span_ahead_dated).
        (
            "years_ahead",
            "IiBb",
            r"(?<!\w)(?:(?:[Ii]n(?:nerhalb\s+von)?|[Bb]innen)(?:\s+den\s+(?:nächsten|kommenden))?"
            rf"|[Ii]nnerhalb\s+der\s+(?:nächsten|kommenden))\s+(?P<n>{_COUNT_WORDS})\s+Jahren?(?!\w)",
        ),
        # Periods without a year ("im ersten Halbjahr", "im Januar-August") are of the
        # document's year; tried after every pattern that has a year.
        ("quarters_bare", "", r"[Ii]n\s+den\s+ersten\s+(?P<n>zwei|drei)\s+Quartalen"),
        # "in den ersten / innerhalb von neun Monaten", "nach den Ergebnissen der letzten neun
        # Monate" (statistics count from January), "im Ergebnis von": the year's first months;
        # "in den letzten / vergangenen zehn Monaten" (the lexicon's span_to_now) too, where
        # they are the months with statistics so far (resolve.py checks the count).
        (
            "months_bare",
            "",
            r"(?:[Ii](?:n\s+den\s+ersten|nnerhalb\s+(?:von|der\s+ersten))|Ergebniss?e?n?\s+"
            rf"(?:der\s+(?:letzten|ersten|vergangenen)|von)|(?P<last>{alternation('span_to_now')}))"
            rf"\s+(?P<n>{_COUNT_WORDS})\s+Monaten?(?!\w)",
        ),
        (
            "quarter_bare",
            "IiFfd",
            # ... and a results sentence's genitive ("Nach den Ergebnissen des ersten
            # Quartals"), not the same quarter of another year ("des ersten Quartals des
            # Vorjahres": a comparison's base)
            r"(?:[Ii]m|[Ff]ür\s+das|des)\s+(?P<q>ersten|zweiten|dritten|vierten|I{1,3}\.|IV\.|[1-4]\.)\s+Quartal"
            r"(?!s\s+(?:des\s+)?(?:Vorjahr|vergangenen|letzten|vorigen))",
        ),
        (
            "half_bare",
            "IiFfd",
            r"(?:[Ii]m|[Ff]ür\s+das|[Ii]n\s+der|des)\s+(?P<h>ersten|zweiten|[12]\.|II\.|I\.)\s+(?:Halbjahr|Jahreshälfte)"
            r"(?!e?s\s+(?:des\s+)?(?:Vorjahr|vergangenen|letzten|vorigen))",
        ),
        (
            "month_range_bare",
            "IiVvADFJMNOS",
            rf"(?:[Ii]m\s+|[Vv]on\s+)?(?P<m1>{MONTH})\s*(?:bis|-|–|/|(?P<and>und))\s*(?P<m2>{MONTH})",
        ),
        (
            "part_month_bare",
            "AaMmEeBb",
            rf"(?P<p>[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]eginn)\s+(?P<m>{MONTH})\b",
        ),
        ("month_bare", "", rf"(?:[Ii]m|[Ii]n\s+diesem)\s+(?P<m>{MONTH})\b"),
        # "zum 1. Juli", "am 3. Mai": the month (a year after it is read by "month").
        (
            "day_month_bare",
            "123456789",
            rf"(?<![\d.])(?:[1-9]|[12]\d|3[01])\.\s*(?P<m>{MONTH})(?!\w)(?!\s*(?:19|20)\d\d)",
        ),
        # "bis Ende des Jahres", "zum Jahresende": of the reference's year.
        (
            "part_year_bare",
            "AaMmEeBbJ",
            r"(?:(?P<p>[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]eginn)\s+des\s+(?:laufenden\s+)?Jahres"
            r"|Jahres(?P<s>ende|anfang|beginn|mitte))(?!\w)(?!\s*\[?(?:19|20)\d\d)",
        ),
        # "für das Gesamtjahr", "im gesamten Jahr", "das ganze Jahr über", and its results ("nach
        # Ergebnissen des Jahres", "laut den Jahresergebnissen"), no year after: the reference's.
        (
            "whole_year_bare",
            "GgFfIiNnLlMm",
            r"(?<!\w)(?:(?:(?:[Ff]ür\s+das|[Ff]ürs|[Ii]m)\s+)?(?:Gesamtjahr(?:es)?|(?:ganzen?|gesamten?)"
            r"\s+Jahr(?:es)?)|(?:[Nn]ach|[Ll]aut|[Ii]m|[Mm]it)\s+(?:den\s+)?(?:Ergebnis(?:sen?)?\s+des"
            r"\s+Jahres|Jahresergebnis(?:sen?)?))(?!\w)(?!\s*\[?(?:19|20)\d\d)",
        ),
        # Each word spelt out, so the engine skips ahead to its first letter; that it opens
        # a word (not "Leute") is checked after the match: see find_dates.
        ("now", "", "(?:" + "|".join(NOW_WORDS) + r")(?!\w)"),
    )
)
# A comma not between two digits, or ; : ). Every branch opens with its character, so
# the regex engine skips ahead to one of them instead of trying every position.
CLAUSE_END = re.compile(r",(?:(?<!\d,)|(?!\d))|;|:|\)")
ADJACENT = 6  # characters between a figure or a word and a date that belongs to it: " im "


def month_number(written: str) -> int:
    """The month of ``written``: ``November``, or cut short ``Nov.``, ``Sept.``.

    >>> month_number("März"), month_number("Mär."), month_number("Sept."), month_number("Jul.")
    (3, 3, 9, 7)
    """
    if written in MONTH_NUMBER:
        return MONTH_NUMBER[written]
    short = written.rstrip(".")
    return next(i for i, name in enumerate(MONTHS, start=1) if name.startswith(short))


def families_of(text: str) -> frozenset[str]:
    """The anchor families ``text`` holds (see FAMILY_OF)."""
    found = [FAMILY_OF.get(anchor, "year") for anchor in _ANCHOR.findall(text)]
    if any(map(text.__contains__, NOW_TAILS)):
        found.append("now")
    return frozenset(found)


def anchor_ends(text: str) -> list[tuple[int, str]]:
    """The offset of the last character and the family of each anchor the scan finds in
    ``text`` (words of "now" aside), in text order.

    The scan misses no anchor word (see FAMILY_OF); it may miss a year's digits that
    begin inside others' ("20192020"), but each such year holds the last digit of the
    year found before it.

    >>> anchor_ends("Ende 2021 und im Januar")
    [(8, 'year'), (22, 'month')]
    """
    return [(m.end() - 1, FAMILY_OF.get(m[0], "year")) for m in _ANCHOR.finditer(text)]


#: For some kinds of pattern, words one of which each match ends with, and nothing looked
#: at after it: no match ends after the last of them, where the search may stop. (Not for
#: a pattern that looks ahead past its last word: the search's end hides what follows.)
ENDS_WITH: dict[str, tuple[str, ...]] = {
    "quarters_bare": ("Quartalen",),
    "months_bare": ("Monaten", "Monate"),
    "quarter_bare": ("Quartal",),
    "half_bare": ("Halbjahr", "Jahreshälfte"),
}

#: For each kind of pattern, the anchor families one of which each of its matches holds,
#: within the match.
ANCHORED: dict[str, frozenset[str]] = {kind: frozenset(f) for kind, (f, _) in _NEEDS.items()}


@lru_cache(maxsize=64)
def candidates(families: frozenset[str]) -> tuple[Pattern, ...]:
    """The patterns (of PATTERNS, in order) a text holding anchors of ``families`` may match."""
    return tuple(p for p in PATTERNS if not families.isdisjoint(_NEEDS[p[0]][0]))
