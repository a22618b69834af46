"""Small helpers on resolved actors that every part of the event builder shares: copying an
actor with a reason, the token an actor was found at, the first country of a list, a country's
name, whether an actor is one person, the parties' keys, and who says a reported clause."""

from __future__ import annotations

from dataclasses import replace

from ...model import Actor
from ..modality import REPORTING

# types whose several doers act on each other ("Russia and Ukraine agreed"): coded each way;
# evaluate.RECIPROCAL, the types scored in either direction, adds RETREAT and ASSAULT
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "CONCEDE"}
# targets a rule supplies when the words name none: a noun that refers back to an event told
# before ("called the arrests ...") is that event even when the rule guesses another target;
# an attack by two with only such a target is a fight between them (parties.py)
GUESSED_TARGETS = {"domestic convention", "population of the place", "place of the event"}


def _copy_actor(a: Actor, why: str) -> Actor:
    return replace(a, sector=list(a.sector), why=f"{why}:{a.why}")


def _head_token(a: Actor, sent, sa):
    if a.start < 0:
        return None
    span = sent.doc.char_span(a.start - sa.offset, a.end - sa.offset, alignment_mode="expand")
    return span.root if span is not None else None


def _first_country(actors: list[Actor]) -> str | None:
    return next((a.country for a in actors if a.country), None)


def _country_name(sa, iso3: str) -> str:
    ent = sa.kb.countries.get(iso3) if sa is not None else None
    return ent.name if ent is not None else iso3


def _is_person(a: Actor) -> bool:
    """An actor that is one person: named in the people files or the text, or a "he"/"she"."""
    return (
        (a.kb_id or "").startswith("person:")
        or "person" in a.why
        or a.text.lower() in ("he", "she", "him", "her")
    )


def _private_person(a: Actor) -> bool:
    """One person with no office, party or group: not in the people files, no sector or
    organisation from a title ("the foreign minister", "a rebel commander"), only a name or
    a "she" and perhaps a country."""
    return _is_person(a) and not a.kb_id and not a.sector and not a.org


def _singular_definite(tok) -> bool:
    """A noun with "the", "this" or "that" ("the attack", "that rally")."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


def _party_keys(actors: list[Actor]) -> set:
    return {a.org or a.country for a in actors} - {None}


def _speaker_actors(
    v,
    sa,
    verbs=REPORTING,
    links=("ccomp", "parataxis"),
    through=("conj", "xcomp", "advcl"),
    depth: int = 4,
) -> list[Actor]:
    """Who says the clause of `v` ("Police said 40 protesters were arrested": the police):
    the subject of the first verb of `verbs` that the clause hangs on by one of `links`,
    climbing at most `depth` steps, each by one of `through` (a verb of saying by default;
    vetoes._foretold_of_another also takes verbs of belief, through any clause link)."""
    t = v
    for _ in range(depth):
        if t.dep_ in links and t.head.lemma_.lower() in verbs:
            subj = [c for c in t.head.children if c.dep_ == "nsubj"]
            return sa.actors_for(subj[0]) if subj else []
        if t.dep_ not in through or t.head == t:
            return []
        t = t.head
    return []


def _place_only(a: Actor) -> bool:
    """An actor found only as a place: a capital named as a place, a region, a town named as
    the place hit ("shelled Juba", a target found as a place: why "place")."""
    return not a.sector and not a.org and (a.why in ("place", "kb:country:region") or "as a place" in a.why
                                           or a.why.startswith("kb:region"))  # fmt: skip
