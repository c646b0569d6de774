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
from typing import TextIO

__all__ = ["Progress", "Timer", "one_line"]

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
