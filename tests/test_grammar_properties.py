"""Properties of the figure grammar (hypothesis): issues 8 and 10.

A unit or scale written once applies to every number it is given for; datelines
and timestamps are no figures; a number word takes the unit after it; and no
number-shaped string makes the parser raise.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bycn
from bycn.text.numbers import parse_number_word
from bycn.text.structure import fold
from bycn.vocabulary import MONTHS

# Written forms of the spec's units (figures.md, "Units") -> unit.
MONEY = {
    "Dollar": "USD",
    "US-Dollar": "USD",
    "USD": "USD",
    "Euro": "EUR",
    "EUR": "EUR",
    "Yuan": "CNY",
    "chinesische Yuan": "CNY",
    "Rubel": "BYN",
    "belarussische Rubel": "BYN",
    "Br.": "BYN",
}
OTHER = {
    "Prozent": "percent",
    "%": "percent",
    "Prozentpunkte": "percent_points",
    "Prozentpunkten": "percent_points",
    "Hektar": "ha",
    "Quadratmeter": "m2",
    "Tonnen": "t",
    "Tonnen pro Monat": "t/month",
    "Kilometer": "km",
    "Kilometer pro Stunde": "km/h",
    "Kilogramm": "kg",
    "Pferdestärken": "hp",
}
SCALES = {"": 1.0, "Tausend": 1e3, "Millionen": 1e6, "Mio.": 1e6, "Milliarden": 1e9, "Mrd.": 1e9}
NUMBER_WORDS = [
    "zwei",
    "drei",
    "fünf",
    "elf",
    "zwölf",
    "zwanzig",
    "dreißig",
    "vierzig",
    "hundert",
    "dreihundert",
    "dreitausend",
    "anderthalb",
    "dreieinhalb",
    "einundzwanzig",
]


def german(whole: int, decimals: int) -> str:
    """``1234, 5`` -> ``1.234,5``."""
    text = f"{whole:,}".replace(",", ".")
    return f"{text},{decimals}" if decimals else text


def value_of(whole: int, decimals: int) -> float:
    return float(f"{whole}.{decimals}") if decimals else float(whole)


_NUMBER = st.tuples(st.integers(0, 99_999), st.integers(0, 9)).filter(
    lambda n: not (1800 <= n[0] <= 2099 and n[1] == 0)  # a bare 18xx-20xx reads as a year
)


@settings(max_examples=80, deadline=None)
@given(
    numbers=st.lists(_NUMBER, min_size=2, max_size=4),
    form=st.sampled_from(["list", "range", "between", "respectively"]),
    unit=st.sampled_from(sorted({**MONEY, **OTHER, "Unternehmen": "count"})),
    scale=st.sampled_from(sorted(SCALES)),
)
def test_a_unit_written_once_applies_to_every_number(numbers, form, unit, scale):
    if unit not in MONEY and unit != "Unternehmen":
        scale = ""  # "Millionen Prozent" is no German
    written = [german(*n) for n in numbers]
    if form == "range" or form == "between":
        written = written[:2]
        numbers = numbers[:2]
    if form == "list":
        group = ", ".join(written[:-1]) + " und " + written[-1]
    elif form == "range":
        group = f"von {written[0]} auf {written[1]}"
    elif form == "between":
        group = f"zwischen {written[0]} und {written[1]}"
    else:
        group = ", ".join(written[:-1]) + " beziehungsweise " + written[-1]
    tail = f"{scale} {unit}".strip()
    text = f"Die Werte lagen {group} {tail} im Berichtsjahr."
    rows = bycn.parse_text(text).figures
    expected_unit = {**MONEY, **OTHER, "Unternehmen": "count"}[unit]
    assert list(rows["unit"]) == [expected_unit] * len(numbers), text
    expected = [value_of(*n) * SCALES[scale] for n in numbers]
    assert list(rows["value"]) == pytest.approx(expected, rel=1e-12), text
    if unit == "Unternehmen":
        assert set(rows["item"]) == {"Unternehmen"}


_CITY = st.sampled_from(["MINSK", "BREST", "Peking", "GOMEL", "Schanghai", "WITEBSK", "Harbin"])
_AGENCY = st.sampled_from(["BelTA", "Xinhua", "dpa", "Reuters"])


@st.composite
def datelines(draw) -> str:
    day = draw(st.integers(1, 31))
    month = draw(st.sampled_from(MONTHS))
    year = draw(st.integers(1995, 2035))
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    city, agency = draw(_CITY), draw(_AGENCY)
    time = f"{hour:02d}:{minute:02d}"
    return draw(
        st.sampled_from(
            [
                f"{city}, {day}. {month} ({agency}) – ",
                f"{city}, {day}. {month} {year}, {time} ({agency}) – ",
                f"{year}-{draw(st.integers(1, 12)):02d}-{day:02d} {time}\n{city} ({agency}) – ",
                f"{day:02d} {month} {year} | {city}\n",
                f"{time}, {day}. {month} {year}\n",
                f"Aktualisiert {time}\n{city}, {day}. {month} ({agency}) -- ",
                f"{city}, {time} Uhr – ",
            ]
        )
    )


@settings(max_examples=80, deadline=None)
@given(head=datelines())
def test_a_dateline_or_timestamp_yields_no_figure(head):
    text = head + "Der Minister traf den Botschafter der Volksrepublik China."
    assert bycn.parse_text(text).figures.empty, text


@settings(max_examples=80, deadline=None)
@given(
    word=st.sampled_from(NUMBER_WORDS),
    unit=st.sampled_from(sorted({**MONEY, **OTHER})),
    scale=st.sampled_from(["", "Millionen", "Milliarden"]),
)
def test_a_number_word_before_a_unit_gives_that_unit(word, unit, scale):
    if unit not in MONEY:
        scale = ""
    text = f"Der Wert betrug {word} {scale + ' ' if scale else ''}{unit} im Berichtsjahr."
    rows = bycn.parse_text(text).figures
    assert len(rows) == 1, text
    assert rows["unit"].iloc[0] == {**MONEY, **OTHER}[unit], text
    expected = parse_number_word(word) * {"": 1.0, "Millionen": 1e6, "Milliarden": 1e9}[scale]
    assert rows["value"].iloc[0] == pytest.approx(expected)


_PIECES = st.sampled_from(
    ["1", "2", "12", "123", "2020", "0", ",", ".", " ", "-", "+", "−", "–", "/", "%", "Mrd.", "$"]
)


@settings(max_examples=150, deadline=None)
@given(
    shape=st.lists(_PIECES, min_size=1, max_size=16).map("".join),
    before=st.sampled_from(["Die Anlage stellt ", "Es waren ", "", "Platz ", "zwischen "]),
    after=st.sampled_from(["-Triazol her.", " Prozent.", " Unternehmen.", "", " Mio. Euro."]),
)
def test_no_number_shaped_string_makes_the_parser_raise(shape, before, after):
    text = before + shape + after
    document = bycn.parse_text(text)
    for row in document.figures.itertuples():
        assert row.text == fold(text[row.start : row.end])


@pytest.mark.parametrize(
    "text",
    [
        "Die Anlage stellt 1,2,4-Triazol her.",
        "Das Werk liefert 2,4,6-Trinitrotoluol.",
        "In den Jahren 2020,2021,2022 stieg der Wert.",
    ],
)
def test_comma_grouped_numbers_are_no_figures_and_no_crash(text):
    assert bycn.parse_text(text).figures.empty


_NOW_PIECES = ["heute", "Heute", "derzeit", "jederzeit", "Leute", "bisher", "Bislang", "bereits"]
_NOW_PIECES += ["inzwischen", "aktuell", "Aktuelle", "zurzeit", "gegenwärtig", " ", ",", "x"]
_NOW_PIECES += ["nun", "Nun", "und", "heutigen", "Heutige"]


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(_NOW_PIECES), max_size=12))
def test_the_words_of_now_are_found_as_the_now_pattern_finds_them(pieces: list[str]) -> None:
    from bycn.text.datepatterns import PATTERNS, families_of
    from bycn.text.nowwords import now_matches

    text = "".join(pieces)
    [pattern] = [p for kind, *_, p in PATTERNS if kind == "now"]
    found = [m.span() for m in now_matches(text)]
    assert found == [m.span() for m in pattern.finditer(text)]
    # find_dates tries the pattern only in a text of the family "now"
    assert not found or "now" in families_of(text)
