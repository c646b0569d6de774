"""Bare counts whose noun is told before them (figures.md, "Spans": a count whose noun is left
out takes the noun from the text before it): after a word of more ("zählt weitere 640"), after
a plural noun fronted before "gibt es" or a verb of counting, a list of its parts after it
("Gemeinsame Bildungs- und Forschungseinrichtungen gibt es inzwischen 21, darunter drei
gemeinsame Institute"), and alone after a sentence that names a set present somewhere by its bare
plural subject ("An der Universität lernen derzeit Studierende aus der Volksrepublik. Das sind
rund 380."). Passages are our own, in the style of SB. Belarus Segodnya and BelTA.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

import bycn

points = points_of("indicator entity value", date="2026-07-24", only="edu.")


def items(text: str) -> list[tuple[str, str]]:
    return [(r.text, r.item) for r in bycn.parse_text(text).figures.itertuples()]


BSU = "An der BSU sind derzeit 2.150 Studierende aus der Volksrepublik eingeschrieben."


@pytest.mark.parametrize(
    "sentence",
    [
        "Ihr Gemeinschaftsinstitut, das BSU-DPU Joint Institute, zählt weitere 640.",
        "Das Joint Institute zählt weitere 640.",
        "Am Gemeinsamen Institut lernen noch einmal 640.",
        "Das Gemeinsame Institut der BSU hat zusätzlich 640.",
        "Am Joint Institute sind es nochmals 640.",
    ],
)
def test_a_count_after_a_word_of_more_counts_the_noun_before(sentence: str) -> None:
    assert ("640", "Studierende") in items(f"{BSU} {sentence}")


def test_the_joint_institutes_students_by_its_names() -> None:
    text = (
        f"{BSU} Ihr Gemeinschaftsinstitut mit der Dalian Polytechnischen Universität, das "
        "BSU-DPU Joint Institute, zählt weitere 640.\n"
    )
    assert ("edu.institution_students", "BSU-DPU Joint Institute", 640.0) in points(text)


@pytest.mark.parametrize(
    "text",
    [
        # a number inside its clause, no word of more right before it
        f"{BSU} Das Joint Institute zählt 640 Absolventen.",
        # a word of more before a number with a noun of its own
        f"{BSU} Weitere 640 Plätze sind geplant.",
        # a number expected, after no verb of being, having or counting: new ones, no total
        f"{BSU} Bis Ende des Jahres erwarten wir weitere 640.",
        f"{BSU} Im Herbst sollen weitere 640 kommen.",
    ],
)
def test_no_carried_noun_where_the_count_has_its_own(text: str) -> None:
    assert ("640", "Studierende") not in items(text)


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        (
            "Gemeinsame Bildungs- und Forschungseinrichtungen gibt es inzwischen 21, darunter "
            "drei gemeinsame Institute.",
            "Forschungseinrichtungen",
        ),
        ("Gemeinsame Labore gibt es inzwischen 21.", "Labore"),
        ("Konfuzius-Institute gibt es in Belarus 21.", "Konfuzius-Institute"),
        ("Chinesische Studierende zählt die BSU derzeit 21.", "Studierende"),
        (
            "Gemeinsame Forschungs- und Bildungszentren gibt es 21, davon zwölf in Minsk.",
            "Bildungszentren",
        ),
        (
            "Gemeinsame Labore zählt das Ministerium inzwischen 21, von denen zwölf in Minsk "
            "arbeiten.",
            "Labore",
        ),
    ],
)
def test_a_count_after_its_fronted_noun_its_parts_after_it(sentence: str, noun: str) -> None:
    assert ("21", noun) in items(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # an adverb opens the sentence, no noun
        "Heute gibt es 21.",
        "Damals gab es 21.",
        # the number has a noun of its own
        "Gemeinsame Labore gibt es an 21 Hochschulen.",
        # the number mid-sentence, no list of parts after it
        "Gemeinsame Labore gibt es 21 in Minsk, darunter drei neue.",
    ],
)
def test_no_fronted_noun_from_an_adverb_or_a_counted_place(sentence: str) -> None:
    found = items(sentence)
    assert all(item not in ("Heute", "Damals", "Labore") for _, item in found)


def test_the_joint_structures_by_their_fronted_noun() -> None:
    text = (
        "Minsk, 24. Juli 2026 (SB) – Auch die Strukturen wachsen mit. Gemeinsame Bildungs- und "
        "Forschungseinrichtungen mit chinesischen Partnern gibt es inzwischen 21, darunter drei "
        "gemeinsame Institute.\n"
    )
    assert ("edu.joint_structures", "Belarus-China", 21.0) in points(text)


@pytest.mark.parametrize(
    "before",
    [
        "An der Mogiljower Staatlichen Universität lernen derzeit Studierende aus der "
        "Volksrepublik.",
        "An der Universität studieren heute junge Chinesen.",
        "Studierende aus China lernen inzwischen auch an der Universität in Mogiljow.",
        "An der Universität sind derzeit Studierende aus China eingeschrieben.",
        "Chinesische Studierende studieren inzwischen auch in Mogiljow.",
    ],
)
def test_a_bare_count_alone_after_a_set_present_somewhere(before: str) -> None:
    found = items(f"Auch in der Bildung rückt man zusammen. {before} Das sind rund 380.")
    assert ("rund 380", "") not in found
    assert any(text == "rund 380" and item in ("Studierende", "Chinesen") for text, item in found)


@pytest.mark.parametrize(
    "before",
    [
        # a language learnt, no set of people
        "An der Universität lernen viele Russisch.",
        # the subject with an article: a thing, told before, not a set counted
        "In der Stadt leben die Menschen gern.",
        # a pronoun, a question's subject
        "Seit Jahren arbeiten Sie mit der Universität zusammen.",
    ],
)
def test_no_set_from_a_language_or_a_subject_with_its_article(before: str) -> None:
    found = items(f"{before} Das sind rund 380.")
    assert not any(item in ("Russisch", "Menschen", "Sie") for _, item in found)


def test_the_universitys_students_counted_alone() -> None:
    text = (
        "Mogiljow, 22. Juli 2026 (BelTA) – Auch in der Bildung rückt man näher zusammen. An der "
        "Mogiljower Staatlichen Universität A. A. Kuleschow lernen derzeit Studierende aus der "
        "Volksrepublik. Das sind rund 380.\n"
    )
    assert ("edu.institution_students", "MSU Mogilev", 380.0) in points(text)
