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
# ## 4. The columns compared: sourcing, hedging and readability together
#
# The across-columns story in three panels sharing one time axis: each point is a column, each
# line a columnist's smoothed trend (a Gaussian kernel over publication dates that pools counts,
# so a long column weighs more than a short one). Then how hedging and anonymous sourcing go
# together column by column, and one summary table with intervals.

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
articles = tables.articles
print(tables.describe())

# %%
charts.over_time(articles)

# %%
charts.hedging_vs_anonymous(articles)

# %% [markdown]
# ### Summary with 95% intervals
#
# Anonymous share: pooled, Wilson interval. Hedges and boosters: per 1,000 words, pooled, bootstrap
# over columns. Grade: mean over columns, bootstrap over columns.


# %%
def summary(by):
    parts = []
    for measure in ("anonymous_share", "hedges_per_1000_words", "boosters_per_1000_words", "flesch_kincaid_grade"):
        g = charts.pooled(articles, by, measure)
        label = charts.MEASURES[measure].label
        g[label] = [f"{v:.1f} ({lo:.1f}-{hi:.1f})" for v, lo, hi in zip(g["value"], g["low"], g["high"])]
        parts.append(g.set_index(by)[[label]])
    n = articles.groupby(by).size().rename("columns")
    return pd.concat([n, *parts], axis=1)


summary("author")

# %%
summary("outlet")
