"""Score the sourcing analyser against the development gold (20 hand-coded Wikinews articles).

Prints all-attribution precision/recall/F1, anonymous-attribution P/R/F1 (a match counts for
the anonymous score when both sides say anonymous), and the share of articles whose count of
anonymous attributions is exactly right. Scoring uses :func:`analysis.scoring.score_spans`
(one-to-one by cue-span overlap; optional gold items neither reward nor penalise).

Anonymous scoring: predictions and gold are restricted to anonymous items and scored with the
same matcher. For the exact-count share, an article's predicted anonymous count is compared
with its required gold count plus the optional anonymous items the prediction matched (so
an optional item can neither make nor break the count).

Usage: python benchmarks/sourcing_dev_gold.py [--verbose]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="list false positives and negatives with their rule")
    args = ap.parse_args(argv)
    gold_path = SHARED / "dev-gold" / "wikinews_dev_gold.jsonl"
    corpus_path = SHARED / "corpora" / "wikinews_2019_2020.jsonl"
    if not gold_path.exists() or not corpus_path.exists():
        print(f"skipped: {gold_path} or {corpus_path} not found")
        return 0
    from analysis.scoring import Counts, score_spans
    from analysis.sourcing import attributions

    try:
        from analysis.cleaning import excluded_spans
    except ImportError:  # cleaning not available yet
        excluded_spans = None

    texts = {}
    with open(corpus_path, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            texts[d["id"]] = d["text"]
    total, anon_total = Counts(), Counts()
    exact = articles = 0
    fp_rules, fn_kinds = Counter(), Counter()
    label_agree = label_total = 0
    with open(gold_path, encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            text = texts[g["id"]]
            excl = excluded_spans(text) if excluded_spans else ()
            frame = attributions(text, excl)
            pred = list(zip(frame["cue_start"], frame["cue_end"]))
            gold = [(a["cue_start"], a["cue_end"]) for a in g["attributions"]]
            opt = [a["optional"] for a in g["attributions"]]
            ignore = [tuple(x) for x in g.get("ignore", [])]
            c, matches = score_spans(pred, gold, opt, ignore)
            total += c
            anon_pred_idx = [i for i in range(len(frame)) if bool(frame["anonymous"].iloc[i])]
            anon_gold_idx = [j for j, a in enumerate(g["attributions"]) if a["source_type"] == "anonymous"]
            ca, am = score_spans([pred[i] for i in anon_pred_idx], [gold[j] for j in anon_gold_idx],
                                 [opt[j] for j in anon_gold_idx], ignore)
            anon_total += ca
            matched_opt_anon = sum(1 for _i, j in am if opt[anon_gold_idx[j]])
            gold_count = sum(1 for j in anon_gold_idx if not opt[j]) + matched_opt_anon
            articles += 1
            exact += len(anon_pred_idx) == gold_count
            for i, j in matches:
                if not opt[j]:
                    label_total += 1
                    label_agree += bool(frame["anonymous"].iloc[i]) == (g["attributions"][j]["source_type"] == "anonymous")
            matched_p = {i for i, _ in matches}
            matched_g = {j for _, j in matches}
            if args.verbose:
                print(f"== {g['id']}  (anon pred {len(anon_pred_idx)} / gold {gold_count})")
                for i in range(len(frame)):
                    r = frame.iloc[i]
                    ctx = text[max(0, r.cue_start - 60):r.cue_end + 30].replace("\n", " ")
                    if i not in matched_p:
                        fp_rules[r["rule"]] += 1
                        print(f"  FP [{r['rule']}] {r['cue']!r} src={r['source']!r} anon={r['anonymous']} :: {ctx}")
                    else:
                        j = next(j for ii, j in matches if ii == i)
                        ga = g["attributions"][j]
                        if bool(r["anonymous"]) != (ga["source_type"] == "anonymous"):
                            print(f"  LABEL [{r['rule']}] {r['cue']!r} src={r['source']!r} pred_anon={r['anonymous']} gold={ga['source_type']} gold_src={ga['source']!r} opt={ga['optional']}")
                for j, a in enumerate(g["attributions"]):
                    if j not in matched_g and not a["optional"]:
                        fn_kinds[a["cue"].lower()] += 1
                        s = a["cue_start"]
                        ctx = text[max(0, s - 60):a["cue_end"] + 30].replace("\n", " ")
                        print(f"  FN {a['cue']!r} ({a['source_type']}, src={a['source']!r}) :: {ctx}")
    print("all attributions: P={precision:.3f} R={recall:.3f} F1={f1:.3f} (tp={tp} fp={fp} fn={fn})".format(**total.as_dict()))
    print("anonymous:        P={precision:.3f} R={recall:.3f} F1={f1:.3f} (tp={tp} fp={fp} fn={fn})".format(**anon_total.as_dict()))
    print(f"anonymous count exactly right: {exact}/{articles} = {exact / articles:.2f}")
    print(f"named/anonymous label agreement on matched required items: {label_agree}/{label_total}")
    if args.verbose:
        print("FP by rule:", dict(fp_rules.most_common()))
        print("FN by cue:", dict(fn_kinds.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
