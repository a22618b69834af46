"""The event store: coded articles in DuckDB, ingested idempotently, queried as tables.

    >>> import dotterel
    >>> with dotterel.Store("events.duckdb") as store:
    ...     store.ingest(["news/"])                  # code and store; again: adds nothing
    ...     store.events()                           # pandas DataFrame (arrow=True: Arrow)
    ...     store.query("SELECT type, count(*) FROM events GROUP BY type")
    ...     store.series(source="USA", target="RUS", by="month")

Tables (docs/store.md has every column):

- `articles`: one row per article, keyed by `Article.content_hash` (id + date + text), with
  the clean text and the junk spans removed from it;
- `events`: one row per coded event (the output contract; `json` holds the contract JSON);
- `actors`: one row per event and actor, `role` source or target;
- `mentions`: one row per sentence that reports an event (an event's `mentions`);
- `actor_mentions`: every actor named in an article, event or not;
- `stories`, `story_events`: the cross-article deduplication (dedup.py).

Every write goes through Arrow tables in one transaction per batch of articles, and only
articles whose key is not stored yet are written: re-ingesting adds nothing, and a run
killed at any point leaves whole batches, so a rerun finishes with exactly the rows of an
uninterrupted run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa

from .model import CodedArticle

SCHEMA_VERSION = "1"

JUNK = pa.struct([("start", pa.int32()), ("end", pa.int32()), ("reason", pa.string()),
                  ("text", pa.string())])  # fmt: skip

ARTICLES = pa.schema([
    ("article_key", pa.string()), ("id", pa.string()), ("published", pa.date32()),
    ("source", pa.string()), ("url", pa.string()), ("title", pa.string()),
    ("origin", pa.string()), ("dateline", pa.string()), ("text", pa.string()),
    ("junk", pa.list_(JUNK)), ("n_events", pa.int32()), ("sentences", pa.int32()),
    ("parsed_sentences", pa.int32()), ("seconds", pa.float64()), ("skipped", pa.string()),
    ("failed", pa.bool_()),
])  # fmt: skip

EVENTS = pa.schema([
    ("event_key", pa.string()), ("article_key", pa.string()), ("event_id", pa.string()),
    ("article_id", pa.string()), ("published", pa.date32()), ("source_name", pa.string()),
    ("sentence_index", pa.int32()), ("text", pa.string()), ("span_start", pa.int32()),
    ("span_end", pa.int32()), ("trigger", pa.string()), ("type", pa.string()),
    ("mode", pa.string()), ("cameo", pa.string()), ("quad_class", pa.int8()),
    ("goldstein", pa.float64()), ("source_code", pa.string()), ("source_country", pa.string()),
    ("target_code", pa.string()), ("target_country", pa.string()),
    ("date_start", pa.date32()), ("date_end", pa.date32()), ("date_precision", pa.string()),
    ("date_basis", pa.string()), ("date_text", pa.string()), ("modality", pa.string()),
    ("location_name", pa.string()), ("location_country", pa.string()),
    ("location_lat", pa.float64()), ("location_lon", pa.float64()),
    ("location_geonameid", pa.int64()), ("confidence", pa.float64()),
    ("num_mentions", pa.int32()), ("json", pa.string()),
])  # fmt: skip

ACTOR_COLUMNS = [
    ("text", pa.string()), ("name", pa.string()), ("code", pa.string()),
    ("country", pa.string()), ("sector", pa.list_(pa.string())), ("org", pa.string()),
    ("kb_id", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
]  # fmt: skip

ACTORS = pa.schema([("event_key", pa.string()), ("article_key", pa.string()),
                    ("role", pa.string()), ("position", pa.int16()), *ACTOR_COLUMNS])  # fmt: skip

MENTIONS = pa.schema([
    ("event_key", pa.string()), ("article_key", pa.string()), ("position", pa.int16()),
    ("sentence_index", pa.int32()), ("span_start", pa.int32()), ("span_end", pa.int32()),
    ("trigger", pa.string()), ("text", pa.string()),
])  # fmt: skip

ACTOR_MENTIONS = pa.schema([("article_key", pa.string()), ("position", pa.int32()),
                            *ACTOR_COLUMNS, ("why", pa.string())])  # fmt: skip

SCHEMAS: dict[str, pa.Schema] = {
    "articles": ARTICLES, "events": EVENTS, "actors": ACTORS, "mentions": MENTIONS,
    "actor_mentions": ACTOR_MENTIONS,
}  # fmt: skip
# the order rows are written in: a child table never holds rows of an unstored article
TABLES = ("articles", "events", "actors", "mentions", "actor_mentions")

_DUCK = {"string": "VARCHAR", "date32[day]": "DATE", "int8": "TINYINT", "int16": "SMALLINT",
         "int32": "INTEGER", "int64": "BIGINT", "float64": "DOUBLE", "double": "DOUBLE",
         "bool": "BOOLEAN"}  # fmt: skip


def _duck_type(t: pa.DataType) -> str:
    if pa.types.is_list(t):
        return _duck_type(t.value_type) + "[]"
    if pa.types.is_struct(t):
        return "STRUCT(" + ", ".join(f'"{f.name}" {_duck_type(f.type)}' for f in t) + ")"
    return _DUCK[str(t)]


PRIMARY_KEYS = {"articles": "article_key", "events": "event_key"}


def ddl() -> list[str]:
    out = ["CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)"]
    for name in TABLES:
        cols = []
        for f in SCHEMAS[name]:
            pk = " PRIMARY KEY" if PRIMARY_KEYS.get(name) == f.name else ""
            cols.append(f'"{f.name}" {_duck_type(f.type)}{pk}')
        out.append(f"CREATE TABLE IF NOT EXISTS {name} ({', '.join(cols)})")
    # columns added since schema 1: stores made before them get them here (null = false)
    out.append("ALTER TABLE articles ADD COLUMN IF NOT EXISTS failed BOOLEAN")
    from .dedup import DDL as STORY_DDL

    out.extend(STORY_DDL)
    return out


# -- coded articles -> Arrow tables ------------------------------------------------------------
def _day(v: Any) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v))


def _join(actors: list[dict], key: str) -> str:
    vals = []
    for a in actors:
        v = a.get(key)
        vals.append("" if v is None else str(v))
    return ";".join(vals)


def event_key(article_key: str, event_id: str, n: int = 0) -> str:
    raw = f"{article_key}\x1f{event_id}\x1f{n}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:20]


def _actor_row(a: dict) -> dict:
    return {"text": a.get("text"), "name": a.get("name"), "code": a.get("code"),
            "country": a.get("country"), "sector": list(a.get("sector") or []),
            "org": a.get("org"), "kb_id": a.get("kb_id"), "start": a.get("start"),
            "end": a.get("end")}  # fmt: skip


def coded_tables(coded: Iterable[CodedArticle], explain: bool = False) -> dict[str, pa.Table]:
    """Arrow tables (one per store table) for a batch of coded articles. Runs in worker
    processes too: only plain data crosses back."""
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    seen_articles: set[str] = set()
    for ca in coded:
        art = ca.article
        key = art.content_hash
        if key in seen_articles:
            continue  # the same article twice in one batch
        seen_articles.add(key)
        rows["articles"].append({
            "article_key": key, "id": art.id, "published": art.published, "source": art.source,
            "url": art.url, "title": art.title, "origin": art.origin,
            "dateline": ca.clean.dateline, "text": ca.clean.text,
            "junk": [r.to_dict() for r in ca.clean.removed], "n_events": len(ca.events),
            "sentences": ca.sentences, "parsed_sentences": ca.parsed_sentences,
            "seconds": round(ca.seconds, 4), "skipped": ca.skipped, "failed": ca.failed,
        })  # fmt: skip
        ids: dict[str, int] = {}
        for ev in ca.events:
            d = ev.to_dict(explain=explain)
            n = ids.get(d["id"], 0)
            ids[d["id"]] = n + 1
            ek = event_key(key, d["id"], n)
            date = d.get("date") or {}
            loc = d.get("location") or {}
            mentions = d.get("mentions") or []
            rows["events"].append({
                "event_key": ek, "article_key": key, "event_id": d["id"],
                "article_id": d["article_id"], "published": _day(d["published"]),
                "source_name": art.source, "sentence_index": d["sentence_index"],
                "text": d["text"], "span_start": d["span"][0], "span_end": d["span"][1],
                "trigger": d["trigger"], "type": d["type"], "mode": d["mode"],
                "cameo": d["cameo"], "quad_class": d["quad_class"], "goldstein": d["goldstein"],
                "source_code": _join(d["source"], "code"),
                "source_country": _join(d["source"], "country"),
                "target_code": _join(d["target"], "code"),
                "target_country": _join(d["target"], "country"),
                "date_start": _day(date.get("start")), "date_end": _day(date.get("end")),
                "date_precision": date.get("precision"), "date_basis": date.get("basis"),
                "date_text": date.get("text"), "modality": d["modality"],
                "location_name": loc.get("name"), "location_country": loc.get("country"),
                "location_lat": loc.get("lat"), "location_lon": loc.get("lon"),
                "location_geonameid": loc.get("geonameid"), "confidence": d["confidence"],
                "num_mentions": max(1, len(mentions)),
                "json": json.dumps(d, ensure_ascii=False),
            })  # fmt: skip
            for role in ("source", "target"):
                for i, a in enumerate(getattr(ev, role)):
                    r = _actor_row(dict(a.to_dict(), start=a.start, end=a.end))
                    rows["actors"].append({"event_key": ek, "article_key": key, "role": role,
                                           "position": i, **r})  # fmt: skip
            for i, m in enumerate(mentions):
                rows["mentions"].append({
                    "event_key": ek, "article_key": key, "position": i,
                    "sentence_index": m["sentence_index"], "span_start": m["span"][0],
                    "span_end": m["span"][1], "trigger": m["trigger"], "text": m["text"],
                })  # fmt: skip
        for i, a in enumerate(ca.actors):
            r = _actor_row(dict(a.to_dict(), start=a.start, end=a.end))
            rows["actor_mentions"].append({"article_key": key, "position": i, **r, "why": a.why})
    return {t: pa.Table.from_pylist(rows[t], schema=SCHEMAS[t]) for t in TABLES}


# -- the store -----------------------------------------------------------------------------------
class StoreError(RuntimeError):
    pass


class Store:
    """A DuckDB file of coded articles and events. `Store(path, read_only=True)` for
    queries while nothing writes; `Store(":memory:")` for a throwaway store."""

    def __init__(self, path: str | os.PathLike = "dotterel.duckdb", read_only: bool = False,
                 threads: int | None = None) -> None:  # fmt: skip
        import duckdb

        self.path = str(path)
        self.read_only = read_only
        if not read_only and self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store (create it with `dotterel ingest`)")
        config = {"threads": threads} if threads else {}
        try:
            self.con = duckdb.connect(self.path, read_only=read_only, config=config)
        except duckdb.IOException as e:
            raise StoreError(f"{self.path}: cannot open the store: {e}") from e
        if not read_only:
            self._create()

    # -- lifecycle ----------------------------------------------------------------------------
    def _create(self) -> None:
        for stmt in ddl():
            self.con.execute(stmt)
        self.con.execute("INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING",
                         [SCHEMA_VERSION])  # fmt: skip

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------------
    def known(self, keys: list[str]) -> set[str]:
        """Which of these article keys are stored already. An article the coder failed on
        does not count: every run tries it again (the bug may be fixed, the machine idle)."""
        if not keys:
            return set()
        probe = pa.table({"k": pa.array(keys, pa.string())})
        self.con.register("_probe", probe)
        try:
            got = self.con.execute(
                "SELECT article_key FROM articles WHERE article_key IN (SELECT k FROM _probe) "
                "AND failed IS NOT TRUE"
            ).fetchall()
        finally:
            self.con.unregister("_probe")
        return {r[0] for r in got}

    def insert(self, tables: dict[str, pa.Table]) -> tuple[int, int]:
        """Write one batch in one transaction; articles already stored (and their rows)
        are left out, except those the coder failed on, which the new rows replace.
        Returns (articles, events) added (a replaced article is not added)."""
        con = self.con
        names = []
        try:
            for t in TABLES:
                name = f"_new_{t}"
                con.register(name, tables[t])
                names.append(name)
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute("CREATE OR REPLACE TEMP TABLE _fresh AS SELECT DISTINCT article_key "
                            "FROM _new_articles WHERE article_key NOT IN "
                            "(SELECT article_key FROM articles WHERE failed IS NOT TRUE)")  # fmt: skip
                # a failed article's old row (it has no other rows) gives way to the new one;
                # it was stored before, so it does not count as added
                replaced = con.execute("DELETE FROM articles WHERE failed AND article_key IN "
                                       "(SELECT article_key FROM _fresh)").fetchall()[0][0]  # fmt: skip
                n_art = con.execute("SELECT count(*) FROM _fresh").fetchall()[0][0]
                n_ev = 0
                if n_art:
                    for t in TABLES:
                        cols = ", ".join(f'"{f.name}"' for f in SCHEMAS[t])
                        q = (f"INSERT INTO {t} ({cols}) SELECT {cols} FROM _new_{t} "
                             "WHERE article_key IN (SELECT article_key FROM _fresh)")  # fmt: skip
                        if t == "articles":
                            q += " QUALIFY row_number() OVER (PARTITION BY article_key) = 1"
                        con.execute(q)
                    n_ev = con.execute("SELECT count(*) FROM _new_events WHERE article_key IN "
                                       "(SELECT article_key FROM _fresh)").fetchall()[0][0]  # fmt: skip
                con.execute("DROP TABLE _fresh")
                n_art -= replaced
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        finally:
            for name in names:
                con.unregister(name)
        return n_art, n_ev

    def ingest(self, inputs: Iterable[str], **options) -> dict[str, int]:
        """Code files/folders and store them (see `ingest.ingest` for the options)."""
        from .ingest import ingest

        return ingest(self, list(inputs), **options)

    def dedup(self, rebuild: bool = False) -> dict[str, int]:
        """Group reports of the same happening across articles (dedup.py)."""
        from .dedup import build_stories

        return build_stories(self.con, rebuild=rebuild)

    # -- reading ---------------------------------------------------------------------------------
    def query(self, sql: str, params: list | None = None, arrow: bool = False):
        """Any SQL over the store: a pandas DataFrame, or an Arrow table with arrow=True."""
        if arrow:
            return _arrow(self.con.sql(sql, params=params or None))
        return self.con.execute(sql, params or []).df()

    def table(self, name: str, arrow: bool = False, where: str | None = None):
        if name not in SCHEMAS and name not in ("stories", "story_events", "meta"):
            raise StoreError(f"no table {name!r}")
        sql = f"SELECT * FROM {name}" + (f" WHERE {where}" if where else "")
        return self.query(sql, arrow=arrow)

    def events(self, arrow: bool = False, where: str | None = None):
        """Every stored event (one row per article-level event)."""
        return self.table("events", arrow=arrow, where=where)

    def articles(self, arrow: bool = False, where: str | None = None):
        return self.table("articles", arrow=arrow, where=where)

    def actors(self, arrow: bool = False, where: str | None = None):
        return self.table("actors", arrow=arrow, where=where)

    def stories(self, arrow: bool = False, where: str | None = None):
        """Deduplicated events: one row per happening, with NumArticles/Sources/Mentions."""
        return self.table("stories", arrow=arrow, where=where)

    def counts(self) -> dict[str, int]:
        out = {}
        for t in (*TABLES, "stories", "story_events"):
            out[t] = self.con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
        return out

    def series(self, source: str | None = None, target: str | None = None, by: str = "month",
               unit: str = "stories", arrow: bool = False, **kw):  # fmt: skip
        """Counts per period by type and quad class, mean and total Goldstein (series.py)."""
        from .series import series

        table = series(self.con, source=source, target=target, by=by, unit=unit, **kw)
        return table if arrow else table.to_pandas()


def _arrow(rel) -> pa.Table:
    if hasattr(rel, "to_arrow_table"):
        return rel.to_arrow_table()
    if hasattr(rel, "fetch_arrow_table"):
        return rel.fetch_arrow_table()
    return rel.arrow()  # pragma: no cover - older duckdb
