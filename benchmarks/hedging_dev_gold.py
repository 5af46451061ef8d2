"""Score analysis.hedging against the development gold (../shared/dev-gold), with a baseline.

Hedges and boosters are scored separately (a match needs the same kind), one-to-one by span
overlap with :func:`analysis.scoring.score_spans`. Gold items marked ``optional`` neither reward
nor penalise (dev-gold README). The baseline is a plain lexicon lookup: every occurrence of every
hedge/booster entry of the same lexicon, with no context rule and no blockers.

    .venv/bin/python benchmarks/hedging_dev_gold.py [--verbose]

Skips (message, exit 0) when ../shared is absent.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "dev-gold" / "wikinews_dev_gold.jsonl"
CORPUS = SHARED / "corpora" / "wikinews_2019_2020.jsonl"
sys.path.insert(0, str(ROOT))


def baseline(text: str, seg) -> list[tuple[int, int, str]]:
    """Plain lexicon lookup: every hedge/booster entry match inside a sentence, no rules."""
    from analysis.hedging import _CUE_RE, LEXICON, _norm

    out = []
    for m in _CUE_RE.finditer(text):
        e = LEXICON[_norm(m.group())]
        if e.kind in ("hedge", "booster") and seg.sentence_at(m.start()) >= 0:
            out.append((m.start(), m.end(), e.kind))
    return out


def context(text: str, s: int, e: int, width: int = 60) -> str:
    left = text[max(0, s - width) : s].replace("\n", " ")
    right = text[e : e + width].replace("\n", " ")
    return f"{left}[[{text[s:e]}]]{right}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="list false positives and negatives with context")
    args = ap.parse_args(argv)
    if not GOLD.exists() or not CORPUS.exists():
        print(f"skipped: {GOLD} or {CORPUS} not found")
        return 0
    from analysis.hedging import hedges
    from analysis.scoring import Counts, score_spans
    from analysis.text import segment

    try:
        from analysis.cleaning import excluded_spans
    except ImportError:  # pragma: no cover - cleaning not written yet
        excluded_spans = lambda text: []  # noqa: E731

    texts = {}
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            texts[d["id"]] = d["text"]
    totals = {(sys_, kind): Counts() for sys_ in ("rules", "baseline") for kind in ("hedge", "booster")}
    n_docs = 0
    with open(GOLD, encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            text = texts[g["id"]]
            n_docs += 1
            excl = excluded_spans(text)
            seg = segment(text, excl)
            frame = hedges(text, excl, seg=seg)
            preds = {
                "rules": [(r.start, r.end, r.kind) for r in frame.itertuples()],
                "baseline": baseline(text, seg),
            }
            ignore = [tuple(x) for x in g.get("ignore", [])]
            for kind in ("hedge", "booster"):
                gold = [h for h in g["hedges"] if h["kind"] == kind]
                gspans = [(h["start"], h["end"]) for h in gold]
                opt = [bool(h.get("optional")) for h in gold]
                for sys_, pred in preds.items():
                    pspans = [(s, e) for s, e, k in pred if k == kind]
                    c, matches = score_spans(pspans, gspans, opt, ignore)
                    totals[(sys_, kind)] += c
                    if args.verbose and sys_ == "rules":
                        matched_p = {i for i, _ in matches}
                        matched_g = {j for _, j in matches}
                        for i, (s, e) in enumerate(pspans):
                            if i not in matched_p:
                                print(f"FP {kind:7} {g['id'][:28]:28} {context(text, s, e)}")
                        for j, (s, e) in enumerate(gspans):
                            if j not in matched_g and not opt[j]:
                                print(f"FN {kind:7} {g['id'][:28]:28} {context(text, s, e)}")
    print(f"dev gold: {n_docs} documents ({GOLD.name})")
    print(f"{'system':10} {'kind':8} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for (sys_, kind), c in totals.items():
        print(f"{sys_:10} {kind:8} {c.tp:4d} {c.fp:4d} {c.fn:4d} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
