"""Tests for analysis.hedging, on sentences the project wrote: minimal pairs per context rule."""
from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import pytest

from analysis import hedging
from analysis.hedging import COLUMNS, LEXICON, RULES, hedges, load_lexicon, summarize
from analysis.spans import ExcludedSpan
from analysis.text import segment


def cue(text: str, word: str, nth: int = 0):
    """(kind, rule) of the cue whose text equals ``word`` (nth occurrence in the text), or None
    when no cue covers that occurrence."""
    start = -1
    for _ in range(nth + 1):
        start = text.lower().find(word.lower(), start + 1)
    assert start >= 0, f"{word!r} not in test sentence"
    frame = hedges(text)
    hit = frame[(frame["start"] <= start) & (frame["end"] > start)]
    if hit.empty:
        return None
    row = hit.iloc[0]
    return row["kind"], row["rule"].split(":")[0]


# Each case: (sentence, cue word, expected kind or None, rule exercised). Pairs share a word.
CASES = [
    # quite: booster before an absolute, hedge before a scalar adjective
    ("That answer is quite right.", "quite", "booster", "quite"),
    ("The risk is quite small.", "quite", "hedge", "quite"),
    ("There were quite a few people.", "quite", None, "quite"),
    # modal_may: epistemic vs the month / a name
    ("The talks may collapse next week.", "may", "hedge", "modal_may"),
    ("The talks collapsed in May after a long winter.", "May", None, "modal_may"),
    ("Voters backed Theresa May at the time.", "May", None, "modal_may"),
    ("The deadline is may 2021 in the draft.", "may", None, "modal_may"),
    ("You may rejoice at the news, but the work goes on.", "may", None, "modal_may"),
    ("You may have seen the news on Friday.", "may", "hedge", "modal_may"),
    ("In vain may we hope for a better harbour.", "may", None, "modal_may"),
    ("The two plans may readily be told apart.", "may", None, "modal_may"),
    ("The two plans may well be merged.", "may", "hedge", "modal_may"),
    # modal_might: modal vs noun
    ("The bridge might close for repairs.", "might", "hedge", "modal_might"),
    ("The economic might of the region grew.", "might", None, "modal_might"),
    ("They used all their might to lift it.", "might", None, "modal_might"),
    # modal_could: epistemic vs ability vs booster
    ("The vote could slip to spring.", "could", "hedge", "modal_could"),
    ("The crew could not enter the building.", "could", None, "modal_could"),
    ("Nothing could be more foolish than this plan.", "could", None, "modal_could"),
    ("No repairs could be made before the storm.", "could", None, "modal_could"),
    ("There is no way I could have closed the bar.", "could", None, "modal_could"),
    ("She couldn't find her keys.", "couldn't", None, "modal_could"),
    ("From the roof they could see the river.", "could", None, "modal_could"),
    ("The message couldn't be clearer to anyone.", "couldn't", "booster", "modal_could"),
    ("We ran as fast as we could.", "could", None, "modal_could"),
    # bare_would vs speculative would
    ("The mayor said the pool would reopen in June.", "would", None, "bare_would"),
    ("That would seem to settle the matter.", "would seem", "hedge", "always"),
    ("I would say the plan is sound.", "I would say", "hedge", "always"),
    # deontic_should
    ("Landlords should pay for the repairs.", "should", None, "deontic_should"),
    ("The new ferry should arrive by Friday.", "should", "hedge", "deontic_should"),
    ("Councils ought to act sooner.", "ought to", None, "deontic_should"),
    # approximators before quantities; exact bounds
    ("About 40 homes lost power.", "About", "hedge", "approximator"),
    ("The board talked about 40 proposals.", "about", None, "approximator"),
    ("The book is about courage.", "about", None, "approximator"),
    ("The queue stretched around the block.", "around", None, "approximator"),
    ("The fire started around 7 p.m. on Sunday.", "around", "hedge", "approximator"),
    ("Some 300 marchers arrived.", "Some", "hedge", "approximator"),
    ("Some marchers arrived late.", "Some", None, "approximator"),
    ("The scheme covers up to 5,000 families.", "up to", "hedge", "approximator"),
    ("The choice is up to the voters.", "up to", None, "approximator"),
    ("Crowds of well over a thousand gathered.", "well over", "hedge", "approximator"),
    ("As many as 12 ministers may resign.", "As many as", "hedge", "approximator"),
    ("Nearly half the seats were empty.", "Nearly", "hedge", "approximator"),
    ("The seats were almost entirely empty.", "almost", "hedge", "approximator"),
    ("He almost missed the train.", "almost", None, "approximator"),
    ("The repairs took about a year.", "about", "hedge", "approximator"),
    ("Prices rose roughly 8% last year.", "roughly", "hedge", "approximator"),
    ("An estimated 2,000 people attended.", "estimated", "hedge", "approximator"),
    ("The council estimated that costs would rise.", "estimated", None, "approximator"),
    ("More than 100 people attended the hearing.", "More than", None, "approximator"),
    ("At least 3 bridges were closed.", "At least", None, "approximator"),
    ("It lasted 20 minutes or so before the rain.", "or so", "hedge", "after_number"),
    ("Act now or so the story goes.", "or so", None, "after_number"),
    # first_person cognition
    ("I think the budget is too small.", "think", "hedge", "first_person"),
    ("We believe the ruling was wrong.", "believe", "hedge", "first_person"),
    ("I don't think the budget works.", "think", "hedge", "first_person"),
    ("I think about the budget every day.", "think", None, "first_person"),
    ("We believe in a fair tax system.", "believe", None, "first_person"),
    ("Officials think the budget is too small.", "think", None, "first_person"),
    ("I feel that the law has failed.", "feel", "hedge", "first_person"),
    ("I feel tired after the session.", "feel", None, "first_person"),
    ("I suppose the mayor had little choice.", "suppose", "hedge", "first_person"),
    ("The train was supposed to leave at noon.", "supposed", None, "block"),
    ("I doubt the plan will pass.", "doubt", "hedge", "first_person"),
    ("There is no doubt the plan will pass.", "no doubt", "booster", "booster_phrase"),
    ("Without a doubt the vote was fair.", "Without a doubt", "booster", "booster_phrase"),
    # shields needing a complement
    ("The deal appears to be dead.", "appears", "hedge", "appear"),
    ("It appears the deal is dead.", "appears", "hedge", "appear"),
    ("The senator appeared on stage at nine.", "appeared", None, "appear"),
    ("We assume that rates will fall.", "assume", "hedge", "complement_shield"),
    ("She assumed office in January.", "assumed", None, "complement_shield"),
    ("The tower is considered to be unsafe.", "considered", "hedge", "complement_shield"),
    ("The committee considered the bill on Monday.", "considered", None, "complement_shield"),
    ("We found that the figures were wrong.", "found", "hedge", "complement_shield"),
    ("Police found the car in a ditch.", "found", None, "complement_shield"),
    ("Small towns tend to vote early.", "tend to", "hedge", "to_complement"),
    ("Nurses tend to the wounded.", "tend to", None, "to_complement"),
    ("The data suggest a deeper problem.", "suggest", "hedge", "evidential_verb"),
    ("The result suggests that turnout fell.", "suggests", "hedge", "evidential_verb"),
    ("The chair suggested a short break.", "suggested", None, "evidential_verb"),
    # likely/possible
    ("A strike is possible next month.", "possible", "hedge", "likely_possible"),
    ("Reply as soon as possible, please.", "possible", None, "block"),
    ("They gave the best possible answer.", "possible", None, "likely_possible"),
    ("Donors made the new wing possible.", "possible", None, "likely_possible"),
    ("The strike will likely end soon.", "likely", "hedge", "likely_possible"),
    ("The ferry is probably late.", "probably", "hedge", "likely_possible"),
    # participle adjectives
    ("The alleged fraud went on for years.", "alleged", "hedge", "participle_adjective"),
    ("The firm alleged that its rival cheated.", "alleged", None, "participle_adjective"),
    ("He was suspected of arson.", "suspected", "hedge", "participle_adjective"),
    ("Police suspected the neighbour.", "suspected", None, "participle_adjective"),
    # apparent
    ("The apparent motive was money.", "apparent", "hedge", "apparent"),
    ("It is apparent that the plan failed.", "apparent", "booster", "apparent"),
    # unknown / not known / don't know
    ("The cause is still unknown.", "unknown", "hedge", "unknown_fact"),
    ("An unknown driver hit the barrier.", "unknown", None, "unknown_fact"),
    ("It is not known whether anyone was hurt.", "not known", "hedge", "not_known"),
    ("He is not known for patience.", "not known", None, "not_known"),
    ('"I don\'t know if it will hold," she said.', "don't know", "hedge", "dont_know"),
    ("I don't know him at all.", "don't know", None, "dont_know"),
    # kind of / sort of
    ("The ending was kind of strange.", "kind of", "hedge", "kind_of"),
    ("This kind of problem needs money.", "kind of", None, "kind_of"),
    ("What sort of plan is that?", "sort of", None, "kind_of"),
    ("The idea sort of worked.", "sort of", "hedge", "kind_of"),
    # phrases
    ("It is hard to see how the deal survives.", "hard to see", "hedge", "phrase"),
    ("Whether it works remains to be seen.", "remains to be seen", "hedge", "phrase"),
    ("The drop is due in part to the weather.", "in part", "hedge", "phrase"),
    ("Rain fell in part of the county.", "in part", None, "phrase"),
    ("The figures are more or less right.", "more or less", "hedge", "always"),
    ("Prices are, to some extent, a guess.", "to some extent", "hedge", "phrase"),
    # boosters and negation flipping them
    ("It is clear that the law failed.", "clear", "booster", "negatable_booster"),
    ("It is not clear that the law failed.", "not clear", "hedge", "not_known"),
    ("It isn't clear whether the law failed.", "clear", "hedge", "negatable_booster"),
    ("The river ran clear after the storm.", "clear", None, "negatable_booster"),
    ("The mayor sent a clear message.", "clear", None, "negatable_booster"),
    ("I am sure the count is right.", "I am sure", "booster", "first_person_booster"),
    ("You ask if I am sure whether the count is right.", "I am sure", None, "first_person_booster"),
    ("I am not sure the count is right.", "sure", "hedge", "negatable_booster"),
    ("Please make sure the door is locked.", "sure", None, "block"),
    ("To be sure, the plan has flaws.", "sure", None, "block"),
    ("Officials are certain that the dam will hold.", "certain", "booster", "negatable_booster"),
    ("A certain senator objected.", "certain", None, "block"),
    ("Certain voters stayed home.", "Certain", None, "negatable_booster"),
    ("The plan will clearly fail.", "clearly", "booster", "booster_adverb"),
    ("The clerk spoke clearly into the microphone.", "clearly", None, "booster_adverb"),
    ("Growth does not necessarily mean jobs.", "necessarily", "hedge", "booster_adverb"),
    ("The result was, of course, a surprise.", "of course", "booster", "booster_phrase"),
    ("The captain ordered a change of course.", "of course", None, "booster_phrase"),
    ("In fact, the rate fell.", "In fact", "booster", "booster_phrase"),
    ("The rate did indeed fall.", "indeed", "booster", "booster_phrase"),
    ("If indeed the rate fell, we gain.", "indeed", None, "booster_phrase"),
    ("The audit shows that costs doubled.", "shows that", "booster", "always"),
    ("The thief must have known the code.", "must", "booster", "epistemic_must"),
    ("You must be joking.", "must", "booster", "epistemic_must"),
    ("Tenants must pay by Friday.", "must", None, "epistemic_must"),
    ("The law must be changed.", "must", None, "epistemic_must"),
    ("The plan is quite clear.", "clear", "booster", "negatable_booster"),
    ("The mayor has been very clear about her plans.", "clear", None, "negatable_booster"),
    ("To be clear, we oppose it.", "clear", None, "negatable_booster"),
    ("It has been clear that the dam leaks.", "clear", "booster", "negatable_booster"),
    ("Is it not obvious that the plan failed?", "obvious", "booster", "negatable_booster"),
    ("It is not obvious that the plan failed.", "obvious", "hedge", "negatable_booster"),
    ("The grant is for certain projects only.", "for certain", None, "booster_phrase"),
    ("Nobody knows for certain whether it works.", "for certain", "booster", "booster_phrase"),
    ("The state is partly federal and partly national.", "partly", None, "phrase"),
    ("The fall is partly due to rain.", "partly", "hedge", "phrase"),
    ("Finish it as quickly and cheaply as possible.", "possible", None, "likely_possible"),
    ("When we consider that costs rose, the result is poor.", "consider", None, "complement_shield"),
    ("We consider it likely that rates rise.", "consider", "hedge", "complement_shield"),
    ("It must be the case that the key was copied.", "must", "booster", "epistemic_must"),
    ("Numbers must be so large that bribery fails.", "must", None, "epistemic_must"),
    ("The court's note read, in part, that the law stands.", "in part", None, "phrase"),
    ("Both states have alleged Russian meddling.", "alleged", None, "participle_adjective"),
    ("Critics say the plan is too costly.", "Critics say", "weasel", "weasel_clause"),
    ("Police held 12 people believed to be involved.", "people believed", None, "weasel_clause"),
    # reportedly / allegedly: always hedges
    ("The firm reportedly lost money.", "reportedly", "hedge", "always"),
]


@pytest.mark.parametrize("text, word, expected, rule", CASES, ids=[f"{c[3]}:{c[0][:30]}" for c in CASES])
def test_minimal_pairs(text, word, expected, rule):
    got = cue(text, word)
    if expected is None:
        assert got is None or got[0] == "none", f"{word!r} should not be a cue, got {got}"
    else:
        assert got is not None, f"{word!r} should be a {expected}"
        assert got[0] == expected


def test_every_rule_is_used_and_tested():
    used = {e.rule for e in LEXICON.values()}
    assert used == set(RULES), f"rules without entries: {set(RULES) - used}; unknown: {used - set(RULES)}"
    tested = {c[3] for c in CASES}
    assert set(RULES) <= tested, f"rules without a test: {set(RULES) - tested}"
    # every rule that decides has a minimal pair: two cases with different outcomes
    for name in set(RULES) - {"always", "block", "bare_would"}:
        outcomes = {c[2] for c in CASES if c[3] == name}
        assert len(outcomes) >= 2, f"rule {name} lacks a minimal pair"


def test_longest_match_first():
    frame = hedges("Whether it works remains to be seen.")
    assert frame["text"].tolist() == ["remains to be seen"]
    frame = hedges("Critics say the plan may fail.")
    assert frame[["text", "kind"]].values.tolist() == [["Critics say", "weasel"], ["may", "hedge"]]


def test_weasels_are_their_own_kind():
    frame = hedges("It is widely believed that the mayor will run. Some say otherwise.")
    assert frame["kind"].tolist() == ["weasel", "weasel"]
    assert set(frame["category"]) == {"weasel"}


def test_columns_offsets_and_evidence():
    text = "I think the tax may rise.\n\nIt is clear that it will."
    frame = hedges(text)
    assert tuple(frame.columns) == COLUMNS
    for row in frame.itertuples():
        assert text[row.start : row.end] == row.text
        assert row.rule.split(":")[0] in RULES
        assert row.sentence == segment(text).sentence_at(row.start)
    assert frame["kind"].tolist() == ["hedge", "hedge", "booster"]


def test_empty_and_no_cues_have_schema():
    for text in ("", "The bus left at nine."):
        frame = hedges(text)
        assert frame.empty and tuple(frame.columns) == COLUMNS


def test_curly_apostrophes_and_case():
    assert cue("I don’t know whether it works.", "don’t know") == ("hedge", "dont_know")
    assert cue("IT IS CLEAR THAT IT WORKS.", "CLEAR") == ("booster", "negatable_booster")


def test_voice_quoted_inside_quotation_and_reported_speech():
    text = 'The plan may work. "It might fail," the minister said. She said the cost could rise.'
    frame = hedges(text)
    voices = dict(zip(frame["text"], frame["voice"]))
    assert voices == {"may": "author", "might": "quoted", "could": "author"}
    start = text.index("the cost")
    frame = hedges(text, reported=[(start, len(text) - 1)])
    assert dict(zip(frame["text"], frame["voice"]))["could"] == "quoted"


def test_excluded_spans_are_skipped_and_seg_is_reused():
    text = "Perhaps it rains.\n\nShare this story: perhaps later."
    start = text.index("Share")
    excluded = [ExcludedSpan(start, len(text), "share_prompt", "test")]
    frame = hedges(text, excluded)
    assert frame["start"].tolist() == [0]
    seg = segment(text, excluded)
    assert hedges(text, excluded, seg=seg).equals(frame)


def test_capitalised_mid_sentence_is_a_name_not_a_cue():
    frame = hedges("Grants went to the charity and Indeed to fund rides. Indeed, rides grew.")
    assert frame["text"].tolist() == ["Indeed"] and frame["start"].tolist()[0] > 40
    assert cue("That is what I think.", "think") == ("hedge", "first_person")


def test_cue_must_stay_inside_its_sentence():
    # "kind" ends a headline line; "of" starts the next: no multiword match across the break
    frame = hedges("A new kind\n\nOf politics arrives.")
    assert frame.empty


def test_deterministic():
    text = "Perhaps the rate will fall. It is clear it might not. About 20 people came."
    assert hedges(text).equals(hedges(text))


def test_summarize_densities():
    text = "I think it may rain. It will clearly rain. " + "Words here now. " * 10
    seg = segment(text)
    frame = hedges(text, seg=seg)
    s = summarize(frame, seg.word_count)
    assert set(s) == set(hedging.SUMMARY_COLUMNS)
    assert (s["hedges"], s["boosters"], s["weasels"]) == (2, 1, 0)
    assert s["hedges_per_1000_words"] == pytest.approx(1000 * 2 / seg.word_count)
    assert s["booster_share"] == pytest.approx(1 / 3)
    empty = summarize(hedges(""), 0)
    assert empty["hedges"] == 0 and math.isnan(empty["hedges_per_1000_words"]) and math.isnan(empty["booster_share"])


def test_lexicon_file_is_well_formed(tmp_path):
    path = Path(hedging.__file__).parent / "lexicons" / "hedges.csv"
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {"entry", "kind", "category", "rule", "source", "note"} <= set(rows[0])
    assert all(r["source"].strip() for r in rows)
    bad = tmp_path / "bad.csv"
    bad.write_text("entry,kind,category,rule,source,note\nfoo,hedge,x,no_such_rule,project addition,\n")
    with pytest.raises(ValueError, match="no_such_rule"):
        load_lexicon([bad])


def test_cli_jsonl_and_summary(tmp_path, capsys):
    from analysis.cli import main

    doc = tmp_path / "col.txt"
    doc.write_text('Perhaps the mayor is right. "It might rain," she said.\n', encoding="utf-8")
    assert main(["hedges", str(doc)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["text"], r["kind"], r["voice"]) for r in records] == [("Perhaps", "hedge", "author"), ("might", "hedge", "quoted")]
    assert {"doc", "start", "end", "text", "kind", "category", "voice", "rule"} <= set(records[0])
    assert main(["hedges", str(doc), "--summary", "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("doc,words,hedges,boosters")
    assert out[1].split(",")[2:4] == ["2", "0"]


SHARED = Path(__file__).parents[1].joinpath("../shared/corpora")


@pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared/corpora")
def test_real_opinion_prose_runs_and_offsets_hold():
    path = SHARED / "federalist.jsonl"
    with open(path, encoding="utf-8") as f:
        doc = json.loads(f.readline())
    frame = hedges(doc["text"])
    assert len(frame) > 0
    assert all(doc["text"][r.start : r.end] == r.text for r in frame.itertuples())
    assert set(frame["kind"]) <= {"hedge", "booster", "weasel"}


@pytest.mark.parametrize("text, phrase, kind", [
    ("The plan will, in all probability, fail.", "in all probability", "hedge"),
    ("The reform is, in some measure, a success.", "in some measure", "hedge"),
    ("Such men are apt to exaggerate.", "apt to", "hedge"),
    ("The man, who I assume was a guard, left.", "I assume", "hedge"),
    ("This appears to me to be a trick.", "appears to me", "hedge"),
    ("It cannot be doubted that the bridge is old.", "cannot be doubted", "booster"),
    ("Nothing is more certain than the need for rain.", "Nothing is more certain", "booster"),
])
def test_multiword_cues_from_the_blind_check(text, phrase, kind):
    from analysis.hedging import hedges

    rows = hedges(text)
    assert (phrase, kind) in list(zip(rows["text"], rows["kind"]))


@pytest.mark.parametrize("text, word, expected", [
    ("I think you may be right about the levy.", "think", "hedge"),
    ("I believe you, and I always have.", "believe", None),
    ("The repairs took a week or so.", "or so", "hedge"),
    ("One token is worth approximately US$8000 today.", "approximately", "hedge"),
    ("What should be done about the levy?", "should", None),
    ("The levy will, I presume, pass.", "I presume", "hedge"),
])
def test_cases_from_the_second_blind_check(text, word, expected):
    from analysis.hedging import hedges

    rows = hedges(text)
    got = [k for t, k in zip(rows["text"], rows["kind"]) if t.lower() == word.lower()]
    assert got == ([expected] if expected else [])


def test_hedge_columns_are_the_frame_without_pandas():
    from analysis.hedging import hedge_columns, summarize

    text = "The plan may perhaps work. It is certainly about 40% done, officials said."
    frame, cols = hedges(text), hedge_columns(text)
    assert list(cols) == list(frame.columns) and cols["start"] == frame["start"].tolist()
    assert cols["rule"] == frame["rule"].tolist() and len(cols["start"]) >= 3
    assert summarize(frame, 14) == summarize(cols, 14)


@pytest.mark.parametrize("text,expected", [
    ("Because only Congress may allocate funds, the order is void.", []),
    ("Trials shall be held where the Congress may by law have directed.", []),
    ("Officials who may authorize the search are few.", []),
    ("Congress may well decide to act.", ["may"]),
    ("Prices may rise next year.", ["may"]),
])
def test_deontic_may_of_a_power_is_not_a_hedge(text, expected):
    assert list(hedges(text).text) == expected


@pytest.mark.parametrize("text,expected", [
    ("It sailed close so researchers could study the water.", []),
    ("He would vote for it if the British people could also vote.", []),
    ("Men will execute whatever you could design.", []),
    ("The plan could fail.", ["could"]),
    ("Prices could rise if rates fall.", ["could"]),
])
def test_could_of_purpose_condition_and_free_relatives_is_not_a_hedge(text, expected):
    assert list(hedges(text).text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Use the therapeutics in the most effective way possible.", []),
    ("We should not borrow if we could possibly avoid it.", []),
    ("They wanted to see what information they could glean.", []),
    ("It could possibly rain.", ["could", "possibly"]),
])
def test_superlative_frames_conditions_and_indirect_questions_are_not_hedges(text, expected):
    assert list(hedges(text).text) == expected


@pytest.mark.parametrize("text,expected", [
    ("It can do without a different kind of force.", []),
    ("For me it is sort of a lifelong thing.", ["sort of"]),
    ("I don't know Helena, but she is a fine coach.", []),
    ("I don't know whether the plan works.", ["I don't know"]),
    ("It is possible to achieve results with strong laws.", []),
    ("If a mission ever became possible, I would go.", []),
    ("It is possible that the plan works.", ["possible"]),
    ("The president kind of admitted it.", ["kind of"]),
    ("It is possible to argue that the policy failed.", ["possible"]),
])
def test_session_7_hedge_disambiguation(text, expected):
    assert list(hedges(text).text) == expected
