"""Peak memory of ``python -m analysis analyze`` on 1x and 10x the briefings corpus.

Goal (issue 6): peak memory on 10x no more than 1.5x that on 1x, because documents stream in
batches and results stream to Parquet. The 10x corpus repeats the briefings JSONL ten times
with distinct ids (written to a temporary folder, deleted afterwards). Peak memory is the
largest sum of resident set sizes over the command's whole process tree (main process and
workers), sampled every 50 ms with psutil.

Usage: ``python benchmarks/memory_scaling.py [--jobs N] [--factor K]``. Skips when
../shared/corpora is absent.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
BRIEFINGS = ROOT.parent / "shared" / "corpora" / "whitehouse_briefing_room_sample.jsonl"


def write_corpus(path: Path, factor: int) -> int:
    rows = [json.loads(line) for line in open(BRIEFINGS, encoding="utf-8") if line.strip()]
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for k in range(factor):
            for row in rows:
                out.write(json.dumps({"id": f"{row['id']}~{k}", "text": row["text"], "date": row.get("date")}) + "\n")
                n += 1
    return n


def peak_rss(cmd: list[str]) -> tuple[int, float, int]:
    """Run ``cmd``; return (peak RSS of its process tree in bytes, seconds, exit code)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    root = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            procs = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in procs if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    return peak, time.perf_counter() - t0, proc.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--factor", type=int, default=10)
    args = parser.parse_args()
    if not BRIEFINGS.exists():
        print(f"skipped: {BRIEFINGS} not found")
        return 0
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for factor in (1, args.factor):
            corpus = Path(tmp) / f"corpus{factor}.jsonl"
            n = write_corpus(corpus, factor)
            cmd = [sys.executable, "-m", "analysis", "analyze", str(corpus), "--out", str(Path(tmp) / f"out{factor}"),
                   "--jobs", str(args.jobs), "--no-progress"]
            peak, seconds, code = peak_rss(cmd)
            if code != 0:
                print(f"analyze failed on {factor}x (exit {code})")
                return 1
            results[factor] = peak
            print(f"{factor:>3}x: {n:>6} documents  peak RSS {peak / 2**20:8.1f} MiB  {seconds:7.1f} s")
    ratio = results[args.factor] / results[1]
    print(f"peak memory {args.factor}x / 1x = {ratio:.2f} (goal <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
