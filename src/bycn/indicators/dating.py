"""How a series point is dated: by its text, its footnote source, or its document.

``indicators.md``: a figure with a date in its own sentence or paragraph is
dated by it (``text``); else by the year of the footnote source it cites
(``source``); else by the date of the document it stands in (``document``),
for a text whose sources are footnotes the date of its article. A flow's point that
only its document would date, in an article whose title names one period (``Außenhandel
mit China im Januar–Juni 2024``), is of that period, dated by the text
(:meth:`PointDates.titled`): a sum over the document's month is no sum the text tells.

>>> import pandas as pd
>>> docs = pd.DataFrame({"doc": ["n"], "date": ["2019-08-06"], "date_source": ["dateline"],
...                      "url": ["https://x.org/n"]})
>>> dates = PointDates(docs, None)
>>> dates.date("", None, "n", ""), dates.date("", 2023, "n", ""), dates.url("n")
(('2019-08', 'document'), ('2023', 'source'), 'https://x.org/n')
>>> dates.titled("n", "Exporte im ersten Halbjahr"), dates.titled("n", "Exporte bis Ende 2019")
('2019-H1', '')
"""

from __future__ import annotations

import re

from bycn import periods
from bycn.indicators.cells import Columns, cell_text
from bycn.indicators.scopes import Contexts, FigureScope, Site
from bycn.text.datepatterns import PATTERNS
from bycn.text.dates import PART, ends_after, find_dates
from bycn.text.lexicon import alternation
from bycn.text.sentencedates import SPAN_TO_NOW
from bycn.text.tense import past_tense

__all__ = ["PointDates", "document_period", "level_date", "with_growth"]

_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?")
#: A quarter or a half year (periods' notation): a span of months a level is reached by.
_PART_OF_YEAR = re.compile(r"^\d{4}-[QH]\d$")
#: "im gleichen Zeitraum", "in diesem Zeitraum": the period named before (the text's one
#: pattern of it, bycn.text.datepatterns).
_SAME_PERIOD = next(pattern for kind, _, pattern in PATTERNS if kind == "named_period")
#: "im selben Jahr", "im gleichen Jahr": the year of the period named before.
_SAME_YEAR = next(pattern for kind, _, pattern in PATTERNS if kind == "same_year")
# A sum so far, not over a period: "seit 2015", "insgesamt", "kumuliert", "bislang" (the
# lexicon's cumulative_words and aspect_words), or over a span of years that ends now: "in
# den letzten 10 Jahren", "im Laufe der vergangenen zwei Jahrzehnte" (SPAN_TO_NOW of
# bycn.text.sentencedates).
_SO_FAR = re.compile(
    rf"(?<!\w)(?:{alternation('cumulative_words')}|{alternation('aspect_words')})(?!\w)"
    rf"|{SPAN_TO_NOW.pattern}"
)
# "insgesamt" right after a flow's noun (and its partner): the whole of the period told
# before, no sum so far ("Der Handel insgesamt belief sich auf ...", "Der Warenumsatz mit
# China insgesamt ...").
_WHOLE_FLOW = re.compile(
    rf"(?<!\w)(?P<n>{alternation('whole_flow_nouns')}"
    r"(?:\s+(?:mit|nach)\s+(?:China|der\s+(?:Volksrepublik|VR)(?:\s+China)?))?)\s+insgesamt(?!\w)"
)
# A pronoun as the subject, after its verb or opening the clause: "Voraussichtlich werden sie
# rund 5000 Personen beschäftigen", "Sie sollen 2000 Arbeitsplätze schaffen", "Diese werden
# ..." (not "es": an expletive as often as not, "Bis dahin wird es 5000 Arbeitsplätze geben").
_PRONOUN_SUBJECT = re.compile(
    rf"^\W*(?:Sie|Er|Diese)\s|(?<!\w)(?:{alternation('pronoun_verbs')})\s+(?:sie|er)(?!\w)"
)


def document_period(date: str) -> str:
    """A document's ISO date as an ``as_of`` value: a day is dated by its month.

    >>> document_period("2019-08-06"), document_period("2021"), document_period("")
    ('2019-08', '2021', '')
    """
    m = _ISO.match(date if isinstance(date, str) else "")
    if not m:
        return ""
    return periods.month(int(m[1]), int(m[2])) if m[2] else periods.year(int(m[1]))


# A growth said right beside an amount, in brackets or after a comma ("beliefen sich auf
# Br57,8 Mio. (Wachstum um 2,7%)", "..., ein Plus von 12 Prozent"), or the amount in
# brackets right after its growth ("um das 1,1-fache (30,4 Mio. Br)").
_GROWTH_AFTER = re.compile(
    r"\s*[(,–-]\s*(?:(?:ein|eine|einem|einen|mit einem)\s+)?"
    r"(?:[Ww]achstum|[Zz]uwachs|[Aa]nstieg|[Pp]lus|[Mm]inus|[Rr]ückgang|[Ss]teigerung)\b"
)
_GROWTH_BEFORE = re.compile(r"(?:-[Ff]ache[nrs]?|Prozent|%)\s*\(\s*$")


def with_growth(fig: FigureScope) -> bool:
    """Whether an amount is told with its growth right beside it: a sum over the span the
    growth is of, not a level at its end ("Die Investitionen in Anlagevermögen beliefen
    sich auf Br57,8 Mio. (Wachstum um 2,7%)": of January to September, as its growth).

    >>> s = "Die Investitionen beliefen sich auf Br57,8 Mio. (Wachstum um 2,7%)."
    >>> fig = FigureScope("", "", 1, 57.8e6, "BYN", "", "exact", "", s, "", "", None, s, 35,
    ...                   12)
    >>> with_growth(fig), with_growth(fig._replace(sentence=s[:48] + "."))
    (True, False)
    """
    if fig.position < 0 or fig.unit in ("count", "percent", "times"):
        return False
    end = fig.position + fig.length
    return bool(
        _GROWTH_AFTER.match(fig.sentence, end, end + 40)
        or _GROWTH_BEFORE.search(fig.sentence, max(0, fig.position - 20), fig.position)
    )


def level_date(as_of: str, now: str = "", sentence: str = "") -> str:
    """The date of a level reached within a span of months: the span's last month; a
    level carried from a sentence before that names the year still running when its text
    was written (``now``, that date's month), the text's month.

    A stock's count is a level at one date, not a sum over a period: "Seit Jahresbeginn
    wurden zwölf neue Residenten registriert. Damit ist die Zahl der Parkbewohner auf 137
    gestiegen" (of January-July) is the count of July; "Im ersten Halbjahr ... neun neue
    Residenten registriert. Damit ist die Gesamtzahl auf 151 gestiegen", of June, a quarter's
    level of its quarter's last month alike; "In diesem Jahr ... In dieser Zeit
    haben wir viel erreicht. Auf dem Parkgelände haben sich Unternehmen aus 15 Staaten
    niedergelassen", in November 2022, the count of November. A year the figure's own
    ``sentence`` names stays its date ("In diesem Jahr sind 1.150 Studierende
    eingeschrieben": 2024), as do a span of years (a study year ``2019/2020``), a year over
    when the text was written, and every other date.

    >>> level_date("2024-01/2024-07"), level_date("2019/2020"), level_date("2024-H1")
    ('2024-07', '2019/2020', '2024-06')
    >>> level_date("2025-Q3"), level_date("2025-H2"), level_date("2025-03")
    ('2025-09', '2025-12', '2025-03')
    >>> level_date("2022", "2022-11", "Sie kommen aus 15 Staaten."), level_date("2021", "2022-11")
    ('2022-11', '2021')
    >>> level_date("2022", "2022-11", "In diesem Jahr sind es 15 Staaten.")
    '2022'
    """
    first, _, last = as_of.partition("/")
    if len(first) == 7 and len(last) == 7 and periods.bounds(as_of) is not None:
        return last
    part = periods.bounds(as_of) if _PART_OF_YEAR.match(as_of) else None
    if part is not None:
        return periods.month(*part[1])
    running = len(as_of) == 4 and len(now) == 7 and now.startswith(as_of)
    if running and not any(m.value for m in find_dates(sentence, now)):
        return now
    return as_of


def _recent(value: str, reference: str | None) -> bool:
    """Whether the period ``value`` lies within one year and ends at most a year before
    the ISO date ``reference`` (read by its month), not after it.

    >>> _recent("2023", "2024-05"), _recent("2019", "2024-05"), _recent("2015/2023", "2024-05")
    (True, False, False)
    """
    found = periods.bounds(value)
    if found is None or reference is None or ends_after(value, reference):
        return False
    (first, _), (last, month) = found
    year, ref_month = int(reference[:4]), int(reference[5:7] or 12)
    return first == last and (year - last) * 12 + ref_month - month <= 12


# A name right before "mit" ("das Gebiet Brest mit 300 Mio. Dollar", "die Hauptstadt Minsk
# mit rund 520 Mio. USD"): a capitalised word, the figure said beside it.
_NAME_WITH = re.compile(r"(?<!\w)[A-ZÄÖÜ][\w-]*\s+mit\s*$")


def _beside_name(fig: FigureScope) -> bool:
    """Whether the figure stands beside the name it is of, in brackets or after "mit"
    ("Spitzenreiter bleibt die Hauptstadt Minsk (rund 520 Mio. USD), gefolgt vom Gebiet
    Minsk (430 Mio. USD)", "An der Spitze liegt das Gebiet Brest mit 300 Mio. Dollar"): an
    apposition, which says no tense of its own."""
    before = fig.sentence[max(fig.position - 60, 0) : fig.position]
    if before.rstrip().endswith("("):
        return fig.sentence[fig.position + fig.length :].lstrip().startswith(")")
    return _NAME_WITH.search(before) is not None


class PointDates:
    """Dates and URLs of documents and articles, for points without a date of their own."""

    def __init__(self, documents: Columns | None, articles: Columns | None) -> None:
        """documents, articles: the documents and articles tables (DataFrames, or dicts
        of lists by column)."""
        self._date: dict[str, str] = {}
        self._url: dict[str, str] = {}
        self._article: dict[tuple[str, str], str] = {}
        self._titled: dict[tuple[str, str], str] = {}
        self._last: tuple[str, str] | None = None  # (doc, as_of) of the last fact it dated
        self._entity = ""  # the entity of that fact
        self._after_plan = False  # whether a plan's point came after that fact
        self._plan: tuple[Site, str] | None = None  # (sentence, as_of) of the last plan dated
        if documents is not None:
            for doc, date, source, url in zip(
                documents["doc"],
                documents["date"],
                documents["date_source"],
                documents["url"],
                strict=True,
            ):
                self._url[doc] = cell_text(url)
                # A footnoted text's date is per article (below), not the latest of them.
                if source != "footnotes":
                    self._date[doc] = document_period(cell_text(date))
        if articles is not None:
            for doc, title, date in zip(
                articles["doc"], articles["title"], articles["date"], strict=True
            ):
                if cell_text(date):
                    self._article[(doc, cell_text(title))] = document_period(date)

    def date(self, as_of: str, source_year: int | None, doc: str, article: str) -> tuple[str, str]:
        """``(as_of, dated_by)`` of a point from the figure's own date, its source's year,
        or its document's (article's) date; ``("", "")`` when none is known."""
        if as_of:
            return as_of, "text"
        if source_year is not None:
            return periods.year(int(source_year)), "source"
        found = self._date.get(doc) or self._article.get((doc, article), "")
        return found, "document" if found else ""

    def same_period(
        self, doc: str, sentence: str, as_of: str, dated_by: str, status: str = "actual"
    ) -> tuple[str, str]:
        """``(as_of, dated_by)`` of a point its document alone would date whose sentence
        speaks of "the same period" (``im gleichen Zeitraum``, ``in diesem Zeitraum``) that
        its text names no period for (two paragraphs back or further: "Der Warenumsatz des
        Gebiets Gomel ... in den ersten neun Monaten ... Im Gebiet leben 1,3 Millionen
        Menschen. ... Sein Handel mit China wuchs im gleichen Zeitraum um das
        Anderthalbfache"): the period of the last fact before it in its document that its
        text dated (:meth:`saw`); of "the same year" (``im selben Jahr``), that period's year.
        Any other keeps its date. After a plan's point, a fact (``status``) still refers to
        the last fact ("Wir wollen die Lieferungen in diesem Jahr auf 160 Millionen Dollar
        bringen. ... Es lieferte im gleichen Zeitraum Waren für 58 Millionen Dollar"), a plan
        to none.

        >>> dates = PointDates(None, None)
        >>> dates.saw("n", "2023-01/2023-09", "text", "actual")
        >>> dates.same_period("n", "Er wuchs im gleichen Zeitraum um 5 %.", "2023-11", "document")
        ('2023-01/2023-09', 'text')
        >>> dates.same_period("n", "Er wuchs um 5 %.", "2023-11", "document")
        ('2023-11', 'document')
        >>> dates.same_period("n", "Im selben Jahr wuchs er um 5 %.", "2023-11", "document")
        ('2023', 'text')
        """
        last = None if self._after_plan and status != "actual" else self._last
        if dated_by != "document" or last is None or last[0] != doc:
            return as_of, dated_by
        if "Zeitraum" in sentence and _SAME_PERIOD.search(sentence):
            return last[1], "text"
        found = periods.bounds(last[1])
        if (
            "Jahr" in sentence
            and found
            and found[0][0] == found[1][0]
            and _SAME_YEAR.search(sentence)
        ):
            return periods.year(found[0][0]), "text"
        return as_of, dated_by

    def carried(self, fig: FigureScope, entity: str, as_of: str, dated_by: str) -> tuple[str, str]:
        """``(as_of, dated_by)`` of a flow's point about ``entity`` its document alone would
        date whose clause tells the past: the period of the last fact before it in its
        document that its text dated (:meth:`saw`), where that fact is of the same entity.
        A sum told in the past is no sum over the text's own month, still running: "Auf 9,1
        Mrd. Dollar ist der Handel im vergangenen Jahr angewachsen. ... [a paragraph on] Ihre
        Lieferungen stiegen um ein Viertel auf 1,05 Mrd. Dollar", in a text of January, is of
        the year before. A sum so far ("seit 2015", "bislang", "insgesamt"), one told in the
        present and one of another entity than the fact's (the Gomel region's half year
        dates no sum of the Brest region's) keep their date; but an amount beside the name it
        is of, in brackets or after "mit" (:func:`_beside_name`), a region ranked after the
        exports told before ("In den ersten zehn Monaten legten die Exporte nach China ...
        zu. ... Spitzenreiter unter den Regionen bleibt die Hauptstadt Minsk (rund 520 Mio.
        USD)"), is a part of that fact, of its period, in whatever tense its sentence is.

        >>> dates = PointDates(None, None)
        >>> dates.saw("n", "2025", "text", "actual", "Belarus-China")
        >>> sentence = "Die Lieferungen stiegen auf 1,05 Mrd. Dollar."
        >>> fig = FigureScope("", "n", 1, 1.05e9, "USD", "", "exact", "", sentence, "", "",
        ...                   None, sentence, 28, 16)
        >>> dates.carried(fig, "Belarus-China", "2026-01", "document")
        ('2025', 'text')
        >>> so_far = fig._replace(sentence="Bislang " + sentence)
        >>> dates.carried(so_far, "Belarus-China", "2026-01", "document")
        ('2026-01', 'document')
        """
        last = None if self._after_plan else self._last
        if dated_by != "document" or last is None or last[0] != fig.doc or fig.position < 0:
            return as_of, dated_by
        sentence = fig.sentence
        if _SO_FAR.search(_WHOLE_FLOW.sub(r"\g<n>", sentence)):
            return as_of, dated_by
        if _beside_name(fig):
            return last[1], "text"
        if entity != self._entity or not past_tense(
            sentence, fig.position, fig.position + fig.length
        ):
            return as_of, dated_by
        return last[1], "text"

    def saw(
        self,
        doc: str,
        as_of: str,
        dated_by: str,
        status: str,
        entity: str = "",
        sentence: str = "",
        site: Site | None = None,
    ) -> None:
        """Remember a point's date, settled (figures come in document order): a fact its
        text dated is the period a later "im gleichen Zeitraum" may refer to; after a
        plan's point it refers to the plan's period, no fact's ("Bis 2030 soll er ...
        wachsen. In diesem Zeitraum sollen ..."). A part of the period remembered, told as
        a part in its ``sentence`` (the lexicon's part_words: "Allein im vierten Quartal
        wuchs die Produktion um 35 Prozent", "davon 120 Mio. im Dezember"), leaves that
        period the one later facts carry: the part is said of the whole before it. A plan
        its text dated, with its sentence's ``site``, is what a pronoun right after it may
        go on about (:meth:`planned`); a fact ends that.

        >>> dates = PointDates(None, None)
        >>> dates.saw("n", "2025", "text", "actual", "Great Stone")
        >>> dates.saw("n", "2025-Q4", "text", "actual", "Great Stone", "Allein im IV. Quartal")
        >>> dates.same_period("n", "Im gleichen Zeitraum ...", "2026-01", "document")
        ('2025', 'text')
        """
        if status != "actual":
            self._after_plan = True
            if dated_by == "text" and as_of and site is not None:
                self._plan = (site, as_of)
            return
        self._plan = None
        if dated_by == "text" and as_of:
            self._after_plan = False
            last = self._last
            if (
                last is not None
                and last[0] == doc
                and entity == self._entity
                and periods.part_of(as_of, last[1])
                and PART.search(sentence)
            ):
                return
            self._last, self._entity = (doc, as_of), entity

    def planned(
        self, fig: FigureScope, as_of: str, dated_by: str, status: str, contexts: Contexts
    ) -> tuple[str, str]:
        """``(as_of, dated_by)`` of a plan's point its document alone would date whose
        clause's subject is a pronoun (``_PRONOUN_SUBJECT``) right after the sentence of a
        plan its text dated (:meth:`saw`): that plan's date, dated by the text, as the
        pronoun goes on about what it plans ("Bis 2025 soll die Zahl der
        Standortunternehmen mehr als 170 betragen. Voraussichtlich werden sie rund 5000
        Personen beschäftigen": 2025, not the text's month). Any other keeps its date."""
        plan = self._plan
        if plan is None or status == "actual" or dated_by != "document" or fig.position < 0:
            return as_of, dated_by
        if not _PRONOUN_SUBJECT.search(fig.before()):
            return as_of, dated_by
        if contexts.previous(contexts.site(fig)) != plan[0]:
            return as_of, dated_by
        return plan[1], "text"

    def written(self, source_year: int | None, doc: str, article: str) -> str:
        """When a figure's text was written: its source's year, else its document's
        (article's) date; "" when neither is known."""
        return self.date("", source_year, doc, article)[0]

    def titled(self, doc: str, article: str) -> str:
        """The one period the article's title names ("" if it names none, or more than
        one, or only "now"), its relative periods resolved against its document's (or
        article's) date. "" too where it is no recent period of one year the text
        reports on: where it ends after that date (a deadline: "... kann auf 60 bis Ende
        2019 steigen", written in July 2019), or more than a year before it ("Vor fünf
        Jahren gegründet"), or spans years ("Von 2015 bis 2023"). Found once per article."""
        key = (doc, article)
        found = self._titled.get(key)
        if found is None:
            reference = self._date.get(doc) or self._article.get(key) or None
            values = {m.value for m in find_dates(article, reference) if m.value and not m.now}
            value = values.pop() if len(values) == 1 else ""
            if value and not _recent(value, reference):
                value = ""
            found = self._titled[key] = value
        return found

    def url(self, doc: str) -> str:
        """The document's own URL (for a point whose text cites no footnote)."""
        return self._url.get(doc, "")
