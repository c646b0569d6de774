"""Recognition round N (recog26g), as a family of wordings: the whole country's Chinese
students told by one university's rector beside his own ("Und wir sind ja nicht allein:
Landesweit sind es inzwischen über 19.000 chinesische Studierende."). indicators.md: one
university's Chinese students are edu.institution_students, the country's are
edu.students_cn_in_by; "landesweit", "im ganzen Land", "an allen Hochschulen des Landes"
say the country's. Chinese universities as the rector's partners ("Abkommen mit chinesischen
Universitäten") are no place of study in China. Texts of our own in the style of radio
interviews and university news; counter-examples: the university's own count.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2026-06-05", only="edu.")

_INTERVIEW = (
    "Zu Gast ist der Rektor der Staatlichen Franzisk-Skorina-Universität Gomel.\n\n"
    "Frage: Wie viele chinesische Studierende haben Sie?\n\n"
    "Antwort: Im Moment sind es bei uns 1.180. Wir haben 34 Abkommen mit chinesischen "
    "Universitäten. "
)
_OWN = ("edu.institution_students", "GSU", 1180.0)
_AGREEMENTS = ("edu.institution_agreements", "GSU", 34.0)


@pytest.mark.parametrize(
    "text",
    [
        # the miss
        "Und wir sind ja nicht allein: Landesweit sind es inzwischen über 19.000 chinesische "
        "Studierende.",
        # other words of the whole country, word orders
        "Im ganzen Land studieren inzwischen über 19.000 chinesische Studierende.",
        "An allen Hochschulen des Landes lernen heute 19.000 chinesische Studierende.",
        "Belarusweit zählt man inzwischen 19.000 chinesische Studierende.",
        "Insgesamt im Land sind es 19.000 chinesische Studierende.",
        "Über 19.000 chinesische Studierende sind es inzwischen landesweit.",
    ],
)
def test_the_country_s_students_in_a_rector_s_words(text: str) -> None:
    found = points(_INTERVIEW + text)
    assert ("edu.students_cn_in_by", "Belarus-China", 19000.0) in found
    assert not [p for p in found if p[0] == "edu.institution_students" and p[2] == 19000.0]
    assert _OWN in found and _AGREEMENTS in found


@pytest.mark.parametrize(
    "text",
    [
        "An unserer Universität studieren inzwischen 1.900 chinesische Studierende.",
        "Bei uns lernen inzwischen 1.900 chinesische Studierende.",
    ],
)
def test_the_university_s_own_students(text: str) -> None:
    found = points(_INTERVIEW + text)
    assert ("edu.institution_students", "GSU", 1900.0) in found
    assert not [p for p in found if p[0] == "edu.students_cn_in_by"]
