"""A label word that is also a common noun (``Seite``, ``Teil``, ``Punkt``) before a figure.

``Seite 9`` is a page, but ``nach Angaben der chinesischen Seite 9,2 Mrd. US-Dollar`` is the
side that gives the figure: a label's number takes no scale, no money and no per cent.
"""

from __future__ import annotations

import pytest

import bycn


def figures(text: str) -> list[tuple[str, float, str]]:
    frame = bycn.parse_text(text).figures
    return [(r.text, r.value, r.unit) for r in frame.itertuples()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Botschaft teilt mit, dass der Warenhandel im Jahr 2025 nach Angaben der "
            "chinesischen Seite 9,2 Mrd. US-Dollar erreicht hat.",
            [("9,2 Mrd. US-Dollar", 9.2e9, "USD")],
        ),
        (
            "Der Umsatz erreichte laut belarussischer Seite 8,4 Milliarden Dollar.",
            [("8,4 Milliarden Dollar", 8.4e9, "USD")],
        ),
        (
            "Auf die belarussische Seite entfielen 40 Prozent, auf die chinesische Seite "
            "60 Prozent.",
            [("40 Prozent", 40.0, "percent"), ("60 Prozent", 60.0, "percent")],
        ),
        (
            "Von der Summe fließt der größte Teil 2,1 Mio. Euro in die Logistik.",
            [("2,1 Mio. Euro", 2.1e6, "EUR")],
        ),
        (
            "Nach Angaben der Gegenseite stiegen die Lieferungen, nach Angaben der anderen "
            "Seite 12 % mehr als im Vorjahr.",
            [("12 %", 12.0, "percent")],
        ),
        (
            "Das Investitionsvolumen beträgt nach Punkt 3 1,5 Mrd. Dollar.",
            [("1,5 Mrd. Dollar", 1.5e9, "USD")],
        ),
    ],
)
def test_a_measured_number_after_a_label_word_is_a_figure(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Zahlen stehen auf Seite 9 des Berichts.",
        "Siehe Seite 12, Tabelle 3 und Kapitel 4.",
        "Dies regelt Artikel 5 Absatz 2 des Abkommens.",
        "Der Zug fährt von Gleis 7 nach Peking.",
        "Vgl. S. 14 und Abb. 2.",
    ],
)
def test_a_label_number_stays_no_figure(text):
    assert figures(text) == []
