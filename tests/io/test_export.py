"""`dotterel export | query | series | dedup` on a store, and the POLECAT/GDELT writers."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from dotterel.cli import main
from dotterel.contract import problems
from dotterel.gdelt import GDELT_COLUMNS
from dotterel.polecat import POLECAT_COLUMNS
from tests.conftest import EXAMPLES


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def db(tmp_path_factory, coder):
    path = tmp_path_factory.mktemp("export") / "events.duckdb"
    res = run("ingest", EXAMPLES, "--db", path, "-j", "1", "--no-progress")
    assert res.exit_code == 0, res.output
    assert "+10 articles" in res.stderr
    again = run("ingest", EXAMPLES, "--db", path, "-j", "1", "--no-progress")
    assert (
        again.exit_code == 0
        and "10 already stored" in again.stderr
        and "+0 articles" in again.stderr
    )
    return path


def n_events(db) -> int:
    res = run("query", "--db", db, "--format", "json", "SELECT count(*) AS n FROM events")
    return json.loads(res.stdout)[0]["n"]


def test_export_jsonl_is_the_contract_with_its_story(db):
    res = run("export", "--db", db)
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert len(lines) == n_events(db)
    for ev in lines:
        story = ev.pop("story")
        assert problems(ev) == []
        assert story["num_articles"] >= 1 and story["num_sources"] >= 1 and story["id"]


def test_export_csv_and_parquet_have_the_same_rows(db, tmp_path):
    res = run("export", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert len(rows) == n_events(db)
    assert {"story_id", "story_articles", "outlet", "url", "type", "source_code"} <= set(rows[0])
    out = tmp_path / "e.parquet"
    assert run("export", "--db", db, "--format", "parquet", "-o", out).exit_code == 0
    table = pq.read_table(out)
    assert table.num_rows == len(rows)
    assert sorted(table.column("id").to_pylist()) == sorted(r["id"] for r in rows)
    assert run("export", "--db", db, "--format", "parquet").exit_code == 2  # needs -o


def test_export_gdelt_one_row_per_deduplicated_event(db):
    res = run("export", "--db", db, "--format", "gdelt")
    rows = [line.split("\t") for line in res.stdout.splitlines()]
    stories = json.loads(run("query", "--db", db, "--format", "json",
                             "SELECT count(*) AS n FROM stories").stdout)[0]["n"]  # fmt: skip
    assert len(rows) == stories and all(len(r) == len(GDELT_COLUMNS) == 61 for r in rows)
    col = {c: i for i, c in enumerate(GDELT_COLUMNS)}
    for r in rows:
        assert r[col["GLOBALEVENTID"]].isdigit() and len(r[col["SQLDATE"]]) == 8
        assert int(r[col["NumArticles"]]) >= 1 and int(r[col["NumMentions"]]) >= 1
        assert r[col["EventRootCode"]] == r[col["EventCode"]][:2]


def test_export_polecat_names_and_values(db):
    res = run("export", "--db", db, "--format", "polecat", "--where", "e.type = 'CONSULT'")
    lines = res.stdout.splitlines()
    assert lines[0].split("\t") == POLECAT_COLUMNS
    rows = [dict(zip(POLECAT_COLUMNS, x.split("\t"), strict=True)) for x in lines[1:]]
    assert rows and all(r["Event Type"] == "CONSULT" for r in rows)
    assert all(r["Quad Code"] == "VERBAL COOPERATION" for r in rows)
    assert all(len(r["Event Date"]) == 10 and r["Actor Name"] for r in rows)


def test_code_writes_polecat_too(tmp_path):
    story = tmp_path / "s.txt"
    story.write_text("Russia expelled two Estonian diplomats on Monday.")
    res = run("code", story, "--published", "2024-02-07", "--format", "polecat")
    assert res.exit_code == 0
    assert res.stdout.splitlines()[0].startswith("Event ID\tEvent Date\tEvent Type")


def test_query_formats_and_errors(db):
    sql = "SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type"
    table = run("query", "--db", db, sql)
    assert table.exit_code == 0 and table.stdout.splitlines()[0].split() == ["type", "n"]
    assert table.stdout.rstrip().endswith("rows)")
    got = list(csv.reader(io.StringIO(run("query", "--db", db, "--format", "csv", sql).stdout)))
    assert got[0] == ["type", "n"] and len(got) > 2
    bad = run("query", "--db", db, "SELECT nope FROM events")
    assert bad.exit_code == 1 and "nope" in bad.output
    ro = run("query", "--db", db, "DELETE FROM events")
    assert ro.exit_code == 1  # the store is opened read-only
    assert run("query", "--db", db.parent / "missing.duckdb", "SELECT 1").exit_code == 1


def test_series_table_csv_and_plot(db, tmp_path):
    res = run("series", "--db", db, "--source", "USA", "--by", "year", "--format", "csv")
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows and {"period", "events", "verbal_coop", "material_conflict", "goldstein_mean",
                     "goldstein_total"} <= set(rows[0])  # fmt: skip
    years = [int(r["period"][:4]) for r in rows]
    assert years == list(range(years[0], years[0] + len(years)))  # empty periods included
    total = sum(int(r["events"]) for r in rows)
    assert total == sum(int(r[q]) for r in rows for q in
                        ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict"))  # fmt: skip
    both = run("series", "--db", db, "--source", "USA", "--target", "MEX", "--by", "month",
               "--unit", "events", "--format", "json")  # fmt: skip
    assert both.exit_code == 0
    for suffix in ("png", "svg"):
        out = tmp_path / f"s.{suffix}"
        res = run("series", "--db", db, "--source", "USA", "--by", "quarter", "--plot", out)
        assert res.exit_code == 0 and out.stat().st_size > 1000
    assert run("series", "--db", db, "--by", "decade").exit_code == 2


def test_dedup_command(db):
    res = run("dedup", "--db", db, "--rebuild")
    assert res.exit_code == 0 and "deduplicated events" in res.stderr
