"""Output formats. Every one is derived from the event JSON of the contract (`Event.to_dict`)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import IO, Any

FORMATS = ("jsonl", "csv", "parquet", "gdelt")

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


def to_csv_text(events: Iterable[dict[str, Any]]) -> str:
    buf = io.StringIO()
    w = Writer("csv", buf)
    w.write_all(events)
    return buf.getvalue()
