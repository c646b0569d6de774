"""Recognition round L (recog25e), as a family of wordings (indicators.md, edu): the whole
country's count of Chinese students said after one university's, by "landesweit", "im ganzen
Land", "in (ganz) Belarus", "an allen Hochschulen des Landes" in its clause ("An der BSU
studieren 2.000 Chinesen. Landesweit sind es 19.000."): edu.students_cn_in_by, not the
university's count again.

Texts of our own in the style of agency reports, several wordings, with counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2025-09-02")

IN_BY = ("edu.students_cn_in_by", "Belarus-China", 19000.0)

COUNTRYWIDE = [
    # the miss's wording
    "An der BSU studieren 2.000 Chinesen. Landesweit sind es 19.000.",
    # other words of the whole country, nouns, verbs and word orders
    "An der BSU studieren 2.000 Chinesen. Im ganzen Land sind es 19.000.",
    "An der BSU sind 2.000 Studierende aus China eingeschrieben. Insgesamt in Belarus sind es "
    "19.000.",
    "Die BNTU zählt 2.000 chinesische Studenten, landesweit sind es 19.000.",
    "An der BSU lernen 2.000 chinesische Studierende. In ganz Belarus sind es 19.000.",
    "Allein an der BSU studieren 2.000 Chinesen, landesweit studieren 19.000 Chinesen.",
    "An der BSU studieren 2.000 Chinesen. An allen Hochschulen des Landes sind es 19.000.",
]


@pytest.mark.parametrize("text", COUNTRYWIDE)
def test_the_countrys_count_after_a_universitys(text: str) -> None:
    found = points(text)
    assert IN_BY in found
    assert [p for p in found if p[0] == "edu.institution_students" and p[2] == 19000.0] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another university's: its own
        (
            "An der BSU studieren 2.000 Chinesen. An der BNTU sind es 1.500.",
            ("edu.institution_students", "BNTU", 1500.0),
        ),
    ],
)
def test_another_universitys_count_stays_its_own(text: str, expected: tuple) -> None:
    assert expected in points(text)


@pytest.mark.parametrize(
    "text",
    [
        # no students: staff
        "Die BSU hat 2.000 Beschäftigte. Landesweit sind es 19.000.",
        # a text on China's own universities
        "An der Universität Peking studieren 2.000 Chinesen. Landesweit sind es 19.000.",
        # all foreign students, China's part after them
        "An der BSU studieren 2.000 Chinesen. Landesweit studieren 19.000 ausländische "
        "Studenten, darunter 11.000 aus China.",
        # the year's intake
        "An der BSU studieren 2.000 Chinesen. Landesweit haben 19.000 Chinesen ihr Studium "
        "aufgenommen.",
    ],
)
def test_no_countrys_students_otherwise(text: str) -> None:
    assert IN_BY not in points(text)
