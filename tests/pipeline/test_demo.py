"""End to end on the bundled demo corpus: specific events, nothing from junk, contract."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dotterel.cli import main
from dotterel.contract import problems
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    ev_path, art_path = out / "events.jsonl", out / "articles.jsonl"
    res = CliRunner().invoke(main, ["code", str(EXAMPLES), "-o", str(ev_path),
                                    "--articles", str(art_path), "--explain"])  # fmt: skip
    assert res.exit_code == 0, res.output + res.stderr
    events = [json.loads(x) for x in ev_path.read_text().splitlines()]
    articles = {a["id"]: a for a in (json.loads(x) for x in art_path.read_text().splitlines())}
    return events, articles


def of(events, article):
    return [e for e in events if e["article_id"] == article]


def _get(e, key):
    cur = e
    for part in key.split("__"):
        cur = cur.get(part) if isinstance(cur, dict) else None
    return cur


def has(events, article, type_, src, tgt=None, **kw):
    """Is there an event of this type whose source/target codes start with src/tgt?"""
    for e in of(events, article):
        if e["type"] != type_:
            continue
        if not any(a["code"].startswith(src) for a in e["source"]):
            continue
        if tgt is not None and not any(a["code"].startswith(tgt) for a in e["target"]):
            continue
        if all(_get(e, k) == v for k, v in kw.items()):
            return e
    return None


def test_every_demo_article_is_read(demo):
    _, articles = demo
    assert len(articles) >= 8
    assert {"pompeo-trip", "yemen-market-strike", "cup-final", "nairobi-tax-protests",
            "eu-belarus-sanctions", "estonia-expels-diplomats"} <= set(articles)  # fmt: skip


def test_every_event_honours_the_contract(demo):
    events, _ = demo
    assert events
    for e in events:
        assert problems(e) == [], (e["id"], problems(e))


def test_worked_example_of_the_design(demo):
    events, _ = demo
    seoul = has(events, "pompeo-trip", "CONSULT", "USAGOV", "KOR", mode="visit", cameo="042",
                modality="planned")  # fmt: skip
    assert seoul, "Pompeo's planned visit to Seoul"
    assert (seoul["date"]["start"], seoul["date"]["end"]) == ("2019-03-18", "2019-03-20")
    assert seoul["location"]["name"] == "Seoul" and seoul["location"]["country"] == "KOR"
    assert seoul["source"][0]["name"] == "Mike Pompeo"
    tokyo = has(events, "pompeo-trip", "CONSULT", "USAGOV", "JPN", mode="visit", modality="planned")
    assert tokyo and tokyo["date"]["start"] == "2019-03-18"
    met = has(events, "pompeo-trip", "CONSULT", "USAGOV", "PRKGOV", cameo="040", modality="asserted",
              date__start="2018-06-01", date__end="2018-06-30")  # fmt: skip
    assert met, "Trump and Kim met in June of last year"
    assert met["location"]["country"] == "SGP"


def test_specific_events_across_the_corpus(demo):
    events, _ = demo
    strike = has(events, "yemen-market-strike", "ASSAULT", "SAU", "YEM", date__start="2019-08-20")
    assert strike and strike["mode"] == "aerial"
    assert has(
        events, "nairobi-tax-protests", "ASSAULT", "KENCOP", "KENCVL", date__start="2023-07-12"
    )
    assert has(events, "eu-belarus-sanctions", "SANCTION", "IGOEEU", "BLR")
    assert has(events, "estonia-expels-diplomats", "SANCTION", "EST", "RUS", mode="expel")
    assert has(events, "cambodia-opposition-arrests", "COERCE", "KHM", mode="arrest")


def test_the_sports_story_yields_no_event(demo):
    events, _ = demo
    assert of(events, "cup-final") == []


def test_junk_never_yields_events_or_actors(demo):
    events, articles = demo
    for aid, art in articles.items():
        junk = [r["text"] for r in art["removed"] if len(r["text"]) > 12]
        for e in of(events, aid):
            for j in junk:
                assert j not in e["text"], (aid, j)
        for a in art["actors"]:
            assert not any(a["text"] in j and len(a["text"]) > 5 and a["text"] not in art["text"]
                           for j in junk)  # fmt: skip
    cards = articles["central-america-aid-cut"]["removed"]
    assert any(r["reason"] == "related-card" for r in cards)
    assert all("MORE" not in e["text"] for e in events)


def test_removed_junk_is_recorded_with_reasons(demo):
    _, articles = demo
    reasons = {r["reason"] for a in articles.values() for r in a["removed"]}
    assert {"related-card", "share-buttons", "byline", "dateline", "advertisement",
            "related-link"} <= reasons  # fmt: skip
    assert articles["yemen-market-strike"]["dateline"] == "Sanaa"


def test_the_same_input_gives_the_same_ids(demo, tmp_path):
    events, _ = demo
    out = tmp_path / "again.jsonl"
    res = CliRunner().invoke(main, ["code", str(EXAMPLES), "-o", str(out)])
    assert res.exit_code == 0
    again = [json.loads(x)["id"] for x in out.read_text().splitlines()]
    assert again == [e["id"] for e in events]
    assert len(set(again)) == len(again)
