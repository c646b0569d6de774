"""A sum the park has only a part of, told after it by "davon" or "darunter" ("Investiert
haben chinesische Unternehmen allein im vergangenen Jahr 420 Millionen Dollar, davon mehr als
die Hälfte im Industriepark"): the whole is Chinese investment in the country, not the
investment made in the park. Texts of our own in the style of a parliament's report;
counter-examples: the park's own investment with a part of it told after it.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator value", date="2026-06-25", only="", digits=1)

_OPENING = (
    "Repräsentantenhaus debattiert Wirtschaftsbeziehungen mit China\n\n"
    "Der Industriepark Großer Stein wächst weiter, sagte der Abgeordnete. "
)


@pytest.mark.parametrize(
    "text",
    [
        "Investiert haben chinesische Unternehmen allein im vergangenen Jahr 420 Millionen "
        "Dollar, davon mehr als die Hälfte im Industriepark.",
        "Im vergangenen Jahr haben chinesische Firmen 420 Millionen Dollar investiert, darunter "
        "rund 200 Millionen Dollar im Park „Großer Stein“.",
        "Unternehmen aus China haben im vergangenen Jahr 420 Millionen Dollar investiert, ein "
        "Großteil davon in den Industriepark.",
        "Im vergangenen Jahr investierten chinesische Firmen 420 Millionen Dollar, die Hälfte "
        "davon im Park Great Stone.",
        "Chinesische Konzerne investierten im vergangenen Jahr 420 Millionen Dollar, davon über "
        "die Hälfte im Industriepark.",
    ],
)
def test_the_whole_is_chinese_investment(text: str) -> None:
    found = points(_OPENING + text)
    assert ("trade.chinese_investment", 4.2e8) in found
    assert ("park.investment_actual", 4.2e8) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Die Residenten des Parks haben bislang 1,3 Milliarden Dollar investiert, davon 2025 "
        "allein 300 Millionen.",
        "Im Industriepark wurden bislang 1,3 Milliarden Dollar investiert, davon 40 Prozent von "
        "chinesischen Firmen.",
        "Investiert haben die Residenten bislang 1,3 Milliarden Dollar.",
    ],
)
def test_the_parks_own_investment(text: str) -> None:
    assert ("park.investment_actual", 1.3e9) in points(_OPENING + text)
