"""Dating of points (round 23, dating14): a stock's level reached within a quarter or a
half year is at the period's last month; a sub-period told as a part of the period before
(``Allein im vierten Quartal``) is not the period of later facts; a comparison with a
whole year (``ein Plus von 27 Prozent gegenüber 2024``) dates its figure to the year after;
a flow told in the past carries the period of its entity's facts before it.

Texts of our own in the style of BelTA's and the regional executive committees' releases;
each family with counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series

import bycn
from bycn.text.baselines import compared_year
from bycn.text.dates import find_dates
from bycn.text.sentencedates import SentenceDates

_LEVEL = "MINSK, 15. Juli (BelTA) – {} {}"


def _point(series, indicator: str, value: float) -> tuple[str, str]:
    """(as_of, dated_by) of the one point of ``indicator`` with ``value``."""
    rows = series[(series["indicator"] == indicator) & (series["value"] == value)]
    assert len(rows) == 1, series[["indicator", "as_of", "value"]]
    return rows["as_of"].iloc[0], rows["dated_by"].iloc[0]


@pytest.mark.parametrize(
    ("opening", "level", "value", "as_of"),
    [
        (
            "Im ersten Halbjahr 2026 hat der Industriepark Großer Stein neun neue Residenten "
            "registriert.",
            "Damit ist die Gesamtzahl der Residenten auf 151 gestiegen.",
            151.0,
            "2026-06",
        ),
        (
            "Im ersten Quartal 2026 kamen im Industriepark Großer Stein sieben neue Residenten "
            "hinzu.",
            "Die Zahl der Residenten des Parks erhöhte sich damit auf 149.",
            149.0,
            "2026-03",
        ),
        (
            "Im zweiten Halbjahr 2025 ließen sich im Industriepark Großer Stein zwölf neue "
            "Residenten nieder.",
            "Insgesamt zählte der Park damit 142 Residenten.",
            142.0,
            "2025-12",
        ),
        (
            "Im dritten Quartal 2025 registrierte der Industriepark Großer Stein fünf neue "
            "Residenten.",
            "So wuchs die Zahl der Parkbewohner auf 137.",
            137.0,
            "2025-09",
        ),
        (
            "In den ersten sechs Monaten 2026 wurden im Industriepark Großer Stein neun neue "
            "Residenten registriert.",
            "Damit stieg die Zahl der Residenten auf 151.",
            151.0,
            "2026-06",
        ),
    ],
)
def test_a_level_reached_within_a_quarter_or_half_year_is_at_its_end(
    opening: str, level: str, value: float, as_of: str
) -> None:
    series = news_series(_LEVEL.format(opening, level), "2026-07-15")
    assert _point(series, "park.residents", value) == (as_of, "text")


def test_the_new_residents_of_a_half_year_stay_a_flow_of_it() -> None:
    # counter-example: the count within the half year is a sum over it, not a level
    text = _LEVEL.format(
        "Im ersten Halbjahr 2026 hat der Industriepark Großer Stein neun neue Residenten "
        "registriert.",
        "Damit ist die Gesamtzahl der Residenten auf 151 gestiegen.",
    )
    series = news_series(text, "2026-07-15")
    assert _point(series, "park.new_residents", 9.0) == ("2026-H1", "text")


def test_a_level_of_a_year_over_stays_the_year() -> None:
    # counter-example: a year is no quarter or half year; its level keeps the year
    text = _LEVEL.format(
        "Im Jahr 2025 hat der Industriepark Großer Stein 21 neue Residenten registriert.",
        "Damit ist die Gesamtzahl der Residenten auf 142 gestiegen.",
    )
    series = news_series(text, "2026-07-15")
    assert _point(series, "park.residents", 142.0) == ("2025", "text")


_REGION = """Gebiet Mogiljow baut Handel mit China aus

Mogiljow, 11. August. Um 14,8 Prozent hat das Gebiet Mogiljow im ersten Halbjahr seinen \
Warenumsatz mit China ausgeweitet. Er erreichte 203,5 Millionen Dollar, teilte das \
Gebietsexekutivkomitee mit.

{} Im Vorjahreszeitraum waren es 71 Millionen.
"""


@pytest.mark.parametrize(
    "exports",
    [
        "Die Ausfuhren nach China summierten sich auf 88,2 Millionen Dollar.",
        "Die Exporte nach China addierten sich auf 88,2 Millionen Dollar.",
        "Die Lieferungen nach China bezifferten sich auf 88,2 Millionen Dollar.",
        "Die Ausfuhren des Gebiets nach China kletterten auf 88,2 Millionen Dollar.",
        "Auf 88,2 Millionen Dollar summierte sich der Export nach China.",
        "Bei den Ausfuhren nach China verbuchte das Gebiet 88,2 Millionen Dollar.",
    ],
)
def test_a_flow_told_in_the_past_carries_its_entitys_period_across_a_paragraph(
    exports: str,
) -> None:
    series = news_series(_REGION.format(exports), "2025-08-11")
    assert _point(series, "trade.regional", 88.2e6) == ("2025-H1", "text")
    # the year before, of the period carried, not of the document's month
    assert _point(series, "trade.regional", 71e6) == ("2024-H1", "text")


@pytest.mark.parametrize(
    "exports",
    [
        # counter-examples: a sum told in the present is of the text's month, as is one of
        # another region than the period's facts
        "Die Ausfuhren nach China summieren sich auf 88,2 Millionen Dollar.",
        "Die Ausfuhren des Gebiets Gomel nach China summierten sich auf 88,2 Millionen Dollar.",
    ],
)
def test_a_flow_in_the_present_or_of_another_region_keeps_the_documents_month(
    exports: str,
) -> None:
    series = news_series(_REGION.format(exports), "2025-08-11")
    rows = series[series["value"] == 88.2e6]
    assert list(zip(rows["as_of"], rows["dated_by"], strict=True)) == [("2025-08", "document")]


_EXPORTS = """Großer Stein: Produktion der Residenten gewachsen

MINSK, 28. Januar (BelTA) – Die Residenten des Industrieparks Großer Stein haben im Jahr 2025 \
Industrieprodukte im Wert von 1,3 Mrd. Rubel hergestellt. Allein im vierten Quartal wuchs die \
Produktion um 35 Prozent.

Auch die Ausfuhren legten zu: {}
"""


@pytest.mark.parametrize(
    "exports",
    [
        "Die Exporte der Parkunternehmen erreichten 410 Mio. US-Dollar, ein Plus von 27 "
        "Prozent gegenüber 2024.",
        "Die Exporte der Parkunternehmen erreichten 410 Mio. US-Dollar und lagen damit um 27 "
        "Prozent über dem Jahr 2024.",
        "Im Vergleich zu 2024 stiegen die Exporte der Parkunternehmen um 27 Prozent auf 410 "
        "Mio. US-Dollar.",
        "Verglichen mit dem Jahr 2024 wuchsen die Exporte der Residenten um 27 Prozent auf 410 "
        "Mio. US-Dollar.",
        "Die Residenten exportierten Waren für 410 Mio. US-Dollar, 27 Prozent mehr als 2024.",
        "Die Exporte der Parkunternehmen erhöhten sich gegenüber dem Jahr 2024 um 27 Prozent "
        "auf 410 Mio. US-Dollar.",
    ],
)
def test_a_figure_compared_with_a_year_is_of_the_year_after(exports: str) -> None:
    series = news_series(_EXPORTS.format(exports), "2026-01-28")
    assert _point(series, "park.exports", 410e6) == ("2025", "text")
    assert _point(series, "park.exports", 27.0) == ("2025", "text")


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("410 Mio. US-Dollar, ein Plus von 27 Prozent gegenüber 2024", "2026-01-28", "2025"),
        ("27 Prozent mehr als im Jahr 2024", "2026-03", "2025"),
        ("das 1,3-fache des Jahres 2024", "2026-02-10", "2025"),
        ("+27 % zu 2024", "2026-01", "2025"),
        ("ggü. 2024 um 27 % gestiegen", 2026, "2025"),
        # counter-examples: a base that makes the year after the one still running, a base
        # further back (a comparison over years), a start ("seit"), a year of its own
        ("ein Plus von 27 Prozent gegenüber 2024", "2025-08-11", ""),
        ("doppelt so viel wie 2020", "2026-01-28", ""),
        ("seit 2024 verdoppelt", "2026-01-28", ""),
        ("vor 2024 gegründet", "2026-01-28", ""),
        ("im Jahr 2024 um 27 Prozent gestiegen", "2026-01-28", ""),
    ],
)
def test_compared_year(text: str, reference: str | int, expected: str) -> None:
    assert compared_year(text, reference) == expected


def test_a_figure_compared_with_an_earlier_year_keeps_the_documents_date() -> None:
    # counter-example: a comparison over years says nothing of the figure's year (2021):
    # told in the past, the figure carries the year of the park's output before it
    text = _EXPORTS.format(
        "Die Exporte der Parkunternehmen erreichten 410 Mio. US-Dollar, doppelt so viel wie 2020."
    ).replace("Allein im vierten Quartal wuchs die Produktion um 35 Prozent.", "")
    series = news_series(text, "2026-01-28")
    assert _point(series, "park.exports", 410e6) == ("2025", "text")


_PART = """Großer Stein: Produktion der Residenten gewachsen

MINSK, 28. Januar (BelTA) – Die Residenten des Industrieparks Großer Stein haben im Jahr 2025 \
Industrieprodukte im Wert von 1,3 Mrd. Rubel hergestellt. {}

Auch die Ausfuhren legten zu: Die Exporte der Parkunternehmen erreichten 410 Mio. US-Dollar.
"""


@pytest.mark.parametrize(
    ("part", "as_of"),
    [
        ("Allein im vierten Quartal wuchs die Produktion um 35 Prozent.", "2025-Q4"),
        ("Allein im Dezember wurden Waren für 160 Mio. Rubel produziert.", "2025-12"),
        ("Davon wurden im vierten Quartal Waren für 420 Mio. Rubel hergestellt.", "2025-Q4"),
        ("Im zweiten Halbjahr allein wuchs die Produktion um 35 Prozent.", "2025-H2"),
        ("Darunter wurden im Dezember Waren für 160 Mio. Rubel hergestellt.", "2025-12"),
    ],
)
def test_a_part_of_the_period_before_is_no_period_later_facts_carry(part: str, as_of: str) -> None:
    series = news_series(_PART.format(part), "2026-01-28")
    output = series[series["indicator"] == "park.output"]
    assert as_of in set(output["as_of"]), output  # the part keeps its own period
    assert _point(series, "park.exports", 410e6) == ("2025", "text")


@pytest.mark.parametrize(
    ("sentence", "as_of"),
    [
        # counter-examples: a sub-period told as no part is the period the facts after it
        # carry; a part of another period (not within the year before) too
        ("Im vierten Quartal wuchs die Produktion um 35 Prozent.", "2025-Q4"),
        ("Allein im ersten Quartal 2026 wuchs die Produktion um 35 Prozent.", "2026-Q1"),
    ],
)
def test_a_sub_period_told_as_no_part_of_the_one_before_is_carried(
    sentence: str, as_of: str
) -> None:
    series = news_series(_PART.format(sentence), "2026-04-28")
    assert _point(series, "park.exports", 410e6) == (as_of, "text")


_RELATIVE = """Bilanz des Industrieparks

PEKING, 20. Januar (CRI) – {}
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "Auf 1,9 Milliarden Rubel beläuft sich der Wert der Waren, die die Residenten des "
        "Industrieparks „Großer Stein“ im Jahr 2025 hergestellt haben – das 1,3-fache des "
        "Vorjahres.",
        "1,9 Milliarden Rubel beträgt der Wert der Produktion, die im Industriepark Großer "
        "Stein im Jahr 2025 erzeugt wurde.",
        "Waren für 1,9 Milliarden Rubel umfasst die Produktion des Industrieparks Großer Stein, "
        "die 2025 hergestellt wurde.",
        "Mit 1,9 Milliarden Rubel bezifferte die Parkverwaltung den Wert der Industrieprodukte, "
        "welche die Residenten des Industrieparks Großer Stein 2025 produzierten.",
        "Rund 1,9 Milliarden Rubel erreichte der Wert der Güter, deren Herstellung die "
        "Residenten des Industrieparks Großer Stein im Jahr 2025 meldeten.",
    ],
)
def test_a_date_in_a_relative_clause_after_a_fronted_figure_dates_it(sentence: str) -> None:
    figures = bycn.parse_text(_RELATIVE.format(sentence), doc="news", meta={"date": "2026-01-20"})
    found = figures.figures
    assert list(found.loc[found["value"] == 1.9e9, "as_of"]) == ["2025"]


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Der Wert der Waren liegt bei 1,9 Mrd., die im Jahr 2025 hergestellt wurden",
            "Mrd.",
            "2025",
        ),
        ("Die Firmen, in denen 2025 gearbeitet wurde, setzten 2,1 Mrd. um", "Firmen", "2025"),
        # counter-examples: a figure of the relative clause's own, a clause after it, a
        # clause that opens with no relative pronoun, a base ("seit")
        ("Die Exporte stiegen auf 410 Mio., die 2024 noch 320 Mio. betragen hatten", "Mio.", ""),
        (
            "Der Park zählt 150 Residenten, die aus China kommen, 2025 waren es 120",
            "Residenten",
            "",
        ),
        ("Der Park zählt 150 Residenten, im Jahr 2025 waren es noch 120", "Residenten", ""),
        ("Im Park arbeiten 3.200 Menschen, die seit 2015 eingestellt wurden", "Menschen", ""),
    ],
)
def test_a_date_after_the_figure_in_a_relative_clause(
    text: str, figure: str, expected: str
) -> None:
    dates = SentenceDates.of(text, find_dates(text, "2026-01-20"))
    found = dates.after_in_clause(text.index(figure) + len(figure))
    assert (found.value if found is not None else "") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In zwei Jahren soll der Warenumsatz 10 Mrd. Dollar erreichen.", ["2027"]),
        ("In 3 Jahren will der Park 250 Residenten zählen.", ["2028"]),
        ("Innerhalb von zwei Jahren soll die Zahl der Studierenden auf 20.000 steigen.", ["2027"]),
        ("Binnen fünf Jahren sollen die Ausfuhren auf 1 Mrd. Dollar wachsen.", ["2030"]),
        ("Der Umsatz wird in vier Jahren 12 Mrd. Dollar betragen.", ["2029"]),
        ("Diese Zahl wollen wir in zwei Jahren verdoppeln.", ["2027"]),
        # counter-examples: "in zwei Jahren" told in the past is a span, no year; a span a
        # sum is spread over; a count of years that is no number
        ("In zwei Jahren hat sich der Handel verdoppelt.", []),
        ("Innerhalb von drei Jahren wurden 40 Firmen registriert.", []),
        ("In den kommenden drei Jahren will er 120 Mio. Dollar investieren.", []),
        ("In vielen Jahren soll es so weit sein.", []),
    ],
)
def test_years_ahead_of_a_plan_are_its_target_year(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_dates(text, "2025-05-10")] == expected


def test_a_target_in_two_years_is_of_the_documents_year_plus_two() -> None:
    text = (
        "MINSK, 12. März (BelTA) – Der Industriepark Großer Stein zählt derzeit 142 Residenten. "
        "In zwei Jahren soll ihre Zahl auf 200 steigen, sagte der Leiter der Parkverwaltung."
    )
    series = news_series(text, "2026-03-12")
    assert _point(series, "park.residents", 200.0) == ("2028", "text")
    assert _point(series, "park.residents", 142.0) == ("2026-03", "text")


_ONE_PARAGRAPH = (
    "MINSK, 28. Januar (BelTA) – Die Residenten des Industrieparks Großer Stein haben im Jahr "
    "2025 Industrieprodukte im Wert von 1,3 Mrd. Rubel hergestellt. {} {}"
)
_EXPORTS_AFTER = "Die Exporte der Parkunternehmen erreichten 410 Mio. US-Dollar."


@pytest.mark.parametrize(
    "part",
    [
        "Allein im vierten Quartal wuchs die Produktion um 35 Prozent.",
        "Allein im Dezember wurden Waren für 160 Mio. Rubel produziert.",
        "Davon wurden im vierten Quartal Waren für 420 Mio. Rubel hergestellt.",
        "Im zweiten Halbjahr allein wuchs die Produktion um 35 Prozent.",
        "Darunter wurden im Dezember Waren für 160 Mio. Rubel hergestellt.",
    ],
)
def test_a_part_in_the_paragraph_leaves_the_whole_to_the_sentences_after(part: str) -> None:
    series = news_series(_ONE_PARAGRAPH.format(part, _EXPORTS_AFTER), "2026-01-28")
    assert _point(series, "park.exports", 410e6) == ("2025", "text")


@pytest.mark.parametrize(
    ("part", "after", "point", "as_of"),
    [
        # counter-examples: a sub-period told as no part; a sentence that points back at
        # the part ("Damit"); a part of no period before it in the paragraph
        (
            "Im vierten Quartal wuchs die Produktion um 35 Prozent.",
            _EXPORTS_AFTER,
            ("park.exports", 410e6),
            "2025-Q4",
        ),
        (
            "Allein im Dezember kamen drei neue Residenten hinzu.",
            "Damit stieg die Zahl der Residenten auf 142.",
            ("park.residents", 142.0),
            "2025-12",
        ),
        (
            "Allein im ersten Quartal 2026 wuchs die Produktion um 35 Prozent.",
            _EXPORTS_AFTER,
            ("park.exports", 410e6),
            "2026-Q1",
        ),
    ],
)
def test_a_sub_period_that_is_no_part_of_the_whole_before_dates_what_follows(
    part: str, after: str, point: tuple[str, float], as_of: str
) -> None:
    series = news_series(_ONE_PARAGRAPH.format(part, after), "2026-04-28")
    assert _point(series, *point) == (as_of, "text")


def test_a_word_of_now_after_a_part_word_is_no_part() -> None:
    # counter-example: "von denen bereits" says how far, names no sub-period; it dates the
    # sentences after it as before (the text's time), not the date before it
    text = (
        "MINSK, 10. Mai (BelTA) – Mitte April 2022 waren im Industriepark Großer Stein 89 "
        "Residenten registriert. Das Volumen der angemeldeten Investitionen beläuft sich auf "
        "1,24 Milliarden Dollar, von denen bereits mehr als 750 Millionen Dollar investiert "
        "wurden. Die Residenten haben mehr als 1.800 neue Arbeitsplätze geschaffen."
    )
    series = news_series(text, "2022-05-10")
    assert _point(series, "park.jobs", 1800.0) == ("2022-05", "document")
