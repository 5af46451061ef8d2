"""``python -m analysis readability``: one row per document, textstat-named columns, versions."""
from __future__ import annotations

import csv
import io

import pytest

from analysis.cli import main

pytest.importorskip("analysis.cleaning")


def _run(capsys, *argv) -> list[dict]:
    assert main(["readability", *argv]) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def test_csv_rows_and_columns(tmp_path, capsys):
    (tmp_path / "one.txt").write_text("The cat sat on the mat. It was a very happy animal.\n", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Prices rose in May. Nobody knew why.\n", encoding="utf-8")
    rows = _run(capsys, str(tmp_path), "--format", "csv")
    assert [r["doc"] for r in rows] == ["one", "two"]
    header = list(rows[0])
    assert header[:12] == [
        "doc", "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
        "coleman_liau_index", "automated_readability_index", "dale_chall_readability_score",
        "linsear_write_formula", "sentences", "words", "syllables",
    ]
    assert rows[0]["words"] == "12" and rows[0]["profile"] == "news" and rows[0]["analysis_version"]
    assert float(rows[0]["flesch_kincaid_grade"]) == pytest.approx(2.483333, abs=1e-6)


def test_textstat_profile_records_version(tmp_path, capsys):
    (tmp_path / "one.txt").write_text("The U.S. economy grew. Sen. Smith said so.\n", encoding="utf-8")
    rows = _run(capsys, str(tmp_path / "one.txt"), "--format", "csv", "--profile", "textstat")
    assert rows[0]["profile"] == "textstat" and rows[0]["textstat_version"] == "0.7.13"


def test_intervals_columns(tmp_path, capsys):
    (tmp_path / "one.txt").write_text("Prices rose in May. Nobody knew why. Markets fell sharply.\n", encoding="utf-8")
    rows = _run(capsys, str(tmp_path / "one.txt"), "--format", "csv", "--intervals")
    assert float(rows[0]["flesch_kincaid_grade_low"]) <= float(rows[0]["flesch_kincaid_grade_high"])
