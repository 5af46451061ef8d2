"""Loading documents: :class:`Document`, the streaming :class:`Corpus`, and :func:`load`.

Formats
-------
* a **folder**: every loadable file below it, recursively, in sorted (deterministic) order;
  hidden files and folders (name starting with ``.``) are skipped; files with other suffixes are
  skipped with a warning that names how many and which.
* **plain text / Markdown** (``.txt``, ``.md``, ``.markdown``), with optional YAML front matter;
* **HTML pages** (``.html``, ``.htm``): main text and metadata extracted offline by trafilatura;
* **tables**: CSV (``.csv``), TSV (``.tsv``, ``.tab``), JSON lines (``.jsonl``, ``.ndjson``) and
  Parquet (``.parquet``, ``.pq``), one document per row, with a text column and metadata columns.

The text as loaded (offsets index this string)
----------------------------------------------
Every offset the suite reports indexes ``Document.text`` exactly as loaded:

* text/Markdown **without** front matter: the whole decoded file, headline line included. Only a
  leading byte-order mark is removed; line endings (``\\r\\n`` stays ``\\r\\n``), trailing white
  space and Markdown syntax are kept as they are. This equals
  ``open(path, encoding="utf-8-sig", newline="").read()`` for a UTF-8 file.
* text/Markdown **with** front matter (first line ``---``, a YAML mapping, a closing ``---`` or
  ``...`` line): everything after the closing line (its line ending included in the front matter).
* tables: the cell as read (CSV/TSV cells are read as strings: nothing is converted, ``NA`` stays
  the text ``NA``); an empty or null text cell is a document with empty text (kept, not dropped;
  ``info`` reports how many).
* HTML: the text trafilatura extracts (``output_format="txt"``, comments excluded), which is not
  a substring of the file: offsets index the extracted text.

Decoding
--------
UTF-8 (with or without BOM); otherwise cp1252 with a :class:`CorpusWarning` naming the file. A file
with NUL bytes is a binary file (:class:`~analysis.errors.InputError`); so is text that is not valid
UTF-8 nor cp1252. ``encoding=`` forces one encoding (strictly). HTML bytes are decoded by trafilatura
(which honours the page's declared charset).

Ids (stable across runs: they depend only on paths, metadata and row order)
----------------------------------------------------------------------------
* files: the path relative to the loaded folder without its suffix, ``/``-separated
  (``2021/smith-on-taxes``); a single loaded file: its stem. A front-matter ``id:`` overrides.
* tables: the id column when the table has one (an empty id cell is an error); otherwise
  ``<file id>:<row>`` with rows numbered from 1 (the first record), where ``<file id>`` is the stem
  of a loaded table, or its relative path without suffix inside a loaded folder.
* a duplicate id (within one load or across :func:`load_many`) raises ``InputError`` naming both
  sources. Because corpora stream, the check happens while iterating.

Metadata
--------
Standard fields ``title``, ``author`` (the columnist), ``outlet``, ``date``, ``url``, ``section``
come from the same-named keys/columns, or from the names given in ``columns=`` (e.g.
``{"author": "byline"}``). Every other key/column is kept unchanged in ``Document.extra``.
``date`` is ISO ``YYYY-MM-DD`` or ``None``: values that are dates, datetimes or strings in a
recognised format (ISO dates and timestamps, ``YYYY/MM/DD``, ``YYYYMMDD``, ``3 March 2020``,
``March 3, 2020``, ``Mar 3 2020``) are normalised; an unparseable date is **not** guessed: ``date``
is ``None``, the original value is kept in ``extra["date_raw"]`` and a warning names the file (once
per file). Day-first/month-first numeric dates such as ``03/04/2020`` are ambiguous and therefore
unparseable.
"""
from __future__ import annotations

import codecs
import datetime as _dt
import itertools
import json
import os
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

from .errors import InputError

__all__ = [
    "Document",
    "Corpus",
    "CorpusWarning",
    "UnreadableDocument",
    "STANDARD_FIELDS",
    "load",
    "load_many",
    "normalize_date",
]

#: Metadata fields every document has (``None`` when unknown), in this order.
STANDARD_FIELDS = ("title", "author", "outlet", "date", "url", "section")

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
TABLE_SUFFIXES = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
}
FORMATS = ("folder", "text", "html", "csv", "tsv", "jsonl", "parquet")

_CHUNK_ROWS = 1000  # rows per chunk/batch when streaming tables
_SNIFF_BLOCK = 1 << 20


class CorpusWarning(UserWarning):
    """Something about the input the user should know that is not an error (cp1252 fallback,
    an unparseable date, skipped files)."""


# --------------------------------------------------------------------------------------------
# Document and Corpus


@dataclass(frozen=True)
class Document:
    """One column: its id, its text exactly as loaded, and its metadata."""

    id: str
    text: str
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    section: str | None = None
    extra: dict = field(default_factory=dict)
    source: str = ""

    def metadata(self) -> dict:
        """The standard fields, then ``extra`` (no text, no id, no source)."""
        out = {name: getattr(self, name) for name in STANDARD_FIELDS}
        for key, value in self.extra.items():
            out.setdefault(key, value)
        return out


@dataclass(frozen=True)
class UnreadableDocument:
    """A file of a folder corpus that could not be read (``load(..., on_error="collect")``):
    its would-be ``id``, the file (``source``) and the problem (``error``)."""

    id: str
    source: str
    error: str
    text: None = None


class Corpus:
    """An iterable of :class:`Document` that streams: every iteration re-reads the input and
    never holds all texts in memory. Ids are checked for duplicates during iteration."""

    def __init__(self, path: str | os.PathLike | None, factory: Callable[[], Iterator[Document]]):
        self.path = None if path is None else os.fspath(path)
        self._factory = factory

    def __iter__(self) -> Iterator[Document]:
        seen: dict[str, str] = {}
        for doc in self._factory():
            other = seen.get(doc.id)
            if other is not None:
                raise InputError(doc.source, f"duplicate id {doc.id!r} (also in {other})")
            seen[doc.id] = doc.source
            yield doc

    def ids(self) -> list[str]:
        """All document ids, in iteration order."""
        return [doc.id for doc in self]

    def to_frame(self, include_text: bool = False):
        """A pandas frame, one row per document: ``id``, the standard fields, every ``extra`` key
        (as columns, in order of first appearance), ``source`` and optionally ``text``."""
        import pandas as pd

        rows = []
        for doc in self:
            row = {"id": doc.id, **{name: getattr(doc, name) for name in STANDARD_FIELDS}}
            for key, value in doc.extra.items():
                row.setdefault(key, value)
            row["source"] = doc.source
            if include_text:
                row["text"] = doc.text
            rows.append(row)
        base = ["id", *STANDARD_FIELDS, "source"] + (["text"] if include_text else [])
        frame = pd.DataFrame(rows)
        if frame.empty:
            return pd.DataFrame(columns=base)
        extra_cols = [c for c in frame.columns if c not in base]
        order = ["id", *STANDARD_FIELDS, *extra_cols, "source"] + (["text"] if include_text else [])
        return frame[order]

    def __repr__(self) -> str:
        return f"Corpus({self.path!r})"


# --------------------------------------------------------------------------------------------
# Public loaders


def load(
    path: str | os.PathLike,
    *,
    format: str | None = None,
    text_column: str = "text",
    id_column: str = "id",
    columns: Mapping[str, str] | None = None,
    encoding: str | None = None,
    on_error: str = "raise",
) -> Corpus:
    """Open ``path`` (a file or a folder) as a streaming :class:`Corpus`.

    ``on_error``: in a folder, a file that cannot be read (binary, undecodable, empty, malformed
    front matter ...) raises :class:`~analysis.errors.InputError` (``"raise"``, the default), or
    is yielded as an :class:`UnreadableDocument` naming the file and the problem
    (``"collect"``), so that a corpus pipeline can report it and go on. Nothing is dropped
    silently either way.

    ``format`` overrides detection by suffix (one of ``FORMATS``). ``columns`` maps standard
    metadata names to the names used in the input, e.g. ``{"author": "byline"}``. Problems that
    can be seen without reading every document (missing path, unknown format, missing text column,
    empty folder) raise :class:`~analysis.errors.InputError` here; the rest while iterating.
    """
    p = Path(path)
    mapping = _check_columns(columns)
    if format is not None and format not in FORMATS:
        raise InputError(p, f"unknown format {format!r}; expected one of {', '.join(FORMATS)}")
    if not p.exists():
        raise InputError(p, "no such file or folder")
    if on_error not in ("raise", "collect"):
        raise InputError(None, f"on_error must be 'raise' or 'collect', not {on_error!r}")
    opts = _Options(text_column, id_column, mapping, encoding)
    if p.is_dir():
        if format not in (None, "folder"):
            raise InputError(p, f"is a folder, not a {format} file")
        files = _folder_files(p)
        for f in files:  # fail early on tables without the text column
            if _file_format(f) in ("csv", "tsv", "jsonl", "parquet"):
                _check_table(f, _file_format(f), opts)
        return Corpus(p, lambda: _iter_folder(p, files, opts, collect=on_error == "collect"))
    if not p.is_file():
        raise InputError(p, "not a regular file")
    fmt = format or _file_format(p)
    if fmt is None:
        raise InputError(
            p,
            f"unsupported file type {p.suffix or '(no suffix)'!r}; expected .txt, .md, .html, "
            ".csv, .tsv, .jsonl or .parquet (or pass format=)",
        )
    if fmt == "folder":
        raise InputError(p, "is a file, not a folder")
    if fmt in ("csv", "tsv", "jsonl", "parquet"):
        _check_table(p, fmt, opts)
    return Corpus(p, lambda: _iter_file(p, fmt, p.stem, opts))


def load_many(paths: Iterable[str | os.PathLike], **options: Any) -> Corpus:
    """Chain several inputs into one streaming :class:`Corpus` (same options for each).

    Ids must be unique across all inputs: a duplicate raises ``InputError`` naming both sources.
    """
    paths = list(paths)
    if not paths:
        raise InputError(None, "no input paths given")
    corpora = [load(p, **options) for p in paths]
    label = os.fspath(paths[0]) if len(paths) == 1 else None
    return Corpus(label, lambda: itertools.chain.from_iterable(corpora))


# --------------------------------------------------------------------------------------------
# Options, formats, folders


@dataclass(frozen=True)
class _Options:
    text_column: str
    id_column: str
    mapping: dict  # standard name -> input name
    encoding: str | None


def _check_columns(columns: Mapping[str, str] | None) -> dict:
    mapping = {name: name for name in STANDARD_FIELDS}
    for key, value in (columns or {}).items():
        if key not in STANDARD_FIELDS:
            raise InputError(
                None, f"unknown metadata field {key!r} in columns; expected one of {', '.join(STANDARD_FIELDS)}"
            )
        mapping[key] = str(value)
    return mapping


def _file_format(p: Path) -> str | None:
    suffix = p.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    return TABLE_SUFFIXES.get(suffix)


def _folder_files(folder: Path) -> list[Path]:
    files: list[Path] = []
    skipped: list[str] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            f = Path(root) / name
            if _file_format(f) is None:
                skipped.append(f.relative_to(folder).as_posix())
            else:
                files.append(f)
    files.sort(key=lambda f: f.relative_to(folder).as_posix())
    if not files:
        raise InputError(
            folder,
            "no loadable files (expected .txt, .md, .markdown, .html, .htm, .csv, .tsv, .jsonl or .parquet)",
        )
    if skipped:
        shown = ", ".join(skipped[:5]) + (", ..." if len(skipped) > 5 else "")
        warnings.warn(f"{folder}: skipped {len(skipped)} file(s) of unsupported type: {shown}", CorpusWarning, 2)
    return files


def _iter_folder(folder: Path, files: list[Path], opts: _Options, collect: bool = False) -> Iterator[Document]:
    for f in files:
        file_id = f.relative_to(folder).with_suffix("").as_posix()
        fmt = _file_format(f)
        if collect and fmt in ("text", "html"):  # one file, one document: report it and go on
            try:
                doc = next(_iter_file(f, fmt, file_id, opts))
            except InputError as exc:
                yield UnreadableDocument(id=file_id, source=os.fspath(f), error=exc.problem)
                continue
            yield doc
        else:
            yield from _iter_file(f, fmt, file_id, opts)


def _iter_file(p: Path, fmt: str, file_id: str, opts: _Options) -> Iterator[Document]:
    if fmt == "text":
        yield _load_text_file(p, file_id, opts)
    elif fmt == "html":
        yield _load_html_file(p, file_id, opts)
    elif fmt in ("csv", "tsv"):
        yield from _iter_csv(p, fmt, file_id, opts)
    elif fmt == "jsonl":
        yield from _iter_jsonl(p, file_id, opts)
    elif fmt == "parquet":
        yield from _iter_parquet(p, file_id, opts)
    else:  # pragma: no cover - guarded by load()
        raise InputError(p, f"unknown format {fmt!r}")


# --------------------------------------------------------------------------------------------
# Decoding


def _decode(p: Path, data: bytes, encoding: str | None) -> str:
    """Bytes -> str following the module's decoding rules (see the module docstring)."""
    if b"\x00" in data:
        raise InputError(p, "binary file (contains NUL bytes), not text")
    if encoding:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(p, f"not valid {encoding} text ({_short(exc)})") from None
        return text[1:] if text.startswith("\ufeff") else text
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(p, "not valid UTF-8 or cp1252 text") from None
    warnings.warn(f"{p}: not valid UTF-8; decoded as cp1252 (Windows-1252)", CorpusWarning, 3)
    return text


def _sniff_encoding(p: Path, encoding: str | None) -> str:
    """Pick the encoding for a streamed table by scanning the file once in blocks (nothing kept)."""
    if encoding:
        return encoding
    utf8 = codecs.getincrementaldecoder("utf-8-sig")()
    cp = codecs.getincrementaldecoder("cp1252")()
    is_utf8 = True
    with open(p, "rb") as handle:
        while True:
            block = handle.read(_SNIFF_BLOCK)
            final = not block
            if b"\x00" in block:
                raise InputError(p, "binary file (contains NUL bytes), not text")
            if is_utf8:
                try:
                    utf8.decode(block, final)
                except UnicodeDecodeError:
                    is_utf8 = False
            if not is_utf8:
                try:
                    cp.decode(block, final)
                except UnicodeDecodeError:
                    raise InputError(p, "not valid UTF-8 or cp1252 text") from None
            if final:
                break
    if is_utf8:
        return "utf-8-sig"
    warnings.warn(f"{p}: not valid UTF-8; decoded as cp1252 (Windows-1252)", CorpusWarning, 3)
    return "cp1252"


def _header_encoding(p: Path, encoding: str | None) -> str:
    """Encoding good enough to read a table's header at load() time: looks at the first block
    only and never warns (the full check, with the cp1252 warning, happens while iterating)."""
    if encoding:
        return encoding
    with open(p, "rb") as handle:
        block = handle.read(1 << 16)
    if b"\x00" in block:
        raise InputError(p, "binary file (contains NUL bytes), not text")
    try:
        codecs.getincrementaldecoder("utf-8-sig")().decode(block, False)
        return "utf-8-sig"
    except UnicodeDecodeError:
        return "cp1252"


def _short(exc: BaseException, limit: int = 160) -> str:
    msg = " ".join(str(exc).split())
    return msg if len(msg) <= limit else msg[: limit - 1] + "…"


# --------------------------------------------------------------------------------------------
# Dates


_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_ISO_PREFIX_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_YMD_RE = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_COMPACT_RE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DMY_WORDS_RE = re.compile(r"(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_MDY_WORDS_RE = re.compile(r"(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")


def normalize_date(value: Any) -> str | None:
    """ISO ``YYYY-MM-DD`` for a date, datetime or recognised date string; ``None`` for a missing
    value; raises ``ValueError`` for anything else (see the module docstring for the formats).

    The calendar date is taken as written: a timestamp's time and offset are ignored, not
    converted to UTC.
    """
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        return value.to_pydatetime().date().isoformat()
    s = str(value).strip()
    if not s:
        return None
    for regex, order in (
        (_ISO_PREFIX_RE, "ymd"),
        (_YMD_RE, "ymd"),
        (_COMPACT_RE, "ymd"),
        (_DMY_WORDS_RE, "dmy"),
        (_MDY_WORDS_RE, "mdy"),
    ):
        m = regex.fullmatch(s)
        if not m:
            continue
        a, b, c = m.groups()
        try:
            if order == "ymd":
                y, mo, d = int(a), int(b), int(c)
            elif order == "dmy":
                y, mo, d = int(c), _MONTHS[b.lower()], int(a)
            else:
                y, mo, d = int(c), _MONTHS[a.lower()], int(b)
            return _dt.date(y, mo, d).isoformat()
        except (KeyError, ValueError):
            continue
    raise ValueError(f"unrecognised date {s!r}")


# --------------------------------------------------------------------------------------------
# Building documents from metadata


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    s = str(value)
    return s if s.strip() else None


class _DateWarner:
    """Warn once per file about unparseable dates."""

    def __init__(self, path: Path):
        self.path = path
        self.warned = False

    def __call__(self, value: Any) -> str:
        if not self.warned:
            self.warned = True
            warnings.warn(
                f"{self.path}: unparseable date {str(value)!r} (and possibly others): date set to "
                "None, original kept in extra['date_raw']",
                CorpusWarning,
                4,
            )
        return str(value)


def _make_document(
    doc_id: str,
    text: str,
    record: Mapping[str, Any],
    consumed: set,
    opts: _Options,
    source: str,
    date_warner: _DateWarner,
) -> Document:
    fields: dict[str, Any] = {}
    used = set(consumed)
    for name in STANDARD_FIELDS:
        key = opts.mapping[name]
        if key in record:
            used.add(key)
            fields[name] = record[key]
    extra = {k: v for k, v in record.items() if k not in used}
    date = None
    if fields.get("date") is not None:
        try:
            date = normalize_date(fields["date"])
        except ValueError:
            extra["date_raw"] = date_warner(fields["date"])
    return Document(
        id=doc_id,
        text=text,
        title=_as_str(fields.get("title")),
        author=_as_str(fields.get("author")),
        outlet=_as_str(fields.get("outlet")),
        date=date,
        url=_as_str(fields.get("url")),
        section=_as_str(fields.get("section")),
        extra=extra,
        source=source,
    )


# --------------------------------------------------------------------------------------------
# Text and Markdown files


_FM_OPEN_RE = re.compile(r"---[ \t]*(?:\r\n|\n|\r)")
_FM_CLOSE_RE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)", re.MULTILINE)


def _read_bytes(p: Path) -> bytes:
    try:
        return p.read_bytes()
    except OSError as exc:
        raise InputError(p, f"cannot read: {exc.strerror or exc}") from None


def split_front_matter(p: Path, raw: str) -> tuple[dict | None, str]:
    """``(front matter mapping or None, text after it)``; raises InputError when malformed."""
    m = _FM_OPEN_RE.match(raw)
    if not m:
        return None, raw
    close = _FM_CLOSE_RE.search(raw, m.end())
    if close is None:
        raise InputError(p, "malformed front matter: opened with '---' on line 1 but never closed by a '---' line")
    import yaml

    block = raw[m.end() : close.start()]
    try:
        meta = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or _short(exc)
        raise InputError(p, f"malformed front matter{where}: {problem}") from None
    except (ValueError, TypeError) as exc:  # e.g. "date: 2020-02-30": YAML reads an impossible date
        raise InputError(p, f"malformed front matter: {_short(exc)}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError(p, f"malformed front matter: expected key: value pairs, got a YAML {type(meta).__name__}")
    return {str(k): v for k, v in meta.items()}, raw[close.end() :]


def _load_text_file(p: Path, file_id: str, opts: _Options) -> Document:
    data = _read_bytes(p)
    if not data or data in (codecs.BOM_UTF8,):
        raise InputError(p, "empty file: no text")
    raw = _decode(p, data, opts.encoding)
    meta, text = split_front_matter(p, raw)
    if not text.strip():
        if meta is not None:
            raise InputError(p, "empty file: no text after the front matter")
        raise InputError(p, "empty file: no text (only white space)")
    meta = meta or {}
    doc_id = file_id
    consumed = set()
    if "id" in meta:
        consumed.add("id")
        if meta["id"] is None or not str(meta["id"]).strip():
            raise InputError(p, "front matter 'id' is empty")
        doc_id = str(meta["id"])
    return _make_document(doc_id, text, meta, consumed, opts, str(p), _DateWarner(p))


# --------------------------------------------------------------------------------------------
# HTML pages (trafilatura, offline: it is only given the bytes, never a URL to fetch)

#: Fixed date-extraction parameters so results do not depend on today's date.
_HTML_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}


def _load_html_file(p: Path, file_id: str, opts: _Options) -> Document:
    data = _read_bytes(p)
    if not data.strip():
        raise InputError(p, "empty file: no text")
    if b"\x00" in data:
        raise InputError(p, "binary file (contains NUL bytes), not text")
    if opts.encoding:
        data = _decode(p, data, opts.encoding)
    try:
        import trafilatura
    except ImportError as exc:  # lxml without lxml_html_clean, see FIELD_NOTES
        raise InputError(p, f"cannot read HTML: trafilatura unavailable ({_short(exc)}); install lxml_html_clean") from None
    try:
        result = trafilatura.bare_extraction(
            data,
            output_format="python",
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            deduplicate=False,
            date_extraction_params=dict(_HTML_DATE_PARAMS),
        )
    except Exception as exc:  # trafilatura/lxml parse failures on broken input
        raise InputError(p, f"cannot parse HTML ({_short(exc)})") from None
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise InputError(p, "no main text found in the HTML page")
    meta: dict[str, Any] = {}
    for name in ("title", "author", "date", "url"):
        value = getattr(result, name, None)
        if value:
            meta[name] = value
    if getattr(result, "sitename", None):
        meta["outlet"] = result.sitename
    categories = getattr(result, "categories", None) or []
    if categories:
        meta["section"] = categories[0]
    for name in ("description", "hostname", "categories", "tags", "language", "image"):
        value = getattr(result, name, None)
        if value:
            meta[name] = value
    # the mapping (columns=) does not apply: these are trafilatura's field names
    plain = _Options(opts.text_column, opts.id_column, {n: n for n in STANDARD_FIELDS}, opts.encoding)
    return _make_document(file_id, text, meta, set(), plain, str(p), _DateWarner(p))


# --------------------------------------------------------------------------------------------
# Tables


def _fields_found(names: Iterable[str]) -> str:
    names = [str(n) for n in names]
    return ", ".join(names) if names else "(none)"


def _check_names(p: Path, names: list[str], opts: _Options, where: str = "columns") -> None:
    if opts.text_column not in names:
        raise InputError(p, f"no text column {opts.text_column!r}; {where} found: {_fields_found(names)}")
    if opts.id_column != "id" and opts.id_column not in names:
        raise InputError(p, f"no id column {opts.id_column!r}; {where} found: {_fields_found(names)}")
    for std, name in opts.mapping.items():
        if name != std and name not in names:
            raise InputError(p, f"no column {name!r} (for {std}); {where} found: {_fields_found(names)}")


def _check_table(p: Path, fmt: str, opts: _Options) -> None:
    """Eager checks at load(): not empty, readable header, text column present."""
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise InputError(p, f"cannot read: {exc.strerror or exc}") from None
    if size == 0:
        raise InputError(p, "empty file: no text")
    if fmt in ("csv", "tsv"):
        import pandas as pd

        enc = _header_encoding(p, opts.encoding)
        try:
            header = pd.read_csv(p, sep="\t" if fmt == "tsv" else ",", nrows=0, encoding=enc, dtype=str)
        except pd.errors.EmptyDataError:
            raise InputError(p, "empty file: no text") from None
        except (pd.errors.ParserError, ValueError, UnicodeDecodeError) as exc:
            raise InputError(p, f"cannot read {fmt.upper()} header ({_short(exc)})") from None
        _check_names(p, [str(c) for c in header.columns], opts)
    elif fmt == "jsonl":
        enc = _header_encoding(p, opts.encoding)
        with open(p, encoding=enc, errors="replace", newline="") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    record = _parse_json_line(p, number, line)
                    _check_names(p, list(record), opts, where=f"fields on line {number}")
                    return
        raise InputError(p, "empty file: no records")
    elif fmt == "parquet":
        pf = _open_parquet(p)
        _check_names(p, list(pf.schema_arrow.names), opts)


def _table_id(p: Path, record: Mapping, file_id: str, row: int, opts: _Options, where: str) -> str:
    if opts.id_column in record:
        value = _as_str(record[opts.id_column])
        if value is None:
            raise InputError(p, f"{where}: empty value in id column {opts.id_column!r}")
        if isinstance(record[opts.id_column], float) and float(record[opts.id_column]).is_integer():
            value = str(int(record[opts.id_column]))
        return value.strip()
    return f"{file_id}:{row}"


def _table_text(p: Path, value: Any, where: str, opts: _Options) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if not isinstance(value, str):
        raise InputError(p, f"{where}: text column {opts.text_column!r} holds a {type(value).__name__}, not text")
    return value


def _table_document(p, record, file_id, row, opts, where, warner) -> Document:
    text = _table_text(p, record.get(opts.text_column), where, opts)
    doc_id = _table_id(p, record, file_id, row, opts, where)
    consumed = {opts.text_column}
    if opts.id_column in record:
        consumed.add(opts.id_column)
    return _make_document(doc_id, text, record, consumed, opts, f"{p}#row {row}", warner)


def _iter_csv(p: Path, fmt: str, file_id: str, opts: _Options) -> Iterator[Document]:
    import pandas as pd

    enc = _sniff_encoding(p, opts.encoding)
    warner = _DateWarner(p)
    row = 0
    try:
        reader = pd.read_csv(
            p,
            sep="\t" if fmt == "tsv" else ",",
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            encoding=enc,
            chunksize=_CHUNK_ROWS,
        )
        with reader:
            for chunk in reader:
                _check_names(p, [str(c) for c in chunk.columns], opts)
                for record in chunk.to_dict("records"):
                    row += 1
                    yield _table_document(p, record, file_id, row, opts, f"row {row}", warner)
    except pd.errors.EmptyDataError:
        raise InputError(p, "empty file: no text") from None
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise InputError(p, f"malformed {fmt.upper()} after row {row} ({_short(exc)})") from None
    if row == 0:
        raise InputError(p, "table has a header but no rows")


def _parse_json_line(p: Path, number: int, line: str) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(p, f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise InputError(p, f"line {number}: expected a JSON object, got {type(record).__name__}")
    return record


def _iter_jsonl(p: Path, file_id: str, opts: _Options) -> Iterator[Document]:
    enc = _sniff_encoding(p, opts.encoding)
    warner = _DateWarner(p)
    row = 0
    # newline="" : only "\n" ends a record; a "\r" or "\u2028" inside a JSON string is kept.
    with open(p, encoding=enc, newline="") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            record = _parse_json_line(p, number, line)
            row += 1
            if opts.text_column not in record:
                raise InputError(
                    p, f"line {number}: no text field {opts.text_column!r}; fields found: {_fields_found(record)}"
                )
            yield _table_document(p, record, file_id, row, opts, f"line {number}", warner)
    if row == 0:
        raise InputError(p, "empty file: no records")


def _open_parquet(p: Path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(p)
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise InputError(p, f"not a valid Parquet file ({_short(exc)})") from None


def _iter_parquet(p: Path, file_id: str, opts: _Options) -> Iterator[Document]:
    import pyarrow as pa

    pf = _open_parquet(p)
    _check_names(p, list(pf.schema_arrow.names), opts)
    warner = _DateWarner(p)
    row = 0
    try:
        for batch in pf.iter_batches(batch_size=_CHUNK_ROWS):
            for record in batch.to_pylist():
                row += 1
                yield _table_document(p, record, file_id, row, opts, f"row {row}", warner)
    except pa.ArrowException as exc:
        raise InputError(p, f"cannot read Parquet after row {row} ({_short(exc)})") from None
    if row == 0:
        raise InputError(p, "table has no rows")
