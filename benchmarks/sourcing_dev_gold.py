"""Score the sourcing analyser against the development gold (20 hand-coded Wikinews articles).

Uses the library's scorer, :func:`analysis.validation.validate` (the same as ``python -m
analysis validate``): all-attribution and anonymous-attribution precision, recall and F1
(one-to-one by cue-span overlap; optional gold items neither reward nor penalise; an anonymous
match needs both sides anonymous), the share of articles whose anonymous count is exactly right,
and the named/anonymous confusion on matched items. ``--verbose`` lists every error with its rule.

Usage: python benchmarks/sourcing_dev_gold.py [--verbose]
"""
from __future__ import annotations

import argparse

from _shared import CORPORA, DEV_GOLD, skip_unless


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="list false positives and negatives with their rule")
    args = ap.parse_args(argv)
    corpus = CORPORA / "wikinews_2019_2020.jsonl"
    skip_unless(DEV_GOLD, corpus)
    from analysis.corpus import load
    from analysis.validation import validate

    v = validate(DEV_GOLD, load(corpus), name="development gold (sourcing)", measures=("attributions", "anonymous"))
    print(v.to_text(), end="")
    if args.verbose:
        errors = v.errors[v.errors["measure"].isin(["attributions", "anonymous"])]
        for r in errors.itertuples(index=False):
            print(f"  {r.measure:12} {r.error} [{r.rule or ''}] {r.text!r}  ({r.doc[:50]} @{r.start})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
