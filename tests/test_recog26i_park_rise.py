"""The park's residents risen by a count over a span, and their countries told after it
(indicators.md: park.new_residents, residents registered within a period; park.countries,
the countries the residents come from). "Die Zahl der Residenten hat sich seit Jahresbeginn
um neun erhöht" counts the residents come in since January, new ones; "Sie kommen aus 15
Ländern" after it is the residents' origin. Passages are our own, in the style of the park's
news pages and BelTA.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator value", date="2026-07-21", only="park.")

LEAD = (
    "Minsk, 21. Juli 2026 (BelTA) – Der Aufsichtsrat des Industrieparks „Großer Stein“ hat "
    "ein weiteres Investitionsprojekt gebilligt. Damit wurde das Unternehmen der 152. "
    "Resident des Parks.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Zahl der Residenten hat sich damit seit Jahresbeginn um neun erhöht.",
        "Seit Januar ist die Zahl der Residenten um 9 gestiegen.",
        "Im ersten Halbjahr stieg die Zahl der Parkresidenten um neun.",
        "Die Zahl der ansässigen Unternehmen wuchs seit Jahresbeginn um neun.",
        "Seit Anfang des Jahres nahm die Zahl der Residenten um neun zu.",
        "Die Gesamtzahl der Residenten ist seit Jahresbeginn um neun angewachsen.",
    ],
)
def test_a_rise_of_the_residents_number_by_a_count_is_new_residents(sentence: str) -> None:
    found = points(LEAD + sentence + "\n")
    assert ("park.new_residents", 9.0) in found
    assert ("park.residents", 9.0) not in found


def test_the_number_it_reached_stays_the_total() -> None:
    found = points(LEAD + "Seit Januar stieg die Zahl der Residenten um neun auf 152.\n")
    assert ("park.new_residents", 9.0) in found
    assert ("park.new_residents", 152.0) not in found


@pytest.mark.parametrize(
    "sentence",
    [
        # a fall is no new residents
        "Die Zahl der Residenten hat sich seit Jahresbeginn um neun verringert.",
        "Seit Januar nahm die Zahl der Residenten um neun ab.",
        # another noun's number
        "Die Zahl der Arbeitsplätze hat sich seit Jahresbeginn um neun erhöht.",
        "Die Zahl der Produkte der Residenten ist um neun gestiegen.",
    ],
)
def test_no_new_residents_from_a_fall_or_another_number(sentence: str) -> None:
    assert ("park.new_residents", 9.0) not in points(LEAD + sentence + "\n")


def test_another_park_keeps_its_own_rise() -> None:
    text = (
        "Minsk, 21. Juli 2026 (BelTA) – Im Hi-Tech Park gibt es Neuigkeiten.\n\n"
        "Die Zahl der Residenten des Hi-Tech Parks hat sich seit Jahresbeginn um neun erhöht.\n"
    )
    assert ("park.new_residents", 9.0) not in points(text)


@pytest.mark.parametrize(
    "origin",
    [
        "Sie kommen aus 15 Ländern.",
        "Sie stammen aus 15 Staaten.",
        "Vertreten sind damit 15 Länder.",
        "Aus 15 Ländern stammen sie.",
        "Ihr Kapital stammt aus 15 Ländern.",
    ],
)
def test_their_countries_after_the_rise(origin: str) -> None:
    text = (
        LEAD
        + f"Die Zahl der Residenten hat sich damit seit Jahresbeginn um neun erhöht. {origin}\n"
    )
    assert ("park.countries", 15.0) in points(text)


def test_no_countries_of_guests_after_the_rise() -> None:
    text = LEAD + (
        "Die Zahl der Residenten hat sich seit Jahresbeginn um neun erhöht. Am Forum im Park "
        "nahmen 300 Gäste teil. Sie kommen aus 15 Ländern.\n"
    )
    assert ("park.countries", 15.0) not in points(text)
