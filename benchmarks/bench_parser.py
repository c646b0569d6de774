"""Parser figures for ``make bench``: corpus time, throughput at 10x/100x, import time."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "raw" / "belarus-china-2021-2023.de.txt"


def _best_of(runs: int, func) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> dict[str, float]:
    import bycn
    from bycn.text.source import read_source

    text = read_source(CORPUS)
    bycn.parse_text(text)  # warm: regexes compiled, catalogs loaded
    results: dict[str, float] = {}
    corpus_seconds = _best_of(5, lambda: bycn.parse_text(text).figures)
    size = len(text.encode("utf-8")) / 1e6
    print(
        f"parser: corpus ({size * 1000:.0f} KB) to the figures table: "
        f"{corpus_seconds:.3f} s (budget 0.3 s)"
    )
    results["corpus_s"] = corpus_seconds
    for factor in (10, 100):
        big = text * factor
        seconds = _best_of(1 if factor == 100 else 3, lambda big=big: bycn.parse_text(big).figures)
        mb = size * factor
        print(
            f"parser: corpus x{factor} ({mb:.1f} MB): {seconds:.2f} s, {mb / seconds:.2f} MB/s "
            f"(target >= 2 MB/s)"
        )
        results[f"x{factor}_s"] = seconds
    growth = results["x100_s"] / results["x10_s"]
    print(f"parser: growth x10 -> x100: {growth:.1f}x time for 10x input (linear = 10x)")
    imports = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import bycn"], check=True)
        imports.append(time.perf_counter() - start)
    results["import_s"] = statistics.median(imports)
    print(
        f"import: python -c 'import bycn': {results['import_s']:.3f} s median of 5 (budget 0.5 s)"
    )
    return results


if __name__ == "__main__":
    main()
