"""A university's goal for its Chinese students, named by its abbreviation or name, is the
university's (indicators.md: edu.institution_students, Chinese students at one university,
entity = it; edu.students_cn_in_by is the country's). "Bis 2030 wollen wir die Zahl der
chinesischen Studierenden an der BNTU auf 2.000 erhöhen" in a text on Belarus's universities
is BNTU's target, not the country's. Passages are our own, in the style of interviews with
rectors and BelTA reports.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity status value", date="2026-07-19", only="edu.")

LEAD = (
    "Minsk, 19. Juli 2026 (BelTA) – An belarussischen Hochschulen studieren derzeit über "
    "9.800 Chinesen.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "entity"),
    [
        (
            "Bis 2030 wollen wir die Zahl der chinesischen Studierenden an der BNTU auf 2.000 "
            "erhöhen.",
            "BNTU",
        ),
        ("Bis 2030 soll die Zahl der chinesischen Studenten an der BSU auf 2.000 steigen.", "BSU"),
        (
            "Die Zahl der Studierenden aus China an der GSU soll bis 2030 auf 2.000 wachsen.",
            "GSU",
        ),
        (
            "Die BSEU will die Zahl der chinesischen Studierenden bis 2030 auf 2.000 bringen.",
            "BSEU",
        ),
        (
            "Die Zahl der Studierenden aus der Volksrepublik China an der BNTU soll bis 2030 "
            "auf 2.000 steigen.",
            "BNTU",
        ),
    ],
)
def test_a_named_universitys_goal_is_its_own(sentence: str, entity: str) -> None:
    found = points(LEAD + sentence + "\n")
    assert ("edu.students_cn_in_by", "Belarus-China", "target", 2000.0) not in found
    assert ("edu.institution_students", entity, "target", 2000.0) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Bis 2030 will das Bildungsministerium die Zahl der chinesischen Studierenden auf "
        "15.000 erhöhen.",
        "Bis 2030 soll die Zahl der Studierenden aus China in Belarus auf 15.000 steigen.",
    ],
)
def test_the_countrys_goal_stays_the_countrys(sentence: str) -> None:
    found = points(LEAD + sentence + "\n")
    assert ("edu.students_cn_in_by", "Belarus-China", "target", 15000.0) in found
