"""Sentence counts: the shared news-aware segmentation (what the news profile uses) vs textstat
0.7.13's ``sentence_count``, on every shared corpus.

No corpus here carries gold sentence boundaries, so this reports agreement and the size and
direction of the disagreement: per corpus, total sentences each way, the relative difference
of the totals, the mean absolute per-document relative difference, and the share of documents
where textstat counts more. It then counts, over all corpora, textstat's extra boundaries at
abbreviation-like tokens ("U.S.", "Sen.", "p.m.", "3.2") that the news segmentation does not
split at, and prints a few (offsets only, no corpus text) so they can be checked by hand.
"""
from __future__ import annotations

import re
import sys

from _textstat_offline import corpora_or_exit, read_jsonl

ABBREV = re.compile(r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Inc|Corp|Co|No|vs)\.|\d\.\d)")


def main() -> int:
    corpora = corpora_or_exit()
    from analysis.readability import readability
    from analysis.textstat_compat import textstat_sentences

    abbrev_hits = 0
    for path in sorted(corpora.glob("*.jsonl")):
        records = [r for r in read_jsonl(path) if isinstance(r.get("text"), str)]
        if not records:
            continue
        ours_total = theirs_total = more = 0
        rel = []
        for rec in records:
            text = rec["text"]
            ours = readability(text)["sentences"]
            theirs = textstat_sentences(text)
            ours_total += ours
            theirs_total += theirs
            more += theirs > ours
            if ours:
                rel.append(abs(theirs - ours) / ours)
            abbrev_hits += len(ABBREV.findall(text))
        print(
            f"{path.name:42s} docs {len(records):5d}  ours {ours_total:8,d}  textstat {theirs_total:8,d}  "
            f"totals differ {100 * (theirs_total - ours_total) / ours_total:+6.1f}%  "
            f"mean |doc diff| {100 * sum(rel) / len(rel):5.1f}%  textstat more in {100 * more / len(records):5.1f}% of docs"
        )
    print(f"\nabbreviation/decimal tokens (U.S., Sen., p.m., 3.2 ...) where textstat's regex splits: {abbrev_hits:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
