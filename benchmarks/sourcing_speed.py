"""Throughput of attribution finding on the White House briefing-room sample (words/s, one core).

Measures :func:`analysis.sourcing.attributions` alone, with each document's segmentation
computed beforehand (the pipeline segments once and shares it), so load, cleaning and
segmentation time are excluded. Best of 3 runs over the whole corpus; also reports the
throughput including segmentation for reference.

Usage: python benchmarks/sourcing_speed.py [--limit N]
"""
from __future__ import annotations

import argparse
import time

from _shared import BRIEFINGS as CORPUS
from _shared import skip_unless, texts as read_texts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)
    skip_unless(CORPUS)
    from analysis.sourcing import attributions
    from analysis.text import segment

    texts = read_texts(CORPUS, args.limit)
    segs = [segment(t) for t in texts]
    for s in segs:  # quotation regions are computed lazily: count them as segmentation
        s.quotes, s.quote_index
    words = sum(s.word_count for s in segs)
    best = float("inf")
    n_attr = 0
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        n_attr = sum(len(attributions(t, seg=s)) for t, s in zip(texts, segs))
        best = min(best, time.perf_counter() - t0)
    t0 = time.perf_counter()
    for t in texts:
        attributions(t)
    with_seg = time.perf_counter() - t0
    print(f"{len(texts)} documents, {words:,} words, {n_attr:,} attributions")
    print(f"attribution finding alone: best of {args.repeats} = {best:.2f} s -> {words / best:,.0f} words/s per core")
    print(f"including segmentation (one run): {with_seg:.2f} s -> {words / with_seg:,.0f} words/s per core")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
