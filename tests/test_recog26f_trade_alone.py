""" "Der Handel" alone in a text on the two countries' trade, China named further back than
the two sentences before it (indicators.md: trade.turnover): the title "Handel zwischen
Belarus und China erreicht 6,1 Mrd. Dollar", a quote, then "Im Januar und Februar belief sich
der Handel auf 870 Millionen Dollar". The trade of the text is the two countries'; not
where the title is on something else, nor another partner's trade, nor retail. Texts of our
own in the style of BelTA's reports.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity as_of value", date="2026-03-14", only="trade.")

_QUOTE = (
    "MINSK, 14. März (BelTA) – Der stellvertretende Außenminister sprach vor der Presse. "
    "„Wir wollen die Logistik ausbauen“, sagte der Diplomat. „Dafür brauchen wir neue "
    "Nischen.“\n\nAuch das neue Jahr hat gut begonnen. "
)
_TITLES = [
    "Handel zwischen Belarus und China erreicht 6,1 Mrd. Dollar",
    "Warenumsatz zwischen China und Weißrussland wächst weiter",
    "Der Handel mit China legt zu",
]


@pytest.mark.parametrize("title", _TITLES)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Im Januar und Februar belief sich der Handel auf 870 Millionen Dollar, das sind 12 "
            "Prozent mehr als im Vorjahreszeitraum.",
            [
                ("trade.turnover", "Belarus-China", "2026-01/2026-02", 12.0),
                ("trade.turnover", "Belarus-China", "2026-01/2026-02", 870e6),
            ],
        ),
        (
            "In den ersten beiden Monaten erreichte der Handel 870 Millionen Dollar.",
            [("trade.turnover", "Belarus-China", "2026-01/2026-02", 870e6)],
        ),
        (
            "Der Handel wuchs im Januar um 12 Prozent.",
            [("trade.turnover", "Belarus-China", "2026-01", 12.0)],
        ),
        (
            "Von Januar bis Februar summierte sich der Handel auf 870 Millionen Dollar.",
            [("trade.turnover", "Belarus-China", "2026-01/2026-02", 870e6)],
        ),
        (
            "Im Januar und Februar legte der Warenhandel um 12 Prozent zu.",
            [("trade.turnover", "Belarus-China", "2026-01/2026-02", 12.0)],
        ),
    ],
)
def test_the_trade_of_a_text_on_the_two(title: str, sentence: str, expected: list) -> None:
    assert points(_QUOTE + sentence, title=title) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Januar und Februar belief sich der Handel mit Russland auf 870 Millionen Dollar.",
        "Im Januar und Februar belief sich der Einzelhandel auf 870 Millionen Dollar.",
    ],
)
def test_no_other_trade(sentence: str) -> None:
    assert points(_QUOTE + sentence, title=_TITLES[0]) == []


@pytest.mark.parametrize(
    "title",
    [
        "Belarus und China vereinbaren neue Projekte",  # not on trade: China unnamed nearby
        "Handel zwischen Belarus und Russland erreicht 50 Mrd. Dollar",  # another partner's
    ],
)
def test_no_turnover_where_the_text_is_on_other_things(title: str) -> None:
    sentence = "Im Januar und Februar belief sich der Handel auf 870 Millionen Dollar."
    assert points(_QUOTE + sentence, title=title) == []
