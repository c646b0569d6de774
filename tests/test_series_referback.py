"""Figures that continue the point of the sentence before (issue 7; indicators.md).

A news text names the indicator once and goes on in the next sentence: "Gegenüber dem
Vorjahr ist das ein Plus von 61 Prozent", "Im letzten Jahr betrug das Wachstum 40 %",
"Im Januar kamen weitere 19,8 Mio. Dollar hinzu", "Vor einem Jahr waren es 4.540". Test
texts of our own in the style of BelTA, dpa and ministries; beside each class, sentences
said alike that must not continue the point (a new topic, another entity, another unit).
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

import bycn
from bycn.exceptions import CatalogError
from bycn.indicators.catalog import load_catalog, parse_catalog
from bycn.indicators.series import load_series

Point = tuple[str, str, str, float, str, str]


points = points_of("indicator entity as_of value unit status", date="2024-05-15")


# --- "ist das ein Plus von", "betrug das Wachstum": the change of the point before ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Handel zwischen Belarus und China stieg im Januar-April auf 2,4 Mrd. Dollar. "
            "Gegenüber dem gleichen Zeitraum des Vorjahres ist das ein Plus von 23 Prozent.",
            [
                ("trade.turnover", "Belarus-China", "2024-01/2024-04", 2.4e9, "USD", "actual"),
                ("trade.turnover", "Belarus-China", "2024-01/2024-04", 23.0, "percent", "actual"),
            ],
        ),
        (
            "Die Betriebe des Gebiets Mogiljow lieferten 2023 Waren für 75 Mio. Dollar nach "
            "China. Im Vergleich zu 2022 war das ein Zuwachs von 18 Prozent.",
            [
                ("trade.regional", "Mogilev region", "2023", 75e6, "USD", "actual"),
                ("trade.regional", "Mogilev region", "2023", 18.0, "percent", "actual"),
            ],
        ),
        (
            "Die Exporte des Gebiets Brest nach China erreichten 2023 rund 120 Mio. Dollar. "
            "Im Jahr davor betrug das Wachstum 35 Prozent.",
            [
                ("trade.regional", "Brest region", "2022", 35.0, "percent", "actual"),
                ("trade.regional", "Brest region", "2023", 120e6, "USD", "actual"),
            ],
        ),
        (
            "Belarus exportierte 2023 Waren für 1,7 Mrd. Dollar nach China. Der Zuwachs lag "
            "bei 21 Prozent.",
            [
                ("trade.exports", "Belarus-China", "2023", 1.7e9, "USD", "actual"),
                ("trade.exports", "Belarus-China", "2023", 21.0, "percent", "actual"),
            ],
        ),
    ],
)
def test_a_change_said_of_the_point_before(text: str, expected: list[Point]) -> None:
    assert points(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # the change of something the clause names
        "Belarus exportierte 2023 Waren für 1,7 Mrd. Dollar nach China. Das Wachstum der "
        "Industrieproduktion betrug 4 Prozent.",
        "Belarus exportierte 2023 Waren für 1,7 Mrd. Dollar nach China. Im Jahr 2023 betrug "
        "der Anstieg bei Milchprodukten 30 Prozent.",
        # "das" as an article: the sentence names its own subject
        "Belarus exportierte 2023 Waren für 1,7 Mrd. Dollar nach China. Im Gebiet Minsk war "
        "das Wachstum der Löhne mit 12 Prozent am höchsten.",
        # another paragraph, another topic
        "Belarus exportierte 2023 Waren für 1,7 Mrd. Dollar nach China.\n\nDie Inflation "
        "sank deutlich. Gegenüber dem Vorjahr ist das ein Minus von 3 Prozent.",
        # a level in percent is no change of an amount
        "Belarus exportierte 2023 Waren für 1,7 Mrd. Dollar nach China. Das sind 4 Prozent "
        "der Ausfuhren.",
    ],
)
def test_what_is_no_change_of_the_point_before(text: str) -> None:
    found = points(text)
    assert [p for p in found if p[4] == "percent"] == []
    assert ("trade.exports", "Belarus-China", "2023", 1.7e9, "USD", "actual") in found


# --- "weitere ... hinzu": a flow's amount of a period of its own -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Insgesamt lieferte das Gebiet Witebsk im Jahr 2023 Waren für 96 Mio. Dollar nach "
            "China. Im Januar 2024 kamen weitere 8,5 Mio. Dollar hinzu.",
            [
                ("trade.regional", "Vitebsk region", "2023", 96e6, "USD", "actual"),
                ("trade.regional", "Vitebsk region", "2024-01", 8.5e6, "USD", "actual"),
            ],
        ),
        (
            "Die belarussischen Ausfuhren nach China beliefen sich im ersten Quartal auf 520 "
            "Mio. Dollar. Im April kamen nochmals 190 Mio. Dollar hinzu.",
            [
                ("trade.exports", "Belarus-China", "2024-04", 190e6, "USD", "actual"),
                ("trade.exports", "Belarus-China", "2024-Q1", 520e6, "USD", "actual"),
            ],
        ),
    ],
)
def test_an_amount_added_is_the_flow_of_its_own_period(text: str, expected: list[Point]) -> None:
    assert points(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is added to a level (a stock) is no level (the residents new in April are
        # the catalog's own rule's)
        (
            "Im Industriepark Great Stone sind 108 Unternehmen registriert. Im April kamen "
            "weitere 5 Unternehmen hinzu.",
            [
                ("park.new_residents", "Great Stone", "2024-04", 5.0, "count", "actual"),
                ("park.residents", "Great Stone", "2024-05", 108.0, "count", "actual"),
            ],
        ),
        (
            "Im Industriepark Great Stone wurden bis Ende 2023 rund 620 Mio. Dollar investiert. "
            "Im März 2024 kamen weitere 30 Mio. Dollar hinzu.",
            [("park.investment_actual", "Great Stone", "2023-12", 620e6, "USD", "actual")],
        ),
        # a part added within the same period is no value of the whole
        (
            "Das Gebiet Witebsk lieferte 2023 Waren für 96 Mio. Dollar nach China. 2023 kamen "
            "weitere 20 Mio. Dollar an Dienstleistungen hinzu.",
            [("trade.regional", "Vitebsk region", "2023", 96e6, "USD", "actual")],
        ),
        # another paragraph, another topic
        (
            "Das Gebiet Witebsk lieferte 2023 Waren für 96 Mio. Dollar nach China.\n\nDie "
            "Stadt baut eine neue Brücke. Im Januar 2024 kamen weitere 3 Mio. Dollar hinzu.",
            [("trade.regional", "Vitebsk region", "2023", 96e6, "USD", "actual")],
        ),
    ],
)
def test_what_is_no_amount_added_to_the_flow(text: str, expected: list[Point]) -> None:
    assert points(text) == sorted(expected)


# --- "Vor einem Jahr waren es": a level a year before the point it continues -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Studienjahr 2023/2024 studieren an belarussischen Hochschulen 6.100 Bürger der "
            "Volksrepublik China. Vor einem Jahr waren es 5.200.",
            [
                ("edu.students_cn_in_by", "Belarus-China", "2022/2023", 5200.0, "count", "actual"),
                ("edu.students_cn_in_by", "Belarus-China", "2023/2024", 6100.0, "count", "actual"),
            ],
        ),
        (
            "Der Handel zwischen Belarus und China erreichte im Januar-März 2,1 Mrd. Dollar. "
            "Im gleichen Zeitraum des Vorjahres waren es 1,6 Mrd. Dollar.",
            [
                ("trade.turnover", "Belarus-China", "2023-01/2023-03", 1.6e9, "USD", "actual"),
                ("trade.turnover", "Belarus-China", "2024-01/2024-03", 2.1e9, "USD", "actual"),
            ],
        ),
        # a point dated by its document: the same month a year before
        (
            "Derzeit studieren in Belarus 6.100 Studenten aus China. Ein Jahr zuvor waren es "
            "5.200.",
            [
                ("edu.students_cn_in_by", "Belarus-China", "2023-05", 5200.0, "count", "actual"),
                ("edu.students_cn_in_by", "Belarus-China", "2024-05", 6100.0, "count", "actual"),
            ],
        ),
        # so many years before
        (
            "Im Studienjahr 2023/2024 studieren an belarussischen Hochschulen 6.100 Bürger der "
            "Volksrepublik China. Vor fünf Jahren waren es erst 1.900.",
            [
                ("edu.students_cn_in_by", "Belarus-China", "2018/2019", 1900.0, "count", "actual"),
                ("edu.students_cn_in_by", "Belarus-China", "2023/2024", 6100.0, "count", "actual"),
            ],
        ),
        # a change against a year before is the change of the point's own period
        (
            "Der Handel zwischen Belarus und China erreichte im Januar-März 2,1 Mrd. Dollar. "
            "Das sind 30 Prozent mehr als vor einem Jahr.",
            [
                ("trade.turnover", "Belarus-China", "2024-01/2024-03", 2.1e9, "USD", "actual"),
                ("trade.turnover", "Belarus-China", "2024-01/2024-03", 30.0, "percent", "actual"),
            ],
        ),
        # "im vergangenen Jahr" is the document's year before, not the point's
        (
            "Der Handel zwischen Belarus und China erreichte im Januar-März 2,1 Mrd. Dollar. "
            "Im vergangenen Jahr waren es 8 Mrd. Dollar.",
            [
                ("trade.turnover", "Belarus-China", "2023", 8e9, "USD", "actual"),
                ("trade.turnover", "Belarus-China", "2024-01/2024-03", 2.1e9, "USD", "actual"),
            ],
        ),
    ],
)
def test_a_level_a_year_before_the_point(text: str, expected: list[Point]) -> None:
    assert points(text) == sorted(expected)


# --- a sentence after a point of the park goes on about the park ------------------------------

_PARK = (
    "Der Industriepark Great Stone bei Minsk wächst weiter. Die Verwaltung zog am Dienstag "
    "Bilanz. Neue Firmen seien hinzugekommen. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _PARK + "Die angekündigten Investitionen der Firmen summieren sich auf mehr als 1,5 "
            "Mrd. Dollar. Tatsächlich investiert wurden bislang rund 700 Mio. Dollar.",
            [
                ("park.investment_actual", "Great Stone", "2024-05", 700e6, "USD", "actual"),
                ("park.investment_declared", "Great Stone", "2024-05", 1.5e9, "USD", "actual"),
            ],
        ),
        (
            _PARK + "Inzwischen sind 115 Unternehmen registriert. Sie beschäftigen rund 2.500 "
            "Mitarbeiter.",
            [
                ("park.jobs", "Great Stone", "2024-05", 2500.0, "count", "actual"),
                ("park.residents", "Great Stone", "2024-05", 115.0, "count", "actual"),
            ],
        ),
    ],
)
def test_the_sentence_after_a_point_of_the_park_goes_on_about_it(
    text: str, expected: list[Point]
) -> None:
    assert points(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence before holds no point: the park is out of reach
        (
            _PARK + "Die Verwaltung äußerte sich zufrieden. Tatsächlich investiert wurden "
            "bislang rund 700 Mio. Dollar.",
            [],
        ),
        # another paragraph
        (
            _PARK + "Inzwischen sind 115 Unternehmen registriert.\n\nIn Belarus wurden "
            "insgesamt 3 Mrd. Dollar investiert.",
            [("park.residents", "Great Stone", "2024-05", 115.0, "count", "actual")],
        ),
        # another zone, named
        (
            _PARK + "Inzwischen sind 115 Unternehmen registriert. Im Hightech-Park wurden "
            "bislang 90 Mio. Dollar investiert.",
            [("park.residents", "Great Stone", "2024-05", 115.0, "count", "actual")],
        ),
        # a region's rules need China named within their reach, whatever point is before:
        # the exports to the Gulf are not the region's to China
        (
            "Das Gebiet Brest exportierte 2023 Waren für 150 Mio. Dollar nach China. Die "
            "Zusammenarbeit mit den Golfstaaten wurde vertieft, was dazu führte, dass der "
            "Export um das 2,4-fache gestiegen ist.",
            [("trade.regional", "Brest region", "2023", 150e6, "USD", "actual")],
        ),
    ],
)
def test_what_does_not_go_on_about_the_park(text: str, expected: list[Point]) -> None:
    assert points(text) == sorted(expected)


# --- ", was einer 2,8-fachen Steigerung entspricht": the growth of the amount before -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Handel zwischen Belarus und China ist 2023 auf 8,4 Mrd. Dollar gestiegen, was "
            "einer 2,8-fachen Steigerung gegenüber 2020 entspricht.",
            [
                ("trade.turnover", "Belarus-China", "2023", 2.8, "times", "actual"),
                ("trade.turnover", "Belarus-China", "2023", 8.4e9, "USD", "actual"),
            ],
        ),
        # a share is no growth
        (
            "Die Exporte von Belarus nach China erreichten 2023 rund 1,7 Mrd. Dollar, was einer "
            "4-prozentigen Quote entspricht.",
            [("trade.exports", "Belarus-China", "2023", 1.7e9, "USD", "actual")],
        ),
        # after a figure that is no point, the growth is no one's
        (
            "Die Importe aus Russland stiegen 2023 auf 20 Mrd. Dollar, was einer 1,5-fachen "
            "Steigerung entspricht.",
            [],
        ),
    ],
)
def test_a_growth_said_as_what_the_amount_amounts_to(text: str, expected: list[Point]) -> None:
    assert points(text) == sorted(expected)


# --- a flow that only its document would date is of the period its title names -------------


def dated(title: str, text: str) -> list[tuple[str, str, str, float, str]]:
    """(indicator, as_of, dated_by, value, unit) of each point of a news text of 15 May
    2024 titled ``title`` (its front matter's)."""
    document = bycn.parse_text(text, doc="news", meta={"date": "2024-05-15", "title": title})
    series = load_series(document)
    return sorted((p.indicator, p.as_of, p.dated_by, p.value, p.unit) for p in series.itertuples())


def test_a_flow_without_a_date_is_of_the_period_its_title_names() -> None:
    text = (
        "Im Januar–März belief sich der Handelsumsatz von Belarus mit China auf 2,1 Mrd. "
        "Dollar.\n\nDie Ausfuhr von Waren nach China betrug 520 Mio. Dollar (96 Prozent des "
        "Vorjahresniveaus)."
    )
    assert dated("Außenhandel der Republik Belarus mit China im Januar–März 2024", text) == [
        ("trade.exports", "2024-01/2024-03", "text", 96.0, "percent"),
        ("trade.exports", "2024-01/2024-03", "text", 520e6, "USD"),
        ("trade.turnover", "2024-01/2024-03", "text", 2.1e9, "USD"),
    ]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a deadline in the title is no period the text reports on
        (
            "Handel mit China soll bis Ende 2024 auf 10 Mrd. Dollar steigen",
            "Die Ausfuhr von Waren nach China betrug 520 Mio. Dollar.",
            [("trade.exports", "2024-05", "document", 520e6, "USD")],
        ),
        # nor a year long past, nor a span of years
        (
            "Vor fünf Jahren eröffnet: Handelshaus in Peking zieht Bilanz",
            "Die Ausfuhr von Waren nach China betrug 520 Mio. Dollar.",
            [("trade.exports", "2024-05", "document", 520e6, "USD")],
        ),
        (
            "Von 2015 bis 2023: Handel mit China verdreifacht",
            "Die Ausfuhr von Waren nach China betrug 520 Mio. Dollar.",
            [("trade.exports", "2024-05", "document", 520e6, "USD")],
        ),
        # a level (a stock) is as of its document, not of a period
        (
            "Industriepark Great Stone im ersten Quartal 2024",
            "Im Industriepark Great Stone sind 120 Unternehmen registriert.",
            [("park.residents", "2024-05", "document", 120.0, "count")],
        ),
    ],
)
def test_what_a_title_does_not_date(title: str, body: str, expected: list) -> None:
    assert dated(title, body) == expected


def test_a_level_a_year_before_a_plan_is_dated_by_its_text() -> None:
    text = (
        "Bis 2026 soll die Zahl der chinesischen Studenten an belarussischen Hochschulen auf "
        "8.000 steigen. Vor einem Jahr waren es 5.200."
    )
    assert points(text) == [
        ("edu.students_cn_in_by", "Belarus-China", "2023", 5200.0, "count", "actual"),
        ("edu.students_cn_in_by", "Belarus-China", "2026", 8000.0, "count", "target"),
    ]


@pytest.mark.parametrize("key", ["added", "year_before"])
def test_the_words_are_catalog_data_and_checked(key: str) -> None:
    assert getattr(load_catalog().refer_back, key)
    data = {"entities": [], "indicators": [], "refer_back": {"openers": [], key: ["("]}}
    with pytest.raises(CatalogError) as err:
        parse_catalog(data)
    assert f"refer_back.{key}[0]" in str(err.value)
