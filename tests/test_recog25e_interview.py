"""Recognition round L (recog25e), as families of wordings (indicators.md, edu): an
interview's answer counting Chinese students whose place of study only the question says
("Frage: Wie viele Studierende aus China lernen derzeit an belarussischen Hochschulen? /
Antwort: Wir zählen im Moment gut 10.500 chinesische Studierende."); and Belarusians fronted
with a relative clause of their study in China, the count last after "gibt es" ("Belarussische
Staatsbürger, die in China studieren, gibt es heute mehr als 1.200.").

Texts of our own in the style of radio interviews and ministry statements, several wordings
per family, with counter-examples that must not become points.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2025-09-02")

IN_BY = "edu.students_cn_in_by"
BY_IN_CN = "edu.students_by_in_cn"
PAIR = "Belarus-China"

# --- 1. the answer's place of study said in the question ------------------------------------

ASKED = [
    # the miss's question and answer
    (
        "Wie viele Studierende aus China lernen derzeit an belarussischen Hochschulen?",
        "Wir zählen im Moment gut 10.500 chinesische Studierende.",
    ),
    # other questions, answers, nouns and word orders
    (
        "Wie viele Studierende aus China lernen derzeit an belarussischen Hochschulen?",
        "Im Moment sind es gut 10.500 Studierende aus China.",
    ),
    (
        "Und wie viele Chinesen studieren in Belarus?",
        "Derzeit haben wir 10.500 chinesische Studentinnen und Studenten.",
    ),
    (
        "Wie viele Chinesen studieren in Belarus?",
        "Aktuell sind 10.500 chinesische Studierende eingeschrieben.",
    ),
    (
        "Wie groß ist die Zahl der Studenten aus China an den Hochschulen des Landes?",
        "Gut 10.500 chinesische Studenten, Tendenz steigend.",
    ),
    (
        "Wie viele junge Chinesen lernen an Universitäten in unserem Land?",
        "Es sind 10.500 chinesische Studierende, so viele wie nie.",
    ),
]


@pytest.mark.parametrize(("question", "answer"), ASKED)
def test_an_answers_students_in_the_place_its_question_names(question: str, answer: str) -> None:
    text = f"Frage: {question}\n\nAntwort: {answer}"
    assert (IN_BY, PAIR, 10500.0) in points(text)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # the question names another country
        (
            "Wie viele chinesische Studierende gibt es in Russland?",
            "Dort zählt man 50.000 chinesische Studierende.",
        ),
        # the answer names another country
        (
            "Wie viele Studierende aus China lernen an belarussischen Hochschulen?",
            "Weniger als in Russland, wo es 50.000 chinesische Studierende sind.",
        ),
        # the answer names one university
        (
            "Wie viele Studierende aus China lernen an belarussischen Hochschulen?",
            "Allein an der Universität in Gomel zählen wir 50.000 chinesische Studierende.",
        ),
        # the year's intake
        (
            "Wie viele Studierende aus China lernen an belarussischen Hochschulen?",
            "In diesem Herbst haben 50.000 chinesische Studierende ihr Studium aufgenommen.",
        ),
    ],
)
def test_no_countrys_students_where_the_answer_says_otherwise(question: str, answer: str) -> None:
    text = f"Frage: {question}\n\nAntwort: {answer}"
    assert (IN_BY, PAIR, 50000.0) not in points(text)


def test_a_paragraph_of_prose_says_its_own_place() -> None:
    # no question: a statement on Belarus's universities, then the world's count
    text = (
        "Belarussische Hochschulen sind bei Ausländern beliebt. Weltweit gibt es "
        "900.000 chinesische Studierende."
    )
    assert (IN_BY, PAIR, 900000.0) not in points(text)


# --- 2. Belarusians fronted with a relative clause, the count last ---------------------------

FRONTED = [
    # the miss's wording
    "Belarussische Staatsbürger, die in China studieren, gibt es heute mehr als 1.200.",
    # other nouns, verbs, places of study
    "Belarussische Studierende, die an chinesischen Hochschulen eingeschrieben sind, gibt es "
    "derzeit rund 1.200.",
    "Junge Belarussen, die in China studieren, zählen wir heute mehr als 1.200.",
    "Belarussen, die im Reich der Mitte studieren, gibt es inzwischen etwa 1.200.",
    "Studierende aus Belarus, die in China lernen, gibt es heute mehr als 1.200.",
    "Antwort: Belarussische Bürger, die an chinesischen Universitäten studieren, haben wir "
    "inzwischen 1.200.",
]


@pytest.mark.parametrize("sentence", FRONTED)
def test_belarusians_fronted_with_their_study_in_china(sentence: str) -> None:
    assert (BY_IN_CN, PAIR, 1200.0) in points(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # who work there
        "Belarussische Staatsbürger, die in China arbeiten, gibt es heute mehr als 1.200.",
        # graduates
        "Belarussische Staatsbürger, die in China studiert haben, gibt es heute mehr als 1.200.",
        # the Chinese in Belarus
        "Chinesische Staatsbürger, die in Belarus studieren, gibt es heute mehr als 1.200.",
        # Belarusians who study at home
        "Belarussische Studierende, die in Minsk studieren, gibt es heute mehr als 1.200.",
    ],
)
def test_no_belarusians_in_china_fronted_otherwise(sentence: str) -> None:
    assert (BY_IN_CN, PAIR, 1200.0) not in points(sentence)
