"""The one-command report: tables, executed notebooks, one self-contained HTML, provenance,
failures that name the cell, and a real headless browser that loads the page."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from unittest import mock

import pandas as pd
import pytest

from analysis import report
from analysis.output import sha256_file

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
FIGURES = 12  # 01: 3, 02: 3, 03: 3, 04: 2, 05: 1
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "sample-report"
    # MPLBACKEND=Agg in the environment silently drops inline figures unless the notebooks
    # select the inline backend themselves: build under it to prove they do.
    with mock.patch.dict(os.environ, {"MPLBACKEND": "Agg", "SOURCE_DATE_EPOCH": "1767225600"}):
        result = report.build_report([str(SAMPLE)], out, jobs=1, timeout=300)
    return result, result.html.read_text(encoding="utf-8")


def test_the_folder_holds_the_report_and_the_tables_it_was_made_from(built):
    result, _ = built
    out = result.out
    for name in ("report.html", "articles.parquet", "articles.csv", "evidence.parquet", "sentences.parquet",
                 "manifest.json"):
        assert (out / name).is_file(), name
    articles = pd.read_parquet(out / "articles.parquet")
    assert len(articles) == 28
    csv = pd.read_csv(out / "articles.csv", encoding="utf-8-sig")
    assert csv["doc"].tolist() == articles["doc"].tolist()
    assert sorted(p.name for p in (out / "notebooks").iterdir()) == [f"{n}.ipynb" for n in report.REPORT_NOTEBOOKS]


def test_the_html_has_no_code_and_no_external_resources(built):
    _, page = built
    assert "load_tables(" not in page and "import pandas" not in page
    assert "hl-ipython3" not in page and "jp-InputPrompt" not in page.split("<body", 1)[1]
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=\"?https?:", page)
    assert "mathjax" not in page.lower().replace("mathjax_url", "")


def test_every_figure_is_embedded(built):
    _, page = built
    images = report.embedded_images(page)
    assert len(images) >= FIGURES
    assert all(img.startswith(b"\x89PNG\r\n\x1a\n") for img in images)
    assert len(set(images)) == len(images)  # no figure shown twice
    srcs = re.findall(r'<img[^>]*src="([^"]*)"', page)
    assert srcs and all(s.startswith("data:image/png;base64,") for s in srcs)


def test_provenance_names_corpus_hash_versions_profile_and_date(built):
    result, page = built
    manifest = json.loads((result.out / "manifest.json").read_text())
    assert manifest["corpus_sha256"] in page
    assert "Date of the run (UTC)</td>\n<td>2026-01-01" in page or re.search(
        r"Date of the run \(UTC\)</td>\s*<td>2026-01-01", page)
    for package in ("column-analysis", "pandas", "matplotlib", "papermill", "nbconvert"):
        assert re.search(rf"<td>{package}</td>", page), package
    assert re.search(r"Readability profile</td>\s*<td>news", page)
    assert sha256_file(ROOT / "notebooks" / "01_sourcing.py")[:16] in page


def test_the_report_tells_the_across_columns_story(built):
    _, page = built
    for heading in ("1. Sourcing", "2. Hedging and boosting", "3. Readability", "4. The columns compared",
                    "5. One column, annotated and scored", "Provenance"):
        assert heading in page, heading
    assert "Adrian Holloway" in page and "The Harbor Ledger" in page
    assert 'class="ca-m ca-anonymous"' in page  # the highlighted column survived the export
    assert "Traceback" not in page  # no error output anywhere
    assert "application/vnd.jupyter.stderr" not in page.split("<body", 1)[1]  # nor warnings on stderr


def test_executed_notebooks_carry_no_run_specific_metadata(built):
    result, _ = built
    raw = (result.out / "notebooks" / "04_columns_compared.ipynb").read_text()
    nb = json.loads(raw)
    assert "papermill" not in nb["metadata"]
    assert [c["id"] for c in nb["cells"]] == [f"c{i:04d}" for i in range(1, len(nb["cells"]) + 1)]
    assert all(c.get("execution_count") is None for c in nb["cells"] if c["cell_type"] == "code")
    assert '"execution":' not in raw and "start_time" not in raw and "duration" not in raw


def test_a_rerun_of_a_notebook_gives_identical_outputs(built):
    result, _ = built
    params = {"corpus": str(SAMPLE), "results": str(result.out)}
    import nbformat

    again = report.clean_notebook(report.execute_notebook(ROOT / "notebooks" / "04_columns_compared.py", params))
    saved = (result.out / "notebooks" / "04_columns_compared.ipynb").read_text()
    outputs = lambda nb: [c.get("outputs") for c in nb["cells"] if c["cell_type"] == "code"]  # noqa: E731
    assert outputs(json.loads(nbformat.writes(again))) == outputs(json.loads(saved))


def test_an_existing_report_is_not_replaced_without_force(built):
    result, _ = built
    with pytest.raises(report.InputError, match="--force"):
        report.build_report([str(SAMPLE)], result.out)


def test_a_failing_notebook_fails_the_report_with_the_cell(tmp_path):
    broken = tmp_path / "broken.py"
    broken.write_text(
        "# %% tags=[\"parameters\"]\ncorpus = None\nresults = None\n\n"
        "# %%\nx = 1\n\n# %%\nimport math\nmath.sqrt(-1)  # the broken cell\n", encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(report.NotebookFailed) as info:
        report.build_report([str(SAMPLE)], out, jobs=1, notebooks=[str(broken)], timeout=120)
    err = info.value
    assert err.notebook == "broken.py" and err.cell == 3
    assert "ValueError: math domain error" in str(err) and "math.sqrt(-1)" in str(err)
    assert not (out / "report.html").exists()
    assert (out / "notebooks" / "broken.ipynb").exists()


def test_report_command_prints_the_failure_and_exits_1(tmp_path, capsys):
    import argparse

    from analysis.commands import report as command

    broken = tmp_path / "broken.py"
    broken.write_text("# %%\nraise RuntimeError('stop here')\n", encoding="utf-8")
    parser = argparse.ArgumentParser()
    command.register(parser.add_subparsers())
    args = parser.parse_args(["report", str(SAMPLE), "--out", str(tmp_path / "o"), "--jobs", "1",
                              "--notebook", str(broken), "--quiet"])
    assert args.func(args) == 1
    err = capsys.readouterr().err
    assert "broken.py failed in cell 1" in err and "RuntimeError: stop here" in err


def test_report_command_is_registered():
    from analysis import cli

    assert "report" in cli.COMMANDS


def test_unknown_notebook_and_parameter_are_input_errors(tmp_path):
    with pytest.raises(report.InputError, match="notebook not found"):
        report.build_report([str(SAMPLE)], tmp_path / "a", notebooks=["99_nothing"])
    with pytest.raises(report.InputError, match="unknown notebook parameter"):
        report.build_report([str(SAMPLE)], tmp_path / "b", parameters={"colour": "red"})


_CHECK = """<script>
window.__errors = [];
window.addEventListener('error', function (e) {
  window.__errors.push((e.message || (e.target && (e.target.src || e.target.href)) || 'error'));
}, true);
window.addEventListener('load', function () {
  var imgs = Array.prototype.slice.call(document.images);
  var broken = imgs.filter(function (i) { return !(i.complete && i.naturalWidth > 0); }).length;
  var out = document.createElement('pre');
  out.id = 'ca-check';
  out.textContent = 'CHECK images=' + imgs.length + ' broken=' + broken + ' errors=' + window.__errors.length
    + ' ' + JSON.stringify(window.__errors);
  document.body.appendChild(out);
});
</script>"""


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed (Debian: apt-get install chromium)")
def test_the_report_loads_in_a_headless_browser_with_every_image(built, tmp_path):
    _, page = built
    copy = tmp_path / "report-check.html"
    copy.write_text(page.replace("<head>", "<head>" + _CHECK, 1), encoding="utf-8")
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
           f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=10000", "--dump-dom",
           copy.as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    found = re.search(r"CHECK images=(\d+) broken=(\d+) errors=(\d+) (.*)", proc.stdout)
    assert found, f"no result from chromium (exit {proc.returncode}): {proc.stderr[-2000:]}"
    images, broken, errors, detail = int(found[1]), int(found[2]), int(found[3]), found[4]
    assert images >= FIGURES
    assert broken == 0
    assert errors == 0, detail
