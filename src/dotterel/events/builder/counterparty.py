"""The other party an act leaves unnamed, when the article is about a pair of states and
the doer is one of them: the neighbour across a closed or reopened border ("Kosovo closed
the Jarinje crossing", "Thailand closed all checkpoints along the frontier", "could reopen
the crossings on its side"), the other side of a dispute taken to court ("would take the
dispute to the International Court of Justice"). gold/CODING.md codes both at the other
state, where the domestic convention would aim them at the doer's own people or at no one."""

from __future__ import annotations

from ...model import Actor, Event
from ...words import sector_class, word_class
from ..extract.common import Candidate
from .common import _copy_actor, _country_name
from .parties import main_pair

FRONTIER_NOUNS = word_class("frontier_nouns")  # data/word_classes.yaml
FRONTIER_POSTS = word_class("frontier_post_nouns")
BORDER_CROSSINGS = word_class("border_crossing_nouns")
BORDER_MARKS = word_class("border_marks")
DISPUTE_NOUNS = word_class("dispute_nouns")
RESTRAINT_OBJECTS = word_class("restraint_pledge_objects")
STATE_SECTORS = sector_class("one_side_sectors")  # data/word_classes.yaml
# acts that are always aimed at someone: a sanction (recalling an ambassador, pulling out of
# talks, reimposing sanctions) or a threat a state makes with no one named is aimed at the
# other state of the pair the story is about (gold/CODING.md codes them so)
PAIR_AIMED_TYPES = {"SANCTION", "THREATEN"}


def _objects(cand: Candidate, nouns: frozenset[str]) -> list:
    return [t for t in cand.trigger_tokens if t != cand.trigger and t.lemma_.lower() in nouns]


def _at_border(post, trigger) -> bool:
    """ "the Jarinje crossing" (a named crossing), "the border crossing", "checkpoints along
    the frontier", "its crossing with Serbia": a crossing or checkpoint the phrase puts at a
    border; "checkpoints in the capital" is none."""
    if any(
        c.dep_ in ("compound", "amod") and c.text[:1].isupper() and c.ent_type_ != "NORP"
        for c in post.children
    ):
        return True  # a name ("the Jarinje crossing"; the parser may read it an adjective)
    if post.lemma_.lower() in BORDER_CROSSINGS and not any(
        c.dep_ == "prep" and c.lower_ in ("in", "inside", "within") for c in post.children
    ):
        return True  # "closed the crossings": a state's crossings are on its border
    return any(
        t.lemma_.lower() in BORDER_MARKS
        or (t.dep_ == "pobj" and t.head.lower_ == "with" and t.pos_ == "PROPN")
        for t in (*post.subtree, *trigger.subtree)
    )


def _named_states(t, sa) -> list[Actor]:
    """The states a country's or people's name, or a capital, stands for ("Afghan", "Kabul")."""
    if (
        t.ent_type_ not in ("GPE", "NORP")
        or t.dep_ == "compound"
        and t.head.ent_type_ == t.ent_type_
    ):
        return []
    found = sa.actors_for(t, conjuncts=False) or sa.actors_for(t, conjuncts=False, as_agent=True)
    return [a for a in found if a.country and not a.org]


def _frontiers(cand: Candidate) -> list:
    """The border, airspace, or border crossing the act closes or reopens."""
    return [
        t
        for t in _objects(cand, FRONTIER_NOUNS | FRONTIER_POSTS)
        if t.lemma_.lower() in FRONTIER_NOUNS or _at_border(t, cand.trigger)
    ]


def leaves_counterparty_unnamed(cand: Candidate) -> bool:
    """A border closed or reopened (a border market shut, trade cut there: SANCTION), a
    dispute taken to court, or a pledge not to use force or fire first ("will not use force",
    "will not fire the first shot": a negated ASSAULT), told with no one it is aimed at."""
    if cand.type in ("COERCE", "RETREAT", "SANCTION"):
        return bool(_frontiers(cand))
    if cand.type == "ASSAULT":
        return cand.modality == "negated" and bool(_objects(cand, RESTRAINT_OBJECTS))
    return cand.type == "ACCUSE" and cand.cameo == "115" and bool(_objects(cand, DISPUTE_NOUNS))


def counterparty(cand: Candidate, sources: list[Actor], sa, earlier: list[Event]) -> list[Actor]:
    """The other state: one named "with" inside the object phrase ("the crossing, the
    busiest on its border with Serbia"), else the other state of the pair the article is
    about, when the doer is one of them."""
    mine = {a.country for a in sources if a.country}
    if not mine or sa is None:
        return []
    for obj in [*_frontiers(cand), *_objects(cand, DISPUTE_NOUNS)]:
        for t in obj.subtree:
            # "its border with Serbia", "its main crossing into Mozambique"
            if t.dep_ == "pobj" and t.head.lower_ in ("with", "into"):
                named = [
                    a for a in sa.actors_for(t) if a.country and a.country not in mine and not a.org
                ]
                if named:
                    return [_copy_actor(a, "the other state named with the object") for a in named]
    pair = main_pair(earlier, states=True)
    if len(pair) != 2 or not mine & {a.country for a in pair}:
        # "Tajikistan shuts border market, cuts power to Afghan province": with no pair told
        # yet, the one other state its sentence names
        others = {a.country for t in cand.trigger.sent for a in _named_states(t, sa)} - mine
        if len(others) == 1:
            (other,) = others
            return [_state(sa, other, "coref:the other state of its sentence")]
        other = _other_named_state(earlier, mine)
        if other:
            return [_state(sa, other, "coref:the other state of the story")]
        return []
    return [
        _state(sa, a.country, "coref:the other state of the pair")
        for a in pair
        if a.country not in mine
    ]


def pair_counterparty(
    cand: Candidate, sources: list[Actor], sa, earlier: list[Event]
) -> list[Actor]:
    """ "Bamako recalled its ambassador", "Belgrade would pull out of the next round of
    talks", "warned that his forces would crush any aggression": a sanction or threat by a
    state (its government or forces), naming no one, in a story about a pair of states the
    doer is one of, is aimed at the other state of the pair. None when no such pair is told
    before (a domestic story keeps the domestic convention)."""
    if cand.type not in PAIR_AIMED_TYPES or sa is None or not sources:
        return []
    if any(a.org or not a.country or not set(a.sector) <= STATE_SECTORS for a in sources):
        return []
    mine = {a.country for a in sources}
    # acts denied or only guessed tell no pair ("Serbia said it would never attack Kosovo")
    pair = main_pair([ev for ev in earlier if ev.modality in ("asserted", "planned")], states=True)
    if len(pair) != 2 or not mine & {a.country for a in pair}:
        return []
    other = {a.country for a in pair if a.country and a.country not in mine and not a.org}
    # "cut off aid to El Salvador, Guatemala and Honduras ... was ending assistance programs
    # for the Northern Triangle countries": when the doer's acts told before aimed at more
    # states than the pair's other, which one is meant is not known
    aimed = {a.country for ev in earlier if mine & {s.country for s in ev.source}
             for a in ev.target if a.country and not a.org and a.country not in mine}  # fmt: skip
    if len(other) != 1 or aimed - other:
        return []
    return [_state(sa, c, "coref:the other state of the pair") for c in other]


def _state(sa, country: str, why: str) -> Actor:
    """The state `country` as an actor the sentence does not name, told why."""
    name = _country_name(sa, country)
    return Actor(text=name, name=name, country=country, why=why)


def _other_named_state(earlier: list[Event], mine: set) -> str:
    """The other of the story's two most-named states, when the doer's is one of them: "Kenyan
    police and Somali militants exchanged fire at the border ... Kenya closed the crossing"
    (a group based in a state is no state party, so no pair of states is told, but the
    border shut is the one with that state). None when a third state is named as often as
    the second, or when the story names no other state."""
    counts: dict[str, int] = {}
    for ev in earlier:
        for a in {a.country for a in ev.source + ev.target if a.country}:
            counts[a] = counts.get(a, 0) + 1
    top = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(top) < 2 or not mine & {k for k, _ in top[:2]}:
        return ""
    if len(top) > 2 and top[2][1] == top[1][1]:
        return ""  # no two states the story is about
    others = [k for k, _ in top[:2] if k not in mine]
    return others[0] if len(others) == 1 else ""
