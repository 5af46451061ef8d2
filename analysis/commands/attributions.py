"""``python -m analysis attributions PATH...``: every attribution, one record per cue.

Each record carries the document id, the cue and source spans (offsets into the document's
text as loaded, end exclusive; null source offsets for impersonal cues), whether the source
is anonymous (codebook v1.1 definition), its form, the quote type, the chain id, specificity,
knowledge basis, number, anonymity justification and the rule that fired
(:data:`analysis.sourcing.ATTRIBUTION_COLUMNS`). Cleaning's excluded spans are skipped.
"""
from __future__ import annotations

import argparse

from ._common import cleaned_and_segmented, add_corpus_arguments, add_format_argument, iter_documents, write_frames


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "attributions",
        help="list every attribution cue with its source, named/anonymous, quote type and rule",
        description="List every attribution (reporting verb, 'according to', impersonal cue) with "
        "offsets into the text as loaded, the source span, whether it is anonymous, the source "
        "chain id and the rule that fired.",
    )
    add_corpus_arguments(parser)
    add_format_argument(parser)
    parser.add_argument("--anonymous", action="store_true", help="only attributions to anonymous sources")
    parser.set_defaults(func=run)


def _frames(docs, args):
    from ..sourcing import attributions

    for doc, excluded, seg in cleaned_and_segmented(docs):
        frame = attributions(doc.text, excluded, seg=seg)
        if args.anonymous:
            frame = frame[frame["anonymous"]]
        frame = frame.copy()
        frame.insert(0, "doc", doc.id)
        yield frame


def run(args: argparse.Namespace) -> int:
    from ..sourcing import ATTRIBUTION_COLUMNS
    from ._common import one_line_warnings

    with one_line_warnings():
        write_frames(_frames(iter_documents(args), args), args.format, args.output, columns=["doc", *ATTRIBUTION_COLUMNS])
    return 0
