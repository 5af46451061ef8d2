"""``python -m analysis readability PATH...``: readability scores, one row per document.

Columns: ``doc``, the formulas under textstat's function names (``flesch_reading_ease`` ...
``linsear_write_formula``), ``sentences``, ``words``, ``syllables``, then the other counts and
scores of :func:`analysis.readability.readability` and the versions (``profile``,
``analysis_version``, ``textstat_version`` for ``--profile textstat``). Cleaning's excluded spans
(:func:`analysis.cleaning.excluded_spans`) are left out of the counts; every document gets a row
(an empty one has NaN scores).
"""
from __future__ import annotations

import argparse

from ._common import cleaned_and_segmented, add_corpus_arguments, add_format_argument, iter_documents, write_frames

NEWS_SCORES = ("dale_chall_1995_cloze", "dale_chall_1995_level", "lix")
TEXTSTAT_EXTRA = ("polysyllables", "letters", "characters", "difficult_words")
VERSIONS = ("profile", "analysis_version")


def columns(profile: str, intervals: bool = False) -> tuple[str, ...]:
    """The output columns for a profile, in order: ``doc``, the formulas (named like textstat's
    functions), the counts, then the profile's extra columns."""
    # imported here: registering the command must not import numpy
    from ..readability import COUNT_COLUMNS, INTERVAL_METRICS, METRICS

    leading = ("doc", *METRICS, *COUNT_COLUMNS[:3])  # formulas, then sentences, words, syllables
    if profile == "textstat":
        return (*leading, *TEXTSTAT_EXTRA, *VERSIONS, "textstat_version")
    cols = (*leading, *COUNT_COLUMNS[3:], *NEWS_SCORES)
    if intervals:
        cols += tuple(f"{m}_{side}" for m in INTERVAL_METRICS for side in ("low", "high"))
    return (*cols, *VERSIONS)


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "readability",
        help="readability formulas per document (news-aware counts, or textstat 0.7.13's)",
        description="Readability per document: Flesch, Flesch-Kincaid, Fog, SMOG, Coleman-Liau, ARI, "
        "Dale-Chall, Linsear Write, with the counts behind them. --profile textstat reproduces "
        "textstat 0.7.13 offline.",
    )
    add_corpus_arguments(parser)
    add_format_argument(parser)
    parser.add_argument("--profile", choices=("news", "textstat"), default="news", help="counting rules (default: news)")
    parser.add_argument(
        "--intervals", action="store_true",
        help="news profile: add 95%% sentence-bootstrap intervals (<metric>_low/_high) for the grade formulas",
    )
    parser.set_defaults(func=run)


def _frames(docs, args):
    import pandas as pd

    from ..readability import readability

    for doc, excluded, seg in cleaned_and_segmented(docs):
        row = {"doc": doc.id}
        row.update(readability(doc.text, excluded, args.profile, seg=seg, intervals=args.intervals))
        yield pd.DataFrame([row])


def run(args: argparse.Namespace) -> int:
    from .info import one_line_warnings

    if args.intervals and args.profile == "textstat":
        from ..errors import InputError

        raise InputError("--intervals", "intervals are computed for the news profile only")
    with one_line_warnings():
        write_frames(_frames(iter_documents(args), args), args.format, args.output, columns=columns(args.profile, args.intervals))
    return 0
