"""Precision on real texts (round 23): whose a figure is, and whether it is a fact or a plan.

A park named as the place of an event is not the entity of a speaker's "wir" when the clause
names the country's goods or its trade; a city inside a company's name is no region; a
share of a structure is no growth; a goal or a wish named in another clause, or a modal
of a coordinated predicate, does not make a past or present figure a target.

Test texts of our own in the style of agency reports (BelTA, Xinhua), several phrasings
each, with counter-examples that must not change.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

from bycn.indicators.catalog import load_catalog
from bycn.indicators.mentions import Mentions

Point = tuple[str, str, str, float, str, str]


points = points_of(
    "indicator entity as_of value unit status",
    date="2022-11-09",
    opening="MINSK, 9. November (BelTA) – ",
)


# --- 1. an event held in the park: the speaker's "wir" and the country's words -----------------

_EVENT = (
    "Das sagte der Erste Stellvertretende Außenminister bei einem Forum im Industriepark "
    "„Great Stone“."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the real wording: two coordinated predicates, the country's trade and its goods
        (
            "In den fünf Monaten dieses Jahres haben wir den Handel mit China im Vergleich zum "
            "Vorjahr um 50% erhöht und belarussische Waren im Wert von 0,5 Milliarden Dollar "
            "auf den chinesischen Markt exportiert.",
            [
                ("trade.exports", "Belarus-China", "2022-01/2022-05", 0.5e9, "USD", "actual"),
                ("trade.turnover", "Belarus-China", "2022-01/2022-05", 50.0, "percent", "actual"),
            ],
        ),
        (
            "Von Januar bis Mai haben wir belarussische Erzeugnisse für 400 Millionen Dollar "
            "nach China exportiert.",
            [("trade.exports", "Belarus-China", "2022-01/2022-05", 400e6, "USD", "actual")],
        ),
        # a growth, the goods in the genitive
        (
            "Im ersten Halbjahr ist der Export belarussischer Produkte nach China um 30 Prozent "
            "gestiegen.",
            [("trade.exports", "Belarus-China", "2022-H1", 30.0, "percent", "actual")],
        ),
        (
            "Die Ausfuhr belarussischer Güter auf den chinesischen Markt erreichte im Jahr 2021 "
            "700 Mio. Dollar.",
            [("trade.exports", "Belarus-China", "2021", 700e6, "USD", "actual")],
        ),
        # the trade between the two countries, then exports as a second predicate
        (
            "In diesem Jahr haben wir den Handel zwischen Belarus und China auf 3 Mrd. Dollar "
            "ausgebaut und mehr exportiert.",
            [("trade.turnover", "Belarus-China", "2022", 3e9, "USD", "actual")],
        ),
    ],
)
def test_the_countrys_words_at_an_event_in_the_park(text: str, expected: list[Point]) -> None:
    assert points(f"{_EVENT} {text}") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the residents' own exports stay the park's, wherever they go
        (
            "Der Industriepark „Great Stone“ wächst. Die Residenten des Parks haben im Jahr "
            "2021 Waren für 100 Mio. Dollar exportiert.",
            [("park.exports", "Great Stone", "2021", 100e6, "USD", "actual")],
        ),
        (
            "Der Industriepark „Great Stone“ wächst. Im Jahr 2021 exportierten die Residenten "
            "Produkte im Wert von 120 Mio. Dollar, vor allem nach China und Russland.",
            [("park.exports", "Great Stone", "2021", 120e6, "USD", "actual")],
        ),
        (
            "Der Industriepark „Great Stone“ wächst. Die Parkunternehmen haben ihre Exporte im "
            "Jahr 2021 um 40 Prozent gesteigert.",
            [("park.exports", "Great Stone", "2021", 40.0, "percent", "actual")],
        ),
    ],
)
def test_the_residents_exports_stay_the_parks(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minister's "wir" that names no park, the park only where he spoke
        (
            f"{_EVENT} In den fünf Monaten haben wir die Ausfuhren nach China um 30 Prozent "
            "gesteigert.",
            [("trade.exports", "Belarus-China", "2022-11", 30.0, "percent", "actual")],
        ),
        (
            f"{_EVENT} Unsere Exporte nach China wuchsen in fünf Monaten um 30 Prozent.",
            [("trade.exports", "Belarus-China", "2022-11", 30.0, "percent", "actual")],
        ),
        # an ambassador at a reception in the park: no point of the park
        (
            "Der Botschafter sprach auf einem Empfang im Park „Great Stone“. Im Jahr 2021 haben "
            "wir Waren für 3 Mrd. Dollar nach China exportiert, sagte er.",
            [],
        ),
        # counter-examples: the park's own "wir", and the residents named by the speaker
        (
            "Der Industriepark „Great Stone“ wächst. In diesem Jahr haben wir Waren für 100 Mio. "
            "Dollar exportiert, sagte der Leiter der Parkverwaltung.",
            [("park.exports", "Great Stone", "2022", 100e6, "USD", "actual")],
        ),
        (
            "Der Wirtschaftsminister besuchte den Industriepark „Great Stone“. Unsere Residenten "
            "haben ihre Exporte im Jahr 2021 um 40 Prozent gesteigert, sagte Jaroschenko.",
            [("park.exports", "Great Stone", "2021", 40.0, "percent", "actual")],
        ),
    ],
)
def test_a_speakers_wir_where_the_park_is_the_venue(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


# --- 2. a city inside a company's name is no region ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rindfleisch nach China dürfen zwei belarussische Fleischbetriebe Weles-Mit und "
            "Fleischkombinat Mogiljow liefern.",
            [("trade.accredited_producers", "Belarus-China", "2022-11", 2.0, "count", "actual")],
        ),
        (
            "Für Lieferungen nach China sind 8 Betriebe akkreditiert, darunter das Milchwerk "
            "„Grodno“.",
            [("trade.accredited_producers", "Belarus-China", "2022-11", 8.0, "count", "actual")],
        ),
        (
            "Beim chinesischen Zoll sind 12 Molkereien registriert, unter ihnen die Molkerei "
            "Witebsk und das Milchwerk Gomel.",
            [("trade.accredited_producers", "Belarus-China", "2022-11", 12.0, "count", "actual")],
        ),
        # the city's adjective before the company's head
        (
            "Zum Export nach China sind 7 Betriebe zugelassen, etwa die Witebsker Molkerei.",
            [("trade.accredited_producers", "Belarus-China", "2022-11", 7.0, "count", "actual")],
        ),
        (
            "Für Lieferungen nach China sind 9 Betriebe akkreditiert, darunter das Brester "
            "Fleischkombinat.",
            [("trade.accredited_producers", "Belarus-China", "2022-11", 9.0, "count", "actual")],
        ),
        # counter-examples: the region itself, named as a place or as the producers' owner
        (
            "Im Gebiet Mogiljow sind 5 Betriebe für den Export nach China akkreditiert.",
            [("trade.accredited_producers", "Mogilev region", "2022-11", 5.0, "count", "actual")],
        ),
        (
            "In Brest sind 3 Betriebe für Lieferungen nach China akkreditiert.",
            [("trade.accredited_producers", "Brest region", "2022-11", 3.0, "count", "actual")],
        ),
        (
            "Fünf Betriebe des Gebiets Grodno dürfen Milch nach China liefern, darunter das "
            "Milchwerk Grodno.",
            [("trade.accredited_producers", "Grodno region", "2022-11", 5.0, "count", "actual")],
        ),
    ],
)
def test_a_city_in_a_companys_name_is_no_region(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


def test_the_names_a_company_hides() -> None:
    mentions = Mentions(load_catalog())
    text = (
        "Das Fleischkombinat Mogiljow, das Brester Fleischkombinat, die Molkerei Witebsk und "
        "das Milchwerks „Grodno“ liefern nach China; Gomeler Firmen, Mogiljower Betriebe ebenso "
        "wie das Gebiet Minsk."
    )
    # firms of a city ("Gomeler Firmen", "Mogiljower Betriebe") are no company's name: the
    # region stays named
    assert [name for *_, name in mentions.of_kind(text, "region")] == [
        "Gomel region",
        "Mogilev region",
        "Minsk region",
    ]


# --- 3. a share of a structure is no growth ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the real wording: "entfallen ... auf", the verb left out after the first item
        "In der Struktur der belarussischen Exporte nach China entfallen 44% auf "
        "Fleischerzeugnisse, 40% auf Milchprodukte, 6% auf Leinenfaser, 6% auf Rapsöl.",
        "Von den belarussischen Exporten nach China entfielen 2021 40 Prozent auf Kalidünger, "
        "20 Prozent auf Holz und 6 Prozent auf Leinen.",
        # a share said with "Anteil", the next items with "mit"
        "In der Struktur der belarussischen Exporte nach China hat Kalidünger einen Anteil "
        "von 40%, gefolgt von Zellstoff mit 20% und Leinen mit 6%.",
        # "machen ... aus", the next items bare
        "Kalidünger macht 40% der belarussischen Exporte nach China aus, Zellstoff 20%, Leinen 6%.",
        # a structure as a list after a colon
        "Die Struktur der belarussischen Exporte nach China: Kalidünger 40%, Zellstoff 20%, "
        "Leinen 6%.",
        # food exports, the same list
        "In der Struktur der Lebensmittelexporte nach China entfallen 2021 60% auf "
        "Milchprodukte, 20% auf Fleisch und 8% auf Rapsöl.",
    ],
)
def test_a_share_of_a_structure_is_no_point(text: str) -> None:
    assert points(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change to a level: "um ... auf" a number, a record, a mark
        (
            "Die belarussischen Exporte nach China sind 2021 um 20 Prozent auf 1,2 Mrd. Dollar "
            "gestiegen.",
            [
                ("trade.exports", "Belarus-China", "2021", 20.0, "percent", "actual"),
                ("trade.exports", "Belarus-China", "2021", 1.2e9, "USD", "actual"),
            ],
        ),
        (
            "Die Exporte nach China stiegen im Jahr 2021 um 20 Prozent auf Rekordniveau.",
            [("trade.exports", "Belarus-China", "2021", 20.0, "percent", "actual")],
        ),
        # a growth beside another partner's, said with "mit"
        (
            "Die belarussischen Exporte nach China stiegen 2021 um 20 Prozent, die Exporte nach "
            "Russland mit 5 Prozent weniger stark.",
            [("trade.exports", "Belarus-China", "2021", 20.0, "percent", "actual")],
        ),
        # a growth, a share after it in its own clause
        (
            "Der Export von Lebensmitteln nach China stieg 2021 um 30%, auf Milchprodukte "
            "entfielen 60%.",
            [("trade.food_exports", "Belarus-China", "2021", 30.0, "percent", "actual")],
        ),
    ],
)
def test_a_growth_beside_shares_stays(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


# --- 4. a goal named in a second predicate does not make a past change a target ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the real wording: a perfect of change, "und nähern sich damit dem Ziel"
        (
            "Die Ausfuhren belarussischer Waren nach China haben sich 2021 um fast das 1,5-fache "
            "erhöht und nähern sich damit schneller dem Ziel einer jährlichen Verdoppelung.",
            [("trade.exports", "Belarus-China", "2021", 1.5, "times", "actual")],
        ),
        (
            "Die Exporte nach China stiegen 2021 um 30 Prozent und rücken damit dem Ziel einer "
            "Verdoppelung näher.",
            [("trade.exports", "Belarus-China", "2021", 30.0, "percent", "actual")],
        ),
        (
            "Die belarussischen Exporte nach China sind im Jahr 2021 um 40 Prozent gestiegen und "
            "bringen damit das Ziel einer Verdoppelung in Reichweite.",
            [("trade.exports", "Belarus-China", "2021", 40.0, "percent", "actual")],
        ),
        # the goal's own figure in the second predicate stays a target
        (
            "Der Handel mit China wuchs im ersten Halbjahr um 20 Prozent und nähert sich dem "
            "angestrebten Ziel von 5 Mrd. Dollar.",
            [
                ("trade.turnover", "Belarus-China", "2022-H1", 20.0, "percent", "actual"),
                ("trade.turnover", "Belarus-China", "2022-H1", 5e9, "USD", "target"),
            ],
        ),
        (
            "Bislang erreichten die Exporte nach China 800 Mio. Dollar und kommen damit dem Ziel "
            "von 1 Mrd. Dollar näher.",
            [
                ("trade.exports", "Belarus-China", "2022-11", 800e6, "USD", "actual"),
                ("trade.exports", "Belarus-China", "2022-11", 1e9, "USD", "target"),
            ],
        ),
        # counter-examples: the change is itself the plan's
        (
            "Die Exporte nach China sollen um das 1,5-fache steigen und sich damit dem Ziel "
            "einer Verdoppelung nähern.",
            [("trade.exports", "Belarus-China", "2022-11", 1.5, "times", "target")],
        ),
        (
            "Bis 2025 soll der Handel mit China um 50 Prozent gewachsen sein.",
            [("trade.turnover", "Belarus-China", "2025", 50.0, "percent", "target")],
        ),
    ],
)
def test_a_goal_approached_is_not_the_changes(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


# --- 5. the modal of a coordinated second predicate is not the figure's -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the real wording: "sind heute ... akkreditiert und wollen ... zusammenarbeiten"
        (
            "Nach Angaben der Ministerin sind heute mehr als hundert belarussische Unternehmen "
            "akkreditiert und wollen mit chinesischen Unternehmen zusammenarbeiten.",
            [("trade.accredited_producers", "Belarus-China", "2022-11", 100.0, "count", "actual")],
        ),
        (
            "Derzeit sind 60 belarussische Betriebe für den Export nach China zugelassen und "
            "wollen ihre Lieferungen ausbauen.",
            [("trade.accredited_producers", "Belarus-China", "2022-11", 60.0, "count", "actual")],
        ),
        (
            "Bisher haben 180 Betriebe die Akkreditierung für den chinesischen Markt erhalten "
            "und sollen bald liefern.",
            [("trade.accredited_producers", "Belarus-China", "2022-11", 180.0, "count", "actual")],
        ),
        (
            "An belarussischen Hochschulen studieren derzeit 8000 chinesische Studenten und "
            "wollen nach dem Abschluss in Belarus arbeiten.",
            [("edu.students_cn_in_by", "Belarus-China", "2022-11", 8000.0, "count", "actual")],
        ),
        (
            "Der Industriepark „Great Stone“ zählt heute 120 Residenten und plant bis "
            "Jahresende weitere.",
            [("park.residents", "Great Stone", "2022-11", 120.0, "count", "actual")],
        ),
        # counter-examples: the figure in the modal's own part, or the modal its clause's
        (
            "Die Exporte nach China stiegen 2021 um 30 Prozent und sollen 2022 um weitere 20 "
            "Prozent wachsen.",
            [
                ("trade.exports", "Belarus-China", "2021", 30.0, "percent", "actual"),
                ("trade.exports", "Belarus-China", "2022", 20.0, "percent", "target"),
            ],
        ),
        (
            "Bis 2025 sollen 300 Betriebe für den Export nach China akkreditiert sein.",
            [("trade.accredited_producers", "Belarus-China", "2025", 300.0, "count", "target")],
        ),
    ],
)
def test_the_modal_of_a_second_predicate(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


# --- 6. a wish is a target; "wie geplant" is no plan ----------------------------------------------

_PARK = "Der Industriepark „Great Stone“ wächst."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the real wording, the year of "Ende des Jahres" in the editor's gloss
        (
            f"{_PARK} „Ende des Jahres (2023 – Anm. BelTA) möchte ich ein Interview geben, dass "
            "wir 130 ansässige Unternehmen wie geplant haben“, sagte der Leiter der Verwaltung.",
            [("park.residents", "Great Stone", "2023-12", 130.0, "count", "target")],
        ),
        (
            f"{_PARK} „Wir möchten, dass Ende 2023 im Park 120 Residenten registriert sind“, "
            "sagte der Leiter.",
            [("park.residents", "Great Stone", "2023-12", 120.0, "count", "target")],
        ),
        (
            "„Ich wünsche mir, dass der Handel mit China im Jahr 2023 5 Mrd. Dollar erreicht“, "
            "sagte der Botschafter.",
            [("trade.turnover", "Belarus-China", "2023", 5e9, "USD", "target")],
        ),
        (
            "„Ich hoffe, dass die Exporte nach China im Jahr 2023 um 20 Prozent wachsen“, sagte "
            "der Minister.",
            [("trade.exports", "Belarus-China", "2023", 20.0, "percent", "target")],
        ),
        # what is wished is to be able to say it
        (
            "„Ende 2023 möchten wir sagen können, dass an unseren Hochschulen 12000 chinesische "
            "Studenten lernen“, sagte der Bildungsminister.",
            [("edu.students_cn_in_by", "Belarus-China", "2023-12", 12000.0, "count", "target")],
        ),
        # counter-examples: "möchte" of a saying, and "wie geplant" (as planned: done)
        (
            "„Ich möchte betonen, dass der Handel mit China im Jahr 2021 um 30 Prozent gewachsen "
            "ist“, sagte der Minister.",
            [("trade.turnover", "Belarus-China", "2021", 30.0, "percent", "actual")],
        ),
        (
            "„Wir möchten hervorheben, dass heute 150 belarussische Betriebe für den Export nach "
            "China akkreditiert sind“, sagte der Minister.",
            [("trade.accredited_producers", "Belarus-China", "2022-11", 150.0, "count", "actual")],
        ),
        (
            f"{_PARK} Wie geplant, hat der Park im Jahr 2021 85 Residenten erreicht.",
            [("park.residents", "Great Stone", "2021", 85.0, "count", "actual")],
        ),
    ],
)
def test_a_wish_is_a_target(text: str, expected: list[Point]) -> None:
    assert points(text) == expected
