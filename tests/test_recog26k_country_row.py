"""A list's row of China on a university's page is its Chinese students (round 26, K):
"- China – 612 Studierende" under "An der GrSU sind 1.780 ausländische Studierende
eingeschrieben. Die größten Gruppen stellen:" is edu.institution_students of the GrSU (the
row names no one: the institution named before, as "dort" refers to it). Other countries'
rows, a row under no university, and graduates are no such point.

Texts of our own in the style of a university's news page.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2026-03-12", only="edu.")

OPENING = (
    "An der Staatlichen Janka-Kupala-Universität Grodno (GrSU) sind im Frühjahrssemester "
    "insgesamt 1.780 ausländische Studierende eingeschrieben. Die größten Gruppen stellen:\n\n"
)


@pytest.mark.parametrize(
    "rows",
    [
        # the miss's shape
        "- China – 612 Studierende\n- Turkmenistan – 540 Studierende\n",
        # other dashes, names of the country, qualifiers and nouns
        "- Turkmenistan – 540 Studierende\n- VR China — 612 Studierende\n",
        "- Volksrepublik China (612 Studierende)\n- Russland (205 Studierende)\n",
        "- China - rund 612 Studenten\n- Russland - rund 205 Studenten\n",
        "- China – 612 Studentinnen\n- Usbekistan – 96 Studentinnen\n",
        "- China – 612 Personen\n- Usbekistan – 96 Personen\n",
    ],
)
def test_the_china_row_is_the_universitys_chinese_students(rows: str) -> None:
    assert ("edu.institution_students", "GrSU", 612.0) in points(OPENING + rows)


@pytest.mark.parametrize(
    "rows",
    [
        # other countries' rows
        "- Turkmenistan – 540 Studierende\n- Russland – 205 Studierende\n",
        # graduates
        "- China – 612 Absolventen\n- Russland – 205 Absolventen\n",
    ],
)
def test_other_rows_are_no_chinese_students(rows: str) -> None:
    assert points(OPENING + rows) == []


def test_a_row_under_no_university_is_no_universitys() -> None:
    text = (
        "In Belarus studieren 30.000 ausländische Studierende. Die größten Gruppen:\n\n"
        "- China – 12.000 Studierende\n- Turkmenistan – 9.000 Studierende\n"
    )
    assert [p for p in points(text) if p[0] == "edu.institution_students"] == []
