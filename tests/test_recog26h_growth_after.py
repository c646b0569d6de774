"""Recognition round N (recog26h): a growth told in the sentence after an amount, by a
pronoun ("Gegenüber dem Vorjahreszeitraum ist das ein Plus von 9,3 Prozent", "...
bedeutet das ein Plus von 11 Prozent"), is the growth of that amount (its indicator, entity
and period), also where the agency sets it as a paragraph of its own and where a sentence
of who told it or a part put on something stands between. Texts of our own in the style of
customs and Sputnik reports, with counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity as_of status value", date="2026-07-23")

AMOUNT = (
    "Im ersten Halbjahr 2026 investierten chinesische Firmen rund 310 Mio. US-Dollar in die "
    "belarussische Wirtschaft."
)
GROWTH = ("trade.chinese_investment", "Belarus-China", "2026-H1", "actual", 11.0)


@pytest.mark.parametrize(
    "growth",
    [
        # the misses' wordings
        "Gegenüber dem Vorjahreszeitraum bedeutet das ein Plus von 11 Prozent.",
        "Gegenüber dem Vorjahreszeitraum ist das ein Plus von 11 Prozent.",
        # other nouns, verbs and word orders
        "Das entspricht einem Zuwachs von 11 Prozent gegenüber dem Vorjahreszeitraum.",
        "Das sind 11 Prozent mehr als im gleichen Zeitraum des Vorjahres.",
        "Im Vergleich zum Vorjahreszeitraum ist das ein Anstieg um 11 Prozent.",
        "Das ist ein Plus von 11 Prozent zum Vorjahreszeitraum.",
    ],
)
@pytest.mark.parametrize(
    "between",
    [
        " ",
        "\n\n",
        # who told it, then a paragraph
        " Das teilte das Wirtschaftsministerium am Mittwoch mit.\n\n",
        # a part put on something, then a paragraph (the misses' shape)
        " Das teilte das Wirtschaftsministerium mit. Davon entfielen 190 Mio. US-Dollar auf "
        "ausländische Direktinvestitionen.\n\n",
    ],
)
def test_a_growth_after_the_amount_is_its_growth(growth: str, between: str) -> None:
    assert GROWTH in points(f"{AMOUNT}{between}{growth}")


def test_a_paragraph_of_its_own_noun_is_its_own() -> None:
    found = points(
        f"{AMOUNT}\n\nDie Importe aus Russland stiegen im gleichen Zeitraum um 11 Prozent."
    )
    assert not [p for p in found if p[4] == 11.0]


def test_after_a_paragraph_of_no_point_the_growth_is_no_ones() -> None:
    found = points(
        "Die Wirtschaft erholt sich langsam, sagen Experten.\n\n"
        "Gegenüber dem Vorjahreszeitraum bedeutet das ein Plus von 11 Prozent."
    )
    assert found == []


def test_a_relative_clause_on_a_noun_of_its_own_sentence_does_not_reach_back() -> None:
    found = points(
        "Mehr als 3.000 junge Belarussen studieren gegenwärtig in China.\n\n"
        "Chinas Ausfuhren nach Belarus, die in den ersten acht Monaten um 11 Prozent "
        "zunahmen, tragen zur Modernisierung der Industrie bei."
    )
    assert not [p for p in found if p[4] == 11.0 and p[0].startswith("edu.")]
