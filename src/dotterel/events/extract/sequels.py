"""'X did the same', 'Y followed suit': another actor's doing of the act told just before.
The candidate has the placeholder type SAME_ACT; the builder (`builder/sequels.py`) gives
it the type of the event it repeats, or drops it when there is none."""

from __future__ import annotations

from ...syntax import has_to_aux
from ...words import word_class
from ..modality import modality
from .common import Candidate, _aux, _no_dateline, _opts
from .subjects import subject_heads

SAME_ACT = "SAME"
# "did the same", "did likewise", "followed suit"
SAME_OBJECTS = {
    "do": word_class("same_act_do_objects"),  # data/word_classes.yaml
    "follow": word_class("same_act_follow_objects"),
}
# for the pre-filter: the verb with one of its words
SAME_ACT_PAIRS = tuple((frozenset([v]), frozenset(w)) for v, w in SAME_OBJECTS.items())


def same_acts(sent, done: set) -> list[Candidate]:
    """ "Moscow did the same a few days later", "Paris followed suit": the act told before,
    done by this clause's subject."""
    out = []
    for v in sent:
        words = SAME_OBJECTS.get(v.lemma_.lower())
        if v.pos_ != "VERB" or v.i in done or not words or has_to_aux(v):
            continue  # ("urged its allies to do the same": the act only asked for)
        objs = [c for c in v.children if c.dep_ in ("dobj", "advmod") and c.lower_ in words]
        if not objs or (
            objs[0].lower_ == "same" and not any(c.lower_ == "the" for c in objs[0].children)
        ):
            continue
        subj = _no_dateline(subject_heads(v))
        if not subj:
            continue
        mod, why = modality(v)
        out.append(Candidate(
            trigger=v, head=v, type=SAME_ACT, mode=None, cameo="",
            source_heads=_opts(subj), target_heads=[],
            trigger_tokens=sorted([*_aux(v), v, objs[0]], key=lambda t: t.i), modality=mod,
            explain={"pattern": "same-act", "pattern_text": f"{v.lemma_} {objs[0].lower_}",
                     "pattern_origin": "events/extract/sequels.py", "modality_why": why},
        ))  # fmt: skip
        done.add(v.i)
    return out
