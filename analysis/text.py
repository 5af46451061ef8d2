"""Shared segmentation: paragraphs, sentences, words and direct-quotation regions.

Every analyser works from one :class:`Segmentation` per document, computed once by
:func:`segment`. All offsets are Python ``str`` indices into the document's ``text`` exactly as
loaded (``end`` exclusive). Excluded spans (from :mod:`analysis.cleaning`) are hard boundaries:
no paragraph, sentence, word or quotation includes excluded text.

Definitions
-----------
Paragraph
    A maximal run of text between blank lines (a line holding only spaces, tabs or no-break
    spaces counts as blank), trimmed of surrounding white space.
Sentence (news-aware rule)
    A sentence ends at ``.``, ``!``, ``?``, ``…`` or ``...``, after any closing quotation marks
    or brackets, when white space follows and the next word does not continue the sentence:

    * a lower-case next word never starts a sentence (``"Why?" he asked``; ``5 p.m. on``);
    * titles (Mr., Dr., Sen., Gov., Gen., Prof. ...) and single-letter initials
      (``William J. Burns``) never end one; ``vs.``, ``e.g.``, ``i.e.`` neither;
    * month abbreviations (``Nov. 5``) and ``No.``, ``Vol.``, ``Sec.`` do not end a sentence
      before a number;
    * ``a.m.``/``p.m.`` end one unless a weekday or time zone follows (``5 p.m. Tuesday``);
    * company and name suffixes (``Inc.``, ``Corp.``, ``Ltd.``, ``Jr.``) and ``etc.`` end one
      before any capitalised word, like a plain word;
    * abbreviations that usually continue a name (``U.S.``, ``U.K.``, ``St.``, ``D-N.M.`` and
      other dotted ones) end one only when the next word is a usual sentence opener (``The``,
      ``He``, ``But`` ...) or opens a quotation;
    * decimals and percentages (``3.2%``) contain no boundary because no space follows the point;
    * a line break ends a sentence when the text is not hard-wrapped and the next line does not
      start in lower case, so headline, dateline and caption lines without final punctuation
      are sentences of their own; in hard-wrapped text (most line breaks fall mid-sentence) only
      a short line followed by a capitalised line does;
    * a paragraph break always ends a sentence. A short real sentence ("Stocks rallied.") is
      a sentence like any other.
Word
    A run of letters and digits, joined across internal apostrophes (straight or curly:
    ``don't`` and ``don’t`` are one word), hyphens (``well-known``), and points or commas
    inside numbers (``3.2``, ``1,000``); dotted abbreviations keep their final point
    (``U.S.``). Em and en dashes, slashes and all other punctuation separate words.
Quotation (direct speech)
    A region from an opening double quotation mark (``"``, ``“``, ``«``) to the matching
    closing mark, or a curly or straight single-quoted region (``‘...’``, British style) closed
    within its paragraph. An unclosed double quotation ends at the end of its paragraph
    (``closed=False``); when the next paragraph opens with a quotation mark, that is the news
    convention for a quotation running over several paragraphs and is recorded as
    ``continues=True``. Nothing here ever raises on unbalanced marks.
"""
from __future__ import annotations

import bisect
import re
import sys
from functools import cached_property
from typing import Iterable, NamedTuple

from .spans import RegionIndex, Span, normalize_excluded

__all__ = [
    "Sentence",
    "Quote",
    "Segmentation",
    "segment",
    "count_words",
    "words",
    "sentences",
    "WORD_RE",
]

# --------------------------------------------------------------------------------------------
# Words

#: The word pattern (see the module docstring for the definition of a word).
# The three alternatives share their first character (a letter or digit), so it is matched once
# before the branch: the same matches as trying each alternative at every position, about a
# third faster. The last alternative ends the pattern, so giving back characters can never make
# it match differently: its quantifiers are possessive where Python has them (3.11+), about a
# tenth faster again, with the same matches.
_POSSESSIVE = "+" if sys.version_info >= (3, 11) else ""
WORD_RE = re.compile(
    r"[^\W_](?:"
    r"(?<=[^\W\d_])\.(?:[^\W\d_]\.)+(?![^\W_])"  # dotted abbreviations: U.S., p.m., e.g.
    r"|(?<=\d)\d{0,2}(?:,\d{3})+(?:\.\d+)?"  # 1,000 and 12,500.75
    rf"|[^\W_]*{_POSSESSIVE}(?:['’\-‐.][^\W_]+)*{_POSSESSIVE}"  # words with internal apostrophes, hyphens, decimal points
    r")"
)


def words(text: str) -> list[Span]:
    """All words of ``text`` as spans (no cleaning applied)."""
    return [Span(*m.span()) for m in WORD_RE.finditer(text)]


def count_words(text: str, excluded: Iterable | None = None) -> int:
    """Number of words in ``text``, skipping excluded spans (the word definition above)."""
    if not excluded:
        return sum(1 for _ in WORD_RE.finditer(text))
    return segment(text, excluded).word_count


# --------------------------------------------------------------------------------------------
# Sentence boundary rules (data would be overkill: these are rules of English orthography)

_TITLES = frozenset(
    """mr mrs ms mx dr sen sens rep reps gov govs gen lt col sgt capt cpt maj adm cmdr cdr prof
    rev hon pres supt det insp pvt cpl messrs mme mlle fr msgr atty amb brig
    """.split()
)
_NEVER_FINAL = frozenset("vs v e.g i.e cf approx viz".split())
# "No. 5", "Vol. 2", "Nov. 5": not final before a number
_BEFORE_NUMBER = frozenset("no nos vol pp fig figs art sec ch para jan feb mar apr jun jul aug sep sept oct nov dec".split())
# "5 p.m. Tuesday" continues; "5 p.m. Shares rose" is a new sentence
_TIMES = frozenset("a.m p.m".split())
_AFTER_TIME = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday et est edt pt pst pdt ct cst cdt mt mst
    mdt gmt utc bst cet cest local""".split()
)
# Abbreviations usually followed by more of a name ("U.S. Army", "St. Louis"): final only
# before a usual sentence opener or an opening quotation mark.
_MAYBE_FINAL = frozenset("st ave blvd rd dept univ assn intl govt est al u.s u.k u.n e.u d.c".split())
_OPENERS = frozenset(
    """the a an he she it they we i you this that these those there here his her its their our
    my your but and or so yet in on at for with after before when while if as what who why how
    some many most no not one two three several all each every both still now then meanwhile
    however mr mrs ms dr officials police critics according asked last next later earlier
    today yesterday tomorrow since during despite although though because instead""".split()
)
_OPEN_QUOTES = "\"“‘'«("

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then white space.
_BOUNDARY_RE = re.compile(r"(\.\.\.|…|[.!?।॥]+)([\"”’'»)\]]*)(?=\s)")
_NEXT_WORD_RE = re.compile(r"\s*[\"“‘'«(\[]*([^\W_][\w’'.\-]*)?")
_DOTTED_RE = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]?$")
_span = re.Match.span
_PARA_SPLIT_RE = re.compile(r"\n[ \t\r\f\v\u00a0\u2007\u202f\u200b\ufeff]*\n\s*")  # blank: spaces, no-break spaces


def _ends_sentence(text: str, punct_start: int, punct: str, after: int, limit: int) -> bool:
    """Decide whether the candidate boundary whose punctuation starts at ``punct_start`` ends a
    sentence. ``after`` is the offset just past the punctuation and closing marks."""
    nxt = _NEXT_WORD_RE.match(text, after, limit)
    next_word = nxt.group(1) if nxt else None
    opens_quote = bool(nxt) and any(c in _OPEN_QUOTES for c in text[after : nxt.start(1) if next_word else after])
    if next_word is None:  # end of block, or only punctuation follows
        return True
    if text.startswith("((", nxt.start(1) - 2) and nxt.start(1) - 2 >= after:
        return True  # an interview speaker label ("((WN))", "((hi))") opens a new sentence
    first = next_word[0]
    if first.islower():
        return False
    if punct not in (".", ".."):
        return True  # ! ? … ... before a capital or digit
    j = punct_start
    while j > 0 and not text[j - 1].isspace() and text[j - 1] not in _OPEN_QUOTES and text[j - 1] != "[":
        j -= 1
    token = text[j:punct_start]
    if "-" in token:  # D-N.M. -> N.M
        token = token.rsplit("-", 1)[1]
    low = token.lower().rstrip(".")
    if not low:
        return True
    if low.isdigit() and len(low) <= 3:  # "1. The first point": a list marker, unless text precedes it
        k = j - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        if k < 0 or text[k] in "\n\r:;.!?":
            return False
    if low in _TITLES or low in _NEVER_FINAL:
        return False
    if len(token) == 1 and token.isalpha() and token.isupper():  # an initial: "J."
        return False
    if low in _BEFORE_NUMBER:
        return not first.isdigit()
    if low in _TIMES:
        return next_word.lower().rstrip(".") not in _AFTER_TIME
    if low in _MAYBE_FINAL or _DOTTED_RE.match(token + "."):
        return opens_quote or next_word.lower().rstrip(".") in _OPENERS
    return True


class Sentence(NamedTuple):
    """A sentence: ``text[start:end]``; its words are ``words[first_word:last_word]``."""

    start: int
    end: int
    paragraph: int
    first_word: int
    last_word: int

    @property
    def n_words(self) -> int:
        return self.last_word - self.first_word


class Quote(NamedTuple):
    """A direct-quotation region from the opening mark to just after the closing mark
    (or to the end of the paragraph when ``closed`` is False)."""

    start: int
    end: int
    closed: bool
    continues: bool = False  # the next paragraph reopens the quotation (multi-paragraph quote)

    @property
    def content(self) -> Span:
        """The quoted words without the marks."""
        return Span(self.start + 1, self.end - 1 if self.closed else self.end)


def _kept_regions(length: int, excluded: list[Span]) -> list[Span]:
    regions, pos = [], 0
    for s, e in excluded:
        if s > pos:
            regions.append(Span(pos, min(s, length)))
        pos = max(pos, e)
    if pos < length:
        regions.append(Span(pos, length))
    return regions


def _paragraphs(text: str, excluded: list[Span]) -> list[Span]:
    out = []
    for rs, re_ in _kept_regions(len(text), excluded):
        pos = rs
        for m in _PARA_SPLIT_RE.finditer(text, rs, re_):
            _append_trimmed(text, pos, m.start(), out)
            pos = m.end()
        _append_trimmed(text, pos, re_, out)
    return out


def _append_trimmed(text: str, start: int, end: int, out: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end))


def _is_hard_wrapped(text: str, paragraphs: list[Span]) -> bool:
    """True when most line breaks inside paragraphs fall mid-sentence (wrapped plain text)."""
    breaks = mid = 0
    for ps, pe in paragraphs:
        i = text.find("\n", ps, pe)
        while i != -1:
            breaks += 1
            j = i - 1
            while j > ps and text[j] in " \t\r":
                j -= 1
            if text[j] not in ".!?:…\"”’')":
                mid += 1
            i = text.find("\n", i + 1, pe)
    return breaks >= 5 and mid >= 0.7 * breaks


def _line_blocks(text: str, ps: int, pe: int, wrapped: bool) -> list[Span]:
    """Split a paragraph at line breaks that end sentences (see module docstring)."""
    if text.find("\n", ps, pe) == -1:
        return [Span(ps, pe)]
    lines, pos = [], ps
    for m in re.finditer(r"\n", text[ps:pe]):
        lines.append((pos, ps + m.start()))
        pos = ps + m.end()
    lines.append((pos, pe))
    if not wrapped:  # every line break ends a sentence unless the next line continues in lower case
        out: list[Span] = []
        start = lines[0][0]
        for k, (s, e) in enumerate(lines[:-1]):
            if not text[lines[k + 1][0] : lines[k + 1][1]].lstrip()[:1].islower():
                _append_trimmed(text, start, e, out)
                start = lines[k + 1][0]
        _append_trimmed(text, start, pe, out)
        return out
    width = max(e - s for s, e in lines)
    out, start = [], lines[0][0]
    for k, (s, e) in enumerate(lines[:-1]):
        nxt = text[lines[k + 1][0] : lines[k + 1][1]].lstrip()
        if (e - s) < 0.6 * width and nxt[:1].isupper() and text[s:e].rstrip()[-1:] not in ",;:-":
            _append_trimmed(text, start, e, out)
            start = lines[k + 1][0]
    _append_trimmed(text, start, pe, out)
    return out


def _sentences_in_block(text: str, bs: int, be: int, out: list[Span]) -> None:
    start = bs
    for m in _BOUNDARY_RE.finditer(text, bs, be):
        if _ends_sentence(text, m.start(), m.group(1), m.end(), be):
            _append_trimmed(text, start, m.end(), out)
            start = m.end()
    _append_trimmed(text, start, be, out)


# --------------------------------------------------------------------------------------------
# Quotations

_DOUBLE_RE = re.compile(r"[\"“”«»]")
_ANY_MARK_RE = re.compile(r"[\"“”«»‘']")
# an opening single quotation mark before a letter, not an elision ('n', 'em, 'tis, 'twas, 'cause)
# and not a decade ('90s)
_SINGLE_OPEN_RE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=[^\W\d_])(?!(?:n|em|tis|twas|cause|til|bout|round)[’'\W])",
    re.IGNORECASE,
)


def _quotes_in_paragraph(text: str, ps: int, pe: int, next_opens: bool, out: list[Quote]) -> None:
    regions: list[Quote] = []
    open_at = -1
    for m in _DOUBLE_RE.finditer(text, ps, pe):
        i, ch = m.start(), m.group()
        if ch in "“«":
            if open_at >= 0:  # a missing closing mark: end the previous quotation here
                regions.append(Quote(open_at, i, False))
            open_at = i
        elif ch in "”»":
            if open_at >= 0:
                regions.append(Quote(open_at, i + 1, True))
                open_at = -1
        else:  # straight mark: direction from context, else toggle
            before = text[i - 1] if i > ps else " "
            after = text[i + 1] if i + 1 < pe else " "
            if open_at < 0:
                if (after.isspace() and not before.isspace()) or (after in ".,;:!?)]" and not (i == ps or before.isspace() or before in "([{—–")):
                    continue  # a stray closing mark with nothing open ('word" ', 'exercise". '): ignore
                    # (but '"...we will win," he said' opens with an ellipsis)
                open_at = i
            else:
                regions.append(Quote(open_at, i + 1, True))
                open_at = -1
    if open_at >= 0:
        regions.append(Quote(open_at, pe, False, next_opens))
    # single-quoted regions outside double quotations (British style), closed in the paragraph
    taken = RegionIndex(regions)
    for m in _SINGLE_OPEN_RE.finditer(text, ps, pe):
        i = m.start()
        if taken.contains(i):
            continue
        close = _find_single_close(text, i + 1, pe, m.group())
        if close > 0 and not taken.overlaps(i, close):
            regions.append(Quote(i, close, True))
            taken = RegionIndex(sorted(regions))
    regions.sort()
    out.extend(regions)


def _find_single_close(text: str, pos: int, end: int, opener: str) -> int:
    closer = "’" if opener == "‘" else "'"
    i = text.find(closer, pos, end)
    while i != -1:
        after = text[i + 1] if i + 1 < end else " "
        possessive = text[i - 1] in "sS" and after == " " and text[i + 2 : i + 3].islower()  # "the players' union"
        if not (after.isalnum()) and not text[i - 1].isspace() and not possessive:
            return i + 1
        i = text.find(closer, i + 1, end)
    return -1


# --------------------------------------------------------------------------------------------


class Segmentation:
    """Paragraphs, sentences, words and quotations of one document, computed once.

    Attributes are lists of spans sorted by offset: ``paragraphs`` (:class:`~analysis.spans.Span`),
    ``sentences`` (:class:`Sentence`), ``words`` (``(start, end)`` tuples) and ``quotes``
    (:class:`Quote`); ``word_texts`` holds the word strings in the same order. ``excluded`` holds
    the merged excluded spans that were skipped.
    """

    def __init__(self, text: str, excluded: Iterable | None = None):
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        self.text = text
        self.excluded = normalize_excluded(excluded)
        self.paragraphs = _paragraphs(text, self.excluded)
        wrapped = _is_hard_wrapped(text, self.paragraphs)
        self.sentences: list[Sentence] = []
        # Word strings in one C-level pass per sentence; their offsets (``words``) are derived
        # on first use, since most analyses need only the strings and the per-sentence ranges.
        self.word_texts: list[str] = []
        findall = WORD_RE.findall
        word_texts = self.word_texts
        spans: list[Span] = []
        for p, (ps, pe) in enumerate(self.paragraphs):
            spans.clear()
            for bs, be in _line_blocks(text, ps, pe, wrapped):
                _sentences_in_block(text, bs, be, spans)
            for ss, se in spans:
                first = len(word_texts)
                word_texts.extend(findall(text, ss, se))
                self.sentences.append(Sentence(ss, se, p, first, len(word_texts)))

    # -- derived views, computed on first use ---------------------------------------------
    @cached_property
    def quotes(self) -> list[Quote]:
        out: list[Quote] = []
        text, paras = self.text, self.paragraphs
        marks = [m.start() for m in _ANY_MARK_RE.finditer(text)]  # one pass; most paragraphs have none
        if not marks:
            return out
        for k, (ps, pe) in enumerate(paras):
            i = bisect.bisect_left(marks, ps)
            if i == len(marks) or marks[i] >= pe:
                continue
            next_opens = k + 1 < len(paras) and text[paras[k + 1].start] in "\"“«‘"
            _quotes_in_paragraph(text, ps, pe, next_opens, out)
        return out

    @cached_property
    def quote_index(self) -> RegionIndex:
        return RegionIndex(self.quotes)

    @cached_property
    def words(self) -> list[tuple[int, int]]:
        """``(start, end)`` of every word, in the order of ``word_texts``."""
        out: list[tuple[int, int]] = []
        finditer, text = WORD_RE.finditer, self.text
        for s in self.sentences:
            out.extend(map(_span, finditer(text, s.start, s.end)))
        return out

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @property
    def word_count(self) -> int:
        return len(self.word_texts)

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing ``offset``, or -1 (between sentences/excluded)."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return -1

    def quote_at(self, offset: int) -> Quote | None:
        """The quotation region containing ``offset``, or None."""
        i = self.quote_index.find(offset)
        return self.quotes[i] if i >= 0 else None

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.text[s.start : s.end]

    def __repr__(self) -> str:
        return (
            f"<Segmentation {len(self.paragraphs)} paragraphs, {len(self.sentences)} sentences, "
            f"{len(self.word_texts)} words, {len(self.quotes)} quotations>"
        )


def segment(text: str, excluded: Iterable | None = None) -> Segmentation:
    """Segment ``text`` once into paragraphs, sentences, words and quotations.

    ``excluded`` is any iterable of ``(start, end, ...)`` spans or objects with ``start``/``end``
    (e.g. the output of :func:`analysis.cleaning.excluded_spans`); nothing inside them is segmented.
    """
    return Segmentation(text, excluded)


def sentences(text: str, excluded: Iterable | None = None) -> list[Span]:
    """Sentence spans of ``text`` (the news-aware rule of this module)."""
    return [Span(s.start, s.end) for s in segment(text, excluded).sentences]
