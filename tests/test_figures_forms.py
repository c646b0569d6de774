"""German number forms the corpus lacks, and the rules of figures.md one by one."""

from __future__ import annotations

import pytest

import bycn


def figures(text: str) -> list[tuple[str, float, str, str, str, str]]:
    frame = bycn.parse_text(text).figures
    return [(r.text, r.value, r.unit, r.qualifier, r.kind, r.item) for r in frame.itertuples()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Defizit betrug 53,5 Mrd€ im Jahr.",
            [("53,5 Mrd€", 53.5e9, "EUR", "exact", "amount", "")],
        ),
        (
            "Der Wert lag bei $800 Mio. im Vorjahr.",
            [("$800 Mio.", 800e6, "USD", "exact", "amount", "")],
        ),
        ("Es wurden 1 Tsd. t geliefert.", [("1 Tsd. t", 1000.0, "t", "exact", "measure", "")]),
        ("Der Umsatz stieg um das 1,7 Mal.", [("1,7 Mal", 1.7, "times", "exact", "multiple", "")]),
        ("Der Saldo lag bei -65,2 Mrd€.", [("-65,2 Mrd€", -65.2e9, "EUR", "exact", "amount", "")]),
        (
            "Die Exporte stiegen von 21,7 auf 32,7 Mrd€ an.",
            [
                ("21,7", 21.7e9, "EUR", "exact", "amount", ""),
                ("32,7 Mrd€", 32.7e9, "EUR", "exact", "amount", ""),
            ],
        ),
        (
            "Es kamen ca. 300 Besucher.",
            [("ca. 300 Besucher", 300.0, "count", "about", "count", "Besucher")],
        ),
        (
            "Es waren knapp 40 Prozent.",
            [("knapp 40 Prozent", 40.0, "percent", "almost", "share", "")],
        ),
        (
            "Um das Dreifache stieg der Umsatz.",
            [("Dreifache", 3.0, "times", "exact", "multiple", "")],
        ),
        (
            "Exporte nach China, in Mio. US-Dollar:\n\nKalidünger 1.205,3\nHolz 88,7\n",
            [
                ("1.205,3", 1205.3e6, "USD", "exact", "amount", ""),
                ("88,7", 88.7e6, "USD", "exact", "amount", ""),
            ],
        ),
        (
            "Handel (Mio. US-Dollar)\n\nIm Jahr 2022 stieg die Zahl auf 12 Firmen.",
            [("12 Firmen", 12.0, "count", "exact", "count", "Firmen")],
        ),
        (
            "Die Zahl der Residenten stieg auf 68 im Jahr 2020 und 85 Ende 2021.",
            [
                ("68", 68.0, "count", "exact", "count", "Residenten"),
                ("85", 85.0, "count", "exact", "count", "Residenten"),
            ],
        ),
        (
            "Es sind etwa 7 bzw. 8 Prozent, 20 bzw. 30 Firmen und höchstens 50 Gäste.",
            [
                ("etwa 7", 7.0, "percent", "about", "share", ""),
                ("8 Prozent", 8.0, "percent", "about", "share", ""),
                ("20", 20.0, "count", "exact", "count", "Firmen"),
                ("30 Firmen", 30.0, "count", "exact", "count", "Firmen"),
                ("höchstens 50 Gäste", 50.0, "count", "up_to", "count", "Gäste"),
            ],
        ),
        (
            "Die Summe betrug BYN 120 Mio. und CNY 5 Mrd.",
            [
                ("BYN 120 Mio.", 120e6, "BYN", "exact", "amount", ""),
                ("CNY 5 Mrd.", 5e9, "CNY", "exact", "amount", ""),
            ],
        ),
        (
            # One amount said in two scales, its unit written once.
            "Der Umsatz erreichte 8 Milliarden 400 Millionen Dollar, die Exporte rund 2 Mrd. "
            "300 Mio. US-Dollar; 1 Million 200 Tausend Touristen kamen, 3 Milliarden, 4 Mio. Euro.",
            [
                ("8 Milliarden 400 Millionen Dollar", 8.4e9, "USD", "exact", "amount", ""),
                ("rund 2 Mrd. 300 Mio. US-Dollar", 2.3e9, "USD", "about", "amount", ""),
                ("1 Million 200 Tausend Touristen", 1.2e6, "count", "exact", "count", "Touristen"),
                ("3 Milliarden", 3e9, "EUR", "exact", "amount", ""),
                ("4 Mio. Euro", 4e6, "EUR", "exact", "amount", ""),
            ],
        ),
        (
            # The rouble's sign before the number, as BelTA writes it.
            "Der Umsatz stieg auf Br 84,2 Mio. (nach $31 Mio.), die Gewinne auf Br 9 Mio.",
            [
                ("Br 84,2 Mio.", 84.2e6, "BYN", "exact", "amount", ""),
                ("$31 Mio.", 31e6, "USD", "exact", "amount", ""),
                ("Br 9 Mio.", 9e6, "BYN", "exact", "amount", ""),
            ],
        ),
        (
            "Es kamen zwei Dutzend Firmen, mehrere Hundert Studenten und hundert Lehrer.",
            [
                ("zwei Dutzend Firmen", 24.0, "count", "about", "count", "Firmen"),
                ("hundert Lehrer", 100.0, "count", "exact", "count", "Lehrer"),
            ],
        ),
        (
            "Der Absatz stieg um das Doppelte; die doppelte Menge.",
            [("Doppelte", 2.0, "times", "exact", "multiple", "")],
        ),
        (
            "Abkommen im Wert von über 2,3 Mrd. US$ und rund 40 Joint\nVentures.",
            [
                ("über 2,3 Mrd. US$", 2.3e9, "USD", "more_than", "amount", ""),
                ("rund 40 Joint Ventures", 40.0, "count", "about", "count", "Joint Ventures"),
            ],
        ),
        (
            "Der Umsatz wuchs um das Anderthalbfache; die Lösung war einfach.",
            [("Anderthalbfache", 1.5, "times", "exact", "multiple", "")],
        ),
        (
            "Der Handel überstieg eine Milliarde Dollar, rund einer Million Menschen.",
            [
                ("eine Milliarde Dollar", 1e9, "USD", "more_than", "amount", ""),
                ("rund einer Million Menschen", 1e6, "count", "about", "count", "Menschen"),
            ],
        ),
        # half of one before a scale word: "eine halbe Milliarde Dollar" is 0.5e9 USD
        (
            "Die Exporte erreichten eine halbe Milliarde Dollar, fast einer halben Million Gäste.",
            [
                ("eine halbe Milliarde Dollar", 0.5e9, "USD", "exact", "amount", ""),
                ("fast einer halben Million Gäste", 0.5e6, "count", "almost", "count", "Gäste"),
            ],
        ),
        # ... not half of anything else, nor a fraction noun (figures.md: no figure)
        ("Eine halbe Stunde dauerte es; die Hälfte der Firmen und ein halbes Jahr.", []),
        (
            "Exporte: Rindfleisch (etwa 190 Mio. Dollar) und Milch („rund 20 Tonnen“).",
            [
                ("etwa 190 Mio. Dollar", 190e6, "USD", "about", "amount", ""),
                ("rund 20 Tonnen", 20.0, "t", "about", "measure", ""),
            ],
        ),
        # figures.md's closed unit list has no km²: a Quadratkilometer is counted.
        (
            "Der Park umfasst 112,5 Quadratkilometer.",
            [("112,5 Quadratkilometer", 112.5, "count", "exact", "count", "Quadratkilometer")],
        ),
        (
            "Es ist das 14. gemeinsame Labor; zum 5. gemeinsamen Forum kamen Gäste.",
            [("14. gemeinsame Labor", 14.0, "ordinal", "exact", "ordinal", "Labor")],
        ),
        (
            "Es sind 3 Laboratorien, 4 Zentren und 2 Institute.",
            [
                ("3 Laboratorien", 3.0, "count", "exact", "count", "Laboratorien"),
                ("4 Zentren", 4.0, "count", "exact", "count", "Zentren"),
                ("2 Institute", 2.0, "count", "exact", "count", "Institute"),
            ],
        ),
        (
            "Der Preis: 5 Mrd. chinesische Yuan und 2 Mio. belarussische Rubel.",
            [
                ("5 Mrd. chinesische Yuan", 5e9, "CNY", "exact", "amount", ""),
                ("2 Mio. belarussische Rubel", 2e6, "BYN", "exact", "amount", ""),
            ],
        ),
        (
            "Es gibt weniger als 5 Anbieter und bis zu 7 Tonnen pro Monat.",
            [
                ("weniger als 5 Anbieter", 5.0, "count", "less_than", "count", "Anbieter"),
                ("bis zu 7 Tonnen pro Monat", 7.0, "t/month", "up_to", "measure", ""),
            ],
        ),
        ("Das Werk fährt 120 km/h.", [("120 km/h", 120.0, "km/h", "exact", "measure", "")]),
        (
            "Es wurden 8.000 Personen geschult.",
            [("8.000 Personen", 8000.0, "count", "exact", "count", "Personen")],
        ),
        (
            "Es waren mindestens 20 Einwohner.",
            [("mindestens 20 Einwohner", 20.0, "count", "at_least", "count", "Einwohner")],
        ),
        (
            "Es gab ein Dutzend Abkommen.",
            [("ein Dutzend Abkommen", 12.0, "count", "about", "count", "Abkommen")],
        ),
        (
            "Es gab dreitausend Gäste.",
            [("dreitausend Gäste", 3000.0, "count", "exact", "count", "Gäste")],
        ),
        (
            "Es dauerte anderthalb Millionen Stunden? Nein: anderthalb Millionen Euro.",
            [("anderthalb Millionen Euro", 1.5e6, "EUR", "exact", "amount", "")],
        ),
        (
            "Im Jahr 2021 gab es mehr als 2000 Studenten.",
            [("mehr als 2000 Studenten", 2000.0, "count", "more_than", "count", "Studenten")],
        ),
        (
            "Die Universität liegt auf Platz 17 der Rangliste.",
            [("Platz 17", 17.0, "rank", "exact", "rank", "")],
        ),
        (
            "Danach wurde der 86. Bewohner registriert.",
            [("86. Bewohner", 86.0, "ordinal", "exact", "ordinal", "Bewohner")],
        ),
        (
            "Der Export hat 830 Millionen Dollar überschritten.",
            [("830 Millionen Dollar", 830e6, "USD", "more_than", "amount", "")],
        ),
    ],
)
def test_german_forms(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Im Mai 2022 fand die Sitzung statt.",
        "Die Frist endet am 30. Januar.",
        "Der Plan gilt für 2022-2024 und Januar-November.",
        "Das dauerte zehn Jahre, in 43 Jahren, fünf Monate und vor vier Jahren.",
        "Die 100-jährige Geschichte der Universität.",
        "Die Richtlinie Nr. 9 und COVID-19 und der Traktor BELARUS 3523 sowie 3D-Druck.",
        "Es gibt 1) eine Sache und 2) eine andere.",
        "Die sechste Sitzung und der zweite Nanosatellit; die Hälfte und ein Drittel.",
        "Die Exporte werden sich verdoppeln, beide Seiten sind einverstanden.",
        "In den ersten drei Quartalen stieg der Absatz.",
    ],
)
def test_not_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minsk pflegt Partnerstädte, von denen es vier hat.", [("vier", "Partnerstädte")]),
        (
            "Es gibt 40 Programme, von denen 10 neu sind, 6 davon ab 2022.",
            [("40 Programme", "Programme"), ("10", "Programme"), ("6", "Programme")],
        ),
        ("Die Zahl der Bewohner stieg auf 90.", [("90", "Bewohner")]),
        ("Es kamen drei Firmen: zwei aus Minsk.", [("drei Firmen", "Firmen"), ("zwei", "Firmen")]),
        ("Der Wert: 5 ist gut.", []),
        (
            "Es gab 6.000 Visa.\nIm Vorjahr waren es knapp 4.500.",
            [("6.000 Visa", "Visa"), ("knapp 4.500", "Visa")],
        ),
        ("Es gab 85 Einwohner.\n\nIm Vorjahr waren es 70.", [("85 Einwohner", "Einwohner")]),
        # "es" for the number named in a sentence before, with no count of its own.
        (
            "Die Zahl der Residenten im Park wächst stetig. Jetzt sind es schon 121.",
            [("121", "Residenten")],
        ),
        ("Die Zahl der Residenten wächst.\n\nJetzt sind es 121.", []),
        (
            "Es gibt drei Flüge pro Woche, bald sollen es fünf sein.",
            [("drei Flüge", "Flüge"), ("fünf", "Flüge")],
        ),
        # A part of a counted whole counts the whole's noun; its span stays bare.
        (
            "Er sagte, 20 der 30 Firmen und drei von fünf Projekten; 2 der 10 Jahre.",
            [
                ("20", "Firmen"),
                ("30 Firmen", "Firmen"),
                ("drei", "Projekten"),
                ("fünf Projekten", "Projekten"),
            ],
        ),
        ("Gemäß Punkt 4 der Vereinbarung und Absatz 3 der Regel.", []),
        # A preposition after the number opens a phrase the number does not count.
        (
            "Es wurden 12 Zentren gegründet, davon drei im vergangenen Jahr.",
            [("12 Zentren", "Zentren"), ("drei", "Zentren")],
        ),
        (
            "Es gibt 20 mit chinesischem Kapital gegründete Firmen.",
            [("20 mit chinesischem Kapital gegründete Firmen", "Firmen")],
        ),
    ],
)
def test_elided_nouns_take_their_antecedent(text, expected):
    assert [(row[0], row[5]) for row in figures(text)] == expected


def test_one_span_one_row_for_a_multiple_and_its_amount():
    rows = figures("Die Einnahmen stiegen um das 1,8-fache (123,4 Mio. Br).")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("1,8-fache", 1.8, "times"),
        ("123,4 Mio. Br", 123.4e6, "BYN"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Es waren elf Prozent.", [("elf Prozent", 11.0, "percent", "share")]),
        (
            "Die Quote sank um 0,4 Prozentpunkte.",
            [("0,4 Prozentpunkte", 0.4, "percent_points", "share")],
        ),
        ("Das Team belegte den 7. Platz.", [("7. Platz", 7.0, "rank", "rank")]),
        ("Der Park liegt auf Rang vier.", [("Rang vier", 4.0, "rank", "rank")]),
        (
            "Sie kamen auf den Plätzen eins und zwei ins Ziel.",
            [("Plätzen eins", 1.0, "rank", "rank"), ("zwei", 2.0, "rank", "rank")],
        ),
        (
            "Der Umsatz wuchs von $0,7 auf 4 Mrd. im Jahr.",
            [("$0,7", 0.7e9, "USD", "amount"), ("4 Mrd.", 4e9, "USD", "amount")],
        ),
        (
            "Die Ausfuhren lagen bei 12,3 Mrd. Euro, die Einfuhren bei 9,8 Mrd. im Jahr.",
            [("12,3 Mrd. Euro", 12.3e9, "EUR", "amount"), ("9,8 Mrd.", 9.8e9, "EUR", "amount")],
        ),
        (
            "Handel mit China (Mio. Euro)\nExporte 12,5 Importe -3,4",
            [("12,5", 12.5e6, "EUR", "amount"), ("-3,4", -3.4e6, "EUR", "amount")],
        ),
        ("Der Index stieg um +2,1 %.", [("+2,1 %", 2.1, "percent", "share")]),
        (
            "Sie lagen bei 12,4 bzw. 19,9 Mio. Euro.",
            [("12,4", 12.4e6, "EUR", "amount"), ("19,9 Mio. Euro", 19.9e6, "EUR", "amount")],
        ),
        (
            "Der Umsatz stieg auf 51,7 Mio. US-Dollar.\nDie Ausfuhren machten 19,9 Mio. aus.",
            [
                ("51,7 Mio. US-Dollar", 51.7e6, "USD", "amount"),
                ("19,9 Mio.", 19.9e6, "USD", "amount"),
            ],
        ),
        ("Die Frist beträgt fünf Arbeitstage.", []),
        ("Es wurden 120 000 Tonnen geliefert.", [("120 000 Tonnen", 120000.0, "t", "measure")]),
        (
            "Handel (Mrd. Euro) 2022 2023 Veränderung in %\nExporte 1.594,0 1.562,1 -2,0",
            [
                ("1.594,0", 1594e9, "EUR", "amount"),
                ("1.562,1", 1562.1e9, "EUR", "amount"),
                ("-2,0", -2.0, "percent", "share"),
            ],
        ),
        (
            "Exporte (Tonnen)\nRind 512 308",
            [("512", 512.0, "t", "measure"), ("308", 308.0, "t", "measure")],
        ),
    ],
)
def test_forms_of_issue_8(text, expected):
    assert [(r[0], r[1], r[2], r[4]) for r in figures(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "MINSK, 12. März 2020, 09:15 (BelTA) – Der Minister sprach.",
        "2018-11-03 10:42 Peking (Xinhua) – Der Minister sprach.",
        "06 August 2019 | Minsk",
        "BREST, 3. Juli (BelTA) – Der Minister sprach.",
        "Sie feierten den 30. Jahrestag, zum 5. Mal, dreimal, die 3. Sitzung.",
        "Tabelle 3 zeigt es.",
    ],
)
def test_not_figures_of_issue_8(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        ("Der Handel hat 830 Millionen Dollar überschritten.", ["more_than"]),
        ("Der Handel überschritt erstmals die Marke von 5 Mrd. Dollar.", ["more_than"]),
        (
            "Er erreichte 4,1 Mrd. Dollar und übertraf damit den Vorjahreswert um 12 Prozent.",
            ["exact", "exact"],
        ),
        ("Die Exporte lagen um 3,6 Milliarden Euro über den Importen.", ["exact"]),
        ("Die Exporte übertrafen die Importe um 1,2 Milliarden Dollar.", ["exact"]),
    ],
)
def test_verbs_mark_only_the_threshold_passed(text, qualifiers):
    assert [r[3] for r in figures(text)] == qualifiers


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("In China studieren derzeit mehr als 7.000 Belarussen.", "education"),
        ("Das Labor der Akademie hat 12 Mitarbeiter.", "science"),
        ("Die Exporte erreichten 5 Mio. Dollar.", "trade"),
        ("Der Park zählt 85 Einwohner.", "park"),
        ("Es kamen 20 Gäste.", "other"),
    ],
)
def test_topics(text, topic):
    assert bycn.parse_text(text).figures["topic"].tolist() == [topic]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Exporte stiegen um das 1,4fache.",
            [("1,4fache", 1.4, "times", "exact", "multiple", "")],
        ),
        (
            "Das ist das 2,5fache des Vorjahres.",
            [("2,5fache", 2.5, "times", "exact", "multiple", "")],
        ),
        ("Die Importe wuchsen 3fach.", [("3fach", 3.0, "times", "exact", "multiple", "")]),
        (
            "Sie stiegen um mehr als das 2fache.",
            [("mehr als das 2fache", 2.0, "times", "more_than", "multiple", "")],
        ),
        # As before: the hyphen, and a letter glued to digits that is no multiple.
        (
            "Die Importe wuchsen um das 1,4-fache.",
            [("1,4-fache", 1.4, "times", "exact", "multiple", "")],
        ),
        ("Das Netz nutzt 5G und 3D-Druck.", []),
    ],
)
def test_a_multiple_glued_to_its_digits(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        # "über" a verb governs is its preposition: the figure is exact.
        ("Damit verfügt die BSU nun über 83 Abkommen mit chinesischen Partnern.", ["exact"]),
        ("Die Universität, die über 83 Abkommen verfügt, wächst weiter.", ["exact"]),
        ("Die Minister verhandelten über 20 gemeinsame Projekte.", ["exact"]),
        ("Der Rektor berichtete über 12 neue Programme.", ["exact"]),
        ("Der Park erstreckt sich über 112 Quadratkilometer.", ["exact"]),
        # Else "über" is the qualifier, as before.
        ("Das Unternehmen beschäftigt über 500 Mitarbeiter.", ["more_than"]),
        (
            "Die BSU verfügt über 83 Abkommen und beschäftigt über 500 Mitarbeiter.",
            ["exact", "more_than"],
        ),
        ("Der Minister sprach von über 500 Projekten.", ["more_than"]),
        ("Die über 500 Mitarbeiter berichten von Erfolgen.", ["more_than"]),
        ("Über 1.600 Arbeitsplätze wurden geschaffen.", ["more_than"]),
        ("Die BSU verfügt über mehr als 80 Abkommen.", ["more_than"]),
    ],
)
def test_uber_a_verb_governs_is_no_qualifier(text, qualifiers):
    assert [r[3] for r in figures(text)] == qualifiers
