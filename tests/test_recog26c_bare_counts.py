"""Recognition round N (recog26c), as families of wordings: a bare count in a short sentence
after the one that says what is counted (figures.md, "Spans": where the noun is left out,
the span is the bare number and ``item`` the noun it counts, taken from the text before it;
indicators.md: the point is the indicator's whose noun that is).

Two ways the sentence before names what it counts, with no number of its own (a third,
"die Zahl der" after a participle's phrase, is test_recog26c_zahl_der's):

1. a verb of counting and its plural object ("Wir zählen gemeinsame Institute,
   Forschungszentren und Labore an vielen unserer 50 Hochschulen. Es sind 42."): what it
   counts, not the count of where they are; a word of quantity after a preposition names
   no set ("an immer mehr Hochschulen").
2. "mehr" compared ("In den Unternehmen der Residenten arbeiten jetzt mehr Menschen als je
   zuvor. Das sind rund 4.300."): the set said to be larger than ever.

Texts of our own in the style of BelTA reports, ministry statements and radio interviews,
several wordings per family (verbs, word orders, openers of the bare count: "Es sind",
"Das sind", "Es waren", "Inzwischen sind es", "Heute sind es bereits über", after a question
and after a statement), with counter-examples that must give no such count.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of
from tests.test_recog26c_zahl_der import figures

points = points_of("indicator entity value", date="2025-11-07")

PAIR = "Belarus-China"
STRUCTURES = "edu.joint_structures"
JOBS = "park.jobs"

#: A lead that names both countries, as a report's first paragraph does.
EDU_LEAD = "Belarus und China bauen ihre Zusammenarbeit in Bildung und Wissenschaft aus.\n\n"
PARK_LEAD = "Der chinesisch-belarussische Industriepark Großer Stein wächst weiter.\n\n"


# --- 1. a verb of counting and its plural object ----------------------------------------------

COUNTED_SETS = [
    # the miss (an interview's answer)
    "Wir zählen gemeinsame Institute, Forschungszentren und Labore an vielen unserer 50 "
    "Hochschulen. Es sind 42.",
    # "es gibt", the object fronted, other openers of the bare count
    "Es gibt inzwischen gemeinsame Labore an vielen Hochschulen. Es sind 42.",
    "Inzwischen gibt es gemeinsame Labore und Zentren an vielen Hochschulen. Es waren zuletzt 42.",
    "Gemeinsame Forschungszentren gibt es an fast allen großen Universitäten. Inzwischen sind "
    "es 42.",
    "Die Universitäten verzeichnen immer neue gemeinsame Institute. Heute sind es bereits 42.",
    "Wir zählen inzwischen gemeinsame Labore an fast allen Universitäten. Es waren knapp 42.",
    # a word of quantity and "die Zahl der" (as before), in the same shapes
    "Immer mehr gemeinsame Institute entstehen an unseren Hochschulen. Es sind 42.",
    "Die Zahl der gemeinsamen Labore und Zentren wächst. Heute sind es 42.",
    "Mehr gemeinsame Forschungszentren als je zuvor arbeiten an unseren Universitäten. Das "
    "sind 42.",
]


@pytest.mark.parametrize("text", COUNTED_SETS)
def test_a_bare_count_after_a_set_counted_without_a_number(text):
    assert (STRUCTURES, PAIR, 42.0) in points(EDU_LEAD + text)


def test_the_count_of_where_they_are_is_not_what_es_counts():
    text = EDU_LEAD + COUNTED_SETS[0]
    assert figures(text) == [
        ("50 Hochschulen", "count", "Hochschulen"),
        ("42", "count", "Institute"),
    ]


def test_an_interviews_answer_after_its_question():
    text = (
        EDU_LEAD + "Frage: Gibt es auch gemeinsame Institute?\n\n"
        "Antwort: Ja, und nicht nur Institute. Wir zählen gemeinsame Institute, "
        "Forschungszentren und Labore an vielen unserer 50 Hochschulen. Es sind 42.\n\n"
        "Frage: Vielen Dank für das Gespräch."
    )
    assert points(text) == [(STRUCTURES, PAIR, 42.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wir zählen gemeinsame Labore an vielen Hochschulen. Es sind 42 Kilometer.", "km"),
        ("Wir zählen gemeinsame Labore an vielen Hochschulen. Das sind 3 Prozent mehr.", "percent"),
    ],
)
def test_a_unit_of_its_own_is_no_count_of_the_set(text, expected):
    assert [f[1] for f in figures(EDU_LEAD + text)] == [expected]
    assert points(EDU_LEAD + text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a year
        "Wir zählen gemeinsame Labore an vielen Hochschulen. Es war 2019.",
        # nothing counted before
        "Die Zusammenarbeit wächst. Es sind 42.",
        # "an immer mehr Hochschulen" is where, after a preposition: it names no set
        "Gemeinsame Labore entstehen an immer mehr Hochschulen. Inzwischen sind es 42.",
    ],
)
def test_no_count_without_a_set_counted_before(text):
    assert figures(EDU_LEAD + text) == []


# --- 2. "mehr" compared: the set larger than ever ------------------------------------------------

COMPARED = [
    # the miss
    "Auch die Beschäftigung wächst. In den Unternehmen der Residenten arbeiten jetzt mehr "
    "Menschen als je zuvor. Das sind rund 4.300.",
    # other nouns, comparisons and openers
    "Die Residenten beschäftigen mehr Mitarbeiter denn je. Es sind rund 4.300.",
    "Im Park arbeiten so viele Menschen wie nie. Im Mai waren es rund 4.300.",
    "Im Park finden immer mehr Menschen Arbeit. Heute sind es bereits rund 4.300.",
    "Mehr Beschäftigte als je zuvor arbeiten bei den Residenten. Inzwischen sind es rund 4.300.",
    # "die Zahl der" (as before)
    "Die Zahl der Beschäftigten bei den Residenten wächst. Das sind rund 4.300.",
]


@pytest.mark.parametrize("text", COMPARED)
def test_a_bare_count_after_a_set_compared(text):
    assert points(PARK_LEAD + text) == [(JOBS, "Great Stone", 4300.0)]


def test_the_compared_count_is_about_its_number():
    (figure,) = figures(PARK_LEAD + COMPARED[0])
    assert figure == ("rund 4.300", "count", "Menschen")


@pytest.mark.parametrize(
    "text",
    [
        # a singular compared: no set ("mehr Geld")
        "Die Residenten haben mehr Geld als je zuvor. Das sind rund 4.300.",
        # a noun of no count before ("Die Beschäftigung")
        "Die Beschäftigung bei den Residenten wächst. Das sind rund 4.300.",
        # "mehr" not compared: a noun after it that no "als" follows
        "Die Residenten wollen mehr Menschen einstellen. Das sind rund 4.300.",
        # a year
        "Im Park arbeiten mehr Menschen als je zuvor. Es war 2019.",
    ],
)
def test_no_count_without_a_set_compared(text):
    assert figures(PARK_LEAD + text) == []


def test_a_growth_after_a_set_compared_is_no_count():
    text = PARK_LEAD + "Im Park arbeiten mehr Menschen als je zuvor. Das sind 3 Prozent mehr."
    assert figures(text) == [("3 Prozent", "percent", "")]
    assert [p for p in points(text) if p[0] == JOBS] == []


# --- 3. the bare count after a label and its colon -----------------------------------------------

LABELLED = [
    "Die Zahl der gemeinsamen Labore wächst. Aktuell: 57.",
    "Wir zählen gemeinsame Labore an vielen Hochschulen. Die Antwort: 57.",
    "Wie viele gemeinsame Labore gibt es? Die Antwort: 57.",
    "Wie viele gemeinsame Labore gibt es? Derzeit: 57.",
    "Immer mehr gemeinsame Labore entstehen. Stand heute: rund 57.",
    "Die Zahl der gemeinsamen Forschungszentren steigt weiter. Inzwischen: 57.",
]


@pytest.mark.parametrize("text", LABELLED)
def test_a_bare_count_after_a_label_and_its_colon(text):
    assert points(EDU_LEAD + text) == [(STRUCTURES, PAIR, 57.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nothing counted before
        ("Die Zusammenarbeit wächst. Aktuell: 57.", []),
        # a unit of its own, a year
        (
            "Die Zahl der gemeinsamen Labore wächst. Aktuell: 57 Kilometer.",
            [("57 Kilometer", "km", "")],
        ),
        ("Die Zahl der gemeinsamen Labore wächst. Zuletzt: 2019.", []),
        # a label that is no word of now nor an answer: a list's line, counting its own noun
        (
            "Die Zahl der gemeinsamen Labore wächst. Partneruniversitäten: 57.",
            [("57", "count", "Partneruniversitäten")],
        ),
    ],
)
def test_no_count_of_the_set_after_a_label(text, expected):
    assert figures(EDU_LEAD + text) == expected
    assert points(EDU_LEAD + text) == []
