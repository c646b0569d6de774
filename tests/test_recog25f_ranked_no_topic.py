"""A sentence that ranks or compares regions sets none of them as the topic: a count said
after it, naming no region, is the country's ("Spitzenreiter ... bleibt die Hauptstadt Minsk
(...), gefolgt vom Gebiet Minsk (...). Die Zahl der für China akkreditierten Exporteure stieg
... auf 236"). Texts of our own in the style of an economic paper's column; counter-examples:
one region named before (its topic), the region named in the count's own sentence.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("entity value", date="2025-11-28", only="trade.accredited_producers")

_OPENING = (
    "28. November 2025\n\nIn den ersten zehn Monaten legten die Exporte nach China um 10,4 % zu. "
)


@pytest.mark.parametrize(
    "ranking",
    [
        "Spitzenreiter unter den Regionen bleibt die Hauptstadt Minsk (rund 520 Mio. USD), "
        "gefolgt vom Gebiet Minsk (430 Mio. USD).",
        "An der Spitze liegt das Gebiet Brest, dahinter folgt das Gebiet Grodno.",
        "Das Gebiet Gomel lieferte mehr als das Gebiet Witebsk.",
        "Am stärksten wuchsen die Lieferungen aus dem Gebiet Grodno, am schwächsten die aus "
        "dem Gebiet Mogiljow.",
    ],
)
@pytest.mark.parametrize(
    "count",
    [
        "Die Zahl der für China akkreditierten Exporteure stieg seit Jahresbeginn von 198 auf 236.",
        "Für Lieferungen nach China sind inzwischen 236 Betriebe zugelassen.",
        "Für den chinesischen Markt akkreditiert sind derzeit 236 Unternehmen.",
    ],
)
def test_the_count_is_the_country_s(ranking: str, count: str) -> None:
    assert ("Belarus-China", 236.0) in points(f"{_OPENING}{ranking} {count}")
    assert [p for p in points(f"{_OPENING}{ranking} {count}") if p[0] != "Belarus-China"] == []


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "Das Gebiet Brest steigerte seine Lieferungen am stärksten. Für Lieferungen nach "
            "China sind inzwischen 236 Betriebe zugelassen.",
            "Brest region",
        ),
        (
            "Spitzenreiter bleibt das Gebiet Brest, gefolgt vom Gebiet Grodno. Im Gebiet Grodno "
            "sind inzwischen 236 Betriebe für Lieferungen nach China zugelassen.",
            "Grodno region",
        ),
    ],
)
def test_the_region_s_own(text: str, entity: str) -> None:
    assert points(_OPENING + text) == [(entity, 236.0)]
