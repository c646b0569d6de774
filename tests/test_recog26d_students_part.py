"""Recognition round N (recog26d): the part from China of the foreign students the sentence
before counts ("In Belarus studieren 32.000 ausländische Studenten. 6.000 von ihnen kommen
aus China."): Chinese students in Belarus (edu.students_cn_in_by) where that sentence
counts the country's, one university's (edu.institution_students) where it counts that
university's (indicators.md). Texts of our own in the style of agency reports: the part
said by "von ihnen", "davon", "darunter", "unter ihnen", China or the Chinese before or
after it; counter-examples: another country's students, a part from another country,
workers instead of students.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2026-02-05", only="edu.")

_DATELINE = "MINSK, 5. Februar (BelTA) – "
_COUNTRY = "In Belarus studieren derzeit 32.000 ausländische Studenten. "
_BSU = "An der Belarussischen Staatlichen Universität studieren 9.000 ausländische Studierende. "

PARTS = [
    # the miss's wording
    "6.000 von ihnen kommen aus China.",
    # other part words, verbs, word orders; the Chinese by their nationality
    "Davon stammen 6.000 aus China.",
    "Aus China kommen 6.000 von ihnen.",
    "Chinesen sind es 6.000.",
    "Unter ihnen sind 6.000 Chinesen.",
    "Darunter sind 6.000 Studierende aus der Volksrepublik.",
    "Aus der Volksrepublik China stammen davon 6.000.",
    "Rund 6.000 davon sind Chinesen.",
]


@pytest.mark.parametrize("part", PARTS)
def test_the_country_s_students_from_china(part: str) -> None:
    assert points(_DATELINE + _COUNTRY + part) == [
        ("edu.students_cn_in_by", "Belarus-China", 6000.0)
    ]


@pytest.mark.parametrize("part", PARTS)
def test_a_university_s_students_from_china(part: str) -> None:
    assert points(_DATELINE + _BSU + part) == [("edu.institution_students", "BSU", 6000.0)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # foreigners who study, citizens of China
        (
            "Insgesamt studieren in Belarus 35.000 Ausländer. Rund 18.500 davon sind Bürger "
            "Chinas.",
            ("edu.students_cn_in_by", "Belarus-China", 18500.0),
        ),
        # young people who study at a joint institute
        (
            "Am Gemeinsamen Institut der BSU und der Dalian-Universität studieren 900 junge "
            "Menschen. 300 von ihnen kommen aus China.",
            ("edu.institution_students", "BSU-DPU Joint Institute", 300.0),
        ),
    ],
)
def test_other_nouns_of_who_study(text: str, found: tuple) -> None:
    assert points(_DATELINE + text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        # foreigners who work, not study
        "Insgesamt arbeiten in Belarus 35.000 Ausländer. Rund 18.500 davon sind Bürger Chinas.",
        "Am Gemeinsamen Institut der BSU und der Dalian-Universität arbeiten 90 Menschen. 30 "
        "von ihnen kommen aus China.",
        # another country's students
        "In Russland studieren derzeit 320.000 ausländische Studenten. 60.000 von ihnen kommen "
        "aus China.",
        # a part from another country
        "In Belarus studieren derzeit 32.000 ausländische Studenten. 6.000 von ihnen kommen "
        "aus Turkmenistan.",
        # workers, not students
        "In Belarus arbeiten derzeit 3.000 ausländische Fachkräfte. Unter ihnen sind 600 Chinesen.",
    ],
)
def test_no_chinese_students_in_belarus(text: str) -> None:
    assert points(_DATELINE + text) == []
