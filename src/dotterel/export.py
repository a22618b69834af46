"""Output formats. Every one is derived from the event JSON of the contract (`Event.to_dict`)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "polecat")

CSV_COLUMNS = [
    "id", "article_id", "published", "sentence_index", "type", "mode", "cameo", "quad_class",
    "goldstein", "source_code", "source_name", "source_country", "source_sector", "source_org",
    "target_code", "target_name", "target_country", "target_sector", "target_org",
    "date_start", "date_end", "date_precision", "date_basis", "date_text", "modality",
    "location_name", "location_country", "location_lat", "location_lon", "location_geonameid",
    "location_precision",
    "confidence", "mentions", "trigger", "span_start", "span_end", "text",
]  # fmt: skip


def _join(actors: list[dict], key: str) -> str:
    vals = []
    for a in actors:
        v = a.get(key)
        if isinstance(v, list):
            v = "+".join(v)
        vals.append("" if v is None else str(v))
    return ";".join(vals)


def flat(ev: dict[str, Any]) -> dict[str, Any]:
    """One event as a flat row: coordinated actors joined with ';'."""
    date = ev.get("date") or {}
    loc = ev.get("location") or {}
    return {
        "id": ev["id"], "article_id": ev["article_id"], "published": ev["published"],
        "sentence_index": ev["sentence_index"], "type": ev["type"], "mode": ev["mode"],
        "cameo": ev["cameo"], "quad_class": ev["quad_class"], "goldstein": ev["goldstein"],
        "source_code": _join(ev["source"], "code"), "source_name": _join(ev["source"], "name"),
        "source_country": _join(ev["source"], "country"),
        "source_sector": _join(ev["source"], "sector"), "source_org": _join(ev["source"], "org"),
        "target_code": _join(ev["target"], "code"), "target_name": _join(ev["target"], "name"),
        "target_country": _join(ev["target"], "country"),
        "target_sector": _join(ev["target"], "sector"), "target_org": _join(ev["target"], "org"),
        "date_start": date.get("start"), "date_end": date.get("end"),
        "date_precision": date.get("precision"), "date_basis": date.get("basis"),
        "date_text": date.get("text"), "modality": ev["modality"],
        "location_name": loc.get("name"), "location_country": loc.get("country"),
        "location_lat": loc.get("lat"), "location_lon": loc.get("lon"),
        "location_geonameid": loc.get("geonameid"), "location_precision": loc.get("precision"),
        "confidence": ev["confidence"],
        "mentions": len(ev.get("mentions") or []) or 1, "trigger": ev["trigger"],
        "span_start": ev["span"][0], "span_end": ev["span"][1], "text": ev["text"],
    }  # fmt: skip


class Writer:
    """Streams event dicts to a text or binary sink in one format."""

    def __init__(self, fmt: str, sink: IO) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
        self.fmt = fmt
        self.sink = sink
        self.count = 0
        self._csv: csv.DictWriter | None = None
        self._rows: list[dict] = []

    def write(self, ev: dict[str, Any]) -> None:
        self.count += 1
        if self.fmt == "jsonl":
            self.sink.write(json.dumps(ev, ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            if self._csv is None:
                self._csv = csv.DictWriter(self.sink, fieldnames=CSV_COLUMNS, extrasaction="ignore")
                self._csv.writeheader()
            self._csv.writerow(flat(ev))
        elif self.fmt == "gdelt":
            from .gdelt import gdelt_row

            self.sink.write("\t".join(gdelt_row(ev)) + "\n")
        elif self.fmt == "polecat":
            from .polecat import POLECAT_COLUMNS, polecat_row

            if self.count == 1:
                self.sink.write("\t".join(POLECAT_COLUMNS) + "\n")
            self.sink.write("\t".join(polecat_row(ev)) + "\n")
        else:
            self._rows.append(flat(ev))

    def write_all(self, events: Iterable[dict[str, Any]]) -> None:
        for ev in events:
            self.write(ev)

    def close(self) -> None:
        if self.fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pylist(self._rows, schema=parquet_schema())
            pq.write_table(table, self.sink)
        self.sink.flush()


def parquet_schema():
    import pyarrow as pa

    types = {"sentence_index": pa.int32(), "quad_class": pa.int8(), "goldstein": pa.float32(),
             "location_lat": pa.float64(), "location_lon": pa.float64(),
             "location_geonameid": pa.int64(), "confidence": pa.float32(),
             "mentions": pa.int32(), "span_start": pa.int32(), "span_end": pa.int32()}  # fmt: skip
    return pa.schema([(c, types.get(c, pa.string())) for c in CSV_COLUMNS])


# -- from the store -------------------------------------------------------------------------------
STORE_COLUMNS = CSV_COLUMNS + ["story_id", "story_articles", "story_sources", "story_mentions",
                               "outlet", "url", "title"]  # fmt: skip
STORY_FORMATS = ("gdelt",)  # one row per deduplicated event; the others: one per report


def store_parquet_schema():
    import pyarrow as pa

    base = parquet_schema()
    extra = [("story_id", pa.string()), ("story_articles", pa.int32()),
             ("story_sources", pa.int32()), ("story_mentions", pa.int32()),
             ("outlet", pa.string()), ("url", pa.string()), ("title", pa.string())]  # fmt: skip
    return pa.schema(list(base) + [pa.field(n, t) for n, t in extra])


def export_store(store, fmt: str, sink: IO, where: str | None = None, chunk: int = 2000) -> int:
    """Write the store's events in `fmt` to `sink` (binary for parquet); returns rows.

    jsonl, csv, parquet, polecat: one row per report (article-level event), with its story
    (jsonl: a `story` object; csv/parquet: story_* columns). gdelt: one row per story
    (deduplicated event) with NumArticles/NumSources/NumMentions over all its reports.
    `where`: an SQL condition on the events (alias `e`), e.g. "e.type = 'ASSAULT'"."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    cond = f"WHERE {where}" if where else ""
    if fmt in STORY_FORMATS:
        sql = f"""
            SELECT e.json, st.story_id, st.num_articles, st.num_sources, st.num_mentions,
                   st.url, st.date_start, st.date_end
            FROM stories st JOIN events e ON e.event_key = st.event_key {cond}
            ORDER BY st.date_start NULLS LAST, st.story_id"""
    else:
        sql = f"""
            SELECT e.json, se.story_id, st.num_articles, st.num_sources, st.num_mentions,
                   a.url, a.source, a.title
            FROM events e JOIN articles a ON a.article_key = e.article_key
            LEFT JOIN story_events se ON se.event_key = e.event_key
            LEFT JOIN stories st ON st.story_id = se.story_id {cond}
            ORDER BY e.published NULLS LAST, e.article_id, e.sentence_index, e.event_key"""
    rel = store.con.execute(sql)
    n = 0
    pq_writer = None
    if fmt == "polecat":
        from .polecat import POLECAT_COLUMNS

        sink.write("\t".join(POLECAT_COLUMNS) + "\n")
    csv_writer = None
    while True:
        rows = rel.fetchmany(chunk)
        if not rows:
            break
        out_rows = []
        for r in rows:
            ev = json.loads(r[0])
            n += 1
            if fmt in STORY_FORMATS:
                from .gdelt import gdelt_row

                sid, n_art, n_src, n_men, url, d0, _d1 = r[1:]
                if d0 is not None:
                    ev.setdefault("date", {})["start"] = d0.isoformat()
                sink.write("\t".join(gdelt_row(
                    ev, num_articles=n_art, num_sources=n_src, url=url or "",
                    num_mentions=n_men, global_id=int(sid[:15], 16))) + "\n")  # fmt: skip
                continue
            sid, n_art, n_src, n_men, url, outlet, title = r[1:]
            if fmt == "jsonl":
                if sid is not None:
                    ev["story"] = {"id": sid, "num_articles": n_art, "num_sources": n_src,
                                   "num_mentions": n_men}  # fmt: skip
                sink.write(json.dumps(ev, ensure_ascii=False) + "\n")
            elif fmt == "polecat":
                from .polecat import polecat_row

                sink.write("\t".join(polecat_row(ev, {"source": outlet, "title": title})) + "\n")
            else:
                row = flat(ev)
                row.update({"story_id": sid, "story_articles": n_art, "story_sources": n_src,
                            "story_mentions": n_men, "outlet": outlet, "url": url,
                            "title": title})  # fmt: skip
                out_rows.append(row)
        if fmt == "csv" and out_rows:
            if csv_writer is None:
                csv_writer = csv.DictWriter(sink, fieldnames=STORE_COLUMNS, extrasaction="ignore")
                csv_writer.writeheader()
            csv_writer.writerows(out_rows)
        elif fmt == "parquet" and out_rows:
            import pyarrow as pa
            import pyarrow.parquet as pq

            schema = store_parquet_schema()
            if pq_writer is None:
                pq_writer = pq.ParquetWriter(sink, schema)
            pq_writer.write_table(pa.Table.from_pylist(out_rows, schema=schema))
    if fmt == "csv" and csv_writer is None:
        csv.DictWriter(sink, fieldnames=STORE_COLUMNS).writeheader()
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        if pq_writer is None:
            pq.write_table(store_parquet_schema().empty_table(), sink)
        else:
            pq_writer.close()
    sink.flush()
    return n
