"""Recognition round N (recog26j): another country's own trade with China, told with the
country as its subject or genitive ("Zum Vergleich: Kasachstan hat seinen Handel mit China
2025 auf 48 Mrd. US-Dollar gesteigert"), is a rival of Belarus–China (the catalog's
``rivals``): no point of the pair. Belarus's own trade so told still is. A family of
wordings, with counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity as_of value unit", date="2026-03-10")

LEAD = "10. März 2026\n\nDer Handel zwischen Belarus und China wuchs 2025 auf 9,1 Mrd. US-Dollar. "
OWN = ("trade.turnover", "Belarus-China", "2025", 9.1e9, "USD")


@pytest.mark.parametrize(
    "sentence",
    [
        # the extra's wording
        "Zum Vergleich: Kasachstan hat seinen Handel mit China 2025 auf 48 Mrd. US-Dollar "
        "gesteigert.",
        "Usbekistan steigerte seinen Warenumsatz mit China 2025 auf 48 Mrd. US-Dollar.",
        "Kasachstans Handel mit China wuchs 2025 auf 48 Mrd. US-Dollar.",
        "Russland hat sein Handelsvolumen mit der Volksrepublik China 2025 auf 48 Mrd. "
        "US-Dollar erhöht.",
        "Der Handel Kasachstans mit China erreichte 2025 rund 48 Mrd. US-Dollar.",
        "Zum Vergleich: Kasachstan konnte im selben Jahr seinen Warenaustausch mit China auf "
        "48 Mrd. US-Dollar ausbauen.",
    ],
)
def test_another_countrys_own_trade_is_no_point(sentence: str) -> None:
    found = points(f"{LEAD}{sentence}\n")
    assert OWN in found
    assert [p for p in found if p[3] == 48e9] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Belarus hat seinen Handel mit China 2025 auf 48 Mrd. US-Dollar gesteigert.",
        "Weißrussland steigerte seinen Warenumsatz mit China 2025 auf 48 Mrd. US-Dollar.",
    ],
)
def test_belarus_own_trade_is_a_point(sentence: str) -> None:
    found = points(f"10. März 2026\n\n{sentence}\n")
    assert ("trade.turnover", "Belarus-China", "2025", 48e9, "USD") in found
