"""Highlighted article view: marks in the right places, explanations on hover, text always escaped."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd
import pytest

from analysis import highlight as hl
from analysis.corpus import load
from analysis.pipeline import analyze

ROOT = Path(__file__).resolve().parents[1]

TEXT = ("The mayor's budget may be short by about $4 million, a senior official said. "
        "Maria Okafor, the finance director, said the figures clearly add up.")


def _visible_text(fragment: str) -> str:
    """The document text shown in a fragment: the .ca-doc div without tags, unescaped."""
    body = fragment.split('<div class="ca-doc">', 1)[1].rsplit("</div></div>", 1)[0]
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def _marked(fragment: str, cls: str) -> list[str]:
    return [html.unescape(m) for m in re.findall(rf'<span class="ca-m {cls}[^"]*" title="[^"]*">([^<]*)</span>', fragment)]


def test_anonymous_and_named_attributions_get_different_marks():
    h = hl.highlight(TEXT)
    assert "said" in _marked(h.html, "ca-anonymous")
    assert "said" in _marked(h.html, "ca-named")
    assert h.counts()["anonymous"] == 1 and h.counts()["named"] == 1
    sources = _marked(h.html, "ca-source")
    assert any("senior official" in s for s in sources)
    assert any("Maria Okafor" in s for s in sources)
    # the two kinds look different, also without colour: dashed vs solid underline
    assert "ca-anonymous{background:#FBE3C4;border-bottom:2px dashed" in hl.CSS
    assert "ca-named{background:#D3E8F6;border-bottom:2px solid" in hl.CSS


def test_hedges_and_boosters_are_marked_with_the_rule_on_hover():
    h = hl.highlight(TEXT)
    assert "may" in _marked(h.html, "ca-hedge")
    assert "clearly" in _marked(h.html, "ca-booster")
    tip = re.search(r'<span class="ca-m ca-hedge" title="([^"]*)">may</span>', h.html).group(1)
    tip = html.unescape(tip)
    assert "Rule: modal_may" in tip and "Hedge:" in tip and "CODEBOOK" in tip


def test_the_text_is_shown_exactly_as_given():
    h = hl.highlight(TEXT)
    assert _visible_text(h.html) == TEXT


def test_markup_in_a_document_is_shown_as_text_never_run():
    text = ('<script>alert("x")</script> A source said the <img src=x onerror="alert(1)"> plan "may" fail. '
            'Officials, who asked for <b>anonymity</b>, said so.')
    h = hl.highlight(text, title="<script>t</script>", meta='a "quoted" <meta>')
    page = h.page()
    assert "<script" not in page
    assert "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page or "&lt;script&gt;alert(\"x\")&lt;/script&gt;" in page
    assert _visible_text(h.html) == text
    # attribute values (hover text quoting the source) cannot break out of their quotes
    for title in re.findall(r'title="([^"]*)"', h.html):
        assert "<" not in title and ">" not in title


def test_overlapping_marks_nest_and_keep_the_text():
    marks = [hl.Mark(0, 10, "named", tip="a"), hl.Mark(4, 14, "hedge", tip="b"), hl.Mark(6, 8, "booster", tip="c")]
    text = "abcdefghijklmnop<>"
    out = hl.render_marked(text, marks)
    assert out.count("<span") == out.count("</span>")
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text
    # the piece 6-8 is inside all three marks, the shortest innermost
    assert re.search(r'<span class="ca-m ca-(named|hedge)"[^>]*><span class="ca-m ca-(named|hedge)"[^>]*>'
                     r'<span class="ca-m ca-booster"[^>]*>gh</span></span></span>', out)


def test_marks_outside_the_text_are_ignored():
    out = hl.render_marked("short", [hl.Mark(2, 99, "hedge"), hl.Mark(-1, 2, "hedge")])
    assert out == "short"


def test_highlight_from_the_pipeline_evidence_matches_the_analysis():
    docs = list(load(ROOT / "data" / "sample"))[:3]
    res = analyze(docs, jobs=1)
    for doc in docs:
        from_evidence = hl.highlight(doc.text, evidence=res.evidence, doc=doc.id)
        direct = hl.highlight(doc.text)
        key = lambda h: sorted((m.start, m.end, m.kind) for m in h.marks)  # noqa: E731
        assert key(from_evidence) == key(direct), doc.id
        assert from_evidence.counts().get("anonymous", 0) == int(
            res.articles.set_index("doc").at[doc.id, "anonymous_attributions"])


def test_evidence_for_another_text_is_refused():
    docs = list(load(ROOT / "data" / "sample"))[:1]
    res = analyze(docs, jobs=1)
    with pytest.raises(ValueError, match="does not match"):
        hl.highlight("Something else entirely, she said." * 20, evidence=res.evidence, doc=docs[0].id)


def test_notebook_representation_is_the_fragment():
    h = hl.highlight("It is clearly true, he said.")
    assert h._repr_html_() == h.html
    assert h.html.startswith('<div class="ca-highlight"><style>')
    assert isinstance(hl.marks_from_evidence(pd.DataFrame(columns=["doc", "feature"])), list)
