"""The country of actors the text names none for (`ActorCountries`, a part of `EventBuilder`):
"police", "rebels", "the ministry" take the country of their phrase's place, of their owner
("his forces"), of a coordinated object, of the event's place, the dateline or the story;
multinational forces and "any foreign government" take none."""

from __future__ import annotations

from ... import ground
from ...actors.resolve.vocab import OTHER_SIDE_NOUNS
from ...model import Actor
from ...syntax import fronted_phrase, led_force_objects
from ...words import sector_class, word_class
from ..extract.subjects import COMMANDING, subject_heads
from ..ontology import SPEECH_ACT_TYPES
from .common import _first_country, _head_token, _speaker_actors

# sectors whose unnamed members are usually the country the story is about ("police",
# "protesters", "the ministry"); soldiers and jets without a nationality often are not
DOMESTIC_SECTORS = sector_class("domestic_sectors")  # data/word_classes.yaml


STATE_SECTORS = sector_class("state_sectors")  # data/word_classes.yaml


GATHERINGS = word_class("city_named_gatherings")  # data/word_classes.yaml
# a state's own forces named without a nationality ("the army", "National Guard troops"): of
# the country the story is about, as police are
HOME_FORCE_WORDS = word_class("home_force_words")  # data/word_classes.yaml


def _home_force(tok) -> bool:
    """A home force word ("army"), or one with its modifier ("national guard": a coast guard
    is none)."""
    low = tok.lemma_.lower()
    return low in HOME_FORCE_WORDS or any(
        f"{m.lower_} {low}" in HOME_FORCE_WORDS
        for m in tok.children
        if m.dep_ in ("compound", "amod") and m.i < tok.i
    )


VESSEL_NOUNS = word_class("vessel_nouns")


def _doers_seat(cand, location, sources: list[Actor], sa) -> bool:
    """ "In Washington, the Treasury imposed sanctions on two police commanders" in a story
    about Haiti: a scene that opens the sentence with the doers' own capital says where they
    spoke or decided, not whose the people their words or measures aim at are (acts done in
    person, an arrest or an attack, stay at the scene)."""
    if location is None or not location.text or cand.type not in SPEECH_ACT_TYPES | {"SANCTION"}:
        return False
    if location.country != _first_country(sources):
        return False
    sent = cand.trigger.sent
    fronted = fronted_phrase(sent, ("in",))
    if fronted is None:
        return False
    return any(m.term.function in ("capital", "seat") and m.term.entity.country == location.country
               and sent.start <= m.start < fronted[1] for m in sa.matches)  # fmt: skip


def _venue_abroad(cand, location, sa) -> bool:
    """ "Delegates made their way to Sochi to attend a conference", "rebel groups
    stayed away from a summit in Sochi": a meeting's venue says where people went, not whose they
    are; in a story about another country, those unnamed are that country's."""
    if location is None or not location.country:
        return False
    focus = sa.memory.focus_country() if getattr(sa, "memory", None) else None
    if not focus or focus == location.country:
        return False
    if cand.type == "CONSULT":
        return True
    t = cand.trigger
    near = [c for c in t.children if c.dep_ in ("dobj", "prep", "attr")]
    near += [g for c in near if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return t.lemma_.lower() in GATHERINGS or any(x.lemma_.lower() in GATHERINGS for x in near)


class ActorCountries:
    """The country of actors the text names none for (a part of `EventBuilder`)."""

    def _domestic_countries(self, actors: list[Actor], sent, sa, article_countries: set[str], location,
                            target: bool = False, home: str | None = None,
                            state_home: str | None = None,
                            political_home: str | None = None,
                            foreign_help: bool = False,
                            not_of: frozenset[str] = frozenset(),
                            rebel_home: str | None = None) -> None:  # fmt: skip
        """Police, protesters, rebels, the ministry with no country named: the country of the
        phrase's place ("rebels in the Ivory Coast"), of the event's place, of the dateline,
        else the one the article is about. An army post attacked in Mali is Mali's; the
        soldiers or police a country's armed group (`rebel_home`) acts on are its state's."""
        for a in actors:
            if _seated_court(a, sent, sa):
                continue
            if a.country is not None and "implicit-country" in a.why and not a.org:
                _placed_role(a, sent, sa, article_countries, location)
            if a.country is not None or a.org is not None or not a.sector or a.code_override:
                continue
            if a.self_named:
                continue  # its country was the resolver's to find (none for a hacker group)
            head = _head_token(a, sent, sa)
            if target and _weapon_head(head):
                continue  # "vowed to shoot down incoming missiles": whose, the text does not say
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
            if target and head is not None and head.lemma_.lower() in VESSEL_NOUNS:
                continue  # "police seized the tanker": its flag is not the place's or story's
            led = _led_force_country(head, sa)
            if led:
                a.country = led  # "General X, who commands Rwandan troops": Rwanda's
                a.why += ":country of the force it leads"
                continue
            # "released its hostages": those the owner holds, not its own people
            owner = _owner_country(head, sa)
            if owner:
                a.country = owner  # "his forces" (the Indian army chief's): India's
                a.why += ":country of its owner"
                continue
            if head is not None and any(c.dep_ == "poss" and c.tag_ == "PRP$"
                                        and not sa.actors_for(c, conjuncts=False)
                                        for c in head.children):  # fmt: skip
                # "pressed other countries not to take back their citizens": the pronoun says
                # whose, and it stood for no one known; the place or story is not its owner
                continue
            rival = _coordinated_state(head, a, sa)
            if rival:
                a.country = rival  # "talks between the government and the armed opposition"
                a.why += ":country of the state coordinated with it"
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
            army = (
                not target
                and a.sector[0] == "MIL"
                and head is not None
                and (_home_force(head) or any(_home_force(c) for c in head.children))
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
                forces = target and a.sector[0] in ("MIL", "COP")
                story = sa.memory.focus_country()
                # a group fighting its own state in the story's country, or where no phrase
                # places the act (a venue abroad, the dateline's, is no scene of it)
                unplaced = location is None or location.basis == "story"
                insurgents = (
                    rebel_home
                    if rebel_home in (story, sa.memory.home_country()) or unplaced
                    else None
                )
                # "Washington could sanction commanders" in a story about Sudan: a foreign
                # state acts on the forces of the country the story is about
                # (and a doer of no country, a transnational group or a body, acting on "army
                # positions" in a story about Nigeria: Nigeria's)
                abroad = story if target and a.sector[0] == "MIL" and home != story else None
                a.country = (_actor_place_country(a, sent, sa, article_countries)
                             or institution
                             or (insurgents if forces else None)
                             or here
                             or abroad
                             or own
                             or (sa.memory.home_country() if domestic else None)
                             or (sa.memory.focus_country() if domestic else None))  # fmt: skip
                if foreign_help and a.country == home and set(a.sector) & {"REB", "OPP"}:
                    # "Ankara has armed rebel groups", "Iran backs the opposition": a state
                    # helps rebels against another government, not its own rebels
                    a.country = None
                if a.country in not_of:
                    a.country = None  # "met her Chinese counterpart in Beijing": not China's
                if a.country:
                    a.why += ":country from context"
                    a.country_guessed = True


def _placed_role(a: Actor, sent, sa, prefer: set[str], location) -> None:
    """A role noun given the story's country ("police", "the army") whose own phrase places
    it in another ("police in Lyon", "the army in Dhaka"), or police where the sentence
    places the act ("In Lyon, police arrested ..."): of the country of that place, not of
    the story's (a foreign force is named: "French police")."""
    if a.code_override or not a.sector or a.sector[0] not in DOMESTIC_SECTORS | {"MIL"}:
        return
    here = _actor_place_country(a, sent, sa, prefer)
    if (
        here is None
        and a.sector[0] == "COP"
        and location is not None
        and location.basis != "story"
        and _scene_in_sentence(location, sent, sa)
    ):
        here = location.country
    if here and here != a.country:
        a.country = here
        a.why += ":country of its place"


def _scene_in_sentence(location, sent, sa) -> bool:
    """Whether the event's place is named in the sentence itself (not only the paragraph)."""
    return location.text is not None and location.text in sent.text


def counterpart_countries(trigger, sa) -> frozenset[str]:
    """ "The secretary of state met her Chinese counterpart": the countries of the
    counterparts the verb's object or "with" phrase names, which its doer is not of."""
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "attr")]
    objs += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"
             for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    heads = [o for x in objs for o in (x, *x.conjuncts) if o.lemma_.lower() == "counterpart"]
    if not heads or sa is None:
        return frozenset()
    return frozenset(
        a.country for h in heads for a in sa.actors_for(h, conjuncts=False) if a.country
    )


LOCAL_ARMED_WORDS = word_class("local_armed_words")


def _local_armed(a: Actor) -> bool:
    """A militia, paramilitary, vigilante or self-defence group named by its description."""
    words = set(a.text.lower().split())
    return bool(words & LOCAL_ARMED_WORDS) or any(
        w.split("-")[-1] in LOCAL_ARMED_WORDS for w in words
    )


MULTINATIONAL = word_class("multinational_words")  # data/word_classes.yaml
FOREIGN = word_class("foreign_words")  # data/word_classes.yaml


WEAPON_ACTOR_NOUNS = word_class("weapon_actor_nouns")  # data/word_classes.yaml


def _weapon_actor(a: Actor, sent, sa) -> bool:
    return _weapon_head(_head_token(a, sent, sa))


def _weapon_doer(a: Actor, sent, sa) -> bool:
    """A weapon named as the doer in a "by" phrase ("a violation of its airspace by Malian
    drones"): it stands for the state that flies it, as "Malian drones struck" does."""
    head = _head_token(a, sent, sa)
    return _weapon_head(head) and head.dep_ == "pobj" and head.head.lower_ == "by"


def _weapon_head(head) -> bool:
    return head is not None and head.lemma_.lower() in WEAPON_ACTOR_NOUNS


NOMINAL_SUBJECT_DEPS = ("nsubj", "nsubjpass")  # active or passive; extract.SUBJECT_DEPS: active


def _led_force_country(head, sa) -> str | None:
    """ "Brigadier General X, who commands Rwandan troops in eastern Congo", "a colonel who
    leads the Malian contingent": a role noun with no country of its own whose relative clause
    says it commands or leads one state's force or body is of that state, not of the place or
    of whoever acts on it (the one sanctioning him)."""
    if head is None:
        return None
    holders = [head, *(c for c in head.children if c.dep_ == "appos")]
    if head.dep_ == "compound":
        holders.append(head.head)  # "General" of "General Jean-Paul Karera"
    found = set()
    for h in holders:  # ("a general who it said commands ...": the actors' reading too)
        for o in led_force_objects(h):
            found |= {b.country for b in sa.actors_for(o) if b.country and not b.org}
    return found.pop() if len(found) == 1 else None


def _coordinated_state(head, a: Actor, sa) -> str | None:
    """ "Kenya offered to host talks between the government and the armed opposition":
    rebels or an opposition with no country, coordinated with a state's own body whose
    country is known, are that state's (its rivals at home), not of the place or the doer."""
    if head is None or not a.sector or a.sector[0] not in ("REB", "OPP"):
        return None
    mates = [c for c in head.children if c.dep_ == "conj"]
    if head.dep_ == "conj":
        mates.append(head.head)
    found = {
        b.country
        for t in mates
        for b in sa.actors_for(t, conjuncts=False)
        if b.country and not b.org and b.sector[:1] and b.sector[0] in STATE_SECTORS
    }
    return next(iter(found)) if len(found) == 1 else None


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
    """ "his forces", "its troops": the country of whoever the possessive pronoun is; not
    for "its hostages", those the owner holds (OTHER_SIDE_NOUNS)."""
    if head is None or head.lemma_.lower() in OTHER_SIDE_NOUNS:
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


# a court or tribunal named by the city it sits in, where international courts sit ("the
# arbitration court in The Hague"): the international court, not the host state's judiciary;
# one of arbitration is the Permanent Court of Arbitration, another the ICJ (gold/CODING.md)
COURT_SEATS = word_class("international_court_seats")  # data/word_classes.yaml
ARBITRATION_WORDS = word_class("arbitration_words")


def _seated_court(a: Actor, sent, sa) -> bool:
    """Make `a`, an unnamed court placed in a seat of international courts, that court;
    whether it was one. A nationality ("a Dutch court") keeps it the state's."""
    if a.org or a.code_override or a.sector[:1] != ["JUD"] or "adjective" in a.why:
        return False
    if not any(g.lemma_.lower() in COURT_SEATS for g in _phrase_places(a, sent, sa)):
        return False
    key = "PCA" if set(a.text.lower().split()) & ARBITRATION_WORDS else "ICJ"
    court = sa.kb.entities.get(f"org:{key}")
    if court is None:
        return False
    a.country, a.org, a.kb_id, a.code_override = court.country, court.org, court.id, court.code
    a.sector = list(court.sector)
    a.why += ":international court of its seat"
    return True


def _phrase_places(a: Actor, sent, sa) -> list:
    """The objects of the place prepositions of the phrase of `a` ("police in Kisumu", "an
    army post in Benin's north": of the phrase the sector word modifies)."""
    if a.start < 0:
        return []
    span = sent.doc.char_span(a.start - sa.offset, a.end - sa.offset, alignment_mode="expand")
    if span is None:
        return []
    head = span.root
    kids = [*head.children, *(head.head.children if head.dep_ == "compound" else [])]
    return [g for c in kids if c.dep_ == "prep" and c.lower_ in ("in", "from", "of", "inside")
            for g in c.children if g.dep_ == "pobj"]  # fmt: skip


def _actor_place_country(a: Actor, sent, sa, prefer: set[str]) -> str | None:
    """ "Rebels in the Ivory Coast", "police in Kisumu": the place the phrase names."""
    for g in _phrase_places(a, sent, sa):
        place = ground.place_of(g, sa, prefer)
        if place is not None and place.country:
            return place.country
        # "in Benin's northern Alibori department": the country that owns the place
        got = sa.actors_for(g) or [a for p in g.children if p.dep_ == "poss"
                                   for a in sa.actors_for(p)]  # fmt: skip
        if got and got[0].country and not got[0].sector:
            return got[0].country
    return None
