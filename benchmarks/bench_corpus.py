"""Benchmark: a corpus of 1,000 documents, parsed cold and warm, and make reports over it.

The corpus is made from the test documents in ``tests/fixtures/corpus`` (our
own, in the style of agency reports), varied: each copy gets other figures,
dates, regions and publishers, and texts, front-matter texts and web pages
alternate. Measured, in temporary folders (the repository's data/ and
reports/ are never touched):

* ``bycn series DIR`` from cold (no cache) and warm, and the cold parse rate
  in MB/s per core; the same for ``bycn corpus DIR`` (the text stage alone);
* ``make reports`` on a project whose corpus is a single document, from clean;
* ``make reports`` on the 1,000-document corpus from clean, and after adding
  one document (the target: within 1.5x of the one-document build): a text on
  the park, which rebuilds the park briefing only (the others' points stay as
  they were), and then one with points for every briefing, which rebuilds all
  three. The one-document build and each add are the best of ``--repeat`` runs
  (the added document removed and the project rebuilt between two), as the
  ``bycn series`` times are.

Each time is wall-clock; the ``make`` runs also give the CPU time of every process
they started (on a shared machine the steadier of the two).

    python benchmarks/bench_corpus.py [--documents N] [--no-reports]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_reports import shell_environment

__all__ = ["main", "make_corpus"]

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "corpus"
BIN = Path(sys.executable).parent
_REGIONS = ("Brest", "Witebsk", "Gomel", "Grodno", "Minsk", "Mogiljow")
_PUBLISHERS = ("BelTA", "Beispiel-Agentur", "Xinhua", "dpa", "Nachrichtenportal")
_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September")
_NUMBER = re.compile(r"\d+(?:,\d+)?")
# The body's paragraphs: one sentence of each group, each filled in at random, so that
# (as in real reports) a sentence with figures rarely repeats word for word in another
# document (a corpus of repeated sentences would flatter anything remembered per
# sentence), and a third of them name years, as the shipped corpus's do.
_SENTENCES = (
    (
        "Der Gouverneur des Gebiets {region} sprach von {n} neuen Projekten mit Partnern "
        "aus der Provinz {province}.",
        "Im Gebiet {region} laufen nach Angaben der Verwaltung {n} gemeinsame Projekte mit "
        "Unternehmen aus {province}.",
        "Seit {year} hat das Gebiet {region} {n} Projekte mit Partnern aus {province} begonnen.",
    ),
    (
        "Im ersten Quartal wurden Waren im Wert von {m},{k} Millionen Dollar geliefert, {p} "
        "Prozent mehr als im gleichen Zeitraum des Vorjahres.",
        "Von Januar bis {month} exportierte das Gebiet {region} Waren für {m},{k} Millionen "
        "Dollar nach China, ein Plus von {p} Prozent.",
        "Im Jahr {year} erreichte der Handel des Gebiets {region} mit China {m},{k} Millionen "
        "Dollar, {p} Prozent mehr als {previous}.",
    ),
    (
        "Derzeit sind {c} Betriebe der Region für Lieferungen nach China akkreditiert, sagte "
        "er am {day}. {month} am Rande des Forums in {city}.",
        "Für Lieferungen nach China sind inzwischen {c} Betriebe zugelassen, hieß es am "
        "{day}. {month} bei einem Treffen in {city}.",
        "Ende {year} waren {c} Betriebe der Region für Lieferungen nach China zugelassen, "
        "hieß es am {day}. {month} {year_after} in {city}.",
    ),
)
_PROVINCES = ("Jiangsu", "Shandong", "Henan", "Hubei", "Sichuan", "Zhejiang", "Guangdong")
_CITIES = ("Minsk", "Peking", "Shanghai", "Harbin", "Chongqing", "Wuhan")
# Prose without figures, as agency reports have between their figures.
_PROSE = (
    "Die Seiten erörterten die Zusammenarbeit in Landwirtschaft, Logistik und Bildung. "
    "Besonderes Augenmerk gelte den Lieferketten und der Verarbeitung vor Ort, betonte "
    "{speaker}. Man wolle die Kontakte zwischen den Unternehmen beider Länder vertiefen "
    "und gemeinsame Vorhaben rascher umsetzen.\n\n"
)
_SPEAKERS = ("der Vorsitzende", "die Ministerin", "der Botschafter", "die Sprecherin")
# An added document with points for every briefing: trade, the park, education.
_EVERY_BRIEFING = (
    "---\ndate: 2024-03-12\npublisher: Beispiel-Agentur\n---\n"
    "Minsk, 12. März (Beispiel-Agentur). Der Handel zwischen Belarus und China erreichte "
    "2023 rund 8,4 Milliarden US-Dollar. Im Industriepark Großer Stein sind derzeit 110 "
    "Unternehmen ansässig. Belarussische und chinesische Hochschulen haben 2023 insgesamt "
    "60 gemeinsame Bildungsprogramme angeboten.\n"
)


def _vary(text: str, rng: random.Random) -> str:
    """Other numbers, and another region, in the same sentences."""
    text = _NUMBER.sub(lambda m: _other_number(m.group(), rng), text)
    region = rng.choice(_REGIONS)
    return re.sub(r"\b(?:Brest|Witebsk|Gomel|Grodno|Minsk|Mogiljow)\b", region, text)


def _other_number(number: str, rng: random.Random) -> str:
    if len(number) == 4 and number.startswith(("19", "20")):
        return number  # a year stays a year
    whole, _, decimals = number.partition(",")
    value = max(1, int(int(whole) * rng.uniform(0.5, 1.5)))
    return f"{value},{rng.randint(1, 9)}" if decimals else str(value)


def _body(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(2, 6)):
        year = rng.randint(2015, 2024)
        values = {
            "year": year,
            "previous": year - 1,
            "year_after": year + 1,
            "region": rng.choice(_REGIONS),
            "province": rng.choice(_PROVINCES),
            "city": rng.choice(_CITIES),
            "month": rng.choice(_MONTHS),
            "day": rng.randint(1, 28),
            "n": rng.randint(3, 400),
            "m": rng.randint(2, 900),
            "k": rng.randint(1, 9),
            "p": rng.randint(2, 80),
            "c": rng.randint(5, 900),
        }
        sentences = [rng.choice(group).format(**values) for group in _SENTENCES]
        paragraphs.append(" ".join(sentences) + "\n\n")
        paragraphs.append(_PROSE.format(speaker=rng.choice(_SPEAKERS)))
    return "".join(paragraphs)


def make_corpus(folder: Path, count: int, seed: int = 7) -> int:
    """Write ``count`` varied documents into ``folder``; return their total size in bytes."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    templates = sorted(FIXTURES.iterdir())
    for i in range(count):
        template = templates[i % len(templates)]
        text = _vary(template.read_text(encoding="utf-8"), rng)
        year = rng.randint(2018, 2024)
        if template.suffix in (".html", ".htm"):
            extra = "".join(f"<p>{p}</p>\n" for p in _body(rng).split("\n\n") if p)
            text = text.replace("</article>", extra + "</article>").replace(
                '</div>\n<div class="footer">', extra + '</div>\n<div class="footer">'
            )
            text = re.sub(
                r"20\d\d-\d\d-\d\d", f"{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", text
            )
        elif template.suffix == ".md":
            text = re.sub(
                r"date: .*", f"date: {year}-0{rng.randint(1, 9)}-2{rng.randint(0, 8)}", text
            )
            text = re.sub(r"publisher: .*", f"publisher: {rng.choice(_PUBLISHERS)}", text)
            text += "\n" + _body(rng)
        else:
            text = re.sub(
                r"(\d{1,2})\. (?:" + "|".join(_MONTHS) + r"|Oktober|November|Dezember)",
                lambda m: f"{m.group(1)}. {rng.choice(_MONTHS)}",
                text,
            )
            text = re.sub(r"\b20(1\d|2\d)\b", str(year), text)
            text += "\n" + _body(rng)
        (folder / f"d{i:04d}-{template.stem}{template.suffix}").write_text(text, encoding="utf-8")
    return sum(p.stat().st_size for p in folder.iterdir())


def _timed(args: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """The wall-clock and CPU seconds (of every process it started) of running ``args``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu


def _cold_warm(
    args: list[str], cwd: Path, env: dict[str, str], runs: int
) -> tuple[float, float, float, float]:
    """The best cold time (each run with the cache emptied first) and the best warm time,
    wall-clock, then the same in CPU time."""
    cache = Path(env["BYCN_CACHE"])
    cold = []
    for _ in range(runs):
        shutil.rmtree(cache, ignore_errors=True)
        cold.append(_timed(args, cwd, env))
    warm = [_timed(args, cwd, env) for _ in range(runs)]
    return (
        min(w for w, _ in cold),
        min(w for w, _ in warm),
        min(c for _, c in cold),
        min(c for _, c in warm),
    )


def _project(root: Path) -> Path:
    """A project folder for make: the Makefile, notebooks and package of this one, its own data."""
    root.mkdir(parents=True)
    for name in ("Makefile", "pyproject.toml"):
        # copy2 keeps the times: a pyproject newer than the venv would make `make` reinstall.
        shutil.copy2(REPO / name, root / name)
    shutil.copytree(REPO / "notebooks", root / "notebooks")
    (root / "src").symlink_to(REPO / "src")
    return root


def _make(project: Path, env: dict[str, str], target: str = "reports") -> tuple[float, float]:
    venv = Path(sys.prefix)
    return _timed(["make", "--no-print-directory", target, f"VENV={venv}"], project, env)


def _build(project: Path, env: dict[str, str]) -> tuple[float, float, float]:
    """The parse step, then make reports: wall seconds of the parse step and of both, and
    CPU seconds of both."""
    parse, parse_cpu = _make(project, env, "data/processed/.parsed")
    reports, reports_cpu = _make(project, env)
    return parse, parse + reports, parse_cpu + reports_cpu


def _whole(build: tuple[float, float, float]) -> float:
    return build[1]


def _clean_build(project: Path, env: dict[str, str]) -> tuple[float, float, float]:
    """:func:`_build` from clean: no cache, no briefings."""
    for built in ("data/processed", "reports"):
        shutil.rmtree(project / built, ignore_errors=True)
    return _build(project, env)


def _added(
    project: Path, env: dict[str, str], name: str, text: str, runs: int
) -> tuple[float, float, float]:
    """The best of ``runs`` builds after adding the document ``name``: between two runs it
    is removed again and the project rebuilt (not timed), so each run adds it anew."""
    document = project / "data" / "raw" / name
    builds = []
    for run in range(runs):
        if run:
            document.unlink()
            _build(project, env)
        document.write_text(text, encoding="utf-8")
        builds.append(_build(project, env))
    return min(builds, key=_whole)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--no-reports", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timing (best)")
    args = parser.parse_args(argv)
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="bycn-bench-corpus-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        size = make_corpus(corpus, args.documents)
        env = {**shell_environment(), "BYCN_CACHE": str(work / "cache")}
        series = [str(BIN / "bycn"), "series", str(corpus), "-o", str(work / "series.csv")]
        listing = [str(BIN / "bycn"), "corpus", str(corpus), "-o", str(work / "corpus.csv")]
        # The best of three runs each: the machine's speed drifts, and the best run is
        # the one least disturbed by other work.
        cold, warm, cold_cpu, warm_cpu = _cold_warm(series, work, env, args.repeat)
        text_cold, text_warm, text_cold_cpu, text_warm_cpu = _cold_warm(
            listing, work, env, args.repeat
        )
        mb = size / 1e6
        figures = len((work / "series.csv").read_text(encoding="utf-8").splitlines()) - 1
        print(f"corpus: {args.documents} documents, {mb:.2f} MB, {cores} cores")
        print(f"  series points: {figures}")
        rate = mb / cold / cores
        print(
            f"  bycn series DIR, cold (no cache): {cold:.2f} s ({rate:.2f} MB/s per core; "
            f"CPU {cold_cpu:.2f} s)"
        )
        print(f"  bycn series DIR, warm (cached):   {warm:.2f} s (CPU {warm_cpu:.2f} s)")
        # What a cold run does beyond a warm one: parsing, caching the tables, building
        # the series; process start and reading the sources are in both.
        parse = mb / (cold - warm) / cores
        print(f"  cold - warm: {cold - warm:.2f} s ({parse:.2f} MB/s per core; target >= 3)")
        # The text stage alone: documents to tables and their cache, no series.
        text_rate = mb / (text_cold - text_warm) / cores
        print(
            f"  of which the text stage (bycn corpus DIR, cold - warm): "
            f"{text_cold - text_warm:.2f} s ({text_rate:.2f} MB/s per core); "
            f"CPU {text_cold_cpu:.2f} s cold, {text_warm_cpu:.2f} s warm"
        )
        if args.no_reports:
            return
        env.pop("BYCN_CACHE")
        one = _project(work / "one")
        (one / "data" / "raw").mkdir(parents=True)
        shutil.copy(FIXTURES / "minsk-gebiet-handel.txt", one / "data" / "raw")
        single = min((_clean_build(one, env) for _ in range(args.repeat)), key=_whole)
        many = _project(work / "many")
        (many / "data").mkdir()
        shutil.move(str(corpus), many / "data" / "raw")
        clean = _build(many, env)
        park = (FIXTURES / "park-bewohner.txt").read_text(encoding="utf-8")
        added = _added(many, env, "neu-park.txt", park, args.repeat)
        every = _added(many, env, "neu-alle.md", _EVERY_BRIEFING, args.repeat)
        n = args.documents
        print("  make reports (in brackets its parse step, bycn series over the cache; CPU time):")
        for label, (parse, whole, cpu) in (
            ("one-document corpus, from clean:", single),
            (f"{n} documents, from clean:", clean),
            (f"after adding one to the {n}:", added),
            ("after adding one for every briefing:", every),
        ):
            print(f"    {label:<37} {whole:6.2f} s ({parse:.2f} s; CPU {cpu:.2f} s)")
        for label, (parse, whole, cpu) in (("one", added), ("one for every briefing", every)):
            print(
                f"    added {label} / one-document: {whole / single[1]:.2f}x the whole build "
                f"(target <= 1.5x), {parse / single[0]:.2f}x its parse step, "
                f"{cpu / single[2]:.2f}x its CPU time"
            )


if __name__ == "__main__":
    main()
