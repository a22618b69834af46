"""The actor knowledge base: countries, regions, organisations, sector nouns and dated people.

Loaded once from the data files (see docs/knowledge-files.md), validated on load (a bad
entry raises `KnowledgeError` naming file, line and reason), and indexed by first token so
that a sentence is scanned in one pass. Every alias is tokenised the way spaCy's English
tokenizer splits it, so "al-Qaeda" and "U.S." line up with the parsed tokens.

Matching rules (`KnowledgeBase.match`):
- longest match wins, left to right, without overlaps; a longer alias ("Latin America",
  "South American") therefore blocks a shorter one inside it ("America", "American");
- proper names must be capitalised in the text ("chad", "may" are not Chad or May);
- acronyms that are also English words or two letters long (US, IS, WHO, PA, AP, UK) must
  be written in capitals, and not inside an all-capitals headline;
- when several people share an alias ("Assad", "Kabila"), all are kept on the match and the
  resolver picks the one in office on the article's date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from ..words import word_class

SECTORS = {
    "GOV", "MIL", "LEG", "JUD", "COP", "OPP", "REB", "SPY", "CVL", "MED", "BUS", "LAB", "EDU",
    "REL", "REF", "HLH", "AGR", "ENV", "CRM", "ELI", "NGO", "IGO", "IMG", "UAF", "MOD", "RAD",
    "HRI", "PTY", "SET", "INS", "DEV", "JEW", "MUS", "CHR", "BUD", "HIN", "SHI", "SUN", "NGM",
    "ELC", "MNC", "PRI", "INT", "UNO", "TER", "SEP", "MOS", "DIP", "CRS", "ETH", "MIG", "YTH",
    "WMN", "ACD", "SCI", "TRN", "ENR", "FIN", "PTE", "ADM", "LOC", "FRM", "GOVFRM",
}  # fmt: skip
KINDS_ORG = {"igo", "ngo", "armed", "party", "media", "company", "court", "other"}
_WORDLIKE_EXTRA = word_class("wordlike_acronyms")  # data/word_classes.yaml


_GEO_NOUNS = word_class("country_feature_nouns")  # data/word_classes.yaml
_PLACE_NAME_TAILS = word_class("place_name_tails")  # data/word_classes.yaml
_DIRECTIONS = word_class("place_name_directions")  # data/word_classes.yaml
_HONORIFICS = word_class("name_honorifics")  # data/word_classes.yaml
# entity types a country name can be the first word of ("Israel Adesanya" is tagged GPE)
_NAME_ENTS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT"}
_ORG_TAILS = word_class("country_named_org_tails")  # data/word_classes.yaml
_KIND_TAILS = word_class("lower_case_kind_tails")  # data/word_classes.yaml


@functools.lru_cache(maxsize=1)
def _place_name_prefixes() -> frozenset[str]:
    from ..words import word_class

    return frozenset(word_class("place_name_prefixes"))  # data/word_classes.yaml


@functools.lru_cache(maxsize=256)
def _longer_place_countries(name: str) -> frozenset[str]:
    """The countries of the gazetteer's divisions named `name`, else of the longer division
    and country names that hold it ("New Britain" -> PNG); empty when the gazetteer knows no
    such place or cannot be read."""
    try:
        from ..where import gazetteer

        g = gazetteer()
        if g.country_of_name(name):
            return frozenset()  # a country's own name ("New Zealand") is the country
        found = {d.country for d in g.divisions_named(name)}
        return frozenset(found or g.countries_of_longer_names(name))
    except Exception:  # no gazetteer: no evidence either way
        return frozenset()


def _inside_longer_place(prev, tok, country: str | None) -> bool:
    """Whether the country name `tok` ends a longer place name begun by `prev` ("New
    Britain", "New Ireland", "New Mexico") that the gazetteer places in other countries only:
    a province or island of Papua New Guinea, a US state, not Britain, Ireland or Mexico."""
    if prev.lower_ not in _place_name_prefixes() or not prev.text[:1].isupper():
        return False
    held = _longer_place_countries(f"{prev.text} {tok.text}")
    return bool(held) and country not in held


class KnowledgeError(ValueError):
    """A knowledge file is invalid: the message names file, line and reason."""


@dataclass(frozen=True)
class Role:
    country: str | None
    org: str | None
    sector: str
    role: str
    start: dt.date | None
    end: dt.date | None
    origin: str = ""
    code: str | None = None  # a whole code given by a dictionary (PETRARCH import)

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass
class Entity:
    """Something an alias can name."""

    id: str
    kind: str  # country | region | org | person | sector | petrarch
    name: str
    country: str | None = None
    org: str | None = None
    sector: tuple[str, ...] = ()
    code: str | None = None
    roles: list[Role] = field(default_factory=list)
    origin: str = ""
    aliases: set[str] = field(default_factory=set, repr=False)

    def role_on(self, day: dt.date | None, prefer: str | None = None) -> tuple[Role | None, str]:
        """The role a person held on `day`: (role, 'current'|'former'|'before'|'undated').
        Of several roles held at once, the one in the sector `prefer` (the title the text
        gives: "army chief Burhan" is MIL, "Sovereignty Council chairman Burhan" GOV), else
        the executive one."""
        if not self.roles:
            return None, "undated"
        if day is None:
            return max(self.roles, key=lambda r: r.start or dt.date.min), "undated"
        current = [r for r in self.roles if r.covers(day)]
        if current:
            # several roles at once (president and party leader): the executive one wins
            rank = {"GOV": 0, "IGO": 1, "MIL": 2, "LEG": 3}
            return min(
                current, key=lambda r: (r.sector != prefer, rank.get(r.sector, 9))
            ), "current"
        past = [r for r in self.roles if r.end is not None and r.end < day]
        if past:
            return max(past, key=lambda r: r.end), "former"
        return min(self.roles, key=lambda r: r.start or dt.date.max), "before"

    def code_on(self, day: dt.date | None) -> tuple[Role | None, str]:
        """PETRARCH semantics for dictionary actors: the first dated code whose interval
        holds the day, else the undated default code; (None, 'none') when neither."""
        dated = [r for r in self.roles if r.dated]
        default = [r for r in self.roles if not r.dated]
        if day is not None:
            for r in dated:
                if r.covers(day):
                    return r, "current"
        elif dated and not default:
            return max(dated, key=lambda r: r.start or dt.date.min), "undated"
        if default:
            return default[0], "default"
        return None, "none"


@dataclass(frozen=True)
class Term:
    """One alias and what it means where it occurs."""

    tokens: tuple[str, ...]
    entity: Entity
    function: (
        str  # name | adjective | people | capital | seat | military | legislature | region | sector
    )
    sector: tuple[str, ...] = ()
    proper: bool = True  # a proper name: must be capitalised in running text
    ambiguous: bool = False
    surface: str = ""
    caps: tuple[bool, ...] = ()  # which alias words are capitalised
    strict: tuple[bool, ...] = ()  # which alias words are acronyms that must be in capitals
    det: bool = False  # needs "the" before it ("the West")
    priority: int = 1  # 0 for dictionaries given on the command line: they win ties


@dataclass
class Match:
    start: int  # token indices, end exclusive
    end: int
    term: Term
    alternatives: tuple[
        Term, ...
    ] = ()  # other entities with the same alias (people sharing a surname)

    @property
    def entity(self) -> Entity:
        return self.term.entity


class KnowledgeBase:
    """All entities and their aliases, with a first-token index for matching."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.countries: dict[str, Entity] = {}
        self.regions: dict[str, Entity] = {}
        # region entity id -> the states "the Europeans" may mean, and the bloc of them
        # (regions.yaml `states`, `bloc`): resolve/anaphora.py _region_members
        self.region_states: dict[str, frozenset[str]] = {}
        self.region_bloc: dict[str, str] = {}
        self.orgs: dict[str, Entity] = {}
        self.titles: dict[tuple[str, ...], str] = {}
        self.modifiers: dict[str, str] = {}
        # stateless people's word -> its home countries: "kurdish" -> (TUR, SYR, IRQ, IRN)
        self.peoples: dict[str, tuple[str, ...]] = {}
        # a divided nation's plural -> its states: "koreas" -> (PRK, KOR) (sectors.yaml)
        self.divided_states: dict[str, tuple[str, ...]] = {}
        # office one country alone has by that name -> that country: "home secretary" -> GBR
        self.national_titles: dict[str, str] = {}
        self._index: dict[str, list[Term]] = defaultdict(list)
        self.sources: list[str] = []
        self.load_seconds: float = 0.0
        self.org_parent: dict[str, tuple[str, str]] = {}  # org key -> (parent key, file:line)
        self.org_by_code: dict[str, str] = {}  # CAMEO code -> org key (for dictionaries)
        self.warnings: list[str] = []  # lines of PETRARCH dictionaries that were skipped
        self.dictionary_reports: list = []  # petrarch.LoadReport per dictionary file
        self._owner: dict[
            tuple[str, ...], tuple[Entity, str]
        ] = {}  # alias -> country/org/region, for duplicate checks
        self._org_words: dict[str, frozenset[str]] | None = None
        self._org_name_ends: dict[str, frozenset[str]] | None = None
        self._compass_pairs: dict[str, dict[str, str]] | None = None
        self._legislatures: dict[str, frozenset[str]] | None = None
        self.islands: set[str] = set()  # countries news calls "the island" (Taiwan, Cyprus, ...)
        # a state formed from another: its capitals and regions were the other's until a day
        # ("Juba" in 1990 is a town of Sudan): iso3 -> (former country, last day)
        self.part_of: dict[str, tuple[str, dt.date]] = {}
        # an alias a country stopped using on a day, that names something else after it
        # ("Salisbury", Harare until 1982, is then the English city): (iso3, alias) -> day
        self.renamed: dict[tuple[str, tuple[str, ...]], dt.date] = {}
        # org key -> aliases other countries' parties share ("Democratic Party"): see
        # load_organisations and resolve/sentence.py
        self.local_names: dict[str, set[tuple[str, ...]]] = {}
        # parent org key -> [(affiliate key, countries it operates in)]: "Islamic State" in a
        # story datelined in Mozambique is its Mozambique province (resolve/sentence.py)
        self.affiliates: dict[str, list[tuple[str, frozenset[str]]]] = {}
        self.org_seats: dict[
            tuple[str, ...], str
        ] = {}  # city alias -> organisation key ("brussels" -> EU)
        # org key -> the day an armed group became its country's government (TALIBAN ->
        # 2021-08-15): its acts from that day are the government's (pipeline.governing_groups)
        self.governs: dict[str, dt.date] = {}

    # -- building ---------------------------------------------------------------------
    def add_term(self, surface: str, entity: Entity, function: str, sector: Iterable[str] = (),
                 proper: bool = True, ambiguous: bool = False, where: str = "",
                 det: bool = False) -> Term | None:  # fmt: skip
        words = tokenize_cased(surface)
        if not words:
            return None
        if words[0].lower() == "the" and len(words) > 1 and function != "sector":
            words = words[1:]  # "the" is optional in text; the matcher skips it
        toks = tuple(w.lower() for w in words)
        caps = tuple(w[:1].isupper() for w in words)
        strict = tuple(proper and _is_strict_acronym(w) for w in words)
        if entity.kind in ("country", "org", "region") and where:
            prev = self._owner.get(toks)
            if prev is not None and prev[0] is not entity:
                raise KnowledgeError(
                    f"{where}: alias {surface!r} already names {prev[0].name} ({prev[1]}); "
                    "an alias may name one country, region or organisation only"
                )
            self._owner[toks] = (entity, where)
        term = Term(toks, entity, function, tuple(sector), proper, ambiguous, surface, caps,
                    strict, det)  # fmt: skip
        self._index[toks[0]].append(term)
        return term

    def finish(self) -> None:
        for k in self._index:
            self._index[k].sort(key=lambda t: (-len(t.tokens), t.priority))

    @property
    def size(self) -> dict[str, int]:
        people = [e for e in self.entities.values() if e.kind == "person"]
        return {
            "countries": len(self.countries),
            "regions": len(self.regions),
            "organisations": len(self.orgs),
            "people": len(people),
            "person_roles": sum(len(p.roles) for p in people),
            "dictionary_actors": sum(1 for e in self.entities.values() if e.kind == "petrarch"),
            "sector_terms": sum(
                1 for ts in self._index.values() for t in ts if t.function == "sector"
            ),
            "titles": len(self.titles),
            "aliases": sum(len(v) for v in self._index.values()),
        }

    def org_words(self) -> dict[str, frozenset[str]]:
        """Organisation key -> the lowercase words of all its names ("SDF" -> syrian,
        democratic, forces, kurdish-led, ...), built once on first use."""
        if self._org_words is None:
            words: dict[str, set[str]] = defaultdict(set)
            for terms in self._index.values():
                for t in terms:
                    if t.entity.kind == "org" and t.entity.org:
                        words[t.entity.org].update(
                            w.lower() for w in t.surface.replace("-", " ").split()
                        )
            self._org_words = {k: frozenset(v) for k, v in words.items()}
        return self._org_words

    def org_name_ends(self) -> dict[str, frozenset[str]]:
        """Organisation key -> the head words ending its names of two words or more ("EMC",
        known as "FARC dissidents" -> dissidents; words.name_head_word): what "the
        dissidents" can refer back to. Not a word after a preposition in the name: "the
        refugees" are not the UN High Commissioner for Refugees."""
        if self._org_name_ends is None:
            from ..words import name_head_word

            ends: dict[str, set[str]] = defaultdict(set)
            for terms in self._index.values():
                for t in terms:
                    head = name_head_word(t.surface)
                    several = len(t.surface.replace("-", " ").split()) > 1
                    if t.entity.kind == "org" and t.entity.org and head is not None and several:
                        ends[t.entity.org].add(head)
            self._org_name_ends = {k: frozenset(v) for k, v in ends.items()}
        return self._org_name_ends

    def compass_pairs(self) -> dict[str, dict[str, str]]:
        """Countries named "North X" and "South X", by X: "Korea" -> {"North": "PRK",
        "South": "KOR"} (an X with one half only is kept too), built once on first use."""
        if self._compass_pairs is None:
            pairs: dict[str, dict[str, str]] = {}
            for code, ent in self.countries.items():
                first, _, rest = (ent.name or "").partition(" ")
                if first in ("North", "South") and rest:
                    pairs.setdefault(rest, {})[first] = code
            self._compass_pairs = pairs
        return self._compass_pairs

    def org_ancestors(self, key: str | None) -> list[str]:
        """The bodies above an organisation, nearest first ("MONUSCO": its department, then
        the UN); a loop in the files stops the climb instead of hanging it."""
        out: list[str] = []
        while key in self.org_parent:
            key = self.org_parent[key][0]
            if not key or key in out:
                break
            out.append(key)
        return out

    def _legislature_map(self) -> dict[str, frozenset[str]]:
        """Country -> the names the files give its legislature, lower case (read once)."""
        if self._legislatures is None:
            found: dict[str, set[str]] = defaultdict(set)
            for terms in self._index.values():
                for t in terms:
                    if t.function == "legislature" and t.entity.kind == "country":
                        found[t.entity.country].add(" ".join(t.tokens))
            self._legislatures = {k: frozenset(v) for k, v in found.items()}
        return self._legislatures

    def legislature_names(self, iso3: str) -> frozenset[str]:
        """The names the files give a country's legislature ("bundestag", "congress of
        deputies"), lower case."""
        return self._legislature_map().get(iso3, frozenset())

    def legislature_owners(self, phrase: str) -> set[str]:
        """The countries whose legislature the files call `phrase` ("Congress": the US's)."""
        name = " ".join(_alias_tokens(phrase))
        return {c for c, names in self._legislature_map().items() if name in names}

    def lookup(self, phrase: str) -> list[Term]:
        """Terms whose alias is exactly `phrase` (case-insensitive), longest first."""
        toks = _alias_tokens(phrase)
        return [t for t in self._index.get(toks[0] if toks else "", ()) if t.tokens == toks]

    def is_role_noun(self, word: str) -> bool:
        """`word` is a noun of a role or group the files list as a sector ("villager",
        "farmer", "police"): what the parse repairs ask (nlp.parse `is_role`)."""
        return any(t.function == "sector" for t in self.lookup(word))

    # -- matching -----------------------------------------------------------------------
    def match(self, tokens) -> list[Match]:
        """Longest, left-to-right, non-overlapping matches over spaCy tokens."""
        n = len(tokens)
        if not n:
            return []
        lowers = [t.lower_ for t in tokens]
        lemmas = [_lemma(t, self._index) for t in tokens]
        letters = [c for t in tokens for c in t.text if c.isalpha()]
        shouting = len(letters) > 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters)
        out: list[Match] = []
        i = 0
        while i < n:
            best: Match | None = None
            alts: list[Term] = []
            for key in dict.fromkeys((lowers[i], lemmas[i])):
                for term in self._index.get(key, ()):
                    L = len(term.tokens)
                    if best and best.end - best.start > L:
                        continue
                    if not _fits(term, lowers, lemmas, i):
                        continue
                    if not _case_ok(term, tokens, i, L, shouting):
                        continue
                    if term.entity.kind in ("country", "region") and self._part_of_other_name(
                        term, tokens, i, L, out
                    ):
                        continue  # "Chad Wolf", "Michael Jordan", "Paris Hilton", "the Niger river", "the Europe Bridge"
                    if (
                        term.entity.kind == "org"
                        and not shouting
                        and self._org_namesake(tokens, i, out)
                    ):
                        continue  # "the Popular Resistance Front", "Mohamed El Fateh"
                    if self._part_of_acronym_compound(tokens, i, L):
                        continue  # "PP-DB" (a Bulgarian alliance) is not Spain's PP
                    if best and best.end - best.start == L:
                        if term.entity is not best.term.entity and all(
                            a.entity is not term.entity for a in alts
                        ):
                            alts.append(term)
                        continue
                    best = Match(i, i + L, term)
                    alts = []
            if best:
                if alts:
                    best.alternatives = tuple(alts)
                else:
                    best = self._whole_name(best, tokens, lowers, lemmas, shouting)
                out.append(best)
                i = best.end
            else:
                i += 1
        return out

    def out_of_date(self, term: Term, day: dt.date | None) -> bool:
        """An alias the country no longer used on `day` ("Salisbury" in 2018 is not Harare)."""
        if day is None or term.entity.kind != "country" or not self.renamed:
            return False
        last = self.renamed.get((term.entity.country or "", term.tokens))
        return last is not None and day > last

    def _whole_name(self, best: Match, tokens, lowers, lemmas, shouting: bool) -> Match:
        """A title alias followed by the rest of the same person's name ("President Moon
        Jae-in": the alias "President Moon", then the name "Moon Jae-in"): one match over the
        whole name, so the phrase's head is inside it."""
        if best.term.entity.kind != "person":
            return best
        for j in range(best.start + 1, best.end):
            for term in self._index.get(lowers[j], ()):
                L = len(term.tokens)
                if (term.entity is best.term.entity and j + L > best.end
                        and _fits(term, lowers, lemmas, j)
                        and _case_ok(term, tokens, j, L, shouting)):  # fmt: skip
                    return Match(best.start, j + L, term)
        return best

    def _part_of_other_name(self, term: Term, tokens, i: int, L: int, before: list[Match]) -> bool:
        """A country's name or capital that is only a word of another name: a person's
        ("Chad Wolf", "Israel Adesanya", "Kenya Moore", "Michael Jordan", "Rep. Jordan"), a
        company's or a college's ("Paris Hilton", "Georgia Tech"), a river's or a valley's
        ("the Niger river", "the Jordan Valley", "River Jordan"). A name the small model
        tags PERSON on its own ("Jordan condemned", "Niger's junta") is still the country."""
        if term.function not in ("name", "capital", "region") or L > 1:
            return False
        n = len(tokens)
        tok = tokens[i]
        if not tok.pos_:
            return False  # not parsed (prefilter): no evidence either way
        prev = tokens[i - 1] if i > 0 else None
        nxt = tokens[i + L] if i + L < n else None
        if prev is not None and _inside_longer_place(prev, tok, term.entity.country):
            return True  # "New Britain police", "New Mexico's governor"
        if (prev is not None and i >= 2 and prev.ent_type_ == "PERSON" and prev.pos_ == "PROPN"
                and prev.is_alpha and prev.text[:1].isupper() and (prev.lower_,) not in self.titles
                and prev.dep_ == "compound" and prev.head.i == i
                and tok.ent_type_ in ("PERSON", "GPE", "") and (nxt is None or not nxt.text[:1].isupper())
                and not self._starts_match(tokens, i - 1)
                and any((t := self.title_at(tokens, i - 1 - k)) is not None and t[0] == k
                        for k in (1, 2, 3, 4) if i - 1 - k >= 0)):  # fmt: skip
            # "opposition leader Ana Cusco", "Governor Ali Kabul": a title, a given name, and a
            # surname that is also a place (whatever the parser tags it)
            return True
        if term.function == "region":
            # a city that is also a given name ("Milan Petrovic said", "Florence Ndlovu
            # urged"): right before a capitalised surname that is no place, and the pair a
            # person to the parser or the subject of a verb; not "Gaza City", "Milan police"
            return bool(
                nxt is not None and nxt.pos_ == "PROPN" and nxt.is_alpha and nxt.text[:1].isupper()
                and not nxt.text.isupper() and nxt.lower_ not in _ORG_TAILS
                and nxt.lower_ not in _GEO_NOUNS and nxt.lower_ not in _PLACE_NAME_TAILS
                and (nxt.lower_,) not in self.titles
                and nxt.ent_type_ not in ("LOC", "NORP", "ORG", "FAC", "DATE")
                and not self._starts_match(tokens, i + L)
                and tok.dep_ == "compound" and tok.head.i == nxt.i
                and (nxt.ent_type_ == "PERSON" and tok.ent_type_ in ("PERSON", "")
                     or nxt.dep_ in ("nsubj", "nsubjpass") and nxt.head.pos_ == "VERB")
            )  # fmt: skip
        if (
            nxt is not None
            and nxt.lower_ in _GEO_NOUNS
            and (nxt.text.islower() or tok.ent_type_ in ("LOC", "FAC"))
        ):
            return True  # "the Niger river", "the Congo Basin", "the Jordan Valley"
        if prev is not None and prev.lower_ in ("river", "lake") and prev.text[:1].isupper():
            return True  # "River Jordan"
        if prev is not None and prev.lower_.rstrip(".") in _HONORIFICS and prev.text[:1].isupper():
            return True  # "Mr Jordan", "Rep. Jordan"

        if (nxt is not None and self._name_word(nxt) and nxt.lower_ not in _ORG_TAILS
                and not self._starts_match(tokens, i + L)):  # fmt: skip
            if nxt.ent_type_ == "PERSON" and (
                tok.ent_type_ in ("PERSON", "") or nxt.ent_iob_ == "I"
            ):
                return True  # "Chad Wolf", "Kenya Moore"
            if (nxt.ent_iob_ == "I" and nxt.ent_type_ in _NAME_ENTS and tok.ent_type_ == nxt.ent_type_
                    and (term.ambiguous or term.function == "capital" or term.entity.kind == "region"
                         or nxt.ent_type_ in ("PERSON", "GPE"))):  # fmt: skip
                # "Paris Hilton" (ORG), "Sofia Gatica" (LOC), "Georgia Tech"; a country's own
                # name leads many names of its bodies ("Montenegro Assembly", "Kenya Airways")
                return True
            if (tok.dep_ == "compound" and tok.head.i == nxt.i and tok.ent_type_ in ("PERSON", "GPE", "")
                    and nxt.ent_type_ in ("PERSON", "GPE", "")):  # fmt: skip
                return True  # "Israel Adesanya" (two GPEs to the small model)
        if (prev is not None and tok.ent_iob_ == "I" and self._name_word(prev) and (term.ambiguous or term.function == "capital")
                and tok.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT")
                and not (before and before[-1].end == i)):  # fmt: skip
            # "Michael Jordan", "Jim Jordan"; not "Fascist Italy", "Global Affairs Canada",
            # "Amnesty International Kenya" (a branch)
            return True
        return False

    def _org_namesake(self, tokens, i: int, before: list[Match]) -> bool:
        """An organisation's alias that is only the end of a longer proper name: another
        body's ("the Popular Resistance Front" is not the Resistance Front) or a person's or
        a building's ("Mohamed El Fateh", "the El Fateh mosque" are not Fatah). The word
        before is a capitalised name word of the same name, not a title, a date or an actor
        matched before it ("Palestinian Islamic Jihad", "Kenya's ODM") or a people's word
        ("the Syrian Kurdish YPG militia")."""
        if i == 0 or (before and before[-1].end == i):
            return False
        prev, tok = tokens[i - 1], tokens[i]
        if not tok.pos_:
            return False  # not parsed (prefilter): no evidence either way
        same_name = (prev.dep_ == "compound" and prev.head.i >= i) or (
            tok.ent_iob_ == "I" and prev.ent_type_ == tok.ent_type_
        )
        return bool(
            same_name and self._name_word(prev) and not prev.is_sent_start
            and prev.lower_.rstrip(".") not in _TITLE_WORDS
            and prev.lower_ not in self.peoples and prev.lower_ not in self.modifiers
            and prev.ent_type_ != "GPE"
            and not self._starts_match(tokens, i - 1)
        )  # fmt: skip

    def _part_of_acronym_compound(self, tokens, i: int, L: int) -> bool:
        """An acronym alias glued by a hyphen to another capitalised acronym that is no
        alias of ours: the compound is one name of its own ("PP-DB", "GERB-SDS" are alliances,
        not Spain's PP or a GERB alone). Two known names so joined stay a pair ("US-UK talks"),
        and a lowercase word after the hyphen keeps the acronym ("PP-led")."""
        if L != 1 or not _is_acronym(tokens[i].text):
            return False
        n = len(tokens)
        for hyphen, other in ((i + 1, i + 2), (i - 1, i - 2)):
            if not (0 <= other < n and tokens[hyphen].text == "-"):
                continue
            left = min(hyphen, other, i)
            glued = all(tokens[k].whitespace_ == "" for k in range(left, left + 2))
            if glued and _is_acronym(tokens[other].text) and not self._starts_match(tokens, other):
                return True
        return False

    def _name_word(self, t) -> bool:
        """A capitalised word that is no title, honorific, direction, date or nationality:
        part of a name ("Chad Wolf", "Mohamed El Fateh")."""
        return (t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper()
                and (t.lower_,) not in self.titles and t.lower_.rstrip(".") not in _HONORIFICS
                and t.lower_ not in _DIRECTIONS and t.ent_type_ not in ("DATE", "TIME", "NORP"))  # fmt: skip

    def _starts_match(self, tokens, j: int) -> bool:
        """Some alias of the knowledge base begins at token j ("Israel Katz", "Iran Erdogan")."""
        terms = self._index.get(tokens[j].lower_, ())
        if not terms:
            return False
        window = tokens[j : j + max(len(t.tokens) for t in terms)]
        lowers = [t.lower_ for t in window]
        lemmas = [t.lemma_.lower() for t in window]
        return any(_fits(term, lowers, lemmas, 0) for term in terms)

    def title_at(self, tokens, i: int) -> tuple[int, str] | None:
        """A title phrase starting at token i: (length, sector)."""
        if i < 0:
            return None  # (no phrase starts before the first token)
        window = tokens[i : i + 4]  # each word's form and lemma read once, not per length
        lowers = [t.lower_ for t in window]
        lemmas = [t.lemma_.lower() for t in window]
        for L in (4, 3, 2, 1):
            if i + L > len(tokens):
                continue
            key = tuple(lowers[:L])
            if key in self.titles:
                return L, self.titles[key]
            key = tuple(lemmas[:L])
            if key in self.titles:
                return L, self.titles[key]
        return None


def _lemma(t, index: dict) -> str:
    """The token's lemma, lower-cased. A sentence's first word the tagger takes for a plural
    proper noun ("Rebels attacked the town") keeps its form as lemma: its singular is tried.
    So is a first word taken for a singular name ("Rebels in Goma rejected the call",
    "Guerrillas in Cauca ...") when the files know no name of that form ("Hamas" stays)."""
    low = t.lemma_.lower()
    if (
        t.tag_ in ("NNPS", "NNP")
        and low == t.lower_
        and low.endswith("s")
        and not low.endswith("ss")
        and t.is_sent_start
        and (t.tag_ == "NNPS" or low not in index)
    ):
        return low[:-1]
    return low


def _fits(term: Term, lowers: list[str], lemmas: list[str], j: int) -> bool:
    """The words of `term` stand at token j, each as written (lower-cased) or as its lemma."""
    L = len(term.tokens)
    return j + L <= len(lowers) and all(
        term.tokens[k] in (lowers[j + k], lemmas[j + k]) for k in range(L)
    )


def _is_acronym(word: str) -> bool:
    """A word written as an acronym: two to six capitals or digits, at least two of them
    letters ("PP", "DB", "G20")."""
    return (2 <= len(word) <= 6 and word.isalnum() and word.upper() == word
            and sum(c.isalpha() for c in word) >= 2)  # fmt: skip


def _is_strict_acronym(word: str) -> bool:
    """An alias word that only counts when written in capitals: two-letter acronyms (US,
    UK, PA, AP) and acronyms that are English words (WHO, IS, ICE, FED)."""
    letters = word.replace(".", "")
    if len(letters) < 2 or not letters.isalpha() or not letters.isupper():
        return False
    if len(letters) == 2:
        return True
    low = letters.lower()
    return low in _stop_words() or low in _WORDLIKE_EXTRA


@functools.cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _names_mission(term: Term, tokens, j: int) -> bool:
    """ "the Indian High Commission", "the Chinese Embassy": a nationality adjective that
    begins the capitalised name of a diplomatic mission (word class mission_name_nouns) is
    the country, though the parser tags the whole name ORG."""
    from ..words import word_class

    if term.function != "adjective":
        return False
    nouns = word_class("mission_name_nouns")
    for k in range(j, min(j + 2, len(tokens))):
        if tokens[k].lower_ in nouns:
            return True
        if not tokens[k].text[:1].isupper():
            return False
    return False


def _case_ok(term: Term, tokens, i: int, L: int, shouting: bool = False) -> bool:
    """Proper names must look like names in the text: "chad" or "may" are not Chad or May."""
    if term.det and (i == 0 or tokens[i - 1].lower_ != "the"):
        return False
    if not term.proper:
        return True
    for k in range(L):
        tok = tokens[i + k]
        if term.caps[k] and tok.is_alpha and tok.text.islower():
            if k == L - 1 and L > 1 and tok.lower_ in _KIND_TAILS and term.entity.kind == "org":
                continue
            return False
        if term.strict and term.strict[k]:
            if shouting or not tok.text.replace(".", "").isupper():
                return False  # "us", "Who", "Is"; or any word of an all-capitals headline
    first = tokens[i]
    nxt = tokens[i + L] if i + L < len(tokens) else None
    before_noun = (
        term.function == "adjective"
        and nxt is not None
        and nxt.is_alpha
        and nxt.text.islower()
        and nxt.pos_ == "NOUN"
    )  # "Karen guerrillas", not "Karen Bass"
    if (term.ambiguous and first.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT")
            and not (L == 1 and term.function in ("name", "capital")) and not before_noun
            and not _names_mission(term, tokens, i + L)):  # fmt: skip
        # "Georgia Tech", "Korean Air"; a country's one-word name or capital is judged by
        # KnowledgeBase._part_of_other_name: "Jordan condemned" is the country, "Michael
        # Jordan" is not
        return False
    if term.entity.kind == "person" and L == 1:
        # a bare surname must be a proper noun and not a date or place ("May", "Jordan")
        # (spaCy's small model often tags a bare surname GPE: "where Pompeo is expected")
        if first.pos_ != "PROPN" or first.ent_type_ in ("DATE", "TIME", "MONEY"):
            return False
        if first.ent_type_ == "NORP" and not (
            first.dep_ in ("nsubj", "nsubjpass") and first.head.tag_ in ("VBZ", "VBD", "VBP")
        ):
            return False  # a people's name; but '"Museveni wants ..."' (tagged NORP) is him
        prev = tokens[i - 1] if i > 0 else None
        k = i - 1
        while k > 0 and tokens[k].lower_ in _SURNAME_PARTICLES and tokens[k].ent_iob_ == "I":
            k -= 1  # "Nasr al-Hariri", "Omar bin Laden": the given name before the particle
        if k < i - 1 and tokens[k].ent_type_ == "PERSON" and tokens[k].ent_iob_ in ("B", "I"):
            prev = tokens[k]
        if (prev is not None and (first.ent_iob_ == "I" or (prev.dep_ == "compound" and prev.head.i == first.i))
                and prev.pos_ == "PROPN" and prev.is_alpha and not (prev.is_upper and len(prev) <= 3)  # "HR McMaster"
                and prev.text[:1].isupper() and not _name_word_of(term.entity, prev.lower_)):  # fmt: skip
            return False  # another person of that surname: "Hunter Biden", "Alia Brahimi"
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (nxt is not None and first.dep_ == "compound" and first.head.i == nxt.i
                and nxt.pos_ == "PROPN" and nxt.is_alpha and nxt.text[:1].isupper()
                and nxt.ent_type_ in ("PERSON", "") and nxt.lower_ not in _TITLE_WORDS
                and not _name_word_of(term.entity, nxt.lower_)):  # fmt: skip
            return False  # another person of that given name: "Imran Ali", "Abiy Tesfaye"
    return True


_SURNAME_PARTICLES = word_class("surname_particles")  # data/word_classes.yaml


def _name_word_of(person: Entity, word: str) -> bool:
    """`word` is a word of one of the person's names ("Tayyip" of "Recep Tayyip Erdoğan")
    or a title ("President Biden" is tagged as one name by the small model)."""
    if word.rstrip(".") in _HONORIFICS or word.rstrip(".") in _TITLE_WORDS:
        return True
    return any(word in (w.lower() for w in a.replace("-", " ").split()) for a in person.aliases)


_TITLE_WORDS = word_class("name_title_words")  # data/word_classes.yaml


# -- tokenising aliases ---------------------------------------------------------------------
_PLAIN_WORD = re.compile(r"[^\W\d_]+")


_TOKENS: dict[str, tuple[str, ...]] = {}  # word -> tokens; filled from the load cache too


def _word_tokens(word: str) -> tuple[str, ...]:
    """One whitespace-free word as spaCy's tokenizer splits it. Plain words (letters only,
    not a tokenizer special case such as "cannot") are returned as they are, which keeps
    loading fast; the rest go through the tokenizer once each."""
    got = _TOKENS.get(word)
    if got is not None:
        return got
    from ..nlp import get_tokenizer

    tok = get_tokenizer()
    if _PLAIN_WORD.fullmatch(word) and word not in tok.rules and word.lower() not in tok.rules:
        got = (word,)
    else:
        got = tuple(t.text for t in tok(word) if not t.is_space)
    _TOKENS[word] = got
    return got


def tokenize_cased(text: str) -> list[str]:
    # spaCy splits on whitespace first and tokenises each chunk alone, so chunk by chunk
    # gives the same tokens as the whole phrase
    out: list[str] = []
    for w in text.split():
        out.extend(_word_tokens(w))
    return out


def tokenize(text: str) -> list[str]:
    return [w.lower() for w in tokenize_cased(text)]


def _alias_tokens(phrase: str) -> tuple[str, ...]:
    """A phrase as the index keys an alias: lower-case tokens, a leading "the" dropped."""
    toks = tuple(tokenize(phrase))
    return toks[1:] if toks and toks[0] == "the" and len(toks) > 1 else toks


# -- loading --------------------------------------------------------------------------------
class _LineLoader(yaml.SafeLoader if not hasattr(yaml, "CSafeLoader") else yaml.CSafeLoader):  # type: ignore[misc]
    pass


def _construct_mapping(loader, node, deep=False):
    m = loader.construct_mapping(node, deep=deep)
    m["__line__"] = node.start_mark.line + 1
    return m


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path):
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{path.name}:{mark.line + 1}" if mark else path.name
        raise KnowledgeError(f"{where}: not valid YAML: {getattr(e, 'problem', e)}") from e


def data_dir() -> Path:
    return Path(str(resources.files("dotterel") / "data"))


def parse_day(value: str, where: str, end: bool = False) -> dt.date | None:
    value = (value or "").strip()
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        raise KnowledgeError(f"{where}: bad date {value!r} (want YYYY, YYYY-MM or YYYY-MM-DD)")
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            return dt.date(y, int(mo), int(d))
        if mo:
            mo = int(mo)
            if not end:
                return dt.date(y, mo, 1)
            nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(y, 12, 31) if end else dt.date(y, 1, 1)
    except ValueError as e:
        raise KnowledgeError(f"{where}: bad date {value!r}: {e}") from e


def _str_list(entry: dict, key: str, where: str) -> list[str]:
    v = entry.get(key) or []
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise KnowledgeError(f"{where}: '{key}' must be a list of strings")
    return v


def _check_sector(codes: Iterable[str], where: str) -> tuple[str, ...]:
    out = []
    for c in codes:
        c = str(c).strip().upper()
        if c and c not in SECTORS:
            raise KnowledgeError(f"{where}: unknown sector code {c!r}")
        if c:
            out.append(c)
    return tuple(out)


def _entries(data, path: Path, what: str) -> list[dict]:
    if not isinstance(data, list):
        raise KnowledgeError(f"{path.name}: must be a YAML list of {what}")
    for entry in data:
        if not isinstance(entry, dict):
            raise KnowledgeError(f"{path.name}: every item must be a mapping, got {entry!r}")
    return data


COUNTRY_KEYS = {"iso3", "name", "names", "adjectives", "people", "capitals", "seats", "military",
                "legislature", "regions", "ambiguous", "island", "part_of", "renamed", "__line__", "note",
                "notes"}  # fmt: skip


def load_countries(kb: KnowledgeBase, path: Path, data=None) -> None:
    for entry in _entries(load_yaml(path) if data is None else data, path, "countries"):
        where = f"{path.name}:{entry.get('__line__', '?')}"
        unknown = set(entry) - COUNTRY_KEYS
        if unknown:
            raise KnowledgeError(f"{where}: unknown key(s) {sorted(unknown)}")
        iso3 = str(entry.get("iso3") or "").strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            raise KnowledgeError(f"{where}: 'iso3' must be three letters, got {iso3!r}")
        if iso3 in kb.countries:
            raise KnowledgeError(f"{where}: country {iso3} is listed twice")
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise KnowledgeError(f"{where}: 'name' is required")
        ent = Entity(f"country:{iso3}", "country", name, country=iso3, origin=where)
        kb.countries[iso3] = ent
        island = entry.get("island", False)
        if not isinstance(island, bool):
            raise KnowledgeError(f"{where}: 'island' must be true or false")
        if island:
            kb.islands.add(iso3)  # "the island" may refer back to it
        part_of = entry.get("part_of")
        if part_of is not None:
            if not isinstance(part_of, dict) or set(part_of) - {"__line__"} != {"country", "until"}:
                raise KnowledgeError(
                    f"{where}: 'part_of' must be a mapping with 'country' and 'until'"
                )
            parent = str(part_of["country"]).strip().upper()
            if parent not in kb.countries:
                raise KnowledgeError(
                    f"{where}: 'part_of' names unknown (or later-listed) country {parent!r}"
                )
            kb.part_of[iso3] = (parent, parse_day(str(part_of["until"]), where, end=True))
        renamed = entry.get("renamed") or {}
        if not isinstance(renamed, dict):
            raise KnowledgeError(
                f"{where}: 'renamed' must map aliases to the last day they were used"
            )
        for alias, day in renamed.items():
            if alias == "__line__":
                continue
            words = tokenize(str(alias))  # keyed as add_term keys the alias's term
            if words[:1] == ["the"] and len(words) > 1:
                words = words[1:]
            kb.renamed[(iso3, tuple(words))] = parse_day(str(day), where, end=True)
        kb.entities[ent.id] = ent
        ambiguous = {a.lower() for a in _str_list(entry, "ambiguous", where)}
        for fn, key, sector in (
            ("name", "name", ()), ("name", "names", ()), ("adjective", "adjectives", ()),
            ("people", "people", ()), ("capital", "capitals", ()), ("seat", "seats", ("GOV",)),
            ("military", "military", ("MIL",)), ("legislature", "legislature", ("LEG",)),
            ("region", "regions", ()),
        ):  # fmt: skip
            values = [name] if key == "name" else _str_list(entry, key, where)
            if key == "names" and name in values:
                raise KnowledgeError(f"{where}: 'names' repeats the name {name!r}")
            for v in values:
                kb.add_term(v, ent, fn, sector, proper=True, ambiguous=v.lower() in ambiguous,
                            where=where)  # fmt: skip


REGION_KEYS = {"code", "name", "names", "adjectives", "people", "needs_the", "states", "bloc",
               "__line__", "note"}  # fmt: skip


def load_regions(kb: KnowledgeBase, path: Path, data=None) -> None:
    """World regions with CAMEO region codes (LAM, MEA, AFR ...) and phrases that only
    block a shorter match (code null: "the Americas")."""
    for entry in _entries(load_yaml(path) if data is None else data, path, "regions"):
        where = f"{path.name}:{entry.get('__line__', '?')}"
        unknown = set(entry) - REGION_KEYS
        if unknown:
            raise KnowledgeError(f"{where}: unknown key(s) {sorted(unknown)}")
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise KnowledgeError(f"{where}: 'name' is required")
        code = entry.get("code")
        if code is not None and not re.fullmatch(r"[A-Z]{3}", str(code)):
            raise KnowledgeError(
                f"{where}: 'code' must be a three-letter CAMEO region code or null"
            )
        rid = f"region:{name}"
        if rid in kb.entities:
            raise KnowledgeError(f"{where}: region {name!r} is listed twice")
        ent = Entity(rid, "region", name, code=code, origin=where)
        kb.entities[rid] = ent
        kb.regions[name] = ent
        states = _str_list(entry, "states", where)
        if any(not re.fullmatch(r"[A-Z]{3}", c) for c in states):
            raise KnowledgeError(f"{where}: 'states' must be ISO alpha-3 codes")
        if states:
            kb.region_states[rid] = frozenset(states)
        if entry.get("bloc"):
            kb.region_bloc[rid] = str(entry["bloc"])
        det = {s.lower() for s in _str_list(entry, "needs_the", where)}
        for fn, key in (("name", "name"), ("name", "names"), ("adjective", "adjectives"),
                        ("people", "people")):  # fmt: skip
            values = [name] if key == "name" else _str_list(entry, key, where)
            for v in values:
                needs_the = v.lower().removeprefix("the ") in det
                kb.add_term(v, ent, fn, (), proper=True, where=where, det=needs_the)


ORG_KEYS = {"key", "name", "names", "code", "sector", "country", "kind", "parent", "seats", "__line__",
            "note", "notes", "local_names", "operates_in", "governs_since"}  # fmt: skip


def load_organisations(kb: KnowledgeBase, path: Path, data=None) -> None:
    variants: list[tuple[str, Entity]] = []
    for entry in _entries(load_yaml(path) if data is None else data, path, "organisations"):
        where = f"{path.name}:{entry.get('__line__', '?')}"
        unknown = set(entry) - ORG_KEYS
        if unknown:
            raise KnowledgeError(f"{where}: unknown key(s) {sorted(unknown)}")
        key = str(entry.get("key") or "").strip()
        if not key:
            raise KnowledgeError(f"{where}: 'key' is required")
        if key in kb.orgs:
            raise KnowledgeError(f"{where}: organisation key {key!r} is listed twice")
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise KnowledgeError(f"{where}: 'name' is required")
        country = entry.get("country")
        if country is not None and not re.fullmatch(r"[A-Z]{3}", str(country)):
            raise KnowledgeError(f"{where}: 'country' must be an ISO alpha-3 code or null")
        kind = entry.get("kind") or "other"
        if kind not in KINDS_ORG:
            raise KnowledgeError(f"{where}: 'kind' must be one of {sorted(KINDS_ORG)}")
        sector = entry.get("sector") or []
        if isinstance(sector, str):
            sector = [sector]
        code = entry.get("code")
        if code is not None and not re.fullmatch(r"[A-Z]{3,15}", str(code)):
            raise KnowledgeError(f"{where}: 'code' must be upper-case letters, got {code!r}")
        ent = Entity(
            f"org:{key}", "org", name, country=country, org=key,
            sector=_check_sector(sector, where), code=code, origin=where,
        )  # fmt: skip
        kb.orgs[key] = ent
        kb.entities[ent.id] = ent
        parent = entry.get("parent")
        if parent is not None:
            kb.org_parent[key] = (str(parent), where)
        names = [name, *_str_list(entry, "names", where)]
        for v in names:
            kb.add_term(v, ent, "name", (), proper=True, where=where)
        variants.extend((v, ent) for v in _un_spellings(names) + _number_spellings(names))
        where_active = _str_list(entry, "operates_in", where)
        if where_active:
            if parent is None:
                raise KnowledgeError(f"{where}: 'operates_in' is for an affiliate (with a parent)")
            bad = [c for c in where_active if not re.fullmatch(r"[A-Z]{3}", c)]
            if bad:
                raise KnowledgeError(
                    f"{where}: 'operates_in' must list ISO alpha-3 codes, got {bad}"
                )
            kb.affiliates.setdefault(str(parent), []).append((key, frozenset(where_active)))
        local = _str_list(entry, "local_names", where)
        if local:
            if country is None:
                raise KnowledgeError(f"{where}: 'local_names' is for a body of one country")
            if not set(local) <= set(names):
                raise KnowledgeError(f"{where}: 'local_names' must be among the name and names")
            kb.local_names[key] = {tuple(tokenize(v)) for v in local}
        for v in _str_list(entry, "seats", where):  # a city standing for it ("Brussels" for the EU)
            kb.org_seats[tuple(tokenize(v))] = key
        since = entry.get("governs_since")
        if since is not None:
            # an armed group that became its country's government (the Taliban, 2021)
            if country is None:
                raise KnowledgeError(f"{where}: 'governs_since' is for a body of one country")
            try:
                kb.governs[key] = dt.date.fromisoformat(str(since))
            except ValueError:
                raise KnowledgeError(
                    f"{where}: 'governs_since' must be a date (YYYY-MM-DD), got {since!r}"
                ) from None
    for v, ent in variants:
        if tuple(tokenize(v)) not in kb._owner:  # a name given in the file always wins
            kb.add_term(v, ent, "name", (), proper=True)


# "UN", "U.N." and "United Nations" are the same words in a name: news writes "the U.N.
# Verification Mission in Colombia" for a body the file lists as "UN Verification Mission"
_UN_WORDS = ("UN ", "U.N. ", "United Nations ")


def _un_spellings(names: list[str]) -> list[str]:
    out: list[str] = []
    for v in names:
        for w in _UN_WORDS:
            if v.startswith(w) and len(v) > len(w):
                rest = v[len(w) :]
                out += [u + rest for u in _UN_WORDS if u != w and u + rest not in names]
    return out


# "Rapid Support Force", "Syrian Democratic Force", "Kurdish People's Protection Unit": news
# often writes a body's last word in the other number, "Defence" and "-isation" the other way,
# and Arabic names without the article's hyphen ("Hayat Tahrir al Sham"); the name so spelt is
# the same body (unless the files give it to another). Only names of three words or more
# change number ("Peace Brigade" and "Popular Force" are also plain phrases)
_NUMBER_WORDS = {"Forces": "Force", "Force": "Forces", "Units": "Unit", "Unit": "Units",
                 "Brigades": "Brigade", "Brigade": "Brigades"}  # fmt: skip
_SPELLINGS = [
    p for a, b in [("Defence", "Defense"), ("isation", "ization")] for p in ((a, b), (b, a))
]
_ARTICLE_HYPHEN = re.compile(r"\b([Aa]l|wal)-(?=[A-Z])")


def _number_spellings(names: list[str]) -> list[str]:
    out: list[str] = []

    def add(u: str) -> None:
        if u not in names and u not in out:
            out.append(u)

    for v in names:
        if _ARTICLE_HYPHEN.search(v):  # also a one-word name: "al-Nusra", "Al-Haq"
            add(_ARTICLE_HYPHEN.sub(r"\1 ", v))
        words = v.split()
        if len(words) < 2:
            continue
        for i, w in enumerate(words):
            other = _NUMBER_WORDS.get(w)
            if other and i == len(words) - 1 and len(words) >= 3:
                add(" ".join(words[:i] + [other]))
            for a, b in _SPELLINGS:
                if a in w and w[:1].isupper():
                    add(" ".join(words[:i] + [w.replace(a, b)] + words[i + 1 :]))
    return out


def load_sectors(kb: KnowledgeBase, path: Path, data=None) -> None:
    data = load_yaml(path) if data is None else data
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path.name}: must map sector codes to lists of nouns")
    data = dict(data)  # the parsed data may be cached: leave it as it was
    data.pop("__line__", None)
    titles = dict(data.pop("titles", {}) or {})
    modifiers = dict(data.pop("modifiers", {}) or {})
    peoples = dict(data.pop("stateless_peoples", {}) or {})
    divided = dict(data.pop("divided_states", {}) or {})
    national = dict(data.pop("national_titles", {}) or {})
    for code, nouns in data.items():
        where = f"{path.name}: sector {code}"
        (sec,) = _check_sector([code], where)
        ent = kb.entities.setdefault(
            f"sector:{sec}", Entity(f"sector:{sec}", "sector", sec, sector=(sec,))
        )
        if not isinstance(nouns, list):
            raise KnowledgeError(f"{where}: must be a list of nouns")
        for noun in nouns:
            if not isinstance(noun, str):
                raise KnowledgeError(f"{where}: {noun!r} is not a string")
            kb.add_term(noun, ent, "sector", (sec,), proper=False)
    titles.pop("__line__", None)
    for phrase, code in titles.items():
        (sec,) = _check_sector([code], f"{path.name}: title {phrase!r}")
        # as written and capitalised: spaCy splits "sen." but keeps "Sen." whole
        for form in (phrase, phrase[:1].upper() + phrase[1:], phrase.title()):
            kb.titles[tuple(tokenize(form))] = sec
    modifiers.pop("__line__", None)
    for word, code in modifiers.items():
        (sec,) = _check_sector([code], f"{path.name}: modifier {word!r}")
        kb.modifiers[word.lower()] = sec
    national.pop("__line__", None)
    for phrase, code in national.items():
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3}", code):
            raise KnowledgeError(
                f"{path.name}: national title {phrase!r}: {code!r} is not an ISO alpha-3 code"
            )
        kb.national_titles[str(phrase).lower()] = code
    peoples.pop("__line__", None)
    for word, spec in peoples.items():
        where = f"{path.name}: stateless people {word!r}"
        if not isinstance(spec, list) or not all(isinstance(c, str) for c in spec):
            raise KnowledgeError(f"{where}: must be a list of country codes")
        kb.peoples[str(word).lower()] = tuple(spec)
    divided.pop("__line__", None)
    for word, spec in divided.items():
        where = f"{path.name}: divided states {word!r}"
        if not isinstance(spec, list) or not all(
            isinstance(c, str) and re.fullmatch(r"[A-Z]{3}", c) for c in spec
        ):
            raise KnowledgeError(f"{where}: must be a list of ISO alpha-3 codes")
        kb.divided_states[str(word).lower()] = tuple(spec)


PEOPLE_COLUMNS = ["name", "aliases", "country", "org", "sector", "role", "start", "end"]


def load_people(kb: KnowledgeBase, path: Path) -> None:
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    header_seen = False
    for lineno, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0] if not raw.lstrip().startswith("#") else ""
        if not line.strip():
            continue
        cols = [c.strip() for c in line.rstrip("\n").split("\t")]
        where = f"{path.name}:{lineno}"
        if not header_seen:
            if [c.lower() for c in cols[: len(PEOPLE_COLUMNS)]] != PEOPLE_COLUMNS:
                raise KnowledgeError(f"{where}: header must be {' '.join(PEOPLE_COLUMNS)}")
            header_seen = True
            continue
        cols += [""] * (len(PEOPLE_COLUMNS) - len(cols))
        if len(cols) > len(PEOPLE_COLUMNS):
            raise KnowledgeError(f"{where}: {len(cols)} fields, expected {len(PEOPLE_COLUMNS)} "
                                 "(tab-separated)")  # fmt: skip
        name, aliases, country, org, sector, role, start, end = cols
        if not name:
            raise KnowledgeError(f"{where}: empty name")
        if country and not re.fullmatch(r"[A-Z]{3}", country):
            raise KnowledgeError(f"{where}: country {country!r} is not an ISO alpha-3 code")
        if country and kb.countries and country not in kb.countries:
            raise KnowledgeError(f"{where}: country {country!r} is not in countries.yaml")
        if not country and not org:
            raise KnowledgeError(f"{where}: a role needs a country or an org")
        (sec,) = _check_sector([sector or "GOV"], where)
        s, e = parse_day(start, where), parse_day(end, where, end=True)
        if s and e and e < s:
            raise KnowledgeError(f"{where}: role ends ({end}) before it starts ({start})")
        pid = f"person:{name}"
        ent = kb.entities.get(pid)
        if ent is None:
            ent = Entity(pid, "person", name, origin=where)
            kb.entities[pid] = ent
            kb.add_term(name, ent, "name")
            ent.aliases.add(name)
        for a in aliases.split("|"):
            a = a.strip()
            if a and a not in ent.aliases:
                kb.add_term(a, ent, "name")
                ent.aliases.add(a)
        ent.roles.append(Role(country or None, org or None, sec, role, s, e, where))
        if country and not ent.country:
            ent.country = country
    if not header_seen:
        raise KnowledgeError(f"{path.name}:1: header line missing ({' '.join(PEOPLE_COLUMNS)})")


YAML_FILES = ("countries.yaml", "regions.yaml", "organisations.yaml", "sectors.yaml")
CACHE_VERSION = 1


def load_builtin(kb: KnowledgeBase | None = None, root: Path | None = None,
                 cache: bool = True) -> KnowledgeBase:  # fmt: skip
    """The knowledge files of `root` (default: the package's data/actors) in a knowledge
    base, validated. `cache`: the parsed YAML and alias tokens are kept as JSON in the user
    cache folder, keyed by the files' contents, so a second process skips YAML parsing;
    every entry is still validated and indexed on each load."""
    t0 = time.perf_counter()
    kb = kb or KnowledgeBase()
    root = root or data_dir() / "actors"
    parsed = _read_cache(root) if cache else None
    fresh: dict[str, object] = {}
    for fname, loader in zip(YAML_FILES, (load_countries, load_regions, load_organisations, load_sectors),
                             strict=True):  # fmt: skip
        p = root / fname
        if p.exists():
            data = parsed["yaml"].get(fname) if parsed else None
            if data is None:
                data = fresh[fname] = load_yaml(p)
            loader(kb, p, data)
            kb.sources.append(str(p))
    people = root / "people"
    if people.is_dir():
        for p in sorted(people.glob("*.tsv")):
            load_people(kb, p)
            kb.sources.append(str(p))
    _state_names(kb)
    _check_refs(kb)
    kb.finish()
    if cache and parsed is None:
        _write_cache(root, fresh)
    kb.load_seconds += time.perf_counter() - t0
    return kb


def _state_names(kb: KnowledgeBase) -> None:
    """ "the Andorran Republic", "the Saudi Kingdom": a country's nationality adjective
    before a state noun (word class state_nouns) names the country. Made from the files'
    adjectives; an alias some entry already has ("Dominican Republic", "Czech Republic")
    keeps its owner."""
    from ..words import word_class

    nouns = sorted(word_class("state_nouns"))
    adjectives = [t for terms in kb._index.values() for t in terms
                  if t.function == "adjective" and t.entity.kind == "country"]  # fmt: skip
    for adj in adjectives:
        for noun in nouns:
            toks = (*adj.tokens, noun)
            if toks in kb._owner or any(t.tokens == toks for t in kb._index.get(toks[0], ())):
                continue
            kb.add_term(f"{adj.surface} {noun.capitalize()}", adj.entity, "name",
                        where="word_classes.yaml state_nouns")  # fmt: skip


# -- the load cache -----------------------------------------------------------------------------
def _cache_path(root: Path) -> Path | None:
    import hashlib
    import os

    h = hashlib.sha256(f"v{CACHE_VERSION}".encode())
    h.update(Path(__file__).read_bytes())  # a new loader makes a new cache
    try:
        for fname in YAML_FILES:
            p = root / fname
            h.update(fname.encode() + (p.read_bytes() if p.exists() else b""))
    except OSError:
        return None
    base = os.environ.get("DOTTEREL_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
        "dotterel",
    )
    return Path(base) / f"actors_{h.hexdigest()[:20]}.json"


def _read_cache(root: Path) -> dict | None:
    import json

    path = _cache_path(root)
    if path is None or not path.exists():
        return None
    try:
        with open(path, encoding="utf-8") as fh:
            got = json.load(fh)
        for w, toks in got.get("tokens", {}).items():
            _TOKENS.setdefault(w, tuple(toks))
        return got
    except Exception:  # unreadable or from another version: parse the files
        return None


def _write_cache(root: Path, parsed: dict) -> None:
    import json
    import os
    import tempfile

    path = _cache_path(root)
    if path is None or set(parsed) != {f for f in YAML_FILES if (root / f).exists()}:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"yaml": parsed, "tokens": {w: list(t) for w, t in _TOKENS.items() if len(t) > 1 or t[0] != w}},
                      fh, ensure_ascii=False)  # fmt: skip
        os.replace(tmp, path)
        for old in path.parent.glob("actors_*.json"):
            if old != path:  # caches of earlier versions of the files
                old.unlink(missing_ok=True)
    except Exception:  # a read-only home is fine: nothing is cached
        pass


def _check_refs(kb: KnowledgeBase) -> None:
    for ent in kb.entities.values():
        for r in ent.roles:
            if r.org and kb.orgs and r.org not in kb.orgs:
                raise KnowledgeError(f"{r.origin}: unknown organisation key {r.org!r}")
    for toks, key in kb.org_seats.items():
        if not any(
            t.function == "capital" and t.tokens == toks for t in kb._index.get(toks[0], ())
        ):
            raise KnowledgeError(
                f"{kb.orgs[key].origin}: seat {' '.join(toks)!r} of {key!r} is no capital "
                "in countries.yaml"
            )
    for key, (parent, where) in kb.org_parent.items():
        if parent not in kb.orgs:
            raise KnowledgeError(
                f"{where}: parent {parent!r} of {key!r} is not an organisation key"
            )
    for ent in kb.orgs.values():
        if ent.country and kb.countries and ent.country not in kb.countries:
            raise KnowledgeError(f"{ent.origin}: country {ent.country!r} is not in countries.yaml")
    for affiliates in kb.affiliates.values():
        for key, where_active in affiliates:
            unknown = sorted(c for c in where_active if kb.countries and c not in kb.countries)
            if unknown:
                raise KnowledgeError(
                    f"{kb.orgs[key].origin}: 'operates_in' of {key!r} lists {unknown}, "
                    "not in countries.yaml"
                )
