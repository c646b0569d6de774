"""Wordings (round 22, E): families of wordings for trade, the park and education.

- another country's trade with China, a comparison in a text on a region, is no region's;
- all exports named whole in their own sentence win over food carried from the one before;
- the declared investment placed by "bei" after a comparative ("liegt höher, bei ...");
- the turnover alone as a target of the two countries ("den Umsatz ... zu bringen");
- Belarusians in China said as "Bürger unseres Landes"; joint structures after a range of
  examples ("vom Institut bis zum Labor"); the Belarusian academy said without "Nationale";
  the BSU–DPU joint institute at its seat in Dalian.

Texts of our own in the style of BelTA, Xinhua and SB reports; each family with
counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series, points_of

Point = tuple[str, str, str, float]


points = points_of("indicator entity as_of value")


def statuses(text: str, date: str) -> list[tuple[str, str, float, str]]:
    """(indicator, as_of, value, status) of each point of a news text dated ``date``."""
    series = news_series(text, date)
    return sorted((p.indicator, p.as_of, p.value, p.status) for p in series.itertuples())


# --- another country's trade with China is no region's ----------------------------------

_GOMEL = "Das Gebiet Gomel hat seine Exporte nach China 2025 auf 180 Mio. Dollar gesteigert. "
_GOMEL_POINT = ("trade.regional", "Gomel region", "2025", 180e6)


@pytest.mark.parametrize(
    "sentence",
    [
        "Zum Vergleich: Polen, mit 37 Millionen Einwohnern, exportierte 2025 Waren für rund "
        "3 Mrd. Euro nach China.",
        "Auch Litauen lieferte 2025 Waren für 1,2 Mrd. Euro nach China.",
        "2025 exportierte Ungarn Waren im Wert von 4 Mrd. Euro nach China.",
        "Die Exporte Tschechiens nach China erreichten 2025 rund 2,5 Mrd. Euro.",
        "Polens Ausfuhren nach China beliefen sich 2025 auf rund 3 Mrd. Euro.",
        "Aus Österreich gingen 2025 Waren für 4 Mrd. Euro nach China.",
        "Das Nachbarland Lettland verkaufte 2025 Waren für 0,5 Mrd. Euro nach China.",
    ],
)
def test_another_countrys_exports_to_china_are_no_regions(sentence: str) -> None:
    assert points(_GOMEL + sentence, "2026-02-10") == [_GOMEL_POINT]


def test_the_regions_own_exports_stay_the_regions() -> None:
    # counter-examples: the region's exports, another country only as a comparison after
    found = points(
        _GOMEL + "Die Exporte des Gebiets nach China stiegen 2025 um 20 Prozent, stärker als "
        "die Exporte nach Polen.",
        "2026-02-10",
    )
    assert ("trade.regional", "Gomel region", "2025", 20.0) in found


@pytest.mark.parametrize(
    "country",
    [
        "Österreich",
        "Spanien",
        "Tschechien",
        "Japan",
        "Südkorea",
        "Indonesien",
        "Israel",
        "Vereinigte Arabische Emirate",
        "Großbritannien",
    ],
)
def test_europe_and_asia_are_other_countries(country: str) -> None:
    from bycn.text.lexicon import LEXICON

    assert country in LEXICON.other_countries


# --- all exports named in the sentence win over food carried from before ------------------

_FOOD = "Belarussische Lebensmittel sind in China gefragt, Milch und Fleisch vor allem. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Die belarussischen Exporte nach China beliefen sich im selben Zeitraum auf knapp "
        "2,1 Milliarden Dollar.",
        "Die Ausfuhren von Belarus nach China erreichten 2,1 Milliarden Dollar.",
        "Die weißrussischen Lieferungen nach China stiegen auf 2,1 Milliarden Dollar.",
        "Belarus exportierte im selben Zeitraum Waren für 2,1 Milliarden Dollar nach China.",
        "Die Exporte aus Belarus nach China summierten sich auf 2,1 Milliarden Dollar.",
    ],
)
def test_all_exports_named_whole_are_no_food(sentence: str) -> None:
    assert points(_FOOD + sentence, "2024-10-20") == [
        ("trade.exports", "Belarus-China", "2024-10", 2.1e9)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # counter-examples: food said in the sentence, or deliveries said bare after it
        "Die belarussischen Lebensmittelexporte nach China erreichten 600 Millionen Dollar.",
        "Die belarussischen Exporte von Lebensmitteln nach China erreichten 600 Millionen Dollar.",
        "Die Lieferungen nach China stiegen auf 600 Millionen Dollar.",
    ],
)
def test_food_named_or_carried_stays_food(sentence: str) -> None:
    assert points(_FOOD + sentence, "2024-10-20") == [
        ("trade.food_exports", "Belarus-China", "2024-10", 6e8)
    ]


# --- the declared investment placed by "bei" after a comparative ---------------------------

_PARK = "Der Industriepark Großer Stein wächst. "


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Das angemeldete Investitionsvolumen liegt deutlich höher, bei mehr als 1,5 "
            "Milliarden Dollar.",
            1.5e9,
        ),
        ("Die angekündigten Investitionen liegen weit darüber, bei rund 2 Milliarden Dollar.", 2e9),
        ("Das erklärte Investitionsvolumen ist höher, nämlich bei 1,5 Milliarden Dollar.", 1.5e9),
        (
            "Das deklarierte Investitionsvolumen liegt inzwischen höher, und zwar bei über 1,6 "
            "Milliarden Dollar.",
            1.6e9,
        ),
        (
            "Das zugesagte Investitionsvolumen der Residenten liegt deutlich niedriger, bei 1,2 "
            "Milliarden Dollar.",
            1.2e9,
        ),
    ],
)
def test_the_declared_volume_placed_by_bei(sentence: str, value: float) -> None:
    assert points(_PARK + sentence, "2025-11-20") == [
        ("park.investment_declared", "Great Stone", "2025-11", value)
    ]


def test_bei_after_another_clause_parts_the_figures() -> None:
    # counter-example: the sum made, then another figure after a comma and "bei"
    found = points(
        _PARK + "Die Residenten haben 750 Millionen Dollar investiert, bei 1,5 Milliarden "
        "Dollar angemeldeter Summe.",
        "2025-11-20",
    )
    assert ("park.investment_actual", "Great Stone", "2025-11", 7.5e8) in found


# --- the turnover alone as the two countries' target ---------------------------------------

_SPEECH = (
    "Unsere Länder verbindet eine strategische Partnerschaft mit China. Unser "
    "Handelsumsatz hat im vergangenen Jahr fast 9 Milliarden Dollar erreicht. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wir haben uns vorgenommen, den Umsatz bis 2030 auf 15 Milliarden Dollar zu bringen.",
        "Beide Seiten wollen den Umsatz bis 2030 auf 15 Milliarden Dollar heben.",
        "Ziel ist es, den gegenseitigen Umsatz bis 2030 auf 15 Milliarden Dollar zu führen.",
        "Der Umsatz soll bis 2030 auf 15 Milliarden Dollar steigen.",
        "Wir streben an, unseren Umsatz bis 2030 auf 15 Milliarden Dollar zu heben.",
    ],
)
def test_the_turnover_alone_as_a_target(sentence: str) -> None:
    assert ("trade.turnover", "2030", 15e9, "target") in statuses(_SPEECH + sentence, "2026-04-08")


@pytest.mark.parametrize(
    "text",
    [
        # counter-examples: a plant's or a firm's turnover
        "Das Werk liefert Traktoren nach China. Der Umsatz stieg um 20 Prozent.",
        "Wir wollen den Umsatz des Werks in China bis 2030 auf 2 Milliarden Dollar bringen.",
        "Die Unternehmen liefern nach China. Der Umsatz soll bis 2030 auf 2 Milliarden Dollar "
        "steigen.",
    ],
)
def test_a_firms_turnover_is_no_trade(text: str) -> None:
    assert not [p for p in points(text, "2026-04-08") if p[0] == "trade.turnover"]


# --- education -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Junge Belarussen zieht es nach Osten: Rund 2.000 Bürger unseres Landes sind an "
        "Universitäten in China eingeschrieben.",
        "In China studieren derzeit rund 2.000 junge Menschen unseres Landes.",
        "An chinesischen Hochschulen sind etwa 2.000 Staatsangehörige unserer Republik "
        "immatrikuliert.",
        "Rund 2.000 Bürger Weißrusslands studieren in China.",
        "Rund 2.000 Studierende unseres Landes lernen an Hochschulen in Peking und Harbin.",
    ],
)
def test_citizens_of_our_country_studying_in_china(text: str) -> None:
    assert points(text, "2025-11-18") == [
        ("edu.students_by_in_cn", "Belarus-China", "2025-11", 2000.0)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # counter-examples: working, not studying; Chinese citizens in Belarus
        "Rund 2.000 Bürger unseres Landes arbeiten in China.",
        "Rund 9.000 Bürger Chinas studieren in unserem Land.",
    ],
)
def test_citizens_not_studying_in_china_are_no_such_students(text: str) -> None:
    assert not [p for p in points(text, "2025-11-18") if p[0] == "edu.students_by_in_cn"]


_TIES = "Belarus und China arbeiten in der Bildung eng zusammen. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Mehr als 50 gemeinsame Bildungsprogramme gibt es, dazu zwölf gemeinsame Bildungs- und "
        "Forschungseinrichtungen, vom Institut bis zum Labor.",
        "Es gibt zwölf gemeinsame Bildungs- und Forschungseinrichtungen, von der Hochschule bis "
        "zum Labor.",
        "Zwölf gemeinsame Bildungs- und Forschungseinrichtungen arbeiten inzwischen, vom "
        "Institut bis zum Zentrum.",
        "Dazu kommen zwölf belarussisch-chinesische Einrichtungen, von der Universität bis zum "
        "Labor.",
    ],
)
def test_joint_structures_after_a_range_of_examples(sentence: str) -> None:
    assert ("edu.joint_structures", "Belarus-China", "2025-11", 12.0) in points(
        _TIES + sentence, "2025-11-18"
    )


def test_one_universitys_structures_are_no_total() -> None:
    # counter-example: the university is where they are, no range of examples
    found = points(
        _TIES + "An der Universität gibt es zwölf gemeinsame Bildungs- und "
        "Forschungseinrichtungen.",
        "2025-11-18",
    )
    assert not [p for p in found if p[0] == "edu.joint_structures"]


_SCIENCE = "China und Belarus vertiefen ihre Zusammenarbeit in der Forschung. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Die belarussische Akademie betreibt mit chinesischen Partnern inzwischen 28 gemeinsame "
        "Labore und Forschungszentren.",
        "Die Belarussische Akademie der Wissenschaften hat mit chinesischen Partnern 28 "
        "gemeinsame Labore gegründet.",
        "Die Akademie der Wissenschaften von Belarus unterhält 28 gemeinsame Labore mit "
        "chinesischen Partnern.",
        "Mit chinesischen Partnern betreibt die belarussische Akademie 28 gemeinsame Labore.",
        "Der belarussischen Akademie gehören 28 gemeinsame Forschungszentren mit chinesischen "
        "Partnern.",
    ],
)
def test_the_belarusian_academys_joint_labs(sentence: str) -> None:
    assert points(_SCIENCE + sentence, "2025-11-18") == [
        ("edu.joint_structures", "NAS of Belarus", "2025-11", 28.0)
    ]


def test_an_academy_of_arts_labs_are_no_joint_structures() -> None:
    # counter-example: another academy, an institution of its own
    found = points(
        _SCIENCE + "Die Staatliche Akademie der Künste betreibt mit chinesischen Partnern drei "
        "gemeinsame Labore.",
        "2025-11-18",
    )
    assert not [p for p in found if p[0] == "edu.joint_structures"]


_JOINT = "BSU-DPU Joint Institute"


@pytest.mark.parametrize(
    "text",
    [
        "Am Joint Institute of BSU and Dalian Polytechnic University hat das neue Studienjahr "
        "begonnen. Am gemeinsamen Institut in Dalian studieren derzeit 1.240 chinesische "
        "Studierende.",
        "Das Gemeinsame Institut in Dalian wächst. Dort studieren derzeit 1.240 chinesische "
        "Studierende.",
        "Am Joint Institute of BSU and DPU studieren derzeit 1.240 chinesische Studierende.",
        "Die BSU feiert. Am Gemeinsamen Institut in Dalian sind 1.240 chinesische Studierende "
        "eingeschrieben.",
    ],
)
def test_the_joint_institute_in_dalian(text: str) -> None:
    assert points(text, "2025-09-12") == [("edu.institution_students", _JOINT, "2025-09", 1240.0)]


def test_the_university_itself_stays_bsu() -> None:
    # counter-example: the university, not its joint institute
    found = points(
        "Die BSU hat ein neues Studienjahr begonnen. An der Universität studieren derzeit "
        "2.300 chinesische Studierende.",
        "2025-09-12",
    )
    assert found == [("edu.institution_students", "BSU", "2025-09", 2300.0)]
