"""Agency wording of the park's residents, its revenue and the trade with China (issue 7).

Texts of our own in the style of BelTA, Xinhua and ministry releases: for each class
several phrasings that must become points, and counter-examples that must not (companies
that merely operate, a part in brackets, another partner's figures, a share, one
product's deliveries).
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

from bycn.exceptions import CatalogError
from bycn.indicators.catalog import load_catalog, parse_catalog

Point = tuple[str, str, float, str]


points = points_of("indicator entity value status", date="2023-09-01")


PARK = "Great Stone"
PAIR = "Belarus-China"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # residents by other names
        (
            "Im Industriepark Great Stone sind derzeit 92 Standortunternehmen registriert.",
            [("park.residents", PARK, 92.0, "actual")],
        ),
        (
            "Der Industriepark Welikij Kamen zählt inzwischen 131 Ansiedler aus 16 Ländern.",
            [("park.countries", PARK, 16.0, "actual"), ("park.residents", PARK, 131.0, "actual")],
        ),
        (
            "Die Verwaltung des Industrieparks Great Stone teilte mit, der Park habe die "
            "Marke von 150 Unternehmen überschritten.",
            [("park.residents", PARK, 150.0, "actual")],
        ),
        (
            "Die Zahl der Standortunternehmen im Industriepark Great Stone nimmt ständig zu. "
            "Heute sind es bereits 104.",
            [("park.residents", PARK, 104.0, "actual")],
        ),
        # new residents: verbs of attracting, compounds, projects that came
        (
            "Der Industriepark Great Stone will im kommenden Jahr rund 25 ansässige "
            "Unternehmen heranziehen.",
            [("park.new_residents", PARK, 25.0, "target")],
        ),
        (
            "Der Industriepark Great Stone hat ein ehrgeiziges Programm. In diesem Jahr "
            "sollen 18 Standortunternehmen angelockt werden, wir müssen 18 neue Residenten "
            "anlocken.",
            [("park.new_residents", PARK, 18.0, "target")],
        ),
        (
            "Im März haben sich vier neue Logistikunternehmen im Industriepark Great Stone "
            "niedergelassen.",
            [("park.new_residents", PARK, 4.0, "actual")],
        ),
        (
            "Im Industriepark Great Stone waren 25 neue Residenten geplant, tatsächlich "
            "kamen 19 Projekte in den Park.",
            [
                ("park.new_residents", PARK, 19.0, "actual"),
                ("park.new_residents", PARK, 25.0, "target"),
            ],
        ),
        # revenue said as Umsatz
        (
            "Im vergangenen Jahr stieg der Umsatz der Residenten des Industrieparks Great "
            "Stone auf 1,2 Milliarden Rubel.",
            [("park.revenue", PARK, 1.2e9, "actual")],
        ),
        (
            "Der Industriepark Great Stone meldet gute Zahlen. Der Umsatz wuchs um 35 Prozent, "
            "die Einnahmen aus dem Warenabsatz um das 1,6-fache.",
            [("park.revenue", PARK, 1.6, "actual"), ("park.revenue", PARK, 35.0, "actual")],
        ),
    ],
)
def test_park_wording(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # companies that merely operate are fewer than those registered
        "Im Industriepark Great Stone üben derzeit 40 Residenten ihre Tätigkeit aus.",
        # a profit's share of the turnover
        "Der Industriepark Great Stone ist rentabel. Das sind 12 Prozent des Nettogewinns "
        "vom Umsatz.",
        # trade's turnover in a text on the park
        "Der Industriepark Great Stone wächst. Der Umsatz zwischen Belarus und China stieg "
        "um 20 Prozent.",
        # a new resident's projects, not residents that came
        "Im Industriepark Great Stone werden 30 Projekte umgesetzt.",
    ],
)
def test_park_wording_counter_examples(text: str) -> None:
    assert [p for p in points(text) if p[0].startswith("park.")] == []


def test_a_part_in_brackets_is_no_total() -> None:
    text = (
        "Im Industriepark Great Stone sind 120 Unternehmen registriert (darunter 45 "
        "Unternehmen aus China)."
    )
    assert points(text) == [("park.residents", PARK, 120.0, "actual")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Handelsverkehr zwischen Belarus und China erreichte im vergangenen Jahr "
            "5,1 Milliarden US-Dollar.",
            [("trade.turnover", PAIR, 5.1e9, "actual")],
        ),
        (
            "Belarus und China bauen ihre Beziehungen aus. Im ersten Halbjahr belief sich das "
            "Gesamtvolumen der Exporte und Importe zwischen den beiden Ländern auf 3,4 Mrd. "
            "US-Dollar.",
            [("trade.turnover", PAIR, 3.4e9, "actual")],
        ),
        (
            "Im Jahr 2019 überstieg der Handel mit China 2,7 Mrd. Dollar.",
            [("trade.turnover", PAIR, 2.7e9, "actual")],
        ),
        (
            "Seit Jahresbeginn haben wir den Handel mit China um 18 Prozent gesteigert und "
            "belarussische Waren im Wert von 700 Millionen Dollar auf den chinesischen Markt "
            "geliefert.",
            [("trade.exports", PAIR, 7e8, "actual"), ("trade.turnover", PAIR, 18.0, "actual")],
        ),
        (
            "Es ist gelungen, die Verkäufe nach China um das 1,8-fache zu steigern.",
            [("trade.exports", PAIR, 1.8, "actual")],
        ),
        (
            "Belarus steigerte seine Ausfuhren nach Kasachstan um 12 % und nach China um das "
            "1,6-fache.",
            [("trade.exports", PAIR, 1.6, "actual")],
        ),
        (
            "Belarussische landwirtschaftliche Exporte nach China erreichten im vergangenen "
            "Jahr 240 Mio. Dollar.",
            [("trade.food_exports", PAIR, 2.4e8, "actual")],
        ),
        (
            "Die Landwirtschaftsexporte in die Volksrepublik China stiegen um 35 Prozent.",
            [("trade.food_exports", PAIR, 35.0, "actual")],
        ),
    ],
)
def test_trade_wording(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another partner's turnover, China not named
        "Die Ausfuhren nach Russland beliefen sich auf 20 Mrd. Dollar und der "
        "Handelsumsatz zwischen den beiden Ländern auf rund 38 Mrd. Dollar.",
        # China's trade with the world
        "China ist der größte Händler der Welt. Chinas Exporte und Importe erreichten im "
        "vergangenen Jahr 5,9 Billionen Dollar.",
        # another country's trade with China
        "Russlands Handel mit China überstieg 200 Mrd. Dollar.",
        # a share of all exports is no growth
        "Agrarprodukte machen mehr als 25 % der gesamten belarussischen Exporte nach China aus.",
        # a region's share said with "ausmachen"
        "Das Gebiet Witebsk liefert Flachs nach China. Insgesamt machen die Exporte nach "
        "China rund 4 % der Ausfuhren des Gebiets aus.",
        # another partner's share and growth in a text on food
        "Der größte Teil der Lebensmittelexporte entfällt auf Russland. Der Anteil der "
        "Ausfuhren nach Russland an den gesamten Lebensmittelexporten betrug 68 %, was "
        "einem Wachstum von 15 % entspricht.",
        # a share in a text on food exports
        "Belarus exportiert Lebensmittel nach China. Der Anteil Chinas an den Exporten betrug 9 %.",
        # one product's deliveries, said bare after it
        "Belarus liefert Lebensmittel nach China. Die Grundlage des Exports bilden "
        "Milchprodukte. Die Lieferungen stiegen um das 5-fache.",
    ],
)
def test_trade_wording_counter_examples(text: str) -> None:
    assert [p for p in points(text) if p[0].startswith("trade.")] == []


def test_food_delivered_to_china_is_no_exports_total() -> None:
    text = (
        "Die Lieferungen von Nahrungsmitteln nach China summierten sich auf 310 Millionen "
        "US-Dollar, vor allem Milchprodukte und Fleisch."
    )
    assert [p for p in points(text) if p[0] == "trade.exports"] == []


def test_the_other_partners_figure_after_chinas_is_not_chinas() -> None:
    text = "Die Verkäufe nach China stiegen um das 2,1-fache und nach Russland um 9 %."
    assert points(text) == [("trade.exports", PAIR, 2.1, "actual")]


def test_an_amount_said_with_ausmachen_stays_a_point() -> None:
    text = (
        "Das Gebiet Witebsk steigerte seine Exporte nach China um 12 Prozent. Die "
        "Lieferungen machten im ersten Halbjahr 45 Mio. Dollar aus."
    )
    assert points(text) == [
        ("trade.regional", "Vitebsk region", 12.0, "actual"),
        ("trade.regional", "Vitebsk region", 45e6, "actual"),
    ]


def test_bare_deliveries_after_food_are_food_exports() -> None:
    text = (
        "Belarussische Lebensmittel sind in China gefragt. Die Lieferungen stiegen im "
        "vergangenen Jahr um 40 Prozent."
    )
    assert points(text) == [("trade.food_exports", PAIR, 40.0, "actual")]


def test_before_is_a_rule_key_checked_like_the_others() -> None:
    catalog = load_catalog()
    rules = [r for i in catalog.indicators for r in i.rules if r.before or r.not_before]
    assert rules, "the catalog uses before/not_before"
    data = {
        "version": 1,
        "clause_boundary": ",",
        "entities": [{"name": "Great Stone", "kind": "park"}],
        "indicators": [
            {
                "id": "park.residents",
                "label": {"en": "a", "de": "b"},
                "meaning": "m",
                "units": ["count"],
                "measure": "stock",
                "entity": {"fixed": "Great Stone"},
                "rules": [{"units": ["count"], "before": ["("]}],
            }
        ],
    }
    with pytest.raises(CatalogError, match="before"):
        parse_catalog(data)
