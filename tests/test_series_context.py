"""What a sentence before names (the park, food) does not claim a figure whose own clause names
another owner or the whole (issue 7). Test texts of our own, in the style of agency reports,
with counter-examples that stay what they were."""

from __future__ import annotations

import pytest
from tests.conftest import news_series, points_of

Point = tuple[str, str, float]

_PARK = "Im Industriepark Great Stone sind inzwischen 130 Residenten registriert. "
_FOOD = "Belarus lieferte im ersten Quartal Lebensmittel für 180 Millionen Dollar nach China. "


points = points_of(
    "indicator entity value", date="2024-06-20", opening="MINSK, 20. Juni (BelTA) – "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The park named before: a region's investment is the region's ...
        (
            _PARK + "Chinesische Investoren haben im Gebiet Brest seit 2015 insgesamt 120 "
            "Millionen Dollar investiert.",
            [
                ("park.residents", "Great Stone", 130.0),
                ("trade.chinese_investment", "Brest region", 1.2e8),
            ],
        ),
        # ... and the country's exports are the country's.
        (
            _PARK + "Die belarussischen Exporte nach China erreichten 2023 rund 1,9 Milliarden "
            "Dollar.",
            [("park.residents", "Great Stone", 130.0), ("trade.exports", "Belarus-China", 1.9e9)],
        ),
        # Counter-examples: the park's own investment and its residents' exports stay the park's.
        (
            _PARK + "Bislang wurden im Park rund 800 Millionen Dollar investiert. Die Residenten "
            "exportierten Waren für 210 Millionen Dollar.",
            [
                ("park.exports", "Great Stone", 2.1e8),
                ("park.investment_actual", "Great Stone", 8e8),
                ("park.residents", "Great Stone", 130.0),
            ],
        ),
        # Food named before: the total of all goods is the total.
        (
            _FOOD + "Insgesamt exportierte Belarus im ersten Quartal Waren für 620 Millionen "
            "Dollar nach China.",
            [
                ("trade.exports", "Belarus-China", 6.2e8),
                ("trade.food_exports", "Belarus-China", 1.8e8),
            ],
        ),
        (
            _FOOD
            + "Die Gesamtexporte nach China erreichten im ersten Quartal 620 Millionen Dollar.",
            [
                ("trade.exports", "Belarus-China", 6.2e8),
                ("trade.food_exports", "Belarus-China", 1.8e8),
            ],
        ),
        # Imports said after the exports are no food exports.
        (
            "Die Exporte von Lebensmitteln nach China beliefen sich im ersten Quartal auf 180 "
            "Millionen Dollar, die Importe aus China auf 1,9 Milliarden Dollar.",
            [("trade.food_exports", "Belarus-China", 1.8e8)],
        ),
        # Counter-example: a total of food is food.
        (
            "Die Lebensmittelexporte nach China sind gestiegen. Insgesamt wurden im ersten Quartal "
            "Nahrungsmittel für 180 Millionen Dollar nach China exportiert.",
            [("trade.food_exports", "Belarus-China", 1.8e8)],
        ),
    ],
)
def test_a_clause_that_names_another_owner_is_not_claimed_by_the_sentences_before(
    text: str, expected: list[Point]
) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chinas Direktinvestitionen in Belarus beliefen sich im ersten Halbjahr auf 92 "
            "Millionen Dollar.",
            [("trade.chinese_investment", "Belarus-China", 9.2e7)],
        ),
        (
            "Die Investitionen der Volksrepublik China in die Wirtschaft des Gebiets Gomel "
            "erreichten 2023 rund 45 Millionen Dollar.",
            [("trade.chinese_investment", "Gomel region", 4.5e7)],
        ),
        # China's investment elsewhere is no investment in Belarus.
        ("Chinesische Investitionen in Kasachstan erreichten 2023 rund 2 Milliarden Dollar.", []),
        ("Chinas Investitionen in der Ukraine erreichten 2023 rund 2 Milliarden Dollar.", []),
        ("Chinesische Unternehmen haben in Russland 3 Milliarden Dollar investiert.", []),
    ],
)
def test_chinas_investment_by_its_genitive_and_only_in_belarus(
    text: str, expected: list[Point]
) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Warenumsatz zwischen der Provinz Shandong und Belarus stieg 2021 um 30 Prozent.", []),
        (
            "Der Handel zwischen Belarus und der Provinz Henan erreichte 2023 rund 300 Millionen "
            "Dollar.",
            [],
        ),
        # Counter-example: the two countries' turnover, and its growth.
        (
            "Der Warenumsatz zwischen Belarus und China stieg 2021 um 30 Prozent auf 5 Milliarden "
            "Dollar.",
            [("trade.turnover", "Belarus-China", 30.0), ("trade.turnover", "Belarus-China", 5e9)],
        ),
    ],
)
def test_one_chinese_provinces_trade_is_no_turnover_of_the_two_countries(
    text: str, expected: list[Point]
) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bislang haben 81 belarussische Unternehmen die Akkreditierung für Lieferungen nach "
            "China erhalten.",
            [("trade.accredited_producers", "Belarus-China", 81.0)],
        ),
        (
            "Bislang haben 81 belarussische Unternehmen eine Zulassung für den Export nach China "
            "erhalten.",
            [("trade.accredited_producers", "Belarus-China", 81.0)],
        ),
        # Counter-example: accredited for another market.
        (
            "Bislang haben 81 belarussische Unternehmen eine Zulassung für den Export nach "
            "Russland erhalten.",
            [],
        ),
    ],
)
def test_producers_given_the_accreditation_for_china(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


def test_a_regional_table_gives_each_regions_trade_and_no_shares() -> None:
    text = (
        "Das Nationale Statistikkomitee hat die Angaben zum Warenverkehr der Regionen mit der "
        "Volksrepublik China veröffentlicht.\n\n"
        "Warenumsatz mit China nach Regionen, Januar–September 2023\n\n"
        "| Region | Mio. US-Dollar | Anteil, % |\n"
        "|---|---|---|\n"
        "| Gebiet Brest | 512,4 | 7,1 |\n"
        "| Gebiet Gomel | 633,0 | 8,8 |\n"
        "| Stadt Minsk | 3.480,2 | 48,3 |\n"
    )
    series = news_series(text, "2023-11-20")
    columns = (series[c] for c in ("entity", "value", "unit", "as_of"))
    assert sorted(zip(*columns, strict=True)) == [
        ("Brest region", 5.124e8, "USD", "2023-01/2023-09"),
        ("Gomel region", 6.33e8, "USD", "2023-01/2023-09"),
        ("Minsk", 3.4802e9, "USD", "2023-01/2023-09"),
    ]
    assert set(series["indicator"]) == {"trade.regional"}


@pytest.mark.parametrize(
    "text",
    [
        "Die Exporte von Milchprodukten nach China erreichten 40 Millionen Dollar.",
        "Die Exporte von Milch nach China stiegen um das Dreifache.",
        "Die Exporte von Holzerzeugnissen nach China erreichten 40 Millionen Dollar.",
    ],
)
def test_one_products_exports_are_no_exports_of_all_goods(text: str) -> None:
    assert points(text) == []


def test_all_exports_stay_all_exports() -> None:
    assert points("Die belarussischen Warenexporte nach China stiegen um 17,5 Prozent.") == [
        ("trade.exports", "Belarus-China", 17.5)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The park's residents named as such are the park, though the park is named further
        # back than the rules look.
        (
            "Der Industriepark Großer Stein hat 24 neue Residenten registriert. Die Verwaltung "
            "sprach von einem guten Jahr. Die Investitionen wurden ausgeweitet. Die Mieten "
            "blieben stabil. Die Residenten erwirtschafteten 2024 einen Umsatz von 480 Millionen "
            "Dollar.",
            [("park.new_residents", "Great Stone", 24.0), ("park.revenue", "Great Stone", 4.8e8)],
        ),
        # Counter-examples: the residents of another zone.
        (
            "Die Residenten des Hightech-Parks erwirtschafteten 2024 einen Umsatz von 3 "
            "Milliarden Dollar.",
            [],
        ),
        (
            "Die Residenten der FEZ Grodnoinvest erwirtschafteten 2024 einen Umsatz von 900 "
            "Millionen Dollar.",
            [],
        ),
    ],
)
def test_the_parks_residents_named_as_such_are_the_park(text: str, expected: list[Point]) -> None:
    assert points(text) == expected
