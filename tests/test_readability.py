"""Readability, news profile: formulas against hand-worked arithmetic, counting rules, API."""
from __future__ import annotations

import math

import pytest

from analysis import readability as rd
from analysis.readability import difficult_words, readability, readability_frame, sentence_rows
from analysis.syllables import cmu_fewest_table, cmu_table, fallback_syllables, flesch_syllables, syllables
from analysis.text import segment

# ---------------------------------------------------------------------------------------------
# Formulas, with the published constants (arithmetic written out by hand)


def test_flesch_reading_ease_constants():
    # 206.835 - 1.015*20 - 84.6*1.5 = 206.835 - 20.3 - 126.9 = 59.635
    assert rd.flesch_reading_ease(20, 1.5) == pytest.approx(59.635)


def test_flesch_kincaid_constants():
    # 0.39*20 + 11.8*1.5 - 15.59 = 7.8 + 17.7 - 15.59 = 9.91
    assert rd.flesch_kincaid_grade(20, 1.5) == pytest.approx(9.91)


def test_gunning_fog_constants():
    # 0.4 * (20 + 10) = 12
    assert rd.gunning_fog(20, 10) == pytest.approx(12.0)


def test_smog_constants_mclaughlin_1969():
    # 1.0430 * sqrt(9 * 30 / 30) + 3.1291 = 1.0430 * 3 + 3.1291 = 3.129 + 3.1291 = 6.2581
    assert rd.smog_index(9, 30) == pytest.approx(6.2581)


def test_coleman_liau_uses_0_0588():
    # 0.0588*500 - 0.296*5 - 15.8 = 29.4 - 1.48 - 15.8 = 12.12 (textstat's 0.058 would give 11.62)
    assert rd.coleman_liau_index(500, 5) == pytest.approx(12.12)


def test_ari_constants():
    # 4.71*5 + 0.5*20 - 21.43 = 23.55 + 10 - 21.43 = 12.12
    assert rd.automated_readability_index(5, 20) == pytest.approx(12.12)


def test_dale_chall_1948_adjustment_only_above_five_percent():
    # PDW 10: 0.1579*10 + 0.0496*20 + 3.6365 = 1.579 + 0.992 + 3.6365 = 6.2075
    assert rd.dale_chall_1948(10, 20) == pytest.approx(6.2075)
    # PDW 4: 0.1579*4 + 0.0496*20 = 0.6316 + 0.992 = 1.6236 (no adjustment)
    assert rd.dale_chall_1948(4, 20) == pytest.approx(1.6236)


def test_dale_chall_1995_worked_examples():
    # 100 words, 6 sentences, 11 unfamiliar: 64 - 0.95*11 - 0.69*(100/6) = 64 - 10.45 - 11.5 = 42.05
    cloze = rd.dale_chall_1995_cloze(11, 100 / 6)
    assert cloze == pytest.approx(42.05)
    assert rd.dale_chall_1995_level(cloze) == "5-6"
    # 100 words, 5 sentences, 23 unfamiliar: 64 - 21.85 - 13.8 = 28.35 -> 28 -> grades 9-10
    cloze = rd.dale_chall_1995_cloze(23, 20)
    assert cloze == pytest.approx(28.35)
    assert rd.dale_chall_1995_level(cloze) == "9-10"
    assert rd.dale_chall_1995_level(58.0) == "1"
    assert rd.dale_chall_1995_level(15.4) == "16+"


def test_linsear_write_both_branches():
    # 80 easy + 3*20 hard = 140; / 5 sentences = 28 > 20 -> 28/2 = 14
    assert rd.linsear_write(80, 20, 5) == pytest.approx(14.0)
    # 140 / 10 = 14 <= 20 -> 14/2 - 1 = 6
    assert rd.linsear_write(80, 20, 10) == pytest.approx(6.0)


def test_lix():
    # 15 + 100*3/30 = 25
    assert rd.lix(15, 10) == pytest.approx(25.0)


# ---------------------------------------------------------------------------------------------
# A whole document counted by hand

CAT = "The cat sat on the mat. It was a very happy animal."


def test_worked_document():
    r = readability(CAT)
    # sentences 2; words 6 + 6 = 12
    assert (r["sentences"], r["words"]) == (2, 12)
    # the cat sat on the mat: 6 x 1; it was a (3) + ve-ry 2 + hap-py 2 + an-i-mal 3 = 10 -> 16
    assert r["syllables"] == 16
    assert r["polysyllables"] == 1 and r["complex_words"] == 1
    # letters: 3+3+3+2+3+3 = 17; 2+3+1+4+5+6 = 21 -> 38
    assert r["letters"] == 38 and r["characters"] == 38
    asl, asw = 12 / 2, 16 / 12
    assert r["flesch_kincaid_grade"] == pytest.approx(0.39 * 6 + 11.8 * (16 / 12) - 15.59)  # 2.48333
    assert r["flesch_kincaid_grade"] == pytest.approx(2.483333, abs=1e-6)
    assert r["flesch_reading_ease"] == pytest.approx(206.835 - 1.015 * asl - 84.6 * asw)
    # Fog: 0.4 * (6 + 100*1/12) = 0.4 * 14.3333 = 5.7333
    assert r["gunning_fog"] == pytest.approx(5.733333, abs=1e-6)
    # CLI: L = 100*38/12 = 316.667, S = 100*2/12 = 16.667: 18.62 - 4.9333 - 15.8 = -2.11333
    assert r["coleman_liau_index"] == pytest.approx(-2.113333, abs=1e-6)
    # every word is on the Dale-Chall list: PDW 0 -> 0.0496 * 6 = 0.2976
    assert r["unfamiliar_words"] == 0
    assert r["dale_chall_readability_score"] == pytest.approx(0.2976)
    # Linsear: (11 easy + 3*1 hard) / 2 = 7 <= 20 -> 7/2 - 1 = 2.5
    assert r["linsear_write_formula"] == pytest.approx(2.5)
    assert r["profile"] == "news" and r["analysis_version"]


def test_empty_text_gives_nan_not_zero():
    r = readability("")
    assert r["words"] == 0 and r["sentences"] == 0
    assert math.isnan(r["flesch_kincaid_grade"])


# ---------------------------------------------------------------------------------------------
# Syllables


@pytest.mark.parametrize(
    "word, expected",
    [
        ("U.S.", 2),  # you-ess
        ("p.m.", 2),
        ("NATO", 2),  # a word in the CMU dictionary
        ("don’t", 1),  # curly apostrophe normalised
        ("don't", 1),
        ("7", 2),  # seven
        ("2019", 4),  # twenty nineteen
        ("2005", 4),  # two thousand five
        ("1,000", 3),  # one thousand
        ("3.2", 3),  # three point two
        ("21st", 3),  # twenty-first
        ("G7", 3),  # gee seven
        ("1,250,000", 10),  # one million (3) two hundred fifty thousand (7)
    ],
)
def test_syllable_rules(word, expected):
    assert syllables(word) == expected


def test_hyphenated_word_is_sum_of_parts():
    assert "brightly-lit" not in cmu_table()
    assert syllables("brightly-lit") == syllables("brightly") + syllables("lit") == 3


def test_fallback_for_unknown_words():
    assert "blorptastic" not in cmu_table()
    assert fallback_syllables("blorptastic") == 3  # o, a, i
    assert fallback_syllables("snarbled") == 2  # -le after a consonant is a syllable, -ed silent
    assert syllables("Blorptastic") == 3


def test_cmu_table_is_first_pronunciation():
    # "the" has pronunciations DH AH0 / DH AH1 / DH IY0: one syllable either way
    assert cmu_table()["the"] == 1
    assert cmu_table()["animal"] == 3


def test_fewest_pronunciation_counts():
    # Flesch (1979): of two accepted pronunciations use the one with fewer syllables.
    # CMU lists "every" as EH V ER IY and EH V R IY; textstat's first-pronunciation table keeps 3.
    assert cmu_table()["every"] == 3 and cmu_fewest_table()["every"] == 2
    assert syllables("every") == 2 and syllables("Family") == 2 and syllables("different") == 2
    assert syllables("animal") == 3  # one pronunciation only: unchanged
    assert all(cmu_fewest_table()[w] <= n for w, n in cmu_table().items())


@pytest.mark.parametrize(
    "word, flesch",
    [
        ("2019", 1),  # a figure: one syllable (Flesch 1979); read aloud "twenty nineteen" = 4
        ("3.2", 1),
        ("21st", 1),
        ("G7", 1),
        ("U.S.", 1),  # a dotted abbreviation; read aloud "you-ess" = 2
        ("NSA", 1),  # capitals throughout; read aloud 3
        ("MPs", 1),  # plural of an abbreviation
        ("NSA’s", 1),  # possessive of an abbreviation
        ("22-year-old", 3),  # 1 + year + old
        ("COVID-19", 2),  # abbreviation + figure
        ("well-known", 2),  # no figure or abbreviation: unchanged
    ],
)
def test_flesch_one_syllable_convention(word, flesch):
    assert flesch_syllables(word) == flesch


@pytest.mark.parametrize("word", ["Ana", "government", "I", "A", "don't", "every", "brightly-lit"])
def test_flesch_count_is_the_spoken_count_for_ordinary_words(word):
    # one capital letter is a name or a pronoun, not an abbreviation
    assert flesch_syllables(word) == syllables(word)


def test_figures_and_abbreviations_flesch_count_vs_smog_count():
    text = "The NSA paid 1,200 analysts in 2019."
    r = readability(text)
    # Flesch count: the(1) NSA(1) paid(1) 1,200(1) an-a-lysts(3) in(1) 2019(1) = 9
    assert r["words"] == 7 and r["syllables"] == 9
    # read aloud (SMOG): NSA (3), 1,200 ("twelve hundred", 3), analysts (3), 2019 (4)
    assert r["polysyllables"] == 4
    # Gunning: only "analysts" is complex; figures and abbreviations are not long words
    assert r["complex_words"] == 1
    rows = difficult_words(text).set_index("text")
    assert rows.loc["2019", "syllables"] == 4 and rows.loc["2019", "polysyllabic"]


# ---------------------------------------------------------------------------------------------
# Sentences and Dale-Chall rules

NEWS = (
    "Sen. Ana Ruiz, D-N.M., met U.S. officials at 5 p.m. on Friday. "
    "The talks ended early. Prices rose 3.2% in May."
)


def test_news_sentences_not_split_at_abbreviations():
    assert readability(NEWS)["sentences"] == 3


def test_dale_chall_inflections_names_and_numbers_are_familiar():
    text = "Maria walked to the cities. The dogs were running faster. They saw 25 bigger boats."
    r = readability(text)
    # walked (walk), cities (city), dogs, running (run), faster (fast), bigger (big), boats: inflections;
    # Maria: a name at the start of a sentence, but not seen elsewhere -> unfamiliar; 25: a figure
    rows = difficult_words(text)
    assert rows.loc[rows["unfamiliar"], "text"].tolist() == ["Maria"]
    assert r["unfamiliar_words"] == 1


def test_sentence_initial_name_seen_elsewhere_is_a_name():
    text = "Okonkwo spoke first. Later we met Okonkwo again."
    rows = difficult_words(text)
    assert not rows["unfamiliar"].any()


def test_difficult_words_reasons_and_offsets():
    text = "We studied the legislation carefully. It was plain."
    rows = difficult_words(text)
    by_word = dict(zip(rows["text"], rows["reason"]))
    assert by_word["legislation"] == "polysyllabic; not on Dale-Chall list"
    assert "studied" not in by_word  # -ied inflection of "study", which is on the list
    assert by_word["carefully"] == "polysyllabic; not on Dale-Chall list"  # -ly is a derivation
    for _, row in rows.iterrows():
        assert text[row["start"] : row["end"]] == row["text"]


def test_gunning_excludes_names_compounds_and_ed_endings():
    text = "We met Eliana on Monday. The well-rested lawyers created a plan."
    r = readability(text)
    # Eliana: name; well-rested: parts of < 3 syllables; created: 3 only through -ed
    assert r["polysyllables"] >= 3
    assert r["complex_words"] == 0


# ---------------------------------------------------------------------------------------------
# API


def test_seg_reuse_and_excluded_spans():
    seg = segment(NEWS)
    assert readability(NEWS, seg=seg) == readability(NEWS)
    cut = NEWS.index("The talks")
    r = readability(NEWS, [(cut, len(NEWS))])
    assert r["sentences"] == 1


def test_intervals_deterministic_and_bracket():
    text = " ".join(
        ["The committee approved the proposal after a lengthy debate.", "Nobody objected.",
         "Several members described the compromise as unsatisfactory but necessary.", "It passed."] * 3
    )
    a = readability(text, intervals=True)
    b = readability(text, intervals=True)
    assert a == b
    for m in rd.INTERVAL_METRICS:
        assert a[m + "_low"] < a[m + "_high"]
    assert a["flesch_kincaid_grade_low"] <= a["flesch_kincaid_grade"] <= a["flesch_kincaid_grade_high"]


def test_sentence_rows_sum_to_document_counts():
    rows = sentence_rows(NEWS)
    r = readability(NEWS)
    assert len(rows) == r["sentences"]
    for col in ("words", "syllables", "polysyllables", "letters", "unfamiliar_words", "complex_words"):
        assert rows[col].sum() == r[col]
    assert rows["start"].tolist() == [s.start for s in segment(NEWS).sentences]
    assert r["sentence_syllables"] == rows["syllables"].tolist()


def test_frame_and_profiles():
    frame = readability_frame([("a", CAT), ("b", NEWS)])
    assert frame["doc"].tolist() == ["a", "b"]
    assert frame.loc[0, "words"] == 12
    ts = readability_frame({"a": CAT}, profile="textstat")
    assert ts.loc[0, "textstat_version"] == "0.7.13" and ts.loc[0, "profile"] == "textstat"
    with pytest.raises(ValueError):
        readability(CAT, profile="nope")
    assert math.isnan(readability(CAT, profile="textstat", intervals=True)["flesch_kincaid_grade_low"])


def test_poisson_bootstrap_agrees_with_resampling_sentences():
    """The Poisson-weight bootstrap approximates drawing sentences with replacement."""
    import numpy as np

    import analysis.readability as R
    from analysis.text import segment

    pool = ["The ferry left at dawn.", "Officials said the long-delayed harbour renovation would finally begin.",
            "Rain fell.", "Commuters, who had waited for years, applauded the announcement loudly."]
    text = " ".join(pool[i % 4] if i % 3 else pool[(i * 7) % 4] for i in range(60))
    r = R.readability(text, intervals=True)
    seg = segment(text)
    _, per_word = R._counts(seg)
    m, _ = R._sentence_matrix(seg, per_word)
    n = m.shape[0]
    idx = np.random.default_rng(1).integers(0, n, size=(4000, n))
    tot = m[idx].sum(axis=1).astype(float)
    fk = 0.39 * tot[:, 0] / n + 11.8 * tot[:, 1] / tot[:, 0] - 15.59
    lo, hi = np.percentile(fk, [2.5, 97.5])
    assert abs(r["flesch_kincaid_grade_low"] - lo) < 0.35
    assert abs(r["flesch_kincaid_grade_high"] - hi) < 0.35
    assert r["flesch_kincaid_grade_low"] < r["flesch_kincaid_grade"] < r["flesch_kincaid_grade_high"]
