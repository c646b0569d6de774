"""Education points (issue 7; indicators.md, edu.*) said in families of wordings: an
interview's answer whose count refers back to the question, joint structures by the nouns
that name them and the words that make them joint, Chinese students at "our" universities
or "from the People's Republic", a joint institute or university referred to by a pronoun
or "das Institut", and a university's plan for "ihre Zahl" or "die Zahl" of the students
named before. Texts of our own in the style of interviews and agency reports, each rule
with wordings of its family and counter-examples it must not take."""

from __future__ import annotations

import pytest
from tests.conftest import news_series, points_of

from bycn.text.dates import find_dates

Point = tuple[str, str, str, float]

CN_IN_BY, BY_IN_CN = "edu.students_cn_in_by", "edu.students_by_in_cn"
AT_ONE, STRUCTURES = "edu.institution_students", "edu.joint_structures"
AGREEMENTS = "edu.agreements"


points = points_of("indicator entity status value", date="2025-06-02", only="edu.")


# --- an interview's answer: the question names what its count counts ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the question in a paragraph of its own, emphasised, the answer quoted
        (
            "**Wie viele Studierende aus China sind an belarussischen Hochschulen "
            "eingeschrieben?**\n\n„Es sind etwa 11.800, Tendenz steigend.“",
            [(CN_IN_BY, "Belarus-China", "actual", 11800.0)],
        ),
        # "die Zahl der" in the question, the answer after a label
        (
            "Frage: Wie hoch ist die Zahl der chinesischen Studierenden in Belarus?\n\n"
            "Antwort: Aktuell sind es rund 11.500.",
            [(CN_IN_BY, "Belarus-China", "actual", 11500.0)],
        ),
        # question and answer in one paragraph
        (
            "Wie viele Chinesen studieren derzeit in Belarus? Es sind rund 12.400.",
            [(CN_IN_BY, "Belarus-China", "actual", 12400.0)],
        ),
        # the count in the answer's second sentence
        (
            "Wie viele chinesische Studierende lernen derzeit in Belarus?\n\n"
            "Das freut uns sehr. Heute sind es bereits 12.100.",
            [(CN_IN_BY, "Belarus-China", "actual", 12100.0)],
        ),
        # other indicators asked for
        (
            "Wie viele Belarussen studieren in China?\n\nDerzeit sind es etwa 3.100.",
            [(BY_IN_CN, "Belarus-China", "actual", 3100.0)],
        ),
        (
            "Wie viele Abkommen haben belarussische und chinesische Hochschulen "
            "geschlossen?\n\nInzwischen sind es über 640.",
            [(AGREEMENTS, "Belarus-China", "actual", 640.0)],
        ),
        # a bare number opens the answer
        (
            "Belarus und China bauen ihre Zusammenarbeit an den Hochschulen aus.\n\n**Und wie "
            "viele Belarussen studieren in China?**\n\n„Rund 3.200, vor allem in Peking.“",
            [(BY_IN_CN, "Belarus-China", "actual", 3200.0)],
        ),
        (
            "**Wie viele chinesische Studierende lernen derzeit in Belarus?**\n\nMehr als "
            "12.300. Das ist ein Rekord.",
            [(CN_IN_BY, "Belarus-China", "actual", 12300.0)],
        ),
        # a rector asked about "your university"
        (
            "Die Staatliche Universität Gomel im Porträt\n\n**Wie viele Studierende aus "
            "China lernen an Ihrer Universität?**\n\n„Derzeit sind es 640.“",
            [(AT_ONE, "GSU", "actual", 640.0)],
        ),
    ],
)
def test_an_answer_counts_what_its_question_asks_for(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the question asks for no students
        "Wie viele Touristen aus China besuchen Belarus?\n\nDerzeit sind es rund 12.000.",
        # a statement before the answer's paragraph is no question it answers
        "Die Zahl der chinesischen Studierenden in Belarus wächst.\n\nDerzeit sind es rund 12.000.",
        # a bare number after a statement answers nothing
        "Der Park zählt 50 Residenten. Rund 3.000 arbeiten dort.",
        # the answer counts something else, with its own noun
        "Wie viele chinesische Studierende lernen derzeit in Belarus?\n\nDas wissen wir "
        "nicht genau. In Minsk gibt es 12 Universitäten.",
    ],
)
def test_an_answer_counts_no_students_its_question_does_not_ask_for(text: str) -> None:
    assert [p for p in points(text) if p[0] in (CN_IN_BY, BY_IN_CN)] == []


# --- joint structures: the nouns that name them, the words that make them joint -------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Belarussische und chinesische Hochschulen haben 29 gemeinsame Strukturen geschaffen.",
            29,
        ),
        ("Belarus und China unterhalten 12 gemeinsame Bildungs- und Forschungseinrichtungen.", 12),
        ("Im Bereich der Wissenschaft gibt es acht belarussisch-chinesische Forschungszentren.", 8),
        ("Mit chinesischen Partnern wurden 14 Forschungs- und Innovationslabore eröffnet.", 14),
        (
            "Die Hochschulen beider Länder betreiben 17 chinesisch-belarussische Wissenschafts- "
            "und Technologiezentren.",
            17,
        ),
        ("Zusammen mit der chinesischen Seite wurden 12 Forschungszentren eröffnet.", 12),
        ("Belarussisch-chinesische Forschungszentren gibt es inzwischen 15.", 15),
    ],
)
def test_joint_structures_in_other_words(text: str, value: int) -> None:
    assert points(text) == [(STRUCTURES, "Belarus-China", "actual", float(value))]


@pytest.mark.parametrize(
    "text",
    [
        # Belarusian institutions that work with Chinese partners are no joint ones
        "Mit chinesischen Partnern arbeiten 45 belarussische Forschungseinrichtungen zusammen.",
        "Mit chinesischen Partnern arbeiten 12 belarussische Forschungszentren zusammen.",
        "Mit 12 Forschungszentren in China kooperieren belarussische Institute.",
        # no education or science: a trade's structures
        "Die Zollbehörden beider Länder haben drei gemeinsame Strukturen gebildet.",
        # a part of a total, and one university's
        "Es gibt 30 gemeinsame Zentren, darunter drei gemeinsame Bildungs- und "
        "Forschungsinstitute.",
        "Die Universität hat mit chinesischen Partnern fünf gemeinsame Forschungs- und "
        "Innovationslabore eröffnet.",
    ],
)
def test_not_the_joint_structures_of_the_two_countries(text: str) -> None:
    assert [p for p in points(text) if p[0] == STRUCTURES and p[3] != 30.0] == []


# --- Chinese students at "our" universities, or from "the People's Republic" ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bis 2030 sollen an unseren Hochschulen 25.000 chinesische Studenten lernen.",
            [(CN_IN_BY, "Belarus-China", "target", 25000.0)],
        ),
        (
            "Derzeit studieren an unseren Universitäten rund 11.000 Studierende aus China.",
            [(CN_IN_BY, "Belarus-China", "actual", 11000.0)],
        ),
        (
            "„In unseren Bildungseinrichtungen lernen heute 9.800 chinesische Studierende“, "
            "sagte der Minister.",
            [(CN_IN_BY, "Belarus-China", "actual", 9800.0)],
        ),
        (
            "An belarussischen Hochschulen sind 4.300 junge Menschen aus der Volksrepublik "
            "immatrikuliert.",
            [(CN_IN_BY, "Belarus-China", "actual", 4300.0)],
        ),
        (
            "An belarussischen Hochschulen studieren 8.500 Bürger der Volksrepublik.",
            [(CN_IN_BY, "Belarus-China", "actual", 8500.0)],
        ),
        (
            "An der Staatlichen Universität Gomel studieren 332 Studierende aus der Volksrepublik.",
            [(AT_ONE, "GSU", "actual", 332.0)],
        ),
        # the country's universities said as "des Landes", "hiesige"
        (
            "An den Hochschulen des Landes sind 12.500 Studierende aus China eingeschrieben.",
            [(CN_IN_BY, "Belarus-China", "actual", 12500.0)],
        ),
        (
            "An hiesigen Universitäten lernen 11.000 chinesische Studierende.",
            [(CN_IN_BY, "Belarus-China", "actual", 11000.0)],
        ),
        # China as where they come from
        (
            "Aus China kommen derzeit rund 12.000 Studierende an belarussischen Hochschulen.",
            [(CN_IN_BY, "Belarus-China", "actual", 12000.0)],
        ),
        (
            "China stellt mit rund 12.000 Studierenden die größte Gruppe ausländischer "
            "Studierender in Belarus.",
            [(CN_IN_BY, "Belarus-China", "actual", 12000.0)],
        ),
        (
            "Rund 12.000 Chinesinnen und Chinesen studieren in Belarus.",
            [(CN_IN_BY, "Belarus-China", "actual", 12000.0)],
        ),
    ],
)
def test_chinese_students_at_our_universities_or_from_the_people_s_republic(
    text: str, expected: list[Point]
) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # one university of ours is no country's total
        "An unserer Universität studieren 640 chinesische Studierende.",
        # Belarusians at our universities are no Chinese students
        "An unseren Universitäten studieren 3.000 Belarussen.",
        # not studying in Belarus, or no students
        "Aus China kamen 300 Studierende zu einem Sommerkurs nach Minsk.",
        "Aus China kommen 12.000 Touristen nach Belarus.",
        # another People's Republic
        "An belarussischen Hochschulen studieren 600 Studierende aus der Volksrepublik "
        "Bangladesch.",
    ],
)
def test_not_chinese_students_in_belarus(text: str) -> None:
    assert [p for p in points(text) if p[0] == CN_IN_BY] == []


# --- a joint institute or university referred to by a pronoun or "das Institut" ------------

_INSTITUTE = (
    "Ein Aushängeschild ist das Gemeinsame Institut der BSU und der Polytechnischen "
    "Universität Dalian. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Heute lernen dort 1.200 Studierende.",
        "Das Institut zählt derzeit 1.200 Studierende.",
        "Es hat heute 1.200 Studierende.",
        "Am Institut sind inzwischen 1.200 Studierende eingeschrieben.",
        "Es wurde 2019 eröffnet und bildet heute 1.200 Studierende aus.",
    ],
)
def test_a_joint_institute_referred_to_counts_its_students(sentence: str) -> None:
    series = news_series(_INSTITUTE + sentence, "2025-11-12")
    assert [(p.indicator, p.entity, p.as_of, p.value) for p in series.itertuples()] == [
        (AT_ONE, "BSU-DPU Joint Institute", "2025-11", 1200.0)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An der Staatlichen Universität Gomel studieren derzeit 640 Chinesen.",
            [(AT_ONE, "GSU", "actual", 640.0)],
        ),
        ("An der BNTU sind 700 Chinesen eingeschrieben.", [(AT_ONE, "BNTU", "actual", 700.0)]),
        # graduates, and guests who may study one day, are no students there
        ("An der BNTU haben 200 Chinesen ihr Diplom erhalten.", []),
        ("Die BNTU empfing 20 Chinesen, die ein Studium aufnehmen wollen.", []),
    ],
)
def test_one_university_s_chinese_by_their_nationality(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


def test_a_university_referred_to_by_a_pronoun_counts_its_students() -> None:
    text = (
        "Die Staatliche Universität Gomel feierte ihr Jubiläum. Sie zählt heute 640 "
        "Studierende aus China."
    )
    assert points(text) == [(AT_ONE, "GSU", "actual", 640.0)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an expletive "es": the country's students
        (
            "Es gibt in Belarus 12.000 Studierende aus China.",
            [(CN_IN_BY, "Belarus-China", "actual", 12000.0)],
        ),
        (
            "Es studieren in Belarus 12.000 chinesische Studierende.",
            [(CN_IN_BY, "Belarus-China", "actual", 12000.0)],
        ),
        # the institute named two sentences before: "es" is something else
        ("Der Minister lobte das Programm. Es zählt 1.200 Studierende.", []),
    ],
)
def test_not_a_joint_institute_s_students(sentence: str, expected: list[Point]) -> None:
    assert points(_INSTITUTE + sentence) == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a second predicate after "und" has its own time
        (
            "Der Park wurde 2012 gegründet und beschäftigt derzeit 2.100 Menschen.",
            ["2012", "2025-11"],
        ),
        (
            "Es wurde vor sechs Jahren gegründet und zählt heute 1.200 Studierende.",
            ["2019", "2025-11"],
        ),
        # "bereits" that goes with a date before it in its clause is no time of its own
        ("Bis Anfang 2022 wurden bereits 718 Mio. Dollar investiert.", ["2022-01"]),
        ("Im Jahr 2021 wurden bereits 40 Firmen registriert.", ["2021"]),
    ],
)
def test_a_word_of_now_after_und_and_a_verb_is_a_time_of_its_own(
    text: str, values: list[str]
) -> None:
    assert [m.value for m in find_dates(text, "2025-11-12")] == values


# --- a university's plan for the number of the students named before -----------------------

_BSUIR = (
    "An der Belarussischen Staatlichen Universität für Informatik und Radioelektronik "
    "studieren derzeit 415 Studierende aus China. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bis 2027 soll ihre Zahl auf 600 steigen.",
        "Bis 2027 will die Universität die Zahl auf 600 erhöhen.",
        "Die Universität plant, ihre Zahl bis 2027 auf 600 zu erhöhen.",
        "Bis 2027 soll die Zahl auf 600 anwachsen.",
    ],
)
def test_a_plan_for_the_number_of_the_students_named_before(sentence: str) -> None:
    assert points(_BSUIR + sentence, "2025-09-10") == [
        (AT_ONE, "BSUIR", "actual", 415.0),
        (AT_ONE, "BSUIR", "target", 600.0),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the number of something else
        "Bis 2027 soll ihre Zahl an Partnerhochschulen auf 60 steigen.",
        "Die Zahl ausländischer Gäste stieg auf 600.",
    ],
)
def test_no_plan_for_the_students_named_before(sentence: str) -> None:
    assert points(_BSUIR + sentence, "2025-09-10") == [(AT_ONE, "BSUIR", "actual", 415.0)]
