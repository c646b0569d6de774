"""A table's row read as a sentence: what a value in it is of, by caption and headers.

A row is a sentence of its own (:mod:`bycn.text.tables`), but what a value in it is the
value of, the caption and the headers say: ``| Nahrungsmittel | 402,8 |`` under ``| Ware |
Mio. USD |`` and the caption ``Ausfuhr nach China nach Warengruppen`` is read ``Ausfuhr nach
China nach Warengruppen – Ware Nahrungsmittel – Mio. USD – 402,8``, so that the catalog's
rules take it as they take prose.

>>> read_row("Ausfuhr nach China", ["Ware", "2023"], ["Holz", "12,5"], 1)
'Ausfuhr nach China – Ware Holz – 2023 – 12,5'

A change column is the change of the level beside it (``| Gebiet Brest | 1.315 | 198,7 |
+12,4 |`` under ``| Region | Bevölkerung, Tsd. | Handel mit China, Mio. USD | Veränderung,
% |``); a row's label or column's header that names another flow of trade than the
caption's (``Export`` under ``Warenumsatz mit China``) is what its value is of: the caption
stands apart from it, as a clause of its own (a colon).

>>> heads = ["Region", "Bevölkerung, Tsd.", "Handel mit China, Mio. USD", "Veränderung, %"]
>>> read_row("", heads, ["Gebiet Brest", "1.315", "198,7", "+12,4"], 3)
'Region Gebiet Brest – Handel mit China – Veränderung – % – +12,4'
>>> read_row("Warenumsatz mit China", ["Kennzahl (Mio. USD)", "2022"], ["Export", "1,8"], 1)
'Warenumsatz mit China: Kennzahl Export – 2022 – 1,8'
"""

from __future__ import annotations

import re

from bycn.text.units import AGAINST, cell_unit

__all__ = ["is_change", "read_row"]

# A row of the total: "Insgesamt", "Exporte insgesamt", "Gesamt", "Summe", "Total".
_TOTAL = re.compile(r"(?<!\w)(?:[Ii]nsgesamt|[Gg]esamt|Summe|Total|Gesamtsumme)(?!\w)")
# What a caption says a table breaks down by: "nach Warengruppen", "nach Regionen",
# "aufgeschlüsselt nach Gebieten", "nach ausgewählten Ländern" (a plural noun, none of a place).
_BREAKDOWN = re.compile(
    r",?\s+(?:aufgeschlüsselt\s+|gegliedert\s+)?nach\s+(?:[a-zäöüß]+en\s+)?"
    r"(?:[A-ZÄÖÜ][a-zäöüß]*(?:gruppen|arten|gebieten|regionen|ländern|branchen|sektoren)"
    r"|Waren|Regionen|Gebieten|Ländern|Branchen|Sektoren|Partnern|Produkten)(?!\w)"
    # ... and the capital beside the regions, as Belstat counts it ("nach Gebieten und der
    # Stadt Minsk"): a part of the breakdown, no place the total is of
    r"(?:\s+und\s+(?:der\s+)?(?:Stadt\s+)?Minsk(?!\w))?"
)
# A breakdown by the country's regions: its caption's ("nach Regionen", "nach Gebieten", "nach
# ausgewählten Regionen") or its first column's header ("Region", "Gebiet", "Oblast").
_BY_REGION = re.compile(r"\bnach\s+(?:[a-zäöüß]+en\s+)?(?:Regionen|Gebieten|Oblasten)(?!\w)")
_REGION_HEAD = re.compile(r"(?:Region(?:en)?|Gebiete?|Oblast(?:en)?|Verwaltungseinheit(?:en)?)$")
# A row's label that says it is a city ("Minsk (Stadt)", "Minsk-Stadt", "Stadt Minsk",
# "Hauptstadt Minsk"), not the region around it ("Minsk (ohne Stadt)").
_CITY_LABEL = re.compile(r"(?<!\w)(?<!ohne )(?:Haupt)?[Ss]tadt(?!\w)")
#: The country whose regions a table breaks down (the corpus's): their total is its own.
COUNTRY = "Belarus"
# A first column of partner countries ("Land", "Partnerland", "Handelspartner", "Zielland").
_BY_PARTNER = re.compile(r"\w*(?:[Ll]änder|[Ll]and|[Ss]taat(?:en)?|[Pp]artner\w*)$")
_BREAK = re.compile(r"\s*(?:(?<!\d),|,(?!\d)|[;:])")
# A column of change: its header names a change ("Veränderung", "Zuwachs", "±%") or what it
# is measured against ("zum Vorjahr", "in % zu 2023"), and no noun of its own besides
# ("Veränderung zum Vorjahreszeitraum, %"; not "Exportwachstum, %", not "Anteil, %").
_CHANGE = re.compile(
    r"(?<!\w)(?:Veränderung(?:en|srate)?|Änderung|Zuwachs(?:rate)?|Wachstum(?:srate|stempo)?"
    rf"|Zunahme|Dynamik|Differenz|{AGAINST})(?!\w)|±|\+\s*/\s*[-−–]"
)
# The words of a period in a header ("Januar–September 2026", "I. Quartal 2023", "1. Hj."):
# what is left beside them, if any, is the noun of the level.
_PERIOD_WORDS = re.compile(
    r"(?<!\w)(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez|Quartal|Q|Halbjahr|Hj"
    r"|Jahr|Vorjahr|Stand)(?!\w)\.?|[\d.–/-]+"
)
# What is left of a change column's header that is no noun: its unit ("%", "Mal", "-fache"),
# "in", "Angaben".
_NO_NOUN = re.compile(
    r"(?<!\w)(?:Angaben|in|Prozent|Pp\.?|Mal|[Ff]ache?)(?!\w)|[%()\[\],.:;/\d\s–-]+"
)
# The flows of trade a label or header may name, each of its kind ("Export", "Ausfuhren",
# "Import", "Saldo", "Handelsbilanz", "Warenumsatz", "Handel mit China").
_FLOW = re.compile(
    r"(?P<exports>[Ee]xport|[Aa]usfuhr)|(?P<imports>[Ii]mport|[Ee]infuhr)"
    r"|(?P<balance>Saldo|[Bb]ilanz)|(?P<turnover>[Hh]andel|[Uu]msatz|Warenverkehr|Warenaustausch)"
)


def _flows(text: str) -> frozenset[str]:
    """The kinds of flow of trade ``text`` names, a word's first kind only
    (``Handelsbilanz`` is a balance, ``Exportumsatz`` exports)."""
    kinds = set()
    for word in re.findall(r"[\w-]+", text):
        found = _FLOW.search(word)
        if found:
            kinds.add(found.lastgroup)
    return frozenset(kinds)


def _without_unit(cell: str) -> str:
    """A header cell without the unit it gives (``Kennzahl (Mio. US-Dollar)`` ->
    ``Kennzahl``, ``Handel mit China, Mio. USD`` -> ``Handel mit China``)."""
    if cell_unit(cell) is None:
        return cell
    if cell.endswith(")") and "(" in cell:
        return cell[: cell.rindex("(")].strip()
    return cell[: cell.rindex(",")].strip() if "," in cell else ""


def is_change(head: str) -> bool:
    """Whether a column's header is one of change with no noun of its own (``Veränderung,
    %``, ``Zuwachs zum Vorjahr``, ``±%``; not ``Anteil, %``, not ``Exportwachstum``)."""
    rest, changes = _CHANGE.subn(" ", head)
    return bool(changes) and not re.search(r"\w", _NO_NOUN.sub(" ", rest))


def _level(heads: list[str], head: int) -> str:
    """The header (without its unit) of the level a change column at ``head`` is the change
    of: the nearest column left of it that is no change or percent column; "" where that
    header names a period only (``2024``, ``I. Quartal 2023``) or nothing."""
    for column in range(head - 1, 0, -1):
        cell = heads[column]
        unit = cell_unit(cell)
        if not cell or is_change(cell) or (unit is not None and unit.unit == "percent"):
            continue
        # A header of a noun and its period ("Export nach China Januar–September 2026") is
        # read whole: the period dates the change as it dates the level; one of a period
        # only ("2024", "I. Quartal 2023") names nothing the change is of.
        text = _without_unit(cell)
        noun = _PERIOD_WORDS.sub(" ", text)
        return text if re.search(r"[A-ZÄÖÜ]", noun) else ""
    return ""


def read_row(caption: str, heads: list[str], cells: list[str], column: int) -> str:
    """The row ``cells`` read as a sentence for the value in ``cells[column]``, under the
    header cells ``heads`` and ``caption`` ("" for none), all stripped: the caption, the
    row's label (its first cell, after its column's header), for a change the level's
    column header, then the value's column header and cell; "" where the table gives none.

    A total row is what the table breaks down: ``| Insgesamt | 611,7 |`` under the caption
    ``Ausfuhr nach China nach Warengruppen`` is read ``Ausfuhr nach China – Insgesamt – ...``
    (under ``| Land | ... |``, a table by partner, ``Land Insgesamt``).
    """
    head = min(column, len(heads) - 1) if heads else -1
    while head > 0 and not heads[head]:
        head -= 1  # a header cell spanning columns: its rest is empty
    label = cells[0] if column > 0 else ""
    named = _without_unit(heads[0]) if label and head > 0 else ""
    if label and _TOTAL.search(label) and not _BY_PARTNER.match(named):
        # A total row ("Insgesamt", "Exporte insgesamt") is what the table is a breakdown
        # of: its caption without the breakdown ("Ausfuhr nach China nach Warengruppen"
        # is read "Ausfuhr nach China"), its label without its column's header. Not a
        # breakdown by partner country ("| Land | ... |"): its total is all partners'. The
        # total of the regions is the country's ("Belarus Insgesamt"), no region's.
        if (_BY_REGION.search(caption) or _REGION_HEAD.match(named)) and COUNTRY not in label:
            label = f"{COUNTRY} {label}"
        caption, named = _BREAKDOWN.sub("", caption), ""
    own = label
    # The label said with its column's header, where it does not hold it already (as a
    # word): "Warengruppe Kalidünger" (a part of a breakdown), "Region Gebiet Brest",
    # "Land Russland"; not "Quartal I. Quartal 2023". Nor a region's header before a city's
    # label: "Region Minsk (Stadt)" would read as the region Minsk, the capital's neighbour.
    if (
        named
        and not re.search(rf"(?<!\w){re.escape(named)}(?!\w)", label, re.IGNORECASE)
        and not (_REGION_HEAD.match(named) and _CITY_LABEL.search(label))
    ):
        label = f"{named} {label}"
    if not (label or head >= 0 or caption):
        return ""
    value_head = heads[head] if head >= 0 else ""
    # A change with no noun of its own is the change of the level beside it.
    level = _level(heads, head) if head > 0 and is_change(value_head) else ""
    # One clause, as a sentence that says what its figure is of ("Der Warenumsatz mit
    # China betrug im ersten Quartal 1.948 Mio. US-Dollar"): the parts are joined, and
    # their own commas and colons (no decimal commas) read, by dashes.
    parts = (label, level, value_head, cells[column])
    read = " – ".join(_BREAK.sub(" –", part) for part in parts if part)
    if not caption:
        return read
    # A flow the label or the headers name, other than the caption's, is the value's: the
    # caption is a clause of its own ("Warenumsatz mit China: Kennzahl Export – ...").
    flows = _flows(f"{own} {level} {value_head}")
    joint = ": " if flows and flows != _flows(caption) else " – "
    return f"{_BREAK.sub(' –', caption)}{joint}{read}"
