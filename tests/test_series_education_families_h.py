"""Education points as families of wordings, round H (indicators.md): Chinese students said
by their nationality with the verb of study in another clause or Belarus as where they come
to study, Belarusian students at "Chinas Hochschulen", a growth after its count said with
the period it is compared with, and a level said years back dated by its year.

Texts of our own in the style of agency reports, interviews, ministry releases and blogs,
several wordings per family, with counter-examples that must not become those points.
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series


def edu(text: str, date: str = "2026-03-17") -> list[tuple[str, str, str, str, float, str]]:
    """(indicator, entity, as_of, status, value, unit) of each education point of a news
    text."""
    series = news_series(f"MINSK, 17. März (BelTA) – {text}", date)
    return sorted(
        (p.indicator, p.entity, p.as_of, p.status, p.value, p.unit)
        for p in series.itertuples()
        if p.indicator.startswith("edu.")
    )


def values(text: str, indicator: str, date: str = "2026-03-17") -> list[float]:
    """The values of one indicator's points of a news text."""
    return sorted(p[4] for p in edu(text, date) if p[0] == indicator)


# --- 1. Chinese students by their nationality -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the verb of study once for both counts, the second clause with none of its own
        "In China lernen zurzeit knapp 3.100 junge Belarussen, in Belarus wiederum fast 9.000 "
        "Chinesen.",
        "In China studieren derzeit 3.100 Belarussen, in Belarus umgekehrt 9.000 Chinesen.",
        "An chinesischen Hochschulen sind 3.100 Belarussen eingeschrieben, an belarussischen "
        "Hochschulen 9.000 Chinesen.",
        "Während in China 3.100 Belarussen studieren, sind es an belarussischen Universitäten "
        "9.000 Chinesen.",
        "In China lernen 3.100 Belarussen, an den Hochschulen unseres Landes 9.000 Chinesen.",
        # Belarus as where they come to study
        "Umgekehrt kommen derzeit 9.000 Chinesen zum Studium nach Belarus.",
        "Zum Studium nach Belarus kommen inzwischen 9.000 Chinesen.",
        "Derzeit sind 9.000 Chinesen zum Studieren nach Belarus gekommen.",
        "Fast 9.000 Chinesen sind nach Belarus gezogen, um dort zu studieren.",
    ],
)
def test_chinese_by_nationality(text: str) -> None:
    assert values(text, "edu.students_cn_in_by") == [9000.0]


@pytest.mark.parametrize(
    "text",
    [
        # living, working, travelling: no students
        "In China studieren 3.100 Belarussen, in Belarus leben 9.000 Chinesen.",
        "In China studieren 3.100 Belarussen, in Belarus arbeiten 9.000 Chinesen.",
        "In China studieren 3.100 Belarussen, Belarus besuchten 9.000 Chinesen als Touristen.",
        # a language learnt
        "In China lernen 3.100 Belarussen Chinesisch, in Belarus 9.000 Chinesen Russisch.",
        # no study in the sentence
        "Nach Belarus kamen im vergangenen Jahr 9.000 Chinesen.",
        "In China arbeiten 3.100 Belarussen, in Belarus 9.000 Chinesen.",
    ],
)
def test_not_chinese_students(text: str) -> None:
    assert values(text, "edu.students_cn_in_by") == []


@pytest.mark.parametrize(
    "place",
    [
        "an den Hochschulen der Republik",
        "an den Universitäten der Republik",
        "an belarussischen Hochschulen",
    ],
)
@pytest.mark.parametrize(
    "who",
    [
        "8.940 Bürgerinnen und Bürger der Volksrepublik China",
        "8.940 Bürger der VR China",
        "8.940 Studierende aus der Volksrepublik China",
    ],
)
def test_ministry_says_the_republic(place: str, who: str) -> None:
    """A Belarusian ministry's "der Republik", with no name after it, is Belarus."""
    text = f"Zum 1. Januar 2026 waren {place} {who} eingeschrieben."
    assert values(text, "edu.students_cn_in_by", "2026-01-09") == [8940.0]


@pytest.mark.parametrize(
    "text",
    [
        "An den Hochschulen der Republik Korea sind 8.940 Studierende aus der Volksrepublik China "
        "eingeschrieben.",
        "An den Hochschulen der Republik China sind 8.940 Bürger der Volksrepublik China "
        "eingeschrieben.",
    ],
)
def test_another_republic(text: str) -> None:
    assert values(text, "edu.students_cn_in_by", "2026-01-09") == []


# --- 2. a growth after its count, said with the period it is compared with -------------------


@pytest.mark.parametrize(
    "growth",
    [
        "gegenüber dem Vorjahr ein Zuwachs von 9,6 Prozent",
        "im Vergleich zum Vorjahr ein Plus von 9,6 Prozent",
        "verglichen mit dem Vorjahr ein Anstieg um 9,6 Prozent",
        "ein Zuwachs gegenüber dem Vorjahr von 9,6 Prozent",
        "gegenüber 2025 eine Steigerung um 9,6 Prozent",
        "ein Anstieg im Vergleich zum Vorjahr um 9,6 Prozent",
    ],
)
def test_growth_compared_with_a_period(growth: str) -> None:
    text = f"Derzeit studieren an belarussischen Hochschulen 8.940 Bürger der VR China, {growth}."
    found = edu(text, "2026-01-09")
    assert ("edu.students_cn_in_by", "Belarus-China", "2026-01", "actual", 9.6, "percent") in found
    assert ("edu.students_cn_in_by", "Belarus-China", "2026-01", "actual", 8940.0, "count") in found


def test_growth_of_something_else_is_none() -> None:
    """A clause that names its own noun of change is no apposition of the count."""
    text = (
        "Derzeit studieren an belarussischen Hochschulen 8.940 Bürger der VR China, gegenüber "
        "dem Vorjahr stiegen die Studiengebühren um 9,6 Prozent."
    )
    assert values(text, "edu.students_cn_in_by", "2026-01-09") == [8940.0]


# --- 3. Belarusian students at China's universities, the genitive before --------------------


@pytest.mark.parametrize(
    "text",
    [
        "An Chinas Hochschulen sind derzeit gut 3.200 belarussische Studenten immatrikuliert.",
        "An Chinas renommierten Universitäten studieren 3.200 Belarussen.",
        "An Chinas Universitäten lernen inzwischen 3.200 belarussische Studierende.",
        "An den Hochschulen der Volksrepublik sind 3.200 belarussische Studierende eingeschrieben.",
        "An den Universitäten der Volksrepublik sind derzeit 3.200 Belarussinnen und Belarussen "
        "eingeschrieben.",
        "In der Volksrepublik studieren derzeit 3.200 belarussische Studenten.",
    ],
)
def test_belarusians_at_chinas_universities(text: str) -> None:
    assert values(text, "edu.students_by_in_cn", "2026-05-20") == [3200.0]


@pytest.mark.parametrize(
    "text",
    [
        # another people's republic
        "An den Hochschulen der Volksrepublik Bangladesch sind 3.200 belarussische Studierende "
        "eingeschrieben.",
        # the year's intake, a flow
        "Chinas Hochschulen haben 3.200 Studierende aus Belarus aufgenommen.",
        # Chinese students, not Belarusians
        "An Chinas Hochschulen sind 3.200 chinesische Studierende aus Harbin eingeschrieben.",
    ],
)
def test_not_belarusians_in_china(text: str) -> None:
    assert values(text, "edu.students_by_in_cn", "2026-05-20") == []


# --- 4. a level said years back: the year, not the month -------------------------------------

NOW = (
    "Nach Angaben des Ministeriums sind gegenwärtig rund 9.300 chinesische Studierende an "
    "belarussischen Hochschulen eingeschrieben."
)


@pytest.mark.parametrize(
    ("sentence", "as_of"),
    [
        ("Vor zehn Jahren waren es noch keine 3.000.", "2016"),
        ("Vor fünf Jahren waren es knapp 3.000.", "2021"),
        ("Vor 10 Jahren waren es erst 3.000.", "2016"),
        ("Drei Jahre zuvor waren es 3.000.", "2023"),
        # one year back: the same month a year before
        ("Vor einem Jahr waren es 3.000.", "2025-05"),
        ("Ein Jahr zuvor waren es 3.000.", "2025-05"),
    ],
)
def test_level_years_back(sentence: str, as_of: str) -> None:
    found = edu(f"{NOW} {sentence}", "2026-05-20")
    assert ("edu.students_cn_in_by", "Belarus-China", as_of, "actual", 3000.0, "count") in found


def test_years_back_keeps_a_quarter_and_a_span() -> None:
    from bycn import periods

    assert periods.years_back("2025-Q3", 5) == "2020-Q3"
    assert periods.years_back("2025-01/2025-09", 2) == "2023-01/2023-09"
    assert periods.years_back("2025", 3) == "2022"
