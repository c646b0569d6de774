"""Recognition round N (recog26c), as a family of wordings: "die Zahl der" and its noun after
a participle's phrase ("Inzwischen ist die Zahl der für Lieferungen nach China akkreditierten
belarussischen Unternehmen weiter gestiegen. Es sind 168."). figures.md, "Spans": where the
noun stands apart or is left out, ``item`` is the noun the number counts, taken from the text
before it; here the noun after the participle ("Unternehmen"), not the one inside its phrase
("Lieferungen"). The producers so counted are trade.accredited_producers' (indicators.md),
their participle attributive too ("der bei der Zollbehörde registrierten Exporteure"); a
growth by a count is no level of them ("stieg um 3").

Texts of our own in the style of BelTA reports and ministry statements, several wordings,
with counter-examples that must give no such count or point.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

import bycn

points = points_of("indicator entity value", date="2025-11-07")

PAIR = "Belarus-China"
ACCREDITED = "trade.accredited_producers"


def figures(text: str) -> list[tuple[str, str, str]]:
    """Each figure of ``text``: its span, unit and counted noun."""
    frame = bycn.parse_text(text).figures
    return [(r.text, r.unit, r.item) for r in frame.itertuples()]


# --- 1. "die Zahl der" and a participle's phrase before its noun -----------------------------

PARTICIPLE_PHRASES = [
    # the miss
    (
        "Inzwischen ist die Zahl der für Lieferungen nach China akkreditierten belarussischen "
        "Unternehmen weiter gestiegen. Es sind 168.",
        "Unternehmen",
    ),
    # other nouns, participles, phrases with an article, openers of the bare count
    (
        "Die Zahl der für den Export nach China zugelassenen belarussischen Betriebe wächst. "
        "Inzwischen sind es 168.",
        "Betriebe",
    ),
    (
        "Die Zahl der von der chinesischen Zollbehörde akkreditierten Molkereien ist "
        "gestiegen. Das sind 168.",
        "Molkereien",
    ),
    (
        "Die Anzahl der bei der chinesischen Zollbehörde registrierten belarussischen "
        "Exporteure nimmt zu. Aktuell sind es 168.",
        "Exporteure",
    ),
    (
        "Die Zahl der für den chinesischen Markt zertifizierten Hersteller hat sich seit 2020 "
        "verdoppelt. Heute sind es bereits über 168.",
        "Hersteller",
    ),
]


@pytest.mark.parametrize(("text", "noun"), PARTICIPLE_PHRASES)
def test_the_number_of_a_noun_after_a_participles_phrase_counts_that_noun(text, noun):
    (figure,) = figures(text)
    assert figure[1:] == ("count", noun)
    assert points(text) == [(ACCREDITED, PAIR, 168.0)]


@pytest.mark.parametrize(
    "text",
    [
        # a question before, and a set told by a word of quantity (as before this round)
        "Wie viele belarussische Hersteller sind für den chinesischen Markt akkreditiert? "
        "Es sind 168.",
        "Immer mehr belarussische Betriebe erhalten die Zulassung für den chinesischen Markt. "
        "Es sind inzwischen 168.",
    ],
)
def test_a_bare_count_after_a_question_or_a_set_of_producers(text):
    assert points(text) == [(ACCREDITED, PAIR, 168.0)]


def test_the_miss_is_dated_by_its_document():
    text = PARTICIPLE_PHRASES[0][0]
    found = points_of("indicator as_of dated_by", date="2025-11-07")(text)
    assert found == [(ACCREDITED, "2025-11", "document")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit of its own: no count
        (
            "Die Zahl der für Lieferungen nach China akkreditierten Betriebe wächst. Es sind "
            "168 Kilometer bis zur Grenze.",
            [("168 Kilometer", "km", "")],
        ),
        # a growth, not a count
        (
            "Die Zahl der für Lieferungen nach China akkreditierten Betriebe wächst. Das sind "
            "3 Prozent mehr als im Vorjahr.",
            [("3 Prozent", "percent", "")],
        ),
        # a year
        (
            "Die Zahl der für Lieferungen nach China akkreditierten Betriebe wächst. Es war 2019.",
            [],
        ),
        # a sentence before that names no countable noun
        ("Die Lieferungen nach China wachsen weiter. Es sind 168.", []),
        ("Der Handel mit China wächst. Es sind 168.", []),
    ],
)
def test_no_count_of_the_noun_counted_before(text, expected):
    assert figures(text) == expected
    assert [p for p in points(text) if p[0] == ACCREDITED] == []


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Die Zahl der für den Export nach China zugelassenen Betriebe stieg um 3.", "Betriebe"),
        ("Die Zahl der zugelassenen Betriebe für den Export nach China stieg um 3.", "Betriebe"),
        (
            "Die Zahl der für Lieferungen nach China akkreditierten Molkereien wuchs 2024 um 3.",
            "Molkereien",
        ),
        (
            "Die Anzahl der beim chinesischen Zoll registrierten Exporteure nahm um rund 3 zu.",
            "Exporteure",
        ),
        (
            "Die Zahl der vom chinesischen Zoll zertifizierten Hersteller ist um 3 gestiegen.",
            "Hersteller",
        ),
    ],
)
def test_a_growth_by_a_count_of_producers_is_no_level(text, noun):
    assert [f[1:] for f in figures(text)] == [("count", noun)]
    assert points(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Zahl der für den Export nach China zugelassenen Betriebe stieg auf 168.",
        "Die Zahl der für den Export nach China zugelassenen Betriebe stieg um 3 auf 168.",
    ],
)
def test_the_level_reached_is_a_point(text):
    assert points(text) == [(ACCREDITED, PAIR, 168.0)]
