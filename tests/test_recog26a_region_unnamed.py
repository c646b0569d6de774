"""A region's exports said without its name, the sentence before telling its trade with China
("... des Gebiets Gomel mit China erreichte ... 142,8 Millionen US-Dollar. Die Exporte (61,5
Mio. USD) bestehen vor allem aus Holz, Zellstoff und Milchprodukten"): the goods after a verb
of what they are made of are the exports' make-up, no part of them. And another region named
by its adjective before its people or firms ("Die Mogiljower Nachbarn kamen im gleichen
Zeitraum auf 97,3 Millionen Dollar"): that region's trade. Texts of our own in the style of
SB. Belarus Segodnya's regional reports; counter-examples: one product's exports.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("entity as_of value", date="2025-06-03", only="trade.", digits=1)

_OPENING = (
    "Gomel und Mogiljow: Zwei Gebiete im China-Geschäft\n\n"
    "Der Außenhandelsumsatz des Gebiets Gomel mit China erreichte in den ersten vier Monaten "
    "2025 142,8 Millionen US-Dollar. "
)
_GOMEL = ("Gomel region", "2025-01/2025-04", 142.8e6)


@pytest.mark.parametrize(
    "text",
    [
        "Die Exporte (61,5 Mio. USD) bestehen vor allem aus Holz, Zellstoff und Milchprodukten.",
        "Die Ausfuhren (61,5 Mio. USD) umfassen vor allem Holz und Zellstoff.",
        "Die Exporte in Höhe von 61,5 Mio. USD setzen sich vor allem aus Holz und "
        "Milchprodukten zusammen.",
        "Die Exporte beliefen sich auf 61,5 Mio. USD und bestanden hauptsächlich aus Holz.",
        "Die Ausfuhren erreichten 61,5 Mio. USD und umfassten Holz, Zellstoff und Fleisch.",
    ],
)
def test_the_regions_exports_and_their_make_up(text: str) -> None:
    assert points(_OPENING + text) == sorted([_GOMEL, ("Gomel region", "2025-01/2025-04", 61.5e6)])


@pytest.mark.parametrize(
    "text",
    [
        "Die Holzexporte beliefen sich auf 21,5 Mio. USD.",
        "Die Exporte von Milchprodukten (21,5 Mio. USD) bestehen vor allem aus Butter.",
    ],
)
def test_one_products_exports(text: str) -> None:
    assert points(_OPENING + text) == [_GOMEL]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Die Mogiljower Nachbarn kamen im gleichen Zeitraum auf 97,3 Millionen Dollar.",
            "Mogilev",
        ),
        (
            "Die Brester Betriebe brachten es im gleichen Zeitraum auf 97,3 Millionen Dollar.",
            "Brest",
        ),
        ("Im gleichen Zeitraum kamen die Witebsker Nachbarn auf 97,3 Millionen Dollar.", "Vitebsk"),
        (
            "Die Grodnoer Unternehmen erreichten im gleichen Zeitraum 97,3 Millionen Dollar.",
            "Grodno",
        ),
        (
            "Die Mogiljower Kollegen verbuchten im gleichen Zeitraum 97,3 Millionen Dollar.",
            "Mogilev",
        ),
    ],
)
def test_a_region_by_its_adjective(text: str, region: str) -> None:
    expected = [_GOMEL, (f"{region} region", "2025-01/2025-04", 97.3e6)]
    assert points(_OPENING + text) == sorted(expected)


def test_no_trade_told_before() -> None:
    opening = "Gomel und Mogiljow\n\nDie Industrie des Gebiets Gomel wuchs um 3 Prozent. "
    text = "Die Mogiljower Nachbarn kamen im gleichen Zeitraum auf 97,3 Millionen Dollar."
    assert points(opening + text) == []


def test_one_firm_of_the_region() -> None:
    text = "Das Mogiljower Fleischkombinat kam im gleichen Zeitraum auf 9,3 Millionen Dollar."
    assert points(_OPENING + text) == [_GOMEL]
