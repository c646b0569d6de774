"""Recognition round L (recog25e), as families of wordings (indicators.md, entities): a joint
institute's students said as young people who study there, the institute referred to by a
pronoun or "dort"; the joint institute by its German name alone, capitalised as a name ("am
Gemeinsamen Institut"), in a text that names the BSU after it; and a quote's "wir" spoken by
a head whose title names what he heads in the sentence before ("Der Rektor der BSU zog
Bilanz. „Wir unterhalten 98 Abkommen ...“, sagte er.").

Texts of our own in the style of university news pages and agency reports, several wordings
per family, with counter-examples that must not become points.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2025-11-14")
dated = points_of("indicator entity as_of status value", date="2025-11-14")

STUDENTS = "edu.institution_students"
AGREEMENTS = "edu.institution_agreements"
JOINT = "BSU-DPU Joint Institute"

# --- 1. young people who study at the joint institute, referred to ------------------------

NAMED = (
    "Mit einem Festakt in Minsk hat das Gemeinsame Institut der Belarussischen Staatlichen "
    "Universität und der Polytechnischen Universität Dalian sein Jubiläum begangen. "
)
BETWEEN = "Das Institut ist zu einem wichtigen Standort der Bildungskooperation geworden. "

YOUNG_PEOPLE = [
    # the miss's wording
    "An ihm studieren heute 1.150 junge Menschen, davon 320 im ersten Studienjahr.",
    # other pronouns, nouns, verbs and word orders
    "Dort lernen derzeit 1.150 junge Leute.",
    "Am Institut sind inzwischen 1.150 junge Menschen eingeschrieben.",
    "Heute studieren an ihm 1.150 Jugendliche.",
    "Im Institut werden derzeit 1.150 junge Leute ausgebildet.",
    "Insgesamt studieren dort 1.150 junge Menschen.",
]


@pytest.mark.parametrize("between", ["", BETWEEN])
@pytest.mark.parametrize("sentence", YOUNG_PEOPLE)
def test_young_people_studying_at_the_joint_institute_referred_to(
    between: str, sentence: str
) -> None:
    assert (STUDENTS, JOINT, 1150.0) in points(NAMED + between + sentence)


@pytest.mark.parametrize(
    "text",
    [
        # a language learnt there: a course's learners
        NAMED + BETWEEN + "An ihm lernen 300 junge Menschen Chinesisch.",
        # the year's intake, a flow
        NAMED + BETWEEN + "Am Institut haben 300 junge Menschen ihr Studium aufgenommen.",
        # no joint institute before: a Confucius Institute's
        "Das Konfuzius-Institut der Universität hat neue Räume. Es ist gut ausgestattet. "
        "An ihm lernen 300 junge Menschen.",
        # named three sentences before the pronoun, none referring to it between
        NAMED + "Gäste kamen aus Dalian. Es gab ein Konzert. Dort lernen 300 junge Leute.",
        # young people who do not study there
        NAMED + BETWEEN + "An ihm arbeiten 300 junge Menschen.",
    ],
)
def test_no_joint_institutes_young_people_otherwise(text: str) -> None:
    assert [p for p in points(text) if p[0] == STUDENTS and p[1] == JOINT] == []


# --- 2. the joint institute by its German name alone ---------------------------------------

BSU_BEFORE = (
    "Die Belarussische Staatliche Universität hat mit chinesischen Partnern viel erreicht. "
    "In seiner Rede sprach der Rektor der BSU über neue Programme. "
)

BY_ITS_NAME = [
    # the miss's wording: a target
    (
        "Bis 2030 soll die Zahl der Studierenden am Gemeinsamen Institut auf 2.000 steigen.",
        "2030",
        "target",
    ),
    # other verbs, cases and word orders
    ("Am Gemeinsamen Institut studieren derzeit 2.000 Studierende.", "2025-11", "actual"),
    ("Das Gemeinsame Institut zählt heute 2.000 Studierende.", "2025-11", "actual"),
    (
        "Im Gemeinsamen Institut sind 2.000 Studentinnen und Studenten eingeschrieben.",
        "2025-11",
        "actual",
    ),
    (
        "Die Zahl der Studierenden des Gemeinsamen Instituts soll bis 2030 auf 2.000 wachsen.",
        "2030",
        "target",
    ),
]


@pytest.mark.parametrize(("sentence", "as_of", "status"), BY_ITS_NAME)
def test_the_joint_institute_by_its_german_name_alone(
    sentence: str, as_of: str, status: str
) -> None:
    assert (STUDENTS, JOINT, as_of, status, 2000.0) in dated(BSU_BEFORE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the Dubna institute, another one by its name
        "Am Gemeinsamen Institut für Kernforschung studieren 2.000 Studierende.",
        "Das Gemeinsame Institut für Kernforschung zählt 2.000 Studierende.",
        # the lower-case noun of any joint institute, no name before it
        "An einem gemeinsamen Institut in Harbin studieren 2.000 Studierende.",
    ],
)
def test_other_joint_institutes_are_not_the_bsus(sentence: str) -> None:
    assert [p for p in points(sentence) if p[1] == JOINT] == []


# --- 3. a quote's "wir" told by a head named in the sentence before -------------------------

LEAD = (
    "In Minsk ist am Freitag ein Forum zur Bildungskooperation mit China zu Ende gegangen. "
    "Gäste aus zwölf Provinzen waren angereist. Das Programm umfasste Vorträge und Konzerte. "
)

TOLD_BEFORE = [
    # the miss's wording
    (
        "In seiner Festrede zog der Rektor der BSU eine Bilanz der Zusammenarbeit. „Wir "
        "unterhalten heute 98 Abkommen mit chinesischen Hochschulen und wissenschaftlichen "
        "Einrichtungen“, sagte er.",
        "BSU",
    ),
    # other heads, verbs, word orders; a sentence between
    (
        "Der Rektor der BNTU sprach vor den Gästen. „Mit chinesischen Universitäten haben wir "
        "98 Kooperationsverträge geschlossen“, betonte er.",
        "BNTU",
    ),
    (
        "Danach ergriff der Rektor der BSU das Wort. Die Zusammenarbeit mit China sei eng. "
        "„Wir haben inzwischen 98 Abkommen mit chinesischen Partnern“, fügte er hinzu.",
        "BSU",
    ),
    (
        "Der BNTU-Rektor zog Bilanz. „98 Abkommen mit chinesischen Hochschulen unterhalten "
        "wir heute“, sagte er.",
        "BNTU",
    ),
    (
        "Die Rektorin der BSU dankte den Partnern. „Wir pflegen 98 Abkommen mit Hochschulen "
        "in China“, erklärte sie.",
        "BSU",
    ),
]


@pytest.mark.parametrize(("text", "entity"), TOLD_BEFORE)
def test_a_heads_wir_after_his_title_in_the_sentence_before(text: str, entity: str) -> None:
    assert (AGREEMENTS, entity, 98.0) in points(LEAD + text)


@pytest.mark.parametrize(
    "text",
    [
        # a minister tells it: the country's "wir"
        "Der Rektor der BSU begrüßte die Gäste. „Wir haben 98 Abkommen mit chinesischen "
        "Hochschulen“, sagte der Bildungsminister.",
        # two heads named: whose "wir" is not said
        "Der Rektor der BSU und der Rektor der BNTU sprachen. „Wir haben 98 Abkommen mit "
        "chinesischen Hochschulen“, sagte er.",
        # the head named three sentences before the quote
        "Der Rektor der BSU begrüßte die Gäste. Es folgte ein Konzert. Dann gab es Tee. "
        "„Wir haben 98 Abkommen mit chinesischen Hochschulen“, sagte er.",
        # the university named without a head's title
        "Die BSU feierte ihr Jubiläum. „Wir haben 98 Abkommen mit chinesischen Hochschulen“, "
        "sagte er.",
    ],
)
def test_no_heads_wir_without_one_head_named_right_before(text: str) -> None:
    assert [p for p in points(LEAD + text) if p[0] == AGREEMENTS and p[1] in ("BSU", "BNTU")] == []
