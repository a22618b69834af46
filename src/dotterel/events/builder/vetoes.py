"""When a candidate is no event, or another kind: a private journey or call is no visit, a
vehicle's trip is no visit, a stated opinion endorses no one, a body's own session meets no
one, a quarrel is no fight; and the tests for meetings and mediation that decide who meets
whom."""

from __future__ import annotations

from ...model import Actor
from ...words import sector_class, word_class
from ..extract.common import Candidate
from ..modality import REPORTING
from .common import _head_token, _is_person, _party_keys, _speaker_actors

ARMED_SECTORS = sector_class("armed_sectors")
ABSTRACT_NOUNS = word_class("backed_thing_nouns")  # data/word_classes.yaml
PERSON_NOUNS = word_class("recruit_person_nouns")  # data/word_classes.yaml


SITTING_BODIES = word_class("sitting_bodies")  # data/word_classes.yaml
LEGISLATORS = word_class("chamber_member_nouns")  # data/word_classes.yaml
# a sitting body or a chamber's members: whose own session or vote it is
CHAMBER_NOUNS = SITTING_BODIES | LEGISLATORS


def chamber_alone(sources: list[Actor], sent, sa) -> bool:
    """One source that is a chamber or its members ("the Knesset", "the cabinet",
    "lawmakers"): whose meeting is its own session and whose backing of a text its vote."""
    if len(sources) != 1:
        return False
    if "LEG" in sources[0].sector:
        return True
    h = _head_token(sources[0], sent, sa)
    return h is not None and h.lemma_.lower() in CHAMBER_NOUNS


# what the heads of a "heads of state" are heads of (the `discuss` group of consult.yaml)
HEADED_OFFICES = word_class("headed_offices")  # data/word_classes.yaml


def no_body_meeting(cand: Candidate, sources: list[Actor], sent, sa) -> bool:
    """ "The party council discussed the list", "the heads of the police discussed the
    budget": a domestic body taking up a matter at its own session, or heads that are no
    heads of state or government, meet no one (a bloc's or the Security Council's members
    do: IGO)."""
    if cand.trigger.lemma_.lower() != "discuss":
        return False
    subj = [c.lemma_.lower() for c in cand.trigger.children if c.dep_ == "nsubj"]
    if subj == ["head"]:
        return not any(
            p.lower_ == "of" and any(o.lemma_.lower() in HEADED_OFFICES for o in p.children)
            for c in cand.trigger.children
            if c.dep_ == "nsubj"
            for p in c.children
        )
    own = chamber_alone(sources, sent, sa) or (subj and subj[0] in CHAMBER_NOUNS)
    return bool(own) and not any(a.code.startswith("IGO") for a in sources)


VOTED_TEXTS = word_class("voted_texts")  # data/word_classes.yaml


OPINION_BACKING = word_class("opinion_backing_verbs")  # data/word_classes.yaml


def _own_opinion(v) -> bool:
    """A clause reported by a saying whose subject is the same speaker ("said he backed",
    "says it supports")."""
    h = v.head
    if v.dep_ != "ccomp" or h.lemma_.lower() not in REPORTING:
        return False
    mine = [c for c in v.children if c.dep_ == "nsubj"]
    said = [c for c in h.children if c.dep_ == "nsubj"]
    return bool(mine and said) and (mine[0].pos_ == "PRON" or mine[0].lower_ == said[0].lower_)


# verbs whose clause is what the subject believes will happen, not what it will do itself
BELIEF_VERBS = word_class("belief_verbs")  # data/word_classes.yaml
# how a clause hangs on the saying or believing that tells it
CLAUSE_LINKS = ("ccomp", "conj", "xcomp", "advcl", "parataxis")


def _foretold_of_another(cand: Candidate, sources: list[Actor], sa) -> bool:
    """ "Officials said they believed the militias would use civilians as shields", "'Our
    rivals would not dare to attack if they were not protected,' the group said": a future
    act the speaker tells of another party is a prediction, not that party's announced
    threat or promise (an announced act is the speaker's own, or its state's)."""
    if not cand.explain.get("recoded", "").startswith("an announced future act") or not sources:
        return False
    t = cand.trigger.head if cand.nominal else cand.trigger
    speakers = _speaker_actors(t, sa, verbs=REPORTING | BELIEF_VERBS, links=CLAUSE_LINKS,
                               through=CLAUSE_LINKS, depth=6)  # fmt: skip
    sides = _party_keys(speakers)
    mine = _party_keys(sources) | ({a.country for a in sources} - {None})
    # (a doer of no known country, "the country's military", may well be the speaker's own)
    return (
        bool(sides) and bool(mine) and not sides & mine and not {a.country for a in speakers} & mine
    )


def _courtesy_call(cand: Candidate, targets: list[Actor]) -> bool:
    """ "is scheduled to call on President X", "called on the king in Rabat": calling on a
    person with nothing asked of them (no "to" clause, no "for" phrase) is a visit (042), not
    an appeal."""
    tok = cand.trigger
    if cand.type != "REQUEST" or cand.cameo != "020" or tok.lemma_.lower() != "call":
        return False
    if not targets or not all(_is_person(a) for a in targets):
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "advcl", "dobj") or (c.dep_ == "prep" and c.lower_ == "for")
           for c in tok.children):  # fmt: skip
        return False
    ons = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("on", "upon")
        for g in c.children
    ]
    return bool(ons) and not any(
        x.dep_ in ("xcomp", "ccomp", "relcl", "acl") for g in ons for x in g.subtree
    )


STRONG_VISIT = word_class("strong_visit_words")  # data/word_classes.yaml
POLITICAL_SECTORS = sector_class("political_sectors")  # data/word_classes.yaml
PRIVATE_SECTORS = sector_class("private_sectors")
FIGHTER_SECTORS = sector_class("fighter_sectors")


def _political_visitor(a: Actor, strong: bool) -> bool:
    """Whether an actor can pay a diplomatic visit (CAMEO 042): an official, a party, a
    state or an organisation named as such; a rebel leader only with "visit" or "tour" (a
    fighter travelling to the front is no visitor); never civilians, journalists or a
    person known only by a pronoun and the article's country."""
    sectors = set(a.sector)
    if sectors & FIGHTER_SECTORS or (a.code or "").startswith("IMG"):
        return strong and "person:recruit" not in a.why
    if sectors & POLITICAL_SECTORS:
        return True
    if sectors & PRIVATE_SECTORS:
        return False
    if a.org:
        return True
    if a.why in ("coref:pronoun:it", "coref:pronoun:its") and (a.kb_id or "").startswith(
        "country:"
    ):
        return True  # "Egypt said it would send a delegation to Juba": the state itself
    if a.why == "kb:country:modifier" and not strong:
        # "Chinese police trainers, who arrived in the country": people known only by their
        # nationality arriving or travelling are no state paying a visit
        return False
    return a.why.startswith("kb:")


DRILL_NOUNS = word_class("drill_nouns")  # data/word_classes.yaml


def _fire_in_drills(cand: Candidate) -> bool:
    """Whether an attack's trigger is told as done in a military exercise ("the navy used live
    ammunition in drills off the coast", "fired live rounds during an exercise"): firing in
    drills is no attack on anyone (the drills themselves are coded as such)."""
    return cand.type == "ASSAULT" and any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during")
        and any(o.dep_ == "pobj" and o.lemma_.lower() in DRILL_NOUNS for o in c.children)
        for c in cand.trigger.children
    )


VEHICLE_NOUNS = word_class("vehicle_nouns")  # data/word_classes.yaml


def _vehicle_trip(cand: Candidate) -> bool:
    """Whether a journey's traveller is a vehicle: the subject's head, or, for a participle
    hung on another verb ("ordered the plane, flying from A to B, to land"), the noun it
    follows (that verb's object or passive subject, or the noun it modifies)."""
    heads = cand.source_heads[0] if cand.source_heads else []
    if heads and all(t.lemma_.lower() in VEHICLE_NOUNS for t in heads):
        return True
    t = cand.trigger
    if t.tag_ in ("VBG", "VBN") and t.dep_ in ("advcl", "acl", "relcl", "conj") and t.head.i < t.i:
        if t.dep_ in ("acl", "relcl") and t.head.lemma_.lower() in VEHICLE_NOUNS:
            return True
        near = [c for c in t.head.children if c.dep_ in ("dobj", "nsubjpass") and c.i < t.i]
        return bool(near) and near[-1].lemma_.lower() in VEHICLE_NOUNS
    return False


VISITOR_NOUNS = word_class("visitor_nouns")  # data/word_classes.yaml


def _visitors(heads) -> bool:
    return any(t.lower_ in VISITOR_NOUNS for t in heads)


def cameo_is_mediation(cand: Candidate) -> bool:
    return cand.cameo in ("045", "0451") or cand.explain.get("pattern", "").startswith(
        "consult.045"
    )


def typ_is_meeting(cand: Candidate) -> bool:
    return cand.type == "CONSULT" and cand.cameo in ("040", "046") and not cand.nominal
