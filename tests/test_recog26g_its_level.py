"""Recognition round N (recog26g), as a family of wordings: "sie" after "Die Zahl der X" with
a verb of its level ("Die Zahl der belarussischen Studierenden in China hat sich seit 2020
verdoppelt. Sie liegt jetzt bei rund 2.300."). figures.md, "Spans": a bare number whose noun
is left out counts the noun told before; "sie" is the number named in the sentence before,
so its level counts that number's noun (edu.students_by_in_cn, indicators.md). Texts of our
own in the style of embassy statements and BelTA reports; counter-examples: a change by a
count ("Sie stieg um 300"), a "sie" with no number told before, a comparison.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator value qualifier", date="2026-04-08", only="edu.")

_TOLD = "Die Zahl der belarussischen Studierenden in China hat sich seit 2020 verdoppelt. "


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        # the miss
        (_TOLD + "Sie liegt jetzt bei rund 2.300.", "about"),
        # other verbs of a level, word orders, participles of growth
        (_TOLD + "Sie beträgt inzwischen 2.300.", "exact"),
        (
            "Die Zahl der belarussischen Studierenden in China hat zugenommen. Inzwischen liegt "
            "sie bei über 2.300.",
            "more_than",
        ),
        (
            "Die Zahl der belarussischen Studierenden in China wächst. Sie ist zuletzt auf 2.300 "
            "gestiegen.",
            "exact",
        ),
        (
            "Die Zahl der belarussischen Studenten in China ist deutlich gewachsen. Sie hat sich "
            "auf rund 2.300 erhöht.",
            "about",
        ),
        (
            "Die Zahl der belarussischen Studierenden in China steigt. Heute erreicht sie fast "
            "2.300.",
            "almost",
        ),
    ],
)
def test_its_level_counts_the_number_told(text: str, qualifier: str) -> None:
    assert points(text) == [("edu.students_by_in_cn", 2300.0, qualifier)]


@pytest.mark.parametrize(
    "text",
    [
        # a change by a count, no level
        "Die Zahl der belarussischen Studierenden in China wächst. Sie stieg um 300.",
        # a comparison, the number not at the sentence's end
        "Die Zahl der belarussischen Studierenden in China wächst. Sie liegt um 300 höher als "
        "2020.",
        # no number told before: "sie" is the students, not their number
        "Belarussische Studierende in China lernen vor allem Sprachen. Sie liegt bei 2.300.",
        # another paragraph
        "Die Zahl der belarussischen Studierenden in China wächst.\n\nSie liegt bei 2.300.",
    ],
)
def test_no_level_of_the_number(text: str) -> None:
    assert points(text) == []
