"""Coding sheets: seeded samples, Excel-friendly CSV, round trip."""
import argparse

import pandas as pd
import pytest

from analysis.corpus import Document
from analysis.errors import InputError
from analysis.sampling import CODE_COLUMNS, coding_sheet, columns, read_sheet, write_sheet

DOCS = [
    Document(id=f"d{i}", author="Kim Hale", outlet="The Bay Post", date="2025-02-0%d" % (i + 1),
             text=(f"Officials said the ferry {i} may be late. The harbour master, Jo Reyes, told us it would run. "
                   "Critics argue the timetable is about right. -Residents said nothing, perhaps.")) for i in range(6)
]


def test_sample_is_seeded_sized_and_in_document_order():
    a = coding_sheet(DOCS, n=7, seed=7)
    b = coding_sheet(DOCS, n=7, seed=7)
    c = coding_sheet(DOCS, n=7, seed=8)
    pd.testing.assert_frame_equal(a, b)
    assert len(a) == 7 and a["unit_id"].is_unique
    assert a["unit_id"].tolist() != c["unit_id"].tolist()
    order = [(int(d[1:]), s) for d, s in zip(a["doc"], a["start"])]
    assert order == sorted(order)
    assert list(a.columns) == list(columns("attribution"))
    everything = coding_sheet(DOCS, n=1000, seed=1)
    assert len(everything) > 7 and len(everything) % 6 == 0  # all units when fewer than n


def test_automatic_codes_and_blank_codebook_columns():
    s = coding_sheet(DOCS[:1], n=50)
    said = s[s["hit"] == "said"].iloc[0]
    assert said["auto_source"] == "Officials" and said["auto_source_type"] == "anonymous" and said["auto_rule"]
    text = DOCS[0].text
    assert text[said["start"]:said["end"]] == "said"
    assert text[said["auto_source_start"]:said["auto_source_end"]] == "Officials"
    for col in CODE_COLUMNS["attribution"]:
        assert s[col].isna().all()
    assert "source_type" in s.columns and "is_attribution" in s.columns


def test_hedge_and_article_units():
    h = coding_sheet(DOCS, unit="hedge", n=100)
    assert set(h["auto_kind"]) <= {"hedge", "booster", "weasel"} and "kind" in h.columns
    art = coding_sheet(DOCS, unit="article", n=3, seed=2)
    assert len(art) == 3 and art["unit_id"].tolist() == art["doc"].tolist()
    assert (art["auto_attributions"] >= 3).all() and art["start"].isna().all()
    with pytest.raises(InputError):
        coding_sheet(DOCS, unit="sentence")


def test_round_trip_with_bom_and_formula_guard(tmp_path):
    sheet = coding_sheet(DOCS, n=20, seed=3)
    sheet.loc[0, "notes"] = "=HYPERLINK(\"http://example.org\")"
    sheet.loc[1, "source"] = "NA"
    path = tmp_path / "sheet.csv"
    write_sheet(sheet, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfunit_id,")
    assert b"'=HYPERLINK" in raw and b'"=HYPERLINK' not in raw  # spreadsheets will not run it
    back = read_sheet(path)
    pd.testing.assert_frame_equal(back, sheet)


def test_read_sheet_saved_by_excel_with_semicolons_in_cp1252(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("unit_id;doc;start;end;source_type;notes\r\nd1@0-4;d1;0;4;named;caf\xe9\r\n".encode("cp1252"))
    s = read_sheet(path)
    assert s.loc[0, "notes"] == "café" and s.loc[0, "start"] == 0 and s["start"].dtype == "Int64"
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="unit_id"):
        read_sheet(bad)


def test_cli_writes_the_sheet(tmp_path, capsys):
    from analysis.commands import sample as command

    corpus = tmp_path / "c.jsonl"
    pd.DataFrame([{"id": d.id, "text": d.text, "author": d.author} for d in DOCS]).to_json(corpus, orient="records", lines=True)
    parser = argparse.ArgumentParser()
    command.register(parser.add_subparsers())
    out = tmp_path / "sheet.csv"
    args = parser.parse_args(["sample", str(corpus), "--n", "5", "--seed", "7", "--out", str(out)])
    assert args.func(args) == 0
    sheet = read_sheet(out)
    assert sheet["unit_id"].tolist() == coding_sheet(DOCS, n=5, seed=7)["unit_id"].tolist()
    assert "5 attribution units" in capsys.readouterr().err


def test_cli_units_match_the_library():
    from analysis.commands.sample import UNITS as CLI_UNITS
    from analysis.sampling import UNITS

    assert CLI_UNITS == UNITS


def test_cli_starts_without_pandas():
    import subprocess
    import sys

    code = "import sys; from analysis.cli import build_parser; build_parser(); print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
