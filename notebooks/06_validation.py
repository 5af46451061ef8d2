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
# # 06 Validation: the automatic coders against hand coding
#
# Scores the sourcing and hedging coders against hand-coded spans in the codebook's record
# format (`../shared/notes/CODEBOOK.md`), with `analysis.validation` (the same scorer as
# `python -m analysis validate`). Precision, recall and F1 are micro-averaged over articles with
# a bootstrap interval over whole articles; the anonymous-count share has a Wilson interval.
#
# 1. the project's own hand-coded sample (`data/validation/`, 4 short columns written for the project);
# 2. when `../shared/corpora` exists: the development gold (20 Wikinews articles) and the GUM RST
#    attribution relations (phrase-level, an approximation of the codebook: see `gum_gold`).

# %% tags=["parameters"]
sample_gold = "data/validation/gold.jsonl"  # paths relative to the project root
sample_corpus = "data/validation/columns.jsonl"
shared = "../shared"  # the shared corpora and dev gold; skipped when absent
show_errors = 15  # false positives/negatives listed per gold set

# %%
from pathlib import Path

import pandas as pd
from IPython.display import display

from analysis.corpus import load
from analysis.validation import gum_gold, validate

pd.set_option("display.width", 140)
ROOT = next(p for p in [Path.cwd(), *Path.cwd().parents] if (p / "pyproject.toml").exists())
sample_gold, sample_corpus, shared = ROOT / sample_gold, ROOT / sample_corpus, ROOT / shared

# %% [markdown]
# ## The project's hand-coded sample

# %%
sample = validate(sample_gold, load(sample_corpus), name="project sample")
print(sample.to_text())
sample.errors.head(show_errors)

# %% [markdown]
# ## Development gold (Wikinews, codebook v1.1)
#
# The coders were tuned on this set, so these figures are optimistic; the held-out set is the
# honest test.

# %%
dev_gold = shared / "dev-gold" / "wikinews_dev_gold.jsonl"
dev_corpus = shared / "corpora" / "wikinews_2019_2020.jsonl"
if dev_gold.exists() and dev_corpus.exists():
    dev = validate(dev_gold, load(dev_corpus), name="dev gold")
    print(dev.to_text())
    display(dev.errors.head(show_errors))
else:
    print(f"skipped: {dev_gold} not found")

# %% [markdown]
# ## GUM attribution relations (phrase level)
#
# Every GUM attribution phrase (image credits dropped; first/second-person phrases optional)
# is one gold item; a predicted cue inside the phrase is a match. Text: Wikinews contributors,
# CC BY 2.5; annotations: GUM corpus (Zeldes 2017), CC BY 4.0.

# %%
gum_rel = shared / "corpora" / "gum_wikinews_rst_attributions.jsonl"
gum_corpus = shared / "corpora" / "gum_wikinews.jsonl"
if gum_rel.exists() and gum_corpus.exists():
    texts = {d.id: d.text for d in load(gum_corpus)}
    records, info = gum_gold(gum_rel, texts)
    print(info)
    gum = validate(records, texts, name="GUM attribution relations", measures=("attributions",))
    print(gum.to_text())
    display(gum.errors.head(show_errors))
else:
    print(f"skipped: {gum_rel} not found")
