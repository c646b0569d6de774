"""The dates the sentences before a figure's give it, where its own sentence names none:
the nearest dated sentence of its paragraph, a list's lead-in, an interview's question.

Split from ``figures.py`` (its concern of context dating): the figures' context there
holds a :class:`ContextDates` and gives it the document's structure and how to read each
sentence's dates (``dates_of``) and text (``body_of``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bycn.periods import bounds, months, part_of, shift_years
from bycn.text.baselines import BASELINE_REACH, compared_year, is_base
from bycn.text.dates import DateMention, ends_after, find_dates, named
from bycn.text.nouns import QUESTION_END
from bycn.text.plandates import PLAN_BEFORE, planned_clause
from bycn.text.sentencedates import SINCE_START, SPAN_TO_NOW, SentenceDates, last_date
from bycn.text.sentences import is_heading, is_item, list_heading
from bycn.text.structure import Sentence, Structure
from bycn.text.tense import points_back

__all__ = ["ContextDates", "compared_part"]

# A comparison with a part of a year, its base words and the part up to its year ("gegenüber
# dem ersten Halbjahr 2025", "im Vergleich zu den ersten neun Monaten 2025", "im Vergleich
# zum zweiten Quartal 2025"); no sentence's end between.
_PART_BASE = re.compile(
    r"(?:(?:[Gg]egenüber|(?<!\w)ggü\.|[Ii]m\s+Vergleich\s+(?:zu|mit)|[Vv]erglichen\s+mit)\s+de[mn]"
    r"|[Ii]m\s+Vergleich\s+zu[mr])\s+([^.;:!?]{0,40}?(?<![\d.,])(?:19|20)\d\d)(?![\d.,]\d)"
)
# One of which each match of _PART_BASE holds ("Vergleich", "verglichen": "ergl"): a cheap
# test first, as most sentences compare with nothing.
_PART_BASE_WORDS = ("egenüber", "ggü.", "ergl")

# The same span of an earlier year, a comparison's base ("gegenüber dem gleichen Zeitraum des
# Jahres 2021", "demselben Zeitraum im Jahr 2021", "dem Vorjahreszeitraum", "dem
# Vergleichszeitraum des Vorjahres"): group y or z, the year where one is named.
_SAME_SPAN = re.compile(
    r"(?:gleichen|selben|entsprechenden)\s+Zeitraums?(?!\w)"
    r"(?:\s+(?:des\s+Jahres\s+|im\s+Jahre?\s+)?(?P<y>(?:19|20)\d\d)(?![\d.,]\d))?"
    r"|Vorjahreszeitraums?(?!\w)"
    r"|Vergleichszeitraums?(?!\w)(?:\s+(?:des\s+Jahres\s+)?(?P<z>(?:19|20)\d\d)(?![\d.,]\d))?"
)
# How many paragraphs back the span a same-span comparison refers to may be named ("In den
# ersten zehn Monaten ... [a paragraph on Russia] [a paragraph on Asia] ... gegenüber dem
# gleichen Zeitraum des Jahres 2021"); a reference ("in diesem Zeitraum") looks back one
# (test_news_texts: no further). And how many sentences, so that the search is bounded.
_SPAN_PARAGRAPHS = 2
_SPAN_SENTENCES = 8

# A date in what a comparative measures against ("Das ist mehr, als wir uns zu Jahresbeginn
# vorgenommen hatten", "stärker als im Frühjahr erwartet"): the base's time, no period a
# reference after it ("in diesem Zeitraum") points to.
_COMPARED_WITH = re.compile(r"\b(?:mehr|weniger|\w+er),?\s+als\s+[^.;:]*$")
_COMPARED_REACH = 80  # characters before the date it is sought in: a bounded search
_BASELINE_SENTENCE = re.compile(r"(?:Zum|Im)\s+Vergleich\b|Zuvor\b|Früher\b")
# "Im vergangenen Jahr waren es rund 15.400.": the figure before, restated at an earlier
# date for comparison. Its date is the comparison's, not that of the sentences after it
# (unless one points back at it: "Davon ...").
_RESTATED = re.compile(r"(?<!\w)(?:waren|war)\s+es(?!\w)")
# How far back (in sentences) a figure's date is sought in its paragraph: a news
# paragraph's first sentence dates its fourth. Further back, in an essay's long paragraphs,
# it was mostly an event's ("Im Januar 2023 unterzeichnete ...", then "Es hat 22.000
# Studenten"): on data/raw the whole paragraph dated 23 figures, this reach 16.
_PARAGRAPH_REACH = 3


class ContextDates:
    """The dates of a figure's context, of the sentences of ``structure``: ``dates_of`` gives
    a sentence's dates (found once), ``body_of`` its text as the body holds it."""

    def __init__(
        self,
        structure: Structure,
        dates_of: Callable[[Sentence, int | str | None], SentenceDates],
        body_of: Callable[[Sentence], str],
    ) -> None:
        self.structure = structure
        self.dates_of = dates_of
        self.body_of = body_of
        self.context_dates: dict[tuple[int, int | str | None], tuple[str, str]] = {}

    def _date_before(self, sentence: Sentence, reference: int | str | None) -> str:
        """No date of its sentence dates the figure: the last one of the nearest of the
        ``_PARAGRAPH_REACH`` sentences before it in its paragraph that names one ("Die
        Zahlen für 2023 liegen vor. ... Die Ausfuhren erreichten 2,07 Mrd. USD."), passing
        over sentences that name none (a comparison's base is none), a baseline's ("Zum
        Vergleich: Ende 2021 ...", "Im vergangenen Jahr waren es 15.400.") and a part's
        ("Allein im Dezember ...": the whole's before it), and one whose dates are
        bracketed base values' only ("(55 - im Vorjahr)"). A plan's ends it. Found once.
        """
        sentences = self.structure.sentences
        first = max(0, sentence.number - 1 - _PARAGRAPH_REACH)
        part = ""  # the date of a part passed over
        for previous in reversed(sentences[first : sentence.number - 1]):
            pointed_at = previous.number == sentence.number - 1 and points_back(sentence)
            crossed = previous.paragraph != sentence.paragraph
            if crossed and not pointed_at:
                break
            if _BASELINE_SENTENCE.match(previous.text):
                continue
            if not pointed_at and _RESTATED.search(previous.text):
                continue
            told = self.dates_of(previous, reference)
            mentions = self.not_plans(previous, reference)
            if mentions and not pointed_at and told.part(mentions[-1]):
                part = part or mentions[-1].value
            elif mentions:  # a word of "now" dates its own clause's figures only (last_date)
                found = last_date(mentions)
                return found if not part or part_of(part, found) else part
            elif crossed or not all(map(told.paired, told.mentions)):
                break  # pointed at across paragraphs, or a plan's: nothing before it dates this
        return part

    def context_date(self, sentence: Sentence, reference: int | str | None) -> tuple[str, str]:
        """The date the sentences before ``sentence`` give its figures (:meth:`_date_before`), else
        "" and the date of a sentence that follows none: a list's lead-in, an interview's
        question, a comparison's base year. Once per sentence: a long one holds many figures."""
        key = (sentence.number, reference)
        if key not in self.context_dates:
            # a sum over a span of years to now is of no period the sentences before name
            # (every such span ends with "Jahr...": a cheap test before the regex)
            # ... and so is one since the start of what the text is about ("Seit der
            # Gründung haben die Residenten ... investiert" after "wurde 2012 gegründet")
            text = sentence.text
            to_now = ("Jahr" in text and SPAN_TO_NOW.search(text) is not None) or (
                "eit" in text and SINCE_START.search(text) is not None
            )
            before, undated = "" if to_now else self._date_before(sentence, reference), ""
            compared = compared_year(self.body_of(sentence), reference)
            if compared and part_of(before, compared):
                # compared with a whole year, the figure is of the whole year after it, not
                # of the part of it the sentence before ends with ("2025 ... davon im ersten
                # Halbjahr 88 Mio. Gegenüber 2024 legte der Export um 14,5 Prozent zu")
                before = ""
            if not before:
                undated = self._lead_in(sentence, reference) or self._asked(sentence, reference)
                undated = undated or compared or compared_part(sentence.text, reference)
                undated = undated or self._same_span(sentence, reference)
            self.context_dates[key] = before, undated
        return self.context_dates[key]

    def _same_span(self, sentence: Sentence, reference: int | str | None) -> str:
        """The span named before ``sentence`` that its comparison with the same span of an
        earlier year says its figures are of: "Innerhalb der letzten zehn Monate ... [a
        paragraph] Die Ausfuhren nach China beliefen sich auf 452 Mio. US-Dollar, was einem
        Anstieg von 60 % gegenüber dem gleichen Zeitraum des Jahres 2021 entspricht", in
        December 2022, is of January-October 2022. The span is the last date of the nearest
        sentence before that names one, up to ``_SPAN_PARAGRAPHS`` paragraphs back in its
        article: a span of months within one year (the year after the base's, where the base
        names one), over at the ``reference`` date; not one month, as a day an event is told
        of is ("sagte er am 20. August"). "" where the sentence compares with no same span
        (``im Vorjahreszeitraum waren es 280 Mio.`` is the base's own figure) or no such span
        is named: its figures keep the document's date."""
        text = sentence.text
        if "eitraum" not in text:
            return ""
        base = next((m for m in _SAME_SPAN.finditer(text) if _compares(text, m.start())), None)
        if base is None:
            return ""
        year = base["y"] or base["z"]
        span = self.named_before(sentence, reference, _SPAN_PARAGRAPHS)
        found = bounds(span)
        if (
            found is None
            or found[0][0] != found[1][0]
            or not 1 < (months(span) or 12) < 12
            or (year is not None and found[0][0] != int(year) + 1)
            or ends_after(span, reference)
        ):
            return ""
        return span

    def named_before(
        self, sentence: Sentence, reference: int | str | None, paragraphs: int = 1
    ) -> str:
        """The period named last before ``sentence``, which ``im genannten Zeitraum`` in it
        refers to, as does a comparison with the same span of an earlier year
        (:meth:`_same_span`): in its paragraph ("a date in the figure's own sentence or
        paragraph"), else in the ``paragraphs`` paragraphs before it (a reference points
        back, and a news text's paragraph is often one sentence; a comparison's span is
        sought two back, as a quote's paragraph may stand between: "Innerhalb der letzten
        zehn Monate ... [a paragraph on Asia] ... gegenüber dem gleichen Zeitraum des Jahres
        2021"), in the ``_SPAN_SENTENCES`` sentences before it. A plan's date names none: as
        it dates no figure of the sentences after it (:meth:`not_plans`), it dates none
        through a reference. "" for none, or a word of "now".
        """
        paragraph, crossed = sentence.paragraph, 0
        planning = planned_clause(sentence.text, 0, len(sentence.text))
        first = max(0, sentence.number - 1 - _SPAN_SENTENCES)
        for previous in reversed(self.structure.sentences[first : sentence.number - 1]):
            if previous.article != sentence.article:
                break
            if previous.paragraph != paragraph:
                crossed += 1
                if crossed > paragraphs:
                    break
                paragraph = previous.paragraph
            found = next(
                (
                    m
                    for m in reversed(self._facts(previous, reference, planning))
                    if not _COMPARED_WITH.search(
                        previous.text, max(0, m.start - _COMPARED_REACH), m.start
                    )
                ),
                None,
            )
            if found is not None:
                return "" if found.now else named(found)
        return ""

    def _lead_in(self, sentence: Sentence, reference: int | str | None) -> str:
        """The date of the lead-in of the bullet list ``sentence`` stands in (``Stand 1.
        September 2025:``, ``Zum 1. Oktober 2025 meldet das Ministerium:``): a line ending in
        a colon introduces every item below it, which are parallel statements of its time
        (an earlier item's date is that item's own), as does a heading above the list or
        opening its first item (``Das Jahr 2025``, ``Das Jahr 2025 - ...``). "" for a
        sentence in no such list."""
        sentences = self.structure.sentences
        last = sentence
        while True:  # back over the list's items, each a paragraph of one or more sentences
            first = self.structure.paragraph_opening(last)
            if not is_item(first.text) or first.number == 1:
                break
            last = sentences[first.number - 2]
        if last is sentence:
            return ""
        if last.text.endswith(":") or is_heading(last.text):
            return last_date(self.not_plans(last, reference))
        # ... or the heading its first item opens with ("Das Jahr 2025 - Industrieproduktion:
        # 1,1 Mrd. Rubel" above "- Export der Residenten: 392 Mio. US-Dollar"): its dates only
        heading = list_heading(last.text)
        if not heading:
            return ""
        return last_date([m for m in self.not_plans(last, reference) if m.end <= heading])

    def _asked(self, sentence: Sentence, reference: int | str | None) -> str:
        """The date of an interview's question right before the paragraph of ``sentence``
        (``**Welche Pläne haben Sie für dieses Jahr?**``, ``Wie hat sich der Handel 2024
        entwickelt?``): the answer tells of the period asked about, a plan's horizon too.
        "" where the paragraph before asks nothing or names no date."""
        first = self.structure.paragraph_opening(sentence)
        question = self.structure.sentences[first.number - 2] if first.number > 1 else None
        # its end only (each sentence of a paragraph asks of the one question before it)
        if question is None or not QUESTION_END.search(question.text, len(question.text) - 64):
            return ""
        return last_date(self.dates_of(question, reference).mentions)

    def not_plans(self, sentence: Sentence, reference: int | str | None) -> list[DateMention]:
        """The dates of ``sentence`` that may date the figures of the sentences after it:
        all but its plans' (:meth:`_plan`) and a bracketed base value's ("65 Unternehmen (55
        - im Vorjahr)": SentenceDates.paired)."""
        told = self.dates_of(sentence, reference)
        return [
            m
            for m in told.mentions
            if not self._plan(sentence, m, reference) and not told.paired(m)
        ]

    def _facts(
        self, sentence: Sentence, reference: int | str | None, planning: bool
    ) -> list[DateMention]:
        """:meth:`not_plans` of ``sentence``; unless the sentence that refers back tells a
        plan itself (``planning``), without the dates still ahead in a clause that tells one
        ("„Wir wollen die Lieferungen in diesem Jahr auf 160 Millionen Dollar bringen“": the
        goal's year, not the period a fact told after it in "im gleichen Zeitraum" is of)."""
        found = self.not_plans(sentence, reference)
        if planning:
            return found
        text = self.structure.body[sentence.start : sentence.end]  # the mentions' offsets
        return [
            m
            for m in found
            if not (ends_after(m.value, reference) and planned_clause(text, m.start, m.end))
        ]

    def _plan(self, sentence: Sentence, mention: DateMention, reference: int | str | None) -> bool:
        """Whether ``mention`` is a plan's date (plandates.PLAN_BEFORE: "bis 2025",
        "für dieses Jahr") whose period ends after the text's own date.

        Such a date ("bis 2025 sollen ...") dates no figure of the sentences after it;
        "bis Anfang 2022 wurden investiert" in a text of May 2022 is a date like any other.
        (The text's own year, which a dateline's reading looks for, passes over plan years
        by their words alone: see datelines.read_head.)
        """
        if not ends_after(mention.value, reference):
            return False
        start = sentence.start
        return PLAN_BEFORE.search(self.structure.body, start, start + mention.start) is not None


def compared_part(text: str, reference: int | str | None) -> str:
    """The period a figure of ``text`` with no date of its own is of, by the part of a year
    its comparison's base names: the same part of the year after, where that is over at the
    ``reference`` date ("Insgesamt wuchs der Export gegenüber dem ersten Halbjahr 2025 um 9,8
    Prozent", in August 2026, is of 2026-H1); "" for none. A whole year's base is
    baselines.compared_year's.

    >>> compared_part("Der Export wuchs gegenüber dem ersten Halbjahr 2025 um 9,8 %.", "2026-08")
    '2026-H1'
    >>> compared_part("Der Export wuchs gegenüber dem ersten Halbjahr 2025 um 9,8 %.", "2026-05")
    ''
    """
    if not any(map(text.__contains__, _PART_BASE_WORDS)):
        return ""
    for found in _PART_BASE.finditer(text):
        dates = find_dates(found[1], reference)
        part = dates[-1].value if len(dates) == 1 else ""
        if not part or (months(part) or 12) >= 12:
            continue
        after = shift_years(part, 1)
        if not ends_after(after, reference):
            return after
    return ""


def _compares(text: str, start: int) -> bool:
    """Whether the words before ``start`` in ``text`` make what follows a comparison's base
    (baselines.is_base: "gegenüber dem", "im Vergleich zum", "mehr als im"; and "zum": "+60 %
    zum Vorjahreszeitraum"), not a date ("im gleichen Zeitraum des Vorjahres waren es")."""
    before = text[max(0, start - BASELINE_REACH) : start]
    return before.rstrip().endswith(("zum", "zur")) or is_base(before)
