"""Plans told by a deadline after the text's own date, and agreed aims (issue 7, round 19).

A figure dated by a deadline in its sentence ("bis Ende 2022") is a target when that date is
after the date its text was written, whatever its verb; a deadline passed when the text was
written tells what was done by then (actual). An aim agreed or decided ("vereinbarten, ... zu
steigern") is a target. Test texts of our own in the style of agency reports, with
counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

Point = tuple[str, str, str, float, str]


points = points_of("indicator entity as_of value status", opening="MINSK, 14. Juni (BelTA) – ")


# --- 1. a deadline after the text's date: a target, whatever the verb -------------------------


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # an agreed aim with a deadline, in a text written before it
        (
            "Beide Seiten vereinbarten, den Handel mit China bis Ende 2022 auf 900 Millionen "
            "Dollar zu steigern.",
            "2021-06-14",
            [("trade.turnover", "Belarus-China", "2022-12", 900e6, "target")],
        ),
        # a future tense with a deadline some months ahead of the text
        (
            "Der Handel zwischen Belarus und China wird bis Ende 2022 4 Mrd. Dollar erreichen.",
            "2022-03-02",
            [("trade.turnover", "Belarus-China", "2022-12", 4e9, "target")],
        ),
        (
            "Die Exporte nach China werden bis zum dritten Quartal 2024 um 15 Prozent wachsen, "
            "sagte der Minister.",
            "2023-11-20",
            [("trade.exports", "Belarus-China", "2024-Q3", 15.0, "target")],
        ),
        # the same words in a text written after the deadline: what was done by then
        (
            "Bis Ende 2022 wurden in den Industriepark Great Stone chinesische Investitionen "
            "von 700 Mio. Dollar getätigt.",
            "2023-02-10",
            [("park.investment_actual", "Great Stone", "2022-12", 700e6, "actual")],
        ),
        (
            "Bis Anfang 2022 wurden in den Industriepark Great Stone chinesische Investitionen "
            "von 640 Mio. Dollar getätigt.",
            "2022-03-02",
            [("park.investment_actual", "Great Stone", "2022-01", 640e6, "actual")],
        ),
        # a period ending in the text's own past ("von Januar bis April") stays a fact
        (
            "Von Januar bis April 2022 stieg der Handel mit China auf 1,5 Mrd. Dollar.",
            "2022-05-20",
            [("trade.turnover", "Belarus-China", "2022-01/2022-04", 1.5e9, "actual")],
        ),
    ],
)
def test_a_deadline_after_the_texts_date_is_a_target(text, date, expected):
    assert points(text, date) == expected


# --- 2. an agreed aim: "vereinbarten / beschlossen, ... zu steigern" ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Belarus und China beschlossen, die Exporte nach China im Jahr 2022 auf 1 Mrd. "
            "Dollar zu erhöhen.",
            [("trade.exports", "Belarus-China", "2022", 1e9, "target")],
        ),
        (
            "Die Regierungen vereinbarten im Jahr 2022, den Handel mit China auf 5 Mrd. Dollar "
            "auszubauen.",
            [("trade.turnover", "Belarus-China", "2022", 5e9, "target")],
        ),
        # counter-examples: an aim achieved, and an agreement in a sentence of its own
        (
            "Wie vereinbart, gelang es im Jahr 2021, die Exporte nach China auf 800 Mio. Dollar "
            "zu steigern.",
            [("trade.exports", "Belarus-China", "2021", 800e6, "actual")],
        ),
        (
            "Die Seiten vereinbarten, die Zusammenarbeit auszubauen. Im Jahr 2021 stieg der "
            "Handel mit China auf 4 Mrd. Dollar.",
            [("trade.turnover", "Belarus-China", "2021", 4e9, "actual")],
        ),
    ],
)
def test_an_agreed_aim_is_a_target(text, expected):
    assert points(text, "2021-06-14") == expected


# --- 3. "die Volksrepublik" alone is China where China is named before it ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Belarus und China bauen ihre Zusammenarbeit aus. Im Jahr 2020 exportierte Belarus "
            "Waren im Wert von 610 Millionen Dollar in die Volksrepublik.",
            [("trade.exports", "Belarus-China", "2020", 610e6, "actual")],
        ),
        (
            "Der Botschafter sprach in Peking über die Beziehungen zu China. Im Jahr 2020 "
            "stiegen die Ausfuhren in die Volksrepublik um 12 Prozent.",
            [("trade.exports", "Belarus-China", "2020", 12.0, "actual")],
        ),
        (
            "Das Gebiet Mogiljow pflegt enge Kontakte zu chinesischen Provinzen. Im ersten "
            "Quartal 2021 stieg der Außenhandel der Region mit der Volksrepublik auf 31,5 "
            "Millionen US-Dollar.",
            [("trade.regional", "Mogilev region", "2021-Q1", 31.5e6, "actual")],
        ),
        (
            "Im Jahr 2020 stieg der Außenhandel des Gebiets Brest mit China auf 95 Millionen "
            "US-Dollar.",
            [("trade.regional", "Brest region", "2020", 95e6, "actual")],
        ),
        # counter-examples: another people's republic, China not named before, a region's
        # foreign trade with all partners, and goods from the Volksrepublik (imports)
        (
            "Belarus baut die Beziehungen zu Laos aus. Im Jahr 2020 exportierte Belarus Waren "
            "im Wert von 20 Millionen Dollar in die Volksrepublik.",
            [],
        ),
        (
            "Belarus und China bauen ihre Zusammenarbeit aus. Im Jahr 2020 exportierte Belarus "
            "Waren im Wert von 20 Millionen Dollar in die Volksrepublik Laos.",
            [],
        ),
        (
            "Im Jahr 2020 exportierte Belarus Waren im Wert von 610 Millionen Dollar in die "
            "Volksrepublik.",
            [],
        ),
        (
            "Das Gebiet Mogiljow pflegt Kontakte zu China. Im Jahr 2020 stieg der Außenhandel "
            "der Region auf 2 Mrd. Dollar, China ist ihr zweitgrößter Partner.",
            [],
        ),
        (
            "Belarus und China bauen ihre Zusammenarbeit aus. Im Jahr 2020 importierte Belarus "
            "Waren im Wert von 900 Millionen Dollar aus der Volksrepublik.",
            [],
        ),
    ],
)
def test_the_volksrepublik_alone_is_china_named_before(text, expected):
    assert points(text, "2021-05-10") == expected


def test_a_plan_for_the_next_year_is_of_the_year_after_the_text() -> None:
    text = (
        "Der Handel zwischen Belarus und China soll im nächsten Jahr 10 Milliarden Dollar "
        "erreichen. Im vergangenen Jahr waren es 8,4 Milliarden Dollar."
    )
    assert points(text, "2024-06-14") == [
        ("trade.turnover", "Belarus-China", "2023", 8.4e9, "actual"),
        ("trade.turnover", "Belarus-China", "2025", 1e10, "target"),
    ]
