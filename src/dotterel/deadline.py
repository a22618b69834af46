"""A time limit for coding one article.

A rule that never ends on some rare sentence would otherwise stall a run of thousands of
articles with no word of which one; with a limit the article is reported like any other
bad record (file, line, why), skipped, and the run goes on. The limit counts the
process's CPU time (the profiling interval timer, `SIGPROF`), not the clock: on a machine
loaded by other work a long article takes many times longer by the clock (a 58,000-character
live blog that needs 5 s of CPU took over 120 s at a load of 25), while a rule that never
ends burns CPU whatever the load. It applies where coding runs in a process's main thread
on a POSIX system: `dotterel code`, `dotterel ingest` and their `-j N` worker processes.
Elsewhere (Windows, Dask's worker threads, a coder called from a thread) there is no limit.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_SECONDS = 120.0  # CPU seconds per article of up to `CHARS_PER_SECOND_OVER` characters
CHARS_PER_SECOND_OVER = 100_000  # a longer article gets one more second per 1,000 characters


class ArticleTimeout(Exception):
    """Coding an article used more CPU time than its limit."""


def seconds_for(chars: int, base: float) -> float:
    """The limit for an article of `chars` characters: a huge one may take longer honestly."""
    if base <= 0:
        return 0.0
    return base + max(0, chars - CHARS_PER_SECOND_OVER) / 1000


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ArticleTimeout in the block once it has used `seconds` of CPU time (0: no
    limit). Time spent waiting (sleep, input) does not count."""
    if seconds <= 0 or not _can_alarm():
        yield
        return

    def expired(_signum, _frame):
        raise ArticleTimeout(f"took more than {seconds:g} s of CPU time")

    previous = signal.signal(signal.SIGPROF, expired)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
