"""Recognition round N (recog26d): a region's head who tells its figures, named only by a
pronoun in the figure's sentence ("Er sagte, die Exporte des Gebiets ...", "..., sagte
sie", "Nach seinen Worten ..."), still speaks for the region he heads (indicators.md,
trade.regional: `entity` = the region), as he does when his title stands there: the one
the pronoun refers to is the first title of the nearest of the two sentences before that
names one, though another region is named after it. Texts of our own in the style of BelTA's
regional reports; counter-examples: a pronoun of an ambassador, a region named in the
figure's own clause, no pronoun at all.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2026-02-05", only="trade.")
students = points_of("indicator entity value", date="2026-02-05", only="edu.institution")

_LEAD = (
    "GOMEL, 5. Februar (BelTA) – Die Gebiete Gomel und Mogiljow haben ihre Lieferungen nach "
    "China im vergangenen Jahr deutlich gesteigert. "
)
_AFTER = "Im Gebiet Mogiljow erreichten die Ausfuhren in die Volksrepublik 152 Millionen Dollar. "
_HE = "Der Gouverneur des Gebiets Gomel, Iwan Krupko, zog auf einer Pressekonferenz Bilanz. "
_SHE = "Die Vorsitzende des Gomeler Gebietsexekutivkomitees, Anna Iwanowa, zog Bilanz. "
_MOGILEV = ("trade.regional", "Mogilev region", 152e6)

HIS = [
    # the miss's wording
    "Er sagte, die Exporte des Gebiets nach China seien auf 131 Millionen Dollar gestiegen.",
    # other verbs of telling, word orders, nouns of trade and of the region
    "„Unsere Exporte nach China sind auf 131 Millionen Dollar gestiegen“, sagte er.",
    "Nach seinen Worten stiegen die Ausfuhren der Region in die Volksrepublik auf 131 "
    "Millionen Dollar.",
    "Wie er betonte, lieferten die Betriebe des Gebiets Waren für 131 Millionen Dollar nach China.",
    "Die Exporte der Region nach China beliefen sich auf 131 Millionen Dollar, so er.",
]
HERS = [
    "Die Exporte der Region nach China seien auf 131 Millionen Dollar gestiegen, sagte sie.",
    "Sie erklärte, der Handel des Gebiets mit China habe 131 Millionen Dollar erreicht.",
    "Ihren Angaben zufolge erreichten die Ausfuhren des Gebiets nach China 131 Millionen Dollar.",
    "„Wir haben Waren für 131 Millionen Dollar nach China geliefert“, teilte sie mit.",
]


@pytest.mark.parametrize(("head", "text"), [(_HE, t) for t in HIS] + [(_SHE, t) for t in HERS])
def test_the_teller_by_a_pronoun_speaks_for_his_region(head: str, text: str) -> None:
    found = points(_LEAD + head + _AFTER + text)
    assert ("trade.regional", "Gomel region", 131e6) in found
    assert _MOGILEV in found
    assert len(found) == 2


def test_a_rector_by_a_pronoun_speaks_for_his_university() -> None:
    text = (
        "MINSK, 5. Februar (BelTA) – Belarussische Hochschulen bauen ihre Kontakte nach China "
        "aus. Der Rektor der Staatlichen Universität Grodno zog Bilanz des Studienjahres. An "
        "der Belarussischen Staatlichen Universität wurde ein Konfuzius-Institut eröffnet. Er "
        "sagte, an der Universität studierten inzwischen 800 chinesische Studenten."
    )
    found = students(text)
    assert found == [("edu.institution_students", "GrSU", 800.0)]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # the pronoun is the ambassador's, named first: the region is the one named last
        (
            _AFTER + "Der chinesische Botschafter, der zuvor den Gouverneur des Gebiets Gomel "
            "getroffen hatte, besuchte das Gebiet Mogiljow. Er sagte, die Exporte des Gebiets "
            "nach China hätten 131 Millionen Dollar erreicht.",
            "Mogilev region",
        ),
        # the figure's own clause names its region
        (
            _HE + _AFTER + "Er sagte, die Exporte des Gebiets Mogiljow nach China hätten 131 "
            "Millionen Dollar erreicht.",
            "Mogilev region",
        ),
        # no pronoun tells it: the anaphor's region is the one named last
        (
            _HE + _AFTER + "Die Exporte des Gebiets nach China erreichten 131 Millionen Dollar.",
            "Mogilev region",
        ),
    ],
)
def test_not_the_pronoun_s_region(text: str, entity: str) -> None:
    found = points(_LEAD + text)
    assert ("trade.regional", entity, 131e6) in found


def test_a_mayor_by_a_pronoun_speaks_for_his_city() -> None:
    text = (
        "MINSK, 5. Februar (BelTA) – Minsk und das Gebiet Gomel bauen ihre Lieferungen nach "
        "China aus. Der Bürgermeister von Minsk, Wladimir Kuchartschik, traf eine Delegation aus "
        "Peking. Das Gebiet Gomel lieferte 2025 Waren für 150 Millionen Dollar nach China. "
        "„Unsere Exporte nach China haben 2025 rund 400 Millionen Dollar erreicht“, sagte er."
    )
    assert points(text) == [
        ("trade.regional", "Gomel region", 150e6),
        ("trade.regional", "Minsk", 400e6),
    ]
