"""Education points as families of wordings, round G (indicators.md): the part at one
university of the Chinese students counted before ("Allein an der BNTU sind es rund 1.100"),
and a joint institute named by its English name alone after its full name ("Am Joint
Institute sind 1.200 Studierende eingeschrieben").

Texts of our own in the style of agency reports, features and university pages, several
wordings per family, with counter-examples that must not become those points.
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series


def edu(text: str, date: str = "2026-03-17") -> list[tuple[str, str, str, float]]:
    """(indicator, entity, status, value) of each education point of a news text."""
    series = news_series(f"MINSK, 17. März (BelTA) – {text}", date)
    return sorted(
        (p.indicator, p.entity, p.status, p.value)
        for p in series.itertuples()
        if p.indicator.startswith("edu.")
    )


# --- 1. a part at one university of the count before --------------------------------------

NATIONAL = ("edu.students_cn_in_by", "Belarus-China", "actual", 11000.0)
LEADS = [
    "Umgekehrt sind über 11.000 chinesische Studierende in Belarus eingeschrieben.",
    "An belarussischen Hochschulen studieren 11.000 junge Menschen aus der Volksrepublik. "
    "Vor fünf Jahren war es nicht einmal die Hälfte.",
]


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize(
    ("sentence", "entity"),
    [
        ("Allein an der BNTU sind es rund 1.100.", "BNTU"),
        ("Allein an der Belarussischen Staatlichen Universität sind es rund 1.100.", "BSU"),
        ("An der BSU allein sind es 1.100.", "BSU"),
        ("An der BSU allein lernen 1.100 von ihnen.", "BSU"),
        ("An der BNTU studieren allein 1.100 von ihnen.", "BNTU"),
        ("An der BSU sind es derzeit 1.100.", "BSU"),
        ("Allein die BSU betreut 1.100 von ihnen.", "BSU"),
        ("Allein die BNTU zählt derzeit 1.100 davon.", "BNTU"),
        (
            "Allein am Gemeinsamen Institut der BSU und der Polytechnischen Universität Dalian "
            "waren es zuletzt 1.100.",
            "BSU-DPU Joint Institute",
        ),
    ],
)
def test_part_at_one_university(lead: str, sentence: str, entity: str) -> None:
    found = edu(f"{lead} {sentence}")
    assert ("edu.institution_students", entity, "actual", 1100.0) in found
    assert NATIONAL in found
    assert not any(p[3] == 1100.0 and p[0] != "edu.institution_students" for p in found)


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize(
    "sentence",
    [
        "Allein an der BSU sind es rund 1.100.",
        "An der BSU allein sind es 1.100.",
        "Allein an der BSU lernen 1.100 von ihnen.",
    ],
)
def test_part_opens_a_paragraph(lead: str, sentence: str) -> None:
    """A paragraph that opens with the part ("Allein", "... allein") counts what the one
    before counted."""
    found = edu(f"{lead}\n\n{sentence}")
    assert ("edu.institution_students", "BSU", "actual", 1100.0) in found


@pytest.mark.parametrize(
    "text",
    [
        # all of a university's students: no Chinese counted before
        "Über 30.000 Studierende zählt die BSU. Allein an der BNTU sind es 20.000.",
        # a year before, no place: the country's count a year earlier
        "Über 11.000 chinesische Studierende sind in Belarus eingeschrieben. Im Vorjahr waren "
        "es 10.000.",
        # Belarusians at a university: not its Chinese students
        "An der BSU studieren 2.000 Belarussen Chinesisch. Allein an der BNTU sind es 1.100.",
    ],
)
def test_not_part_at_one_university(text: str) -> None:
    assert not any(p[0] == "edu.institution_students" for p in edu(text))


# --- 2. the joint institute by its English name alone -------------------------------------

FULL = (
    "Das Joint Institute of Belarusian State University and Dalian Polytechnic University "
    "(BSU-DPU Joint Institute) hat in diesem Studienjahr einen Höchststand erreicht."
)
JOINT = ("edu.institution_students", "BSU-DPU Joint Institute", "actual", 1200.0)


@pytest.mark.parametrize(
    "sentence",
    [
        "Am Joint Institute sind derzeit rund 1.200 Studierende eingeschrieben, die nach "
        "belarussischen Lehrplänen ausgebildet werden.",
        "Am Joint Institute studieren inzwischen 1.200 Studierende.",
        "Am Joint Institute lernen heute rund 1.200 Studierende Chemie und Informatik.",
        "Im Joint Institute sind 1.200 Studierende immatrikuliert.",
        "Derzeit sind am Joint Institute 1.200 Studenten eingeschrieben.",
        "Das Joint Institute zählt derzeit 1.200 Studierende.",
        "Am Institut sind derzeit rund 1.200 Studierende eingeschrieben.",
        "Am Joint Institute of BSU and DPU studieren inzwischen 1.200 Studierende.",
    ],
)
def test_joint_institute_by_english_name(sentence: str) -> None:
    assert JOINT in edu(f"{FULL} {sentence}", "2026-05-12")


@pytest.mark.parametrize(
    "text",
    [
        # another joint institute: the one for nuclear research in Dubna
        "Am Joint Institute for Nuclear Research in Dubna studieren 1.200 Studierende.",
        # a language course's learners
        f"{FULL} Am Joint Institute lernen 1.200 Studierende Russisch.",
    ],
)
def test_not_joint_institute_students(text: str) -> None:
    assert JOINT not in edu(text, "2026-05-12")


# --- 3. a university's agreements with Chinese partners, a part of all its agreements ------


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "Die BNTU unterhält 300 Abkommen mit ausländischen Hochschulen, davon 60 mit "
            "chinesischen Partnern.",
            "BNTU",
        ),
        (
            "Die BSU hat 300 Kooperationsabkommen mit ausländischen Universitäten geschlossen, "
            "darunter 60 mit chinesischen.",
            "BSU",
        ),
        (
            "Die BSU hat 300 Abkommen mit Hochschulen im Ausland, 60 davon mit chinesischen "
            "Partnern.",
            "BSU",
        ),
        (
            "Die BNTU unterhält 300 Abkommen mit Hochschulen in aller Welt, davon 60 mit Partnern "
            "aus China.",
            "BNTU",
        ),
        ("Die BSU unterhält Abkommen mit 60 chinesischen Partnern.", "BSU"),
    ],
)
def test_agreements_with_chinese_partners_as_a_part(text: str, entity: str) -> None:
    """The part with Chinese partners is the university's point; all its agreements with
    partners abroad are none (indicators.md: agreements with Chinese partners)."""
    assert edu(text) == [("edu.institution_agreements", entity, "actual", 60.0)]


def test_part_by_partner_counts_what_davon_refers_to() -> None:
    """``60 mit chinesischen Partnern`` after ``davon`` counts the agreements, not partners;
    ``20 mit chinesischem Kapital gegründete Firmen`` still counts firms."""
    from bycn.text.nouns import counted_noun

    assert counted_noun(" mit chinesischen Partnern.") is None
    assert counted_noun(" mit chinesischem Kapital gegründete Firmen")[0] == "Firmen"
    assert counted_noun(" neu gegründete Firmen")[0] == "Firmen"


# --- 4. the academy of sciences' joint labs, by "die Akademie" after it was named ----------

ACADEMY_LEAD = (
    "Die Nationale Akademie der Wissenschaften von Belarus baut ihre Zusammenarbeit mit China "
    "aus. Das Präsidium zog am Mittwoch Bilanz.\n\n"
    "Im vergangenen Jahr kamen vier neue Labore hinzu. "
)


@pytest.mark.parametrize(
    ("sentence", "as_of"),
    [
        (
            "Bis Ende 2027 will die Akademie die Zahl der gemeinsamen Labore auf 30 erhöhen.",
            "2027-12",
        ),
        ("Bis 2027 soll die Akademie 30 gemeinsame Labore betreiben.", "2027"),
        (
            "Die Akademie will die Zahl ihrer gemeinsamen Labore mit chinesischen Partnern bis "
            "2027 auf 30 steigern.",
            "2027",
        ),
        ("Bis 2027 plant die Akademie, 30 gemeinsame Forschungszentren zu unterhalten.", "2027"),
        ("Bis 2027 strebt die Akademie 30 belarussisch-chinesische Labore an.", "2027"),
    ],
)
def test_academy_target_for_joint_labs(sentence: str, as_of: str) -> None:
    series = news_series(f"MINSK, 8. April (BelTA) – {ACADEMY_LEAD}{sentence}", "2026-04-08")
    found = [
        (p.indicator, p.as_of, p.status, p.value) for p in series.itertuples() if p.value == 30.0
    ]
    assert found == [("edu.joint_structures", as_of, "target", 30.0)]


@pytest.mark.parametrize(
    "text",
    [
        # China's academy, not Belarus's
        "Die Chinesische Akademie der Wissenschaften arbeitet mit Belarus zusammen. Bis 2027 "
        "will die Akademie 30 gemeinsame Labore betreiben.",
        # a teaching academy named, no academy of sciences before
        "Die Akademie für Management in Minsk arbeitet mit China zusammen. Bis 2027 will die "
        "Akademie 30 gemeinsame Labore betreiben.",
    ],
)
def test_not_academy_of_sciences_labs(text: str) -> None:
    assert edu(text) == []


# --- 5. a plan's bare number after "wollen wir", "Ziel sind": the count before --------------

PROGRAMMES_LEAD = (
    "Belarussische und chinesische Hochschulen arbeiten eng zusammen. Die Zahl der gemeinsamen "
    "Bildungsprogramme ist auf 47 gestiegen. "
)


@pytest.mark.parametrize(
    ("sentence", "as_of"),
    [
        ("Bis 2027 wollen wir 60 erreichen.", "2027"),
        ("Bis Ende 2027 wollen wir auf 60 kommen.", "2027-12"),
        ("Wir wollen bis 2027 rund 60 erreichen.", "2027"),
        ("Bis 2027 streben wir 60 an.", "2027"),
        ("Bis 2027 planen wir 60.", "2027"),
        ("Bis 2027 sollen es 60 werden.", "2027"),
    ],
)
def test_plan_refers_back_to_the_count(sentence: str, as_of: str) -> None:
    found = edu(PROGRAMMES_LEAD + sentence)
    assert ("edu.joint_programmes", "Belarus-China", "target", 60.0) in found
    series = news_series(f"MINSK, 17. März (BelTA) – {PROGRAMMES_LEAD}{sentence}", "2026-03-17")
    assert series.query("value == 60.0").as_of.tolist() == [as_of]


def test_aim_refers_back_to_the_count() -> None:
    """``Unser Ziel sind 60`` with no date of its own: a target of the programmes."""
    found = edu(PROGRAMMES_LEAD + "Unser Ziel sind 60.")
    assert [p[:3] for p in found if p[3] == 60.0] == [
        ("edu.joint_programmes", "Belarus-China", "target")
    ]


def test_plan_refers_back_in_the_park() -> None:
    """The same wording of the park's director: the jobs counted before."""
    series = news_series(
        "MINSK, 17. März (BelTA) – In den Unternehmen des Parks „Großer Stein“ arbeiten "
        "derzeit knapp 3.000 Menschen. Bis Ende 2026 wollen wir auf 3.500 kommen.",
        "2026-03-17",
    )
    found = series.query("value == 3500.0")[["indicator", "as_of", "status"]].values.tolist()
    assert found == [["park.jobs", "2026-12", "target"]]


@pytest.mark.parametrize(
    "sentence",
    [
        # a noun of its own: no refer-back
        "Bis 2027 wollen wir 60 neue Partner gewinnen.",
        "Bis 2027 wollen wir die Zahl der Teilnehmer auf 60 erhöhen.",
        # a percent is no count of programmes
        "Bis 2027 wollen wir 60 Prozent erreichen.",
        # a clause that goes on after the number: not a bare plan
        "Bis 2027 wollen wir 60 mit neuen Partnern in Schanghai vereinbaren.",
        # an age, a year
        "Wir werden 60 Jahre alt.",
    ],
)
def test_plan_with_other_count_is_not_the_programmes(sentence: str) -> None:
    found = edu(PROGRAMMES_LEAD + sentence)
    assert not any(p[3] == 60.0 for p in found)


# --- 6. a rector's "wir" outside an interview: his university's ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Wir haben 97 Abkommen mit chinesischen Hochschulen geschlossen“, sagte der Rektor "
            "der BSU.",
            ("edu.institution_agreements", "BSU", "actual", 97.0),
        ),
        (
            "Der Rektor der BNTU sagte: „Wir unterhalten 97 Abkommen mit chinesischen Partnern.“",
            ("edu.institution_agreements", "BNTU", "actual", 97.0),
        ),
        (
            "„Unsere Universität hat 97 Abkommen mit chinesischen Hochschulen“, betonte der "
            "Rektor der BNTU.",
            ("edu.institution_agreements", "BNTU", "actual", 97.0),
        ),
        (
            "„Bei uns lernen heute 1.240 Studierende aus China“, sagte der Rektor der BSU, "
            "Andrej Korol.",
            ("edu.institution_students", "BSU", "actual", 1240.0),
        ),
        (
            "„Wir betreuen derzeit 1.240 chinesische Studierende“, erklärte der Prorektor der "
            "BNTU.",
            ("edu.institution_students", "BNTU", "actual", 1240.0),
        ),
    ],
)
def test_head_speaks_for_university(text: str, expected: tuple) -> None:
    assert edu(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the country's figure told by a rector, with no "wir"
        "Wie der Rektor der BSU sagte, studieren in Belarus 12.000 chinesische Studierende.",
        "„In Belarus studieren 12.000 chinesische Studierende“, sagte der Rektor der BSU.",
        # a minister's "wir" is the country's, the university only where he was
        "„Wir haben in Belarus 12.000 chinesische Studierende“, sagte der Bildungsminister bei "
        "einem Besuch der BSU.",
    ],
)
def test_teller_without_wir_is_no_owner(text: str) -> None:
    assert edu(text) == [("edu.students_cn_in_by", "Belarus-China", "actual", 12000.0)]


# --- 7. the count fronted with its preposition, or its noun fronted with a partner ----------

LABS_LEAD = "Die wissenschaftliche Zusammenarbeit mit China wächst. "
LABS = [("edu.joint_structures", "Belarus-China", "actual", 41.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Auf 41 bezifferte der Vizeminister die Zahl der gemeinsamen Labore.",
        "Auf rund 41 ist die Zahl der gemeinsamen Labore gestiegen.",
        "Mit 41 gab der Vizeminister die Zahl der gemeinsamen Forschungszentren an.",
        "Auf 41 schätzt das Ministerium die Zahl der belarussisch-chinesischen Labore.",
        "Gemeinsame Labore gibt es inzwischen 41.",
        "Gemeinsame Labore mit chinesischen Partnern gibt es inzwischen 41.",
        "Gemeinsame Forschungszentren in China gibt es inzwischen 41.",
    ],
)
def test_fronted_count_of_joint_labs(sentence: str) -> None:
    assert edu(LABS_LEAD + sentence) == LABS


@pytest.mark.parametrize(
    "sentence",
    [
        # what "die Zahl der" names is no lab
        "Auf 41 bezifferte der Vizeminister die Zahl der Teilnehmer.",
        # the noun named in another clause
        "Auf 41 kommt man, wenn man die Zahl der gemeinsamen Labore mitzählt.",
        # an age
        "Mit 41 Jahren leitet er das gemeinsame Labor.",
    ],
)
def test_fronted_count_of_something_else(sentence: str) -> None:
    assert edu(LABS_LEAD + sentence) == []


def test_part_opening_its_sentence_keeps_no_last_count() -> None:
    """``58 von ihnen`` that opens its sentence refers to the subject before, which the last
    count need not be (``158 Unternehmen aus 16 Ländern``): no count of countries."""
    series = news_series(
        "MINSK, 17. März (BelTA) – Heute sind im Park „Großer Stein“ 158 Unternehmen aus 16 "
        "Ländern registriert. 58 von ihnen – rund ein Drittel – stammen aus China.",
        "2026-03-17",
    )
    assert not (series.value == 58.0).any() or set(series.query("value == 58.0").indicator) == {
        "park.residents"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "In Dalian sind 412 neue Studierende in das Joint Institute aufgenommen worden.",
        "Am Joint Institute haben 412 Studierende ihr Studium begonnen.",
        "Am Gemeinsamen Institut wurden 412 Studierende neu immatrikuliert.",
    ],
)
def test_joint_institute_intake_is_no_stock(sentence: str) -> None:
    """The year's intake is a flow beside the institute's students, no point of them."""
    assert not any(p[3] == 412.0 for p in edu(f"{FULL} {sentence}", "2026-05-12"))
