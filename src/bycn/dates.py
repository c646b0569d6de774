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

import re
from dataclasses import dataclass

__all__ = ["DateMention", "find_dates"]

MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
_MONTH_NUMBER = {name: i for i, name in enumerate(MONTHS, start=1)}
_ORDINAL = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "i.": 1, "ii.": 2, "iii.": 3,
            "iv.": 4, "1.": 1, "2.": 2, "3.": 3, "4.": 4}
_COUNT = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
          "neun": 9, "zehn": 10, "elf": 11}

_M = "|".join(MONTHS)
_YEAR = r"(?:19|20)\d{2}"
# A year, written out or relative: "2021", "dieses [2021] Jahres", "letzten Jahres".
_YEAR_REF = (
    rf"(?:(?:des\s+Jahres\s+|im\s+Jahre?\s+)?(?P<{{n}}y>{_YEAR})"
    r"|(?P<{n}rel>dieses|diesen|des\s+laufenden|des\s+vergangenen|letzten|vergangenen|des\s+Vorjahres)"
    rf"\s*(?:\[(?P<{{n}}b>{_YEAR})\]\s*)?(?:Jahres|Jahr)?)"
)


def _year_ref(name: str) -> str:
    return _YEAR_REF.replace("{n}", name).replace("{{n}}", name)


_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("month_range", rf"(?P<m1>{_M})\s*(?:bis|-|–)\s*(?P<m2>{_M})\s+{_year_ref('a')}"),
        ("quarters", rf"(?:in\s+den\s+)?ersten\s+(?P<n>zwei|drei|vier)\s+Quartal(?:en|e)\s+{_year_ref('a')}"),
        ("months", rf"(?:in\s+den\s+)?ersten\s+(?P<n>\w+)\s+Monat(?:en|e)\s+{_year_ref('a')}"),
        ("quarter", rf"(?:im\s+)?(?P<q>ersten|zweiten|dritten|vierten|I{{1,3}}\.|IV\.|[1-4]\.)\s+Quartal\s+(?:des\s+Jahres\s+)?{_year_ref('a')}"),
        ("half", rf"(?:im\s+)?(?P<h>ersten|zweiten)\s+Halbjahr\s+{_year_ref('a')}"),
        ("part_month", rf"(?P<p>Anfang|Mitte|Ende|Beginn)\s+(?P<m>{_M})\s+{_year_ref('a')}"),
        ("month", rf"(?P<m>{_M})\s+{_year_ref('a')}"),
        ("part_year", rf"(?P<p>Anfang|Mitte|Ende|Beginn|zu\s+Beginn)\s+(?:des\s+Jahres\s+)?{_year_ref('a')}"),
        ("year_range", rf"(?P<y1>{_YEAR})\s*[-–]\s*(?P<y2>{_YEAR})"),
        ("year", _year_ref("a")),
    )
)
# "im Vergleich zu 2020" names a baseline, not the date of the figure.
_BASELINE = re.compile(r"(?:im\s+Vergleich\s+zu|gegenüber|seit|vor)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date or period at ``[start:end]`` of the searched text, resolved to ``value``."""

    start: int
    end: int
    value: str


def find_dates(text: str, reference_year: int | None) -> list[DateMention]:
    """All date expressions in ``text``, left to right, without overlaps."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            if _BASELINE.search(text[max(0, match.start() - 25) : match.start()]):
                taken.append((match.start(), match.end()))
                continue
            value = _resolve(kind, match, reference_year)
            taken.append((match.start(), match.end()))
            if value:
                found.append(DateMention(match.start(), match.end(), value))
    return sorted(found, key=lambda m: m.start)


def _year(match: re.Match[str], reference_year: int | None) -> int | None:
    groups = match.groupdict()
    if groups.get("ay"):
        return int(groups["ay"])
    if groups.get("ab"):
        return int(groups["ab"])
    relative = (groups.get("arel") or "").lower()
    if not relative or reference_year is None:
        return None
    if any(word in relative for word in ("letzten", "vergangenen", "vorjahres")):
        return reference_year - 1
    return reference_year


def _resolve(kind: str, match: re.Match[str], reference_year: int | None) -> str | None:
    g = match.groupdict()
    if kind == "year_range":
        return f"{g['y1']}/{g['y2']}"
    year = _year(match, reference_year)
    if year is None:
        return None
    if kind == "month_range":
        return f"{year}-{_MONTH_NUMBER[g['m1'].capitalize()]:02d}/{year}-{_MONTH_NUMBER[g['m2'].capitalize()]:02d}"
    if kind == "quarters":
        return f"{year}-01/{year}-{3 * _COUNT[g['n'].lower()]:02d}"
    if kind == "months":
        count = _COUNT.get(g["n"].lower()) or (int(g["n"]) if g["n"].isdigit() else None)
        return f"{year}-01/{year}-{count:02d}" if count and count <= 12 else None
    if kind == "quarter":
        return f"{year}-Q{_ORDINAL[g['q'].lower()]}"
    if kind == "half":
        return f"{year}-H{1 if g['h'].lower() == 'ersten' else 2}"
    if kind in ("part_month", "month"):
        return f"{year}-{_MONTH_NUMBER[g['m'].capitalize()]:02d}"
    if kind == "part_year":
        part = g["p"].lower()
        if part == "mitte":
            return f"{year}-06"
        return f"{year}-12" if part == "ende" else f"{year}-01"
    return str(year)
