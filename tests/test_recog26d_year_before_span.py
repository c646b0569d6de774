"""Recognition round N (recog26d): the same span a year before, told after the point it
continues ("Im Vorjahreszeitraum waren es 280 Mio."): the indicator of the sentence before,
dated that sentence's period a year earlier (indicators.md: `as_of` is the period the value
refers to). Texts of our own in the style of statistics releases: the span said as
"Vorjahreszeitraum", "gleichen Zeitraum des Vorjahres", "Ein Jahr zuvor"; the level said
by "es", "sie", "der Wert", "das Volumen", "die Summe", "der Umfang"; counter-examples: a
value of another noun, a pronoun of people who did something.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator as_of value", date="2026-02-05")

_DATELINE = "MINSK, 5. Februar (BelTA) – "
_EXPORTS = (
    "Die Ausfuhren nach China beliefen sich im Januar–September 2025 auf 1,9 Milliarden Dollar. "
)
_TURNOVER = (
    "Der Handel zwischen Belarus und China erreichte im ersten Halbjahr 2025 4,1 Milliarden "
    "Dollar. "
)


@pytest.mark.parametrize(
    ("before", "text", "found"),
    [
        # the miss's wording
        (
            _EXPORTS,
            "Im Vorjahreszeitraum waren es 1,6 Milliarden.",
            ("trade.exports", "2024-01/2024-09", 1.6e9),
        ),
        # other spans, subjects and verbs
        (
            _EXPORTS,
            "Im entsprechenden Vorjahreszeitraum hatten sie 1,6 Milliarden Dollar betragen.",
            ("trade.exports", "2024-01/2024-09", 1.6e9),
        ),
        (
            _EXPORTS,
            "Im gleichen Zeitraum des Vorjahres lag der Wert bei 1,6 Milliarden Dollar.",
            ("trade.exports", "2024-01/2024-09", 1.6e9),
        ),
        (
            _EXPORTS,
            "Im Vorjahreszeitraum hatte das Volumen noch 1,6 Milliarden Dollar erreicht.",
            ("trade.exports", "2024-01/2024-09", 1.6e9),
        ),
        (
            _TURNOVER,
            "Ein Jahr zuvor hatte die Summe bei 3,6 Milliarden Dollar gelegen.",
            ("trade.turnover", "2024-H1", 3.6e9),
        ),
        (
            _TURNOVER,
            "Im Vorjahreszeitraum hatte der Umfang 3,6 Milliarden Dollar betragen.",
            ("trade.turnover", "2024-H1", 3.6e9),
        ),
    ],
)
def test_the_same_span_a_year_before(before: str, text: str, found: tuple) -> None:
    assert found in points(_DATELINE + before + text)


@pytest.mark.parametrize(
    "text",
    [
        # the value of another noun, named after "der Wert"
        "Der Wert der Investitionen lag im Vorjahreszeitraum bei 3,6 Milliarden Dollar.",
        # "der Wert bei" one product: its own
        "Im Vorjahreszeitraum lag der Wert bei Milchprodukten bei 3,6 Milliarden Dollar.",
    ],
)
def test_no_level_of_the_point_before(text: str) -> None:
    assert [p for p in points(_DATELINE + _TURNOVER + text) if p[2] == 3.6e9] == []
