"""The one-command reproducible report, and the helpers the notebooks share.

``python -m analysis report CORPUS --out DIR`` (:func:`build_report`):

1. runs the pipeline once (:func:`analysis.output.analyze_to_folder`), writing the tables the
   report is made from into ``DIR`` (``articles.parquet``, ``articles.csv``,
   ``evidence.parquet``, ``sentences.parquet``, ``manifest.json``);
2. executes the notebooks (:data:`REPORT_NOTEBOOKS`, jupytext percent ``.py`` files in
   ``notebooks/``) with papermill, kernel ``python3``, an explicit per-cell timeout, and the
   parameters ``corpus``, ``results`` (= ``DIR``, so every notebook reads the same Parquet),
   ``author``, ``outlet``, ``date_from``, ``date_to``; a failing cell fails the report with
   :class:`NotebookFailed` naming the notebook, the cell and the error;
3. merges the executed notebooks into one notebook (title, provenance, then each notebook's
   cells), strips everything that changes between runs (cell ids, execution counts and
   timestamps, papermill metadata), and exports it once with nbconvert as ``DIR/report.html``:
   no input cells, figures embedded as ``data:`` PNG, no external scripts or styles (MathJax,
   RequireJS and Mermaid loaders are left out), so the file is self-contained and opens offline;
4. keeps the cleaned executed notebooks in ``DIR/notebooks/`` for inspection.

Reproducibility: on the same input, the Parquet tables, the CSV, every figure and the HTML are
byte-identical between runs except the run date in the provenance section (set
``SOURCE_DATE_EPOCH``, or pass ``run_date``, and the HTML is identical too). ``manifest.json``
differs in its ``started`` and ``timing`` fields and the command line.

Notebook helpers: :func:`project_root`, :func:`resolve` (paths are relative to the project
root, wherever the notebook runs) and :func:`load_tables` (the pipeline's tables from a results
folder, or from running the pipeline on a corpus, filtered by columnist, outlet and dates).
"""
from __future__ import annotations

import base64
import copy
import hashlib
import html
import itertools
import json
import os
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import pandas as pd

from .errors import AnalysisError, InputError
from .files import atomic_output

__all__ = [
    "REPORT_NOTEBOOKS", "project_root", "resolve", "load_tables", "Tables", "build_report",
    "execute_notebook", "load_notebook", "merge_notebooks", "export_html", "NotebookFailed",
]

#: The notebooks the report runs, in order (names in ``notebooks/``, without ``.py``).
REPORT_NOTEBOOKS = ("01_sourcing", "02_hedging", "03_readability", "04_columns_compared", "05_classroom")
#: Seconds a single notebook cell may run before the report fails.
DEFAULT_CELL_TIMEOUT = 600
#: Versions listed in the provenance section.
PROVENANCE_PACKAGES = ("pandas", "numpy", "pyarrow", "matplotlib", "textstat", "papermill", "nbconvert",
                       "nbclient", "jupytext", "ipykernel", "duckdb")

_PARAMETER_NAMES = ("corpus", "results", "author", "outlet", "date_from", "date_to")


class NotebookFailed(AnalysisError):
    """A notebook cell raised while the report was built."""

    def __init__(self, notebook: str, cell: int | None, source: str, error: str, saved: str | None = None):
        self.notebook, self.cell, self.source, self.error, self.saved = notebook, cell, source, error, saved
        where = f"cell {cell}" if cell is not None else "a cell"
        snippet = "\n".join("    " + line for line in source.strip().splitlines()[:12])
        text = f"notebook {notebook} failed in {where}:\n{snippet}\n{error}"
        if saved:
            text += f"\n(executed notebook up to the failure: {saved})"
        super().__init__(text)


# -- paths ---------------------------------------------------------------------------------------

def project_root() -> Path:
    """The project's root folder: the one holding ``pyproject.toml`` and ``notebooks/`` above this
    package (an editable install or a checkout), else the nearest such folder above the working
    directory, else the working directory."""
    here = Path(__file__).resolve().parents[1]
    if (here / "pyproject.toml").is_file() and (here / "notebooks").is_dir():
        return here
    cwd = Path.cwd().resolve()
    for folder in (cwd, *cwd.parents):
        if (folder / "pyproject.toml").is_file() and (folder / "notebooks").is_dir():
            return folder
    return cwd


def resolve(path: str | os.PathLike) -> Path:
    """``path`` made absolute against :func:`project_root` (absolute paths are kept)."""
    p = Path(os.path.expanduser(os.fspath(path)))
    return p if p.is_absolute() else project_root() / p


# -- the notebooks' data ---------------------------------------------------------------------------

@dataclass
class Tables:
    """The pipeline tables a notebook works on, already filtered, plus where they came from."""

    articles: pd.DataFrame
    evidence: pd.DataFrame
    sentences: pd.DataFrame
    manifest: dict | None = None
    origin: str = ""
    filters: dict = field(default_factory=dict)
    results: Path | None = None

    def describe(self) -> str:
        """One line for a notebook: what was loaded and which filters apply."""
        from .charts import _describe

        active = ", ".join(f"{k} = {v}" for k, v in self.filters.items() if v)
        return f"{_describe(self.articles)} (from {self.origin}" + (f"; filtered: {active})" if active else ")")

    def __repr__(self) -> str:
        return f"<Tables {self.describe()}>"


def load_tables(corpus: str | None = "data/sample", results: str | None = None, author: str | None = None,
                outlet: str | None = None, date_from: str | None = None, date_to: str | None = None,
                jobs: int | None = 1) -> Tables:
    """The pipeline's tables for a notebook.

    With ``results`` (a folder written by ``analyze`` or ``report``) the Parquet tables are read;
    otherwise the pipeline runs on ``corpus`` in memory. Both paths are relative to the project
    root. Filters: ``author`` and ``outlet`` match exactly, ignoring case (a comma-separated list
    matches any); ``date_from``/``date_to`` are inclusive ISO dates.
    """
    filters = {"author": author, "outlet": outlet, "date_from": date_from, "date_to": date_to}
    manifest = None
    if results:
        folder = resolve(results)
        if not (folder / "articles.parquet").exists():
            raise InputError(folder, "no articles.parquet here; run `python -m analysis analyze` first")
        articles = pd.read_parquet(folder / "articles.parquet")
        evidence = pd.read_parquet(folder / "evidence.parquet")
        sentences = pd.read_parquet(folder / "sentences.parquet")
        if (folder / "manifest.json").exists():
            manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        origin = f"results folder {folder.name}"  # the name only: reports made elsewhere stay identical
    else:
        if not corpus:
            raise InputError(None, "give a corpus or a results folder")
        from .corpus import load
        from .pipeline import analyze

        path = resolve(corpus)
        res = analyze(load(path), jobs=jobs)
        articles, evidence, sentences = res.articles, res.evidence, res.sentences
        origin = f"corpus {_display(path)}, analysed in this notebook"
        folder = None
    keep = _filter(articles, **filters)
    articles = articles[keep].reset_index(drop=True)
    docs = set(articles["doc"])
    evidence = evidence[evidence["doc"].isin(docs)].reset_index(drop=True)
    sentences = sentences[sentences["doc"].isin(docs)].reset_index(drop=True)
    if not len(articles):
        raise InputError(None, f"no columns left after filtering ({', '.join(f'{k}={v}' for k, v in filters.items() if v)})")
    return Tables(articles, evidence, sentences, manifest, origin, filters, folder)


def _display(path: Path) -> str:
    """A path relative to the project root when inside it (stable across machines), else as is."""
    try:
        return str(Path(path).resolve().relative_to(project_root()))
    except ValueError:
        return str(path)


def _filter(articles: pd.DataFrame, author=None, outlet=None, date_from=None, date_to=None) -> pd.Series:
    keep = pd.Series(True, index=articles.index)
    for column, wanted in (("author", author), ("outlet", outlet)):
        if wanted:
            names = {w.strip().casefold() for w in str(wanted).split(",") if w.strip()}
            keep &= articles[column].fillna("").str.casefold().isin(names)
    dates = articles["date"].fillna("").astype(str).str.slice(0, 10)
    if date_from:
        keep &= dates >= str(date_from)
    if date_to:
        keep &= (dates <= str(date_to)) & (dates != "")
    return keep


# -- notebooks -----------------------------------------------------------------------------------

def notebook_path(name: str) -> Path:
    """``notebooks/<name>.py`` (or the path itself when ``name`` is a path to a notebook)."""
    p = Path(name)
    if p.suffix in (".py", ".ipynb") and (p.exists() or p.is_absolute()):
        return p
    return project_root() / "notebooks" / f"{name}.py"


def load_notebook(path: str | os.PathLike):
    """Read a jupytext ``.py`` (or an ``.ipynb``) into nbformat with kernel ``python3`` declared
    (without language metadata papermill fails with "No language found in notebook")."""
    import jupytext

    nb = jupytext.read(os.fspath(path))
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    nb.metadata.pop("jupytext", None)
    return nb


def execute_notebook(path: str | os.PathLike, parameters: dict | None = None, *, timeout: int = DEFAULT_CELL_TIMEOUT,
                     cwd: str | os.PathLike | None = None, save_failed: str | os.PathLike | None = None):
    """Execute one notebook with papermill (kernel ``python3``) and return the executed notebook.

    Raises :class:`NotebookFailed` with the failing cell's number (1 = the notebook's first
    cell, as in the ``.py`` file; papermill's injected parameters cell is not counted), its
    source and the error; the notebook executed up to the failure is written to ``save_failed``.
    """
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    import nbformat

    path = Path(path)
    nb = load_notebook(path)
    output = None
    if save_failed is not None:
        Path(save_failed).parent.mkdir(parents=True, exist_ok=True)
        output = os.fspath(save_failed)
    try:
        return pm.execute_notebook(nb, output, parameters=dict(parameters or {}), kernel_name="python3",
                                   execution_timeout=timeout, cwd=os.fspath(cwd or project_root()),
                                   progress_bar=False, log_output=False,
                                   # the kernel's own log: errors only (no transport warnings in the report run)
                                   extra_arguments=["--IPKernelApp.log_level=ERROR"])
    except PapermillExecutionError as exc:
        cell = _original_cell_number(nb, exc.cell_index, injected=bool(parameters))
        if output is not None and os.path.exists(output):  # papermill saved it up to the failure
            _write_notebook(clean_notebook(nbformat.read(output, as_version=4)), output)
        raise NotebookFailed(path.name, cell, exc.source or "", f"{exc.ename}: {exc.evalue}", output) from None


def _original_cell_number(nb, papermill_index: int | None, injected: bool = True) -> int | None:
    """1-based cell number in the source notebook for papermill's index, which counts the
    injected-parameters cell (placed after the ``parameters`` cell, or first when there is none)."""
    if papermill_index is None:
        return None
    tagged = [i for i, c in enumerate(nb.cells) if "parameters" in c.get("metadata", {}).get("tags", [])]
    index = papermill_index
    if injected and (papermill_index > tagged[0] if tagged else papermill_index > 0):
        index -= 1
    return index + 1


def clean_notebook(nb):
    """A copy of ``nb`` with everything that varies between runs removed: papermill and
    execution metadata, execution counts, random cell ids (replaced by ``c0001`` ...)."""
    nb = copy.deepcopy(nb)
    nb.metadata.pop("papermill", None)
    nb.metadata.pop("widgets", None)
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"c{i + 1:04d}"
        meta = cell.get("metadata", {})
        for key in ("papermill", "execution", "collapsed", "scrolled", "ExecuteTime"):
            meta.pop(key, None)
        if cell.get("cell_type") == "code":
            cell["execution_count"] = None
            for out in cell.get("outputs", []):
                if "execution_count" in out:
                    out["execution_count"] = None
                out.get("metadata", {}).pop("execution", None)
    return nb


def _is_parameter_cell(cell) -> bool:
    tags = cell.get("metadata", {}).get("tags", [])
    return "parameters" in tags or "injected-parameters" in tags


def merge_notebooks(parts: list[tuple[str, object]], title: str, preamble: list[str], appendix: list[str] = ()):
    """One notebook: a title, ``preamble`` markdown cells, then each executed notebook's cells
    (parameter cells and code cells without output dropped), then ``appendix`` markdown cells."""
    import nbformat

    cells = [nbformat.v4.new_markdown_cell(f"# {title}")]
    cells += [nbformat.v4.new_markdown_cell(text) for text in preamble]
    for _name, nb in parts:
        for cell in nb.cells:
            if cell.get("cell_type") == "code" and (_is_parameter_cell(cell) or not cell.get("outputs")):
                continue
            if cell.get("cell_type") == "raw":
                continue
            cells.append(copy.deepcopy(cell))
    cells += [nbformat.v4.new_markdown_cell(text) for text in appendix]
    merged = nbformat.v4.new_notebook(metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"}, "title": title})
    merged.cells = cells  # assigned after creation: the parts' cell ids repeat until renumbered
    return clean_notebook(merged)


_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block extra_css -%}<style type="text/css">
body.jp-Notebook{max-width:1100px;margin:0 auto;padding:1.5em 2em}
.jp-RenderedImage img{max-width:100%;height:auto}
.jp-RenderedHTMLCommon table{font-size:12px}
</style>{%- endblock extra_css -%}
"""


def export_html(nb) -> str:
    """Export ``nb`` as one self-contained HTML page: no input cells or prompts, images embedded,
    no external scripts (the lab template without its MathJax/RequireJS/Mermaid loaders)."""
    import jinja2
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, embed_images=True,
                            extra_loaders=[jinja2.DictLoader({"column_analysis_report.html.j2": _TEMPLATE})],
                            template_file="column_analysis_report.html.j2")
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": nb.metadata.get("title", "Report")}})
    return body


def _write_notebook(nb, path) -> None:
    import nbformat

    Path(path).parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(path).with_suffix(".ipynb.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        nbformat.write(nb, handle)
    os.replace(tmp, path)


# -- provenance ----------------------------------------------------------------------------------

def _versions(manifest: dict) -> dict:
    versions = dict(manifest.get("versions", {}))
    for name in PROVENANCE_PACKAGES:
        try:
            versions.setdefault(name, metadata.version(name))
        except metadata.PackageNotFoundError:
            pass
    return dict(sorted(versions.items()))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_date(value: str | None = None) -> str:
    """The run's date: ``value``, else ``SOURCE_DATE_EPOCH`` (reproducible builds), else today (UTC)."""
    if value:
        return value
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    seconds = int(epoch) if epoch and epoch.isdigit() else time.time()
    return time.strftime("%Y-%m-%d", time.gmtime(seconds))


def provenance_markdown(manifest: dict, corpus: list[str], notebooks: list[Path], parameters: dict,
                        profile: str, date: str) -> str:
    """The provenance section: corpus and its hash, versions, lexicons, profile, notebooks, date."""
    def row(k, v):
        return f"| {html.escape(str(k))} | {html.escape(str(v))} |"

    lines = ["## Provenance", "",
             "Everything needed to reproduce this report: rerun the command below on a corpus with the "
             "same hash and the same versions and the tables and figures come out byte-identical.", "",
             "| Item | Value |", "|---|---|",
             row("Command", "python -m analysis report " + " ".join(corpus) + " --out DIR"),
             row("Corpus", ", ".join(corpus)),
             row("Corpus hash (SHA-256 over the input files)", manifest.get("corpus_sha256", "")),
             row("Input files", len(manifest.get("inputs", []))),
             row("Documents analysed", f"{manifest.get('analysed', '')} of {manifest.get('documents', '')}"),
             row("Words", f"{manifest.get('words', 0):,}"),
             row("Readability profile", profile),
             row("Filters", ", ".join(f"{k} = {v}" for k, v in parameters.items()
                                      if k in ("author", "outlet", "date_from", "date_to") and v) or "none"),
             row("Date of the run (UTC)", date)]
    failed = manifest.get("failed") or []
    if failed:
        lines.append(row("Documents that failed", "; ".join(f"{f.get('doc')}: {f.get('error')}" for f in failed)))
    lines += ["", "**Software versions**", "", "| Package | Version |", "|---|---|"]
    lines += [row(k, v) for k, v in _versions(manifest).items()]
    lines += ["", "**Codebook data (lexicon files, SHA-256 first 16 hex digits)**", "", "| File | Hash |", "|---|---|"]
    lines += [row(k, v) for k, v in sorted(manifest.get("lexicons", {}).items())]
    lines += ["", "**Notebooks (SHA-256 of the reviewed `.py` source)**", "", "| Notebook | Hash |", "|---|---|"]
    lines += [row(p.name, _sha256(p)[:16]) for p in notebooks]
    lines += ["", "The tables this report was made from sit next to it: `articles.parquet` (one row per column; "
              "`articles.csv` is the same table for Excel), `evidence.parquet` (one row per counted span, with "
              "character offsets), `sentences.parquet` and `manifest.json`."]
    return "\n".join(lines)


# -- the report ------------------------------------------------------------------------------------

@dataclass
class ReportResult:
    html: Path
    out: Path
    manifest: dict
    notebooks: list[Path]
    seconds: dict


def build_report(paths, out, *, force: bool = False, jobs: int | None = None, profile: str = "news",
                 notebooks=None, parameters: dict | None = None, timeout: int = DEFAULT_CELL_TIMEOUT,
                 date: str | None = None, text_column: str = "text", id_column: str = "id",
                 title: str = "Sourcing, hedging and readability across columns", log=None) -> ReportResult:
    """Run the pipeline on ``paths`` into ``out``, execute the notebooks, write ``out/report.html``.

    ``notebooks``: names in ``notebooks/`` or paths (default :data:`REPORT_NOTEBOOKS`);
    ``parameters``: ``author``, ``outlet``, ``date_from``, ``date_to`` for every notebook;
    ``timeout``: seconds per cell; ``date``: the run date shown (default: see :func:`run_date`).
    ``log`` is called with progress lines. Raises :class:`NotebookFailed` when a notebook fails
    (the report is then not written).
    """
    from .corpus import load_many
    from .output import analyze_to_folder

    say = log or (lambda message: None)
    paths = [os.fspath(p) for p in ([paths] if isinstance(paths, (str, os.PathLike)) else paths)]
    out = Path(out)
    parameters = {k: v for k, v in dict(parameters or {}).items() if v is not None}
    unknown = set(parameters) - set(_PARAMETER_NAMES)
    if unknown:
        raise InputError(None, f"unknown notebook parameter(s): {', '.join(sorted(unknown))}")
    nb_paths = [notebook_path(n) for n in (notebooks or REPORT_NOTEBOOKS)]
    for p in nb_paths:
        if not p.is_file():
            raise InputError(p, "notebook not found")
    if out.is_dir() and not force and (out / "report.html").exists():
        raise InputError(out, "a report already exists here; use --force to replace it")
    seconds = {}

    t0 = time.perf_counter()
    docs = iter(load_many(paths, text_column=text_column, id_column=id_column))
    first = next(docs, None)
    if first is None:
        raise InputError(", ".join(paths), "the corpus holds no documents")
    manifest = analyze_to_folder(itertools.chain([first], docs), paths, out, jobs=jobs, profile=profile,
                                 force=force, progress=False, options={"text_column": text_column,
                                                                     "id_column": id_column, "report": True})
    seconds["pipeline"] = time.perf_counter() - t0
    say(f"analysed {manifest['analysed']} of {manifest['documents']} documents in {seconds['pipeline']:.1f} s")

    results = out.resolve()
    params = {"corpus": str(Path(paths[0]).resolve()), "results": str(results), **parameters}
    executed = []
    saved = []
    folder = out / "notebooks"
    for p in nb_paths:
        t1 = time.perf_counter()
        stem = p.stem
        nb = execute_notebook(p, params, timeout=timeout, save_failed=folder / f"{stem}.ipynb")
        nb = clean_notebook(nb)
        _write_notebook(nb, folder / f"{stem}.ipynb")
        saved.append(folder / f"{stem}.ipynb")
        executed.append((stem, nb))
        seconds[stem] = time.perf_counter() - t1
        say(f"executed {p.name} in {seconds[stem]:.1f} s")

    t2 = time.perf_counter()
    when = run_date(date)
    intro = _introduction(manifest, paths, parameters)
    merged = merge_notebooks(executed, title, [intro],
                             [provenance_markdown(manifest, paths, nb_paths, parameters, profile, when)])
    page = export_html(merged)
    target = out / "report.html"
    with atomic_output(target, newline=None) as handle:
        handle.write(page)
    seconds["export"] = time.perf_counter() - t2
    say(f"wrote {target} ({len(page) / 1e6:.1f} MB)")
    return ReportResult(target, out, manifest, saved, seconds)


def _introduction(manifest: dict, paths: list[str], parameters: dict) -> str:
    filters = ", ".join(f"{k} = {v}" for k, v in parameters.items() if k != "corpus" and v)
    text = (f"This report was generated by `python -m analysis report` from **{manifest.get('analysed', 0)} "
            f"documents** ({manifest.get('words', 0):,} words) in `{', '.join(paths)}`"
            + (f", filtered to {filters}" if filters else "") + ". "
            "Sections: 1. sourcing, 2. hedging and boosting, 3. readability, 4. the columns compared, "
            "5. one column annotated and scored. Every count rests on evidence spans in `evidence.parquet`; "
            "definitions follow CODEBOOK v1.1. Provenance is at the end.")
    return text


def embedded_images(page: str) -> list[bytes]:
    """The images embedded in a report page as ``data:`` URIs, decoded (used by tests)."""
    import re

    return [base64.b64decode(m) for m in re.findall(r'src="data:image/png;base64,([^"]+)"', page)]
