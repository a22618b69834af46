"""Event counts over time for a dyad: what analysts plot ("US-Russia relations by month").

One row per period from the first to the last event (empty periods included, with zeros):
the number of events, the count of each quad class (verbal/material cooperation/conflict)
and of each PLOVER type, and the mean and total Goldstein score. Periods are taken from the
event's own date (when it happened: `date_start`), else the publication date.

`unit="stories"` (the default) counts deduplicated events: a happening reported by ten
articles counts once; `unit="events"` counts every article's report.

An actor matches a code when one of its codes starts with it (`USA` matches `USAGOV`,
`USAMIL`) or its country is that code; `source`/`target` None match anything.
"""

from __future__ import annotations

import pyarrow as pa

from .model import PLOVER_TYPES

PERIODS = ("day", "week", "month", "quarter", "year")
QUADS = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}
_STEP = {
    "day": "1 day",
    "week": "7 days",
    "month": "1 month",
    "quarter": "3 months",
    "year": "1 year",
}


def _match(codes_col: str, countries_col: str, param: str) -> str:
    return (f"(len(list_filter(string_split({codes_col}, ';'), lambda c: starts_with(c, {param}))) > 0 "
            f"OR list_contains(string_split({countries_col}, ';'), {param}))")  # fmt: skip


def series(con, source: str | None = None, target: str | None = None, by: str = "month",
           unit: str = "stories", start=None, end=None, symmetric: bool = False) -> pa.Table:  # fmt: skip
    """The series as an Arrow table (columns: period, events, quad classes, goldstein_mean,
    goldstein_total, then one column per PLOVER type that occurs). `symmetric` also counts
    target -> source."""
    if by not in PERIODS:
        raise ValueError(f"--by must be one of {', '.join(PERIODS)}")
    if unit not in ("stories", "events"):
        raise ValueError("unit must be 'stories' or 'events'")
    if unit == "stories":
        n = con.execute("SELECT count(*) FROM stories").fetchall()[0][0]
        m = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
        if m and not n:
            import duckdb

            from .dedup import build_stories

            try:
                build_stories(con)
            except duckdb.Error as e:  # a read-only store
                raise ValueError(
                    "the store has no deduplicated events yet: run `dotterel dedup "
                    "--db PATH`, or count reports with unit='events'"
                ) from e
        table, day = "stories", "coalesce(date_start, first_published)"
    else:
        table, day = "events", "coalesce(date_start, published)"
    params: list = []
    conds = []
    dyad = []
    if source:
        dyad.append(_match("source_code", "source_country", "?"))
        params += [source.upper()] * 2
    if target:
        dyad.append(_match("target_code", "target_country", "?"))
        params += [target.upper()] * 2
    if dyad:
        cond = " AND ".join(dyad)
        if symmetric and source and target:
            rev = (f"{_match('source_code', 'source_country', '?')} AND "
                   f"{_match('target_code', 'target_country', '?')}")  # fmt: skip
            cond = f"(({cond}) OR ({rev}))"
            params += [target.upper()] * 2 + [source.upper()] * 2
        conds.append(cond)
    if start:
        conds.append(f"{day} >= ?::DATE")
        params.append(str(start))
    if end:
        conds.append(f"{day} <= ?::DATE")
        params.append(str(end))
    where = ("WHERE " + " AND ".join(conds)) if conds else ""
    types_present = [r[0] for r in con.execute(
        f"SELECT DISTINCT type FROM {table} {where}", params).fetchall()]  # fmt: skip
    types = [t for t in PLOVER_TYPES if t in types_present]
    quad_cols = ", ".join(f"count(*) FILTER (WHERE quad_class = {q}) AS {name}"
                          for q, name in QUADS.items())  # fmt: skip
    type_cols = "".join(f", count(*) FILTER (WHERE type = '{t}') AS \"{t}\"" for t in types)
    trunc = f"date_trunc('{by}', {day})::DATE"
    sql = f"""
        WITH sel AS (SELECT {trunc} AS period, * FROM {table} {where}),
        agg AS (
            SELECT period, count(*) AS events, {quad_cols},
                   avg(goldstein) AS goldstein_mean, sum(goldstein) AS goldstein_total
                   {type_cols}
            FROM sel WHERE period IS NOT NULL GROUP BY period
        ),
        span AS (
            SELECT unnest(generate_series(min(period)::TIMESTAMP, max(period)::TIMESTAMP,
                                          INTERVAL '{_STEP[by]}'))::DATE AS period
            FROM agg HAVING count(*) > 0
        )
        SELECT s.period, coalesce(a.events, 0) AS events,
               {", ".join(f"coalesce(a.{q}, 0) AS {q}" for q in QUADS.values())},
               a.goldstein_mean, coalesce(a.goldstein_total, 0) AS goldstein_total
               {"".join(f', coalesce(a."{t}", 0) AS "{t}"' for t in types)}
        FROM span s LEFT JOIN agg a USING (period) ORDER BY s.period
    """
    from .store import _arrow

    return _arrow(con.sql(sql, params=params or None))


def plot(table: pa.Table, path: str, title: str = "") -> None:
    """Stacked bars of the quad classes per period over the mean Goldstein score (PNG, SVG
    or PDF by the file suffix)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    data = table.to_pydict()
    periods = data["period"]
    fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(10, 6), sharex=True,
                                   gridspec_kw={"height_ratios": [3, 2]})  # fmt: skip
    colours = {"verbal_coop": "#9ecae1", "material_coop": "#3182bd",
               "verbal_conflict": "#fdae6b", "material_conflict": "#e6550d"}  # fmt: skip
    x = list(range(len(periods)))
    bottom = [0] * len(periods)
    for q in QUADS.values():
        vals = data[q]
        ax1.bar(x, vals, bottom=bottom, color=colours[q], label=q.replace("_", " "))
        bottom = [b + v for b, v in zip(bottom, vals, strict=True)]
    ax1.set_ylabel("events")
    ax1.legend(loc="upper left", fontsize="small", ncol=2, frameon=False)
    if title:
        ax1.set_title(title)
    means = [m if m is not None else float("nan") for m in data["goldstein_mean"]]
    ax2.axhline(0, color="grey", linewidth=0.8)
    ax2.plot(x, means, marker="o", color="black", linewidth=1.2)
    ax2.set_ylabel("mean Goldstein")
    ax2.set_ylim(-10.5, 10.5)
    step = max(1, len(periods) // 12)
    ax2.set_xticks(x[::step])
    ax2.set_xticklabels(
        [str(p) for p in periods[::step]], rotation=45, ha="right", fontsize="small"
    )
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
