"""Scoring against gold standards: sentence-level (PLOVER GSR), story-level (labelled
documents) and article-level (hand-coded event lists).

Actor keys match a coded actor when the actor's code starts with the key, its country is
the key, or its organisation key is the key ("IGO" matches the UN's IGOUNO, "USA" matches
USAGOV). Reciprocal events (meetings, agreements: both parties coded as sources) match a
coded event that has both parties on either side.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import PLOVER_TYPES, Article

RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "RETREAT", "ASSAULT", "CONCEDE"}


# Typos in the PLOVER gold-standard records ("JAP" for Japan, "ITL" for Italy, "VTN" for
# Vietnam): the key they stand for.
KEY_ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


# organisation key -> its parent's key ("UNSC" -> "UN"): a key names the organisation and
# its bodies ("UN" matches the Security Council); filled from the knowledge base
ORG_PARENTS: dict[str, str] = {}


def _org_line(org: str) -> set[str]:
    out = set()
    while org and org not in out:
        out.add(org)
        org = ORG_PARENTS.get(org, "")
    return out


def key_matches(key: str, actor: dict) -> bool:
    key = key.upper()
    key = KEY_ALIASES.get(key, key)
    code = (actor.get("code") or "").upper()
    orgs = {o.upper() for o in _org_line(actor.get("org") or "")}
    return bool(key) and (
        code.startswith(key) or (actor.get("country") or "") == key or key in orgs
    )


def use_kb(kb) -> None:
    """Let keys match organisations' bodies through the knowledge base's hierarchy."""
    ORG_PARENTS.clear()
    for k, (parent, _where) in (getattr(kb, "org_parent", None) or {}).items():
        ORG_PARENTS[k] = parent


def _covered(keys: list[str], actors: list[dict]) -> bool:
    return all(any(key_matches(k, a) for a in actors) for k in keys)


def dyad_matches(gold_type: str, gsrc: list[str], gtgt: list[str], ev: dict) -> bool:
    """Whether the coded event `ev` is of the gold type with the gold parties on their sides;
    a reciprocal one also with its sides swapped, or with either side's parties all as
    doers ("X and Y met") where the other's are split (X met Y), whichever side that is."""
    if ev["type"] != gold_type:
        return False
    src, tgt = ev["source"], ev["target"]
    if _covered(gsrc, src) and _covered(gtgt, tgt):
        return True
    if gold_type in RECIPROCAL:
        both = src + tgt
        if not gtgt and _covered(gsrc, both):
            return True
        if not tgt and len({a.get("code") for a in src}) > 1 and _covered(gsrc + gtgt, src):
            return True  # the same the other way: gold X met Y, coded "X and Y met"
        if _covered(gsrc + gtgt, both) and _covered(gtgt, src) and _covered(gsrc, tgt):
            return True
    return False


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


@dataclass
class Report:
    kind: str
    summary: dict[str, Any] = field(default_factory=dict)
    per_type: dict[str, dict[str, Any]] = field(default_factory=dict)
    confusion: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    errors: list[dict[str, Any]] = field(default_factory=list)
    calibration: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "summary": self.summary, "per_type": self.per_type,
                "confusion": {k: dict(v) for k, v in self.confusion.items()},
                "calibration": self.calibration}  # fmt: skip


def _read_jsonl(path: Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}:{n}: not JSON ({e.msg})") from e
    return out


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s[:10]) if s else None


def _code_all(coder, records: list[dict], id_key: str = "id", progress=None) -> dict[str, Any]:
    use_kb(getattr(coder, "kb", None))
    arts = [
        Article(
            id=str(r.get(id_key)),
            text=r["text"],
            published=_date(r.get("published")),
            title=r.get("title"),
            origin=str(r.get(id_key)),
        )  # fmt: skip
        for r in records
    ]
    out = {}
    for coded in coder.code_articles(arts):
        out[coded.article.id] = coded
        if progress:
            progress()
    return out


# -- PLOVER gold-standard sentences -------------------------------------------------------------
def eval_gsr(coder, path: Path, progress=None) -> Report:
    recs = _read_jsonl(path)
    coded = _code_all(coder, recs, progress=progress)
    rep = Report("gsr")
    n = len(recs)
    src_found = tgt_found = tgt_total = 0
    type_hit = dyad_hit = any_event = any_event_gold = any_event_type = 0
    coded_events = coded_right = 0
    scored: list[tuple[float, bool]] = []
    per = defaultdict(lambda: Counter())
    for r in recs:
        c = coded[str(r["id"])]
        evs = [e.to_dict() for e in c.events]
        actors = [a.to_dict() for a in c.actors] + [
            a for e in evs for a in e["source"] + e["target"]
        ]
        gtype = r["type"]
        gsrc = [a["code"] for a in r.get("source") or []]
        gtgt = [a["code"] for a in r.get("target") or []]
        s_ok = _covered(gsrc, actors)
        t_ok = _covered(gtgt, actors) if gtgt else None
        src_found += s_ok
        if gtgt:
            tgt_total += 1
            tgt_found += bool(t_ok)
        t_hit = any(e["type"] == gtype for e in evs)
        right = [dyad_matches(gtype, gsrc, gtgt, e) for e in evs]
        d_hit = any(right)
        coded_events += len(evs)
        coded_right += sum(right)
        scored.extend((e["confidence"], ok) for e, ok in zip(evs, right, strict=True))
        type_hit += t_hit
        dyad_hit += d_hit
        if evs:
            any_event += 1
            any_event_gold += d_hit
            any_event_type += t_hit
        per[gtype]["n"] += 1
        per[gtype]["type"] += t_hit
        per[gtype]["dyad"] += d_hit
        predicted = sorted({e["type"] for e in evs}) or ["(none)"]
        for p in predicted:
            rep.confusion[gtype][p] += 1
        if not d_hit:
            rep.errors.append({
                "id": r["id"], "text": r["text"], "gold": {"type": gtype, "source": gsrc, "target": gtgt},
                "coded": [{"type": e["type"], "cameo": e["cameo"], "source": [a["code"] for a in e["source"]],
                           "target": [a["code"] for a in e["target"]], "trigger": e["trigger"]} for e in evs],
                "actors": sorted({a["code"] for a in actors}),
                "problem": "no event" if not evs else ("wrong type" if not t_hit else "wrong dyad"),
            })  # fmt: skip
        for e, ok in zip(evs, right, strict=True):
            if not ok and d_hit:
                rep.errors.append({
                    "id": r["id"], "text": r["text"], "problem": "extra event",
                    "gold": {"type": gtype, "source": gsrc, "target": gtgt},
                    "coded": [{"type": e["type"], "cameo": e["cameo"], "source": [a["code"] for a in e["source"]],
                               "target": [a["code"] for a in e["target"]], "trigger": e["trigger"],
                               "confidence": e["confidence"]}],
                })  # fmt: skip
    rep.summary = {
        "records": n,
        "source_actor_found": round(src_found / n, 3) if n else 0,
        "target_actor_found": round(tgt_found / tgt_total, 3) if tgt_total else 0,
        "type_recall": round(type_hit / n, 3) if n else 0,
        "dyad_recall": round(dyad_hit / n, 3) if n else 0,
        "sentences_with_events": any_event,
        "gold_among_coded": round(any_event_gold / any_event, 3) if any_event else 0,
        "gold_type_among_coded": round(any_event_type / any_event, 3) if any_event else 0,
        "coded_events": coded_events,
        # precision counts every coded event that is not the sentence's one gold event as
        # wrong, although a sentence may report more than one event: a lower bound
        **_prf(coded_right, coded_events - coded_right, n - dyad_hit),
    }
    rep.calibration = calibration(scored)
    rep.per_type = {t: {"n": v["n"], "type_recall": round(v["type"] / v["n"], 3),
                        "dyad_recall": round(v["dyad"] / v["n"], 3)} for t, v in sorted(per.items())}  # fmt: skip
    return rep


# -- labelled stories ----------------------------------------------------------------------------
def eval_stories(coder, path: Path, progress=None) -> Report:
    recs = _read_jsonl(path)
    coded = _code_all(coder, recs, progress=progress)
    rep = Report("stories")
    per = defaultdict(Counter)
    found = 0
    for r in recs:
        c = coded[str(r["id"])]
        types = Counter(e.type for e in c.events)
        gtype = r["type"]
        hit = types[gtype] > 0
        found += hit
        per[gtype]["n"] += 1
        per[gtype]["found"] += hit
        per[gtype]["events"] += sum(types.values())
        top = types.most_common(1)[0][0] if types else "(none)"
        rep.confusion[gtype][top] += 1
        if not hit:
            rep.errors.append({"id": r["id"], "type": gtype, "mode": r.get("mode"),
                               "coded": dict(types), "title": r.get("title"),
                               "text": r["text"][:600]})  # fmt: skip
    n = len(recs)
    rep.per_type = {t: {"n": v["n"], "found": round(v["found"] / v["n"], 3),
                        "events_per_story": round(v["events"] / v["n"], 2)} for t, v in sorted(per.items())}  # fmt: skip
    worst = (
        min(rep.per_type.items(), key=lambda kv: kv[1]["found"])
        if rep.per_type
        else ("", {"found": 0})
    )
    rep.summary = {"stories": n, "type_found": round(found / n, 3) if n else 0,
                   "lowest_type": worst[0], "lowest_type_found": worst[1]["found"]}  # fmt: skip
    return rep


# -- hand-coded gold articles ----------------------------------------------------------------------
def eval_gold(coder, path: Path, split: str = "all", progress=None) -> Report:
    recs = [r for r in _read_jsonl(path) if split == "all" or r.get("split", "dev") == split]
    coded = _code_all(coder, recs, progress=progress)
    rep = Report("gold")
    tp = fp = fn = n_coded = 0
    dated = dated_ok = located = located_ok = modal = modal_ok = 0
    per = defaultdict(Counter)
    scored: list[tuple[float, bool]] = []
    for r in recs:
        c = coded[str(r["id"])]
        preds = [e.to_dict() for e in c.events]
        n_coded += len(preds)
        golds = r.get("events") or []
        matched_gold = match_events(golds, preds)
        used_pred = set(matched_gold.values())
        for gi, g in enumerate(golds):
            opt = bool(g.get("optional"))
            if gi in matched_gold:
                p = preds[matched_gold[gi]]
                if not opt:
                    tp += 1
                    per[g["type"]]["tp"] += 1
                    scored.append((p["confidence"], True))
                    modal += 1
                    modal_ok += p["modality"] == g.get("modality", "asserted")
                    if g.get("date"):
                        dated += 1
                        dated_ok += _dates_overlap(g["date"], p["date"])
                    if g.get("location"):
                        located += 1
                        loc = p.get("location") or {}
                        located_ok += loc.get("country") == g["location"].get("country")
                else:
                    scored.append((p["confidence"], True))
            elif not opt:
                fn += 1
                per[g["type"]]["fn"] += 1
                nearby = [{"type": p["type"], "cameo": p["cameo"], "source": [a["code"] for a in p["source"]],
                           "target": [a["code"] for a in p["target"]], "modality": p["modality"],
                           "trigger": p["trigger"]}
                          for p in preds if _told_in(g, p)]  # fmt: skip
                rep.errors.append(
                    {"article": r["id"], "kind": "miss", "gold": g, "coded_in_sentence": nearby}
                )
        for pi, p in enumerate(preds):
            if pi in used_pred:
                continue
            fp += 1
            per[p["type"]]["fp"] += 1
            scored.append((p["confidence"], False))
            rep.errors.append({"article": r["id"], "kind": "false", "coded": {
                "type": p["type"], "cameo": p["cameo"], "source": [a["code"] for a in p["source"]],
                "target": [a["code"] for a in p["target"]], "modality": p["modality"],
                "trigger": p["trigger"], "text": p["text"], "confidence": p["confidence"]}})  # fmt: skip
        for gi, g in enumerate(golds):
            if g.get("optional"):
                continue
            got = preds[matched_gold[gi]]["type"] if gi in matched_gold else "(none)"
            rep.confusion[g["type"]][got] += 1
    rep.summary = {"articles": len(recs), "split": split, "gold_events": tp + fn,
                   "coded_events": n_coded, "scored_events": tp + fp, **_prf(tp, fp, fn),
                   "date_overlap": round(dated_ok / dated, 3) if dated else None,
                   "dated_gold_matched": dated,
                   "location_country": round(located_ok / located, 3) if located else None,
                   "located_gold_matched": located,
                   "modality_accuracy": round(modal_ok / modal, 3) if modal else None}  # fmt: skip
    rep.per_type = {t: {**_prf(v["tp"], v["fp"], v["fn"]), "gold": v["tp"] + v["fn"],
                        "coded": v["tp"] + v["fp"]} for t, v in sorted(per.items())}  # fmt: skip
    rep.calibration = calibration(scored)
    return rep


def labelled_events(coder, path: Path, kind: str, split: str = "dev") -> list[tuple[dict, bool]]:
    """Every coded event of a dev set with whether it is right (for fitting confidence):
    gold articles: it matches a gold event (required or optional); GSR sentences: it is the
    sentence's gold event."""
    recs = _read_jsonl(path)
    if kind == "gold":
        recs = [r for r in recs if r.get("split", "dev") == split]
    coded = _code_all(coder, recs)
    out: list[tuple[dict, bool]] = []
    for r in recs:
        preds = [e.to_dict(explain=True) for e in coded[str(r["id"])].events]
        if kind == "gsr":
            gsrc = [a["code"] for a in r.get("source") or []]
            gtgt = [a["code"] for a in r.get("target") or []]
            out.extend((p, dyad_matches(r["type"], gsrc, gtgt, p)) for p in preds)
            continue
        used = set(match_events(r.get("events") or [], preds).values())
        out.extend((p, pi in used) for pi, p in enumerate(preds))
    return out


def match_events(golds: list[dict], preds: list[dict]) -> dict[int, int]:
    """An optimal matching of gold events to coded events (gold index -> coded index).

    A coded event stands for each of its source-target pairs (`_pairs`): "X and Y met Z"
    can match a gold X-Z and a gold Y-Z meeting, one gold event per pair. The assignment
    maximises, in this order: required gold events matched; optional gold events matched
    (so an optional one never takes what a required one needs); then, summed over the
    matches, coded events told in the gold evidence's sentence, agreeing modes, overlapping
    dates, agreeing modalities, agreeing location countries (`_agreement`). Being optimal rather than greedy, it does not depend on the order of
    gold or coded events.
    """
    units: list[tuple[int, dict]] = []  # (coded index, the coded event cut to one pair)
    units_of: list[list[int]] = []  # coded index -> the indices of its units
    for pi, p in enumerate(preds):
        cuts = _pairs(p)
        units_of.append(list(range(len(units), len(units) + len(cuts))))
        units.extend((pi, cut) for cut in cuts)
    base = len(golds) + 1  # a weight digit per criterion: no sum of lower ones reaches it
    weights = []
    for g in golds:
        gsrc, gtgt = g.get("source") or [], g.get("target") or []
        row = [0] * len(units)
        tier = base ** (6 if not g.get("optional") else 5)
        for pi, p in enumerate(preds):
            if not dyad_matches(g["type"], gsrc, gtgt, p):
                continue
            mine = units_of[pi]
            fits = [ui for ui in mine if dyad_matches(g["type"], gsrc, gtgt, units[ui][1])]
            # a gold event fitting one pair takes that pair; one needing the whole event
            # (several of its parties) takes the event's first pair
            for ui in fits or mine[:1]:
                row[ui] = tier + sum(
                    ok * base**k for k, ok in zip((4, 3, 2, 1, 0), _agreement(g, p), strict=True)
                )
        weights.append(row)
    return {gi: units[ui][0] for gi, ui in _max_weight_assignment(weights).items()}


def _pairs(ev: dict) -> list[dict]:
    """The coded event cut to each source-target pair it stands for (distinct codes); a
    reciprocal event with parties only as sources stands for each two of them."""

    def distinct(actors: list[dict]) -> list[dict]:
        return list({a.get("code"): a for a in actors}.values())

    src, tgt = distinct(ev["source"]), distinct(ev["target"])
    if len(src) * max(len(tgt), 1) <= 1:
        return [ev]
    if not tgt and ev["type"] in RECIPROCAL:
        return [dict(ev, source=[a, b], target=[]) for i, a in enumerate(src) for b in src[i + 1 :]]
    return [dict(ev, source=[s], target=[t] if t else []) for s in src for t in tgt or [None]]


def _agreement(g: dict, p: dict) -> tuple[bool, bool, bool, bool, bool]:
    """How well a coded event that matches a gold one agrees with it, most important
    first: told in the gold event's evidence sentence, mode (a gold event without one
    agrees with any), date, modality, location country."""
    gloc = (g.get("location") or {}).get("country")
    return (
        _told_in(g, p),
        not g.get("mode") or p.get("mode") == g["mode"],
        _dates_overlap(g.get("date"), p.get("date")),
        p.get("modality") == g.get("modality", "asserted"),
        bool(gloc) and (p.get("location") or {}).get("country") == gloc,
    )


def _told_in(g: dict, p: dict) -> bool:
    """One of the coded event's mentions holds the start of the gold event's evidence."""
    ev = (g.get("evidence") or "")[:40]
    return bool(ev) and any(ev in m["text"] for m in p.get("mentions") or [])


def _max_weight_assignment(weights: list[list[int]]) -> dict[int, int]:
    """Row -> column of a one-to-one assignment with the greatest total weight, using only
    cells of positive weight (Hungarian method, exact on integers)."""
    n = len(weights)
    m = max([n] + [len(r) for r in weights])
    if not n or not any(any(r) for r in weights):
        return {}
    # minimise cost = -weight on an n x m matrix (n <= m after padding with zero columns)
    cost = [[-w for w in r] + [0] * (m - len(r)) for r in weights]
    inf = float("inf")
    u, v = [0] * (n + 1), [0] * (m + 1)
    row_of = [0] * (m + 1)  # column -> row (1-based; 0: free)
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        row_of[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while row_of[j0]:
            used[j0] = True
            i0, delta, j1 = row_of[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[row_of[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
        while j0:
            j1 = way[j0]
            row_of[j0] = row_of[j1]
            j0 = j1
    return {
        row_of[j] - 1: j - 1
        for j in range(1, m + 1)
        if row_of[j] and j - 1 < len(weights[row_of[j] - 1]) and weights[row_of[j] - 1][j - 1] > 0
    }


def _dates_overlap(gold: dict | None, pred: dict | None) -> bool:
    if not gold or not pred:
        return False
    gs, ge = _date(gold.get("start")), _date(gold.get("end") or gold.get("start"))
    ps, pe = _date(pred.get("start")), _date(pred.get("end"))
    if gs is None or ps is None:
        return False
    pe = pe or dt.date.max
    return ps <= ge and gs <= pe


def calibration(scored: Iterable[tuple[float, bool]], bins: int = 5) -> list[dict[str, Any]]:
    """Share of coded events that were right, by confidence band."""
    out = []
    items = list(scored)
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [ok for c, ok in items if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        if inside:
            out.append({"band": f"{lo:.1f}-{hi:.1f}", "events": len(inside),
                        "right": round(sum(inside) / len(inside), 3)})  # fmt: skip
    return out


def types_order() -> list[str]:
    return list(PLOVER_TYPES)
