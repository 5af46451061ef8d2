"""Loading documents: every format, metadata, ids, decoding, streaming and bad input."""
from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analysis.corpus import Corpus, CorpusWarning, Document, load, load_many, normalize_date
from analysis.errors import InputError

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
COLUMNS = FIXTURES / "columns"


def read_exact(path: Path) -> str:
    """The file as a user sees it in Python (BOM removed, newlines untouched)."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return handle.read()


def only(corpus: Corpus) -> Document:
    docs = list(corpus)
    assert len(docs) == 1
    return docs[0]


# --------------------------------------------------------------------------------------------
# Folders and ids


def test_folder_loads_every_supported_file_in_sorted_order():
    docs = list(load(COLUMNS))
    assert [d.id for d in docs] == ["2021/bridge", "clean_column", "scraped_column"]
    assert docs[0].source.endswith("columns/2021/bridge.html")


def test_ids_and_texts_are_stable_across_two_loads():
    first = [(d.id, d.text, d.metadata()) for d in load(COLUMNS)]
    second = [(d.id, d.text, d.metadata()) for d in load(COLUMNS)]
    assert first == second


def test_folder_skips_hidden_and_warns_about_unsupported(tmp_path):
    (tmp_path / "a.txt").write_text("A column about buses.\n", encoding="utf-8")
    (tmp_path / ".draft.txt").write_text("hidden draft\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("not a column\n", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    sub = tmp_path / "b" / "c"
    sub.mkdir(parents=True)
    (sub / "deep.md").write_text("Deep text.\n", encoding="utf-8")
    with pytest.warns(CorpusWarning, match=r"skipped 1 file.*notes\.docx"):
        corpus = load(tmp_path)
    assert corpus.ids() == ["a", "b/c/deep"]


def test_single_file_id_is_its_stem(tmp_path):
    path = tmp_path / "my column.txt"
    path.write_text("Text.\n", encoding="utf-8")
    assert only(load(path)).id == "my column"


def test_duplicate_ids_in_a_folder_name_both_files(tmp_path):
    (tmp_path / "same.txt").write_text("One.\n", encoding="utf-8")
    (tmp_path / "same.md").write_text("Two.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"duplicate id 'same'.*same\.md") as info:
        list(load(tmp_path))
    assert info.value.path.endswith("same.txt")


def test_load_many_rejects_duplicate_ids_across_inputs(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "col.txt").write_text("One.\n", encoding="utf-8")
    (tmp_path / "y" / "col.txt").write_text("Two.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"duplicate id 'col'") as info:
        list(load_many([tmp_path / "x", tmp_path / "y"]))
    assert "y/col.txt" in info.value.path and "x/col.txt" in str(info.value)


def test_load_many_chains_formats():
    corpus = load_many([FIXTURES / "columns.csv", FIXTURES / "columns.jsonl"])
    with pytest.warns(CorpusWarning, match="unparseable date"):
        ids = corpus.ids()
    assert ids == ["c-001", "c-002", "c-003", "columns:1", "columns:2", "columns:3"]


# --------------------------------------------------------------------------------------------
# Text and Markdown


def test_txt_without_front_matter_is_the_whole_file_as_decoded():
    path = COLUMNS / "scraped_column.txt"
    doc = only(load(path))
    assert doc.text == read_exact(path)
    assert doc.text.startswith("The Quiet Cost of Closing the Library\n")  # headline kept
    assert doc.title is None and doc.date is None and doc.extra == {}
    assert doc.source == str(path)


def test_crlf_and_trailing_space_are_kept(tmp_path):
    path = tmp_path / "win.txt"
    raw = "Headline  \r\n\r\nFirst paragraph.\r\nSecond one.   \r\n"
    path.write_bytes(raw.encode("utf-8"))
    doc = only(load(path))
    assert doc.text == raw
    assert doc.text.index("Second") == raw.index("Second")


def test_markdown_front_matter_metadata_and_text_offsets():
    path = COLUMNS / "clean_column.md"
    doc = only(load(path))
    raw = read_exact(path)
    assert doc.title == "What the Old Ferry Taught Me"
    assert doc.author == "Daniel Okafor"
    assert doc.outlet == "The Harbour Gazette"
    assert doc.date == "2021-06-14"  # YAML gives a datetime.date
    assert doc.section == "Opinion"
    assert doc.url == "https://example.org/opinion/ferry"
    assert doc.extra == {"tags": ["transport", "harbour"]}
    # the text is everything after the closing '---' line
    assert raw.endswith(doc.text)
    assert doc.text.startswith("# What the Old Ferry Taught Me\n")
    assert raw[raw.index("\n---\n") + 5 :] == doc.text
    assert doc.metadata() == {
        "title": "What the Old Ferry Taught Me",
        "author": "Daniel Okafor",
        "outlet": "The Harbour Gazette",
        "date": "2021-06-14",
        "url": "https://example.org/opinion/ferry",
        "section": "Opinion",
        "tags": ["transport", "harbour"],
    }


def test_front_matter_id_overrides_and_columns_mapping(tmp_path):
    path = tmp_path / "x.md"
    path.write_text("---\nid: nyt-2020-17\nbyline: Jo March\ndate: March 3, 2020\n---\nBody.\n", encoding="utf-8")
    doc = only(load(path, columns={"author": "byline"}))
    assert doc.id == "nyt-2020-17"
    assert doc.author == "Jo March"
    assert doc.date == "2020-03-03"
    assert doc.text == "Body.\n"
    assert "byline" not in doc.extra and "id" not in doc.extra


def test_utf8_bom_is_stripped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffCafé society.\n".encode("utf-8"))
    doc = only(load(path))
    assert doc.text == "Café society.\n"
    assert doc.text[0:4] == "Café"


def test_cp1252_fallback_warns_and_decodes(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("The caf\u00e9 \u2013 \u201cclosed\u201d.\n".encode("cp1252"))
    with pytest.warns(CorpusWarning, match=r"legacy\.txt.*cp1252"):
        doc = only(load(path))
    assert doc.text == "The caf\u00e9 \u2013 \u201cclosed\u201d.\n"


def test_explicit_encoding_is_used(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Ol\u00e1 \u00e0 todos.\n".encode("latin-1"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no fallback warning when the encoding is given
        doc = only(load(path, encoding="latin-1"))
    assert doc.text == "Ol\u00e1 \u00e0 todos.\n"


# --------------------------------------------------------------------------------------------
# Tables


def test_csv_rows_metadata_dates_and_empty_text():
    docs = list(load(FIXTURES / "columns.csv"))
    assert [d.id for d in docs] == ["c-001", "c-002", "c-003"]
    first, second, third = docs
    assert first.text.startswith("Every winter the same argument returns:")
    assert "\nI asked three of them" in first.text  # a newline inside a quoted cell is kept
    assert first.author == "Ana Ruiz" and first.outlet == "The Valley Ledger"
    assert first.extra == {"word_limit": "650"}  # cells are read as text
    assert first.source.endswith("columns.csv#row 1")
    assert second.title == "Schools, Budgets and Promises"
    assert second.date == "2020-02-10"  # from 2020/02/10
    assert third.date == "2020-03-03"  # from "March 3, 2020"
    assert third.text == "" and third.section is None  # an empty cell is a document, not dropped


def test_tsv_with_column_mapping_and_id_column():
    corpus = load(
        FIXTURES / "columns.tsv",
        id_column="key",
        columns={"title": "headline", "author": "byline", "outlet": "paper"},
    )
    docs = list(corpus)
    assert [d.id for d in docs] == ["t-1", "t-2"]
    assert docs[0].title == "The Tram Line" and docs[0].author == "Liu Wei" and docs[0].outlet == "Metro Post"
    assert docs[0].date == "2019-11-30"  # timestamp: calendar date as written
    assert docs[1].date == "2019-12-01"
    assert docs[1].text.endswith('which the airport called "unprecedented."')
    assert docs[0].extra == {}


def test_jsonl_ids_without_id_field_and_values_kept():
    with pytest.warns(CorpusWarning, match=r"columns\.jsonl: unparseable date 'sometime in spring'"):
        docs = list(load(FIXTURES / "columns.jsonl"))
    assert [d.id for d in docs] == ["columns:1", "columns:2", "columns:3"]  # blank line skipped
    first, second, third = docs
    assert first.text == "I sold my car in April.\r\nThe bus takes longer, but I read more."
    assert first.extra == {"tags": ["transport"], "rating": 4}
    assert second.date is None and second.extra["date_raw"] == "sometime in spring"
    assert third.text == "" and third.author is None  # null text: kept as an empty document


def write_parquet(path: Path, rows: list[dict], row_group_size: int = 2) -> None:
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group_size)


def test_parquet_streams_row_groups_with_typed_dates(tmp_path):
    path = tmp_path / "cols.parquet"
    rows = [
        {"text": f"Column number {i}.", "author": "Rae Lin", "date": dt.date(2020, 1, i + 1), "score": i}
        for i in range(5)
    ]
    write_parquet(path, rows)
    assert pq.ParquetFile(path).num_row_groups == 3
    docs = list(load(path))
    assert [d.id for d in docs] == [f"cols:{i}" for i in range(1, 6)]
    assert docs[4].text == "Column number 4." and docs[4].date == "2020-01-05"
    assert docs[4].extra == {"score": 4}
    assert docs[2].source == f"{path}#row 3"


def test_table_with_id_column_uses_it_and_empty_id_is_an_error(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("id,text\nA1,One.\n,Two.\n", encoding="utf-8")
    corpus = load(path)
    with pytest.raises(InputError, match=r"row 2: empty value in id column 'id'"):
        list(corpus)


def test_csv_duplicate_ids_in_a_table(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("id,text\nA1,One.\nA1,Two.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"duplicate id 'A1' \(also in .*t\.csv#row 1\)"):
        list(load(path))


def test_csv_cp1252_table_warns(tmp_path):
    path = tmp_path / "old.csv"
    path.write_bytes("id,text\nx,\u201cQuoted\u201d caf\u00e9\n".encode("cp1252"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        docs = list(load(path))
    assert docs[0].text == "\u201cQuoted\u201d caf\u00e9"
    assert [str(w.message) for w in caught] == [f"{path}: not valid UTF-8; decoded as cp1252 (Windows-1252)"]


# --------------------------------------------------------------------------------------------
# HTML


def test_html_main_text_and_metadata_via_trafilatura():
    doc = only(load(COLUMNS / "2021" / "bridge.html"))
    assert doc.id == "bridge"
    assert doc.title == "Why the bridge matters"
    assert doc.author == "Maria Lopez"
    assert doc.outlet == "The Harbour Gazette"
    assert doc.date == "2021-04-05"
    assert doc.url == "https://example.org/opinion/bridge"
    assert doc.section == "Opinion"
    assert "The old bridge over the river has carried commuters" in doc.text
    assert "Great column!" not in doc.text  # comments excluded
    assert "Home" not in doc.text  # navigation is not main text


# --------------------------------------------------------------------------------------------
# Corpus behaviour


def test_corpus_streams_and_rereads_on_each_iteration(tmp_path):
    path = tmp_path / "live.txt"
    path.write_text("First version.\n", encoding="utf-8")
    corpus = load(path)
    assert only(corpus).text == "First version.\n"
    path.write_text("Second version.\n", encoding="utf-8")
    assert only(corpus).text == "Second version.\n"


def test_to_frame_has_metadata_columns_and_optional_text():
    frame = load(FIXTURES / "columns.csv").to_frame()
    assert list(frame.columns) == ["id", "title", "author", "outlet", "date", "url", "section", "word_limit", "source"]
    assert frame["author"].tolist() == ["Ana Ruiz", "Ben Carter", "Ana Ruiz"]
    with_text = load(FIXTURES / "columns.csv").to_frame(include_text=True)
    assert with_text["text"].iloc[2] == ""


def test_never_modifies_input_files():
    before = {p: p.read_bytes() for p in FIXTURES.rglob("*") if p.is_file()}
    for path in [COLUMNS, FIXTURES / "columns.csv", FIXTURES / "columns.tsv"]:
        list(load(path, **({"id_column": "key"} if path.suffix == ".tsv" else {})))
    assert {p: p.read_bytes() for p in FIXTURES.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2020-03-04", "2020-03-04"),
        ("2020-03-04T23:59:00+05:00", "2020-03-04"),
        ("2020/3/4", "2020-03-04"),
        ("20200304", "2020-03-04"),
        ("4 March 2020", "2020-03-04"),
        ("Wednesday, 4th March 2020", "2020-03-04"),
        ("March 4, 2020", "2020-03-04"),
        ("Mar. 4 2020", "2020-03-04"),
        (dt.date(2020, 3, 4), "2020-03-04"),
        (dt.datetime(2020, 3, 4, 12, 30), "2020-03-04"),
        ("", None),
        (None, None),
    ],
)
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


@pytest.mark.parametrize("value", ["03/04/2020", "2020-02-30", "spring 2020", "Smarch 3, 2020"])
def test_normalize_date_refuses_to_guess(value):
    with pytest.raises(ValueError):
        normalize_date(value)


# --------------------------------------------------------------------------------------------
# Bad input (library level; the CLI tests check the one-line messages)


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", b"", "empty file: no text"),
        ("blank.txt", b"  \n\n", "empty file"),
        ("bin.txt", b"abc\x00def", "binary file"),
        ("bad.txt", b"caf\x81 \xff\xfe", "not valid UTF-8 or cp1252 text"),
        ("fm.md", b"---\ntitle: [unclosed\n---\nBody.\n", "malformed front matter at line"),
        ("fm_list.md", b"---\n- a\n- b\n---\nBody.\n", "expected key: value pairs"),
        ("fm_open.md", b"---\ntitle: x\nBody with no closing line.\n", "never closed"),
        ("fm_only.md", b"---\ntitle: x\n---\n\n", "no text after the front matter"),
        ("notext.csv", b"id,body\n1,Hello\n", "no text column 'text'; columns found: id, body"),
        ("badline.jsonl", b'{"text": "ok"}\n{"text": oops}\n', "line 2: not valid JSON"),
        ("nofield.jsonl", b'{"body": "x", "id": 1}\n', "no text column 'text'; fields on line 1 found: body, id"),
        ("array.jsonl", b'["text"]\n', "line 1: expected a JSON object"),
        ("broken.parquet", b"PAR1 not really parquet", "not a valid Parquet file"),
        ("data.xlsx", b"PK", "unsupported file type '.xlsx'"),
    ],
)
def test_bad_files_raise_input_error(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        list(load(path))
    assert message in info.value.problem
    assert info.value.path == str(path)


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        load(tmp_path / "nope")
    (tmp_path / "README").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="no loadable files"):
        load(tmp_path)


def test_parquet_without_text_column_lists_columns(tmp_path):
    path = tmp_path / "t.parquet"
    write_parquet(path, [{"body": "x", "author": "A"}])
    with pytest.raises(InputError, match="no text column 'text'; columns found: body, author"):
        load(path)


def test_unknown_metadata_field_in_columns(tmp_path):
    with pytest.raises(InputError, match="unknown metadata field 'writer'"):
        load(FIXTURES / "columns.csv", columns={"writer": "author"})


def test_impossible_yaml_date_is_a_clear_error(tmp_path):
    from analysis.errors import InputError
    from analysis.corpus import load

    bad = tmp_path / "bad.md"
    bad.write_text("---\ndate: 2020-02-30\n---\nBody text.", encoding="utf-8")
    with pytest.raises(InputError) as err:
        list(load(bad))
    assert "malformed front matter" in str(err.value) and "bad.md" in str(err.value)
