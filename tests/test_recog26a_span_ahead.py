"""A change planned or foreseen over a span of years ahead ("die die belarussischen Exporte
nach China in den nächsten fünf Jahren um mindestens 12% ... steigern würden"): a target of
the span's end (the text's year plus the count), as "in fünf Jahren" is. A sum spread over
the span ("In den kommenden drei Jahren will er 120 Mio. Dollar investieren") stays of no
year, and a span told in the past is none. Texts of our own in the style of agency reports.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

from bycn.text.dates import find_dates

points = points_of("indicator as_of status value", date="2024-08-23", only="trade.", digits=1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Exporte sollen in den nächsten fünf Jahren um 12 % steigen.", ["2030"]),
        ("In den kommenden drei Jahren soll der Handel um 20 Prozent wachsen.", ["2028"]),
        ("Innerhalb der nächsten fünf Jahre will Belarus die Exporte verdoppeln.", ["2030"]),
        ("In den nächsten zwei Jahren sollen die Lieferungen um das 1,5-fache zulegen.", ["2027"]),
        (
            "Das Abkommen würde den Handel in den nächsten 4 Jahren um mindestens 10 % steigern.",
            ["2029"],
        ),
        # counter-examples: a sum spread over the span; a span told in the past
        ("In den kommenden drei Jahren will er 120 Mio. Dollar investieren.", []),
        ("In den nächsten fünf Jahren stieg der Handel um 40 Prozent.", []),
    ],
)
def test_a_span_ahead_dates_a_change(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_dates(text, "2025-05-10")] == expected


def test_the_agreements_foreseen_effects() -> None:
    text = (
        "Handelsabkommen zwischen China und Belarus\n\n"
        "Belarus hat angekündigt, ein Freihandelsabkommen mit China zu unterzeichnen. Minsk "
        "erklärte, dass das Abkommen Regeln schaffen würde, die die belarussischen Exporte nach "
        "China in den nächsten fünf Jahren um mindestens 12% und chinesische Investitionen in "
        "Belarus um 30% steigern würden."
    )
    assert points(text) == [
        ("trade.chinese_investment", "2029", "target", 30.0),
        ("trade.exports", "2029", "target", 12.0),
    ]
