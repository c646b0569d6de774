"""The ``bycn`` command line: tables from a source text, series, and briefings.

    bycn figures PATH [-o OUT] [--format csv|json]     (PATH: a document or a corpus folder)
    bycn footnotes PATH | articles PATH | sentences PATH | series PATH
    bycn corpus [DIR]                                 (the documents of a corpus)
    bycn add FILE [--url U --title T --date D --publisher P] [--corpus DIR]
    bycn data [PATH] --out-dir data/processed
    bycn report NAME [-p key=value ...] [--out-dir reports]

Errors end in one line on stderr and a non-zero exit: 2 for bad input,
parameters or output that cannot be written, 1 for a briefing that failed to
build, 128 + the signal's number when stopped by SIGTERM, SIGHUP or Ctrl-C.
"""

from __future__ import annotations

import argparse
import gc
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from bycn import __version__
from bycn.exceptions import BycnError, ParameterError, Problem

__all__ = ["main"]

TABLES = ("figures", "footnotes", "articles", "sentences", "series")
_TABLE_HELP = {
    "figures": "every figure: value, unit, qualifier, kind, sentence, footnote, as_of, topic",
    "footnotes": "the footnotes: number, title, year, URL (wrapped lines joined)",
    "articles": "the articles: title, first and last line, date",
    "sentences": "the body sentences with their lines (footnote blocks left out)",
    "series": "indicator series points recognised by the indicator catalog",
}
_PATH_HELP = "a document (.txt, .md, .html) or a corpus folder; default: the project's data/raw"


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser of every command; ``argv``: the command line it is for, if known.

    The briefings' subcommands (one each, their declarations imported: 10 ms, 2% of a
    warm ``bycn series``) are made only for a command line that may name one.
    """
    parser = argparse.ArgumentParser(
        prog="bycn",
        description="Tidy tables and briefings from German-language texts on Belarus-China "
        "cooperation.",
        epilog="Exit status: 0 ok, 1 a briefing failed to build, 2 bad input or parameters, "
        "or output that cannot be written.",
    )
    parser.add_argument("--version", action="version", version=f"bycn {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    for table in TABLES:
        sub = commands.add_parser(table, help=_TABLE_HELP[table], description=_TABLE_HELP[table])
        sub.add_argument("path", metavar="PATH", type=Path, nargs="?", help=_PATH_HELP)
        sub.add_argument(
            "-o",
            "--output",
            metavar="OUT",
            type=Path,
            help="write here instead of standard output (its folder must exist)",
        )
        _cache_options(sub)
        sub.add_argument(
            "--format", choices=("csv", "json"), default="csv", help="output format (default: csv)"
        )
        if table == "series":
            sub.add_argument(
                "--catalog",
                type=Path,
                metavar="YAML",
                help="indicator catalog (default: the shipped one)",
            )
            sub.add_argument(
                "--inputs",
                type=Path,
                metavar="DIR",
                help="also write DIR/BRIEFING.points, the digest of each briefing's points, "
                "where it changed (make rebuilds a briefing when its file is newer)",
            )

    corpus = commands.add_parser(
        "corpus",
        help="list the documents of a corpus: id, kind, title, publisher, date, URL, figures",
        description="One row per document: id, kind, title, publisher, date and where the "
        "date came from (front matter, html, dateline, footnotes), URL, number of figures.",
    )
    corpus.add_argument("path", metavar="DIR", type=Path, nargs="?", help=_PATH_HELP)
    corpus.add_argument("-o", "--output", metavar="OUT", type=Path, help="write here")
    corpus.add_argument("--format", choices=("csv", "json"), default="csv")
    _cache_options(corpus)

    add = commands.add_parser(
        "add",
        help="copy a text or web page into the corpus (front matter written for a text)",
        description="Copy FILE into the corpus folder. For a text, the options are written "
        "into its YAML front matter. Nothing is written for a missing file, a date that is "
        "not ISO, invalid front matter, or a document already in the corpus.",
    )
    add.add_argument("file", metavar="FILE", type=Path, help="a .txt, .md or .html file")
    add.add_argument("--corpus", metavar="DIR", type=Path, help="default: the project's data/raw")
    for key, text in (
        ("title", "the document's title"),
        ("publisher", "who published it (BelTA, Xinhua ...)"),
        ("url", "where it was published"),
        ("date", "its date, ISO: 2019-08-06, 2019-08 or 2019"),
        ("language", "its language code (default de)"),
    ):
        add.add_argument(f"--{key}", help=text)

    data = commands.add_parser("data", help="write every table and the series as CSV to a folder")
    data.add_argument("path", metavar="PATH", type=Path, nargs="?", help=_PATH_HELP)
    _cache_options(data)
    data.add_argument(
        "--out-dir",
        type=Path,
        default=Path("data/processed"),
        help="folder for the CSV files, created if missing (default: data/processed)",
    )

    report = commands.add_parser(
        "report",
        help="build one briefing: execute the notebook, render HTML and PDF",
        description="Execute notebooks/NAME.ipynb with papermill, render it to "
        "reports/NAME[--params].html and .pdf. The last good report stays in place when a "
        "build fails. `bycn report NAME --help` lists NAME's parameters.",
    )
    report.add_argument(
        "--list", action="store_true", help="print the briefings' names, one per line, and exit"
    )
    if argv is None or "report" in argv:
        _add_briefings(report)
    return parser


def _add_briefings(report: argparse.ArgumentParser) -> None:
    """One subcommand per declared briefing, each listing only its own parameters."""
    from bycn.report.briefings import BRIEFINGS

    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "-p",
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="notebook parameter, repeatable (e.g. -p language=de -p start=2022)",
    )
    options.add_argument(
        "--out-dir",
        type=Path,
        default=Path("reports"),
        help="where reports are written, created if missing (default: reports)",
    )
    options.add_argument(
        "--notebooks",
        type=Path,
        default=None,
        help="folder holding the notebooks (default: the notebooks shipped with bycn)",
    )
    options.add_argument("--no-pdf", action="store_true", help="render HTML only")
    options.add_argument("-q", "--quiet", action="store_true", help="print no progress")
    names = report.add_subparsers(dest="name", metavar="NAME", title="briefings")
    for spec in BRIEFINGS.values():
        names.add_parser(
            spec.name,
            parents=[options],
            help=f"notebooks/{spec.name}.ipynb",
            epilog=_parameters_help(spec),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )


def _parameters_help(spec) -> str:
    def line(param) -> str:
        shown = {None: "None", True: "true", False: "false"}.get(param.default, param.default)
        return f"  {param.name:<16} {param.help}\n  {'':<16} default: {shown}; {param.allowed()}"

    lines = ["parameters (-p KEY=VALUE):", *(line(p) for p in spec.parameters)]
    lines.append(f"example: bycn report {spec.name} -p language=de -p start=2022")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit status.

    argv: the arguments; by default this process's own, and the process ends when this
    returns (the ``bycn`` command, ``python -m bycn``).
    """
    from bycn.build.debris import interruptible

    ends_process = argv is None
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv).parse_args(argv)
    try:
        # SIGTERM and SIGHUP end a command as Ctrl-C does, so no temporary file stays.
        with interruptible():
            if args.command in TABLES:
                status = _write_table(args)
            elif args.command == "data":
                status = _write_all(args)
            elif args.command == "corpus":
                status = _list_documents(args)
            elif args.command == "add":
                return _add(args)
            else:
                return _report(args)
    except BycnError as err:
        if not getattr(err, "quiet", False):
            print(f"bycn: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt as err:
        signum = getattr(err, "signum", signal.SIGINT)
        print(f"bycn: interrupted ({signal.Signals(signum).name})", file=sys.stderr)
        return 128 + signum
    if ends_process:
        # The tables are written and the process ends: Python's exit would look at every
        # object the read left (modules, tables, the catalog's rules) in several full
        # collections before freeing them, 0.1 s CPU (a fifth of a warm `bycn series`);
        # frozen, they are freed without that look. (Not after a briefing: its kernel's
        # client is left to the collector as it was.)
        gc.freeze()
    return status


def _cache_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--cache",
        metavar="DIR",
        type=Path,
        help="folder of the parsed-table cache (default: $BYCN_CACHE, else the project's "
        "data/processed/cache)",
    )
    parser.add_argument("--no-cache", action="store_true", help="parse every document anew")
    parser.add_argument(
        "-j", "--jobs", type=int, metavar="N", help="parsing processes (default: one per core)"
    )


def _read(args: argparse.Namespace):
    from bycn.build.progress import ParseCounter
    from bycn.text.corpus import read_corpus

    with ParseCounter() as progress:
        return read_corpus(args.path, cache=_cache(args), jobs=args.jobs, progress=progress)


def _cache(args: argparse.Namespace) -> Path | bool | None:
    """The cache the command's options name: a folder, False (--no-cache) or the default."""
    return False if args.no_cache else args.cache


def _write_table(args: argparse.Namespace) -> int:
    from bycn.output import write_table

    if args.command != "series":
        write_table(_table(args, args.command), args.output, args.format)
        return 0
    from bycn.indicators.stored import series_columns

    points = _points(args)
    write_table(series_columns(points), args.output, args.format)
    if args.inputs is not None:
        from bycn.build.inputs import write_briefing_inputs

        changed = write_briefing_inputs(points, args.inputs)
        # make rebuilds only these: say so, so that a briefing left as it was is no surprise
        print(f"briefings whose points changed: {', '.join(changed) or 'none'}", file=sys.stderr)
    return 0


def _points(args: argparse.Namespace):
    """The points of the corpus the arguments name: the stored ones when the corpus has not
    changed (nothing else is read then), else built and stored."""
    from bycn.build.progress import ParseCounter
    from bycn.indicators.stored import corpus_points

    catalog = getattr(args, "catalog", None)
    with ParseCounter() as progress:
        return corpus_points(
            args.path, catalog, cache=_cache(args), jobs=args.jobs, progress=progress
        )


def _table(args: argparse.Namespace, name: str, corpus=None):
    """The table ``name`` of the corpus the arguments name (``corpus``: already read)."""
    if name == "series":
        from bycn.indicators.stored import series_columns

        return series_columns(_points(args))
    return (corpus or _read(args)).table(name)


def _write_all(args: argparse.Namespace) -> int:
    from bycn.output import ensure_folder, write_table

    corpus = _read(args)
    ensure_folder(args.out_dir)
    for name in ("documents", *TABLES):
        target = args.out_dir / f"{name}.csv"
        write_table(_table(args, name, corpus), target, "csv")
        print(f"wrote {target}", file=sys.stderr)
    return 0


def _list_documents(args: argparse.Namespace) -> int:
    from bycn.output import write_table

    write_table(_read(args).documents, args.output, args.format)
    return 0


def _add(args: argparse.Namespace) -> int:
    from bycn.text.corpus import add_document
    from bycn.text.frontmatter import FRONT_MATTER_KEYS

    meta = {key: getattr(args, key) for key in FRONT_MATTER_KEYS}
    target = add_document(args.file, args.corpus, meta)
    print(f"added {target}", file=sys.stderr)
    return 0


def _report(args: argparse.Namespace) -> int:
    from bycn.build import build_report
    from bycn.build.parameters import parse_assignments
    from bycn.report.briefings import BRIEFINGS

    if args.list or args.name is None:
        if args.name is None and not args.list:
            raise ParameterError([Problem("report", f"name a briefing: {', '.join(BRIEFINGS)}")])
        print("\n".join(BRIEFINGS))
        return 0

    build_report(
        args.name,
        parse_assignments(args.name, args.param),
        out_dir=args.out_dir,
        notebooks_dir=args.notebooks,
        pdf=not args.no_pdf,
        progress=not args.quiet,
    )
    return 0
