"""The span record shared by every analyser, and helpers for excluded spans.

Every count the suite reports traces back to spans: ``start``/``end`` are Python ``str``
indices into the document's ``text`` exactly as loaded (end exclusive), ``text`` is
``document.text[start:end]`` and ``rule`` names the rule or lexicon entry that fired.
"""
from __future__ import annotations

import bisect
from typing import Iterable, NamedTuple

#: Columns of the tidy evidence table (one row per span) the pipeline writes.
EVIDENCE_COLUMNS = ("doc", "feature", "category", "start", "end", "text", "sentence", "rule")


class Span(NamedTuple):
    """A region of a document's text: ``text[start:end]``."""

    start: int
    end: int


class ExcludedSpan(NamedTuple):
    """A region that cleaning excludes from analysis, with the reason and the rule that fired.

    Cleaning never edits the text: analysers skip these regions and offsets stay valid.
    """

    start: int
    end: int
    reason: str
    rule: str = ""


def normalize_excluded(excluded: Iterable | None) -> list[Span]:
    """Return excluded regions as sorted, merged, non-overlapping :class:`Span` objects.

    Accepts anything with ``start``/``end`` attributes (``ExcludedSpan``), ``(start, end, ...)``
    tuples, or a pandas frame with ``start`` and ``end`` columns.
    """
    if excluded is None:
        return []
    if hasattr(excluded, "columns"):  # a pandas DataFrame
        pairs = list(zip(excluded["start"].tolist(), excluded["end"].tolist()))
    else:
        pairs = []
        for item in excluded:
            if hasattr(item, "start") and hasattr(item, "end"):
                pairs.append((int(item.start), int(item.end)))
            else:
                pairs.append((int(item[0]), int(item[1])))
    pairs = sorted((s, e) for s, e in pairs if e > s)
    merged: list[Span] = []
    for s, e in pairs:
        if merged and s <= merged[-1].end:
            if e > merged[-1].end:
                merged[-1] = Span(merged[-1].start, e)
        else:
            merged.append(Span(s, e))
    return merged


class RegionIndex:
    """Fast membership test: is an offset (or a span) inside any of a set of sorted regions?

    ``regions`` must be sorted and non-overlapping (as :func:`normalize_excluded` returns).
    Lookups are O(log n) with :mod:`bisect`.
    """

    __slots__ = ("starts", "ends")

    def __init__(self, regions: Iterable):
        regions = list(regions)
        self.starts = [r[0] for r in regions]
        self.ends = [r[1] for r in regions]

    def __bool__(self) -> bool:
        return bool(self.starts)

    def find(self, offset: int) -> int:
        """Index of the region containing ``offset``, or -1."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.ends[i]:
            return i
        return -1

    def contains(self, offset: int) -> bool:
        return self.find(offset) >= 0

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` shares at least one character with a region."""
        i = bisect.bisect_left(self.ends, start + 1)
        return i < len(self.starts) and self.starts[i] < end
