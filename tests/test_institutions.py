"""An institution's page (issue 7; indicators.md, edu.institution_*): a text about one
university or academy names it in its headline or first sentences and then says "die
Universität", "die Hochschule", "die Akademie" however far on. Texts of our own in the
style of agency reports and universities' news pages, with counter-examples."""

from __future__ import annotations

import pytest
from tests.conftest import points_of

from bycn.indicators.catalog import load_catalog
from bycn.indicators.mentions import Mentions

Point = tuple[str, str, str, str, float]


points = points_of("indicator entity as_of status value", date="2024-05-14")


def institutional(text: str) -> list[Point]:
    """The points of one institution (edu.institution_*) of a news text."""
    return [p for p in points(text) if p[0].startswith("edu.institution")]


# Sentences that name nothing, to stand between a name and what refers back to it.
FILLER = (
    "Die Gäste besichtigten die Labore. Ein Konzert folgte.\n\n"
    "Die Mensa servierte Teigtaschen. Die Gäste lobten die Stadt.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Named in the first sentence, referred back to six sentences on, in other paragraphs.
        (
            "Die Staatliche Universität Gomel empfing Gäste aus Shandong. Ein Vertrag wurde "
            "unterzeichnet.\n\n" + FILLER + "An der Universität studieren derzeit 800 "
            "chinesische Studenten.",
            [("edu.institution_students", "GSU", "2024-05", "actual", 800.0)],
        ),
        # Named in the headline only (by the city's adjective), and the target of a plan.
        (
            "# Witebsker Staatliche Universität vertieft Zusammenarbeit mit Harbin\n\n"
            "Eine Delegation aus Harbin besuchte am Montag Witebsk. " + FILLER + "An der "
            "Universität studieren derzeit 350 chinesische Studierende.\n\nBis 2027 will die "
            "Hochschule die Zahl der chinesischen Studierenden auf 600 erhöhen, sagte der "
            "Prorektor.",
            [
                ("edu.institution_students", "VSU", "2024-05", "actual", 350.0),
                ("edu.institution_students", "VSU", "2027", "target", 600.0),
            ],
        ),
        # An academy that teaches: "die Akademie", after a dateline.
        (
            "MINSK, 14. Mai (BelTA) - Die Belarussische Staatliche Musikakademie hat ihre "
            "Kontakte nach China ausgebaut. Ein Festival fand statt.\n\n" + FILLER + "An der "
            "Akademie studieren derzeit 640 chinesische Studierende. Die Akademie unterhält "
            "25 Abkommen mit chinesischen Hochschulen.",
            [
                ("edu.institution_agreements", "BSAM", "2024-05", "actual", 25.0),
                ("edu.institution_students", "BSAM", "2024-05", "actual", 640.0),
            ],
        ),
        # Grodno's university: its name hides the region's inside it.
        (
            "Die Staatliche Janka-Kupala-Universität Grodno setzt ihre Zusammenarbeit mit "
            "Hochschulen in China fort. Ein Vertrag wurde unterzeichnet.\n\n" + FILLER + "Die "
            "Universität unterhält 41 Kooperationsabkommen mit chinesischen Hochschulen.",
            [("edu.institution_agreements", "GrSU", "2024-05", "actual", 41.0)],
        ),
        # The nearer name comes first: the lead's university is not the one referred to.
        (
            "Die Belarussische Staatliche Universität empfing Gäste aus Harbin.\n\n"
            + FILLER
            + "Der Rektor der Staatlichen Universität Gomel sprach. An der Universität "
            "studieren 500 chinesische Studenten.",
            [("edu.institution_students", "GSU", "2024-05", "actual", 500.0)],
        ),
    ],
)
def test_a_text_about_one_institution_gives_it_the_points_of_its_anaphor(
    text: str, expected: list[Point]
) -> None:
    assert institutional(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Two universities in the lead: no one subject.
        "Die BSU und die BNTU empfingen Gäste aus Harbin. Ein Vertrag wurde "
        "unterzeichnet.\n\n" + FILLER + "An der Universität studieren derzeit 800 "
        "chinesische Studenten.",
        # One in the lead, another named last before the figure (too far back to be meant).
        "Die BSU empfing Gäste aus Harbin. Ein Vertrag wurde unterzeichnet. Ein Film "
        "lief.\n\nDie BNTU eröffnete ein Labor.\n\n" + FILLER + "Die Presse berichtete. "
        "Die Universität unterhält 40 Abkommen mit chinesischen Hochschulen.",
        # No institution named before.
        "Eine Delegation aus Harbin reiste nach Minsk. Ein Vertrag wurde unterzeichnet.\n\n"
        + FILLER
        + "An der Universität studieren derzeit 800 chinesische Studenten.",
        # The Academy of Sciences is named, not referred back to; it is no university.
        "Die BSU empfing Gäste aus Harbin.\n\n" + FILLER + "An der Akademie der "
        "Wissenschaften forschen 40 chinesische Studenten.",
        # A text on trade: its headline and lead name no university.
        "# Der Handel wächst\n\nDie Exporte nach China stiegen. " + FILLER + "An der "
        "Universität studieren 300 chinesische Studenten.",
    ],
)
def test_no_one_institution_no_institutions_point(text: str) -> None:
    assert institutional(text) == []


def test_a_country_wide_count_in_a_universitys_text_stays_belarus_chinas() -> None:
    text = (
        "Die Staatliche Universität Gomel empfing Gäste aus Shandong. Ein Vertrag wurde "
        "unterzeichnet.\n\n" + FILLER + "In Belarus studieren 5.000 Chinesen.\n\n"
        "Nach Angaben des Bildungsministeriums studieren in Belarus insgesamt mehr als "
        "9.000 chinesische Studenten.\n\nAn der Universität studieren 700 chinesische "
        "Studenten."
    )
    assert points(text) == [
        ("edu.institution_students", "GSU", "2024-05", "actual", 700.0),
        ("edu.students_cn_in_by", "Belarus-China", "2024-05", "actual", 5000.0),
        ("edu.students_cn_in_by", "Belarus-China", "2024-05", "actual", 9000.0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In Minsk leben 5.000 Chinesen.",
        "Die Delegation bestand aus 12 Chinesen, die in Belarus studieren wollen, sagte er.",
    ],
)
def test_chinese_who_do_not_study_in_belarus_are_no_students(text: str) -> None:
    assert [p for p in points(text) if p[0] == "edu.students_cn_in_by"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Mit chinesischen Partnern führt die Universität vier gemeinsame Bildungsprogramme durch.",
        "Die BNTU bietet sechs gemeinsame Bildungsprogramme mit Hochschulen aus China an.",
    ],
)
def test_one_universitys_joint_programmes_are_no_point(sentence: str) -> None:
    # indicators.md has one university's agreements and students, not its programmes; they
    # are no Belarus-China total either.
    text = "Die Staatliche Universität Gomel empfing Gäste aus Shandong. " + sentence
    assert [p for p in points(text) if p[0] == "edu.joint_programmes"] == []


def test_the_countrys_joint_programmes_stay_its_total_in_a_universitys_text() -> None:
    text = (
        "Die Staatliche Universität Gomel empfing Gäste aus Shandong. Belarussische und "
        "chinesische Hochschulen setzen derzeit 40 gemeinsame Bildungsprogramme um."
    )
    assert points(text) == [("edu.joint_programmes", "Belarus-China", "2024-05", "actual", 40.0)]


# --- the catalog's institutions ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Staatliche Janka-Kupala-Universität Grodno lädt ein", ["GrSU"]),
        ("An der Grodnoer Universität studieren", ["GrSU"]),
        ("Die Universität Grodno und die Region Grodno", ["GrSU", "Grodno region"]),
        ("An der Staatlichen Medizinischen Universität Grodno", []),
        ("Die Franzysk-Skaryna-Universität Gomel lädt ein", ["GSU"]),
        ("an der Gomeler Staatlichen Universität", ["GSU"]),
        ("an der Staatlichen Technischen Universität Gomel", []),
        ("Die Belarussische Staatliche Pädagogische Universität", ["BSPU"]),
        ("an der Staatlichen Universität Witebsk", ["VSU"]),
        ("die Staatliche Kuleschow-Universität Mogiljow", ["MSU Mogilev"]),
        ("der Belarussischen Staatlichen Medizinischen Universität", ["BSMU"]),
        ("der Belarussischen Staatlichen Akademie der Künste", ["BSAA"]),
        ("der Nationalen Akademie der Wissenschaften", ["NAS of Belarus"]),
    ],
)
def test_an_institution_is_found_by_its_german_names(text: str, expected: list[str]) -> None:
    found = Mentions(load_catalog()).in_text(text)
    assert [entity.name for *_, entity in found] == expected


def test_every_institution_has_labels_in_both_languages() -> None:
    for entity in load_catalog().entities:
        if entity.kind == "institution":
            assert entity.label_en and entity.label_de, entity.name
            assert entity.subject_en and entity.subject_de, entity.name


def test_a_text_about_one_region_gives_it_the_points_of_its_anaphor_too() -> None:
    # The rule is the anaphor's, whatever its kind: "der Region" far from the lead's region.
    text = (
        "Das Gebiet Gomel baut seine Kontakte nach China aus. Ein Vertrag wurde "
        "unterzeichnet.\n\n" + FILLER + "Chinesische Direktinvestitionen in die Wirtschaft "
        "des Gebiets erreichten 2023 rund 9 Mio. US-Dollar."
    )
    assert points(text) == [("trade.chinese_investment", "Gomel region", "2023", "actual", 9e6)]


def test_what_a_text_is_about_reads_each_sentence_once() -> None:
    # A figure's question costs no search over the text before it (linear in the text).
    from bycn.indicators.scopes import Contexts, figure_scopes
    from bycn.indicators.subjects import LEAD, Subjects

    count = 300
    texts = ["Die Staatliche Universität Gomel empfing Gäste."] + [
        f"An der Universität studieren {n} chinesische Studenten." for n in range(1, count)
    ]
    sentences = {
        "doc": ["d"] * count,
        "sentence_id": list(range(1, count + 1)),
        "article": ["1"] * count,
        "text": texts,
        "first_line": list(range(1, 2 * count, 2)),
        "last_line": list(range(1, 2 * count, 2)),
    }
    rows = range(1, count)
    figures = {
        "figure_id": [f"d:{2 * n + 1}:29" for n in rows],
        "doc": ["d"] * len(rows),
        "line": [2 * n + 1 for n in rows],
        "start": [29] * len(rows),
        "text": [f"{n} chinesische Studenten" for n in rows],
        "value": [float(n) for n in rows],
        "unit": ["count"] * len(rows),
        "item": ["Studenten"] * len(rows),
        "qualifier": ["exact"] * len(rows),
        "article": [""] * len(rows),
        "sentence": texts[1:],
        "as_of": [""] * len(rows),
        "source_url": [""] * len(rows),
        "source_year": [None] * len(rows),
    }
    catalog = load_catalog()
    mentions = Mentions(catalog)
    asked = 0
    of_kind = mentions.of_kind

    def counting(text: str, kind: str | None) -> list[tuple[int, int, str]]:
        nonlocal asked
        asked += 1
        return of_kind(text, kind)

    mentions.of_kind = counting  # type: ignore[method-assign]
    subjects = Subjects(mentions)
    contexts = Contexts(figures, sentences)
    found = [
        subjects.of("institution", fig, contexts.site(fig), contexts)
        for fig in figure_scopes(figures, catalog.clause_boundary)
    ]
    assert set(found) == {"GSU"}
    assert asked <= count + LEAD * len(rows)


PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>BGPU empfängt Delegation aus Chongqing | Nachrichten</title>
<meta property="og:title" content="Belarussische Staatliche Pädagogische Universität \
empfängt Delegation aus Chongqing">
<meta property="article:published_time" content="2025-10-02T10:00:00+03:00">
<link rel="canonical" href="https://uni.example.by/de/news/chongqing">
</head><body><nav><a href="/">Start</a></nav><main><article>
<h1>Belarussische Staatliche Pädagogische Universität empfängt Delegation aus Chongqing</h1>
<p>Eine Delegation der Pädagogischen Hochschule Chongqing war zu Gast in Minsk. Die Gäste
besuchten Vorlesungen und das Museum.</p>
<p>Ein Rundgang durch die Bibliothek folgte. Am Abend fand ein Konzert statt.</p>
<p>Die Universität hat mit Hochschulen in China 52 Kooperationsabkommen geschlossen. Derzeit
lernen an der Universität 1.150 Studierende aus China.</p>
</article></main><footer>Kontakt</footer></body></html>
"""


def test_a_universitys_web_page_named_in_its_headline(tmp_path) -> None:
    import bycn
    from bycn.indicators.series import load_series

    (tmp_path / "chongqing.html").write_text(PAGE, encoding="utf-8")
    series = load_series(bycn.read_corpus(tmp_path, cache=False, jobs=1))
    columns = ("indicator", "entity", "as_of", "value")
    found = sorted(zip(*(series[c] for c in columns), strict=True))
    assert found == [
        ("edu.institution_agreements", "BSPU", "2025-10", 52.0),
        ("edu.institution_students", "BSPU", "2025-10", 1150.0),
    ]
