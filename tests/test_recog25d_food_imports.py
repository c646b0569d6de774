"""China's imports of food from Belarus are Belarus's food exports to China ("die Importe von
Agrar- und Lebensmittelprodukten aus Belarus", "Chinas Lebensmittelimporte aus
Weißrussland"), and a pronoun refers back to a subject put after its verb ("Besonders stark
wuchsen die Importe von ... aus Belarus. Sie legten um 21 Prozent ... zu"). Texts of our own
in the style of Xinhua's and BelTA's reports; counter-examples: one product's imports,
another importer's, imports from China, another country's food, an object named after the
subject ("Im Mai sprach der Minister über die Exporte. Sie ...").
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2026-01-20")

_OPENING = (
    "PEKING, 20. Januar (Xinhua) -- Der Handel zwischen China und Belarus hat im vergangenen "
    "Jahr einen neuen Rekordwert erreicht. "
)
_FOOD = ("trade.food_exports", "Belarus-China", 1.1e9)


@pytest.mark.parametrize(
    "text",
    [
        "Besonders stark wuchsen im vergangenen Jahr die Importe von Agrar- und "
        "Lebensmittelprodukten aus Belarus. Sie legten um 21 Prozent auf 1,1 Milliarden "
        "US-Dollar zu, darunter Milchpulver, Rindfleisch und Rapsöl.",
        "Chinas Lebensmittelimporte aus Weißrussland stiegen um 21 Prozent auf 1,1 Milliarden "
        "US-Dollar.",
        "China importierte aus Belarus Lebensmittel für 1,1 Milliarden US-Dollar.",
        "Die chinesischen Einfuhren belarussischer Nahrungsmittel erreichten 1,1 Milliarden "
        "US-Dollar.",
        "Deutlich zugelegt haben die Einfuhren von Nahrungsmitteln aus dem osteuropäischen "
        "Land. Sie stiegen um 21 Prozent auf 1,1 Milliarden US-Dollar.",
        "Die Importe von Lebensmitteln aus Belarus wuchsen besonders stark. Sie legten um 21 "
        "Prozent auf 1,1 Milliarden US-Dollar zu.",
    ],
)
def test_china_s_food_imports_from_belarus(text: str) -> None:
    assert _FOOD in points(_OPENING + text)


@pytest.mark.parametrize(
    "text",
    [
        "Besonders stark wuchsen die Lebensmittelexporte nach China. Sie legten um 21 Prozent "
        "auf 1,1 Milliarden US-Dollar zu.",
        "Im vergangenen Jahr verdoppelten sich die Lebensmittelexporte nach China. Sie "
        "erreichten 1,1 Milliarden US-Dollar.",
    ],
)
def test_a_pronoun_refers_to_the_subject_after_its_verb(text: str) -> None:
    assert _FOOD in points(_OPENING.replace("Xinhua", "BelTA") + text)


@pytest.mark.parametrize(
    "text",
    [
        "Chinas Importe von Milchpulver aus Belarus stiegen um 21 Prozent auf 1,1 Milliarden "
        "US-Dollar.",
        "Russlands Lebensmittelimporte aus Belarus stiegen um 21 Prozent auf 5,1 Milliarden "
        "US-Dollar.",
        "Die Einfuhren von Lebensmitteln aus China nach Belarus stiegen um 21 Prozent auf 1,1 "
        "Milliarden US-Dollar.",
        "Besonders stark wuchsen die Importe von Lebensmitteln aus Brasilien. Sie legten um 21 "
        "Prozent auf 31 Milliarden US-Dollar zu.",
        "Im Mai sprach der Minister über die Lebensmittelexporte nach China. Sie stiegen um 21 "
        "Prozent.",
        "Der Anteil der Lebensmittelimporte aus Belarus an Chinas Einfuhren aus der Region "
        "betrug 21 Prozent.",
    ],
)
def test_no_food_exports(text: str) -> None:
    assert not [p for p in points(_OPENING + text) if p[0] == "trade.food_exports"]
