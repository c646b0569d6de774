"""Recognition round L (recog25e), as a family of wordings (indicators.md, entities): the
teller of a figure is not its owner. A head of an academy or university who tells, in a clause
of his own, what the country's institutions have ("Wie der Präsident der Akademie sagte, haben
belarussische Hochschulen 52 Abkommen mit chinesischen Partnern geschlossen") names no
institution of the figure's by his title's "der Akademie", "der Universität": the agreements
are the country's (edu.agreements), not the academy's.

Texts of our own in the style of agency reports, several wordings, with counter-examples
where the institution's own agreements stay its own.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2025-09-02")

ACADEMY = (
    "Die Nationale Akademie der Wissenschaften von Belarus baut die Zusammenarbeit mit China aus. "
)
UNIVERSITY = "Die Staatliche Universität Grodno baut die Zusammenarbeit mit China aus. "

TOLD = [
    # the miss's wording
    "Wie der Präsident der Akademie sagte, haben belarussische Hochschulen 52 Abkommen mit "
    "chinesischen Partnern geschlossen.",
    # other heads, verbs of telling, subjects and word orders
    "Wie die Rektorin der Universität betonte, bestehen zwischen belarussischen und "
    "chinesischen Hochschulen 52 Abkommen.",
    "Wie der Rektor der Hochschule mitteilte, haben belarussische Universitäten 52 "
    "Kooperationsverträge mit Hochschulen in China unterzeichnet.",
    "Wie der Vizepräsident der Akademie erklärte, haben die Hochschulen beider Länder 52 "
    "Abkommen geschlossen.",
    "Wie der Präsident der Akademie unterstrich, unterhalten belarussische Hochschulen 52 "
    "Vereinbarungen mit chinesischen Universitäten.",
]


@pytest.mark.parametrize("before", [ACADEMY, UNIVERSITY])
@pytest.mark.parametrize("sentence", TOLD)
def test_a_teller_by_his_title_owns_not_the_countrys_agreements(before: str, sentence: str) -> None:
    found = points(before + sentence)
    assert ("edu.agreements", "Belarus-China", 52.0) in found
    assert [p for p in found if p[0] == "edu.institution_agreements"] == []


@pytest.mark.parametrize("sentence", TOLD)
def test_a_teller_by_his_title_owns_nothing_where_no_china_is_named(sentence: str) -> None:
    # the academy named before, China nowhere: the teller's title is no owner all the same
    before = "Die Nationale Akademie der Wissenschaften von Belarus feiert ihr Jubiläum. "
    found = points(before + sentence)
    assert [p for p in found if p[0] == "edu.institution_agreements"] == []


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # the academy's own, its head telling it after
        (
            ACADEMY + "Die Akademie unterhält 52 Abkommen mit chinesischen Partnern, sagte ihr "
            "Präsident.",
            "NAS of Belarus",
        ),
        # the academy's own, a teller before it
        (
            ACADEMY + "Wie der Präsident sagte, hat die Akademie 52 Abkommen mit chinesischen "
            "Forschungseinrichtungen.",
            "NAS of Belarus",
        ),
        # the university's own, referred to in the figure's clause
        (
            UNIVERSITY + "Wie der Rektor der Universität sagte, hat die Hochschule 52 Abkommen "
            "mit chinesischen Partnern.",
            "GrSU",
        ),
    ],
)
def test_an_institutions_own_agreements_stay_its_own(text: str, entity: str) -> None:
    assert ("edu.institution_agreements", entity, 52.0) in points(text)
