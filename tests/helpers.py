"""Helpers and constants that several test files share (one definition each).

A test file imports what it uses from here; `conftest.py` keeps the fixtures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import dotterel
from dotterel.actors.resolve import Memory, SentenceActors
from dotterel.model import Article
from dotterel.nlp import paragraphs, parse
from dotterel.read import Article as Article_2
from dotterel.store import TABLES, Store
from tests.conftest import codes, event_rows, events_of, finder, keys

DAY_2026_10_01 = "2026-10-01"
PUBLISHED_2024_05_01 = dt.date(2024, 5, 1)
PUBLISHED_2025_05_05 = "2025-05-05"
PUBLISHED_2025_05_05_2 = dt.date(2025, 5, 5)
PUBLISHED_2025_06_26 = "2025-06-26"
PUB_2001_03_02 = "2001-03-02"
PUB_2003_05_06 = "2003-05-06"
PUB_2011_03_09 = "2011-03-09"
PUB_2017_09_01 = "2017-09-01"
PUB_2019_02_20 = "2019-02-20"
PUB_2019_10_14 = "2019-10-14"
PUB_2021_03_08 = "2021-03-08"
PUB_2021_03_09 = "2021-03-09"
PUB_2021_05_12 = "2021-05-12"
PUB_2021_06_09 = "2021-06-09"
PUB_2021_09_14 = "2021-09-14"
PUB_2022_03_08 = "2022-03-08"
PUB_2022_03_09 = "2022-03-09"
PUB_2022_09_14 = "2022-09-14"
PUB_2023_03_15 = "2023-03-15"
PUB_2023_04_11 = "2023-04-11"
PUB_2023_10_06 = "2023-10-06"
PUB_2023_11_02 = "2023-11-02"
PUB_2024_03_06 = "2024-03-06"
PUB_2024_05_02 = "2024-05-02"
PUB_2024_05_15 = "2024-05-15"
PUB_2025_03_12 = "2025-03-12"
PUB_2025_06_18 = "2025-06-18"
found_2001_03_02 = finder(PUB_2001_03_02)
found_2003_05_06 = finder(PUB_2003_05_06)
found_2011_03_09 = finder(PUB_2011_03_09)
found_2017_09_01 = finder(PUB_2017_09_01)
found_2019_02_20 = finder(PUB_2019_02_20)
found_2019_10_14 = finder(PUB_2019_10_14)
found_2020_06_15 = finder("2020-06-15")
found_2021_03_08 = finder(PUB_2021_03_08)
found_2021_03_09 = finder(PUB_2021_03_09)
found_2021_06_09 = finder(PUB_2021_06_09)
found_2021_09_14 = finder(PUB_2021_09_14)
found_2022_03_08 = finder(PUB_2022_03_08)
found_2022_03_09 = finder(PUB_2022_03_09)
found_2023_04_11 = finder(PUB_2023_04_11)
found_2024_05_01 = finder("2024-05-01")
found_2024_05_02 = finder("2024-05-02")
found_2024_05_15 = finder(PUB_2024_05_15)
found_2025_03_05 = finder("2025-03-05")
found_2025_03_12 = finder(PUB_2025_03_12)
found_2025_05_05 = finder(PUBLISHED_2025_05_05)
found_2025_06_18 = finder(PUB_2025_06_18)
found_2026_03_06 = finder("2026-03-06")
found_2026_03_18 = finder("2026-03-18")
found_2026_06_12 = finder("2026-06-12")
found_2026_06_18 = finder("2026-06-18")
found_2026_07_16 = finder("2026-07-16")
found_2026_10_01 = finder(DAY_2026_10_01)
found_2026_10_14 = finder("2026-10-14")
found_2026_11_10 = finder("2026-11-10")
found_2026_11_19 = finder("2026-11-19")
found_2026_11_20 = finder("2026-11-20")
found_2026_11_23 = finder("2026-11-23")
found_2026_11_24 = finder("2026-11-24")
found_2026_11_25 = finder("2026-11-25")
found_2026_11_26 = finder("2026-11-26")
found_2026_11_27 = finder("2026-11-27")
found_2026_11_28 = finder("2026-11-28")
found_2026_11_30 = finder("2026-11-30")
found_2026_12_09 = finder("2026-12-09")
found_2026_12_10 = finder("2026-12-10")


def acts(coder, text: str) -> list[tuple]:
    """(type, source, target, modality) of each event but the accusation or its denial."""
    return [
        (t, s, g, m)
        for t, _, s, g, m in event_rows(coder, text, PUB_2024_03_06)
        if t not in ("ACCUSE", "REJECT")
    ]


def rejects(coder, text: str) -> list[tuple]:
    return [g for g in event_rows(coder, text, PUB_2024_05_02) if g[0] == "REJECT"]


def _typed_2025_03_12(coder, text: str, typ: str, published: str = "2025-03-12") -> list[dict]:
    return [e for e in events_of(coder, text, published) if e["type"] == typ]


def _typed_2025_04_08(coder, text: str, typ: str, published: str = "2025-04-08") -> list[dict]:
    return [e for e in events_of(coder, text, published) if e["type"] == typ]


def mentions(kb, text, day="2020-06-01", dateline=None):
    """[(text, code, name, why)] for every actor mention of a small article."""
    memory = Memory(dateline_country=dateline)
    out = []
    paras = paragraphs(text)
    for para, doc in zip(paras, parse([p.text for p in paras]), strict=True):
        sa = SentenceActors(
            kb, doc, dt.date.fromisoformat(day) if day else None, memory, para.start
        )
        for sent in doc.sents:
            out.extend((a.text, a.code, a.name, a.why) for a in sa.sentence_mentions(sent))
    return out


def mention_codes(got, text):
    return [c for t, c, _, _ in got if t == text]


def named(got, name):
    return [(t, c, w) for t, c, n, w in got if n == name]


def coded_2021_05_12_2(coder, text: str) -> list[tuple]:
    return event_rows(coder, text, PUB_2021_05_12)


def _events_2024_05_01(coder, text: str) -> list[dict]:
    arts = [Article_2(id="t", text=text, published=PUBLISHED_2024_05_01)]
    return [e.to_dict() for c in coder.code_articles(arts) for e in c.events]


def _codes_2(actors: list[dict]) -> set[str]:
    return {a["code"] for a in actors}


def _codes_of(coder, text: str, typ: str, side: str = "source") -> list[list[str]]:
    return [codes(e[side]) for e in found_2025_06_18(coder, text, typ)]


def _of(evs, typ):
    return [e for e in evs if e["type"] == typ]


def _country(e):
    return (e.get("location") or {}).get("country")


def coded_2021_05_12(coder, text: str, published: str = PUB_2021_05_12) -> list[tuple]:
    return [
        (
            e["type"],
            [a["code"] for a in e["source"]],
            [a["code"] for a in e["target"]],
            e["modality"],
        )
        for e in events_of(coder, text, published)
    ]


def one(coder, text: str, typ: str, published: str = PUB_2021_05_12) -> dict:
    got = [e for e in events_of(coder, text, published) if e["type"] == typ]
    assert len(got) == 1, (text, coded_2021_05_12(coder, text, published))
    return got[0]


def starts(actors: list[dict]) -> set[str]:
    return {(a["country"] or a["org"] or "") for a in actors}


D = dt.date.fromisoformat


@dataclass
class Cand:
    trigger: object
    head: object
    trigger_tokens: list
    modality: str
    nominal: bool
    type: str
    mode: str | None = None
    source_heads: list = field(default_factory=list)
    target_heads: list = field(default_factory=list)


def event(
    doc, word: str, type_: str = "ASSAULT", modality: str = "asserted", mode=None, nth: int = 0
):
    toks = [t for t in doc if t.text == word]
    tok = toks[nth]
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    obj = [c for c in tok.children if c.dep_ == "dobj"]
    return Cand(tok, tok, [tok], modality, tok.pos_ not in ("VERB", "AUX"), type_, mode,
                [subj] if subj else [], obj)  # fmt: skip


FIX = Path(__file__).parent / "fixtures" / "petrarch"


def coded_2023_03_15(coder, text: str, published: str = PUB_2023_03_15) -> list[tuple]:
    return event_rows(coder, text, published)


def _mentions(coder, text: str) -> dict[str, str]:
    import datetime as dt

    from dotterel.read import Article

    art = Article(id="t", text=text, published=dt.date(2024, 5, 1))
    coded = next(iter(coder.code_articles([art])))
    return {a.text: a.code for a in coded.actors}


def _events_2025_05_05_2(coder, text: str) -> list[dict]:
    arts = [Article(id="t", text=text, published=PUBLISHED_2025_05_05_2)]
    return [e.to_dict(explain=True) for c in coder.code_articles(arts) for e in c.events]


def _keys(actors: list[dict]) -> set[str]:
    return {a["code"] for a in actors}


def _events_2025_05_05(coder, text: str) -> list[dict]:
    return events_of(coder, text, PUBLISHED_2025_05_05)


def _events_2025_06_26(coder, text: str) -> list[dict]:
    return events_of(coder, text, PUBLISHED_2025_06_26)


def types(coder, text: str, published: str = PUB_2019_02_20) -> list[str]:
    return [e["type"] for e in events_of(coder, text, published)]


def _codes(evs, side="source"):
    return [a["code"] for e in evs for a in e[side]]


def _of_type(evs, typ):
    return [e for e in evs if e["type"] == typ]


def _rows(coder, text):
    return [(e["type"], e["cameo"]) for e in events_of(coder, text, published="2024-05-02")]


def _events(text):
    return dotterel.code(text)


ALL_TABLES = (*TABLES, "stories", "story_events")


# columns that may differ between two runs that stored the same things
VOLATILE = {"articles": ["seconds"]}


def rows(store: Store) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without timing columns: two stores are equal when these are."""
    out = {}
    for t in ALL_TABLES:
        excl = VOLATILE.get(t)
        cols = f"* EXCLUDE ({', '.join(excl)})" if excl else "*"
        out[t] = sorted(store.con.execute(f"SELECT {cols} FROM {t}").fetchall(), key=repr)
    return out


def _assert_coded(coder, text: str, typ: str, cameo: str, src: str) -> None:
    """An event of this type and CAMEO code, done by `src`, is coded from the text."""
    e = [x for x in found_2019_10_14(coder, text, typ) if x["cameo"] == cameo]
    assert e and src in keys(e[0]["source"]), e


def _types(coder, text: str) -> list[tuple[str, str]]:
    return [(e["type"], e["cameo"]) for e in events_of(coder, text)]


def threats(coder, text: str) -> list[tuple]:
    return [
        (e["cameo"], [a["code"] for a in e["source"]], [a["code"] for a in e["target"]])
        for e in events_of(coder, text, PUB_2021_05_12)
        if e["type"] == "THREATEN"
    ]


def accusations(coder, text: str) -> list[tuple]:
    return [r for r in event_rows(coder, text, PUB_2024_03_06) if r[0] == "ACCUSE"]
