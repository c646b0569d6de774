"""Education points (indicators.md, edu.*) in families of wordings, round C: joint programmes
said by the adverb ("Gemeinsam bieten sie ... an"), joint labs, centres and institutes listed
after "die Zahl der gemeinsamen", a university referred to by the pronoun after its verb
("Mit Partnern in China hat sie ..."), an interviewee's "wir" and "Ihre Universität" in
every shape of interview (dashes, bold questions, "Frage:"/"Antwort:", "BelTA:" and name
prefixes), Belarusians in China by any noun of persons who study or learn at Chinese
universities, and a part of a total that came in a period ("drei davon in diesem Jahr"),
which is no level. Texts of our own in the style of BelTA, CRI and university pages; each
family with wordings the miss it came from did not use, and counter-examples."""

from __future__ import annotations

import pytest
from tests.test_series_education_families import Point, points

PROGRAMMES, STRUCTURES = "edu.joint_programmes", "edu.joint_structures"
AGREEMENTS, AT_ONE_AGREEMENTS = "edu.agreements", "edu.institution_agreements"
AT_ONE, BY_IN_CN = "edu.institution_students", "edu.students_by_in_cn"


# --- joint programmes: "gemeinsam" or "zusammen" as an adverb -------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the pronoun for the two countries' universities named before
        (
            "Zwischen den Hochschulen beider Länder bestehen Kontakte nach China. Gemeinsam "
            "bieten sie 62 Bildungsprogramme an.",
            62,
        ),
        (
            "Belarussische und chinesische Universitäten führen zusammen 45 "
            "Studienprogramme durch.",
            45,
        ),
        (
            "Die Hochschulen von Belarus und China setzen inzwischen 58 Studienprogramme "
            "gemeinsam um.",
            58,
        ),
        # an adjective of the participle, and the passive
        (
            "Die Hochschulen von Belarus und China haben 62 gemeinsam entwickelte "
            "Bildungsprogramme aufgelegt.",
            62,
        ),
        (
            "Von belarussischen und chinesischen Hochschulen werden gemeinsam 62 "
            "Masterprogramme angeboten.",
            62,
        ),
        # the adverb first, the subject after the verb
        (
            "Zusammen realisieren die Universitäten beider Länder 30 Bildungsprogramme, teilte "
            "das Ministerium zur Zusammenarbeit mit China mit.",
            30,
        ),
    ],
)
def test_joint_programmes_said_by_the_adverb(text: str, value: int) -> None:
    assert points(text) == [(PROGRAMMES, "Belarus-China", "actual", float(value))]


@pytest.mark.parametrize(
    "text",
    [
        # one university's with another, named or referred to before
        "Die BSU und die Universität Dalian in China bieten gemeinsam 12 Bildungsprogramme an.",
        "Die Universität arbeitet mit der Universität Harbin in China zusammen. Gemeinsam "
        "bieten sie 12 Bildungsprogramme an.",
        # Belarus's with another country
        "Belarus und Russland bieten an ihren Hochschulen gemeinsam 30 Bildungsprogramme an. "
        "Auch mit China gibt es Kontakte.",
        # new ones, and a plan of more: no total
        "Belarussische und chinesische Hochschulen wollen gemeinsam weitere 10 "
        "Bildungsprogramme starten.",
    ],
)
def test_not_the_joint_programmes_of_the_two_countries(text: str) -> None:
    assert [p for p in points(text) if p[0] == PROGRAMMES] == []


def test_a_part_of_the_joint_programmes_in_a_period_is_no_total() -> None:
    text = (
        "Belarussische und chinesische Hochschulen bieten gemeinsam 62 Bildungsprogramme an, "
        "davon 10 in diesem Jahr."
    )
    assert points(text) == [(PROGRAMMES, "Belarus-China", "actual", 62.0)]


# --- joint labs, centres and institutes listed after "die Zahl der gemeinsamen" -------------

_TIES = "Belarus und China bauen ihre Bildungszusammenarbeit aus. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Zahl der gemeinsamen Labore, Zentren und Institute gab der Vizeminister mit 41 an.",
        "Die Zahl der gemeinsamen Labore, Zentren und Institute beträgt 41.",
        "Die Zahl der gemeinsamen Forschungslabore, Zentren und Institute bezifferte das "
        "Ministerium auf 41.",
        "Die Zahl gemeinsamer Labore, Zentren und Institute ist auf 41 gestiegen.",
        "Die Zahl der belarussisch-chinesischen Zentren, Labore und Institute liegt bei 41.",
        "Die Zahl der gemeinsamen Labore, Zentren oder Institute nannte der Minister mit 41.",
    ],
)
def test_joint_structures_listed_after_their_number(sentence: str) -> None:
    assert points(_TIES + sentence) == [(STRUCTURES, "Belarus-China", "actual", 41.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        # not joint ones
        "Die Zahl der Labore, Zentren und Institute in Minsk liegt bei 41.",
        # one university's
        "Die Zahl der gemeinsamen Labore, Zentren und Institute der Universität liegt bei 41.",
        # no labs, centres or institutes
        "Die Zahl der gemeinsamen Unternehmen, Banken und Fonds liegt bei 41.",
    ],
)
def test_no_joint_structures_listed(sentence: str) -> None:
    assert points(_TIES + sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        _TIES + "Gemeinsam haben die Hochschulen beider Länder 41 Labore und Zentren gegründet.",
        _TIES + "Die Hochschulen beider Länder betreiben zusammen 41 Forschungszentren.",
        "Zwischen den Hochschulen beider Länder bestehen enge Kontakte nach China. Gemeinsam "
        "betreiben sie 41 Labore, Zentren und Institute.",
        "Belarussische und chinesische Universitäten haben gemeinsam 41 Forschungslabore eröffnet.",
    ],
)
def test_joint_structures_said_by_the_adverb(text: str) -> None:
    assert points(text) == [(STRUCTURES, "Belarus-China", "actual", 41.0)]


@pytest.mark.parametrize(
    "text",
    [
        # cooperation, "zusammen" as the verb's particle
        _TIES + "Mit chinesischen Partnern arbeiten 12 belarussische Forschungszentren zusammen.",
        # one university's with another, named or referred to
        _TIES + "Die BSU und die Universität Harbin betreiben gemeinsam 4 Labore.",
        "Die Universität arbeitet mit der Universität Harbin in China zusammen. Gemeinsam "
        "betreiben sie 4 Labore.",
        # Belarus's with another country
        "Belarus und Russland bauen ihre Bildungszusammenarbeit aus. Die Hochschulen beider "
        "Länder betreiben gemeinsam 41 Forschungszentren. China ist auch dabei.",
    ],
)
def test_no_joint_structures_of_the_two_countries_by_the_adverb(text: str) -> None:
    assert points(text) == []


# --- a university referred to by the pronoun after its verb ---------------------------------

_BSU = "Allein die Belarussische Staatliche Universität empfing im Herbst Gäste aus China. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Mit Partnern in China hat sie 97 Abkommen unterzeichnet, wie ihr Rektor ergänzte.",
            (AT_ONE_AGREEMENTS, "BSU", "actual", 97.0),
        ),
        (
            "Mit chinesischen Hochschulen unterhält sie inzwischen 97 Kooperationsverträge.",
            (AT_ONE_AGREEMENTS, "BSU", "actual", 97.0),
        ),
        (
            "Mit Universitäten in China pflegt sie 97 Partnerschaftsverträge.",
            (AT_ONE_AGREEMENTS, "BSU", "actual", 97.0),
        ),
        ("Heute betreut sie rund 1.900 Studierende aus China.", (AT_ONE, "BSU", "actual", 1900.0)),
        ("Derzeit zählt sie 1.900 chinesische Studierende.", (AT_ONE, "BSU", "actual", 1900.0)),
    ],
)
def test_a_university_referred_to_by_the_pronoun_after_its_verb(
    sentence: str, expected: Point
) -> None:
    assert points(_BSU + sentence) == [expected]


_INSTITUTE = (
    "Ein Aushängeschild ist das Gemeinsame Institut der BSU und der Polytechnischen "
    "Universität Dalian. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a joint institute by "es" after its verb, or as the place ("an ihm")
        (_INSTITUTE + "Heute zählt es 1.200 Studierende.", "BSU-DPU Joint Institute"),
        (_INSTITUTE + "Inzwischen hat es 1.200 Studierende.", "BSU-DPU Joint Institute"),
        (_INSTITUTE + "An ihm lernen 1.200 Studierende.", "BSU-DPU Joint Institute"),
        # a university as the place ("an ihr")
        (
            "Die Staatliche Universität Gomel feierte ihr Jubiläum. Derzeit studieren an ihr "
            "1.200 Chinesen.",
            "GSU",
        ),
        (
            "Die Staatliche Universität Gomel feierte ihr Jubiläum. Inzwischen sind an ihr "
            "1.200 Studierende aus China eingeschrieben.",
            "GSU",
        ),
    ],
)
def test_an_institution_referred_to_by_a_pronoun_counts_its_students(
    text: str, expected: str
) -> None:
    assert points(text) == [(AT_ONE, expected, "actual", 1200.0)]


def test_es_after_its_verb_is_no_institute_named_two_sentences_before() -> None:
    text = _INSTITUTE + "Der Minister lobte das Programm. Heute zählt es 1.200 Studierende."
    assert points(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # several ("haben sie"): not the one university named before
        _BSU + "Mit Partnern in China haben sie 97 Abkommen unterzeichnet.",
        # no university named before the pronoun
        "Die Region Gomel baut ihre Kontakte aus. Mit Partnern in China hat sie 97 Abkommen "
        "unterzeichnet.",
    ],
)
def test_no_university_referred_to_by_the_pronoun(text: str) -> None:
    assert points(text) == []


# --- an interview: the interviewee's "wir", the question's "Ihre Universität" ---------------

_LEAD = (
    "MINSK, 21. Februar (BelTA) – Über chinesische Studierende und gemeinsame Projekte "
    "sprach der Rektor der Belarussischen Nationalen Technischen Universität (BNTU) mit "
    "einem Korrespondenten der BelTA.\n\n"
)


@pytest.mark.parametrize(
    ("interview", "expected"),
    [
        # dashes: the answer's count refers to its question, which addresses the university
        (
            "– Wie viele junge Leute aus China lernen heute an Ihrer Universität?\n\n"
            "– Im Moment sind es 1.240.",
            (AT_ONE, "BNTU", "actual", 1240.0),
        ),
        # dashes: the interviewee's "wir" with the answer's own noun
        (
            "– Und wie sieht es mit den Verträgen aus?\n\n– Mit chinesischen Universitäten "
            "und Unternehmen haben wir 54 Vereinbarungen unterschrieben.",
            (AT_ONE_AGREEMENTS, "BNTU", "actual", 54.0),
        ),
        # the question in bold, "bei uns"
        (
            "**Wie steht es um die Zusammenarbeit mit China?**\n\nBei uns gibt es inzwischen "
            "54 Kooperationsverträge mit chinesischen Hochschulen.",
            (AT_ONE_AGREEMENTS, "BNTU", "actual", 54.0),
        ),
        # "Frage:" and "Antwort:"
        (
            "Frage: Wie viele Studierende aus China sind an Ihrer Hochschule "
            "eingeschrieben?\n\nAntwort: Derzeit sind es 1.240.",
            (AT_ONE, "BNTU", "actual", 1240.0),
        ),
        # "BelTA:" and the interviewee's name before the answer, "unsere"
        (
            "BelTA: Wie viele Abkommen gibt es mit China?\n\nIwanow: Unsere Universität hat "
            "54 Abkommen mit chinesischen Partnern.",
            (AT_ONE_AGREEMENTS, "BNTU", "actual", 54.0),
        ),
        (
            "BelTA: Und die Verträge?\n\nIwanow: Mit Partnern in China haben wir 54 Abkommen "
            "geschlossen.",
            (AT_ONE_AGREEMENTS, "BNTU", "actual", 54.0),
        ),
        # the answer's second paragraph
        (
            "– Wie entwickelt sich die Zusammenarbeit mit China?\n\n– Sehr gut. Wir haben "
            "viele Partner in Peking und Harbin.\n\nAllein im vergangenen Jahr kamen neue "
            "hinzu. Insgesamt haben wir inzwischen 54 Vereinbarungen mit chinesischen "
            "Hochschulen.",
            (AT_ONE_AGREEMENTS, "BNTU", "actual", 54.0),
        ),
        # question and answer in one paragraph
        (
            "Wie viele Verträge haben Sie mit China? Wir haben 54 Vereinbarungen mit "
            "chinesischen Universitäten.",
            (AT_ONE_AGREEMENTS, "BNTU", "actual", 54.0),
        ),
    ],
)
def test_an_interviewee_speaks_for_the_university_the_interview_is_about(
    interview: str, expected: Point
) -> None:
    assert points(_LEAD + interview, "2026-02-21") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a minister: the lead names no university
        "Der Bildungsminister sprach mit BelTA über die Zusammenarbeit mit China.\n\n– Wie "
        "viele Abkommen gibt es?\n\n– Wir haben mit chinesischen Partnern 54 Vereinbarungen "
        "unterschrieben.",
        # two universities in the lead: no one the interview is about
        "Die Rektoren der BNTU und der BSU sprachen mit BelTA über China.\n\n– Wie viele "
        "Abkommen gibt es?\n\n– Wir haben mit chinesischen Partnern 54 Vereinbarungen "
        "unterschrieben.",
        # "wir" in a report, no interview
        _LEAD + "„Mit chinesischen Partnern haben wir 54 Vereinbarungen unterzeichnet“, hieß "
        "es aus dem Ministerium.",
    ],
)
def test_no_interviewee_s_university(text: str) -> None:
    assert [p for p in points(text, "2026-02-21") if p[0] == AT_ONE_AGREEMENTS] == []


@pytest.mark.parametrize(
    "interview",
    [
        "– Wie viele Studierende aus China haben Sie?\n\n– 1.240, und es werden mehr.",
        "Frage: Wie viele Studierende aus China lernen an Ihrer Universität?\n\nAntwort: Rund "
        "1.240.",
        "**BelTA:** Wie viele Studierende aus China lernen an Ihrer Universität?\n\n"
        "**Iwanow:** Rund 1.240, vor allem in technischen Fächern.",
        "BelTA: Wie viele Studierende aus China lernen an Ihrer Universität?\n\nSergej "
        "Iwanow: 1.240.",
    ],
)
def test_a_bare_number_after_the_answer_s_dash_or_who_answers(interview: str) -> None:
    assert points(_LEAD + interview, "2026-02-21") == [(AT_ONE, "BNTU", "actual", 1240.0)]


def test_a_bare_number_after_a_dash_answers_the_country_s_question() -> None:
    text = "Wie viele Belarussen studieren in China?\n\n– Rund 2.600, sagte der Minister."
    assert points(text) == [(BY_IN_CN, "Belarus-China", "actual", 2600.0)]


@pytest.mark.parametrize(
    "text",
    [
        # a statement before the dash is no question it answers
        "Die Zahl der chinesischen Studierenden in Belarus wächst.\n\n– Rund 12.000, sagte "
        "der Minister.",
        # the question asks for no students
        "Wie viele Touristen aus China besuchen Belarus?\n\n– Rund 12.000, sagte der Minister.",
        # a place and a colon, then a count of its own noun
        "Wie viele chinesische Studierende lernen in Belarus?\n\nMinsk: 1.240 Touristen kamen "
        "im Januar.",
    ],
)
def test_a_bare_number_after_a_dash_or_colon_answers_no_such_question(text: str) -> None:
    assert points(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An der BNTU lernen 1.240 junge Leute aus China.", [(AT_ONE, "BNTU", "actual", 1240.0)]),
        # a language learnt there, or a course's learners: no students of the university
        ("An der BNTU lernen 300 junge Leute aus China Russisch.", []),
        ("An der BNTU lernen 300 junge Leute aus China in einem Sprachkurs.", []),
    ],
)
def test_young_people_from_china_who_learn_at_a_university(
    text: str, expected: list[Point]
) -> None:
    assert points(text) == expected


# --- Belarusians in China by any noun of persons --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Laut dem belarussischen Bildungsministerium lernen zurzeit etwa 2.600 Menschen aus "
        "Belarus an chinesischen Hochschulen.",
        "An chinesischen Universitäten lernen derzeit rund 2.600 junge Leute aus Belarus.",
        "In China studieren 2.600 belarussische Jugendliche.",
        "An Hochschulen der Volksrepublik China sind 2.600 Bürger aus Belarus eingeschrieben.",
        "Rund 2.600 Staatsangehörige der Republik Belarus absolvieren ein Studium in China.",
        "Etwa 2.600 Personen aus Belarus werden an chinesischen Universitäten ausgebildet.",
        "In China studieren 2.600 Belarussinnen und Belarussen.",
        # "our country" in a Belarusian's words, Belarus as where they come from
        "Etwa 2.600 junge Menschen aus unserem Land studieren in China, sagte der Minister.",
        "Aus Belarus kommen derzeit rund 2.600 Studierende an chinesischen Hochschulen.",
    ],
)
def test_belarusians_studying_in_china_by_any_noun_of_persons(text: str) -> None:
    assert points(text) == [(BY_IN_CN, "Belarus-China", "actual", 2600.0)]


@pytest.mark.parametrize(
    "text",
    [
        # no study
        "Etwa 2.600 Menschen aus Belarus leben in China.",
        "Etwa 2.600 Menschen aus Belarus besuchten im vergangenen Jahr China.",
        # a language learnt, at a school or a university
        "In Peking lernen 2.300 Menschen aus Belarus an der Sprachschule Chinesisch.",
        "An chinesischen Hochschulen lernen 2.300 Menschen aus Belarus Chinesisch.",
        # people of another country
        "An chinesischen Hochschulen lernen 2.600 Menschen aus Russland.",
        # those who studied there: graduates
        "In Minsk leben 2.600 Belarussinnen, die in China studiert haben.",
        "In China haben 2.600 Belarussen ihr Studium abgeschlossen.",
        # coming for no study
        "Aus Belarus kommen jedes Jahr 2.600 Touristen nach China.",
    ],
)
def test_not_belarusians_studying_in_china(text: str) -> None:
    assert [p for p in points(text) if p[0] == BY_IN_CN] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Zahl der belarussischen Studierenden in China ist um 15 Prozent gestiegen.", 15.0),
        (
            "In China ist die Zahl der Studierenden aus Belarus im vergangenen Jahr um 12 "
            "Prozent gewachsen.",
            12.0,
        ),
        (
            "Die Zahl der Belarussen an chinesischen Hochschulen hat sich um das 1,5-fache erhöht.",
            1.5,
        ),
    ],
)
def test_the_growth_of_the_number_of_belarusians_in_china(text: str, expected: float) -> None:
    assert points(text) == [(BY_IN_CN, "Belarus-China", "actual", expected)]


def test_a_share_of_belarusians_in_china_is_no_growth() -> None:
    text = (
        "Die Zahl der belarussischen Studierenden in China liegt bei 15 Prozent aller "
        "ausländischen Studierenden."
    )
    assert points(text) == []


# --- a part of a total that came in a period is no level ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mit chinesischen Hochschulen hat die VSU bislang 28 Kooperationsverträge "
            "geschlossen, drei davon in diesem Jahr.",
            [(AT_ONE_AGREEMENTS, "VSU", "actual", 28.0)],
        ),
        (
            "Die BNTU hat mit chinesischen Partnern 54 Abkommen unterzeichnet, davon sieben im "
            "vergangenen Jahr.",
            [(AT_ONE_AGREEMENTS, "BNTU", "actual", 54.0)],
        ),
        (
            "Die BNTU hat mit chinesischen Partnern 54 Abkommen unterzeichnet, darunter fünf "
            "seit Januar.",
            [(AT_ONE_AGREEMENTS, "BNTU", "actual", 54.0)],
        ),
        (
            "Die BNTU hat mit chinesischen Partnern 54 Vereinbarungen unterzeichnet, von denen "
            "vier 2025 hinzukamen.",
            [(AT_ONE_AGREEMENTS, "BNTU", "actual", 54.0)],
        ),
        (
            "Zwischen belarussischen und chinesischen Hochschulen bestehen 720 Abkommen, davon "
            "40 neue.",
            [(AGREEMENTS, "Belarus-China", "actual", 720.0)],
        ),
        # a part by where its students come from stays a level
        (
            "An belarussischen Hochschulen studieren 4.000 ausländische Studierende, davon "
            "1.800 aus China.",
            [("edu.students_cn_in_by", "Belarus-China", "actual", 1800.0)],
        ),
    ],
)
def test_a_part_that_came_in_a_period_is_no_level(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


# --- all agreements: Belarus's institutions, several, with Chinese partners ------------------

_EDUCATION = "Belarus und China bauen ihre Bildungszusammenarbeit aus. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Die belarussischen Universitäten unterhalten mehr als 700 Kooperationsverträge mit "
        "Hochschulen in China.",
        "Mit chinesischen Partnern haben belarussische Hochschulen bereits 700 Vereinbarungen "
        "unterzeichnet.",
        "Belarussische Bildungseinrichtungen haben mehr als 700 Abkommen mit Partnern aus China.",
        # the two countries' institutions, as before
        "Über 700 Vereinbarungen verbinden die Universitäten von Belarus und China.",
    ],
)
def test_all_agreements_of_belarus_s_institutions_with_chinese_partners(sentence: str) -> None:
    assert points(_EDUCATION + sentence) == [(AGREEMENTS, "Belarus-China", "actual", 700.0)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one university named among the others: its own
        (
            "Die BSU hat wie andere belarussische Universitäten mit chinesischen Partnern 97 "
            "Abkommen geschlossen.",
            [(AT_ONE_AGREEMENTS, "BSU", "actual", 97.0)],
        ),
        # other partners
        ("Belarussische Hochschulen haben mit russischen Partnern 700 Abkommen geschlossen.", []),
        # one university's with all foreign partners: China's are some of them, and the
        # part with Chinese partners is the university's point (indicators.md)
        (
            "Die BNTU hat 300 Abkommen mit ausländischen Hochschulen, davon 60 mit chinesischen "
            "Partnern.",
            [(AT_ONE_AGREEMENTS, "BNTU", "actual", 60.0)],
        ),
        ("Die BNTU hat mit Partnern aus 40 Ländern 300 Vereinbarungen geschlossen.", []),
        ("Die BNTU hat mit internationalen Partnern 300 Kooperationsverträge.", []),
    ],
)
def test_not_all_agreements_with_chinese_partners(sentence: str, expected: list[Point]) -> None:
    assert points(_EDUCATION + sentence) == expected
