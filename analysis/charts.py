"""Figures across columns, in one house style: pipeline frames in, matplotlib figures out.

Every function takes the pipeline's tables (``articles`` and, for the sourcing mix, ``evidence``;
see :mod:`analysis.schema`) and returns a :class:`matplotlib.figure.Figure` built without
pyplot (no global state; in a notebook the figure displays when it is the cell's value, and
nothing is shown twice). The house style:

* colour-blind safe colours (Okabe & Ito 2008) *and* a distinct marker and line style per
  columnist, so every figure also reads in greyscale; stacked bars carry hatching;
* labelled axes with units (``per 1,000 words``, ``% of attributions``, US school grade);
* a caption under every figure naming the data it was drawn from and what the intervals are;
* deterministic output: fixed fonts (matplotlib's bundled DejaVu Sans), seeded jitter, a fixed
  SVG hash salt and no dates in file metadata, so :func:`render` gives the same bytes for the
  same input (tested).

Intervals come from :mod:`analysis.stats`: Wilson intervals for shares (anonymous share),
article-bootstrap intervals for rates per 1,000 words and for mean grades; per-document
readability intervals are the readability analyser's own sentence-bootstrap bounds
(``flesch_kincaid_grade_low``/``_high``).

Measures (the ``measure`` argument) are listed in :data:`MEASURES`.
"""
from __future__ import annotations

import io
import math
import textwrap
from dataclasses import dataclass
from functools import wraps

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from . import stats

__all__ = [
    "MEASURES", "STYLE", "SOURCE_FORMS", "house_style", "render", "columnist_styles",
    "over_time", "trend", "by_group", "sourcing_mix", "hedging_vs_anonymous", "readability_intervals",
    "scorecard", "source_form_counts", "pooled",
]

# -- house style ---------------------------------------------------------------------------------

#: Okabe & Ito (2008) colour-blind safe palette, in the order assigned to columnists.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
#: Markers and line styles assigned with the colours, so series differ in greyscale too.
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")
LINESTYLES = ("-", "--", "-.", ":", (0, (5, 1)), (0, (3, 1, 1, 1, 1, 1)), (0, (1, 1)), (0, (8, 2)))

#: rcParams of the house style (applied while a figure is built and while it is rendered).
STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 9.5,
    "axes.titlesize": 10.5,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "grid.color": "#DDDDDD",
    "grid.linewidth": 0.6,
    "axes.prop_cycle": matplotlib.cycler(color=list(PALETTE)),
    "legend.frameon": False,
    "legend.fontsize": 8.5,
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "figure.facecolor": "white",
    "savefig.facecolor": "white",
    "svg.fonttype": "path",
    "svg.hashsalt": "column-analysis",
    "pdf.fonttype": 42,
    "path.simplify": True,
}

#: Source forms shown in the sourcing mix, in stacking order, with labels and hatches.
SOURCE_FORMS = {
    "named_person": ("Named person", ""),
    "named_organisation": ("Named organisation", "//"),
    "unnamed_individual": ("Unnamed individual", ".."),
    "unnamed_group": ("Unnamed group", "xx"),
    "vague": ("Vague", "\\\\"),
    "other": ("Other (impersonal, document, unresolved)", "--"),
}
_FORM_COLOURS = ("#0072B2", "#56B4E9", "#D55E00", "#E69F00", "#CC79A7", "#BBBBBB")

@dataclass(frozen=True)
class Measure:
    """A per-article measure: how to label it, and how to pool it over a group of articles.

    ``kind`` is ``share`` (``part``/``whole`` counts, Wilson interval), ``rate`` (``count`` per
    1,000 ``words``, article bootstrap) or ``mean`` (mean of the column, article bootstrap).
    ``scale`` multiplies values for display (100 for percentages).
    """

    column: str
    label: str
    kind: str
    part: str | None = None
    whole: str | None = None
    count: str | None = None
    scale: float = 1.0
    short: str = ""


#: The measures charts know how to pool, by name.
MEASURES = {
    "anonymous_share": Measure("anonymous_share", "Anonymous attributions (% of attributions)", "share",
                               part="anonymous_attributions", whole="attributions", scale=100.0,
                               short="anonymous share"),
    "hedges_per_1000_words": Measure("hedges_per_1000_words", "Hedges per 1,000 words", "rate", count="hedges",
                                     short="hedges"),
    "boosters_per_1000_words": Measure("boosters_per_1000_words", "Boosters per 1,000 words", "rate",
                                       count="boosters", short="boosters"),
    "attributions_per_1000_words": Measure("attributions_per_1000_words", "Attributions per 1,000 words", "rate",
                                           count="attributions", short="attributions"),
    "flesch_kincaid_grade": Measure("flesch_kincaid_grade", "Flesch-Kincaid grade (US school grade)", "mean",
                                    short="FKGL"),
}


def house_style():
    """Context manager applying :data:`STYLE` (``with charts.house_style(): ...``)."""
    return matplotlib.rc_context(STYLE)


def _styled(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        with house_style():
            return func(*args, **kwargs)
    return wrapper


def render(fig: Figure, fmt: str = "png") -> bytes:
    """The figure as ``png`` or ``svg`` bytes, reproducibly (no dates or software stamps)."""
    buffer = io.BytesIO()
    metadata = {"Date": None} if fmt in ("svg", "pdf") else {"Software": None}
    if fmt == "pdf":
        metadata["CreationDate"] = None
        metadata.pop("Date")
    with house_style():
        fig.savefig(buffer, format=fmt, metadata=metadata, bbox_inches="tight")
    return buffer.getvalue()


def columnist_styles(names) -> dict:
    """``{name: {"color", "marker", "linestyle"}}``, assigned in sorted name order (stable)."""
    out = {}
    for i, name in enumerate(sorted({str(n) for n in names})):
        out[name] = {"color": PALETTE[i % len(PALETTE)], "marker": MARKERS[i % len(MARKERS)],
                     "linestyle": LINESTYLES[i % len(LINESTYLES)]}
        if i >= len(PALETTE):  # cycle markers faster than colours so pairs stay distinct
            out[name]["marker"] = MARKERS[(i * 3 + 1) % len(MARKERS)]
    return out


def _new_figure(width: float, height: float) -> Figure:
    return Figure(figsize=(width, height), layout="constrained")


def _describe(articles: pd.DataFrame) -> str:
    """'28 columns by 5 columnists in 3 outlets, 2024-09-12 to 2025-12-18'."""
    n = len(articles)
    parts = [f"{n:,} column{'s' if n != 1 else ''}"]
    if "author" in articles and articles["author"].notna().any():
        k = articles["author"].nunique()
        parts.append(f"by {k} columnist{'s' if k != 1 else ''}")
    if "outlet" in articles and articles["outlet"].notna().any():
        k = articles["outlet"].nunique()
        parts.append(f"in {k} outlet{'s' if k != 1 else ''}")
    text = " ".join(parts)
    dates = _dates(articles).dropna()
    if len(dates):
        text += f", {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}"
    return text


def _caption(fig: Figure, text: str, width: int = 110) -> None:
    """Put ``text`` under the figure (wrapped), as a paper's caption would be."""
    wrapped = "\n".join(textwrap.wrap(text, width))
    fig.supxlabel(wrapped, fontsize=7.8, color="#333333", ha="left", x=0.01, fontweight="normal")


def _dates(articles: pd.DataFrame) -> pd.Series:
    if "date" not in articles:
        return pd.Series(pd.NaT, index=articles.index)
    return pd.to_datetime(articles["date"], errors="coerce", format="mixed")


def _values(articles: pd.DataFrame, m: Measure) -> pd.Series:
    if m.kind == "share":
        whole = articles[m.whole].astype(float)
        return (articles[m.part].astype(float) / whole.where(whole > 0)) * m.scale
    if m.column in articles:
        return articles[m.column].astype(float) * m.scale
    return 1000.0 * articles[m.count].astype(float) / articles["words"].where(articles["words"] > 0)


def _measure(name: str) -> Measure:
    try:
        return MEASURES[name]
    except KeyError:
        raise ValueError(f"unknown measure {name!r}; choose one of {sorted(MEASURES)}") from None


def pooled(articles: pd.DataFrame, by: str, measure: str) -> pd.DataFrame:
    """One row per group: ``value`` with ``low``/``high`` (display units), pooled as the measure says.

    Shares pool counts (``sum(part) / sum(whole)``, Wilson interval); rates pool counts and
    words (article bootstrap); grades are article means with an article bootstrap interval.
    """
    m = _measure(measure)
    if m.kind == "share":
        g = stats.group_shares(articles, by, m.part, m.whole)
        g = g.rename(columns={"share": "value"})
    elif m.kind == "rate":
        g = stats.group_rates(articles, by, m.count)
        g = g.rename(columns={"per_1000_words": "value"})
    else:
        rows = []
        for key, part in articles.groupby(by, sort=True, dropna=False):
            v = part[m.column].astype(float).dropna()
            # the article-bootstrap of a mean is the rate bootstrap with every article weighing 1,000 words
            lo, hi = stats.bootstrap_rate_interval(v.to_numpy(), np.full(len(v), 1000.0))
            rows.append((key, len(part), float(v.mean()) if len(v) else math.nan, lo, hi))
        g = pd.DataFrame(rows, columns=[by, "articles", "value", "low", "high"])
    for c in ("value", "low", "high"):
        g[c] = g[c].astype(float) * m.scale
    return g


# -- smoothing -----------------------------------------------------------------------------------

def _smooth(days: np.ndarray, num: np.ndarray, den: np.ndarray, grid: np.ndarray, bandwidth: float) -> np.ndarray:
    """Gaussian-kernel smoothed ratio ``sum(k*num) / sum(k*den)`` at ``grid`` (days)."""
    k = np.exp(-0.5 * ((grid[:, None] - days[None, :]) / bandwidth) ** 2)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (k @ num) / (k @ den)


def _trend_parts(part: pd.DataFrame, m: Measure):
    """Numerator and denominator per article, so the trend pools like the group figures do."""
    if m.kind == "share":
        return part[m.part].astype(float).to_numpy(), part[m.whole].astype(float).to_numpy(), m.scale
    if m.kind == "rate":
        return part[m.count].astype(float).to_numpy(), part["words"].astype(float).to_numpy(), 1000.0
    v = part[m.column].astype(float)
    ok = v.notna().to_numpy()
    return np.where(ok, v.fillna(0).to_numpy(), 0.0), ok.astype(float), 1.0


# -- across columns over time --------------------------------------------------------------------

def _draw_trend(ax, articles: pd.DataFrame, m: Measure, styles: dict, bandwidth_days: float, legend: bool):
    dates = _dates(articles)
    values = _values(articles, m)
    frame = articles.assign(_date=dates, _value=values).dropna(subset=["_date"])
    for name, part in frame.groupby("author", sort=True):
        st = styles[str(name)]
        part = part.sort_values(["_date", "doc"])
        ax.plot(part["_date"], part["_value"], linestyle="none", marker=st["marker"], color=st["color"],
                markersize=5, markeredgecolor="white", markeredgewidth=0.6, alpha=0.9, zorder=3)
        days = (part["_date"] - pd.Timestamp("1970-01-01")).dt.days.to_numpy(dtype=float)
        num, den, scale = _trend_parts(part, m)
        if len(part) >= 3 and days.max() > days.min():
            grid = np.linspace(days.min(), days.max(), 60)
            smooth = _smooth(days, num, den, grid, bandwidth_days) * scale
            ax.plot(pd.to_datetime(grid, unit="D"), smooth, color=st["color"], linestyle=st["linestyle"],
                    linewidth=1.8, zorder=2, label=str(name))
        else:
            ax.plot([], [], color=st["color"], linestyle=st["linestyle"], marker=st["marker"], label=str(name))
    ax.set_ylabel(m.label)
    ax.set_ylim(bottom=0)
    if m.kind == "share":
        ax.set_ylim(0, 100)
    if legend:
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), title="Columnist", title_fontsize=8.5)


@_styled
def trend(articles: pd.DataFrame, measure: str = "anonymous_share", bandwidth_days: float = 75.0) -> Figure:
    """One measure over time: each column a point, one smoothed line per columnist.

    The trend is a Gaussian-kernel smoother (bandwidth ``bandwidth_days``) of the *pooled*
    measure (ratio of kernel-weighted counts for shares and rates, weighted mean for grades),
    drawn over each columnist's own date range when they have at least three columns.
    """
    m = _measure(measure)
    fig = _new_figure(8.0, 3.6)
    ax = fig.add_subplot()
    _draw_trend(ax, articles, m, columnist_styles(articles["author"].dropna()), bandwidth_days, legend=True)
    ax.set_title(f"{m.label.split(' (')[0]} over time, by columnist")
    ax.set_xlabel("Publication date")
    _caption(fig, f"Each point is one column; lines are kernel-smoothed trends (Gaussian, bandwidth "
                  f"{bandwidth_days:g} days) pooling {_pool_text(m)}. Data: {_describe(articles)}; "
                  f"articles table, column {m.column}.")
    return fig


def _pool_text(m: Measure) -> str:
    if m.kind == "share":
        return f"{m.part} over {m.whole}"
    if m.kind == "rate":
        return f"{m.count} over words"
    return "the per-column values"


@_styled
def over_time(articles: pd.DataFrame, measures=("anonymous_share", "hedges_per_1000_words", "flesch_kincaid_grade"),
              bandwidth_days: float = 75.0) -> Figure:
    """The across-columns story: stacked panels sharing the time axis, one line per columnist."""
    ms = [_measure(x) for x in measures]
    fig = _new_figure(8.0, 2.5 * len(ms) + 0.8)
    axes = fig.subplots(len(ms), 1, sharex=True, squeeze=False)[:, 0]
    styles = columnist_styles(articles["author"].dropna())
    letters = "ABCDEFGH"
    for i, (ax, m) in enumerate(zip(axes, ms)):
        _draw_trend(ax, articles, m, styles, bandwidth_days, legend=i == 0)
        ax.set_title(f"{letters[i]}. {m.label.split(' (')[0]}")
    axes[-1].set_xlabel("Publication date")
    _caption(fig, f"Each point is one column; lines are Gaussian-kernel trends (bandwidth {bandwidth_days:g} "
                  f"days) of pooled counts per columnist. Data: {_describe(articles)}; articles table, columns "
                  + ", ".join(m.column for m in ms) + ".")
    return fig


# -- distributions by group ----------------------------------------------------------------------

@_styled
def by_group(articles: pd.DataFrame, measure: str = "anonymous_share", by: str = "author") -> Figure:
    """Distribution per columnist (``by="author"``) or outlet: box plot, every column as a dot,
    and the pooled group value with its 95% interval (diamond and bar to the right of each box)."""
    m = _measure(measure)
    values = _values(articles, m)
    frame = articles.assign(_value=values)
    groups = sorted(frame[by].dropna().astype(str).unique())
    fig = _new_figure(8.0, 0.55 * len(groups) + 1.9)
    ax = fig.add_subplot()
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    styles = columnist_styles(groups)
    data = [frame.loc[frame[by].astype(str) == g, "_value"].dropna().to_numpy() for g in groups]
    positions = np.arange(len(groups))[::-1]
    ax.boxplot([d if len(d) else [np.nan] for d in data], positions=positions, orientation="horizontal",
               widths=0.5, whis=(0, 100), showfliers=False, patch_artist=True,
               boxprops={"facecolor": "#F2F2F2", "edgecolor": "#777777"},
               medianprops={"color": "#333333", "linewidth": 1.4},
               whiskerprops={"color": "#777777"}, capprops={"color": "#777777"})
    rng = np.random.default_rng(7)
    for pos, g, d in zip(positions, groups, data):
        st = styles[g]
        jitter = rng.uniform(-0.16, 0.16, size=len(d))
        ax.plot(d, pos + jitter, linestyle="none", marker=st["marker"], color=st["color"], markersize=4.5,
                markeredgecolor="white", markeredgewidth=0.5, alpha=0.85, zorder=3)
    pool = pooled(articles, by, measure).set_index(by)
    pool.index = pool.index.astype(str)
    for pos, g in zip(positions, groups):
        if g not in pool.index:
            continue
        row = pool.loc[g]
        y = pos + 0.36
        if not math.isnan(row["low"]):
            ax.plot([row["low"], row["high"]], [y, y], color="black", linewidth=1.6, zorder=4)
        ax.plot([row["value"]], [y], marker="D", color="black", markersize=5, zorder=5)
    ax.set_yticks(positions, [f"{g}\n(n={len(d)})" for g, d in zip(groups, data)])
    ax.set_xlabel(m.label)
    if m.kind == "share":
        ax.set_xlim(-2, 102)
    else:
        ax.set_xlim(left=0)
    who = "columnist" if by == "author" else by
    ax.set_title(f"{m.label.split(' (')[0]} by {who}")
    _caption(fig, f"Boxes span the quartiles of per-column values (whiskers: range); dots are columns. "
                  f"Black diamonds and bars: pooled {who} value with {_interval_text(m)}. "
                  f"Data: {_describe(articles)}; articles table, column {m.column}.")
    return fig


def _interval_text(m: Measure) -> str:
    if m.kind == "share":
        return "95% Wilson interval"
    return "95% bootstrap interval resampling whole columns"


# -- sourcing mix --------------------------------------------------------------------------------

def source_form_counts(evidence: pd.DataFrame, articles: pd.DataFrame | None = None, by: str = "doc") -> pd.DataFrame:
    """Attributions per source form, one row per ``by`` value (``doc``, ``author`` or ``outlet``).

    The form is the evidence's ``detail``: a pronoun cue ("he said") already carries the form of
    the source it refers to (``resolved_form`` in :func:`analysis.sourcing.attributions`);
    impersonal, document, other and unresolved forms count as ``other``. Columns: the forms of
    :data:`SOURCE_FORMS`, then ``attributions``.
    """
    att = evidence.loc[evidence["feature"] == "attribution", ["doc", "detail", "start"]].copy()
    att["form"] = att["detail"].fillna("other")
    att.loc[~att["form"].isin(list(SOURCE_FORMS)), "form"] = "other"
    if by != "doc":
        if articles is None:
            raise ValueError("articles is needed to group attributions by " + by)
        att = att.merge(articles[["doc", by]], on="doc", how="left")
    table = att.pivot_table(index=by, columns="form", values="start", aggfunc="count", fill_value=0)
    table = table.reindex(columns=list(SOURCE_FORMS), fill_value=0)
    if articles is not None and by == "doc":
        table = table.reindex(articles["doc"].tolist(), fill_value=0)
    table["attributions"] = table.sum(axis=1)
    return table.astype(int)


@_styled
def sourcing_mix(evidence: pd.DataFrame, articles: pd.DataFrame, by: str = "doc", share: bool = True,
                 max_bars: int = 60) -> Figure:
    """Stacked bars of source forms per column (``by="doc"``) or per columnist/outlet.

    ``share=True`` stacks percentages of each bar's attributions (the bar's n is written at its
    end); ``False`` stacks counts. With more than ``max_bars`` columns it falls back to one bar
    per columnist, saying so in the caption.
    """
    note = ""
    if by == "doc" and len(articles) > max_bars:
        by, note = "author", f" ({len(articles):,} columns: one bar per columnist instead of per column.)"
    table = source_form_counts(evidence, articles, by=by)
    if by == "doc":
        meta = articles.set_index("doc")
        order = articles.assign(_d=_dates(articles)).sort_values(["author", "_d", "doc"])["doc"].tolist()
        table = table.reindex(order)
        labels = [f"{meta.at[d, 'author']} · {_short_date(meta.at[d, 'date'])} · {_short(meta.at[d, 'title'])}"
                  for d in order]
    else:
        table = table.sort_index()
        labels = [str(i) for i in table.index]
    n = table["attributions"].to_numpy()
    parts = table[list(SOURCE_FORMS)].to_numpy(dtype=float)
    if share:
        with np.errstate(invalid="ignore", divide="ignore"):
            parts = np.where(n[:, None] > 0, 100.0 * parts / n[:, None], 0.0)
    fig = _new_figure(8.5, 0.24 * len(table) + 2.2)
    ax = fig.add_subplot()
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    y = np.arange(len(table))[::-1]
    left = np.zeros(len(table))
    for j, (form, (label, hatch)) in enumerate(SOURCE_FORMS.items()):
        ax.barh(y, parts[:, j], left=left, height=0.78, color=_FORM_COLOURS[j], hatch=hatch,
                edgecolor="white", linewidth=0.4, label=label)
        left += parts[:, j]
    for yi, total, ni in zip(y, left, n):
        ax.text(total + (1 if share else 0.2), yi, f"n={ni}", va="center", fontsize=7.2, color="#333333")
    ax.set_yticks(y, labels, fontsize=7.4 if by == "doc" else 8.5)
    ax.set_xlabel("% of the column's attributions" if share else "Attributions (count)")
    if share:
        ax.set_xlim(0, 112)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, fontsize=7.8)
    unit = {"doc": "column", "author": "columnist", "outlet": "outlet"}.get(by, by)
    ax.set_title(f"Sourcing mix per {unit}", pad=34)
    _caption(fig, f"Source form of every attribution cue (pronoun cues take the form of the source they "
                  f"refer back to); n is the number of attributions.{note} Data: {_describe(articles)}; "
                  f"evidence table, feature = attribution, column detail.")
    return fig


def _short(title, width: int = 38) -> str:
    title = "" if title is None or (isinstance(title, float) and math.isnan(title)) else str(title)
    return title if len(title) <= width else title[: width - 1].rstrip() + "…"


def _short_date(value) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)[:10]


# -- hedging vs anonymous sourcing -----------------------------------------------------------------

@_styled
def hedging_vs_anonymous(articles: pd.DataFrame, y: str = "hedges_per_1000_words") -> Figure:
    """Scatter: anonymous share of attributions (x) against hedges per 1,000 words (y), one point
    per column, columnists by colour *and* marker; columns without attributions are left out
    (counted in the caption)."""
    mx, my = MEASURES["anonymous_share"], _measure(y)
    frame = articles.assign(_x=_values(articles, mx), _y=_values(articles, my))
    missing = int(frame["_x"].isna().sum())
    frame = frame.dropna(subset=["_x", "_y"])
    styles = columnist_styles(articles["author"].dropna())
    fig = _new_figure(7.2, 4.6)
    ax = fig.add_subplot()
    ax.grid(axis="x", visible=True)
    for name, part in frame.groupby("author", sort=True):
        st = styles[str(name)]
        size = 14 + 2.2 * part["attributions"].astype(float).clip(upper=40)
        ax.scatter(part["_x"], part["_y"], s=size, marker=st["marker"], color=st["color"], alpha=0.85,
                   edgecolors="white", linewidths=0.6, label=str(name), zorder=3)
    ax.set_xlim(-3, 103)
    ax.set_ylim(bottom=0)
    ax.set_xlabel(mx.label)
    ax.set_ylabel(my.label)
    ax.set_title(f"{my.label.split(' per')[0]} and anonymous sourcing, one point per column")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), title="Columnist", title_fontsize=8.5)
    rho = frame[["_x", "_y"]].corr(method="spearman").iloc[0, 1] if len(frame) > 2 else math.nan
    left_out = f" {missing} column(s) without attributions are not shown." if missing else ""
    _caption(fig, f"Marker area grows with the column's number of attributions (capped at 40). "
                  f"Spearman's rho across columns = {rho:.2f} (descriptive; columns by one columnist are "
                  f"not independent).{left_out} Data: {_describe(frame)}; articles table, columns "
                  f"anonymous_attributions, attributions, {my.column}.")
    return fig


# -- readability per column ----------------------------------------------------------------------

@_styled
def readability_intervals(articles: pd.DataFrame, measure: str = "flesch_kincaid_grade", max_labels: int = 60) -> Figure:
    """Each column's grade with its sentence-bootstrap 95% interval (``<measure>_low``/``_high``),
    grouped by columnist and ordered by date; column labels are shown up to ``max_labels`` columns."""
    lo_col, hi_col = measure + "_low", measure + "_high"
    frame = articles.assign(_d=_dates(articles)).sort_values(["author", "_d", "doc"]).reset_index(drop=True)
    styles = columnist_styles(frame["author"].dropna())
    n = len(frame)
    labelled = n <= max_labels
    fig = _new_figure(8.0, (0.2 * n + 1.9) if labelled else 6.0)
    ax = fig.add_subplot()
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    y = np.arange(n)[::-1]
    width = 1.6 if labelled else max(0.25, min(1.2, 150.0 / n))
    size = 5 if labelled else max(1.5, min(4.0, 300.0 / n))
    for name, idx in frame.groupby("author", sort=True).groups.items():
        st = styles[str(name)]
        part = frame.loc[idx]
        yy = y[idx]
        lo = part[lo_col].astype(float).to_numpy() if lo_col in part else np.full(len(part), np.nan)
        hi = part[hi_col].astype(float).to_numpy() if hi_col in part else np.full(len(part), np.nan)
        ax.hlines(yy, lo, hi, color=st["color"], linewidth=width, alpha=1.0 if labelled else 0.45, zorder=2)
        ax.plot(part[measure].astype(float), yy, linestyle="none", marker=st["marker"], color=st["color"],
                markersize=size, markeredgecolor="white", markeredgewidth=0.5 if labelled else 0.0, zorder=3,
                label=str(name))
    if labelled:
        labels = [f"{_short_date(d)} · {_short(t, 34)}" for d, t in zip(frame["date"], frame.get("title", frame["doc"]))]
        ax.set_yticks(y, labels, fontsize=7.4)
    else:
        ax.set_yticks([])
        ax.set_ylabel("Columns, grouped by columnist and ordered by date")
    pretty = MEASURES[measure].label if measure in MEASURES else measure.replace("_", " ")
    ax.set_xlabel(pretty)
    ax.set_title(f"{pretty.split(' (')[0]} per column, with the column's interval", pad=22)
    ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=min(5, max(1, frame['author'].nunique())),
              fontsize=7.8, markerscale=1.0 if labelled else 5.0 / size, handletextpad=0.2, borderaxespad=0.2)
    _caption(fig, f"Points: the column's grade; bars: 95% interval from resampling the column's sentences "
                  f"(1,000 resamples, seeded), which shows how much the grade rests on a few long sentences. "
                  f"Data: {_describe(frame)}; articles table, columns {measure}, {lo_col}, {hi_col}.")
    return fig


# -- single-column scorecard -----------------------------------------------------------------------

_SCORECARD = (
    ("attributions_per_1000_words", "Attributions", "per 1,000 words"),
    ("anonymous_share", "Anonymous sourcing", "% of attributions"),
    ("hedges_per_1000_words", "Hedges", "per 1,000 words"),
    ("boosters_per_1000_words", "Boosters", "per 1,000 words"),
    ("flesch_kincaid_grade", "Reading grade (Flesch-Kincaid)", "US school grade"),
)


@_styled
def scorecard(article: pd.Series | dict, articles: pd.DataFrame | None = None, title: str | None = None) -> Figure:
    """A one-column scorecard for the classroom: five measures, each on its own scale, the column
    as a large black marker (readability with its interval) against the other columns of
    ``articles`` (grey dots) when given."""
    article = pd.Series(article)
    fig = _new_figure(7.0, 4.4)
    axes = fig.subplots(len(_SCORECARD), 1, squeeze=False)[:, 0]
    rng = np.random.default_rng(11)
    for ax, (column, label, unit) in zip(axes, _SCORECARD):
        scale = 100.0 if column == "anonymous_share" else 1.0
        value = _as_float(article.get(column)) * scale
        ax.grid(axis="y", visible=False)
        ax.grid(axis="x", visible=True)
        ax.set_yticks([])
        ax.spines["left"].set_visible(False)
        upper = value if not math.isnan(value) else 0.0
        if articles is not None and column in articles:
            others = articles[column].astype(float).dropna().to_numpy() * scale
            ax.plot(others, rng.uniform(-0.25, 0.25, len(others)), linestyle="none", marker="o", color="#AAAAAA",
                    markersize=3.5, alpha=0.8, zorder=2)
            if len(others):
                upper = max(upper, float(np.nanmax(others)))
        if column == "flesch_kincaid_grade":
            lo, hi = _as_float(article.get(column + "_low")), _as_float(article.get(column + "_high"))
            if not math.isnan(lo):
                ax.plot([lo, hi], [0, 0], color="black", linewidth=2.2, zorder=3)
                upper = max(upper, hi)
        if not math.isnan(value):
            ax.plot([value], [0], marker="D", color="black", markersize=8, zorder=4)
        ax.set_ylim(-0.6, 0.6)
        ax.set_xlim(0, 100 if scale == 100 else max(1.0, upper * 1.08))
        shown = "—" if math.isnan(value) else (f"{value:.0f}%" if scale == 100 else f"{value:.1f}")
        ax.set_title(f"{label}: {shown}  ({unit})", fontsize=9, fontweight="bold", loc="left", pad=2)
    heading = title or _short(article.get("title") or article.get("doc") or "This column", 70)
    fig.suptitle(heading, fontsize=11, fontweight="bold", x=0.01, ha="left")
    words = article.get("words")
    compare = (f"Grey dots: the other columns ({_describe(articles)})." if articles is not None
               else "No comparison corpus given.")
    _caption(fig, f"Black diamond: this column ({_as_int(words)} words); the bar on the reading grade is its 95% "
                  f"sentence-bootstrap interval. {compare} Counts rest on evidence spans (see the highlighted "
                  f"text).")
    return fig


def _as_float(value) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return math.nan
    return v


def _as_int(value) -> str:
    v = _as_float(value)
    return "?" if math.isnan(v) else f"{int(v):,}"
