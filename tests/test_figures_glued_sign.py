"""A currency's sign or code glued to the digits, as BelTA writes the Belarusian rouble
(figures.md's unit table: ``Br, Br., Rubel, belarussische Rubel`` -> BYN): ``Br126,2 Mio.``
is an amount like ``Br 126,2 Mio.``, ``126,2 Mio. Br`` or ``BYN 57,8 Mio.``; a word's
letters glued to a number (``MBr7``, ``Abbr5``) and a broadcaster's ``BR24`` are not.
"""

from __future__ import annotations

import pytest

import bycn


def amounts(text: str) -> list[tuple[str, float, str]]:
    frame = bycn.parse_text(text, doc="text", meta={"date": "2020-11-03"}).figures
    return [(r.text, r.value, r.unit) for r in frame.itertuples() if r.kind == "amount"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Erlös der Residenten ist um das 3,4-fache auf Br126,2 Mio. gestiegen.",
            [("Br126,2 Mio.", 126.2e6, "BYN")],
        ),
        ("Der Erlös stieg auf Br 126,2 Mio.", [("Br 126,2 Mio.", 126.2e6, "BYN")]),
        ("Der Erlös stieg auf 126,2 Mio. Br im Jahr.", [("126,2 Mio. Br", 126.2e6, "BYN")]),
        ("Die Investitionen beliefen sich auf BYN57,8 Mio.", [("BYN57,8 Mio.", 57.8e6, "BYN")]),
        ("Die Investitionen erreichten BYN 57,8 Mio.", [("BYN 57,8 Mio.", 57.8e6, "BYN")]),
        (
            "Investiert wurden 57,8 Millionen belarussische Rubel.",
            [("57,8 Millionen belarussische Rubel", 57.8e6, "BYN")],
        ),
        ("Der Umsatz erreichte Br1,2 Mrd. im Jahr.", [("Br1,2 Mrd.", 1.2e9, "BYN")]),
        (
            "Exportiert wurde für Br36,8 Mio. und USD5 Mio.",
            [
                ("Br36,8 Mio.", 36.8e6, "BYN"),
                ("USD5 Mio.", 5e6, "USD"),
            ],
        ),
    ],
)
def test_a_glued_sign_is_the_amounts(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert amounts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Br. Müller zahlte 5 Mio. an den Verein.",  # "Br." a word's abbreviation
        "Der BR24-Bericht nannte 12 Mio. Hörer.",  # BR a broadcaster
        "Die Typen MBr7 und Abbr5 kosten je 3 Mio.",  # a word's letters glued to digits
    ],
)
def test_no_sign_no_rouble(text: str) -> None:
    assert all(unit != "BYN" for _, _, unit in amounts(text))
