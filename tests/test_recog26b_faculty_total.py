"""Recognition round N (recog26b), as a family of table shapes (indicators.md,
edu.institution_students): a university's table of its Chinese students broken down by
faculties ("Chinesische Studierende nach Fakultäten (Stand: 1. Januar 2026)") counts the
university's students in its total row ("| Insgesamt | 1.386 |"): the faculties are the
university's, named before the table, as "die Universität" refers to it. A faculty's row is
a part, no point of the university's (as "an der Fakultät für Architektur" in prose).

Tables of our own in the style of university annual reports, with counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity as_of value", date="2026-02-15")

LEAD = (
    "China bleibt der wichtigste internationale Partner der Universität. Zum 1. Januar 2026 "
    "studierten an der BNTU viele Bürgerinnen und Bürger der VR China. Die Universität wurde "
    "1920 gegründet.\n\n"
)
TOTAL = ("edu.institution_students", "BNTU", "2026-01", 1386.0)


def _table(caption: str, head: str, total: str, value: str = "1.386") -> str:
    return (
        f"{caption}\n\n| Fakultät | {head} |\n|---|---|\n| Architektur | 214 |\n"
        f"| Maschinenbau | 188 |\n| Energetik | 143 |\n| {total} | {value} |\n"
    )


@pytest.mark.parametrize(
    "table",
    [
        # the miss
        _table(
            "Chinesische Studierende nach Fakultäten (Stand: 1. Januar 2026)",
            "Studierende",
            "Insgesamt",
        ),
        # the count said by the column's header, other words of the total
        _table(
            "Verteilung nach Fakultäten (Stand: 1. Januar 2026)", "Studierende aus China", "Gesamt"
        ),
        _table(
            "Studierende aus der VR China nach Fakultäten, Stand: 1. Januar 2026",
            "Studierende",
            "Summe",
        ),
        # set in bold
        _table(
            "Chinesische Studierende nach Fakultäten (Stand: 1. Januar 2026)",
            "Studierende",
            "**Insgesamt**",
            "**1.386**",
        ),
        # the university named in the caption
        _table(
            "Chinesische Studierende der BNTU nach Fakultäten (Stand: 1. Januar 2026)",
            "Studierende",
            "Insgesamt",
        ),
    ],
)
def test_a_faculty_tables_total_is_the_universitys(table: str) -> None:
    found = [p for p in points(LEAD + table) if p[0] == "edu.institution_students"]
    assert found == [TOTAL]


@pytest.mark.parametrize(
    "text",
    [
        # all foreign students, by faculty: no Chinese students' count
        LEAD
        + _table(
            "Ausländische Studierende nach Fakultäten (Stand: 1. Januar 2026)",
            "Studierende",
            "Insgesamt",
        ),
        # one faculty's in prose: a part
        LEAD + "An der Fakultät für Architektur studieren 214 chinesische Studierende.",
    ],
)
def test_no_total_of_chinese_students_is_no_point(text: str) -> None:
    assert not [p for p in points(text) if p[0] == "edu.institution_students"]
