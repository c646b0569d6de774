"""Recognition round N (recog26h): producers allowed to deliver to China are accredited
ones (indicators.md: trade.accredited_producers, Belarusian producers accredited to export
to China), China named by another of its names than "China": the Volksrepublik alone, the
Reich der Mitte, its buyers. A family of wordings with counter-examples, in the style of
Xinhua and BelTA reports.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator status value entity", date="2026-07-20")

ACCREDITED = ("trade.accredited_producers", "actual", 142.0, "Belarus-China")


@pytest.mark.parametrize(
    "text",
    [
        # the miss's wording
        "Insgesamt dürfen inzwischen 142 belarussische Betriebe Lebensmittel in die "
        "Volksrepublik liefern.",
        # other names of China, verbs and word orders
        "In die Volksrepublik dürfen bereits 142 belarussische Unternehmen liefern.",
        "Derzeit dürfen 142 Betriebe aus Belarus Milchprodukte in die Volksrepublik ausführen.",
        "Insgesamt dürfen inzwischen 142 belarussische Hersteller ins Reich der Mitte exportieren.",
        "Inzwischen dürfen 142 belarussische Betriebe ihre Produkte an chinesische Abnehmer "
        "verkaufen.",
    ],
)
def test_producers_allowed_to_deliver_to_china_are_accredited(text: str) -> None:
    assert ACCREDITED in points(text)


@pytest.mark.parametrize(
    "text",
    [
        # another Volksrepublik
        "Insgesamt dürfen inzwischen 142 belarussische Betriebe Lebensmittel in die "
        "Volksrepublik Bangladesch liefern.",
        # delivering with no permission said: no accreditation
        "Insgesamt 142 belarussische Betriebe liefern Lebensmittel in die Volksrepublik.",
    ],
)
def test_no_china_or_no_permission_is_no_accreditation(text: str) -> None:
    assert not [p for p in points(text) if p[0] == "trade.accredited_producers"]
