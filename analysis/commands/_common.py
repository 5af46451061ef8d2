"""Helpers shared by the subcommands: corpus arguments, streaming output, atomic files."""
from __future__ import annotations

import argparse
import contextlib
import json
import math
import sys
import warnings
from typing import TYPE_CHECKING, Iterable, Iterator

from ..files import atomic_output  # noqa: F401 - re-exported for the commands

if TYPE_CHECKING:  # pandas is imported lazily: it costs ~0.4 s on every CLI call
    import pandas as pd


def add_corpus_arguments(parser: argparse.ArgumentParser, *, many: bool = True) -> None:
    """PATH argument(s) plus the loader options every corpus-reading command accepts."""
    parser.add_argument(
        "paths",
        nargs="+" if many else None,
        metavar="PATH",
        help="a .txt/.md/.html file, a folder of them, or a CSV/TSV/JSONL/Parquet table",
    )
    parser.add_argument("--text-column", default="text", help="column holding the text in tables (default: text)")
    parser.add_argument("--id-column", default="id", help="column holding document ids in tables (default: id)")


def iter_documents(args: argparse.Namespace, on_error: str = "raise") -> Iterator:
    """Stream the documents named by ``args.paths`` (ids must be unique across all of them).

    ``on_error="collect"`` yields unreadable files of a folder as
    :class:`analysis.corpus.UnreadableDocument` instead of stopping (the analyze command
    records them as failed documents)."""
    from ..corpus import load_many

    paths = args.paths if isinstance(args.paths, list) else [args.paths]
    yield from load_many(paths, text_column=args.text_column, id_column=args.id_column, on_error=on_error)


def cleaned_and_segmented(docs) -> Iterator:
    """``(doc, excluded, seg)`` for each document: cleaned and segmented once, the same way as
    the corpus pipeline, so every command counts on the same text."""
    from ..cleaning import excluded_spans
    from ..text import segment

    for doc in docs:
        excluded = excluded_spans(doc.text)
        yield doc, excluded, segment(doc.text, excluded)


def add_format_argument(parser: argparse.ArgumentParser, choices=("jsonl", "csv"), default: str = "jsonl") -> None:
    parser.add_argument("--format", choices=choices, default=default, help=f"output format (default: {default})")
    parser.add_argument("--output", "-o", metavar="FILE", help="write here (atomically) instead of standard output")


def write_frames(frames: Iterable[pd.DataFrame], fmt: str, output: str | None = None, columns=None,
                 encoding: str = "utf-8") -> int:
    """Write frames one after another as JSON lines or CSV (one header); returns rows written.

    With ``output`` the file appears only when complete (written to a temporary file in the
    same folder, then renamed). Missing values are written as JSON ``null`` / empty CSV cells.
    """
    if output:
        with atomic_output(output, encoding=encoding) as handle:
            return _write(frames, fmt, handle, columns)
    return _write(frames, fmt, sys.stdout, columns)


def _plain(value):
    """JSON-ready scalar: numpy scalars to Python, NaN/NA to None."""
    if hasattr(value, "item") and not isinstance(value, (list, dict, str)):
        value = value.item()
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    try:
        if value != value:  # pandas.NA, NaT
            return None
    except TypeError:
        return None
    return value


def _write(frames, fmt, handle, columns) -> int:
    rows = 0
    header = True
    for frame in frames:
        if columns is not None:
            frame = frame.reindex(columns=list(columns))
        if fmt == "csv":
            if header or len(frame):
                frame.to_csv(handle, index=False, header=header, lineterminator="\n")
                header = False
        else:
            for record in frame.to_dict(orient="records"):
                handle.write(json.dumps({k: _plain(v) for k, v in record.items()}, ensure_ascii=False) + "\n")
        rows += len(frame)
    if fmt == "csv" and header and columns is not None:
        handle.write(",".join(columns) + "\n")
    handle.flush()
    return rows


@contextlib.contextmanager
def one_line_warnings():
    """Show warnings (cp1252 fallback, unparseable dates, skipped files) as ``warning: ...``
    lines on standard error instead of Python's two-line format with a source line."""

    def show(message, category, filename, lineno, file=None, line=None):
        print(f"warning: {message}", file=sys.stderr)

    with warnings.catch_warnings():
        warnings.simplefilter("default")
        warnings.showwarning = show
        yield
