"""``python -m analysis info CORPUS...``: what is in a corpus (documents, words, dates, authors, outlets)."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from ._common import one_line_warnings, add_corpus_arguments, atomic_output, iter_documents

UNKNOWN = "(unknown)"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "info",
        help="summarise a corpus: documents, words, date range, authors, outlets",
        description="Summarise a corpus: document count, total words (all text, before cleaning), "
        "date range, documents and words by author and by outlet.",
    )
    add_corpus_arguments(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write here (atomically) instead of standard output")
    parser.add_argument(
        "--top", type=int, default=20, metavar="N",
        help="text format: show the N largest authors/outlets (default 20; 0 shows all)",
    )
    parser.set_defaults(func=run)


def summarize(documents) -> dict:
    """Counts over an iterable of documents (streamed: texts are not kept)."""
    from ..text import count_words

    n_docs = n_words = n_empty = n_undated = 0
    lo = hi = None
    by_author: Counter = Counter()
    words_author: Counter = Counter()
    by_outlet: Counter = Counter()
    words_outlet: Counter = Counter()
    for doc in documents:
        words = count_words(doc.text)
        n_docs += 1
        n_words += words
        if not doc.text.strip():
            n_empty += 1
        if doc.date:
            lo = doc.date if lo is None or doc.date < lo else lo
            hi = doc.date if hi is None or doc.date > hi else hi
        else:
            n_undated += 1
        author = doc.author or UNKNOWN
        outlet = doc.outlet or UNKNOWN
        by_author[author] += 1
        words_author[author] += words
        by_outlet[outlet] += 1
        words_outlet[outlet] += words

    def table(counts: Counter, words: Counter) -> list[dict]:
        order = sorted(counts, key=lambda k: (-counts[k], k))
        return [{"name": k, "documents": counts[k], "words": words[k]} for k in order]

    return {
        "documents": n_docs,
        "words": n_words,
        "empty_documents": n_empty,
        "date_min": lo,
        "date_max": hi,
        "undated_documents": n_undated,
        "authors": table(by_author, words_author),
        "outlets": table(by_outlet, words_outlet),
    }


def format_text(summary: dict, top: int = 20) -> str:
    lines = [
        f"documents        {summary['documents']:,}",
        f"words            {summary['words']:,}",
        f"empty documents  {summary['empty_documents']:,}",
        "date range       "
        + (f"{summary['date_min']} to {summary['date_max']}" if summary["date_min"] else "(no dates)"),
        f"undated          {summary['undated_documents']:,}",
    ]
    for title, key in (("author", "authors"), ("outlet", "outlets")):
        rows = summary[key]
        shown = rows if top <= 0 else rows[:top]
        width = max([len(title)] + [len(r["name"]) for r in shown])
        lines += ["", f"{title:<{width}}  {'documents':>9}  {'words':>11}"]
        lines += [f"{r['name']:<{width}}  {r['documents']:>9,}  {r['words']:>11,}" for r in shown]
        if len(shown) < len(rows):
            lines.append(f"... and {len(rows) - len(shown):,} more {key} (use --top 0 to show all)")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    with one_line_warnings():
        summary = summarize(iter_documents(args))
    if args.format == "json":
        out = json.dumps(summary, ensure_ascii=False, indent=2) + "\n"
    else:
        out = format_text(summary, args.top)
    if args.output:
        with atomic_output(args.output) as handle:
            handle.write(out)
    else:
        sys.stdout.write(out)
    return 0
