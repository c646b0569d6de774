"""What a build tells the user: one line per step with its seconds, errors in one line.

>>> one_line("KeyError:\\n  'x'")
"KeyError: 'x'"
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType
from typing import TextIO

__all__ = ["ParseCounter", "Progress", "Timer", "one_line"]

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_MAX_ERROR = 400


def one_line(text: str) -> str:
    """``text`` without terminal colours, on one line, at most 400 characters."""
    text = " ".join(_ANSI.sub("", text).split())
    return text if len(text) <= _MAX_ERROR else text[: _MAX_ERROR - 1] + "…"


@dataclass
class Timer:
    """The wall time of one step, set when the step ends."""

    seconds: float = 0.0


class Progress:
    """``[stem] step ... done in 1.2 s`` lines on standard error.

    On a terminal, and not under ``make -j`` (whose jobs would interleave),
    a step's start shows at once and ``done`` completes the line; otherwise
    one whole line is printed when the step ends.
    """

    def __init__(self, stem: str, enabled: bool, stream: TextIO | None = None) -> None:
        self.stem = stem
        self.enabled = enabled
        self.stream = stream if stream is not None else sys.stderr
        makeflags = os.environ.get("MAKEFLAGS", "")
        parallel = "-j" in makeflags or "jobserver" in makeflags
        self.live = enabled and self.stream.isatty() and not parallel
        self.started = time.perf_counter()

    def say(self, message: str) -> None:
        """Print ``[stem] message`` (if enabled)."""
        if self.enabled:
            print(f"[{self.stem}] {message}", file=self.stream, flush=True)

    def total(self) -> float:
        """Seconds since the build started."""
        return time.perf_counter() - self.started

    @contextmanager
    def step(self, what: str) -> Iterator[Timer]:
        """Time the block as the step ``what`` and report it."""
        timer = Timer()
        if self.live:
            print(f"[{self.stem}] {what} ...", end="", file=self.stream, flush=True)
        start = time.perf_counter()
        try:
            yield timer
        except BaseException:
            if self.live:
                print(" failed", file=self.stream, flush=True)
            raise
        timer.seconds = time.perf_counter() - start
        done = f"done in {timer.seconds:.1f} s"
        if self.live:
            print(f" {done}", file=self.stream, flush=True)
        else:
            self.say(f"{what} ... {done}")


class ParseCounter:
    """A parse's progress on a terminal: ``bycn: parsing documents: 340 of 1,000``, redrawn
    as documents are parsed (the hook :func:`~bycn.text.workers.parse_documents` calls),
    then ``bycn: parsed 1,000 documents in 3.4 s`` if it took ``at_least`` seconds (a
    quick parse leaves no line). Elsewhere (a pipe, a log) it prints nothing: a command's
    output is its table.

    >>> import io
    >>> class Terminal(io.StringIO):
    ...     def isatty(self) -> bool:
    ...         return True
    >>> shown = Terminal()
    >>> with ParseCounter(shown, at_least=0) as tell:
    ...     tell(0, 1200)
    ...     tell(1200, 1200)
    >>> shown.getvalue().split("\\r")[-1].split(" in ")[0]
    'bycn: parsed 1,200 documents'
    """

    def __init__(
        self, stream: TextIO | None = None, at_least: float = 1.0, every: float = 0.1
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.live = self.stream.isatty()
        self.at_least = at_least
        self.every = every
        self.started = 0.0
        self.shown = 0.0
        self.width = 0  # of the line on screen, to be blanked out by the next

    def __enter__(self) -> ParseCounter:
        return self

    def __call__(self, done: int, total: int) -> None:
        if not self.live or not total:
            return
        now = time.perf_counter()
        if not done:
            self.started = now
        if done < total:
            # Redrawn every so often, and not at all in a parse's first moment.
            if now - max(self.shown, self.started) >= self.every:
                self.shown = now
                self._show(f"bycn: parsing documents: {done:,} of {total:,}")
            return
        seconds = now - self.started
        if seconds >= self.at_least:
            noun = "document" if total == 1 else "documents"
            self._show(f"bycn: parsed {total:,} {noun} in {seconds:.1f} s")
            print(file=self.stream, flush=True)
        elif self.width:
            print(f"\r{'':<{self.width}}\r", end="", file=self.stream, flush=True)
        self.width = 0

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        # Stopped in the middle (a document that cannot be read): its message starts a line.
        if self.width:
            print(file=self.stream, flush=True)
            self.width = 0

    def _show(self, line: str) -> None:
        print(f"\r{line:<{self.width}}", end="", file=self.stream, flush=True)
        self.width = len(line)
