"""The corpus pipeline and the analyze command, on the bundled sample corpus and small fixtures."""
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from analysis import cli, pipeline
from analysis.corpus import Document, load
from analysis.text import segment

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"


@pytest.fixture(scope="module")
def results():
    return pipeline.analyze(load(SAMPLE), jobs=1)


def test_one_article_row_per_document(results):
    ids = load(SAMPLE).ids()
    assert results.articles["doc"].tolist() == ids
    assert results.failures == []
    assert results.articles["author"].notna().all()


def test_every_evidence_span_indexes_the_text_as_loaded(results):
    texts = {d.id: d.text for d in load(SAMPLE)}
    assert len(results.evidence) > 100
    for row in results.evidence.itertuples(index=False):
        assert texts[row.doc][row.start : row.end] == row.text


def test_article_counts_agree_with_evidence(results):
    ev = results.evidence
    for row in results.articles.itertuples(index=False):
        mine = ev[ev["doc"] == row.doc]
        assert (mine["feature"] == "attribution").sum() == row.attributions
        assert ((mine["feature"] == "attribution") & (mine["category"] == "anonymous")).sum() == row.anonymous_attributions
        assert (mine["feature"] == "hedge").sum() == row.hedges
        assert (mine["feature"] == "excluded").sum() == row.excluded_spans


def test_sentences_table_matches_the_shared_segmentation(results):
    for doc in load(SAMPLE):
        seg = segment(doc.text, __import__("analysis.cleaning", fromlist=["x"]).excluded_spans(doc.text))
        rows = results.sentences[results.sentences["doc"] == doc.id]
        assert len(rows) == len(seg.sentences)
        assert rows["words"].sum() == seg.word_count


def test_scraped_column_has_exclusions_and_others_do_not(results):
    art = results.articles.set_index("doc")
    scraped = [d for d in art.index if "scraped" in d]
    assert len(scraped) == 1
    assert art.loc[scraped[0], "excluded_spans"] >= 5
    assert (art.drop(index=scraped)["excluded_spans"] == 0).all()


def test_parallel_run_equals_serial_run(results):
    parallel = pipeline.analyze(load(SAMPLE), jobs=2)
    pd.testing.assert_frame_equal(parallel.articles, results.articles)
    pd.testing.assert_frame_equal(parallel.evidence, results.evidence)
    pd.testing.assert_frame_equal(parallel.sentences, results.sentences)


def test_a_failing_document_is_reported_not_dropped():
    docs = [Document(id="good", text="The minister said it may rain.", source="x"),
            Document(id="bad", text=None, source="y")]  # type: ignore[arg-type]
    out = pipeline.analyze(docs, jobs=1)
    assert out.articles["doc"].tolist() == ["good"]
    assert [f["doc"] for f in out.failures] == ["bad"]
    assert out.failures[0]["error"].startswith(("TypeError", "AttributeError")) and out.failures[0]["source"] == "y"


def test_empty_batch_has_the_same_columns():
    empty = pipeline.analyze_batch([])
    full = pipeline.analyze_batch([Document(id="a", text="Officials said so.", source="x")])
    assert list(empty.articles.columns) == list(full.articles.columns)
    assert list(empty.evidence.columns) == list(full.evidence.columns)


# -- the analyze command ------------------------------------------------------------------------

def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "analysis", *map(str, args)], capture_output=True, text=True, cwd=ROOT)


def test_analyze_writes_tables_csv_and_manifest(tmp_path):
    out = tmp_path / "out"
    proc = run_cli("analyze", SAMPLE, "--out", out, "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == ["articles.csv", "articles.parquet", "evidence.parquet", "manifest.json", "sentences.parquet"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["documents"] == manifest["analysed"] == 28
    assert len(manifest["inputs"]) == 28 and all(len(i["sha256"]) == 64 for i in manifest["inputs"])
    assert {"pandas", "pyarrow", "textstat", "column-analysis"} <= set(manifest["versions"])
    assert "hedges.csv" in manifest["lexicons"]
    assert (out / "articles.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # utf-8-sig for Excel
    csv = pd.read_csv(out / "articles.csv", encoding="utf-8-sig")
    assert len(csv) == 28 and pq.read_table(out / "articles.parquet").num_rows == 28


def test_rerun_gives_identical_tables_and_refuses_without_force(tmp_path):
    out = tmp_path / "out"
    assert run_cli("analyze", SAMPLE, "--out", out, "--jobs", "2").returncode == 0
    first = {n: (out / n).read_bytes() for n in ("articles.parquet", "evidence.parquet", "sentences.parquet", "articles.csv")}
    (out / "my-notes.txt").write_text("keep me")
    refused = run_cli("analyze", SAMPLE, "--out", out)
    assert refused.returncode == 2 and "--force" in refused.stderr and "Traceback" not in refused.stderr
    again = run_cli("analyze", SAMPLE, "--out", out, "--force", "--jobs", "1")
    assert again.returncode == 0, again.stderr
    for name, data in first.items():
        assert (out / name).read_bytes() == data, name
    assert (out / "my-notes.txt").read_text() == "keep me"
    assert not [p for p in out.iterdir() if p.name.startswith(".partial-")]


@pytest.mark.parametrize("make", ["empty_folder", "empty_jsonl", "missing"])
def test_empty_or_missing_corpus_is_a_clear_error(tmp_path, make):
    if make == "empty_folder":
        corpus = tmp_path / "corpus"
        corpus.mkdir()
    elif make == "empty_jsonl":
        corpus = tmp_path / "corpus.jsonl"
        corpus.write_text("")
    else:
        corpus = tmp_path / "nope"
    proc = run_cli("analyze", corpus, "--out", tmp_path / "out")
    assert proc.returncode == 2
    assert str(corpus.name) in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "out" / "articles.parquet").exists()


def test_strict_exit_status_on_failed_document(tmp_path, monkeypatch, capsys):
    real = pipeline.analyze_document

    def flaky(doc, profile="news"):
        if doc.id.endswith("ferry-fare-fight"):
            raise ValueError("simulated analyser crash")
        return real(doc, profile)

    monkeypatch.setattr(pipeline, "analyze_document", flaky)
    assert cli.main(["analyze", str(SAMPLE), "--out", str(tmp_path / "a"), "--jobs", "1", "--no-progress"]) == 0
    manifest = json.loads((tmp_path / "a" / "manifest.json").read_text())
    assert manifest["analysed"] == 27 and manifest["failed"][0]["error"] == "ValueError: simulated analyser crash"
    assert cli.main(["analyze", str(SAMPLE), "--out", str(tmp_path / "b"), "--jobs", "1", "--no-progress",
                     "--strict"]) == 1
    assert "simulated analyser crash" in capsys.readouterr().err


def test_interrupted_run_leaves_no_half_written_files(tmp_path, monkeypatch):
    from analysis import output

    calls = {"n": 0}
    real = output.StagedWriter.write

    def dying(self, batch):
        calls["n"] += 1
        if calls["n"] == 1:
            real(self, batch)
            raise KeyboardInterrupt
    monkeypatch.setattr(output.StagedWriter, "write", dying)
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        output.analyze_to_folder(load(SAMPLE), [SAMPLE], out, jobs=1, progress=False)
    assert list(out.iterdir()) == []


def test_dask_engine_equals_local_engine(tmp_path):
    pytest.importorskip("dask.distributed")
    local, dask_out = tmp_path / "local", tmp_path / "dask"
    assert run_cli("analyze", SAMPLE, "--out", local, "--jobs", "1").returncode == 0
    proc = run_cli("analyze", SAMPLE, "--out", dask_out, "--engine", "dask", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    for table in ("articles", "evidence", "sentences"):
        a = pd.read_parquet(local / f"{table}.parquet")
        b = pd.read_parquet(dask_out / table)
        pd.testing.assert_frame_equal(a, b.reset_index(drop=True))


def test_unreadable_file_in_a_folder_is_a_failed_document_not_a_crash(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("The minister said the ferry may run.", encoding="utf-8")
    (corpus / "broken.txt").write_bytes(b"\x00\x01binary\x00")
    out = tmp_path / "out"
    proc = run_cli("analyze", corpus, "--out", out, "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["documents"] == 2 and manifest["analysed"] == 1
    assert manifest["failed"][0]["doc"] == "broken" and "binary" in manifest["failed"][0]["error"]
    assert "broken" in proc.stderr
    strict = run_cli("analyze", corpus, "--out", tmp_path / "out2", "--jobs", "1", "--strict")
    assert strict.returncode == 1
    # other commands still stop on bad input, naming the file
    info = run_cli("info", corpus)
    assert info.returncode == 2 and "broken.txt" in info.stderr


def test_a_document_with_unpaired_surrogates_fails_alone(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "ok", "text": "He said it may rain."}\n'
                      '{"id": "bad", "text": "Officials said it may rain.", "title": "x\\udc00"}\n', encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli("analyze", corpus, "--out", out, "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["analysed"] == 1 and manifest["failed"][0]["doc"] == "bad"


def test_articles_record_the_source_file_and_the_text_length(results):
    texts = {d.id: (d.text, d.source) for d in load(SAMPLE)}
    for row in results.articles.itertuples(index=False):
        assert row.source == texts[row.doc][1]
        assert row.text_length == len(texts[row.doc][0])


def test_force_switching_layouts_and_foreign_files(tmp_path):
    pytest.importorskip("dask.distributed")
    small = tmp_path / "small"
    small.mkdir()
    (small / "a.txt").write_text("The mayor said the ferry would run.", encoding="utf-8")
    out = tmp_path / "out"
    assert run_cli("analyze", SAMPLE, "--out", out, "--engine", "dask", "--jobs", "1").returncode == 0
    (out / "evidence" / "notes.txt").write_text("mine")
    refused = run_cli("analyze", small, "--out", out, "--force", "--jobs", "1")
    assert refused.returncode == 2 and "did not write" in refused.stderr
    assert pq.read_table(out / "articles").num_rows == 28  # nothing was replaced
    (out / "evidence" / "notes.txt").unlink()
    assert run_cli("analyze", small, "--out", out, "--force", "--jobs", "1").returncode == 0
    assert sorted(p.name for p in out.iterdir()) == ["articles.csv", "articles.parquet", "evidence.parquet",
                                                     "manifest.json", "sentences.parquet"]


def test_bad_output_paths_are_clear_errors(tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("x")
    for target in (afile / "sub", afile):
        proc = run_cli("analyze", SAMPLE, "--out", target)
        assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_stale_staging_folder_of_a_killed_run_is_cleaned(tmp_path):
    out = tmp_path / "out"
    (out / ".partial-abc").mkdir(parents=True)
    (out / ".partial-abc" / "articles.parquet").write_bytes(b"half")
    assert run_cli("analyze", SAMPLE, "--out", out, "--jobs", "1").returncode == 0
    assert not (out / ".partial-abc").exists()
