"""The Chinese students in a table of the foreign students by country, and their number's
growth told after it (indicators.md: edu.students_cn_in_by, Chinese students at Belarusian
universities; a growth said after its count). The China row of a table of foreign students
by their country, in a text on Belarus's universities, counts them; the growth of "die Zahl
der Studierenden aus China" in such a text is theirs, however far back the text named the
country's universities. Tables and passages are our own, in the style of ministry pages.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value unit", date="2026-07-22", only="edu.")

LEAD = (
    "Minsk, 22. Juli 2026 (BelTA) – An den Hochschulen der Republik Belarus studieren derzeit "
    "mehr als 37.000 ausländische Bürger aus 110 Ländern.\n\n"
)


def table(caption: str, header: str, label: str, column: str = "Studierende") -> str:
    return (
        f"{caption}\n\n| {header} | {column} |\n|---|---|\n"
        f"| Turkmenistan | 12.430 |\n| {label} | 9.850 |\n| Russland | 5.120 |\n"
    )


CHINA = ("edu.students_cn_in_by", "Belarus-China", 9850.0, "count")


@pytest.mark.parametrize(
    ("caption", "header", "label", "column"),
    [
        (
            "Ausländische Studierende nach Herkunftsländern, Stand: 1. Juli 2026",
            "Land",
            "China",
            "Studierende",
        ),
        (
            "Ausländische Studenten nach Ländern",
            "Herkunftsland",
            "Volksrepublik China",
            "Studenten",
        ),
        (
            "Internationale Studierende nach Staatsangehörigkeit",
            "Staatsangehörigkeit",
            "VR China",
            "Studierende",
        ),
        (
            "Die größten Gruppen ausländischer Studierender",
            "Staat",
            "China",
            "Anzahl der Studierenden",
        ),
        ("Ausländische Studierende 2025/2026", "Herkunftsstaat", "China", "Zahl der Studierenden"),
    ],
)
def test_the_china_row_of_a_table_of_foreign_students_by_country(
    caption: str, header: str, label: str, column: str
) -> None:
    assert CHINA in points(LEAD + table(caption, header, label, column))


def test_the_other_rows_are_no_chinese_students() -> None:
    found = points(LEAD + table("Ausländische Studierende nach Herkunftsländern", "Land", "China"))
    assert [p for p in found if p[0] == "edu.students_cn_in_by"] == [CHINA]


def test_no_point_where_the_text_names_no_belarusian_place_of_study() -> None:
    # a table of some country's foreign students, not said to be Belarus's
    text = "Peking, 22. Juli 2026 (Xinhua) – Die Hochschulen wachsen.\n\n" + table(
        "Ausländische Studierende nach Herkunftsländern", "Land", "China"
    )
    assert CHINA not in points(text)


@pytest.mark.parametrize(
    "caption",
    [
        # Belarusians abroad by the country they study in: the China row is no Chinese students
        "Belarussische Studierende im Ausland nach Gastländern",
        # one university's foreign students
        "Ausländische Studierende der Belarussischen Staatlichen Universität nach Ländern",
        # graduates
        "Ausländische Absolventen nach Herkunftsländern",
    ],
)
def test_tables_of_others_give_no_country_count(caption: str) -> None:
    assert CHINA not in points(LEAD + table(caption, "Land", "China"))


GROWTH = ("edu.students_cn_in_by", "Belarus-China", 6.0, "percent")


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Zahl der Studierenden aus der Volksrepublik China ist gegenüber dem Vorjahr "
        "um 6 Prozent gestiegen.",
        "Die Zahl der chinesischen Studierenden wuchs im Vergleich zum Vorjahr um 6 Prozent.",
        "Binnen eines Jahres erhöhte sich die Zahl der Studenten aus China um rund 6 Prozent.",
        "Gegenüber dem Vorjahr nahm die Zahl der Studierenden aus der VR China um 6 Prozent zu.",
        "Dabei ist die Zahl der chinesischen Studenten um 6 Prozent gestiegen.",
    ],
)
def test_the_growth_of_their_number_after_the_table(sentence: str) -> None:
    text = LEAD + table("Ausländische Studierende nach Herkunftsländern", "Land", "China")
    assert GROWTH in points(f"{text}\n{sentence}\n")
    # ... and after a paragraph of prose, the country's universities named at the start
    prose = LEAD + "Die größten Gruppen kommen aus Turkmenistan und China.\n\n" + sentence + "\n"
    assert GROWTH in points(prose)


@pytest.mark.parametrize(
    "sentence",
    [
        # China's students abroad
        "Die Zahl der chinesischen Studierenden im Ausland ist um 6 Prozent gestiegen.",
        # one university's
        "An der Universität ist die Zahl der chinesischen Studierenden um 6 Prozent gestiegen.",
        # their share, no change
        "Der Anteil der Studierenden aus China liegt bei 6 Prozent.",
    ],
)
def test_growths_of_others_are_not_the_countrys(sentence: str) -> None:
    prose = LEAD + "Die größten Gruppen kommen aus Turkmenistan und China.\n\n" + sentence + "\n"
    assert GROWTH not in points(prose)


def test_no_growth_where_no_belarusian_place_of_study_is_named() -> None:
    text = (
        "Peking, 22. Juli 2026 (Xinhua) – Die Hochschulen wachsen.\n\n"
        "Die Zahl der chinesischen Studierenden ist um 6 Prozent gestiegen.\n"
    )
    assert GROWTH not in points(text)
