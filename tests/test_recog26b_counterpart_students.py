"""Recognition round N (recog26b), as a family of wordings (indicators.md, edu): Chinese
students told as the counterpart of Belarusians studying in China in the sentence before,
with no verb of study of their own ("Ende 2025 studierten rund 3.100 Belarussen in China.
Umgekehrt waren es knapp 8.000 Chinesen an belarussischen Hochschulen.") are
edu.students_cn_in_by.

Texts of our own in the style of blog posts and ministry statements, with counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2026-01-12")

BEFORE = "Ende 2025 studierten rund 3.100 Belarussen in China. "
IN_BY = ("edu.students_cn_in_by", "Belarus-China", 8000.0)


@pytest.mark.parametrize(
    "text",
    [
        # the miss
        BEFORE + "Umgekehrt waren es knapp 8.000 Chinesen an belarussischen Hochschulen.",
        # other counterpart words, places and word orders
        BEFORE + "Im Gegenzug sind es in Belarus knapp 8.000 Chinesen.",
        BEFORE + "An belarussischen Universitäten sind es umgekehrt knapp 8.000 Chinesen.",
        BEFORE + "Umgekehrt zählen die Hochschulen des Landes knapp 8.000 Chinesen.",
        BEFORE + "Andererseits waren knapp 8.000 Chinesinnen und Chinesen an unseren Hochschulen.",
        # the sentence before said otherwise
        "An chinesischen Universitäten lernen derzeit 3.100 junge Belarussen. "
        "Wiederum knapp 8.000 Chinesen sind es an den Hochschulen unseres Landes.",
    ],
)
def test_chinese_as_the_counterpart_of_belarusians_studying_in_china(text: str) -> None:
    assert IN_BY in points(text)


@pytest.mark.parametrize(
    "text",
    [
        # they live there
        BEFORE + "Umgekehrt leben knapp 8.000 Chinesen in Belarus.",
        # the sentence before says no study
        "Ende 2025 reisten rund 3.100 Belarussen nach China. "
        "Umgekehrt waren es knapp 8.000 Chinesen in Belarus.",
        # no sentence before of Belarusians in China
        "Der Tourismus wächst. "
        "Umgekehrt waren es knapp 8.000 Chinesen an belarussischen Hochschulen.",
        # one university's
        BEFORE + "Umgekehrt waren es knapp 8.000 Chinesen an der Universität Grodno.",
        # no counterpart word: the Chinese are no students said
        BEFORE + "In Belarus waren es knapp 8.000 Chinesen.",
    ],
)
def test_no_counterpart_students(text: str) -> None:
    assert not [p for p in points(text) if p[0] == "edu.students_cn_in_by"]
