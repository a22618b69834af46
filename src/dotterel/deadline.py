"""A time limit for coding one article.

A rule that never ends on some rare sentence would otherwise stall a run of thousands of
articles with no word of which one; with a limit the article is reported like any other
bad record (file, line, why), skipped, and the run goes on. The limit uses the interval
timer (`SIGALRM`), so it applies where coding runs in a process's main thread on a POSIX
system: `dotterel code`, `dotterel ingest` and their `-j N` worker processes. Elsewhere
(Windows, Dask's worker threads, a coder called from a thread) there is no limit.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_SECONDS = 120.0  # per article of up to `CHARS_PER_SECOND_OVER` characters
CHARS_PER_SECOND_OVER = 100_000  # a longer article gets one more second per 1,000 characters


class ArticleTimeout(Exception):
    """Coding an article took longer than its limit."""


def seconds_for(chars: int, base: float) -> float:
    """The limit for an article of `chars` characters: a huge one may take longer honestly."""
    if base <= 0:
        return 0.0
    return base + max(0, chars - CHARS_PER_SECOND_OVER) / 1000


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ArticleTimeout in the block after `seconds` (0: no limit)."""
    if seconds <= 0 or not _can_alarm():
        yield
        return

    def expired(_signum, _frame):
        raise ArticleTimeout(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
