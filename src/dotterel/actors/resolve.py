"""Mentions -> actors: who a noun phrase, name or pronoun stands for on the article's date.

Order of evidence for a phrase headed by a token:
1. the knowledge base (a country, capital, seat of power, organisation or a dated person);
2. what the text itself says around a name: titles and nationality ("Nigerian President
   X"), possessives ("Hungary's foreign minister"), appositions ("X, Iran's president"),
   "of" phrases ("the government of Iran"), sector nouns ("Russian troops");
3. what was learnt earlier in the same document (a role given once is reused; "the Russian
   leader" is the Russian leader named before);
4. pronouns and plural descriptions ("the two leaders") to the nearest compatible actor.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..model import Actor
from .kb import Entity, KnowledgeBase, Match

NAME_DEPS = {"compound", "amod", "poss", "nmod", "det", "nummod", "case", "punct", "quantmod", "advmod"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
GROUP_NOUNS = {"group", "organisation", "organization", "movement", "militia", "alliance", "bloc",
               "agency", "body", "party", "faction"}  # fmt: skip
COUNTRY_NOUNS = {"country", "nation", "state", "kingdom", "republic"}
PAIR_NOUNS = {"side", "leader", "country", "nation", "government", "party", "neighbour",
              "neighbor", "power", "rival", "ally", "state", "president", "minister"}  # fmt: skip
LEADER_NOUNS = {"leader", "president", "premier", "head", "chief", "ruler", "strongman"}
QUANTITY_NOUNS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score",
                  "scores", "million", "millions", "number", "some", "handful", "crowd",
                  "group", "team", "contingent", "delegation", "unit", "members", "member",
                  "all", "most", "many", "several", "few", "none", "each", "both", "one",
                  "two", "three", "four", "five"}  # fmt: skip
NUMERIC_QUANTITIES = {"thousand", "hundred", "dozen", "score", "million", "number", "some",
                      "handful", "all", "most", "many", "several", "few", "none", "each"}  # fmt: skip
ORG_ANAPHORS = {"bloc", "alliance", "organisation", "organization", "group", "movement",
                "militia", "union", "agency", "body", "council", "court",
                "party", "faction", "network", "mission"}  # fmt: skip


@dataclass
class Memory:
    """What one document has said so far: actors in order, and roles learnt for names."""

    seen: list[Actor] = field(default_factory=list)
    names: dict[str, Actor] = field(default_factory=dict)
    dateline_country: str | None = None
    subjects: set[int] = field(default_factory=set)  # id() of actors that were clause subjects
    sentence_of: dict[int, int] = field(default_factory=dict)
    sentence: int = 0
    country_counts: dict[str, float] = field(default_factory=dict)

    def remember(self, actor: Actor, subject: bool = False) -> None:
        self.seen.append(actor)
        self.sentence_of[id(actor)] = self.sentence
        if subject:
            self.subjects.add(id(actor))
        if actor.country and not actor.why.startswith("coref"):
            self.country_counts[actor.country] = self.country_counts.get(actor.country, 0) + 1
        if len(self.seen) > 400:
            for a in self.seen[:100]:
                self.subjects.discard(id(a))
                self.sentence_of.pop(id(a), None)
            del self.seen[:100]

    def focus_country(self) -> str | None:
        """The country the document is about so far: most named, the dateline breaking ties."""
        counts = dict(self.country_counts)
        if self.dateline_country:
            counts[self.dateline_country] = counts.get(self.dateline_country, 0) + 1.5
        if not counts:
            return None
        return max(counts.items(), key=lambda kv: kv[1])[0]

    def salient(self, pred, skip: set[int] | None = None) -> Actor | None:
        """For pronouns: the subject of the current or previous sentence if one fits,
        else the nearest fitting actor."""
        for a in reversed(self.seen):
            if self.sentence - self.sentence_of.get(id(a), -99) > 1:
                break
            if id(a) in self.subjects and (skip is None or a.start not in skip) and pred(a):
                return a
        return self.last(pred, skip)

    def learn_name(self, name: str, actor: Actor) -> None:
        parts = name.split()
        self.names[name.lower()] = actor
        if len(parts) > 1:
            self.names.setdefault(parts[-1].lower(), actor)

    def last(self, pred, skip: set[int] | None = None) -> Actor | None:
        for a in reversed(self.seen):
            if (skip is None or a.start not in skip) and pred(a):
                return a
        return None


def is_person(a: Actor) -> bool:
    return a.why.startswith(("kb:person", "text:person", "memory:person", "coref:person"))


def is_group(a: Actor) -> bool:
    return not is_person(a) and (a.org is not None or a.country is not None or bool(a.sector))


class SentenceActors:
    """Resolves phrases of one parsed paragraph; used sentence by sentence, in order."""

    def __init__(self, kb: KnowledgeBase, doc, day: dt.date | None, memory: Memory, offset: int = 0):
        self.kb = kb
        self.doc = doc
        self.day = day
        self.memory = memory
        self.offset = offset  # where the paragraph starts in the article's clean text
        self.matches: list[Match] = kb.match(doc)
        self.match_at: dict[int, Match] = {}
        for m in self.matches:
            for i in range(m.start, m.end):
                self.match_at[i] = m
        self._cache: dict[int, list[Actor]] = {}

    # -- public ---------------------------------------------------------------------------
    def actors_for(self, tok, conjuncts: bool = True, as_agent: bool = False) -> list[Actor]:
        """The actor(s) a phrase headed by `tok` names, with its coordinated phrases.
        `as_agent`: a modifier that names the doer of a nominal event ("Israeli strikes")."""
        heads = [tok] + (list(tok.conjuncts) if conjuncts else [])
        out: list[Actor] = []
        for h in heads:
            found = self._resolve(h)
            if not found and as_agent and h.dep_ in ("amod", "compound", "nmod", "npadvmod"):
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
        for tok in sent:
            if tok.i in covered or not self._is_phrase_head(tok):
                continue
            subject = tok.dep_ in ("nsubj", "nsubjpass") or (
                tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass"))
            for a in self._resolve(tok):
                if a.code:
                    found.append(a)
                    self.memory.remember(a, subject)  # at once: a later pronoun may refer to it
                    covered.update(t.i for t in self.doc.char_span(
                        a.start - self.offset, a.end - self.offset, alignment_mode="expand") or [])
        self.memory.sentence += 1
        return found

    def _modifier_actor(self, tok) -> list[Actor]:
        m = self.match_at.get(tok.i)
        if m is None or m.term.entity.kind not in ("country", "org"):
            return []
        ent = m.term.entity
        span = self.doc[m.start : m.end]
        return [Actor(text=span.text, name=ent.name, country=ent.country,
                      sector=list(ent.sector) if ent.kind == "org" else list(m.term.sector),
                      org=ent.org, kb_id=ent.id, code_override=ent.code if ent.kind == "org" else None,
                      start=span.start_char + self.offset, end=span.end_char + self.offset,
                      why=f"kb:{ent.kind}:modifier")]  # fmt: skip

    # -- phrase heads ---------------------------------------------------------------------
    def _is_phrase_head(self, tok) -> bool:
        if tok.pos_ == "PRON":
            return tok.lower_ in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False
        if tok.dep_ in ("compound",) and tok.head.pos_ in ("NOUN", "PROPN"):
            # "Russian President Putin": the head (Putin) speaks for the phrase, unless the
            # compound is a name of its own that the head does not continue
            m = self.match_at.get(tok.i)
            return bool(m and m.end - 1 == tok.i and tok.head.i not in self.match_at
                        and not self._sector_noun(tok.head) and tok.head.ent_type_ != "PERSON")
        if tok.dep_ == "amod":
            m = self.match_at.get(tok.i)
            return bool(m and m.term.function == "adjective" and not self._sector_noun(tok.head)
                        and tok.head.ent_type_ != "PERSON" and tok.head.i not in self.match_at
                        and tok.head.pos_ not in ("NOUN",))
        if tok.dep_ == "poss":
            return False  # "Iran's minister": the head speaks; bare "Iran's" is not a mention
        return True

    def _resolve(self, tok) -> list[Actor]:
        if tok.i in self._cache:
            return self._cache[tok.i]
        self._cache[tok.i] = []  # guard against cycles
        got = self._resolve_uncached(tok)
        self._cache[tok.i] = got
        return got

    def _resolve_uncached(self, tok) -> list[Actor]:
        if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$"):
            return self._pronoun(tok)
        if tok.lower_ in QUANTITY_NOUNS or tok.lemma_.lower() in QUANTITY_NOUNS or tok.like_num:
            # "thousands of protesters", "members of the opposition", "two of the soldiers"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            got = self._resolve(g)
                            if got:
                                return got
            if tok.like_num or tok.lemma_.lower() in NUMERIC_QUANTITIES:
                return []
        ctx = self._context(tok)
        m = self.match_at.get(tok.i)
        if m is not None and m.term.function not in ("sector",):
            actor = self._from_entity(tok, m, ctx)
            return [actor] if actor else []
        sector = self._sector_noun(tok)
        if m is None and not sector:
            got = self._org_anaphor(tok, ctx)
            if got:
                return got
        if tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and ctx["titles"] and not sector):
            actor = self._unknown_person(tok, ctx)
            return [actor] if actor else []
        if sector:
            return self._sector_phrase(tok, sector, ctx)
        return []

    # -- evidence around a head -------------------------------------------------------------
    def _context(self, tok) -> dict:
        """Countries, organisations, titles and sector words in the phrase around `tok`."""
        ctx = {"country": None, "org": None, "titles": [], "mods": [], "former": False,
               "left": tok.i, "right": tok.i, "person": None, "country_why": ""}  # fmt: skip
        left = [c for c in tok.children if c.i < tok.i and c.dep_ in NAME_DEPS]
        region = []
        for c in left:
            region.extend(t for t in c.subtree if t.i < tok.i)
        # "of" phrases and appositions carry context too
        right = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i:
                right.extend(c.subtree)
            elif c.dep_ == "appos":
                right.extend(c.subtree)
        if tok.dep_ == "appos":
            right.extend(t for t in tok.head.subtree if t.i < tok.i and t.dep_ in NAME_DEPS | {"compound"})
        tokens = sorted(region, key=lambda t: t.i)
        if tokens:
            ctx["left"] = min(t.i for t in tokens)
        i = 0
        scan = tokens + sorted(right, key=lambda t: t.i)
        while i < len(scan):
            t = scan[i]
            got = self.kb.title_at(self.doc, t.i)
            if got and t.i != tok.i:
                L, sec = got
                ctx["titles"].append(sec)
                i += L
                continue
            low = t.lower_
            if low in self.kb.modifiers:
                sec = self.kb.modifiers[low]
                if sec == "ELI":
                    ctx["former"] = True
                ctx["mods"].append(sec)
            m = self.match_at.get(t.i)
            if m is not None and t.i not in range(tok.i, tok.i + 1):
                ent = m.term.entity
                if ent.kind == "country" and ctx["country"] is None:
                    ctx["country"] = ent.country
                    ctx["country_why"] = m.term.function
                elif ent.kind == "org" and ctx["org"] is None:
                    ctx["org"] = ent
                elif ent.kind == "person" and ctx["person"] is None and t.dep_ == "appos":
                    ctx["person"] = (m, t)
                elif ent.kind == "sector":
                    ctx["mods"].extend(m.term.sector)
            if (t.dep_ == "poss" and t.pos_ in ("NOUN", "PROPN") and t.head is tok
                    and (m is None or m.term.function == "sector")
                    and ctx["country"] is None and ctx["org"] is None):
                ref = self._resolve(t)  # "the group's fighters", "the ministry's spokesman"
                if ref:
                    ctx["country"] = ref[0].country
                    if ref[0].org:
                        ctx["org"] = self.kb.orgs.get(ref[0].org)
                    ctx["country_why"] = "possessive"
            if t.pos_ == "PRON" and t.dep_ == "poss" and ctx["country"] is None and ctx["org"] is None:
                ref = self._pronoun(t)
                if ref:
                    ctx["country"] = ref[0].country
                    if ref[0].org:
                        ctx["org"] = self.kb.orgs.get(ref[0].org)
                    ctx["country_why"] = "pronoun"
            i += 1
        if right:
            ctx["right"] = max([tok.i] + [t.i for t in right if True])
        return ctx

    def _sector_noun(self, tok) -> str | None:
        m = self.match_at.get(tok.i)
        if m is not None and m.term.function == "sector" and m.end - 1 == tok.i:
            return m.term.sector[0]
        return None

    def _span(self, tok, ctx) -> tuple[int, int, str]:
        left = min(ctx["left"], tok.i)
        right = tok.i
        if self.doc[left].dep_ == "det" or self.doc[left].pos_ == "DET":
            left = min(left + 1, tok.i)
        span = self.doc[left : right + 1]
        return span.start_char + self.offset, span.end_char + self.offset, span.text

    # -- builders -------------------------------------------------------------------------------
    def _actor(self, tok, ctx, **kw) -> Actor:
        s, e, text = self._span(tok, ctx)
        return Actor(text=text, start=s, end=e, **kw)

    def _from_entity(self, tok, m: Match, ctx) -> Actor | None:
        ent = m.term.entity
        fn = m.term.function
        if ent.kind == "country":
            if fn == "adjective" and tok.dep_ == "amod":
                return None  # "Russian" alone, modifying something that is not an actor
            org = ctx["org"]
            if org is not None and fn == "name" and ctx["left"] < m.start:
                # "Amnesty International Kenya": the organisation's national branch
                s_, e_, text = self._span(tok, ctx)
                return Actor(text=text, name=org.name, country=org.country or ent.country,
                             sector=list(org.sector), org=org.org, kb_id=org.id,
                             code_override=org.code, start=s_, end=e_, why="kb:org:branch")  # fmt: skip
            sector = list(m.term.sector)
            why = f"kb:country:{fn}"
            if fn == "capital":
                sector = sector or ["GOV"]
            for sec in ctx["mods"]:
                if sec not in sector:
                    sector.append(sec)
            span = self.doc[m.start : m.end]
            return Actor(text=span.text, name=ent.name, country=ent.country, sector=sector,
                         kb_id=ent.id, start=span.start_char + self.offset,
                         end=span.end_char + self.offset, why=why)  # fmt: skip
        if ent.kind == "org":
            span = self.doc[m.start : m.end]
            return Actor(text=span.text, name=ent.name, country=ent.country, sector=list(ent.sector),
                         org=ent.org, kb_id=ent.id, code_override=ent.code,
                         start=span.start_char + self.offset, end=span.end_char + self.offset,
                         why="kb:org")  # fmt: skip
        if ent.kind == "person":
            return self._person(tok, ent, ctx)
        return None

    def _person(self, tok, ent: Entity, ctx) -> Actor:
        role, status = ent.role_on(self.day)
        country = role.country if role else ent.country
        org = role.org if role else None
        if status == "current" and role:
            sector = [role.sector]
            why = f"kb:person:{role.role}"
        elif status == "former":
            sector = ["ELI"]
            why = f"kb:person:former {role.role if role else ''}".rstrip()
        else:
            # before any known role: the text may still say what they are
            sector = ctx["titles"][:1]
            why = "kb:person:no role on this date"
            country = ctx["country"] or country
        if ctx["former"] and "ELI" not in sector:
            sector = ["ELI"]
        code_override = None
        if org and org in self.kb.orgs and status == "current":
            o = self.kb.orgs[org]
            code_override = o.code
            country = o.country
        a = self._actor(tok, ctx, name=ent.name, country=country, sector=sector, org=org,
                        kb_id=ent.id, code_override=code_override, why=why)  # fmt: skip
        self.memory.learn_name(ent.name, a)
        return a

    def _unknown_person(self, tok, ctx) -> Actor | None:
        # the whole name: the PERSON entity the head token closes
        name = tok.text
        if tok.ent_type_ == "PERSON":
            for e in self.doc.ents:
                if e.start <= tok.i < e.end:
                    name = e.text
                    break
        name = name.removesuffix("'s").removesuffix("’s").strip()
        known = self.memory.names.get(name.lower()) or self.memory.names.get(name.split()[-1].lower())
        if known and not ctx["titles"] and ctx["country"] is None:
            a = self._actor(tok, ctx, name=known.name, country=known.country,
                            sector=list(known.sector), org=known.org,
                            code_override=known.code_override, why="memory:person")  # fmt: skip
            return a
        country = ctx["country"]
        org = ctx["org"]
        sector = list(dict.fromkeys(ctx["titles"][:1] + [s for s in ctx["mods"] if s != "ELI"]))
        if ctx["former"]:
            sector = ["ELI"]
        if country is None and org is None:
            if not sector:
                return None  # a name and nothing else: not an actor we can code
            if sector[0] in ("GOV", "MIL", "LEG", "JUD", "COP") and self.memory.dateline_country:
                country = self.memory.dateline_country
            else:
                return None
        a = self._actor(tok, ctx, name=name, country=country if not org else org.country,
                        sector=sector, org=org.org if org else None,
                        code_override=org.code if org else None, why="text:person")  # fmt: skip
        self.memory.learn_name(name, a)
        return a

    def _sector_phrase(self, tok, sector: str, ctx) -> list[Actor]:
        # "Iran's foreign minister, Mohammad Javad Zarif": the apposed person is the actor
        if ctx["person"] is not None:
            m, t = ctx["person"]
            got = self._from_entity(t, m, ctx)
            if got:
                return [got]
        for c in tok.children:
            if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i not in self.match_at:
                a = self._unknown_person(c, dict(ctx, titles=[sector]))
                if a:
                    return [a]
        pair = self._pair(tok)
        if pair:
            return pair
        got = self._org_anaphor(tok, ctx)
        if got:
            return got
        country = ctx["country"]
        org = ctx["org"]
        sectors = [sector] + [s for s in ctx["mods"] if s != sector]
        if ctx["former"]:
            sectors = ["ELI"]
        # "the Russian leader", "the U.S. president": the one named before, if any
        if tok.lemma_.lower() in LEADER_NOUNS | {"minister", "secretary", "chancellor"} and not org:
            prev = self.memory.last(
                lambda a: is_person(a) and a.country == (country or a.country)
                and sector in a.sector and (country is not None or self._has_det(tok))
            )
            if prev is not None:
                return [self._actor(tok, ctx, name=prev.name, country=prev.country,
                                    sector=list(prev.sector), org=prev.org, kb_id=prev.kb_id,
                                    code_override=prev.code_override,
                                    why="coref:person:description")]  # fmt: skip
        if org is not None:
            return [self._actor(tok, ctx, name=org.name, country=org.country,
                                sector=list(org.sector), org=org.org, kb_id=org.id,
                                code_override=org.code, why="kb:org:member")]  # fmt: skip
        if country is None:
            country = self._implicit_country(tok, sector)
            why = "text:sector:implicit-country" if country else "text:sector"
        else:
            why = f"text:sector:{ctx['country_why']}"
        s, e, text = self._span(tok, ctx)
        return [Actor(text=text, name=text, country=country, sector=sectors, start=s, end=e,
                      why=why)]  # fmt: skip

    def _org_anaphor(self, tok, ctx) -> list[Actor]:
        """"the bloc", "the group", "the alliance": the organisation named before."""
        if tok.lemma_.lower() not in ORG_ANAPHORS or ctx["country"] is not None or ctx["org"] is not None:
            return []
        if not (self._has_det(tok) or any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in tok.children)):
            return []
        prev = self.memory.last(lambda a: a.org is not None)
        if prev is None:
            return []
        return [self._actor(tok, ctx, name=prev.name, country=prev.country, sector=list(prev.sector),
                            org=prev.org, kb_id=prev.kb_id, code_override=prev.code_override,
                            why="coref:org:description")]  # fmt: skip

    def _has_det(self, tok) -> bool:
        return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)

    def _implicit_country(self, tok, sector: str) -> str | None:
        """"the government", "the ministry": the country the document is about."""
        if not self._has_det(tok) or sector not in ("GOV", "MIL", "LEG", "JUD", "COP"):
            return None
        return self.memory.focus_country()

    def _pair(self, tok) -> list[Actor]:
        """"the two leaders", "both sides": the last two distinct actors named."""
        low = tok.lemma_.lower()
        if low not in PAIR_NOUNS:
            return []
        nums = {c.lower_ for c in tok.children if c.dep_ in ("nummod", "det", "predet", "quantmod")}
        if not nums & {"two", "both"}:
            return []
        want_person = low in LEADER_NOUNS | {"president", "minister"}
        out: list[Actor] = []
        for a in reversed(self.memory.seen):
            if want_person and not is_person(a):
                continue
            if not want_person and low in ("country", "nation", "state", "government") and a.country is None:
                continue
            if a.code and all(a.key() != b.key() and a.country != b.country for b in out):
                out.append(a)
            if len(out) == 2:
                break
        if len(out) < 2:
            return []
        s, e, text = self._span(tok, {"left": tok.left_edge.i})
        return [Actor(text=text, name=a.name, country=a.country, sector=list(a.sector), org=a.org,
                      kb_id=a.kb_id, code_override=a.code_override, start=s, end=e,
                      why="coref:plural") for a in reversed(out)]  # fmt: skip

    def _pronoun(self, tok) -> list[Actor]:
        low = tok.lower_
        s, e = tok.idx + self.offset, tok.idx + len(tok) + self.offset
        here = {s}
        if low in PERSON_PRONOUNS:
            prev = self.memory.salient(is_person, skip=here)
            why = "coref:person:pronoun"
        elif low in THING_PRONOUNS:
            prev = self.memory.salient(lambda a: not is_person(a) and (a.country or a.org) is not None
                                       and not self._plural_phrase(a), skip=here)  # fmt: skip
            why = "coref:pronoun:it"
        elif low in PLURAL_PRONOUNS:
            prev = self.memory.salient(lambda a: not is_person(a) and (a.code != ""), skip=here)
            why = "coref:pronoun:they"
        else:
            return []
        if prev is None:
            return []
        return [Actor(text=tok.text, name=prev.name, country=prev.country, sector=list(prev.sector),
                      org=prev.org, kb_id=prev.kb_id, code_override=prev.code_override,
                      start=s, end=e, why=why)]  # fmt: skip

    @staticmethod
    def _plural_phrase(a: Actor) -> bool:
        w = a.text.split()[-1].lower() if a.text else ""
        return w.endswith("s") and a.why.startswith("text:sector")
