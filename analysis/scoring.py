"""Scoring predicted spans against hand-coded gold spans (the codebook's matching rule).

Matching is one-to-one by character overlap, largest overlap first (ties: earliest gold span,
then earliest prediction). Gold items marked ``optional`` neither reward nor penalise: a
prediction matched to an optional item is not counted, and a missed optional item is not a
false negative. Predictions inside ``ignore`` regions are not scored.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence


def match_by_overlap(pred: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one matching of ``pred`` to ``gold`` spans by overlap; returns ``(pred_i, gold_j)`` pairs."""
    pairs = []
    for j, (gs, ge) in enumerate(gold):
        for i, (ps, pe) in enumerate(pred):
            overlap = min(pe, ge) - max(ps, gs)
            if overlap > 0 or (overlap == 0 and ps == gs and pe == ge):
                pairs.append((-overlap, j, i))
    pairs.sort()
    used_p, used_g, out = set(), set(), []
    for _, j, i in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return sorted(out)


@dataclass
class Counts:
    """True positives, false positives and false negatives, with the usual ratios."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: "Counts") -> "Counts":
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else float("nan")

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


def score_spans(pred: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]],
                optional: Sequence[bool] | None = None,
                ignore: Sequence[tuple[int, int]] = ()) -> tuple[Counts, list[tuple[int, int]]]:
    """Score one document's predicted spans against its gold spans.

    Returns the counts and the scored matches ``(pred_i, gold_j)`` (matches to optional gold
    items are left out of the counts but returned, so callers can compare labels on them).
    """
    optional = list(optional) if optional is not None else [False] * len(gold)
    # a gold item that overlaps an ignore region (a cue straddling the end of a scored excerpt)
    # is treated like an optional one: predictions there are not scored, so neither is it
    optional = [o or any(min(e, ie) > max(s, is_) for is_, ie in ignore) for o, (s, e) in zip(optional, gold)]
    keep = [i for i, (s, e) in enumerate(pred) if not any(min(e, ie) > max(s, is_) for is_, ie in ignore)]
    kept_pred = [pred[i] for i in keep]
    matches = [(keep[i], j) for i, j in match_by_overlap(kept_pred, gold)]
    matched_p = {i for i, _ in matches}
    matched_g = {j for _, j in matches}
    c = Counts()
    c.tp = sum(1 for _, j in matches if not optional[j])
    c.fp = sum(1 for i in keep if i not in matched_p)
    c.fn = sum(1 for j in range(len(gold)) if j not in matched_g and not optional[j])
    return c, matches
