"""Recognition round N (recog26h): a statement on talks between the two states.

Talks held in Minsk ("Am 21. Juli fanden in Minsk Konsultationen ... statt. Die Seiten
würdigten ...") speak of the country, not the city: the parties ("die Seiten", "beide
Seiten", "beider Staaten", "bilateral") make a sentence national, as "Belarus" does
(indicators.md: trade.regional is one region's trade). And the trade told in a relative
clause on it ("die Dynamik des Handels, der im Jahr 2025 9,6 Mrd. US-Dollar erreicht
hatte") is the turnover, a fact told in the pluperfect. Texts of our own in the style of
ministry statements, with counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity status value", date="2026-07-22")

TALKS = "Am 21. und 22. Juli fanden in Minsk Konsultationen zwischen Belarus und China statt. "


HEAD = "22. Juli 2026\n\nErklärung des Außenministeriums zu den Konsultationen mit China\n\n"


@pytest.mark.parametrize(
    "talks",
    [
        # the miss's wording
        "Am 21. Juli fanden in Minsk Konsultationen zwischen den Außenministerien beider "
        "Staaten statt.",
        # other words of the two states and their ministers, and word orders
        "Am 21. Juli trafen sich die Außenminister beider Länder in Minsk.",
        "In Minsk tagte am Montag die zwischenstaatliche Kommission.",
        "Am 21. Juli fanden in Minsk Konsultationen zwischen Belarus und China statt.",
        "Am 21. Juli trafen sich Delegationen von Belarus und China in Minsk.",
    ],
)
@pytest.mark.parametrize(
    "text",
    [
        "Die Seiten würdigten die Dynamik des Handels und bekräftigten das gemeinsame Ziel, "
        "den Warenumsatz bis 2030 auf 15 Mrd. US-Dollar zu steigern.",
        "Beide Seiten wollen den Warenumsatz bis 2030 auf 15 Mrd. US-Dollar steigern.",
    ],
)
def test_talks_of_the_two_states_in_minsk_speak_of_the_country(talks: str, text: str) -> None:
    found = points(f"{HEAD}{talks} {text}")
    assert found == [("trade.turnover", "Belarus-China", "target", 15e9)]


def test_the_trade_of_both_states_is_the_countrys() -> None:
    text = f"{TALKS}Bis 2030 soll der Warenumsatz beider Länder auf 15 Mrd. US-Dollar steigen."
    assert points(text) == [("trade.turnover", "Belarus-China", "target", 15e9)]


def test_a_text_on_the_city_stays_the_citys() -> None:
    # (the city named as what acts, not as a meeting's place)
    text = (
        "Die Stadt Minsk baut ihre Kontakte nach China aus. Die Exporte nach China sollen "
        "bis 2030 auf 1,5 Mrd. US-Dollar steigen."
    )
    assert ("trade.regional", "Minsk", "target", 1.5e9) in points(text)


@pytest.mark.parametrize(
    "clause",
    [
        # the miss's wording
        "die Dynamik des Handels, der im Jahr 2025 9,6 Mrd. US-Dollar erreicht hatte",
        # other verbs, tenses and cases of the trade
        "die Entwicklung des Handels, der 2025 auf 9,6 Mrd. US-Dollar gestiegen war",
        "das Wachstum des Warenhandels, der 2025 9,6 Mrd. US-Dollar betragen hatte",
        "den Beitrag zum bilateralen Handel, der 2025 9,6 Mrd. US-Dollar erreicht hat",
        "die Dynamik des Handels, welcher im Jahr 2025 9,6 Mrd. US-Dollar erreichte",
    ],
)
def test_the_trade_told_in_a_relative_clause_is_the_turnover(clause: str) -> None:
    text = f"{TALKS}Die Seiten würdigten {clause}, und bekräftigten ihr Ziel."
    assert ("trade.turnover", "Belarus-China", "actual", 9.6e9) in points(text)


def test_a_plan_told_in_the_perfect_stays_a_target() -> None:
    text = f"{TALKS}Der Warenumsatz beider Länder soll bis 2030 15 Mrd. US-Dollar erreicht haben."
    assert ("trade.turnover", "Belarus-China", "target", 15e9) in points(text)


def test_a_relative_clause_on_another_noun_is_no_turnover() -> None:
    text = f"{TALKS}Die Seiten lobten den Investor, der 2025 9,6 Mio. US-Dollar investiert hatte."
    assert not [p for p in points(text) if p[0] == "trade.turnover"]


@pytest.mark.parametrize(
    ("talks", "clause"),
    [
        # the miss's wording: China named in the headline only
        (
            "Am 21. Juli fanden in Minsk Konsultationen zwischen den Außenministerien beider "
            "Staaten statt.",
            "die Dynamik des Handels, der im Jahr 2025 9,6 Mrd. US-Dollar erreicht hatte",
        ),
        # other words of the two states, verbs and word orders
        (
            "Die Außenminister beider Länder trafen sich am Montag.",
            "den Handel, der 2025 auf 9,6 Mrd. US-Dollar gestiegen war",
        ),
        (
            "Vertreter beider Staaten kamen am Montag in Minsk zusammen.",
            "die Entwicklung des Handels, der 2025 9,6 Mrd. US-Dollar betragen hatte",
        ),
    ],
)
def test_the_two_states_under_a_headline_on_china(talks: str, clause: str) -> None:
    text = f"{HEAD}{talks} Die Seiten würdigten {clause}, und bekräftigten ihr Ziel."
    assert ("trade.turnover", "Belarus-China", "actual", 9.6e9) in points(text)
    # ... and with no China named anywhere, no pair's point
    other = text.replace("mit China", "mit Vietnam")
    assert not [p for p in points(other) if p[0] == "trade.turnover"]
