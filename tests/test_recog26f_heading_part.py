"""A heading opens a part of its own (indicators.md: park.exports, trade.exports): in a
blog's review whose opening names the park only as a source ("Die Zahlen stammen aus ...
den Pressemitteilungen des Parks"), the exports under "## Handel" ("- Die Exporte nach
China lagen bei 2,4 Mrd. USD") are the country's, not the residents'. Under a heading that
names the park they stay the park's. Texts of our own in the style of a blog's review.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2026-01-04", only="")

_INTRO = (
    "Zum Jahreswechsel mein Rückblick auf 2025. Die Zahlen stammen aus Belstat, BelTA und den "
    "Pressemitteilungen des Parks.\n\n"
)


@pytest.mark.parametrize(
    ("heading", "line", "expected"),
    [
        (
            "## Handel",
            "- Die Exporte nach China lagen bei 2,4 Mrd. USD – damit ist China der "
            "zweitwichtigste Abnehmer.",
            ("trade.exports", "Belarus-China", 2.4e9),
        ),
        (
            "### Außenhandel",
            "Die Ausfuhren nach China erreichten 2,4 Mrd. USD.",
            ("trade.exports", "Belarus-China", 2.4e9),
        ),
        (
            "## Wirtschaft",
            "- Die Exporte nach China lagen bei 2,4 Mrd. USD.",
            ("trade.exports", "Belarus-China", 2.4e9),
        ),
        (
            "## Handel mit China",
            "- Der Export nach China stieg um 9 Prozent.",
            ("trade.exports", "Belarus-China", 9.0),
        ),
        (
            "## Belarus und China",
            "- Belarus exportierte Waren für 2,4 Mrd. USD nach China.",
            ("trade.exports", "Belarus-China", 2.4e9),
        ),
    ],
)
def test_a_heading_of_another_part(heading: str, line: str, expected: tuple) -> None:
    assert points(_INTRO + heading + "\n\n" + line + "\n") == [expected]


@pytest.mark.parametrize(
    ("heading", "line", "expected"),
    [
        ("## Großer Stein", "- Die Exporte stiegen um 20 Prozent.", 20.0),
        ("## Industriepark", "- Die Ausfuhren erreichten 600 Mio. USD.", 600e6),
        ("## Die Residenten", "- Die Exporte erreichten 600 Mio. USD.", 600e6),
    ],
)
def test_a_heading_that_names_the_park(heading: str, line: str, expected: float) -> None:
    assert points(_INTRO + heading + "\n\n" + line + "\n") == [
        ("park.exports", "Great Stone", expected)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "## Export\n\nDie Ausfuhren stiegen auf 500 Mio. Dollar.\n",
        "## Exporte und Investitionen\n\n- Die Exporte erreichten 500 Mio. Dollar.\n",
    ],
)
def test_a_park_report_s_own_sections(text: str) -> None:
    opening = (
        "Der Industriepark Großer Stein zieht Bilanz. Die Zahlen stammen aus den "
        "Pressemitteilungen des Parks.\n\n"
    )
    assert points(opening + text) == [("park.exports", "Great Stone", 500e6)]
