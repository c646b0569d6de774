"""The trade or the turnover followed by who says it ("Bis Jahresende soll der Umsatz nach den
Worten des Vizeministers die Marke von 9 Milliarden Dollar übersteigen", "wuchs der Handel
nach Angaben des Statistikkomitees um 5 Prozent"): "nach" there names a source, not where
the trade goes. Texts of our own in the style of BelTA's reports; counter-examples: the
trade to another country ("der Handel nach Russland"), the turnover by regions.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator value", date="2025-10-22", only="trade.turnover")

_OPENING = (
    "MINSK, 22. Oktober (BelTA) – Belarus und China bauen ihre Zusammenarbeit aus, sagte der "
    "Vizeminister in Minsk. "
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Bis Jahresende soll der Umsatz nach den Worten des Vizeministers die Marke von 9 "
            "Milliarden Dollar übersteigen.",
            9e9,
        ),
        (
            "Im Jahr 2024 wuchs der Handel nach Angaben des Statistikkomitees um 5 Prozent.",
            5.0,
        ),
        (
            "Der Umsatz soll nach Einschätzung des Ministeriums bis 2026 auf 10 Milliarden Dollar "
            "steigen.",
            1e10,
        ),
        (
            "Den Umsatz wollen beide Seiten nach Aussage des Ministers bis 2030 auf 15 Milliarden "
            "Dollar steigern.",
            1.5e10,
        ),
        (
            "Zugleich legte der Handel nach Berechnungen der Zollbehörde um 12 Prozent zu.",
            12.0,
        ),
    ],
)
def test_the_turnover_and_who_says_it(text: str, value: float) -> None:
    assert ("trade.turnover", value) in points(_OPENING + text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Handel nach Russland stieg im selben Zeitraum um 5 Prozent.",
        "Der Umsatz nach Regionen lag im Gebiet Minsk bei 1,2 Milliarden Dollar.",
    ],
)
def test_no_turnover(text: str) -> None:
    assert points(_OPENING + text) == []
