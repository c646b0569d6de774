"""German number grammar, with property-based tests (hypothesis)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bycn
from bycn.text.numbers import NUMBER_WORD, parse_number_word, parse_numeral
from bycn.text.structure import fold
from bycn.text.triggers import WORD, find_triggers


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("zwei", 2),
        ("zwölf", 12),
        ("vierzig", 40),
        ("einundzwanzig", 21),
        ("hundert", 100),
        ("dreitausend", 3000),
        ("zweitausendfünfhundert", 2500),
        ("anderthalb", 1.5),
        ("eineinhalb", 1.5),
        ("dreieinhalb", 3.5),
    ],
)
def test_number_words(word, value):
    assert parse_number_word(word) == value


@pytest.mark.parametrize("word", ["ein", "eine", "zweite", "sechste", "beide", "Hälfte", "und"])
def test_not_number_words(word):
    assert parse_number_word(word) is None


# German number morphemes, written out here as the grammar's reference.
_PARTS = [
    "ein",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwölf",
    "sech",
    "sieb",
    "zwanzig",
    "dreißig",
    "vierzig",
    "fünfzig",
    "sechzig",
    "siebzig",
    "achtzig",
    "neunzig",
    "und",
    "hundert",
    "tausend",
    "halb",
]


def test_every_number_word_worth_a_figure_is_a_trigger():
    """The body scan searches a few strings, not NUMBER_WORD at every character: each
    word of up to three morphemes worth 1.5 or more is still found, in any sentence."""
    words = [a + b + c for a in _PARTS for b in ["", *_PARTS] for c in ["", *_PARTS] if b or not c]
    words += ["anderthalb", "eineinhalb"]
    worth = 0
    for word in words + [w.capitalize() for w in words]:
        value = parse_number_word(word)
        if NUMBER_WORD.fullmatch(word) is None or value is None or value < 1.5:
            continue
        worth += 1
        text = f"(etwa {word} Firmen, {word})"
        found = [
            (offset, text[offset:].split()[0])
            for offset, kind, _ in find_triggers(text, 0, len(text))
            if kind == WORD
        ]
        assert found == [(6, word), (len(text) - len(word) - 1, f"{word})")], word
    assert worth > 1500


@pytest.mark.parametrize(
    "text",
    ["Jahrhundert", "zwei-", "-drei", "Zwei1", "zweiundzwanzigste", "ZWEI", "einundein"],
)
def test_no_number_word_trigger(text):
    body = f"Im {text} Jahr"
    assert all(kind != WORD for _, kind, _ in find_triggers(body, 0, len(body)))


def test_numerals():
    assert parse_numeral("730,6") == 730.6
    assert parse_numeral("300.000") == 300000
    assert parse_numeral("−1.234,5") == -1234.5
    with pytest.raises(ValueError):
        parse_numeral("12.34")


def german(value: int, decimals: int) -> str:
    """Format like German text: 1.234,56."""
    whole = f"{value:,}".replace(",", ".")
    return whole if not decimals else f"{whole},{decimals}"


SCALES = {"": 1, "Tausend": 1e3, "Millionen": 1e6, "Mio.": 1e6, "Milliarden": 1e9, "Mrd.": 1e9}
UNITS = {
    "Dollar": "USD",
    "US-Dollar": "USD",
    "Euro": "EUR",
    "Yuan": "CNY",
    "Rubel": "BYN",
    "Hektar": "ha",
    "Tonnen": "t",
    "Prozent": "percent",
    "Unternehmen": "count",
}


@settings(max_examples=200, deadline=None)
@given(
    whole=st.integers(min_value=0, max_value=999_999),
    decimals=st.integers(min_value=0, max_value=99),
    scale=st.sampled_from(sorted(SCALES)),
    unit=st.sampled_from(sorted(UNITS)),
    qualifier=st.sampled_from(["", "mehr als ", "etwa ", "fast ", "mindestens "]),
)
def test_generated_number_parses_back_to_its_value(whole, decimals, scale, unit, qualifier):
    if unit == "Prozent" and scale:
        scale = ""
    if (
        1800 <= whole <= 2099
        and not decimals
        and not scale
        and not qualifier
        and unit == "Unternehmen"
    ):
        whole += 300  # a bare 19xx/20xx before a noun reads as a year
    written = german(whole, decimals)
    text = f"Der Wert betrug {qualifier}{written} {scale + ' ' if scale else ''}{unit} im Jahr."
    rows = bycn.parse_text(text).figures
    assert len(rows) == 1, text
    number = float(f"{whole}.{decimals}") if decimals else float(whole)
    assert rows["value"].iloc[0] == pytest.approx(number * SCALES[scale], rel=1e-12)
    assert rows["unit"].iloc[0] == UNITS[unit]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400))
def test_parser_never_raises_on_arbitrary_text(text):
    bycn.parse_text(text)


_WORDS = st.sampled_from(
    [
        "mehr",
        "als",
        "das",
        "2,5-fache",
        "1.700",
        "Millionen",
        "Dollar",
        "Unternehmen",
        "fast",
        "drei",
        "Jahre",
        "85.",
        "Einwohner",
        "der",
        "%",
        "Mrd€",
        "von",
        "auf",
        "-3",
        "Nr.",
        "9",
        "\n\n",
        "\n",
        '"12',
        ".",
        ",",
        "Ende",
        "2021",
        "Januar",
        "bis",
        "zu",
        "rund",
        "1)",
        "(!)",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=60))
def test_figure_text_is_its_source_slice(words):
    text = " ".join(words)
    document = bycn.parse_text(text)
    for row in document.figures.itertuples():
        assert row.text == fold(text[row.start : row.end])
        assert re.search(r"\d|[a-zäöü]", row.text)
