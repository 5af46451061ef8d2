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
# ## 3. Readability: how hard the columns are to read
#
# The **Flesch-Kincaid grade** (FKGL) estimates the US school grade needed to follow a text from
# words per sentence and syllables per word; the news profile counts syllables from the CMU
# dictionary and skips excluded boilerplate. Each column's **interval** comes from resampling its
# sentences (1,000 seeded resamples): a wide interval means a few very long sentences drive the
# grade. Columnist figures are means over columns with 95% intervals from resampling columns.

# %% tags=["parameters"]
corpus = "data/sample"  # corpus path, relative to the project root
results = None  # results folder of `analyze`/`report`; when given, its Parquet tables are read
author = None  # only these columnists (comma-separated)
outlet = None  # only these outlets (comma-separated)
date_from = None  # first publication date, YYYY-MM-DD
date_to = None  # last publication date, YYYY-MM-DD

# %%
# %matplotlib inline
import pandas as pd

from analysis import charts, report

tables = report.load_tables(corpus, results, author, outlet, date_from, date_to)
articles, sentences = tables.articles, tables.sentences
pd.set_option("display.precision", 1)
print(tables.describe())

# %% [markdown]
# ### Grade by columnist

# %%
grades = charts.pooled(articles, "author", "flesch_kincaid_grade").rename(
    columns={"value": "mean FKGL", "low": "low", "high": "high"})
others = articles.groupby("author")[["flesch_reading_ease", "gunning_fog", "smog_index", "words"]].mean()
grades.merge(others, left_on="author", right_index=True).round(1)

# %%
charts.readability_intervals(articles)

# %%
charts.by_group(articles, "flesch_kincaid_grade", by="author")

# %%
charts.by_group(articles, "flesch_kincaid_grade", by="outlet")

# %% [markdown]
# ### Sentence length
#
# Words per sentence from the sentences table (the same segmentation the grades use), by
# columnist: the median, the 90th percentile and the share of sentences over 30 words.

# %%
s = sentences.merge(articles[["doc", "author"]], on="doc")
s = s[s["words"] > 0]
(s.groupby("author")["words"]
 .agg(sentences="size", median="median", p90=lambda w: w.quantile(0.9), over_30=lambda w: 100 * (w > 30).mean())
 .rename(columns={"over_30": "% over 30 words"}).round(1))
