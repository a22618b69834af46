"""Small tests on spaCy parses shared across the pipeline (no dotterel imports, so any
module may use them without import cycles)."""

from __future__ import annotations


def has_to_aux(tok) -> bool:
    """Whether `tok` has its own infinitival "to" ("agreed to withdraw": withdraw does): the
    parser hangs that "to" on the verb as an "aux" child, which marks a to-infinitive clause
    (a purpose, a complement, a headline's plan)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
