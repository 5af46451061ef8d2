"""column-analysis: sourcing, hedging and readability of newspaper columns, with evidence spans.

The public API, listed explicitly (imported on first use, so ``import analysis`` stays cheap):

Corpus and text
    :func:`load` (a folder, file or table -> :class:`Corpus` of :class:`Document`),
    :func:`excluded_spans` (audited cleaning), :func:`segment` (paragraphs, sentences, words,
    quotations, computed once and shared).
Analysers (text in, tidy frame or dict out; every row carries offsets and the rule that fired)
    :func:`attributions`, :func:`reported_speech` (sourcing); :func:`hedges` (hedges, boosters,
    weasels); :func:`difficult_words`; readability scores are ``analysis.readability.readability``
    (the module keeps its name, so it is not re-exported under the same one).
Corpus pipeline
    :func:`analyze` (corpus -> :class:`Results` with ``articles``, ``evidence``, ``sentences``).
Uncertainty
    :func:`wilson_interval`, :func:`bootstrap_rate_interval`, :func:`group_rates`,
    :func:`group_shares`.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "Document": "corpus",
    "Corpus": "corpus",
    "load": "corpus",
    "excluded_spans": "cleaning",
    "segment": "text",
    "Segmentation": "text",
    "attributions": "sourcing",
    "reported_speech": "sourcing",
    "hedges": "hedging",
    "difficult_words": "readability",
    "analyze": "pipeline",
    "Results": "pipeline",
    "wilson_interval": "stats",
    "bootstrap_rate_interval": "stats",
    "group_rates": "stats",
    "group_shares": "stats",
    "InputError": "errors",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"analysis.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
