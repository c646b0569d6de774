"""A date pattern's match resolved to a period, against the reference date relative
periods are of (the text's own date): what :func:`bycn.text.dates.find_dates` finds,
as an ``as_of`` string.

A period without a year is of the reference's year, or of the year before where it
would begin after the reference's month (a report of February speaks of the fourth
quarter of the year before); a year's end or middle stated in the past tense, in a text
of a month before it, is the year before's (``Zum Jahresende waren 137 Residenten
registriert`` in a text of January).

>>> import re
>>> match = re.search(r"(?P<m>März)", "im März")
>>> resolve("month_bare", match, 2024, 2), resolve("month_bare", match, 2024, 5)
('2023-03', '2024-03')
>>> reference_parts("2019-08-06"), reference_parts(2021)
((2019, 8), (2021, None))
"""

from __future__ import annotations

import re
from functools import lru_cache

from bycn import periods
from bycn.text.datepatterns import month_number
from bycn.text.nowwords import ASPECT
from bycn.text.numbers import whole_count
from bycn.text.tense import past_tense
from bycn.text.yearparts import ORDINAL

__all__ = ["reference_parts", "resolve"]


def _count(written: str) -> int | None:
    """A whole count written in digits or as a word: ``3``, ``drei``, and ``beiden``
    (``in den ersten beiden Monaten``: the first two, as a period says it, not a figure)."""
    return 2 if written.lower() in ("beide", "beiden") else whole_count(written)


def _year(groups: dict[str, str | None], reference_year: int | None) -> int | None:
    if year := groups.get("ay"):
        return int(year)
    for bracketed in ("ab", "ac"):
        if year := groups.get(bracketed):
            return int(year)
    if reference_year is None:
        return None
    if groups.get("aprev"):
        return reference_year - 1
    relative = (groups.get("arel") or "").lower()
    if not relative:
        return None
    if any(word in relative for word in ("letzte", "vergangene", "vorige")):
        return reference_year - 1
    if any(word in relative for word in ("nächst", "kommend")):
        return reference_year + 1
    return reference_year


_REFERENCE = re.compile(r"^((?:19|20)\d{2})(?:-(\d{2}))?")


@lru_cache(maxsize=64)  # a document's figures share a few references
def reference_parts(reference: int | str | None) -> tuple[int | None, int | None]:
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
        return 3 * ORDINAL[g["q"].lower()] - 2
    if kind == "half":
        return 1 if ORDINAL[g["h"].lower()] == 1 else 7
    if kind == "month_range":
        return month_number(g["m1"])
    if kind in ("part_month", "month", "day_month"):
        return month_number(g["m"])
    return 1


def _last_month(kind: str, g: dict[str, str]) -> int:
    """The month a span of months from January without a year ends in (``Januar–November``,
    ``in den ersten elf Monaten``); 0 for any other period (a quarter or half year may be
    the one still running, a plan's)."""
    if kind == "month_range":
        return month_number(g["m2"])
    if kind == "months" and not g.get("last"):
        return _count(g["n"]) or 0
    return 0


def resolve(
    kind: str, match: re.Match[str], reference_year: int | None, reference_month: int | None
) -> str | None:
    """The period ``match`` (of the pattern of ``kind``) names, or None."""
    if kind == "since_start" and match["sm"] and reference_year and reference_month:
        # "seit Januar"; "seit Oktober" in a text of February: since the October before;
        # "seit März dieses Jahres", "seit Mai 2024" in a text of 2024. An earlier year's
        # digits are a comparison's base, as "seit 2015" ("der höchste Stand seit März 2022").
        start = month_number(match["sm"])
        if match.end("sm") == match.end():
            year = reference_year - (start > reference_month)
        elif match["ay"] and int(match["ay"]) != reference_year:
            return None
        else:
            year = _year(match.groupdict(), reference_year) or reference_year
        since, now = periods.month(year, start), periods.month(reference_year, reference_month)
        if since > now:
            return None
        return since if since == now else periods.span(since, now)
    if kind in ("since_start", "since_year"):  # "seit Jahresbeginn", "seit Anfang 2022"
        since = int(match["ay"]) if kind == "since_year" else reference_year
        if since and since == reference_year and reference_month:
            january, now = periods.month(since, 1), periods.month(since, reference_month)
            return january if reference_month == 1 else periods.span(january, now)
        # "so far" of an unknown date is no period; since an earlier year, a comparison's
        # base ("seit 2015"); "ab Anfang 2026" (a plan), its month; "Ab Anfang 2017 warb
        # der Park 17 neue Unternehmen an", in a text of January 2018, a start: the period
        # runs from it to the text's date.
        if not since or match[0][0] in "Ss":
            return None
        if reference_year and reference_month and since < reference_year:
            return periods.span(
                periods.month(since, 1), periods.month(reference_year, reference_month)
            )
        return periods.month(since, 1)
    if kind == "now":
        if match[0] in ASPECT:
            return None  # kept as a mention without a value: see find_dates
        if reference_year and reference_month:
            return periods.month(reference_year, reference_month)
        return periods.year(reference_year) if reference_year else None
    g = match.groupdict()  # not needed above
    if kind == "quarter_q":
        return periods.quarter(int(g["ay"]), int(g["q"]))
    if kind == "numeric_date":
        return periods.month(int(g["ny"]), int(g["nm"]))
    if kind in ("year_range", "years_between"):
        first = int(g["y1"])
        written = g["y2"] or g.get("y4") or g["y3"]
        last = int(written if len(written) == 4 else g["y1"][:2] + written)
        if last <= first:
            return None  # "2023/21" is no period
        return periods.span(periods.year(first), periods.year(last))
    if kind in ("years_ago", "years_ahead"):
        back = 1 if g["n"] is None else _count(g["n"])
        if reference_year is None or back is None:
            return None
        return periods.year(reference_year + (back if kind == "years_ahead" else -back))
    if kind.endswith("_bare"):
        kind = kind.removesuffix("_bare")
        if reference_year is None:
            return None
        year: int | None = reference_year
        # A report dated February speaks of the fourth quarter of the year before; of the
        # year's end as past ("Zum Jahresende waren 137 registriert"), of the year before's.
        if reference_month is not None and _first_month(kind, g) > reference_month:
            year = reference_year - 1
        elif reference_month is not None and _last_month(kind, g) > reference_month:
            # "im Januar–November", "in den ersten elf Monaten", in a text of January: the
            # months named have not passed this year, so they are the year before's
            year = reference_year - 1
        elif kind == "part_year" and reference_month and _part_month(g) > reference_month:
            year = reference_year - past_tense(match.string, *match.span())
        elif kind == "whole_year" and reference_month and reference_month < 12:
            # "Im Gesamtjahr stiegen die Exporte", in a text of February: the year before's
            year = reference_year - past_tense(match.string, *match.span())
    else:
        year = _year(g, reference_year)
    if year is None:
        return None
    if kind == "month_range":
        first, last = month_number(g["m1"]), month_number(g["m2"])
        if g["and"] and last != first + 1:  # "im Januar und März": two months, no span
            return periods.month(year + (last < first), last)
        return periods.span(periods.month(year, first), periods.month(year, last))
    if kind in ("quarters", "months"):
        count = _count(g["n"])
        count = 3 * count if count and kind == "quarters" else count
        if not count or count > 12:
            return None
        # "in den letzten zehn Monaten", in a text of December: the months so far with
        # statistics (they lag a month or two), January to October; a span that would reach
        # into the year before ("in den letzten zwölf Monaten") or end months before the
        # text ("in den letzten drei Monaten", in December) is no period of the year's.
        if g.get("last") and not (reference_month and 0 < reference_month - count <= 2):
            return None
        return periods.span(periods.month(year, 1), periods.month(year, int(count)))
    if kind == "quarter":
        return periods.quarter(year, ORDINAL[g["q"].lower()])
    if kind == "half":
        return periods.half(year, ORDINAL[g["h"].lower()])
    if kind in ("part_month", "month", "day_month"):
        return periods.month(year, month_number(g["m"]))
    if kind == "part_year":
        return periods.month(year, _part_month(g))
    return periods.year(year)


def _part_month(g: dict[str, str]) -> int:
    """The month of a part of a year: ``Mitte`` June, ``Ende``, ``Jahresende`` and ``in den
    letzten Tagen`` December, ``Anfang`` and ``Beginn`` January."""
    part = (g["p"] or g.get("s") or "").lower()
    if part == "mitte":
        return 6
    return 12 if part == "ende" or "letzten" in part else 1
