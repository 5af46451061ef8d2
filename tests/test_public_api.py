"""The public surface in analysis/__init__.py resolves, and stays cheap to import."""
import subprocess
import sys

import analysis


def test_every_public_name_resolves():
    for name in analysis.__all__:
        assert getattr(analysis, name) is not None, name


def test_unknown_name_raises():
    import pytest

    with pytest.raises(AttributeError):
        analysis.no_such_function  # noqa: B018


def test_import_does_not_load_pandas():
    code = "import sys, analysis; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_top_level_functions_work_on_text():
    text = "A source close to the talks said the deal may collapse."
    att = analysis.attributions(text)
    assert att["anonymous"].tolist() == [True]
    hed = analysis.hedges(text)
    assert "may" in hed["text"].tolist()
    from analysis.readability import readability

    assert readability(text)["words"] == 11


def test_submodules_are_not_shadowed_by_exports():
    import types

    import analysis.readability

    assert isinstance(analysis.readability, types.ModuleType)
