"""A figure after a label and its colon, and a figure a relative clause describes
(indicators.md: park.investment_declared, park.investment_actual; figures.md: what a figure
is of is said by its clause).

A report lists figures under labels (``Erklärte Investitionen: knapp 1,9 Milliarden
Dollar.``, a list's line ``- Angekündigte Investitionen: 2,1 Mrd. US-Dollar``): where the
figure is all that follows the colon, the label is what it is of. A relative clause after an
amount says what the amount is (``Von den 1,6 Milliarden Dollar, die die Residenten bisher
tatsächlich investiert haben, entfallen ...``): it is the amount's clause. A clause of its
own after a comma (``..., die Importe auf 756,3 Mio. Dollar``) is not, nor is a colon
followed by a sentence. The texts are our own, in the style of SB. Belarus Segodnya and
BelTA reports on the Great Stone park.
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series, points_of

HEAD = (
    "Minsk, 8. Juli 2025 (BelTA) – Der Industriepark „Großer Stein“ wächst weiter. "
    "Seit Jahresbeginn hat der Park elf neue Residenten aufgenommen.\n\n"
)


points = points_of(
    "indicator value", date="2025-07-08", opening=HEAD, only="park.investment", digits=0
)


@pytest.mark.parametrize(
    "line",
    [
        "Erklärte Investitionen: knapp 1,9 Milliarden Dollar.",  # the miss
        "- Angekündigte Investitionen: 1,9 Mrd. US-Dollar",  # a list's line
        "Geplante Investitionen der Residenten: rund 1,9 Milliarden Dollar.",
        "Zugesagte Investitionen insgesamt: 1,9 Mrd. Dollar.",
        "Deklariertes Investitionsvolumen: fast 1,9 Milliarden Dollar.",
    ],
)
def test_a_labels_figure_is_what_the_label_names(line: str) -> None:
    text = f"Die Residenten kommen vor allem aus China.\n\n{line}\n"
    assert points(text) == [("park.investment_declared", 1_900_000_000)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the miss: the amount in the antecedent, the relative clause embedded
        "Von den 1,6 Milliarden Dollar, die die Residenten bisher tatsächlich investiert "
        "haben, entfallen zwei Drittel auf chinesische Unternehmen.",
        # the amount as the subject, the passive
        "Die 1,6 Mrd. Dollar, die bislang im Park investiert wurden, stammen vor allem aus China.",
        # "welche", after a preposition
        "Mit den 1,6 Milliarden Dollar, welche die Residenten investiert haben, entstanden "
        "neue Werke.",
        # the relative clause ending the sentence with its auxiliary
        "Der Park meldet 1,6 Milliarden Dollar, die von den Residenten bereits investiert "
        "worden sind.",
    ],
)
def test_an_amount_a_relative_clause_describes_is_what_it_says(sentence: str) -> None:
    text = f"Die Residenten kommen vor allem aus China. {sentence}\n"
    assert ("park.investment_actual", 1_600_000_000) in points(text)


def test_a_relative_clause_of_declaring_is_no_investment_made() -> None:
    text = (
        "Die Residenten kommen vor allem aus China. Von den 1,9 Milliarden Dollar, die die "
        "Residenten angekündigt haben, ist ein Teil bereits geflossen.\n"
    )
    assert points(text) == [("park.investment_declared", 1_900_000_000)]


def test_a_clause_of_its_own_after_an_amount_keeps_its_boundary() -> None:
    # "die Importe" opens a clause of its own: the exports' clause ends at the comma
    text = (
        "Minsk (Belstat) – Die Exporte nach China beliefen sich im ersten Quartal 2025 auf "
        "427,1 Mio. US-Dollar, die Importe aus China auf 756,3 Mio. US-Dollar.\n"
    )
    series = news_series(text, "2025-04-20")
    assert [(r.indicator, round(r.value)) for r in series.itertuples()] == [
        ("trade.exports", 427_100_000)
    ]


def test_a_colon_before_a_sentence_is_a_boundary() -> None:
    # what follows the colon is a clause of its own: its figure no label's value
    text = (
        "Erklärte Investitionen: Die Residenten haben bisher 1,6 Milliarden Dollar "
        "tatsächlich investiert.\n"
    )
    assert points(text) == [("park.investment_actual", 1_600_000_000)]
