"""Contracts signed are no exports, and another country's figure is no food export of
Belarus (indicators.md: trade.food_exports, trade.exports): "Im Jahr 2023 hatten
belarussische Firmen dort Verträge über 110 Millionen Dollar abgeschlossen; 2024 exportierte
Belarus ... Lebensmittel im Wert von 930 Millionen Dollar nach China" has one point, the 930
million; "Der Anteil Chinas ... liegt bei etwa 5 Prozent, weit hinter Russland mit knapp 60
Prozent" none. Texts of our own in the style of Sputnik's and a weekly's reports.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2025-05-20", only="trade.")

_FOOD = "MINSK, 20. Mai (Sputnik) – Belarussische Lebensmittel sind in China gefragt. "
_TRADE = "MINSK, 20. Mai (Sputnik) – Der Handel mit China wächst. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Jahr 2023 hatten belarussische Firmen dort Verträge über 110 Millionen Dollar "
        "abgeschlossen; 2024 exportierte Belarus nach Angaben von Belstat Lebensmittel im Wert "
        "von 930 Millionen Dollar nach China.",
        "Auf der Messe unterzeichneten die Hersteller Exportverträge über 110 Millionen Dollar, "
        "2024 lieferte Belarus Lebensmittel für 930 Millionen Dollar nach China.",
        "Lieferverträge im Wert von 110 Millionen Dollar wurden unterzeichnet; die "
        "Lebensmittelexporte nach China erreichten 2024 rund 930 Millionen Dollar.",
        "Die Betriebe schlossen Kontrakte über 110 Millionen Dollar für Lieferungen von "
        "Lebensmitteln nach China, 2024 exportierte Belarus Lebensmittel für 930 Millionen "
        "Dollar dorthin.",
        "Vereinbarungen über Lebensmittellieferungen im Wert von 110 Millionen Dollar wurden "
        "getroffen; 2024 erreichten die Lebensmittelexporte nach China 930 Millionen Dollar.",
    ],
)
def test_contracts_are_no_exports(sentence: str) -> None:
    assert points(_FOOD + sentence) == [("trade.food_exports", "Belarus-China", 930e6)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Im Rahmen der Vereinbarungen lieferte Belarus 2024 Lebensmittel für 930 Millionen "
            "Dollar nach China.",
            930e6,
        ),
        (
            "Nach der Vereinbarung stiegen die Lebensmittelexporte nach China 2024 um 20 Prozent.",
            20.0,
        ),
    ],
)
def test_goods_shipped_under_an_agreement_stay_exports(sentence: str, value: float) -> None:
    assert points(_FOOD + sentence) == [("trade.food_exports", "Belarus-China", value)]


def test_contracts_signed_for_a_sum() -> None:
    sentence = (
        "Es wurden Verträge für Lebensmittellieferungen im Umfang von 110 Millionen Dollar "
        "unterzeichnet."
    )
    assert points(_FOOD + sentence) == []


def test_export_contracts_are_no_exports() -> None:
    sentence = (
        "Auf der Messe in Shanghai unterzeichneten belarussische Firmen Exportverträge nach "
        "China über 110 Millionen Dollar."
    )
    assert points(_TRADE + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Der Anteil Chinas am gesamten belarussischen Warenexport liegt bei etwa 5 Prozent, "
            "weit hinter Russland mit knapp 60 Prozent.",
            [],
        ),
        (
            "Die Lebensmittelexporte nach China stiegen 2024 um 12 Prozent, deutlich hinter "
            "Russland mit 30 Prozent.",
            [("trade.food_exports", "Belarus-China", 12.0)],
        ),
        (
            "Die Lebensmittelexporte nach China stiegen 2024 um 12 Prozent, während Russland auf "
            "30 Prozent kam.",
            [("trade.food_exports", "Belarus-China", 12.0)],
        ),
        (
            "Die Lebensmittelexporte nach China stiegen 2024 um 12 Prozent, Russland kam auf 4 "
            "Milliarden Dollar.",
            [("trade.food_exports", "Belarus-China", 12.0)],
        ),
        (
            "Die Lieferungen von Nahrungsmitteln nach China wuchsen 2024 um 12 Prozent, "
            "Kasachstan verbuchte ein Plus von 20 Prozent.",
            [("trade.food_exports", "Belarus-China", 12.0)],
        ),
    ],
)
def test_another_country_s_clause(sentence: str, expected: list) -> None:
    assert points(_FOOD + sentence) == expected


def test_the_exports_to_china_beside_another_country_stay() -> None:
    sentence = (
        "Die Exporte nach China stiegen 2024 um 9 Prozent, während Russland auf 30 Prozent kam."
    )
    assert points(_TRADE + sentence) == [("trade.exports", "Belarus-China", 9.0)]
