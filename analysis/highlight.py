"""An HTML view of one document with its evidence marked: attributions, sources, hedges, boosters.

:func:`highlight` analyses a text (or takes the pipeline's ``evidence`` rows for it) and returns
a :class:`Highlighted` object: ``.html`` is a self-contained fragment (inline CSS, no scripts),
``_repr_html_`` shows it in a notebook, :meth:`Highlighted.page` wraps it in a full HTML page.

Marks (distinguishable without colour: each has its own border/underline style and a label):

* attribution cue, **anonymous**: orange background, dashed underline;
* attribution cue, **named**: blue background, solid underline;
* source span: bold, thin border in the colour of its cue's anonymity;
* hedge: purple dotted underline, italic;  booster: green double underline, bold;
* weasel phrase: red wavy underline;  excluded (not analysed): grey, struck through.

Hovering a mark shows what fired and why (the rule's own documentation, the lexicon entry's
note and its source). Every piece of document text is HTML-escaped, so markup in a document
(``<script>``, ``<img onerror=...>``) is shown as text, never run. Offsets are the pipeline's:
Python ``str`` indices into the text as loaded, end exclusive.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

__all__ = ["highlight", "marks_from_text", "marks_from_evidence", "Highlighted", "Mark", "CSS", "SOURCING_RULES"]

#: What each sourcing rule recognises (shown on hover).
SOURCING_RULES = {
    "verb": "A reporting verb (said, told, warned ...) with its subject or the source after it.",
    "inverted": "Inverted attribution: the verb before the source ('..., said the minister').",
    "according_to": "'According to X': X is the source.",
    "in_the_words_of": "'In the words of X': X is the source.",
    "to_quote": "An opening 'To quote X, ...': X is the source.",
    "hearsay_is_that": "'The consensus among economists is that ...', 'Word is that ...': a shared view or hearsay; the people after 'among/of/at' are the source, else none is named.",
    "told_by": "A passive with its agent: 'I was told by a diplomat that ...', 'Residents were assured by officials that ...': the agent is the source.",
    "heard_from": "'Heard/learned from X that ...': X (people, not a document) is the source.",
    "in_the_view_of": "'In the view of X', 'in the opinion of X': X holds the view (a person or body, not a document).",
    "has_it_that": "'X has it that ...' ('Rumour has it that'): X is the source.",
    "appositive_subject": "The source is described in an apposition next to the reporting verb.",
    "participle": "A participle attribution ('..., citing officials', 'speaking on condition of ...').",
    "coordinated": "A second reporting verb sharing the subject of the first ('said ... and added').",
    "in_statement": "A statement, report or document as the source ('in a statement', 'the report says').",
    "quoted_as_saying": "'X was quoted as saying': X is the source.",
    "there_are_reports": "'There are reports/claims that ...': reports by no one named (impersonal).",
    "impersonal_adverb": "An impersonal attribution adverb ('reportedly', 'allegedly'): no source is named.",
    "impersonal_passive": "An impersonal passive ('it is understood', 'it was reported'): no source is named.",
    "issued_statement": "'X issued a statement ...' with no reporting verb in the sentence: X is the source.",
    "passive_agent": "A passive with its agent ('was described as ... by the police'): the agent is the source.",
    "passive_document": "An impersonal passive framed by a document ('In the report, it is stated ...').",
    "as_reported_by": "'As reported by X', 'as quoted by X': X is the source.",
    "as_put_it": "'As X put it' or 'X put it bluntly: ...': X is the source.",
    "put_figure_at": "'Officials put the death toll at 30': X's estimate of a figure; X is the source.",
    "be_adjective": "A third party's certainty ('officials are confident that ...').",
    "bracketed_source": "A bracketed placeholder in a transcript ('as [senior official] said').",
    "participle_subject": "A participle with its own subject ('with officials reporting ...', 'groups claiming ...').",
}

#: Hover text for the kinds of mark.
KIND_HELP = {
    "anonymous": "Anonymous attribution: the source is not identified by name (CODEBOOK v1.1, part A).",
    "named": "Named attribution: the source is a named person or organisation (CODEBOOK v1.1, part A).",
    "source": "The words naming or describing the source of this attribution.",
    "hedge": "Hedge: the writer or speaker signals less than full commitment (CODEBOOK v1.1, part B).",
    "booster": "Booster: a cue of strong commitment (CODEBOOK v1.1, part B).",
    "weasel": "Weasel phrase: a vague, unnamed authority presented as support (CODEBOOK v1.1, part B).",
    "excluded": "Not analysed: removed by cleaning (boilerplate, captions, bylines ...).",
}

CSS = """
.ca-doc{font-family:Georgia,'DejaVu Serif',serif;font-size:15px;line-height:1.7;max-width:46em;
  white-space:pre-wrap;overflow-wrap:break-word;color:#111;background:#fff;padding:0.6em 0}
.ca-doc .ca-m{border-radius:2px;padding:0 1px}
.ca-doc .ca-anonymous{background:#FBE3C4;border-bottom:2px dashed #D55E00}
.ca-doc .ca-named{background:#D3E8F6;border-bottom:2px solid #0072B2}
.ca-doc .ca-source{font-weight:bold;outline:1px solid #999}
.ca-doc .ca-source.ca-anon{outline:1px dashed #D55E00}
.ca-doc .ca-source.ca-nam{outline:1px solid #0072B2}
.ca-doc .ca-hedge{font-style:italic;text-decoration:underline dotted #7B3F9E 2px;text-underline-offset:3px;
  background:#F1E6F7}
.ca-doc .ca-booster{font-weight:bold;text-decoration:underline double #00785A;text-underline-offset:3px;
  background:#DDF2EA}
.ca-doc .ca-weasel{text-decoration:underline wavy #B2182B;text-underline-offset:3px;background:#FBE0E3}
.ca-doc .ca-excluded{color:#888;text-decoration:line-through}
.ca-legend{font-family:'DejaVu Sans',Arial,sans-serif;font-size:12px;margin:0.4em 0;line-height:2}
.ca-legend span.ca-m{margin-right:0.9em;white-space:nowrap}
.ca-title{font-family:'DejaVu Sans',Arial,sans-serif;font-size:15px;font-weight:bold;margin:0.2em 0}
.ca-meta{font-family:'DejaVu Sans',Arial,sans-serif;font-size:12px;color:#555}
""".strip()

_LEGEND = (
    ("anonymous", "anonymous attribution"),
    ("named", "named attribution"),
    ("source", "source"),
    ("hedge", "hedge"),
    ("booster", "booster"),
    ("weasel", "weasel"),
    ("excluded", "not analysed"),
)


@dataclass(frozen=True, order=True)
class Mark:
    """One marked span: ``[start, end)`` in the text, its ``kind`` (a key of :data:`KIND_HELP`),
    the CSS classes to add and the hover text."""

    start: int
    end: int
    kind: str
    extra_class: str = ""
    tip: str = ""


@dataclass
class Highlighted:
    """A document rendered with its evidence marked (see module docstring)."""

    text: str
    marks: list = field(default_factory=list)
    title: str | None = None
    meta: str | None = None

    @property
    def html(self) -> str:
        """A self-contained HTML fragment: style, legend, title and the marked text."""
        parts = [f"<div class=\"ca-highlight\"><style>{CSS}</style>"]
        if self.title:
            parts.append(f"<div class=\"ca-title\">{html.escape(self.title)}</div>")
        if self.meta:
            parts.append(f"<div class=\"ca-meta\">{html.escape(self.meta)}</div>")
        parts.append(legend_html(self.counts()))
        parts.append(f"<div class=\"ca-doc\">{render_marked(self.text, self.marks)}</div></div>")
        return "".join(parts)

    def counts(self) -> dict:
        out: dict[str, int] = {}
        for m in self.marks:
            out[m.kind] = out.get(m.kind, 0) + 1
        return out

    def _repr_html_(self) -> str:
        return self.html

    def page(self) -> str:
        """A complete HTML page holding the fragment."""
        title = html.escape(self.title or "Highlighted column")
        return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head>"
                f"<body>{self.html}</body></html>\n")

    def save(self, path) -> None:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(self.page())


def legend_html(counts: dict | None = None) -> str:
    items = []
    for kind, label in _LEGEND:
        n = "" if counts is None else f" ({counts.get(kind, 0)})"
        if counts is not None and not counts.get(kind) and kind == "excluded":
            continue
        items.append(f"<span class=\"ca-m ca-{kind}\" title=\"{html.escape(KIND_HELP[kind])}\">"
                     f"{html.escape(label)}{n}</span>")
    return "<div class=\"ca-legend\">" + "".join(items) + "</div>"


def render_marked(text: str, marks) -> str:
    """``text`` HTML-escaped, with ``<span>`` elements for the marks.

    Overlapping marks are handled by cutting the text at every mark boundary: each piece is
    wrapped in the spans of all marks covering it (outermost = longest), so the HTML is always
    well nested.
    """
    n = len(text)
    marks = [m for m in marks if 0 <= m.start < m.end <= n]
    cuts = sorted({0, n, *(m.start for m in marks), *(m.end for m in marks)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = html.escape(text[a:b], quote=False)
        covering = sorted((m for m in marks if m.start <= a and m.end >= b), key=lambda m: (m.start - m.end, m.kind))
        for m in reversed(covering):
            cls = f"ca-m ca-{m.kind}" + (f" {m.extra_class}" if m.extra_class else "")
            piece = f"<span class=\"{cls}\" title=\"{html.escape(m.tip, quote=True)}\">{piece}</span>"
        out.append(piece)
    return "".join(out)


# -- explanations --------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _hedging_docs() -> tuple[dict, dict]:
    from . import hedging

    rules = {name: " ".join((f.__doc__ or "").split()) for name, f in hedging.RULES.items()}
    lexicon = hedging.load_lexicon()
    return rules, lexicon


def _hedge_tip(kind: str, category: str, rule: str, entry: str | None, voice: str | None) -> str:
    rules, lexicon = _hedging_docs()
    name, _, branch = (rule or "").partition(":")
    lines = [KIND_HELP.get(kind, kind), f"Category: {category}." if category else ""]
    if voice:
        lines.append("Voice: the author's own." if voice == "author" else "Voice: a quoted or reported source.")
    lines.append(f"Rule: {rule}" + (f" — {rules[name]}" if name in rules and rules[name] else ""))
    key = " ".join((entry or "").lower().replace("’", "'").split())
    if key in lexicon:
        e = lexicon[key]
        lines.append(f"Lexicon entry '{e.entry}' ({e.source})" + (f": {e.note}" if e.note else "."))
    return "\n".join(x for x in lines if x)


def _attribution_tip(anonymous: bool, form: str | None, rule: str | None, source: str | None, extra: str = "") -> str:
    lines = [KIND_HELP["anonymous" if anonymous else "named"]]
    if source:
        lines.append(f"Source: {source}")
    if form:
        lines.append(f"Source form: {form.replace('_', ' ')}.")
    if rule:
        lines.append(f"Rule: {rule}" + (f" — {SOURCING_RULES[rule]}" if rule in SOURCING_RULES else ""))
    if extra:
        lines.append(extra)
    return "\n".join(lines)


# -- marks -----------------------------------------------------------------------------------------

def marks_from_text(text: str, excluded=None) -> list[Mark]:
    """Analyse ``text`` (cleaning, one shared segmentation, sourcing, hedging) into marks."""
    from . import cleaning, hedging, sourcing
    from .text import segment

    if excluded is None:
        excluded = cleaning.excluded_spans(text)
    seg = segment(text, excluded)
    att = sourcing.attributions(text, excluded, seg=seg)
    reported = sourcing.reported_speech(text, excluded, seg=seg)
    hed = hedging.hedges(text, excluded, seg=seg, reported=reported)
    marks = [Mark(e.start, e.end, "excluded", tip=f"{KIND_HELP['excluded']}\nReason: {e.reason} (rule {e.rule}).")
             for e in excluded]
    for r in att.itertuples(index=False):
        anon = bool(r.anonymous)
        extra = ""
        if getattr(r, "justification", None):
            extra = f"Reason given for anonymity: {r.justification} ({r.justification_type})."
        tip = _attribution_tip(anon, r.source_form, r.rule, r.source, extra)
        marks.append(Mark(int(r.cue_start), int(r.cue_end), "anonymous" if anon else "named", tip=tip))
        if r.source_start is not None and not pd.isna(r.source_start):
            marks.append(Mark(int(r.source_start), int(r.source_end), "source", "ca-anon" if anon else "ca-nam",
                              tip=f"{KIND_HELP['source']}\nSource form: {str(r.source_form).replace('_', ' ')} "
                                  f"({'anonymous' if anon else 'named'}); id {r.source_id}."))
    for r in hed.itertuples(index=False):
        if r.kind in ("hedge", "booster", "weasel"):
            marks.append(Mark(int(r.start), int(r.end), r.kind,
                              tip=_hedge_tip(r.kind, r.category, r.rule, r.entry, r.voice)))
    return sorted(marks)


def marks_from_evidence(evidence: pd.DataFrame, doc: str | None = None) -> list[Mark]:
    """Marks from the pipeline's ``evidence`` rows (of ``doc`` when given)."""
    rows = evidence if doc is None else evidence[evidence["doc"] == doc]
    marks = []
    for r in rows.itertuples(index=False):
        f = r.feature
        if f == "attribution":
            anon = r.category == "anonymous"
            marks.append(Mark(int(r.start), int(r.end), "anonymous" if anon else "named",
                              tip=_attribution_tip(anon, r.detail, r.rule, None)))
        elif f == "source":
            anon = r.detail == "anonymous"
            marks.append(Mark(int(r.start), int(r.end), "source", "ca-anon" if anon else "ca-nam",
                              tip=f"{KIND_HELP['source']}\nSource form: {str(r.category).replace('_', ' ')} "
                                  f"({r.detail}); id {r.source_id}."))
        elif f in ("hedge", "booster", "weasel"):
            marks.append(Mark(int(r.start), int(r.end), f, tip=_hedge_tip(f, r.category, r.rule, r.text, r.detail)))
        elif f == "excluded":
            marks.append(Mark(int(r.start), int(r.end), "excluded",
                              tip=f"{KIND_HELP['excluded']}\nReason: {r.category} (rule {r.rule})."))
    return sorted(marks)


def highlight(text: str, excluded=None, *, evidence: pd.DataFrame | None = None, doc: str | None = None,
              title: str | None = None, meta: str | None = None) -> Highlighted:
    """Highlight ``text``: analysed here, or from the pipeline's ``evidence`` rows (for ``doc``).

    With ``evidence`` the marks are exactly the spans the tables count; each evidence row's
    ``text`` must equal ``text[start:end]`` (checked: a mismatch means the wrong text).
    """
    if evidence is not None:
        rows = evidence if doc is None else evidence[evidence["doc"] == doc]
        for r in rows.itertuples(index=False):
            if text[int(r.start):int(r.end)] != r.text:
                raise ValueError(f"evidence span {r.start}-{r.end} of {r.doc!r} does not match the text given")
        marks = marks_from_evidence(rows)
    else:
        marks = marks_from_text(text, excluded)
    return Highlighted(text, marks, title=title, meta=meta)
