"""The exceptions bycn raises: each message says what failed and where.

Every error a user can cause derives from :class:`BycnError`; the CLI turns
one into a single line on stderr and exit status 2 (input) or 1 (build).
"""

from __future__ import annotations

__all__ = [
    "BuildError",
    "BycnError",
    "CatalogError",
    "InputError",
    "NotebookExecutionError",
    "OutputError",
    "ParameterError",
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


class SchemaError(BycnError):
    """A table that does not match its declared schema; lists every failure at once."""

    def __init__(self, table: str, failures: list[str]) -> None:
        self.table = table
        self.failures = list(failures)
        shown = "; ".join(self.failures[:10])
        more = f" (+{len(self.failures) - 10} more)" if len(self.failures) > 10 else ""
        super().__init__(f"table {table!r} fails its schema: {shown}{more}")


class CatalogError(BycnError):
    """The indicator catalog (YAML) is malformed; lists every problem at once."""

    def __init__(self, where: str, problems: list[str]) -> None:
        self.where = where
        self.problems = list(problems)
        noun = "problem" if len(self.problems) == 1 else "problems"
        super().__init__(f"{where}: {len(self.problems)} {noun}: " + "; ".join(self.problems))


class ParameterError(BycnError):
    """A notebook parameter with a value outside its allowed set or type."""


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
