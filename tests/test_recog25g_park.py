"""A sum said of each firm is no point of the park (round 25, G): "zwei Pharmaunternehmen,
die jeweils rund 50 Millionen Dollar in ihre Werke investieren wollen" after the residents'
exports neither continues them (a relative clause of "jeweils"/"je" tells of the nouns
before it) nor is the residents' exports ("lieferten je 30 Mio. Dollar", "15 Mio. Dollar
pro Unternehmen").

Texts of our own in the style of SB and BelTA reports; counter-examples keep the
residents' own exports and a relative clause that continues them.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

_OPENING = (
    "Im chinesisch-belarussischen Industriepark Great Stone arbeiten 158 Residenten. "
    "Die Residenten exportierten im ersten Quartal Waren für 118 Millionen Dollar. "
)

points = points_of("indicator value", date="2026-05-12", opening=_OPENING, only="park.exports")

_EXPORTS = [("park.exports", 118e6)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Zu den größten Exporteuren gehören ein Hersteller von Elektrofahrzeugen und zwei "
        "Pharmaunternehmen, die jeweils rund 50 Millionen Dollar in ihre Werke investieren "
        "wollen.",
        "Darunter sind drei Hersteller, die jeweils Waren für mehr als 20 Mio. Dollar ausführten.",
        "Die größten Exporteure sind zwei Werke, die je 30 Mio. Dollar ins Ausland lieferten.",
        "Führend sind zwei Firmen, welche jeweils rund 10 Mio. Dollar exportierten.",
        "Drei Residenten exportierten jeweils Waren für mehr als 20 Mio. Dollar.",
        "Die fünf größten Exporteure lieferten je 30 Mio. Dollar ins Ausland.",
    ],
)
def test_a_sum_of_each_firm_is_no_park_export(sentence: str) -> None:
    assert points(sentence) == _EXPORTS


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # counter-examples: the residents' exports, in a relative clause of their own noun
        (
            "Die Exporte, die im zweiten Quartal 140 Millionen Dollar erreichten, wuchsen weiter.",
            140e6,
        ),
        ("Die Exporte der Residenten erreichten bis Ende Mai 140 Millionen Dollar.", 140e6),
    ],
)
def test_the_residents_exports_stay(sentence: str, value: float) -> None:
    assert sorted(points(sentence)) == sorted([*_EXPORTS, ("park.exports", value)])
