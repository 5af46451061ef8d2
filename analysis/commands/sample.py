"""``python -m analysis sample PATH... --n 50 --seed 7 --out sheet.csv``: a coding sheet.

A seeded random sample of attributions (default), hedges or articles with the automatic codes
and blank columns named after the codebook's variables, written as ``utf-8-sig`` CSV so Excel
opens it; :func:`analysis.sampling.read_sheet` reads the filled-in sheet back.
"""
from __future__ import annotations

import argparse
import sys

from ._common import add_corpus_arguments


#: The sampling units of :data:`analysis.sampling.UNITS` (repeated here so that registering the
#: command does not import pandas; a test checks the two agree).
UNITS = ("attribution", "hedge", "article")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "sample",
        help="write a seeded random coding sheet (CSV for Excel) of attributions, hedges or articles",
        description="Draw a seeded random sample of coded units and write a coding sheet: context, "
        "the automatic codes (auto_*) and blank columns named after the codebook's variables.",
    )
    add_corpus_arguments(parser)
    parser.add_argument("--unit", choices=UNITS, default="attribution", help="what to sample (default: attribution)")
    parser.add_argument("--n", type=int, default=50, help="units to sample (default: 50; all when fewer exist)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default: 7)")
    parser.add_argument("--width", type=int, default=60, metavar="N", help="characters of context on each side (default: 60)")
    parser.add_argument("--out", "--output", "-o", dest="output", metavar="FILE",
                        help="write the sheet here (utf-8-sig CSV); default: standard output")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..errors import InputError
    from ..sampling import coding_sheet, write_sheet
    from ._common import iter_documents, one_line_warnings

    if args.width < 0:
        raise InputError(None, f"--width must be 0 or more, got {args.width}")
    with one_line_warnings():
        sheet = coding_sheet(iter_documents(args), unit=args.unit, n=args.n, seed=args.seed, width=args.width)
    if args.output:
        write_sheet(sheet, args.output)
        print(f"{len(sheet)} {args.unit} units -> {args.output}", file=sys.stderr)
    else:
        sheet.to_csv(sys.stdout, index=False, lineterminator="\n")
    return 0
