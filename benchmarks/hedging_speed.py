"""Throughput of analysis.hedging on the White House briefings sample (words/s on one core).

Best of 3 runs, file loading excluded. Reports (a) hedging alone, given a segmentation computed
beforehand (the pipeline shares one), and (b) segmentation plus hedging. Words are counted with
the shared segmentation's definition (``Segmentation.word_count``).

    .venv/bin/python benchmarks/hedging_speed.py [--repeats 3] [--limit N]

Skips (message, exit 0) when ../shared/corpora is absent.
"""
from __future__ import annotations

import argparse
import time

from _shared import BRIEFINGS as CORPUS
from _shared import skip_unless, texts as read_texts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = ap.parse_args(argv)
    skip_unless(CORPUS)
    from analysis.hedging import hedges
    from analysis.text import segment

    texts = read_texts(CORPUS, args.limit)
    segs = [segment(t) for t in texts]
    n_words = sum(s.word_count for s in segs)
    for s in segs:  # quotations are computed lazily: count them as segmentation work
        s.quote_index  # noqa: B018

    best_alone = best_total = float("inf")
    n_cues = 0
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        n_cues = sum(len(hedges(t, seg=s)) for t, s in zip(texts, segs))
        best_alone = min(best_alone, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for t in texts:
            hedges(t, seg=segment(t))
        best_total = min(best_total, time.perf_counter() - t0)
    print(f"corpus: {CORPUS.name}: {len(texts)} documents, {n_words:,} words, {n_cues:,} cues")
    print(f"hedging alone (segmentation given): {best_alone:6.2f} s  {n_words / best_alone:12,.0f} words/s  (best of {args.repeats})")
    print(f"segmentation + hedging:             {best_total:6.2f} s  {n_words / best_total:12,.0f} words/s  (best of {args.repeats})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
