"""Recognition round N (recog26d), real set g's two misses as families:

- a figure told in the future tense of a period that ended before the text was written
  ("der Handelsumsatz, der ... im Jahr 2023 ein Rekordvolumen von 55 Milliarden Yuan
  erreichen wird", said in August 2024, a translation's tense) is a fact, `actual`, where no
  other word of a plan is in its clause (indicators.md: `target` is for plans and goals);
- a stock's amount told with its growth right beside it ("Die Investitionen in
  Anlagevermögen beliefen sich auf Br57,8 Mio. (Wachstum um 2,7%)") is a sum over the span
  its growth is of, dated that span as the growth is, not the document's month.

Texts of our own in the style of agency reports; counter-examples: a later or running
period, a modal of a plan, a "würde" effect, an amount with no growth beside it.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

status = points_of("indicator as_of status value")
dated = points_of("indicator as_of dated_by value", only="park.investment_actual")

_DATELINE = "MINSK (BelTA) – "


@pytest.mark.parametrize(
    ("date", "text", "found"),
    [
        # the miss's wording, in our own sentence
        (
            "2024-08-22",
            "Der bilaterale Handelsumsatz mit China, der im Jahr 2023 ein Rekordvolumen von 55 "
            "Milliarden Yuan erreichen wird, wächst weiter, sagte der Premierminister.",
            ("trade.turnover", "2023", "actual", 55e9),
        ),
        # other verbs of a level, word orders, periods
        (
            "2025-03-10",
            "Im Jahr 2024 wird der Handel zwischen Belarus und China 8 Milliarden Dollar "
            "betragen, erklärte der Minister.",
            ("trade.turnover", "2024", "actual", 8e9),
        ),
        (
            "2024-02-01",
            "Der Warenumsatz zwischen Belarus und China wird 2023 die Marke von 5 Milliarden "
            "Dollar übersteigen.",
            ("trade.turnover", "2023", "actual", 5e9),
        ),
        (
            "2025-09-15",
            "Im ersten Halbjahr 2025 werden die Exporte nach China 1,2 Milliarden Dollar "
            "erreichen.",
            ("trade.exports", "2025-H1", "actual", 1.2e9),
        ),
    ],
)
def test_the_future_of_a_past_period_is_a_fact(date: str, text: str, found: tuple) -> None:
    assert found in status(_DATELINE + text, date)


@pytest.mark.parametrize(
    ("date", "text"),
    [
        # a later period: a plan
        (
            "2025-03-10",
            "Im Jahr 2026 wird der Handel zwischen Belarus und China 10 Milliarden Dollar "
            "erreichen.",
        ),
        # the year still running when the text was written
        (
            "2025-08-10",
            "In diesem Jahr wird der Handel zwischen Belarus und China 10 Milliarden Dollar "
            "erreichen.",
        ),
        # a plan's modal of a past year
        (
            "2025-03-10",
            "Im Jahr 2024 sollte der Handel zwischen Belarus und China 10 Milliarden Dollar "
            "erreichen.",
        ),
        # an effect foreseen
        (
            "2025-03-10",
            "Ohne die Sanktionen würde der Handel zwischen Belarus und China im Jahr 2024 10 "
            "Milliarden Dollar erreichen.",
        ),
    ],
)
def test_still_a_target(date: str, text: str) -> None:
    assert [p[2] for p in status(_DATELINE + text, date)] == ["target"]


_PARK = (
    "Der Erlös der Residenten des Industrieparks Great Stone ist im Januar–September 2025 um "
    "das 2,4-fache auf 126 Millionen Rubel gestiegen. "
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the miss's wording
        (
            "Die Investitionen in Anlagevermögen beliefen sich auf Br57,8 Mio. (Wachstum um 2,7%).",
            57.8e6,
        ),
        # other growths, brackets and appositions, the amount after its growth
        (
            "Die Investitionen in Anlagevermögen beliefen sich auf Br57,8 Mio. (Rückgang um 3%).",
            57.8e6,
        ),
        (
            "Die Investitionen in Sachanlagen erreichten 57,8 Millionen Rubel, ein Plus von 12 "
            "Prozent.",
            57.8e6,
        ),
        (
            "Die Investitionen in Sachanlagen stiegen um das 1,1-fache (30,4 Mio. Br).",
            30.4e6,
        ),
    ],
)
def test_an_amount_told_with_its_growth_is_the_span_s(text: str, value: float) -> None:
    found = dated(_DATELINE + _PARK + text, "2025-11-17")
    assert ("park.investment_actual", "2025-01/2025-09", "text", value) in found


def test_an_amount_without_its_growth_is_no_sum_of_the_span() -> None:
    text = "Die Investitionen in Anlagevermögen beliefen sich auf Br57,8 Mio."
    found = dated(_DATELINE + _PARK + text, "2025-11-17")
    assert [p for p in found if p[1] == "2025-01/2025-09"] == []
