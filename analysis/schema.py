"""Column names, types and units of the pipeline's three tables, documented in one place.

* ``articles``: one row per document: metadata, counts, sourcing, hedging and readability
  measures (the analysers' own summary columns, documented in :data:`ARTICLE_DOCS`).
* ``evidence``: one row per span that a count rests on (an attribution cue, a source span, a
  hedge or booster, an excluded region), with character offsets into the document's text.
* ``sentences``: one row per sentence of the shared segmentation, with per-sentence counts.

Units: ``*_per_1000_words`` are occurrences per 1,000 words (words as defined in
:mod:`analysis.text`); ``*_share`` are proportions between 0 and 1; offsets are Python ``str``
indices (end exclusive) into the document's text as loaded.
"""
from __future__ import annotations

import pandas as pd
import pyarrow as pa

#: Standard document metadata copied into ``articles`` (see :class:`analysis.corpus.Document`).
ARTICLE_METADATA = ("title", "author", "outlet", "date", "url", "section", "source")

#: ``evidence`` columns and their Arrow types.
EVIDENCE_SCHEMA = pa.schema([
    ("doc", pa.string()),          # document id
    ("feature", pa.string()),      # attribution | source | hedge | booster | weasel | excluded
    ("category", pa.string()),     # attribution/source: anonymous|named or source form; hedge: category; excluded: reason
    ("start", pa.int64()),         # offset of the first character
    ("end", pa.int64()),           # offset after the last character
    ("text", pa.string()),         # text[start:end]
    ("sentence", pa.int64()),      # index of the sentence holding ``start`` (-1: none, e.g. excluded)
    ("rule", pa.string()),         # the rule or lexicon entry that fired
    ("detail", pa.string()),       # attribution: source form; source: anonymous|named; hedge: voice
    ("source_id", pa.string()),    # attribution/source: the distinct source it belongs to (S1, S2 ...)
])
EVIDENCE_COLUMNS = tuple(EVIDENCE_SCHEMA.names)

#: ``sentences`` columns and their Arrow types.
SENTENCE_SCHEMA = pa.schema([
    ("doc", pa.string()),
    ("sentence", pa.int64()),                # index within the document, from 0
    ("paragraph", pa.int64()),               # index of its paragraph, from 0
    ("start", pa.int64()),
    ("end", pa.int64()),
    ("words", pa.int64()),
    ("syllables", pa.int64()),               # news-profile syllables (null when not computed)
    ("in_quotation", pa.bool_()),            # the sentence starts inside a direct quotation
    ("attributions", pa.int64()),            # attribution cues in the sentence
    ("anonymous_attributions", pa.int64()),
    ("hedges", pa.int64()),
    ("boosters", pa.int64()),
])
SENTENCE_COLUMNS = tuple(SENTENCE_SCHEMA.names)

#: Descriptions of the ``articles`` columns the pipeline itself adds.
ARTICLE_DOCS = {
    "doc": "document id (stable across runs)",
    "title": "title from the metadata",
    "author": "columnist / byline",
    "outlet": "publication",
    "date": "publication date, ISO YYYY-MM-DD",
    "url": "address of the original",
    "section": "section of the publication",
    "source": "file (and row) the document was loaded from",
    "extra": "any other metadata fields, as a JSON object",
    "characters": "length of the text as loaded, in characters",
    "excluded_characters": "characters inside excluded spans (cleaning), not analysed",
    "excluded_spans": "number of excluded spans",
    "paragraphs": "paragraphs (blank-line separated) outside excluded spans",
    "quotations": "direct-quotation regions",
}


def arrow_type(value) -> pa.DataType:
    """The Arrow type used for an ``articles`` column whose example value is ``value``."""
    if isinstance(value, bool):
        return pa.bool_()
    if isinstance(value, int):
        return pa.int64()
    if isinstance(value, float):
        return pa.float64()
    return pa.string()


def empty_frame(columns) -> pd.DataFrame:
    """An empty frame with the given columns (the schema of an empty batch)."""
    return pd.DataFrame({c: pd.Series([], dtype="object") for c in columns})
