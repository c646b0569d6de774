"""Recognition round N (recog26d): goods and their amount set after a comma or a colon at
the end of the clause whose verb they are the object of ("Die Betriebe exportierten mehr
als je zuvor, Waren für 140 Millionen Dollar"): one clause with that verb, so the figure
is the exports (or output) it says, not a bare amount that no rule takes. Texts of our own
in the style of agency reports: commas and colons, "Waren", "Güter", "Produkte", "für" and
"im Wert von", "nämlich", "insgesamt", a destination after the amount; counter-examples:
goods with a verb of their own after the comma stay a clause of their own.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

from bycn.indicators.catalog import load_catalog
from bycn.indicators.clauses import Clauses

points = points_of("indicator entity value", date="2026-02-05")

_DATELINE = "MINSK, 5. Februar (BelTA) – "


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the miss's wording
        (
            "Belarussische Unternehmen exportierten 2025 mehr als je zuvor, Waren für 1,4 "
            "Milliarden Dollar, nach China.",
            ("trade.exports", "Belarus-China", 1.4e9),
        ),
        # a colon, other goods and verbs, "im Wert von", "nämlich", "insgesamt"
        (
            "Belarussische Unternehmen lieferten 2025 so viel wie nie zuvor nach China: Güter "
            "im Wert von 1,4 Milliarden Dollar.",
            ("trade.exports", "Belarus-China", 1.4e9),
        ),
        (
            "Die Residenten des Industrieparks Great Stone exportierten 2025 mehr als je zuvor, "
            "nämlich Produkte für 140 Millionen Dollar.",
            ("park.exports", "Great Stone", 140e6),
        ),
        (
            "Die Residenten des Industrieparks Great Stone produzierten 2025 mehr als je zuvor, "
            "Waren für 300 Millionen Dollar.",
            ("park.output", "Great Stone", 300e6),
        ),
        (
            "Die Betriebe des Gebiets Gomel exportierten 2025 mehr als je zuvor, Waren für 140 "
            "Millionen Dollar, nach China.",
            ("trade.regional", "Gomel region", 140e6),
        ),
        (
            "Das Gebiet Brest hat 2025 seine Ausfuhren nach China kräftig gesteigert, insgesamt "
            "Waren für 95 Millionen Dollar.",
            ("trade.regional", "Brest region", 95e6),
        ),
    ],
)
def test_goods_after_a_comma_are_the_clause_s_object(text: str, found: tuple) -> None:
    assert points(_DATELINE + text) == [found]


CLAUSES = Clauses(load_catalog().clause_boundary)


@pytest.mark.parametrize(
    ("sentence", "figure", "clause"),
    [
        (
            "Die Betriebe exportierten mehr als je zuvor, Waren für 140 Millionen Dollar.",
            "140 Millionen Dollar",
            "Die Betriebe exportierten mehr als je zuvor, Waren für 140 Millionen Dollar.",
        ),
        # goods with a verb of their own: a clause of their own
        (
            "Das Gebiet steigerte seine Exporte nach China, Waren für 300 Millionen Dollar "
            "gingen nach Russland.",
            "300 Millionen Dollar",
            "Waren für 300 Millionen Dollar gingen nach Russland.",
        ),
        # a comma before a clause that is no apposition of goods
        (
            "Die Exporte stiegen um 12 Prozent, die Importe auf 756 Millionen Dollar.",
            "756 Millionen Dollar",
            "die Importe auf 756 Millionen Dollar.",
        ),
    ],
)
def test_the_figure_s_clause(sentence: str, figure: str, clause: str) -> None:
    assert CLAUSES.clause(sentence, sentence.index(figure), len(figure)) == clause
