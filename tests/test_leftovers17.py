"""Misses noted by the helpers of round 23 and left (leftovers17), each as a family of
wordings with counter-examples: a period without a year that is a part of the year named
before it in its sentence.

Texts of our own in the style of BelTA's and the ministries' releases.
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series

import bycn
from bycn.text.dates import find_dates

_NEWS = "MINSK, 15. Juli (BelTA) – {}"


def _figures(text: str, date: str = "2025-07-15"):
    """The figures table of a news text of our own dated ``date``."""
    return bycn.parse_text(_NEWS.format(text), doc="news", meta={"date": date}).figures


def _as_of(text: str, written: str, date: str = "2025-07-15") -> str:
    """The ``as_of`` of the one figure written ``written``."""
    figures = _figures(text, date)
    rows = figures[figures["text"] == written]
    assert len(rows) == 1, figures[["text", "as_of"]]
    return rows["as_of"].iloc[0]


# --- 1. A period without a year within the year named before it in the sentence ---------


@pytest.mark.parametrize(
    ("text", "written", "as_of"),
    [
        (
            "Im Jahr 2024 stiegen die Exporte nach China um 15 Prozent, im ersten Halbjahr "
            "allein um 9 Prozent.",
            "9 Prozent",
            "2024-H1",
        ),
        (
            "Im Jahr 2023 stiegen die belarussischen Exporte nach China um 15 Prozent, im "
            "vierten Quartal um 9 Prozent.",
            "9 Prozent",
            "2023-Q4",
        ),
        (
            "Die belarussischen Exporte nach China erreichten 2023 rund 1,9 Mrd. Dollar, in den "
            "ersten drei Quartalen 1,4 Mrd. Dollar.",
            "1,4 Mrd. Dollar",
            "2023-01/2023-09",
        ),
        (
            "2024 wuchsen die Lieferungen nach China um 12 Prozent, in den ersten neun Monaten "
            "um 8 Prozent.",
            "8 Prozent",
            "2024-01/2024-09",
        ),
        (
            "Die Exporte nach China stiegen 2024 um 15 Prozent, in der zweiten Jahreshälfte "
            "sogar um 21 Prozent.",
            "21 Prozent",
            "2024-H2",
        ),
        (
            # a relative year is a year named too
            "Im vergangenen Jahr lieferte Belarus Waren im Wert von 1,9 Mrd. Dollar nach China, "
            "allein im März für 210 Mio. Dollar.",
            "210 Mio. Dollar",
            "2024-03",
        ),
        (
            # a period of one year, not the year itself
            "Im ersten Halbjahr 2024 wuchsen die belarussischen Exporte nach China um 8 Prozent, "
            "im zweiten Quartal allein um 5 Prozent.",
            "5 Prozent",
            "2024-Q2",
        ),
    ],
)
def test_a_period_without_a_year_takes_the_year_named_before_it(
    text: str, written: str, as_of: str
) -> None:
    assert _as_of(text, written) == as_of


def test_the_part_of_the_year_is_a_point_of_that_year() -> None:
    series = news_series(
        _NEWS.format(
            "Im Jahr 2024 stiegen die Exporte nach China um 15 Prozent, im ersten Halbjahr "
            "allein um 9 Prozent."
        ),
        "2025-07-15",
    )
    exports = series[series["indicator"] == "trade.exports"]
    points = sorted(zip(exports["as_of"], exports["value"], strict=True))
    assert points == [("2024", 15.0), ("2024-H1", 9.0)]


@pytest.mark.parametrize(
    ("text", "written", "as_of"),
    [
        (
            # the year dates no figure: a founding's year, no number between
            "Der 2012 gegründete Industriepark Großer Stein hat im ersten Halbjahr neun neue "
            "Residenten registriert.",
            "neun neue Residenten",
            "2025-H1",
        ),
        (
            # a plan's year: the period would end after the text's date
            "Bis 2030 sollen die Exporte nach China auf 5 Mrd. Dollar steigen, im ersten "
            "Halbjahr stiegen sie um 9 Prozent.",
            "9 Prozent",
            "2025-H1",
        ),
        (
            # the year in the sentence before: not the same sentence
            "Im Jahr 2024 stiegen die Exporte nach China um 15 Prozent. Im ersten Halbjahr "
            "wuchsen die Exporte nach China um 9 Prozent.",
            "9 Prozent",
            "2025-H1",
        ),
        (
            # the year after the period, and a comparison's base
            "Im ersten Halbjahr stiegen die Exporte nach China um 9 Prozent gegenüber 2024.",
            "9 Prozent",
            "2025-H1",
        ),
        (
            "Im ersten Halbjahr stiegen die Exporte nach China um 9 Prozent, im Jahr 2024 um "
            "15 Prozent.",
            "9 Prozent",
            "2025-H1",
        ),
    ],
)
def test_a_period_without_a_year_keeps_the_texts_year(text: str, written: str, as_of: str) -> None:
    assert _as_of(text, written) == as_of


def test_a_month_after_a_month_of_the_year_before_is_no_part_of_it() -> None:
    # "im Januar" after "im Dezember 2024" in a text of February: January of the text's year
    text = "Im Dezember 2024 stiegen die Exporte nach China um 15 Prozent, im Januar um 9 Prozent."
    assert _as_of(text, "9 Prozent", "2025-02-15") == "2025-01"


def test_find_dates_reads_the_year_named_in_the_same_text() -> None:
    found = find_dates("2023 um 5 %, im vierten Quartal um 2 %; im Jahr 2022 zählte es", "2025-07")
    assert [m.value for m in found] == ["2023", "2023-Q4", "2022"]
    assert [m.value for m in find_dates("im vierten Quartal um 2 %", "2025-07")] == ["2024-Q4"]


# --- 2. A bare number alone in a sentence counts the noun the sentence before tells of ---


def _counts(text: str) -> list[tuple[str, float, str, str]]:
    """(text, value, qualifier, item) of each count of a news text of our own."""
    figures = _figures(text)
    counts = figures[figures["kind"] == "count"]
    return list(
        zip(counts["text"], counts["value"], counts["qualifier"], counts["item"], strict=True)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An belarussischen Hochschulen studieren immer mehr chinesische Studierende. Das "
            "sind rund 3.800.",
            ("rund 3.800", 3800.0, "about", "Studierende"),
        ),
        (
            "Im Industriepark Großer Stein sind immer mehr Residenten registriert. Es sind "
            "inzwischen 115.",
            ("115", 115.0, "exact", "Residenten"),
        ),
        (
            "Die Zahl der chinesischen Studierenden an belarussischen Hochschulen wächst. Das "
            "sind rund 3.800.",
            ("rund 3.800", 3800.0, "about", "Studierenden"),
        ),
        (
            "Belarussische Universitäten haben mit chinesischen Hochschulen zahlreiche "
            "Kooperationsabkommen geschlossen. Dies sind inzwischen über 400.",
            ("über 400", 400.0, "more_than", "Kooperationsabkommen"),
        ),
        (
            "Mehr und mehr chinesische Unternehmen lassen sich im Industriepark Großer Stein "
            "nieder. Es waren zuletzt elf.",
            ("elf", 11.0, "exact", "Unternehmen"),
        ),
        (
            "Viele belarussische Studenten zieht es zum Studium nach China. Das sind derzeit "
            "knapp 2.000.",
            ("knapp 2.000", 2000.0, "almost", "Studenten"),
        ),
        (
            "Etliche gemeinsame Labore haben die Akademie und ihre chinesischen Partner "
            "gegründet. Das sind mittlerweile 41.",
            ("41", 41.0, "exact", "Labore"),
        ),
    ],
)
def test_a_bare_number_alone_counts_the_noun_told_before(
    text: str, expected: tuple[str, float, str, str]
) -> None:
    assert _counts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Viele belarussische Studenten zieht es zum Studium nach China. Das waren im "
            "vergangenen Jahr knapp 2.000.",
            ("knapp 2.000", 2000.0, "almost", "Studenten", "2024"),
        ),
        (
            "Im Industriepark Großer Stein sind immer mehr Residenten registriert. Es waren Ende "
            "2024 bereits 115.",
            ("115", 115.0, "exact", "Residenten", "2024-12"),
        ),
        (
            "Die Zahl der Residenten des Industrieparks Großer Stein wächst. Es waren im "
            "vergangenen Jahr 115.",
            ("115", 115.0, "exact", "Residenten", "2024"),
        ),
    ],
)
def test_a_bare_number_after_a_date_counts_the_noun_told_before(
    text: str, expected: tuple[str, float, str, str, str]
) -> None:
    figures = _figures(text)
    found = zip(
        figures["text"],
        figures["value"],
        figures["qualifier"],
        figures["item"],
        figures["as_of"],
        strict=True,
    )
    assert list(found) == [expected]


def test_the_bare_number_is_a_point_of_its_indicator() -> None:
    text = (
        "An belarussischen Hochschulen studieren immer mehr chinesische Studierende. Das "
        "sind rund 3.800."
    )
    series = news_series(_NEWS.format(text), "2025-07-15")
    rows = series[series["indicator"] == "edu.students_cn_in_by"]
    assert list(zip(rows["value"], rows["qualifier"], strict=True)) == [(3800.0, "about")]


@pytest.mark.parametrize(
    "text",
    [
        # a difference, not a count alone: the number does not end the sentence
        "Im Industriepark Großer Stein sind immer mehr Residenten registriert. Das sind 20 "
        "mehr als im Vorjahr.",
        "Im Industriepark Großer Stein sind immer mehr Residenten registriert. Das waren 2024 "
        "20 mehr als im Vorjahr.",
        # the sentence before tells of no noun a number counts
        "Der Handel mit China wächst stetig. Das sind rund 3.800.",
        "Seit vielen Jahren wächst die Zusammenarbeit. Es sind inzwischen 115.",
        # the noun told in the paragraph before
        "Im Industriepark Großer Stein sind immer mehr Residenten registriert.\n\nEs sind "
        "inzwischen 115.",
    ],
)
def test_a_bare_number_with_no_noun_told_right_before_is_no_count(text: str) -> None:
    assert _counts(text) == []


def test_a_number_with_its_own_noun_counts_that() -> None:
    text = (
        "Immer mehr chinesische Touristen besuchen Belarus. Das sind rund 3.800 Menschen im Monat."
    )
    assert _counts(text) == [("rund 3.800 Menschen", 3800.0, "about", "Menschen")]


# --- 3. Goods sent to China in the passive are the exports --------------------------------


def _exports(text: str) -> list[tuple[str, float]]:
    """(as_of, value) of each trade.exports point of a news text of our own."""
    series = news_series(_NEWS.format(text), "2025-07-15")
    points = series[series["indicator"] == "trade.exports"]
    return sorted(zip(points["as_of"], points["value"], strict=True))


@pytest.mark.parametrize(
    "text",
    [
        "Waren im Wert von 1,2 Mrd. Dollar wurden 2024 nach China ausgeführt.",
        "Waren im Wert von 1,2 Mrd. Dollar wurden 2024 nach China geliefert.",
        "Güter für 1,2 Mrd. Dollar wurden 2024 nach China exportiert.",
        "Nach China wurden 2024 Waren für 1,2 Mrd. Dollar verkauft.",
        "Belarussische Erzeugnisse im Wert von 1,2 Mrd. Dollar sind 2024 in die Volksrepublik "
        "China exportiert worden.",
        "Im Jahr 2024 werden Produkte für 1,2 Mrd. Dollar auf den chinesischen Markt geliefert.",
    ],
)
def test_goods_sent_to_china_in_the_passive_are_the_exports(text: str) -> None:
    assert _exports(text) == [("2024", 1.2e9)]


@pytest.mark.parametrize(
    "text",
    [
        # one product's
        "Milchprodukte im Wert von 300 Mio. Dollar wurden 2024 nach China geliefert.",
        # another country's, a region's, the park residents'
        "Aus Russland wurden 2024 Waren für 1,2 Mrd. Dollar nach China geliefert.",
        "Von den Residenten des Industrieparks wurden 2024 Waren für 120 Mio. Dollar nach China "
        "geliefert.",
        # goods from China
        "Aus China wurden 2024 Waren für 1,2 Mrd. Dollar nach Belarus geliefert.",
        # the part sold at the commodity exchange
        "An der Belarussischen Universalen Warenbörse wurden 2024 Waren für 123 Mio. Dollar "
        "nach China verkauft.",
        # active, its "ist" a slip: Belarus the seller named (and the exchange's part)
        "In den Monaten Januar bis November ist hat Belarus im Börsenhandel seine Waren im Wert "
        "von $123 Mio. nach China verkauft.",
    ],
)
def test_goods_in_the_passive_not_of_belarus_to_china_are_no_exports(text: str) -> None:
    assert _exports(text) == []


def test_a_regions_goods_in_the_passive_are_its_trade() -> None:
    text = "Aus dem Gebiet Brest wurden 2024 Waren für 120 Mio. Dollar nach China exportiert."
    series = news_series(_NEWS.format(text), "2025-07-15")
    assert list(zip(series["indicator"], series["entity"], strict=True)) == [
        ("trade.regional", "Brest region")
    ]


# --- 4. "keine 3.000": fewer than the figure ------------------------------------------------


def _qualified(text: str) -> list[tuple[str, float, str]]:
    """(text, value, qualifier) of each figure of a news text of our own."""
    figures = _figures(text)
    return list(zip(figures["text"], figures["value"], figures["qualifier"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Jahr 2015 waren es keine 3.000 Studierende aus China an belarussischen "
            "Hochschulen.",
            ("keine 3.000 Studierende", 3000.0, "less_than"),
        ),
        (
            "Keine 50 Residenten zählte der Park im Jahr 2018.",
            ("Keine 50 Residenten", 50.0, "less_than"),
        ),
        (
            "2016 waren im Park noch keine zehn Residenten registriert.",
            ("keine zehn Residenten", 10.0, "less_than"),
        ),
        (
            "Der Handel erreichte 2018 noch nicht einmal 2 Mrd. Dollar.",
            ("nicht einmal 2 Mrd. Dollar", 2e9, "less_than"),
        ),
        (
            "Damals studierten nicht einmal 500 Belarussen in China.",
            ("nicht einmal 500 Belarussen", 500.0, "less_than"),
        ),
        (
            # just short of it, as "knapp"
            "Die Exporte nach China wuchsen 2024 um nicht ganz 10 Prozent.",
            ("nicht ganz 10 Prozent", 10.0, "almost"),
        ),
    ],
)
def test_keine_before_a_figure_is_less_than_it(text: str, expected: tuple[str, float, str]) -> None:
    assert _qualified(text) == [expected]


def test_the_qualifier_reaches_the_point() -> None:
    text = "Im Jahr 2015 waren es keine 3.000 Studierende aus China an belarussischen Hochschulen."
    series = news_series(_NEWS.format(text), "2025-07-15")
    rows = series[series["indicator"] == "edu.students_cn_in_by"]
    assert list(zip(rows["value"], rows["qualifier"], strict=True)) == [(3000.0, "less_than")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "keine" of a noun, not of the figure
        (
            "Es gibt keine Studiengebühren für 300 Studierende.",
            ("300 Studierende", 300.0, "exact"),
        ),
        (
            "Keine der 30 Firmen hat den Park verlassen.",
            ("30 Firmen", 30.0, "exact"),
        ),
        (
            "Keine Frage: 2024 stiegen die Exporte nach China um 12 Prozent.",
            ("12 Prozent", 12.0, "exact"),
        ),
    ],
)
def test_keine_not_right_before_the_figure_qualifies_none(
    text: str, expected: tuple[str, float, str]
) -> None:
    assert _qualified(text) == [expected]


# --- 5. New ones joined with their noun left out: "kamen elf hinzu" -------------------------
# The noun is the one counted before the number in its sentence, or in the sentences before
# it in its paragraph, as after adjectives (test_figures_elided: "Im Park arbeiten 60 Firmen.
# 2019 kamen 27 neue hinzu."); a count of the paragraph before is none.

_PARK = "Der Industriepark Großer Stein zählt inzwischen 140 Residenten, "


def _new_residents(text: str) -> list[tuple[str, float]]:
    """(as_of, value) of each park.new_residents point of a news text of our own."""
    series = news_series(_NEWS.format(text), "2025-07-15")
    points = series[series["indicator"] == "park.new_residents"]
    return sorted(zip(points["as_of"], points["value"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_PARK + "im ersten Halbjahr kamen elf hinzu.", [("2025-H1", 11.0)]),
        (_PARK + "im ersten Halbjahr kamen 11 hinzu.", [("2025-H1", 11.0)]),
        (
            "Der Industriepark Großer Stein zählt inzwischen 140 Residenten; im ersten Halbjahr "
            "sind elf dazugekommen.",
            [("2025-H1", 11.0)],
        ),
        (
            "Bis Ende Juni wuchs die Zahl der Residenten des Industrieparks Großer Stein auf 140, "
            "im ersten Halbjahr kamen elf hinzu.",
            [("2025-H1", 11.0)],
        ),
    ],
)
def test_new_ones_joined_with_their_noun_left_out_are_new_residents(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _new_residents(text) == expected


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        (_PARK + "seit Jahresbeginn sind elf dazugekommen.", "elf", 11.0),
        (_PARK + "hinzugekommen sind seit Jahresbeginn 14.", "14", 14.0),
        (_PARK + "zwölf kamen allein im ersten Halbjahr dazu.", "zwölf", 12.0),
        (_PARK + "hinzu kamen allein im ersten Halbjahr neun.", "neun", 9.0),
        (_PARK + "dazu kommen seit März sieben.", "sieben", 7.0),
    ],
)
def test_a_joined_number_counts_the_noun_of_its_sentence(
    text: str, written: str, value: float
) -> None:
    assert (written, value, "exact", "Residenten") in _counts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Industriepark Großer Stein zählt inzwischen 140 Residenten. Allein im ersten "
            "Halbjahr kamen elf hinzu.",
            [("2025-H1", 11.0)],
        ),
        (
            "Der Industriepark Großer Stein zählt inzwischen 140 Residenten. Allein seit "
            "Jahresbeginn sind neun dazugekommen.",
            [("2025-01/2025-07", 9.0)],
        ),
        (
            "Der Industriepark Großer Stein zählt inzwischen 140 Residenten. Im ersten "
            "Halbjahr kamen elf hinzu.",
            [("2025-H1", 11.0)],
        ),
    ],
)
def test_a_number_joined_in_the_next_sentence_counts_the_noun_before(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _new_residents(text) == expected


def test_a_part_joined_of_the_registered_producers_counts_them() -> None:
    text = (
        "Heute sind es 196 Unternehmen, die bei der chinesischen Zollverwaltung registriert "
        "sind. Allein seit Jahresbeginn kamen elf hinzu."
    )
    assert ("elf", 11.0, "exact", "Unternehmen") in _counts(text)


def test_the_joined_number_counts_the_noun_counted_before() -> None:
    assert _counts(_PARK + "im ersten Halbjahr kamen elf hinzu.") == [
        ("140 Residenten", 140.0, "exact", "Residenten"),
        ("elf", 11.0, "exact", "Residenten"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "dazu" of another verb: no joining
        (_PARK + "zu den Gründern gehören elf dazu.", []),
        # a number with its own noun counts that
        (
            _PARK + "im Mai kamen Vertreter aus elf Ländern hinzu.",
            [("elf Ländern", 11.0, "exact", "Ländern")],
        ),
        # no count before: nothing to count
        ("Im ersten Halbjahr kamen elf hinzu.", []),
        # a count of the paragraph before
        (
            "Der Industriepark Großer Stein zählt inzwischen 140 Residenten.\n\nIm ersten "
            "Halbjahr kamen elf hinzu.",
            [],
        ),
        # an amount before is no count
        ("Die Investitionen betrugen 60 Millionen Dollar, 2024 kamen elf hinzu.", []),
    ],
)
def test_a_number_not_joined_or_with_no_count_before_counts_no_residents(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    counts = [c for c in _counts(text) if c[0] != "140 Residenten"]
    assert counts == expected
    assert _new_residents(text) == []


# --- 6. A part after "Davon" with Chinese partners: the agreements with China -------------

_BSU = "Die Belarussische Staatliche Universität hat 450 Abkommen mit ausländischen Hochschulen. "


def _agreements(text: str) -> list[tuple[str, str, float]]:
    """(indicator, entity, value) of each agreements point of a news text of our own."""
    series = news_series(_NEWS.format(text), "2025-07-15")
    points = series[series["indicator"].isin(["edu.agreements", "edu.institution_agreements"])]
    return sorted(zip(points["indicator"], points["entity"], points["value"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _BSU + "Davon sind 60 mit chinesischen Partnern geschlossen.",
            [("edu.institution_agreements", "BSU", 60.0)],
        ),
        (
            # the total said as "internationale Abkommen" is no point of China's either
            "Die Belarussische Staatliche Universität hat insgesamt 450 internationale "
            "Abkommen. Davon sind 60 mit chinesischen Partnern geschlossen.",
            [("edu.institution_agreements", "BSU", 60.0)],
        ),
        (
            "Die BNTU unterhält 300 Abkommen mit ausländischen Hochschulen. Darunter sind 45 "
            "mit Partnern aus China.",
            [("edu.institution_agreements", "BNTU", 45.0)],
        ),
        (
            _BSU + "Davon wurden 60 mit Universitäten in der Volksrepublik China unterzeichnet.",
            [("edu.institution_agreements", "BSU", 60.0)],
        ),
        (
            "Die belarussischen Hochschulen haben 1.200 Kooperationsabkommen mit ausländischen "
            "Partnern unterzeichnet. Davon sind 420 mit chinesischen Universitäten geschlossen.",
            [("edu.agreements", "Belarus-China", 420.0)],
        ),
        (
            "Belarussische Universitäten unterhalten rund 1.200 Vereinbarungen mit Partnern im "
            "Ausland. Von ihnen sind 420 mit Hochschulen in China geschlossen.",
            [("edu.agreements", "Belarus-China", 420.0)],
        ),
    ],
)
def test_a_part_with_chinese_partners_after_davon_is_the_agreements_with_china(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _agreements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another country's partners
        (_BSU + "Davon sind 40 mit russischen Partnern geschlossen.", []),
        (_BSU + "Davon sind 40 mit Hochschulen aus Kasachstan geschlossen.", []),
        (
            "Die belarussischen Hochschulen haben 1.200 Kooperationsabkommen mit ausländischen "
            "Partnern. Davon sind 300 mit russischen Universitäten geschlossen.",
            [],
        ),
        # a part of those with China: by city, by year
        (
            "Die Belarussische Staatliche Universität hat 60 Abkommen mit chinesischen "
            "Hochschulen. Davon sind 25 mit Hochschulen in Peking geschlossen.",
            [("edu.institution_agreements", "BSU", 60.0)],
        ),
        (
            "Die Belarussische Staatliche Universität hat 60 Abkommen mit chinesischen "
            "Hochschulen, davon 25 mit Hochschulen in Peking.",
            [("edu.institution_agreements", "BSU", 60.0)],
        ),
        (
            "Die Belarussische Staatliche Universität hat 60 Abkommen mit chinesischen "
            "Hochschulen. Davon wurden zehn im Jahr 2024 geschlossen.",
            [("edu.institution_agreements", "BSU", 60.0)],
        ),
    ],
)
def test_a_part_not_of_chinas_agreements_is_no_point(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _agreements(text) == expected


# --- 7. A table right under a first-line date keeps its first column ------------------------
# (Not reproduced at 0197b5b in these shapes: the tests keep it so.)

_DATE_LINES = [
    "12. März 2026",
    "12.03.2026",
    "2026-03-12",
    "Mittwoch, 12. März 2026",
    "14 März 2026, 11:20",
]
_TABLES = {
    "half years as rows": (
        "| Zeitraum | Exporte nach China, Mio. USD |\n|---|---|\n"
        "| I. Halbjahr 2025 | 820,4 |\n| II. Halbjahr 2025 | 910,2 |\n",
        [
            ("trade.exports", "Belarus-China", "2025-H1", 820.4e6),
            ("trade.exports", "Belarus-China", "2025-H2", 910.2e6),
        ],
    ),
    "regions as rows": (
        "| Region | Exporte nach China 2025, Mio. USD |\n|---|---|\n"
        "| Gebiet Brest | 201,4 |\n| Gebiet Gomel | 96,2 |\n",
        [
            ("trade.regional", "Brest region", "2025", 201.4e6),
            ("trade.regional", "Gomel region", "2025", 96.2e6),
        ],
    ),
    "labels as rows, years as columns": (
        "| Kennzahl | 2024 | 2025 |\n|---|---|---|\n"
        "| Exporte nach China, Mio. USD | 1.210 | 1.380 |\n",
        [
            ("trade.exports", "Belarus-China", "2024", 1210e6),
            ("trade.exports", "Belarus-China", "2025", 1380e6),
        ],
    ),
}


@pytest.mark.parametrize("date_line", _DATE_LINES)
@pytest.mark.parametrize("shape", list(_TABLES))
def test_a_table_under_a_first_line_date_keeps_its_first_column(
    tmp_path, date_line: str, shape: str
) -> None:
    from bycn.indicators.series import load_series

    table, expected = _TABLES[shape]
    path = tmp_path / "tabelle.txt"
    path.write_text(f"{date_line}\n{table}", encoding="utf-8")
    document = bycn.read_document(path)
    first_column = table.split("|")[1].strip()
    readings = list(document.figures["sentence"])
    assert readings and all(r.startswith(first_column) for r in readings), readings
    series = load_series(document)
    points = zip(
        series["indicator"], series["entity"], series["as_of"], series["value"], strict=True
    )
    assert sorted(points) == sorted(expected)


# --- 8. A gloss in brackets with a comma dates its figure as "(2021)" does -----------------

_GLOSSES = [
    "(2021)",
    "(2021, Anm. d. Red.)",
    "(2021 – Anm. d. Red.)",
    "(2021, Anmerkung der Redaktion)",
    "(2021, d. Red.)",
    "(Stand 2021, Anm. d. Red.)",
    "(Anm. d. Red.: 2021)",
    "(Angaben von 2021, Anm. d. Red.)",
]


@pytest.mark.parametrize("gloss", _GLOSSES)
@pytest.mark.parametrize(
    ("text", "written", "indicator"),
    [
        (
            "Die Exporte nach China erreichten 1,2 Mrd. Dollar {g}.",
            "1,2 Mrd. Dollar",
            "trade.exports",
        ),
        # a date before the figure in its sentence: the gloss's wins
        (
            "Im Jahr 2024 stiegen die Exporte nach China auf 1,8 Mrd. Dollar, nach 1,2 Mrd. "
            "Dollar {g}.",
            "1,2 Mrd. Dollar",
            "trade.exports",
        ),
        (
            "Der Industriepark Großer Stein zählt heute 150 Residenten, damals waren es 90 {g}.",
            "90",
            "park.residents",
        ),
        # the gloss between the noun and the figure: one sentence, one clause
        (
            "Nach Angaben von Belstat erreichten die Exporte nach China {g} 1,2 Mrd. Dollar.",
            "1,2 Mrd. Dollar",
            "trade.exports",
        ),
    ],
)
def test_a_gloss_dates_its_figure_as_a_year_in_brackets_does(
    gloss: str, text: str, written: str, indicator: str
) -> None:
    text = text.format(g=gloss)
    assert _as_of(text, written) == "2021"
    series = news_series(_NEWS.format(text), "2025-07-15")
    assert "2021" in set(series.loc[series["indicator"] == indicator, "as_of"])


def test_the_gloss_keeps_its_sentence_whole() -> None:
    document = bycn.parse_text(
        _NEWS.format("Die Exporte nach China erreichten (2021, Anm. d. Red.) 1,2 Mrd. Dollar."),
        doc="news",
        meta={"date": "2025-07-15"},
    )
    assert len(document.sentences) == 1


@pytest.mark.parametrize(
    ("text", "written", "as_of"),
    [
        # a span's start or a comparison in the bracket: no gloss of the figure's date
        (
            "Bis Ende 2024 investierten die Residenten des Industrieparks 1,2 Mrd. Dollar (seit "
            "der Gründung 2012).",
            "1,2 Mrd. Dollar",
            "2024-12",
        ),
        (
            "Im Jahr 2024 stiegen die Exporte nach China auf 1,8 Mrd. Dollar (gegenüber 2020).",
            "1,8 Mrd. Dollar",
            "2024",
        ),
        # a bracket with a figure of its own: its label dates that one
        (
            "Im Jahr 2024 erreichten die Exporte nach China 1,2 Mrd. Dollar (Ziel für 2030: 2 Mrd. "
            "Dollar).",
            "1,2 Mrd. Dollar",
            "2024",
        ),
        (
            "Im Jahr 2024 erreichten die Exporte nach China 8,4 Mrd. Dollar (2020: 3 Mrd.).",
            "8,4 Mrd. Dollar",
            "2024",
        ),
    ],
)
def test_a_bracket_that_is_no_gloss_dates_nothing_before_it(
    text: str, written: str, as_of: str
) -> None:
    assert _as_of(text, written) == as_of
