"""nbconvert exporters for briefings: outputs and prose only, in the house look.

:class:`BriefingHTMLExporter` renders an executed notebook to one
self-contained HTML file with the ``briefing`` template (no code, no
prompts, no scripts, images as data URIs, CSS inline);
:class:`BriefingPDFExporter` turns that same HTML into an A4 PDF with
WeasyPrint. ``bycn report`` uses both, so the CLI and nbconvert give the
same files::

    jupyter nbconvert --to briefing_pdf reports/executed/trade.ipynb
    jupyter nbconvert --to briefing_html reports/executed/trade.ipynb

In Python:

>>> import nbformat
>>> from bycn.build.exporter import BriefingHTMLExporter
>>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Trade")])
>>> html, _ = BriefingHTMLExporter().from_notebook_node(nb)
>>> "<title>Trade</title>" in html and "<script" not in html
True
"""

from __future__ import annotations

import logging
import re
from importlib import resources
from pathlib import Path
from typing import Any

from nbconvert.exporters import HTMLExporter
from traitlets import default

from bycn.vocabulary import LANGUAGES

__all__ = [
    "TEMPLATE_BASEDIR",
    "TEMPLATE_NAME",
    "BriefingHTMLExporter",
    "BriefingPDFExporter",
    "html_to_pdf",
    "mark_numeric_cells",
]

#: The folder holding the ``briefing`` template (give it to ``extra_template_basedirs``).
TEMPLATE_BASEDIR = Path(str(resources.files(__package__).joinpath("templates")))
#: The template's name (``--template briefing``).
TEMPLATE_NAME = "briefing"


class BriefingHTMLExporter(HTMLExporter):
    """HTML with the ``briefing`` template: prose and outputs, no input, no prompts.

    Defaults differ from :class:`~nbconvert.exporters.HTMLExporter`:
    ``exclude_input``, ``exclude_input_prompt``, ``exclude_output_prompt`` and
    ``embed_images`` are on. ``<html lang>`` follows the ``language``
    parameter papermill recorded in the notebook, if any (German text then
    hyphenates as German in the PDF).
    """

    export_from_notebook = "Briefing HTML"

    @default("template_name")
    def _template_name_default(self) -> str:
        return TEMPLATE_NAME

    @default("extra_template_basedirs")
    def _default_extra_template_basedirs(self) -> list[str]:
        return [str(TEMPLATE_BASEDIR)]

    @default("exclude_input")
    def _exclude_input_default(self) -> bool:
        return True

    @default("exclude_input_prompt")
    def _exclude_input_prompt_default(self) -> bool:
        return True

    @default("exclude_output_prompt")
    def _exclude_output_prompt_default(self) -> bool:
        return True

    @default("embed_images")
    def _embed_images_default(self) -> bool:
        return True

    def default_filters(self):  # type: ignore[override]
        """nbconvert's HTML filters plus ``mark_numeric_cells`` (used by the template)."""
        yield from super().default_filters()
        yield ("mark_numeric_cells", mark_numeric_cells)

    def from_notebook_node(  # type: ignore[override]
        self, nb: Any, resources: dict[str, Any] | None = None, **kw: Any
    ) -> tuple[str, dict[str, Any]]:
        """Render ``nb``; ``resources["briefing_title"]`` becomes the ``<title>``."""
        resources = dict(resources or {})
        language = nb.metadata.get("papermill", {}).get("parameters", {}).get("language")
        if language in LANGUAGES:
            self.language_code = language
        resources.setdefault("briefing_title", notebook_title(nb, resources))
        return super().from_notebook_node(nb, resources, **kw)


class BriefingPDFExporter(BriefingHTMLExporter):
    """A4 PDF, made by WeasyPrint from the HTML of :class:`BriefingHTMLExporter`.

    Registered as the nbconvert exporter ``briefing_pdf``:
    ``jupyter nbconvert --to briefing_pdf NOTEBOOK`` writes ``NOTEBOOK.pdf``.
    """

    export_from_notebook = "Briefing PDF"

    @default("file_extension")
    def _file_extension_default(self) -> str:
        return ".pdf"

    @default("template_extension")
    def _template_extension_default(self) -> str:
        # The template is HTML; only the final bytes are PDF.
        return ".html.j2"

    def from_notebook_node(  # type: ignore[override]
        self, nb: Any, resources: dict[str, Any] | None = None, **kw: Any
    ) -> tuple[bytes, dict[str, Any]]:
        """Render ``nb`` to HTML, then to PDF bytes."""
        html, resources = super().from_notebook_node(nb, resources, **kw)
        base = resources.get("metadata", {}).get("path") or None
        pdf = html_to_pdf(html, base_url=base)
        resources["output_extension"] = ".pdf"
        return pdf, resources


def html_to_pdf(html: str, base_url: str | None = None) -> bytes:
    """The PDF of a briefing's HTML (page size, margins, numbers from its CSS).

    ``base_url`` resolves relative links; briefing HTML has none (images are
    data URIs), so it only matters for hand-made HTML.
    """
    from weasyprint import HTML

    # WeasyPrint and fontTools log every CSS rule they ignore (from pandas'
    # table styles, say) as a warning; a briefing build only wants errors.
    for name in ("weasyprint", "fontTools"):
        logging.getLogger(name).setLevel(logging.ERROR)
    return HTML(string=html, base_url=base_url).write_pdf()


def notebook_title(nb: Any, resources: dict[str, Any] | None = None) -> str:
    """The notebook's ``title`` metadata, else its first level-1 heading, else its name.

    Headings are looked for in Markdown cells and in Markdown outputs (the
    briefings write their headings from code, in the chosen language).
    """
    title = nb.metadata.get("title")
    if title:
        return str(title)
    for cell in nb.cells:
        texts = []
        if cell.cell_type == "markdown":
            texts.append(cell.source)
        for output in cell.get("outputs", ()):
            texts.append(output.get("data", {}).get("text/markdown", ""))
        for text in texts:
            match = re.search(r"^#[ \t]+(.+?)[ \t#]*$", "".join(text), re.MULTILINE)
            if match:
                return match.group(1)
    name = (resources or {}).get("metadata", {}).get("name")
    return str(name) if name else "Briefing"


_NUMBER = re.compile(
    r"""^\s*(?:
        [-+−–]?\s*[$€£¥]?\s*\d[\d\s.,'’\u00a0\u202f]*   # 1,234.5  −3  € 12
        (?:\s*(?:%|×|x|[A-Za-z$€]{1,4}))?             # 12 %  3×  2.5 bn  100 ha
      | nan | NaN | <NA> | None | — | – | -            # missing values of numeric columns
    )\s*$""",
    re.VERBOSE,
)


def mark_numeric_cells(html: str) -> str:
    """Add class ``num`` to table cells holding numbers, and to their column headers.

    The CSS right-aligns ``.num``. A header gets it when every non-empty
    body cell of its column is numeric. Text is never changed, only classes.

    >>> mark_numeric_cells("<table><thead><tr><th>x</th><th>n</th></tr></thead>"
    ...                    "<tbody><tr><td>a</td><td>1,5</td></tr></tbody></table>")
    '<table><thead><tr><th>x</th><th class="num">n</th></tr></thead><tbody><tr><td>a</td>\
<td class="num">1,5</td></tr></tbody></table>'
    """
    if "<td" not in html:
        return html
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, features="html.parser")
    for table in soup.find_all("table"):
        numeric: dict[int, bool] = {}
        for row in table.find_all("tr"):
            column = 0
            for cell in row.find_all(("td", "th"), recursive=False):
                span = int(cell.get("colspan", 1) or 1)
                if cell.name == "td":
                    text = cell.get_text()
                    is_number = bool(_NUMBER.match(text)) and any(c.isdigit() for c in text)
                    if is_number:
                        cell["class"] = [*cell.get("class", []), "num"]
                    if text.strip() and not _NUMBER.match(text):
                        numeric[column] = False
                    elif is_number:
                        numeric.setdefault(column, True)
                column += span
        head = table.find("thead")
        for row in head.find_all("tr") if head else ():
            column = 0
            for cell in row.find_all(("td", "th"), recursive=False):
                span = int(cell.get("colspan", 1) or 1)
                if span == 1 and numeric.get(column):
                    cell["class"] = [*cell.get("class", []), "num"]
                column += span
    return str(soup)
