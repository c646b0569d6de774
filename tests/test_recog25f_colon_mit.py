"""The exports named before a colon, the clause after it opening with "Mit" and the amount,
the pronoun its subject ("Besonders dynamisch entwickelte sich die Ausfuhr im zweiten
Halbjahr 2025: Mit 1,52 Mrd. USD lag sie um 18 Prozent über dem Wert des
Vorjahreszeitraums"): the amount and its growth are the exports'. Texts of our own in the
style of a weekly's analysis; counter-examples: imports, one product's exports, another
partner's, a share.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator unit value", date="2026-03-09", only="trade.")

_OPENING = (
    "9. März 2026\n\nAnalyse: Der China-Handel gewinnt an Fahrt\n\nDer Warenumsatz mit China "
    "ist in jedem Quartal gewachsen.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "Besonders dynamisch entwickelte sich die Ausfuhr im zweiten Halbjahr 2025: Mit 1,52 "
        "Mrd. USD lag sie um 18 Prozent über dem Wert des Vorjahreszeitraums.",
        "Die Exporte zogen im zweiten Halbjahr 2025 kräftig an: Mit 1,52 Mrd. USD lagen sie "
        "um 18 Prozent über dem Vorjahreszeitraum.",
        "Die Warenexporte legten im zweiten Halbjahr 2025 zu: Mit rund 1,52 Mrd. Dollar "
        "übertrafen sie den Vorjahreswert um 18 Prozent.",
        "Auch der Export überraschte im zweiten Halbjahr 2025; mit 1,52 Milliarden US-Dollar "
        "erreichte er ein Plus von 18 Prozent.",
        "Stark entwickelten sich die China-Exporte im zweiten Halbjahr 2025: Mit 1,52 Mrd. "
        "USD verzeichneten sie einen Zuwachs von 18 %.",
    ],
)
def test_the_amount_and_growth_are_the_exports(text: str) -> None:
    found = points(_OPENING + text)
    assert [p for p in found if p[0] == "trade.exports"] == [
        ("trade.exports", "USD", 1520000000.0),
        ("trade.exports", "percent", 18.0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Besonders dynamisch entwickelte sich die Einfuhr im zweiten Halbjahr 2025: Mit 1,52 "
        "Mrd. USD lag sie um 18 Prozent über dem Wert des Vorjahreszeitraums.",
        "Besonders dynamisch entwickelten sich die Milchexporte im zweiten Halbjahr 2025: Mit "
        "152 Mio. USD lagen sie um 18 Prozent über dem Vorjahreszeitraum.",
        "Die Exporte von Milchprodukten zogen im zweiten Halbjahr 2025 an: Mit 152 Mio. USD "
        "lagen sie um 18 Prozent über dem Vorjahreszeitraum.",
        "Die Exporte nach Russland zogen im zweiten Halbjahr 2025 an: Mit 1,52 Mrd. USD lagen "
        "sie um 18 Prozent über dem Vorjahreszeitraum.",
    ],
)
def test_no_exports_to_china(text: str) -> None:
    assert [p for p in points(_OPENING + text) if p[0] == "trade.exports"] == []
