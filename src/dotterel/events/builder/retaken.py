"""The target of retaking a place ("troops retook the town"): whoever held it before, named
in the sentence ("three months after the militants overran it", "a town seized by the
militia", "which fell to the rebels") or as the attacker of the same place earlier in the
article; else the place's country. Not the town's people, whom the population convention
would give: retaking a town is fighting its holders."""

from __future__ import annotations

from ...model import Actor, Event
from ...syntax import prep_objects
from ...words import token_in, word_class
from ..extract.common import pattern_words

RETAKING = word_class("retaking_verbs")  # data/word_classes.yaml
TAKING = word_class("taking_verbs")  # data/word_classes.yaml


def is_retaking(trigger) -> bool:
    return token_in(trigger, RETAKING)


def _retaking_event(ev: Event) -> bool:
    """The event is itself a retaking: its pattern's verb ("retake T", whatever form the
    text has: "retook") or a word of its trigger."""
    return bool(RETAKING & (pattern_words(ev) | set(ev.trigger.lower().split())))


def _names_place(tok, place) -> bool:
    """ "it", "which", the same noun ("the town"), or the place's own name."""
    if tok.lower_ in ("it", "which", "that"):
        return True
    names = {x.lower_ for x in place.subtree if x.pos_ in ("NOUN", "PROPN")}
    return tok.lower_ in names


def holding_participle(x) -> bool:
    """A participle of taking or holding that describes a place: "a town seized by the
    militia", "territory held by Islamic State", "the rebel-held town"."""
    return x.dep_ in ("acl", "amod") and x.tag_ == "VBN" and token_in(x, TAKING)


def held_by(x) -> list:
    """The phrases naming who took or holds the place such a participle describes: its "by"
    phrase, else the name joined to it ("rebel-held", "Isis-held")."""
    return prep_objects(x, "agent") or [
        c for c in x.children if c.dep_ in ("npadvmod", "compound", "nmod")
    ]


def held_place(x, passive: bool = True) -> tuple:
    """(the place phrase, the phrases naming its holder) that `x` tells, else (None, []): a
    participle describing the place ("the Houthi-held port", "the town held by the rebels")
    or, with `passive`, a passive clause of taking or holding ("Hodeidah is held by the
    Houthis")."""
    if holding_participle(x):
        return x.head, held_by(x)
    if passive and x.tag_ == "VBN" and token_in(x, TAKING):
        subj = [c for c in x.children if c.dep_ == "nsubjpass"]
        agents = prep_objects(x, "agent")
        if subj and agents:
            return subj[0], agents
    return None, []


def _takers_in_sentence(place, trigger) -> list:
    """The phrases naming who took or held the place, in the trigger's sentence."""
    out = []
    for x in place.sent:
        if x.i == trigger.i or not token_in(x, TAKING):
            continue
        if holding_participle(x):
            if x.head.i == place.i or _names_place(x.head, place):
                out += held_by(x)  # "a town seized by the militia", "the rebel-held town"
            continue
        subj = [c for c in x.children if c.dep_ in ("nsubj", "nsubjpass")]
        if x.dep_ == "relcl" and x.head.i == place.i:
            told = True  # "the town, which the rebels seized"/"which fell to the rebels"
        else:
            told = any(
                _names_place(c, place) for c in x.children if c.dep_ in ("dobj", "nsubjpass")
            )
        if x.lemma_.lower() == "fall":
            if told or any(_names_place(s, place) for s in subj):
                out += prep_objects(x, "prep", "to")  # "which fell to the rebels"
            continue
        if not told:
            continue
        # "rebels who seized it": the relative pronoun stands for the noun the clause follows
        out += [x.head if s.lower_ in ("who", "that") and x.dep_ == "relcl" else s for s in subj
                if s.dep_ == "nsubj" and not _names_place(s, place)] + prep_objects(x, "agent")  # fmt: skip
    return out


BACK = 3  # how many sentences back "the town" may point to the place taken


def _same_place(ev: Event, place, location, sent_index: int) -> bool:
    """The earlier event happened at this place: the same named place, or, for "the town"
    with no name of its own, the last named place taken a few sentences before."""
    if ev.location is None or ev.location.feature == "country":
        return False
    if location is not None and location.feature != "country":
        return ev.location.name == location.name
    definite = any(c.lower_ == "the" for c in place.children) and place.pos_ == "NOUN"
    return definite and sent_index - ev.sentence_index <= BACK


def former_holder(place, trigger, sa, earlier: list[Event], location, src_keys: set,
                  sent_index: int) -> list[Actor]:  # fmt: skip
    """Who held the place before it was retaken (see the module docstring); [] if unknown."""
    # "retook the village of Mbau from the rebels" (the parser may hang "from" on the place)
    phrases = [g for h in (trigger, *place.subtree) for g in prep_objects(h, "prep", "from")]
    phrases += _takers_in_sentence(place, trigger)
    got = [a for g in phrases for a in sa.actors_for(g, as_agent=True)
           if (a.country or a.org or a.sector) and a.key() not in src_keys]  # fmt: skip
    if got:
        return got
    for ev in reversed(earlier):
        if (
            (ev.type == "ASSAULT" or ev.cameo.startswith("192"))  # attacked or occupied
            and _same_place(ev, place, location, sent_index)
            and not _retaking_event(ev)
            and ev.source
            and not {a.key() for a in ev.source} & src_keys
        ):
            return list(ev.source)  # "the militants seized Kidal in March ... troops retook it"
    return []
