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
# ## 2. Hedging and boosting: how sure the columns sound
#
# A **hedge** signals less than full commitment ("may", "perhaps", "about 20", "I think"); a
# **booster** signals strong commitment ("clearly", "in fact", "no doubt"); a **weasel** presents
# a vague authority ("critics say", "it is widely believed") and is counted apart from both
# (CODEBOOK v1.1, part B). Rates are per 1,000 words, pooled over a columnist's columns, with 95%
# intervals from resampling whole columns. The **author's voice** excludes cues inside quotations
# and reported speech.

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

from analysis import charts, report, stats

tables = report.load_tables(corpus, results, author, outlet, date_from, date_to)
articles, evidence = tables.articles, tables.evidence
pd.set_option("display.precision", 2)
print(tables.describe())

# %% [markdown]
# ### Rates per columnist

# %%
rows = []
for count, label in (("hedges", "hedges"), ("hedges_author", "hedges, author's voice"),
                     ("boosters", "boosters"), ("boosters_author", "boosters, author's voice"),
                     ("weasels", "weasels")):
    g = stats.group_rates(articles, "author", count)
    g["measure"] = label
    rows.append(g)
rates = pd.concat(rows, ignore_index=True)
rates["per 1,000 words (95% interval)"] = [
    f"{v:.1f} ({lo:.1f}-{hi:.1f})" for v, lo, hi in zip(rates["per_1000_words"], rates["low"], rates["high"])]
rates.pivot(index="author", columns="measure", values="per 1,000 words (95% interval)")[
    ["hedges", "hedges, author's voice", "boosters", "boosters, author's voice", "weasels"]]

# %%
charts.by_group(articles, "hedges_per_1000_words", by="author")

# %%
charts.by_group(articles, "boosters_per_1000_words", by="author")

# %%
charts.trend(articles, "hedges_per_1000_words")

# %% [markdown]
# ### Which kinds of hedge each columnist uses
#
# Hedges per 1,000 words by category (modal verbs, approximators, shields, ...), from the
# evidence table.

# %%
hedge_rows = evidence[evidence["feature"] == "hedge"].merge(articles[["doc", "author"]], on="doc")
counts = hedge_rows.pivot_table(index="author", columns="category", values="start", aggfunc="count", fill_value=0)
words = articles.groupby("author")["words"].sum()
(1000 * counts.div(words, axis=0)).round(1)

# %% [markdown]
# ### The most frequent cues

# %%
cues = evidence[evidence["feature"].isin(["hedge", "booster", "weasel"])]
(cues.assign(cue=cues["text"].str.lower())
 .groupby(["feature", "cue"]).size().rename("times").reset_index()
 .sort_values(["feature", "times", "cue"], ascending=[True, False, True])
 .groupby("feature").head(8).reset_index(drop=True))
