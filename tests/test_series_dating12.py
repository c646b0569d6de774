"""Dating of points (round 22): an amount of a stock (declared or made investment) reached
within a span of months is the level at its end, as a count is; a flow told in the past in
the paragraph after the lead (a fronted object, a verb of change with an object, an
apposition "ein Zuwachs von ...") is of the period the lead names, not of the text's month.

Texts of our own in the style of BelTA's German service and Sputnik; each family with
counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

Point = tuple[str, str, str, float]


points = points_of("indicator entity as_of value", digits=1)


_PARK = (
    "MINSK, 3. Juni (Sputnik) – Seit Jahresbeginn kamen im Industriepark Großer Stein elf "
    "neue Residenten hinzu. {}"
)


_DECLARED, _MADE = ("park.investment_declared", 1.7e9), ("park.investment_actual", 9e8)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Das angekündigte Investitionsvolumen der Residenten übersteigt 1,7 Milliarden Dollar.",
            _DECLARED,
        ),
        ("Die Residenten haben Investitionen von 1,7 Milliarden Dollar angemeldet.", _DECLARED),
        ("Das erklärte Investitionsvolumen beträgt 1,7 Milliarden Dollar.", _DECLARED),
        (
            "Die angemeldeten Investitionen der Residenten belaufen sich auf 1,7 Mrd. Dollar.",
            _DECLARED,
        ),
        (
            "Auf 1,7 Milliarden Dollar summiert sich das angekündigte Investitionsvolumen.",
            _DECLARED,
        ),
        ("Das Volumen der angemeldeten Investitionen liegt bei 1,7 Mrd. Dollar.", _DECLARED),
        # ... and the investment made
        ("Die Residenten haben Investitionen von 900 Mio. Dollar getätigt.", _MADE),
        ("Tatsächlich investiert wurden bislang rund 900 Mio. Dollar.", _MADE),
        ("Die getätigten Investitionen belaufen sich auf 900 Mio. Dollar.", _MADE),
    ],
)
def test_a_stock_amount_after_a_span_is_the_level_at_its_end(
    sentence: str, expected: tuple[str, float]
) -> None:
    found = points(_PARK.format(sentence), "2025-06-03")
    indicator, value = expected
    assert [p for p in found if p[0] == indicator] == [(indicator, "Great Stone", "2025-06", value)]
    # the flow beside it keeps its span
    assert ("park.new_residents", "Great Stone", "2025-01/2025-06", 11.0) in found


def test_a_growth_of_a_stock_within_a_span_keeps_the_span() -> None:
    text = (
        "MINSK, 3. Juni (BelTA) – Im Januar-Mai 2025 stieg das erklärte Investitionsvolumen "
        "der Residenten des Industrieparks Großer Stein um 12 Prozent."
    )
    found = [p for p in points(text, "2025-06-03") if p[3] == 12.0]
    assert all(p[2] == "2025-01/2025-05" for p in found)


_LEAD = (
    "MINSK, 14. Februar (BelTA) – Der Warenumsatz zwischen Belarus und China hat sich im "
    "vergangenen Jahr auf 8,9 Mrd. US-Dollar belaufen, teilte das Außenministerium mit.\n\n"
    "{}"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Auf 2,1 Mrd. Dollar steigerte Belarus seine Ausfuhren nach China, ein Zuwachs von 12,3 %.",
        "Belarus steigerte seine Ausfuhren nach China auf 2,1 Mrd. Dollar, ein Plus von 12,3 %.",
        "Belarus erhöhte seine Exporte nach China auf 2,1 Mrd. Dollar, ein Zuwachs von 12,3 %.",
        "Die Ausfuhren nach China stiegen auf 2,1 Mrd. Dollar, ein Zuwachs von 12,3 %.",
        "Die belarussischen Exporte nach China legten um 12,3 % auf 2,1 Mrd. Dollar zu.",
        "Um 12,3 % auf 2,1 Mrd. Dollar nahmen die Exporte nach China zu.",
    ],
)
def test_a_flow_told_in_the_past_after_the_lead_is_of_the_leads_year(sentence: str) -> None:
    found = points(_LEAD.format(sentence), "2026-02-14")
    exports = [p for p in found if p[0] == "trade.exports"]
    assert exports == [
        ("trade.exports", "Belarus-China", "2025", 12.3),
        ("trade.exports", "Belarus-China", "2025", 2.1e9),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # told in the present, or as a sum so far: the text's own date
        "Derzeit steigen die Ausfuhren nach China um 12,3 % im Monat.",
        "Bislang steigerte Belarus seine Ausfuhren nach China um 12,3 %.",
    ],
)
def test_a_flow_in_the_present_or_so_far_keeps_the_texts_date(sentence: str) -> None:
    found = points(_LEAD.format(sentence), "2026-02-14")
    assert not [p for p in found if p[0] == "trade.exports" and p[2] == "2025"]
