"""Throughput of the full `dotterel code` pipeline against a bare spaCy parse.

    .venv/bin/python bench/throughput.py CORPUS [--jobs N] [--rounds K] [--limit N]

In one process tree and one sitting, on the same articles:

  bare        spaCy's `nlp.pipe` over the article texts, same model, one process (what a
              bare parse costs: the baseline)
  dotterel    the whole `dotterel code` pipeline (read, clean, pre-filter, parse, actors,
              events, dates, places) as the CLI runs it: pre-filter on, N worker processes
  no-filter   the same with --no-prefilter (its events are compared with dotterel's)
  1 process   dotterel with one process (the speed per core)

The corpus is cut into K rounds and the runs alternate inside each round, so a machine that
gets busier or quieter affects all of them alike. Each dotterel run works in its own worker
processes (started, with the model loaded, before timing), the bare parse in this one.
Printed: articles/s, sentences/s, CPU seconds, peak memory (resident, summed over the
processes doing the work), the load of the machine, and the RATIO of each run's speed to
the bare parse. Machines are noisy: compare ratios, not seconds.

Then every event found with and without the pre-filter is compared and each difference is
printed (the pre-filter is designed to change none), and the cached attribute ruler's
annotations are compared with spaCy's own on the first articles.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import threading
import time
from collections import defaultdict

import psutil

from dotterel.model import Article
from dotterel.read import ReadOptions, iter_inputs
from dotterel.workers import CoderSpec, Pool, chunks, code_chunk, make_coder, ordered


class Sampler:
    """Peak resident memory per phase: the sum over the processes named for that phase."""

    def __init__(self) -> None:
        self.phase: str | None = None
        self.pids: list[int] = []
        self.peak: dict[str, int] = defaultdict(int)
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            phase, pids = self.phase, list(self.pids)
            if phase:
                total = 0
                for pid in pids:
                    with contextlib.suppress(psutil.Error):
                        total += psutil.Process(pid).memory_info().rss
                self.peak[phase] = max(self.peak[phase], total)
            time.sleep(0.05)

    def watch(self, phase: str | None, pids: list[int] | None = None) -> None:
        self.pids = pids or []
        self.phase = phase

    def stop(self) -> None:
        self._stop.set()
        self._t.join()


def cpu_seconds(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            t = psutil.Process(pid).cpu_times()
            total += t.user + t.system
        except psutil.Error:
            pass
    return total


def event_key(ev: dict) -> str:
    d = dict(ev)
    d.pop("confidence", None)  # rounding of a float score is not an event difference
    return json.dumps(d, sort_keys=True, ensure_ascii=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="+", help="files or folders, as for `dotterel code`")
    ap.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=len(os.sched_getaffinity(0)),
        help="worker processes for the dotterel runs (default: every core)",
    )
    ap.add_argument("--rounds", type=int, default=4, help="interleaved rounds (default 4)")
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--batch", type=int, default=64, help="nlp.pipe batch size of the bare parse")
    ap.add_argument("--chunk", type=int, default=8, help="articles per worker task")
    ap.add_argument(
        "--check",
        type=int,
        default=50,
        help="articles on which dotterel's spaCy shortcuts are compared with spaCy (default 50)",
    )
    ap.add_argument(
        "--skip",
        nargs="*",
        default=[],
        choices=["no-filter", "1 process"],
        help="runs to leave out",
    )
    args = ap.parse_args()

    arts = [a for a in iter_inputs(args.corpus, ReadOptions()) if isinstance(a, Article)]
    if args.limit:
        arts = arts[: args.limit]
    if not arts:
        sys.exit("no articles")
    print(
        f"corpus: {len(arts)} articles, {sum(len(a.text) for a in arts) / 1e6:.2f} M characters; "
        f"{os.cpu_count()} cores, {args.jobs} workers, {args.rounds} rounds",
        flush=True,
    )

    import spacy

    from dotterel.nlp import MODEL

    sampler = Sampler()
    me = os.getpid()
    t0 = time.perf_counter()
    bare_nlp = spacy.load(MODEL)  # the model as spaCy ships it: no dotterel shortcut
    list(bare_nlp.pipe(["Warm up the model."]))
    start_bare = time.perf_counter() - t0

    spec = CoderSpec(prefilter=True)
    spec_nf = CoderSpec(prefilter=False)
    runs = ["bare", "dotterel"] + [r for r in ("no-filter", "1 process") if r not in args.skip]
    t0 = time.perf_counter()
    pool = Pool(spec, args.jobs)
    pool_nf = Pool(spec_nf, args.jobs) if "no-filter" in runs else None
    for p in (pool, pool_nf):  # the workers load the model before timing starts
        if p is not None:
            list(p.ex.map(code_chunk, [p.spec] * args.jobs, [arts[:1]] * args.jobs))
    pool_1 = Pool(spec, 1) if "1 process" in runs else None
    if pool_1 is not None:
        list(pool_1.ex.map(code_chunk, [spec], [arts[:1]]))
    start_pipe = time.perf_counter() - t0

    def workers(p: Pool) -> list[int]:
        return list(p.ex._processes.keys())

    seconds: dict[str, float] = defaultdict(float)
    cpu: dict[str, float] = defaultdict(float)
    sents: dict[str, int] = defaultdict(int)
    events: dict[str, list[dict]] = defaultdict(list)

    def run(name: str, part: list[Article]) -> None:
        if name == "bare":
            pids = [me]
            sampler.watch(name, pids)
            c0, t = cpu_seconds(pids), time.perf_counter()
            for doc in bare_nlp.pipe([a.text for a in part], batch_size=args.batch):
                sents[name] += sum(1 for _ in doc.sents)
        else:  # the work is done in the pool's processes: they are what is measured
            p = {"dotterel": pool, "no-filter": pool_nf, "1 process": pool_1}[name]
            pids = workers(p)
            sampler.watch(name, pids)
            c0, t = cpu_seconds(pids), time.perf_counter()
            for _c, coded in ordered(lambda c, p=p: p.submit(code_chunk, c),
                                     chunks(part, args.chunk), window=2 * args.jobs):  # fmt: skip
                for ca in coded:
                    sents[name] += ca.sentences
                    events[name].extend(e.to_dict() for e in ca.events)
        seconds[name] += time.perf_counter() - t
        cpu[name] += cpu_seconds(pids) - c0
        sampler.watch(None)

    load0 = os.getloadavg()[0]
    k = max(1, min(args.rounds, len(arts)))
    size = -(-len(arts) // k)
    for r in range(k):
        part = arts[r * size : (r + 1) * size]
        order = runs if r % 2 == 0 else runs[::-1]
        for name in order:
            run(name, part)
        line = "  ".join(f"{n} {seconds[n]:.1f}s" for n in runs)
        print(f"round {r + 1}/{k}: {line}", flush=True)
    sampler.stop()
    for p in (pool, pool_nf, pool_1):
        if p is not None:
            p.close()

    n = len(arts)
    print()
    print(
        f"start-up (not timed below): bare model {start_bare:.1f}s; dotterel workers "
        f"{start_pipe:.1f}s; load average during the run {load0:.2f} -> {os.getloadavg()[0]:.2f} "
        f"(other processes compete for the cores)"
    )
    print(
        f"{'run':<12}{'articles/s':>11}{'sentences/s':>13}{'wall s':>9}{'CPU s':>9}"
        f"{'peak MB':>9}{'RATIO':>8}"
    )
    for name in runs:
        s = seconds[name]
        ratio = seconds["bare"] / s if s else float("nan")
        print(
            f"{name:<12}{n / s:>11.2f}{sents[name] / s:>13.1f}{s:>9.1f}{cpu[name]:>9.1f}"
            f"{sampler.peak[name] / 2**20:>9.0f}{ratio:>7.2f}x"
        )
    print(
        f"RATIO dotterel / bare spaCy parse: {seconds['bare'] / seconds['dotterel']:.2f}x "
        f"(wall clock, {args.jobs} workers against one process)"
    )
    if "1 process" in runs:
        print(
            f"RATIO per core (1 process / bare): {seconds['bare'] / seconds['1 process']:.2f}x wall, "
            f"{cpu['bare'] / cpu['1 process']:.2f}x in CPU seconds"
        )
    print(
        f"parallel speed-up of {args.jobs} workers over 1 process: "
        f"{seconds.get('1 process', float('nan')) / seconds['dotterel']:.2f}x "
        f"(less than {args.jobs}x when other processes share the cores)"
    )

    # -- what the pre-filter skipped, what it would skip sentence by sentence --------------
    from dotterel.clean import clean
    from dotterel.nlp import get_nlp, paragraphs
    from dotterel.prefilter import Prefilter

    coder = make_coder(spec)
    pf = Prefilter(coder.lexicon, nlp=get_nlp(), kb=None)
    n_sent = n_sent_ev = tok_ev = tok = 0
    for a in arts:
        paras = paragraphs(clean(a.text).text)
        pf.plan(paras)
        for p in paras:
            for s in pf.senter(pf.tokenizer(p.text)).sents:
                n_sent += 1
                tok += len(s)
                if pf.can_hold_event(s):
                    n_sent_ev += 1
                    tok_ev += len(s)
    st = pf.stats
    print()
    print(
        f"pre-filter: parsed {st['parsed']}/{st['paragraphs']} paragraphs, "
        f"{st['parsed_tokens']}/{st['tokens']} tokens "
        f"({100 * st['parsed_tokens'] / max(1, st['tokens']):.1f}%)"
    )
    print(
        f"  sentence by sentence, {n_sent_ev}/{n_sent} sentences ({100 * n_sent_ev / max(1, n_sent):.1f}%, "
        f"{100 * tok_ev / max(1, tok):.1f}% of tokens) could hold an event"
    )

    # -- events with and without the pre-filter ----------------------------------------------
    if "no-filter" in runs:
        with_f = defaultdict(int)
        without = defaultdict(int)
        for e in events["dotterel"]:
            with_f[event_key(e)] += 1
        for e in events["no-filter"]:
            without[event_key(e)] += 1
        only_with = {k: v - without.get(k, 0) for k, v in with_f.items() if v > without.get(k, 0)}
        only_without = {k: v - with_f.get(k, 0) for k, v in without.items() if v > with_f.get(k, 0)}
        same = sum(min(v, without.get(k, 0)) for k, v in with_f.items())
        print()
        print(
            f"events with the pre-filter: {len(events['dotterel'])}, without: "
            f"{len(events['no-filter'])}; identical: {same}; only without (lost): "
            f"{sum(only_without.values())}; only with (new): {sum(only_with.values())}"
        )
        for label, diff in (("LOST", only_without), ("NEW", only_with)):
            for k in list(diff)[:20]:
                ev = json.loads(k)
                print(
                    f"  {label} {ev['article_id']} {ev['type']} {ev['trigger']!r}: {ev['text'][:100]}"
                )
        if "1 process" in runs:
            one = sorted(event_key(e) for e in events["1 process"])
            print(
                f"events of the 1-process run equal the worker runs': "
                f"{one == sorted(event_key(e) for e in events['dotterel'])}"
            )

    # -- dotterel's spaCy shortcuts give spaCy's own annotations ------------------------------
    from dotterel.speedups import install

    fast = spacy.load(MODEL)
    install(fast)
    sample = [a.text for a in arts[: args.check]]
    diff = ntok = 0
    for d1, d2 in zip(bare_nlp.pipe(sample), fast.pipe(sample), strict=True):
        for t1, t2 in zip(d1, d2, strict=True):
            ntok += 1
            diff += (t1.pos_, str(t1.morph), t1.lemma_, t1.tag_, t1.dep_, t1.head.i, t1.ent_type_,
                     t1.ent_iob_) != (t2.pos_, str(t2.morph), t2.lemma_, t2.tag_, t2.dep_,
                                      t2.head.i, t2.ent_type_, t2.ent_iob_)  # fmt: skip
    print(
        f"spaCy shortcuts (cached attribute ruler, numpy matrix products): {diff} token(s) "
        f"annotated differently from spaCy's own, in {ntok} tokens of the first {len(sample)} articles"
    )


if __name__ == "__main__":
    main()
