"""The ``bycn`` command line: tables from a source text, series, and briefings.

    bycn figures PATH [-o OUT] [--format csv|json]
    bycn footnotes PATH | articles PATH | sentences PATH | series PATH
    bycn data PATH --out-dir data/processed
    bycn report NAME [-p key=value ...] [--out-dir reports]

Errors end in one line on stderr and a non-zero exit: 2 for bad input or
parameters, 1 for a briefing that failed to build.
"""

from __future__ import annotations

import argparse
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bycn",
        description="Tidy tables and briefings from German-language texts on Belarus-China "
        "cooperation.",
        epilog="Exit status: 0 ok, 1 a briefing failed to build, 2 bad input or parameters.",
    )
    parser.add_argument("--version", action="version", version=f"bycn {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    for table in TABLES:
        sub = commands.add_parser(table, help=_TABLE_HELP[table], description=_TABLE_HELP[table])
        sub.add_argument("path", metavar="PATH", type=Path, help="source text (UTF-8)")
        sub.add_argument(
            "-o", "--output", metavar="OUT", type=Path, help="write here instead of standard output"
        )
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

    data = commands.add_parser("data", help="write every table and the series as CSV to a folder")
    data.add_argument("path", metavar="PATH", type=Path, help="source text (UTF-8)")
    data.add_argument(
        "--out-dir",
        type=Path,
        default=Path("data/processed"),
        help="folder for the CSV files (default: data/processed)",
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
        help="where reports are written (default: reports)",
    )
    options.add_argument(
        "--notebooks",
        type=Path,
        default=Path("notebooks"),
        help="folder holding the notebooks (default: notebooks)",
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
    """Run the CLI; return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command in TABLES:
            return _write_table(args)
        if args.command == "data":
            return _write_all(args)
        return _report(args)
    except BycnError as err:
        print(f"bycn: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("bycn: interrupted", file=sys.stderr)
        return 130


def _table(document, name: str, catalog: Path | None = None):
    if name == "series":
        from bycn.indicators.series import build_series

        return build_series(document.figures, catalog, sentences=document.sentences)
    return getattr(document, name)


def _write_table(args: argparse.Namespace) -> int:
    from bycn.output import write_table
    from bycn.text.document import read_document

    document = read_document(args.path)
    frame = _table(document, args.command, getattr(args, "catalog", None))
    write_table(frame, args.output, args.format)
    return 0


def _write_all(args: argparse.Namespace) -> int:
    from bycn.output import write_table
    from bycn.text.document import read_document

    document = read_document(args.path)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for name in TABLES:
        target = args.out_dir / f"{name}.csv"
        write_table(_table(document, name), target, "csv")
        print(f"wrote {target}", file=sys.stderr)
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
