"""`SentenceActors`: resolves the phrases of one parsed paragraph, sentence by sentence.
The entry points are `actors_for` (the actors a phrase head names) and
`sentence_mentions` (every actor named in a sentence, fed to the document memory); the
dispatch from a phrase head to the rules of the other modules is `_resolve_uncached`."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...doccache import doc_ents, doc_text
from ...model import Actor
from ...syntax import first_conjunct, included_members
from ...words import word_class
from ..kb import Entity, KnowledgeBase, Match, Term, tokenize
from .anaphora import NounAnaphora
from .common import (
    _bracket_at,
    _copy,
    _has_letter,
    _is_party,
    acronym_ok,
    group_body,
    is_person,
    role_of,
)
from .context import PhraseContext
from .countries import ImplicitCountry
from .entities import EntityActors
from .memory import Memory, family_name
from .names import ProperNames, StoryBodies
from .pronouns import Pronouns
from .sectors import SectorPhrases
from .vocab import (
    ARMED_MEN_SECTORS,
    ATTACK_NOUNS,
    CITY_NAMED_ACCORDS,
    COLLECTIVE_NOUNS,
    COUNTRY_NOUNS,
    CURRENCY_WORDS,
    FOLLOWER_NOUNS,
    FORCE_MEMBER_NOUNS,
    GROUP_SECTORS,
    LEADER_NOUNS,
    LEADING_VERBS,
    MEMBER_NOUNS,
    MINISTRY_NOUNS,
    NUMERIC_QUANTITIES,
    ORG_ANAPHORS,
    PARTY_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    QUANTITY_NOUNS,
    REPORT_VERBS,
    RULING_WORDS,
    SPOKES_NOUNS,
    SUPPORTER_NOUNS,
    THING_PRONOUNS,
)


def _subject_token(tok) -> bool:
    """A clause subject, or a phrase coordinated with one ("Latvia and Lithuania said";
    "France, Britain and Germany said": the parser hangs Germany on Britain, not France)."""
    return tok.dep_ in ("nsubj", "nsubjpass") or (
        tok.dep_ == "conj" and first_conjunct(tok).dep_ in ("nsubj", "nsubjpass")
    )


class SentenceActors(
    PhraseContext,
    ProperNames,
    StoryBodies,
    EntityActors,
    SectorPhrases,
    NounAnaphora,
    ImplicitCountry,
    Pronouns,
):
    """Resolves phrases of one parsed paragraph; used sentence by sentence, in order."""

    def __init__(
        self, kb: KnowledgeBase, doc, day: dt.date | None, memory: Memory, offset: int = 0
    ):
        self.kb = kb
        self.doc = doc
        self.day = day
        self.memory = memory
        self.offset = offset  # where the paragraph starts in the article's clean text
        # "Q" or "A": a transcript's question or answer whose label was cut off (the coder
        # sets it from pipeline.item_paragraphs; pronouns.py _interview_part)
        self.turn: str | None = None
        memory.paragraphs.append(self)  # places named in earlier paragraphs (ground/places.py)
        self.matches: list[Match] = [m for m in kb.match(doc) if not kb.out_of_date(m.term, day)]
        if kb.local_names:
            self.matches = [x for m in self.matches for x in self._local_party(m)]
        if kb.affiliates:
            self.matches = [self._local_affiliate(m) for m in self.matches]
        if any(m.term.entity.kind == "org" and m.term.entity.country for m in self.matches):
            self.matches = self._place_bodies(self.matches)
        self.matches = self._other_bearers(self.matches)
        if memory.story_bodies:  # bodies the story introduced before this paragraph
            taken = {i for m in self.matches for i in range(m.start, m.end)}
            self.matches += self._story_body_matches(0, taken)
        self.match_at: dict[int, Match] = {}
        for m in self.matches:
            for i in range(m.start, m.end):
                self.match_at[i] = m
        if kb.peoples:
            self._learn_people_homes()
        self._cache: dict[int, list[Actor]] = {}
        self._folded: dict[int, tuple[int, list]] = {}
        self._story_at: dict[int, Entity] = {}  # heads of the story bodies introduced here
        self._sentence_countries: list[str | None] = []

    def _other_bearers(self, matches: list[Match]) -> list[Match]:
        """A listed person's bare surname after the story has named someone else of that
        surname ("Nasr al-Hariri, an opposition negotiator, said ... Hariri added") is that
        other person, unless the story has also named the listed one."""
        covered = {i for m in matches for i in range(m.start, m.end)}
        for ent in doc_ents(self.doc):
            last = ent[-1]
            if (ent.label_ == "PERSON" and len(ent) > 1 and last.i not in covered
                    and any(t.entity.kind == "person" for t in self.kb.lookup(last.text))):  # fmt: skip
                self.memory.other_bearers.setdefault(last.lower_, self.offset + last.idx)
        if not self.memory.other_bearers:
            return matches
        kept = []
        for m in matches:
            word = self.doc[m.start].lower_
            seen = self.memory.other_bearers.get(word)
            if (seen is not None and m.end - m.start == 1 and m.term.entity.kind == "person"
                    and seen < self.offset + self.doc[m.start].idx
                    and not any(self.memory.names.get(t.entity.name.lower()) is not None
                                and self.memory.names[t.entity.name.lower()].kb_id == t.entity.id
                                for t in (m.term, *m.alternatives))):  # fmt: skip
                continue
            kept.append(m)
        return kept

    def _place_bodies(self, matches: list[Match]) -> list[Match]:
        """ "Dhaka Metropolitan Police", "Tokyo Metropolitan Police", "Karachi Port Police":
        a place (a country, its capital or a city of it, from the country files or the
        gazetteer) written right before a national body's name as the first word of the same
        proper name is that place's body of the kind the name tells, not the body of that
        name the organisations file lists for another country (London's Met). The listed
        name is matched again without the organisation ("Police": COP) and a city only the
        gazetteer knows becomes a place of its country, so the phrase resolves as "Dhaka
        police" does. A body whose name tells no kind ("the Pakistani Taliban") keeps it."""
        doc, kb = self.doc, self.kb
        out: list[Match] = []
        for m in matches:
            ent = m.term.entity
            p = doc[m.start - 1] if m.start > 0 else None
            if (
                ent.kind != "org"
                or not ent.country
                or p is None
                or not (p.is_alpha and p.text[:1].isupper() and p.pos_ in ("PROPN", "ADJ"))
                or p.is_sent_start
                and p.pos_ != "PROPN"
                or not (m.start <= p.head.i < m.end + 3)
            ):
                out.append(m)
                continue
            before = out[-1] if out and out[-1].end == m.start else None
            place: Match | None = None
            if before is not None:
                if (
                    before.term.entity.kind == "country"
                    and before.term.function in ("name", "capital", "region", "adjective")
                    and before.term.entity.country != ent.country
                ):
                    place = before
            elif p.ent_type_ == "GPE" and p.pos_ == "PROPN" and (p.lower_,) not in kb.titles:
                from ...where import gazetteer

                city = gazetteer().city(p.text)
                if (
                    city is not None
                    and city.country != ent.country
                    and city.country in kb.countries
                ):
                    place = Match(p.i, p.i + 1, Term((p.lower_,), kb.countries[city.country],
                                                     "region", surface=p.text))  # fmt: skip
            if place is None:
                out.append(m)
                continue
            rest = _plain_matches(kb, doc, m.start + 1, m.end)
            if not any(r.term.function == "sector" for r in rest):
                out.append(m)  # "the Pakistani Taliban": the name tells no kind of body
                continue
            if before is None:
                out.append(place)
            out.extend(rest)
        return out

    def _local_party(self, m: Match) -> list[Match]:
        """ "Democratic Party chairman X said" in a story datelined Ulaanbaatar: a name that
        other countries' parties share (`local_names` in organisations.yaml) is the party of
        that name of the country the story is datelined in, when neither the story so far nor
        this paragraph names the home country of the party the file lists (the US, for
        "Democratic Party"). A party of the dateline's country whose name begins with it
        ("Democratic Party of Korea") is that party; else the party has no key: country + PTY.
        A shared name of another body ("NIS", South Korea's intelligence service and Serbia's
        oil firm) in such a story is no actor, unless a body of the dateline's country begins
        with it; its words are matched again without the organisation ("Kurdish
        administration" in an Erbil story: a Kurdish "administration", not Syria's AANES)."""
        ent = m.term.entity
        local = self.kb.local_names.get(ent.org or "")
        home = self.memory.dateline_country
        if not local or m.term.tokens not in local or not home or home == ent.country:
            return [m]
        if self.memory.country_counts.get(ent.country or "", 0) or any(
            o.term.entity.country == ent.country
            and o.term.tokens not in self.kb.local_names.get(o.term.entity.org or "", ())
            for o in self.matches
        ):
            return [m]
        party = _is_party(ent)
        same = next((o for o in self.kb.orgs.values() if o.country == home and _is_party(o) == party
                     and tuple(tokenize(o.name))[: len(m.term.tokens)] == m.term.tokens), None)  # fmt: skip
        if same is None and not party:
            return _plain_matches(self.kb, self.doc, m.start, m.end)
        if same is None:
            same = Entity(f"org:local:{home}:{ent.name}", "org", ent.name, country=home,
                          sector=("PTY",))  # fmt: skip
        return [replace(m, term=replace(m.term, entity=same), alternatives=())]

    def _local_affiliate(self, m: Match) -> Match:
        """ "Islamic State-linked insurgents" in a story datelined in (else about) Mozambique:
        the movement's affiliate there (`operates_in` in organisations.yaml: ISMOZ), when
        exactly one of its affiliates operates in that country."""
        ent = m.term.entity
        children = self.kb.affiliates.get(ent.org or "") if ent.kind == "org" else None
        if not children:
            return m
        home = self.memory.dateline_country or self.memory.focus_country()
        if not home:
            return m
        here = [k for k, countries in children if home in countries]
        if len(here) != 1:  # kb.affiliates holds only keys of kb.orgs
            return m
        return replace(m, term=replace(m.term, entity=self.kb.orgs[here[0]]), alternatives=())

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
            if h.dep_ == "appos" and h.pos_ == "NOUN" and not any(a.org for a in found):
                # "Hamas, an Islamist group that has fought three wars", "the PKK, a banned
                # militant group that ...": the description is the organisation it renames
                named = [a for a in self._resolve(h.head) if a.org]
                if named:
                    found = named
            if not found and h.pos_ == "NOUN":
                # "the agency, the NDMA, urged ...": a description renamed by the body's name
                named = [a for c in h.children if c.dep_ == "appos" and c.i > h.i
                         for a in self._resolve(c) if a.org or a.country]  # fmt: skip
                if named and is_person(named[0]):
                    named = self._holder_of(h, named[0])
                if named:
                    found = named[:1]
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

    def _holder_of(self, role, person: Actor) -> list[Actor]:
        """Whom a role of no sector of its own renamed by a person acts for ("Its chairman,
        Zimbabwean President X, offered to mediate"): the international body its possessive
        names (the bloc he chairs, as the gold codes it), else the person by his own title,
        never a party or state "its" only seemed to reach."""
        for c in role.children:
            if c.dep_ != "poss":
                continue
            body = [a for a in self._resolve(c) if a.org and not is_person(a) and not a.country]
            if body:
                s, e, text = self._span(role, self._context(role))
                return [_copy(body[0], text, s, e, "coref:holder of the role")]
        return [person]

    def sentence_mentions(self, sent) -> list[Actor]:
        """Every actor named in a sentence (for the article record and `dotterel actors`);
        also feeds the document memory so later sentences can refer back."""
        found: list[Actor] = []
        covered: set[int] = set()
        subject_group: list[Actor] = []  # every subject of the sentence
        coordinated: dict[
            int, list[Actor]
        ] = {}  # subjects by coordination ("Latvia and Lithuania")
        between: dict[int, list[Actor]] = {}  # "relations between Rabat and Algiers": the pair
        listed: dict[int, list[Actor]] = {}  # other coordinated actors ("from X, Y and Z")
        self._sentence_countries = [  # for unknown officials without a nationality
            m.term.entity.country for m in self.matches
            if sent.start <= m.start < sent.end and (m.term.entity.kind == "country" or (
                m.term.entity.kind == "org" and m.term.entity.country))  # a national body: "UNITA"
        ]  # fmt: skip
        self.memory.sentence_countries.setdefault(self.memory.sentence, set()).update(
            c for c in self._sentence_countries if c
        )
        self.memory.headline = self.memory.sentence == 0 and not sent.text.rstrip(
            " \"'”’"
        ).endswith((".", "!", "?", ":"))
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
            tok = self._named_phrase_root(tok, got)
            subject = _subject_token(tok)
            reporting = self._reporting(tok)
            depth = 0  # how many clauses down the subject's verb is from the sentence's root
            background = False  # the subject of an adverbial clause ("as thousands fled")
            if subject:
                verb = first_conjunct(tok).head
                for _ in range(12):
                    if verb.dep_ == "ROOT" or verb.head.i == verb.i:
                        break
                    if verb.dep_ != "conj" and verb.pos_ in ("VERB", "AUX"):
                        depth += 1
                    background = background or verb.dep_ == "advcl"
                    verb = verb.head
            for a in got:
                if not a.code:
                    continue
                found.append(a)
                self.memory.remember(a, subject, depth)  # at once: a later pronoun may refer to it
                if reporting and "MED" in a.sector:
                    self.memory.reporters[id(a)] = a
                if subject and not a.why.startswith("coref"):
                    if self._visitor(a, tok):
                        self.memory.visitor = a.country
                    if not background:
                        # "The rebels overran the town as thousands of residents fled. They
                        # freed ...": the residents of the clause told in passing are no
                        # part of what a later "they" stands for
                        subject_group.append(a)
                    root = first_conjunct(tok)
                    coordinated.setdefault(root.i, []).append(a)
                    self.memory.live_group = (self.memory.sentence, coordinated[root.i])
                elif not subject and not a.why.startswith("coref"):
                    root = first_conjunct(tok)
                    if root.dep_ == "pobj" and root.head.lower_ == "between":
                        between.setdefault(root.i, []).append(a)
                    elif root.i != tok.i or any(c.dep_ == "conj" for c in tok.children):
                        listed.setdefault(root.i, []).append(a)
                span = self.doc.char_span(a.start - self.offset, a.end - self.offset,
                                          alignment_mode="expand")  # fmt: skip
                covered.update(t.i for t in span or [])
                if is_person(a):  # "Sheikh Hamad bin Khalifa al-Thani" is one mention
                    for ent in doc_ents(self.doc):
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
            listed = {k: [a for a in g if id(a) not in drop] for k, g in listed.items()}
        # "Latvia and Lithuania voiced support, and Latvia's ministry said ...": "they" and "the
        # two neighbours" are the coordinated pair; else all the sentence's subjects
        pairs = [g for g in coordinated.values() if len(g) > 1]
        self.memory.remember_group(pairs[-1] if pairs else subject_group)
        between_pairs = [g for g in between.values() if len(g) > 1]
        self.memory.remember_between(between_pairs[-1] if between_pairs else None)
        self.memory.remember_lists(list(listed.values()))
        self.memory.lead_read = self.memory.lead_read or not self.memory.headline
        self.memory.sentence += 1
        return found

    def _visitor(self, a: Actor, tok) -> bool:
        """`a`, the subject `tok` of the headline or lead, is a state's official from abroad
        visiting the dateline's country: "LISBON - Malawi's President X held talks with ...",
        "Malawi's president defends deal on Lisbon visit"."""
        home = self.memory.dateline_country
        return bool(
            (self.memory.headline or not self.memory.lead_read)
            and self.memory.visitor is None
            and home
            and a.country
            and a.country != home
            and "GOV" in a.sector
            and _on_visit(tok)
        )

    @staticmethod
    def _reporting(tok) -> bool:
        """`tok` names the source of the story: "Reuters reported", "X told Reuters",
        "according to the AP", "(Reuters)"."""
        h = first_conjunct(tok)
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
            members = self._region_members(ent, s, e, span.text)
            if members:  # "the European statement" after Britain, France and Germany spoke
                return members
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

    def _before_money(self, m: Match) -> bool:
        nxt = self.doc[m.end] if m.end < len(self.doc) else None
        return nxt is not None and (nxt.text in ("$", "dollars", "dollar") or nxt.ent_type_ == "MONEY"
                                    and nxt.pos_ == "SYM")  # fmt: skip

    # -- phrase heads ---------------------------------------------------------------------
    def _named_phrase_root(self, tok, got: list[Actor]):
        """The head of the name an actor was found by, when the token read is a word inside
        it: "The UN humanitarian office said ..." is resolved at "UN" (a modifier), but the
        office is the subject a later "it" refers to."""
        if not got or _subject_token(tok):
            return tok
        span = self.doc.char_span(got[0].start - self.offset, got[0].end - self.offset,
                                  alignment_mode="expand")  # fmt: skip
        if span is not None and span.start <= tok.i < span.end and _subject_token(span.root):
            return span.root
        return tok

    def _is_phrase_head(self, tok) -> bool:
        m = self.match_at.get(tok.i)
        if (m is not None and m.end - 1 == tok.i and any(m.term.strict)
                and tok.pos_ in ("PRON", "AUX", "VERB", "DET", "ADP", "SCONJ")):  # fmt: skip
            return (
                True  # "the WHO", "IS fighters": a capitalised acronym the parser took for a word
            )
        if tok.pos_ == "PRON":
            # ("both" alone: "Kenya and Uganda signed, and both pledged", anaphora.py _both)
            return tok.lower_ in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS | {"both"}
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
        got = self._bracketed_body(tok, self._opposition_party(tok, self._resolve_uncached(tok)))
        got = self._story_body(tok, got)
        got = self._described_member(tok, got)
        self._cache[tok.i] = got
        if got and len(got) == 1:
            self._learn_acronym(tok, got[0])
        return got

    def _described_member(self, tok, found: list[Actor]) -> list[Actor]:
        """ "Maria Ruiz, a leader of Chile's Socialist party, resigned": a person the files do
        not know, described in an apposition as a member, official or spokesman of a body,
        acts for that body (CODING.md: people are coded by the role they hold). The person
        keeps the name; the body gives the country, sectors and organisation."""
        if len(found) != 1 or not is_person(found[0]):
            return found
        person = found[0]
        if person.kb_id or person.sector or person.org:
            return found
        for c in tok.children:
            if not (
                c.dep_ == "appos"
                and c.i > tok.i
                and c.pos_ == "NOUN"
                and c.lemma_.lower() in MEMBER_NOUNS | SPOKES_NOUNS
            ):
                continue
            # ("a member of the public" is still a private person)
            body = [a for a in self._resolve(c) if (a.org and not is_person(a)) or group_body(a)]
            if len(body) == 1:
                b = body[0]
                country = b.country or person.country
                why = person.why + ":member of apposed body"
                return [replace(person, country=country, sector=list(b.sector), org=b.org, why=why)]
        return found

    def _bracketed_body(self, tok, found: list[Actor]) -> list[Actor]:
        """ "the UN peacekeeping mission in Congo (MONUSCO)", "the UN force in Cyprus
        (UNFICYP)": a phrase followed by the bracketed acronym of a body the files know, of
        which the phrase named only the parent ("UN") or nothing, is that body."""
        doc = self.doc
        # the bracket right after the head or its "in" phrase: "mission in Congo (MONUSCO)"
        j = next((k for k in range(tok.i + 1, min(tok.right_edge.i, tok.i + 6) + 1)
                  if doc[k].text == "(" or doc[k].pos_ in ("VERB", "AUX")), tok.i + 1)  # fmt: skip
        if not _bracket_at(doc, j):
            j = self._comma_acronym_at(tok)
            if j is None:
                return found
        if any(t.dep_ in ("cc", "conj") or t.text == "," for t in doc[tok.i + 1 : j]):
            return found  # "a settlers' movement and the Palestine Liberation Organization (PLO)"
        m = self.match_at.get(j + 1)
        if m is None or m.end != j + 2 or m.term.entity.kind != "org" or not m.term.entity.org:
            return found
        ent = m.term.entity
        above = set(self.kb.org_ancestors(ent.org))  # MONUSCO -> UNDPO -> UN
        if found and not all(a.org and a.org in above for a in found):
            return found
        if not found and not (tok.lemma_.lower() in ORG_ANAPHORS or self._sector_noun(tok)):
            return found
        s = min([a.start for a in found], default=tok.left_edge.idx + self.offset)
        e = doc[j + 2].idx + 1 if doc[j].text == "(" else doc[j + 1].idx + len(doc[j + 1].text)
        e += self.offset
        text = doc_text(self.doc)[s - self.offset : e - self.offset]
        return [Actor(text=text, name=ent.name, country=ent.country, sector=list(ent.sector),
                      org=ent.org, kb_id=ent.id, code_override=ent.code, start=s, end=e,
                      why="kb:org:bracketed acronym")]  # fmt: skip

    def _comma_acronym_at(self, tok) -> int | None:
        """ "the U.N. mission in Libya, UNSMIL, said": the comma before a one-word name set
        off in apposition to the phrase's head or to its "in" phrase (where the parser
        often hangs it); the same reading as the bracketed acronym."""
        doc = self.doc
        for k in range(tok.i + 1, min(tok.right_edge.i, tok.i + 6) + 1):
            if doc[k].text != ",":
                continue
            after = doc[k + 2] if k + 2 < len(doc) else None
            if after is None or (after.text not in ",.;" and after.pos_ not in ("VERB", "AUX")):
                return None  # a name set off by commas ends at a comma or the verb
            name = doc[k + 1]
            placed = name.head.dep_ == "pobj" and name.head.head.head == tok
            if name.dep_ == "appos" and (name.head == tok or placed):
                return k  # where a bracket would open
            return None
        return None

    def _named_after_description(self, tok, ctx) -> Actor | None:
        """ "The West African bloc ECOWAS condemned ...", "the militant group Hamas": a
        description of a body written right before the body's name is that body, also when the
        parser made the description the phrase's head and the name a verb or a phrase of its
        own; not the region or country its adjectives name."""
        if (
            tok.pos_ != "NOUN"
            or tok.lemma_.lower() not in ORG_ANAPHORS
            or tok.i + 1 >= len(self.doc)
        ):
            return None
        m = self.match_at.get(tok.i + 1)
        if (
            m is None
            or m.start != tok.i + 1
            or m.term.entity.kind != "org"
            or not m.term.entity.org
        ):
            return None
        name = self.doc[m.start : m.end]
        if not name[0].text[:1].isupper() or name.root.head.i == tok.i:
            return None  # "the militant group Hamas" with Hamas in apposition: told already
        actor = self._from_entity(name[-1], m, ctx)
        if actor is None:
            return None
        s, _, _ = self._span(tok, ctx)
        actor.start, actor.text = s, doc_text(self.doc)[s - self.offset : actor.end - self.offset]
        actor.why = "kb:org:named after its description"
        return actor

    def _learn_acronym(self, tok, actor: Actor) -> None:
        """An acronym in brackets right after a name ("the Dhaka Metropolitan Police (DMP)")
        names the same actor when it is used later ("the DMP said"): the acronym is in
        capitals and begins with the name's first letter."""
        doc, j = self.doc, tok.i + 1
        if not _bracket_at(doc, j):
            # the bracket right after the whole name the head begins ("Fighters of the
            # Coalition of Patriots for Change (CPC)": the head is "Coalition")
            end = actor.end - self.offset
            j = next((t.i for t in doc[tok.i + 1 : tok.i + 9] if t.idx >= end), -1)
            if j < 1 or doc[j - 1].idx + len(doc[j - 1].text) != end or not _bracket_at(doc, j):
                return
        acr = doc[j + 1].text
        # the name's own words: "Pakistan's National Disaster Management Authority (NDMA)"
        # abbreviates the name after its owner
        words = [w for w in actor.text.split() if w[:1].isupper() and not w.endswith(("'s", "’s"))]
        if (
            acronym_ok(acr)
            and words
            and words[0][0] == acr[0]
            and (acr.lower(),) not in self.kb.titles
        ):
            self.memory.acronyms[acr] = actor

    def _opposition_party(self, tok, found: list[Actor]) -> list[Actor]:
        """ "the opposition Democratic Party", "opposition Chadema supporters": a party the
        story calls the opposition is the opposition (country + OPP, CODING.md's KENOPP, not
        country + PTY), in this phrase and in its later mentions, members and supporters who
        hold no office ("Democratic Party chairman X", "the Democratic Party said")."""
        if not found:
            return found
        top = tok
        while top.dep_ in ("compound", "amod", "nmod") and top.head.i > top.i:
            top = top.head  # "opposition Chadema supporters": the whole phrase
        window = self.doc[top.left_edge.i : top.i + 1]
        party = None
        for t in window:
            m = self.match_at.get(t.i)
            if m is not None and m.term.entity.kind == "org" and _is_party(m.term.entity):
                party = m.term.entity
        if party is None:
            # "opposition leader X, head of the PAIGC": the party an opposition figure heads
            # is the opposition, when it is named later ("The PAIGC denied ...")
            for a in found:
                if is_person(a) and "OPP" in a.sector:
                    for g in _headed_bodies(top):
                        m = self.match_at.get(g.i)
                        if (m is not None and m.term.entity.kind == "org" and _is_party(m.term.entity)
                                and m.term.entity.country == a.country):  # fmt: skip
                            self.memory.opposition_parties.add(m.term.entity.id)
            return [self._the_opposition_party(a) for a in found]
        if any(t.lower_ == "opposition" for t in window):
            self.memory.opposition_parties.add(party.id)
        elif any(t.lower_ in RULING_WORDS for t in window):
            # "the ruling Patriotic Party": the party in power is the government (CODING.md
            # codes a ruling party's acts and the attacks on its offices as country + GOV)
            self.memory.ruling_parties.add(party.id)
        elif (
            top.lemma_.lower() in PARTY_NOUNS
            and any(c.dep_ == "poss" for c in top.children)
            and any("OPP" in a.sector and a.country == party.country for a in found)
        ):
            # "opposition leader X ... his Chadema party said": the party of an opposition
            # figure is the opposition, here and when it is named later ("Chadema said")
            self.memory.opposition_parties.add(party.id)
        if party.id in self.memory.opposition_parties:
            standing, why = "OPP", "opposition party"
        elif party.id in self.memory.ruling_parties:
            standing, why = "GOV", "ruling party"
        else:
            return found
        out = []
        for a in found:
            held = {"GOV", "LEG", "JUD", "MIL", "COP", "ELI"}  # offices: not the party's people
            if a.country == party.country and a.sector != [standing] and not set(a.sector) & held:
                a = replace(a, sector=[standing], code_override=None, why=f"{a.why}:{why}")
            out.append(a)
        return out

    def _the_opposition_party(self, a: Actor) -> Actor:
        """ "the opposition", "his supporters", "opposition activists" after the story named
        one opposition party of that country ("the opposition Freedom Front"): that party's
        (country + OPP kept, the party's key added), not the opposition at large."""
        if a.sector != ["OPP"] or a.org or a.code_override or not a.country or is_person(a):
            return a
        named = (self.kb.entities.get(i) for i in self.memory.opposition_parties)
        parties = {e.org for e in named if e is not None and e.country == a.country}
        # a party's people told as the opposition ("leaders of the opposition X", the
        # opposition leader who founded it)
        parties |= {b.org for b in self.memory.seen if b.org and "OPP" in b.sector
                    and b.country == a.country and self._party_key(b.org)}  # fmt: skip
        if len(parties) != 1 or None in parties:
            return a
        return replace(a, org=parties.pop(), why=f"{a.why}:the opposition party named")

    def _party_key(self, key: str) -> bool:
        """Whether the organisation key names a political party the files know."""
        org = self.kb.orgs.get(key)
        return org is not None and _is_party(org)

    def _quantity_of(self, tok) -> list[Actor]:
        """ "thousands of protesters", "members of the opposition", "some of the rebels": the
        actors a quantity's "of" phrase names (its conjuncts too); "opposition members of
        parliament" take the modifier's sector."""
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ != "of":
                continue
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                got = self._resolve(g)
                for cj in g.conjuncts:  # "dozens of Malian and Nigerien migrants"
                    got += [a for a in self._resolve(cj) if all(a.key() != b.key() for b in got)]
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
        return []

    def _resolve_uncached(self, tok) -> list[Actor]:
        states = self.kb.divided_states.get(tok.lower_)
        if states and tok.tag_ in ("NNPS", "NNS", "NNP"):
            # "the two Koreas", "both Sudans": the two states of the divided nation
            s, e, text = self._span(tok, {"left": tok.left_edge.i})
            return [Actor(text=text, name=self.kb.countries[c].name, country=c, start=s, end=e,
                          kb_id=self.kb.countries[c].id, why="kb:divided states")
                    for c in states if c in self.kb.countries]  # fmt: skip
        m = self.match_at.get(tok.i)
        if m is not None and self._before_money(m):
            return []  # "US $50 million"
        if (
            m is not None
            and m.start == m.end - 1 == tok.i
            and tok.text in self.memory.acronyms
            and not (tok.i >= 1 and self.doc[tok.i - 1].text == "(")
        ):
            # "The CPC attacked ..." after "the Coalition of Patriots for Change (CPC)": the
            # story's own spelling-out outranks the files' namesake (the Chinese Communist Party)
            m = None
        if m is not None and any(m.term.strict) and m.term.function != "sector":
            actor = self._from_entity(tok, m, self._context(tok))  # "WHO", "US": not pronouns
            return [actor] if actor else []
        if m is None and tok.text in self.memory.acronyms:
            # "the DMP said" after "the Dhaka Metropolitan Police (DMP)"
            known = self.memory.acronyms[tok.text]
            if tok.i >= 2 and self.doc[tok.i - 1].text == "(":
                return []  # the acronym where it is introduced is no mention of its own
            s, e, text = self._span(tok, self._context(tok))
            return [_copy(known, text, s, e, "coref:acronym")]
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
            # "some of the protesters", "many of the rebel groups": the parser's pronoun is a
            # quantity of the people its "of" phrase names, no reference back
            got = self._quantity_of(tok) if tok.lower_ in QUANTITY_NOUNS else []
            return got or self._pronoun(tok)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in GROUP_SECTORS:
            got = self._self_named_group(tok)
            if got is not None:
                return got  # 'a group calling itself "Free Citizens of Tavush"'
        if not _has_letter(tok.text):
            return []
        if m is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in SUPPORTER_NOUNS:
            got = self._supporters(tok, self._context(tok))
            if got:
                return got
        if tok.lower_ in QUANTITY_NOUNS or tok.lemma_.lower() in QUANTITY_NOUNS or tok.like_num:
            # "thousands of protesters", "members of the opposition", "two of the soldiers"
            got = self._quantity_of(tok)
            if got:
                return got
            if tok.like_num or tok.lemma_.lower() in NUMERIC_QUANTITIES:
                return []
            if tok.lemma_.lower() in COLLECTIVE_NOUNS:
                # "a negotiating team from the union", "a delegation from Kenya": who sent it;
                # "activist groups", "the union negotiating team": the role noun before it
                mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i
                        and c.pos_ == "NOUN" and self._sector_noun(c)]  # fmt: skip
                got = self._senders(tok)
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
        if m is None or m.term.function == "sector":
            named = self._named_after_description(tok, ctx)
            if named is not None:
                return [named]
        if (
            m is not None
            and m.term.function == "people"
            and m.term.entity.kind == "region"
            and not ctx["mods"]
        ):
            span = self.doc[m.start : m.end]
            members = self._region_members(m.term.entity, span.start_char + self.offset,
                                           span.end_char + self.offset, span.text)  # fmt: skip
            if members:  # "warned the Europeans": the European states or bloc told before
                return members
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
        if tok.pos_ == "NOUN" and ctx["country"] is None and ctx["org"] is None:
            led = self._leaders(tok, ctx)
            if led:
                return led
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
            prev = self._force_told({"COP", "MIL"}, bodies=True)
            if prev is not None:
                s, e, text = self._span(tok, ctx)
                return [_copy(prev, text, s, e, "coref:force:officers")]
        if m is None and not sector:
            # "both sides", "the bloc", "Maduro's representatives"
            got = (self._pair(tok) or self._org_anaphor(tok, ctx) or self._associates(tok, ctx)
                   or self._country_anaphor(tok, ctx) or self._neighbour_country(tok, ctx))  # fmt: skip
            if got:
                return got
        if m is None and not sector and self._igo_body(tok, ctx):
            # "the U.N. Working Group on Arbitrary Detention", "the EU Foreign Affairs
            # Council": a named body of an international organisation the files do not list
            # is that organisation
            o = ctx["org"]
            return [self._actor(tok, ctx, name=o.name, country=o.country, sector=list(o.sector),
                                org=o.org, kb_id=o.id, code_override=o.code, why="kb:org:body of")]  # fmt: skip
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
        if not sector and tok.lower_ not in PARTY_NOUNS and self._unknown_body(tok, countries=True):
            # "the Single Confederation of Peasant Workers condemned the decree": a body the
            # files do not know, named by what its members are (AGR), as "the leader of" it is
            # (not a party, alliance or movement: "the Citizens' Alliance for Change" is a
            # party of citizens, not the public)
            sector = self._body_name_sector([tok])
            if sector:
                got = self._sector_phrase(tok, sector, ctx)
                for a in got:
                    a.name, a.why = self._name_of(tok), "text:named body"
                return got
        if sector and tok.tag_ == "NNS":
            # "delegates from the army and the rebels", "officials from Kenya and from Somalia":
            # people sent by two bodies or more are of each of them, not of the first alone
            got = self._senders(tok)
            if len(got) > 1:
                # a state sends its officials: "officials from Malawi and Zambia" are each
                # state's GOV, as "Malawian and Zambian officials" are
                return [
                    replace(a, sector=[sector], why=a.why + ":people sent")
                    if a.country and not a.sector and not a.org and not a.code_override
                    else a
                    for a in got
                ]
        if sector and ctx["country"] is None and ctx["org"] is None:
            hired = self._working_for(tok, ctx)
            if hired is not None:
                return [hired]
        if sector:
            return self._sector_phrase(tok, sector, ctx)
        return []

    def _senders(self, tok) -> list[Actor]:
        """Who sent the people or the group `tok` names by its "from" phrase ("a delegation
        from the army and the RSF", "officials from Kenya and from Somalia"): each conjunct's
        body or country, once; no person; for a country noun the members it lists ("from
        seven countries, including A and B"). A "from" phrase the parser hung on the verb
        right after an object of people (not armed men) counts when it lists such members.
        Empty when no "from" phrase is found."""
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"]
        preps += [x for c in preps for x in c.conjuncts if x.lower_ == "from"]
        pobjs = [g for c in preps for g in c.children if g.dep_ == "pobj"]
        if not pobjs and tok.dep_ == "dobj" and self._sector_noun(tok) not in ARMED_MEN_SECTORS:
            # "ordered diplomats from seven countries, including A and B, to leave": the
            # parser hangs the "from" phrase on the verb; countries whose members it lists
            # say where the people come from (not "withdrew troops from ...": where they were)
            pobjs = [g for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "from"
                     and c.i == tok.i + 1 for g in c.children if g.dep_ == "pobj"
                     and g.lemma_.lower() in COUNTRY_NOUNS and included_members(g)]  # fmt: skip
        got: list[Actor] = []
        for t in pobjs:
            members = included_members(t) if t.lemma_.lower() in COUNTRY_NOUNS else []
            for a in (a for x in (members or (t, *t.conjuncts)) for a in self._resolve(x)):
                if not is_person(a) and all(a.key() != b.key() for b in got):
                    got.append(a)
        return got

    def _leaders(self, tok, ctx) -> list[Actor]:
        """ "a delegation led by Kenya's foreign minister", "commissions headed by the two
        countries' deputy prime ministers": a group is of the states or bodies of those its
        participle says lead it, once each. A group led by a person ("fighters led by a
        rebel commander") takes the person's country, body and sector, not their name or
        knowledge-base entry: the group is not the person."""
        heads = [g for v in tok.children if v.dep_ == "acl" and v.tag_ == "VBN"
                 and v.lemma_.lower() in LEADING_VERBS
                 for c in v.children if c.dep_ == "agent"
                 for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        got: list[Actor] = []
        for a in (a for h in heads for x in (h, *h.conjuncts) for a in self._resolve(x)):
            if (a.country or a.org) and all(a.key() != b.key() for b in got):
                got.append(a)
        s, e, text = self._span(tok, ctx)
        out = [_copy(a, text, s, e, "led by:" + a.why.split(":", 1)[-1]) for a in got]
        return [
            replace(b, name=text, kb_id=None) if is_person(a) else b
            for a, b in zip(got, out, strict=True)
        ]

    def _igo_body(self, tok, ctx) -> bool:
        """`tok` heads a name of a body ("Working Group", "Committee") with an international
        organisation the files know written before it as part of the name, or as its
        possessor ("the IAEA's Board of Governors", "the UN nuclear watchdog's 35-nation Board
        of Governors"); or a common noun of such a body told so ("the UN peacekeeping mission
        in Cyprus", "the UN's office"): the organisation acting, a subject a later "it" is."""
        o = ctx["org"]
        if o is None or "IGO" not in o.sector:
            return False
        if not (tok.pos_ == "PROPN" and tok.text[:1].isupper() or tok.pos_ == "NOUN"):
            return False
        if tok.lemma_.lower() not in IGO_BODY_NOUNS:
            return False
        owner = ctx.get("org_tok")
        return any(c.i < tok.i and self._names_igo(tok, c, o, owner) for c in tok.children)

    def _names_igo(self, tok, c, o, owner) -> bool:
        """`c`, a word before the body's noun `tok`, names the organisation `o`: a word of its
        name ("the UN Working Group"), a modifier of a common noun holding one ("the UN
        peacekeeping mission"), or the possessor holding the token that gave `o` ("the
        IAEA's Board")."""
        if c.dep_ == "compound" and self._names_org(c, o):
            return True
        if tok.pos_ == "NOUN" and c.dep_ in ("compound", "amod"):
            if any(self._names_org(x, o) and _in_noun_modifier(x, tok) for x in c.subtree):
                return True
        return c.dep_ == "poss" and owner is not None and owner.i in {x.i for x in c.subtree}

    def _names_org(self, t, o) -> bool:
        """`t` is a word of a name of the organisation `o`."""
        return t.i in self.match_at and self.match_at[t.i].term.entity is o

    def _working_for(self, tok, ctx) -> Actor | None:
        """ "hackers working for Russian military intelligence", "gunmen acting on behalf of
        the Iranian government": people who work for a state body or a group are that body's,
        not the country the story is about."""
        for c in tok.children:
            if c.dep_ != "acl" or c.lemma_.lower() not in WORK_FOR_VERBS or c.i < tok.i:
                continue
            for p in c.children:
                if p.dep_ != "prep" or p.lower_ not in ("for", "on"):
                    continue
                for g in p.children:
                    if g.dep_ == "pobj" and p.lower_ == "on" and g.lower_ == "behalf":
                        g = next((x for q in g.children if q.dep_ == "prep" and q.lower_ == "of"
                                  for x in q.children if x.dep_ == "pobj"), None)  # fmt: skip
                    elif g.dep_ != "pobj" or p.lower_ != "for":
                        continue
                    if g is None:
                        continue
                    boss = next(
                        (a for a in self._resolve(g) if not is_person(a) and (a.country or a.org)),
                        None,
                    )
                    if boss is not None:
                        s, e, text = self._span(tok, ctx)
                        return _copy(boss, text, s, e, f"text:working for:{boss.why}")
        return None


# the head nouns of a named body of an international organisation ("the UN Working Group
# on ...", "the AU Peace and Security Council")
IGO_BODY_NOUNS = word_class("igo_body_nouns")  # data/word_classes.yaml

WORK_FOR_VERBS = word_class("working_for_verbs")  # data/word_classes.yaml

# the appositions that make a person the head of a body ("X, chairman of the PAIGC")
BODY_HEAD_NOUNS = LEADER_NOUNS | {"chairman", "chairwoman", "founder"}


VISIT_WORDS = word_class("visit_words")  # data/word_classes.yaml: visits and meetings


def _on_visit(tok) -> bool:
    """The subject `tok` goes visiting or meets: "X visits Lisbon", "X defends deal on Lisbon
    visit", "X held talks with Y"; not "X condemns Y ahead of Pope's visit" (another's)."""
    return any(t.lemma_.lower() in VISIT_WORDS and not any(c.dep_ == "poss" for c in t.children)
               for t in tok.head.subtree)  # fmt: skip


def _in_noun_modifier(t, head) -> bool:
    """`t` modifies `head` through nouns and adjectives only ("the UN peacekeeping mission"),
    not through a verb ("a UN-backed mission" is no UN body)."""
    while t != head:
        if t.dep_ not in ("compound", "amod", "nmod") or t.pos_ in ("VERB", "AUX"):
            return False
        t = t.head
    return True


def _plain_matches(kb: KnowledgeBase, doc, start: int, end: int) -> list[Match]:
    """The knowledge base's matches in doc[start:end] other than organisations' names, from
    the first word on which any is found (an organisation's longer name would hide them)."""
    for j in range(start, end):
        rest = [replace(r, start=r.start + j, end=r.end + j)
                for r in kb.match(doc[j:end]) if r.term.entity.kind != "org"]  # fmt: skip
        if rest:
            return rest
    return []


def _headed_bodies(person):
    """The bodies an apposition says a person leads: "X, head of the PAIGC", "X, the leader of
    the Victory bloc"."""
    for c in person.children:
        if c.dep_ == "appos" and c.lemma_.lower() in BODY_HEAD_NOUNS:
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    yield from (g for g in p.children if g.dep_ == "pobj")
