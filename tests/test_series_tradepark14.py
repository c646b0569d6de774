"""Trade and park points as families of wordings, round G (indicators.md): the residents'
countries told beside the people they employ, the trade's growth after a fronted period of
many words, the declared investment by the nouns of a promise and of a contract, the part of
it made by "davon", the trade in goods by its compound, and a table whose caption alone
names China.

Texts of our own in the style of agency reports and speeches, several wordings per family,
with counter-examples that must not become points (or must stay what they were).
"""

from __future__ import annotations

import pytest
from tests.test_series_park_families import Point, points

REGISTERED = "Derzeit sind im Industriepark „Großer Stein“ 142 Unternehmen registriert. "


def park(indicator: str, value: float, qualifier: str = "exact") -> Point:
    """A point of the park dated by the text's month (the test texts' date)."""
    return (indicator, "Great Stone", "2022-11", value, qualifier, "actual")


# --- 1. the residents' countries beside the people they employ ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Sie stammen aus 15 Ländern und beschäftigen rund 3.100 Menschen.",
        "Sie kommen aus 15 Staaten und beschäftigen rund 3.100 Mitarbeiter.",
        "Aus 15 Ländern stammen sie, zusammen beschäftigen sie 3.100 Menschen.",
        "Sie vertreten 15 Länder und bieten rund 3.100 Menschen Arbeit.",
        "Sie stammen aus 15 Ländern und stellen rund 3.100 Fachkräfte ein.",
        "Unternehmen aus 15 Ländern beschäftigen dort 3.100 Personen.",
    ],
)
def test_the_residents_countries_beside_the_people_they_employ(sentence: str) -> None:
    found = points(REGISTERED + sentence)
    assert park("park.residents", 142.0) in found
    assert park("park.countries", 15.0) in found


@pytest.mark.parametrize(
    "text",
    [
        "Im Industriepark „Großer Stein“ haben sich Investoren aus 15 Ländern niedergelassen.",
        "Im Industriepark „Großer Stein“ sind Unternehmen aus 15 Staaten registriert, die rund "
        "3.100 Menschen beschäftigen.",
        REGISTERED + "Vertreten sind 15 Länder, die Residenten beschäftigen 3.100 Menschen.",
    ],
)
def test_the_residents_countries_by_investors_and_subjects(text: str) -> None:
    assert park("park.countries", 15.0) in points(text)


@pytest.mark.parametrize(
    "sentence",
    [
        # the origin of people, not of the residents
        "Im Park arbeiten Menschen aus 15 Ländern.",
        "Die Mitarbeiter stammen aus 15 Ländern und sprechen zehn Sprachen.",
        "Sie beschäftigen Menschen aus 15 Ländern.",
        "Aus 15 Ländern kommen die Fachkräfte, die dort arbeiten.",
        "Personen aus 12 Staaten nahmen an der Eröffnung teil.",
    ],
)
def test_no_residents_countries_where_people_come_from_them(sentence: str) -> None:
    assert [p for p in points(REGISTERED + sentence) if p[0] == "park.countries"] == []


# --- 2. the trade's growth after a fronted period of many words ------------------------------

TURNOVER = "Der Warenumsatz zwischen Belarus und China erreichte 2021 acht Milliarden Dollar. "


@pytest.mark.parametrize(
    ("sentence", "as_of"),
    [
        ("Im ersten Halbjahr dieses Jahres wuchs der Handel um weitere 7 Prozent.", "2022-H1"),
        (
            "In den ersten sechs Monaten des laufenden Jahres legte der Handel erneut um "
            "7 Prozent zu.",
            "2022-01/2022-06",
        ),
        (
            "Von Januar bis Juni dieses Jahres stieg der bilaterale Handel um nochmals 7 Prozent.",
            "2022-01/2022-06",
        ),
        (
            "Im Zeitraum von Januar bis Juni dieses Jahres nahm der Handel um weitere 7 "
            "Prozent zu.",
            "2022-01/2022-06",
        ),
        (
            "Im ersten Halbjahr dieses Jahres hat sich der Handel nochmals um 7 Prozent erhöht.",
            "2022-H1",
        ),
        (
            "In den ersten sechs Monaten des laufenden Jahres erhöhte sich der Handel "
            "nochmals um 7 Prozent.",
            "2022-01/2022-06",
        ),
        (
            "Im Zeitraum von Januar bis Juni des laufenden Jahres hat sich der Handel nun "
            "erneut um 7 Prozent erhöht.",
            "2022-01/2022-06",
        ),
    ],
)
def test_the_trades_growth_after_a_long_fronted_period(sentence: str, as_of: str) -> None:
    found = points(TURNOVER + sentence)
    assert ("trade.turnover", "Belarus-China", as_of, 7.0, "exact", "actual") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # another partner's trade, or trade of another kind
        "Im ersten Halbjahr dieses Jahres wuchs der Handel mit Russland um weitere 7 Prozent.",
        "Im ersten Halbjahr dieses Jahres wuchs der Einzelhandel um weitere 7 Prozent.",
        # the trade in a preposition's phrase: money for it, no turnover
        "Im ersten Halbjahr dieses Jahres stellte die Regierung für den Handel Kredite von "
        "70 Mio. Dollar bereit.",
        "Im ersten Halbjahr dieses Jahres sprachen die Minister über den Handel und "
        "Investitionen von 70 Mio. Dollar.",
    ],
)
def test_no_turnover_of_another_trade_after_a_long_fronted_period(sentence: str) -> None:
    found = points(TURNOVER + sentence)
    assert [p for p in found if p[0] == "trade.turnover" and p[2] != "2021"] == []


# --- 3. the declared investment by the nouns of a promise and of a contract ------------------

RESIDENTS = "Im Industriepark „Großer Stein“ sind 142 Residenten registriert. "


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        (
            "Die Investitionszusagen der Residenten belaufen sich auf mehr als anderthalb "
            "Milliarden Dollar.",
            "more_than",
        ),
        (
            "Auf mehr als 1,5 Milliarden Dollar summieren sich die Investitionszusagen der "
            "Residenten.",
            "more_than",
        ),
        (
            "Die Investitionsverpflichtungen der Unternehmen übersteigen 1,5 Milliarden Dollar.",
            "more_than",
        ),
        ("Die vertraglich vereinbarten Investitionen erreichen 1,5 Milliarden Dollar.", "exact"),
        ("Das Volumen der vereinbarten Investitionen liegt bei 1,5 Milliarden Dollar.", "exact"),
        (
            "Die Residenten haben sich zu Investitionen von 1,5 Milliarden Dollar verpflichtet.",
            "exact",
        ),
    ],
)
def test_the_declared_investment_by_promise_and_contract(sentence: str, qualifier: str) -> None:
    found = points(RESIDENTS + sentence)
    assert park("park.investment_declared", 1.5e9, qualifier) in found


@pytest.mark.parametrize(
    "sentence",
    [
        # an obligation of another kind, no investment
        "Die Residenten haben sich verpflichtet, Steuern von 3 Mio. Dollar zu zahlen.",
        "Die Residenten haben sich verpflichtet, Löhne von 3 Mio. Dollar zu zahlen.",
    ],
)
def test_no_declared_investment_without_one(sentence: str) -> None:
    assert [p for p in points(RESIDENTS + sentence) if p[0].startswith("park.invest")] == []


def test_the_part_made_of_the_promised_investment_is_no_declared_one() -> None:
    found = points(
        RESIDENTS + "Die Investitionszusagen der Residenten belaufen sich auf 2,1 Milliarden "
        "Dollar; davon wurden 1,3 Milliarden Dollar realisiert."
    )
    assert park("park.investment_declared", 2.1e9) in found
    assert park("park.investment_actual", 1.3e9) in found
    assert park("park.investment_declared", 1.3e9) not in found


# --- 4. the trade in goods by its compound ----------------------------------------------------

RELATIONS = "Belarus und China bauen ihre Beziehungen aus. "


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Die Botschaft der Republik Belarus in der Volksrepublik China teilt mit, dass der "
            "bilaterale Warenhandel im Jahr 2021 nach Angaben der chinesischen Seite 9,2 Mrd. "
            "US-Dollar erreicht hat.",
            9.2e9,
        ),
        ("Der Warenhandel zwischen Belarus und China erreichte 2021 9,2 Mrd. US-Dollar.", 9.2e9),
        ("Der Warenhandel mit China wuchs 2021 um 12 Prozent.", 12.0),
        ("Der belarussisch-chinesische Warenhandel belief sich 2021 auf 9,2 Mrd. Dollar.", 9.2e9),
        (RELATIONS + "Der gegenseitige Güterhandel stieg 2021 auf 9,2 Mrd. Dollar.", 9.2e9),
        (RELATIONS + "Im vergangenen Jahr wuchs der Warenhandel um 12 Prozent.", 12.0),
        (
            RELATIONS + "Der Warenhandel erreichte 2021 9,2 Mrd. Dollar, ein Plus von 12 Prozent.",
            12.0,
        ),
    ],
)
def test_the_trade_in_goods_is_the_turnover(text: str, value: float) -> None:
    found = points(text)
    assert ("trade.turnover", "Belarus-China", "2021", value, "exact", "actual") in found


@pytest.mark.parametrize(
    "text",
    [
        # another partner's trade in goods, a region's, or trade of another kind
        "Der Warenhandel Chinas mit Kasachstan erreichte 2021 30 Mrd. Dollar.",
        "Der Warenhandel Russlands mit China wuchs 2021 um 12 Prozent.",
        RELATIONS + "Der Warenhandel mit Russland erreichte 2021 30 Mrd. Dollar.",
        RELATIONS + "Der Online-Warenhandel wuchs 2021 um 12 Prozent.",
        # China never named: whose trade is not told
        "Der gegenseitige Güterhandel stieg 2021 auf 9,2 Mrd. Dollar.",
    ],
)
def test_no_turnover_of_another_trade_in_goods(text: str) -> None:
    assert [p for p in points(text) if p[0] == "trade.turnover"] == []


@pytest.mark.parametrize(
    ("text", "region", "value"),
    [
        (
            RELATIONS + "Der Warenhandel des Gebiets Gomel mit China erreichte 2021 300 Mio. "
            "Dollar.",
            "Gomel region",
            300e6,
        ),
        ("Der Güterhandel der Stadt Minsk mit China wuchs 2021 um 12 Prozent.", "Minsk", 12.0),
    ],
)
def test_a_regions_trade_in_goods_is_its_own(text: str, region: str, value: float) -> None:
    assert points(text) == [("trade.regional", region, "2021", value, "exact", "actual")]


def test_no_regions_trade_in_goods_without_china() -> None:
    assert points("Der Warenhandel des Gebiets Gomel erreichte 2021 300 Mio. Dollar.") == []


# --- 5. the part made of the declared investment the sentence before told -------------------


@pytest.mark.parametrize(
    ("declared", "made"),
    [
        (
            "Die Investitionszusagen der Residenten belaufen sich auf 2,1 Mrd. Dollar.",
            "Davon wurden 1,3 Mrd. umgesetzt.",
        ),
        (
            "Ihre angekündigten Investitionen summieren sich auf 2,1 Mrd. Dollar.",
            "Realisiert sind davon bislang 1,3 Mrd.",
        ),
        (
            "Die Investitionszusagen der Residenten belaufen sich auf 2,1 Mrd. Dollar.",
            "Umgesetzt wurden davon bislang 1,3 Mrd.",
        ),
        (
            "Die Residenten haben Investitionen von 2,1 Mrd. Dollar zugesagt.",
            "Getätigt sind davon 1,3 Mrd.",
        ),
        (
            "Das angemeldete Investitionsvolumen liegt bei 2,1 Mrd. Dollar.",
            "Von dieser Summe wurden bereits 1,3 Mrd. Dollar getätigt.",
        ),
        (
            "Die Residenten haben Investitionen von 2,1 Mrd. Dollar zugesagt.",
            "Tatsächlich verwirklicht wurden davon 1,3 Mrd. Dollar.",
        ),
    ],
)
def test_the_part_made_of_the_declared_investment_before(declared: str, made: str) -> None:
    found = points(f"{RESIDENTS}{declared} {made}")
    assert park("park.investment_declared", 2.1e9) in found
    assert park("park.investment_actual", 1.3e9) in found


@pytest.mark.parametrize(
    "text",
    [
        # goods made before: "umgesetzt" may be their sale
        "Die Residenten stellten 2021 Waren für 2 Mrd. Rubel her. Davon wurden 1,3 Mrd. umgesetzt.",
        # a part of the declared sum by where it comes from, nothing made
        "Die angemeldeten Investitionen betragen 2,1 Mrd. Dollar. Davon entfallen 1,3 Mrd. auf "
        "chinesische Unternehmen.",
        # another zone's investment
        "In der Freien Wirtschaftszone Brest haben Investoren 2,1 Mrd. Dollar an Investitionen "
        "angekündigt. Davon wurden 1,3 Mrd. umgesetzt.",
    ],
)
def test_no_investment_made_by_davon_without_a_declared_one(text: str) -> None:
    found = points(RESIDENTS + text)
    assert [p for p in found if p[0] == "park.investment_actual"] == []


# --- 6. prose right after a table whose caption alone names China ----------------------------

_HEAD = (
    "Außenhandel im ersten Halbjahr\n\nMINSK, 5. August (BelTA) – Das Nationale "
    "Statistikkomitee hat die Angaben zum Außenhandel vorgelegt.\n\n"
)
_ROWS = (
    "| Kennzahl | Jan.–Juni 2025 | Jan.–Juni 2024 |\n|---|---|---|\n"
    "| Warenumsatz | 4.410,2 | 4.125,3 |\n| Export | 1.120,5 | 1.144,6 |\n"
    "| Import | 3.289,7 | 2.980,7 |\n\n"
)
_CHINA_CAPTION = (
    "Tabelle 1. Warenhandel von Belarus mit China, Januar–Juni 2025, Mio. US-Dollar\n\n"
)


def trade_points(text: str) -> list[tuple[str, float, str]]:
    """(indicator, value, unit) of each Belarus-China point of a news text."""
    from tests.test_series_trade_families import points as trade

    return sorted((p[0], p[2], p[3]) for p in trade(text, "2025-08-05"))


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Gegenüber dem Vorjahr gingen die Ausfuhren um 2,1 % zurück.", 2.1),
        ("Im Halbjahr stiegen die Warenexporte um 4 %.", 4.0),
        ("Zugleich verringerten sich die belarussischen Ausfuhren um 2,1 Prozent.", 2.1),
        ("Die Exporte sanken gegenüber dem Vorjahreszeitraum um 2,1 Prozent.", 2.1),
        ("Der Warenumsatz wuchs um 6,9 %. Der Export ging dagegen um 2,1 % zurück.", 2.1),
    ],
)
def test_the_exports_after_a_table_whose_caption_names_china(sentence: str, value: float) -> None:
    found = trade_points(_HEAD + _CHINA_CAPTION + _ROWS + sentence)
    assert ("trade.exports", value, "percent") in found
    assert ("trade.exports", 1120.5e6, "USD") in found


def test_the_turnover_after_a_table_whose_caption_names_china() -> None:
    found = trade_points(_HEAD + _CHINA_CAPTION + _ROWS + "Der Warenumsatz wuchs um 6,9 %.")
    assert ("trade.turnover", 6.9, "percent") in found


def test_the_exports_after_a_table_introduced_by_a_sentence_on_china() -> None:
    intro = "Das Statistikkomitee legte die Zahlen zum Handel mit China vor.\n\n"
    found = trade_points(
        _HEAD + intro + _ROWS + "Gegenüber dem Vorjahr gingen die Ausfuhren um 2,1 % zurück."
    )
    assert ("trade.exports", 2.1, "percent") in found


@pytest.mark.parametrize(
    ("caption", "sentence"),
    [
        # a table by partner countries, China not among them: the country's exports
        (
            "Tabelle 1. Außenhandel von Belarus nach Ländern, Januar–Juni 2025\n\n",
            "Gegenüber dem Vorjahr gingen die Ausfuhren um 2,1 % zurück.",
        ),
        # a table on China, then another partner's exports
        (_CHINA_CAPTION, "Die Ausfuhren nach Russland stiegen dagegen um 5 %."),
        # imports, not exports
        (_CHINA_CAPTION, "Gegenüber dem Vorjahr stiegen die Einfuhren um 10,4 %."),
    ],
)
def test_no_exports_to_china_after_another_table_or_of_another_flow(
    caption: str, sentence: str
) -> None:
    found = trade_points(_HEAD + caption + _ROWS + sentence)
    assert [p for p in found if p[0] == "trade.exports" and p[2] == "percent"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Zugleich erhöhten sich die Ausfuhren um 4 %.", [("trade.exports", 4.0, "percent")]),
        ("Zugleich verringerten sich die Ausfuhren nach Russland um 4 %.", []),
        ("Zugleich erhöhten sich die Einfuhren um 4 %.", []),
    ],
)
def test_the_exports_by_a_reflexive_verb_after_a_sentence_on_china(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    text = "Der Handel mit China wuchs im dritten Quartal. " + sentence
    assert [p for p in trade_points(text) if p[0] == "trade.exports"] == expected


# --- 7. the number of the countries of origin; goods beside a declared sum -------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Zahl der Herkunftsländer der Investoren stieg auf 15.",
        "Die Zahl der Herkunftsländer der Residenten erreichte 15.",
        "Die Zahl der Herkunftsstaaten der Parkunternehmen liegt bei 15.",
    ],
)
def test_the_number_of_the_residents_countries_of_origin(sentence: str) -> None:
    assert park("park.countries", 15.0) in points(RESIDENTS + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Zahl der Herkunftsländer der Besucher stieg auf 40.",
        "Die Residenten exportieren in 40 Herkunftsländer ihrer Partner.",
    ],
)
def test_no_countries_of_origin_of_visitors_or_destinations(sentence: str) -> None:
    assert [p for p in points(RESIDENTS + sentence) if p[0] == "park.countries"] == []


@pytest.mark.parametrize(
    ("goods", "indicator"),
    [
        ("Waren für 1,8 Mrd. Rubel hergestellt", "park.output"),
        ("Produkte im Wert von 1,8 Mrd. Rubel exportiert", "park.exports"),
        ("Erzeugnisse für 1,8 Mrd. Rubel abgesetzt", "park.revenue"),
    ],
)
def test_goods_beside_a_declared_sum_are_no_declared_investment(goods: str, indicator: str) -> None:
    found = points(
        RESIDENTS
        + f"Die Residenten haben Investitionen von 2,1 Mrd. Dollar angekündigt und {goods}."
    )
    assert park("park.investment_declared", 2.1e9) in found
    assert park(indicator, 1.8e9) in found
    assert park("park.investment_declared", 1.8e9) not in found
