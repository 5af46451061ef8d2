"""Sourcing analyser: project-written sentences for every rule, plus robustness."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.sourcing import ATTRIBUTION_COLUMNS, attribution_columns, attributions, reported_speech, summarize
from analysis.text import segment


def cues(text, **kw):
    f = attributions(text, **kw)
    return [(r.cue, r.source, bool(r.anonymous)) for r in f.itertuples()]


def assert_one_cue(text, cue, source, anonymous):
    """Exactly one attribution with ``cue``, with this source text (None: no source) and type
    (``anonymous`` None: the type is not checked)."""
    f = attributions(text)
    row = f[f.cue == cue]
    assert len(row) == 1, f[["cue", "source", "rule"]]
    got = row.iloc[0]
    assert (None if pd.isna(got.source) else got.source) == source
    assert anonymous is None or bool(got.anonymous) == anonymous


def one(text):
    f = attributions(text)
    assert len(f) == 1, f[["cue", "source", "rule"]]
    return f.iloc[0]


def assert_no_attributions(text):
    f = attributions(text)
    assert f.empty, f[["cue", "source", "rule"]]


# --- cue forms -------------------------------------------------------------------------------

def test_named_person_said():
    r = one("The bridge will close on Monday, Mayor Ellen Torvik said.")
    assert r.cue == "said" and r.source == "Mayor Ellen Torvik" and not r.anonymous
    assert r.source_form == "named_person" and r.rule == "verb"


def test_offsets_index_text():
    text = "Officials said the dam was safe."
    r = one(text)
    assert text[r.cue_start:r.cue_end] == "said"
    assert text[r.source_start:r.source_end] == "Officials"


def test_inverted_after_quotation():
    r = one('"We will rebuild," said the harbour master.')
    assert r.rule == "inverted" and r.source == "the harbour master" and r.quote == "direct"


def test_according_to_officials_is_anonymous():
    r = one("According to officials, the ferry sank quickly.")
    assert r.cue == "According to" and r.source == "officials" and r.anonymous


def test_according_to_needs_a_source():
    assert cues("Seats were assigned according to the rules of the hall.") == []


def test_impersonal_passive_has_null_source():
    r = one("It is believed that the tunnel collapsed overnight.")
    assert r.cue == "is believed" and r.source is None and r.anonymous and r.source_form == "impersonal"


def test_subject_is_believed_to():
    r = one("The suspect is believed to have fled north.")
    assert r.cue == "is believed" and r.anonymous


def test_reportedly():
    r = one("The mine reportedly flooded twice last year.")
    assert r.cue == "reportedly" and r.anonymous and r.source is None


def test_passive_with_agent():
    r = one("Two injuries were reported by the county sheriff.")
    assert r.cue == "were reported" and r.source == "the county sheriff" and not r.anonymous


def test_told_reporters():
    r = one("Governor Lia Marsh told reporters the budget was balanced.")
    assert r.cue == "told" and r.source == "Governor Lia Marsh"


def test_said_and_adding_are_two():
    f = attributions("The minister said the talks failed, adding that a new round was planned.")
    assert list(f.cue) == ["said", "adding"]
    assert f.source.tolist() == ["The minister", "The minister"]


def test_nested_attributions_are_two():
    f = attributions("The Northern Front has told the mediators that it wants a truce, the source said.")
    assert list(f.cue) == ["told", "said"]
    assert f.iloc[1].anonymous and not f.iloc[0].anonymous


def test_cognition_verb_for_third_party():
    r = one("Officials believe the fire was set deliberately.")
    assert r.cue == "believe" and r.anonymous


def test_quoted_as_saying():
    r = one("The coach was quoted as saying the team would recover.")
    assert r.cue == "was quoted as saying" and r.source == "The coach"


def test_appositive_subject():
    r = one("Nora Quist, a spokeswoman for the port authority, confirmed the closure.")
    assert r.source.startswith("Nora Quist") and not r.anonymous and r.rule == "appositive_subject"


def test_chain_of_appositives_keeps_the_name():
    r = one("Ida Marsh, director of the Kestrel Fund, the city's largest charity, said the grants would stop.")
    assert r.source.startswith("Ida Marsh") and r.source_form == "named_person" and not r.anonymous


def test_appositive_role_then_name_is_named():
    r = one("A spokesman for the ministry, Tomas Rell, said the figures were wrong.")
    assert not r.anonymous and r.source_form == "named_person"


def test_citing_anonymous_sources():
    f = attributions("The agency, citing anonymous sources, reported that exports had stopped.")
    assert list(f.cue) == ["citing", "reported"]
    assert f.iloc[0].anonymous and f.iloc[0].source == "anonymous sources"
    assert not f.iloc[1].anonymous and f.iloc[1].source == "The agency"


def test_in_a_statement_without_verb():
    r = one("In a statement, the club's new stadium opens in May.")
    assert r.rule == "in_statement"


# --- not attributions ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I think the council is wrong about parking.",
    "We believe this policy will fail.",
    "The said property was sold in 1990.",
    "Police arrested him over alleged ties to a gang.",
    "An estimated 100 people attended the vigil.",
    "The union plans to announce a strike.",
    "She asked the board to explain the delay.",
    "The spokesman declined to comment.",
    "The report runs to forty pages.",
    "Image: Harbour Photo Agency",
    "The mayor met the delegation and discussed housing.",
    "Senior adviser Hope Lindqvist had joined the trip.",
    "A preliminary report would be ready in a month.",
    "It may be said that the plan is ambitious.",
    "The town did not say whether the road would reopen.",
])
def test_not_attributions(text):
    assert cues(text) == []


def test_first_person_inside_quotation_not_counted():
    f = attributions('"I think we will win," the captain said.')
    assert list(f.cue) == ["said"]


# --- named vs anonymous (codebook) ---------------------------------------------------------

@pytest.mark.parametrize("subject,anonymous", [
    ("Police", False), ("The ministry", False), ("The White House", False), ("State media", False),
    ("The court", False), ("The French president", False),
    ("Officials", True), ("A spokesperson", True), ("Diplomats", True), ("Witnesses", True),
    ("Analysts", True), ("Experts", True), ("Residents", True), ("Critics", True), ("Some", True),
    ("U.S. officials", True), ("A senior official", True), ("People familiar with the matter", True),
    ("Local media", True),
])
def test_codebook_types(subject, anonymous):
    r = one(f"{subject} said the vote was delayed.")
    assert bool(r.anonymous) is anonymous, r.source


# --- chains, pronouns, specificity, number, justification ----------------------------------

CHAIN = ("A source close to the negotiations said the deal was near. He explained that the last "
         "issue was the timetable. The knowledgeable source said talks would resume. "
         "Later, the source said a draft existed.")


def test_anonymous_chain_is_one_source():
    f = attributions(CHAIN)
    assert len(f) == 4 and f.anonymous.all()
    assert f.source_id.nunique() == 1
    assert f.iloc[1].source_form == "pronoun"


def test_knowledge_basis_and_specificity():
    f = attributions(CHAIN)
    assert f.iloc[0].knowledge_basis == "close to"
    assert f.iloc[0].specificity == 1
    r = one("A senior State Department official familiar with the talks said the meeting was cancelled.")
    assert r.specificity == 4


def test_bare_source_specificity_zero():
    r = one("A source said the plant would close.")
    assert r.specificity == 0 and r.number == 1


def test_number_of_sources():
    r = one("Two officials said the plant would close.")
    assert r.number == 2 and r.source_form == "unnamed_group"


def test_named_surname_chain():
    f = attributions("Harold T. Vance said the audit was complete. Vance added that no fraud was found.")
    assert f.source_id.nunique() == 1


def test_pronoun_resolves_to_named():
    f = attributions("Premier Ada Kell said taxes would fall. She added that spending would rise.")
    assert not f.anonymous.any() and f.source_id.nunique() == 1


def test_justification_boilerplate_and_substantive():
    r = one("An official, who spoke on condition of anonymity, said the ship was seized.")
    assert r.justification_type == "boilerplate"
    r = one("A worker said, fearing reprisals, that wages were withheld.")
    assert r.justification_type == "substantive"


# --- quote types ---------------------------------------------------------------------------

def test_quote_types():
    assert one('The chef said: "Every dish is local."').quote == "direct"
    assert one('The chef said the menu was "mostly local" this year and cheaper than before.').quote == "mixed"
    assert one("The chef said the menu was local.").quote == "indirect"


def test_reported_speech_regions():
    text = 'Officials said the bridge may close. "It could fall," the engineer warned. The sun rose.'
    regions = reported_speech(text)
    covered = [text[s:e] for s, e in regions]
    assert any("the bridge may close" in c for c in covered)
    assert any("It could fall" in c for c in covered)
    assert not any("The sun rose" in c for c in covered)
    assert regions == sorted(regions)
    assert all(regions[k].end <= regions[k + 1].start for k in range(len(regions) - 1))


# --- summary -------------------------------------------------------------------------------

def test_summarize():
    f = attributions(CHAIN + " The mayor said she was hopeful.")
    s = summarize(f, 100)
    assert s["attributions"] == 5 and s["anonymous_attributions"] == 4 and s["named_attributions"] == 1
    assert s["distinct_sources"] == 2 and s["distinct_anonymous_sources"] == 1
    assert s["attributions_per_1000_words"] == 50.0
    assert s["flag_only_anonymous"] is False and s["flag_unjustified_anonymous"] is True
    empty = summarize(attributions(""), 0)
    assert empty["attributions"] == 0


# --- interface and robustness --------------------------------------------------------------

def test_columns_and_seg_argument():
    text = "Officials said the dam was safe."
    f1 = attributions(text)
    f2 = attributions(text, seg=segment(text))
    assert tuple(f1.columns) == ATTRIBUTION_COLUMNS
    pd.testing.assert_frame_equal(f1, f2)


def test_empty_text():
    f = attributions("")
    assert len(f) == 0 and tuple(f.columns) == ATTRIBUTION_COLUMNS
    assert reported_speech("") == []


def test_unbalanced_quotes():
    text = '"We will fight on, the leader said. Officials said the "truce held. "And more'
    f = attributions(text)
    assert all(text[r.cue_start:r.cue_end] == r.cue for r in f.itertuples())
    assert len(attributions('Officials said the truce held. "We won, the leader said.')) >= 1


def test_non_english_text():
    assert len(attributions("Der Minister sagte, dass die Brücke geschlossen wird. Il a dit non.")) == 0


def test_excluded_spans_respected():
    text = "Officials said the dam was safe. Police said the road was open."
    f = attributions(text, excluded=[(0, 33)])
    assert list(f.cue) == ["said"] and f.iloc[0].cue_start > 33
    assert text[f.iloc[0].cue_start:f.iloc[0].cue_end] == "said"


def test_megabyte_without_punctuation_finishes():
    text = ("officials said the river rose and then " * 26000)[:1_000_000]
    f = attributions(text)
    assert len(f) > 0


def test_run_on_text_with_pronouns_links_within_a_bounded_window():
    """Pronoun antecedents in one endless sentence: every "they" still resolves (to the nearest
    group), and the search is bounded (it once scanned every earlier source: quadratic)."""
    text = " ".join(["officials met and they said the plan would work and residents believe he knows that"] * 4000)
    f = attributions(text)
    they = f[f.source == "they"]
    assert len(they) == 4000 and they.anonymous.all()


@pytest.mark.skipif(not Path(__file__).parents[1].joinpath("../shared/corpora").exists(), reason="shared corpora absent")
def test_wikinews_runs_deterministically():
    import json
    path = Path(__file__).parents[1].joinpath("../shared/corpora/wikinews_2019_2020.jsonl")
    with open(path, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for _, line in zip(range(5), fh)]
    for t in texts:
        pd.testing.assert_frame_equal(attributions(t), attributions(t))


def test_reported_speech_reuses_an_attributions_frame():
    from analysis.sourcing import attributions, reported_speech
    from analysis.text import segment

    text = ('The mayor said that the budget may shrink. "We will cope," a source close to the council said. '
            'Nobody else spoke.')
    seg = segment(text)
    frame = attributions(text, seg=seg)
    assert reported_speech(text, seg=seg, attributions=frame) == reported_speech(text, seg=seg)
    assert reported_speech(text, seg=seg)  # not empty: the complement and the quotation


# -- rules added after the blind held-out check (project-written sentences) ------------------

def test_naming_is_not_speech():
    assert attributions("The ferry runs to Gull Rock, also called Bird Island, every day.").empty
    assert attributions("She founded a charity called Open Doors in 2019.").empty


def test_calling_a_race_after_a_name_is_still_an_attribution():
    f = attributions("Later, the Courier and Channel 5 also called Elm County for Ruiz.")
    assert list(f.cue) == ["called"]


def test_third_party_cue_inside_a_quotation_counts():
    f = attributions('"As Lincoln said, a house divided cannot stand," the senator told the crowd.')
    assert list(f.cue) == ["said", "told"]
    assert f.iloc[0].source == "Lincoln"


def test_speakers_own_first_person_cue_inside_a_quotation_does_not_count():
    f = attributions('"I think we will win, and I said so in May," the coach said.')
    assert list(f.cue) == ["said"] and f.iloc[0].source == "the coach"


def test_generic_cognition_inside_a_quotation_does_not_count():
    f = attributions('"People must know that the doors are open," the pastor said.')
    assert list(f.cue) == ["said"]


def test_conditional_to_be_believed_is_not_an_attribution():
    assert attributions("If the brochure is to be believed, the hotel is quiet.").empty


def test_passive_with_as_phrase_and_agent():
    r = one('The suspect, who was described as "restless" by the police, left town.')
    assert r.rule == "passive_agent" and r.source == "the police" and not r.anonymous


def test_impersonal_passive_with_adverb():
    r = one("It has been frequently remarked that the harbour is too small.")
    assert r.rule == "impersonal_passive" and r.anonymous and r.source is None


def test_considered_as_belief_but_not_as_deliberation():
    r = one("Okafor was considered the architect of the plan.")
    assert r.anonymous and r.rule == "impersonal_passive"
    assert attributions("The bill was considered in committee on Monday.").empty


def test_posting_media_is_not_an_attribution():
    assert attributions("Vance spent the week in orbit, posting spectacular photos of the coast.").empty


def test_parenthetical_remark_ends_an_inverted_name():
    r = one('"We stand together," tweeted Mayor Ruth Ellison (no relation) on Friday.')
    assert r.source == "Mayor Ruth Ellison" and not r.anonymous


def test_office_of_a_place_is_an_identified_office_holder():
    r = one("Mayor of Port Harmon Ruth Ellison said the ferry would run.")
    assert not r.anonymous
    r = one("A mayor of a small town said the roads were bad.")
    assert r.anonymous


def test_profession_nouns_are_unnamed_groups():
    r = one("The archaeologists say that the wall is older than thought.")
    assert r.anonymous and r.source_form == "unnamed_group"


def test_counted_group_with_unknown_noun_is_anonymous():
    r = one("Two librarians, speaking on condition of anonymity, said the budget was cut.")
    assert r.anonymous and r.source == "Two librarians" and r.source_form == "unnamed_group"
    r = one("Three Democrats said the vote was rigged.")
    assert r.anonymous and r.number == 3


def test_pronominal_one_is_an_unnamed_individual():
    f = attributions('Residents were angry. One of them told me the bus never came. "It never came," one said.')
    assert list(f.cue) == ["told", "said"]
    assert f.anonymous.all() and set(f.source_form) == {"unnamed_individual"}


def test_one_of_a_thing_is_not_a_source():
    f = attributions("One of the first questions he asked the crew was about the weather.")
    assert not f.anonymous.any()


def test_according_to_unidentified_plural_is_vague_and_anonymous():
    r = one("According to videos posted online, the crowd pushed back.")
    assert r.anonymous and r.source_form == "vague" and r.source == "videos"
    assert attributions("According to plan, the ferry left at noon.").empty


def test_adjunct_between_commas_is_not_an_appositive_source():
    r = one("The storm hit Port Harmon, Kestria, with the toll rising to 12 on Monday, reported officials.")
    assert r.source == "officials" and r.anonymous


def test_described_for_an_outlet_how():
    r = one("A witness described for the Harbor Ledger how the fire spread.")
    assert r.cue == "described" and r.anonymous


def test_resolved_form_replaces_a_pronoun_by_its_antecedents_form():
    f = attributions("A source close to the talks said the deal was near. He explained that the terms were set.")
    assert list(f.source_form) == ["unnamed_individual", "pronoun"]
    assert list(f.resolved_form) == ["unnamed_individual", "unnamed_individual"]


def test_noun_ending_in_ly_after_a_determiner_is_not_an_adverb():
    r = one("Organizers of the rally said they were fighting corruption.")
    assert r.source == "Organizers of the rally" and r.anonymous


def test_as_reported_by_names_the_source():
    f = attributions("The mayor said, as reported by the Harbor Ledger, that the ferry would run.")
    assert ("reported", "the Harbor Ledger") in list(zip(f.cue, f.source))


def test_bracketed_transcript_placeholder_is_the_source():
    r = one("So, as [senior administration official] said, the tests are free.")
    assert r.source == "[senior administration official]" and r.anonymous


@pytest.mark.parametrize("text", [
    "Still less need be said about the third point.",
    "They denied me, but I applied again.",
    "The bill would have let the state extradite accused criminals.",
    '"The samples do not suggest that plague is common," the study says of its results.',
])
def test_not_attributions_from_the_second_blind_check(text):
    f = attributions(text)
    assert not any(c in ("be said", "denied", "accused", "suggest") for c in f.cue)


def test_coordinated_place_names_stay_in_one_source():
    r = one("Yesterday, authorities in the Kestrian Republic and the Northern Union announced 30 arrests.")
    assert r.source.startswith("authorities") and r.anonymous


def test_participle_phrase_after_an_unnamed_source_keeps_it_unnamed():
    r = one('"It is bad," said a protester using the pseudonym Lark.')
    assert r.anonymous and r.source_form == "unnamed_individual"


def test_noun_after_a_quantifier_and_first_person_coordination_are_not_attributions():
    assert attributions("We will have some remarks to explain the logistics.").empty
    assert list(attributions("Some claim that the plan failed.").cue) == ["claim"]
    assert attributions("For now, I want to step back and emphasize that the plan is new.").empty


def test_citing_a_reason_is_not_citing_a_source():
    assert attributions("The governor delayed the vote, citing the health risks.").empty


def test_reduced_relative_participle_after_a_plural_source():
    r = one("Several conservative groups claiming the vote was stolen held a rally.")
    assert r.cue == "claiming" and r.source == "Several conservative groups" and r.anonymous
    r = one("Officials warning that the dam could fail left early.")
    assert r.rule == "participle_subject"
    assert attributions("The sign warning drivers fell over.").empty


@pytest.mark.parametrize("text", [
    "Congress may make all laws, appoint officers, institute courts, declare offences and annex penalties.",
    "The laws of every state are nullified and declared void where they conflict.",
    "The wisest men who ever thought or wrote on the science of government agree.",
    "This will scarcely, however, be considered as a point of dispute.",
    "The king declared war on his neighbour.",
])
def test_not_attributions_in_essays(text):
    assert attributions(text).empty


def test_declare_with_content_and_office_nouns():
    r = one("The senator declared that the bill was dead.")
    assert r.source == "The senator" and not r.anonymous
    assert one("A senator said the bill was dead.").anonymous


def test_guarded_verb_after_a_quotation_and_before_a_quoted_label():
    assert list(attributions('"Nobody will remove me," he declared.').cue) == ["declared"]
    assert list(attributions('It was what the police declared a "terror" attack.').source) == ["the police"]


def test_be_sure_or_confident_ascribed_to_a_third_party():
    r = one("Others are not so sure: the costs are high.")
    assert r.cue == "are not so sure" and r.anonymous and r.rule == "be_adjective"
    assert one("Officials are confident that the dam will hold.").source == "Officials"
    # the author's own certainty, trust, a quoted speaker's own certainty: not attributions
    assert attributions("It is certain that the dam will hold.").empty
    assert attributions("I am sure it will work.").empty
    assert attributions("The President is confident in the team.").empty
    assert list(attributions('"We are sure," she said.').cue) == ["said"]


# --- rules added after the third blind check set -----------------------------------------------

@pytest.mark.parametrize("text,cue,source,form", [
    ('"Nobody reads the fine print," grins Dr Ivo Marsh.', "grins", "Dr Ivo Marsh", "named_person"),
    ('"Stay indoors after dark", read the warning.', "read", "the warning", "document"),
    ('The notice reads: "Closed for repairs."', "reads", "The notice", "document"),
    ('Trade "ground to a halt", as the tribunal\'s decision put it, for a week.', "put", "the tribunal's decision", "document"),
    ("In the 4th clause, it is declared, “no tax shall be laid on exports.”", "is declared", "the 4th clause", "document"),
    ('Writing for the bench, Judge Ada Brook declared in the ruling, "not every error is a crime."', "declared", "Judge Ada Brook", "named_person"),
    ('Ms Vance said the rent was high. She went on to say, "Nobody can pay it."', "say", "She", "pronoun"),
    ("Ruiz is not scolding anyone: he’s simply pointing out the cost.", "pointing out", "he", "pronoun"),
    ("In several interviews, he hinted at the strain of the job.", "hinted", "he", "pronoun"),
    ("The museum's website estimated 400 people were inside.", "estimated", "The museum's website", "document"),
    ("Authorities expected gusts of 90 mph and high waves.", "expected", "Authorities", "unnamed_group"),
    ('Another co-author, civil engineering professor Lena Ortiz, said, "We saw it too."', "said", "civil engineering professor Lena Ortiz", "named_person"),
])
def test_cues_found_after_check_set_3(text, cue, source, form):
    f = attributions(text)
    row = f[f.cue == cue]
    assert len(row) == 1, f[["cue", "source", "rule"]]
    assert row.iloc[0].source == source and row.iloc[0].source_form == form


@pytest.mark.parametrize("text", [
    "The storm claimed about 300 lives.",
    "The name must not cite any person or place.",
    "If something is written about me, I want to know what's being said.",
    "And I’ll say just a couple of things at the top.",
    "Some historical evidence suggests there were wells here.",
    "He grinned at the camera.",
    "I read the report twice.",
    "He put it on the table.",
    "The region was declared a disaster area.",
])
def test_not_attributions_after_check_set_3(text):
    assert_no_attributions(text)


def test_evidential_verb_after_a_parenthetical_cue_is_not_a_second_source():
    f = attributions("It is hard, it does, he says, suggest that the courses work.")
    assert list(f.cue) == ["says"]


def test_kinship_nouns_named_with_a_possessive():
    assert one("My father always said the farm would be sold.").source_form == "named_person"
    assert not one("The victim's mother said she was angry.").anonymous
    r = one("A mother of three said prices had doubled.")
    assert r.anonymous and r.source_form == "unnamed_individual"


def test_they_after_a_plural_group_in_the_same_sentence_is_that_group():
    f = attributions("Police said the roads were closed. US authorities gave a list of 38 countries they said were involved.")
    r = f[f.source == "they"].iloc[0]
    assert r.anonymous and r.source_id != f[f.source == "Police"].iloc[0].source_id


def test_partitive_quantity_keeps_the_group_noun_as_head():
    r = one("A number of officials said the plan failed.")
    assert r.anonymous and r.source_form == "unnamed_group"
    assert one("Some of the advocates for the plan deny that it costs more.").anonymous


def test_a_third_party_belief_inside_a_quotation_counts_but_not_an_exhortation():
    f = attributions('"Many residents believe the water is unsafe," she said.')
    assert list(f.cue) == ["believe", "said"] and bool(f.iloc[0].anonymous)
    assert list(attributions('"People must know that the doors are open," she said.').cue) == ["said"]


def test_every_sourcing_lexicon_row_has_exactly_the_header_fields():
    """A comma inside an unquoted field (a regex's {0,2}, a note) silently splits the row."""
    import csv

    from analysis.sourcing_lexicon import LEXICON_DIR

    for path in sorted(LEXICON_DIR.glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        bad = [(n, row) for n, row in enumerate(rows[1:], 2) if row and len(row) != len(rows[0])]
        assert not bad, f"{path.name}: {bad[:3]}"


@pytest.mark.parametrize("name,key", [
    ("reporting_verbs.csv", ("form",)), ("source_nouns.csv", ("word",)), ("sourcing_words.csv", ("word", "category")),
])
def test_no_lexicon_entry_is_listed_twice(name, key):
    """A second row for the same entry is silently ignored (or silently wins): one row each."""
    import csv
    from collections import Counter

    from analysis.sourcing_lexicon import LEXICON_DIR

    with open(LEXICON_DIR / name, encoding="utf-8", newline="") as handle:
        counts = Counter(tuple(row[k].lower() for k in key) for row in csv.DictReader(handle))
    assert [entry for entry, n in counts.items() if n > 1] == []


def test_justification_patterns_with_bounded_gaps_match():
    f = attributions("An official, who asked not to be named because he could face retaliation from his bosses, "
                     "said the plan failed.")
    assert f.iloc[0].justification_type == "substantive"
    f = attributions("A senior official, speaking in line with department policy, said the plan failed.")
    assert f.iloc[0].justification_type == "boilerplate"


@pytest.mark.parametrize("text,cue,source", [
    ('"Every pub closed," remembers Neil Timms.', "remembers", "Neil Timms"),
    ('"Our staff were hurt," Lam continued in the statement.', "continued", "Lam"),
    ('"It is an insult", as quoted by the Harbour Gazette.', "quoted", "the Harbour Gazette"),
    ("During the visit, she was able to announce that aid would rise.", "announce", "she"),
    ('Part of the judge\'s statement reads "no one is above the law."', "reads", "Part of the judge's statement"),
])
def test_more_cues_after_check_set_2_review(text, cue, source):
    f = attributions(text)
    assert list(zip(f.cue, f.source)) == [(cue, source)]


@pytest.mark.parametrize("text", [
    '"They asked us for it."',
    "What were they asking for?",
    "The talks continued for a week.",
    "He was able to announce the winner.",
    "For free, I want to step back and emphasize that this plan works.",
])
def test_requests_and_the_speakers_own_voice_are_not_attributions(text):
    assert attributions(text).empty


def test_coordinated_subject_with_a_named_first_conjunct_is_named():
    r = one("Senator Vale and his supporters claimed the count was rigged.")
    assert r.source == "Senator Vale and his supporters" and not r.anonymous


def test_rumours_circulating_and_group_fears():
    r = one("Soon after, rumours circulated he was leaving the party.")
    assert r.cue == "circulated" and r.anonymous
    assert attributions("The rumours circulated widely.").empty
    r = one("Many small business owners fear revenue loss.")
    assert r.cue == "fear" and r.anonymous and r.source_form == "unnamed_group"


# --- rules added after the fourth blind check set ----------------------------------------------

@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("The outbreak was first confirmed by the health ministry on Monday.", "was first confirmed", "the health ministry", False),
    ("Qawi was later accused of inciting the attack.", "was later accused", None, True),
    ("Concern over the bill was expressed by independent legal experts.", "was expressed", "independent legal experts", True),
    ('The ruling read in part, "the oath is void."', "read", "The ruling", False),
    ("The border is the main difference, he added.", "added", "he", False),
    ("Waseem confessed to killing his sister.", "confessed", "Waseem", False),
    ("Minister Ana Ruiz deemed that the deal was illegal.", "deemed", "Minister Ana Ruiz", False),
    ("According to its polling, two-thirds of voters agree.", "According to", "its polling", False),
    ("Aid agencies say the vaccination rate is high.", "say", "Aid agencies", True),
    ("According to local news, the schools closed.", "According to", "local news", True),
    ('"We must stand up," Ms Rahim wrote on social media.', "wrote", "Ms Rahim", False),
    ('"The dark can cool us," the scientists write in Nature.', "write", "the scientists", True),
    ("Outlets reported him dead citing sources within the Defense Department.", "citing",
     "sources within the Defense Department", True),
    ("The House of Representatives said the bill was dead.", "said", "The House of Representatives", False),
])
def test_cues_found_after_check_set_4(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


@pytest.mark.parametrize("text", [
    "Congress may declare that some cases are exempt.",
    "No man can say where the court will sit.",
    "While the House confirmed his nomination, the Senate did not.",
    "A basic R0 estimated in the range 2-4 is typical.",
    "Witnesses may give evidence in writing.",
    "He left citing health reasons.",
    "He wrote on the science of government.",
])
def test_not_attributions_after_check_set_4(text):
    assert_no_attributions(text)


def test_impersonal_voice_inside_a_quoted_document_is_not_a_second_source():
    f = attributions('The ruling read in part, "[I]t is concluded that the oath is void."')
    assert list(f.cue) == ["read"]


def test_participle_before_a_parenthetical_cue_is_not_an_attribution():
    f = attributions("The virus spreads like flu — suggesting, experts noted, that it is contagious.")
    assert list(f.cue) == ["noted"] and bool(f.iloc[0].anonymous)


def test_police_can_confirm_is_a_statement():
    assert one("Police can confirm that a man was arrested.").cue == "confirm"


def test_attribution_columns_are_the_frame_without_pandas():
    text = 'Officials said the dam may fail. "It is old," added Mayor Ruth Ellis. He left.'
    frame, cols = attributions(text), attribution_columns(text)
    assert list(cols) == list(frame.columns)
    for c in frame.columns:
        assert [None if pd.isna(v) else v for v in frame[c].tolist()] == cols[c]
    assert summarize(frame, 15) == summarize(cols, 15)
    assert reported_speech(text, attributions=frame) == reported_speech(text, attributions=cols)


def test_undefined_ratios_are_nan_not_none():
    """A batch of documents without anonymous sources must still give float columns."""
    import math

    out = summarize(attributions("Mayor Ruth Ellis said the bridge would close."), 8)
    assert all(isinstance(out[k], float) and math.isnan(out[k]) for k in ("justified_anonymous_share", "mean_specificity"))
    assert isinstance(summarize(attributions(""), 0)["anonymous_share"], float)


# --- rules added after the fifth blind check set -----------------------------------------------

@pytest.mark.parametrize("text,cue,source,anonymous", [
    ('Speaker of the parliament Omar Dani wrote on Instagram: "He was kind."', "wrote", "Speaker of the parliament Omar Dani", False),
    ('Former deputy director Mike Moor praised her on Twitter: "She was the best."', "praised", "Former deputy director Mike Moor", False),
    ("They were among 16 people accused of fraud by the Justice Department.", "accused", "the Justice Department", False),
    ("But he maintained neither he nor the club was corrupt.", "maintained", "he", False),
    ('"We will heal," Ada Bear of the tribal office told those gathered to watch.', "told", "Ada Bear of the tribal office", False),
    ("The Arapaho have plans to widen the range and report they are considering a deal.", "report", "The Arapaho", False),
    ("According to reports from the interior ministry of Belarus, 200 were held.", "According to",
     "reports from the interior ministry of Belarus", False),
    ("I answer that it is admitted there are exceptions.", "is admitted", None, True),
    ("Because only Congress may allocate funds, reads the motion, the order is void.", "reads", "the motion", False),
    ("According to his publicist, he died on Sunday.", "According to", "his publicist", True),
    ("ALDI, in a post on Tuesday, called it \"unexpected\".", "called", "ALDI", False),
])
def test_cues_found_after_check_set_5(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


@pytest.mark.parametrize("text", [
    "Having said that, it is hard to study.",
    "Congress has repeatedly denied funding for such a wall.",
    "Peebles won for his work in predicting the background.",
    "The plan was suggested last year.",
    "Generations to come will rise up and call you blessed.",
    "Nothing is clearer, by any argument or comment, than this.",
    "A source close to Boris Johnson smiled."
])
def test_not_attributions_after_check_set_5(text):
    assert_no_attributions(text)


def test_a_name_after_an_of_phrase_does_not_name_an_anonymous_source():
    assert one("A source close to Boris Johnson said no.").anonymous
    assert one("An aide to Senator Ann Lee said no.").anonymous


@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("An international team of scientists report the birds were wild.", "report", "An international team of scientists", True),
    ("Egyptologists have reported they were sacrificed.", "reported", "Egyptologists", True),
    ("If the birds had been farmed, they reasoned, the DNA would be uniform.", "reasoned", "they", False),
    ("According to Wasef archaeologists have not found hatcheries.", "According to", "Wasef", False),
    ("Within a day, the KGB arrested 33 foreign men, claiming them to be mercenaries.", "claiming", "the KGB", False),
])
def test_more_cues_after_check_set_5(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


def test_surnames_ending_in_s_stay_names():
    assert not one("Mr Evans said no.").anonymous
    assert not one("Peters said the club would appeal.").anonymous


# --- rules added after the sixth blind check set -----------------------------------------------

@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("The Aviation Herald states the plane was a freighter.", "states", "The Aviation Herald", False),
    ("He claimed the drilling is legal.", "claimed", "He", False),
    ('One MP told the BBC, "We know."', "told", "One MP", True),
    ("One interviewee said people changed their minds.", "said", "One interviewee", True),
    ("Several said they wanted more.", "said", "Several", True),
    ("One of the officials said no.", "said", "One of the officials", True),
    ("It echoes proposals from Geert Wilders, the populist, who last year demanded that offenders leave.",
     "demanded", "Geert Wilders", False),
])
def test_cues_found_after_check_set_6(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


@pytest.mark.parametrize("text", [
    "Member states agreed on the budget.",
    "The states filing suit met on Monday.",
    "No cause of death was announced.",
    "The atlases were similar for all the participants, suggesting that brains work alike.",
    "Even though he confessed, several alleged accomplices were tried.",
])
def test_not_attributions_after_check_set_6(text):
    assert_no_attributions(text)


def test_one_study_is_a_document_not_an_unnamed_person():
    r = one("One study in the Journal of Taxa noted that 126 skins were seized.")
    assert not r.anonymous and r.source_form == "document"


# --- rules added after the seventh blind check set ---------------------------------------------

@pytest.mark.parametrize("text,cue,source,anonymous", [
    ('The father said "I love my children."', "said", "The father", False),
    ('One of the children said, "Sometimes I still have nightmares."', "said", "One of the children", True),
    ("According to the hypothesis of the report, the microbes grew.", "According to", "the hypothesis of the report", False),
    ("The lead authors had initially hypothesized the lava would cause growth.", "hypothesized", "The lead authors", True),
    ("According to The Guardian, astronomers were optimistic that the telescope would help.", "were optimistic",
     "astronomers", True),
    ("Wanda Garced has expressed she is uninterested in the office.", "expressed", "Wanda Garced", False),
    ("She shared that she was prone to meltdowns.", "shared", "She", False),
    ("UpGuard emailed Amazon again, with Amazon Web Services responding that they would investigate.", "responding",
     "Amazon Web Services", False),
])
def test_cues_found_after_check_set_7(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


@pytest.mark.parametrize("text", [
    "Some residents are responding, posting photos of dumps.",
    "It is Johnson's stated intent to leave.",
    "The House confirmed him, but the Senate had not confirmed him.",
    "She was hopeful.",
    "Fans are optimistic about the season.",
    "She shared photos of the trip.",
])
def test_not_attributions_after_check_set_7(text):
    assert_no_attributions(text)


# --- rules added after the eighth blind check set ----------------------------------------------

@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("According to the agency, which cited sources close to the investigation, he had fled.", "cited",
     "sources close to the investigation", True),
    ('Bill Gerst of NASA spoke of the partnership: "It is fun."', "spoke", "Bill Gerst of NASA", False),
    ('Addressing the leaders, Chakrapani proposed: "I request all leaders to act."', "proposed", "Chakrapani", False),
    ('The delegate to the House, Aumua Amata, told the press: "We vote."', "told",
     "The delegate to the House, Aumua Amata", False),
    ("Member of parliament (MP) Kevin Conolly said it was a sad day.", "said", "Member of parliament (MP) Kevin Conolly", False),
    ('COVID-19 was previously announced to be a "pandemic" by the World Health Organization.', "was previously announced",
     "the World Health Organization", False),
    ("MPs accused officials of having cosy relationships.", "accused", "MPs", True),
    ("The government issued a statement agreeing the issue should be decided by Congress.", "agreeing", "The government", False),
    ("The Institute of Epidemiology, Disease Control and Research reported 11 cases.", "reported",
     "Disease Control and Research", False),
    ("An older friend bought it, officials said. Rittenhouse was not old enough. He claimed he had a friend buy it.",
     "claimed", "He", False),
])
def test_cues_found_after_check_set_8(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


@pytest.mark.parametrize("text", [
    "One of his lawyers posted a photo to Twitter.",
    "The process had not yet been announced.",
    "It would remove people who had been accused of crimes.",
    "The people can alone declare its true meaning.",
    "Speaking slowly helps."
])
def test_not_attributions_after_check_set_8(text):
    assert_no_attributions(text)


# --- rules added after the ninth blind check set -----------------------------------------------

@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("Reports as of Wednesday said 300 cars had been damaged.", "said", "Reports", True),
    ("Indeed, News 12 reported, only buildings near the break were dry.", "reported", "News 12", False),
    ('Member of Parliament (MP) Yvette Cooper of the Labour Party added, "He is wrong."', "added",
     "Member of Parliament (MP) Yvette Cooper of the Labour Party", False),
    ('"They are popular," West agreed.', "agreed", "West", False),
    ("The advocates of the constitution say we must trust the rulers.", "say", "The advocates of the constitution", True),
    ("He spoke to reporters and said the plan had failed.", "said", "He", False),
])
def test_cues_found_after_check_set_9(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


@pytest.mark.parametrize("text", [
    "Corbyn wants to cancel the vote and argue about it for years.",
    "Children do their socializing by sending written messages.",
    "Putin flew to the city, observing the rescue mission.",
    "They agreed to meet on Friday.",
])
def test_not_attributions_after_check_set_9(text):
    assert_no_attributions(text)


@pytest.mark.parametrize("text,cue", [
    ("By reports he secured five delegates.", "By reports"),
    ("The outbreak had, by reports, infected 4,200 people.", "by reports"),
])
def test_by_reports_is_an_impersonal_cue(text, cue):
    r = one(text)
    assert r.cue == cue and r.anonymous and r.source_form == "impersonal"


def test_agent_after_a_time_phrase_and_phone_calls():
    r = one("The death of Walter Munk was announced on Friday by the University of California.")
    assert r.source == "the University of California" and not r.anonymous
    assert attributions("A mother called the police on Sunday.").empty
    assert attributions("They found the businesses the people had called.").empty
    assert attributions("He was hit by reports of fraud.").empty


# --- rules added after the tenth blind check set -----------------------------------------------

@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("According to the WHO, cases rose.", "According to", "the WHO", False),
    ("The WHO said cases rose.", "said", "The WHO", False),
    ('As Stewart Baker, the former counsel at the NSA, put it in the aftermath: "Data tells all."', "put",
     "Stewart Baker", False),
    ("Though nominated, Day personally considered her best role to be Ruth Etting.", "considered", "Day", False),
])
def test_cues_found_after_check_set_10(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


def test_naming_participle_after_a_comma_is_not_an_attribution():
    assert attributions("He crossed the Channel on a device attached to his feet, called Flyboard Air.").empty


def test_progressive_subject_span_stops_before_the_auxiliary():
    r = one("The head of the agency is saying that the vaccine works.")
    assert r.source == "The head of the agency"


# --- rules added after the eleventh and twelfth blind check sets -------------------------------

@pytest.mark.parametrize("text,cue,source,anonymous", [
    # a quantifier subject with an -ed cue ("some reported", "many reported")
    ("Some reported wanting to draft new articles.", "reported", "Some", True),
    ("Many reported seeing smoke over the harbour.", "reported", "Many", True),
    # the noun phrase of an absolute "with" clause speaks, whatever follows the participle
    ("The ferry was cancelled, with officials reporting at the time 40 passengers stranded.", "reporting",
     "officials", True),
    ("The mill closed, with local press reporting in 2004 that a buyer had been found.", "reporting",
     "local press", True),
    # an inversion whose noun phrase is followed by the person's name
    ("The court may not judge motives, argued the council's lawyer, Petra Lindqvist.", "argued",
     "Petra Lindqvist", False),
    # "widely" before a passive cue: an impersonal attribution to many unnamed people
    ("He is widely suspected of delaying the vote.", "is widely suspected", None, True),
    # a participle phrase after the subject belongs to the subject
    ("Councillors supporting the levy argued it would fund the library.", "argued",
     "Councillors supporting the levy", True),
    # kin and document nouns
    ("The singer died on Friday, his family reported.", "reported", "his family", False),
    ("The summary of the ruling read in part: \"The appeal is dismissed.\"", "read", "The summary of the ruling", False),
    ("The firm released a statement which read, in part, \"We regret the delay.\"", "read", "a statement", False),
    # a sentence-initial name whose first letters spell a common word ("Fonda" is not "fond")
    ("Fonda told an interviewer: \"The leaves are harmful.\"", "told", "Fonda", False),
    # guarded verbs that need their own complement clause
    ("The study found that the eels returned in spring.", "found", "The study", False),
    ("The appeals court also ruled on Monday, finding that the fine was lawful.", "finding",
     "The appeals court", False),
    ("She informed police she had left the country.", "informed", "She", False),
    ("But Okafor accepted that the odds were long.", "accepted", "Okafor", False),
    ("The committee has recommended that the request be granted.", "recommended", "The committee", False),
    ("The High Court of Tarland ruled on March 3 the closure was unlawful.", "ruled", "The High Court of Tarland", False),
    ("The tribunal ruled that the dismissal was unfair.", "ruled", "The tribunal", False),
])
def test_cues_found_after_check_sets_11_and_12(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


@pytest.mark.parametrize("text,cues", [
    ("Some reported cases were mild.", []),  # an adjectival participle after a quantifier
    ("She won the seat, with analysts reporting to the board.", []),  # a recipient, no content
    ("The film was widely praised.", []),  # a guarded evaluation verb without content
    ("It could earn $40m a year, said a Harbour Trust report.", ["said"]),  # 'a <Name> report': a noun
    ("In a KTV report in March, the chief executive stated nothing new.", ["stated"]),
    ("The team found that a small fish called the sand goby had returned.", ["found"]),  # naming, not speech
    ("He informed them of the decision.", []),
    ("They accepted the award.", []),
    ("Police found the car in a river.", []),
    ("In what Mason called \"the first map\", his team found bacteria at the station.", ["called"]),
    ("The Supreme Court ruled on the appeal of that decision.", []),
    ("Mugabe ruled Zimbabwe for decades.", []),  # only a court's or judge's ruling reports a decision
    ("He ruled out the idea.", []),
])
def test_not_attributions_after_check_sets_11_and_12(text, cues):
    f = attributions(text)
    assert list(f.cue) == cues, f[["cue", "source", "rule"]]


def test_inversion_does_not_take_a_weekday_for_a_name():
    r = one("\"We will win,\" said a spokesman, Tuesday.")
    assert r.source == "a spokesman" and r.anonymous


@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("Spending rose, according to a March 14, 2019 Harbour Trust press release.", "according to",
     "a March 14, 2019 Harbour Trust press release", False),  # a date's comma inside the phrase
    ("Senator Ada Brill spoke on Channel 9, \"This will lead to a shortage.\"", "spoke", "Senator Ada Brill", False),
    ("\"The levy is unlawful,\" the court found.", "found", "the court", False),
])
def test_more_cues_found_after_check_set_12(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


@pytest.mark.parametrize("text", [
    "The film Just Don't Tell Anyone was released on Saturday.",
    "The documentary Just don't tell anyone was released.",  # a contracted negative is one token
    "He didn't tell anyone about it.",
    "The mayor did not concede or admit defeat.",  # the negation covers both coordinated verbs
    "Police would not confirm or deny the report.",
    "He spoke to the crowd, then left.",
])
def test_negated_and_contentless_cues_after_check_set_12(text):
    assert_no_attributions(text)


@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("Global wheat output is forecast to reach 800m tonnes by 2030.", "is forecast", None, True),
    ("His lawyers have claimed the defendant acted in self defence.", "claimed", "His lawyers", False),
    ("Okafor's lawyers argued the fine was too high.", "argued", "Okafor's lawyers", False),
    ("Mendes' lawyers argued the fine was too high.", "argued", "Mendes' lawyers", False),  # plural possessive
    ("The lawyers said the fine was too high.", "said", "The lawyers", True),  # no possessive: unnamed
    ("There were pleas for leniency from her lawyers, who argued her history of illness.", "argued",
     "her lawyers", False),  # "who" refers to the object of the last preposition
    ("Per reports, the captain died within two years.", "Per", "reports", True),
    ("The ferry was delayed, per the Harbour Authority's notice.", "per", "the Harbour Authority's notice", False),
])
def test_cues_and_types_after_check_sets_4_to_8(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


@pytest.mark.parametrize("text", [
    "It costs $5 per person.",
    "Per capita income rose.",
    "Seven people listened. Per person, that amounted to 25,000 words.",
    "The weather forecast was grim.",
])
def test_per_as_a_rate_is_not_an_attribution(text):
    assert_no_attributions(text)


def test_a_plural_possessor_is_not_the_head_of_the_source():
    r = attributions("The officials' spokesman said the fine was too high.").iloc[0]
    assert r.source == "The officials' spokesman" and r.source_form == "unnamed_individual"


@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("The lead author, Nick Hawco of Tarland University, said the lava was hot.", "said",
     "The lead author, Nick Hawco of Tarland University", False),  # a name before "of <organisation>"
    ("Ivan's condition was on Wednesday reported to be stable.", "was on Wednesday reported", None, True),
    ("Experts attribute this to human activity.", "attribute", "Experts", True),
    ("Security sources have ascribed the explosion to sabotage.", "ascribed", "Security sources", True),
    ("He won, according to projections by CNN and NPR.", "according to", "projections by CNN and NPR", False),
    ("It killed 62, according to government reports.", "according to", "government reports", False),
    ("It killed 62, according to media reports.", "according to", "media reports", True),
    ("It killed 62, according to estimates.", "according to", "estimates", True),
])
def test_cues_and_types_after_check_sets_9_and_10(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


def test_attribute_needs_an_object_and_to():
    assert attributions("The quote is attributed to Lincoln.").empty
    assert attributions("Another attack ascribed to the rebels killed five.").empty


@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("New research from the Harbour Agency shows that coal use is rising.", "shows",
     "New research from the Harbour Agency", False),
    ("Previous studies have shown that the glue is strong.", "shown", "Previous studies", True),
    ("Coal will rival oil, according to the world's leading authority on energy.", "according to",
     "the world's leading authority on energy", False),  # a prenominal -ing adjective keeps the head
    ("The ferry sank, according to a tweet on Monday by the harbour master.", "according to", "a tweet", False),
])
def test_cues_and_types_after_check_set_8_review(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


@pytest.mark.parametrize("text", [
    "It shows that any country can act.",  # an inanimate pronoun: the author's own evidence
    "Those reasons show that such causes are rare.",
    "The photos show the damage.",  # no that-clause
])
def test_show_needs_a_source_and_a_that_clause(text):
    assert_no_attributions(text)


def test_a_reduced_relative_after_those_stays_a_post_modifier():
    r = one("The power of metadata was understood by those gathering the information.")
    assert r.anonymous and r.source_form in ("impersonal", "unnamed_group", "vague")


@pytest.mark.parametrize("text,cue,source", [
    ("Police believe him to be aged 25.", "believe", "Police"),
    ("The agency said they believe gas, which leaks often in the city, was the cause.", "believe", "they"),
    ("Experts believe climate change is real.", "believe", "Experts"),
])
def test_belief_with_a_clause_without_that(text, cue, source):
    f = attributions(text)
    assert source in list(f[f.cue == cue].source), f[["cue", "source", "rule"]]


@pytest.mark.parametrize("text", ["Officials believe the story.", "Officials believe the story, which was false.",
                                  "Many believe in God."])
def test_belief_without_a_clause_is_not_an_attribution(text):
    assert_no_attributions(text)


@pytest.mark.parametrize("text,cues", [
    ("That year's flu was commonly called \"swine flu.\"", []),  # a habitual name
    ("Instead, they are called \"U.S. nationals\" on their passports.", []),
    ("These responses are sometimes described together as the \"diving reflex\".", []),
    ("The danger cannot be fully understood unless they are viewed together.", []),  # a modal passive
    ("He confessed to what has widely been called an honour killing.", ["confessed", "been called"]),
    ("The camps have been called \"scum villages\" by critics.", ["been called"]),
])
def test_naming_passives(text, cues):
    assert list(attributions(text).cue) == cues, attributions(text)[["cue", "source", "rule"]]


def test_subject_before_an_adverbial_in_ing_phrase():
    r = one("Assembly president Rina Ferrand in relaying the news to parliament said the vote would wait.")
    assert r.source == "Assembly president Rina Ferrand" and not r.anonymous


# --- rules added after the thirteenth blind check set ------------------------------------------

@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("Five were rescued while the rest are presumed dead.", "are presumed", None, True),
    ("No cause was named, though it was intimated there were no signs of an explosion.", "was intimated", None, True),
    ("That fear is being blamed for a rise in illness.", "being blamed", None, True),
    ("Mr Oda blames the pressure to match colleagues.", "blames", "Mr Oda", False),
    ("The ministry justified the strike as \"defensive\" in nature.", "justified", "The ministry", False),
    ("The seaman was identified as Jon Pike by a Coast Guard spokesperson.", "was identified",
     "a Coast Guard spokesperson", True),
    ("President Lena Ruiz elaborated, \"A state must protect its citizens.\"", "elaborated", "President Lena Ruiz", False),
    ("While current consensus among scientists says birds evolved from dinosaurs, doubts remain.", "says",
     "current consensus among scientists", True),
    ("A Harbour Times reporter noted the ferry was late.", "noted", "A Harbour Times reporter", True),
    ("It is an insult, as quoted by Greek Reporter.", "quoted", "Greek Reporter", False),  # a capitalised outlet name
    ("The Revolutionary Guard Corps (RGC), which includes the Quds Force, declared that he was killed.", "declared",
     "The Revolutionary Guard Corps (RGC)", False),
    ("Nationally, President Ivo Petrov declared workers would continue to be paid.", "declared", "President Ivo Petrov", False),
    ("Harbour chief Joel Marsh was forced to admit that sales had fallen.", "admit", "Harbour chief Joel Marsh", False),
    ("Despite studies suggesting that longer hours do not help, people work late.", "suggesting", "Despite studies", True),
    ("It is admitted, that the laws could restore the rights.", "is admitted", None, True),
    ("It is agreed on all sides, that numbers are the best scale of wealth.", "is agreed", None, True),
])
def test_cues_found_after_check_set_13(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


@pytest.mark.parametrize("text,cues", [
    ("The body was identified as a man.", []),  # identify: only a passive with an agent
    ("Few studies have identified the exact nature of the bonds.", []),
    ("He justified the cost.", []),
    ("An officer noted local news reports said she was ill.", ["noted", "said"]),  # "reports" is the subject noun
    ("The mayor insists the budget include funding for the wall, one of his campaign promises.", ["insists"]),
    ("On Friday, the president declared a state of emergency so he could begin the work.", []),
    ("As it is by comparison only that men estimate the value of any good, they are not content.", []),
])
def test_not_attributions_after_check_set_13(text, cues):
    assert list(attributions(text).cue) == cues, attributions(text)[["cue", "source", "rule"]]


def test_he_refers_to_a_named_subject_in_the_paragraph_before_an_older_source():
    text = ("An agency reporter said the widow was ill.\n\nOkonjo was serving his third term. "
            "His decision led to tensions. The constitution was changed, before he announced he would stand down.")
    f = attributions(text)
    row = f[f.cue == "announced"].iloc[0]
    assert not row.anonymous


@pytest.mark.parametrize("text,cue,source", [
    ("\"Get out,\" she shouted.", "shouted", "she"),  # a manner verb after a quotation
    ("\"We won,\" he whispered to the crowd.", "whispered", "he"),
    ("He reiterated that the plan was sound.", "reiterated", "He"),  # T: with its own complement
    ("The minister repeated: \"No comment.\"", "repeated", "The minister"),
    ("Analysts reckon the fund will close.", "reckon", "Analysts"),  # C: a cognition verb with a clause
])
def test_verbs_of_the_common_reporting_lists(text, cue, source):
    f = attributions(text)
    assert list(f.cue) == [cue] and list(f.source) == [source], f[["cue", "source", "rule"]]


@pytest.mark.parametrize("text", [
    "Please submit the form by Friday.",  # T verbs need their own complement
    "\"It is late,\" he said, granting the point.",
    "Thousands marched, protesting the decision.",
    "The minister repeated the mistake.",
    "Analysts reckon with a delay.",
])
def test_guarded_verbs_of_the_common_lists_need_content(text):
    f = attributions(text)
    assert set(f.cue) <= {"said"}, f[["cue", "source", "rule"]]


@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("Other Republicans have urged him to move forward.", "urged", "Other Republicans", True),
    ("Senior Democrats said the vote would wait.", "said", "Senior Democrats", True),
    ("Business Insider reported that the strikes were carried out by sympathizers.", "reported", "Business Insider", False),
    ("Ruiz, also on Twitter, defended his decision, \"As I have said before, we will act.\"", "defended", "Ruiz", False),
    ("The ministry justified the strike, which the president approved, as \"defensive\" in nature.", "justified",
     "The ministry", False),
])
def test_cues_and_types_after_check_sets_11_to_13_review(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


def test_a_quotation_continued_after_an_inversion_keeps_the_inverted_source():
    r = one("\"We will win,\" said the minister, \"and soon.\"")
    assert r.source == "the minister" and r.rule == "inverted"
    assert attributions("He defended his title.").empty


def test_a_long_source_phrase_is_taken_whole_and_its_pronouns_follow_it():
    text = ("In a study published on Wednesday, researchers from the University of Tarland at Eastport (UTE) in Tarland "
            "and the College of Wexby in Ohio reported a new mechanism. From this, they concluded that warm water was "
            "reaching the ice.")
    f = attributions(text)
    assert list(f.cue) == ["reported", "concluded"]
    assert f.iloc[0].source.startswith("researchers from the University of Tarland") and f.iloc[0].anonymous
    assert f.iloc[1].anonymous and f.iloc[1].source_id == f.iloc[0].source_id


# --- rules added after the fourteenth blind check set ------------------------------------------

@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("But we are told that the plan is impracticable.", "are told", None, True),
    ("After being told for the tenth time that the ale was too dark, she left.", "being told", None, True),
    ("Many people seem to be convinced that the charter is flawed.", "be convinced", "Many people", True),
    ("The brewery owes much to Freja Lund, a bar worker who says she was fed up.", "says", "Freja Lund", False),
    ("Remarked Harbour Trust scientist Tora Vik: \"It is good news.\"", "Remarked", "Harbour Trust scientist Tora Vik", False),
    ("\"We comply with the order,\" the party informed the press.", "informed", "the party", False),
    ("The advisory also noted dangerous surf conditions.", "noted", "The advisory", False),
    ("According to the former, letters could be granted.", "According to", "the former", False),
    ("Lund et al cite research from 2014 showing sponges survive.", "cite", "Lund et al", False),
    ("Members attacked the inquiry, with Sam Kerr of Ohio calling it \"Soviet-style\".", "calling", "Sam Kerr of Ohio", False),
    ("They mapped the results, which they reckoned were closer to the true case.", "reckoned", "they", False),
])
def test_cues_found_after_check_set_14(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


@pytest.mark.parametrize("text", [
    "The party did not immediately announce whom they would support.",
    "Does he believe that things have changed?",  # a question reports nothing
    "The biggest lie being told by the council is that the bridge is safe.",
    "Residents were told to stay off the roads.",
])
def test_not_attributions_after_check_set_14(text):
    assert_no_attributions(text)


def test_issued_a_statement_is_a_cue_when_no_verb_carries_the_sentence():
    text = ("The Department issued a statement that an inmate had been stabbed: \"There was an assault.\" "
            "They also said they had found the attacker.")
    f = attributions(text)
    assert list(f.cue) == ["issued a statement", "said"]
    assert f.iloc[0].rule == "issued_statement" and f.iloc[0].source == "The Department" and not f.iloc[0].anonymous
    assert not f.iloc[1].anonymous and f.iloc[1].source_id == f.iloc[0].source_id  # "They" is the Department
    r = one("The palace issued the following statement from the king: \"She gave up her title.\"")
    assert r.cue == "issued the following statement" and r.source == "The palace"


def test_every_sourcing_rule_has_a_description_for_the_highlighted_view():
    import re
    from pathlib import Path

    from analysis.highlight import SOURCING_RULES
    code = (Path(__file__).resolve().parents[1] / "analysis" / "sourcing.py").read_text(encoding="utf-8")
    emitted = set(re.findall(r', "([a-z_]+)", voice=', code)) | set(re.findall(r'rule = "([a-z_]+)"', code))
    assert emitted and emitted <= set(SOURCING_RULES), emitted - set(SOURCING_RULES)


@pytest.mark.parametrize("text,cue,source", [
    ("Professor Ana Ruiz, who runs a \"critical cargo\" company called SkyHaul, said that flying was hard.", "said",
     "Professor Ana Ruiz"),  # a quoted phrase inside the appositive
    ("Jon Hale, director of law for People for Animals (PFA), which leads campaigns, said: \"It is a scandal.\"", "said",
     "Jon Hale, director of law for People for Animals (PFA)"),  # a parenthesis before a relative clause
])
def test_long_appositives_with_quotes_parentheses_and_relative_clauses(text, cue, source):
    f = attributions(text)
    assert list(f.cue) == [cue] and list(f.source) == [source] and not f.iloc[0].anonymous, f[["cue", "source", "rule"]]


def test_other_names_are_not_attributions():
    assert attributions("The algae, also called green algae, spread fast.").empty
    assert attributions("She founded a company called SkyHaul.").empty


@pytest.mark.parametrize("text,cue,source", [
    ("It cited the Air Force as stating the airline owned the plane.", "as stating", "the Air Force"),
    ("Only 1.8% of children are regular users, the Harbour study found.", "found", "the Harbour study"),
    ("He quipped \"I still have dust in my shoes.\"", "quipped", "He"),  # a manner verb before a quotation
    ("\"Nice,\" he quipped.", "quipped", "he"),  # ... or after one, with its subject
])
def test_cues_found_in_the_review_of_sets_1_to_9(text, cue, source):
    f = attributions(text)
    row = f[f.cue == cue]
    assert len(row) == 1 and row.iloc[0].source == source, f[["cue", "source", "rule"]]


def test_manner_verbs_and_back_references_without_quotations_are_not_cues():
    assert attributions("He grinned and left.").empty
    assert attributions("The number is one fifth of that in the State last mentioned.").empty


# --- rules added after the fifteenth blind check set -------------------------------------------

@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("Police issued warrants for 36 people believed to have been involved in the theft.", "believed", None, True),
    ("In Science Advances, researchers from the Tarland Institute (TI) and Wexby University, both in Ohio, "
     "reported a new coating.", "reported", "researchers from the Tarland Institute (TI) and Wexby University", True),
    ("Although its winds are only predicted to reach 75 mph, a warning was issued.", "are only predicted", None, True),
    ("The region may not cope, according to mountain geographer and environmentalist, Alton Byers.", "according to",
     "Alton Byers", False),
    ("Matovic posted a message on Facebook on Friday announcing he had tested positive.", "announcing", "Matovic", False),
    ("The research indicates that fewer clouds form.", "indicates", "The research", False),  # identified research
    ("Research shows that fewer clouds form.", "shows", "Research", True),  # unidentified research
    ("According to a court clerk, arguments would be heard soon.", "According to", "a court clerk", True),
    ("In August, Anwar Azeem tried to free him by saying she forgave him.", "saying", "Anwar Azeem", False),
])
def test_cues_and_types_after_check_set_15(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


@pytest.mark.parametrize("text", [
    "Baker was widely known as the drummer of the band.",  # fame, not a report
    "Anyone with information should contact police by calling 101.",  # means, not content
    "His daughter confirmed the death without elaborating.",
    "According to the rules, Smith won.",
])
def test_not_cues_after_check_set_15(text):
    f = attributions(text)
    assert set(f.cue) <= {"confirmed"}, f[["cue", "source", "rule"]]


@pytest.mark.parametrize("text,cue", [
    ("It is feared that the bridge will close.", "is feared"),
    ("It is hoped that talks will resume.", "is hoped"),
    ("It is suspected that the fire was set.", "is suspected"),
    ("It is supposed that the bridge will close.", "is supposed"),
    ("The minister is feared to have died.", "is feared"),  # raising: many fear it
    ("The driver is suspected to have fled.", "is suspected"),
    ("Five climbers are feared dead.", "are feared"),  # "feared dead/missing": many fear it
])
def test_impersonal_passives_of_belief(text, cue):
    r = one(text)
    assert r.cue == cue and r.anonymous and r.source_form == "impersonal"


@pytest.mark.parametrize("text", [
    "He is supposed to arrive at noon.",  # obligation
    "The Speaker automatically assumes the presidency if the President is killed.",
])
def test_belief_verbs_without_a_reported_belief(text):
    assert_no_attributions(text)


@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("Investigators believe the fire started in the kitchen.", "believe", "Investigators", True),
    ("An internal memo obtained by the Harbour Times shows that staff were warned.", "shows",
     "An internal memo obtained by the Harbour Times", False),
    ("Those present said the meeting was tense.", "said", "Those present", True),
    ("Those close to him said he was tired.", "said", "Those close to him", True),
])
def test_common_news_constructions(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


def test_belief_with_a_noun_object_is_not_an_attribution():
    assert attributions("Officials believe the reported figures.").empty


@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("One senior Republican, who spoke on condition of anonymity, said the bill was dead.", "said",
     "One senior Republican", True),  # one unnamed party member
    ("A Conservative MP said the vote would fail.", "said", "A Conservative MP", True),
    ("The Harbour Times understands that the deal has been signed.", "understands", "The Harbour Times", False),
    ("Many have questioned whether the policy works.", "questioned", "Many", True),
    ("A second source corroborated the account.", "corroborated", "A second source", True),
])
def test_anonymous_source_constructions_of_news_columns(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


@pytest.mark.parametrize("text", ["He questioned the witness.", "The questioned files were lost.",
                                  "I understand that it rained."])
def test_question_and_understand_need_content_and_a_third_party(text):
    assert_no_attributions(text)


@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("A former official who worked with him recalled that he was difficult.", "recalled", "A former official", True),
    ("Those who know him say he is stubborn.", "say", "Those who know him", True),
    ("His allies insist he did nothing wrong.", "insist", "His allies", True),
    ("Polls show the race is tight.", "show", "Polls", True),  # unidentified polls, like "studies show"
    ("According to polls by Gallup, the race is tight.", "According to", "polls by Gallup", False),
])
def test_relative_clauses_allies_and_polls(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


def test_an_object_pronoun_before_a_bare_infinitive_is_the_speaker():
    f = attributions("I have heard them say that packages are light.")
    assert list(f.cue) == ["say"] and list(f.source) == ["them"]


@pytest.mark.parametrize("text,source", [
    ("One Western official put it bluntly: the deal is dead.", "One Western official"),
    ("She put it simply: \"We lost.\"", "She"),
])
def test_put_it_before_a_colon(text, source):
    r = one(text)
    assert r.cue == "put" and r.source == source and r.rule == "as_put_it"
    assert attributions("He put it on the table.").empty


@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("The move, first reported by the Financial Times, surprised investors.", "reported", "the Financial Times", False),
    ("A cargo plane, reported by local press as belonging to the army, crashed.", "reported", "local press", True),
    ("The claim was denied by the White House.", "was denied", "the White House", False),
])
def test_passives_with_agents_in_appositives_and_denials(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)
    assert attributions("The plane, owned by the firm, crashed.").empty


# --- rules from probes of common news and column phrasing (project-written sentences) ---------

@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("Two people briefed on the matter, who were not authorized to speak publicly, said the deal was close.", "said",
     "Two people briefed on the matter", True),
    ("A friend of the family, who asked that her name not be used, said the boy was shy.", "said",
     "A friend of the family", True),
    ("A friend, who asked not to be named, said the boy was shy.", "said", "A friend", True),
    ("Emails reviewed by the Harbour Times indicate that staff were warned.", "indicate",
     "Emails reviewed by the Harbour Times", False),
    ("A draft of the report, seen by Reuters, says growth will slow.", "says", "A draft of the report", False),
    ("The columnist Georgia Will once wrote that politics follows culture.", "wrote", "The columnist Georgia Will", False),
    ("Prime Minister Theresa May said the talks were over.", "said", "Prime Minister Theresa May", False),
    ("It emerged on Friday that the minister had resigned.", "It emerged", None, True),
    ("Critics point out that crime has fallen.", "point out", "Critics", True),
    ("Defenders of the policy point out that crime has fallen.", "point out", "Defenders of the policy", True),
])
def test_common_news_phrasing(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


@pytest.mark.parametrize("text", ["A new star emerged from the cloud.", "The point is that crime fell.",
                                  "Congress may declare war.", "He asked that his name not be used."])
def test_not_attributions_in_common_news_phrasing(text):
    assert_no_attributions(text)


# --- rules from probes of column phrasing (project-written sentences, session 4) ---------------

@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("A person who has spoken with the president said he was unmoved.", "said",
     "A person who has spoken with the president", True),  # the relative clause's object is not the source
    ("A friend of mine who works in the ministry told me the mood is grim.", "told",
     "A friend of mine who works in the ministry", True),
    ("A study published last month found that the drug cut deaths by a third.", "found",
     "A study published last month", False),  # a reduced relative after the head noun
    ("Residents interviewed by the council said the water was brown.", "said",
     "Residents interviewed by the council", True),
    ("A university student named Wong said the rain was heavy.", "said", "Wong", False),  # a name, not a modifier
])
def test_subjects_with_relative_clauses_and_participle_phrases(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


def test_a_finite_verb_or_an_object_relative_is_no_modified_subject():
    f = attributions("His family members filed a missing persons report, according to the police.")
    assert list(f.cue) == ["according to"]
    assert_one_cue("The ruling made proclamations which analysts say could matter.", "say", "analysts", True)
    assert_one_cue("He is the official who the minister said was responsible.", "said", "the minister", False)


@pytest.mark.parametrize("text,cue", [
    ("I'm told that the minister has already made up her mind.", "told"),
    ("I am told the minister has decided.", "am told"),
    ("I have been told that the vote will be close.", "been told"),
    ("I've been told the vote will be close.", "been told"),
])
def test_the_writer_told_by_an_unnamed_teller_is_impersonal_and_anonymous(text, cue):
    r = one(text)
    assert r.cue == cue and r.anonymous and pd.isna(r.source) and r.rule == "impersonal_passive"


@pytest.mark.parametrize("text", ["I was told to leave.", "I was told off by the teacher."])
def test_told_without_content_is_no_attribution(text):
    assert_no_attributions(text)


def test_in_the_words_of_names_the_source():
    r = one("In the words of one veteran negotiator, nobody trusts anybody.")
    assert r.cue == "In the words of" and r.source == "one veteran negotiator" and r.anonymous
    assert r.rule == "in_the_words_of"
    assert not one("In the words of Churchill, this is not the end.").anonymous
    assert_no_attributions("In other words, the plan failed.")
    assert_no_attributions("He chose his words carefully.")


@pytest.mark.parametrize("text,source", [
    ("Many Americans believe the country is on the wrong track.", "Many Americans"),
    ("Most Britons think the monarchy is safe.", "Most Britons"),
    ("Muslims say the law is unfair.", "Muslims"),
])
def test_capitalised_plurals_of_nationality_and_faith_are_unnamed_groups(text, source):
    r = one(text)
    assert r.source == source and r.anonymous and r.source_form == "unnamed_group"


def test_an_agent_of_the_infinitive_is_not_the_source_of_said():
    r = one("Senior Democrats are said to be alarmed by the polls.")
    assert r.cue == "are said" and pd.isna(r.source) and r.anonymous
    r = one('The disease was announced to be a "pandemic" by the World Health Organization.')
    assert r.source == "the World Health Organization" and not r.anonymous


@pytest.mark.parametrize("text,cue,source", [
    ("The minister was quick to point out that unemployment had fallen.", "point out", "The minister"),
    ("He was careful to stress that no decision had been made.", "stress", "He"),
    ("Officials were at pains to emphasise that the plant is safe.", "emphasise", "Officials"),
    ("She continued to report that the river was rising.", "report", "She"),
])
def test_infinitives_of_statements_made(text, cue, source):
    r = one(text)
    assert r.cue == cue and r.source == source


@pytest.mark.parametrize("text", ["She declined to say whether she would run.", "She plans to announce that she is running.",
                                  "He was happy to say goodbye."])
def test_infinitives_of_intent_stay_unattributed(text):
    assert_no_attributions(text)


def test_holds_that_only_with_its_clause():
    r = one("The court held that the law was unconstitutional.")
    assert r.cue == "held" and r.source == "The court" and not r.anonymous
    assert_no_attributions('Protesters held "Free Tibet" banners.')
    assert_no_attributions("The party held a meeting on Tuesday.")


def test_we_have_told_is_active_not_the_writer_told():
    f = attributions("We've also told Russia that progress is needed.")
    assert "impersonal_passive" not in set(f.rule)


def test_a_free_relative_ends_the_search_for_a_modified_subject():
    assert_one_cue("Officers who helped protect the building in what the President called a disgrace were thanked.",
                   "called", "the President", False)


def test_a_coordinated_statement_infinitive_takes_only_an_earlier_attributions_subject():
    assert_no_attributions("We continue to support the farmers that remain affected and are pleased to announce that aid will grow.")
    assert_one_cue("The United States and Canada are pleased to announce that they have agreed on a framework.",
                   "announce", "The United States and Canada", False)


def test_should_expect_is_no_forecast():
    assert_no_attributions("The president was asked whether Americans should expect more guidelines.")


@pytest.mark.parametrize("text,source", [
    ("A growing number of economists now think a recession is likely.", "A growing number of economists"),
    ("The majority of economists think a recession is likely.", "The majority of economists"),
    ("A handful of officials said the plan was dead.", "A handful of officials"),
    ("A poll shows the majority of Americans believe the worst is ahead.", "the majority of Americans"),
    ("Some of the Republicans said the bill was dead.", "Some of the Republicans"),
    ("There are those who argue that the war was a mistake.", "those"),
])
def test_quantities_of_unnamed_people_are_anonymous(text, source):
    f = attributions(text)
    row = f[f.source == source]
    assert len(row) == 1 and bool(row.iloc[0].anonymous), f[["cue", "source", "anonymous"]]


def test_a_broadcaster_named_by_its_medium():
    assert_one_cue("State television said the army had taken the city.", "said", "State television", False)
    assert_no_attributions("The stories were read on The Moth Radio Hour, a US radio show.")
    assert_one_cue("The dam is safe, a TV report says.", "says", "a TV report", False)


def test_another_is_one_more_unnamed_person_and_a_relative_clause_is_not_the_source():
    assert_one_cue("Another, who has known the mayor for decades, said she had stopped listening.", "said", "Another", True)
    f = attributions("One official said yes. Another said no.")
    assert list(f.source) == ["One official", "Another"] and f.anonymous.all()
    assert_no_attributions("The President added another $21.5 billion of aid.")


@pytest.mark.parametrize("text,source,anonymous", [
    ("Researchers found viewing fell across all age groups.", "Researchers", True),
    ("The researchers found when fish were plentiful, they would eat algae.", "The researchers", True),
    ("A recent poll found only a quarter of citizens favoured changing the flag.", "A recent poll", False),
    ("The scientists found reduction of crop yields exceeded 10% of 2000 levels.", "The scientists", True),
])
def test_a_study_or_researchers_found_a_clause_without_that(text, source, anonymous):
    r = one(text)
    assert r.cue == "found" and r.source == source and bool(r.anonymous) == anonymous


@pytest.mark.parametrize("text", [
    "Police found the body in a river.", "Investigators found the car parked outside.",
    "Researchers found marine bacteria at South Ferry.", "The study found a link between sleep and memory.",
    "Results showed the flies hovered over both animals.",  # no source noun: an evidential booster at most
    "I wonder what the research shows and what your view is.",
])
def test_found_and_show_with_an_object_or_without_a_source_are_no_attribution(text):
    assert_no_attributions(text)


@pytest.mark.parametrize("text,source,anonymous", [
    ('"We are ready," said the minister to reporters.', "the minister", False),
    ('"It is over," said a spokesman on Tuesday.', "a spokesman", True),
    ('"Thank you all," said Bolden to the gathered crowd.', "Bolden", False),
])
def test_an_inverted_source_may_be_followed_by_an_adjunct_after_a_quotation(text, source, anonymous):
    r = one(text)
    assert r.rule == "inverted" and r.source == source and bool(r.anonymous) == anonymous


def test_a_definite_role_description_after_a_named_speaker_refers_back_to_that_person():
    f = attributions('"The ice is thinning," said study co-author Karen Alley. The Wooster professor added, "We need to know more."')
    assert list(f.source) == ["study co-author Karen Alley", "The Wooster professor"]
    assert not f.anonymous.any() and f.source_id.nunique() == 1
    assert list(f.source_form) == ["named_person", "description"] and list(f.resolved_form) == ["named_person"] * 2


def test_a_definite_description_of_an_earlier_anonymous_source_stays_anonymous():
    f = attributions("A senior official said the talks had stalled. Mayor Ruth Ellison said she was hopeful. "
                     "The official added that a deal was unlikely.")
    assert list(f.anonymous) == [True, False, True]
    assert f.source_id.iloc[0] == f.source_id.iloc[2]
    # with no named speaker just before, a first definite description stays an unnamed individual
    assert bool(one("The official added that a deal was unlikely.").anonymous)


@pytest.mark.parametrize("text,cue,source", [
    ("The bill is expected to reach 110m yen.", "is expected", None),
    ("The painting was expected to sell for about $700,000.", "was expected", None),
    ("The senator is expected to win the nomination.", "is expected", None),
])
def test_is_expected_to_is_an_unnamed_forecast(text, cue, source):
    r = one(text)
    assert r.cue == cue and pd.isna(r.source) and r.anonymous and r.rule == "impersonal_passive"


@pytest.mark.parametrize("text", ["Catholic priests and nuns are expected to notify the authorities.",
                                  "Students are expected to attend every class.", "You are expected to pay.",
                                  "Access to firearms might be expected to contribute to suicide."])
def test_an_obligation_of_a_class_of_people_is_no_forecast(text):
    assert_no_attributions(text)


@pytest.mark.parametrize("text,source", [
    ("In a 2009 poll, 72% of respondents said provenance was the most important factor.", "72% of respondents"),
    ("About 40 percent of Americans say they trust the media.", "40 percent of Americans"),
    ("A third of voters say the economy is the top issue.", "A third of voters"),
    ("The hotel apologised after a diner complained in a blogpost that the dish was fake.", "a diner"),
])
def test_shares_of_people_and_diners_are_unnamed(text, source):
    r = one(text)
    assert r.source == source and r.anonymous


def test_a_time_phrase_is_no_subject_of_a_participle():
    r = one("Several hours after the auction, the auction house issued a brief statement claiming it had won.")
    assert r.cue == "claiming" and not r.anonymous


@pytest.mark.parametrize("text,cue,source", [
    ("The newspaper voiced concerns that the scandal could harm the brand.", "voiced", "The newspaper"),
    ("Gallagher had made it clear before the trip that she had a boyfriend.", "made", "Gallagher"),
    ("The minister has made clear that she will not resign.", "made", "The minister"),
    ('"Droppings!" he enthuses.', "enthuses", "he"),
])
def test_voiced_made_clear_and_enthuses(text, cue, source):
    r = one(text)
    assert r.cue == cue and r.source == source


@pytest.mark.parametrize("text", ["He made a cake.", "She voiced the character in the film.",
                                  "The agency raised its concerns with officials, making clear that it was angry."])
def test_make_and_voice_without_a_statement_are_no_attribution(text):
    assert_no_attributions(text)


def test_a_long_relative_clause_between_commas_keeps_the_subject_before_it():
    r = one("Auctioneer Frederic Thut, owner of the gallery, who had refused all week to divulge the identity of the "
            "seller or how the piece came to be listed for sale through his small gallery, announced that it had been withdrawn.")
    assert r.cue == "announced" and r.source.startswith("Auctioneer Frederic Thut") and not r.anonymous


def test_they_after_two_named_people_refers_to_them():
    f = attributions("Hideo Shiogama and Tomoo Ogura said the explanation was convincing. Scientists at another "
                     "institute, according to a spokesman, were cautious. But they said more work lay ahead.")
    they = f[f.source == "they"].iloc[0]
    first = f[f.source == "Hideo Shiogama and Tomoo Ogura"].iloc[0]
    assert not they.anonymous and they.source_id == first.source_id


def test_a_time_phrase_after_the_cue_is_no_inverted_source():
    assert_one_cue("Dick Durbin, the senator from Illinois, said a couple of hours ago, it looks bad.", "said", "Dick Durbin", False)
    assert_one_cue('"It is over," said one official last week.', "said", "one official", True)


@pytest.mark.parametrize("text,cue,source", [
    ("Her essay makes the case that cities should be denser.", "makes", "Her essay"),
    ("The Congressional Budget Office projects that the debt will double.", "projects", "The Congressional Budget Office"),
    ("Growth is projected to slow.", "is projected", None),
    ("Conservatives like to say that the market knows best.", "say", "Conservatives"),
    ("He used to say that nothing lasts.", "say", "He"),
    ("Detractors call it a boondoggle.", "call", "Detractors"),
    ("The minister called it a disaster.", "called", "The minister"),  # the codebook's own example
    ("Internal documents show the company knew about the flaw.", "show", "Internal documents"),
    ("As one reader reminded me this week, the bridge has been closed for a year.", "reminded", "one reader"),
])
def test_column_phrasing_of_arguments_projections_and_labels(text, cue, source):
    r = one(text)
    assert r.cue == cue and (pd.isna(r.source) if source is None else r.source == source)


@pytest.mark.parametrize("text", ["Let's call it a day.", "She called it quits.", "She reminded me of my aunt.",
                                  "This is a community project that delivers a strong foundation.",
                                  "There are some projects that you will see soon.", "They projected the film onto a wall.",
                                  "I like to think that we won."])
def test_idioms_nouns_and_the_first_person_stay_unattributed(text):
    assert_no_attributions(text)


def test_he_after_an_unnamed_person_introduced_in_the_same_sentence_is_anonymous():
    r = one("When I asked a senior official about the plan, he said it was dead.")
    assert r.source == "he" and r.anonymous
    f = attributions("Martin argues the law is clear. While he believes Harris does not qualify as a natural born "
                     "citizen, he says the courts disagree.")
    assert not f[f.cue == "says"].anonymous.any()  # a predicate noun ("as a ... citizen") is no antecedent


@pytest.mark.parametrize("text,cue", [
    ('"We will not back down," she texted.', "texted"), ("He emailed that the numbers were wrong.", "emailed"),
    ("The minister posted on Facebook that the talks had failed.", "posted"),
])
def test_messages_texted_emailed_and_posted(text, cue):
    assert one(text).cue == cue
    assert_no_attributions("She texted her mother.")
    assert_no_attributions("He posted photos on Instagram.")


def test_an_appositive_subject_before_a_time_phrase():
    assert_one_cue("One activist, Nur Khan Liton, on Sunday told reporters arson had been used.", "told",
                   "One activist, Nur Khan Liton", False)
    assert_one_cue("Baslan Damang, a port security official, on Tuesday told The Jakarta Post the radio was used.", "told",
                   "Baslan Damang", False)


def test_that_as_a_determiner_inside_a_relative_clause_subject():
    assert_one_cue("The public officials who ordered that change claimed they were reducing the lanes.", "claimed",
                   "The public officials who ordered that change", True)


def test_us_in_capitals_is_the_united_states_not_first_person():
    assert_one_cue('Warren thanked Biden for his care for US citizens and said she was "proud".', "said", "Warren", False)
    assert_one_cue("US officials said the talks had failed.", "said", "US officials", True)


@pytest.mark.parametrize("text,source", [('One of them even went as far to say, "I am glad."', "One of them"),
                                         ("He went so far as to say that the plan was illegal.", "He")])
def test_went_as_far_as_to_say(text, source):
    r = one(text)
    assert r.cue == "say" and r.source == source
    assert_no_attributions("He went as far as the river.")


@pytest.mark.parametrize("text", ['He added authorities "are still waiting for updates".', "He added the company would appeal.",
                                  "A UN report eventually concluded evidence supported his account."])
def test_added_and_concluded_with_a_clause_without_that(text):
    assert len(attributions(text)) == 1


@pytest.mark.parametrize("text", ["The chef added salt to the soup.", "The firm added 300 jobs last year.",
                                  '"I knew the record would go if she could maintain her pace", Radcliffe said.'])
def test_added_and_maintain_with_an_object_are_no_attribution(text):
    f = attributions(text)
    assert set(f.cue) <= {"said"}


@pytest.mark.parametrize("text,source", [
    ("Off the back of it, ministers said they were keen to change rules.", "ministers"),
    ("Many of those interviewed in the study said they relied on Facebook.", "Many of those interviewed in the study"),
    ("There was relief: a spate of authoritative polls had said the vote was on a knife-edge.", "a spate of authoritative polls"),
])
def test_unnamed_ministers_those_interviewed_and_a_spate_of_polls(text, source):
    r = one(text)
    assert r.source == source and r.anonymous


def test_a_surname_that_is_also_a_noun_stays_a_name_and_only_reporting_verbs_invert():
    assert_one_cue('Steve Peers of the University of Essex, speaking to the BBC, said, "It is clear."', "said",
                   "Steve Peers of the University of Essex", False)
    assert_one_cue("MOOCs have dire completion rates, observes Brabon.", "observes", "Brabon", False)
    f = attributions("NPR reported the prime minister, a veteran, recommended the troops withdraw.")
    assert "recommended" not in set(f.cue)  # no inversion with a verb that needs "that"


def test_parenthetical_inversions_before_a_quotation_and_writer_nouns():
    assert_one_cue("There were variations but, said Garcia-Moreno, “in every region it is too high”.", "said", "Garcia-Moreno", False)
    assert_one_cue("It is now, says the novelist, “as gone from me as a coin dropped in a river”.", "says", "the novelist", True)
    assert_one_cue("Peter Singer said the argument was sound.", "said", "Peter Singer", False)  # a surname, not a singer
    assert_no_attributions("Voice actor Lauren Landa")


def test_an_age_after_the_name_and_claims_with_a_clause():
    assert_one_cue("Michael Day, 30, who lives with his parents in Bristol, says he is stuck.", "says", "Michael Day", False)
    assert_one_cue("The presentation claims the program is run with the help of the companies.", "claims", "The presentation", False)


@pytest.mark.parametrize("text,source,form", [
    ("Al Gore said the planet was warming.", "Al Gore", "named_person"),
    ("Adam Fox said the test was bogus.", "Adam Fox", "named_person"),
    ("Denzel Washington said he loved the role.", "Denzel Washington", "named_person"),
    ("Fox News said the poll was wrong.", "Fox News", "document"),
    ("The Hindustan Times reported the crash.", "The Hindustan Times", "document"),
])
def test_outlet_words_in_peoples_names(text, source, form):
    r = one(text)
    assert r.source == source and r.source_form == form


def test_relative_pronoun_before_a_parenthetical_and_a_place_before_and():
    assert_one_cue("The news came from the president, Jacob Zuma, who, in a televised address, said Mandela had died.",
                   "said", "Jacob Zuma", False)
    assert_one_cue("A warning covers the coast from Gulfport to New Orleans and other forecasters predicted a surge.",
                   "predicted", "other forecasters", True)
    assert_one_cue('Another allergist, Adam Fox from Guys and St Thomas’ Hospital, said: "I see patients."', "said",
                   "Another allergist, Adam Fox from Guys and St Thomas’ Hospital", False)  # (as "Another doctor, X, said")  # (a plural possessive is no quotation mark)


@pytest.mark.parametrize("text,cue,source", [
    ("Ultimately, McKinlay believes, it’s essential that humans remain in control.", "believes", "McKinlay"),
    ("“We are very proud of this project,” el-Haite said.", "said", "el-Haite"),
    ("Pizzi believes that’s about to change.", "believes", "Pizzi"),
    ("A UN panel considering a new framework for the goals after 2015 said the aim was within reach.", "said",
     "A UN panel considering a new framework for the goals after 2015"),
])
def test_parenthetical_beliefs_particle_names_and_ing_subjects(text, cue, source):
    assert_one_cue(text, cue, source, one(text).anonymous)


def test_a_speech_participle_is_no_modified_subject_and_first_person_stays_out():
    r = one("Germany banned the airline, with officials saying this is for security reasons.")
    assert r.cue == "saying"
    assert_no_attributions("The plan, I think, is fine.")


@pytest.mark.parametrize("text", ["Or does he think that's possible?", "Why does the President think attacks are increasing?"])
def test_a_question_about_a_belief_reports_none(text):
    assert_no_attributions(text)


@pytest.mark.parametrize("text,cue,source", [
    ("Vicki Littman, chairperson of the Food Pantry, which gave out 31,000 parcels in 2015, says demand is rising.", "says",
     "Vicki Littman, chairperson of the Food Pantry"),
    ("“I still have a Blackberry,” says a teenager standing with a circle of friends.", "says",
     "a teenager standing with a circle of friends"),
    ("“Not one of these is a small endeavour,” the site notes.", "notes", "the site"),
    ("Its strategy, published in 2013, argues that the grain could help.", "argues", "Its strategy"),
    ("Sweden is the best country for older people, according to the first global index on ageing.", "according to",
     "the first global index on ageing"),
])
def test_titles_participles_and_documents_from_features(text, cue, source):
    assert_one_cue(text, cue, source, one(text).anonymous)


def test_a_manifesto_posted_online_is_no_attribution():
    assert_no_attributions("Police were investigating whether a manifesto posted online to the board was written by him.")


@pytest.mark.parametrize("text,source", [
    ("Since their discovery, according to the academy, over four thousand exoplanets have been found.", "the academy"),
    ("The museum said the painting was a fake.", "The museum"),
])
def test_institutions_are_named_organisations(text, source):
    r = one(text)
    assert r.source == source and r.source_form == "named_organisation"


@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("A Tory MP told me the mood was mutinous.", "told", "A Tory MP", True),
    ("Rumour has it that the chairman will quit.", "has it that", "Rumour", True),
    ("One account has it that the deal was struck over dinner.", "has it that", "One account", True),
    ("It's said that he never sleeps.", "said", None, True),
    ("By one estimate, the scheme will cost £10bn.", "By one estimate", None, True),
    ("There is, by some estimates, a $40 trillion gap.", "by some estimates", None, True),
])
def test_westminster_and_hearsay_constructions(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


@pytest.mark.parametrize("text", ["He has it that way.", "She had it that day."])
def test_has_it_without_a_clause_is_no_attribution(text):
    assert_no_attributions(text)


@pytest.mark.parametrize("text,cue", [
    ("This is when it was revealed that dozens of restaurants were exposed.", "was revealed"),
    ("It’s estimated that more than 500,000 people have registered.", "estimated"),
])
def test_more_impersonal_passives(text, cue):
    r = one(text)
    assert r.cue == cue and r.anonymous and r.rule == "impersonal_passive"
    assert_no_attributions("It’s reported in 60 countries, including India.")


def test_trade_plurals_and_camel_case_names():
    assert_one_cue("But the paper’s lead author and other conservationists said the animals could thrive.", "said",
                   "other conservationists", True)
    r = one("The total fell to 115 billion minutes in February, according to comScore.")
    assert r.source == "comScore" and not r.anonymous
    assert_no_attributions("Tseng runs a firm called eTranslate, which helps software developers.")


def test_a_long_relative_clause_with_commas_inside_keeps_its_antecedent():
    assert_one_cue("Margaret Aspinall, whose son James, then 18, died at the match, said the families had been forced "
                   "to fight.", "said", "Margaret Aspinall", False)


@pytest.mark.parametrize("text,cue,source", [
    ("But Sam Watt of Vyclone, a phone app that encourages audiences to film at concerts and then brings together the "
     "footage to create a video of the event, said that such artists were fighting a losing battle.", "said", "Sam Watt of Vyclone"),
    ("Others point to a recent US court ruling that said yoga was not linked to faith.", "said", "a recent US court ruling"),
    ("The original inquiry, which ruled in August 1989 that the stories were false, was ignored.", "ruled", "The original inquiry"),
])
def test_long_appositives_relatives_after_a_verb_and_an_inquiry_ruling(text, cue, source):
    assert_one_cue(text, cue, source, False)
    assert "reveal" not in set(attributions(
        "According to the Daily Planet, astronomers were optimistic that the space agency's new telescope — scheduled "
        "for launch in the spring of next year — and the rival agency's 2028 survey program, could reveal more about "
        "distant planets.").cue)  # (a long clause between commas that is no noun phrase)


def test_a_definite_plural_after_two_named_speakers_refers_back_to_them():
    f = attributions("Hideo Shiogama and Tomoo Ogura said the explanation was convincing. "
                     "The researchers added that more work was needed.")
    assert not f.anonymous.any() and f.source_id.nunique() == 1
    f = attributions("Scientists said the explanation was convincing. The researchers added that more work was needed.")
    assert f.anonymous.all()


@pytest.mark.parametrize("text,source,anonymous", [
    ("The company's chief executive said profits would rise.", "The company's chief executive", False),
    ("The prosecutor in the case said the evidence was strong.", "The prosecutor in the case", False),
    ("A prosecutor said the evidence was strong.", "A prosecutor", True),
    ("A team led by Jane Smith found that the drug worked.", "A team led by Jane Smith", False),
    ("The researchers, led by Dr. Jane Smith, found that the drug worked.", "The researchers", False),
    ("Protesters, led by students, said the law was unjust.", "Protesters", True),
    ("This is the report from the CDC, which showed that the vaccine worked.", "the report from the CDC", False),
])
def test_offices_led_by_a_name_and_relative_antecedents(text, source, anonymous):
    r = one(text)
    assert r.source == source and bool(r.anonymous) == anonymous


def test_believe_this_to_be_and_calculations_as_documents():
    assert_one_cue("Polling experts believe this to be unlikely.", "believe", "Polling experts", True)
    assert_one_cue("But the researchers’ calculations suggest that the mirror could offset the cost.", "suggest",
                   "the researchers’ calculations", False)


def test_dash_appositives_and_titles_joined_by_and():
    assert_one_cue("Smith — a veteran of the war — said he was proud.", "said", "Smith", False)
    r = one("The festival era is ending, according to the leading rock promoter and manager Harvey Goldsmith.")
    assert r.source == "the leading rock promoter and manager Harvey Goldsmith" and not r.anonymous
    assert_no_attributions("Well, we — we don’t have new goals — but I would tell you more.")


@pytest.mark.parametrize("text,cue,source,anonymous", [
    ("Others, however, talk about a recent US court ruling that said yoga was not linked to religion.", "said",
     "a recent US court ruling", False),
    ("The Hotel Okura chain – whose guests have included presidents – said it had injected beef with fat.", "said",
     "The Hotel Okura chain", False),
    ("Archbishop Desmond Tutu, said: “He restored our faith.”", "said", "Archbishop Desmond Tutu", False),
    ("Forecasters now believe their preferences to be a better guide to the future.", "believe", "Forecasters", True),
])
def test_stray_commas_dash_relatives_and_believe_x_to_be(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


@pytest.mark.parametrize("text,cue,source", [
    ("He believes the region needs a couple more observatories.", "believes", "He"),
    ("Researchers believe Erdmann’s grandfather, Richard Platz, threw the bottle in the sea.", "believe", "Researchers"),
    ("The news was announced to the country by the current president, Jacob Zuma.", "was announced", "the current president"),
])
def test_present_and_irregular_clauses_after_believe_and_an_agent_after_a_recipient(text, cue, source):
    r = one(text)
    assert r.cue == cue and r.source == source
    assert_no_attributions("The theft was reported to the police.")
    assert_no_attributions("They believe the sales figures.")


@pytest.mark.parametrize("text", ["Rhino horn is sold as a traditional medicine believed to cure everything.",
                                  "The blow, believed to be from a halberd, killed him.",
                                  "The man, said to be 40, was arrested."])
def test_reduced_relatives_of_belief_with_any_verb_and_after_a_comma(text):
    r = one(text)
    assert r.rule == "impersonal_passive" and r.anonymous
    assert_no_attributions("We bring real thought to what the asks are.")


@pytest.mark.parametrize("text", ["A similar decrease is expected in 2013 and 2014.", "A decision is expected next week.",
                                  "The verdict is expected soon."])
def test_is_expected_with_a_time_is_an_unnamed_forecast(text):
    r = one(text)
    assert r.cue == "is expected" and r.anonymous and r.rule == "impersonal_passive"
    assert_no_attributions("He is expected in court on Monday.")


def test_a_reduced_relative_expected_to_is_an_unnamed_forecast():
    r = one("Production stays, with market sales expected to cover the price in the long run.")
    assert r.cue == "expected" and r.anonymous and r.rule == "impersonal_passive"
    assert_no_attributions("The storm, as expected, hit land.")


# -- session 5: column phrasing probes and check set 18

@pytest.mark.parametrize("text,source", [
    ("Those around him insist the decision has not been made.", "Those around him"),
    ("Officials close to him said the talks had stalled.", "Officials close to him"),
    ("Aides loyal to her argued that the vote was rigged.", "Aides loyal to her"),
])
def test_people_near_someone_are_the_source_not_the_someone(text, source):
    r = one(text)
    assert r.source == source and r.anonymous


def test_an_object_pronoun_ending_a_relative_clause_still_finds_the_subject():
    r = one("A former official who worked with him recalled that he hated meetings.")
    assert r.source == "A former official" and r.anonymous


@pytest.mark.parametrize("text,source", [
    ("A well-placed source in the Treasury put it more bluntly: the money is not there.", "A well-placed source in the Treasury"),
    ("One official put it this way: nobody wants to blink first.", "One official"),
])
def test_put_it_with_manner_words_before_a_colon(text, source):
    r = one(text)
    assert r.cue == "put" and r.source == source and r.anonymous and r.rule == "as_put_it"


def test_put_it_without_a_colon_or_as_is_no_attribution():
    assert_no_attributions("She put it more bluntly than anyone expected.")


def test_in_the_view_of_and_in_the_opinion_of_name_who_holds_the_view():
    r = one("In the view of one senior official, the talks are already dead.")
    assert r.cue == "In the view of" and r.source == "one senior official" and r.anonymous and r.rule == "in_the_view_of"
    r = one("In the opinion of many economists, the cut came too late.")
    assert r.source == "many economists" and r.anonymous
    assert not one("In the view of the Supreme Court, the law is valid.").anonymous
    assert_no_attributions("In the view of the report, the scheme failed.")  # a document holds no view
    assert_no_attributions("The house has a fine view of the harbour.")


@pytest.mark.parametrize("text,source", [
    ("Western intelligence officials assess that the strikes will continue.", "Western intelligence officials"),
    ("Historians have long recognised that the treaty was flawed.", "Historians"),
    ("Economists recognize that the tax falls on renters.", "Economists"),
])
def test_assess_and_recognise_with_their_own_clause_are_beliefs(text, source):
    r = one(text)
    assert r.source == source and r.anonymous


@pytest.mark.parametrize("text", [
    "Inspectors assessed the damage on Tuesday.",
    "Most countries recognised the new government within a week.",
    "She was recognised as the best player of the season.",
    "I recognise that this is hard.",
])
def test_assess_and_recognise_without_a_clause_or_in_first_person_are_no_attribution(text):
    assert_no_attributions(text)


@pytest.mark.parametrize("text,cue", [
    ("The market does not, as is often assumed, reward thrift.", "is often assumed"),
    ("Inflation does not, as is so often claimed, fall on everyone equally.", "is so often claimed"),
])
def test_as_is_often_assumed_is_impersonal(text, cue):
    r = one(text)
    assert r.cue == cue and r.anonymous and pd.isna(r.source) and r.rule == "impersonal_passive"


@pytest.mark.parametrize("text", [
    "He is often described as shy.",
    "The drug is often prescribed for children.",
])
def test_often_without_as_is_no_impersonal_attribution(text):
    assert_no_attributions(text)


@pytest.mark.parametrize("text", [
    "An experienced detective will tell truth from lies only slightly better than chance.",
    "Most people could not tell the twins apart.",
])
def test_telling_things_apart_is_not_speech(text):
    assert_no_attributions(text)


@pytest.mark.parametrize("text,source", [
    ("The minister told reporters from three newspapers that the plan was dead.", "The minister"),
    ('Ms Okafor, a spokeswoman for the council, told the Herald, residents from the estate had been moved.', "Ms Okafor"),
])
def test_told_someone_from_somewhere_is_still_speech(text, source):
    assert one(text).source == source


@pytest.mark.parametrize("text", [
    "The council fitted two buses with sensors called smart counters that measure crowding.",
    'The charity works with a tenants\' group called "Homes First" in the city.',
    "Sometimes they're called gig workers as well.",
    "The unions called a strike for Monday.",
    "The prime minister called a snap election.",
])
def test_naming_and_summoning_calls_are_no_attribution(text):
    assert_no_attributions(text)


@pytest.mark.parametrize("text,source", [
    ("Opponents called the plan a disaster.", "Opponents"),
    ("He always called the plan a disaster.", "He"),
    ('Analysts called the merger "reckless".', "Analysts"),
    ("The news agency called the election for Ms Ortiz shortly after midnight.", "The news agency"),
])
def test_calling_something_something_still_characterises(text, source):
    assert one(text).source == source


@pytest.mark.parametrize("text", [
    "The law lets analysts search the data if they suspect there is a risk.",
    "If officials believe the account, the case will be closed.",
    "Unless the board agrees that the plan is sound, it will fail.",
    "Even if critics say the plan is flawed, it will pass.",
])
def test_a_cue_in_a_condition_reports_nothing(text):
    assert_no_attributions(text)


@pytest.mark.parametrize("text,source", [
    ("Officials said that if investors believe the forecast, prices will rise.", "Officials"),
    ("As officials say, if the vote fails, the plan dies.", "officials"),
])
def test_a_condition_inside_the_reported_content_keeps_the_report(text, source):
    assert one(text).source == source


@pytest.mark.parametrize("text", [
    "He was reported missing on Thursday evening by his family.",
    "The car was reported stolen last week.",
    "She was glad to get some doctor notes.",
])
def test_reported_missing_and_a_sentence_final_noun_are_no_attribution(text):
    assert_no_attributions(text)


def test_a_reporting_verb_closing_a_sentence_after_its_content_still_counts():
    r = one("The mine will close next year, the Herald reported.")
    assert r.source == "the Herald" and r.cue == "reported"


# -- session 5: check set 19 (tuned on after its first score)

@pytest.mark.parametrize("text,source", [
    ("The plan, most say, will cost more.", "most"),
    ("The blame, experts agree, lies with the central bank.", "experts"),
    ("Most agree that the blame lies with the central bank.", "Most"),
    ("The vote is coming, but not yet – in the spring perhaps, some predict, when the budget is settled.", "some"),
])
def test_parenthetical_stances_of_unnamed_people(text, source):
    r = one(text)
    assert r.source == source and r.anonymous


@pytest.mark.parametrize("text", [
    "The new line will open by 2030 with, it is hoped, a branch to the airport.",
    "The new line, it is hoped, will open by 2030.",
])
def test_a_parenthetical_it_is_hoped_is_impersonal(text):
    r = one(text)
    assert r.cue == "is hoped" and r.anonymous and pd.isna(r.source)


def test_if_it_be_said_is_still_an_impersonal_attribution():
    r = one("If it be said, that the court will sit in every county, the answer is plain.")
    assert r.cue == "be said" and r.anonymous


@pytest.mark.parametrize("text,source", [
    ("In the market, a stallholder complained bitterly that prices had doubled.", "a stallholder"),
    ("A tobacconist told the inquiry that sales had fallen.", "A tobacconist"),
])
def test_an_unlisted_trade_noun_after_a_is_one_unnamed_person(text, source):
    r = one(text)
    assert r.source == source and r.anonymous and r.source_form == "unnamed_individual"


def test_guidebooks_are_an_unnamed_source():
    r = one("The old town is the prettiest in Europe, as the guidebooks say, but it is crumbling.")
    assert r.source == "the guidebooks" and r.anonymous


@pytest.mark.parametrize("text", [
    '"I do sometimes wish people understood how hard the job is," she said.',
])
def test_a_wish_is_not_a_report(text):
    f = attributions(text)
    assert list(f.cue) == ["said"]


def test_pointed_to_the_fact_that_reports():
    r = one("He pointed to the fact that rents have tripled.")
    assert r.cue == "pointed to" and r.source == "He"


@pytest.mark.parametrize("text", [
    "The panel must report back within 90 days.",
    "Adding to the festive mood, the sun came out.",
    "When I and others write proposals, we have to be careful.",
])
def test_no_content_or_the_writers_own_voice(text):
    assert_no_attributions(text)


@pytest.mark.parametrize("text,source", [
    ("Cities, said Jane Okoro in 2019, are machines for meeting strangers.", "Jane Okoro"),
    ("Cities, said the urbanist Jane Okoro in 2019, are machines for meeting strangers.", "the urbanist Jane Okoro"),
    ("Cities, says one planner, are machines for meeting strangers.", "one planner"),
])
def test_mid_sentence_inversions_with_a_time_phrase_or_one_person(text, source):
    r = one(text)
    assert r.source == source and r.rule == "inverted"


def test_a_participle_after_an_appositive_takes_the_name():
    r = one("John Hutchinson, an evolutionary biologist at the Royal Veterinary College, questioned the findings, "
            "saying the bird might have held its wings tight.")
    assert r.cue == "saying" and r.source == "John Hutchinson" and not r.anonymous


# -- session 5: check set 20 (tuned on after its first score)

@pytest.mark.parametrize("text,source", [
    ("Whenever I hear someone saying, 'Oh, I can't lose weight', I laugh.", "someone"),
    ("I'm hearing from health experts who say that the rules must change.", "health experts"),
    ("I recently heard the minister say there is no good strategy.", "the minister"),
])
def test_the_object_of_a_perception_verb_is_the_source(text, source):
    r = one(text)
    assert r.source == source


def test_human_rights_watch_is_a_name_not_a_perception_verb():
    f = attributions("The Human Rights Watch report, which accuses the army of war crimes, was published today.")
    assert f[f.cue == "accuses"].source.iloc[0] == "The Human Rights Watch report"


@pytest.mark.parametrize("text", [
    "His associates had alleged he was poisoned.",
    "Associates of the senator alleged he was poisoned.",
])
def test_associates_are_an_unnamed_group(text):
    assert one(text).anonymous


@pytest.mark.parametrize("text", [
    "Many former prisoners may also have claims against the government.",
    "She read me a few lines from a poem she has written called 'That Beast Called Age'.",
])
def test_a_noun_after_have_and_a_titled_work_are_no_attribution(text):
    assert_no_attributions(text)


def test_reports_from_somewhere_is_the_subject_not_a_cue():
    f = attributions("Initial reports from the hospital said no traces of poison were found.")
    assert list(f.cue) == ["said"] and f.source.iloc[0] == "Initial reports from the hospital"


def test_has_also_called_characterises_is_also_called_names():
    r = one("The former mayor, Jon Gnarr, has also called the naming law \u201cunfair and stupid\u201d.")
    assert r.cue == "called" and not r.anonymous
    assert_no_attributions("The plant is also called Easter lily.")


@pytest.mark.parametrize("text,source", [
    ("“So many people have said to me that they used to colour in secret.”", "many people"),
    ("“It is a unique moment, as countless kind people have told me, so I am proud.”", "countless kind people"),
])
def test_unnamed_third_parties_inside_a_quotation_are_nested_attributions(text, source):
    r = one(text)
    assert r.source == source and r.anonymous


@pytest.mark.parametrize("text,source", [
    ("This has angered residents, who claim the increased traffic reduces their quality of life.", "residents"),
    ("We hear from farmers who fear that the drought will last.", "farmers"),
])
def test_who_before_a_noun_homograph_verb_with_a_clause_is_a_report(text, source):
    r = one(text)
    assert r.source == source and r.anonymous


@pytest.mark.parametrize("text", [
    "The law returns individuals who fear persecution.",
    "The bill pays people who report someone to the police.",
])
def test_who_before_a_noun_homograph_verb_with_an_object_is_no_report(text):
    assert_no_attributions(text)


@pytest.mark.parametrize("text", [
    "I would say that the talks went well.",
    "I’ll just say that the talks went well.",
    "Let me just say that the talks went well.",
    "I guess I’d only add that we don’t want to speak for our partners.",
    "We have always said that the door is open.",
])
def test_first_person_with_modals_and_adverbs_is_never_a_source(text):
    assert_no_attributions(text)


@pytest.mark.parametrize("text,cue", [
    ("Health experts have continued to call for masks to be worn.", "call"),
    ("By reports, two of the victims died.", "By reports"),
])
def test_noun_homograph_prefilter_keeps_infinitives_and_by_reports(text, cue):
    assert one(text).cue == cue


def test_a_noun_homograph_after_a_determiner_is_not_a_cue():
    assert_no_attributions("Again, this call is on background.")


def test_a_sentence_initial_common_word_is_a_name_only_if_capitalised_mid_sentence():
    # "Rose" is capitalised mid-sentence after a lower-case word, so it is a name here
    r = one("Rose said the vote was close. Later she met Rose again.")
    assert r.source == "Rose"


@pytest.mark.parametrize("text,source", [
    ("Almost half of visitors say they want to visit film locations.", "half of visitors"),
    ("Almost half of potential visitors to Britain now say they want to visit film locations.", "half of potential visitors to Britain"),
    ("Over 100 residents said the water was brown.", "100 residents"),
])
def test_an_approximator_before_a_share_or_a_count_is_no_part_of_the_source(text, source):
    r = one(text)
    assert r.source == source and r.anonymous


def test_a_past_participle_is_never_an_inverted_cue():
    f = attributions("We have asked the council, written many letters for help, but nothing came.")
    assert "written" not in list(f.cue)


def test_a_condition_inside_a_quotation_reports_nothing_either():
    f = attributions('"I want to ask the agency if they share that same reading," he said.')
    assert list(f.cue) == ["said"]


@pytest.mark.parametrize("text,cue", [
    ("By most accounts, the meeting was a disaster.", "By most accounts"),
    ("The election, by all accounts, was fair.", "by all accounts"),
])
def test_by_most_accounts_is_impersonal(text, cue):
    r = one(text)
    assert r.cue == cue and r.anonymous and pd.isna(r.source) and r.rule == "impersonal_adverb"


def test_accounts_without_by_is_no_cue():
    assert_no_attributions("She checked the accounts of the charity.")


def test_conventional_wisdom_is_no_one_in_particular():
    r = one("Conventional wisdom holds that voters punish incumbents in a downturn.")
    assert r.source == "Conventional wisdom" and r.anonymous


def test_reckon_with_a_bare_clause():
    r = one("Economists at the bank reckon growth will stall.")
    assert r.source == "Economists at the bank" and r.anonymous


@pytest.mark.parametrize("text,source", [
    ("Critics have dismissed the plan as a gimmick.", "Critics"),
    ("The Russian government dismissed the claim from Berlin as groundless.", "The Russian government"),
])
def test_dismissed_as_characterises(text, source):
    assert one(text).source == source


@pytest.mark.parametrize("text", [
    "The court dismissed the case on Tuesday.",
    "The company dismissed him as chief executive in May.",
])
def test_dismissing_a_case_or_a_person_is_no_attribution(text):
    assert_no_attributions(text)


@pytest.mark.parametrize("text,source,anonymous", [
    ("The ministry was quoted by state media as saying the border was closed.", "The ministry", False),
    ("A senior official was quoted by Reuters as saying the talks had failed.", "A senior official", True),
])
def test_the_quoted_party_of_a_passive_quoted_by_is_the_source(text, source, anonymous):
    r = one(text)
    assert r.source == source and bool(r.anonymous) == anonymous


def test_a_second_relative_clause_shares_the_first_ones_antecedent():
    r = one("They met an engineer who had worked on the bridge for a decade, who said the cables were rusting.")
    assert r.source == "an engineer" and r.anonymous


def test_a_second_relative_clause_after_a_coordination_is_left_alone():
    assert_no_attributions("It is a contest between those who want autocracy and those, like us, who understand that democracy works.")


@pytest.mark.parametrize("text,source", [
    ("Shares rose, with analysts forecasting revenues up 36% on last year.", "analysts"),
    ("With economists predicting growth of 2% next year, the bank held rates.", "economists"),
])
def test_an_absolute_clause_with_a_forecast_figure(text, source):
    r = one(text)
    assert r.source == source and r.anonymous and r.rule == "participle_subject"


def test_an_absolute_clause_with_a_forecast_and_no_figure_is_left_alone():
    assert_no_attributions("Shares rose, with analysts expecting a strong quarter.")


def test_a_participle_inside_a_quotation_takes_its_subject_from_the_same_quotation():
    f = attributions("“I just think people shouldn’t eat too much. Whenever I hear someone saying, 'Oh, I can’t lose weight', "
                     "I say: 'Sellotape.'”")
    r = f[f.cue == "saying"].iloc[0]
    assert r.source == "someone" and r.anonymous


def test_perception_object_with_a_pronoun_clause():
    r = one("Restaurants are seeing so many people claiming they have allergies.")
    assert r.cue == "claiming" and r.source == "many people" and r.anonymous


def test_a_pronoun_outside_quotations_skips_sources_nested_inside_them():
    f = attributions('Ringo Starr joined the band in 1962. "I sat down and I could play! One of the musicians said we had '
                     'got a drummer," he recalled.')
    r = f[f.cue == "recalled"].iloc[0]
    assert not r.anonymous
    assert f[f.cue == "said"].iloc[0].anonymous


@pytest.mark.parametrize("text", [
    '"When the family knows the wishes of the deceased, they usually agree to participate," she said.',
    "The rebels agreed to a ceasefire on Monday.",
])
def test_agreeing_to_something_is_consent_not_content(text):
    assert "agree" not in " ".join(attributions(text).cue)


@pytest.mark.parametrize("text", [
    "Cause of death was not announced.",
    "Protests are not reported in the capital.",
    "Some ancient writers made passing mention of feeding bread to the birds.",
])
def test_a_negated_passive_and_the_noun_mention_report_nothing(text):
    assert_no_attributions(text)


def test_mentions_after_an_adverb_is_still_the_verb():
    r = one("The report specifically mentions his son.")
    assert r.cue == "mentions" and r.source == "The report"


@pytest.mark.parametrize("text,cue,source", [
    ("Those who were there say the meeting ended badly.", "say", "Those who were there"),
    ("According to those who were present, the meeting ended badly.", "According to", "those who were present"),
    ("As a senior Labour figure once told me, politics is a contact sport.", "told", "a senior Labour figure"),
])
def test_those_who_were_there_and_a_party_figure_are_unnamed(text, cue, source):
    r = one(text)
    assert r.cue == cue and r.source == source and r.anonymous


def test_a_gerund_closing_a_clause_is_no_cue():
    assert_no_attributions("The meeting ended in shouting.")


@pytest.mark.parametrize("text,cue", [
    ('He continued by announcing, "The polls will close."', "announcing"),
    ("Others join with these in maintaining, that it is proper.", "maintaining"),
])
def test_a_gerund_before_a_quotation_or_that_still_reports(text, cue):
    assert cue in list(attributions(text).cue)


# -- session 6: check set 21 and column phrasing probes

@pytest.mark.parametrize("text,source", [
    ("The mood, according to people I spoke to, is bleak.", "people"),
    ("According to diplomats we consulted, the talks have stalled.", "diplomats"),
])
def test_a_relative_clause_without_who_ends_the_source(text, source):
    r = one(text)
    assert r.cue.lower() == "according to" and r.source == source and r.anonymous


def test_expects_with_a_bare_noun_clause_is_a_forecast():
    assert_one_cue("Dr Ines Varga of the Lisbon Institute expects automation will progress in stages.",
                   "expects", "Dr Ines Varga of the Lisbon Institute", False)


@pytest.mark.parametrize("text", [
    "Ministers say all sorts of things and expect us to go along with it.",
    "Ferry passengers expect me to fix it.",
])
def test_expect_with_an_object_pronoun_is_a_demand(text):
    assert "expect" not in list(attributions(text).cue)


@pytest.mark.parametrize("text", [
    "The actor became famous on one of the first reality TV shows.",
    "She hosted a late-night talk show.",
])
def test_kinds_of_show_are_the_noun(text):
    assert_no_attributions(text)


def test_roommates_are_an_unnamed_group():
    r = attributions("Marta Olsen, the manager, said his roommates said they last saw him on Saturday.")
    assert [(row.source, bool(row.anonymous)) for row in r.itertuples()] == [("Marta Olsen", False), ("his roommates", True)]


def test_realize_reports_a_third_partys_realisation_only_with_a_clause():
    assert_one_cue("Increasingly, scientists are realizing that the old models are not enough.",
                   "realizing", "scientists", True)
    assert_no_attributions("The company realised a profit of 3 million euros.")


def test_a_manner_of_speaking_verb_needs_content():
    assert_one_cue("The boat tipped, and his sister shrieks: “Hold on to the rail!”", "shrieks", "his sister", False)
    assert_no_attributions("The children screamed.")


@pytest.mark.parametrize("text", [
    "So, I’ve somewhat lost track of time, but do realize that others respect weekends.",
    "We’re doing all of these things and know that we need to continue.",
    "As we noted in the statement I put out last night, we expect to make progress.",
])
def test_a_contracted_first_person_subject_is_never_a_source(text):
    assert_no_attributions(text)


def test_a_gerund_after_a_cue_verb_is_its_object():
    r = attributions("Once she was an invited guest, Mara Quist recalls realizing that it was work.")
    assert list(r.cue) == ["recalls"]


def test_a_document_by_a_named_author_and_colleagues_is_named():
    assert_one_cue("The report by Malia Fenner and colleagues at the Tallinn Water Institute said supplies would fall.",
                   "said", "The report by Malia Fenner and colleagues at the Tallinn Water Institute", False)
    assert_one_cue("Jana Holm and colleagues said supplies would fall.", "said", "Jana Holm and colleagues", False)


def test_a_quoted_speaker_reports_a_third_partys_belief():
    r = attributions("“I met him once, and he believed that we would reach Mars,” she said.")
    assert [(row.cue, row.source) for row in r.itertuples()] == [("believed", "he"), ("said", "she")]


def test_those_who_know_him_well_are_unnamed_people():
    assert_one_cue("Those who know him well describe a man consumed by doubt.", "describe", "Those who know him", True)


@pytest.mark.parametrize("text,cue,source", [
    ("A former colleague of his recalled that he never slept.", "recalled", "A former colleague of his"),
    ("A neighbour of theirs said the dog barked all night.", "said", "A neighbour of theirs"),
])
def test_a_friend_of_his_is_the_unnamed_source_not_the_pronoun(text, cue, source):
    assert_one_cue(text, cue, source, True)


@pytest.mark.parametrize("text", ["It is a so called reform.", "She is a self-described optimist."])
def test_so_called_and_self_described_stay_adjectives(text):
    assert_no_attributions(text)


@pytest.mark.parametrize("text,cue,source", [
    ("He dismisses the notion that the curfew would have stopped the looting.", "dismisses", "He"),
    ("The council dismissed claims that the ferry was unsafe.", "dismissed", "The council"),
])
def test_dismissing_a_notion_or_claim_is_a_stance(text, cue, source):
    r = one(text)
    assert r.cue == cue and r.source == source


def test_admitted_to_an_institution_is_no_confession():
    assert_no_attributions("Ravel was elected to the Royal Society in 1981 and admitted to the Northfield Academy in 1992.")
    assert "admitted" in list(attributions("The ministry admitted to a secret archive of files.").cue)


def test_a_noun_homograph_object_before_a_comma_is_the_noun():
    assert_no_attributions("Poor roads restrict demand, however.")


def test_quoted_as_saying_skips_the_appositive():
    r = one('The Courier quoted Ana Ruiz, formerly a harbour official, as saying "the pier is safe."')
    assert r.source == "Ana Ruiz" and r.rule == "quoted_as_saying"



@pytest.mark.parametrize("text,source", [
    ("The companies that make and sell e-bikes say they can cope.", "The companies that make and sell e-bikes"),
    ("People who live and work here say the ferry is late.", "People who live and work here"),
    ("Several airlines said flights would resume.", "Several airlines"),
])
def test_unnamed_organisations_and_a_short_relative_clause_are_anonymous(text, source):
    r = one(text)
    assert r.source == source and r.anonymous


def test_the_company_is_still_a_named_organisation():
    assert not one("The company said profits rose.").anonymous


def test_demand_as_an_object_before_a_comma_is_the_noun():
    assert_no_attributions("Costs will rise as suppliers try to meet demand, and prices follow.")


@pytest.mark.parametrize("text,cue,source", [
    ("Many on the left suspect the reforms are a cover for cuts.", "suspect", "Many on the left"),
    ("Rumours swirled that the chairman would step down.", "swirled", "Rumours"),
])
def test_column_phrasings_of_unnamed_sources(text, cue, source):
    r = one(text)
    assert r.cue == cue and r.source == source and r.anonymous


def test_swirling_water_reports_nothing():
    assert_no_attributions("The water swirled around the rocks.")


def test_a_definite_title_after_a_sentence_opened_by_a_named_person_refers_back():
    r = attributions("Dana Moss, a regular contender for the prize, is used to hard reviews. "
                     "So it is a relief, says the British author, that the book is done.")
    row = r[r.cue == "says"].iloc[0]
    assert row.source == "the British author" and not row.anonymous and row.source_form == "description"


def test_a_documents_lead_author_is_named_its_authors_are_not():
    # (check sets split on "the report's authors"; most annotators, and set 46, code the group anonymous)
    assert not one("“It will rain,” said the study’s lead author.").anonymous
    assert one("“It will rain,” said the report’s authors.").anonymous
    assert one("The authors said the drug works.").anonymous


def test_a_bare_title_word_after_the_verb_is_a_surname():
    r = one("“We could not get any protein,” said King.")
    assert r.source == "King" and not r.anonymous


def test_pledging_resources_reports_nothing():
    assert_no_attributions("Three countries have pledged funds for the rebuilding.")


def test_scepticism_of_a_claim_is_a_stance_but_not_in_a_relative_clause():
    assert_one_cue("Some critics are sceptical of farmed fish.", "are sceptical", "Some critics", True)
    assert_no_attributions("Does the group help men who are sceptical of their faith?")


def test_written_by_after_a_noun_is_authorship():
    assert_no_attributions("Among the most famous opinions written by Stevens was his dissent in the case.")
    assert "written" not in list(attributions("A letter written by the mayor said the road would close.").cue)


def test_say_between_commas_means_for_example():
    assert_no_attributions("Why was August better than, say, November?")
    assert_one_cue("“We won,” say officials.", "say", "officials", True)


def test_a_quoted_word_inside_a_believed_clause_subject():
    assert_one_cue("Scientists believe this “paving” process could explain it.", "believe", "Scientists", True)


@pytest.mark.parametrize("text,source", [
    ("Others point to a recent court ruling.", "Others"),
    ("Critics point to studies showing harm.", "Critics"),
])
def test_pointing_to_evidence_cites_it(text, source):
    r = one(text)
    assert r.cue == "point to" and r.source == source


@pytest.mark.parametrize("text", ["The data points to a problem.", "She pointed to the door."])
def test_pointing_without_a_source_or_at_a_door_reports_nothing(text):
    assert_no_attributions(text)


@pytest.mark.parametrize("text,source,anonymous", [
    ("Officials put the number of people injured at almost 1,200.", "Officials", True),
    ("The ministry put the cost at $4 billion.", "The ministry", False),
])
def test_putting_a_figure_at_is_an_estimate(text, source, anonymous):
    r = one(text)
    assert r.cue == "put" and r.source == source and bool(r.anonymous) == anonymous and r.rule == "put_figure_at"


def test_putting_a_thing_somewhere_reports_nothing():
    assert_no_attributions("She put the book at the end of the shelf.")
    assert_no_attributions("He put the number at the top of the list.")


def test_a_quoted_speaker_reports_what_they_think_but_not_what_they_know():
    r = attributions("“I need to tell people here, they think that everyone wants to go there,” he said.")
    assert list(r.cue) == ["think", "said"]
    r = attributions("“We have to make sure that they know that we mean business,” he said.")
    assert list(r.cue) == ["said"]


# ---- session 7: column phrasings and blind check sets 25-26 (project-written sentences)

@pytest.mark.parametrize("text,cue", [
    ("The minister, I am told, has already drafted his resignation letter.", "am told"),
    ("The minister has resigned, or so I am told.", "am told"),
    ("There are reports that the general has fled the country.", "reports"),
    ("There have been unconfirmed claims that the money was never spent.", "claims"),
    ("Thought to be the oldest bottle message in the world, it was shown at the museum.", "Thought"),
])
def test_impersonal_reports_without_a_named_source(text, cue):
    assert_one_cue(text, cue, None, True)




def test_a_quoted_speakers_opening_participle_is_their_own_words():
    r = attributions('Professor Hill commented, "Hoping that the movement leads to a national conversation."')
    assert list(r.cue) == ["commented"]


def test_a_headline_line_is_not_an_attribution():
    text = "Harbour worker claims ferry firm ignored warnings\n\nMonday, May 4, 2015\n\nThe worker said the ferry firm ignored warnings."
    assert list(attributions(text).cue) == ["said"]
    assert list(attributions("Harbour worker claims the ferry firm ignored warnings.").cue) == ["claims"]


def test_recent_reports_have_revealed_is_one_attribution_by_the_reports():
    assert_one_cue("Recent reports have revealed that a defector was arrested.", "revealed", "Recent reports", True)


def test_a_possessive_apostrophe_does_not_hide_a_group_antecedent():
    r = attributions("On Monday, church officials went to the sheriff's station where they claimed the man stole files.")
    assert list(r.cue) == ["claimed"] and bool(r.anonymous.iloc[0]) and r.source_id.iloc[0] is not None



def test_a_device_called_something_is_its_name():
    assert_no_attributions("She was attached to the test device called the E-meter.")
    assert_one_cue("A spokesman for the group called the attack a crime.", "called", "A spokesman for the group", True)


def test_a_straight_mark_that_opens_a_quotation_closes_none_before_a_guarded_cue():
    assert_no_attributions('"Someone emailed me earlier today about a tool that attacks the website."')




def test_the_named_person_opening_the_sentence_is_she():
    r = attributions("Officials said the club was in trouble. But Soulier was hopeful: “The club will recover,” she said.")
    assert list(r.cue) == ["said", "said"] and not bool(r.anonymous.iloc[1]) and r.source_id.iloc[1] != r.source_id.iloc[0]


def test_a_coordinated_finite_verb_after_an_infinitive_is_a_report():
    assert_one_cue("He is careful to offer some praise to the police and says much of their work has been good.",
                   "says", "He", False)
    assert_no_attributions("The minister wants to cancel the vote and argue about it.")


def test_officials_met_the_families_and_said_keeps_the_subject():
    assert_one_cue("Officials met the families and said the search would go on.", "said", "Officials", True)





def test_i_was_told_after_a_short_opener_reports_nothing():
    assert_no_attributions("Afterwards, I was told.")


def test_key_figures_are_data_not_people():
    r = one("Key figures show that unemployment rose.")
    assert r.source_form == "vague"


def test_a_name_at_the_start_of_the_sentence_is_not_read_from_its_end():
    # a negative index once read the sentence's last token as the word before its first noun phrase
    r = attributions('It rained. The critics called the decision "a travesty" and walked out with')
    assert list(r.cue) == ["called"]


#: session 7's cases (column phrasings, blind check sets 25-32, two reviews): (text, cue, source, anonymous);
#: anonymous None leaves the type unchecked
SESSION_7_SOURCES = [
    ("Senior figures in the party said the strategy had failed.", "said", "Senior figures in the party", True),
    ("A leading figure in the union said the strike would go ahead.", "said", "A leading figure in the union", True),
    ("Official figures show that unemployment rose in March.", "show", "Official figures", True),
    ("Growth slowed to 2% according to the Bank's statistics.", "according to", "the Bank's statistics", False),
    ("Figures released in 2014 by the Harbour Trust reveal that usage fell.", "reveal",
     "Figures released in 2014 by the Harbour Trust", False),
    ("Posts on the message board theorized that the site had been attacked.", "theorized", "Posts on the message board", True),
    ("According to an Internet posting made yesterday, the site is under attack.", "According to", "an Internet posting", True),
    ("Dutch farming associations are concerned the government will cut the subsidy.", "are concerned",
     "Dutch farming associations", True),
    ("Residents are worried that the river will flood again.", "are worried", "Residents", True),
    ("After the vote, chair of the Harbour Council Mira Tennant told reporters the fares would rise.", "told",
     "chair of the Harbour Council Mira Tennant", False),
    ("At the time, the plan was viewed by many outsiders as a bold move.", "was viewed", "many outsiders", True),
    ("The mayor views the bridge as a symbol of the city.", "views", "The mayor", False),
    ("This year the city expects about 6 million visitors.", "expects", "the city", False),
    ("They estimated by 2050, rising demand would double food prices.", "estimated", "They", False),
    ("Ana Ruiz, professor of history at Tallinn University, was dubious about the findings.", "was dubious", "Ana Ruiz", False),
    ("Ana Ruiz, professor of history at Tallinn University, was also sceptical.", "was also sceptical", "Ana Ruiz", False),
    ("She said that she hoped others would not repeat the mistake.", "hoped", "she", False),
    ("He met fishermen who said the river was dying.", "said", "fishermen", True),
    ("Mara Quist wrote an open letter to tourists and pilgrims that said: “You are welcome here.”", "said",
     "an open letter to tourists and pilgrims", False),
    ("He drove to Leeds to meet with Devlin, who had told him the job was his.", "told", "Devlin", False),
    ("According to Rathbun the property was returned by post.", "According to", "Rathbun", False),
    ("According to the harbour agency, quoting the state news agency KCNA, the ship left at dawn.", "quoting",
     "the state news agency KCNA", False),
    ("“Ferries are safe,” counselled the ministry's amended advice.", "counselled", "the ministry's amended advice", False),
    ("Mara Quist dubbed the dispute “the battle of the bins”.", "dubbed", "Mara Quist", False),
    ("Many in the industry fear the new rules will drive firms abroad.", "fear", "Many in the industry", True),
    ("A source described as close to the royal family said the couple were upset.", "said",
     "A source described as close to the royal family", True),
    ("A well-placed Conservative told me the leader would be gone by summer.", "told", "A well-placed Conservative", True),
    ("The poster wrote that the attack had begun.", "wrote", "The poster", True),
    ("More than eight in ten say they sleep with a phone by the bed.", "say", "eight in ten", True),
    ("Almost two thirds admit to texting while driving.", "admit", "Almost two thirds", True),
    ("“Her record is fine,” added another. A third wrote: “I wish her well.”", "wrote", "A third", True),
    ("On the beach was a stranger: an exhausted man with long hair and a beard, who claimed to have drifted for months.",
     "claimed", "an exhausted man with long hair and a beard", True),
    ("It was long ago remarked by Grotius, that nothing but hatred kept them apart.", "was long ago remarked", "Grotius", False),
    ("Some of the adversaries of the plan, who profess to be friends of the government, rage.", "profess",
     "Some of the adversaries of the plan", True),
    ("In the town, some reflect that this year's festival was the hardest.", "reflect", "some", True),
    ("The campaign began after the Council for Rural Wales found it was the quietest valley in Britain.", "found",
     "the Council for Rural Wales", False),
    ("He took to his Twitter account to say: “I cannot take this anymore.”", "say", "He", False),
    ("Mara Quist said: “According to this study, the hormone may help.”", "According to", "this study", False),
    ("“We need much larger studies.” Said Jon Baird.", "Said", "Jon Baird", False),
    ("The chain was considered to be best for chicken.", "was considered", None, True),
    ("The chain is also widely perceived as less healthy than its rivals.", "is also widely perceived", None, True),
    ("They very justly impute the liberty of England to a balance of powers.", "impute", "They", False),
    ("Whence it has been inferred, that force was intended.", "been inferred", None, True),
    ("The senator has expressed a preference to proceed as in 1998.", "expressed", "The senator", False),
    ("Announcing the plan, the minister said it was overdue.", "Announcing", "the minister", False),
    ("The employee who wrote to the union said that the charge came as a surprise.", "said",
     "The employee who wrote to the union", True),
    ("Unions and campaign groups have accused employers of pressuring workers.", "accused", "campaign groups", True),
    ("Leaked information recently suggested that the firm is aiming for 100m subscribers.", "suggested", "Leaked information", True),
    ("Green walls are credited with reducing air pollution.", "are credited", None, True),
    ("Other opponents question whether there is a strategy at all.", "question", "Other opponents", True),
    ("The Office for National Statistics has found Britain to be the loneliest country in Europe.", "found",
     "The Office for National Statistics", False),
    ("The editor has hinted she has other pictures.", "hinted", "The editor", False),  # an office since session 8
    ("The form, which media reports range from ten to 32 pages, must be completed in English.", "reports", "media", True),
    ("“It brings us closer,” wrote Mara Quist in the post announcing the figures.", "wrote", "Mara Quist", False),
    ("Trump boasted to reporters that he had won.", "boasted", "Trump", False),
    ("He conceded the point that the plan had failed.", "conceded", "He", False),
    ("Pointing to the new policy, she said the plan had worked.", "Pointing to", "she", False),
    ("He's keen to point out that this isn't just about babies.", "point out", "He", False),
    ("That failure has been seen as an indication that there is no plan.", "been seen", None, True),
    ("The ranking is good, although its survey has been criticized as too narrow.", "been criticized", None, True),
    ("If, therefore, as has been elsewhere remarked, the people should change.", "been elsewhere remarked", None, True),
    ("The World Bank, too, expressed its relief that the economy was spared.", "expressed", "The World Bank", False),
    ("Mijares further claimed 90 civilians were wounded.", "claimed", "Mijares", False),
    ("This is what she wrote", "wrote", "she", None),
    ("Smith writes Democrats are losing the argument.", "writes", "Smith", None),
    ("The minister pledged on Tuesday that taxes would fall.", "pledged", "The minister", None),
    ("Experts called the number of infections alarming.", "called", "Experts", None),
    ("Critics called it Orwellian.", "called", "Critics", None),
    ("He resigned, I am told.", "am told", None, None),
    ("The media claim the minister lied.", "claim", "The media", None),
    ("He claimed the records showed he was innocent.", "claimed", "He", None),
    ("The bill will pass, said Republicans in the House.", "said", "Republicans in the House", None),
    ("Tablets are being credited with a jump in internet access.", "being credited", None, None),
]


SESSION_8_SOURCES = [
    ("According to one estimate, the war has cost $2 billion.", "According to", "one estimate", True),
    ("Closer’s editor has hinted she has other pictures.", "hinted", "Closer’s editor", False),
    ("An editor at the paper said the story was true.", "said", "An editor at the paper", True),
    ("Kim Ode is suing a French novelist for damages, alleging that his novel defames her.", "alleging", "Kim Ode", False),
    ("People in the administration and campaign said his comments were misconstrued.", "said",
     "People in the administration and campaign", True),
    ("Supporters of the president and his party said the vote was rigged.", "said",
     "Supporters of the president and his party", True),
    ("A security guard patrolling the pavement outside one mansion said that the owners were away.", "said",
     "A security guard patrolling the pavement outside one mansion", True),
    ("Counsellors argue things have become worse since the crisis.", "argue", "Counsellors", True),
    ("“We will win,” said a spokesman who declined to be named.", "said", "a spokesman", True),
    ("“Money can be a barrier,” confessed a spouse of a tech entrepreneur who made $80m.", "confessed",
     "a spouse of a tech entrepreneur", True),
    ("Already there is speculation that the deal will collapse.", "speculation", None, True),
    ("There have been rumours that the chairman would quit.", "rumours", None, True),
    ("Attendance at the rally was by varying reports tens of thousands.", "by varying reports", None, True),
    ("By one report, the king fled at night.", "By one report", None, True),
    ("The nearest known black hole was usually estimated at more than 3000 light years away.", "was usually estimated", None, True),
    ("Hours later, Sergey Marov, one of the maintainers of the project wrote on GitHub that the code was back.", "wrote",
     "Sergey Marov", False),
    ("In Paris, one of the organisers said the event was cancelled.", "said", "one of the organisers", True),
    ("He wrote to me and said the deal was off.", "said", "He", None),
    ("After it was revealed his aide had tested positive, the rally was cancelled.", "was revealed", None, True),
    ("Among a population of 197 million, 82 million said they were of mixed race.", "said", "82 million", True),
    ("Of those surveyed, 40% said they would vote.", "said", "40%", True),
    ("Now, however, questions are being asked about whether she has gone too far.", "being asked", None, True),
    ("Politico regarded the debate as “markedly more civil” than the first.", "regarded", "Politico", False),
    ("He sees the grain's popularity as a cautionary tale.", "sees", "He", None),
    ("Lady Carnarvon is still keen to emphasize that the house is not secure.", "emphasize", "Lady Carnarvon", False),
    ("“How do you choose not to be chosen?” she mused.", "mused", "she", None),
    ("She won a British rebate – “my money” as she called it.", "called", "she", None),
    ("Biden, while campaigning in Michigan, called Trump's action “a betrayal of the American people.”", "called", "Biden", False),
    ("The firm raised prices despite claiming previously that demand was weak.", "claiming", "The firm", False),
    ("Citing alleged violations, the notice had alleged the tool was intended to circumvent the measures.", "alleged",
     "the notice", False),
    ("He claimed 56 percent of respondents, who regarded their situation as better, were wrong, adding people should vote.",
     "adding", "He", None),
    ("President of the European Commission Ursula von der Leyen said the plan was important.", "said",
     "President of the European Commission Ursula von der Leyen", False),
    ("Americans think that a third of their population are immigrants.", "think", "Americans", True),
    ("The surfers were angry. Surfers fear that new buildings would weaken the wind.", "fear", "Surfers", True),
    ("Some environmental lawyers met. Environmental and conservation groups have protested that the project will harm species.",
     "protested", "Environmental and conservation groups", True),
    ("Rogers fears that the plan will fail.", "fears", "Rogers", False),
    ("The President and his colleagues agreed that the teams would work together.", "agreed",
     "The President and his colleagues", False),
    ("Rosser thinks not.", "thinks", "Rosser", False),
    ("The book sells well, with its publisher telling readers that it is calming.", "telling", "its publisher", False),
    ("In Romeva’s view, the project is also at fault.", "In Romeva’s view", "Romeva", False),
    ("Sarah Romeva spoke. In her view, the project is at fault.", "In her view", "her", False),
    ("She starred in an advert in which a girl says she would like to touch a dolphin.", "says", "a girl", True),
    ("Participants also highlighted the importance of the right to privacy.", "highlighted", "Participants", True),
    ("Dame Sally Davies has likened antibiotic resistance to terrorism.", "likened", "Dame Sally Davies", False),
    ("Top pollster Frank Luntz believes Trump speaks for voters who feel ignored.", "believes", "Top pollster Frank Luntz", False),
    ("The minister, who was visibly angry, paused and added: “We will not back down.”", "added", "The minister", False),
    ("Jones was in the crowd and laughed and shouted, “Go home!”", "shouted", "Jones", False),
    ("An editor of The Times said the story was true.", "said", "An editor of The Times", True),
    ("Gordon Brown uttered what he called “the words nobody wanted to hear”.", "uttered", "Gordon Brown", False),
    ("I think he sees it as vital to take steps.", "sees", "he", None),
    ("A survey found that 45 percent of the unvaccinated say they would not get vaccinated.", "say",
     "45 percent of the unvaccinated", True),
    ("Another 35 percent say they probably won’t get vaccinated.", "say", "Another 35 percent", True),
    ("A further 10 percent said they did not know.", "said", "A further 10 percent", True),
    ("The official claims the vote was rigged.", "claims", "The official", True),
    ("He testified Tuesday that he had never met the senator.", "testified", "He", None),
    ("In between, she testified, she was attacked.", "testified", "she", None),
    ("Jones told a reporter the story was false.", "told", "Jones", False),
    ("He let me go, saying that he had no choice.", "saying", "He", None),
    ("Many in the party regard him as a liability.", "regard", "Many in the party", True),
    ("Retirees fear that the pension fund will run dry. Many retirees live on fixed incomes.", "fear", "Retirees", True),
    ("British people think the top 1% wealthiest households own 59% of the wealth.", "think", "British people", True),
    ("And in Connecticut, it’s projected to cut child poverty by 40 percent.", "projected", None, True),
    ("The book is by David Hall. Hall has written that the plan failed.", "written", "Hall", False),
    ("He calculates an annual electricity saving of 100MWh.", "calculates", "He", False),
]


#: session 9: column phrasing (the writer as hearer) and blind check sets 40-43
SESSION_9_SOURCES = [
    ("I was told last week by a diplomat who has spent months in the talks that the truce was failing.", "was told",
     "a diplomat who has spent months in the talks", True),
    ("Reporters were told by a spokesman that the minister would resign.", "were told", "a spokesman", True),
    ("The family was told by police that the road was closed.", "was told", "police", False),
    ("Residents were assured by officials that the water was safe.", "were assured", "officials", True),
    ("I heard from a senior official that the talks had stalled.", "heard", "a senior official", True),
    ("Investigators learned from witnesses that the car had been speeding.", "learned", "witnesses", True),
    ("On the budget, we just heard from Anna Berg that the deficit had narrowed.", "heard", "Anna Berg", False),
    ("A former ambassador assured reporters that the talks would resume.", "assured", "A former ambassador", True),
    ("The minister assured the public that the water was safe.", "assured", "The minister", False),
    ("An aide reassured me that the talks would resume.", "reassured", "An aide", True),
    ("A senior official confided to me that the talks had stalled.", "confided", "A senior official", True),
    ("Government sources briefed that the minister would resign.", "briefed", "Government sources", True),
    ("One official put it to me bluntly: the guns have never stopped.", "put", "One official", True),
    ("A report seen by Reuters says the talks have stalled.", "says", "A report seen by Reuters", False),
    ("A Western intelligence assessment seen by this newspaper concludes that neither side can win.", "concludes",
     "A Western intelligence assessment seen by this newspaper", False),
    ("There were intelligence assessments warning the city could fall.", "warning", "intelligence assessments", True),
    ("A Baptist minister who watched the hearing later recalled that the judge was angry.", "recalled",
     "A Baptist minister who watched the hearing", True),
    ("A Democratic senator said the vote was rigged.", "said", "A Democratic senator", True),
    ("Jake Moss certainly communicated that there would be consequences.", "communicated", "Jake Moss", False),
    ("To quote Churchill, success is not final.", "To quote", "Churchill", False),
    ("To quote from the report, the risk is high.", "To quote", "the report", False),
    ("The grain is increasingly being called the country's \"second gift to the world\".", "being called", None, True),
    ("Voters think the richest 1% own 59% of the wealth.", "think", "Voters", True),
    ("Everyone cheered, and I am informed letters are being sent to every town.", "am informed", None, True),
    ("It is whispered a shipment of arms is to be sent.", "is whispered", None, True),
    ("The houses stood empty after they were sold, it is believed for members of a royal family.", "is believed", None, True),
    ("The point is admitted by the opponents as well as by the friends of the plan.", "is admitted", "the opponents", True),
    ("A person familiar with his thinking said the deal was off.", "said", "A person familiar with his thinking", True),
    ("Officials I have spoken to say the deal is off.", "say", "Officials I have spoken to", True),
    ("Every economist we interviewed thinks the tax will hurt growth.", "thinks", "Every economist we interviewed", True),
    ("The consensus among economists is that the tax will hurt growth.", "consensus among economists is", "economists", True),
    ("Word is that the minister will resign.", "Word is", None, True),
    ("The thinking in Brussels goes that the deal is off.", "thinking in Brussels goes", None, True),
    ("The prevailing view in the Treasury is that taxes will rise.", "view in the Treasury is", "the Treasury", False),
]


#: session 10: column probes and blind check sets 44-47
SESSION_10_SOURCES = [
    ("A diplomat I know told me the purge is far from over.", "told", "A diplomat I know", True),
    ("An economist I respect argues that the tax will backfire.", "argues", "An economist I respect", True),
    ("As one former ambassador quipped, the Foreign Office never forgets a slight.", "quipped", "one former ambassador", True),
    ("“The Foreign Office never forgets a slight,” one former ambassador quipped to me.", "quipped", "one former ambassador", True),
    ("Critics, and there are many, say the policy punishes the poor.", "say", "Critics", True),
    ("He put it to me that the army would never accept a ceasefire.", "put", "He", None),
    ("As you heard from President Biden this morning in the Rose Garden, this is a victory.", "heard", "President Biden", False),
    ("Athens, as we learn from Demosthenes, was the arbiter of Greece.", "learn", "Demosthenes", False),
    ("The police said the fans were drunk, but the report found “no evidence” for this.", "found", "the report", False),
    ("All political writers agree, that a republic can exist only in a narrow territory.", "agree", "All political writers", True),
    ("It may be said, that this way of explaining the constitution is torturing it.", "be said", None, True),
    ("This, it has been urged, ought to have depended upon the assent of the legislature.", "been urged", None, True),
    ("After being told for the umpteenth time that the beer was too strong, she left.", "being told", None, True),
    ("She wrote a letter saying the plan had failed.", "wrote", "She", None),
    ("He wrote the plan had failed.", "wrote", "He", None),
    ("The study's lead authors, Wilson and Hawco, had hypothesized the lava would feed microbes.", "hypothesized", "The study's lead authors", False),
    ("The deal is close, said a person briefed on the talks.", "said", "a person briefed on the talks", True),
    ("“The deal is close,” said a person briefed on the talks, who asked not to be named.", "said", "a person briefed on the talks", True),
    ("One insider quipped that the meeting was a funeral.", "quipped", "One insider", True),
    ("Word around Westminster is that the chief whip is on his way out.", "Word around Westminster is", None, True),
    ("An administration official, who was not authorized to speak publicly, confirmed the plan.", "confirmed", "An administration official", True),
    ("The deal is close, said one negotiator involved in the talks.", "said", "one negotiator involved in the talks", True),
    ("He insisted on Monday that the plan would work.", "insisted", "He", None),
    ("“It matters very much,” said Moira Austin of a charity that supports people with allergies.", "said", "Moira Austin of a charity", False),
    ("So, as the moderator noted, we are going to use this call to give you a preview.", "noted", "the moderator", True),
    ("He has even deigned to admit that the election is well guarded.", "admit", "He", None),
    ("The President has been clear that executive action alone is not enough.", "been clear", "The President", False),
    ("He was clear that the trafficking must stop.", "was clear", "He", None),
    ("The figures, released by the Chartered Management Institute, reveal that men earned more.", "reveal", "The figures", False),
    ("A survey showed that 72% of people aged 55 or more said they were uneasy.", "said", "72% of people aged 55 or more", True),
    ("Only 51% of 16-24 year olds said they were uncomfortable.", "said", "51% of 16-24 year olds", True),
    ("At the start, only one in three adults said they were eager to get the shot.", "said", "only one in three adults", True),
    ("Professor Dunbar is famous for his research that says a person can have about 150 friends.", "says", "his research", False),
    ("We were guided in our approach by very clear data that says that most parents want it.", "says", "very clear data", None),
    ("But supposing that the party, who alledges that he is a citizen of another state, sues.", "alledges", "the party", None),
    ("The Prime Minister, on that call, made very clear this was an unprecedented day.", "made", "The Prime Minister", False),
    ("The President has been clear from day one that we must act.", "been clear", "The President", False),
    ("Customers stayed away because a film claimed that it mistreated orca whales.", "claimed", "a film", False),
    ("Sam Wang called Conway “an incomparable mathematician”.", "called", "Sam Wang", False),
    ("Later in the day, the AP and NBC News also called Nevada for Biden.", "called", "the AP and NBC News", False),
    ("Many ordinary people still think of her as someone who supported their freedom.", "think", "Many ordinary people", True),
    # (sentences a review of the session-10 guards found them dropping: each must keep its cue)
    ("The Prime Minister made very clear this was an unprecedented day.", "made", "The Prime Minister", False),
    ("The president made it very clear that the policy would not change.", "made", "The president", False),
    ("The BBC reports that the prime minister will resign.", "reports", "The BBC", False),
    ("Bloomberg reports on Tuesday that the bank will cut jobs.", "reports", "Bloomberg", False),
    ("The ban is unfair, say a coalition of charities.", "say", "a coalition of charities", None),
    ("Officials have agreed the budget will be cut by 5%.", "agreed", "Officials", True),
    ("He claimed the land had been stolen from his family.", "claimed", "He", None),
    ("Protesters called Trump and Pence traitors.", "called", "Protesters", True),
    ("Republicans argued over the weekend that the bill was too costly.", "argued", "Republicans", None),
    ("The president insisted on Tuesday in an interview with CNN that the deal was done.", "insisted", "The president", False),
    ("The miners announced today that they would strike.", "announced", "The miners", None),
    ("He wrote a letter to Congress requesting an investigation.", "wrote", "He", None),
    ("Some economists will suggest otherwise.", "suggest", "Some economists", True),
    ("Saying the plan has failed, the minister resigned.", "Saying", "the minister", False),
    ("Warning the dollar has peaked, analysts cut their forecasts.", "Warning", "analysts", True),
    ("We shall be told that in this enlightened age, the rights of conscience are secure.", "be told", None, True),
    ("The UK e-cigarette industry said it was already in talks with the regulator.", "said", "The UK e-cigarette industry", True),
    ("That exercise of powers, which is admitted on all hands to be essential, is evident.", "is admitted", None, True),
    ("The industry publication stated the aircraft overran the runway.", "stated", "The industry publication", False),
    # (from the second review: participles and capitalised names keep their source)
    ("Warning that the talks had stalled, an unnamed official briefed reporters.", "Warning", "an unnamed official", True),
    ("Saying it was unfair, the newly appointed finance minister resigned.", "Saying", "the newly appointed finance minister", False),
    ("The Confederation of British Industry said the tax would hurt.", "said", "The Confederation of British Industry", False),
    ("He surprised MPs by saying that of course mistakes had been made.", "saying", "He", None),
]


@pytest.mark.parametrize("text,cue,source,anonymous", SESSION_7_SOURCES + SESSION_8_SOURCES + SESSION_9_SOURCES + SESSION_10_SOURCES)
def test_listed_sources(text, cue, source, anonymous):
    assert_one_cue(text, cue, source, anonymous)


#: session 7's sentences that report nothing
SESSION_7_NOT_ATTRIBUTIONS = [
    "The case on which the court has ruled was brought by two schools.",
    "It referred to the database by another name, adding the words “and Emergency” to the name.",
    "Several scenarios were considered because of uncertainty about future pollution.",
    "After calling the agency by phone to ask about his mother, he was put on hold.",
    "In the 62nd minute the defender conceded a penalty.",
    "The referee awarded the goal after confirming with the video assistant referee.",
    "The final question asked how carers would feel about the change.",
    "The girls were granted “parole” status on the grounds that their entry helped the public.",
    "Schools that deny women places on the course were named.",
    "Citizens who will assert the dignity of human nature gathered.",
    "We need a strategy that contends with the threats we face.",
    "Members who have points of view on the rule spoke.",
    "A studio dubbed the first two seasons of the show.",
    "The video was viewed two million times.",
    "Maintaining income was a priority, with most money spent on investments.",
    "Pointing to his large frame, he laughed.",
    "He is planning an observatory that would house a telescope and boast a 100-seat auditorium.",
    "History is about what the prominent people in society wrote down.",
    "When she mentioned the charge to customers, it came as a surprise.",
    "They wait for the applications to either be accepted or denied.",
    "Freemen who will assert the dignity of human nature gathered.",
    "Shoppers will pay more for food perceived as fresher.",
    "The video was viewed two million times.",
    "However, the news reports were very encouraging.",
    "Men who call the emotional support charity feel less alone.",
    "The coach welcomed the judge's ruling.",
    "In one experiment, the coach told the players to run faster.",
    "They called it Ping and it failed.",
    "In 2005, the historian wrote Team of Rivals.",
    "The priests claimed the body of the king.",
    "It is inaccurate, because it implies that there was an expectation.",
    "The plan includes countering traffic of illicit drugs.",
    "I will repeat some of my arguments, and add some further remarks, on the subject.",
    "Companies signed up to our Think, Act, Report scheme, which helps them.",
    "Forty billionaires have pledged much of their wealth to aid projects.",
    "Baumgartner, who claimed the records for the highest balloon flight, landed.",
    "These may, in a particular manner, be expected to flow from the constitution.",
    "The novel tells the story of a French model.",
    "I have seen the film twice.",
    "The city boasts excellent transport links.",
    "The missing girl was last seen as she walked home.",
    "The report was criticized as soon as it was published.",
    "Officials have seen as many as 200 cases.",
    "The striker was credited with two goals.",
    "She found it hard to be away from home.",
    "Researchers found a way to be more efficient.",
]


SESSION_8_NOT_ATTRIBUTIONS = [
    "The routine is ingrained; it is maintained by bosses, many of them in their fifties.",
    "The most sanguine advocates of the plan cannot reasonably suppose that it would last.",
    "This was twice the $381 billion reported by the next five parties.",
    "Well, let me just step back and say that many schools have their own supply.",
    "The events had been prior me- — prior planned and announced.",
    "The speculation that he would quit proved wrong.",
    "The retailer is claiming a domain name that has long been known as a region.",
    "He appeared in the German film and wrote music for the soundtrack.",
    "The black hole described in the study is located in the HR 6819 system.",
    "Trump placed further emphasis on maintaining “law and order.”",
    "“It’s the light that controls it. It’s like saying: ‘Why can’t you control your heartbeat?’”",
    "Recently, two mansions have been on sale for £65m, promising endless Italian marble.",
    "For us, when we think about North America in that regard, it is as partners.",
    "Back to that DNI report: there is an assessment in there.",
    "Let’s say, I give you an example here.",
    "With a thick accent, he sometimes struggles to make himself understood.",
    "It has a range of uses: you can surf the net, read emails, take photographs.",
    "They enjoyed the view, then walked back to the car.",
    "After everything was said and done, the team went home.",
    "He checked me over; he couldn’t feel any evidence of it but that I probably had broken bones.",
    "These findings underscore the importance of strict mask adherence.",
    "The bridge was supposed to have opened last year.",
    "Students are supposed to have finished their homework by Monday.",
    "The company sees revenue rising as demand grows.",
    "She sees her son as often as she can.",
    "The film was widely viewed, and critics loved it.",
    "He held her in high regard as a colleague.",
    "She mused about quitting politics.",
    "He did not utter a word during the trial.",
    "There is little speculation that rates will rise.",
    "Initial reports that we’re getting are encouraging.",
    "We saw the threat assessment and saw our colleagues testify yesterday.",
    "Well, let me first start by saying how grateful we are.",
    "They are 300 cultural sites. They tell a rich and important history.",
    "This press call is focused on the summit.",
    "Prices rose 3 percent of the time.",
    "Writers will occasionally write their own headlines.",
    "We want to change how the council rate is calculated.",
    "They calculated the cost of the repairs.",
    "The ageing index is calculated using 13 indicators under four headings.",
]


def test_insisting_on_anonymity_is_a_justification_not_a_cue():
    r = attributions("The aide, who insisted on anonymity, added that the president had not decided.")
    assert r.cue.tolist() == ["added"] and r.justification.tolist() == ["insisted on anonymity"]


def test_they_refers_to_the_group_opening_the_previous_sentence():
    r = attributions("The council said yes to the plan. Environmental groups are angry. They say it will harm wildlife.")
    assert r.cue.tolist() == ["said", "say"] and r.anonymous.tolist() == [False, True]
    assert r.source_id.nunique() == 2
    # (but not a group of things: "Some of the results ... They showed", and a source of the same
    # sentence or the one before still wins: "The police said ... They added")
    r = attributions("Some of the results were not a surprise. They showed that people should wash their hands.")
    assert not r.anonymous.any()
    r = attributions("The police said the man fled. They added that he was armed.")
    assert r.anonymous.tolist() == [False, False] and r.source_id.nunique() == 1


def test_the_mission_example_is_one_anonymous_source_with_several_attributions():
    # the brief's foreign-affairs column: "He" refers to the source, not to Hamas, whose telling is
    # nested in the source's reported clause
    r = attributions("The talks in Doha are at a delicate stage. A source close to the negotiations said Hamas "
                     "has told the Qataris that it is ready to release ten hostages. He explained that the group "
                     "wants guarantees first. The deal may still collapse, the knowledgeable source said, because "
                     "Israel has not agreed. The source said the mediators were pessimistic.")
    assert r.cue.tolist() == ["said", "told", "explained", "said", "said"]
    anonymous = r[r.anonymous]
    assert anonymous.cue.tolist() == ["said", "explained", "said", "said"] and anonymous.source_id.nunique() == 1
    assert r.loc[r.cue == "told", "source"].item() == "Hamas" and not r.loc[r.cue == "told", "anonymous"].item()
    # (a nested teller stays the antecedent when the reporter is not a person: "Officials said the
    # suspect told police ... He also said" is the suspect)
    r = attributions("Officials said the suspect told police he acted alone. He also said he regretted it.")
    assert r.source_id.tolist()[1] == r.source_id.tolist()[2]
    # (and under a reporter not described by a knowledge basis, the nearer named person stays the antecedent)
    r = attributions("A spokeswoman said Johnson told staff on Monday that he would step down. "
                     "He said he wanted to spend more time with his family.")
    assert r.source_id.tolist()[1] == r.source_id.tolist()[2] and not r.anonymous.tolist()[2]


def test_he_and_she_pass_over_a_person_of_the_other_gender():
    r = attributions("Mr Brown said the plan had failed. A spokeswoman for the council said it would be reviewed. "
                     "He added that he would resign.")
    assert r.source_id.tolist()[0] == r.source_id.tolist()[2] and not r.anonymous.tolist()[2]
    # (only the phrase's own head or title counts: "Her lawyer" is no woman)
    r = attributions("Her lawyer said the novel was a fraud. He said the case would go to court.")
    assert r.source_id.nunique() == 1


def test_quotation_then_cue_to_a_hearer_is_direct():
    r = one("“The Foreign Office never forgets a slight,” one former ambassador quipped to me.")
    assert r.quote == "direct"


@pytest.mark.parametrize("text,quoted_cue", [
    ("“People know that someone is rich and someone is poor,” the author writes.", "know"),
    ("“Even on different continents, they could still communicate,” the author writes.", "communicate"),
])
def test_quoted_generic_cue_is_not_an_attribution(text, quoted_cue):
    """Inside a quotation, a generic group's "know" and a bare "communicate," report nothing;
    the attribution of the quotation itself stays."""
    f = attributions(text)
    assert quoted_cue not in set(f.cue)
    assert list(f.cue) == ["writes"]


#: session 9's sentences that report nothing
SESSION_9_NOT_ATTRIBUTIONS = [
    "We heard from the minister about the plan.",
    "You will hear from him on that tomorrow.",
    "People want to hear from people that they trust.",
    "I learned from experience that patience pays.",
    "The policy is informed by research that shows the risks.",
    "Residents were reminded by signs that the beach was closed.",
    "He reminded the committee of its duty.",
    "Officials briefed reporters on the plan.",
    "She learned to swim.",
    "I heard gunfire and then silence.",
    "The brief was clear.",
    "Schools should take steps, including testing pupils and maintaining physical distancing.",
    "Adding to her expertise is her lived experience as a nurse.",
    "Despite words that are said in these talks, diplomacy requires good faith.",
    "We need to make sure that people know that the vaccine is available.",
    "So, I want to start by saying that the country witnessed something historic last night.",
    "I will end by saying that I am proud to work here.",
    "During the meeting, it was agreed a partial lockdown would begin on Saturday.",
    "I want to quote the figures, but I cannot.",
    "She put it to the test: nothing worked.",
    "The problem is that nobody knows.",
    "My view is that the deal is off.",
    "As we have said, the expectation is that the bill will pass.",
    "Part of the thinking is that taxes will rise.",
    "The idea is that everyone pays.",
    "He has spoken to say goodbye.",
]


#: session 10: no content reported
SESSION_10_NOT_ATTRIBUTIONS = [
    "When Lou passed away on Monday, America said farewell to the last known survivor.",
    "Archbishop Desmond Tutu suggested her for the International Children's Peace Prize.",
    "The Senate wrote a peace deal, which included almost nothing that the conservatives asked for.",
    "Democratic and Republican leaders wrote the agreement.",
    "The dread of being accused of weakness would beget equal circumspection.",
    "For surely it cannot justly be said that they have no power at all.",
    "Nothing I know suggests the plan will fail.",
    "She insisted on paying for the meal.",
    "Listening to recordings of waterfalls helped people feel less stressed.",
    "No well-informed man will suppose that the affairs of such a confederacy can be regulated.",
    "This idea admits not of precise demonstration.",
    "Pennsylvania has thought proper to have recourse to the same measure.",
    "It applies with tenfold weight to the plan for which they contend; and what is worse, it is inevitable.",
    "And that is before even considering that the team helped.",
    "And if you don’t have one, call a local hospital or clinic.",
    "Republicans have sided with the big banks every step of the way, defending these junk fees.",
    "It is clear that the plan failed.",
    "The evidence is clear that the plan failed.",
    "As Congress considers that proposal, the President acted.",
    "The findings will make people argue even more about whether organic food is better.",
    "They are doubling the U.S. pledge to the Adaptation Fund.",
    "But let it be admitted, for argument's sake, that ambition would be sufficient.",
    "Maintaining the relationship has been a goal since the outset.",
    "The cost is lower under the standards announced today.",
    "Suddenly, customers don’t simply complain on the phone.",
    "This is a test of the true nature of the clause complained of.",
    "the praise and blame of public measures may be the portion of each individual.",
    "The economy is structural and characterized by a state-directed approach.",
    "We will discuss the GDP report that you all saw this morning.",
    "But that may change now that Tabata has agreed a deal that will lead to a network of instructors.",
    "After she retired, she wrote her memoirs and continued to promote her values.",
    "I presume enough has been said to shew, that the courts have sufficient ground.",
    "It gives cognizance of cases between citizens of the same state, claiming lands under grants of different states.",
    "Honestly, I haven’t seen those news reports yet this morning.",
    "Right when that call ended, the President called Prime Minister Netanyahu.",
    "And he called the King of Jordan in between receiving regular briefings.",
    "An interviewer will know whether someone is telling the truth.",
    "It matters because of a recent US Senate report on torture by the CIA.",
    "Along with new names, the scientists must suggest two-letter symbols for the elements.",
    "Last week the United States pledged $578 million in humanitarian assistance.",
    "They think of a number.",
    "Many officers had not abandoned the characters of citizens, by assuming that of soldiers.",
    "It consisted of free persons, or those whose age admitted them to the rights of mankind.",
]


@pytest.mark.parametrize("text", SESSION_7_NOT_ATTRIBUTIONS + SESSION_8_NOT_ATTRIBUTIONS + SESSION_9_NOT_ATTRIBUTIONS + SESSION_10_NOT_ATTRIBUTIONS)
def test_listed_non_attributions(text):
    assert_no_attributions(text)


def test_descriptive_noun_links_back_unless_a_new_person_was_introduced():
    linked = attributions("Adele Ruiz said the album was done. The crowd was large. The food was good. "
                          "The singer said she was thrilled.")
    assert linked.anonymous.tolist() == [False, False] and linked.source_id.nunique() == 1
    new = attributions("Festival director Anna Berg said the show was a hit. The crowd was large. The festival also "
                       "hosted a young singer from Mali. The singer said she was thrilled.")
    assert new.anonymous.tolist() == [False, True] and new.source_id.nunique() == 2


def test_no_one_does_not_introduce_a_new_person():
    f = attributions("“It was magical,” said Aya Nakamura, a singer from Paris. No one could hear the singer over the "
                     "noise. The singer said she was tired.")
    assert f.anonymous.tolist() == [False, False] and f.source_id.nunique() == 1

