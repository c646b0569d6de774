"""Institutions named in more ways (round 25, G): Brest State Technical University with the
city's adjective before its name ("an der Brester Staatlichen Technischen Universität") or
by its short names, the Belarusian State University in one word ("Staatsuniversität"), and
the BSU–DPU joint institute by its seat alone ("an dem Institut in Dalian").

Texts of our own in the style of regional papers and university news; each family with
counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity as_of value", date="2026-11-18")


@pytest.mark.parametrize(
    "sentence",
    [
        "An der Brester Staatlichen Technischen Universität studieren derzeit 540 Chinesen, "
        "die meisten im Bauwesen.",
        "An der Technischen Universität Brest lernen 540 chinesische Studierende.",
        "Die Brester Technische Universität bildet derzeit 540 Studierende aus China aus.",
        "An der BrSTU sind 540 Chinesen eingeschrieben.",
        "Rund 540 chinesische Studenten sind an der Brester Staatlichen Technischen "
        "Universität immatrikuliert.",
    ],
)
def test_brest_technical_university_by_its_names(sentence: str) -> None:
    assert points(sentence) == [("edu.institution_students", "BrSTU", "2026-11", 540.0)]


def test_the_brest_adjective_alone_stays_the_region() -> None:
    # counter-example: "Brester" before firms is the region's, not the university's
    found = points("Die Brester Betriebe lieferten 2025 Waren für 200 Millionen Dollar nach China.")
    assert found == [("trade.regional", "Brest region", "2025", 200e6)]


@pytest.mark.parametrize(
    "sentence",
    [
        "An der Belarussischen Staatsuniversität studieren derzeit 2.300 Chinesen.",
        "Die Belarussische Staatsuniversität zählt derzeit 2.300 chinesische Studierende.",
        "An der Weißrussischen Staatsuniversität lernen derzeit 2.300 Studierende aus China.",
    ],
)
def test_the_state_university_in_one_word(sentence: str) -> None:
    assert points(sentence, "2026-09-18") == [
        ("edu.institution_students", "BSU", "2026-09", 2300.0)
    ]


_JOINT = ("edu.institution_students", "BSU-DPU Joint Institute", "2026-09", 1100.0)
_OPENING = (
    "Am Gemeinsamen Institut der Belarussischen Staatsuniversität und der Polytechnischen "
    "Universität Dalian hat das Semester begonnen. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Insgesamt lernen damit derzeit gut 1.100 Studierende an dem Institut in Dalian.",
        "Am Institut in Dalian studieren derzeit 1.100 Studierende.",
        "Derzeit sind am Institut in Dalian 1.100 Studierende eingeschrieben.",
        "Derzeit werden am Institut in Dalian 1.100 Studierende ausgebildet.",
        "Am Gemeinsamen Institut BSU–Dalian studieren derzeit 1.100 Studierende.",
    ],
)
def test_the_joint_institute_by_its_seat(sentence: str) -> None:
    assert points(_OPENING + sentence, "2026-09-18") == [_JOINT]


def test_the_university_after_its_institute_stays_bsu() -> None:
    # counter-example: the university named itself, after a sentence on its institute
    found = points(
        _OPENING + "An der Belarussischen Staatsuniversität selbst studieren 2.300 Chinesen.",
        "2026-09-18",
    )
    assert found == [("edu.institution_students", "BSU", "2026-09", 2300.0)]
