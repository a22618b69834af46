"""Candidate -> contract Event: resolve actors, apply coding conventions, date, place,
confidence and the explanation of how it was found."""

from __future__ import annotations

import dataclasses
import math

from .. import ground
from ..actors.resolve import CROWD_NOUNS, SentenceActors
from ..model import Actor, Article, Event, Mention, When
from ..words import sector_class, word_class
from .extract import (
    HEARSAY_NOUNS,
    Candidate,
    gapped_passive,
    inner_actor_heads,
    is_generic_people,
    participle_after_noun,
    referent_types,
    shared_agent,
    subject_heads,
)
from .lexicon import Lexicon
from .modality import REPORTING
from .ontology import SPEECH_ACT_TYPES, cameo_table, quad_class

# types whose several doers act on each other ("Russia and Ukraine agreed"): coded each way;
# evaluate.RECIPROCAL, the types scored in either direction, adds RETREAT and ASSAULT
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "CONCEDE"}
# a settlement or concession about a dispute is aimed at the other party of the dispute
DISPUTE_TYPES = {"AGREE", "CONCEDE", "REJECT"}
DISPUTE_NOUNS = {
    "dispute",
    "conflict",
    "row",
    "feud",
    "standoff",
    "quarrel",
    "differences",
    "stalemate",
}
MEETING_NOUNS = word_class("party_meeting_nouns")  # data/word_classes.yaml
LOCAL_ARMED_WORDS = word_class("local_armed_words")
# types whose "to" phrase names the one who receives: "offered its troops to Lebanon"
# events whose object can be an earlier event: "rejected the accusation", "welcomed the decision"
# what a court does: "the ruling", "the verdict" refer back to a court's act
COURT_ACT_NOUNS = {"ruling", "verdict", "judgment", "judgement", "sentence", "conviction"}
# events made by saying (a promise, threat, demand): made when said, whatever day they name
SAID_TYPES = SPEECH_ACT_TYPES - {"SUPPORT"}  # backing is not made by saying it alone
# targets a rule supplies when the words name none: a noun that refers back to an event told
# before ("called the arrests ...") is that event even when the rule guesses another target
GUESSED_TARGETS = {"domestic convention", "population of the place", "place of the event"}
REFERRING_TYPES = {"ACCUSE", "REJECT", "SUPPORT", "CONCEDE", "REQUEST", "THREATEN", "PROTEST"}
FORCE_WORDS = word_class("mobilized_force_nouns")  # data/word_classes.yaml
EXERCISE_WORDS = {"exercise", "drill", "game", "games", "manoeuvre", "maneuver", "manoeuvres", "maneuvers",
                  "war", "wargame", "patrol"}  # fmt: skip
PLACE_TARGET_TYPES = {"MOBILIZE", "THREATEN", "ASSAULT", "SANCTION", "AID"}
RECIPIENT_TYPES = {"AGREE", "AID", "SUPPORT", "CONCEDE", "COOPERATE", "RETREAT", "REQUEST",
                   "THREATEN", "SANCTION", "REJECT"}  # fmt: skip
# what a state does to its own opposition or rebels (their country is the state's)
STATE_ON_OWN_TYPES = {"COERCE", "RETREAT", "CONCEDE", "ASSAULT", "REJECT", "ACCUSE", "THREATEN"}
# sectors whose unnamed members are usually the country the story is about ("police",
# "protesters", "the ministry"); soldiers and jets without a nationality often are not
DOMESTIC_SECTORS = sector_class("domestic_sectors")  # data/word_classes.yaml


class EventBuilder:
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
                # "The head of Bolivia's armed forces declined ...", "The City of San Marino
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
            # "about 400 people rallied in front of the parliament in Tehran", "over 500 people
            # marched": an unnamed public protests where it gathers
            name = _country_name(sa, location.country)
            h = cand.source_heads[0][0]
            sources = [Actor(text=h.text, name=f"{name} people", country=location.country, sector=["CVL"],
                             start=h.idx + sa.offset, end=h.idx + len(h) + sa.offset,
                             why="the public where it gathers")]  # fmt: skip
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
            name = _country_name(sa, location.country)
            h = cand.trigger
            sources = [Actor(text=h.text, name=f"{name} people", country=location.country, sector=["CVL"],
                             start=h.idx + sa.offset, end=h.idx + len(h) + sa.offset,
                             why="the public where protests spread")]  # fmt: skip
            source_why = "the public of the place"
        if (
            not sources
            and (cand.mode in STATE_ACTS or cand.cameo.startswith("081"))
            and _agentless(cand.trigger)
        ):
            # (081: "the curfew in Djibouti has been lifted", "the ban was lifted": only the
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
            # "a prisoner died as a result of torture while in Israeli police custody": those
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
        self._domestic_countries(sources, sent, sa, article_countries, location)
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
            # "Trump warned that missiles will be coming", "deployed missiles to the base": the
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
            # "the United States called for the release of the detained politicians": the
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
            # "Trump has ordered US forces in Syria to leave": a state pulling out its own
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
            # "the Security Council agreed to extend the mandate of the peacekeeping force in
            # Lebanon (UNIFIL)": its own body is no target; the country the body serves is
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
        if not targets and cameo_is_mediation(cand):
            # "the two countries have brokered the talks": between the parties told before
            targets = [
                _copy_actor(a, "coref:parties")
                for a in main_pair(earlier, {a.org or a.country for a in sources})
            ]
            target_why = "the two parties told before" if targets else target_why
        if (
            not targets
            and len(sources) > 1
            and cand.type in RECIPROCAL
            and not cameo_is_mediation(cand)
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
            return None  # "she left London to join the terrorist organisation": a recruit, not an alliance
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
        if cand.mode == "phone" and not any(_political_visitor(a, True) for a in sources + targets):
            return None  # "the family had spoken to her on the phone": a private call
        if cand.type == "RETREAT" and cand.cameo == "0874" and sources and all(
                set(a.sector) & PRIVATE_SECTORS and not set(a.sector) & (POLITICAL_SECTORS | FIGHTER_SECTORS)
                for a in sources):  # fmt: skip
            return None  # "followed his family's retreat to the last town": no force retreats
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

    def _targets(self, cand: Candidate, sa, article_countries: set[str], earlier: list[Event],
                 sources: list[Actor], location, sent_index: int) -> tuple[list[Actor], str]:  # fmt: skip
        """The target actors, and how they were found: the pattern's slot; inside its
        phrase ("Serbia's suppression", "calls by Annan"); the event the phrase refers back
        to ("rejected the accusation"); the population of the place ("shelled residential
        districts"); a recipient ("offered its troops to Lebanon")."""
        out: list[Actor] = []
        why = ""

        def add(got: list[Actor], how: str) -> None:
            nonlocal why
            for a in got:
                if all(a.key() != b.key() for b in out):
                    out.append(a)
            if got and not why:
                why = how

        src_keys = {a.key() for a in sources}
        for t in cand.target_heads:
            if t.lemma_.lower() in HELP_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "with":
                continue  # "the deal, brokered by Qatar with the help of Egypt": helpers
            inc = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("including", "among")
                   for g in c.children if g.dep_ == "pobj"]  # fmt: skip
            if (
                not inc and t.dep_ == "dobj"
            ):  # "released 24 hostages on Friday, including 13 Israelis"
                inc = [g for c in t.head.children if c.dep_ == "prep" and c.lower_ in ("including", "among")
                       and c.i > t.i for g in c.children if g.dep_ == "pobj"]  # fmt: skip
            got = []
            for g in [
                x for i in inc for x in (i, *i.conjuncts) if x.pos_ != "PRON"
            ]:  # "among them": the phrase itself
                found = sa.actors_for(g, conjuncts=False) or [  # "10 Thai nationals"
                    a for m in g.children if m.dep_ in ("amod", "compound", "nmod") and m.ent_type_ in ("NORP", "GPE")
                    for a in sa.actors_for(m, conjuncts=False, as_agent=True)]  # fmt: skip
                got.extend(
                    a
                    for a in found
                    if (a.country or a.org) and all(a.key() != b.key() for b in got)
                )
            if got:  # "24 hostages, including 13 Israelis and 10 Thai nationals"
                add(got, "inside the target phrase")
                continue
            got = _party_anaphora([t, *inner_actor_heads(t)], earlier, sent_index,
                                  exclude={a.country or a.org for a in sources})  # fmt: skip
            if got:
                add(got, "the two parties told before")
                continue
            got = [a for a in self._between(t, sa, article_countries) if a.key() not in src_keys]
            if got:  # "host a meeting between an Israeli peace movement and the PLO"
                add(got, "inside the target phrase")
                continue
            got = [a for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                   and any(p.dep_ == "poss" for p in t.children)
                   for a in sa.actors_for(c) if a.key() not in src_keys]  # fmt: skip
            if got:  # "commended its neighbor Madagascar", "talks with Assad's backer, Russia": the one named
                add(got, "apposition")
                continue
            # "Iranian-backed militias and Saudi-backed fighters": each backer backs its own
            own_only = ".adj." in cand.explain.get("pattern", "") and any(
                _own_backing(k) for k in t.conjuncts
            )
            got = _definite_from_events(
                t, sa.actors_for(t, conjuncts=not own_only), earlier, sa.offset
            ) or self._place_actor(t, sa, article_countries)
            if got:
                add(got, "slot")
                continue
            if is_generic_people(t):
                # "dozens of opposition supporters": only an "of" phrase names them
                got = []
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ in ("of", "for"):
                        for g in c.children:
                            if g.dep_ == "pobj":
                                got = got or sa.actors_for(g)
                    elif c.dep_ in ("amod", "compound", "nmod", "poss") and (
                        c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE")
                    ):
                        got = got or sa.actors_for(c, as_agent=True)  # "Palestinian homes"
                if cand.type in (
                    "ASSAULT",
                    "COERCE",
                ):  # "shelled the Turkish border town": its people
                    got = [_as_population(a, t, sa) for a in got]
            else:
                got = self._inside(t, sa, article_countries, depth=2)
            got = [a for a in got if a.key() not in src_keys]
            if got:
                add(got, "inside the target phrase")
                continue
            if t.lemma_.lower() in ("organiser", "organizer") and not any(
                c.dep_ == "prep" for c in t.children
            ):
                # "organisers would be held responsible": whoever called the protests told before
                protests = [ev for ev in earlier if ev.type == "PROTEST"]
                called = [
                    ev for ev in protests if any("CVL" not in a.sector for a in ev.source)
                ] or protests
                if called:
                    add(
                        [_copy_actor(a, "coref:organisers") for a in called[-1].source],
                        "event it refers to",
                    )
                    continue
            is_ref, types = referent_types(t)
            if is_ref and cand.type in ("COERCE", "ASSAULT") and types == {"PROTEST"}:
                # "police had banned the rally", "broke up the march": those who called it
                got = _referent_sources(earlier, types, sources, sent_index, lemma=t.lemma_.lower())
                got = [a for a in got if "CVL" not in a.sector or len(got) == 1]
                if not got:
                    # "fired tear gas to break up an opposition rally ... had banned the rally":
                    # the rally told inside another act is aimed at the same crowd
                    told = [ev for ev in earlier if sent_index - ev.sentence_index <= 3
                            and t.lemma_.lower() in ev.trigger.lower().split()]  # fmt: skip
                    got = [a for a in (told[-1].target if told else []) if "CVL" not in a.sector]
                if got:
                    add([_copy_actor(a, "coref:event-target") for a in got], "event it refers to")
                    continue
            if is_ref and cand.type in REFERRING_TYPES:
                # "the arrests" are the acts told with that word; "the criticism" any critic's
                lem = ("" if types and types & SPEECH_ACT_TYPES and t.lemma_.lower() not in COURT_ACT_NOUNS
                       else t.lemma_.lower())  # fmt: skip
                got = _referent_sources(earlier, types, sources, sent_index,
                                        lead=t.lemma_.lower() in LEAD_NOUNS, lemma=lem,
                                        focus=sa.memory.focus_country())  # fmt: skip
                if not got and types and types <= {"ASSAULT", "MOBILIZE", "COERCE"}:
                    # "Guyana accused Venezuela of sending a gunboat ... CARICOM condemned the
                    # incursion": an act told only as an accusation was done by the accused
                    got = _accused_of_late(earlier, sources, sent_index)
                if got:
                    got = [_addressed_state(a, sources) for a in got]
                    add([_copy_actor(a, "coref:event-target") for a in got], "event it refers to")
                    continue
            if cand.type == "PROTEST" and t.lemma_.lower() in (
                "building",
                "compound",
                "office",
                "headquarters",
            ):
                # "protested outside the government building": the government, not the people
                # of a building; another building's people are no addressee either
                country = (_place_country(t, sa, article_countries) or (location.country if location else None)
                           or sa.memory.dateline_country)  # fmt: skip
                if country and any(c.lower_ in ("government", "presidential", "ministry", "parliament")
                                   for c in t.children):  # fmt: skip
                    add([Actor(text=t.text, name=t.text, country=country, sector=["GOV"],
                               start=t.idx + sa.offset, end=t.idx + len(t) + sa.offset,
                               why="seat of government")], "seat of government")  # fmt: skip
                continue
            if is_generic_people(t):
                held = _holder(t, sa) if cand.type in ("ASSAULT", "COERCE") else []
                if held:
                    # "besieging the last area of territory held by Islamic State", "shelled
                    # Isis-held villages": those who hold the place, not its people
                    add([a for a in held if a.key() not in src_keys], "holder of the place")
                    continue
                country = (
                    _place_country(t, sa, article_countries)
                    or (location.country if location else None)
                    or _place_country(cand.head, sa, article_countries, skip=t)
                )
                if country is None and cand.type != "ASSAULT":
                    country = (sa.memory.dateline_country or sa.memory.focus_country()
                               or _first_country(sources))  # fmt: skip
                if country:
                    add([Actor(text=t.text, name=t.text, country=country, sector=["CVL"],
                               start=t.idx + sa.offset, end=t.idx + len(t) + sa.offset,
                               why="population of the place")], "population of the place")  # fmt: skip
        if (
            cand.type == "REJECT"
            and not out
            and any(
                t.lemma_.lower() in FINDINGS_NOUNS and t.dep_ in ("dobj", "nsubjpass")
                for t in [*cand.target_heads, *cand.loose_heads]
            )
        ):
            # "Amnesty said the army had ignored warnings. The army rejected the report": the
            # report is what the last sentence's other subject said
            ours = {a.code for a in sources} | {a.country for a in sources if a.country}
            mem = sa.memory
            cur = max((mem.sentence_index(a) for a in mem.seen), default=0)
            prev = next((a for a in reversed(mem.seen) if id(a) in mem.subjects and mem.sentence_index(a) == cur - 1
                         and a.code and a.code not in ours and a.country not in ours and not _is_person(a)
                         and not a.why.startswith("coref")), None)  # fmt: skip
            if prev is not None:
                add([_copy_actor(prev, "coref:reporter")], "author of the report")
        hearsay = cand.type == "REJECT" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in HEARSAY_NOUNS
            and not any(g.dep_ == "prep" and g.lower_ in ("by", "from") for g in c.children)
            for c in cand.trigger.children
        )  # fmt: skip
        if cand.answers and not out and not hearsay:
            # ("denied reports that ...": press reports, no accuser, are what is answered)
            got = _referent_sources(earlier, cand.answers, sources, sent_index, must_target_us=True)
            add([_copy_actor(a, "coref:accuser") for a in got], "the one it answers")
        reciprocal = len(sources) > 1 and cand.type in RECIPROCAL
        if not out and cand.loose_heads:
            for t in cand.loose_heads:
                if t.lemma_.lower() in HELP_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "with":
                    continue  # "brokered by Qatar with the help of Egypt": a helper, not a target
                if reciprocal and not (t.dep_ == "pobj" and t.head.lower_ == "with"):
                    continue  # "Russia and Belarus began joint exercises with 200,000 troops"
                if t in cand.trigger_tokens and cand.type == "MOBILIZE":
                    continue  # "scrambled a fighter jet", "deployed troops": its own force, not a target
                own = sa.actors_for(t)
                got = own or self._inside(t, sa, article_countries, depth=2)
                got = [a for a in got if a.key() not in src_keys and a.code]
                if is_generic_people(t) and cand.type in ("ASSAULT", "COERCE"):
                    got = [_as_population(a, t, sa) for a in got]  # "hit the Turkish border town"
                if cand.type == "MOBILIZE":  # "strengthened its forces in Lebanon": its own
                    own = {a.country for a in sources if a.country}
                    got = [a for a in got if a.country not in own]
                if got:
                    add(got, "other phrase of the clause")
                    break
        if cand.recipient_heads and cand.type in RECIPIENT_TYPES:
            own = {a.country for a in sources if a.country}
            if not out or all(
                a.country in own or (a.country is None and a.org is None) for a in out
            ):
                got = []
                for t in cand.recipient_heads:
                    got.extend(x for x in (sa.actors_for(t) or self._place_actor(t, sa, article_countries)
                                           or self._inside(t, sa, article_countries, depth=1))
                               if x.country not in own or x.country is None)  # fmt: skip
                if got:
                    out = []
                    why = ""
                    add(got, "recipient")
        if not out and not reciprocal:
            for t in cand.loose_heads:
                if is_generic_people(t):
                    country = (_place_country(t, sa, article_countries) or (location.country if location else None)
                               or _place_country(cand.head, sa, article_countries, skip=True))  # fmt: skip
                    if country:
                        add([Actor(text=t.text, name=t.text, country=country, sector=["CVL"],
                                   start=t.idx + sa.offset, end=t.idx + len(t) + sa.offset,
                                   why="population of the place")], "population of the place")  # fmt: skip
                        break
        if not out and cand.type == "THREATEN" and cand.explain.get("wrapper") == "threat":
            # "warned that the attacks would not go unanswered", "said the killings would be
            # avenged": a threat about acts told before is aimed at whoever did them
            said = [c for c in cand.head.children if c.dep_ == "ccomp"]
            for t in [g for c in said for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]:
                is_ref, types = referent_types(t)
                if is_ref and types and "ASSAULT" in types:
                    got = _referent_sources(
                        earlier, {"ASSAULT"}, sources, sent_index, lemma=t.lemma_.lower()
                    )
                    if got:
                        add([_copy_actor(a, "coref:attacker") for a in got], "event it refers to")
                        break
        if not out and not reciprocal and cand.type in DISPUTE_TYPES:
            # "accepted a formula for ending its fisheries dispute with its partners": the
            # other party of the dispute the agreement or concession is about
            # "rejected an invitation to attend a meeting of Palestinian factions": its members
            for t in cand.trigger.subtree:
                preps = (
                    ("with",)
                    if t.lemma_.lower() in DISPUTE_NOUNS
                    else (
                        ("of", "between")
                        if t.lemma_.lower() in MEETING_NOUNS and cand.type in ("AGREE", "REJECT")
                        else ()
                    )
                )
                if preps and t.i != cand.trigger.i:
                    got = []
                    for g in [g for c in t.children if c.dep_ == "prep" and c.lower_ in preps
                              for g in c.children if g.dep_ == "pobj"]:  # fmt: skip
                        for x in [g, *inner_actor_heads(g)]:  # "its European partners": not its own
                            got = got or [a for a in sa.actors_for(x, as_agent=x is not g)
                                          if a.key() not in src_keys and (a.country or a.org)]  # fmt: skip
                    if got:
                        add(got, "the other party of the dispute or meeting")
                        break
                if (cand.type == "AGREE" and t.lemma_.lower() in DISPUTE_NOUNS and t.i != cand.trigger.i
                        and any(c.lower_ in ("the", "this") for c in t.children)
                        and not any(c.dep_ == "prep" for c in t.children)):  # fmt: skip
                    # "offered to help resolve the dispute": the two parties the article is about
                    pair = main_pair(earlier, _party_keys(sources))
                    if len(pair) == 2:
                        add(
                            [_copy_actor(a, "coref:parties") for a in pair],
                            "the parties of the dispute",
                        )
                        break
        if (
            not out
            and not reciprocal
            and (cand.type in PLACE_TARGET_TYPES or cand.type == "CONSULT")
            and not cand.cameo.startswith(("164", "165"))  # talks "scheduled in Brussels": a venue
        ):
            # "strengthened its forces in Lebanon", "resume attacks in Israel", "held talks in
            # Moscow" (a visit: the host is the target)
            own = {a.country for a in sources if a.country}
            named = None
            if cand.type == "CONSULT":
                # "held talks in Moscow": a state's envoy visiting; not "EU ministers meet in Brussels"
                country = (_in_place_country(cand.trigger, sa, article_countries)
                           if not any(a.org for a in sources) else None)  # fmt: skip
            else:
                # the story's country, not named for this event, is no one's target
                named = location if location is not None and location.text else None
                country = (named.country if named else None) or _place_country(
                    cand.head, sa, article_countries, skip=True
                )
            if country and country not in own and (own or any(a.org for a in sources)):
                add([Actor(text=(named.text or named.name) if named else _country_name(sa, country),
                           name=_country_name(sa, country), country=country,
                           sector=[], why="place of the event")], "place of the event")  # fmt: skip
        return out, why

    def _domestic_countries(self, actors: list[Actor], sent, sa, article_countries: set[str], location,
                            target: bool = False, home: str | None = None,
                            state_home: str | None = None,
                            political_home: str | None = None) -> None:  # fmt: skip
        """Police, protesters, rebels, the ministry with no country named: the country of the
        phrase's place ("rebels in the Ivory Coast"), of the event's place, of the dateline,
        else the one the article is about. An army post attacked in Mali is Mali's."""
        for a in actors:
            if a.country is not None or a.org is not None or not a.sector or a.code_override:
                continue
            if target and _weapon_actor(a, sent, sa):
                continue  # "vowed to shoot down incoming missiles": whose, the text does not say
            head = _head_token(a, sent, sa)
            if head is not None and any(
                c.dep_ == "amod" and c.lower_ in FOREIGN for c in head.children
            ):
                continue  # "any foreign government": not the home country
            if head is not None and head.lemma_.lower() == "counterpart":
                continue  # "met his counterpart": the same office in another government
            if head is not None and any(c.dep_ in ("amod", "compound") and c.lower_ in MULTINATIONAL
                                        for c in head.children):  # fmt: skip
                # "a regional peacekeeping force", "a multinational force": no one country's; an
                # unnamed international body (CAMEO IGO)
                if a.sector[0] == "MIL":
                    a.code_override = "IGO" + "".join(a.sector)
                    a.why += ":multinational force"
                continue
            owner = _owner_country(head, sa)
            if owner:
                a.country = owner  # "his forces" (the Indian army chief's): India's
                a.why += ":country of its owner"
                continue
            sibling = (
                _sibling_nationality(head, sa)
                if target and a.sector[0] not in STATE_SECTORS
                else None
            )
            if sibling:
                a.country = sibling
                a.why += ":nationality of the coordinated object"
                continue
            head = _head_token(a, sent, sa) if not target else None
            army = (
                not target
                and a.sector[0] == "MIL"
                and head is not None
                and (
                    head.lemma_.lower() == "army" or any(c.lower_ == "army" for c in head.children)
                )
            )
            domestic = a.sector[0] in DOMESTIC_SECTORS or army or (target and home is not None
                                                                   and home == sa.memory.focus_country())  # fmt: skip
            if a.sector[0] == "UAF" and _local_armed(a):
                domestic = True  # "a newly formed militia", "a self-defence force": the story's
            if (
                a.sector[0] in DOMESTIC_SECTORS
                or army
                or a.sector[0] == "UAF"
                or (target and a.sector[0] == "MIL")
            ):
                # "unidentified gunmen killed ... in Kirkuk": armed men of the place (CAMEO UAF)
                here = location.country if location else None
                peer = home if target else _first_country([x for x in actors if x is not a])
                if peer and here != peer and a.sector[0] in ("OPP", "GOV", "PTY", "LEG", "JUD"):
                    here = None  # "the government and the opposition signed in Barbados": its own
                own = state_home if (target and set(a.sector) & {"OPP", "REB"}) else None
                if (
                    target
                    and state_home
                    and here
                    and here != state_home
                    and here not in (getattr(sa, "_sentence_countries", None) or [])
                ):
                    # "he has locked up lawmakers and journalists" (Erdogan, in a story set in
                    # Syria): a state's own people, when the sentence places the act nowhere
                    here, own = None, state_home
                words = set(a.text.lower().split())
                institution = (
                    political_home
                    if target and (a.sector[0] == "LEG" or words & {"cabinet", "parliament"})
                    else None
                )
                a.country = (_actor_place_country(a, sent, sa, article_countries)
                             or institution
                             or here
                             or own
                             or (sa.memory.dateline_country if domestic else None)
                             or (sa.memory.focus_country() if domestic else None))  # fmt: skip
                if a.country:
                    a.why += ":country from context"

    def _between(self, tok, sa, article_countries: set[str]) -> list[Actor]:
        """The parties of "a meeting between X and Y", each found in its own phrase."""
        out: list[Actor] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "between":
                for g in c.children:
                    if g.dep_ != "pobj":
                        continue
                    for h in [g, *g.conjuncts]:
                        got = sa.actors_for(h, conjuncts=False) or self._inside(
                            h, sa, article_countries, depth=1
                        )
                        out.extend(a for a in got if all(a.key() != b.key() for b in out))
        return out if len(out) > 1 else []

    def _inside(self, tok, sa, article_countries: set[str], depth: int) -> list[Actor]:
        for x in inner_actor_heads(tok):
            got = sa.actors_for(x, as_agent=True) or self._place_actor(x, sa, article_countries)
            # "ultimatums from any foreign government": not the country the article is about
            got = [a for a in got if "implicit" not in a.why]
            if any(c.dep_ == "amod" and c.lower_ in FOREIGN for c in x.children):
                got = [a for a in got if a.org or (a.country and a.why.startswith("kb:"))]
            if got:
                return got
        if depth > 1:
            for x in inner_actor_heads(tok):
                got = self._inside(x, sa, article_countries, depth - 1)
                if got:
                    return got
        return []

    def _event_noun_subject(self, cand: Candidate) -> bool:
        """ "The trip also includes stops in Tokyo": the subject names an earlier event."""
        for opt in cand.source_heads[:1]:
            for t in opt:
                if t.pos_ == "NOUN" and any(
                    p.type == cand.type for p in self.lexicon.candidates("noun", t.lemma_.lower())
                ):
                    return True
        return False

    def _place_actor(self, tok, sa, prefer: set[str]) -> list[Actor]:
        """A target that is a place and not an actor: "shelled Juba" -> the country."""
        if tok.ent_type_ not in ("GPE", "LOC", "FAC"):
            return []
        place = ground.place_of(tok, sa, prefer)
        if place is None or place.country is None:
            return []
        return [Actor(text=place.text or place.name, name=place.name, country=place.country,
                      sector=[], start=tok.idx + sa.offset, end=tok.idx + len(tok) + sa.offset,
                      why="place")]  # fmt: skip


ARMED_CAMEOS = {"19", "190", "193", "194", "195", "1951", "1952", "196", "152", "154", "062"}


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


HOLDING = {"hold", "control", "occupy", "seize", "capture", "run", "dominate"}


def _holder(tok, sa) -> list[Actor]:
    """Who holds a place phrase: "territory occupied by Islamic State", "Isis-held areas"."""
    for x in tok.subtree:
        if x.lemma_.lower() not in HOLDING or x.tag_ != "VBN":
            continue
        if x.dep_ == "acl":
            agents = [
                g for c in x.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
            ]
        elif x.dep_ == "amod":
            agents = [c for c in x.children if c.dep_ in ("npadvmod", "compound", "nmod")]
        else:
            continue
        got = [a for g in agents for a in sa.actors_for(g, as_agent=True) if a.org or a.country]
        if got:
            return got
    return []


def _as_population(a: Actor, tok, sa) -> Actor:
    """ "the Turkish border town", "Palestinian homes": the people of that country."""
    if not a.country or a.sector or a.org:
        return a
    return Actor(text=tok.text, name=f"{a.name} civilians", country=a.country, sector=["CVL"],
                 start=tok.idx + sa.offset, end=tok.idx + len(tok) + sa.offset, why="population of the place")  # fmt: skip


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


def _military_told_before(a: Actor, earlier: list[Event]) -> Actor:
    if a.country or a.org or a.sector[:1] != ["MIL"] or a.code_override:
        return a
    told = {}
    for ev in earlier:
        if ev.type in ("ASSAULT", "MOBILIZE", "COERCE"):
            for b in ev.source:
                if "MIL" in b.sector and (b.country or b.org):
                    told.setdefault(b.org or b.country, b)
    if len(told) != 1:
        return a
    b = _copy_actor(next(iter(told.values())), "coref:the military told before")
    b.text, b.start, b.end = a.text, a.start, a.end
    return b


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


def _org_root(org: str, kb) -> str:
    seen = set()
    parents = getattr(kb, "org_parent", {}) or {}
    while org in parents and org not in seen:
        seen.add(org)
        org = parents[org][0]
    return org


def _served_country(cand: Candidate, sa) -> list[Actor]:
    """The country named as where the target phrase's body works ("the force in Lebanon")."""
    for h in cand.target_heads:
        for t in h.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "for", "to"):
                got = [a for a in sa.actors_for(t) if a.country and not a.org]
                if got:
                    return [_copy_actor(a, "country the body serves") for a in got]
    return []


# bodies whose meeting is their own session, not a meeting with another actor
SITTING_BODIES = {"cabinet", "council", "parliament", "committee", "assembly", "board", "commission", "congress",
                  "senate", "politburo", "presidium", "legislature", "leadership", "government", "court", "jury",
                  "conference", "synod", "panel"}  # fmt: skip


SELF_RULE_NOUNS = {"independence", "autonomy", "secession", "separation", "freedom", "liberation"}


def _ruler_in_demand(cand: Candidate, sa) -> list[Actor]:
    """A protest that names no target but demands independence or autonomy from someone
    ("rioted ... demanding a referendum on independence from Indonesian rule", "marched for
    autonomy from Beijing"): the protest is aimed at that ruler."""
    if sa is None:
        return []
    for t in cand.trigger.subtree:
        if t.lemma_.lower() not in SELF_RULE_NOUNS:
            continue
        for p in t.children:
            if p.dep_ != "prep" or p.lower_ != "from":
                continue
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                for h in [o] + [
                    m for m in o.children if m.dep_ in ("amod", "compound", "nmod", "poss")
                ]:
                    got = [a for a in sa.actors_for(h, as_agent=True) if a.country or a.org]
                    if got:
                        return [_copy_actor(a, "ruler in the protest's demand") for a in got]
    return []


def _place_only(a: Actor) -> bool:
    """An actor found only as a place: a capital named as a place, a region, a town."""
    return not a.sector and not a.org and (a.why in ("place", "kb:country:region") or "as a place" in a.why
                                           or a.why.startswith("kb:region"))  # fmt: skip


def _is_the_public(a: Actor, sent, sa) -> bool:
    """A country named only by its people in the plural ("Chileans", "Kenyans"): the
    public, not the state."""
    if not a.country or a.sector or a.org or not a.why.startswith("kb:country"):
        return False
    head = _head_token(a, sent, sa)
    return head is not None and head.tag_ in ("NNS", "NNPS") and _demonym_plural(a.text)


def _demonym_plural(text: str) -> bool:
    w = text.rstrip().split()[-1].lower() if text.strip() else ""
    return (
        w.endswith(("ans", "ese", "is", "ians", "ers", "ots", "ks", "ns", "ts")) and w[:1].isalpha()
    )


def _definite_from_events(
    tok, found: list[Actor], earlier: list[Event], offset: int = 0
) -> list[Actor]:
    """ "the coalition" after "the Saudi-led coalition", "the militants" after "Boko Haram
    militants", "the army" after "Myanmar's army": a definite description the actor
    resolver left bare is the actor of that kind the article's events named last."""
    if tok.pos_ != "NOUN" or not any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children
    ):
        return found
    if found and any(a.country or a.org for a in found):
        return found
    if any(
        c.dep_ in ("amod", "compound", "poss") and (c.pos_ == "PROPN" or c.ent_type_)
        for c in tok.children
    ):
        return found  # "the Kenyan police": the text says whose
    lemma = tok.lemma_.lower()
    sectors = {s for a in found for s in a.sector}
    seen: set = set()
    for ev in reversed(earlier):
        for a in ev.source + ev.target:
            if id(a) in seen or not (a.country or a.org):
                continue
            seen.add(id(a))
            words = a.text.lower().split()
            if (words and words[-1].rstrip("s") == lemma.rstrip("s")) or (sectors and sectors & set(a.sector)
                                                                          and (a.org or len(sectors) == 1)):  # fmt: skip
                b = _copy_actor(a, "coref:description")
                b.text, b.start, b.end = tok.text, tok.idx + offset, tok.idx + len(tok) + offset
                return [b]
    return found


PARTY_NOUNS = word_class("conflict_party_nouns")  # data/word_classes.yaml
PAIR_WORDS = {
    "two",
    "both",
    "warring",
    "rival",
    "opposing",
    "either",
    "any",
}  # "any party that violates it"
MEMBER_MIL = {
    "commander",
    "commanders",
    "troops",
    "soldiers",
    "forces",
    "officer",
    "officers",
    "general",
}
PAIR_TYPES = {"ASSAULT", "CONCEDE", "CONSULT", "RETREAT", "AGREE", "COOPERATE", "SUPPORT", "ACCUSE",
              "REJECT", "THREATEN", "MOBILIZE", "COERCE"}  # fmt: skip


def _party_phrase(tok):
    """ "the two sides", "both sides", "the warring parties", "the neighbours", "the two
    sides' negotiators", "commanders from both sides": (the party noun, the member noun or None)."""
    cands = [(tok, None)]
    for c in tok.children:
        if c.dep_ == "poss":
            cands.append((c, tok))
        if c.dep_ == "prep" and c.lower_ in ("from", "of", "between"):
            cands.extend((g, tok) for g in c.children if g.dep_ == "pobj")
    for t, member in cands:
        if t.lemma_.lower() not in PARTY_NOUNS:
            continue
        mods = {c.lower_ for c in t.children}
        if mods & PAIR_WORDS or (t.lemma_.lower() in ("neighbour", "neighbor") and t.tag_ == "NNS"
                                 and any(c.lower_ == "the" for c in t.children)):  # fmt: skip
            return t, member
    return None


def _party_anaphora(
    heads: list, earlier: list[Event], sent_index: int, exclude: set | None = None
) -> list[Actor]:
    """The two parties of the conflict or talks the article has told: "the two sides signed",
    "the warring parties agreed", "a meeting between the two presidents", "they signed"."""
    found = None
    for t in heads:
        found = _party_phrase(t)
        if found:
            break
    they = not found and heads and heads[0].lower_ in ("they", "them") and heads[0].pos_ == "PRON"
    if not found and not they and heads:
        pair = _plural_party_subject(heads[0], earlier, sent_index, exclude)
        if pair:
            return pair
    if not found and not they:
        return []
    if they:
        for ev in reversed(earlier):
            if sent_index - ev.sentence_index > 1:
                break
            if len({a.key() for a in ev.source}) > 1:
                return [_copy_actor(a, "coref:they") for a in ev.source]
        return []
    # "the two countries"; "the two governments" are states too, not the navy and the
    # fishermen it arrested that the article told most about
    party = found[0].lemma_.lower()
    states = party in ("country", "nation", "capital", "government")
    pair = main_pair(earlier, exclude, states)
    out = []
    member = found[1]
    for a in pair:
        b = _copy_actor(a, "coref:parties")
        if party == "government" and member is None and not b.org:
            b.sector = ["GOV"]
        if (
            member is not None
            and member.lemma_.lower() in MEMBER_MIL | {"commander"}
            and not b.org
            and "REB" not in b.sector
        ):
            b.sector = ["MIL"]
        out.append(b)
    return out


# "The leaders also agreed", "the ministers signed", "the two agreed": a definite plural of
# these nouns (or a bare "the two") right after an event between two parties stands for them
PLURAL_PARTY_NOUNS = word_class("plural_party_nouns")  # data/word_classes.yaml


def _plural_party_subject(
    tok, earlier: list[Event], sent_index: int, exclude: set | None = None
) -> list[Actor]:
    """ "The two agreed to resume talks", "The leaders also signed an accord", "the two Central
    Asian states fought a war": the two parties of the event told just before (this sentence
    or the one before), or the pair the article is about for states."""
    kids = {c.lower_ for c in tok.children}
    if (
        tok.lower_ == "two"
        and tok.pos_ == "NUM"
        and "the" in kids
        and tok.dep_ in ("nsubj", "nsubjpass")
    ):
        states = False  # "The two agreed"
    elif (tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lemma_.lower() in PLURAL_PARTY_NOUNS
          and "the" in kids and not kids & {"other", "whose", "all", "some", "many", "several"}
          and not any(c.dep_ in ("poss", "prep", "relcl", "acl") or (c.pos_ == "PROPN" and c.dep_ != "amod")
                      or (c.dep_ == "nummod" and c.lower_ != "two") for c in tok.children)):  # fmt: skip
        states = tok.lemma_.lower() in ("state", "nation", "country", "government")
    else:
        return []
    if states:
        pair = main_pair(earlier, exclude, states=True)
        out = [_copy_actor(a, "coref:parties") for a in pair]
        if tok.lemma_.lower() == "government":
            for b in out:
                if not b.org:
                    b.sector = ["GOV"]
        return out
    for ev in reversed(earlier):
        if sent_index - ev.sentence_index > 1:
            break
        parties: list[Actor] = []
        for a in ev.source + ev.target:
            k = a.org or a.country
            if (
                k
                and "CVL" not in a.sector
                and k not in (exclude or set())
                and all(k != (b.org or b.country) for b in parties)
            ):
                parties.append(a)
        if len(parties) == 2:
            return [_copy_actor(a, "coref:parties") for a in parties]
        if ev.source:
            break  # the event just told had one party or more than two: no pair to refer to
    return []


def main_pair(
    earlier: list[Event], exclude: set | None = None, states: bool = False
) -> list[Actor]:
    """The pair of parties the article tells most about (conflict and talks), the latest first."""
    counts: dict[frozenset, int] = {}
    counts_lead: list[frozenset] = []
    last: dict[frozenset, tuple[int, list[Actor]]] = {}
    for n, ev in enumerate(earlier):
        if ev.type not in PAIR_TYPES:
            continue
        parties: list[Actor] = []
        # a mediator or would-be host is no party: "talks mediated by the AU" are between its
        # targets; but two mediating states are "the two countries" that brokered the talks
        mediation = ev.cameo in ("045", "039", "036")
        members = (
            (ev.source if states and len(ev.source) > 1 else ev.target)
            if mediation
            else ev.source + ev.target
        )
        if states:
            members = [a for a in members if a.country and not a.org and "REB" not in a.sector]
        for a in members:
            k = a.org or a.country
            if (
                a in ev.target
                and not a.sector
                and not a.org
                and ("adjective" in a.why or "modifier" in a.why)
            ):
                continue  # "hostages including 10 Thai nationals": people, not a party
            if (
                k
                and k not in (exclude or set())
                and "CVL" not in a.sector
                and all(k != (b.org or b.country) or a.sector != b.sector for b in parties)
            ):
                parties.append(a)
        if len(parties) < 2:
            continue
        if states and parties[0].country == parties[1].country:
            continue  # the army and the rebels of one country are not "the two countries"
        pair = frozenset((a.org or a.country, tuple(a.sector)) for a in parties[:2])
        counts[pair] = counts.get(pair, 0) + (
            2 if ev.type in ("ASSAULT", "CONCEDE", "CONSULT") else 1
        )
        if not counts_lead and ev.type != "SUPPORT":
            # the article's first event between two parties is what it is about (not a
            # "Saudi-backed government" said in passing)
            counts[pair] += 1
            counts_lead.append(pair)
        last[pair] = (n, parties[:2])
    if not counts:
        return []
    best = max(counts, key=lambda k: (counts[k], last[k][0]))
    return last[best][1]


STATE_ACTS = {"arrest", "deport", "convict", "investigate", "release", "ban", "access"}
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
    roadside bombing killed"), the agent ("were killed by an explosive device") or the
    means of an agentless passive ("was killed in a car bomb explosion")."""
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


SECTOR_WORDS = {"military": "MIL", "army": "MIL", "naval": "MIL", "navy": "MIL", "police": "COP",
                "government": "GOV", "rebel": "REB", "insurgent": "REB"}  # fmt: skip


NOMINAL_SUBJECT_DEPS = ("nsubj", "nsubjpass")  # active or passive; extract.SUBJECT_DEPS: active


def _speaker_actors(v, sa) -> list[Actor]:
    """Who says the clause of `v` ("Police said 40 protesters were arrested": the police)."""
    t = v
    for _ in range(4):
        if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in REPORTING:
            subj = [c for c in t.head.children if c.dep_ == "nsubj"]
            return sa.actors_for(subj[0]) if subj else []
        if t.dep_ not in ("conj", "xcomp", "advcl") or t.head == t:
            return []
        t = t.head
    return []


def _agentless(v) -> bool:
    """A passive with no "by" phrase: "were arrested", "was sentenced", "people detained"."""
    if v.pos_ != "VERB":
        return False
    if gapped_passive(v):
        return True
    if any(c.dep_ == "agent" for c in v.children) or shared_agent(v) is not None:
        return False
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children) or participle_after_noun(v)


CAUSING = {
    "spark",
    "trigger",
    "prompt",
    "provoke",
    "fuel",
    "ignite",
    "unleash",
    "cause",
    "touch",
    "set",
}
DISPERSED = {"disperse", "break", "crush", "suppress", "quell", "put", "ban", "outlaw"}


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


SPREADING = {"spread", "erupt", "break", "sweep", "rock", "grip", "engulf", "escalate", "intensify", "flare",
             "resume", "continue", "paralyse", "paralyze", "turn"}  # fmt: skip
PUBLIC_WORDS = word_class("public_words")  # data/word_classes.yaml
PEOPLE_OF_HEADS = word_class("people_of_heads")


def _people_of(tok, sa) -> list[Actor]:
    """ "Thousands of Iraqi Kurds", "hundreds of Serb nationalists": people of a named
    country, coded as its civilians, when the phrase names nothing the knowledge base knows."""
    heads = [tok]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            heads.extend(g for g in c.children if g.dep_ == "pobj")
    if not (tok.lemma_.lower() in PEOPLE_OF_HEADS or tok.tag_ in ("NNS", "NNPS")):
        return []
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
                    return [Actor(text=h.text, name=f"{a.name} people", country=a.country, sector=["CVL"],
                                  start=h.idx + sa.offset, end=h.idx + len(h) + sa.offset,
                                  why="people of a named country")]  # fmt: skip
    return []


VISITOR_NOUNS = {"envoy", "envoys", "delegation", "delegations", "emissary", "emissaries", "mission",
                 "delegate", "delegates", "representative", "representatives", "negotiator", "negotiators"}  # fmt: skip


ARMED_SECTORS = sector_class("armed_sectors")
ABSTRACT_NOUNS = {"process", "talks", "negotiations", "plan", "initiative", "resolution", "deal", "agreement",
                  "conference", "summit", "election", "elections", "war", "campaign", "bill", "proposal",
                  "programme", "program", "policy", "strategy", "report", "study", "effort", "efforts", "project",
                  "scheme", "framework", "roadmap", "ceasefire", "truce", "mission", "investigation", "inquiry"}  # fmt: skip
STRONG_VISIT = {"visit", "tour"}
POLITICAL_SECTORS = sector_class("political_sectors")  # data/word_classes.yaml
PRIVATE_SECTORS = sector_class("private_sectors")
FIGHTER_SECTORS = sector_class("fighter_sectors")


# nouns whose "of" phrase names the actor when they name none themselves ("the head of the
# army", "the City of San Marino", "the leadership of the party")
HEAD_OF_NOUNS = {"head", "chief", "city", "leadership", "administration", "regime", "authorities"}
RELATIONAL_NOUNS = {"backer", "ally", "enemy", "rival", "opponent", "critic", "foe", "neighbour", "neighbor",
                    "partner", "supporter", "adversary", "detractor", "victim", "target", "sponsor", "patron",
                    "creditor", "debtor", "challenger", "successor", "predecessor"}  # fmt: skip
PERSON_NOUNS = {"man", "woman", "men", "women", "girl", "girls", "boy", "boys", "teenager", "teenagers", "schoolgirl",
                "schoolgirls", "student", "students", "recruit", "recruits", "national", "nationals", "citizen",
                "citizens", "volunteer", "volunteers", "youth", "youths"}  # fmt: skip


def _is_person(a: Actor) -> bool:
    """An actor that is one person: named in the people files or the text, or a "he"/"she"."""
    return (
        (a.kb_id or "").startswith("person:")
        or "person" in a.why
        or a.text.lower() in ("he", "she", "him", "her")
    )


OPINION_BACKING = {"back", "support", "favour", "favor"}


def _own_opinion(v) -> bool:
    """A clause reported by a saying whose subject is the same speaker ("said he backed",
    "says it supports")."""
    h = v.head
    if v.dep_ != "ccomp" or h.lemma_.lower() not in REPORTING:
        return False
    mine = [c for c in v.children if c.dep_ == "nsubj"]
    said = [c for c in h.children if c.dep_ == "nsubj"]
    return bool(mine and said) and (mine[0].pos_ == "PRON" or mine[0].lower_ == said[0].lower_)


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
    if a.why == "kb:country:modifier" and not strong:
        # "Chinese police trainers, who arrived in the country": people known only by their
        # nationality arriving or travelling are no state paying a visit
        return False
    return a.why.startswith("kb:")


VEHICLE_NOUNS = {"plane", "aircraft", "airliner", "jet", "jetliner", "flight", "helicopter", "ship", "vessel",
                 "boat", "ferry", "tanker", "freighter", "convoy", "train", "bus", "truck", "lorry", "drone"}  # fmt: skip


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


def _visitors(heads) -> bool:
    return any(t.lower_ in VISITOR_NOUNS for t in heads)


def cameo_is_mediation(cand: Candidate) -> bool:
    return cand.cameo in ("045", "0451") or cand.explain.get("pattern", "").startswith(
        "consult.045"
    )


def typ_is_meeting(cand: Candidate) -> bool:
    return cand.type == "CONSULT" and cand.cameo in ("040", "046") and not cand.nominal


def _local_armed(a: Actor) -> bool:
    """A militia, paramilitary, vigilante or self-defence group named by its description."""
    words = set(a.text.lower().split())
    return bool(words & LOCAL_ARMED_WORDS) or any(
        w.split("-")[-1] in LOCAL_ARMED_WORDS for w in words
    )


def _first_country(actors: list[Actor]) -> str | None:
    return next((a.country for a in actors if a.country), None)


def _own_backing(tok) -> bool:
    """A phrase with its own backer or leader: "Saudi-backed fighters", "a UN-led force"."""
    return any(c.dep_ in ("amod", "compound") and c.tag_ == "VBN" for c in tok.children)


def _place_country(tok, sa, prefer: set[str], skip=None) -> str | None:
    """A place named inside the phrase: "homes in Kisumu", "the village of Lobonok"; with
    `skip`, a place anywhere in the clause of `tok` outside its subjects."""
    subjects = {t.i for c in tok.children if skip is not None and c.dep_ in ("nsubj", "nsubjpass")
                for t in c.subtree}  # fmt: skip
    for t in tok.subtree:
        if (
            t == tok
            or t.i in subjects
            or t.pos_ != "PROPN"
            and t.ent_type_ not in ("GPE", "LOC", "FAC")
        ):
            continue
        place = ground.place_of(t, sa, prefer)
        if place is None and t.pos_ == "PROPN" and not t.ent_type_ and t.i not in sa.match_at:
            from ..where import gazetteer  # a town the parser did not tag: "Kharkiv"

            city = gazetteer().city(t.text, prefer)
            if city is not None and city.population >= 15000:
                return city.country
        if place is not None and place.country:
            return place.country
    return None


def _in_place_country(tok, sa, prefer: set[str]) -> str | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at"):
            for g in c.children:
                if g.dep_ == "pobj":
                    place = ground.place_of(g, sa, prefer)
                    if place is not None and place.country:
                        return place.country
    return None


MULTINATIONAL = {
    "regional",
    "multinational",
    "peacekeeping",
    "international",
    "coalition",
    "allied",
}
FOREIGN = {"foreign", "other", "outside", "international", "western", "neighbouring", "neighboring"}


FACILITY_NOUNS = {"base", "post", "outpost", "barracks", "garrison", "checkpoint", "station", "headquarters",
                  "camp", "position", "positions", "convoy", "patrol"}  # fmt: skip
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


# weapons a sector noun names ("missiles" is MIL): as a target, no one's in particular
WEAPON_ACTOR_NOUNS = {"missile", "rocket", "shell", "mortar", "warhead", "bomb", "projectile"}


def _weapon_actor(a: Actor, sent, sa) -> bool:
    head = _head_token(a, sent, sa)
    return head is not None and head.lemma_.lower() in WEAPON_ACTOR_NOUNS


def _head_token(a: Actor, sent, sa):
    if a.start < 0:
        return None
    span = sent.doc.char_span(a.start - sa.offset, a.end - sa.offset, alignment_mode="expand")
    return span.root if span is not None else None


COMMANDING = word_class("commanding_verbs")  # data/word_classes.yaml


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


def _sibling_nationality(head, sa) -> str | None:
    """ "seized four Indian fishing trawlers and arrested 22 fishermen": people with no country
    who are the object of a verb coordinated with another whose object has a nationality are
    of that nationality (the crews of those boats), not of the place."""
    if head is None or head.dep_ != "dobj":
        return None
    verb = head.head
    siblings = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        siblings.append(verb.head)
    found = set()
    for v in siblings:
        if (
            any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
            != any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and v.i != verb.head.i
        ):
            continue  # another doer: "police seized the boats and the crews fled"
        for o in v.children:
            if o.dep_ != "dobj":
                continue
            for m in o.children:
                if m.dep_ in ("amod", "compound", "nmod") and m.i in sa.match_at:
                    ent = sa.match_at[m.i].term.entity
                    if ent.kind == "country" and sa.match_at[m.i].term.function in (
                        "adjective",
                        "people",
                    ):
                        found.add(ent.country)
    return next(iter(found)) if len(found) == 1 else None


def _owner_country(head, sa) -> str | None:
    """ "his forces", "its troops": the country of whoever the possessive pronoun is."""
    if head is None:
        return None
    if (
        head.dep_ == "dobj"
        and head.head.lemma_.lower() in COMMANDING
        and any(c.dep_ == "xcomp" for c in head.head.children)
    ):
        # "the president ordered units to move to the border": the orderer's units
        for t in subject_heads(head.head):
            for a in sa.actors_for(t, conjuncts=False):
                if a.country:
                    return a.country
    for c in head.children:
        if c.dep_ == "poss" and c.tag_ == "PRP$":
            got = sa.actors_for(c, conjuncts=False)
            if got and got[0].country:
                return got[0].country
            if c.lower_ in ("his", "her", "its", "their"):
                # "India's army chief said his forces were on alert": the speaker's
                for a in _speaker_actors(
                    head.head if head.dep_ in NOMINAL_SUBJECT_DEPS else head, sa
                ):
                    if a.country:
                        return a.country
    return None


def _actor_place_country(a: Actor, sent, sa, prefer: set[str]) -> str | None:
    """ "Rebels in the Ivory Coast", "police in Kisumu": the place the phrase names."""
    if a.start < 0:
        return None
    span = sent.doc.char_span(a.start - sa.offset, a.end - sa.offset, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "from", "of", "inside"):
            for g in c.children:
                if g.dep_ == "pobj":
                    place = ground.place_of(g, sa, prefer)
                    if place is not None and place.country:
                        return place.country
                    got = sa.actors_for(g)
                    if got and got[0].country and not got[0].sector:
                        return got[0].country
    return None


DOMESTIC_DEFAULT = {"PROTEST": "GOV", "COERCE": "CVL", "CONCEDE": "CVL"}


def _country_name(sa, iso3: str) -> str:
    ent = sa.kb.countries.get(iso3) if sa is not None else None
    return ent.name if ent is not None else iso3


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
        target_why == "population of the place" or not (t.country or t.org) for t in targets
    )
    return rioters if mutual or (len(rioters) == len(sources) and unnamed) else []


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
        # "will extend the curfew", "is prepared to impose martial law": aimed like the act
        sector = {"COERCE": "CVL"}.get(cand.explain.get("inner_type", ""))
    if sector is None and cand.type == "REQUEST" and sources and sources[0].sector[:1] == ["OPP"]:
        # "Opposition leader X demanded an independent inquiry": of her own government
        sector = "GOV"
    if sector is None or not sources:
        return []
    src = sources[0]
    if src.org and not src.country:
        return []
    country = (location.country if location else None) or src.country
    if cand.type == "REQUEST" and src.country:
        # "the opposition leader called for an inquiry into the attack in Douma": a demand
        # of his own government, wherever the thing demanded happened
        country = src.country
    if country is None:
        return []
    if sector == "GOV" and sector in src.sector and country == src.country:
        return []
    name = _country_name(sa, country)
    return [Actor(text=name, name=f"{name} ({sector}, implied)", country=country, sector=[sector],
                  start=-1, end=-1, why=f"domestic convention:{typ or cand.type}")]  # fmt: skip


LEAD_NOUNS = {"decision"}
FINDINGS_NOUNS = word_class("findings_nouns")
# buildings an attack hits the people of (civilians, gold/CODING.md "Actors"); the
# same words as actors ("the hospital said", "the school closed") keep their sector
SHELTER_BUILDINGS = {"hospital", "clinic", "school"}
HELP_NOUNS = word_class("with_help_nouns")  # data/word_classes.yaml
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


def _referent_sources(earlier: list[Event], types: set[str] | None, sources: list[Actor],
                      sent_index: int, must_target_us: bool = False, lead: bool = False,
                      lemma: str = "", focus: str | None = None) -> list[Actor]:  # fmt: skip
    """Who did the event a noun refers back to: "rejected the accusation" -> the accuser;
    "welcomed the decision" -> the decider (the article's lead event). Prefers events aimed
    at the current source."""
    ours = {a.code for a in sources}
    our_countries = {a.country or a.org for a in sources} - {None}
    pool = [ev for ev in earlier if (types is None or ev.type in types)
            and not ({a.code for a in ev.source} & ours)]  # fmt: skip
    if lead and pool and not must_target_us:
        return list(pool[0].source)
    own_government = [ev for ev in pool if sources and all("OPP" in a.sector for a in sources)
                      and any(a.country in our_countries and "OPP" not in a.sector for a in ev.source)]  # fmt: skip
    aimed = [ev for ev in pool if any((a.country or a.org) in our_countries for a in ev.target)]
    if own_government:
        pool = own_government  # "the opposition criticised the trip": its own government's trip
    elif aimed:
        pool = aimed
    elif must_target_us:
        return []
    if lemma in COURT_ACT_NOUNS:
        # "criticised the ruling" after the opposition's accusations: the court's act
        courts = [ev for ev in pool if any("JUD" in a.sector for a in ev.source)]
        pool = courts or pool
    if lemma:
        # "criticised the arrests": the event told with that word ("police arrested ...")
        stem = lemma[:5]
        same = [ev for ev in pool if any(w.lower().startswith(stem) for w in ev.trigger.split())]
        if same:
            pool = same
        # "said the detentions were politically motivated": the story's own detentions
        # (the country it is about), not one told in passing
        home = [ev for ev in pool if focus and any(a.country == focus for a in ev.source)]
        if home and len({a.country for ev in pool for a in ev.source}) > 1:
            pool = home
        if lemma in ("violence", "unrest", "rioting", "riot", "clash"):
            # "condemned the violence" after riots and the police's answer: the rioters'
            riots = [ev for ev in pool if ev.type == "PROTEST" and ev.cameo.startswith("145")]
            pool = riots or pool
    if not pool:
        return []
    last = pool[-1]
    if sent_index - last.sentence_index > 8:
        return []
    out: list[Actor] = []
    for ev in pool:
        if ev.type == last.type and last.sentence_index - ev.sentence_index <= 2:
            for a in ev.source:
                if all(a.key() != b.key() for b in out):
                    out.append(a)
    return out


STATE_SECTORS = sector_class("state_sectors")  # data/word_classes.yaml


def _state_itself(a) -> bool:
    """The state as a whole or its government ("Ghana", "the Ghanaian government",
    "Accra"), not its people, parties or groups."""
    return (
        bool(a.country)
        and not a.org
        and (a.sector == ["GOV"] or (not a.sector and a.why.startswith("kb:country")))
    )


HOSTILE_TYPES = {"SANCTION", "ACCUSE", "ASSAULT", "COERCE", "THREATEN", "MOBILIZE"}


def _holder_of(
    earlier: list[Event], people: list[Actor], sources: list[Actor], sent_index: int
) -> list[Actor]:
    """The state that arrested or the group that abducted these people (same country), told
    within the last eight sentences: the one an appeal for their release is made to."""
    countries = {a.country for a in people if a.country}
    ours = {a.key() for a in sources}
    for ev in reversed(earlier):
        if sent_index - ev.sentence_index > 8:
            break
        if not (ev.type == "COERCE" and ev.mode == "arrest") and not (
            ev.type == "ASSAULT" and ev.mode == "abduct"
        ):
            continue
        if any(a.key() in ours for a in ev.source) or not any(
            t.country in countries for t in ev.target
        ):
            continue
        out = []
        for a in ev.source:
            b = _copy_actor(a, "coref:holder")
            if ev.type == "COERCE" and set(b.sector) & {"COP", "JUD", "MIL"} and not b.org:
                b.sector = ["GOV"]  # the police arrest; the state is asked to free them
            out.append(b)
        return out
    return []


def _accused_of_late(earlier: list[Event], sources: list[Actor], sent_index: int) -> list[Actor]:
    """The accused of the latest accusation (ACCUSE 112-115) by someone else, told in this
    or the six sentences before."""
    keys = {a.key() for a in sources}
    for ev in reversed(earlier):
        if sent_index - ev.sentence_index > 6:
            break
        if (
            ev.type == "ACCUSE"
            and ev.cameo[:3] in ("112", "113", "114", "115")
            and ev.target
            and not any(a.key() in keys for a in ev.source)
        ):
            return list(ev.target)
    return []


def _latest_hostile_to(earlier: list[Event], sources: list[Actor], sent_index: int) -> list[Actor]:
    """The doers of the latest hostile act (sanction, accusation, attack, arrest, threat,
    show of force) aimed at one of `sources`, told in this or the three sentences before."""
    ours = {a.org or a.country for a in sources} - {None}
    keys = {a.key() for a in sources}
    for ev in reversed(earlier):
        if sent_index - ev.sentence_index > 3:
            break
        if (
            ev.type not in HOSTILE_TYPES
            or ev.modality != "asserted"
            or any(a.key() in keys for a in ev.source)
        ):
            continue
        if any((a.org or a.country) in ours for a in ev.target) and not any(
            (a.org or a.country) in ours for a in ev.source
        ):
            return [_copy_actor(a, "coref:answered") for a in ev.source]
    return []


def _addressed_state(a: Actor, sources: list[Actor]) -> Actor:
    """ "The U.S. State Department criticised the arrests" (made by Cambodian police): a
    foreign state or international body judging what a state's police or courts did
    addresses that state's government (an army's attacks stay the army's)."""
    foreign = any((s.org and "IGO" in s.sector) or (s.country and s.country != a.country
                                                   and (not s.sector or "GOV" in s.sector)) for s in sources)  # fmt: skip
    if (
        not foreign
        or not a.country
        or a.org
        or a.code_override
        or not set(a.sector) & {"COP", "JUD"}
    ):
        return a
    b = _copy_actor(a, "the state its arm belongs to")
    b.sector = ["GOV"]
    return b


def _as_place_target(a: Actor) -> Actor:
    """A visit's destination named by its capital is the country, not its government."""
    if a.why.startswith("kb:country:capital"):
        return Actor(text=a.text, name=a.text, country=a.country, sector=[], kb_id=a.kb_id,
                     start=a.start, end=a.end, why=a.why + " (destination)")  # fmt: skip
    return a


def _copy_actor(a: Actor, why: str) -> Actor:
    return Actor(text=a.text, name=a.name, country=a.country, sector=list(a.sector), org=a.org,
                 kb_id=a.kb_id, code_override=a.code_override, start=a.start, end=a.end,
                 why=f"{why}:{a.why}")  # fmt: skip


def _definite(tok) -> bool:
    """ "the trip", "this attack", "his visit": a noun that points back to an event."""
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these"))
               or (c.dep_ == "poss" and c.pos_ == "PRON") for c in tok.children)  # fmt: skip


def _antecedent_event(
    earlier: list[Event], typ: str, mode: str | None, sent_index: int
) -> Event | None:
    near = [ev for ev in earlier if sent_index - ev.sentence_index <= 2 and ev.type == typ]
    for ev in reversed(near):
        if mode is None or ev.mode == mode:
            return ev
    return near[-1] if near else None


def _path(cand: Candidate) -> str:
    parts = [f"{cand.trigger.text}/{cand.trigger.dep_}"]
    if cand.head != cand.trigger:
        parts.append(f"under {cand.head.text}/{cand.head.dep_}")
    src = "; ".join("+".join(f"{t.text}/{t.dep_}" for t in opt) for opt in cand.source_heads[:1])
    tgt = "+".join(f"{t.text}/{t.dep_}" for t in cand.target_heads)
    return f"{' '.join(parts)} | source {src or '-'} | target {tgt or '-'}"


def confidence_features(cand: Candidate, sources: list[Actor], targets: list[Actor], source_why: str,
                        target_why: str, modality: str, headline: bool) -> dict[str, float]:  # fmt: skip
    """What the confidence of an event rests on, as named features (each 0/1 or a small
    count); `confidence.py` holds the weights fitted on the dev sets."""
    pid = cand.explain.get("pattern", "")
    f: dict[str, float] = {
        "pattern_words": min(3, max(0, len(cand.explain.get("pattern_text", "").split()) - 1)),
        "engine_rule": float(":" in pid.split(".")[0] or not pid.count(".")),
        "wrapped": float("wrapper" in cand.explain),
        "recoded": float("recoded" in cand.explain),
        "nominal": float(cand.nominal),
        "source_named": float(
            any(
                a.why.startswith(("kb:country", "kb:org", "kb:person", "title", "text:person"))
                for a in sources
            )
        ),  # fmt: skip
        "source_sector": float(all(a.why.startswith("text:sector") for a in sources)),
        "source_coref": float(any(a.why.startswith("coref") for a in sources)),
        "source_context_country": float(
            any("from context" in a.why or "implicit" in a.why for a in sources)
        ),
        "source_event_anaphora": float(source_why == "event anaphora"),
        # no one named: the state of the place, an unidentified armed actor, the parties told before
        "source_implied": float(
            source_why
            in ("state act without agent", "attack without attacker", "the two parties told before")
        ),  # fmt: skip
        "target_none": float(not targets),
        "target_slot": float(target_why == "slot"),
        "target_indirect": float(
            target_why in ("inside the target phrase", "recipient", "other phrase of the clause")
        ),
        "target_referent": float(target_why in ("event it refers to", "the one it answers")),
        "target_convention": float(
            target_why in ("population of the place", "domestic convention", "place of the event")
        ),  # fmt: skip
        "not_asserted": float(modality != "asserted"),
        "headline": float(headline),
    }
    return f


def confidence(features: dict[str, float], mentions: int = 1) -> float:
    """The calibrated probability that an event is right (see `confidence.py`)."""
    from .confidence import WEIGHTS

    z = WEIGHTS.get("bias", 0.0) + WEIGHTS.get("extra_mentions", 0.0) * min(2, mentions - 1)
    for k, v in features.items():
        z += WEIGHTS.get(k, 0.0) * v
    return round(max(0.02, min(0.98, 1.0 / (1.0 + math.exp(-z)))), 3)


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


def _overlapping_source(a: Event, b: Event) -> bool:
    ka = {x.org or x.country for x in a.source} - {None}
    kb = {x.org or x.country for x in b.source} - {None}
    return bool(ka & kb)


CROWD_POLICING = ("173", "175")
POLICED_CROWD_WORDS = word_class("policed_crowd_words")  # data/word_classes.yaml


def _last_word(text: str) -> str:
    words = text.lower().split()
    return words[-1] if words else ""


def protesters_policed(events: list[Event]) -> list[Event]:
    """ "Police detained more than 40 people as opposition supporters blocked roads",
    "opposition supporters rioted ... Police fired tear gas to disperse the crowds": the
    people arrested or dispersed, told only as a crowd or as the place's people, are the
    demonstrators of the protest told in the same or the previous sentence, when that
    protest's doers are a group of the same country (opposition, students, workers)."""
    for ev in events:
        if ev.type == "THREATEN" and ev.mode == "arrest" and not ev.target:
            # "any further protest would be met with fines and detention": the penalty is
            # threatened against the demonstrators of the protest told lately, if one group
            groups = {(a.country, tuple(a.sector), a.org, a.code_override): a for p in events
                      if p.type == "PROTEST" and 0 <= ev.sentence_index - p.sentence_index <= 5
                      for a in p.source if a.sector[:1] and a.sector[0] in PROTEST_GROUP_SECTORS}  # fmt: skip
            if len(groups) == 1:
                ev.target = [_copy_actor(next(iter(groups.values())), "coref:the demonstrators")]
            continue
        if (
            ev.type not in ("COERCE", "ASSAULT")
            or not ev.cameo.startswith(CROWD_POLICING)
            or not ev.target
        ):
            continue
        if not all(t.sector == ["CVL"] and not t.org and t.country
                   and (t.why == "population of the place" or t.why.startswith(("coref:description", "domestic convention"))
                        or (t.why.startswith("text:sector") and _last_word(t.text) in POLICED_CROWD_WORDS))
                   for t in ev.target):  # fmt: skip
            continue
        # "Police arrested 14 protesters" three sentences after "hundreds of farmers blocked the
        # highway": the protesters named as such are the group told protesting, if it is the
        # only one lately; the place's people or a crowd only in the same or the next sentence
        named = all(_last_word(t.text) in DEMONSTRATOR_WORDS for t in ev.target)
        reach = 5 if named else 1
        countries = {t.country for t in ev.target}
        # one group however often named ("Bolivian farmers ... Hundreds of farmers")
        doers = {(a.country, tuple(a.sector), a.org, a.code_override): a for p in events if p.type == "PROTEST"
                 and 0 <= ev.sentence_index - p.sentence_index <= reach
                 for a in p.source if a.country in countries}  # fmt: skip
        groups = {
            k: a for k, a in doers.items() if a.sector[:1] and a.sector[0] in PROTEST_GROUP_SECTORS
        }
        if len(groups) == 1 and len(doers) == 1:  # "Chileans marched and unions struck": either
            ev.target = [_copy_actor(next(iter(groups.values())), "coref:the demonstrators")]
    return events


DEMONSTRATOR_WORDS = POLICED_CROWD_WORDS - word_class("crowd_words")  # "protesters", not "people"
# groups whose protest makes "the protesters" theirs: opposition, students, workers, farmers,
# health workers, journalists (MED is the media), clergy, traders
PROTEST_GROUP_SECTORS = sector_class("protest_group_sectors")  # data/word_classes.yaml


def merge_repeats(events: list[Event]) -> list[Event]:
    """One event per happening: same type, dyad, modality and overlapping time. A
    headline's event is the body's event told in brief: it joins the body's event of the
    same type and source when there is one."""
    events = [x for e in events for x in _split_visits(e)]
    body = _merge(e for e in events if not e.explain.get("headline"))
    heads = _merge(e for e in events if e.explain.get("headline"))
    for h in heads:
        # the body's account of the same news: same type and source, and recent (the
        # headline is about now, not about last year's expulsion the body recalls)
        recent = [
            e
            for e in body
            if e.type == h.type
            and _overlapping_source(e, h)
            and (e.published is None or e.date.end is None or (e.published - e.date.end).days <= 14)
        ]
        twin = recent[0] if recent else None
        if twin is not None:
            twin.mentions = sorted(
                twin.mentions + h.mentions, key=lambda m: (m.sentence_index, m.span)
            )
            feats = twin.explain.get("confidence_features")
            if feats is not None:
                twin.confidence = confidence(feats, len(twin.mentions))
        else:
            body.append(h)
    body.sort(key=lambda e: (e.sentence_index, e.trigger_offset))
    return body


def _split_visits(ev: Event) -> list[Event]:
    """ "stops in Tokyo and Manila": a visit to each destination, each placed there
    (DESIGN.md codes Pompeo -> KOR and Pompeo -> JPN as two events)."""
    if ev.cameo != "042" or len({a.country or a.org for a in ev.target}) < 2:
        return [ev]
    out = []
    for n, t in enumerate(ev.target):
        if any((t.country or t.org) == (x.country or x.org) for x in ev.target[:n]):
            continue
        loc = (
            ev.location
            if ev.location is not None and ev.location.country == t.country
            else _place_named(t)
        )
        e = dataclasses.replace(ev, target=[t], location=loc,
                                trigger_offset=ev.trigger_offset if n == 0 else max(t.start, ev.trigger_offset + n),
                                mentions=list(ev.mentions), explain=dict(ev.explain))  # fmt: skip
        e.explain["split"] = "one visit per destination"
        out.append(e)
    return out


def _place_named(a: Actor):
    """The gazetteer place a destination actor names ("Manila"), or its country."""
    from .. import where

    if not a.country:
        return None
    city = where.gazetteer().city(a.text, {a.country})
    if city is not None and city.country == a.country:
        return where.city_place(city, a.text)
    return where.country_place(a.name or a.country, a.country, a.text)


def _merge(events) -> list[Event]:
    out: list[Event] = []
    for ev in events:
        for prev in out:
            if _same_happening(prev, ev):
                prev.mentions.extend(ev.mentions)
                if not prev.target and ev.target:
                    prev.target = ev.target  # "An air strike hit ..., killing 14 civilians"
                if prev.mode is None and ev.mode is not None:
                    prev.mode, prev.cameo = ev.mode, ev.cameo
                    prev.goldstein, prev.quad_class = ev.goldstein, ev.quad_class
                    if (
                        prev.cameo in ARMED_CAMEOS
                    ):  # "killed by Pakistani shelling": shelling is armed force
                        prev.source = [_as_military(a) for a in prev.source]
                feats = prev.explain.get("confidence_features")
                prev.confidence = (confidence(feats, len(prev.mentions)) if feats is not None
                                   else min(0.99, max(prev.confidence, ev.confidence) + 0.03))  # fmt: skip
                if ev.date.basis != "publication" and prev.date.basis == "publication":
                    prev.date = ev.date
                if prev.location is None and ev.location is not None:
                    prev.location = ev.location
                elif (prev.location is not None and ev.location is not None and prev.location.feature == "country"
                      and ev.location.feature in ("city", "admin1") and ev.location.country == prev.location.country
                      and ev.sentence_index > prev.sentence_index):  # fmt: skip
                    # "will travel to Nepal next week. In Kathmandu he will meet ...": the
                    # later mention names the place more closely
                    prev.location = ev.location
                break
        else:
            out.append(ev)
    return out


def _codes(actors: list[Actor]) -> frozenset[str]:
    return frozenset(a.code for a in actors)


def _keys(actors: list[Actor]) -> frozenset:
    return frozenset((a.org or a.country or a.code) for a in actors)


def _compatible(xs: list[Actor], ys: list[Actor]) -> bool:
    """Same actors, or the same at a coarser grain: KOR and KORGOV, USA and USAGOV (not
    CHLGOV and CHLMIL: two arms of a state are two actors)."""
    a, b = sorted(_codes(xs)), sorted(_codes(ys))
    if a == b:
        return True
    if len(a) != len(b):
        return False
    return all(x.startswith(y) or y.startswith(x) for x, y in zip(a, b, strict=True))


def _party_keys(actors: list[Actor]) -> set:
    return {a.org or a.country for a in actors} - {None}


def _one_party_of(a: Event, b: Event) -> bool:
    """ "A NAS spokesman said its fighters were observing the ceasefire": one party's part in
    a reciprocal act told before (the truce between the government and the NAS)."""
    parties = _party_keys(a.source) | _party_keys(a.target)
    return (a.type in RECIPROCAL | {"RETREAT"} and len(parties) > 1 and a.modality == b.modality
            and bool(_party_keys(b.source)) and _party_keys(b.source) | _party_keys(b.target) <= parties
            and a.cameo == b.cameo and _overlap(a.date, b.date))  # fmt: skip


# acts done to someone: one act per victim named ("arrested 300 people, among them two
# opposition MPs who were detained at home" is two arrests); a statement's addressee named
# twice is one statement ("rejected the offer, saying it would not accept any third-party role")
PATIENT_TYPES = {"COERCE", "ASSAULT"}


def _same_happening(a: Event, b: Event) -> bool:
    if a.explain.get("sequel") or b.explain.get("sequel"):
        return (
            False  # "opened fire on a border post and later shelled two villages", "also kidnapped"
        )
    if a.type == b.type and _one_party_of(a, b):
        return True
    if a.type != b.type or not _compatible(a.source, b.source):
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False  # a march and a road blockade are two protests
    if (
        a.cameo == b.cameo == "042"
        and a.target
        and b.target
        and not _compatible(a.target, b.target)
    ):
        return False  # "stops in Tokyo and Manila": two visits
    if (
        a.location
        and b.location
        and a.location.name != b.location.name
        and a.sentence_index != b.sentence_index
        and not _nested(a.location, b.location)
    ):
        return False  # in Nairobi and in Kisumu (but a village in the Sagaing region is in it)
    if (
        a.sentence_index == b.sentence_index
        and a.modality == b.modality
        and (
            not a.target
            or not b.target
            or _compatible(a.target, b.target)
            or (
                _codes(a.source) == _codes(b.source)
                and (
                    a.type not in PATIENT_TYPES
                    or a.explain.get("participle")
                    or b.explain.get("participle")
                    or _codes(a.target) <= _codes(b.target)
                    or _codes(b.target) <= _codes(a.target)
                )
            )
        )
    ):
        # "rejected the offer, saying it would not accept any third-party role": told twice
        return True
    if a.modality != b.modality:
        return False
    # a mention that names no target ("the trip", "the attack") is the same happening as
    # one that does; "will travel to Seoul" and "in Seoul he will hold talks with Kang" too
    if a.target and b.target and not _compatible(a.target, b.target):
        return False
    if (
        bool(a.target) != bool(b.target)
        and a.cameo
        and b.cameo
        and not (a.cameo.startswith(b.cameo) or b.cameo.startswith(a.cameo))
        and abs(a.sentence_index - b.sentence_index) > 8
    ):
        # "X denied producing the agent" and X's veto a hundred sentences on: two refusals; a
        # mention without a target far from the other is the same act only in the same words
        return False
    return _overlap(a.date, b.date)


def _nested(a, b) -> bool:
    """Whether one place may lie inside the other: a region or country and a town or
    village of the same country near it ("the Sagaing region", "Pazigyi village")."""
    if not a.country or a.country != b.country:
        return False
    if "unresolved" in (a.feature, b.feature) and a.feature != b.feature:
        return True  # a village the gazetteer does not know may lie in the named place
    coarse, fine = (a, b) if a.feature in ("admin1", "country") else (b, a)
    if coarse.feature not in ("admin1", "country") or fine.feature in ("admin1", "country"):
        return False
    if coarse.feature == "country" or None in (coarse.lat, coarse.lon, fine.lat, fine.lon):
        return True
    d = math.hypot(
        coarse.lat - fine.lat, (coarse.lon - fine.lon) * math.cos(math.radians(coarse.lat))
    )
    return d * 111 < 350  # km


def _overlap(a: When, b: When) -> bool:
    if a.basis == "publication" or b.basis == "publication":
        return True
    if None in (a.start, a.end, b.start, b.end):
        return True
    return a.start <= b.end and b.start <= a.end
