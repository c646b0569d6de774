"""Chinese investment said with the verb first and the investors after it ("Investiert haben
chinesische Unternehmen ...", "2023 investierten chinesische Firmen 1,2 Mrd. Dollar"), as it
was with the investors first. Texts of our own in the style of BelTA's reports;
counter-examples: Belarusian money put into Chinese firms, China's money in another country.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2024-10-15")

_OPENING = "MINSK, 15. Oktober (BelTA) – "


@pytest.mark.parametrize(
    ("text", "point"),
    [
        (
            "Investiert haben chinesische Unternehmen in Belarus bislang 1,2 Mrd. US-Dollar.",
            ("trade.chinese_investment", "Belarus-China", 1.2e9),
        ),
        (
            "Im vergangenen Jahr investierten chinesische Unternehmen 1,2 Mrd. US-Dollar in die "
            "belarussische Wirtschaft.",
            ("trade.chinese_investment", "Belarus-China", 1.2e9),
        ),
        (
            "2023 investierten Firmen aus China 1,2 Mrd. US-Dollar in Belarus.",
            ("trade.chinese_investment", "Belarus-China", 1.2e9),
        ),
        (
            "Angelegt haben chinesische Konzerne in Belarus seit 2015 rund 1,2 Mrd. US-Dollar.",
            ("trade.chinese_investment", "Belarus-China", 1.2e9),
        ),
        (
            "Im Jahr 2023 legten chinesische Partner in Belarus 1,2 Mrd. US-Dollar an.",
            ("trade.chinese_investment", "Belarus-China", 1.2e9),
        ),
        (
            "In das Gebiet Minsk investierten chinesische Unternehmen im vergangenen Jahr 300 "
            "Mio. US-Dollar.",
            ("trade.chinese_investment", "Minsk region", 3e8),
        ),
    ],
)
def test_the_verb_before_the_chinese_investors(text: str, point: tuple) -> None:
    assert point in points(_OPENING + text)


@pytest.mark.parametrize(
    "text",
    [
        "Im vergangenen Jahr investierten belarussische Unternehmen 30 Mio. US-Dollar in "
        "chinesische Firmen.",
        "Investiert haben chinesische Unternehmen auch in Kasachstan 2 Mrd. US-Dollar.",
        "2023 investierten chinesische Unternehmen 5 Mrd. US-Dollar in Serbien.",
        "Investiert haben belarussische Unternehmen 30 Mio. US-Dollar, unter anderem in "
        "chinesische Firmen.",
    ],
)
def test_no_chinese_investment_in_belarus(text: str) -> None:
    assert not [p for p in points(_OPENING + text) if p[0] == "trade.chinese_investment"]
