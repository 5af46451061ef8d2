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
# ## 1. Sourcing: whom the columns let speak, and how openly
#
# An **attribution** is a cue that presents a claim as someone else's ("said", "according to",
# "reportedly"). It is **anonymous** when the source is not identified by name (CODEBOOK v1.1,
# part A). Shares are pooled over columns (anonymous attributions / all attributions) with 95%
# Wilson intervals; rates are per 1,000 words with 95% intervals from resampling whole columns.

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
from IPython.display import display

from analysis import charts, report, stats

tables = report.load_tables(corpus, results, author, outlet, date_from, date_to)
articles, evidence = tables.articles, tables.evidence
pd.set_option("display.precision", 2)
print(tables.describe())

# %% [markdown]
# ### Anonymous sourcing by columnist
#
# `share` is the pooled share of anonymous attributions; `low`/`high` its 95% Wilson interval.
# `per_1000_words` is the rate of all attributions.

# %%
shares = stats.group_shares(articles, "author", "anonymous_attributions", "attributions")
rates = stats.group_rates(articles, "author", "attributions")
table = shares.rename(columns={"part": "anonymous", "whole": "attributions"}).merge(
    rates[["author", "words", "per_1000_words", "low", "high"]], on="author", suffixes=("", "_rate"))
for c in ("share", "low", "high"):
    table[c] = (100 * table[c]).round(1)
table.rename(columns={"share": "anonymous %", "low": "anon. low %", "high": "anon. high %",
                      "per_1000_words": "attributions per 1,000 words", "low_rate": "rate low",
                      "high_rate": "rate high"}).round(2)

# %%
charts.by_group(articles, "anonymous_share", by="author")

# %%
charts.by_group(articles, "anonymous_share", by="outlet")

# %% [markdown]
# ### The sourcing mix of each column
#
# Each attribution's source form (named person, named organisation, unnamed individual,
# unnamed group, vague). A pronoun ("she said") counts as the form of the source it refers to.

# %%
charts.sourcing_mix(evidence, articles)

# %% [markdown]
# ### How anonymous sources are described
#
# The most frequent descriptions of anonymous sources (the `source` evidence spans; pronouns
# such as "he" are left out, their attributions count with the source they refer to), and the
# reasons given for anonymity. A substantive reason (fear of reprisal) differs from boilerplate
# ("not authorised to speak").

# %%
anonymous_sources = evidence[(evidence["feature"] == "source") & (evidence["detail"] == "anonymous")
                             & (evidence["category"] != "pronoun")]
described = (anonymous_sources.assign(description=anonymous_sources["text"].str.lower())
             .merge(articles[["doc", "author"]], on="doc")
             .groupby("description").agg(times=("doc", "size"), columns=("doc", "nunique"),
                                          columnists=("author", lambda s: ", ".join(sorted(set(s))))))
described.sort_values(["times", "description"], ascending=[False, True]).head(15)

# %%
flags = [c for c in articles.columns if c.startswith("flag_")]
(articles.groupby("author")[["anonymous_attributions", "boilerplate_justifications", "substantive_justifications", *flags]]
 .sum(numeric_only=True).astype(int))

# %% [markdown]
# ### The same question in SQL over the Parquet table
#
# DuckDB reads `articles.parquet` directly (no loading step), which is handy for ad-hoc
# questions on large corpora.

# %%
try:
    import duckdb
except ImportError:
    duckdb = None
    print("DuckDB is not installed here (pip install duckdb); skipping the SQL example.")
if duckdb is not None:
    con = duckdb.connect()
    con.register("kept", articles[["doc"]])  # the columns selected by the filters above
    if tables.results is not None:
        source, args = "read_parquet(?)", [str(tables.results / "articles.parquet")]
    else:
        con.register("articles_frame", articles)
        source, args = "articles_frame", []
    query = f"""
        SELECT outlet,
               count(*) AS columns,
               sum(attributions) AS attributions,
               round(100.0 * sum(anonymous_attributions) / nullif(sum(attributions), 0), 1) AS anonymous_pct
        FROM {source}
        WHERE doc IN (SELECT doc FROM kept)
        GROUP BY outlet ORDER BY outlet"""
    display(con.execute(query, args).df())
