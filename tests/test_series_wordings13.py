"""Wordings (round 22, F): families of wordings for education and trade.

- a university's agreements counted by its Chinese partners ("Abkommen mit 130 chinesischen
  Partnern"), in the usual word orders;
- the Mogilev university by its namesake ("Kuleschow-Universität") and German spellings;
- producers accredited for China said by the lists and register of China's customs (GACC);
- the trade alone after a fronted word and its verb ("Damit wuchs der Handel", "Bis 2030
  wollen wir den Handel auf ... steigern"), not China's trade with another country;
- a year's intake ("ein Studium begonnen", "aufgenommen", "immatrikuliert wurden") is no
  stock of students;
- the BSU–DPU joint institute by its English name and its short name ("Joint Institute
  BSU–DPU"), then "am gemeinsamen Institut".

Texts of our own in the style of BelTA, Xinhua and SB reports; each family with
counter-examples.
"""

from __future__ import annotations

import pytest
from tests.test_series_wordings12 import points

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
        "Die BSU hat Vereinbarungen mit über 130 Institutionen der Volksrepublik China "
        "unterzeichnet.",
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
        # the agreements counted themselves: the partners' count is no second point
        "Heute hat die BSU mehr als 80 Abkommen mit mehr als 130 chinesischen Einrichtungen "
        "geschlossen.",
        "Die BSU hat 80 Kooperationsabkommen mit 130 Universitäten in China.",
    ],
)
def test_partners_without_chinese_agreements_are_no_point(sentence: str) -> None:
    found = points(_BSU + sentence, "2025-11-10")
    assert [p for p in found if p[3] == 130.0] == []


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
    found = points(
        _MOGILEV + "Im Gebiet Mogiljow studieren 310 Studierende aus China.", "2025-12-10"
    )
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


# --- the trade alone after a fronted word and the verb ---------------------------------

_TRADE = "Der Handel zwischen Belarus und China erreichte 2024 8 Mrd. Dollar. "
_TRADE_POINT = ("trade.turnover", "Belarus-China", "2024", 8e9)


@pytest.mark.parametrize(
    "sentence",
    [
        "Damit wuchs der Handel gegenüber 2023 um 5,2 Prozent.",
        "Gegenüber 2023 stieg der Handel damit um 5,2 Prozent.",
        "Zugleich wuchs der bilaterale Handel um 5,2 Prozent.",
        "Im Jahresvergleich legte der Handel um 5,2 Prozent zu.",
        "Insgesamt erhöhte sich der Handel so um 5,2 Prozent.",
    ],
)
def test_the_trades_growth_after_a_fronted_word(sentence: str) -> None:
    found = points(_TRADE + sentence, "2025-02-10")
    assert _TRADE_POINT in found
    assert [p for p in found if p[0] == "trade.turnover" and p[3] == 5.2]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bis 2030 wollen wir den Handel auf 15 Milliarden Dollar steigern.",
        "Bis 2030 soll der Handel auf 15 Milliarden Dollar wachsen.",
        "Bis 2030 wollen beide Länder den Handel auf 15 Milliarden Dollar bringen.",
        "Bis 2030 möchten wir den bilateralen Handel auf 15 Milliarden Dollar ausbauen.",
        "Bis 2030 will die Regierung den Handel auf 15 Milliarden Dollar erhöhen.",
    ],
)
def test_the_trades_target_after_a_fronted_year(sentence: str) -> None:
    found = points("Belarus und China bauen ihre Beziehungen aus. " + sentence, "2025-12-10")
    assert found == [("trade.turnover", "Belarus-China", "2030", 15e9)]


@pytest.mark.parametrize(
    "sentence",
    [
        # China's trade with another country, or another's with China
        "Zum Vergleich: Der Handel Chinas mit Kasachstan erreichte im selben Jahr 43,8 "
        "Milliarden Dollar.",
        "Zugleich wuchs der Handel Russlands mit China um 5,2 Prozent.",
        "Damit wuchs der Handel mit Russland um 5,2 Prozent.",
        # not the trade of the two countries
        "Damit wuchs der Einzelhandel um 5,2 Prozent.",
        # the trade on a market, not at a level
        "Bis 2030 wollen wir den Handel auf dem chinesischen Markt um 15 Prozent steigern.",
    ],
)
def test_other_trade_is_no_turnover(sentence: str) -> None:
    assert points(_TRADE + sentence, "2025-02-10") == [_TRADE_POINT]


# --- a year's intake is no stock of students -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Auch die Jugend baut Brücken: Zweihundert junge Belarussen haben in diesem Herbst "
        "ein Studium in China begonnen.",
        "In diesem Herbst haben 200 Belarussen ein Studium in China aufgenommen.",
        "200 junge Belarussen wurden in diesem Jahr an Hochschulen in China immatrikuliert.",
        "In China haben sich 200 Belarussen neu eingeschrieben.",
        "200 Belarussen nahmen in diesem Herbst ein Studium in China auf.",
        "In Belarus haben 2.000 Chinesen in diesem Herbst ein Studium begonnen.",
        "In Belarus wurden 2.000 junge Leute aus China immatrikuliert.",
    ],
)
def test_entrants_are_no_students_stock(sentence: str) -> None:
    assert points(sentence, "2025-12-10") == []


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        # counter-examples: those who study, a stock
        ("In China studieren derzeit 2.000 Belarussen.", "edu.students_by_in_cn"),
        ("An Hochschulen in China sind 2.000 Belarussen eingeschrieben.", "edu.students_by_in_cn"),
        ("In Belarus studieren 2.000 Chinesen.", "edu.students_cn_in_by"),
        ("In Belarus studieren 2.000 junge Leute aus China.", "edu.students_cn_in_by"),
    ],
)
def test_those_who_study_stay_a_stock(sentence: str, indicator: str) -> None:
    assert points(sentence, "2025-12-10") == [(indicator, "Belarus-China", "2025-12", 2000.0)]


# --- the BSU-DPU joint institute by its English and short names ------------------------

_AT_THE_INSTITUTE = (
    "Insgesamt lernen am gemeinsamen Institut nun 1.580 chinesische Studenten, "
    "die Lehrkräfte der BSU ausbilden."
)
_JOINT = ("edu.institution_students", "BSU-DPU Joint Institute", "2025-09", 1580.0)


@pytest.mark.parametrize(
    "text",
    [
        "In Dalian sind 412 neue Studierende in das Joint Institute of Belarusian State "
        "University and Dalian Polytechnic University aufgenommen worden. " + _AT_THE_INSTITUTE,
        "Das Joint Institute BSU–DPU hat neue Räume bezogen. " + _AT_THE_INSTITUTE,
        "Das Gemeinsame Institut BSU-DPU feierte sein Jubiläum. " + _AT_THE_INSTITUTE,
        "Am Gemeinsamen Institut BSU–DPU lernen 1.580 chinesische Studenten.",
        "Das Joint Institute of Belarusian State University hat Gäste empfangen. Am Institut "
        "studieren 1.580 Studierende aus China.",
    ],
)
def test_joint_institutes_students_by_its_names(text: str) -> None:
    assert points(text, "2025-09-26") == [_JOINT]


def test_bsus_own_students_stay_bsus() -> None:
    # counter-example: the university itself, no joint institute named
    found = points(
        "Die BSU hat neue Räume bezogen. An der Universität studieren 1.580 Studierende aus China.",
        "2025-09-26",
    )
    assert found == [("edu.institution_students", "BSU", "2025-09", 1580.0)]
