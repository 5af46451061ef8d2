"""Readability: counts taken once from the shared segmentation, classic formulas exact to their
publications, a textstat-compatible profile, sentence-bootstrap intervals, difficult words.

Profiles
--------
``profile="news"`` (default)
    The project's own counting, from :func:`analysis.text.segment` (computed once, shared):

    sentence
        A sentence of the shared segmentation (news-aware: "U.S.", "Sen.", "p.m.", "3.2%" do
        not end sentences) that contains at least one word.
    word
        A word of the shared segmentation: letters and digits joined across internal
        apostrophes (straight or curly), hyphens and number points/commas; "U.S." is one word.
    syllable (the ``syllables`` count: Flesch Reading Ease, Flesch-Kincaid)
        :func:`analysis.syllables.flesch_syllables`, Flesch's (1979, *How to Write Plain
        English*, ch. 2) counting instructions: "Count abbreviations, figures, symbols and their
        combinations as one-syllable words" ("2019", "3.2", "21st", "NSA", "U.S." = 1;
        "COVID-19" = 1 + 1), and of a word's accepted pronunciations the one with fewer
        syllables. Every other word: :func:`analysis.syllables.syllables`, the CMU Pronouncing
        Dictionary (fewest syllables among its pronunciations: "every" = 2, "family" = 2),
        hyphenated words summed over their parts, a documented vowel-group rule for unknown
        words. Flesch-Kincaid (Kincaid et al. 1975) re-estimated the weights on Flesch counts,
        so it takes the same count.
    polysyllable (SMOG, Linsear Write)
        A word of three or more syllables read aloud (:func:`analysis.syllables.syllables`:
        figures as spoken, "2019" = "twenty nineteen" = 4; abbreviations spelled, "NSA" = 3),
        as McLaughlin (1969) directs for SMOG: numbers in figures are pronounced to decide
        whether they are polysyllabic, and abbreviations are read out.
    complex word (Gunning Fog)
        A word of three or more syllables by the Flesch count above (so figures and
        abbreviations are never complex: a figure is not one of the long words the index
        penalises) that is not a proper name (capitalised word not at the start of a
        sentence, or a sentence-initial capitalised word found capitalised elsewhere in the
        document), not a hyphenated compound of words of fewer than three syllables each, and
        not a word that reaches three syllables only through an ``-ed``, ``-es`` or ``-ing``
        ending (Gunning 1952, as his rules are usually stated).
    letters / characters
        Letters: alphabetic characters of words (Coleman & Liau 1975 count letters).
        Characters: letters and digits of words (Senter & Smith 1967 count the strokes of
        letters and numbers, not punctuation or spaces).
    long word
        A word of more than six letters (Björnsson 1968, LIX).
    unfamiliar word (Dale-Chall)
        A word not on the Dale-Chall list of about 3,000 familiar words
        (``lexicons/dale_chall_3000.txt``) after the counting directions of Chall & Dale (1995)
        as implemented here: regular inflections of a listed word are familiar (plural and
        third-person ``-s``/``-es``/``-ies``, possessive ``'s``/``s'``, ``-ed``/``-d``/``-ied``,
        ``-ing``, comparative and superlative ``-er``/``-est``/``-ier``/``-iest``, with a doubled
        final consonant or a dropped ``e``), contractions of listed words (``-n't``, ``'ll``
        ...); figures are familiar; a hyphenated word is familiar when every part is; proper
        names (capitalised, by the same rule as for complex words; also capitalised dotted
        abbreviations such as "U.S.") are familiar. Derivations (``-ly``, ``-ness`` ...) are
        unfamiliar unless listed.

``profile="textstat"``
    textstat 0.7.13's numbers, quirks included (:mod:`analysis.textstat_compat`), offline.
    Excluded spans are cut out and the kept regions joined with a line break; with no excluded
    spans the text is passed unchanged. Result keys are textstat's; ``textstat_version`` is
    recorded.

Formulas (one small function each; ASL = words per sentence, ASW = syllables per word)
-----------------------------------------------------------------------------------
``flesch_reading_ease``  206.835 - 1.015 ASL - 84.6 ASW  (Flesch 1948)
``flesch_kincaid_grade``  0.39 ASL + 11.8 ASW - 15.59  (Kincaid, Fishburne, Rogers & Chissom 1975)
``gunning_fog``  0.4 (ASL + 100 complex/words)  (Gunning 1952)
``smog_index``  1.0430 sqrt(polysyllables x 30 / sentences) + 3.1291  (McLaughlin 1969)
``coleman_liau_index``  0.0588 L - 0.296 S - 15.8, L letters and S sentences per 100 words
(Coleman & Liau 1975)
``automated_readability_index``  4.71 characters/words + 0.5 ASL - 21.43  (Senter & Smith 1967)
``dale_chall_readability_score``  0.1579 PDW + 0.0496 ASL, + 3.6365 when PDW > 5 (PDW: percent
unfamiliar words)  (Dale & Chall 1948)
``dale_chall_1995_cloze``  64 - 0.95 PUW - 0.69 ASL, and ``dale_chall_1995_level``: the reading
level band of Chall & Dale's (1995) cloze table for the cloze score rounded to a whole number
(58+ "1", 54-57 "2", 50-53 "3", 45-49 "4", 40-44 "5-6", 34-39 "7-8", 28-33 "9-10", 22-27 "11-12",
16-21 "13-15", 15 and below "16+")
``linsear_write_formula``  r = (easy words + 3 hard words) / sentences, with hard words the
polysyllables (3+ syllables read aloud) and easy words the others; r/2 when r > 20, else r/2 - 1 (Linsear Write, U.S. Air
Force; O'Hayre 1966). The published procedure uses a 100-word sample; r is a ratio of counts over
the same words, so it is taken over the whole document here.
``lix``  ASL + 100 long words/words  (Björnsson 1968)

Undefined values (no words or no sentences) are NaN. With ``intervals=True`` each grade formula
also gets ``<name>_low``/``<name>_high``: the 2.5th and 97.5th percentiles over 1,000 bootstrap
resamples of the document's sentences (a Poisson bootstrap: every sentence weighted by an
independent Poisson(1) count, Hanley & MacGibbon 2006; seeded, so deterministic).
"""
from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd

from . import __version__
from .syllables import flesch_syllables, syllables
from .textstat_compat import TEXTSTAT_VERSION, textstat_scores
from .text import Segmentation, segment

__all__ = [
    "PROFILES",
    "METRICS",
    "INTERVAL_METRICS",
    "readability",
    "readability_frame",
    "sentence_rows",
    "difficult_words",
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_1948",
    "dale_chall_1995_cloze",
    "dale_chall_1995_level",
    "linsear_write",
    "lix",
    "is_familiar",
]

PROFILES = ("news", "textstat")

#: The formula columns, named like textstat's functions where textstat has one.
METRICS = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
    "linsear_write_formula",
)
#: Formulas that get a bootstrap interval with ``intervals=True``.
INTERVAL_METRICS = METRICS[:7]

COUNT_COLUMNS = (
    "sentences",
    "words",
    "syllables",
    "polysyllables",
    "complex_words",
    "letters",
    "characters",
    "long_words",
    "unfamiliar_words",
)

# --------------------------------------------------------------------------------------------
# Formulas: pure arithmetic, so they work on floats and on numpy arrays alike.


def flesch_reading_ease(asl, asw):
    """Flesch Reading Ease (Flesch 1948, J. Applied Psychology 32: 221-233):
    206.835 - 1.015 ASL - 84.6 ASW (ASL words per sentence, ASW syllables per word)."""
    return 206.835 - 1.015 * asl - 84.6 * asw


def flesch_kincaid_grade(asl, asw):
    """Flesch-Kincaid grade level (Kincaid, Fishburne, Rogers & Chissom 1975, Naval Technical
    Training Command Research Branch Report 8-75): 0.39 ASL + 11.8 ASW - 15.59."""
    return 0.39 * asl + 11.8 * asw - 15.59


def gunning_fog(asl, pct_complex):
    """Gunning Fog index (Gunning 1952, The Technique of Clear Writing):
    0.4 (ASL + percentage of complex words)."""
    return 0.4 * (asl + pct_complex)


def smog_index(polysyllables, sentences):
    """SMOG grade (McLaughlin 1969, J. Reading 12: 639-646, regression form):
    1.0430 sqrt(polysyllables x 30 / sentences) + 3.1291."""
    return 1.0430 * np.sqrt(polysyllables * 30 / sentences) + 3.1291


def coleman_liau_index(letters_per_100, sentences_per_100):
    """Coleman-Liau index (Coleman & Liau 1975, J. Applied Psychology 60: 283-284):
    0.0588 L - 0.296 S - 15.8 (L letters, S sentences per 100 words)."""
    return 0.0588 * letters_per_100 - 0.296 * sentences_per_100 - 15.8


def automated_readability_index(chars_per_word, asl):
    """Automated Readability Index (Senter & Smith 1967, AMRL-TR-66-220):
    4.71 characters/word + 0.5 words/sentence - 21.43 (characters: letters and digits)."""
    return 4.71 * chars_per_word + 0.5 * asl - 21.43


def dale_chall_1948(pdw, asl):
    """Dale-Chall score (Dale & Chall 1948, Educational Research Bulletin 27: 11-20, 37-54):
    0.1579 PDW + 0.0496 ASL, plus 3.6365 when PDW (percent unfamiliar words) exceeds 5."""
    return 0.1579 * pdw + 0.0496 * asl + 3.6365 * (pdw > 5)


def dale_chall_1995_cloze(puw, asl):
    """New Dale-Chall predicted cloze score (Chall & Dale 1995, Readability Revisited, p. 66):
    64 - 0.95 PUW - 0.69 ASL (PUW percent unfamiliar words). Higher is easier."""
    return 64 - 0.95 * puw - 0.69 * asl


_DC1995_BANDS = ((58, "1"), (54, "2"), (50, "3"), (45, "4"), (40, "5-6"), (34, "7-8"), (28, "9-10"), (22, "11-12"), (16, "13-15"))


def dale_chall_1995_level(cloze: float) -> str:
    """Reading level band of Chall & Dale's (1995) cloze table, for the cloze score rounded to
    a whole number (half up): e.g. 42.05 -> 42 -> "5-6", 28.35 -> 28 -> "9-10"."""
    if cloze != cloze:  # NaN
        return ""
    whole = math.floor(cloze + 0.5)
    for low, band in _DC1995_BANDS:
        if whole >= low:
            return band
    return "16+"


def linsear_write(easy_words, hard_words, sentences):
    """Linsear Write (U.S. Air Force; O'Hayre 1966, Gobbledygook Has Gotta Go):
    r = (easy + 3 hard) / sentences (hard: 3+ syllables); r/2 if r > 20 else r/2 - 1."""
    r = (easy_words + 3 * hard_words) / sentences
    return np.where(r > 20, r / 2, r / 2 - 1) if isinstance(r, np.ndarray) else (r / 2 if r > 20 else r / 2 - 1)


def lix(asl, pct_long):
    """LIX (Björnsson 1968, Läsbarhet): ASL + percentage of words of more than six letters."""
    return asl + pct_long


# --------------------------------------------------------------------------------------------
# Per-word facts, computed once per distinct word string and cached.

DALE_CHALL_FILE = Path(__file__).with_name("lexicons") / "dale_chall_3000.txt"


@lru_cache(maxsize=1)
def _dale_chall() -> frozenset[str]:
    with open(DALE_CHALL_FILE, encoding="utf-8") as handle:
        return frozenset(ln.strip() for ln in handle if ln.strip() and not ln.startswith("#"))


_CONTRACTIONS = ("n't", "'ll", "'re", "'ve", "'d", "'m")


def _inflection_bases(w: str) -> list[str]:
    out = []
    if w.endswith("s"):
        out.append(w[:-1])
        if w.endswith("es"):
            out.append(w[:-2])
        if w.endswith("ies"):
            out.append(w[:-3] + "y")
    for suffix in ("ed", "er"):
        if w.endswith(suffix):
            out += [w[:-2], w[:-1]]
            if len(w) > 4 and w[-3] == w[-4]:
                out.append(w[:-3])
            if w.endswith("i" + suffix):
                out.append(w[:-3] + "y")
    for suffix in ("ing", "est"):
        if w.endswith(suffix):
            out += [w[:-3], w[:-3] + "e"]
            if len(w) > 5 and w[-4] == w[-5]:
                out.append(w[:-4])
            if w.endswith("i" + suffix):
                out.append(w[:-4] + "y")
    return [b for b in out if len(b) >= 2]


@lru_cache(maxsize=1 << 16)
def is_familiar(word: str) -> bool:
    """True when ``word`` (any case) counts as familiar under the Dale-Chall rules of this
    module, proper names aside (see the module docstring)."""
    w = word.lower().replace("’", "'").replace("‘", "'").replace("‐", "-")
    dc = _dale_chall()
    if w in dc:
        return True
    if w[:1].isdigit():
        return True  # figures
    if "-" in w:
        parts = [p for p in w.split("-") if p]
        return bool(parts) and all(is_familiar(p) for p in parts)
    if w.endswith("'s"):
        return is_familiar(w[:-2])
    if w.endswith("s'"):
        return is_familiar(w[:-1])
    for c in _CONTRACTIONS:
        if w.endswith(c) and len(w) > len(c):
            return w[: -len(c)] in dc or (c == "n't" and w[:-3] + "n" in dc)
    return any(b in dc for b in _inflection_bases(w))


_CODE_FAMILIAR, _CODE_UNFAMILIAR, _CODE_NAME = 0, 1, 2


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _is_complex(word: str, syl: int) -> bool:
    """Gunning's complex word, before the proper-name test."""
    if syl < 3:
        return False
    w = word.replace("’", "'").replace("‐", "-")
    if "-" in w:
        parts = [p for p in w.split("-") if p]
        return any(flesch_syllables(p) >= 3 for p in parts)
    low = w.lower()
    for suffix, cut in (("ed", (1, 2)), ("es", (1, 2)), ("ing", (3,))):
        if low.endswith(suffix):
            for k in cut:
                base = low[:-k]
                if len(base) >= 2 and flesch_syllables(base) < 3:
                    return False
            if suffix == "ing" and flesch_syllables(low[:-3] + "e") < 3:
                return False
    return True


# Per distinct word string: the facts tuple (syllables by Flesch's convention, letters, characters,
# polysyllable 0/1 (read aloud), long 0/1, dale-chall code, gunning code, syllables read aloud) in
# ``_INFO``, and a row of ``_Vocabulary.table`` with the word's contribution to each per-sentence
# count (COUNT_COLUMNS[1:]) so that a document's counts are one vectorised gather and sum over
# its words.
_INFO: dict[str, tuple] = {}
_INFO_MAX = 1 << 18
_SYLLABLES_COL, _COMPLEX_COL, _UNFAMILIAR_COL = 1, 3, 7  # columns of COUNT_COLUMNS[1:]


def _word_info(word: str) -> tuple:
    spoken = syllables(word)  # read aloud: SMOG's polysyllables (McLaughlin 1969)
    syl = flesch_syllables(word)  # Flesch (1979): abbreviations and figures one syllable
    letters = sum(1 for c in word if c.isalpha())
    chars = sum(1 for c in word if c.isalnum())
    capital = _is_capitalised(word)
    if is_familiar(word):
        dc = _CODE_FAMILIAR
    else:
        dc = _CODE_NAME if capital else _CODE_UNFAMILIAR
    fog = (_CODE_NAME if capital else _CODE_UNFAMILIAR) if _is_complex(word, syl) else _CODE_FAMILIAR
    return (syl, letters, chars, int(spoken >= 3), int(letters > 6), dc, fog, spoken)


class _Vocabulary:
    """Word string -> row id, and the rows: per-word counts in COUNT_COLUMNS[1:] order.

    ``table`` only grows (a larger copy keeps every old row), so an id read from ``ids`` is always
    a valid row of the ``table`` read after it. When the cache is full a new vocabulary replaces
    the old one as a whole; a reader holds one vocabulary object for one document.
    """

    __slots__ = ("ids", "table")

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.table = np.zeros((1024, len(COUNT_COLUMNS) - 1), dtype=np.int64)

    def learn(self, words: Iterable[str]) -> None:
        new = [w for w in set(words) if w not in self.ids]
        if not new:
            return
        n = len(self.ids)
        table = self.table
        if n + len(new) > len(table):
            grown = np.zeros((max(2 * len(table), n + len(new)), table.shape[1]), dtype=np.int64)
            grown[:n] = table[:n]
            table = grown
        for k, w in enumerate(new, n):
            info = _INFO.get(w)
            if info is None:
                info = _INFO[w] = _word_info(w)
            syl, letters, chars, poly, long_, dc, fog = info[:7]
            table[k] = (1, syl, poly, fog == _CODE_UNFAMILIAR, letters, chars, long_, dc == _CODE_UNFAMILIAR)
        self.table = table  # rows filled before the ids are published
        self.ids.update(zip(new, range(n, n + len(new))))

    def rows(self, words: list[str]) -> np.ndarray:
        """Row ids of ``words`` (learning unknown words first), as an int64 array."""
        rows = np.fromiter(map(self.ids.get, words, repeat(-1)), dtype=np.int64, count=len(words))
        missing = np.flatnonzero(rows < 0)
        if len(missing):  # one pass over the words; the few unknown ones are learned and filled in
            unknown = [words[i] for i in missing.tolist()]
            self.learn(unknown)
            rows[missing] = list(map(self.ids.__getitem__, unknown))
        return rows


_VOCAB = _Vocabulary()


def _vocabulary() -> _Vocabulary:
    global _VOCAB
    if len(_VOCAB.ids) >= _INFO_MAX:
        _VOCAB = _Vocabulary()
        _INFO.clear()
    return _VOCAB


def _per_word(words: list[str]) -> np.ndarray:
    """Per-word counts (words x COUNT_COLUMNS[1:]), before the sentence-initial name rule."""
    vocab = _vocabulary()
    rows = vocab.rows(words)
    return vocab.table[rows]


def _infos(words: list[str]) -> list[tuple]:
    info = _INFO
    try:
        return list(map(info.__getitem__, words))
    except KeyError:
        for w in set(words):
            if w not in info:
                info[w] = _word_info(w)
    return list(map(info.__getitem__, words))


def _name_resolution(seg: Segmentation, words: list[str]) -> dict[int, tuple[int, int]]:
    """Sentence-initial capitalised words that are unfamiliar (or complex) in lower case are
    names when the same form also occurs in the document not at the start of a sentence.
    Returns ``{word index: (unfamiliar 0/1, complex 0/1)}`` for those sentence-initial words;
    every other capitalised word of code 2 counts as a name (familiar, not complex)."""
    initial = [s.first_word for s in seg.sentences if s.last_word > s.first_word]
    initial_infos = _infos([words[i] for i in initial])
    candidates = [i for i, inf in zip(initial, initial_infos) if _CODE_NAME in inf[5:7]]
    info = _INFO
    out: dict[int, tuple[int, int]] = {}
    if not candidates:
        return out
    initial_forms = Counter(words[i] for i in initial)
    forms = {words[i] for i in candidates}
    total = Counter(filter(forms.__contains__, words))  # C-level pass over the words
    for i in candidates:
        w = words[i]
        name = total[w] > initial_forms[w]
        dc, fog = info[w][5:7]
        out[i] = (int(dc == _CODE_NAME and not name), int(fog == _CODE_NAME and not name))
    return out


# --------------------------------------------------------------------------------------------
# Counting


def _counts(seg: Segmentation) -> tuple[dict, np.ndarray]:
    """Document counts and the per-word count matrix (words x COUNT_COLUMNS[1:]) with the
    sentence-initial name rule applied."""
    words = seg.word_texts
    per_word = _per_word(words)
    if words:
        resolved = _name_resolution(seg, words)
        if resolved:
            for i, (dc, fog) in resolved.items():
                per_word[i, _UNFAMILIAR_COL] += dc
                per_word[i, _COMPLEX_COL] += fog
    totals = per_word.sum(axis=0).tolist()
    counts = {"sentences": sum(1 for s in seg.sentences if s.last_word > s.first_word)}
    counts.update(zip(COUNT_COLUMNS[1:], totals))
    return counts, per_word


def _scores(c: dict) -> dict:
    """All formulas from a counts dict (floats; NaN when undefined)."""
    n, s = c["words"], c["sentences"]
    if not n or not s:
        out = dict.fromkeys(METRICS, math.nan)
        out.update(dale_chall_1995_cloze=math.nan, dale_chall_1995_level="", lix=math.nan)
        return out
    asl, asw = n / s, c["syllables"] / n
    pdw = 100 * c["unfamiliar_words"] / n
    cloze = dale_chall_1995_cloze(pdw, asl)
    return {
        "flesch_reading_ease": flesch_reading_ease(asl, asw),
        "flesch_kincaid_grade": flesch_kincaid_grade(asl, asw),
        "gunning_fog": gunning_fog(asl, 100 * c["complex_words"] / n),
        "smog_index": float(smog_index(c["polysyllables"], s)),
        "coleman_liau_index": coleman_liau_index(100 * c["letters"] / n, 100 * s / n),
        "automated_readability_index": automated_readability_index(c["characters"] / n, asl),
        "dale_chall_readability_score": float(dale_chall_1948(pdw, asl)),
        "linsear_write_formula": float(linsear_write(n - c["polysyllables"], c["polysyllables"], s)),
        "dale_chall_1995_cloze": cloze,
        "dale_chall_1995_level": dale_chall_1995_level(cloze),
        "lix": lix(asl, 100 * c["long_words"] / n),
    }


def _sentence_matrix(seg: Segmentation, per_word: np.ndarray) -> tuple[np.ndarray, list[int]]:
    """Per-sentence counts (rows: sentences with words; columns: COUNT_COLUMNS[1:]) and the
    indices of those sentences in ``seg.sentences``."""
    keep = [k for k, s in enumerate(seg.sentences) if s.last_word > s.first_word]
    if not keep:
        return np.zeros((0, len(COUNT_COLUMNS) - 1), dtype=np.int64), keep
    starts = [seg.sentences[k].first_word for k in keep]
    return np.add.reduceat(per_word, starts, axis=0), keep


def _sentence_syllables(seg: Segmentation, per_word: np.ndarray) -> list[int]:
    """Syllables of every sentence of ``seg.sentences`` (0 for a sentence without words)."""
    cumulative = np.concatenate(([0], np.cumsum(per_word[:, _SYLLABLES_COL])))
    bounds = np.array([(s.first_word, s.last_word) for s in seg.sentences], dtype=np.int64).reshape(-1, 2)
    return (cumulative[bounds[:, 1]] - cumulative[bounds[:, 0]]).tolist()


_POISSON_COLUMNS = 4096


@lru_cache(maxsize=4)
def _poisson_weights(resamples: int, seed: int, columns: int = _POISSON_COLUMNS) -> tuple[np.ndarray, np.ndarray]:
    """A fixed matrix of independent Poisson(1) draws (seeded, read-only, int32), stored transposed
    (``columns x resamples``), and its running sums over the sentences (float64).

    Row ``k`` holds the weights of a document's ``k``-th sentence in every resample. Because the
    weights are independent, a document with ``n`` sentences uses the first ``n`` rows (one
    contiguous block): one matrix for every document, drawn once per process, and every result
    is reproducible. ``running[n - 1]`` is each resample's number of sentences for ``n``.
    """
    drawn = np.random.default_rng(seed).poisson(1.0, size=(resamples, columns))
    weights = np.ascontiguousarray(drawn.T.astype(np.int32))
    running = np.cumsum(weights, axis=0, dtype=np.float64)
    for a in (weights, running):
        a.flags.writeable = False
    return weights, running


def _weights(n_sent: int, resamples: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(sentences x resamples integer weights, sentences per resample as float64)."""
    if n_sent <= _POISSON_COLUMNS:
        weights, running = _poisson_weights(resamples, seed)
        return weights[:n_sent], running[n_sent - 1]
    weights = np.random.default_rng(seed).poisson(1.0, size=(resamples, n_sent)).T
    return weights, weights.sum(axis=0).astype(np.float64)


#: the per-sentence count columns the interval formulas use (all of COUNT_COLUMNS[1:] but long words)
_INTERVAL_COLUMNS = [k for k, c in enumerate(COUNT_COLUMNS[1:]) if c != "long_words"]


def _weighted_totals(matrix: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """``matrix.T @ weights`` (columns x resamples) in exact integer arithmetic, as float64.

    Every count and weight is a whole number, so the sums are exact in any order: the result is
    the same on every machine. int32 halves the memory traffic of int64 and float64; it is used
    when no sum can reach 2**31 (any document under about 100 million characters), else int64.
    einsum runs numpy's own loop, not BLAS, whose thread pool made this 10-100x slower on a busy
    machine for a product this small.
    """
    bound = int(weights.max(initial=0)) * int(matrix.sum(axis=0).max(initial=0))
    dtype = np.int32 if bound < 2**31 else np.int64
    totals = np.einsum("ij,jk->ik", matrix.T.astype(dtype), weights.astype(dtype, copy=False), optimize=False)
    return totals.astype(np.float64)


def _intervals(matrix: np.ndarray, resamples: int, seed: int) -> dict:
    """95% intervals of the grade formulas by a Poisson bootstrap over sentences.

    Each resample weights every sentence by an independent Poisson(1) count, the standard
    large-sample equivalent of drawing sentences with replacement (Hanley & MacGibbon 2006;
    Chamandy et al. 2012), so one precomputed weight matrix serves every document. Counts are
    weighted sums; the number of sentences of a resample is the sum of its weights.
    """
    n_sent = matrix.shape[0]
    out = {}
    if n_sent < 2:
        for m in INTERVAL_METRICS:
            out[m + "_low"] = out[m + "_high"] = math.nan
        return out
    weights, sentences = _weights(n_sent, resamples, seed)
    totals = _weighted_totals(matrix[:, _INTERVAL_COLUMNS], weights)  # columns x resamples
    keep = totals[0] > 0  # a resample that drew no word has no defined score
    if not keep.all():
        totals, sentences = totals[:, keep], sentences[keep]
    words, syl, poly, cplx, letters, chars, unfam = totals
    asl, asw = words / sentences, syl / words
    pdw = 100 * unfam / words
    values = np.stack([
        flesch_reading_ease(asl, asw),
        flesch_kincaid_grade(asl, asw),
        gunning_fog(asl, 100 * cplx / words),
        smog_index(poly, sentences),
        coleman_liau_index(100 * letters / words, 100 * sentences / words),
        automated_readability_index(chars / words, asl),
        dale_chall_1948(pdw, asl),
    ])
    low, high = np.percentile(values, [2.5, 97.5], axis=1)
    for k, m in enumerate(INTERVAL_METRICS):
        out[m + "_low"], out[m + "_high"] = float(low[k]), float(high[k])
    return out


def _kept_text(text: str, seg: Segmentation) -> str:
    if not seg.excluded:
        return text
    parts, pos = [], 0
    for s, e in seg.excluded:
        if s > pos:
            parts.append(text[pos:s])
        pos = max(pos, e)
    parts.append(text[pos:])
    return "\n".join(p for p in parts if p)


def _check(text: str, seg: Segmentation | None, excluded) -> Segmentation:
    if seg is None:
        return segment(text, excluded)
    if seg.text is not text and seg.text != text:
        raise ValueError("seg was computed for a different text")
    return seg


def readability(
    text: str,
    excluded: Iterable = (),
    profile: str = "news",
    *,
    seg: Segmentation | None = None,
    intervals: bool = False,
    resamples: int = 1000,
    seed: int = 0,
) -> dict:
    """Readability counts and scores of one document.

    Returns a flat dict: ``profile``, ``analysis_version`` (and ``textstat_version`` for the
    textstat profile), the counts (``sentences``, ``words``, ``syllables`` ...) and the formulas
    (``flesch_reading_ease`` ... ``linsear_write_formula``, plus ``dale_chall_1995_cloze``,
    ``dale_chall_1995_level`` and ``lix`` for the news profile). With ``intervals=True`` (news
    profile; NaN for the textstat profile) the grade formulas get ``_low``/``_high`` bounds of a
    95% sentence-bootstrap interval (``resamples`` resamples, generator seeded with ``seed``).
    The news profile also returns ``sentence_syllables``: a list with the syllables of each
    sentence of ``seg.sentences``, in order (for the pipeline's sentences table).
    """
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; expected one of {', '.join(PROFILES)}")
    if profile == "textstat":
        kept = text if (seg is None and not excluded) else _kept_text(text, _check(text, seg, excluded))
        out = {"profile": "textstat", "analysis_version": __version__, "textstat_version": TEXTSTAT_VERSION}
        out.update(textstat_scores(kept))
        if intervals:  # textstat has no sentence-level counts: keep the columns, leave them empty
            out.update({f"{m}_{side}": math.nan for m in INTERVAL_METRICS for side in ("low", "high")})
        return out
    seg = _check(text, seg, excluded)
    counts, per_word = _counts(seg)
    out = {"profile": "news", "analysis_version": __version__}
    out.update(counts)
    out.update(_scores(counts))
    if intervals:
        matrix, _ = _sentence_matrix(seg, per_word)
        out.update(_intervals(matrix, resamples, seed))
    # per sentence of seg.sentences (all of them, in order): syllables, for the sentences table
    out["sentence_syllables"] = _sentence_syllables(seg, per_word)
    return out


def _iter_docs(docs) -> Iterable[tuple[object, str]]:
    if isinstance(docs, dict):
        yield from docs.items()
        return
    if isinstance(docs, pd.Series):
        yield from docs.items()
        return
    for k, d in enumerate(docs):
        if isinstance(d, str):
            yield k, d
        elif hasattr(d, "text"):
            yield getattr(d, "id", k), d.text
        else:
            doc_id, text = d
            yield doc_id, text


def readability_frame(docs, excluded=None, profile: str = "news", *, intervals: bool = False, **kwargs) -> pd.DataFrame:
    """One row per document: ``doc`` then the keys of :func:`readability`.

    ``docs``: strings (ids are positions), ``(id, text)`` pairs, objects with ``id``/``text``
    (:class:`analysis.corpus.Document`), a dict or a Series of texts. ``excluded``: a callable
    ``text -> spans`` (e.g. :func:`analysis.cleaning.excluded_spans`), or None.
    """
    rows = []
    for doc_id, text in _iter_docs(docs):
        spans = excluded(text) if callable(excluded) else ()
        row = {"doc": doc_id}
        row.update(readability(text, spans, profile, intervals=intervals, **kwargs))
        row.pop("sentence_syllables", None)  # per-sentence list: see sentence_rows()
        rows.append(row)
    if not rows:
        return pd.DataFrame(columns=["doc", "profile", "analysis_version", *COUNT_COLUMNS, *METRICS])
    return pd.DataFrame(rows)


def sentence_rows(text: str, excluded: Iterable = (), *, seg: Segmentation | None = None) -> pd.DataFrame:
    """One row per sentence with words (news profile): ``sentence`` (index into
    ``seg.sentences``), ``start``, ``end``, the counts, and the sentence's
    ``flesch_kincaid_grade`` and ``flesch_reading_ease`` (ASL = its word count)."""
    seg = _check(text, seg, excluded)
    _, per_word = _counts(seg)
    matrix, keep = _sentence_matrix(seg, per_word)
    frame = pd.DataFrame(matrix, columns=list(COUNT_COLUMNS[1:]))
    frame.insert(0, "end", [seg.sentences[k].end for k in keep])
    frame.insert(0, "start", [seg.sentences[k].start for k in keep])
    frame.insert(0, "sentence", keep)
    words = frame["words"].to_numpy(dtype=float)
    asw = frame["syllables"].to_numpy(dtype=float) / np.where(words > 0, words, np.nan)
    frame["flesch_kincaid_grade"] = flesch_kincaid_grade(words, asw)
    frame["flesch_reading_ease"] = flesch_reading_ease(words, asw)
    return frame


DIFFICULT_COLUMNS = ("start", "end", "text", "sentence", "syllables", "polysyllabic", "unfamiliar", "reason")


def difficult_words(text: str, excluded: Iterable = (), *, seg: Segmentation | None = None) -> pd.DataFrame:
    """Words that make the text harder, with the reason, for classroom use (news profile).

    One row per word occurrence that is polysyllabic (3+ syllables read aloud, as for SMOG) or
    not on the Dale-Chall list (after the inflection, figure and name rules): ``start``,
    ``end``, ``text``, ``sentence`` (index into ``seg.sentences``), ``syllables`` (read aloud),
    ``polysyllabic``,
    ``unfamiliar`` and ``reason`` ("polysyllabic", "not on Dale-Chall list", or both joined by
    "; ").
    """
    seg = _check(text, seg, excluded)
    words = seg.word_texts
    infos = _infos(words)
    resolved = _name_resolution(seg, words) if words else {}
    rows = []
    sentence_of = np.empty(len(words), dtype=np.int64)
    for k, s in enumerate(seg.sentences):
        sentence_of[s.first_word : s.last_word] = k
    for i, info in enumerate(infos):
        poly = bool(info[3])
        unfam = info[5] == _CODE_UNFAMILIAR or bool(resolved.get(i, (0, 0))[0])
        if poly or unfam:
            reason = "; ".join(r for r, flag in (("polysyllabic", poly), ("not on Dale-Chall list", unfam)) if flag)
            s, e = seg.words[i]
            rows.append((s, e, words[i], int(sentence_of[i]), info[7], poly, unfam, reason))
    return pd.DataFrame(rows, columns=list(DIFFICULT_COLUMNS))
