"""Coding conventions that recode a built event's actors: a state's use of armed force is its
military's, a crowd led by a group is that group's, a country before an army base is that
arm, a people in the plural is the public, a visit's capital is the country, violence by
demonstrators is a riot."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...actors.resolve.vocab import CROWD_NOUNS
from ...model import Actor
from ...syntax import has_to_aux
from ...words import sector_class, word_class
from ..extract.common import Candidate, _negated, pattern_words
from ..extract.subjects import subject_heads
from .common import _copy_actor, _head_token, _singular_definite
from .implied import _weapon_noun
from .vetoes import FIGHTER_SECTORS

ARMED_CAMEOS = {"19", "190", "193", "194", "195", "1951", "1952", "196", "152", "154", "062"}
EXERCISE_WORDS = word_class("exercise_words")  # data/word_classes.yaml


def _armed_act(typ: str, cameo: str, cand: Candidate) -> bool:
    if cameo in ARMED_CAMEOS:
        return True
    if typ == "ASSAULT" and any(_weapon_noun(t) or t.lemma_.lower() in ("fire", "gunfire", "artillery")
                                for opt in cand.source_heads[:1] for t in opt):  # fmt: skip
        return True  # "killed by Indian fire", "Israeli shelling killed"
    return cameo == "150" and any(t.lemma_.lower() in EXERCISE_WORDS for t in cand.trigger_tokens)


def _as_military(a: Actor) -> Actor:
    if (
        not a.country
        or a.sector
        or a.org
        or a.code_override
        or not a.why.startswith(("kb:country", "coref"))
    ):
        return a
    b = _copy_actor(a, "armed force of the state")
    b.sector = ["MIL"]
    return b


def _led_crowd(a: Actor, sent, sa) -> Actor:
    """ "The protesters, led by the opposition Homeland Movement, accuse ...": a crowd led by
    an opposition party, a union or students' group is that group's (OPP, LAB, EDU)."""
    if a.sector != ["CVL"] or a.org or sa is None:
        return a
    head = _head_token(a, sent, sa)
    if head is None:
        return a
    for v in head.children:
        if v.dep_ != "acl" or v.lemma_.lower() not in ("lead", "organise", "organize", "head"):
            continue
        for ag in v.children:
            if ag.dep_ != "agent":
                continue
            for g in ag.children:
                leaders = [b for b in sa.actors_for(g, as_agent=True)
                           if b.sector[:1] in (["OPP"], ["LAB"], ["EDU"]) and b.country in (None, a.country)]  # fmt: skip
                if leaders:
                    b = _copy_actor(a, "led by:" + leaders[0].why)
                    b.sector = list(leaders[0].sector[:1])
                    b.country = b.country or leaders[0].country
                    return b
    return a


RALLY_NOUNS = word_class("rally_nouns")  # data/word_classes.yaml
ORGANISE_VERBS = word_class("organising_verbs")  # data/word_classes.yaml
# groups whose rally makes its crowd theirs (opposition, students, workers, ...)
ORGANISER_SECTORS = sector_class("protest_group_sectors")  # data/word_classes.yaml


def rally_organisers(sent, sa) -> list[tuple[Actor, bool]]:
    """The groups a sentence says organised or held a rally, each with whether the rally is
    a definite one told before ("The rally was organised by the opposition Victory bloc"):
    "a rally organised by the opposition X", "a rally of the opposition X", "the opposition's
    march". A group's rally's crowd is that group's (gold/CODING.md: OPP, LAB, EDU)."""
    out: list[tuple[Actor, bool]] = []
    for r in sent:
        if r.pos_ != "NOUN" or r.lemma_.lower() not in RALLY_NOUNS:
            continue
        heads = []
        for c in r.children:
            if c.dep_ == "acl" and c.lemma_.lower() in ORGANISE_VERBS:
                heads += [g for ag in c.children if ag.dep_ == "agent"
                          for g in ag.children if g.dep_ == "pobj"]  # fmt: skip
            elif c.dep_ == "prep" and c.lower_ in ("of", "by"):
                heads += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "poss":
                heads.append(c)
        if r.dep_ == "dobj":
            # "broke up a rally by 300 students": the parser hangs the "by" phrase on the verb
            heads += [g for p in r.head.children if p.dep_ == "prep" and p.lower_ == "by"
                      and p.i == r.right_edge.i + 1 for g in p.children if g.dep_ == "pobj"]  # fmt: skip
        if r.dep_ == "nsubjpass" and r.head.lemma_.lower() in ORGANISE_VERBS:
            heads += [g for ag in r.head.children if ag.dep_ == "agent"
                      for g in ag.children if g.dep_ == "pobj"]  # fmt: skip
        definite = _singular_definite(r)
        for h in heads:
            for a in sa.actors_for(h):
                if (
                    a.sector[:1]
                    and a.sector[0] in ORGANISER_SECTORS
                    and not a.why.startswith("coref:pronoun")
                ):
                    out.append((a, definite))
    return out


CLAIMED_ACT_NOUNS = word_class("claimed_act_nouns")  # data/word_classes.yaml
CLAIMANT_SECTORS = FIGHTER_SECTORS | {"CRM", "TER"}
# verbs that name who did an act told before ("claimed the attack", "carried out the attack")
DOER_VERBS = word_class("act_doer_verbs")  # data/word_classes.yaml
DENIAL_VERBS = word_class("denying_verbs")  # "denied carrying out the attack": no doer


@dataclass
class Claim:
    """A sentence's claims of an attack told before: the groups that claim it and where (the
    character offsets in the article) the claiming verbs are."""

    groups: list[Actor] = field(default_factory=list)
    verbs: set[int] = field(default_factory=set)


def _doer_verb(v) -> str | None:
    """The verb of DOER_VERBS `v` is ("claim", "carry out" with its particle), else None."""
    low = v.lemma_.lower()
    prt = [c.lower_ for c in v.children if c.dep_ == "prt"]
    for w in ([f"{low} {prt[0]}"] if prt else []) + [low]:
        if w in DOER_VERBS:
            return w
    return None


def _denied(v) -> bool:
    """Whether a verb is what someone denies ("denied carrying out the attack")."""
    h = v
    for _ in range(3):
        if h.dep_ not in ("xcomp", "pcomp", "pobj", "ccomp", "prep") or h.head.i == h.i:
            return False
        h = h.head
        if h.lemma_.lower() in DENIAL_VERBS:
            return True
    return False


def attack_claimants(sent, sa) -> Claim:
    """The armed group a sentence says claimed or carried out an attack told before: "JNIM
    claimed responsibility for the attack", "the group, which claimed the ambush", "The
    bombing was claimed by JNIM", "fighters of JNIM carried out the attack", "the attack was
    carried out by a GRU unit" (a state's force too), not one who denies it. Only a definite
    act ("the attack", "Tuesday's ambush") and a claim that is made (not "no group has
    claimed responsibility")."""
    out = Claim()
    for v in sent:
        verb = _doer_verb(v)
        if verb is None or v.pos_ != "VERB" or _negated(v) or _denied(v):
            continue
        acts = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        acts = [g for c in acts if c.lemma_.lower() == "responsibility" for p in c.children
                if p.dep_ == "prep" and p.lower_ == "for" for g in p.children
                if g.dep_ == "pobj"] + acts  # fmt: skip
        acts = [a for a in acts if a.lemma_.lower() in CLAIMED_ACT_NOUNS
                and (_singular_definite(a) or any(c.dep_ == "poss" for c in a.children))]  # fmt: skip
        if not acts:
            continue
        if any(c.dep_ == "nsubjpass" for c in v.children):
            heads = [g for c in v.children if c.dep_ == "agent" for g in c.children
                     if g.dep_ == "pobj"]  # fmt: skip
        else:
            heads = subject_heads(v)
        if any(c.dep_ == "det" and c.lower_ == "no" for h in heads for c in h.children):
            continue
        for h in heads:
            for a in sa.actors_for(h):
                # who "carried out the attack" may be a state's force too ("Russian forces
                # carried out the strike"); who claims it, an armed group
                if a.code and (a.org or set(a.sector) & CLAIMANT_SECTORS
                               or (verb != "claim" and a.country and a.sector)):  # fmt: skip
                    out.groups.append(a)
                    out.verbs.add(sa.offset + v.idx)
                    out.verbs |= {sa.offset + t.idx for t in acts}  # "the attack was carried out"
    return out


def _is_the_public(a: Actor, sent, sa) -> bool:
    """A country named only by its people in the plural ("Chileans", "Kenyans", and any
    the KB lists as its people: "Serbs", "Poles", "Czechs"): the public, not the state."""
    if not a.country or a.sector or a.org or not a.why.startswith("kb:country"):
        return False
    head = _head_token(a, sent, sa)
    return (
        head is not None
        and head.tag_ in ("NNS", "NNPS")
        and (a.why.startswith("kb:country:people") or _demonym_plural(a.text))
    )


def _demonym_plural(text: str) -> bool:
    w = text.rstrip().split()[-1].lower() if text.strip() else ""
    return (
        w.endswith(("ans", "ese", "is", "ians", "ers", "ots", "ks", "ns", "ts")) and w[:1].isalpha()
    )


def _org_root(org: str, kb) -> str:
    above = kb.org_ancestors(org) if hasattr(kb, "org_ancestors") else []
    return above[-1] if above else org


FACILITY_NOUNS = word_class("armed_facility_nouns")  # data/word_classes.yaml
ARM_WORDS = {"army": "MIL", "military": "MIL", "naval": "MIL", "navy": "MIL", "border": "MIL", "troop": "MIL",
             "police": "COP"}  # fmt: skip


def _facility_arm(a: Actor, sent, sa) -> Actor:
    """ "attacked a Somali army base", "shelled a Kyrgyz border post", "ambushed a police
    convoy": the country named before a military or police facility stands for that arm."""
    if not a.country or a.sector or a.org or a.code_override:
        return a
    h = _head_token(a, sent, sa)
    if h is None:
        return a
    for _ in range(2):  # "a Kyrgyz border post": Kyrgyz -> border -> post
        if h.lemma_.lower() in FACILITY_NOUNS or h.dep_ not in ("amod", "compound", "poss", "nmod"):
            break
        h = h.head
    if h.lemma_.lower() not in FACILITY_NOUNS:
        return a
    arms = {
        ARM_WORDS[c.lower_]
        for c in h.children
        if c.dep_ in ("compound", "amod") and c.lower_ in ARM_WORDS
    }
    if len(arms) != 1:
        return a
    b = _copy_actor(a, "text:facility of an arm")
    b.sector = sorted(arms)
    return b


def _state_itself(a) -> bool:
    """The state as a whole or its government ("Ghana", "the Ghanaian government",
    "Accra"), not its people, parties or groups. A people named by its plural ("Serbs",
    "Kurds": kb:country:people) carries the state's bare code but is its people: "Serbs
    protest after the arrests" is a demonstration, "Serbia protests the arrests" a complaint."""
    return (
        bool(a.country)
        and not a.org
        and (
            a.sector == ["GOV"]
            or (
                not a.sector
                and a.why.startswith("kb:country")
                and not a.why.startswith("kb:country:people")
            )
        )
    )


def _as_place_target(a: Actor, role: str = "destination", sector: list[str] | None = None) -> Actor:
    """A visit's destination named by its capital is the country, not its government. A
    capital attacked ("bombers attacked Paris", "rebels shelled Kabul") is the city's people
    (sector ["CVL"]), not the government that sits there."""
    if a.why.startswith("kb:country:capital"):
        sector = list(sector or [])
        return Actor(text=a.text, name=a.text, country=a.country, sector=sector, kb_id=a.kb_id,
                     start=a.start, end=a.end, why=a.why + f" ({role})")  # fmt: skip
    return a


VISIT_PURPOSE_VERBS = word_class("visit_purpose_verbs")  # data/word_classes.yaml


def _met_on_visit(cand: Candidate, sa, sources: list[Actor]) -> list[Actor]:
    """Those a journey's purpose clause says the visitor goes to meet: "will travel to Addis
    Ababa on Friday to brief the African Union" is a visit to the AU, not to Ethiopia whose
    capital is only where they meet (CODING.md: the host is the target). Only a body or
    another state than the visitor's, named as the object of "to meet", "to brief"."""
    home = {a.country for a in sources if a.country}
    for c in cand.trigger.children:
        if c.dep_ not in ("advcl", "xcomp") or c.lemma_.lower() not in VISIT_PURPOSE_VERBS:
            continue
        if not has_to_aux(c):
            continue
        met = [a for o in c.children if o.dep_ == "dobj" for a in sa.actors_for(o)
               if a.org or (a.country and a.country not in home)]  # fmt: skip
        if met:
            return met
    return []


def _rioters(
    cand: Candidate, sources: list[Actor], targets: list[Actor], target_why: str, sent, sa
) -> list[Actor]:
    """The demonstrators among the sources of an attack or damage that hit no one named
    (property, the crowd of the place, or the police they fought alongside)."""
    if cand.type not in ("ASSAULT", "COERCE") or cand.mode == "crowd-control":
        return []
    rioters = [a for a in sources if (h := _head_token(a, sent, sa)) is not None
               and h.lemma_.lower() in CROWD_NOUNS]  # fmt: skip
    if not rioters:
        return []
    mutual = len(rioters) < len(sources) and not targets  # "protesters and police fought"
    unnamed = all(
        # "rioters looted local stores": no target named, the convention's own
        target_why in ("population of the place", "domestic convention") or not (t.country or t.org)
        for t in targets
    )
    return rioters if mutual or (len(rioters) == len(sources) and unnamed) else []


# the state, its officials, forces, firms and armed or criminal groups; not its workers,
# students, media, aid groups or civilians
SANCTIONED_SECTORS = sector_class("sanctionable_sectors")  # data/word_classes.yaml


def _sanction_abroad(typ: str, cameo: str, sources: list[Actor], targets: list[Actor]) -> bool:
    """ "The EU imposed travel bans on six Belarusian officials", "banned Iranian airlines
    from flying to the bloc": an administrative restriction (COERCE 172) that an international
    body, or a state's government, lays on another country's officials, bodies or firms is a
    sanction (SANCTION 163, gold/CODING.md), not the state's coercion of its own people. A
    restriction on another country's civilians or workers (an occupier's curbs on movement,
    a labour market closed to them) stays."""
    if typ != "COERCE" or cameo != "172" or not sources or not targets:
        return False
    for s in sources:
        igo = bool(s.org) and "IGO" in s.sector
        state = bool(s.country) and not s.org and (not s.sector or s.sector == ["GOV"])
        if not (igo or state):
            return False
    homes = {s.country for s in sources if s.country}
    return all(
        (t.country or t.org) and t.country not in homes and set(t.sector) <= SANCTIONED_SECTORS
        for t in targets
    )


def _visa_refusal(cand: Candidate) -> bool:
    """ "refused entry visas to nine rowers", "barred entry to two reporters": people kept out
    by a refusal of visas or entry (coerce.yaml 172)."""
    words = pattern_words(cand)
    return cand.trigger.lemma_.lower() in ("refuse", "deny", "bar") and (
        "visa" in words or "entry" in words
    )
