"""Round J (set 15's misses), each as a family of wordings with counter-examples
(indicators.md; figures.md, "Spans"). Texts of our own in the style of BelTA, Xinhua, CRI
and Sputnik reports, ministry and embassy statements and regional newspapers:

- a change tacked on to an amount by "das" or "dies" and a verb of being ("..., das waren
  7,8 Prozent mehr als 2024", "..., dies entspricht einem Plus von 9 Prozent");
- deliveries said bare in a text on exports to China ("Insgesamt summierten sich die
  Lieferungen damit auf ..."), and food's part of them two sentences on;
- China's imports from Belarus with no importer named, in a Chinese report (a table's
  caption, prose), and China's exports "in das osteuropäische Land", which are no
  Belarusian exports;
- goods turned over with China or Chinese partners ("Waren für ... umgesetzt");
- a count whose noun is left out: new residents after the residents' count ("19 neue
  hinzugekommen"), a fronted bare number after a set named by a word of quantity ("Immer
  mehr Belarussen ...: Rund 2.200 studieren ..."), and a relative "deren Zahl" of the noun
  right before its comma (all foreign students: no point of Chinese students).
"""

from __future__ import annotations

import pytest

import bycn
from bycn.indicators.series import load_series

Point = tuple[str, str, str, float, str]

TURNOVER, EXPORTS, FOOD = "trade.turnover", "trade.exports", "trade.food_exports"
REGIONAL, ACCREDITED = "trade.regional", "trade.accredited_producers"
NEW_RESIDENTS, BY_IN_CN = "park.new_residents", "edu.students_by_in_cn"
CN_IN_BY = "edu.students_cn_in_by"
BC = "Belarus-China"


def points(text: str, date: str = "2026-02-03", title: str = "") -> list[Point]:
    """(indicator, entity, as_of, value, unit) of each point of a text of ``date``."""
    meta = {"date": date, "title": title} if title else {"date": date}
    series = load_series(bycn.parse_text(text, doc="text", meta=meta))
    return sorted((p.indicator, p.entity, p.as_of, p.value, p.unit) for p in series.itertuples())


def figures(text: str, date: str = "2025-09-03") -> list[tuple[str, str]]:
    """(text, item) of each count of a text."""
    frame = bycn.parse_text(text, doc="text", meta={"date": date}).figures
    return [(r.text, r.item) for r in frame.itertuples() if r.unit == "count"]


# ---------------------------------------------------------------------------------------
# 1. A change after the amount, in a clause of "das"/"dies" and a verb of being
# ---------------------------------------------------------------------------------------

LEAD = "Belarus und China bauen ihre Zusammenarbeit aus. "
AMOUNT = "Der bilaterale Handel wuchs 2025 auf 12,9 Milliarden US-Dollar, "
TRADE_2025 = (TURNOVER, BC, "2025", 12.9e9, "USD")


@pytest.mark.parametrize(
    ("clause", "value"),
    [
        ("das waren 7,8 Prozent mehr als 2024.", 7.8),  # the miss
        ("das sind 7,8 Prozent mehr als im Vorjahr.", 7.8),
        ("dies entspricht einem Plus von 7,8 Prozent.", 7.8),
        ("das bedeutet ein Wachstum von 7,8 Prozent gegenüber 2024.", 7.8),
        ("das ist ein Anstieg um 7,8 Prozent.", 7.8),
        ("das entspricht einem Zuwachs von knapp 7,8 Prozent.", 7.8),
        ("das ist gegenüber 2024 ein Zuwachs von 7,8 Prozent.", 7.8),
        ("dies waren 7,8 Prozent mehr als ein Jahr zuvor.", 7.8),
    ],
)
def test_a_change_said_by_das_and_a_verb_is_the_amount_s(clause: str, value: float) -> None:
    assert points(LEAD + AMOUNT + clause) == sorted(
        [TRADE_2025, (TURNOVER, BC, "2025", value, "percent")]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # exports, the park's exports, food, a region's trade: each its amount's change
        (
            "Die belarussischen Exporte nach China stiegen 2025 auf 2,9 Milliarden Dollar, das "
            "sind 12 Prozent mehr als im Vorjahr.",
            [(EXPORTS, BC, "2025", 2.9e9, "USD"), (EXPORTS, BC, "2025", 12.0, "percent")],
        ),
        (
            "Der Warenumsatz des Gebiets Brest mit China erreichte 2025 412 Millionen Dollar, "
            "dies bedeutet einen Zuwachs von 18 Prozent.",
            [
                (REGIONAL, "Brest region", "2025", 4.12e8, "USD"),
                (REGIONAL, "Brest region", "2025", 18.0, "percent"),
            ],
        ),
    ],
)
def test_the_change_of_other_amounts_too(text: str, expected: list[Point]) -> None:
    assert points(text) == sorted(expected)


@pytest.mark.parametrize(
    "clause",
    [
        # a share of something else, no change of the amount
        "das sind 7,8 Prozent aller Exporte des Landes.",
        "das waren 7,8 Prozent des gesamten Außenhandels.",
        # a bare percent, said as no change
        "das sind 7,8 Prozent.",
    ],
)
def test_a_share_after_das_is_no_change(clause: str) -> None:
    assert points(LEAD + AMOUNT + clause) == [TRADE_2025]


def test_the_change_of_an_amount_that_is_no_point_is_no_one_s() -> None:
    text = (
        LEAD + "Die Importe aus China stiegen 2025 auf 9 Milliarden US-Dollar, das waren 7,8 "
        "Prozent mehr als 2024."
    )
    assert points(text) == []


# ---------------------------------------------------------------------------------------
# 2. Deliveries said bare in a text on exports to China; food's part of them
# ---------------------------------------------------------------------------------------

TABLE = (
    "Analyse. Nach einem schwachen Jahresauftakt haben die belarussischen Ausfuhren nach China "
    "2025 deutlich angezogen. Unsere Übersicht:\n\n"
    "| Quartal | Export nach China, Mio. US-Dollar |\n|---|---|\n"
    "| I. Quartal 2025 | 601,2 |\n| II. Quartal 2025 | 687,7 |\n| III. Quartal 2025 | 758,6 |\n\n"
)
QUARTERS = [
    (EXPORTS, BC, "2025-Q1", 6.012e8, "USD"),
    (EXPORTS, BC, "2025-Q2", 6.877e8, "USD"),
    (EXPORTS, BC, "2025-Q3", 7.586e8, "USD"),
]


@pytest.mark.parametrize(
    "sentence",
    [
        "Insgesamt summierten sich die Lieferungen 2025 damit auf rund 2,86 Milliarden Dollar.",
        "Die Lieferungen erreichten 2025 insgesamt 2,86 Milliarden Dollar.",
        "Im Gesamtjahr 2025 beliefen sich die Warenlieferungen auf 2,86 Milliarden Dollar.",
        "Unsere Lieferungen stiegen 2025 damit auf 2,86 Milliarden Dollar.",
    ],
)
def test_deliveries_after_a_table_of_exports_to_china(sentence: str) -> None:
    assert points(TABLE + sentence, "2026-03-12") == sorted(
        [*QUARTERS, (EXPORTS, BC, "2025", 2.86e9, "USD")]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Die belarussischen Ausfuhren nach China legten 2025 kräftig zu. Die Lieferungen "
        "erreichten 2,86 Milliarden Dollar.",
        "Belarus hat 2025 deutlich mehr Waren nach China exportiert. Insgesamt summierten "
        "sich die Lieferungen in die Volksrepublik auf 2,86 Milliarden Dollar.",
    ],
)
def test_deliveries_after_prose_on_exports_to_china(text: str) -> None:
    assert points(text, "2026-03-12") == [(EXPORTS, BC, "2025", 2.86e9, "USD")]


@pytest.mark.parametrize(
    "text",
    [
        # one product's exports before: its deliveries
        "Die Exporte von Milchprodukten nach China legten 2025 kräftig zu. Die Lieferungen "
        "erreichten 2,86 Milliarden Dollar.",
        # imports before: China's deliveries
        "Die Importe aus China und die Ausfuhren nach China legten 2025 zu. Die Lieferungen "
        "erreichten 2,86 Milliarden Dollar.",
        # no exports to China told before
        "Belarus und China pflegen enge Beziehungen. Die Lieferungen erreichten 2025 2,86 "
        "Milliarden Dollar.",
        # deliveries from China
        "Die Ausfuhren nach China legten 2025 zu. Die Lieferungen aus China erreichten 2,86 "
        "Milliarden Dollar.",
        "Die Ausfuhren nach China legten 2025 zu. Die Lieferungen chinesischer Maschinen "
        "erreichten 2,86 Milliarden Dollar.",
    ],
)
def test_deliveries_of_no_exports_to_china(text: str) -> None:
    assert EXPORTS not in [p[0] for p in points(text, "2026-03-12")]


@pytest.mark.parametrize(
    ("between", "food"),
    [
        # the miss: the half year's part between, the goods that bore the growth before
        (
            "Allein im zweiten Halbjahr waren es 1,57 Milliarden Dollar.",
            "Getragen wurde das Wachstum von Kalidünger und Nahrungsmitteln; auf Nahrungsmittel "
            "entfielen 2025 rund 1,4 Milliarden Dollar.",
        ),
        (
            "Gefragt waren vor allem Kalidünger und Zellstoff.",
            "Auf Lebensmittel entfielen 2025 rund 1,4 Milliarden Dollar.",
        ),
        (
            "Gefragt waren vor allem Kalidünger und Zellstoff.",
            "Lebensmittel machten 2025 rund 1,4 Milliarden Dollar aus.",
        ),
        (
            "Das war ein Rekord.",
            "Auf Nahrungsmittel entfiel davon 2025 rund 1,4 Milliarden Dollar.",
        ),
    ],
)
def test_food_s_part_of_the_exports_told_two_sentences_before(between: str, food: str) -> None:
    text = (
        "Die belarussischen Ausfuhren nach China summierten sich 2025 auf 2,86 Milliarden "
        f"Dollar. {between} {food}"
    )
    found = points(text, "2026-03-12")
    assert (FOOD, BC, "2025", 1.4e9, "USD") in found


def test_food_s_part_of_the_imports_is_no_food_export() -> None:
    text = (
        "Die Einfuhren aus China summierten sich 2025 auf 8 Milliarden Dollar. Gefragt waren "
        "vor allem Maschinen und Elektronik. Auf Nahrungsmittel entfielen 2025 rund 1,4 "
        "Milliarden Dollar."
    )
    assert FOOD not in [p[0] for p in points(text, "2026-03-12")]


# ---------------------------------------------------------------------------------------
# 3. China's imports from Belarus, no importer named; China's exports to Belarus
# ---------------------------------------------------------------------------------------

XINHUA = (
    "Peking (Xinhua) – Der Handel zwischen China und Belarus hat 2025 deutlich zugelegt, wie "
    "die Allgemeine Zollverwaltung Chinas mitteilte. "
)


@pytest.mark.parametrize(
    ("caption", "heads"),
    [
        (
            "Die Einfuhren aus Belarus nach Halbjahren (Milliarden Yuan):",
            "| Halbjahr | Wert | Veränderung zum Vorjahreszeitraum, % |",
        ),
        (
            "Die Importe aus Weißrussland im Überblick (Milliarden Yuan):",
            "| Zeitraum | Wert | Veränderung zum Vorjahreszeitraum, % |",
        ),
        (
            "Importe aus dem osteuropäischen Land (Milliarden Yuan):",
            "| Halbjahr | Volumen | Veränderung zum Vorjahreszeitraum, % |",
        ),
    ],
)
def test_a_table_of_imports_from_belarus_in_a_chinese_report(caption: str, heads: str) -> None:
    text = (
        XINHUA + "\n\n" + caption + "\n\n" + heads + "\n|---|---|---|\n"
        "| 1. Halbjahr 2025 | 9,3 | +3,8 |\n| 2. Halbjahr 2025 | 11,2 | -1,5 |\n"
    )
    assert points(text, "2026-01-20") == sorted(
        [
            (EXPORTS, BC, "2025-H1", 9.3e9, "CNY"),
            (EXPORTS, BC, "2025-H1", 3.8, "percent"),
            (EXPORTS, BC, "2025-H2", 11.2e9, "CNY"),
            (EXPORTS, BC, "2025-H2", -1.5, "percent"),
        ]
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Importe aus Belarus stiegen 2025 auf 20,5 Milliarden Yuan.",
        "Die Einfuhren aus dem osteuropäischen Land erreichten 2025 20,5 Milliarden Yuan.",
        "2025 erreichten die Einfuhren aus Weißrussland 20,5 Milliarden Yuan.",
    ],
)
def test_imports_from_belarus_in_prose_of_a_chinese_report(sentence: str) -> None:
    assert points(XINHUA + sentence, "2026-01-20") == [(EXPORTS, BC, "2025", 20.5e9, "CNY")]


@pytest.mark.parametrize(
    "sentence",
    [
        # another importer: Russia's, the EU's
        "Russlands Importe aus Belarus stiegen 2025 auf 20,5 Milliarden Yuan.",
        "Die EU-Importe aus Belarus stiegen 2025 auf 20,5 Milliarden Yuan.",
        "Die Einfuhren aus Belarus nach Russland stiegen 2025 auf 20,5 Milliarden Yuan.",
        # one product's
        "Die Importe von Milchpulver aus Belarus stiegen 2025 auf 20,5 Milliarden Yuan.",
    ],
)
def test_imports_from_belarus_of_another_importer_or_product(sentence: str) -> None:
    assert EXPORTS not in [p[0] for p in points(XINHUA + sentence, "2026-01-20")]


def test_imports_from_belarus_in_a_text_that_names_no_china() -> None:
    text = "Litauen und Belarus handeln wieder. Die Importe aus Belarus stiegen 2025 um 9 Prozent."
    assert points(text, "2026-01-20") == []


@pytest.mark.parametrize(
    "second",
    [
        # the miss: China's exports in a clause of contrast
        ", während die Ausfuhren in das osteuropäische Land 71,1 Milliarden Yuan erreichten.",
        ". Die Ausfuhren in den osteuropäischen Staat erreichten 71,1 Milliarden Yuan.",
        ", wobei die Exporte ins osteuropäische Land um 12 Prozent zulegten.",
        ", während die Ausfuhren nach Weißrussland 71,1 Milliarden Yuan erreichten.",
    ],
)
def test_china_s_exports_to_belarus_are_no_belarusian_exports(second: str) -> None:
    text = (
        XINHUA + "Chinas Einfuhren aus Belarus stiegen 2025 um 9,1 Prozent auf 20,5 Milliarden Yuan"
    )
    assert points(text + second, "2026-01-20") == sorted(
        [(EXPORTS, BC, "2025", 20.5e9, "CNY"), (EXPORTS, BC, "2025", 9.1, "percent")]
    )


# ---------------------------------------------------------------------------------------
# 4. Goods turned over with China or Chinese partners
# ---------------------------------------------------------------------------------------

GRODNO = (
    "Grodno. Auf dem belarussisch-chinesischen Regionalforum hat der Vorsitzende des "
    "Gebietsexekutivkomitees Grodno Bilanz gezogen. "
)


@pytest.mark.parametrize(
    "quote",
    [
        "„Im vergangenen Jahr haben wir mit unseren chinesischen Partnern Waren für 286 "
        "Millionen Dollar umgesetzt“, sagte er.",  # the miss
        "„Mit China haben wir 2024 Waren im Wert von 286 Millionen Dollar umgesetzt“, sagte er.",
        "„Waren für 286 Millionen Dollar wurden 2024 mit chinesischen Partnern umgesetzt“, "
        "sagte er.",
        "„Im vergangenen Jahr haben wir mit Partnern aus China Güter für 286 Millionen Dollar "
        "umgesetzt“, sagte er.",
    ],
)
def test_goods_turned_over_by_a_governor_are_his_region_s_trade(quote: str) -> None:
    assert points(GRODNO + quote, "2025-06-18") == [
        (REGIONAL, "Grodno region", "2024", 2.86e8, "USD")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Im vergangenen Jahr haben belarussische Unternehmen mit chinesischen Partnern Waren "
        "für 5 Milliarden Dollar umgesetzt.",
        "Belarus hat 2024 mit China Waren für 5 Milliarden Dollar umgesetzt.",
        "Waren für 5 Milliarden Dollar wurden 2024 mit der Volksrepublik umgesetzt.",
        "Belarus hat 2024 mit Partnern aus China Waren für 5 Milliarden Dollar ausgetauscht.",
    ],
)
def test_goods_turned_over_with_china_are_the_turnover(sentence: str) -> None:
    text = "Minsk (BelTA) – Die Zusammenarbeit mit China wächst. " + sentence
    assert points(text, "2025-06-18") == [(TURNOVER, BC, "2024", 5e9, "USD")]


@pytest.mark.parametrize(
    "sentence",
    [
        # projects carried out, no goods
        "Belarus hat 2024 mit chinesischen Partnern Projekte für 5 Milliarden Dollar umgesetzt.",
        "Mit China wurden 2024 Investitionsvorhaben für 5 Milliarden Dollar umgesetzt.",
    ],
)
def test_projects_carried_out_are_no_trade(sentence: str) -> None:
    text = "Minsk (BelTA) – Die Zusammenarbeit mit China wächst. " + sentence
    assert points(text, "2025-06-18") == []


# ---------------------------------------------------------------------------------------
# 5. Counts whose noun is left out
# ---------------------------------------------------------------------------------------

PARK = (
    "Frage: Wie viele Unternehmen sind heute im Industriepark Großer Stein registriert?\n\n"
    "Antwort: Im Moment sind es 152 Residenten aus 16 Ländern. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Allein in diesem Jahr sind 19 neue hinzugekommen, so viele wie nie zuvor.",  # the miss
        "In diesem Jahr kamen 19 neue hinzu.",
        "Allein 2025 sind 19 weitere dazugekommen.",
        "In diesem Jahr wurden 19 neue registriert.",
    ],
)
def test_new_ones_left_out_count_the_residents_not_their_countries(sentence: str) -> None:
    found = points(PARK + sentence, "2025-12-17")
    assert (NEW_RESIDENTS, "Great Stone", "2025", 19.0, "count") in found


def test_the_noun_left_out_is_the_count_s_not_its_origin_s() -> None:
    assert ("19", "Residenten") in figures(
        PARK + "In diesem Jahr kamen 19 neue hinzu.", "2025-12-17"
    )


@pytest.mark.parametrize(
    "added",
    [
        "Seit Jahresbeginn erhielten elf weitere die Akkreditierung.",  # set 6's extra
        "Seit Jahresbeginn wurden 11 neue Betriebe für den chinesischen Markt zugelassen.",
        "Seit Jahresbeginn wurden elf Molkereien neu akkreditiert.",
    ],
)
def test_producers_added_are_no_total_of_accredited_producers(added: str) -> None:
    text = (
        "MINSK (BelTA) – Derzeit sind 190 belarussische Unternehmen berechtigt, ihre Produkte "
        "auf den chinesischen Markt zu liefern. " + added
    )
    assert points(text, "2026-02-03") == [(ACCREDITED, BC, "2026-02", 190.0, "count")]


SB = "Aus keinem anderen Land kommen so viele ausländische Studierende wie aus China.\n\n"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Umgekehrt zieht es auch immer mehr Belarussen ins Reich der Mitte: Rund 2.200 "
        "studieren derzeit an chinesischen Universitäten, die meisten in Peking.",  # the miss
        "Immer mehr junge Belarussen zieht es nach China. Rund 2.200 studieren derzeit an "
        "chinesischen Hochschulen.",
        "Zahlreiche Belarussen interessieren sich für China: Etwa 2.200 sind derzeit an "
        "Hochschulen in Peking und Schanghai eingeschrieben.",
        "Mehr und mehr Belarussen entdecken das Reich der Mitte: Rund 2.200 lernen derzeit an "
        "Universitäten der Volksrepublik.",
    ],
)
def test_a_fronted_number_counts_the_set_named_before(paragraph: str) -> None:
    assert points(SB + paragraph, "2025-09-03") == [(BY_IN_CN, BC, "2025-09", 2200.0, "count")]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a part of them, at one university
        "Rund 2.500 Belarussen studieren derzeit in China. Allein an der Universität Peking "
        "lernen 48 von ihnen.",
        # graduates, no students
        "Immer mehr Belarussen zieht es nach China. Rund 2.200 haben dort ihr Studium "
        "abgeschlossen.",
        # no verb of the present after the number
        "Immer mehr Belarussen reisen nach China: Rund 2.200 besuchten 2024 Peking.",
    ],
)
def test_a_fronted_number_of_no_students_now(paragraph: str) -> None:
    values = [p[3] for p in points(SB + paragraph, "2025-09-03") if p[0] == BY_IN_CN]
    assert 48.0 not in values and 2200.0 not in values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun the sentence opens with, a capitalised qualifier after the colon
        (
            "Belarussische Studierende zieht es ins Reich der Mitte: Rund 2.200 studieren derzeit "
            "in Peking.",
            ("Rund 2.200", "Studierende"),
        ),
        (
            "Chinesische Studierende schätzen Minsk: Mehr als 11.000 lernen derzeit dort.",
            ("Mehr als 11.000", "Studierende"),
        ),
    ],
)
def test_a_number_after_a_colon_counts_the_noun_its_sentence_opens_with(
    text: str, expected: tuple[str, str]
) -> None:
    assert figures(text) == [expected]


def test_no_set_named_before_a_fronted_number() -> None:
    assert figures("Der Sommer war heiß. Rund 2.200 studieren derzeit in Peking.") == []


def test_deren_zahl_counts_the_noun_right_before_its_comma() -> None:
    text = (
        "In diesem Studienjahr lernen an den Hochschulen des Landes rund 10.500 Chinesinnen und "
        "Chinesen, gut ein Drittel aller ausländischen Studierenden, deren Zahl bei etwa 32.000 "
        "liegt."
    )
    assert ("etwa 32.000", "Studierenden") in figures(text)
    assert points(text, "2025-09-03") == [(CN_IN_BY, BC, "2025-09", 10500.0, "count")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun before the comma is the one counted: unchanged
        (
            "Im Technopark arbeiten 64 Start-ups, deren Zahl bis 2027 auf 100 wachsen soll.",
            ("100", "Start-ups"),
        ),
        (
            "An der BSU lernen 2.870 Chinesen, deren Zahl bis 2027 auf 3.500 steigen soll.",
            ("3.500", "Chinesen"),
        ),
        # "dessen Zahl" of another noun before its comma
        (
            "Der Park hat 150 Residenten aus 16 Ländern, deren Zahl auf 20 wachsen soll.",
            ("20", "Ländern"),
        ),
    ],
)
def test_deren_zahl_of_the_counted_noun(text: str, expected: tuple[str, str]) -> None:
    assert expected in figures(text)
