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
from tests.conftest import news_series

Point = tuple[str, str, float, str]


def points(text: str, date: str = "2025-11-20") -> list[Point]:
    """(indicator, entity, value, unit) of each point of a news text dated ``date``."""
    series = news_series(text, date)
    return sorted((p.indicator, p.entity, p.value, p.unit) for p in series.itertuples())


def dated(text: str, date: str = "2025-11-20") -> list[tuple[str, str, float, str]]:
    """(indicator, as_of, value, status) of each point of a news text dated ``date``."""
    series = news_series(text, date)
    return sorted((p.indicator, p.as_of, p.value, p.status) for p in series.itertuples())


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
    "told",
    [
        "Darüber berichtete die Nachrichtenagentur BelTA.",
        "Dies gab das Statistikamt am Montag bekannt.",
        "Das geht aus Angaben des Zolls hervor.",
        "So der Vizeminister.",
        "Das erklärte der Botschafter in Minsk.",
    ],
)
def test_a_level_refers_back_past_who_told_the_point(told):
    assert dated(f"{TRADE}{told} {YEAR_BEFORE}") == [
        ("trade.turnover", "2024-H1", 3.6e9, "actual"),
        ("trade.turnover", "2025-H1", 4.1e9, "actual"),
    ]


@pytest.mark.parametrize(
    "between",
    [
        # a sentence that tells something of its own
        "Das Ministerium rechnet mit weiterem Wachstum.",
        "Die Importe aus Russland gingen zurück.",
    ],
)
def test_no_refer_back_past_a_sentence_of_its_own(between):
    assert dated(f"{TRADE}{between} {YEAR_BEFORE}") == [
        ("trade.turnover", "2025-H1", 4.1e9, "actual"),
    ]
