"""Trade and park wordings (issue 7, round 21): a pronoun for the amount whose growth was
told, a region's bare ``Umsatz`` in a text on trade turnover, the growth of investment made,
the residents' ``Einkommen``; a town's inhabitants are no residents, people who are to live
in the park are no jobs.

Texts of our own in the style of BelTA, regional portals and Belstat; each class with
sentences said alike that must not become such points.
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series, points_of

Point = tuple[str, str, float, str]


points = points_of("indicator entity value unit", date="2024-05-15")


# --- an amount refers back to the quantity whose growth the sentence before told -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Gebiet Brest hat im ersten Quartal seine Exporte nach China um 22 Prozent "
            "gesteigert. Sie erreichten 48,5 Mio. USD, teilte das Gebietsexekutivkomitee mit.",
            [
                ("trade.regional", "Brest region", 22.0, "percent"),
                ("trade.regional", "Brest region", 48.5e6, "USD"),
            ],
        ),
        (
            "Der Handelsumsatz zwischen Belarus und China ist im Januar-April um 12 Prozent "
            "gewachsen. Er belief sich auf 2,9 Mrd. Dollar.",
            [
                ("trade.turnover", "Belarus-China", 12.0, "percent"),
                ("trade.turnover", "Belarus-China", 2.9e9, "USD"),
            ],
        ),
        (
            "Die Exporte der Residenten des Industrieparks stiegen im ersten Halbjahr um das "
            "1,4-fache. Sie betrugen 96 Millionen Dollar.",
            [
                ("park.exports", "Great Stone", 1.4, "times"),
                ("park.exports", "Great Stone", 96e6, "USD"),
            ],
        ),
    ],
)
def test_an_amount_continues_the_growth_it_is_the_amount_of(text, expected):
    assert points(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change in money after a growth is no level of the amount
        (
            "Die Exporte nach China stiegen im ersten Quartal um 22 Prozent. Sie wuchsen um "
            "9 Mio. Dollar.",
            [("trade.exports", "Belarus-China", 22.0, "percent")],
        ),
        # a count after a growth of money is no amount
        (
            "Die Exporte nach China stiegen im ersten Quartal um 22 Prozent. Sie gingen an "
            "40 Abnehmer.",
            [("trade.exports", "Belarus-China", 22.0, "percent")],
        ),
        # "Sie" as the speaker, before a verb of saying
        (
            "Die Exporte nach China stiegen im ersten Quartal um 22 Prozent. Sie sagte, "
            "12 Mio. Dollar seien Milchprodukte.",
            [("trade.exports", "Belarus-China", 22.0, "percent")],
        ),
    ],
)
def test_no_amount_continues_without_being_the_level(text, expected):
    assert points(text) == expected


# --- a region's bare "Umsatz" in a text on trade turnover with China -------------------------

TURNOVER_TEXT = (
    "---\ntitle: Warenumsatz der Regionen mit China im ersten Halbjahr 2024\n---\n"
    "Der Warenumsatz von Belarus mit China belief sich im ersten Halbjahr 2024 auf 4,1 "
    "Milliarden US-Dollar.\n\n"
    "Am stärksten wuchs der Handel des Gebiets Grodno mit China, um 31 Prozent. {sentence}\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Im Gebiet Witebsk ging der Umsatz dagegen um 6,5 Prozent zurück.",
            [("trade.regional", "Vitebsk region", 6.5, "percent")],
        ),
        (
            "Der Umsatz des Gebiets Brest stieg um 4 Prozent.",
            [("trade.regional", "Brest region", 4.0, "percent")],
        ),
        # a shop's or a firm's turnover is no region's trade
        ("Im Gebiet Witebsk stieg der Umsatz im Einzelhandel um 3 Prozent.", []),
        ("Im Gebiet Witebsk stieg der Umsatz der Betriebe um 3 Prozent.", []),
        # China named nowhere in the paragraph: no partner
    ],
)
def test_a_regions_bare_turnover_in_a_text_on_trade_with_china(sentence, expected):
    found = points(TURNOVER_TEXT.format(sentence=sentence))
    expected = [
        ("trade.regional", "Grodno region", 31.0, "percent"),
        ("trade.turnover", "Belarus-China", 4.1e9, "USD"),
        *expected,
    ]
    assert found == sorted(expected)


def test_a_bare_turnover_without_a_text_on_trade_is_none():
    text = (
        "Das Gebiet Witebsk baut die Zusammenarbeit mit China aus. Im Gebiet Witebsk ging "
        "der Umsatz um 6,5 Prozent zurück.\n"
    )
    assert points(text) == []


def test_a_bare_turnover_needs_china_in_its_paragraph():
    text = (
        "# Warenumsatz der Regionen mit China\n\n"
        "Der Tourismus im Gebiet Witebsk wächst. Im Gebiet Witebsk stieg der Umsatz um 6,5 "
        "Prozent.\n"
    )
    assert points(text) == []


# --- the park: growth of investment made, the residents' income -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nach den Ergebnissen für neun Monate 2024 sind im Industriepark Großer Stein die "
            "Investitionen in das Anlagekapital um das 1,6-fache gestiegen.",
            [("park.investment_actual", "Great Stone", 1.6, "times")],
        ),
        (
            "Im Industriepark wurden im ersten Halbjahr um 35 Prozent mehr Mittel investiert "
            "als ein Jahr zuvor.",
            [("park.investment_actual", "Great Stone", 35.0, "percent")],
        ),
        # a share of the residents, no growth
        (
            "Im Industriepark Großer Stein haben im ersten Halbjahr 35 Prozent der Residenten "
            "investiert.",
            [],
        ),
        (
            "Das Einkommen der Residenten des Industrieparks Great Stone ist 2024 um 38 "
            "Prozent gestiegen.",
            [("park.revenue", "Great Stone", 38.0, "percent")],
        ),
        (
            "Im Industriepark Großer Stein ist das Einkommen der Beschäftigten um 12 Prozent "
            "gestiegen.",
            [],
        ),
    ],
)
def test_park_investment_growth_and_income(text, expected):
    assert points(text) == expected


def test_a_share_of_investment_is_no_growth():
    text = (
        "Im Industriepark Großer Stein entfielen 30 Prozent der Investitionen in das "
        "Anlagekapital auf Logistik.\n"
    )
    assert points(text) == []


# --- no residents, no jobs: a town's inhabitants, people who are to live there ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Industriepark Großer Stein arbeiten rund 2.900 Menschen. Viele pendeln aus "
            "Smolewitschi, einer Stadt mit 16.000 Einwohnern.",
            [("park.jobs", "Great Stone", 2900.0, "count")],
        ),
        (
            "Der Industriepark liegt bei Smolewitschi. Die Kleinstadt hat 16.000 Einwohner.",
            [],
        ),
        (
            "Rund 120.000 Menschen sollen einmal im Industriepark Großer Stein arbeiten und leben.",
            [],
        ),
        # the residents and the jobs themselves stay points
        (
            "Im Industriepark Großer Stein sind 141 Einwohner registriert. 3.100 Menschen "
            "arbeiten dort.",
            [
                ("park.jobs", "Great Stone", 3100.0, "count"),
                ("park.residents", "Great Stone", 141.0, "count"),
            ],
        ),
    ],
)
def test_a_towns_inhabitants_are_no_residents_nor_jobs(text, expected):
    assert points(text) == expected


# --- two subjects joined by "und" share the figure's predicate --------------------------------

_RESULTS = "Die Residenten des Industrieparks Großer Stein arbeiten effizienter. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In den ersten neun Monaten sind der Export der Waren und der Gehälter der "
            "Beschäftigten um das 1,2fache gestiegen.",
            [("park.exports", "Great Stone", 1.2, "times")],
        ),
        (
            "Im ersten Halbjahr wuchsen die Exporte und die Löhne um 15 Prozent.",
            [("park.exports", "Great Stone", 15.0, "percent")],
        ),
        # two figures, each with its own subject: the second is not the first's
        (
            "Im ersten Halbjahr wuchs der Export um 15 Prozent und der Gewinn um 30 Prozent.",
            [("park.exports", "Great Stone", 15.0, "percent")],
        ),
        # the first subject is no indicator's: nothing to share
        (
            "Im ersten Halbjahr wuchsen die Löhne und die Gewinne um 15 Prozent.",
            [],
        ),
    ],
)
def test_coordinated_subjects_share_the_figure(sentence, expected):
    assert points(_RESULTS + sentence) == expected


def test_a_measures_two_genitives_share_it_no_ones():
    """ "die Zahl der Residenten und der Beschäftigten": the count of both, no residents'."""
    text = (
        _RESULTS + "Im Industriepark stieg die Zahl der Residenten und der Beschäftigten auf 3.000."
    )
    assert points(text) == []


def test_a_verbs_own_clause_shares_no_figure():
    """ "Die Exporte stiegen deutlich und die Löhne um 15 Prozent": the 15 % is the wages'."""
    text = _RESULTS + "Im ersten Halbjahr stiegen die Exporte deutlich und die Löhne um 15 Prozent."
    assert points(text) == []


# --- China's imports from Belarus are Belarus's exports to China ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Laut der chinesischen Zollverwaltung stiegen die chinesischen Importe aus Belarus "
            "2023 auf 1,9 Milliarden US-Dollar.",
            [("trade.exports", "Belarus-China", 1.9e9, "USD")],
        ),
        (
            "Der Handel zwischen China und Belarus erreichte 2012 rund 1,6 Mrd. Dollar, davon "
            "entfielen 940 Mio. Dollar auf chinesische Lieferungen nach Belarus und 660 Mio. "
            "Dollar auf chinesische Importe aus dem osteuropäischen Staat.",
            [
                ("trade.exports", "Belarus-China", 660e6, "USD"),
                ("trade.turnover", "Belarus-China", 1.6e9, "USD"),
            ],
        ),
        (
            "Chinas Einfuhren aus Belarus wuchsen im ersten Halbjahr um 14 Prozent, teilte "
            "der Zoll in Peking mit.",
            [("trade.exports", "Belarus-China", 14.0, "percent")],
        ),
        # China's imports from elsewhere, Belarus's own imports, one product, a share
        (
            "Die chinesischen Importe aus Russland stiegen um 20 Prozent, meldete Belarus' "
            "Botschaft.",
            [],
        ),
        (
            "Belarus importierte 2023 aus China Waren für 6,4 Mrd. Dollar.",
            [],
        ),
        (
            "Die chinesischen Importe von Milchprodukten aus Belarus stiegen auf 120 Mio. Dollar.",
            [],
        ),
        (
            "Der Anteil Chinas Importe aus Belarus an allen Einfuhren beträgt 0,1 Prozent.",
            [],
        ),
    ],
)
def test_chinas_imports_from_belarus_are_its_exports(text, expected):
    assert points(text) == expected


# --- an amount of money said as a difference is no point ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Handelsumsatz zwischen Belarus und China stieg 2023 um 500 Mio. Dollar.",
            [],
        ),
        (
            "Die Exporte nach China stiegen 2023 um rund 200 Millionen Dollar auf 1,9 "
            "Milliarden Dollar.",
            [("trade.exports", "Belarus-China", 1.9e9, "USD")],
        ),
        (
            "Der Handelsumsatz mit China beläuft sich 2023 auf 8,4 Mrd. Dollar und übersteigt "
            "den Handel mit der EU um eine Milliarde.",
            [("trade.turnover", "Belarus-China", 8.4e9, "USD")],
        ),
        (
            "Die Residenten des Industrieparks exportierten 2023 Waren für 90 Mio. Dollar, 20 "
            "Mio. Dollar mehr als im Vorjahr.",
            [("park.exports", "Great Stone", 90e6, "USD")],
        ),
        # the growth in percent or times, and the level reached, stay points
        (
            "Der Handelsumsatz zwischen Belarus und China stieg 2023 um 12 Prozent auf 8,4 "
            "Mrd. Dollar.",
            [
                ("trade.turnover", "Belarus-China", 12.0, "percent"),
                ("trade.turnover", "Belarus-China", 8.4e9, "USD"),
            ],
        ),
    ],
)
def test_a_difference_in_money_is_no_point(text, expected):
    assert points(text) == sorted(expected)


# --- the part of the turnover that is Belarus's exports ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der bilaterale Handel erreichte 2023 ein Volumen von 8,4 Mrd. Dollar, davon "
            "entfielen 1,9 Mrd. Dollar auf belarussische Exporte und 6,5 Mrd. Dollar auf "
            "Importe aus China.",
            [
                ("trade.exports", "Belarus-China", 1.9e9, "USD"),
                ("trade.turnover", "Belarus-China", 8.4e9, "USD"),
            ],
        ),
        (
            "Der Warenumsatz zwischen Belarus und China betrug 2023 8,4 Mrd. Dollar. Davon "
            "entfielen 1,9 Mrd. Dollar auf die belarussischen Ausfuhren.",
            [
                ("trade.exports", "Belarus-China", 1.9e9, "USD"),
                ("trade.turnover", "Belarus-China", 8.4e9, "USD"),
            ],
        ),
        # another partner's, and a share
        (
            "Der Warenumsatz zwischen Belarus und Russland betrug 2023 50 Mrd. Dollar. Davon "
            "entfielen 20 Mrd. Dollar auf die belarussischen Ausfuhren.",
            [],
        ),
        (
            "Der Handel zwischen Belarus und China erreichte 2023 8,4 Mrd. Dollar, davon "
            "entfielen 23 Prozent auf belarussische Exporte.",
            [("trade.turnover", "Belarus-China", 8.4e9, "USD")],
        ),
    ],
)
def test_the_exports_part_of_the_turnover(text, expected):
    assert points(text) == sorted(expected)


# --- the park's results said plainly: sales, output, the residents' total ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Residenten des Industrieparks haben 2023 Waren im Wert von 310 Mio. Dollar "
            "verkauft.",
            [("park.revenue", "Great Stone", 310e6, "USD")],
        ),
        (
            "Nach den Ergebnissen des ersten Quartals stiegen im Industriepark die Produktion "
            "um das 1,3-fache und der Export um das 1,2-fache.",
            [
                ("park.exports", "Great Stone", 1.2, "times"),
                ("park.output", "Great Stone", 1.3, "times"),
            ],
        ),
        (
            "Im vergangenen Jahr kamen 20 neue Residenten in den Industriepark. Ihre "
            "Gesamtzahl stieg damit auf 120.",
            [
                ("park.new_residents", "Great Stone", 20.0, "count"),
                ("park.residents", "Great Stone", 120.0, "count"),
            ],
        ),
        # sold abroad is exports' (no word of export here: none); one product's output
        (
            "Die Residenten des Industrieparks haben 2023 Waren im Wert von 200 Mio. Dollar "
            "nach Russland verkauft.",
            [],
        ),
        (
            "Im Industriepark Großer Stein begann die Produktion von Elektrobussen, sie "
            "wuchs 2023 um 40 Prozent.",
            [],
        ),
    ],
)
def test_the_parks_results_said_plainly(text, expected):
    assert points(text) == sorted(expected)


# --- "Der Handel" alone after a sentence on trade with China -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Exporte belarussischer Waren nach China stiegen 2023 um 15,3 Prozent. Der "
            "Handel insgesamt erreichte ein Rekordniveau von 8,4 Milliarden Dollar.",
            [
                ("trade.exports", "Belarus-China", 15.3, "percent"),
                ("trade.turnover", "Belarus-China", 8.4e9, "USD"),
            ],
        ),
        # a region's trade, another partner's, trade on the internet
        (
            "Das Gebiet Brest liefert Milch nach China. Der Handel stieg 2023 um 20 Prozent.",
            [("trade.regional", "Brest region", 20.0, "percent")],
        ),
        (
            "Die Exporte nach China stiegen 2023 um 15 Prozent. Der Handel mit Russland wuchs "
            "um 5 Prozent.",
            [("trade.exports", "Belarus-China", 15.0, "percent")],
        ),
        (
            "Der Online-Handel mit chinesischen Waren boomt. Der Handel im Internet wuchs 2023 "
            "um 30 Prozent.",
            [],
        ),
        # China named three sentences back: too far
        (
            "China liefert Elektronik. Die Nachfrage ist groß. Das Wetter war gut. Der Handel "
            "stieg 2023 um 20 Prozent.",
            [],
        ),
    ],
)
def test_the_trade_alone_after_a_sentence_on_china(text, expected):
    assert points(text) == sorted(expected)


# --- accredited producers counted by "Zahl der ... zugelassenen Betriebe" ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GRODNO, 10. Oktober (BelTA) – Die Zahl der für den Export nach China zugelassenen "
            "Betriebe im Gebiet Grodno ist auf 18 gestiegen.",
            [("trade.accredited_producers", "Grodno region", 18.0, "count")],
        ),
        (
            "Die Zahl der für den Export nach China akkreditierten belarussischen Unternehmen "
            "beträgt 150.",
            [("trade.accredited_producers", "Belarus-China", 150.0, "count")],
        ),
        # all firms of a region, and a change by so many
        ("Die Zahl der Betriebe im Gebiet Grodno stieg auf 18.", []),
        ("Die Zahl der für den Export nach China zugelassenen Betriebe stieg um 3.", []),
    ],
)
def test_accredited_producers_counted_by_their_number(text, expected):
    assert points(text) == expected


# --- what one reckons with is a forecast --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Die Parkverwaltung rechnet bis Ende des Jahres mit 150 Residenten.", "target"),
        ("Wir rechnen 2024 mit einem Wachstum des Handels mit China um 10 Prozent.", "target"),
        # a fact; "mit" of another verb
        ("Der Handel mit China stieg 2023 um 10 Prozent.", "actual"),
        ("Im Industriepark sind 150 Residenten mit Kapital aus China registriert.", "actual"),
    ],
)
def test_what_one_reckons_with_is_a_forecast(text, status):
    assert {p.status for p in news_series(text, "2024-03-01").itertuples()} == {status}
