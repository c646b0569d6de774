"""How a briefing writes numbers, amounts, periods and dates, in English and German.

Separators, percent signs, the place of a currency code and the short scale
words (``Mio.``, ``Mrd.``) come from the locale data of Babel (CLDR), so no
rule here is written for one language. The house style adds one thing: English
amounts use the ``m``/``bn`` abbreviations of financial journalism instead of
CLDR's ``M``/``B`` (``texts.yaml``, ``compact``). The words around the numbers
(qualifiers, ``times``) are in ``texts.yaml``.

>>> format_value(730_600_000, "USD", "exact", "en").replace("\\xa0", " ")
'USD 730.6 m'
>>> format_value(730_600_000, "USD", "exact", "de").replace("\\xa0", " ")
'730,6 Mio. USD'
>>> format_value(1800, "count", "more_than", "de")
'mehr als 1.800'
>>> format_period("2023-01/2023-05", "en", short=True), format_period("2022-Q1", "de")
('Jan–May 2023', '1. Quartal 2022')
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from bycn import periods
from bycn.exceptions import ParameterError
from bycn.vocabulary import LANGUAGES, MONEY_UNITS

__all__ = [
    "NBSP",
    "UnknownLanguageError",
    "canonical_period",
    "format_day",
    "format_number",
    "format_period",
    "format_share",
    "format_value",
    "plural",
    "qualifier_sign",
    "short_value",
    "texts",
]

#: The no-break space Babel puts between a number and its unit or scale word.
NBSP = "\u00a0"
_LOCALE = {"en": "en", "de": "de"}
_SIGNS = {
    "more_than": ">",
    "at_least": "≥",
    "almost": "≈",
    "about": "≈",
    "up_to": "≤",
    "less_than": "<",
}


class UnknownLanguageError(ParameterError, ValueError):
    """A language briefings are not written in."""


@cache
def _all_texts() -> Mapping[str, Any]:
    from bycn.yamlfiles import safe_load

    return safe_load(resources.files(__package__).joinpath("texts.yaml").read_text("utf-8"))


def texts(language: str = "en") -> Mapping[str, Any]:
    """The headings, labels and sentence templates of ``language`` from ``texts.yaml``."""
    data = _all_texts()
    if language not in LANGUAGES or language not in data:
        raise UnknownLanguageError(
            f"language {language!r} is not known; choose one of: {', '.join(LANGUAGES)}"
        )
    return data[language]


def format_number(value: float, language: str = "en", decimals: int = 2) -> str:
    """A number as the locale writes it, with at most ``decimals`` decimals, none trailing.

    >>> format_number(1234.5, "de"), format_number(1234.5, "en"), format_number(2.0, "en")
    ('1.234,5', '1,234.5', '2')
    """
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=_LOCALE[language])


def _compact(value: float, language: str) -> str:
    """``5.8 bn`` / ``5,8 Mrd.``: the locale's short compact form, house words for English."""
    from babel.numbers import format_compact_decimal

    text = format_compact_decimal(
        value, format_type="short", locale=_LOCALE[language], fraction_digits=2
    )
    words = texts(language).get("compact") or {}
    match = re.fullmatch(r"(-?[\d.,]+)([\s\u00a0]?)([^\d\s.,].*)?", text)
    if match is None or not match[3]:
        return text
    word = words.get(match[3], match[3])
    return f"{match[1]}{NBSP if word != match[3] else match[2]}{word}"


@cache
def _currency_first(language: str) -> bool:
    from babel import Locale

    pattern = Locale.parse(_LOCALE[language]).currency_formats["standard"].pattern
    return pattern.strip().startswith("¤")


def format_value(value: float, unit: str, qualifier: str = "exact", language: str = "en") -> str:
    """A value with its unit and qualifier, as a reader expects it in ``language``.

    >>> format_value(1.24e9, "USD", "exact", "en"), format_value(2.5, "times", "more_than", "en")
    ('USD 1.24\\xa0bn', 'more than 2.5×')
    >>> format_value(16, "percent", "exact", "de"), format_value(86, "ordinal", "exact", "de")
    ('16\\xa0%', 'Nr. 86')
    """
    t = texts(language)
    if unit in MONEY_UNITS:
        number = _compact(value, language)
        core = f"{unit} {number}" if _currency_first(language) else f"{number}{NBSP}{unit}"
    elif unit == "percent":
        core = format_share(value / 100, language, decimals=2)
    elif unit in t["unit_patterns"]:
        core = t["unit_patterns"][unit].format(n=format_number(value, language))
    else:
        core = f"{format_number(value, language)}{NBSP}{unit}"
    prefix = t["qualifiers"].get(qualifier, "")
    return f"{prefix} {core}" if prefix else core


def format_share(fraction: float, language: str = "en", decimals: int = 1) -> str:
    """A fraction as a percentage, with at most ``decimals`` decimals of the percentage.

    Rounded in decimal, so binary noise never shows (``10.099999999999999%``).

    >>> format_share(0.101, "en"), format_share(0.16, "de"), format_share(0.12345, "en", 2)
    ('10.1%', '16\xa0%', '12.35%')
    """
    from decimal import ROUND_HALF_UP, Decimal

    from babel.numbers import format_percent

    percent = Decimal(repr(float(fraction))) * 100
    rounded = percent.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return format_percent(rounded / 100, locale=_LOCALE[language], decimal_quantization=False)


def qualifier_sign(qualifier: str) -> str:
    """The sign a chart label puts before a qualified value: ``>`` for ``more_than``."""
    return _SIGNS.get(qualifier, "")


def short_value(value: float, unit: str, qualifier: str, scale: int, language: str) -> str:
    """A chart's data label: the value in the axis' scale, its qualifier as a sign (``>100``).

    >>> short_value(5.8e9, "USD", "almost", 1_000_000_000, "de")
    '≈5,8'
    """
    shown = value / scale
    number = format_number(round(shown, 2 if abs(shown) < 10 else 1), language)
    return qualifier_sign(qualifier) + number


def format_period(as_of: str, language: str = "en", *, short: bool = False) -> str:
    """A period in words (``2021``, ``Q1 2022``, ``January–May 2021``); ``short`` abbreviates
    the months (``Jan–May 2023``), for chart axes. An empty ``as_of`` reads ``undated``.

    >>> format_period("2022-12", "de"), format_period("", "en"), format_period("2023-01/2023-03")
    ('Dezember 2022', 'undated', 'Q1 2023')
    """
    label = periods.label(canonical_period(as_of), language)
    if label is None:
        return texts(language)["undated"]
    if short:
        from babel.dates import get_month_names

        wide = get_month_names("wide", locale=_LOCALE[language])
        abbreviated = get_month_names("abbreviated", locale=_LOCALE[language])
        for number in range(12, 0, -1):
            label = re.sub(rf"\b{wide[number]}\b", abbreviated[number].rstrip("."), label)
    return label


def canonical_period(as_of: str) -> str:
    """A span that is a calendar quarter, written as one: ``Januar bis März 2023`` is the
    first quarter, and reads like the other quarters.

    >>> canonical_period("2023-01/2023-03"), canonical_period("2023-01/2023-05")
    ('2023-Q1', '2023-01/2023-05')
    """
    found = periods.bounds(as_of)
    if found is not None and "/" in as_of:
        (y0, m0), (y1, m1) = found
        if y0 == y1 and m0 % 3 == 1 and m1 == m0 + 2:
            return periods.quarter(y0, m1 // 3)
    return as_of


def plural(forms: Mapping[str, str], count: int, language: str, **fields: object) -> str:
    """The form of ``forms`` (CLDR plural categories: ``one``, ``other`` ...) that the
    language's plural rule picks for ``count``, filled in.

    >>> plural({"one": "{count} Dokument", "other": "{count} Dokumente"}, 2, "de")
    '2 Dokumente'
    """
    from babel import Locale

    category = Locale.parse(_LOCALE[language]).plural_form(count)
    return forms.get(category, forms["other"]).format(count=count, **fields)


def format_day(day: _dt.date, language: str = "en") -> str:
    """A calendar day in the locale's long form: ``26 November 2026`` is ``November 26, 2026``.

    >>> format_day(_dt.date(2026, 11, 26), "de")
    '26. November 2026'
    """
    from babel.dates import format_date

    return format_date(day, "long", locale=_LOCALE[language])
