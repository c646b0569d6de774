"""Another country's or bloc's trade is no Belarus–China point: the catalog names them by the
lexicon's one list of other countries (other_countries) and of blocs (other_blocs), wherever
a rule needs them, so a country added there counts everywhere."""

from __future__ import annotations

import pytest
from tests.conftest import points_of

from bycn.text.lexicon import LEXICON

points = points_of("indicator value", date="2024-05-15")


@pytest.mark.parametrize(
    "text",
    [
        # another country's trade with China, the country with or without its article
        "Der Warenumsatz zwischen Georgien und China stieg auf 1,4 Mrd. Dollar.",
        "Der Warenumsatz zwischen der Türkei und China stieg auf 1,4 Mrd. Dollar.",
        "Der Warenumsatz zwischen den USA und China stieg auf 1,4 Mrd. Dollar.",
        "Der Handel zwischen China und Kanada erreichte 1,4 Mrd. Dollar.",
        # another country's exports to China, by its genitive or as where they come from
        "Kanadas Lebensmittelexporte nach China erreichten 1,4 Mrd. Dollar.",
        "Die Lebensmittelexporte aus Georgien nach China erreichten 1,4 Mrd. Dollar.",
    ],
)
def test_another_countrys_trade_with_china_is_no_point(text):
    assert points(text) == []


def test_the_same_sentence_of_belarus_is_a_point():
    text = "Der Warenumsatz zwischen Belarus und China stieg auf 1,4 Mrd. Dollar."
    assert points(text) == [("trade.turnover", 1.4e9)]


def test_the_catalog_writes_no_country_list_of_its_own():
    from importlib import resources

    catalog = resources.files("bycn.indicators").joinpath("catalog.yaml").read_text("utf-8")
    patterns = [line for line in catalog.splitlines() if not line.lstrip().startswith("#")]
    for country in ("Kasachstan", "Usbekistan", "Litauen"):
        assert country in LEXICON.other_countries
        assert not any(country in line for line in patterns), country
