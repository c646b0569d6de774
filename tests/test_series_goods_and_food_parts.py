"""Goods as such are all exports, and the part of the exports put on food is food exports
(indicators.md: trade.exports, trade.food_exports).

``Allein im September exportierte Belarus Waren für 243,1 Mio. Dollar nach China`` after a
sentence on food exports tells all goods, whatever the word order: no food carried from the
sentence before. ``Auf Nahrungsmittel entfielen davon 742 Mio. Dollar`` after a sentence on
the exports is the food part of them, an amount; a percent so said is a share (no point).
The texts are our own, in the style of Belstat releases and BelTA reports.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator as_of value unit", digits=3)


FOOD_BEFORE = (
    "Minsk, 28. Oktober 2025 (BelTA) – Belstat legte die Zahlen zum Handel mit China vor.\n\n"
    "Der Export von Nahrungsmitteln aus Belarus nach China stieg im Januar–September 2025 "
    "gegenüber dem Vorjahreszeitraum um 14,2 Prozent auf 598,4 Millionen Dollar. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Allein im September exportierte Belarus Waren für 243,1 Millionen Dollar nach China.",
        "Allein im September lieferten belarussische Betriebe Waren im Wert von 243,1 Millionen "
        "Dollar nach China.",
        "Im September verkauften belarussische Firmen Waren für 243,1 Millionen Dollar nach China.",
        "Allein im September führte Belarus Waren für 243,1 Millionen Dollar nach China aus.",
        "Belarus exportierte allein im September Waren für 243,1 Millionen Dollar nach China.",
    ],
)
def test_goods_sold_after_a_sentence_on_food_are_all_exports(sentence: str) -> None:
    found = [p for p in points(FOOD_BEFORE + sentence, "2025-10-28") if p[2] == 243.1e6]
    assert found == [("trade.exports", "2025-09", 243.1e6, "USD")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Im September exportierte Belarus Lebensmittel für 243,1 Millionen Dollar nach China.",
        "Allein im September wurden Nahrungsmittel im Wert von 243,1 Millionen Dollar geliefert.",
    ],
)
def test_food_sold_so_stays_food_exports(sentence: str) -> None:
    found = [p for p in points(FOOD_BEFORE + sentence, "2025-10-28") if p[2] == 243.1e6]
    assert found == [("trade.food_exports", "2025-09", 243.1e6, "USD")]


EXPORTS_BEFORE = (
    "Minsk, 24. Februar 2026 (BelTA) – Der Handel mit China wuchs im vergangenen Jahr weiter.\n\n"
    "Die belarussischen Ausfuhren nach China summierten sich im Gesamtjahr 2025 auf 2,71 "
    "Milliarden Dollar. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Auf Nahrungsmittel entfielen davon 742 Millionen Dollar.",  # the miss's
        "Davon entfielen 742 Millionen Dollar auf Lebensmittel.",
        "Lebensmittel machten davon 742 Millionen Dollar aus.",
        "Auf Lebensmittel und Agrarprodukte entfielen 742 Millionen Dollar.",
        "742 Millionen Dollar davon entfielen auf Nahrungsmittel, 1,1 Milliarden Dollar auf "
        "Kalidünger.",
    ],
)
def test_the_part_of_the_exports_put_on_food_is_food_exports(sentence: str) -> None:
    found = [p for p in points(EXPORTS_BEFORE + sentence, "2026-02-24") if p[2] != 2.71e9]
    assert found == [("trade.food_exports", "2025", 742e6, "USD")]


@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        (EXPORTS_BEFORE, "Auf Nahrungsmittel entfielen davon 27 Prozent."),  # a share
        (EXPORTS_BEFORE, "Auf Kalidünger entfielen davon 742 Millionen Dollar."),  # no food
        (  # the part of the imports
            "Minsk, 24. Februar 2026 (BelTA) – Der Handel mit China wuchs weiter.\n\n"
            "Die Importe aus China beliefen sich 2025 auf 6,2 Milliarden Dollar. ",
            "Auf Nahrungsmittel entfielen davon 300 Millionen Dollar.",
        ),
    ],
)
def test_a_share_another_good_or_the_imports_part_is_no_food_export(
    before: str, sentence: str
) -> None:
    found = points(before + sentence, "2026-02-24")
    assert not [p for p in found if p[0] == "trade.food_exports"]
