"""The build step itself: `EventBuilder.build` turns one candidate into a contract `Event`.

It finds the doers (the clause's subject, else the doers the words imply), the targets
(`targets.py`) and the countries of unnamed actors (`countries.py`), applies the coding
conventions and vetoes, and attaches date, place, confidence and the explanation of how the
event was found. Headlines without a verb are topics, not reports."""

from __future__ import annotations

import dataclasses

from ... import ground
from ...actors.resolve.sentence import SentenceActors
from ...model import Actor, Article, Event, Mention
from ...words import word_class
from ..extract.common import Candidate
from ..lexicon import Lexicon
from ..ontology import SPEECH_ACT_TYPES, cameo_table, quad_class
from .article import _compatible
from .common import (
    RECIPROCAL,
    _copy_actor,
    _country_name,
    _first_country,
    _head_token,
    _is_person,
    _private_person,
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
    _org_root,
    _place_only,
    _rioters,
    _sanction_abroad,
    _state_itself,
)
from .countries import STATE_SECTORS, ActorCountries, _venue_abroad, _weapon_actor
from .implied import (
    PUBLIC_WORDS,
    STATE_ACTS,
    STATE_WEAPONS,
    UNCLAIMED_WEAPONS,
    _agentless,
    _country_left,
    _custodian,
    _domestic_target,
    _implied_state_fits,
    _people_of,
    _protests_happened,
    _ruler_in_demand,
    _served_country,
    _weapon_agent,
)
from .parties import _party_anaphora, main_pair
from .referents import (
    _antecedent_event,
    _definite,
    _definite_from_events,
    _holder_of,
    _latest_hostile_to,
    _military_told_before,
)
from .score import confidence, confidence_features
from .targets import TargetFinder
from .vetoes import (
    ABSTRACT_NOUNS,
    ARMED_SECTORS,
    FIGHTER_SECTORS,
    OPINION_BACKING,
    PERSON_NOUNS,
    POLITICAL_SECTORS,
    PRIVATE_SECTORS,
    SITTING_BODIES,
    STRONG_VISIT,
    _courtesy_call,
    _own_opinion,
    _political_visitor,
    _vehicle_trip,
    _visitors,
    cameo_is_mediation,
    typ_is_meeting,
)

# events made by saying (a promise, threat, demand): made when said, whatever day they name
SAID_TYPES = SPEECH_ACT_TYPES - {"SUPPORT"}  # backing is not made by saying it alone
# targets a rule supplies when the words name none: a noun that refers back to an event told
# before ("called the arrests ...") is that event even when the rule guesses another target
GUESSED_TARGETS = {"domestic convention", "population of the place", "place of the event"}
FORCE_WORDS = word_class("mobilized_force_nouns")  # data/word_classes.yaml
# what a state does to its own opposition or rebels (their country is the state's)
STATE_ON_OWN_TYPES = {"COERCE", "RETREAT", "CONCEDE", "ASSAULT", "REJECT", "ACCUSE", "THREATEN"}


SECTOR_WORDS = {"military": "MIL", "army": "MIL", "naval": "MIL", "navy": "MIL", "police": "COP",
                "government": "GOV", "rebel": "REB", "insurgent": "REB"}  # fmt: skip


# nouns whose "of" phrase names the actor when they name none themselves ("the head of the
# army", "the City of San Marino", "the leadership of the party")
HEAD_OF_NOUNS = {"head", "chief", "city", "leadership", "administration", "regime", "authorities"}
RELATIONAL_NOUNS = {"backer", "ally", "enemy", "rival", "opponent", "critic", "foe", "neighbour", "neighbor",
                    "partner", "supporter", "adversary", "detractor", "victim", "target", "sponsor", "patron",
                    "creditor", "debtor", "challenger", "successor", "predecessor"}  # fmt: skip
# buildings an attack hits the people of (civilians, gold/CODING.md "Actors"); the
# same words as actors ("the hospital said", "the school closed") keep their sector
SHELTER_BUILDINGS = {"hospital", "clinic", "school"}
PLACE_PREPS = word_class("event_place_preps")
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


class EventBuilder(TargetFinder, ActorCountries):
    """Turns the candidates of one article into events, in reading order."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def build(self, art: Article, cand: Candidate, sa: SentenceActors, sent, sent_index: int,
               para_start: int, exprs, article_countries: set[str],
               earlier: list[Event]) -> Event | None:  # fmt: skip
        headline = _is_headline(sent, para_start, art)
        if headline and _verbless(sent):
            return None  # "EU sanctions on Iran over drone sales": a topic, not a report
        sources: list[Actor] = []
        source_why = ""
        related: set[int] = set()  # possessors of "backers", "enemies": not the doers
        for opt in cand.source_heads:
            if any(t.i in related for t in opt):
                continue
            got = []
            for t in opt:
                found = _definite_from_events(
                    t, sa.actors_for(t, as_agent=True), earlier, sa.offset
                )
                if t.lemma_.lower() in RELATIONAL_NOUNS:
                    # "Assad's main backers met", "retaken by its enemies": not Assad, not it
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
                sources = got
                source_why = "clause"
                break
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
                sources = [b]
        for opt in cand.source_heads[:1]:
            got = _party_anaphora(opt, earlier, sent_index)
            if got:
                sources, source_why = got, "the two parties told before"
        if not sources:
            for opt in cand.source_heads[:1]:
                got = [a for t in opt for a in _people_of(t, sa)]
                if got:
                    sources, source_why = got, "people of a named country"
        if not sources:
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
                    sources, source_why = got[:1], "clause"
        if not sources:
            for opt in cand.source_heads[:1]:
                # "The head of Ecuador's armed forces declined ...", "The City of Luxembourg
                # rejected ...": the body or state the head noun is 'of'
                got = [a for t in opt if t.lemma_.lower() in HEAD_OF_NOUNS
                       for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"
                       for a in sa.actors_for(g, as_agent=True) if a.country or a.org]  # fmt: skip
                if got:
                    sources, source_why = got[:1], "clause"
        modality = cand.modality
        inherited: Event | None = None
        if not sources and (
            (cand.nominal and _definite(cand.trigger)) or self._event_noun_subject(cand)
        ):
            inherited = _antecedent_event(earlier, cand.type, cand.mode, sent_index)
            if inherited is not None:
                sources = [_copy_actor(a, "coref:event") for a in inherited.source]
                source_why = "event anaphora"
                if modality == "asserted" and inherited.modality == "planned":
                    modality = "planned"
        location = ground.find_location(cand, sa, article_countries)
        if (
            not sources
            and cand.nominal
            and cand.type == "RETREAT"
            and cand.cameo.startswith("0871")
            and _definite(cand.trigger)
        ):
            # "The truce took effect at 7 a.m.": the truce between the parties the article is
            # about; "monitor the ceasefire": the ceasefire told before, however far back
            told = next(
                (
                    ev
                    for ev in reversed(earlier)
                    if ev.type == "RETREAT" and ev.cameo.startswith("0871")
                ),
                None,
            )
            got = [] if told is not None else main_pair(earlier)
            if told is not None:
                inherited = told
                sources = [_copy_actor(a, "coref:event") for a in told.source]
                source_why = "event anaphora"
            elif got:
                sources = [_copy_actor(a, "coref:parties") for a in got]
                source_why = "the two parties told before"
        if (
            not sources
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
            sources = [
                _public_at(
                    sa, location.country, cand.source_heads[0][0], "the public where it gathers"
                )
            ]
            source_why = "the public of the place"
        if (
            not sources
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
            sources = [
                _public_at(sa, location.country, cand.trigger, "the public where protests spread")
            ]
            source_why = "the public of the place"
        if (
            not sources
            and (cand.mode in STATE_ACTS or cand.cameo.startswith("081"))
            and _agentless(cand.trigger)
            and _implied_state_fits(cand)
        ):
            # (081: "the curfew in Malawi was lifted", "the ban was lifted": only the
            # state there lifts its own bans and curfews)
            # "Protasevich and Sapega were arrested", "143 people detained": only a state
            # arrests, deports or sentences; the state where it happened (or whose citizen)
            country = ((location.country if location else None) or sa.memory.dateline_country
                       or sa.memory.focus_country())  # fmt: skip
            prior = next((ev for ev in reversed(earlier) if ev.type == cand.type and ev.mode == cand.mode
                          and any(a.country == country for a in ev.source)), None)  # fmt: skip
            speaker = [a for a in _speaker_actors(cand.trigger, sa) if a.country == country
                       and set(a.sector) & {"COP", "MIL", "JUD"}]  # fmt: skip
            if prior is not None:  # "police arrested 300 ... two MPs who were detained": the police
                sources = [
                    _copy_actor(a, "coref:state act") for a in prior.source if a.country == country
                ]
                source_why = "state act without agent"
            elif speaker:  # "police said 143 people were detained": the police did
                sources = [
                    _copy_actor(a, "the arm of the state that tells it") for a in speaker[:1]
                ]
                source_why = "state act without agent"
            elif country:
                name = _country_name(sa, country)
                arm = "JUD" if cand.mode == "convict" else "GOV"  # courts sentence
                sources = [Actor(text=name, name=f"{name} ({arm}, implied)", country=country, sector=[arm],
                                 why="state act without agent")]  # fmt: skip
                source_why = "state act without agent"
        if not sources and cand.type == "ASSAULT":
            weapon = _weapon_agent(cand)
            country = location.country if location else None
            if weapon is not None and country:
                # "A roadside bomb near Samarra killed a US soldier": the attack the article
                # told last on that country, else an unidentified armed actor of the place
                # (CAMEO UAF), as CAMEO coders code unclaimed bombings
                prior = next((ev for ev in reversed(earlier) if ev.type == "ASSAULT" and sent_index - ev.sentence_index <= 6
                              and ((ev.location and ev.location.country == country)
                                   or any(a.country == country for a in ev.target))), None)  # fmt: skip
                kind = weapon.lemma_.lower()
                if prior is not None and kind in STATE_WEAPONS | {"attack"}:
                    sources = [_copy_actor(a, "coref:attack") for a in prior.source]
                    source_why = "attack without attacker"
                elif kind in UNCLAIMED_WEAPONS | {"attack"}:
                    name = _country_name(sa, country)
                    sources = [Actor(text=weapon.text, name=f"unidentified attackers ({name})", country=country,
                                     sector=["UAF"], why="unidentified attacker of the place")]  # fmt: skip
                    source_why = "attack without attacker"
        if not sources and cand.type == "ASSAULT" and cand.nominal:
            # "a detainee died from torture while held in Chinese police custody": those
            # who held the victim did it
            clause = next(
                (a for a in [cand.trigger, *cand.trigger.ancestors] if a.pos_ in ("VERB", "AUX")),
                None,
            )
            keeper = _custodian(clause, sa) if clause is not None else []
            if keeper:
                sources, source_why = keeper, "custodian of the victim"
                if not cand.target_heads:  # the one who died in custody
                    cand.target_heads = [
                        c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                    ][:1]
        if not sources and cand.type == "ASSAULT" and cand.cameo in ("185", "186"):
            # "An attempt to assassinate the governor was thwarted in Tyumen": no one claims it;
            # like an unclaimed bombing, an unidentified armed actor of the place (CAMEO UAF)
            country = (
                location.country
                if location
                else (sa.memory.dateline_country if sa is not None else None)
            )
            if country:
                name = _country_name(sa, country)
                sources = [Actor(text=cand.trigger.text, name=f"unidentified attackers ({name})", country=country,
                                 sector=["UAF"], why="unidentified attacker of the place")]  # fmt: skip
                source_why = "attack without attacker"
        if not sources:
            return None
        self._domestic_countries(sources, sent, sa, article_countries,
                                 None if _venue_abroad(cand, location, sa) else location)  # fmt: skip
        sources = [_led_crowd(a, sent, sa) for a in sources]
        # "A fighter jet dropped bombs on the crowd": the one military the article has told of
        sources = [_military_told_before(a, earlier) for a in sources]
        if cand.type == "PROTEST":
            for a in sources:  # "tens of thousands of Chileans marched": the public
                if _is_the_public(a, sent, sa):
                    a.sector = ["CVL"]
                    a.why += ":demonstrators of that country"
        targets, target_why = self._targets(cand, sa, article_countries, earlier, sources, location,
                                            sent_index)  # fmt: skip
        # "the government is to release 40 opposition officials", "police arrested rebels": the
        # opposition or rebels a state acts on are its own (not the dateline's country)
        state_home = (
            _first_country(sources)
            if cand.type in STATE_ON_OWN_TYPES
            and any(set(a.sector) & {"GOV", "COP", "MIL", "JUD"} for a in sources)
            else None
        )
        # "May called the cabinet", "without consulting parliament": a government's or an
        # opposition's own cabinet and legislature
        political_home = _first_country(
            [a for a in sources if set(a.sector) & {"GOV", "OPP", "PTY", "LEG"}]
        )
        if cand.type in SPEECH_ACT_TYPES | {"MOBILIZE"}:
            # "the minister warned that rockets would follow", "deployed missiles to the base": the
            # weapons are no one a warning or a deployment is aimed at
            targets = [t for t in targets if not _weapon_actor(t, sent, sa)]
        for a in targets:
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
        self._domestic_countries(targets, sent, sa, article_countries, location, target=True,
                                 home=_first_country(sources), state_home=state_home,
                                 political_home=political_home)  # fmt: skip
        if (cand.type == "REQUEST" and cand.cameo[:4] in ("0253", "1053") and target_why.startswith("slot")
                and targets and not any(set(t.sector) & STATE_SECTORS or t.org for t in targets)):  # fmt: skip
            # "the United States called for the release of the jailed politicians": the
            # appeal is made to whoever holds them, the state that arrested them
            held = _holder_of(earlier, targets, sources, sent_index)
            if held:
                targets, target_why = held, "who holds them"
        if (
            not targets
            and (cand.type == "REJECT" or (cand.type == "THREATEN" and cand.cameo == "130"))
            and sources
        ):
            # "Iran ... denied sending any missiles", "said Tehran would take countermeasures"
            # after EU sanctions on it: the answer to the latest hostile act aimed at it
            got = _latest_hostile_to(earlier, sources, sent_index)
            if got:
                targets, target_why = got, "the act it answers"
        targets = [_facility_arm(t, sent, sa) for t in targets]
        # the same mention cannot be both sides, nor the very same actor
        targets = [t for t in targets if all((t.start, t.end) != (s.start, s.end) for s in sources)]
        if cand.type not in ("COERCE", "ASSAULT", "CONCEDE", "PROTEST"):
            targets = [
                t for t in targets if all(t.code != s.code or t.name != s.name for s in sources)
            ]
        # "continued their hunger strike": a pronoun for the doers themselves is no target
        targets = [
            t
            for t in targets
            if not (t.text.lower() in OWN_PRONOUNS and any(t.code == s.code for s in sources))
        ]
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
        if cand.explain.get("pattern") == "must:request" and (
            (not targets and not any(t.pos_ == "PRON" for t in cand.target_heads))
            or (
                targets
                and all(
                    t.country in {s.country for s in sources} and not t.sector and not t.org
                    for t in targets
                )
            )
        ):
            # "Germany must be able to prosecute, the German minister said": a state's resolve
            # told by its own official; "society must learn": a demand on no one named (a
            # pronoun the resolver could not place still names someone)
            return None
        if cand.explain.get("target_required") and not targets:
            return None  # a pattern with "T!" ("strike T!"): no target actor, no event ("the storm struck the coast")
        for a in targets:  # "asked Chileans for forgiveness": the people, not the state
            if _is_the_public(a, sent, sa):
                a.sector = ["CVL"]
                a.why += ":people of that country"
        if cand.type == "ASSAULT":
            for a in targets:  # "shelled a hospital", "bombed a school": the people inside
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
        place_slot = bool(cand.target_heads) and all(h.dep_ == "pobj" and h.head.lower_ in PLACE_PREPS
                                                      for h in cand.target_heads)  # fmt: skip
        if (
            cand.type == "ASSAULT"
            and targets
            and (place_slot or all(_place_only(t) for t in targets))
        ):
            # "struck RSF positions in Khartoum North": whose positions, not where they are
            owners = [a for t in cand.trigger_tokens if t.dep_ == "dobj" and t.head == cand.trigger
                      for m in t.children if m.dep_ in ("compound", "amod", "nmod", "poss")
                      and (m.pos_ == "PROPN" or m.ent_type_ in ("ORG", "NORP"))
                      for a in sa.actors_for(m, as_agent=True)
                      if (a.org or a.country) and a.key() not in {s.key() for s in sources}]  # fmt: skip
            if owners:
                targets, target_why = owners, "inside the target phrase"
        if cand.type == "PROTEST":
            # "marched through central Santiago", "blocked the Europe Bridge": the place of a
            # protest is not whom it addresses (the convention below gives the government)
            targets = [t for t in targets if not _place_only(t)]
            at_building = bool(cand.target_heads) and all(
                h.dep_ == "pobj" and h.head.lower_ in PLACE_PREPS | {"to", "at", "on", "towards", "toward", "of"}
                for h in cand.target_heads)  # fmt: skip
            if (
                at_building
                and all(t.sector == ["LEG"] for t in targets)
                and all(t.country and t.country in {a.country for a in sources} for t in targets)
            ):
                # "rallied outside Congress", "marched to the National Assembly": the building
                # is where the demonstrators address their government (the convention below)
                targets = []
        if (
            targets
            and sources
            and sa is not None
            and all(
                t.org
                and _org_root(t.org, sa.kb) in {_org_root(a.org, sa.kb) for a in sources if a.org}
                for t in targets
            )
        ):
            # "the Security Council agreed to renew the mandate of MONUSCO, the mission in
            # Congo": its own body is no target; the country the body serves is
            targets = _served_country(cand, sa)
            target_why = "country its own body serves" if targets else ""
        if cand.type == "PROTEST" and (
            not targets
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
                targets, target_why = ruler, "the rule the protest demands freedom from"
        if not targets and not (len(sources) > 1 and cand.type in RECIPROCAL):
            targets = _domestic_target(cand, sources, location, sa)
            if targets:
                target_why = "domestic convention"
        if (
            not targets
            and sa is not None
            and sources
            and (
                (cand.type == "AID" and cand.cameo[:3] in ("071", "072", "073"))
                or (cand.type == "AGREE" and cand.cameo.startswith("033"))
            )
        ):
            # "PORT VILA - ... Beijing would provide $5 million in emergency assistance": aid that
            # names no recipient goes to the country the story is datelined in and about, when
            # the giver is foreign to it
            home = sa.memory.dateline_country
            if (
                home
                and home == sa.memory.focus_country()
                and all(a.country != home and a.country for a in sources)
            ):
                targets = [Actor(text=_country_name(sa, home), name=_country_name(sa, home), country=home,
                                 sector=[], why="recipient: the country of the story")]  # fmt: skip
                target_why = "aid to the country of the story"
        if not targets and cameo_is_mediation(cand):
            # "the government and the rebels signed a ceasefire brokered by Kenya": the parties
            # of the deal told in the same sentence
            mine = {a.org or a.country for a in sources}
            same = next((ev for ev in reversed(earlier) if ev.sentence_index == sent_index
                         and ev.type in ("CONCEDE", "RETREAT", "AGREE", "SUPPORT", "CONSULT")
                         and len({a.key() for a in ev.source + ev.target if (a.org or a.country) not in mine}) >= 2),
                        None)  # fmt: skip
            if same is not None:
                targets = [_copy_actor(a, "coref:parties of the deal") for a in same.source + same.target
                           if (a.org or a.country) not in mine]  # fmt: skip
                target_why = "the parties of the deal in the sentence"
            else:
                # "the two countries have brokered the talks": between the parties told before
                targets = [_copy_actor(a, "coref:parties") for a in main_pair(earlier, mine)]
                target_why = "the two parties told before" if targets else target_why
        if (
            not targets
            and len(sources) > 1
            and cand.type in RECIPROCAL
            and not cameo_is_mediation(cand)
            and not (cand.cameo == "051" and cand.target_heads)  # "X and Y backed their campaign"
        ):
            sources, targets = sources[:1], sources[1:]  # "Trump and Kim met": Trump -> Kim
        if (
            typ_is_meeting(cand)
            and location is not None
            and len(sources) == 1
            and targets
            and sources[0].country == location.country
            and _visitors(cand.target_heads)
            and all(t.country not in (None, location.country) or t.org for t in targets)
        ):
            # "Vucic, who met the U.S. and EU envoys in Belgrade": the envoys visited (CODING.md)
            sources, targets = targets, sources
        if cand.explain.get("pattern", "").startswith("support.051.adj"):
            # "US-backed Kurdish forces", "Russian-backed separatists": the backer's name inside
            # the phrase is not the nationality of those it backs
            backers = {s.country for s in sources if s.country}
            for i, t in enumerate(targets):
                if t.country in backers and not t.org and t.sector:
                    targets[i] = dataclasses.replace(
                        t, country=None, why=t.why + ":backer's country dropped"
                    )
        heads = cand.source_heads[0] if cand.source_heads else []
        if cand.explain.get("pattern", "").startswith("support.050.verb.join") and sources and (
                all(_is_person(a) for a in sources) or (heads and all(
                    t.ent_type_ == "PERSON" or t.lower_ in ("he", "she") or t.lemma_.lower() in PERSON_NOUNS
                    for t in heads))):  # fmt: skip
            return None  # "he left Paris to join the militant group": a recruit, not an alliance
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
            return None  # "the minister clashed with Trump('s assessment)": a quarrel, not a fight
        pat = cand.explain.get("pattern", "")
        if (
            pat.startswith(("support.051.adj", "aid.070.adj"))
            and cand.target_heads
            and all(t.lemma_.lower() in ABSTRACT_NOUNS for t in cand.target_heads)
        ):
            return None  # "a UN-sponsored peace process", "the Trump-endorsed war": no one backed
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
            return None
        if (cand.type == "CONSULT" and cand.trigger.lemma_.lower() in ("meet", "convene") and not targets
                and len(sources) == 1 and (h := _head_token(sources[0], sent, sa)) is not None
                and h.lemma_.lower() in SITTING_BODIES):  # fmt: skip
            return None  # "Israel's cabinet met on Sunday": a body's own session meets no one
        if (cand.type == "SUPPORT" and cand.cameo == "051" and not targets and not cand.nominal and cand.target_heads
                and all(t.pos_ == "NOUN" and not t.ent_type_ for t in cand.target_heads)
                and cand.trigger.lemma_.lower() in OPINION_BACKING and _own_opinion(cand.trigger)):  # fmt: skip
            # "said he backed tougher measures at the border": the speaker's stated opinion of a
            # policy, no one endorsed (CODING.md: opinions without disapproval are no events);
            # "X said Y approved the move" still endorses whoever made it
            return None
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
            return None
        if (
            cand.type == "ASSAULT"
            and cand.cameo[:3] in ("183", "194", "195")
            and sources
            and all(a.sector == ["CVL"] and a.why.startswith("coref") for a in sources)
        ):
            # "On Tuesday they shelled the clinic" with "they" read as civilians told before:
            # the public fires no artillery, flies no jets and plants no bombs in our events
            return None
        if sources and all(_private_person(a) for a in sources):
            # "he met a friend in Erbil", "he went to the front with a volunteer unit": one
            # person with no office, party or group named is no political actor (CODING.md:
            # people are coded by the role they hold)
            return None
        if cand.mode == "phone" and not any(_political_visitor(a, True) for a in sources + targets):
            return None  # "her brother had talked to her by phone": a private call
        if cand.type == "RETREAT" and cand.cameo == "0874" and sources and all(
                set(a.sector) & PRIVATE_SECTORS and not set(a.sector) & (POLITICAL_SECTORS | FIGHTER_SECTORS)
                for a in sources):  # fmt: skip
            return None  # "joined his parents' retreat to the coast": no force retreats
        if _courtesy_call(cand, targets):
            cand.type, cand.cameo, cand.mode = "CONSULT", "042", "visit"
            cand.explain["recoded"] = "calling on a person with nothing asked of them is a visit"
        if cand.mode == "visit" and cand.cameo == "042" and not any(
                _political_visitor(a, cand.trigger.lemma_.lower() in STRONG_VISIT) for a in sources):  # fmt: skip
            # "the women could travel to a nearby embassy", "she travelled to Syria in 2015":
            # a journey by people with no political role is no diplomatic visit
            return None
        if cand.mode == "visit" and cand.cameo == "042" and _vehicle_trip(cand):
            # "ordered the plane, flying from Athens to Riga, to land", "the convoy travelled to
            # Kyiv": a vehicle's journey is no diplomatic visit, whoever it is traced back to
            return None
        if cand.mode == "visit":
            targets = [_as_place_target(t) for t in targets]
            home = {a.country for a in sources if a.country}
            if (
                cand.cameo == "042"
                and targets
                and home
                and all(t.country in home and not t.org for t in targets)
            ):
                # "senators flew back to Washington", "the first lady flew to Florida": a journey
                # at home is no visit to another actor
                return None
        if (
            cand.type == "RETREAT"
            and cand.cameo == "0831"
            and cand.nominal
            and target_why == "other phrase of the clause"
        ):
            targets = []  # "the resignation deprives Europe of an interlocutor": no one resigned from Europe
        typ, cameo, mode = cand.type, cand.cameo, cand.mode
        rioters = _rioters(cand, sources, targets, target_why, sent, sa)
        if rioters:
            # "protesters set cars on fire", "protesters and police fought running battles":
            # violence by demonstrators against no one named is rioting (CAMEO 145)
            typ, cameo, mode = "PROTEST", "145", "riot"
            sources = rioters
            home = _first_country(rioters)  # the rioters' own government
            targets = _domestic_target(cand, sources, location if not home or (location and location.country == home)
                                       else None, sa, typ="PROTEST")  # fmt: skip
            target_why = "domestic convention"
            cand.explain["recoded"] = "violence by demonstrators is a riot"
        if (
            typ == "MOBILIZE"
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
                    sources = got[:1]
                    targets = [a for a in targets if (a.start, a.end) != (t.idx + sa.offset, t.idx + len(t) + sa.offset)
                               and not ("MIL" in a.sector and ("implicit" in a.why or "context" in a.why))]  # fmt: skip
        if (
            typ == "PROTEST"
            and cameo == "141"
            and cand.trigger.lemma_.lower() == "protest"
            and cand.trigger.pos_ == "VERB"
            and sources
            and all(_state_itself(a) for a in sources)
        ):
            # "Ghana protests after Togolese police detain fishermen", "the Ghanaian government
            # protested against the arrests": a state that protests complains officially (114);
            # it does not demonstrate, and not against its own government
            home = {a.country for a in sources}
            typ, cameo, mode = "ACCUSE", "114", "allege"
            targets = [t for t in targets if not (t.country in home and not t.org)]
            cand.explain["recoded"] = "a state's protest is an official complaint"
        if (
            typ == "MOBILIZE"
            and len({a.country for a in sources if a.country}) > 1
            and any(t.lemma_.lower() in EXERCISE_WORDS for t in cand.trigger_tokens)
        ):
            # "French and Egyptian warships launched war games": joint, so COOPERATE (062)
            typ, cameo, mode = "COOPERATE", "062", None
            cand.explain["recoded"] = "exercises of more than one country are military cooperation"
        if (
            typ == "RETREAT"
            and cameo.startswith("087")
            and sources
            and targets
            and all(
                t.country == sources[0].country and not t.org and "MIL" in t.sector for t in targets
            )
        ):
            # "Uganda began withdrawing the troops it sent to South Sudan": its own troops are
            # what it withdraws, not whom from; the country they leave is the target
            left = _country_left(cand, sa, sources[0].country)
            if (
                left is None
                and location is not None
                and location.country not in (None, sources[0].country)
            ):
                left = location.country
            targets = (
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
        if _sanction_abroad(typ, cameo, sources, targets):
            typ, cameo, mode = "SANCTION", "163", "discontinue"
            cand.explain["recoded"] = (
                "a restriction laid on another country's officials is a sanction"
            )
        if _armed_act(typ, cameo, cand):
            # "unprovoked Indian fire", "Russia and Belarus began joint military exercises":
            # a state's use or show of armed force is its military's
            sources = [_as_military(a) for a in sources]
            if cameo == "062":  # the other party to joint exercises too
                targets = [_as_military(a) for a in targets]
        info = cameo_table()[cameo]
        date = ground.attach_time(cand, exprs, art.published, modality)
        basis_note = "clause"
        if date is None and inherited is not None:
            date = inherited.date
            basis_note = "inherited from the event it refers back to"
        if date is None:
            date = ground.W.publication_interval(art.published, modality)
            basis_note = "publication"
        elif (modality == "asserted" and art.published and date.start and date.start > art.published
              and date.basis != "publication" and typ not in SAID_TYPES):  # fmt: skip
            # "called a general strike for Thursday": an act dated after the report has not
            # happened yet; it is planned (a promise or threat of a later act is made now)
            modality = "planned"
        elif inherited is not None and date.start and inherited.date.start:
            # "The trip, from Monday to Wednesday, ...": the later mention narrows the first
            narrowed = ground.narrow(inherited.date, date)
            if narrowed is date:
                inherited.date = date
        doc_off = para_start
        toks = cand.trigger_tokens
        trigger = " ".join(t.text for t in toks)
        starts = [t.idx + doc_off for t in toks] + [
            a.start for a in sources + targets if a.start >= 0
        ]
        ends = [t.idx + len(t) + doc_off for t in toks] + [
            a.end for a in sources + targets if a.end >= 0
        ]
        sent_text = sent.text
        ev = Event(
            article_id=art.id, published=art.published, sentence_index=sent_index,
            text=sent_text, span=(min(starts), max(ends)), trigger=trigger,
            trigger_offset=cand.trigger.idx + doc_off, type=typ, mode=mode,
            cameo=cameo, quad_class=quad_class(cameo), goldstein=info.goldstein,
            source=sources, target=targets, date=date, modality=modality, location=location,
        )  # fmt: skip
        ev.mentions = [Mention(sent_index, sent_text, ev.span, trigger)]
        if inherited is not None and (cand.nominal or inherited.type == typ) and (
                not targets or _compatible(targets, inherited.target)
                or (cand.nominal and inherited.target and target_why in GUESSED_TARGETS)):  # fmt: skip
            # "hours after the truce began", "to monitor the ceasefire": the event told
            # before, mentioned again (whatever the clause around it says of it)
            inherited.mentions.append(ev.mentions[0])
            return None
        ev.explain = dict(cand.explain)
        if headline:
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
            cand, sources, targets, source_why, target_why, modality, headline
        )
        ev.explain["confidence_features"] = {k: v for k, v in feats.items() if v}
        ev.confidence = confidence(feats)
        ev.explain.update({
            "trigger_token": cand.trigger.text,
            "path": _path(cand),
            "source": [f"{a.text} -> {a.code} ({a.why})" for a in sources],
            "target": [f"{a.text} -> {a.code} ({a.why})" for a in targets],
            "source_found_by": source_why,
            "target_found_by": target_why,
            "date": f"{date.basis}: {date.text or basis_note}",
            "location": location.text if location else None,
        })  # fmt: skip
        return ev

    def _event_noun_subject(self, cand: Candidate) -> bool:
        """ "The trip also includes stops in Tokyo": the subject names an earlier event."""
        for opt in cand.source_heads[:1]:
            for t in opt:
                if t.pos_ == "NOUN" and any(
                    p.type == cand.type for p in self.lexicon.candidates("noun", t.lemma_.lower())
                ):
                    return True
        return False


def _path(cand: Candidate) -> str:
    parts = [f"{cand.trigger.text}/{cand.trigger.dep_}"]
    if cand.head != cand.trigger:
        parts.append(f"under {cand.head.text}/{cand.head.dep_}")
    src = "; ".join("+".join(f"{t.text}/{t.dep_}" for t in opt) for opt in cand.source_heads[:1])
    tgt = "+".join(f"{t.text}/{t.dep_}" for t in cand.target_heads)
    return f"{' '.join(parts)} | source {src or '-'} | target {tgt or '-'}"


def _is_headline(sent, para_start: int, art: Article) -> bool:
    """The article's first line when it reads as a headline: one short sentence with no
    closing full stop, followed by the body."""
    if para_start != 0 or sent.start != 0:
        return False
    doc = sent.doc
    text = doc.text.strip()
    if "\n" in text or len(text) > 200 or text.endswith((".", "!", "?", '"', "”", "'", ":")):
        return False
    return len(art.text.strip()) > len(text) + 40


def _verbless(sent) -> bool:
    """A headline with no verb ("EU sanctions on Iran over drone sales", "Israeli air strikes
    on Gaza") names a topic; the events are the body's (the gold set never codes a headline:
    CODING.md, the evidence is the body's first mention). A finite verb or an infinitive
    ("Pompeo to visit Seoul", "China warns Taiwan") reports one."""
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or (t.tag_ == "VB" and t.i > sent.start)
                   for t in sent)  # fmt: skip


def _public_at(sa: SentenceActors, country: str, h, why: str) -> Actor:
    """The unnamed public of the country where a protest gathers or spreads."""
    name = _country_name(sa, country)
    return Actor(text=h.text, name=f"{name} people", country=country, sector=["CVL"],
                 start=h.idx + sa.offset, end=h.idx + len(h) + sa.offset, why=why)  # fmt: skip
