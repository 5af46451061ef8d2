"""Score the coders on the development gold and the two blind check sets in one run.

Texts come from ../shared/corpora by id (the check sets store annotations only, see
benchmarks/check_gold/README.md); scoring is :func:`analysis.validation.validate`.
Usage: python benchmarks/check_sets.py [--errors DIR]   (DIR gets one error CSV per set)
"""
from __future__ import annotations

import argparse
from pathlib import Path

from _shared import CORPORA, DEV_GOLD, ROOT, read_jsonl, skip_unless

SETS = {
    "development gold (tuned on)": DEV_GOLD,
    "check set 1": ROOT / "benchmarks" / "check_gold" / "check_set_1.jsonl",
    "check set 2": ROOT / "benchmarks" / "check_gold" / "check_set_2.jsonl",
    "check set 3": ROOT / "benchmarks" / "check_gold" / "check_set_3.jsonl",
    "check set 4": ROOT / "benchmarks" / "check_gold" / "check_set_4.jsonl",
    "check set 5": ROOT / "benchmarks" / "check_gold" / "check_set_5.jsonl",
    "check set 6": ROOT / "benchmarks" / "check_gold" / "check_set_6.jsonl",
    "check set 7": ROOT / "benchmarks" / "check_gold" / "check_set_7.jsonl",
    "check set 8": ROOT / "benchmarks" / "check_gold" / "check_set_8.jsonl",
    "check set 9": ROOT / "benchmarks" / "check_gold" / "check_set_9.jsonl",
    "check set 10": ROOT / "benchmarks" / "check_gold" / "check_set_10.jsonl",
    "check set 11": ROOT / "benchmarks" / "check_gold" / "check_set_11.jsonl",
    "check set 12": ROOT / "benchmarks" / "check_gold" / "check_set_12.jsonl",
    "check set 13": ROOT / "benchmarks" / "check_gold" / "check_set_13.jsonl",
    "check set 14": ROOT / "benchmarks" / "check_gold" / "check_set_14.jsonl",
    "check set 15": ROOT / "benchmarks" / "check_gold" / "check_set_15.jsonl",
    "check set 16": ROOT / "benchmarks" / "check_gold" / "check_set_16.jsonl",
    "check set 17": ROOT / "benchmarks" / "check_gold" / "check_set_17.jsonl",
    "check set 18": ROOT / "benchmarks" / "check_gold" / "check_set_18.jsonl",
    "check set 19": ROOT / "benchmarks" / "check_gold" / "check_set_19.jsonl",
    "check set 20": ROOT / "benchmarks" / "check_gold" / "check_set_20.jsonl",
    "check set 21": ROOT / "benchmarks" / "check_gold" / "check_set_21.jsonl",
    "check set 22": ROOT / "benchmarks" / "check_gold" / "check_set_22.jsonl",
    "check set 23": ROOT / "benchmarks" / "check_gold" / "check_set_23.jsonl",
    "check set 24": ROOT / "benchmarks" / "check_gold" / "check_set_24.jsonl",
    "check set 25": ROOT / "benchmarks" / "check_gold" / "check_set_25.jsonl",
    "check set 26": ROOT / "benchmarks" / "check_gold" / "check_set_26.jsonl",
    "check set 27": ROOT / "benchmarks" / "check_gold" / "check_set_27.jsonl",
    "check set 28": ROOT / "benchmarks" / "check_gold" / "check_set_28.jsonl",
    "check set 29": ROOT / "benchmarks" / "check_gold" / "check_set_29.jsonl",
    "check set 30": ROOT / "benchmarks" / "check_gold" / "check_set_30.jsonl",
    "check set 31": ROOT / "benchmarks" / "check_gold" / "check_set_31.jsonl",
    "check set 32": ROOT / "benchmarks" / "check_gold" / "check_set_32.jsonl",
    "check set 33": ROOT / "benchmarks" / "check_gold" / "check_set_33.jsonl",
    "check set 34": ROOT / "benchmarks" / "check_gold" / "check_set_34.jsonl",
    "check set 35": ROOT / "benchmarks" / "check_gold" / "check_set_35.jsonl",
    "check set 36": ROOT / "benchmarks" / "check_gold" / "check_set_36.jsonl",
    "check set 37": ROOT / "benchmarks" / "check_gold" / "check_set_37.jsonl",
    "check set 38": ROOT / "benchmarks" / "check_gold" / "check_set_38.jsonl",
    "check set 39": ROOT / "benchmarks" / "check_gold" / "check_set_39.jsonl",
    "check set 40": ROOT / "benchmarks" / "check_gold" / "check_set_40.jsonl",
    "check set 41": ROOT / "benchmarks" / "check_gold" / "check_set_41.jsonl",
    "check set 42": ROOT / "benchmarks" / "check_gold" / "check_set_42.jsonl",
    "check set 43": ROOT / "benchmarks" / "check_gold" / "check_set_43.jsonl",
    "check set 44": ROOT / "benchmarks" / "check_gold" / "check_set_44.jsonl",
    "check set 45": ROOT / "benchmarks" / "check_gold" / "check_set_45.jsonl",
    "check set 46": ROOT / "benchmarks" / "check_gold" / "check_set_46.jsonl",
    "check set 47": ROOT / "benchmarks" / "check_gold" / "check_set_47.jsonl",
    "check set 48": ROOT / "benchmarks" / "check_gold" / "check_set_48.jsonl",
    "check set 49": ROOT / "benchmarks" / "check_gold" / "check_set_49.jsonl",
    "check set 50": ROOT / "benchmarks" / "check_gold" / "check_set_50.jsonl",
    "check set 51": ROOT / "benchmarks" / "check_gold" / "check_set_51.jsonl",
    "check set 52": ROOT / "benchmarks" / "check_gold" / "check_set_52.jsonl",
    "check set 53": ROOT / "benchmarks" / "check_gold" / "check_set_53.jsonl",
    "check set 54": ROOT / "benchmarks" / "check_gold" / "check_set_54.jsonl",
    "check set 55": ROOT / "benchmarks" / "check_gold" / "check_set_55.jsonl",
    "check set 56": ROOT / "benchmarks" / "check_gold" / "check_set_56.jsonl",
    "check set 57": ROOT / "benchmarks" / "check_gold" / "check_set_57.jsonl",
    "check set 58": ROOT / "benchmarks" / "check_gold" / "check_set_58.jsonl",
    "check set 59": ROOT / "benchmarks" / "check_gold" / "check_set_59.jsonl",
    "check set 60": ROOT / "benchmarks" / "check_gold" / "check_set_60.jsonl",
    "check set 61": ROOT / "benchmarks" / "check_gold" / "check_set_61.jsonl",
    "check set 62": ROOT / "benchmarks" / "check_gold" / "check_set_62.jsonl",
    "check set 63": ROOT / "benchmarks" / "check_gold" / "check_set_63.jsonl",
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", metavar="DIR", help="write every false positive and negative per set here")
    args = ap.parse_args(argv)
    skip_unless(CORPORA, DEV_GOLD)
    from analysis.validation import load_gold, validate

    wanted = {r["id"] for path in SETS.values() for r in load_gold(path)}
    texts = {}
    for path in sorted(CORPORA.glob("*.jsonl")):
        for row in read_jsonl(path):
            if row.get("id") in wanted and row["id"] not in texts:
                texts[row["id"]] = row["text"]
    for name, path in SETS.items():
        v = validate(path, texts, name=name)
        print(v.to_text())
        if args.errors:
            out = Path(args.errors)
            out.mkdir(parents=True, exist_ok=True)
            v.errors.to_csv(out / f"{path.stem}-errors.csv", index=False, encoding="utf-8-sig")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
