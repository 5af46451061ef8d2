"""``python -m analysis validate GOLD --against CORPUS``: score the coders against hand coding.

GOLD is a JSON object, a JSON array or JSON lines of records in the codebook's record format
(``{"id", "attributions": [...], "hedges": [...], "ignore": [...]}``, items may be
``optional``); CORPUS is anything the loader reads, and its ids must match the gold ids. The
coders run as in the pipeline (cleaning's excluded spans included). Prints precision, recall and
F1 for all attributions, anonymous attributions, hedges and boosters, the share of articles whose
anonymous count is exactly right, and the named/anonymous confusion table; ``--format json``
for machines. ``--errors FILE`` writes every false positive and negative as CSV. Exit status 0
whatever the scores; 2 on input errors (unreadable gold, unknown id, offsets that do not fit).
See :mod:`analysis.validation` for the scoring rules.
"""
from __future__ import annotations

import argparse
import json
import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="score the automatic coders against a hand-coded gold file (precision, recall, F1)",
        description="Score attributions (all and anonymous), hedges and boosters against hand-coded "
        "spans in the codebook's record format.",
    )
    parser.add_argument("gold", metavar="GOLD", help="gold file: JSON object, JSON array or JSON lines")
    parser.add_argument("--against", dest="paths", nargs="+", required=True, metavar="CORPUS",
                        help="the corpus the gold was coded on (file(s) or folder; ids must match)")
    parser.add_argument("--text-column", default="text", help="column holding the text in tables (default: text)")
    parser.add_argument("--id-column", default="id", help="column holding document ids in tables (default: id)")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write the report here instead of standard output")
    parser.add_argument("--errors", metavar="FILE", help="also write every false positive/negative to this CSV")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..validation import load_gold, validate
    from ._common import atomic_output, iter_documents, one_line_warnings

    gold = load_gold(args.gold)
    with one_line_warnings():
        result = validate(gold, iter_documents(args), name=args.gold, gold_path=args.gold)
    report = (json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n" if args.format == "json"
              else result.to_text())
    if args.output:
        with atomic_output(args.output) as fh:
            fh.write(report)
    else:
        sys.stdout.write(report)
    if args.errors:
        with atomic_output(args.errors, encoding="utf-8-sig") as fh:
            result.errors.to_csv(fh, index=False, lineterminator="\n")
    return 0
