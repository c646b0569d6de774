"""The as_of period format: every form the date parser writes is read back everywhere."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bycn import periods
from bycn.text.dates import find_dates

# One German phrase for every kind of date expression the parser knows, with the
# as_of value it must write (reference year 2021 for relative phrases).
WRITTEN = [
    ("von Januar bis Mai 2021", "2021-01/2021-05"),
    ("in den ersten drei Quartalen dieses Jahres", "2021-01/2021-09"),
    ("in den ersten fünf Monaten 2023", "2023-01/2023-05"),
    ("im ersten Quartal 2022", "2022-Q1"),
    ("im IV. Quartal 2020", "2020-Q4"),
    ("im ersten Halbjahr 2022", "2022-H1"),
    ("im zweiten Halbjahr des vergangenen Jahres", "2020-H2"),
    ("Mitte April 2022", "2022-04"),
    ("im Mai 2022", "2022-05"),
    ("Ende 2021", "2021-12"),
    ("bis Anfang 2022", "2022-01"),
    ("in den Jahren 2022-2024", "2022/2024"),
    ("im Jahr 2020", "2020"),
    ("derzeit", "2021"),
]


@pytest.mark.parametrize(("text", "as_of"), WRITTEN)
def test_every_form_the_date_parser_writes_is_read_back(text, as_of):
    written = [m.value for m in find_dates(text, 2021)]
    assert written == [as_of]
    bounds = periods.bounds(as_of)
    assert bounds is not None, f"{as_of!r} written but not readable"
    assert periods.months(as_of) >= 1
    assert periods.sort_key(as_of) > periods.sort_key("")
    for language in ("en", "de"):
        assert periods.label(as_of, language)


def test_a_half_year_has_bounds_and_a_label():
    assert periods.bounds("2022-H1") == ((2022, 1), (2022, 6))
    assert periods.bounds("2022-H2") == ((2022, 7), (2022, 12))
    assert periods.label("2022-H1", "de") == "1. Halbjahr 2022"
    assert periods.label("2022-H2", "en") == "H2 2022"


def test_labels_in_both_languages():
    assert periods.label("2021-12", "en") == "December 2021"
    assert periods.label("2021-12", "de") == "Dezember 2021"
    assert periods.label("2022-Q1", "de") == "1. Quartal 2022"
    assert periods.label("2021-01/2021-05", "de") == "Januar–Mai 2021"
    assert periods.label("", "en") is None
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        periods.label("2021", "fr")


def test_what_is_not_a_period():
    for text in ("", "soon", "2021-13", "2021-Q5", "2021-H3", "2022/2021", "Ende 2021"):
        assert periods.bounds(text) is None
        assert periods.months(text) is None
        assert periods.sort_key(text) == (0, 0, 0, 0)


def test_order_by_end_then_start():
    values = ["2022", "2021-12", "", "2022-Q1", "2022-H1", "2021-01/2021-05"]
    assert sorted(values, key=periods.sort_key) == [
        "",
        "2021-01/2021-05",
        "2021-12",
        "2022-Q1",
        "2022-H1",
        "2022",
    ]


years = st.integers(1990, 2100)


@given(years, st.integers(1, 12), st.integers(1, 4), st.integers(1, 2))
def test_written_periods_read_back_with_their_bounds(year, month, quarter, half):
    assert periods.bounds(periods.year(year)) == ((year, 1), (year, 12))
    assert periods.bounds(periods.month(year, month)) == ((year, month), (year, month))
    assert periods.months(periods.quarter(year, quarter)) == 3
    assert periods.months(periods.half(year, half)) == 6
    first, last = periods.month(year, 1), periods.month(year, month)
    assert periods.bounds(periods.span(first, last)) == ((year, 1), (year, month))
    assert periods.shift_years(periods.quarter(year, quarter), -1) == periods.quarter(
        year - 1, quarter
    )
