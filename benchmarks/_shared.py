"""Paths and readers shared by the benchmark scripts (not a benchmark itself)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
DEV_GOLD = SHARED / "dev-gold" / "wikinews_dev_gold.jsonl"
BRIEFINGS = CORPORA / "whitehouse_briefing_room_sample.jsonl"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def skip_unless(*paths: Path) -> None:
    """Exit 0 with a message when a shared file is absent (benchmarks need ../shared)."""
    for path in paths:
        if not path.exists():
            print(f"skipped: {path} not found (the shared corpora are needed for this benchmark)")
            sys.exit(0)


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def texts(path: Path, limit: int = 0) -> list[str]:
    """The ``text`` field of the first ``limit`` records (all when 0)."""
    rows = read_jsonl(path)
    return [r["text"] for r in (rows[:limit] if limit else rows) if r.get("text")]
