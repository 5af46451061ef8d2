"""Keyword in context: every hit of a coded feature or a regular expression, with its context.

One row per hit (:data:`COLUMNS`): the document's ``doc`` id, ``author``, ``outlet``, ``date``;
``start``/``end`` (Python ``str`` offsets into the text as loaded, end exclusive); ``left``,
``hit``, ``right`` (``left`` is the ``width`` characters before the hit, ``right`` the ``width``
characters after it, with every run of white space, line breaks included, shown as one space;
``hit`` is the text exactly as written); ``feature``, ``category``, ``detail`` and ``rule`` (the
coder's evidence: for attributions ``category`` is anonymous/named and ``detail`` the source
form; for hedges the category and the voice; for patterns ``feature="pattern"`` and
``rule`` is the pattern); ``excluded`` (the cleaning reason when the hit lies in a span cleaning
excluded, e.g. a caption; coded features never do, pattern hits may, and are kept and marked).

Features (:data:`FEATURES`): ``attribution`` (all), ``anonymous``, ``named`` (attributions by
anonymity), ``source`` (source spans), ``hedge``, ``booster``, ``weasel``, ``excluded`` (cleaning's
spans) and the source forms of :mod:`analysis.sourcing` (``named_person``, ``unnamed_group``, ...:
attributions whose source has that form). Coders run exactly as in the pipeline
(:func:`analysis.validation.run_coders`).
"""
from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # pandas is imported where it is used: the CLI registers this module's constants
    import pandas as pd

from .errors import InputError

__all__ = ["kwic", "kwic_html", "COLUMNS", "FEATURES", "SOURCE_FORMS"]

COLUMNS = ("doc", "author", "outlet", "date", "start", "end", "left", "hit", "right",
           "feature", "category", "detail", "rule", "excluded")

SOURCE_FORMS = ("named_person", "named_organisation", "unnamed_individual", "unnamed_group", "vague",
                "impersonal", "document", "pronoun", "description", "other", "unknown")
FEATURES = ("attribution", "anonymous", "named", "source", "hedge", "booster", "weasel", "excluded", *SOURCE_FORMS)

DEFAULT_WIDTH = 60
_WS = re.compile(r"\s+")


def _squash(s: str) -> str:
    return _WS.sub(" ", s)


def _feature_rows(text: str, feature: str) -> tuple[list[tuple], list]:
    """(start, end, feature, category, detail, rule) rows for ``feature``, and the excluded spans."""
    import pandas as pd

    from .validation import run_coders

    excluded, att, hed = run_coders(text)
    rows = []
    if feature == "excluded":
        rows = [(e.start, e.end, "excluded", e.reason, None, e.rule) for e in excluded]
    elif feature in ("hedge", "booster", "weasel"):
        for r in hed.itertuples(index=False):
            if r.kind == feature:
                rows.append((int(r.start), int(r.end), r.kind, r.category, r.voice, r.rule))
    else:
        for r in att.itertuples(index=False):
            category = "anonymous" if r.anonymous else "named"
            if feature == "source":
                if r.source_start is None or pd.isna(r.source_start):
                    continue
                rows.append((int(r.source_start), int(r.source_end), "source", r.source_form, category, r.rule))
                continue
            if feature in ("anonymous", "named") and category != feature:
                continue
            if feature in SOURCE_FORMS and r.resolved_form != feature:
                continue  # "he said" counts with the form of the source it refers to
            rows.append((int(r.cue_start), int(r.cue_end), "attribution", category, r.resolved_form, r.rule))
    return rows, excluded


def _pattern_rows(text: str, regex: re.Pattern) -> tuple[list[tuple], list]:
    from .cleaning import excluded_spans

    rows = [(m.start(), m.end(), "pattern", None, None, regex.pattern)
            for m in regex.finditer(text) if m.end() > m.start()]
    return rows, excluded_spans(text) if rows else []


def compile_pattern(pattern: str, ignore_case: bool = True) -> re.Pattern:
    """Compile a user's regular expression; a bad one is an :class:`InputError`."""
    try:
        return re.compile(pattern, re.IGNORECASE if ignore_case else 0)
    except re.error as exc:
        raise InputError(None, f"--pattern {pattern!r} is not a valid regular expression: {exc}") from None


def kwic(documents: Iterable, *, feature: str | None = None, pattern: str | re.Pattern | None = None,
         width: int = DEFAULT_WIDTH, ignore_case: bool = True) -> pd.DataFrame:
    """Keyword-in-context table (:data:`COLUMNS`) for ``documents`` (any iterable of
    :class:`analysis.corpus.Document`, e.g. ``analysis.corpus.load("data/sample")``).

    Give exactly one of ``feature`` (one of :data:`FEATURES`) or ``pattern`` (a regular
    expression, case-insensitive unless ``ignore_case=False``; empty matches are skipped).
    ``width``: characters of context on each side. Rows are in document order, then by offset.
    """
    import pandas as pd

    return pd.concat(list(iter_kwic(documents, feature=feature, pattern=pattern, width=width,
                                    ignore_case=ignore_case)) or [_empty()], ignore_index=True)


def _empty() -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("start", "end") else object) for c in COLUMNS})


def iter_kwic(documents: Iterable, *, feature: str | None = None, pattern=None, width: int = DEFAULT_WIDTH,
              ignore_case: bool = True):
    """:func:`kwic`, one frame per document (for streaming large corpora)."""
    import pandas as pd

    if (feature is None) == (pattern is None):
        raise ValueError("give exactly one of feature= or pattern=")
    if feature is not None and feature not in FEATURES:
        raise InputError(None, f"unknown feature {feature!r}; expected one of {', '.join(FEATURES)}")
    if width < 0:
        raise ValueError("width must be >= 0")
    regex = None
    if pattern is not None:
        regex = pattern if isinstance(pattern, re.Pattern) else compile_pattern(pattern, ignore_case)
    for doc in documents:
        text = doc.text
        rows, excluded = _feature_rows(text, feature) if regex is None else _pattern_rows(text, regex)
        if not rows:
            continue
        rows.sort(key=lambda r: (r[0], r[1]))
        out = []
        for s, e, feat, cat, detail, rule in rows:
            reason = next((x.reason for x in excluded if x.start < e and s < x.end), None) if feat != "excluded" else None
            out.append({
                "doc": doc.id, "author": doc.author, "outlet": doc.outlet, "date": doc.date,
                "start": s, "end": e,
                "left": _squash(text[max(0, s - width):s]), "hit": text[s:e], "right": _squash(text[e:e + width]),
                "feature": feat, "category": cat, "detail": detail, "rule": rule, "excluded": reason,
            })
        yield pd.DataFrame(out, columns=list(COLUMNS))


_STYLE = """body{font-family:system-ui,sans-serif;margin:1.5em}
table{border-collapse:collapse;font-size:14px}
th,td{padding:2px 6px;border-bottom:1px solid #ddd;vertical-align:top}
td.left{text-align:right;white-space:nowrap;overflow:hidden;max-width:32em;direction:ltr}
td.right{white-space:nowrap;overflow:hidden;max-width:32em}
td.hit{text-align:center;white-space:pre-wrap}
mark{background:#ffe58a;padding:0 2px}
.meta{color:#555;font-size:12px}"""


def kwic_html(frames: Iterable[pd.DataFrame] | pd.DataFrame, title: str = "Keyword in context") -> Iterable[str]:
    """An HTML page (yielded in chunks) showing a KWIC table; every value is HTML-escaped."""
    import pandas as pd

    if isinstance(frames, pd.DataFrame):
        frames = [frames]
    esc = lambda v: "" if v is None or (isinstance(v, float) and v != v) else html.escape(str(v), quote=True)  # noqa: E731
    yield ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           f"<title>{esc(title)}</title><style>{_STYLE}</style></head><body>\n<h1>{esc(title)}</h1>\n"
           "<table>\n<thead><tr><th>doc</th><th>author</th><th>outlet</th><th>date</th>"
           "<th>left</th><th>hit</th><th>right</th><th>feature</th><th>category</th><th>detail</th>"
           "<th>rule</th><th>excluded</th></tr></thead>\n<tbody>\n")
    for frame in frames:
        chunk = []
        for r in frame.itertuples(index=False):
            chunk.append(
                f"<tr><td class=\"meta\">{esc(r.doc)}</td><td class=\"meta\">{esc(r.author)}</td>"
                f"<td class=\"meta\">{esc(r.outlet)}</td><td class=\"meta\">{esc(r.date)}</td>"
                f"<td class=\"left\">{esc(r.left)}</td>"
                f"<td class=\"hit\" title=\"{esc(r.start)}-{esc(r.end)}\"><mark>{esc(r.hit)}</mark></td>"
                f"<td class=\"right\">{esc(r.right)}</td><td>{esc(r.feature)}</td><td>{esc(r.category)}</td>"
                f"<td>{esc(r.detail)}</td><td class=\"meta\">{esc(r.rule)}</td><td>{esc(r.excluded)}</td></tr>\n"
            )
        yield "".join(chunk)
    yield "</tbody>\n</table>\n</body></html>\n"
