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
