"""`dotterel ingest`: read, skip what is stored, code the rest, write in batches.

The loop: read articles lazily; take a batch; drop those whose content hash is stored
already (and repeats inside the run); code the rest (here, in worker processes, or on Dask
workers); write the batch's rows in one transaction. A run killed at any moment loses at
most the batches in flight, which the next run codes again; nothing is ever written twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .model import Article, Problem
from .workers import CoderSpec, Pool, chunks, ordered, table_chunk


@dataclass
class IngestReport:
    read: int = 0  # articles read
    known: int = 0  # already in the store (or repeated in the input)
    coded: int = 0
    articles: int = 0  # rows added
    events: int = 0
    batches: int = 0
    problems: int = 0
    skipped: list[str] = field(default_factory=list)  # origins of articles not coded (language)
    stories: dict = field(default_factory=dict)


def _new_only(store, batches: Iterable[list[Article]], report: IngestReport,
              on_known: Callable[[int], None]) -> Iterator[list[Article]]:  # fmt: skip
    """Batches without stored articles; keys seen earlier in this run count as stored."""
    seen: set[str] = set()
    for batch in batches:
        report.read += len(batch)
        keys = [a.content_hash for a in batch]
        known = store.known(keys) | seen.intersection(keys)
        fresh = []
        for a, k in zip(batch, keys, strict=True):
            if k in known:
                continue
            known.add(k)
            seen.add(k)
            fresh.append(a)
        n_known = len(batch) - len(fresh)
        report.known += n_known
        if n_known:
            on_known(n_known)
        if len(seen) > 2_000_000:  # bounded memory on endless inputs: the store remembers
            seen.clear()
        if fresh:
            yield fresh


def ingest(store, inputs: list[str], *, options=None, spec: CoderSpec | None = None,
           jobs: int = 1, batch: int = 32, dask: str | None = None, dask_local: int = 0,
           shard_dir: str | None = None, dedup: bool = True,
           on_problem: Callable[[Problem], None] | None = None,
           on_progress: Callable[[int, int], None] | None = None,
           on_commit: Callable[[IngestReport], None] | None = None) -> IngestReport:  # fmt: skip
    """Code `inputs` (files, folders, '-') into `store`. `jobs` worker processes, or Dask
    (`dask`: a scheduler address; `dask_local`: a local cluster of that many workers).
    `on_progress(articles, events)` after each batch (known articles count as done)."""
    from .read import ReadOptions, iter_inputs

    options = options or ReadOptions()
    spec = spec or CoderSpec()
    report = IngestReport()

    def articles() -> Iterator[Article]:
        for it in iter_inputs(inputs, options):
            if isinstance(it, Problem):
                report.problems += 1
                if on_problem:
                    on_problem(it)
            else:
                yield it

    def progress(n: int, events: int = 0) -> None:
        if on_progress:
            on_progress(n, events)

    todo = _new_only(store, chunks(articles(), batch), report, lambda n: progress(n))

    def commit(batch_articles: list[Article], tables) -> None:
        n_art, n_ev = store.insert(tables)
        report.coded += len(batch_articles)
        report.articles += n_art
        report.events += n_ev
        report.batches += 1
        skipped = tables["articles"].filter(_not_null(tables["articles"]["skipped"]))
        for origin, why in zip(skipped["origin"].to_pylist(), skipped["skipped"].to_pylist(),
                               strict=True):  # fmt: skip
            report.problems += 1
            report.skipped.append(origin)
            if on_problem:
                on_problem(Problem(origin, why))
        progress(len(batch_articles), n_ev)
        if on_commit:
            on_commit(report)

    if dask or dask_local:
        from .cluster import run_dask

        run_dask(store, todo, spec, commit, address=dask, local_workers=dask_local,
                 shard_dir=shard_dir)  # fmt: skip
    elif jobs > 1:
        with Pool(spec, jobs) as pool:
            for chunk, tables in ordered(lambda c: pool.submit(table_chunk, c), todo,
                                         window=2 * jobs):  # fmt: skip
                commit(chunk, tables)
    else:
        for chunk in todo:
            commit(chunk, table_chunk(spec, chunk))
    if dedup:
        report.stories = store.dedup()
    return report


def _not_null(col):
    import pyarrow.compute as pc

    return pc.is_valid(col)
