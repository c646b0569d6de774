"""Rendering an executed notebook: HTML with nbconvert, the PDF with WeasyPrint.

Both load while the kernel runs the notebook (:func:`warm_up`, in a thread),
so a build waits for neither import.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bycn.build.progress import one_line
from bycn.exceptions import BuildError, BycnError

__all__ = ["fewer_collections", "render_html", "render_pdf", "warm_up"]

#: Allocations between two collections of the youngest generation while rendering
#: (Python's default is 700).
RENDER_GC_THRESHOLD = 50_000


def warm_up(pdf: bool, language: str = "en") -> threading.Thread:
    """Start loading nbconvert (and WeasyPrint if ``pdf``) in a background thread.

    The parent process mostly waits for the kernel meanwhile; importing the
    renderers and letting WeasyPrint find its fonts and the hyphenation
    dictionary of ``language`` (half a second for German) then takes about a
    second off every ``bycn report``. Any failure here shows again, properly
    reported, in the step that needs it.
    """
    thread = threading.Thread(target=_load, args=(pdf, language), name="bycn-warm-up", daemon=True)
    thread.start()
    return thread


def _load(pdf: bool, language: str) -> None:
    try:
        import nbformat

        from bycn.build.exporter import BriefingHTMLExporter, html_to_pdf

        BriefingHTMLExporter().from_notebook_node(nbformat.v4.new_notebook())
        if pdf:
            html_to_pdf(
                f'<html lang="{language}"><p style="hyphens: auto; width: 2em">Zusammenarbeit</p>'
            )
    except Exception:
        pass


def render_html(notebook: Path, executed: Any) -> str:
    """The briefing's HTML from the executed notebook; BuildError naming ``notebook``."""
    from bycn.build.exporter import BriefingHTMLExporter

    with _reported(notebook, "rendering HTML"), fewer_collections():
        html, _ = BriefingHTMLExporter().from_notebook_node(executed)
    return html


def render_pdf(notebook: Path, html: str) -> bytes:
    """The A4 PDF of ``html``; relative links resolve from the notebook's folder."""
    from bycn.build.exporter import html_to_pdf

    with _reported(notebook, "making the PDF"), fewer_collections():
        return html_to_pdf(html, base_url=str(notebook.resolve().parent))


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect garbage less often while rendering.

    A renderer allocates hundreds of thousands of short-lived objects (boxes, tokens,
    layout runs), and each full collection walks everything the build has loaded
    (papermill, nbconvert, WeasyPrint): about a sixth of a PDF's time. The objects
    alive before rendering are set aside (``gc.freeze``), collections come after
    more allocations, and both are undone afterwards.
    """
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(RENDER_GC_THRESHOLD, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


class _reported:
    """Turn any failure of a renderer into one BuildError line."""

    def __init__(self, notebook: Path, what: str) -> None:
        self.notebook, self.what = notebook, what

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type | None, err: BaseException | None, tb: object) -> bool:
        if err is None or isinstance(err, BycnError) or not isinstance(err, Exception):
            return False
        message = one_line(f"{type(err).__name__}: {err}")
        raise BuildError(f"{self.notebook}: {self.what} failed: {message}") from err
