"""Counts whose noun stands apart or is left out (figures.md, "Spans"): the number of a
noun named by a number noun (``die Gesamtzahl der Residenten ... auf 68``), and a count
whose noun was given just before in its sentence (``60 Residenten ..., 2019 kamen 27 neue
hinzu``). The span is the bare number; ``item`` is the noun it counts."""

from __future__ import annotations

import pytest

import bycn


def counts(text: str) -> list[tuple[str, float, str, str]]:
    frame = bycn.parse_text(text).figures
    return [(r.text, r.value, r.unit, r.item) for r in frame.itertuples()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Damit wuchs die Gesamtzahl der Residenten des Parks bis Ende Dezember auf 74.",
            [("74", 74.0, "count", "Residenten")],
        ),
        (
            "Die Gesamtanzahl der im Industriepark registrierten Unternehmen erreichte 112.",
            [("112", 112.0, "count", "Unternehmen")],
        ),
        (
            "Nach Angaben des Ministeriums lag die Gesamtzahl chinesischer Studierender in "
            "Belarus im Herbst bei 8.000.",
            [("8.000", 8000.0, "count", "Studierender")],
        ),
        (
            "Die Gesamtzahl der Touristen aus China lag im Vorjahr bei 15.400, ihre Gesamtzahl "
            "soll weiter auf 20.000 wachsen.",
            [("15.400", 15400.0, "count", "Touristen"), ("20.000", 20000.0, "count", "Touristen")],
        ),
        # a compound of the noun and "zahl" names it too
        (
            "Die Besucherzahl der Messe in Harbin stieg in diesem Jahr auf 5.000.",
            [("5.000", 5000.0, "count", "Besucher")],
        ),
        (
            "Bis 2027 soll die Studierendenzahl aus China auf 600 wachsen, teilte die "
            "Universität mit.",
            [("600", 600.0, "count", "Studierenden")],
        ),
        # the forms that worked before stay
        (
            "Die Zahl der Residenten insgesamt stieg im Dezember auf 68.",
            [("68", 68.0, "count", "Residenten")],
        ),
        (
            "Die Anzahl der Residenten stieg auf 68.",
            [("68", 68.0, "count", "Residenten")],
        ),
    ],
)
def test_a_number_noun_names_what_a_bare_number_counts(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Industriepark sind derzeit 80 Residenten registriert, im ersten Halbjahr "
            "kamen 11 neue hinzu.",
            [("80 Residenten", 80.0, "count", "Residenten"), ("11", 11.0, "count", "Residenten")],
        ),
        (
            "An der Universität studieren 412 Studierende aus China, im Herbst kommen "
            "50 neue dazu.",
            [
                ("412 Studierende", 412.0, "count", "Studierende"),
                ("50", 50.0, "count", "Studierende"),
            ],
        ),
        (
            "Bisher wurden 37 Abkommen unterzeichnet, bis Jahresende sollen 5 weitere "
            "chinesische folgen.",
            [("37 Abkommen", 37.0, "count", "Abkommen"), ("5", 5.0, "count", "Abkommen")],
        ),
        # ... in the sentence before, in its paragraph (figures.md: the noun taken from the
        # text before it), not a count of where they come from ("aus 16 Ländern")
        (
            "Im Park arbeiten 60 Firmen. 2019 kamen 27 neue hinzu.",
            [("60 Firmen", 60.0, "count", "Firmen"), ("27", 27.0, "count", "Firmen")],
        ),
        (
            "Der Park zählt 152 Residenten aus 16 Ländern. 2025 kamen 19 neue hinzu.",
            [
                ("152 Residenten", 152.0, "count", "Residenten"),
                ("16 Ländern", 16.0, "count", "Ländern"),
                ("19", 19.0, "count", "Residenten"),
            ],
        ),
        (
            "Die Region zählt 14 Joint Ventures; 3 neue, sagte der Gouverneur.",
            [
                ("14 Joint Ventures", 14.0, "count", "Joint Ventures"),
                ("3", 3.0, "count", "Joint Ventures"),
            ],
        ),
    ],
)
def test_a_count_whose_noun_is_left_out_counts_the_noun_before(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no counted noun in the sentence: a bare number stays no figure
        ("Die Gesamtzahl stieg im Dezember auf 68.", []),
        ("Die Rekordzahl des Vorjahres wurde mit 68 knapp verfehlt.", []),
        ("Die wichtigste Kennzahl, der Index, stieg auf 68.", []),
        ("Die Steuerzahlungen der Residenten stiegen auf 68.", []),
        ("Der Index des Verbrauchervertrauens stieg auf 68.", []),
        ("Damit stieg der Wert zum Jahresende auf 68.", []),
        # a year and a page stay no figures beside a number noun
        ("Die Gesamtzahl der Residenten nannte der Bericht 2020 auf Seite 68.", []),
        # a noun counted in an earlier paragraph is no noun left out in this one (in the
        # sentence before, in its paragraph, it is: the test above)
        (
            "Im Park arbeiten 60 Firmen.\n\n2019 kamen 27 neue hinzu.",
            [("60 Firmen", 60.0, "count", "Firmen")],
        ),
        # a verb in "-en" after the number is no adjective: no sign of a noun left out
        (
            "Der Park hat 60 Residenten, bis 2025 sollen 90 folgen.",
            [("60 Residenten", 60.0, "count", "Residenten")],
        ),
        # words in "-e" that are no adjectives
        (
            "Der Park hat 60 Residenten, die Zahlen 27 sowie die Zahlen 30 nennt er heute.",
            [("60 Residenten", 60.0, "count", "Residenten")],
        ),
        (
            "Im Park arbeiten 60 Firmen, der Bericht umfasst 27 Seiten heute.",
            [("60 Firmen", 60.0, "count", "Firmen"), ("27 Seiten", 27.0, "count", "Seiten")],
        ),
        # an amount before is no count: "12 neue" after it counts nothing
        (
            "Die Investitionen betrugen 60 Millionen Dollar, 2019 kamen 12 neue hinzu.",
            [("60 Millionen Dollar", 60e6, "USD", "")],
        ),
    ],
)
def test_a_bare_number_without_a_counted_noun_stays_bare(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aus China kamen 2.300 Touristen (2019: 1.800, 2020: 400).",
            [
                ("2.300 Touristen", 2300.0, "count", "Touristen"),
                ("1.800", 1800.0, "count", "Touristen"),
                ("400", 400.0, "count", "Touristen"),
            ],
        ),
        (
            "An der Universität studieren 1.200 Chinesen (2015/2016 - 722, 2012/2013 - rund 900).",
            [
                ("1.200 Chinesen", 1200.0, "count", "Chinesen"),
                ("722", 722.0, "count", "Chinesen"),
                ("rund 900", 900.0, "count", "Chinesen"),
            ],
        ),
        (
            "Die Zahl der Residenten (2021 – 98, 2022 – 110) wächst weiter.",
            [("98", 98.0, "count", "Residenten"), ("110", 110.0, "count", "Residenten")],
        ),
    ],
)
def test_a_list_of_years_and_values_counts_the_noun_before(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list after a rank: its values count the noun the sentence opens with
        (
            "Studierende aus China liegen auf Rang 4 (2017/2018 - rund 2,3 Tsd., 2019/2020 - 915).",
            [
                ("Rang 4", 4.0, "rank", ""),
                ("rund 2,3 Tsd.", 2300.0, "count", "Studierende"),
                ("915", 915.0, "count", "Studierende"),
            ],
        ),
        (
            "Chinesische Gäste stehen an dritter Stelle (2018: 4,1 Tsd., 2019: 870).",
            [("4,1 Tsd.", 4100.0, "count", "Gäste"), ("870", 870.0, "count", "Gäste")],
        ),
        # the counted noun fronted, the number last
        (
            "Gemeinsame Bildungsprogramme gibt es inzwischen mehr als 50.",
            [("mehr als 50", 50.0, "count", "Bildungsprogramme")],
        ),
        (
            "Partnerschulen zählt das Ministerium derzeit rund 30.",
            [("rund 30", 30.0, "count", "Partnerschulen")],
        ),
        (
            "Laboratorien gibt es an der Akademie inzwischen 12.",
            [("12", 12.0, "count", "Laboratorien")],
        ),
        (
            "Solche Partnerschaften gab es damals erst zwölf.",
            [("zwölf", 12.0, "count", "Partnerschaften")],
        ),
    ],
)
def test_a_noun_the_sentence_opens_with_is_what_its_bare_numbers_count(
    text: str, expected: list
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no plural count noun opens the sentence: a quantity of trade, money, a rank
        "Der Handel wuchs stark (2018 - 1.800, 2019 - 2.100).",
        "Die Exporte schwankten (2018: 700, 2019: 650).",
        "Den ersten Platz belegt Minsk (2018 - 40, 2019 - 45).",
        # a fronted noun with another verb, a number mid-sentence, a year last
        "Neue Studiengänge hat die Universität 12 eingeführt.",
        "Gemeinsame Projekte gibt es 40 in Minsk.",
        "Gemeinsame Projekte gibt es seit 2015.",
        "Im Park gibt es inzwischen mehr als 50.",
    ],
)
def test_no_opening_noun_no_count(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # list labels stay labels, in brackets or not
        ("Die Schritte: 1) Planung, 2) Bau.", []),
        ("Geplant sind 3 Werke (siehe 1) und 2)).", [("3 Werke", 3.0, "count", "Werke")]),
        # a span of years is no list of values
        ("Der Umsatz stieg 2019 - 2020 um 5 Prozent.", [("5 Prozent", 5.0, "percent", "")]),
        # no count before the list: nothing the values count
        ("Der Index lag bei 1,1 (2019 - 98, 2020 - 110).", []),
        ("Im Park arbeiten Firmen (siehe Seite 12).", []),
    ],
)
def test_labels_and_spans_of_years_stay_no_counts(text: str, expected: list) -> None:
    assert counts(text) == expected
