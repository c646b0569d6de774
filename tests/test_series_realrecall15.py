"""Wordings of a real-text round (session 23, realrecall15): a base year's value in brackets,
a yearly turnover said with its partner, producers certified, residents a park unites, a
plan's pronoun after a dated plan, and the year a text's "results of the year" name.

Test texts of our own in the style of agency reports (BelTA, Xinhua), several phrasings
each, with counter-examples that must not become points (or must stay what they were).
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series

Point = tuple[str, str, str, float, str, str]


def points(text: str, date: str = "2024-09-05") -> list[Point]:
    """(indicator, entity, as_of, value, unit, status) of each point of a news text."""
    series = news_series(f"MINSK, 5. September (BelTA) – {text}", date)
    return sorted(
        (p.indicator, p.entity, p.as_of, p.value, p.unit, p.status) for p in series.itertuples()
    )


TURNOVER_2023 = ("trade.turnover", "Belarus-China", "2023", 8.4e9, "USD", "actual")
TURNOVER_2020 = ("trade.turnover", "Belarus-China", "2020", 3e9, "USD", "actual")


# --- 1. a base year's value in brackets after it, and the multiple said with "was" ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the real wording's shape: "was 2,8-mal so viel ist wie im Jahr 2020 (...)"
        (
            "Der bilaterale Handel mit China stieg 2023 auf 8,4 Mrd. Dollar, was 2,8-mal so "
            "viel ist wie im Jahr 2020 (3 Mrd. Dollar).",
            [
                TURNOVER_2020,
                TURNOVER_2023,
                ("trade.turnover", "Belarus-China", "2023", 2.8, "times", "actual"),
            ],
        ),
        # "gegenüber 2020 (...)": a comparison's base, its value in brackets
        (
            "Der Handelsumsatz zwischen Belarus und China stieg im vergangenen Jahr auf 8,4 "
            "Mrd. Dollar, gegenüber 2020 (3 Mrd. Dollar) fast eine Verdreifachung.",
            [TURNOVER_2020, TURNOVER_2023],
        ),
        # the year labels the value inside the bracket: it dates that value, not the one
        # before the bracket
        (
            "Der Warenumsatz mit China erreichte 2023 8,4 Mrd. US-Dollar (2020: 3 Mrd. US-Dollar).",
            [TURNOVER_2020, TURNOVER_2023],
        ),
        (
            "Im Jahr 2023 wuchs der Handel zwischen Belarus und China auf 8,4 Milliarden "
            "Dollar und lag damit weit über dem Wert von 2020 (3 Milliarden Dollar).",
            [TURNOVER_2020, TURNOVER_2023],
        ),
        (
            "Das Handelsvolumen mit China betrug 2023 8,4 Mrd. Dollar und war damit fast "
            "dreimal so hoch wie im Jahr 2020 (3 Mrd. Dollar).",
            [TURNOVER_2020, TURNOVER_2023],
        ),
        # the multiple as a noun with "das", its base year's value in brackets
        (
            "Der Handel mit China erreichte 2023 8,4 Mrd. Dollar, das Dreifache des Jahres "
            "2020 (3 Mrd. Dollar).",
            [
                TURNOVER_2020,
                TURNOVER_2023,
                ("trade.turnover", "Belarus-China", "2023", 3.0, "times", "actual"),
            ],
        ),
    ],
)
def test_base_year_value_in_brackets(text: str, expected: list[Point]) -> None:
    assert points(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count in brackets is no level of an amount
        (
            "Der Handel mit China erreichte 2023 8,4 Mrd. Dollar, wie im Jahr 2020 (120 "
            "Unternehmen).",
            [TURNOVER_2023],
        ),
        # after "was", a percent said as no change is a share, no growth
        (
            "Der Handel mit China erreichte 2023 8,4 Mrd. Dollar, was 40 Prozent des gesamten "
            "Außenhandels entspricht.",
            [TURNOVER_2023],
        ),
        # a bracket after a figure with no year is no base year's
        (
            "Der Handel mit China stieg 2023 auf 8,4 Mrd. Dollar (plus 12 Prozent).",
            [
                TURNOVER_2023,
                ("trade.turnover", "Belarus-China", "2023", 12.0, "percent", "actual"),
            ],
        ),
        # the amount before it no point (another partner's): nothing to continue
        (
            "Belarus lieferte 2023 Waren für 8,4 Mrd. Dollar nach Russland, wie im Jahr 2020 "
            "(3 Mrd. Dollar).",
            [],
        ),
    ],
)
def test_no_base_year_value(text: str, expected: list[Point]) -> None:
    assert points(text) == sorted(expected)
