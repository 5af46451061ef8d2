"""``python -m analysis analyze CORPUS --out DIR``: the whole pipeline, written to a folder."""
from __future__ import annotations

import itertools
import signal
import sys

from ..errors import InputError
from ._common import add_corpus_arguments, iter_documents


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "analyze",
        help="analyse a corpus into articles/evidence/sentences Parquet tables",
        description="Run cleaning, segmentation, sourcing, hedging and readability over every document "
        "and write articles.parquet, evidence.parquet, sentences.parquet, articles.csv and manifest.json.",
    )
    add_corpus_arguments(parser)
    parser.add_argument("--out", required=True, metavar="DIR", help="output folder")
    parser.add_argument("--jobs", type=int, default=None, metavar="N", help="worker processes (default: all cores)")
    parser.add_argument("--profile", choices=("news", "textstat"), default="news", help="readability profile")
    parser.add_argument("--force", action="store_true", help="replace earlier results in an existing DIR")
    parser.add_argument("--strict", action="store_true", help="exit with status 1 if any document failed")
    parser.add_argument("--engine", choices=("local", "dask"), default="local", help="local process pool or Dask")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: a LocalCluster)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)


def run(args) -> int:
    if args.jobs is not None and args.jobs < 1:
        raise InputError(None, "--jobs must be at least 1")
    options = {"text_column": args.text_column, "id_column": args.id_column}
    docs = _nonempty(iter_documents(args, on_error="collect"), args.paths)  # fails before anything is written
    from ..output import analyze_to_folder

    # a kill (SIGTERM) unwinds like Ctrl-C, so the staging folder is removed and nothing half-written stays
    signal.signal(signal.SIGTERM, _terminate)
    manifest = analyze_to_folder(docs, args.paths, args.out, jobs=args.jobs, profile=args.profile,
                                 force=args.force, progress=False if args.no_progress else None,
                                 options=options, engine=args.engine, scheduler=args.scheduler)
    failed = manifest["failed"]
    timing = manifest["timing"]
    print(f"analysed {manifest['analysed']} of {manifest['documents']} documents "
          f"({manifest['words']:,} words) in {timing['seconds']:.1f} s -> {args.out}")
    for item in failed:
        print(f"failed: {item['source']}: {item['doc']}: {item['error']}", file=sys.stderr)
    if failed:
        print(f"{len(failed)} document(s) failed; see manifest.json", file=sys.stderr)
        return 1 if args.strict else 0
    return 0


def _terminate(signum, frame):
    raise SystemExit(128 + signum)


def _nonempty(docs, paths):
    """Raise a clear error for a corpus without documents (instead of writing empty tables)."""
    first = next(docs, None)
    if first is None:
        raise InputError(", ".join(map(str, paths)), "the corpus holds no documents")
    return itertools.chain([first], docs)
