"""``python -m analysis report CORPUS --out DIR``: tables, executed notebooks and one HTML report."""
from __future__ import annotations

import sys

from ..errors import InputError
from ._common import add_corpus_arguments


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "report",
        help="analyse a corpus and build one self-contained HTML report from the notebooks",
        description="Run the pipeline once (tables into DIR), execute the notebooks with papermill on those "
        "tables, and write DIR/report.html (no code, figures embedded, provenance at the end).",
    )
    add_corpus_arguments(parser)
    parser.add_argument("--out", required=True, metavar="DIR", help="output folder")
    parser.add_argument("--force", action="store_true", help="replace an earlier report and its tables in DIR")
    parser.add_argument("--jobs", type=int, default=None, metavar="N", help="worker processes (default: all cores)")
    parser.add_argument("--profile", choices=("news", "textstat"), default="news", help="readability profile")
    parser.add_argument("--author", help="only these columnists (comma-separated, case-insensitive)")
    parser.add_argument("--outlet", help="only these outlets (comma-separated, case-insensitive)")
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first publication date to include")
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last publication date to include")
    parser.add_argument("--notebook", action="append", dest="notebooks", metavar="NAME",
                        help="run this notebook (name in notebooks/ or a path; repeatable; default: 01-05)")
    parser.add_argument("--timeout", type=int, default=600, metavar="SECONDS",
                        help="time limit for one notebook cell (default: 600)")
    parser.add_argument("--date", help="run date to print in the provenance section (default: SOURCE_DATE_EPOCH or today)")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    parser.set_defaults(func=run)


def run(args) -> int:
    from ..report import NotebookFailed, build_report

    if args.jobs is not None and args.jobs < 1:
        raise InputError(None, "--jobs must be at least 1")
    if args.timeout < 1:
        raise InputError(None, "--timeout must be at least 1 second")
    log = None if args.quiet else (lambda line: print(line, file=sys.stderr))
    parameters = {"author": args.author, "outlet": args.outlet, "date_from": args.date_from, "date_to": args.date_to}
    try:
        result = build_report(args.paths, args.out, force=args.force, jobs=args.jobs, profile=args.profile,
                              notebooks=args.notebooks, parameters=parameters, timeout=args.timeout,
                              date=args.date, text_column=args.text_column, id_column=args.id_column, log=log)
    except NotebookFailed as exc:
        print(f"error: the report was not written: {exc}", file=sys.stderr)
        return 1
    print(f"report: {result.html}")
    return 0
