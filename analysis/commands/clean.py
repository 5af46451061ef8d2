"""``python -m analysis clean FILE...``: show what cleaning excludes from each document, and why.

Cleaning never edits text: every excluded span is listed with its offsets (into the document's
text as loaded), its reason and the lexicon rule that fired. ``text`` output truncates long spans
for reading; ``jsonl`` and ``csv`` keep the full excluded text.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter

from ._common import add_corpus_arguments, atomic_output, write_frames
from ._common import one_line_warnings

COLUMNS = ("doc", "start", "end", "reason", "rule", "text")
SHOW_CHARS = 72


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "clean",
        help="list the spans cleaning excludes (offsets, reason, rule, text)",
        description="List, for every document, the spans that cleaning excludes from analysis, "
        "with offsets into the text as loaded, the reason and the rule that fired. Nothing is deleted.",
    )
    add_corpus_arguments(parser)
    parser.add_argument("--format", choices=("text", "jsonl", "csv"), default="text", help="output format (default: text)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write here (atomically) instead of standard output")
    parser.set_defaults(func=run)


def _documents(args):
    from ._common import iter_documents

    return iter_documents(args)


def _shorten(s: str, limit: int = SHOW_CHARS) -> str:
    """One display line: newlines shown as ' ⏎ ', cut to ``limit`` characters with '…'."""
    lines = s.splitlines() or [""]
    shown = " ⏎ ".join(line.strip() for line in lines)
    if len(shown) > limit:
        shown = shown[: limit - 1] + "…"
    if len(lines) > 1:
        shown += f"  [{len(lines)} lines]"
    return shown


def _frames(docs):
    import pandas as pd

    from ..cleaning import excluded_spans

    for doc in docs:
        spans = excluded_spans(doc.text)
        yield pd.DataFrame(
            {
                "doc": [doc.id] * len(spans),
                "start": [s.start for s in spans],
                "end": [s.end for s in spans],
                "reason": [s.reason for s in spans],
                "rule": [s.rule for s in spans],
                "text": [doc.text[s.start : s.end] for s in spans],
            },
            columns=list(COLUMNS),
        )


def _write_text(docs, handle) -> None:
    from ..cleaning import excluded_spans

    reasons: Counter = Counter()
    n_docs = n_with = chars = 0
    for doc in docs:
        spans = excluded_spans(doc.text)
        n_docs += 1
        if not spans:
            handle.write(f"{doc.id}  ({doc.source}): nothing excluded\n")
            continue
        n_with += 1
        excluded = sum(s.end - s.start for s in spans)
        chars += excluded
        handle.write(
            f"{doc.id}  ({doc.source}): {len(spans)} span(s), {excluded:,} of {len(doc.text):,} characters\n"
        )
        for s in spans:
            reasons[s.reason] += 1
            handle.write(f"  {s.start:>7}-{s.end:<7} {s.reason:<16} {s.rule:<20} {_shorten(doc.text[s.start:s.end])}\n")
    handle.write(f"\n{n_docs:,} document(s), {n_with:,} with exclusions, {chars:,} characters excluded\n")
    for reason, count in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])):
        handle.write(f"  {reason:<16} {count:>7,}\n")


def run(args: argparse.Namespace) -> int:
    with one_line_warnings():
        docs = _documents(args)
        if args.format == "text":
            if args.output:
                with atomic_output(args.output) as handle:
                    _write_text(docs, handle)
            else:
                _write_text(docs, sys.stdout)
        else:
            write_frames(_frames(docs), args.format, args.output, columns=COLUMNS)
    return 0
