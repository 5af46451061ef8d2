"""Writing pipeline results to a folder: Parquet tables, an Excel-friendly CSV and a manifest.

Files written into ``DIR``:

* ``articles.parquet``, ``evidence.parquet``, ``sentences.parquet`` (the Dask engine writes
  folders of the same names holding ``part-NNNNN.parquet`` files);
* ``articles.csv``: a copy of ``articles`` in ``utf-8-sig`` so Excel opens it with accents intact;
* ``manifest.json``: inputs with content hashes, package and lexicon versions, profile,
  options, documents that failed, row counts and timing.

Nothing is half-written: every file is first written in a staging folder inside ``DIR`` and
moved into place only when the whole run has succeeded. An existing ``DIR`` is refused unless
``force`` is given, and then only the files named above are replaced; nothing else in ``DIR``
is touched.
"""
from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from . import __version__
from .errors import InputError
from .schema import EVIDENCE_SCHEMA, SENTENCE_SCHEMA, arrow_type

TABLES = ("articles", "evidence", "sentences")
OUTPUT_FILES = ("articles.parquet", "evidence.parquet", "sentences.parquet", "articles.csv", "manifest.json",
                "articles", "evidence", "sentences")
LEXICON_DIR = Path(__file__).parent / "lexicons"


def prepare_output_dir(out: str | os.PathLike, force: bool = False) -> Path:
    """Check ``out`` can take the results before any work is done.

    An existing folder that is not empty is refused unless ``force``; with ``force`` only this
    tool's outputs in it will be replaced, and a partition folder holding anything else is
    refused now, not halfway through replacing the results. Staging folders (``.partial-*``)
    left by a killed run are this tool's own and are removed.
    """
    out = Path(out)
    if out.is_symlink() and not out.exists():
        raise InputError(out, "output path is a broken symbolic link")
    if out.exists() and not out.is_dir():
        raise InputError(out, "output path exists and is not a folder")
    if out.is_dir():
        entries = [e for e in out.iterdir() if not (e.name.startswith(".partial-") and e.is_dir())]
        if entries and not force:
            raise InputError(out, "output folder exists and is not empty; use --force to replace the results in it")
        for name in TABLES:
            folder = out / name
            if folder.is_dir() and not _only_parts(folder):
                raise InputError(folder, "holds files this tool did not write; not replacing it")
        for stale in out.glob(".partial-*"):
            if stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(out, f"cannot create the output folder: {exc.strerror or exc}") from None
    if not os.access(out, os.W_OK):
        raise InputError(out, "output folder is not writable")
    return out


def _only_parts(folder: Path) -> bool:
    return all(e.is_file() and e.name.startswith("part-") and e.name.endswith(".parquet") for e in folder.iterdir())


def sha256_file(path: str | os.PathLike, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def lexicon_versions() -> dict:
    """Content hash (sha256, first 16 hex digits) of every lexicon data file shipped in the package."""
    return {p.name: sha256_file(p)[:16] for p in sorted(LEXICON_DIR.iterdir()) if p.is_file()}


def package_versions() -> dict:
    versions = {"python": platform.python_version(), "column-analysis": __version__}
    for name in ("pandas", "pyarrow", "numpy", "textstat", "trafilatura", "dask"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return versions


def input_hashes(sources: Iterable[str]) -> list[dict]:
    """Content hashes of the distinct input files behind the documents' ``source`` fields."""
    files = sorted({s.split("#row", 1)[0].strip() for s in sources if s})
    out = []
    for f in files:
        if os.path.isfile(f):
            out.append({"path": f, "bytes": os.path.getsize(f), "sha256": sha256_file(f)})
    return out


def corpus_hash(inputs: list[dict]) -> str:
    digest = hashlib.sha256()
    for item in inputs:
        digest.update(item["sha256"].encode())
    return digest.hexdigest()


class StagedWriter:
    """Streams batches into Parquet in a staging folder, then moves the files into ``out``.

    ``partitioned=False`` writes one file per table (``articles.parquet``); ``True`` writes a
    folder per table with one ``part-NNNNN.parquet`` per batch (the Dask engine's layout).
    """

    def __init__(self, out: Path, article_schema: pa.Schema, partitioned: bool = False):
        self.out = out
        self.partitioned = partitioned
        self.stage = Path(tempfile.mkdtemp(prefix=".partial-", dir=out))
        self.schemas = {"articles": article_schema, "evidence": EVIDENCE_SCHEMA, "sentences": SENTENCE_SCHEMA}
        self.writers = {}
        if partitioned:
            for name in TABLES:
                (self.stage / name).mkdir()
        else:
            self.writers = {
                name: pq.ParquetWriter(self.stage / f"{name}.parquet", schema, compression="zstd")
                for name, schema in self.schemas.items()
            }
        self.rows = dict.fromkeys(TABLES, 0)
        self.parts = 0
        # the Excel copy of articles, written batch by batch (utf-8-sig writes the BOM once)
        self.csv = open(self.stage / "articles.csv", "w", encoding="utf-8-sig", newline="")
        self.csv_header = True

    def write(self, batch) -> None:
        for name in TABLES:
            frame = getattr(batch, name)
            table = pa.Table.from_pandas(frame, schema=self.schemas[name], preserve_index=False)
            if self.partitioned:
                pq.write_table(table, self.stage / name / f"part-{self.parts:08d}.parquet", compression="zstd")
            elif len(frame):
                self.writers[name].write_table(table)
            if name == "articles" and (len(frame) or self.csv_header):
                table.to_pandas().to_csv(self.csv, index=False, header=self.csv_header, lineterminator="\n")
                self.csv_header = False
            self.rows[name] += len(frame)
        self.parts += 1

    def _names(self) -> list[str]:
        tables = list(TABLES) if self.partitioned else [f"{t}.parquet" for t in TABLES]
        return tables + ["articles.csv", "manifest.json"]

    def finish(self, manifest: dict) -> dict:
        for writer in self.writers.values():
            writer.close()
        if self.csv_header:  # no batch at all: still a CSV with the header
            pa.Table.from_pylist([], schema=self.schemas["articles"]).to_pandas().to_csv(
                self.csv, index=False, lineterminator="\n")
        self.csv.close()
        manifest["outputs"] = {name: {"rows": self.rows[name]} for name in TABLES}
        manifest["layout"] = "partitioned" if self.partitioned else "single-file"
        with open(self.stage / "manifest.json", "w", encoding="utf-8") as handle:
            json.dump(manifest, handle, indent=2, sort_keys=True, ensure_ascii=False, default=str)
            handle.write("\n")
        # the other layout's tables from an earlier run (checked to be ours up front) go too
        for name in TABLES:
            other = self.out / (f"{name}.parquet" if self.partitioned else name)
            if other.is_dir():
                _remove_partition_folder(other)
            elif other.is_file():
                other.unlink()
        for name in self._names():
            target = self.out / name
            if self.partitioned and name in TABLES and target.is_dir():
                _remove_partition_folder(target)
            os.replace(self.stage / name, target)
        shutil.rmtree(self.stage, ignore_errors=True)
        return manifest

    def abort(self) -> None:
        self.csv.close()
        for writer in self.writers.values():
            try:
                writer.close()
            except Exception:  # noqa: BLE001 - cleaning up after another error
                pass
        shutil.rmtree(self.stage, ignore_errors=True)


def _remove_partition_folder(folder: Path) -> None:
    """Remove an earlier run's partition folder, but only if it holds nothing but our part files."""
    entries = list(folder.iterdir())
    if any(not (e.is_file() and e.name.startswith("part-") and e.name.endswith(".parquet")) for e in entries):
        raise InputError(folder, "holds files this tool did not write; not replacing it")
    for e in entries:
        e.unlink()
    folder.rmdir()


def base_manifest(paths, profile: str, options: dict) -> dict:
    return {
        "tool": "column-analysis",
        "command": [os.path.basename(sys.argv[0])] + sys.argv[1:],
        "corpus": [os.fspath(p) for p in paths],
        "profile": profile,
        "options": options,
        "versions": package_versions(),
        "lexicons": lexicon_versions(),
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


def article_schema(profile: str = "news") -> pa.Schema:
    """Arrow schema of ``articles``: metadata as strings, measures typed from the analysers' output."""
    from .pipeline import article_columns, probe_article
    from .schema import ARTICLE_METADATA

    probe = probe_article(profile)
    fields = []
    for name in article_columns(profile):
        kind = pa.string() if name in ARTICLE_METADATA or name in ("doc", "extra") else arrow_type(probe.get(name))
        fields.append((name, kind))
    return pa.schema(fields)


def analyze_to_folder(corpus, paths, out, *, jobs=None, profile="news", force=False,
                      progress=None, options=None, engine="local", scheduler=None) -> dict:
    """Run the pipeline over ``corpus`` and write the results into ``out`` (see module docstring).

    Returns the manifest. Documents that fail are listed in ``manifest["failed"]``; the caller
    decides whether that is an error.
    """
    from tqdm.auto import tqdm

    if engine == "dask":
        from .dask_engine import iter_batches_dask as iter_batches
    else:
        from .pipeline import iter_batches

    out = prepare_output_dir(out, force)
    manifest = base_manifest(paths, profile, dict(options or {}, jobs=jobs, engine=engine))
    t0 = time.perf_counter()
    writer = StagedWriter(out, article_schema(profile), partitioned=engine == "dask")
    sources: set[str] = set()  # distinct input files (memory does not grow with rows of a table)
    failures, documents, words = [], 0, 0

    def tracked(docs):
        for doc in docs:
            sources.add(doc.source.split("#row", 1)[0].strip() if doc.source else doc.source)
            yield doc

    try:
        bar = tqdm(unit="doc", desc="analysing", disable=progress is False if progress is not None else None)
        extra = {"scheduler": scheduler} if engine == "dask" else {}
        for batch in iter_batches(tracked(corpus), jobs=jobs, profile=profile, **extra):
            writer.write(batch)
            failures.extend(batch.failures)
            n = len(batch.articles) + len(batch.failures)
            documents += n
            if len(batch.articles) and "words" in batch.articles:
                words += int(batch.articles["words"].sum())
            bar.update(n)
        bar.close()
        inputs = input_hashes(sources)
        elapsed = time.perf_counter() - t0
        manifest.update({
            "inputs": inputs,
            "corpus_sha256": corpus_hash(inputs),
            "documents": documents,
            "analysed": documents - len(failures),
            "failed": failures,
            "words": words,
            "timing": {"seconds": round(elapsed, 3),
                       "words_per_second": round(words / elapsed, 1) if elapsed > 0 else None},
        })
        return writer.finish(manifest)
    except BaseException:
        writer.abort()
        raise
