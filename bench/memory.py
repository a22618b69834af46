"""Peak memory of `dotterel ingest` (or `code`) as the corpus grows: 1x, 4x, 16x.

    .venv/bin/python bench/memory.py CORPUS [--limit N] [--factors 1 4 16] [--command ingest]

The corpus (its first N articles) is repeated k times, each copy with its own ids so that
every article is new to the store, written to a temporary JSONL file, and run through the
command in a fresh process tree (-j workers). The resident memory of the whole tree (the
command and its workers) is sampled every 50 ms; the peak is printed for each size, with
the growth from the smallest to the largest. Flat means: reading, coding and writing
stream, and nothing is kept per article.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from dotterel.model import Article
from dotterel.read import ReadOptions, iter_inputs


def tree_rss(proc: psutil.Process) -> tuple[int, int]:
    """(whole tree, the main process) resident bytes."""
    try:
        main = proc.memory_info().rss
        total = main
        for c in proc.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                total += c.memory_info().rss
        return total, main
    except psutil.Error:
        return 0, 0


def write_corpus(arts: list[Article], times: int, path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for k in range(times):
            for a in arts:
                rec = {"id": f"{a.id}#{k}", "text": a.text, "source": a.source, "url": a.url,
                       "title": a.title, "published": a.published.isoformat() if a.published else None}  # fmt: skip
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--limit", type=int, default=30, help="articles in the 1x corpus (default 30)")
    ap.add_argument("--factors", type=int, nargs="+", default=[1, 4, 16])
    ap.add_argument("--command", choices=["ingest", "code"], default="ingest")
    ap.add_argument("--jobs", "-j", type=int, default=2)
    ap.add_argument(
        "--batch",
        type=int,
        default=8,
        help="articles per batch (ingest; default 8: even 1x gives each worker several)",
    )
    args = ap.parse_args()

    arts = [a for a in iter_inputs(args.corpus, ReadOptions()) if isinstance(a, Article)][
        : args.limit
    ]
    exe = str(Path(sys.executable).parent / "dotterel")
    print(
        f"{args.command}, -j {args.jobs}, 1x = {len(arts)} articles "
        f"({sum(len(a.text) for a in arts) / 1e6:.2f} M characters)",
        flush=True,
    )
    print(
        f"{'size':>5}{'articles':>10}{'seconds':>9}{'art/s':>7}{'peak tree MB':>14}"
        f"{'peak main MB':>14}{'store MB':>10}"
    )
    peaks = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in args.factors:
            corpus = Path(tmp) / f"corpus{k}.jsonl"
            n = write_corpus(arts, k, corpus)
            db = Path(tmp) / f"store{k}.duckdb"
            if args.command == "ingest":
                cmd = [exe, "ingest", str(corpus), "--db", str(db), "-j", str(args.jobs),
                       "--batch", str(args.batch), "--no-progress"]  # fmt: skip
            else:
                cmd = [exe, "code", str(corpus), "-o", str(Path(tmp) / f"ev{k}.jsonl"), "-j",
                       str(args.jobs), "--no-progress"]  # fmt: skip
            t0 = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            ps = psutil.Process(proc.pid)
            peak_tree = peak_main = 0
            while proc.poll() is None:
                tree, main_ = tree_rss(ps)
                peak_tree, peak_main = max(peak_tree, tree), max(peak_main, main_)
                time.sleep(0.05)
            secs = time.perf_counter() - t0
            err = proc.stderr.read().decode()
            if proc.returncode not in (0, 1):
                sys.exit(f"{' '.join(cmd)} failed:\n{err}")
            size = sum(p.stat().st_size for p in Path(tmp).glob(f"store{k}.duckdb*")) / 2**20
            peaks.append(peak_tree)
            print(
                f"{k:>4}x{n:>10}{secs:>9.1f}{n / secs:>7.2f}{peak_tree / 2**20:>14.0f}"
                f"{peak_main / 2**20:>14.0f}{size:>10.1f}",
                flush=True,
            )
    print(f"peak memory {args.factors[-1]}x / {args.factors[0]}x: {peaks[-1] / peaks[0]:.2f}")


if __name__ == "__main__":
    main()
