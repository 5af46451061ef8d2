"""Rates and shares with honest uncertainty.

* Shares (a proportion of counts, e.g. anonymous attributions / all attributions) get a
  **Wilson score interval** (Wilson 1927; recommended by Brown, Cai & DasGupta 2001 over the
  Wald interval, which fails for small n and shares near 0 or 1).
* Rates per 1,000 words over a group of articles (e.g. a columnist's hedges per 1,000 words)
  are ratios of sums, ``1000 * sum(count) / sum(words)``, with a **percentile bootstrap over
  whole articles** (articles are the sampling unit: words within an article are not
  independent). Resampling is seeded, so the same input gives the same interval.

All intervals are 95% by default (``level=0.95``).
"""
from __future__ import annotations

import math
from statistics import NormalDist

import numpy as np
import pandas as pd

DEFAULT_RESAMPLES = 2000
DEFAULT_SEED = 20261125


def _z(level: float) -> float:
    return NormalDist().inv_cdf(0.5 + level / 2)


def wilson_interval(successes: int, n: int, level: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for ``successes`` out of ``n``; ``(nan, nan)`` when ``n == 0``."""
    if n <= 0:
        return (math.nan, math.nan)
    if not 0 <= successes <= n:
        raise ValueError(f"successes must be between 0 and n, got {successes} of {n}")
    z = _z(level)
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    lo = 0.0 if successes == 0 else max(0.0, centre - half)
    hi = 1.0 if successes == n else min(1.0, centre + half)
    return (lo, hi)


def rate_per_1000(counts, words) -> float:
    """``1000 * sum(counts) / sum(words)``: occurrences per 1,000 words over all articles."""
    total = float(np.sum(words))
    return 1000.0 * float(np.sum(counts)) / total if total > 0 else math.nan


def bootstrap_rate_interval(counts, words, level: float = 0.95, resamples: int = DEFAULT_RESAMPLES,
                            seed: int = DEFAULT_SEED) -> tuple[float, float]:
    """Percentile bootstrap interval of :func:`rate_per_1000`, resampling whole articles."""
    counts = np.asarray(counts, dtype=float)
    words = np.asarray(words, dtype=float)
    n = len(counts)
    if n == 0 or words.sum() <= 0:
        return (math.nan, math.nan)
    if n == 1:
        return (math.nan, math.nan)  # one article: no between-article variation to resample
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(resamples, n))
    w = words[idx].sum(axis=1)
    c = counts[idx].sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        rates = np.where(w > 0, 1000.0 * c / w, np.nan)
    lo, hi = np.nanpercentile(rates, [100 * (1 - level) / 2, 100 * (1 + level) / 2])
    return (float(lo), float(hi))


def group_rates(articles: pd.DataFrame, by: str | list[str], count: str, words: str = "words",
                level: float = 0.95, seed: int = DEFAULT_SEED) -> pd.DataFrame:
    """Per-group rate per 1,000 words of column ``count`` with a bootstrap interval over articles.

    Returns one row per group: the group key(s), ``articles``, ``words``, ``count``,
    ``per_1000_words``, ``low``, ``high``.
    """
    rows = []
    for key, g in articles.groupby(by, sort=True, dropna=False):
        lo, hi = bootstrap_rate_interval(g[count], g[words], level=level, seed=seed)
        key = key if isinstance(key, tuple) else (key,)
        rows.append((*key, len(g), int(g[words].sum()), int(g[count].sum()),
                     rate_per_1000(g[count], g[words]), lo, hi))
    keys = [by] if isinstance(by, str) else list(by)
    return pd.DataFrame(rows, columns=[*keys, "articles", "words", "count", "per_1000_words", "low", "high"])


def group_shares(articles: pd.DataFrame, by: str | list[str], part: str, whole: str,
                 level: float = 0.95) -> pd.DataFrame:
    """Per-group share ``sum(part) / sum(whole)`` with a Wilson interval.

    Returns one row per group: key(s), ``articles``, ``part``, ``whole``, ``share``, ``low``, ``high``.
    """
    rows = []
    for key, g in articles.groupby(by, sort=True, dropna=False):
        k, n = int(g[part].sum()), int(g[whole].sum())
        lo, hi = wilson_interval(k, n, level)
        key = key if isinstance(key, tuple) else (key,)
        rows.append((*key, len(g), k, n, k / n if n else math.nan, lo, hi))
    keys = [by] if isinstance(by, str) else list(by)
    return pd.DataFrame(rows, columns=[*keys, "articles", "part", "whole", "share", "low", "high"])
