"""Trade wordings as families (round C, trade10): a region's exports by the other verbs of
export, China's imports from Belarus said with China as the subject, the volume said before
named again ("dieses Volumen"), a pronoun after more verbs of change, the exports beside the
turnover in one sentence, a sentence that only tells who said it between a point and the
figure that refers back to it, and China's trade with another country said by "mit".

Texts of our own in the style of BelTA, Xinhua, Belstat and embassy statements; each family
with sentences said alike that must not become such points.
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series, points_of

Point = tuple[str, str, float, str]


points = points_of("indicator entity value unit", date="2025-11-20")


def dated(text: str, date: str = "2025-11-20") -> list[tuple[str, str, float, str]]:
    """(indicator, as_of, value, status) of each point of a news text dated ``date``."""
    series = news_series(text, date)
    return sorted((p.indicator, p.as_of, p.value, p.status) for p in series.itertuples())


# --- a region's exports by the other verbs of export, active and passive ----------------------

GRODNO = [("trade.regional", "Grodno region", 48.7e6, "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "Die Unternehmen des Gebiets Grodno steigern ihre Lieferungen. Wie die Hauptverwaltung "
        "mitteilte, wurden im ersten Quartal Waren im Wert von 48,7 Millionen US-Dollar nach "
        "China ausgeführt.",
        "Das Gebiet Grodno führte im ersten Quartal Waren im Wert von 48,7 Millionen Dollar "
        "nach China aus.",
        "Betriebe des Gebiets Grodno verkauften im ersten Quartal Erzeugnisse für 48,7 "
        "Millionen Dollar nach China.",
        "Im ersten Quartal hat das Gebiet Grodno Produkte für 48,7 Millionen Dollar auf dem "
        "chinesischen Markt abgesetzt.",
        "Das Gebiet Grodno arbeitet eng mit China zusammen. Im ersten Quartal wurden aus dem "
        "Gebiet Güter für 48,7 Millionen Dollar in die Volksrepublik verkauft.",
    ],
)
def test_a_regions_exports_by_every_verb_of_export(text):
    assert points(text, "2026-04-03") == GRODNO


@pytest.mark.parametrize(
    "text",
    [
        # works carried out, no goods sent
        "Im Gebiet Grodno wurden im ersten Quartal Bauarbeiten für 48,7 Millionen Dollar von "
        "einer chinesischen Firma ausgeführt.",
        # one product's exports
        "Das Gebiet Grodno verkaufte im ersten Quartal Holz für 48,7 Millionen Dollar nach China.",
        # flats sold to Chinese buyers are no goods exported
        "Im Gebiet Grodno wurden im ersten Quartal Wohnungen für 48,7 Millionen Dollar an "
        "chinesische Käufer verkauft.",
        # another partner
        "Das Gebiet Grodno führte im ersten Quartal Waren im Wert von 48,7 Millionen Dollar "
        "nach Polen aus.",
    ],
)
def test_no_regional_exports_without_goods_sent_to_china(text):
    assert points(text, "2026-04-03") == []


# --- China's imports from Belarus, China the subject ------------------------------------------

EXPORTS = ("trade.exports", "Belarus-China", 2.8e9, "USD")


@pytest.mark.parametrize(
    "text",
    [
        "Der Handel zwischen Belarus und China wuchs 2024 auf 9,1 Mrd. Dollar. Chinas Ausfuhren "
        "nach Belarus machten 6,3 Mrd. Dollar aus, während die Volksrepublik Waren im Wert von "
        "2,8 Mrd. Dollar aus dem osteuropäischen Land einführte.",
        "Belarus und China bauen ihren Handel aus. Im Jahr 2024 führte China Waren im Wert von "
        "2,8 Mrd. Dollar aus Belarus ein.",
        "Belarus und China bauen ihren Handel aus. Im Jahr 2024 bezog China aus Belarus Waren "
        "für 2,8 Mrd. Dollar.",
        "Belarus und China bauen ihren Handel aus. Aus Belarus wurden im Jahr 2024 Waren für "
        "2,8 Mrd. Dollar nach China eingeführt.",
        "Belarus und China bauen ihren Handel aus. Das Reich der Mitte hat im Jahr 2024 aus "
        "Weißrussland Waren für 2,8 Mrd. Dollar importiert.",
        "Belarus und China bauen ihren Handel aus. Im Jahr 2024 importierte die Volksrepublik "
        "aus Belarus Waren für 2,8 Mrd. Dollar.",
        "Die Volksrepublik und Belarus bauen ihren Handel aus. Peking bezog im Jahr 2024 aus "
        "dem osteuropäischen Staat Güter für 2,8 Mrd. Dollar.",
    ],
)
def test_chinas_imports_from_belarus_are_belarus_exports(text):
    assert EXPORTS in points(text)


@pytest.mark.parametrize(
    "text",
    [
        # China's exports to Belarus
        "Belarus und China bauen ihren Handel aus. Im Jahr 2024 führte China Waren für 6,3 Mrd. "
        "Dollar nach Belarus aus.",
        # Belarus's imports from China
        "Belarus und China bauen ihren Handel aus. Im Jahr 2024 importierte Belarus Waren für "
        "6,3 Mrd. Dollar aus China.",
        # another importer
        "Belarus und China bauen ihren Handel aus. Russland bezog im Jahr 2024 aus Belarus Waren "
        "für 6,3 Mrd. Dollar.",
        # what China bought in Belarus is an investment, no goods imported
        "Belarus und China bauen ihren Handel aus. Peking kaufte im Jahr 2024 in Belarus ein "
        "Werk für 50 Mio. Dollar.",
        # China's imports from another country
        "Belarus und China bauen ihren Handel aus. China bezog im Jahr 2024 aus Kasachstan Waren "
        "für 6,3 Mrd. Dollar.",
    ],
)
def test_no_exports_of_belarus_where_china_does_not_buy_from_it(text):
    assert points(text) == []


# --- the volume said before, named again -------------------------------------------------------

INVESTED = (
    "Die Investitionen chinesischer Unternehmen in Belarus haben 9 Milliarden US-Dollar "
    "überschritten. "
)


@pytest.mark.parametrize(
    "then",
    [
        "Bis 2030 streben beide Seiten an, dieses Volumen auf 15 Milliarden Dollar zu erhöhen.",
        "Bis 2030 soll diese Summe auf 15 Milliarden Dollar wachsen.",
        "Beide Seiten wollen diesen Betrag bis 2030 auf 15 Milliarden Dollar anheben.",
        "Bis 2030 soll dieses Niveau auf 15 Milliarden Dollar steigen.",
        "Diesen Wert wollen beide Regierungen bis 2030 auf 15 Milliarden Dollar bringen.",
    ],
)
def test_a_target_of_the_volume_named_before(then):
    assert ("trade.chinese_investment", "2030", 15e9, "target") in dated(INVESTED + then)


def test_the_volume_of_the_turnover_named_again():
    text = (
        "Der Warenumsatz zwischen Belarus und China erreichte 2024 rund 8 Milliarden Dollar. "
        "Bis 2030 soll dieser Umfang auf 15 Milliarden Dollar steigen."
    )
    assert ("trade.turnover", "2030", 15e9, "target") in dated(text)


@pytest.mark.parametrize(
    "then",
    [
        # "dieses Jahr", "diesen Monat" name a time, no volume
        "Dieses Jahr kostete ein neues Werk in Minsk 15 Millionen Dollar.",
        "Diesen Monat wurden Kredite über 15 Millionen Dollar vergeben.",
        # a volume said of something else
        "Ein Werk dieses Volumens kostet 15 Millionen Dollar.",
    ],
)
def test_no_volume_named_again_without_a_demonstrative_of_it(then):
    assert dated(INVESTED + then) == [
        ("trade.chinese_investment", "2025-11", 9e9, "actual"),
    ]


# --- a pronoun after the other verbs of change -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Auch der Warenaustausch mit China entwickelt sich dynamisch: In den ersten neun "
        "Monaten dieses Jahres legte er um 7 Prozent zu.",
        "Der Handelsumsatz zwischen Belarus und China wächst weiter: In den ersten neun Monaten "
        "nahm er um 7 Prozent zu.",
        "Der Handelsumsatz zwischen Belarus und China ist rückläufig: Im ersten Halbjahr ging "
        "er um 7 Prozent zurück.",
        "Der Warenverkehr zwischen Belarus und China hat sich belebt: Im ersten Halbjahr "
        "kletterte er um 7 Prozent.",
        "Das Handelsvolumen zwischen Belarus und China wächst: Im ersten Halbjahr erhöhte es "
        "sich um 7 Prozent.",
    ],
)
def test_the_turnovers_growth_by_a_pronoun_after_a_colon(text):
    assert points(text) == [("trade.turnover", "Belarus-China", 7.0, "percent")]


BREST = [
    ("trade.regional", "Brest region", 34.2, "percent"),
    ("trade.regional", "Brest region", 163.8e6, "USD"),
]


@pytest.mark.parametrize(
    "then",
    [
        "Nach Angaben der Abteilung für Außenwirtschaft belaufen sie sich auf 163,8 Millionen "
        "US-Dollar.",
        "Insgesamt summierten sie sich auf 163,8 Millionen US-Dollar.",
        "Dabei kletterten sie auf 163,8 Millionen US-Dollar.",
        "Laut Statistik summieren sie sich auf 163,8 Millionen US-Dollar.",
    ],
)
def test_the_amount_of_the_exports_by_a_pronoun(then):
    text = (
        "Um 34,2 Prozent gesteigert wurden die Lieferungen des Gebiets Brest nach China von "
        "Januar bis September. " + then
    )
    assert points(text) == BREST


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before holds no point: another partner's deliveries
        "Die Lieferungen des Gebiets Brest nach Russland stiegen. Nach Angaben der Abteilung "
        "belaufen sie sich auf 163,8 Millionen US-Dollar.",
        # "legte Wert auf": no change of what came before
        "Der Warenaustausch mit China entwickelt sich dynamisch. Im Gespräch legte er Wert auf "
        "7 neue Projekte.",
    ],
)
def test_no_pronoun_point_without_a_point_it_continues(text):
    assert points(text) == []


# --- the exports beside the turnover in one sentence ------------------------------------------

TITLE = "Außenhandel mit China\n\n"


@pytest.mark.parametrize(
    ("sentence", "exports"),
    [
        (
            "Gegenüber dem Vorjahr nahm der Warenumsatz um 6,9 % zu, während die Ausfuhren um "
            "2,1 % zurückgingen.",
            2.1,
        ),
        (
            "Im ersten Halbjahr stieg der Handelsumsatz um 5 %, wobei sich die Exporte um 3 % "
            "verringerten.",
            3.0,
        ),
        (
            "Das Handelsvolumen stieg im ersten Halbjahr um 5 %, die Exporte dagegen sanken um "
            "3 %.",
            3.0,
        ),
        (
            "Im ersten Halbjahr stieg der Warenumsatz um 5 %, wohingegen der Export um 3 % sank.",
            3.0,
        ),
        (
            "Der Warenaustausch wuchs im ersten Halbjahr auf 2 Mrd. Dollar und der Export auf 700 "
            "Mio. Dollar.",
            700e6,
        ),
    ],
)
def test_the_exports_beside_the_turnover(sentence, exports):
    found = points(TITLE + sentence)
    unit = "USD" if exports > 1000 else "percent"
    assert ("trade.exports", "Belarus-China", exports, unit) in found
    assert [p for p in found if p[0] == "trade.turnover"]


def test_the_exports_after_their_verb_after_a_sentence_on_trade_with_china():
    text = (
        "Der Handel mit China wuchs im dritten Quartal. Gegenüber dem Vorjahr gingen die "
        "Ausfuhren um 2,1 % zurück."
    )
    assert points(text) == [("trade.exports", "Belarus-China", 2.1, "percent")]


@pytest.mark.parametrize(
    "text",
    [
        # imports, not exports
        TITLE + "Im ersten Halbjahr stieg der Warenumsatz um 5 %, während die Importe um 9 % "
        "zulegten.",
        # exports to another partner
        TITLE + "Im ersten Halbjahr stieg der Warenumsatz um 5 %, während die Ausfuhren nach "
        "Russland um 2 % zurückgingen.",
        # one product's exports
        TITLE + "Im ersten Halbjahr stieg der Warenumsatz um 5 %, während die Ausfuhren von "
        "Milchprodukten um 2 % zurückgingen.",
        # a text that never names China: the country's trade with the world
        "Außenhandel der Republik Belarus\n\nIm ersten Halbjahr stieg der Warenumsatz um 5 %, "
        "während die Ausfuhren um 2 % zurückgingen.",
    ],
)
def test_no_exports_beside_the_turnover_of_other_goods_or_partners(text):
    assert not [p for p in points(text) if p[0] == "trade.exports"]


# --- a sentence that only tells who said it ---------------------------------------------------

TRADE = "Der Handel zwischen Belarus und China stieg im ersten Halbjahr auf 4,1 Mrd. Dollar. "
YEAR_BEFORE = "Ein Jahr zuvor waren es 3,6 Mrd. Dollar."


def test_the_year_before_past_the_ministry_that_told_it():
    text = (
        "Chinesische Investoren haben in den ersten neun Monaten 420 Millionen US-Dollar in die "
        "belarussische Wirtschaft gesteckt. Das teilte das Wirtschaftsministerium am Dienstag "
        "mit. Im Vorjahreszeitraum waren es 350 Millionen Dollar gewesen."
    )
    assert dated(text, "2025-12-09") == [
        ("trade.chinese_investment", "2024-01/2024-09", 350e6, "actual"),
        ("trade.chinese_investment", "2025-01/2025-09", 420e6, "actual"),
    ]


@pytest.mark.parametrize(
    ("between", "continued"),
    [
        ("Darüber berichtete die Nachrichtenagentur BelTA.", True),
        ("Dies gab das Statistikamt am Montag bekannt.", True),
        ("Das geht aus Angaben des Zolls hervor.", True),
        ("So der Vizeminister.", True),
        ("Das erklärte der Botschafter in Minsk.", True),
        # a sentence that tells something of its own
        ("Das Ministerium rechnet mit weiterem Wachstum.", False),
        ("Die Importe aus Russland gingen zurück.", False),
    ],
)
def test_a_level_refers_back_only_past_who_told_the_point(between, continued):
    found = [("trade.turnover", "2025-H1", 4.1e9, "actual")]
    if continued:
        found.insert(0, ("trade.turnover", "2024-H1", 3.6e9, "actual"))
    assert dated(f"{TRADE}{between} {YEAR_BEFORE}") == found


# --- China's trade with another country -------------------------------------------------------

BILATERAL = "Der Handelsumsatz zwischen Belarus und China erreichte 2025 rund 9 Mrd. Dollar. "


@pytest.mark.parametrize(
    "other",
    [
        "Mit Russland wickelte China im selben Jahr einen Warenverkehr von 245 Mrd. Dollar ab.",
        "Chinas Handel mit Kasachstan belief sich auf 40 Mrd. Dollar.",
        "Der Warenumsatz Chinas mit der Türkei stieg um 4 Prozent.",
        "Mit Usbekistan kam China auf ein Handelsvolumen von 14 Mrd. Dollar.",
        "Im Handelsvolumen mit Russland wurden 245 Mrd. Dollar erreicht.",
    ],
)
def test_chinas_trade_with_another_country_is_no_point(other):
    assert points(BILATERAL + other) == [("trade.turnover", "Belarus-China", 9e9, "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "Der Handelsumsatz mit China stieg 2025 auf 9 Mrd. Dollar.",
        "Der Warenverkehr mit der Volksrepublik China stieg 2025 auf 9 Mrd. Dollar.",
        # another country compared after the figure
        "Der Handelsumsatz mit China erreichte 2025 rund 9 Mrd. Dollar und liegt damit gleich "
        "nach dem mit Russland.",
        # "bezog sich" is no import: the turnover, no exports
        "Belarus und China. Der Minister bezog sich auf Angaben aus Belarus, wonach der Handel "
        "mit China 2025 auf 9 Mrd. Dollar stieg.",
    ],
)
def test_the_trade_with_china_stays_a_point(text):
    assert points(text) == [("trade.turnover", "Belarus-China", 9e9, "USD")]
