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
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from bycn import periods
from bycn.text.numbers import parse_number_word
from bycn.vocabulary import MONTH_NUMBER, MONTHS

__all__ = ["DateMention", "find_dates"]

_ORDINAL = {
    "ersten": 1,
    "zweiten": 2,
    "dritten": 3,
    "vierten": 4,
    "i.": 1,
    "ii.": 2,
    "iii.": 3,
    "iv.": 4,
    "1.": 1,
    "2.": 2,
    "3.": 3,
    "4.": 4,
}

_M = "|".join(MONTHS)
_YEAR = r"(?:19|20)\d{2}"
# A year, written out or relative: "2021", "dieses [2021] Jahres", "letzten Jahres".
_YEAR_REF = (
    rf"(?:(?:des\s+Jahres\s+|im\s+Jahre?\s+)?(?P<{{n}}y>{_YEAR})"
    r"|(?P<{n}prev>des\s+Vorjahres|[Ii]m\s+Vorjahr(?!\w))"
    r"|(?P<{n}rel>[Dd]ieses|[Dd]iesen|[Dd]iesem|des\s+laufenden|laufenden|des\s+vergangenen|[Ll]etzten|[Vv]ergangenen"
    r"|[Ll]etztes|[Vv]ergangenes|[Vv]origen|[Vv]origes)"
    rf"\s*(?:\[(?P<{{n}}b>{_YEAR})\]\s*)?(?:Jahres|Jahr)(?:\s*\[(?P<{{n}}c>{_YEAR})\])?)"
)


_COUNT_WORDS = r"[A-Za-zäöü]+|\d{1,2}"  # checked by parse_number_word when resolved


def _year_ref(name: str) -> str:
    return _YEAR_REF.replace("{n}", name).replace("{{n}}", name)


_PART = ("nfang", "itte", "nde", "eginn")
_NOW = ("Heute", "heute", "Derzeit", "derzeit", "Gegenwärtig", "gegenwärtig", "Zurzeit", "zurzeit")
_NOW += ("Inzwischen", "inzwischen", "Aktuell", "aktuell", "Mittlerweile", "mittlerweile")
# Every date holds an anchor: a year's digits, a word of "now" or one of these words,
# each of its family. A pattern none of whose families a text holds is not tried. One
# scan finds the families; as no anchor word begins inside another (test_dates checks),
# the scan, which consumes each anchor it finds, misses none.
_FAMILY_OF: dict[str, str] = dict.fromkeys(MONTHS, "month")
_FAMILY_OF.update((word, word) for word in ("Jahr", "jahr", "Monat", "Quartal"))
# Each branch opens with a capital, a "j" or a digit: the engine skips ahead to one fast.
_ANCHOR = re.compile(r"19\d\d|20\d\d|" + "|".join(_FAMILY_OF))
# Words of "now" open with common small letters (the scan would try most positions):
# each is looked for as a string instead, by its letters after the first.
_NOW_TAILS = tuple(dict.fromkeys(word[1:] for word in _NOW))
# A year reference holds a year's digits ("year"), "Jahr" (Jahres) or "jahr" (Vorjahr).
_YEARS = ("year", "Jahr", "jahr")
_YEARISH = r"19\d\d|20\d\d|Jahr|Vorjahr"
# For each pattern: the anchor families one of which each of its matches holds, then
# tests each of which the text must pass for the pattern to match: a regex that must
# find something, or words one of which the text must hold. Each finds a part every
# match contains, so skipping a pattern that fails one never loses a date.
_NEEDS: dict[str, tuple[tuple[str, ...], tuple[str | tuple[str, ...], ...]]] = {
    "since_start": (("Jahr",), (("Jahres",),)),
    "month_range": (("month",), (_YEARISH,)),
    "quarters": (("Quartal",), (("Quartale",), _YEARISH)),
    "months": (("Monat",), (("Monate",), _YEARISH)),
    "same_period": (("Jahr", "jahr"), (("Zeitraum",),)),
    # "Quartal" right before its year: "im ersten Quartal" alone (bare) is far more common.
    "quarter": (("Quartal",), (rf"Quartals?\s+(?:des\s+Jahres\s+)?{_year_ref('t')}",)),
    "half": (_YEARS, (("Halbjahr", "älfte"), _YEARISH)),
    "part_month": (("month",), (_YEARISH,)),
    "month": (("month",), (_YEARISH,)),
    "part_year": (_YEARS, ((*_PART, "letzten"), _YEARISH)),
    "year_range": (("year",), (("-", "–", "/", " bis "),)),
    "years_between": (("year",), (("wischen",),)),
    "year": (_YEARS, ()),
    "now": (("now",), ()),
    "years_ago": (("Jahr",), ()),
    "part_year_bare": (("Jahr",), (("Jahres",),)),
    "quarters_bare": (("Quartal",), (("Quartalen",),)),
    "months_bare": (("Monat",), (("Monaten",),)),
    "quarter_bare": (("Quartal",), ()),
    "half_bare": (("Jahr", "jahr"), (("Halbjahr", "Jahreshälfte"),)),
    "month_range_bare": (("month",), ()),
    "part_month_bare": (("month",), (_PART,)),
    "month_bare": (("month",), ()),
    "day_month_bare": (("month",), ()),
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
_NEEDED = tuple(map(_test, _WORD_LISTS))


def _led(first: str, pattern: str) -> str:
    """``pattern`` behind a test of its first character, one of ``first`` (a character
    class), where the engine would otherwise try the whole pattern at every position.
    """
    return f"(?=[{first}]){pattern}" if first else pattern


# (kind, indexes in _NEEDED of the tests the text must pass, pattern). Each pattern is
# given with the characters a match can start with ("" where it could start with most).
_Pattern = tuple[str, tuple[int, ...], re.Pattern[str]]
_PATTERNS: tuple[_Pattern, ...] = tuple(
    (kind, tuple(map(_WORD_LISTS.index, _NEEDS[kind][1])), re.compile(_led(first, pattern)))
    for kind, first, pattern in (
        # "seit Jahresbeginn": the year so far, up to the text's own date.
        (
            "since_start",
            "Ss",
            r"(?<!\w)[Ss]eit\s+(?:Jahresbeginn|Jahresanfang|(?:Anfang|Beginn)\s+(?:des|dieses)\s+Jahres)(?!\w)(?!\s*\[?(?:19|20)\d\d)",
        ),
        (
            "month_range",
            "ADFJMNOS",
            rf"(?P<m1>{_M})\s*(?:bis|-|–)\s*(?P<m2>{_M})\s+{_year_ref('a')}",
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
            "Iigse",
            r"(?:[Ii]m\s+)?(?:gleichen|selben|entsprechenden)\s+Zeitraum\s+(?:des\s+(?:letzten|vergangenen)\s+Jahres|des\s+Vorjahres)",
        ),
        (
            "quarter",
            "Iiezdv1-4",
            rf"(?:[Ii]m\s+)?(?P<q>ersten|zweiten|dritten|vierten|I{{1,3}}\.|IV\.|[1-4]\.)\s+Quartals?\s+(?:des\s+Jahres\s+)?{_year_ref('a')}",
        ),
        (
            "half",
            "Iiez12",
            rf"(?:[Ii]m\s+|[Ii]n\s+der\s+)?(?P<h>ersten|zweiten|[12]\.|II\.|I\.)\s+(?:Halbjahr(?:es)?|(?:Jahres)?[Hh]älfte)\s+(?:des\s+Jahres\s+)?{_year_ref('a')}",
        ),
        (
            "part_month",
            "AaMmEeBb",
            rf"(?P<p>[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]eginn)\s+(?P<m>{_M})\s+{_year_ref('a')}",
        ),
        ("month", "ADFJMNOS", rf"(?P<m>{_M})\s+{_year_ref('a')}"),
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
            "12",
            rf"(?P<y1>{_YEAR})(?:\s*[-–]\s*(?P<y2>{_YEAR})|\s+bis\s+(?:zum\s+Jahr\s+)?(?P<y4>{_YEAR})"
            r"|/(?P<y3>(?:19|20)?\d\d))(?!\d)",
        ),
        ("years_between", "Zz", rf"[Zz]wischen\s+(?P<y1>{_YEAR})\s+und\s+(?P<y2>{_YEAR})(?!\d)"),
        ("year", "12DdIiLlVv", _year_ref("a")),
        # "vor fünf Jahren", "vor einem Jahr": back from the reference year.
        (
            "years_ago",
            "Vv",
            rf"(?<!\w)[Vv]or\s+(?:(?P<n>{_COUNT_WORDS})\s+Jahren|einem\s+Jahr)(?!\w)",
        ),
        # Periods without a year ("im ersten Halbjahr", "im Januar-August") are of the
        # document's year; tried after every pattern that has a year.
        ("quarters_bare", "Ii", r"[Ii]n\s+den\s+ersten\s+(?P<n>zwei|drei)\s+Quartalen"),
        ("months_bare", "Ii", rf"[Ii]n\s+den\s+ersten\s+(?P<n>{_COUNT_WORDS})\s+Monaten"),
        (
            "quarter_bare",
            "IiFf",
            r"(?:[Ii]m|[Ff]ür\s+das)\s+(?P<q>ersten|zweiten|dritten|vierten|I{1,3}\.|IV\.|[1-4]\.)\s+Quartal",
        ),
        (
            "half_bare",
            "IiFf",
            r"(?:[Ii]m|[Ff]ür\s+das|[Ii]n\s+der)\s+(?P<h>ersten|zweiten|[12]\.|II\.|I\.)\s+(?:Halbjahr|Jahreshälfte)",
        ),
        (
            "month_range_bare",
            "IiVvADFJMNOS",
            rf"(?:[Ii]m\s+|[Vv]on\s+)?(?P<m1>{_M})\s*(?:bis|-|–)\s*(?P<m2>{_M})",
        ),
        (
            "part_month_bare",
            "AaMmEeBb",
            rf"(?P<p>[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]eginn)\s+(?P<m>{_M})\b",
        ),
        ("month_bare", "Ii", rf"(?:[Ii]m|[Ii]n\s+diesem)\s+(?P<m>{_M})\b"),
        # "zum 1. Juli", "am 3. Mai": the month (a year after it is read by "month").
        (
            "day_month_bare",
            "123456789",
            rf"(?<![\d.])(?:[1-9]|[12]\d|3[01])\.\s*(?P<m>{_M})(?!\w)(?!\s*(?:19|20)\d\d)",
        ),
        # "bis Ende des Jahres", "zum Jahresende": of the reference's year.
        (
            "part_year_bare",
            "AaMmEeBbJ",
            r"(?:(?P<p>[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]eginn)\s+des\s+(?:laufenden\s+)?Jahres"
            r"|Jahres(?P<s>ende|anfang|beginn|mitte))(?!\w)(?!\s*\[?(?:19|20)\d\d)",
        ),
        # Each word spelt out, so the engine skips ahead to its first letter; that it opens
        # a word (not "Leute") is checked after the match: see find_dates.
        ("now", "", "(?:" + "|".join(_NOW) + r")(?!\w)"),
    )
)
# "im Vergleich zu 2020", "20 Prozent mehr als im Vorjahr" name a baseline, not the date
# of the figure ("nicht später als 2025" is a deadline: a date).
_BASELINE = re.compile(
    r"(?:[Ii]m\s+Vergleich\s+zu[mr]?|[Gg]egenüber(?:\s+de[mn])?|[Ss]eit|[Vv]or"
    r"|(?<!\w)(?:mehr|weniger|höher|niedriger|größer|kleiner|stärker|schwächer|geringer)"
    r"\s+als|(?<!\w)so\s+\w+\s+wie)\s*$"
)
# What a baseline (_BASELINE) ends with (Seit, seit: "eit"): a cheap test before the regex.
_BASELINE_ENDS = ("zu", "zum", "zur", "egenüber", "dem", "den", "eit", "or", "als", "wie")


class DateMention(NamedTuple):
    """A date or period at ``[start:end]`` of the searched text, resolved to ``value``."""

    start: int
    end: int
    value: str


def find_dates(text: str, reference: int | str | None) -> list[DateMention]:
    """All date expressions in ``text``, left to right, without overlaps.

    ``reference`` is the date relative periods resolve against: a year (``2021``) or
    an ISO date (``2019-08-06``, ``2019-08``), such as a news text's own date. A
    period without a year (``im ersten Halbjahr``) is of the reference's year, or of
    the year before if it would begin after the reference's month; ``heute`` and
    ``derzeit`` are the reference's month, or its year; ``seit Jahresbeginn`` runs from
    January to the reference's month.

    >>> [m.value for m in find_dates("im ersten Halbjahr, im Januar-August, derzeit", "2019-08-06")]
    ['2019-H1', '2019-01/2019-08', '2019-08']
    >>> [m.value for m in find_dates("im vierten Quartal", "2020-02")]
    ['2019-Q4']
    """
    families = _families(text)
    if not families:
        return []
    reference_year, reference_month = _reference(reference)
    # Spans taken so far and the dates found, each kept sorted by position: they never
    # overlap, so a new match is checked against its two neighbours only.
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    present: list[bool | None] = [None] * len(_NEEDED)  # patterns share word lists
    for kind, needs, pattern in _candidates(families):
        holds = True
        for i in needs:
            held = present[i]
            if held is None:
                held = present[i] = bool(_NEEDED[i](text))
            if not held:
                holds = False
                break
        if not holds:
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if kind == "now" and start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                # Within a word ((?<!\w) fails): no date. The match held only letters, so
                # no date that opens a word began inside it.
                continue
            i = bisect.bisect_left(taken, (start, end))
            if (i > 0 and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < end):
                continue
            taken.insert(i, (start, end))
            before = text[max(0, start - 25) : start]
            if before.rstrip().endswith(_BASELINE_ENDS) and _BASELINE.search(before):
                continue
            if kind == "same_period":
                j = bisect.bisect_right(found, start, key=lambda m: m.end)
                value = periods.shift_years(found[j - 1].value, -1) if j else None
            else:
                value = _resolve(kind, match, reference_year, reference_month)
            if value:
                bisect.insort(found, DateMention(start, end, value), key=lambda m: m.start)
    return found


def _families(text: str) -> frozenset[str]:
    """The anchor families ``text`` holds (see _FAMILY_OF)."""
    found = [_FAMILY_OF.get(anchor, "year") for anchor in _ANCHOR.findall(text)]
    if any(map(text.__contains__, _NOW_TAILS)):
        found.append("now")
    return frozenset(found)


@lru_cache(maxsize=64)
def _candidates(families: frozenset[str]) -> tuple[_Pattern, ...]:
    """The patterns (of _PATTERNS, in order) a text holding anchors of ``families`` may match."""
    return tuple(p for p in _PATTERNS if not families.isdisjoint(_NEEDS[p[0]][0]))


def _count(written: str) -> int | None:
    """A whole count written in digits or as a word: ``3``, ``drei``."""
    count = int(written) if written.isdigit() else parse_number_word(written)
    return int(count) if count and count == int(count) else None


def _year(match: re.Match[str], reference_year: int | None) -> int | None:
    groups = match.groupdict()
    if groups.get("ay"):
        return int(groups["ay"])
    for bracketed in ("ab", "ac"):
        if groups.get(bracketed):
            return int(groups[bracketed])
    if reference_year is None:
        return None
    if groups.get("aprev"):
        return reference_year - 1
    relative = (groups.get("arel") or "").lower()
    if not relative:
        return None
    if any(word in relative for word in ("letzte", "vergangene", "vorige")):
        return reference_year - 1
    return reference_year


_REFERENCE = re.compile(r"^((?:19|20)\d{2})(?:-(\d{2}))?")


@lru_cache(maxsize=64)  # a document's figures share a few references
def _reference(reference: int | str | None) -> tuple[int | None, int | None]:
    """The year and month (if known) of a reference date."""
    if isinstance(reference, int):
        return reference, None
    m = _REFERENCE.match(reference or "")
    if not m:
        return None, None
    return int(m[1]), int(m[2]) if m[2] else None


def _first_month(kind: str, g: dict[str, str]) -> int:
    """The month a period without a year begins in."""
    if kind == "quarter":
        return 3 * _ORDINAL[g["q"].lower()] - 2
    if kind == "half":
        return 1 if _ORDINAL[g["h"].lower()] == 1 else 7
    if kind == "month_range":
        return MONTH_NUMBER[g["m1"]]
    if kind in ("part_month", "month", "day_month"):
        return MONTH_NUMBER[g["m"]]
    return 1


def _resolve(
    kind: str, match: re.Match[str], reference_year: int | None, reference_month: int | None
) -> str | None:
    if kind == "since_start":
        if reference_year and reference_month:
            first = periods.month(reference_year, 1)
            last = periods.month(reference_year, reference_month)
            return first if reference_month == 1 else periods.span(first, last)
        return None  # "so far" of an unknown date is no period
    if kind == "now":
        if reference_year and reference_month:
            return periods.month(reference_year, reference_month)
        return periods.year(reference_year) if reference_year else None
    g = match.groupdict()  # not needed above
    if kind in ("year_range", "years_between"):
        first = int(g["y1"])
        written = g["y2"] or g.get("y4") or g["y3"]
        last = int(written if len(written) == 4 else g["y1"][:2] + written)
        if last <= first:
            return None  # "2023/21" is no period
        return periods.span(periods.year(first), periods.year(last))
    if kind == "years_ago":
        back = 1 if g["n"] is None else _count(g["n"])
        if reference_year is None or back is None:
            return None
        return periods.year(reference_year - back)
    if kind.endswith("_bare"):
        kind = kind.removesuffix("_bare")
        if reference_year is None:
            return None
        year: int | None = reference_year
        # A report dated February speaks of the fourth quarter of the year before.
        if reference_month is not None and _first_month(kind, g) > reference_month:
            year = reference_year - 1
    else:
        year = _year(match, reference_year)
    if year is None:
        return None
    if kind == "month_range":
        first, last = MONTH_NUMBER[g["m1"]], MONTH_NUMBER[g["m2"]]
        return periods.span(periods.month(year, first), periods.month(year, last))
    if kind in ("quarters", "months"):
        count = _count(g["n"])
        count = 3 * count if count and kind == "quarters" else count
        if not count or count > 12:
            return None
        return periods.span(periods.month(year, 1), periods.month(year, int(count)))
    if kind == "quarter":
        return periods.quarter(year, _ORDINAL[g["q"].lower()])
    if kind == "half":
        return periods.half(year, _ORDINAL[g["h"].lower()])
    if kind in ("part_month", "month", "day_month"):
        return periods.month(year, MONTH_NUMBER[g["m"]])
    if kind == "part_year":
        part = (g["p"] or g.get("s") or "").lower()
        if part == "mitte":
            return periods.month(year, 6)
        return periods.month(year, 12 if part == "ende" or "letzten" in part else 1)
    return periods.year(year)
