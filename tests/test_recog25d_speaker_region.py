"""A region's head told as the teller of a quote, in its sentence or the one before, speaks
for the region he heads, though the text's lead names two regions ("„..., jetzt sind es
insgesamt 19“, sagte der Vorsitzende des Gomeler Gebietsexekutivkomitees"; his title with
the region's adjective or its name after it). Texts of our own in the style of BelTA's
regional reports; counter-examples: a region named in the figure's own clause, a minister's
quote.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2026-02-05", only="trade.accredited")

_OPENING = (
    "GOMEL, 5. Februar (BelTA) – Die Gebiete Gomel und Mogiljow haben ihre Lieferungen nach "
    "China im vergangenen Jahr deutlich gesteigert. Im Gebiet Mogiljow erreichten die "
    "Ausfuhren in die Volksrepublik 152 Millionen Dollar, ein Plus von 23 Prozent. "
)


@pytest.mark.parametrize(
    "text",
    [
        "„Wir haben im vergangenen Jahr drei neue Betriebe für den chinesischen Markt "
        "akkreditieren lassen, jetzt sind es insgesamt 19“, sagte der Vorsitzende des Gomeler "
        "Gebietsexekutivkomitees.",
        "„Für den chinesischen Markt sind bei uns inzwischen 19 Betriebe akkreditiert“, sagte "
        "der Gouverneur des Gebiets Gomel.",
        "„Für den chinesischen Markt sind bei uns inzwischen 19 Betriebe akkreditiert“, so der "
        "Gomeler Gouverneur.",
        "„Wir haben inzwischen 19 Unternehmen, die für China zugelassen sind“, erklärte der "
        "Vorsitzende des Gebietsexekutivkomitees Gomel.",
        "Bilanz zog der Gomeler Gebietschef. „Für den chinesischen Markt sind bei uns "
        "inzwischen 19 Betriebe akkreditiert.“",
    ],
)
def test_the_teller_s_region(text: str) -> None:
    assert points(_OPENING + text) == [("trade.accredited_producers", "Gomel region", 19.0)]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "„Im Gebiet Mogiljow sind 12 Betriebe für den chinesischen Markt akkreditiert“, "
            "sagte der Gomeler Gouverneur.",
            "Mogilev region",
        ),
        (
            "„Für den chinesischen Markt sind bei uns inzwischen 190 Betriebe akkreditiert“, "
            "sagte der Landwirtschaftsminister.",
            "Belarus-China",
        ),
    ],
)
def test_not_the_teller_s_region(text: str, entity: str) -> None:
    assert [p[1] for p in points(_OPENING + text)] == [entity]
