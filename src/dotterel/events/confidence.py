"""Confidence weights, fitted on the development sets, and the script that fits them.

An event's `confidence` is a logistic function of named features of how it was found
(`builder.score.confidence_features`: how specific the pattern was, whether the source was named or
inferred, how the target was found, modality, headline, repeated mentions). The weights
below were fitted by `python -m dotterel.events.confidence --gold gold/articles.jsonl
--gsr plover_gsr_dev.jsonl` on the gold dev split and the PLOVER GSR dev sentences, where an
event counts as right when it matches a gold event (type, source and target); the last fit
used 2,198 coded events, 1,692 of them right (154 gold dev articles and the 179 GSR
sentences). Refit after changing the extraction rules; `dotterel eval` prints the resulting calibration table.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

WEIGHTS: dict[str, float] = {
    "bias": 1.857,
    "engine_rule": 0.017,
    "extra_mentions": 0.954,
    "headline": -0.528,
    "nominal": -0.358,
    "not_asserted": 0.396,
    "pattern_words": 0.104,
    "recoded": -0.632,
    "source_context_country": -0.062,
    "source_coref": -0.381,
    "source_event_anaphora": -0.14,
    "source_implied": -0.153,
    "source_named": 0.11,
    "source_sector": -0.138,
    "target_convention": -1.054,
    "target_indirect": -0.78,
    "target_none": -2.367,
    "target_referent": 0.214,
    "target_slot": -0.366,
    "wrapped": 0.063,
}


def fit(
    rows: list[tuple[dict[str, float], bool]], l2: float = 1.0, steps: int = 400
) -> dict[str, float]:
    """L2-regularised logistic regression by Newton's method (no dependencies beyond numpy)."""
    import numpy as np

    names = sorted({k for f, _ in rows for k in f})
    X = np.array([[1.0] + [f.get(k, 0.0) for k in names] for f, _ in rows])
    y = np.array([1.0 if ok else 0.0 for _, ok in rows])
    w = np.zeros(X.shape[1])
    reg = np.eye(X.shape[1]) * l2
    reg[0, 0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-X @ w))
        g = X.T @ (p - y) + reg @ w
        H = X.T @ (X * (p * (1 - p))[:, None]) + reg
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    out = {"bias": round(float(w[0]), 3)}
    out.update({k: round(float(v), 3) for k, v in zip(names, w[1:], strict=True)})
    return out


def _rows(path: Path, kind: str, coder) -> list[tuple[dict[str, float], bool]]:
    from .. import evaluate as E

    out = []
    for ev, ok in E.labelled_events(coder, path, kind):
        feats = dict((ev.get("explain") or {}).get("confidence_features") or {})
        feats["extra_mentions"] = min(2, len(ev.get("mentions") or []) - 1)
        out.append((feats, ok))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, help="gold articles (the dev split is used)")
    ap.add_argument("--gsr", type=Path, help="PLOVER gold-standard sentences")
    ap.add_argument("--l2", type=float, default=1.0)
    a = ap.parse_args(argv)
    from ..pipeline import Coder

    coder = Coder(explain=True)
    rows = []
    if a.gold:
        rows += _rows(a.gold, "gold", coder)
    if a.gsr:
        rows += _rows(a.gsr, "gsr", coder)
    w = fit(rows, l2=a.l2)
    right = sum(ok for _, ok in rows)
    print(f"# {len(rows)} events, {right} right ({right / max(1, len(rows)):.3f})")
    print(json.dumps(w, indent=4))
    ll = 0.0
    for f, ok in rows:
        z = w["bias"] + sum(w.get(k, 0.0) * v for k, v in f.items())
        p = min(1 - 1e-9, max(1e-9, 1 / (1 + math.exp(-z))))
        ll += math.log(p if ok else 1 - p)
    print(f"# mean log-likelihood {ll / max(1, len(rows)):.3f}")


if __name__ == "__main__":  # pragma: no cover
    main()
