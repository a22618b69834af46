"""Coding on several cores: worker processes that each load the model once.

`CoderSpec` says how to build the coder (knowledge options, explain, pre-filter); a worker
process builds it at its first task and keeps it. Articles go to workers in chunks (a few
dozen per task: the model pays off only on batches) and come back in order, with a bounded
number of chunks in flight, so memory stays flat however long the input is.

The same task functions serve `dotterel code -j N`, `dotterel ingest -j N` (a process pool)
and `dotterel ingest --dask` (Dask workers; cluster.py).
"""

from __future__ import annotations

import io
import multiprocessing as mp
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .deadline import DEFAULT_SECONDS
from .model import Article, CodedArticle


@dataclass(frozen=True)
class CoderSpec:
    """Everything a worker needs to build the same coder as the parent."""

    actors: tuple[str, ...] = ()
    agents: tuple[str, ...] = ()
    no_builtin_actors: bool = False
    explain: bool = False
    prefilter: bool = True
    batch_size: int = 32
    time_limit: float = DEFAULT_SECONDS  # CPU seconds per article (deadline.py)


_CODERS: dict[CoderSpec, object] = {}


def make_coder(spec: CoderSpec):
    """The coder for a spec, built once per process."""
    coder = _CODERS.get(spec)
    if coder is None:
        from .pipeline import Coder

        kb = None
        if spec.actors or spec.agents or spec.no_builtin_actors:
            from .cli.common import build_kb

            kb = build_kb(spec.actors, spec.agents, spec.no_builtin_actors)
        coder = Coder(kb=kb, explain=spec.explain, prefilter=spec.prefilter,
                      batch_size=spec.batch_size, time_limit=spec.time_limit)  # fmt: skip
        _CODERS[spec] = coder
    return coder


def auto_jobs(total: int | None, jobs: int | None) -> int:
    """`-j 0`/None: every core, unless the input is too small to repay starting workers."""
    if jobs and jobs > 0:
        return jobs
    cores = (
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    )
    if total is not None and total < 64:
        return 1
    return max(1, cores)


def chunks(items: Iterable, size: int) -> Iterator[list]:
    buf: list = []
    for it in items:
        buf.append(it)
        if len(buf) >= size:
            yield buf
            buf = []
    if buf:
        yield buf


# -- tasks (run in workers) --------------------------------------------------------------------
def code_chunk(spec: CoderSpec, articles: list[Article]) -> list[CodedArticle]:
    return list(make_coder(spec).code_articles(articles))


def table_chunk(spec: CoderSpec, articles: list[Article]):
    """Code a chunk into the store's Arrow tables (only plain data goes back)."""
    from .store import coded_tables

    return coded_tables(make_coder(spec).code_articles(articles), explain=spec.explain)


def shard_chunk(spec: CoderSpec, articles: list[Article], shard_dir: str | None = None,
                name: str = "") -> dict[str, object]:  # fmt: skip
    """Code a chunk into one Parquet shard per store table: files in `shard_dir` (a
    folder every worker and the client can reach) or, without one, Parquet bytes."""
    import pyarrow.parquet as pq

    tables = table_chunk(spec, articles)
    out: dict[str, object] = {}
    for t, table in tables.items():
        if shard_dir:
            path = Path(shard_dir) / f"{name}.{t}.parquet"
            tmp = path.with_suffix(".tmp")
            pq.write_table(table, tmp)
            os.replace(tmp, path)  # a shard file is whole or absent
            out[t] = str(path)
        else:
            buf = io.BytesIO()
            pq.write_table(table, buf)
            out[t] = buf.getvalue()
    return out


# -- running tasks -------------------------------------------------------------------------------
def _warm(spec: CoderSpec, parent: int | None = None) -> None:
    if parent is not None:
        threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    make_coder(spec).code("Warm up the model.")  # loads the parser now, not in the first task


def _exit_with_parent(parent: int) -> None:
    """A worker whose run was killed (kill -9, the out-of-memory killer) would wait for work
    forever, holding its model: its call queue's pipe never closes, as the worker holds
    both ends. It ends itself once it has another parent."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _noop() -> None:
    pass


class Pool:
    """A process pool whose workers each build the coder once (spawned: nothing of the
    parent, such as an open database, is inherited)."""

    def __init__(self, spec: CoderSpec, jobs: int) -> None:
        self.spec = spec
        self.jobs = jobs
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one BLAS thread per worker
        self.ex = ProcessPoolExecutor(jobs, mp_context=mp.get_context("spawn"),
                                      initializer=_warm, initargs=(spec, os.getpid()))  # fmt: skip
        for _ in range(jobs):  # start every worker now: they load the model in parallel
            self.ex.submit(_noop)

    def submit(self, fn: Callable, *args) -> Future:
        return self.ex.submit(fn, self.spec, *args)

    def close(self) -> None:
        self.ex.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def ordered(
    submit: Callable[[list], Future], items: Iterable[list], window: int
) -> Iterator[tuple[list, object]]:
    """Submit chunks, at most `window` in flight, and yield (chunk, result) in order."""
    pending: deque = deque()
    for chunk in items:
        pending.append((chunk, submit(chunk)))
        if len(pending) >= window:
            c, f = pending.popleft()
            yield c, f.result()
    while pending:
        c, f = pending.popleft()
        yield c, f.result()


def code_parallel(spec: CoderSpec, articles: Iterable[Article], jobs: int,
                  chunk: int = 16) -> Iterator[CodedArticle]:  # fmt: skip
    """Coded articles in input order, coded by `jobs` worker processes."""
    if jobs <= 1:
        yield from make_coder(spec).code_articles(articles)
        return
    with Pool(spec, jobs) as pool:
        for _c, coded in ordered(lambda c: pool.submit(code_chunk, c), chunks(articles, chunk),
                                 window=2 * jobs):  # fmt: skip
            yield from coded
