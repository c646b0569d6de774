"""Another region's amount told by a verb of reaching, the trade with China told in the
sentences just before and no noun of trade in its own ("Das benachbarte Gebiet Grodno kam im
gleichen Zeitraum auf 336 Millionen Dollar"), is that region's trade. Texts of our own in the
style of a regional paper; counter-examples: imports told before, a region's investment or
population, no trade with China told before.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("entity value", date="2026-11-18", only="trade.regional")

_OPENING = (
    "BREST, 18. November (Sarja) – Die Region Brest hat ihre Exporte nach China in den ersten "
    "zehn Monaten um 14,6 Prozent gesteigert. Ausgeführt wurden Waren im Wert von 291 "
    "Millionen US-Dollar. "
)
_BREST = [("Brest region", 14.6), ("Brest region", 291e6)]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "Das benachbarte Gebiet Grodno kam im gleichen Zeitraum auf 336 Millionen Dollar.",
            "Grodno region",
        ),
        ("Das Gebiet Gomel brachte es im selben Zeitraum auf 336 Mio. US-Dollar.", "Gomel region"),
        (
            "Im gleichen Zeitraum erreichte die Region Witebsk 336 Millionen Dollar.",
            "Vitebsk region",
        ),
        ("Zum Vergleich: Das Gebiet Mogiljow verbuchte 336 Mio. Dollar.", "Mogilev region"),
        ("Die Stadt Minsk verzeichnete im selben Zeitraum rund 336 Millionen Dollar.", "Minsk"),
        ("Auf 336 Millionen Dollar kam im gleichen Zeitraum das Gebiet Grodno.", "Grodno region"),
    ],
)
def test_the_other_region_s_trade(text: str, entity: str) -> None:
    assert points(_OPENING + text) == sorted([*_BREST, (entity, 336e6)])


@pytest.mark.parametrize(
    ("opening", "text"),
    [
        (
            "BREST, 18. November (Sarja) – Die Importe der Region Brest aus Polen stiegen um 4 "
            "Prozent. ",
            "Das benachbarte Gebiet Grodno kam im gleichen Zeitraum auf 336 Millionen Dollar.",
        ),
        (_OPENING, "Das Gebiet Grodno kam bei den Investitionen auf 336 Millionen Dollar."),
        (
            "BREST, 18. November (Sarja) – Die Industrieproduktion der Region Brest wuchs um 3 "
            "Prozent. ",
            "Das Gebiet Grodno erreichte 336 Millionen Dollar.",
        ),
    ],
)
def test_no_other_region_s_trade(opening: str, text: str) -> None:
    assert [p for p in points(opening + text) if p[1] == 336e6] == []
