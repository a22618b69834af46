"""The event store: schema, idempotent ingest, kill -9 and rerun, the Python API, dedup."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pyarrow as pa
import pytest

from dotterel.store import Store
from tests.conftest import EXAMPLES
from tests.helpers import rows

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory, coder):  # `coder`: the model is loaded once per session
    path = tmp_path_factory.mktemp("store") / "demo.duckdb"
    store = Store(path)
    report = store.ingest([str(EXAMPLES)])
    yield store, report
    store.close()


# -- kill -9 and rerun ---------------------------------------------------------------------------
def _ingest_cmd(db: Path) -> list[str]:
    return [sys.executable, "-c", "from dotterel.cli import main; main()", "ingest", str(EXAMPLES), "--db", str(db),
            "--batch", "1", "-j", "1", "--no-progress", "-v"]  # fmt: skip


def _row(key, start, end=None, cameo="190", country=None, published=None):
    import datetime as dt

    d = dt.date.fromisoformat
    return {"event_key": key, "cameo": cameo, "date_start": d(start) if start else None,
            "date_end": d(end) if end else None, "published": d(published) if published else None,
            "location_country": country}  # fmt: skip


def test_ingest_stores_every_table(demo_store):
    store, report = demo_store
    counts = store.counts()
    assert report.read == report.coded == counts["articles"] == 10
    assert counts["events"] == report.events > 20
    assert counts["actors"] >= counts["events"]  # every event has a source
    assert (
        counts["mentions"]
        == store.con.execute("SELECT sum(num_mentions) FROM events").fetchall()[0][0]
    )
    assert counts["actor_mentions"] > counts["actors"] / 2
    assert counts["story_events"] == counts["events"]
    for t, key in (("articles", "article_key"), ("events", "event_key"), ("stories", "story_id"),
                   ("story_events", "event_key")):  # fmt: skip
        assert store.con.execute(
            f"SELECT count(DISTINCT {key}) = count(*) FROM {t}"
        ).fetchall() == [(True,)]
    # every event has a source actor row; roles are source/target only
    no_source = store.con.execute("""SELECT count(*) FROM events e WHERE NOT EXISTS
        (SELECT 1 FROM actors a WHERE a.event_key = e.event_key AND a.role = 'source')""").fetchall()
    assert no_source == [(0,)]
    assert {r[0] for r in store.con.execute("SELECT DISTINCT role FROM actors").fetchall()} == {
        "source",
        "target",
    }


def test_articles_keep_clean_text_and_junk_spans(demo_store):
    store, _ = demo_store
    got = store.con.execute(
        "SELECT id, text, junk FROM articles WHERE len(junk) > 0 ORDER BY id"
    ).fetchall()
    assert got, "the demo corpus has junk to remove"
    for _id, text, junk in got:
        for span in junk:
            assert set(span) == {"start", "end", "reason", "text"}
            assert span["reason"] and span["text"] not in text


def test_events_json_is_the_contract(demo_store):
    from dotterel.contract import problems

    store, _ = demo_store
    for (j,) in store.con.execute("SELECT json FROM events").fetchall():
        assert problems(json.loads(j)) == []


def test_reingest_adds_nothing(demo_store):
    store, _ = demo_store
    before = rows(store)
    report = store.ingest([str(EXAMPLES)])
    assert report.known == report.read == 10
    assert report.coded == report.articles == report.events == 0
    assert rows(store) == before


def test_same_article_twice_in_one_run_is_stored_once(tmp_path, coder):
    feed = tmp_path / "twice.jsonl"
    rec = {
        "id": "a1",
        "text": "Russia expelled two Estonian diplomats on Monday.",
        "published": "2024-02-07",
    }
    feed.write_text(json.dumps(rec) + "\n" + json.dumps(rec) + "\n")
    with Store(tmp_path / "s.duckdb") as store:
        report = store.ingest([str(feed), str(feed)])
        assert report.read == 4 and report.known == 3
        assert store.counts()["articles"] == 1


def test_an_article_the_coder_failed_on_is_tried_again_by_the_next_run(tmp_path, monkeypatch):
    """A coder failure is stored with its reason, but a rerun codes the article again (the
    bug may be fixed by then) and replaces the row; coded articles are not touched."""
    from dotterel.pipeline import Coder

    feed = tmp_path / "in.jsonl"
    rows_in = [{"id": "ok", "text": "Ruritania expelled two Borduvian diplomats on Monday."},
               {"id": "bad", "text": "Rebels shelled a Ruritanian border post on Monday."}]  # fmt: skip
    feed.write_text("".join(json.dumps(dict(r, published="2024-02-07")) + "\n" for r in rows_in))
    real = Coder._code_article

    def broken(self, art, c, paras, pdocs):
        if art.id == "bad":
            raise KeyError("a rule broke")
        return real(self, art, c, paras, pdocs)

    with Store(tmp_path / "s.duckdb") as store:
        monkeypatch.setattr(Coder, "_code_article", broken)
        first = store.ingest([str(feed)])
        assert first.skipped == [f"{feed}:2"] and first.problems == 1
        failed = store.query("SELECT id, skipped, failed FROM articles WHERE failed")
        assert list(failed["id"]) == ["bad"] and "KeyError" in failed["skipped"][0]
        again = store.ingest([str(feed)])  # still broken: tried again, reported again
        assert again.known == 1 and again.skipped == [f"{feed}:2"] and again.articles == 0
        assert store.counts()["articles"] == 2
        monkeypatch.setattr(Coder, "_code_article", real)
        fixed = store.ingest([str(feed)])
        assert fixed.known == 1 and fixed.coded == 1 and not fixed.skipped and fixed.articles == 0
        arts = store.query("SELECT id, skipped, failed, n_events FROM articles ORDER BY id")
        assert list(arts["id"]) == ["bad", "ok"] and not arts["failed"].any()
        assert arts["n_events"][0] >= 1 and arts["skipped"].isna().all()
        assert store.ingest([str(feed)]).known == 2


def test_a_store_from_before_the_failed_column_gains_it(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.con.execute("ALTER TABLE articles DROP COLUMN failed")
    with Store(path) as store:
        cols = {r[0] for r in store.con.execute("DESCRIBE articles").fetchall()}
        assert "failed" in cols


def test_python_api_gives_pandas_and_arrow(demo_store):
    import dotterel

    store, _ = demo_store
    assert dotterel.Store is Store
    df = store.events()
    assert len(df) == store.counts()["events"] and "goldstein" in df.columns
    tbl = store.events(arrow=True)
    assert isinstance(tbl, pa.Table) and tbl.num_rows == len(df)
    q = store.query(
        "SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC", arrow=True
    )
    assert q.column_names == ["type", "n"]
    assert store.query("SELECT count(*) AS n FROM stories")["n"][0] == store.counts()["stories"]
    s = store.series(source="USA", by="month")
    assert {"period", "events", "verbal_coop", "material_conflict", "goldstein_mean",
            "goldstein_total"} <= set(s.columns)  # fmt: skip
    assert (
        s["events"].sum()
        == store.query(
            "SELECT count(*) AS n FROM stories WHERE source_code LIKE 'USA%' OR source_country LIKE '%USA%'"
        )["n"][0]
    )


def test_read_only_store_refuses_writes(demo_store, tmp_path):
    import duckdb

    from dotterel.store import StoreError

    with pytest.raises(StoreError):
        Store(tmp_path / "missing.duckdb", read_only=True)
    store, _ = demo_store
    copy = tmp_path / "copy.duckdb"
    store.con.execute(f"ATTACH '{copy}' AS c")
    store.con.execute("COPY FROM DATABASE " + store.con.execute(
        "SELECT current_database()").fetchall()[0][0] + " TO c")  # fmt: skip
    store.con.execute("DETACH c")
    with Store(copy, read_only=True) as ro:
        assert ro.counts()["events"] == store.counts()["events"]
        with pytest.raises(duckdb.Error):
            ro.query("DELETE FROM events")


# the ingest command, held after its first committed batch until the test kills it: the
# kill comes at that point whatever the machine's load (no race with the next batches)
_HOLD_AFTER_BATCH_1 = """
import sys
import dotterel.ingest as ingest_module
from dotterel.cli import main

run = ingest_module.ingest


def held(*args, on_commit, **kwargs):
    def commit_then_hold(report):
        on_commit(report)
        if report.batches == 1:
            sys.stdin.readline()  # the test never writes: wait here to be killed

    return run(*args, on_commit=commit_then_hold, **kwargs)


ingest_module.ingest = held
main()
"""


def test_kill_9_then_rerun_equals_an_uninterrupted_run(tmp_path):
    # all three runs are fresh processes, one after the other: the same code and knowledge
    env = dict(os.environ, DOTTEREL_NO_PROGRESS="1", PYTHONUNBUFFERED="1")
    ref = tmp_path / "uninterrupted.duckdb"
    done = subprocess.run(_ingest_cmd(ref), capture_output=True, env=env, cwd=ROOT, text=True,
                          timeout=1800)  # fmt: skip
    assert done.returncode == 0, done.stderr
    db = tmp_path / "killed.duckdb"
    cmd = [sys.executable, "-c", _HOLD_AFTER_BATCH_1, *_ingest_cmd(db)[3:]]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, env=env, cwd=ROOT, text=True)  # fmt: skip
    guard = threading.Timer(1800, proc.kill)  # only against a hang: the wait is on the line
    guard.start()
    seen = []
    try:
        for line in proc.stderr:  # the first batch is committed (and the run held): kill it
            seen.append(line)
            if "committed batch 1:" in line:
                os.kill(proc.pid, signal.SIGKILL)
                break
    finally:
        guard.cancel()
        if proc.poll() is None and not any("committed batch 1:" in x for x in seen):
            proc.kill()
        proc.wait()
        proc.stdin.close()
        proc.stderr.close()
    assert any("committed batch 1:" in x for x in seen), "".join(seen)
    assert proc.returncode == -signal.SIGKILL
    with Store(db) as s:  # what the killed run left: whole batches only
        n = s.counts()["articles"]
        assert n == 1, f"the run was not killed after its first batch ({n} articles stored)"
        assert s.con.execute("SELECT count(*) FROM events WHERE article_key NOT IN "
                             "(SELECT article_key FROM articles)").fetchall() == [(0,)]  # fmt: skip
    rerun = subprocess.run(_ingest_cmd(db), capture_output=True, env=env, cwd=ROOT, text=True,
                           timeout=1800)  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr
    assert f"{n} already stored" in rerun.stderr
    with Store(db) as s, Store(ref, read_only=True) as r:
        assert rows(s) == rows(r)


# -- deduplication -------------------------------------------------------------------------------
def test_dedup_groups_reports_across_outlets_incrementally(tmp_path, coder):
    a = {
        "id": "wire-1",
        "source": "Wire A",
        "published": "2024-02-07",
        "text": "Russia expelled two Estonian diplomats on Monday, the foreign ministry said.",
    }
    b = {
        "id": "paper-7",
        "source": "Paper B",
        "published": "2024-02-08",
        "text": "On Monday Russia expelled two diplomats from Estonia in a row over spying.",
    }
    c = {
        "id": "wire-2",
        "source": "Wire A",
        "published": "2024-03-20",
        "text": "Russia expelled two Estonian diplomats on Tuesday, weeks after the first expulsions.",
    }
    with Store(tmp_path / "d.duckdb") as store:
        f1 = tmp_path / "a.jsonl"
        f1.write_text(json.dumps(a) + "\n")
        store.ingest([str(f1)])
        first = store.stories()
        f2 = tmp_path / "bc.jsonl"
        f2.write_text(json.dumps(b) + "\n" + json.dumps(c) + "\n")
        store.ingest([str(f2)])
        st = store.query("SELECT * FROM stories WHERE type = 'COERCE' OR cameo LIKE '1%' "
                         "ORDER BY date_start")  # fmt: skip
        expel = st[st["source_code"].str.startswith("RUS") & st["target_code"].str.contains("EST")]
        assert len(expel) == 2, expel[["type", "cameo", "date_start", "num_articles"]]
        monday = expel.iloc[0]
        assert (monday["num_articles"], monday["num_sources"]) == (2, 2)
        assert monday["story_id"] in set(first["story_id"])  # its id survived the new report
        assert expel.iloc[1]["num_articles"] == 1
        linked = store.query("SELECT count(*) AS n FROM story_events WHERE story_id = ?",
                             [monday["story_id"]])["n"][0]  # fmt: skip
        assert linked == 2
        before = store.query("SELECT * FROM stories ORDER BY story_id")
        store.dedup(rebuild=True)
        assert store.query("SELECT * FROM stories ORDER BY story_id").equals(before)


def test_dedup_rule_dates_must_share_a_day_and_evidence_agree():
    from dotterel.dedup import group

    daily = [_row(f"k{i}", f"2024-01-{i:02d}", f"2024-01-{i + 1:02d}") for i in range(1, 8)]
    # each overlaps the next, but no day is common to all: no chaining into one story
    assert len(group(daily)) > 1 and all(len(s.keys) <= 2 for s in group(daily))
    same = [_row("a", "2024-01-01", "2024-01-07"), _row("b", "2024-01-05", "2024-01-05", "193"),
            _row("c", "2024-01-03", "2024-01-06", "19")]  # fmt: skip
    (s,) = group(same)
    assert s.keys == ["a", "c", "b"] and (s.start.day, s.end.day) == (5, 5) and s.cameo == "193"
    assert (
        len(group([_row("a", "2024-01-01", cameo="193"), _row("b", "2024-01-01", cameo="195")]))
        == 2
    )
    assert (
        len(group([_row("a", "2024-01-01", country="SYR"), _row("b", "2024-01-01", country="IRQ")]))
        == 2
    )
    assert len(group([_row("a", "2024-01-01", country="SYR"), _row("b", "2024-01-01")])) == 1
    assert len(group([_row("a", None), _row("b", None)])) == 2  # undated reports stay apart
    assert len(group([_row("a", None, published="2024-01-01"), _row("b", "2024-01-01")])) == 1
