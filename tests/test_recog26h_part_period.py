"""Recognition round N (recog26h): a part of a flow in a period of its own, told after
"davon", "darunter" or "allein" with no noun of its own ("Im Jahr 2025 hatten chinesische
Investoren insgesamt 590 Mio. US-Dollar in Belarus angelegt, davon im ersten Halbjahr 279
Mio. US-Dollar"), is a point of the same indicator, of that period (indicators.md: a flow is
a sum over its period). A part put on a place or a good is not. Texts of our own in the
style of Sputnik and BelTA reports, with counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator as_of status value", date="2026-07-23")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the miss's wording
        (
            "Im Jahr 2025 hatten chinesische Investoren insgesamt 590 Mio. US-Dollar in "
            "Belarus angelegt, davon im ersten Halbjahr 279 Mio. US-Dollar.",
            ("trade.chinese_investment", "2025-H1", "actual", 279e6),
        ),
        # other words of the part, periods and indicators
        (
            "Im Jahr 2025 exportierte Belarus Waren für 590 Mio. US-Dollar nach China, "
            "darunter im vierten Quartal 170 Mio. US-Dollar.",
            ("trade.exports", "2025-Q4", "actual", 170e6),
        ),
        (
            "2025 investierten chinesische Unternehmen 590 Mio. US-Dollar in Belarus, allein "
            "im Dezember 60 Mio. US-Dollar.",
            ("trade.chinese_investment", "2025-12", "actual", 60e6),
        ),
        (
            "Im Jahr 2025 exportierte Belarus Waren für 590 Mio. US-Dollar nach China, davon "
            "in den ersten neun Monaten 420 Mio. US-Dollar.",
            ("trade.exports", "2025-01/2025-09", "actual", 420e6),
        ),
        (
            "Der Warenumsatz zwischen Belarus und China erreichte 2025 rund 9,6 Mrd. "
            "US-Dollar, davon allein im ersten Halbjahr rund 4,5 Mrd. US-Dollar.",
            ("trade.turnover", "2025-H1", "actual", 4.5e9),
        ),
    ],
)
def test_a_part_in_a_period_of_its_own_is_a_point_of_that_period(
    text: str, expected: tuple
) -> None:
    assert expected in points(text)


@pytest.mark.parametrize(
    "text",
    [
        # a part put on a place
        "Im Jahr 2025 investierten chinesische Unternehmen 590 Mio. US-Dollar in Belarus, "
        "davon im Industriepark 200 Mio. US-Dollar.",
        # a part put on a good
        "Im Jahr 2025 exportierte Belarus Waren für 590 Mio. US-Dollar nach China, davon "
        "Milchprodukte für 200 Mio. US-Dollar.",
    ],
)
def test_a_part_of_a_place_or_a_good_is_no_part_of_the_period(text: str) -> None:
    found = points(text)
    assert not [
        p for p in found if p[3] == 200e6 and p[0] in ("trade.exports", "trade.chinese_investment")
    ]
