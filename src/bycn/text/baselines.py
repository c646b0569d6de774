"""The words that make a date a comparison's base, not a figure's date: what
:func:`bycn.text.dates.find_dates` drops (``im Vergleich zu 2020``, ``das 1,6-fache des
Vorjahreszeitraums``, a table's ``Veränderung zu 2024, %``); and the year a figure with no
date of its own is of by the whole year its comparison's base names (:func:`compared_year`).

>>> bool(BASELINE.search("Die Exporte stiegen um 8 % gegenüber ")), bool(BASELINE.search("im "))
(True, False)
>>> bool(BASELINE.search("| Veränderung zu ")), bool(BASELINE.search("Angaben zu "))
(True, False)
"""

from __future__ import annotations

import re

from bycn import periods
from bycn.text.resolve import reference_parts

__all__ = ["BASELINE", "BASELINE_ENDS", "BASELINE_REACH", "OF_BASE", "compared_year", "is_base"]

# A comparison's base names the period a figure is compared with, not the figure's date:
# "im Vergleich zu 2020", "verglichen mit dem Vorjahreszeitraum", "gegenüber dem gleichen
# Zeitraum des Vorjahres", "20 Prozent mehr als im Vorjahr", and the period a multiple or a
# level is of ("das 1,6-fache des Vorjahreszeitraums", "das Doppelte des Vorjahres", "das
# Niveau des Jahres 2019"). Such a date dates nothing: the figure takes its sentence's other
# date, else its paragraph's (or the document's). "nicht später als 2025" is a deadline: a
# date. The one rule for the class: find_dates drops every date these words stand before.
BASELINE = re.compile(
    r"(?:[Ii]m\s+Vergleich\s+(?:zu[mr]?|mit(?:\s+de[mn])?)|[Vv]erglichen\s+mit(?:\s+de[mn])?"
    r"|(?:[Gg]egenüber|(?<!\w)ggü\.)(?:\s+de[mn])?|[Ss]eit|[Vv]or"
    # A table's change header and its prose: "Veränderung zu 2024", "2025 zu 2024", "in % zu
    # 2024", "+8 Prozent zu 2024" ("Angaben zu 2024" and "bis zu 2024" are no base).
    r"|(?:(?<!\w)(?:Veränderung|Änderung|Zuwachs|Wachstum|Zunahme|Anstieg|Rückgang|Plus|Minus)\w*"
    r"|%|(?<!\w)Prozent|(?<![\d.])(?:19|20)\d\d)\s+zu"
    # "um 8,5 Prozent über dem Vorjahreszeitraum", "unter dem gleichen Zeitraum des Vorjahres";
    # "übertraf (damit) den Vorjahreszeitraum um 8,5 Prozent", "übertrifft er das Jahr 2024"
    r"|(?<!\w)(?:über|unter)\s+dem|(?<!\w)(?:übertr(?:af|afen|ifft|effen|offen)"
    r"|überst(?:ieg|iegen|eigt|eigen))(?:\s+[a-zäöüß]+){0,2}\s+d(?:e[mn]|as)"
    r"|(?<!\w)(?:mehr|weniger|höher|niedriger|größer|kleiner|stärker|schwächer|geringer)"
    r"\s+als|(?<!\w)so\s+\w+\s+wie)"
    # "mit dem Jahr 2020", "gegenüber dem gleichen Zeitraum des Jahres 2021", "demselben
    # Zeitraum im Jahr 2021", "verglichen mit dem Vergleichszeitraum des Vorjahres"
    r"(?:\s+(?:de[mn]\s*|im\s+)?(?:(?:(?:gleichen|selben|entsprechenden)\s+Z|Vergleichsz)eitraums?"
    r"(?:\s+(?:des|im))?\s*)?"
    r"(?:Jahre?s?)?)?\s*$"
)
# The period a multiple or a level is of: a comparison's base too (BASELINE), where the
# genitive or "von" follows the word ("um das 1,8-fache im Jahr 2022" is a date). Searched
# up to the date, with a "des" it opens with ("des Jahres 2022", "des Vorjahres").
OF_BASE = re.compile(
    r"(?:[Ff]ache[ns]?|(?<!\w)Doppelte[ns]?|(?<!\w)Niveaus?|(?<!\w)Wert(?:e?s)?)"
    r"\s+(?:des|von)\s+$"
)
# What a baseline (BASELINE) ends with (Seit, seit: "eit"): a cheap test before the regex.
BASELINE_ENDS: tuple[str, ...] = ("zu", "zum", "zur", "egenüber", "ggü.", "dem", "den", "das")
BASELINE_ENDS += ("eit", "or", "als", "wie", "mit", "Jahr", "Jahre", "Jahres", "Zeitraum")
BASELINE_ENDS += ("Zeitraums", "des", "im", "zeitraum", "zeitraums")

# How far before a date its comparison's words may begin: "gegenüber dem gleichen Zeitraum
# des Jahres 2021" (BASELINE) is 43 characters.
BASELINE_REACH = 60

# Where a comparison's words mostly begin before a date: "im Vergleich zu ", "gegenüber
# dem ", "seit " are at most 15 characters.
_NEAR = 15


def is_base(before: str) -> bool:
    """Whether ``before`` (the text before a date) ends with a comparison's words (BASELINE).

    BASELINE ends at the end of ``before``, so the engine tries it at every place up to
    where it begins: those nearest the end are tried first (a match there is a match), and
    the whole text only where none begins there.

    >>> is_base("gegenüber dem "), is_base("übertrafen damit deutlich das "), is_base("im ")
    (True, True, False)
    """
    near = BASELINE.search(before, max(0, len(before) - _NEAR))
    return near is not None or BASELINE.search(before) is not None


def compared_year(text: str, reference: int | str | None) -> str:
    """The year a figure of ``text`` with no date of its own is of, by the whole year its
    comparison's base names (baselines.BASELINE, OF_BASE): the year after the base, where
    that is the last year over at the ``reference`` date; "" for none.

    A change or a level compared with a year is of the year after it: "Die Exporte
    erreichten 410 Mio. US-Dollar, ein Plus von 27 Prozent gegenüber 2024", in January
    2026, are of 2025, as are "im Vergleich zu 2024", "verglichen mit dem Jahr 2024", "27
    Prozent mehr als 2024", "das 1,3-fache des Jahres 2024". A base further back compares
    over years ("doppelt so viel wie 2020"), one of the year before the text's names the
    year still running, whose figures are a part of it; "seit 2024", "vor 2024" are no base.

    >>> compared_year("410 Mio., ein Plus von 27 Prozent gegenüber 2024.", "2026-01-28")
    '2025'
    >>> compared_year("410 Mio., 27 Prozent mehr als 2024.", "2025-08-11")
    ''
    >>> compared_year("410 Mio. Dollar, seit 2024 verdoppelt", 2026)
    ''
    """
    year, _ = reference_parts(reference)
    if not year or str(year - 2) not in text:
        return ""
    for found in re.finditer(rf"(?<![\d.,]){year - 2}(?![\d.,]\d)", text):
        before = text[max(0, found.start() - BASELINE_REACH) : found.start()]
        base = BASELINE.search(before) if before.rstrip().endswith(BASELINE_ENDS) else None
        if (base is not None and not _NO_BASE.match(base[0])) or OF_BASE.search(
            _GENITIVE_YEAR.sub("", before)
        ):
            return periods.year(year - 1)
    return ""


# The words of BASELINE that name a time, not a comparison's base ("seit 2024", "vor 2024").
_NO_BASE = re.compile(r"\s*(?:[Ss]eit|[Vv]or)(?!\w)")
_GENITIVE_YEAR = re.compile(r"Jahres\s+$")  # "des Jahres 2024": OF_BASE ends with "des"
