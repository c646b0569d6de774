"""The three real briefings, built end to end: papermill, nbconvert, WeasyPrint.

Each is executed on the ``bycn`` kernel from ``notebooks/`` and rendered to
HTML and PDF; the PDF's text is read back. Trade is built in both languages.
"""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from tests.conftest import ROOT

from bycn.build import build_report

pytestmark = pytest.mark.slow

BUILDS = {
    "trade": ("trade", {}),
    "trade--language-de": ("trade", {"language": "de"}),
    "education": ("education", {}),
    "park_investment": ("park_investment", {}),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    results = {}
    for stem, (name, params) in BUILDS.items():
        result = build_report(
            name, params, out_dir=out, notebooks_dir=ROOT / "notebooks", progress=False
        )
        assert result.stem == stem
        results[stem] = result
    return results


def pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        (
            "trade",
            [
                "Belarus–China trade",
                "USD 730.6 m [16]",
                "USD 613.8 m [16]",
                "USD 1.2 bn [33]",
                "USD 5.8 bn [111]",
                "Sources",
            ],
        ),
        (
            "trade--language-de",
            ["Handel Belarus–China", "730,6 Mio. USD [16]", "1,2 Mrd. USD [33]", "Quellen"],
        ),
        (
            "education",
            ["Belarus–China education ties", "more than 560 [123]", "8,000 [104]", "244 [67]"],
        ),
        (
            "park_investment",
            [
                "The Great Stone industrial park",
                "108 [117]",
                "at least 170 [1]",
                "USD 1.34 bn [116]",
                "Caveats",
                "100 [83]",
                "19 [86]",
            ],
        ),
    ],
)
def test_pdf_holds_key_figures_with_their_footnote_numbers(built, stem, expected):
    text = pdf_text(built[stem].pdf)
    for phrase in expected:
        assert phrase in text, phrase


def test_each_briefing_names_its_period_build_date_and_corpus(built):
    for result in built.values():
        text = pdf_text(result.pdf)
        assert re.search(r"(Period covered|Zeitraum) 20\d\d–20\d\d", text)
        assert re.search(r"(Built|Erstellt) \d{4}-\d{2}-\d{2}", text)
        assert re.search(r"(Corpus|Korpus) raw", text)  # the default corpus: data/raw/


def test_sources_section_lists_footnotes_with_urls(built):
    text = pdf_text(built["park_investment"].pdf)
    sources = text[text.index("Sources") :]
    assert "[116]" in sources and "https://www.belta.by/" in sources


def test_html_is_self_contained_without_code_or_remote_scripts(built):
    for result in built.values():
        html = result.html.read_text(encoding="utf-8")
        assert "<script src" not in html and '<link rel="stylesheet" href="http' not in html
        assert "jp-InputArea" not in html and "input_area" not in html
        assert "In&nbsp;[" not in html and "import bycn" not in html
        assert html.count('src="data:image/png;base64,') >= 2  # at least two charts, embedded


def test_source_text_is_escaped_in_the_briefing(tmp_path):
    """A corpus holding markup: the briefing shows it as text, never as HTML."""
    separator = " " * 49
    corpus = tmp_path / "hostile.txt"
    corpus.write_text(
        " Der Park <script>alert(0)</script>\n \n\n"
        "Ende 2022 waren im Industriepark Great Stone 100 Einwohner registriert, so die "
        'Verwaltung <script>alert(1)</script>"1 .\n\n'
        "Insgesamt waren bis Ende 2022 im Industriepark Great Stone 19 Einwohner registriert "
        '<img src=x onerror=alert(2)>"2 .\n\n'
        f"{separator}\n"
        "1 Der Park <script>alert(3)</script> wächst [Elektronische Ressource]. - 2022. - "
        "URL: https://example.org/a\n"
        "2 Neue Bewohner <img src=x onerror=alert(4)> [Elektronische Ressource]. - 2022. - "
        "URL: https://example.org/b\n",
        encoding="utf-8",
    )
    result = build_report(
        "park_investment",
        {"corpus": str(corpus)},
        out_dir=tmp_path / "out",
        notebooks_dir=ROOT / "notebooks",
        progress=False,
    )
    html = result.html.read_text(encoding="utf-8")
    assert "<script" not in html and "<img src=x" not in html
    # The quotes (a caveat: 100 vs 19 residents) and the sources show the markup as text.
    for n in (1, 3):
        assert f"&lt;script&gt;alert({n})" in html
    for n in (2, 4):
        assert f"&lt;img src=x onerror=alert({n})&gt;" in html
    assert "<script>alert(1)</script>" in pdf_text(result.pdf)
