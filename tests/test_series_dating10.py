"""Dating of points (round 22): the base a change is measured against is no date of the
change, in a table's header or label (``Veränderung zu 2024, %``, ``ggü. 2024``, ``2025 zu
2024, %``) as in prose (``um 8,5 Prozent über dem Vorjahreszeitraum``, ``übertraf den
Vorjahreszeitraum``); a sentence that goes on about one pointed at (``Dabei``) takes its
period; a plan for the whole year (``Für das Gesamtjahr hat sich ... vorgenommen``) is the
year's, a target.

Texts of our own in the style of Belstat's releases and BelTA's German service; each
family with counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series, points_of

import bycn
from bycn.text.dates import find_dates

Point = tuple[str, str, str, float]


points = points_of("indicator entity as_of value")


def statuses(text: str, date: str) -> list[tuple[str, str, float, str]]:
    """(indicator, as_of, value, status) of each point of a news text dated ``date``."""
    series = news_series(text, date)
    return sorted((p.indicator, p.as_of, p.value, p.status) for p in series.itertuples())


# --- a table's change header that names its base: the change is of the table's period ------

_BREST, _GOMEL = "Brest region", "Gomel region"


def _regional(as_of: str, brest: float, gomel: float) -> list[Point]:
    return [
        ("trade.regional", _BREST, as_of, brest),
        ("trade.regional", _GOMEL, as_of, gomel),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the change is a row, its label names the base; the caption the period
        (
            "Tabelle 2. Ausfuhren der Gebiete nach China, 2025\n\n"
            "| Kennzahl | Brest | Gomel |\n|---|---|---|\n"
            "| Export, Mio. USD | 198,0 | 377,5 |\n"
            "| Veränderung zu 2024, % | +7,3 | -2,2 |\n",
            [*_regional("2025", 198e6, 377.5e6), *_regional("2025", 7.3, -2.2)],
        ),
        # ... abbreviated: "ggü."
        (
            "Ausfuhren der Gebiete nach China – 2025\n\n"
            "| Gebiet | Export, Mio. USD | ggü. 2024, % |\n|---|---|---|\n"
            "| Gebiet Brest | 198,0 | +7,3 |\n| Gebiet Gomel | 377,5 | -2,2 |\n",
            [*_regional("2025", 198e6, 377.5e6), *_regional("2025", 7.3, -2.2)],
        ),
        # ... "Veränderung in % zu 2024" beside a column of the year
        (
            "Export nach China nach Regionen\n\n"
            "| Region | 2025, Mio. USD | Veränderung in % zu 2024 |\n|---|---|---|\n"
            "| Gebiet Brest | 198,0 | +7,3 |\n| Gebiet Gomel | 377,5 | -2,2 |\n",
            [*_regional("2025", 198e6, 377.5e6), *_regional("2025", 7.3, -2.2)],
        ),
        # ... a header with both years: the change is of the later; the earlier's column
        # keeps its year
        (
            "Warenexporte nach China nach Regionen\n\n"
            "| Region | 2024, Mio. USD | 2025, Mio. USD | 2025 zu 2024, % |\n|---|---|---|---|\n"
            "| Gebiet Brest | 184,5 | 198,0 | +7,3 |\n| Gebiet Gomel | 386,0 | 377,5 | -2,2 |\n",
            [
                *_regional("2024", 184.5e6, 386e6),
                *_regional("2025", 198e6, 377.5e6),
                *_regional("2025", 7.3, -2.2),
            ],
        ),
        # ... "Zuwachs ggü. Vorjahreszeitraum" under a caption of nine months
        (
            "Export nach China nach Regionen, Januar–September 2025\n\n"
            "| Region | Mio. USD | Zuwachs ggü. Vorjahreszeitraum, % |\n|---|---|---|\n"
            "| Gebiet Brest | 198,0 | +7,3 |\n| Gebiet Gomel | 377,5 | -2,2 |\n",
            [
                *_regional("2025-01/2025-09", 198e6, 377.5e6),
                *_regional("2025-01/2025-09", 7.3, -2.2),
            ],
        ),
        # ... "gegenüber 2024" in the row's label, the year in the column's header
        (
            "Ausfuhren der Gebiete nach China\n\n"
            "| Kennzahl | 2025 |\n|---|---|\n"
            "| Gebiet Brest, Wachstum gegenüber 2024, % | +7,3 |\n"
            "| Gebiet Gomel, Wachstum gegenüber 2024, % | -2,2 |\n",
            _regional("2025", 7.3, -2.2),
        ),
    ],
)
def test_a_change_header_names_its_base_not_its_date(text, expected):
    assert points(text, "2026-02-20") == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # a year's column is the year's, also where a caption names another
        "Ausfuhren der Gebiete nach China, 2025\n\n| Gebiet | 2024, Mio. USD |\n|---|---|\n"
        "| Gebiet Brest | 184,5 |\n",
        # "Angaben zu 2024" says which year the table is of: a date, no base
        "Ausfuhren der Gebiete nach China, Angaben zu 2024\n\n| Gebiet | Mio. USD |\n|---|---|\n"
        "| Gebiet Brest | 184,5 |\n",
    ],
)
def test_a_year_named_without_a_change_dates_its_table(text):
    assert points(text, "2026-02-20") == [("trade.regional", _BREST, "2024", 184.5e6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veränderung zu 2024, %", []),
        ("2025 zu 2024, %", ["2025"]),
        ("Anteil in % zu 2024", []),
        ("Die Exporte stiegen um 7 Prozent zu 2024.", []),
        ("Zuwachs ggü. 2024", []),
        # no base: "bis zu", "Angaben zu", "Daten zu"
        ("Die Daten zu 2024 liegen vor.", ["2024"]),
        ("Angaben zu 2024", ["2024"]),
        ("bis zu 2024", ["2024"]),
    ],
)
def test_the_words_of_a_base_before_a_year(text, expected):
    assert [m.value for m in find_dates(text, "2026-02-20")] == expected


# --- a change measured against the year before is of the period the text tells ----------------

_LEAD = (
    "MINSK, 27. Oktober (BelTA) – Die Stadt Minsk hat ihren Warenaustausch mit China in den "
    "ersten neun Monaten auf 1,76 Milliarden US-Dollar gesteigert. "
)
_NINE = "2025-01/2025-09"


@pytest.mark.parametrize(
    "rest",
    [
        "Damit liege er um 8,5 Prozent über dem Vorjahreszeitraum, teilte das "
        "Stadtexekutivkomitee mit. Dabei seien aus der Hauptstadt Waren für 598 Millionen "
        "Dollar in die Volksrepublik geliefert worden.",
        "Er übertraf damit den Vorjahreszeitraum um 8,5 Prozent. Die Ausfuhren der "
        "Hauptstadt nach China erreichten 598 Millionen Dollar.",
        "Der Zuwachs ggü. dem Vorjahreszeitraum betrug 8,5 Prozent. Exportiert wurden Waren "
        "für 598 Millionen Dollar.",
        "Das sind 8,5 Prozent mehr als im Vorjahreszeitraum. Davon entfielen auf die "
        "Ausfuhren 598 Millionen Dollar.",
        "Damit liegt er um 8,5 Prozent über dem gleichen Zeitraum des Vorjahres. "
        "Dabei exportierte die Hauptstadt Waren für 598 Millionen Dollar.",
    ],
)
def test_a_change_against_the_year_before_is_of_the_period_told(rest):
    assert points(_LEAD + rest, "2025-10-27") == [
        ("trade.regional", "Minsk", _NINE, 8.5),
        ("trade.regional", "Minsk", _NINE, 598e6),
        ("trade.regional", "Minsk", _NINE, 1.76e9),
    ]


def _figure_dates(text: str, date: str) -> dict[str, str]:
    """The ``as_of`` of each figure of a news text dated ``date``, by its text."""
    figures = bycn.parse_text(text, doc="news", meta={"date": date}).figures
    return dict(zip(figures["text"], figures["as_of"], strict=True))


@pytest.mark.parametrize(
    "rest",
    [
        # a sentence about the paragraph before, opened by "Dabei", "Damit" or "Davon"
        "\n\nDabei seien aus der Hauptstadt Waren für 598 Millionen Dollar in die "
        "Volksrepublik geliefert worden.",
        "\n\nDamit entfielen auf die Ausfuhren 598 Millionen Dollar.",
        "\n\nDavon entfielen 598 Millionen Dollar auf die Ausfuhren.",
    ],
)
def test_a_sentence_pointing_back_across_a_paragraph_takes_its_period(rest):
    assert _figure_dates(_LEAD + rest, "2025-10-27")["598 Millionen Dollar"] == _NINE


def test_a_sentence_pointing_back_at_one_without_a_date_looks_further_back():
    # "Damit" points at a sentence whose only date is a base: the period before it
    text = _LEAD + (
        "Damit liegt er um 8,5 Prozent über dem Vorjahreszeitraum. Davon entfielen 598 "
        "Millionen Dollar auf die Ausfuhren."
    )
    assert _figure_dates(text, "2025-10-27")["598 Millionen Dollar"] == _NINE


def test_the_base_period_stays_the_date_of_the_figure_said_of_it():
    # counter-example: the figure of the year before is of the year before
    text = _LEAD + "Im Vorjahreszeitraum waren es 1,62 Milliarden Dollar gewesen."
    assert ("trade.regional", "Minsk", "2024-01/2024-09", 1.62e9) in points(text, "2025-10-27")


def test_a_sentence_not_pointing_back_across_a_paragraph_takes_no_period():
    # counter-example: a new paragraph that does not point back is not dated by the one before
    text = _LEAD + "\n\nDie Hauptstadt lieferte Waren für 598 Millionen Dollar nach China."
    assert _figure_dates(text, "2025-10-27")["598 Millionen Dollar"] == ""


# --- a plan for the whole year ---------------------------------------------------------------

_GOMEL_LEAD = (
    "GOMEL, 18. August (BelTA) – Um 19 Prozent hat das Gebiet Gomel seinen Handel mit China "
    "im ersten Halbjahr ausgeweitet. "
)


@pytest.mark.parametrize(
    "plan",
    [
        "Für das Gesamtjahr hat sich das Gebiet ein Handelsvolumen von 650 Millionen Dollar "
        "vorgenommen.",
        "Für das Gesamtjahr peilt das Gebiet einen Warenaustausch von 650 Millionen Dollar an.",
        "Angepeilt wird für das gesamte Jahr ein Handelsvolumen von 650 Millionen Dollar.",
        "Für das laufende Jahr ist ein Warenaustausch von 650 Millionen Dollar anvisiert.",
        "Im Gesamtjahr soll der Handel 650 Millionen Dollar erreichen.",
        "Ziel für das laufende Jahr ist ein Handelsvolumen von 650 Millionen Dollar.",
        "Das Gebiet nimmt sich für das ganze Jahr einen Handel von 650 Millionen Dollar vor.",
    ],
)
def test_a_plan_for_the_whole_year_is_a_target_of_the_year(plan):
    found = statuses(_GOMEL_LEAD + plan, "2025-08-18")
    assert ("trade.regional", "2025", 650e6, "target") in found


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # the whole year in the past, early in the next: the year before's, a fact
        (
            "Im Gesamtjahr stieg der Handel des Gebiets Gomel mit China auf 650 Millionen Dollar.",
            "2026-02-10",
            [("trade.regional", "2025", 650e6, "actual")],
        ),
        # investments made ("vorgenommen" without "sich") are a fact
        (
            "Im Jahr 2024 hat der Handel des Gebiets Gomel mit China 650 Millionen Dollar "
            "erreicht, Investitionen wurden vorgenommen.",
            "2025-08-18",
            [("trade.regional", "2024", 650e6, "actual")],
        ),
    ],
)
def test_the_whole_year_told_as_a_fact(text, date, expected):
    assert statuses(text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "Für das Gesamtjahr hat sich das Gebiet 650 Mio. Dollar vorgenommen.",
            "2025-08-18",
            "2025",
        ),
        ("Im Gesamtjahr stiegen die Exporte um 5 Prozent.", "2026-02-10", "2025"),
        ("Für das gesamte Jahr 2024 wurden 5 Prozent erwartet.", "2025-08-18", "2024"),
        ("Das ganze Jahr über wird gebaut.", "2025-08-18", "2025"),
        ("Bis Jahresende hat sich der Park 150 Residenten vorgenommen.", "2025-05-10", "2025-12"),
    ],
)
def test_the_whole_year_resolves_against_the_text(text, date, expected):
    assert [m.value for m in find_dates(text, date)] == [expected]


# --- a state told with a word of "now" is a fact, whatever plan another clause tells ----------

_PARK = "Im Jahr 2018 zählte der Industriepark Großer Stein 36 Residenten. "


@pytest.mark.parametrize(
    "text",
    [
        _PARK + "Heute sind es 165, und der Generaldirektor der Verwaltung will weiter "
        "wachsen: Bis 2030 sollen es 300 werden.",
        "Derzeit zählt der Industriepark Großer Stein 165 Residenten, bis 2030 sollen es 300 "
        "werden.",
        "Aktuell sind im Industriepark Großer Stein 165 Unternehmen registriert; die Verwaltung "
        "plant, die Zahl der Residenten bis 2030 auf 300 zu erhöhen.",
        "Inzwischen sind es im Industriepark Großer Stein 165 Residenten, und bis 2030 will "
        "der Park 300 Residenten erreichen.",
        "Bislang haben sich im Industriepark Großer Stein 165 Residenten angesiedelt; bis 2030 "
        "sollen es 300 sein.",
    ],
)
def test_a_state_now_beside_a_plan_is_a_fact(text):
    found = statuses(text, "2025-07-12")
    assert ("park.residents", "2025-07", 165.0, "actual") in found
    assert ("park.residents", "2030", 300.0, "target") in found


@pytest.mark.parametrize(
    "text",
    [
        # counter-examples: the word of "now" stands with the plan's own verb
        "Heute plant die Verwaltung des Industrieparks Großer Stein, bis 2030 300 Residenten "
        "anzusiedeln.",
        "Derzeit sollen im Industriepark Großer Stein bis 2030 300 Residenten angesiedelt werden.",
        "Bereits bis 2030 will der Industriepark Großer Stein 300 Residenten erreichen.",
    ],
)
def test_a_plan_told_now_stays_a_plan(text):
    assert statuses(text, "2025-07-12") == [("park.residents", "2030", 300.0, "target")]


# --- a sum told in the past, in a paragraph with no date: the period of the fact before -----

_TRADE_LEAD = (
    "PEKING, 14. Januar (Xinhua) – Der Warenaustausch zwischen China und Belarus ist im "
    "vergangenen Jahr auf 8,7 Milliarden US-Dollar gestiegen, teilte die chinesische "
    "Zollverwaltung mit.\n\nBesonders gefragt waren belarussische Lebensmittel. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ihre Lieferungen nach China stiegen um ein Drittel auf 1,2 Milliarden Dollar.",
        "Die Lieferungen belarussischer Lebensmittel nach China wuchsen auf 1,2 Milliarden Dollar.",
        "Belarussische Lebensmittel wurden für 1,2 Milliarden Dollar nach China geliefert.",
        "Die Ausfuhren von Nahrungsmitteln nach China erreichten 1,2 Milliarden Dollar.",
        "Die Lebensmittelexporte nach China haben sich auf 1,2 Milliarden Dollar erhöht.",
        "Der Export von Agrarprodukten nach China belief sich auf 1,2 Milliarden Dollar.",
    ],
)
def test_a_sum_told_in_the_past_is_of_the_period_of_the_fact_before(sentence):
    assert points(_TRADE_LEAD + sentence, "2026-01-14") == [
        ("trade.food_exports", "Belarus-China", "2025", 1.2e9),
        ("trade.turnover", "Belarus-China", "2025", 8.7e9),
    ]


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        # counter-examples: told in the present, or a sum so far, keep the text's date
        (
            _TRADE_LEAD + "Die Lebensmittelexporte nach China betragen 1,2 Milliarden Dollar.",
            "2026-01",
        ),
        (
            _TRADE_LEAD + "Bislang wurden Lebensmittel für 1,2 Milliarden Dollar nach China "
            "geliefert.",
            "2026-01",
        ),
        (
            _TRADE_LEAD + "Seit 2015 exportierte Belarus Lebensmittel für insgesamt 1,2 "
            "Milliarden Dollar nach China.",
            "2026-01",
        ),
        # ... and after a plan, no fact's period is carried
        (
            "PEKING, 14. Januar (Xinhua) – Bis 2030 soll der Warenaustausch zwischen China und "
            "Belarus auf 15 Milliarden US-Dollar steigen.\n\nDie Ausfuhren von Nahrungsmitteln "
            "nach China erreichten 1,2 Milliarden Dollar.",
            "2026-01",
        ),
    ],
)
def test_a_sum_not_told_in_the_past_keeps_the_text_date(text, as_of):
    found = [p for p in points(text, "2026-01-14") if p[0] == "trade.food_exports"]
    assert found == [("trade.food_exports", "Belarus-China", as_of, 1.2e9)]


def test_a_sum_of_another_entity_takes_no_period_of_the_fact_before():
    # counter-example: the country's year dates no sum of a region's
    text = _TRADE_LEAD + "Das Gebiet Gomel lieferte Waren für 310 Millionen Dollar nach China."
    found = [p for p in points(text, "2026-01-14") if p[1] == "Gomel region"]
    assert found == [("trade.regional", "Gomel region", "2026-01", 310e6)]


# --- "im selben Jahr", "im Jahr darauf": the year named before, or the period a year later ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In den ersten neun Monaten 2025 stieg der Handel um 5 %. Im selben Jahr wurden 20 "
            "Firmen gegründet.",
            ["2025-01/2025-09", "2025"],
        ),
        ("Im Jahr 2023 wurden 12 registriert. Im gleichen Jahr kamen 3 hinzu.", ["2023", "2023"]),
        ("Im Jahr 2023 waren es 50 Mio. Dollar, im Jahr darauf 60 Mio. Dollar.", ["2023", "2024"]),
        (
            "Im ersten Halbjahr 2024 waren es 50 Mio., ein Jahr später 60 Mio.",
            ["2024-H1", "2025-H1"],
        ),
        ("2022 wurden 12 Residenten registriert, im Folgejahr 15.", ["2022", "2023"]),
        ("Im Jahr 2022 waren es 12, im darauffolgenden Jahr 15.", ["2022", "2023"]),
        # counter-examples: a year written after it is its own date; nothing named before
        ("2022 wurden 12 registriert, im gleichen Jahr 2023 dann 15.", ["2022", "2023"]),
        ("Im Folgejahr 2024 waren es 15.", ["2024"]),
    ],
)
def test_a_year_named_by_reference(text, expected):
    assert [m.value for m in find_dates(text, "2025-10-01")] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Im selben Jahr lieferte Belarus Lebensmittel für 1,2 Milliarden Dollar nach China.",
        "Im gleichen Jahr gingen belarussische Lebensmittel für 1,2 Milliarden Dollar nach China.",
    ],
)
def test_the_same_year_across_a_paragraph(sentence):
    text = (
        "PEKING, 14. Januar (Xinhua) – Der Warenaustausch zwischen China und Belarus ist im "
        "vergangenen Jahr auf 8,7 Milliarden US-Dollar gestiegen.\n\n" + sentence
    )
    assert _figure_dates(text, "2026-01-14")["1,2 Milliarden Dollar"] == "2025"


def test_the_same_year_with_nothing_named_before_dates_nothing():
    assert _figure_dates("Im selben Jahr kamen 15 Residenten hinzu.", "2025-10-01") == {
        "15 Residenten": ""
    }


def test_the_same_year_two_paragraphs_on_is_the_year_of_the_fact_before():
    text = (
        "PEKING, 14. Januar (Xinhua) – Der Warenaustausch zwischen China und Belarus ist in den "
        "ersten elf Monaten des vergangenen Jahres auf 8,1 Milliarden US-Dollar gestiegen.\n\n"
        "Belarus ist seit 2015 ein strategischer Partner Chinas.\n\n"
        "Im selben Jahr lieferte Belarus Lebensmittel für 1,2 Milliarden Dollar nach China."
    )
    assert ("trade.food_exports", "Belarus-China", "2025", 1.2e9) in points(text, "2026-01-14")


# --- the year before's figure after a sentence that only tells who told it --------------------

_INVEST = (
    "MINSK, 9. Dezember (BelTA) – Rund 420 Millionen US-Dollar haben chinesische Investoren "
    "in den ersten neun Monaten dieses Jahres in die belarussische Wirtschaft gesteckt. "
)


@pytest.mark.parametrize(
    "rest",
    [
        "Das teilte das Wirtschaftsministerium am Dienstag mit. Im Vorjahreszeitraum waren es "
        "350 Millionen Dollar gewesen.",
        "Dies gab das Wirtschaftsministerium bekannt. Ein Jahr zuvor waren es 350 Millionen "
        "Dollar.",
        "Das meldete das Ministerium. Im Vorjahreszeitraum waren es 350 Millionen Dollar.",
        "So hieß es aus dem Ministerium. Im Vorjahreszeitraum lagen sie bei 350 Millionen Dollar.",
        "Darüber informierte die Behörde. Im gleichen Zeitraum des Vorjahres waren es 350 "
        "Millionen Dollar.",
    ],
)
def test_the_year_before_continues_across_a_sentence_of_telling(rest):
    assert points(_INVEST + rest, "2025-12-09") == [
        ("trade.chinese_investment", "Belarus-China", "2024-01/2024-09", 350e6),
        ("trade.chinese_investment", "Belarus-China", "2025-01/2025-09", 420e6),
    ]


def test_a_sentence_of_another_matter_between_is_no_telling():
    # counter-example: a sentence that tells something else parts the figure from the point
    text = _INVEST + (
        "Das Ministerium hat seinen Sitz in Minsk. Im Vorjahreszeitraum waren es 350 Millionen "
        "Dollar gewesen."
    )
    assert points(text, "2025-12-09") == [
        ("trade.chinese_investment", "Belarus-China", "2025-01/2025-09", 420e6)
    ]
