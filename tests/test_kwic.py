"""Keyword in context: feature and pattern hits, context, metadata, HTML escaping, the CLI."""
import argparse
import json

import pytest

from analysis.corpus import Document
from analysis.errors import InputError
from analysis.kwic import COLUMNS, kwic, kwic_html

DOCS = [
    Document(id="a", author="Pat Ruiz", outlet="The Bay Post", date="2025-01-02",
             text="Officials said the bridge may close. The mayor, Ana Lind, said it will not.\n\nClearly, <b>nobody</b> knows."),
    Document(id="b", author="Lee Moss", outlet="The Bay Post", date="2025-01-03",
             text="Residents argue that tolls are perhaps too high & rising."),
]


def test_feature_rows_carry_metadata_context_and_rule():
    t = kwic(DOCS, feature="anonymous", width=12)
    assert list(t.columns) == list(COLUMNS)
    assert t["hit"].tolist() == ["said", "argue"]
    first = t.iloc[0]
    assert (first["doc"], first["author"], first["outlet"], first["date"]) == ("a", "Pat Ruiz", "The Bay Post", "2025-01-02")
    assert first["left"] == "Officials " and first["right"] == " the bridge "
    assert first["category"] == "anonymous" and first["rule"]
    text = DOCS[0].text
    assert text[first["start"]:first["end"]] == "said"
    named = kwic(DOCS, feature="named")
    assert named["hit"].tolist() == ["said"] and named.iloc[0]["start"] > first["start"]


def test_hedge_and_booster_features():
    assert kwic(DOCS, feature="hedge")["hit"].tolist() == ["may", "perhaps"]
    assert kwic(DOCS, feature="booster")["hit"].tolist() == ["Clearly"]


def test_pattern_hits_and_whitespace_in_context():
    t = kwic(DOCS, pattern=r"\bclear\w*", width=20)
    assert t["hit"].tolist() == ["Clearly"]  # case-insensitive by default
    assert "\n" not in t.iloc[0]["left"] and t.iloc[0]["left"].endswith("will not. ")
    assert t.iloc[0]["feature"] == "pattern" and t.iloc[0]["rule"] == r"\bclear\w*"
    assert kwic(DOCS, pattern="x*").empty  # empty matches are skipped
    assert kwic(DOCS, pattern=r"\bclear\w*", ignore_case=False).empty


def test_bad_arguments():
    with pytest.raises(InputError, match="not a valid regular expression"):
        kwic(DOCS, pattern="(unclosed")
    with pytest.raises(InputError, match="unknown feature"):
        kwic(DOCS, feature="adverbs")
    with pytest.raises(ValueError):
        kwic(DOCS, feature="hedge", pattern="x")


def test_html_escapes_document_text_and_metadata():
    evil = Document(id="<x>", author="<script>alert(1)</script>", text='He said "<img src=x onerror=alert(1)>" & left.')
    page = "".join(kwic_html(kwic([evil], pattern="said|img|&")))
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<mark>&amp;</mark>" in page


def _cli(argv):
    from analysis.commands import kwic as command

    parser = argparse.ArgumentParser()
    command.register(parser.add_subparsers())
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.fixture
def corpus(tmp_path):
    p = tmp_path / "c.jsonl"
    with open(p, "w", encoding="utf-8") as fh:
        for d in DOCS:
            fh.write(json.dumps({"id": d.id, "author": d.author, "outlet": d.outlet, "date": d.date, "text": d.text}) + "\n")
    return p


def test_cli_csv_html_and_files(corpus, tmp_path, capsys):
    assert _cli(["kwic", str(corpus), "--feature", "attribution", "--width", "10"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ",".join(COLUMNS) and len(lines) == 4
    out = tmp_path / "k.csv"
    assert _cli(["kwic", str(corpus), "--pattern", "toll", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfdoc,author")
    page = tmp_path / "k.html"
    assert _cli(["kwic", str(corpus), "--pattern", "nobody", "--format", "html", "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert "&lt;b&gt;" in html and "<mark>nobody</mark>" in html
    with pytest.raises(SystemExit):
        _cli(["kwic", str(corpus)])  # a feature or a pattern is required
