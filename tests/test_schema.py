"""Every column the pipeline writes is documented, in one place."""
import subprocess
import sys

from analysis.schema import column_docs
from analysis.pipeline import article_columns
from analysis.schema import EVIDENCE_COLUMNS, SENTENCE_COLUMNS


def test_every_column_has_a_description():
    docs = column_docs()
    assert (docs["description"].str.len() > 0).all(), docs[docs["description"] == ""]
    assert docs[docs["table"] == "articles"]["column"].tolist() == list(article_columns())
    assert docs[docs["table"] == "evidence"]["column"].tolist() == list(EVIDENCE_COLUMNS)
    assert docs[docs["table"] == "sentences"]["column"].tolist() == list(SENTENCE_COLUMNS)


def test_rates_state_their_unit():
    docs = column_docs().set_index("column")["description"]
    for name in docs.index:
        if "per_1000_words" in name:
            assert "1,000 words" in docs[name], name


def test_columns_command():
    out = subprocess.run([sys.executable, "-m", "analysis", "columns", "--table", "evidence"],
                         capture_output=True, text=True, check=True).stdout
    assert out.startswith("evidence:") and "source_id" in out and "articles:" not in out
