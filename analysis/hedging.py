"""Hedges, boosters and weasel phrases, with the author's voice kept apart from quoted voices.

Definitions (CODEBOOK v1.1, part B)
-----------------------------------
Hedge
    A cue by which the writer (or a quoted source) signals less than full commitment to the
    truth or precision of a proposition: epistemic modals, epistemic adverbs and adjectives,
    approximators before a quantity, shields (seem, appear, suggest, tend to, first-person
    think/believe), multiword hedges ("hard to see", "remains to be seen", "to some extent").
Booster
    A cue of strong commitment: clearly, certainly, undoubtedly, "of course", "no doubt",
    "in fact", epistemic must, "show/prove/demonstrate that", predicative sure/clear/certain.
    A negated booster ("not clear", "not sure", "not necessarily") is a *hedge* (category
    ``negated_booster``).
Weasel
    A vague, unnamed source presented as authority ("critics say", "it is widely believed",
    "studies show"). Reported with ``kind="weasel"`` and ``category="weasel"``: a third kind,
    so weasels never inflate hedge or booster counts (the codebook scores them as anonymous
    attributions, not as hedges).
Voice
    ``quoted`` when the cue lies inside a direct quotation (``Segmentation.quotes``) or inside a
    reported-speech region passed as ``reported`` (from :func:`analysis.sourcing.reported_speech`);
    otherwise ``author``.

Method
------
The lexicon (``lexicons/hedges.csv`` and ``lexicons/weasels.csv``, loaded once at import) is
compiled into one case-insensitive alternation regex, factored as a character trie so that at
every position the longest entry is tried first. Each match is then passed to the named context
rule in the lexicon's ``rule`` column; the rule looks at neighbouring tokens *within the match's
sentence* (cheap string checks, no tagger) and decides hedge, booster or nothing. Entries with
``kind="none"`` are blockers: matched whole so that the cue inside ("to be sure", "make sure",
"as soon as possible") is not counted.

Every row of the result traces to its evidence: ``start``/``end`` are Python ``str`` offsets
into ``text`` (end exclusive), ``text`` is ``text[start:end]``, ``entry`` the lexicon entry and
``rule`` the rule and branch that fired (``rule_name:branch``).
"""
from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Callable, Iterable, NamedTuple

import pandas as pd

from .patterns import trie_pattern
from .spans import RegionIndex, normalize_excluded

__all__ = [
    "hedges",
    "summarize",
    "load_lexicon",
    "LexiconEntry",
    "RULES",
    "COLUMNS",
    "SUMMARY_COLUMNS",
    "LEXICON_PATHS",
]

_HERE = Path(__file__).resolve().parent
#: The lexicon files, in load order (later files may not redefine an entry).
LEXICON_PATHS = (_HERE / "lexicons" / "hedges.csv", _HERE / "lexicons" / "weasels.csv")

#: Columns of the frame :func:`hedges` returns (one row per cue).
COLUMNS = ("start", "end", "text", "entry", "kind", "category", "voice", "rule", "sentence")

KINDS = ("hedge", "booster", "weasel", "none")


class LexiconEntry(NamedTuple):
    entry: str
    kind: str
    category: str
    rule: str
    source: str
    note: str


# ============================================================================================
# Small token helpers (all offsets bounded by the match's sentence)

_TOK_RE = re.compile(
    r"[$£€]?\d[\d,.:]*\d?(?:%|[ap]\.?m\.?)?"  # numbers, money, times, percentages
    r"|[^\W\d_](?:[\w'’\-]*\w)?"  # words (with internal apostrophes/hyphens)
    r"|[^\w\s]"  # single punctuation marks
)
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred hundreds thousand thousands million millions billion billions trillion dozen dozens
    half third thirds quarter quarters fifth fifths tenth tenths twice double triple
    percent noon midnight""".split()
)
_CURRENCY_CODES = frozenset("us usd eur gbp a au c ca nz hk s rs r".split())
_A_QUANTITIES = frozenset(
    """dozen hundred thousand million billion trillion third quarter half fifth tenth year years
    decade century month week day hour minute mile kilometre kilometer generation score""".split()
)
#: Absolute/quantity words that almost/nearly/virtually/practically/roughly may approximate.
_ABSOLUTES = frozenset(
    """all every everyone everybody everything everywhere entirely completely totally wholly
    always never nothing nobody none no half twice double doubled tripled identical impossible
    unanimous unanimously universally universal exclusively invariably each any anyone anything
    whole full fully same equal equivalent similar comparable certainly certain alone
    overnight instantly immediately""".split()
)
_BROAD_APPROX = frozenset("nearly almost virtually practically roughly approximately".split())
#: Words after which "about" means "concerning".
_ABOUT_GOVERNORS = frozenset(
    """talk talked talking talks think thinking thought thinks know knew known knowing learn
    learned learnt hear heard care cared cares worry worried worries worrying concerned speak
    spoke spoken speaking write wrote written writing ask asked asking read story stories
    complain complained joke joked say said says tell told telling article articles book books
    film question questions information news data debate debates argue argued dream forget
    forgot mad upset angry happy excited nervous sure clear serious report reports reported bring
    brought come came set what how all something anything nothing everything much little more
    less decision decisions concern concerns fears doubts details lie lied lying wrong right
    curious""".split()
)
_DETERMINERS = frozenset(
    """this that the a an what every any some no one same these those which its his her their our
    my your each another other whatever""".split()
)
_OBJECT_WORDS = frozenset(
    """the a an this that these those his her their its our my your him them me us you it""".split()
)
_SUBJECT_PRONOUNS = frozenset("i we you he she it they there this that".split())
_BE = frozenset(
    """is 's are 're was were be been being am 'm seems seem seemed appears became become becomes
    remains remained feel felt""".split()
)
_NEGATORS = frozenset("not n't never hardly no nor cannot".split())
_NEG_FILLERS = frozenset(
    """entirely totally completely quite yet at all always immediately exactly fully so very
    altogether necessarily that really longer be been 100 %""".split()
)
_EVIDENCE_NOUNS = frozenset(
    """evidence data study studies research results result findings finding analysis analyses
    poll polls survey surveys figures numbers record records frequency pattern patterns signs sign
    tests test experiments experiment models model trend trends statistics evidence experience
    history this which""".split()
)


def _tokens_after(text: str, pos: int, end: int, n: int) -> list[str]:
    out = []
    for m in _TOK_RE.finditer(text, pos, end):
        out.append(m.group().lower().replace("’", "'"))
        if len(out) == n:
            break
    return out


def _tokens_before(text: str, start: int, pos: int, n: int, width: int = 80) -> list[str]:
    """The last ``n`` tokens of ``text[start:pos]`` (original case), nearest last."""
    lo = max(start, pos - width)
    toks = _TOK_RE.findall(text, lo, pos)
    if lo > start and toks:
        toks = toks[1:]  # possibly cut in half by the window
    return [t.replace("’", "'") for t in toks[-n:]]


def _is_number(tok: str) -> bool:
    if not tok:
        return False
    if tok[0].isdigit() or (tok[0] in "$£€" and len(tok) > 1):
        return True
    head = tok.split("-", 1)[0]
    return head in _NUMBER_WORDS


def _quantity_follows(nxt: list[str]) -> bool:
    """True when the next tokens start a number or quantity ("20", "half", "a dozen")."""
    if not nxt:
        return False
    if _is_number(nxt[0]):
        return True
    if nxt[0] in _CURRENCY_CODES and len(nxt) > 1 and _is_number(nxt[1]):
        return True  # "US$8000", "EUR 7000"
    return nxt[0] in ("a", "an") and len(nxt) > 1 and nxt[1].split("-", 1)[0] in _A_QUANTITIES


_FIRST_PERSON = frozenset({"I", "I'm", "I've", "I'd", "we", "We", "WE", "we're", "We're", "we've", "We've", "we'd", "We'd"})
#: Tokens allowed between a first-person subject and the verb ("I really do think").
_SUBJECT_FILLERS = frozenset(
    """do don't did didn't does really still also just honestly genuinely personally sincerely
    firmly strongly truly actually now always never would 'd can't cannot can could might may
    tend to have had 've 'm am are 're came come to certainly sometimes further all both
    frankly myself ourselves not n't""".split()
)


def _first_person_subject(prev: list[str]) -> bool:
    """True when the tokens before a verb end with a first-person subject plus fillers."""
    for tok in reversed(prev):
        if tok in _FIRST_PERSON:
            return True
        if tok.lower() not in _SUBJECT_FILLERS:
            return False
    return False


def _negated(prev: list[str]) -> bool:
    """True when the nearest tokens before a cue are a negator (allowing intensifiers between)."""
    for tok in reversed(prev):
        low = tok.lower()
        if low in _NEGATORS or low.endswith("n't"):
            return True
        if low not in _NEG_FILLERS:
            return False
    return False


# ============================================================================================
# Context rules. Each takes the match context and returns None (not a cue) or
# (kind, category, branch). ``kind``/``category`` default to the lexicon's.


class _Ctx:
    __slots__ = ("text", "start", "end", "ss", "se", "key", "entry", "_next", "_prev")

    def __init__(self, text, start, end, ss, se, key, entry):
        self.text, self.start, self.end, self.ss, self.se = text, start, end, ss, se
        self.key, self.entry = key, entry
        self._next = self._prev = None

    def next(self, n: int = 3) -> list[str]:
        """Up to 3 lower-cased tokens after the match, within the sentence."""
        if self._next is None:
            self._next = _tokens_after(self.text, self.end, self.se, 3)
        return self._next[:n]

    def prev(self, n: int = 4) -> list[str]:
        """Up to 6 tokens (original case) before the match, within the sentence."""
        if self._prev is None:
            self._prev = _tokens_before(self.text, self.ss, self.start, 6)
        return self._prev[-n:] if n < len(self._prev) else self._prev

    @property
    def surface(self) -> str:
        return self.text[self.start : self.end]

    def accept(self, branch: str = "default"):
        return (self.entry.kind, self.entry.category, branch)


def _prev_low(c: _Ctx, n: int = 4) -> list[str]:
    return [t.lower() for t in c.prev(n)]


def rule_always(c: _Ctx):
    """Every occurrence counts."""
    return c.accept("always")


def rule_block(c: _Ctx):
    """A blocker: matched whole so the cue inside it is not counted; never a cue itself."""
    return None


_QUOTING_VERBS = frozenset("read reads reading said says stated states wrote writes reported quoted".split())


def rule_phrase(c: _Ctx):
    """Multiword hedge; 'in part of the city' (a place) and the proportion 'partly X and
    partly Y' (two in one sentence) are not hedges."""
    if c.key == "in part" and c.next(1) == ["of"]:
        return None
    if c.key in ("partly", "in part") and c.text.lower().count(c.key, c.ss, c.se) >= 2:
        return None
    if c.key == "in part":
        prev = [p for p in _prev_low(c, 2) if p[0].isalpha()]
        if prev and prev[-1] in _QUOTING_VERBS:
            return None  # "the ruling read, in part: ..." quotes a portion
    return c.accept("phrase")


def rule_weasel_clause(c: _Ctx):
    """'critics say', 'people believed ...': a weasel when the verb introduces a claim; not a
    reduced relative ('36 people believed to be involved') or 'people thought about it'."""
    nxt = c.next(1)
    if nxt and nxt[0] in ("to", "about", "of", "in", "for", "by"):
        return None
    return c.accept("vague_source")


def rule_modal_may(c: _Ctx):
    """may: capitalised 'May' is the month or a name ('in May', 'May 2019', 'Theresa May',
    sentence-initial 'May I ...' wishes/permission); lower-case 'may' is epistemic."""
    s = c.surface
    if s[0] == "M" and s != "MAY":
        return None
    nxt = c.next(1)
    if nxt and nxt[0][0].isdigit():
        return None  # "may 2019" in lower-cased headings
    prev = _prev_low(c, 1)
    if prev and prev[-1] == "you" and not (nxt and nxt[0] in ("have", "be", "well", "not", "already")):
        return None  # "you may rejoice": permission; "you may have seen" stays epistemic
    if nxt and nxt[0] in _SUBJECT_PRONOUNS | {"we", "i", "you", "they", "he", "she", "it"}:
        return None  # inverted "in vain may we hope", "may it never happen": optative, no doubt
    if nxt and nxt[0] in _MAY_MANNER:
        return None  # "may readily be distinguished", "may safely say": possibility as ability
    if (nxt and (nxt[0] in _MAY_POWERS or c.next(2) == ["by", "law"])) or (
            prev and prev[-1] in _MAY_AUTHORITIES and not (nxt and nxt[0] in ("well", "be", "have", "also", "soon", "yet", "still"))):
        return None  # "Congress may allocate funds", "who may authorize": permission or a power (deontic)
    return c.accept("epistemic")


_MAY_MANNER = frozenset("readily easily freely safely fairly justly rightly".split())
#: deontic "may" (Palmer 2001; FIELD_NOTES 2): a body's power or a permission, not doubt
_MAY_POWERS = frozenset("""authorize authorise allocate appoint enact levy impose regulate establish grant
    institute ordain legislate veto convene adjourn""".split())
_MAY_AUTHORITIES = frozenset("congress legislature parliament senate court courts president governor".split())


_MIGHT_NOUN_BEFORE = frozenset(
    """military economic naval industrial financial full all with the its his her their our sheer
    american russian chinese soviet british german imperial air nuclear great whose""".split()
)


def rule_modal_might(c: _Ctx):
    """might: the noun after 'military/economic/the/its ...' or before 'of/is/makes'."""
    prev = _prev_low(c, 1)
    if prev and prev[-1] in _MIGHT_NOUN_BEFORE:
        return None
    nxt = c.next(1)
    if nxt and nxt[0] in ("of", "is", "was", "makes", "made"):
        return None
    return c.accept("epistemic")


_ABILITY_VERBS = frozenset(
    """see hear smell taste afford barely hardly scarcely only never swim read walk speak
    understand remember recall sense tell ever""".split()
)
_COMPARATIVE_AFTER_NOT = frozenset("clearer better happier prouder more worse less".split())


def rule_modal_could(c: _Ctx):
    """could: 'could not'/'couldn't' = ability, except 'couldn't be clearer/happier' = booster;
    'could see/afford/only' = ability; 'as best they could', 'so they could', 'could you?' = not."""
    nxt = c.next(3)
    negated = c.key in ("couldn't", "could not")
    if not negated and nxt and nxt[0] in ("not", "n't"):
        negated = True
        nxt = nxt[1:]
    if negated:
        if len(nxt) >= 2 and nxt[0] == "be" and nxt[1] in _COMPARATIVE_AFTER_NOT:
            return ("booster", "phrase", "couldnt_be_clearer")
        if len(nxt) >= 2 and nxt[0] == "agree" and nxt[1] == "more":
            return ("booster", "phrase", "couldnt_agree_more")
        return None
    if nxt and nxt[0] in _ABILITY_VERBS:
        return None
    if nxt and nxt[0] == "you" and c.text[c.se - 1 : c.se] == "?":
        return None  # a request: "Could you ...?"
    prev = _prev_low(c, 4)
    if prev and prev[-1] in ("how", "what", "who", "nothing", "none", "nobody", "no"):
        return None  # rhetorical "how could ...", "what could be better", "nothing could be more"
    if len(prev) >= 2 and prev[-2] in ("no", "nothing", "none"):
        return None  # "no alterations could be made": negated ability
    if "no" in prev and "way" in prev:
        return None  # "there's no way I could have ...": negated possibility
    if "as" in prev[:-1] and prev[-1] in _SUBJECT_PRONOUNS | {"they", "he", "she", "we", "i", "you"}:
        return None  # "as best/soon as they could"
    if len(prev) >= 2 and prev[-2] in ("so", "that") and prev[-1] in _SUBJECT_PRONOUNS:
        return None  # purpose: "so they could vote"
    if (len(prev) >= 2 and prev[-2] == "so") or (len(prev) >= 3 and prev[-3] == "so" and prev[-2] in ("the", "a", "an", "its", "their")):
        return None  # purpose: "so researchers could study", "so the team could test"
    if "if" in prev[-4:] or "what" in prev[-4:] or (len(prev) >= 2 and prev[-2] in ("whatever", "whoever", "wherever", "whenever")):
        return None  # a condition or a free relative: "if the people could also vote", "whatever you could design"
    if not nxt or not nxt[0][0].isalpha():
        return None  # elliptical "if they could."
    return c.accept("epistemic")


def rule_bare_would(c: _Ctx):
    """Bare 'would' is future-in-the-past or describes what a plan does: never counted here;
    speculative uses are multiword entries ('would seem', 'I would say')."""
    return None


_SHOULD_EXPECT = frozenset("ready available complete completed finished over arrive arrives reach open back".split())


def rule_deontic_should(c: _Ctx):
    """should/ought to: deontic by default (not a hedge); expectation 'should be ready by',
    'should arrive' is a hedge."""
    nxt = c.next(2)
    if nxt and nxt[0] == "be":
        nxt = nxt[1:]
    if nxt and nxt[0] in _SHOULD_EXPECT:
        return c.accept("expectation")
    return None


_YEAR_RE = re.compile(r"(1[5-9]|20)\d\d")


def rule_approximator(c: _Ctx):
    """Approximators count only before a number or quantity ('about 20', 'around half',
    'a nearly nine-year hiatus'). almost/nearly/virtually/practically/roughly also before
    absolute words ('almost entirely', 'nearly all'). 'about' after 'talk/think/...' = concerning."""
    nxt = c.next(3)
    key = c.key
    if key == "about":
        prev = _prev_low(c, 1)
        if prev and prev[-1] in _ABOUT_GOVERNORS:
            return None
    if key == "up to" and nxt and _YEAR_RE.fullmatch(nxt[0]):
        return None  # "up to 2019" = until
    if _quantity_follows(nxt):
        return c.accept("before_quantity")
    if key in _BROAD_APPROX and nxt:
        if nxt[0] in _ABSOLUTES or (nxt[0] == "the" and len(nxt) > 1 and nxt[1] in ("same", "whole", "entire")):
            return c.accept("before_absolute")
    return None


def rule_after_number(c: _Ctx):
    """'or so' counts after a number ('20 or so') or a unit of quantity ('a week or so')."""
    prev = _prev_low(c, 2)
    if prev and (_is_number(prev[-1]) or (len(prev) > 1 and _is_number(prev[-2]))):
        return c.accept("after_number")
    if prev and prev[-1].rstrip("s") in _A_QUANTITIES:
        return c.accept("after_quantity")  # "a week or so", "the last day or so"
    return None


_TO_NOT_VERB = _OBJECT_WORDS | frozenset("reporters people voters crowd audience".split())


def rule_to_complement(c: _Ctx):
    """tend to + verb; 'tend to the wounded' (care for) is not a hedge."""
    nxt = c.next(1)
    if nxt and nxt[0] in _TO_NOT_VERB:
        return None
    return c.accept("to_complement")


_APPEAR_ADJ = frozenset("likely unlikely certain set poised ready close willing unable able keen determined".split())


def rule_appear(c: _Ctx):
    """appear: hedge with a to-/that-complement, 'as if', an adjective of likelihood, or an
    'it/there' subject; 'appeared on stage/in court' = show up."""
    nxt = c.next(2)
    prev = _prev_low(c, 2)
    if prev and prev[-1] in ("it", "there"):
        return c.accept("it_appears")
    if not nxt:
        return None
    if nxt[0] == "to" and not (len(nxt) > 1 and nxt[1] in _TO_NOT_VERB):
        return c.accept("to_complement")
    if nxt[0] == "that" or nxt[0] in _APPEAR_ADJ:
        return c.accept("that_complement")
    if nxt[0] == "as" and len(nxt) > 1 and nxt[1] in ("if", "though"):
        return c.accept("as_if")
    return None


def rule_evidential_verb(c: _Ctx):
    """suggest/indicate: hedge in the evidential sense ('the data suggest', 'this indicates',
    'suggests that ...'); 'suggested a plan' (propose) and a person's 'suggested that' (a
    reporting verb, left to sourcing) are not counted."""
    nxt = c.next(1)
    prev = _prev_low(c, 4)
    if nxt and nxt[0] == "to":
        return None  # "suggested to him"
    if prev and prev[-1] in ("this", "which", "it", "that", "evidence"):
        return c.accept("evidential_subject")
    wide = _tokens_before(c.text, c.ss, c.start, 10, 120)
    if any(p.lower() in _EVIDENCE_NOUNS for p in wide):
        return c.accept("evidential_subject")
    if c.key.endswith("s") and nxt and nxt[0] == "that" and not _first_person_subject(c.prev(3)):
        return c.accept("suggests_that")
    return None


def rule_complement_shield(c: _Ctx):
    """assume/presume/consider/find: hedge only with a complement that carries a claim:
    'assume that', 'considered to be', 'consider it likely', first-person 'I find that';
    'assumed office', 'considered the bill', 'police found' are not."""
    nxt = c.next(2)
    prev = c.prev(3)
    first = _first_person_subject(prev)
    k = c.key
    if k in ("find", "found"):
        if first and nxt and nxt[0] == "that":
            return c.accept("first_person_that")
        return None
    if nxt and nxt[0] == "to" and len(nxt) > 1 and nxt[1] in ("be", "have"):
        return c.accept("to_complement")
    if k.startswith("consider"):
        n3 = c.next(3)
        if n3[:1] == ["it"] and any(w in ("likely", "unlikely", "possible", "probable", "doubtful") for w in n3[1:]):
            return c.accept("consider_it_likely")
        return None  # 'when we consider that ...' = take into account
    if nxt and nxt[0] == "that":
        return c.accept("that_complement")
    if first and nxt and nxt[0] in _SUBJECT_PRONOUNS | {"the", "most", "many"}:
        return c.accept("first_person_clause")
    return None


_COGNITION_NOT_NEXT = frozenset("about of in back through up over twice ahead aloud out for on highly".split())
_PRONOUN_OBJECTS = frozenset("him her them me us you".split())
_FEEL_OK_NEXT = frozenset("that like as".split())


def rule_first_person(c: _Ctx):
    """think/believe/feel/suppose/guess/suspect/doubt...: a hedge with a first-person subject
    ('I think', 'we believe', 'I don't think'); 'think about', 'believe in', 'supposed to' and
    third-person subjects (attributions) are not."""
    if not _first_person_subject(c.prev(4)):
        return None
    nxt = c.next(2)
    if nxt and nxt[0] in _COGNITION_NOT_NEXT:
        return None
    if nxt and nxt[0] in _PRONOUN_OBJECTS and c.key.startswith(("believ", "doubt", "feel", "felt")):
        return None  # "I believe you", "I doubt him": trust, not a hedge ("I think you ..." is one)
    if c.key in ("feel", "felt") and not (nxt and nxt[0] in _FEEL_OK_NEXT):
        return None
    if c.key in ("understand", "gather") and not (nxt and nxt[0] in ("that", "it", "there", "the", "he", "she", "they")):
        return None
    if c.key == "understand" and nxt and nxt[0] != "that":
        return None
    if nxt and nxt[0] == "to":
        return None  # "I supposed to", "I came to believe to"
    return c.accept("first_person")


def rule_first_person_booster(c: _Ctx):
    """'I'm sure/certain/confident/convinced' = booster unless followed by a question word."""
    nxt = c.next(1)
    if nxt and nxt[0] in ("whether", "if", "how", "why", "what"):
        return None
    return c.accept("first_person")


def rule_likely_possible(c: _Ctx):
    """likely/possible/perhaps...: hedge except 'as soon as possible', 'the best possible',
    'every possible', 'made it possible' and negated 'not possible', 'cannot possibly'."""
    k = c.key
    prev = _prev_low(c, 4)
    if k == "possible" and prev:
        p1 = prev[-1]
        if p1.endswith("est") or p1 in ("most", "least", "every", "all", "maximum", "minimum", "only", "any"):
            return None
        if any(p in ("most", "least") or (p.endswith("est") and len(p) > 4) for p in prev[-3:]) and p1 in ("way", "ways", "manner", "time"):
            return None  # "in the most effective way possible": a superlative frame
        if p1 == "as" and "as" in _prev_low(c, 6)[:-1]:
            return None  # "as quickly as possible", "as little bias as possible"
        if any(p in ("make", "makes", "made", "making") for p in prev):
            return None
        if _negated(c.prev(2)):
            return None
        if p1 in ("become", "becomes", "became", "becoming"):
            return None  # "if a mission ever became possible": feasibility, not doubt
    if k == "possible" and c.next(1) == ["to"] and "that" not in c.next(3):
        return None  # "it's possible to achieve results": what can be done, not what may be true
    if k == "possibly" and _negated(c.prev(2)):
        return None  # "cannot possibly"
    if k == "possibly" and "if" in prev and prev and prev[-1] in ("could", "can"):
        return None  # "if we could possibly avoid it": a condition, no doubt asserted
    if k == "likely" and c.next(1) == ["voters"]:
        return None
    return c.accept("epistemic")


def rule_participle_adjective(c: _Ctx):
    """alleged/suspected/purported as adjectives or passive with of/to ('the alleged crime',
    'was suspected of'); 'alleged that', 'police suspected the man' are attributions."""
    nxt = c.next(1)
    if not nxt or nxt[0] in _OBJECT_WORDS or nxt[0] in ("that", "by", "he", "she", "they", "we", "i") or not nxt[0][0].isalnum():
        return None
    prev = c.prev(1)
    if prev and (prev[-1].lower() in ("have", "has", "had", "'ve") or (prev[-1][0].isupper() and prev[-1].lower() not in _DETERMINERS)):
        return None  # "have alleged Iranian involvement", "Trump alleged Biden's plan": a verb
    return c.accept("adjective")


def rule_apparent(c: _Ctx):
    """apparent: attributive 'an apparent suicide' = hedge; 'it is apparent that' = booster."""
    prev = _prev_low(c, 2)
    if prev and (prev[-1] in _BE or prev[-1] in ("quite", "immediately", "now", "increasingly", "already")):
        return ("booster", "adjective", "predicative")
    return c.accept("attributive")


def rule_unknown_fact(c: _Ctx):
    """unknown about a fact ('remains unknown', 'unknown whether', 'is unknown'), not an
    attributive 'an unknown gunman'."""
    nxt = c.next(1)
    prev = _prev_low(c, 2)
    if nxt and nxt[0] in ("whether", "if", "how", "why", "what", "when", "who", "where"):
        return c.accept("unknown_whether")
    if prev and (prev[-1] in _BE or prev[-1] in ("still", "remain", "remains", "largely", "currently", "yet")):
        if not nxt or nxt[0] in (".", ",", ";", ":", "at", "as", "and", "but"):
            return c.accept("predicative")
    return None


def rule_not_known(c: _Ctx):
    """'not known', 'no one knows': a hedge about a fact; 'not known for his patience' is not."""
    nxt = c.next(1)
    if nxt and nxt[0] in ("for", "as", "to"):
        return None
    return c.accept("not_known")


def rule_dont_know(c: _Ctx):
    """'I don't know (if/whether/what ...)': a hedge; 'don't know him', 'don't know Helena' are not."""
    nxt = c.next(1)
    following = c.text[c.end:c.end + 40].split(None, 1)
    if nxt and (nxt[0] in ("him", "her", "them", "you", "me", "us", "how", "anyone", "anybody")
                or following and following[0][:1].isupper() and nxt[0] not in ("i", "i'm", "i’m", "i'd", "i’d", "i've", "i’ve", "i'll", "i’ll")):
        return None  # (also "I don't know Helena": acquaintance)
    return c.accept("dont_know")


#: adjectives between a determiner and "kind of"/"sort of" ("a different kind of", "the same sort of")
_KIND_ADJECTIVE_RE = re.compile(r"different|new|certain|particular|similar|special|right|wrong|whole|strange|odd|rare|"
                                r"unusual|familiar|common|specific|usual|curious|new-fangled")


def rule_kind_of(c: _Ctx):
    """kind of/sort of: hedge before an adjective, a verb or "a" ('kind of strange', 'sort of a
    lifelong thing'); after a determiner ('this kind of problem', 'what sort of', 'a different
    kind of force') it is the noun."""
    prev = _prev_low(c, 2)
    if prev and (prev[-1] in _DETERMINERS or (len(prev) == 2 and prev[0] in _DETERMINERS and _KIND_ADJECTIVE_RE.fullmatch(prev[1]))):
        return None  # (also "a different kind of force": determiner + adjective + noun; not "the idea sort of worked")
    nxt = c.next(1)
    if not nxt or nxt[0] in ("the", "thing", "things", "person", "people", "stuff", "guy") or not nxt[0][0].isalpha():
        return None
    return c.accept("adverbial")  # ("it's sort of a lifelong thing": the hedge before "a" too)


_MANNER_VERBS = frozenset(
    """see saw seen seeing speak spoke spoken speaking think explain explained written write
    marked labeled labelled defined visible hear heard heard communicate communicated state stated
    articulate articulated show shows showed displayed read remember""".split()
)


def rule_booster_adverb(c: _Ctx):
    """Booster adverbs; negated 'not necessarily/clearly' = hedge; manner 'spoke clearly' = not;
    'if indeed' = not."""
    prev = c.prev(3)
    if _negated(prev[-2:]):
        return ("hedge", "negated_booster", "negated")
    if c.key == "clearly" and prev and prev[-1].lower() in _MANNER_VERBS:
        return None
    if c.key == "necessarily":
        return None  # bare 'necessarily' ("necessarily involves") is not a stance marker here
    return c.accept("booster")


_DEGREE = frozenset(
    "absolutely very quite perfectly abundantly crystal completely entirely so fully increasingly now already all too".split()
)
_PREDICATIVE_NEXT = frozenset("that to of . , ; : ! whether who what why how about".split())


def rule_negatable_booster(c: _Ctx):
    """clear/sure/certain/confident/convinced/obvious/evident: predicative ('it is clear that',
    'I am sure') = booster; negated ('not clear', 'isn't sure') = hedge; attributive ('a clear
    message', 'a certain man', 'certain people') = not."""
    prev = c.prev(3)
    nxt = c.next(1)
    if _negated(prev):
        if len(prev) >= 2 and prev[-2].lower() in ("it", "this") and c.text[c.se - 1 : c.se] == "?":
            return c.accept("rhetorical_negation")  # "is it not evident that ...?"
        return ("hedge", "negated_booster", "negated")
    pl = [p.lower() for p in prev]
    if not pl:
        if c.key == "sure" and nxt and nxt[0] in (",", "!"):
            return None  # "Sure, ..." concession
        return None
    if pl[-1] in ("almost", "nearly", "fairly", "reasonably", "pretty"):
        return ("hedge", "approximator", "almost_certain") if c.key in ("certain", "sure") and pl[-1] in ("almost", "nearly") else None
    if pl[-1] in _BE or pl[-1] in _DEGREE:
        i = len(pl) - 1
        while i > 0 and pl[i] in _DEGREE:
            i -= 1
        if c.key == "clear" and pl[i] in ("be", "been") and i > 0:
            before = pl[i - 1]
            if before == "to" or (before in ("has", "have", "had", "'ve", "'s") and (i < 2 or pl[i - 2] not in ("it", "this", "that"))):
                return None  # "to be clear", "the President has been very clear" = communicative
        if not nxt or nxt[0] in _PREDICATIVE_NEXT:
            if c.key in ("sure", "convinced") and nxt and nxt[0] == "to" and pl[-1] in ("be", "been", "being"):
                return None  # "be sure to ...", "be convinced to act" (persuaded)
            return c.accept("predicative")
    if c.key == "clear" and nxt and nxt[0] == "that" and pl[-1] not in _DETERMINERS:
        return c.accept("clear_that")
    return None


_CLAUSE_WORDS = frozenset("that whether if how what who why when where which".split())


def rule_booster_phrase(c: _Ctx):
    """Booster phrases; 'if indeed' (conditional), 'a change of course' and 'no doubt' under
    negation ('not without doubt') are not boosters."""
    prev = _prev_low(c, 1)
    if c.key == "indeed" and prev and prev[-1] in ("if", "whether"):
        return None
    if c.key == "of course" and prev and prev[-1] in ("change", "changes", "changed", "changing", "off", "reverse", "reversed", "golf", "main", "first", "second", "due"):
        return None
    if c.key == "in reality" and prev and prev[-1] in ("grounded", "based", "rooted", "exist", "exists"):
        return None
    if c.key in ("for certain", "for sure"):
        nxt = c.next(1)
        if nxt and nxt[0][0].isalpha() and nxt[0] not in _CLAUSE_WORDS:
            return None  # "for certain defined purposes"
    return c.accept("booster")


_MUST_BE_EPISTEMIC = frozenset(
    """true right wrong aware obvious clear evident apparent mistaken something someone somewhere
    tempting frustrating""".split()
)
_IRREGULAR_PARTICIPLES = frozenset(
    """been known seen done gone taken given made thought felt heard told said had got gotten
    found left lost kept meant run come become begun written driven eaten fallen forgotten
    hidden spoken stolen understood""".split()
)


def rule_epistemic_must(c: _Ctx):
    """must: epistemic 'must have been/known', 'must be joking/true/a mistake' = booster;
    deontic 'must pay', 'must be changed' = not."""
    nxt = c.next(3)
    if not nxt:
        return None
    if nxt[0] == "have" and len(nxt) > 1:
        w = nxt[1]
        if w in _IRREGULAR_PARTICIPLES or w.endswith("ed") or w.endswith("en"):
            return c.accept("must_have_participle")
        return None
    if nxt[0] == "be" and len(nxt) > 1:
        w = nxt[1]
        if w in _MUST_BE_EPISTEMIC or (w.endswith("ing") and w not in ("bring", "nothing", "something")):
            return c.accept("must_be_state")
        if w == "the" and len(nxt) > 2 and nxt[2] == "case":
            return c.accept("must_be_the_case")
    return None


#: Context rules by name, as referenced in the lexicon's ``rule`` column.
_QUITE_ABSOLUTE = frozenset("right clear certain sure true wrong impossible different correct obvious clearly certainly".split())
_QUITE_SCALAR = frozenset(
    """good bad small large big high low difficult hard easy likely possible similar common rare strong weak
    useful important expensive cheap slow fast old new young long short few simple complex interesting
    unusual limited modest significant substantial close far popular successful""".split()
)


def rule_quite(c: _Ctx):
    """quite: a booster before an absolute ('quite right', 'quite clear', 'quite certain'); a hedge
    before a scalar adjective ('quite small', 'quite likely'); otherwise not a cue ('quite a few'
    is left to the approximators, 'not quite' to negation)."""
    nxt = c.next(1)
    if not nxt:
        return None
    if _negated(c.prev(2)):
        return None
    if nxt[0] in _QUITE_ABSOLUTE:
        return ("booster", "adverb", "quite_absolute")
    if nxt[0] in _QUITE_SCALAR:
        return ("hedge", "epistemic", "quite_scalar")
    return None


RULES: dict[str, Callable] = {
    "quite": rule_quite,
    "always": rule_always,
    "weasel_clause": rule_weasel_clause,
    "block": rule_block,
    "phrase": rule_phrase,
    "modal_may": rule_modal_may,
    "modal_might": rule_modal_might,
    "modal_could": rule_modal_could,
    "bare_would": rule_bare_would,
    "deontic_should": rule_deontic_should,
    "approximator": rule_approximator,
    "after_number": rule_after_number,
    "to_complement": rule_to_complement,
    "appear": rule_appear,
    "evidential_verb": rule_evidential_verb,
    "complement_shield": rule_complement_shield,
    "first_person": rule_first_person,
    "first_person_booster": rule_first_person_booster,
    "likely_possible": rule_likely_possible,
    "participle_adjective": rule_participle_adjective,
    "apparent": rule_apparent,
    "unknown_fact": rule_unknown_fact,
    "not_known": rule_not_known,
    "dont_know": rule_dont_know,
    "kind_of": rule_kind_of,
    "booster_adverb": rule_booster_adverb,
    "negatable_booster": rule_negatable_booster,
    "booster_phrase": rule_booster_phrase,
    "epistemic_must": rule_epistemic_must,
}


# ============================================================================================
# Lexicon loading and the compiled alternation


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


def load_lexicon(paths: Iterable[Path] = LEXICON_PATHS) -> dict[str, LexiconEntry]:
    """Read the lexicon CSV files into ``{normalised entry: LexiconEntry}``.

    Raises ``ValueError`` on an unknown kind or rule, or a duplicate entry: the lexicon is data,
    and data errors should fail loudly at import.
    """
    out: dict[str, LexiconEntry] = {}
    for path in paths:
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                e = LexiconEntry(**{k: (row.get(k) or "").strip() for k in LexiconEntry._fields})
                key = _norm(e.entry)
                if e.kind not in KINDS:
                    raise ValueError(f"{path.name}: unknown kind {e.kind!r} for {e.entry!r}")
                if e.rule not in RULES:
                    raise ValueError(f"{path.name}: unknown rule {e.rule!r} for {e.entry!r}")
                if key in out:
                    raise ValueError(f"{path.name}: duplicate entry {e.entry!r}")
                out[key] = e
    return out


def _piece(ch: str) -> str:
    """One lexicon character as regex: a space matches any white space, an apostrophe either kind."""
    if ch == " ":
        return r"\s+"
    if ch == "'":
        return "['’]"
    return re.escape(ch)


LEXICON: dict[str, LexiconEntry] = load_lexicon()
_CUE_PATTERN = r"(?<![\w\-‐])(?:" + trie_pattern(LEXICON, _piece) + r")(?![\w\-‐])(?!['’]\w)"
#: The compiled lexicon, matched against the lower-cased text (fast, case-sensitive engine) ...
_CUE_RE = re.compile(_CUE_PATTERN)
#: ... or, when lower-casing changes the text's length (rare Unicode), against the text itself.
_CUE_RE_I = re.compile(_CUE_PATTERN, re.IGNORECASE)


# ============================================================================================
# Public API


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("start", "end", "sentence") else "object") for c in COLUMNS})


def hedges(text: str, excluded: Iterable = (), *, seg=None, reported: Iterable | None = None) -> pd.DataFrame:
    """Hedges, boosters and weasel phrases in ``text``: one row per cue.

    Columns (:data:`COLUMNS`): ``start``, ``end`` (``str`` offsets, end exclusive), ``text``
    (the cue as written), ``entry`` (normalised lexicon entry), ``kind`` (``hedge`` |
    ``booster`` | ``weasel``), ``category`` (e.g. ``modal``, ``approximator``, ``shield``,
    ``negated_booster``, ``weasel``), ``voice`` (``author`` | ``quoted``), ``rule``
    (``rule_name:branch``) and ``sentence`` (index into ``seg.sentences``).

    ``excluded``: spans cleaning excluded (nothing inside them is reported). ``seg``: a
    :class:`~analysis.text.Segmentation` of the same text and excluded spans, reused when given.
    ``reported``: reported-speech regions (``(start, end)`` spans, e.g. from
    :func:`analysis.sourcing.reported_speech`); cues inside them are ``quoted`` like cues inside
    direct quotations.
    """
    rows = _hedge_rows(text, excluded, seg, reported)
    if not rows:
        return _empty()
    return pd.DataFrame.from_records(rows, columns=list(COLUMNS))


def hedge_columns(text: str, excluded: Iterable = (), *, seg=None, reported: Iterable | None = None) -> dict[str, list]:
    """:func:`hedges` as plain columns, ``{column: list}`` in :data:`COLUMNS` order: the same
    rows without building a DataFrame (the corpus pipeline calls this once per document).
    :func:`summarize` accepts it in place of the frame."""
    rows = _hedge_rows(text, excluded, seg, reported)
    return {c: [r[k] for r in rows] for k, c in enumerate(COLUMNS)}


def _hedge_rows(text: str, excluded: Iterable = (), seg=None, reported: Iterable | None = None) -> list[tuple]:
    """The rows of :func:`hedges` as tuples in :data:`COLUMNS` order."""
    if seg is None:
        from .text import segment

        seg = segment(text, excluded)
    sentences = seg.sentences
    if not sentences:
        return []
    quotes = seg.quote_index
    rep = RegionIndex(normalize_excluded(reported)) if reported else None
    sentence_at = seg.sentence_at
    lexicon = LEXICON
    rows = []
    pos = 0
    end_text = len(text)
    low = text.lower()
    if len(low) == end_text:
        search = _CUE_RE.search
    else:
        low, search = text, _CUE_RE_I.search
    get = lexicon.get
    while True:
        m = search(low, pos, end_text)
        if m is None:
            break
        start, end = m.span()
        pos = end
        i = sentence_at(start)
        if i < 0:
            continue
        sent = sentences[i]
        if end > sent.end:
            pos = start + 1
            continue
        key = m.group()
        entry = get(key)
        if entry is None:
            key = _norm(key)
            entry = lexicon[key]
        first = text[start]
        if first.isupper() and text[start + 1 : start + 2].islower() and not key.startswith(("i ", "i'")):
            # Capitalised after a lower-case word mid-sentence: a name or title ("and Indeed
            # to fund", "Theresa May", "the film Perhaps Love"), not a cue.
            prev = _tokens_before(text, sent.start, start, 1)
            if prev and prev[0].isalpha() and prev[0].islower():
                continue
        c = _Ctx(text, start, end, sent.start, sent.end, key, entry)
        res = RULES[entry.rule](c)
        if res is None:
            continue
        kind, category, branch = res
        voice = "quoted" if (quotes.contains(start) or (rep is not None and rep.contains(start))) else "author"
        rows.append((start, end, text[start:end], key, kind, category, voice, f"{entry.rule}:{branch}", i))
    return rows


#: Keys of :func:`summarize`'s result, with units.
SUMMARY_COLUMNS = {
    "hedges": "hedge cues, all voices (count)",
    "boosters": "booster cues, all voices (count)",
    "weasels": "weasel phrases, all voices (count)",
    "hedges_author": "hedge cues in the author's voice (count)",
    "boosters_author": "booster cues in the author's voice (count)",
    "hedges_quoted": "hedge cues inside quotations or reported speech (count)",
    "boosters_quoted": "booster cues inside quotations or reported speech (count)",
    "hedges_per_1000_words": "hedges per 1,000 words, all voices",
    "boosters_per_1000_words": "boosters per 1,000 words, all voices",
    "weasels_per_1000_words": "weasel phrases per 1,000 words",
    "hedges_author_per_1000_words": "author-voice hedges per 1,000 words (of all words)",
    "boosters_author_per_1000_words": "author-voice boosters per 1,000 words (of all words)",
    "booster_share": "boosters / (hedges + boosters), all voices; NaN when both are 0",
}


def summarize(hedges_frame: pd.DataFrame | dict, n_words: int) -> dict:
    """Per-document counts and densities from a :func:`hedges` frame or the columns of
    :func:`hedge_columns` (see :data:`SUMMARY_COLUMNS`).

    Densities are per 1,000 words of the whole document (``n_words``, e.g.
    ``seg.word_count``); they are NaN when ``n_words`` is 0.
    """
    from collections import Counter

    # plain lists: this runs once per document, where pandas' per-call overhead dominates
    kinds, voices = hedges_frame["kind"], hedges_frame["voice"]
    counts = Counter(zip(*(c.tolist() if hasattr(c, "tolist") else c for c in (kinds, voices))))
    n_ha, n_ba = counts[("hedge", "author")], counts[("booster", "author")]
    n_h, n_b = n_ha + counts[("hedge", "quoted")], n_ba + counts[("booster", "quoted")]
    n_w = counts[("weasel", "author")] + counts[("weasel", "quoted")]
    per = (lambda x: 1000.0 * x / n_words) if n_words else (lambda x: float("nan"))
    return {
        "hedges": n_h,
        "boosters": n_b,
        "weasels": n_w,
        "hedges_author": n_ha,
        "boosters_author": n_ba,
        "hedges_quoted": n_h - n_ha,
        "boosters_quoted": n_b - n_ba,
        "hedges_per_1000_words": per(n_h),
        "boosters_per_1000_words": per(n_b),
        "weasels_per_1000_words": per(n_w),
        "hedges_author_per_1000_words": per(n_ha),
        "boosters_author_per_1000_words": per(n_ba),
        "booster_share": n_b / (n_h + n_b) if (n_h + n_b) else float("nan"),
    }
