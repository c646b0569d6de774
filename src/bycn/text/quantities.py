"""Quantities in German text: the number grammar that finds each figure's span and value.

Given a sentence of the body mask, :func:`find_quantities` finds every number
that quantifies something (digits or a German number word), with its
qualifier, scale, unit or counted noun, following ``shared/spec/figures.md``.
What a figure's context adds (sentence, footnote, date, topic) is
:mod:`bycn.text.figures`' job. The parts of the grammar live beside it:
:mod:`~bycn.text.units` (what follows a number, table headers),
:mod:`~bycn.text.nouns` (counted nouns), :mod:`~bycn.text.groups` (a unit given
once for several numbers), :mod:`~bycn.text.qualifiers`,
:mod:`~bycn.text.notfigures` (dates, times, datelines), :mod:`~bycn.text.spacegroups`
(thousands grouped by spaces) and the word lists of
:mod:`~bycn.text.lexicon`.

Every number is read once, and what it needs from the rest of its sentence
(the noun it refers back to, its range partner, a verb) is looked up in
indexes built once per sentence: parsing time grows linearly with the sentence.

>>> from bycn.text.structure import parse_structure
>>> s = parse_structure("Sie stieg um mehr als das 2,5-fache auf 222,6 Millionen Br.")
>>> [(q.value, q.unit, q.qualifier) for q in find_quantities(s.body, s.sentences[0])]
[(2.5, 'times', 'more_than'), (222600000.0, 'BYN', 'exact')]
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import NamedTuple

from bycn.text.carried import carried_count, remember_count
from bycn.text.groups import Partners, joined_amounts, list_link_before
from bycn.text.lexicon import LEXICON, alternation, is_occasion
from bycn.text.notfigures import (
    counted_year,
    label_before,
    last_word,
    not_figure_at,
    opens_emphasis,
    word_before,
)
from bycn.text.nouns import SentenceNouns, counted_noun, is_time_noun
from bycn.text.numbers import apply_scale, is_numeral, parse_number_word
from bycn.text.paragraphcurrency import paragraph_currency
from bycn.text.partnouns import left_out_noun, partitive_noun
from bycn.text.qualifiers import governed_uber, qualifier_before, threshold_spans
from bycn.text.spacegroups import space_grouped
from bycn.text.structure import Sentence
from bycn.text.tables import column_noun, ends_cell, given_unit, is_row_at
from bycn.text.triggers import (
    DOZEN,
    EINS,
    NUMERAL,
    ONE_SCALE,
    WORD_MULTIPLE,
    Trigger,
    find_triggers,
)
from bycn.text.units import (
    Header,
    currency_before,
    header_at,
    header_spans,
    read_unit,
    reckoned_currency,
)

__all__ = ["Quantity", "find_quantities"]

_YEAR = re.compile(r"(?:1[89]|20)\d{2}")
_DURATION_SUFFIX = re.compile(r"-(?:jährig|tägig|monatig|wöchig|stündig|jahres)", re.IGNORECASE)
_RANK_NOUN = "|".join(sorted(LEXICON.rank_nouns, key=len, reverse=True))
_RANK_BEFORE = re.compile(rf"(?<!\w)(?P<w>{_RANK_NOUN})\s+$")
# "der 86. Bewohner", "das 14. gemeinsame Labor": up to two adjectives before the noun.
_ORDINAL = re.compile(
    r"\.\s+(?:[a-zäöüß][\w-]*(?:e|en|er|es|em)\s+){0,2}"
    r"(?P<noun>[A-ZÄÖÜ][\w-]*[\w])(?:\s+(?P<head>[A-ZÄÖÜ][\w-]*[\w]))?"
)
_ORDINAL_BEFORE = re.compile(
    rf"(?i)\b(?:d(?:e[rnms]|ie|as)|als|zu[mr]|ein(?:e[rs])?|{alternation('ordinal_possessives')})\s+$"
)
_COLON_DIGIT = re.compile(r"\s*:\d")
_VAGUE_BEFORE = re.compile(r"(?<!\w)(?:mehrere|einige|etliche|viele|ein\s+paar)\s+$", re.I)
_RESPECTIVELY = re.compile(r"\s*(?:bzw\.|beziehungsweise)\s*")
_REACH = 120


class Quantity(NamedTuple):
    """A figure found in the body, before its context (sentence, source, date) is added.

    ``[start:end]`` is the span (qualifier to unit); ``number_start`` where its number starts.
    A named tuple, not a frozen dataclass: made for every number read, it is built several
    times faster.
    """

    start: int
    end: int
    number_start: int
    value: float
    unit: str
    item: str
    qualifier: str
    kind: str


def find_quantities(body: str, sentence: Sentence) -> list[Quantity]:
    """Every quantity in ``sentence`` of the body mask ``body``, in text order."""
    triggers = find_triggers(body, sentence.start, sentence.end)
    if not triggers:
        return []
    reader = _Sentence(body, sentence.start, sentence.end)
    found = reader.quantities(triggers)
    counts = [q for q in found if q.kind == "count" and q.item]
    if counts:
        remember_count(body, sentence.end, [(q.start, q.item) for q in counts])
    return found


class _Sentence:
    """One sentence ``body[lo:hi]`` read left to right, number by number."""

    def __init__(self, body: str, lo: int, hi: int) -> None:
        self.body, self.lo, self.hi = body, lo, hi
        self.partners = Partners(body, lo, hi)
        self.skip = header_spans(body, lo, hi)
        self.skip_starts = [s for s, _ in self.skip] if self.skip else []
        self.skip_until = -1  # the end of the last date or time span met
        self.found: list[Quantity] = []
        self.taken_end = -1
        self.currency = ""  # the currency of the last amount: "9,8 Mrd." takes it

    @cached_property
    def in_table(self) -> bool:
        """Whether the sentence is a table's row (asked by numbers with no unit of their own)."""
        return self.body.find("|", self.lo, self.hi) >= 0 and is_row_at(self.body, self.lo)

    @cached_property
    def nouns(self) -> SentenceNouns:
        """The sentence's nouns, indexed when a number first needs them (few do)."""
        return SentenceNouns(self.body, self.lo, self.hi)

    def quantities(self, triggers: list[Trigger]) -> list[Quantity]:
        for start, kind, match in triggers:
            if start < self.taken_end or self._skipped(start):
                continue
            if kind == DOZEN:
                self._add(self._dutzend(match))
            elif kind == WORD_MULTIPLE:
                double = match.group("double")
                value = 2.0 if double else parse_number_word(match.group("w"))
                # "Anderthalbfache" is 1.5-fold; "einfach" (simple) is no multiple.
                if value is not None and value >= 1.5:
                    span = (match.start(), match.end())
                    self._add(self._finish(*span, start, value, "times", "", "multiple"))
            elif kind == EINS:
                self._add(self._word(match, 1.0))
            elif kind == NUMERAL:
                self._add(self._numeral(start, match.end()))
            elif kind == ONE_SCALE:
                self._add(self._quantity(*match.span(), 0.5 if match["half"] else 1.0, word=True))
            else:
                value = parse_number_word(match.group())
                if value is not None and value >= 1.5:
                    self._add(self._word(match, value))
        return self._thresholds()

    # --- bookkeeping -----------------------------------------------------------------

    def _skipped(self, offset: int) -> bool:
        if offset < self.skip_until:
            return True
        digit = offset + 1 if self.body[offset] in "-−+" else offset
        if self.body[digit : digit + 1].isdigit():
            end = not_figure_at(self.body, digit, self.hi)
            if end > 0:
                self.skip_until = end
                return True
        if not self.skip:
            return False
        i = bisect.bisect_right(self.skip_starts, offset) - 1
        return i >= 0 and self.skip[i][0] <= offset < self.skip[i][1]

    def _add(self, candidate: Quantity | None) -> None:
        if candidate is None or candidate.number_start < self.taken_end:
            return
        self.found.append(candidate)
        self.taken_end = candidate.end
        if candidate.kind == "amount":
            self.currency = candidate.unit

    def _thresholds(self) -> list[Quantity]:
        found = self.found = joined_amounts(self.body, self.found)
        for i in threshold_spans(self.body, self.lo, self.hi, found):
            if found[i].qualifier == "exact" and found[i].kind not in ("ordinal", "rank"):
                found[i] = found[i]._replace(qualifier="more_than")
        return found

    # --- numbers ---------------------------------------------------------------------

    def _numeral(self, start: int, end: int) -> Quantity | None:
        body, lo, hi = self.body, self.lo, self.hi
        token = body[start:end]
        before = body[max(lo, start - 40) : start]
        signed = token[0] in "-−+"
        if signed:
            # A sign glued to a word is a hyphen (COVID-19); after a digit it links a range;
            # after Markdown's emphasis it is the number's ("**+12,3**", "_-3,2_").
            glued = not before[-1:].isspace() and before[-1:] not in ("", "(", "[", ":", ";")
            if before[-1:].isalnum() or (glued and not opens_emphasis(before)):
                if token[0] == "+":
                    return None
                token, start, signed = token[1:], start + 1, False
                before = body[max(lo, start - 40) : start]
                if before[-2:-1].isalpha():
                    return None
        elif word_before(before):
            return None
        digits = token.lstrip("-−+")
        if not is_numeral(digits):
            return None  # "3.5", "2017.10", "1,2,4-Triazol": not a German numeral
        grouped = space_grouped(body, start + len(token) - len(digits), end, hi)
        if grouped is not None:
            end, digits = grouped
            token = token[: len(token) - len(token.lstrip("-−+"))] + digits
        after = body[end : min(hi + 40, end + 60)]
        if after[:1].isalpha():
            # A letter glued to the digits ends no number ("5G", "3D"), but a scale ("5Mio.")
            # or a multiple ("das 1,4fache", "3fach") read as written with a hyphen.
            unit = read_unit(body, end, min(hi, end + 60), before=before)
            if not (unit.scaled or unit.unit == "times"):
                return None
        if after[:1] == ")" and not before.rstrip().endswith("(") and not self._bracketed(start):
            return None  # a list label: "1)"; not the last value in brackets "(2020: 400)"
        rest = after.lstrip()
        if rest[:1] == ":" and _COLON_DIGIT.match(after):
            return None  # a ratio or a time: "3:1"
        if before.endswith("[") or rest.startswith("Uhr"):
            return None
        if after[:1] == "-" and _DURATION_SUFFIX.match(after):
            return None
        last = last_word(before)
        if label_before(body, before, last, digits, end, min(hi, end + _REACH)):
            return None  # "Nr. 9", "BELARUS 3523"
        sign = -1.0 if token[:1] in ("-", "−") else 1.0  # parse_numeral, digits checked above
        value = sign * float(digits.replace(".", "").replace(",", "."))
        if last in LEXICON.rank_nouns and (rank := _RANK_BEFORE.search(before)):
            first = start - len(before) + rank.start()
            return self._finish(first, end, start, value, "rank", "", "rank", qualify=False)
        ordinal = _ORDINAL.match(body, end, hi) if after[:1] == "." else None
        if ordinal and len(digits) <= 3:
            noun = ordinal.group("noun")
            if noun in LEXICON.rank_nouns:
                span = (start, ordinal.end("noun"))
                return self._finish(*span, start, value, "rank", "", "rank", qualify=False)
            if is_occasion(noun) or is_occasion(ordinal.group("head") or ""):
                return None  # "30. Jahrestag", "32. Harbiner Handelsmesse"
            if _ORDINAL_BEFORE.search(before) and noun not in LEXICON.function_words:
                span = (start, ordinal.end("noun"))
                return self._finish(*span, start, value, "ordinal", noun, "ordinal", qualify=False)
        is_year = not signed and len(digits) == 4 and _YEAR.fullmatch(digits) is not None
        return self._quantity(start, end, value, is_year=is_year, signed=signed, before=before)

    def _bracketed(self, start: int) -> bool:
        """Whether a bracket opened up to ``_REACH`` before ``start`` is open: ``(2020: 400)``."""
        lo = max(self.lo, start - _REACH)
        return self.body.rfind("(", lo, start) > self.body.rfind(")", lo, start)

    def _word(self, match: re.Match[str], value: float) -> Quantity | None:
        start, end = match.span()
        before = self.body[max(self.lo, start - 40) : start]
        rank = _RANK_BEFORE.search(before) if last_word(before) in LEXICON.rank_nouns else None
        if rank:
            first = start - len(before) + rank.start()
            return self._finish(first, end, start, value, "rank", "", "rank", qualify=False)
        if match.group() == "eins":
            previous = self.found[-1] if self.found else None
            gap = self.body[previous.end : start] if previous else ""
            if previous and previous.kind == "rank" and list_link_before(gap) and len(gap) < 12:
                return self._finish(start, end, start, value, "rank", "", "rank", qualify=False)
            return None
        if _VAGUE_BEFORE.search(before):
            return None  # "mehrere Hundert Studenten": no number of them
        return self._quantity(start, end, value, word=True, before=before)

    def _quantity(
        self,
        start: int,
        end: int,
        value: float,
        word: bool = False,
        is_year: bool = False,
        signed: bool = False,
        before: str | None = None,
    ) -> Quantity | None:
        """Read scale, unit or counted noun after a number at ``[start:end]``.

        ``before``: the sentence's text of up to 40 characters before it, if read already.
        """
        body, lo, hi = self.body, self.lo, self.hi
        stop = min(hi, end + _REACH)
        if before is None:
            before = body[max(lo, start - 40) : start]
        reading = read_unit(body, end, stop, word=word, before=before)
        unit, kind, item, span_end = reading.unit, reading.kind, "", end + reading.end
        if reading.scaled:
            value = apply_scale(value, reading.factor)
        span_start = start
        sign = currency_before(body[max(lo, start - 6) : start])
        if sign and self.found and self.found[-1].end > start - sign[1]:
            sign = None  # the figure before took it: "5 Mio. USD 2019"
        if sign and (not unit or unit == sign[0]):
            unit, kind, span_start = sign[0], "amount", start - sign[1]
        # a year's digits are no figure, unless they count something: after a qualifier
        # ("über 2000 Studenten"), or a round hundred before a noun (notfigures.counted_year)
        counts = not is_year or unit or reading.scaled or qualifier_before(before)
        if not counts and not counted_year(body, start, end):
            return None
        header = None if unit else header_at(body, start)
        # The unit the row's column header or first cell gives ("| Quartal | Mio. USD |")
        # before one given for the whole table ("| Jahr | Handel (Mio. Euro) | Anteil, % |").
        given = None if unit or not self.in_table else given_unit(body, self.lo, start, header)
        if (
            given
            and ends_cell(self.body, span_end, self.hi)
            and not counted_noun(body, span_end, stop)
        ):
            value = value if reading.scaled else apply_scale(value, given.factor)
            return self._finish(span_start, span_end, start, value, given.unit, "", given.kind)
        if header is not None and ends_cell(self.body, span_end, self.hi):
            if reading.scaled and header.factor != 1.0:
                header = None
            elif signed and header.change_unit:
                unit, kind = header.change_unit, "share"
                return self._finish(span_start, span_end, start, value, unit, "", kind)
            else:
                factor = 1.0 if reading.scaled else header.factor
                value = apply_scale(value, factor)
                unit, kind = header.unit, header.kind
                return self._finish(span_start, span_end, start, value, unit, "", kind)
        scaled = reading.scaled
        if not unit or (kind == "amount" and not scaled):
            partner = self.partners.after(span_end)
            if partner is not None and unit and partner.unit in (unit, ""):
                value = apply_scale(value, partner.factor) if partner.scaled else value
            elif partner is not None and partner.unit and not unit:
                unit, kind, item = partner.unit, partner.kind, partner.item
                value = value if scaled else apply_scale(value, partner.factor)
            elif partner is not None and partner.scaled and not unit and not scaled:
                value, scaled = apply_scale(value, partner.factor), True  # "12,4 bzw. 19,9 Mio."
        if not unit:
            found = self._noun_or_antecedent(start, span_end, stop, scaled, header)
            if found is None:
                return None
            unit, kind, item, span_end = found
        if signed and kind == "count":
            return None
        return self._finish(span_start, span_end, start, value, unit, item, kind)

    def _reckoned(self, start: int) -> str:
        """The currency a phrase after the sentence's last figure names (``in US-Dollar``)."""
        return reckoned_currency(self.body, max(self.lo, self.taken_end), start)

    def _noun_or_antecedent(
        self, start: int, end: int, stop: int, scaled: bool, header: Header | None
    ) -> tuple[str, str, str, int] | None:
        noun = counted_noun(self.body, end, stop)
        if noun is not None:
            if is_time_noun(noun[0]) or noun[0] in LEXICON.times_nouns:
                return None
            return "count", "count", noun[0], end + noun[1]
        if not scaled and (whole := partitive_noun(self.body, end, stop)):
            return None if is_time_noun(whole) else ("count", "count", whole, end)
        # a currency named after the last figure ("In US-Dollar gerechnet waren es 8,4 Mrd.")
        given = header.unit if header and header.kind == "amount" else ""
        if scaled and (currency := self._reckoned(start) or self.currency or given):
            return currency, "amount", "", end
        previous = self.found[-1] if self.found else None
        if previous is not None and previous.kind in ("count", "rank") and not scaled:
            gap = self.body[previous.end : start]
            if len(gap) <= 40 and list_link_before(gap) and not re.search(r"\d", gap):
                return previous.unit, previous.kind, previous.item, end
        if self.in_table and (noun := column_noun(self.body, self.lo, start)):
            return "count", "count", noun, end  # "| BSU | 2.140 |" under "| ... | Studierende |"
        counted = previous.item if previous is not None and previous.kind == "count" else ""
        carried = "" if counted else carried_count(self.body, self.lo, scaled)
        antecedent = self.nouns.antecedent(start, end, counted, carried)
        if antecedent is None and not scaled and left_out_noun(self.body, end, stop):
            antecedent = counted or carried or None  # "60 Residenten ... 27 neue kamen hinzu"
        if antecedent is None and not scaled:
            return None
        if antecedent is None and (currency := paragraph_currency(self.body, start)):
            return currency, "amount", "", end
        return "count", "count", antecedent or "", end

    def _finish(
        self,
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
        if kind == "count" and self.body.find("Dutzend", number_start, span_end) >= 0:
            qualifier = "about"  # "zwei Dutzend Firmen": about 24, as "ein Dutzend" is
        if qualify:
            found = qualifier_before(self.body[max(self.lo, span_start - 30) : span_start])
            if found:
                qualifier, length = found
                span_start -= length
                if self.body.startswith(("über", "Über"), span_start) and governed_uber(
                    self.body, self.lo, self.hi, span_start, span_end
                ):
                    qualifier, span_start = "exact", span_start + length
            elif self.found and _RESPECTIVELY.fullmatch(self.body, self.found[-1].end, span_start):
                qualifier = self.found[-1].qualifier  # "etwa sieben bzw. acht Prozent": both
        return Quantity(span_start, span_end, number_start, value, unit, item, qualifier, kind)

    def _dutzend(self, match: re.Match[str]) -> Quantity:
        number_start = match.start() + len(match.group("ein"))
        end = match.end()
        noun = counted_noun(self.body, end, min(self.hi, end + _REACH))
        item, span_end = ("", end) if noun is None else (noun[0], end + noun[1])
        return Quantity(
            match.start(), span_end, number_start, 12.0, "count", item, "about", "count"
        )
