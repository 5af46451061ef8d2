"""``profile="textstat"``: textstat 0.7.13's numbers, reproduced offline, quirks included.

For continuity with studies that used textstat 0.7.13 (default settings: ``en_US``, no
rounding). This module re-implements the counting of textstat 0.7.13 (MIT licence,
https://github.com/textstat/textstat) step by step; it neither imports textstat nor nltk, so it
never attempts a download. The benchmark ``benchmarks/textstat_equivalence.py`` and
``tests/test_readability_textstat.py`` compare it with textstat itself (fed the same CMU data).

textstat 0.7.13's definitions (all reproduced, none endorsed):

* Words: the text with punctuation removed (every character that is not a word character,
  white space or an apostrophe before ``t s d ve ll re``; case-sensitive, so "DON'T" loses its
  apostrophe), split at white space. Dashes glue words ("senator—who" is one word).
* Sentences: matches of ``\\b[^.!?]+[.!?]*``, minus those of at most two words, at least 1
  (so "U.S." and "3.2" split sentences, and short sentences vanish).
* Syllables: the first pronunciation in the CMU dictionary (nltk's copy in textstat; here the
  table in ``lexicons/cmudict_syllables.tsv``), else Pyphen's ``en_US`` hyphenation points + 1.
* Polysyllables: words of 3+ syllables. Difficult words: words not on the easy-word list
  (lower-cased lookup, no inflection rules) with 3+ syllables (Gunning Fog) or with any number
  of syllables (Dale-Chall).
* Letters: characters that are neither white space nor punctuation (digits and ``_`` count).
  Characters (ARI): all non-white-space characters, divided by white-space-separated tokens.
* Coleman-Liau uses 0.058 (not 0.0588); SMOG 1.043; Linsear Write uses the first 100 words.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .syllables import cmu_table

__all__ = ["TEXTSTAT_VERSION", "textstat_scores", "textstat_syllables", "textstat_words", "textstat_sentences"]

#: The textstat release whose numbers this module reproduces.
TEXTSTAT_VERSION = "0.7.13"

_NONCONTRACTION_APOSTROPHE = re.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNCT_KEEP_APOSTROPHE = re.compile(r"[^\w\s\']")
_PUNCT_ALL = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)

DALE_CHALL_FILE = Path(__file__).with_name("lexicons") / "dale_chall_3000.txt"


@lru_cache(maxsize=1)
def easy_words() -> frozenset[str]:
    """textstat's English easy-word (Dale-Chall) list, as shipped in ``dale_chall_3000.txt``."""
    with open(DALE_CHALL_FILE, encoding="utf-8") as handle:
        return frozenset(ln.strip() for ln in handle if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def _pyphen():
    from pyphen import Pyphen  # textstat's own fallback; imported only when a word needs it

    return Pyphen(lang="en_US")


def _remove_punctuation(text: str) -> str:
    return _PUNCT_KEEP_APOSTROPHE.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text))


def textstat_words(text: str) -> list[str]:
    """textstat's ``list_words(text)``: punctuation removed, split at white space."""
    return _remove_punctuation(text).split()


@lru_cache(maxsize=1 << 16)
def textstat_syllables(word: str) -> int:
    """textstat's syllables for one word as ``textstat_words`` returns it (any case)."""
    low = word.lower()
    n = cmu_table().get(low)
    if n is not None:
        return n
    return len(_pyphen().positions(low)) + 1


def textstat_sentences(text: str) -> int:
    """textstat's ``count_sentences``."""
    if len(text) == 0:
        return 0
    found = _SENTENCE.findall(text)
    ignore = sum(1 for s in found if len(textstat_words(s)) <= 2)
    return max(1, len(found) - ignore)


def _linsear_write(text: str, tokens: list[str], words: list[str]) -> float:
    # textstat 0.7.13 with strict_lower=False, strict_upper=True
    if len(tokens) > 100:
        words_list: list[str] = []
        i_text = 0
        while i_text < len(tokens) and len(words_list) < 100:
            word = _remove_punctuation(tokens[i_text])
            i_text += 1
            if len(word) > 0:
                words_list.append(word)
    else:
        words_list = words
        i_text = len(tokens)
    easy_word = difficult_word = 0
    for word in words_list:
        n_syll = sum(textstat_syllables(w) for w in word.split())
        if n_syll >= 3:
            difficult_word += 1
        elif n_syll > 0:
            easy_word += 1
    sample = " ".join(tokens[:i_text])
    try:
        number = float((easy_word * 1 + difficult_word * 3) / textstat_sentences(sample))
    except ZeroDivisionError:
        return 0.0
    if number <= 20:
        number -= 2
    return number / 2


def textstat_scores(text: str) -> dict:
    """Counts and scores of ``text`` exactly as textstat 0.7.13 computes them.

    Keys: ``sentences``, ``words``, ``syllables``, ``polysyllables``, ``letters``, ``characters``
    and the metrics under textstat's function names (``flesch_reading_ease`` ...
    ``linsear_write_formula``). Degenerate texts give textstat's 0.0.
    """
    words = textstat_words(text)
    n_words = len(words)
    easy = easy_words()
    syl = [textstat_syllables(w) for w in words]
    n_syll = sum(syl)
    poly = sum(1 for s in syl if s >= 3)
    lowered = [w.lower() for w in words]
    not_easy = [w not in easy for w in lowered]
    hard_dc = sum(not_easy)
    hard_fog = sum(1 for ne, s in zip(not_easy, syl) if ne and s >= 3)
    n_sent = textstat_sentences(text)
    nospace = _SPACE.sub("", text)
    n_chars = len(nospace)
    n_letters = len(_PUNCT_ALL.sub("", nospace))
    tokens = text.split()

    wps = n_words / n_sent if n_sent else 0.0
    spw = n_syll / n_words if n_words else 0.0

    if wps == 0 or spw == 0:
        fre = fkgl = 0.0
    else:
        fre = 206.835 - 1.015 * wps - 84.6 * spw
        fkgl = 0.39 * wps + 11.8 * spw - 15.59
    fog = 0.4 * (wps + 100 * hard_fog / n_words) if n_words else 0.0
    smog = 1.043 * (30 * (poly / n_sent)) ** 0.5 + 3.1291 if n_sent else 0.0
    letters = (n_letters / n_words if n_words else 0.0) * 100
    sentences = (n_sent / n_words if n_words else 0.0) * 100
    cli = 0.0 if letters == 0 or sentences == 0 else 0.058 * letters - 0.296 * sentences - 15.8
    cpw = n_chars / len(tokens) if tokens else 0.0
    ari = 0.0 if cpw == 0 or wps == 0 else 4.71 * cpw + 0.5 * wps - 21.43
    if n_words:
        pdw = 100 * hard_dc / n_words
        dale = 0.1579 * pdw + 0.0496 * wps
        if pdw > 5:
            dale += 3.6365
    else:
        dale = 0.0
    return {
        "sentences": n_sent,
        "words": n_words,
        "syllables": n_syll,
        "polysyllables": poly,
        "letters": n_letters,
        "characters": n_chars,
        "difficult_words": hard_dc,
        "flesch_reading_ease": fre,
        "flesch_kincaid_grade": fkgl,
        "gunning_fog": fog,
        "smog_index": smog,
        "coleman_liau_index": cli,
        "automated_readability_index": ari,
        "dale_chall_readability_score": dale,
        "linsear_write_formula": _linsear_write(text, tokens, words),
    }
