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


# --- 5. joint institutes with examples after the count ---------------------------------------

TIES = (
    "An chinesischen Hochschulen studieren 2.870 Belarussen. Die beiden Länder bieten "
    "inzwischen rund 180 gemeinsame Studienprogramme an. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Und es gibt zwölf gemeinsame Institute, etwa an der BSU und an der Polytechnischen "
        "Universität in Minsk.",
        "Hinzu kommen zwölf gemeinsame Labore, darunter an der BNTU und an der Universität Grodno.",
        "Es bestehen 12 gemeinsame Forschungszentren, unter anderem an der Belarussischen "
        "Staatlichen Universität.",
        "Zwölf gemeinsame Institute arbeiten inzwischen, zum Beispiel an der Universität Gomel.",
        "Es gibt zwölf gemeinsame Labore und Zentren, vor allem an technischen Hochschulen.",
    ],
)
def test_joint_structures_with_examples(sentence: str) -> None:
    assert values(TIES + sentence, "edu.joint_structures", "2025-09-03") == [12.0]


@pytest.mark.parametrize(
    "sentence",
    [
        # one university's: named before the count, or the university its subject
        "An der BSU gibt es zwölf gemeinsame Institute, etwa mit der Universität Harbin.",
        "Die Universität betreibt zwölf gemeinsame Labore, etwa mit der Universität Harbin.",
        # a part of a total
        "Es gibt 40 gemeinsame Strukturen, davon zwölf gemeinsame Institute.",
    ],
)
def test_not_the_countrys_joint_structures(sentence: str) -> None:
    assert 12.0 not in values(TIES + sentence, "edu.joint_structures", "2025-09-03")


# --- 6. the direct agreements referred back to by a demonstrative ----------------------------

SIGNED = (
    "Im vergangenen Jahr haben belarussische und chinesische Bildungseinrichtungen 74 neue "
    "Vereinbarungen über direkte Zusammenarbeit unterzeichnet. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Damit ist die Gesamtzahl dieser Abkommen auf 812 gestiegen.",
        "Insgesamt bestehen nun 812 solcher Vereinbarungen.",
        "Die Zahl dieser Verträge liegt damit bei 812.",
        "Damit gibt es inzwischen 812 derartige Abkommen.",
        "Die Gesamtzahl dieser Vereinbarungen erreichte damit 812.",
    ],
)
def test_agreements_referred_back(sentence: str) -> None:
    """The total of the agreements named before (dated by its own words: ``ist ...
    gestiegen`` after ``Im vergangenen Jahr`` is of that year, ``nun`` of the document's
    month)."""
    found = edu(SIGNED + sentence, "2026-01-09")
    assert 812.0 in values(SIGNED + sentence, "edu.agreements", "2026-01-09")
    assert all(p[1:4:2] == ("Belarus-China", "actual") for p in found)


def test_agreements_referred_back_dated_by_the_year_before() -> None:
    text = SIGNED + "Damit ist die Gesamtzahl dieser Abkommen auf 812 gestiegen."
    found = edu(text, "2026-01-09")
    assert ("edu.agreements", "Belarus-China", "2025", "actual", 812.0, "count") in found


@pytest.mark.parametrize(
    "text",
    [
        # the regions' agreements on direct cooperation: no paragraph on education
        "Im vergangenen Jahr haben belarussische und chinesische Regionen 74 neue Vereinbarungen "
        "über direkte Zusammenarbeit unterzeichnet. Damit ist die Gesamtzahl dieser Abkommen "
        "auf 812 gestiegen.",
        # no direct agreements before: trade contracts
        "Auf der Messe unterzeichneten belarussische Hochschulen und Firmen 74 Lieferverträge. "
        "Damit ist die Gesamtzahl dieser Verträge auf 812 gestiegen.",
    ],
)
def test_not_agreements_referred_back(text: str) -> None:
    assert 812.0 not in values(text, "edu.agreements", "2026-01-09")


# --- 7. a university named after its verb, then its count -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "indicator", "entity", "value"),
    [
        (
            "Heute hat die BSU 112 Abkommen mit chinesischen Hochschulen und "
            "Forschungseinrichtungen, allein in diesem Jahr sind neun hinzugekommen.",
            "edu.institution_agreements",
            "BSU",
            112.0,
        ),
        (
            "Inzwischen unterhält die BSU 112 Abkommen mit chinesischen Partnern.",
            "edu.institution_agreements",
            "BSU",
            112.0,
        ),
        (
            "Derzeit zählt die BNTU 1150 Studierende aus China.",
            "edu.institution_students",
            "BNTU",
            1150.0,
        ),
        (
            "Zum Jahresbeginn hatte die BNTU 112 Kooperationsabkommen mit Hochschulen in China.",
            "edu.institution_agreements",
            "BNTU",
            112.0,
        ),
        (
            "Derzeit beherbergt die BSU 840 Studierende aus der Volksrepublik China.",
            "edu.institution_students",
            "BSU",
            840.0,
        ),
    ],
)
def test_name_after_its_verb(sentence: str, indicator: str, entity: str, value: float) -> None:
    assert value in values(sentence, indicator, "2025-10-22")
    assert (indicator, entity) in {(p[0], p[1]) for p in edu(sentence, "2025-10-22")}


def test_model_name_stays_a_label() -> None:
    """A model's name beside its number is no subject after a verb: no figure 5440."""
    import bycn

    for text in ("Im Werk wird der MAZ 5440 Lastwagen gebaut.", "Modelle wie die MAZ 5440."):
        figures = bycn.parse_text(text, doc="news", meta={"date": "2025-10-22"}).figures
        assert 5440.0 not in set(figures["value"])


# --- 8. the joint programmes raised to a bare number ------------------------------------------

PROGRAMMES = (
    "Die Zahl gemeinsamer Bildungsprogramme von Hochschulen aus Belarus und China erhöhte sich "
    "2025 von 168 auf 183. "
)


@pytest.mark.parametrize(
    ("sentence", "as_of"),
    [
        ("Im Jahr 2026 sollen die Programme auf mindestens 200 ausgebaut werden.", "2026"),
        ("Bis 2027 sollen die Programme auf 200 steigen.", "2027"),
        ("Das Ministerium will die Programme bis 2027 auf 200 aufstocken.", "2027"),
        ("Bis 2027 sollen diese Studienprogramme auf 200 erweitert werden.", "2027"),
        ("Im Jahr 2026 sollen die Programme auf über 200 wachsen.", "2026"),
    ],
)
def test_programmes_raised_to_a_bare_number(sentence: str, as_of: str) -> None:
    found = edu(PROGRAMMES + sentence, "2026-01-09")
    assert ("edu.joint_programmes", "Belarus-China", as_of, "target", 200.0, "count") in found


@pytest.mark.parametrize(
    "text",
    [
        # no joint programmes named before
        "Die Universität bietet Programme in 40 Fächern an. Bis 2027 sollen die Programme auf "
        "200 steigen.",
        # no verb of growth after the number: no count of the programmes
        PROGRAMMES + "Die Programme setzen auf 200 Dozenten aus China.",
    ],
)
def test_not_programmes_raised(text: str) -> None:
    assert 200.0 not in values(text, "edu.joint_programmes", "2026-01-09")


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Im Jahr 2026 sollen die Programme auf mindestens 200 ausgebaut werden.", "Programme"),
        ("Bis 2027 will die Universität ihre Partnerschaften auf 150 erhöhen.", "Partnerschaften"),
        ("Die Labore sollen auf 30 wachsen.", "Labore"),
    ],
)
def test_raised_noun_is_counted(text: str, noun: str) -> None:
    import bycn

    figures = bycn.parse_text(text, doc="news", meta={"date": "2026-01-09"}).figures
    assert noun in set(figures["item"])


@pytest.mark.parametrize(
    "text",
    [
        # a sum's noun: no count of exports
        "Die Exporte sollen auf 800 steigen.",
        # no verb of growth after the number
        "Die Firmen setzen auf 200 neue Lieferanten aus der Region.",
    ],
)
def test_raised_noun_not_counted(text: str) -> None:
    import bycn

    figures = bycn.parse_text(text, doc="news", meta={"date": "2026-01-09"}).figures
    assert "Exporte" not in set(figures["item"]) and "Firmen" not in set(figures["item"])
