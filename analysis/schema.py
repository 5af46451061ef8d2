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
    pa.field("doc", pa.string(), metadata={"doc": "document id"}),
    pa.field("feature", pa.string(), metadata={"doc": "attribution | source | hedge | booster | weasel | excluded"}),
    pa.field("category", pa.string(), metadata={"doc": "attribution: anonymous|named; source: the span's own form (pronoun for he/she); hedge: category; excluded: reason"}),
    pa.field("start", pa.int64(), metadata={"doc": "offset of the first character"}),
    pa.field("end", pa.int64(), metadata={"doc": "offset after the last character"}),
    pa.field("text", pa.string(), metadata={"doc": "text[start:end]"}),
    pa.field("sentence", pa.int64(), metadata={"doc": "index of the sentence holding ``start`` (-1: none, e.g. excluded)"}),
    pa.field("rule", pa.string(), metadata={"doc": "the rule or lexicon entry that fired"}),
    pa.field("detail", pa.string(), metadata={"doc": "attribution: source form, a pronoun resolved to its antecedent's form; source: anonymous|named; hedge: voice"}),
    pa.field("source_id", pa.string(), metadata={"doc": "attribution/source: the distinct source it belongs to (S1, S2 ...)"}),
])
EVIDENCE_COLUMNS = tuple(EVIDENCE_SCHEMA.names)

#: ``sentences`` columns and their Arrow types.
SENTENCE_SCHEMA = pa.schema([
    pa.field("doc", pa.string(), metadata={"doc": "document id"}),
    pa.field("sentence", pa.int64(), metadata={"doc": "index within the document, from 0"}),
    pa.field("paragraph", pa.int64(), metadata={"doc": "index of its paragraph, from 0"}),
    pa.field("start", pa.int64(), metadata={"doc": "offset of the sentence's first character"}),
    pa.field("end", pa.int64(), metadata={"doc": "offset after the sentence's last character"}),
    pa.field("words", pa.int64(), metadata={"doc": "words in the sentence (count)"}),
    pa.field("syllables", pa.int64(), metadata={"doc": "news-profile syllables (null when not computed)"}),
    pa.field("in_quotation", pa.bool_(), metadata={"doc": "the sentence starts inside a direct quotation"}),
    pa.field("attributions", pa.int64(), metadata={"doc": "attribution cues in the sentence"}),
    pa.field("anonymous_attributions", pa.int64(), metadata={"doc": "attribution cues with an anonymous source in the sentence"}),
    pa.field("hedges", pa.int64(), metadata={"doc": "hedge cues in the sentence"}),
    pa.field("boosters", pa.int64(), metadata={"doc": "booster cues in the sentence"}),
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
    "text_length": "length of the text as loaded, in characters (str length)",
    "excluded_characters": "characters inside excluded spans (cleaning), not analysed",
    "excluded_spans": "number of excluded spans",
    "paragraphs": "paragraphs (blank-line separated) outside excluded spans",
    "quotations": "direct-quotation regions",
}


#: Descriptions of the readability columns in ``articles`` (definitions: :mod:`analysis.readability`).
READABILITY_DOCS = {
    "profile": "readability profile: news (project rules) or textstat (textstat 0.7.13's numbers)",
    "analysis_version": "column-analysis version that computed the row",
    "textstat_version": "textstat release reproduced (textstat profile only)",
    "sentences": "sentences with at least one word (count)",
    "syllables": "syllables (count; CMU dictionary, fewest-syllable pronunciation; abbreviations and figures one syllable, Flesch 1979)",
    "polysyllables": "words of 3+ syllables read aloud, figures as spoken (count; McLaughlin 1969)",
    "complex_words": "Gunning's complex words (count)",
    "letters": "letters in words (count)",
    "characters": "letters and digits in words (count)",
    "long_words": "words of more than 6 letters (count)",
    "unfamiliar_words": "words not on the Dale-Chall list after the 1995 counting rules (count)",
    "flesch_reading_ease": "Flesch Reading Ease (0-100 scale, higher is easier; Flesch 1948)",
    "flesch_kincaid_grade": "Flesch-Kincaid grade level (US school grade; Kincaid et al. 1975)",
    "gunning_fog": "Gunning Fog index (grade; Gunning 1952)",
    "smog_index": "SMOG grade (McLaughlin 1969)",
    "coleman_liau_index": "Coleman-Liau index (grade; Coleman & Liau 1975)",
    "automated_readability_index": "Automated Readability Index (grade; Senter & Smith 1967)",
    "dale_chall_readability_score": "Dale-Chall 1948 score (Dale & Chall 1948)",
    "linsear_write_formula": "Linsear Write grade (O'Hayre 1966)",
    "dale_chall_1995_cloze": "Dale-Chall 1995 cloze score (higher is easier)",
    "dale_chall_1995_level": "Dale-Chall 1995 reading level band",
    "lix": "LIX (Björnsson 1968)",
}
INTERVAL_DOC = "{side} bound of the 95% sentence-bootstrap interval of {metric}"

EVIDENCE_DOCS = {f.name: f.metadata[b"doc"].decode() for f in EVIDENCE_SCHEMA}
SENTENCE_DOCS = {f.name: f.metadata[b"doc"].decode() for f in SENTENCE_SCHEMA}


def column_docs() -> pd.DataFrame:
    """Every column of the three tables with its description and unit: ``table, column, description``."""
    from . import hedging, sourcing
    from .pipeline import article_columns

    known = {**ARTICLE_DOCS, **sourcing.SUMMARY_COLUMNS, **hedging.SUMMARY_COLUMNS, **READABILITY_DOCS}
    rows = []
    for name in article_columns():
        doc = known.get(name)
        if doc is None and name.endswith(("_low", "_high")):
            metric, side = name.rsplit("_", 1)
            doc = INTERVAL_DOC.format(side="lower" if side == "low" else "upper", metric=metric)
        rows.append(("articles", name, doc or ""))
    rows += [("evidence", k, v) for k, v in EVIDENCE_DOCS.items()]
    rows += [("sentences", k, v) for k, v in SENTENCE_DOCS.items()]
    return pd.DataFrame(rows, columns=["table", "column", "description"])


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
