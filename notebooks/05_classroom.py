# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# ## 5. One column, annotated and scored
#
# Paste a column into `text` below (or give a document id in `doc`) and run all cells. The column
# is analysed exactly as the pipeline does it; every mark in the text is a counted span. **Hover
# over a mark** to see which rule fired and why. Orange, dashed: anonymous attribution; blue,
# solid: named attribution; boxed: the source; dotted italic: hedge; double-underlined bold:
# booster; wavy: weasel phrase. The scorecard compares the column with the corpus.

# %% tags=["parameters"]
corpus = "data/sample"  # corpus path, relative to the project root
results = None  # results folder of `analyze`/`report`; when given, its Parquet tables are read
author = None  # only these columnists (comma-separated)
outlet = None  # only these outlets (comma-separated)
date_from = None  # first publication date, YYYY-MM-DD
date_to = None  # last publication date, YYYY-MM-DD
text = None  # paste a column here, between triple quotes
doc = None  # or the id of a column in the corpus (default: the first column by date)
title = None  # heading for a pasted column

# %%
# %matplotlib inline
import pandas as pd
from IPython.display import HTML, display

from analysis import charts, highlight, report
from analysis.corpus import Document, load
from analysis.pipeline import analyze_document

tables = report.load_tables(corpus, results, author, outlet, date_from, date_to)
articles = tables.articles
if text:
    column = Document(id="pasted", text=text, title=title or "Pasted column")
else:
    ordered = articles.sort_values(["date", "doc"])
    doc = doc or ordered["doc"].iloc[0]
    column = next((d for d in load(report.resolve(corpus)) if d.id == doc), None)
    if column is None:
        raise ValueError(f"no document {doc!r} in {corpus}")
row = pd.Series(analyze_document(column).article)
meta = column.metadata()
print(f"{meta.get('title') or column.id} - {meta.get('author') or 'unknown author'}, "
      f"{meta.get('outlet') or ''} {meta.get('date') or ''}; {int(row['words'])} words")

# %%
highlight.highlight(column.text, title=meta.get("title") or column.id,
                    meta=" · ".join(str(meta[k]) for k in ("author", "outlet", "date") if meta.get(k)))

# %%
charts.scorecard(row, articles)

# %% [markdown]
# ### The evidence, span by span
#
# Every attribution, hedge and booster counted above, with its offsets into the text and the rule.

# %%
from analysis import cleaning, hedging, sourcing  # noqa: E402
from analysis.text import segment  # noqa: E402

excluded = cleaning.excluded_spans(column.text)
seg = segment(column.text, excluded)
att = sourcing.attributions(column.text, excluded, seg=seg)
hed = hedging.hedges(column.text, excluded, seg=seg, reported=sourcing.reported_speech(column.text, excluded, seg=seg))
spans = pd.concat([
    att.assign(kind=att["anonymous"].map({True: "anonymous attribution", False: "named attribution"}))
       .rename(columns={"cue_start": "start", "cue_end": "end", "cue": "text", "source_form": "detail"})
       [["start", "end", "kind", "text", "source", "detail", "rule"]],
    hed.assign(source=None).rename(columns={"category": "detail"})[["start", "end", "kind", "text", "source", "detail", "rule"]],
], ignore_index=True).sort_values(["start", "end"]).reset_index(drop=True)
spans
