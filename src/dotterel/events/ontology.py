"""CAMEO codes, their names, Goldstein scores, quad classes and PLOVER type/mode."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from ..model import PLOVER_TYPES

PLOVER_MODES = {
    "AGREE": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "SUPPORT": set(),
    "CONCEDE": set(),
    "COOPERATE": set(),
    "AID": set(),
    "RETREAT": {"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "ban", "arrest", "relations", "rights", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "ban", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy",
                "primitive", "firearms", "explosives", "suicide-attack", "aerial", "drone",
                "heavy-weapons", "crowd-control", "cleansing", "massacre", "unconventional"},
}  # fmt: skip


# types whose event is the saying itself: a promise, a threat, an accusation or a rejection is
# made when and where it is said (time and place attachment), and a noun that refers back to
# one ("the criticism") may name an act told in other words (events/builder/targets.py)
SPEECH_ACT_TYPES = frozenset(
    {"AGREE", "CONCEDE", "THREATEN", "ACCUSE", "REJECT", "REQUEST", "SUPPORT"}
)


@dataclass(frozen=True)
class Code:
    cameo: str
    name: str
    type: str | None
    mode: str | None
    goldstein: float
    quad_class: int


@functools.cache
def cameo_table() -> dict[str, Code]:
    path = resources.files("dotterel") / "data" / "ontology" / "cameo.tsv"
    out: dict[str, Code] = {}
    header = True
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        cameo, name, typ, mode, gold, quad = line.split("\t")
        if typ and typ not in PLOVER_TYPES:
            raise ValueError(f"cameo.tsv: {cameo}: unknown PLOVER type {typ!r}")
        out[cameo] = Code(cameo, name, typ or None, mode or None, float(gold or 0.0), int(quad))
    return out


def lookup(cameo: str) -> Code:
    table = cameo_table()
    if cameo in table:
        return table[cameo]
    raise KeyError(f"unknown CAMEO code {cameo!r}")


def quad_class(cameo: str) -> int:
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def valid_mode(type_: str, mode: str | None) -> bool:
    return mode is None or mode in PLOVER_MODES.get(type_, set())
