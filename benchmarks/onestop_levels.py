"""OneStopEnglish validity check: are the three versions of each text ordered
elementary < intermediate < advanced? Ours (news profile) vs textstat 0.7.13, per formula.

OneStopEnglish corpus (Vajjala & Lucic 2018), CC BY-SA 4.0: 189 texts, each at three levels
(``meta.level``, ``meta.parallel_group``). For grade formulas "harder" means a higher score; for
Flesch Reading Ease and the 1995 Dale-Chall cloze score it means a lower score. Reported per
formula: groups fully ordered (ele < int < adv, strict) and the share of the 3 within-group
pairs ordered correctly (ties count as wrong). Both tools see the same raw text.
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict

from _textstat_offline import corpora_or_exit, offline_textstat, read_jsonl

LEVELS = ("elementary", "intermediate", "advanced")
MIN_OVERLAP = 0.2
FORMULAS = (  # (name, higher is harder)
    ("flesch_reading_ease", False),
    ("flesch_kincaid_grade", True),
    ("gunning_fog", True),
    ("smog_index", True),
    ("coleman_liau_index", True),
    ("automated_readability_index", True),
    ("dale_chall_readability_score", True),
    ("linsear_write_formula", True),
    ("dale_chall_1995_cloze", False),  # ours only
    ("lix", True),  # ours only
)


def _overlap(by_level: dict[str, str]) -> float:
    """Smallest Jaccard overlap of the sets of 4+ letter words between any two levels. Groups
    whose levels retell one article overlap by 0.29 or more in this corpus; three groups
    (0.08-0.12) pair the text with a different article, so they cannot test the ordering."""
    vocab = [set(re.findall(r"[a-z]{4,}", by_level[lv].lower())) for lv in LEVELS]
    return min(len(x & y) / len(x | y) for x, y in ((vocab[0], vocab[1]), (vocab[0], vocab[2]), (vocab[1], vocab[2])))


def _table(title: str, names: list[str], scores: dict) -> None:
    print(f"-- {title}: {len(names)} groups")
    print(f"{'formula':32s} {'ours: ordered groups':>22s} {'pairs':>7s}   {'textstat: ordered groups':>26s} {'pairs':>7s}")
    for m, harder_high in FORMULAS:
        line = f"{m:32s}"
        for tool in ("ours", "textstat"):
            full = pairs = total = 0
            ok_tool = True
            for g in names:
                vals = [scores[tool][g][lv].get(m) for lv in LEVELS]
                if any(v is None for v in vals):
                    ok_tool = False
                    break
                if not harder_high:
                    vals = [-v for v in vals]
                good = [vals[0] < vals[1], vals[1] < vals[2], vals[0] < vals[2]]
                full += good[0] and good[1]
                pairs += sum(good)
                total += 3
            if ok_tool:
                n = len(names)
                line += f" {full:>10d}/{n} ({100 * full / n:5.1f}%) {100 * pairs / total:6.1f}%"
                line += "   " if tool == "ours" else ""
            else:
                line += f" {'n/a':>22s} {'':>7s}" + ("   " if tool == "ours" else "")
        print(line)
    print()


def main() -> int:
    corpora = corpora_or_exit()
    from analysis.readability import readability

    textstat = offline_textstat()
    groups: dict[str, dict[str, str]] = defaultdict(dict)
    for rec in read_jsonl(corpora / "onestopenglish.jsonl"):
        meta = rec.get("meta") or {}
        groups[meta["parallel_group"]][meta["level"]] = rec["text"]
    groups = {g: v for g, v in groups.items() if all(level in v for level in LEVELS)}
    scores = {"ours": defaultdict(dict), "textstat": defaultdict(dict)}
    for g, by_level in groups.items():
        for level, text in by_level.items():
            scores["ours"][g][level] = readability(text)
            scores["textstat"][g][level] = {m: getattr(textstat, m)(text) for m, _ in FORMULAS if hasattr(textstat, m) and m not in ("lix",)}
    aligned = [g for g in groups if _overlap(groups[g]) >= MIN_OVERLAP]
    misaligned = sorted(set(groups) - set(aligned))
    print(f"OneStopEnglish: {len(groups)} parallel groups with all three levels")
    print(f"misaligned (the levels are different articles, word-set overlap < {MIN_OVERLAP}): {misaligned}\n")
    _table("all groups", list(groups), scores)
    _table("aligned groups only", aligned, scores)
    return 0


if __name__ == "__main__":
    sys.exit(main())
