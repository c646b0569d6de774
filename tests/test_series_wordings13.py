"""Wordings (round 22, F): families of wordings for education and trade.

- a university's agreements counted by its Chinese partners ("Abkommen mit 130 chinesischen
  Partnern"), in the usual word orders;
- the Mogilev university by its namesake ("Kuleschow-Universität") and German spellings;
- producers accredited for China said by the lists and register of China's customs (GACC).

Texts of our own in the style of BelTA, Xinhua and SB reports; each family with
counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series

Point = tuple[str, str, str, float]


def points(text: str, date: str) -> list[Point]:
    """(indicator, entity, as_of, value) of each point of a news text dated ``date``."""
    series = news_series(text, date)
    return sorted((p.indicator, p.entity, p.as_of, p.value) for p in series.itertuples())


# --- a university's agreements counted by its Chinese partners -------------------------

_BSU = "Die BSU baut ihre Zusammenarbeit mit China aus. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Die BSU unterhält heute Abkommen mit mehr als 130 chinesischen Partnern.",
        "Die BSU unterhält Vereinbarungen mit 130 Hochschulen und Forschungszentren Chinas.",
        "Die BSU hat Kooperationsverträge mit 130 Universitäten in China.",
        "Mit 130 chinesischen Hochschulen hat die BSU Abkommen geschlossen.",
        "Die BSU ist mit rund 130 Partnern aus China durch Verträge verbunden.",
        "Die BSU hat Vereinbarungen mit über 130 Institutionen der Volksrepublik China unterzeichnet.",
    ],
)
def test_agreements_counted_by_chinese_partners(sentence: str) -> None:
    assert points(_BSU + sentence, "2025-11-10") == [
        ("edu.institution_agreements", "BSU", "2025-11", 130.0)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # partners of all countries, not China's
        "Die BSU unterhält Abkommen mit 300 ausländischen Partnern.",
        # partners without agreements
        "Die BSU arbeitet mit 130 chinesischen Partnern zusammen.",
        # partners from many countries
        "Die BSU hat Abkommen mit 130 Hochschulen aus 40 Ländern.",
    ],
)
def test_partners_without_chinese_agreements_are_no_point(sentence: str) -> None:
    assert points(_BSU + sentence, "2025-11-10") == []


# --- the Mogilev university by its namesake --------------------------------------------

_MOGILEV = "Mogiljow setzt auf China. "


@pytest.mark.parametrize(
    "sentence",
    [
        "An der Mogiljower Staatlichen A.-Kuleschow-Universität studieren derzeit 310 "
        "Studierende aus China.",
        "An der Staatlichen A.-A.-Kuleschow-Universität Mogiljow studieren 310 Studierende "
        "aus China.",
        "An der Kuleschow-Universität sind 310 chinesische Studierende eingeschrieben.",
        "Die Mogilewer Staatliche Universität bildet 310 Studierende aus China aus.",
        "An der Staatlichen Universität Mogilew lernen 310 chinesische Studenten.",
    ],
)
def test_mogilev_university_students_by_its_german_names(sentence: str) -> None:
    assert points(_MOGILEV + sentence, "2025-12-10") == [
        ("edu.institution_students", "MSU Mogilev", "2025-12", 310.0)
    ]


def test_mogilev_university_agreements_after_its_name() -> None:
    found = points(
        "An der Mogiljower Staatlichen A.-Kuleschow-Universität studieren derzeit 310 "
        "Studierende aus China. Die Universität hat 14 Abkommen mit chinesischen Hochschulen "
        "geschlossen, zuletzt mit der Universität Jiamusi.",
        "2025-12-10",
    )
    assert found == [
        ("edu.institution_agreements", "MSU Mogilev", "2025-12", 14.0),
        ("edu.institution_students", "MSU Mogilev", "2025-12", 310.0),
    ]


def test_the_mogilev_region_is_no_university() -> None:
    # counter-example: the region's students, no university named
    found = points(_MOGILEV + "Im Gebiet Mogiljow studieren 310 Studierende aus China.",
                   "2025-12-10")
    assert ("edu.institution_students", "MSU Mogilev", "2025-12", 310.0) not in found


# --- producers on the lists of China's customs -----------------------------------------

_FOOD = "Belarus baut seine Agrarexporte nach China aus. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Heute stehen 176 belarussische Betriebe auf den Listen der chinesischen Zollbehörde "
        "GACC, darunter 52 Molkereien.",
        "Inzwischen stehen 176 belarussische Betriebe auf der Liste der GACC.",
        "Bei der GACC sind 176 belarussische Unternehmen registriert.",
        "Die GACC hat 176 belarussische Betriebe zugelassen.",
        "Im Register der GACC stehen 176 belarussische Hersteller.",
        "176 belarussische Molkereien sind in den Listen der chinesischen Zollbehörde geführt.",
    ],
)
def test_producers_on_the_lists_of_chinas_customs(sentence: str) -> None:
    assert points(_FOOD + sentence, "2026-03-10") == [
        ("trade.accredited_producers", "Belarus-China", "2026-03", 176.0)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Liste der 176 belarussischen Betriebe mit chinesischem Kapital wurde veröffentlicht.",
        "176 belarussische Betriebe stehen auf der Liste der Exporteure nach Russland.",
    ],
)
def test_other_lists_are_no_accreditation(sentence: str) -> None:
    assert points(_FOOD + sentence, "2026-03-10") == []
