"""Intercoder reliability: textbook values for Krippendorff's alpha, hand-worked Cohen's kappa."""
import math

import numpy as np
import pandas as pd
import pytest

from analysis.reliability import (agreement, agreement_from_sheets, cohen_kappa, krippendorff_alpha,
                                  percent_agreement)

N = None
# Krippendorff (2011) "Computing Krippendorff's alpha-reliability", 4 observers x 12 units with
# missing data; published: nominal .743, ordinal .815, interval .849, ratio .797.
K2011 = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    "C": [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
}
# The 3 coders x 15 units example of Wikipedia's "Krippendorff's alpha" article (and the
# krippendorff package's README): nominal 0.691, interval 0.811 (FIELD_NOTES 6).
WIKI = {
    "A": [N, N, N, N, N, 3, 4, 1, 2, 1, 1, 3, 3, N, 3],
    "B": [1, N, 2, 1, 3, 3, 4, 3, N, N, N, N, N, N, N],
    "C": [N, N, 2, 1, 3, 4, 4, N, 2, 1, 1, 3, 3, N, 4],
}


@pytest.mark.parametrize("level, expected", [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)])
def test_krippendorff_2011_textbook_values(level, expected):
    assert krippendorff_alpha(K2011, level) == pytest.approx(expected, abs=5e-4)


def test_level_of_measurement_matters_and_nominal_is_default():
    assert krippendorff_alpha(WIKI) == pytest.approx(0.691, abs=5e-4)
    assert krippendorff_alpha(WIKI, "interval") == pytest.approx(0.811, abs=5e-4)


def test_string_codes_give_the_same_nominal_alpha():
    labels = {1: "named", 2: "anonymous", 3: "impersonal", 4: "pronoun", 5: "other"}
    coded = {c: [labels.get(v) if v is not None else None for v in vals] for c, vals in K2011.items()}
    assert krippendorff_alpha(coded) == pytest.approx(0.743, abs=5e-4)
    # empty strings (a blank spreadsheet cell) are missing, not a category
    coded["A"] = ["" if v is None else v for v in coded["A"]]
    assert krippendorff_alpha(coded) == pytest.approx(0.743, abs=5e-4)


def test_cohen_kappa_hand_worked_2x2():
    # 50 units, two coders, yes/no. Table (A rows, B columns): yes/yes 20, yes/no 5,
    # no/yes 10, no/no 15. p_o = 35/50 = 0.70. A says yes 25/50 = 0.5, B says yes 30/50 = 0.6.
    # p_e = 0.5*0.6 + 0.5*0.4 = 0.50. kappa = (0.70 - 0.50) / (1 - 0.50) = 0.40.
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.40)
    assert percent_agreement({"a": a, "b": b}) == pytest.approx(0.70)


def test_cohen_kappa_edge_cases():
    assert cohen_kappa(["x", "y"], ["x", "y"]) == 1.0
    assert math.isnan(cohen_kappa(["x", "x"], ["x", "x"]))  # chance agreement 1: undefined
    assert cohen_kappa(["x", None, "y"], ["x", "y", "y"]) == 1.0  # the unit coded once is dropped
    with pytest.raises(ValueError):
        cohen_kappa(["x"], ["x", "y"])


def test_percent_agreement_with_three_coders_averages_pairs_within_units():
    # unit 1: all agree (3/3 pairs); unit 2: 1 of 3 pairs agree; unit 3 coded once: left out
    codes = {"a": ["n", "n", "n"], "b": ["n", "n", None], "c": ["n", "a", None]}
    assert percent_agreement(codes) == pytest.approx((1 + 1 / 3) / 2)


def test_agreement_table_with_seeded_bootstrap():
    rng = np.random.default_rng(3)
    a = rng.choice(["anonymous", "named"], 120)
    b = np.where(rng.random(120) < 0.8, a, rng.choice(["anonymous", "named"], 120))
    t1 = agreement({"x": a, "y": b}, resamples=300, seed=11)
    t2 = agreement({"x": a, "y": b}, resamples=300, seed=11)
    pd.testing.assert_frame_equal(t1, t2)
    assert list(t1["measure"]) == ["percent_agreement", "cohen_kappa", "krippendorff_alpha"]
    for r in t1.itertuples():
        assert r.low <= r.value <= r.high
        assert r.units == 120 and r.coders == 2
    kappa = t1.set_index("measure").loc["cohen_kappa", "value"]
    assert kappa == pytest.approx(cohen_kappa(list(a), list(b)))
    three = agreement(K2011, resamples=50)
    assert "light_kappa" in set(three["measure"])
    assert three.set_index("measure").loc["krippendorff_alpha", "value"] == pytest.approx(0.743, abs=5e-4)


def test_agreement_from_two_coders_sheets_matches_units_by_id():
    s1 = pd.DataFrame({"unit_id": ["u1", "u2", "u3", "u4"], "source_type": ["named", "anonymous", "named", "named"]})
    s2 = pd.DataFrame({"unit_id": ["u4", "u3", "u2", "u1"], "source_type": ["named", "named", "anonymous", "anonymous"]})
    t = agreement_from_sheets({"ann": s1, "bo": s2}, ["source_type"], resamples=0)
    row = t.set_index("measure").loc["percent_agreement"]
    assert row["variable"] == "source_type" and row["value"] == pytest.approx(0.75)
    with pytest.raises(ValueError):
        agreement_from_sheets({"ann": s1}, ["source_type"])
