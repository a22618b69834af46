"""The passes over an article's events once every sentence is built: the crowd the police
arrested or dispersed is the group told protesting (`protesters_policed`), and one event per
happening, a headline joining the body's account (`merge_repeats`)."""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable
from itertools import chain

from ...model import Actor, Event, When
from ...words import sector_class, word_class
from ..ontology import lookup, quad_class
from .common import RECIPROCAL, _copy_actor, _party_keys
from .conventions import ARMED_CAMEOS, Claim, _as_military
from .countries import STATE_SECTORS
from .score import confidence
from .vetoes import FIGHTER_SECTORS

CROWD_POLICING = ("173", "175", "191")  # arrests, crowd control, blocking a march
POLICED_CROWD_WORDS = word_class("policed_crowd_words")  # data/word_classes.yaml
DEMONSTRATOR_WORDS = word_class("demonstrator_words")  # "protesters", not "people"
# a crowd told before is named again as "the crowd" as well as "the protesters" (not "people":
# anyone); protesters_policed and demonstrators_of_the_group read the names so
CROWD_NAMES = DEMONSTRATOR_WORDS | {"crowd", "crowds"}
# words as written, a hyphenated one whole ("walk-out", "sit-in")
WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
# groups whose protest makes "the protesters" theirs: opposition, students, workers, farmers,
# health workers, journalists (MED is the media), clergy, traders
PROTEST_GROUP_SECTORS = sector_class("protest_group_sectors")  # data/word_classes.yaml


def _last_word(text: str) -> str:
    words = text.lower().split()
    return words[-1] if words else ""


def organised_protests(events: list[Event], organisers: dict[int, list]) -> list[Event]:
    """ "Thousands rallied in the capital. The rally was organised by the opposition Victory
    bloc", "police detained 40 demonstrators at a rally of the opposition party": the crowd
    of a rally a group organised is that group's (conventions.rally_organisers), as
    protesters, and as the demonstrators the police arrested or dispersed in that sentence or
    the next. Only when one group is told organising it."""
    for ev in events:
        if ev.type == "PROTEST":
            actors = ev.source
            told = organisers.get(ev.sentence_index, []) + [
                (a, definite)
                for a, definite in organisers.get(ev.sentence_index + 1, [])
                if definite
            ]
        elif ev.type in ("COERCE", "ASSAULT") and ev.cameo.startswith(CROWD_POLICING):
            actors = ev.target
            # "The rally was organised by X. Police said they detained 23 people": at that rally
            told = organisers.get(ev.sentence_index, []) or organisers.get(
                ev.sentence_index - 1, []
            )
        else:
            continue
        groups = {(a.country, a.sector[0]): a for a, _ in told}
        if len(groups) != 1:
            continue
        org = next(iter(groups.values()))
        for i, a in enumerate(actors):
            if (
                a.sector == ["CVL"]
                and not a.org
                and org.country in (None, a.country)
                and (
                    ev.type == "PROTEST"
                    or _last_word(a.text) in POLICED_CROWD_WORDS
                    # "fired tear gas to break up a rally by 300 students": the crowd the
                    # pattern's own rally noun names, not the country's people
                    or (
                        a.why.startswith("domestic convention")
                        and ev.sentence_index in organisers
                        and any(not d for _, d in organisers[ev.sentence_index])
                    )
                )
            ):
                b = _copy_actor(a, "organised by:" + org.why)
                b.sector = [org.sector[0]]
                b.country = a.country or org.country
                actors[i] = b
    return events


# armed men of the fighters' sectors (FIGHTER_SECTORS) the text does not name ("jihadist
# fighters", "gunmen"): a group that claims their attack is who they were
CLAIM_REACH = 4  # sentences back from the claim to the attack it claims


def _unnamed_armed(a: Actor) -> bool:
    return (not a.org and not (a.kb_id or "").startswith("org:")
            and bool(a.sector) and set(a.sector) <= FIGHTER_SECTORS)  # fmt: skip


def claimed_attacks(events: list[Event], claims: dict[int, Claim]) -> list[Event]:
    """ "Suspected jihadist fighters attacked an army post ... The al Qaeda-linked group JNIM
    claimed responsibility for the attack": the claimant did the attacks told before (within
    CLAIM_REACH sentences) whose doers the text did not name, and the unnamed armed men of
    the events from the first of them to the sentence after the claim are that group
    ("pursued the attackers and killed 11 of them"). The claim itself ("claimed
    responsibility for the attack", an ASSAULT pattern for attacks told only there) is then
    no second attack. So is "fighters of X carried out the attack" (conventions.py
    DOER_VERBS), and an attack told with no doer of a known side ("a missile struck a
    shopping centre ... Russian forces carried out the strike") is theirs."""
    repeats: set[int] = set()
    for k, claim in sorted(claims.items()):
        group = claim.groups
        if not group:
            continue
        if any(ev.type == "ASSAULT" and k - CLAIM_REACH <= ev.sentence_index < k for ev in events):
            # the attack coded from its claim ("claimed responsibility for the raid"), whose
            # trigger is the claiming verb
            repeats |= {id(ev) for ev in events if ev.sentence_index == k
                        and ev.type == "ASSAULT" and ev.trigger_offset in claim.verbs}  # fmt: skip
        attacks = [ev for ev in events if ev.type == "ASSAULT" and k - CLAIM_REACH <= ev.sentence_index <= k
                   and ev.source and all(_unnamed_armed(a) for a in ev.source)]  # fmt: skip
        for ev in events:
            if (ev.type == "ASSAULT" and k - CLAIM_REACH <= ev.sentence_index < k
                    and all(not (a.country or a.org) for a in ev.source)):  # fmt: skip
                # "a missile struck a shopping centre ... Russian forces carried out the
                # strike": the attack told with no doer, or none of a known side, is theirs
                ev.source = [_copy_actor(g, "carried out the attack") for g in group]
        if not attacks:
            continue
        first = attacks[0].sentence_index  # (a headline's account of it too)
        for ev in events:
            if not first <= ev.sentence_index <= k + 1:
                continue
            for actors in (ev.source, ev.target):
                if any(_unnamed_armed(a) for a in actors):
                    kept = [a for a in actors if not _unnamed_armed(a)]
                    actors[:] = kept + [_copy_actor(g, "claimed the attack") for g in group
                                        if all(g.key() != b.key() for b in kept)]  # fmt: skip
    return [ev for ev in events if id(ev) not in repeats]


# how many sentences back a group's protest still makes "the protesters" its own
DEMONSTRATORS_REACH = 5


def demonstrators_of_the_group(events: list[Event]) -> list[Event]:
    """ "Thousands of opposition supporters marched on the commission ... Police said the
    marchers threw stones": demonstrators named only as such ("the protesters", "marchers",
    "the crowd") who protest again are the group told protesting (or policed as it
    protested) in their sentence or the DEMONSTRATORS_REACH before, when one group of their
    country is (gold/CODING.md codes them as the group throughout); so are then the people
    the police arrest or disperse with them (`protesters_policed`)."""
    for ev in events:
        if ev.type != "PROTEST" or not ev.source:
            continue
        if not all(a.sector == ["CVL"] and not a.org and a.country
                   and _last_word(a.text) in CROWD_NAMES
                   for a in ev.source):  # fmt: skip
            continue
        countries = {a.country for a in ev.source}
        here = (ev.sentence_index, ev.trigger_offset)
        # (a strike or a boycott is no crowd: "bus drivers went on strike ... protesters threw
        # stones at the ministry" may be anyone)
        # (nor is a crowd in another city: "farmers blocked roads in Cusco ... Separately, in
        # Lima, marchers threw stones" are Lima's marchers)
        near = [p for p in events if not _other_city(p, ev)]
        told = [p for p in near if p is not ev and p.type == "PROTEST"
                and not p.cameo.startswith("143")
                and (p.sentence_index, p.trigger_offset) < here]  # fmt: skip
        doers = _protest_doers(told, ev, DEMONSTRATORS_REACH, countries)
        doers.update(_policed_groups(near, ev, DEMONSTRATORS_REACH, countries))
        groups = _protest_groups(doers)
        if len(groups) == 1 and len(doers) == 1:
            ev.source = [_copy_actor(next(iter(groups.values())), "coref:the demonstrators")]
    return events


def _other_city(p: Event, ev: Event) -> bool:
    """Whether the two events are placed in two different cities by the text."""
    a, b = p.location, ev.location
    return bool(a and b and a.feature == "city" and b.feature == "city"
                and a.basis != "story" and b.basis != "story"
                and (a.geonameid, a.name) != (b.geonameid, b.name))  # fmt: skip


def protesters_policed(events: list[Event]) -> list[Event]:
    """ "Police detained more than 40 people as opposition supporters blocked roads",
    "opposition supporters rioted ... Police fired tear gas at the crowds": the
    people arrested or dispersed, told only as a crowd or as the place's people, are the
    demonstrators of the protest told in the same or the previous sentence, when that
    protest's doers are a group of the same country (opposition, students, workers)."""
    for ev in events:
        if ev.type == "THREATEN" and ev.mode == "arrest" and not ev.target:
            # "any further protest would be met with fines and detention": the penalty is
            # threatened against the demonstrators of the protest told lately, if one group
            groups = _protest_groups(_protest_doers(events, ev, 5))
            if len(groups) == 1:
                ev.target = [_copy_actor(next(iter(groups.values())), "coref:the demonstrators")]
            continue
        if (
            ev.type not in ("COERCE", "ASSAULT")
            or not (ev.cameo.startswith(CROWD_POLICING) or _police_fire(ev))
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
        # "the crowd" is the crowd told before, as "the protesters" are ("people" are anyone)
        named = all(_last_word(t.text) in CROWD_NAMES
                    for t in ev.target)  # fmt: skip
        countries = {t.country for t in ev.target}
        # police fire told with no one named ("denied that officers had used live
        # ammunition") is at the crowd of the protest the story tells, as "the protesters" is
        for reach in (
            (1, 5) if named or _police_fire(ev) else (1,)
        ):  # the protest told nearest decides
            doers = _protest_doers(events, ev, reach, countries)
            if not _protest_groups(doers):
                # "students marched to demand the release of activists detained ...; police
                # blocked the marchers": the marchers, not those their demand is for; the
                # groups policed before count only when no group is told protesting
                doers.update(_policed_groups(events, ev, reach, countries))
            groups = _protest_groups(doers)
            if len(groups) == 1 and len(doers) == 1:  # "Chileans marched and unions struck": either
                ev.target = [_copy_actor(next(iter(groups.values())), "coref:the demonstrators")]
            if doers:
                break
    return events


def _police_fire(ev: Event) -> bool:
    """ "denied that officers had used live ammunition" after a march: police shooting told
    with no one named (aimed at the people by the domestic convention) is crowd policing too,
    aimed at the demonstrators told lately; people named as shot ("a man was shot dead by
    police") stay the civilians they are."""
    return (ev.cameo == "193" and bool(ev.source) and all(a.sector == ["COP"] for a in ev.source)
            and bool(ev.target) and all(t.why.startswith("domestic convention") for t in ev.target))  # fmt: skip


def concessions_to_protesters(events: list[Event]) -> list[Event]:
    """ "Parliament postponed a vote on the bill after thousands of students marched on the
    legislature": a concession that names no one, aimed by the domestic convention at the
    country's people, is made to the group told protesting in its sentence or the one
    before, when one group of that country is (gold/CODING.md: acceding to demands is aimed
    at those who made them, as "suspended the fee rise" after student marches is at the
    students)."""
    for ev in events:
        if ev.type != "CONCEDE" or not ev.target:
            continue
        if not all(t.sector == ["CVL"] and not t.org and t.country
                   and t.why.startswith("domestic convention") for t in ev.target):  # fmt: skip
            continue
        ours = {_group_key(a) for a in ev.source}
        # the protest that drew it: done, not only called ("will march on Saturday"), and not
        # after the concession ("withdrew the bill in March 2023" is not to this week's marchers)
        told = [p for p in events if p.type == "PROTEST" and p.modality == "asserted"
                and _came_before(p, ev)]  # fmt: skip
        doers = {k: a for k, a in _protest_doers(told, ev, 1, {t.country for t in ev.target}).items()
                 if k not in ours}  # fmt: skip
        groups = _protest_groups(doers)
        if len(groups) == 1 and len(doers) == 1:
            ev.target = [_copy_actor(next(iter(groups.values())), "coref:the demonstrators")]
    return events


WORK_RETURN_OBJECTS = word_class("work_return_objects")  # data/word_classes.yaml
STOPPAGE_WORDS = word_class("stoppage_words")  # data/word_classes.yaml


def returns_after_stoppages(events: list[Event]) -> list[Event]:
    """ "The union said its members would return to work, ending a stoppage": going back to
    work calls a strike off (CONCEDE 083, concede.yaml) only when the story has told of one, in
    that sentence or an earlier one with an event (a word of stoppage, or a protest coded:
    "bus drivers stopped work to protest against a levy"); "hospital staff returned to work after the
    Christmas holiday" and "employees returned to work after the floods" end no strike."""

    def _words(text: str) -> set[str]:
        return set(WORD.findall(text.lower()))

    out = []
    for ev in events:
        trig = _words(ev.trigger)
        if (
            ev.type == "CONCEDE"
            and trig & WORK_RETURN_OBJECTS
            and not trig & STOPPAGE_WORDS
            and not any(
                p.type == "PROTEST" or _words(p.text) & STOPPAGE_WORDS
                for p in events
                if p.sentence_index <= ev.sentence_index
            )
        ):
            continue
        out.append(ev)
    return out


RALLY_NOUNS = word_class("rally_nouns")  # data/word_classes.yaml
GATHERED_WORDS = word_class("gathered_participles")
NONPROTEST_CROWD_WORDS = word_class("nonprotest_crowd_words")
PROTEST_RALLY_NOUNS = word_class("protest_rally_nouns")  # data/word_classes.yaml
PROTEST_CODE = "141"


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _dispersed_gathering(ev: Event) -> str | None:
    """The word that tells the crowd the police dispersed as a gathering of protest: a rally
    noun of the trigger ("fired tear gas to break up a rally", "protests were broken up"),
    the crowd named as demonstrators ("dispersed thousands of demonstrators"), or people told
    as having gathered ("dispersed hundreds of people who had gathered outside the
    governorate"); None for a crowd told only as people or supporters, or gathered for worship,
    sport, mourning or a feast ("fans who had gathered outside the stadium", "a wedding
    gathering") and not named as demonstrators."""
    trigger = WORD.findall(ev.trigger.lower())
    # a noun that is a protest by itself wins over a feast or a funeral told anywhere in the
    # sentence ("broke up a protest rally after the funeral of a militant commander")
    for w in trigger:
        if _singular(w) in PROTEST_RALLY_NOUNS:
            return w
    named = [_last_word(a.text) for a in ev.target if _last_word(a.text) in DEMONSTRATOR_WORDS]
    if not named and NONPROTEST_CROWD_WORDS.intersection(re.findall(r"[a-z]+", ev.text.lower())):
        return None
    for w in trigger:
        if _singular(w) in RALLY_NOUNS:
            return w
    if named:
        return named[0]
    m = re.search(r"\b(?:who|that)\s+(?:had\s+|have\s+|were\s+|was\s+)?([a-z]+)\b", ev.text.lower())
    if m and m.group(1) in GATHERED_WORDS:
        return m.group(1)
    return None


def dispersed_protests(events: list[Event], kb=None) -> list[Event]:
    """ "Police fired tear gas to break up a rally by 300 students", "riot police dispersed
    thousands of demonstrators outside parliament": the gathering the police broke up is a
    demonstration told in the same breath (gold/CODING.md: a demonstration is PROTEST), by
    those dispersed, at their government (the domestic convention) -- unless the story has
    just told a protest by people of that country of the same days (the one dispersed, told
    again), in that sentence or the two before."""
    out = list(events)
    for ev in events:
        if (
            ev.type != "ASSAULT"
            or not ev.cameo.startswith("175")
            or ev.modality != "asserted"
            or not ev.target
            or ev.explain.get("headline")  # the body tells the gathering in full
        ):
            continue
        if not all(a.country and (a.sector[:1] == ["CVL"] or (a.sector[:1] and a.sector[0] in PROTEST_GROUP_SECTORS))
                   for a in ev.target):  # fmt: skip
            continue
        word = _dispersed_gathering(ev)
        if word is None:
            continue
        countries = {a.country for a in ev.target}
        # "protests erupted on January 3 ... police fired tear gas at protesters on Sunday":
        # the crowd named only as protesters is the protest told lately, whatever its day; a
        # rally or a gathering the sentence names may be a new one on a day of its own
        named = word in DEMONSTRATOR_WORDS
        if any(p.type == "PROTEST" and p.modality == "asserted"
               and any(a.country in countries for a in p.source)
               and _told_within(p, ev.sentence_index, 2) and (named or not _apart(p.date, ev.date))
               for p in out):  # fmt: skip
            continue
        country = sorted(countries)[0]
        ent = kb.countries.get(country) if kb is not None else None
        name = ent.name if ent is not None else country
        gov = Actor(text=name, name=f"{name} (GOV, implied)", country=country, sector=["GOV"],
                    why="domestic convention:PROTEST")  # fmt: skip
        code = lookup(PROTEST_CODE)
        out.append(dataclasses.replace(
            ev, type="PROTEST", mode="demo", cameo=PROTEST_CODE, goldstein=code.goldstein,
            quad_class=quad_class(PROTEST_CODE), trigger=word,
            source=[_copy_actor(a, "coref:the crowd dispersed") for a in ev.target], target=[gov],
            mentions=list(ev.mentions),
            explain=dict(ev.explain, derived="the gathering the police dispersed"),
        ))  # fmt: skip
    out.sort(key=lambda e: (e.sentence_index, e.trigger_offset))
    return out


def _same_act(a: str, b: str) -> bool:
    """ "shot dead" (1823 / 193) and "killed": one killing; else the same CAMEO code."""
    killing = {"1823", "193", "190"}
    return a == b or (a in killing and b in killing)


def denials_of_told_acts(events: list[Event]) -> list[Event]:
    """ "Soldiers shot dead three protesters on Tuesday ... The army denied that anyone had
    been killed": an act the article has already told as done, which its doer then denies, is
    disputed, not undone: the event keeps the modality of whoever asserts it and the denial is
    the denier's REJECT only (gold/CODING.md, Denials), so the denied act coded `negated` is
    dropped. Only when an earlier event of the same act (a killing for a killing, not a shooting
    for tear gas fired) was asserted of a doer of the same country, against a compatible
    target, and not on a date told apart from it."""
    out = []
    for ev in events:
        if ev.modality == "negated" and ev.explain.get("wrapper") == "denial":
            doers = {a.country for a in ev.source if a.country}
            told = [
                p for p in events
                if p.type == ev.type and _same_act(p.cameo, ev.cameo) and p.modality == "asserted"
                and p.sentence_index < ev.sentence_index
                and doers & {a.country for a in p.source if a.country}
                and (not ev.target or _compatible(p.target, ev.target))
                and not _apart(p.date, ev.date)
            ]  # fmt: skip
            if told:
                continue
        out.append(ev)
    return out


def _came_before(p: Event, ev: Event, days: int = 14) -> bool:
    """Whether protest `p` was told happening before concession `ev` or with it, within
    `days` of it (a date unknown on either side does not count against it)."""
    if p.date.start and ev.date.end and p.date.start > ev.date.end:
        return False
    return not (p.date.end and ev.date.start and (ev.date.start - p.date.end).days > days)


def explained_actors(events: list[Event]) -> list[Event]:
    """The explanation says who the doers and targets are as the article's passes left them:
    a pass that re-aims an event after its sentence was built (the demonstrators a concession
    or an arrest is aimed at, the group that claimed an attack) rewrites what `--explain`
    shows, and the side it found by then names the actor's own reason, not the sentence's."""
    for ev in events:
        for side, actors in (("source", ev.source), ("target", ev.target)):
            told = [f"{a.text} -> {a.code} ({a.why})" for a in actors]
            if side in ev.explain and ev.explain[side] != told:
                ev.explain[side] = told
                ev.explain[f"{side}_found_by"] = "after the sentence: " + "; ".join(
                    dict.fromkeys(a.why for a in actors)
                )
    return events


# the truce nouns of data/word_classes.yaml, and the hyphenated spelling a trigger text keeps
TRUCE_WORDS = word_class("truce_nouns") | {"cease-fire"}


def brokered_truces(events: list[Event]) -> list[Event]:
    """ "Indonesia brokered a ceasefire between Thailand and Cambodia": the truce a mediator
    brokered between two parties is one the parties agreed, CONCEDE with both as sources
    (CODING.md: an agreed truce is reciprocal; a declared one is CONCEDE), besides the
    mediation; unless the sentence tells the parties' truce itself ("signed a ceasefire
    brokered by Kenya")."""
    out = list(events)
    for ev in events:
        if ev.type != "CONSULT" or ev.cameo != "045" or ev.modality != "asserted":
            continue
        words = set(ev.trigger.lower().split())
        if not (words & TRUCE_WORDS or {"cease", "fire"} <= words):
            continue
        parties = _party_keys(ev.target)
        if len(parties) < 2:
            continue
        if any(o.type in ("CONCEDE", "RETREAT") and o.sentence_index == ev.sentence_index
               and parties <= _party_keys(o.source + o.target) for o in events):  # fmt: skip
            continue
        truce = dataclasses.replace(
            ev, type="CONCEDE", mode=None, cameo="0871", goldstein=9.0, quad_class=2,
            source=[_copy_actor(a, "coref:parties of the brokered truce") for a in ev.target],
            target=[], mentions=list(ev.mentions),
            explain=dict(ev.explain, derived="the parties' truce a mediator brokered"),
        )  # fmt: skip
        out.append(truce)
    out.sort(key=lambda e: (e.sentence_index, e.trigger_offset))
    return out


def _protest_doers(events: list[Event], ev: Event, reach: int, countries=None) -> dict:
    """The doers of the protests told in `ev`'s sentence or the `reach` before it (of
    `countries` if given), one per group however often named ("Bolivian farmers ... Hundreds
    of farmers")."""
    return {_group_key(a): a for p in events if p.type == "PROTEST"
            and 0 <= ev.sentence_index - p.sentence_index <= reach
            for a in p.source if countries is None or a.country in countries}  # fmt: skip


def _group_key(a: Actor) -> tuple:
    """One key per group: an organisation however its sector is told ("the main opposition
    party, Jamaat-e-Islami" OPP in the body, "Jamaat" PTY in the headline), else country and
    sector."""
    if a.org:
        return (a.country, a.org)
    return (a.country, tuple(a.sector), a.org, a.code_override)


def _policed_groups(events: list[Event], ev: Event, reach: int, countries) -> dict:
    """The groups (PROTEST_GROUP_SECTORS) the police arrested or dispersed before `ev`, in its
    sentence or the `reach` before it: "police fired tear gas to break up an opposition rally
    ... officers arrested 32 people": the people of that rally (CODING.md: OPP)."""
    here = (ev.sentence_index, ev.trigger_offset)
    return {_group_key(a): a for p in events
            if p.type in ("COERCE", "ASSAULT") and p.cameo.startswith(CROWD_POLICING)
            and (p.sentence_index, p.trigger_offset) < here
            and _told_within(p, ev.sentence_index, reach)
            for a in p.target if a.country in countries
            and a.sector[:1] and a.sector[0] in PROTEST_GROUP_SECTORS}  # fmt: skip


def _told_within(p: Event, sentence_index: int, reach: int) -> bool:
    """Whether `p` is told (first or again: "those detained include ...") in the sentence or
    the `reach` before it."""
    return any(0 <= sentence_index - m.sentence_index <= reach for m in p.mentions)


def _protest_groups(doers: dict) -> dict:
    """Those of `doers` that are a group (PROTEST_GROUP_SECTORS), not the public."""
    return {k: a for k, a in doers.items() if a.sector[:1] and a.sector[0] in PROTEST_GROUP_SECTORS}


def merge_repeats(events: list[Event]) -> list[Event]:
    """One event per happening: same type, dyad, modality and overlapping time. A
    headline's event is the body's event told in brief: it joins the body's recent event of
    the same type and source when there is one, else, when the headline names no doer, the
    body's event of its type however old."""
    events = [x for e in events for x in _split_visits(e)]
    body = _merge(e for e in events if not e.explain.get("headline"))
    heads = _merge(e for e in events if e.explain.get("headline"))
    for h in heads:
        # the body's account of the same news: same type and source, and recent (the
        # headline is about now, not about last year's expulsion the body recalls), first
        recent = [
            e
            for e in body
            if e.type == h.type
            and (_overlapping_source(e, h) or _unnamed_doer(h, e) or _party_to_joint_act(h, e))
            and (e.published is None or e.date.end is None or (e.published - e.date.end).days <= 14)
        ]
        # failing that, a headline with no named doer ("ex-premier jailed by military rulers
        # dies") may tell an old event of the body: the body's is the same, however old
        older = [e for e in body if e.type == h.type and _unnamed_doer(h, e)]
        twin = next(chain(recent, older), None)
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


def _party_to_joint_act(head: Event, body: Event) -> bool:
    """ "Greek, Turkish ministers agree to resume talks" over "Greece's minister and her
    Turkish counterpart agreed to resume talks": in a joint act (RECIPROCAL) either party is
    a doer; the headline's doers all among the body's parties tell the same act."""
    doers = _party_keys(head.source)
    return (
        head.type in RECIPROCAL
        and bool(doers)
        and doers <= _party_keys(body.source) | _party_keys(body.target)
    )


def _unnamed_doer(head: Event, body: Event) -> bool:
    """ "Drone attack on Odesa kills five" over "Russian drones struck Odesa": a headline
    whose doer names no country or organisation tells the body's event of that type in
    brief (its target, when it names one, is the body's too)."""
    if _party_keys(head.source):
        return False
    aimed = _party_keys(head.target)
    return not aimed or bool(aimed & _party_keys(body.target))


def _overlapping_source(a: Event, b: Event) -> bool:
    ka = _party_keys(a.source)
    kb = _party_keys(b.source)
    # "EU threatens tariffs" over "The European Commission threatened": a body of the
    # organisation the headline names (codes extend their parent's: IGOEEUCOM, IGOEEU)
    return bool(ka & kb) or any(
        (
            x.org
            and y.org
            and x.code
            and y.code
            and (x.code.startswith(y.code) or y.code.startswith(x.code))
        )
        # "China warns against independence" over "China's Taiwan Affairs Office warned": a
        # country named bare stands for each organ of its state
        or (x.country and x.country == y.country and _bare_country(x, y))
        for x in a.source
        for y in b.source
    )


def _bare_country(x: Actor, y: Actor) -> bool:
    """Whether one of two actors of one country is the country itself, named bare (no sector,
    no organisation), and the other an organ of its state (government, army, police, court,
    legislature, intelligence): "China" is not its rebels, parties or firms."""

    def bare(a: Actor) -> bool:
        return not a.org and not a.sector

    return any(
        bare(z) and (bare(o) or bool(set(o.sector) & STATE_SECTORS)) for z, o in ((x, y), (y, x))
    )


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
    from ... import where

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


def _compatible(xs: list[Actor], ys: list[Actor]) -> bool:
    """Same actors, or the same at a coarser grain: KOR and KORGOV, USA and USAGOV (not
    CHLGOV and CHLMIL: two arms of a state are two actors)."""
    a, b = sorted(_codes(xs)), sorted(_codes(ys))
    if a == b:
        return True
    if len(a) != len(b):
        return False
    return all(x.startswith(y) or y.startswith(x) for x, y in zip(a, b, strict=True))


# how a reply's target was found (events/builder/targets.py): the author of what it answers
ANSWER_FOUND_BY = frozenset({"owner of what it answers", "the one it answers"})


def _one_party_of(a: Event, b: Event) -> bool:
    """ "A NAS spokesman said its fighters were observing the ceasefire": one party's part in
    a reciprocal act told before (the truce between the government and the NAS)."""
    if b.explain.get("target_found_by") in ANSWER_FOUND_BY:
        return False  # "Ghana invited Togo ... Togo accepted the invitation": a reply, no part
    parties = _party_keys(a.source) | _party_keys(a.target)
    return (a.type in RECIPROCAL | {"RETREAT"} and len(parties) > 1 and a.modality == b.modality
            and bool(_party_keys(b.source)) and _party_keys(b.source) | _party_keys(b.target) <= parties
            and a.cameo == b.cameo and _overlap(a.date, b.date))  # fmt: skip


# acts done to someone: one act per victim named ("arrested 300 people, among them two
# opposition MPs who were detained at home" is two arrests); a statement's addressee named
# twice is one statement ("rejected the offer, saying it would not accept any third-party role")
PATIENT_TYPES = {"COERCE", "ASSAULT"}


ULTIMATUM = "ultimatum"  # the wrapper of a deadline given (data/lexicon/wrappers.yaml)


def _wrapped_code(ev: Event) -> str | None:
    """The CAMEO code of the act a demand, threat or promise is about, from its pattern's
    name ("retreat.0841.verb.free_T": 0841), or None for an act told plainly. A demand whose
    content the lexicon does not code ("urged the authorities to respect the right to
    assemble") is about an act of its own: its own code stands for it."""
    pattern = ev.explain.get("pattern", "")
    if ev.explain.get("first_act_of"):
        return ev.cameo  # the verb's own pattern, for the first act it asks for
    if not ev.explain.get("wrapper"):
        return None
    if pattern.endswith(":bare"):
        return ev.cameo
    if pattern.count(".") < 2:
        return None
    return pattern.split(".")[1]


def _two_acts_wrapped(a: Event, b: Event) -> bool:
    """One sentence's demand, threat or promise of two different acts is two events, one per
    act demanded (PLOVER codes the act appealed for: "urged both sides to agree to a ceasefire
    and to open the crossings" is an appeal to de-escalate and an appeal to let aid in, "agreed
    to free the hostages and to withdraw its fighters" two concessions); acts of one kind are
    one ("agreed to free the hostages and release the prisoners": one release). One deadline
    is one ultimatum, whatever it demands ("gave the militia 72 hours to lay down its arms
    and leave the mines": gold/CODING.md, the acts demanded are its content)."""
    ca, cb = _wrapped_code(a), _wrapped_code(b)
    return (a.sentence_index == b.sentence_index and ca is not None and cb is not None
            and _wrapper_of(a) == _wrapper_of(b) != ULTIMATUM and ca != cb
            and not _alternatives(a, b))  # fmt: skip


def _wrapper_of(ev: Event) -> str | None:
    return ev.explain.get("wrapper") or ev.explain.get("first_act_of")


def _clause_verb(ev: Event) -> tuple[str, str] | None:
    """The verb whose own subject names the doer, and its dependency ("imposed/ROOT | source
    Treasury/nsubj"), or None for a noun event or a doer found elsewhere."""
    path = ev.explain.get("path", "")
    parts = path.split(" | ")
    if len(parts) < 2 or not parts[1].startswith("source ") or not parts[1].endswith("/nsubj"):
        return None
    verb, _, dep = parts[0].partition("/")
    return (verb.lower(), dep) if verb else None


def _named(a: Actor) -> bool:
    """An actor the text names (a person or body of the knowledge base, a named body), not one
    known only by a role noun ("a jet", "soldiers")."""
    return a.why.startswith("kb:") or a.why.endswith(":name")


def _two_clauses_two_doers(a: Event, b: Event) -> bool:
    """ "In July the Treasury imposed sanctions on the judge, and the president raised tariffs
    on Brazilian goods": two coordinated clauses of one sentence, each with its own verb and
    its own named doer, are two acts even when the doers are one state and the targets
    overlap (a clause reported by the other, "X dismissed the strike and said the government
    would not back down", is not coordinated). The doers must be named (a person, a body):
    "a jet bombed the village and a helicopter later fired on survivors" is one attack."""
    return (
        _coordinated_verbs(a, b, lambda deps: not deps & {"ccomp", "xcomp"})
        and not _same_doers(a, b)
        and all(_named(x) for x in (*a.source, *b.source))
    )


def _coordinated_verbs(a: Event, b: Event, deps_ok: Callable[[set[str]], bool]) -> bool:
    """Two events of one sentence told by two verbs (two tokens: "seized X in January and
    seized Y in March" has two), one coordinated with the other, each with its own subject
    naming the doer, and the two verbs' dependencies passing `deps_ok`."""
    va, vb = _clause_verb(a), _clause_verb(b)
    return (
        a.sentence_index == b.sentence_index
        and va is not None
        and vb is not None
        and a.trigger_offset != b.trigger_offset
        and "conj" in (va[1], vb[1])
        and deps_ok({va[1], vb[1]})
    )


def _alternatives(a: Event, b: Event) -> bool:
    """Two acts offered as a choice, one demand: "urged the authorities to release him or
    charge him"."""
    words = [ev.explain.get("path", "").split("/")[0] for ev in (a, b)]
    at = [re.search(rf"\b{re.escape(w)}\b", a.text) if w else None for w in words]
    if not all(at):
        return False
    i, j = sorted(m.start() for m in at)
    return " or " in a.text[i:j]


def _same_happening(a: Event, b: Event) -> bool:
    if a.explain.get("sequel") or b.explain.get("sequel"):
        return (
            False  # "opened fire on a border post and later shelled two villages", "also kidnapped"
        )
    if "second_object" in a.explain or "second_object" in b.explain:
        if a.sentence_index == b.sentence_index:
            return False  # "fired tear gas and live rounds at them": two acts of one verb
    if a.type == b.type and _one_party_of(a, b):
        return True
    if a.type != b.type or not _compatible(a.source, b.source):
        return False
    if a.mode and b.mode and a.mode != b.mode and not _attack_and_its_result(a, b):
        return False  # a march and a road blockade are two protests
    if _two_acts_wrapped(a, b):
        return False  # "urged both sides to agree to a truce and to open crossings": two demands
    if _two_clauses_two_doers(a, b):
        return False  # "the Treasury imposed sanctions on X, and Trump raised tariffs on Y"
    if a.type == "REJECT" and a.cameo != b.cameo and "1231" in (a.cameo, b.cameo):
        return False  # "denied the report ... said the government would not resign": two acts
    if a.mode == b.mode == "resign" and not _same_doers(a, b):
        return False  # "X handed in his resignation"; "three ministers had resigned": two acts
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
        and (a.sentence_index != b.sentence_index or _two_places_taken(a, b))
        and not _nested(a.location, b.location)
    ):
        return False  # in Nairobi and in Kisumu (but a village in the Sagaing region is in it)
    if _conjoined_acts(a, b) and _apart(a.date, b.date):
        return False  # "seized the port in January and took the airport in March": two acts
    if (
        a.target
        and b.target
        and not _compatible(a.target, b.target)
        and not _overlap(a.date, b.date)
    ):
        return False  # "met Abiy on Tuesday and flew to Asmara on Wednesday for talks with Isaias"
    if (
        a.sentence_index == b.sentence_index
        and a.modality == b.modality
        and not _years_apart(a.date, b.date)
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
    if _denial_and_other_rejection(a, b) or _denial_and_other_rejection(b, a):
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


# what a rejection may name that is the claim a denial answers ("rejected the accusation",
# "dismissed the reports"): told again, not a second act (data/word_classes.yaml)
CLAIM_NOUNS = word_class("denied_claim_nouns") | word_class("answered_claim_nouns")
TARGET_OBJECT = re.compile(r"\| target (\S+)/(?:dobj|pobj)")


def _denial_and_other_rejection(a: Event, b: Event) -> bool:
    """ "China denied that its coast guard had rammed the boat. ... China rejected the
    concerns voiced by Japan and Australia": a denial of a told act with no one named (`a`)
    and, in another sentence, a rejection of a named thing that is no claim of that act
    (`b`, aimed at those inside its object phrase) are two acts; the denial takes none of
    the other's targets."""
    if a.sentence_index == b.sentence_index or a.target or not b.target:
        return False
    if not a.explain.get("pattern", "").startswith("denial:"):
        return False
    if b.explain.get("target_found_by") != "inside the target phrase":
        return False
    m = TARGET_OBJECT.search(b.explain.get("path", ""))
    word = m.group(1).lower() if m else ""
    return bool(word) and word not in CLAIM_NOUNS and word.removesuffix("s") not in CLAIM_NOUNS


def _attack_and_its_result(a: Event, b: Event) -> bool:
    """ "fired two rockets at a ship, setting its hull on fire": a participle that tells what
    an attack of its sentence did is that attack, whatever means each names."""
    return (
        a.type == b.type == "ASSAULT"
        and a.sentence_index == b.sentence_index
        and bool(a.explain.get("participle") or b.explain.get("participle"))
    )


def _two_places_taken(a: Event, b: Event) -> bool:
    """ "seized the port of X and took the airport of Y", "shelled X and bombed Y": one
    sentence's two coordinated verbs, each done to a place of its own, are two acts (one
    verb's two places, "shelled villages in X and Y", stay one)."""
    return a.type in PATIENT_TYPES and _conjoined_acts(a, b)


def _conjoined_acts(a: Event, b: Event) -> bool:
    """Two events told by two different coordinated verbs of one sentence, each heading its
    own clause ("seized X and took Y"; not a participle's toll, "struck X, killing five", nor
    a noun, "the largest protest since ...")."""
    return (
        _coordinated_verbs(a, b, CLAUSE_DEPS.issuperset)
        and not a.explain.get("participle")
        and not b.explain.get("participle")
    )


CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "relcl"}


def _same_doers(a: Event, b: Event) -> bool:
    """Whether two events name the same doers (by name: "Prime Minister X" and "X")."""
    na = {(x.name or x.text or "").lower() for x in a.source}
    nb = {(x.name or x.text or "").lower() for x in b.source}
    return any(p == q or (p and q and (p in q or q in p)) for p in na for q in nb)


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


def _apart(a: When, b: When, days: int = 0) -> bool:
    """Whether two dates, both told (not the publication's), lie more than `days` apart."""
    if "publication" in (a.basis, b.basis) or None in (a.start, a.end, b.start, b.end):
        return False
    return (b.start - a.end).days > days or (a.start - b.end).days > days


def _years_apart(a: When, b: When) -> bool:
    """ "The rebels, who had shelled the town in 2019, attacked it again on Monday": two acts
    of one sentence far apart in time, one dated in full (a year told), are two happenings
    however alike; a few days or weeks apart, or dated by the weekday or month alone, the gap
    is more likely a date misread for one mention ("appealed on Wednesday for aid over the
    next three months")."""
    return "explicit" in (a.basis, b.basis) and _apart(a, b, days=90)


def _overlap(a: When, b: When) -> bool:
    """Whether two dates may be one time (an untold or open date may be any)."""
    return not _apart(a, b)
