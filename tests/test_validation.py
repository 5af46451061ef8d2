"""Validation against hand coding: gold loading, the scoring rules, the CLI, the project sample."""
import argparse
import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import Document, load
from analysis.errors import InputError
from analysis.validation import (check_gold_offsets, label_scores, load_gold, score_document, validate,
                                 validate_sheet)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
VALIDATION = ROOT / "data" / "validation"

TEXT = "Officials said the plan failed. The mayor said it may work. Critics argue it is about 3 weeks late."
#       0         1         2         3         4         5         6         7         8         9


def span(word, occ=1):
    pos = -1
    for _ in range(occ):
        pos = TEXT.index(word, pos + 1)
    return pos, pos + len(word)


def att(word, typ, occ=1, optional=False):
    s, e = span(word, occ)
    return {"cue": word, "cue_start": s, "cue_end": e, "source_type": typ, "optional": optional}


def hedge(word, kind="hedge", optional=False):
    s, e = span(word)
    return {"text": word, "start": s, "end": e, "kind": kind, "optional": optional}


GOLD = {"id": "d1", "attributions": [att("said", "anonymous"), att("said", "named", 2), att("argue", "anonymous")],
        "hedges": [hedge("may"), hedge("about")], "ignore": []}


def pred_att(rows):
    return pd.DataFrame([{"cue_start": span(w, o)[0], "cue_end": span(w, o)[1], "anonymous": a, "rule": "test"}
                         for w, o, a in rows])


def pred_hed(rows):
    return pd.DataFrame([{"start": span(w)[0], "end": span(w)[1], "kind": k, "rule": "test"} for w, k in rows])


def test_anonymous_scoring_needs_both_sides_anonymous():
    # 1st "said": both anonymous (TP); 2nd "said": predicted anonymous, gold named (anonymous FP);
    # "argue": predicted named, gold anonymous (anonymous FN)
    a = pred_att([("said", 1, True), ("said", 2, True), ("argue", 1, False)])
    d = score_document(GOLD, TEXT, a, pred_hed([]))
    assert (d.counts["attributions"].tp, d.counts["attributions"].fp, d.counts["attributions"].fn) == (3, 0, 0)
    assert (d.counts["anonymous"].tp, d.counts["anonymous"].fp, d.counts["anonymous"].fn) == (1, 1, 1)
    assert sorted(d.labels) == [("anonymous", "anonymous"), ("anonymous", "named"), ("named", "anonymous")]
    # 2 anonymous predicted, 2 required anonymous in gold: the count is right though one label is wrong
    assert d.anonymous_predicted == 2 and d.anonymous_gold == 2 and d.anonymous_exact


def test_optional_items_neither_reward_nor_penalise():
    gold = dict(GOLD, attributions=[att("said", "anonymous"), att("said", "named", 2, optional=True)],
                hedges=[hedge("may", optional=True)])
    hit = score_document(gold, TEXT, pred_att([("said", 1, True), ("said", 2, False)]), pred_hed([("may", "hedge")]))
    miss = score_document(gold, TEXT, pred_att([("said", 1, True)]), pred_hed([]))
    for d in (hit, miss):
        c = d.counts["attributions"]
        assert (c.tp, c.fp, c.fn) == (1, 0, 0)
        assert (d.counts["hedge"].tp, d.counts["hedge"].fp, d.counts["hedge"].fn) == (0, 0, 0)


def test_optional_anonymous_match_counts_towards_the_exact_count():
    gold = dict(GOLD, attributions=[att("said", "anonymous"), att("argue", "anonymous", optional=True)])
    matched = score_document(gold, TEXT, pred_att([("said", 1, True), ("argue", 1, True)]), pred_hed([]))
    unmatched = score_document(gold, TEXT, pred_att([("said", 1, True)]), pred_hed([]))
    assert matched.anonymous_gold == 2 and matched.anonymous_exact
    assert unmatched.anonymous_gold == 1 and unmatched.anonymous_exact


def test_an_anonymous_prediction_on_an_optional_named_item_is_not_scored():
    # the 2nd "said" is named but optional (its type doubted): calling it anonymous neither
    # rewards nor penalises, in the anonymous scores and in the anonymous count
    gold = dict(GOLD, attributions=[att("said", "anonymous"), att("said", "named", 2, optional=True)])
    d = score_document(gold, TEXT, pred_att([("said", 1, True), ("said", 2, True)]), pred_hed([]))
    assert (d.counts["anonymous"].tp, d.counts["anonymous"].fp, d.counts["anonymous"].fn) == (1, 0, 0)
    assert d.anonymous_predicted == 1 and d.anonymous_gold == 1 and d.anonymous_exact
    assert not [e for e in d.errors if e["measure"] == "anonymous"]
    # the same prediction on a required named item is an anonymous false positive
    required = dict(gold, attributions=[att("said", "anonymous"), att("said", "named", 2)])
    d = score_document(required, TEXT, pred_att([("said", 1, True), ("said", 2, True)]), pred_hed([]))
    assert d.counts["anonymous"].fp == 1 and d.anonymous_predicted == 2 and not d.anonymous_exact


def test_hedges_and_boosters_match_only_the_same_kind():
    d = score_document(GOLD, TEXT, pred_att([]), pred_hed([("may", "booster"), ("about", "hedge")]))
    assert (d.counts["hedge"].tp, d.counts["hedge"].fp, d.counts["hedge"].fn) == (1, 0, 1)
    assert (d.counts["booster"].tp, d.counts["booster"].fp, d.counts["booster"].fn) == (0, 1, 0)
    assert {(e["measure"], e["error"], e["text"]) for e in d.errors} >= {("hedge", "FN", "may"), ("booster", "FP", "may")}


def test_ignore_regions_drop_predictions():
    gold = dict(GOLD, attributions=[], hedges=[], ignore=[list(span("Critics argue"))])
    d = score_document(gold, TEXT, pred_att([("argue", 1, True)]), pred_hed([("about", "hedge")]))
    assert d.counts["attributions"].fp == 0 and d.counts["hedge"].fp == 1


def test_load_gold_accepts_object_array_and_jsonl(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps(GOLD), encoding="utf-8")
    arr = tmp_path / "arr.json"
    arr.write_text(json.dumps([GOLD, dict(GOLD, id="d2")]), encoding="utf-8")
    lines = tmp_path / "g.jsonl"
    lines.write_text(json.dumps(GOLD) + "\n\n" + json.dumps(dict(GOLD, id="d2")) + "\n", encoding="utf-8")
    assert [r["id"] for r in load_gold(one)] == ["d1"]
    assert [r["id"] for r in load_gold(arr)] == ["d1", "d2"]
    assert [r["id"] for r in load_gold(lines)] == ["d1", "d2"]
    assert load_gold(one)[0]["attributions"][0]["optional"] is False


@pytest.mark.parametrize("bad, message", [
    ({"attributions": []}, "no 'id'"),
    ({"id": "x", "attributions": [{"cue_start": 5, "cue_end": 3, "source_type": "named"}]}, "0 <= start < end"),
    ({"id": "x", "attributions": [{"cue_start": 0, "cue_end": 3, "source_type": "vague"}]}, "anonymous or named"),
    ({"id": "x", "hedges": [{"start": 0, "end": 3, "kind": "weasel"}]}, "hedge or booster"),
])
def test_load_gold_rejects_bad_records(tmp_path, bad, message):
    p = tmp_path / "bad.json"
    p.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_gold(p)


def test_gold_offsets_must_fit_the_text():
    check_gold_offsets(GOLD, TEXT)
    with pytest.raises(InputError, match="different text"):
        check_gold_offsets(GOLD, "X" + TEXT)
    with pytest.raises(InputError, match="beyond the end"):
        check_gold_offsets(GOLD, TEXT[:20])


def test_validate_names_a_gold_id_missing_from_the_corpus():
    with pytest.raises(InputError, match="'d1' is not in the corpus"):
        validate([load_gold_record(GOLD)], [Document(id="other", text=TEXT)])


def load_gold_record(rec):
    return {**rec, "ignore": [tuple(x) for x in rec["ignore"]]}


def test_validate_with_a_custom_coder_and_json_output():
    def coder(text):
        return pred_att([("said", 1, True), ("said", 2, False)]), pred_hed([("may", "hedge")])

    v = validate([GOLD], {"d1": TEXT}, coder=coder)
    s = v.scores.set_index("measure")
    assert (s.loc["attributions", "tp"], s.loc["attributions", "fn"]) == (2, 1)
    assert s.loc["hedge", "recall"] == pytest.approx(0.5)
    d = v.to_dict()
    json.dumps(d)  # JSON-ready (no NaN objects)
    assert d["confusion"]["table"]["anonymous"]["anonymous"] == 1
    assert d["anonymous_count_exact"]["exact"] == 0  # 1 predicted, 2 in gold
    assert "anonymous count exactly right: 0/1" in v.to_text()


def test_label_scores_per_category():
    table, confusion = label_scores(["named", "named", "anonymous", None], ["named", "anonymous", "anonymous", "named"])
    t = table.set_index("category")
    assert t.loc["named", "precision"] == 0.5 and t.loc["named", "recall"] == 1.0
    assert t.loc["anonymous", "precision"] == 1.0 and t.loc["anonymous", "recall"] == 0.5
    assert int(confusion.loc["named", "anonymous"]) == 1 and t["units"].iloc[0] == 3


def test_validate_sheet_estimates_precision_and_label_agreement():
    sheet = pd.DataFrame({"unit_id": list("abcd"), "auto_source_type": ["named", "anonymous", "named", "named"],
                          "is_attribution": ["yes", "Y", "no", None], "source_type": ["named", "named", None, None]})
    out = validate_sheet(sheet)
    assert out["precision"]["units"] == 3 and out["precision"]["confirmed"] == 2
    assert out["precision"]["low"] < 2 / 3 < out["precision"]["high"]
    assert int(out["confusion"].loc["anonymous", "named"]) == 1


def _cli(argv):
    from analysis.commands import validate as command

    parser = argparse.ArgumentParser()
    command.register(parser.add_subparsers())
    args = parser.parse_args(argv)
    return args.func(args)


def test_project_validation_sample_is_consistent():
    gold = load_gold(VALIDATION / "gold.jsonl")
    texts = {d.id: d.text for d in load(VALIDATION / "columns.jsonl")}
    assert len(gold) >= 3 and {g["id"] for g in gold} == set(texts)
    for g in gold:
        check_gold_offsets(g, texts[g["id"]])
        assert any(a["source_type"] == "anonymous" for a in g["attributions"])


def test_cli_on_the_project_sample(capsys, tmp_path):
    errors = tmp_path / "errors.csv"
    assert _cli(["validate", str(VALIDATION / "gold.jsonl"), "--against", str(VALIDATION / "columns.jsonl"),
                 "--format", "json", "--errors", str(errors)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["articles"] == 4
    att = out["scores"]["attributions"]
    assert att["tp"] + att["fn"] == 21 + 3  # the required gold attributions (tp + fn is fixed by the gold)
    assert errors.read_bytes().startswith(b"\xef\xbb\xbfdoc,measure,error")
    assert _cli(["validate", str(VALIDATION / "gold.jsonl"), "--against", str(VALIDATION / "columns.jsonl")]) == 0
    assert "anonymous count exactly right" in capsys.readouterr().out


def test_cli_error_names_the_missing_id(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "elsewhere", "text": TEXT}) + "\n", encoding="utf-8")
    gold = tmp_path / "g.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    with pytest.raises(InputError, match="'d1'"):
        _cli(["validate", str(gold), "--against", str(corpus)])


@pytest.mark.skipif(not (SHARED / "corpora").exists(), reason="needs ../shared/corpora")
def test_dev_gold_figures_come_from_the_shared_scorer():
    """The library scores the dev gold with analysis.scoring, so its totals equal the dev-gold
    README's (133 required attributions, 33 anonymous, 48 required hedges) whatever the coders do."""
    v = validate(SHARED / "dev-gold" / "wikinews_dev_gold.jsonl", load(SHARED / "corpora" / "wikinews_2019_2020.jsonl"))
    s = v.scores.set_index("measure")
    assert s.loc["attributions", "tp"] + s.loc["attributions", "fn"] == 133
    assert s.loc["anonymous", "tp"] + s.loc["anonymous", "fn"] == 33
    assert s.loc["hedge", "tp"] + s.loc["hedge", "fn"] == 48
    assert v.anonymous_count["articles"] == 20


def test_anonymous_count_ignores_predictions_in_ignore_regions():
    from analysis.validation import score_document

    text = "Officials said the bridge was closed. Residents said it was open."
    second = text.index("Residents")
    record = {"id": "x", "attributions": [
        {"cue": "said", "cue_start": 10, "cue_end": 14, "source": "Officials", "source_start": 0,
         "source_end": 9, "source_type": "anonymous", "optional": False}],
        "hedges": [], "ignore": [[second, len(text)]]}
    score = score_document(record, text)
    assert score.anonymous_predicted == 1 and score.anonymous_exact


def test_a_gold_item_straddling_an_ignore_region_is_not_scored_either_way():
    # the cue "argue" starts before the ignored tail and ends inside it: a prediction there is
    # dropped, so the gold item must not count as a miss either
    s, e = span("argue")
    gold = dict(GOLD, attributions=[a for a in GOLD["attributions"] if a["cue"] == "argue"], hedges=[],
                ignore=[[s + 2, len(TEXT)]])
    d = score_document(gold, TEXT, pred_att([("argue", 1, True)]), pred_hed([]))
    assert (d.counts["attributions"].tp, d.counts["attributions"].fp, d.counts["attributions"].fn) == (0, 0, 0)
    assert not [x for x in d.errors if x["measure"] == "attributions"]
    d = score_document(gold, TEXT, pred_att([]), pred_hed([]))
    assert d.counts["attributions"].fn == 0
