"""What follows or precedes a number: scale, currency, percent, multiple, measure.

Also the units a table gives once in its header (``(Mio. US-Dollar)``,
``Angaben in Milliarden Euro:``), which the numbers below it take.

>>> reading = read_unit(" Mrd. US-Dollar und mehr", 0, 24)
>>> reading.unit, reading.kind, reading.factor, reading.end
('USD', 'amount', 1000000000.0, 15)
>>> read_unit(" Prozentpunkte", 0, 14).unit
'percent_points'
>>> [(h.unit, h.factor) for h in table_headers("Handel (Mio. Euro)\\nExport 5\\n\\nText 3")]
[('EUR', 1000000.0)]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from bycn.text.lexicon import alternation
from bycn.text.numbers import CURRENCIES, MEASURES, SCALES
from bycn.text.yearparts import PERIOD_OF_YEAR

__all__ = [
    "AGAINST",
    "PROSE_WORD",
    "SCALE",
    "Header",
    "UnitReading",
    "cell_unit",
    "currency_before",
    "ends_in_unit",
    "header_at",
    "header_spans",
    "read_unit",
    "reckoned_currency",
    "table_headers",
]

_CURRENCY = "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(CURRENCIES))
_MEASURE = "|".join(f"(?P<m{i}>{p})" for i, (p, _) in enumerate(MEASURES))
SCALE = (
    r"Tausend|Tsd\.?|Millionen|Million|Mio\.?|Milliarden|Milliarde|Mrd\.?|Billionen|Bio\."
    r"|Dutzend"
)
_POINTS = r"\s?(?:Prozentpunkt(?:e|en)?|%-Punkte?n?)(?!\w)|\s?Pp\.(?!\w)"
_AFTER = re.compile(
    r"(?P<bang>\s?\(!\))?(?:"
    r"(?P<mult>(?:\s?-\s?(?:[Ff]ache[nrs]?|fach(?:e[nrs]?)?)|fach(?:e[nrs]?)?(?!-))(?!\w)|\s?-?mal(?!\w)|\s+Mal(?!\w))"
    rf"|(?P<pp>{_POINTS})"
    r"|(?P<pct>\s?%(?![-\w])|\s?Prozent(?!\w))"
    rf"|(?:\s*(?P<scale>{SCALE})(?!\w))?(?:\s*(?:{_CURRENCY})|\s+(?:{_MEASURE}))?"
    r")"
)
# Each unit's group in _AFTER and its unit and kind. No unit group holds a group, so the
# group a match closed last (Match.lastgroup) is its unit's, if it read a unit.
_UNIT_OF: dict[str | None, tuple[str, str]] = {
    **{f"c{i}": (unit, "amount") for i, (_, unit) in enumerate(CURRENCIES)},
    **{f"m{i}": (unit, "measure") for i, (_, unit) in enumerate(MEASURES)},
}
# A sign or an ISO code before the number: "$41,7", "USD 3,5 Mio.", "BYN 120 Mio.", and the
# Belarusian rouble's sign as BelTA writes it, "Br 123,4 Mio.".
_CURRENCY_BEFORE = re.compile(r"(?P<cur>US\$|\$|(?<![\w-])(?:USD|EUR|BYN|CNY|RMB|Br)|€)\s?$")
_SIGNS = ("$", "USD", "EUR", "BYN", "CNY", "RMB", "Br", "€")  # _CURRENCY_BEFORE's ends
_MULTIPLE_MAL = re.compile(r"(?:\bdas|\bum)\s*$")
# A currency sign or code that may lead a number (``_CURRENCY_BEFORE``'s), and a number
# (no year: "Mio. USD 2019") right after one.
_LEADING_SIGNS = frozenset(("US$", *_SIGNS))
_NUMBER_NEXT = re.compile(r"\s?(?!(?:19|20)\d\d(?!\d|[.,]\d))\d")


class UnitReading(NamedTuple):
    """The unit read after a number: ``end`` is where it stops (relative to the start).

    A named tuple, not a frozen dataclass: made for every number read, it is built several
    times faster.
    """

    unit: str
    kind: str
    factor: float
    scaled: bool
    end: int


_NO_UNIT = UnitReading("", "", 1.0, False, 0)


def read_unit(
    text: str, start: int, stop: int, word: bool = False, before: str = ""
) -> UnitReading:
    """Read what follows a number at ``text[start:stop]``: unit, kind, scale factor.

    ``word``: the number is a number word (``elf Prozent``), which takes every unit but
    a multiple. ``before``: the text before the number; ``5 Mal`` is a multiple only
    after ``um``/``das`` (``um das 1,7 Mal``), else a count of times.
    """
    match = _AFTER.match(text, start, stop)
    assert match is not None  # every group is optional
    # The group closed last tells what was read: a unit, else one of these, else nothing.
    read = match.lastgroup
    if read is None or read == "bang":
        return _NO_UNIT
    end = match.end() - start
    if read == "mult":
        spaced_mal = match.group("mult").strip().startswith(("Mal", "mal"))
        if word or (spaced_mal and not _MULTIPLE_MAL.search(before)):
            return _NO_UNIT
        return UnitReading("times", "multiple", 1.0, False, end)
    if read == "pp":
        return UnitReading("percent_points", "share", 1.0, False, end)
    if read == "pct":
        return UnitReading("percent", "share", 1.0, False, end)
    scale = match.group("scale")
    factor = SCALES[scale.lower()] if scale else 1.0
    if read == "scale":
        return UnitReading("", "", factor, True, end)
    if match.group(read) in _LEADING_SIGNS and _NUMBER_NEXT.match(text, match.end(), stop):
        # "$9,9 Mio. $6,3 Mio.", "2017 $9,9 Mio.": a sign right before the next number is
        # that number's; this one keeps its scale only.
        return UnitReading("", "", factor, True, match.end("scale") - start) if scale else _NO_UNIT
    unit, kind = _UNIT_OF[read]
    return UnitReading(unit, kind, factor, bool(scale), end)


def currency_before(prefix: str) -> tuple[str, int] | None:
    """A currency sign just before a number (``$41,7``): its unit and its length."""
    if not prefix.rstrip().endswith(_SIGNS):  # most numbers: a cheap test, then no regex
        return None
    match = _CURRENCY_BEFORE.search(prefix)
    if not match:
        return None
    written = match.group("cur")
    unit = next((u for p, u in CURRENCIES if re.fullmatch(p, written)), "USD")
    return unit, len(prefix) - match.start()


# A currency an amount is reckoned in, named before its bare scale: "In US-Dollar gerechnet
# waren es 8,4 Milliarden", "umgerechnet in Dollar rund 8,4 Mrd.", "in Euro ausgedrückt",
# "in belarussischen Rubeln": the currency with "in", no number of it.
_RECKONED = re.compile(
    r"(?<!\w)[Ii]n\s+(?:"
    + "|".join(f"(?P<r{i}>(?:{p})n?)" for i, (p, _) in enumerate(CURRENCIES))
    + r")(?![\w$-])"
)


# ... not a noun's ("Zahlungen in Yuan", "der Handel in Euro"): a capitalised word inside the
# clause right before "in" ("Umgerechnet in Dollar" opens its clause: a reckoning).
_OF_A_NOUN = re.compile(r"[\w,;:]\s+[A-ZÄÖÜ][\wäöüß]*\s+$")


def reckoned_currency(body: str, lo: int, hi: int) -> str:
    """The currency the last phrase ``in <currency>`` in ``body[lo:hi]`` names, or "".

    A bare scale after it is in that currency, not in the one of an amount before it
    (``... auf 60,2 Milliarden Yuan. In US-Dollar gerechnet waren es 8,4 Milliarden.``).

    >>> text = "60 Mrd. Yuan. In US-Dollar gerechnet waren es 8,4 Mrd."
    >>> reckoned_currency(text, 14, 46), reckoned_currency(text, 0, 14)
    ('USD', '')
    >>> reckoned_currency("umgerechnet in belarussischen Rubeln 5 Mrd.", 0, 37)
    'BYN'
    >>> [reckoned_currency(t, 0, 21) for t in ("Umgerechnet in Dollar", "Die Zahlungen in Yuan")]
    ['USD', '']
    """
    found = [
        m for m in _RECKONED.finditer(body, lo, hi) if not _OF_A_NOUN.search(body, lo, m.start())
    ]
    return CURRENCIES[int(found[-1].lastgroup[1:])][1] if found and found[-1].lastgroup else ""


# --- table headers -------------------------------------------------------------------
#: A note set after a caption on its line, its own sentence with a note word, labelled or
#: not ("(Mio. US-Dollar). Vorläufige Angaben.", "...; Quelle: Belstat", ". Alle Werte
#: gerundet."): no word of the caption, nor what ends it (its unit).
NOTE_TAIL = (
    rf"[.;][ \t]+(?:[A-ZÄÖÜ][^\n|.:;]{{0,40}}?[ \t])?{alternation('note_words')}\b[^\n|]{{0,200}}"
)

_UNIT_WORDS = rf"%|Prozent|{'|'.join(p for p, _ in CURRENCIES)}|{'|'.join(p for p, _ in MEASURES)}"
# Two patterns, each opening with a literal, so that the regex engine skips ahead fast.
_HEADER_PARENS = re.compile(
    rf"\(\s*(?:(?:Angaben\s+)?in\s+)?(?P<s>(?:{SCALE})\s*)?(?P<u>{_UNIT_WORDS})\s*\)"
)
_HEADER_IN = re.compile(
    rf" in\s+(?P<s>(?:{SCALE})\s*)?(?P<u>{_UNIT_WORDS})[*_]*(?:\s*:[*_]*|[ \t]*(?=\n))"
)
# A table's caption that ends in its unit after a comma ("Warenumsatz mit China 2023, Mio.
# US-Dollar"), a table's row on the next line (a blank line between or not).
_HEADER_COMMA = re.compile(
    rf",[ \t]*(?P<s>(?:{SCALE})[ \t]*)?(?P<u>{_UNIT_WORDS})[*_]*[ \t]*(?=\n(?:[ \t]*\n)?[^\n|]*\|)"
)
# ... or set under the table, as a statistics release may set it, right under its last row
# (a blank line between or not), ending in its unit after a comma, in brackets or after
# "in", a full stop or not ("Tabelle: Außenhandel mit China nach Monaten, Januar–Juni 2026,
# Mio. US-Dollar.", "Exporte nach China (Mio. USD)", "Angaben in Millionen US-Dollar"), a
# note after it or not ("... (Mio. US-Dollar). Vorläufige Angaben.").
# What a caption's unit follows (a comma, a bracket, "in"), and the unit with its scale (group
# s, group u): one shape for a caption under a table and for a line that ends in its unit.
_CAPTION_MARK = r"(?:,|\(|\bin)"
_CAPTION_UNIT = rf"[ \t]*(?P<s>(?:{SCALE})[ \t]*)?(?P<u>{_UNIT_WORDS})\)?[*_]*"
_HEADER_BELOW = re.compile(
    rf"\|[ \t]*\n(?:[ \t]*\n)?(?P<c>[^\n|]{{0,200}}?{_CAPTION_MARK}){_CAPTION_UNIT}"
    rf"(?:{NOTE_TAIL}|\.)?[ \t]*(?=\n|$)"
)
# A table's row on the next line (a blank line between or not).
_NEXT_ROW = re.compile(r"\n(?:[ \t]*\n)?[^\n|]*\|")
_UNIT_END = re.compile(rf"{_CAPTION_MARK}{_CAPTION_UNIT}\.?$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: A word of prose: a table's cells hold labels (capitalised) and numbers, not these.
PROSE_WORD = re.compile(r"(?<![\w-])(?!und\b|oder\b|sowie\b)[a-zäöüß]{4,}")


@dataclass(frozen=True)
class Header:
    """A unit given once for a table, at ``[start:end]``, valid up to ``scope_end``."""

    start: int
    end: int
    scope_end: int
    unit: str
    kind: str
    factor: float
    #: A header line naming a level and a change (``(Mrd. Euro) 2022 2023 Veränderung
    #: in %``): signed numbers (``-2,0``, ``+3,1``) are the change, in this unit.
    change_unit: str = ""


def table_headers(body: str) -> tuple[Header, ...]:
    """Every table header unit in ``body``; each holds until the next blank line.

    Remembered for the last body asked about (by identity, not by value: comparing
    two equal bodies costs their length): the grammar asks once per sentence.
    """
    return _index(body)[0]


# The body last indexed, its headers and their ends: replaced whole, never changed in
# place, so a parse in another thread sees one consistent index.
_LAST: list[tuple] = [(None, (), [])]


def _index(body: str) -> tuple[tuple[Header, ...], list[int]]:
    last = _LAST[0]
    if last[0] is not body:
        headers = _scan_headers(body)
        last = (body, headers, [h.end for h in headers])
        _LAST[0] = last
    return last[1], last[2]


def _scan_headers(body: str) -> tuple[Header, ...]:
    headers: list[Header] = []
    matches = [*_HEADER_PARENS.finditer(body), *_HEADER_IN.finditer(body)]
    if "|" in body:  # a caption's line, not a table's header row ("| Anteil, % |")
        line_start = body.rfind
        matches += (
            m
            for m in _HEADER_COMMA.finditer(body)
            if "|" not in body[line_start("\n", 0, m.start()) + 1 : m.start()]
        )
    for match in sorted(matches, key=lambda m: m.start()):
        before = body[match.start() - 1] if match.start() else ""
        if match.group().startswith(" ") and before and before in "%0123456789":
            continue  # "5 % in Euro:" is no header
        unit_text, scale = match.group("u"), match.group("s")
        reading = read_unit(" " + unit_text, 0, len(unit_text) + 1)
        if not reading.unit:
            continue
        if (
            reading.kind == "share"
            and "|" in body[body.rfind("\n", 0, match.start()) + 1 : match.start()]
        ):
            continue  # a table's header row: "| Veränderung (%) |" is its column's, no other's
        blank = _BLANK_LINE.search(body, match.end())
        scope_end = blank.start() if blank else len(body)
        if blank and not body[match.end() : blank.start()].strip(" \t:*_"):
            # A header that ends its paragraph heads the next one if that is a table
            # ("Exporte nach China, in Mio. US-Dollar:", a blank line, "Kalidünger 1.205,3"),
            # set in bold or italics too ("**Großer Stein in Zahlen (Mio. US-Dollar)**").
            following = _BLANK_LINE.search(body, blank.end())
            rows_end = following.start() if following else len(body)
            first_row = body[blank.end() : rows_end].split("\n", 1)[0].strip()
            # A markdown table's header row (outer bars) may name its columns in words
            # ("| Zeitraum | Exporte Chinas nach Belarus |"): a table all the same.
            if first_row.startswith("|") or not PROSE_WORD.search(first_row):
                scope_end = rows_end
        header = Header(
            match.start(),
            match.end(),
            scope_end,
            reading.unit,
            reading.kind,
            SCALES[scale.strip().lower()] if scale else 1.0,
        )
        previous = headers[-1] if headers else None
        one_line = previous is not None and "\n" not in body[previous.end : header.start]
        if previous and one_line and previous.unit != header.unit:
            # Two units on one header line: a level and its change in percent.
            level, change = (header, previous) if previous.kind == "share" else (previous, header)
            if change.kind == "share" and level.kind != "share":
                headers[-1] = replace(level, start=previous.start, end=header.end)
                headers[-1] = replace(headers[-1], change_unit=change.unit)
                continue
        headers.append(header)
    if "|" in body:
        headers += _below(body, headers)
    return tuple(sorted(headers, key=lambda h: h.end))


def ends_in_unit(text: str) -> bool:
    """Whether a line ends in a unit as a table's caption does (``..., Mio. US-Dollar.``,
    ``(Mio. USD)``, ``in Tsd. t``): a title, whatever its full stop.

    >>> ends_in_unit("Handel mit China, Mio. USD."), ends_in_unit("Er stieg um 5 %.")
    (True, False)
    """
    return _UNIT_END.search(text) is not None


def _below(body: str, above: list[Header]) -> list[Header]:
    """The units of captions set under their tables (``_HEADER_BELOW``), each given to the
    table above it from its first row, where no header above gives the table one."""
    found: list[Header] = []
    for match in _HEADER_BELOW.finditer(body):
        reading = read_unit(" " + match.group("u"), 0, len(match.group("u")) + 1)
        if not reading.unit or reading.kind == "share":
            continue  # a share's "%" under a table is a note on one column, not its unit
        first = match.start()
        while first > 0:  # up to the table's first row
            line = body.rfind("\n", 0, first - 1) + 1
            if "|" not in body[line:first]:
                break
            first = line
        if any(h.end <= first < h.scope_end for h in above) or _NEXT_ROW.match(body, match.end()):
            continue  # a unit given above it; or the caption of the table that follows
        scale = match.group("s")
        factor = SCALES[scale.strip().lower()] if scale else 1.0
        found.append(Header(first, first, match.start("c"), reading.unit, reading.kind, factor))
    return found


def header_spans(body: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the table headers that end in ``body[lo:hi]``."""
    headers, ends = _index(body)
    if not headers:
        return []
    first, last = bisect.bisect_left(ends, lo), bisect.bisect_right(ends, hi)
    return [(h.start, h.end) for h in headers[first:last]]


def header_at(body: str, offset: int) -> Header | None:
    """The table header whose scope holds ``offset``, if any."""
    headers, ends = _index(body)
    if not headers:
        return None
    i = bisect.bisect_right(ends, offset) - 1
    if i >= 0 and headers[i].scope_end > offset:
        return headers[i]
    return None


# --- a table's header cell ------------------------------------------------------------

_IN = re.compile(r"(?:^|\s)(?:Angaben\s+)?in\s+(?=\S)")
# The base of an index, a header of its own: "Vorjahr = 100", "Januar–September 2024 = 100",
# "Index (2024 = 100)": the cells are the level as a percent of the base's.
_INDEX_BASE = re.compile(r"=\s*100\s*\)?$")
#: What a change or an index is measured against, after its unit: "in % zum Vorjahr",
#: "Veränderung gegenüber dem Vorjahreszeitraum", "% ggü. Vj.", "2024 in % zu 2023".
#: ... or a period of a year: "in % zu Januar–September 2024", "in % zum I. Halbjahr 2024".
AGAINST = (
    r"(?:zu[mr]?|gegenüber(?:\s+de[mn])?|ggü\.?|im\s+Vergleich\s+zu[mr]?|des|vom)\s+"
    rf"(?:Vorjahr\w*|Vorjahres\w+|Vj\.?|(?:{PERIOD_OF_YEAR}\s+)?(?:19|20)\d\d)"
)
_COMPARED = re.compile(rf"\s+{AGAINST}\s*$")
# A sign of change before a unit: "±%", "+/- %".
_SIGN = re.compile(r"^(?:±|\+\s*/\s*[-−–]|\+[-−])\s*")


def cell_unit(cell: str) -> UnitReading | None:
    """The unit a table's header cell gives: the whole cell, what its brackets hold, or
    what follows its last comma or ``in``; only a unit (or a scale), nothing else, after a
    sign of change (``±%``) and before what a change is measured against (``in % zum
    Vorjahr``).

    >>> cell_unit(" Mio. USD ").factor, cell_unit("Export (in Mio. Euro)").unit
    (1000000.0, 'EUR')
    >>> cell_unit("Veränderung in %").unit, cell_unit("Quartal"), cell_unit("2022")
    ('percent', None, None)
    >>> cell_unit("±%").unit, cell_unit("in % zum Vorjahr").unit, cell_unit("Vorjahr = 100").unit
    ('percent', 'percent', 'percent')
    >>> cell_unit("Januar–September 2025 in % zu Januar–September 2024").unit
    'percent'
    >>> cell_unit("Januar–September 2024"), cell_unit("Mio. USD = 100 Tsd.")
    (None, None)
    >>> cell_unit("Wachstum, Mal").unit, cell_unit("Veränderung (-fache)").unit
    ('times', 'times')
    """
    if _INDEX_BASE.search(cell.strip()):
        return UnitReading("percent", "share", 1.0, False, 0)
    text = _COMPARED.sub("", cell.strip())
    if text.endswith(")") and "(" in text:
        text = text[text.rindex("(") + 1 : -1].strip()
    elif "," in text:
        text = text[text.rindex(",") + 1 :].strip()
    last_in = None
    for last_in in _IN.finditer(text):  # noqa: B007 (the last one is wanted)
        pass
    if last_in is not None:
        text = text[last_in.end() :]
    text = _SIGN.sub("", text)
    if not text:
        return None
    if _HEADER_MULTIPLE.fullmatch(text):  # "Wachstum, Mal", "Veränderung (-fache)"
        return UnitReading("times", "multiple", 1.0, False, len(text) + 1)
    reading = read_unit(" " + text, 0, len(text) + 1)
    if reading.end != len(text) + 1 or not (reading.unit or reading.scaled):
        return None
    return None if reading.kind == "multiple" else reading


# A header cell's unit that is the word of a multiple and nothing else ("Wachstum, Mal",
# "Veränderung (-fache)", "Zuwachs in Mal"): its column's values are multiples. (Read as
# the unit after a number, "5 Mal" is a count of times: a header has no number before it.)
_HEADER_MULTIPLE = re.compile(r"-?(?:[Mm]al|[Ff]ache?|fach)")
