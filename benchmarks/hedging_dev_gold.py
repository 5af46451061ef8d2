"""Score analysis.hedging against the development gold, next to a plain lexicon-lookup baseline.

Both are scored by :func:`analysis.validation.validate` (hedges and boosters separately, a
match needs the same kind, one-to-one by span overlap, optional gold items neither reward nor
penalise). The baseline finds every occurrence of every hedge/booster entry of the same lexicon
inside a sentence, with no context rule and no blockers.

Usage: python benchmarks/hedging_dev_gold.py [--verbose]
"""
from __future__ import annotations

import argparse

from _shared import CORPORA, DEV_GOLD, skip_unless


def baseline_coder(text: str):
    """(no attributions, every lexicon match as a cue): the plain lookup a rule-less tool does."""
    import pandas as pd

    from analysis.cleaning import excluded_spans
    from analysis.hedging import _CUE_RE, LEXICON, _norm
    from analysis.text import segment

    seg = segment(text, excluded_spans(text))
    rows = []
    for m in _CUE_RE.finditer(text.lower()):
        entry = LEXICON[_norm(m.group())]
        if entry.kind in ("hedge", "booster") and seg.sentence_at(m.start()) >= 0:
            rows.append((m.start(), m.end(), entry.kind, "baseline"))
    hedges = pd.DataFrame(rows, columns=["start", "end", "kind", "rule"])
    return None, hedges


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="list false positives and negatives")
    args = ap.parse_args(argv)
    corpus = CORPORA / "wikinews_2019_2020.jsonl"
    skip_unless(DEV_GOLD, corpus)
    from analysis.corpus import load
    from analysis.validation import validate

    docs = {d.id: d.text for d in load(corpus)}
    measures = ("hedge", "booster")
    rules = validate(DEV_GOLD, docs, name="rules", measures=measures)
    base = validate(DEV_GOLD, docs, name="baseline", coder=baseline_coder, measures=measures)
    print(f"dev gold: {len(rules.documents)} documents ({DEV_GOLD.name})")
    print(f"{'system':10} {'kind':8} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for v in (rules, base):
        for r in v.scores.itertuples(index=False):
            print(f"{v.name:10} {r.measure:8} {r.tp:4d} {r.fp:4d} {r.fn:4d} {r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f}")
    if args.verbose:
        for r in rules.errors.itertuples(index=False):
            print(f"  {r.measure:8} {r.error} [{r.rule or ''}] {r.text!r}  ({r.doc[:50]} @{r.start})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
