"""Names before numbers, and counted nouns named before a bare number (figures.md).

A name in capitals right before a number (``an der BSU 840 Studierende``) is not the
label of the number (``MAZ 5440``); ``die Zahl ihrer Gäste ... auf 2.000`` counts Gäste.
The texts are our own, in the style of agency reports and university pages.
"""

from __future__ import annotations

import pytest

import bycn


def figures(text: str) -> list[tuple[str, float, str, str]]:
    frame = bycn.parse_text(text).figures
    return [(r.text, r.value, r.unit, r.item) for r in frame.itertuples()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thousands point: no label is written so
        (
            "Im Wintersemester lernen an der BGUIR 1.420 Studierende aus der Volksrepublik.",
            [("1.420 Studierende", 1420.0, "count", "Studierende")],
        ),
        (
            "Das Ministerium erwartet in der FEZ Grodnoinvest 2.150 neue Arbeitsplätze, "
            "in der SEZ 3.400 Arbeitsplätze.",
            [
                ("2.150 neue Arbeitsplätze", 2150.0, "count", "Arbeitsplätze"),
                ("3.400 Arbeitsplätze", 3400.0, "count", "Arbeitsplätze"),
            ],
        ),
        # a unit or a scale after the number
        (
            "Auf die EAEU entfielen im ersten Quartal die EAEU 41,5 Prozent der Ausfuhren.",
            [("41,5 Prozent", 41.5, "percent", "")],
        ),
        (
            "Nach Angaben des MVD 12 Mio. Dollar Schaden.",
            [("12 Mio. Dollar", 12e6, "USD", "")],
        ),
        (
            "Der Export in die GUS 30 Prozent höher als im Vorjahr.",
            [("30 Prozent", 30.0, "percent", "")],
        ),
        # a preposition before the name and a counted noun after the number
        (
            "Derzeit sind an der BGUIR 380 chinesische Studenten eingeschrieben, teilte die "
            "Hochschule mit.",
            [("380 chinesische Studenten", 380.0, "count", "Studenten")],
        ),
        (
            "Mit der BNTU unterzeichneten chinesische Hochschulen bereits 27 Abkommen, "
            "an der BSU 45 Verträge.",
            [
                ("27 Abkommen", 27.0, "count", "Abkommen"),
                ("45 Verträge", 45.0, "count", "Verträge"),
            ],
        ),
    ],
)
def test_a_name_in_capitals_before_a_figure(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Der MAZ 5440 wird seit 2021 auch in China montiert.",
        "Das Werk stellte den Traktor BELARUS 3523 auf der Messe vor.",
        "Die Modelle MTZ 82 und MAZ 6501 sind gefragt.",
        "Mit dem MAZ 5440 wurden erste Tests gefahren.",
        "Das Labor ist nach ISO 9001 zertifiziert.",
        "Der MAZ 203 Stadtbus fährt in Minsk.",
        "Die Airline setzt Maschinen vom Typ ATR 72 ein.",
        "Der Kran steht auf dem MAZ 6430 Fahrgestell.",
        "Minsk beliefert die Stadt mit MAZ 203 Bussen.",
        "Die Firma ist nach ISO 9001 Zertifikaten geprüft.",
    ],
)
def test_a_label_in_capitals_stays_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bis 2027 will die Akademie die Zahl ihrer ausländischen Hörer auf 1.800 erhöhen.",
            [("1.800", 1800.0, "count", "Hörer")],
        ),
        (
            "Das Unternehmen hat die Zahl seiner Beschäftigten in Mogiljow auf 640 gesteigert.",
            [("640", 640.0, "count", "Beschäftigten")],
        ),
        (
            "Die Zahl chinesischer Touristen in Brest stieg im Sommer auf 9.300.",
            [("9.300", 9300.0, "count", "Touristen")],
        ),
        (
            "Die Zahl dieser Projekte soll sich bis 2030 auf 25 erhöhen, sagte der Minister.",
            [("25", 25.0, "count", "Projekte")],
        ),
        # "ihre Zahl", "deren Zahl": the number of what was counted before it
        (
            "Im Technopark arbeiten 64 Start-ups, deren Zahl bis 2027 auf 100 wachsen soll.",
            [
                ("64 Start-ups", 64.0, "count", "Start-ups"),
                ("100", 100.0, "count", "Start-ups"),
            ],
        ),
        (
            "An der Hochschule lernen 730 Chinesen. Bis 2026 soll ihre Zahl auf 1.000 steigen.",
            [("730 Chinesen", 730.0, "count", "Chinesen"), ("1.000", 1000.0, "count", "Chinesen")],
        ),
    ],
)
def test_the_number_of_a_noun_named_before(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "Zahl" with no noun after it counts nothing the grammar can name
        "Die Zahl stieg im Jahr 2020 auf 90.",
        "Diese Zahl nannte der Minister am Dienstag in Minsk: 90.",
        # "ihre Zahl" with nothing counted before it in its paragraph
        "Bis 2026 soll ihre Zahl auf 2.000 steigen.",
        "Im Park gibt es viele Firmen.\n\nBis 2026 soll ihre Zahl auf 150 steigen.",
    ],
)
def test_a_number_with_no_counted_noun_stays_no_figure(text: str) -> None:
    assert figures(text) == []
