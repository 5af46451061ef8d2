"""Intercoder reliability: percent agreement, Cohen's kappa and Krippendorff's alpha, with
seeded bootstrap intervals over units.

Data layout
-----------
``codes`` is a :class:`pandas.DataFrame` with **one row per unit** (an attribution, a hedge, an
article) and **one column per coder**, or a mapping ``{coder: [code per unit]}``. Missing codes
(``None``, NaN, empty string) mean "this coder did not code this unit". Codes may be strings
("anonymous") or numbers. (The ``krippendorff`` package's ``reliability_data`` is the transpose:
coders as rows; :func:`krippendorff_alpha` converts.)

Measures
--------
``percent_agreement``
    Over units coded by at least two coders: the share of agreeing coder pairs within each unit,
    averaged over units (for two coders: the share of units on which they agree).
``cohen_kappa`` (Cohen 1960)
    Two coders, units both coded: ``(p_o - p_e) / (1 - p_e)`` with ``p_e`` from each coder's own
    marginal distribution. With more than two coders :func:`agreement` reports the mean over
    coder pairs (Light's kappa, Light 1971).
``krippendorff_alpha`` (Krippendorff 2004/2011)
    ``1 - D_o / D_e`` over all pairable values, any number of coders, missing data allowed, via
    the ``krippendorff`` package. **Level of measurement matters**: the package defaults to
    ``interval``; categorical codes (named/anonymous, hedge/booster) need ``"nominal"``, the
    default here. String codes are mapped to integers (sorted order; pass ``values=`` to fix
    the order for ordinal data).

Intervals
---------
Percentile bootstrap over units (units resampled with replacement, all their codes kept),
seeded (:data:`analysis.stats.DEFAULT_SEED`), 95% by default. Resamples in which a measure is
undefined (e.g. only one category present) are dropped; ``resamples_used`` says how many
remained. Krippendorff's own bootstrap (Hayes & Krippendorff 2007) resamples pairable values
instead; with a few hundred units the two agree closely, and resampling units is what a reader
expects ("if we had coded other units").
"""
from __future__ import annotations

import math
from itertools import combinations
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from .stats import DEFAULT_SEED

__all__ = [
    "percent_agreement",
    "cohen_kappa",
    "krippendorff_alpha",
    "agreement",
    "agreement_from_sheets",
    "as_codes",
]

DEFAULT_RESAMPLES = 1000
LEVELS = ("nominal", "ordinal", "interval", "ratio")


def as_codes(codes) -> pd.DataFrame:
    """Normalise ``codes`` to a units x coders DataFrame of objects with ``None`` for missing."""
    if isinstance(codes, pd.DataFrame):
        frame = codes.copy()
    elif isinstance(codes, Mapping):
        frame = pd.DataFrame(dict(codes))
    else:
        raise TypeError("codes must be a DataFrame (units x coders) or a mapping {coder: codes}")
    frame = frame.astype(object)
    return frame.where(~frame.map(_is_missing), None)


def _is_missing(x) -> bool:
    if x is None:
        return True
    if isinstance(x, float) and math.isnan(x):
        return True
    if isinstance(x, str) and not x.strip():
        return True
    try:
        return bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


def _norm(x):
    """Comparable form of a code: stripped strings; integral floats as ints (Excel turns 1 into 1.0)."""
    if isinstance(x, str):
        return x.strip()
    if isinstance(x, (float, np.floating)) and float(x).is_integer():
        return int(x)
    if isinstance(x, np.integer):
        return int(x)
    return x


def _matrix(codes: pd.DataFrame) -> list[list]:
    return [[_norm(v) for v in row if v is not None] for row in codes.itertuples(index=False, name=None)]


def percent_agreement(codes) -> float:
    """Mean over units (coded by >= 2 coders) of the share of agreeing coder pairs (0-1)."""
    rows = [r for r in _matrix(as_codes(codes)) if len(r) >= 2]
    if not rows:
        return math.nan
    shares = []
    for r in rows:
        pairs = list(combinations(r, 2))
        shares.append(sum(a == b for a, b in pairs) / len(pairs))
    return float(np.mean(shares))


def cohen_kappa(a: Sequence, b: Sequence) -> float:
    """Cohen's kappa of two coders' codes for the same units (units where either is missing are
    dropped). NaN when fewer than one unit remains or chance agreement is 1 (one category only)."""
    if len(a) != len(b):
        raise ValueError(f"both coders must code the same units ({len(a)} != {len(b)})")
    pairs = [(_norm(x), _norm(y)) for x, y in zip(a, b) if not _is_missing(x) and not _is_missing(y)]
    n = len(pairs)
    if n == 0:
        return math.nan
    po = sum(x == y for x, y in pairs) / n
    ca = pd.Series([x for x, _ in pairs]).value_counts() / n
    cb = pd.Series([y for _, y in pairs]).value_counts() / n
    pe = float(sum(ca.get(k, 0.0) * cb.get(k, 0.0) for k in set(ca.index) | set(cb.index)))
    if pe >= 1.0:
        return math.nan
    return (po - pe) / (1 - pe)


def _numeric(codes: pd.DataFrame, values: Sequence | None) -> tuple[np.ndarray, list]:
    """coders x units float array for the krippendorff package (NaN = missing), and the value
    domain as floats."""
    cells = [_norm(v) for v in codes.to_numpy().ravel() if v is not None]
    if values is None:
        domain = sorted(set(cells), key=lambda v: (isinstance(v, str), v))
    else:
        domain = [_norm(v) for v in values]
        unknown = set(cells) - set(domain)
        if unknown:
            raise ValueError(f"codes not in values: {sorted(map(str, unknown))}")
    numeric = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in domain)
    index = {v: (float(v) if numeric else float(i)) for i, v in enumerate(domain)}
    arr = np.array([[index[_norm(v)] if v is not None else np.nan for v in codes[c]] for c in codes.columns],
                   dtype=float)
    return arr, sorted(index.values())


def krippendorff_alpha(codes, level: str = "nominal", values: Sequence | None = None) -> float:
    """Krippendorff's alpha (``krippendorff`` package) at ``level`` of measurement.

    ``values``: the ordered value domain (needed for ``ordinal`` string codes; numeric codes are
    used as numbers for ``interval``/``ratio``). NaN when alpha is undefined (fewer than two
    distinct values, or no unit coded twice).
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, got {level!r}")
    arr, domain = _numeric(as_codes(codes), values)
    return _alpha_arr(arr, level, domain)


def _pct_arr(arr: np.ndarray) -> float:
    """percent agreement of a coders x units float array (NaN = missing)."""
    cats = np.unique(arr[~np.isnan(arr)])
    counts = (arr[None, :, :] == cats[:, None, None]).sum(axis=1)  # categories x units
    m = counts.sum(axis=0)
    ok = m >= 2
    if not ok.any():
        return math.nan
    agree = (counts[:, ok] * (counts[:, ok] - 1)).sum(axis=0)
    return float(np.mean(agree / (m[ok] * (m[ok] - 1))))


def _kappa_arr(x: np.ndarray, y: np.ndarray) -> float:
    ok = ~np.isnan(x) & ~np.isnan(y)
    x, y = x[ok], y[ok]
    n = len(x)
    if n == 0:
        return math.nan
    po = float(np.mean(x == y))
    cats, inv = np.unique(np.concatenate([x, y]), return_inverse=True)
    ca = np.bincount(inv[:n], minlength=len(cats)) / n
    cb = np.bincount(inv[n:], minlength=len(cats)) / n
    pe = float((ca * cb).sum())
    return math.nan if pe >= 1.0 else (po - pe) / (1 - pe)


def _alpha_arr(arr: np.ndarray, level: str, domain: list) -> float:
    import krippendorff

    if len(domain) < 2 or (np.sum(~np.isnan(arr), axis=0) >= 2).sum() == 0:
        return math.nan
    if len(np.unique(arr[~np.isnan(arr)])) < 2:
        # one value only: no disagreement is possible and alpha is undefined (0/0)
        return math.nan
    try:
        return float(krippendorff.alpha(reliability_data=arr, level_of_measurement=level, value_domain=domain))
    except (ValueError, ZeroDivisionError):
        return math.nan


def _measures(arr: np.ndarray, level: str, domain: list) -> dict[str, float]:
    coders = arr.shape[0]
    if coders == 2:
        kappa_name, kappa = "cohen_kappa", _kappa_arr(arr[0], arr[1])
    else:
        ks = [_kappa_arr(arr[i], arr[j]) for i, j in combinations(range(coders), 2)]
        ks = [k for k in ks if not math.isnan(k)]
        kappa_name, kappa = "light_kappa", (float(np.mean(ks)) if ks else math.nan)
    return {
        "percent_agreement": _pct_arr(arr),
        kappa_name: kappa,
        "krippendorff_alpha": _alpha_arr(arr, level, domain),
    }


def agreement(codes, level: str = "nominal", *, values: Sequence | None = None, level_ci: float = 0.95,
              resamples: int = DEFAULT_RESAMPLES, seed: int = DEFAULT_SEED) -> pd.DataFrame:
    """Agreement between two or more coders on the same units, with bootstrap intervals.

    Returns one row per measure (``percent_agreement``; ``cohen_kappa`` for two coders or
    ``light_kappa``, the mean pairwise Cohen's kappa, for more; ``krippendorff_alpha`` at
    ``level``) with columns ``measure``, ``value``, ``low``, ``high``, ``units`` (units coded by
    at least two coders), ``coders``, ``level``, ``resamples_used``.
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, got {level!r}")
    frame = as_codes(codes)
    if frame.shape[1] < 2:
        raise ValueError("agreement needs at least two coders (columns)")
    arr, domain = _numeric(frame, values)
    point = _measures(arr, level, domain)
    n = arr.shape[1]
    boot = {k: [] for k in point}
    if n >= 2 and resamples > 0:
        rng = np.random.default_rng(seed)
        for _ in range(resamples):
            for k, v in _measures(arr[:, rng.integers(0, n, size=n)], level, domain).items():
                if not math.isnan(v):
                    boot[k].append(v)
    q = [100 * (1 - level_ci) / 2, 100 * (1 + level_ci) / 2]
    units = int((np.sum(~np.isnan(arr), axis=0) >= 2).sum())
    rows = []
    for k, v in point.items():
        lo, hi = (np.percentile(boot[k], q).tolist() if boot[k] else (math.nan, math.nan))
        rows.append({"measure": k, "value": v, "low": float(lo), "high": float(hi), "units": units,
                     "coders": arr.shape[0], "level": level if k == "krippendorff_alpha" else "nominal",
                     "resamples_used": len(boot[k])})
    return pd.DataFrame(rows)


def agreement_from_sheets(sheets: Mapping[str, pd.DataFrame], variables: Sequence[str], *, unit: str = "unit_id",
                          levels: Mapping[str, str] | None = None, **kwargs) -> pd.DataFrame:
    """Agreement per codebook variable from coding sheets filled in by different coders.

    ``sheets``: ``{coder name: sheet}`` (e.g. from :func:`analysis.sampling.read_sheet`), each
    with a ``unit`` column identifying the units. Units are matched on ``unit``; a unit missing
    from a sheet counts as not coded by that coder. ``levels``: level of measurement per
    variable (default nominal). Returns :func:`agreement`'s rows with a ``variable`` column first.
    """
    if len(sheets) < 2:
        raise ValueError("need at least two coders' sheets")
    levels = dict(levels or {})
    out = []
    for var in variables:
        cols = {}
        for coder, sheet in sheets.items():
            if unit not in sheet.columns or var not in sheet.columns:
                raise ValueError(f"sheet of {coder!r} has no {unit!r} or {var!r} column")
            if sheet[unit].duplicated().any():
                raise ValueError(f"sheet of {coder!r} has duplicate {unit!r} values")
            cols[coder] = sheet.set_index(unit)[var]
        frame = pd.DataFrame(cols)
        table = agreement(frame, levels.get(var, "nominal"), **kwargs)
        table.insert(0, "variable", var)
        out.append(table)
    return pd.concat(out, ignore_index=True)
