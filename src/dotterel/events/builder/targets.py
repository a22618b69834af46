"""How an event's targets are found (`TargetFinder`, a part of `EventBuilder`): the pattern's
slot, inside its phrase ("Serbia's suppression", "a meeting between X and Y"), the event the
phrase refers back to, the population or holder of a place, a recipient ("offered its
troops to Lebanon"), the other party of a dispute or meeting, the place of the event."""

from __future__ import annotations

from dataclasses import replace

from ... import ground
from ...actors.resolve import ALLY_NOUNS
from ...model import Actor, Event
from ...syntax import prep_objects
from ...words import sector_class, token_in, word_class
from ..extract.common import Candidate
from ..extract.targets import (
    PARTNER_NOUNS,
    inner_actor_heads,
    is_generic_people,
    referent_lemma,
    referent_types,
)
from ..extract.wrappers import HEARSAY_NOUNS
from ..match import ALLOWING_VERBS  # data/word_classes.yaml allowing_verbs
from ..ontology import SPEECH_ACT_TYPES
from .common import RECIPROCAL, _copy_actor, _country_name, _first_country, _is_person, _party_keys
from .countries import FOREIGN
from .parties import _partner, _party_anaphora, main_pair
from .referents import (
    COURT_ACT_NOUNS,
    _accused_of_late,
    _addressed_state,
    _claimant,
    _deal_parties,
    _definite,
    _definite_from_events,
    _referent_sources,
    _wrongdoers,
    held_told_before,
    partitive_whole,
)
from .retaken import former_holder, held_place, is_retaking
from .vetoes import FIGHTER_SECTORS  # a place armed groups own is theirs, not its people's
from .withdrawn import is_withdrawal_from_place, place_state, withdrawn_from

# acts done to people held: "28 of those detained were freed" is aimed at whom the arrests
# told before held
HELD_ACT_TYPES = {"RETREAT", "ACCUSE", "COERCE", "SANCTION", "ASSAULT"}

# a settlement or concession about a dispute is aimed at the other party of the dispute
DISPUTE_TYPES = {"AGREE", "CONCEDE", "REJECT"}
DISPUTE_NOUNS = word_class("settled_dispute_nouns")  # data/word_classes.yaml
MEETING_NOUNS = word_class("party_meeting_nouns")  # data/word_classes.yaml
# events whose object can be an earlier event: "rejected the accusation", "welcomed the decision"
REFERRING_TYPES = {"ACCUSE", "REJECT", "SUPPORT", "CONCEDE", "REQUEST", "THREATEN", "PROTEST"}
PLACE_TARGET_TYPES = {"MOBILIZE", "THREATEN", "ASSAULT", "SANCTION", "AID"}
# types whose "to" phrase names the one who receives: "offered its troops to Lebanon"
RECIPIENT_TYPES = {"AGREE", "AID", "SUPPORT", "CONCEDE", "COOPERATE", "RETREAT", "REQUEST",
                   "THREATEN", "SANCTION", "REJECT"}  # fmt: skip


LEAD_NOUNS = word_class("lead_event_nouns")  # data/word_classes.yaml
# "a group of hostages, including 13 Israelis", "among them": the members a phrase names
INCLUDING = ("including", "among")
FINDINGS_NOUNS = word_class("findings_nouns")
ACCUSING_VERBS = word_class("accusing_verbs")  # data/word_classes.yaml
HELP_NOUNS = word_class("with_help_nouns")  # data/word_classes.yaml
REQUEST_NOUNS = word_class("sent_at_request_nouns")  # "at Brazil's invitation": no target
COURT_NOUNS = word_class("court_nouns")  # data/word_classes.yaml
# bodies that settle disputes between others: a complaint filed with them is against the
# other party (data/word_classes.yaml adjudicating_orgs)
ADJUDICATORS = word_class("adjudicating_orgs")
COMPLAINT_FORUMS = word_class("complaint_forum_orgs")  # data/word_classes.yaml
RALLY_NOUNS = word_class("rally_nouns")  # data/word_classes.yaml
RETREAT_DESTINATION_PREPS = word_class("retreat_destination_preps")  # data/word_classes.yaml
# the weapons an attack fires, never its target ("fired six cruise missiles at a depot")
FIRED_WEAPONS = word_class("army_weapon_nouns")  # data/word_classes.yaml
# acts whose pattern names the arms given ("deliver tanks", "pledged jets"): they are no one
GIVING_TYPES = {"AID", "AGREE"}
# acts of accord whose "at" phrase says where or at whose invitation they happen, never to
# whom: "will meet in Brasilia at Brazil's invitation", "signed a treaty at the Vatican"
# (a state's request for the troops it is sent stays its aid: AID is not among them)
ACCORD_TYPES = RECIPROCAL | {"RETREAT"}
GIVEN_ARMS = word_class("given_arms_nouns")  # data/word_classes.yaml
PROTEST_GROUP_SECTORS = sector_class("protest_group_sectors")  # data/word_classes.yaml
JOINING_VERBS = word_class("joining_verbs")  # data/word_classes.yaml


# an occasion hosted, agreed or held is no one: "offered to host a signing ceremony" (yet a
# wedding or funeral shelled is its guests, as the generic people of extract/targets.py say)
HOSTING_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE"}
OCCASION_NOUNS = word_class("hosted_occasion_nouns")  # data/word_classes.yaml


def _act_agents(t, sa, earlier: list[Event]) -> list[Actor]:
    """ "welcomed the release of the journalists by the rebels", "deplored the arrests of X by
    police": a reaction to an act noun judges the doer its "by" phrase names (on the noun or,
    as the parser may hang it, on the noun's "of" object), not the act's patient."""
    owners = [t, *(g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj")]  # fmt: skip
    phrases = [c for o in owners for c in o.children
               if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]  # fmt: skip
    if not referent_types(t)[0]:
        # "protested the violation of its airspace by Israel", "rejected the proposal by the
        # US": any noun's own "by" phrase names its doer; one hung on the verb needs an act noun
        if t.pos_ != "NOUN":
            return []
    elif t.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in t.head.children):
        # "deplored the arrests of activists by police": hung on the active verb by the parser
        phrases += [
            c for c in t.head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > t.i
        ]
    # "by the rebels": the rebels the article's events named
    return [a for c in phrases for g in c.children if g.dep_ == "pobj"
            for a in _definite_from_events(g, sa.actors_for(g, as_agent=True), earlier, sa)
            if a.country or a.org or a.sector]  # fmt: skip


USED_FORCE_NOUNS = word_class("used_force_nouns")  # data/word_classes.yaml
FORCE_REPORT_NOUNS = word_class("denied_claim_nouns")  # data/word_classes.yaml


def _names_its_doer(t) -> bool:
    """An act noun whose own phrase names who did it: a possessive, a "by" phrase or agent,
    or a named modifier ("Israeli shelling", "Russia's attack", "violence by the police")."""
    for c in t.children:
        if c.dep_ in ("poss", "agent") or (c.dep_ == "prep" and c.lower_ == "by"):
            return True
        if c.dep_ in ("amod", "compound", "nmod") and (
            c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")
        ):
            return True
    return False


def _victims_of_force(t) -> bool:
    """ "(reports of) excessive force against the protesters", "violence against journalists":
    a use of force whose phrase names only whom it was used against (no possessive, "by"
    phrase or named doer); a reaction to it is aimed at whoever used it, not at its victims."""
    if t.lemma_.lower() in FORCE_REPORT_NOUNS:
        t = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"), t)  # fmt: skip
    if t.lemma_.lower() not in USED_FORCE_NOUNS:
        return False
    if _names_its_doer(t):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "against" for c in t.children)


def _doerless_hostile_act(t) -> bool:
    """ "the shelling of Lebanese villages", "the attack on the convoy": a definite attack or
    seizure noun whose phrase names only whom it hit (no "Israeli", possessive or "by" phrase)."""
    is_ref, types = referent_types(t)
    if not is_ref or not types or not types <= {"ASSAULT", "COERCE"} or not _definite(t):
        return False
    if _names_its_doer(t):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("of", "on", "against") for c in t.children)


class TargetFinder:
    """How an event's targets are found (a part of `EventBuilder`)."""

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
        heads = list(cand.target_heads)
        if not heads and cand.type == "REJECT" and not cand.nominal:
            heads = _let_whom(cand.trigger)  # "refused to let Swedish prosecutors board the ship"
        if not heads and cand.type in REACTION_TYPES and not cand.nominal:
            heads = _reduced_passive_doers(cand.trigger)  # "welcomed the truce agreed by A and B"
        if cand.type in REACTION_TYPES | {"AGREE"} and not cand.nominal:
            # "turned down a proposal that the US envoy presented": its author
            heads = [x for n in cand.trigger.children if n.dep_ == "dobj"
                     for x in _relative_authors(n)] or heads  # fmt: skip
        retaking = cand.type == "ASSAULT" and not cand.nominal and is_retaking(cand.trigger)
        for t in heads:
            if retaking:
                # "retook the town three months after the militants overran it": its holder
                got = former_holder(t, cand.trigger, sa, earlier, location, src_keys, sent_index)
                if got:
                    add([_copy_actor(a, "holder") for a in got], "holder of the place")
                    continue
            if t.lemma_.lower() in HELP_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "with":
                continue  # "the deal, brokered by Qatar with the help of Egypt": helpers
            if _name_of_agent_phrase(t):
                continue  # "warned in a statement carried by the news agency KCNA that ...": a channel
            if cand.type in REACTION_TYPES and _victims_of_force(t):
                # "concerned by reports of excessive force against the protesters": aimed at
                # whoever used the force told before (the police); the protesters are its victims
                got = _referent_sources(earlier, {"ASSAULT", "COERCE"}, sources, sent_index,
                                        focus=sa.memory.focus_country())  # fmt: skip
                if got:
                    add([_copy_actor(a, "coref:event-target") for a in got], "event it refers to")
                continue
            if cand.type in REACTION_TYPES | {"PROTEST"}:
                # a protest too: "protested the killing of a student by police", "Lebanon
                # protested the violation of its airspace by Israel" (an official complaint)
                got = [a for a in _act_agents(t, sa, earlier) if a.key() not in src_keys]
                if got:  # "deplored the arrests of activists by police": the police
                    add(got, "doer of the act it judges")
                    continue
            inc = prep_objects(t, "prep", INCLUDING)
            if not inc and t.dep_ == "dobj":
                # "released 24 hostages on Friday, including 13 Israelis": hung on the verb
                inc = [g for g in prep_objects(t.head, "prep", INCLUDING) if g.head.i > t.i]
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
                                  exclude={a.country or a.org for a in sources}, sa=sa)  # fmt: skip
            if got:
                add(got, "the two parties told before")
                continue
            got = [a for a in self._between(t, sa, article_countries) if a.key() not in src_keys]
            if got:  # "host a meeting between a Tamil rebel group and Colombo"
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
            whole = partitive_whole(t)  # "killed 20 of the attackers": the attackers told before
            found = sa.actors_for(t, conjuncts=not own_only) or (
                sa.actors_for(whole) if whole is not None else []
            )
            # what is done to the people held (freed, charged, tried), not an appeal or
            # promise for them, which is made to whoever holds them
            held = ([] if found or cand.type not in HELD_ACT_TYPES
                    else held_told_before(t, earlier, sa.offset, cand.trigger))  # fmt: skip
            if held:  # "28 of those detained were freed": whom the arrests told before held
                add([a for a in held if a.key() not in src_keys], "the people held told before")
                continue
            if not found and t.dep_ == "pobj" and t.head.lower_ == "by":
                # "a violation of its airspace by Malian drones": a "by" phrase names a doer,
                # which its nationality word names as an agent does ("Malian drones struck")
                found = sa.actors_for(t, conjuncts=not own_only, as_agent=True)
            got = _definite_from_events(
                t if whole is None else whole, found, earlier, sa
            ) or self._place_actor(t, sa, article_countries)
            if got and not own_only:
                # "froze the assets of 11 North Korean individuals and four companies": a
                # conjunct naming its people only by nationality is a target too
                got += [a for h in (t, *t.conjuncts) if h.pos_ == "NOUN"
                        and not sa.actors_for(h, conjuncts=False)
                        for a in self._inside(h, sa, article_countries, depth=1)
                        if a.why.startswith("kb:") and a.key() not in src_keys
                        and all(a.key() != b.key() for b in got)]  # fmt: skip
            if got:
                add(got, "slot")
                continue
            if cand.type == "ACCUSE" and _doerless_hostile_act(t):
                # "condemned the shelling of Lebanese villages": the shelling told before is
                # aimed at by the condemnation, not the villages it hit
                got = _referent_sources(earlier, referent_types(t)[1], sources, sent_index,
                                        lemma=t.lemma_.lower(), focus=sa.memory.focus_country())  # fmt: skip
                if got:
                    got = [_addressed_state(a, sources) for a in got]
                    add([_copy_actor(a, "coref:event-target") for a in got], "event it refers to")
                    continue
            if is_generic_people(t):
                got = _generic_people_actors(t, sa)
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
            if cand.type == "REJECT" and _house_inquiry(t):
                # "refused to appear before a parliamentary commission": the legislature of
                # the country the sentence or story is set in
                country = (location.country if location else None) or sa.memory.dateline_country
                if country:
                    add([Actor(text=t.text, name=t.text, country=country, sector=["LEG"],
                               start=t.idx + sa.offset, end=t.idx + len(t) + sa.offset,
                               why="the legislature's inquiry")], "the legislature's inquiry")  # fmt: skip
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
            deal = (
                _deal_parties(earlier, t.lemma_.lower(), sources, sent_index)
                if cand.type in REFERRING_TYPES and t.pos_ == "NOUN" and _definite(t)
                else None
            )
            if deal is not None:
                # "criticised the deal": the parties of the deal told before, else no target
                add(deal, "parties of the deal it refers to")
                continue
            if is_ref and cand.type in REFERRING_TYPES:
                # "the arrests" are the acts told with that word; "the criticism" any critic's
                lem = ("" if types and types & SPEECH_ACT_TYPES and t.lemma_.lower() not in COURT_ACT_NOUNS
                       else referent_lemma(t))  # fmt: skip
                got = _referent_sources(earlier, types, sources, sent_index,
                                        lead=t.lemma_.lower() in LEAD_NOUNS, lemma=lem,
                                        focus=sa.memory.focus_country())  # fmt: skip
                if not got and types and types <= {"ASSAULT", "MOBILIZE", "COERCE"}:
                    # "Guyana accused Venezuela of sending a gunboat ... CARICOM condemned the
                    # incursion": an act told only as an accusation was done by the accused
                    got = _accused_of_late(earlier, sources, sent_index)
                if got:
                    got = [_addressed_state(a, sources, cand.type == "REQUEST") for a in got]
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
            if cand.type in HOSTING_TYPES and t.lemma_.lower() in OCCASION_NOUNS:
                continue  # "offered to host a signing ceremony": the occasion, not its people
            if is_generic_people(t):
                forceful = {cand.type, cand.explain.get("inner_type")} & {"ASSAULT", "COERCE"}
                withdrawing = is_withdrawal_from_place(cand, t)
                held = _holder(t, sa) if forceful or withdrawing else []
                if held:
                    # "besieging the last area of territory held by Islamic State", "shelled
                    # Isis-held villages": those who hold the place, not its people
                    add([a for a in held if a.key() not in src_keys], "holder of the place")
                    continue
                rally = _rally_group(t, cand.head, sa) if cand.type in ("ASSAULT", "COERCE") else []
                if rally:
                    add(rally, "people of the rally")
                    continue
                country = (
                    _place_country(t, sa, article_countries)
                    or (location.country if location else None)
                    or _place_country(cand.head, sa, article_countries, skip=t)
                )
                if country is None and cand.type != "ASSAULT":
                    country = (sa.memory.dateline_country or sa.memory.focus_country()
                               or _first_country(sources))  # fmt: skip
                if withdrawing:  # "the soldiers withdrew from the compound": not its people
                    add(*withdrawn_from(t, cand, sa, earlier, sources, sent_index, country))
                elif country and retaking:  # "retook the town": the place's country, not its people
                    add([place_state(t, sa, country, "place of the event")], "place of the event")
                elif country:
                    add([Actor(text=t.text, name=t.text, country=country, sector=["CVL"],
                               start=t.idx + sa.offset, end=t.idx + len(t) + sa.offset,
                               why="population of the place", country_guessed=True)], "population of the place")  # fmt: skip
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
        if not out and cand.type in REFERRING_TYPES:
            # "rejected the agreement" (the pattern names the deal): its parties told before
            for t in cand.trigger_tokens:
                if t.pos_ == "NOUN" and t.i != cand.trigger.i and _definite(t):
                    got = _deal_parties(earlier, t.lemma_.lower(), sources, sent_index)
                    if got:
                        add(got, "parties of the deal it refers to")
                        break
        hearsay = cand.type == "REJECT" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in HEARSAY_NOUNS
            and not any(g.dep_ == "prep" and g.lower_ in ("by", "from") for g in c.children)
            for c in cand.trigger.children
        )  # fmt: skip
        answering = cand.answers and not hearsay
        if answering and not out:
            # "rejected Belgrade's demand": the one whose demand (offer, call) it is, named,
            # before an accuser told in its clause
            add(_answered_owner(cand, sa, src_keys), "owner of what it answers")
        if cand.type == "REJECT" and not out:
            add(_accuser_in_clause(cand, sa, sources), "the accuser in its clause")
        if answering and not out:
            # else the one an earlier event shows answered ("denied reports that ...": press
            # reports, no accuser, are what is answered)
            if not out:
                got = _referent_sources(earlier, cand.answers, sources, sent_index, must_target_us=True,
                                        content=_refused_noun(cand))  # fmt: skip
                add([_copy_actor(a, "coref:accuser") for a in got], "the one it answers")
            if not out and cand.type == "REJECT":
                # "the party said its members were shot by police; the police denied it"
                got = _claimant(earlier, sources, sa, sent_index, cand.trigger.idx + sa.offset)
                add(got, "the one who said what it denies")
        if not out and cand.type == "CONCEDE":
            # "froze the tax rise, bowing to a strike by truck drivers": those it yields to
            for n in _yielded_to(cand):
                got = sa.actors_for(n, as_agent=True) or self._inside(
                    n, sa, article_countries, depth=2
                )
                got = [a for a in got if a.key() not in src_keys and a.code]
                if got:
                    add(got, "those it yields to")
                    break
        reciprocal = len(sources) > 1 and cand.type in RECIPROCAL
        if not out and not reciprocal:
            # "would suspend talks on joining the European Union": the body to be joined
            add([a for a in _body_to_join(cand, sa) if a.key() not in src_keys], "the body to join")
        mobilizing = cand.type == "MOBILIZE" or cand.explain.get("inner_type") == "MOBILIZE"
        if not out and cand.loose_heads and not _others_allies(cand.target_heads):
            for t in cand.loose_heads:
                if t.lemma_.lower() in HELP_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "with":
                    continue  # "brokered by Qatar with the help of Egypt": a helper, not a target
                if _partner(t) or _name_of_agent_phrase(t):
                    continue  # "will mediate jointly with the African Union": a partner
                if cand.type in ACCORD_TYPES and _in_at_phrase(t):
                    continue  # "will meet at Brazil's invitation", "signed at the Vatican"
                if cand.type == "ACCUSE" and _victim_of_judged_act(t, cand.trigger):
                    continue  # "condemned the attack on its embassy": the victim is not blamed
                if reciprocal and not (t.dep_ == "pobj" and t.head.lower_ == "with"):
                    continue  # "Russia and Belarus began joint exercises with 200,000 troops"
                if mobilizing and _own_force(t, cand):
                    # "scrambled a fighter jet", "deployed troops", "threatened to send his
                    # forces": its own force
                    continue
                if (
                    cand.type == "COOPERATE"
                    and t in cand.trigger_tokens
                    and t.lemma_.lower() == "force"
                ):
                    continue  # "joined forces with": no one
                if t in cand.trigger_tokens and t.lemma_.lower() in FIRED_WEAPONS:
                    continue  # "fired six cruise missiles at a depot": the weapons fired
                if cand.type == "REJECT" and _denied_tie(t, cand):
                    continue  # "denied any link to Israel": what it denies, not whom it answers
                if (
                    (t in cand.trigger_tokens and t.lemma_.lower() in GIVEN_ARMS)
                    or _given_with(t, cand)
                ) and GIVING_TYPES & {cand.type, cand.explain.get("inner_type")}:
                    # "agreed to send battle tanks": the arms given, not whom to; so is what is
                    # listed with the thing the pattern names ("flew two helicopters, a medical
                    # team and relief supplies to the town")
                    continue
                own = sa.actors_for(t)
                if not own and cand.type in REACTION_TYPES | {"PROTEST"}:
                    # "protested the violation of its airspace by Israel": the doer of the act
                    # its object names, as for a slot
                    own = _act_agents(t, sa, earlier)
                got = own or self._inside(t, sa, article_countries, depth=2)
                # "students objected to the plan at the university": a phrase naming the
                # doers' own kind (the same code) is where they act, not whom they answer
                got = [
                    a
                    for a in got
                    if a.key() not in src_keys and a.code and not _same_kind(a, sources)
                ]
                if cand.cameo == "115" and token_in(t, COURT_NOUNS):
                    # "took the dispute to the ICJ": an international court hears the case, it is
                    # not brought against it (a country's own court stands for the state sued)
                    got = [a for a in got if a.country]
                if is_generic_people(t) and cand.type in ("ASSAULT", "COERCE"):
                    got = [_as_population(a, t, sa) for a in got]  # "hit the Turkish border town"
                if mobilizing or (cand.type in ("AGREE", "CONCEDE") and _promised_doer(t, cand)):
                    # the source's own: "strengthened its forces in Lebanon"; "pledged that
                    # Kenyan forces would remain" (the doers of what is promised, no one it is
                    # promised to)
                    own = {a.country for a in sources if a.country}
                    got = [a for a in got if a.country not in own]
                if (
                    cand.type == "AGREE"
                    and not cand.explain.get("inner_type")
                    and t in cand.trigger_tokens
                ):
                    # "pledged troops to the mission": a word of the promise's own pattern is
                    # what is promised; troops of no named state are the promiser's own
                    own = {a.country for a in sources if a.country}
                    got = [a for a in got if (a.country or a.org) and a.country not in own]
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
                    if cand.type == "REJECT" and _denied_tie(t, cand):
                        continue  # "denied any link to Israel": no one it is given to
                    got.extend(x for x in (sa.actors_for(t) or self._place_actor(t, sa, article_countries)
                                           or self._inside(t, sa, article_countries, depth=1))
                               if x.country not in own or x.country is None)  # fmt: skip
                if got:
                    out = []
                    why = ""
                    add(got, "recipient")
        if not out and not reciprocal:
            for t in cand.loose_heads:
                if mobilizing and _own_force(t, cand):
                    continue  # "recruited thousands of fighters": the recruits, no population
                if (
                    cand.type == "RETREAT"
                    and t.dep_ == "pobj"
                    and t.head.lower_ in RETREAT_DESTINATION_PREPS
                ):
                    continue  # "retreated into the villages": where they went, no one
                if is_generic_people(t):
                    country = (_place_country(t, sa, article_countries) or (location.country if location else None)
                               or _place_country(cand.head, sa, article_countries, skip=True))  # fmt: skip
                    if is_withdrawal_from_place(cand, t):
                        # "withdrew from the compound" (a loose phrase): not its people either
                        add(*withdrawn_from(t, cand, sa, earlier, sources, sent_index, country))
                        break
                    if country:
                        add([Actor(text=t.text, name=t.text, country=country, sector=["CVL"],
                                   start=t.idx + sa.offset, end=t.idx + len(t) + sa.offset,
                                   why="population of the place", country_guessed=True)], "population of the place")  # fmt: skip
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
            # "accepted a formula to settle its water dispute with its neighbours": the
            # other party of the dispute the agreement or concession is about
            # "turned down an invitation to a meeting of Libyan factions": its members
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
                            got = got or [a for a in sa.actors_for(x, as_agent=x != g)
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
        if not out and not reciprocal and cand.type in DEAL_TYPES:
            # "Russia signed a deal under which it will supply gas to Hungary": the other party
            # of a deal is told in the clause of its terms
            got = [a for a in _terms_parties(cand, sa) if a.key() not in src_keys
                   and (a.country or a.org) and a.country not in {s.country for s in sources if s.country}]  # fmt: skip
            if got:
                add(got, "the other party named in the deal's terms")
        if (
            not out
            and not reciprocal
            and (cand.type in PLACE_TARGET_TYPES or cand.type == "CONSULT")
            and not _others_allies(cand.target_heads)
            and not cand.cameo.startswith(("164", "165"))  # talks "scheduled in Brussels": a venue
        ):
            # "strengthened its forces in Lebanon", "resume attacks in Israel", "held talks in
            # Moscow" (a visit: the host is the target); rebels who attack or threaten a town
            # of their own country ("no intention of advancing on Kisangani") take on its state
            hostile = cand.type in ("ASSAULT", "THREATEN")
            own = {a.country for a in sources if a.country and not (hostile and "REB" in a.sector)}
            named = None
            if cand.type == "CONSULT":
                # "held talks in Moscow": a state's envoy visiting; not "EU ministers meet in
                # Brussels", nor "negotiators from Iran and the E3 will meet in Geneva"
                # the place phrase may hang on the pattern's noun ("held talks in Doha")
                words = [cand.trigger, *(t for t in cand.trigger_tokens if t != cand.trigger)]
                country = (next(filter(None, (_in_place_country(t, sa, article_countries)
                                              for t in words)), None)
                           if not any(a.org for a in sources) and not _meeting_each_other(cand)
                           else None)  # fmt: skip
            else:
                # the story's country, not named for this event, is no one's target
                named = location if location is not None and location.text else None
                # "stormed across the border from Syria", "fired rockets from Lebanon": where
                # attackers came from is not whom they struck
                origin = cand.type == "ASSAULT"
                if named is not None and origin and _origin_place(named.text, cand.trigger):
                    named = None
                if (
                    named is not None
                    and named.text not in cand.trigger.sent.text
                    and _sentence_countries(cand.trigger.sent, sa, article_countries)
                    - {named.country}
                ):
                    # a place carried from an earlier sentence when this one names places of
                    # another country ("the watchdog in Vienna ... used chemical weapons in
                    # Douma, an attack that led to airstrikes"): not whom the strikes hit
                    named = None
                country = (named.country if named else None) or _place_country(
                    cand.head, sa, article_countries, skip=True, origin=origin
                )
            if country and country not in own and (own or any(a.org for a in sources)):
                add([Actor(text=(named.text or named.name) if named else _country_name(sa, country),
                           name=_country_name(sa, country), country=country,
                           sector=[], why="place of the event")], "place of the event")  # fmt: skip
        if not out and cand.type in ("RETREAT", "CONCEDE") and cand.cameo.startswith("085"):
            # "lifted the sanctions it had imposed on Niger": those the sanctions were on
            got = [a for t in cand.trigger_tokens if t.pos_ == "NOUN"
                   for v in t.children if v.dep_ == "relcl"
                   for p in v.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                   for g in p.children if g.dep_ == "pobj"
                   for a in sa.actors_for(g) if a.key() not in src_keys]  # fmt: skip
            if got:
                add(got, "whom the lifted measures were on")
        if (
            cand.type == "ACCUSE"
            and cand.cameo in ("114", "115")
            and out
            and all(
                a.org
                and (
                    a.org.lower() in ADJUDICATORS
                    or (cand.cameo == "114" and a.org.lower() in COMPLAINT_FORUMS)
                )
                for a in out
            )  # fmt: skip
        ):
            # "would file a complaint with the WTO", "filed a case at the ICJ": the body that
            # settles the dispute hears the case, which is aimed at the other party: the one
            # its "over"/"against" phrase names, else the one whose acts aimed at the
            # complainant were told before (gold/CODING.md). Only a formal complaint or a
            # case (114, 115): "accused the ICC of bias", "criticised the WTO" are aimed at it
            got = [a for t in cand.loose_heads if t.dep_ == "pobj" and t.head.lower_ in ("over", "against")
                   for a in (sa.actors_for(t) or self._inside(t, sa, article_countries, depth=2))
                   if a.key() not in src_keys and (a.country or a.org)
                   and not (a.org and a.org.lower() in ADJUDICATORS)]  # fmt: skip
            got = got or [
                _copy_actor(a, "coref:wrongdoer") for a in _wrongdoers(earlier, sources, sent_index)
            ]
            out, why = got, ("the other party of the case" if got else "")
        return out, why

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
            if x.dep_ == "compound" and x.lemma_.lower() in FIRED_WEAPONS:
                continue  # "protested against the missile launch": the weapon names the act
            got = sa.actors_for(x, as_agent=True) or self._place_actor(x, sa, article_countries)
            # "ultimatums from any foreign government": not the country the article is about;
            # an owner is ("threw out the government's budget": the article's government)
            if x.dep_ != "poss":
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


# acts about a deal whose other party its terms may name
DEAL_TYPES = {"SUPPORT", "AGREE", "COOPERATE"}
DEAL_NOUNS = word_class("deal_nouns")  # data/word_classes.yaml


def _in_at_phrase(t) -> bool:
    """Whether `t` is a name after "at" ("at the Vatican": where an act happens) or sits in
    an "at" phrase of invitation or request ("at Brazil's invitation", "at the invitation of
    Brazil": at whose asking); not the owner of a place ("at Djibouti's port": the lessor)."""
    named = t.pos_ == "PROPN"
    for _ in range(4):
        if t.dep_ == "pobj" and t.head.lower_ == "at":
            return named or t.lemma_.lower() in REQUEST_NOUNS
        if t.dep_ not in ("poss", "pobj", "compound") or t.head.i == t.i:
            return False
        t = t.head if t.dep_ != "pobj" else t.head.head
        named = False
    return False


def _same_kind(a: Actor, sources: list[Actor]) -> bool:
    """The doers' own kind: the same sector and organisation, of the same country or of none
    told yet ("students" and "the university" are both EDU)."""
    return bool(a.sector) and any(
        set(a.sector) == set(s.sector) and a.org == s.org
        and (a.country == s.country or None in (a.country, s.country))
        for s in sources
    )  # fmt: skip


def _refused_noun(cand: Candidate) -> str:
    """The noun of what a rejection refuses ("ruled out a recount": recount), for finding
    the demand it answers; "" for a pronoun or none."""
    for t in [*cand.target_heads, *cand.loose_heads]:
        if t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubjpass"):
            return t.lemma_.lower()
    return ""


def _accuser_in_clause(cand: Candidate, sa, sources: list[Actor]) -> list[Actor]:
    """ "Rwanda denied backing the rebels after Congo accused it of sending troops": a denial
    answers the accuser of a clause in its own sentence whose object is the denier (named
    again or a pronoun that stands for it: "after Congo accused them", them the rebels, is no
    accusation of the denier), though that accusation is told after it."""
    ours = {a.country or a.org for a in sources} - {None}
    our_codes = {a.code for a in sources if a.code}
    for v in cand.trigger.subtree:
        if v.dep_ != "advcl" or v.lemma_.lower() not in ACCUSING_VERBS:
            continue
        if not any(o.dep_ == "dobj" and _names_denier(o, sa, ours, our_codes) for o in v.children):
            continue
        got = [a for s in v.children if s.dep_ == "nsubj"
               for a in sa.actors_for(s) if a.code and (a.country or a.org) not in ours]  # fmt: skip
        if got:
            return got
    return []


def _names_denier(obj, sa, ours: set, our_codes: set) -> bool:
    """The accused object is the denier: named (its state or body) or a pronoun whose
    resolved actors are the denier's own ("it" for Rwanda, not "them" for the rebels)."""
    got = sa.actors_for(obj)
    if obj.pos_ == "PRON":
        return bool(got) and all(a.code in our_codes for a in got)
    return any((a.country or a.org) in ours for a in got)


def _answered_owner(cand: Candidate, sa, src_keys) -> list[Actor]:
    """The owner named in the possessive of the noun a rejection or reply answers
    ("rejected Belgrade's demand", "dismissed the opposition's call"): the one answered,
    before any earlier speaker of a demand is looked for."""
    for t in cand.trigger_tokens:
        if t.pos_ != "NOUN" or t == cand.trigger:
            continue
        for c in t.children:
            if c.dep_ == "poss" and c.pos_ != "PRON":
                got = [a for a in sa.actors_for(c) if a.key() not in src_keys and a.code]
                if got:
                    return got
    return []


def _terms_parties(cand: Candidate, sa) -> list[Actor]:
    """The actors of a deal's terms clause ("a deal under which it will supply gas to
    Hungary", "an accord by which Kenya would buy power"): the deal the event's words name,
    then the clause's subject, object and prepositional objects."""
    out: list[Actor] = []
    for n in [cand.trigger, *cand.trigger.children]:
        if n.lemma_.lower() not in DEAL_NOUNS:
            continue
        for rel in (c for c in n.children if c.dep_ == "relcl"):
            if not any(p.dep_ == "prep" and p.lower_ in ("under", "by") and
                       any(w.lower_ == "which" for w in p.children) for p in rel.children):  # fmt: skip
                continue
            for x in rel.subtree:
                if x.dep_ in ("nsubj", "dobj", "dative", "pobj") and x.pos_ in ("PROPN", "NOUN"):
                    out.extend(a for a in sa.actors_for(x, conjuncts=False)
                               if all(a.key() != b.key() for b in out))  # fmt: skip
    return out


# reactions to what others did: "welcomed the truce agreed by A and B"
REACTION_TYPES = {"SUPPORT", "ACCUSE", "REJECT"}
YIELDING_PARTICIPLES = word_class("yielding_participles")  # data/word_classes.yaml
YIELDING_PHRASAL = word_class("yielding_phrasal_participles")  # data/word_classes.yaml


def _yielded_to(cand: Candidate) -> list:
    """The nouns of a yielding participle's "to" phrases hung on a concession's verb ("froze
    the tax rise, bowing to a strike by truck drivers and to protests", "scrapped the fare
    rise, giving in to pressure from students"): what the concession yields to."""
    out = []
    for c in cand.trigger.children:
        lemma = c.lemma_.lower()
        if c.dep_ not in ("advcl", "xcomp", "conj") or lemma not in YIELDING_PARTICIPLES:
            continue
        if lemma in YIELDING_PHRASAL and not any(
            g.dep_ == "prt" and g.lower_ == "in" for g in c.children
        ):
            continue
        for p in c.children:
            if p.dep_ == "prep" and p.lower_ == "to":
                for q in (p, *(x for x in p.children if x.dep_ == "conj" and x.lower_ == "to")):
                    out.extend(x for x in q.children if x.dep_ == "pobj")
    return out


def _reduced_passive_doers(trigger) -> list:
    """ "The AU welcomed the ceasefire agreed by Ethiopia and Eritrea", "condemned the
    crackdown ordered by the junta": the parser reads the reduced passive as a clause ("the
    ceasefire agreed ...", the noun its subject) that the reaction's verb governs; the reaction
    is aimed at the doers in its "by" phrase (or "between" phrase: "the deal agreed between A
    and B"), as in "welcomed the deal signed by A and B". A clause with an auxiliary ("said the
    truce was agreed by ...") or a pronoun subject is no reduced passive."""
    out = []
    for x in trigger.children:
        if x.dep_ != "ccomp" or x.tag_ not in ("VBN", "VBD") or x.i < trigger.i:
            continue
        if any(c.dep_ in ("aux", "auxpass", "dobj") for c in x.children):
            continue
        subj = [c for c in x.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subj) != 1 or subj[0].pos_ != "NOUN":
            continue
        if x.tag_ == "VBD" and subj[0].lemma_.lower() not in DEAL_NOUNS:
            # "welcomed the truce agreed between A and B", the participle tagged as a past
            # tense: only a deal can have been agreed, it agrees nothing itself
            continue
        for c in x.children:
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "between"):
                out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _reduced_passive_subject(n) -> bool:
    """The noun at the head of such a reduced passive ("the truce" in "welcomed the truce
    agreed by A and B")."""
    return (
        n.dep_ == "nsubj" and n.head.dep_ == "ccomp" and bool(_reduced_passive_doers(n.head.head))
    )


AUTHORING_VERBS = word_class("authoring_verbs")  # data/word_classes.yaml


def _relative_authors(t) -> list:
    """ "Hezbollah turned down a ceasefire proposal that the US envoy presented in Beirut",
    "rejected the plan Cairo had drawn up": a reaction to a proposal is aimed at whom the
    relative clause says authored it (its subject), not at whoever the article told of last."""
    return [s for r in t.children if r.dep_ in ("relcl", "acl") and r.lemma_.lower() in AUTHORING_VERBS
            and not any(c.dep_ == "nsubjpass" for c in r.children)
            for s in r.children if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN")]  # fmt: skip


def _let_whom(trigger) -> list:
    """ "China refused to let Swedish prosecutors board the ship", "declined to allow the
    inspectors into the plant": a refusal to let someone do something is aimed at them (the
    object of "let"/"allow", or the subject of the clause the parser hangs on it)."""
    out = []
    for x in trigger.children:
        if x.dep_ != "xcomp" or x.lemma_.lower() not in ALLOWING_VERBS:
            continue
        for c in x.children:
            if c.dep_ == "dobj":
                out.append(c)
            elif c.dep_ in ("ccomp", "xcomp"):
                out.extend(g for g in c.children if g.dep_ == "nsubj")
    return out


def _victim_of_judged_act(t, trigger) -> bool:
    """ "condemned the attack on its embassy", "criticised the violence against protesters":
    the one a judged act was done to ("on"/"against" a noun the accusation acts on), whom a
    condemnation does not blame (its target is the doer, or no one when none is named)."""
    prep = t.head if t.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("on", "against") or prep.head.pos_ != "NOUN":
        return False
    act = prep.head
    return act != trigger and act.dep_ in ("dobj", "nsubjpass") and act.head == trigger


def _name_of_agent_phrase(t) -> bool:
    """ "warned in a statement carried by the state news agency KCNA that Seoul would pay":
    the parser takes the name after "by the ... agency" for the verb's object; it names the
    agency of a reduced passive ("carried by", "published by"), a channel, not the target."""
    if t.pos_ != "PROPN" or t.dep_ != "dobj" or t.i == 0:
        return False
    before = t.doc[t.i - 1]
    return (
        before.pos_ in ("NOUN", "PROPN")
        and before not in t.subtree
        and before.dep_ == "pobj"
        and before.head.dep_ == "agent"
        and before.head.head.dep_ == "acl"
    )


def _holder(tok, sa) -> list[Actor]:
    """Who holds a place phrase: "territory occupied by Islamic State", "Isis-held areas",
    an armed group's own place ("the dissidents' camps", "the rebels' positions")."""
    owners = [a for c in tok.children if c.dep_ == "poss" for a in sa.actors_for(c)
              if a.org or set(a.sector) & FIGHTER_SECTORS]  # fmt: skip
    if owners:
        return owners
    for x in tok.subtree:
        phrases = held_place(x, passive=False)[1]  # "territory occupied by Islamic State"
        got = [a for g in phrases for a in sa.actors_for(g, as_agent=True) if a.org or a.country]
        if got:
            return got
    return []


def _rally_group(tok, head, sa) -> list[Actor]:
    """ "arrested 30 people at an opposition rally", "detained dozens of people during a rally
    of the Freedom Front": the people at a group's gathering are that group (CODING.md: the
    opposition's supporters are OPP), when the gathering is the group's (a protest group:
    opposition, students, workers ...) in the phrase or its verb's prepositions."""
    for owner in (tok, head):
        for p in owner.children:
            if p.dep_ != "prep" or p.lower_ not in ("at", "during", "after", "outside", "near"):
                continue
            for g in p.children:
                if g.dep_ != "pobj" or g.lemma_.lower() not in RALLY_NOUNS:
                    continue
                # the gathering's own words: "an opposition rally", "the party's rally", "a
                # rally of the Freedom Front", "a march organised by the union"
                whose = [g, *(c for c in g.children if c.dep_ in ("compound", "amod", "nmod", "poss")),
                         *(x for c in g.children if c.dep_ == "prep" and c.lower_ in ("of", "by")
                           for x in c.children if x.dep_ == "pobj"),
                         *(x for c in g.children if c.dep_ == "acl" for a in c.children
                           if a.dep_ == "agent" for x in a.children if x.dep_ == "pobj")]  # fmt: skip
                got = {a.key(): a for w in whose for a in sa.actors_for(w, conjuncts=False)
                       if a.sector[:1] and a.sector[0] in PROTEST_GROUP_SECTORS}  # fmt: skip
                got = list(got.values())
                # "an opposition rally" names no country: the story's
                home = sa.memory.dateline_country or sa.memory.focus_country()
                if len(got) == 1 and (got[0].country or home):
                    a = got[0]
                    return [replace(a, text=tok.text, country=a.country or home, sector=list(a.sector),
                                    start=tok.idx + sa.offset, end=tok.idx + len(tok) + sa.offset,
                                    why="people of the rally")]  # fmt: skip
    return []


INQUIRY_NOUNS = word_class("inquiry_nouns")  # data/word_classes.yaml
HOUSE_WORDS = word_class("house_words")  # data/word_classes.yaml


def _house_inquiry(tok) -> bool:
    """ "a parliamentary commission", "the Senate committee": an inquiry of the legislature."""
    return tok.lemma_.lower() in INQUIRY_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in HOUSE_WORDS for c in tok.children
    )


def _generic_people_actors(t, sa) -> list[Actor]:
    """Who generic people are ("dozens of opposition supporters", "Palestinian homes"): only
    an "of"/"for" phrase or a name or nationality modifying them names them."""
    got: list[Actor] = []
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "for"):
            for g in c.children:
                if g.dep_ == "pobj":
                    got = got or sa.actors_for(g)
        elif c.dep_ in ("amod", "compound", "nmod", "poss") and (
            c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE")
        ):
            got = got or sa.actors_for(c, as_agent=True)  # "Palestinian homes"
    return got


def _as_population(a: Actor, tok, sa) -> Actor:
    """ "the Turkish border town", "Palestinian homes": the people of that country."""
    if not a.country or a.sector or a.org:
        return a
    # (the people's country is their place's: inferred, not told of them)
    return Actor(text=tok.text, name=f"{a.name} civilians", country=a.country, sector=["CVL"],
                 start=tok.idx + sa.offset, end=tok.idx + len(tok) + sa.offset, why="population of the place",
                 country_guessed=True)  # fmt: skip


def _body_to_join(cand: Candidate, sa) -> list[Actor]:
    """ "suspended talks on joining the European Union", "froze negotiations about entering
    NATO": talks of accession are held with the body to be joined, the other party of the act
    on them (a "membership of NATO" phrase is already the clause's own)."""
    if not any(n.pos_ == "NOUN" for n in cand.trigger_tokens):
        return []
    for n in cand.trigger_tokens:  # (the parser may hang "on joining" on the verb)
        for g in [g for p in n.children if p.dep_ == "prep" and p.lower_ in ("on", "about", "over")
                  for g in p.children if g.dep_ == "pcomp" and token_in(g, JOINING_VERBS)]:  # fmt: skip
            got = [a for o in g.children if o.dep_ == "dobj" for a in sa.actors_for(o)
                   if a.org or a.country]  # fmt: skip
            if got:
                return got
    return []


def _denied_tie(t, cand: Candidate) -> bool:
    """ "denied any link to Israel", "denied ties with the rebels", "denied a role in the
    raid": the phrase after a denied noun of the pattern says what the denier is said to be
    tied to (the content), not who said so (a "by" or "of" phrase may: "the claims of X")."""
    n = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else None
    return (
        n is not None
        and cand.trigger.lemma_.lower() in ("deny", "denial")
        and t.head.lower_ in ("to", "with", "in")
        and n.pos_ == "NOUN"
        and n != cand.trigger
        and n in cand.trigger_tokens
    )


def _others_allies(heads) -> bool:
    """ "raided the army's tribal partners": the slot names someone's allies, whom
    the text does not name; no other phrase of the clause stands in for them."""
    return any(t.lemma_.lower() in _ALLIES_OR_PARTNERS and any(c.dep_ == "poss" for c in t.children)
               for t in heads)  # fmt: skip


_ALLIES_OR_PARTNERS = ALLY_NOUNS | PARTNER_NOUNS


def _own_backing(tok) -> bool:
    """A phrase with its own backer or leader: "Saudi-backed fighters", "a UN-led force"."""
    return any(c.dep_ in ("amod", "compound") and c.tag_ == "VBN" for c in tok.children)


def _place_country(tok, sa, prefer: set[str], skip=None, origin: bool = False) -> str | None:
    """A place named inside the phrase: "homes in Kisumu", "the village of Lobonok"; with
    `skip`, a place anywhere in the clause of `tok` outside its subjects; with `origin`, not
    where the doers came from ("stormed across the border from Syria")."""
    subjects = {t.i for c in tok.children if skip is not None and c.dep_ in ("nsubj", "nsubjpass")
                for t in c.subtree}  # fmt: skip
    if origin:
        subjects |= {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                     for t in c.subtree}  # fmt: skip
    # "areas retaken by the Turkish-backed militia": a "by" phrase names a doer, not the place
    subjects |= {t.i for a in tok.subtree if a.dep_ == "agent" for t in a.subtree}
    for t in tok.subtree:
        if (
            t == tok
            or t.i in subjects
            or t.pos_ != "PROPN"
            and t.ent_type_ not in ("GPE", "LOC", "FAC")
        ):
            continue
        place = ground.place_of(t, sa, prefer)
        if (
            place is None
            and t.pos_ == "PROPN"
            and t.text[:1].isupper()  # "joined the march": a noun mistagged, not March (UK)
            and not t.ent_type_
            and t.i not in sa.match_at
        ):
            from ...where import gazetteer  # a town the parser did not tag: "Kharkiv"

            city = gazetteer().city(t.text, prefer)
            if city is not None and city.population >= 15000:
                return city.country
        if place is not None and place.country:
            return place.country
    return None


def _sentence_countries(sent, sa, prefer: set[str]) -> set[str]:
    """The countries of the towns and regions a sentence names (not countries named as
    actors: "Japan's embassy said")."""
    out = set()
    for t in sent:
        m = sa.match_at.get(t.i)
        if (
            m is not None
            and m.term.entity.kind == "country"
            and m.term.function not in ("region", "capital")
        ):
            continue
        if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC", "FAC"):
            place = ground.place_of(t, sa, prefer)
            if place is not None and place.country:
                out.add(place.country)
    return out


def _meeting_each_other(cand: Candidate) -> bool:
    """ "Negotiators from Iran and the three European powers are due to meet in Geneva",
    "Kyrgyz and Tajik delegations will meet in Osh": an intransitive "meet" whose subject
    coordinates two parties is a meeting between them; its venue hosts, it takes no part."""
    t = cand.trigger
    if t.lemma_.lower() != "meet" or any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in t.children
    ):
        return False
    return any(x.dep_ == "conj" for opt in cand.source_heads for h in opt for x in h.subtree)


def _in_place_country(tok, sa, prefer: set[str]) -> str | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at"):
            for g in c.children:
                if g.dep_ == "pobj":
                    place = ground.place_of(g, sa, prefer)
                    if place is not None and place.country:
                        return place.country
    return None


def _given_with(t, cand) -> bool:
    """A noun listed with a given thing the pattern names, by "and" or a comma: "flew two
    helicopters, a medical team and relief supplies to Vanimo" gives the helicopters too."""
    given = [
        u for u in cand.trigger_tokens if u.pos_ in ("NOUN", "PROPN") and u is not cand.trigger
    ]
    seen, todo = set(given), list(given)
    while todo:
        u = todo.pop()
        near = [c for c in u.children if c.dep_ in ("conj", "appos")]
        if u.dep_ in ("conj", "appos"):
            near.append(u.head)
        for n in near:
            if n not in seen:
                seen.add(n)
                todo.append(n)
    return t in seen and t not in given


def _own_force(t, cand) -> bool:
    """Whether the phrase headed by `t` is the force a mobilization moves, not someone it is
    aimed at: a phrase holding one of the pattern's words besides the trigger ("recruited
    thousands of fighters"), or the verb's object and what is coordinated with it
    ("deploying drone operators and fighters")."""
    words = {w.i for w in cand.trigger_tokens if w.i != cand.trigger.i}
    if t.i in words or any(w.i in words for w in t.subtree):
        return True
    trig = cand.trigger
    objs = (
        [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")] if trig.pos_ == "VERB" else []
    )
    return any(t == o or t in o.conjuncts for o in objs)


def _promised_doer(t, cand) -> bool:
    """Whether `t` is the subject of the clause a promise or pledge says ("pledged that US
    forces would remain"), the doer of what is promised."""
    clause = t.head
    return (
        t.dep_ in ("nsubj", "nsubjpass")
        and clause.dep_ == "ccomp"
        and clause.head.i in {w.i for w in cand.trigger_tokens}
    )


def _origin_place(text: str, trigger) -> bool:
    """The place is named in the trigger's clause only as where someone came from ("stormed
    across the border from Syria", "crossed from Sudan")."""
    words = text.split()
    if not words:
        return False
    hits = [t for t in trigger.sent if t.text == words[0]]
    return bool(hits) and all(
        t.dep_ == "pobj"
        and t.head.lower_ == "from"
        and t.head.head.i == trigger.i
        or (
            t.head.dep_ == "pobj"
            and t.head.head.lower_ == "from"
            and t.head.head.head.i == trigger.i
        )
        for t in hits
    )
