"""The two parties of the conflict or talks the article has told: "the two sides", "the
warring parties", "they", "the leaders also agreed", `main_pair`, the pair the article
tells most about, and the partners who do an act with its doer ("together with Mali")."""

from __future__ import annotations

from ...actors.resolve.memory import PLURAL_WHYS
from ...actors.resolve.plural_parties import (
    ARMY_PAIR_NOUNS,
    GOVERNMENT_PAIR_NOUNS,
    OFFICE_NOUNS,
    STATE_PAIR_NOUNS,
    WARRING_WORDS,
    WantedPair,
    belligerents_told,
    calls_on_fighters,
    told_pair,
    truce_told,
    warring,
)
from ...actors.resolve.vocab import NEGOTIATING_PARTY_NOUNS, TALKS_PARTY_NOUNS, TRUCE_NOUNS
from ...model import Actor, Event
from ...words import sector_class, word_class
from .common import GUESSED_TARGETS, _copy_actor, _country_name, _place_only

PARTY_NOUNS = word_class("conflict_party_nouns")  # data/word_classes.yaml
PAIR_WORDS = word_class("pair_words")  # data/word_classes.yaml
ALL_PARTY_NOUNS = word_class("all_party_nouns")  # data/word_classes.yaml
ADDRESSED_PARTY_NOUNS = word_class("addressed_party_nouns")  # data/word_classes.yaml
APPEAL_VERBS = word_class("appeal_verbs")  # data/word_classes.yaml
MEMBER_MIL = word_class("pair_member_military_nouns")  # data/word_classes.yaml
# ("suspended talks with the rebels", a SANCTION, sets the two sides of the talks apart)
PAIR_TYPES = {"ASSAULT", "CONCEDE", "CONSULT", "RETREAT", "AGREE", "COOPERATE", "SUPPORT", "ACCUSE",
              "REJECT", "THREATEN", "MOBILIZE", "COERCE", "SANCTION"}  # fmt: skip
# the events that set two sides of a dispute apart or bring them to the table: not one's
# support or help for the other, nor a deployment ("KFOR was sending troops to Kosovo": where
# troops go is no side)
DISPUTE_TYPES = PAIR_TYPES - {"SUPPORT", "COOPERATE", "MOBILIZE"}
ONE_SIDE_SECTORS = sector_class("one_side_sectors")  # data/word_classes.yaml
NO_SIDE_SECTORS = sector_class("no_side_sectors")


def _party_phrase(tok):
    """ "the two sides", "both sides", "the warring parties", "the neighbours", "the two
    sides' negotiators", "commanders from both sides": (the party noun, the member noun or None)."""
    cands = [(tok, None)]
    for c in tok.children:
        if c.dep_ == "poss":
            cands.append((c, tok))
        if c.dep_ == "prep" and c.lower_ in ("from", "of", "between", "on"):
            for g in c.children:
                if g.dep_ == "pobj":
                    # "the heads of the two countries' border services": the parties' own
                    # bodies, one possessive further down
                    cands.append((g, tok))
                    cands.extend((p, tok) for p in g.children if p.dep_ == "poss")
    for t, member in cands:
        if t.lemma_.lower() not in PARTY_NOUNS:
            continue
        mods = {c.lower_ for c in t.children}
        every = (
            bool(mods & {"all", "each"})
            and t.lemma_.lower() in ALL_PARTY_NOUNS
            and not any(c.like_num and c.lower_ != "two" for c in t.children)
        )  # ("each side blamed the other": either of the two)
        definite_plural = t.tag_ == "NNS" and any(c.lower_ == "the" for c in t.children)
        if (every or mods & PAIR_WORDS
                or (t.lemma_.lower() in {"neighbour", "neighbor"} | WARRING_WORDS and definite_plural)):  # fmt: skip
            return t, member
        if definite_plural and member is None and _appealed_to(t):
            return t, member  # "urged the parties to build on the exchange"
    return None


def _appealed_to(t) -> bool:
    """ "urged the parties to ...", "called on the sides to ...": a definite plural of
    ADDRESSED_PARTY_NOUNS, the one an appeal verb addresses."""
    if t.lemma_.lower() not in ADDRESSED_PARTY_NOUNS or t.dep_ not in ("dobj", "pobj"):
        return False
    verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "on" else t.head
    return verb.lemma_.lower() in APPEAL_VERBS and (
        t.dep_ == "dobj" or verb.lemma_.lower() == "call"
    )


def _sentence_pair(heads: list, sa) -> list[Actor]:
    """ "he paid a state visit to Dushanbe, the first by an Uzbek leader, and the two
    countries reopened border crossings": "the two countries" are the two states the sentence
    has just named, when it names exactly two, whatever pair the article tells most about."""
    found = next((f for f in map(_party_phrase, heads) if f), None)
    if found is None or sa is None:
        return []
    party = found[0]
    if party.lemma_.lower() not in STATE_PAIR_NOUNS or not any(
        c.lower_ in ("two", "both") for c in party.children
    ):
        return []
    sent = party.sent
    named: dict[str, None] = {}
    for m in sa.matches:
        if sent.start <= m.start and m.end <= party.left_edge.i and m.term.entity.kind == "country":
            named.setdefault(m.term.entity.country, None)
    if len(named) != 2 or None in named:
        return []
    span = sent.doc[party.left_edge.i : party.i + 1]
    s, e = span.start_char + sa.offset, span.end_char + sa.offset
    sector = ["GOV"] if party.lemma_.lower() == "government" else []
    return [Actor(text=span.text, name=_country_name(sa, c), country=c, sector=list(sector), start=s, end=e,
                  why="coref:parties:the two the sentence named") for c in named]  # fmt: skip


def _party_anaphora(
    heads: list, earlier: list[Event], sent_index: int, sa, exclude: set | None = None
) -> list[Actor]:
    """The two parties of the conflict or talks the article has told: "the two sides signed",
    "the warring parties agreed", "a meeting between the two presidents", "they signed"; the
    pair a recent sentence set against each other ("relations between X and Y") first."""
    found = None
    for t in heads:
        found = _party_phrase(t)
        if found:
            break
    they = not found and heads and heads[0].lower_ in ("they", "them") and heads[0].pos_ == "PRON"
    if not found and not they and heads:
        told = sa.actors_for(heads[0]) if sa is not None else []
        if (
            heads[0].lemma_.lower() in NEGOTIATING_PARTY_NOUNS
            and len(told) == 2
            and all(a.why in PLURAL_WHYS for a in told)
        ):
            # "the two delegations": the talks' parties the resolver found (anaphora.py), not
            # the doers of a quarrel told since
            return [_copy_actor(a, "coref:parties") for a in told]
        pair = _plural_party_subject(heads[0], earlier, sent_index, exclude)
        if pair:
            return pair
    if not found and not they:
        return []
    if they:
        # "Canada and Japan sanctioned two generals, accusing them of ...": an object "them"
        # is never the subject of its own clause
        own = sa.clause_subject_spans(heads[0]) if sa is not None else []
        told = sa.actors_for(heads[0]) if sa is not None else []
        if len(told) > 1 and all(a.why in PLURAL_WHYS for a in told):
            # "accused both warring parties of blocking aid and urged them to ...": the plural
            # the pronoun resolver found it stands for, not the doers of the event before
            return [_copy_actor(a, "coref:they") for a in told]
        for ev in reversed(earlier):
            if sent_index - ev.sentence_index > 1:
                break
            if any(x <= a.start < y for a in ev.source for x, y in own):
                continue
            if len({a.key() for a in ev.source}) > 1:
                return [_copy_actor(a, "coref:they") for a in ev.source]
        return []
    # "the two countries"; "the two governments" are states too, not the navy and the
    # fishermen it arrested that the article told most about
    party = found[0].lemma_.lower()
    states = party in STATE_PAIR_NOUNS
    # (a doer of no organisation or country leaves a None in `exclude`: no party's key)
    wanted = WantedPair(party, exclude=frozenset(exclude or ()) - {None}, warring=warring(found[0]))
    # (events are built after their sentence's actors: the memory is one sentence on)
    told = told_pair(sa.memory, sa.memory.sentence - 1, wanted) if sa is not None else []
    if (
        sa is not None
        and party in TALKS_PARTY_NOUNS
        and any(t.lemma_.lower() in TRUCE_NOUNS for t in found[0].sent if t.i < found[0].i)
    ):
        # "welcomed the truce and urged both sides": the truce's parties (anaphora.py _pair)
        told = truce_told(sa.memory, sa.memory.sentence - 1, wanted) or told
    elif sa is not None and party in TALKS_PARTY_NOUNS and calls_on_fighters(found[0].sent):
        # "urged both sides to show restraint": the two that fought (anaphora.py _pair)
        told = belligerents_told(sa.memory, sa.memory.sentence - 1, wanted) or told
    pair = told or main_pair(earlier, exclude, states)
    out = []
    member = found[1]
    for a in pair:
        b = _copy_actor(a, "coref:parties")
        if party in GOVERNMENT_PAIR_NOUNS | OFFICE_NOUNS and member is None and not b.org:
            b.sector = ["GOV"]  # "both governments", "both presidents" of two states
        military = party in ARMY_PAIR_NOUNS or (
            member is not None and member.lemma_.lower() in MEMBER_MIL | {"commander"}
        )  # "the two armies", "commanders from both sides"
        if military and not b.org and "REB" not in b.sector:
            b.sector = ["MIL"]
        elif states and member is not None and not b.org and not b.sector:
            b.sector = ["GOV"]  # "the chiefs of the two countries' defence ministries"
        out.append(b)
    return out


# "The leaders also agreed", "the ministers signed", "the two agreed": a definite plural of
# these nouns (or a bare "the two") right after an event between two parties stands for them
PLURAL_PARTY_NOUNS = word_class("plural_party_nouns")  # data/word_classes.yaml


def _definite_plural(tok) -> bool:
    """ "the leaders", and "their presidents" (their own, one each: "The neighbours fought a
    war in 2022; in 2025 their presidents signed a treaty"), but no other owner's."""
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if not poss:
        return any(c.lower_ == "the" for c in tok.children)
    return len(poss) == 1 and poss[0].lower_ == "their"


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
          and _definite_plural(tok) and not kids & {"other", "whose", "all", "some", "many", "several"}
          and not any(c.dep_ in ("prep", "relcl", "acl") or (c.pos_ == "PROPN" and c.dep_ != "amod")
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
            out = [_copy_actor(a, "coref:parties") for a in parties]
            if tok.lemma_.lower() in OFFICE_NOUNS:
                for b in out:  # "their presidents" after the armies clashed: the governments
                    if not b.org:
                        b.sector = ["GOV"]
            return out
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
        parties = event_parties(ev, exclude, states)
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


# mediation, an offer to mediate, an offer to meet: the parties are the targets
MEDIATION_CODES = ("045", "039", "036")


def event_parties(ev: Event, exclude: set | None = None, states: bool = False) -> list[Actor]:
    """The parties of the conflict or talks one event tells (its doers and those it aims at,
    the targets of a mediation), one each: what "the two sides" told after it may be."""
    parties: list[Actor] = []
    # a mediator or would-be host is no party: "talks mediated by the AU" are between its
    # targets; but two mediating states are "the two countries" that brokered the talks
    mediation = ev.cameo in MEDIATION_CODES
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
        if _place_only(a):
            continue  # "paramilitaries shell El Obeid": the town is where, not a side
        if "UAF" in a.sector:
            continue  # "a car bomb killed four": an attacker no one named is no side of talks
        if (
            set(a.sector) & ONE_SIDE_SECTORS
            and any(
                b.country == a.country and not b.org and set(b.sector) & ONE_SIDE_SECTORS
                for b in parties
            )
            and not a.org
        ):
            continue  # "the army denied the government's charge": one state, one side
        if (
            k
            and k not in (exclude or set())
            and not set(a.sector) & NO_SIDE_SECTORS
            and all(k != (b.org or b.country) or a.sector != b.sector for b in parties)
        ):
            parties.append(a)
    return parties


def dispute_parties(ev: Event) -> list[Actor]:
    """The two parties of the conflict or talks `ev` tells ([] when it tells no two): what a
    later "the two sides", "the two delegations" may stand for, rather than the mediators
    named last (actors/resolve/memory.py Memory.dispute)."""
    one_way_deal = ev.type == "AGREE" and len(ev.source) == 1 and bool(ev.target)
    signed = ev.cameo.startswith("057")  # "initialled a peace framework": a deal of two sides
    if (ev.type not in DISPUTE_TYPES and not signed) or one_way_deal:
        return []  # ("promised Italy more gas": a deal offered, no two sides of a dispute)
    # ("Saudi and US mediators met a delegation of the rebels", "Niger left the bloc together
    # with Mali": three parties, no two sides a later "the two sides" could mean)
    if ev.type == "ASSAULT" and _exchange(ev):
        # ("Tajik guards and Taliban forces exchanged fire, killing two Afghan fighters": the
        # two that fought each other, whoever the clash killed or a convention aimed it at)
        return list(ev.source)
    parties = event_parties(ev)
    if len(parties) != 2:
        return []
    if (
        ev.target
        and ev.cameo not in MEDIATION_CODES
        and all(any(a is b for b in ev.source) for a in parties)
    ):
        return []  # ("Niger left the bloc together with Mali": two doers of one side)
    return parties


def _exchange(ev: Event) -> bool:
    """Whether an attack by two parties of different states or bodies is a fight between
    them: told by a pattern with no one it is aimed at ("exchanged fire", "clashed", whoever
    the clash killed), or naming no one it was aimed at (its target only guessed by a
    convention)."""
    keys = {a.key() for a in ev.source}
    return (
        len(ev.source) == 2
        and len(keys) == 2
        and len({a.org or a.country for a in ev.source}) == 2
        and (
            "T" not in str(ev.explain.get("pattern_text", "T")).split()
            or all(t.why.startswith(tuple(GUESSED_TARGETS)) for t in ev.target)
        )
    )


PARTNER_WORDS = word_class("partner_words")  # data/word_classes.yaml


def _partner(t) -> bool:
    """ "mediate jointly with the AU", "together with Germany", "alongside French troops":
    one who does the act with the doer, not to whom it is done."""
    if t.dep_ != "pobj":
        return False
    p = t.head
    if p.lower_ == "alongside":
        return True
    return p.lower_ == "with" and (
        p.head.lower_ in PARTNER_WORDS
        or any(
            c.dep_ == "advmod" and c.lower_ in PARTNER_WORDS
            for c in (*p.head.children, *p.children)
        )
    )  # ("together" parsed on "with" or on the verb)


def partner_doers(cand, sa, sources: list[Actor]) -> list[Actor]:
    """Those who do the act with its doers: "Niger quit the bloc together with Mali and
    Burkina Faso", "France, along with Germany, urged Iran ...", "troops fought alongside
    Kenyan forces" (gold/CODING.md: every doer is a source). The partner phrase hangs on the
    trigger verb or on the subject."""
    anchors = {cand.trigger.i} | {t.i for opt in cand.source_heads[:1] for t in opt}
    slots = {t.i for t in cand.target_heads}  # "met together with X": the pattern's X
    keys = {a.key() for a in sources}
    out: list[Actor] = []
    for t in cand.trigger.sent:
        if not _partner(t) or t.i in slots:
            continue
        h = t.head.head  # "with" -> "together", "along" or the verb; "alongside" -> the verb
        if h.lower_ in PARTNER_WORDS:
            h = h.head
        if h.i not in anchors:
            continue
        for a in sa.actors_for(t):
            if (a.country or a.org) and a.key() not in keys:
                keys.add(a.key())
                out.append(_copy_actor(a, "partner of the doer"))
    return out
