"""The corpus pipeline: from documents to three tidy tables, on all cores or on Dask.

Structure (FIELD_NOTES 5): one pure per-document function (:func:`analyze_document`), a batch
wrapper returning frames with a fixed schema even for an empty batch (:func:`analyze_batch`),
and drivers that run batches locally in a process pool (:func:`analyze`, :func:`iter_batches`)
or on a Dask cluster (:mod:`analysis.dask_engine`). Text never enters the feature tables except
as the short evidence spans themselves.

Every document is cleaned (:func:`analysis.cleaning.excluded_spans`), segmented once
(:func:`analysis.text.segment`), and that one segmentation is shared by the sourcing, hedging
and readability analysers. The column names and units of all three tables are documented in
:mod:`analysis.schema`.
"""
from __future__ import annotations

import functools
import json
import multiprocessing
import os
import traceback
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import pandas as pd

from . import cleaning, hedging, readability, sourcing
from .corpus import UnreadableDocument
from .schema import ARTICLE_METADATA, EVIDENCE_COLUMNS, SENTENCE_COLUMNS, empty_frame
from .text import segment

DEFAULT_BATCH_SIZE = 32


@dataclass
class DocumentResult:
    """What one document contributes to the three tables."""

    article: dict
    evidence: dict[str, list]  # the evidence table's columns
    sentences: dict[str, list]  # the sentences table's columns


@dataclass
class Batch:
    """Frames for one batch of documents, plus the documents that failed (never dropped silently)."""

    articles: pd.DataFrame
    evidence: pd.DataFrame
    sentences: pd.DataFrame
    failures: list[dict] = field(default_factory=list)


@dataclass
class Results:
    """The pipeline's output: ``articles`` (one row per document), ``evidence`` (one row per
    span), ``sentences`` (one row per sentence), and ``failures`` (documents that raised)."""

    articles: pd.DataFrame
    evidence: pd.DataFrame
    sentences: pd.DataFrame
    failures: list[dict] = field(default_factory=list)

    def __repr__(self) -> str:
        return (
            f"<Results {len(self.articles)} articles, {len(self.evidence)} evidence spans, "
            f"{len(self.sentences)} sentences, {len(self.failures)} failures>"
        )


# -- one document ------------------------------------------------------------------------------

def analyze_document(doc, profile: str = "news") -> DocumentResult:
    """Analyse one :class:`analysis.corpus.Document`; pure: the same document gives the same result."""
    text = doc.text
    _check_encodable(text, doc.metadata())
    excluded = cleaning.excluded_spans(text)
    seg = segment(text, excluded)
    n_words = seg.word_count

    att = sourcing.attribution_columns(text, excluded, seg=seg)
    reported = sourcing.reported_speech(text, excluded, seg=seg, attributions=att)
    hed = hedging.hedge_columns(text, excluded, seg=seg, reported=reported)
    rd = readability.readability(text, excluded, seg=seg, profile=profile, intervals=True)

    article = {"doc": doc.id}
    meta = doc.metadata()
    for name in ARTICLE_METADATA:
        article[name] = doc.source if name == "source" else _clean_meta(meta.get(name))
    extra = {k: _json_safe(v) for k, v in meta.items() if k not in ARTICLE_METADATA[:-1] and k != "id"}
    article["extra"] = json.dumps(extra, sort_keys=True, ensure_ascii=False, default=str) if extra else None
    article["text_length"] = len(text)
    article["excluded_characters"] = sum(e.end - e.start for e in excluded)
    article["excluded_spans"] = len(excluded)
    article["paragraphs"] = len(seg.paragraphs)
    article["quotations"] = len(seg.quotes)
    article.update(_prefixed("", sourcing.summarize(att, n_words)))
    article.update(_prefixed("", hedging.summarize(hed, n_words)))
    article.update({k: v for k, v in rd.items() if _is_scalar(v)})

    evidence: dict[str, list] = {c: [] for c in EVIDENCE_COLUMNS}
    add = _evidence_adder(evidence, doc.id, text, seg)
    for e in excluded:
        add("excluded", e.reason, e.start, e.end, e.rule)
    a = [att[name] for name in ("anonymous", "cue_start", "cue_end", "rule", "source_form", "resolved_form",
                                "source_id", "source_start", "source_end")]
    for anon, cs, ce, rule, form, resolved, sid, ss, se in zip(*a):
        category = "anonymous" if anon else "named"
        add("attribution", category, cs, ce, rule, resolved, sid)
        if ss is not None:  # the source span itself: its own form ("pronoun" for "he")
            add("source", form, ss, se, rule, category, sid)
    h = [hed[name] for name in ("kind", "category", "start", "end", "rule", "voice")]
    for kind, cat, hs, he, rule, voice in zip(*h):
        add(kind, cat, hs, he, rule, voice)

    sentences = _sentence_rows(doc.id, seg, att, hed, rd)
    return DocumentResult(article, evidence, sentences)


def _sentence_rows(doc_id: str, seg, att: dict, hed: dict, rd: dict) -> dict[str, list]:
    """The document's rows of the sentences table, as columns (one list per column)."""
    sents = seg.sentences
    n = len(sents)
    attributions, anonymous, hedges, boosters = [0] * n, [0] * n, [0] * n, [0] * n
    for start, anon in zip(att["cue_start"], att["anonymous"]):
        i = seg.sentence_at(start)
        if i >= 0:
            attributions[i] += 1
            anonymous[i] += bool(anon)
    for start, kind in zip(hed["start"], hed["kind"]):
        i = seg.sentence_at(start)
        if i >= 0:
            if kind == "hedge":
                hedges[i] += 1
            elif kind == "booster":
                boosters[i] += 1
    syllables = list(rd.get("sentence_syllables") or [])
    syllables += [None] * (n - len(syllables))
    quote_at = seg.quote_at
    return {
        "doc": [doc_id] * n, "sentence": list(range(n)), "paragraph": [s.paragraph for s in sents],
        "start": [s.start for s in sents], "end": [s.end for s in sents], "words": [s.n_words for s in sents],
        "syllables": syllables[:n], "in_quotation": [quote_at(s.start) is not None for s in sents],
        "attributions": attributions, "anonymous_attributions": anonymous, "hedges": hedges, "boosters": boosters,
    }


def _evidence_adder(columns: dict[str, list], doc_id: str, text: str, seg):
    """A function appending one evidence span to ``columns`` (the evidence table's columns)."""
    appenders = [columns[c].append for c in EVIDENCE_COLUMNS]

    def add(feature, category, start, end, rule, detail=None, source_id=None) -> None:
        start, end = int(start), int(end)
        row = (doc_id, feature, category, start, end, text[start:end], seg.sentence_at(start), rule, detail, source_id)
        for append, value in zip(appenders, row):
            append(value)

    return add


def _check_encodable(text: str, meta: dict) -> None:
    """Refuse (as this document's failure) text or metadata that cannot be written as UTF-8,
    such as unpaired surrogates from a JSON "\\udc00" escape."""
    for name, value in (("text", text), *meta.items()):
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError(f"{name} holds characters that are not valid Unicode text (unpaired surrogates)") from None


def _json_safe(value):
    """NaN and infinities as None, so that ``extra`` is strict JSON."""
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return None
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    return value


def _prefixed(prefix: str, values: dict) -> dict:
    return {prefix + k: v for k, v in values.items()}


def _is_scalar(value) -> bool:
    return value is None or isinstance(value, (bool, int, float, str))


def _clean_meta(value):
    if value is None or isinstance(value, str):
        return value
    return str(value)


# -- batches -----------------------------------------------------------------------------------

def analyze_batch(docs: Iterable, profile: str = "news") -> Batch:
    """Analyse a batch of documents into frames with the fixed schema (also when empty).

    A document that raises is reported in ``failures`` with its id, source and error, and the
    rest of the batch goes on.
    """
    articles, failures = [], []
    evidence: dict[str, list] = {c: [] for c in EVIDENCE_COLUMNS}
    sentences: dict[str, list] = {c: [] for c in SENTENCE_COLUMNS}
    for doc in docs:
        if isinstance(doc, UnreadableDocument):  # a file the loader could not read: report it
            failures.append({"doc": doc.id, "source": doc.source, "error": f"unreadable: {doc.error}",
                             "traceback": None})
            continue
        try:
            result = analyze_document(doc, profile=profile)
        except Exception as exc:  # noqa: BLE001 - one broken document must not sink the run
            failures.append({
                "doc": getattr(doc, "id", None), "source": getattr(doc, "source", None),
                "error": f"{type(exc).__name__}: {exc}",
                "traceback": traceback.format_exc(limit=3),
            })
            continue
        articles.append(result.article)
        for table, part in ((evidence, result.evidence), (sentences, result.sentences)):
            for column, values in part.items():
                table[column].extend(values)
    return Batch(
        _frame(articles, article_columns(profile)),
        _column_frame(evidence, EVIDENCE_COLUMNS),
        _column_frame(sentences, SENTENCE_COLUMNS),
        failures,
    )


def _column_frame(columns: dict[str, list], names) -> pd.DataFrame:
    if not columns[names[0]]:
        return empty_frame(names)
    return pd.DataFrame(columns, columns=list(names))


def _frame(rows: list[dict], columns) -> pd.DataFrame:
    if not rows:
        return empty_frame(columns)
    frame = pd.DataFrame.from_records(rows)
    return frame.reindex(columns=list(columns))


@functools.lru_cache(maxsize=None)
def probe_article(profile: str = "news") -> dict:
    """The articles row of a tiny fixed probe document (computed once per profile): its keys are
    the table's columns, its values show their types, so the schema is the analysers' own and an
    empty batch has the same columns as a full one."""
    return analyze_document(probe_document(), profile).article


def article_columns(profile: str = "news") -> tuple:
    """The articles table's columns, in order (see :func:`probe_article`)."""
    return tuple(probe_article(profile))


def probe_document():
    """A tiny fixed document whose analysis reveals the articles table's columns and types."""
    from .corpus import Document

    return Document(id="probe", text="Probe sentence, the official said. It may rain.", source="<probe>")


def batched(docs: Iterable, size: int = DEFAULT_BATCH_SIZE) -> Iterator[list]:
    batch = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _context():
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["analysis.pipeline"])
        return ctx
    return multiprocessing.get_context("spawn")


def iter_batches(docs: Iterable, jobs: int | None = None, profile: str = "news",
                 batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Batch]:
    """Analyse ``docs`` in batches, yielding :class:`Batch` results in input order.

    ``jobs=None`` uses every core; ``jobs=1`` runs in this process. At most ``2 * jobs`` batches
    are in flight, so memory stays flat however large the corpus is.
    """
    jobs = os.cpu_count() or 1 if jobs is None else max(1, int(jobs))
    if jobs == 1:
        for batch in batched(docs, batch_size):
            yield analyze_batch(batch, profile)
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context()) as pool:
        pending = []
        for batch in batched(docs, batch_size):
            pending.append(pool.submit(analyze_batch, batch, profile))
            if len(pending) >= 2 * jobs:
                yield pending.pop(0).result()
        for future in pending:
            yield future.result()


def analyze(corpus: Iterable, jobs: int | None = None, profile: str = "news",
            progress: bool = False) -> Results:
    """Analyse a corpus (any iterable of documents) into :class:`Results` held in memory.

    For corpora too large for memory use ``python -m analysis analyze`` (or
    :func:`analysis.output.write_results`), which streams batches to Parquet.
    """
    parts: dict[str, list] = {"articles": [], "evidence": [], "sentences": []}
    failures: list[dict] = []
    batches = iter_batches(corpus, jobs=jobs, profile=profile)
    if progress:
        from tqdm.auto import tqdm

        batches = tqdm(batches, unit="batch", desc="analysing")
    for batch in batches:
        parts["articles"].append(batch.articles)
        parts["evidence"].append(batch.evidence)
        parts["sentences"].append(batch.sentences)
        failures.extend(batch.failures)
    return Results(
        _concat(parts["articles"], article_columns(profile)),
        _concat(parts["evidence"], EVIDENCE_COLUMNS),
        _concat(parts["sentences"], SENTENCE_COLUMNS),
        failures,
    )


def _concat(frames: list[pd.DataFrame], columns) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    if not frames:
        return empty_frame(columns)
    return pd.concat(frames, ignore_index=True)
