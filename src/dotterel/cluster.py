"""Coding on a Dask cluster: `dotterel ingest --dask ADDRESS` or `--dask-local N`.

The client reads the input, drops articles already stored (the same content-hash test as
a local run), and sends batches of articles to the workers. Each worker process builds the
coder once (workers.make_coder keeps it between tasks) and turns a batch into one Parquet
shard per store table. The client merges each shard into the store as one transaction, in
the order of the input, with the same "only articles not stored yet" rule: a shard merged
twice adds nothing, so an interrupted run is finished by running it again.

Shards travel back as Parquet bytes by default, which works on any cluster. With
`--shard-dir DIR` (a folder every worker and the client can reach, e.g. NFS) workers write
the files there instead and the client merges and deletes them; shards left by a killed run
are merged first at the next run, so their batches are not coded again.

Needs the `cluster` extra: `pip install 'dotterel[cluster]'`.
"""

from __future__ import annotations

import io
import os
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from .workers import CoderSpec, ordered, shard_chunk


def _warm(spec: CoderSpec) -> bool:
    from .workers import make_coder

    make_coder(spec)
    return True


def _read_shard(shard: dict[str, object]):
    import pyarrow.parquet as pq

    from .store import SCHEMAS

    out = {}
    for t, v in shard.items():
        src = io.BytesIO(v) if isinstance(v, bytes) else v
        out[t] = pq.read_table(src, schema=SCHEMAS[t])
    return out


def merge_leftovers(store, shard_dir: str | os.PathLike) -> int:
    """Merge shards a killed run wrote but did not merge; returns articles added."""
    from .store import TABLES

    d = Path(shard_dir)
    if not d.is_dir():
        return 0
    added = 0
    names = sorted({p.name.split(".")[0] for p in d.glob("*.articles.parquet")})
    for name in names:
        files = {t: d / f"{name}.{t}.parquet" for t in TABLES}
        if all(f.exists() for f in files.values()):
            added += store.insert(_read_shard({t: str(f) for t, f in files.items()}))[0]
        for f in files.values():
            f.unlink(missing_ok=True)
    return added


def run_dask(store, batches: Iterable[list], spec: CoderSpec, commit: Callable, *,
             address: str | None = None, local_workers: int = 0,
             shard_dir: str | None = None) -> None:  # fmt: skip
    """Code `batches` on Dask workers and `commit(batch, tables)` each shard in order."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:  # pragma: no cover - depends on the install
        raise RuntimeError("Dask is not installed: pip install 'dotterel[cluster]'") from e
    cluster = None
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # local workers: one BLAS thread each
    if address:
        client = Client(address)
    else:
        cluster = LocalCluster(n_workers=max(1, local_workers), threads_per_worker=1,
                               processes=True, host="127.0.0.1", dashboard_address=None)  # fmt: skip
        client = Client(cluster)
    try:
        if shard_dir:
            Path(shard_dir).mkdir(parents=True, exist_ok=True)
            merge_leftovers(store, shard_dir)
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        client.run(_warm, spec)  # every worker loads the model once, now, in parallel
        run = uuid.uuid4().hex[:8]
        counter = iter(range(1 << 62))

        def submit(chunk: list):
            name = f"{run}-{next(counter):08d}"
            return client.submit(shard_chunk, spec, chunk, shard_dir, name, pure=False)

        for chunk, shard in ordered(submit, batches, window=2 * n_workers):
            commit(chunk, _read_shard(shard))
            for v in shard.values():
                if isinstance(v, str):
                    Path(v).unlink(missing_ok=True)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
