"""A figure compared with the same span of an earlier year (``gegenüber dem gleichen Zeitraum
des Jahres 2021``, ``dem Vorjahreszeitraum``) is of the span named before it, a paragraph
or two up (``Innerhalb der letzten zehn Monate ...``, in December: January-October); the
span "the last ten months" of a text late in the year is the year's months so far with
statistics. Texts of our own in the style of BelTA's reports of a minister's speech; each
family with counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

from bycn.text.dates import find_dates

points = points_of("indicator as_of dated_by value", date="2022-12-21")

_HEAD = "MINSK, 21. Dezember (BelTA) - Das Landwirtschaftsministerium zog Bilanz.\n\n"
_SPAN = "In den ersten zehn Monaten wuchsen die Lebensmittelexporte nach Russland deutlich."
# a paragraph with no date between the span and the figure
_BETWEEN = (
    "\n\nAsiatische Länder gehören zu den Hauptabnehmern. Die Lieferungen in die Region "
    "sind gestiegen.\n\n"
)
_JAN_OCT = "2022-01/2022-10"


def _of(text: str) -> set[tuple[str, str]]:
    """(as_of, dated_by) of the food exports' points of ``text``."""
    return {(p[1], p[2]) for p in points(text) if p[0] == "trade.food_exports"}


@pytest.mark.parametrize(
    "figure",
    [
        "Die Ausfuhren von Lebensmitteln nach China beliefen sich auf 452 Mio. US-Dollar, was "
        "einem Anstieg von 60 % gegenüber dem gleichen Zeitraum des Jahres 2021 entspricht.",
        "Die Lebensmittelexporte nach China erreichten 452 Mio. US-Dollar und lagen damit um "
        "60 % über dem Vorjahreszeitraum.",
        "Nach China wurden Lebensmittel für 452 Mio. US-Dollar geliefert, 60 Prozent mehr als "
        "im selben Zeitraum 2021.",
        "Die Nahrungsmittelexporte nach China stiegen im Vergleich zum Vorjahreszeitraum um "
        "60 % auf 452 Mio. US-Dollar.",
        "Verglichen mit dem Vergleichszeitraum des Vorjahres wuchsen die Lebensmittelexporte "
        "nach China um 60 % auf 452 Mio. US-Dollar.",
        "Die Lebensmittelexporte nach China stiegen auf 452 Mio. US-Dollar (+60 % zum "
        "Vorjahreszeitraum).",
        "Die Lebensmittelexporte nach China wuchsen gegenüber demselben Zeitraum im Jahr 2021 "
        "um 60 % auf 452 Mio. US-Dollar.",
    ],
)
def test_a_same_span_comparison_is_of_the_span_named_before(figure: str) -> None:
    assert _of(_HEAD + _SPAN + _BETWEEN + figure) == {(_JAN_OCT, "text")}


@pytest.mark.parametrize(
    "span",
    [
        "Im Januar-Oktober stiegen die Agrarausfuhren nach Russland um 24 Prozent.",
        "Innerhalb der letzten zehn Monate legten die Lieferungen in die GUS zu.",
        "In den vergangenen zehn Monaten hat die Branche neue Märkte erschlossen.",
        "Von Januar bis Oktober wurden neue Logistikrouten erprobt.",
    ],
)
def test_the_span_named_in_other_words(span: str) -> None:
    figure = (
        "Die Ausfuhren von Lebensmitteln nach China beliefen sich auf 452 Mio. US-Dollar, was "
        "einem Anstieg von 60 % gegenüber dem gleichen Zeitraum des Jahres 2021 entspricht."
    )
    assert _of(_HEAD + span + _BETWEEN + figure) == {(_JAN_OCT, "text")}


@pytest.mark.parametrize(
    "reference",
    [
        "stiegen im gleichen Zeitraum um 60 % auf 452 Mio. US-Dollar.",
        "wuchsen im selben Zeitraum auf 452 Mio. US-Dollar.",
        "erreichten in diesem Zeitraum 452 Mio. US-Dollar.",
    ],
)
def test_the_same_period_a_paragraph_up(reference: str) -> None:
    # (two paragraphs up a reference names no period: test_news_texts, left as it was)
    text = _HEAD + _SPAN + "\n\nDie Lebensmittelexporte nach China " + reference
    assert _of(text) == {(_JAN_OCT, "text")}


_FIGURE = (
    "Die Ausfuhren von Lebensmitteln nach China beliefen sich auf 452 Mio. US-Dollar, was "
    "einem Anstieg von 60 % gegenüber dem gleichen Zeitraum des Jahres 2021 entspricht."
)


@pytest.mark.parametrize(
    "before",
    [
        # no span named: the document's date, as before
        "Die Regierung lobte die Landwirte.",
        # a span of another year than the one after the base's
        "Im ersten Halbjahr 2020 wuchsen die Exporte nach Russland.",
        # three paragraphs up: too far
        _SPAN + "\n\nDer Minister sprach über neue Märkte.",
        # a whole year, and a day an event is told of, are no span of months
        "Im Jahr 2022 wurde ein neues Werk eröffnet.",
        "Das sagte der Minister am 20. Oktober 2022 in Minsk.",
        # a plan's span
        "Bis Ende 2022 sollen die Exporte nach Russland weiter steigen.",
    ],
)
def test_no_span_named_keeps_the_documents_date(before: str) -> None:
    assert _of(_HEAD + before + _BETWEEN + _FIGURE) == {("2022-12", "document")}


def test_the_bases_own_figure_is_no_comparison() -> None:
    # "Im Vorjahreszeitraum waren es 280 Mio.": a date of the base, not a comparison with it;
    # the 452 Mio. before it keep the document's date
    text = (
        _HEAD + "Die Regierung lobte die Landwirte." + _BETWEEN + "Die Lebensmittelexporte "
        "nach China stiegen auf 452 Mio. US-Dollar. Im Vorjahreszeitraum waren es 280 Mio. "
        "US-Dollar."
    )
    assert ("trade.food_exports", "2022-12", "document", 4.52e8) in points(text)


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("Innerhalb der letzten zehn Monaten stieg der Anteil.", "2022-12-21", _JAN_OCT),
        ("In den vergangenen elf Monaten stieg er.", "2022-12", "2022-01/2022-11"),
        ("Während der letzten neun Monate stieg er.", "2023-11", "2023-01/2023-09"),
        ("Im Laufe der letzten fünf Monate stieg er.", "2024-07", "2024-01/2024-05"),
        ("In den zurückliegenden zwei Monaten stieg er.", "2024-03", "2024-01/2024-02"),
    ],
)
def test_the_last_months_are_the_years_months_so_far(text: str, reference: str, value: str) -> None:
    assert [m.value for m in find_dates(text, reference)] == [value]


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        # a span that reaches into the year before, or ends months before the text
        ("In den letzten zwölf Monaten stieg er.", "2022-12"),
        ("In den letzten drei Monaten stieg er.", "2022-12"),
        ("In den letzten zehn Monaten stieg er.", "2022-10"),
        # a text of no known month
        ("In den letzten zehn Monaten stieg er.", "2022"),
        # years to now stay a sum so far
        ("In den letzten zehn Jahren stieg er.", "2022-12"),
    ],
)
def test_other_last_spans_are_no_period_of_the_year(text: str, reference: str) -> None:
    assert [m.value for m in find_dates(text, reference)] == []
