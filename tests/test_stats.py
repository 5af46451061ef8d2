"""Intervals: Wilson for shares, article bootstrap for rates."""
import math

import pandas as pd
import pytest

from analysis.stats import (bootstrap_rate_interval, group_rates, group_shares, rate_per_1000,
                            wilson_interval)


def test_wilson_textbook_value():
    # 81 successes in 263 trials, 95% (z = 1.959964, z^2 = 3.841459), worked by hand:
    # p = 0.307985; denom = 1 + z^2/n = 1.014606; centre = (p + z^2/2n) / denom = 0.310749
    # half = z * sqrt(p(1-p)/n + z^2/4n^2) / denom = 1.959964 * 0.028710 / 1.014606 = 0.055461
    lo, hi = wilson_interval(81, 263)
    assert lo == pytest.approx(0.255288, abs=2e-6)
    assert hi == pytest.approx(0.366210, abs=2e-6)


def test_wilson_edges():
    lo, hi = wilson_interval(0, 10)
    assert lo == 0.0 and 0.25 < hi < 0.32  # not the degenerate [0, 0] of the Wald interval
    lo, hi = wilson_interval(10, 10)
    assert hi == 1.0 and 0.68 < lo < 0.75
    assert all(math.isnan(x) for x in wilson_interval(0, 0))
    with pytest.raises(ValueError):
        wilson_interval(5, 3)


def test_rate_is_a_ratio_of_sums():
    assert rate_per_1000([2, 8], [1000, 1000]) == 5.0
    assert rate_per_1000([1, 9], [100, 900]) == 10.0
    assert math.isnan(rate_per_1000([1], [0]))


def test_bootstrap_interval_is_seeded_and_brackets_the_rate():
    counts, words = [3, 7, 1, 12, 5, 4], [800, 900, 700, 1000, 850, 760]
    a = bootstrap_rate_interval(counts, words)
    b = bootstrap_rate_interval(counts, words)
    assert a == b
    assert a[0] < rate_per_1000(counts, words) < a[1]
    c = bootstrap_rate_interval(counts, words, seed=1)
    assert c != a


def test_identical_articles_give_a_zero_width_interval():
    lo, hi = bootstrap_rate_interval([5, 5, 5], [1000, 1000, 1000])
    assert lo == hi == 5.0


def test_group_tables():
    art = pd.DataFrame({"author": ["a", "a", "b"], "hedges": [2, 4, 1], "words": [1000, 1000, 500],
                        "anon": [1, 3, 0], "attr": [4, 4, 2]})
    rates = group_rates(art, "author", "hedges")
    assert rates["per_1000_words"].tolist() == [3.0, 2.0]
    assert rates["articles"].tolist() == [2, 1]
    assert math.isnan(rates.loc[1, "low"])  # a single article has no interval
    shares = group_shares(art, "author", "anon", "attr")
    assert shares["share"].tolist() == [0.5, 0.0]
    assert shares.loc[0, "low"] < 0.5 < shares.loc[0, "high"]
