"""The words of a period within a year, written once: months, quarters and half years.

The date patterns (:mod:`bycn.text.datepatterns`), a table's period header
(:mod:`bycn.text.tables`), the base of a change in a header cell (:mod:`bycn.text.units`)
and a dateline's month (:mod:`bycn.text.datelines`) read them from here.

>>> import re
>>> [bool(re.fullmatch(PERIOD_OF_YEAR, cell)) for cell in ("Jan.–Sept.", "I. Halbjahr", "Q3")]
[True, True, True]
>>> [bool(re.fullmatch(PERIOD_OF_YEAR, cell)) for cell in ("1. Hj.", "H2", "Quartal", "Jan")]
[True, True, False, False]
>>> ORDINAL["dritten"], ORDINAL["iv."]
(3, 4)
"""

from __future__ import annotations

from bycn.vocabulary import MONTHS, SHORT_MONTHS

__all__ = ["ANY_MONTH", "MONTH", "ORDINAL", "PERIOD_OF_YEAR"]

# An ordinal of a quarter or a half year, as a word, a Roman or an Arabic numeral.
_ORDINALS = ("ersten zweiten dritten vierten", "i. ii. iii. iv.", "1. 2. 3. 4.")
ORDINAL = {word: n for words in _ORDINALS for n, word in enumerate(words.split(), start=1)}

#: A month written out: "Januar", "März".
MONTH = f"(?:{'|'.join(MONTHS)})"
#: A month written out or cut short ("Aug.", "Sept."): in a dateline, or where a range or
#: a year follows it (a table's header: "Jan.-Aug. 2023").
ANY_MONTH = "(?:{})".format("|".join([*MONTHS, *(rf"{short}\." for short in SHORT_MONTHS)]))
#: A period within a year, before its year or alone: a month or a range of months
#: ("Januar–September", "Jan.-Juni", "Januar bis März"), a quarter or a half year ("I.
#: Quartal", "1. Halbjahr", "2. Hj.", "Q3", "H1").
PERIOD_OF_YEAR = (
    rf"(?:{ANY_MONTH}(?:\s*(?:[-–]|bis)\s*{ANY_MONTH})?"
    r"|(?:[IV]+\.|[1-4]\.|Q[1-4])\s*(?:Quartal|Halbjahr|Hj\.)?|H[12])"
)
