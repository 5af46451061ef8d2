"""Audited cleaning: excluded spans with reasons, offsets into the original text, no false positives."""
from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from analysis.cleaning import (
    LEXICON_PATH,
    REASONS,
    SCOPES,
    Cleaner,
    cleaning_report,
    excluded_spans,
    load_rules,
)
from analysis.corpus import load
from analysis.errors import InputError
from analysis.spans import ExcludedSpan

COLUMNS = Path(__file__).parent / "fixtures" / "corpus" / "columns"


def scraped_text() -> str:
    return next(iter(load(COLUMNS / "scraped_column.txt"))).text


def lines_of(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for raw in text.split("\n"):
        end = pos + len(raw)
        out.append((pos, end - 1 if raw.endswith("\r") else end))
        pos = end + 1
    return out


def assert_well_formed(text: str, spans: list[ExcludedSpan]) -> None:
    """Sorted, non-overlapping, whole lines, valid reasons."""
    starts = {s for s, _ in lines_of(text)}
    ends = {e for _, e in lines_of(text)}
    previous_end = -1
    for span in spans:
        assert span.reason in REASONS and span.rule
        assert span.start > previous_end
        assert span.start in starts and span.end in ends
        assert not text[span.start : span.end].endswith(("\n", "\r"))
        previous_end = span.end


def test_scraped_column_every_junk_line_found():
    text = scraped_text()
    spans = excluded_spans(text)
    assert_well_formed(text, spans)
    found = [(s.reason, s.rule, text[s.start : s.end]) for s in spans]
    caption = (
        "Readers gather in the reading room of the Eastside branch library on Saturday. "
        "Photograph: Lena Ortiz/Harbour Gazette"
    )
    assert found[:8] == [
        ("boilerplate", "bp_navigation", "Skip to main content"),
        ("share_buttons", "share_bar", "Share on Facebook | Share on Twitter | Email"),
        ("caption", "cap_trailing_label", caption),
        ("advertisement", "ad_label", "Advertisement"),
        ("caption", "cap_trailing_label", caption),  # the second copy too
        (
            "newsletter_promo",
            "promo_signup_en",
            "Sign up for The Morning Gazette newsletter and get our best columns in your inbox.",
        ),
        ("author_bio", "bio_columnist", "Maria Lopez is a columnist for the Harbour Gazette."),
        ("author_bio", "bio_follow", "Follow her on X @marialopez"),
    ]
    reason, rule, block = found[8]
    assert (reason, rule) == ("comment_form", "cf_header_es")
    assert block.startswith("Deja una respuesta\nTu dirección de correo electrónico no será publicada.")
    assert block.endswith("Publicar el comentario")
    assert spans[-1].end == len(text.rstrip("\n"))
    assert len(found) == 9
    # the column itself is untouched
    kept = "".join(text[a:b] for a, b in zip([0] + [s.end for s in spans], [s.start for s in spans] + [len(text)]))
    assert "When the council voted to shut the Eastside branch" in kept
    assert "The vote can still be reversed in June. It should be." in kept


def test_offsets_index_the_original_text_with_crlf():
    text = scraped_text().replace("\n", "\r\n")
    spans = excluded_spans(text)
    assert_well_formed(text, spans)
    assert text[spans[0].start : spans[0].end] == "Skip to main content"
    assert [s.reason for s in spans] == [s.reason for s in excluded_spans(scraped_text())]


def test_clean_column_has_no_exclusion():
    doc = next(iter(load(COLUMNS / "clean_column.md")))
    # prose mentioning an advertisement, a newsletter, "Leave a reply", share, a photo, a columnist
    for phrase in ("advertisement", "newsletter", "Leave a reply", "Share the cost", "photo", "is a columnist"):
        assert phrase in doc.text
    assert excluded_spans(doc.text) == []


def test_cleaning_is_deterministic_and_never_edits():
    text = scraped_text()
    copy = str(text)
    assert excluded_spans(text) == excluded_spans(text)
    assert text == copy


def test_duplicate_line_later_copies_only():
    text = (
        "The harbour board met on Monday night in the old hall.\n"
        "It should be.\n"
        "The harbour   board met on Monday night in the old hall.\n"
        "It should be.\n"
        "The harbour board met on Monday night in the old hall.\n"
    )
    spans = excluded_spans(text)
    assert [(s.reason, s.rule) for s in spans] == [("duplicate_line", "duplicate_line")] * 2
    assert [text[s.start : s.end] for s in spans] == [
        "The harbour   board met on Monday night in the old hall.",
        "The harbour board met on Monday night in the old hall.",
    ]
    assert spans[0].start == text.index("The harbour   board")


def test_comment_form_is_conservative_when_a_long_line_follows():
    long_paragraph = " ".join(["The council still has not said what the repairs will cost."] * 3)
    text = f"Opening paragraph of the column.\nLeave a Reply\n{long_paragraph}\nName *\n"
    assert [s.reason for s in excluded_spans(text)] == []


@pytest.mark.parametrize(
    "form",
    [
        "Leave a Reply\nCancel reply\nYour email address will not be published. Required fields are marked *\nComment\nName *\nEmail *\nWebsite\nPost Comment",
        "Laisser un commentaire\nAnnuler la réponse\nVotre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *\nCommentaire\nNom *",
        "Schreibe einen Kommentar\nAntworten abbrechen\nDeine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert\nKommentar\nName *",
        "Deixe um comentário\nCancelar resposta\nO seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *\nComentário\nNome *",
        "Lascia un commento\nAnnulla risposta\nIl tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *\nCommento\nNome *",
        "Deja una respuesta\nTu dirección de correo electrónico no será publicada.\nComentario\nNombre *",
        "2 thoughts on “Why the bridge matters”\nGreat column, thank you.\nI disagree about the cost.",
    ],
)
def test_comment_forms_in_six_languages(form):
    body = "".join(f"Paragraph {k} of a column about the harbour and its future, the ferry, the fares "
                   f"and the {k} people who ride it every morning before dawn.\n\n" for k in ("one", "two", "three"))
    text = body + form + "\n"
    spans = excluded_spans(text)
    assert [s.reason for s in spans] == ["comment_form"]
    assert text[spans[0].start : spans[0].end] == form


def test_comment_notice_line_alone_is_excluded():
    text = "Body of the column.\nYour email address will not be published.\nMore body text follows here for sure.\n"
    spans = excluded_spans(text)
    assert [(s.reason, text[s.start : s.end]) for s in spans] == [
        ("comment_form", "Your email address will not be published.")
    ]


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Photo: Jane Doe", "cap_label"),
        ("Image: Harbour Gazette archive", "cap_label"),
        ("Credit: Tom Reyes", "cap_label"),
        ("(Photo by Jane Doe/Getty Images)", "cap_by"),
        ("AP Photo/Evan Cole", "cap_agency"),
        ("The mayor at a rally in May. (AP Photo/Evan Cole)", "cap_trailing_agency"),
        ("The mayor at a rally in May. (Photo by Jane Doe/Getty Images)", "cap_trailing_by"),
        ("Ferry passengers on Tuesday. Photograph: J. Scott Doe/Reuters", "cap_trailing_label"),
        ("The mayor greets ferry passengers Image: Harbour Gazette / Jane Doe.", "cap_trailing_label_bare"),
    ],
)
def test_caption_lines(line, rule):
    text = f"First paragraph of the column.\n{line}\nLast paragraph of the column, which is long enough.\n"
    spans = excluded_spans(text)
    assert [(s.reason, s.rule, text[s.start : s.end]) for s in spans] == [("caption", rule, line)]


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Facebook Twitter Email", "share_buttons"),
        ("Share this article", "share_buttons"),
        ("Tweet", "share_buttons"),
        ("ADVERTISEMENT", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Publicidad", "advertisement"),
        ("Newsletter", "newsletter_promo"),
        ("Suscríbete a nuestro boletín diario", "newsletter_promo"),
        ("Get the best columns delivered to your inbox.", "newsletter_promo"),
        ("© 2021 The Harbour Gazette. All rights reserved.", "boilerplate"),
        ("Read more: Why the ferry still matters", "boilerplate"),
        ("Reporting by Ana Ruiz; Editing by Ben Carter", "boilerplate"),
        ('"Ferry fares to rise in spring" — Harbour Gazette, March 3, 2019', "boilerplate"),
        ('Ana Ruiz. "Council calls for ferry review" — Coast Weekly, May 12, 2020', "boilerplate"),
    ],
)
def test_furniture_lines(line, reason):
    text = f"First paragraph of the column.\n{line}\nLast paragraph of the column, which is long enough.\n"
    assert [s.reason for s in excluded_spans(text)] == [reason]


@pytest.mark.parametrize(
    "line",
    [
        "Facebook",  # a one-word subheading
        "Related to this, the council never published the survey.",
        "Copyright law has not caught up with the harbour's webcams.",
        "Subscribe to every newsletter the council sends and you still will not learn a thing.",
        "The photo: a ferry, a child, a dog.",
    ],
)
def test_prose_lines_are_kept(line):
    text = f"First paragraph of the column.\n{line}\nLast paragraph of the column, which is long enough.\n"
    assert excluded_spans(text) == []


def test_bios_only_in_the_last_lines():
    bio = "Maria Lopez is a columnist for the Harbour Gazette."
    middle = f"Opening line of the column.\n{bio}\n" + "".join(f"Paragraph {i} of the column.\n" for i in range(6))
    assert excluded_spans(middle) == []
    ending = "Opening line of the column.\nClosing line of the column.\n" + bio + "\n"
    spans = excluded_spans(ending)
    assert [(s.rule, ending[s.start : s.end]) for s in spans] == [("bio_columnist", bio)]


def test_bio_before_share_bar_and_comment_form_is_found():
    text = (
        "Opening line of the column.\n"
        "Closing line of the column.\n"
        "_Jo March is the author of Little Harbours._\n"
        "Share Tweet Email\n"
        "Advertisement\n"
        "Leave a Reply\n"
        "Name *\n"
    )
    assert [s.reason for s in excluded_spans(text)] == ["author_bio", "share_buttons", "advertisement", "comment_form"]


def test_random_mixtures_stay_well_formed():
    pool = scraped_text().split("\n") + next(iter(load(COLUMNS / "clean_column.md"))).text.split("\n")
    rng = random.Random(7)
    for _ in range(200):
        text = "\n".join(rng.choice(pool) for _ in range(rng.randint(0, 25)))
        assert_well_formed(text, excluded_spans(text))


def test_cleaning_report_frame():
    text = scraped_text()
    report = cleaning_report(text)
    assert list(report.columns) == ["start", "end", "reason", "rule", "text"]
    assert len(report) == len(excluded_spans(text))
    for row in report.itertuples():
        assert text[row.start : row.end] == row.text
    empty = cleaning_report("Nothing to see here.")
    assert len(empty) == 0 and list(empty.columns) == ["start", "end", "reason", "rule", "text"]


def test_lexicon_rows_are_documented_and_valid():
    with open(LEXICON_PATH, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["id", "reason", "pattern", "language", "scope", "source", "note"]
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["reason"] in REASONS and r["scope"] in SCOPES and r["source"] for r in rows)
    languages = {r["language"] for r in rows if r["reason"] == "comment_form"}
    assert {"en", "es", "fr", "de", "pt", "it"} <= languages
    assert len(load_rules()) == len(rows)


def test_custom_lexicon_and_bad_lexicon(tmp_path):
    good = tmp_path / "mine.csv"
    good.write_text(
        "id,reason,pattern,language,scope,source,note\n"
        "x_promo,newsletter_promo,buy the book,en,line,project addition,\n",
        encoding="utf-8",
    )
    text = "A paragraph.\nBuy the book\n"
    assert Cleaner.from_csv(good).excluded_spans(text) == [ExcludedSpan(13, 25, "newsletter_promo", "x_promo")]
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "id,reason,pattern,language,scope,source,note\nx,caption,(unclosed,en,line,project addition,\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"line 2 \(x\): bad pattern"):
        load_rules(bad)
    bad.write_text("id,reason,pattern,language,scope,source,note\nx,junk,a,en,line,project addition,\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown reason 'junk'"):
        load_rules(bad)


def test_past_tense_obituary_paragraph_at_the_end_is_not_a_bio():
    text = (
        "The mathematician died on Saturday at home.\n"
        "Okafor was a mathematics professor at the Harbour Institute until 1990. He kept an office there "
        "for decades afterwards and answered letters from students every week.\n"
    )
    assert excluded_spans(text) == []


def test_duplicate_detection_can_be_switched_off():
    text = "The ferry left the old dock at dawn on Monday.\nPassengers waved.\nThe ferry left the old dock at dawn on Monday.\n"
    assert [s.reason for s in excluded_spans(text)] == ["duplicate_line"]
    assert Cleaner.from_csv(duplicate_min_words=0).excluded_spans(text) == []


def test_repeated_transcript_turns_are_not_duplicates():
    text = (
        "MS. RIVERA:  Go ahead, please, next question.\n"
        "Q    Thank you for taking my question today.\n"
        "MS. RIVERA:  Go ahead, please, next question.\n"
        "Q    Thank you for taking my question today.\n"
    )
    assert excluded_spans(text) == []


@pytest.mark.parametrize("text", [
    # a section label at the top is not a comment form that swallows the column
    "Comment\n\nThe council has failed us again.\n\nIt promised new buses. None came.\n\n"
    "It promised cheaper fares. They rose.\n\nThat is not good enough.\n\nVoters will remember in May.",
    "I asked the minister about it.\n\nNo comment\n\nThat was all he said. His office did not respond.",
    # prose that looks like furniture
    "Intro.\n\n(c) The tenant must pay rent within 30 days of the notice.\n\nEnd.",
    "Intro.\n\nThe studio negotiated hard. Under the final contract, the studio kept all rights reserved.\n\nEnd.",
    "Advice.\n\nCredit: Pay off your card in full every month, and never miss a payment.\n\nMore.",
    "Lisbon.\n\nRecommended: the grilled sardines at Casa Fernando, which cost 12 euros and were the best I ate.\n\nEnd.",
    "Save, save, save\n\nSpend, spend, spend\n",
    # a refrain repeated for effect
    "And yet, nothing changed at all.\n\nThe mayor promised reform.\n\nAnd yet, nothing changed at all.",
    # a closing line that quotes a source, and an email address, are not author bios
    "Rents rose.\n\nJane Doe is a professor of economics at Yale; she told me rents will keep rising.\n\nI believe her.",
    "The report is damning.\n\nFind the full report online or write to feedback@council.example with complaints.",
])
def test_prose_that_looks_like_furniture_is_kept(text):
    assert excluded_spans(text) == []


def test_a_lower_case_image_label_inside_prose_is_kept():
    text = "First paragraph of the column.\nThe council showed us the image: a flooded street.\nLast paragraph.\n"
    assert excluded_spans(text) == []
