"""A bare amount in the currency a phrase before it names (figures.md: an amount's unit is
its own currency, else the one the text gives it).

Chinese customs report trade in Yuan and then say it in dollars without repeating the word:
``... auf 60,2 Milliarden Yuan. In US-Dollar gerechnet waren es 8,4 Milliarden.``. The bare
scale is in the currency the phrase ``in <currency>`` names before it (``umgerechnet in
Dollar``, ``in Euro ausgedrückt``, ``in belarussischen Rubeln``), not in the paragraph's
last amount's. A noun's phrase (``die Zahlungen in Yuan``) names no currency of an amount,
and a sentence without the phrase keeps the paragraph's currency. The texts are our own, in
the style of CRI and Xinhua reports.
"""

from __future__ import annotations

import pytest

import bycn

HEAD = "Peking, 14. Januar 2026 (Xinhua) – "


def amounts(text: str) -> list[tuple[str, str]]:
    frame = bycn.parse_text(HEAD + text, doc="news", meta={"date": "2026-01-14"}).figures
    return [(r.text, r.unit) for r in frame.itertuples() if r.unit != "percent"]


@pytest.mark.parametrize(
    ("text", "bare", "unit"),
    [
        (  # the miss: the dollars in a sentence of their own
            "Der Handel zwischen China und Belarus belief sich 2025 auf 60,2 Milliarden Yuan. "
            "In US-Dollar gerechnet waren es 8,4 Milliarden.",
            "8,4 Milliarden",
            "USD",
        ),
        (  # "umgerechnet in", opening the sentence
            "Der Warenumsatz erreichte 60,2 Mrd. Yuan. Umgerechnet in Dollar sind das 8,4 Mrd.",
            "8,4 Mrd.",
            "USD",
        ),
        (  # in the same sentence, after the Yuan
            "Der Handel belief sich auf 60,2 Milliarden Yuan, in Dollar rund 8,4 Milliarden.",
            "rund 8,4 Milliarden",
            "USD",
        ),
        (  # euros, the participle after the currency
            "Die Exporte beliefen sich auf 2,3 Milliarden Dollar. In Euro ausgedrückt waren es "
            "2,1 Milliarden.",
            "2,1 Milliarden",
            "EUR",
        ),
        (  # the phrase after the verb, roubles with their adjective
            "Das Gebiet lieferte Waren für 120 Millionen Dollar. Das sind in belarussischen "
            "Rubeln rund 390 Millionen.",
            "rund 390 Millionen",
            "BYN",
        ),
        (  # the way back: dollars first, then Yuan
            "Die Importe erreichten 6,1 Milliarden Dollar. In Yuan gerechnet waren es "
            "43,9 Milliarden.",
            "43,9 Milliarden",
            "CNY",
        ),
    ],
)
def test_a_bare_amount_is_in_the_currency_named_before_it(text: str, bare: str, unit: str) -> None:
    assert dict(amounts(text))[bare] == unit


def test_a_sentence_without_the_phrase_keeps_the_paragraphs_currency() -> None:
    text = "Der Handel belief sich auf 60,2 Milliarden Yuan. Im Vorjahr waren es 58 Milliarden."
    assert dict(amounts(text))["58 Milliarden"] == "CNY"


@pytest.mark.parametrize(
    "text",
    [
        "Der Handel belief sich auf 8,4 Milliarden Dollar, mit Abrechnungen in Yuan davon "
        "3,1 Milliarden.",
        "Der Handel belief sich auf 8,4 Milliarden Dollar; der Handel in Yuan erreichte davon "
        "3,1 Milliarden.",
    ],
)
def test_a_nouns_phrase_in_a_currency_names_no_amounts_currency(text: str) -> None:
    assert dict(amounts(text))["3,1 Milliarden"] == "USD"


def test_an_amount_with_its_own_currency_keeps_it() -> None:
    text = "Der Handel belief sich auf 60,2 Mrd. Yuan. In Dollar gerechnet waren es 8,4 Mrd. Euro."
    assert dict(amounts(text))["8,4 Mrd. Euro"] == "EUR"
