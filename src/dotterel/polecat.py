"""POLECAT-style rows (the ICEWS successor's event files) from contract events.

Column names are those of the public POLECAT releases (tab-separated, one row per coded
event). What dotterel has no value for is left empty: COW codes, Wikipedia ids, actor
titles, the place hierarchy below the country, and the story-level lists. Differences to
know:

- `Event Type` is the PLOVER type as dotterel writes it (upper case), `Event Mode` the mode;
- `Event Intensity` (called `Intensity` in early releases): POLECAT scores intensity on its
  own scale; dotterel gives the Goldstein score of the event's CAMEO code (-10 .. 10);
- `Quad Code`: VERBAL COOPERATION, MATERIAL COOPERATION, VERBAL CONFLICT, MATERIAL CONFLICT;
- `Actor Country`/`Recipient Country`/`Country`: ISO 3166 alpha-3 codes, not names;
- `Event Date` is when the event happened (dotterel's date interval start), `Publication
  Date` when it was reported; `Contexts` holds the modality when it is not "asserted";
- coordinated actors are joined with "; " as POLECAT does;
- `Story ID`, `Headline` and `Event Text` (in later releases) give the article id, its
  title and the sentence the event was coded from.
"""

from __future__ import annotations

from typing import Any

POLECAT_COLUMNS = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code",
    "Contexts", "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector",
    "Actor Sectors", "Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name",
    "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City",
    "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People",
    "Story Organizations", "Story Locations", "Language", "Version", "Story ID", "Headline",
    "Event Text",
]  # fmt: skip

QUAD_NAMES = {1: "VERBAL COOPERATION", 2: "MATERIAL COOPERATION", 3: "VERBAL CONFLICT",
              4: "MATERIAL CONFLICT"}  # fmt: skip


def _s(v: Any) -> str:
    if v is None:
        return ""
    return str(v).replace("\t", " ").replace("\n", " ")


def _names(actors: list[dict], key: str) -> str:
    return "; ".join(_s(a.get(key)) for a in actors if a.get(key))


def _sectors(actors: list[dict]) -> str:
    return "; ".join(",".join(a.get("sector") or []) for a in actors if a.get("sector"))


def polecat_row(ev: dict[str, Any], article: dict[str, Any] | None = None,
                event_id: str | None = None, version: str = "") -> list[str]:  # fmt: skip
    """One row, in POLECAT_COLUMNS order. `article`: source, title (optional)."""
    art = article or {}
    src, tgt = ev.get("source") or [], ev.get("target") or []
    loc = ev.get("location") or {}
    date = ev.get("date") or {}
    modality = ev.get("modality")
    row = {
        "Event ID": event_id or ev["id"],
        "Event Date": date.get("start") or ev.get("published"),
        "Event Type": ev["type"], "Event Mode": ev.get("mode"),
        "Event Intensity": ev.get("goldstein"),
        "Quad Code": QUAD_NAMES.get(ev.get("quad_class")),
        "Contexts": modality if modality and modality != "asserted" else "",
        "Actor Name": _names(src, "name"), "Actor Country": _names(src, "country"),
        "Primary Actor Sector": (src[0].get("sector") or [""])[0] if src else "",
        "Actor Sectors": _sectors(src), "Actor Name Raw": _names(src, "text"),
        "Recipient Name": _names(tgt, "name"), "Recipient Country": _names(tgt, "country"),
        "Primary Recipient Sector": (tgt[0].get("sector") or [""])[0] if tgt else "",
        "Recipient Sectors": _sectors(tgt), "Recipient Name Raw": _names(tgt, "text"),
        "Placename": loc.get("name"), "Country": loc.get("country"),
        "Latitude": loc.get("lat"), "Longitude": loc.get("lon"),
        "GeoNames ID": loc.get("geonameid"), "Raw Placename": loc.get("name"),
        "Feature Type": "" if not loc else ("city" if loc.get("geonameid") else "country"),
        "Source": art.get("source"), "Publication Date": ev.get("published"),
        "Language": "en", "Version": version, "Story ID": ev.get("article_id"),
        "Headline": art.get("title"), "Event Text": ev.get("text"),
    }  # fmt: skip
    return [_s(row.get(c)) for c in POLECAT_COLUMNS]
