"""China's imports from Belarus told with the verb first ("Eingeführt hat China aus dem
osteuropäischen Land Waren im Wert von ...", "Importiert hat China aus Belarus ...",
"Bezogen hat die Volksrepublik aus Weißrussland ..."): Belarus's exports to China, as they
are with China first ("China importierte aus Belarus ..."). Texts of our own in the style of
Xinhua's customs reports; counter-examples: China's exports to Belarus (Belarus's imports),
China's imports from another country.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2026-01-20")

_OPENING = (
    "PEKING, 20. Januar (Xinhua) -- Der Handel zwischen China und Belarus hat im vergangenen "
    "Jahr einen neuen Rekordwert erreicht. "
)
_EXPORTS = ("trade.exports", "Belarus-China", 22.3e9)


@pytest.mark.parametrize(
    "text",
    [
        "Eingeführt hat China aus dem osteuropäischen Land Waren im Wert von 22,3 Milliarden "
        "Yuan, 9,4 Prozent mehr als 2024.",
        "Importiert hat China aus Belarus im vergangenen Jahr Waren für 22,3 Milliarden Yuan.",
        "Bezogen hat die Volksrepublik aus Weißrussland im vergangenen Jahr Waren für 22,3 "
        "Milliarden Yuan.",
        "Aus Belarus bezog China im vergangenen Jahr Waren für 22,3 Milliarden Yuan.",
        "China importierte aus Belarus im vergangenen Jahr Waren für 22,3 Milliarden Yuan.",
        "Chinas Einfuhren aus Belarus stiegen im vergangenen Jahr um 9,4 Prozent auf 22,3 "
        "Milliarden Yuan.",
        "Eingeführt wurden aus Belarus im vergangenen Jahr Waren für 22,3 Milliarden Yuan nach "
        "China.",
    ],
)
def test_china_s_imports_from_belarus_verb_first(text: str) -> None:
    assert _EXPORTS in points(_OPENING + text)


def test_the_growth_beside_the_verb_first_imports() -> None:
    text = (
        "Eingeführt hat China aus dem osteuropäischen Land Waren im Wert von 22,3 Milliarden "
        "Yuan, 9,4 Prozent mehr als 2024."
    )
    assert ("trade.exports", "Belarus-China", 9.4) in points(_OPENING + text)


@pytest.mark.parametrize(
    "text",
    [
        "Ausgeführt hat China nach Belarus im vergangenen Jahr Waren für 41,2 Milliarden Yuan.",
        "Eingeführt hat China aus Kasachstan im vergangenen Jahr Waren für 122,3 Milliarden Yuan.",
        "Chinas Exporte nach Belarus stiegen im vergangenen Jahr um 4 Prozent auf 41,2 "
        "Milliarden Yuan.",
        "Importiert hat Belarus aus China im vergangenen Jahr Waren für 41,2 Milliarden Yuan.",
    ],
)
def test_no_belarusian_exports(text: str) -> None:
    assert not [p for p in points(_OPENING + text) if p[0] == "trade.exports"]
