"""Recognition round N (recog26b), as a family of wordings (indicators.md, park; the
interviews of corpus.md): an interview's answer speaks of what the interview is about, which
its question may say by a pronoun only ("Frage: Und wie viel Geld steckt dahinter? /
Antwort: Die angemeldeten Investitionen summieren sich auf 1,62 Milliarden Dollar.
Tatsächlich investiert wurden bislang knapp 890 Millionen Dollar."): the park named in its
lead, an earlier question or answer is the answer's context, however far back.

Texts of our own in the style of radio and newspaper interviews, with counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2026-04-08")

LEAD = (
    "Radio Belarus: Der Generaldirektor der Verwaltung des Industrieparks „Großer Stein“ im "
    "Interview\n\n"
)
FIRST = (
    "Frage: Wie viele Residenten hat der Park heute?\n\nAntwort: Im Moment sind es 158. Sie "
    "kommen aus 16 Ländern, die meisten aus China.\n\n"
)
#: An exchange that names no park, so that the park is further back than the sentences a
#: rule's context looks back on.
ASIDE = (
    "Frage: Wie lange sind Sie schon im Amt?\n\nAntwort: Seit drei Jahren. Es war eine "
    "spannende Zeit. Wir haben viel gelernt.\n\n"
)
DECLARED = ("park.investment_declared", "Great Stone", 1.62e9)
ACTUAL = ("park.investment_actual", "Great Stone", 8.9e8)


@pytest.mark.parametrize(
    ("before", "exchange", "expected"),
    [
        # the miss: the park in the lead and the first question, the second asks by a pronoun
        (
            LEAD + FIRST,
            "Frage: Und wie viel Geld steckt dahinter?\n\nAntwort: Die angemeldeten "
            "Investitionen summieren sich auf 1,62 Milliarden Dollar. Tatsächlich investiert "
            "wurden bislang knapp 890 Millionen Dollar.",
            [DECLARED, ACTUAL],
        ),
        # the park named in the lead only
        (
            LEAD + ASIDE,
            "Frage: Wie sieht es mit dem Geld aus?\n\nAntwort: Angemeldet sind Investitionen "
            "von 1,62 Milliarden Dollar.",
            [DECLARED],
        ),
        # named in an earlier answer only, the questions by a dash
        (
            "Im Gespräch: ein Manager aus Minsk\n\n– Wo arbeiten Sie?\n\n– Ich leite die "
            "Verwaltung des Industrieparks „Großer Stein“. Wir haben viel zu tun.\n\n" + ASIDE,
            "– Und das Geld?\n\n– Das erklärte Investitionsvolumen beträgt 1,62 Milliarden Dollar.",
            [DECLARED],
        ),
        # bold questions, the actual investment fronted
        (
            LEAD + FIRST,
            "**Was ist bisher tatsächlich geflossen?**\n\nTatsächlich investiert haben die "
            "Investoren bislang knapp 890 Millionen Dollar.",
            [ACTUAL],
        ),
        # jobs asked about by a pronoun
        (
            LEAD + FIRST,
            "Frage: Und die Arbeitsplätze?\n\nAntwort: Geschaffen wurden bislang 5.400 "
            "Arbeitsplätze.",
            [("park.jobs", "Great Stone", 5400.0)],
        ),
    ],
)
def test_an_answer_is_of_what_the_interview_named_before(
    before: str, exchange: str, expected: list[tuple]
) -> None:
    found = points(before + exchange)
    for point in expected:
        assert point in found


@pytest.mark.parametrize(
    "text",
    [
        # an interview that names no park
        "Radio Belarus: Der Wirtschaftsminister im Interview\n\nFrage: Wie viel investieren "
        "chinesische Firmen?\n\nAntwort: Die angemeldeten Investitionen summieren sich auf "
        "1,62 Milliarden Dollar.",
        # the park named only after the answer
        "Radio Belarus: Der Wirtschaftsminister im Interview\n\nFrage: Und wie viel Geld "
        "steckt dahinter?\n\nAntwort: Die angemeldeten Investitionen summieren sich auf 1,62 "
        "Milliarden Dollar.\n\nFrage: Und der Industriepark „Großer Stein“?\n\nAntwort: Er "
        "wächst.",
        # prose, no interview: the park four sentences back
        "Der Industriepark „Großer Stein“ feiert Jubiläum. Der Minister sprach in Minsk. Er "
        "lobte die Zusammenarbeit. Die Delegation reiste weiter.\n\nDie angemeldeten "
        "Investitionen summieren sich auf 1,62 Milliarden Dollar.",
        # another zone in the answer
        LEAD + "Frage: Und wie viel Geld steckt dahinter?\n\nAntwort: Im Technopark in Harbin "
        "summieren sich die angemeldeten Investitionen auf 1,62 Milliarden Dollar.",
    ],
)
def test_no_park_before_is_no_parks_point(text: str) -> None:
    assert not [p for p in points(text) if p[0].startswith("park.")]
