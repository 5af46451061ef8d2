"""``python -m analysis kwic PATH... (--feature F | --pattern REGEX)``: keyword in context.

One row per hit with the document id, author, outlet, date, left context, hit, right context,
and the coder's evidence (feature, category, detail, rule) or the pattern; see
:mod:`analysis.kwic`. ``--format csv`` (default; a file written with ``--output`` is
``utf-8-sig`` so Excel opens it), ``html`` (a self-contained page, every value HTML-escaped)
or ``jsonl``.
"""
from __future__ import annotations

import argparse
import sys

from ._common import add_corpus_arguments, iter_documents, write_frames


def register(subparsers) -> None:
    from ..kwic import DEFAULT_WIDTH, FEATURES

    parser = subparsers.add_parser(
        "kwic",
        help="keyword in context: every hit of a feature or pattern with its context and metadata",
        description="Keyword in context: one row per hit of a coded feature (attributions, hedges, "
        "source forms, excluded spans) or of a regular expression, with document id, author, outlet, "
        "date, left context, hit, right context and the rule that fired.",
    )
    add_corpus_arguments(parser)
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--feature", choices=FEATURES, metavar="FEATURE",
                      help="a coded feature: " + ", ".join(FEATURES))
    what.add_argument("--pattern", metavar="REGEX", help="a regular expression (case-insensitive unless --case-sensitive)")
    parser.add_argument("--case-sensitive", action="store_true", help="match --pattern case-sensitively")
    parser.add_argument("--width", type=int, default=DEFAULT_WIDTH, metavar="N",
                        help=f"characters of context on each side (default: {DEFAULT_WIDTH})")
    parser.add_argument("--format", choices=("csv", "html", "jsonl"), default="csv", help="output format (default: csv)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write here (atomically) instead of standard output")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..errors import InputError
    from ..kwic import COLUMNS, compile_pattern, iter_kwic, kwic_html
    from ._common import atomic_output, one_line_warnings

    if args.width < 0:
        raise InputError(None, f"--width must be 0 or more, got {args.width}")
    pattern = compile_pattern(args.pattern, not args.case_sensitive) if args.pattern is not None else None
    with one_line_warnings():
        frames = iter_kwic(iter_documents(args), feature=args.feature, pattern=pattern, width=args.width)
        if args.format == "html":
            title = f"Keyword in context: {args.feature or args.pattern}"
            if args.output:
                with atomic_output(args.output) as fh:
                    for chunk in kwic_html(frames, title):
                        fh.write(chunk)
            else:
                for chunk in kwic_html(frames, title):
                    sys.stdout.write(chunk)
        elif args.format == "csv" and args.output:
            with atomic_output(args.output, encoding="utf-8-sig") as fh:  # Excel needs the BOM
                header = True
                for frame in frames:
                    frame.to_csv(fh, index=False, header=header, lineterminator="\n")
                    header = False
                if header:
                    fh.write(",".join(COLUMNS) + "\n")
        else:
            write_frames(frames, args.format, None, columns=COLUMNS)
    return 0
