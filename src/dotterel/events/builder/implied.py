"""Actors the clause does not name but the conventions supply. Doers: the state for an
agentless arrest or sentence, an unidentified armed actor for an unclaimed bomb, the
custodian of a victim, the public where protests spread, the people of a named country.
Targets: the domestic convention (protesters address their government), the country a body
serves, the ruler a protest demands freedom from, the country withdrawn troops leave."""

from __future__ import annotations

import dataclasses

from ...model import Actor
from ...words import sector_class, token_in, word_class
from ..extract.common import Candidate, into_force
from ..extract.subjects import CAUSATIVE_VERBS, gapped_passive, participle_after_noun, shared_agent
from .common import _copy_actor, _country_name, _party_keys
from .vetoes import VEHICLE_NOUNS

MEASURE_MODES = {"curfew", "martial-law"}
STATE_ACTS = {
    "arrest",
    "deport",
    "convict",
    "investigate",
    "release",
    "ban",
    "access",
    # "social media were suspended in Gabon", "two newspapers were shut down in Burundi":
    # censorship told with no agent is the state's where it happens
    "censor",
} | MEASURE_MODES
LEGAL_CHARGE_VERBS = word_class("legal_charge_verbs")


def legal_charge(cand: Candidate) -> bool:
    """A criminal charge ("had been charged with treason", "was indicted"): told with no
    agent, the prosecuting state's act, as an arrest or a sentence is."""
    return cand.type == "ACCUSE" and cand.trigger.lemma_.lower() in LEGAL_CHARGE_VERBS


def legal_act_undergone(cand: Candidate) -> bool:
    """ "The editor faces trial", "two activists face charges of sedition": a legal act told
    from the side of the one it is aimed at (group key `agentless: undergone`); its doer is
    the state, as for an agentless charge."""
    return cand.explain.get("agentless") == "undergone"


# what kills without naming who used it: "a roadside bomb", "a car bomb explosion", "an
# improvised explosive device"; unclaimed weapons give an unidentified armed actor of the
# place, state weapons ("rockets hit", "a missile struck") the attacker told before
UNCLAIMED_WEAPONS = word_class("unclaimed_weapon_nouns")  # data/word_classes.yaml
STATE_WEAPONS = word_class("state_weapon_nouns")


def _weapon_noun(t) -> bool:
    words = {t.lemma_.lower(), t.lower_} | {
        c.lemma_.lower() for c in t.children if c.dep_ == "compound"
    }
    return bool(words & (UNCLAIMED_WEAPONS | STATE_WEAPONS | {"attack"})) and t.pos_ in (
        "NOUN",
        "PROPN",
    )


def _weapon_agent(cand: Candidate):
    """The weapon or attack that did an ASSAULT no one is named for: the subject ("a
    roadside bombing killed"), the agent ("were killed by an explosive device"), the means of
    an agentless passive ("died in a car bomb blast") or the subject of its "when" clause
    ("were killed when a bomb exploded")."""
    for opt in cand.source_heads:
        for t in opt:
            if _weapon_noun(t):
                return _weapon_agent_token(t)
        if opt:
            return None  # a subject that is no weapon: someone the resolver did not know
    v = cand.trigger
    if v.pos_ == "VERB" and _agentless(v):
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "by"):
                for g in c.children:
                    if g.dep_ == "pobj" and _weapon_noun(g):
                        return _weapon_agent_token(g)
            if c.dep_ == "advcl" and any(
                m.dep_ == "advmod" and m.lower_ == "when" for m in c.children
            ):
                # "were killed when a bomb exploded in the market": the weapon is the subject
                # of the "when" clause
                for g in c.children:
                    if (
                        g.dep_ == "nsubj"
                        and _weapon_noun(g)
                        and g.lemma_.lower() in UNCLAIMED_WEAPONS
                    ):
                        return _weapon_agent_token(g)
    return None


def _weapon_agent_token(t):
    if t.lemma_.lower() in UNCLAIMED_WEAPONS | STATE_WEAPONS | {"attack"}:
        if any(c.dep_ == "compound" and c.lemma_.lower() in UNCLAIMED_WEAPONS for c in t.children):
            return next(
                c
                for c in t.children
                if c.dep_ == "compound" and c.lemma_.lower() in UNCLAIMED_WEAPONS
            )
        return t
    return next(
        (
            c
            for c in t.children
            if c.dep_ == "compound" and c.lemma_.lower() in UNCLAIMED_WEAPONS | STATE_WEAPONS
        ),
        t,
    )


def victim_sides(cand: Candidate, sa) -> set[str]:
    """The countries and organisations of those an attack hit: its targets, and for an attack
    noun the subject of the clause it is the means of ("two Russian soldiers were killed in a
    drone strike", "four soldiers died in an artillery attack"). An attack their own side
    made before is not the one that hit them."""
    if sa is None:
        return set()
    heads = list(cand.target_heads)
    t = cand.trigger
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj" and t.head.dep_ == "prep":
        heads += [c for c in t.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return _party_keys([a for h in heads for a in sa.actors_for(h)])


def attack_owner(weapon, sa) -> list[Actor]:
    """Whose attack the weapon or attack noun says ("in a Hezbollah attack", "killed by an
    Israeli air strike", "Russia's missile strike"): the actor of its modifier or possessive."""
    if sa is None:
        return []
    head = weapon.head if weapon.dep_ == "compound" else weapon
    for c in head.children:
        if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < head.i and c.i != weapon.i:
            got = [
                a for a in sa.actors_for(c, conjuncts=False, as_agent=True) if a.country or a.org
            ]
            if got:
                return got
    return []


HOSTAGE_NOUNS = word_class("hostage_nouns")  # data/word_classes.yaml
# "freed from captivity": their captors free them
CAPTIVITY_NOUNS = word_class("captivity_nouns")  # data/word_classes.yaml


def _implied_state_fits(cand: Candidate) -> bool:
    """Whether the state may be supplied as the doer of an agentless arrest, release or
    sentence. Not for an act the text does not say was or will be done ("they should be
    locked up", "whether they should be charged", "might lose their
    passports", "not a single request was granted"): whose act it would be is a guess.
    Not for freed hostages ("a hostage who was eventually set free", "was freed from
    captivity"): their captors free them."""
    if cand.modality not in ("asserted", "planned"):
        return False
    if cand.mode == "release" and any(
        t.lemma_.lower() in CAPTIVITY_NOUNS for t in cand.trigger_tokens
    ):
        return False
    if cand.mode == "release":
        heads = [cand.trigger.head] if cand.trigger.dep_ in ("relcl", "acl") else []
        heads += list(cand.target_heads)
        heads += [g for t in heads for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]  # fmt: skip  # "one of the hostages"
        if any(t.lower_ in HOSTAGE_NOUNS or t.lemma_.lower() in HOSTAGE_NOUNS for t in heads):
            return False
    return True


PRISON_NOUNS = word_class("prison_nouns")  # data/word_classes.yaml


def _national_target(cand: Candidate, sa, country: str) -> bool:
    """Whether one acted on is, by the text itself, of `country` ("opposition leader X was
    jailed", X a politician of that country; "two Georgian activists were detained"): a state
    acts on its own people, so a careful reader takes an agentless arrest or sentence in a
    story about that country for its state's; a country only guessed for them says nothing."""
    if sa is None:
        return False
    return any(a.country == country and not a.org and not a.country_guessed
               for h in cand.target_heads for a in sa.actors_for(h))  # fmt: skip


def _prison_state(cand: Candidate, sa) -> str | None:
    """The state whose prison the sentence names ("sentenced and sent to a Moroccan
    prison", "held in an Iranian prison"): the one country of a prison noun's modifier."""
    if sa is None:
        return None
    got = {a.country for t in cand.trigger.sent if t.lemma_.lower() in PRISON_NOUNS and t.dep_ == "pobj"
           for c in t.children if c.dep_ in ("amod", "compound", "nmod")
           for a in sa.actors_for(c, conjuncts=False, as_agent=True) if a.country and not a.org}  # fmt: skip
    return next(iter(got)) if len(got) == 1 else None


def _phrase_place(cand: Candidate, sa) -> str | None:
    """The country the act's own place phrase names when grounding placed it nowhere
    ("had been arrested in the state" after a town of Mexico: the state is Mexico)."""
    if sa is None:
        return None
    for c in cand.trigger.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at", "inside", "across"):
            for g in c.children:
                if g.dep_ == "pobj":
                    got = [a for a in sa.actors_for(g) if a.country and not a.org and not a.sector]
                    if got:
                        return got[0].country
    return None


def _causer(cand: Candidate, sa) -> list[Actor]:
    """Who had the act done ("the president had the opposition leader arrested"): the
    subject of the causative verb whose object the participle describes."""
    t = cand.trigger
    if sa is None or t.tag_ != "VBN" or t.dep_ != "acl" or t.head.dep_ != "dobj":
        return []
    v = t.head.head
    if v.lemma_.lower() not in CAUSATIVE_VERBS:
        return []
    return [a for c in v.children if c.dep_ == "nsubj" for a in sa.actors_for(c)
            if a.country or a.org][:1]  # fmt: skip


RELEASE_VERBS = word_class("release_verbs")  # data/word_classes.yaml
POLICING_WORDS = word_class("policing_context_words")


def _releaser(cand: Candidate, sa):
    """The state that releases people told detained with no agent, in the relative clause
    or participle of the released ("Tajikistan will release 12 shepherds who were detained in
    March", "set free three herders held at the line"): a state actor, the one that held
    them."""
    t = cand.trigger
    if sa is None or t.dep_ not in ("relcl", "acl") or t.head.dep_ != "dobj":
        return None
    v = t.head.head
    if v.lemma_.lower() not in RELEASE_VERBS:
        return None
    for c in v.children:
        if c.dep_ == "nsubj":
            got = [a for a in sa.actors_for(c) if a.country and not a.org
                   and (not a.sector or set(a.sector) & {"GOV", "COP", "MIL", "JUD"})]  # fmt: skip
            return got[0] if got else None
    return None


def _policing_told(t, before: bool = False) -> bool:
    """The sentence of an agentless arrest tells of a protest, a scuffle or the police
    ("dozens of students were held during the protests", "clashed with police ... six people
    were detained"): the police made it (word class policing_context_words). With `before`,
    the sentence before it in the paragraph counts too ("police fired tear gas at the
    crowd. Seven people were arrested")."""
    sents = [t.sent]
    if before and t.sent.start > 0:
        sents.append(t.doc[t.sent.start - 1].sent)
    return any(
        x.pos_ in ("NOUN", "VERB") and token_in(x, POLICING_WORDS) for s in sents for x in s
    )  # (a noun or verb: "in March" is no march)


def _comes_into_force(cand: Candidate) -> bool:
    """ "A curfew took effect in Bamako", "the state of emergency came into force at midnight":
    a curfew or emergency rule told starting to apply, with no one named who imposed it."""
    t = cand.trigger
    if cand.mode not in MEASURE_MODES or t.pos_ != "NOUN":
        return False
    if t.dep_ == "nsubj":
        v = t.head
    elif t.dep_ in ("pobj", "compound") and t.head.dep_ == "nsubj":
        v = t.head.head  # "the state of emergency came into force"
    else:
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in t.children):
        return False
    return into_force(v)


UNDER_WAY_WORDS = word_class("under_way_words")  # data/word_classes.yaml
UNDER_WAY_VERBS = word_class("under_way_verbs")
STATE_COPULAS = word_class("state_copulas")


def _told_under_way(cand: Candidate) -> bool:
    """ "Prosecutors said an investigation was under way", "police said the cause remains
    under investigation", "the inquiry is ongoing": an investigation told going on with no
    investigator named, as a passive with no agent tells an arrest ("was launched")."""
    t = cand.trigger
    if cand.mode != "investigate" or t.pos_ != "NOUN":
        return False
    if any(
        c.dep_ in ("poss", "compound", "amod") and c.pos_ in ("PROPN", "PRON") for c in t.children
    ):
        return False  # "Germany's investigation is ongoing": its doer is named
    v = t.head
    if t.dep_ == "pobj" and v.lower_ == "under" and v.head.pos_ in ("VERB", "AUX"):
        return v.head.lemma_.lower() in STATE_COPULAS  # "remains under investigation"
    if t.dep_ != "nsubj" or v.pos_ not in ("VERB", "AUX"):
        return False
    if v.lemma_.lower() in UNDER_WAY_VERBS:
        return True
    state = [c for c in v.children if c.dep_ in ("acomp", "advmod")]
    state += [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("under", "in")
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return v.lemma_.lower() in STATE_COPULAS and any(c.lower_ in UNDER_WAY_WORDS for c in state)


def _agentless(v) -> bool:
    """A passive with no "by" phrase: "were arrested", "was sentenced", "people detained"."""
    if v.pos_ != "VERB":
        return False
    if gapped_passive(v):
        return True
    if any(c.dep_ == "agent" for c in v.children) or shared_agent(v) is not None:
        return False
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children) or participle_after_noun(v)


CAUSING = word_class("protest_causing_verbs")  # data/word_classes.yaml
DISPERSED = word_class("protest_dispersing_verbs")  # data/word_classes.yaml


def _protests_happened(t) -> bool:
    """A protest noun that spread or broke out, was set off ("sparked protests", "prompting
    weeks of protests") or dispersed ("protests ... were broken up by police"): it happened."""
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
        t = t.head.head  # "weeks of protests", "a wave of demonstrations"
    head = t.head.lemma_.lower()
    if t.dep_ == "nsubj" and head in SPREADING:
        return True
    if t.dep_ == "nsubjpass" and (head in SPREADING or head in DISPERSED):
        return not any(c.dep_ == "aux" for c in t.head.children)  # "will be banned": not yet
    return t.dep_ == "dobj" and head in CAUSING and t.head.tag_ in ("VBD", "VBG", "VBN")


SPREADING = word_class("protest_spreading_verbs")  # data/word_classes.yaml
PUBLIC_WORDS = word_class("public_words")  # data/word_classes.yaml
PEOPLE_OF_HEADS = word_class("people_of_heads")
AIRCRAFT = word_class("aircraft_nouns")  # data/word_classes.yaml


def _people_of(tok, sa) -> list[Actor]:
    """ "Thousands of Iraqi Kurds", "hundreds of Serb nationalists": people of a named
    country, coded as its civilians, when the phrase names nothing the knowledge base knows."""
    low = tok.lemma_.lower()
    # a state's aircraft count in the singular too: "aircraft" is tagged NN however many
    # ("Israeli aircraft carried out an air strike"), and "a Saudi jet bombed" is its forces
    if not (low in PEOPLE_OF_HEADS or low in AIRCRAFT or tok.tag_ in ("NNS", "NNPS")):
        return []
    if low in VEHICLE_NOUNS:
        if low not in AIRCRAFT:
            return []  # "Turkish trucks": vehicles, not the Turkish people
        # "air strikes by Saudi planes": a state's aircraft doing something are its armed
        # forces, not its people
        noun, sector, why = "aircraft", "MIL", "aircraft of a named country"
    else:
        noun, sector, why = "people", "CVL", "people of a named country"
    heads = [tok]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            heads.extend(g for g in c.children if g.dep_ == "pobj")
    for h in heads:
        for c in h.children:
            if c.dep_ in ("amod", "compound", "nmod") and (
                c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN"
            ):
                got = [
                    a
                    for a in sa.actors_for(c, conjuncts=False, as_agent=True)
                    if a.country and not a.org
                ]
                if got:
                    a = got[0]
                    return [Actor(text=h.text, name=f"{a.name} {noun}", country=a.country, sector=[sector],
                                  start=h.idx + sa.offset, end=h.idx + len(h) + sa.offset, why=why)]  # fmt: skip
    return []


def _custodian(clause, sa) -> list[Actor]:
    """Who held the victim of a nominal ASSAULT told without a doer, from "in X custody" or
    "in the custody of X" in the clause ("died of torture in Israeli police custody")."""
    if sa is None:
        return []
    for t in clause.subtree:
        if (
            t.lemma_.lower() != "custody"
            or t.dep_ != "pobj"
            or t.head.lower_ not in ("in", "under")
        ):
            continue
        kids = [c for c in t.children if c.dep_ in ("compound", "poss", "nmod")]
        kids += [
            g
            for c in t.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        mods = [
            a
            for c in t.children
            if c.dep_ == "amod"
            for a in sa.actors_for(c, as_agent=True)
            if a.country
        ]
        for k in kids:
            got = [a for a in sa.actors_for(k, as_agent=True) if a.country or a.org or a.sector]
            if got:
                if mods and not got[0].country:
                    got = [
                        dataclasses.replace(a, country=mods[0].country, code_override=None)
                        for a in got
                    ]
                return [_copy_actor(a, "custodian") for a in got]
        if mods:
            return [_copy_actor(a, "custodian") for a in mods]
    return []


def _served_country(cand: Candidate, sa) -> list[Actor]:
    """The country named as where the target phrase's body works ("the force in Lebanon")."""
    for h in cand.target_heads:
        for t in h.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "for", "to"):
                got = [a for a in sa.actors_for(t) if a.country and not a.org]
                if got:
                    return [_copy_actor(a, "country the body serves") for a in got]
    return []


SELF_RULE_NOUNS = word_class("self_rule_nouns")  # data/word_classes.yaml


def _ruler_in_demand(cand: Candidate, sa) -> list[Actor]:
    """A protest that names no target but demands independence or autonomy from someone
    ("rioted ... demanding a vote on independence from French rule", "marched for
    autonomy from Beijing"): the protest is aimed at that ruler."""
    if sa is None:
        return []
    for t in cand.trigger.subtree:
        if t.lemma_.lower() not in SELF_RULE_NOUNS:
            continue
        got = _prep_object_actors(t, ("from",), sa, lambda a: bool(a.country or a.org))
        if got:
            return [_copy_actor(a, "ruler in the protest's demand") for a in got]
    return []


def _prep_object_actors(tok, preps: tuple[str, ...], sa, keep) -> list[Actor]:
    """The actors `keep` accepts that the object of one of `tok`'s prepositions `preps` names,
    itself or through a modifier ("from French rule", "against the Turkish strike"): the
    first object or modifier that names any."""
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ not in preps:
            continue
        for o in p.children:
            if o.dep_ != "pobj":
                continue
            for h in [o] + [
                m for m in o.children if m.dep_ in ("amod", "compound", "nmod", "poss")
            ]:
                got = [a for a in sa.actors_for(h, as_agent=True) if keep(a)]
                if got:
                    return got
    return []


CASUALTY_VERBS = word_class("casualty_verbs")  # data/word_classes.yaml


def casualties(cand: Candidate, sa, sources: list[Actor]) -> list[Actor]:
    """Those an attack killed or wounded, told in a clause hung on it ("carried out a drone
    strike near Qamishli on Tuesday that killed two SDF commanders", "struck a village west of
    the town, killing four civilians"), other than the attackers; [] when none is named."""
    if sa is None:
        return []
    t = cand.trigger
    verb = t if t.pos_ in ("VERB", "AUX") else (t.head if t.dep_ == "dobj" else None)
    clauses = [c for c in t.children if c.dep_ == "relcl"]
    if verb is not None:
        clauses += [c for c in verb.children if c.dep_ in ("advcl", "ccomp", "relcl") and c.i > t.i]
        if verb.dep_ == "ccomp":
            # "the group said drones had struck a village, killing four civilians": the parser
            # hangs the participle on the verb of saying
            clauses += [c for c in verb.head.children if c.dep_ == "advcl" and c.i > t.i]
    own = {a.key() for a in sources}
    for v in clauses:
        if not token_in(v, CASUALTY_VERBS):
            continue
        for o in v.children:
            if o.dep_ != "dobj":
                continue
            got = [
                a
                for a in sa.actors_for(o)
                if (a.country or a.org or a.sector) and a.key() not in own
            ]
            if got:
                return [_copy_actor(a, "those the attack killed") for a in got]
    return []


PROTEST_PURPOSE_VERBS = word_class("protest_purpose_verbs")  # data/word_classes.yaml


def _protested_in_purpose(cand: Candidate, sa, sources: list[Actor]) -> list[Actor]:
    """A march or rally whose own words name only a place but whose purpose clause says what
    it is against ("marched through Qamishli to protest against the Turkish strike", "rallied
    in Athens to protest over Turkey's incursion"): the one that did it, named by the thing's
    nationality or owner or by the thing itself, other than the protesters."""
    if sa is None:
        return []
    own = {a.key() for a in sources}
    for v in cand.trigger.children:
        if v.dep_ not in ("advcl", "xcomp") or not token_in(v, PROTEST_PURPOSE_VERBS):
            continue
        got = _prep_object_actors(v, ("against", "over"), sa,
                                  lambda a: bool(a.country or a.org) and a.key() not in own)  # fmt: skip
        if got:
            return [_copy_actor(a, "what the protest is against") for a in got]
    return []


def _country_left(cand: Candidate, sa, own: str | None) -> str | None:
    """The country named in the withdrawn troops' own phrase ("the troops it sent to South
    Sudan", "its forces in Mali"), other than the withdrawing state's."""
    if sa is None:
        return None
    for t in cand.trigger_tokens:
        for x in t.subtree:
            if (
                x.i in sa.match_at
                and x.dep_ == "pobj"
                and x.head.lower_ in ("to", "in", "into", "from")
            ):
                ent = sa.match_at[x.i].term.entity
                if ent.kind == "country" and ent.country and ent.country != own:
                    return ent.country
    return None


DOMESTIC_DEFAULT = {"PROTEST": "GOV", "COERCE": "CVL", "CONCEDE": "CVL"}
DISSENTING_SECTORS = sector_class("dissenting_sectors")  # data/word_classes.yaml
VESSEL_NOUNS = word_class("vessel_nouns")  # data/word_classes.yaml
LATELY = 3  # sentences before the event's in which a country named keeps the story there


def _country_named_lately(cand: Candidate, sa, country: str | None) -> bool:
    """Whether anything of the country (its name, people, capital, leaders, bodies) is named
    in the event's sentence or the LATELY sentences before it (in its paragraph, or in the
    paragraph before when the event's is just beginning)."""
    if sa is None or country is None:
        return True
    sent = cand.trigger.sent
    before = [s for s in sent.doc.sents if s.start < sent.start][-LATELY:]
    lo = before[0].start if before else sent.start
    if any(lo <= m.start < sent.end and m.term.entity.country == country for m in sa.matches):
        return True
    if len(before) < LATELY:
        paragraphs = getattr(getattr(sa, "memory", None), "paragraphs", [])
        prev = paragraphs[-2] if len(paragraphs) > 1 and paragraphs[-1] is sa else None
        if prev is not None and any(m.term.entity.country == country for m in prev.matches):
            return True
    return False


def _domestic_target(
    cand: Candidate, sources: list[Actor], location, sa=None, typ: str | None = None
) -> list[Actor]:
    """A domestic event that names no target is aimed at the country's own people or
    government: protesters at the government, a curfew or a concession at the population
    (the convention of the PLOVER gold standard and of gold/CODING.md)."""
    sector = DOMESTIC_DEFAULT.get(typ or cand.type)
    if cand.type == "ASSAULT" and (
        cand.mode == "crowd-control" or cand.cameo == "175" or "COP" in sources[0].sector
        if sources
        else False
    ):
        # "police used tear gas", "officers fired live rounds": on the crowd; violent
        # repression ("the army launched a crackdown") is of the population
        sector = "CVL"
    if sector is None and cand.type == "THREATEN":
        # "will extend the curfew", "is prepared to declare martial law": aimed like the act
        sector = {"COERCE": "CVL"}.get(cand.explain.get("inner_type", ""))
    if (
        sector is None
        and (cand.type == "REQUEST" or cand.type == "ACCUSE" and cand.cameo == "115")
        and sources
        and sources[0].sector[:1] == ["OPP"]
    ):
        # "Opposition leader X demanded an independent inquiry": of her own government; "asked
        # the Constitutional Court to annul the results": a case brought against it
        sector = "GOV"
    if cand.type == "CONCEDE" and sources and set(sources[0].sector) & DISSENTING_SECTORS:
        # "the union called off the strike", "its members would return to work", "the
        # opposition ended its boycott": those who dissent yield to their own government, as
        # their protest was aimed at it (a government's concession is the public's)
        sector = "GOV"
    coup = cand.type == "COERCE" and any(
        t.lemma_.lower() in ("power", "coup") for t in cand.trigger_tokens
    )
    if coup:
        # "the army seized power", "took power in a coup": the government overthrown
        sector = "GOV"
    if sector is None or not sources:
        return []
    if (
        cand.type == "COERCE"
        and cand.mode == "seize"
        and any(
            token_in(t, VESSEL_NOUNS)
            for t in [*cand.trigger_tokens, *(x for h in cand.target_heads for x in h.subtree)]
        )
    ):
        # "the coast guard boarded a trawler": a ship taken, not the country's people; the
        # object is the vessel ("a navy ship seized five fishermen" took people)
        return []
    if cand.type == "COERCE" and cand.mode == "cyber":
        # a cyber attack told in the passive with a military unit as its agent: hacking that names no target is
        # no repression of the hackers' own people (the one hit is told elsewhere, if at all)
        return []
    if cand.type == "CONCEDE" and cand.explain.get("pattern", "").startswith("retreat.0872"):
        return []  # "a troop withdrawal promised by the president": from abroad, not a concession at home
    src = sources[0]
    if src.org and not src.country:
        return []
    country = (location.country if location else None) or src.country
    if (
        location is not None
        and location.basis == "story"
        and src.country
        and src.country != location.country
        and not _country_named_lately(cand, sa, location.country)
    ):
        # "The White House may back down on its demands" in a live blog that told of Syria
        # twenty sentences before: no phrase places the act, and the story has moved on from
        # the country it is mostly set in, so it is aimed at the doer's own people
        country = src.country
    if cand.type == "CONCEDE" and cand.explain.get("inner_type") == "REQUEST" and src.country:
        # "the rebels renounced their demands for a separate state": yielding to those the
        # demands were made of, the doer's own state, wherever the story is told
        country = src.country
    if (cand.type == "REQUEST" or coup) and src.country:
        # "the opposition leader called for an inquiry into the attack in Douma": a demand
        # of his own government, wherever the thing demanded happened; "Niger's junta, which
        # seized power in 2023" in a story told from Benin overthrew its own government
        country = src.country
    if country is None:
        return []
    if sector == "GOV" and sector in src.sector and country == src.country:
        return []
    name = _country_name(sa, country)
    return [Actor(text=name, name=f"{name} ({sector}, implied)", country=country, sector=[sector],
                  start=-1, end=-1, why=f"domestic convention:{typ or cand.type}")]  # fmt: skip
