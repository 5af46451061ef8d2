"""Benchmark: `python -m analysis report` on 1,000 documents (target: under a minute on 2 cores).

The corpus is the bundled sample's 28 columns repeated to 1,000 documents (ids made unique,
dates spread over ten years), written as JSONL to a temporary folder, so the benchmark needs
nothing outside the repository. Reports the wall time of each stage; best of ``--repeats``.

    .venv/bin/python benchmarks/report_1000_docs.py [--docs 1000] [--repeats 2] [--jobs 2]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.corpus import load  # noqa: E402
from analysis.report import build_report  # noqa: E402


def make_corpus(path: Path, n: int) -> int:
    docs = list(load(ROOT / "data" / "sample"))
    start = dt.date(2015, 1, 1)
    words = 0
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            d = docs[i % len(docs)]
            meta = d.metadata()
            date = start + dt.timedelta(days=(i * 3653) // n)
            record = {"id": f"bench-{i:05d}", "title": meta.get("title"), "author": meta.get("author"),
                      "outlet": meta.get("outlet"), "date": date.isoformat(), "text": d.text}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            words += len(d.text.split())
    return words


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        words = make_corpus(corpus, args.docs)
        print(f"corpus: {args.docs:,} documents, ~{words:,} words; {os.cpu_count()} cores; jobs={args.jobs}")
        best = None
        for r in range(args.repeats):
            t0 = time.perf_counter()
            result = build_report([str(corpus)], Path(tmp) / f"out{r}", jobs=args.jobs, timeout=600)
            total = time.perf_counter() - t0
            stages = ", ".join(f"{k} {v:.1f} s" for k, v in result.seconds.items())
            size = result.html.stat().st_size / 1e6
            print(f"run {r + 1}: {total:.1f} s total ({stages}); report.html {size:.1f} MB")
            best = total if best is None else min(best, total)
        verdict = "OK" if best < 60 else "SLOWER THAN TARGET"
        print(f"best of {args.repeats}: {best:.1f} s for {args.docs:,} documents (target < 60 s): {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
