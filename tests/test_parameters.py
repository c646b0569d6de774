"""Briefing parameters: CLI typing, validation messages, defaults, report names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bycn.build.naming import variant_stem
from bycn.build.parameters import parse_assignments
from bycn.exceptions import ParameterError
from bycn.report.briefings import BRIEFINGS, check_parameters, get_briefing

REPO = Path(__file__).resolve().parents[1]


YEARS = "give a year from 1990 to 2100, or none"


def test_every_briefing_has_the_common_parameters_then_its_own():
    own = {"trade": "region", "education": "institution", "park_investment": "include_targets"}
    assert tuple(BRIEFINGS) == ("trade", "education", "park_investment")
    for name, briefing in BRIEFINGS.items():
        assert briefing.names == ("corpus", "start", "end", "language", own[name])


def test_the_default_corpus_is_the_projects_from_its_root_or_below(
    monkeypatch, tmp_path, corpus_path
):
    for folder in (REPO, REPO / "notebooks"):
        monkeypatch.chdir(folder)
        assert check_parameters("trade", {})["corpus"] == str(corpus_path.parent)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(
        ParameterError, match=r"^briefing 'trade': corpus: no corpus given, and no data/raw/"
    ):
        check_parameters("trade", {})


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("start=2022", {"start": 2022}),
        ("end= 2023 ", {"end": 2023}),
        ("start=none", {"start": None}),
        ("language=de", {"language": "de"}),
        ("region=Minsk", {"region": "Minsk"}),
        ("include_targets=true", {"include_targets": True}),
        ("include_targets=Yes", {"include_targets": True}),
        ("include_targets=1", {"include_targets": True}),
        ("include_targets=false", {"include_targets": False}),
        ("include_targets=no", {"include_targets": False}),
        ("include_targets=0", {"include_targets": False}),
        ("corpus=a=b.txt", {"corpus": "a=b.txt"}),
    ],
)
def test_parse_assignments_types_values_by_their_declaration(item, expected):
    briefing = "park_investment" if "include_targets" in item else "trade"
    assert parse_assignments(briefing, [item]) == expected


def test_parse_assignments_keeps_the_last_of_repeated_keys():
    assert parse_assignments("trade", ["start=2021", "start=2022"]) == {"start": 2022}


def test_unknown_key_names_it_and_only_the_briefings_own_parameters():
    with pytest.raises(ParameterError) as err:
        parse_assignments("trade", ["colour=red", "institution=BSU"])
    assert str(err.value) == (
        "briefing 'trade': 2 problems: "
        "colour: does not apply to this briefing (its parameters: corpus, start, end, "
        "language, region); "
        "institution: does not apply to this briefing (its parameters: corpus, start, end, "
        "language, region)"
    )


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ("language", "-p language: is not KEY=VALUE (e.g. -p language=de)"),
        ("=de", "-p =de: is not KEY=VALUE (e.g. -p language=de)"),
        ("start=soon", f"start: 'soon' is not allowed ({YEARS})"),
        (
            "include_targets=maybe",
            "include_targets: 'maybe' is not allowed (choose one of: true, false (or yes/no, 1/0))",
        ),
    ],
)
def test_malformed_assignments_say_what_is_wrong(item, message):
    briefing = "park_investment"
    with pytest.raises(ParameterError) as err:
        parse_assignments(briefing, [item])
    assert str(err.value) == f"briefing {briefing!r}: {message}"


def test_check_parameters_fills_every_default_in_declared_order(corpus_path):
    params = check_parameters("park_investment", {})
    assert params == {
        "corpus": str(corpus_path.parent),
        "start": None,
        "end": None,
        "language": "en",
        "include_targets": True,
    }
    assert list(params) == list(get_briefing("park_investment").names)


def test_check_parameters_converts_cli_strings_and_canonicalises_choices():
    params = check_parameters(
        "park_investment",
        {"start": "2021", "end": "2023", "language": "DE", "include_targets": "no"},
    )
    assert (params["start"], params["end"], params["language"], params["include_targets"]) == (
        2021,
        2023,
        "de",
        False,
    )


@pytest.mark.parametrize(
    ("briefing", "values", "message"),
    [
        ("trade", {"language": "fr"}, "language: 'fr' is not allowed (choose one of: en, de)"),
        ("trade", {"start": 1850}, f"start: 1850 is not allowed ({YEARS})"),
        ("trade", {"end": "later"}, f"end: 'later' is not allowed ({YEARS})"),
        ("trade", {"start": True}, f"start: True is not allowed ({YEARS})"),
        (
            "trade",
            {"start": 2023, "end": 2021},
            "start: 2023 is after end=2021 (choose start <= end)",
        ),
        ("trade", {"language": None}, "language: None is not allowed (choose one of: en, de)"),
        (
            "park_investment",
            {"include_targets": "perhaps"},
            "include_targets: 'perhaps' is not allowed (choose one of: true, false (or yes/no, "
            "1/0))",
        ),
        (
            "park_investment",
            {"include_targets": 1},
            "include_targets: 1 is not allowed (choose one of: true, false (or yes/no, 1/0))",
        ),
        (
            "education",
            {"region": "Minsk"},
            "region: does not apply to this briefing (its parameters: corpus, start, end, "
            "language, institution)",
        ),
    ],
)
def test_bad_values_end_in_one_line_naming_parameter_value_and_allowed(briefing, values, message):
    with pytest.raises(ParameterError) as err:
        check_parameters(briefing, values)
    assert str(err.value) == f"briefing {briefing!r}: {message}"
    assert "\n" not in str(err.value)


def test_every_bad_value_is_reported_at_once():
    with pytest.raises(ParameterError) as err:
        check_parameters("trade", {"language": "fr", "start": 1850, "colour": "red"})
    assert [(p.where, p.what.split(" (")[0]) for p in err.value.problems] == [
        ("colour", "does not apply to this briefing"),
        ("start", "1850 is not allowed"),
        ("language", "'fr' is not allowed"),
    ]


def test_an_unknown_briefing_names_the_known_ones():
    with pytest.raises(ParameterError) as err:
        check_parameters("weather", {})
    assert str(err.value) == "briefing 'weather': unknown; known: trade, education, park_investment"


def test_a_missing_corpus_is_named(tmp_path):
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(
        ParameterError, match=r"^briefing 'trade': corpus: '.*nowhere\.txt' does not exist "
    ):
        check_parameters("trade", {"corpus": str(missing)})


def test_a_relative_corpus_is_made_absolute(monkeypatch, corpus_path):
    monkeypatch.chdir(corpus_path.parent)
    params = check_parameters("trade", {"corpus": corpus_path.name})
    assert params["corpus"] == str(corpus_path)


def test_region_and_institution_all_need_no_catalog():
    assert check_parameters("trade", {"region": "ALL"})["region"] == "all"
    assert check_parameters("education", {})["institution"] == "all"


def test_region_and_institution_come_from_the_catalog():
    from bycn.indicators.catalog import load_catalog

    catalog = load_catalog()
    for briefing, key, kind in (
        ("trade", "region", "region"),
        ("education", "institution", "institution"),
    ):
        names = catalog.entity_names(kind)
        assert names, f"the catalog has no {kind} entities"
        assert check_parameters(briefing, {key: names[0].upper()})[key] == names[0]
        with pytest.raises(ParameterError) as err:
            check_parameters(briefing, {key: "Atlantis"})
        assert str(err.value) == (
            f"briefing {briefing!r}: {key}: 'Atlantis' is not allowed "
            f"(choose one of: all, {', '.join(names)})"
        )


def test_variants_never_share_a_stem():
    variants = [
        {},
        {"start": 2021},
        {"end": 2021},
        {"language": "de"},
        {"start": 2021, "language": "de"},
        {"start": 2021, "end": 2021},
    ]
    stems = {variant_stem("trade", check_parameters("trade", v)) for v in variants}
    assert len(stems) == len(variants)


def test_cli_rejects_a_bad_value_with_exit_2_before_any_kernel(tmp_path):
    # A fresh interpreter shows whether papermill (and so a kernel) was ever touched.
    out_dir = tmp_path / "reports"
    code = (
        "import sys\n"
        "from bycn.cli import main\n"
        f"rc = main(['report', 'trade', '-p', 'language=fr', '--out-dir', {str(out_dir)!r}])\n"
        "print(rc, 'papermill' in sys.modules)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        check=False,
    )
    assert run.stdout.split() == ["2", "False"]
    assert run.stderr == (
        "bycn: error: briefing 'trade': language: 'fr' is not allowed (choose one of: en, de)\n"
    )
    assert not out_dir.exists()


def test_cli_rejects_an_unknown_key_with_exit_2(capsys):
    from bycn.cli import main

    assert main(["report", "trade", "-p", "colour=red", "-q"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "bycn: error: briefing 'trade': colour: does not apply to this briefing "
        "(its parameters: corpus, start, end, language, region)\n"
    )


def test_report_help_lists_only_the_briefings_own_parameters(capsys):
    from bycn.cli import main

    with pytest.raises(SystemExit):
        main(["report", "trade", "--help"])
    out = capsys.readouterr().out
    assert "region" in out and "institution" not in out and "include_targets" not in out
    for name in get_briefing("trade").names:
        assert f"  {name} " in out


def test_the_briefings_listed_for_make_are_the_declared_ones(capsys):
    from bycn.cli import main

    assert main(["report", "--list"]) == 0
    assert capsys.readouterr().out.split() == list(BRIEFINGS)
