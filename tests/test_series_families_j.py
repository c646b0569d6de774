"""Round J (set 15's misses), each as a family of wordings with counter-examples
(indicators.md; figures.md, "Spans"). Texts of our own in the style of BelTA, Xinhua, CRI
and Sputnik reports, ministry and embassy statements and regional newspapers:

- a change tacked on to an amount by "das" or "dies" and a verb of being ("..., das waren
  7,8 Prozent mehr als 2024", "..., dies entspricht einem Plus von 9 Prozent");
- deliveries said bare in a text on exports to China ("Insgesamt summierten sich die
  Lieferungen damit auf ..."), and food's part of them two sentences on;
- China's imports from Belarus with no importer named, in a Chinese report (a table's
  caption, prose), and China's exports "in das osteuropäische Land", which are no
  Belarusian exports;
- goods turned over with China or Chinese partners ("Waren für ... umgesetzt");
- a count whose noun is left out: new residents after the residents' count ("19 neue
  hinzugekommen"), a fronted bare number after a set named by a word of quantity ("Immer
  mehr Belarussen ...: Rund 2.200 studieren ..."), and a relative "deren Zahl" of the noun
  right before its comma (all foreign students: no point of Chinese students).
"""

from __future__ import annotations

import pytest

import bycn
from bycn.indicators.series import load_series

Point = tuple[str, str, str, float, str]

TURNOVER, EXPORTS, FOOD = "trade.turnover", "trade.exports", "trade.food_exports"
REGIONAL, ACCREDITED = "trade.regional", "trade.accredited_producers"
NEW_RESIDENTS, BY_IN_CN = "park.new_residents", "edu.students_by_in_cn"
CN_IN_BY = "edu.students_cn_in_by"
BC = "Belarus-China"


def points(text: str, date: str = "2026-02-03", title: str = "") -> list[Point]:
    """(indicator, entity, as_of, value, unit) of each point of a text of ``date``."""
    meta = {"date": date, "title": title} if title else {"date": date}
    series = load_series(bycn.parse_text(text, doc="text", meta=meta))
    return sorted((p.indicator, p.entity, p.as_of, p.value, p.unit) for p in series.itertuples())


def figures(text: str, date: str = "2025-09-03") -> list[tuple[str, str]]:
    """(text, item) of each count of a text."""
    frame = bycn.parse_text(text, doc="text", meta={"date": date}).figures
    return [(r.text, r.item) for r in frame.itertuples() if r.unit == "count"]


# ---------------------------------------------------------------------------------------
# 1. A change after the amount, in a clause of "das"/"dies" and a verb of being
# ---------------------------------------------------------------------------------------

LEAD = "Belarus und China bauen ihre Zusammenarbeit aus. "
AMOUNT = "Der bilaterale Handel wuchs 2025 auf 12,9 Milliarden US-Dollar, "
TRADE_2025 = (TURNOVER, BC, "2025", 12.9e9, "USD")


@pytest.mark.parametrize(
    ("clause", "value"),
    [
        ("das waren 7,8 Prozent mehr als 2024.", 7.8),  # the miss
        ("das sind 7,8 Prozent mehr als im Vorjahr.", 7.8),
        ("dies entspricht einem Plus von 7,8 Prozent.", 7.8),
        ("das bedeutet ein Wachstum von 7,8 Prozent gegenüber 2024.", 7.8),
        ("das ist ein Anstieg um 7,8 Prozent.", 7.8),
        ("das entspricht einem Zuwachs von knapp 7,8 Prozent.", 7.8),
        ("das ist gegenüber 2024 ein Zuwachs von 7,8 Prozent.", 7.8),
        ("dies waren 7,8 Prozent mehr als ein Jahr zuvor.", 7.8),
    ],
)
def test_a_change_said_by_das_and_a_verb_is_the_amount_s(clause: str, value: float) -> None:
    assert points(LEAD + AMOUNT + clause) == sorted(
        [TRADE_2025, (TURNOVER, BC, "2025", value, "percent")]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # exports, the park's exports, food, a region's trade: each its amount's change
        (
            "Die belarussischen Exporte nach China stiegen 2025 auf 2,9 Milliarden Dollar, das "
            "sind 12 Prozent mehr als im Vorjahr.",
            [(EXPORTS, BC, "2025", 2.9e9, "USD"), (EXPORTS, BC, "2025", 12.0, "percent")],
        ),
        (
            "Der Warenumsatz des Gebiets Brest mit China erreichte 2025 412 Millionen Dollar, "
            "dies bedeutet einen Zuwachs von 18 Prozent.",
            [
                (REGIONAL, "Brest region", "2025", 4.12e8, "USD"),
                (REGIONAL, "Brest region", "2025", 18.0, "percent"),
            ],
        ),
    ],
)
def test_the_change_of_other_amounts_too(text: str, expected: list[Point]) -> None:
    assert points(text) == sorted(expected)


@pytest.mark.parametrize(
    "clause",
    [
        # a share of something else, no change of the amount
        "das sind 7,8 Prozent aller Exporte des Landes.",
        "das waren 7,8 Prozent des gesamten Außenhandels.",
        # a bare percent, said as no change
        "das sind 7,8 Prozent.",
    ],
)
def test_a_share_after_das_is_no_change(clause: str) -> None:
    assert points(LEAD + AMOUNT + clause) == [TRADE_2025]


def test_the_change_of_an_amount_that_is_no_point_is_no_one_s() -> None:
    text = (
        LEAD + "Die Importe aus China stiegen 2025 auf 9 Milliarden US-Dollar, das waren 7,8 "
        "Prozent mehr als 2024."
    )
    assert points(text) == []
