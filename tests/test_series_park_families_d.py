"""Park points as families of wordings, round D (issue 7, indicators.md): the residents'
countries after an interview's question or two sentences after the park, the revenue from
the sale of a list, investment promised by every verb of a promise, and a growth by a count
that is no residents' level.

Texts of our own in the style of agency reports and interviews, several wordings per family,
with counter-examples that must not become points (or must stay what they were).
"""

from __future__ import annotations

import pytest
from tests.test_series_park_families import Point, points

PARK = "Im Industriepark „Großer Stein“ sind 120 Residenten registriert."
RESIDENTS = ("park.residents", "Great Stone", "2022-11", 120.0, "exact", "actual")


def park(indicator: str, value: float, as_of: str = "2022-11", status: str = "actual") -> Point:
    """A point of the park."""
    return (indicator, "Great Stone", as_of, value, "exact", status)


# --- 1. the residents' countries: after an interview's question, two sentences on ----------

INTERVIEW = "Der Generaldirektor des Industrieparks „Großer Stein“ gab ein Interview.\n\n"


@pytest.mark.parametrize(
    ("text", "count", "countries"),
    [
        (
            f"{INTERVIEW}**Und wie viele Residenten hat der Park heute?**\n\n"
            "Im Moment sind es 176. Sie kommen aus 17 Staaten.",
            176.0,
            17.0,
        ),
        (
            f"{INTERVIEW}**Wie viele Unternehmen sind im Park registriert?**\n\n"
            "Heute sind es 160. Sie stammen aus 16 Ländern, vor allem aus China.",
            160.0,
            16.0,
        ),
        (
            "Im Industriepark „Großer Stein“ sind seit Jahresbeginn zwölf neue Residenten "
            "registriert worden. Damit ist die Zahl der ansässigen Unternehmen auf 146 "
            "gestiegen, wie die Parkverwaltung mitteilte. Sie kommen aus 17 Ländern, neben "
            "China und Belarus unter anderem aus Deutschland und Österreich.",
            146.0,
            17.0,
        ),
        (
            "Der Industriepark „Großer Stein“ wächst weiter. Derzeit sind dort 150 Unternehmen "
            "ansässig, wie die Parkverwaltung mitteilte. Vertreten sind 15 Länder.",
            150.0,
            15.0,
        ),
        (
            "Der Industriepark „Großer Stein“ legt seine Bilanz vor. Die Gesamtzahl der "
            "Residenten erreichte 168, teilte die Verwaltung mit. Diese repräsentieren 14 Staaten.",
            168.0,
            14.0,
        ),
    ],
)
def test_countries_after_question_or_further_back(
    text: str, count: float, countries: float
) -> None:
    found = points(text)
    assert park("park.residents", count) in found
    assert park("park.countries", countries) in found


@pytest.mark.parametrize(
    "text",
    [
        # a question on visitors: their countries are no residents'
        f"{INTERVIEW}**Wie viele Besucher kommen in den Park?**\n\nIm Jahr sind es 3000. "
        "Sie kommen aus 40 Ländern.",
        # the number before counts a forum's participants
        "Der Industriepark „Großer Stein“ lädt zum Forum. Die Zahl der Teilnehmer ist auf 300 "
        "gestiegen, wie die Parkverwaltung mitteilte. Sie kommen aus 30 Ländern.",
        # students counted between the park and the countries
        f"{PARK} Die Zahl der ausländischen Studenten in Minsk ist auf 146 gestiegen. Sie "
        "kommen aus 17 Ländern.",
        # companies of no park
        "In Minsk ist die Zahl der ansässigen Unternehmen auf 146 gestiegen. Sie kommen aus "
        "17 Ländern.",
    ],
)
def test_not_countries(text: str) -> None:
    assert not [p for p in points(text) if p[0] == "park.countries"]


# --- 2. the revenue from the sale of a list ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Umsatz der Residenten aus dem Verkauf von Produkten, Arbeiten und Dienstleistungen "
        "erreichte 2021 1,05 Mrd. Rubel.",
        "Die Erlöse aus dem Absatz von Waren, Bauleistungen und Diensten beliefen sich 2021 auf "
        "1,05 Mrd. Rubel.",
        "Die Einnahmen der Ansiedler aus dem Verkauf von Erzeugnissen, Arbeiten sowie "
        "Dienstleistungen stiegen 2021 auf 1,05 Mrd. Rubel.",
        "Die Umsatzerlöse der Parkunternehmen aus dem Verkauf von Waren, Arbeiten und "
        "Leistungen summierten sich 2021 auf 1,05 Mrd. Rubel.",
        "2021 lag der Umsatz aus dem Verkauf von Produkten, Arbeiten und Dienstleistungen bei "
        "1,05 Mrd. Rubel.",
    ],
)
def test_revenue_from_the_sale_of_a_list(sentence: str) -> None:
    assert points(f"{PARK} {sentence}") == sorted([RESIDENTS, park("park.revenue", 1.05e9, "2021")])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # sold abroad: exports
        (
            "Die Erlöse aus dem Verkauf von Waren, Arbeiten und Dienstleistungen ins Ausland "
            "erreichten 2021 236 Mio. Dollar.",
            [park("park.exports", 236e6, "2021")],
        ),
        # one company's
        (
            "Der Umsatz der Firma Midea aus dem Verkauf von Geräten, Teilen und Diensten "
            "erreichte 2021 50 Mio. Rubel.",
            [],
        ),
    ],
)
def test_not_revenue_from_a_list(sentence: str, expected: list[Point]) -> None:
    assert points(f"{PARK} {sentence}") == sorted([RESIDENTS, *expected])


# --- 3. investment promised ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Versprochen haben sie Investitionen von 1,5 Milliarden Dollar, geflossen ist bislang "
        "etwas mehr als die Hälfte.",
        "Die Residenten haben Investitionen von 1,5 Milliarden Dollar in Aussicht gestellt.",
        "Zugesagt haben die Investoren insgesamt 1,5 Milliarden Dollar.",
        "Die Unternehmen versprachen Investitionen in Höhe von 1,5 Milliarden Dollar.",
        "Die Residenten sagten Investitionen von 1,5 Milliarden Dollar zu.",
        "Zugesichert wurden Investitionen von 1,5 Milliarden Dollar.",
    ],
)
def test_investment_promised(sentence: str) -> None:
    assert points(f"{PARK} {sentence}") == sorted(
        [RESIDENTS, park("park.investment_declared", 1.5e9)]
    )


def test_promise_of_no_investment() -> None:
    text = f"{PARK} Die Regierung versprach den Bauern Hilfen von 1,5 Milliarden Rubel."
    assert points(text) == [RESIDENTS]


def test_part_of_the_promised_investment_made() -> None:
    text = (
        f"{PARK} Von den versprochenen 1,5 Milliarden Dollar sind 800 Millionen Dollar investiert."
    )
    assert points(text) == sorted(
        [RESIDENTS, park("park.investment_declared", 1.5e9), park("park.investment_actual", 800e6)]
    )


# --- 4. a growth by a count is no residents' level -----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "„Wir wachsen jedes Jahr um 15 bis 20 Residenten“, sagt eine Sprecherin der "
        "Parkverwaltung.",
        "Der Park wächst jedes Jahr um rund 20 Residenten.",
        "Die Zahl der Residenten stieg im vergangenen Jahr um 12.",
        "Die Zahl der Residenten nimmt jährlich um etwa 20 zu.",
        "Die Zahl der Residenten erhöht sich jedes Jahr um 15 bis 20.",
    ],
)
def test_growth_by_a_count_no_residents(sentence: str) -> None:
    text = f"Im Industriepark „Großer Stein“ ist viel los. {sentence}"
    assert not [p for p in points(text) if p[0] == "park.residents"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Die Zahl der Residenten stieg um 12 auf 132.", 132.0),
        ("Im Park sind heute rund 140 Residenten registriert.", 140.0),
    ],
)
def test_residents_level_beside_a_growth(sentence: str, value: float) -> None:
    text = f"Im Industriepark „Großer Stein“ ist viel los. {sentence}"
    assert [p[3] for p in points(text) if p[0] == "park.residents"] == [value]
