"""Sentence counts of the shared segmentation against hand counts on 100 random Wikinews paragraphs.

Data: ``benchmarks/sentence_gold/wikinews_sentence_counts.jsonl`` (ids, offsets, counts only; the
sampling and counting conventions are in that folder's README). Reported: the total sentences
counted by hand and by :func:`analysis.text.segment` (a sentence belongs to a paragraph when it
starts inside it), the relative error of the total, the paragraphs counted exactly, and the
paragraphs that differ. One hundred paragraphs hold about 280 sentences, so one sentence is
about 0.35% of the total and a "within 1%" figure is measurable (if only just).
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from _shared import CORPORA, read_jsonl, skip_unless

GOLD = Path(__file__).with_name("sentence_gold") / "wikinews_sentence_counts.jsonl"


def main() -> int:
    corpus = CORPORA / "wikinews_2019_2020.jsonl"
    skip_unless(corpus)
    from analysis.text import segment

    texts = {r["id"]: r["text"] for r in read_jsonl(corpus)}
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold_total = ours_total = exact = 0
    diffs = []
    for row in rows:
        text = texts[row["id"]]
        para = text[row["start"] : row["end"]]
        if hashlib.sha1(para.encode()).hexdigest()[:12] != row["sha1"]:
            print(f"corpus changed: {row['id']} [{row['start']}:{row['end']}] no longer matches")
            return 1
        seg = segment(text)
        ours = sum(1 for s in seg.sentences if row["start"] <= s.start < row["end"] and s.n_words)
        gold_total += row["sentences"]
        ours_total += ours
        exact += ours == row["sentences"]
        if ours != row["sentences"]:
            diffs.append((row["id"], row["paragraph"], row["sentences"], ours, row.get("note", "")))
    print(f"{len(rows)} hand-checked Wikinews paragraphs")
    print(f"  sentences, hand count     : {gold_total}")
    print(f"  sentences, segment()      : {ours_total}  ({100 * (ours_total - gold_total) / gold_total:+.1f}%)")
    print(f"  paragraphs counted exactly: {exact}/{len(rows)}")
    for doc, k, g, o, note in diffs:
        print(f"  differs: {doc} paragraph {k}: hand {g}, ours {o}" + (f" ({note})" if note else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
