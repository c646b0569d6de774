"""``make bench``: every performance figure the issues name, printed in one run."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_parser


def main() -> None:
    bench_parser.main()
    if "--parser-only" in sys.argv:
        return
    import bench_corpus
    import bench_reports

    bench_reports.main()
    bench_corpus.main([])


if __name__ == "__main__":
    main()
