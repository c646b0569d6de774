"""Exports said bare after a sentence on food and a sentence that puts a part of the exports
on goods that are no food ("Auf Kalidünger entfällt knapp die Hälfte der Ausfuhren", "Holz
macht ein Fünftel der Exporte aus", "Den größten Anteil ... hat Zellstoff") are all exports,
not food's ("Für das Gesamtjahr rechnen Analysten mit Exporten von rund 2,9 Milliarden
Dollar"). Texts of our own in the style of BelTA's and an economic weekly's reports;
counter-examples: food named in the figure's own sentence, and food told with no other goods.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator value", date="2025-10-28")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "MINSK, 28. Oktober (BelTA) – Die belarussischen Ausfuhren nach China entwickeln sich"
            " 2025 ungleichmäßig. Im dritten Quartal profitierten vor allem die "
            "Lebensmittelhersteller. Ihre Lieferungen nach China erreichten in diesem Zeitraum "
            "286 Millionen Dollar, das sind 37 Prozent mehr als ein Jahr zuvor. Auf Kalidünger "
            "entfällt nach wie vor knapp die Hälfte der Ausfuhren.\n\nFür das Gesamtjahr rechnen "
            "Analysten mit Exporten von rund 2,9 Milliarden Dollar.",
            2900000000.0,
        ),
        (
            "MINSK, 28. Oktober (BelTA) – Die belarussischen Ausfuhren nach China wachsen. Die "
            "Lebensmittelexporte legten um 37 Prozent zu. Holz macht ein Fünftel der Exporte aus."
            " Für das Gesamtjahr erwartet das Ministerium Exporte von rund 2,9 Milliarden Dollar.",
            2900000000.0,
        ),
        (
            "MINSK, 28. Oktober (BelTA) – Die belarussischen Ausfuhren nach China wachsen. Die "
            "Lebensmittelexporte legten um 37 Prozent zu. Den größten Anteil an den Ausfuhren hat"
            " aber weiterhin Zellstoff. Insgesamt dürften die Exporte 2,9 Milliarden Dollar "
            "erreichen.",
            2900000000.0,
        ),
    ],
)
def test_bare_exports_after_a_part_of_other_goods_are_no_food(text: str, value: float) -> None:
    assert ("trade.food_exports", value) not in points(text)


def test_the_food_figures_before_stay_food() -> None:
    text = (
        "MINSK, 28. Oktober (BelTA) – Die belarussischen Ausfuhren nach China entwickeln sich"
        " 2025 ungleichmäßig. Im dritten Quartal profitierten vor allem die "
        "Lebensmittelhersteller. Ihre Lieferungen nach China erreichten in diesem Zeitraum "
        "286 Millionen Dollar, das sind 37 Prozent mehr als ein Jahr zuvor. Auf Kalidünger "
        "entfällt nach wie vor knapp die Hälfte der Ausfuhren.\n\nFür das Gesamtjahr rechnen "
        "Analysten mit Exporten von rund 2,9 Milliarden Dollar."
    )
    assert ("trade.food_exports", 2.86e8) in points(text)


@pytest.mark.parametrize(
    "text",
    [
        "MINSK, 28. Oktober (BelTA) – Die belarussischen Ausfuhren nach China wachsen. Die "
        "Lebensmittelexporte legten um 37 Prozent zu. Auf Kalidünger entfällt knapp die "
        "Hälfte der Ausfuhren. Die Lebensmittelexporte dürften im Gesamtjahr 900 Millionen "
        "Dollar erreichen.",
        "MINSK, 28. Oktober (BelTA) – Die belarussischen Ausfuhren nach China wachsen. "
        "Belarussische Lebensmittel sind in China gefragt. Die Exporte von Nahrungsmitteln "
        "legten im dritten Quartal deutlich zu. Für das Gesamtjahr rechnen Analysten mit "
        "Exporten von rund 900 Millionen Dollar.\n",
    ],
)
def test_food_stays_food(text: str) -> None:
    assert ("trade.food_exports", 9e8) in points(text)
