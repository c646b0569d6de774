"""Quantities in German text: the number grammar that finds each figure's span and value.

Given a sentence of the body mask, :func:`find_quantities` finds every number
that quantifies something (digits or a German number word), with its
qualifier, scale, unit or counted noun, following ``shared/spec/figures.md``.
What a figure's context adds (sentence, footnote, date, topic) is
:mod:`bycn.text.figures`' job.

>>> from bycn.text.structure import parse_structure
>>> s = parse_structure("Sie stieg um mehr als das 2,5-fache auf 222,6 Millionen Br.")
>>> [(q.value, q.unit, q.qualifier) for q in find_quantities(s.body, s.sentences[0])]
[(2.5, 'times', 'more_than'), (222600000.0, 'BYN', 'exact')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from bycn.text.numbers import (
    CURRENCIES,
    MEASURES,
    NUMBER_WORD,
    SCALES,
    parse_number_word,
    parse_numeral,
)
from bycn.text.structure import Sentence, fold
from bycn.vocabulary import MONTHS

__all__ = ["Quantity", "find_quantities"]

# --- the grammar ---------------------------------------------------------------------

_CURRENCY = "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(CURRENCIES))
_MEASURE = "|".join(f"(?P<m{i}>{p})" for i, (p, _) in enumerate(MEASURES))
_SCALE = r"Tausend|Tsd\.?|Millionen|Million|Mio\.?|Milliarden|Milliarde|Mrd\.?|Billionen|Bio\."

_NUMERAL = re.compile(r"[-−]?\d+(?:[.,]\d+)*")
# What may follow the number: a multiple, a percentage, or scale, currency, measure.
_AFTER = re.compile(
    r"(?P<bang>\s?\(!\))?(?:"
    r"(?P<mult>\s?-\s?(?:[Ff]ache[nrs]?|fach(?:e[nrs]?)?)(?!\w)|\s?-?mal(?!\w)|\s+Mal(?!\w))"
    r"|(?P<pct>\s?%|\s+Prozent(?:punkte[n]?)?(?!\w))"
    rf"|(?:\s*(?P<scale>{_SCALE})(?!\w))?(?:\s*(?:{_CURRENCY})|\s+(?:{_MEASURE}))?"
    r")"
)
_CURRENCY_BEFORE = re.compile(r"(?P<cur>US\$|\$|USD|EUR|€)\s?$")
_QUALIFIERS = {
    "nicht weniger als": "at_least",
    "mindestens": "at_least",
    "nicht mehr als": "up_to",
    "bis zu": "up_to",
    "weniger als": "less_than",
    "mehr als": "more_than",
    "über": "more_than",
    "mehr": "more_than",
    "fast": "almost",
    "knapp": "almost",
    "beinahe": "almost",
    "nahezu": "almost",
    "etwa": "about",
    "rund": "about",
    "ca.": "about",
    "circa": "about",
    "zirka": "about",
    "ungefähr": "about",
    "annähernd": "about",
}
_QUALIFIER_BEFORE = re.compile(
    r"(?<![\w.])(?P<q>nicht\s+weniger\s+als|nicht\s+mehr\s+als|weniger\s+als|mehr\s+als|mindestens"
    r"|bis\s+zu|fast|knapp|beinahe|nahezu|etwa|rund|ca\.|circa|zirka|ungefähr|annähernd|über|mehr)"
    r"\s+(?:(?:das|die|den|dem)\s+)?$",
    re.IGNORECASE,
)
_EXCEED_VERB = re.compile(
    r"\b(?:überschritten|überschritt|überschreitet|überstiegen|überstieg|übersteigt|übertroffen|übertraf)\b"
)

_ADJECTIVE = r"[a-zäöüß][\w-]*(?:e|en|er|es|em)"
_NOT_ADJECTIVES = frozenset(
    [
        "denen",
        "deren",
        "dessen",
        "werden",
        "wurden",
        "worden",
        "haben",
        "hatten",
        "waren",
        "sollen",
        "sollten",
        "können",
        "konnten",
        "müssen",
        "wollen",
        "unter",
        "oder",
        "aber",
        "über",
        "wieder",
        "weiter",
        "immer",
        "einer",
        "einen",
        "einem",
        "eines",
        "seinen",
        "ihren",
        "diesen",
        "diese",
        "jeder",
        "jede",
        "jeden",
        "sowie",
        "bereits",
        "insgesamt",
        "gegenüber",
        "hinter",
        "innerhalb",
        "außerhalb",
        "nach",
        "zwischen",
        "entgegen",
        "jene",
        "jener",
        "welche",
        "welcher",
        "seine",
        "ihre",
        "unsere",
        "unserer",
        "sie",
        "wie",
        "je",
        "pro",
        "mehrere",
        "mehreren",
        "nahe",
        "ganze",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
    ]
)
_NOUN_PHRASE = re.compile(
    rf"(?P<adjs>(?:\s+(?:[a-zäöüß]+\s+(?={_ADJECTIVE}\s))?{_ADJECTIVE}(?:,|\s+und|\s+oder|\s+sowie)?"
    rf"|\s+(?:in|aus)\s+[A-ZÄÖÜ][\w-]*(?=\s+{_ADJECTIVE}\s))*)"
    r"\s+(?P<noun>[A-ZÄÖÜ][\w]*(?:-\s+und\s+[A-ZÄÖÜ][\w]*)?[\w-]*[\w])"
)
_TIME_NOUN = re.compile(
    r"(?:Jahr|Jahre|Jahren|Jahres|Monat|Monate|Monaten|Monats|Woche|Wochen|Tag|Tage|Tagen|"
    r"Quartal|Quartale|Quartalen|Stunde|Stunden|Minute|Minuten|Sekunden|Jahrzehnt|Jahrzehnte|"
    r"Jahrzehnten|Jahrhundert|Jahrhunderte|Jahrhunderten|Halbjahr|Halbjahre|Semester|Runde|Runden)$"
)
_MONTH_WORD = re.compile(rf"(?:{'|'.join(MONTHS)})$")
_DURATION_SUFFIX = re.compile(r"-(?:jährig|tägig|monatig|wöchig|stündig|jahres)", re.IGNORECASE)
_IDENTIFIER_BEFORE = re.compile(
    r"(?:\bNr\.?|\bNummer|\bNo\.|\bBand|\bBd\.|\bC\.|\bS\.|\bSeite[n]?|\bArtikel|\bArt\.|\bAbs\."
    r"|\bPunkt|\bKapitel|\bTeil|\bVersion|\bTyp|\bKlasse|\bModell|\b[A-ZÄÖÜ]{2,}[\w-]*)\s*$"
)
_RANK_BEFORE = re.compile(r"(?P<w>\b(?:Platz|Rang|Position))\s+$")
_ORDINAL_BEFORE = re.compile(
    r"\b(?:der|die|das|den|dem|des|als|zum|zur|ein|einer|eines|sein|ihr)\s+$", re.I
)
_RANGE_LINK = re.compile(r"\s*(?:bis(?:\s+zu)?|auf|-|–|und|oder)\s*(?=[-−]?\d)")
_ELIDED_NOUN = re.compile(
    r"(?:von\s+denen|von\s+ihnen|davon|darunter|unter\s+ihnen)\s+(?:\w+\s+){0,2}$"
)
_AFTER_COLON = re.compile(r":\s*$")
_ELIDED_AFTER = re.compile(r"\s+(?:davon|von\s+ihnen|von\s+denen)(?!\w)")
_ANTECEDENT = re.compile(
    r"(?:Zahl|Anzahl|Zuwachs|Rekordzuwachs|Anstieg|Zunahme)\s+(?:der|an|von)\s+(?P<noun>[A-ZÄÖÜ][\w-]*)"
)
_WORD_MULTIPLE = re.compile(r"(?<![\w-])(?P<w>[A-Za-zäöüß]+?)(?:fache[nrs]?|fach)(?!\w)")
_DUTZEND = re.compile(r"(?<![\w-])(?P<ein>[Ee]in(?:e[mns]?)?\s+)Dutzend(?!\w)")
_YEAR = re.compile(r"(?:1[89]|20)\d{2}")
_HYPHENATED = re.compile(r"[^\W\d]-$")


@dataclass(frozen=True)
class Quantity:
    """A figure found in the body, before its context (sentence, source, date) is added.

    ``[start:end]`` is the span (qualifier to unit); ``number_start`` where its number starts.
    """

    start: int
    end: int
    number_start: int
    value: float
    unit: str
    item: str
    qualifier: str
    kind: str


# --- candidates ----------------------------------------------------------------------


def find_quantities(body: str, sentence: Sentence) -> list[Quantity]:
    """Every quantity in ``sentence`` of the body mask ``body``, in text order."""
    lo, hi = sentence.start, sentence.end
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def add(candidate: Quantity | None) -> None:
        if candidate is None:
            return
        if any(s <= candidate.number_start < e for s, e in taken):
            return
        taken.append((candidate.number_start, candidate.end))
        found.append(candidate)

    text = body[lo:hi]
    for match in _DUTZEND.finditer(body, lo, hi) if "Dutzend" in text else ():
        add(_dutzend(body, match, lo, hi))
    for match in _WORD_MULTIPLE.finditer(body, lo, hi) if "fach" in text else ():
        value = parse_number_word(match.group("w"))
        if value is not None and value >= 2:
            add(
                _finish(
                    body,
                    lo,
                    hi,
                    match.start(),
                    match.end(),
                    match.start(),
                    value,
                    "times",
                    "",
                    "multiple",
                )
            )
    tokens: list[tuple[int, re.Match[str], bool]] = [
        (m.start(), m, False) for m in _NUMERAL.finditer(body, lo, hi)
    ] + [(m.start(), m, True) for m in NUMBER_WORD.finditer(body, lo, hi)]
    counted: list[str] = []
    for _, match, word in sorted(tokens, key=lambda t: t[0]):
        if (
            found
            and found[-1].kind == "count"
            and found[-1].item
            and (not counted or counted[-1] is not found[-1].item)
        ):
            counted.append(found[-1].item)
        if word:
            value = parse_number_word(match.group())
            if value is not None and value >= 1.5:
                add(
                    _quantity(
                        body, lo, hi, match.start(), match.end(), value, word=True, counted=counted
                    )
                )
        else:
            add(_numeral(body, match, lo, hi, counted))
    found.sort(key=lambda c: c.number_start)
    return _apply_exceed_verbs(body, lo, hi, found)


def _numeral(
    body: str, match: re.Match[str], lo: int, hi: int, counted: list[str]
) -> Quantity | None:
    token = match.group()
    start, end = match.span()
    before = body[max(lo, start - 40) : start]
    after = body[end : min(hi + 40, end + 60)]
    signed = token[0] in "-−"
    if signed:
        # A minus glued to a word is a hyphen (COVID-19); after a digit it links a range.
        glued = not before[-1:].isspace() and before[-1:] not in ("", "(", "[")
        if before[-1:].isalnum() or glued:
            token, start, signed = token[1:], start + 1, False
            before = body[max(lo, start - 40) : start]
            if before[-2:-1].isalpha():
                return None
    elif before[-1:].isalnum() or before[-1:] == "_" or _HYPHENATED.search(before):
        return None
    if after[:1].isalpha() and not _AFTER.match(after).group("scale"):
        return None
    if "." in token and not re.fullmatch(r"[-−]?\d{1,3}(?:\.\d{3})+(?:,\d+)?", token):
        return None  # "3.5" or "2017.10": not a German numeral
    value = parse_numeral(token)
    # Footnote-style and list labels: "1)" or a bracketed year "[2021]".
    if (
        re.match(r"\)", after)
        and not re.match(r"\(!\)", after)
        and not before.rstrip().endswith("(")
    ):
        return None
    if before.endswith("[") or re.match(r"\s*:\d", after) or re.match(r"\s*Uhr\b", after):
        return None
    if _DURATION_SUFFIX.match(after):
        return None
    if _IDENTIFIER_BEFORE.search(before) and not _CURRENCY_BEFORE.search(before):
        return None
    date_like = re.match(
        rf"\.\s*(?:{'|'.join(MONTHS)})\b",
        after,
    )
    if date_like:
        return None
    if rank := _RANK_BEFORE.search(before):
        return _finish(
            body,
            lo,
            hi,
            start - len(before) + rank.start(),
            end,
            start,
            value,
            "rank",
            "",
            "rank",
            qualify=False,
        )
    ordinal = re.match(r"\.\s+(?P<noun>[A-ZÄÖÜ][\w-]*[\w])", after)
    if ordinal and _ORDINAL_BEFORE.search(before) and re.fullmatch(r"\d{1,4}", token):
        noun = ordinal.group("noun")
        return _finish(
            body,
            lo,
            hi,
            start,
            end + ordinal.end(),
            start,
            value,
            "ordinal",
            noun,
            "ordinal",
            qualify=False,
        )
    is_year = not signed and _YEAR.fullmatch(token) is not None
    return _quantity(
        body, lo, hi, start, end, value, is_year=is_year, signed=signed, counted=counted
    )


def _quantity(
    body: str,
    lo: int,
    hi: int,
    start: int,
    end: int,
    value: float,
    word: bool = False,
    is_year: bool = False,
    signed: bool = False,
    counted: list[str] | None = None,
) -> Quantity | None:
    """Read scale, unit or counted noun after a number at ``[start:end]``."""
    after = body[end : min(hi, end + 120)]
    unit_match = _AFTER.match(after)
    scale = unit_match.group("scale")
    unit, kind, span_end = "", "", end
    if unit_match.group("mult") and not word:
        unit, kind, span_end = "times", "multiple", end + unit_match.end()
    elif unit_match.group("pct") and not word:
        unit, kind, span_end = "percent", "share", end + unit_match.end()
    else:
        currency = _group_unit(unit_match, "c", CURRENCIES)
        measure = _group_unit(unit_match, "m", MEASURES)
        if currency:
            unit, kind, span_end = currency, "amount", end + unit_match.end()
        elif measure:
            unit, kind, span_end = measure, "measure", end + unit_match.end()
        elif scale:
            span_end = end + unit_match.end()
    if scale:
        value = _scaled(value, SCALES[scale.lower()])
    prefix = body[max(lo, start - 6) : start]
    currency_before = _CURRENCY_BEFORE.search(prefix)
    span_start = start
    if currency_before and not unit:
        unit, kind = _currency_unit(currency_before.group("cur")), "amount"
        span_start = start - (len(prefix) - currency_before.start())
    if (
        is_year
        and not unit
        and not scale
        and not _QUALIFIER_BEFORE.search(body[max(lo, start - 30) : start])
    ):
        return None
    item = ""
    if not unit:
        rest = body[span_end : min(hi, span_end + 120)]
        noun = _counted_noun(rest)
        if noun is not None:
            noun_text, noun_end = noun
            if _TIME_NOUN.match(noun_text) or _MONTH_WORD.match(noun_text):
                return None
            unit, kind, item, span_end = "count", "count", noun_text, span_end + noun_end
        else:
            inherited = _range_partner(body, lo, hi, span_end)
            if inherited is not None:
                unit, kind, item, factor = inherited
                value = value if scale else _scaled(value, factor)
            else:
                antecedent = _antecedent(body, lo, start, span_end, counted or [])
                if antecedent is None and not scale:
                    return None
                unit, kind, item = "count", "count", antecedent or ""
    if signed and kind == "count":
        return None
    return _finish(body, lo, hi, span_start, span_end, start, value, unit, item, kind)


def _finish(
    body: str,
    lo: int,
    hi: int,
    span_start: int,
    span_end: int,
    number_start: int,
    value: float,
    unit: str,
    item: str,
    kind: str,
    qualify: bool = True,
) -> Quantity:
    qualifier = "exact"
    if qualify:
        match = _QUALIFIER_BEFORE.search(body[max(lo, span_start - 30) : span_start])
        if match:
            qualifier = _QUALIFIERS[fold(match.group("q")).lower()]
            span_start = span_start - (
                len(body[max(lo, span_start - 30) : span_start]) - match.start()
            )
    return Quantity(span_start, span_end, number_start, value, unit, item, qualifier, kind)


def _scaled(value: float, factor: float) -> float:
    # 32.7 * 1e9 is 32700000000.000004 in binary floating point; the text meant 32.7e9.
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


def _group_unit(match: re.Match[str], prefix: str, table: tuple[tuple[str, str], ...]) -> str:
    for i, (_, unit) in enumerate(table):
        if match.group(f"{prefix}{i}"):
            return unit
    return ""


def _currency_unit(written: str) -> str:
    for pattern, unit in CURRENCIES:
        if re.fullmatch(pattern, written):
            return unit
    return "USD"


def _counted_noun(rest: str) -> tuple[str, int] | None:
    """The noun a count quantifies, skipping adjectives: ``80 belarussischen Projekten``."""
    match = _NOUN_PHRASE.match(rest)
    if not match:
        return None
    for adjective in re.findall(r"(?<![\w-])[a-zäöüß][\w-]*", match.group("adjs")):
        if adjective in _NOT_ADJECTIVES:
            return None
    return match.group("noun"), match.end()


def _range_partner(body: str, lo: int, hi: int, end: int) -> tuple[str, str, str, float] | None:
    """``von 21,7 auf 32,7 Mrd€``: the first number takes the second's scale and unit."""
    link = _RANGE_LINK.match(body, end, hi)
    if not link:
        return None
    second = _NUMERAL.match(body, link.end(), hi)
    if not second:
        return None
    after = body[second.end() : min(hi, second.end() + 120)]
    unit_match = _AFTER.match(after)
    scale = unit_match.group("scale")
    factor = SCALES[scale.lower()] if scale else 1.0
    if unit_match.group("mult"):
        return "times", "multiple", "", 1.0
    if unit_match.group("pct"):
        return "percent", "share", "", 1.0
    currency = _group_unit(unit_match, "c", CURRENCIES)
    if currency:
        return currency, "amount", "", factor
    measure = _group_unit(unit_match, "m", MEASURES)
    if measure:
        return measure, "measure", "", factor
    noun = _counted_noun(body[second.end() + unit_match.end() : min(hi, second.end() + 120)])
    if noun and not _TIME_NOUN.match(noun[0]) and not _MONTH_WORD.match(noun[0]):
        return "count", "count", noun[0], factor
    return None


def _antecedent(body: str, lo: int, start: int, end: int, counted: list[str]) -> str | None:
    """The noun an elided count refers to.

    ``40 Bildungsprogramme ..., von denen 10`` and ``6 davon`` take the noun of the
    count before them; ``Partnerstädten ..., von denen Minsk vier hat`` the last
    noun before ``von denen``; ``die Zahl der Bewohner ... auf 90`` the noun after ``Zahl der``.
    """
    before = body[lo:start]
    elided = _ELIDED_NOUN.search(before)
    # "drei Neuansiedlungen ...: zwei mit Kapital aus Belarus" counts the same noun.
    listed = counted and _AFTER_COLON.search(before)
    if elided or listed or _ELIDED_AFTER.match(body, end):
        if counted:
            return counted[-1]
        head = before[: elided.start()] if elided else before
        nouns = re.findall(r"(?<![\w-])([A-ZÄÖÜ][\w-]*[\w])", head)
        return nouns[-1] if nouns else None
    matches = list(_ANTECEDENT.finditer(before))
    if matches:
        return matches[-1].group("noun")
    return None


def _dutzend(body: str, match: re.Match[str], lo: int, hi: int) -> Quantity:
    number_start = match.start() + len(match.group("ein"))
    end = match.end()
    noun = _counted_noun(body[end : min(hi, end + 120)])
    item, span_end = ("", end) if noun is None else (noun[0], end + noun[1])
    return Quantity(match.start(), span_end, number_start, 12.0, "count", item, "about", "count")


def _apply_exceed_verbs(body: str, lo: int, hi: int, found: list[Quantity]) -> list[Quantity]:
    """``überstiegen ... 100 Millionen Dollar``: the verb makes the nearest figure ``more_than``."""
    result = list(found)
    for verb in _EXCEED_VERB.finditer(body, lo, hi):
        nearest = None
        for i, c in enumerate(result):
            if c.qualifier != "exact" or c.kind in ("ordinal", "rank"):
                continue
            gap = (
                body[c.end : verb.start()] if c.end <= verb.start() else body[verb.end() : c.start]
            )
            if len(gap) > 90 or re.search(r"[,;:]|\d(?<!\[\d)", _strip_years(gap)):
                continue
            if nearest is None or abs(c.start - verb.start()) < abs(
                result[nearest].start - verb.start()
            ):
                nearest = i
        if nearest is not None:
            c = result[nearest]
            result[nearest] = Quantity(
                c.start, c.end, c.number_start, c.value, c.unit, c.item, "more_than", c.kind
            )
    return result


def _strip_years(text: str) -> str:
    return re.sub(r"\[?(?:19|20)\d{2}\]?", "", text)
