"""The confidence of a built event: the named features of how it was found
(`confidence_features`) and the calibrated probability from the weights fitted in
`events/confidence.py`."""

from __future__ import annotations

import math

from ...model import Actor
from ..extract.common import Candidate


def confidence_features(cand: Candidate, sources: list[Actor], targets: list[Actor], source_why: str,
                        target_why: str, modality: str, headline: bool) -> dict[str, float]:  # fmt: skip
    """What the confidence of an event rests on, as named features (each 0/1 or a small
    count); `confidence.py` holds the weights fitted on the dev sets."""
    pid = cand.explain.get("pattern", "")
    f: dict[str, float] = {
        "pattern_words": min(3, max(0, len(cand.explain.get("pattern_text", "").split()) - 1)),
        "engine_rule": float(":" in pid.split(".")[0] or not pid.count(".")),
        "wrapped": float("wrapper" in cand.explain),
        "recoded": float("recoded" in cand.explain),
        "nominal": float(cand.nominal),
        "source_named": float(
            any(
                a.why.startswith(("kb:country", "kb:org", "kb:person", "title", "text:person"))
                for a in sources
            )
        ),  # fmt: skip
        "source_sector": float(all(a.why.startswith("text:sector") for a in sources)),
        "source_coref": float(any(a.why.startswith("coref") for a in sources)),
        "source_context_country": float(
            any("from context" in a.why or "implicit" in a.why for a in sources)
        ),
        "source_event_anaphora": float(source_why == "event anaphora"),
        # no one named: the state of the place, an unidentified armed actor, the parties told before
        "source_implied": float(
            source_why
            in ("state act without agent", "attack without attacker", "the two parties told before")
        ),  # fmt: skip
        "target_none": float(not targets),
        "target_slot": float(target_why == "slot"),
        "target_indirect": float(
            target_why in ("inside the target phrase", "recipient", "other phrase of the clause")
        ),
        "target_referent": float(target_why in ("event it refers to", "the one it answers")),
        "target_convention": float(
            target_why in ("population of the place", "domestic convention", "place of the event")
        ),  # fmt: skip
        "not_asserted": float(modality != "asserted"),
        "headline": float(headline),
    }
    return f


def confidence(features: dict[str, float], mentions: int = 1) -> float:
    """The calibrated probability that an event is right (see `confidence.py`)."""
    from ..confidence import WEIGHTS

    z = WEIGHTS.get("bias", 0.0) + WEIGHTS.get("extra_mentions", 0.0) * min(2, mentions - 1)
    for k, v in features.items():
        z += WEIGHTS.get(k, 0.0) * v
    return round(max(0.02, min(0.98, 1.0 / (1.0 + math.exp(-z)))), 3)
