"""The output contract (DESIGN.md) as a check: every exporter and test relies on it.

`problems(event_dict)` lists what is wrong with one event; an empty list means valid.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .model import DATE_BASES, MODALITIES, PLOVER_TYPES, PRECISIONS

FIELDS = ("id", "article_id", "published", "sentence_index", "text", "span", "trigger", "type",
          "mode", "cameo", "quad_class", "goldstein", "source", "target", "date", "modality",
          "location", "confidence")  # fmt: skip
ACTOR_FIELDS = ("text", "name", "country", "sector", "code", "org")


def _is_date(v: Any) -> bool:
    if not isinstance(v, str):
        return False
    try:
        dt.date.fromisoformat(v)
        return True
    except ValueError:
        return False


def actor_problems(a: Any, where: str) -> list[str]:
    if not isinstance(a, dict):
        return [f"{where}: not an object"]
    out = [f"{where}: missing '{k}'" for k in ACTOR_FIELDS if k not in a]
    if out:
        return out
    if not isinstance(a["text"], str) or not a["text"]:
        out.append(f"{where}.text: empty")
    if a["country"] is not None and not re.fullmatch(r"[A-Z]{3}", str(a["country"])):
        out.append(f"{where}.country: {a['country']!r} is not ISO alpha-3")
    if not isinstance(a["sector"], list) or not all(isinstance(s, str) for s in a["sector"]):
        out.append(f"{where}.sector: must be a list of codes")
    if not isinstance(a["code"], str) or not re.fullmatch(r"[A-Z]{3,}", a["code"]):
        out.append(f"{where}.code: {a['code']!r} is not a CAMEO-style code")
    if a["org"] is not None and not isinstance(a["org"], str):
        out.append(f"{where}.org: must be a string or null")
    return out


def problems(ev: dict[str, Any]) -> list[str]:
    from .events.ontology import cameo_table, valid_mode

    out = [f"missing '{k}'" for k in FIELDS if k not in ev]
    if out:
        return out
    if not isinstance(ev["id"], str) or not ev["id"]:
        out.append("id: empty")
    if ev["published"] is not None and not _is_date(ev["published"]):
        out.append(f"published: {ev['published']!r} is not YYYY-MM-DD")
    if not isinstance(ev["sentence_index"], int) or ev["sentence_index"] < 0:
        out.append("sentence_index: must be a non-negative integer")
    span = ev["span"]
    if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)
            and 0 <= span[0] < span[1]):  # fmt: skip
        out.append(f"span: {span!r} is not [start, end]")
    if not ev["trigger"]:
        out.append("trigger: empty")
    if ev["type"] not in PLOVER_TYPES:
        out.append(f"type: {ev['type']!r} is not a PLOVER type")
    elif not valid_mode(ev["type"], ev["mode"]):
        out.append(f"mode: {ev['mode']!r} is not a mode of {ev['type']}")
    table = cameo_table()
    if ev["cameo"] not in table:
        out.append(f"cameo: {ev['cameo']!r} is not a CAMEO code")
    else:
        if ev["goldstein"] != table[ev["cameo"]].goldstein:
            out.append("goldstein: does not match the CAMEO code")
        if ev["quad_class"] != table[ev["cameo"]].quad_class:
            out.append("quad_class: does not match the CAMEO code")
    if not isinstance(ev["source"], list) or not ev["source"]:
        out.append("source: must be a non-empty list")
    else:
        for i, a in enumerate(ev["source"]):
            out += actor_problems(a, f"source[{i}]")
    if not isinstance(ev["target"], list):
        out.append("target: must be a list")
    else:
        for i, a in enumerate(ev["target"]):
            out += actor_problems(a, f"target[{i}]")
    d = ev["date"]
    if not isinstance(d, dict) or not {"start", "end", "text", "precision", "basis"} <= set(d):
        out.append("date: needs start, end, text, precision, basis")
    else:
        for k in ("start", "end"):
            if d[k] is not None and not _is_date(d[k]):
                out.append(f"date.{k}: {d[k]!r} is not YYYY-MM-DD")
        if d["start"] and d["end"] and d["start"] > d["end"]:
            out.append("date: start after end")
        if d["basis"] not in DATE_BASES:
            out.append(f"date.basis: {d['basis']!r}")
        if d["precision"] not in PRECISIONS:
            out.append(f"date.precision: {d['precision']!r}")
    if ev["modality"] not in MODALITIES:
        out.append(f"modality: {ev['modality']!r}")
    loc = ev["location"]
    if loc is not None:
        if not isinstance(loc, dict) or not {"name", "country", "lat", "lon", "geonameid"} <= set(
            loc
        ):
            out.append("location: needs name, country, lat, lon, geonameid")
        elif loc["country"] is not None and not re.fullmatch(r"[A-Z]{3}", str(loc["country"])):
            out.append("location.country: not ISO alpha-3")
    c = ev["confidence"]
    if not isinstance(c, (int, float)) or not 0 <= c <= 1:
        out.append("confidence: must be in [0, 1]")
    return out
