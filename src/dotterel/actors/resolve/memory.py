"""What one document has said so far (`Memory`): the actors named in order, which were
clause subjects and how deep, the roles learnt for names, coordinated groups and the
news media named as sources. Pronouns and descriptions later in the document read it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ...doccache import forget
from ...model import Actor
from ...words import word_class

# why an actor was given for one of the parties a plural description stands for ("the two
# countries", "both leaders": actors/resolve/anaphora.py)
PLURAL_WHYS = ("coref:plural", "coref:person:plural")
# how many sentences back the last quarrel or negotiation told is still "the two sides"
DISPUTE_WINDOW = 4


@dataclass
class Memory:
    """What one document has said so far: actors in order, and roles learnt for names."""

    seen: list[Actor] = field(default_factory=list)
    names: dict[str, Actor] = field(default_factory=dict)
    # given names of the people named in full ("Hamzah Rashid" -> "hamzah"): a later "Hamzah
    # said" is him (Malay, Thai, Indonesian and Icelandic names are shortened to the given
    # name), unless two people named so far share it (the value is then None)
    given: dict[str, tuple[str, Actor] | None] = field(default_factory=dict)
    dateline_country: str | None = None
    # the countries of a shared dateline ("WASHINGTON/KIGALI"): the dateline's country is then
    # the one of them the story has named most so far (the first on a tie), none before
    shared_dateline: tuple[str, ...] = ()
    # keyed by id() with the actor kept in the value, so an id is never reused while listed
    subjects: dict[int, Actor] = field(default_factory=dict)  # actors that were clause subjects
    # subjects by how deep their clause is (0: the main clause): id -> (depth, actor)
    subject_depth: dict[int, tuple[int, Actor]] = field(default_factory=dict)
    sentence_of: dict[int, tuple[int, Actor]] = field(default_factory=dict)
    sentence: int = 0
    # the sentence being read is the story's headline: its first, with no full stop
    headline: bool = False
    # the country of the official whose visit the headline or lead tells ("LISBON - Malawi's
    # President X held talks with ..."): a story datelined in the host's capital about the
    # visitor's affairs; lead_read: the first sentence after any headline has been read
    visitor: str | None = None
    lead_read: bool = False
    country_counts: dict[str, float] = field(default_factory=dict)
    # the countries each sentence named (as a place, a body or an actor): sentence -> codes
    sentence_countries: dict[int, set[str]] = field(default_factory=dict)
    groups: list[tuple[int, list[Actor]]] = field(default_factory=list)  # coordinated subjects
    live_group: tuple[int, list[Actor]] | None = None  # the subjects of the sentence being read
    # actors coordinated in any role ("at the request of the United States, Japan and South
    # Korea"): (sentence, actors); "the three allies" may be them
    lists: list[tuple[int, list[Actor]]] = field(default_factory=list)
    # states named together in any role, kept longer than groups and lists: "the Europeans"
    # late in a story are the European states it named together at its start
    state_groups: list[tuple[int, list[Actor]]] = field(default_factory=list)
    # the last pair a sentence set against each other ("talks between Rabat and Algiers"):
    # (sentence, actors); "the two sides" may be them
    between: tuple[int, list[Actor]] | None = None
    # the parties of the last quarrel or negotiation an event told (sentence, actors:
    # events/builder/parties.py dispute_parties); "the two sides", "the two delegations" may be them
    dispute: tuple[int, list[Actor]] | None = None
    # the last pair an event told fighting each other (sentence, actors): "the warring parties"
    fighting: tuple[int, list[Actor]] | None = None
    # the last pair an event told meeting or negotiating (sentence, actors): "the two
    # delegations" are they, not a quarrel told since ("A and B resumed talks. C and D traded
    # accusations. ... the two delegations agreed")
    talks: tuple[int, list[Actor]] | None = None
    # the last pair an event of a sentence naming a truce told agreeing, conceding or
    # meeting (sentence, actors): "welcomed the truce and urged both sides" are its parties,
    # however far back it was told and whoever quarrelled since
    truce: tuple[int, list[Actor]] | None = None
    # the last seizure or arrest an event told as done (sentence, captors, the captives'
    # words): "They freed the officials" after "Rebels seized six officials" is the captors,
    # not a crowd or force told since
    capture: tuple[int, list[Actor], frozenset[str]] | None = None
    gender: dict[str, str] = field(default_factory=dict)  # name -> "m"/"f" once a pronoun showed it
    # parties the story has called the opposition (entity ids): "the opposition Democratic Party"
    opposition_parties: set[str] = field(default_factory=set)
    ruling_parties: set[str] = field(default_factory=set)  # "the ruling Patriotic Party": GOV
    reporters: dict[int, Actor] = field(default_factory=dict)  # media named as the story's source
    acronyms: dict[str, Actor] = field(default_factory=dict)  # "DMP" -> the body it abbreviates
    # a listed person's surname the story gave to someone else ("Nasr al-Hariri"): the
    # surname -> where that first full name's surname is (its offset in the clean text)
    other_bearers: dict[str, int] = field(default_factory=dict)
    # bodies the files do not know that the story introduced with their kind and country
    # ("the opposition Green Dawn party", "the Citizens' Union for Change (CUC)"): the words
    # of the name or acronym -> the body (names.py StoryBodies)
    story_bodies: dict[tuple[str, ...], object] = field(default_factory=dict)
    # where the story placed each stateless people (home countries -> country -> phrases)
    people_homes: dict[tuple[str, ...], dict[str, int]] = field(default_factory=dict)
    paragraphs: list = field(
        default_factory=list
    )  # SentenceActors of the paragraphs read, in order
    # what grounding (ground/places.py) has read of the story so far, by what it tracks
    # ("places": countries named in place phrases, "venues": meeting venues, "recent": places
    # in reading order), each with the sentences it has read; empty until grounding runs
    ground: dict[str, dict] = field(default_factory=dict)

    def release(self) -> None:
        """The document is done: let go of its paragraphs, so that their Docs are freed by
        reference counting (each paragraph's SentenceActors refers back to this memory)."""
        for para in self.paragraphs:
            forget(para.doc)
        self.paragraphs.clear()

    def remember(self, actor: Actor, subject: bool = False, depth: int = 0) -> None:
        self.seen.append(actor)
        self.sentence_of[id(actor)] = (self.sentence, actor)
        if subject:
            self.subjects[id(actor)] = actor
            self.subject_depth[id(actor)] = (depth, actor)
        if actor.country and not actor.why.startswith("coref"):
            self.country_counts[actor.country] = self.country_counts.get(actor.country, 0) + 1
            self.sentence_countries.setdefault(self.sentence, set()).add(actor.country)
            if actor.country in self.shared_dateline:
                self.dateline_country = max(
                    self.shared_dateline, key=lambda c: self.country_counts.get(c, 0)
                )
        if len(self.seen) > 400:
            for a in self.seen[:100]:
                self.forget(a)
            del self.seen[:100]

    def forget(self, actor: Actor) -> None:
        self.subjects.pop(id(actor), None)
        self.subject_depth.pop(id(actor), None)
        self.sentence_of.pop(id(actor), None)
        self.reporters.pop(id(actor), None)

    def reporting(self, actor: Actor) -> bool:
        """`actor` was named in an earlier sentence as the news medium reporting the story
        ("Reuters reported", "told The Associated Press", "according to Al Jazeera"): never
        what a later "it" or "they" refers to ("Reuters said its reporter was held" is)."""
        return self.reporters.get(id(actor)) is actor and self.sentence_index(actor) < self.sentence

    def sentence_index(self, actor: Actor) -> int:
        got = self.sentence_of.get(id(actor))
        return got[0] if got is not None and got[1] is actor else -99

    def remember_group(self, actors: list[Actor]) -> None:
        """Actors coordinated as one subject ("Putin and Xi met"): "they" may mean all."""
        if len(actors) > 1:
            self.groups.append((self.sentence, list(actors)))
            del self.groups[:-5]
            self._remember_states(actors)

    def remember_lists(self, lists: list[list[Actor]]) -> None:
        """Coordinated actors of the sentence being read, in any role (latest last)."""
        for actors in lists:
            if len(actors) > 1:
                self.lists.append((self.sentence, list(actors)))
                self._remember_states(actors)
        del self.lists[:-8]

    def _remember_states(self, actors: list[Actor]) -> None:
        """Several states named together, by name or as their governments or people."""
        states = [a for a in actors if a.country and not a.org]
        if len(states) == len(actors) and len({a.country for a in states}) > 1:
            self.state_groups.append((self.sentence, states))
            del self.state_groups[:-12]

    def region_states_told(self, states: frozenset[str], size: int = 0) -> list[Actor] | None:
        """The latest group of two or more states (exactly `size` if given), all among
        `states`, the story named together: whom "the Europeans" means."""
        for _, group in reversed(self.state_groups):
            countries = list(dict.fromkeys(a.country for a in group))
            if set(countries) <= states and (
                len(countries) == size if size else len(countries) > 1
            ):
                return [next(a for a in group if a.country == c) for c in countries]
        return None

    def recent_list(self, size: int, within: int = 6) -> list[Actor] | None:
        """The latest group of exactly `size` distinct actors named together (as subjects or
        in any other role) in the last `within` sentences: what "the three allies" are."""
        found = sorted(self.groups + self.lists, key=lambda g: g[0])
        for n, actors in reversed(found):
            if self.sentence - n > within:
                break
            if len(actors) == size and len({(a.country, a.org, a.code) for a in actors}) == size:
                return actors
        return None

    def remember_between(self, pair: list[Actor] | None) -> None:
        """The parties a sentence named "between" ("relations between X and Y collapsed")."""
        if pair:
            self.between = (self.sentence, list(pair))

    def remember_dispute(
        self,
        parties: list[Actor],
        fought: bool = False,
        talked: bool = False,
        truced: bool = False,
    ) -> None:
        """The two parties of a quarrel or negotiation an event of the sentence just read
        told (events are built after its actors, when `sentence` has moved on); `fought`:
        the event was a fight between them; `talked`: a meeting or negotiation; `truced`:
        a truce they agreed or were brought to."""
        if len(parties) == 2:
            self.dispute = (self.sentence - 1, list(parties))
            if fought:
                self.fighting = self.dispute
            if talked:
                self.talks = self.dispute
            if truced:
                self.truce = self.dispute

    def remember_capture(self, captors: list[Actor], captives: list[Actor]) -> None:
        """Those who seized or arrested people in an event of the sentence just read, with
        the words naming whom they took ("six district officials": district, officials)."""
        if captors:
            words = frozenset(w.lower() for a in captives for w in (a.text or "").split())
            self.capture = (self.sentence - 1, list(captors), words)

    def captors_of(self, noun: str, reading: int) -> list[Actor] | None:
        """The captors of the last seizure told in the DISPUTE_WINDOW sentences before
        sentence `reading`, when its captives were named with `noun` (or `noun` is a
        pronoun, "them"); None else."""
        found = self._recent(self.capture and self.capture[:2], reading)
        if found and (noun in self.capture[2] or noun in ("them", "him", "her")):
            return found
        return None

    def recent_talks(self, reading: int) -> list[Actor] | None:
        """The parties of the last meeting or negotiation told in the DISPUTE_WINDOW
        sentences before sentence `reading`."""
        return self._recent(self.talks, reading)

    def recent_dispute(self, reading: int | None = None) -> list[Actor] | None:
        """The parties of the last quarrel or negotiation told in the DISPUTE_WINDOW
        sentences before sentence `reading` (the one being read if not given)."""
        return self._recent(self.dispute, self.sentence if reading is None else reading)

    @staticmethod
    def _recent(slot, reading: int) -> list[Actor] | None:
        """The parties a (sentence, parties) slot holds when it was told in the
        DISPUTE_WINDOW sentences before sentence `reading`."""
        if slot and 0 < reading - slot[0] <= DISPUTE_WINDOW:
            return slot[1]
        return None

    def between_since_group(self) -> bool:
        """Whether the last "between X and Y" pair was told no earlier than the last
        coordinated subject ("Norway and Qatar hosted talks between X and Y"): the hosts are
        not "the two delegations" then."""
        if self.between is None:
            return False
        if self.live_group and len(self.live_group[1]) > 1 and self.live_group[0] == self.sentence:
            return False  # a subject pair of the sentence being read is newer
        return not self.groups or self.groups[-1][0] <= self.between[0]

    def recent_group(self) -> list[Actor] | None:
        """The last coordinated subject: of this sentence so far, else the previous one."""
        if self.live_group and len(self.live_group[1]) > 1 and self.live_group[0] == self.sentence:
            return self.live_group[1]
        if self.groups and self.sentence - self.groups[-1][0] <= 1:
            return self.groups[-1][1]
        return None

    def home_country(self) -> str | None:
        """The dateline's country, unless the dateline is a foreign desk: a story datelined
        DUBAI about Iran has named Iran at least twice so far, more than any other country,
        and never the United Arab Emirates; its unplaced officials, agentless arrests and
        unnamed crowds are then Iran's, the country the story is about."""
        home = self.dateline_country
        if not home:
            return home
        named = self.country_counts.get(home, 0)
        if not named and self.headline:
            others = [c for c, n in self.country_counts.items() if c and c != home and n]
            if len(others) == 1:
                # "Iran says 1,100 detained in protests" over a DUBAI dateline: the headline's
                # one country, never the desk's
                return others[0]
        if not named:
            return self.leading_country() or home
        lead = self.leading_country()
        if named <= 1 and lead and lead != home and self.country_counts.get(lead, 0) >= 4:
            # "BANGKOK - Myanmar's junta ... diplomats in Bangkok said": a bureau's city named
            # once in passing in a story that names another country again and again
            return lead
        return home

    def opposition_home(self) -> str | None:
        """Whose opposition an unplaced opposition figure is, in a story clearly about its
        dateline's country: that country's, unless the headline's subject is a visitor from
        another ("LISBON - Malawi's President X held talks with ... At home, opposition
        leader Y demanded ...": Malawi's opposition)."""
        home = self.dateline_country
        return self.visitor if self.visitor and home else home

    def leading_country(self) -> str | None:
        """The country named at least twice so far and more often than any other; None when
        no country is."""
        counts = sorted((n for c, n in self.country_counts.items() if c), reverse=True)
        if not counts or counts[0] < 2 or (len(counts) > 1 and counts[1] == counts[0]):
            return None
        return next(c for c, n in self.country_counts.items() if c and n == counts[0])

    def plural_members(self, a: Actor) -> list[Actor]:
        """The actors the plural description `a` is one of (its why in PLURAL_WHYS) stood for
        ("both leaders", "the two countries"): all remembered with its span and why."""
        return [b for b in self.seen if b.why == a.why and (b.start, b.end) == (a.start, a.end)]

    def countries_named(self) -> set[str]:
        """The countries the document's actors have named so far (not by a coreference)."""
        return {c for c, n in self.country_counts.items() if c and n}

    def only_country(self) -> str | None:
        """The one country the document has named so far, None when it named none or several
        (a short story about one state: whose arrests an agentless passive tells is no guess).
        SentenceActors._only_country_with_dateline counts this sentence and the dateline too."""
        named = self.countries_named()
        return next(iter(named)) if len(named) == 1 else None

    def focus_country(self) -> str | None:
        """The country the document is about so far: most named, the dateline breaking ties."""
        counts = dict(self.country_counts)
        if self.dateline_country:
            counts[self.dateline_country] = counts.get(self.dateline_country, 0) + 1.5
        if not counts:
            return None
        return max(counts.items(), key=lambda kv: kv[1])[0]

    def salient(
        self,
        pred,
        skip: set[int] | None = None,
        subjects_only: bool = False,
        prefer_main: bool = False,
    ) -> Actor | None:
        """For pronouns: the subject of the current or previous sentence if one fits,
        else (unless `subjects_only`) the nearest fitting actor. With `prefer_main` (people),
        of several subjects the one of the clause nearest the main clause comes first
        ("Erdogan wants to see Assad removed. He also said ...": Erdogan)."""
        ok = [a for a in self.recent(1) if (skip is None or a.start not in skip) and pred(a)]
        here = [a for a in ok if self.sentence_index(a) == self.sentence]
        best = self._main_subject(here, prefer_main)
        if best is not None:
            return best
        if here and not subjects_only:
            # "Malaysian authorities detained Mu Sochua before releasing her": a fitting
            # actor of this sentence before the last sentence's subject
            return here[0]
        best = self._main_subject(ok, prefer_main)
        if best is not None:
            return best
        if subjects_only:
            return None
        got = self.last(pred, skip)
        if got is not None and prefer_main and id(got) not in self.subjects:
            # "Ruto met Odinga on Monday. The talks lasted hours. He said ...": the subject of
            # the sentence the nearest fitting person is in outranks that person (Ruto)
            at = self.sentence_index(got)
            same = [a for a in reversed(self.seen) if self.sentence_index(a) == at
                    and (skip is None or a.start not in skip) and pred(a)]  # fmt: skip
            best = self._main_subject(same)
            if best is not None:
                return best
        return got

    def _main_subject(self, actors: list[Actor], prefer_main: bool = True) -> Actor | None:
        """With `prefer_main`, the subject among `actors` nearest the main clause; else (or
        when none has a depth) the first of `actors` that is a subject; None when none is."""
        if prefer_main:
            best = self._shallowest(actors)
            if best is not None:
                return best
        return next((a for a in actors if id(a) in self.subjects), None)

    def _shallowest(self, actors: list[Actor]) -> Actor | None:
        """The subject among `actors` whose clause is nearest the main clause (the latest
        of equals)."""
        best = None
        for a in actors:  # latest first
            got = self.subject_depth.get(id(a))
            if got is not None and got[1] is a and (best is None or got[0] < best[0]):
                best = (got[0], a)
        return best[1] if best else None

    def learn_name(self, name: str, actor: Actor) -> None:
        """A person's full name and surname now stand for `actor` in this document."""
        parts = name.replace("-", " ").split()
        self.names[name.lower()] = actor
        if len(parts) > 1:
            self.names[parts[-1].lower()] = actor
            self.names[name.split()[-1].lower()] = actor
        if family_first(name):  # "Moon Jae-in" is "Moon" later
            self.names[name.split()[0].lower()] = actor
        elif len(parts) > 1:
            first, whole = parts[0].lower(), name.lower()
            if first.isalpha() and parts[0][:1].isupper() and first not in NAME_TITLE_WORDS:
                held = self.given.get(first, ())
                if held == ():
                    self.given[first] = (whole, actor)
                elif held is not None and held[0] == whole:
                    self.given[first] = (whole, actor)  # the same person, newer role
                else:
                    self.given[first] = None  # two people with that given name: neither

    def person(self, name: str) -> Actor | None:
        name = name.strip().lower()
        if not name:
            return None
        if len(name.split()) > 4:
            return self.names.get(name)  # a long run of names ("Tags Donald Trump ...") is no one
        found = self.names.get(name) or self.names.get(name.split()[-1])
        if found is None and len(name.split()) == 1:
            # "Hamzah said" after "opposition leader Hamzah Rashid": the given name of one
            # person named in full before, when no one's surname is that word
            held = self.given.get(name)
            found = held[1] if held else None
        return found

    def recent(self, within: int) -> Iterator[Actor]:
        """The actors named in the current sentence and the `within` sentences before it,
        the latest first (`within=0`: this sentence only). `seen` is in sentence order
        (actors are remembered as their sentence is read; `sentence` only grows), so the
        walk stops at the first actor older than that."""
        for a in reversed(self.seen):
            if self.sentence - self.sentence_index(a) > within:
                return
            yield a

    def last(self, pred, skip: set[int] | None = None, within: int | None = None) -> Actor | None:
        actors = reversed(self.seen) if within is None else self.recent(within)
        return next((a for a in actors if (skip is None or a.start not in skip) and pred(a)), None)


# Chinese family names, written first ("Wang Yi" is "Wang" later); data/word_classes.yaml
FAMILY_FIRST_SURNAMES = word_class("family_first_surnames")
# words that begin a title before a name ("Sheikh", "President"): never a given name
NAME_TITLE_WORDS = word_class("name_title_words")


def family_first(name: str) -> bool:
    """A Korean-style name, the family name first and a hyphenated given name after it
    ("Moon Jae-in", "Kang Kyung-wha", "Ban Ki-moon"), or a two-word Chinese name whose first
    word is a Chinese family name ("Wang Yi", "Li Qiang", "Xi Jinping")."""
    words = name.split()
    return (
        len(words) == 2
        and words[0][:1].isupper()
        and (
            re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]) is not None
            or (
                words[0].lower() in FAMILY_FIRST_SURNAMES
                and re.fullmatch(r"[A-Z][a-z]+", words[1]) is not None
            )
        )
    )


def family_name(name: str) -> str:
    """The word a later mention uses for the person: the surname, or a Korean-style name's
    first word."""
    return name.split()[0] if family_first(name) else name.split()[-1]
