"""How honest is "gold actor found among the sentence's actors"? (PLOVER GSR sentences)

`dotterel eval --gsr` counts a record's gold source (target) as found when every gold key
matches one of the actors coded in the sentence: every mention the resolver lists plus the
actors of coded events. A resolver that lists many actors per sentence could score well by
accident. This script prints, next to the eval figure:

- how many actor mentions and distinct codes a sentence gets;
- the same measure with the actors of coded events only (stricter: needs an event);
- a chance baseline: the gold keys of each record against the actors of *another* record
  (the next one in the file) -- what a resolver gets for listing plausible but unrelated
  actors;
- which kind of mention found the gold actor (knowledge base, text, coreference ...).

Usage: python bench/actors_gsr.py PATH/plover_gsr_dev.jsonl [--misses]
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections import Counter
from pathlib import Path

from dotterel.evaluate import _code_all, key_matches
from dotterel.pipeline import Coder


def covered(keys, actors) -> bool:
    return bool(keys) and all(any(key_matches(k, a) for a in actors) for k in keys)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gsr", type=Path)
    ap.add_argument(
        "--misses", action="store_true", help="print the records whose gold actor is not found"
    )
    args = ap.parse_args()
    recs = [json.loads(x) for x in args.gsr.read_text(encoding="utf-8").splitlines() if x.strip()]
    coded = _code_all(Coder(), recs)
    mentions, events_only, kinds = [], [], []
    for r in recs:
        c = coded[str(r["id"])]
        ment = [dict(a.to_dict(), why=a.why) for a in c.actors]
        ev = [a.to_dict() for e in c.events for a in e.source + e.target]
        mentions.append(ment + ev)
        events_only.append(ev)
    n = len(recs)
    stats = Counter()
    for i, r in enumerate(recs):
        other = mentions[(i + 1) % n]
        for role in ("source", "target"):
            keys = [a["code"] for a in r.get(role) or []]
            if not keys:
                continue
            stats[f"{role}_n"] += 1
            hit = covered(keys, mentions[i])
            stats[f"{role}_all"] += hit
            stats[f"{role}_events"] += covered(keys, events_only[i])
            stats[f"{role}_chance"] += covered(keys, other)
            if hit:
                for k in keys:
                    a = next(a for a in mentions[i] if key_matches(k, a))
                    kinds.append(":".join((a.get("why") or "event actor").split(":")[:2]))
            elif args.misses:
                print(
                    f"miss {r['id']} {role} {keys}: {sorted({a['code'] for a in mentions[i]})}\n   {r['text'][:200]}"
                )
    per_sentence = [len(m) for m in mentions]
    distinct = [len({a["code"] for a in m}) for m in mentions]
    print(f"records: {n}")
    print(f"actor mentions per sentence: mean {statistics.mean(per_sentence):.2f}, median "
          f"{statistics.median(per_sentence)}, max {max(per_sentence)}")  # fmt: skip
    print(f"distinct codes per sentence: mean {statistics.mean(distinct):.2f}, max {max(distinct)}")
    print(f"{'':8}{'all actors':>12}{'event actors':>14}{'chance':>9}")
    for role in ("source", "target"):
        m = stats[f"{role}_n"]
        print(f"{role:8}{stats[f'{role}_all'] / m:12.3f}{stats[f'{role}_events'] / m:14.3f}"
              f"{stats[f'{role}_chance'] / m:9.3f}   (of {m})")  # fmt: skip
    print("gold actors found by:", ", ".join(f"{k} {v}" for k, v in Counter(kinds).most_common()))


if __name__ == "__main__":
    main()
