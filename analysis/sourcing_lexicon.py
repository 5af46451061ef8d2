"""Sourcing lexicons, loaded once at import from the data files in ``analysis/lexicons/``.

Files (CSV with a header; every entry carries its ``source`` citation):

``reporting_verbs.csv``
    ``form, lemma, category, flags, source``: every inflected form of every reporting or
    cognition verb (generated once by a small inflector and hand-checked; the file is the data).
    ``flags``: ``N`` noun homograph (not a cue after a determiner: "the report"), ``P`` passive
    without an agent is an impersonal cue ("it is believed", "were reported"), ``G`` guarded
    (a cue only with reported content: a quotation, "that", a wh-word, a colon, or inversion),
    ``C`` cognition (needs a clause complement), ``Q`` question verb, ``X`` only the forms listed,
    ``T`` (with ``G``) only with its own complement right after it ("reiterated that ...",
    "swore: '...'"), never by inversion or a quotation before it.
``sourcing_cue_phrases.csv``
    Prepositional and impersonal cue phrases ("according to", "reportedly", "in a statement").
``source_nouns.csv``
    Head nouns of source descriptions with a category (generic, role, kin, counsel, vague, group,
    office, organisation, media, document, vague_document) and grammatical number. ``kin`` nouns
    ("father", "wife") name one person when a possessive fixes whose ("my father", "Ms Lee's
    husband") and an unnamed person otherwise ("a mother of three"); ``counsel`` nouns
    ("lawyers") likewise, but only with a possessive ("his lawyers", not "the lawyers").
``sourcing_words.csv``
    Closed-class words the rules use (auxiliaries, pronouns, determiners, prepositions, number
    words, rank and sector modifiers for specificity, time words), and the word lists of
    specific rules, each a category: ``partitive`` ("a number of"), ``rumour``,
    ``refused_object`` ("denied funding"), ``called_event`` ("called a strike"), ``show_kind`` ("TV shows": the noun), ``team``, ``hypothetical_modal``, ``confirmed_act``,
    ``claim_taken`` ("claimed 17 lives"), ``it_passive_lemma`` ("it is admitted that"),
    ``parenthetical_lemma`` ("..., he added."; also beliefs: "..., McKinlay believes, ..."),
    ``inversion_only_lemma`` ("'...,' grins X"), ``inverting_lemma`` (", observes Brabon."),
    ``that_only_lemma`` ("found that ..."), ``court`` (bodies whose "ruled" reports a finding),
    ``group_plural`` ("Many Americans": nationality, faith, camp), ``party_word`` ("a Tory MP"),
    ``finder`` (subjects whose "found"/"show" report a finding without "that"),
    ``irregular_past`` (past tenses that mark a clause), ``statement_adjective`` ("was quick to
    point out that"), ``hearsay_noun`` ("Rumour has it that").
``sourcing_knowledge_basis.csv``, ``anonymity_justifications.csv``, ``sourcing_outlets.csv``
    Knowledge-basis phrases, anonymity-justification patterns (with type boilerplate or
    substantive) and names of news outlets.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

from .patterns import trie_pattern

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


def _rows(name: str) -> list[dict]:
    with open(LEXICON_DIR / name, encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row and not row[next(iter(row))].startswith("#")]


class Verb:
    __slots__ = ("form", "lemma", "category", "flags")

    def __init__(self, form, lemma, category, flags):
        self.form, self.lemma, self.category, self.flags = form, lemma, category, flags

    def __repr__(self):
        return f"Verb({self.form!r}, {self.lemma!r}, {self.flags!r})"


VERBS: dict[str, Verb] = {}
for _r in _rows("reporting_verbs.csv"):
    VERBS.setdefault(_r["form"].lower(), Verb(_r["form"].lower(), _r["lemma"], _r["category"], _r["flags"]))

PHRASES: dict[str, str] = {r["phrase"].lower(): r["rule"] for r in _rows("sourcing_cue_phrases.csv")}
ADVERB_CUES = frozenset(p for p, rule in PHRASES.items() if rule == "impersonal_adverb")

NOUNS: dict[str, tuple[str, str]] = {r["word"].lower(): (r["category"], r["number"]) for r in _rows("source_nouns.csv")}

WORDS: dict[str, set[str]] = defaultdict(set)
NUMBERS: dict[str, int] = {}
for _r in _rows("sourcing_words.csv"):
    WORDS[_r["category"]].add(_r["word"].lower())
    if _r["category"] == "number":
        NUMBERS[_r["word"].lower()] = int(_r["value"])
WORDS = {k: frozenset(v) for k, v in WORDS.items()}

OUTLETS = frozenset(r["name"] for r in _rows("sourcing_outlets.csv"))
OUTLET_WORDS = frozenset(w.lower() for name in OUTLETS for w in name.split() if w not in ("The", "Le", "Der"))

KNOWLEDGE_BASIS = tuple(r["phrase"].lower() for r in _rows("sourcing_knowledge_basis.csv"))
KNOWLEDGE_RE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(KNOWLEDGE_BASIS, key=len, reverse=True)) + r")\b", re.I)

JUSTIFICATIONS = [(re.compile(r["pattern"], re.I), r["type"], r["category"], r["source"]) for r in _rows("anonymity_justifications.csv")]


#: cue phrases whose anchor word is too common for the one-word prefilter ("has", "words"): each
#: is found by its own pattern, matching the anchor word only when the whole phrase is there
_WHOLE_PHRASE_RULES = ("has_it_that", "in_the_words_of", "in_the_view_of", "by_accounts", "there_are_reports", "to_quote", "hearsay_is_that")


def _phrase_anchor(phrase: str) -> str:
    # a phrase opening with "in", "by" or "to" is found by its longest word ("statement", "words",
    # "accounts", "quote"), not by the preposition
    return phrase.split()[0] if not phrase.startswith(("in ", "by ", "to ")) else max(phrase.split(), key=len)


def _whole_phrases() -> list[tuple[str, re.Pattern]]:
    """(literal, anchored pattern) per distinct literal of the whole-phrase cues: the literal is
    the anchor word and the rest of the phrase ("has it that", "words of", "accounts"), found
    with ``str.find`` once per document; the pattern matches the anchor word only, checking the
    words before it ("in the words of", any of "by all/most/many/some accounts")."""
    by_literal: dict[str, list[str]] = {}
    for phrase, rule in sorted(PHRASES.items()):
        if rule in _WHOLE_PHRASE_RULES:
            words = phrase.split()
            a = words.index(_phrase_anchor(phrase))
            before, after = " ".join(words[:a]), " ".join(words[a + 1:])
            pattern = (rf"(?<=(?i:{re.escape(before)}) )" if before else r"\b") + re.escape(words[a]) \
                + (rf"(?= {re.escape(after)}\b)" if after else r"\b")
            by_literal.setdefault(" ".join(words[a:]), []).append(pattern)
    return [(literal, re.compile("|".join(f"(?:{p})" for p in patterns))) for literal, patterns in by_literal.items()]


_WHOLE_PHRASES = _whole_phrases()


def whole_phrase_cues(text: str):
    """Match objects of the whole-phrase cues' anchor words in ``text`` (a fast literal scan:
    these phrases are rare, their anchor words common)."""
    for literal, rx in _WHOLE_PHRASES:
        pos = text.find(literal)
        while pos != -1:
            m = rx.match(text, pos)
            if m is not None:
                yield m
            pos = text.find(literal, pos + 1)


def _cue_words() -> list[str]:
    words = set(VERBS)
    for phrase, rule in PHRASES.items():
        if rule not in _WHOLE_PHRASE_RULES:
            words.add(_phrase_anchor(phrase))
    out = set()
    for w in words:
        out.add(w)
        out.add(w[:1].upper() + w[1:])
    return sorted(out)


#: One compiled regex of every cue word (any inflection, lower-case or capitalised), used as the
#: document-level prefilter: only sentences containing a match are analysed.
CUE_RE = re.compile(r"(?<![\w'’\-])" + trie_pattern(_cue_words()) + r"(?![\w'’\-])")

