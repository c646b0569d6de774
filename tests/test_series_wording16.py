"""Trade wordings as families, round I (indicators.md): the turnover said alone ("der
Umsatz") in a text on the two countries' trade, China named further back than the two
sentences before (a table or a paragraph between).

Texts of our own in the style of business weeklies and agency reports, several wordings
per family, with counter-examples that must not become points of the two countries' trade.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

Point = tuple[str, str, float, str]


points = points_of("indicator entity value status", date="2025-11-10")


# --- 1. "der Umsatz" alone, the two countries' trade named further back -----------------------

TRADE_BEFORE = [
    # the trade by its adjective of the two countries, then three sentences without China
    (
        "Der belarussisch-chinesische Warenverkehr hat im Sommer an Schwung verloren. Das "
        "zeigen die Angaben des Statistikkomitees. Die Redaktion hat sie nach Quartalen "
        "geordnet. Vor allem das dritte Quartal fiel schwach aus.\n\n"
    ),
    # "der Handel mit China", then a table between
    (
        "Der Handel mit China hat nach einem starken Halbjahr nachgelassen.\n\n"
        "| Quartal | Warenumsatz, Mio. USD |\n|---|---|\n| I. Quartal 2025 | 2.080 |\n"
        "| II. Quartal 2025 | 2.310 |\n| III. Quartal 2025 | 2.405 |\n\n"
    ),
    # the two countries by name after the noun ("Warenumsatz Belarus–China")
    (
        "Warenumsatz Belarus–China: das dritte Quartal bremst. Die Zahlen liegen nun vor. "
        "Die Statistiker sprechen von einer Normalisierung. Die Kalipreise sind gefallen.\n\n"
    ),
]

ALONE = [
    # the miss's wording
    (
        "In den ersten neun Monaten summierte sich der Umsatz damit auf 6,8 Milliarden Dollar.",
        6.8e9,
    ),
    # other verbs and word orders
    ("Der Umsatz belief sich in den ersten neun Monaten auf 6,8 Milliarden Dollar.", 6.8e9),
    ("Von Januar bis September erreichte der gesamte Umsatz 6,8 Milliarden Dollar.", 6.8e9),
    ("Unter dem Strich kletterte der Umsatz bis Ende September auf 6,8 Milliarden Dollar.", 6.8e9),
    ("Damit wuchs der bilaterale Umsatz gegenüber dem Vorjahreszeitraum um 4,1 Prozent.", 4.1),
    ("In den ersten neun Monaten ging der Umsatz um 2,3 Prozent zurück.", 2.3),
]


@pytest.mark.parametrize("before", TRADE_BEFORE)
@pytest.mark.parametrize(("sentence", "value"), ALONE)
def test_turnover_alone_in_a_text_on_the_two_countries_trade(
    before: str, sentence: str, value: float
) -> None:
    found = points(before + sentence)
    assert ("trade.turnover", "Belarus-China", value, "actual") in found


@pytest.mark.parametrize(
    "text",
    [
        # no text on the two countries' trade: a chain's turnover
        "Die Kaufhauskette Korona hat zwei neue Filialen eröffnet. Die Kunden kamen zahlreich. "
        "Die Preise blieben stabil. Das Sortiment wuchs.\n\nIn den ersten neun Monaten "
        "summierte sich der Umsatz auf 6,8 Milliarden Rubel.",
        # China's trade with another country
        "Der Handel zwischen China und Russland wuchs kräftig. Die Zahlen liegen vor. Die "
        "Statistiker sind zufrieden. Die Energie machte den Großteil aus.\n\nIn den ersten neun "
        "Monaten summierte sich der Umsatz auf 180 Milliarden Dollar.",
        # a firm's turnover in a text on the trade
        TRADE_BEFORE[0] + "Das Unternehmen Belaruskali meldete, der Umsatz sei auf 2 Milliarden "
        "Dollar gestiegen.",
        # a region's turnover (trade.regional's, not the countries')
        TRADE_BEFORE[0] + "Im Gebiet Brest stieg der Umsatz um 9 Prozent.",
        # a shop's
        TRADE_BEFORE[0] + "Im Einzelhandel stieg der Umsatz um 5 Prozent.",
    ],
)
def test_turnover_alone_elsewhere_is_not_the_countries_trade(text: str) -> None:
    found = points(text)
    assert not [p for p in found if p[0] == "trade.turnover"]


# --- 2. two predicates of one subject, the second's figure after "und" ------------------------

MEETING = "Am 16. Juni tagte in Peking das Belarussisch-Chinesische Komitee für Zusammenarbeit. "


@pytest.mark.parametrize(
    ("sentence", "indicator", "value"),
    [
        # the miss's wording: a clause of "dass", both verbs at its end
        (
            "Die Seiten stellten fest, dass der bilaterale Warenumsatz in den ersten fünf "
            "Monaten um 8,4 Prozent gewachsen ist und 3,9 Milliarden US-Dollar erreicht hat.",
            "trade.turnover",
            3.9e9,
        ),
        # a reflexive verb of change, its participle
        (
            "Es wurde betont, dass sich der Warenumsatz um 8,4 Prozent erhöht und 3,9 "
            "Milliarden US-Dollar erreicht hat.",
            "trade.turnover",
            3.9e9,
        ),
        # a finite verb at the end of the subordinate clause, "betrug"
        (
            "Der Minister erklärte, dass der Handel mit China um 8,4 Prozent wuchs und 3,9 "
            "Milliarden US-Dollar betrug.",
            "trade.turnover",
            3.9e9,
        ),
        # a main clause, the auxiliary shared ("hat ... zugelegt und ... erreicht")
        (
            "Der Warenumsatz hat um 8,4 Prozent zugelegt und 3,9 Milliarden US-Dollar erreicht.",
            "trade.turnover",
            3.9e9,
        ),
        # the exports, a passive in reported speech
        (
            "Wie es hieß, seien die Lieferungen nach China um 12 Prozent gewachsen und 1,9 "
            "Milliarden Dollar erreicht worden.",
            "trade.exports",
            1.9e9,
        ),
    ],
)
def test_a_figure_after_und_shares_the_subject_of_the_predicate_before(
    sentence: str, indicator: str, value: float
) -> None:
    assert (indicator, "Belarus-China", value, "actual") in points(MEETING + sentence, "2026-06-17")


@pytest.mark.parametrize(
    "sentence",
    [
        # a subject of its own after "und", its verb second: not the trade's
        "Der Handel mit China ist gewachsen und 2 Milliarden Dollar flossen als Kredite an "
        "die Staatsbank.",
        "Der Handel mit China ist gewachsen und 300 Unternehmen nehmen an der Messe teil.",
        # no verb before "und": two counts, each of its own (no subject shared)
        "Der Handel mit China wächst, mit rund 900 Betrieben in Minsk und 300 in Brest.",
    ],
)
def test_a_figure_after_und_with_a_subject_of_its_own_is_no_trade(sentence: str) -> None:
    found = points(MEETING + sentence, "2026-06-17")
    assert not [p for p in found if p[0].startswith("trade.")]


# --- 3. China's imports of Belarusian goods, the origin said by the adjective ------------------

CUSTOMS = "Chinas Zollverwaltung hat die Zahlen zum Handel mit Belarus veröffentlicht. "


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the miss's wording: a separable verb, "führte ... ein"
        (
            "China führte im selben Zeitraum belarussische Waren im Wert von 2,3 Milliarden "
            "Dollar ein, darunter vor allem Kalidünger, Rindfleisch und Milchpulver.",
            2.3e9,
        ),
        (
            "Die Volksrepublik importierte 2025 belarussische Güter für 2,3 Milliarden Dollar.",
            2.3e9,
        ),
        (
            "Peking kaufte im vergangenen Jahr belarussische "
            "Produkte für 2,3 Milliarden Dollar ein.",
            2.3e9,
        ),
        # the passive
        (
            "Im selben Zeitraum wurden in China belarussische Waren im Wert von 2,3 Milliarden "
            "Dollar eingeführt.",
            2.3e9,
        ),
        # the noun, with the goods in the genitive
        (
            "Chinas Einfuhren belarussischer Erzeugnisse "
            "erreichten 2025 rund 2,3 Milliarden Dollar.",
            2.3e9,
        ),
        ("Die chinesischen Importe belarussischer Waren stiegen 2025 um 11 Prozent.", 11.0),
    ],
)
def test_chinas_imports_of_belarusian_goods_are_exports(sentence: str, value: float) -> None:
    assert ("trade.exports", "Belarus-China", value, "actual") in points(
        CUSTOMS + sentence, "2026-01-14"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # one product's imports: a part, not the total
        "China führte belarussisches Rindfleisch im Wert von 300 Millionen Dollar ein.",
        "China führte belarussische Milchprodukte im Wert von 300 Millionen Dollar ein.",
        # Belarus's imports of Chinese goods, and China's of another country's
        "Belarus führte chinesische Waren im Wert von 6,1 Milliarden Dollar ein.",
        "China führte russische Waren im Wert von 129 Milliarden Dollar ein.",
    ],
)
def test_other_imports_are_not_exports_to_china(sentence: str) -> None:
    found = points(CUSTOMS + sentence, "2026-01-14")
    assert not [p for p in found if p[0] == "trade.exports"]


# --- 4. producers on China's list, the list said again by its noun -----------------------------

GACC = "Exportieren darf nur, wer von der chinesischen Zollverwaltung GACC zugelassen ist. "


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the miss's wording: "auf der Liste stehen"
        (GACC + "Ende März 2026 standen 212 belarussische Betriebe auf der Liste.", 212.0),
        # the list fronted, another noun
        (GACC + "Auf der Liste stehen derzeit 212 belarussische Unternehmen.", 212.0),
        # the list as the subject
        (GACC + "Die Liste umfasst inzwischen 212 belarussische Hersteller.", 212.0),
        # the register, a passive
        (GACC + "Inzwischen sind 212 Betriebe im Register eingetragen.", 212.0),
        # the permission's noun as the object
        (GACC + "Die Zulassung haben bislang 212 belarussische Betriebe erhalten.", 212.0),
        # China's customs two sentences before, the verb of registering
        (
            "Lieferungen nach China erfordern eine Registrierung beim chinesischen Zoll. Das ist "
            "aufwendig. Bis heute wurden 212 Molkereien und Fleischbetriebe registriert.",
            212.0,
        ),
    ],
)
def test_producers_on_chinas_list_said_again(text: str, value: float) -> None:
    found = points(text, "2026-04-03")
    assert ("trade.accredited_producers", "Belarus-China", value, "actual") in found


def test_a_level_a_year_before_on_the_list_continues_it() -> None:
    text = (
        GACC + "Ende März 2026 standen 212 belarussische Betriebe auf "
        "der Liste, ein Jahr zuvor waren es 176."
    )
    found = points(text, "2026-04-03")
    assert ("trade.accredited_producers", "Belarus-China", 176.0, "actual") in found


@pytest.mark.parametrize(
    "text",
    [
        # another list, China's market not named
        "Die Regierung führt eine Liste der besten Exporteure. Ende März standen 212 Betriebe "
        "auf der Liste.",
        # firms registered at home, in a text on exports to China
        "Die Exporte nach China wachsen. In Minsk sind 212 Unternehmen registriert.",
        "Die Exporte nach China wachsen. Im Gebiet sind 212 "
        "Betriebe im Handelsregister eingetragen.",
        # the park's residents
        GACC + "Im Industriepark sind 212 Unternehmen als Residenten registriert.",
    ],
)
def test_other_lists_and_registers_are_no_accredited_producers(text: str) -> None:
    found = points(text, "2026-04-03")
    assert not [p for p in found if p[0] == "trade.accredited_producers"]


# --- 5. the park's firms by a verb of being there, the park said by "dort" ---------------------

PARK = (
    "Im Gebiet Minsk liegt auch der Industriepark „Großer Stein“. Dessen Residenten "
    "exportierten von Januar bis August Waren für 268 Millionen Dollar. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        # the miss's wording
        "Derzeit arbeiten dort 146 Unternehmen.",
        "Im Park sind heute 146 Firmen tätig.",
        "Hier haben 146 Unternehmen ihren Sitz.",
        "Auf dem Gelände sitzen inzwischen 146 Unternehmen.",
        "Dort befinden sich derzeit 146 Unternehmen.",
    ],
)
def test_firms_there_are_the_parks_residents(sentence: str) -> None:
    assert ("park.residents", "Great Stone", 146.0, "actual") in points(
        PARK + sentence, "2025-10-09"
    )


@pytest.mark.parametrize(
    "text",
    [
        # people, not firms
        PARK + "Dort arbeiten 2.500 Menschen.",
        # new firms: the period's, not the total
        PARK + "Im Park sind 12 neue Unternehmen tätig.",
        # a town's firms
        PARK + "In der Stadt Smolewitschi arbeiten dort 300 Unternehmen.",
        # no park named before
        "Minsk ist ein wichtiger Standort. Derzeit arbeiten dort 146 Unternehmen.",
    ],
)
def test_other_firms_there_are_not_residents(text: str) -> None:
    found = points(text, "2025-10-09")
    assert not [p for p in found if p[0] == "park.residents"]


# --- 6. Belarusian students in China counted as persons ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # the miss's wording: the students, a dash, "das sind ... Menschen"
        "Antwort: Belarussische Studierende in China – das sind inzwischen rund 3.800 Menschen.",
        "Belarussische Studenten in China: Das sind heute etwa 3.800 junge Leute.",
        "Belarussische Studierende an chinesischen Universitäten "
        "– es sind mittlerweile 3.800 Personen.",
        # their number as the subject
        "Die Zahl der belarussischen Studierenden in China "
        "liegt inzwischen bei rund 3.800 Personen.",
        "Die Zahl belarussischer Studenten in China beträgt 3.800 Personen.",
    ],
)
def test_belarusian_students_in_china_counted_as_persons(sentence: str) -> None:
    found = points(sentence, "2026-05-01")
    assert ("edu.students_by_in_cn", "Belarus-China", 3800.0, "actual") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # persons of something else in the students' sentence
        "Belarussische Studierende in China – darunter 3.800 "
        "Menschen in Peking – fühlen sich wohl.",
        "Belarussische Studierende in China besuchten das Fest mit 3.800 Menschen.",
        "Die Kosten für belarussische Studierende in China trugen 40 Personen.",
    ],
)
def test_other_persons_are_not_the_students(sentence: str) -> None:
    found = points(sentence, "2026-05-01")
    assert not [p for p in found if p[0] == "edu.students_by_in_cn"]


# --- 7. the whole university named before, said without its name -----------------------------

BSU = (
    "Am Gemeinsamen Institut der Belarussischen Staatlichen Universität und der Dalian "
    "Polytechnischen Universität haben 310 Erstsemester ihr Studium aufgenommen. Insgesamt "
    "studieren am Institut nun 1.240 chinesische Studierende.\n\n"
    "Die BSU selbst unterhält Beziehungen zu mehr als 100 chinesischen Hochschulen; mit ihnen "
    "wurden bislang 118 Kooperationsabkommen geschlossen. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        # the miss's wording
        "An der gesamten Universität sind derzeit rund 2.900 Studierende aus China eingeschrieben.",
        # the nominative, as the subject
        "Die gesamte Universität zählt derzeit rund 2.900 Studierende aus China.",
        # "ganz", another noun of the university
        "An der ganzen Hochschule studieren derzeit rund 2.900 chinesische Studierende.",
        "An der ganzen Universität sind derzeit rund 2.900 chinesische Studierende immatrikuliert.",
    ],
)
def test_the_whole_university_is_the_one_named_before(sentence: str) -> None:
    found = points(BSU + sentence, "2025-09-05")
    assert ("edu.institution_students", "BSU", 2900.0, "actual") in found
    # ... not the institute's, nor the country's
    assert ("edu.institution_students", "BSU-DPU Joint Institute", 2900.0, "actual") not in found


def test_the_whole_university_by_its_name_is_that_one() -> None:
    found = points(
        BSU
        + "An der gesamten Universität Gomel sind rund 640 Studierende aus China eingeschrieben.",
        "2025-09-05",
    )
    assert ("edu.institution_students", "BSU", 640.0, "actual") not in found


# --- 8. a change with no noun of its own after a colon continues the point before --------------

FOOD = (
    "2025 lieferte Belarus Lebensmittel für 910 Millionen Dollar ins Reich der Mitte, deutlich "
    "mehr als noch 2022. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        # the miss's wording
        "Im ersten Quartal 2026 ging es weiter aufwärts: plus 14 "
        "Prozent gegenüber dem Vorjahresquartal.",
        "Im ersten Quartal 2026 ging es weiter bergauf: ein Plus von 14 Prozent.",
        "Im ersten Quartal 2026 dann der nächste Sprung: ein Zuwachs von 14 Prozent.",
        "Im ersten Quartal 2026 setzte sich der Trend fort: ein Anstieg um 14 Prozent.",
        "Das erste Quartal 2026 bestätigte den Trend: Plus 14 Prozent zum Vorjahresquartal.",
    ],
)
def test_a_bare_change_after_a_colon_continues_the_point_before(sentence: str) -> None:
    found = points(FOOD + sentence, "2026-04-03")
    assert ("trade.food_exports", "Belarus-China", 14.0, "actual") in found


@pytest.mark.parametrize(
    "text",
    [
        # no point before to continue
        "Die Exporteure sind zufrieden. Im ersten Quartal 2026 ging es aufwärts: plus 14 Prozent.",
        # a noun of its own before the figure: one product's change, not the total's
        FOOD + "Im ersten Quartal 2026 zeigte sich ein Bild: die Milchexporte plus 14 Prozent.",
    ],
)
def test_a_change_with_nothing_to_continue_is_no_food_total(text: str) -> None:
    found = points(text, "2026-04-03")
    assert ("trade.food_exports", "Belarus-China", 14.0, "actual") not in found


# --- 9. a share of the point before is passed over by what refers back -------------------------

SHARES = [
    # the miss's wording: "entfielen davon"
    "Auf Milchprodukte entfielen davon rund 40 Prozent.",
    # the share as the noun, "darunter"
    "Der Anteil der Milchprodukte lag bei 40 Prozent.",
    "Darunter machten Milchprodukte rund 40 Prozent aus.",
    "Davon gingen 40 Prozent auf das Konto der Molkereien.",
    "Gut 40 Prozent davon entfallen auf Milchprodukte.",
]


@pytest.mark.parametrize("share", SHARES)
@pytest.mark.parametrize(
    "sentence",
    [
        "Im ersten Quartal 2026 ging es weiter aufwärts: plus 14 "
        "Prozent gegenüber dem Vorjahresquartal.",
        "Im ersten Quartal 2026 waren es 14 Prozent mehr als ein Jahr zuvor.",
    ],
)
def test_a_change_after_a_share_continues_the_point_before_it(share: str, sentence: str) -> None:
    found = points(FOOD + share + " " + sentence, "2026-04-03")
    assert ("trade.food_exports", "Belarus-China", 14.0, "actual") in found


@pytest.mark.parametrize(
    "between",
    [
        # a sentence of no share between: the thread is broken
        "Die Milchbauern sind zufrieden.",
        # a share said with no percent: no share of the point
        "Davon profitieren vor allem die Molkereien.",
    ],
)
def test_a_change_after_another_sentence_continues_nothing(between: str) -> None:
    text = FOOD + between + " Im ersten Quartal 2026 waren es 14 Prozent mehr."
    assert ("trade.food_exports", "Belarus-China", 14.0, "actual") not in points(text, "2026-04-03")
