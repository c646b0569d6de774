"""Recognition round N (recog26j): "insgesamt" right after a flow's noun ("Der Handel
insgesamt belief sich auf 356 Mio. US-Dollar") makes the whole of the period told before
(the region's exports of 2025, a part of them told with its half year, then its trade as
a whole), no sum so far: the point takes
the period of the fact before it, as a flow told in the past does (indicators.md: relative
and carried periods; dating.PointDates.carried). "insgesamt" elsewhere, or beside "seit",
still tells a sum so far, dated by the document. A family of wordings, with
counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity as_of value unit", date="2026-03-10")

LEAD = (
    "Für die Region ist China einer der wichtigsten Märkte. Im Jahr 2025 exportierte das "
    "Gebiet Gomel Waren für 198,3 Mio. US-Dollar nach China, allein im ersten Halbjahr "
    "waren es 92,1 Mio. "
)
EXPORTS = ("trade.regional", "Gomel region", "2025", 198.3e6, "USD")


@pytest.mark.parametrize(
    "sentence",
    [
        # the miss's wording
        "Der Handel insgesamt belief sich auf 356 Mio. US-Dollar.",
        "Der Warenumsatz insgesamt erreichte 356 Mio. US-Dollar.",
        "Der Handel mit China insgesamt lag bei 356 Mio. US-Dollar.",
        "Das Handelsvolumen insgesamt betrug 356 Mio. US-Dollar.",
        "Der Warenaustausch insgesamt summierte sich auf 356 Mio. US-Dollar.",
        "Der Außenhandel mit der Volksrepublik insgesamt kam auf 356 Mio. US-Dollar.",
    ],
)
def test_the_whole_flow_takes_the_period_before(sentence: str) -> None:
    found = points(f"10. März 2026\n\n{LEAD}{sentence}\n")
    assert EXPORTS in found
    assert ("trade.regional", "Gomel region", "2025", 356e6, "USD") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # a sum since a year: so far
        "Seit 2015 belief sich der Handel insgesamt auf 3,1 Mrd. US-Dollar.",
        "Der Handel insgesamt belief sich seit Beginn der Partnerschaft auf 3,1 Mrd. US-Dollar.",
        # "insgesamt" after the verb: all told, so far
        "Insgesamt belief sich der Handel bislang auf 3,1 Mrd. US-Dollar.",
    ],
)
def test_a_sum_so_far_keeps_the_document_date(sentence: str) -> None:
    found = points(f"10. März 2026\n\n{LEAD}{sentence}\n")
    assert EXPORTS in found
    assert [p for p in found if p[3] == 3.1e9 and p[2] == "2025"] == []
