"""The build step itself: `EventBuilder.build` turns one candidate into a contract `Event`.

It finds the doers (the clause's subject, else the doers the words imply), the targets
(`targets.py`) and the countries of unnamed actors (`countries.py`), applies the coding
conventions and vetoes, and attaches date, place, confidence and the explanation of how the
event was found. Headlines without a verb are topics, not reports.

`build` is a list of named steps, in an order that matters; the state they hand on (the
doers, targets, code, place and modality found so far) is a `_Draft`."""

from __future__ import annotations

import dataclasses
from typing import Any

from ... import ground
from ...actors.resolve.sentence import SentenceActors
from ...clause_bounds import headline_verb
from ...doccache import doc_text
from ...ground.clauses import SPEECH_LEMMAS, clause_verb
from ...model import Actor, Article, Event, Mention
from ...nlp import noun_lemma
from ...syntax import (
    condition_subjects,
    has_to_aux,
    included_members,
    nearest_verb,
    prep_objects,
)
from ...words import sector_class, token_in, word_class
from ..extract.common import Candidate, _negated, own_followers, truce_makers
from ..extract.nonevents import accused_of_act, until_condition
from ..extract.sequels import SAME_ACT
from ..extract.subjects import subject_heads
from ..extract.targets import referent_lemma, referent_types
from ..lexicon import Lexicon
from ..ontology import SPEECH_ACT_TYPES, cameo_table, quad_class
from .article import _apart, _compatible, _overlap
from .common import (
    GUESSED_TARGETS,
    RECIPROCAL,
    _copy_actor,
    _country_name,
    _first_country,
    _head_token,
    _is_person,
    _party_keys,
    _place_only,
    _private_person,
    _singular_definite,
    _speaker_actors,
)
from .conventions import (
    EXERCISE_WORDS,
    _armed_act,
    _as_military,
    _as_place_target,
    _facility_arm,
    _is_the_public,
    _led_crowd,
    _met_on_visit,
    _org_root,
    _rioters,
    _sanction_abroad,
    _state_itself,
    _visa_refusal,
)
from .counterparty import counterparty, leaves_counterparty_unnamed, pair_counterparty
from .countries import (
    DOMESTIC_SECTORS,
    STATE_SECTORS,
    ActorCountries,
    _doers_seat,
    _venue_abroad,
    _weapon_actor,
    _weapon_doer,
    counterpart_countries,
)
from .heldplaces import holder_of_place
from .implied import (
    MEASURE_MODES,
    PUBLIC_WORDS,
    RELEASE_VERBS,
    STATE_ACTS,
    STATE_WEAPONS,
    UNCLAIMED_WEAPONS,
    _agentless,
    _causer,
    _comes_into_force,
    _country_left,
    _custodian,
    _domestic_target,
    _implied_state_fits,
    _national_target,
    _people_of,
    _phrase_place,
    _policing_told,
    _prison_state,
    _protested_in_purpose,
    _protests_happened,
    _releaser,
    _ruler_in_demand,
    _served_country,
    _told_under_way,
    _weapon_agent,
    attack_owner,
    casualties,
    legal_act_undergone,
    legal_charge,
    victim_sides,
)
from .mutual import reciprocal_object
from .parties import ONE_SIDE_SECTORS, _party_anaphora, _sentence_pair, main_pair, partner_doers
from .referents import (
    _accused_alongside,
    _antecedent_event,
    _definite,
    _definite_from_events,
    _holder_of,
    _latest_hostile_by,
    _latest_hostile_to,
    _main_aggressor,
    _military_told_before,
    _parties_of_violence,
    _protesters_told,
    _referent_sources,
    _words,
    accused_denier,
    possessive_patient,
    referring_participle,
)
from .score import confidence, confidence_features
from .sequels import aim_as_antecedent, antecedent, as_antecedent
from .targets import TargetFinder, _reduced_passive_subject
from .vetoes import (
    ABSTRACT_NOUNS,
    ARMED_SECTORS,
    FIGHTER_SECTORS,
    OPINION_BACKING,
    PERSON_NOUNS,
    POLITICAL_SECTORS,
    PRIVATE_SECTORS,
    STRONG_VISIT,
    VEHICLE_NOUNS,
    VOTED_TEXTS,
    _courtesy_call,
    _fire_in_drills,
    _foretold_of_another,
    _own_opinion,
    _political_visitor,
    _vehicle_trip,
    _visitors,
    cameo_is_mediation,
    chamber_alone,
    no_body_meeting,
    typ_is_meeting,
)

# bodies whose leaving a country ends their work there, not a retreat of forces (an
# international body may be an alliance whose forces leave: "NATO withdrew from Afghanistan")
UNARMED_BODY_SECTORS = sector_class("unarmed_body_sectors")  # data/word_classes.yaml
SOCIETY_SECTORS = sector_class("society_sectors")  # data/word_classes.yaml
# events made by saying (a promise, threat, demand): made when said, whatever day they name
SAID_TYPES = SPEECH_ACT_TYPES - {"SUPPORT"}  # backing is not made by saying it alone
FORCE_WORDS = word_class("mobilized_force_nouns")  # data/word_classes.yaml
# "accusing them of ...": the pronoun an accusation after the same doers' act aims at
ACCUSED_PRONOUNS = word_class("accused_pronouns")  # data/word_classes.yaml
DEFENCE_COUNSEL_NOUNS = word_class("defence_counsel_nouns")  # data/word_classes.yaml
DEFENDED_PARTY_WORDS = word_class("defended_party_words")  # "their lawyer"
SENDING_VERBS = word_class("sending_verbs")  # data/word_classes.yaml
PROTEST_FILING = word_class("protest_filing_verbs")  # data/word_classes.yaml
RELOCATING_VERBS = word_class("relocating_verbs")  # sending verbs and "move"
ARRIVING_VERBS = word_class("arriving_verbs")  # data/word_classes.yaml
HELPING_PURPOSE_VERBS = word_class("helping_purpose_verbs")  # data/word_classes.yaml
SECURING_PURPOSE_VERBS = word_class("securing_purpose_verbs")  # data/word_classes.yaml
FORCE_JOINING_VERBS = word_class("force_joining_verbs")  # data/word_classes.yaml
REQUEST_NOUNS = word_class("sent_at_request_nouns")  # data/word_classes.yaml
# wrappers (data/lexicon/wrappers.yaml ids) of an offer ("offered to", "agreed to"), made to
# the state the forces would go to: aid promised to it (_police_sent_abroad); a pledge or vow
# to send troops is a planned deployment (tests/lexicon/test_lexicon.py)
OFFERING_WRAPPERS = {"intent"}
TRIP_TALK_NOUNS = word_class("talk_nouns")  # data/word_classes.yaml
ASKED_FOR_FORCES_VERBS = word_class("asked_for_forces_verbs")  # data/word_classes.yaml
ASKED_HELP_NOUNS = word_class("help_nouns")  # data/word_classes.yaml
PEACE_FORCE_NOUNS = word_class("peace_force_nouns")  # data/word_classes.yaml
MULTINATIONAL_FORCE_MODIFIERS = word_class("multinational_force_modifiers")
FUTURE_WHY = ("modal 'will'", "modal 'would'", "modal ''ll'", "modal 'shall'", "'would' in")
# what a state does to its own opposition or rebels (their country is the state's)
STATE_ON_OWN_TYPES = {"COERCE", "RETREAT", "CONCEDE", "ASSAULT", "REJECT", "ACCUSE", "THREATEN"}


SECTOR_WORDS = {"military": "MIL", "army": "MIL", "naval": "MIL", "navy": "MIL", "police": "COP",
                "government": "GOV", "rebel": "REB", "insurgent": "REB"}  # fmt: skip


# nouns whose "of" phrase names the actor when they name none themselves ("the head of the
# army", "the chairman of the AU Commission", "the leadership of the party")
HEAD_OF_NOUNS = word_class("head_of_nouns")  # data/word_classes.yaml
RELATIONAL_NOUNS = word_class("relational_nouns")  # data/word_classes.yaml
# "her father accused ...", "his wife was detained": the relative, not the one named by the
# possessive (data/word_classes.yaml)
KIN_NOUNS = word_class("kin_nouns")


def _head_of_parts(t) -> list:
    """The noun and, for a hyphenated one, its last part, when it is one whose "of" phrase
    names whom it acts for (HEAD_OF_NOUNS), else []: the tokenizer splits "secretary-general"
    into "secretary", "-", "general", and the parse may hang the "of" on "general"."""
    low = t.lemma_.lower()
    if low in HEAD_OF_NOUNS:
        return [t]
    nxt = t.doc[t.i + 1 : t.i + 3]
    if len(nxt) == 2 and nxt[0].text == "-" and nxt[1].head == t:
        if f"{low}-{nxt[1].lower_}" in HEAD_OF_NOUNS:
            return [t, nxt[1]]
    return []


def _multinational_force(h, sa: SentenceActors) -> bool:
    """ "the AU force", "a UN mission", "a multinational force": a force of several states,
    which troops sent to it serve as peacekeepers; not a state's own ("its military operation",
    "the Russian force"): a force noun with no possessive whose modifier is a multinational
    word or an international body."""
    if h.lemma_.lower() not in PEACE_FORCE_NOUNS or any(c.dep_ == "poss" for c in h.children):
        return False
    return any(
        m.lower_ in MULTINATIONAL_FORCE_MODIFIERS
        or (m.pos_ == "PROPN" and any(a.org and not a.country for a in sa.actors_for(m)))
        for m in h.children
        if m.dep_ in ("compound", "amod", "nmod") and m.i < h.i
    )


def _keeping_order(c) -> bool:
    """A purpose clause of keeping order or joining a force: "to secure the capital", "to help
    secure the airport" (a helping verb over one), "to join the mission" (a force noun as the
    object of a verb of joining)."""
    verbs = [c, *(x for x in c.children if x.dep_ in ("xcomp", "ccomp"))]
    return any(
        v.lemma_.lower() in SECURING_PURPOSE_VERBS
        or (
            v.lemma_.lower() in FORCE_JOINING_VERBS
            and any(o.dep_ == "dobj" and o.lemma_.lower() in PEACE_FORCE_NOUNS for o in v.children)
        )
        for v in verbs
    )


def _kin_only(t) -> bool:
    """A relative and nothing more: "her father" (not "his son and deputy", who holds a post
    for him)."""
    return t.lemma_.lower() in KIN_NOUNS and not any(c.dep_ == "conj" for c in t.children)


SHELTER_BUILDINGS = word_class("shelter_buildings")  # data/word_classes.yaml
PLACE_PREPS = word_class("event_place_preps")
# "its", "their" ...: a possessive that may be the doer's own (data/word_classes.yaml)
OWN_POSSESSIVES = word_class("own_possessives")
ENVOY_NOUNS = word_class("envoy_nouns")  # "its ambassador" recalled is no target
OWN_PRONOUNS = {
    "their",
    "its",
    "his",
    "her",
    "they",
    "it",
    "he",
    "she",
    "them",
    "him",
    "itself",
    "themselves",
}


# documents that speak for whoever adopted them, and the verbs that adopt or issue one
ADOPTED_DOCUMENT_NOUNS = word_class("adopted_document_nouns")  # data/word_classes.yaml
ADOPTING_VERBS = word_class("document_adopting_verbs")  # data/word_classes.yaml


def _defence_counsel(a: Actor) -> bool:
    """ "their lawyer", "his defence lawyers": counsel of the people held, not an arm of the
    state (CAMEO codes lawyers JUD)."""
    words = a.text.lower().split()
    return (
        bool(words)
        and words[-1] in DEFENCE_COUNSEL_NOUNS
        and not DEFENDED_PARTY_WORDS.isdisjoint(words)
    )


# those a dispute's parties complain to, not against ("lodged a protest with the EU-led
# mediators"); data/word_classes.yaml
MEDIATOR_NOUNS = word_class("mediator_nouns")


@dataclasses.dataclass
class _Draft:
    """One candidate on its way to an event: what it was read from, and the doers, targets,
    type, place and time the steps of `EventBuilder.build` have found for it so far (each
    step reads what the steps before it left here and may change it)."""

    art: Article
    cand: Candidate
    sa: SentenceActors
    sent: Any
    sent_index: int
    para_start: int
    exprs: Any
    article_countries: set[str]
    earlier: list[Event]
    headline: bool
    sources: list[Actor] = dataclasses.field(default_factory=list)
    source_why: str = ""
    modality: str = ""
    inherited: Event | None = None  # the event told before that this one refers back to
    location: Any = None
    targets: list[Actor] = dataclasses.field(default_factory=list)
    target_why: str = ""
    typ: str = ""
    cameo: str = ""
    mode: str | None = None


TOLL_CAMEOS = ("18", "19", "20")
# a truce or a halt to fighting made, agreed or declared: its parties fought before it
TRUCE_CAMEOS = ("035", "080", "081", "087")
FIGHTING_NOUNS = word_class("fighting_nouns")  # data/word_classes.yaml


def _time_adjunct_verb(n):
    """The verb whose act a fighting noun is told as the time of: "seized the town after two
    days of fighting", "agreed to a ceasefire after a week of clashes" (through "of" and a
    time unit, then after/following/amid/during)."""
    t = n
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
        t = t.head.head  # "two days of fighting": the days
    if not (t.dep_ == "pobj" and t.head.lower_ in ("after", "following", "amid", "during")):
        return None
    return nearest_verb(t.head.head)


def _toll_of_attack_told(cand: Candidate, weapon) -> bool:
    """ "were killed in the attack", "died in the bombing": an agentless passive (or a death)
    whose means is a definite attack noun, which points back to the attack told before."""
    v = cand.trigger
    return (
        cand.cameo.startswith(TOLL_CAMEOS)
        and not cand.nominal
        and weapon.head.dep_ == "prep"
        and weapon.head.head == v
        and _singular_definite(weapon)
    )


SEAT_TAKING = word_class("seat_taking_words")  # data/word_classes.yaml


CYBER_WORDS = word_class("cyber_words")  # data/word_classes.yaml
CYBER_BACK = 2  # how many sentences back "the attack" may point to a cyber attack


def _cyber_attack_told(cand: Candidate, earlier: list[Event], sent_index: int) -> None:
    """ "hackers launched a cyber attack on the parliament ... the attack by Russia-linked
    hackers", "its websites had been hit by a cyber attack": an attack that is a cyber attack,
    told before or named as the means, is coercion (COERCE 170 cyber), not an armed assault.
    "The attack" points to the last attack told in the two sentences before; when no event
    was coded for it, to a cyber attack named there with no armed attack after it."""
    t = cand.trigger
    if cand.type != "ASSAULT" or cand.wrapped:
        return
    cyber = False
    if t.pos_ == "VERB":
        # "were hit by a cyber attack", "a cyberattack hit the banks": the means names it
        means = prep_objects(t, "agent")
        means += [c for c in t.children if c.dep_ == "nsubj"]
        cyber = any(w.lower_ in CYBER_WORDS for m in means for w in m.subtree)
    elif (
        t.lemma_.lower() == "attack"
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)
        and not any(c.dep_ in ("amod", "compound", "nmod") for c in t.children)
    ):
        told = [ev for ev in earlier if 0 <= sent_index - ev.sentence_index <= CYBER_BACK
                and (ev.type == "ASSAULT" or ev.mode == "cyber")]  # fmt: skip
        if told:
            cyber = told[-1].mode == "cyber"
        else:
            doc = t.doc
            first = max(t.sent.start - 1, 0)
            sents = [s for s in doc.sents if s.end <= t.i + 1 and s.start <= first]
            start = sents[-CYBER_BACK - 1].start if len(sents) > CYBER_BACK else 0
            window = doc[start : t.i]
            cyber = any(w.lower_ in CYBER_WORDS for w in window)
    if cyber:
        cand.explain["recoded"] = f"the attack is a cyber attack (was {cand.type} {cand.cameo})"
        cand.type, cand.cameo, cand.mode = "COERCE", "170", "cyber"


class EventBuilder(TargetFinder, ActorCountries):
    """Turns the candidates of one article into events, in reading order."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def build(self, art: Article, cand: Candidate, sa: SentenceActors, sent, sent_index: int,
               para_start: int, exprs, article_countries: set[str],
               earlier: list[Event]) -> Event | None:  # fmt: skip
        """The steps from candidate to event, in an order that matters: doers first (a
        candidate with none is dropped), then their countries, the targets, the conventions
        and vetoes that need both sides, recodings, the date, and the event itself."""
        headline = _is_headline(sent, para_start, art)
        if headline and _verbless(sent):
            return None  # "EU sanctions on Iran over drone sales": a topic, not a report
        _cyber_attack_told(cand, earlier, sent_index)
        ante = None
        if cand.type == SAME_ACT:
            ante = antecedent(cand, earlier, sent_index, para_start)
            if ante is None:
                return None  # "did the same" with no act told just before to repeat
            cand = as_antecedent(cand, ante)
        d = _Draft(art, cand, sa, sent, sent_index, para_start, exprs, article_countries,
                   earlier, headline)  # fmt: skip
        self._clause_sources(d)
        self._sector_modifier(d)
        self._named_sources(d)
        self._document_speaker(d)
        self._event_anaphora(d)
        d.location = ground.find_location(cand, sa, article_countries)
        self._truce_anaphora(d)
        self._unnamed_public(d)
        self._state_act_source(d)
        self._summons_source(d)
        self._unclaimed_attack(d)
        self._unclaimed_cyber_attack(d)
        self._fight_sides(d)
        if not d.sources:
            return None
        self._source_countries(d)
        self._police_threat_speaker(d)
        self._find_targets(d)
        self._answered_targets(d)
        self._prune_targets(d)
        self._threatener_not_target(d)
        self._guessed_speaker_not_target(d)
        self._threat_condition_refines(d)
        self._refusal_until(d)
        self._ordered_out(d)
        self._own_people_expelled(d)
        self._body_pulls_out(d)
        if d.cand.explain.get("target_required"):
            # "warned that Eritrea would defend every inch of its territory": a threat whose
            # one target, its own state, was just set aside answers the act told before the
            # pattern's need of a target is checked
            self._threat_carries_on(d)
        if self._pattern_vetoes(d):
            return None
        self._people_targets(d)
        self._conventional_targets(d)
        self._threat_carries_on(d)
        self._pair_counterparty(d)
        self._arrange_sides(d)
        if d.cand.type == "ASSAULT" and not _seat_taken(d.cand):
            # (not "an offensive to capture Tripoli", "besieged Kabul": the seat of power taken)
            d.targets = [_as_place_target(t, "city attacked", ["CVL"]) for t in d.targets]
        if self._vetoed(d) or self._visit(d):
            return None
        self._resignation(d)
        self._riot(d)
        self._hosted_parties(d)
        self._mobilized_force(d)
        self._recode(d)
        date, basis_note = self._date(d)
        ev = self._event(d, date)
        if ev is None:
            return None
        self._explain(d, ev, date, basis_note)
        if (
            not d.targets
            and len(d.sources) > 1
            and (reciprocal_object(d.cand.target_heads) or d.cand.explain.get("joint"))
        ):
            # "X and Y accused each other", "X and Y traded accusations": coded each way
            ev.explain["mutual"] = True
        return aim_as_antecedent(ev, ante) if ante is not None else ev

    def _clause_sources(self, d: _Draft) -> None:
        """The doers the clause names: the first subject option that resolves to actors
        (those an event told before refers to first), without the possessors of relational
        nouns ("Assad's backers") or the places a nominal's modifier names."""
        cand, sa, earlier = d.cand, d.sa, d.earlier
        related: set[int] = set()  # possessors of "backers", "enemies": not the doers
        for opt in cand.source_heads:
            if any(t.i in related for t in opt):
                continue
            got = []
            for t in opt:
                found = _definite_from_events(t, sa.actors_for(t, as_agent=True), earlier, sa)
                if not found:
                    # "a group of nations including France and Germany condemned": those named
                    found = [a for g in included_members(t) for a in sa.actors_for(g, conjuncts=False)
                             if a.country or a.org]  # fmt: skip
                if t.lemma_.lower() in RELATIONAL_NOUNS or _kin_only(t):
                    # "Assad's main backers met", "retaken by its enemies": not Assad, not it;
                    # "her father accused": not her
                    found = [a for a in found if a.start <= t.idx + sa.offset < a.end]
                    related |= {c.i for c in t.children if c.dep_ == "poss"}
                    if not found:  # "Syria's allies Russia and Iran met": the allies named
                        found = [
                            a for c in t.children if c.dep_ == "appos" for a in sa.actors_for(c)
                        ]
                if (
                    cand.nominal
                    and t.head == cand.trigger
                    and t.dep_ in ("amod", "compound", "nmod")
                ):
                    # "12-hour general strike": a modifier names the doer only as a named
                    # country, people or organisation ("Israeli strikes", "NATO air raids")
                    # ("the Istanbul bombing": a place that names where, not who)
                    # ("the Paris terror attacks": a capital before a violent noun is where too)
                    found = [a for a in found if a.org or (a.country and not a.why.startswith("text:sector")
                                                           and not _place_only(a)
                                                           and not (cand.type == "ASSAULT" and t.dep_ == "compound"
                                                                    and a.why.startswith("kb:country:capital")))]  # fmt: skip
                got.extend(found)
            if got:
                # "Niger quit the bloc together with Mali": the partners act too
                d.sources = got + ([] if cand.nominal else partner_doers(cand, sa, got))
                d.source_why = "clause"
                break

    def _sector_modifier(self, d: _Draft) -> None:
        """A country named as the doer of a nominal with an arm of the state beside it
        ("a Myanmar military air strike") is that arm, not the country."""
        cand, sources = d.cand, d.sources
        if (
            cand.nominal
            and len(sources) == 1
            and sources[0].country
            and not sources[0].sector
            and not sources[0].org
        ):
            # "a Myanmar military air strike": the country's military
            mods = [c for c in cand.trigger.children if c.dep_ in ("amod", "compound", "nmod")]
            mods += [
                g
                for c in mods
                if c.dep_ == "compound"
                for g in c.children
                if g.dep_ in ("amod", "compound")
            ]
            arms = {SECTOR_WORDS[c.lower_] for c in mods if c.lower_ in SECTOR_WORDS}
            if len(arms) == 1:
                b = _copy_actor(sources[0], "text:sector modifier")
                b.sector = sorted(arms)
                d.sources = [b]

    def _named_sources(self, d: _Draft) -> None:
        """Doers the subject names indirectly: the two parties told before ("the two sides"),
        the people of a named country, the body an unknown official's title names, or the
        body a head noun is 'of'. Each is tried only when those before it found no one."""
        cand, sa = d.cand, d.sa
        for opt in cand.source_heads[:1]:
            got = _sentence_pair(opt, sa)
            if got:
                d.sources, d.source_why = got, "the two states the sentence named"
                continue
            if len(d.sources) >= 2 and all(a.why == "coref:person:plural" for a in d.sources):
                # "the two leaders agreed": the two people named before, not the parties of an
                # event between armies told in the same sentence
                continue
            got = _party_anaphora(opt, d.earlier, d.sent_index, sa=sa)
            if got:
                d.sources, d.source_why = got, "the two parties told before"
        if not d.sources:
            for opt in cand.source_heads[:1]:
                got = [a for t in opt for a in _people_of(t, sa)]
                if got:
                    d.sources, d.source_why = got, "people of a named country"
        if not d.sources:
            for opt in cand.source_heads[:1]:
                # "The United Nations humanitarian coordinator for Yemen urged ...": an
                # official the knowledge base does not know belongs to the body named before it
                # ("Assad's main backers", "its enemies": those related to the body, not it)
                titles = [
                    t for t in opt if t.pos_ == "NOUN" and t.lemma_.lower() not in RELATIONAL_NOUNS
                ]
                titles += [
                    c
                    for t in opt
                    for c in t.children
                    if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                ]
                got = [a for t in titles for m in t.children
                       if m.dep_ in ("nmod", "compound", "poss") and m.i < t.i
                       and (m.pos_ == "PROPN" or m.ent_type_ in ("ORG", "GPE", "NORP"))
                       for a in sa.actors_for(m, as_agent=True) if a.country or a.org]  # fmt: skip
                if got:
                    d.sources, d.source_why = got[:1], "clause"
        if not any((a.country and not a.country_guessed) or a.org for a in d.sources):
            for opt in cand.source_heads[:1]:
                # "The head of Ecuador's armed forces declined ...", "The City of Luxembourg
                # rejected ...": the body or state the head noun is 'of' (also when the noun
                # itself gave a title of no told country, "the secretary-general")
                got = [a for h in opt for t in _head_of_parts(h) for g in prep_objects(t, "prep", "of")
                       for a in sa.actors_for(g, as_agent=True) if a.country or a.org]  # fmt: skip
                if got:
                    d.sources, d.source_why = got[:1], "clause"

    def _document_speaker(self, d: _Draft) -> None:
        """ "The Council adopted a resolution on Tuesday. The resolution demands that ...": a
        definite document that speaks (demands, urges, condemns) speaks for whoever adopted
        or issued it, told as the subject of that act earlier in the paragraph."""
        if d.sources:
            return
        sa = d.sa
        for t in d.cand.source_heads[0][:1] if d.cand.source_heads else []:
            low = t.lemma_.lower()
            if low not in ADOPTED_DOCUMENT_NOUNS or not _definite(t):
                continue
            # "issued a statement", or "said in a statement": who issued it, who spoke in it
            told = [x.head if x.dep_ == "dobj" else x.head.head for x in t.doc[: t.sent.start]
                    if x.lemma_.lower() == low and (
                        (x.dep_ == "dobj" and x.head.lemma_.lower() in ADOPTING_VERBS)
                        or (x.dep_ == "pobj" and x.head.lower_ == "in"
                            and x.head.head.lemma_.lower() in SPEECH_LEMMAS))]  # fmt: skip
            subj = [g for v in told[-1:] for g in v.children if g.dep_ == "nsubj"]
            if not subj:
                continue
            lo = min(x.idx for x in subj[0].subtree) + sa.offset
            hi = max(x.idx + len(x) for x in subj[0].subtree) + sa.offset
            got: list[Actor] = []
            for a in sa.memory.seen:
                if a.code and lo <= a.start < hi and all(a.key() != b.key() for b in got):
                    got.append(a)
            if got:
                d.sources = [_copy_actor(a, "coref:adopter of the document") for a in got]
                d.source_why = "the body that adopted the document"

    def _event_anaphora(self, d: _Draft) -> None:
        """Sets the modality, and with no doer found, a definite event noun ("the talks") or a
        subject naming an event ("the trip includes ...") refers back to the event told
        before: its doers, and its planned modality, are this one's."""
        cand = d.cand
        d.modality = cand.modality
        d.inherited = None
        if not d.sources and (
            (cand.nominal and _definite(cand.trigger)) or self._event_noun_subject(cand)
        ):
            d.inherited = _antecedent_event(d.earlier, cand.type, cand.mode, d.sent_index)
            if d.inherited is not None:
                d.sources = [_copy_actor(a, "coref:event") for a in d.inherited.source]
                d.source_why = "event anaphora"
                if d.modality == "asserted" and d.inherited.modality == "planned":
                    d.modality = "planned"

    def _truce_anaphora(self, d: _Draft) -> None:
        """A definite truce with no doer is the ceasefire told before, however far back, else
        one between the two parties the article is about; a truce told taking effect is kept
        by those who agreed, signed or declared it."""
        cand, earlier = d.cand, d.earlier
        if (
            not d.sources
            and cand.nominal
            and cand.type == "RETREAT"
            and cand.cameo.startswith("0871")
        ):
            # "the ceasefire signed by A and B has begun to take effect", "a truce declared by the
            # rebels went into effect on Sunday": the truce implemented (gold/CODING.md: the
            # implemented act is RETREAT), by the parties that made it
            got = [a for t in truce_makers(cand.trigger) for a in d.sa.actors_for(t)]
            if got:
                d.sources = [_copy_actor(a, "the parties that made the truce") for a in got]
                d.source_why = "truce in effect"
                return
        if (
            not d.sources
            and cand.nominal
            and cand.type == "RETREAT"
            and cand.cameo.startswith("0871")
            and _definite(cand.trigger)
            and not _reduced_passive_subject(cand.trigger)
        ):
            # ("welcomed the truce agreed by A and B": the truce the reaction is aimed at, its
            # doers named, is no new truce of the parties told before)
            # "The truce took effect at 7 a.m.": the truce between the parties the article is
            # about; "monitor the ceasefire": the ceasefire told before, however far back
            told = _last_event(earlier, "RETREAT", where=lambda ev: ev.cameo.startswith("0871"))
            got = [] if told is not None else main_pair(earlier)
            if told is not None:
                d.inherited = told
                d.sources = [_copy_actor(a, "coref:event") for a in told.source]
                d.source_why = "event anaphora"
            elif got:
                d.sources = [_copy_actor(a, "coref:parties") for a in got]
                d.source_why = "the two parties told before"

    def _unnamed_public(self, d: _Draft) -> None:
        """Protests by no one named ("some 300 people rallied", "protests erupted in Lusaka")
        are the public's of the place where they gather or spread."""
        cand, sa, location = d.cand, d.sa, d.location
        if (
            not d.sources
            and cand.type == "PROTEST"
            and location is not None
            and location.country
            and any(
                {t.lemma_.lower(), t.lower_} & PUBLIC_WORDS
                for opt in cand.source_heads[:1]
                for t in opt
            )
        ):
            # "some 300 people rallied outside the court in Lahore", "over 500 people
            # marched": an unnamed public protests where it gathers
            d.sources = [
                _public_at(
                    sa, location.country, cand.source_heads[0][0], "the public where it gathers"
                )
            ]
            d.source_why = "the public of the place"
        if (
            not d.sources
            and cand.type == "PROTEST"
            and cand.nominal
            and location is not None
            and location.country
            and _protests_happened(cand.trigger)
        ):
            # "demonstrations against the new taxes spread to six provinces", "protests erupted in
            # Lusaka", "the law sparked weeks of protests", "protests were broken up by police":
            # protests that spread, break out, are set off or dispersed, with no one named, are
            # the public's
            d.sources = [
                _public_at(sa, location.country, cand.trigger, "the public where protests spread")
            ]
            d.source_why = "the public of the place"

    def _state_act_source(self, d: _Draft) -> None:
        """Acts only a state does (arrests, sentences, lifting a curfew), told with no agent,
        are the state's: the arm that did the same act before, the arm that tells of it, or
        the state of the place."""
        cand, sa, earlier, location = d.cand, d.sa, d.earlier, d.location
        crowd = cand.mode == "crowd-control" and cand.modality == "asserted"
        undergone = legal_act_undergone(cand)  # "the editor faces trial"
        charge = legal_charge(cand) or undergone
        if (
            not d.sources
            and (cand.mode in STATE_ACTS or cand.cameo.startswith("081") or crowd or charge)
            and (
                _agentless(cand.trigger)
                or _comes_into_force(cand)
                or _told_under_way(cand)
                or undergone
            )
            # "the nightly curfew imposed after the coup": a curfew described, not imposed here
            and not (cand.mode in MEASURE_MODES and cand.trigger.dep_ in ("acl", "relcl", "amod"))
            and _implied_state_fits(cand)
        ):
            # (081: "the curfew in Malawi was lifted", "the ban was lifted": only the
            # state there lifts its own bans and curfews)
            causer = _causer(cand, sa)
            if causer:  # "the president had the opposition leader arrested"
                d.sources = [_copy_actor(a, "the one who had it done") for a in causer]
                d.source_why = "state act without agent"
                return
            if cand.mode == "release":
                held = _holder_told(earlier, d.sent_index)
                if held is not None:
                    # "British police arrested him in Surrey; he was released on bail two weeks
                    # later", "the court convicted the three union leaders ... The three have
                    # since been released": those who held them let them go, wherever the
                    # story is set
                    d.sources = [_copy_actor(a, "coref:the arrester releases") for a in held.source]
                    d.source_why = "state act without agent"
                    return
            # "Protasevich and Sapega were arrested", "143 people detained": only a state
            # arrests, deports or sentences; the state where it happened (or whose citizen)
            # "Uganda said 40 opposition supporters had been detained": the state that tells
            # of the arrests, when no phrase places them (the story's country is a guess)
            # (a noun trigger is told by the verb of its clause, whoever speaks that clause
            # tells of it: "said an investigation was under way", "said the arrests of 40
            # people were lawful"; a verb trigger is its own clause verb)
            told_in = clause_verb(cand.trigger)
            teller = [a.country for a in _speaker_actors(told_in, sa) if a.country and not a.org
                      and (not a.sector or set(a.sector) & STATE_SECTORS)]  # fmt: skip
            placed = (
                location.country if location and getattr(location, "basis", "") != "story" else None
            ) or _phrase_place(cand, sa)
            country = (placed or (teller[0] if teller else None) or (location.country if location else None)
                       or sa.memory.home_country() or sa.memory.focus_country())  # fmt: skip
            # "stripped of her British citizenship": only the state that granted it takes it
            # away, wherever the story is set; "jailed for years in a Moroccan prison": the
            # state whose prison holds them
            told = _citizenship_state(cand, sa) or _prison_state(cand, sa)
            country = told or country
            # no phrase places the act, no state tells of it: the story's country is a guess
            guessed = not (placed or teller or told)
            runner = _facility_runner(cand.trigger)
            if runner is not None:
                # "detained in a Kurdish-run camp", "a rebel-held prison": those who run
                # the place hold them, not the state of the place
                got = [_copy_actor(a, "the body that runs the place") for a in
                       sa.actors_for(runner, conjuncts=False, as_agent=True) if a.country or a.org]  # fmt: skip
                if got:
                    d.sources, d.source_why = got[:1], "state act without agent"
                return
            prior = _last_event(
                earlier,
                cand.type,
                cand.mode,
                where=lambda ev: any(a.country == country for a in ev.source),
            )
            if crowd:
                # "protesters were met with tear gas", "they were dispersed with water cannon":
                # the force that policed the crowd told before (whatever its country: troops
                # of an occupying power), else the police of the place
                prior = _last_event(earlier, cand.type, cand.mode, within=(d.sent_index, 5))
                victims = {
                    a.country for t in cand.target_heads for a in sa.actors_for(t) if a.country
                }
                if prior is None and (victims - {country}):
                    return  # foreigners met with tear gas: whose police is a guess
            speaker = [a for a in _speaker_actors(told_in, sa) if a.country == country
                       and set(a.sector) & {"COP", "MIL", "JUD"} and not _defence_counsel(a)]  # fmt: skip
            releaser = _releaser(cand, sa) if cand.mode in ("arrest", "convict") or charge else None
            if releaser is not None and prior is None and not speaker:
                # "Tajikistan will release 12 Kyrgyz shepherds who were detained in May", "Moscow
                # set free two American reporters who were found guilty of espionage": the state
                # that holds them detained, tried or charged them, in its own country
                country, guessed = releaser.country, False
            policed = cand.mode == "arrest" and _policing_told(cand.trigger, before=True)
            if prior is not None:  # "police arrested 300 ... two MPs who were detained": the police
                d.sources = [
                    _copy_actor(a, "coref:state act")
                    for a in prior.source
                    if a.country == country or crowd
                ]
                d.source_why = "state act without agent"
                if referring_participle(cand.trigger):
                    d.inherited = prior  # "those detained": the arrests told before
            elif speaker:  # "police said 143 people were detained": the police did
                d.sources = [
                    _copy_actor(a, "the arm of the state that tells it") for a in speaker[:1]
                ]
                d.source_why = "state act without agent"
            elif releaser is not None and cand.mode == "arrest" and not policed:
                d.sources = [_copy_actor(releaser, "the state that releases them")]
                d.source_why = "state act without agent"
            elif country and (
                not guessed
                or policed
                or _national_target(cand, sa, country)
                or (d.sent_index < LEAD_SENTENCES and country == sa.memory.dateline_country)
                or (country == sa.memory.only_country() and not _fighters_told(sa.memory))
            ):
                # a guessed state only for those detained where the sentence (or the one
                # before) tells of a protest or the police ("scuffled with police ... five
                # people were detained"), for its own people ("opposition leader X was
                # jailed") and in the lead a dateline places ("MINSK - Two journalists were
                # arrested"): deep in a long story "their father is detained in a camp" may be
                # any armed group's act; a story that has named one country and no armed
                # group ("Chad's government tightened its grip on the press ... Three editors
                # were detained") tells of that state's act
                name = _country_name(sa, country)
                # courts sentence, prosecutors charge; those detained in a protest, a scuffle or
                # with the police told in the sentence, the police detained
                arm = (
                    "JUD"
                    if cand.mode == "convict" or charge
                    else "COP"
                    if crowd or policed
                    else "GOV"
                )
                d.sources = [Actor(text=name, name=f"{name} ({arm}, implied)", country=country, sector=[arm],
                                   why="state act without agent")]  # fmt: skip
                d.source_why = "state act without agent"

    def _summons_source(self, d: _Draft) -> None:
        """An envoy summoned with no agent ("Indonesia's ambassador had been summoned to the
        foreign ministry", "Poland's foreign minister says Hungary's ambassador has been
        summoned"): only the state an envoy is posted to summons him, so the doer is the state
        that tells of it, else the state of the dateline; never the envoy's own."""
        cand, sa = d.cand, d.sa
        if d.sources or cand.type != "ACCUSE" or not cand.cameo.startswith("114"):
            return
        if cand.trigger.lemma_.lower() not in SUMMONS_VERBS or not _agentless(cand.trigger):
            return
        if cand.modality not in ("asserted", "planned"):
            return
        envoys = {a.country for t in cand.target_heads for a in sa.actors_for(t) if a.country}
        if not envoys:
            return
        teller = [a for a in _speaker_actors(clause_verb(cand.trigger), sa)
                  if a.country and not a.org and a.country not in envoys]  # fmt: skip
        if teller:
            d.sources = [_copy_actor(teller[0], "the state that tells of the summons")]
            d.source_why = "summons without agent"
            return
        country = sa.memory.dateline_country
        if country and country not in envoys:
            name = _country_name(sa, country)
            d.sources = [Actor(text=name, name=f"{name} (GOV, implied)", country=country,
                               sector=["GOV"], why="summons without agent: the dateline's state")]  # fmt: skip
            d.source_why = "summons without agent"

    def _fight_sides(self, d: _Draft) -> None:
        """Fighting told as the time of the clause's own act ("M23 seized the town after two
        days of fighting with the army", "the two countries agreed to a ceasefire after a week
        of clashes with ..."), with no doer of its own, was fought by the doers of that act:
        those who took the town (COERCE 192; an attack or a retaking is the same act as the
        fighting before it), the parties to the truce (its sources and targets). The other side
        its "with" phrase names is found as its target."""
        cand = d.cand
        if d.sources or cand.type != "ASSAULT":
            return
        if not token_in(cand.trigger, FIGHTING_NOUNS):
            return
        verb = _time_adjunct_verb(cand.trigger)
        if verb is None:
            return
        at = verb.idx + d.sa.offset
        told = [
            ev for ev in d.earlier if ev.sentence_index == d.sent_index and ev.trigger_offset == at
        ]
        for ev in told:
            if ev.type in ("CONCEDE", "RETREAT", "AGREE") and ev.cameo[:3] in TRUCE_CAMEOS:
                sides = [a for a in ev.source + ev.target if "CVL" not in a.sector]
            elif ev.type == "COERCE" and ev.cameo[:3] == "192":
                # (a town retaken "after a day-long gunfight" is one assault, the retaking's)
                sides = list(ev.source)
            else:
                continue
            if sides:
                d.sources = [_copy_actor(a, "coref:fighters") for a in sides]
                d.source_why = "the doers of the act the fighting came before"
                return

    def _unclaimed_attack(self, d: _Draft) -> None:
        """Attacks no one is named for: a bombing is the attacker told before in that country
        or an unidentified armed actor of the place, a death in custody the custodian's, a
        thwarted assassination an unidentified attacker's."""
        cand, sa, earlier, location, sent_index = d.cand, d.sa, d.earlier, d.location, d.sent_index
        if not d.sources and cand.type == "ASSAULT":
            weapon = _weapon_agent(cand)
            country = location.country if location else None
            owner = attack_owner(weapon, sa) if weapon is not None else []
            if owner:
                # "three soldiers were killed in a Hezbollah attack": the attack's owner
                d.sources = [_copy_actor(a, "owner of the attack") for a in owner[:1]]
                d.source_why = "attack named for its doer"
                return
            if weapon is not None and country:
                # "A roadside bomb near Samarra killed a US soldier": the attack the article
                # told last on that country, else an unidentified armed actor of the place
                # (CAMEO UAF), as CAMEO coders code unclaimed bombings; not one the victims'
                # own side made ("Russian shells hit the town ... two Russian soldiers were
                # killed in a drone strike": the other side's)
                victims = victim_sides(cand, sa)
                prior = _last_event(
                    earlier,
                    "ASSAULT",
                    within=(sent_index, 6),
                    where=lambda ev: (
                        (
                            (ev.location and ev.location.country == country)
                            or any(a.country == country for a in ev.target)
                        )
                        and not _party_keys(ev.source) & victims
                    ),
                )
                kind = weapon.lemma_.lower()
                if prior is not None and kind in STATE_WEAPONS | {"attack"}:
                    d.sources = [_copy_actor(a, "coref:attack") for a in prior.source]
                    d.source_why = "attack without attacker"
                    if _toll_of_attack_told(cand, weapon):
                        # "nine guests were killed in the attack, police said": the toll of the
                        # attack told before, not another act (CODING.md: one event per act)
                        d.sources = []
                        return
                elif kind in UNCLAIMED_WEAPONS | {"attack"}:
                    name = _country_name(sa, country)
                    d.sources = [Actor(text=weapon.text, name=f"unidentified attackers ({name})", country=country,
                                       sector=["UAF"], why="unidentified attacker of the place")]  # fmt: skip
                    d.source_why = "attack without attacker"
        if not d.sources and cand.type == "ASSAULT" and cand.nominal:
            # "a detainee died from torture while held in Chinese police custody": those
            # who held the victim did it
            clause = next(
                (a for a in [cand.trigger, *cand.trigger.ancestors] if a.pos_ in ("VERB", "AUX")),
                None,
            )
            keeper = _custodian(clause, sa) if clause is not None else []
            if keeper:
                d.sources, d.source_why = keeper, "custodian of the victim"
                if not cand.target_heads:  # the one who died in custody
                    cand.target_heads = [
                        c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                    ][:1]
        if not d.sources and cand.type == "ASSAULT" and cand.cameo in ("185", "186"):
            # "An attempt to assassinate the governor was thwarted in Tyumen": no one claims it;
            # like an unclaimed bombing, an unidentified armed actor of the place (CAMEO UAF)
            country = (
                location.country
                if location
                else (sa.memory.dateline_country if sa is not None else None)
            )
            if country:
                name = _country_name(sa, country)
                d.sources = [Actor(text=cand.trigger.text, name=f"unidentified attackers ({name})", country=country,
                                   sector=["UAF"], why="unidentified attacker of the place")]  # fmt: skip
                d.source_why = "attack without attacker"

    def _unclaimed_cyber_attack(self, d: _Draft) -> None:
        """A cyber attack on someone no one is named for ("a cyberattack on the grid cut
        power", "the railway was hit by a ransomware attack"): the hackers told in the
        sentences before, else unidentified hackers of no known country (their origin is
        what such stories do not know), as an unclaimed bombing is an unidentified
        attacker's. A mention with no one hit ("cyber attacks are the new normal") is no
        report of an attack, and one told in a denial ("was not behind the cyberattack") is
        about who did it."""
        cand = d.cand
        if d.sources or cand.type != "COERCE" or cand.mode != "cyber" or not cand.target_heads:
            return
        t = cand.trigger
        # "accused hackers working for Russia of a cyber attack that knocked the site
        # offline": the accused did it (gold/CODING.md: an attack accused of is coded as done)
        attack = t if t.pos_ in ("NOUN", "PROPN") else t.head if t.dep_ == "relcl" else None
        accused = accused_of_act(attack) if attack is not None else None
        if accused is not None:
            d.sources = [_copy_actor(a, "the accused") for a in d.sa.actors_for(accused)]
            if d.sources:
                d.source_why = "accused of the cyber attack"
                return
        if t.pos_ in ("NOUN", "PROPN") and not any(w.lower_ in CYBER_WORDS for w in t.subtree):
            return  # "the attack on the Skripals" taken for the cyber attack told before
        clause = next((a for a in [t, *t.ancestors] if a.pos_ in ("VERB", "AUX")), None)
        if clause is not None and _negated(clause):
            return  # "Belarus said it was not behind the cyberattack": who did it is the point
        prior = _last_event(d.earlier, "COERCE", "cyber", within=(d.sent_index, CYBER_BACK),
                            where=lambda ev: bool(ev.source))  # fmt: skip
        if prior is not None:
            d.sources = [_copy_actor(a, "coref:cyber attack") for a in prior.source]
        else:
            # (sectors.yaml files hackers under CRM; self_named: no country is guessed for them)
            d.sources = [Actor(text=t.text, name="unidentified hackers", country=None, sector=["CRM"],
                               why="unidentified attacker of a cyber attack", self_named=True)]  # fmt: skip
        d.source_why = "cyber attack without attacker"

    def _source_countries(self, d: _Draft) -> None:
        """Completes the doers found: the countries of unnamed ones, the crowd a leader leads,
        the military told before, and a protesting country's public."""
        cand, sent, sa, location = d.cand, d.sent, d.sa, d.location
        self._domestic_countries(d.sources, sent, sa, d.article_countries,
                                 None if _venue_abroad(cand, location, sa) else location,
                                 not_of=counterpart_countries(cand.trigger, sa))  # fmt: skip
        d.sources = [_led_crowd(a, sent, sa) for a in d.sources]
        # "A fighter jet dropped bombs on the crowd": the one military the article has told of
        d.sources = [_military_told_before(a, d.earlier) for a in d.sources]
        # "An army spokesman denied the accusation": the accused army
        denial = cand.type == "REJECT" and any(
            referent_types(t)[1] == {"ACCUSE"} for t in [*cand.trigger_tokens, *cand.target_heads]
        )
        d.sources = [accused_denier(a, denial, d.earlier, d.sent_index) for a in d.sources]
        if cand.type == "PROTEST":
            for a in d.sources:  # "tens of thousands of Chileans marched": the public
                if _is_the_public(a, sent, sa):
                    a.sector = ["CVL"]
                    a.why += ":demonstrators of that country"

    def _police_threat_speaker(self, d: _Draft) -> None:
        """ "The interior minister said protesters who block roads will be removed by the
        police", "Kobakhidze said police would arrest the organisers": a threat told as what
        the speaker's own police will do is the speaker's, made in the saying (gold/CODING.md:
        threats are events of the speaker), so the police are no source; the speaker is, when
        a body of the same state says it."""
        cand, sa = d.cand, d.sa
        if cand.type != "THREATEN" or sa is None or not d.sources:
            return
        if not all(set(a.sector) == {"COP"} and a.country and not a.org for a in d.sources):
            return
        v = cand.trigger
        for _ in range(3):  # the threatened act's verb up to the saying that governs it
            if v.dep_ in ("ccomp", "parataxis") and v.head.lemma_.lower() in SPEECH_LEMMAS:
                break
            if v.dep_ not in ("xcomp", "conj") or v.head.i == v.i:
                return
            v = v.head
        else:
            return
        said = v.head
        # ("rejected the criticism and said police would ...": a conjunct's subject too)
        speakers = [a for g in subject_heads(said) for a in sa.actors_for(g)]
        homes = {a.country for a in d.sources}
        if not speakers or any(a.country not in homes or a.org or not (
                _state_itself(a) or set(a.sector) & STATE_SECTORS) or "COP" in a.sector
                for a in speakers):  # fmt: skip
            return
        d.sources = [_copy_actor(a, "the speaker whose police it threatens with") for a in speakers]

    def _find_targets(self, d: _Draft) -> None:
        """The targets (`targets.py`) and their countries: a state's own opposition and
        legislature, a pronoun's antecedent's country; the weapons a warning or deployment
        names are no target."""
        cand, sa, sent, earlier, sent_index = d.cand, d.sa, d.sent, d.earlier, d.sent_index
        sources = d.sources
        d.targets, d.target_why = self._targets(cand, sa, d.article_countries, earlier, sources,
                                                d.location, sent_index)  # fmt: skip
        if cand.type == "ASSAULT" and sa is not None:
            # "strikes near Hodeidah" after "the Houthi-held port of Hodeidah": its holder
            ours = {a.key() for a in sources}
            held = [a for a in holder_of_place(d.targets, sa, d.location, sent)
                    if a.key() not in ours]  # fmt: skip
            if held:
                d.targets, d.target_why = held, "holder of the place"
        # "the government is to release 40 opposition officials", "police arrested rebels": the
        # opposition or rebels a state acts on are its own (not the dateline's country)
        state_home = (
            _first_country(sources)
            if cand.type in STATE_ON_OWN_TYPES
            and any(set(a.sector) & {"GOV", "COP", "MIL", "JUD"} for a in sources)
            else None
        )
        # "the rebels freed two soldiers", "gunmen ambushed a police patrol": the forces a
        # country's armed group acts on are that country's (not the talks' venue abroad)
        rebel_home = _first_country(
            [
                a
                for a in sources
                if set(a.sector) & FIGHTER_SECTORS and not set(a.sector) & {"GOV", "MIL", "COP"}
            ]  # fmt: skip
        )
        # "May called the cabinet", "without consulting parliament": a government's or an
        # opposition's own cabinet and legislature
        political_home = _first_country(
            [a for a in sources if set(a.sector) & {"GOV", "OPP", "PTY", "LEG"}]
        )
        if cand.type in SPEECH_ACT_TYPES | {"MOBILIZE"}:
            # "the minister warned that rockets would follow", "deployed missiles to the base": the
            # weapons are no one a warning or a deployment is aimed at
            d.targets = [t for t in d.targets
                         if not _weapon_actor(t, sent, sa) or _weapon_doer(t, sent, sa)]  # fmt: skip
        else:
            # "shot down seven of the drones": whose drones, the text does not say (a country
            # implied for the weapon is a guess)
            d.targets = [
                t for t in d.targets if not ("implicit" in t.why and _weapon_actor(t, sent, sa))
            ]
        for a in d.targets:
            if (
                state_home
                and a.country != state_home
                and not a.org
                and set(a.sector) & {"OPP", "REB"}
                and a.why.endswith("country of the story")
            ):
                # the dateline's country was only a guess: the opposition a state frees or
                # arrests is its own
                a.country = state_home
                a.why += ":the state's own"
            if a.country is None and not a.org and a.why.startswith("coref:pronoun"):
                # "arrested 22 fishermen, accusing them of poaching": them are the fishermen, of
                # the country found for them in this sentence's earlier event
                same = next((x for ev in reversed(earlier) if ev.sentence_index == sent_index
                             for x in ev.source + ev.target if x.name == a.name and x.country), None)  # fmt: skip
                if same is not None:
                    a.country = same.country
                    a.why += ":country of its antecedent"
        foreign_help = (cand.type == "AID" or cand.cameo == "051") and any(
            not a.org and (not a.sector or set(a.sector) & {"GOV", "MIL"}) for a in sources
        )
        seat = _doers_seat(cand, d.location, sources, sa)
        self._domestic_countries(d.targets, sent, sa, d.article_countries, None if seat else d.location,
                                 target=True, home=_first_country(sources), state_home=state_home,
                                 political_home=political_home, foreign_help=foreign_help,
                                 rebel_home=rebel_home)  # fmt: skip
        story = (sa.memory.home_country() or sa.memory.focus_country()) if seat else None
        if story and story != _first_country(sources):
            for a in d.targets:
                if (
                    a.country is None
                    and not a.org
                    and not a.code_override
                    and set(a.sector) & DOMESTIC_SECTORS
                ):
                    # "In Washington, the Treasury sanctioned two police commanders" in a story
                    # about Haiti: the story's police, not the doer's
                    a.country, a.country_guessed = story, True
                    a.why += ":country of the story, not of the doer's seat"

    def _answered_targets(self, d: _Draft) -> None:
        """Targets found in what came before: a call to free prisoners is made to whoever
        holds them, a denial or counter-threat answers the latest hostile act."""
        cand, earlier, sources, sent_index = d.cand, d.earlier, d.sources, d.sent_index
        targets = d.targets
        if cand.type == "REQUEST" and cand.cameo[:4] in ("0253", "1053"):
            # "Baghdad ... demanded that they be freed": no one asks itself to free people; a
            # pronoun read back as the asker leaves the appeal to whoever holds them
            own = {a.key() for a in sources}
            targets = [t for t in targets if t.key() not in own]
        if (cand.type == "REQUEST" and cand.cameo[:4] in ("0253", "1053")
                and ((d.target_why.startswith("slot") and targets
                      and not any(set(t.sector) & STATE_SECTORS or t.org for t in targets))
                     or (not targets and sources))):  # fmt: skip
            # "the United States called for the release of the jailed politicians": the
            # appeal is made to whoever holds them, the state that arrested them; "the
            # company demanded the release of the crew" after the ship's seizure (no people
            # named): to whoever seized them
            held = _holder_of(earlier, targets, sources, sent_index)
            if held:
                d.targets, d.target_why = held, "who holds them"
        if (
            not d.targets
            and cand.type == "ACCUSE"
            and cand.trigger.lemma_.lower() == "appeal"
            and sources
        ):
            # "his client would appeal": against the court's act told before
            ours = {s.key() for s in sources}
            courts = [ev for ev in reversed(earlier) if sent_index - ev.sentence_index <= 8
                      and any("JUD" in a.sector for a in ev.source)
                      and not any(a.key() in ours for a in ev.source)]  # fmt: skip
            if courts:
                d.targets = [
                    _copy_actor(a, "coref:court appealed against") for a in courts[0].source
                ]
                d.target_why = "the court whose act is appealed"
        if (
            not d.targets
            and cand.type == "ACCUSE"
            and cand.cameo in ("110", "111", "114")
            and "T" not in cand.explain.get("pattern_text", "T").split()
            and sources
        ):
            # "Japan and Australia also expressed concern", "Japan lodged a protest": concern or a
            # protest about nothing named is about the story's forceful acts, aimed at the one
            # who did most of them
            got = _main_aggressor(earlier, sources)
            if got:
                d.targets, d.target_why = got, "the story's aggressor"
        if not d.targets and cand.type == "REQUEST" and cand.cameo == "025" and sources:
            # "China called for restraint" after a clash: to both sides of it
            got = _parties_of_violence(earlier, sources, sent_index) or [
                _copy_actor(a, "coref:parties") for a in main_pair(earlier, _party_keys(sources))
            ]  # (else the pair of the story's conflict)
            if got:
                d.targets, d.target_why = got, "the sides of the violence"
        returned_fire = cand.type == "ASSAULT" and cand.trigger.lemma_.lower() == "return"
        if (
            not d.targets
            and (
                cand.type == "REJECT"
                or (cand.type == "THREATEN" and cand.cameo == "130")
                or returned_fire
            )
            and sources
        ):
            # "Iran ... denied sending any missiles", "said Tehran would take countermeasures"
            # after EU sanctions on it: the answer to the latest hostile act aimed at it
            got = _latest_hostile_to(earlier, sources, sent_index)
            if got:
                d.targets, d.target_why = got, "the act it answers"
        self._protest_to_mediators(d)
        self._accused_of_the_main_act(d)

    def _protest_to_mediators(self, d: _Draft) -> None:
        """ "Kosovo police detained a Serbian official, prompting Belgrade to lodge a protest
        with the EU-led mediators": a protest or complaint lodged with the mediators of a
        dispute is addressed to them but aimed at the doer of the act protested, the latest
        hostile act aimed at the protester (left with the mediators when none was told)."""
        if d.cand.type != "ACCUSE" or not d.targets or d.sa is None:
            return
        heads = [_head_token(t, d.sent, d.sa) for t in d.targets]
        if not all(h is not None and h.lemma_.lower() in MEDIATOR_NOUNS for h in heads):
            return
        got = _latest_hostile_to(d.earlier, d.sources, d.sent_index)
        if got:
            d.targets, d.target_why = got, "the act protested to the mediators"

    def _accused_of_the_main_act(self, d: _Draft) -> None:
        """ "imposed sanctions on two generals and three rebel commanders, accusing them of
        ...": "them" in an accusing participle are all those the main clause's act, told just
        before in the same sentence by the same doers, was aimed at (not the last conjunct
        alone, nor "deputies" read as lawmakers); also when the pronoun found no one
        ("expelled the head of the UN office, accusing him of ...": a person not named), and
        "it" that found no one or only the doers' own country ("rejected the demand, calling
        it interference": the demand, whose maker the rejection answers)."""
        cand = d.cand
        if cand.type != "ACCUSE" or cand.trigger.tag_ != "VBG" or cand.trigger.dep_ != "advcl":
            return
        obj = [c.lower_ for c in cand.trigger.children if c.dep_ == "dobj"]
        ours = {a.key() for a in d.sources}
        if obj[:1] == ["it"]:
            # "it" that stands for no one, or for the doers' own state, is the thing the main
            # act was about
            if any(t.country not in {a.country for a in d.sources} for t in d.targets):
                return
        elif (
            not obj
            or obj[0] not in ACCUSED_PRONOUNS
            or len(d.targets) > 1
            or any(t.text.lower() not in ACCUSED_PRONOUNS for t in d.targets)
        ):
            return
        at = cand.trigger.idx + d.para_start
        # the same doers ("police arrested ..., the ministry said, accusing them": not the act)
        main = [ev for ev in d.earlier if ev.sentence_index == d.sent_index and ev.trigger_offset < at
                and ev.target and {a.key() for a in ev.source} & ours]  # fmt: skip
        if main:
            d.targets = [_copy_actor(a, "coref:aimed at by the main act") for a in main[-1].target]
            d.target_why = "the main act's target"

    def _prune_targets(self, d: _Draft) -> None:
        """Targets that are the doers themselves go: the same mention, the same actor (but
        for acts a side can do to its own), a pronoun for the doers; a facility is its arm."""
        cand, sources = d.cand, d.sources
        d.targets = [_facility_arm(t, d.sent, d.sa) for t in d.targets]
        # the same mention cannot be both sides, nor the very same actor
        d.targets = [
            t for t in d.targets if all((t.start, t.end) != (s.start, s.end) for s in sources)
        ]
        if cand.type not in ("COERCE", "ASSAULT", "CONCEDE", "PROTEST"):
            d.targets = [
                t for t in d.targets if all(t.code != s.code or t.name != s.name for s in sources)
            ]
        # "continued their hunger strike": a pronoun for the doers themselves is no target;
        # "X accused him of ...", "him" another person of the same state, is
        d.targets = [
            t
            for t in d.targets
            if not (
                t.text.lower() in OWN_PRONOUNS
                and any(t.code == s.code and not _other_person(t, s) for s in sources)
            )
        ]

        if cand.type == "SANCTION":
            # "Morocco recalled its ambassador for consultations", "pulled out its
            # diplomats": the doer's own envoys it withdraws are no target (the state they
            # were posted to is: _pair_counterparty, the pair's other state)
            homes = {s.country for s in sources if s.country}
            d.targets = [
                t
                for t in d.targets
                if not (
                    t.country in homes
                    and not t.org
                    and t.text.split()[0].lower() in OWN_POSSESSIVES
                    and t.text.split()[-1].lower().removesuffix("s") in ENVOY_NOUNS
                )
            ]

    def _guessed_speaker_not_target(self, d: _Draft) -> None:
        """ "Government spokeswoman X said Kigali had no soldiers in Congo and accused
        Kinshasa of arming the militia", in a story from Kinshasa: a speaker whose country was
        only guessed (the story's) is not of the state the sentence names as its target; of
        the one other state the sentence names, if there is one."""
        if d.cand.type not in SPEECH_ACT_TYPES or not d.targets:
            return
        aimed = {
            t.country for t in d.targets if _state_itself(t) and t.why.startswith("kb:country")
        }
        sent = d.sent
        others = {m.term.entity.country for m in d.sa.matches
                  if sent.start <= m.start and m.end <= sent.end and m.term.entity.kind == "country"
                  and m.term.entity.country not in aimed}  # fmt: skip
        if len(others) != 1 or None in others:
            return
        other = others.pop()
        for i, a in enumerate(d.sources):
            if (
                a.country_guessed
                and not a.org
                and not a.code_override
                and a.country in aimed
                and set(a.sector) <= ONE_SIDE_SECTORS  # a state's voice, not its rebels
            ):
                b = _copy_actor(a, "the other state the sentence names")
                b.country, b.country_guessed = other, False
                d.sources[i] = b

    def _threatener_not_target(self, d: _Draft) -> None:
        """ "China's Taiwan Affairs Office warned that Beijing would take resolute measures if
        the island's government continued ...": the state whose measures a state's body
        threatens is the threatener, not the target; the threat is aimed at whoever the
        condition names ("if the island's government ..."), else at no one named. "Iran vowed
        a harsh response to the killing of its general": the state's own people who suffered
        the act answered are not the target either; the doer of the latest hostile act aimed
        at the state is, if one was told. Nor is the state or its forces referred to by a
        pronoun or a compass name ("his forces would crush any aggression", "the North")."""
        cand, sa = d.cand, d.sa
        if cand.type != "THREATEN" or not d.targets:
            return
        homes = {s.country for s in d.sources
                 if s.country and (set(s.sector) & STATE_SECTORS or not s.sector and not s.org)}  # fmt: skip
        own = [t for t in d.targets if t.country in homes and not t.org
               and (_state_itself(t) or _harmed(t, d.sent, sa) or _own_state_referred(t))]  # fmt: skip
        if not own:
            return
        d.targets = [t for t in d.targets if t not in own]
        if d.targets:
            return
        d.target_why = "none: the threatener's own"
        if any(_harmed(t, d.sent, sa) for t in own):
            d.targets = _latest_hostile_to(d.earlier, d.sources, d.sent_index)
            if d.targets:
                d.target_why = "the act it answers"
            return
        for g in condition_subjects(cand.trigger):
            got = [a for a in sa.actors_for(g) if a.country not in homes or a.org]
            if got:
                d.targets, d.target_why = got, "the condition's subject"
                return

    def _threat_condition_refines(self, d: _Draft) -> None:
        """ "Katz warned that if Hezbollah fires again, Israel will hit Beirut": a threat is
        aimed at whoever its if/unless clause names, when that actor belongs to the country
        of the place or state threatened (Hezbollah, not Lebanon, for a strike on Beirut);
        a condition naming another country leaves the targets as they are."""
        cand, sa = d.cand, d.sa
        if cand.type != "THREATEN":
            return
        if (not d.targets and d.target_why != "none: the threatener's own") or (
            cand.explain.get("inner_type") == "REQUEST"
            and all((t.code or "").startswith("IGO") for t in d.targets)
        ):
            # "the unions said they would call a strike unless the government dropped the tax":
            # a threat with no one named is aimed at the one its condition asks to act; "would
            # take the matter to the Security Council if India did not act": the body appealed
            # to is the threat's means, and it is aimed at the one the condition names
            acts = [
                cand.trigger,
                *(c for c in cand.trigger.children if c.dep_ in ("xcomp", "ccomp")),
            ]
            if cand.trigger.pos_ == "NOUN" and cand.trigger.head.pos_ == "VERB":
                # "London was considering further strikes if the attacks did not stop": the
                # condition hangs on the verb that governs the act noun
                acts.append(cand.trigger.head)
            subjects = [g for t in acts for g in condition_subjects(t)]
            if not subjects:
                # "would trigger the return of sanctions lifted under the deal unless the
                # inspectors were readmitted": a condition the parser hung deeper in the content
                subjects = [g for t in acts[1:] for x in t.subtree if x is not t
                            for g in condition_subjects(x)]  # fmt: skip
            got = _condition_doers(d, subjects) or _condition_subject_targets(d, subjects)
            if got:
                d.targets, d.target_why = got, "the condition's subject"
            return
        homes = {s.country for s in d.sources if s.country}
        hit = {t.country for t in d.targets if t.country}
        for g in condition_subjects(cand.trigger):
            got = [a for a in sa.actors_for(g) if a.country not in homes and a.country in hit]
            if (
                got
                and all(a.org or a.sector for a in got)
                and not any(a.code == t.code for a in got for t in d.targets)
            ):
                d.targets, d.target_why = got, "the condition's subject"
                return

    def _refusal_until(self, d: _Draft) -> None:
        """ "said it would not ease its sanctions until Caracas frees the activists": a
        refusal held until a condition is met, naming no one, is aimed at whoever the
        condition asks to act (the subject of its until-clause)."""
        cand = d.cand
        if cand.type != "REJECT" or d.targets:
            return
        subjects = (
            g
            for c in cand.trigger.children
            if until_condition(c)
            for g in c.children
            if g.dep_ in ("nsubj", "nsubjpass")
        )
        got = _condition_subject_targets(d, subjects)
        if got:
            d.targets, d.target_why = got, "the condition's subject"

    def _pair_counterparty(self, d: _Draft) -> None:
        """ "Bamako recalled its ambassador", "warned that his forces would crush any
        aggression": a sanction or threat by a state naming no one but its own, that no rule
        above aimed (not the act it answers, not the domestic convention), is aimed at the
        other state of the story's pair."""
        if d.targets:
            return
        d.targets = pair_counterparty(d.cand, d.sources, d.sa, d.earlier)
        if d.targets:
            d.target_why = "the other state of the pair"

    def _threat_carries_on(self, d: _Draft) -> None:
        """ "Pyongyang warned that the North would respond with overwhelming force": a threat
        naming no one else (its own state or forces named are the threatener's) answers the
        latest hostile act aimed at the threatener, else carries on the threatener's own
        quarrel just told ("condemned the drills by Seoul and Tokyo. It warned ...")."""
        cand = d.cand
        if cand.type != "THREATEN" or d.targets or cand.mode == "arrest":
            return
        if _anyone_who(cand):
            # ("anyone who blocks the roads would be arrested": policing at home, aimed at the
            # demonstrators told, article.protesters_policed, or at no one); "accused the
            # opposition of plotting a coup and warned that anyone who funded it would be
            # prosecuted": the accused of the same sentence, the quarrel it carries on
            got = _accused_alongside(d.earlier, d.sources, d.sent_index)
            if got:
                d.targets, d.target_why = got, "the quarrel it carries on"
            return
        got = _latest_hostile_to(d.earlier, d.sources, d.sent_index)
        if got:
            d.targets, d.target_why = got, "the act it answers"
            return
        got = _latest_hostile_by(d.earlier, d.sources, d.sent_index)
        if got:
            d.targets, d.target_why = got, "the quarrel it carries on"

    def _ordered_out(self, d: _Draft) -> None:
        """An expulsion pattern whose targets are the state's own forces is a withdrawal."""
        cand, sources, targets = d.cand, d.sources, d.targets
        if (
            cand.explain.get("pattern") == "ordered-out:expel"
            and targets
            and all(
                t.country in {s.country for s in sources} and set(t.sector) & {"MIL"}
                for t in targets
            )
        ):
            # "Paris has ordered French forces in Niger to leave": a state pulling out its own
            # forces (RETREAT 0872), not an expulsion
            cand.type, cand.cameo, cand.mode = "RETREAT", "0872", "withdraw"
            cand.explain["recoded"] = "an order to the state's own forces to leave is a withdrawal"

    def _own_people_expelled(self, d: _Draft) -> None:
        """An expulsion's targets that are the expelling state's own officials are no one
        expelled: the state pulls out its own ("ordered its diplomats to leave"), or the
        officials' state was misread ("handed her a note declaring the embassy's first
        secretary persona non grata" after the other state's envoy is named). Whose people
        they are is then not known: no target."""
        cand, sources, targets = d.cand, d.sources, d.targets
        if cand.type != "SANCTION" or cand.mode != "expel" or not targets:
            return
        own = {s.country for s in sources if s.country}
        if own and all(
            t.org is None and t.country in own and set(t.sector) <= {"GOV"} for t in targets
        ):
            d.targets = []
            cand.explain["targets_dropped"] = "the expelling state's own officials"

    def _body_pulls_out(self, d: _Draft) -> None:
        """An aid or rights group's withdrawal from a country ends its involvement there."""
        cand, sources, targets = d.cand, d.sources, d.targets
        if (
            cand.type == "RETREAT"
            and cand.cameo == "0872"
            and targets
            and all(t.country and not t.sector and t.org is None for t in targets)
            and all(
                s.org is not None
                and set(s.sector) & UNARMED_BODY_SECTORS
                and not set(s.sector) & ARMED_SECTORS
                for s in sources
            )
        ):
            # "Doctors Without Borders withdrew from Somalia", "the Red Cross pulled out of
            # Yemen": an aid or rights group leaving a country withdraws its work there
            # (SANCTION 166, PLOVER's "withdraw resources from an activity"), as the
            # lexicon's "the UN mission pulled out of Mali" is; no armed force retreats
            cand.type, cand.cameo, cand.mode = "SANCTION", "166", "withdraw"
            cand.explain["recoded"] = "a group leaving a country withdraws its work there"

    def _pattern_vetoes(self, d: _Draft) -> bool:
        """True when the pattern's own condition on targets fails: a 'must' demand on no one
        or on the speaker's own state, a pattern whose target is required ("T!") with none."""
        cand, sources, targets = d.cand, d.sources, d.targets
        if cand.explain.get("pattern") == "must:request" and (
            (not targets and not any(t.pos_ == "PRON" for t in cand.target_heads))
            or (
                targets
                and all(
                    t.country in {s.country for s in sources} and not t.sector and not t.org
                    for t in targets
                )
                and not all(set(s.sector) & SOCIETY_SECTORS and not s.org for s in sources)
            )
        ):
            # "Germany must be able to prosecute, the German minister said": a state's resolve
            # told by its own official; "society must learn": a demand on no one named (a
            # pronoun the resolver could not place still names someone). Teachers, unions or
            # businesses saying their own country should act make a demand on its state.
            return True
        if cand.explain.get("target_required") and not targets:
            # a pattern with "T!" ("strike T!"): no target actor, no event ("the storm struck
            # the coast"); whoever a threat is held over ("anyone who blocks roads will be
            # removed") is people, though no actor
            return not (cand.type == "THREATEN" and _anyone_who(cand))
        return False

    def _people_targets(self, d: _Draft) -> None:
        """Targets that are people rather than states or buildings: a country's public, the
        people in a shelled hospital or school (civilians, CODING.md "Actors")."""
        cand, sent, sa = d.cand, d.sent, d.sa
        for a in d.targets:  # "asked Chileans for forgiveness": the people, not the state
            if _is_the_public(a, sent, sa):
                a.sector = ["CVL"]
                a.why += ":people of that country"
        if cand.type == "ASSAULT":
            for a in d.targets:  # "shelled a hospital", "bombed a school": the people inside
                head = _head_token(a, sent, sa)
                if (
                    head is not None
                    and head.lemma_.lower() in SHELTER_BUILDINGS
                    and not a.org
                    and a.why.startswith("text:sector")
                    and set(a.sector) & {"HLH", "EDU"}
                ):
                    a.sector = ["CVL"]
                    a.why += ":people in the building"

    def _conventional_targets(self, d: _Draft) -> None:
        """Targets by convention where the words give only a place or none: whose positions
        were struck, the government a protest addresses, the country a body serves, the ruler
        a protest demands freedom from, the domestic convention, aid to the country of the
        story, the parties a mediator brings together."""
        cand, sa, earlier, sources, sent_index = d.cand, d.sa, d.earlier, d.sources, d.sent_index
        place_slot = bool(cand.target_heads) and all(h.dep_ == "pobj" and h.head.lower_ in PLACE_PREPS
                                                      for h in cand.target_heads)  # fmt: skip
        if (
            cand.type == "ASSAULT"
            and d.targets
            and (place_slot or all(_place_only(t) for t in d.targets))
        ):
            # "struck RSF positions in Khartoum North": whose positions, not where they are
            owners = _struck_site_owners(
                cand, sa, sources, [t.country for t in d.targets if t.country]
            )
            if owners:
                d.targets, d.target_why = owners, "inside the target phrase"
        if cand.type == "ASSAULT" and (
            not d.targets
            or d.target_why in GUESSED_TARGETS
            or all(_place_only(t) for t in d.targets)
        ):
            # "carried out a drone strike near Qamishli that killed two SDF commanders",
            # "struck a village west of Tabqa, killing four civilians": those it killed, not
            # the place (nor no one)
            hit = casualties(cand, sa, sources)
            place = next((t.country for t in d.targets if t.country), None) or (
                d.location.country if d.location else None
            )
            # "killing four civilians" of the village struck, "killed six soldiers at an army
            # base outside Baidoa": people of no told country are of the place's
            hit = [a if a.org or place is None or (a.country and not a.country_guessed)
                   else dataclasses.replace(a, country=place, country_guessed=True) for a in hit]  # fmt: skip
            if hit and all(a.country or a.org for a in hit):
                d.targets, d.target_why = hit, "those the attack killed"
        if cand.type == "PROTEST":
            # "marched through central Santiago", "blocked the Europe Bridge": the place of a
            # protest is not whom it addresses (the convention below gives the government)
            d.targets = [t for t in d.targets if not _place_only(t)]
            at_building = bool(cand.target_heads) and all(
                h.dep_ == "pobj" and h.head.lower_ in PLACE_PREPS | {"to", "at", "on", "towards", "toward", "of"}
                for h in cand.target_heads)  # fmt: skip
            if (
                at_building
                and all(t.sector == ["LEG"] for t in d.targets)
                and all(t.country and t.country in {a.country for a in sources} for t in d.targets)
            ):
                # "rallied outside Congress", "marched to the National Assembly": the building
                # is where the demonstrators address their government (the convention below)
                d.targets = []
        if (
            d.targets
            and sources
            and sa is not None
            and all(
                t.org
                and _org_root(t.org, sa.kb) in {_org_root(a.org, sa.kb) for a in sources if a.org}
                for t in d.targets
            )
        ):
            # "the Security Council agreed to renew the mandate of MONUSCO, the mission in
            # Congo": its own body is no target; the country the body serves is
            d.targets = _served_country(cand, sa)
            d.target_why = "country its own body serves" if d.targets else ""
        if cand.type == "PROTEST" and (
            not d.targets
            or (
                cand.target_heads
                and all(
                    h.dep_ == "pobj" and h.head.lower_ in PLACE_PREPS for h in cand.target_heads
                )
            )
        ):
            # "rioted in Western Sahara, demanding independence from Moroccan rule": the ruler,
            # not the place
            ruler = _ruler_in_demand(cand, sa)
            if ruler:
                d.targets, d.target_why = ruler, "the rule the protest demands freedom from"
            elif not d.targets:
                # "marched through Qamishli to protest against the Turkish strike": whom the
                # purpose clause protests against, not the government of the place
                against = _protested_in_purpose(cand, sa, sources)
                if against:
                    d.targets, d.target_why = against, "what the protest is against"
        anyone = not d.targets and cand.type == "THREATEN" and _anyone_who(cand)
        if anyone:
            # "warned that anyone who blocked roads would be arrested" (gold/CODING.md): the
            # group the article tells protesting, else no one named
            d.targets = _protesters_told(earlier, sources, sent_index)
            d.target_why = "the group the warning addresses" if d.targets else ""
        own_people = bool(d.targets) and cand.type == "REQUEST" and all(
            t.country and not t.org and not set(t.sector) & STATE_OR_PARTY
            and t.country in {a.country for a in sources} for t in d.targets)  # fmt: skip
        if (not d.targets or own_people) and cand.type in SPEECH_ACT_TYPES and sa is not None:
            # "Russia's embassy in Helsinki demanded consular access to the Russian crew": a
            # demand for its own nationals is made to the host, as an unaddressed statement is
            host = _embassy_host(sources, d.sent, sa)
            if host:
                # "Russia's embassy in The Hague warned that ...": a mission's statement with no
                # addressee is made to the country it is accredited to
                d.targets = [Actor(text=_country_name(sa, host), name=_country_name(sa, host),
                                   country=host, sector=[], why="host of the embassy")]  # fmt: skip
                d.target_why = "host of the embassy"
        own_place = d.target_why == "population of the place" and all(
            "CVL" in t.sector and t.country in {a.country for a in sources} for t in d.targets
        )  # "closed the crossings": no one's people, the border's other side (below)
        if (not d.targets or own_place) and not anyone and leaves_counterparty_unnamed(cand):
            got = counterparty(cand, sources, sa, earlier)
            if got or not d.targets:
                d.targets = got
                d.target_why = "the other state of the pair" if got else ""
        if not d.targets and cand.type == "RETREAT" and cand.cameo.startswith("086"):
            # "gave permission for the convoy to pass", "extended its permission to use the
            # crossing": access granted to the aid body whose convoy or aid was told just before
            ours = _party_keys(sources)
            aid = [ev for ev in reversed(earlier) if ev.type in ("AID", "AGREE") and ev.cameo[:3] in ("073", "033")
                   and 0 <= d.sent_index - ev.sentence_index <= 2 and all(a.org for a in ev.source)
                   and not _party_keys(ev.source) & ours]  # fmt: skip
            if aid:
                d.targets = [_copy_actor(a, "coref:aid body") for a in aid[0].source]
                d.target_why = "the aid body told before"
        if not d.targets and not anyone and not (len(sources) > 1 and cand.type in RECIPROCAL):
            d.targets = _domestic_target(cand, sources, d.location, sa)
            if d.targets:
                d.target_why = "domestic convention"
        if (
            not d.targets
            and sa is not None
            and sources
            and (
                (cand.type == "AID" and cand.cameo[:3] in ("071", "072", "073"))
                or (cand.type == "AGREE" and cand.cameo.startswith("033"))
            )
        ):
            # "PORT VILA - ... Beijing would provide $5 million in emergency assistance": aid that
            # names no recipient goes to the country the story is datelined in and about, when
            # the giver is foreign to it (a foreign desk's dateline is no home: home_country;
            # a story datelined in Tonga that quotes China's spokesman is still Tonga's); an
            # international body is foreign to every state ("the IMF board is due to approve the
            # disbursement", "the EU pledged 8 million euros in emergency aid"); only once the story
            # names the dateline's state: a body's seat, a conference's host is no recipient
            # ("BRUSSELS - The EU pledged 2 billion euros for drought-hit farmers", "WASHINGTON -
            # The World Bank approved a loan", "BRUSSELS - Japan pledged $50 million at a donors'
            # conference")
            home = sa.memory.dateline_country
            named = sa.memory.country_counts.get(home or "", 0)
            if (
                home
                and named
                and home == sa.memory.home_country()
                and all(
                    (a.country and a.country != home) or (a.org and not a.country) for a in sources
                )
            ):
                d.targets = [Actor(text=_country_name(sa, home), name=_country_name(sa, home), country=home,
                                   sector=[], why="recipient: the country of the story")]  # fmt: skip
                d.target_why = "aid to the country of the story"
        mediation = cameo_is_mediation(cand)
        if not d.targets and (mediation or (cand.type == "AGREE" and cand.cameo in ("036", "039"))):
            # (an offer to mediate or to host talks or a signing names no one: it is made to
            # the parties the story is about, "offered to host a signing ceremony")
            # "the government and the rebels signed a ceasefire brokered by Kenya": the parties
            # of the deal told in the same sentence
            mine = {a.org or a.country for a in sources}
            same = next((ev for ev in reversed(earlier) if ev.sentence_index == sent_index
                         and ev.type in ("CONCEDE", "RETREAT", "AGREE", "SUPPORT", "CONSULT")
                         and len({a.key() for a in ev.source + ev.target if (a.org or a.country) not in mine}) >= 2),
                        None)  # fmt: skip
            if same is not None:
                d.targets = [_copy_actor(a, "coref:parties of the deal") for a in same.source + same.target
                             if (a.org or a.country) not in mine]  # fmt: skip
                d.target_why = "the parties of the deal in the sentence"
            elif mediation or len(mine) < 2:
                # "the two countries have brokered the talks": between the parties told before
                # (two sides that agree to meet meet each other: "the two delegations agreed to
                # resume talks" is no offer made to others)
                d.targets = [_copy_actor(a, "coref:parties") for a in main_pair(earlier, mine)]
                d.target_why = "the two parties told before" if d.targets else d.target_why

    def _hosted_parties(self, d: _Draft) -> None:
        """ "Kazakhstan hosted talks between the rivals": once the parties told before are
        found, they are the ones who met, with a third party (CONSULT 044, gold/CODING.md:
        talks hosted by a third party have the parties as sources); the host is no one's
        mediator. Talks it mediated or brokered stay its mediation (045)."""
        cand = d.cand
        if not cand.explain.get("hosted") or d.cameo != "045" or len(d.targets) < 2:
            return
        mine = {a.key() for a in d.sources}
        if any(a.key() in mine for a in d.targets):
            return
        # (the parties of the clash told before meet as states, not as their armies)
        d.sources = [
            dataclasses.replace(a, sector=[x for x in a.sector if x != "MIL"]) for a in d.targets
        ]
        d.targets = []
        d.cameo, d.mode = "044", "third-party"
        cand.explain["third_party"] = "hosted by a third party: the parties told before met"

    def _arrange_sides(self, d: _Draft) -> None:
        """Which side is which: of several doers of a reciprocal act with no target, the first
        acts on the rest; envoys met at home are the visitors; a backer's country is not the
        nationality of those it backs."""
        cand, location = d.cand, d.location
        if (
            not d.targets
            and len(d.sources) > 1
            and cand.type in RECIPROCAL
            and not cameo_is_mediation(cand)
            and not cand.explain.get("third_party")  # "hosted talks between X and Y": both met
            and not (cand.cameo == "051" and cand.target_heads)  # "X and Y backed their campaign"
        ):
            d.sources, d.targets = d.sources[:1], d.sources[1:]  # "Trump and Kim met": Trump -> Kim
        if (
            typ_is_meeting(cand)
            and location is not None
            and len(d.sources) == 1
            and d.targets
            and d.sources[0].country == location.country
            and _visitors(cand.target_heads)
            and all(t.country not in (None, location.country) or t.org for t in d.targets)
        ):
            # "Vucic, who met the U.S. and EU envoys in Belgrade": the envoys visited (CODING.md)
            d.sources, d.targets = d.targets, d.sources
        if cand.explain.get("pattern", "").startswith("support.051.adj"):
            # "US-backed Kurdish forces", "Russian-backed separatists": the backer's name inside
            # the phrase is not the nationality of those it backs
            backers = {s.country for s in d.sources if s.country}
            targets = d.targets
            for i, t in enumerate(targets):
                if t.country in backers and not t.org and t.sector:
                    targets[i] = dataclasses.replace(
                        t, country=None, why=t.why + ":backer's country dropped"
                    )

    def _vetoed(self, d: _Draft) -> bool:
        """True when the words describe no political event though a pattern fit: a recruit
        joining, a quarrel, a standing relation of backing, a body's own session, an opinion,
        civilians with artillery, private people, a private call, a holiday retreat."""
        cand, sa, sent = d.cand, d.sa, d.sent
        sources, targets, target_why = d.sources, d.targets, d.target_why
        heads = cand.source_heads[0] if cand.source_heads else []
        if cand.explain.get("pattern", "").startswith("support.050.verb.join") and sources and (
                all(_is_person(a) for a in sources) or (heads and all(
                    t.ent_type_ == "PERSON" or t.lower_ in ("he", "she") or t.lemma_.lower() in PERSON_NOUNS
                    for t in heads))):  # fmt: skip
            return True  # "he left Paris to join the militant group": a recruit, not an alliance
        if (
            cand.type == "AID"
            and cand.cameo == "073"
            and heads
            and all(t.lemma_.lower() in VEHICLE_NOUNS for t in heads)
            and any(set(a.sector) & ARMED_SECTORS for a in sources)
        ):
            # only relief (073): "army helicopters were providing logistical support" is military aid
            return True  # "an army convoy entered the city": a military column, no relief arriving
        if (
            cand.type == "ASSAULT"
            and cand.trigger.lemma_.lower() == "clash"
            and sources
            and targets
            and not any(set(a.sector) & ARMED_SECTORS for a in sources + targets)
            and all(
                set(a.sector) & {"GOV", "LEG", "ELI", "JUD", "PTY", "OPP"} or _is_person(a)
                for a in sources
            )
        ):
            return True  # "the minister clashed with Trump('s assessment)": a quarrel, not a fight
        if (
            cand.type == "REQUEST"
            and cand.target_heads
            and all(own_followers(t) for t in cand.target_heads)
        ):
            # "the party said it supported the strike and urged its members to join": a body
            # rallying its own people makes no demand of anyone
            return True
        if _no_place_taken(cand, targets):
            return True
        if _fire_in_drills(cand):
            return True  # "used live ammunition in drills": no one attacked
        if (
            cand.nominal
            and cand.trigger.dep_ == "nsubj"
            and cand.trigger.lemma_.lower() in DOER_NOT_EVENT.get(cand.type, ())
        ):
            # "the U.N. peacekeeping force in Lebanon has called on ...": the force is the one
            # who acts, named by what it does; "trade between the two has slowed": a statistic
            return True
        if (
            cand.type == "RETREAT"
            and cand.cameo == "0872"
            and sources
            and all(a.sector and set(a.sector) <= {"CVL", "REF"} and not a.org for a in sources)
        ):
            # "villagers who left territory the insurgents controlled", "thousands of
            # residents left the town": people fleeing, no armed force giving up ground
            return True
        pat = cand.explain.get("pattern", "")
        if (
            pat.startswith(("support.051.adj", "aid.070.adj"))
            and cand.target_heads
            and all(t.lemma_.lower() in ABSTRACT_NOUNS for t in cand.target_heads)
        ):
            return True  # "a UN-sponsored peace process", "the Trump-endorsed war": no one backed
        if (
            pat.startswith(("support.", "aid."))
            and ".adj." in pat
            and cand.trigger.dep_ == "amod"
            and targets
            and target_why not in GUESSED_TARGETS
        ):
            # "Saudi-backed tribesmen", "US-trained forces", "Iranian-sponsored militias": a name
            # for those backed, a standing relation described, not an act (CODING.md:
            # descriptions are no events); "a Japanese-funded shipment reached the port" backs
            # no one named and is still the aid delivered
            return True
        if pat.startswith("support.051.adj") and cand.trigger.dep_ == "amod":
            # "drove back Iranian-backed jihadis", "Saudi-backed Islamists", "a NATO-backed
            # uprising", "the US-backed council's headquarters": those backed, named by their
            # backer whether or not their own name gives an actor (gold never codes it)
            return True
        if (
            cand.type == "SUPPORT"
            and cand.cameo == "051"
            and not cand.nominal
            and cand.trigger.dep_ == "acl"
            and cand.trigger.tag_ == "VBN"
            and cand.trigger.lemma_.lower() in OPINION_BACKING
            and cand.trigger.head.pos_ in ("NOUN", "PROPN")
        ):
            # "army units backed by allied militias pushed the gunmen back", "tribes, backed by
            # a foreign coalition, are fighting": who backs those who act is told to say who
            # they are, as "Saudi-backed tribesmen" is (CODING.md: descriptions)
            return True
        if (cand.type == "CONSULT" and cand.trigger.lemma_.lower() in ("meet", "convene") and not targets
                and chamber_alone(sources, sent, sa)):  # fmt: skip
            # "Israel's cabinet met on Sunday", "lawmakers are meeting in the capital to vote on
            # the law", "the Knesset meets on Monday": a body's own session meets no one
            return True
        if cand.type == "CONSULT" and no_body_meeting(cand, sources, sent, sa):
            return True
        if (
            cand.type == "SUPPORT"
            and cand.cameo == "051"
            and not targets
            and not cand.nominal
            and cand.target_heads
        ):
            if all(t.lemma_.lower() in VOTED_TEXTS for t in cand.target_heads) and chamber_alone(
                sources, sent, sa
            ):
                # "sixty-four members backed the motion", "most senators supported the bill": a
                # vote in the chamber, no actor endorsed (the act voted on is its own event)
                return True
            if (all(t.pos_ == "NOUN" and not t.ent_type_ for t in cand.target_heads)
                    and cand.trigger.lemma_.lower() in OPINION_BACKING and _own_opinion(cand.trigger)):  # fmt: skip
                # "said he backed tougher measures at the border": the speaker's stated opinion of
                # a policy, no one endorsed (CODING.md: opinions without disapproval are no
                # events); "X said Y approved the move" still endorses whoever made it
                return True
        if (
            cand.type == "SUPPORT"
            and cand.cameo == "051"
            and not cand.nominal
            and cand.trigger.dep_ == "relcl"
            and cand.trigger.tag_ in ("VBZ", "VBP")
            and not any(c.dep_ in ("aux", "auxpass", "advmod") for c in cand.trigger.children)
        ):
            # "the tribes that support them", "the schools it backs": a standing relation
            # told to say who they are, like "Saudi-backed tribesmen" (CODING.md: descriptions)
            return True
        if (
            cand.type == "ASSAULT"
            and cand.cameo[:3] in ("183", "194", "195")
            and sources
            and all(a.sector == ["CVL"] and a.why.startswith("coref") for a in sources)
        ):
            # "On Tuesday they shelled the clinic" with "they" read as civilians told before:
            # the public fires no artillery, flies no jets and plants no bombs in our events
            return True
        if _foretold_of_another(cand, sources, sa):
            return True
        home = {a.country for a in sources}
        if (cand.type == "AID" and len(home) == 1 and targets
                and all(a.country and not a.org and (not a.sector or set(a.sector) <= STATE_SECTORS)
                        for a in sources)
                and all(t.country in home and not t.org and t.sector
                        and set(t.sector) <= STATE_SECTORS for t in targets)):  # fmt: skip
            # "deployed soldiers to help police guard the border", "the army assisted the
            # police": one arm of a state helping another is no aid between actors
            return True
        if sources and all(_private_person(a) for a in sources):
            # "he met a friend in Erbil", "he went to the front with a volunteer unit": one
            # person with no office, party or group named is no political actor (CODING.md:
            # people are coded by the role they hold)
            return True
        if cand.mode == "phone" and not any(_political_visitor(a, True) for a in sources + targets):
            return True  # "her brother had talked to her by phone": a private call
        if cand.type == "RETREAT" and cand.cameo == "0874" and sources and all(
                set(a.sector) & PRIVATE_SECTORS and not set(a.sector) & (POLITICAL_SECTORS | FIGHTER_SECTORS)
                for a in sources):  # fmt: skip
            return True  # "joined his parents' retreat to the coast": no force retreats
        return False

    def _visit(self, d: _Draft) -> bool:
        """Visits: calling on a person is a visit; True (no event) for the journeys of people
        with no political role, of vehicles, or within the traveller's own country. A visit's
        targets are the places visited."""
        cand, sources = d.cand, d.sources
        if _courtesy_call(cand, d.targets):
            cand.type, cand.cameo, cand.mode = "CONSULT", "042", "visit"
            cand.explain["recoded"] = "calling on a person with nothing asked of them is a visit"
        if cand.mode == "visit" and cand.cameo == "042" and not any(
                _political_visitor(a, cand.trigger.lemma_.lower() in STRONG_VISIT) for a in sources):  # fmt: skip
            # "the women could travel to a nearby embassy", "she travelled to Syria in 2015":
            # a journey by people with no political role is no diplomatic visit
            return True
        if cand.mode == "visit" and cand.cameo == "042" and _vehicle_trip(cand):
            # "ordered the plane, flying from Athens to Riga, to land", "the convoy travelled to
            # Kyiv": a vehicle's journey is no diplomatic visit, whoever it is traced back to
            return True
        if cand.mode == "visit":
            d.targets = [_as_place_target(t) for t in d.targets]
            if cand.cameo == "042" and (met := _met_on_visit(cand, d.sa, sources)):
                # "travel to Addis Ababa to brief the African Union": the one met is the host
                d.targets = met
            home = {a.country for a in sources if a.country}
            if (
                cand.cameo == "042"
                and d.targets
                and home
                and all(t.country in home and not t.org for t in d.targets)
            ):
                # "senators flew back to Washington", "the first lady flew to Florida": a journey
                # at home is no visit to another actor
                if not _trip_for_talks(cand.trigger):
                    return True
                # "the minister is due to return to Aktau on Friday for a second round of
                # talks": a trip at home for talks is the talks held (CONSULT 040), with the
                # party of the last talks its traveller held, told before, else no one named
                cand.cameo, cand.mode = "040", None
                own = {a.key() for a in sources}
                before = [ev for ev in d.earlier if ev.type == "CONSULT" and ev.target
                          and own & {a.key() for a in ev.source}]  # fmt: skip
                d.targets = list(before[-1].target) if before else []
                cand.explain["recoded"] = "a trip at home for talks is the talks"
        return False

    def _resignation(self, d: _Draft) -> None:
        """A resignation's guessed target from another phrase of the clause is no one resigned from."""
        cand = d.cand
        if (
            cand.type == "RETREAT"
            and cand.cameo == "0831"
            and cand.nominal
            and d.target_why == "other phrase of the clause"
        ):
            d.targets = []  # "the resignation deprives Europe of an interlocutor": no one resigned from Europe

    def _riot(self, d: _Draft) -> None:
        """Takes the candidate's code, recoding violence by demonstrators against no one named
        as a riot (CAMEO 145) against their own government."""
        cand, sa = d.cand, d.sa
        d.typ, d.cameo, d.mode = cand.type, cand.cameo, cand.mode
        location = d.location
        rioters = _rioters(cand, d.sources, d.targets, d.target_why, d.sent, sa)
        if rioters:
            # "protesters set cars on fire", "protesters and police fought running battles":
            # violence by demonstrators against no one named is rioting (CAMEO 145)
            d.typ, d.cameo, d.mode = "PROTEST", "145", "riot"
            d.sources = rioters
            home = _first_country(rioters)  # the rioters' own government
            d.targets = _domestic_target(cand, d.sources, location if not home or (location and location.country == home)
                                         else None, sa, typ="PROTEST")  # fmt: skip
            d.target_why = "domestic convention"
            cand.explain["recoded"] = "violence by demonstrators is a riot"

    def _mobilized_force(self, d: _Draft) -> None:
        """A state that mobilises its forces: the forces are the doer, not a target."""
        cand, sa = d.cand, d.sa
        sources = d.sources
        if (
            d.typ == "MOBILIZE"
            and len(sources) == 1
            and sources[0].sector in ([], ["GOV"])
            and sources[0].country
        ):
            # "Lithuania raised the readiness of its rapid reaction force": the force is mobilised
            for t in [c for c in cand.trigger.subtree if c.lemma_.lower() in FORCE_WORDS][:1]:
                got = [
                    a
                    for a in sa.actors_for(t)
                    if a.country == sources[0].country and "MIL" in a.sector
                ]
                unnamed = not any(c.dep_ in ("amod", "compound", "nmod") and (c.pos_ == "PROPN" or c.ent_type_)
                                  for c in t.children)  # fmt: skip
                if not got and (
                    any(c.dep_ == "poss" for c in t.children) or (unnamed and t.dep_ == "dobj")
                ):
                    # "its rapid reaction force", "put the army on alert": the source's own
                    got = [Actor(text=t.text, name=f"{sources[0].name} forces", country=sources[0].country,
                                 sector=["MIL"], start=t.idx + sa.offset, end=t.idx + len(t) + sa.offset,
                                 why="its forces")]  # fmt: skip
                if got:
                    d.sources = got[:1]
                    d.targets = [a for a in d.targets if (a.start, a.end) != (t.idx + sa.offset, t.idx + len(t) + sa.offset)
                                 and not ("MIL" in a.sector and ("implicit" in a.why or "context" in a.why))]  # fmt: skip

    def _recode(self, d: _Draft) -> None:
        """Codes that follow from who the sides are: a state's protest is an official
        complaint, joint exercises are cooperation, troops withdrawn leave a country, curbs on
        another country's officials are sanctions, a state's armed act is its military's."""
        cand, sa, location = d.cand, d.sa, d.location
        if (
            d.typ == "PROTEST"
            and d.cameo == "141"
            and cand.trigger.lemma_.lower() == "protest"
            and (cand.trigger.pos_ == "VERB" or _formal_protest(cand.trigger))
            and d.sources
            and all(_state_itself(a) for a in d.sources)
        ):
            # "Ghana protests after Togolese police detain fishermen", "the Ghanaian government
            # protested against the arrests", "Manila filed a protest": a state that protests
            # complains officially (114); it does not demonstrate, and not against its own
            # government
            home = {a.country for a in d.sources}
            d.typ, d.cameo, d.mode = "ACCUSE", "114", "allege"
            d.targets = [t for t in d.targets if not (t.country in home and not t.org)]
            cand.explain["recoded"] = "a state's protest is an official complaint"
        if (
            d.typ == "COERCE"
            and d.mode == "withhold"
            and d.sources
            and d.targets
            and all(t.country and not t.org and "CVL" not in t.sector for t in d.targets)
            and not {t.country for t in d.targets} & {a.country for a in d.sources}
        ):
            # "Moscow cut gas to Transnistria": supplies cut off from another country are a
            # sanction (160); withholding is what a state does to its own people (CODING.md)
            d.typ, d.cameo, d.mode = "SANCTION", "160", "discontinue"
            cand.explain["recoded"] = "supplies cut off from another country are a sanction"
        if (
            d.typ == "MOBILIZE"
            and len({a.country for a in d.sources if a.country}) > 1
            and any(t.lemma_.lower() in EXERCISE_WORDS for t in cand.trigger_tokens)
        ):
            # "French and Egyptian warships launched war games": joint, so COOPERATE (062)
            d.typ, d.cameo, d.mode = "COOPERATE", "062", None
            cand.explain["recoded"] = "exercises of more than one country are military cooperation"
            if cand.explain.get("wrapper") in ("intent", "proposal"):
                # "India and Sri Lanka agreed to hold joint naval exercises every year": what
                # they agree to is future cooperation, the agreement is the act (AGREE 0312)
                d.typ, d.cameo = "AGREE", "0312"
                cand.explain["recoded"] = (
                    "an agreement to hold joint exercises is a promise of military cooperation"
                )
        if (
            d.typ == "ACCUSE"
            and d.cameo == "113"
            and cand.trigger.lemma_.lower() == "campaign"
            and d.targets
            and all(_place_only(t) for t in d.targets)
        ):
            # "mounted a campaign against Mosul", "a campaign by the government
            # against Idlib": a campaign against a place is a military one, not rallying
            # opposition (113)
            d.typ, d.cameo, d.mode = "ASSAULT", "190", None
            cand.explain["recoded"] = "a campaign against a place is a military campaign"
        if (
            d.typ == "COERCE"
            and cand.explain.get("pattern_text") == "seize T"
            and d.sources
            and all(_armed_taker(a) for a in d.sources)
            and cand.target_heads
            and all(_seized_person(h, d.targets) for h in cand.target_heads)
        ):
            # "rebels seized a New Zealand pilot", "gunmen seized the chief's deputy", "bandits
            # seized twenty civilians": people taken by an armed group or by criminals
            # (kidnappers, pirates) are abducted (181); a state's men seizing them arrest;
            # a town ("seized Goma", which the parser may take for a person's name) is taken
            d.typ, d.cameo, d.mode = "ASSAULT", "181", "abduct"
            cand.explain["recoded"] = "people seized by an armed group are abducted"
        if (
            d.typ in ("ASSAULT", "COERCE")
            and cand.explain.get("pattern_text") in TAKING_PATTERNS
            and not has_to_aux(cand.trigger)
            and cand.target_heads
            and (
                all(_taken_place(h) for h in cand.target_heads)
                or (d.targets and all(_place_only(a) for a in d.targets))
            )
        ):
            # "the rebels captured Wad Madani", "overran the town of X", "seized Y, a border
            # town": taking a place is occupying territory (COERCE 192), not a battle (190);
            # not the aim of an offensive ("launched an offensive to capture X": the attack)
            d.typ, d.cameo, d.mode = "COERCE", "192", "seize"
            cand.explain["recoded"] = "a place taken is territory occupied"
            if not d.targets and location is not None and location.country:
                # "captured X, a mining town" (a town the knowledge base does not know): the
                # country whose territory it is, where the event took place
                h = cand.target_heads[0]
                d.targets = [Actor(text=h.text, name=h.text, country=location.country, sector=[],
                                   start=h.idx + sa.offset, end=h.idx + len(h) + sa.offset,
                                   why="country of the place taken")]  # fmt: skip
                d.target_why = "country of the place taken"
        elif (
            d.typ == "ASSAULT"
            and cand.explain.get("pattern_text") == "capture T"
            and cand.target_heads
            and all(_seized_person(h, d.targets) for h in cand.target_heads)
        ):
            # "the militia captured three men suspected of smuggling", "troops captured two
            # commanders": people captured on suspicion or by a state's forces are detained
            # (173); by an armed group, abducted (181); not a town taken (192)
            if any(_suspected(h) for h in cand.target_heads) or (
                d.sources and all(not _armed_taker(a) for a in d.sources)
            ):
                d.typ, d.cameo, d.mode = "COERCE", "173", "arrest"
                cand.explain["recoded"] = "people captured by a state or on suspicion are detained"
            else:
                d.typ, d.cameo, d.mode = "ASSAULT", "181", "abduct"
                cand.explain["recoded"] = "people captured by an armed group are abducted"
        sources = d.sources
        decided = (
            (d.typ == "CONCEDE" and cand.explain.get("inner_type") == "RETREAT")
            or d.typ == "REJECT"
        ) and cand.explain.get("pattern", "").startswith(
            "retreat.0872"
        )  # a troop withdrawal decided or promised, or refused ("would not withdraw its troops")
        if (
            ((d.typ == "RETREAT" and d.cameo.startswith("087")) or decided)
            and sources
            and d.targets
            and all(
                (t.country == sources[0].country or (decided and t.country is None))
                and not t.org
                and "MIL" in t.sector
                for t in d.targets
            )
        ):
            # "Uganda began withdrawing the troops it sent to South Sudan": its own troops are
            # what it withdraws, not whom from; the country they leave is the target (also of
            # a withdrawal decided: "the cabinet's move to bring its soldiers home from Mali")
            left = _country_left(cand, sa, sources[0].country)
            if (
                left is None
                and location is not None
                and location.country not in (None, sources[0].country)
            ):
                left = location.country
            d.targets = (
                [
                    Actor(
                        text=_country_name(sa, left),
                        name=_country_name(sa, left),
                        country=left,
                        sector=[],
                        why="the country the troops leave",
                    )
                ]  # fmt: skip
                if left
                else []
            )
        if _sanction_abroad(d.typ, d.cameo, d.sources, d.targets) and not (
            _visa_refusal(cand) and not all(t.sector for t in d.targets)
        ):
            # (visas refused to "nine Belarusian rowers", people named by their country
            # alone, are no sanction on that state: only its officials' or bodies' are)
            d.typ, d.cameo, d.mode = "SANCTION", "163", "discontinue"
            cand.explain["recoded"] = (
                "a restriction laid on another country's officials is a sanction"
            )
        self._police_sent_abroad(d)
        _arms_sent_home(d)
        if _armed_act(d.typ, d.cameo, cand):
            # "unprovoked Indian fire", "Russia and Belarus began joint military exercises":
            # a state's use or show of armed force is its military's
            d.sources = [_as_military(a) for a in d.sources]
            if d.cameo == "062":  # the other party to joint exercises too
                # ("the three allies plan a naval exercise near the island of Jeju": a place
                # of a doer's own country is where they exercise, no one it is aimed at)
                homes = {a.country for a in d.sources if a.country}
                d.targets = [_as_military(a) for a in d.targets if not (
                    a.country in homes and (a.why == "kb:country:region" or "as a place" in a.why))]  # fmt: skip

    def _police_sent_abroad(self, d: _Draft) -> None:
        """A state that sends its police to another state helps that state keep order (PLOVER
        AID: "military and police assistance including ... personnel", 074); announcing it
        ("said it would send 300 police officers to Haiti") is a promise of that help (AGREE
        0334), made when said; foreign police that arrive in a state ("Kenyan police officers
        arrived in Port-au-Prince") are that help given (planned when told ahead). Where the sentence names no
        destination, police sent go to the country the story is set in when it is not the
        sender's own. Not police sent to a border ("to the border with Kosovo"), nor at home.
        Troops are aid only when a purpose clause says they go to help another state
        ("promised to send troops to help the Somali army"): else a deployment is a show of
        force."""
        cand = d.cand
        if d.typ != "MOBILIZE" or len(d.sources) != 1:
            return
        arrived = cand.trigger.lemma_.lower() in ARRIVING_VERBS
        if cand.trigger.lemma_.lower() not in SENDING_VERBS and not arrived:
            return
        src = d.sources[0]
        helped = self._forces_sent_to_help(d, src)
        # "offered to send 200 troops to Iraq", "agreed to send soldiers to Mali": forces
        # offered or promised to another state named are a promise of aid to it (CODING.md)
        offered = not arrived and cand.explain.get("wrapper") in OFFERING_WRAPPERS
        if not helped and d.mode != "police" and not (offered and d.targets):
            return
        if (
            not (src.country or (helped and src.org))
            or (src.org and not helped)
            or set(src.sector) - {"GOV", "COP", *(["MIL", "IGO"] if helped or offered else [])}
        ):
            return  # (a bloc's forces are aid only to a state that asked: "the CSTO sent")
        if helped:
            dest = helped
        elif d.targets:
            if any(h.pos_ != "PROPN" and h.ent_type_ != "GPE" for h in cand.target_heads):
                return  # "sent police to the border with Kosovo": a show of force at a border
            dest = [t for t in d.targets if t.country and t.country != src.country
                    and not t.org and set(t.sector) <= {"GOV"}]  # fmt: skip
            if len(dest) != len(d.targets):
                return
        elif arrived:
            return  # police that "arrived" nowhere named have come to no other state
        else:
            story = ground.story_country(d.sa)
            if not story or story == src.country:
                return
            name = _country_name(d.sa, story)
            dest = [
                Actor(text=name, name=name, country=story, sector=[], why="the story's country")
            ]
        d.targets = dest
        why = cand.explain.get("modality_why", "")
        if offered or (
            d.modality == "planned" and not arrived and (why.startswith(FUTURE_WHY) or helped)
        ):
            # (an arrival told ahead, "will arrive next week", is the aid planned, not a
            # promise: the arriving police make none)
            d.typ, d.cameo, d.mode, d.modality = "AGREE", "0334", None, "asserted"
            if d.location is not None and d.location.country == src.country:
                d.location = None  # the sender's country was a guess for police moved at home
            cand.explain["recoded"] = (
                "a promise to send police to another state is a promise of aid"
            )
            cand.explain["modality_why"] = "the announcement happened"
        else:
            d.typ, d.cameo, d.mode = "AID", "074", None
            cand.explain["recoded"] = "police sent to another state are aid to it"

    def _forces_sent_to_help(self, d: _Draft, src: Actor) -> list[Actor]:
        """The other state a purpose clause of the sending says the forces go to help ("send
        troops to help the Somali army", "to help Niger fight jihadists"), or the state a
        multinational force they join serves in ("send troops to a new AU force in Somalia"),
        else []."""
        if d.sa is None or not (src.country or src.org):
            return []
        helped, purpose = [], False
        # "Kazakhstan asked the CSTO for help, and the bloc sent 2,000 troops": a request told
        # in a clause joined to the sending is made by the state the forces help
        trig = d.cand.trigger
        if trig.dep_ == "conj" and trig.head.pos_ == "VERB":
            asked = trig.head
            wanted = [o for o in asked.children if o.dep_ == "dobj"] + prep_objects(
                asked, "prep", "for"
            )
            if (
                asked.lemma_.lower() in ASKED_FOR_FORCES_VERBS
                and not _negated(asked)
                and any(o.lemma_.lower() in ASKED_HELP_NOUNS for o in wanted)
            ):
                helped += [s for s in asked.children if s.dep_ == "nsubj"]
        if not src.country:  # a bloc's forces help only a state that asked (the clause above)
            out = [a for h in helped for a in d.sa.actors_for(h) if a.country and not a.org]
            return [Actor(text=a.text, name=a.name, country=a.country, sector=[],
                          why="the state helped") for a in out[:1]]  # fmt: skip
        for c in d.cand.trigger.children:
            if c.dep_ not in ("advcl", "xcomp") or not has_to_aux(c):
                continue
            if _keeping_order(c):
                purpose = True
            if c.lemma_.lower() not in HELPING_PURPOSE_VERBS:
                continue
            purpose = True
            helped += [g for g in c.children if g.dep_ == "dobj"] + [
                s for x in c.children if x.dep_ in ("ccomp", "xcomp")
                for s in x.children if s.dep_ == "nsubj"
            ]  # fmt: skip
        # "sent troops to Somalia at the request of its government", "flew soldiers in at the
        # government's request": forces sent at a state's request help it (CODING.md: AID 074)
        for r in prep_objects(d.cand.trigger, "prep", "at"):
            if r.lemma_.lower() in REQUEST_NOUNS:
                helped += [c for c in r.children if c.dep_ == "poss"] + prep_objects(
                    r, "prep", "of"
                )
        joined = [*d.cand.target_heads, *prep_objects(d.cand.trigger, "prep", ("to", "into"))]
        helped += [g for h in joined if _multinational_force(h, d.sa)
                   for g in prep_objects(h, "prep", "in")]  # fmt: skip
        out = [a for h in helped for a in d.sa.actors_for(h)
               if a.country and a.country != src.country and not a.org]  # fmt: skip
        if not out and purpose:
            # "would send 1,000 more soldiers to help secure the capital", "150 more soldiers
            # to Haiti to join the mission": a purpose of help or order naming no state helps
            # the foreign state they go to, else the story's country when not the sender's
            # (not a place the sentence names otherwise: "to secure the border with Kosovo")
            to = prep_objects(d.cand.trigger, "prep", ("to", "into"))
            named = bool(to) and all(h in to and (h.pos_ == "PROPN" or h.ent_type_ == "GPE")
                        for h in d.cand.target_heads)  # fmt: skip
            out = [t for t in d.targets if named and t.country and t.country != src.country
                   and not t.org]  # fmt: skip
            story = ground.story_country(d.sa)
            if not d.targets and story and story != src.country:
                name = _country_name(d.sa, story)
                out = [
                    Actor(text=name, name=name, country=story, sector=[], why="the story's country")
                ]
        return [
            Actor(text=a.text, name=a.name, country=a.country, sector=[], why="the state helped")
            for a in out[:1]
        ]

    def _date(self, d: _Draft) -> tuple:
        """The event's date and what it was taken from: the clause, the event it refers back
        to (whose date a later mention may narrow), else the publication. An act dated after
        the report is planned."""
        cand, art, inherited = d.cand, d.art, d.inherited
        date = ground.attach_time(cand, d.exprs, art.published, d.modality)
        basis_note = "clause"
        if date is None and inherited is not None:
            date = inherited.date
            basis_note = "inherited from the event it refers back to"
        if date is None:
            date = ground.W.publication_interval(art.published, d.modality)
            basis_note = "publication"
        elif (d.modality == "asserted" and art.published and date.start and date.start > art.published
              and date.basis != "publication" and d.typ not in SAID_TYPES):  # fmt: skip
            # "called a general strike for Thursday": an act dated after the report has not
            # happened yet; it is planned (a promise or threat of a later act is made now)
            d.modality = "planned"
        elif inherited is not None and date.start and inherited.date.start:
            # "The trip, from Monday to Wednesday, ...": the later mention narrows the first
            narrowed = ground.narrow(inherited.date, date)
            if narrowed is date:
                inherited.date = date
        return date, basis_note

    def _event(self, d: _Draft, date) -> Event | None:
        """The contract event, or None when it is the event told before mentioned again (the
        mention is added to that event)."""
        cand, art, sent_index, inherited = d.cand, d.art, d.sent_index, d.inherited
        sources, targets, typ, cameo = d.sources, d.targets, d.typ, d.cameo
        info = cameo_table()[cameo]
        doc_off = d.para_start
        toks = cand.trigger_tokens
        trigger = " ".join(t.text for t in toks)
        starts = [t.idx + doc_off for t in toks] + [
            a.start for a in sources + targets if a.start >= 0
        ]
        ends = [t.idx + len(t) + doc_off for t in toks] + [
            a.end for a in sources + targets if a.end >= 0
        ]
        sent_text = d.sent.text
        ev = Event(
            article_id=art.id, published=art.published, sentence_index=sent_index,
            text=sent_text, span=(min(starts), max(ends)), trigger=trigger,
            trigger_offset=_offset_token(cand).idx + doc_off, type=typ, mode=d.mode,
            cameo=cameo, quad_class=quad_class(cameo), goldstein=info.goldstein,
            source=sources, target=targets, date=date, modality=d.modality, location=d.location,
        )  # fmt: skip
        ev.mentions = [Mention(sent_index, sent_text, ev.span, trigger)]
        if inherited is not None and _told_again(d, inherited, date):
            # "hours after the truce began", "to monitor the ceasefire", "those detained":
            # the event told before, mentioned again (whatever the clause around it says of it)
            inherited.mentions.append(ev.mentions[0])
            if referring_participle(cand.trigger) and d.target_why not in GUESSED_TARGETS:
                # "those detained include the party's chairman": whom it befell, named
                _name_targets(inherited, [a for a in targets if a.country or a.org])
            return None
        return ev

    def _explain(self, d: _Draft, ev: Event, date, basis_note: str) -> None:
        """The event's confidence and the explanation of how it was found (`--explain`)."""
        cand, sources, targets = d.cand, d.sources, d.targets
        ev.explain = dict(cand.explain)
        if d.headline:
            ev.explain["headline"] = True
        if (
            cand.trigger.tag_ == "VBG"
            and cand.trigger.dep_ in ("advcl", "xcomp")
            and cand.trigger.head.i < cand.trigger.i
        ):
            ev.explain["participle"] = (
                True  # "shelled Juba, killing 20 people": the same act told on
            )
        feats = confidence_features(
            cand, sources, targets, d.source_why, d.target_why, d.modality, d.headline
        )
        ev.explain["confidence_features"] = {k: v for k, v in feats.items() if v}
        ev.confidence = confidence(feats)
        ev.explain.update({
            "trigger_token": cand.trigger.text,
            "path": _path(cand),
            "source": [f"{a.text} -> {a.code} ({a.why})" for a in sources],
            "target": [f"{a.text} -> {a.code} ({a.why})" for a in targets],
            "source_found_by": d.source_why,
            "target_found_by": d.target_why,
            "date": f"{date.basis}: {date.text or basis_note}",
            "location": d.location.text if d.location else None,
        })  # fmt: skip

    def _event_noun_subject(self, cand: Candidate) -> bool:
        """ "The trip also includes stops in Tokyo": the subject names an earlier event."""
        for opt in cand.source_heads[:1]:
            for t in opt:
                if t.pos_ == "NOUN" and any(
                    p.type == cand.type for p in self.lexicon.candidates("noun", t.lemma_.lower())
                ):
                    return True
        return False


HARM_NOUNS = word_class("harm_nouns")  # data/word_classes.yaml
# nouns for people one can take hostage ("seized a pilot", "seized two aid workers")
SEIZED_PEOPLE = word_class("seized_people_nouns")


VESSEL_WORDS = word_class("vessel_nouns")  # data/word_classes.yaml


def _fighters_told(memory) -> bool:
    """The story has named rebels, militants or other armed men outside the state's forces
    ("the region divided among armed groups"): an agentless detention may be theirs."""
    return any(set(a.sector) & FIGHTER_SECTORS for a in memory.seen)


def _armed_taker(a: Actor) -> bool:
    """An armed group or criminals (kidnappers, pirates), not a state's forces: people they
    seize or capture are abducted."""
    return bool(set(a.sector) & (FIGHTER_SECTORS | {"CRM"})) and "MIL" not in a.sector


def _seized_person(h, targets: list[Actor]) -> bool:
    """The object of "seized" is one or more people: a noun for people ("a Norwegian pilot"),
    or a person's name the knowledge base does not know as a place ("seized Goma")."""
    if token_in(h, SEIZED_PEOPLE):
        return True
    if any(c.dep_ == "compound" and c.lemma_.lower() in SEIZED_PEOPLE for c in h.children):
        return True  # "seized New Zealand pilot Phillip Mehrtens"
    if any(c.dep_ == "compound" and c.lemma_.lower() in VESSEL_WORDS for c in h.children):
        return False  # "seized the car carrier Galaxy Leader": a ship's name
    return h.ent_type_ == "PERSON" and not any(
        (a.kb_id or "").startswith("country:") for a in targets
    )


# the patterns of taking something by force whose object may be a place: "capture T",
# "seize T", "overrun T" (a verb of data/word_classes.yaml seizing_verbs and its object)
TAKING_PATTERNS = {f"{w} T" for w in word_class("seizing_verbs")}
TAKEN_PLACE_NOUNS = word_class("taken_place_nouns")  # data/word_classes.yaml


def _slot_words(cand) -> set[str]:
    """The words the pattern's constrained slot allows (`T!:town|...|places` -> {town, ...})."""
    slot = cand.explain.get("pattern_text", "").partition(":")[2].split(" ")[0]
    return set(slot.split("|")) - {""}


def _no_place_taken(cand, targets: list[Actor]) -> bool:
    """The pattern's slot takes a place's name (`T!:town|...|places`, match._constrained) but
    no place was taken: "took Smith" (a name the parser took for a place's), "the towns they
    had taken" (places described by their holder, no act told). The slot's own nouns are
    places taken too ("took the border crossing"), and so is a state the name resolved to
    though the parser took it for a person's ("the AU suspended Madagascar")."""
    slot = _slot_words(cand)
    if "places" not in slot:
        return False
    if cand.trigger.dep_ == "relcl":
        return True
    nouns = TAKEN_PLACE_NOUNS | slot
    return not (
        all(_taken_place(h, nouns) for h in cand.target_heads)
        or (targets and all(_place_only(a) or _state_itself(a) for a in targets))
    )


def _taken_place(h, nouns: frozenset[str] | set[str] = TAKEN_PLACE_NOUNS) -> bool:
    """The object taken is a place: a place's name ("captured Wad Madani"), a place noun
    ("the town of X"; `nouns`, by default word class taken_place_nouns) or a name with one
    in apposition ("X, a ruby-mining town", "X, the army's last stronghold"), which the
    parser may take for a person's name."""
    if token_in(h, nouns):
        return True
    if any(c.dep_ == "appos" and token_in(c, nouns) for c in h.children):
        return True
    return h.ent_type_ in ("GPE", "LOC")


def _suspected(h) -> bool:
    """ "three men suspected of smuggling", "two women accused of spying": people held on
    suspicion."""
    return any(
        c.dep_ == "acl" and c.lemma_.lower() in ("suspect", "accuse") and c.tag_ == "VBN"
        for c in h.children
    )


# event nouns that, as a verb's subject, name the doer or a quantity, not an event
# (data/word_classes.yaml), by event type
DOER_NOT_EVENT = {
    "AID": word_class("doer_aid_nouns"),
    "COOPERATE": word_class("doer_cooperate_nouns"),
}


def _other_person(a: Actor, b: Actor) -> bool:
    """`a` and `b` are two different people ("Latheef accused him": him, the president)."""
    return _is_person(a) and _is_person(b) and bool(a.name) and bool(b.name) and a.name != b.name


def _own_state_referred(a: Actor) -> bool:
    """A state or its forces referred to by a pronoun or a compass name ("its territory",
    "his forces", "the North"): in a threat, the threatener's own side, never its target."""
    return (not a.sector or bool(set(a.sector) & STATE_SECTORS)) and (
        "pronoun" in a.why or a.why.startswith("coref:country")
    )


def _harmed(a: Actor, sent, sa) -> bool:
    """`a` is named as who suffered an act: "the killing of its general"."""
    h = _head_token(a, sent, sa)
    return (
        h is not None
        and h.dep_ == "pobj"
        and h.head.lower_ == "of"
        and h.head.head.lemma_.lower() in HARM_NOUNS
    )


def _condition_subject_targets(d: _Draft, subjects) -> list[Actor]:
    """The actors the first condition subject names other than the doer (a state or a
    body): whom a threat or a refusal naming no one is aimed at ("unless the government
    drops the tax", "until Caracas frees the activists")."""
    keys = {a.key() for a in d.sources}
    for g in subjects:
        got = [a for a in d.sa.actors_for(g) if a.key() not in keys and (a.country or a.org)]
        if got:
            return got
    return []


# acts done to people that a condition may ask to undo ("unless the inspectors are readmitted")
ACTED_ON_TYPES = {"COERCE", "SANCTION", "ASSAULT"}


def _condition_doers(d: _Draft, subjects) -> list[Actor]:
    """Whom a threat naming no one is aimed at when its condition's subject is no one who
    would act: an act ("if the attacks on shipping do not stop"): the doers of that act told
    before; people acted on ("unless the inspectors are readmitted", "if the detainees are not
    freed", no "by" phrase naming a doer): the doer of the last act told before on them, who
    holds or expelled them. Empty when neither is told."""
    keys = {a.key() for a in d.sources}
    for g in subjects:
        if g.dep_ == "nsubjpass":
            if any(d.sa.actors_for(x) for x in prep_objects(g.head, "agent")):
                continue  # "unless the prisoners are freed by the rebels": the doer is named
            people = [a for a in d.sa.actors_for(g) if a.code]
            if g.head.lemma_.lower() in RELEASE_VERBS:
                # "if the detainees are not freed": whoever arrested or abducted them
                got = _holder_of(d.earlier, [a for a in people if a.country], d.sources,
                                 d.sent_index)  # fmt: skip
                if got:
                    return got
                continue
            patients = {a.code for a in people if a.country or a.org}
            noun = g.lemma_.lower()
            for ev in reversed(d.earlier):
                if d.sent_index - ev.sentence_index > 8:
                    break
                if not ev.target or any(a.key() in keys for a in ev.source):
                    continue
                # the people named as actors, else ("the inspectors") the act told on them
                # in a sentence naming them so
                if ({a.code for a in ev.target} & patients if patients
                        else ev.type in ACTED_ON_TYPES
                        and any(noun_lemma(w) == noun for w in _words(ev.text))):  # fmt: skip
                    return [_copy_actor(a, "coref:doer of the act on them") for a in ev.source]
        elif g.dep_ == "nsubj":
            is_ref, types = referent_types(g)
            if is_ref and types and types & {"ASSAULT", "COERCE"}:
                got = _referent_sources(d.earlier, types, d.sources, d.sent_index,
                                        lemma=referent_lemma(g))  # fmt: skip
                got = [a for a in got if a.key() not in keys]
                if got:
                    return [_copy_actor(a, "coref:event-target") for a in got]
    return []


def _path(cand: Candidate) -> str:
    parts = [f"{cand.trigger.text}/{cand.trigger.dep_}"]
    if cand.head != cand.trigger:
        parts.append(f"under {cand.head.text}/{cand.head.dep_}")
    src = "; ".join("+".join(f"{t.text}/{t.dep_}" for t in opt) for opt in cand.source_heads[:1])
    tgt = "+".join(f"{t.text}/{t.dep_}" for t in cand.target_heads)
    return f"{' '.join(parts)} | source {src or '-'} | target {tgt or '-'}"


def _is_headline(sent, para_start: int, art: Article) -> bool:
    """The article's first line when it reads as a headline: short, with no closing full
    stop, followed by the body. Each of its sentences is the headline's ("X recalls envoy;
    Y pledges troops" is two clauses, clause_bounds.py)."""
    if para_start != 0:
        return False
    doc = sent.doc
    text = doc_text(doc).strip()
    if "\n" in text or len(text) > 200 or text.endswith((".", "!", "?", '"', "”", "'", ":")):
        return False
    return len(art.text.strip()) > len(text) + 40


def _verbless(sent) -> bool:
    """A headline with no verb ("EU sanctions on Iran over drone sales", "Israeli air strikes
    on Gaza") names a topic; the events are the body's (the gold set never codes a headline:
    CODING.md, the evidence is the body's first mention). A finite verb or an infinitive
    ("Pompeo to visit Seoul", "China warns Taiwan"), or a lower-case "-s" word tagged a
    plural noun right after a one-word name opening the sentence, before a noun phrase
    ("Poland scrambles jets": clause_bounds.headline_verb), reports one."""
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or (t.tag_ == "VB" and t.i > sent.start)
                   for t in sent) and not headline_verb(sent.doc, sent.start)  # fmt: skip


def _public_at(sa: SentenceActors, country: str, h, why: str) -> Actor:
    """The unnamed public of the country where a protest gathers or spreads."""
    name = _country_name(sa, country)
    return Actor(text=h.text, name=f"{name} people", country=country, sector=["CVL"],
                 start=h.idx + sa.offset, end=h.idx + len(h) + sa.offset, why=why)  # fmt: skip


_ANY = object()


CITIZENSHIP_NOUNS = word_class("citizenship_nouns")  # data/word_classes.yaml
RUNNING_WORDS = word_class("running_participles")  # data/word_classes.yaml
STATE_RUNNERS = word_class("state_runner_words")  # data/word_classes.yaml


def _facility_runner(v):
    """The word naming who runs the place someone is held in ("detained in a Kurdish-run
    camp", "a rebel-controlled prison"): the modifier before "-run"; None when the place
    says no such thing."""
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ not in ("in", "at", "inside"):
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            for m in g.children:
                if m.dep_ in ("compound", "amod") and m.lower_ in RUNNING_WORDS and m.i >= 2:
                    if m.doc[m.i - 1].text == "-" and m.doc[m.i - 2].lower_ not in STATE_RUNNERS:
                        return m.doc[m.i - 2]
    return None


def _citizenship_state(cand: Candidate, sa) -> str | None:
    """Whose citizenship an agentless revocation takes away ("were stripped of their British
    citizenship", "had her citizenship revoked"): the country its modifier names, else the one
    country of those who lose it (a state strips its own citizens); None for other acts."""
    v = cand.trigger
    nouns = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns += prep_objects(v)
    nouns = [n for n in nouns if n.lemma_.lower() in CITIZENSHIP_NOUNS]
    if not nouns:
        return None
    named = {a.country for n in nouns for c in n.children if c.dep_ in ("amod", "compound", "nmod")
             for a in sa.actors_for(c, conjuncts=False, as_agent=True) if a.country}  # fmt: skip
    if not named:
        named = {a.country for h in cand.target_heads for a in sa.actors_for(h) if a.country}
    return next(iter(named)) if len(named) == 1 else None


def _name_targets(ev: Event, named: list[Actor]) -> None:
    """Adds to `ev`'s targets those a later mention names: one that says more of a target
    (PTI of "the party") takes its place, one that says less or the same adds nothing."""
    for a in named:
        coarser = [i for i, t in enumerate(ev.target) if a.code.startswith(t.code)]
        if coarser and ev.target[coarser[0]].code != a.code:
            ev.target[coarser[0]] = a
        elif not coarser and not any(t.code.startswith(a.code) for t in ev.target):
            ev.target.append(a)


# an event noun may take a day or two from its clause ("on Wednesday a court barred them
# while the inquiry continues"); weeks apart, it is another happening
ANOTHER_TIME_DAYS = 14


def _told_again(d: _Draft, inherited: Event, date) -> bool:
    """Whether the draft is the event it refers back to (`_Draft.inherited`) told again: an
    event noun ("the truce", "his arrest") whose targets are that event's, a guess, or a
    possessive pronoun standing for them; a participle of those it befell ("those detained"),
    whoever it names, of the same time ("the men detained on Friday" after Tuesday's arrests
    are others); neither weeks apart ("his arrest in May 2023" after last night's)."""
    cand, targets = d.cand, d.targets
    participle = not cand.nominal and referring_participle(cand.trigger)
    if participle and not _overlap(date, inherited.date):
        return False
    if _apart(date, inherited.date, ANOTHER_TIME_DAYS):
        return False  # "his arrest in May 2023" is not last night's
    if not cand.nominal and inherited.type != d.typ:
        return False
    if participle or not targets or _compatible(targets, inherited.target):
        return True  # "those detained include two MPs": the people it befell, named
    if not inherited.target or not cand.nominal:
        return False
    return d.target_why in GUESSED_TARGETS or possessive_patient(cand.trigger, cand.target_heads)


def _holder_told(earlier: list[Event], sent_index: int) -> Event | None:
    """The arrest told in the sentence before, or the conviction told in the two before, of
    those an agentless release lets go: the later of the two, whose doer holds them."""
    told = [
        _last_event(earlier, typ, mode, within=(sent_index, n),
                    where=lambda ev: ev.source and ev.modality == "asserted")
        for typ, mode, n in (("COERCE", "arrest", 1), ("SANCTION", "convict", 2))
    ]  # fmt: skip
    told = [ev for ev in told if ev is not None]
    return max(told, key=lambda ev: (ev.sentence_index, ev.trigger_offset)) if told else None


def _last_event(earlier: list[Event], typ, mode=_ANY, *, within=None, where=None) -> Event | None:
    """The last event of `earlier` of type `typ`; of mode `mode` when one is given (None is a
    mode too); when `within` = (sentence index, n) is given, told at most n sentences before
    that sentence; and for which `where` holds when given. None if there is none."""
    for ev in reversed(earlier):
        if (
            ev.type == typ
            and (mode is _ANY or ev.mode == mode)
            and (within is None or within[0] - ev.sentence_index <= within[1])
            and (where is None or where(ev))
        ):
            return ev
    return None


MISSION_NOUNS = word_class("mission_nouns")  # data/word_classes.yaml
# the sentences (headline included) a dateline places: the lead of the story
LEAD_SENTENCES = 3
SUMMONS_VERBS = word_class("summons_verbs")  # data/word_classes.yaml


# sectors of a state or of its politics: a demand aimed at them is no demand for nationals
STATE_OR_PARTY = STATE_SECTORS | {"ELI", "OPP", "PTY", "REB"}


def _embassy_host(sources: list[Actor], sent, sa) -> str | None:
    """The country whose capital or city a speaking embassy sits in ("Russia's embassy in The
    Hague"), when it is not the embassy's own."""
    if not sources:
        return None
    a = sources[0]
    head = _head_token(a, sent, sa)
    if head is None or head.lemma_.lower() not in MISSION_NOUNS or not a.country:
        return None
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "to"):
            for g in c.children:
                if g.dep_ == "pobj":
                    place = ground.place_of(g, sa, set())
                    if place is not None and place.country and place.country != a.country:
                        return place.country
    return None


def _arms_sent_home(d: _Draft) -> None:
    """Troops or arms a state sends into its own territory ("sent 30 armoured vehicles to its
    northern state of Roraima, on the border with Venezuela") are a deployment (MOBILIZE
    154), not military aid to the countries named at that border."""
    if d.typ != "AID" or d.cameo not in ("072", "074") or len(d.sources) != 1:
        return
    src = d.sources[0]
    if not src.country or src.org or d.cand.trigger.lemma_.lower() not in RELOCATING_VERBS:
        return
    dest = prep_objects(d.cand.trigger, "prep", ("to", "into"))
    own = any(p.dep_ == "poss" and p.lower_ in ("its", "their") for g in dest for p in g.children)
    if not (own and d.location is not None and d.location.country == src.country):
        return
    d.typ, d.cameo, d.mode, d.targets = "MOBILIZE", "154", "troops", []
    d.cand.explain["recoded"] = "arms or troops sent into the sender's own territory"


ANYONE_WORDS = word_class("anyone_words")  # data/word_classes.yaml


def _anyone_who(cand: Candidate) -> bool:
    """ "warned that anyone who blocked roads would be arrested", "those who obstruct the vote
    will face sanctions": the act threatened is aimed at whoever does something."""
    heads = [*cand.target_heads, *cand.loose_heads]
    if any(
        h.lower_ in ANYONE_WORDS and any(c.dep_ in ("relcl", "acl") for c in h.children)
        for h in heads
    ):
        return True
    # "Whoever goes out to burn the streets will be arrested": a free relative as the subject
    # of the passive, which the parser makes a clausal subject headed by its verb
    return any(
        c.dep_ in ("csubj", "csubjpass")
        and any(g.dep_ == "nsubj" and g.lower_ in ("whoever", "whomever") for g in c.children)
        for c in cand.trigger.children
    )


def _offset_token(cand):
    """The token an event is placed at: its trigger, or for a second act of the same verb on
    a conjoined object ("fired tear gas and live rounds") that object, so the two acts keep
    their own places (and ids)."""
    i = cand.explain.get("second_object")
    return cand.trigger if i is None else cand.trigger.doc[i]


def _seat_taken(cand: Candidate) -> bool:
    """The attack takes its target ("besieged Kabul"), or the target is what a verb of taking
    in its frame takes ("launched an offensive to capture Kabul"): a capital there is the seat
    of power, not the city's people."""
    return cand.trigger.lemma_.lower() in SEAT_TAKING or any(
        h.dep_ == "dobj" and h.head.lemma_.lower() in SEAT_TAKING for h in cand.target_heads
    )


def _struck_site_owners(
    cand: Candidate, sa, sources: list[Actor], places: list[str]
) -> list[Actor]:
    """Whose struck sites the modifiers of the verb's object name: "struck RSF positions",
    "Iranian targets"; an armed group named by a common word ("rebel positions", "Kurdish
    militant targets", "Syrian army positions") is the owner too, before a country alone: of
    the country its nationality word names, else of each place struck (`places`)."""
    src = {s.key() for s in sources}
    named: list[Actor] = []
    armed: list[Actor] = []
    for t in cand.trigger_tokens:
        if t.dep_ != "dobj" or t.head != cand.trigger:
            continue
        for m in t.children:
            if m.dep_ not in ("compound", "amod", "nmod", "poss") or m.i > t.i:
                continue
            found = [a for a in sa.actors_for(m, as_agent=True) if a.key() not in src]
            if m.pos_ == "PROPN" or m.ent_type_ in ("ORG", "NORP"):
                named += [a for a in found if a.org or a.country]
            else:
                armed += [a for a in found if set(a.sector) & (FIGHTER_SECTORS | {"MIL"})]
    if armed and not any(a.org for a in named):
        group = armed[0]
        country = next((a.country for a in named if a.country), None)
        if group.country or not (country or places):
            return [group]
        return [
            dataclasses.replace(group, country=c)
            for c in dict.fromkeys([country] if country else places)
        ]
    return named


def _formal_protest(tok) -> bool:
    """The noun "protest" told as a state's own act: the object of a verb of filing it ("filed
    a protest", "lodged a strong protest": PROTEST_FILING), or a headline's verb the parser
    read as a noun ("Guatemala protests after Honduran soldiers cross border": the root). The
    root only in the verb's form for one state ("protests") and not a label before a colon:
    "Nigeria protest: police fire tear gas" names a demonstration in Nigeria."""
    if tok.dep_ == "ROOT":
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return tok.lower_ == "protests" and not (after is not None and after.text in (":", "-"))
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in PROTEST_FILING


def _trip_for_talks(trigger) -> bool:
    """A journey "for talks", "for a second round of talks" (talk_nouns, or a noun whose "of"
    phrase is one)."""
    for o in prep_objects(trigger, "prep", "for"):
        if o.lemma_.lower() in TRIP_TALK_NOUNS or o.lower_ in TRIP_TALK_NOUNS:
            return True
        if any(x.lemma_.lower() in TRIP_TALK_NOUNS or x.lower_ in TRIP_TALK_NOUNS
               for x in prep_objects(o, "prep", "of")):  # fmt: skip
            return True
    return False
