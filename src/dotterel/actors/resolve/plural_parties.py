"""Plural references to the parties of a dispute ("the two sides", "both neighbours", "the
warring parties", "the two countries"): which pair the story has just told they stand for.

The rules both stages that resolve them share: the actor resolver (anaphora.py `_pair`, while
the sentence is read) and the event builder (events/builder/parties.py, after it, when an
event's doer or target is such a phrase; it falls back on the pair the article tells most
about). The stages differ in one place: for "the warring parties" with no number and no fight
told, the resolver gives no one (only rule 0 is tried), while the builder's `told_pair` goes
on to the rules after it. The candidates, tried in this order, are all within the sentence being read and the
two before it (the quarrel, four):

0. for "the warring parties", "the belligerents": the last pair an event told fighting, however
   far back (never the mediators or hosts named since);
1. the pair an earlier plural reference stood for ("the two countries ... the two
   nuclear-armed rivals");
2. the pair a sentence set against each other with "between" ("relations between Rabat and
   Algiers ... a deal between the two sides");
3. the two parties of the last quarrel or negotiation an event told (`Memory.dispute`, fed by
   events/builder/parties.py `dispute_parties`): "Bogota and the rebels ended a round of talks
   ... read out by Cuban and Norwegian diplomats. The two delegations agreed"; for a noun of
   negotiators ("the two delegations") the parties of the last talks (`Memory.talks`) come
   before those of a quarrel told since.

A pair is taken only when it has as many distinct parties as the phrase counts, of the kind
its noun wants (people for "the two leaders", states for "the two countries"), and none of
them is the one who addresses the parties ("Brazil urged both neighbours"). "Both presidents"
with no two presidents named are the governments of the two states of the last quarrel."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ...model import Actor
from ...words import sector_class, word_class
from .common import is_person
from .memory import PLURAL_WHYS, Memory
from .vocab import (
    COUNTRY_NOUNS,
    FIGHT_CALL_WORDS,
    NEGOTIATING_PARTY_NOUNS,
    NEIGHBOUR_NOUNS,
    TALKS_PARTY_NOUNS,
)

# the sectors of a state's own bodies: their words never name a non-state group told before
STATE_BODY_SECTORS = sector_class("state_sectors")  # data/word_classes.yaml
# plural nouns for states ("the two countries", "both neighbours", "the two governments"): the
# parties are states, one each, never an army and a militia of one or an international body
GOVERNMENT_PAIR_NOUNS = word_class("government_pair_nouns")  # data/word_classes.yaml
ARMY_PAIR_NOUNS = word_class("army_pair_nouns")  # "the two armies": each state's, MIL
STATE_PAIR_NOUNS = COUNTRY_NOUNS | NEIGHBOUR_NOUNS | GOVERNMENT_PAIR_NOUNS | ARMY_PAIR_NOUNS

# offices of state: "both presidents" with no presidents named are the two states' governments
OFFICE_NOUNS = word_class("office_nouns")  # data/word_classes.yaml
# words that make a plural the sides of a fight ("the warring parties", "the belligerents")
WARRING_WORDS = word_class("warring_words")  # data/word_classes.yaml

# how many sentences back (besides the one being read) a pair is still "the two sides"
PAIR_WINDOW = 2
# and a group of three or more ("the three allies", "the four parties"): a count that large
# is rarely met by chance, so the group an earlier plural of that count stood for holds longer
GROUP_WINDOW = 8


@dataclass(frozen=True)
class WantedPair:
    """What a plural phrase can stand for: `size` parties, people only (`person`), any
    kind (`any_kind`: "sides", "parties"), or states (`noun` one of STATE_PAIR_NOUNS); never
    a party whose own key (its organisation, else its country) is one of `exclude` (the doer
    of the event, for the event builder); never a quarrel's pair with a party of one of the
    `asking` countries (the asker or owner, for the resolver: "Brazil urged both neighbours",
    though "Lebanon's prime minister urged both sides" to stop fighting may mean Hezbollah);
    the pair that fought first if `warring`."""

    noun: str = "side"
    size: int = 2
    person: bool = False
    any_kind: bool = True
    exclude: frozenset[str] = field(default_factory=frozenset)
    warring: bool = False
    asking: frozenset[str] = field(default_factory=frozenset)

    @property
    def states(self) -> bool:
        return not self.person and self.noun in STATE_PAIR_NOUNS


def state_body(a: Actor) -> bool:
    """Whether an actor is a body of a state (its government, army, police...): what "the two
    countries" or "both governments" can stand for; no international body."""
    return a.country is not None and a.org is None and set(a.sector) <= STATE_BODY_SECTORS


def as_state(a: Actor, noun: str) -> Actor:
    """A state body as the state a plural state noun counts ("Somali officials warned that
    Ethiopian soldiers ... the two governments": the army stands for its state), or as its
    army for "the two armies"."""
    if noun in ARMY_PAIR_NOUNS:
        return a if a.sector == ["MIL"] else replace(a, sector=["MIL"])
    if set(a.sector) <= {"GOV"}:
        return a
    return replace(a, sector=["GOV"] if noun in GOVERNMENT_PAIR_NOUNS else [])


def of_kind(actors: list[Actor], person: bool, any_kind: bool) -> bool:
    """Whether the actors are of the kind a plural noun wants: all people for "the two
    leaders", none for "the two countries", any for "both sides"."""
    return any_kind or all(is_person(a) == person for a in actors)


def fitting(pair: list[Actor] | None, wanted: WantedPair) -> list[Actor]:
    """`pair` as the parties `wanted` stands for (states as states), or [] when it does not
    fit: too few or too many distinct parties, of the wrong kind, or one of them excluded."""
    if not pair or len(pair) != wanted.size:
        return []
    if len({(a.country, a.org, a.code) for a in pair}) != wanted.size:
        return []
    if any(not (a.org or a.country) or (a.org or a.country) in wanted.exclude for a in pair):
        return []
    if not of_kind(pair, wanted.person, wanted.any_kind):
        return []
    if wanted.states:
        # "the two countries": two states, not an army and a militia of one; a minister is
        # no state (and a later "he" may be him)
        if len({a.country for a in pair}) != wanted.size or any(
            not state_body(a) or is_person(a) for a in pair
        ):
            return []
        return [as_state(a, wanted.noun) for a in pair]
    return list(pair)


def plural_told(
    memory: Memory, reading: int, wanted: WantedPair, before: int | None = None
) -> list[Actor]:
    """The pair an earlier plural reference of the sentence being read (index `reading`,
    before character `before`) or of the two sentences before stood for (of the eight
    before, for a group of three or more)."""
    window = PAIR_WINDOW if wanted.size < 3 else GROUP_WINDOW

    def earlier(a: Actor) -> bool:
        at = memory.sentence_index(a)
        if a.why not in PLURAL_WHYS or not 0 <= reading - at <= window:
            return False
        return at < reading or (before is not None and a.end <= before)

    last = next((a for a in reversed(memory.seen) if earlier(a)), None)
    return fitting(memory.plural_members(last) if last is not None else [], wanted)


def between_told(memory: Memory, reading: int, wanted: WantedPair) -> list[Actor]:
    """The pair the sentence being read (once read) or the two before named "between"."""
    if memory.between is None or not 0 <= reading - memory.between[0] <= PAIR_WINDOW:
        return []
    return fitting(memory.between[1], wanted)


def dispute_told(memory: Memory, reading: int, wanted: WantedPair) -> list[Actor]:
    """The two parties of the last quarrel or negotiation an event of the four sentences
    before told, for "the two sides", "the two delegations" or two states; negotiators ("the
    two delegations") are the parties of the last talks told in that window, if any, even
    when a quarrel was told after them."""
    pair = memory.recent_dispute(reading)
    if wanted.noun in NEGOTIATING_PARTY_NOUNS:
        # "the two delegations": the sides of the last talks, not of a quarrel told since
        pair = memory.recent_talks(reading) or pair
    if pair is None:
        return []
    if wanted.noun not in TALKS_PARTY_NOUNS and not wanted.states:
        return []  # ("the two leaders": the people named, not the states that quarrelled)
    return fitting(_unasked(pair, wanted), wanted)


def office_holders_told(memory: Memory, reading: int, wanted: WantedPair) -> list[Actor]:
    """ "Guyana accused Venezuela of massing troops ... both presidents had accepted": with no
    two such people named, the holders of an office of state ("presidents", "leaders") of
    the two states of the last quarrel are their governments."""
    pair = memory.recent_dispute(reading)
    if not wanted.person or wanted.noun not in OFFICE_NOUNS or pair is None:
        return []
    as_states = WantedPair("government", wanted.size, any_kind=False, exclude=wanted.exclude)
    return fitting(_unasked(pair, wanted), as_states)


def _unasked(pair: list[Actor], wanted: WantedPair) -> list[Actor]:
    """The quarrel's `pair`, or [] when a party is of a country `wanted` is asked by."""
    return [] if any(a.country in wanted.asking for a in pair) else pair


def warring(tok) -> bool:
    """Whether the plural phrase headed by `tok` names the sides of a fight: "the warring
    parties", "the belligerents", "both combatants"."""
    return tok.lemma_.lower() in WARRING_WORDS or any(
        c.lower_ in WARRING_WORDS for c in tok.children if c.dep_ == "amod"
    )


def fighting_told(memory: Memory, reading: int, wanted: WantedPair) -> list[Actor]:
    """For "the warring parties": the last pair an event told fighting each other, however
    far back (the war the story is about), not the mediators or hosts named since."""
    if not wanted.warring or memory.fighting is None or memory.fighting[0] >= reading:
        return []
    return fitting(memory.fighting[1], wanted)


def truce_told(memory: Memory, reading: int, wanted: WantedPair) -> list[Actor]:
    """For "both sides" in a sentence that names a truce ("welcomed the truce and urged both
    sides to let aid through"): the two parties of the last truce an event told, however far
    back, not the pair of a quarrel told since (a third state's strike on one of them)."""
    if memory.truce is None or memory.truce[0] >= reading:
        return []
    return fitting(_unasked(memory.truce[1], wanted), wanted)


def calls_on_fighters(sent) -> bool:
    """Whether a sentence calls on the sides of a fight: it names restraint, fighting,
    violence or aid for those caught in it ("urged both sides to show restraint", "appealed
    to both sides to let aid convoys through")."""
    return any(t.lemma_.lower() in FIGHT_CALL_WORDS or t.lower_ in FIGHT_CALL_WORDS for t in sent)


def belligerents_told(memory: Memory, reading: int, wanted: WantedPair) -> list[Actor]:
    """For "both sides" in a sentence that calls on the sides of a fight (`calls_on_fighters`):
    the last pair an event told fighting each other, however far back, not the pair of a
    quarrel told since ("the two sides were fighting again ... Kigali denied arming the
    rebels. The UN appealed to both sides to let aid through": Congo and the rebels) nor
    allies arming one side named just before. A pair set against each other with "between"
    lately comes first ("offered to mediate between the opposition leader and the government
    and urged both sides to refrain from violence")."""
    if memory.fighting is None or memory.fighting[0] >= reading:
        return []
    if between_told(memory, reading, wanted):
        return []
    return fitting(_unasked(memory.fighting[1], wanted), wanted)


def story_sides_told(memory: Memory, reading: int, wanted: WantedPair) -> list[Actor]:
    """For "both sides" with no pair told in the window: the last pair that fought, else the
    last truce's, else the last quarrel's, however far back ("Tajik and Afghan guards exchanged fire ... Russia
    delivered armoured vehicles, the CSTO pledged drones ... commanders from both sides met"),
    rather than the last two actors named, who may be allies of one side."""
    for slot in (memory.fighting, memory.truce, memory.dispute):
        if slot is not None and slot[0] < reading:
            pair = fitting(_unasked(slot[1], wanted), wanted)
            if pair:
                return pair
    return []


def story_states_told(memory: Memory, reading: int, asking: frozenset[str]) -> list[str]:
    """The two countries "the two navies", "both foreign ministers" (a role noun of a state,
    no pair noun) stand for: the pair a fight, an earlier plural, a "between" or a quarrel
    told (`told_pair`), else the last two states the story named together ("Japan and the
    Philippines signed a pact ... The two navies held drills"), within GROUP_WINDOW
    sentences, when each was named twice; else the story's two most-named countries, each
    named twice and more than any third; else that last pair named once; never one of the `asking` countries ("Brazil urged the two defence ministers")."""
    told = told_pair(memory, reading, WantedPair("country", 2, any_kind=False, asking=asking))
    if told:
        return [a.country for a in told if a.country]
    named = memory.country_counts
    last: list[str] = []
    for n, group in reversed(memory.state_groups):
        if reading - n > GROUP_WINDOW:
            break
        countries = list(dict.fromkeys(a.country for a in group if a.country))
        if len(countries) == 2 and not set(countries) & asking:
            last = countries
        if len(countries) >= 2:
            break  # "the two navies" after three states named together: which two is no guess
    if last and all(named.get(c, 0) >= 2 for c in last):
        return last
    # a pair named once in passing ("as Bhutan and Nepal did") yields to the two states the
    # story keeps naming
    counts = sorted(((n, c) for c, n in named.items() if c and c not in asking), reverse=True)
    if len(counts) >= 2 and counts[1][0] >= 2 and (len(counts) == 2 or counts[2][0] < counts[1][0]):
        return [counts[0][1], counts[1][1]]
    return last


def told_pair(
    memory: Memory, reading: int, wanted: WantedPair, before: int | None = None
) -> list[Actor]:
    """The parties a plural reference in sentence `reading` stands for: the fight's for "the
    warring parties", else an earlier plural's, a "between" pair's, the last quarrel's (module
    docstring), the first that fits."""
    return (
        fighting_told(memory, reading, wanted)
        or plural_told(memory, reading, wanted, before)
        or between_told(memory, reading, wanted)
        or dispute_told(memory, reading, wanted)
    )
