"""The two countries' trade named in the figure's clause, food named in another clause of the
sentence ("dass der bilaterale Warenumsatz ... bei fast 9 Milliarden US-Dollar lag, und
vereinbarten, die Lieferungen belarussischer Lebensmittel weiter auszubauen"): the figure is
the turnover's, not food exports'. Texts of our own in the style of BelTA's reports;
counter-examples: food named in the figure's own clause stays food's, whatever a later clause
says of the trade.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator value", date="2026-01-10", only="trade.")

_OPENING = (
    "MINSK, 10. Januar (BelTA) – Belarus und China bauen ihre Zusammenarbeit aus, hieß es nach "
    "den Gesprächen der Regierungschefs. "
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Die Seiten würdigten, dass der bilaterale Warenumsatz im Jahr 2025 bei fast 9 "
            "Milliarden US-Dollar lag, und vereinbarten, die Lieferungen belarussischer "
            "Lebensmittel weiter auszubauen.",
            9e9,
        ),
        (
            "Das Handelsvolumen lag 2025 bei 8,7 Milliarden Dollar, zudem sollen die Ausfuhren "
            "von Nahrungsmitteln wachsen.",
            8.7e9,
        ),
        (
            "Die Minister stellten fest, dass der Handelsumsatz 2025 um 7 Prozent zugenommen "
            "hat, und sprachen über neue Lieferungen von Lebensmitteln.",
            7.0,
        ),
        (
            "Der gegenseitige Handel belief sich 2025 auf 9,1 Milliarden Dollar, während die "
            "Lebensmittellieferungen weiter zunahmen.",
            9.1e9,
        ),
        (
            "Der Warenaustausch wuchs 2025 um 12 Prozent, und beide Seiten wollen künftig mehr "
            "Lebensmittel liefern.",
            12.0,
        ),
        (
            "Der Handel erreichte 2025 rund 9 Milliarden Dollar, und die Seiten beschlossen, die "
            "Lebensmittelexporte nach China zu steigern.",
            9e9,
        ),
    ],
)
def test_the_turnover_beside_food(text: str, value: float) -> None:
    assert points(_OPENING + text) == [("trade.turnover", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Die Lebensmittelexporte stiegen 2025 um 12 Prozent, und der Handel insgesamt wuchs "
            "ebenfalls.",
            12.0,
        ),
        (
            "Die Lieferungen von Lebensmitteln erreichten 2025 rund 530 Millionen Dollar, und die "
            "Seiten vereinbarten, den Warenumsatz weiter auszubauen.",
            5.3e8,
        ),
    ],
)
def test_food_in_the_figures_clause(text: str, value: float) -> None:
    assert points(_OPENING + text) == [("trade.food_exports", value)]
