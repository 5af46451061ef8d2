"""Coding sheets: seeded random samples of coded units for hand coding, as Excel-friendly CSV.

A sheet has one row per sampled unit: an ``attribution`` (one cue), a ``hedge`` (one hedge,
booster or weasel cue) or an ``article``. Columns, in order:

* identification: ``unit_id`` (``<doc>@<start>-<end>`` for spans, the document id for articles),
  ``doc``, ``author``, ``outlet``, ``date``, ``start``, ``end`` (``str`` offsets into the text as
  loaded, end exclusive; empty for articles);
* context (spans): ``left``, ``hit``, ``right`` (as in :mod:`analysis.kwic`);
* the automatic codes, prefixed ``auto_`` (:data:`AUTO_COLUMNS`), with the ``auto_rule`` that fired
  (for articles ``auto_words`` is the pipeline's word count, cleaning's excluded spans left out);
* blank columns for the coder, named after the codebook's variables (:data:`CODE_COLUMNS`):
  attributions ``is_attribution`` (yes/no: is this cue an attribution under codebook A?),
  ``source`` (the source as written) and ``source_type`` (anonymous/named); hedges ``kind``
  (hedge/booster/none); articles ``attributions``, ``anonymous_attributions``, ``hedges``,
  ``boosters`` (counts); always ``coder`` and ``notes``.

Sampling: every unit of the corpus is listed in document order, then by offset; ``n`` of them
are drawn without replacement with ``numpy.random.default_rng(seed)`` (all of them when fewer
than ``n`` exist), and the sheet lists them in document order. Same corpus + seed = same sheet.

Files are written as UTF-8 **with a byte-order mark** (``utf-8-sig``) so Excel opens them with
the right characters. Cells that begin with ``=``, ``+``, ``-``, ``@``, tab or carriage return
are written with a leading apostrophe so spreadsheet programs do not run them as formulas
(OWASP "CSV injection"); :func:`read_sheet` removes it again, so a sheet round-trips:
``read_sheet(path)`` after ``write_sheet(sheet, path)`` equals ``sheet``. ``read_sheet`` also
accepts a sheet re-saved by Excel as ``;``- or tab-separated and/or in cp1252.
"""
from __future__ import annotations

import csv
import io
import os
from typing import Iterable

import numpy as np
import pandas as pd

from .errors import InputError

__all__ = ["coding_sheet", "write_sheet", "read_sheet", "UNITS", "CODE_COLUMNS", "AUTO_COLUMNS"]

UNITS = ("attribution", "hedge", "article")

ID_COLUMNS = ("unit_id", "doc", "author", "outlet", "date", "start", "end")
CONTEXT_COLUMNS = ("left", "hit", "right")
AUTO_COLUMNS = {
    "attribution": ("auto_cue", "auto_source", "auto_source_type", "auto_source_form", "auto_quote",
                    "auto_source_start", "auto_source_end", "auto_rule"),
    "hedge": ("auto_text", "auto_kind", "auto_category", "auto_voice", "auto_rule"),
    "article": ("auto_words", "auto_attributions", "auto_anonymous_attributions", "auto_hedges", "auto_boosters"),
}
CODE_COLUMNS = {
    "attribution": ("is_attribution", "source", "source_type", "coder", "notes"),
    "hedge": ("kind", "coder", "notes"),
    "article": ("attributions", "anonymous_attributions", "hedges", "boosters", "coder", "notes"),
}
INT_COLUMNS = ("start", "end", "auto_source_start", "auto_source_end", "auto_words", "auto_attributions",
               "auto_anonymous_attributions", "auto_hedges", "auto_boosters")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def columns(unit: str) -> tuple[str, ...]:
    """The sheet's columns for ``unit``, in order."""
    _check_unit(unit)
    ctx = () if unit == "article" else CONTEXT_COLUMNS
    return (*ID_COLUMNS, *ctx, *AUTO_COLUMNS[unit], *CODE_COLUMNS[unit])


def _check_unit(unit: str) -> None:
    if unit not in UNITS:
        raise InputError(None, f"unknown unit {unit!r}; expected one of {', '.join(UNITS)}")


def _units(doc, unit: str, width: int) -> list[dict]:
    from .kwic import _squash
    from .text import segment
    from .validation import run_coders

    text = doc.text
    excluded, att, hed = run_coders(text)
    base = {"doc": doc.id, "author": doc.author, "outlet": doc.outlet, "date": doc.date}
    if unit == "article":
        kinds = hed["kind"] if len(hed) else pd.Series([], dtype=object)
        return [{**base, "unit_id": doc.id, "start": None, "end": None, "auto_words": segment(text, excluded).word_count,
                 "auto_attributions": len(att), "auto_anonymous_attributions": int(att["anonymous"].sum()) if len(att) else 0,
                 "auto_hedges": int((kinds == "hedge").sum()), "auto_boosters": int((kinds == "booster").sum())}]

    def ctx(s, e):
        return {"unit_id": f"{doc.id}@{s}-{e}", "start": s, "end": e,
                "left": _squash(text[max(0, s - width):s]), "hit": text[s:e], "right": _squash(text[e:e + width])}

    rows = []
    if unit == "attribution":
        for r in att.itertuples(index=False):
            s, e = int(r.cue_start), int(r.cue_end)
            has_src = r.source_start is not None and not pd.isna(r.source_start)
            rows.append({**base, **ctx(s, e), "auto_cue": r.cue, "auto_source": r.source if has_src else None,
                         "auto_source_type": "anonymous" if r.anonymous else "named",
                         "auto_source_form": r.source_form, "auto_quote": r.quote,
                         "auto_source_start": int(r.source_start) if has_src else None,
                         "auto_source_end": int(r.source_end) if has_src else None, "auto_rule": r.rule})
    else:
        for r in hed.itertuples(index=False):
            s, e = int(r.start), int(r.end)
            rows.append({**base, **ctx(s, e), "auto_text": r.text, "auto_kind": r.kind,
                         "auto_category": r.category, "auto_voice": r.voice, "auto_rule": r.rule})
    return rows


def coding_sheet(documents: Iterable, unit: str = "attribution", n: int = 50, seed: int = 7,
                 width: int = 60) -> pd.DataFrame:
    """A seeded random sample of ``n`` units of ``documents`` as a coding sheet (see module doc).

    ``documents``: any iterable of :class:`analysis.corpus.Document`. ``width``: characters of
    context on each side of the hit.
    """
    _check_unit(unit)
    if n < 1:
        raise InputError(None, f"--n must be at least 1, got {n}")
    rows = []
    for doc in documents:
        rows.extend(_units(doc, unit, width))
    cols = columns(unit)
    if rows:
        rng = np.random.default_rng(seed)
        pick = np.sort(rng.choice(len(rows), size=min(n, len(rows)), replace=False))
        rows = [rows[i] for i in pick]
    frame = pd.DataFrame(rows, columns=list(cols)).astype(object)
    for c in INT_COLUMNS:
        if c in frame.columns:
            frame[c] = frame[c].astype("Int64")
    return frame.where(frame.notna(), None) if len(frame) else frame


def _guard(value):
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _unguard(value):
    if isinstance(value, str) and value.startswith("'") and value[1:2] and value[1:].startswith(_FORMULA_START):
        return value[1:]
    return value


def write_sheet(sheet: pd.DataFrame, path: str | os.PathLike) -> None:
    """Write ``sheet`` as ``utf-8-sig`` CSV (atomically), guarding formula-like cells."""
    from .files import atomic_output

    out = sheet.copy()
    for c in out.columns:
        if out[c].dtype == object:
            out[c] = out[c].map(_guard)
    with atomic_output(path, encoding="utf-8-sig") as fh:
        out.to_csv(fh, index=False, lineterminator="\r\n")


def read_sheet(path: str | os.PathLike) -> pd.DataFrame:
    """Read a coding sheet back: empty cells are ``None``, offsets and counts integers
    (``Int64``), everything else text exactly as written (``NA`` stays the text ``NA``)."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise InputError(path, f"cannot read sheet ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="strict")
    first = text.split("\n", 1)[0]
    sep = max((",", ";", "\t"), key=first.count)
    frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, quoting=csv.QUOTE_MINIMAL)
    if "unit_id" not in frame.columns:
        raise InputError(path, "not a coding sheet (no unit_id column)")
    frame = frame.astype(object)
    for c in frame.columns:
        frame[c] = frame[c].map(lambda v: None if v == "" else _unguard(v))
    for c in INT_COLUMNS:
        if c in frame.columns:
            try:
                frame[c] = pd.array([None if v is None else int(float(v)) for v in frame[c]], dtype="Int64")
            except ValueError as exc:
                raise InputError(path, f"column {c!r} must hold whole numbers ({exc})") from None
    return frame
