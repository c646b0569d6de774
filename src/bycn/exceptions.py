"""The exceptions bycn raises: each message says what failed and where.

Every error a user can cause derives from :class:`BycnError`; the CLI turns
one into a single line on stderr and exit status 2 (input) or 1 (build).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "BuildError",
    "BycnError",
    "CatalogError",
    "InputError",
    "NotebookExecutionError",
    "OutputError",
    "ParameterError",
    "Problem",
    "ProblemsError",
    "SchemaError",
]


class BycnError(Exception):
    """Base class: an error whose message is fit to show a user as it is."""

    exit_code: int = 2


class InputError(BycnError):
    """A source text that cannot be read: missing, a directory, binary, not UTF-8."""


class OutputError(BycnError):
    """An output that cannot be written: a full disk, a directory, a missing folder.

    quiet: nothing to tell the user (standard output closed by ``| head``).
    """

    def __init__(self, message: str, quiet: bool = False) -> None:
        super().__init__(message)
        self.quiet = quiet


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: ``where`` it is and ``what`` is wrong there.

    >>> str(Problem("indicators[trade.turnover].units", "unknown unit 'usd'"))
    "indicators[trade.turnover].units: unknown unit 'usd'"
    """

    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}" if self.where else self.what


class ProblemsError(BycnError):
    """An input with one or more problems, all collected first and reported at once.

    subject: the input they are in (a file, a table, a briefing), or empty.

    >>> print(ParameterError([Problem("language", "'fr' is not allowed"),
    ...                       Problem("start", "'soon' is not a year")]))
    2 problems: language: 'fr' is not allowed; start: 'soon' is not a year
    """

    shown = 10

    def __init__(self, problems: Iterable[Problem], subject: str = "") -> None:
        self.problems = tuple(problems)
        self.subject = subject
        head = f"{subject}: " if subject else ""
        if len(self.problems) != 1:
            head += f"{len(self.problems)} problems: "
        listed = "; ".join(str(p) for p in self.problems[: self.shown])
        more = len(self.problems) - self.shown
        super().__init__(head + listed + (f" (+{more} more)" if more > 0 else ""))


class SchemaError(ProblemsError):
    """A table that does not match its declared schema."""

    def __init__(self, table: str, problems: Iterable[Problem]) -> None:
        self.table = table
        super().__init__(problems, subject=f"table {table!r} fails its schema")


class CatalogError(ProblemsError):
    """The indicator catalog (YAML) is malformed, or names no such indicator."""


class ParameterError(ProblemsError):
    """Notebook parameters with values outside their allowed sets or types."""

    def __init__(self, problems: Iterable[Problem] | str, subject: str = "") -> None:
        if isinstance(problems, str):
            problems = [Problem("", problems)]
        super().__init__(problems, subject)


class BuildError(BycnError):
    """A briefing could not be built (execution, rendering or PDF step)."""

    exit_code = 1


class NotebookExecutionError(BuildError):
    """A notebook cell raised while papermill executed it."""

    def __init__(self, notebook: str, cell: int, error: str, saved: str | None = None) -> None:
        self.notebook = notebook
        self.cell = cell  # code cells counted from 1, as In [n] after Restart & Run All
        self.error = error
        self.saved = saved
        where = f"; executed notebook saved to {saved}" if saved else ""
        super().__init__(f"{notebook}: code cell {cell} failed: {error}{where}")
