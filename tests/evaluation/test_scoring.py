"""The evaluator: key matching, reciprocal events, gold scoring, errors and calibration."""

from __future__ import annotations

import json

from dotterel import evaluate as E


def actor(code: str, country: str | None = None, org: str | None = None) -> dict:
    return {"code": code, "country": country, "org": org}


def _coded(typ, src, tgt, mode=None, day="2021-05-11", modality="asserted"):
    return {
        "type": typ,
        "mode": mode,
        "source": [actor(c, c[:3]) for c in src],
        "target": [actor(c, c[:3]) for c in tgt],
        "modality": modality,
        "date": {"start": day, "end": day},
    }


def test_keys_match_prefixes_countries_organisations_and_typos():
    assert E.key_matches("USA", actor("USAGOV", "USA"))
    assert E.key_matches("JAP", actor("JPN", "JPN"))  # a typo of the PLOVER gold standard
    assert not E.key_matches("USAGOV", actor("USA", "USA"))
    E.ORG_PARENTS.update({"UNSC": "UN"})
    assert E.key_matches("UN", actor("IGOUNOSEC", None, "UNSC"))
    assert E.key_matches("IGO", actor("IGOUNOSEC", None, "UNSC"))


def test_reciprocal_events_match_either_way():
    ev = {"type": "CONCEDE", "source": [actor("IND", "IND")], "target": [actor("PAK", "PAK")]}
    assert E.dyad_matches("CONCEDE", ["IND", "PAK"], [], ev)
    assert E.dyad_matches("CONCEDE", ["PAK", "IND"], [], ev)
    assert not E.dyad_matches("ACCUSE", ["IND", "PAK"], [], dict(ev, type="ACCUSE"))


def test_reciprocal_matching_is_symmetric():
    # gold parties all as doers match a coded split; so does a gold split match coded parties
    # all as doers ("Nepal and Bhutan met" against a gold Nepal -> Bhutan meeting)
    joint = {"type": "CONSULT", "source": [actor("NPL", "NPL"), actor("BTN", "BTN")], "target": []}
    split = {"type": "CONSULT", "source": [actor("NPL", "NPL")], "target": [actor("BTN", "BTN")]}
    assert E.dyad_matches("CONSULT", ["NPL", "BTN"], [], split)
    assert E.dyad_matches("CONSULT", ["NPL"], ["BTN"], joint)
    assert E.dyad_matches("CONSULT", ["BTN"], ["NPL"], joint)
    assert not E.dyad_matches("CONSULT", ["NPL"], ["IND"], joint)
    # one doer and no target is no pair, even when both gold parties share its key
    alone = {"type": "RETREAT", "source": [actor("NPLGOV", "NPL")], "target": []}
    assert not E.dyad_matches("RETREAT", ["NPL"], ["NPL"], alone)
    assert not E.dyad_matches("ACCUSE", ["NPL"], ["BTN"], dict(joint, type="ACCUSE"))


def test_gold_scoring_reports_prf_confusion_errors_and_calibration(coder, tmp_path):
    gold = tmp_path / "gold.jsonl"
    rec = {"id": "t1", "published": "2021-05-12", "split": "dev",
           "text": "Ghana imposed sanctions on Togo on Tuesday. Mali praised Niger.",
           "events": [
               {"type": "SANCTION", "source": ["GHA"], "target": ["TGO"], "modality": "asserted",
                "date": {"start": "2021-05-11", "end": "2021-05-11"}, "evidence": "Ghana imposed sanctions"},
               {"type": "AID", "source": ["MLI"], "target": ["NER"], "modality": "asserted",
                "evidence": "Mali praised Niger"},
           ]}  # fmt: skip
    gold.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    rep = E.eval_gold(coder, gold, split="dev")
    s = rep.summary
    assert s["gold_events"] == 2 and s["recall"] == 0.5 and s["date_overlap"] == 1.0
    assert rep.confusion["SANCTION"]["SANCTION"] == 1 and rep.confusion["AID"]["(none)"] == 1
    kinds = sorted(e["kind"] for e in rep.errors)
    assert kinds == ["false", "miss"]  # Mali's praise is a SUPPORT, not the gold AID
    miss = next(e for e in rep.errors if e["kind"] == "miss")
    assert miss["coded_in_sentence"] and miss["coded_in_sentence"][0]["type"] == "SUPPORT"
    assert sum(b["events"] for b in rep.calibration) == s["scored_events"]
    assert s["coded_events"] == len(coder.code(rec["text"], published=rec["published"]))


def test_gsr_scoring_counts_dyads_and_extra_events(coder, tmp_path):
    path = tmp_path / "gsr.jsonl"
    rows = [{"id": "g1", "text": "Peru expelled two Bolivian diplomats on Monday.", "published": "2000-01-01",
             "type": "SANCTION", "source": [{"code": "PER"}], "target": [{"code": "BOL"}]},
            {"id": "g2", "text": "The weather was fine in Lima.", "published": "2000-01-01",
             "type": "PROTEST", "source": [{"code": "PER"}], "target": []}]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    rep = E.eval_gsr(coder, path)
    assert rep.summary["dyad_recall"] == 0.5 and rep.summary["records"] == 2
    assert [e["problem"] for e in rep.errors] == ["no event"]


def test_labelled_events_for_fitting_confidence(coder, tmp_path):
    path = tmp_path / "gsr.jsonl"
    path.write_text(json.dumps({"id": "g1", "text": "Ghana imposed sanctions on Togo.", "published": "2000-01-01",
                                "type": "SANCTION", "source": [{"code": "GHA"}], "target": [{"code": "TGO"}]})
                    + "\n", encoding="utf-8")  # fmt: skip
    got = E.labelled_events(coder, path, "gsr")
    assert got and got[0][1] is True and "confidence_features" in got[0][0]["explain"]


def test_matching_is_one_to_one_and_does_not_depend_on_gold_order():
    def ev(typ, src, tgt, modality="asserted"):
        return {
            "type": typ,
            "source": [actor(c, c[:3]) for c in src],
            "target": [actor(c, c[:3]) for c in tgt],
            "modality": modality,
            "date": {"start": "2021-05-11", "end": "2021-05-11"},
        }

    # the first gold event could take either coded event; the second only the first one
    golds = [
        {"type": "ASSAULT", "source": ["KEN"], "target": ["KEN"], "modality": "negated"},
        {"type": "ASSAULT", "source": ["KENCOP"], "target": ["KENCVL"], "modality": "negated"},
    ]
    preds = [
        ev("ASSAULT", ["KENCOP"], ["KENCVL"], "negated"),
        ev("ASSAULT", ["KENMIL"], ["KENCVL"]),
    ]
    assert E.match_events(golds, preds) == {0: 1, 1: 0}
    assert E.match_events(golds[::-1], preds) == {0: 0, 1: 1}
    # an optional gold event never takes a coded event a required one needs
    golds = [{"type": "ASSAULT", "source": ["KEN"], "target": [], "optional": True}, golds[1]]
    assert E.match_events(golds, preds[:1]) == {1: 0}


def test_a_coded_event_with_two_parties_on_a_side_matches_a_gold_event_per_pair():
    # "Chile and Peru met Bolivia", coded once, gold as two meetings: both are found
    golds = [
        {"type": "CONSULT", "source": ["CHL"], "target": ["BOL"]},
        {"type": "CONSULT", "source": ["PER"], "target": ["BOL"]},
    ]
    preds = [_coded("CONSULT", ["CHL", "PER"], ["BOL"])]
    assert E.match_events(golds, preds) == {0: 0, 1: 0}
    # two targets likewise ("Chile accused Peru and Bolivia")
    golds = [
        {"type": "ACCUSE", "source": ["CHL"], "target": ["PER"]},
        {"type": "ACCUSE", "source": ["CHL"], "target": ["BOL"]},
    ]
    assert E.match_events(golds, [_coded("ACCUSE", ["CHL"], ["PER", "BOL"])]) == {0: 0, 1: 0}
    # one pair still stands for one event: a repeated gold event is matched once
    golds = [golds[0], dict(golds[0])]
    assert len(E.match_events(golds, [_coded("ACCUSE", ["CHL"], ["PER", "BOL"])])) == 1
    # a gold event naming both parties takes the coded event whole, once
    golds = [{"type": "CONSULT", "source": ["CHL", "PER"], "target": []}] * 2
    assert E.match_events(golds, [_coded("CONSULT", ["CHL", "PER"], [])]) == {0: 0}


def test_matching_prefers_the_agreeing_mode_and_date_over_the_coded_order():
    # two shellings of the same dyad, one by air and one by artillery: each gold event
    # gets the coded event of its own mode, whichever comes first
    golds = [
        {"type": "ASSAULT", "mode": "aerial", "source": ["ISR"], "target": ["LBN"]},
        {"type": "ASSAULT", "mode": "artillery", "source": ["ISR"], "target": ["LBN"]},
    ]
    preds = [
        _coded("ASSAULT", ["ISR"], ["LBN"], "artillery"),
        _coded("ASSAULT", ["ISR"], ["LBN"], "aerial"),
    ]
    assert E.match_events(golds, preds) == {0: 1, 1: 0}
    # the first gold event's date fits either coded event, the second's only the first:
    # taking the first coded event greedily would leave the second gold event a wrong date
    golds = [
        {
            "type": "ASSAULT",
            "source": ["ISR"],
            "target": ["LBN"],
            "date": {"start": "2021-05-10", "end": "2021-05-12"},
        },
        {
            "type": "ASSAULT",
            "source": ["ISR"],
            "target": ["LBN"],
            "date": {"start": "2021-05-10", "end": "2021-05-10"},
        },
    ]
    preds = [
        _coded("ASSAULT", ["ISR"], ["LBN"], day="2021-05-10"),
        _coded("ASSAULT", ["ISR"], ["LBN"], day="2021-05-12"),
    ]
    assert E.match_events(golds, preds) == {0: 1, 1: 0}
    assert E.match_events(golds[::-1], preds[::-1]) == {0: 1, 1: 0}


def test_matching_prefers_the_coded_event_told_in_the_gold_evidence():
    # the mode-less threat coded from the gold event's own sentence, not a later one
    gold = {"type": "THREATEN", "mode": "violence", "source": ["SOM"], "target": [],
            "evidence": "Any ship that docks in the port will be a target"}  # fmt: skip
    told = dict(
        _coded("THREATEN", ["SOM"], ["KEN"]),
        mentions=[{"text": "Any ship that docks in the port will be a target, it said."}],
    )
    other = dict(
        _coded("THREATEN", ["SOM"], ["KEN"], "violence"),
        mentions=[{"text": "It threatened more raids."}],
    )
    assert E.match_events([gold], [other, told]) == {0: 1}
