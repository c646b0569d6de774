"""Education points as families of wordings, round D (issue 7, indicators.md): Belarusians
who "lernen" in China or in "Ihrem Land" (a speech to Chinese listeners), direct agreements
by their compounds, a target for Chinese students in a feature that named Belarus's
universities far back, and joint institutions with examples after them.

Texts of our own in the style of agency reports, features and speeches, several wordings per
family, with counter-examples that must not become points.
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series


def edu(text: str, date: str = "2025-06-02") -> list[tuple[str, str, float]]:
    """(indicator, status, value) of each education point of a news text."""
    series = news_series(f"MINSK, 2. Juni (BelTA) – {text}", date)
    return sorted(
        (p.indicator, p.status, p.value)
        for p in series.itertuples()
        if p.indicator.startswith("edu.")
    )


# --- 1. Belarusians who learn in China -----------------------------------------------------

BY_IN_CN = "edu.students_by_in_cn"


@pytest.mark.parametrize(
    "text",
    [
        "Derzeit lernen in China etwa 1.300 junge Belarussen.",
        "In China lernen derzeit rund 1.300 Belarussinnen und Belarussen.",
        "1.300 junge Leute aus Belarus lernen inzwischen im Reich der Mitte.",
        "In der Volksrepublik lernen derzeit 1.300 Belarussen.",
        "Rund 1.300 belarussische Studierende sind an Universitäten in Peking und Shanghai "
        "eingeschrieben.",
        # a speech to Chinese listeners: their country is China
        "Der Botschafter sprach vor Studierenden in Peking. „Und rund 1.300 Belarussen lernen "
        "an Hochschulen in Ihrem Land – in Peking, Shanghai, Harbin und vielen anderen Städten.“",
    ],
)
def test_belarusians_learning_in_china(text: str) -> None:
    assert edu(text) == [(BY_IN_CN, "actual", 1300.0)]


@pytest.mark.parametrize(
    "text",
    [
        "In China lernen derzeit 300 Belarussen Chinesisch.",
        "1.300 junge Belarussen lernen in Minsk an der Universität.",
        "Rund 1.300 Belarussen leben in Peking.",
    ],
)
def test_not_belarusians_learning_in_china(text: str) -> None:
    assert edu(text) == []


# --- 2. direct agreements by their compounds -----------------------------------------------

AGREEMENTS = ("edu.agreements", "actual", 850.0)
LEAD = "Die Bildungskooperation mit China wächst."


@pytest.mark.parametrize(
    "sentence",
    [
        "Wir haben über 850 Direktabkommen zwischen Hochschulen.",
        "Zwischen den Hochschulen beider Länder bestehen mehr als 850 direkte Verträge.",
        "Die Universitäten haben inzwischen 850 Direktvereinbarungen geschlossen.",
        "Mehr als 850 Direktverträge verbinden heute die Hochschulen.",
        "Die Hochschulen haben 850 unmittelbare Kooperationsvereinbarungen unterzeichnet.",
    ],
)
def test_direct_agreements(sentence: str) -> None:
    assert edu(f"{LEAD} {sentence}") == [AGREEMENTS]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Regierungen haben 12 Direktabkommen über den Luftverkehr unterzeichnet.",
        "Die Fluggesellschaften schlossen 12 direkte Verträge über Charterflüge.",
    ],
)
def test_direct_agreements_of_another_field(sentence: str) -> None:
    assert edu(f"Die Zusammenarbeit mit China wächst. {sentence}") == []


def test_part_of_direct_agreements_in_a_period() -> None:
    text = f"{LEAD} Die Hochschulen haben 850 Direktabkommen, davon 30 seit Januar."
    assert edu(text) == [AGREEMENTS]


# --- 3. a target for Chinese students, Belarus's universities named far back ---------------

FEATURE = (
    "Gegenwärtig studieren an belarussischen Hochschulen mehr als 11.000 junge Menschen aus "
    "der Volksrepublik.\n\nDer Austausch läuft auch in die andere Richtung. Die Grundlage "
    "bilden Verträge. Angeboten werden viele Programme. Die Nachfrage ist groß. Man kommt "
    "kaum hinterher. Die Wohnheime werden ausgebaut.\n\n"
)
CN_IN_BY_NOW = ("edu.students_cn_in_by", "actual", 11000.0)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bis 2030 will das Bildungsministerium die Zahl der chinesischen Studierenden auf "
        "15.000 erhöhen.",
        "Die Zahl der Studierenden aus China soll bis 2030 auf 15.000 steigen.",
        "Bis 2030 soll die Zahl der chinesischen Studenten 15.000 erreichen.",
        "Das Ministerium will die Zahl der Studierenden aus der Volksrepublik bis 2030 auf "
        "15.000 bringen.",
        "Die Zahl der chinesischen Studierenden soll bis 2030 auf 15.000 anwachsen.",
    ],
)
def test_target_for_chinese_students_far_back(sentence: str) -> None:
    assert edu(f"{FEATURE}{sentence}") == sorted(
        [CN_IN_BY_NOW, ("edu.students_cn_in_by", "target", 15000.0)]
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Peking will die Zahl der chinesischen Studierenden im Ausland bis 2030 auf 700.000 "
        "erhöhen.",
        "Die Zahl der chinesischen Studierenden in Russland soll bis 2030 auf 70.000 steigen.",
    ],
)
def test_target_for_chinese_students_elsewhere(sentence: str) -> None:
    assert edu(f"{FEATURE}{sentence}") == [CN_IN_BY_NOW]


# --- 4. joint institutions with examples after them ----------------------------------------

STRUCTURES = ("edu.joint_structures", "actual", 31.0)


@pytest.mark.parametrize(
    "sentence",
    [
        "Insgesamt arbeiten 31 gemeinsame Bildungs- und Forschungseinrichtungen, darunter das "
        "Gemeinsame Institut der BSU und der Polytechnischen Universität Dalian.",
        "Es gibt 31 gemeinsame Forschungs- und Bildungseinrichtungen, unter anderem ein "
        "Institut an der Universität Dalian.",
        "Inzwischen bestehen 31 gemeinsame Einrichtungen in Bildung und Forschung, etwa das "
        "Konfuzius-Institut der Universität Grodno.",
        "31 gemeinsame Bildungsstrukturen sind tätig, zum Beispiel das Institut für Sinologie "
        "an der Hochschule in Brest.",
        "Tätig sind 31 belarussisch-chinesische Bildungseinrichtungen, vor allem an "
        "Universitäten in Minsk.",
    ],
)
def test_joint_institutions_with_examples(sentence: str) -> None:
    assert edu(f"{LEAD} {sentence}") == [STRUCTURES]


@pytest.mark.parametrize(
    "sentence",
    [
        # one university's
        "Die Belarussische Staatliche Universität betreibt 12 gemeinsame Bildungseinrichtungen.",
        # a part said by "darunter"
        "Die Hochschulen betreiben 40 Einrichtungen, darunter 12 gemeinsame Bildungseinrichtungen.",
    ],
)
def test_not_joint_institutions(sentence: str) -> None:
    assert edu(f"{LEAD} {sentence}") == []
