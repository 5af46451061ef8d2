"""Throughput of the full analysis vs textstat's seven classic metrics, one process, one run.

Documents: the White House briefings corpus in ../shared/corpora when present (3.4M words),
otherwise a generated corpus (sentences recombined from a small project-written pool).

Measured on the same documents, texts already in memory (loading excluded for both sides):

* textstat 0.7.13: its seven classic metrics per document, per-call caches cleared per
  document as a fresh user call sees them (its CMU data fed offline; see _textstat_offline.py);
* column-analysis in this process (jobs=1, caches warm): the full per-document analysis
  (cleaning, segmentation, sourcing, hedging, readability with intervals) via
  ``analysis.pipeline.iter_batches``;
* ``python -m analysis analyze`` with ``--jobs 1`` and ``--jobs 2`` on the same documents (a
  temporary JSONL), each a fresh process as a user runs it: reading, analysis and writing the
  Parquet tables, as timed in the manifest. Their ratio is the scaling from 1 to 2 jobs (both
  start cold, so per-process warm-up counts on both sides).

Each side runs REPEATS times and the best is reported (the machine may be shared).
Usage: ``python benchmarks/throughput.py [--repeats N] [--limit DOCS]``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _textstat_offline import CORPORA, METRICS7, offline_textstat, read_jsonl, textstat_cache_clearers  # noqa: E402

from analysis.corpus import Document  # noqa: E402
from analysis.pipeline import iter_batches  # noqa: E402
from analysis.text import count_words  # noqa: E402

POOL = [
    "The council voted 7-2 on Tuesday to expand the ferry service, officials said.",
    "A source close to the negotiations said the talks may resume next week.",
    "“We are not there yet,” Mayor Ruth Ellison told reporters at 5 p.m. on Nov. 5.",
    "It remains to be seen whether the U.S. plan will survive the winter.",
    "Prices rose 3.2% in March, according to the Northfield Transit Authority.",
    "Critics say the proposal is, of course, unaffordable.",
    "Two senior officials, who spoke on condition of anonymity, described the deal as fragile.",
    "Stocks rallied. Then they fell.",
]


def generated_corpus(n_docs: int = 2000, words: int = 800) -> list[str]:
    rng = random.Random(7)
    docs = []
    for _ in range(n_docs):
        paras, n = [], 0
        while n < words:
            para = " ".join(rng.choice(POOL) for _ in range(4))
            paras.append(para)
            n += len(para.split())
        docs.append("\n\n".join(paras))
    return docs


def time_textstat(textstat, texts: list[str]) -> float:
    fns = [getattr(textstat, m) for m in METRICS7]
    clearers = textstat_cache_clearers()
    t0 = time.perf_counter()
    for text in texts:
        for c in clearers:
            c.cache_clear()
        for f in fns:
            f(text)
    return time.perf_counter() - t0


def time_analysis(docs: list[Document], jobs: int) -> float:
    t0 = time.perf_counter()
    n = 0
    for batch in iter_batches(docs, jobs=jobs):
        n += len(batch.articles)
        if batch.failures:
            raise SystemExit(f"failures: {batch.failures[:2]}")
    assert n == len(docs)
    return time.perf_counter() - t0


def time_cli(corpus: Path, out: Path, jobs: int) -> float:
    """Seconds the analyze command reports in its manifest (reading, analysis, writing)."""
    subprocess.run([sys.executable, "-m", "analysis", "analyze", str(corpus), "--out", str(out),
                    "--jobs", str(jobs), "--no-progress"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return json.loads((out / "manifest.json").read_text())["timing"]["seconds"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="use only the first DOCS documents")
    args = parser.parse_args()

    path = CORPORA / "whitehouse_briefing_room_sample.jsonl"
    if path.exists():
        texts = [r["text"] for r in read_jsonl(path) if r.get("text")]
        name = "briefings corpus"
    else:
        texts = generated_corpus()
        name = "generated corpus (../shared/corpora absent)"
    if args.limit:
        texts = texts[: args.limit]
    docs = [Document(id=f"d{i}", text=t, source="<memory>") for i, t in enumerate(texts)]
    words = sum(count_words(t) for t in texts)
    print(f"{name}: {len(texts)} documents, {words:,} words")
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")

    textstat = offline_textstat()
    time_textstat(textstat, texts[:50])  # warm-up: CMU data, Pyphen
    time_analysis(docs[:50], jobs=1)  # warm-up: lexicons, per-word caches

    t_ts = min(time_textstat(textstat, texts) for _ in range(args.repeats))
    t_1 = min(time_analysis(docs, jobs=1) for _ in range(args.repeats))
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with open(corpus, "w", encoding="utf-8") as out:
            for d in docs:
                out.write(json.dumps({"id": d.id, "text": d.text}) + "\n")
        t_cli = {jobs: min(time_cli(corpus, Path(tmp) / f"out{jobs}-{r}", jobs) for r in range(args.repeats))
                 for jobs in (1, 2)}
    rows = [("textstat 0.7.13, 7 classic metrics", t_ts),
            ("full analysis, in process, 1 job", t_1),
            ("analyze command, --jobs 1", t_cli[1]),
            ("analyze command, --jobs 2", t_cli[2])]
    for label, t in rows:
        print(f"{label:<42} {t:8.2f} s {words / t:>12,.0f} words/s")
    print(f"full analysis (1 job, in process) vs textstat: {t_ts / t_1:.2f}x")
    print(f"scaling 1 -> 2 jobs (analyze command): {t_cli[1] / t_cli[2]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
