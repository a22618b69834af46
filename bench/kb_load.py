"""How long the built-in knowledge base takes to load, and how big it is.

    python bench/kb_load.py [--repeat 5]

spaCy's import and tokenizer are warmed first (every coding run pays them anyway), then the
knowledge files are loaded from scratch several times; the best and median times print.
"""

from __future__ import annotations

import argparse
import statistics
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    from dotterel.actors.kb import load_builtin
    from dotterel.nlp import get_tokenizer

    t0 = time.perf_counter()
    get_tokenizer()
    warm = time.perf_counter() - t0
    times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        kb = load_builtin()
        times.append(time.perf_counter() - t0)
    print(f"spaCy import + tokenizer: {warm:.2f} s")
    print(
        f"knowledge base load: best {min(times):.2f} s, median {statistics.median(times):.2f} s "
        f"over {args.repeat} runs"
    )
    for k, v in kb.size.items():
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
