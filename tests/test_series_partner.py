"""A Belarus-China point names China (issue 7, indicators.md): in its sentence, the few
sentences before it, or its article's lead. Exports to the world, or a paragraph on all
destinations whose China comes only much later, are no Belarus-China points.

Test texts of our own in the style of agency reports, with counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series, points_of

from bycn.exceptions import CatalogError
from bycn.indicators.catalog import load_catalog, parse_catalog

NAMES = ("sentences", "articles")

Point = tuple[str, str, float]


points = points_of("indicator entity value", date="2023-09-01")


FOOD_TO_CHINA = (
    "MINSK, 3. März (BelTA) - Belarus baut die Lieferungen von Lebensmitteln nach China aus. "
    "Das teilte das Landwirtschaftsministerium mit. Die Zahl der Betriebe wächst. "
    "Auch neue Produkte kommen hinzu. Die Nachfrage nach Butter ist groß. "
    "Im Jahr 2022 stiegen die Lebensmittelexporte um 18 Prozent."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # China in the sentence
        (
            "Im Jahr 2022 stiegen die Lebensmittelexporte nach China um 18 Prozent.",
            [("trade.food_exports", "Belarus-China", 18.0)],
        ),
        # ... in the sentence before
        (
            "Belarussische Lebensmittel sind in China gefragt. Im Jahr 2022 stiegen die "
            "Lebensmittelexporte um 18 Prozent.",
            [("trade.food_exports", "Belarus-China", 18.0)],
        ),
        # ... only in the lead, five sentences back: the text's topic
        (FOOD_TO_CHINA, [("trade.food_exports", "Belarus-China", 18.0)]),
        # ... as the pair, or beside a list that does not hold it
        (
            "Der Handelsumsatz zwischen Belarus und China erreichte 2022 rund 5 Mrd. Dollar.",
            [("trade.turnover", "Belarus-China", 5e9)],
        ),
        (
            "Milch, Butter und Käse gehen nach China. Die Lebensmittelexporte stiegen 2022 "
            "um 18 Prozent.",
            [("trade.food_exports", "Belarus-China", 18.0)],
        ),
        # ... as its province or Peking
        (
            "Der Handel mit der Provinz Hubei wächst. Der Handelsumsatz erreichte 2022 "
            "1,2 Mrd. Dollar.",
            [("trade.turnover", "Belarus-China", 1.2e9)],
        ),
    ],
)
def test_a_point_that_names_china(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the world's: China named nowhere
        "MINSK, 8. Februar (BelTA) - Belarussische Agrar- und Lebensmittelexporte sind im "
        "Jahr 2022 um 5,1 Prozent gestiegen. Das sagte ein Vertreter des Ministeriums.",
        "Im Jahr 2022 wurden Lebensmittel im Wert von 6,1 Mrd. Dollar ins Ausland geliefert.",
        # China named only far after the figure, as one destination of many
        "MINSK, 10. Januar (BelTA) - Die Butterexporte von Belarus wuchsen. Im Jahr 2022 "
        "wurden Lebensmittel im Wert von 6,1 Mrd. Dollar exportiert. Die Hauptmenge ging "
        "nach Russland. Kasachstan folgt. Auch Armenien kauft mehr. Die Lieferungen nach "
        "Georgien wuchsen. Daneben wurde Butter nach Japan, Vietnam, China und Algerien "
        "geliefert.",
        # China as one of a list of destinations, the figure a total of all
        "Im Jahr 2022 wurden Lebensmittel im Wert von 6,1 Mrd. Dollar in 60 Länder "
        "exportiert, darunter nach Russland, China und Kasachstan.",
        "Belarus liefert Lebensmittel nach Russland, Kasachstan, China und in die Mongolei. "
        "Im Jahr 2022 stiegen die Lebensmittelexporte um 9 Prozent.",
        # the trade turnover of a text on Belarus's foreign trade in general
        "Der Handelsumsatz von Belarus erreichte 2022 rund 80 Mrd. Dollar.",
    ],
)
def test_no_point_without_china(text: str) -> None:
    assert [p for p in points(text) if p[1] == "Belarus-China"] == []


def test_the_shipped_catalog_gives_the_pair_its_partner() -> None:
    pair = next(e for e in load_catalog().entities if e.name == "Belarus-China")
    assert pair.partner_look_back == 3
    assert any(p.search("Volksrepublik China") for p in pair.partner)
    assert not any(p.search("Volksrepublik Bangladesch") for p in pair.partner)


def test_a_bad_partner_is_reported() -> None:
    data = {
        "version": 1,
        "clause_boundary": ",",
        "entities": [
            {"name": "X", "kind": "country_pair", "aliases": [], "partner": {"nam": ["("]}}
        ],
        "indicators": [],
    }
    with pytest.raises(CatalogError) as err:
        parse_catalog(data)
    assert "entities[X].partner" in str(err.value)
    assert "unknown key 'nam'" in str(err.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region's exports to a region of the world, in a paragraph that names China
        (
            "Das Gebiet Gomel handelt mit 70 Staaten. Der wichtigste Partner ist China: Die "
            "Lieferungen dorthin stiegen 2022 um 25 Prozent. Mit den Golfstaaten wurde die "
            "Zusammenarbeit ausgebaut, der Export dorthin wuchs um das 1,9-fache.",
            [("trade.regional", "Gomel region", 25.0)],
        ),
        (
            "Das Gebiet Witebsk baut den Handel mit China aus. Auch nach Afrika wurden "
            "2022 Waren für 12 Mio. Dollar exportiert.",
            [],
        ),
    ],
)
def test_a_regions_trade_with_another_part_of_the_world(text: str, expected: list) -> None:
    assert points(text) == expected


HEADLINES = [
    ("Lebensmittelexporte nach China wachsen", [("trade.food_exports", "Belarus-China", 18.0)]),
    ("Belarussische Lebensmittelexporte wachsen", []),
]


def headlined(headline: str) -> str:
    return (
        f"{headline}\n\nMINSK, 3. März (BelTA) - Die Lebensmittelexporte stiegen 2022 um "
        "18 Prozent. Das sagte der Minister."
    )


@pytest.mark.parametrize(("headline", "expected"), HEADLINES)
def test_china_in_the_headline(headline: str, expected: list) -> None:
    series = news_series(headlined(headline))
    assert [(p.indicator, p.entity, p.value) for p in series.itertuples()] == expected


@pytest.mark.parametrize("known", [(), ("sentences",), ("articles",), ("sentences", "articles")])
@pytest.mark.parametrize(("headline", "expected"), HEADLINES)
def test_the_headline_is_known_from_the_figures_alone(
    headline: str, expected: list, known: tuple[str, ...]
) -> None:
    # An article's headline is its figures' own ``article``: whichever other tables a
    # caller gives, China in the headline (and only there) makes the point one of the pair.
    import bycn
    from bycn.indicators.series import build_series

    document = bycn.parse_text(headlined(headline), doc="news", meta={"date": "2023-09-01"})
    tables = {name: getattr(document, name) if name in known else None for name in NAMES}
    series = build_series(document.figures, documents=document.documents, **tables)
    assert [(p.indicator, p.entity, p.value) for p in series.itertuples()] == expected
