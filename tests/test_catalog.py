"""The indicator catalog: the shipped file is complete and valid; a bad one fails at once."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml

from bycn.exceptions import CatalogError
from bycn.indicators.catalog import Catalog, default_catalog_path, load_catalog, parse_catalog
from bycn.text.lexicon import LEXICON

#: Every indicator of indicators.md.
SPEC_IDS = {
    "park.residents",
    "park.new_residents",
    "park.countries",
    "park.investment_declared",
    "park.investment_actual",
    "park.jobs",
    "park.exports",
    "park.output",
    "park.revenue",
    "trade.turnover",
    "trade.exports",
    "trade.food_exports",
    "trade.regional",
    "trade.accredited_producers",
    "trade.chinese_investment",
    "edu.agreements",
    "edu.students_by_in_cn",
    "edu.students_cn_in_by",
    "edu.joint_programmes",
    "edu.joint_structures",
    "edu.institution_agreements",
    "edu.institution_students",
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def test_shipped_catalog_declares_every_indicator_of_the_spec(catalog: Catalog) -> None:
    assert set(catalog.ids) == SPEC_IDS
    for indicator in catalog.indicators:
        assert indicator.label("en") and indicator.label("de") and indicator.meaning
        assert indicator.rules, indicator.id


def test_entities_by_kind(catalog: Catalog) -> None:
    regions = catalog.entity_names("region")
    assert isinstance(regions, tuple)
    assert {
        "Minsk",
        "Gomel region",
        "Vitebsk region",
        "Grodno region",
        "Brest region",
        "Mogilev region",
    } <= set(regions)
    assert {"BSU", "BNTU", "BSTU", "BrSTU"} <= set(catalog.entity_names("institution"))
    assert catalog.entity_names("park") == ("Great Stone",)
    assert "Velikiy Kamen" in catalog.entity("Great Stone").aliases
    assert catalog.entity_names("no such kind") == ()


def test_catalog_objects_are_immutable(catalog: Catalog) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        catalog.indicators[0].id = "x"  # type: ignore[misc]


def test_the_default_catalog_is_the_package_file() -> None:
    shipped = Path(__file__).resolve().parents[1] / "src" / "bycn" / "indicators" / "catalog.yaml"
    assert load_catalog().path == default_catalog_path() == shipped


def _valid() -> dict:
    return {
        "clause_boundary": ",|;",
        "entities": [
            {"name": "Great Stone", "kind": "park", "aliases": ["Veliky Kamen"]},
            {"name": "Minsk", "kind": "region"},
        ],
        "indicators": [
            {
                "id": "park.residents",
                "label": {"en": "Residents", "de": "Residenten"},
                "meaning": "registered residents",
                "units": ["count"],
                "entity": {"fixed": "Great Stone"},
                "rules": [{"units": ["count"], "near": ["Einwohner"]}],
            }
        ],
    }


def test_a_valid_minimal_catalog_parses() -> None:
    catalog = parse_catalog(_valid())
    assert catalog.ids == ("park.residents",)
    assert catalog.indicator("park.residents").entity.fixed == "Great Stone"


def test_a_bad_catalog_reports_every_problem_in_one_error(tmp_path: Path) -> None:
    data = _valid()
    good = data["indicators"][0]
    data["indicators"] = [
        {**good, "colour": "red"},  # unknown key
        {k: v for k, v in good.items() if k != "meaning"} | {"id": "park.jobs"},  # missing
        {**good, "id": "park.output", "rules": [{"units": ["count"], "near": ["(unclosed"]}]},
        {**good, "id": "park.exports", "units": ["dollars"]},  # unknown unit
        {**good},  # duplicate id
        {**good, "id": "trade.regional", "entity": {"fixed": "Atlantis"}},  # unknown entity
    ]
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load_catalog(path)
    message = str(caught.value)
    problems = caught.value.problems  # type: ignore[attr-defined]
    assert message.startswith(f"{path}: ")
    expected = [
        ("indicators[park.residents]", "unknown key 'colour'"),
        ("indicators[park.jobs]", "missing 'meaning'"),
        ("indicators[park.output].rules[0].near[0]", "bad regular expression '(unclosed'"),
        ("indicators[park.exports].units", "unknown unit 'dollars'"),
        ("indicators[park.residents]", "duplicate indicator id 'park.residents'"),
        ("indicators[trade.regional].entity.fixed", "unknown entity 'Atlantis'"),
    ]
    for where, what in expected:
        assert any(p.where == where and what in p.what for p in problems), (where, what, problems)
        assert what in message
    assert f"{len(problems)} problems" in message


def test_unreadable_or_malformed_files_raise_catalog_errors(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="cannot read"):
        load_catalog(tmp_path / "missing.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("indicators: [unclosed\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="not valid YAML"):
        load_catalog(broken)
    with pytest.raises(CatalogError, match="expected a mapping at the top"):
        parse_catalog(["a", "list"])


def test_a_catalog_is_built_once_per_content_and_an_edited_file_is_read_anew(
    tmp_path: Path,
) -> None:
    path = tmp_path / "catalog.yaml"
    path.write_text(yaml.safe_dump(_valid(), allow_unicode=True), encoding="utf-8")
    first = load_catalog(path)
    assert load_catalog(path) is first
    edited = _valid()
    edited["indicators"][0]["rules"][0]["near"] = ["Residenten"]  # as long as "Einwohner"
    path.write_text(yaml.safe_dump(edited, allow_unicode=True), encoding="utf-8")
    again = load_catalog(path)
    assert again is not first
    assert again.indicator("park.residents").rules[0] != first.indicator("park.residents").rules[0]


def test_an_entity_names_itself_as_a_subject_in_both_languages() -> None:
    data = _valid()
    data["entities"][1] |= {
        "label": {"en": "Minsk (city)", "de": "Stadt Minsk"},
        "subject": {"en": "the city of Minsk", "de": "die Stadt Minsk"},
    }
    minsk = parse_catalog(data).entity("Minsk")
    assert (minsk.subject("en"), minsk.subject("de")) == ("the city of Minsk", "die Stadt Minsk")
    assert parse_catalog(_valid()).entity("Minsk").subject("de") == "Minsk"  # its label, else name
    data["entities"][1]["subject"] = {"en": "the city of Minsk"}
    with pytest.raises(CatalogError, match=r"entities\[Minsk\]\.subject: missing 'de'"):
        parse_catalog(data)


def test_every_region_and_institution_has_a_subject_in_both_languages(catalog: Catalog) -> None:
    for kind in ("region", "institution"):
        for name in catalog.entity_names(kind):
            entity = catalog.entity(name)
            assert entity.subject_en and entity.subject_de, name


def test_the_clause_boundary_has_one_home_the_catalog() -> None:
    # No default elsewhere: a catalog without its boundary is a problem that names it.
    data = _valid()
    del data["clause_boundary"]
    with pytest.raises(CatalogError, match="catalog: missing 'clause_boundary'"):
        parse_catalog(data)
    data["clause_boundary"] = "(unclosed"
    with pytest.raises(CatalogError, match=r"clause_boundary: bad regular expression"):
        parse_catalog(data)
    assert parse_catalog(_valid()).clause_boundary.pattern == ",|;"


def test_not_names_must_hold_a_name_of_their_entity_and_no_other_entitys() -> None:
    data = _valid()
    data["entities"][1] |= {
        "aliases": ["Hauptstadt"],
        "not_names": ["chinesische Hauptstadt", "Hauptstadtregion", "Hauptstadt", "Veliky Kamen"],
    }
    with pytest.raises(CatalogError) as caught:
        parse_catalog(data)
    problems = [(p.where, p.what) for p in caught.value.problems]  # type: ignore[attr-defined]
    assert problems == [
        ("entities[Minsk].not_names", "'Hauptstadtregion' holds none of the entity's names"),
        ("entities[Minsk].not_names", "'Hauptstadt' is one of the entity's own names"),
        ("entities[Minsk].not_names", "'Veliky Kamen' holds none of the entity's names"),
        ("entities[Minsk].not_names", "'Veliky Kamen' is a name of entity 'Great Stone'"),
    ]
    data["entities"][1]["not_names"] = ["chinesische Hauptstadt"]
    assert parse_catalog(data).entity("Minsk").not_names == ("chinesische Hauptstadt",)


def test_every_region_is_named_in_its_transliterations_and_forms(catalog: Catalog) -> None:
    # Each of the six regions by the German and the English transliteration of its
    # name, with its adjective (German does not decline it); Minsk city and region apart.
    forms = {
        "Brest region": ("Brest", "Brester"),
        "Gomel region": ("Gomel", "Homel", "Gomeler"),
        "Grodno region": ("Grodno", "Hrodna", "Grodnoer"),
        "Mogilev region": ("Mogiljow", "Mogilev", "Mogilew", "Mahiljou", "Mogiljower"),
        "Vitebsk region": ("Witebsk", "Vitebsk", "Witebsker"),
        "Minsk region": (
            "Gebiet Minsk",
            "Region Minsk",
            "Minsker Gebiet",
            "Oblast Minsk",
            "Minsker Gebietsexekutivkomitee",
        ),
        "Minsk": ("Stadt Minsk", "Minsker", "Hauptstadt", "belarussischen Hauptstadt"),
    }
    for name, names in forms.items():
        assert set(names) <= set(catalog.entity(name).names), name


def test_not_named_names_kinds_of_entities() -> None:
    data = _valid()
    data["indicators"][0]["rules"][0]["not_named"] = ["region", "planet"]
    with pytest.raises(CatalogError, match=r"rules\[0\]\.not_named: no entity has kind 'planet'"):
        parse_catalog(data)
    data["indicators"][0]["rules"][0]["not_named"] = ["region"]
    assert parse_catalog(data).indicator("park.residents").rules[0].not_named == ("region",)


def test_also_names_kinds_of_entities_beside_a_kind() -> None:
    # An indicator's entity may be of other kinds too ("also": the academy of sciences'
    # agreements, as a university's); each must be a kind of the catalog's entities.
    data = _valid()
    data["indicators"][0]["entity"] = {"kind": "region", "also": ["park", "planet"]}
    with pytest.raises(CatalogError, match=r"entity\.also\[1\]: no entity has kind 'planet'"):
        parse_catalog(data)
    data["indicators"][0]["entity"] = {"fixed": "Great Stone", "also": ["park"]}
    with pytest.raises(CatalogError, match=r"entity\.also: other kinds need a 'kind'"):
        parse_catalog(data)
    data["indicators"][0]["entity"] = {"kind": "region", "also": ["park"]}
    spec = parse_catalog(data).indicator("park.residents").entity
    assert (spec.places, spec.takes("park"), spec.takes("region"), spec.takes(None)) == (
        ("region", "park"),
        True,
        True,
        False,
    )


def test_the_park_context_sees_every_name_of_the_park(catalog: Catalog) -> None:
    # The park's names live twice: as the entity's aliases and in the rules' context
    # patterns (or topic patterns, for a rule that reads the whole text before the
    # figure); a name added to one must be seen by the other.
    park = catalog.entity("Great Stone")
    for indicator in catalog.indicators:
        if indicator.entity.fixed != park.name:
            continue
        for rule in indicator.rules:
            patterns = rule.context or rule.topic
            for name in park.names:
                assert any(p.search(name) for p in patterns), (indicator.id, name)


def test_coordination_is_optional_and_checked() -> None:
    assert parse_catalog(_valid()).coordination is None
    data = _valid() | {"coordination": "(?:und|,"}
    with pytest.raises(CatalogError, match=r"coordination: bad regular expression"):
        parse_catalog(data)
    assert load_catalog().coordination.fullmatch(" und das Gebiet ")


def test_a_regex_names_a_word_list_of_the_lexicon_which_has_its_one_home_there() -> None:
    data = _valid() | {"told_at": r"\b{lexicon:saying_verbs}\b.*\bin\s+$"}
    told_at = parse_catalog(data).told_at
    # every word of the list, the longest first, a space matching any whitespace
    for said in ("sagte", "mitteilten", "bekanntgegeben", "hieß\nes"):
        assert told_at.search(f"{said} der Minister in "), said
    assert not told_at.search("Treffen in ")
    # an unknown name is an error at load that says where and which lists there are
    data["told_at"] = r"\b{lexicon:saying_verb}\b"
    with pytest.raises(CatalogError, match=r"told_at: .*no word list of the lexicon: saying_verb"):
        parse_catalog(data)
    data = _valid() | {"refer_back": {"openers": ["^(?:Er|Sie) (?!{lexicon:verbs})"]}}
    with pytest.raises(CatalogError, match=r"refer_back\.openers\[0\]: .*known: .*saying_verbs"):
        parse_catalog(data)


def test_the_shipped_catalog_takes_the_verbs_of_saying_from_the_lexicon(catalog: Catalog) -> None:
    text = catalog.path.read_text("utf-8")
    assert "{lexicon:saying_verbs}" in text and "|sagte|" not in text
    for verb in LEXICON.saying_verbs:
        assert catalog.told_at.search(f", {verb} der Minister am Dienstag in "), verb
    opener = next(p for p in catalog.refer_back.openers if p.pattern.startswith("^(?:Er|Sie)"))
    # "Sie" refers back, unless a verb of saying follows it: then it is who told the figure
    assert opener.search("Sie stiegen um 12 Prozent")
    assert not opener.search("Sie teilten mit")
    assert not opener.search("Er sagte")
    assert opener.search("Er bekannte")  # a word that only begins like one is none


def test_the_earlier_level_is_optional_and_checked() -> None:
    assert parse_catalog(_valid()).earlier_level.before == ()
    data = _valid() | {"earlier_level": {"before": ["von$"], "period": [r"seit (\d{4})"]}}
    with pytest.raises(CatalogError, match=r"earlier_level.period: .* has no group 'start'"):
        parse_catalog(data)
    data = _valid() | {"earlier_level": {"befor": ["von$"]}}
    with pytest.raises(CatalogError, match=r"earlier_level"):
        parse_catalog(data)
    data = _valid() | {"earlier_level": {"period": [r"seit (?P<start>\d{4})"]}}
    assert parse_catalog(data).earlier_level.period[0].pattern == r"seit (?P<start>\d{4})"
