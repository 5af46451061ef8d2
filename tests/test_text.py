"""Golden tests for the shared segmentation (analysis.text), on sentences the project wrote."""
import pytest

from analysis.spans import ExcludedSpan
from analysis.text import count_words, segment, sentences


def sents(text, excluded=None):
    return [text[s:e] for s, e in sentences(text, excluded)]


# -- sentences ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        # titles never end a sentence
        ("Sen. Ada Moss spoke. Gov. Li Wen agreed.", ["Sen. Ada Moss spoke.", "Gov. Li Wen agreed."]),
        ("Mr. Vance and Dr. Ortiz met Mrs. Hale.", ["Mr. Vance and Dr. Ortiz met Mrs. Hale."]),
        # initials
        ("William J. Burns flew in. He left.", ["William J. Burns flew in.", "He left."]),
        ("Harold T. Vance said so.", ["Harold T. Vance said so."]),
        # dotted abbreviations: continue before a non-opener, end before an opener
        ("The U.S. economy grew. It slowed later.", ["The U.S. economy grew.", "It slowed later."]),
        ("Trade with the U.K. The deal collapsed.", ["Trade with the U.K.", "The deal collapsed."]),
        ("Rep. Jo Lane (D-N.M.) objected.", ["Rep. Jo Lane (D-N.M.) objected."]),
        ("The vote ended at 5 p.m. Tuesday in the hall.", ["The vote ended at 5 p.m. Tuesday in the hall."]),
        ("The vote ended at 5 p.m. The hall emptied.", ["The vote ended at 5 p.m.", "The hall emptied."]),
        ("Acme Inc. said profits rose.", ["Acme Inc. said profits rose."]),
        ("She works for Acme Inc. He works for Bolt Corp.", ["She works for Acme Inc.", "He works for Bolt Corp."]),
        # months before a number
        ("The vote is on Nov. 5 in the city.", ["The vote is on Nov. 5 in the city."]),
        # decimals and percentages
        ("Prices rose 3.2% in March. Wages rose 1.5 percent.", ["Prices rose 3.2% in March.", "Wages rose 1.5 percent."]),
        # ellipses
        ("He paused... then went on. The end… Next part.", ["He paused... then went on.", "The end…", "Next part."]),
        # sentences ending inside closing quotes
        ('"We will win." Then she left.', ['"We will win."', "Then she left."]),
        ("“We will win.” Then she left.", ["“We will win.”", "Then she left."]),
        ('"Why?" he asked. Nobody answered.', ['"Why?" he asked.', "Nobody answered."]),
        # short real sentences are kept
        ("Stocks rallied. Bonds fell. Gold held.", ["Stocks rallied.", "Bonds fell.", "Gold held."]),
        # vs. and No.
        ("It was Smith vs. Jones. No. 5 won.", ["It was Smith vs. Jones.", "No. 5 won."]),
    ],
)
def test_sentence_rules(text, expected):
    assert sents(text) == expected


def test_headline_and_caption_lines_are_sentences():
    text = "Harbor Board Votes Tonight\nBy Dana Whitfield\n\nThe board meets at 7 p.m. It will vote.\nA ferry at dawn"
    assert sents(text) == [
        "Harbor Board Votes Tonight",
        "By Dana Whitfield",
        "The board meets at 7 p.m.",
        "It will vote.",
        "A ferry at dawn",
    ]


def test_hard_wrapped_text_keeps_sentences_across_line_breaks():
    line = "the committee considered the proposal at some length and"
    text = "\n".join(["The chair opened the session and " + line] + [line] * 6 + ["then it adjourned."])
    assert len(sents(text)) == 1


def test_paragraph_break_always_ends_sentence():
    assert sents("First part without stop\n\nSecond part.") == ["First part without stop", "Second part."]


def test_sentence_offsets_index_original_text():
    text = "  Lead line.\r\n\r\n  Second para here.  "
    seg = segment(text)
    for s in seg.sentences:
        assert text[s.start : s.end] == text[s.start : s.end].strip()
    assert [text[s.start : s.end] for s in seg.sentences] == ["Lead line.", "Second para here."]
    assert [p.start for p in seg.paragraphs] == [2, 18]


# -- words ------------------------------------------------------------------------------------

def test_words_definition():
    text = "Don’t panic: don't. A well-known U.S. firm—Acme—paid $1,000 (3.2%) to 12 people – twice."
    seg = segment(text)
    assert seg.word_texts == [
        "Don’t", "panic", "don't", "A", "well-known", "U.S.", "firm", "Acme", "paid", "1,000",
        "3.2", "to", "12", "people", "twice",
    ]
    assert count_words(text) == 15


def test_words_belong_to_their_sentence():
    seg = segment("One two three. Four five.")
    assert [s.n_words for s in seg.sentences] == [3, 2]
    first = seg.sentences[1].first_word
    assert seg.word_texts[first] == "Four"


def test_non_latin_letters_are_words():
    seg = segment("Brudziński spoke in Gdańsk. Говорит Москва.")
    assert seg.word_texts == ["Brudziński", "spoke", "in", "Gdańsk", "Говорит", "Москва"]
    assert len(seg.sentences) == 2


# -- quotations -------------------------------------------------------------------------------

def quotes(text):
    seg = segment(text)
    return [(text[q.start : q.end], q.closed, q.continues) for q in seg.quotes]


def test_straight_and_curly_quotes():
    assert quotes('She said "we won" and “they lost.”') == [('"we won"', True, False), ("“they lost.”", True, False)]


def test_multi_paragraph_quote_reopens_without_closing():
    text = "“The first part runs on.\n\n“The second part ends,” she said."
    assert quotes(text) == [("“The first part runs on.", False, True), ("“The second part ends,”", True, False)]


def test_unbalanced_quote_ends_at_paragraph_end():
    text = 'He said "this never closes.\n\nNew paragraph "here" too.'
    assert quotes(text) == [('"this never closes.', False, False), ('"here"', True, False)]


def test_stray_closing_mark_is_ignored_and_nothing_crashes():
    assert quotes("no opening here” at all") == []
    assert quotes('" ') == [('"', False, False)]  # a lone mark opens an (empty) unclosed quotation


def test_a_straight_mark_before_punctuation_never_opens_a_quotation():
    # a misplaced mark ('kits," For example ... exercise".') must not flip the later pairs
    text = 'He said kits were ready," For example, schools can vote". He called it a "strong rationale". It is.'
    assert quotes(text) == [('"strong rationale"', True, False)]
    assert quotes('"...we will win," he said.') == [('"...we will win,"', True, False)]
    assert quotes('Is the economy strong?", he asked. The minister said "no" and left.') == [('"no"', True, False)]
    assert quotes('He said: "...and that is why we fight."') == [('"...and that is why we fight."', True, False)]


def test_single_quotes_british_style_but_not_apostrophes():
    text = "He called it ‘a disgrace’ and didn’t stop. Rock of the ’90s."
    assert quotes(text) == [("‘a disgrace’", True, False)]


def test_quote_at_and_content():
    text = 'Then "inside words" after.'
    seg = segment(text)
    q = seg.quote_at(text.index("inside"))
    assert q is not None and text[q.content.start : q.content.end] == "inside words"
    assert seg.quote_at(text.index("after")) is None


# -- excluded spans ---------------------------------------------------------------------------

def test_excluded_spans_are_skipped_and_offsets_stay_valid():
    text = "Real sentence one.\nPhoto: Jane Roe\nReal sentence two."
    start = text.index("Photo")
    end = start + len("Photo: Jane Roe")
    seg = segment(text, [ExcludedSpan(start, end, "caption", "test")])
    assert [text[s.start : s.end] for s in seg.sentences] == ["Real sentence one.", "Real sentence two."]
    assert "Jane" not in seg.word_texts
    assert count_words(text, [(start, end)]) == 6
    assert seg.sentence_at(text.index("two")) == 1
    assert seg.sentence_at(start + 2) == -1


def test_excluded_spans_accept_a_frame():
    pd = pytest.importorskip("pandas")
    text = "Keep this. Drop this. Keep that."
    s = text.index("Drop")
    frame = pd.DataFrame({"start": [s], "end": [s + len("Drop this.")]})
    assert sents(text, frame) == ["Keep this.", "Keep that."]


# -- robustness -------------------------------------------------------------------------------

def test_empty_and_whitespace():
    assert segment("").sentences == []
    seg = segment(" \n\n \t ")
    assert seg.sentences == [] and seg.words == [] and seg.quotes == []


def test_long_text_without_punctuation_is_one_sentence():
    text = "word " * 200_000
    seg = segment(text)
    assert len(seg.sentences) == 1 and seg.word_count == 200_000


def test_rejects_non_text():
    with pytest.raises(TypeError):
        segment(b"bytes")  # type: ignore[arg-type]


def test_line_break_before_lower_case_continues_the_sentence():
    text = "Yes, I think that is how I would\nsee it.\nA new line starts here."
    assert sents(text) == ["Yes, I think that is how I would\nsee it.", "A new line starts here."]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks ended at 7 p.m. Shares of Acme Inc. rose 3.2% in May.",
         ["The talks ended at 7 p.m.", "Shares of Acme Inc. rose 3.2% in May."]),
        ("It closed at 9 a.m. EST and reopened.", ["It closed at 9 a.m. EST and reopened."]),
        ("He joined Bolt Inc. Shares fell.", ["He joined Bolt Inc.", "Shares fell."]),
        ("Ask for pens, paper, etc. Nobody came.", ["Ask for pens, paper, etc.", "Nobody came."]),
        ("She said no. Nobody argued.", ["She said no.", "Nobody argued."]),
        ("See No. 7 on the list.", ["See No. 7 on the list."]),
        ("He moved to St. Louis in June.", ["He moved to St. Louis in June."]),
        ("The U.N. Security Council met.", ["The U.N. Security Council met."]),
    ],
)
def test_abbreviation_classes(text, expected):
    assert sents(text) == expected


def test_a_line_of_no_break_spaces_separates_paragraphs():
    text = "Headline\r\n\u00a0\r\n“He said it\r\n\u00a0\r\nNext paragraph here. More."
    seg = segment(text)
    assert len(seg.paragraphs) == 3
    assert [text[q.start : q.end] for q in seg.quotes] == ["“He said it"]


@pytest.mark.parametrize("text", [
    "He loves rock 'n' roll and said nothing.",
    "We told 'em the '90s were over, and the players' union agreed.",
    "In the '60s, the Joneses' house was full.",
    "‘Tis the season, he said, and the dogs’ bowls were empty.",
])
def test_elisions_decades_and_possessives_are_not_quotations(text):
    assert quotes(text) == []


def test_numbered_list_markers_stay_with_their_item():
    text = "1. The first point is taxes.\n2. The second point is spending."
    assert sents(text) == ["1. The first point is taxes.", "2. The second point is spending."]
    assert sents("He scored 2. Then he left.") == ["He scored 2.", "Then he left."]


def test_devanagari_danda_ends_a_sentence():
    text = "राम घर गया। वह खुश था। Then he slept."
    seg = segment(text)
    assert [text[s.start:s.end] for s in seg.sentences] == ["राम घर गया।", "वह खुश था।", "Then he slept."]


def test_interview_speaker_label_opens_a_sentence():
    text = "We operate in four districts. ((hi))Hindi text here. ((WN)) What next? He left (see below). Then more."
    seg = segment(text)
    assert [text[s.start:s.end] for s in seg.sentences] == [
        "We operate in four districts.", "((hi))Hindi text here.", "((WN)) What next?", "He left (see below).", "Then more."]
