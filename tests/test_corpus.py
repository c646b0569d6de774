"""A corpus is a folder: documents, their dates and provenance, the cache, bycn corpus/add."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from tests.conftest import FIXTURES, news_series

import bycn
from bycn.cli import main
from bycn.exceptions import InputError, SchemaError
from bycn.indicators.series import load_series
from bycn.schema import DOCUMENTS, FIGURES, SERIES, Column, Schema, table
from bycn.text import workers as workers_module
from bycn.text.corpus import add_document, read_corpus
from bycn.text.datelines import read_head
from bycn.text.document import default_corpus_path

CORPUS = FIXTURES / "corpus"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus():
    return read_corpus(CORPUS, cache=False)


def _figure(corpus, doc: str, text: str) -> pd.Series:
    rows = corpus.figures[(corpus.figures["doc"] == doc) & (corpus.figures["text"] == text)]
    assert len(rows) == 1, (doc, text, corpus.figures[corpus.figures["doc"] == doc]["text"])
    return rows.iloc[0]


# --- documents, dates and provenance --------------------------------------------------


def test_the_documents_table_gives_each_documents_metadata_and_where_its_date_came_from(corpus):
    docs = corpus.documents.set_index("doc")
    assert list(corpus.documents.columns) == DOCUMENTS.names
    assert len(docs) == 7
    assert docs.loc["minsk-gebiet-handel", ["date", "date_source", "publisher"]].tolist() == [
        "2019-08-06",
        "dateline",
        "BelTA",
    ]
    assert docs.loc["minsk-gebiet-handel", "title"].startswith("Handelsvolumen zwischen Gebiet")
    gomel = docs.loc["gomel-milch"]
    assert (gomel["date"], gomel["date_source"], gomel["publisher"]) == (
        "2021-09-14",
        "front matter",
        "Beispiel-Agentur",
    )
    assert gomel["url"] == "https://news.example.org/gomel-milch-2021"
    assert docs.loc["brest-messe", "date"] == "2020-03-12"  # the date line, not the dateline
    assert docs.loc["park-bewohner", ["date", "date_source"]].tolist() == ["2022-03-15", "dateline"]
    # "Berlin (dpa) -" has no date: the document has none, and says so.
    assert docs.loc["witebsk-investitionen", ["date", "date_source", "publisher"]].tolist() == [
        "",
        "",
        "dpa",
    ]
    assert (docs["figures"] == corpus.figures.groupby("doc").size().reindex(docs.index)).all()


def test_web_pages_give_their_main_text_title_date_and_url(corpus):
    docs = corpus.documents.set_index("doc")
    grodno = docs.loc["grodno-seite"]
    assert grodno["kind"] == "html"
    assert grodno["title"] == "Grodno steigert Lebensmittelexporte nach China"
    assert (grodno["date"], grodno["date_source"]) == ("2022-07-20", "html")
    assert grodno["url"] == "https://news.example.org/wirtschaft/grodno-china-2022"
    assert docs.loc["mogiljow-seite", "date"] == "2023-02-08"
    grodno_figures = corpus.figures[corpus.figures["doc"] == "grodno-seite"]
    # Navigation, teasers and footer are no text: "30 Grad", "3:1", "2024" are not figures.
    assert not grodno_figures["sentence"].str.contains("Grad|Pokal|Impressum").any()
    assert "48,6 Millionen Dollar" in set(grodno_figures["text"])


def test_the_head_of_a_news_text_is_no_body_text(corpus):
    minsk = corpus.figures[corpus.figures["doc"] == "minsk-gebiet-handel"]
    assert minsk["line"].min() > 3  # "06 August 2019, 16:38" gives no "38 ..." figure
    assert not minsk["sentence"].str.contains("BelTA|MINSK").any()
    sentences = corpus.sentences[corpus.sentences["doc"] == "minsk-gebiet-handel"]
    assert sentences.iloc[0]["text"].startswith("Der Handelsumsatz des Gebiets Minsk")


def test_relative_periods_resolve_against_the_document_date(corpus):
    assert _figure(corpus, "minsk-gebiet-handel", "18,5 Prozent")["as_of"] == "2019-H1"
    assert _figure(corpus, "minsk-gebiet-handel", "41,3 Millionen Dollar")["as_of"] == (
        "2018-01/2018-08"
    )
    assert _figure(corpus, "minsk-gebiet-handel", "27 Unternehmen")["as_of"] == "2019-08"
    assert _figure(corpus, "brest-messe", "23 Prozent")["as_of"] == "2019"
    assert _figure(corpus, "gomel-milch", "14 Betriebe")["as_of"] == "2021-09"
    assert _figure(corpus, "mogiljow-seite", "96 Millionen Dollar")["as_of"] == "2022"
    # No document date: nothing to resolve against, so no date is made up.
    assert _figure(corpus, "witebsk-investitionen", "35 Millionen Dollar")["as_of"] == ""


@pytest.mark.parametrize(
    ("head", "date", "agency"),
    [
        ("Titel\n\nMINSK, 6. August 2019 (BelTA) – Der Text.\n", "2019-08-06", "BelTA"),
        ("MINSK, 6. August (BelTA) – Im Jahr 2018 und 2019 ...\n", "2019-08-06", "BelTA"),
        ("Titel\n\nBerlin (dpa) - Der Text.\n", "", "dpa"),
        ("2020-03-12\n\nTitel\n\nDer Text.\n", "2020-03-12", ""),
        ("12. März 2020\nDer Text beginnt hier.\n", "2020-03-12", ""),
        ("Titel\n06.08.2019, 16:38 Uhr\nDer Text.\n", "2019-08-06", ""),
        # An agency between slashes, a month cut short, a time, a letter's "den".
        ("Titel\n\nMinsk, 14. November 2023 /BelTA/. Der Text.\n", "2023-11-14", "BelTA"),
        ("MINSK, 3. Sept. (BelTA) – Im Jahr 2023 wuchs er.\n", "2023-09-03", "BelTA"),
        ("PEKING, 3. Mai 2021, 10:15 (Xinhua) — Der Text.\n", "2021-05-03", "Xinhua"),
        ("Minsk, den 14. November 2023\n\nPresseerklärung\n\nDer Text.\n", "2023-11-14", ""),
        # The year of a plan is not the text's: the latest other year is.
        (
            "GOMEL, 22. Mai (BelTA) – Bis 2025 soll der Handel wachsen; im ersten Quartal "
            "2023 wuchs er, der Plan für 2024 steht.\n",
            "2023-05-22",
            "BelTA",
        ),
        # Only a plan's year: the text's own year is unknown, and none is made up.
        ("MINSK, 2. Mai (BelTA) – Das Ziel bis zum Jahr 2030 steht.\n", "", "BelTA"),
    ],
)
def test_datelines_and_date_lines(head, date, agency):
    found = read_head(head)
    assert (found.date, found.agency) == (date, agency)
    assert found.spans


def test_a_text_without_a_head_has_none():
    assert read_head(" Titel\n \nDer Park hat 85 Einwohner.\n").spans == ()
    assert read_head("Die Zahl stieg 2021 (laut Bericht) - sagte er.\n").date == ""


# --- front matter errors ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("autor: X\n", r"a\.txt: front matter: unknown key 'autor'"),
        ("date: 6.8.2019\n", r"a\.txt: front matter: date: '6\.8\.2019' is not an ISO date"),
        ("title: [unclosed\n", r"a\.txt: front matter is not valid YAML"),
        ("date: 2019-13-01\n", r"a\.txt: front matter: date: '2019-13-01' is not an ISO date"),
    ],
)
def test_bad_front_matter_names_the_file_and_the_key(tmp_path, front, message):
    (tmp_path / "a.txt").write_text(f"---\n{front}---\nText mit 5 Betrieben.\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_corpus(tmp_path, cache=False)


# --- folders: empty, bad documents ---------------------------------------------------


def test_an_empty_folder_gives_empty_tables_with_the_right_columns(tmp_path):
    empty = read_corpus(tmp_path, cache=False)
    assert empty.documents.empty and list(empty.documents.columns) == DOCUMENTS.names
    assert empty.figures.empty and list(empty.figures.columns) == FIGURES.names
    assert list(load_series(empty).columns) == SERIES.names


def test_a_document_that_cannot_be_read_stops_the_read_naming_it(tmp_path, capsys):
    shutil.copy(CORPUS / "brest-messe.txt", tmp_path)
    (tmp_path / "kaputt.txt").write_bytes("Größe 12".encode("latin-1"))
    with pytest.raises(InputError, match=r"kaputt\.txt: not UTF-8"):
        read_corpus(tmp_path, cache=False)
    assert main(["series", str(tmp_path), "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "kaputt.txt" in err


def test_other_files_in_a_corpus_are_errors_but_notes_are_not(tmp_path):
    shutil.copy(CORPUS / "brest-messe.txt", tmp_path)
    (tmp_path / "README.md").write_text("# Notes\n", encoding="utf-8")
    assert read_corpus(tmp_path, cache=False).documents["doc"].tolist() == ["brest-messe"]
    (tmp_path / "scan.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match=r"scan\.pdf: not a corpus document"):
        read_corpus(tmp_path, cache=False)


def test_two_documents_with_one_id_are_an_error(tmp_path):
    shutil.copy(CORPUS / "brest-messe.txt", tmp_path)
    shutil.copy(CORPUS / "brest-messe.txt", tmp_path / "brest-messe.md")
    with pytest.raises(InputError, match="document id 'brest-messe' is already taken"):
        read_corpus(tmp_path, cache=False)


def test_the_default_corpus_is_the_projects_data_raw_folder(monkeypatch):
    monkeypatch.chdir(REPO / "notebooks")
    assert default_corpus_path() == REPO / "data" / "raw"


def test_bycn_corpus_names_the_default_corpus_and_not_the_cache(monkeypatch, tmp_path):
    from bycn.text.corpus import default_cache_dir

    monkeypatch.chdir(REPO / "notebooks")
    monkeypatch.delenv("BYCN_CACHE", raising=False)
    monkeypatch.setenv("BYCN_CORPUS", str(tmp_path))
    assert default_corpus_path() == tmp_path
    # the project's cache stays where it is: it is keyed by each document's content
    assert default_cache_dir() == REPO / "data" / "processed" / "cache"
    monkeypatch.setenv("BYCN_CORPUS", str(tmp_path / "gone"))
    with pytest.raises(InputError, match=r"\$BYCN_CORPUS: .*gone: no such file or folder"):
        default_corpus_path()


# --- the cache and parallel parsing --------------------------------------------------


def test_each_document_is_parsed_once_and_only_new_or_changed_ones_again(tmp_path, counted):
    folder, cache = tmp_path / "raw", tmp_path / "cache"
    shutil.copytree(CORPUS, folder)
    first = read_corpus(folder, cache=cache)
    assert len(counted) == 7
    counted.clear()
    again = read_corpus(folder, cache=cache)
    assert counted == []
    for name in ("documents", "articles", "footnotes", "sentences", "figures"):
        pd.testing.assert_frame_equal(getattr(first, name), getattr(again, name))
    pd.testing.assert_frame_equal(first.figures, read_corpus(folder, cache=False).figures)
    counted.clear()
    shutil.copy(REPO / "data" / "raw" / "belarus-china-2021-2023.de.txt", folder)
    (folder / "brest-messe.txt").write_text("2021-01-05\n\nDer Export stieg um 9 Prozent.\n")
    (folder / "gomel-milch.md").unlink()
    grown = read_corpus(folder, cache=cache)
    assert sorted(counted) == ["belarus-china-2021-2023.de.txt", "brest-messe.txt"]
    assert len(grown.documents) == 7 and "gomel-milch" not in set(grown.figures["doc"])
    assert grown.documents.set_index("doc").loc["brest-messe", "date"] == "2021-01-05"
    assert load_series(grown)["doc"].ne("gomel-milch").all()
    assert (grown.figures["doc"] == "belarus-china-2021-2023.de").sum() == 223


def test_parallel_parsing_gives_the_same_tables(tmp_path, monkeypatch):
    monkeypatch.setattr(workers_module, "_PARALLEL_BYTES", 0)
    serial = read_corpus(CORPUS, cache=False, jobs=1)
    parallel = read_corpus(CORPUS, cache=False, jobs=2)
    for name in ("documents", "sentences", "figures"):
        pd.testing.assert_frame_equal(getattr(serial, name), getattr(parallel, name))


def _parse_with(monkeypatch, change):
    """Parsing in which ``change`` alters every figure row the parser gives."""
    original = workers_module.parse_file

    def parse(path, content):
        parsed = original(path, content)
        for row in parsed.rows["figures"]:
            change(row)
        return parsed

    monkeypatch.setattr(workers_module, "parse_file", parse)


def test_a_table_the_parser_gets_wrong_is_refused_as_before(tmp_path, monkeypatch):
    # A blank unit passes no schema: the batch's columns are sent back as they are,
    # and the parent's columns_table names the column, as it did for every batch.
    _parse_with(monkeypatch, lambda row: row.update(unit=" "))
    with pytest.raises(SchemaError, match="unit"):
        read_corpus(CORPUS, cache=tmp_path / "cache")
    assert not (tmp_path / "cache").exists()


def test_values_arrow_would_convert_otherwise_are_converted_as_pandas_does(monkeypatch):
    # pandas reads a bool in an int column as 1 and a text in a float column as a
    # number; Arrow refuses both, so these batches take the pandas way, with its values.
    plain = read_corpus(CORPUS, cache=False).figures
    _parse_with(monkeypatch, lambda row: row.update(line=True, value=str(row["value"])))
    odd = read_corpus(CORPUS, cache=False).figures
    assert odd["line"].eq(1).all() and odd["value"].tolist() == plain["value"].tolist()
    pd.testing.assert_frame_equal(odd.drop(columns=["line"]), plain.drop(columns=["line"]))


def test_each_distinct_text_of_a_table_is_one_object_also_read_from_the_cache(tmp_path):
    # A sentence with many figures is held once, not once per figure row.
    read_corpus(CORPUS, cache=tmp_path)
    figures = read_corpus(CORPUS, cache=tmp_path).figures  # from the cache
    counts = figures["sentence"].value_counts()
    rows = figures.index[figures["sentence"] == counts.index[0]]
    assert counts.iloc[0] > 1 and figures.at[rows[0], "sentence"] is figures.at[rows[1], "sentence"]


def _figures_of(tables):
    """A derive hook: the document's id and how many figures its columns hold."""
    return tables["documents"]["doc"][0], len(tables["figures"]["figure_id"])


def test_a_derive_hook_sees_each_document_parsed_and_only_those(tmp_path, monkeypatch):
    folder, cache = tmp_path / "raw", tmp_path / "cache"
    shutil.copytree(CORPUS, folder)
    monkeypatch.setattr(workers_module, "_PARALLEL_BYTES", 0)
    first = read_corpus(folder, cache=cache, jobs=2, derive=_figures_of)  # in workers
    counts = first.figures.groupby("doc").size()
    assert sorted(first.derived) == sorted(first.documents["doc"])
    for doc, (named, figures) in first.derived.items():
        assert named == doc and figures == counts.get(doc, 0)
    assert read_corpus(folder, cache=False, jobs=1, derive=_figures_of).derived == first.derived
    (folder / "brest-messe.txt").write_text("2021-01-05\n\nDer Export stieg um 9 Prozent.\n")
    again = read_corpus(folder, cache=cache, derive=_figures_of)  # the others are cached
    assert again.derived == {"brest-messe": ("brest-messe", 1)}
    assert read_corpus(folder, cache=cache).derived == {}


# --- series over a corpus: dated_by, doc, entities -----------------------------------


def test_series_points_say_how_they_were_dated_and_from_which_document(corpus):
    series = load_series(corpus)
    assert set(series["doc"]) <= set(corpus.documents["doc"])
    park = series[series["doc"] == "park-bewohner"].set_index("indicator")
    assert park.loc["park.jobs", ["as_of", "dated_by"]].tolist() == ["2022-03", "document"]
    gomel = series[series["doc"] == "gomel-milch"]
    assert set(gomel["source_url"]) == {"https://news.example.org/gomel-milch-2021"}
    assert set(series["dated_by"]) <= {"text", "source", "document", ""}


def test_investment_and_trade_of_a_region_are_the_regions_points(corpus):
    series = load_series(corpus).set_index(["doc", "indicator"])
    # the amount, and the plan that refers back to it ("In diesem Jahr sollen es mehr als ...")
    minsk = series.loc[("minsk-gebiet-handel", "trade.chinese_investment")]
    assert set(minsk["entity"]) == {"Minsk region"}
    assert sorted(minsk["status"]) == ["actual", "target"]
    assert series.loc[("grodno-seite", "trade.accredited_producers"), "entity"] == ("Grodno region")
    assert "Belarus-China" not in set(series["entity"])
    # "Berlin (dpa) -" dates nothing: its figures are no points (a point is a value at one
    # date), though the same text with a date gives the region's.
    assert "witebsk-investitionen" not in set(series.index.get_level_values("doc"))
    text = (FIXTURES / "corpus" / "witebsk-investitionen.txt").read_text(encoding="utf-8")
    dated = news_series(text, "2023-05-10").set_index("indicator")
    assert dated.loc["trade.chinese_investment", ["entity", "as_of"]].tolist() == [
        "Vitebsk region",
        "2023-Q1",
    ]
    assert dated.loc["trade.regional", "entity"] == "Vitebsk region"


def test_the_shipped_corpus_dates_present_tense_figures_by_their_source():
    shipped = read_corpus(REPO / "data" / "raw" / "belarus-china-2021-2023.de.txt", cache=False)
    series = load_series(shipped)

    def point(indicator: str, value: float) -> tuple[str, str]:
        rows = series[(series["indicator"] == indicator) & (series["value"] == value)]
        assert len(rows) >= 1, (indicator, value)
        return rows.iloc[0]["as_of"], rows.iloc[0]["dated_by"]

    assert point("park.investment_actual", 830e6) == ("2023", "source")
    assert point("park.investment_declared", 1.34e9) == ("2023", "source")
    assert point("park.jobs", 1800) == ("2022", "source")
    assert point("edu.joint_structures", 9)[0] == "2023"
    assert point("edu.joint_programmes", 40)[0] == "2023"


# --- bycn corpus, bycn add -----------------------------------------------------------


def test_bycn_corpus_lists_the_documents(capsys):
    assert main(["corpus", str(CORPUS), "--no-cache"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ",".join(DOCUMENTS.names)
    assert len(lines) == 8 and any(line.startswith("grodno-seite,html,") for line in lines)


def test_table_commands_stack_every_document(capsys):
    assert main(["figures", str(CORPUS), "--no-cache", "--format", "json"]) == 0
    figures = pd.read_json(__import__("io").StringIO(capsys.readouterr().out))
    assert figures["doc"].nunique() == 7


def test_bycn_add_writes_front_matter_for_a_text(tmp_path, capsys):
    folder = tmp_path / "raw"
    folder.mkdir()
    source = tmp_path / "neu.txt"
    source.write_text("Gomel liefert mehr\n\nDer Export stieg im ersten Halbjahr um 5 Prozent.\n")
    args = ["add", str(source), "--corpus", str(folder), "--date", "2021-07-01"]
    assert main([*args, "--publisher", "BelTA", "--title", "Gomel: Export"]) == 0
    written = (folder / "neu.txt").read_text(encoding="utf-8")
    assert written.startswith("---\ntitle: 'Gomel: Export'\npublisher: BelTA\ndate: '2021-07-01'")
    added = read_corpus(folder, cache=False)
    assert added.documents.iloc[0][["date", "date_source"]].tolist() == [
        "2021-07-01",
        "front matter",
    ]
    assert added.figures.iloc[0]["as_of"] == "2021-H1"
    # The same text again (other front matter, other name) is already in the corpus.
    again = tmp_path / "nochmal.txt"
    again.write_text("---\npublisher: X\n---\n" + source.read_text(encoding="utf-8"))
    assert main(["add", str(again), "--corpus", str(folder)]) == 2
    assert "already in the corpus" in capsys.readouterr().err
    assert sorted(p.name for p in folder.iterdir()) == ["neu.txt"]


@pytest.mark.parametrize(
    ("content", "options", "message"),
    [
        ("Text.\n", ["--date", "6.8.2019"], "is not an ISO date"),
        ("---\ntitle: [x\n---\nText.\n", [], "front matter is not valid YAML"),
        ("---\nquelle: X\n---\nText.\n", [], "unknown key 'quelle'"),
        (None, [], "no such file"),
    ],
)
def test_bycn_add_refuses_in_one_line_and_writes_nothing(
    tmp_path, capsys, content, options, message
):
    folder = tmp_path / "raw"
    folder.mkdir()
    source = tmp_path / "neu.txt"
    if content is not None:
        source.write_text(content, encoding="utf-8")
    assert main(["add", str(source), "--corpus", str(folder), *options]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
    assert list(folder.iterdir()) == []


def test_bycn_add_copies_a_web_page(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    target = add_document(CORPUS / "grodno-seite.html", folder)
    assert target.read_bytes() == (CORPUS / "grodno-seite.html").read_bytes()
    with pytest.raises(InputError, match="web page carries its own metadata"):
        add_document(CORPUS / "mogiljow-seite.htm", folder, {"title": "X"})


def test_read_corpus_is_exported_lazily():
    assert bycn.read_corpus is read_corpus


def test_the_catalog_names_the_six_gebiete_and_minsk_city_in_both_languages():
    from bycn.indicators.catalog import load_catalog

    catalog = load_catalog()
    regions = [catalog.entity(name) for name in catalog.entity_names("region")]
    assert {r.label("de") for r in regions} == {
        "Gebiet Brest",
        "Gebiet Witebsk",
        "Gebiet Gomel",
        "Gebiet Grodno",
        "Gebiet Minsk",
        "Gebiet Mogiljow",
        "Stadt Minsk",
    }
    assert all(r.label_en and r.label_de for r in regions)


def test_a_label_must_give_both_languages():
    from bycn.exceptions import CatalogError
    from bycn.indicators.catalog import parse_catalog

    data = {
        "entities": [{"name": "X", "kind": "region", "label": {"en": "X"}}],
        "indicators": [],
    }
    with pytest.raises(CatalogError, match=r"entities\[X\]\.label: missing 'de'"):
        parse_catalog(data)


def test_a_cache_that_cannot_be_written_only_warns(tmp_path, capsys):
    blocked = tmp_path / "cache"
    blocked.write_text("not a folder", encoding="utf-8")
    read = read_corpus(CORPUS, cache=blocked)
    assert len(read.documents) == 7
    assert "cache not written" in capsys.readouterr().err


def test_the_cache_is_the_projects_and_a_folder_outside_any_project_is_read_uncached(
    tmp_path, monkeypatch
):
    from bycn.text.corpus import default_cache_dir

    monkeypatch.delenv("BYCN_CACHE", raising=False)
    assert default_cache_dir(REPO / "data" / "raw") == REPO / "data" / "processed" / "cache"
    assert default_cache_dir(tmp_path) is None
    monkeypatch.setenv("BYCN_CACHE", str(tmp_path / "c"))
    assert default_cache_dir(tmp_path) == tmp_path / "c"
    monkeypatch.setenv("BYCN_CACHE", "off")
    assert default_cache_dir(REPO / "data" / "raw") is None


def test_some_documents_of_a_corpus_are_read_alone(tmp_path):
    for name, n in (("a", 10), ("b", 20)):
        (tmp_path / f"{name}.txt").write_text(f"Der Export stieg um {n} Prozent.\n", "utf-8")
    read = read_corpus(tmp_path, cache=False, documents={"b"})
    assert read.documents["doc"].tolist() == ["b"]
    assert read.figures[["doc", "value"]].values.tolist() == [["b", 20.0]]


_CHECKED = Schema(
    "checked",
    (
        Column("doc", "str", "required", required=True),
        Column("kind", "str", "of a closed list", allowed=("text", "html")),
        Column("title", "str", "any text"),
    ),
)


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ({"doc": " ", "kind": "text", "title": ""}, "doc: 1 empty values"),
        ({"doc": "d", "kind": "pdf", "title": ""}, "kind: ['pdf'] not in"),
        ({"doc": "d", "kind": "text", "title": None}, "title: 1 non-text values"),
        ({"doc": "d", "kind": "text", "title": float("nan")}, "title: 1 non-text values"),
        ({"doc": "d", "kind": "text", "title": 3}, "title: 1 non-text values"),
    ],
)
def test_a_text_column_refuses_blank_unknown_and_missing_values(row, problem):
    # each text column is checked over its values as a list (schema._all_text)
    good = {"doc": "a", "kind": "html", "title": "T"}
    with pytest.raises(SchemaError) as raised:
        table([good, row], _CHECKED)
    assert problem in str(raised.value)
    assert list(table([good, {**good, "title": ""}], _CHECKED)["title"]) == ["T", ""]
