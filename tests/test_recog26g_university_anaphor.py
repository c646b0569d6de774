"""Recognition round N (recog26g), as a family of wordings: "die Universität" after a joint
institute named in the sentence before is the university named before it, not the institute
("Auch das Gemeinsame Institut der BSU und der Dalian Polytechnischen Universität wächst:
... Die Universität hat bislang 38 Kooperationsabkommen mit chinesischen Hochschulen
geschlossen." is BSU's). indicators.md: edu.institution_agreements are one university's,
its entity the university; an institute is called "das Institut", "dort", never "die
Universität" (the catalog's not_referred_as of the institute). Texts of our own in the
style of a university's news page; counter-examples: the institute's own agreements.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2025-11-05", only="edu.institution_agree")

_NEWS = (
    "An der Belarussischen Staatlichen Universität studieren 2.950 chinesische Studierende. "
    "Auch das Gemeinsame Institut der BSU und der Dalian Polytechnischen Universität wächst: "
    "Dort lernen inzwischen 1.250 Studierende.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        # the miss
        "Die Universität hat bislang 38 Kooperationsabkommen mit chinesischen Hochschulen "
        "geschlossen.",
        # other nouns of the university, verbs, word orders
        "Die Hochschule unterhält inzwischen 38 Kooperationsabkommen mit chinesischen Partnern.",
        "Mit chinesischen Hochschulen hat die Universität 38 Abkommen geschlossen.",
        "Insgesamt zählt die Uni 38 Kooperationsabkommen mit Hochschulen in China.",
        "Die Universität hat mit chinesischen Universitäten bereits 38 Vereinbarungen "
        "unterzeichnet.",
    ],
)
def test_the_university_is_not_its_institute(text: str) -> None:
    assert points(_NEWS + text) == [("edu.institution_agreements", "BSU", 38.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Das Institut hat bislang 12 Kooperationsabkommen mit chinesischen Hochschulen "
        "geschlossen.",
        "Am Institut gibt es 12 Kooperationsabkommen mit chinesischen Hochschulen.",
    ],
)
def test_the_institute_s_own(text: str) -> None:
    assert points(_NEWS + text) == [("edu.institution_agreements", "BSU-DPU Joint Institute", 12.0)]
