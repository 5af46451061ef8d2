"""Validation of the automatic coders against hand coding (codebook v1.1, "Record format").

Gold
----
A gold file holds one record per article, ``{"id", "attributions": [...], "hedges": [...],
"ignore": [[start, end], ...]}``, as a single JSON object, a JSON array of objects, or JSON
lines (:func:`load_gold`). Attribution items need ``cue_start``, ``cue_end`` and
``source_type`` (``anonymous`` | ``named``); hedge items need ``start``, ``end`` and ``kind``
(``hedge`` | ``booster``). Offsets are Python ``str`` indices into the article's text exactly
as :mod:`analysis.corpus` loads it (end exclusive). Any item may carry ``optional: true``.

Predictions
-----------
:func:`code_text` runs the coders exactly as :func:`analysis.pipeline.analyze_document` does:
cleaning's excluded spans (:func:`analysis.cleaning.excluded_spans`) are computed on the raw
text, the text is segmented once with them, and that segmentation is shared by
:func:`analysis.sourcing.attributions` and :func:`analysis.hedging.hedges` (which also gets the
reported-speech regions; they change only the ``voice`` column, never a span or a kind).
Cleaning never edits the text, so gold offsets (into the raw text) and predicted offsets index
the same string; exclusions only remove predictions inside page furniture (captions, bylines,
comment blocks), which is what a user of ``analyze`` gets. A gold item inside an excluded span
is therefore a false negative, reported as such: validation measures the whole system.

Scoring (dev-gold README; :mod:`analysis.scoring` does all matching)
--------------------------------------------------------------------
* ``attributions``: every predicted cue span against every gold cue span, one-to-one by
  overlap (largest overlap first). Optional gold items neither reward nor penalise.
* ``anonymous``: predictions and gold restricted to the anonymous items, then scored with the
  same matcher: a match counts only when both sides say anonymous; an anonymous prediction on a
  required named gold item is an anonymous false positive, a named prediction on an anonymous
  gold item an anonymous false negative. An anonymous prediction whose cue matches an optional
  gold item of either type (in the attribution matching) is not scored: the README's "a
  prediction that matches an optional item is neither rewarded nor penalised" (an optional
  named item is one whose type the annotators doubted or disagreed on).
* ``anonymous count exact``: the share of articles whose predicted anonymous count equals the
  required gold anonymous count plus the optional anonymous items the anonymous predictions
  matched, not counting predictions on optional named items (an optional item can neither make
  nor break the count); with a Wilson interval.
* ``hedge`` and ``booster``: spans of the same kind, one-to-one by overlap (weasel phrases are
  a third kind and are not scored here).
* ``confusion``: predicted vs gold ``source_type`` on attribution matches to required gold items.

Precision, recall and F1 are micro-averaged over articles (sums of TP/FP/FN) with a seeded
percentile bootstrap over whole articles (:data:`analysis.stats.DEFAULT_SEED`).

Coding sheets (:mod:`analysis.sampling`) are validated unit by unit with
:func:`label_scores` (per-category precision/recall/F1 and a confusion table).
"""
from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from .errors import InputError
from .scoring import Counts, score_spans
from .stats import DEFAULT_RESAMPLES, DEFAULT_SEED, wilson_interval

__all__ = [
    "load_gold",
    "check_gold_offsets",
    "code_text",
    "run_coders",
    "score_document",
    "validate",
    "Validation",
    "DocumentScore",
    "label_scores",
    "validate_sheet",
    "gum_gold",
    "MEASURES",
]

#: The span measures, in report order.
MEASURES = ("attributions", "anonymous", "hedge", "booster")
SOURCE_TYPES = ("anonymous", "named")
HEDGE_KINDS = ("hedge", "booster")


# -- gold ---------------------------------------------------------------------------------------

def load_gold(path: str | os.PathLike) -> list[dict]:
    """Read a gold file: a JSON object, a JSON array of objects, or JSON lines.

    Every record is checked (``id`` present and unique, items with integer offsets
    ``0 <= start < end``, known ``source_type``/``kind``); problems raise
    :class:`~analysis.errors.InputError` naming the record. Missing ``attributions``,
    ``hedges`` or ``ignore`` lists are empty lists; a missing ``optional`` is ``False``.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError(p, "no such gold file")
    try:
        raw = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(p, f"not UTF-8 ({exc.reason} at byte {exc.start})") from None
    stripped = raw.strip()
    if not stripped:
        raise InputError(p, "empty gold file")
    try:
        data = json.loads(stripped)
        records = data if isinstance(data, list) else [data]
    except json.JSONDecodeError:
        records = []
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(p, f"line {n}: not JSON ({exc.msg})") from None
    out, seen = [], set()
    for n, rec in enumerate(records, 1):
        rec = _check_record(p, n, rec)
        if rec["id"] in seen:
            raise InputError(p, f"record {n}: duplicate id {rec['id']!r}")
        seen.add(rec["id"])
        out.append(rec)
    return out


def _check_record(path: Path, n: int, rec) -> dict:
    where = f"record {n}"
    if not isinstance(rec, dict):
        raise InputError(path, f"{where}: expected a JSON object, got {type(rec).__name__}")
    if rec.get("id") in (None, ""):
        raise InputError(path, f"{where}: no 'id'")
    where = f"record {n} (id {rec['id']!r})"
    rec = dict(rec)
    rec["id"] = str(rec["id"])
    atts, heds = [], []
    for k, a in enumerate(rec.get("attributions") or []):
        a = _check_span(path, f"{where} attribution {k + 1}", a, "cue_start", "cue_end")
        if a.get("source_type") not in SOURCE_TYPES:
            raise InputError(path, f"{where} attribution {k + 1}: source_type must be anonymous or named, "
                             f"got {a.get('source_type')!r}")
        atts.append(a)
    for k, h in enumerate(rec.get("hedges") or []):
        h = _check_span(path, f"{where} hedge {k + 1}", h, "start", "end")
        if h.get("kind") not in HEDGE_KINDS:
            raise InputError(path, f"{where} hedge {k + 1}: kind must be hedge or booster, got {h.get('kind')!r}")
        heds.append(h)
    ignore = []
    for k, span in enumerate(rec.get("ignore") or []):
        if (not isinstance(span, (list, tuple)) or len(span) != 2
                or not all(isinstance(x, int) and not isinstance(x, bool) for x in span) or not 0 <= span[0] < span[1]):
            raise InputError(path, f"{where} ignore {k + 1}: expected [start, end] with 0 <= start < end")
        ignore.append((span[0], span[1]))
    rec["attributions"], rec["hedges"], rec["ignore"] = atts, heds, ignore
    return rec


def _check_span(path, where, item, s_key, e_key) -> dict:
    if not isinstance(item, dict):
        raise InputError(path, f"{where}: expected a JSON object")
    s, e = item.get(s_key), item.get(e_key)
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (s, e)) or not 0 <= s < e:
        raise InputError(path, f"{where}: {s_key}/{e_key} must be integers with 0 <= start < end, got {s!r}, {e!r}")
    item = dict(item)
    item["optional"] = bool(item.get("optional", False))
    return item


def check_gold_offsets(record: Mapping, text: str, path=None) -> None:
    """Raise :class:`InputError` unless every gold span lies inside ``text`` and, where the
    record gives the span's text (``cue``, ``source``, hedge ``text``), equals ``text[start:end]``.
    A mismatch means the gold was coded on another version of the text."""
    rid = record["id"]
    checks = []
    for a in record["attributions"]:
        checks.append(("cue", a.get("cue"), a["cue_start"], a["cue_end"]))
        if a.get("source_start") is not None and a.get("source_end") is not None:
            checks.append(("source", a.get("source"), a["source_start"], a["source_end"]))
    for h in record["hedges"]:
        checks.append(("hedge", h.get("text"), h["start"], h["end"]))
    for what, expected, s, e in checks:
        if e > len(text):
            raise InputError(path, f"gold id {rid!r}: {what} span {s}-{e} is beyond the end of the text "
                             f"({len(text)} characters)")
        if expected is not None and text[s:e] != expected:
            raise InputError(path, f"gold id {rid!r}: {what} span {s}-{e} is {text[s:e]!r} in the corpus text, "
                             f"gold says {expected!r} (gold coded on a different text?)")


# -- predictions --------------------------------------------------------------------------------

def run_coders(text: str) -> tuple[list, pd.DataFrame, pd.DataFrame]:
    """Run cleaning and the coders on ``text`` as the pipeline does:
    ``(excluded spans, attributions frame, hedges frame)``."""
    from . import cleaning, hedging, sourcing
    from .text import segment

    excluded = cleaning.excluded_spans(text)
    seg = segment(text, excluded)
    att = sourcing.attributions(text, excluded, seg=seg)
    reported = sourcing.reported_speech(text, excluded, seg=seg)
    hed = hedging.hedges(text, excluded, seg=seg, reported=reported)
    return excluded, att, hed


def code_text(text: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Run the coders on ``text`` as the pipeline does: ``(attributions frame, hedges frame)``."""
    _, att, hed = run_coders(text)
    return att, hed


# -- scoring one document -----------------------------------------------------------------------

@dataclass
class DocumentScore:
    """Scores of one article: counts per measure, the anonymous-count check, the label pairs of
    matched required attributions, and the errors (false positives/negatives) with evidence."""

    id: str
    counts: dict[str, Counts]
    anonymous_predicted: int
    anonymous_gold: int
    labels: list[tuple[str, str]] = field(default_factory=list)  # (predicted, gold) source_type
    errors: list[dict] = field(default_factory=list)

    @property
    def anonymous_exact(self) -> bool:
        return self.anonymous_predicted == self.anonymous_gold


def _spans(frame: pd.DataFrame, s: str, e: str) -> list[tuple[int, int]]:
    return list(zip(frame[s].astype(int).tolist(), frame[e].astype(int).tolist())) if len(frame) else []


def score_document(record: Mapping, text: str, attributions: pd.DataFrame | None = None,
                   hedges: pd.DataFrame | None = None) -> DocumentScore:
    """Score one article's predictions against its gold ``record`` (as :func:`load_gold` returns).

    ``attributions`` needs ``cue_start``, ``cue_end``, ``anonymous`` (and uses ``cue``/``rule``
    when present); ``hedges`` needs ``start``, ``end``, ``kind``. When both are ``None`` the
    coders are run on ``text`` (:func:`code_text`).
    """
    if attributions is None and hedges is None:
        attributions, hedges = code_text(text)
    if attributions is None:
        attributions = pd.DataFrame(columns=["cue_start", "cue_end", "anonymous"])
    if hedges is None:
        hedges = pd.DataFrame(columns=["start", "end", "kind"])
    attributions = attributions.reset_index(drop=True)
    hedges = hedges.reset_index(drop=True)
    ignore = [tuple(x) for x in record.get("ignore", [])]
    gold_att = record["attributions"]
    errors: list[dict] = []
    counts: dict[str, Counts] = {}

    pred = _spans(attributions, "cue_start", "cue_end")
    gold = [(a["cue_start"], a["cue_end"]) for a in gold_att]
    opt = [a["optional"] for a in gold_att]
    anon = attributions["anonymous"].astype(bool).tolist() if len(attributions) else []
    c, matches = score_spans(pred, gold, opt, ignore)
    counts["attributions"] = c
    labels = [("anonymous" if anon[i] else "named", gold_att[j]["source_type"]) for i, j in matches if not opt[j]]
    errors += _errors(record["id"], "attributions", text, pred, gold, opt, matches, ignore,
                      attributions.get("rule"))

    # an anonymous prediction on an optional named item: neither rewarded nor penalised
    on_optional_named = {i for i, j in matches if anon[i] and opt[j] and gold_att[j]["source_type"] == "named"}
    p_idx = [i for i, a in enumerate(anon) if a and i not in on_optional_named]
    g_idx = [j for j, a in enumerate(gold_att) if a["source_type"] == "anonymous"]
    ca, am = score_spans([pred[i] for i in p_idx], [gold[j] for j in g_idx], [opt[j] for j in g_idx], ignore)
    counts["anonymous"] = ca
    rules = attributions["rule"] if "rule" in attributions else None
    errors += _errors(record["id"], "anonymous", text, [pred[i] for i in p_idx], [gold[j] for j in g_idx],
                      [opt[j] for j in g_idx], am, ignore,
                      None if rules is None else rules.iloc[p_idx].reset_index(drop=True))
    anonymous_gold = sum(1 for j in g_idx if not opt[j]) + sum(1 for _, j in am if opt[g_idx[j]])

    for kind in HEDGE_KINDS:
        sel = hedges[hedges["kind"] == kind].reset_index(drop=True) if len(hedges) else hedges
        hp = _spans(sel, "start", "end")
        gk = [h for h in record["hedges"] if h["kind"] == kind]
        hg = [(h["start"], h["end"]) for h in gk]
        ho = [h["optional"] for h in gk]
        ck, km = score_spans(hp, hg, ho, ignore)
        counts[kind] = ck
        errors += _errors(record["id"], kind, text, hp, hg, ho, km, ignore, sel.get("rule"))
    scored_anonymous = sum(1 for i in p_idx if not _in_ignore(pred[i], ignore))
    return DocumentScore(record["id"], counts, scored_anonymous, anonymous_gold, labels, errors)


def _in_ignore(span: tuple[int, int], ignore) -> bool:
    """True when ``span`` overlaps an ignore region (the rule of :func:`analysis.scoring.score_spans`)."""
    s, e = span
    return any(min(e, ie) > max(s, is_) for is_, ie in ignore)


def _errors(doc, measure, text, pred, gold, opt, matches, ignore, rules) -> list[dict]:
    matched_p = {i for i, _ in matches}
    matched_g = {j for _, j in matches}
    out = []
    for i, (s, e) in enumerate(pred):
        if i in matched_p or _in_ignore((s, e), ignore):
            continue
        out.append({"doc": doc, "measure": measure, "error": "FP", "start": s, "end": e, "text": text[s:e],
                    "rule": None if rules is None else rules.iloc[i]})
    for j, (s, e) in enumerate(gold):
        if j not in matched_g and not opt[j] and not _in_ignore((s, e), ignore):
            out.append({"doc": doc, "measure": measure, "error": "FN", "start": s, "end": e, "text": text[s:e],
                        "rule": None})
    return out


# -- scoring a corpus ---------------------------------------------------------------------------

@dataclass
class Validation:
    """The result of :func:`validate`.

    ``scores``: one row per measure (``attributions``, ``anonymous``, ``hedge``, ``booster``)
    with ``tp``, ``fp``, ``fn``, ``precision``, ``recall``, ``f1`` and bootstrap intervals
    ``*_low``/``*_high``. ``confusion``: predicted (rows) x gold (columns) ``source_type`` on
    matched required attributions. ``anonymous_count``: articles, exact, share, low, high.
    ``documents``: one row per article. ``errors``: every false positive and false negative.
    """

    scores: pd.DataFrame
    confusion: pd.DataFrame
    anonymous_count: dict
    documents: pd.DataFrame
    errors: pd.DataFrame
    name: str = ""
    anonymous: bool = True  # whether the anonymous measures are reported

    def to_dict(self) -> dict:
        """JSON-ready dictionary (NaN as ``None``)."""
        return _jsonable({
            "name": self.name,
            "articles": int(len(self.documents)),
            "scores": {r["measure"]: {k: v for k, v in r.items() if k != "measure"}
                       for r in self.scores.to_dict(orient="records")},
            "anonymous_count_exact": self.anonymous_count if self.anonymous else None,
            "confusion": {"rows": "predicted", "columns": "gold",
                          "table": {p: {g: int(self.confusion.loc[p, g]) for g in self.confusion.columns}
                                    for p in self.confusion.index}} if self.anonymous else None,
            "errors": int(len(self.errors)),
        })

    def to_text(self) -> str:
        """A plain-text report: the scores table, the anonymous-count share and the confusion table."""
        lines = []
        if self.name:
            lines.append(f"validation: {self.name}")
        lines.append(f"articles: {len(self.documents)}")
        lines.append(f"{'measure':13} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}   F1 95% CI (bootstrap over articles)")
        for r in self.scores.itertuples(index=False):
            lines.append(f"{r.measure:13} {r.tp:5d} {r.fp:5d} {r.fn:5d} {_f(r.precision)} {_f(r.recall)} {_f(r.f1)}"
                         f"   [{_f(r.f1_low).strip()}, {_f(r.f1_high).strip()}]")
        if not self.anonymous:
            return "\n".join(lines) + "\n"
        a = self.anonymous_count
        lines.append(f"anonymous count exactly right: {a['exact']}/{a['articles']} = {_f(a['share']).strip()} "
                     f"(Wilson 95% CI [{_f(a['low']).strip()}, {_f(a['high']).strip()}])")
        lines.append("source_type on matched required attributions (rows predicted, columns gold):")
        width = max(9, *(len(str(x)) for x in self.confusion.index))
        lines.append(" " * (width + 2) + " ".join(f"{c:>9}" for c in self.confusion.columns))
        for p in self.confusion.index:
            lines.append(f"  {p:<{width}}" + " ".join(f"{int(self.confusion.loc[p, g]):9d}" for g in self.confusion.columns))
        agree = int(sum(self.confusion.loc[t, t] for t in SOURCE_TYPES))
        total = int(self.confusion.values.sum())
        lines.append(f"label agreement: {agree}/{total}")
        return "\n".join(lines) + "\n"


def _f(x) -> str:
    return "   nan" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:6.3f}"


def _jsonable(obj):
    if isinstance(obj, dict):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v) for v in obj]
    if isinstance(obj, (np.integer,)):
        return int(obj)
    if isinstance(obj, (float, np.floating)):
        return None if math.isnan(obj) else float(obj)
    if isinstance(obj, np.bool_):
        return bool(obj)
    return obj


def _prf(tp, fp, fn):
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(tp + fp > 0, tp / (tp + fp), np.nan)
        r = np.where(tp + fn > 0, tp / (tp + fn), np.nan)
        f = np.where(p + r > 0, 2 * p * r / (p + r), np.nan)
    return p, r, f


def _bootstrap_prf(tp, fp, fn, level, resamples, seed):
    n = len(tp)
    if n < 2:
        return [(math.nan, math.nan)] * 3
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(resamples, n))
    stats = _prf(tp[idx].sum(1), fp[idx].sum(1), fn[idx].sum(1))
    q = [100 * (1 - level) / 2, 100 * (1 + level) / 2]
    out = []
    for s in stats:
        if np.all(np.isnan(s)):
            out.append((math.nan, math.nan))
        else:
            lo, hi = np.nanpercentile(s, q)
            out.append((float(lo), float(hi)))
    return out


def summarize_scores(docs: Sequence[DocumentScore], name: str = "", level: float = 0.95,
                     resamples: int = DEFAULT_RESAMPLES, seed: int = DEFAULT_SEED,
                     measures: Sequence[str] = MEASURES) -> Validation:
    """Aggregate per-article scores into a :class:`Validation` (micro averages, intervals).

    ``measures``: which rows to report (a subset of :data:`MEASURES`, in that order).
    """
    unknown = set(measures) - set(MEASURES)
    if unknown:
        raise ValueError(f"unknown measures {sorted(unknown)}; expected some of {MEASURES}")
    measures = [m for m in MEASURES if m in measures]
    rows = []
    for m in measures:
        tp = np.array([d.counts[m].tp for d in docs], dtype=float)
        fp = np.array([d.counts[m].fp for d in docs], dtype=float)
        fn = np.array([d.counts[m].fn for d in docs], dtype=float)
        total = Counts(int(tp.sum()), int(fp.sum()), int(fn.sum()))
        (pl, ph), (rl, rh), (fl, fh) = _bootstrap_prf(tp, fp, fn, level, resamples, seed)
        rows.append({"measure": m, **total.as_dict(), "precision_low": pl, "precision_high": ph,
                     "recall_low": rl, "recall_high": rh, "f1_low": fl, "f1_high": fh})
    scores = pd.DataFrame(rows)
    confusion = pd.DataFrame(0, index=pd.Index(SOURCE_TYPES, name="predicted"),
                             columns=pd.Index(SOURCE_TYPES, name="gold"))
    for d in docs:
        for p, g in d.labels:
            confusion.loc[p, g] += 1
    exact = sum(d.anonymous_exact for d in docs)
    lo, hi = wilson_interval(exact, len(docs), level) if docs else (math.nan, math.nan)
    anonymous_count = {"articles": len(docs), "exact": exact,
                       "share": exact / len(docs) if docs else math.nan, "low": lo, "high": hi}
    documents = pd.DataFrame([
        {"doc": d.id, **{f"{m}_{k}": getattr(d.counts[m], k) for m in MEASURES for k in ("tp", "fp", "fn")},
         "anonymous_predicted": d.anonymous_predicted, "anonymous_gold": d.anonymous_gold,
         "anonymous_exact": d.anonymous_exact}
        for d in docs
    ])
    errors = pd.DataFrame([e for d in docs for e in d.errors],
                          columns=["doc", "measure", "error", "start", "end", "text", "rule"])
    errors = errors[errors["measure"].isin(measures)].reset_index(drop=True)
    return Validation(scores, confusion, anonymous_count, documents, errors, name,
                      anonymous="anonymous" in measures)


Coder = Callable[[str], tuple[pd.DataFrame, pd.DataFrame]]


def validate(gold: Iterable[Mapping] | str | os.PathLike, documents: Iterable, *, coder: Coder = code_text,
             name: str = "", level: float = 0.95, seed: int = DEFAULT_SEED,
             gold_path: str | os.PathLike | None = None, measures: Sequence[str] = MEASURES) -> Validation:
    """Score ``coder`` (default: the project's coders, :func:`code_text`) against ``gold``.

    ``gold``: records as :func:`load_gold` returns, or a path to a gold file. ``documents``: any
    iterable of :class:`analysis.corpus.Document` (e.g. ``analysis.corpus.load(path)``) or a
    mapping ``id -> text``; documents without gold are skipped; a gold id with no document
    raises :class:`InputError` naming the id. ``coder`` maps a text to ``(attributions,
    hedges)`` frames (see :func:`score_document` for the columns), so baselines can be scored
    the same way. Articles are scored in gold order. ``measures`` selects the reported rows.
    """
    if isinstance(gold, (str, os.PathLike)):
        gold_path = gold_path or gold
        gold = load_gold(gold)
    gold = list(gold)
    wanted = {g["id"] for g in gold}
    if isinstance(documents, Mapping):
        texts = {k: v for k, v in documents.items() if k in wanted}
    else:
        texts = {d.id: d.text for d in documents if d.id in wanted}
    missing = [g["id"] for g in gold if g["id"] not in texts]
    if missing:
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        raise InputError(gold_path, f"gold id {missing[0]!r} is not in the corpus{more}; ids must match the "
                         "corpus ids as loaded")
    scored = []
    for g in gold:
        text = texts[g["id"]]
        check_gold_offsets(g, text, gold_path)
        att, hed = coder(text)
        scored.append(score_document(g, text, att, hed))
    return summarize_scores(scored, name=name, level=level, seed=seed, measures=measures)


# -- unit-level validation (coding sheets) ------------------------------------------------------

def label_scores(predicted: Sequence, gold: Sequence, categories: Sequence | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per-category precision, recall and F1 of ``predicted`` labels against ``gold`` labels,
    unit by unit (e.g. a coding sheet's ``auto_source_type`` against the coder's
    ``source_type``), and the confusion table (rows predicted, columns gold).

    Units where either label is missing (``None``, NaN, empty string) are left out; the first
    table's ``units`` column says how many were compared. Categories default to the sorted
    union of labels seen.
    """
    pairs = [(str(p).strip(), str(g).strip()) for p, g in zip(predicted, gold) if not _missing(p) and not _missing(g)]
    cats = list(categories) if categories is not None else sorted({x for pair in pairs for x in pair})
    confusion = pd.DataFrame(0, index=pd.Index(cats, name="predicted"), columns=pd.Index(cats, name="gold"))
    for p, g in pairs:
        if p not in confusion.index:
            confusion.loc[p] = 0
        if g not in confusion.columns:
            confusion[g] = 0
        confusion.loc[p, g] += 1
    rows = []
    for c in confusion.index.union(confusion.columns, sort=False):
        tp = int(confusion.loc[c, c]) if c in confusion.index and c in confusion.columns else 0
        fp = int(confusion.loc[c].sum()) - tp if c in confusion.index else 0
        fn = int(confusion[c].sum()) - tp if c in confusion.columns else 0
        rows.append({"category": c, "units": len(pairs), **Counts(tp, fp, fn).as_dict()})
    return pd.DataFrame(rows), confusion


def _missing(x) -> bool:
    if x is None:
        return True
    if isinstance(x, float) and math.isnan(x):
        return True
    return isinstance(x, str) and not x.strip()


# -- GUM attribution relations ------------------------------------------------------------------

_FIRST_SECOND = frozenset("i i'm i've i'd i'll me my we we're we've we'd us our you you're you've you'd your".split())


def gum_gold(relations_path: str | os.PathLike, texts: Mapping[str, str]) -> tuple[list[dict], dict]:
    """Gold records from the GUM RST attribution relations (``gum_wikinews_rst_attributions.jsonl``).

    GUM gives, per relation, the tokenised *attribution phrase* ("The Independent reported"),
    not codebook cue spans or source types. Each phrase is located in the raw text (tokens
    matched in order, any white space between them, searching forward from the previous phrase
    of the same document) and becomes one gold attribution whose "cue" span is the whole
    phrase, so a predicted cue anywhere inside it matches. Image credits ("Image : X") are not
    attributions under the codebook and are dropped. GUM's relation is wider than the codebook
    (first-person "I think", "according to" phrases, interviews' question-answer pairs), so
    these figures are phrase-level and only approximate codebook precision and recall; only
    the ``attributions`` measure is meaningful (every item is coded ``named``; score with
    ``measures=("attributions",)``). Phrases with a first- or second-person pronoun ("I think",
    "do you think", "we know") are ``optional``: the codebook does not count the writer's or a
    speaker's own first-person voice, and interview questions attribute nothing.

    Returns ``(records, info)`` with ``info`` counting relations, credits dropped and phrases
    that could not be located.
    """
    import re

    by_doc: dict[str, list[dict]] = {}
    info = {"relations": 0, "image_credits": 0, "first_second_person": 0, "not_located": 0, "documents_missing": 0}
    with open(relations_path, encoding="utf-8") as fh:
        rels = [json.loads(line) for line in fh if line.strip()]
    for r in rels:
        info["relations"] += 1
        phrase = r["attribution_text"].strip()
        if re.match(r"(?i)(image|photo|picture)s?\s*[:;]", phrase):
            info["image_credits"] += 1
            continue
        by_doc.setdefault(r["doc_id"], []).append(r)
    records = []
    for doc_id, items in by_doc.items():
        text = texts.get(doc_id)
        if text is None:
            info["documents_missing"] += 1
            continue
        atts = []
        pos = 0
        for r in items:
            tokens = r["attribution_text"].split()
            pattern = re.compile(r"\s*".join(re.escape(t) for t in tokens))
            m = pattern.search(text, pos) or pattern.search(text)
            if m is not None:
                pos = m.end()
            if m is None:
                info["not_located"] += 1
                continue
            personal = any(t.lower().replace("’", "'") in _FIRST_SECOND for t in tokens)
            info["first_second_person"] += personal
            atts.append({"cue": m.group(), "cue_start": m.start(), "cue_end": m.end(), "source": None,
                         "source_start": None, "source_end": None, "source_type": "named", "optional": personal})
        # one gold item per located span (a phrase repeated verbatim is located once)
        seen, unique = set(), []
        for a in sorted(atts, key=lambda a: (a["cue_start"], a["cue_end"])):
            if (a["cue_start"], a["cue_end"]) not in seen:
                seen.add((a["cue_start"], a["cue_end"]))
                unique.append(a)
        records.append({"id": doc_id, "attributions": unique, "hedges": [], "ignore": []})
    return records, info


_YES = frozenset({"yes", "y", "1", "true", "t", "x"})
_NO = frozenset({"no", "n", "0", "false", "f"})


def validate_sheet(sheet: pd.DataFrame, level: float = 0.95) -> dict:
    """Validate the automatic codes of a filled-in coding sheet (:mod:`analysis.sampling`).

    Attribution sheets: ``precision`` (share of sampled cues the coder marked
    ``is_attribution`` = yes, with a Wilson interval: a sample estimate of cue precision; recall
    needs span-level gold, :func:`validate`) and, on confirmed cues, ``labels``/``confusion`` of
    ``auto_source_type`` against ``source_type`` (:func:`label_scores`). Hedge sheets:
    ``labels``/``confusion`` of ``auto_kind`` against ``kind`` (``none`` = not a cue). Article
    sheets: per count variable, the share of articles whose automatic count equals the hand count
    (Wilson) and the mean absolute difference. Rows not yet coded are left out.
    """
    out: dict = {}
    if "is_attribution" in sheet.columns:
        coded = sheet[sheet["is_attribution"].map(lambda v: not _missing(v))]
        answers = coded["is_attribution"].map(lambda v: str(v).strip().lower())
        bad = sorted(set(answers) - _YES - _NO)
        if bad:
            raise InputError(None, f"is_attribution must be yes or no, found {bad}")
        yes = answers.isin(_YES)
        k, n = int(yes.sum()), int(len(answers))
        lo, hi = wilson_interval(k, n, level) if n else (math.nan, math.nan)
        out["precision"] = {"units": n, "confirmed": k, "share": k / n if n else math.nan, "low": lo, "high": hi}
        confirmed = coded[yes.to_numpy()]
        out["labels"], out["confusion"] = label_scores(confirmed["auto_source_type"], confirmed["source_type"],
                                                       categories=SOURCE_TYPES)
    elif "auto_kind" in sheet.columns:
        out["labels"], out["confusion"] = label_scores(sheet["auto_kind"], sheet["kind"],
                                                       categories=("hedge", "booster", "weasel", "none"))
    else:
        rows = []
        for var in ("attributions", "anonymous_attributions", "hedges", "boosters"):
            pairs = [(int(a), int(float(h))) for a, h in zip(sheet[f"auto_{var}"], sheet[var]) if not _missing(h)]
            n = len(pairs)
            k = sum(a == h for a, h in pairs)
            lo, hi = wilson_interval(k, n, level) if n else (math.nan, math.nan)
            rows.append({"variable": var, "articles": n, "exact": k, "share": k / n if n else math.nan,
                         "low": lo, "high": hi,
                         "mean_abs_diff": float(np.mean([abs(a - h) for a, h in pairs])) if n else math.nan})
        out["counts"] = pd.DataFrame(rows)
    return out
