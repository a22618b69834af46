"""Cross-article deduplication: one *story* per happening, however many reports it has.

Several outlets, and several articles of one outlet, report the same happening; GDELT calls
the counts NumArticles, NumSources and NumMentions. The rule, applied to the events of the
store (each already one per happening within its article, `events/builder.merge_repeats`):

1. **Same dyad**: same PLOVER type, same modality, the same source and target actors: the
   same countries (or organisations), and codes that agree where both are precise: "EST"
   and "ESTGOV" agree (one outlet wrote "Estonia", the other "Estonian diplomats"),
   "ESTGOV" and "ESTMIL" do not. For CONSULT, AGREE and COOPERATE the dyad is unordered
   ("A met B" and "B met A" are one meeting).
2. **Overlapping dates**: every report of a story shares at least one day of its date
   interval with every other (an interval with no end is the single day it starts; no
   start: the publication day). Because intervals that overlap pairwise share a common
   day, a story is a run of reports whose common interval stays non-empty: reports of a
   daily shelling do not chain into one story spanning months.
3. **Similar evidence**: the CAMEO codes agree (one is the other or a refinement of it:
   "190", "use conventional military force, not specified", agrees with "193" and "195",
   but "193" and "195" differ), and where both name a place, it is in the same country.

Reports are taken in order of (start, end, publication, key); each joins the first open
story it fits, else starts one. The result is deterministic. A story's id is the hash of its
first report's key, so it stays the same while no earlier report joins it.

`stories` holds one row per story with the first report's fields (type, CAMEO, dyad, date:
the common interval, place) and the counts: `num_articles` (distinct articles),
`num_sources` (distinct outlets; an article without one counts as its own), `num_mentions`
(sentences reporting it, over all articles), `num_events`; `story_events` links every
report (event row) to its story.

Incremental: after each ingest only the blocks that got new events are recomputed; `dotterel
dedup --rebuild` (or `Store.dedup(rebuild=True)`) recomputes all.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pyarrow as pa

SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}

DDL = [
    """CREATE TABLE IF NOT EXISTS stories (
        story_id VARCHAR PRIMARY KEY, block VARCHAR, event_key VARCHAR, type VARCHAR,
        mode VARCHAR, modality VARCHAR, cameo VARCHAR, quad_class TINYINT, goldstein DOUBLE,
        source_code VARCHAR, source_country VARCHAR, target_code VARCHAR,
        target_country VARCHAR, date_start DATE, date_end DATE, first_published DATE,
        last_published DATE, location_name VARCHAR, location_country VARCHAR,
        location_lat DOUBLE, location_lon DOUBLE, location_geonameid BIGINT, url VARCHAR,
        num_articles INTEGER, num_sources INTEGER, num_mentions INTEGER, num_events INTEGER)""",
    "CREATE TABLE IF NOT EXISTS story_events (event_key VARCHAR PRIMARY KEY, story_id VARCHAR)",
]

# the block of an event, in SQL: its dyad at the level of countries (an actor code's first
# three letters: USAGOV -> USA, IGOUNO -> IGO), sorted so that coordination order does not
# matter; for the symmetric types the two sides in a fixed order (`swapped` says if turned)
_PRIMARY = ("array_to_string(list_sort(list_distinct(list_transform(string_split({col}, ';'), "
            "lambda c: left(c, 3)))), ';')")  # fmt: skip
_SRC = _PRIMARY.format(col="e.source_code")
_TGT = _PRIMARY.format(col="e.target_code")
SWAPPED_SQL = "(e.type IN ({sym}) AND {src} > {tgt})".format(
    sym=", ".join(f"'{t}'" for t in sorted(SYMMETRIC)), src=_SRC, tgt=_TGT
)
BLOCK_SQL = (f"e.type || '|' || e.modality || '|' || CASE WHEN {SWAPPED_SQL} "
             f"THEN {_TGT} || '|' || {_SRC} ELSE {_SRC} || '|' || {_TGT} END")  # fmt: skip


def _codes(joined: str | None) -> list[str]:
    return [c for c in (joined or "").split(";") if c]


def _prefix_ok(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _side_ok(a: list[str], b: list[str]) -> bool:
    """Same actors, one side maybe more precise: EST and ESTGOV agree, ESTGOV and ESTMIL not."""
    return all(any(_prefix_ok(x, y) for y in b) for x in a) and all(
        any(_prefix_ok(y, x) for x in a) for y in b
    )


def _finer(a: list[str], b: list[str]) -> list[str]:
    """a's codes, each replaced by the most precise agreeing code of b."""
    return [max([x, *(y for y in b if _prefix_ok(x, y))], key=len) for x in a]


def _general(code: str | None) -> str:
    """CAMEO "190" is "19, not specified below": the same as its root for comparisons."""
    code = code or ""
    return code[:2] if len(code) == 3 and code.endswith("0") else code


def _compatible(a: str, b: str) -> bool:
    a, b = _general(a), _general(b)
    return a.startswith(b) or b.startswith(a)


def _dyad(row: dict) -> tuple[list[str], list[str]]:
    src, tgt = _codes(row.get("source_code")), _codes(row.get("target_code"))
    return (tgt, src) if row.get("swapped") else (src, tgt)


class _Story:
    __slots__ = ("first", "start", "end", "cameo", "country", "keys", "src", "tgt")

    def __init__(self, row: dict, start: dt.date, end: dt.date) -> None:
        self.first = row
        self.start, self.end = start, end
        self.cameo = _general(row["cameo"])
        self.country = row["location_country"]
        self.keys = [row["event_key"]]
        self.src, self.tgt = _dyad(row)

    def fits(self, row: dict, start: dt.date, end: dt.date) -> bool:
        if start > self.end or end < self.start:
            return False
        if not _compatible(self.cameo, row["cameo"]):
            return False
        c = row["location_country"]
        if c and self.country and c != self.country:
            return False
        src, tgt = _dyad(row)
        return _side_ok(self.src, src) and _side_ok(self.tgt, tgt)

    def add(self, row: dict, start: dt.date, end: dt.date) -> None:
        self.start, self.end = max(self.start, start), min(self.end, end)
        if len(_general(row["cameo"])) > len(self.cameo):
            self.cameo = _general(row["cameo"])
        self.country = self.country or row["location_country"]
        src, tgt = _dyad(row)
        self.src, self.tgt = _finer(self.src, src), _finer(self.tgt, tgt)
        self.keys.append(row["event_key"])


def _interval(row: dict) -> tuple[dt.date, dt.date] | None:
    start = row["date_start"] or row["published"]
    if start is None:
        return None
    end = row["date_end"] or start
    return start, max(start, end)


def group(rows: list[dict]) -> list[_Story]:
    """Stories of one block's reports (dicts with event_key, cameo, dates, place)."""
    undated = [r for r in rows if _interval(r) is None]
    dated = sorted(
        (r for r in rows if _interval(r) is not None),
        key=lambda r: (*_interval(r), r["published"] or dt.date.min, r["event_key"]),
    )
    stories: list[_Story] = []
    open_: list[_Story] = []
    for r in dated:
        start, end = _interval(r)
        open_ = [s for s in open_ if s.end >= start]  # sorted by start: closed for good
        for s in open_:
            if s.fits(r, start, end):
                s.add(r, start, end)
                break
        else:
            s = _Story(r, start, end)
            stories.append(s)
            open_.append(s)
    for r in sorted(undated, key=lambda r: r["event_key"]):
        stories.append(_Story(r, dt.date.min, dt.date.max))
    return stories


def story_id(first_key: str) -> str:
    return hashlib.sha1(first_key.encode()).hexdigest()[:16]


def build_stories(con, rebuild: bool = False) -> dict[str, int]:
    """Recompute the stories of blocks with new events (all blocks with rebuild=True), in
    one transaction. Returns counts."""
    con.execute("BEGIN TRANSACTION")
    try:
        if rebuild:
            con.execute("DELETE FROM story_events")
            con.execute("DELETE FROM stories")
            con.execute(f"CREATE OR REPLACE TEMP TABLE _blocks AS SELECT DISTINCT {BLOCK_SQL} "
                        "AS block FROM events e")  # fmt: skip
        else:
            con.execute(f"CREATE OR REPLACE TEMP TABLE _blocks AS SELECT DISTINCT {BLOCK_SQL} "
                        "AS block FROM events e WHERE e.event_key NOT IN "
                        "(SELECT event_key FROM story_events)")  # fmt: skip
            con.execute("DELETE FROM story_events WHERE story_id IN (SELECT story_id FROM "
                        "stories WHERE block IN (SELECT block FROM _blocks))")  # fmt: skip
            con.execute("DELETE FROM stories WHERE block IN (SELECT block FROM _blocks)")
        n_blocks = con.execute("SELECT count(*) FROM _blocks").fetchall()[0][0]
        rel = con.execute(
            f"SELECT {BLOCK_SQL} AS block, {SWAPPED_SQL} AS swapped, e.event_key, e.cameo, "
            "e.date_start, e.date_end, e.published, e.location_country, e.source_code, "
            "e.target_code FROM events e "
            f"WHERE {BLOCK_SQL} IN (SELECT block FROM _blocks) ORDER BY block"
        )
        links_story: list[str] = []
        links_event: list[str] = []
        firsts: list[str] = []
        first_blocks: list[str] = []
        starts: list[dt.date | None] = []
        ends: list[dt.date | None] = []
        cols = [d[0] for d in rel.description]
        block_rows: list[dict] = []
        current = None

        def flush() -> None:
            for s in group(block_rows):
                sid = story_id(s.first["event_key"])
                firsts.append(s.first["event_key"])
                first_blocks.append(current)
                undated = s.start == dt.date.min
                starts.append(None if undated else s.start)
                ends.append(None if undated else s.end)
                for k in s.keys:
                    links_story.append(sid)
                    links_event.append(k)

        while True:
            chunk = rel.fetchmany(10_000)
            if not chunk:
                break
            for tup in chunk:
                row = dict(zip(cols, tup, strict=True))
                if row["block"] != current:
                    if block_rows:
                        flush()
                    current, block_rows = row["block"], []
                block_rows.append(row)
        if block_rows:
            flush()
        links = pa.table({"event_key": pa.array(links_event, pa.string()),
                          "story_id": pa.array(links_story, pa.string())})  # fmt: skip
        heads = pa.table({
            "story_id": pa.array([story_id(k) for k in firsts], pa.string()),
            "block": pa.array(first_blocks, pa.string()),
            "event_key": pa.array(firsts, pa.string()),
            "date_start": pa.array(starts, pa.date32()), "date_end": pa.array(ends, pa.date32()),
        })  # fmt: skip
        con.register("_links", links)
        con.register("_heads", heads)
        try:
            con.execute("INSERT INTO story_events SELECT event_key, story_id FROM _links")
            con.execute("""
                INSERT INTO stories
                SELECT h.story_id, h.block, h.event_key, e.type, e.mode, e.modality, e.cameo,
                       e.quad_class, e.goldstein, e.source_code, e.source_country,
                       e.target_code, e.target_country,
                       coalesce(h.date_start, e.date_start), coalesce(h.date_end, e.date_end),
                       agg.first_published, agg.last_published, e.location_name,
                       e.location_country, e.location_lat, e.location_lon,
                       e.location_geonameid, a.url, agg.num_articles, agg.num_sources,
                       agg.num_mentions, agg.num_events
                FROM _heads h
                JOIN events e ON e.event_key = h.event_key
                JOIN articles a ON a.article_key = e.article_key
                JOIN (
                    SELECT l.story_id, count(DISTINCT r.article_key) AS num_articles,
                           count(DISTINCT coalesce(r.source_name, r.article_key)) AS num_sources,
                           sum(r.num_mentions) AS num_mentions, count(*) AS num_events,
                           min(r.published) AS first_published, max(r.published) AS last_published
                    FROM _links l JOIN events r ON r.event_key = l.event_key
                    GROUP BY l.story_id
                ) agg ON agg.story_id = h.story_id
            """)
        finally:
            con.unregister("_links")
            con.unregister("_heads")
        con.execute("DROP TABLE _blocks")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return {"blocks": n_blocks, "stories": len(firsts), "events": len(links_event)}
