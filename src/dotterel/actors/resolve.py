"""Mentions -> actors: who a noun phrase, name or pronoun stands for on the article's date.

Order of evidence for a phrase headed by a token:
1. the knowledge base (a country, region, capital, seat of power, organisation, a dated
   person, or an entry of a PETRARCH dictionary given on the command line). People who
   share an alias ("Assad", "Kabila") are told apart by the article's date;
2. what the text itself says around a name: titles and nationality ("Nigerian President
   X"), possessives ("Hungary's foreign minister, X", "Turkey's X"), appositions ("X,
   Iran's president"), membership ("X of the opposition Labour Party"), "of" phrases
   ("the government of Iran"), sector nouns ("Russian troops");
3. what was learnt earlier in the same document: a role given once is reused for the
   surname later; a definite description ("the Russian leader", "the U.S. president",
   "the top national security aide") is the person named before who fits it;
4. pronouns (he/she/they/it/its) to the nearest compatible actor, preferring the subject of
   the current or previous sentence, and plurals that mean several actors ("the two
   leaders", "both sides", "they" after "X and Y").

Metonyms: a capital or seat of power used as an actor is the government ("repairing ties
between Washington and Moscow" -> USAGOV, RUSGOV; "the Kremlin said" -> RUSGOV); a capital
after a locative preposition ("talks in Moscow") is a place and names only the country.

Every Actor carries `why`: how it was found (`kb:person:president`, `text:person:...`,
`coref:person:description`, ...); `dotterel actors` prints it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..model import Actor
from ..words import sector_class, word_class
from .kb import Entity, KnowledgeBase, Match

NAME_DEPS = {
    "compound",
    "amod",
    "poss",
    "nmod",
    "det",
    "nummod",
    "case",
    "punct",
    "quantmod",
    "advmod",
}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
FEMININE = {"she", "her", "hers", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
REPORTING_LEMMAS = word_class("statement_verbs")  # data/word_classes.yaml
SAY_VERBS = word_class("quote_verbs")  # data/word_classes.yaml
COUNTRY_NOUNS = word_class("country_nouns")  # data/word_classes.yaml
TERRITORY_NOUNS = word_class("territory_nouns")  # "the island's government" (Taiwan)
PAIR_NOUNS = word_class("pair_nouns")
PAIR_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4}
PERSON_PAIR_NOUNS = word_class("pair_person_nouns")
LEADER_NOUNS = {"leader", "president", "premier", "head", "chief", "ruler", "strongman"}
# role nouns a definite description can use for a person named before ("the Russian
# leader", "the top national security aide", "the secretary-general")
DESCRIPTION_NOUNS = LEADER_NOUNS | {
    "minister", "secretary", "chancellor", "aide", "adviser", "advisor", "envoy", "diplomat",
    "spokesman", "spokeswoman", "spokesperson", "general", "commander", "ambassador",
    "secretary-general", "king", "queen", "emir", "monarch", "prince", "sultan", "prosecutor",
    "judge", "mayor", "governor", "senator", "lawmaker", "chairman", "chairwoman", "director",
    "incumbent", "candidate", "nominee", "politician", "statesman", "dictator", "autocrat",
}  # fmt: skip
ORG_WORDS = {"company", "group", "bank", "corp", "corporation", "inc", "ltd", "airlines",
             "airways", "party", "front", "army", "council", "ministry", "agency", "university",
             "institute", "foundation", "news", "times", "post", "oil", "gas", "energy",
             "holding", "holdings", "motors", "telecom", "media", "tv", "radio", "neft", "fund",
             "club", "league", "union", "association", "committee", "court", "police",
             "confederation", "federation", "congress", "assembly", "alliance", "movement",
             "organisation", "organization", "commission", "authority", "office", "department",
             "service", "forces", "command", "coalition", "syndicate", "brigade", "brigades",
             "battalion", "centre", "center", "network", "society"}  # fmt: skip
# "it is unclear whether ...", "it was not clear", "it is time": no referent
EXPLETIVE_WORDS = {"true", "false", "clear", "unclear", "likely", "unlikely", "possible", "impossible",
                   "important", "necessary", "difficult", "hard", "easy", "time", "obvious", "certain",
                   "uncertain", "known", "unknown", "understood", "expected", "feared", "believed",
                   "said", "reported", "thought", "estimated", "worth", "essential", "crucial",
                   "vital", "imperative", "urgent", "wrong", "right", "up"}  # fmt: skip
CURRENCY_WORDS = {"dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble", "rupee", "$", "cent"}
# singular nouns for one person: such a phrase is "he" or "she", never "it"
PERSON_ROLE_NOUNS = DESCRIPTION_NOUNS | {
    "official", "spokesman", "spokeswoman", "officer", "soldier", "activist", "journalist",
    "reporter", "militant", "man", "woman", "lawyer", "source", "negotiator", "mediator",
}  # fmt: skip
# adjectives that say nothing about which person is meant
NEUTRAL_ADJ = {"top", "senior", "veteran", "new", "outgoing", "incoming", "embattled",
               "current", "powerful", "influential", "elderly", "young", "longtime",
               "long-time", "then", "beleaguered", "controversial", "populist", "nationalist",
               "conservative", "liberal", "hardline", "moderate", "defiant", "visiting",
               "chief", "main", "leading", "former", "ex"}  # fmt: skip
# "Israel's militia ally", "Iran's proxies": forces of someone else than the named country
ALLY_NOUNS = {"ally", "allies", "proxy", "proxies", "surrogate", "surrogates", "client", "clients"}
QUANTITY_NOUNS = word_class("quantity_nouns")  # data/word_classes.yaml
MINISTRY_NOUNS = {"ministry", "department", "secretariat", "office"}
COLLECTIVE_NOUNS = {"group", "team", "delegation", "contingent", "unit"}
NUMERIC_QUANTITIES = word_class("numeric_quantities")
NAME_HEADS = word_class("name_heads")  # data/word_classes.yaml
MODIFIER_NAME_HEADS = word_class("modifier_name_heads")
NAME_GLUE = {
    "of",
    "for",
    "the",
    "and",
    "&",
    "a",
    "in",
    "to",
    "de",
    "du",
    "des",
    "la",
    "le",
    "'s",
    "-",
}
# "(D-N.Y.)", "(R-S.C.)", "(I-Vt.)" right after a name: a US lawmaker's party and state
_US_PARTY_STATE = re.compile(r"\s*\((?:D|R|I)-[A-Z][A-Za-z.]{0,7}\)")
ORG_ANAPHORS = {"bloc", "alliance", "organisation", "organization", "group", "movement",
                "militia", "union", "agency", "body", "council", "court",
                "party", "faction", "network", "mission", "coalition", "fund", "bank"}  # fmt: skip
# anaphors that refer back only to an organisation whose name has the word ("the Fund"
# after the International Monetary Fund, "the Bank" after the World Bank): "the fund" alone
# is as often an investment fund; "the court" after "Thailand's Constitutional Court" is that
# court (a national court is no organisation), not the last international body named
NAMED_ONLY_ANAPHORS = {"fund", "bank", "court"}
# what "the group", "the party" ... can refer back to (other anaphors: any organisation)
# (tried in order: "the group" is an armed or political group before it is an NGO)
_NON_STATE_GROUPS = {"REB", "IMG", "UAF", "OPP", "PTY", "CRM", "RAD", "SEP"}
_NON_STATE = [_NON_STATE_GROUPS, {"NGO", "HRI"}]
GROUP_SECTORS = {"group": _NON_STATE, "faction": _NON_STATE, "movement": _NON_STATE,
                 "militia": [{"REB", "IMG", "UAF", "MIL"}], "network": _NON_STATE,
                 "party": [{"PTY", "OPP"}], "bloc": [{"IGO"}], "alliance": [{"IGO", "MIL", "PTY"}],
                 "court": [{"JUD", "IGO"}], "mission": [{"IGO", "MIL"}],
                 "coalition": [{"MIL", "IGO"}, {"OPP", "PTY"}]}  # fmt: skip
# "Rainsy's deputy", "Maduro's representatives": people acting for the person named, in
# that person's sector (an opposition leader's deputy is OPP, not LEG)
ASSOCIATE_NOUNS = {"deputy", "aide", "spokesman", "spokeswoman", "spokesperson", "adviser",
                   "advisor", "representative", "envoy", "emissary", "loyalist", "lieutenant",
                   "confidant", "negotiator", "delegation", "delegate", "camp", "ally",
                   "coordinator", "staffer", "campaigner"}  # fmt: skip
# the sides whose supporters are of that side ("supporters of the opposition"); other
# backers are the public (CVL) (resolve._supporters_of_body)
SUPPORTER_SIDES = {"OPP", "REB", "PTY", "LAB", "EDU", "AGR", "REL", "RAD"}
# words that name a body in an organisation's own name besides ORG_WORDS
ORG_BODY_WORDS = {"confederation", "federation", "movement", "coalition", "alliance", "congress",
                  "organisation", "organization", "assembly", "syndicate", "collective", "forces"}  # fmt: skip
ORG_NAME_WORDS = ORG_WORDS | ORG_BODY_WORDS
# a person's followers (_supporters): his party's base, or the public
SUPPORTER_NOUNS = {"supporter", "follower", "sympathiser", "sympathizer", "partisan", "devotee"}
SPOKES_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "mouthpiece"}
# verbs whose object is someone, not something: an object "it" after them is a body named
# before, subject or not ("accused the party ... and said it would ban it")
ACTOR_OBJECT_VERBS = word_class("actor_object_verbs")  # data/word_classes.yaml
# the people of a body that "its" stands for: a party's, group's or union's, not a state's
# ("its leader was arrested"; a state's "its president" is not one of these)
BODY_LEADER_NOUNS = {"leader", "leadership", "chairman", "chairwoman", "chairperson", "founder",
                     "member", "members", "supporter", "supporters", "activist", "activists",
                     "candidate", "candidates", "spokesman", "spokeswoman", "spokesperson"}  # fmt: skip
# bodies named by a plural noun without -s ("the police said they"), never "it"
PLURAL_BODIES = {"police", "personnel", "people"}
# sectors of people, not of bodies: "it" never stands for them
PEOPLE_SECTORS = {"CVL", "REF", "IMG", "ELI"}
# people who belong to a body: "leaders of the opposition coalition" are OPP
MEMBER_NOUNS = {"leader", "head", "chief", "official", "member", "representative", "delegate"}
# titles that say only that a person speaks or acts for a body: the body's sector named with
# them is the person's ("police spokesman X" is COP, "union official X" LAB, "opposition
# deputy X" OPP), not the title's own GOV or LEG added to it
REPRESENTATIVE_TITLES = SPOKES_NOUNS | MEMBER_NOUNS | {"secretary general", "secretary-general",
                                                      "deputy", "spokesmen", "officials"}  # fmt: skip
# people of a body who are not its representatives by title but are its own: "its executives"
BODY_PEOPLE_NOUNS = {"executive", "officer", "cadre", "activist"}
# bare followers: of the party told of just before (a person's: SUPPORTER_NOUNS, _supporters)
FOLLOWER_NOUNS = {"supporter", "follower"}
# members of a force named without the force: the police or army told of just before
FORCE_MEMBER_NOUNS = {"officer", "officers"}
# ranks before another title ("Deputy government spokesman X"): the later title says what
# the person is
RANK_TITLES = {"deputy", "vice", "assistant", "acting"}
# sectors of people and bodies of a country's own civic life (unions, opposition, students,
# parties): with no nationality in the phrase, in a story clearly about one country, they are
# of that country ("a regional union official", "other opposition leaders")
CIVIC_SECTORS = sector_class("civic_sectors")  # data/word_classes.yaml
# sectors whose offices the people files date precisely: a title from the text does not
# override them ("President X" of a former president is still ELI); other roles are dated
# loosely (opposition leaders, rebel chiefs), so "opposition leader X" is believed
OFFICE_SECTORS = sector_class("public_office_sectors")  # data/word_classes.yaml
# modifiers that make a former office holder only when nothing else says what the person is:
# "exiled opposition leader X" is OPP, "exiled leader X" of no known role is ELI
WEAK_FORMER = {"exiled", "self-exiled"}
# verbs by which news media report a story: such a medium is no antecedent of "it"/"they"
REPORT_VERBS = word_class("media_report_verbs")
# nouns of armed violence whose national modifier is the armed forces: "Indian fire",
# "Russian shelling", "Israeli air strikes" (INDMIL, RUSMIL, ISRMIL)
ATTACK_NOUNS = word_class("attack_nouns")  # data/word_classes.yaml
# meetings and accords named after the city where they are held: "the Pretoria talks"
CITY_NAMED_ACCORDS = word_class("city_named_accords")
CITY_NOUNS = {"capital", "city", "town", "outskirts", "suburb", "centre", "center", "streets"}
# words for a crowd: "the crowd" is the protesters named just before
CROWD_NOUNS = word_class("crowd_nouns")  # data/word_classes.yaml
JIHADIST_NOUNS = {"jihadist", "jihadi", "extremist", "terrorist", "islamist"}
# ("the militants", "the fighters" are left to the events: too often the other side, as
# "the SDF advanced against the militants")
INSURGENT_NOUNS = {"rebel", "insurgent", "guerrilla", "paramilitary"}
# the sectors of armed men ("Kurdish fighters", "Baloch militants")
ARMED_MEN_SECTORS = sector_class("armed_men_sectors")
# a capital after these is where something happens, not who does it ("talks in Moscow")
CAPITAL_PLACE_PREPS = word_class("capital_place_preps")


@dataclass
class Memory:
    """What one document has said so far: actors in order, and roles learnt for names."""

    seen: list[Actor] = field(default_factory=list)
    names: dict[str, Actor] = field(default_factory=dict)
    dateline_country: str | None = None
    # keyed by id() with the actor kept in the value, so an id is never reused while listed
    subjects: dict[int, Actor] = field(default_factory=dict)  # actors that were clause subjects
    # subjects by how deep their clause is (0: the main clause): id -> (depth, actor)
    subject_depth: dict[int, tuple[int, Actor]] = field(default_factory=dict)
    sentence_of: dict[int, tuple[int, Actor]] = field(default_factory=dict)
    sentence: int = 0
    country_counts: dict[str, float] = field(default_factory=dict)
    groups: list[tuple[int, list[Actor]]] = field(default_factory=list)  # coordinated subjects
    live_group: tuple[int, list[Actor]] | None = None  # the subjects of the sentence being read
    gender: dict[str, str] = field(default_factory=dict)  # name -> "m"/"f" once a pronoun showed it
    reporters: dict[int, Actor] = field(default_factory=dict)  # media named as the story's source
    paragraphs: list = field(
        default_factory=list
    )  # SentenceActors of the paragraphs read, in order

    def remember(self, actor: Actor, subject: bool = False, depth: int = 0) -> None:
        self.seen.append(actor)
        self.sentence_of[id(actor)] = (self.sentence, actor)
        if subject:
            self.subjects[id(actor)] = actor
            self.subject_depth[id(actor)] = (depth, actor)
        if actor.country and not actor.why.startswith("coref"):
            self.country_counts[actor.country] = self.country_counts.get(actor.country, 0) + 1
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

    def recent_group(self) -> list[Actor] | None:
        """The last coordinated subject: of this sentence so far, else the previous one."""
        if self.live_group and len(self.live_group[1]) > 1 and self.live_group[0] == self.sentence:
            return self.live_group[1]
        if self.groups and self.sentence - self.groups[-1][0] <= 1:
            return self.groups[-1][1]
        return None

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
        ok = [a for a in reversed(self.seen) if self.sentence - self.sentence_index(a) <= 1
              and (skip is None or a.start not in skip) and pred(a)]  # fmt: skip
        here = [a for a in ok if self.sentence_index(a) == self.sentence]
        if prefer_main:
            best = self._shallowest(here)
            if best is not None:
                return best
        for a in here:
            if id(a) in self.subjects:
                return a
        if here and not subjects_only:
            # "Malaysian authorities detained Mu Sochua before releasing her": a fitting
            # actor of this sentence before the last sentence's subject
            return here[0]
        if prefer_main:
            best = self._shallowest(ok)
            if best is not None:
                return best
        for a in ok:
            if id(a) in self.subjects:
                return a
        return None if subjects_only else self.last(pred, skip)

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

    def person(self, name: str) -> Actor | None:
        name = name.strip().lower()
        if not name:
            return None
        if len(name.split()) > 4:
            return self.names.get(name)  # a long run of names ("Tags Donald Trump ...") is no one
        return self.names.get(name) or self.names.get(name.split()[-1])

    def last(self, pred, skip: set[int] | None = None, within: int | None = None) -> Actor | None:
        for a in reversed(self.seen):
            if within is not None and self.sentence - self.sentence_index(a) > within:
                return None
            if (skip is None or a.start not in skip) and pred(a):
                return a
        return None


# what a vehicle does with no object: its subject is a plane or ship, never a state
VEHICLE_VERBS = {"land", "crash", "dock", "capsize", "sink", "taxi", "berth", "moor", "ditch"}


def _vehicle_subject(tok) -> bool:
    """ "after it touched down", "when it landed": the subject of a vehicle's verb."""
    v = tok.head
    if tok.dep_ != "nsubj" or v.pos_ != "VERB" or any(c.dep_ == "dobj" for c in v.children):
        return False
    lem = v.lemma_.lower()
    return lem in VEHICLE_VERBS or (
        lem in ("touch", "take")
        and any(c.dep_ == "prt" and c.lower_ in ("down", "off") for c in v.children)
    )


def family_first(name: str) -> bool:
    """A Korean-style name, the family name first and a hyphenated given name after it
    ("Moon Jae-in", "Kang Kyung-wha", "Ban Ki-moon")."""
    words = name.split()
    return (
        len(words) == 2
        and words[0][:1].isupper()
        and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]) is not None
    )


def family_name(name: str) -> str:
    """The word a later mention uses for the person: the surname, or a Korean-style name's
    first word."""
    return name.split()[0] if family_first(name) else name.split()[-1]


# those who serve a person: "an adviser to X" is of X's side (not "an envoy to X")
ADVISER_NOUNS = {"adviser", "advisor", "aide", "assistant", "counsellor", "counselor", "confidant"}
# a state's representatives: at an international body they are still the state's
ENVOY_NOUNS = {"ambassador", "envoy", "representative", "delegate", "delegation", "diplomat",
               "mission", "negotiator"}  # fmt: skip


def _envoy_at_body(tok, ctx) -> bool:
    """ "Russia's UN ambassador", "the French UN envoy", "Syria's UN envoy Bashar Jaafari": a
    state's diplomat at an international body (named as a plain modifier, not "the bloc's
    envoy", nor coordinated: "the U.S. and EU envoys") is the state's."""
    org, org_tok = ctx["org"], ctx.get("org_tok")
    if org is None or ctx["country"] is None or "IGO" not in org.sector or org_tok is None:
        return False
    if org_tok.dep_ != "compound" or any(
        x.dep_ in ("conj", "cc") for x in (org_tok, *org_tok.children)
    ):
        return False
    if any(
        any(x.dep_ in ("conj", "cc") for x in (t, t.head, *t.children)) for t, _ in ctx["countries"]
    ):
        return False
    return any(t.lemma_.lower() in ENVOY_NOUNS for t in [*tok.subtree, tok.head] if t.i <= tok.i)


def is_person(a: Actor) -> bool:
    return a.why.startswith(
        ("kb:person", "text:person", "memory:person", "coref:person", "dict:person")
    )


def role_of(a: Actor) -> str:
    """The role words an actor was found with ("national security adviser"), if any."""
    for prefix in ("kb:person:", "text:person:", "memory:person:"):
        if a.why.startswith(prefix):
            return a.why[len(prefix) :]
    return ""


def _opposition_first(sectors: list[str], mods: list[str]) -> list[str]:
    """ "opposition officials", "an opposition senator", "opposition lawmakers": the opposition
    is what they are (OPP, as "opposition lawmaker" in sectors.yaml), not the state office."""
    if "OPP" in mods and sectors and sectors[0] in ("GOV", "LEG"):
        return ["OPP"] + [s for s in sectors if s not in ("OPP", "GOV", "LEG")]
    return sectors


def _copy(a: Actor, text: str, start: int, end: int, why: str) -> Actor:
    return Actor(text=text, name=a.name, country=a.country, sector=list(a.sector), org=a.org,
                 kb_id=a.kb_id, code_override=a.code_override, start=start, end=end, why=why)  # fmt: skip


def _is_party(org: Entity) -> bool:
    """A political party (sector PTY only): its members are coded country + role (GBROPP),
    not with the party's own code; armed movements with a party (Hezbollah) keep theirs."""
    return org.sector == ("PTY",) and org.country is not None


def _stem(word: str) -> str:
    """The root of an ethnonym for matching organisation names: "kurdish" -> "kurd"
    (Kurdistan, Kurdish-led), "tigrayan" -> "tigray" (Tigray People's Liberation Front),
    "baloch" -> "baloch" (Balochistan), "tuareg" -> "tuareg"."""
    for suffix in ("ish", "ian", "ese", "an", "i"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word if len(word) >= 4 else ""


def _has_letter(text: str) -> bool:
    return any(c.isalpha() for c in text)


# groups that are from where they are based ("a rebel group based in Sudan")
BASED_GROUPS = {"group", "organisation", "organization", "movement", "network", "cell", "faction", "charity",
                "company", "firm", "militia", "outfit", "ngo", "foundation", "organisations", "groups"}  # fmt: skip


class SentenceActors:
    """Resolves phrases of one parsed paragraph; used sentence by sentence, in order."""

    def __init__(
        self, kb: KnowledgeBase, doc, day: dt.date | None, memory: Memory, offset: int = 0
    ):
        self.kb = kb
        self.doc = doc
        self.day = day
        self.memory = memory
        self.offset = offset  # where the paragraph starts in the article's clean text
        memory.paragraphs.append(self)  # places named in earlier paragraphs (ground/places.py)
        self.matches: list[Match] = [m for m in kb.match(doc) if not kb.out_of_date(m.term, day)]
        self.match_at: dict[int, Match] = {}
        for m in self.matches:
            for i in range(m.start, m.end):
                self.match_at[i] = m
        self._cache: dict[int, list[Actor]] = {}
        self._folded: dict[int, tuple[int, list]] = {}
        self._sentence_countries: list[str | None] = []

    # -- public ---------------------------------------------------------------------------
    def actors_for(self, tok, conjuncts: bool = True, as_agent: bool = False) -> list[Actor]:
        """The actor(s) a phrase headed by `tok` names, with its coordinated phrases.
        `as_agent`: a modifier that names the doer of a nominal event ("Israeli strikes")."""
        heads = [tok] + (list(tok.conjuncts) if conjuncts else [])
        if conjuncts:
            heads[1:1] = self._folded_names(tok)[
                1
            ]  # "Donald Trump and Vladimir Putin" folded into one
        out: list[Actor] = []
        for h in heads:
            found = self._resolve(h)
            if (
                not found
                and as_agent
                and h.dep_ in ("amod", "compound", "nmod", "npadvmod", "poss")
            ):
                found = self._modifier_actor(h)
            for a in found:
                if a.code and all(a.key() != b.key() for b in out):
                    out.append(a)
        return out

    def sentence_mentions(self, sent) -> list[Actor]:
        """Every actor named in a sentence (for the article record and `dotterel actors`);
        also feeds the document memory so later sentences can refer back."""
        found: list[Actor] = []
        covered: set[int] = set()
        subject_group: list[Actor] = []  # every subject of the sentence
        coordinated: dict[
            int, list[Actor]
        ] = {}  # subjects by coordination ("Latvia and Lithuania")
        self._sentence_countries = [  # for unknown officials without a nationality
            m.term.entity.country for m in self.matches
            if sent.start <= m.start < sent.end and (m.term.entity.kind == "country" or (
                m.term.entity.kind == "org" and m.term.entity.country))  # a national body: "UNITA"
        ]  # fmt: skip
        for tok in sent:
            if tok.i in covered:
                continue
            if self._is_phrase_head(tok):
                got = [
                    a for t in self._folded_names(tok)[1] for a in self._resolve(t)
                ] + self._resolve(tok)
            elif self._is_modifier_mention(tok):
                got = self._modifier_actor(tok, mention=True)
            elif tok.dep_ == "poss" and tok.pos_ == "PROPN" and self._ends_person_name(tok):
                # "Machado's campaign coordinators", "Rainsy's deputy": the person is named too
                # (a later "her" may be her)
                got = [a for a in self._resolve(tok) if is_person(a)]
            else:
                continue
            subject = tok.dep_ in ("nsubj", "nsubjpass") or (
                tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass")
            )
            reporting = self._reporting(tok)
            depth = 0  # how many clauses down the subject's verb is from the sentence's root
            if subject:
                verb = tok
                while verb.dep_ == "conj":
                    verb = verb.head
                verb = verb.head
                for _ in range(12):
                    if verb.dep_ == "ROOT" or verb.head.i == verb.i:
                        break
                    if verb.dep_ != "conj" and verb.pos_ in ("VERB", "AUX"):
                        depth += 1
                    verb = verb.head
            for a in got:
                if not a.code:
                    continue
                found.append(a)
                self.memory.remember(a, subject, depth)  # at once: a later pronoun may refer to it
                if reporting and "MED" in a.sector:
                    self.memory.reporters[id(a)] = a
                if subject and not a.why.startswith("coref"):
                    subject_group.append(a)
                    root = tok
                    while root.dep_ == "conj":
                        root = root.head
                    coordinated.setdefault(root.i, []).append(a)
                    self.memory.live_group = (self.memory.sentence, coordinated[root.i])
                span = self.doc.char_span(a.start - self.offset, a.end - self.offset,
                                          alignment_mode="expand")  # fmt: skip
                covered.update(t.i for t in span or [])
                if is_person(a):  # "Sheikh Hamad bin Khalifa al-Thani" is one mention
                    for ent in self.doc.ents:
                        if (
                            ent.label_ == "PERSON"
                            and span is not None
                            and ent.start < span.end
                            and span.start < ent.end
                        ):
                            covered.update(range(ent.start, ent.end))

        # a role noun inside a longer name is no mention of its own ("State" in "Secretary
        # of State Mike Pompeo", "Department" in "State Department spokesman X")
        def inside(a: Actor, b: Actor) -> bool:
            return (
                b is not a
                and b.start <= a.start
                and a.end <= b.end
                and (b.start, b.end) != (a.start, a.end)
                and not b.why.startswith("coref")
            )

        nested = [a for a in found if not a.why.startswith("coref") and (
            (a.why.startswith("text:sector") and any(inside(a, b) for b in found))
            or any(inside(a, b) and b.code == a.code and not (is_person(a) and b.name != a.name)
                   for b in found)  # "IS" in "IS fighters"; not "Rainsy" in "Rainsy's deputy, X"
            or (a.why in ("kb:country:adjective", "kb:country:name")  # "U.S." in "the U.S. and EU envoys"
                and any(inside(a, b) and b.country == a.country for b in found)))]  # fmt: skip
        if nested:
            drop = {id(a) for a in nested}
            found = [a for a in found if id(a) not in drop]
            self.memory.seen = [a for a in self.memory.seen if id(a) not in drop]
            for a in nested:
                self.memory.forget(a)
            subject_group = [a for a in subject_group if id(a) not in drop]
            coordinated = {k: [a for a in g if id(a) not in drop] for k, g in coordinated.items()}
        # "Latvia and Lithuania voiced support, and Latvia's ministry said ...": "they" and "the
        # two neighbours" are the coordinated pair; else all the sentence's subjects
        pairs = [g for g in coordinated.values() if len(g) > 1]
        self.memory.remember_group(pairs[-1] if pairs else subject_group)
        self.memory.sentence += 1
        return found

    def _folded_names(self, tok) -> tuple[int, list]:
        """People coordinated with a name that the parser folded into its phrase: in "U.S.
        President Donald Trump and Russian President Vladimir Putin held talks" the small
        model makes everything up to "Russian President" modifiers of "Putin". Returns the
        index of the last "and" inside the phrase and the last tokens of the names before it
        ([Trump]); (-1, []) when the phrase holds no such name."""
        got = self._folded.get(tok.i)
        if got is not None:
            return got
        got = (-1, [])
        if tok.pos_ == "PROPN" and self._ends_person_name(tok):
            region = sorted({t.i for c in tok.children if c.i < tok.i and c.dep_ in NAME_DEPS
                             for t in c.subtree if t.i < tok.i})  # fmt: skip
            ccs = [
                i for i in region if self.doc[i].dep_ == "cc" and self.doc[i].lower_ in ("and", "&")
            ]
            if ccs:
                cut = max(ccs)
                ends = [self.doc[i] for i in region if i < cut and (i + 1 == cut or self.doc[i + 1].text == ",")
                        and self._ends_person_name(self.doc[i])]  # fmt: skip
                if ends:
                    got = (cut, ends)
        self._folded[tok.i] = got
        return got

    def _ends_person_name(self, t) -> bool:
        """`t` is the last word of a person's name (a people-file alias or a PERSON entity)."""
        m = self.match_at.get(t.i)
        if m is not None:
            return m.end - 1 == t.i and m.term.entity.kind == "person"
        return t.ent_type_ == "PERSON" and (
            t.i + 1 == len(self.doc) or self.doc[t.i + 1].ent_iob_ != "I"
        )

    @staticmethod
    def _reporting(tok) -> bool:
        """`tok` names the source of the story: "Reuters reported", "X told Reuters",
        "according to the AP", "(Reuters)"."""
        h = tok
        while h.dep_ == "conj":
            h = h.head
        if h.dep_ in ("nsubj", "nsubjpass") and h.head.lemma_.lower() in REPORT_VERBS:
            return True
        if h.dep_ in ("dobj", "dative", "obj", "iobj") and h.head.lemma_.lower() == "tell":
            return True
        if h.dep_ == "pobj" and h.head.lower_ == "to" and h.head.head.lower_ == "according":
            return True
        if (
            h.dep_ == "pobj"
            and h.head.lower_ in ("to", "by")
            and h.head.head.lemma_.lower() in ("tell", "report", "say")
        ):
            return True
        i = h.i
        return 0 < i < len(h.doc) - 1 and h.doc[i - 1].text == "(" and h.doc[i + 1].text == ")"

    # -- modifiers that name an actor: "Israeli strikes", "Haiti's efforts" --------------------
    def _is_modifier_mention(self, tok) -> bool:
        """A country, region or organisation used as a modifier of a phrase that is not an
        actor itself ("an Indian proposal", "Sweden's decision", "NATO's summit")."""
        if tok.dep_ not in ("amod", "compound", "poss", "nmod") or not _has_letter(tok.text):
            return False
        m = self.match_at.get(tok.i)
        if (
            m is None
            or m.end - 1 != tok.i
            or m.term.entity.kind not in ("country", "org", "region", "petrarch")
        ):
            return False
        head = tok.head
        if head.lemma_.lower() in CURRENCY_WORDS or self._before_money(m):
            return False  # "US dollars", "US $50 million"
        if head.i in self.match_at or self._sector_noun(head) or head.ent_type_ == "PERSON":
            return False  # the head phrase is the actor ("Russian troops", "Iran's Zarif")
        return not self._resolve(head)  # "an Indian proposal", but not "Turkey's Kurdish ally"

    def _modifier_actor(self, tok, mention: bool = False) -> list[Actor]:
        m = self.match_at.get(tok.i)
        if m is None or m.term.entity.kind not in ("country", "org", "region", "petrarch"):
            return []
        ent = m.term.entity
        span = self.doc[m.start : m.end]
        s, e = span.start_char + self.offset, span.end_char + self.offset
        why = f"kb:{ent.kind}:modifier"
        if ent.kind == "region":
            if not ent.code:
                return []
            return [Actor(text=span.text, name=ent.name, code_override=ent.code, kb_id=ent.id,
                          start=s, end=e, why=why)]  # fmt: skip
        if ent.kind == "petrarch":
            a = self._dict_actor(tok, m, None)
            return [a] if a else []
        sector = list(ent.sector) if ent.kind == "org" else list(m.term.sector)
        if ent.kind == "country" and m.term.function == "capital":
            if tok.dep_ != "poss" and tok.head.lemma_.lower() in CITY_NAMED_ACCORDS:
                # "the Pretoria talks", "the Minsk agreements": where, not who
                return [Actor(text=span.text, name=ent.name, country=ent.country, kb_id=ent.id,
                              start=s, end=e, why="kb:country:capital as a place")]  # fmt: skip
            sector = ["GOV"]  # "Riyadh's new friendship with Tehran": the government
        if (
            ent.kind == "country"
            and not sector
            and tok.dep_ in ("amod", "compound", "nmod")
            and (
                tok.head.lemma_.lower() in ATTACK_NOUNS
                or (
                    tok.head.lemma_.lower() == "strike"
                    and any(c.lower_ in ("air", "drone", "missile") for c in tok.head.children)
                )
            )
        ):
            sector = ["MIL"]  # "unprovoked Indian fire", "Russian shelling", "Israeli air strikes"
        return [Actor(text=span.text, name=ent.name, country=ent.country, sector=sector,
                      org=ent.org, kb_id=ent.id, code_override=ent.code if ent.kind == "org" else None,
                      start=s, end=e, why=why)]  # fmt: skip

    def _looks_like_person_name(self, tok) -> bool:
        """ "Mehmet Yildirimoglu" (tagged ORG by the small model) but not "Gazprom Neft":
        two or three capitalised words, none of them an organisation word."""
        words = self._name_of(tok).split()
        return (
            2 <= len(words) <= 3
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and not ({w.lower() for w in words} & ORG_WORDS)
        )

    def _before_money(self, m: Match) -> bool:
        nxt = self.doc[m.end] if m.end < len(self.doc) else None
        return nxt is not None and (nxt.text in ("$", "dollars", "dollar") or nxt.ent_type_ == "MONEY"
                                    and nxt.pos_ == "SYM")  # fmt: skip

    # -- phrase heads ---------------------------------------------------------------------
    def _is_phrase_head(self, tok) -> bool:
        m = self.match_at.get(tok.i)
        if (m is not None and m.end - 1 == tok.i and any(m.term.strict)
                and tok.pos_ in ("PRON", "AUX", "VERB", "DET", "ADP", "SCONJ")):  # fmt: skip
            return (
                True  # "the WHO", "IS fighters": a capitalised acronym the parser took for a word
            )
        if tok.pos_ == "PRON":
            return tok.lower_ in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ") or not _has_letter(tok.text):
            return False
        if tok.dep_ in ("compound",) and tok.head.pos_ in ("NOUN", "PROPN"):
            # "Russian President Putin": the head (Putin) speaks for the phrase, unless the
            # compound is a name of its own that the head does not continue
            m = self.match_at.get(tok.i)
            return bool(
                m
                and m.end - 1 == tok.i
                and tok.head.i not in self.match_at
                and m.term.entity.kind in ("person",)
                and not self._sector_noun(tok.head)
                and tok.head.ent_type_ != "PERSON"
            )
        if tok.dep_ == "amod":
            return False  # an adjective is a mention only as a modifier (see above)
        if tok.dep_ == "poss":
            return False  # "Iran's minister": the head speaks; see _is_modifier_mention
        if tok.dep_ == "appos" and any(is_person(a) for a in self._resolve(tok.head)):
            return False  # "X, Hungary's foreign minister,": part of X's mention
        return True

    def _resolve(self, tok) -> list[Actor]:
        if tok.i in self._cache:
            return self._cache[tok.i]
        self._cache[tok.i] = []  # guard against cycles
        got = self._resolve_uncached(tok)
        self._cache[tok.i] = got
        return got

    def _resolve_uncached(self, tok) -> list[Actor]:
        m = self.match_at.get(tok.i)
        if m is not None and self._before_money(m):
            return []  # "US $50 million"
        if m is not None and any(m.term.strict) and m.term.function != "sector":
            actor = self._from_entity(tok, m, self._context(tok))  # "WHO", "US": not pronouns
            return [actor] if actor else []
        if m is None and tok.pos_ in ("NOUN", "PROPN") and tok.text[:1].isupper():
            known = self.memory.names.get(tok.lower_)
            if known is not None and tok.text in (known.name.split()[-1], family_name(known.name)):
                # a surname learnt in this document, even where the parser missed the name
                ctx = self._context(tok)
                return [self._actor(tok, ctx, name=known.name, country=known.country,
                                    sector=list(known.sector), org=known.org, kb_id=known.kb_id,
                                    code_override=known.code_override,
                                    why=f"memory:person:{role_of(known)}".rstrip(":"))]  # fmt: skip
        if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$"):
            return self._pronoun(tok)
        if not _has_letter(tok.text):
            return []
        if m is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in SUPPORTER_NOUNS:
            got = self._supporters(tok, self._context(tok))
            if got:
                return got
        if tok.lower_ in QUANTITY_NOUNS or tok.lemma_.lower() in QUANTITY_NOUNS or tok.like_num:
            # "thousands of protesters", "members of the opposition", "two of the soldiers"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            got = self._resolve(g)
                            for (
                                cj
                            ) in g.conjuncts:  # "scores of Sierra Leonean and Liberian refugees"
                                got += [
                                    a
                                    for a in self._resolve(cj)
                                    if all(a.key() != b.key() for b in got)
                                ]
                            mod = next((c for c in tok.children if c.dep_ in ("amod", "compound")
                                        and self.kb.modifiers.get(c.lower_, "ELI") != "ELI"), None)  # fmt: skip
                            if got and mod is not None and not any(is_person(a) for a in got):
                                # "opposition members of parliament" are OPP (CODING.md), not LEG
                                span = self.doc[mod.i : g.i + 1]
                                got = [Actor(text=span.text, name=span.text, country=a.country,
                                             sector=[self.kb.modifiers[mod.lower_]], start=span.start_char + self.offset,
                                             end=span.end_char + self.offset, why=f"{a.why}:{mod.lower_}")
                                       for a in got]  # fmt: skip
                            if got:
                                return got
            if tok.like_num or tok.lemma_.lower() in NUMERIC_QUANTITIES:
                return []
            if tok.lemma_.lower() in COLLECTIVE_NOUNS:
                # "a negotiating team from the union", "a delegation from Kenya": who sent it;
                # "activist groups", "the union negotiating team": the role noun before it
                frm = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                       for g in c.children if g.dep_ == "pobj"]  # fmt: skip
                mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i
                        and c.pos_ == "NOUN" and self._sector_noun(c)]  # fmt: skip
                for t in frm:
                    got = [a for a in self._resolve(t) if not is_person(a)]
                    if got:
                        return got
                if mods:
                    return self._sector_phrase(tok, self._sector_noun(mods[-1]), self._context(tok))
            if tok.lemma_.lower() == "member":
                ctx = self._context(tok)
                if ctx["org"] is not None:  # "other NATO members", "EU members": the organisation
                    o = ctx["org"]
                    return [self._actor(tok, ctx, name=o.name, country=o.country, sector=list(o.sector),
                                        org=o.org, kb_id=o.id, code_override=o.code, why="kb:org:member")]  # fmt: skip
        ctx = self._context(tok)
        m = self.match_at.get(tok.i)
        if m is not None and self._before_money(m):
            return []
        if m is not None and m.term.function not in ("sector",):
            actor = self._from_entity(tok, m, ctx)
            return [actor] if actor else []
        sector = self._sector_noun(tok)
        if sector:
            named = self._proper_named_body(tok, ctx)
            if named is not None:
                return named
        if (
            not sector
            and tok.lemma_.lower() in MINISTRY_NOUNS
            and (m is None or m.term.function == "sector")
        ):
            # "the Honduran Ministry of Defence", "Kenya's Ministry of Foreign Affairs": the
            # ministry is of the portfolio its "of" phrase names (the phrase's sector is
            # found at its last word, the ministry is the clause's head)
            portfolio = m.term.sector[0] if m is not None and m.start == tok.i and m.term.sector else next(
                (self._sector_noun(g) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and self._sector_noun(g)), None)  # fmt: skip
            if portfolio:
                return self._sector_phrase(tok, portfolio, ctx)
        if m is None and not sector and tok.lemma_.lower() == "side":
            got = self._all_sides(tok, ctx)
            if got:
                return got
        if m is None and not sector and tok.lemma_.lower() in FOLLOWER_NOUNS:
            got = self._followers(tok, ctx)
            if got:
                return got
        if (
            m is None
            and not sector
            and tok.lemma_.lower() in FORCE_MEMBER_NOUNS
            and not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.children)
        ):
            # "Police fired tear gas ... officers arrested 32 people": bare "officers" are of the
            # police or army told of just before (an officer alone may be either, or neither)
            prev = self.memory.last(lambda a: bool(set(a.sector) & {"COP", "MIL"}) and a.country is not None
                                    and not is_person(a), within=3)  # fmt: skip
            if prev is not None:
                s, e, text = self._span(tok, ctx)
                return [_copy(prev, text, s, e, "coref:force:officers")]
        if m is None and not sector:
            # "both sides", "the bloc", "Maduro's representatives"
            got = (self._pair(tok) or self._org_anaphor(tok, ctx) or self._associates(tok, ctx)
                   or self._country_anaphor(tok, ctx))  # fmt: skip
            if got:
                return got
        if (tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON") and not sector:
            # a role noun in front of a name: "British militant Haroon Aswad" (a person),
            # "British energy firm Centrica" (an organisation the files do not know)
            role = next((c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i
                         and c.pos_ in ("NOUN", "PROPN") and self._sector_noun(c)), None)  # fmt: skip
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.i in self.match_at
                          and self.match_at[c.i].term.entity.kind in ("country", "org")), None)  # fmt: skip
            if (
                tok.ent_type_ == "PERSON"
                or ctx["titles"]
                or self.memory.person(self._name_of(tok))
                or ((role is not None or owner is not None) and tok.ent_type_ == "")
                or (
                    owner is not None
                    and tok.ent_type_ == "ORG"
                    and self._looks_like_person_name(tok)
                )
            ):
                # "Turkey's Mehmet Yildirimoglu" even when the parser missed the PERSON
                if role is not None and not ctx["titles"]:
                    ctx = dict(ctx, titles=[self._sector_noun(role)], title_words=[role.lower_])
                actor = self._unknown_person(tok, ctx)
                return [actor] if actor else []
            if role is not None and tok.ent_type_ in ("ORG", "FAC", "NORP", "PRODUCT"):
                got = self._sector_phrase(tok, self._sector_noun(role), ctx)
                for a in got:
                    a.name = self._name_of(tok)
                    a.why = a.why.replace("text:sector", "text:named")
                return got
        if sector:
            return self._sector_phrase(tok, sector, ctx)
        return []

    def _name_words(self, tok) -> list | None:
        """The other words of the proper name a NAME_HEADS word heads: its capitalised
        modifiers and its capitalised "of"/"for" phrase ("Christian Democratic Union", "Union
        for Progress", "Union of Democratic Forces"); None when it heads no such name (a
        country, organisation or the story's place in it leaves it to the usual rules)."""
        m = self.match_at.get(tok.i)
        if (
            m is None
            or m.start != tok.i
            or tok.lemma_.lower() not in NAME_HEADS
            and tok.lower_ not in NAME_HEADS
            or not tok.text[:1].isupper()
        ):
            return None
        if tok.is_sent_start and tok.pos_ != "PROPN":
            # capitalised only as the sentence's first word: a name only if one follows
            return self._surface_name_tail(tok) or None
        # capitalised modifiers are the name's; "opposition", "banned", "main" describe it
        words = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i
                 and c.text[:1].isupper()]  # fmt: skip
        if tok.lemma_.lower() not in MODIFIER_NAME_HEADS and tok.lower_ not in MODIFIER_NAME_HEADS:
            words = []  # "Brazil's National Congress": a legislature, not a name
        words += [
            t
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("of", "for")
            for t in c.subtree
            if t is not c
        ]
        if not words:
            # "Union for Progress leader Issa Compaore led ...": the parser hung the man on
            # "for"; the name is the capitalised run after "for"/"of" as written
            words = self._surface_name_tail(tok)

        def placed(t) -> bool:
            m = self.match_at.get(t.i)
            return m is not None and m.term.entity.kind in ("country", "org", "region")

        # "the Kenyan Union of Teachers": the country before the name is the phrase's
        words = [t for t in words if not (placed(t) and t.i < tok.i)]
        content = [t for t in words if t.lower_ not in NAME_GLUE and _has_letter(t.text)]
        if not content or not all(t.text[:1].isupper() for t in content):
            # "Union of Democratic Forces leaders met": the "of" phrase runs on past the name
            content = [t for t in self._surface_name_tail(tok) if t.lower_ not in NAME_GLUE]
            if not content:
                return None
        if any(placed(t) for t in content):
            return None  # "the Army of Ukraine": a country's body
        return content

    def _surface_name_tail(self, tok) -> list:
        """The capitalised words after "for"/"of" right after `tok`, as written ("Union for
        Progress leader X": [Progress]); none unless one follows at once."""
        doc = self.doc
        j = tok.i + 1
        if (
            j + 1 >= len(doc)
            or doc[j].lower_ not in ("of", "for")
            or not doc[j + 1].text[:1].isupper()
        ):
            return []
        out = []
        for t in doc[j + 1 : j + 8]:
            if t.text[:1].isupper() and t.ent_type_ != "PERSON":
                out.append(t)
            elif t.lower_ in ("and", "&", "the", "of", "for") and out:
                continue
            else:
                break
        return out

    def _proper_named_body(self, tok, ctx) -> list[Actor] | None:
        """ "The Union for Progress held a rally": a sector word heading an organisation's
        proper name does not tell its kind (NAME_HEADS); a sector word among the name's other
        words does ("the National Union of Teachers"), else an apposed "party"; with neither,
        the body has only the sectors its phrase adds ("opposition") and its country. The
        words of the name ("Forces" in "the Union of Democratic Forces") are no mention."""
        words = self._name_words(tok)
        if words is None:
            return None
        kinds = [
            self._sector_noun(t)
            for t in words
            if self._sector_noun(t)
            and t.lemma_.lower() not in NAME_HEADS
            and t.lower_ not in NAME_HEADS
        ]
        kinds += [
            self._sector_noun(c)
            for c in tok.children
            if c.dep_ in ("appos", "compound") and c.i > tok.i and self._sector_noun(c)
        ]
        sectors = kinds[:1] + [s for s in ctx["mods"] if s not in kinds[:1]]
        country = ctx["country"]
        s, e, _ = self._span(tok, ctx)
        last = max([tok.i] + [t.i for t in words])
        e = self.doc[last].idx + len(self.doc[last].text) + self.offset
        text = self.doc[min(ctx["left"], tok.i) : last + 1].text
        for t in words:
            self._cache[t.i] = []
        if country is None and not sectors:
            return []  # an organisation the files do not know, of no known kind or country
        return [
            Actor(text=text, name=text, country=country, sector=sectors, start=s, end=e,
                  why="text:named organisation")
        ]  # fmt: skip

    # -- evidence around a head -------------------------------------------------------------
    def _context(self, tok) -> dict:
        """Countries, organisations, titles and sector words in the phrase around `tok`."""
        ctx = {"country": None, "org": None, "titles": [], "title_words": [], "mods": [],
               "former": False, "left": tok.i, "right": tok.i, "person": None,
               "country_why": "", "region": None, "dict": None, "words": [], "right_mods": [],
               "countries": [], "then": False, "exiled": False}  # fmt: skip
        left = [c for c in tok.children if c.i < tok.i and c.dep_ in NAME_DEPS]
        region = []
        for c in left:
            if c.pos_ in ("VERB", "AUX") and any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children
            ):
                continue  # a misparsed clause ("Congo's army fought rebels", "fought" an amod)
            region.extend(t for t in c.subtree if t.i < tok.i)
        cut = self._folded_names(tok)[0]
        if cut >= 0:
            region = [t for t in region if t.i > cut]  # "... and Russian President Vladimir Putin"
        # "of" phrases and appositions carry context too
        right = []
        title_ok = {t.i for t in region}  # where a title may stand: not inside "of the president"
        for c in tok.children:
            if (
                c.dep_ == "prep"
                and c.i > tok.i
                and (
                    c.lower_ == "of"
                    or (c.lower_ == "for" and tok.lemma_.lower() in SPOKES_NOUNS)
                    or (c.lower_ == "to" and tok.lemma_.lower() in ADVISER_NOUNS)
                )
            ):  # "a spokesman for X", "a senior adviser to the Iranian supreme leader"
                right.extend(c.subtree)
            elif c.dep_ == "appos":
                right.extend(c.subtree)
                title_ok.update(
                    t.i for t in c.subtree if t.i <= c.i
                )  # "X, Iran's foreign minister"
            elif (
                c.dep_ == "acl"
                and c.lemma_.lower() == "base"
                and c.tag_ == "VBN"
                and tok.lemma_.lower() in BASED_GROUPS
            ):
                # "a terror group based in Trinidad": a group is from where it is based (not
                # troops: "troops based in Germany" are often foreign)
                right.extend(
                    t
                    for g in c.children
                    if g.dep_ == "prep" and g.lower_ == "in"
                    for t in g.subtree
                )
        # "a commander of Russia's militia allies": the allies are not Russia's own forces
        others = {
            x.i
            for a in right
            if a.lemma_.lower() in ALLY_NOUNS
            for c in a.children
            if c.dep_ in ("poss", "amod", "nmod") or c.ent_type_ in ("NORP", "GPE")
            for x in c.subtree
        }
        right = [t for t in right if t.i not in others]
        if tok.dep_ == "appos":
            extra = [
                t for t in tok.head.subtree if t.i < tok.i and t.dep_ in NAME_DEPS | {"compound"}
            ]
            right.extend(extra)
            title_ok.update(t.i for t in extra)
        tokens = sorted(region, key=lambda t: t.i)
        if tokens:
            ctx["left"] = min(t.i for t in tokens)
        i = 0
        pron = None
        scan = tokens + sorted(right, key=lambda t: t.i)
        while i < len(scan):
            t = scan[i]
            got = self.kb.title_at(self.doc, t.i) if t.i in title_ok else None
            if got and t.i != tok.i and not ctx["titles"]:
                # "then-Speaker Nancy Pelosi": the title at the event's time ("then" is often
                # parsed outside the phrase)
                j = t.i - 1 - (t.i > 0 and self.doc[t.i - 1].text == "-")
                ctx["then"] = j >= 0 and self.doc[j].lower_ in ("then", "then-")
            if (
                got
                and t.i != tok.i
                and not (self.match_at.get(t.i) and self.match_at[t.i].term.function != "sector")
            ):
                L, sec = got
                ctx["titles"].append(sec)
                ctx["title_words"].append(" ".join(x.lower_ for x in self.doc[t.i : t.i + L]))
                i += L
                continue
            low = t.lower_
            if (
                t.pos_ in ("ADJ", "NOUN")
                and t.i < tok.i
                and (t.i not in self.match_at or self.match_at[t.i].term.function == "sector")
            ):
                ctx["words"].append(t.lemma_.lower())
            own = self.match_at.get(tok.i)
            if (
                own is not None
                and own.term.function == "sector"
                and own.start <= t.i < own.end
                and low in self.kb.modifiers
                and self.kb.modifiers[low] not in own.term.sector
            ):
                pass  # "a self-defence group", "a tribal militia": a word of the role noun itself
            elif low in self.kb.modifiers and t.i < tok.i:
                sec = self.kb.modifiers[low]
                if sec == "ELI" and low in WEAK_FORMER:
                    ctx["exiled"] = True
                elif sec == "ELI":
                    ctx["former"] = True
                ctx["mods"].append(sec)
            elif low in self.kb.modifiers and t.i > tok.i:
                ctx["right_mods"].append(self.kb.modifiers[low])  # "of the opposition Labour Party"
            m = self.match_at.get(t.i)
            if m is not None and _partisan_prefix(self.doc, m.start):
                m = None  # "an anti-Syria journalist", "pro-Western parties": not of that country
            if m is not None and t.i != tok.i and _backer(t):
                m = None  # "US-backed Kurdish fighters": backed by the US, not American
            if m is not None and t.i != tok.i:
                ent = m.term.entity
                if ent.kind == "country" and t.i < tok.i and m.end - 1 == t.i:
                    ctx["countries"].append((t, ent.country))  # "U.S. and North Korean leaders"
                if ent.kind == "country" and ctx["country"] is None:
                    ctx["country"] = ent.country
                    ctx["country_why"] = m.term.function
                elif ent.kind == "org" and ctx["org"] is None:
                    ctx["org"] = ent
                    ctx["org_tok"] = t
                elif (
                    ent.kind == "org"
                    and ctx["org"] is not None
                    and self.kb.org_parent.get(ent.org or "", ("",))[0] == ctx["org"].org
                ):
                    ctx["org"] = ent  # "NATO's KFOR peacekeeping force": KFOR, part of NATO
                    ctx["org_tok"] = t
                elif ent.kind == "region" and ctx["region"] is None and ent.code:
                    ctx["region"] = ent
                elif ent.kind == "petrarch" and ctx["dict"] is None:
                    role, _ = ent.code_on(self.day)
                    if role is not None and role.code:
                        ctx["dict"] = role.code
                        if role.country and ctx["country"] is None:
                            ctx["country"] = role.country
                            ctx["country_why"] = "dictionary"
                elif (
                    ent.kind == "person"
                    and ctx["person"] is None
                    and (
                        t.dep_ == "appos" or (t.dep_ in ("compound", "poss") and t.head.i == tok.i)
                    )
                ):
                    ctx["person"] = (m, t)
                elif ent.kind == "sector" and t.i < tok.i:
                    ctx["mods"].extend(m.term.sector)
            if (
                t.dep_ == "poss"
                and t.pos_ in ("NOUN", "PROPN")
                and t.head.i == tok.i
                and (m is None or m.term.function == "sector")
                and ctx["country"] is None
                and ctx["org"] is None
            ):
                ref = self._resolve(t)  # "the group's fighters", "the ministry's spokesman"
                if ref:
                    ctx["country"] = ref[0].country
                    if ref[0].org:
                        ctx["org"] = self.kb.orgs.get(ref[0].org)
                    ctx["country_why"] = "possessive"
            if t.pos_ == "PRON" and t.dep_ == "poss" and pron is None:
                pron = t  # resolved after the scan: "his Turkish counterpart" is Turkish
            i += 1
        if (
            pron is not None
            and ctx["country"] is None
            and ctx["org"] is None
            and tok.lemma_.lower() != "counterpart"
        ):
            # ("his counterpart" is the same office in another government, not his)
            ref = self._pronoun(pron)
            if ref:
                ctx["country"] = ref[0].country
                if ref[0].org:
                    ctx["org"] = self.kb.orgs.get(ref[0].org)
                ctx["country_why"] = "pronoun"
        if right:
            ctx["right"] = max([tok.i] + [t.i for t in right])
        # "IS fighters": a capitalised acronym the parser took for a verb, right before the phrase
        j = ctx["left"] - 1
        prev = self.match_at.get(j) if j >= 0 else None
        if (prev is not None and prev.end - 1 == j and any(prev.term.strict) and ctx["org"] is None
                and ctx["country"] is None and self.doc[j].pos_ in ("AUX", "VERB", "PRON", "DET", "ADP")):  # fmt: skip
            ent = prev.term.entity
            if ent.kind == "org":
                ctx["org"] = ent
                ctx["left"] = j
            elif ent.kind == "country":
                ctx["country"], ctx["country_why"], ctx["left"] = ent.country, prev.term.function, j
        return ctx

    def _supporters_of_body(self, tok) -> list[Actor]:
        """ "supporters of the opposition", "supporters of the station": the side of the body
        they support, in its country; a state's or a company's supporters are its public
        (CVL); a number of supporters of something unknown are people of the story's country."""
        owners = [c for c in tok.children if c.dep_ == "poss"] + [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        for o in owners:
            got = [a for a in self._resolve(o) if a.country or a.sector or a.org]
            if not got:
                continue
            who = got[0]
            keep = who.sector[:1] and who.sector[0] in SUPPORTER_SIDES
            sector = [who.sector[0]] if keep else ["CVL"]
            org = who.org if keep and who.org and not is_person(who) else None
            ctx = self._context(tok)
            s, e, text = self._span(tok, ctx)
            return [Actor(text=text, name=text, country=who.country, sector=sector, org=org,
                          code_override=who.code_override if org else None, start=s, end=e,
                          why=f"supporters of:{who.why}")]  # fmt: skip
        if owners and any(
            c.dep_ in ("nummod", "amod") or c.lower_ in QUANTITY_NOUNS for c in tok.children
        ):
            # "several hundred supporters of the station": people, of the story's country
            ctx = self._context(tok)
            s, e, text = self._span(tok, ctx)
            return [Actor(text=text, name=text, sector=["CVL"], start=s, end=e, why="supporters")]
        return []

    def _unknown_body(self, tok) -> bool:
        """A proper name of a body the knowledge base does not know ("the Single Confederation
        of Peasant Workers", "the Forces Vives"): capitalised, with an organisation word, and
        no known actor inside."""
        if tok.pos_ != "PROPN" or any(t.i in self.match_at and self.match_at[t.i].term.function != "sector"
                                      for t in tok.subtree):  # fmt: skip
            return False
        return any(t.lower_ in ORG_NAME_WORDS for t in tok.subtree if t.pos_ == "PROPN")

    def _name_word_sector(self, tok) -> str | None:
        """The sector a word inside a body's name says its members are: "Peasant",
        "Farmers" (a capitalised plural the lemmatiser leaves alone), "Teachers"."""
        got = self._sector_noun(tok)
        if got or tok.pos_ != "PROPN":
            return got
        low = tok.lower_
        forms = [low]
        if low.endswith("ies"):
            forms.append(low[:-3] + "y")
        elif low.endswith("s") and not low.endswith("ss"):
            forms.append(low[:-1])
        for f in forms:
            for term in self.kb.lookup(f):
                if term.function == "sector" and term.sector:
                    return term.sector[0]
        return None

    def _sector_noun(self, tok) -> str | None:
        m = self.match_at.get(tok.i)
        if m is not None and m.term.function == "sector" and m.end - 1 == tok.i:
            return m.term.sector[0] if m.term.sector else None
        return None

    def _sector_term(self, tok):
        m = self.match_at.get(tok.i)
        if m is not None and m.term.function == "sector" and m.end - 1 == tok.i:
            return m.term
        return None

    def _span(self, tok, ctx) -> tuple[int, int, str]:
        left = min(ctx["left"], tok.i)
        right = tok.i
        while left < tok.i and (
            self.doc[left].lower_ in ("the", "a", "an") or self.doc[left].pos_ == "PUNCT"
        ):
            left += 1
        span = self.doc[left : right + 1]
        return span.start_char + self.offset, span.end_char + self.offset, span.text

    def _name_of(self, tok) -> str:
        """The whole name a PROPN token closes: its PERSON entity or its compound chain,
        whichever is longer."""
        ent_name = ""
        if tok.ent_type_ == "PERSON":
            for e in self.doc.ents:
                if e.start <= tok.i < e.end:
                    ent_name = e.text.removesuffix("'s").removesuffix("’s").strip()
                    break
        parts = [tok]
        i = tok.i - 1
        while (
            i >= 0
            and self.doc[i].dep_ == "compound"
            and self.doc[i].head.i == tok.i
            and self.doc[i].pos_ == "PROPN"
        ):
            if self.kb.title_at(self.doc, i) or i in self.match_at:
                break
            parts.insert(0, self.doc[i])
            i -= 1
        chain = " ".join(t.text for t in parts)
        return ent_name if len(ent_name) >= len(chain) else chain

    # -- builders -------------------------------------------------------------------------------
    def _actor(self, tok, ctx, **kw) -> Actor:
        s, e, text = self._span(tok, ctx)
        return Actor(text=text, start=s, end=e, **kw)

    def _locative(self, tok) -> bool:
        """ "in Moscow", "near Kabul": the token names a place where something happens."""
        h = tok
        while h.dep_ in ("conj", "appos") or (
            h.dep_ == "compound" and h.head.lower_ in ("capital", "city")
        ):
            h = (
                h.head
            )  # "in Moscow and Kyiv", "in the capital, Naypyitaw", "in the capital Naypyitaw"
        return h.dep_ == "pobj" and h.head.lower_ in CAPITAL_PLACE_PREPS

    @staticmethod
    def _city_phrase(tok) -> bool:
        """ "the capital Juba", "the city of Kharkiv", "the capital, Kyiv": the city itself
        (shelled, visited, besieged), not the government seated there."""
        h = tok
        while h.dep_ == "conj":
            h = h.head
        if h.dep_ in ("appos", "compound") and h.head.lemma_.lower() in CITY_NOUNS:
            return True
        if any(
            c.dep_ in ("compound", "appos") and c.lemma_.lower() in CITY_NOUNS and c.i < h.i
            for c in h.children
        ):
            return True  # "the regional capital Juba" with "capital" as a compound of Juba
        return (
            h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lemma_.lower() in CITY_NOUNS
        )

    def _from_entity(self, tok, m: Match, ctx) -> Actor | None:
        ent = m.term.entity
        fn = m.term.function
        span = self.doc[m.start : m.end]
        s_, e_ = span.start_char + self.offset, span.end_char + self.offset
        if ent.kind == "person":
            return self._person(tok, self._pick_person(m, ctx), ctx)
        if ent.kind == "petrarch":
            return self._dict_actor(tok, m, ctx)
        if ent.kind == "region":
            if not ent.code or (fn == "adjective" and tok.dep_ == "amod"):
                return None
            sector = [s for s in ctx["mods"] if s != "ELI"]
            return Actor(text=span.text, name=ent.name, sector=sector, kb_id=ent.id,
                         code_override=ent.code + "".join(dict.fromkeys(sector)), start=s_, end=e_,
                         why=f"kb:region:{fn}")  # fmt: skip
        if ent.kind == "country":
            if fn == "adjective" and tok.dep_ == "amod":
                return None  # "Russian" alone, modifying something that is not an actor
            former = self.kb.part_of.get(ent.country or "")
            if (
                former
                and fn in ("capital", "region")
                and self.day is not None
                and self.day <= former[1]
            ):
                # "the southern regional capital Juba" in 1990: a town of Sudan, not a capital
                ent, fn = self.kb.countries[former[0]], "region"
            org = ctx["org"]
            if org is not None and fn == "name" and ctx["left"] < m.start:
                # "Amnesty International Kenya": the organisation's national branch
                s2, e2, text = self._span(tok, ctx)
                return Actor(text=text, name=org.name, country=org.country or ent.country,
                             sector=list(org.sector), org=org.org, kb_id=org.id,
                             code_override=org.code, start=s2, end=e2, why="kb:org:branch")  # fmt: skip
            sector = list(m.term.sector)
            why = f"kb:country:{fn}"
            if fn in ("adjective", "people") and tok.dep_ != "amod":
                # "Sierra Leonean and Liberian refugees" parsed with "Leonean" as a noun: the
                # adjectives share the head noun of the conjunct
                for c in tok.conjuncts:
                    sec = self._sector_noun(c)
                    if sec and c.i > tok.i and any(g.dep_ == "amod" and g.i in self.match_at
                                                   and self.match_at[g.i].term.entity.kind == "country"
                                                   for g in c.children):  # fmt: skip
                        sector, why = [sec], why + ":shared head"
                        break
            if fn == "capital":
                if (
                    self._locative(tok)
                    or self._city_phrase(tok)
                    or (
                        tok.dep_ in ("compound", "nmod", "amod")
                        and tok.head.lemma_.lower() in CITY_NAMED_ACCORDS
                    )
                ):
                    why = "kb:country:capital as a place"  # "in Moscow", "the capital Juba", "the Pretoria talks"
                else:
                    seat = self._org_seat(m)
                    if seat is not None:  # "recall its envoy to Brussels" after the EU was named
                        return Actor(text=span.text, name=seat.name, sector=list(seat.sector), org=seat.org,
                                     kb_id=seat.id, code_override=seat.code, start=s_, end=e_,
                                     why="kb:org:seat")  # fmt: skip
                    sector = sector or ["GOV"]
            for sec in ctx["mods"]:
                if sec not in sector and sec != "ELI":
                    sector.append(sec)
            return Actor(text=span.text, name=ent.name, country=ent.country, sector=sector,
                         kb_id=ent.id, start=s_, end=e_, why=why)  # fmt: skip
        if ent.kind == "org":
            return Actor(text=span.text, name=ent.name, country=ent.country, sector=list(ent.sector),
                         org=ent.org, kb_id=ent.id, code_override=ent.code, start=s_, end=e_,
                         why="kb:org")  # fmt: skip
        return None

    def _org_seat(self, m: Match) -> Entity | None:
        """The organisation a city stands for ("Brussels": the EU), if the article has named
        that organisation or one of its bodies."""
        key = self.kb.org_seats.get(m.term.tokens)
        if key is None:
            return None
        for a in self.memory.seen:
            k = a.org
            while k and k != key:
                k = self.kb.org_parent.get(k, (None,))[0]
            if k == key:
                return self.kb.orgs.get(key)
        return None

    def _dict_actor(self, tok, m: Match, ctx) -> Actor | None:
        """An entry of a PETRARCH actors dictionary: its code on the article's date."""
        ent = m.term.entity
        role, status = ent.code_on(self.day)
        if role is None or not role.code:
            return None
        span = self.doc[m.start : m.end]
        from .petrarch import code_parts

        country, sectors, org = code_parts(role.code, self.kb)
        a = Actor(text=span.text, name=ent.name, country=country, sector=sectors if country else [],
                  org=org, kb_id=ent.id, code_override=role.code,
                  start=span.start_char + self.offset, end=span.end_char + self.offset,
                  why=f"dict:{status}:{role.origin}")  # fmt: skip
        return a

    def _pick_person(self, m: Match, ctx) -> Entity:
        """People who share an alias: the one in office on the date (in the country the
        phrase names, if it names one), else the one most recently in office."""
        people = [m.term.entity] + [t.entity for t in m.alternatives if t.entity.kind == "person"]
        if len(people) == 1:
            return people[0]
        country = ctx["country"] if ctx else None

        def score(p: Entity):
            role, status = p.role_on(self.day)
            right_country = country is None or any(r.country == country for r in p.roles)
            when = {"current": 3, "former": 2, "undated": 1, "before": 0}[status]
            recency = (
                (role.end or role.start or dt.date.min)
                if role and status == "former"
                else dt.date.min
            )
            return (right_country, when, recency)

        return max(people, key=score)

    def _person(self, tok, ent: Entity, ctx) -> Actor | None:
        title = ctx["titles"][0] if ctx["titles"] else None
        role, status = ent.role_on(self.day, prefer=title)
        title_words = ctx["title_words"][0] if ctx["title_words"] else ""
        if ctx["then"] and title is not None:
            # "then-President Donald Trump", "then-Speaker Nancy Pelosi": the office the title
            # names, as held at the time of the event (CODING.md), not on the article's date
            named = [r for r in ent.roles if title_words and title_words in r.role.lower()] or [
                r for r in ent.roles if r.sector == title]  # fmt: skip
            earlier = [
                r for r in named if self.day is None or r.start is None or r.start <= self.day
            ]
            if earlier or named:
                role, status = max(earlier or named, key=lambda r: r.start or dt.date.min), "then"
        country = role.country if role else ent.country
        org = role.org if role else None
        known = self.memory.names.get(ent.name.lower())
        if status in ("current", "undated", "then") and role:
            sector = [role.sector]
            why = f"kb:person:{'then ' if status == 'then' else ''}{role.role}"
        elif (status in ("former", "before") and title is not None and title not in OFFICE_SECTORS
              and title != "ELI" and not ctx["former"]):  # fmt: skip
            # "opposition leader Sam Rainsy" after the file's dates: the text says what he is now
            sector = [title]
            country = ctx["country"] or country
            org = None
            why = f"kb:person:{title_words} (from the text)"
        elif (status in ("former", "before") and not ctx["titles"] and not ctx["former"] and known is not None
              and known.kb_id == ent.id and known.why.startswith("kb:person") and "ELI" not in known.sector):  # fmt: skip
            # "Rainsy" after "opposition leader Sam Rainsy": what this article said he is
            return self._actor(tok, ctx, name=known.name, country=known.country, sector=list(known.sector),
                               org=known.org, kb_id=known.kb_id, code_override=known.code_override,
                               why=f"memory:person:{role_of(known)}".rstrip(":"))  # fmt: skip
        elif status == "former":
            sector = ["ELI"]
            why = f"kb:person:former {role.role if role else ''}".rstrip()
        else:
            # before any known role: the text may still say what they are
            if (
                not ctx["titles"]
                and ctx["country"] is None
                and len(tok.text) <= 4
                and tok.text.isupper()
            ):
                return None  # a bare acronym alias ("AKK") of someone not yet in office
            sector = ctx["titles"][:1]
            why = "kb:person:no role on this date"
            country = ctx["country"] or country
            org = None
        if ctx["former"] and "ELI" not in sector:
            sector = ["ELI"]
        code_override = None
        if org and org in self.kb.orgs and status in ("current", "undated", "then"):
            o = self.kb.orgs[org]
            code_override = o.code
            country = o.country
        a = self._actor(tok, ctx, name=ent.name, country=country, sector=sector, org=org,
                        kb_id=ent.id, code_override=code_override, why=why)  # fmt: skip
        self.memory.learn_name(ent.name, a)
        self.memory.learn_name(self._name_of(tok), a)
        return a

    def _unknown_person(self, tok, ctx) -> Actor | None:
        """A person no file lists: what the phrase says (title, nationality, possessive,
        apposition, membership), else what this document said about the name before."""
        name = self._name_of(tok)
        if not name:
            return None
        known = self.memory.person(name)
        if known and not ctx["titles"] and ctx["country"] is None and ctx["org"] is None:
            return self._actor(tok, ctx, name=known.name, country=known.country,
                               sector=list(known.sector), org=known.org, kb_id=known.kb_id,
                               code_override=known.code_override,
                               why=f"memory:person:{role_of(known)}".rstrip(":"))  # fmt: skip
        if (
            tok.ent_type_ not in ("PERSON", "")
            and not ctx["titles"]
            and not (
                tok.ent_type_ == "ORG" and self._looks_like_person_name(tok) and ctx["country"]
            )
        ):
            return None  # a place or organisation name the knowledge base does not know
        if {w.lower() for w in name.split()} & ORG_WORDS and tok.ent_type_ != "PERSON":
            return None  # "General Labour Confederation": a title word before a body's name
        country = ctx["country"]
        org = ctx["org"]
        if _envoy_at_body(tok, ctx):
            org = None  # "Syria's UN ambassador Bashar Jaafari": Syria's diplomat
            ctx = dict(ctx, org=None)
        mods = [s for s in ctx["mods"] if s != "ELI"]
        titles, title_words = ctx["titles"], ctx["title_words"]
        if len(titles) > 1 and title_words[:1] and title_words[0] in RANK_TITLES:
            titles, title_words = titles[1:], title_words[1:]  # "Deputy government spokesman"
        sector = _opposition_first(list(dict.fromkeys(titles[:1] + mods)), mods)
        if (
            mods
            and "CVL" not in mods
            and title_words[:1]
            and title_words[0] in REPRESENTATIVE_TITLES
        ):
            sector = list(dict.fromkeys(mods))  # "Police spokesman X": COP, not GOV + COP
        if org is not None and _is_party(org) and "OPP" in mods + ctx["right_mods"]:
            sector = ["OPP"]  # "X of the opposition Labour Party"
        if ctx["former"] or (ctx["exiled"] and (not sector or sector[0] in OFFICE_SECTORS)):
            sector = ["ELI"]  # "exiled minister X"; but "exiled opposition leader X" is OPP
        title = title_words[0] if title_words else ""
        why = f"text:person:{title}".rstrip(":")
        if (
            country is None
            and org is None
            and _US_PARTY_STATE.match(self.doc.text[tok.idx + len(tok) :])
        ):
            # "Eliot Engel (D-N.Y.)", "Lindsey Graham (R-S.C.)": a member of the US Congress
            country, sector, why = (
                "USA",
                [x for x in sector if x != "GOV"] or ["LEG"],
                "text:person:party-state",
            )
        if country is None and org is None and ctx["region"] is None:
            if not sector:
                return None  # a name and nothing else: not an actor we can code
            if sector[0] in ("GOV", "MIL", "LEG", "JUD", "COP", "ELI") or (
                sector[0] == "OPP" and ctx["titles"][:1] in (["LEG"], ["GOV"])
            ):  # "former President X" too; "opposition Senator X" as "Senator X"
                country = self._fallback_country(title)
                if country is None:
                    return None
                why += ":country of the story"
            elif sector[0] == "OPP" and self._clear_home():
                # "YEREVAN - Opposition leader Tigran Avagyan said ...": the opposition of the
                # country the story is datelined in and about
                country = self.memory.dateline_country
                why += ":country of the story"
            elif sector[0] == "OPP" and ctx["titles"] and self._only_country() is not None:
                # "Bangladesh held elections. Opposition leader Kamal Uddin said ...": a titled
                # opposition figure of the one country the story has named (dateline included)
                country = self._only_country()
                why += ":country of the story"
            else:
                return None
        code_override = None
        if org is not None:
            country = org.country
            if _is_party(org):
                sector = sector or ["PTY"]  # a party member: country + OPP/PTY, org kept
            else:
                code_override = org.code
                sector = sector or list(org.sector)
        elif ctx["region"] is not None:
            code_override = ctx["region"].code + "".join(sector)
        a = self._actor(tok, ctx, name=name, country=country, sector=sector,
                        org=org.org if org else None, code_override=code_override,
                        why=why)  # fmt: skip
        self.memory.learn_name(name, a)
        return a

    def _clear_home(self) -> bool:
        """The dateline's country is named at least twice and more often than any other."""
        home = self.memory.dateline_country
        counts = self.memory.country_counts
        if not home or counts.get(home, 0) < 2:
            return False
        return counts[home] > max((n for c, n in counts.items() if c != home), default=0)

    def _only_country(self) -> str | None:
        """The one country the story has named so far, this sentence and dateline included;
        None when it has named none or several."""
        named = {c for c in self.memory.country_counts if c}
        named |= {c for c in (getattr(self, "_sentence_countries", []) or []) if c}
        if self.memory.dateline_country:
            named.add(self.memory.dateline_country)
        return next(iter(named)) if len(named) == 1 else None

    def _fallback_country(self, title: str) -> str | None:
        """Whose official an unnamed-country "President X" is: the dateline's country, else
        (heads of state and government) the country the story is about, else the only
        country named in the sentence."""
        if self.memory.dateline_country:
            return self.memory.dateline_country
        countries = set(getattr(self, "_sentence_countries", []) or [])
        if len(countries) == 1:
            return next(iter(countries))
        if not countries:
            return self.memory.focus_country()  # "Sen. X" in a story about the United States
        return None  # two countries in the sentence: no guessing whose minister it is

    def _sector_phrase(self, tok, sector: str, ctx) -> list[Actor]:
        # "Iran's foreign minister, Mohammad Javad Zarif": the apposed person is the actor
        owner = None  # "Rainsy's deputy", "Maduro's representatives": whose people they are
        if ctx["person"] is not None:
            m, t = ctx["person"]
            if t.dep_ == "appos":
                # the head noun is the apposed person's title ("the international development
                # secretary, Penny Mordaunt": GOV even before the files give her a role)
                got = self._from_entity(
                    t,
                    m,
                    dict(
                        ctx,
                        titles=ctx["titles"] or [sector],
                        title_words=ctx["title_words"] or [tok.lemma_.lower()],
                    ),
                )
                if got:
                    return [got]
            elif m.term.entity.kind == "person" and ctx["country"] is None:
                # "the Netanyahu government", "Putin's government": that person's country
                p = self._person(t, self._pick_person(m, ctx), dict(ctx, former=False, then=False,
                                                                        titles=[], title_words=[]))  # fmt: skip
                if p is not None:
                    ctx = dict(ctx, country=p.country, country_why="person")
                    if t.dep_ == "poss" and self._acts_for(tok, p):
                        owner = p
        if owner is None:
            poss = next((c for c in tok.children if c.dep_ == "poss" and c.i not in self.match_at
                         and c.pos_ in ("PROPN", "PRON")), None)  # fmt: skip
            if poss is not None:  # a name learnt before, or "her party" after "Machado"
                p = next((a for a in self._resolve(poss) if is_person(a)), None)
                if p is not None and self._acts_for(tok, p):
                    owner = p
                    ctx = dict(
                        ctx,
                        country=ctx["country"] or p.country,
                        country_why=ctx["country_why"] or "person",
                    )
        if owner is not None:
            sector = owner.sector[0]  # an opposition leader's deputy is OPP, a president's aide GOV
        if (
            owner is None
            and tok.lemma_.lower() in MEMBER_NOUNS | SPOKES_NOUNS
            and ctx["country"] is None
        ):
            unknown = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                       for g in c.children if g.dep_ == "pobj" and self._unknown_body(g)]  # fmt: skip
            if unknown:
                # "The leader of the Single Confederation of Peasant Workers, Evaristo Choque": a
                # body the files do not know, named by what its members are (AGR); without such
                # a word, no sector at all (not the state's "leader")
                got = next((self._name_word_sector(t) for b in unknown for t in b.subtree
                            if t.i != b.i and self._name_word_sector(t)), None)  # fmt: skip
                if not got:
                    return []
                sector = got
        poss_body = None
        secretary_general = (
            tok.lower_ == "general"
            and tok.i > 0
            and self.doc[tok.i - 1].lower_ in ("secretary", "-")
        )
        if owner is None and (tok.lemma_.lower() in MEMBER_NOUNS | SPOKES_NOUNS | BODY_PEOPLE_NOUNS
                              or secretary_general):  # fmt: skip
            # "its secretary general", "its executives", "the union's leader": the people of
            # the body the possessive names are in its sector ("general" alone is MIL)
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            body = next((a for a in (self._resolve(poss) if poss is not None else [])
                         if not is_person(a) and a.sector and a.country), None)  # fmt: skip
            if body is not None:
                sector, poss_body = body.sector[0], body
                ctx = dict(ctx, country=ctx["country"] or body.country,
                           country_why=ctx["country_why"] or "possessive",
                           org=ctx["org"] or (self.kb.orgs.get(body.org) if body.org else None))  # fmt: skip
                ctx["mods"] = (
                    [m for m in ctx["mods"] if m != "MIL"] if secretary_general else ctx["mods"]
                )
            elif secretary_general:
                sector = "IGO"  # "the secretary general, X" of a body named only by its title
        for c in tok.children:
            if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i not in self.match_at:
                title = " ".join(x.lower_ for x in self.doc[ctx["left"] : tok.i + 1]
                                 if x.dep_ not in ("det", "poss", "case") and x.i not in self.match_at)  # fmt: skip
                a = self._unknown_person(c, dict(ctx, titles=[sector], title_words=[title]))
                if a:
                    return [a]
        pair = self._pair(tok)
        if pair:
            return pair
        got = self._org_anaphor(tok, ctx)
        if got:
            return got
        if tok.lemma_.lower() == "party" and any(
            c.lower_ in ("third", "third-party") for c in tok.children
        ):
            return []  # "a third-party role", "third party mediation": no political party
        if tok.lemma_.lower() == "party" and (tok.tag_ == "NNS" or any(
                c.dep_ == "det" and c.lower_ in ("any", "either", "each", "every", "no") for c in tok.children)) and not any(
                c.dep_ in ("amod", "compound", "poss", "nmod") and c.lower_ not in ("all", "other")
                for c in tok.children) and ctx["country"] is None and ctx["org"] is None:  # fmt: skip
            # "called on all parties to spare civilians": the sides of a conflict, no party;
            # "the parties to the conflict in Iraq": that country's sides
            nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
            to = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"] or (
                [nxt] if nxt is not None and nxt.lower_ == "to" and nxt.dep_ == "prep" else []
            )  # (misattached)
            where = [self.match_at[t.i].term.entity for c in to for t in c.subtree
                     if t.i in self.match_at and self.match_at[t.i].term.entity.kind == "country"]  # fmt: skip
            if where:
                s, e, text = self._span(tok, ctx)
                return [Actor(text=text, name=text, country=where[0].country, start=s, end=e,
                              why="text:sector:parties to a conflict")]  # fmt: skip
            return self._all_sides(tok, ctx)
        if ctx["country"] is None and ctx["org"] is None:
            body = next((c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i
                         and c.i not in self.match_at and c.lemma_.lower() in ORG_ANAPHORS), None)  # fmt: skip
            if (
                body is not None
            ):  # "a coalition spokesman", "alliance officials": the body named before
                prev = self._named_body(body.lemma_.lower(), within=8)
                if prev is not None:
                    s, e, text = self._span(tok, ctx)
                    return [_copy(prev, text, s, e, "coref:org:member")]
        term = self._sector_term(tok)
        sectors = list(term.sector) if term is not None and term.sector else [sector]
        if owner is not None:
            sectors = list(owner.sector)
        elif poss_body is not None:
            sectors = [sector]
        if tok.lemma_.lower() in SPOKES_NOUNS | MEMBER_NOUNS:
            # "a spokesman for the Kenyan police", "the army's spokesman", "leaders of the
            # opposition coalition": the body's sector
            body = [g for c in tok.children if c.dep_ == "prep" and (c.lower_ == "of" or (
                    c.lower_ == "for" and tok.lemma_.lower() in SPOKES_NOUNS))
                    for g in c.children if g.dep_ == "pobj"]  # fmt: skip
            body += [c for c in tok.children if c.dep_ == "poss"]
            got = next((self._sector_noun(b) for b in body if self._sector_noun(b)), None)
            unknown = [b for b in body if self._unknown_body(b)]
            if not got and unknown:
                # "the leader of the Single Confederation of Peasant Workers": a body the files do
                # not know, named by what its members are (AGR); not the state's "leader"
                got = next((self._name_word_sector(t) for b in unknown for t in b.subtree
                            if t.i != b.i and self._name_word_sector(t)), None)  # fmt: skip
                if not got:
                    return []
            # "accused the opposition party ... its leader": the body "its" stands for
            mine = next((a for b in body if b.pos_ == "PRON" and b.lower_ in ("its", "their")
                         for a in self._resolve(b) if not is_person(a) and a.sector), None)  # fmt: skip
            if got:
                sectors = [got]
            elif mine is not None and owner is None:
                sectors = list(mine.sector)
            elif owner is None and ctx["country"] is None and ctx["org"] is None:
                # "a spokesman for Erdogan", "an aide of Netanyahu": the person's country and role
                boss = next((a for b in body if b.pos_ == "PROPN" for a in self._resolve(b)
                             if is_person(a) and a.country), None)  # fmt: skip
                if boss is not None and boss.sector:
                    sectors = list(boss.sector)
                    ctx = dict(ctx, country=boss.country, country_why="person")
        country = ctx["country"]
        org = ctx["org"]
        if _envoy_at_body(tok, ctx):
            org = None  # "Russia's UN ambassador": Russia's diplomat
            ctx = dict(ctx, org=None)
        body_mods = [s for s in ctx["mods"] if s not in ("ELI", "CVL")]  # ("local officials")
        if (tok.lemma_.lower() in MEMBER_NOUNS | SPOKES_NOUNS and owner is None and body_mods
                and sectors == [sector]):  # fmt: skip
            sectors = []  # "a regional union official", "party officials": the body's sector
        sectors += [
            s for s in ctx["mods"] if s not in sectors and not (s == "ELI" and ctx["exiled"])
        ]
        sectors = _opposition_first(sectors, ctx["mods"])
        if ctx["former"] or (ctx["exiled"] and sectors[0] in OFFICE_SECTORS | {"ELI"}):
            sectors = ["ELI"]
        if (
            country is None
            and org is None
            and ctx["region"] is None
            and set(sectors) & ARMED_MEN_SECTORS
        ):
            group = self._ethnic_group(tok, ctx)
            if group is not None:  # "Kurdish fighters" after the SDF was named
                s, e, text = self._span(tok, ctx)
                return [_copy(group, text, s, e, "coref:org:ethnonym")]
        if country is None and org is None and ctx["region"] is None:
            home = self._stateless_people(tok, ctx)
            if home is not None:  # "Kurdish militias in north-east Syria", "a Kurdish delegation"
                s, e, text = self._span(tok, ctx)
                where = self._people_country(tok, home)
                if where is not None:
                    return [Actor(text=text, name=text, country=where, sector=sectors, start=s, end=e,
                                  why="text:sector:stateless-people")]  # fmt: skip
                return [
                    Actor(text=text, name=text, sector=sectors, start=s, end=e, why="text:sector")
                ]
        if (
            country is None
            and org is None
            and any(t.lower_ in ("occupation", "occupying") for t in self.doc[ctx["left"] : tok.i])
        ):
            # "occupation authorities" in a town "which Russian forces seized": the occupier's
            occupier = self.memory.last(lambda a: "MIL" in a.sector and a.country is not None
                                        and not a.why.startswith("coref"), within=2)  # fmt: skip
            if occupier is not None:
                country = occupier.country
                ctx = dict(ctx, country_why="occupier")
        # "Serb protesters ... protesters threw rocks": a bare plural crowd noun is the crowd
        # named lately too (no "the" needed), when nothing in its phrase places it
        bare_crowd = (
            tok.tag_ == "NNS"
            and tok.lemma_.lower() in CROWD_NOUNS
            and sectors[:1] == ["CVL"]
            and not any(c.dep_ in ("det", "prep", "amod", "compound", "poss") for c in tok.children)
        )
        if (
            country is None
            and org is None
            and ctx["region"] is None
            and (self._has_det(tok) or bare_crowd)
            and not ctx["mods"]
        ):
            same = self._same_kind(tok, sectors)
            if same is not None:  # "the paramilitaries" after "the paramilitary RSF"; "the crowd"
                s, e, text = self._span(tok, ctx)
                return [_copy(same, text, s, e, "coref:description")]
        desc = self._description(tok, sector, ctx)
        if desc is not None:
            return [desc]
        if org is not None:
            if _is_party(org):
                # "Labour lawmakers": the party's country, the role, the party key
                return [self._actor(tok, ctx, name=org.name, country=org.country,
                                    sector=sectors, org=org.org, kb_id=org.id,
                                    why="kb:org:party member")]  # fmt: skip
            out = [self._actor(tok, ctx, name=org.name, country=org.country,
                               sector=list(org.sector), org=org.org, kb_id=org.id,
                               code_override=org.code, why="kb:org:member")]  # fmt: skip
            # "the U.S. and EU envoys": a country coordinated with the organisation
            s, e, text = self._span(tok, ctx)
            for other in dict.fromkeys(c for t, c in ctx["countries"]
                                       if any(x.dep_ in ("conj", "cc") for x in (t, t.head))
                                       or any(x.dep_ == "cc" for x in t.children)):  # fmt: skip
                if other != org.country:
                    out.append(Actor(text=text, name=text, country=other, sector=[sector], start=s, end=e,
                                     why="text:sector:coordinated"))  # fmt: skip
            return out
        s, e, text = self._span(tok, ctx)
        agent = term.entity.code if term is not None else None
        if ctx["dict"] is not None:
            # a PETRARCH actor with a PETRARCH or built-in agent: ISR + ~MIL, NGO~ + ISR
            code = ctx["dict"]
            extra = "".join(sectors)
            code = (extra + code) if agent and agent.endswith("~") else (code + extra)
            return [Actor(text=text, name=text, country=country, sector=sectors, start=s, end=e,
                          code_override=code, why="dict:agent")]  # fmt: skip
        if ctx["region"] is not None and country is None:
            return [Actor(text=text, name=text, sector=sectors, start=s, end=e,
                          code_override=ctx["region"].code + "".join(sectors), kb_id=ctx["region"].id,
                          why="text:sector:region")]  # fmt: skip
        if country is None and tok.lemma_.lower() == "counterpart":
            # "urging the counterpart to sign": the same office in the other government, never
            # the story's own; the one other country the sentence names, else none
            focus = self.memory.focus_country()
            others = sorted(
                {c for c in (getattr(self, "_sentence_countries", []) or []) if c and c != focus}
            )
            country = others[0] if len(others) == 1 else None
            why = "text:sector:the other country" if country else "text:sector"
        elif country is None:
            country = self._implicit_country(tok, sector)
            why = "text:sector:implicit-country" if country else "text:sector"
            if country is None and set(sectors) <= CIVIC_SECTORS and self._clear_home():
                country = self.memory.dateline_country  # "a regional union official"
                why = "text:sector:country of the story"
            elif (
                country is None
                and set(sectors) <= {"MIL", "COP"}
                and tok.lemma_.lower() in ("soldier", "troop", "policeman", "gendarme")
                and tok.dep_ == "nsubj"
                and tok.head.dep_ == "ROOT"
                and self._clear_home()
                and set(getattr(self, "_sentence_countries", []) or [])
                == {self.memory.dateline_country}
            ):
                # "soldiers opened fire on opposition supporters protesting in Harare", in a
                # story from Harare about Zimbabwe: the forces of the country where they act
                country = self.memory.dateline_country
                why = "text:sector:forces of the place"
        else:
            why = f"text:sector:{ctx['country_why']}"
        code_override = None
        if agent and agent.endswith("~") and country:
            code_override = "".join(sectors) + country
        # "clashes between police and opposition activists": the parser hangs "police and
        # opposition" on "activists"; a role noun before it with a conjunct is a group of its own
        split = next((c for c in tok.children if c.dep_ in ("nmod", "compound") and c.i < tok.i
                      and any(g.dep_ in ("cc", "conj") for g in c.children)
                      and self._sector_noun(c) and self._sector_noun(c) in sectors), None)  # fmt: skip
        if split is not None and code_override is None and len(sectors) > 1:
            first = self._sector_noun(split)
            rest = [x for x in sectors if x != first]
            return [Actor(text=text, name=text, country=country, sector=[first], start=s, end=e,
                          why=why + ":coordinated group"),
                    Actor(text=text, name=text, country=country, sector=rest, start=s, end=e,
                          why=why + ":coordinated group")]  # fmt: skip
        out = [Actor(text=text, name=text, country=country, sector=sectors, start=s, end=e,
                     code_override=code_override, why=why)]  # fmt: skip
        # "U.S. and North Korean leaders", "French and Egyptian warships": one actor each
        coordinated = [c for t, c in ctx["countries"]
                       if any(x.dep_ == "conj" for x in (t, t.head)) or t.dep_ == "cc"]  # fmt: skip
        for other in dict.fromkeys(c for c in coordinated if c != country):
            out.append(Actor(text=text, name=text, country=other, sector=list(sectors), start=s, end=e,
                             why=why + ":coordinated"))  # fmt: skip
        return out

    def _description(self, tok, sector: str, ctx) -> Actor | None:
        """ "the Russian leader", "the U.S. president", "the top national security aide":
        a definite singular description of a person named before in the document."""
        lemma = tok.lemma_.lower()
        if lemma not in DESCRIPTION_NOUNS or ctx["org"] is not None or ctx["region"] is not None:
            return None
        if tok.tag_ not in ("NN", "NNP") or not (self._has_det(tok) or ctx["country"] is not None):
            return None
        if any(c.dep_ in ("appos", "relcl", "acl") for c in tok.children) or tok.dep_ == "compound":
            return None  # "the president, X" names a new person; "the minister who ..."
        if (
            any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
            and ctx["country"] is None
        ):
            return None  # "the leader of X": X decides
        country = ctx["country"]
        words = [w for w in ctx["words"] if w not in NEUTRAL_ADJ and w != lemma]
        former = ctx["former"]

        mods = {m for m in ctx["mods"] if m != "ELI"}
        # "X, a close ally of the president": the president is not X
        around = [t.idx + self.offset for t in tok.ancestors]

        def fits(a: Actor) -> bool:
            if not is_person(a) or a.why.startswith(("coref:person:plural", "coref:person:they")):
                return False
            if any(a.start <= x < a.end for x in around):
                return False
            if country is not None and a.country != country:
                return False
            if former != ("ELI" in a.sector):
                return False
            role = role_of(a)
            overlap = any(w in role for w in words)
            if mods and not mods & set(a.sector) and not overlap:
                return False  # "the rebel leader" is not the president
            if lemma in (
                "leader",
                "head",
                "chief",
                "incumbent",
                "candidate",
                "politician",
                "statesman",
            ):
                return True  # any sector: "the rebel leader" is filtered by its modifier above
            if lemma in LEADER_NOUNS:
                return sector in a.sector or "IGO" in a.sector  # "the president" is a GOV person
            if (
                not former
                and sector not in a.sector
                and not (sector == "GOV" and "IGO" in a.sector)
            ):
                return False
            # "the spokesman" is not the leader named before: the role must say so
            # ("the foreign minister", "the national security aide" for the security adviser)
            return overlap or (not words and lemma in role)

        prev = self.memory.last(fits, within=6)
        if prev is None:
            return None
        if country is None:
            # "the president" with no nationality: the fitting person the story names most
            counts: dict[str, int] = {}
            for a in self.memory.seen:
                if fits(a):
                    counts[a.name] = counts.get(a.name, 0) + 1
            best = max(counts.values())
            if counts.get(prev.name, 0) < best:
                prev = self.memory.last(lambda a: fits(a) and counts.get(a.name, 0) == best) or prev
        s, e, text = self._span(tok, ctx)
        return _copy(prev, text, s, e, "coref:person:description")

    def _same_kind(self, tok, sectors: list[str]) -> Actor | None:
        """A definite plural for a group named lately: "the paramilitaries", "the
        militants" after "the paramilitary Rapid Support Forces" or "Boko Haram militants";
        "the crowd", "the protesters" after "Serb protesters"."""
        if sectors[:1] == ["CVL"] and tok.lemma_.lower() in CROWD_NOUNS:
            prev = self.memory.last(lambda a: "CVL" in a.sector and not is_person(a)
                                    and not a.why.startswith("coref"), within=3)  # fmt: skip
            return prev if prev is not None and prev.country else None
        low = tok.lemma_.lower()
        if low == "party" and tok.tag_ == "NN" and "PTY" in sectors:
            # "the main opposition party ... The party said it would boycott": the opposition
            # party named lately (a party with no name of its own in the knowledge base)
            prev = self.memory.last(lambda a: "OPP" in a.sector and not is_person(a) and a.country is not None
                                    and not a.why.startswith("coref"), within=3)  # fmt: skip
            return prev
        if tok.tag_ != "NNS" or not set(sectors) & {"REB", "UAF", "IMG", "RAD"}:
            return None
        # "the jihadists", "the extremists" are a jihadist group (Isis, al-Qaeda), not the
        # SDF fighting it; "the rebels", "the paramilitaries" any armed group named lately
        wanted = {"IMG", "RAD"} if low in JIHADIST_NOUNS else {"REB", "UAF", "IMG"}
        if low not in JIHADIST_NOUNS | INSURGENT_NOUNS:
            return None
        return self.memory.last(lambda a: a.org is not None and not is_person(a)
                                and bool(set(a.sector) & wanted), within=2)  # fmt: skip

    @staticmethod
    def _acts_for(tok, p: Actor) -> bool:
        """People or a body acting for the person `p` and so in p's sector: "Rainsy's
        deputy", "Maduro's representatives"; an opposition or rebel leader's party, movement
        or campaign ("her party" after the opposition leader Machado is the opposition)."""
        if not p.sector or p.sector[0] == "ELI":
            return False
        low = tok.lemma_.lower()
        return low in ASSOCIATE_NOUNS or (
            low in ("party", "movement", "coalition", "alliance", "campaign")
            and p.sector[0] in ("OPP", "REB")
        )

    def _country_anaphor(self, tok, ctx) -> list[Actor]:
        """ "the country", "the West African nation", "the island", "the territory": the
        country, island or territory named lately (within four sentences)."""
        low = tok.lemma_.lower()
        if (
            low not in COUNTRY_NOUNS | TERRITORY_NOUNS
            or tok.tag_ not in ("NN", "NNP")
            or ctx["org"] is not None
        ):
            return []
        if low in COUNTRY_NOUNS | {"island"}:
            # "the tiny Mediterranean nation of Montenegro", "the Pacific island nation of
            # Tuvalu": the country the "of" phrase names
            named = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj" for a in self._resolve(g)]  # fmt: skip
            named = [a for a in named if a.country and not a.sector and a.org is None and not is_person(a)
                     and not a.why.startswith("kb:country:region")]  # fmt: skip
            if len(named) == 1:
                return [
                    _copy(named[0], named[0].text, named[0].start, named[0].end, "text:nation of")
                ]
        if not self._has_det(tok) or ctx["country"] is not None:
            return []
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return []  # "the state of emergency", "the island of Crete"
        if any(
            c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and c.i not in self.match_at
            for c in tok.children
        ):
            return []  # "the Islamic State", "the Jordan Valley" are names

        def fits(a: Actor) -> bool:
            if (
                is_person(a)
                or a.org is not None
                or a.country is None
                or not set(a.sector) <= {"GOV"}
                or not a.why.startswith(("kb:country", "coref:country"))
            ):  # not "the French envoy"
                return False
            if low == "island":
                return a.country in self.kb.islands
            if low in TERRITORY_NOUNS:  # "the territory", "the enclave": a region named ("Gaza")
                return a.why.startswith("kb:country:region") or a.country in self.kb.islands
            return not a.why.startswith("kb:country:region") and "as a place" not in a.why

        prev = None
        if low in COUNTRY_NOUNS:
            # the country whose actors were the subjects lately ("Mali expelled the envoy. The
            # West African country's rulers accused Paris. The country said ...")
            prev = self.memory.salient(lambda a: a.country is not None and a.org is None
                                       and "as a place" not in a.why, subjects_only=True)  # fmt: skip
        prev = prev or self.memory.last(fits, within=4)
        if prev is None:
            return []
        ent = self.kb.countries.get(prev.country)
        s, e, text = self._span(tok, ctx)
        return [Actor(text=text, name=ent.name if ent else prev.name, country=prev.country,
                      kb_id=ent.id if ent else None, start=s, end=e, why="coref:country:description")]  # fmt: skip

    def _all_sides(self, tok, ctx) -> list[Actor]:
        """ "urged all sides to refrain from violence", "urged all parties to respect the
        constitutional order" in a story clearly about one country (its dateline's): the sides
        of that country's dispute, the country as a whole."""
        if tok.tag_ != "NNS" or not any(c.lower_ == "all" for c in tok.children):
            return []
        if not self._clear_home():
            return []
        s, e, text = self._span(tok, ctx)
        return [Actor(text=text, name=text, country=self.memory.dateline_country, start=s, end=e,
                      why="text:sector:the sides in the story's country")]  # fmt: skip

    def _followers(self, tok, ctx) -> list[Actor]:
        """ "Several hundred supporters gathered outside the court" after the opposition party
        was named: bare supporters are the followers of the party told of just before, OPP
        when it is in opposition (a person's supporters, "his supporters", are _supporters')."""
        if any(c.dep_ in ("amod", "compound", "nmod", "poss") or (c.dep_ == "prep" and c.lower_ == "of")
               for c in tok.children):  # fmt: skip
            return []  # "opposition supporters", "supporters of the deal": the phrase says whose
        leader = self.memory.last(lambda a: a.country is not None and bool(set(a.sector) & {"OPP", "PTY"})
                                  and not a.why.startswith("coref"), within=2)  # fmt: skip
        if leader is None:
            return []
        sector = (["OPP"] if "OPP" in leader.sector else
                  [x for x in leader.sector if x not in OFFICE_SECTORS] or ["CVL"])  # fmt: skip
        s, e, text = self._span(tok, ctx)
        return [Actor(text=text, name=text, country=leader.country, sector=sector[:1], start=s, end=e,
                      why=f"text:sector:followers of {leader.name}")]  # fmt: skip

    def _associates(self, tok, ctx) -> list[Actor]:
        """ "Maduro's representatives", "Navalny's loyalists": people acting for a person
        named, coded with that person's country and sector."""
        if tok.lemma_.lower() in SUPPORTER_NOUNS:
            return self._supporters(tok, ctx)
        if tok.lemma_.lower() not in ASSOCIATE_NOUNS:
            return []
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        p = (
            next((a for a in self._resolve(poss) if is_person(a)), None)
            if poss is not None
            else None
        )
        if p is None or not self._acts_for(tok, p) or p.country is None:
            return []
        s, e, text = self._span(tok, ctx)
        return [Actor(text=text, name=text, country=p.country, sector=list(p.sector), start=s, end=e,
                      why=f"text:sector:people of {p.name}")]  # fmt: skip

    def _supporters(self, tok, ctx) -> list[Actor]:
        """ "his supporters", "Odinga's supporters", "supporters of the opposition leader": the
        followers of a person named are that person's party or movement when he leads the
        opposition or rebels (OPP, REB: they are its base), else the public of his country
        (CVL: a president's supporters are not the government)."""
        owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON")]
        owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        p = next((a for o in owners for a in self._resolve(o) if is_person(a)), None)
        if p is None:
            return self._supporters_of_body(tok)
        if p.country is None:
            return []
        s, e, text = self._span(tok, ctx)
        if p.sector and p.sector[0] in ("OPP", "REB"):
            return [Actor(text=text, name=text, country=p.country, sector=list(p.sector[:1]),
                          start=s, end=e, why=f"text:sector:people of {p.name}")]  # fmt: skip
        return [Actor(text=text, name=text, country=p.country, sector=["CVL"], start=s, end=e,
                      why=f"text:sector:people of {p.name}")]  # fmt: skip

    def _ethnic_group(self, tok, ctx) -> Actor | None:
        """ "Kurdish fighters", "Baloch militants", "Rohingya insurgents": an ethnonym is no
        country. They are the armed group of that people the article named last (the SDF or
        YPG in Syria, the Peshmerga in Iraq, the PKK in Turkey); with none named, the phrase
        keeps no country (see docs/knowledge-files.md)."""
        words = [t for t in self.doc[ctx["left"] : tok.i]
                 if t.text[:1].isupper() and t.is_alpha and t.i not in self.match_at
                 and (t.ent_type_ == "NORP" or t.pos_ in ("ADJ", "PROPN"))]  # fmt: skip
        if not words:
            return None
        stems = {_stem(t.lower_) for t in words}
        stems.discard("")
        if not stems:
            return None
        names = self.kb.org_words()

        def fits(a: Actor) -> bool:
            if a.org is None or is_person(a) or not set(a.sector) & ARMED_MEN_SECTORS:
                return False
            return any(w.startswith(st) for w in names.get(a.org, ()) for st in stems)

        return self.memory.last(fits)

    def _stateless_people(self, tok, ctx) -> tuple[str, ...] | None:
        """The home countries of a stateless people naming the phrase ("Kurdish
        fighters", "a Kurdish-led delegation"), from sectors.yaml; None when none does."""
        for t in self.doc[ctx["left"] : tok.i]:
            got = self.kb.peoples.get(t.lower_) or self.kb.peoples.get(t.lower_.split("-")[0])
            if got is not None:
                return got
        return None

    def _people_country(self, tok, home: tuple[str, ...]) -> str | None:
        """Where a stateless people's group is: a country its phrase places it in ("in
        north-east Syria", "from Iraq"), else the one home country named as a place in its
        sentence, else the country of the last group of that people named with one ("Syrian
        Kurdish fighters"), else the story's country when it is a home country. Never a foreign one:
        a Kurdish delegation visiting Washington is not American."""

        def places(toks, pobj: bool) -> list[str]:
            out = []
            for t in toks:
                m = self.match_at.get(t.i)
                if (
                    m is None
                    or m.term.entity.kind != "country"
                    or not m.term.entity.country
                    or m.term.function not in ("name", "region", "capital")
                ):
                    continue  # "Turkish troops" is an actor, not where the Kurds are
                h = t
                while h.dep_ in ("compound", "amod", "nmod", "flat") and h.head.i != h.i:
                    h = h.head
                if not pobj or h.dep_ == "pobj":  # "in Syria", "from northern Iraq"
                    out.append(m.term.entity.country)
            return out

        own = places((t for t in tok.subtree if t.i > tok.i), pobj=False)
        if own:
            return own[0]
        sent = [c for c in places(tok.sent, pobj=True) if c in home]
        if len(set(sent)) == 1:
            return sent[0]
        words = {w for w, h in self.kb.peoples.items() if h == home}
        same = self.memory.last(lambda a: a.country in home and not a.why.startswith("coref") and any(
            w.lower().split("-")[0] in words for w in a.text.split()), within=5)  # fmt: skip
        if same is not None:  # "Syrian Kurdish fighters ... the Kurdish fighters"
            return same.country
        focus = self.memory.focus_country()
        return focus if focus in home else None

    def _org_anaphor(self, tok, ctx) -> list[Actor]:
        """ "the bloc", "the group", "the alliance": the organisation named before."""
        if (
            tok.lemma_.lower() not in ORG_ANAPHORS
            or ctx["country"] is not None
            or ctx["org"] is not None
        ):
            return []
        if not (
            self._has_det(tok)
            or any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in tok.children)
        ):
            return []
        if any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in tok.children):
            return []  # "the Wagner group" is a name, not a reference back
        prev = self._named_body(tok.lemma_.lower())
        if prev is None:
            return []
        s, e, text = self._span(tok, ctx)
        return [_copy(prev, text, s, e, "coref:org:description")]

    def _named_body(self, lemma: str, within: int | None = None) -> Actor | None:
        """The organisation "the coalition", "the group", "the alliance" refers back to: one
        that calls itself so, named lately ("the Saudi-led coalition", "the Houthi
        movement"), else the last one of the right kind ("the group": armed and political
        first)."""
        words = self.kb.org_words()
        prev = self.memory.last(lambda a: a.org is not None and not is_person(a) and (
            lemma in a.text.lower().replace("-", " ").split() or lemma in words.get(a.org, ())), within=3)  # fmt: skip
        if prev is not None or lemma in NAMED_ONLY_ANAPHORS:
            return prev
        for wanted in GROUP_SECTORS.get(lemma, [None]):
            prev = self.memory.last(lambda a, w=wanted: a.org is not None and not is_person(a)
                                    and (w is None or bool(w & set(a.sector))), within=within)  # fmt: skip
            if prev is not None:
                return prev
        return None

    def _bracketed(self, tok) -> list[Actor] | None:
        """The actors a bracketed insertion right after a pronoun names ("It [the UK
        government]", "they [the rebels]"), or None when there is none."""
        doc = self.doc
        j = tok.i + 1
        if j >= len(doc) or doc[j].text != "[":
            return None
        end = next((k for k in range(j + 1, min(len(doc), j + 9)) if doc[k].text == "]"), None)
        if end is None or end == j + 1:
            return None
        inside = [t for t in doc[j + 1 : end] if t.pos_ in ("NOUN", "PROPN")]
        roots = [t for t in inside if not (j < t.head.i < end)]
        heads = roots or inside[-1:]
        got = [a for h in heads for a in self._resolve(h)]
        return got or None

    def _domestic_doer(self, tok) -> str | None:
        """The country of the opposition figure or party that does the act whose object or
        complement `tok` heads ("Corbyn accused the government of ...", "the opposition
        demanded that parliament ..."), else None."""
        h = tok
        for _ in range(4):
            if h.head.i == h.i or h.dep_ in ("nsubj", "nsubjpass"):
                return None
            h = h.head
            if h.pos_ in ("VERB", "AUX"):
                break
        else:
            return None
        subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i >= tok.i:
            return None
        for a in self._resolve(subj):
            opp = "OPP" in a.sector or "PTY" in a.sector
            if a.country and opp:
                return a.country
        return None

    def _speaker(self, tok) -> Actor | None:
        """Who says the clause `tok` is in ("He said the ministry had handed a note"): the
        subject of the speech verb above it, if it is an actor."""
        h = tok
        for _ in range(6):
            if h.head.i == h.i:
                return None
            h = h.head
            if h.lemma_.lower() in ("say", "tell", "add", "announce", "state", "insist", "confirm"):
                subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
                if subj is None or subj.i >= tok.i:
                    return None  # (a speaker after the phrase would be resolved out of order)
                got = self._resolve(subj)
                return got[0] if got else None
        return None

    def _quoted_speaker(self, tok) -> list[Actor]:
        """The one who says the clause a first-person pronoun is in, before or after it
        ('X said: "We ..."', '"We ...," X said', '"We ...," he said'): an actor with a
        country or organisation, else no one."""
        h = tok
        for _ in range(6):
            verb = None
            if h.dep_ in ("ccomp", "parataxis") and h.head.lemma_.lower() in SAY_VERBS:
                verb = h.head
            else:
                verb = next((c for c in h.children if c.dep_ in ("parataxis", "ccomp")
                             and c.lemma_.lower() in SAY_VERBS and c.i > tok.i), None)  # fmt: skip
            if verb is not None:
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subj is None or subj.lower_ in ("we", "i", "you"):
                    return []
                return [a for a in self._resolve(subj) if a.country or a.org]
            if h.head.i == h.i:
                return []
            h = h.head
        return []

    def _has_det(self, tok) -> bool:
        return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)

    def _implicit_country(self, tok, sector: str) -> str | None:
        """ "the government", "the ministry": the country the document is about.
        "Several hardline lawmakers", "judges" (no article): the country of the last such
        institution named, if any was named lately."""
        # "outside Congress in Buenos Aires", "Parliament voted": a legislature's proper name
        definite = self._has_det(tok) or (
            sector == "LEG" and tok.pos_ == "PROPN" and tok.tag_ == "NNP"
        )
        if (sector in ("MIL", "COP") and not definite and tok.tag_ == "NNS" and any(
                c.dep_ in ("compound", "amod", "nmod") and c.lower_ in ("government", "regime")
                and c.i > 0 and self.doc[c.i - 1].lower_ not in ("pro", "anti", "-")
                for c in tok.children)):  # fmt: skip
            # "Government forces shelled the town", "regime troops": the army of the government
            # the story is about (not that of the last army named: "Russian jets ... government
            # forces"); "pro-government militias" are no such army
            rebels = [a for a in self.memory.seen
                      if self.memory.sentence_index(a) == self.memory.sentence and a.country
                      and set(a.sector) & {"REB", "OPP"} and not is_person(a)]  # fmt: skip
            if rebels:
                # "The SPLM-IO accused government troops of shelling": the rebels' own
                # government, whatever country the story is mostly about
                return rebels[-1].country
            # a town, region or capital of one country named in the sentence says which
            # government ("an attack by government forces on Douma" in a story that names
            # Russia most)
            sent = tok.sent
            places = {
                m.term.entity.country
                for m in self.matches
                if sent.start <= m.start < sent.end
                and m.term.entity.kind == "country"
                and m.term.function in ("capital", "seat", "region")
            }
            if len(places) == 1:
                return next(iter(places))
            return self.memory.focus_country()
        if (
            sector in ("MIL", "COP")
            and not definite
            and tok.tag_ == "NNS"
            and tok.dep_ in ("nsubj", "nsubjpass")
            and not any(c.dep_ == "amod" for c in tok.children)
        ):
            # "The defence ministry said soldiers had been deployed to guard fuel depots": the
            # soldiers a state body reports on are its own
            speaker = self._speaker(tok)
            if (
                speaker is not None
                and speaker.country
                and not speaker.org
                and set(speaker.sector) & {"GOV", "MIL", "COP"}
            ):
                return speaker.country
        if sector not in ("GOV", "MIL", "LEG", "JUD", "COP") or not (
            definite or (tok.tag_ == "NNS" and sector in ("LEG", "JUD", "COP"))
        ):
            return None
        word = tok.lower_

        def institution(a: Actor) -> bool:
            return (
                a.country is not None
                and sector in a.sector
                and not is_person(a)
                and not a.why.startswith("coref")
            )

        peer = self._domestic_doer(tok)
        if peer is not None:
            # "Labour leader Jeremy Corbyn accused the government", "the opposition urged
            # parliament": an opposition or a party acts on its own country's institutions
            return peer
        # "Iran's government ... unless Washington lifts sanctions ... the government": the
        # same noun names the same body
        focus = self.memory.focus_country()
        home = self.memory.dateline_country
        if (
            sector == "COP"
            and not definite
            and word in ("police", "policemen", "policewomen")
            and focus
            and focus == home
        ):
            last_police = self.memory.last(institution, within=6)
            if last_police is not None and last_police.country != focus:
                # "Australian police have helped keep order [in Solomon Islands] ... Police fired
                # tear gas in Honiara": unqualified police are the country's own (the country of
                # the dateline and of the story); a foreign force is named again ("Australian
                # officers", "the Australian police")
                return focus
        if (
            word in ("authorities", "authority")
            and definite
            and focus
            and focus == home
            and not any(c.dep_ in ("amod", "compound", "prep") for c in tok.children)
        ):
            # "The U.S. embassy said it was concerned. The EU called on the authorities to
            # free the journalists": the unqualified authorities are those of the country the
            # story is about and datelined in, not the last foreign body named
            return focus
        same = self.memory.last(
            lambda a: institution(a) and a.text.lower().split()[-1:] == [word], within=6
        )
        if same is not None:
            return same.country
        speaker = (
            self._speaker(tok)
            if word not in ("embassy", "consulate", "mission", "legation")
            else None
        )
        if speaker is not None and speaker.country and set(speaker.sector) & {"GOV", sector}:
            return speaker.country  # "Foreign Minister Tsahkna ... He said the ministry had ..."
        # "Myanmar's army ... the army": the country of the last such institution named
        prev = self.memory.last(institution, within=3)
        if prev is not None:
            return prev.country
        return self.memory.focus_country() if definite else None

    def _pair(self, tok) -> list[Actor]:
        """ "the two leaders", "both sides", "the three countries": the last distinct actors."""
        low = tok.lemma_.lower()
        if low not in PAIR_NOUNS:
            return []
        nums = {c.lower_ for c in tok.children if c.dep_ in ("nummod", "det", "predet", "quantmod")}
        want = max((PAIR_NUMBERS[n] for n in nums if n in PAIR_NUMBERS), default=0)
        if not want and low in ("ally", "partner") and tok.tag_ == "NNS" and nums == {"the"} and not any(
                c.dep_ in ("poss", "amod", "compound", "prep") for c in tok.children):  # fmt: skip
            # "the allies" after "the United States, South Korea and Japan began joint drills":
            # the last group of several states named together (within four sentences)
            for n, group in reversed(self.memory.groups):
                if self.memory.sentence - n > 4:
                    break
                states = [a for a in group if a.country and not a.org and not is_person(a)]
                if len(states) >= 2 and len({a.country for a in states}) == len(states):
                    s, e, text = self._span(tok, {"left": tok.left_edge.i})
                    return [_copy(a, text, s, e, "coref:plural") for a in states]
            return []
        if not want:
            return []
        want_person = low in PERSON_PAIR_NOUNS
        out: list[Actor] = []
        group = self.memory.recent_group()
        any_kind = low in ("side", "party", "rival", "ally", "power")
        parties = {(a.country, a.org, a.code_override) for a in group or []}
        before = self._last_pair(want, want_person, any_kind)
        if (group and len(group) == want and len(parties) == want
                and (any_kind or all(is_person(a) == want_person for a in group))):  # fmt: skip
            out = list(reversed(group))
        elif before:
            out = list(reversed(before))  # "the two countries ... the two nuclear-armed rivals"
        else:
            for a in reversed(self.memory.seen):
                if (
                    a.why.startswith("coref")
                    or "as a place" in a.why
                    or a.why == "kb:country:region"
                ):
                    continue  # copies and places are not parties
                if not (a.country or a.org or a.code_override):
                    continue  # "officials" of no known country
                if want_person != is_person(a) and (
                    want_person or low not in ("side", "party", "power", "rival", "ally")
                ):
                    continue
                if (
                    not want_person
                    and low in ("country", "nation", "state", "government", "capital")
                    and (
                        a.country is None
                        or a.org is not None
                        or not set(a.sector) <= {"GOV"}
                        or any(b.country == a.country for b in out)
                    )
                ):
                    continue  # "the two countries": states, not an army and a militia of one
                if a.code and all(
                    (a.country, a.org, a.code) != (b.country, b.org, b.code) for b in out
                ):
                    out.append(a)  # distinct parties: a government and its rebels are two
                if len(out) == want:
                    break
        if len(out) < want:
            return []
        s, e, text = self._span(tok, {"left": tok.left_edge.i})
        return [_copy(a, text, s, e, "coref:person:plural" if is_person(a) else "coref:plural")
                for a in reversed(out)]  # fmt: skip

    def _last_pair(self, want: int, want_person: bool, any_kind: bool) -> list[Actor]:
        """The parties a recent "the two countries", "both sides" stood for (within two
        sentences), if there were `want` of them and of the kind wanted."""
        last = self.memory.last(
            lambda a: a.why in ("coref:plural", "coref:person:plural"), within=2
        )
        if last is None:
            return []
        got = [
            a
            for a in self.memory.seen
            if a.why == last.why and (a.start, a.end) == (last.start, last.end)
        ]
        if len(got) != want or not (any_kind or all(is_person(a) == want_person for a in got)):
            return []
        return got

    def _pronoun(self, tok) -> list[Actor]:
        low = tok.lower_
        s, e = tok.idx + self.offset, tok.idx + len(tok) + self.offset
        here = {s}
        inserted = self._bracketed(tok)
        if inserted is not None:
            # 'said: "It [the UK government] has undertaken ..."': the editor says who
            return [_copy(a, tok.text, s, e, "coref:pronoun:bracketed") for a in inserted]
        ahead = self._cataphora(tok)
        if ahead:
            why = "coref:person:pronoun" if low in PERSON_PRONOUNS else "coref:pronoun:it"
            return [_copy(ahead[0], tok.text, s, e, why)]
        if (
            low in ("its", "their")
            and tok.dep_ == "poss"
            and tok.head.dep_ == "conj"
            and tok.head.head.i < tok.i
        ):
            # "suspected Isis fighters and their families", "Russia and its allies": the
            # phrase coordinated with it, whatever it is (no actor when it is none)
            sib = tok.head.head
            if sib.pos_ in ("NOUN", "PROPN") and (low == "its") == (sib.tag_ in ("NN", "NNP")):
                return [_copy(a, tok.text, s, e, f"coref:pronoun:{'it' if low == 'its' else 'they'}")
                        for a in self._resolve(sib) if not is_person(a)]  # fmt: skip
        if (
            low in ("his", "her")
            and tok.dep_ == "poss"
            and tok.head.dep_ == "conj"
            and tok.head.head.i < tok.i
            and tok.head.head.pos_ == "PROPN"
        ):
            # "a deal with Erdogan and his foreign minister", "Assad and his backers": the
            # person the phrase is coordinated with
            people = [a for a in self._resolve(tok.head.head) if is_person(a)]
            if len(people) == 1:
                return [_copy(people[0], tok.text, s, e, "coref:person:pronoun")]
        if low in PERSON_PRONOUNS:
            own, names = self._clause_subject(tok)
            gender = "f" if low in FEMININE else "m"

            def fits(a: Actor) -> bool:
                # a person named, or one described ("India's army chief said his forces ...")
                # but not a role someone is cast "as" ("offering himself as the spokesman of ...")
                return ((is_person(a) or (self._person_phrase(a) and not a.why.startswith("coref")
                                          and self.memory.sentence_index(a) == self.memory.sentence
                                          and not self._cast_as(a)))
                        and a.name not in names and self.memory.gender.get(a.name, gender) == gender
                        and not any(x <= a.start < y for x, y in own))  # fmt: skip

            prev = None
            if own or names:
                # an object pronoun: the nearest fitting person earlier in the same sentence
                # ("detained Rainsy's deputy, Mu Sochua, before releasing her")
                prev = self.memory.last(lambda a: fits(a) and a.start < s, skip=here, within=0)
            else:
                prev = self._enclosing_subject(tok, fits)
            prev = prev or self.memory.salient(fits, skip=here, prefer_main=True)
            if prev is not None:
                self.memory.gender.setdefault(prev.name, gender)  # "he" once: not "she" later
            why = "coref:person:pronoun"
        elif low in THING_PRONOUNS and self._expletive(tok):
            return []  # "it is true", "it seems that": no one
        elif low == "it" and _vehicle_subject(tok):
            return []  # "arrested after it touched down", "before it docked": a plane or ship
        elif low in THING_PRONOUNS:
            # "praised it", "vote against it": an object "it" is a thing far more often than an
            # actor; it is taken for one only when a country or organisation was the subject
            # of this or the previous sentence ("Iran said the US would regret attacking it")
            obj = low == "it" and tok.dep_ not in ("nsubj", "nsubjpass")
            if obj and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ACTOR_OBJECT_VERBS:
                obj = False  # "accused it of", "would ban it": what is accused or banned is a body
            if self._unknown_speaker(tok):
                return []  # "The rights commission said it had opened an inquiry": the commission
            spk = self._described_speaker(tok)
            if spk:
                return [_copy(a, tok.text, s, e, "coref:pronoun:it") for a in spk]
            sib = self._coordinated_object(tok)
            if sib:
                return [_copy(a, tok.text, s, e, "coref:pronoun:it") for a in sib[:1]]
            own, names = self._clause_subject(tok)
            if obj and self._thing_subject_before(tok, own):
                return []  # "The agreement ... began to unravel when Trump withdrew from it"
            ctrl = self._controller(tok, person=False)
            if ctrl:
                return [_copy(a, tok.text, s, e, "coref:pronoun:it") for a in ctrl[:1]]

            def body(a: Actor) -> bool:
                return (not is_person(a) and self._body(a) and not self._plural_phrase(a)
                        and not self._person_phrase(a) and a.name not in names
                        and not any(x <= a.start < y for x, y in own)
                        and not self.memory.reporting(a))  # fmt: skip

            prev = None
            if low == "its" and tok.dep_ == "poss" and tok.head.lemma_.lower() in BODY_LEADER_NOUNS:
                # "suspended the opposition party after police detained its leader": a body
                # with leaders and members (a party, a group, a union), before any state
                prev = self.memory.salient(
                    lambda a: body(a) and bool(a.sector) and not set(a.sector) & OFFICE_SECTORS,
                    skip=here,
                )
            prev = prev or self.memory.salient(body, skip=here, subjects_only=obj)
            why = "coref:pronoun:it"
        elif low in ("we", "us", "our", "ours", "ourselves"):
            # '"We will take all necessary measures," the foreign minister said': the speaker
            # stands for the body he speaks for
            sp = self._quoted_speaker(tok)
            return [_copy(a, tok.text, s, e, "coref:pronoun:we") for a in sp[:1]]
        elif low in PLURAL_PRONOUNS:
            ctrl = self._controller(tok, person=False)
            if ctrl:  # "urged the rebels to lay down their arms"
                return [_copy(a, tok.text, s, e, "coref:pronoun:they") for a in ctrl]
            pair = self._pair_before_between(tok)
            if (
                pair
            ):  # "urged Ethiopia and Eritrea to show restraint and offered to mediate between them"
                return [_copy(a, tok.text, s, e, "coref:pronoun:they") for a in pair]
            group = self.memory.recent_group()
            if group and self._group_is_latest(group):
                return [_copy(a, tok.text, s, e, "coref:person:they" if is_person(a) else "coref:pronoun:they")
                        for a in group]  # fmt: skip
            own, names = self._clause_subject(tok)  # "the attorney general accused them": not him
            # "the army said troops had pushed them back": not the force itself either
            force = tok.lower_ == "them" and self._force_subject(own)
            crowd = self._crowd_of_force(tok, own, names, here) if force else None
            if crowd is not None:
                return [_copy(crowd, tok.text, s, e, "coref:pronoun:they")]
            prev = self.memory.salient(lambda a: not is_person(a) and (a.code != "")
                                       and not (force and set(a.sector) & {"COP", "MIL"})
                                       and not self.memory.reporting(a) and not self._person_phrase(a)
                                       and a.name not in names and not any(x <= a.start < y for x, y in own),
                                       skip=here)  # fmt: skip
            why = "coref:pronoun:they"
        else:
            return []
        if prev is None:
            return []
        return [_copy(prev, tok.text, s, e, why)]

    def _crowd_of_force(self, tok, own, names, here) -> Actor | None:
        """An object "them" of what police or soldiers do ("Police used water cannon to
        disperse them", "arrested protesters ..., accusing them of looting") is the crowd or
        group told of last, within two sentences, not the government or ministry that spoke
        between, nor a place, nor the force itself. The caller has checked that police or
        soldiers do it (_force_subject)."""

        def crowd(a: Actor) -> bool:
            w = a.text.split()[-1].lower() if a.text else ""
            return (not is_person(a) and bool(a.sector) and not set(a.sector) & OFFICE_SECTORS
                    and a.why.startswith("text:sector") and a.name not in names
                    and (self._plural_phrase(a) or w in CROWD_NOUNS)
                    and not any(x <= a.start < y for x, y in own))  # fmt: skip

        return self.memory.last(
            lambda a: crowd(a) and a.start < tok.idx + self.offset, skip=here, within=2
        )

    def _force_subject(self, own) -> bool:
        """The subject spans `own` (of this sentence) are all police or soldiers."""
        force = [a for a in self.memory.seen if any(x <= a.start < y for x, y in own)
                 and self.memory.sentence_index(a) == self.memory.sentence]  # fmt: skip
        return bool(force) and all(set(a.sector) & {"COP", "MIL"} for a in force)

    def _pair_before_between(self, tok) -> list[Actor]:
        """ "between them": the parties coordinated earlier in the same sentence ("urged
        Ethiopia and Eritrea ... between them"), as "between" needs two or more."""
        if tok.lower_ != "them" or tok.head.lower_ != "between":
            return []
        for t in reversed(list(tok.sent)[: tok.i - tok.sent.start]):
            if t.dep_ == "conj" or not any(c.dep_ == "conj" for c in t.children):
                continue
            parts = [t, *t.conjuncts]
            got: list[Actor] = []
            for h in parts:
                start = h.idx + self.offset
                a = next((a for a in reversed(self.memory.seen)
                          if a.start <= start < a.end and not is_person(a) and (a.country or a.org)), None)  # fmt: skip
                if a is not None and all(a.key() != b.key() for b in got):
                    got.append(a)
            if len(got) == len(parts) and len(got) > 1:
                return got
        return []

    def _cataphora(self, tok) -> list[Actor]:
        """A possessive in an opening phrase stands for the main subject named after it: in
        "In its campaign against X, Iran has ..." "its" is Iran; "In his speech, Macron said"
        "his" is Macron. Only a named subject (a proper noun) of the same kind counts."""
        if tok.dep_ != "poss" or tok.lower_ not in ("its", "his", "her", "their"):
            return []
        h = tok
        for _ in range(8):
            if h.head.i == h.i:
                return []
            if h.head.dep_ == "ROOT" and h.head.head.i == h.head.i:
                break
            h = h.head
        else:
            return []
        root = h.head
        if h.dep_ not in ("prep", "advcl", "npadvmod") or root.pos_ not in ("VERB", "AUX"):
            return []
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i < h.i or subj.pos_ != "PROPN":
            return []
        person = tok.lower_ in ("his", "her")
        if tok.lower_ == "their":
            return []  # "their" before a plural subject: not worth the risk
        return [a for a in self._resolve(subj) if is_person(a) == person and a.code]

    def _cast_as(self, a: Actor) -> bool:
        """`a` is a role phrase after "as" in this paragraph ("as the spokesman of ...")."""
        span = self.doc.char_span(
            a.start - self.offset, a.end - self.offset, alignment_mode="expand"
        )
        return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ == "as"

    def _enclosing_subject(self, tok, fits) -> Actor | None:
        """A subject or possessive pronoun stands for the person who is the subject of a
        clause it sits in, nearest first: in "Erdogan softened his demand to see Assad
        removed, as part of his cooperation with Russia" both "his" are Erdogan, not Assad,
        whose clause ("Assad removed") holds neither; in "Trump said Kim had kept his
        promise" "his" is Kim."""
        h = tok.head
        for _ in range(8):
            if h.pos_ in ("VERB", "AUX"):
                for c in h.children:
                    if (
                        c.dep_ not in ("nsubj", "nsubjpass")
                        or c.i == tok.i
                        or c.right_edge.i >= tok.i
                    ):
                        continue
                    lo = c.left_edge.idx + self.offset
                    hi = c.right_edge.idx + len(c.right_edge) + self.offset
                    at = (
                        c.idx + self.offset
                    )  # the subject itself, not a possessor in it ("his remarks")
                    got = [a for a in self.memory.seen if self.memory.sentence_index(a) == self.memory.sentence
                           and lo <= a.start and a.end <= hi and a.start <= at < a.end and fits(a)]  # fmt: skip
                    if got:
                        return got[0]
            if h.dep_ == "ROOT" or h.head.i == h.i:
                break
            h = h.head
        return None

    def _thing_subject_before(self, tok, own: list[tuple[int, int]]) -> bool:
        """An object "it" after a subject that is a thing, not an actor: in "The 2015
        agreement ... began to unravel when Trump withdrew the United States from it", "it"
        is the agreement. The nearest subject before the pronoun, outside its own clause,
        decides."""
        start = tok.idx + self.offset
        subj = None
        for t in tok.sent:
            if t.i >= tok.i:
                break
            if (t.dep_ in ("nsubj", "nsubjpass") and t.tag_ not in ("WDT", "WP")
                    and not any(x <= t.idx + self.offset < y for x, y in own)):  # fmt: skip
                subj = t  # ("which" in a relative clause stands for its noun: skipped)
        if (
            subj is None
            or subj.pos_ != "NOUN"
            or subj.tag_ != "NN"
            or start <= subj.idx + self.offset
        ):
            return False
        if subj.lemma_.lower() in PERSON_ROLE_NOUNS | COUNTRY_NOUNS | ORG_ANAPHORS:
            return False
        return not self._resolve(subj)

    def _controller(self, tok, person: bool) -> list[Actor]:
        """A possessive in a clause whose doer is the object of the verb above it: "urged
        Tehran to reconsider its plan" -- "its" is Tehran; "called on the rebels to lay down
        their arms"."""
        if tok.dep_ != "poss":
            return []
        h = tok.head
        for _ in range(4):
            if h.dep_ in ("xcomp", "ccomp") and h.pos_ in ("VERB", "AUX"):
                subj = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
                gov = h.head
                objs = subj or [c for c in gov.children if c.dep_ in ("dobj", "obj")] or [
                    g for c in gov.children if c.dep_ == "prep" and c.lower_ == "on"
                    for g in c.children if g.dep_ == "pobj"]  # fmt: skip
                if not objs or objs[0].pos_ == "PRON" or objs[0].i > tok.i:
                    return []
                if (
                    subj
                    and h.dep_ == "ccomp"
                    and gov.lemma_.lower() not in ("urge", "ask", "call", "press", "tell", "order")
                ):
                    return []  # "X said Y would reconsider its plan": not for here
                got = [a for a in self._resolve(objs[0]) if is_person(a) == person and a.code]
                return got
            if h.dep_ == "ROOT" or h.head.i == h.i:
                break
            h = h.head
        return []

    def _coordinated_object(self, tok) -> list[Actor]:
        """ "thanked the EU for its decision and urged it to go further", "praised Qatar and
        asked it to keep mediating": an object "it" of a verb coordinated with one whose object
        is a country or organisation is that object."""
        v = tok.head
        if tok.lower_ != "it" or tok.dep_ != "dobj" or v.dep_ != "conj" or v.head.pos_ != "VERB":
            return []
        objs = [c for c in v.head.children if c.dep_ == "dobj"]
        if not objs or objs[0].pos_ == "PRON":
            return []
        return [
            a
            for a in self._resolve(objs[0])
            if a.code and not is_person(a) and (a.country or a.org)
        ]

    def _unknown_speaker(self, tok) -> bool:
        """ "it" as the subject (or "its" in the subject) of what a singular noun phrase says
        that names no actor ("The rights commission said it had opened an inquiry", "the
        company said its trucks ..."): the pronoun is that speaker, not an actor told before."""
        subj = self._speaker_noun(tok)
        return (
            subj is not None
            and not any(t.i in self.match_at for t in subj.subtree)
            and not [a for a in self._resolve(subj) if a.code]
        )

    def _described_speaker(self, tok) -> list[Actor]:
        """ "The militia said it would attack", "a self-defence force said its fighters ...": the
        pronoun is the speaker when that is a group described by a role noun and no country
        (such a group is no antecedent for a later "it", having no country or name)."""
        subj = self._speaker_noun(tok)
        if subj is None:
            return []
        got = [a for a in self._resolve(subj) if a.code]
        if (
            len(got) == 1
            and not got[0].country
            and not got[0].org
            and not is_person(got[0])
            and not self._person_phrase(got[0])
            and not self._plural_phrase(got[0])
        ):
            return got
        return []

    def _speaker_noun(self, tok):
        """The singular noun that says the clause "it" ("its") is the subject of, when the
        phrase names no country or organisation: "The militia said it ...", "The rights
        commission said its ..."; else None."""
        if tok.lower_ not in ("it", "its"):
            return None
        h = (
            tok.head
            if tok.dep_ in ("nsubj", "nsubjpass")
            else tok.head.head
            if tok.dep_ == "poss"
            else None
        )
        if h is None or (tok.dep_ == "poss" and tok.head.dep_ not in ("nsubj", "nsubjpass")):
            return None
        if h.dep_ != "ccomp" or h.head.lemma_.lower() not in REPORTING_LEMMAS:
            return None
        subj = next((c for c in h.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.tag_ not in ("NN", "NNP"):
            return None
        if (
            subj.lemma_.lower() in SPOKES_NOUNS
            or subj.lemma_.lower() in PERSON_PAIR_NOUNS | LEADER_NOUNS
        ):
            return None  # "a spokesman said it": the body he speaks for, told before
        if any(
            t.i in self.match_at and self.match_at[t.i].term.function != "sector"
            for t in subj.subtree
        ):
            return None  # "The United States Africa Command said it": a name in the phrase
        if any(t.lower_ == "national" for t in subj.subtree):
            return None  # "The National Human Rights Institute said it": the story's state body
        return subj

    @staticmethod
    def _expletive(tok) -> bool:
        if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "expl"):
            return tok.dep_ == "expl"
        h = tok.head
        if h.lemma_ in ("seem", "appear", "rain", "snow"):
            return True
        return h.lemma_ in ("be", "remain", "become") and any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in EXPLETIVE_WORDS for c in h.children
        )

    def _clause_subject(self, tok) -> tuple[list[tuple[int, int]], set[str]]:
        """The subject of the clause an object pronoun sits in, as character spans and the
        names it resolves to: "the US would regret attacking it" -- "it" is not the US;
        "she backed him" -- "him" is not whoever "she" is."""
        if tok.dep_ not in ("dobj", "pobj", "dative", "obj", "iobj") or tok.lower_.endswith(
            ("self", "selves")
        ):
            return (
                [],
                set(),
            )  # subjects, possessives and reflexives may refer to the clause's subject
        h = tok.head
        for _ in range(6):
            subj = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and h.pos_ in ("VERB", "AUX"):
                spans = [(c.left_edge.idx + self.offset, c.right_edge.idx + len(c.right_edge) + self.offset)
                         for c in subj]  # fmt: skip
                names = {a.name for c in subj if c.i != tok.i for a in self._resolve(c)}
                return spans, names
            if h.dep_ in ("ROOT",) or h.head.i == h.i:
                break
            h = h.head
        return [], set()

    def _group_is_latest(self, group: list[Actor]) -> bool:
        """ "Putin and Xi met. They agreed": no other subject came after the pair."""
        ids = {id(a) for a in group}
        for a in reversed(self.memory.seen):
            if id(a) in ids:
                return True
            if id(a) in self.memory.subjects and not a.why.startswith("coref"):
                return False
        return False

    @staticmethod
    def _person_phrase(a: Actor) -> bool:
        """ "a top U.S. official": one person, never "it"."""
        w = a.text.split()[-1].lower() if a.text else ""
        return a.why.startswith("text:sector") and w in PERSON_ROLE_NOUNS

    @staticmethod
    def _plural_phrase(a: Actor) -> bool:
        w = a.text.split()[-1].lower() if a.text else ""
        return (w.endswith("s") or w in PLURAL_BODIES) and a.why.startswith("text:sector")

    @staticmethod
    def _body(a: Actor) -> bool:
        """What "it" can stand for: a country or organisation, or a body the text names by
        its kind without a country ("the opposition party"), not a crowd or people."""
        if (a.country or a.org or a.code_override) is not None:
            return True
        return bool(a.sector) and a.sector[0] not in PEOPLE_SECTORS


BACKING_WORDS = {
    "backed",
    "funded",
    "sponsored",
    "supported",
    "armed",
    "trained",
    "financed",
    "bankrolled",
}


def _backer(t) -> bool:
    """A name that modifies "backed", "funded", "trained" ("US-backed", "Iranian-funded"):
    the backer of the phrase's actor, not its nationality (a "Saudi-led" coalition is led by
    Saudi Arabia and coded by its leader, so "led" is not one of these)."""
    return t.dep_ in ("npadvmod", "compound", "nmod", "amod") and t.head.lower_ in BACKING_WORDS


def _partisan_prefix(doc, i: int) -> bool:
    """A name after "anti-" or "pro-" ("anti-Syria", "pro-Russian") says whom the phrase is
    for or against, not whose it is."""
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("anti", "pro"):
        return True
    return i >= 1 and doc[i - 1].lower_ in ("anti-", "pro-")
