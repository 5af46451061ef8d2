"""Audited cleaning: find page furniture in a document's text WITHOUT deleting anything.

:func:`excluded_spans` returns :class:`~analysis.spans.ExcludedSpan` records (sorted,
non-overlapping, offsets into the original text) with a ``reason`` and the ``rule`` that fired;
analysers skip these regions and every offset stays valid. :func:`cleaning_report` shows them.

Definitions (units are lines: the text split at ``\\n``; a span covers whole lines, from the first
character of the line to its last, without the ``\\n`` and without a ``\\r`` before it):

* Patterns come from the data file ``analysis/lexicons/boilerplate.csv`` (columns ``id, reason,
  pattern, language, scope, source, note``), loaded and compiled once at import. Patterns are
  Python regular expressions matched **case-insensitively** (a pattern can switch that off
  locally with ``(?-i:...)``). They are matched against the line's *core*: the line without
  surrounding white space and Markdown/bullet decoration (``* _ # > | — – -``).
* ``scope=line``: the pattern must match the whole core of a line of at most
  ``LINE_MAX_WORDS`` words.
* ``scope=line_end``: the pattern is searched at the end of a line of at most
  ``LINE_END_MAX_WORDS`` words (a caption whose last sentence is a credit); the whole line is
  excluded.
* ``scope=tail_block``: a comment-form header (whole core of a line). From the first such header
  after which **every** line has fewer than ``TAIL_MAX_WORDS`` words, to the end of the text
  (last non-blank line), one span with reason ``comment_form``. Conservative on purpose: a long
  line after the header means it may be the column itself, and nothing is excluded.
* ``scope=end_lines``: author bios, matched at the start of the core, only among the last
  ``END_LINES`` non-blank lines that are not already excluded (before any comment-form block),
  each of at most ``BIO_MAX_WORDS`` words.
* ``duplicate_line`` (rule ``duplicate_line``): a line of at least ``DUPLICATE_MIN_WORDS`` words
  whose white-space-normalised text equals an earlier line's; later copies only. A line that a
  pattern matches gets the pattern's reason instead. Transcript turns (a line opening with an
  upper-case speaker label such as "MS. X:" or "Q") are never compared: repeated turns such as
  "MS. X:  Go ahead." are real speech. ``Cleaner(rules, duplicate_min_words=0)`` switches
  duplicate detection off altogether.

Words here are white-space separated tokens (a cheap count for thresholds, not
:func:`analysis.text.count_words`).
"""
from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .errors import InputError
from .spans import ExcludedSpan

__all__ = [
    "REASONS",
    "SCOPES",
    "Rule",
    "Cleaner",
    "load_rules",
    "excluded_spans",
    "cleaning_report",
    "LEXICON_PATH",
]

REASONS = (
    "duplicate_line",
    "boilerplate",
    "comment_form",
    "author_bio",
    "caption",
    "share_buttons",
    "newsletter_promo",
    "advertisement",
)
SCOPES = ("line", "line_end", "tail_block", "end_lines")
LEXICON_PATH = Path(__file__).with_name("lexicons") / "boilerplate.csv"
LEXICON_COLUMNS = ("id", "reason", "pattern", "language", "scope", "source", "note")

LINE_MAX_WORDS = 16  # scope=line: longer lines are prose, never furniture
LINE_END_MAX_WORDS = 60  # scope=line_end and end_lines: caption/bio lines are short paragraphs
TAIL_MAX_WORDS = 25  # comment block: every line after the header has fewer words than this
HEADER_MAX_WORDS = 25  # a comment-form header line is short
END_LINES = 4  # author bios: this many last non-blank, not otherwise excluded lines
BIO_MAX_WORDS = 45  # an author bio is a sentence or two, not a paragraph
DUPLICATE_MIN_WORDS = 8  # duplicate_line: shorter lines (a refrain, "* * *", "Share") are not compared
# A transcript turn ("MS. PSAKI:  Go ahead.", "Q    Thank you.") is real speech even when repeated.
# A line that quotes or attributes speech is content, never an author bio.
_SPEECH_IN_LINE = re.compile(r"[\"“”]|\b(?:said|says|told|tells|according to)\b", re.IGNORECASE)
# The comment block must be the tail: its header after half the words, the block at most 35% of them.
TAIL_MAX_SHARE = 0.35


def _is_tail(counts: list[int], header: int, total: int) -> bool:
    after = sum(counts[header:])
    return total > 0 and after <= TAIL_MAX_SHARE * total and sum(counts[:header]) >= total / 2


def _plausible(rule, core: str, tokens: list[str]) -> bool:
    """Second checks that keep prose which merely looks like furniture: a credit line names
    people or agencies (at most three lower-case words: "Photo: Jane Roe for the Ledger"), not
    advice ("Credit: pay off your card ..."); a share bar names at least two different networks
    ("Save, save, save" is a refrain)."""
    if rule.reason == "caption":
        label, _, rest = core.partition(":")
        return not rest or sum(1 for w in rest.split() if w[:1].islower()) <= 3
    if rule.reason == "share_buttons":
        return len(tokens) < 2 or len({t.strip(",|·•/").lower() for t in tokens}) >= 2
    return True


_SPEAKER_TURN = re.compile(r"\s*(?:Q\s|[A-Z][A-Z.'’ -]{1,60}:\s)")

_DECORATION = " \t\r\f\v*_#>|—–-"


@dataclass(frozen=True)
class Rule:
    """One row of the boilerplate lexicon."""

    id: str
    reason: str
    pattern: str
    language: str
    scope: str
    source: str
    note: str = ""


def load_rules(path: str | os.PathLike = LEXICON_PATH) -> list[Rule]:
    """Read and validate a boilerplate lexicon CSV (see the module docstring for its columns)."""
    path = Path(path)
    try:
        handle = open(path, encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(path, f"cannot read lexicon: {exc.strerror or exc}") from None
    rules: list[Rule] = []
    seen: set[str] = set()
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in LEXICON_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(path, f"lexicon lacks column(s) {', '.join(missing)}")
        for number, row in enumerate(reader, 2):
            rule = Rule(**{c: (row.get(c) or "").strip() for c in LEXICON_COLUMNS})
            where = f"line {number} ({rule.id or 'no id'})"
            if not rule.id or rule.id in seen:
                raise InputError(path, f"{where}: missing or duplicate id")
            if rule.reason not in REASONS:
                raise InputError(path, f"{where}: unknown reason {rule.reason!r}")
            if rule.scope not in SCOPES:
                raise InputError(path, f"{where}: unknown scope {rule.scope!r}")
            if not rule.source:
                raise InputError(path, f"{where}: no source given")
            try:
                re.compile(rule.pattern, re.IGNORECASE)
            except re.error as exc:
                raise InputError(path, f"{where}: bad pattern ({exc})") from None
            seen.add(rule.id)
            rules.append(rule)
    return rules


class _Alternation:
    """All patterns of one scope compiled into one regex of named alternatives (CSV order wins)."""

    __slots__ = ("regex", "quick", "rules")

    def __init__(self, rules: list[Rule]):
        self.rules = {f"r{i}": rule for i, rule in enumerate(rules)}
        body = "|".join(f"(?P<{name}>{rule.pattern})" for name, rule in self.rules.items())
        self.regex = re.compile(body, re.IGNORECASE) if rules else None
        # The same alternatives without named groups, tried first: it matches exactly when
        # ``regex`` does, 2-3x faster (group marks defeat the engine's fast scan), and most lines
        # match nothing; only a line that matches runs ``regex`` to learn which rule it was.
        self.quick = re.compile("|".join(f"(?:{rule.pattern})" for rule in rules), re.IGNORECASE) if rules else None

    def _rule(self, m: re.Match | None) -> Rule | None:
        if m is None:
            return None
        for name, value in m.groupdict().items():  # the one named alternative that matched
            if value is not None:
                return self.rules[name]
        return None  # pragma: no cover

    def fullmatch(self, s: str) -> Rule | None:
        if self.regex is None or self.quick.fullmatch(s) is None:
            return None
        return self._rule(self.regex.fullmatch(s))

    def match(self, s: str) -> Rule | None:
        if self.regex is None or self.quick.match(s) is None:
            return None
        return self._rule(self.regex.match(s))

    def search(self, s: str) -> Rule | None:
        if self.regex is None or self.quick.search(s) is None:
            return None
        return self._rule(self.regex.search(s))


class Cleaner:
    """Compiled boilerplate rules; :meth:`excluded_spans` does one pass over the lines."""

    def __init__(self, rules: Iterable[Rule], *, duplicate_min_words: int = DUPLICATE_MIN_WORDS):
        """``duplicate_min_words``: shortest line compared for ``duplicate_line`` (0 = off)."""
        self.rules = list(rules)
        self.duplicate_min_words = duplicate_min_words
        by_scope = {scope: [r for r in self.rules if r.scope == scope] for scope in SCOPES}
        self._line = _Alternation(by_scope["line"])
        self._line_end = _Alternation(by_scope["line_end"])
        self._tail = _Alternation(by_scope["tail_block"])
        self._end = _Alternation(by_scope["end_lines"])

    @classmethod
    def from_csv(cls, path: str | os.PathLike = LEXICON_PATH, **options) -> "Cleaner":
        return cls(load_rules(path), **options)

    def excluded_spans(self, text: str) -> list[ExcludedSpan]:
        """Sorted, non-overlapping excluded spans over ``text`` (see the module docstring)."""
        starts: list[int] = []
        ends: list[int] = []
        counts: list[int] = []
        hits: dict[int, ExcludedSpan] = {}
        headers: list[int] = []
        seen: set[str] = set()
        dup_min = self.duplicate_min_words or (1 << 30)
        last_long = -1
        pos = 0
        for i, raw in enumerate(text.split("\n")):
            start = pos
            end = pos + len(raw)
            pos = end + 1
            if raw.endswith("\r"):
                end -= 1
            starts.append(start)
            ends.append(end)
            tokens = raw.split()
            n = len(tokens)
            counts.append(n)
            if n == 0:
                continue
            if n >= TAIL_MAX_WORDS:
                last_long = i
            core = raw.strip(_DECORATION)
            rule = None
            if core:
                if n < HEADER_MAX_WORDS and self._tail.fullmatch(core):
                    headers.append(i)
                if n <= LINE_MAX_WORDS:
                    rule = self._line.fullmatch(core)
                if rule is None and n <= LINE_END_MAX_WORDS:
                    rule = self._line_end.search(core)
            if rule is not None and not _plausible(rule, core, tokens):
                rule = None
            if rule is not None:
                hits[i] = ExcludedSpan(start, end, rule.reason, rule.id)
            if n >= dup_min and not _SPEAKER_TURN.match(raw):
                key = " ".join(tokens)
                if key in seen:
                    if rule is None:
                        hits[i] = ExcludedSpan(start, end, "duplicate_line", "duplicate_line")
                else:
                    seen.add(key)

        # comment form: the first header after which no line is long
        total_words = sum(counts)
        block_line = next((h for h in headers if h > last_long and _is_tail(counts, h, total_words)), None)
        block = None
        stop = len(starts)
        if block_line is not None:
            last = max(j for j in range(block_line, len(starts)) if counts[j])
            header_rule = self._tail.fullmatch(text[starts[block_line] : ends[block_line]].strip(_DECORATION))
            block = ExcludedSpan(starts[block_line], ends[last], "comment_form", header_rule.id)
            stop = block_line

        # author bios among the last few non-blank lines not otherwise excluded
        examined = 0
        j = stop - 1
        while j >= 0 and examined < END_LINES:
            if counts[j] and j not in hits:
                examined += 1
                core = text[starts[j] : ends[j]].strip(_DECORATION)
                if counts[j] <= BIO_MAX_WORDS and not _SPEECH_IN_LINE.search(core):
                    rule = self._end.match(core)
                    if rule is not None:
                        hits[j] = ExcludedSpan(starts[j], ends[j], rule.reason, rule.id)
            j -= 1

        spans = [hits[i] for i in sorted(hits) if i < stop]
        if block is not None:
            spans.append(block)
        return spans


#: The default cleaner, compiled once from ``analysis/lexicons/boilerplate.csv``.
DEFAULT_CLEANER = Cleaner.from_csv()


def excluded_spans(text: str) -> list[ExcludedSpan]:
    """Excluded spans of ``text`` with the default lexicon: sorted, non-overlapping, whole lines,
    each with its ``reason`` and the ``rule`` id that fired. The text is never modified."""
    return DEFAULT_CLEANER.excluded_spans(text)


def cleaning_report(text: str, spans: list[ExcludedSpan] | None = None):
    """A pandas frame with one row per excluded span: ``start, end, reason, rule, text``
    (``text`` is ``text[start:end]``)."""
    import pandas as pd

    if spans is None:
        spans = excluded_spans(text)
    return pd.DataFrame(
        {
            "start": pd.Series([s.start for s in spans], dtype="int64"),
            "end": pd.Series([s.end for s in spans], dtype="int64"),
            "reason": pd.Series([s.reason for s in spans], dtype="object"),
            "rule": pd.Series([s.rule for s in spans], dtype="object"),
            "text": pd.Series([text[s.start : s.end] for s in spans], dtype="object"),
        }
    )
