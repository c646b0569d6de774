"""Recognition round N (recog26d): a span of months from January named without a year
("im Januar–November", "in den ersten elf Monaten", "von Januar bis Oktober") in a text
written before its last month has passed is the year before's (indicators.md: a news
text's relative periods resolve against its document date): BelTA tells January to
November's statistics in January. Then "Im Vorjahreszeitraum" is the same span a year
before that. Texts of our own; counter-examples: a span that has passed this year, a single
month that has, a quarter (the one still running may be meant).
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator as_of value", only="trade.")

_DATELINE = "MINSK (BelTA) – "


@pytest.mark.parametrize(
    ("date", "text", "found"),
    [
        # the wording with its comparison a year before
        (
            "2026-01-15",
            "Im Januar–November exportierte Belarus Waren für 320 Mio. Dollar nach China. Im "
            "Vorjahreszeitraum waren es 280 Mio.",
            [
                ("trade.exports", "2024-01/2024-11", 280e6),
                ("trade.exports", "2025-01/2025-11", 320e6),
            ],
        ),
        # other spans and word orders
        (
            "2026-02-05",
            "In den ersten elf Monaten erreichte der Handel zwischen Belarus und China 7,7 "
            "Milliarden Dollar.",
            [("trade.turnover", "2025-01/2025-11", 7.7e9)],
        ),
        (
            "2026-01-20",
            "Von Januar bis Oktober lieferte Belarus Waren für 1,9 Milliarden Dollar nach China.",
            [("trade.exports", "2025-01/2025-10", 1.9e9)],
        ),
        (
            "2026-01-20",
            "Der Warenumsatz mit China belief sich im Zeitraum Januar bis November auf 8,1 "
            "Milliarden Dollar.",
            [("trade.turnover", "2025-01/2025-11", 8.1e9)],
        ),
    ],
)
def test_a_span_not_passed_this_year_is_the_year_before_s(
    date: str, text: str, found: list[tuple]
) -> None:
    assert points(_DATELINE + text, date) == found


@pytest.mark.parametrize(
    ("date", "text", "found"),
    [
        # the span has passed this year
        (
            "2025-12-10",
            "Im Januar–November exportierte Belarus Waren für 320 Mio. Dollar nach China.",
            [("trade.exports", "2025-01/2025-11", 320e6)],
        ),
        # a single month that has passed
        (
            "2026-02-05",
            "Im Januar exportierte Belarus Waren für 90 Mio. Dollar nach China.",
            [("trade.exports", "2026-01", 90e6)],
        ),
        # a quarter may be the one still running
        (
            "2026-02-05",
            "Im ersten Quartal soll der Handel zwischen Belarus und China 2 Milliarden Dollar "
            "erreichen.",
            [("trade.turnover", "2026-Q1", 2e9)],
        ),
    ],
)
def test_a_period_of_this_year(date: str, text: str, found: list[tuple]) -> None:
    assert points(_DATELINE + text, date) == found
