"""`python -m analysis info` and `clean` through a real subprocess, including every bad-input case."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "corpus"
COLUMNS = FIXTURES / "columns"


def run(*args, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


# --------------------------------------------------------------------------------------------
# info


def test_info_json_on_several_inputs():
    result = run("info", FIXTURES / "columns.csv", FIXTURES / "columns.jsonl", "--format", "json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["documents"] == 6
    assert summary["empty_documents"] == 2  # kept, counted, not dropped
    assert summary["date_min"] == "2020-02-03" and summary["date_max"] == "2022-05-01"
    assert summary["undated_documents"] == 2
    authors = {row["name"]: row["documents"] for row in summary["authors"]}
    assert authors == {"Ana Ruiz": 2, "Sam Patel": 2, "Ben Carter": 1, "(unknown)": 1}
    assert summary["authors"][0]["name"] == "Ana Ruiz"  # most documents first, then by name
    outlets = {row["name"]: row["documents"] for row in summary["outlets"]}
    assert outlets == {"The Valley Ledger": 2, "Coastline Weekly": 1, "Northern Courier": 3}
    assert sum(row["words"] for row in summary["authors"]) == summary["words"] > 0
    # the unparseable date is reported on one line, not as a Python warning with source code
    assert "warning: " in result.stderr and "sometime in spring" in result.stderr
    assert "warnings.warn" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_info_text_table_on_a_folder():
    from analysis.text import count_words

    result = run("info", COLUMNS)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["documents", "3"]
    texts = [(COLUMNS / "scraped_column.txt").read_text(encoding="utf-8")]
    assert any(line.startswith("words") for line in lines)
    assert "date range       2021-04-05 to 2021-06-14" in lines
    assert any(line.split()[:3] == ["Daniel", "Okafor", "1"] for line in lines)
    assert any(line.startswith("The Harbour Gazette") and line.split()[-2] == "2" for line in lines)
    words = int(lines[1].split()[1].replace(",", ""))
    assert words > count_words(texts[0])


def test_info_top_limits_the_text_table():
    result = run("info", FIXTURES / "columns.csv", "--top", "1")
    assert result.returncode == 0, result.stderr
    assert "Ana Ruiz" in result.stdout and "Ben Carter" not in result.stdout
    assert "... and 1 more authors" in result.stdout


# --------------------------------------------------------------------------------------------
# clean


def test_clean_text_output_lists_spans_and_summary():
    result = run("clean", COLUMNS)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "clean_column  (" in out and "nothing excluded" in out
    assert "scraped_column  (" in out and "9 span(s)" in out
    assert "share_buttons" in out and "share_bar" in out and "Share on Facebook | Share on Twitter | Email" in out
    assert "Deja una respuesta ⏎ Tu dirección" in out and "[8 lines]" in out
    assert "3 document(s), 1 with exclusions" in out


def test_clean_jsonl_offsets_trace_to_the_text():
    result = run("clean", COLUMNS / "scraped_column.txt", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    text = (COLUMNS / "scraped_column.txt").read_bytes().decode("utf-8")
    assert len(rows) == 9
    assert {row["doc"] for row in rows} == {"scraped_column"}
    for row in rows:
        assert text[row["start"] : row["end"]] == row["text"]  # full text, not truncated
    assert [row["reason"] for row in rows].count("caption") == 2


def test_clean_csv_to_file(tmp_path):
    out = tmp_path / "spans.csv"
    result = run("clean", COLUMNS, "--format", "csv", "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert list(rows[0]) == ["doc", "start", "end", "reason", "rule", "text"]
    assert len(rows) == 9 and rows[0]["rule"] == "bp_navigation"


def test_clean_reports_cp1252_fallback_as_one_warning_line(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("The caf\u00e9 reopened.\nAdvertisement\nIt was \u201cabout time.\u201d\n".encode("cp1252"))
    result = run("clean", path, "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"warning: {path}: not valid UTF-8; decoded as cp1252 (Windows-1252)"
    row = json.loads(result.stdout)
    assert (row["start"], row["end"], row["text"]) == (19, 32, "Advertisement")


# --------------------------------------------------------------------------------------------
# Bad input: exit status 2, one line on stderr naming the file, never a traceback


def _parquet_without_text(path: Path) -> None:
    pq.write_table(pa.Table.from_pylist([{"body": "x"}]), path)


BAD_FILES = [
    ("empty.txt", b"", "empty file: no text"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("undecodable.txt", b"caf\x81 \x8d\x8f", "not valid UTF-8 or cp1252 text"),
    ("yaml_error.md", b"---\ntitle: ok\nauthor: [Ana\n---\nBody.\n", "malformed front matter at line"),
    ("not_mapping.md", b"---\njust a string\n---\nBody.\n", "expected key: value pairs"),
    ("unclosed.md", b"---\ntitle: ok\n\nBody without end.\n", "never closed"),
    ("no_text.csv", b"id,headline,body\n1,A,B\n", "no text column 'text'; columns found: id, headline, body"),
    ("no_text.tsv", b"id\tbody\n1\tB\n", "no text column 'text'; columns found: id, body"),
    ("bad_json.jsonl", b'{"text": "fine"}\n{"text": "broken\n', "line 2: not valid JSON"),
    ("no_text.jsonl", b'{"id": "a", "body": "x"}\n', "no text column 'text'; fields on line 1 found: id, body"),
    ("no_text.parquet", None, "no text column 'text'; columns found: body"),
    ("corrupt.parquet", b"this is not parquet at all", "not a valid Parquet file"),
    ("sheet.xlsx", b"PK\x03\x04", "unsupported file type '.xlsx'"),
]


@pytest.fixture(scope="module")
def bad_file_results(tmp_path_factory):
    """Run `info` on every bad file at once (concurrent subprocesses keep the suite fast)."""
    folder = tmp_path_factory.mktemp("bad")
    procs = {}
    for name, content, _ in BAD_FILES:
        path = folder / name
        if content is None:
            _parquet_without_text(path)
        else:
            path.write_bytes(content)
        procs[name] = (
            path,
            path.read_bytes(),
            subprocess.Popen(
                [sys.executable, "-m", "analysis", "info", str(path)],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
            ),
        )
    results = {}
    for name, (path, before, proc) in procs.items():
        out, err = proc.communicate(timeout=120)
        results[name] = (path, before, proc.returncode, out, err)
    return results


@pytest.mark.parametrize("name, content, message", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file(bad_file_results, name, content, message):
    path, before, returncode, stdout, stderr = bad_file_results[name]
    assert returncode == 2
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith(f"error: {path}: ")
    assert message in lines[0]
    assert stdout == ""
    assert path.read_bytes() == before  # input never modified


def assert_one_line_error(result, *needles):
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert str(needle) in lines[0]


def test_missing_path(tmp_path):
    missing = tmp_path / "nope.txt"
    assert_one_line_error(run("info", missing), f"error: {missing}: no such file or folder")


def test_folder_without_loadable_files(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    assert_one_line_error(run("clean", tmp_path), f"error: {tmp_path}: no loadable files")


def test_duplicate_ids_across_inputs_name_both_files(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "col.txt").write_text("One column.\n", encoding="utf-8")
    (tmp_path / "b" / "col.md").write_text("Another column.\n", encoding="utf-8")
    result = run("info", tmp_path / "a", tmp_path / "b")
    assert_one_line_error(result, tmp_path / "b" / "col.md", "duplicate id 'col'", tmp_path / "a" / "col.txt")


def test_text_column_option_is_passed_to_the_loader(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("id,body\nx1,Advertisement\n", encoding="utf-8")
    result = run("clean", path, "--text-column", "body", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["doc"] == "x1"
    assert_one_line_error(run("info", path, "--id-column", "key", "--text-column", "body"), "no id column 'key'")


def test_output_files_get_the_usual_permissions(tmp_path):
    import os
    import stat

    from analysis.files import atomic_output

    target = tmp_path / "out.csv"
    with atomic_output(target) as handle:
        handle.write("a,b\n")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
    assert target.read_text() == "a,b\n"


def test_output_into_a_missing_folder_is_a_clear_error(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    target = tmp_path / "nodir" / "x.txt"
    proc = subprocess.run([sys.executable, "-m", "analysis", "info", str(root / "data" / "sample"), "-o", str(target)],
                          capture_output=True, text=True, cwd=root)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "nodir" in proc.stderr
