"""A count whose noun is fronted, its verb and subject between (figures.md: a bare number
counts the noun the sentence opens with where the sentence tells it so).

Interviews front what they count and put the number last: ``Gemeinsame Bildungsprogramme
zählen wir mehr als 70.``, ``Partnerhochschulen haben wir in China inzwischen über 40.``.
The verb is one of being, having or counting (``gibt es``, ``zählen``, ``haben``,
``unterhält``, ``verzeichnet``), its subject a pronoun or a noun with its article. A
singular subject that opens the sentence counts nothing (``Die Universität hat mehr als
70.``), nor does a number with its own noun, or one inside the sentence. The texts are our
own, in the style of Radio Belarus and BelTA interviews.
"""

from __future__ import annotations

import pytest

import bycn

HEAD = "Minsk, 5. Mai 2026 (BelTA) – Der Minister sprach über die Zusammenarbeit mit China. "


def counts(sentence: str) -> list[tuple[str, str]]:
    frame = bycn.parse_text(HEAD + sentence, doc="news", meta={"date": "2026-05-05"}).figures
    return [(r.text, r.item) for r in frame.itertuples() if r.unit == "count"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the miss
            "Gemeinsame Bildungsprogramme zählen wir mehr als 70.",
            ("mehr als 70", "Bildungsprogramme"),
        ),
        (  # "haben wir", a place and an adverb between
            "Partnerhochschulen haben wir in China inzwischen über 40.",
            ("über 40", "Partnerhochschulen"),
        ),
        (  # a noun with its article as the subject
            "Gemeinsame Labore unterhält die Akademie derzeit 12.",
            ("12", "Labore"),
        ),
        (  # "zählt die Stadt"
            "Partnerschulen zählt die Stadt rund 30.",
            ("rund 30", "Partnerschulen"),
        ),
        (  # the past tense
            "Stipendiaten hatten wir zuletzt 120.",
            ("120", "Stipendiaten"),
        ),
        (  # "verzeichnet", a possessive before the subject
            "Kooperationsabkommen verzeichnet unsere Universität inzwischen 47.",
            ("47", "Kooperationsabkommen"),
        ),
    ],
)
def test_a_fronted_noun_is_what_the_last_number_counts(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert counts(sentence) == [expected]


def test_the_miss_gives_the_joint_programmes_point() -> None:
    from bycn.indicators.series import load_series

    text = (
        "Radio Belarus sprach mit dem Bildungsminister über China.\n\n"
        "Frage: Welche gemeinsamen Strukturen gibt es?\n\n"
        "Antwort: Gemeinsame Bildungsprogramme mit China zählen wir mehr als 70.\n"
    )
    series = load_series(bycn.parse_text(text, doc="news", meta={"date": "2026-05-05"}))
    assert [(r.indicator, r.value) for r in series.itertuples()] == [("edu.joint_programmes", 70.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Universität hat mehr als 70.",  # a singular subject opens it: no noun counted
        "Im Jahr 2025 haben wir 70.",  # no noun opens it
        "Gemeinsame Programme haben wir 2025 gestartet.",  # a year, inside the sentence
    ],
)
def test_no_fronted_noun_or_no_last_number_counts_nothing(sentence: str) -> None:
    assert counts(sentence) == []
