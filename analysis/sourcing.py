"""Sourcing: every attribution cue, its source, named vs anonymous, chains of mentions.

Definitions follow the project codebook (CODEBOOK v1.1, section A) and the field notes:

Attribution
    One cue occurrence by which the text presents content as coming from a source other than
    the author: reporting verbs in any tense ("said", "has told", "adding"), cognition verbs
    ascribed to a third party ("officials believe the ..."), prepositional cues ("according
    to X", "citing X", "in a statement"), impersonal cues ("it is believed", "were reported",
    "reportedly"). Not attributions: the author's or a quoted speaker's first person ("I
    think"), cues inside a closed quotation (the quotation is already attributed), adjectival
    participles ("the said property", "an estimated 100"), nouns ("the report"), infinitives
    of intent ("declined to comment", "plans to announce"), actions without content ("asked X
    to explain"), image credits.
Source
    The span naming who, found by scanning left of the cue over a noun phrase (or right when
    inverted: "..., said the minister"; "according to X"). ``source_form`` is one of
    ``named_person``, ``named_organisation``, ``unnamed_individual``, ``unnamed_group``,
    ``vague``, ``impersonal``, ``document`` (report, statement, study, poll, other outlet),
    ``pronoun`` (typed by its antecedent), ``description`` (a definite singular role noun right
    after a named person's attribution, which refers back to that person: "..., said study
    co-author Karen Alley. The Wooster professor added"), ``other`` (a definite description that is not in the
    lexicon, e.g. "the attacker": treated as identified) or ``unknown`` (no source span found;
    counted as named).
Anonymous
    Per the codebook: a person or group whose identity is not given and that does not pick out
    one person or organisation ("officials", "a spokesperson", "critics", "some", "witnesses");
    impersonal cues (null source); pronouns referring to such a source. "Police", "the
    ministry", "state media", "the court", "the French president" are named.
Chains (``source_id``)
    "S1", "S2", ... per document in order of first mention. Named sources: same surname or
    organisation name = same source. Anonymous: a definite description ("the source", "the
    official") or a pronoun corefers with the most recent compatible anonymous mention.
    Pronouns take the nearest earlier source of their kind (person, group, thing) within six
    sentences, except: "he"/"she" pass over a source whose head noun or title names the other
    gender ("a spokeswoman", "Mr Brown"); a later sentence's pronoun passes over a teller nested
    in the reported clause of an anonymous source described by its knowledge ("A source close
    to the negotiations said Hamas has told ... He explained": the source); a sentence-opening
    "they" prefers the plural group of people opening the previous sentence ("Environmental
    groups are angry. They say"). No other coreference model: source ids of pronouns are
    the least certain column.
Specificity (anonymous sources only, 0-4)
    0 bare generic ("a source", "people"); 1 a role noun ("an official"); +1 a rank or sector
    modifier ("a senior official", "a government official"); +1 a named institution ("a State
    Department official", "an official at the ministry"); +1 a knowledge basis ("familiar
    with the talks"); capped at 4.

All offsets are Python ``str`` indices into ``text`` (end exclusive).
"""
from __future__ import annotations

import bisect
import math
from itertools import islice
import re
import threading
from typing import Iterable

import pandas as pd

from .sourcing_lexicon import (
    ADVERB_CUES,
    CUE_RE,
    JUSTIFICATIONS,
    KNOWLEDGE_RE,
    NOUNS,
    NUMBERS,
    OUTLET_WORDS,
    OUTLETS,
    PHRASES,
    VERBS,
    whole_phrase_cues,
    WORDS,
)
from .spans import Span
from .text import WORD_RE, Segmentation, segment

__all__ = ["attributions", "reported_speech", "summarize", "ATTRIBUTION_COLUMNS", "SUMMARY_COLUMNS"]

#: Columns of the frame returned by :func:`attributions` (one row per attribution).
ATTRIBUTION_COLUMNS = (
    "cue", "cue_start", "cue_end", "source", "source_start", "source_end", "anonymous",
    "source_form", "resolved_form", "quote", "source_id", "specificity", "knowledge_basis", "number",
    "justification", "justification_type", "sentence", "rule", "content_start", "content_end",
)

def _familiar_words() -> frozenset:
    from .sourcing_lexicon import LEXICON_DIR

    path = LEXICON_DIR / "dale_chall_3000.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


#: Common English words (Dale-Chall list): a capitalised sentence-initial word in this list is
#: not taken for a name ("Different answers ...").
_FAMILIAR = _familiar_words()

_TOKEN_RE = re.compile(WORD_RE.pattern + r"|[^\w\s]")
_m_start, _m_end, _m_group = re.Match.start, re.Match.end, re.Match.group

_AUX = WORDS["aux"] | WORDS["negation"] | WORDS["adverb"]
_BE = WORDS["be"]
_FIRST = WORDS["first_person"]
_PRON_PERSON = WORDS["pronoun_person"]
_PRON_GROUP = WORDS["pronoun_group"]
_IT_IS = frozenset(("it's", "it’s"))  # the contracted impersonal subject ("it's said that", "it's projected to")
#: adverbs that open a sentence ("Recently, ..."), never a name
_SENTENCE_ADVERBS = WORDS["sentence_adverb"]
#: definite singular descriptions that refer back to a recent named person ("the teenager")
_DESCRIPTIVE_PERSON = WORDS["descriptive_person"]
_PRON_THING = WORDS["pronoun_thing"]
_PRONOUNS = _PRON_PERSON | _PRON_GROUP | _PRON_THING
_BOUNDARY = WORDS["boundary"]
_DET = WORDS["determiner"]
_INDEF = WORDS["indefinite"]
_PREP = WORDS["preposition"]
_POSTMOD = WORDS["postmodifier"]
_RANK = WORDS["rank"]
_SECTOR = WORDS["sector"]
_TIME = WORDS["time"]
_THIRD_PERSON = frozenset(("he", "she", "they", "them", "him", "her", "it"))
_NAMING = frozenset(("call", "name", "dub"))
#: "was quick to point out that", "was careful to stress that": the infinitive is a statement made
_STATEMENT_ADJECTIVES = WORDS["statement_adjective"]
_QUANTIFIERS = frozenset("some many few several any no more most".split())
_MEDIA = frozenset("photo photos picture pictures image images video videos selfie selfies clip clips".split())
_MEDIA_NAMED = WORDS["media_named"]
_NOT_SOURCE = WORDS["not_source"]
_QUOTE_CHARS = frozenset("\"“”‘’'«»")
#: what "pointing to" means as a gesture, not as evidence cited ("Pointing to his sizable frame, he laughed")
_GESTURE_NOUNS = frozenset(("frame", "chest", "head", "face", "eyes", "eye", "arm", "arms", "hand", "hands", "body", "belly",
                            "stomach", "door", "window", "wall", "sky", "ceiling", "floor", "screen", "map", "sign"))
#: where something was said ('"...," wrote Zuckerberg in the post'): a name ends before "in the post"
_MEDIUM_NOUNS = frozenset(("post", "posts", "statement", "letter", "interview", "tweet", "blog", "video", "speech", "message",
                           "email", "note", "column", "article", "op-ed", "podcast", "broadcast"))
#: what one telephones ("call the helpline"): a call, not a label
_CALLED_SERVICES = frozenset(("charity", "helpline", "hotline", "police", "ambulance", "switchboard", "paramedics", "firefighters"))
#: works a person writes ("wrote a novel"): authorship, not a report
_WRITTEN_WORKS = frozenset(("book", "books", "novel", "novels", "biography", "memoir", "play", "poem", "song", "songs",
                            "screenplay", "history", "textbook", "thesis", "dissertation", "column", "blog", "script",
                            "music", "lyrics", "poetry", "poems", "plays", "scripts", "fiction", "novellas", "album",
                            "headline", "headlines", "article", "articles"))
#: conjunctions that end a clause right after a verb ("were considered because of ...": no content)
_CONJUNCTIONS = frozenset(("because", "since", "when", "while", "and", "but", "or", "if", "after", "before", "until", "although", "though"))
_CLOSE_QUOTES = frozenset("\"”’'»")
_WH = frozenset("that whether if how why what when where who whom which".split())
_QUESTION_AUX = frozenset("do does did is are was were will would can could should has have had".split())
_SUBJ_PRON = frozenset("he she they it there we i you".split())
_MODALS = frozenset("will would could can may might should is was are were has had have must".split())
_MODAL_ONLY = frozenset("""may might could would can should must will shall need cannot can't can’t couldn't couldn’t
    wouldn't wouldn’t shouldn't shouldn’t won't won’t""".split())
_CORE_SPEECH = frozenset("""say tell add explain claim deny confirm announce argue insist warn report write describe recall
    testify admit acknowledge state note remark reply respond answer ask urge accuse allege complain tweet post""".split())
_ATTITUDE = frozenset("""concern concerns hope hopes regret support doubt doubts frustration disappointment confidence optimism
    sympathy condolences gratitude surprise anger interest opposition skepticism scepticism fear fears worry worries outrage
    sadness shock dismay reservations displeasure satisfaction appreciation thanks solidarity willingness desire belief view
    views opinion condemnation alarm preference preferences relief""".split())
_PARTITIVE = WORDS["partitive"]
_RUMOURS = WORDS["rumour"]
#: figures that "put ... at" estimates: "Officials put the death toll at 30"
_PUT_FIGURES = frozenset("toll number figure figures cost costs total damage losses loss bill count tally".split())
#: approximators before a quantity ("About 40 percent of Americans", "at almost 1,200")
_APPROXIMATORS = frozenset("about around nearly roughly approximately almost over some".split())


#: words before the figure an "expect" forecasts ("expects about 6 million", "as many as 200", "at least 10")
_FIGURE_LEAD = _APPROXIMATORS | {"up", "to", "as", "many", "much", "than", "at", "least"}
#: participles of belief or report that open a reduced passive before "to" ("36 people believed to have been
#: involved", "Thought to be the oldest ...")
_REDUCED_PASSIVES = frozenset(("believed", "thought", "said", "reported", "alleged", "suspected", "understood", "expected",
                               "rumoured", "rumored"))
#: the verbs of a bare clause after "found" ("the Council found it was ..."): one list for the prefilter and the rule
_FOUND_CLAUSE_VERBS = ("was", "were", "is", "are", "had", "has", "would", "could", "can", "will")
#: adverbs between "make (it)" and "clear" ("made very clear", "made it abundantly clear"): one list for the prefilter and the rule
_CLEAR_ADVERBS = ("very", "abundantly", "perfectly", "crystal", "quite", "absolutely", "entirely")


def _needs_after() -> dict:
    """Cue forms that _decide accepts after a plain subject word only with a given continuation,
    as regexes matched right after the cue (a cheap necessary condition, checked before a
    sentence is tokenised; a cue after "]", a quotation mark or a comma is always examined):
    "know" only before a wh-word or "that" (_complement_ok; "known" has its passive use), "put"
    only in "as X put it" and "put the (death) toll at", "share", "accept", "recommend", "hold" and "reflect" only before
    "that", "find" before "that", a clause ("found it was") or "X to be" ("found Britain to be"), "question" only
    before "whether"/"if", "view"/"perceive" only before "of" ("In the view of") or a comma ("In her view,") or with an "as" to follow, "seen"
    only right before "as", "credit" only with "to"/"with", "point"
    only in "point out" and "point to" before a noun phrase ("pointed to the fact that", "Others
    point to a recent court ruling"; _decide keeps the latter only for a person or group),
    "speak" only before a quotation after a colon or comma, "reason" only as a parenthetical
    ("..., they reasoned, ...")."""
    table = {}
    for forms, pattern in (
        ("know knows knew knowing", r"\s+(?:that|whether|if|why|what|when|where|who|which)\b"),
        ("put puts", r"\s+(?:it|(?:the|its|their|his|her)\s+(?:\w+\s+){0,2}(?:" + "|".join(sorted(_PUT_FIGURES)) + r"))\b"),
        ("make makes made making", r"\s+(?:(?:it\s+)?(?:(?:" + "|".join(_CLEAR_ADVERBS) + r")\s+)?clear"
                                   r"|the\s+(?:case|point|argument)\s+that)\b"),
        ("share shares shared sharing", r"\s+that\b"),
        ("speak speaks spoke speaking", r"[^.!?\n]{0,120}[:,]\s*[\"“‘']"),
        ("find finds found finding", r"\s+(?:that|(?:it|there|they)\s+(?:" + "|".join(_FOUND_CLAUSE_VERBS) + r")\b|(?:\S+\s+){1,4}to\s+be\b"
                                     r"|[\"“‘'])"),
        ("accept accepts accepted accepting recommend recommends recommended recommending", r"\s+that\b"),
        ("show shows showed shown showing", r"\s+(?:that|the|a|an|this|these|those|its|their|his|her)\b"),
        ("reason reasons reasoned", r"\s*[,.;!?]"),
        ("reflect reflects reflected", r"\s+that\b"),
        ("question questions", r"\s+(?:whether|if)\b"),
        ("view", r"\s+of\b|,|[^.!?\n]{0,80}?\bas\b"),  # ("In the view of ...", "In her view, ...")
        ("views viewed perceive perceives perceived", r"\s+of\b|[^.!?\n]{0,80}?\bas\b"),
        ("seen", r"\s+as\b"),
        ("credit credits credited", r"[^.!?\n]{0,100}?\b(?:to|with)\b"),
        ("point points pointed pointing", r"\s+(?:out|to\s+(?:the|a|an|this|these|those|their|his|her|its|recent|new|research|studies|evidence|data)\b)"),
        ("hold holds held holding", r"\s+that\b"),
        ("hear hears heard learn learns learned learnt", r"\s+(?:[a-z]+ly\s+|again\s+|also\s+)?from\b"),
        ("per Per", r"\s+(?!cent\b|capita\b|annum\b|se\b)[A-Za-z]"),
    ):
        regex = re.compile(pattern, re.IGNORECASE)
        for f in forms.split():
            table[f] = regex
    return table


_NEEDS_AFTER = _needs_after()
_FIND_SHOW_FORMS = frozenset("find finds found show shows showed".split())
#: "heard/learned from <people> that": a first-person subject still passes on a third party's content
_HEARD_FROM_FORMS = frozenset("hear hears heard learn learns learned learnt".split())
#: a finder word ("study", "researchers" ...) just before "found"/"show" (see _finder_before)
_FINDER_BEFORE_RE = re.compile(r"\b(?:" + "|".join(sorted(WORDS["finder"])) + r")(?:\s+(?:also|have|has|had|now|recently))?\s+$",
                               re.IGNORECASE)
#: cue forms that are also nouns ("N"), not -ing forms: after a determiner or a preposition they are
#: the noun, which _decide rejects; checked before a sentence is tokenised
_NOUN_HOMOGRAPHS = frozenset(f for base, v in VERBS.items() if "N" in v.flags and not base.endswith("ing")
                             for f in (base, base[:1].upper() + base[1:]))
_DET_NOT_NOUN = _DET - frozenset(NOUNS)
_PREP_NOT_TO = _PREP - {"to", "by"}  # ("continued to call for", "By reports, ...": other rules)
_WORD_BEFORE_RE = re.compile(r"(?<![\w'’.-])([A-Za-z]+) $")
#: a bracket, a quotation mark or a comma (an apostrophe inside a word, "it’s", is none of them)
_BRACKET_OR_QUOTE_RE = re.compile(r"[\]\"”,]|(?<![^\W\d_])['’]|['’](?![^\W\d_])")
#: a first- or second-person subject right before a cue, perhaps with a contracted or modal
#: auxiliary and an adverb: "I think", "we know", "I would say", "I’ll just say", "let me say"
_FIRST_PERSON_BEFORE = re.compile(
    r"(?:(?<![\w'’])(?:[Ii]|[Ww]e|[Yy]ou)(?:['’](?:d|ll|ve))?|(?<![\w'’])[Ll]et me)"
    r"(?: (?:would|will|should|can|could|might|may|must|just|also|simply|first|again|only|wouldn’t|won’t|can’t|do|don’t|did|"
    r"didn’t|have|had|never|long|always|already|previously|often|all|certainly|now|probably)){0,3} $")
_REFUSED = WORDS["refused_object"]
_CALLED_EVENT = WORDS["called_event"]
_FIGURE_PERSON = WORDS["figure_person"]  # "senior figures in the party": people, not statistics
_SHOW_KINDS = WORDS["show_kind"]  # "TV shows", "talk show": the noun
_CONCEDED = WORDS["conceded_object"]  # "conceded a penalty": a sporting loss
_ASSERTED = WORDS["asserted_object"]  # "asserted its authority": exercising a right
_ADMITTED_TO = frozenset(("hospital", "university", "college", "school", "bar", "academy", "club", "programme", "program",
                          "course", "ward", "clinic", "unit", "society", "order", "priesthood", "membership", "office"))
_DISMISSED_CONTENT = frozenset(("notion", "idea", "suggestion", "suggestions", "claim", "claims", "allegation", "allegations",
                                "report", "reports", "speculation", "fears", "concerns", "criticism", "argument", "view"))
#: co-workers after "and" that keep a named author's phrase whole ("the report by X and colleagues")
_CO_WORKERS = frozenset(("colleagues", "co-authors", "coauthors", "co-workers", "team", "others"))
_TEAMS = WORDS["team"]
_GROUP_PLURAL_RE = re.compile(r"[A-Z][a-z]+(?:ists|ians)$|(?:Democrats|Republicans|Conservatives|Liberals|Tories|Socialists|MPs|MEPs|CEOs)$")
#: capitalised plurals of nationality, faith or political camp: unnamed groups ("Many Americans")
_GROUP_PLURALS = WORDS["group_plural"]
#: lower-case plurals of people by trade or creed that the noun lexicon lacks ("conservationists")
_PERSON_PLURAL_RE = re.compile(r"[a-z]{4,}(?:ists|ians)")
#: one person by trade after "a"/"an" when the noun is not in the lexicon: "a stallholder", "a tobacconist"
_PERSON_SINGULAR_RE = re.compile(r"[a-z]{3,}(?:ist|ian|keeper|holder|goer|maker|owner|worker|seller|dealer|trader|grower)")
#: nouns of unattributed report in "X has it that": a vague source
_HEARSAY_NOUNS = WORDS["hearsay_noun"]
#: party names before "MP", "senator" ...: "a Tory MP", "a Labour MP", "a GOP senator"
_PARTY_WORDS = WORDS["party_word"]
#: one member of a party or a chamber ("a Republican", "one senior Conservative MP")
_PARTY_MEMBER_RE = re.compile(r"(?:Democrat|Republican|Conservative|Liberal|Tory|Socialist|MP|MEP|Senator|Congressman|Congresswoman)$")
#: quantifiers that head a subject with a prepositional phrase ("Many in the industry fear ...")
_QUANTIFIER_SUBJECTS = (_QUANTIFIERS - {"any", "no", "more"}) | {"those", "others", "all"}
#: modifiers that leave a capitalised profession or party plural unnamed ("Other Republicans", "senior Democrats")
_GROUP_MODIFIERS = frozenset("""other others fellow senior leading prominent moderate conservative liberal progressive top former
    several both all well-placed veteran""".split())
_HYPOTHETICAL = WORDS["hypothetical_modal"]
_CONFIRMED_ACTS = WORDS["confirmed_act"]
_POSSESSIVE = frozenset("my our his her their your its".split())
_CLAIM_TAKEN = WORDS["claim_taken"]
_COURT = WORDS["court"]
#: guarded verbs that report content only in a complement clause of their own ("found that ...")
_THAT_ONLY_G = WORDS["that_only_lemma"] | frozenset(v.lemma for v in VERBS.values() if "T" in v.flags)
_ING_PARTICIPLE_PREP = frozenset("by after before upon on in while without when despite".split())

_ADJ_PARTICIPLE_FORMS = frozenset(
    f for f, v in VERBS.items() if f.endswith("ed") or f in ("said", "known", "thought", "written")
)


# --------------------------------------------------------------------------------------------
# Tokens of one sentence


class _Sent:
    """Tokens (words and punctuation marks) of one sentence, with cheap per-token views."""

    __slots__ = ("start", "end", "ts", "te", "tt", "tl", "index", "n")

    def __init__(self, text: str, start: int, end: int):
        self.start, self.end = start, end
        ms = list(_TOKEN_RE.finditer(text, start, end))
        self.ts = list(map(_m_start, ms))
        self.te = list(map(_m_end, ms))
        self.tt = list(map(_m_group, ms))
        self.tl = list(map(str.lower, self.tt))
        if "WHO" in self.tt or "US" in self.tt:
            # the World Health Organization and the United States keep their case: not "who", not "us"
            self.tl = [t if t == "WHO" or t == "US" else low for t, low in zip(self.tt, self.tl)]
        self.index = dict(zip(self.ts, range(len(ms))))
        self.n = len(ms)

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and (self.tt[i][0].isalnum())

    def cap(self, i: int) -> bool:
        """A capitalised token: "Smith", "3M", "el-Haite", "comScore", "eBay" (an upper-case letter
        after a digit or a lower-case start counts; ``tl`` holds the lower-cased token)."""
        t = self.tt[i]
        if t[0].isupper():
            return True
        if self.tl[i] == t:
            return False  # no upper-case letter at all (the common case, decided without a scan)
        return t[0].isdigit() or (t[:3] in ("el-", "al-") and len(t) > 3 and t[3].isupper()) or t.isalpha()


# --------------------------------------------------------------------------------------------
# Source noun phrases


class _Source:
    __slots__ = ("start", "end", "text", "form", "anonymous", "key", "head", "number",
                 "specificity", "kb", "kind", "definite", "pronoun", "resolved")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))


def _bare_plural(sent: _Sent, k: int) -> bool:
    """Is token ``k`` a lower-case plural noun ("fishermen", "farmers"), not a verb or pronoun?"""
    w = sent.tl[k]
    return sent.is_word(k) and not sent.cap(k) and len(w) > 3 and (w.endswith("men") or w.endswith("s") and not w.endswith(("ss", "us", "is"))) \
        and w not in VERBS and w not in _PRONOUNS and w not in _AUX and w not in _BE and w not in _DET and w not in _PREP \
        and w not in _NOT_BARE_PLURALS


def _vague(sent: _Sent, text: str, a: int, last: int, key: str, head: str | None = None, kind: str = "group") -> _Source:
    """An anonymous, unspecific source spanning tokens ``a`` to ``last`` (inclusive): "those
    present", "Those around him", "according to estimates", "Rumour (has it)"."""
    start, end = sent.ts[a], sent.te[last]
    return _Source(start=start, end=end, text=text[start:end], head=sent.tl[a] if head is None else head, number=None,
                   specificity=0, kb=None, kind=kind, definite=False, pronoun=False, resolved=False, form="vague",
                   anonymous=True, key=key)


def _strip_leading(sent: _Sent, a: int, b: int) -> int:
    """Drop leading prepositional time phrases and conjunctions: "On Friday Ford ..." -> "Ford"."""
    tl = sent.tl
    while a < b - 1:
        w = tl[a]
        if w in _PREP and a + 1 < b and (tl[a + 1] in _TIME or tl[a + 1] in _DET and a + 2 < b and tl[a + 2] in _TIME):
            a += 2 if tl[a + 1] in _TIME else 3
            while a < b - 1 and tl[a] in _TIME:
                a += 1
        elif w in _TIME or w in ("and", "but", "so", "then", "also", "meanwhile", "here", "there"):
            a += 1
        else:
            break
    return a


#: outlet-name words that are also common in people's names ("Al Gore", "Adam Fox", "Denzel
#: Washington", "Michael Wall"): they mark an outlet only with another outlet word ("Fox News",
#: "Wall Street Journal") or as the last word of a longer name ("Hindustan Times")
_SHARED_OUTLET_WORDS = frozenset("al fox new york washington wall street post journal times press news".split())
_OUTLET_LAST_WORDS = frozenset("news times post journal press".split())


def _outlet_words(chunk: list[str]) -> bool:
    words = [c.lower() for c in chunk]
    hits = [w for w in words if w in OUTLET_WORDS]
    if any(w not in _SHARED_OUTLET_WORDS for w in hits) or len(hits) >= 2:
        return True
    return len(words) >= 2 and words[-1] in _OUTLET_LAST_WORDS


def _led_by_name(sent: _Sent, a: int, b: int) -> bool:
    """Do tokens ``[a, b)`` hold "led by" / "headed by" followed by a capitalised name?"""
    tl = sent.tl
    return any(tl[k] in ("led", "headed") and tl[k + 1] == "by" and k + 2 < b and sent.cap(k + 2)
               and tl[k + 2] not in _DET for k in range(a, b - 2))


_LOWER_COMMA = frozenset("abcdefghijklmnopqrstuvwxyz,;")


_WORD_CASES = threading.local()  # the document whose word sets are held (one per thread)
_LOWER_WORD_RE = re.compile(r"(?<![^\W_])[a-z]+(?![^\W_])")
_MID_CAPITAL_RE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]*(?![^\W_])")  # (a lookbehind: "said David Hall." finds both)


def _common_word_at_start(sent: "_Sent", text: str, k: int) -> bool:
    """Is token ``k`` a common word capitalised only because it opens the sentence: it occurs in
    lower case elsewhere in the document and never capitalised mid-sentence ("Surfers fear
    that ..." beside "the surfers"; "Environmental and conservation groups")? The document's
    lower-case words and mid-sentence capitalised words are collected once (two regex passes),
    so a long text stays linear."""
    if k != 0 or not sent.tt[k][:1].isupper() or sent.tt[k].isupper() or not sent.tl[k].isalpha():
        return False
    return sent.tl[k] in _word_cases(text).lower and not _capitalised_mid_sentence(text, sent.tt[k])


def _word_cases(text: str):
    """The document's lower-case words and the capitalised words it has mid-sentence, collected
    once per document (and thread)."""
    if getattr(_WORD_CASES, "text", None) is not text:
        _WORD_CASES.text = text
        _WORD_CASES.lower = set(_LOWER_WORD_RE.findall(text))
        _WORD_CASES.mid = set(_MID_CAPITAL_RE.findall(text))
    return _WORD_CASES


def _capitalised_mid_sentence(text: str, word: str) -> bool:
    """Does ``word`` (a capitalised word) occur after a lower-case letter, comma or semicolon and a
    space, as a whole word (``[a-z,;] Word``)? Looked up in the document's word sets for a plain
    word; a literal scan for any other ("McDonald", "Émile")."""
    if word[1:].isalpha() and word[1:].islower() and word[:1].isascii() and word[1:].isascii():
        return word in _word_cases(text).mid
    pos = text.find(" " + word)
    n = len(word) + 1
    while pos != -1:
        after = pos + n
        if pos > 0 and text[pos - 1] in _LOWER_COMMA and (after >= len(text) or not (text[after].isalnum() or text[after] == "_")):
            return True
        pos = text.find(" " + word, pos + 1)
    return False


def _named_owner(sent: _Sent, text: str, a: int, b: int) -> bool:
    """Is tokens [a, b) a named body or person, or an identified document, that owns the documents
    before it ("reports from the ministry of internal affairs", "figures released by the Harbour
    Trust", "projections by CNN")?"""
    owner = _describe(sent, text, a, b)
    return owner is not None and owner.form in ("named_organisation", "named_person", "document")


#: words after "as" that make it a conjunction or comparison, not a complement ("as soon as", "as many as")
_AS_NOT_COMPLEMENT = frozenset(("soon", "well", "long", "many", "much", "far", "early", "late", "recently", "of", "if", "though"))


def _as_complement(sent: _Sent, i: int) -> bool:
    """Is the "as" within two tokens after the cue at ``i`` a complement ("seen as an indication",
    "criticized as too narrow"), not a conjunction or comparison ("as soon as", "as she walked
    home", "as many as 200")?"""
    tl = sent.tl
    k = next((m for m in range(i + 1, min(sent.n, i + 3)) if tl[m] == "as"), None)
    return k is not None and k + 1 < sent.n and sent.is_word(k + 1) and tl[k + 1] not in _SUBJ_PRON \
        and tl[k + 1] not in _AS_NOT_COMPLEMENT


def _described_as(sent: _Sent, k: int) -> bool:
    """Is token ``k`` a participle "described as"/"identified as" modifying the person noun before
    it ("A source described as close to the family")?"""
    tl = sent.tl
    return tl[k] in ("described", "identified") and 0 < k and k + 1 < sent.n and tl[k + 1] == "as" \
        and NOUNS.get(tl[k - 1], ("",))[0] in _PARTICIPLE_HEADS


def _person_figures(sent: _Sent, a: int, k: int) -> bool:
    """Are the "figures" at token ``k`` people ("senior figures in the party", "leading Labour
    figures"), by a modifier between ``a`` and ``k``, not statistics ("official figures")?"""
    return any(sent.tl[m] in _FIGURE_PERSON for m in range(a, k))


_ORDINALS = frozenset(("second", "third", "fourth", "fifth", "sixth", "seventh"))
_FRACTIONS = frozenset(("half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"))
_SHARE_LEAD = _APPROXIMATORS | {"more", "less", "fewer", "than", "just"}


def _proportion(sent: _Sent, a: int, b: int) -> bool:
    """Is tokens [a, b) a bare share of people: "eight in ten", "one in five", "two thirds",
    "three quarters", "one in three adults", optionally after "more than", "almost", "nearly" ...?"""
    tl = sent.tl
    while a < b and tl[a] in _SHARE_LEAD:
        a += 1
    number = lambda t: t[:1].isdigit() or t in NUMBERS
    if b - a == 3 and number(tl[a]) and tl[a + 1] == "in" and number(tl[a + 2]):
        return True
    if b - a >= 4 and number(tl[a]) and tl[a + 1] == "in" and number(tl[a + 2]) \
            and NOUNS.get(tl[b - 1], ("", ""))[0] in _PEOPLE_CATEGORIES and NOUNS[tl[b - 1]][1] == "pl":
        return True  # "one in three adults said", "nearly one in five voters say"
    return b - a == 2 and number(tl[a]) and tl[a + 1] in _FRACTIONS and tl[a] not in ("a", "an")


def _describe(sent: _Sent, text: str, a: int, b: int) -> _Source | None:
    """Classify the source noun phrase made of tokens ``[a, b)``."""
    tl, tt = sent.tl, sent.tt
    a = _strip_leading(sent, a, b)
    while b > a and not sent.is_word(b - 1) and tt[b - 1] not in (")",):
        b -= 1
    while a < b and not sent.is_word(a):
        a += 1
    if a >= b:
        return None
    if _proportion(sent, a, b):
        # "More than eight in ten say ...", "almost two thirds admit ...": a share of people surveyed
        start, end = sent.ts[a], sent.te[b - 1]
        return _Source(start=start, end=end, text=text[start:end], head=tl[b - 1], number=None, specificity=1, kb=None,
                       kind="group", definite=False, pronoun=False, resolved=False, form="unnamed_group",
                       anonymous=True, key=" ".join(tl[a:b]))
    if b == a + 2 and tl[a] in ("a", "an") and tl[a + 1] in _ORDINALS:
        # '"...," added another. A third wrote: "..."': one more unnamed person of a series
        start, end = sent.ts[a], sent.te[a + 1]
        return _Source(start=start, end=end, text=text[start:end], head=tl[a + 1], number=1, specificity=1, kb=None,
                       kind="person", definite=False, pronoun=False, resolved=False, form="unnamed_individual",
                       anonymous=True, key=" ".join(tl[a:b]))
    if (tl[a] in _APPROXIMATORS or tl[a] in ("only", "just", "barely", "fully")) and a + 2 < b \
            and (tl[a + 1][:1].isdigit() or (tl[a + 1] in _PARTITIVE and tl[a] != "some")):
        a += 1  # "About 40 percent of Americans", "Only 51% of 16-24 year olds": the adverb is no part of the source
    # a partitive quantity: "a lot of people", "some of the advocates": the noun after "of" is the head
    q = a
    while q < b and (tl[q] in _PARTITIVE or (tl[q][:1].isdigit() and q + 1 < b and tl[q + 1] in ("%", "percent"))):
        q += 1  # ("a lot of", "72% of", "a third of")
    if q > a and q + 2 < b and tl[q] == "of" and tl[q + 1] == "those":
        # "Many of those interviewed in Onuch's research", "some of those present": unnamed people
        rest = _describe(sent, text, q + 1, b)
        if rest is not None and rest.form == "vague":
            rest.start, rest.text = sent.ts[a], text[sent.ts[a]:rest.end]
            return rest
    partitive_of = q > a and q + 1 < b and tl[q] == "of" and tl[q + 1] not in _PRONOUNS and sent.is_word(q + 1)
    # pre-head region: up to the first post-modifier (preposition, "close to", relative pronoun)
    h_end = b
    for k in range(q + 2 if partitive_of else a + 1, b):
        is_post = tl[k] in _PREP or tl[k] in ("who", "which", "that") or (tl[k] in _POSTMOD and k + 1 < b and tl[k + 1] in _PREP) \
            or (tl[k].endswith("ing") and len(tl[k]) > 4 and not sent.cap(k) and tl[k] not in NOUNS
                and not (k + 1 < b and (NOUNS.get(tl[k + 1], ("",))[0] in ("role", "office", "generic", "kin", "counsel", "organisation", "group")
                                        or sent.cap(k + 1)))
                and not ((tl[k - 1] in _DET and tl[k - 1] != "those" or tl[k - 1].endswith(("'s", "’s")))
                         and k + 1 < b and sent.is_word(k + 1)))
        # ("the world's leading authority": a prenominal -ing adjective after a determiner or possessive)
        # ("a protester using ...", but "engineering professor X" keeps its head)
        if is_post and not (tl[k] == "of" and k + 1 < b and sent.cap(k + 1) and sent.cap(k - 1)
                                      and tl[k - 1] not in NOUNS):
            h_end = k
            break
    # head: rightmost lexicon noun, pronoun, or capitalised word in the pre-head region
    head = -1
    for k in range(h_end - 1, a - 1, -1):
        w = tl[k]
        if k + 1 < h_end and tt[k + 1] in ("'", "’") and k + 2 < h_end:
            continue  # a plural possessor is not the head: "the researchers' calculations"
        if w == "official" and k + 1 < h_end and sent.is_word(k + 1) and not sent.cap(k + 1):
            continue  # "official figures show", "the official statistics": the adjective, not a person
        if w in NOUNS or w in _PRONOUNS or w in _FIRST:
            head = k
            break
        if sent.is_word(k) and sent.cap(k) and w not in _DET and w not in _PREP and w not in _TIME and w not in NUMBERS:
            head = k
            break
    if h_end < b - 1 and b - 2 > h_end and sent.cap(b - 1) and sent.cap(b - 2) and tl[b - 1] not in NOUNS \
            and tl[b - 2] not in NOUNS and tl[b - 2] not in _DET and (sent.is_word(b - 3) and not sent.cap(b - 3) or tl[b - 3] == ")") \
            and tl[b - 3] not in _PREP and tl[b - 3] not in _DET and tl[b - 3] not in ("to", "and", "or") \
            and sent.is_word(b - 1) and sent.is_word(b - 2):
        # "speaker of the parliament Ali Larijani": a two-word name closes the phrase after its
        # post-modifier, so the phrase is that person
        src = _Source(start=sent.ts[a], end=sent.te[b - 1], text=text[sent.ts[a]:sent.te[b - 1]], head=tl[b - 1],
                      number=1, specificity=None, kb=None, kind="person", definite=True, pronoun=False,
                      resolved=False, form="named_person", anonymous=False, key=tl[b - 1])
        return src
    if h_end < b - 3 and sent.cap(b - 1) and sent.cap(b - 2) and sent.is_word(b - 1) and sent.is_word(b - 2) \
            and tl[b - 1] not in NOUNS and tl[b - 2] not in NOUNS:
        k = b - 3  # (the organisation noun right before the name: not "University of South Carolina Beaufort")
        if sent.cap(k) and NOUNS.get(tl[k], ("",))[0] == "organisation":
            # "CEO of the Refugee Council Enver Solomon": a two-word name after the organisation's name
            return _Source(start=sent.ts[a], end=sent.te[b - 1], text=text[sent.ts[a]:sent.te[b - 1]], head=tl[b - 1],
                           number=1, specificity=None, kb=None, kind="person", definite=True, pronoun=False,
                           resolved=False, form="named_person", anonymous=False, key=tl[b - 1])
    for k in range(max(h_end, a + 2), b - 2):
        if sent.cap(k) and sent.cap(k + 1) and tl[k + 2] == "of" and tl[k - 1] == ")" \
                and tl[k] not in NOUNS and tl[k + 1] not in NOUNS and sent.is_word(k) and sent.is_word(k + 1):
            # "Member of Parliament (MP) Yvette Cooper of the Labour Party": the name after the title
            return _Source(start=sent.ts[a], end=sent.te[b - 1], text=text[sent.ts[a]:sent.te[b - 1]], head=tl[k + 1],
                           number=1, specificity=None, kb=None, kind="person", definite=True, pronoun=False,
                           resolved=False, form="named_person", anonymous=False, key=tl[k + 1])
    if head < 0 or (tl[head] in _QUANTIFIERS and head < h_end - 1 and sent.is_word(h_end - 1)):
        head = h_end - 1  # "some historical evidence": the quantifier is not the head
    if not sent.is_word(head):
        return None
    if tl[a] == "those" and a + 1 < b and tl[head] not in NOUNS and not any(sent.cap(k) for k in range(a + 1, h_end)) \
            and (tl[a + 1] in _PREP or tl[a + 1] in ("present", "close", "familiar", "who")
                 or tl[a + 1].endswith(("ing", "ed"))):
        # "those present", "those close to him", "those in the room": unnamed people
        return _vague(sent, text, a, b - 1, " ".join(tl[a:b]))
    w = tl[head]
    start, end = sent.ts[a], sent.te[b - 1]
    src = _Source(start=start, end=end, text=text[start:end], head=w, number=None, specificity=None,
                  kb=None, kind=None, definite=False, pronoun=False, resolved=False)
    mods = tl[a:head]
    definite = bool(mods) and (mods[0] in ("the", "this", "that", "these", "those", "his", "her", "their", "its")
                               or any(m.endswith(("'s", "’s", "s'")) for m in mods))
    if not definite and head > a and tl[head - 1].endswith(("'s", "’s")):
        definite = True
    src.definite = definite
    number = None
    for m in mods:
        if m in NUMBERS:
            number = NUMBERS[m]
        elif m.isdigit():
            number = int(m)
    if w in _FIRST:
        return None
    if w in _PRONOUNS:
        if head != a and any(tl[k] not in _AUX for k in range(a, head)):
            pass
        src.start, src.end, src.text = sent.ts[head], sent.te[head], tt[head]
        src.pronoun = True
        src.form = "pronoun"
        src.kind = "person" if w in _PRON_PERSON else "group" if w in _PRON_GROUP else "thing"
        src.anonymous = False
        src.key = None
        return src
    if w in _NOT_SOURCE:
        return None
    if w in ("one", "another") and head == a and (b == a + 1 or (b == a + 3 and tl[a + 1] == "of" and tl[a + 2] in ("them", "those", "these"))) \
            and not (w == "another" and b < sent.n and (tl[b][:1] in "$£€¥" or tl[b][:1].isdigit()
                                                       or (sent.is_word(b) and tl[b] not in VERBS and tl[b] not in _AUX))):
        # ("added another $5", "another five": a determiner, not a person)
        # "one of them told me", "..., one said", "Another, who ..., said": an unnamed member of a group
        src.form, src.anonymous, src.kind, src.number = "unnamed_individual", True, "person", 1
        src.specificity, src.key = 1, " ".join(tl[a:b])
        return src
    if tl[a] == "one" and head > a and tl[a + 1] != "of" and not (sent.cap(head) and not tt[head].isupper()) \
            and NOUNS.get(w, ("",))[0] not in ("document", "vague_document", "organisation", "media"):
        # "One MP told", "one interviewee said", "one researcher who was not involved": one unnamed person
        src.form, src.anonymous, src.kind, src.number = "unnamed_individual", True, "person", 1
        src.specificity, src.key = (2 if head > a + 1 else 1), " ".join(tl[a:head + 1])
        return src
    cat, num = NOUNS.get(w, (None, None))
    if w == "figures" and _person_figures(sent, a, head):
        cat, num = "role", "pl"  # "senior Labour figures" ("a leading figure": "figure" is a role noun)
    if cat == "role" and num == "sg" and head > a and tl[head - 1] in ("chief", "head"):
        cat = "office"  # "the company's chief executive": one office holder
    if cat is None and not sent.cap(head) and _PERSON_PLURAL_RE.fullmatch(w) and w not in ("persists", "consists", "subsists", "desists"):
        cat, num = "role", "pl"  # "other conservationists", "paediatricians": people by their trade, unnamed
    elif cat is None and not sent.cap(head) and mods and mods[0] in ("a", "an", "one", "another") and _PERSON_SINGULAR_RE.fullmatch(w):
        cat, num = "role", "sg"  # "a stallholder", "a tobacconist": one person by trade, unnamed
    if cat == "vague_document" and head > 0 and sent.cap(head):
        cat = None  # "Disease Control and Research": capitalised mid-sentence, part of a name
    if w in ("industry", "industries") and tt[head][0].isupper():
        cat = "organisation"  # "The Confederation of British Industry", "Koch Industries": a named body
    if cat in ("role", "generic", "kin", "counsel") and head > a and sent.cap(head) and sent.cap(head - 1) \
            and sent.is_word(head - 1) and tl[head - 1] not in NOUNS and tl[head - 1] not in _DET \
            and tl[head - 1] not in _GROUP_MODIFIERS and tl[head - 1] not in _QUANTIFIERS and tl[head - 1] not in NUMBERS \
            and not _GROUP_PLURAL_RE.match(tt[head]) and tl[head] not in _GROUP_PLURALS:
        cat = None  # "Steve Peers", "Peter Singer": a surname that is also a person noun
    of_name = sent.cap(head) and head >= a + 2 and tl[head - 1] == "of" and sent.cap(head - 2)  # "House of Representatives"
    if cat in ("role", "office") and b == a + 1 and a > 0 and sent.cap(a) and not sent.tt[a].isupper() and num == "sg" \
            and tl[a - 1] not in _DET and not tl[a - 1].endswith(("'s", "’s")):
        # '"...," said King.', "said Baker": a bare capitalised title word after the verb is a surname
        src.form, src.anonymous, src.kind, src.number = "named_person", False, "person", 1
        return src
    if cat is not None and not of_name and not (sent.cap(head) and head > a and sent.cap(head - 1)
                                                and cat in ("organisation", "office", "document", "media", "vague_document")
                                and tl[head - 1] not in _DET):
        src.kb = _knowledge(text, sent, head, b)
        plural = num == "pl"
        if number is None and not plural and (not mods or mods[0] in ("a", "an")):
            number = 1
        src.number = number
        if cat in ("role", "generic") and not plural and head > a and head > 0 and sent.cap(head) \
                and all(sent.cap(k) for k in range(a, head)) and tl[a] not in _DET and not NOUNS.get(tl[head - 1]):
            # "as quoted by Greek Reporter", "Business Insider reported": a capitalised role noun
            # inside a name is a named outlet
            src.form, src.anonymous, src.kind = "named_organisation", False, "org"
        elif cat == "role" and (tl[head] == "author" or (tl[head] == "authors" and b + 1 < sent.n and tl[b] == ","
                                                          and sent.cap(b + 1) and tl[b + 1] not in _DET)) and any(
                m.endswith(("'s", "’s")) and NOUNS.get(m[:-2], ("",))[0] == "document" for m in mods):
            # "the study's lead author": the one writer of an identified document, "The study's lead
            # authors, Wilson and Hawco,": writers named next (but "the report’s authors" are a group
            # whose members are not given: anonymous, as most annotators code it)
            src.form, src.anonymous, src.kind = "named_person", False, "group" if plural else "person"
        elif cat in ("generic", "role"):
            single = partitive_of and tl[a] == "one"  # "one of the officials": one unnamed person
            src.form = "unnamed_group" if plural and not single else "unnamed_individual"
            src.anonymous = True
            src.kind = "group" if plural and not single else "person"
            if single:
                src.number = 1
        elif cat in ("kin", "counsel"):
            # "my father", "the victim's mother", "his lawyers": identifiable; "a mother of three",
            # "a lawyer", "the lawyers": not
            owned = bool(mods) and (mods[0] in _POSSESSIVE or any(m.endswith(("'s", "’s", "s'")) or m in ("'", "’") for m in mods)
                                    or (mods[0] == "the" and not plural and cat == "kin"))  # "the father"
            src.form = ("named_person" if owned else "unnamed_group" if plural else "unnamed_individual")
            src.anonymous, src.kind = not owned, "group" if plural else "person"
        elif cat == "vague":
            src.form, src.anonymous, src.kind = "vague", True, "group"
        elif cat == "group":
            src.form, src.anonymous, src.kind = "unnamed_group", True, "group"
        elif cat == "office":
            indefinite = not definite and (not mods or mods[0] in _INDEF) and (
                mods and mods[0] in ("a", "an") or not any(sent.cap(k) and tl[k] not in _DET for k in range(a, head))) \
                and not (head + 2 < b and tl[head + 1] == "of" and sent.cap(head + 2) and not (mods and mods[0] in _INDEF)) \
                and not (not mods and head + 3 < b and tl[head + 1] == "of" and tl[head + 2] == "the" and sent.cap(head + 3)
                         and not (a > 0 and tl[a - 1] == ","))  # (an appositive "Ida Marsh, director of the X Fund," keeps the name)
            # ("Mayor of London (X)", "President of the European Commission Ursula von der Leyen": one office;
            # but "a Democratic senator", "a Baptist minister": one of many, whatever the capitals)
            src.form = "unnamed_individual" if indefinite else "named_person"
            src.anonymous = indefinite
            src.kind = "person"
        elif cat == "organisation" and w in _TEAMS and mods and mods[0] in ("a", "an"):
            src.form, src.anonymous, src.kind = "unnamed_group", True, "group"  # "an international team of scientists"
            src.number = None
        elif cat == "organisation" and NOUNS[w][1] == "pl" and not any(sent.cap(k) for k in range(a, head) if tl[k] not in _DET and k != 0):
            # "Banks say", "The companies that make e-bikes say": several unnamed organisations
            src.form, src.anonymous, src.kind = "unnamed_group", True, "group"
        elif cat == "organisation":
            src.form, src.anonymous, src.kind = "named_organisation", False, "org"
        elif cat == "media":
            named = any(m in _MEDIA_NAMED for m in mods) or any(sent.cap(k) for k in range(a, head) if tl[k] not in _DET and k != 0) \
                or (head + 1 < b and (tl[head + 1].isdigit() or sent.cap(head + 1)))  # "News 12", "News Corp"
            src.form, src.anonymous, src.kind = ("named_organisation", False, "org") if named else ("vague", True, "group")
        elif cat == "document":
            src.form, src.anonymous, src.kind = "document", False, "thing"
        elif cat == "vague_document":
            src.form, src.anonymous, src.kind = "vague", True, "group"
            by = next((k for k in range(head + 1, min(b - 1, head + 6)) if tl[k] in ("from", "by", "of")
                       and (k == head + 1 or tl[head + 1].endswith("ed"))), None)  # ("figures released in 2014 by X")
            if by is not None:
                # "reports from the ministry of internal affairs": documents of a named body
                if _named_owner(sent, text, by + 1, b):
                    src.form, src.anonymous, src.kind = "document", False, "thing"
            elif b + 3 < sent.n and tl[b] == "," and tl[b + 1].endswith("ed") and tl[b + 2] in ("by", "from"):
                # "The figures, released by the Chartered Management Institute, reveal": an appositive names the body
                close = next((k for k in range(b + 3, min(sent.n, b + 16)) if not sent.is_word(k) and tl[k] not in ("(", ")")), sent.n)
                if _named_owner(sent, text, b + 3, close):
                    src.form, src.anonymous, src.kind = "document", False, "thing"
            elif any(NOUNS.get(m, ("",))[0] == "organisation" for m in mods):
                # "government reports", "police reports": the documents of one identifiable body
                src.form, src.anonymous, src.kind = "document", False, "thing"
            elif any(m.endswith(("'s", "’s")) and not _CONTRACTION_RE.match(m) or m in ("'", "’") for m in mods) \
                    or (mods and mods[0] in _POSSESSIVE):
                # "WHO's statistics", "the ministry's figures", "their data": the documents of someone identified
                src.form, src.anonymous, src.kind = "document", False, "thing"
            elif not plural and mods and mods[0] in ("the", "this", "that"):  # (possessives are caught above)
                # "The research indicates that": one identified piece of research, not "research shows"
                src.form, src.anonymous, src.kind = "document", False, "thing"
        if src.anonymous and src.kind in ("group", "person") and _led_by_name(sent, head + 1, b):
            # "A team led by Jane Smith": the group is identified by its named leader
            src.form, src.anonymous, src.kind = "named_person", False, "group"
        if src.anonymous:
            src.specificity = _specificity(sent, a, head, cat, src.kb)
            src.key = " ".join(tl[k] for k in range(a, head + 1) if tl[k] not in _DET and tl[k] not in NUMBERS)
        else:
            src.key = w if cat != "office" else " ".join(t for t in tl[a:head + 1] if t not in _DET)
        return src
    if sent.cap(head) and head == 0 and (w in _FAMILIAR or w.endswith("s") and w[:-1] in _FAMILIAR) and (head + 1 >= sent.n or not sent.cap(head + 1)) \
            and w not in _GROUP_PLURALS and not _capitalised_mid_sentence(text, tt[head]):  # (but "Americans think")
        return None  # a common word capitalised at the start of the sentence, never capitalised mid-sentence
    if sent.cap(head) and head == b - 1 and (_GROUP_PLURAL_RE.match(tt[head]) or w in _GROUP_PLURALS) and all(
            tl[k] in _QUANTIFIERS or tl[k] in _GROUP_MODIFIERS or tl[k] in NUMBERS or tl[k].isdigit()
            or (partitive_of and tl[k] in ("the", "these", "those"))
            for k in range(q + 2 if partitive_of else a, head)):  # ("the majority of Americans", "some of the Republicans")
        # "Egyptologists have reported", "Some Republicans said": a profession or a party, no name
        src.form, src.anonymous, src.kind, src.number = "unnamed_group", True, "group", number
        src.specificity, src.key = 1, w
        return src
    if sent.cap(head) and head == b - 1 and head > a and tl[a] in ("a", "an", "one") and _PARTY_MEMBER_RE.match(tt[head]) \
            and all(tl[k] in ("a", "an", "one") or tl[k] in _GROUP_MODIFIERS or tl[k] in _PARTY_WORDS for k in range(a, head)):
        # "One senior Republican, who spoke on condition of anonymity, said", "A Tory MP told me": one unnamed member
        src.form, src.anonymous, src.kind, src.number = "unnamed_individual", True, "person", 1
        src.specificity, src.key = 1, " ".join(tl[a:head + 1])
        return src
    if sent.cap(head) and head == a == 0 and b == 1 and w.endswith(("ers", "ists", "ians", "ants", "ents", "ors", "ees")) and w.isalpha() \
            and _common_word_at_start(sent, text, 0):
        # "Surfers fear that ..." (and "the surfers" elsewhere): people by a plural noun the lexicon lacks
        src.form, src.anonymous, src.kind, src.number = "unnamed_group", True, "group", None
        src.specificity, src.key = 1, w
        return src
    if sent.cap(head):
        # a capitalised chunk ending at head: a name
        k = head
        while k - 1 >= a and (sent.cap(k - 1) and tl[k - 1] not in _DET or tl[k - 1] in ("-", "&", "of", "de", "al", "bin", "van", "von")) and tl[k - 1] not in _TIME:
            k -= 1
        chunk = tt[k:head + 1]
        name = " ".join(chunk)
        outlet = name in OUTLETS or _outlet_words(chunk)
        org = (any(c.lower() in NOUNS and NOUNS[c.lower()][0] in ("organisation", "media", "document") for c in chunk)
               or any(c.isupper() and len(c) > 1 for c in chunk if c.isalpha()) or outlet or (k > a and tl[k - 1] == "the"))
        if number is not None and number > 1 and w.endswith("s") and not outlet:
            # "Three Democrats", "two Palestinians": counted members of a group, not a name
            src.form, src.anonymous, src.kind, src.number = "unnamed_group", True, "group", number
            src.specificity, src.key = 2, w
            return src
        src.form = "document" if outlet else "named_organisation" if org else "named_person"
        src.anonymous = False
        src.kind = "org" if org else "person"
        src.key = (tl[head] if not org else " ".join(c.lower() for c in chunk if c.lower() != "the")).strip("’'s")
        return src
    # a lower-case head not in the lexicon
    plural = w.endswith("s") and not w.endswith("ss")
    if definite:
        src.form, src.anonymous, src.kind, src.key = "other", False, "person", w
    elif plural and mods and (mods[0] in _INDEF or mods[0] in NUMBERS or mods[0] in ("more", "about", "over", "dozens", "hundreds", "thousands")
                              or sent.cap(a) and tl[a] not in _DET):
        src.form, src.anonymous, src.kind, src.number = "unnamed_group", True, "group", number
        src.specificity, src.key = 1, w
    else:
        return None
    return src


def _knowledge(text: str, sent: _Sent, head: int, b: int) -> str | None:
    if head + 1 >= b and head + 1 >= sent.n:
        return None
    stop = sent.te[min(b, sent.n) - 1] if b > head + 1 else min(sent.end, sent.te[head] + 60)
    m = KNOWLEDGE_RE.search(text, sent.te[head], max(stop, sent.te[head]))
    return m.group().lower() if m else None


def _specificity(sent: _Sent, a: int, head: int, cat: str, kb) -> int:
    tl = sent.tl
    score = 0 if cat == "generic" else 1
    mods = [tl[k] for k in range(a, head)]
    if any(m in _RANK or m in _SECTOR for m in mods) or any(sent.cap(k) for k in range(a, head) if tl[k] not in _DET):
        score += 1
    # named institution: a capitalised modifier that is not the first word, or "at/of/from the X"
    inst = any(sent.cap(k) and tl[k] not in _DET and k != 0 and len(tl[k]) > 4 and not tl[k].endswith((".",)) and tl[k] not in _SECTOR
               for k in range(a, head))
    k = head + 1
    if k + 1 < sent.n and tl[k] in ("at", "of", "from", "in", "with", "for"):
        j = k + 1
        while j < sent.n and tl[j] in _DET:
            j += 1
        if j < sent.n and sent.cap(j):
            inst = True
    if inst:
        score += 1
    if kb:
        score += 1
    return min(score, 4)


# --------------------------------------------------------------------------------------------
# Cue decisions


def _skip_left(sent: _Sent, i: int) -> int:
    """Index of the nearest token left of ``i`` that is not an auxiliary or adverb."""
    j = i - 1
    tl = sent.tl
    while j >= 0:
        if tl[j] in ("most", "many") and (j == 0 or not sent.is_word(j - 1)):
            break  # "The blame, most agree, ...", "Most say ...": the pronoun is the subject
        if (tl[j] in _AUX and not (j > 0 and sent.cap(j))) or _adverb_ly(sent, j) or (tl[j] in ("only", "also", "now", "still", "even", "already", "elsewhere", "often")
                                                     and j >= 1 and (tl[j - 1] in _BE or tl[j - 1] in _AUX)) \
                or (tl[j] == "ago" and j >= 2 and tl[j - 1] == "long" and tl[j - 2] in _BE):  # "It was long ago remarked by Grotius"
            if tl[j] == "ago":
                j -= 1
            j -= 1
        elif tl[j] in _TIME and j >= 2 and tl[j - 1] in ("on", "in") and tl[j - 2] in _BE:
            j -= 2  # "was on Wednesday reported": the time phrase inside the passive
        elif tl[j] == "well" and j >= 1 and tl[j - 1] in ("him", "her", "them", "it"):
            j -= 1  # "Those who know him well describe ...": the adverb ends the relative clause
        else:
            break
    return j


#: nouns ending in -ly that the source lexicon lacks ("the national assembly", "a rally"; "family" and "ally" are in it)
_LY_NOUNS = frozenset(("assembly", "supply", "reply", "monopoly", "anomaly", "rally", "bully", "belly",
                       "jelly", "lily", "folly", "homily", "melancholy"))


def _adverb_ly(sent: _Sent, j: int) -> bool:
    """An -ly adverb ("quickly", "later"), not a noun after a determiner ("the rally", "his family")."""
    w = sent.tl[j]
    if not w.endswith("ly") or w == "only" or sent.cap(j) or w in NOUNS or w in _LY_NOUNS:
        return False
    before = sent.tl[j - 1] if j > 0 else ""
    return not (before in _DET or (before.endswith(("'s", "’s")) and not _CONTRACTION_RE.match(before)))


def _np_left(sent: _Sent, j: int, limit: int = 24) -> int:
    """Start index of the noun phrase ending at token ``j`` (scan left to a clause boundary)."""
    tl = sent.tl
    k = j
    while k - 1 >= 0 and j - (k - 1) < limit:
        w = tl[k - 1]
        if not sent.is_word(k - 1):
            if w in ("-", "&", "(", ")", "%"):
                k -= 1
                continue
            if w == "." and k - 2 >= 0 and sent.te[k - 2] == sent.ts[k - 1] and sent.te[k - 1] == sent.ts[k]:
                k -= 1  # a dot inside a name: "ElectricBikeReview.com"
                continue
            if w in ("'", "’") and k - 2 >= 0 and tl[k - 2].endswith("s") and sent.te[k - 2] == sent.ts[k - 1] \
                    and sent.ts[k] == sent.te[k - 1] + 1:
                k -= 1  # a plural possessive: "Fields' lawyers"
                continue
            break
        if (w in WORDS["aux"] or w in _BE) and not sent.cap(k - 1):
            break
        if w in _BOUNDARY and w not in ("of",):
            if w == "and" and k - 2 >= 0 and (sent.cap(k - 2) or tl[k - 2] == ")") and (
                    sent.cap(k) or (tl[k] in _DET and k + 1 <= j and sent.cap(k + 1))
                    or ((tl[k] in _CO_WORKERS or (tl[k] in ("his", "her", "their") and k + 1 <= j and tl[k + 1] in _CO_WORKERS))
                        and "by" in tl[max(0, k - 7):k - 1])):
                k -= 1  # "the United Kingdom and the United States": one coordinated name; "the report
                continue  # by Malik Falkenmark and colleagues": a named author and co-workers
            break
        if w in VERBS and not sent.cap(k - 1) and w not in NOUNS and "N" not in VERBS[w].flags and VERBS[w].lemma in ("say", "tell", "report", "announce", "write", "add", "claim", "confirm", "state"):
            break
        if w in _PERCEPTION and not sent.cap(k - 1):
            if tl[k] == "from" and k < j:
                k += 1  # "I'm hearing from health experts who say": the people heard from
            break  # "Whenever I hear someone saying": the noun phrase starts after the verb
        if (w.endswith("ed") or w in ("seen", "shown", "given", "written", "sent", "heard")) and not sent.cap(k - 1) \
                and k - 2 >= 0 and tl[k - 2] not in _DET and not tl[k - 2].endswith("ly") \
                and w not in NOUNS and not ((tl[k] == "by" or tl[k] in _PREP) and sent.is_word(k - 2)
                                            and (tl[k - 2] in NOUNS or tl[k - 2].endswith("s")) and tl[k - 2] not in _PRONOUNS):
            break  # a finite verb ("members filed a ..."); but "a memo obtained by the Guardian", "two people
            # briefed on the matter" are one phrase
        if w in _DET and w not in ("that", "which", "whose") and k - 2 >= 0 and sent.is_word(k - 2) \
                and tl[k - 2] not in _PREP and tl[k - 2] not in _DET and tl[k - 2] not in ("and", "&"):
            k -= 1
            break  # a determiner opens the noun phrase ("told Discover Magazine the frequency ...")
        k -= 1
    if k >= 2 and k <= j and tl[k - 1] == "in" and (tl[k][:1].isdigit() or tl[k] in NUMBERS) \
            and (tl[k - 2][:1].isdigit() or tl[k - 2] in NUMBERS):
        k -= 2  # "one in three adults said": the share opens the phrase
    return k


def _indefinite_np_before(sent: _Sent, j: int) -> bool:
    """Does the noun phrase ending at token ``j`` open with "a"/"an" (across a quoted modifier:
    'a "critical cargo delivery" company')?"""
    k = j
    while k >= 0 and j - k < 14:
        t = sent.tl[k]
        if t in ("a", "an"):
            return True
        if t in _DET or t in _PREP or t in _BOUNDARY or (not sent.is_word(k) and sent.tt[k] not in _QUOTE_CHARS and t != "-"):
            return False
        k -= 1
    return False


def _np_right(sent: _Sent, i: int, limit: int = 14) -> int:
    """End index (exclusive) of a noun phrase starting at token ``i``."""
    tl = sent.tl
    k = i
    while k < sent.n and k - i < limit:
        w = tl[k]
        if not sent.is_word(k):
            if w == "(" and k > i and any(sent.is_word(m) and not sent.cap(m)
                                          for m in range(k + 1, min(sent.n, k + 6)) if sent.tl[m] != ")"):
                break  # "(no relation)": a parenthetical remark, not part of the name
            if w in ("-", "&") or (w == "(" and k > i):
                k += 1
                continue
            if w == ")":
                k += 1
                continue
            if w == "," and k >= i + 2 and tl[k - 1].isdigit() and len(tl[k - 1]) <= 2 and tl[k - 2] in _TIME \
                    and k + 1 < sent.n and tl[k + 1].isdigit() and len(tl[k + 1]) == 4:
                k += 2  # "a March 14, 2019 NATO press release": the date's comma is inside the phrase
                continue
            break
        if k > i and w in ("on", "at", "in") and k + 1 < sent.n and (sent.tl[k + 1] in _TIME or sent.tl[k + 1][:1].isdigit()):
            break  # "... Sadiq Khan on Friday": a time phrase ends the name
        if k > i and (w in ("we", "you") or sent.tt[k] == "I" and k + 1 < sent.n and sent.is_word(k + 1)
                      and not sent.cap(k + 1)):
            break  # "people I spoke to", "experts we consulted": a relative clause without "who"
        if k > i and w in ("in", "during", "on") and sent.cap(k - 1) and sent.is_word(k - 1) and k + 2 < sent.n \
                and tl[k + 1] in ("a", "an", "the", "his", "her", "their", "its") and tl[k + 2] in _MEDIUM_NOUNS:
            break  # '"...," wrote Zuckerberg in the post announcing ...': where it was said, not the name
        if k > i and w in ("the", "a", "an") and sent.cap(k - 1) and sent.is_word(k - 1):
            break  # "According to Rathbun the property was returned": a new noun phrase after the name
        if k > i and (w in ("that", "and", "but", "while", "because", "as", "when", "if", "who", "which")
                      or (w == "to" and tl[k - 1] not in ("close", "closest", "near", "next"))
                      or (w in VERBS or w in _BE or w in WORDS["aux"]) and not sent.cap(k) and w not in NOUNS):
            if not (w == "and" and k + 1 < sent.n and sent.cap(k + 1) and sent.cap(k - 1)):
                break
        k += 1
    return k


def _appositive(sent: _Sent, text: str, j: int) -> _Source | None:
    """The source noun phrase ending at the comma or bracket at token ``j`` ("Keith Holloway, an
    NTSB spokesman, told")."""
    # appositive or parenthetical between commas: "Keith Holloway, an NTSB spokesman, told"
    close = j
    opener = "(" if sent.tl[j] == ")" else sent.tl[j]  # ",", or a dash pair: "FW de Klerk – the president who ... – said"
    k = j - 1
    quote_marks = 0
    while k >= 0 and sent.tl[k] != opener and j - k < 40:
        if sent.tt[k] in _QUOTE_CHARS and not (sent.tt[k] in ("'", "’") and k > 0 and sent.tl[k - 1].endswith("s")
                                               and sent.te[k - 1] == sent.ts[k]):
            quote_marks += 1  # a quoted phrase inside the appositive is fine, a quotation's edge is not
            # (a plural possessive's apostrophe is no quotation mark: "St Thomas’ Hospital")
        elif sent.tl[k] in (";", ":"):
            return None
        k -= 1
    if (k <= 0 or sent.tl[k] != opener) and opener == "," and close + 2 < sent.n and sent.tl[close + 2] == ":" \
            and sent.is_word(close - 1) and sent.cap(close - 1):
        # "Archbishop Desmond Tutu, said: '...'": a stray comma after the name, no appositive
        name = _describe(sent, text, _np_left(sent, close - 1), close)
        return name if name is not None and name.form == "named_person" else None
    if k <= 0 or sent.tl[k] != opener or quote_marks % 2:
        return None
    if opener in ("–", "—") and (any(sent.tl[m] in _FIRST or _CONTRACTION_RE.match(sent.tl[m]) or sent.tl[m] in ("sorry", "well")
                                     for m in range(k + 1, close))
                                 or not (sent.tl[k - 1] in NOUNS or sent.cap(k - 1) or sent.tl[k + 1] in ("who", "whose", "which"))
                                 or sent.tl[k - 1] in _SUBJ_PRON):
        return None  # a dash pair in speech is often a self-correction ("Well, we — we don't"), not an appositive
    if j - k >= 24 and not (sent.tl[k + 1] in ("who", "which", "whose") or (
            sent.tl[k + 1] in ("a", "an", "the") and any(sent.tl[m] in ("who", "which", "that") for m in range(k + 2, min(j, k + 8))))):
        return None  # only a relative clause, or a noun phrase with one ("a phone app that ..."), runs this long
    inner = _describe(sent, text, k + 1, close) if sent.tl[k + 1] not in ("who", "whose") else None
    led_by = _led_by_name(sent, k + 1, close)  # "The researchers, led by Dr. Jane Smith, found"
    # (a relative clause between the commas describes the subject; it never names the source)
    if inner is not None and inner.form == "named_organisation" and close - k > 3 and all(
            sent.cap(m) and sent.is_word(m) and sent.tl[m] not in NOUNS and sent.tl[m] not in _DET for m in (k + 1, k + 2)) \
            and sent.tl[k + 3] in ("of", "and", "from", "at"):
        # "The lead author, Nick Hawco of USC, said": a person's name before "of <organisation>"
        inner.form, inner.kind, inner.anonymous = "named_person", "person", False
    before_end = k - 1
    if sent.tl[before_end] in ("who", "which") and before_end >= 1:
        # "Jacob Zuma, who, in a sombre televised address, said": the relative pronoun's antecedent
        return _source_left(sent, text, before_end)
    if before_end >= 2 and sent.tl[before_end].isdigit() and sent.tl[before_end - 1] == "," and sent.is_word(before_end - 2):
        before_end -= 2  # "Michael Day, 30, who lives with his parents, says": the age after the name
    if sent.tt[before_end] == ")":  # "The Revolutionary Guard Corps (IRGC), which ..., declared"
        p = before_end - 1
        while p > 0 and sent.tt[p] != "(" and before_end - p < 16:
            p -= 1
        if not (p > 0 and sent.tt[p] == "(" and sent.is_word(p - 1)):
            return None
        start = _np_left(sent, p - 1)
    elif not sent.is_word(before_end):
        return None
    else:
        start = _np_left(sent, before_end)
    outer = _describe(sent, text, start, before_end + 1)
    if inner is not None and inner.start is not None and sent.tl[k + 1] in ("who", "which") \
            and outer is not None and outer.form in ("named_person", "named_organisation", "document"):
        return outer  # "X (IRGC), which includes the Quds Force, declared": the relative clause is no source
    # a chain of appositives: "Katherine Devlin, president of ECITA, the trade body, said"
    # (up to three links: "Court Rye, the founder and editor of ElectricBikeReview.com, a popular website, says")
    link = start
    for _ in range(3):
        if (outer is not None and outer.form == "named_person") or not (link >= 2 and sent.tl[link - 1] == "," and sent.is_word(link - 2)):
            break  # (an unknown title between commas still lets the name before it through)
        name_start = _np_left(sent, link - 2)
        name = _describe(sent, text, name_start, link - 1) if sent.tl[name_start] not in _PREP else None
        if name is not None and name.form == "named_person":  # (not a fronted "In Science Advances,")
            end = inner.end if inner is not None else (outer.end if outer is not None else sent.te[before_end])
            name.text = text[name.start:end]
            name.end = end
            return name
        if name is None or name.form in ("other", "unknown", "first_person") or name.pronoun:
            break
        link = name_start
    if outer is None:
        return inner if inner is not None and inner.form == "named_person" else None
    if inner is not None and inner.form == "named_person" and outer.form != "named_person":
        inner.text = text[outer.start:inner.end]
        inner.start = outer.start
        return inner
    if outer.form == "pronoun" and outer.text.lower() not in ("he", "she", "they", "it"):
        return None
    if led_by and outer.anonymous and outer.kind in ("group", "person"):
        outer.form, outer.anonymous, outer.kind = "named_person", False, "group"
    return outer


def _relative_clause_subject(sent: _Sent, text: str, j: int) -> _Source | None:
    """The subject of a cue after a short relative clause that ends in its own object or adverb:
    "The companies that make and sell e-bikes say", "People who live and work here say". The
    nearest "who"/"that" within 10 words (no punctuation between) after a plural person or
    group noun; the source spans the noun phrase and the clause."""
    tl = sent.tl
    for k in range(j - 1, max(0, j - 10), -1):
        if not sent.is_word(k) and tl[k] != "-":
            return None
        if tl[k] in ("who", "that") and sent.is_word(k - 1):
            head = NOUNS.get(tl[k - 1])
            if head is None or head[1] != "pl" or head[0] in ("document", "vague_document"):
                return None
            src = _source_left(sent, text, k - 1)
            if src is None or src.form in ("other", "unknown", "first_person") or src.pronoun:
                return None
            src.end = sent.te[j]
            src.text = text[src.start:src.end]
            return src
    return None


def _relative_subject_far(sent: _Sent, text: str, j: int) -> _Source | None:
    """A subject followed by a long relative clause with commas inside, ending at the comma at
    ``j``: "Margaret Aspinall, whose son James, then 18, died at ..., said". The nearest ", who"
    or ", whose" within 45 tokens, with no clause break (";", ":", a quotation mark) between."""
    tl = sent.tl
    for k in range(j - 1, max(0, j - 45), -1):
        if tl[k] in (";", ":") or sent.tt[k] in _QUOTE_CHARS:
            return None
        if tl[k] in ("who", "whose") and k >= 2 and tl[k - 1] == "," and sent.is_word(k - 2):
            src = _source_left(sent, text, k - 2)
            return src if src is not None and src.kind == "person" and src.form != "first_person" else None
    return None


def _source_left(sent: _Sent, text: str, j: int) -> _Source | None:
    """The source noun phrase ending at token ``j`` (handles appositives "X, the Y, said")."""
    if j < 0:
        return None
    if sent.tl[j] in (",", ")", "–", "—"):
        src = _appositive(sent, text, j)
        far = _relative_subject_far(sent, text, j) if sent.tl[j] == "," else None
        if far is not None and (src is None or (src.start is not None and far.end is not None and src.start > far.end)):
            return far  # the appositive found lies inside the relative clause: "whose son James, then 18, ..."
        return src
    if not sent.is_word(j):
        return None
    w = sent.tl[j]
    if w in _TIME and j > 0:  # "who last year demanded", "he on Monday said": skip the time phrase
        k = j
        while k >= 0 and (sent.tl[k] in _TIME or sent.tl[k] in ("last", "this", "next", "on", "early", "late")):
            k -= 1
        while k >= 0 and sent.tl[k] in ("as", "of"):  # "Reports as of Wednesday said"
            k -= 1
        if 0 <= k < j and (sent.tl[k] in ("who", "which", "he", "she", "they") or sent.tl[k] in NOUNS):
            return _source_left(sent, text, k)
        if 0 < k < j and sent.tl[k] == "," and sent.tl[k + 1] in ("on", "last", "this", "early", "late"):
            return _source_left(sent, text, k)  # "One activist, Nur Khan Liton, on Sunday told ...": the appositive subject
    contracted = _CONTRACTION_RE.match(w)
    if contracted:  # "he’s pointing out", "I’ll say": the pronoun before the contracted auxiliary
        pron = contracted.group(1)
        if pron in _FIRST or pron not in _PRONOUNS:
            return _Source(form="first_person") if pron in _FIRST else None
        start = sent.ts[j]
        src = _Source(start=start, end=start + len(pron), text=sent.tt[j][:len(pron)], head=pron, form="pronoun",
                      anonymous=False, pronoun=True, resolved=False, definite=False, key=None,
                      kind="person" if pron in _PRON_PERSON else "group" if pron in _PRON_GROUP else "thing")
        return src
    if w in _FIRST or w in ("let's", "let’s"):
        return _Source(form="first_person")  # ("Let's say ...": "let us")
    if w in ("him", "her", "them") and j >= 2:
        # "Those around him insist", "People close to her say": the people near someone, not the
        # someone (the object pronoun ends a proximity phrase)
        k = j - 1
        if sent.tl[k] == "to" and sent.tl[k - 1] in _PROXIMITY_TO:
            k -= 1
        elif sent.tl[k] not in _PROXIMITY:
            k = -1
        if k >= 1 and sent.tl[k - 1] in ("those", "others") and (k == 1 or not sent.is_word(k - 2)):
            return _vague(sent, text, k - 1, j, sent.tl[k - 1])
        if k >= 1 and sent.is_word(k - 1) and sent.tl[k - 1] in NOUNS:
            near = _describe(sent, text, _np_left(sent, k - 1), k)
            if near is not None and near.form not in ("other", "unknown", "first_person") and not near.pronoun:
                near.end = sent.te[j]
                near.text = text[near.start:near.end]
                return near
    if w in _INDEPENDENT_POSSESSIVES and j >= 2 and sent.tl[j - 1] == "of" and sent.is_word(j - 2) \
            and sent.tl[j - 2] in NOUNS:
        # "A former colleague of his recalled": the person described, not the possessive pronoun
        near = _describe(sent, text, _np_left(sent, j - 2), j - 1)
        if near is not None and near.form not in ("other", "unknown", "first_person") and not near.pronoun:
            near.end = sent.te[j]
            near.text = text[near.start:near.end]
            return near
    if w in ("him", "her", "them"):
        # an object pronoun ends a relative clause: "A former official who worked with him recalled"
        # (otherwise it is the subject of a bare infinitive: "I have heard them say")
        for k in range(j - 1, max(-1, j - 12), -1):
            if sent.tl[k] in ("who", "that") and k > 0 and sent.is_word(k - 1):
                if sent.tl[k - 1] == "those":  # "Those who know him say": unnamed people
                    return _describe(sent, text, k - 1, k + 1 + (j - k)) or None
                return _source_left(sent, text, k - 1)
            if not sent.is_word(k):
                break
    if w in ("he", "she", "they") and j > 0 and sent.is_word(j - 1) and not sent.cap(j - 1):
        # a subject pronoun takes no modifiers: "the countries they said were involved"
        return _describe(sent, text, j, j + 1)
    if w in ("who", "which", "that"):
        # relative pronoun: the antecedent before ", who" / "who"
        k = j - 1
        if k >= 0 and sent.tl[k] == ",":
            k -= 1
        if k < 0 or not sent.is_word(k):
            return None
        start = _np_left(sent, k)
        if w in ("that", "which") and start == k and start >= 2 and sent.tl[start - 1] in ("and", "or") \
                and _bare_plural(sent, k) and _bare_plural(sent, k - 2):
            wider = _np_left(sent, k - 2)  # "an open letter to tourists and pilgrims that said": past the coordination
            if not any(sent.tl[m].endswith("ing") for m in range(wider, k)):  # (not "looking at models and projections")
                start = wider
        if sent.tl[j - 1] == "," and sent.cap(k):
            name = k  # "He traveled to Florida to meet with Devocht, who had told him": the name after the
            while name > start and sent.cap(name - 1) and sent.is_word(name - 1):  # preposition is the antecedent
                name -= 1
            if name - 1 > start and sent.tl[name - 1] in _PREP and sent.tl[name - 1] != "of" \
                    and sent.tl[name - 2] not in NOUNS and not sent.cap(name - 2):  # (not "a spokesman for Acme, who")
                start = name
        if start >= 2 and sent.tl[start - 1] == "," and (sent.tl[j - 1] == "," or sent.tl[start] in ("a", "an")) \
                and sent.cap(start - 2):  # (also "Felicia Nordström, a bar worker who says")
            # "Geert Wilders, the far-right populist, who ...": the name before the appositive
            named = _name_before_appositive(sent, text, start)
            if named is not None:
                return named
        src = _describe(sent, text, start, k + 1)
        if src is not None and src.pronoun and sent.index.get(src.start) != k:
            src = None  # "He met fishermen who said": the subject of the main clause is not the antecedent
        last_verb = next((m for m in range(k - 1, start - 1, -1) if not sent.cap(m) and (
            sent.tl[m] in _BE or (sent.tl[m] in VERBS and "N" not in VERBS[sent.tl[m]].flags
                                  and not (m > 0 and sent.tl[m - 1] in _DET))
            or (m + 2 < k and sent.tl[m] not in NOUNS and sent.tl[m] not in _PREP and sent.tl[m + 1] in _PREP
                and sent.tl[m + 2] in ("a", "an", "the") and m > 0 and sent.tl[m - 1] in _SUBJ_PRON | _QUANTIFIERS | {",", "others"}))),
            None)  # (not the noun "the report"; "Others talk about a ruling that said": a verb before "about a")
        if last_verb is not None and (src is None or w in ("that", "which")):
            # "This is the report from the CDC, which showed", "point to a recent US court ruling that
            # said": the antecedent is the noun phrase after the verb (a leading preposition dropped)
            m = last_verb + 1
            while m < k and sent.tl[m] in _PREP:
                m += 1
            src = (_describe(sent, text, m, k + 1) if m <= k else None) or src
        if src is None and start == k and sent.tl[k] in ("those", "some", "many", "others") and w == "who":
            # "There are those who argue ...", "some who say ...": unnamed people
            return _vague(sent, text, k, k, sent.tl[k])
        if (src is None or src.form in ("other", "unknown")) and w == "who" and sent.tl[j - 1] == ",":
            # "a doctor who saw her for the first time a few years back, who said": a second
            # relative clause on the same antecedent as the first one
            m = next((m for m in range(start - 1, max(-1, start - 20), -1) if sent.tl[m] == "who"), None)
            if m is not None and not any(sent.tl[q] in (".", ";", ":", "and", "or", "but") or sent.tt[q] in _QUOTE_CHARS
                                         for q in range(m, j)):
                first = _source_left(sent, text, m)
                if first is not None and first.form not in ("other", "unknown", "first_person") and not first.pronoun:
                    return first
        if (src is None or src.form in ("other", "unknown")) and w == "who":
            # "requests for leniency from his lawyers, who argued": "who" refers to the last noun
            # phrase, the object of the last preposition
            p = next((m for m in range(k - 1, start, -1) if sent.tl[m] in _PREP), None)
            if p is not None:
                inner = _describe(sent, text, p + 1, k + 1)
                if inner is not None and inner.form not in ("other", "unknown"):
                    return inner
        if src is None and w == "who" and start >= 2 and sent.tl[start - 1] in ("and", "or") and sent.is_word(start - 2):
            wider = _describe(sent, text, _np_left(sent, start - 2), k + 1)  # "an emaciated man with long hair and a beard, who"
            if wider is not None and wider.form not in ("other", "unknown") and not wider.pronoun:
                return wider
        if src is None and w == "who" and _bare_plural(sent, k):
            # "He met fishermen who said ...": people named by a plural noun the lexicon lacks
            a = k - 2 if k >= 2 and sent.tl[k - 1] in ("and", "or") and _bare_plural(sent, k - 2) else k
            return _vague(sent, text, a, k, " ".join(sent.tl[a:k + 1]), head=sent.tl[k])
        return src
    modified = _modified_subject(sent, text, j)
    if modified is not None:
        return modified
    interviewed = _writer_relative(sent, text, j)
    if interviewed is not None:
        return interviewed
    if w == "another" and j + 1 < sent.n and sent.tl[j + 1] in VERBS and (j == 0 or not sent.is_word(j - 1)):
        return _describe(sent, text, j, j + 1)  # "Another said no.": one more unnamed person
    share = _bare_share(sent, text, j) if w not in NOUNS else None
    if share is not None:
        return share
    if w not in NOUNS and (w in _BOUNDARY or w in _PREP or w in _DET):
        return None
    start = _np_left(sent, j)
    src = _describe(sent, text, start, j + 1)
    if (src is None or src.form in ("other", "unknown", "vague")) and start >= 3 and sent.tl[start - 1].endswith("ing") \
            and sent.tl[start - 2] in ("in", "while", "when", "after", "before", "upon") and sent.is_word(start - 3):
        # "Assembly president Richard Ferrand in relaying the news to parliament said": the
        # subject before an adverbial "in/while <-ing> ..." phrase
        subject = _source_left(sent, text, start - 3)
        if subject is not None and subject.form not in ("other", "unknown", "first_person"):
            return subject
    if (src is None or src.form in ("other", "unknown")) and start >= 2 and sent.tl[start - 1].endswith("ing") \
            and sent.tl[start - 1] not in NOUNS and not sent.cap(start - 1) and sent.tl[start - 2] in NOUNS:
        # "State legislators supporting the law argued": a participle phrase after the subject
        head = _describe(sent, text, _np_left(sent, start - 2), start - 1)
        if head is not None and head.form not in ("other", "unknown", "first_person") and not head.pronoun:
            head.end = sent.te[j]
            head.text = text[head.start:head.end]
            return head
    if (src is None or src.form in ("other", "unknown") or not any(sent.cap(m) for m in range(start, j + 1))):
        head = _head_before_coordinated_object(sent, text, start, j)
        if head is not None:
            return head
    if src is not None and src.anonymous and start >= 3 and sent.tl[start - 1] == "," and sent.tl[start] == "one" \
            and start + 1 < j and sent.tl[start + 1] == "of" and sent.cap(start - 2):
        # "Sergey M, one of the maintainers of youtube-dl wrote": an appositive whose closing comma
        # is missing; the name before it is the subject
        named = _name_before_appositive(sent, text, start)
        if named is not None and named.form == "named_person":
            a = sent.index.get(named.start, 0)
            if (a == 0 or sent.tl[a - 1] not in _PREP) and not any(sent.tl[m] in _PREP or sent.tl[m] in _DET
                                                                   for m in range(a, start - 1)):
                return named  # (not "In Paris, one of the organisers said")
    if (src is None or src.form in ("other", "unknown")) and start >= 2:
        head = _head_before_participle_phrase(sent, text, start, j)
        if head is not None:
            return head
    if src is not None and src.anonymous and start >= 2 and sent.tl[start - 1] == "and" and sent.cap(start - 2):
        # "Trump and his supporters claimed": a named first conjunct names the source
        left_start = _np_left(sent, start - 2)
        if left_start == start - 2 and _common_word_at_start(sent, text, left_start):
            # "Environmental and conservation groups": two modifiers of one noun, the first
            # capitalised only because it opens the sentence
            src.start = sent.ts[left_start]
            src.text = text[src.start:src.end]
            return src
        left = _describe(sent, text, left_start, start - 1)
        if left is not None and left.form in ("named_person", "named_organisation") \
                and sent.tl[left_start] not in _PREP and not (left_start > 0 and sent.tl[left_start - 1] in _PREP):
            # (not "to New Orleans and other forecasters")
            left.end, left.text = src.end, text[left.start:src.end]
            left.kind, left.number = "group", None
            return left
    return src


#: noun categories of people (the heads a prepositional or participle phrase may modify)
_PEOPLE_HEADS = frozenset(("generic", "role", "kin", "group", "counsel", "vague"))
#: words after which a noun phrase may open a clause as its subject
_SUBJECT_OPENERS = frozenset("and but that when while after before because as although though if since so".split())
#: prepositions that attach a modifier to a noun of people ("People in the administration")
_PEOPLE_PREP = frozenset(("in", "of", "at", "from", "for", "within", "inside", "around", "close"))


def _people_head(sent: _Sent, text: str, h: int, j: int) -> _Source | None:
    """The noun phrase of people ending at token ``h``, its span stretched to token ``j``."""
    if sent.tl[j] in _AUX or sent.tl[j] in _MODALS or sent.tl[j] in VERBS:
        return None  # the span would end on a verb, not a noun
    if not sent.is_word(h) or NOUNS.get(sent.tl[h], ("",))[0] not in _PEOPLE_HEADS:
        return None
    a = _np_left(sent, h)
    if a > 0 and sent.is_word(a - 1) and sent.tl[a - 1] not in _SUBJECT_OPENERS:
        return None  # "if you're a citizen of Montana and your governor says": not a subject
    head = _describe(sent, text, a, h + 1)
    if head is None or head.form in ("other", "unknown", "first_person") or head.pronoun:
        return None
    head.end = sent.te[j]
    head.text = text[head.start:head.end]
    return head


_SHARE_UNITS = frozenset(("%", "percent", "per", "cent", "million", "thousand", "billion"))
#: words that may lead a share of people ("some 82 million", "another 35 percent", "a further 10 percent")
_SHARE_LEAD = frozenset(("some", "over", "nearly", "almost", "just", "another", "only", "a", "further"))


def _bare_share(sent: _Sent, text: str, j: int) -> _Source | None:
    """'Of those surveyed, 40% said ...', 'About 60 percent said ...', '82 million said they were
    mixed race': a bare share or number of people opening its clause (a poll's or census's
    unnamed respondents)."""
    tl = sent.tl
    end = j
    if tl[j][:1].isdigit() and j + 1 < sent.n and tl[j + 1] == "%":
        j += 1  # ("40%": the cue's left neighbour skipped the sign)
        end = j
    if j >= 1 and tl[j - 1] == "the" and tl[j] not in _SHARE_UNITS and sent.is_word(j):
        j -= 1  # "45 percent of the unvaccinated say": from "the"
    if tl[j] == "the" and j >= 3 and j + 1 < sent.n and tl[j - 1] == "of" and sent.is_word(j + 1) and tl[j + 1] not in NOUNS:
        end = j + 1  # (the adjective may have been skipped as a modifier)
        j -= 2
    if tl[j] not in _SHARE_UNITS:
        return None
    a = j
    while a > 0 and tl[a - 1] in _SHARE_UNITS:
        a -= 1
    if a < 1 or not tl[a - 1][:1].isdigit() or tl[j] == "billion":
        return None
    a -= 1
    if a > 0 and tl[a - 1] in ("$", "£", "€", "¥"):
        return None  # "the $381 billion reported by ...": money, not people
    while a > 0 and a > j - 6 and (tl[a - 1] in _APPROXIMATORS or tl[a - 1] in _SHARE_LEAD):
        a -= 1  # "About 60 percent said", "Another 35 percent say ...", "A further 10 percent said ..."
    if a > 0 and sent.is_word(a - 1) and tl[a - 1] not in _SUBJECT_OPENERS:
        return None  # "rose 3 percent": not a subject
    return _vague(sent, text, a, end, " ".join(tl[a:end + 1]), head=tl[j], kind="group")


def _head_before_coordinated_object(sent: _Sent, text: str, start: int, j: int) -> _Source | None:
    """'People in the Trump administration and campaign said', 'Supporters of the president and
    his party say': the coordination lies inside the prepositional phrase, so the noun of people
    before the preposition is the source (not the last conjunct)."""
    tl = sent.tl
    if start < 4 or tl[start - 1] not in ("and", "or") or not sent.is_word(start - 2):
        return None
    a = _np_left(sent, start - 2)
    p = next((m for m in range(start - 3, max(a - 2, start - 10), -1) if tl[m] in _PEOPLE_PREP), None)
    if p is None or p < 1 or any(not sent.is_word(m) for m in range(p, start - 1)):
        return None
    return _people_head(sent, text, p - 1, j)


def _head_before_participle_phrase(sent: _Sent, text: str, start: int, j: int) -> _Source | None:
    """'A security guard patrolling the pavement outside one mansion said': a participle phrase
    with its prepositional phrases after the subject (up to eight words, no punctuation)."""
    tl = sent.tl
    for k in range(start - 1, max(0, start - 9), -1):
        if not sent.is_word(k) or tl[k] in _BE or tl[k] in _BOUNDARY:
            return None
        if tl[k].endswith("ing") and tl[k] not in NOUNS and not sent.cap(k) and k >= 1:
            return _people_head(sent, text, k - 1, j)
    return None


#: verbs of the writer's reporting in a relative clause without "who": "Officials I have spoken to say"
_SPOKE_TO = frozenset("spoke spoken talked interviewed consulted asked contacted surveyed met".split())
#: verbs of the writer's acquaintance with a source ("A diplomat I know told me", "An economist I trust says")
_WRITER_KNOWS = frozenset("know knew trust trusted respect admire".split())


def _writer_relative(sent: _Sent, text: str, j: int) -> _Source | None:
    """'Officials I have spoken to say', 'Every economist we interviewed thinks', 'A diplomat I
    know told me': people described by the writer's contact with or knowledge of them (a relative clause without "who" ending at token ``j``);
    the people are the source, the span runs to ``j``."""
    tl = sent.tl
    k = j
    if k >= 0 and tl[k] in ("to", "with"):
        k -= 1
    if k < 2 or not (tl[k] in _SPOKE_TO or (k == j and tl[k] in _WRITER_KNOWS)):
        return None
    k -= 1
    if tl[k] in ("have", "had") and k >= 1:
        k -= 1
    if not (tl[k] in ("i", "we") or tl[k] in _FIRST_CONTRACTED) or k < 1 or not sent.is_word(k - 1):
        return None
    people = _source_left(sent, text, k - 1)
    if people is None or people.start is None or people.pronoun or people.kind not in ("person", "group") \
            or people.form in ("first_person", "other", "unknown"):
        return None
    return _extended(people, sent, text, j)


def _extended(src: _Source, sent: _Sent, text: str, j: int) -> _Source:
    """``src`` with its span run on to the end of token ``j`` ("Officials I have spoken to",
    "72% of people aged 55 or more")."""
    src.end = sent.te[j]
    src.text = text[src.start:src.end]
    return src


#: prepositions of closeness after which an object pronoun names whom the people are near
#: ("Those around him", "aides close to her")
_PROXIMITY = frozenset(("around", "near", "behind", "beside"))
_PROXIMITY_TO = frozenset(("close", "closest", "closer", "loyal", "near", "nearest"))
#: possessive pronouns that end a noun phrase after "of" ("a friend of hers", "a colleague of his")
_INDEPENDENT_POSSESSIVES = frozenset(("his", "hers", "theirs", "ours", "mine", "yours"))
#: irregular past participles that open a reduced relative after a noun ("a memo seen by ...")
_IRREGULAR_PARTICIPLES = frozenset("seen shown given written sent heard taken made drawn done held found known".split())
#: words that end the clause a modified subject is searched in
_CLAUSE_STOPS = frozenset("""that which whom where what how why whether and but or because if when while although as since so
    after before until once whereas""".split())
#: things that are named ("a device called the E-meter"), for the naming sense of "called" (lower-case
#: nouns the source lexicon lacks; its own nouns count too)
_NAMED_THINGS = frozenset(("device", "machine", "tool", "system", "program", "programme", "app", "game", "film",
                           "song", "show", "place", "village", "town", "drug", "plant", "species"))
#: participles that introduce a name, not a modifier ("a student named Wong")
_NAMING_PARTICIPLES = frozenset("named called dubbed nicknamed titled entitled identified".split())
#: past participles that are also cue forms but, with an agent after a document or people noun,
#: open a reduced relative: "A report seen by Reuters says", "a letter cited by the Times shows"
_AGENT_PARTICIPLES = frozenset("seen cited quoted reported described shown viewed".split())
#: noun categories a reduced relative may follow ("a study published ...", "residents interviewed ...")
_PARTICIPLE_HEADS = frozenset(("document", "vague_document", "generic", "role", "kin", "group", "counsel"))


def _modified_subject(sent: _Sent, text: str, j: int) -> _Source | None:
    """A subject with a relative clause or a reduced relative (participle) phrase ending at
    token ``j``, just before the cue: "A person who has spoken with the president said", "A
    friend of mine who works in the ministry told", "A study published last month found". The
    noun phrase before the cue then belongs to the modifier ("the president", "last month"),
    so the head before "who" or before the participle is the source; the span runs to ``j``."""
    tl = sent.tl
    for k in range(j, max(-1, j - 14), -1):
        if not sent.is_word(k):
            return None
        w = tl[k]
        if w == "that" and k + 1 == j and sent.is_word(j):
            continue  # a determiner: "The officials who ordered that change claimed"
        if w in ("after", "before", "until") and k + 1 <= j and (tl[k + 1][:1].isdigit() or tl[k + 1] in _TIME):
            continue  # a time adjunct ("to succeed the goals after 2015"), not a clause
        ing_participle = w.endswith("ing") and len(w) > 5 and w not in NOUNS and not sent.cap(k) and k + 1 <= j and k > 0 \
            and NOUNS.get(tl[k - 1], ("",))[0] in _PARTICIPLE_HEADS | {"organisation", "office"} \
            and (tl[k + 1] in _DET or tl[k + 1] in _PREP) and (w not in VERBS or VERBS[w].category == "cognition") \
            and not any(tl[m] in _FINITE_AUX or tl[m] in _MODALS for m in range(k + 1, j + 1))
        # (not a speech participle, "officials saying this is for security reasons", nor one with a finite verb after it)
        described_as = k + 1 <= j and _described_as(sent, k)  # "A source described as close to the family said"
        if w == "as" and k > 0 and tl[k - 1] in ("described", "identified"):
            continue  # (inside "described as close to ...")
        if k < j and w in VERBS and k > 0 and tl[k - 1] == "who" and not sent.cap(k):
            continue  # "the employee who wrote to Unite said": the relative clause's own verb
        agent_participle = k < j and k > 0 and tl[k + 1] == "by" and w in _AGENT_PARTICIPLES \
            and NOUNS.get(tl[k - 1], ("",))[0] in _PARTICIPLE_HEADS  # "A report seen by Reuters says": a reduced relative
        if w in _CLAUSE_STOPS or (k < j and w in VERBS and not sent.cap(k) and not ing_participle and not described_as
                                  and not agent_participle):
            return None
        if k == j or k == 0 or not sent.is_word(k - 1):
            continue
        if w in ("who", "whose"):
            after = tl[k + 1]
            if after in _DET or after in _PRONOUNS or sent.cap(k + 1):
                return None  # "the official who the minister said ...": the cue has its own subject
            if tl[k - 1] == "those":
                # "Those who were there say": unnamed people
                ante = _describe(sent, text, k - 1, k) or _vague(sent, text, k - 1, k - 1, "those")
            else:
                ante = _source_left(sent, text, k - 1)
        elif described_as:
            ante = _source_left(sent, text, k - 1)
        elif ing_participle:
            # "A UN high-level panel considering a new development framework ... said"
            ante = _source_left(sent, text, k - 1)
        elif (w.endswith("ed") and len(w) > 4 or w in _IRREGULAR_PARTICIPLES) and w not in NOUNS and not sent.cap(k) \
                and NOUNS.get(tl[k - 1], ("",))[0] in _PARTICIPLE_HEADS:
            after = tl[k + 1]
            if w in _NAMING_PARTICIPLES or not (after in _PREP or after in _TIME or after in ("last", "this", "earlier", "recently")
                                                 or after.endswith("ly")):
                return None  # "a student named Wong said": the name; "members filed a report": a finite verb
            ante = _source_left(sent, text, k - 1)
        else:
            continue
        if ante is None or ante.start is None or ante.pronoun or ante.form in ("other", "unknown", "first_person"):
            return None
        if ante.anonymous and NOUNS.get(ante.head, ("",))[0] == "vague_document":
            by = next((m for m in range(k + 1, j) if tl[m] in ("by", "from")), None)
            if by is not None and _named_owner(sent, text, by + 1, j + 1):
                # "Figures released in 2014 by the Harbour Trust reveal": the documents of a named body
                ante.form, ante.anonymous, ante.kind, ante.specificity = "document", False, "thing", None
        ante.end = sent.te[j]
        ante.text = text[ante.start:ante.end]
        return ante
    return None


#: the mark opening a parenthetical first-person "I am told" and the marks that may close it
#: ("The minister, I am told, has resigned"; "He left, or so I am told."); "" is the end of the sentence
#: one-word openers after which ", I was told." is a story of being told, not a parenthetical
_OPENING_ADVERBS = frozenset(("afterwards", "later", "then", "again", "once", "twice", "earlier", "first", "finally"))
_PARENTHESIS_PAIRS = {",": (",", ".", ""), "—": ("—", ".", ""), "–": ("–", ".", ""), "(": (")",), "so": (".", "", ",")}


def _goal_clause(sent: _Sent, a: int) -> bool:
    """Does the clause whose subject starts at token ``a`` follow "make sure (that)" or "ensure
    (that)": a goal ("make sure that people know the vaccine is available"), not a report?"""
    tl = sent.tl
    k = a - 1
    if k >= 0 and tl[k] == "that":
        k -= 1
    return k >= 0 and (tl[k] in ("ensure", "ensures", "ensured", "ensuring")
                       or (tl[k] == "sure" and k >= 1 and tl[k - 1] in ("make", "makes", "made", "making")))


def _first_person_passive(sent: _Sent, j: int) -> int:
    """If token ``j`` (just before "told") is a form of "be" whose subject is "I" or "we" ("I'm",
    "I am", "we were", "I have been", "I've been"), the index of that subject's token; else -1."""
    tl = sent.tl
    if _CONTRACTION_RE.match(tl[j]):  # I'm, we're (not "we've told")
        return j if tl[j][:1] in ("i", "w") and tl[j][-2:] in ("’m", "'m", "re") else -1
    if tl[j] not in _BE:
        return -1
    k = j - 1
    if tl[j] == "been" and k >= 0 and (tl[k] in ("have", "has", "had") or _CONTRACTION_RE.match(tl[k])):
        if _CONTRACTION_RE.match(tl[k]):
            return k if tl[k][:1] in ("i", "w") and tl[k].endswith("ve") else -1  # I've been, we've been
        k -= 1
    return k if k >= 0 and tl[k] in ("i", "we") else -1


def _as_parenthetical(sent: _Sent, i: int) -> bool:
    """Is the cue at ``i`` the verb of an "As X <cue> (me) (time)," clause ("As one reader reminded
    me this week, the bridge ...")? The main clause after the comma is the content."""
    tl = sent.tl
    a = next((k for k in range(i - 1, max(-1, i - 9), -1) if tl[k] == "as" and (k == 0 or tl[k - 1] in (",", "—", "–"))), None)
    if a is None or a + 1 >= i or not all(sent.is_word(k) for k in range(a + 1, i)):
        return False
    return any(tl[k] == "," for k in range(i + 1, min(sent.n, i + 6)))


#: verbs of manner before a reporting infinitive that still report a statement made
_SPEECH_DEIGNING = frozenset(("deign", "deigns", "deigned", "hasten", "hastens", "hastened", "venture", "ventures", "ventured"))


def _statement_infinitive(tl: list[str], i: int, nxt: str) -> int | None:
    """For a cue right after "to": the index of the word that makes the infinitive a statement
    actually made ("continued to say", "went on to say", "was able to announce that", "was quick
    to point out that", "were at pains to stress that"), or None (an infinitive of intent: "plans
    to announce", "declined to comment")."""
    before = tl[i - 2] if i >= 2 else ""
    content = nxt in ("that", ",", ":") or (nxt == "out" and i + 2 < len(tl) and tl[i + 2] == "that")
    if before.startswith("continu"):
        return i - 2
    for far in (i - 2, i - 3):  # "went as far to say", "went so far as to say": a statement made
        if far >= 2 and tl[far] == "far" and tl[far - 1] in ("as", "so") and (far == i - 2 or tl[i - 2] == "as") \
                and tl[far - 2] in ("went", "go", "goes", "going", "gone"):
            return far - 2
    if before in ("like", "likes", "liked", "used", "tend", "tends", "love", "loves") and i >= 3 and tl[i - 3][:1].isalnum() \
            and nxt in ("that", ",", ":"):
        return i - 2  # "Conservatives like to say that ...", "he used to say that ...": habitual statements
    if before == "on" and i >= 3 and tl[i - 3] in ("went", "go", "goes", "going"):
        return i - 3
    if before in _SPEECH_DEIGNING and nxt in ("that", ":"):
        return i - 2  # "has even deigned to admit that ...", "hastened to add that ...": a statement made
    if before in _STATEMENT_ADJECTIVES and i >= 3 and content and (tl[i - 3] in _BE or (
            _CONTRACTION_RE.match(tl[i - 3]) and tl[i - 3].endswith(("'s", "’s", "'re", "’re")))):  # ("He's keen to point out")
        return i - 3
    if before in _STATEMENT_ADJECTIVES and i >= 4 and content and tl[i - 4] in _BE and (
            tl[i - 3] in ("still", "always", "also", "often", "very", "so", "too", "equally") or tl[i - 3].endswith("ly")):
        return i - 4  # "Lady Carnarvon is still keen to emphasize that ..."
    if before == "pains" and i >= 4 and tl[i - 3] == "at" and tl[i - 4] in _BE and content:
        return i - 4
    for took in range(i - 3, max(-1, i - 8), -1) if nxt in (":", "that") else ():  # "He took to his Twitter account
        if tl[took] in ("took", "takes", "take", "taking") and tl[took + 1] == "to":  # to say: ...": a post made
            return took
    return None


_TIME_UNITS = frozenset("minutes hours days weeks months years decades".split())


def _name_before_appositive(sent: _Sent, text: str, start: int) -> _Source | None:
    """The named person or organisation ending just before the comma at ``start - 1`` ("Geert
    Wilders" in "Geert Wilders, the far-right populist, ..."), or None."""
    n = start - 2
    while n - 1 >= 0 and sent.cap(n - 1) and sent.is_word(n - 1):
        n -= 1
    named = _describe(sent, text, n, start - 1)
    return named if named is not None and named.form in ("named_person", "named_organisation") else None


def _lower_word_capitalised(sent: _Sent, k: int) -> bool:
    """Is the capitalised token ``k`` (opening a sentence or clause) an ordinary word, not a name:
    "Recently", "Citing", "It's", "However"?"""
    w = sent.tl[k]
    return w in _SENTENCE_ADVERBS or w in VERBS or w in _AUX or w in _PRONOUNS or w in _CONJUNCTIONS \
        or _CONTRACTION_RE.match(w) is not None


def _subject_scan(sent: _Sent, text: str, i: int, quotes, own_quote: bool = False) -> _Source | None:
    """Nearest plausible clause subject left of token ``i`` (for participles and gerunds). Words
    inside a quotation are skipped, except, with ``own_quote``, those of the cue's own quotation
    ('"Whenever I hear someone saying ..."': a participle's nested report by a third party)."""
    tl = sent.tl
    k = i - 1
    stop = max(-1, i - 40)
    own = quotes.find(sent.ts[i]) if own_quote and i < sent.n else -1
    while k > stop:
        w = tl[k]
        if sent.is_word(k) and quotes.find(sent.ts[k]) == own:
            cat = NOUNS.get(w, (None,))[0]
            if (w in _QUANTIFIERS or w in NUMBERS) and k + 1 < i and (tl[k + 1] in _TIME or tl[k + 1] in _TIME_UNITS):
                k -= 1
                continue  # "Several hours after the auction, ...": a time phrase, not a subject
            if w in ("he", "she", "they", "it") or (cat and cat not in ("document", "vague_document")) or (
                    sent.cap(k) and w not in _DET and w not in _PREP and w not in _TIME and w not in _BOUNDARY and w not in _FIRST
                    and not ((k == 0 or not sent.is_word(k - 1)) and _lower_word_capitalised(sent, k))):
                # take the name chunk / NP ending here, unless it is the object of a preposition
                start = _np_left(sent, k)
                p = start - 1
                if start > 0 and tl[start] in _DET:
                    p = start - 1
                prev = tl[p] if p >= 0 else ""
                is_object = p >= 0 and sent.is_word(p) and not sent.cap(p) and (
                    prev.endswith("ed") or prev in _IRREGULAR_PAST
                    or (prev.endswith("ing") and p >= 1 and tl[p - 1] in _BE)) \
                    and prev not in NOUNS  # ("Officials met the families and said": the families are the object;
                # "Johansson is suing a French novelist ..., alleging": the object of a progressive verb)
                if prev not in _PREP and not (start < k and tl[start] in _PREP) and not is_object:
                    s = _describe(sent, text, start, k + 1)
                    if s is not None and s.anonymous and start >= 2 and tl[start - 1] == "," and tl[start] in ("a", "an", "the") \
                            and sent.cap(start - 2):
                        # "John Hutchinson, an evolutionary biologist at ..., questioned the findings,
                        # saying": the name before the appositive is the subject
                        named = _name_before_appositive(sent, text, start)
                        if named is not None:
                            return named
                    if s is not None:
                        return s
                k = start - 1
                continue
        k -= 1
    return None


#: object pronouns that name the hearer of a guarded speech verb ("assured me that")
_HEARER_PRONOUNS = frozenset(("me", "us", "him", "her", "them", "you"))
#: hearers that are no sources ("assured the public that", "reminded the nation that")
_HEARER_NOUNS = frozenset(("public", "nation", "country", "audience", "crowd", "world", "viewers", "listeners", "readers"))
#: lemmas whose first object is the hearer, with the content after it ("assured reporters that")
_HEARER_OBJECT_LEMMAS = frozenset(("assure", "reassure", "remind", "advise", "notify", "counsel", "brief"))


def _addressee_then_that(sent: _Sent, i: int, lemma: str) -> bool:
    """After the speech verb at ``i``, a hearer and then "that" (or a colon): the hearer as object
    of the lemmas of _HEARER_OBJECT_LEMMAS ("assured reporters that", "reminded me that"), or after
    "to" for any speech verb ("confided to me that", "whispered to an aide that"). The hearer is an
    object pronoun or a noun phrase of people of up to four words, without punctuation."""
    tl, n = sent.tl, sent.n
    k = i + 1
    if k < n and tl[k] == "to":
        k += 1
    elif lemma not in _HEARER_OBJECT_LEMMAS:
        return False
    if k >= n:
        return False
    if tl[k] in _HEARER_PRONOUNS:
        end = k + 1
    else:
        end = k
        while end < min(n, k + 4) and sent.is_word(end) and tl[end] != "that":
            end += 1
        head = tl[end - 1] if end > k else ""
        if NOUNS.get(head, ("",))[0] not in _PEOPLE_HEADS | {"organisation", "office", "media"} and head not in _HEARER_NOUNS:
            return False
    return end < n and tl[end] in ("that", ":")


#: lemmas whose passive with "by" names the teller: "was told by", "were assured by"
_TOLD_BY_LEMMAS = frozenset(("tell", "assure", "reassure", "remind", "advise", "warn", "brief"))
# ("inform" is left out: "is informed by research that shows ..." is shaped by, not told by)
#: words between the participle and "by": "was told last week by", "were later assured by"
_TOLD_BY_ADVERBIALS = frozenset(("later", "also", "then", "repeatedly", "previously", "once", "again", "twice", "last",
                                 "this", "that", "week", "month", "year", "night", "morning", "privately", "personally",
                                 "directly", "separately", "earlier", "recently", "yesterday", "today"))


def _told_by_source(sent: _Sent, text: str, i: int):
    """For the passive participle at ``i`` ("told", "assured"): the source after "by" and the
    token after it, when "by" follows (perhaps after a time adverbial) and a "that" clause (or a
    colon) follows the agent within twelve tokens: "I was told last week by a diplomat who has
    spent months in the talks that ..."; else None ("is informed by the latest research")."""
    tl, n = sent.tl, sent.n
    k = i + 1
    while k < min(n, i + 5) and tl[k] != "by" and (tl[k] in _TOLD_BY_ADVERBIALS or tl[k] in _TIME or _adverb_ly(sent, k)):
        k += 1
    if k + 1 >= n or tl[k] != "by" or not sent.is_word(k + 1):
        return None
    end = _np_right(sent, k + 1)
    that = _content_that(sent, end, (":",))
    if that is None:
        return None
    src = _describe(sent, text, k + 1, end)
    if src is None or src.form in ("first_person", "other", "unknown") or src.kind not in ("person", "group", "org"):
        return None  # (not "is informed by research that shows ...": a thing, and its relative clause)
    return _with_relative(sent, text, src, end, that), that


def _content_that(sent: _Sent, end: int, marks: tuple = ()) -> int | None:
    """The "that" opening a content clause right after the agent ending at ``end`` (or after the
    agent's "who" clause: "a diplomat who has spent months in the talks that ..."), or one of
    ``marks`` there; None otherwise. The clause must start with a word that is no verb, and a
    "that" after a noun of content inside the "who" clause is that noun's ("who can speak to the
    fact that ...")."""
    tl, n = sent.tl, sent.n
    m = end
    if m < n and tl[m] in ("who", "whom"):
        m = next((q for q in range(m + 1, min(n, m + 12)) if tl[q] == "that" or not sent.is_word(q)), n)
        if m < n and (tl[m - 1] in _THAT_NOUNS or any(tl[q] in VERBS for q in range(end + 1, m))):
            return None  # "leaders who can speak to the fact that ...", "the Secretary who said that ...":
            # the relative clause's own "that"
    if m >= n - 1 or m < 1:
        return None
    if tl[m] in marks:
        return m
    if tl[m] != "that" or not sent.is_word(m + 1) or _relative_that(sent, m) or tl[m - 1] in _PREP:
        return None  # (not "hear from him on that tomorrow": the pronoun "that" after a preposition)
    return m


#: nouns that take their own "that" clause ("the fact that", "the idea that")
_THAT_NOUNS = frozenset("""fact idea notion claim claims belief view hope fear fears news possibility sense point argument
    suggestion assumption assurance assurances evidence sign signs proof reports rumours rumors message knowledge
    understanding concern concerns worry worries impression feeling conviction way""".split())


def _relative_that(sent: _Sent, k: int) -> bool:
    """Does "that" at ``k`` open a relative clause ("officials that served in Iraq") rather than
    a content clause ("officials that help was coming")? A verb right after it says so."""
    if k + 1 >= sent.n or sent.tl[k] != "that":
        return False
    after = sent.tl[k + 1]
    return after in VERBS or after in _MODALS or after in _BE or after in WORDS["aux"] or (
        not sent.cap(k + 1) and after not in NOUNS and after.endswith(("ed", "es")) and not after.endswith("ss"))


def _with_relative(sent: _Sent, text: str, src: _Source, end: int, that: int) -> _Source:
    """``src`` (ending before token ``end``) stretched over its "who" clause up to token ``that``
    ("a diplomat who has spent months in the talks"), as for subjects (:func:`_modified_subject`)."""
    if that > end and src.start is not None:
        src.end = sent.te[that - 1]
        src.text = text[src.start:src.end]
    return src


#: words that end the source of "As you heard from X ...": time and place adjuncts
_AS_HEARD_ADJUNCTS = frozenset(("this", "earlier", "today", "yesterday", "last", "in", "at", "on", "just", "a"))


def _as_heard_comma(sent: _Sent, i: int, end: int) -> int | None:
    """'As you heard from the President this morning, ...': an opening as-clause of hearing
    (``i`` is "heard", the source ends at ``end``); the index of the comma that closes it, else None."""
    tl = sent.tl
    a = i - 1
    if a >= 1 and tl[a] in ("have", "'ve", "’ve"):
        a -= 1
    if a < 1 or tl[a] not in ("you", "we") or tl[a - 1] != "as" or (a >= 2 and sent.is_word(a - 2)):
        return None
    for q in range(end, min(sent.n, end + 10)):
        if tl[q] == ",":
            return q
        if not sent.is_word(q) or tl[q] in VERBS or tl[q] in ("that", "which", "who"):
            return None
    return None


def _heard_from_source(sent: _Sent, text: str, i: int):
    """For "heard"/"learned" at ``i``: the source after "from" and the token after it, when
    "from" follows (perhaps after one adverb) and a "that" clause follows the source within
    twelve tokens: "I heard from a senior official that ...", "Investigators learned from
    witnesses that ..."; else None. The source is a person or a group, not a document
    ("learned from the report that" is the writer's reading)."""
    tl, n = sent.tl, sent.n
    k = i + 1
    if k < n and (tl[k] in _TOLD_BY_ADVERBIALS or _adverb_ly(sent, k)):
        k += 1
    if k + 1 >= n or tl[k] != "from" or not sent.is_word(k + 1):
        return None
    if i > 0 and tl[i - 1] == "to":
        return None  # "want to hear from people that they trust": an intent, nothing heard yet
    end = _np_right(sent, k + 1)
    if any(tl[q] in ("about", "on", "for", "over", "regarding") for q in range(k + 2, end)):
        return None  # "heard from the team about steps that we're going to take": heard about, nothing told
    that = _content_that(sent, end)
    as_heard = that is None
    if as_heard:
        that = _as_heard_comma(sent, i, end)
        if that is not None:  # ("from the President this morning in the Rose Garden,": the time and place are no part of the source)
            end = next((q for q in range(k + 2, end) if tl[q] in _TIME or tl[q] in _AS_HEARD_ADJUNCTS), end)
    if that is None:
        return None
    src = _describe(sent, text, k + 1, end)
    if src is None or src.form in ("first_person", "other", "unknown", "document") or src.kind not in ("person", "group", "org"):
        return None
    return (src if as_heard else _with_relative(sent, text, src, end, that)), that


def _think_of_as(sent: _Sent, i: int) -> bool:
    """"think of <someone> as <something>" after "think" at ``i``: an opinion with its content."""
    return any(sent.tl[k] == "as" and k + 1 < sent.n and sent.is_word(k + 1) for k in range(i + 3, min(sent.n, i + 7)))


def _complement_ok(sent: _Sent, i: int, verb, quotes) -> bool:
    """Guarded and cognition verbs: is there reported content after the cue?"""
    tl = sent.tl
    n = sent.n
    nxt = tl[i + 1] if i + 1 < n else ""
    if "C" in verb.flags:
        lemma = verb.lemma
        if lemma == "view":  # "many view the move as a mistake", "was viewed by outsiders as a bold move"
            if tl[i] == "seen" and not (i > 0 and (tl[i - 1] in _BE or _adverb_ly(sent, i - 1))):
                return False  # ("Officials have seen as many as 200 cases": seeing; only the passive "was seen as" judges)
            if tl[i] == "sees":  # "sees her as an important partner", "sees it as vital"; not "sees revenue rising as demand grows"
                return any(tl[k] == "as" and k + 1 < n and (tl[k + 1] in _DET or tl[k + 1] in _POSSESSIVE or sent.tt[k + 1] in _QUOTE_CHARS
                                                             or tl[k + 1].endswith(("al", "ive", "ous", "ful", "ic", "ing", "ant", "ent", "ble")))
                           and tl[k + 1] not in _AS_NOT_COMPLEMENT for k in range(i + 1, min(n, i + 8)))
            return any(tl[k] == "as" and k + 1 < n and (sent.is_word(k + 1) or sent.tt[k + 1] in _QUOTE_CHARS)
                       and tl[k + 1] not in _AS_NOT_COMPLEMENT and tl[k + 1] not in _SUBJ_PRON
                       for k in range(i + 1, min(n, i + 10)))  # ("regarded the debate as “markedly more civil”")
        if lemma == "expect":
            k = i + 1
            while k < min(n, i + 6) and tl[k] in _FIGURE_LEAD:
                k += 1
            if k < n and (tl[k][:1].isdigit() or tl[k] in NUMBERS and tl[k] not in ("a", "an", "one")):
                return True  # "the city expects about 6 million visitors": a forecast figure
        if nxt in _WH - {"how"} or (nxt == "how" and lemma != "know"):
            return True
        if nxt in ("that’s", "that's", "there’s", "there's", "it’s", "it's") and lemma != "know":
            return True  # "believes that's about to change": a clause whose subject is "that"
        if lemma in ("think", "believe", "suspect", "hope", "fear", "reckon") and nxt in ("so", "not") \
                and (i + 2 >= n or not sent.is_word(i + 2)):
            return True  # "Rosser thinks not.", "officials believe so": a clause said by "so"/"not"
        if lemma == "consider" and any(tl[k] == "to" and k + 1 < n and tl[k + 1] == "be" for k in range(i + 2, min(n, i + 10))):
            return True  # "considered her best role to be ...": a judgement with content
        if lemma == "think" and nxt == "of" and _think_of_as(sent, i):
            return True  # "many people still think of her as someone who ...": an opinion held
        if lemma in ("know", "consider", "understand"):
            return False
        if lemma in ("assume", "anticipate"):
            return nxt == "that"  # "assumes the presidency if ...": taking on, not believing
        if nxt in _SUBJ_PRON and i + 2 < n and tl[i + 2] not in ("to",) and sent.is_word(i + 2):
            return True
        if nxt in _MODALS and i >= 2 and tl[i - 2] in ("which", "that", "who", "what") and tl[i - 1] in _SUBJ_PRON:
            return True  # "which they reckoned were closer to the true case": the clause's subject moved out
        if lemma in ("believe", "suspect", "consider") and any(
                tl[m:m + 2] == ["to", "be"] and all(sent.is_word(q) for q in range(i + 1, m)) for m in range(i + 2, min(n, i + 7))):
            return True  # "believe their preferences to be a better indication", "believe him to be aged 25"
        if lemma in ("believe", "suspect", "consider") and nxt in ("him", "her", "them", "it", "this", "that") and tl[i + 2:i + 4] == ["to", "be"]:
            return True  # "police believe him to be aged 25"
        if lemma in ("believe", "think", "reckon", "suspect", "expect", "hope") and sent.is_word(i + 1) and nxt not in _PREP \
                and nxt not in _DET and not sent.cap(i + 1) and nxt not in _PRONOUNS:
            # "they believe gas, which leaks often, was the trigger", "Bayen expects automation will
            # progress in stages": a bare-noun subject, a finite verb later
            relative = False
            for k in range(i + 2, min(n, i + 20)):
                if tl[k] in (".", ";", ":", "!", "?") or sent.tt[k] in _QUOTE_CHARS:
                    break
                if tl[k] in ("which", "who"):
                    relative = True  # a relative clause up to its closing comma has its own verb
                elif tl[k] == ",":
                    relative = False
                elif tl[k] in _MODALS and not relative:
                    return True
        if nxt in _DET or (i + 1 < n and sent.cap(i + 1)) or (nxt.endswith(("'s", "’s")) and i + 2 < n):
            k, stop, skipped = i + 2, min(n, i + 10), False
            while k < stop:
                if tl[k] in ("%", "-") and sent.is_word(k - 1) or sent.tt[k] in _QUOTE_CHARS:
                    k += 1  # "the top 1% wealthiest households own ...": a figure inside the subject;
                    continue  # 'believe this “paving” process could ...': a quoted word inside it
                if tl[k] in ("but", "because", "although"):
                    return False  # the clause of "feel any evidence" has ended: "... of it but that I had ..."
                if not sent.is_word(k):
                    close = next((m for m in range(k + 1, min(n, k + 7)) if tl[m] == ","), None) if tl[k] == "," and not skipped else None
                    if close is None:
                        return False
                    k, stop, skipped = close + 1, min(n, close + 8), True  # "believe Erdmann's grandfather, Richard Platz, threw"
                    continue
                if tl[k] in _MODALS or (lemma == "expect" and tl[k] == "to"):
                    return True
                if lemma in ("believe", "think", "suspect", "fear") and (
                        tl[k].endswith("ed") or tl[k] in _IRREGULAR_PAST
                        or (tl[k].endswith("s") and not tl[k].endswith(("ss", "'s", "’s")) and not tl[k - 1].endswith(("s", "ed", "ing"))
                            and ((tl[k - 1] in NOUNS and NOUNS[tl[k - 1]][1] == "sg")
                                 or tl[k - 2] in ("the", "a", "an", "this", "his", "her", "its", "their", "our")))) \
                        and tl[k] not in NOUNS and k >= i + 3 and tl[k - 1] not in _DET and tl[k - 1] not in _PREP \
                        and (sent.is_word(k - 1) or skipped):
                    return True  # "investigators believe the fire started", "he believes the region needs ...": a clause
                if lemma in ("believe", "think", "suspect", "fear") and k >= i + 3 \
                        and (tl[k - 1].endswith("s") and not tl[k - 1].endswith("ss") and sent.is_word(k - 1) or tl[k - 1] == "%") \
                        and tl[k].isalpha() and tl[k] not in NOUNS and not tl[k].endswith(("s", "ed", "ing", "ly")) \
                        and tl[k] not in _PREP and tl[k] not in _DET and tl[k] not in _CONJUNCTIONS and k + 1 < n \
                        and (tl[k + 1][:1].isdigit() or tl[k + 1] in _DET or tl[k + 1] in _POSSESSIVE):
                    return True  # "people think the top 1% wealthiest households own 59% of ...", "the richest 1% own": a plural subject, a bare verb
                k += 1
        return False
    # guarded speech verbs
    if verb.lemma == "utter" and nxt == "what" and any(sent.tt[k] in _QUOTE_CHARS for k in range(i + 2, min(n, i + 8))):
        return True  # "uttered what he called “the words ...”": quoted words uttered
    if nxt in ("the", "their", "his", "her", "its", "our") and i + 3 < n and tl[i + 2] in _STANCE_OBJECTS \
            and tl[i + 3] in ("of", "for", "to") and verb.lemma in _STANCE_LEMMAS:
        return True  # "Participants highlighted the importance of ...", "stressed the need for ...": a stance with content
    if verb.lemma == "dismiss":  # "dismissed the claim as groundless": a characterisation, like "called it"
        c = i + 2 if nxt in ("the", "any", "all") else i + 1
        if c + 1 < n and tl[c] in _DISMISSED_CONTENT and tl[c + 1] == "that":
            return True  # "dismisses the notion that ...", "dismissed claims that ...": a stance on the content
        k = next((k for k in range(i + 2, min(n, i + 10)) if tl[k] == "as" and k + 1 < n and sent.is_word(k + 1)), None)
        if k is None:
            return False
        role = k + 2 if tl[k + 1] in ("a", "an", "the", "its", "his", "her", "their") and k + 2 < n else k + 1
        return NOUNS.get(tl[role], ("",))[0] not in ("office", "role")  # ("dismissed him as chief executive": fired)
    if verb.lemma == "claim" and nxt == "to" and i + 2 < n and sent.is_word(i + 2):
        return True  # "who profess to be the devoted admirers of the government": a claim about themselves
    if verb.lemma == "find" and any(tl[m:m + 2] == ["to", "be"] and all(sent.is_word(q) for q in range(i + 1, m))
                                    and (nxt != "it" or m == i + 2) and tl[m - 1] not in ("way", "ways", "time", "chance", "hard", "easy", "difficult")
                                    for m in range(i + 2, min(n, i + 7))):
        return True  # "the Office for National Statistics has found Britain to be the loneliest country"
    if verb.lemma == "claim" and nxt in ("never", "not") and tl[i + 2:i + 3] == ["to"]:
        return True  # "claims never to have had an accident"
    if verb.lemma in ("hint", "suggest") and nxt in _SUBJ_PRON and i + 2 < n and sent.is_word(i + 2):
        return True  # "Closer's editor has hinted she has other pictures"
    if verb.lemma == "find" and nxt in ("it", "there", "they") and i + 2 < n and tl[i + 2] in _FOUND_CLAUSE_VERBS:
        return True  # "the Council found it was one of Britain's most tranquil places": a finding
    if verb.lemma == "confess":
        return nxt in ("to", "that") or (i + 1 < n and sent.tt[i + 1] in _QUOTE_CHARS)
    if verb.lemma in ("respond", "reply", "answer") and nxt == ",":
        return any(sent.tt[k] in _QUOTE_CHARS for k in range(i + 2, min(n, i + 4)))  # "residents are responding, posting ..."
    if verb.lemma == "speak":  # "spoke of the partnership: '...'", "spoke on Fox News, '...'"
        return _colon_quote_follows(sent, i) or (nxt in ("on", "to", "at", "in", "with") and _colon_quote_follows(sent, i, ","))
    if verb.lemma == "agree":
        return nxt == "that" or (nxt == "," and tl[i + 2:i + 3] == ["that"]) or ((nxt in _DET or nxt in _SUBJ_PRON) and _clause_follows(sent, i + 1))
    if verb.lemma == "show" and (nxt in _DET or (i + 1 < n and sent.cap(i + 1))):
        for k in range(i + 2, min(n, i + 9)):  # "polls show the race is tight"
            if not sent.is_word(k) or tl[k] in _PREP or tl[k] in ("and", "but", "which", "who", "that"):
                break
            if tl[k] in _MODALS:
                return True
    if verb.lemma in ("find", "show") and nxt != "that" and _finder_before(sent, i) and _finite_clause_follows(sent, i + 1):
        return True  # "researchers found viewing fell ...", "a recent poll found only a quarter ... favoured"
    if verb.lemma == "find" and i + 1 < n and sent.tt[i + 1] in _QUOTE_CHARS and _finder_before(sent, i):
        return True  # 'the report found “no evidence” for this': the finding quoted
    if verb.lemma in ("share", "find", "accept", "recommend", "show"):
        return nxt == "that"  # "she shared that ...", "the study found that ...", not "shared photos"
    if verb.lemma == "rule":  # "ruled (on September 11) (that) the prorogation was unlawful"
        k = i + 1
        if k < n and tl[k] in ("on", "in", "last", "this", "earlier") and k + 1 < n and (
                tl[k + 1] in _TIME or tl[k + 1][:1].isdigit()
                or (tl[k + 1] in ("the", "this", "last") and k + 2 < n and (tl[k + 2] in _TIME or tl[k + 2] == "same"))):
            k += 1
            while k < n and (tl[k] in _TIME or tl[k][:1].isdigit() or tl[k] in ("the", "this", "last", "same", "day", ",")):
                k += 1
        return k < n and (tl[k] == "that" or (sent.is_word(k) and tl[k] not in _PREP
                                                and tl[k] not in ("out", "against", "over", "him", "her", "them", "it")))
    if verb.lemma == "declare" and i + 1 < n and sent.is_word(i + 1) and nxt not in _PREP and nxt not in _PRONOUNS:
        for k in range(i + 2, min(n, i + 10)):  # "Putin declared Russians would continue to be paid"
            if not sent.is_word(k) or tl[k] in ("so", "because", "to", "and", "but", "when", "if", "as", "of", "after",
                                                 "before", "while", "which", "that", "who"):
                break  # ("declared a state of emergency so he could ...": an act, then its purpose)
            if tl[k] in _MODALS:
                return True
    if verb.lemma == "question":  # "many have questioned whether the policy works"
        return nxt in ("whether", "if", "why", "how", "what", "that")
    if verb.lemma == "identify":
        return False  # only its passive with an agent ("was identified as X by a spokesperson")
    if verb.lemma == "justify":  # "justified the strike, which was approved by X, as 'defensive'"
        return any(tl[k] == "as" and k + 1 < n and sent.tt[k + 1] in _QUOTE_CHARS for k in range(i + 1, min(n - 1, i + 16)))
    if verb.lemma == "defend":  # "defended his decision, 'As I have stated ...'"
        return nxt == "that" or _colon_quote_follows(sent, i) or _colon_quote_follows(sent, i, ",")
    if verb.lemma in ("attribute", "ascribe"):  # "experts attribute this to human activity"
        return sent.is_word(i + 1) and nxt != "to" and any(tl[k] == "to" for k in range(i + 2, min(n, i + 10)))
    if verb.lemma == "inform":  # "informed police she had immunity", not "informed them of the decision"
        return nxt == "that" or any(tl[k] == "that" or (tl[k] in _SUBJ_PRON and k + 1 < n and sent.is_word(k + 1))
                                    for k in range(i + 2, min(n, i + 5)))
    if verb.lemma == "communicate":  # "communicated that ...", not "they could still communicate,"
        return nxt == "that" or _addressee_then_that(sent, i, verb.lemma)
    if nxt in (",", ":", "that") or (i + 1 < n and sent.tt[i + 1] in _QUOTE_CHARS):
        return True
    if verb.category == "speech" and _addressee_then_that(sent, i, verb.lemma):
        return True  # "assured reporters that ...", "reminded me that ...", "confided to me that ...": content after the hearer
    if verb.lemma in ("ask",):
        for k in range(i + 1, min(n, i + 5)):
            if tl[k] in ("whether", "if", "why", "how", "what", "when", "where", "who", "which", ":") or (
                    sent.tt[k] in _QUOTE_CHARS and k + 1 < n and sent.is_word(k + 1)):
                return True
            if tl[k] == "to":
                return False
        return False
    if verb.lemma in ("add", "conclude", "claim", "insist", "argue", "acknowledge", "admit") and sent.is_word(i + 1) \
            and nxt not in _PREP and nxt not in ("responsibility", "credit", "victory", "asylum") \
            and (_finite_clause_follows(sent, i + 1) or verb.lemma == "add" and any(
                sent.tt[k] in _QUOTE_CHARS and sent.tt[k] not in ("”", "’") and sent.is_word(k - 1) and k + 1 < n
                and sent.is_word(k + 1) for k in range(i + 2, min(n, i + 5)))):
        # "He added the company would appeal", 'He added authorities "are still waiting ..."'
        return True
    if verb.lemma in ("add", "observe", "maintain", "conclude", "reply", "respond", "answer"):
        return nxt in _SUBJ_PRON or (nxt in ("neither", "no", "nobody", "nothing", "none") and _clause_follows(sent, i + 1)) or (verb.lemma in ("add", "maintain", "conclude") and (nxt in _DET or (i + 1 < n and sent.cap(i + 1))) and _clause_follows(sent, i + 1))
    if verb.lemma == "call":
        if nxt == "it" and i + 2 < n and sent.is_word(i + 2):
            # "called it a disaster", "called it unacceptable" characterise (CODEBOOK v1.1 A); not "call it
            # a day", "called it quits", "called it off"
            after = tl[i + 2]
            if after in ("a", "an"):
                return i + 3 < n and tl[i + 3] not in ("day", "night")
            return after not in _PREP and after not in ("off", "up", "back", "in", "out", "quits", "that", "and", "but")
        if nxt in ("you", "it"):  # "called it 'unexpected'" characterises; "call you blessed" does not report
            return i + 2 < n and sent.tt[i + 2] in _QUOTE_CHARS
        return nxt not in ("off", "up", "back", "in", "out", "to", "at", "him", "her", "me", "us", "them", "911",
                           "police", "by", "forth", "upon", "home")
    if verb.lemma in ("express", "voice"):
        return any(w in _ATTITUDE for w in tl[i + 1:i + 4]) or nxt == "that" or (nxt in _SUBJ_PRON and _clause_follows(sent, i + 1))
    if verb.lemma in ("post", "write", "text", "email", "tweet") and nxt in ("on", "to", "in"):
        # "posted on Facebook that ...", "wrote in an email that ...": content after the medium
        for k in range(i + 2, min(n, i + 7)):
            if tl[k] in ("that", ":") or sent.tt[k] in _QUOTE_CHARS:
                return True
            if not sent.is_word(k):
                break
    if verb.lemma == "comment":
        return nxt in ("on", "that")
    if verb.lemma == "hint":
        return nxt == "at"
    if verb.lemma == "declare" and nxt in _PREP:
        # "declared in the majority opinion, '...'": content after a prepositional phrase
        for k in range(i + 2, min(n, i + 10)):
            if tl[k] in (",", ":") and k + 1 < n and (sent.tt[k + 1] in _QUOTE_CHARS or tl[k + 1] == "that"):
                return True
            if not sent.is_word(k):
                return False
        return False
    if verb.lemma == "post":
        window = tl[i + 1:i + 5]
        return any(w in ("message", "statement", "tweet", "note", "letter", "update", "response", "comment") for w in window)
    return False


#: verbs whose impersonal passive with "it" reports an unattributed claim: "it is admitted that",
#: "it has been asserted that" (CODEBOOK v1.1 A, impersonal cues)
_IT_PASSIVE = WORDS["it_passive_lemma"]


def _parenthetical_it(sent: _Sent, j: int) -> bool:
    """Is the be-chain ending at token ``j`` that of a parenthetical "..., it is said, ..." or
    "This, it has been urged, ought ...": "it" right after a comma or dash?"""
    k = j - 1
    while k >= 1 and (sent.tl[k] in _AUX and sent.tl[k] not in _MODAL_ONLY):
        k -= 1
    return k >= 1 and sent.tl[k] == "it" and sent.tl[k - 1] in (",", "—", "–")


def _it_before(sent: _Sent, j: int) -> bool:
    """Is "it" the subject of the be-chain ending at token ``j`` ("it is", "it has been")?"""
    k = j - 1
    while k >= 0 and (sent.tl[k] in _AUX or sent.tl[k] in _BE):
        k -= 1
    return k >= 0 and sent.tl[k] == "it"


#: impersonal passives that stay cues as a parenthetical after a comma with no clause of their own
#: ("bought a quarter of a century ago, it is believed for members of the royal family")
#: first-person subjects contracted with an auxiliary ("I'll end by saying")
_FIRST_CONTRACTED = frozenset(p + a for p in ("i", "we") for a in ("'ll", "’ll", "'d", "’d", "'m", "’m", "'ve", "’ve", "'re", "’re"))
_PARENTHETICAL_IT = frozenset(("believe", "think", "understand", "say", "report", "rumour", "rumor", "suppose",
                               "urge", "argue", "allege", "claim", "contend", "object"))
#: verbs of an objection the essayist voices in a modal impersonal passive ("It may be said, that ...")
_OBJECTION_LEMMAS = frozenset(("say", "urge", "object", "allege", "argue", "contend", "answer", "reply"))
#: guarded verbs that report the surrounding clause when set off by commas ("..., he added.")
_PARENTHETICAL_G = WORDS["parenthetical_lemma"]


def _colon_quote_follows(sent: _Sent, i: int, mark: str = ":") -> bool:
    """'praised Mendez on Twitter: "..."': a colon (or ``mark``) and a quotation within the next few words."""
    for k in range(i + 1, min(sent.n - 1, i + 9)):
        if sent.tl[k] == mark:
            return sent.tt[k + 1] in _QUOTE_CHARS
        if sent.tl[k] in (";", ".") or sent.tt[k] in _QUOTE_CHARS:
            return False
    return False


_FINDERS = WORDS["finder"]
_IRREGULAR_PAST = WORDS["irregular_past"]
_FINITE_AUX = frozenset("is are was were has have had".split())


def _finder_before(sent: _Sent, i: int) -> bool:
    """Is the subject just before the cue a study, a poll, researchers ...? (adverbs skipped)"""
    j = _skip_left(sent, i)
    return j >= 0 and sent.tl[j] in _FINDERS and sent.tl[j] in NOUNS  # (a source noun: not "Results showed")


def _finite_clause_follows(sent: _Sent, k0: int) -> bool:
    """Does a clause with its own finite verb start at token ``k0`` ("viewing fell", "only a quarter
    of citizens favoured", "when fish were plentiful")? A conservative test: a modal, a form of
    "be"/"have", or a past tense after a noun, before any punctuation, within 12 tokens."""
    tl = sent.tl
    if k0 < sent.n and tl[k0] in ("when", "if", "while", "because", "although"):
        return True
    for k in range(k0, min(sent.n, k0 + 12)):
        if not sent.is_word(k) or tl[k] in ("which", "who", "that", "and", "but", "or", "what", "how", "why", "where"):
            return False
        if k == k0:
            continue
        w = tl[k]
        if w in _MODALS or w in _FINITE_AUX or w in _IRREGULAR_PAST:
            return True
        if w.endswith("ed") and w not in NOUNS and not sent.cap(k) and tl[k - 1] not in _DET and tl[k - 1] not in _PREP \
                and tl[k - 1] not in _FINITE_AUX:
            return True
    return False


def _clause_follows(sent: _Sent, i: int) -> bool:
    tl = sent.tl
    for k in range(i, min(sent.n, i + 8)):
        if not sent.is_word(k):
            return False
        if tl[k] in _MODALS:
            return True
    return False


#: reporting verbs beyond _CORE_SPEECH that take an inverted subject after a comma (", observes Brabon.")
_INVERTING = WORDS["inverting_lemma"]
#: words that open an adjunct after an inverted source ("said the minister to reporters / on Tuesday")
_INVERSION_ADJUNCTS = frozenset("to in on at during after before from via while when outside inside".split()) | WORDS["time"]


def _aside_opening(sent: _Sent, j: int, limit: int, inner=("-", "'", "’")) -> int | None:
    """Index of the comma that opens the aside closed by the comma ``j`` (at most ``limit``
    tokens back, only words and the ``inner`` marks between, a word before it), else None."""
    tl = sent.tl
    for p in range(j - 1, max(0, j - limit), -1):
        if tl[p] == ",":
            return p if p >= 1 and p + 1 < j and sent.is_word(p - 1) else None
        if not sent.is_word(p) and tl[p] not in inner:
            return None
    return None


def _closes_relative_clause(sent: _Sent, j: int) -> bool:
    """Does the comma ``j`` close a relative clause opened after a comma (", who was not
    authorized to speak publicly,")? Then the verb after it has the noun before the clause as
    its subject and is no inversion ("An official, who ..., confirmed the plan")."""
    p = _aside_opening(sent, j, 25)
    return p is not None and sent.tl[p + 1] in ("who", "whose", "whom")


#: words of an age range after "aged" ("aged 55 or more", "aged between 18 and 24")
_AGE_RANGE = frozenset(("over", "under", "or", "and", "more", "older", "above", "younger", "plus", "+", "-", "–", "to",
                        "between", "up"))


def _aged_subject(sent: _Sent, text: str, i: int) -> _Source | None:
    """'72% of people aged 55 or more said', 'voters aged 18 to 24 say': the people before "aged"
    and their age range, ending right before the cue ``i``; else None."""
    tl = sent.tl
    for a in range(i - 1, max(0, i - 8), -1):
        if tl[a] == "aged":
            break
        if not (tl[a][:1].isdigit() or tl[a] in _AGE_RANGE):
            return None
    else:
        return None
    if a < 1 or a == i - 1:
        return None
    src = _source_left(sent, text, a - 1)
    if src is None or src.start is None or src.pronoun or src.kind not in ("person", "group") \
            or src.form in ("first_person", "other", "unknown"):
        return None
    return _extended(src, sent, text, i - 1)


def _there_are_many_aside(sent: _Sent, j: int) -> int | None:
    """Index of the comma opening an aside ", and there are many," / ", of whom there are
    plenty," that ends at the comma ``j`` (between a subject and its verb), else None."""
    tl = sent.tl
    p = _aside_opening(sent, j, 7, inner=())
    if p is not None and (tl[p + 1:p + 3] == ["and", "there"] or tl[p + 1:p + 4] == ["of", "whom", "there"]):
        return p
    return None


#: words that open a knowledge phrase or clause after an unnamed source's head noun, which an
#: inversion after a clause may carry (", said a person briefed on the talks", ", said one
#: negotiator involved in the talks, who ...")
_KNOWLEDGE_PHRASE_WORDS = frozenset(("briefed", "familiar", "close", "involved", "knowledgeable", "with", "who", "speaking"))
#: source-noun categories of people (sourcing lexicon): heads an unnamed source can have
_PEOPLE_CATEGORIES = frozenset(("role", "generic", "group", "vague"))


def _inverted_source(sent: _Sent, text: str, i: int) -> _Source | None:
    """"..., said the minister" / "said Smith": the source is the noun phrase after the cue."""
    if sent.tl[i] in _PARTICIPLE_ONLY:
        return None  # "We have asked the government, written many letters": a participle inverts nothing
    k = i + 1
    if k >= sent.n or not sent.is_word(k):
        return None
    w = sent.tl[k]
    if not (sent.cap(k) or w in _DET or w in NOUNS or w in ("he", "she", "they", "one", "another")):
        if not (i > 0 and sent.tt[i - 1] in _QUOTE_CHARS or (i > 1 and sent.tl[i - 1] == "," and sent.tt[i - 2] in _QUOTE_CHARS)):
            return None
    if w in ("that", "this", "it", "there", "what"):
        return None
    verb = VERBS.get(sent.tl[i])
    if verb is not None and sent.tl[i] == verb.lemma and verb.lemma in ("call", "tell", "ask", "contact", "write") \
            and w in ("a", "an", "one", "another", "each", "every"):
        return None  # "..., call a local hospital": a base-form verb before a singular is an imperative, not an inversion
    end = _np_right(sent, k)
    if end + 1 < sent.n and sent.tl[end] in ("in", "on", "last", "this", "earlier") and end > k:
        # ", said Jane Okoro in 2019, ...": a time adjunct after the inverted source, then the clause goes on
        q = end + 1 if sent.tl[end] in ("in", "on") else end
        while q < sent.n and (sent.tl[q] in _TIME or sent.tl[q].isdigit() or sent.tl[q] in ("last", "this", "earlier")):
            q += 1
        if q > end + (1 if sent.tl[end] in ("in", "on") else 0) and q < sent.n and sent.tl[q] in (",", "—", "–") \
                and VERBS.get(sent.tl[i]) is not None and VERBS[sent.tl[i]].category != "cognition":
            return _describe(sent, text, k, end)
    if end < sent.n and sent.is_word(end):
        after_quote = i > 0 and (sent.tt[i - 1] in _CLOSE_QUOTES or (i > 1 and sent.tl[i - 1] == "," and sent.tt[i - 2] in _CLOSE_QUOTES))
        participle = sent.tl[end].endswith(("ing", "ed")) and sent.tl[end] not in VERBS and sent.tl[end] not in NOUNS
        after_clause = (after_quote or (i > 2 and sent.tl[i - 1] == ",")) and sent.tl[end] in _KNOWLEDGE_PHRASE_WORDS \
            and NOUNS.get(sent.tl[end - 1], ("",))[0] in _PEOPLE_CATEGORIES and not sent.cap(end - 1)
        # ("The deal is close, said a person briefed on the talks.": the knowledge phrase of an unnamed source)
        org_relative = sent.tl[end] in ("that", "which") and any(sent.tl[m] == "of" for m in range(k + 1, end))
        # ('"...," said Moira Austin of a charity that supports ...': a relative clause on the source's organisation)
        if not (after_quote and (sent.tl[end] in _INVERSION_ADJUNCTS or participle or sent.tl[end] in ("who", "whose") or org_relative)) \
                and not after_clause:
            return None  # the phrase does not close the clause: not an inversion
        if after_clause and sent.tl[end] in ("briefed", "close", "involved", "knowledgeable"):
            end = next((q for q in range(end + 1, min(sent.n, end + 10)) if not sent.is_word(q)), end)
            # (the knowledge phrase belongs to the source: "a person briefed on the talks")
        # ('"...," says a teenager standing with friends': a participle phrase after the source)
        # ('"We are ready," said the minister to reporters': an adjunct after the inverted source)
        # ('"We will win," said a spokesman who declined to be named': a relative clause on the source)
    if i > 0 and end + 1 < sent.n and sent.tl[end] in (",", ":") and sent.tt[end + 1] in _QUOTE_CHARS \
            and not any(sent.tt[m] in _CLOSE_QUOTES for m in range(i)) and sent.tl[i - 1] != ",":
        # (but a parenthetical ", said Garcia-Moreno, “...”" is an inversion)
        return None  # "defended his decision, '...'": the object before the quotation, not a speaker
    if VERBS.get(sent.tl[i]) is not None and VERBS[sent.tl[i]].category == "cognition":
        return None
    if end - 1 > k and sent.tl[end - 1].endswith("ed") and sent.tl[end - 1] not in NOUNS and sent.tl[end - 2] in NOUNS:
        return None  # "..., said the plan failed": a clause after the cue, not its subject
    if any(sent.tl[m] == "ago" or sent.tl[m] in _TIME_UNITS for m in range(k, end)):
        return None  # "said a couple of hours ago, ...": a time phrase, not a speaker
    while end - 1 > k and (sent.tl[end - 1] in _TIME or sent.tl[end - 1] in ("last", "this", "next")):
        end -= 1  # '"...," said one official last week': the time phrase is no part of the source
    s = _describe(sent, text, k, end)
    if s is not None and not s.pronoun and end + 1 < sent.n and sent.tl[end] == "," and sent.cap(end + 1) \
            and sent.tl[end + 1] not in _TIME:
        end2 = _np_right(sent, end + 1)
        if end2 >= sent.n or not sent.is_word(end2):
            name = _describe(sent, text, end + 1, end2)
            if name is not None and name.form == "named_person":
                return name  # "..., argued the government's lawyer, Richard Keen.": the appositive name
    return s


# --------------------------------------------------------------------------------------------
# Document analysis


#: "be confident/sure/unsure ..." ascribed to a third party (CODEBOOK v1.1 A, cognition/attitude).
#: adjectives of belief; the last four report a belief only with a "that" clause ("she was hopeful.")
_THAT_ONLY_ADJECTIVES = ("optimistic", "pessimistic", "hopeful", "adamant")
#: adjectives of worry: a belief only with a clause ("are concerned the government will ...")
_CLAUSE_ONLY_ADJECTIVES = ("concerned", "worried")
#: adjectives of doubt about a claim: "was dubious about the findings", "was also sceptical."
_DOUBT_ADJECTIVES = ("sceptical", "skeptical", "doubtful", "dubious")
#: "has been clear that ...", "was clear that ...": a stated position, only with a "that" clause
#: and a person or body as subject (not "It is clear that", "The evidence is clear")
_POSITION_ADJECTIVES = ("clear",)
_SURE_ADJECTIVES = "|".join(("confident", "sure", "unsure", "certain", "uncertain", "convinced", *_DOUBT_ADJECTIVES,
                             *_THAT_ONLY_ADJECTIVES, *_CLAUSE_ONLY_ADJECTIVES, *_POSITION_ADJECTIVES))
_BE_SURE_RE = re.compile(
    r"\b(?:is|are|was|were|remains?|remained|be|been)(?:\s+not)?(?:\s+(?:so|very|quite|less|more|entirely|fully|all|too|also|still|deeply|increasingly))?"
    rf"\s+(?:{_SURE_ADJECTIVES})\b",
    re.IGNORECASE,
)


#: the adjectives of _BE_SURE_RE, found first (a fast case-sensitive scan): the full pattern then
#: runs only in the few characters before each one
_SURE_ADJ_RE = re.compile(rf"\s(?:{_SURE_ADJECTIVES})\b")  # (a leading \s scans faster than a lookbehind)


def _cue_and_be_sure(text: str):
    yield from CUE_RE.finditer(text)
    yield from whole_phrase_cues(text)  # "has it that", "in the words of" (sorted per sentence later)
    seen = -1
    for a in _SURE_ADJ_RE.finditer(text):
        window = max(0, a.start() + 1 - 64)
        m = _BE_SURE_RE.search(text, window, a.end())
        while m is not None and m.end() != a.end():
            m = _BE_SURE_RE.search(text, m.start() + 1, a.end())
        if m is not None and m.start() > seen:
            seen = m.start()
            yield m


def _cue_candidates(text: str, seg: Segmentation):
    """Sentence index -> cue matches (in text order), from one regex pass each over the document."""
    starts = [s.start for s in seg.sentences]
    sentences = seg.sentences
    out: dict[int, list] = {}
    for m in _cue_and_be_sure(text):
        pos = m.start()
        if text[pos - 1:pos] == " " and _FIRST_PERSON_BEFORE.search(text, max(0, pos - 40), pos) \
                and not m.group().endswith("ing") and m.group().lower() not in _HEARD_FROM_FORMS:
            continue  # "I think", "we know", "you know": a first-person subject, never a source
            # (but "I heard from a senior official that ...": the official is the source)
        form = m.group()
        if form in _NOUN_HOMOGRAPHS:
            before = _WORD_BEFORE_RE.search(text, max(0, pos - 24), pos)
            if before is not None and (before.group(1).lower() in _DET_NOT_NOUN or before.group(1).lower() in _PREP_NOT_TO):
                continue  # "this call", "the report", "of the statement": the noun (the rule of _decide)
        if form == "States":
            continue  # "the United States"
        if form in ("statement", "Statement") and not _statement_phrase_ends(text, pos, m.end()):
            continue  # only "in a statement" / "issued a statement" is a cue (_statement_only)
        after = _NEEDS_AFTER.get(form.lower())
        if after is not None and not after.match(text, m.end()):
            if not _BRACKET_OR_QUOTE_RE.search(text, max(0, pos - 30), pos) \
                    and not (form.lower() in _FIND_SHOW_FORMS and _FINDER_BEFORE_RE.search(text, max(0, pos - 40), pos)):
                continue  # no required continuation and no bracket or quotation just before: skip
            # ("as [the official] just spoke", '"...," shared Ms Lee': rules that need no continuation)
        k = bisect.bisect_right(starts, pos) - 1
        if k < 0 or pos >= sentences[k].end:
            continue
        out.setdefault(k, []).append(m)
    if 0 in out and _is_headline(text, seg):
        del out[0]  # a headline is not an attribution (CODEBOOK v1.1 A): "Woman claims ..."
    for matches in out.values():
        if len(matches) > 1:
            matches.sort(key=re.Match.start)
    return out


#: a headline has no more words than this
_HEADLINE_MAX_WORDS = 20
_BLANK_LINE_RE = re.compile(r"\n[ \t\r]*\n")
_SENTENCE_END_RE = re.compile(r"[.!?…:;,][\"'”’)\]]*\s*$")


def _is_headline(text: str, seg: Segmentation) -> bool:
    """Is the document's first sentence a headline: the whole first line, followed by a blank
    line and more text, without final punctuation, not opening with a quotation mark, and of at
    most _HEADLINE_MAX_WORDS words ("Australian woman claims church imprisoned her")?"""
    if len(seg.sentences) < 2:
        return False
    first = seg.sentences[0]
    line_end = text.find("\n", first.start)
    if line_end < 0 or text[first.end:line_end].strip() or _BLANK_LINE_RE.match(text, line_end) is None:
        return False
    head = text[first.start:first.end]
    return (first.last_word - first.first_word <= _HEADLINE_MAX_WORDS and _SENTENCE_END_RE.search(head) is None
            and head[:1] not in _QUOTE_CHARS and text[:first.start].strip() == "")


def _decide_be_sure(sent: _Sent, text: str, i: int, m, quotes, closed_quote):
    """'Officials are confident that ...', 'Others are not so sure': a third party's belief."""
    qi = quotes.find(m.start())
    if qi >= 0 and closed_quote[qi]:
        return None  # the quoted speaker's own certainty
    k = sent.index.get(m.end())  # the token after the adjective, if it starts right there
    k = k if k is not None else next((t for t in range(i, sent.n) if sent.ts[t] >= m.end()), sent.n)
    nxt = sent.tl[k] if k < sent.n else ""
    adjective = m.group().split()[-1].lower()
    doubt_of = nxt in ("of", "about") and adjective in _DOUBT_ADJECTIVES \
        and i > 0 and sent.tl[i - 1] not in ("who", "that", "which") and (i < 2 or sent.tl[i - 2] not in ("who", "that", "which"))
    if (nxt in ("in", "of", "to", "for", "with", "enough", "and", "or", ",", "about", "over", "by") or nxt == "") and not doubt_of:
        return None  # "confident in the team", "sure of holding it": trust or intent, no content
        # (but "Some critics are sceptical of farmed fish": doubt about a claim)
    if adjective in _POSITION_ADJECTIVES and nxt in ("from", "since", "all") and any(sent.tl[q] == "that" for q in range(k + 1, min(sent.n, k + 6))):
        nxt = "that"  # "has been clear from day one that ...": a time phrase before the clause
    if adjective in _POSITION_ADJECTIVES and (nxt != "that" or not any(sent.tl[q] in ("has", "have", "had", "was", "were", "is", "are")
                                                                      for q in range(max(0, i - 2), i + 1))):
        return None  # "has been clear that ...", "he was clear that ..." (not "make the rules clear")
    if adjective in _THAT_ONLY_ADJECTIVES and nxt != "that":
        return None  # "she was hopeful.": a mood; "astronomers were optimistic that ...": a belief
    if adjective in _CLAUSE_ONLY_ADJECTIVES and not (nxt == "that" or nxt in _SUBJ_PRON or k < sent.n and (
            nxt in _DET and nxt not in ("this", "that") or sent.cap(k))):
        return None  # "residents were worried.": a mood; "are concerned the Government will ...": a fear
    j = _skip_left(sent, i)
    if j >= 1 and sent.tl[j] == "to" and sent.tl[j - 1] in ("seem", "seems", "seemed", "appear", "appears", "appeared"):
        j = _skip_left(sent, j - 1)  # "Many people seem to be convinced that ..."
    src = _source_left(sent, text, j)
    if src is None or src.form in ("first_person", "other", "unknown", "impersonal"):
        return None
    if src.pronoun and src.text.lower() not in ("he", "she", "they"):
        return None  # "it is certain that": the author's own booster, not an attribution
    if adjective in _POSITION_ADJECTIVES and (src.kind not in ("person", "group", "org") or src.form in ("document", "vague_document")):
        return None  # ("The evidence is clear that ...": the writer's judgement of the evidence)
    return _mk(m.start(), m.end(), text, src, "be_adjective", voice="active")


def _find(text: str, seg: Segmentation) -> list[dict]:
    cands = _cue_candidates(text, seg)
    if not cands:
        return []
    quotes = seg.quote_index
    quote_list = seg.quotes
    closed_quote = [q.closed for q in quote_list]
    records: list[dict] = []
    for k in sorted(cands):
        sentence = seg.sentences[k]
        sent = _Sent(text, sentence.start, sentence.end)
        recs: list[dict] = []
        consumed: set[int] = set()
        for m in cands[k]:
            i = sent.index.get(m.start())
            if i is None or i in consumed:
                continue
            if m.re is _BE_SURE_RE:
                rec = _decide_be_sure(sent, text, i, m, quotes, closed_quote)
            else:
                rec = _decide(sent, text, i, quotes, quote_list, closed_quote, consumed, recs)
            if rec is not None:
                rec["sentence"] = k
                if i > 0 and sent.tl[i - 1] in ("who", "which"):
                    rec["_relative"] = True  # (a relative clause's cue: not inherited by later cues)
                recs.append(rec)
        if recs:
            _contents(sent, text, recs, seg, k)
            records.extend(recs)
        elif any(m.group() in ("statement", "Statement") for m in cands[k]):
            rec = _statement_only(sent, text, k)
            if rec:
                records.append(rec)
    return records


#: rules whose attributions have no source span and are anonymous ("reportedly", "it is said",
#: "there are reports that"); any other cue without a source is of unknown form
_IMPERSONAL_RULES = frozenset(("impersonal_adverb", "impersonal_passive", "there_are_reports", "hearsay_is_that"))


#: objects that state a stance ("highlighted the importance of ...", "stressed the need for ...")
_STANCE_OBJECTS = frozenset(("importance", "need", "necessity"))
_STANCE_LEMMAS = frozenset(("highlight", "emphasize", "emphasise", "stress", "underscore", "underline", "reiterate", "note", "point"))
#: modifiers of a cue noun inside a prepositional phrase ("in a late July tweet", "in a brief statement")
_CUE_NOUN_MODIFIERS = frozenset("late early recent new latest separate brief short long joint official weekly daily".split())
#: adjectives of the noun "regard" ("held her in high regard")
_REGARD_ADJECTIVES = frozenset("high higher highest great greatest low little no some special particular utmost due any".split())
#: adjectives of a report noun ("initial reports", "early reports")
_REPORT_MODIFIERS = frozenset("initial preliminary unconfirmed conflicting early recent latest separate earlier previous".split())
#: first-person words that are never a clause's subject ("wrote to me and said")
_FIRST_NOT_SUBJECT = frozenset(("me", "us"))
#: modifiers of an unnamed estimate or report after "by" ("by conservative estimates", "by varying reports")
_BY_ESTIMATE_MODIFIERS = frozenset("""official conservative independent their its his her varying conflicting differing
    unconfirmed initial early local media press news""".split())
#: nouns of hearsay found only as whole phrases ("speculation that"; sourcing_cue_phrases.csv)
_THERE_ARE_NOUNS = frozenset(p.split()[0] for p, rule in PHRASES.items() if rule == "there_are_reports")


_HEARSAY_SUBJECTS = WORDS["hearsay_subject"]
#: adjectives before a hearsay noun ("the prevailing view", "the conventional wisdom")
_HEARSAY_ADJECTIVES = frozenset("""prevailing conventional general common widespread growing received dominant popular
    official private current latest""".split())
#: hearsay nouns that report others' talk even with no holder named ("Word is that", "The talk is that")
_HEARSAY_UNOWNED = frozenset(("word", "talk", "chatter", "gossip", "buzz", "thinking", "consensus", "wisdom"))
#: prepositions after which the people holding the view follow ("the consensus among economists")
_HEARSAY_HOLDERS = frozenset(("among", "from", "at", "inside", "within", "of", "in"))
#: prepositions of place after a hearsay noun ("Word around Westminster is that"): the view unattributed
_HEARSAY_PLACES = frozenset(("around", "across", "on", "along"))


def _hearsay_is_that(sent: _Sent, text: str, i: int, in_quote: bool):
    """'The consensus among economists is that ...', 'Word is that ...', 'The thinking in Brussels
    goes that ...', 'the prevailing view in the Treasury was that ...': a noun of shared opinion
    or hearsay (lexicon ``hearsay_subject``), perhaps with adjectives and one prepositional
    phrase, as subject of "is/was/goes that". The people after "among/from/at/inside/within/of"
    are the source; otherwise the view is unattributed (anonymous, no source span). A possessive
    or any other determiner ("my view is that", "this view") is no such cue."""
    tl = sent.tl
    if in_quote or i < 1 or i + 2 >= sent.n or tl[i + 1] != "that" or not sent.is_word(i + 2):
        return None
    k = i - 1
    pp = None
    for m in range(i - 1, max(-1, i - 8), -1):
        if not sent.is_word(m):
            return None
        if tl[m] in _HEARSAY_SUBJECTS and (m == 0 or tl[m - 1] in ("the", "a") or tl[m - 1] in _HEARSAY_ADJECTIVES
                                           or not sent.is_word(m - 1)):
            k = m
            break
        if tl[m] in _PREP or tl[m] == "of" or tl[m] in _HEARSAY_PLACES:
            pp = m
    else:
        return None
    if tl[k] not in _HEARSAY_SUBJECTS or (pp is not None and pp != k + 1) or (pp is None and k != i - 1):
        return None  # (the noun right before "is", or the noun, one prepositional phrase, "is")
    a = k
    while a > 0 and (tl[a - 1] in _HEARSAY_ADJECTIVES or tl[a - 1] in ("the", "a")):
        a -= 1
    if a > 0 and sent.is_word(a - 1) and tl[a - 1] not in ("and", "but", "so", "yet"):
        return None  # ("Part of the thinking is that": the noun is inside a larger subject)
    if tl[k] == "word" and tl[a] == "a":
        return None  # "Word is that", "The word in Westminster is that"; not "a word is that"
    src = None
    if pp is not None and tl[pp] in _HEARSAY_HOLDERS:
        src = _describe(sent, text, pp + 1, i)
        if src is not None and (src.form in ("first_person", "other", "unknown") or src.pronoun or src.kind == "thing"
                                or (tl[pp] == "in" and src.kind == "person")):
            src = None  # ("the thinking in Brussels": a place, the view unattributed)
    if src is None and pp is None and tl[k] not in _HEARSAY_UNOWNED:
        return None  # "The view is that ...", "the expectation is that": whose is left to the context, as the speaker's own
    return _mk(sent.ts[k], sent.te[i], text, src, "hearsay_is_that", voice="impersonal" if src is None else "prepositional")


def _there_are(sent: _Sent, i: int) -> bool:
    """Does an existential "there is/are/were/have been" (with up to two modifiers: "unconfirmed",
    "widespread") come just before token ``i``: "There are reports that", "there have been
    unconfirmed claims that"?"""
    tl = sent.tl
    k = i - 1
    while k >= 0 and i - k <= 2 and sent.is_word(k) and not sent.cap(k) and tl[k] not in _BE and tl[k] not in _DET:
        k -= 1
    if k < 0 or tl[k] not in _BE:
        return False
    if tl[k] == "been" and k >= 1 and tl[k - 1] in ("have", "has", "had"):
        k -= 1
    return k >= 1 and tl[k - 1] == "there"


def _mk(cue_s, cue_e, text, src, rule, **kw) -> dict:
    d = {"cue": text[cue_s:cue_e], "cue_start": cue_s, "cue_end": cue_e, "rule": rule, "_src": src}
    d.update(kw)
    return d


#: manner verbs that report speech only in inversion after a quotation ("'...,' grins Dr Lee")
_QUOTE_INVERSION_ONLY = WORDS["inversion_only_lemma"]
_CONTRACTION_RE = re.compile(r"^(i|you|he|she|it|we|they|what|that|there)['’](?:s|re|m|ll|d|ve)$")


_WRITTEN_PARTICIPLES = frozenset(("saying", "arguing", "calling", "warning", "urging", "claiming", "asking", "stating",
                                  "requesting", "demanding", "explaining", "describing", "announcing", "noting",
                                  "expressing", "criticizing", "criticising", "praising", "accusing", "denying"))


def _noun_not_cue(sent: _Sent, i: int, verb) -> bool:
    """Is the cue word at ``i`` a noun here: a base form after "the <acronym>" ("the GDP report
    that you all saw", "doubling the U.S. pledge"; but "The BBC reports that" is the verb),
    "report(s)" after "news"/"those"/"these" ("those news reports"), or "report" after a
    capitalised name with its topic ("a recent US Senate report on torture"; but "Bloomberg
    reports on Tuesday that")?"""
    tl, tt, w = sent.tl, sent.tt, sent.tl[i]
    if i < 1:
        return False
    nxt = tl[i + 1] if i + 1 < sent.n else ""
    if w == verb.lemma and i >= 2 and tt[i - 1].isupper() and len(tt[i - 1]) > 1 and tl[i - 2] in _DET:
        return True
    if w in ("report", "reports") and tl[i - 1] in ("news", "those", "these") and not sent.cap(i - 1) and nxt != "that":
        return True
    return w == "report" and sent.cap(i - 1) and sent.is_word(i - 1) and nxt in ("on", "into", "about", "of")


def _written_content_follows(sent: _Sent, i: int) -> bool:
    """After "wrote a/the ..." at ``i``: does the written text's content follow before the clause
    ends ("wrote a letter saying ...", "wrote an op-ed: ...", 'wrote a note, "..."')?"""
    tl, tt = sent.tl, sent.tt
    for m in range(i + 1, min(sent.n, i + 14)):
        if tl[m] in ("that", ":") or tl[m] in _WRITTEN_PARTICIPLES or tt[m] in _QUOTE_CHARS:
            return True
        if not sent.is_word(m) and tl[m] != "-":  # ('wrote a note, "..."', "wrote an open letter to X, saying ...")
            return tl[m] == "," and m + 1 < sent.n and (tt[m + 1] in _QUOTE_CHARS or tl[m + 1] in _WRITTEN_PARTICIPLES)
    return False


#: words after the person called that end a phone call's object ("called Netanyahu on Sunday")
_CALLED_AFTER = frozenset(("in", "on", "to", "after", "before", "from", "about", "this", "last", "again",
                           "today", "yesterday", "earlier", "later", "twice", "back", "shortly", "immediately", "at", "during"))
#: objects of "agree" that are an agreement made ("agreed a deal", "agreed the terms")
_AGREED_THINGS = frozenset(("deal", "contract", "plan", "pact", "agreement", "settlement", "ceasefire", "truce", "budget",
                            "price", "fee", "terms", "merger", "partnership", "compromise"))
#: objects of "claim" that are things claimed, not claims made ("claiming lands", "claimed asylum")
_CLAIMED_THINGS = frozenset(("land", "lands", "asylum", "benefits", "benefit", "compensation", "ownership", "title",
                             "damages", "expenses", "refund", "refunds", "victory", "prize", "seat", "seats", "territory",
                             "allowance", "allowances", "tax", "credit"))
#: words before a past participle that make it an adjective ("feel less stressed", "looked worried")
_ADJECTIVE_CONTEXT = frozenset(("less", "more", "very", "feel", "feels", "felt", "feeling", "look", "looks",
                                "looked", "seem", "seems", "seemed", "become", "became", "becomes", "getting"))


#: objects of "say" that are a ritual utterance, not reported content ("said farewell", "say a prayer")
_SAID_RITUAL = frozenset(("farewell", "goodbye", "goodbyes", "hello", "grace", "prayer", "prayers", "amen", "cheese"))
#: object pronouns ("suggested her for the prize")
_OBJ_PRONOUNS = _HEARER_PRONOUNS - {"you"}
#: objects after "to" that name who heard a remark ("quipped to me", "joked to reporters")
_HEARERS = _OBJ_PRONOUNS | {"reporters", "journalists", "friends", "colleagues"}


def _after_quote_cue(sent: _Sent, text: str, i: int, verb, quotes, in_quote: bool):
    """'"...," grins Dr Lee', '"...", read the warning'; for "read" also 'the sign reads: "..."'."""
    tl, tt = sent.tl, sent.tt
    after_quote = i > 0 and (tt[i - 1] in _CLOSE_QUOTES or (tl[i - 1] == "," and i > 1 and tt[i - 2] in _CLOSE_QUOTES)
                             or (verb.lemma == "read" and tl[i - 1] == ","))  # "..., reads the motion, ..."
    if after_quote and not in_quote:
        src = _inverted_source(sent, text, i)
        if src is not None and src.form not in ("first_person", "other", "unknown") and (
                verb.lemma != "read" or src.form == "document" and (
                    tl[i + 1] in _DET or sent.cap(i + 1) or tt[i - 1] in _CLOSE_QUOTES or (i >= 2 and tt[i - 2] in _CLOSE_QUOTES))):
            # (not a list "surf the net, read emails, take photographs": a bare plural after a comma)
            return _mk(sent.ts[i], sent.te[i], text, src, "inverted", voice="inverted")
        if verb.lemma != "read" or tl[i - 1] != ",":
            return None
    k = i + 3 if i + 3 < sent.n and tl[i + 1] == "to" and tl[i + 2] in _HEARERS else i + 1  # "quipped to me."
    if verb.lemma != "read" and not in_quote and k < sent.n and tl[k] in (".", ",", "!", "?", ";"):
        src = _source_left(sent, text, _skip_left(sent, i))  # '"Nice," he quipped.'
        if src is not None and src.start is not None and src.form not in ("first_person", "other", "unknown"):
            b = sent.index.get(src.start, 0) - 1
            if b >= 0 and (tt[b] in _CLOSE_QUOTES or (tl[b] == "," and b > 0 and tt[b - 1] in _CLOSE_QUOTES)
                           or (tl[b] == "as" and tl[k] == "," and (b == 0 or tl[b - 1] in (",", ";", ":", "--"))
                               and not src.pronoun)):
                # (and 'As one former ambassador quipped, ...': the as-clause frames the content)
                return _mk(sent.ts[i], sent.te[i], text, src, "verb", voice="active")
    if verb.lemma != "read" and not in_quote and i + 1 < sent.n and (
            tt[i + 1] in _QUOTE_CHARS or (tl[i + 1] in (",", ":") and i + 2 < sent.n and tt[i + 2] in _QUOTE_CHARS)):
        src = _source_left(sent, text, _skip_left(sent, i))  # 'He quipped "I still have dust in my shoes."'
        if src is not None and src.form not in ("first_person", "other", "unknown") and (not src.pronoun or src.kind == "person"):
            return _mk(sent.ts[i], sent.te[i], text, src, "verb", voice="active")
        return None
    k = i + 3 if tl[i + 1:i + 3] in (["in", "part"], ["in", "full"]) else i + 1  # "read in part, '...'"
    if tl[i + 1:i + 4] in ([",", "in", "part"], [",", "in", "full"]):
        k = i + 4  # "a statement which read, in part, '...'"
    if verb.lemma == "read" and k < sent.n and (tl[k] in (":", ",") and k + 1 < sent.n and tt[k + 1] in _QUOTE_CHARS
                                                  or tt[k] in _QUOTE_CHARS):
        src = _source_left(sent, text, _skip_left(sent, i))
        if src is not None and src.form == "document":
            return _mk(sent.ts[i], sent.te[i], text, src, "verb", voice="active")
    return None


def _framing_document(sent: _Sent, text: str, j: int) -> _Source | None:
    """'In the report, it is stated ...', 'for by the last clause of section 8th, it is declared':
    the document of an 'in/by/under <document>,' phrase just before an impersonal passive whose
    subject is "it" (token ``j - 1``)."""
    tl = sent.tl
    if j < 4 or tl[j - 1] != "it" or tl[j - 2] != ",":
        return None
    for k in range(j - 3, max(-1, j - 16), -1):
        if tl[k] in ("in", "by", "under"):
            src = _describe(sent, text, k + 1, j - 2)
            return src if src is not None and src.form == "document" else None
        if tl[k] in (";", ":") or tl[k] in _QUOTE_CHARS:
            break
    return None


#: manner words between "put it" and a colon ("put it more bluntly:", "put it this way:")
_PUT_IT_MANNER = frozenset("more most less so rather quite very even best well this that way differently simply to".split())


#: auxiliaries of an active verb phrase: "has also called the law 'unfair'" characterises, "is also called" names
_HAVE_MODAL = frozenset("has have had having will would could may might should must".split())
#: verbs of perception whose object may be the subject of a participle ("I hear someone saying")
_PERCEPTION = frozenset("hear hears heard hearing see sees saw seen seeing watch watched".split())
#: verbs of forecast whose object with a figure states content ("forecasting revenues up 36%")
_FORECAST_LEMMAS = frozenset(("forecast", "predict", "estimate", "project", "expect"))
#: past participles that are no past tense: never the verb of an inversion ("..., wrote X" is)
_PARTICIPLE_ONLY = frozenset("written spoken shown known drawn given taken seen".split())
#: words opening a clause whose subject's cue reports nothing: a condition or a wish
_CONDITION_WORDS = frozenset(("if", "unless", "wish", "wished", "wishes"))
#: words ending in "s" that are no plural nouns (before a naming participle: "always called")
_NOT_PLURAL_NOUNS = frozenset("""always perhaps sometimes afterwards besides nevertheless nonetheless thus hers its his
    this unless less yes whereas towards backwards forwards upwards downwards""".split())
#: nor, for _bare_plural, nouns that end in -s but are singular ("the news that said ...")
_NOT_BARE_PLURALS = _NOT_PLURAL_NOUNS | frozenset(("plus", "news", "series", "species"))


def _as_put_it(sent: _Sent, text: str, i: int):
    """'as the court's decision put it' (the subject between "as" and "put it" is the source),
    'one official put it bluntly: ...' and 'Officials put the death toll at 30' (an estimate)."""
    tl = sent.tl
    if i + 2 < sent.n and tl[i + 1] in ("the", "its", "their", "his", "her"):
        figure = next((k for k in range(i + 2, min(sent.n, i + 5)) if tl[k] in _PUT_FIGURES), None)
        at = next((k for k in range(i + 3, min(sent.n, i + 12)) if tl[k] == "at"), None) if figure is not None else None
        if at is not None and all(sent.is_word(k) for k in range(i + 1, at)) and at + 1 < sent.n \
                and (tl[at + 1][:1].isdigit() or tl[at + 1] in NUMBERS or tl[at + 1] in _APPROXIMATORS
                     or tl[at + 1] in ("more", "least", "up", "$", "£", "€", "¥")):
            src = _source_left(sent, text, _skip_left(sent, i))
            if src is None or src.form in ("first_person", "other", "unknown"):
                return None
            return _mk(sent.ts[i], sent.te[i], text, src, "put_figure_at", voice="active")
        return None
    if not (i + 1 < sent.n and tl[i + 1] == "it"):
        return None
    j = _skip_left(sent, i)
    if j < 0:
        return None
    src = _source_left(sent, text, j)  # also "As Stewart Baker, the former counsel, put it"
    if src is None or src.start is None or src.form in ("first_person", "other", "unknown"):
        return None
    start = sent.index.get(src.start, -1)
    k = i + 2  # "put it bluntly:", "put it more bluntly:", "put it this way:"
    while k < min(sent.n, i + 7) and sent.is_word(k) and (tl[k].endswith("ly") or tl[k] in _PUT_IT_MANNER) \
            and not (tl[k] == "that" and tl[k - 1] in _HEARER_PRONOUNS):
        k += 1
        if tl[k - 1] == "to" and k < sent.n and tl[k] in _HEARER_PRONOUNS:
            k += 1  # "put it to me bluntly:", "put it more bluntly to us:"
    colon = k < sent.n and tl[k] == ":"
    if not colon and k + 1 < sent.n and tl[k] == "that" and tl[k - 1] in _HEARER_PRONOUNS and sent.is_word(k + 1):
        colon = True  # "He put it to me that the army would never accept it": a claim put to the hearer
    if colon and start >= 0 and not (start >= 1 and tl[start - 1] == "as"):
        return _mk(sent.ts[i], sent.te[i], text, src, "as_put_it", voice="active")  # "One official put it bluntly: ..."
    if start < 1 or tl[start - 1] != "as":
        return None
    return _mk(sent.ts[i], sent.te[i], text, src, "as_put_it", voice="active")


def _decide(sent: _Sent, text: str, i: int, quotes, quote_list, closed_quote, consumed: set, recs: list):
    tl, tt = sent.tl, sent.tt
    w = tl[i]
    s0, e0 = sent.ts[i], sent.te[i]
    # -- inside a closed quotation the quotation itself is already attributed: only a cue with
    #    an explicit third-party subject counts ("As JFK said", "I have heard them say");
    #    the quoted speaker's own "I think" does not (CODEBOOK v1.1 A)
    qi = quotes.find(s0)
    in_quote = qi >= 0 and closed_quote[qi]
    if in_quote and (w == "per" or w in ADVERB_CUES or w == "statement"
                     or (w == "according" and (i + 2 >= sent.n or tl[i + 2] in ("me", "us", "our", "my", "him", "her", "them", "what")))):
        return None  # (but '"According to this study, oxytocin may ...", she said': the speaker cites a third party)
    if w in ("call", "calls") and i > 0 and tl[i - 1] in ("press", "phone", "conference", "video", "zoom", "earnings"):
        return None  # "this press call is focused on ...": the noun
    if (w == "shows" or w == "show") and i > 0 and tl[i - 1] in _SHOW_KINDS:
        return None  # "reality TV shows", "talk show": the noun
    if w == "adding" and i == 0 and i + 1 < sent.n and tl[i + 1] == "to":
        return None  # "Adding to her expertise is her lived experience ...": contributing to, nobody adds a word
    if w == "per":  # "Per reports, ...", ", per the WHO, ...": only at the start of a clause, not "$5 per person"
        if not (i == 0 or tl[i - 1] in (",", "(", "—", "–", ";", "and", "but")) or i + 1 >= sent.n:
            return None
        if not (tl[i + 1] in _DET or sent.cap(i + 1) and sent.tt[i + 1] != "Per" or tl[i + 1].endswith("s")):
            return None  # "Per person, that amounted to ...": a rate
        end = _np_right(sent, i + 1)
        src = _describe(sent, text, i + 1, end)
        if src is None or src.form in ("other", "unknown", "first_person") or src.pronoun:
            return None
        consumed.update(range(i + 1, end))
        return _mk(s0, e0, text, src, "according_to", voice="prepositional")
    # -- prepositional and impersonal phrases
    if w == "according":
        if i + 1 < sent.n and tl[i + 1] == "to":
            k = i + 2
            end = _np_right(sent, k)
            if end - k == 2 and end < sent.n and (tl[end] in WORDS["aux"] or tl[end] in _BE) and sent.cap(k) \
                    and not sent.cap(k + 1) and NOUNS.get(tl[k + 1], ("", ""))[1] == "pl":
                end = k + 1  # "according to Wasef archaeologists have ...": the plural opens the clause
            src = _describe(sent, text, k, end) if k < sent.n else None
            if src is None and k + 1 < sent.n and tl[k] == "those" and tl[k + 1] in ("who", "present", "close", "familiar", "involved"):
                # "According to those who were there, ...": unnamed people, up to the comma
                stop = next((m for m in range(k + 1, min(sent.n, k + 16)) if not sent.is_word(m)), min(sent.n, k + 16))
                src = _vague(sent, text, k, stop - 1, "those")
                end = stop
            if (src is None or src.form in ("other", "unknown")) and end < sent.n and tl[end] == "and":
                # "according to the leading rock promoter and manager Harvey Goldsmith": titles joined
                # by "and" before the name
                end2 = _np_right(sent, end + 1)
                both = _describe(sent, text, k, end2)
                if both is not None and both.form == "named_person":
                    src, end = both, end2
            consumed.update(range(i + 1, end))
            comma = end
            while comma < sent.n and sent.is_word(comma) and comma - end < 6 and not sent.cap(comma):
                comma += 1  # ("mountain geographer and environmentalist")
            if (src is None or src.form in ("other", "unknown")) and comma + 1 < sent.n and tl[comma] == "," \
                    and sent.cap(comma + 1) and tl[comma + 1] not in _TIME:
                # "according to mountain geographer and environmentalist, Alton Byers": the name
                end = comma
                end2 = _np_right(sent, end + 1)
                name = _describe(sent, text, end + 1, end2) if (end2 >= sent.n or not sent.is_word(end2)) and end2 - end <= 5 \
                    and all(sent.cap(m) for m in range(end + 1, end2) if sent.is_word(m)) else None
                if name is not None and name.form == "named_person":
                    consumed.update(range(end, end2))
                    return _mk(s0, sent.te[i + 1], text, name, "according_to", voice="prepositional")
            if src is None and k < end and sent.is_word(k) and not sent.cap(k) and tl[k] not in _DET \
                    and tl[k] not in _PRONOUNS and tl[k].endswith("s") and not tl[k].endswith("ss"):
                # "according to videos posted online", "according to estimates": unidentified
                # documents or people, so an anonymous (vague) source
                src = _vague(sent, text, k, end - 1, tl[k])
                if k + 2 < end and tl[k + 1] in ("by", "from", "of") and _named_owner(sent, text, k + 2, end):
                    # "according to projections by CNN and NPR": the documents of a named body
                    src.form, src.anonymous, src.kind, src.specificity = "document", False, "thing", None
            if src is None or (src.form == "other" and not sent.cap(k)) or src.form == "first_person" \
                    or (src.form == "document" and end == k + 1 and NOUNS.get(tl[k], ("", ""))[1] == "sg"):
                return None  # "according to the rules", "according to their direction", "according to plan"
            return _mk(s0, sent.te[i + 1], text, src, "according_to", voice="prepositional")
        return None
    if w == "view" and i >= 2 and tl[i - 2] == "in" and i + 1 < sent.n and tl[i + 1] == "," and not in_quote \
            and (tl[i - 1] in ("his", "her", "their") or (tl[i - 1].endswith(("'s", "’s")) and sent.cap(i - 1))):
        # "In Romeva’s view, ...", "In his view, ...": the possessor holds the view
        p = i - 1
        if tl[p] in ("his", "her", "their"):
            src = _Source(start=sent.ts[p], end=sent.te[p], text=tt[p], head=tl[p], form="pronoun", anonymous=False,
                          pronoun=True, resolved=False, definite=False, key=None, kind="group" if tl[p] == "their" else "person")
        else:
            a = p
            while a > 0 and sent.cap(a - 1) and sent.is_word(a - 1) and tl[a - 1] not in _PREP:
                a -= 1
            src = _describe(sent, text, a, p + 1)
            if src is None or src.form not in ("named_person", "named_organisation"):
                return None
            src.end = sent.te[p] - 2
            src.text = text[src.start:src.end]
        return _mk(sent.ts[i - 2], e0, text, src, "in_the_view_of", voice="prepositional")
    if w == "quote":
        if not (i >= 1 and tl[i - 1] == "to" and (i == 1 or not sent.is_word(i - 2) or tl[i - 2] in ("and", "but", "so")) and i + 1 < sent.n
                and sent.is_word(i + 1)):
            return None
        # "To quote Churchill, success is not final", "To quote him again, '...'", "To quote from the
        # report, ...": the one quoted is the source
        a = i + 2 if tl[i + 1] == "from" and i + 2 < sent.n else i + 1
        src_end = _np_right(sent, a)
        end = src_end
        while end < sent.n and sent.is_word(end) and (tl[end] in ("again", "once", "directly") or _adverb_ly(sent, end)):
            end += 1
        src = _describe(sent, text, a, src_end) if end < sent.n and tl[end] in (",", ":") else None
        if src is None or src.form in ("first_person", "other", "unknown"):
            return None
        consumed.update(range(i + 1, src_end))
        return _mk(sent.ts[i - 1], e0, text, src, "to_quote", voice="prepositional")
    if w in ("words", "view", "opinion") and (w != "view" or (i > 0 and tl[i - 1] == "the")):  # (not the verb: "many view it as")
        # "In the words of one veteran negotiator, ...", "In the view of one senior official, ...":
        # the prepositional object speaks or holds the view
        if not (i >= 2 and tl[i - 1] == "the" and tl[i - 2] == "in" and i + 2 < sent.n and tl[i + 1] == "of") \
                or (in_quote and w != "words"):  # (a quoted speaker's "in the view of this committee")
            return None
        end = _np_right(sent, i + 2)
        src = _describe(sent, text, i + 2, end)
        if src is None or src.form in ("other", "unknown", "first_person") or (w != "words" and src.form == "document"):
            return None  # ("in the view of the report": no one holds a view)
        consumed.update(range(i + 2, end))
        rule = "in_the_words_of" if w == "words" else "in_the_view_of"
        return _mk(sent.ts[i - 2], sent.te[i + 1], text, src, rule, voice="prepositional")
    if w in ("is", "was", "goes"):
        return _hearsay_is_that(sent, text, i, in_quote)
    if w in ("has", "had"):  # "Rumour has it that ...", "One account has it that ...": the subject reports it
        if not (i + 2 < sent.n and tl[i + 1] == "it" and tl[i + 2] == "that") or i == 0 or in_quote:
            return None
        head = tl[i - 1]
        src = _describe(sent, text, _np_left(sent, i - 1), i) \
            if sent.is_word(i - 1) and head not in _HEARSAY_NOUNS else None
        if src is None:
            if head not in _HEARSAY_NOUNS:
                return None
            start = _np_left(sent, i - 1)
            src = _vague(sent, text, start, i - 1, head, head=head, kind="thing")
        if src.form in ("first_person", "other", "unknown") or src.pronoun:
            return None
        return _mk(s0, sent.te[i + 2], text, src, "has_it_that", voice="active")
    if w in ADVERB_CUES:
        return _mk(s0, e0, text, None, "impersonal_adverb", voice="impersonal")
    if w in ("accounts", "account"):  # "By most accounts, ...", "by one account": unnamed accounts
        if i < 2 or tl[i - 2] != "by" or in_quote:
            return None
        return _mk(sent.ts[i - 2], e0, text, None, "impersonal_adverb", voice="impersonal")
    if w == "statement":
        return None  # handled per sentence by _statement_cue
    if w in ("regard", "regards") and i > 0 and (tl[i - 1] in _DET or tl[i - 1] in _PREP or tl[i - 1] in ("that", "this", "best", "kind", "warm")
                                                  or (i + 1 < sent.n and tl[i + 1] == "to")
                                                  or tl[i - 1] in _REGARD_ADJECTIVES):
        return None  # "in that regard", "with regard to", "best regards", "held her in high regard": the noun
    if (w in _THERE_ARE_NOUNS or w in ("reports", "claims")) and not in_quote and i + 1 < sent.n and tl[i + 1] == "that" \
            and _there_are(sent, i) and tl[i - 1] not in ("little", "no", "few", "less"):
        # "There are reports that ...", "There is speculation that ...", "there have been rumours
        # that ..." (not "There is little speculation that ...")
        return _mk(s0, e0, text, None, "there_are_reports", voice="impersonal")
    if w in _THERE_ARE_NOUNS:
        return None  # (found only as a whole phrase: never a verb)
    verb = VERBS.get(w)
    if verb is None:
        return None
    flags = verb.flags
    nxt = tl[i + 1] if i + 1 < sent.n else ""
    if verb.lemma == "make" and nxt in _CLEAR_ADVERBS and i + 2 < sent.n and tl[i + 2] == "clear":
        nxt = "clear"  # "made very clear this was an unprecedented day": the adverb does not change the statement
    if verb.lemma == "make" and (not (nxt == "clear" or (nxt == "it" and i + 2 < sent.n and tl[i + 2] in ("clear", *_CLEAR_ADVERBS))
                                      or (nxt == "the" and tl[i + 2:i + 4] in (["case", "that"], ["point", "that"],
                                                                             ["argument", "that"])))
                                 or (w == "making" and i > 0 and not sent.is_word(i - 1))):
        return None  # only "made (it) clear (that) ...": a statement of position (not a loose ", making clear")
    projected_to = verb.lemma == "project" and nxt == "to" and i > 0 and (tl[i - 1] in _BE or tl[i - 1] in _IT_IS)
    if verb.lemma == "project" and not projected_to and not (
            nxt == "that" and (w.endswith("ed") or (i > 0 and (sent.cap(i - 1) or tl[i - 1] in _SUBJ_PRON
                                                                 or NOUNS.get(tl[i - 1], ("",))[0] == "organisation"
                                                                 or (NOUNS.get(tl[i - 1], ("", ""))[1] == "pl"
                                                                     and tl[i - 1] not in _QUANTIFIERS))))):
        return None  # "the CBO projects that ...", "is projected to", "it's projected to"; not the noun ("a project that delivers ...")
    if verb.lemma == "hold" and nxt != "that":
        return None  # "holds that ..." reports a view or a ruling; "held a meeting", "held 'Free Tibet' banners" do not
    if verb.lemma in ("hear", "learn"):  # only "heard/learned from <people> that ...": the people are the source
        heard = _heard_from_source(sent, text, i) if not in_quote else None
        if heard is None:
            return None  # ("heard gunfire", "learned to swim", "We have learned that": the outlet's own reporting)
        src, end = heard
        consumed.update(range(i + 1, end))
        return _mk(s0, e0, text, src, "heard_from", voice="active")
    if "T" in flags and not (nxt in ("that", ":") or (i + 1 < sent.n and tt[i + 1] in _QUOTE_CHARS)
                             or _complement_ok(sent, i, verb, quotes) or _as_parenthetical(sent, i)
                             or projected_to):
        return None  # "T": only with its own complement ("reiterated that ...", not "submit the form")
    prev = tl[i - 1] if i > 0 else ""
    if w == "reports" and prev == "by" and (i == 1 or tl[i - 2] == ",") and not in_quote:
        return _mk(sent.ts[i - 1], e0, text, None, "impersonal_adverb", voice="impersonal")  # "By reports, ..."
    if w in ("estimate", "estimates", "report", "reports") and not in_quote and i >= 2 \
            and (nxt in (",", "the", "a") or nxt[:1].isdigit() or nxt in NUMBERS or nxt in _FIGURE_LEAD
                 or nxt in ("dozens", "tens", "hundreds", "thousands", "millions", "billions")) and any(
            tl[b] == "by" and (b == 0 or tl[b - 1] == "," or tl[b - 1] in _BE) and all(
                tl[m] in _QUANTIFIERS or tl[m] in NUMBERS or tl[m] in _BY_ESTIMATE_MODIFIERS for m in range(b + 1, i))
            for b in range(max(0, i - 3), i - 1)):
        # "By one estimate, ...", "By some estimates, ...", "was by varying reports tens of
        # thousands": an unnamed estimate or report, like "By reports"
        b = next(b for b in range(max(0, i - 3), i - 1) if tl[b] == "by")
        return _mk(sent.ts[b], e0, text, None, "impersonal_adverb", voice="impersonal")
    if "X" in flags:
        if verb.lemma == "point" and nxt != "out" and not (nxt == "to" and i + 2 < sent.n and sent.is_word(i + 2)):
            return None  # (but "He pointed to the fact that ...", "Others point to a recent ruling": evidence cited)
        if w == "quoting":
            if not (prev == "," and sent.is_word(i + 1) and nxt not in ("from", "as")):
                return None  # only "According to Yonhap, quoting the state news agency, ...": the source cited
        elif verb.lemma == "quote" and not (nxt == "as" and i + 2 < sent.n and tl[i + 2] == "saying") \
                and not (nxt == "by" and prev == "as"):
            return None
        if (verb.lemma in _QUOTE_INVERSION_ONLY or verb.lemma == "read") and not (verb.lemma == "quip" and nxt == "that"):
            return _after_quote_cue(sent, text, i, verb, quotes, in_quote)  # (but "One insider quipped that ...": its own clause)
        if verb.lemma == "put":
            return _as_put_it(sent, text, i)
        if verb.lemma == "emerge":  # "It emerged on Friday that ...", "it has emerged that ...": no source given
            j = _skip_left(sent, i)
            if j >= 0 and tl[j] == "it" and not in_quote and any(tl[k] == "that" for k in range(i + 1, min(sent.n, i + 6))):
                return _mk(sent.ts[j], e0, text, None, "impersonal_passive", voice="impersonal")
            return None
    # -- a question: "Does he believe that ...?" asks, it reports nothing
    if sent.n > 2 and tl[-1] == "?" and verb.category == "cognition" and (
            tl[0] in _QUESTION_AUX or any(tl[m] in _QUESTION_AUX for m in range(max(0, i - 4), i - 1))):
        return None  # ("Or does he think that's possible?", "why does the President think ...?")
    # -- a capitalised cue mid-sentence is a name ("Senior advisor Hope Hicks")
    if i > 0 and tt[i][0].isupper() and sent.is_word(i - 1):
        return None
    # -- "wrote on the science of government": a topic, not content
    if verb.lemma == "write" and nxt in ("on", "about", "for", "in", "to") and not any(
            tl[m] in ("that", ":") or tt[m] in _QUOTE_CHARS for m in range(i + 1, min(sent.n, i + 10))) \
            and not any(tt[m] in _CLOSE_QUOTES and m > 0 and not sent.is_word(m - 1) for m in range(max(0, i - 5), i)):
        # ('"...," Baloch wrote on social media' keeps the quotation before it)
        return None
    # -- "helped people feel less stressed": a participle as adjective after a degree word or a linking verb
    if w.endswith("ed") and prev in _ADJECTIVE_CONTEXT and nxt != "that":
        return None
    # -- "This idea admits not of precise demonstration": archaic "admit of" (allow), no admission
    if verb.lemma == "admit" and (nxt == "of" or (nxt == "not" and tl[i + 2:i + 3] == ["of"])):
        return None
    # -- "has thought proper to have recourse", "thought it fit to": a decision, not a belief
    if verb.lemma == "think" and (nxt in ("proper", "fit", "best") or (nxt == "it" and tl[i + 2:i + 3] in (["proper"], ["fit"], ["best"]))):
        return None
    # -- "the plan for which they contend;": the relative clause's verb with nothing reported after it
    if i >= 3 and tl[i - 2] in ("which", "whom") and tl[i - 3] in _PREP and tl[i - 1] in _SUBJ_PRON \
            and (i + 1 >= sent.n or not sent.is_word(i + 1)):
        return None
    # -- "structural and characterized by a state-directed approach": a description, no one speaking
    if verb.lemma == "characterize" and nxt == "by":
        return None
    # -- "the GDP report that you all saw", "those news reports", "a US Senate report on torture": nouns
    if _noun_not_cue(sent, i, verb):
        return None
    # -- "the standards announced today": a participle after a noun of things, no one reported
    if w.endswith("ed") and nxt in ("today", "yesterday", "earlier", "last", "this") and i >= 2 and tl[i - 2] in _DET \
            and tl[i - 1] in NOUNS and NOUNS[tl[i - 1]][0] not in _PEOPLE_CATEGORIES and NOUNS[tl[i - 1]][0] not in ("organisation", "office", "media") \
            or (w.endswith("ed") and nxt in ("today", "yesterday", "earlier") and i >= 2 and tl[i - 2] in _DET
                and tl[i - 1] not in NOUNS and not sent.cap(i - 1) and tl[i - 1].endswith("s") and not tl[i - 1].endswith("ss")
                and not tl[i - 1].endswith(("ers", "ors", "ists", "ians", "ants", "ents"))):  # (not "The miners announced today")
        return None
    # -- "customers don't simply complain on the phone": complaining, nothing reported
    if verb.lemma == "complain" and (nxt in ("on", "in", "online", "about", ".", ",")
                                     or (nxt == "of" and (i + 2 >= sent.n or not sent.is_word(i + 2)))) and not any(
            tl[k] == "that" or tt[k] in _QUOTE_CHARS for k in range(i + 1, min(sent.n, i + 8))):
        return None
    # -- "Tabata has agreed a deal": an agreement made, no position reported
    if verb.lemma == "agree" and nxt in ("a", "an", "the", "terms") and i + 2 < sent.n and tl[i + 2] in _AGREED_THINGS \
            and not _finite_clause_follows(sent, i + 1):
        return None  # (but "Both sides agreed the ceasefire would begin at noon")
    # -- "citizens claiming lands under grants": a legal claim to a thing, no content
    if verb.lemma == "claim" and (nxt in _CLAIMED_THINGS or (nxt in _DET and i + 2 < sent.n and tl[i + 2] in _CLAIMED_THINGS)) \
            and not _finite_clause_follows(sent, i + 1):
        return None  # (but "He claimed the land had been stolen")
    # -- "the President called Prime Minister Netanyahu", "called the King of Jordan in between ...": a phone call
    if verb.lemma == "call" and i + 1 < sent.n and (sent.cap(i + 1) or (nxt == "the" and i + 2 < sent.n and sent.cap(i + 2))):
        end = i + 1
        while end < sent.n and sent.is_word(end) and (sent.cap(end) or tl[end] in ("the", "of")):
            end += 1  # the name or title called
        if end >= sent.n or tl[end] in (".", ";", "!") or tl[end] in _CALLED_AFTER:
            return None  # (but "called D'Souza “humble”", "called Trump's conduct a breach": a characterisation)
    # -- "whether someone is telling the truth": telling no content
    if verb.lemma == "tell" and nxt in ("the", "a", "lies", "jokes", "stories", "tales") and (
            nxt in ("lies", "jokes", "stories", "tales") or (i + 2 < sent.n and tl[i + 2] in ("truth", "lie", "joke", "story", "difference", "time"))):
        return None
    # -- "the scientists must suggest two-letter symbols": a proposal, no content
    if verb.lemma == "suggest" and prev in ("must", "should", "shall", "will", "to") and i + 1 < sent.n and sent.is_word(i + 1) \
            and nxt not in ("that", "otherwise", "so") and nxt not in _SUBJ_PRON and not nxt.endswith("ing") \
            and not _finite_clause_follows(sent, i + 1):
        return None
    # -- "the United States pledged $578 million": a sum pledged, no content
    if verb.lemma == "pledge" and i + 1 < sent.n and (tl[i + 1][:1] in "$£€¥" or tl[i + 1][:1].isdigit()):
        return None
    # -- "which is admitted on all hands to be essential": everyone admits it, no one named
    if verb.lemma in ("admit", "acknowledge", "agree", "concede", "grant", "confess") and tl[i + 1:i + 4] == ["on", "all", "hands"] \
            and prev in _BE and not in_quote:
        return _mk(sent.ts[i - 1], e0, text, None, "impersonal_passive", voice="impersonal")
    # -- "by assuming that of soldiers": "that" a pronoun ("that of"), no clause
    if prev in ("by", "without") and nxt == "that" and i + 4 < sent.n and tl[i + 2] == "of" \
            and tl[i + 3] not in ("course", "the", "all", "these", "those", "a", "an") and not sent.is_word(i + 4):
        return None
    # -- "those whose age admitted them to the rights of mankind": admission to something, not of a fact
    if verb.lemma == "admit" and nxt in _OBJ_PRONOUNS and tl[i + 2:i + 3] in (["to"], ["into"]):
        return None
    # -- "the praise and blame of public measures": the noun
    if w == "blame" and nxt == "of":
        return None
    # -- "make people argue even more about whether ...": a dispute, no position reported
    if verb.lemma == "argue" and any(tl[k] in ("about", "over") and all(sent.is_word(q) for q in range(i + 1, k))
                                     for k in range(i + 1, min(sent.n, i + 4))) \
            and not any(tl[k] == "that" for k in range(i + 1, min(sent.n, i + 8))):
        return None  # (but "Republicans argued over the weekend that ...")
    # -- "As Congress considers that proposal": "that" as a determiner, no clause
    if verb.category == "cognition" and nxt == "that" and i + 3 < sent.n and tl[i + 2] in NOUNS \
            and NOUNS[tl[i + 2]][1] == "sg" and not sent.is_word(i + 3):
        return None
    # -- "before even considering that ...": a conjunction of reasoning, not a report
    if w == "considering" and nxt in ("that", "how", "what", "whether", "the") and prev not in _BE:
        return None
    # -- "who insisted on anonymity", "insisted on paying": a demand, no content (but "insisted on
    #    Monday that ...": a time phrase, then the clause)
    if verb.lemma == "insist" and nxt in ("on", "upon") and not any(
            tl[k] == "that" and all(sent.is_word(q) for q in range(i + 2, k)) for k in range(i + 2, min(sent.n, i + 12))):
        return None
    # -- "said farewell", "said a prayer": a ritual utterance, no content reported
    if verb.lemma == "say" and (nxt in _SAID_RITUAL or (nxt == "a" and i + 2 < sent.n and tl[i + 2] in _SAID_RITUAL)):
        return None
    # -- "suggested her for the prize": a nomination, not a suggestion of content
    if verb.lemma in ("suggest", "recommend", "propose") and nxt in _OBJ_PRONOUNS and tl[i + 2:i + 3] == ["for"]:
        return None
    # -- "The panel then wrote a 395-page report.": writing a text, none of it reported
    if verb.lemma == "write" and (nxt in ("a", "an", "the") or nxt in _POSSESSIVE) and i + 2 < sent.n and sent.is_word(i + 2) \
            and not _written_content_follows(sent, i) and not _finite_clause_follows(sent, i + 1):
        return None  # ("The Senate wrote a peace deal, which ...", "leaders wrote the agreement.")
    # -- "denied me", "denied them entry": refusal, not a denial of content
    if verb.lemma == "deny" and (nxt in ("me", "him", "her", "them", "us", "you", "it", "access", "entry")
                                 or any(tl[k] in _REFUSED for k in range(i + 1, min(sent.n, i + 4)))):
        return None
    # -- evidential verbs inside a quotation ("the results do not suggest that ..."): the
    #    quoted speaker's reasoning, not a new source
    if in_quote and verb.lemma in ("suggest", "indicate", "show", "reveal", "confirm"):
        return None
    # -- a reduced relative: "16 individuals accused of fraud by the Justice Department"
    if w in ("accused", "suspected") and nxt == "of" and not (i > 0 and (tl[i - 1] in _BE or tl[i - 1] in _AUX)) \
            and i > 0 and sent.is_word(i - 1) and prev not in _PRONOUNS and not sent.cap(i - 1):
        for k in range(i + 2, min(sent.n, i + 14)):
            if tl[k] == "by" and k + 1 < sent.n and sent.is_word(k + 1):
                src = _describe(sent, text, k + 1, _np_right(sent, k + 1))
                if src is not None and src.form not in ("first_person", "other", "unknown"):
                    return _mk(s0, e0, text, src, "passive_agent", voice="passive")
                break
            if not sent.is_word(k) and tl[k] != "-":
                break
        return None
    # -- a reduced relative with its agent: "The move, first reported by the Financial Times, ..."
    if w.endswith("ed") and nxt == "by" and verb.category == "speech" and i + 2 < sent.n and sent.is_word(i + 2) \
            and not in_quote and (prev == "," or (prev in ("first", "initially", "previously", "also") and i >= 2 and tl[i - 2] == ",")):
        src = _describe(sent, text, i + 2, _np_right(sent, i + 2))
        if src is not None and src.form not in ("first_person", "other", "unknown"):
            return _mk(s0, e0, text, src, "passive_agent", voice="passive")
    # -- a reduced relative: "36 people believed to have been involved": unnamed believers
    if w in _REDUCED_PASSIVES and w not in ("rumoured", "rumored") and nxt == "to" \
            and (w != "expected" or (prev in NOUNS or prev.endswith("s")) and prev != "as") \
            and i + 2 < sent.n and (tl[i + 2] in ("be", "have") or (
                w in ("believed", "thought", "said", "expected") and sent.is_word(i + 2) and not sent.cap(i + 2) and tl[i + 2] not in _DET
                and tl[i + 2] not in NOUNS and tl[i + 2] not in _PRONOUNS and tl[i + 2] not in _FIRST
                and tl[i + 2] not in _WH)) \
            and i > 0 and (sent.is_word(i - 1) or (prev == "," and i >= 2 and sent.is_word(i - 2))) \
            and prev not in _BE and prev not in _AUX and prev not in _PRONOUNS and prev not in _DET and not in_quote \
            and tl[_skip_left(sent, i)] not in _BE:  # (not "was on Wednesday reported to be")
        # ("a traditional medicine believed to cure everything", "one blow, believed to be from a halberd")
        return _mk(s0, e0, text, None, "impersonal_passive", voice="impersonal")
    if i == 0 and w in _REDUCED_PASSIVES and w not in ("suspected", "expected") and nxt == "to" \
            and 2 < sent.n and tl[2] in ("be", "have") and not in_quote:
        # "Thought to be the world's oldest message in a bottle, it was ...": an opening reduced passive
        return _mk(s0, e0, text, None, "impersonal_passive", voice="impersonal")
    # -- adjectival participle before a bare noun: "extradite accused criminals"
    if w in ("accused", "alleged", "suspected", "purported", "estimated") and i + 1 < sent.n and sent.is_word(i + 1) \
            and not (i > 0 and (prev in NOUNS and prev not in _DET and NOUNS[prev][0] != "vague" or prev in ("he", "she", "they")
                                or sent.cap(i - 1) and prev not in _DET
                                and not ((i == 1 or not sent.is_word(i - 2)) and _lower_word_capitalised(sent, i - 1)))) \
            and not sent.cap(i + 1) and nxt not in _DET and nxt not in _PRONOUNS and nxt not in _PREP \
            and nxt not in ("that", "of", "to", "as", "by", "him", "her", "them", "me", "us") \
            and not (w == "accused" and prev in ("have", "has", "had", "having")) \
            and not (w == "alleged" and prev in ("have", "has", "had", "having")
                     and any(tl[m] in _BE or tl[m] in _MODALS for m in range(i + 2, min(sent.n, i + 5)))):
        # ("groups have accused employers of ...", "the notice had alleged youtube-dl was intended to ...";
        # but "has alleged ties to": an adjective)
        return None
    if w.startswith("calculat") and (nxt not in ("that", "at", "to", ",") and not any(
            tl[m][:1].isdigit() or tl[m] in NUMBERS for m in range(i + 1, min(sent.n, i + 8)))
            or prev in _BE and nxt not in ("at", "that")):
        return None  # "how the council rate is calculated", "is calculated using 13 indicators", "be calculated to
        # promote": a method or a design, no figure reported ("is calculated at $5bn" is one)
    if w == "said" and nxt == "and" and i + 2 < sent.n and tl[i + 2] == "done":
        return None  # "after everything was said and done": an idiom
    if verb.lemma == "understand" and prev in ("himself", "herself", "themselves", "itself", "myself", "yourself", "ourselves", "oneself"):
        return None  # "struggles to make himself understood": being understood, no report
    if w == "estimated" and nxt in ("at", "in", "to", "by"):
        b = i - 1
        while b > 0 and _adverb_ly(sent, b):
            b -= 1  # "was usually estimated at more than 3000 light years"
        if not (b >= 0 and (tl[b] in _BE or tl[b] in _SUBJ_PRON)):
            return None  # "a basic R0 estimated in the range 2-4": a reduced passive, the estimator unnamed
    if verb.category == "cognition" and (prev in ("cannot", "can't", "can’t") or (
            i > 1 and tl[i - 2] in ("cannot", "can't", "can’t") and _adverb_ly(sent, i - 1))):
        return None  # "cannot reasonably suppose that", "can't believe that": no belief is reported
    # -- negated cues without content: "did not say whether", "did not respond to"
    if (prev in WORDS["negation"] or (i > 1 and tl[i - 2] in WORDS["negation"] and tl[i - 1] in _AUX)) and (
            nxt in _WH or nxt in ("to", "on", "or", "anyone", "anybody", "anything", "much")
            or verb.lemma in ("respond", "reply", "answer", "comment", "mention")):
        return None
    # -- "some remarks to explain": a noun after a quantifier unless a clause follows ("some claim that")
    if "N" in flags and prev in _QUANTIFIERS and nxt not in ("that", ",", ":") and not (i + 1 < sent.n and tt[i + 1] in _QUOTE_CHARS):
        if not w.endswith("ed") or not (nxt.endswith("ing") or nxt in _DET or nxt in _PRONOUNS or nxt in ("to", "on")):
            return None  # ("some reported cases"; but "some reported wanting to ...", "many reported the fire")
    # -- nouns and adjectival participles
    if "N" in flags and not w.endswith(("ed", "ing")) and i >= 2 and prev in NOUNS and tl[i - 2] in _POSSESSIVE \
            and nxt not in ("that", ":") and not (i + 1 < sent.n and tt[i + 1] in _QUOTE_CHARS):
        return None  # "his campaign promises", "their news reports": a compound noun
    if "N" in flags and not w.endswith(("ed", "ing", "en")) and (prev in ("have", "has", "had", "having") or (
            nxt in ("from", "of") and i >= 1 and sent.is_word(i - 1))):
        return None  # "may also have claims against", "Initial reports from the hospital said": the noun
    if "N" in flags and not w.endswith(("ed", "ing")) and VERBS.get(nxt) is not None and VERBS[nxt].category == "speech" \
            and "N" not in VERBS[nxt].flags:
        return None  # "local news reports said ...": the noun is the subject of the next cue
    if "N" in flags and w.endswith("s") and nxt in ("have", "had") and i + 2 < sent.n and VERBS.get(tl[i + 2]) is not None \
            and tl[i + 2].endswith(("ed", "en", "wn", "id", "ld")):
        return None  # "Recent reports have revealed that ...": the noun is the subject of the next cue
    if i == 0 and tt[0][:1].isupper() and verb.category == "speech" and 1 < sent.n and sent.cap(1) and not in_quote \
            and text[max(0, s0 - 4):s0].rstrip()[-1:] in _CLOSE_QUOTES:
        # '"... in much larger studies." Said Simon Baron-Cohen.': an inverted cue opening its own sentence
        src = _describe(sent, text, 1, _np_right(sent, 1))
        if src is not None and src.form not in ("other", "unknown", "first_person") and not src.pronoun:
            return _mk(s0, e0, text, src, "inverted", voice="inverted")
    if "N" in flags and prev in ("news", "press", "media") and i >= 2 and tl[i - 2] in ("the", "all", "these", "those", "some", "many") \
            and not w.endswith("ed") and (nxt in _BE or nxt in _PREP or not sent.is_word(i + 1)
                                          or nxt == "that" and i + 2 < sent.n and tl[i + 2] in ("i", "we", "you")):
        return None  # "the news reports (BBC etc.) were encouraging", "all the press reports that I have read": the noun
    if "N" in flags and not w.endswith(("ed", "ing")) and i >= 3 and any(
            tl[d] in _DET and d >= 1 and tl[d - 1] in ("in", "on", "to", "of", "with", "at", "about", "after", "before", "during") and all(
                sent.is_word(m) and (sent.cap(m) or tl[m][:1].isdigit() or tl[m] in _CUE_NOUN_MODIFIERS) for m in range(d + 1, i))
            for d in (i - 2, i - 3)):
        return None  # "suggested in a late July tweet that ...": the noun inside a prepositional phrase
    if "N" in flags and not w.endswith(("ed", "ing")) and i >= 1 and prev in _REPORT_MODIFIERS and (i == 1 or not sent.is_word(i - 2) or tl[i - 2] in _DET):
        return None  # "Initial reports that we're getting indicate ...": the noun after its modifier
    if "N" in flags and prev in ("further", "other", "such", "additional", "similar") and not w.endswith(("ed", "ing")):
        return None  # "add some further remarks": the noun after a modifier
    if tt[i][:1].isupper() and i > 0 and tt[i - 1] not in _QUOTE_CHARS and tl[i - 1] not in (":", "—", "–", "(", "-", ".") \
            and not (sent.is_word(i - 1) and tl[i - 1] in _PRONOUNS):
        return None  # "our Think, Act, Report scheme": a capitalised word inside a name, not a verb
    aspect = _statement_infinitive(tl, i, nxt) if prev == "to" else None
    if "N" in flags and (prev in _DET and prev not in NOUNS or (prev.endswith(("'s", "’s")) and not _CONTRACTION_RE.match(prev))
                         or prev in _PREP) and not w.endswith("ing") \
            and aspect is None:
        return None  # "a stress test", "the report"; but "was careful to stress that", "continued to report"
    if "N" in flags and not w.endswith(("ed", "ing")) and sent.is_word(i - 1) and not sent.cap(i - 1) and aspect is None \
            and prev not in NOUNS and prev not in _PRONOUNS and prev not in _AUX and prev not in _FIRST \
            and not (prev in ("who", "that") and (nxt == "that" or nxt in _SUBJ_PRON or nxt in _DET)) \
            and not (prev in ("and", "but", "or") and (nxt == "that" or nxt in _SUBJ_PRON)) \
            and not (prev in ("left", "right") and i >= 3 and tl[i - 2] == "the" and tl[i - 3] == "on") \
            and not any(tl[m] in ("in", "on", "at", "within", "across", "among") and tl[m - 1] in _QUANTIFIER_SUBJECTS
                        for m in range(max(1, i - 5), i - 1)):
        return None  # "similar claims", "a preliminary report": a noun after a modifier ("... and report they")
        # (but "Many on the left suspect ...", "Many in the industry fear ...": the quantifier is the subject)
    if w in _ADJ_PARTICIPLE_FORMS and (prev in _DET and prev not in NOUNS and prev not in ("which", "that", "whose")
                                       or (prev.endswith("ing") and prev not in NOUNS and prev != "being" and not sent.cap(i - 1)
                                           and not (i >= 2 and (tl[i - 2] in _POSSESSIVE or tl[i - 2] in ("the", "this", "that"))))
                                       # (but "A person familiar with his thinking said": the gerund ends the subject)
                                       or prev in _PREP or (i == 0 and tt[i][0].isupper() and not _colon_quote_follows(sent, i))
                                       or prev.endswith(("'s", "’s"))) \
            and sent.is_word(i + 1) and nxt not in ("that", "to", "by", "as", "in", "on", "it", "he", "she", "they") \
            and not (prev == "another" and (i == 1 or not sent.is_word(i - 2))):  # ("Another said no.": a person)
        return None
    if w == "mentioned" and prev in ("last", "above", "previously", "just", "first"):
        return None  # "the State last mentioned": a back-reference, no report
    if (prev in ("so", "self") or (prev == "well" and w.endswith(("ed", "wn", "en")))) \
            or (i > 1 and tl[i - 1] == "-" and tl[i - 2] in ("so", "self", "well")):
        return None  # "so-called", "self-described", "well known"; but "those who know him well describe"
    if verb.lemma in ("ask", "request") and any(tl[k] in ("name", "names", "named", "identified", "anonymity", "anonymous")
                                                for k in range(i + 1, min(sent.n, i + 9))) \
            and any(tl[k] in ("not", "anonymity", "anonymous") for k in range(i + 1, min(sent.n, i + 9))):
        return None  # "who asked that her name not be used", "asked not to be named": a request for anonymity
    asked_for = nxt == "for" or (nxt in ("me", "us", "him", "her", "them", "you") and i + 2 < sent.n and tl[i + 2] == "for")
    if verb.lemma == "ask" and asked_for and not any(tt[m] in _QUOTE_CHARS and m + 1 < sent.n and sent.is_word(m + 1)
                                                      for m in range(i + 2, min(sent.n, i + 5))):
        return None  # "asked for a recount", "what they were asking for": a request, not content
    if w == "say" and prev == "," and nxt == ",":
        return None  # "plus reimbursement for, say, a meal": "for example", no speaker
    if w in _PARTICIPLE_ONLY and nxt == "by" and i > 0 and sent.is_word(i - 1) and (prev in NOUNS or prev.endswith("s")) \
            and prev not in _BE and prev not in _AUX:
        return None  # "the opinions written by Stevens", "a letter written by the mayor": authorship, a noun's modifier
    if verb.lemma == "pledge" and i + 1 < sent.n and sent.is_word(i + 1) and nxt not in ("to", "that") \
            and (nxt in NOUNS or nxt in _DET or nxt[:1].isdigit()
                 or nxt in ("funds", "money", "aid", "support", "troops", "cash", "much", "more", "all", "millions", "billions")):
        return None  # "have pledged funds for the rebuilding", "pledged much of their wealth": resources promised, no content
    if verb.lemma == "admit" and nxt == "to" and i + 2 < sent.n and (
            sent.cap(i + 2) or tl[i + 2] in _ADMITTED_TO
            or (tl[i + 2] in ("the", "a", "an") and i + 3 < sent.n and (sent.cap(i + 3) or tl[i + 3] in _ADMITTED_TO))):
        return None  # "admitted to the American Academy", "admitted to hospital": let in, not a confession
        # (but "the Foreign Office admitted to a secret archive" acknowledges it)
    if ("N" in flags or w in ("demand", "request", "promise")) and not w.endswith(("ed", "ing", "s")) and nxt in (",", ".", ";") \
            and i > 0 and prev not in _AUX and prev not in _BE \
            and prev not in NOUNS and prev not in _PRONOUNS and sent.is_word(i - 1) and not sent.cap(i - 1) \
            and i > 1 and sent.is_word(i - 2) and tl[i - 2] not in _DET and not tl[i - 2].endswith(("'s", "’s")):
        return None  # "infrastructure restricts demand, however", "try to meet demand,": the noun, object of a verb
        # (but '"...", its makers claim.': "makers" is the subject)
    parenthetical_it = i >= 3 and tl[i - 1] in _BE and _parenthetical_it(sent, i - 1) \
        and verb.lemma in _PARENTHETICAL_IT and w.endswith(("ed", "ght", "id", "od"))  # ", it is believed for ..."
    if (nxt in ("for", "upon") and verb.lemma not in ("call", "ask", "argue", "testify", "blame") and not parenthetical_it) \
            or nxt == "of" and verb.lemma in ("admit", "answer", "consider", "think", "know", "hope", "express", "voice") \
            and not (verb.lemma == "think" and _think_of_as(sent, i)):
        # (but "many people still think of her as someone who ...": an opinion held)
        # "described for PA Media how ...", "confirmed for the BBC that ...": content follows
        if not (nxt == "for" and any(tl[m] in ("how", "what", "why", "that", ":") or tt[m] in _QUOTE_CHARS
                                     for m in range(i + 2, min(sent.n, i + 8)))):
            return None
    # -- naming, not speech: "a colony called Southern Rhodesia", "also called Easter Island"
    if verb.lemma in _NAMING and w.endswith("ed") and prev == "," and i + 1 < sent.n and sent.cap(i + 1) \
            and not tl[i + 1].endswith(("'s", "’s")):
        return None  # "a flying device ..., called Flyboard Air": naming a thing (not "..., called Trump's action ...")
    if verb.lemma in _NAMING and w.endswith("ed") and sent.is_word(i - 1) and not sent.cap(i - 1) and prev not in NOUNS \
            and prev not in _PRONOUNS and not prev.endswith("ly") and _indefinite_np_before(sent, i - 1) \
            and i + 1 < sent.n and (tl[i + 1] in _DET or sent.cap(i + 1)):
        return None  # "a Jurassic-era predator called the sevengill shark": a thing named, no speaker
    if verb.lemma in _NAMING and prev == "also" and i >= 2 and tl[i - 2] == ",":
        return None  # "phytoplankton, also called green algae,": another name
    if verb.lemma in _NAMING and w.endswith("ed") and NOUNS.get(prev, ("",))[0] in ("organisation", "media", "document", "group") \
            and _indefinite_np_before(sent, i - 1) and i + 1 < sent.n and (sent.cap(i + 1) or tt[i + 1] in _QUOTE_CHARS):
        return None  # "a cargo delivery company called NearEarth", 'a tenants' group called "Homes First"': a body named
    if verb.lemma in _NAMING and w.endswith("ed") and sent.is_word(i - 1) and not sent.cap(i - 1) and len(prev) > 3 \
            and prev.endswith("s") and not prev.endswith(("ss", "us", "is", "ys")) and prev not in NOUNS \
            and prev not in WORDS["aux"] and prev not in _BE and prev not in _NOT_PLURAL_NOUNS \
            and i + 1 < sent.n and nxt not in _DET and nxt not in _PRONOUNS and nxt not in ("for", "on", "upon", "off", "out", "in", "it") \
            and (sent.is_word(i + 1) or tt[i + 1] in _QUOTE_CHARS):
        return None  # "sensors called smart counters": things named by a reduced relative, no speaker
    if verb.lemma in _NAMING and i + 1 < sent.n and (sent.cap(i + 1) or tt[i + 1] in _QUOTE_CHARS):
        before_also = tl[i - 2] if i >= 2 else ""
        if (prev == "also" and (before_also == "," or (before_also.isalpha() and not sent.cap(i - 2) and before_also not in _HAVE_MODAL))) or (
                sent.is_word(i - 1) and not sent.cap(i - 1) and tl[_np_left(sent, i - 1)] in ("a", "an")):
            return None
    # -- infinitives of intent: "declined to comment", "plans to announce"; but "continued to say",
    #    "went on to say", "was quick to point out that": the subject is left of the aspect word
    if prev == "to" and aspect is None and not (i >= 2 and tl[i - 2] in _SPOKE_TO):
        return None  # (but "Officials I have spoken to say": "to" ends the relative clause)
    if verb.lemma == "call" and any(tl[k] in _CALLED_EVENT for k in range(i + 1, min(sent.n, i + 4))) \
            and not any(tt[k] in _QUOTE_CHARS or (tl[k] == "for" and k + 1 < sent.n and sent.cap(k + 1) and tl[k + 1] not in _TIME)
                        for k in range(i + 1, min(sent.n, i + 8))):
        # ("called the election for Biden": a projection of the result, kept)
        return None  # "called a strike", "called a snap election": an event summoned, not a characterisation
    if verb.lemma in _NAMING and w.endswith("ed") and prev.endswith(("'re", "’re")) \
            and not any(tl[k] == "by" for k in range(i + 1, min(sent.n, i + 10))):
        return None  # "they're called gig workers": a name (the contracted passive)
    if verb.lemma == "call" and (nxt in (".", ";", ")", "!", "?") or any(
            tl[k] in _CALLED_SERVICES or tl[k] in ("911", "999") for k in range(i + 1, min(sent.n, i + 4)))):
        return None  # "called the police", "the businesses the people had called.": a phone call
    titled = next((k for k in range(i + 1, min(sent.n, i + 5)) if tl[k] in _NAMING_PARTICIPLES), None) if verb.lemma == "write" else None
    if titled is not None and not any(tl[k] in ("that", ":") for k in range(i + 1, titled)):
        return None  # "a poem she has written called 'That Beast Called Age'": a titled work, no content
    if w in ("mention", "mentions") and nxt == "of" and (prev in ("passing", "brief", "special", "particular", "specific", "no", "any")
                                                       or prev in ("made", "make", "makes", "making")):
        return None  # "made passing mention of": the noun
    if verb.lemma == "agree" and nxt == "to":
        return None  # "they usually agree to participate", "agreed to a ceasefire": consent, not content
    if (verb.lemma == "report" and nxt == "back" or verb.lemma == "add" and nxt == "to") \
            and not any(tl[k] in ("that", ":") or tt[k] in _QUOTE_CHARS for k in range(i + 1, sent.n)):
        return None  # "must report back within 90 days", "Adding to the carnival mood": no content
    if verb.lemma == "tell" and (nxt in ("apart", "whether") or (nxt == "the" and i + 2 < sent.n and tl[i + 2] == "difference") or any(
            tl[k] in ("from", "apart") and all(sent.is_word(m) and not sent.cap(m) and tl[m] not in NOUNS and tl[m] not in _PRONOUNS
                                               for m in range(i + 1, k)) for k in range(i + 2, min(sent.n, i + 5)))) \
            and not any(tl[k] in ("that", ":") or tt[k] in _QUOTE_CHARS for k in range(i + 1, sent.n)):
        return None  # "will tell truth from lies", "could not tell them apart": telling things apart, not speech
    if (w == "said" and prev == "having" and nxt == "that") or (w == "said" and prev == "that" and i == 1):
        return None  # "Having said that," / "That said,": a discourse connective
    if w == "states" and not (nxt in _DET or nxt in _SUBJ_PRON or nxt in ("that", ":") or nxt[:1].isdigit()
                              or (i + 1 < sent.n and (sent.cap(i + 1) or tt[i + 1] in _QUOTE_CHARS))):
        return None  # "member states said": the noun; "the Herald states the plane was ..." reports
    if "N" in flags and i == 1 and tl[0] in _FAMILIAR and tl[0] not in NOUNS and tl[0] not in _QUANTIFIERS \
            and tl[0] not in _PRONOUNS and tl[0] not in _FIRST:
        return None  # "Member states ...": a capitalised common word opening the sentence modifies the noun
    if "N" in flags and (i + 1 >= sent.n or tl[i + 1] in (".", "!", "?")) and not w.endswith(("ed", "ing")) \
            and not any(t in _QUOTE_CHARS for t in tt) and not any(tl[k] in ("as", ",", ";", "—", "–") for k in range(i)):
        return None  # "that's the Fox report.", "get some doctor notes.": the noun ends the sentence, nothing is reported
    # -- a condition, not a report: "if they suspect there is a risk", "unless the board agrees that"
    k = i - 1
    while k >= 0 and i - k <= 7 and sent.is_word(k) and tl[k] not in _CLAUSE_STOPS and tl[k] not in _CONDITION_WORDS:
        k -= 1
    if k >= 0 and k < i - 1 and tl[k] in _CONDITION_WORDS and not (tl[k] in ("if", "unless") and tl[k + 1] == "it"):
        # (but "If it be said, that ...": the impersonal passive of an essayist's objection)
        return None  # ("I do sometimes wish people understood ...": a wish, not a report)
    # -- a hypothetical or a power, not a report: "Congress may declare", "no man can say where"
    if ((prev in _HYPOTHETICAL and not sent.cap(i - 1))
            or (i > 1 and tl[i - 2] in _HYPOTHETICAL and not sent.cap(i - 2) and prev in ("alone", "only", "also", "never", "still", "well")))\
            and verb.lemma not in ("confirm", "reveal", "report"):
        return None  # ("police can confirm that ..." is a statement)
    if w == "writing" and prev == "in":
        return None  # "depositions in writing"
    if w.endswith("ing") and prev in ("in", "of", "with", "by") and (i + 1 >= sent.n or not sent.is_word(i + 1)) \
            and not (i + 1 < sent.n and (tt[i + 1] in _QUOTE_CHARS or tl[i + 1] == ":"
                                         or (tl[i + 1] == "," and i + 2 < sent.n and (tt[i + 2] in _QUOTE_CHARS or tl[i + 2] == "that")))):
        return None  # "the meeting ended in shouting.": a gerund noun closing the clause, no content
    if w.endswith("ing") and prev == "in" and i >= 2 and sent.is_word(i - 2) and not sent.cap(i - 2) \
            and tl[i - 2] not in VERBS and tl[i - 2] not in _AUX and tl[i - 2] not in _BE and not tl[i - 2].endswith("ed") \
            and tl[i - 2] not in _PRONOUNS and tl[i - 2] not in _DET and tl[i - 2] not in ("these", "those", "them", "others"):
        return None  # "his work in predicting the background": a gerund object, no report
    # -- prescriptive negation: "it must not cite any person", "should not say": no report
    if prev in WORDS["negation"] and i > 1 and tl[i - 2] in ("must", "should", "shall", "need", "ought"):
        return None
    if verb.lemma == "confirm" and (nxt in ("him", "her", "them") or any(tl[k] in _CONFIRMED_ACTS for k in range(i + 1, min(sent.n, i + 5)))):
        return None  # "the House confirmed his nomination": a vote, not a statement
    # -- "claimed 3,000 lives", "claimed the title": taking, not saying
    if verb.lemma == "claim" and nxt not in ("that", ",", ":") and any(
            tl[k] in _CLAIM_TAKEN and not (k + 1 < sent.n and (tl[k + 1] in VERBS or tl[k + 1] in _BE or tl[k + 1] in _AUX
                                                             or tl[k + 1] in _MODALS or tl[k + 1].endswith("ed")))
            for k in range(i + 1, min(sent.n, i + 5))):  # (but "claimed the records showed ...": a claim)
        return None
    if verb.lemma == "deny" and nxt in ("him", "her", "them", "us", "me", "women", "men", "people", "children", "girls", "boys",
                                        "students", "access", "entry", "permission"):
        return None  # "schools that deny women single-sex sports": refusing, not denying a claim
    if verb.lemma == "concede" and (nxt in _CONCEDED or i + 2 < sent.n and nxt in ("a", "an", "the", "two", "three", "another")
                                    and tl[i + 2] in _CONCEDED) and "that" not in tl[i + 1:i + 5]:  # (not "conceded the point that")
        return None  # "conceded a penalty", "conceded two goals": a sporting loss, not an admission
    if w == "called" and i >= 2 and sent.is_word(i - 1) and not sent.cap(i - 1) and (tl[i - 1] in NOUNS or tl[i - 1] in _NAMED_THINGS) \
            and (nxt in ("the", "a", "an") or i + 1 < sent.n and sent.cap(i + 1)) \
            and _after_preposition(sent, _np_left(sent, i - 1)):
        return None  # "attached to the device called the E-meter": the thing's name, not a speaker's label
    if _described_as(sent, i) and any(
            VERBS.get(tl[m]) is not None and VERBS[tl[m]].category == "speech" and not sent.cap(m) for m in range(i + 3, min(sent.n, i + 30))):
        return None  # "A source described as close to the family said ...": a modifier of the subject of "said"
    if w in ("view", "views") and (prev in _DET or prev in _PREP or prev.endswith(("'s", "’s", "s'"))):
        return None  # "points of view", "the President's view is that": the noun
    if w.endswith("ing") and prev.endswith(("'s", "’s")) and not _CONTRACTION_RE.match(prev):
        return None  # "welcome the judge's ruling": the noun
    if w == "defending" and prev == "," and i + 2 < sent.n and sent.cap(i + 1) and tl[i + 2] == ",":
        return None  # "Delphine Pando, defending Closer, said": a lawyer representing a client
    if verb.lemma == "tell" and not in_quote and i + 1 < sent.n and sent.is_word(i + 1) and nxt not in ("that", "of", "about") \
            and not any(tt[m] in _CLOSE_QUOTES for m in range(max(0, i - 12), i)):  # ('"...," X told those gathered to watch')
        m = i + 2 if nxt in ("me", "us", "him", "her", "them", "you") else _np_right(sent, i + 1)
        if m + 1 < sent.n and tl[m] == "to" and sent.is_word(m + 1) and not sent.cap(m + 1) and tl[m + 1] not in _DET \
                and not any(tl[q] in _SUBJ_PRON or _CONTRACTION_RE.match(tl[q]) for q in range(i + 1, m)) \
                and tl[m + 1] not in _PRONOUNS and not tl[m + 1][:1].isdigit():
            return None  # "told participants to give a talk": an instruction, no content
    if verb.lemma == "call" and nxt == "the" and i + 2 < sent.n and (tl[_np_right(sent, i + 1) - 1] in _CALLED_SERVICES
                                                                      or any(tl[m] in _CALLED_SERVICES and sent.cap(m + 1) for m in range(i + 2, min(sent.n - 1, i + 6)))):
        return None  # "men who call the emotional support charity Samaritans": a telephone call
    if verb.lemma == "call" and nxt == "it" and i + 2 < sent.n and sent.cap(i + 2) and tl[i + 2] not in _DET \
            and not tl[i + 2].endswith(("ian", "ic", "esque", "ist", "ish", "ese")) \
            and (i + 3 >= sent.n or not sent.is_word(i + 3) or tl[i + 3] in ("and", "but")):
        return None  # "They called it Ping": a name given, no judgement reported
    if verb.lemma == "write" and i > 0 and i + 2 < sent.n and sent.is_word(i - 1) \
            and (sent.cap(i + 1) and tl[i + 1] not in _PRONOUNS or nxt in ("a", "an", "the", "his", "her", "their") and tl[i + 2] in _WRITTEN_WORKS
                 or nxt in _WRITTEN_WORKS
                 or nxt in ("his", "her", "their") and tl[i + 2] == "own" and i + 3 < sent.n and tl[i + 3] in _WRITTEN_WORKS) \
            and not any(tl[m] in ("that", ":") or tt[m] in _QUOTE_CHARS or tl[m] in _BE or tl[m] in _MODALS or tl[m] in _AUX
                        for m in range(i + 1, min(sent.n, i + 10))):  # (not "Smith writes Democrats are losing")
        return None  # "Doris Kearns Goodwin wrote Team of Rivals", "she wrote a novel": authorship, no content
    if w in ("dubbed", "dubs") and not any(tt[k] in _QUOTE_CHARS for k in range(i + 1, min(sent.n, i + 40))):
        return None  # "Vizmedia dubbed the first two seasons": voiced, not named ('dubbed it "X"')
    if verb.lemma == "assert" and (nxt in _ASSERTED or (nxt in _DET or nxt in _POSSESSIVE) and nxt != "that"
                                   and i + 2 < sent.n and tl[i + 2] in _ASSERTED):
        return None  # "who will assert the dignity of human nature", "asserted its authority": exercising, not saying
    if verb.lemma == "boast" and nxt not in ("that", "of", "about", ":", ",", "to") and nxt not in _SUBJ_PRON \
            and not (i + 1 < sent.n and tt[i + 1] in _QUOTE_CHARS):
        return None  # "an observatory that would boast a 100-seat auditorium": having, not bragging
    if verb.lemma == "point" and nxt == "to" and w.endswith("ing") and i == 0 and any(
            tl[m] in _GESTURE_NOUNS for m in range(i + 2, min(sent.n, i + 6))):
        return None  # "Pointing to his sizable frame, he laughed": a gesture, not evidence cited
    if verb.lemma == "tell" and nxt in ("the", "a", "an", "its", "their", "his", "her") and any(
            tl[m] in ("story", "tale", "history", "stories", "tales") and (m + 1 >= sent.n or tl[m + 1] in (".", ",", ";", "!", "of", "about", "behind"))
            and all(sent.is_word(q) and tl[q] not in VERBS for q in range(i + 2, m)) for m in range(i + 2, min(sent.n, i + 6))):
        return None  # "the novel tells the story of a model", "They tell a rich and important history": a narrative
    if verb.lemma == "testify" and nxt not in ("about", "to", "before", "against", "for", "in", ",", ".") and not any(
            tl[m] in ("that", ":") or tt[m] in _QUOTE_CHARS for m in range(i + 1, min(sent.n, i + 9))):
        return None  # "saw our colleagues testify yesterday": testimony given, no content reported
        # (but "He testified Tuesday that ...")
    if verb.lemma == "contend" and nxt == "with":
        return None  # "a way that contends with the threats": coping, not arguing
    if verb.lemma == "grant" and prev in _BE:
        return None  # 'the girls were granted "parole" status': given, not conceded
    if verb.lemma == "confirm" and nxt == "with" and "that" not in tl[i + 2:i + 12]:
        return None  # "after confirming with the video referee": checking, no content
    if verb.lemma == "write" and nxt == "down":
        return None  # "what the prominent people wrote down": writing, no content reported
    if verb.lemma in ("write", "email") and prev == "who" and nxt == "to" and any(
            VERBS.get(tl[m]) is not None and VERBS[tl[m]].category == "speech" and not sent.cap(m) for m in range(i + 2, min(sent.n, i + 8))):
        return None  # "the employee who wrote to Unite said that ...": the relative clause names the source of "said"
    if verb.lemma in ("add", "mention") and nxt in _DET and nxt not in ("that", "which", "what") and any(
            tl[k] == "to" and not any(tl[q] in _BE or tl[q] in _MODALS or tl[q] in _AUX for q in range(i + 2, k))
            for k in range(i + 2, min(sent.n, i + 14))) and not any(
            tl[k] in ("that", ":") for k in range(i + 1, min(sent.n, i + 14))):
        return None  # 'adding the words "and Emergency" to the name': putting in; "mentioned the charge to customers": no content
    if verb.lemma == "call" and any(tl[k:k + 2] in (["by", "phone"], ["by", "telephone"], ["on", "the"]) and
                                    (tl[k] == "by" or k + 2 < sent.n and tl[k + 2] in ("phone", "telephone"))
                                    for k in range(i + 1, min(sent.n, i + 8))):
        return None  # "After calling the organization by phone": a telephone call
    # -- cue span extensions
    cue_end = e0
    rule = "verb"
    if verb.lemma == "point":
        cue_end = sent.te[i + 1]
        consumed.add(i + 1)
    if verb.lemma == "quote" and nxt == "as":
        cue_end = sent.te[i + 2]
        consumed.add(i + 2)
        rule = "quoted_as_saying"
    j = aspect if aspect is not None and _CONTRACTION_RE.match(tl[aspect]) else \
        _skip_left(sent, aspect if aspect is not None else i)  # ("He's keen to point out": the subject in the contraction)
    # -- "as reported by Hurriyet", "as quoted by the agency": the agent is the source
    if j >= 0 and tl[j] == "as" and nxt == "by" and i + 2 < sent.n and sent.is_word(i + 2):
        src = _describe(sent, text, i + 2, _np_right(sent, i + 2))
        if src is not None and src.form not in ("first_person",):
            return _mk(s0, cue_end, text, src, "as_reported_by", voice="passive")
    # -- "I was told by a diplomat that ...", "Residents were assured by officials that ...": the
    #    agent of the passive is the source (the subject is only the hearer)
    if verb.lemma in _TOLD_BY_LEMMAS and j >= 0 and tl[j] in _BE and not w.endswith("ing"):
        told_by = _told_by_source(sent, text, i)
        if told_by is not None:
            src, end = told_by
            consumed.update(range(i + 1, end))
            return _mk(sent.ts[j], cue_end, text, src, "told_by", voice="passive")
    # -- a bracketed placeholder in a transcript: "as [senior administration official] said"
    if j >= 0 and tt[j] == "]":
        k = j - 1
        while k >= 0 and tt[k] != "[" and j - k < 12:
            k -= 1
        if k >= 0 and tt[k] == "[" and k + 1 < j:
            src = _describe(sent, text, k + 1, j)
            if src is not None and src.form != "first_person":
                src.start, src.end = sent.ts[k], sent.te[j]
                src.text = text[src.start:src.end]
                return _mk(s0, cue_end, text, src, "bracketed_source", voice="active")
    # -- "I'm told that ...", "I have been told the vote is close": the writer passes on what an
    #    unnamed teller said (the writer is not the source)
    subject = _first_person_passive(sent, j) if w in ("told", "informed", "assured") and j >= 0 and not in_quote else -1
    # ("I am informed expresses are employing ...", "we are assured that ...": told, in other words)
    if subject >= 0 and (nxt == "that" or nxt in _SUBJ_PRON or nxt in _DET or (i + 1 < sent.n and sent.cap(i + 1))
                         or (sent.is_word(i + 1) and nxt not in _PREP and nxt not in ("to", "about") and _clause_follows(sent, i + 2))
                         or (subject == 0 and nxt == ",")
                         or (subject > 0 and nxt in _PARENTHESIS_PAIRS.get(tl[subject - 1], ()) and not (
                             nxt in (".", "") and subject == 2 and (tl[0] in _TIME or _adverb_ly(sent, 0) or tl[0] in _OPENING_ADVERBS)))):
        # (a clause before the comma, not one opening adverb: "Afterwards, I was told.")
        # (also the parenthetical "The minister, I am told, has resigned", "..., or so we were told.")
        start = sent.ts[j] if tl[j] in _BE else s0
        return _mk(start, cue_end, text, None, "impersonal_passive", voice="impersonal")
    # -- "It's said that ...", "it's thought that ...": the contracted impersonal passive
    if j >= 0 and tl[j] in _IT_IS and (verb.lemma in _IT_PASSIVE or "P" in flags) and not w.endswith("ing") and not in_quote \
            and (nxt == "that" or nxt in _SUBJ_PRON):
        return _mk(s0, cue_end, text, None, "impersonal_passive", voice="impersonal")
    if j >= 0 and tl[j] in _IT_IS and verb.lemma in ("project", "forecast", "expect", "estimate", "predict") \
            and w.endswith(("ed", "cast")) and nxt == "to" and i + 2 < sent.n and sent.is_word(i + 2) and not in_quote:
        return _mk(s0, cue_end, text, None, "impersonal_passive", voice="impersonal")  # "it's projected to cut child poverty by 40%"
    if j >= 0 and tl[j] in _IT_IS and (w.endswith("ed") or w in ("said", "known", "thought", "shown")) and nxt != "to":
        return None  # "It's reported in 60 countries": a passive with a thing for subject, no content reported
    if j >= 0 and tl[j] in _BE and not w.endswith("ing"):
        if verb.lemma == "say" and j >= 1 and tl[j - 1] in ("that", "which") and nxt not in ("that", "to", ",", ":") \
                and not (i + 1 < sent.n and tt[i + 1] in _QUOTE_CHARS):
            return None  # "despite words that are said in these talks": what is said is the antecedent, no content
        if verb.lemma == "report" and nxt in ("missing", "stolen", "lost"):
            return None  # "was reported missing by his family": a missing-person or theft report, no claim
        if verb.lemma == "quote":
            src = _source_left(sent, text, _skip_left(sent, j))
            return _mk(sent.ts[j], cue_end, text, src, "quoted_as_saying", voice="passive")
        content_after = nxt in ("that", ":") or (nxt == "," and i + 2 < sent.n and tt[i + 2] in _QUOTE_CHARS) or (
            i + 1 < sent.n and tt[i + 1] in _QUOTE_CHARS)
        that_after_comma = any(tl[k] == "that" and tl[k - 1] == "," for k in range(i + 2, min(sent.n, i + 8)))
        it_passive = verb.lemma in _IT_PASSIVE and (nxt == "that" or nxt in _SUBJ_PRON or that_after_comma
                                                    or nxt in ("his", "her", "their")  # "it was revealed his aide had tested positive"
                                                    or (nxt in ("a", "an", "the") and verb.lemma not in ("agree", "urge", "concede")
                                                        and _clause_follows(sent, i + 1))  # "it is whispered a magazine ... is to be"
                                                    # (not "it was agreed a partial lockdown would be instated": a decision)
                                                    or (verb.lemma in _PARENTHETICAL_IT and _parenthetical_it(sent, j))
                                                    or (nxt in (",", "—", "–") and j >= 2 and tl[j - 1] == "it" and tl[j - 2] in (",", "—", "–"))) \
            and _it_before(sent, j)  # ("It is agreed on all sides, that ...": 18th-century comma; ", it is hoped,": a parenthetical)
        agentive = (verb.lemma == "identify" and nxt == "as" and any(tl[k] == "by" for k in range(i + 2, min(sent.n, i + 10)))) \
            or nxt == "by" and (verb.lemma in ("confirm", "accuse", "maintain", "deny", "admit", "acknowledge", "concede")
                                or (verb.lemma == "view" and any(
                tl[k] == "as" for k in range(i + 3, min(sent.n, i + 12)))) or (
            verb.lemma in ("express", "voice") and any(tl[k] in _ATTITUDE for k in range(max(0, j - 6), j))))
        widely_named = verb.lemma in _NAMING and any(tl[k] in ("widely", "increasingly") for k in range(max(0, j - 1), i))
        # ("is increasingly being called Ethiopia's 'second gift to the world'": a label many give it)
        as_often = j > 0 and tl[j - 1] == "as" and any(tl[k] in ("often", "usually", "frequently", "sometimes", "elsewhere", "already", "repeatedly", "previously")
                                                        for k in range(j + 1, i))  # "as is often assumed"
        widely = (as_often or any(tl[k] in ("widely", "generally", "commonly", "increasingly") for k in range(max(0, j - 1), i))) \
            and verb.category in ("speech", "cognition") and ("G" not in flags or widely_named) \
            and verb.lemma != "know"  # ("was widely known as the drummer": fame, not a report)
        habitual = any(tl[k] in ("commonly", "also", "usually", "often", "sometimes", "generally") for k in range(max(0, j - 1), i))
        if verb.lemma in _NAMING and not widely_named and nxt not in ("that", ":") and (tl[j] != "been" or habitual) \
                and not any(tl[k] == "by" for k in range(i + 1, min(sent.n, i + 10))):
            # "they are called 'U.S. nationals'", "was commonly called 'swine flu'": a name; but "has
            # widely been called an honour killing", "have been called 'scum villages'": someone's label
            return None
        if verb.lemma == "describe" and nxt != "by" and any(
                tl[k] in ("commonly", "sometimes", "often", "also", "collectively", "usually") for k in range(max(0, j - 1), i)) \
                and not any(tl[k] == "by" for k in range(i + 1, min(sent.n, i + 14))):
            return None  # "responses that are sometimes described together as the 'diving reflex'": a name
        forecast_to = verb.lemma in ("forecast", "predict", "project", "fear", "suspect", "assume") and nxt == "to" \
            and i + 2 < sent.n and sent.is_word(i + 2)  # "is forecast to reach 4.3bn", "is feared to have died"
        forecast_to = forecast_to or (verb.lemma == "fear" and nxt in ("dead", "missing", "lost", "killed", "drowned", "trapped"))
        expected_when = verb.lemma == "expect" and i + 2 < sent.n and (
            (nxt in ("in", "by", "within", "before", "after") and (tl[i + 2][:1].isdigit() or tl[i + 2] in _TIME
                                                                  or tl[i + 2] in ("the", "early", "late", "mid")))
            or (nxt in ("next", "later", "soon", "shortly") and not sent.is_word(i + 2) or nxt in ("next", "this") and tl[i + 2] in _TIME))
        # ("A similar decrease is expected in 2013", "a decision is expected next week")
        if verb.lemma == "expect" and (nxt == "to" and sent.is_word(i + 2) or expected_when) and i + 2 < sent.n and j > 0:
            # "the bill is expected to reach 110m yen", "Trump is expected to win": an unnamed forecast;
            # but "priests are expected to notify ...": an obligation of a class of people
            last = _skip_left(sent, j)
            subject = range(_np_left(sent, last), last + 1) if last >= 0 and sent.is_word(last) else range(0)
            forecast_to = not any(NOUNS.get(tl[k], ("", ""))[1] == "pl" and NOUNS[tl[k]][0] in ("role", "generic", "group", "kin", "counsel", "vague")
                                  or tl[k] in ("you", "they", "we", "i", "staff") for k in subject)
        # "we are told that ...", "after being told for the umpteenth time that ...": an unnamed teller
        told_that = False
        if verb.lemma == "tell":
            for k in range(i + 1, min(sent.n, i + 9)):
                if tl[k] == "that":
                    told_that = True
                    break
                if tl[k] == "by" or tl[k] in _BE or not sent.is_word(k):
                    break
        credited_with = verb.lemma == "attribute" and w == "credited" and nxt == "with" and i + 3 < sent.n and (
            tl[i + 2].endswith("ing") or tl[i + 2] in ("a", "an", "the") and not tl[i + 3][:1].isdigit() and tl[i + 3] not in NUMBERS)
        # ("green walls are credited with reducing ...", "tablets are being credited with a jump in ..."; not "with two goals")
        b = j
        while b > 0 and (tl[b - 1] in _BE or tl[b - 1] in _AUX):
            b -= 1
        questions_asked = verb.lemma == "ask" and nxt in ("about", "over", "whether") and b > 0 and tl[b - 1] == "questions"
        # ("questions are being asked about whether ...": unnamed people are asking)
        regarded_as = verb.lemma in ("view", "criticise", "criticize") and "as" in tl[i + 1:i + 3] and _as_complement(sent, i)
        # ("is widely perceived as", "its survey has been criticized as too Anglocentric"; inside this passive branch)
        if "P" not in flags and not ("G" in flags and content_after) and not agentive and not it_passive and not told_that and not regarded_as and not credited_with \
                and not questions_asked \
                and verb.lemma != "accuse" and not widely and not forecast_to:  # ("he is widely suspected of": many suspect it)
            return None  # "was declared a disaster area"; but "it is declared, '...'" reports a text
        if in_quote and not agentive and nxt != "by":
            return None  # '"[I]t is concluded that ..."': the quoted text's own impersonal voice
        if j > 0 and (tl[j - 1] == "what" or tl[j - 1].startswith(("what’", "what'"))):
            return None  # "to know what's being said": no content attributed
        if j > 0 and sent.is_word(j - 1) and tl[_np_left(sent, j - 1)] == "no" and nxt != "by":
            return None  # "No cause of death was announced": nothing was reported
        if any(tl[k] in WORDS["negation"] for k in range(j + 1, i)):
            return None  # "Cause of death was not announced": nothing was reported
        chain = j - 1
        while chain >= 0 and (tl[chain] in _AUX or tl[chain] in _BE or tl[chain] in ("yet", "already", "still")):
            if tl[chain] in WORDS["negation"]:
                return None  # "had not yet been announced": nothing was reported
            chain -= 1
        if verb.lemma == "accuse" and chain >= 0 and tl[chain] in ("who", "that", "which") and nxt != "by":
            return None  # "people who had been accused of crimes": generic, no accusation reported
        if chain >= 0 and tl[chain] in ("enough", "much", "nothing", "little") \
                and (chain == 0 or not sent.is_word(chain - 1) or tl[chain - 1] in ("presume", "think", "that", "and", "but")):
            return None  # "I presume enough has been said to shew, that ...": the writer's own argument
        if j >= 2 and tl[j] == "be" and tl[j - 1] == "it" and tl[j - 2] == "let":
            return None  # "But let it be admitted, for argument's sake, that ...": the writer's own concession
        if tl[j] == "being" and j > 0 and tl[j - 1] in ("of", "without", "from", "about") and nxt != "by" \
                and not any(tl[k] == "that" for k in range(i + 1, min(sent.n, i + 8))):
            return None  # "the dread of being accused of weakness": a gerund, no accusation made
            # (but "After being told for the umpteenth time that ...": a telling with its content)
        objection = verb.lemma in _OBJECTION_LEMMAS and any(tl[k] in _MODAL_ONLY and k >= 1 and tl[k - 1] == "it"
                                                            and not any(tl[q] in WORDS["negation"] or q > k and tl[q] in ("justly", "fairly", "truly")
                                                                        or tl[q] in ("cannot", "can't", "can’t", "couldn't", "couldn’t")
                                                                        for q in range(k, j))
                                                            for k in range(max(1, j - 3), j)) \
            and ((nxt == "," and tl[i + 2:i + 3] == ["that"]) or nxt == ";" or (nxt == "," and not sent.is_word(i + 2)))
        # ("It may be said, that ...", "it will perhaps be said;": the essayist voices others' objection;
        # not the modern concession "It may be said that the plan is ambitious")
        told_we = verb.lemma == "tell" and j >= 2 and tl[j] == "be" and tl[j - 1] in _MODAL_ONLY and tl[j - 2] in ("we", "you") \
            and tl[j - 1] not in ("cannot", "can't", "can’t")
        # ("We shall be told that ...", "You may be told, ...": others' answer the essayist anticipates)
        if objection or told_we:
            pass
        elif any(tl[k] in _MODAL_ONLY for k in range(max(0, j - 5), j)) or (
                j >= 2 and tl[j - 1] == "," and any(tl[k] in _MODAL_ONLY and k + 1 < j and tl[k + 1] == ","
                                                    for k in range(max(0, j - 9), j - 2))):
            # ("these may, in a particular manner, be expected to flow": the modal before a parenthetical)
            return None  # "it may be said", "it could be thought": the author's hypothetical
        if tl[j] == "be" and j > 0 and tl[j - 1] == "to":
            return None  # "if Amazon is to be believed": a conditional idiom, no content attributed
        if verb.lemma == "consider" and (not sent.is_word(i + 1) or nxt in _PREP and not (nxt == "to" and tl[i + 2:i + 3] in (["be"], ["have"]))
                                         or nxt in _TIME or nxt in _CONJUNCTIONS):
            return None  # "the bill was considered in committee": deliberation, not belief
        if nxt == "as":  # "was described as 'knife-obsessed' by the police"
            for k in range(i + 2, min(sent.n, i + 14)):
                if tl[k] in (";", ":") or tl[k] in ("and", "but"):
                    break
                if tl[k] == "by" and k + 1 < sent.n and sent.is_word(k + 1):
                    src = _describe(sent, text, k + 1, _np_right(sent, k + 1))
                    if src is not None:
                        return _mk(sent.ts[j], cue_end, text, src, "passive_agent", voice="passive")
                    break
        if nxt == "to" and i + 2 < sent.n and (tl[i + 2] in _DET or sent.cap(i + 2) or tl[i + 2] in NOUNS) \
                and not any(tl[k] == "by" for k in range(i + 3, min(sent.n, i + 7))):
            return None  # "was reported to the police": an action with a recipient (but "announced to the country by X")
        if nxt == "by" and i + 2 < sent.n:
            end = _np_right(sent, i + 2)
            src = _describe(sent, text, i + 2, end)
            if src is not None:
                return _mk(sent.ts[j], cue_end, text, src, "passive_agent", voice="passive")
            if verb.lemma == "maintain" and not content_after:
                return None  # "it is maintained by bosses": kept up, not asserted
        for k in range(i + 2, min(sent.n - 1, i + 14)):
            if tl[k] in (",", ";", ":", "and", "but", "that", "which", "who") or tt[k] in ("(",):
                break
            if tl[k] == "by" and (sent.cap(k + 1) or tl[k + 1] in _DET) and (nxt in ("to", "as") or nxt in _PREP and k - i <= 5):
                if nxt == "to" and any(tl[m - 1] in _BE and (tl[m].endswith("ed") or tl[m] in _IRREGULAR_PARTICIPLES)
                                       for m in range(i + 3, k)):
                    break  # "are said to be alarmed by the polls": the agent of the infinitive, not of "said"
                src = _describe(sent, text, k + 1, _np_right(sent, k + 1))
                if src is not None and src.form not in ("first_person", "other", "unknown"):
                    return _mk(sent.ts[j], cue_end, text, src, "passive_agent", voice="passive")
                break
        doc = _framing_document(sent, text, j)
        if doc is not None:  # "In the 9th section, it is declared, ..."
            return _mk(sent.ts[j], cue_end, text, doc, "passive_document", voice="passive")
        return _mk(sent.ts[j], cue_end, text, None, "impersonal_passive", voice="impersonal")
    # -- "cited the Air Force as stating ...": the cited party is the source of the content
    if w.endswith("ing") and prev == "as" and verb.category == "speech":
        for k in range(i - 2, max(-1, i - 24), -1):
            lemma = VERBS[tl[k]].lemma if tl[k] in VERBS else None
            if lemma in ("cite", "quote"):
                # the quoted party, up to an appositive: "quoted Tim Manning, formerly a deputy
                # administrator at FEMA, as saying"
                end = next((m for m in range(k + 1, i - 1) if tl[m] == ","), i - 1)
                src = _describe(sent, text, k + 1, end) if k + 1 < end else None
                if k >= 1 and tl[k - 1] in _BE and (k + 1 >= i - 1 or tl[k + 1] == "by"):
                    # "The ministry was quoted by state media as saying": the quoted party speaks
                    subject = _source_left(sent, text, _skip_left(sent, k - 1))
                    if subject is not None and subject.form not in ("first_person", "other", "unknown"):
                        src = subject
                if src is not None and src.form not in ("first_person", "other", "unknown"):
                    return _mk(sent.ts[i - 1], e0, text, src, "quoted_as_saying", voice="active")
                break
            if not sent.is_word(k) and tl[k] != ",":
                break
    # -- participle / gerund forms: ", saying ...", "upon announcing", "a statement saying"
    quote_follows = (i + 1 < sent.n and tt[i + 1] in _QUOTE_CHARS) or (
        i + 2 < sent.n and tl[i + 1] in (",", ":") and tt[i + 2] in _QUOTE_CHARS)
    if w.endswith("ing") and nxt == "," and any(VERBS.get(tl[k]) is not None and VERBS[tl[k]].category == "speech"
                                                 and k + 1 < sent.n and tl[k + 1] == "," for k in range(i + 2, min(sent.n, i + 6))):
        return None  # "— suggesting, experts noted, that ...": the parenthetical is the attribution
    if w.endswith("ing") and i == 0 and i + 2 < sent.n and not sent.cap(i + 1) and "," not in tl and any(
            (tl[k] in _BE or tl[k] in ("has", "had")) and all(sent.is_word(q) for q in range(i + 1, k)) and tl[k - 1] not in _SUBJ_PRON
            for k in range(i + 2, min(sent.n, i + 6))):
        return None  # "Maintaining income was a priority", "Maintaining the relationship has been a goal": a gerund subject
        # (but "Saying the plan has failed, the minister resigned": an opening participle clause)
    if w.endswith("ing") and i > 0 and tt[i - 1] in ("“", '"', "‘") and (i == 1 or not sent.is_word(i - 2)):
        return None  # '"Hoping that the movement translates into ..."': the quoted speaker's own words
    if w.endswith("ing") and j >= 0 and VERBS.get(tl[j]) is not None and not tl[j].endswith("ing") and sent.is_word(j) \
            and tl[j] not in _BE and tl[j] not in NOUNS and tl[j] not in _NOUN_HOMOGRAPHS:
        return None  # "Tipton recalls realizing ...", "denied knowing": the gerund is the cue verb's object
    if w.endswith("ing") and j >= 0 and tl[j] in ("by", "without") and not (nxt in ("that", ":") or nxt in _SUBJ_PRON
                                                                         or quote_follows):
        return None  # "by calling 101", "without mentioning any symptoms", "without elaborating": no content
    if w.endswith("ing") and (j < 0 or w in ("citing", "quoting") or tl[j] in (",", "—", "–", "-", "(") or tl[j] in _ING_PARTICIPLE_PREP or not sent.is_word(j)
                              or (tl[j] in _TIME and j >= 1 and tl[j - 1] in ("on", "last", "this"))  # "on Friday announcing"
                              or (tl[j] in NOUNS and NOUNS[tl[j]][0] in ("document", "vague_document"))
                              or (quote_follows and tl[j] not in _BE)):
        if "C" in flags and not _complement_ok(sent, i, verb, quotes):
            return None
        if "G" in flags and (verb.lemma in ("ask", "respond", "reply", "answer", "call", "express", "voice", "speak", "propose", "counter",
                                            "observe", "agree", "maintain", "defend", "circulate")
                                or (verb.lemma in _THAT_ONLY_G and verb.lemma != "rule")) \
                and not _complement_ok(sent, i, verb, quotes):
            return None
        if verb.lemma == "promise" and nxt not in ("that", "to", ":", ",") and not quote_follows:
            return None  # "mansions on sale, promising endless Italian marble": an offer, no content
        if j >= 0 and tl[j] == "like":
            return None  # "It's like saying: ...": a comparison, no one says it
        if j >= 1 and tl[j] == "by" and any(
                (tl[k] == "let" and tl[k + 1] in ("me", "us") or tl[k] in ("let’s", "let's") or tl[k] in ("i", "we") or tl[k] in _FIRST_CONTRACTED)
                and all(sent.is_word(q) for q in range(k, j)) for k in range(max(0, j - 12), j)):
            return None  # "let me first start by saying that ...", "I will end by saying that ...": the speaker's own words
        if "G" in flags and j >= 0 and tl[j] in ("on", "in") and nxt not in ("that", ":", ","):
            return None  # "placed emphasis on maintaining 'law and order'": an aim, no content reported
        doc_subject = j >= 0 and NOUNS.get(tl[j], ("",))[0] in ("document", "vague_document")
        if verb.lemma in ("suggest", "indicate", "show", "reveal") and not recs and not doc_subject:
            return None  # "similar for all participants, suggesting that ...": the evidence suggests
        if verb.lemma in ("post", "tweet") and any(tl[k] in _MEDIA for k in range(i + 1, min(sent.n, i + 5))):
            return None  # "posting spectacular photos": sharing media, no content attributed
        src = _source_left(sent, text, j) if doc_subject and (verb.lemma in ("suggest", "indicate", "show", "reveal")
                                                              or NOUNS[tl[j]] == ("vague_document", "pl")) \
            else None  # "despite studies suggesting that ...", "there were intelligence assessments warning (that) ..."
        if (verb.lemma == "cite" or w == "quoting") and i + 1 < sent.n:  # ("quoting from" never gets here)
            # "citing unnamed officials", "according to Yonhap, quoting the state news agency": the source cited
            src = _describe(sent, text, i + 1, _np_right(sent, i + 1))
            if src is None or src.form in ("other", "unknown"):
                return None  # "citing the health risks": a reason given, not a source cited
        if src is None and (i == 0 or i == 1 and tl[0] in _ING_PARTICIPLE_PREP):
            # "Announcing the plan, the minister said ...", "Despite claiming that it was safe, the firm
            # recalled ...": the opening participle's subject follows its clause
            c = next((m for m in range(i + 1, min(sent.n, i + 16)) if tl[m] == ","), None)
            if c is not None and c + 1 < sent.n and sent.is_word(c + 1):
                end = _np_right(sent, c + 1)
                end = next((m for m in range(c + 2, end) if not sent.cap(m) and (tl[m] in _BE or tl[m] in _AUX or (
                    (tl[m] in _IRREGULAR_PAST or (tl[m].endswith("ed") and tl[m] not in NOUNS))
                    and (tl[m - 1] in NOUNS or sent.cap(m - 1) or _bare_plural(sent, m - 1))))), end)
                # (the main verb after the subject's noun ends it: "Saying the plan has failed, the minister
                # resigned"; but "an unnamed official", "the newly appointed minister" keep their participles)
                src = _describe(sent, text, c + 1, end)
                if src is not None and src.form in ("other", "unknown", "first_person"):
                    src = None
        if src is None:
            donor = _inherited_record(recs, skip_relative=True)
            src = donor["_src"] if donor is not None else None
            if src is not None and quotes.find(s0) >= 0 and quotes.find(donor["cue_start"]) != quotes.find(s0):
                src = None  # '"...," he said, "kids started coming up to me saying, ..."': the quoted
                # speaker's own narrative has its own subjects
            src = src or _subject_scan(sent, text, i, quotes, own_quote=True)
        if src is not None and src.form == "first_person":
            return None
        return _mk(s0, cue_end, text, src, "participle" if rule == "verb" else rule, voice="participle")
    if w.endswith("ing") and j >= 0 and sent.is_word(j) and tl[j] not in _BE and verb.category == "speech" \
            and (nxt == "that" or (i + 1 < sent.n and tt[i + 1] in _QUOTE_CHARS)
                 or (verb.lemma in _CORE_SPEECH and "G" not in flags and "C" not in flags and sent.is_word(i + 1)
                     and nxt not in ("to", "for", "on", "about", "of"))
                 or (verb.lemma == "call" and _complement_ok(sent, i, verb, quotes)
                     and any(tt[k] in _QUOTE_CHARS for k in range(i + 1, min(sent.n, i + 9))))
                 or (verb.lemma in _FORECAST_LEMMAS and sent.is_word(i + 1) and nxt not in ("to", "for", "on", "about", "of")
                     and any(tl[k][:1].isdigit() for k in range(i + 1, min(sent.n, i + 7))))):
        # ("with analysts forecasting revenues up 36%": a forecast figure is content)
        start = _np_left(sent, j)
        if tl[start] == "with" and start < j:
            start += 1
        if start > 0 and tl[start - 1] == "with":  # "with Amazon responding that ...", "with officials
            # reporting at the time 150 killed": the noun phrase of the absolute clause speaks
            src = _describe(sent, text, start, j + 1)
            if src is not None and src.form not in ("other", "first_person", "unknown"):
                return _mk(s0, cue_end, text, src, "participle_subject", voice="participle")
    if w.endswith("ing") and j >= 0 and sent.is_word(j) and tl[j] not in _BE and verb.category == "speech" \
            and tl[j] in NOUNS and NOUNS[tl[j]][0] in ("generic", "role", "counsel", "group", "vague") and NOUNS[tl[j]][1] == "pl" \
            and i + 1 < sent.n and (nxt == "that" or nxt in _DET or sent.cap(i + 1) or (nxt in _SUBJ_PRON and _clause_follows(sent, i + 1))):
        # a reduced relative: "several groups claiming the election was stolen"
        src = _source_left(sent, text, j)
        if src is not None and src.form not in ("other", "first_person", "unknown"):
            return _mk(s0, cue_end, text, src, "participle_subject", voice="participle")
    if w.endswith("ing") and not (j >= 0 and (tl[j] in _BE or (_CONTRACTION_RE.match(tl[j]) and tl[j][-2:] in ("’s", "'s", "re", "’m", "'m")))):
        return None  # a noun or a modifier ("a thunderstorm warning")
    # -- a subject to the left
    src = None
    inverted = False
    aged = _aged_subject(sent, text, i)
    if aged is not None:
        src = aged  # "72% of people aged 55 or more said": not a coordinated "or"
    elif j >= 0 and tl[j] in ("and", "but", "or") or (j >= 0 and tl[j] == "," and i + 1 < sent.n and False):
        if tl[j] == "or" and any(tl[m] in WORDS["negation"] for m in range(max(0, j - 4), j)):
            return None  # "did not concede or admit defeat": the negation covers both verbs
        clause = range(j - 1, max(-1, j - 9), -1)
        for m in clause:  # the coordinated clause back to the nearest comma
            if tl[m] == ",":
                break
            if tl[m] in _FIRST and (tl[m] not in _FIRST_NOT_SUBJECT or (m > 0 and tl[m - 1] == "let")
                                    or (m + 1 < sent.n and tt[m + 1] == "-")):  # ("prior me- — prior planned": a broken-off word)
                return None  # "I want to step back and emphasize that", "let me step back and say": the speaker's own voice
                # (an object is not: "He wrote to me and said the deal was off")
        window = range(_clause_start(sent, j, 14), j)
        if w.endswith("ed") and j >= 2 and tl[j - 1].endswith(("ed", "en")) and (tl[j - 2] in _BE or j >= 3 and tl[j - 3] in _BE) \
                and (not sent.is_word(i + 1) or nxt == "by"):
            return None  # "to either be accepted or denied", "to be nominated and confirmed": coordinated passives
        finite = w.endswith("ed") or w.endswith("s") and not w.endswith("ss") or w in _IRREGULAR_PAST
        if not finite \
                and any(tl[m] == "to" and m + 1 < j and sent.is_word(m + 1) and not sent.cap(m + 1) and tl[m + 1] not in NOUNS
               and tl[m + 1] not in _DET and tl[m + 1] not in _PRONOUNS and not tl[m + 1][-1:].isdigit()
               and (not tl[m + 1].endswith("s") or tl[m + 1].endswith("ss")) for m in window) \
                and not (nxt == "that" or nxt in _SUBJ_PRON or nxt == ":" or (i + 1 < sent.n and tt[i + 1] in _QUOTE_CHARS)):
            return None  # "wants to cancel the referendum and argue about Brexit": a coordinated infinitive
            # (only a base form: "is careful to offer praise and says ..." is finite)
        src = _inherit(recs)
        if src is None and aspect is not None:
            return None  # "... and are pleased to announce that": only an earlier attribution's subject carries over
        if src is None:
            src = _subject_scan(sent, text, i, quotes)
            if src is None or src.form in ("other", "first_person"):
                return None
        rule = "coordinated"
    else:
        left_is_punct = j < 0 or not sent.is_word(j)
        aside = _there_are_many_aside(sent, j) if left_is_punct and j >= 3 and tl[j] == "," else None
        if aside is not None:  # "Critics, and there are many, say ...": the subject before the aside
            src = _source_left(sent, text, aside - 1)
            if src is not None and (src.form in ("other", "first_person") or src.kind == "thing"):
                src = None
            if src is not None:
                rule = "appositive_subject"
        elif left_is_punct:
            if j >= 0 and tl[j] == "," and i + 1 < sent.n and sent.is_word(i + 1) and verb.lemma not in ("tell", "inform", "brief", "assure") \
                    and not _closes_relative_clause(sent, j) \
                    and (verb.lemma in _CORE_SPEECH or verb.lemma in _INVERTING) and verb.lemma not in _THAT_ONLY_G:
                # (reporting verbs invert, ", observes Brabon."; "criticized the decision", "recommended the troops" do not)
                # ", with the toll rising to 22, reported officials,": an inversion after an
                # adjunct wins over the noun phrase before the adjunct ("El Paso, Texas")
                inv = _inverted_source(sent, text, i)
                if inv is not None and inv.form not in ("first_person", "other", "unknown"):
                    src, inverted, rule = inv, True, "inverted"
            if src is None and j >= 0 and tl[j] == "%":
                src = _bare_share(sent, text, j)  # "Of those surveyed, 40% said ..."
            if src is None and j >= 0 and tl[j] in (",", ")", "–", "—") and not (j > 0 and tt[j - 1] in _QUOTE_CHARS):
                src = _source_left(sent, text, j)
                if src is not None and src.form in ("other", "first_person"):
                    src = None
                if src is not None:
                    rule = "appositive_subject"
            if src is None:
                inv = _inverted_source(sent, text, i) if (j < 0 or tl[j] in (",", ":", "—", "–") or tt[j] in _QUOTE_CHARS) else None
                if inv is not None and inv.form != "first_person":
                    src, inverted, rule = inv, True, "inverted"
        else:
            if w.endswith("ing") and tl[j] in _BE:
                j = _skip_left(sent, j)  # progressive "the head of the agency is saying": the subject before "is"
            if tl[j] in ("that", "which") and j >= 1 and NOUNS.get(tl[j - 1], ("",))[0] in ("document", "vague_document"):
                # "his research that says ...", "very clear data that says that ...": the document's noun phrase,
                # from the nearest preposition or clause boundary ("guided in our approach by very clear data")
                a = next((m + 1 for m in range(j - 2, max(-1, j - 9), -1)
                          if tl[m] in _PREP or tl[m] in _BOUNDARY or not sent.is_word(m) or tl[m] in VERBS or tl[m] in _BE
                          or tl[m] in _AUX or tl[m] in _SUBJ_PRON or (tl[m].endswith("ed") and tl[m] not in NOUNS)),
                         max(0, j - 8))  # ("They released a statement which said": the statement)
                src = _describe(sent, text, a, j)
            else:
                src = _source_left(sent, text, j)
            if src is None:
                src = _relative_clause_subject(sent, text, j)
    if src is not None and src.form == "first_person":
        return None
    if src is not None and src.start is not None and not inverted and tl[sent.index.get(src.start, 0)] == "no" \
            and not src.pronoun:
        return None  # "No well-informed man will suppose that ...": nobody is reported
    if src is not None and src.start is not None and not inverted:
        a = sent.index.get(src.start, -1)
        if a >= 2 and tl[a - 1] == "and" and tl[a - 2] in ("i", "we"):
            return None  # "When I and others write proposals": the writer among the subjects
        if a >= 2 and tl[a - 1] in ("which", "whom") and tl[a - 2] in _PREP and (nxt in _BE or nxt in _AUX):
            return None  # "The case on which the Court has ruled was ...": no content of its own
    if src is None and rule == "verb":
        return None
    if "N" in flags and src is None:
        return None
    if src is not None and not inverted and rule != "coordinated" and src.start is not None:
        first = text[src.start:src.end].split(" ", 1)[0].lower()
        if "N" in flags and first in ("a", "an") and (src.form in ("unnamed_group", "vague") or nxt in (".", ";", "!", "?")) \
                and " of " not in src.text:
            return None  # "a missing persons report", "a US radio show.": a compound noun, not "persons report"
        if "N" in flags and i >= 2 and sent.cap(i - 1) and (tl[i - 2] in ("a", "an") or (
                i >= 3 and sent.cap(i - 2) and tl[i - 3] in ("a", "an"))):
            return None  # "said a WWF report", "in a DW report": a name modifying the noun
        if "N" in flags and src.head not in NOUNS and not src.pronoun and src.form in ("unnamed_individual", "unnamed_group", "other") \
                and not _GROUP_PLURAL_RE.match(text[src.start:src.end].split()[-1]) \
                and not (src.form == "unnamed_group" and i == 1 and _common_word_at_start(sent, text, 0)) \
                and not (i >= 1 and (tl[i - 1] in WORDS["adverb"] or _adverb_ly(sent, i - 1))):
            # (an adverb before the cue makes it a verb: "The councillors also estimate that ...")
            return None  # "a preliminary report would ...": adjective + noun (but "Surfers fear that ...")
        if src.form == "other" and verb.lemma not in _CORE_SPEECH:
            return None
        if src.form == "other" and w.endswith("ed") and nxt in ("in", "at", "on") \
                and any(tl[m] in _BE for m in range(i + 2, min(sent.n, i + 8))):
            return None  # "The black hole described in the study is located ...": a reduced relative
        if src.form == "other" and verb.lemma == "ask" and src.head in ("question", "questions", "questionnaire", "form"):
            return None  # "The final question asked how carers would feel": a question, not a source
        if verb.lemma in _STANCE_LEMMAS and (src.form in ("document", "other", "vague") or src.kind == "thing") \
                and i + 2 < sent.n and tl[i + 2] in _STANCE_OBJECTS:
            return None  # "These findings underscore the importance of ...": evidence, not a source's stance
        if verb.lemma in ("suggest", "indicate", "reveal", "show", "confirm", "note", "imply") and (
                src.form == "other" or (src.pronoun and src.text.lower() in ("it", "this", "that"))):
            return None  # evidential use with an inanimate subject ("the frequency ... suggested", "it does suggest")
    if verb.lemma == "call" and nxt in ("it", "them") and (i + 2 >= sent.n or not sent.is_word(i + 2)) \
            and src is not None and src.start is not None and (not src.pronoun or src.text.lower() in ("he", "she", "they")):
        a = sent.index.get(src.start, -1)
        if a >= 1 and tl[a - 1] == "as" and a >= 2 and (tt[a - 2] in _CLOSE_QUOTES or sent.is_word(a - 2)):
            return _mk(s0, cue_end, text, src, rule, voice="active")  # '"my money", as she called it': her label
    # -- content requirements
    clause_end = next((k for k in range(i + 1, min(sent.n, i + 12)) if tl[k] in (",", ".", ";", ":", "!", "?")), min(sent.n, i + 12))
    if verb.lemma == "estimate" and not (nxt in ("that", "at", ",", ":") or any(
            any(c.isdigit() for c in tl[k]) or tl[k] in _MODALS or tl[k] in NUMBERS for k in range(i + 1, clause_end))):
        return None  # "men estimate the value of any good": an appraisal; "estimated 40 died" gives a figure
    # "Authorities expected winds of 100 mph": a group's or body's forecast with a noun-phrase object
    # ("Many owners fear revenue loss" likewise, for unnamed groups only)
    forecast = src is not None and not src.pronoun and i + 1 < sent.n and sent.is_word(i + 1) \
        and prev not in ("should", "must", "would", "could") \
        and nxt not in _PRONOUNS and nxt not in _PREP and nxt not in ("to", "that", "us", "me", "you") and (
            # ("expect us to go along with it": a demand on the writer's side, not a forecast)
            verb.lemma in ("expect", "predict", "forecast") and src.form in ("unnamed_group", "vague", "named_organisation")
            or verb.lemma == "fear" and src.form in ("unnamed_group", "vague"))
    if verb.lemma == "point" and nxt == "to" and (src is None or src.kind not in ("person", "group")
                                                   or tl[i + 2:i + 4] in (["the", "door"], ["the", "sky"])):
        return None  # "the data points to a problem" (evidence, not a source), "pointed to the door"
    if verb.lemma == "rule" and (src is None or src.text is None or not any(
            t in _COURT for t in re.findall(r"[a-z]+", src.text.lower()))):
        return None  # "Mugabe ruled Zimbabwe": only a court's or a judge's ruling reports a decision
    if verb.lemma == "circulate":  # "rumours circulated (that) he was ill": the rumour is the source
        if src is None or src.head not in _RUMOURS or not (nxt == "that" or nxt in _SUBJ_PRON):
            return None
        forecast = True
    before_subject = sent.index.get(src.start, j + 1) - 1 if src is not None and src.start is not None else j
    if ("C" in flags or "G" in flags) and not inverted and not forecast and not _complement_ok(sent, i, verb, quotes):
        # the content is a quotation just before the cue or before its subject
        # ("...," he declared), or a quoted label after it (declared a "terrorist" attack)
        closes_clause = before_subject >= 1 and tl[before_subject] == "," and (i + 1 >= sent.n or tl[i + 1] in (".", "!", "?", ";", ",")) \
            and not (src is not None and src.text is not None and src.text.split(" ", 1)[0].lower() in ("a", "an")
                     and NOUNS.get(src.head, ("",))[0] in ("media", "organisation"))  # ("..., a US radio show.": a noun)
        informed_after_quote = verb.lemma == "inform" and before_subject >= 0 \
            and (tt[before_subject] in _CLOSE_QUOTES or tl[before_subject] == ",") and _quote_before(sent, before_subject, quotes) \
            and any(tl[k] in (".", "!", "?", ";") for k in range(i + 2, min(sent.n, i + 5)))
        as_clause = _as_parenthetical(sent, i)  # "As one reader reminded me this week, ..."
        if verb.lemma in _THAT_ONLY_G and not (i + 1 >= sent.n or tl[i + 1] in (".", "!", "?", ";", ",")) \
                and not informed_after_quote and not as_clause:  # ('"...," the party informed the press.')
            return None  # '"...", his team found meningitis': the verb has its own object, not the quotation
        if not (("G" in flags or (closes_clause and verb.lemma in _PARENTHETICAL_G)) and (
                (closes_clause and verb.lemma in _PARENTHETICAL_G)  # "..., he added." / "If so, they reasoned, ..."
                # (also cognition: "Ultimately, McKinlay believes, it's essential ...")
                or (j >= 0 and (tt[j] in _CLOSE_QUOTES or tl[j] == ",") and _quote_before(sent, j, quotes))
                or (before_subject >= 0 and (tt[before_subject] in _CLOSE_QUOTES or tl[before_subject] == ",")
                    and _quote_before(sent, before_subject, quotes))
                or (verb.lemma == "declare" and any(tt[m] in _QUOTE_CHARS for m in range(i + 1, min(sent.n, i + 5))))
                or _colon_quote_follows(sent, i) or as_clause)) or (rule == "coordinated" and "C" in flags):
            return None
    quoted_before = src is not None and src.start is not None and before_subject >= 0 \
        and (tt[before_subject] in _CLOSE_QUOTES or tl[before_subject] == ",") and _quote_before(sent, before_subject, quotes)
    if verb.lemma in ("tell", "ask") and not quoted_before:
        # "told them to leave", "asked Hamas to explain": directives without reported content
        for k in range(i + 1, min(sent.n, i + 5)):
            if tl[k] == "to" and k + 1 < sent.n and sent.is_word(k + 1) and tl[k + 1] not in _DET:
                return None
            if not sent.is_word(k) or tl[k] in ("that", "about"):
                break
    if verb.lemma == "cite" and i + 1 < sent.n:
        cited = _describe(sent, text, i + 1, _np_right(sent, i + 1))
        if cited is not None and cited.form not in ("other", "unknown") \
                and not (src is not None and NOUNS.get(cited.head, ("",))[0] == "vague_document"):
            src = cited  # ("Stamenković et al cite research from 2014": the subject cites unidentified research)
    if verb.category == "cognition" and src is not None and src.start is not None and not inverted \
            and _goal_clause(sent, sent.index.get(src.start, j + 1)):
        return None  # "make sure that people know that ...", "ensure residents believe ...": a goal, no belief reported
    if in_quote and verb.lemma == "know" and src is not None and src.form in ("unnamed_group", "vague"):
        return None  # '"People know that someone is rich and someone is poor," he explains': the speaker's own claim
    third_party_belief = verb.category == "cognition" and src is not None and not inverted \
        and (src.form in ("unnamed_group", "vague", "named_person", "named_organisation")
             or (in_quote and src.pronoun and src.text.lower() in ("he", "she", "they") and nxt == "that"
                 and verb.lemma != "know")) \
        and prev not in _MODAL_ONLY  # "people must know that": an exhortation, not a belief
    # (inside a quotation, "he believed that ...": the speaker reports a third party's belief)
    if in_quote and (src is None or (verb.category == "cognition" and not third_party_belief) or inverted
                     or (src.form not in ("named_person", "named_organisation", "pronoun", "vague", "unnamed_group", "unnamed_individual")
                         and not third_party_belief)
                     or (src.pronoun and src.text.lower() not in _THIRD_PERSON)):
        return None
    return _mk(s0, cue_end, text, src, rule, voice="inverted" if inverted else "active")


def _clause_start(sent: _Sent, j: int, limit: int) -> int:
    """The first token after the nearest comma, semicolon, colon, dash or bracket before ``j`` (at
    most ``limit`` tokens back)."""
    m = j - 1
    while m > max(-1, j - limit - 1) and sent.tl[m] not in (",", ";", ":", "—", "–", "(", ")"):
        m -= 1
    return m + 1


def _after_preposition(sent: _Sent, start: int) -> bool:
    """Does the noun phrase starting at token ``start`` open with, or follow, a preposition?"""
    return sent.tl[start] in _PREP or (start > 0 and sent.tl[start - 1] in _PREP)


def _quote_before(sent: _Sent, j: int, quotes) -> bool:
    k = j
    while k >= 0 and not sent.is_word(k):
        if sent.tt[k] in _CLOSE_QUOTES:
            q = quotes.find(sent.ts[k]) if sent.tt[k] == '"' else -1
            return q < 0 or quotes.starts[q] != sent.ts[k]  # (a straight mark that opens a quotation closes none)
        k -= 1
    return k >= 0 and quotes.contains(sent.ts[k])


def _inherited_record(recs: list, skip_relative: bool = False):
    """The latest attribution of the sentence that has a source; with ``skip_relative``, not
    one inside a relative clause ("he claimed 56 percent of respondents, who regarded ...,
    were wrong, adding ...": the participle belongs to the main clause)."""
    for r in reversed(recs):
        if r.get("_src") is not None and not (skip_relative and r.get("_relative")):
            return r
    return None


def _inherit(recs: list):
    """The source of the latest attribution of the sentence that has one."""
    r = _inherited_record(recs)
    return r["_src"] if r is not None else None


_STATEMENT_RE = re.compile(r"\b[Ii]n (?:a|an|its|his|her|their|the)(?: \w+)? statement\b")
#: "the palace issued a statement ...", "the Department released the following statement"
_ISSUED_STATEMENT_RE = re.compile(r"\b(?:issued|released|put out|published)\s+(?:a|an|the|its|his|her|their)(?:\s+[\w-]+)?\s+statement\b")


def _statement_phrase_ends(text: str, pos: int, end: int) -> bool:
    """Does "in a statement" or "issued a statement" end at ``end`` (the word "statement" at ``pos``)?"""
    start = max(0, pos - 60)
    return any(m.end() == end for rx in (_STATEMENT_RE, _ISSUED_STATEMENT_RE) for m in rx.finditer(text, start, end))


def _statement_only(sent: _Sent, text: str, k: int):
    """"In a statement, ..." or "X issued a statement ..." with no reporting verb in the sentence."""
    m = _STATEMENT_RE.search(text, sent.start, sent.end)
    if m:
        k0 = sent.index.get(m.start(), -1)
        k1 = sent.index.get(m.end() - len("statement"), -1)
        if (k0 >= 0 and any(t in _FIRST for t in sent.tl[max(0, k0 - 3):k0])) or (k1 >= 0 and k1 + 1 < sent.n and sent.tl[k1 + 1] in _FIRST):
            return None  # "as we noted in the statement I put out": the speaker's own statement
        src = _subject_scan(sent, text, sent.n, _NoQuotes())
        rec = _mk(m.start(), m.end(), text, src, "in_statement", voice="prepositional")
    else:
        m = _ISSUED_STATEMENT_RE.search(text, sent.start, sent.end)
        i = sent.index.get(m.start()) if m else None
        src = _source_left(sent, text, _skip_left(sent, i)) if i is not None else None
        if src is None or src.form in ("first_person", "other", "unknown"):
            return None
        rec = _mk(m.start(), m.end(), text, src, "issued_statement", voice="active")
    rec["sentence"] = k
    rec["content_start"], rec["content_end"] = sent.start, sent.end
    rec["quote"] = "indirect"
    return rec


class _NoQuotes:
    def contains(self, _):
        return False

    def find(self, _):
        return -1


def _contents(sent: _Sent, text: str, recs: list, seg: Segmentation, k: int) -> None:
    """Reported content region and quote type (direct / mixed / indirect) for each record."""
    quotes = seg.quotes
    qidx = seg.quote_index
    for n, r in enumerate(recs):
        src = r["_src"]
        cs, ce = r["cue_start"], r["cue_end"]
        ss = src.start if src is not None and src.start is not None else cs
        se = src.end if src is not None and src.end is not None else ce
        lo, hi = min(cs, ss), max(ce, se)
        # content after the cue (and source), up to the next attribution's source/cue in the sentence
        after_s = hi
        after_e = sent.end
        if n + 1 < len(recs):
            r2 = recs[n + 1]
            s2 = r2["_src"]
            nxt = min(r2["cue_start"], s2.start) if s2 is not None and s2.start is not None else r2["cue_start"]
            after_e = nxt if nxt > hi else r2["cue_start"] if r2["cue_start"] > hi else after_e
        before_s, before_e = sent.start, lo
        if n > 0:
            r2 = recs[n - 1]
            s2 = r2["_src"]
            end2 = max(r2["cue_end"], s2.end) if s2 is not None and s2.end is not None else r2["cue_end"]
            before_s = max(before_s, min(end2, lo))
        words_after = len(WORD_RE.findall(text, after_s, after_e))
        if words_after == 2 and text[after_s:after_e].lstrip().lower().startswith("to "):
            words_after = 1  # ('"...," one ambassador quipped to me.': the hearer is no content)
        use_before = r.get("voice") == "inverted" or (words_after <= 1 and before_e - before_s > 0) or r["rule"] == "according_to" and words_after <= 1
        if r["rule"] == "appositive_subject" and words_after <= 1:
            use_before = True
        if use_before:
            c_s, c_e = before_s, before_e
            # a quotation that ends just before the cue/source may start in an earlier sentence
            q = _adjacent_quote(text, quotes, qidx, c_e, before=True)
            if q is not None:
                c_s = min(c_s, q.start)
        else:
            c_s, c_e = after_s, after_e
        # trim punctuation and spaces
        while c_s < c_e and not text[c_s].isalnum() and text[c_s] not in "\"“‘'«":
            c_s += 1
        while c_e > c_s and not text[c_e - 1].isalnum() and text[c_e - 1] not in "\"”’'»":
            c_e -= 1
        if c_e <= c_s:
            r["content_start"], r["content_end"], r["quote"] = None, None, "none"
            continue
        r["content_start"], r["content_end"] = c_s, c_e
        # quote type from the quotation regions overlapping the content
        inside = 0
        i0 = bisect.bisect_left(qidx.ends, c_s + 1)
        while i0 < len(quotes) and quotes[i0].start < c_e:
            q = quotes[i0]
            inside += len(WORD_RE.findall(text, max(q.start, c_s), min(q.end, c_e)))
            i0 += 1
        total = len(WORD_RE.findall(text, c_s, c_e))
        if inside == 0:
            r["quote"] = "indirect" if total else "none"
        elif total - inside <= 2:
            r["quote"] = "direct"
        else:
            r["quote"] = "mixed"


def _adjacent_quote(text, quotes, qidx, pos, before=True):
    i = bisect.bisect_left(qidx.ends, pos + 1) - 1
    if i >= 0:
        q = quotes[i]
        gap = text[q.end:pos]
        if q.end <= pos and len(gap) <= 3 and not any(c.isalnum() for c in gap):
            return q
    return None


# --------------------------------------------------------------------------------------------
# Document-level linking: pronouns, chains, justifications


def _link(text: str, seg: Segmentation, records: list[dict]) -> None:
    ids: dict = {}
    history: list[tuple[int, _Source, str]] = []  # (sentence, source, id)
    nested: dict[int, int] = {}  # ids of history entries from cues inside a closed quotation -> that quotation
    # ids of history entries from cues inside another attribution's reported content -> the kind of
    # that outer source ("A source ... said Hamas has told the Qataris that ... He explained": "He"
    # is the source, not Hamas)
    reported: dict[int, str] = {}
    quote_index, quote_list = seg.quote_index, seg.quotes
    n_ids = 0
    sentence_records: list[dict] = []  # the records of the current sentence so far

    def named_id(person: _Source) -> str:
        """The source id of a named person (a new one the first time the person is seen)."""
        nonlocal n_ids
        key = ("named", person.key)
        if key not in ids:
            n_ids += 1
            ids[key] = f"S{n_ids}"
        return ids[key]

    def mention_id(mention: _Source) -> str:
        """The id of a source mention not chained to an earlier one: a named source's, or a
        definite anonymous one's, by its key ("the source"); otherwise a new id."""
        nonlocal n_ids
        key = ("anon" if mention.anonymous else "named", mention.key)
        known = ids.get(key) if mention.key and (not mention.anonymous or mention.definite) else None
        if known is not None:
            return known
        n_ids += 1
        if mention.key:
            ids[key] = f"S{n_ids}"
        return f"S{n_ids}"

    for r in records:
        src: _Source | None = r["_src"]
        sent_i = r["sentence"]
        sid = None
        if sentence_records and sentence_records[-1]["sentence"] != sent_i:
            sentence_records = []
        at = src.start if src is not None and src.start is not None else r["cue_start"]
        outer = next((r0 for r0 in reversed(sentence_records[-4:]) if r0.get("_src") is not None and r0["cue_end"] <= at
                      and at - r0["cue_end"] <= 8 and text[r0["cue_end"]:at].strip().lower() in ("", "that", ",", ", that")),
                     None)  # ("said Hamas has told ...": this record's source opens the earlier cue's clause)
        sentence_records.append(r)
        grown_at = len(history)
        qi = quote_index.find(r["cue_start"])
        quoted = qi >= 0 and quote_list[qi].closed
        if quoted:
            grown_from = len(history)
        if src is None:
            impersonal = r["rule"] in _IMPERSONAL_RULES
            r.update(source=None, source_start=None, source_end=None, anonymous=impersonal,
                     source_form="impersonal" if impersonal else "unknown",
                     source_id=None, specificity=None, knowledge_basis=None, number=None)
            continue
        if src.pronoun:
            # a pronoun never refers to a source nested inside a quotation ('"... One of the
            # musicians said, "..." ...," he recalled': "he" is the speaker)
            # (but one in the same quotation may: '"... kids started coming up to me saying, ... And
            # they'd say, ..."')
            pool = history if not nested else [h for h in history[-60:] if nested.get(id(h), qi) == qi]
            if reported:  # (a source inside an earlier sentence's reported content yields to its reporter)
                pool = [h for h in pool[-60:] if not (reported.get(id(h)) == src.kind and h[0] < sent_i)]
            want = {"he": "m", "she": "f"}.get(src.text.lower())
            ante = _antecedent(pool, src.kind, sent_i, gender=want)
            # not after a comma: in "Prosecutors charged him, they said" the group is in the content
            near = _group_in_sentence(text, seg, sent_i, src.start) \
                if src.kind == "group" and not text[:src.start].rstrip().endswith(",") else None
            if src.kind == "person" and src.text.lower() in ("he", "she") and (ante is None or ante[2] < sent_i):
                # "When I asked a senior official about the plan, he said ...": an unnamed person
                # introduced earlier in the same sentence is nearer than any earlier source
                near = _person_in_sentence(text, seg, sent_i, src.start)
                opener = _opening_name(text, seg.sentences[sent_i].start, min(src.start, seg.sentences[sent_i].start + 200),
                                       skip_conjunction=True) \
                    if near is None and (ante is None or ante[0].start is None or ante[0].start < seg.sentences[sent_i].start) else None
                if opener is not None and opener.end is not None and opener.end < src.start:
                    # 'But Soulier was hopeful: "...," she said': the person opening the sentence
                    ante = (opener, named_id(opener), sent_i)
            if src.kind == "person" and src.text.lower() in ("he", "she") and (ante is None or ante[2] < sent_i - 1):
                # centering: "Rittenhouse was not old enough ... He claimed ...": the subject of
                # the previous sentence, when it names a person, is nearer than an older source
                # (up to three sentences back, never past the antecedent source: "Nkurunziza was
                # serving ... His decision ... before he announced")
                for back in range(1, 4):
                    if ante is not None and ante[2] >= sent_i - back:
                        break
                    prev_subject = _previous_subject(text, seg, sent_i - back + 1)
                    if prev_subject is not None:
                        ante = (prev_subject, named_id(prev_subject), sent_i - back)
                        break
            if src.kind == "group" and src.text.lower() == "they" and near is None \
                    and src.start - seg.sentences[sent_i].start <= 8 \
                    and text[seg.sentences[sent_i].start:src.start].strip().lower() in ("", "but", "and", "yet", "so") \
                    and (ante is None or ante[2] < sent_i or (ante[0].start is not None and ante[0].start < seg.sentences[sent_i].start)):
                # centering for "they": "Environmental groups are angry. They say ...": the plural group
                # opening the previous sentence is nearer than an older source
                prev_group = _previous_group_subject(text, seg, sent_i)
                if prev_group is not None and (ante is None or ante[0].start is None or ante[0].start < prev_group.start):
                    sid = (_chain(history, prev_group, sent_i - 1) if prev_group.anonymous else None) or mention_id(prev_group)
                    ante = (prev_group, sid, sent_i - 1)
            if near is not None and (ante is None or not (ante[2] == sent_i and ante[0].start is not None and ante[0].start > near.start)):
                # "... the 38 countries US authorities listed, they said": a plural group mentioned
                # earlier in the same sentence is nearer than any earlier source
                sid = _chain(history, near, sent_i) if near.anonymous else None
                if sid is None:
                    n_ids += 1
                    sid = f"S{n_ids}"
                ante = (near, sid, sent_i)
            if ante is not None:
                a_src, a_id = ante[0], ante[1]
                r.update(anonymous=bool(a_src.anonymous), source_form="pronoun", specificity=a_src.specificity,
                         knowledge_basis=a_src.kb, number=a_src.number)
                sid = a_id
                history.append((sent_i, _Source(**{**{s: getattr(a_src, s) for s in _Source.__slots__}}), sid))
            else:
                r.update(anonymous=False, source_form="pronoun", specificity=None, knowledge_basis=None, number=None)
        else:
            r.update(anonymous=bool(src.anonymous), source_form=src.form, specificity=src.specificity,
                     knowledge_basis=src.kb, number=src.number)
            sid = _chain(history, src, sent_i)
            named = _named_antecedent(history, src, sent_i, text, seg) if sid is None else None
            if named is None and sid is None and src.anonymous and src.definite and src.kind == "person" \
                    and src.text is not None and src.text.lower().startswith("the ") \
                    and NOUNS.get(src.head, ("", ""))[0] == "role" and NOUNS[src.head][1] == "sg" \
                    and not any(h.anonymous for s_i, h, _ in history[-3:] if s_i >= sent_i - 2):
                # "David Mitchell ... is used to his novels being picked over. So, it's something of
                # a relief, says the British author": the named person opening the previous sentence
                prev_subject = _previous_subject(text, seg, sent_i)
                if prev_subject is not None and prev_subject.kind == "person":
                    named = (prev_subject, named_id(prev_subject))
            if named is not None:
                # "..., said study co-author Karen Alley. The Wooster professor added": a definite
                # description right after a named person's attribution refers back to that person
                r.update(anonymous=False, source_form="description", specificity=None, knowledge_basis=None, number=None)
                sid = named[1]
                history.append((sent_i, named[0], sid))
                r.update(source=text[src.start:src.end], source_start=src.start, source_end=src.end, source_id=sid)
                if quoted:
                    nested.update((id(h), qi) for h in history[grown_from:])
                continue
            if sid is None:
                sid = mention_id(src)
            history.append((sent_i, src, sid))
        r.update(source=text[src.start:src.end], source_start=src.start, source_end=src.end, source_id=sid)
        if quoted:
            nested.update((id(h), qi) for h in history[grown_from:])
        if outer is not None and outer["_src"].anonymous and (outer["_src"].kb is not None or outer["_src"].head in ("source", "sources")):
            # (only under an anonymous source described by its knowledge: "A source close to the
            # negotiations said Hamas has told ..."; after "A spokeswoman said Johnson told staff ...
            # He said" the nearer named person stays the antecedent)
            reported.update((id(h), outer["_src"].kind) for h in history[grown_at:])


#: words that mark a person's gender in a source phrase ("a spokeswoman", "Mr Brown", "his daughter")
_FEMALE_WORDS = frozenset("""woman spokeswoman chairwoman businesswoman congresswoman councilwoman policewoman
    sportswoman mother daughter wife sister grandmother aunt niece girl queen princess lady mrs ms miss madam duchess
    actress waitress widow girlfriend stepmother granddaughter""".split())
_MALE_WORDS = frozenset("""man spokesman chairman businessman congressman councilman policeman sportsman father son
    husband brother grandfather uncle nephew boy king prince lord mr sir duke widower boyfriend stepfather grandson""".split())


#: the gendered words that are titles before a name ("Mr Brown", "Queen Elizabeth")
_GENDER_TITLES = frozenset("mr sir lord king prince duke mrs ms miss madam lady queen princess duchess".split())


def _gender(src: _Source) -> str | None:
    """"f" or "m" when the noun ending the source phrase before any modifier ("a spokeswoman",
    "his daughter") or a title opening it ("Mr Brown") names a gender, else None. (Words
    elsewhere in the phrase name someone else: "Her lawyer", "a lawyer for one of the mothers".)"""
    if src.text is None:
        return None
    core = re.split(r",| of | for | to | at | from | with | who ", src.text, maxsplit=1)[0]
    words = re.findall(r"[A-Za-z]+", core)
    head = words[-1].lower() if words else ""  # the noun that ends the phrase before any modifier
    first = re.match(r"(?:the\s+)?([A-Za-z]+)", src.text)
    title = first.group(1).lower() if first and first.group(1).lower() in _GENDER_TITLES else ""
    for word in (head, title):
        if word in _FEMALE_WORDS:
            return "f"
        if word in _MALE_WORDS:
            return "m"
    return None


def _antecedent(history, kind, sent_i, window: int = 6, gender: str | None = None):
    """(source, source id, sentence) of the nearest earlier source of a matching kind, among
    the last 50 sources (a bound, so run-on text without sentence ends stays linear). With
    ``gender`` ("f"/"m", from "she"/"he"), a person whose phrase names the other gender
    ("a spokeswoman", "Mr Brown") is passed over. (Not genders inferred from earlier pronouns:
    one wrong link would carry its error forward.)"""
    for s_i, src, sid in islice(reversed(history), 50):
        if sent_i - s_i > window:
            break
        if kind == "person" and src.kind == "person":
            if gender is not None and _gender(src) not in (None, gender):
                continue  # ("A spokeswoman said Johnson told staff ... He said": not the spokeswoman)
            return src, sid, s_i
        if kind == "group" and (src.kind in ("group", "org") or (src.kind == "person" and src.text is not None and (
                " and " in src.text or src.head in ("couple", "pair", "duo", "twins")))):
            return src, sid, s_i  # ("Hideo Shiogama and Tomoo Ogura said ... But they said", "The couple ... They")
        if kind == "thing" and src.kind in ("org", "thing"):
            return src, sid, s_i
    return None


def _previous_subject(text: str, seg: Segmentation, sent_i: int) -> _Source | None:
    """The named person opening the previous sentence ("Rittenhouse was ..."), or None."""
    if sent_i < 1:
        return None
    prev = seg.sentences[sent_i - 1]
    return _opening_name(text, prev.start, min(prev.end, prev.start + 200))


#: verbs (besides "be", auxiliaries and cue verbs) that end a plural subject opening a sentence
_GROUP_VERBS = frozenset(("want", "wanted", "have", "had", "also", "still", "live", "lived", "work", "worked", "fear",
                          "feared", "hope", "hoped", "oppose", "opposed", "protest", "protested", "plan", "planned"))


def _previous_group_subject(text: str, seg: Segmentation, sent_i: int) -> _Source | None:
    """The plural group of people opening the previous sentence ("Environmental groups are
    angry.", "Many local people also want to know ..."), or None."""
    if sent_i < 1:
        return None
    prev = seg.sentences[sent_i - 1]
    sent = _Sent(text, prev.start, min(prev.end, prev.start + 200))
    a = 1 if sent.n > 2 and sent.tl[0] in ("but", "and", "yet", "so") else 0
    if sent.n < a + 2 or sent.tl[a] in _PRONOUNS or sent.tl[a] in _TIME:
        return None
    end = min(_np_right(sent, a) + 1, sent.n)
    stop = next((k for k in range(a + 1, end) if sent.tl[k] in _BE or sent.tl[k] in VERBS or sent.tl[k] in _AUX
                 or sent.tl[k] in _GROUP_VERBS), None)
    if stop is None:
        return None  # (the phrase must be the subject of a verb)
    src = _describe(sent, text, a, stop)
    if src is None or src.pronoun or src.kind != "group" or src.form in ("first_person", "other", "unknown", "document") \
            or not (NOUNS.get(src.head, ("",))[0] in _PEOPLE_CATEGORIES or NOUNS.get(src.head, ("",))[0] == "organisation"
                    or _PERSON_PLURAL_RE.fullmatch(src.head or "")):
        return None  # (people or bodies, not "Some of the results")
    return src


#: the first two whole words of a sentence (each followed by a space)
_FIRST_WORDS_RE = re.compile(r"\s*([A-Za-z]+)(?=\s)(?:\s+([A-Za-z]+)(?=\s))?")


def _opening_name(text: str, start: int, end: int, skip_conjunction: bool = False) -> _Source | None:
    """The named person opening the text between ``start`` and ``end`` (after "But"/"And" when
    ``skip_conjunction``), or None."""
    m = _FIRST_WORDS_RE.match(text, start, end)
    if m is not None:  # a quick answer before tokenising: "The ...", "He ...", "It ..." open no name
        first = m.group(1).lower()
        if skip_conjunction and first in ("but", "and", "yet", "so"):
            first = (m.group(2) or "").lower()
        if first and (first in _DET or first in _PRONOUNS or first in _TIME or not first[0].isalpha()):
            return None
    sent = _Sent(text, start, end)
    a = 1 if skip_conjunction and sent.n > 2 and sent.tl[0] in ("but", "and", "yet", "so") else 0
    if sent.n < a + 2 or not sent.cap(a) or sent.tl[a] in _DET or sent.tl[a] in _PRONOUNS or sent.tl[a] in _TIME:
        return None
    stop = _np_right(sent, a)
    src = _describe(sent, text, a, stop) if stop > a else None
    return src if src is not None and src.form == "named_person" else None


def _sentence_before(text: str, seg: Segmentation, sent_i: int, before: int) -> _Sent:
    """Tokens of sentence ``sent_i`` up to offset ``before``, at most 300 characters back (bounded:
    no quadratic cost on run-on text)."""
    return _Sent(text, max(seg.sentences[sent_i].start, before - 300), before)


def _group_in_sentence(text: str, seg: Segmentation, sent_i: int, before: int) -> _Source | None:
    """The nearest plural anonymous-group noun phrase ("US authorities", "many residents") earlier
    in the same sentence than offset ``before``, as a source description, or None."""
    sent = _sentence_before(text, seg, sent_i, before)
    for k in range(sent.n - 1, -1, -1):
        cat, num = NOUNS.get(sent.tl[k], (None, None))
        if num == "pl" and cat in ("generic", "role", "counsel", "group", "vague") and not _quotes_between(text, sent.ts[k], before):
            src = _describe(sent, text, _np_left(sent, k), k + 1)
            return src if src is not None and src.anonymous else None
    return None


def _person_in_sentence(text: str, seg: Segmentation, sent_i: int, before: int) -> _Source | None:
    """The nearest unnamed individual ("a senior official") earlier in the same sentence than
    offset ``before``, or None when a name or a plural comes first."""
    sent = _sentence_before(text, seg, sent_i, before)
    for k in range(sent.n - 1, -1, -1):
        if k > 0 and sent.cap(k) and sent.is_word(k):
            return None  # a name is nearer
        cat, num = NOUNS.get(sent.tl[k], (None, None))
        if cat in ("generic", "role", "counsel", "kin") and not _quotes_between(text, sent.ts[k], before):
            start = _np_left(sent, k)
            if num != "sg" or sent.tl[start] not in ("a", "an", "one") or (start > 0 and sent.tl[start - 1] in ("as", "like", "than", "not")) \
                    or any(t in ("he", "she", "him", "her") for t in sent.tl[:start]):
                return None  # (only an indefinite introduction: "a senior official", not "someone you loved",
                # "qualify as a citizen", or a person the sentence already refers to)
            src = _describe(sent, text, start, k + 1)
            return src if src is not None and src.anonymous and src.kind == "person" else None
    return None


#: a quotation mark: double marks, and single marks that are not apostrophes ("sheriff's",
#: "don’t", "the officers' union")
_QUOTE_MARK_RE = re.compile(r"[\"“”«»]|(?<![\w])['‘’]|(?<=[^\Ws])['’](?!\w)")


def _quotes_between(text: str, start: int, end: int) -> bool:
    return _QUOTE_MARK_RE.search(text, start, end) is not None


def _named_antecedent(history, src: _Source, sent_i, text: str = "", seg=None):
    """(source, id) of the named person a definite singular role description refers back to:
    "The Wooster professor added" right after "said study co-author Karen Alley" (the latest
    source, at most two sentences back, is a named person; no earlier anonymous source has the
    same head, which _chain would have linked). For a descriptive noun of _DESCRIPTIVE_PERSON
    ("the teenager continued", "the singer added") the named person may be up to eight sentences
    back: such a description in news and features refers back to the person of the story."""
    if not history or not (src.anonymous and src.definite and NOUNS.get(src.head, ("",))[0] == "role"):
        return None
    s_i, h, sid = history[-1]
    window = 8 if src.head in _DESCRIPTIVE_PERSON else 2
    if sent_i - s_i > window or h.anonymous or h.form not in ("named_person", "pronoun", "description"):
        return None
    if window > 2 and seg is not None and src.start is not None and re.search(
            rf"\b(?:[Aa]n?|[Aa]nother|(?<![Nn]o )[Oo]ne)\s+(?:[\w-]+\s+){{0,3}}{re.escape(src.head)}\b",
            text[max(seg.sentences[s_i].end, src.start - 3000):src.start]):
        return None  # "... hosted a young singer from Mali. The singer said": a new person, introduced since
    if src.kind == "person" and src.number in (None, 1) and NOUNS[src.head][1] == "sg":
        return (h, sid) if h.kind == "person" else None
    if NOUNS[src.head][1] == "pl" and h.text is not None and " and " in h.text and h.form == "named_person":
        return h, sid  # "Hideo Shiogama and Tomoo Ogura said ... The researchers added": the pair named just before
    return None


def _chain(history, src: _Source, sent_i):
    """Coreference of a definite anonymous description with an earlier anonymous mention."""
    if not src.anonymous or not src.definite:
        return None
    for _s_i, h, sid in islice(reversed(history), 500):  # bounded, as in _antecedent
        if h.anonymous and h.head == src.head:
            return sid
    return None


#: every justification pattern in one regex: a sentence without a match needs no pattern-by-pattern pass
_ANY_JUSTIFICATION = re.compile("|".join(f"(?:{rx.pattern})" for rx, _typ, _cat, _src in JUSTIFICATIONS), re.IGNORECASE)


def _justify(text: str, seg: Segmentation, records: list[dict]) -> None:
    cache: dict[int, tuple] = {}
    n_sent = len(seg.sentences)
    for r in records:
        r["justification"] = None
        r["justification_type"] = None
        if not r.get("anonymous") or r.get("source_form") == "impersonal":
            continue
        k = r["sentence"]
        for kk in (k, k + 1, k - 1):
            if not 0 <= kk < n_sent:
                continue
            if kk not in cache:
                s = seg.sentences[kk]
                found = None
                for rx, typ, _cat, _src in (JUSTIFICATIONS if _ANY_JUSTIFICATION.search(text, s.start, s.end) else ()):
                    m = rx.search(text, s.start, s.end)
                    if m and (found is None or typ == "substantive"):
                        found = (m.group(), typ)
                        if typ == "substantive":
                            break  # a substantive reason wins over boilerplate in the same sentence
                cache[kk] = found
            if cache[kk]:
                r["justification"], r["justification_type"] = cache[kk]
                break


# --------------------------------------------------------------------------------------------
# Public API


def _records(text: str, excluded: Iterable = (), seg: Segmentation | None = None) -> list[dict]:
    if seg is None:
        seg = segment(text, excluded)
    records = _find(text, seg)
    records.sort(key=lambda r: r["cue_start"])
    # one record per cue span
    out, last_end = [], -1
    for r in records:
        if r["cue_start"] < last_end:
            continue
        out.append(r)
        last_end = r["cue_end"]
    _link(text, seg, out)
    _justify(text, seg, out)
    _resolve_forms(out)
    return out


def _resolve_forms(records: list[dict]) -> None:
    """``resolved_form``: a pronoun or a back-referring description takes the form of the source
    it refers to (the first other mention with the same ``source_id``); an unresolved pronoun
    stays ``pronoun``."""
    first: dict[str, str] = {}
    for r in records:
        sid, form = r.get("source_id"), r.get("source_form")
        if sid is not None and form not in ("pronoun", "description"):
            first.setdefault(sid, form)
    for r in records:
        form = r.get("source_form")
        r["resolved_form"] = first.get(r.get("source_id"), form) if form in ("pronoun", "description") else form


def attributions(text: str, excluded: Iterable = (), *, seg: Segmentation | None = None) -> pd.DataFrame:
    """Every attribution in ``text``, one row per cue occurrence.

    Columns (offsets are ``str`` indices into ``text``, end exclusive; nulls as ``None``):
    ``cue``/``cue_start``/``cue_end`` the cue words; ``source``/``source_start``/``source_end``
    the span naming the source (null for impersonal cues or when none was found);
    ``anonymous`` (bool, codebook definition); ``source_form``; ``resolved_form`` (the same,
    with a pronoun replaced by the form of the source it refers to); ``quote`` (direct, mixed,
    indirect, none); ``source_id`` ("S1", ... per document, shared along chains);
    ``specificity`` (0-4, anonymous sources only); ``knowledge_basis``; ``number`` (count of
    sources stated, e.g. 2 for "two officials"); ``justification`` and ``justification_type``
    (boilerplate / substantive, anonymous sources only); ``sentence`` (index into the
    segmentation's sentences); ``rule`` (which rule fired); ``content_start``/``content_end``
    (the reported content, used by :func:`reported_speech`).
    """
    cols = attribution_columns(text, excluded, seg=seg)
    if not cols["cue"]:
        return _EMPTY.copy()
    for c in _INT_COLUMNS:
        cols[c] = pd.array(cols[c], dtype="Int64")
    return pd.DataFrame(cols)


def attribution_columns(text: str, excluded: Iterable = (), *, seg: Segmentation | None = None) -> dict[str, list]:
    """:func:`attributions` as plain columns, ``{column: list}`` in ``ATTRIBUTION_COLUMNS`` order,
    nulls as ``None``: the same rows without building a DataFrame (the corpus pipeline calls
    this once per document, where a frame's construction costs more than its rows).
    :func:`summarize` and :func:`reported_speech` accept it in place of the frame."""
    recs = _records(text, excluded, seg)
    cols = {c: [r.get(c) for r in recs] for c in ATTRIBUTION_COLUMNS}
    cols["anonymous"] = [bool(v) for v in cols["anonymous"]]
    return cols


def _column(table, name: str) -> list:
    """One column of an attributions frame or of :func:`attribution_columns`, as a list."""
    values = table[name]
    return values.tolist() if hasattr(values, "tolist") else list(values)


_INT_COLUMNS = frozenset(("source_start", "source_end", "specificity", "number", "content_start", "content_end"))


def _empty_frame() -> pd.DataFrame:
    cols = {}
    for c in ATTRIBUTION_COLUMNS:
        if c in _INT_COLUMNS:
            cols[c] = pd.array([], dtype="Int64")
        elif c in ("cue_start", "cue_end", "sentence"):
            cols[c] = pd.array([], dtype="int64")
        elif c == "anonymous":
            cols[c] = pd.array([], dtype="bool")
        else:
            cols[c] = pd.array([], dtype="object")
    return pd.DataFrame(cols)


_EMPTY = _empty_frame()


def reported_speech(text: str, excluded: Iterable = (), *, seg: Segmentation | None = None,
                    attributions: pd.DataFrame | dict | None = None) -> list[Span]:
    """Regions of content attributed to third parties, sorted and non-overlapping.

    The union of (a) the direct-quotation regions that are attributed (the quotation adjacent
    to a cue) and (b) the reported-speech complements of the cues ("said that ..." up to the
    sentence end or the next attribution; the main clause of "according to X, ..."). The
    hedging analyser marks hedges inside these regions as ``quoted`` voice.

    Pass ``attributions`` (the frame :func:`attributions`, or the columns
    :func:`attribution_columns`, returned for the same text and segmentation) to reuse it
    instead of finding the attributions again.
    """
    if seg is None:
        seg = segment(text, excluded)
    if attributions is None:
        rows = [(r.get("content_start"), r.get("content_end"), r.get("quote")) for r in _records(text, excluded, seg)]
    else:
        rows = zip(_column(attributions, "content_start"), _column(attributions, "content_end"),
                   _column(attributions, "quote"))
    regions = []
    quotes = seg.quotes
    for cs, ce, quote in rows:
        if cs is None or ce is None or pd.isna(cs) or pd.isna(ce):
            continue
        cs, ce = int(cs), int(ce)
        regions.append((cs, ce))
        if quote in ("direct", "mixed"):
            # attributed quotations in full (they may extend beyond the sentence)
            i = bisect.bisect_left(seg.quote_index.ends, cs + 1)
            while i < len(quotes) and quotes[i].start < ce:
                regions.append((quotes[i].start, quotes[i].end))
                i += 1
    regions.sort()
    out: list[Span] = []
    for s, e in regions:
        if out and s <= out[-1].end:
            if e > out[-1].end:
                out[-1] = Span(out[-1].start, e)
        else:
            out.append(Span(s, e))
    return out


#: Columns of :func:`summarize` with their definitions and units.
SUMMARY_COLUMNS = {
    "words": "number of words analysed (count)",
    "attributions": "attribution cues (count)",
    "anonymous_attributions": "attributions whose source is anonymous, impersonal included (count)",
    "named_attributions": "attributions whose source is named (count)",
    "impersonal_attributions": "impersonal cues with no source ('reportedly', 'it is believed') (count)",
    "distinct_sources": "distinct source_id values (count)",
    "distinct_anonymous_sources": "distinct source_id values of anonymous sources (count; impersonal cues have none)",
    "anonymous_share": "anonymous_attributions / attributions (0-1; null when no attributions)",
    "attributions_per_1000_words": "attributions per 1,000 words (rate)",
    "anonymous_per_1000_words": "anonymous attributions per 1,000 words (rate)",
    "justified_anonymous_share": "share of distinct anonymous sources with an anonymity justification (0-1; null when none)",
    "boilerplate_justifications": "distinct anonymous sources whose justification is boilerplate (count)",
    "substantive_justifications": "distinct anonymous sources whose justification is substantive (count)",
    "mean_specificity": "mean descriptor specificity of anonymous sources (0-4; null when none)",
    "flag_bare_source": "True when some anonymous source has specificity 0 ('a source')",
    "flag_only_anonymous": "True when the document has attributions with a source and all of them are anonymous",
    "flag_rote_justification": "True when some anonymous source is justified only by boilerplate",
    "flag_unjustified_anonymous": "True when some distinct anonymous source has no justification",
}


_RATIO_COLUMNS = ("anonymous_share", "justified_anonymous_share", "mean_specificity")


def summarize(frame: pd.DataFrame | dict, n_words: int) -> dict:
    """Per-document sourcing measures from an :func:`attributions` frame or the columns of
    :func:`attribution_columns` (see SUMMARY_COLUMNS)."""
    n = len(_column(frame, "cue"))
    out = dict.fromkeys(SUMMARY_COLUMNS)
    for ratio in _RATIO_COLUMNS:  # undefined ratios are NaN (a float column in every batch)
        out[ratio] = math.nan
    out["words"] = int(n_words)
    if n == 0:
        out.update(attributions=0, anonymous_attributions=0, named_attributions=0, impersonal_attributions=0,
                   distinct_sources=0, distinct_anonymous_sources=0, attributions_per_1000_words=0.0,
                   anonymous_per_1000_words=0.0, boilerplate_justifications=0, substantive_justifications=0,
                   flag_bare_source=False, flag_only_anonymous=False, flag_rote_justification=False,
                   flag_unjustified_anonymous=False)
        return out
    # plain lists: this runs once per document, where pandas' per-call overhead dominates
    anon = [bool(v) for v in _column(frame, "anonymous")]
    forms = _column(frame, "source_form")
    sids = [None if _missing(v) else v for v in _column(frame, "source_id")]
    jtypes = [None if _missing(v) else v for v in _column(frame, "justification_type")]
    specs = [None if _missing(v) else int(v) for v in _column(frame, "specificity")]
    n_anon = sum(anon)
    out["attributions"] = n
    out["anonymous_attributions"] = n_anon
    out["named_attributions"] = n - n_anon
    out["impersonal_attributions"] = sum(1 for f in forms if f == "impersonal")
    out["distinct_sources"] = len({s for s in sids if s is not None})
    types: dict[str, set] = {}
    anon_specs = []
    for a, sid, jt, sp in zip(anon, sids, jtypes, specs):
        if a and sid is not None:
            types.setdefault(sid, set())
            if jt is not None:
                types[sid].add(jt)
            if sp is not None:
                anon_specs.append(sp)
    n_anon_src = len(types)
    out["distinct_anonymous_sources"] = n_anon_src
    out["anonymous_share"] = n_anon / n
    out["attributions_per_1000_words"] = 1000.0 * n / n_words if n_words else math.nan
    out["anonymous_per_1000_words"] = 1000.0 * n_anon / n_words if n_words else math.nan
    if n_anon_src:
        sets = list(types.values())
        out["justified_anonymous_share"] = float(sum(1 for t in sets if t)) / n_anon_src
        out["boilerplate_justifications"] = sum(1 for t in sets if "boilerplate" in t)
        out["substantive_justifications"] = sum(1 for t in sets if "substantive" in t)
        out["flag_rote_justification"] = any(t == {"boilerplate"} for t in sets)
        out["flag_unjustified_anonymous"] = any(not t for t in sets)
        out["mean_specificity"] = float(sum(anon_specs)) / len(anon_specs) if anon_specs else math.nan
        out["flag_bare_source"] = any(sp == 0 for sp in anon_specs)
    else:
        out.update(boilerplate_justifications=0, substantive_justifications=0, flag_rote_justification=False,
                   flag_unjustified_anonymous=False, flag_bare_source=False)
    sourced = [a for a, sid in zip(anon, sids) if sid is not None]
    out["flag_only_anonymous"] = bool(sourced) and all(sourced)
    return out


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)
