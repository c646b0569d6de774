"""Recognition round N (recog26g), as a family of wordings: totals since the start of what
the text is about ("Seit der Gründung haben die Residenten Investitionen in Höhe von 1,64
Milliarden Dollar getätigt.", after "wurde 2012 ... gegründet"; "- Die Residenten
investierten im Jahresverlauf 412 Millionen US-Dollar, seit der Gründung insgesamt 2,05
Milliarden."). indicators.md: a figure with no date of its own is a value as of the
document; a sum since the founding is a total so far, not of the founding year named
before. The year's flow is of the year the text names ("im Jahresverlauf" is its course);
the total in a clause with its verb left out is the same indicator's, its unit carried.
Texts of our own in the style of SB. Belarus Segodnya and the park's news; counter-examples:
a period's start ("seit Beginn des Jahres"), a total of another noun.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator as_of value dated_by", date="2025-10-03", only="park.invest")

_FOUNDED = (
    "Der Industriepark Großer Stein wurde 2012 auf Grundlage eines zwischenstaatlichen "
    "Abkommens gegründet, seine Fläche beträgt 11.250 Hektar. "
)


@pytest.mark.parametrize(
    "text",
    [
        # the miss
        "Seit der Gründung haben die Residenten Investitionen in Höhe von 1,64 Milliarden "
        "Dollar getätigt.",
        # other words of the start, verbs, word orders
        "Seit Bestehen des Parks haben die Residenten 1,64 Milliarden Dollar investiert.",
        "Seit dem Start des Projekts sind 1,64 Milliarden Dollar in den Park geflossen.",
        "Seit seiner Gründung haben die Residenten 1,64 Milliarden Dollar investiert.",
        "Seit Beginn haben die Residenten 1,64 Milliarden Dollar investiert.",
        "Investiert haben die Residenten seit der Eröffnung 1,64 Milliarden Dollar.",
        "Insgesamt haben die Residenten bislang 1,64 Milliarden Dollar investiert.",
    ],
)
def test_a_total_since_the_start_is_of_the_document(text: str) -> None:
    assert points(_FOUNDED + text) == [("park.investment_actual", "2025-10", 1.64e9, "document")]


def test_a_period_s_start_is_no_start_of_the_park() -> None:
    # "seit Beginn des Jahres" is this year's: the year's sum, not a total
    text = (
        "Der Industriepark Großer Stein zieht Bilanz. Seit Beginn des Jahres haben die "
        "Residenten 164 Millionen Dollar investiert."
    )
    assert points(text) == [("park.investment_actual", "2025-10", 1.64e8, "text")]


_REVIEW = (
    "Die Verwaltung des Industrieparks Großer Stein hat die Ergebnisse des Jahres 2025 "
    "vorgestellt. Die wichtigsten Zahlen im Überblick:\n\n"
    "- Im Jahr 2025 wurden 19 neue Residenten registriert.\n"
)


@pytest.mark.parametrize(
    "item",
    [
        # the miss
        "- Die Residenten investierten im Jahresverlauf 412 Millionen US-Dollar, seit der "
        "Gründung insgesamt 2,05 Milliarden.",
        # other words of the total, of the course of the year, verbs
        "- Die Residenten investierten im Laufe des Jahres 412 Millionen US-Dollar, seit "
        "Bestehen zusammen 2,05 Milliarden.",
        "- Im Jahresverlauf haben die Residenten 412 Millionen US-Dollar investiert, "
        "insgesamt bislang 2,05 Milliarden.",
        "- Die Residenten investierten im Verlauf des Jahres 412 Millionen US-Dollar, seit "
        "dem Start des Projekts insgesamt rund 2,05 Milliarden.",
        "- Im Jahresverlauf investierten die Residenten 412 Mio. US-Dollar, seit der "
        "Gründung bisher 2,05 Mrd.",
    ],
)
def test_the_year_s_sum_and_the_total(item: str) -> None:
    found = points(_REVIEW + item, "2026-01-15")
    assert ("park.investment_actual", "2025", 4.12e8, "text") in found
    assert [p[2] for p in found if p[2] == 2.05e9] == [2.05e9]
    assert len(found) == 2


def test_a_total_of_another_noun_is_no_investment() -> None:
    item = (
        "- Die Residenten investierten im Jahresverlauf 412 Millionen US-Dollar, insgesamt "
        "160 Residenten."
    )
    assert points(_REVIEW + item, "2026-01-15") == [
        ("park.investment_actual", "2025", 4.12e8, "text")
    ]
