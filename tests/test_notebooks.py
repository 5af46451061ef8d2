"""Every notebook runs headless on the sample corpus (papermill, kernel python3), shows its
figures under MPLBACKEND=Agg, takes the papermill parameters, and finds its data from anywhere."""
from __future__ import annotations

import os
from pathlib import Path
from unittest import mock

import jupytext
import pytest

from analysis import report
from analysis.corpus import load
from analysis.output import analyze_to_folder

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
EXPECTED_FIGURES = {"01_sourcing": 3, "02_hedging": 3, "03_readability": 3, "04_columns_compared": 2,
                    "05_classroom": 1}
PARAMETERS = ("corpus", "results", "author", "outlet", "date_from", "date_to")


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    out = tmp_path_factory.mktemp("nb") / "results"
    analyze_to_folder(load(ROOT / "data" / "sample"), ["data/sample"], out, jobs=1, progress=False)
    return out


def _outputs(nb, kind):
    return [o for c in nb.cells for o in c.get("outputs", []) if kind in o.get("data", {})]


def _errors(nb):
    return [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]


def _stdout(nb):
    return "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []) if o.get("name") == "stdout")


def test_the_report_notebooks_are_the_ones_in_the_folder():
    assert set(report.REPORT_NOTEBOOKS) <= {p.stem for p in NOTEBOOKS.glob("0*.py")}
    assert not list(NOTEBOOKS.glob("*.ipynb")), "executed notebooks are not committed"


@pytest.mark.parametrize("name", report.REPORT_NOTEBOOKS)
def test_notebook_source_is_jupytext_percent_with_a_parameters_cell(name):
    nb = jupytext.read(NOTEBOOKS / f"{name}.py")
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    for parameter in PARAMETERS:
        assert f"\n{parameter} = " in "\n" + tagged[0].source, parameter
    assert nb.cells[0].cell_type == "markdown"
    assert any("%matplotlib inline" in c.source for c in nb.cells if c.cell_type == "code")


@pytest.mark.parametrize("name", report.REPORT_NOTEBOOKS)
def test_notebook_runs_on_the_sample_results_and_shows_its_figures(name, results):
    with mock.patch.dict(os.environ, {"MPLBACKEND": "Agg"}):
        nb = report.execute_notebook(NOTEBOOKS / f"{name}.py", {"corpus": "data/sample", "results": str(results)},
                                     timeout=300)
    assert not _errors(nb)
    assert len(_outputs(nb, "image/png")) == EXPECTED_FIGURES[name]
    assert not [o for c in nb.cells for o in c.get("outputs", []) if o.get("name") == "stderr"]
    if name != "05_classroom":
        assert "28 columns by 5 columnists in 3 outlets" in _stdout(nb)


def test_parameters_filter_and_paths_resolve_from_the_project_root(tmp_path):
    # run from an unrelated folder, with the corpus given relative to the project root and no results
    nb = report.execute_notebook(NOTEBOOKS / "04_columns_compared.py",
                                 {"corpus": "data/sample", "outlet": "the harbor ledger", "date_from": "2025-01-01"},
                                 cwd=tmp_path, timeout=300)
    assert not _errors(nb)
    out = _stdout(nb)
    assert "columns by 2 columnists in 1 outlet, 2025-" in out
    assert "analysed in this notebook" in out and "outlet = the harbor ledger" in out
    tables = [o["data"]["text/html"] for o in _outputs(nb, "text/html")]
    assert any("Dana Whitfield" in t and "Benny Cole" not in t for t in tables)


def test_classroom_notebook_scores_a_pasted_column(results):
    text = ("Officials, who spoke on condition of anonymity, said the plan may fail. "
            "The mayor, Rosa Lind, said it would clearly succeed.")
    nb = report.execute_notebook(NOTEBOOKS / "05_classroom.py",
                                 {"results": str(results), "text": text, "title": "My pasted column"}, timeout=300)
    assert not _errors(nb)
    html = "".join(o["data"]["text/html"] for o in _outputs(nb, "text/html"))
    assert "My pasted column" in html
    assert 'class="ca-m ca-anonymous"' in html and 'class="ca-m ca-named"' in html
    assert 'class="ca-m ca-hedge"' in html and 'class="ca-m ca-booster"' in html
    assert len(_outputs(nb, "image/png")) == 1


def test_validation_notebook_runs_on_the_project_sample_without_shared(tmp_path):
    """06_validation scores the project's hand-coded sample; the shared sections skip cleanly."""
    nb = report.execute_notebook(NOTEBOOKS / "06_validation.py", {"shared": str(tmp_path / "absent")}, timeout=300)
    assert not _errors(nb)
    text = _stdout(nb) + "".join(str(o.get("data", {}).get("text/plain", "")) for c in nb.cells
                                 for o in c.get("outputs", []))
    assert "attributions" in text and "anonymous" in text
