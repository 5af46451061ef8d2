"""``python -m analysis hedges PATH...``: hedges, boosters and weasel phrases, one record per cue.

Each record carries the document id, offsets into the document's text as loaded (end
exclusive), the cue as written, its kind (hedge/booster/weasel), category, voice (author/quoted)
and the rule that fired. ``--summary`` writes one record per document instead: counts and
densities per 1,000 words (:data:`analysis.hedging.SUMMARY_COLUMNS`).

Cleaning's excluded spans (:func:`analysis.cleaning.excluded_spans`) are skipped, and
reported-speech regions from :func:`analysis.sourcing.reported_speech` count as quoted voice.
"""
from __future__ import annotations

import argparse

from ._common import cleaned_and_segmented, add_corpus_arguments, add_format_argument, iter_documents, write_frames

COLUMNS = ("doc", "start", "end", "text", "kind", "category", "voice", "rule", "entry", "sentence")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "hedges",
        help="list hedges, boosters and weasel phrases with offsets, voice and rule",
        description="List every hedge, booster and weasel phrase with offsets into the text as "
        "loaded, its category, its voice (author or quoted) and the rule that fired.",
    )
    add_corpus_arguments(parser)
    add_format_argument(parser)
    parser.add_argument(
        "--kind", action="append", choices=("hedge", "booster", "weasel"),
        help="only these kinds (repeatable; default: all)",
    )
    parser.add_argument("--voice", choices=("author", "quoted"), help="only cues in this voice (default: both)")
    parser.add_argument("--summary", action="store_true", help="one record per document: counts and densities per 1,000 words")
    parser.set_defaults(func=run)


def _frames(docs, args):
    import pandas as pd

    from ..hedging import SUMMARY_COLUMNS, hedges, summarize
    from ..sourcing import reported_speech

    for doc, excluded, seg in cleaned_and_segmented(docs):
        reported = reported_speech(doc.text, excluded, seg=seg)
        frame = hedges(doc.text, excluded, seg=seg, reported=reported)
        if args.kind:
            frame = frame[frame["kind"].isin(args.kind)]
        if args.voice:
            frame = frame[frame["voice"] == args.voice]
        if args.summary:
            row = {"doc": doc.id, "words": seg.word_count, **summarize(frame, seg.word_count)}
            yield pd.DataFrame([row], columns=["doc", "words", *SUMMARY_COLUMNS])
        else:
            frame = frame.copy()
            frame.insert(0, "doc", doc.id)
            yield frame


def run(args: argparse.Namespace) -> int:
    from ..hedging import SUMMARY_COLUMNS
    from ._common import one_line_warnings

    columns = ("doc", "words", *SUMMARY_COLUMNS) if args.summary else COLUMNS
    with one_line_warnings():
        write_frames(_frames(iter_documents(args), args), args.format, args.output, columns=columns)
    return 0
