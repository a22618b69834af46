"""GDELT 2.0 event-table rows from contract events (the columns that apply).

GDELT's 61 columns, in order; those dotterel has no value for are left empty. Dates are
the event's own start date (GDELT's SQLDATE is the publication day: the point of dotterel
is that they differ), `DATEADDED` the publication date.
"""

from __future__ import annotations

from typing import Any

GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]  # fmt: skip


def _s(v: Any) -> str:
    return "" if v is None else str(v)


def gdelt_row(ev: dict[str, Any], num_articles: int = 1, num_sources: int = 1, url: str = "",
              num_mentions: int | None = None, global_id: str | int | None = None) -> list[str]:  # fmt: skip
    """One GDELT row. From the store (`dotterel export --format gdelt`) a row is a
    deduplicated event: its counts over every report, its first report's fields and URL, and
    GLOBALEVENTID the story id read as a number (its first 15 hex digits)."""
    src = (ev.get("source") or [{}])[0]
    tgt = (ev.get("target") or [{}])[0] if ev.get("target") else {}
    day = (ev.get("date") or {}).get("start") or ev.get("published") or ""
    ymd = day.replace("-", "")
    cameo = ev["cameo"]
    loc = ev.get("location") or {}
    row = {
        "GLOBALEVENTID": ev["id"] if global_id is None else global_id, "SQLDATE": ymd, "MonthYear": ymd[:6], "Year": ymd[:4],
        "FractionDate": _fraction(day),
        "Actor1Code": src.get("code", ""), "Actor1Name": (src.get("name") or "").upper(),
        "Actor1CountryCode": src.get("country") or "", "Actor1KnownGroupCode": src.get("org") or "",
        "Actor1Type1Code": (src.get("sector") or [""])[0] if src.get("sector") else "",
        "Actor2Code": tgt.get("code", ""), "Actor2Name": (tgt.get("name") or "").upper(),
        "Actor2CountryCode": tgt.get("country") or "", "Actor2KnownGroupCode": tgt.get("org") or "",
        "Actor2Type1Code": (tgt.get("sector") or [""])[0] if tgt.get("sector") else "",
        "IsRootEvent": "1" if ev.get("sentence_index") == 0 else "0",
        "EventCode": cameo, "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2],
        "QuadClass": ev["quad_class"], "GoldsteinScale": ev["goldstein"],
        "NumMentions": num_mentions or len(ev.get("mentions") or []) or 1, "NumSources": num_sources,
        "NumArticles": num_articles,
        "ActionGeo_Type": _geo_type(loc), "ActionGeo_FullName": loc.get("name"),
        "ActionGeo_CountryCode": loc.get("country"), "ActionGeo_Lat": loc.get("lat"),
        "ActionGeo_Long": loc.get("lon"), "ActionGeo_FeatureID": loc.get("geonameid"),
        "DATEADDED": (ev.get("published") or "").replace("-", ""), "SOURCEURL": url,
    }  # fmt: skip
    return [_s(row.get(c)) for c in GDELT_COLUMNS]


def _geo_type(loc: dict) -> str:
    if not loc:
        return "0"
    return "4" if loc.get("geonameid") else "1"


def _fraction(day: str) -> str:
    if not day:
        return ""
    import datetime as dt

    d = dt.date.fromisoformat(day)
    return f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"
