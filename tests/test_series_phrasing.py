"""Indicators in the words news agencies use (issue 7): compounds, verbs and nouns of an
indicator, a growth tacked on after a comma, a plan that continues the indicator before.

Test texts of our own in the style of BelTA, Xinhua, dpa, ministries, Belstat and
university pages: for each class several phrasings that must become points, and ones
said alike that must not (food exports of another country, students in general,
Belarusian money invested in China, one product's exports, a growth of a figure that is
no point).
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

from bycn.exceptions import CatalogError
from bycn.indicators.catalog import load_catalog, parse_catalog

Point = tuple[str, str, float, str]


points = points_of("indicator entity value status", date="2024-05-15")


def must(text: str, expected: list[Point]) -> None:
    assert points(text) == sorted(expected)


# --- compounds ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Lebensmittelexporte nach China stiegen 2023 auf 512 Mio. US-Dollar.",
            [("trade.food_exports", "Belarus-China", 512e6, "actual")],
        ),
        (
            "Belarus hat seine Nahrungsmittelexporte nach China im ersten Quartal um 18 "
            "Prozent gesteigert.",
            [("trade.food_exports", "Belarus-China", 18.0, "actual")],
        ),
        (
            "Die Lebensmittellieferungen nach China summierten sich im Januar-April auf 160 "
            "Mio. Dollar.",
            [("trade.food_exports", "Belarus-China", 160e6, "actual")],
        ),
        # a breakdown after the total leaves it a total
        (
            "Die Exporte von Lebensmitteln nach China erreichten 2022 rund 470 Millionen "
            "Dollar, vor allem Milchpulver, Rindfleisch und Geflügel.",
            [("trade.food_exports", "Belarus-China", 470e6, "actual")],
        ),
        (
            "Der Industriepark Großer Stein wächst. Die Zahl der Parkresidenten stieg bis "
            "Ende April auf 138.",
            [("park.residents", "Great Stone", 138.0, "actual")],
        ),
        (
            "Der chinesisch-belarussische Industriepark zog Bilanz. Die Exporte der Residenten "
            "verdoppelten sich. Neue Hallen wurden gebaut. Die Verwaltung lobte die Partner. "
            "Die Industrieproduktion der Parkunternehmen wuchs im ersten Quartal um 22 Prozent.",
            [("park.output", "Great Stone", 22.0, "actual")],
        ),
        (
            "Die Staatliche Technische Universität Brest hat bisher 31 Kooperationsverträge "
            "mit chinesischen Hochschulen unterzeichnet.",
            [("edu.institution_agreements", "BrSTU", 31.0, "actual")],
        ),
        (
            "An den Hochschulen des Landes arbeiten inzwischen 14 gemeinsame Forschungslabors "
            "mit chinesischen Partnern.",
            [("edu.joint_structures", "Belarus-China", 14.0, "actual")],
        ),
    ],
)
def test_compounds_are_the_indicator(text: str, expected: list[Point]) -> None:
    must(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # one product's exports are a part of the total, not all exports nor all food
        "Die Milchexporte nach China erreichten 2023 rund 210 Mio. US-Dollar.",
        # ("Die Agrarexporte nach China" are the food exports, as "landwirtschaftliche
        # Exporte" are: tests/test_series_realwording5.py)
        "Die Maschinenbauexporte nach China wuchsen um 12 Prozent.",
        # food exports of another country, and of a region (no national total)
        "Russlands Lebensmittelexporte nach China erreichten 2023 rund 7,6 Mrd. Dollar.",
        "Die Lebensmittelexporte des Gebiets Brest nach China erreichten 80 Mio. Dollar.",
        "Die russischen Agrarexporte nach China stiegen 2023 auf 7 Mrd. Dollar.",
        # nor are another country's exports Belarus's
        "Russlands Exporte nach China stiegen 2023 auf 129 Mrd. Dollar.",
        # contracts that are no cooperation agreements
        "Die Staatliche Technische Universität Brest hat 240 Arbeitsverträge geschlossen.",
    ],
)
def test_compounds_of_something_else_are_no_points(text: str) -> None:
    assert points(text) == []


def test_exports_to_another_country_in_the_same_sentence_are_no_exports_to_china() -> None:
    text = (
        "Die belarussischen Exporte nach China stiegen um 20 Prozent, nach Russland um 5 Prozent."
    )
    must(text, [("trade.exports", "Belarus-China", 20.0, "actual")])


# --- verbs and nouns of an indicator ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Residenten des Industrieparks Great Stone haben 2023 Investitionen in Höhe "
            "von 240 Millionen Dollar getätigt.",
            [("park.investment_actual", "Great Stone", 240e6, "actual")],
        ),
        (
            "Im Industriepark Großer Stein sind 130 Residenten registriert. Die tatsächlich "
            "getätigten Investitionen belaufen sich auf 1,3 Mrd. US-Dollar.",
            [
                ("park.investment_actual", "Great Stone", 1.3e9, "actual"),
                ("park.residents", "Great Stone", 130.0, "actual"),
            ],
        ),
        (
            "Chinesische Unternehmen haben im vergangenen Jahr 38 Millionen Dollar in die "
            "Wirtschaft des Gebiets Mogiljow investiert.",
            [("trade.chinese_investment", "Mogilev region", 38e6, "actual")],
        ),
        (
            "Chinesische Firmen haben 2023 rund 52 Mio. US-Dollar an Direktinvestitionen in "
            "das Gebiet Witebsk gelenkt.",
            [("trade.chinese_investment", "Vitebsk region", 52e6, "actual")],
        ),
        (
            "Investoren aus China legten im ersten Halbjahr 95 Mio. Dollar in Belarus an.",
            [("trade.chinese_investment", "Belarus-China", 95e6, "actual")],
        ),
        (
            "Nach Angaben des Ministeriums absolvieren derzeit rund 2.400 Belarussen ein "
            "Studium in der Volksrepublik.",
            [("edu.students_by_in_cn", "Belarus-China", 2400.0, "actual")],
        ),
        (
            "An belarussischen Hochschulen sind zurzeit mehr als 6.100 chinesische "
            "Staatsbürger eingeschrieben.",
            [("edu.students_cn_in_by", "Belarus-China", 6100.0, "actual")],
        ),
        (
            "Die Belarussische Staatliche Universität begrüßte neue Gäste. An der Universität "
            "studieren derzeit 1.800 chinesische Staatsbürger.",
            [("edu.institution_students", "BSU", 1800.0, "actual")],
        ),
        (
            "Gemeinsam mit chinesischen Universitäten werden derzeit 41 Bildungsprogramme "
            "durchgeführt, teilte das Bildungsministerium mit.",
            [("edu.joint_programmes", "Belarus-China", 41.0, "actual")],
        ),
        (
            "Landesweit wurden bislang 17 gemeinsame Labors und Zentren mit chinesischen "
            "Partnern eröffnet.",
            [("edu.joint_structures", "Belarus-China", 17.0, "actual")],
        ),
        (
            "Belarus lieferte 2023 Lebensmittel im Wert von 560 Mio. Dollar nach China.",
            [("trade.food_exports", "Belarus-China", 560e6, "actual")],
        ),
        (
            "Belarus exportierte 2023 Waren im Wert von 2,4 Mrd. Dollar nach China.",
            [("trade.exports", "Belarus-China", 2.4e9, "actual")],
        ),
        (
            "Belarussische Unternehmen lieferten im ersten Halbjahr Waren für 1,1 Mrd. Dollar "
            "nach China.",
            [("trade.exports", "Belarus-China", 1.1e9, "actual")],
        ),
        (
            "China investierte 2022 rund 300 Mio. Dollar in die belarussische Wirtschaft.",
            [("trade.chinese_investment", "Belarus-China", 300e6, "actual")],
        ),
        (
            "Die Residenten des Industrieparks Great Stone produzierten 2023 Waren im Wert von "
            "610 Mio. Dollar.",
            [("park.output", "Great Stone", 610e6, "actual")],
        ),
        (
            "Der Industriepark Great Stone wächst. Im vergangenen Jahr kamen 19 Unternehmen hinzu.",
            [("park.new_residents", "Great Stone", 19.0, "actual")],
        ),
        (
            "Der Industriepark Great Stone zog Bilanz. Das Volumen der geplanten Investitionen "
            "seiner Residenten beträgt 1,5 Mrd. Dollar.",
            [("park.investment_declared", "Great Stone", 1.5e9, "actual")],
        ),
        (
            "Der Außenhandel von Belarus mit China erreichte 2023 rund 8,4 Mrd. Dollar.",
            [("trade.turnover", "Belarus-China", 8.4e9, "actual")],
        ),
    ],
)
def test_verbs_and_nouns_of_an_indicator(text: str, expected: list[Point]) -> None:
    must(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # Belarusian money put into Chinese firms or into China is no Chinese investment
        "Belarussische Firmen haben 2023 rund 30 Mio. Dollar in chinesische Unternehmen "
        "investiert.",
        "Chinesische Unternehmen investierten 2023 rund 60 Mio. US-Dollar in China.",
        # Chinese firms that trade, not invest
        "Chinesische Unternehmen lieferten 2023 Waren für 3 Mrd. Dollar nach Belarus.",
        # citizens who do not study, Belarusians who do not study
        "In Belarus leben derzeit rund 9.000 chinesische Staatsbürger.",
        "An der Belarussischen Staatlichen Universität arbeiten 40 chinesische "
        "Staatsbürger als Dozenten.",
        "Rund 1.700 Belarussen absolvieren derzeit ein Praktikum in der Volksrepublik.",
        # students in general
        "An belarussischen Hochschulen studieren derzeit rund 230.000 Studierende.",
        # one university's programmes are not the country's total
        "Die BNTU führt gemeinsam mit chinesischen Universitäten 12 Bildungsprogramme durch.",
        # China's deliveries to Belarus, Belarus's money put into China, one region's
        # deliveries as a national total, one plant's output as the park's
        "China lieferte 2023 Waren für 5 Mrd. Dollar nach Belarus.",
        "Belarus hat 2022 in China 20 Mio. Dollar investiert.",
        "Im Industriepark Great Stone hat das Werk von Geely 2023 Autos für 300 Mio. Dollar "
        "produziert.",
        "Belarus lieferte Waren für 2 Mrd. Dollar nach Russland.",
        # one product's deliveries are no total of exports
        "Belarus lieferte 2023 Traktoren für 50 Mio. Dollar nach China.",
        # another country's trade with China; a share of the trade is no growth of it
        "Der Handel Russlands mit China erreichte 2023 rund 240 Mrd. Dollar.",
        "Der Handel zwischen Russland und China erreichte 240 Mrd. Dollar.",
        "Der Handel mit China macht 15 Prozent des belarussischen Außenhandels aus.",
    ],
)
def test_what_is_said_alike_of_something_else_is_no_point(text: str) -> None:
    assert points(text) == []


# --- a growth tacked on after a comma ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im ersten Quartal flossen chinesische Investitionen in Höhe von 150 Millionen "
            "Dollar nach Belarus, 12 Prozent mehr als ein Jahr zuvor.",
            [
                ("trade.chinese_investment", "Belarus-China", 150e6, "actual"),
                ("trade.chinese_investment", "Belarus-China", 12.0, "actual"),
            ],
        ),
        (
            "Die Residenten des Industrieparks Great Stone erzielten Einnahmen von 410 Mio. "
            "US-Dollar, ein Plus von 19 Prozent.",
            [
                ("park.revenue", "Great Stone", 410e6, "actual"),
                ("park.revenue", "Great Stone", 19.0, "actual"),
            ],
        ),
        (
            "Die Industrieproduktion im Industriepark Welikij Kamen erreichte 2023 rund 520 "
            "Mio. Dollar, das 1,5-fache des Vorjahres.",
            [
                ("park.output", "Great Stone", 520e6, "actual"),
                ("park.output", "Great Stone", 1.5, "actual"),
            ],
        ),
        (
            "Chinesische Unternehmen haben 2023 rund 70 Mio. Dollar in die Wirtschaft des "
            "Gebiets Gomel investiert, was einem Zuwachs von 25 Prozent entspricht.",
            [
                ("trade.chinese_investment", "Gomel region", 70e6, "actual"),
                ("trade.chinese_investment", "Gomel region", 25.0, "actual"),
            ],
        ),
    ],
)
def test_a_growth_after_a_comma_is_the_amounts(text: str, expected: list[Point]) -> None:
    must(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the amount before is no point: its growth is no one's
        ("Die Importe aus China beliefen sich auf 3 Mrd. Dollar, 10 Prozent mehr als 2022.", []),
        # the growth belongs to the figure just before it, which is no point
        (
            "Belarus und China bauen ihre Zusammenarbeit aus. "
            "Der Handelsumsatz betrug 5 Mrd. Dollar, die Importe 3 Mrd. Dollar, 10 Prozent "
            "mehr als 2022.",
            [("trade.turnover", "Belarus-China", 5e9, "actual")],
        ),
        # a share is no growth, nor is a difference of amounts
        (
            "Belarus und China bauen ihre Zusammenarbeit aus. "
            "Der Handelsumsatz erreichte 5,1 Mrd. US-Dollar, 8,9 Prozent des belarussischen "
            "Außenhandels.",
            [("trade.turnover", "Belarus-China", 5.1e9, "actual")],
        ),
        (
            "Die chinesischen Investitionen erreichten 200 Mio. Dollar, 50 Mio. Dollar mehr "
            "als 2022.",
            [("trade.chinese_investment", "Belarus-China", 200e6, "actual")],
        ),
        # a figure of its own in the next clause is not an apposition
        (
            "Die chinesischen Investitionen erreichten 200 Mio. Dollar, davon entfielen 40 "
            "Prozent auf den Industriepark.",
            [("trade.chinese_investment", "Belarus-China", 200e6, "actual")],
        ),
    ],
)
def test_what_is_no_growth_of_the_amount_before(text: str, expected: list[Point]) -> None:
    must(text, expected)


def test_appositions_are_catalog_data_and_checked() -> None:
    appositions = load_catalog().refer_back.appositions
    assert any(p.search("") for p in appositions)
    assert any(p.search(" ein Plus von ") for p in appositions)
    assert not any(p.search("davon entfielen ") for p in appositions)
    data = {"entities": [], "indicators": [], "refer_back": {"openers": [], "appositions": ["("]}}
    with pytest.raises(CatalogError) as err:
        parse_catalog(data)
    assert "refer_back.appositions[0]" in str(err.value)


# --- a plan that continues the indicator named before ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Belarussische und chinesische Hochschulen setzen 35 gemeinsame "
            "Bildungsprogramme um.\n\nBis 2026 sollen es mindestens 45 gemeinsame Programme "
            "werden.",
            [
                ("edu.joint_programmes", "Belarus-China", 35.0, "actual"),
                ("edu.joint_programmes", "Belarus-China", 45.0, "target"),
            ],
        ),
        (
            "Das Bildungsministerium zog Bilanz der Zusammenarbeit mit chinesischen "
            "Universitäten. Bis 2027 sollen 60 gemeinsame Studienprogramme angeboten werden.",
            [("edu.joint_programmes", "Belarus-China", 60.0, "target")],
        ),
    ],
)
def test_a_plan_continues_the_programmes(text: str, expected: list[Point]) -> None:
    must(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "es": a neuter noun of the indicator, or the count before
        (
            "Das Handelsvolumen zwischen Belarus und China betrug 2022 rund 5,1 Mrd. Dollar. "
            "Bis 2025 soll es auf 8 Mrd. Dollar wachsen.",
            [
                ("trade.turnover", "Belarus-China", 5.1e9, "actual"),
                ("trade.turnover", "Belarus-China", 8e9, "target"),
            ],
        ),
        (
            "Das Exportvolumen nach China erreichte 2022 rund 2 Mrd. Dollar. Im ersten "
            "Halbjahr 2023 stieg es um 12 Prozent.",
            [
                ("trade.exports", "Belarus-China", 2e9, "actual"),
                ("trade.exports", "Belarus-China", 12.0, "actual"),
            ],
        ),
        (
            "Belarussische und chinesische Hochschulen setzen 35 gemeinsame "
            "Bildungsprogramme um. Bis 2026 sollen es 45 werden.",
            [
                ("edu.joint_programmes", "Belarus-China", 35.0, "actual"),
                ("edu.joint_programmes", "Belarus-China", 45.0, "target"),
            ],
        ),
        # an expletive "es" with a noun of its own refers to nothing
        (
            "Belarus und China bauen ihre Zusammenarbeit aus. "
            "Der Handelsumsatz erreichte 5,1 Mrd. Dollar. Bis 2025 soll es Kredite über 2 Mrd. "
            "Dollar geben.",
            [("trade.turnover", "Belarus-China", 5.1e9, "actual")],
        ),
    ],
)
def test_es_continues_the_point_before(text: str, expected: list[Point]) -> None:
    must(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # programmes of another field, in a text that is not on education
        "Belarus und China haben 2023 zwölf gemeinsame Programme in der Raumfahrt gestartet.",
        # one university's programmes
        "Die BNTU hat viele Partner an chinesischen Universitäten. Bis 2026 will die BNTU 15 "
        "gemeinsame Programme anbieten.",
    ],
)
def test_programmes_of_something_else_are_no_points(text: str) -> None:
    assert points(text) == []
