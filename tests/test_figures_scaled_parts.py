"""A bare scale (``1,3 Mrd.``) after an amount of money is that amount's currency's, not a
count of the noun counted further back (figures.md, "Units"), and a fronted participle
(``Realisiert sind davon ...``) is no noun a part counts."""

from __future__ import annotations

import pytest

import bycn


def figures(text: str) -> list[tuple[str, float, str, str]]:
    frame = bycn.parse_text(text).figures
    return [(r.text, r.value, r.unit, r.item) for r in frame.itertuples()]


@pytest.mark.parametrize(
    "part",
    [
        "Davon wurden 1,3 Mrd. umgesetzt.",
        "Realisiert sind davon bislang 1,3 Mrd.",
        "Umgesetzt wurden davon 1,3 Mrd.",
        "Investiert wurden davon 1,3 Mrd.",
        "Getätigt sind davon bislang 1,3 Mrd.",
    ],
)
def test_a_bare_scale_after_an_amount_is_of_its_currency(part: str) -> None:
    text = (
        "Im Park sind 142 Residenten registriert. Ihre Investitionszusagen belaufen sich auf "
        f"2,1 Mrd. Dollar. {part}"
    )
    assert figures(text)[-1] == ("1,3 Mrd.", 1.3e9, "USD", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count just before: its noun, scaled or not
        (
            "Im Jahr kamen 1,5 Mio. Touristen nach Belarus. Im Vorjahr waren es 1,2 Mio.",
            ("1,2 Mio.", 1.2e6, "count", "Touristen"),
        ),
        # an amount between, but no scale: the count before
        (
            "Im Park sind 142 Residenten registriert. Sie investierten 2 Mrd. Dollar. Heute "
            "sind es 150.",
            ("150", 150.0, "count", "Residenten"),
        ),
        # a part of the count before, after a fronted participle: of that count's noun
        (
            "Im Park gibt es 40 Projekte. Abgeschlossen sind davon 12.",
            ("12", 12.0, "count", "Projekte"),
        ),
        # a part in the count's own sentence, after a fronted participle
        (
            "Von den 40 Projekten im Park sind 30 Projekte begonnen, realisiert davon 12.",
            ("12", 12.0, "count", "Projekte"),
        ),
    ],
)
def test_counts_stay_counts(text: str, expected: tuple[str, float, str, str]) -> None:
    assert figures(text)[-1] == expected
