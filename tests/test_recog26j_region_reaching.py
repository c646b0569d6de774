"""Recognition round N (recog26j): another region's amount told with a verb of reaching and
no noun of trade of its own ("Das Gebiet Grodno kam im gleichen Zeitraum auf 297 Mio.
US-Dollar") continues the trade with China told just before, China named there as the
people's republic (in a text that has named China) or the Reich der Mitte as well as by
its name ("Um 12 Prozent hat das Gebiet Brest seinen Warenumsatz mit der Volksrepublik
ausgeweitet, ..."). Not another people's republic ("der Volksrepublik Vietnam"), nor the
people's republic in a text that never named China. A family of wordings, with
counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value unit", date="2026-03-12")

GRODNO = ("trade.regional", "Grodno region", 297e6, "USD")
# the text names China in its title: "die Volksrepublik" after it is China
TITLE = "Brest und Grodno bauen Handel mit China aus\n\n12. März 2026\n\n"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # the miss's wording
        (
            "Um 12 Prozent hat das Gebiet Brest seinen Warenumsatz mit der Volksrepublik "
            "ausgeweitet, auf 418 Mio. US-Dollar.",
            "Das Gebiet Grodno kam im gleichen Zeitraum auf 297 Mio. US-Dollar.",
        ),
        (
            "Der Handel des Gebiets Brest mit der Volksrepublik stieg 2025 auf 418 Mio. US-Dollar.",
            "Das Gebiet Grodno erreichte 297 Mio. US-Dollar.",
        ),
        (
            "Die Exporte des Gebiets Brest in die Volksrepublik wuchsen 2025 auf 418 Mio. "
            "US-Dollar.",
            "Im selben Zeitraum verbuchte das Gebiet Grodno 297 Mio. US-Dollar.",
        ),
        (
            "Das Gebiet Brest lieferte 2025 Waren für 418 Mio. US-Dollar in das Reich der Mitte.",
            "Die Region Grodno brachte es auf 297 Mio. US-Dollar.",
        ),
        (
            "Mit dem Reich der Mitte handelte das Gebiet Brest 2025 Waren für 418 Mio. US-Dollar.",
            "Das benachbarte Gebiet Grodno kam auf 297 Mio. US-Dollar.",
        ),
    ],
)
def test_a_region_reaching_an_amount_after_trade_with_the_peoples_republic(
    before: str, after: str
) -> None:
    assert GRODNO in points(f"{TITLE}{before} {after}\n")


@pytest.mark.parametrize(
    "before",
    [
        # another people's republic: no trade with China
        "Der Handel des Gebiets Brest mit der Volksrepublik Vietnam stieg 2025 auf 418 Mio. "
        "US-Dollar.",
        # no trade told: a visit
        "Eine Delegation des Gebiets Brest besuchte die Volksrepublik.",
    ],
)
def test_no_trade_with_china_before_no_point(before: str) -> None:
    found = points(f"{TITLE}{before} Das Gebiet Grodno kam auf 297 Mio. US-Dollar.\n")
    assert GRODNO not in found


def test_the_peoples_republic_is_no_china_where_the_text_never_named_china() -> None:
    text = (
        "Brest und Grodno bauen Handel aus\n\n12. März 2026\n\n"
        "Der Handel des Gebiets Brest mit der Volksrepublik stieg 2025 auf 418 Mio. US-Dollar. "
        "Das Gebiet Grodno kam auf 297 Mio. US-Dollar.\n"
    )
    assert GRODNO not in points(text)
