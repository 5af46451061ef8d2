"""``python -m analysis sourcing PATH...``: one row per document of sourcing measures.

Columns: ``doc`` then :data:`analysis.sourcing.SUMMARY_COLUMNS` (counts, shares 0-1, rates per
1,000 words, compliance flags), computed by :func:`analysis.sourcing.summarize` from the
attributions of each document (cleaning's excluded spans skipped; words counted with the
shared segmentation).
"""
from __future__ import annotations

import argparse

from ._common import cleaned_and_segmented, add_corpus_arguments, add_format_argument, iter_documents, write_frames


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "sourcing",
        help="per-document sourcing measures: named/anonymous attributions, distinct sources, flags",
        description="One row per document: attributions, anonymous and named attributions, "
        "distinct (anonymous) sources, anonymous share, attributions per 1,000 words, share of "
        "anonymous sources with a justification, and compliance flags.",
    )
    add_corpus_arguments(parser)
    add_format_argument(parser, default="csv")
    parser.set_defaults(func=run)


def _frames(docs):
    import pandas as pd

    from ..sourcing import SUMMARY_COLUMNS, attributions, summarize

    for doc, excluded, seg in cleaned_and_segmented(docs):
        frame = attributions(doc.text, excluded, seg=seg)
        yield pd.DataFrame([{"doc": doc.id, **summarize(frame, seg.word_count)}], columns=["doc", *SUMMARY_COLUMNS])


def run(args: argparse.Namespace) -> int:
    from ..sourcing import SUMMARY_COLUMNS
    from ._common import one_line_warnings

    with one_line_warnings():
        write_frames(_frames(iter_documents(args)), args.format, args.output, columns=["doc", *SUMMARY_COLUMNS])
    return 0
