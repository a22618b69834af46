"""Events told before that a phrase points back to: "rejected the accusation" (the accuser),
"welcomed the decision", "the coalition" after "the Saudi-led coalition", "the truce" told
again, whoever holds the people an appeal is for, the hostile act a denial answers, whoever
said what a denial denies."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...actors.resolve.anaphora import restricted_by_clause
from ...actors.resolve.vocab import ATTACKER_NOUNS, JIHADIST_NOUNS, QUANTITY_NOUNS
from ...doccache import doc_text
from ...model import Actor, Event
from ...nlp import noun_lemma
from ...words import name_head_word, sector_class, word_class
from .common import _copy_actor, _party_keys, _private_person, _singular_definite, _speaker_actors
from .conventions import _state_itself
from .countries import STATE_SECTORS
from .vetoes import FIGHTER_SECTORS  # armed groups: "the militants", "the gunmen"

# a state's offices: those a call at home with no addressee is made to
ANSWERING_STATE_SECTORS = sector_class("answering_state_sectors")  # data/word_classes.yaml

# "the launch", "the test": an act told with a launch verb ("fired a missile")
LAUNCH_NOUNS = word_class("launch_nouns")  # data/word_classes.yaml
LAUNCH_VERBS = tuple(word_class("launch_verbs"))  # a tuple: str.startswith takes it
# "condemned the attack": the act the article called an attack (data/word_classes.yaml)
NAMING_NOUNS = word_class("naming_act_nouns")

# what a court does: "the ruling", "the verdict" refer back to a court's act
HELD_PEOPLE_WORDS = word_class("held_people_words")  # data/word_classes.yaml
COURT_ACT_NOUNS = word_class("court_act_nouns")  # data/word_classes.yaml


def _definite_from_events(tok, found: list[Actor], earlier: list[Event], sa) -> list[Actor]:
    """ "the coalition" after "the Saudi-led coalition", "the militants" after "Boko Haram
    militants", "the army" after "Myanmar's army": a definite description the actor
    resolver left bare is the actor of that kind the article's events named last; not an
    organisation its own sentence names apart from it ("the militants attacked an SDF
    checkpoint": not the SDF)."""
    offset = sa.offset
    if tok.pos_ != "NOUN" or not _singular_definite(tok):
        return found
    if found and any(a.country or a.org for a in found):
        return found
    if restricted_by_clause(tok):
        return found  # "the rebels allied with it": the phrase says which, no reference back
    if any(
        c.dep_ in ("amod", "compound", "poss") and (c.pos_ == "PROPN" or c.ent_type_)
        for c in tok.children
    ):
        return found  # "the Kenyan police": the text says whose
    if any(c.dep_ in ("compound", "amod") and sa.actors_for(c) for c in tok.children):
        # "the government office" after "the offices of his party": a role word says whose
        return found
    lemma = tok.lemma_.lower()
    held = _held_people(tok, earlier, offset)
    if held:
        return held
    sectors = {s for a in found for s in a.sector}
    seen: set = set()
    lo, hi = tok.left_edge.i, tok.right_edge.i
    here = {m.term.entity.org for m in getattr(sa, "matches", ())
            if tok.sent.start <= m.start < tok.sent.end and not lo <= m.start <= hi
            and m.term.entity.kind == "org"} - {None}  # fmt: skip
    armed_word = lemma in ATTACKER_NOUNS | JIHADIST_NOUNS
    # "the militants" is an armed group only when the events name exactly one
    groups = ({a.org for ev in earlier for a in ev.source + ev.target
               if a.org and a.org not in here and set(a.sector) & FIGHTER_SECTORS}
              if armed_word else set())  # fmt: skip
    for ev in reversed(earlier):
        for a in ev.source + ev.target:
            if id(a) in seen or not (a.country or a.org) or a.org in here:
                continue
            seen.add(id(a))
            head = name_head_word(a.text)  # not "the refugees" after "... for Refugees"
            # "the militants" after "Islamic State fighters" (IMG, "militants" REB): a named
            # armed group of any fighters' sector
            armed = (armed_word and a.org is not None and len(groups) == 1
                     and bool(sectors & FIGHTER_SECTORS) and bool(set(a.sector) & FIGHTER_SECTORS))  # fmt: skip
            if armed or (head and head.rstrip("s") == lemma.rstrip("s")) or (sectors and sectors & set(a.sector)
                                                                          and (a.org or len(sectors) == 1)):  # fmt: skip
                b = _copy_actor(a, "coref:description")
                b.text, b.start, b.end = tok.text, tok.idx + offset, tok.idx + len(tok) + offset
                return [b]
    return found


def _held_people(tok, earlier: list[Event], offset: int) -> list[Actor]:
    """ "the detained workers", "the abducted staff": the people the last arrest or
    abduction told in the four sentences before was aimed at (an arrest, COERCE 173, or an
    abduction, ASSAULT 181/184, with a target; not a curfew or ban: "imposed a curfew on
    Mombasa ... the detained activists" are no people of Mombasa)."""
    if not any(
        c.dep_ in ("amod", "compound") and c.lower_ in HELD_PEOPLE_WORDS for c in tok.children
    ):
        return []
    return _last_held(tok, earlier, offset)


def held_told_before(tok, earlier: list[Event], offset: int, trigger=None) -> list[Actor]:
    """ "28 of those detained had been freed", "granted bail to those arrested", "ordered the
    release of 15 of the 23 people detained", "those held would be charged": a participle of
    holding after a demonstrative or a definite noun (`referring_participle`), or a number
    or quantity of such a group, names the people the last arrest or abduction told before
    was aimed at, as "the detained workers" does (`_held_people`). Not for the participle's
    own event (`trigger`: "those detained include the party's chairman" names them)."""
    groups = [tok]
    if tok.pos_ == "NUM" or tok.lemma_.lower() in QUANTITY_NOUNS:
        groups += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    for g in groups:
        if any(c.lower_ in HELD_PEOPLE_WORDS and _held_participle(c) and c != trigger
               for c in g.children):  # fmt: skip
            # "those detained" are the story's detainees, however far back they were told
            return _last_held(g, earlier, offset, window=HELD_REFERENCE_WINDOW)
    return []


# how many sentences back "those detained" may point to the arrests (a live blog tells the
# arrests, then a dozen entries, then "a judge ordered the release of 15 of those detained")
HELD_REFERENCE_WINDOW = 20


def _held_participle(tok) -> bool:
    """`referring_participle`, also when the tagger reads the participle as a past verb ("the
    23 people detained" with "detained" VBD, still a bare modifier of the noun)."""
    if tok.tag_ == "VBD" and tok.dep_ == "acl":
        return not any(c.dep_ in ("agent", "aux", "auxpass", "nsubj", "nsubjpass", "dobj")
                       for c in tok.children) and (
            tok.head.lower_ in DEMONSTRATIVES
            or any(c.dep_ == "det" and c.lower_ in ("the", *DEMONSTRATIVES) for c in tok.head.children))  # fmt: skip
    return referring_participle(tok)


def _last_held(tok, earlier: list[Event], offset: int, window: int = 4) -> list[Actor]:
    """The people the last arrest or abduction told in the `window` sentences before was
    aimed at, as actors told by `tok`."""
    if not earlier:
        return []
    last = earlier[-1].sentence_index
    for ev in reversed(earlier):
        if last - ev.sentence_index > window:
            break
        if ev.target and (ev.type, ev.mode) in (("COERCE", "arrest"), ("ASSAULT", "abduct")):
            out = []
            for a in ev.target:
                b = _copy_actor(a, "coref:people held")
                b.text, b.start, b.end = tok.text, tok.idx + offset, tok.idx + len(tok) + offset
                out.append(b)
            return out
    return []


def partitive_whole(tok):
    """ "20 of the attackers", "some of the rebels": the definite group a number or quantity
    takes a part of (what `_definite_from_events` reads back), else None."""
    if tok.pos_ != "NUM" and tok.lemma_.lower() not in QUANTITY_NOUNS:
        return None
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and _singular_definite(g)), None)  # fmt: skip


def _same_doer(a: Actor, b: Actor) -> bool:
    """Whether two actors are one doer: the same code, or one state named as the country and
    as its government ("Iran" and "Iran's foreign ministry spokesman")."""
    return a.code == b.code or (a.country == b.country and _state_itself(a) and _state_itself(b))


def _referent_sources(earlier: list[Event], types: set[str] | None, sources: list[Actor],
                      sent_index: int, must_target_us: bool = False, lead: bool = False,
                      lemma: str = "", focus: str | None = None, content: str = "") -> list[Actor]:  # fmt: skip
    """Who did the event a noun refers back to: "rejected the accusation" -> the accuser;
    "welcomed the decision" -> the decider (the article's lead event). Prefers events aimed
    at the current source, and (`content`, the noun of what is refused) events told in a
    sentence that names it."""
    ours = {a.code for a in sources}
    our_countries = {a.country or a.org for a in sources} - {None}
    # not our own acts: one of ours did it, or all its doers are ours ("Iran" for the
    # spokesman's "Iranian government"); "Ethiopia and Eritrea accused each other" stays
    pool = [ev for ev in earlier if (types is None or ev.type in types)
            and not ({a.code for a in ev.source} & ours)
            and not (ev.source and all(any(_same_doer(a, b) for b in sources) for a in ev.source))]  # fmt: skip
    if lead and pool and not must_target_us:
        return list(pool[0].source)
    if sources and all(a.country and set(a.sector) & {"GOV", "MIL", "COP"} for a in sources):
        # "Troops pursued the attackers and killed 11 ... The government condemned the attack":
        # a state's answer to an attack is not the attack its government condemns
        theirs = [ev for ev in pool if not (ev.type == "ASSAULT" and ev.source and all(
            a.country in our_countries and set(a.sector) & {"MIL", "COP"} for a in ev.source))]  # fmt: skip
        if theirs:
            pool = theirs
    own_government = [ev for ev in pool if sources and all("OPP" in a.sector for a in sources)
                      and any(a.country in our_countries and "OPP" not in a.sector for a in ev.source)]  # fmt: skip
    aimed = [ev for ev in pool if any((a.country or a.org) in our_countries for a in ev.target)]
    if must_target_us:
        # "the government blamed the bombing on the rebels ... the army denied the charge": an
        # accusation aimed at another side of the denier's own country is not the one answered
        aimed = [ev for ev in aimed if not all(_another_group(a, s) for a in ev.target
                                               for s in sources if (a.country or a.org) == (s.country or s.org))]  # fmt: skip
    # "the opposition called for a referendum ... the prime minister rejected the call": a
    # call at home with no addressee is made to the state that answers it
    state = sources and all(a.country and not a.org and (not a.sector or set(a.sector) & ANSWERING_STATE_SECTORS)
                            for a in sources)  # fmt: skip
    unaddressed = [ev for ev in pool if state and not ev.target
                   and any(a.country in our_countries for a in ev.source)]  # fmt: skip
    if own_government:
        pool = own_government  # "the opposition criticised the trip": its own government's trip
    elif aimed:
        pool = aimed
    elif must_target_us and unaddressed:
        pool = unaddressed
    elif must_target_us:
        # "The ministry accused 'organised groups' of attacking officers. The students denied
        # this": an accusation told just before whose target was left unnamed is the one a
        # denial answers; further back, an unaimed accusation is no one's to deny. So is one
        # told earlier in the same sentence ("offered to help investigate the incident, an
        # offer Yerevan dismissed")
        pool = [ev for ev in pool if not ev.target
                and 0 <= sent_index - ev.sentence_index <= 1][-1:]  # fmt: skip
        if not pool:
            return []
    if lemma in COURT_ACT_NOUNS:
        # "criticised the ruling" after the opposition's accusations: the court's act
        courts = [ev for ev in pool if any("JUD" in a.sector for a in ev.source)]
        pool = courts or pool
    if lemma:
        # "criticised the arrests": the event told with that word ("police arrested ...")
        # "the arrests" (arrested); "the seizure" (seized) shares four letters only
        same = []
        if lemma in LAUNCH_NOUNS:
            # "condemned the launch" after "fired a missile ... the military raised its alert"
            same = [ev for ev in pool
                    if any(w.startswith(LAUNCH_VERBS) for w in ev.trigger.lower().split())]  # fmt: skip
        for stem in () if same else (lemma[:5], lemma[:4]):
            same = [
                ev for ev in pool if any(w.lower().startswith(stem) for w in ev.trigger.split())
            ]
            if same or len(lemma) < 6:
                break
        if not same and lemma in NAMING_NOUNS:
            # "stormed a base ..., the deadliest attack on the army this year ... the air force
            # bombed their camps ... the AU condemned the attack": told by another verb, the act
            # the article itself called an attack, not the last one told
            same = [ev for ev in pool if any(noun_lemma(w) == lemma for w in _words(ev.text))]
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
    if content:
        # "demanded a recount ... offered to mediate ... ruled out a recount": the demand
        # whose sentence names what is refused, not the last offer
        # lemmas on both sides: "ruled out elections" answers "called for an election"
        told = [
            ev
            for ev in pool
            if any(content == w or content == noun_lemma(w) for w in _words(ev.text))
        ]
        pool = told or pool
    if not pool:
        return []
    last = pool[-1]
    # one doer by its code, not the name it was told with ("China's drills" in a headline and
    # "China's military" in the lead), and a state's parts as one: "Moldova declared an
    # emergency ... parliament voted to declare it" (MDA, MDALEG) were both Moldova's
    doers = {a.country or a.org or a.code or a.key() for ev in pool for a in ev.source}
    if sent_index - last.sentence_index > 8 and (len(doers) != 1 or not lemma):
        return []  # far back, unless one doer did all such acts ("condemned the attack")
    out: list[Actor] = []
    for ev in pool:
        if ev.type == last.type and last.sentence_index - ev.sentence_index <= 2:
            for a in ev.source:
                if all(a.key() != b.key() for b in out):
                    out.append(a)
    return out


def _wrongdoers(earlier: list[Event], sources: list[Actor], sent_index: int) -> list[Actor]:
    """Who a case brought before a court or the WTO is against when the sentence names no
    one ("India raised duties on European wine ... the Commission said it would file a
    complaint with the WTO"): the doers of the last act of another told against the
    complainant in the eight sentences before, else no one."""

    def ours(a: Actor) -> bool:
        return any(
            (a.country and a.country == s.country and not (a.org or s.org))
            or (a.code and s.code and (a.code.startswith(s.code) or s.code.startswith(a.code)))
            for s in sources
        )

    aimed = [ev for ev in earlier if sent_index - ev.sentence_index <= 8
             and any(ours(a) for a in ev.target) and not any(ours(a) for a in ev.source)]  # fmt: skip
    return list(aimed[-1].source) if aimed else []


def _another_group(a: Actor, b: Actor) -> bool:
    """Whether an accusation's target `a` is a group of the denier `b`'s country other than
    `b`: a named non-state organisation (rebels, a party) when `b` is one of the state's
    bodies ("blamed the bombing on the ELN ... the army denied the charge"); not a state
    agency ("accused the GRU ... the Kremlin denied"), nor any group when `b` is the state
    itself."""
    return (
        a.org is not None
        and a.org != b.org
        and not _of_the_state(a)
        and b.org is None
        and bool(b.sector)
        and _of_the_state(b)
    )


def _of_the_state(a: Actor) -> bool:
    return not a.sector or set(a.sector) <= STATE_SECTORS


def _words(text: str) -> set[str]:
    """The lower-case words of a sentence (letters only)."""
    return set(re.findall(r"[a-z]+", text.lower()))


DEAL_NOUNS = word_class("deal_nouns")  # data/word_classes.yaml
VOTE_NOUNS = word_class("vote_nouns")
# the events an agreement is told by: signing it (SUPPORT 057), agreeing to it, a truce
DEAL_TYPES = {"AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "RETREAT"}
DEAL_VERB_STEMS = ("sign", "agree", "conclud", "reach", "seal", "struck", "strike", "broker")
# the branches whose votes a state's own government or opposition may judge
VOTING_BRANCHES = frozenset({"LEG", "JUD"})
VOTE_STEMS = ("vot", "adopt", "pass", "approv")


def _deal_parties(
    earlier: list[Event], lemma: str, sources: list[Actor], sent_index: int
) -> list[Actor] | None:
    """The parties of the agreement or vote a definite noun points back to: "Tajikistan
    criticised the deal" after "Uzbekistan and Kyrgyzstan signed an agreement" (both
    signers), "welcomed the vote" after "the Security Council voted to extend" (the voters).
    None when the noun is no deal or vote noun; [] when the article told no such event in the
    last eight sentences (the reaction then has no target)."""
    vote = lemma in VOTE_NOUNS
    if not vote and lemma not in DEAL_NOUNS:
        return None
    ours = _party_keys(sources)

    def words(ev: Event) -> list[str]:
        return ev.trigger.lower().split()

    near = [ev for ev in earlier if 0 <= sent_index - ev.sentence_index <= 8]
    if vote:
        # the vote told with a voting verb, or an act of the text voted told in a sentence
        # that names it ("passed a resolution censuring Iran"); not a vote against it ("Russia
        # and China voted against": those who condemn the resolution condemn its backers)
        told = [ev for ev in near if (any(w.startswith(VOTE_STEMS) for w in words(ev))
                                      or lemma in _words(ev.text))
                and ev.type != "REJECT" and (ev.type != "SUPPORT" or ev.cameo != "051")]  # fmt: skip
        # the vote itself, or the act of the text its sentence names ("passed a resolution
        # censuring Iran": the board), before another act told in the same sentence ("...,
        # and Britain, France and Germany said they were ready to trigger sanctions": those
        # who drafted or back the text are not who adopted it)
        told = (
            [ev for ev in told if any(w.startswith(VOTE_STEMS) for w in words(ev))]
            or [ev for ev in told if _act_of_the_text(ev, lemma)]
            or told
        )
        parties = [a for ev in told[-1:] for a in ev.source]
    else:
        truce = lemma in ("ceasefire", "truce", "armistice")
        deals = [ev for ev in near if ev.type in DEAL_TYPES]
        same = [ev for ev in deals if any(w in DEAL_NOUNS and (not truce or w == lemma or w in ("ceasefire", "truce"))
                                          for w in words(ev))]  # fmt: skip
        told = same or [ev for ev in deals if ev.type != "RETREAT" and (ev.type != "SUPPORT" or ev.cameo == "057")
                        and any(w.startswith(DEAL_VERB_STEMS) for w in words(ev))]  # fmt: skip
        parties = [a for ev in told[-1:] for a in (*ev.source, *ev.target)]
    if sources and all("OPP" in a.sector for a in sources):
        # "the opposition called the agreement a surrender": its own government's deal, not
        # the other party's (the government, not the opposition, made it)
        home = [a for a in parties if a.country in ours and not a.org and "OPP" not in a.sector]
        if home:
            b = _copy_actor(home[0], "coref:party of the deal" if not vote else "coref:voter")
            if not b.sector:  # the state's deal, made by the government it opposes
                b.sector = ["GOV"]
            return [b]
    # "the president called the vote a coup" (the house impeached him): voters at home are
    # another branch of the state, which a vote's critic at home does not belong to
    own_sectors = {x for a in sources for x in a.sector}
    out: list[Actor] = []
    for a in parties:
        branch = vote and bool(set(a.sector) & VOTING_BRANCHES - own_sectors)
        if (
            (a.org or a.country)
            and ((a.org or a.country) not in ours or branch)
            and all(a.key() != b.key() for b in out + sources)
        ):
            out.append(_copy_actor(a, "coref:party of the deal" if not vote else "coref:voter"))
    return out


def _act_of_the_text(ev: Event, lemma: str) -> bool:
    """ "a resolution on Wednesday censuring Iran": the event's trigger follows the vote
    noun in the same phrase (no comma, semicolon or full stop between them)."""
    at = ev.trigger_offset - ev.span[0]
    before = ev.text[max(0, at - 40) : at] if 0 <= at <= len(ev.text) else ""
    return re.search(rf"\b{re.escape(lemma)}s?\b[^.,;]*$", before, re.IGNORECASE) is not None


HOSTILE_TYPES = {"SANCTION", "ACCUSE", "ASSAULT", "COERCE", "THREATEN", "MOBILIZE"}


def _holder_of(
    earlier: list[Event], people: list[Actor], sources: list[Actor], sent_index: int
) -> list[Actor]:
    """The state that arrested or the group that abducted these people (same country), told
    within the last eight sentences: the one an appeal for their release is made to. With no
    people named as actors ("demanded the release of the crew"), the latest arrest, abduction
    or seizure by another."""
    countries = {a.country for a in people if a.country}
    ours = {a.key() for a in sources}
    for ev in reversed(earlier):
        if sent_index - ev.sentence_index > 8:
            break
        # with no people named as actors ("the release of the crew"), a seized ship holds them
        seized = not people and ev.type == "COERCE" and ev.mode == "seize"
        if (
            not (ev.type == "COERCE" and ev.mode == "arrest")
            and not seized
            and not (ev.type == "ASSAULT" and ev.mode == "abduct")
        ):
            continue
        if any(a.key() in ours for a in ev.source) or (
            people and not any(t.country in countries for t in ev.target)
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


def _recent_hostile(earlier: list[Event], sent_index: int, window: int) -> Iterator[Event]:
    """The asserted hostile acts (sanction, accusation, attack, arrest, threat, show of
    force) told in this or the `window` sentences before, latest first: an act denied,
    planned or guessed ("said it would never attack Kosovo") is no act to answer or carry on."""
    for ev in reversed(earlier):
        if sent_index - ev.sentence_index > window:
            break
        if ev.type in HOSTILE_TYPES and ev.modality == "asserted":
            yield ev


def _latest_hostile_to(earlier: list[Event], sources: list[Actor], sent_index: int) -> list[Actor]:
    """The doers of the latest hostile act aimed at one of `sources`, told in this or the
    three sentences before."""
    ours = _party_keys(sources)
    keys = {a.key() for a in sources}
    for ev in _recent_hostile(earlier, sent_index, 3):
        if any(a.key() in keys for a in ev.source):
            continue
        if any((a.org or a.country) in ours for a in ev.target) and not any(
            (a.org or a.country) in ours for a in ev.source
        ):
            return [_copy_actor(a, "coref:answered") for a in ev.source]
    return []


def _latest_hostile_by(
    earlier: list[Event],
    sources: list[Actor],
    sent_index: int,
    *,
    window: int = 2,
    types: frozenset[str] | set[str] = HOSTILE_TYPES,
    at_home: bool = False,
) -> list[Actor]:
    """The others aimed at by the latest hostile act of one of `sources`' parties, told in
    this or the `window` sentences before: "Caracas condemned the drills of Guyana and the US.
    It warned that Venezuela would respond": a threat naming no one carries on that quarrel.
    With `at_home`, the doer is one of `sources` itself and the others may be its own
    country's ("accused the opposition of plotting a coup and warned that ...")."""
    ours = _party_keys(sources)
    keys = {a.key() for a in sources}
    for ev in _recent_hostile(earlier, sent_index, window):
        if ev.type not in types:
            continue
        if at_home:
            if not any(a.key() in keys for a in ev.source):
                continue
            got = [a for a in ev.target if a.key() not in keys]
        else:
            if not (_party_keys(ev.source) & ours):
                continue
            got = [
                a for a in ev.target if (a.org or a.country) and (a.org or a.country) not in ours
            ]
        # (the people an attack hit are no party to the quarrel: "shelled villages")
        got = [a for a in got if "CVL" not in a.sector]
        if got:
            return [_copy_actor(a, "coref:quarrel") for a in got]
    return []


FORCEFUL_TYPES = HOSTILE_TYPES - {"ACCUSE", "THREATEN"}


def _accused_alongside(earlier: list[Event], sources: list[Actor], sent_index: int) -> list[Actor]:
    """The ones `sources` accused in this same sentence ("accused the opposition of plotting a
    coup and warned that anyone who funds it would be prosecuted"), at home or abroad."""
    return _latest_hostile_by(
        earlier, sources, sent_index, window=0, types={"ACCUSE"}, at_home=True
    )


def _main_aggressor(earlier: list[Event], sources: list[Actor]) -> list[Actor]:
    """The doer of most of the forceful acts (attacks, seizures, shows of force, sanctions)
    the article has told, when one doer clearly leads and is not among `sources`: what a
    third party's bare "also expressed concern" is about."""
    ours = _party_keys(sources)
    counts: dict[str, int] = {}
    first: dict[str, Actor] = {}
    for ev in earlier:
        if ev.type not in FORCEFUL_TYPES or ev.modality not in ("asserted", "planned"):
            continue
        for k in _party_keys(ev.source) - ours:
            counts[k] = counts.get(k, 0) + 1
            first.setdefault(k, next(a for a in ev.source if (a.org or a.country) == k))
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return []
    return [_copy_actor(first[ranked[0][0]], "coref:the story's aggressor")]


def _claimant(
    earlier: list[Event], sources: list[Actor], sa, sent_index: int, at: int
) -> list[Actor]:
    """Who said what a denial with no named accuser denies: "The party said two of its members
    were shot by police; the police denied opening fire", "Protesters said police had beaten
    them, which the ministry denied" -> the party, the protesters. The act denied is the
    latest one by the denier told in this sentence (before the denial) or the one before it,
    as a speaker's clause; its speaker is the claimant (not the denier, nor another office
    of the denier's own state)."""
    keys = {a.key() for a in sources}
    ours = _party_keys(sources)
    told = [ev for ev in earlier if 0 <= sent_index - ev.sentence_index <= 1 and ev.trigger_offset < at
            and ev.type != "REJECT" and _party_keys(ev.source) & ours]  # fmt: skip
    for ev in sorted(told, key=lambda e: -e.trigger_offset):
        para, tok = _token_at(sa, ev.trigger_offset)
        if tok is None:
            continue
        got = [_of_the_hit(a, ev) for a in _speaker_actors(tok, para)]
        got = [a for a in got
               if (a.org or a.country) and a.key() not in keys and not _private_person(a)
               and not ((a.org or a.country) in ours and (not a.sector or set(a.sector) & STATE_SECTORS))]  # fmt: skip
        if got:
            return [_copy_actor(a, "coref:claimant") for a in got]
    return _speaker_naming(sources, sa, at)


# how many sentences back a speaker who named the denier may be
NAMING_SPEAKER_BACK = 2


def _speaker_naming(sources: list[Actor], sa, at: int) -> list[Actor]:
    """ "Latvia's prime minister said the damage fitted a pattern of sabotage by Russia ...
    Moscow denied any involvement": with no act by the denier told, the one who spoke of the
    denier (named in the speaker's reported clause) in this or the two sentences before, the
    latest first; not the denier's own side, nor a private person."""
    keys = {a.key() for a in sources}
    ours = _party_keys(sources)
    mem = sa.memory
    cur = max((mem.sentence_index(a) for a in mem.seen), default=0)
    for a in reversed(mem.seen):
        if a.start is None or a.start >= at or (a.org or a.country) not in ours:
            continue
        if cur - mem.sentence_index(a) > NAMING_SPEAKER_BACK:
            break
        para, tok = _token_at(sa, a.start)
        if tok is None:
            continue
        for x in (tok, *tok.ancestors):
            got = [b for b in _speaker_actors(x, para, depth=1)
                   if (b.org or b.country) and b.key() not in keys and not _private_person(b)
                   and (b.org or b.country) not in ours]  # fmt: skip
            if got:
                return [_copy_actor(b, "coref:claimant") for b in got]
    return []


def _of_the_hit(a: Actor, ev: Event) -> Actor:
    """ "Protesters said police had beaten marchers": a speaker of no country the resolver
    found is one of those the act hit, when they are of the speaker's kind."""
    if a.country or a.org or not a.sector:
        return a
    return next(
        (t for t in ev.target if t.country and not t.org and set(t.sector) & set(a.sector)), a
    )


def _token_at(sa, offset: int):
    """The paragraph read so far and its token that starts at `offset` (a clean-text offset)."""
    for para in reversed(sa.memory.paragraphs):
        if para.offset <= offset < para.offset + len(doc_text(para.doc)):
            span = para.doc.char_span(offset - para.offset, offset - para.offset + 1,
                                      alignment_mode="expand")  # fmt: skip
            return para, span[0] if span is not None and len(span) else None
    return sa, None


VIOLENT_TYPES = {"ASSAULT", "PROTEST", "MOBILIZE"}  # clashes, riots and shows of force


def _parties_of_violence(
    earlier: list[Event], sources: list[Actor], sent_index: int
) -> list[Actor]:
    """Both sides of the latest clash, attack, protest or show of force told in this or the
    three sentences before, by and on others than the caller: those a call for calm or
    restraint with no addressee is made to ("Afghan and Pakistani troops exchanged fire ...
    China called for restraint")."""
    ours = _party_keys(sources)
    for ev in reversed(earlier):
        if sent_index - ev.sentence_index > 3:
            break
        if ev.type not in VIOLENT_TYPES or ev.modality != "asserted":
            continue
        out: list[Actor] = []
        for a in (*ev.source, *ev.target):
            if (
                (a.org or a.country)
                and (a.org or a.country) not in ours
                and all((a.org or a.country) != (b.org or b.country) for b in out)
            ):
                out.append(_copy_actor(a, "coref:side of the violence"))
        if len(out) == 1 and not out[0].org and len(_party_keys([*ev.source, *ev.target])) == 1:
            out[0].sector = []  # police and protesters of one country: calm in that country
        if out:
            return out
    return []


def _protesters_told(earlier: list[Event], sources: list[Actor], sent_index: int) -> list[Actor]:
    """The doers of the latest protest told in the last eight sentences by others than the
    warner: the ones a warning to "anyone who" blocks roads or storms parliament addresses."""
    ours = {a.key() for a in sources}
    for ev in reversed(earlier):
        if sent_index - ev.sentence_index > 8:
            break
        if ev.type == "PROTEST" and ev.source and not any(a.key() in ours for a in ev.source):
            return [_copy_actor(a, "coref:protesters warned") for a in ev.source]
    return []


def _addressed_state(a: Actor, sources: list[Actor], demand: bool = False) -> Actor:
    """ "The U.S. State Department criticised the arrests" (made by Cambodian police): a
    foreign state or international body judging what a state's police did addresses that
    state's government (an army's attacks stay the army's; a court's ruling stays the
    court's: "the EU criticised the ruling" is aimed at the court that gave it). A demand
    about what a state's police or army did ("demanded an inquiry into the shootings") is
    made to its government, whoever demands it."""
    foreign = any((s.org and "IGO" in s.sector) or (s.country and s.country != a.country
                                                   and (not s.sector or "GOV" in s.sector)) for s in sources)  # fmt: skip
    forces = {"COP", "MIL"} if demand else {"COP"}
    if (
        not (foreign or demand)
        or not a.country
        or a.org
        or a.code_override
        or not forces & set(a.sector)
        or "JUD" in a.sector
    ):
        return a
    b = _copy_actor(a, "the state its arm belongs to")
    b.sector = ["GOV"]
    return b


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


def accused_denier(
    a: Actor, denies_accusation: bool, earlier: list[Event], sent_index: int
) -> Actor:
    """ "The rebels accused government troops of shelling a village. An army spokesman denied
    the accusation": a denier named by its role alone, its country a guess, is the accused
    of that role in the accusation told in this or the two sentences before (not the first
    army the story named)."""
    if not denies_accusation or not a.country_guessed or a.org or a.code_override or not a.sector:
        return a
    for ev in reversed(earlier):
        if sent_index - ev.sentence_index > 2:
            break
        if ev.type != "ACCUSE":
            continue
        same = [b for b in ev.target if b.sector[:1] == a.sector[:1] and b.country and not b.org]
        if len(same) == 1 and same[0].country != a.country:
            b = _copy_actor(a, "the accused of the accusation denied")
            b.country, b.country_guessed = same[0].country, False
            return b
        if ev.target:
            break  # the latest accusation aimed at someone else
    return a


def _definite(tok) -> bool:
    """ "the trip", "this attack", "his visit": a noun that points back to an event."""
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these"))
               or (c.dep_ == "poss" and c.pos_ == "PRON") for c in tok.children)  # fmt: skip


# "those detained", "these arrested": a demonstrative standing for the people an act befell
DEMONSTRATIVES = {"those", "these"}


def referring_participle(tok) -> bool:
    """ "those detained would be charged", "the 23 people detained this afternoon": a past
    participle after a demonstrative or a definite noun (no agent, no clause of its own) names
    the people an act told before befell; it points back to that act, as "the arrests" do.
    Not "12 shepherds detained in May" (indefinite: an act told here for the first time)."""
    if tok.tag_ != "VBN" or tok.dep_ != "acl":
        return False
    if any(c.dep_ in ("agent", "aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children):
        return False
    head = tok.head
    if head.lower_ in DEMONSTRATIVES:
        return True
    return head.pos_ == "NOUN" and any(
        c.dep_ == "det" and (c.lower_ == "the" or c.lower_ in DEMONSTRATIVES) for c in head.children
    )


def possessive_patient(tok, heads) -> bool:
    """ "his arrest", "their detention": an event noun whose only target is its possessive
    pronoun; the pronoun stands for whoever the act told before befell."""
    return bool(heads) and all(
        h.dep_ == "poss" and h.pos_ == "PRON" and h.head == tok for h in heads
    )


def _antecedent_event(
    earlier: list[Event], typ: str, mode: str | None, sent_index: int
) -> Event | None:
    near = [ev for ev in earlier if sent_index - ev.sentence_index <= 2 and ev.type == typ]
    for ev in reversed(near):
        if mode is None or ev.mode == mode:
            return ev
    return near[-1] if near else None
