"""Charts: house style, labels and captions, pooling with the stats intervals, reproducible bytes."""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from matplotlib.figure import Figure

from analysis import charts, stats
from analysis.corpus import load
from analysis.pipeline import analyze

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tables():
    res = analyze(load(ROOT / "data" / "sample"), jobs=1)
    return res.articles, res.evidence


def _all(articles, evidence):
    return {
        "trend": lambda: charts.trend(articles, "hedges_per_1000_words"),
        "over_time": lambda: charts.over_time(articles),
        "by_author": lambda: charts.by_group(articles, "anonymous_share", by="author"),
        "by_outlet": lambda: charts.by_group(articles, "flesch_kincaid_grade", by="outlet"),
        "mix": lambda: charts.sourcing_mix(evidence, articles),
        "scatter": lambda: charts.hedging_vs_anonymous(articles),
        "readability": lambda: charts.readability_intervals(articles),
        "scorecard": lambda: charts.scorecard(articles.iloc[0], articles),
    }


def test_every_chart_has_labelled_axes_and_a_caption_naming_its_data(tables):
    articles, evidence = tables
    for name, make in _all(articles, evidence).items():
        fig = make()
        assert isinstance(fig, Figure), name
        caption = fig.get_supxlabel()
        assert "Data:" in caption or "other columns (28 columns" in caption, name
        axes = [ax for ax in fig.axes if ax.get_visible()]
        assert axes, name
        assert any(ax.get_xlabel() for ax in axes) or name == "scorecard", name
        for ax in axes:
            assert ax.get_title(loc="left") or ax.get_title(), f"{name}: every panel has a title"


def test_units_are_in_the_axis_labels(tables):
    articles, _ = tables
    fig = charts.over_time(articles)
    labels = [ax.get_ylabel() for ax in fig.axes]
    assert labels == ["Anonymous attributions (% of attributions)", "Hedges per 1,000 words",
                      "Flesch-Kincaid grade (US school grade)"]


def test_two_builds_of_a_chart_render_to_identical_bytes(tables):
    articles, evidence = tables
    makers = _all(articles, evidence)
    for name in ("over_time", "mix", "scorecard"):  # the busiest figures
        assert charts.render(makers[name](), "png") == charts.render(makers[name](), "png"), name
    svg = charts.render(charts.by_group(articles, "hedges_per_1000_words"), "svg")
    assert svg == charts.render(charts.by_group(articles, "hedges_per_1000_words"), "svg")
    assert b"<dc:date>" not in svg
    assert svg.startswith(b"<?xml")


def test_columnists_differ_in_colour_and_marker_whatever_the_order():
    names = ["Zed", "Amy", "Kim", "Bo", "Lu"]
    a = charts.columnist_styles(names)
    b = charts.columnist_styles(list(reversed(names)))
    assert a == b
    assert len({s["color"] for s in a.values()}) == 5
    assert len({s["marker"] for s in a.values()}) == 5
    assert len({str(s["linestyle"]) for s in a.values()}) == 5


def test_pooled_share_is_the_wilson_share_in_percent(tables):
    articles, _ = tables
    got = charts.pooled(articles, "author", "anonymous_share").set_index("author")
    ref = stats.group_shares(articles, "author", "anonymous_attributions", "attributions").set_index("author")
    assert np.allclose(got["value"], 100 * ref["share"])
    assert np.allclose(got["low"], 100 * ref["low"])
    fk = charts.pooled(articles, "author", "flesch_kincaid_grade").set_index("author")
    means = articles.groupby("author")["flesch_kincaid_grade"].mean()
    assert np.allclose(fk["value"], means)
    assert (fk["low"] <= fk["value"]).all() and (fk["value"] <= fk["high"]).all()


def test_pooled_rate_matches_group_rates(tables):
    articles, _ = tables
    got = charts.pooled(articles, "outlet", "hedges_per_1000_words").set_index("outlet")
    ref = stats.group_rates(articles, "outlet", "hedges").set_index("outlet")
    assert np.allclose(got["value"], ref["per_1000_words"])
    assert np.allclose(got["high"], ref["high"])


def test_pronoun_cues_take_the_form_of_their_source_and_the_rest_is_other():
    from analysis.corpus import Document
    from analysis.pipeline import analyze

    text = ("A source close to the talks said the deal was near. He explained that the terms were set. "
            "Mayor Ruth Ellison said the port would open. It is believed that the ferry will run.")
    ev = analyze([Document(id="d", text=text, source="x")], jobs=1).evidence
    counts = charts.source_form_counts(ev).loc["d"]
    assert counts["unnamed_individual"] == 2  # "A source ..." and the "He" that refers to it
    assert counts["named_person"] == 1
    assert counts["other"] == 1  # the impersonal "is believed"
    assert counts["attributions"] == 4


def test_source_form_counts_add_up_to_the_articles_attributions(tables):
    articles, evidence = tables
    counts = charts.source_form_counts(evidence, articles)
    assert counts["attributions"].tolist() == articles["attributions"].astype(int).tolist()


def test_sourcing_mix_falls_back_to_columnists_for_many_columns(tables):
    articles, evidence = tables
    fig = charts.sourcing_mix(evidence, articles, max_bars=10)
    ax = fig.axes[0]
    assert len(ax.get_yticklabels()) == articles["author"].nunique()
    assert "one bar per columnist" in fig.get_supxlabel()


def test_scatter_leaves_out_columns_without_attributions_and_says_so(tables):
    articles, _ = tables
    a = articles.copy()
    a.loc[0, ["attributions", "anonymous_attributions"]] = 0
    fig = charts.hedging_vs_anonymous(a)
    shown = sum(len(c.get_offsets()) for c in fig.axes[0].collections)
    assert shown == len(a) - 1
    assert "1 column(s) without attributions" in fig.get_supxlabel()


def test_scorecard_marks_the_value_and_the_grade_interval(tables):
    articles, _ = tables
    row = articles.iloc[3]
    fig = charts.scorecard(row, articles)
    titles = [ax.get_title(loc="left") for ax in fig.axes]
    assert titles[-1].startswith(f"Reading grade (Flesch-Kincaid): {row['flesch_kincaid_grade']:.1f}")
    grade_ax = fig.axes[-1]
    xs = [tuple(line.get_xdata()) for line in grade_ax.get_lines()]
    assert (row["flesch_kincaid_grade_low"], row["flesch_kincaid_grade_high"]) in xs
    lone = charts.scorecard({"title": "T", "words": 0, "flesch_kincaid_grade": math.nan})
    assert "No comparison corpus" in " ".join(lone.get_supxlabel().split())


def test_unknown_measure_is_a_clear_error(tables):
    with pytest.raises(ValueError, match="unknown measure"):
        charts.trend(tables[0], "sparkle")
