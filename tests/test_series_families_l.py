"""Recognition round L, as families of wordings (indicators.md, entities; figures.md,
"Spans"): a joint institute's students said "am Institut" further on in its article and by
the gendered pair "Studentinnen und Studenten"; exports said bare after food named among
other goods (all exports, not food's); the paragraph under a table going on about it (the
park's growth); a rector's "wir" in a speech whose headline names him by his title and
whose salutation greets officials; the academy of sciences' agreements; and the students a
sentence names before a colon, counted by "sind es", with a university's part after.

Texts of our own in the style of university news pages, speeches, weeklies and agency
reports, several wordings per family, with counter-examples that must not become points.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

import bycn

Point = tuple[str, str, float]

points = points_of("indicator entity value", date="2026-09-08")

STUDENTS = "edu.institution_students"
JOINT = "BSU-DPU Joint Institute"


# --- 1. a joint institute's students, "am Institut" further on in its article ---------------

INSTITUTE_FIRST = [
    # the miss's shape: named in the paragraph's first sentence, the intake between
    (
        "Am Gemeinsamen Institut der Belarussischen Staatlichen Universität und der "
        "Polytechnischen Universität Dalian hat das neue Studienjahr begonnen. In diesem "
        "Herbst haben 412 Erstsemester ihr Studium aufgenommen. "
    ),
    # named in a paragraph before, a paragraph on its history between
    (
        "Das Gemeinsame Institut der BSU und der Polytechnischen Universität Dalian feiert "
        "sein Jubiläum.\n\nGegründet wurde es vor neun Jahren. Die Lehrkräfte kommen von "
        "beiden Universitäten. "
    ),
    # its English name, two sentences before
    (
        "Das Joint Institute of BSU and DPU hat seine Aufnahme abgeschlossen. Die Vorlesungen "
        "beginnen am Montag. "
    ),
]

AT_THE_INSTITUTE = [
    # the miss's wording: the gendered pair
    "Insgesamt lernen am Institut nun 1.640 Studentinnen und Studenten in fünf Programmen.",
    # other nouns, verbs and word orders
    "Am Institut sind derzeit 1.640 Studierende eingeschrieben.",
    "Das Institut zählt heute 1.640 Studentinnen und Studenten.",
    "Insgesamt studieren am Institut inzwischen 1.640 Studenten.",
    "Derzeit werden am Institut 1.640 Studierende ausgebildet.",
    "Im Institut sind nun 1.640 Studentinnen eingeschrieben.",
]


@pytest.mark.parametrize("before", INSTITUTE_FIRST)
@pytest.mark.parametrize("sentence", AT_THE_INSTITUTE)
def test_the_joint_institutes_students_said_at_the_institute_further_on(
    before: str, sentence: str
) -> None:
    assert (STUDENTS, JOINT, 1640.0) in points(before + sentence)


@pytest.mark.parametrize(
    "text",
    [
        # no joint institute in the article: a Confucius Institute's learners
        "Das Konfuzius-Institut der Universität hat ein neues Programm. Die Kurse beginnen im "
        "Oktober. Am Institut lernen 300 Studenten.",
        # the joint institute named only after the figure
        "Am Institut lernen 1.640 Studenten. Es ist das Gemeinsame Institut der BSU und der "
        "Polytechnischen Universität Dalian.",
        # a language learnt at the institute
        INSTITUTE_FIRST[0] + "Am Institut lernen 1.640 Studenten Chinesisch.",
        # another institute, by its name
        INSTITUTE_FIRST[0] + "Am Institut für Physik lernen 1.640 Studenten.",
        # its graduates
        INSTITUTE_FIRST[0] + "Das Institut hat 1.640 Studenten zum Diplom geführt.",
    ],
)
def test_no_joint_institutes_students_without_its_name_before(text: str) -> None:
    assert [p for p in points(text) if p[0] == STUDENTS and p[2] in (300.0, 1640.0)] == []


@pytest.mark.parametrize(
    ("sentence", "entity"),
    [
        # the gendered pair, of one university's Chinese students and of the country's
        (
            "An der Belarussischen Staatlichen Universität studieren 2.950 chinesische "
            "Studentinnen und Studenten.",
            "BSU",
        ),
        ("An der BNTU lernen 2.950 Studentinnen und Studenten aus China.", "BNTU"),
        (
            "An belarussischen Hochschulen studieren 2.950 Studentinnen und Studenten aus China.",
            "Belarus-China",
        ),
    ],
)
def test_studentinnen_und_studenten_are_students(sentence: str, entity: str) -> None:
    found = points(sentence)
    assert [p for p in found if p[2] == 2950.0 and p[1] == entity], found


# --- 2. bare exports after food named among other goods: all exports, not food's ------------

FOOD = "trade.food_exports"

food_points = points_of("indicator value", date="2026-02-20", only="trade.food_exports")

GOODS_BEFORE = [
    # the miss's shape: the goods that bore the growth, a breakdown after a colon
    (
        "Im Gesamtjahr 2025 summierten sich die Ausfuhren nach China auf 3,9 Milliarden "
        "Dollar. Getragen wurde das Wachstum von Kalidünger und Lebensmitteln: Milchprodukte "
        "und Geflügel machten knapp ein Drittel der Exporte aus. "
    ),
    # the main goods as a list
    (
        "Belarus liefert vor allem nach China. Die wichtigsten Exportgüter sind Kalidünger, "
        "Zellstoff und Nahrungsmittel. "
    ),
    # food first, then the other goods, a sentence between
    (
        "Nach China gingen 2025 neben Lebensmitteln vor allem Holz und Düngemittel. Die "
        "Nachfrage blieb stabil. "
    ),
]

BARE_EXPORTS = [
    # the miss's wording
    "Für 2026 erwarten Ökonomen ein Exportwachstum von sieben bis neun Prozent.",
    # other nouns, verbs and word orders
    "Für 2026 rechnen Ökonomen mit einem Wachstum der Exporte um acht Prozent.",
    "2026 dürften die Ausfuhren um acht Prozent steigen.",
    "Im Januar legten die Lieferungen nach China um acht Prozent zu.",
    "Der Export wuchs im Januar um acht Prozent.",
    "Um acht Prozent sollen die Exporte nach China im laufenden Jahr zulegen.",
]


@pytest.mark.parametrize("before", GOODS_BEFORE)
@pytest.mark.parametrize("sentence", BARE_EXPORTS)
def test_bare_exports_after_food_among_other_goods_are_no_food_exports(
    before: str, sentence: str
) -> None:
    assert food_points(before + sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        # food named in the figure's own sentence, after the goods
        GOODS_BEFORE[0] + "Die Lebensmittelexporte stiegen im Januar um acht Prozent.",
        GOODS_BEFORE[1] + "Die Exporte von Nahrungsmitteln wuchsen um acht Prozent.",
        # food alone before: the exports said bare are food's, as before
        "Belarussische Lebensmittel sind in China gefragt. Der Export wuchs im Januar um "
        "acht Prozent.",
        "Die Nahrungsmittelindustrie setzt auf China. Im Januar legten die Lieferungen nach "
        "China um acht Prozent zu.",
    ],
)
def test_food_exports_said_or_alone_before_stay_food(text: str) -> None:
    assert food_points(text) == [(FOOD, 8.0)]


# --- 3. the paragraph right under a table goes on about it: the park's growth ---------------

park_points = points_of("indicator entity as_of value", date="2026-08-18", only="park.")

ROWS = (
    "| Halbjahr | Industrieproduktion | Exporte |\n|---|---|---|\n"
    "| 1. Halbjahr 2025 | 352,0 | 96,4 |\n| 2. Halbjahr 2025 | 418,3 | 115,6 |\n"
    "| 1. Halbjahr 2026 | 447,9 | 118,0 |\n\n"
)

OPENING = (
    "Die Unternehmen haben im ersten Halbjahr 2026 so viel exportiert wie nie zuvor. Das "
    "zeigt ein Vergleich der Zahlen, die der Redaktion vorliegen.\n\n"
)

PARK_TABLES = [
    # the miss's caption: the residents' figures
    OPENING + "Kennzahlen der Residenten (Mio. US-Dollar)\n\n" + ROWS,
    # the park by name in the caption
    OPENING + "Der Industriepark Großer Stein in Zahlen (Mio. US-Dollar)\n\n" + ROWS,
    # a sentence of prose right above the table instead of a caption
    OPENING + "Die Verwaltung des Industrieparks legte dazu folgende Zahlen vor (Mio. "
    "US-Dollar):\n\n" + ROWS,
]

UNDER_THE_TABLE = [
    # the miss's wording
    ("Gegenüber dem Vorjahreszeitraum wuchs die Produktion damit um 27,2 Prozent.", "park.output"),
    # other verbs, nouns and word orders
    ("Die Produktion stieg damit gegenüber dem Vorjahreszeitraum um 27,2 Prozent.", "park.output"),
    ("Damit legte die Industrieproduktion im Jahresvergleich um 27,2 Prozent zu.", "park.output"),
    (
        "Im Vergleich zum ersten Halbjahr 2025 ist die Produktion damit um 27,2 Prozent gewachsen.",
        "park.output",
    ),
    ("Die Exporte wuchsen damit gegenüber dem Vorjahreszeitraum um 22,4 Prozent.", "park.exports"),
]


@pytest.mark.parametrize("table", PARK_TABLES)
@pytest.mark.parametrize(("sentence", "indicator"), UNDER_THE_TABLE)
def test_a_growth_under_the_parks_table_is_the_parks(
    table: str, sentence: str, indicator: str
) -> None:
    value = 22.4 if indicator == "park.exports" else 27.2
    assert (indicator, "Great Stone", "2026-H1", value) in park_points(table + sentence)


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph of its own between the table and the growth
        PARK_TABLES[0] + "Die Landwirtschaft hatte ein schwieriges Jahr. Die Ernte fiel "
        "schwach aus. Die Preise stiegen deutlich.\n\n" + UNDER_THE_TABLE[0][0],
        # a table of no park: a region's figures
        OPENING
        + "Kennzahlen des Gebiets Brest (Mio. US-Dollar)\n\n"
        + ROWS
        + UNDER_THE_TABLE[0][0],
        # another zone's residents
        OPENING
        + "Kennzahlen der Residenten der Wirtschaftszone Brest (Mio. US-Dollar)\n\n"
        + ROWS
        + UNDER_THE_TABLE[0][0],
    ],
)
def test_no_parks_growth_without_its_table_right_above(text: str) -> None:
    assert [p for p in park_points(text) if p[3] == 27.2] == []


# --- 4. a rector's "wir": the speech's headline names him, its salutation greets officials ---

speech_points = points_of("indicator entity status value", date="2026-04-20", doc="speech")

BODY = (
    "ich freue mich, Sie heute zum Tag der chinesischen Sprache an unserer Universität "
    "begrüßen zu dürfen.\n\nDie Belarussische Nationale Technische Universität hat heute 64 "
    "Kooperationsabkommen mit chinesischen Hochschulen.\n\n"
)

SALUTATIONS = [
    # the miss's: an ambassador greeted
    "Sehr geehrter Herr Botschafter, liebe Kolleginnen und Kollegen, liebe Studierende,\n\n",
    # a minister, a ministry's guest, other forms of address
    "Sehr geehrte Frau Ministerin, liebe Gäste,\n\n",
    "Exzellenz, verehrter Herr Botschafter, meine Damen und Herren,\n\n",
    "Lieber Herr Minister, liebe Freunde aus Harbin,\n\n",
    # no official greeted
    "Liebe Kolleginnen und Kollegen,\n\n",
]

RECTORS_TITLES = [
    "Rede des Rektors zum Tag der chinesischen Sprache",
    "Grußwort der Rektorin zur Eröffnung des Studienjahres",
    "Ansprache des Rektors beim China-Forum der Universität",
]

PLANS = [
    # the miss's wording
    "Bis 2030 wollen wir die Zahl unserer chinesischen Studierenden auf 5.000 erhöhen.",
    # other verbs, nouns and word orders
    "Bis 2030 wollen wir an unserer Universität 5.000 chinesische Studierende ausbilden.",
    "Bis 2030 soll die Zahl der chinesischen Studierenden an unserer Universität auf 5.000 "
    "steigen.",
    "Wir wollen die Zahl der Studierenden aus China bis 2030 auf 5.000 steigern.",
    "Bis 2030 sollen bei uns 5.000 Studierende aus China lernen.",
]


@pytest.mark.parametrize("title", RECTORS_TITLES)
@pytest.mark.parametrize("salutation", SALUTATIONS)
@pytest.mark.parametrize("plan", PLANS)
def test_a_rectors_plan_in_his_speech_is_his_universitys(
    title: str, salutation: str, plan: str
) -> None:
    found = speech_points(salutation + BODY + plan, title=title)
    assert (STUDENTS, "BNTU", "target", 5000.0) in found


@pytest.mark.parametrize(
    ("title", "salutation"),
    [
        # the minister speaks: her "wir" is the country's, though she speaks at the university
        ("Rede der Bildungsministerin zum Tag der chinesischen Sprache", SALUTATIONS[4]),
        ("Rede des Botschafters zum Tag der chinesischen Sprache", SALUTATIONS[4]),
        # a head of anything: no one's title of a university's head
        ("Rede des Vorsitzenden zum Tag der chinesischen Sprache", SALUTATIONS[4]),
        # the ambassador named as who speaks, not greeted
        ("Der Botschafter spricht an der Universität", SALUTATIONS[4]),
    ],
)
def test_no_universitys_plan_where_no_rector_speaks(title: str, salutation: str) -> None:
    found = speech_points(salutation + BODY + PLANS[0], title=title)
    assert [p for p in found if p[0] == STUDENTS and p[3] == 5000.0] == []


# --- 5. the academy of sciences' agreements with Chinese partners are its own ---------------

academy_points = points_of("indicator entity value", date="2026-05-18", only="edu.")

AGREEMENTS = "edu.institution_agreements"
NAS = "NAS of Belarus"

ACADEMY_FIRST = (
    "Die Zusammenarbeit der Nationalen Akademie der Wissenschaften von Belarus mit "
    "chinesischen Partnern wächst weiter. Die Institute der Akademie forschen seit Jahren mit "
    "Kollegen aus Harbin. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        # the miss's wording: counted by the partners
        "Die Akademie hat gegenwärtig Kooperationsabkommen mit 52 chinesischen "
        "Forschungseinrichtungen und Hochschulen.",
        # by its name, the agreements counted, other verbs and word orders
        "Die Nationale Akademie der Wissenschaften hat 52 Abkommen mit chinesischen Partnern.",
        "Mit chinesischen Partnern hat die Akademie 52 Kooperationsverträge geschlossen.",
        "Die NAN unterhält 52 Vereinbarungen mit chinesischen Forschungsinstituten.",
        "Derzeit bestehen 52 Abkommen der Akademie mit Einrichtungen in China.",
        "Die Akademie ist mit 52 chinesischen Hochschulen und Instituten durch Abkommen verbunden.",
    ],
)
def test_the_academys_agreements_with_chinese_partners_are_its_own(sentence: str) -> None:
    assert (AGREEMENTS, NAS, 52.0) in academy_points(ACADEMY_FIRST + sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # China's academy of sciences
        (
            "Die Chinesische Akademie der Wissenschaften hat 52 Abkommen mit chinesischen "
            "Partnern.",
            [],
        ),
        # its agreements with all foreign partners
        ("Die Akademie hat 52 Abkommen mit ausländischen Partnern.", []),
        # its joint labs stay joint structures
        (
            "Die Akademie betreibt 52 gemeinsame Labore mit chinesischen Partnern.",
            [("edu.joint_structures", NAS, 52.0)],
        ),
    ],
)
def test_no_academys_agreements_of_others_or_of_all_partners(
    sentence: str, expected: list[Point]
) -> None:
    assert [p for p in academy_points(ACADEMY_FIRST + sentence) if p[2] == 52.0] == expected


# --- 6. the students named before a colon, counted by "sind es", a university's part after ---

student_points = points_of("indicator entity value", date="2026-03-02", only="edu.")

OPENERS = [
    # the miss's
    "Chinesische Studierende sind in Minsk kaum noch zu übersehen: ",
    # other nouns and verbs before the colon
    "Studierende aus China prägen das Stadtbild: ",
    "Chinesische Studenten sieht man in Minsk überall: ",
    "Chinesische Studierende gehören zum Alltag der Hauptstadt: ",
]

COUNTED = [
    # the miss's: the number before "sind es", the country by "landesweit"
    (
        "Gut 19 Tsd. sind es inzwischen landesweit, allein an der Belarussischen Staatlichen "
        "Universität knapp 3.000.",
        "BSU",
    ),
    # the number after it, other words of the country, other parts
    ("Landesweit sind es gut 19.000, allein an der BNTU rund 3.000.", "BNTU"),
    ("Rund 19.000 sind es derzeit im ganzen Land, davon an der BSU 3.000.", "BSU"),
    ("In Belarus sind es inzwischen 19.000, allein an der BSU knapp 3.000.", "BSU"),
]


@pytest.mark.parametrize("opener", OPENERS)
@pytest.mark.parametrize(("sentence", "university"), COUNTED)
def test_students_named_before_a_colon_counted_by_sind_es_and_a_universitys_part(
    opener: str, sentence: str, university: str
) -> None:
    found = student_points(opener + sentence)
    assert ("edu.students_cn_in_by", "Belarus-China", 19000.0) in found
    assert (STUDENTS, university, 3000.0) in found


@pytest.mark.parametrize(
    "text",
    [
        # no noun before a colon: the bare numbers count nothing
        COUNTED[0][0],
        # others named before the colon: tourists, Belarusian students
        "Chinesische Touristen sind in Minsk kaum zu übersehen: Gut 19 Tsd. sind es inzwischen "
        "landesweit, allein an der Belarussischen Staatlichen Universität knapp 3.000.",
        "Belarussische Studierende zieht es nach China: Landesweit sind es gut 19.000, allein "
        "an der BSU rund 3.000.",
    ],
)
def test_no_students_without_chinese_students_named_before_the_colon(text: str) -> None:
    found = student_points(text)
    assert [p for p in found if p[0] in ("edu.students_cn_in_by", STUDENTS)] == []


def counts(text: str) -> list[tuple[str, float, str]]:
    """(text, value, item) of each figure of ``text``."""
    return [(r.text, r.value, r.item) for r in bycn.parse_text(text).figures.itertuples()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the miss's: both counts count the noun the sentence opens with
        (
            OPENERS[0] + COUNTED[0][0],
            [("19 Tsd.", 19000.0, "Studierende"), ("knapp 3.000", 3000.0, "Studierende")],
        ),
        (
            "Residenten gibt es im Park immer mehr: 121 sind es inzwischen, allein im "
            "Logistikbereich 30.",
            [("121", 121.0, "Residenten"), ("30", 30.0, "Residenten")],
        ),
        # no colon: no noun to count, no figure
        (COUNTED[0][0], [("19 Tsd.", 19000.0, "")]),
        # a part with no "sind es" before it is no count of the opening noun
        (
            "Chinesische Studierende kommen gern: An der BSU lernen viele, allein an der BNTU "
            "knapp 3.000.",
            [],
        ),
    ],
)
def test_a_count_before_sind_es_and_a_gapped_part_count_the_opening_noun(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert counts(text) == expected
