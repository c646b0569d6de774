"""``make bench``: every performance figure the issues name, printed in one run.

The parts run in this order and each can be run alone with ``--only``:

- ``parser``: recognition scores of the held-out sets, parsing speed and linearity;
- ``reports``: the three briefings, by bycn in process and by the plain CLIs;
- ``corpus``: 1,000 generated documents, cold and warm, and ``make reports`` over them.

Example: ``.venv/bin/python benchmarks/bench.py --only parser``
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _parser() -> None:
    import bench_parser

    bench_parser.main()


def _reports() -> None:
    import bench_reports

    bench_reports.main([])


def _corpus() -> None:
    import bench_corpus

    bench_corpus.main([])


PARTS: dict[str, Callable[[], None]] = {"parser": _parser, "reports": _reports, "corpus": _corpus}


def main(argv: Sequence[str] | None = None) -> None:
    """Run the parts asked for (all by default), in the order of ``PARTS``."""
    options = argparse.ArgumentParser(
        description="Print every performance figure the issues name (what `make bench` runs).",
        epilog="The whole run takes about 4 minutes on 2 cores.",
    )
    options.add_argument(
        "--only",
        choices=list(PARTS),
        action="append",
        metavar="PART",
        help=f"run only this part (one of {', '.join(PARTS)}; may be given more than once)",
    )
    chosen = set(options.parse_args(argv).only or PARTS)
    for name, run in PARTS.items():
        if name in chosen:
            run()


if __name__ == "__main__":
    main()
