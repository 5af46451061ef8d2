"""Cue detection against the GUM RST attribution relations (Wikinews part of GUM).

Gold: ``gum_wikinews_rst_attributions.jsonl`` gives, per attribution relation, the attribution
phrase (``attribution_text``, e.g. "the minister said") and the attributed content, tokenised
with spaces around punctuation. Each phrase is mapped onto the document text of
``gum_wikinews.jsonl`` by matching its characters with all white space ignored, searching
forward from the previous match in the same document (phrases that cannot be found are
reported and left out).

Scoring (what we consider fair, since RST and our codebook define attribution differently):

* recall: a gold attribution counts as found when a predicted cue span overlaps its
  attribution phrase. Reported (a) over all relations except image credits (``Image : X``,
  which the codebook says are not attributions, ~42 of them), and (b) also excluding phrases
  spoken in the first person ("I think", "we believe": in these interviews they are the
  speaker's own cognition inside quotations, which the codebook excludes). Image credits
  that we do flag are counted separately (they should be 0).
* precision: a predicted cue is correct when it falls inside any gold attribution phrase.
  RST annotates attribution at the level of elementary discourse units, and does not always
  split an "according to X" or a second cue inside one unit, so this precision is a lower
  bound; FP examples are listed with ``--verbose`` for eyeballing.

Usage: python benchmarks/gum_attribution_cues.py [--verbose]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
sys.path.insert(0, str(ROOT))

_FIRST = re.compile(r"\b(?:I|we|We|me|us|I'm|I’m|I've|we've|you|You)\b")


def _squeeze(text: str):
    chars, offsets = [], []
    for i, ch in enumerate(text):
        if not ch.isspace():
            chars.append(ch)
            offsets.append(i)
    return "".join(chars), offsets


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args(argv)
    texts_path = CORPORA / "gum_wikinews.jsonl"
    gold_path = CORPORA / "gum_wikinews_rst_attributions.jsonl"
    if not texts_path.exists() or not gold_path.exists():
        print("skipped: GUM files not found under ../shared/corpora")
        return 0
    from analysis.cleaning import excluded_spans
    from analysis.sourcing import attributions

    docs = {}
    with open(texts_path, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            docs[d["id"]] = d["text"]
    gold: dict[str, list] = {}
    with open(gold_path, encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            gold.setdefault(g["doc_id"], []).append(g)

    unmapped = 0
    found = {"all": [0, 0], "third": [0, 0]}
    image_flagged = image_total = 0
    tp_pred = fp_pred = 0
    fps, fns = [], []
    for doc_id, items in gold.items():
        text = docs.get(doc_id)
        if text is None:
            unmapped += len(items)
            continue
        squeezed, offsets = _squeeze(text)
        frame = attributions(text, excluded_spans(text))
        preds = list(zip(frame["cue_start"].tolist(), frame["cue_end"].tolist()))
        spans = []
        pos = 0
        for g in items:
            needle = re.sub(r"\s+", "", g["attribution_text"])
            k = squeezed.find(needle, pos)
            if k < 0:
                k = squeezed.find(needle)
            if k < 0 or not needle:
                unmapped += 1
                continue
            pos = k + 1
            s, e = offsets[k], offsets[k + len(needle) - 1] + 1
            spans.append((s, e))
            hit = any(ps < e and pe > s for ps, pe in preds)
            is_image = g["attribution_text"].strip().lower().startswith(("image :", "image:", "photo :", "photo:"))
            if is_image:
                image_total += 1
                image_flagged += hit
                continue
            found["all"][0] += hit
            found["all"][1] += 1
            if not _FIRST.search(g["attribution_text"]):
                found["third"][0] += hit
                found["third"][1] += 1
                if not hit:
                    fns.append((doc_id, g["attribution_text"]))
        for ps, pe in preds:
            if any(ps < e and pe > s for s, e in spans):
                tp_pred += 1
            else:
                fp_pred += 1
                fps.append((doc_id, text[max(0, ps - 60):pe + 30].replace("\n", " ")))
    ra, rt = found["all"], found["third"]
    print(f"gold relations mapped: {ra[1] + image_total} ({image_total} image credits); unmapped: {unmapped}")
    print(f"recall, all non-image attributions: {ra[0]}/{ra[1]} = {ra[0] / max(ra[1], 1):.3f}")
    print(f"recall, third-party attributions (no first person): {rt[0]}/{rt[1]} = {rt[0] / max(rt[1], 1):.3f}")
    print(f"precision of predicted cues (inside a gold attribution phrase): {tp_pred}/{tp_pred + fp_pred} = {tp_pred / max(tp_pred + fp_pred, 1):.3f}")
    print(f"image credits flagged as attributions: {image_flagged}/{image_total}")
    if args.verbose:
        print("\nFalse positives (predicted cue outside every gold phrase):")
        for d, ctx in fps:
            print(f"  {d}: {ctx}")
        print("\nMissed third-party attributions:")
        for d, t in fns:
            print(f"  {d}: {t}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
