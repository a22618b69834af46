"""Proper names in the text: where a person's name ends and what the whole name is,
names the parser folded together ("X and Russian President Y"), and bodies the knowledge
base does not know that are named by a proper name ("the Union for Progress", "the Single
Confederation of Peasant Workers")."""

from __future__ import annotations

from ...doccache import doc_text, ent_at
from ...model import Actor
from ...words import token_in, word_class
from ..kb import Entity, Match, Term
from .common import _bracket_at, _copy, _has_letter, acronym_ok, is_person, sentence_country_codes
from .vocab import (
    GROUP_SECTORS,
    MODIFIER_NAME_HEADS,
    NAME_DEPS,
    NAME_GLUE,
    NAME_HEADS,
    ORG_NAME_WORDS,
    ORG_WORDS,
    RULING_WORDS,
)


class ProperNames:
    """Part of SentenceActors: proper names of people and of unknown bodies."""

    def _folded_names(self, tok) -> tuple[int, list]:
        """People coordinated with a name that the parser folded into its phrase: in "Kenyan
        President William Ruto and Ghanaian President John Mahama held talks" the small
        model makes everything up to "Ghanaian President" modifiers of "Mahama". Returns the
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

    def _looks_like_person_name(self, tok) -> bool:
        """ "Mehmet Yildirimoglu" (tagged ORG by the small model) but not "Gazprom Neft":
        two or three capitalised words, none of them an organisation word."""
        words = self._name_of(tok).split()
        return (
            2 <= len(words) <= 3
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and not ({w.lower() for w in words} & ORG_WORDS)
        )

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
            if t != c
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

    def _self_named_group(self, tok) -> list[Actor] | None:
        """'A group calling itself "Free Citizens of Tavush"', "a movement called the Sons of
        the Valley", "a group known as X": a group noun that gives its own name. A name the
        files know is that body; else an unknown named group of the country a word of the
        phrase names ("an Armenian group ..."), else of the country the story is about, with
        the sector a word of its name tells ("Citizens"). None when the phrase gives no name."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in GROUP_SECTORS:
            return None
        name = None
        for c in tok.children:
            if c.dep_ != "acl" or c.i < tok.i:
                continue
            lemma = c.lemma_.lower()
            if lemma in ("call", "name") and (
                c.tag_ == "VBN"
                # "a little-known group called the X Front claimed ...": the participle the
                # small model tags as a past tense, with no subject of its own
                or (c.tag_ == "VBD" and not any(d.dep_ in ("nsubj", "dobj") for d in c.children))
                or any(d.dep_ == "dobj" and d.lower_ == "itself" for d in c.children)
            ):
                name = next((d for d in c.children if d.dep_ in ("oprd", "xcomp", "attr")), None)
            elif lemma == "know" and c.tag_ == "VBN":
                prep = next((d for d in c.children if d.dep_ == "prep" and d.lower_ == "as"), None)
                name = next((d for d in prep.children if d.dep_ == "pobj"), None) if prep else None
            if name is not None:
                break
        if name is None or not name.text[:1].isupper() or name.pos_ not in ("PROPN", "NOUN"):
            return None
        ctx = self._context(tok)  # the phrase around it, only once a name follows
        words = [t for t in name.subtree if t.text[:1].isupper() and _has_letter(t.text)]
        for t in [name] + words:
            known = [a for a in self._resolve(t) if a.org or a.kb_id and a.kb_id.startswith("org")]
            if known and t.i in self.match_at and self.match_at[t.i].term.entity.kind == "org":
                return known  # "a group calling itself Islamic State"
        country = next((self.match_at[t.i].term.entity.country for t in words if t.i in self.match_at
                        and self.match_at[t.i].term.entity.kind == "country"), None)  # fmt: skip
        country = country or ctx["country"]
        if not country and not any(token_in(t, CYBER_WORDS) for t in tok.subtree):
            # hackers are seldom of the country they attack or the story is set in: only a
            # nationality the phrase gives ("a Russian-linked group calling itself ...")
            country = self.memory.dateline_country or self.memory.focus_country() or country
        sector = next((sec for t in words if (sec := self._name_word_sector(t))), None)
        if sector == "MIL":
            sector = "REB"  # "a group calling itself the People's Army": no state's armed forces
        sectors = [sector] if sector else []
        sectors += [s for s in ctx["mods"] if s not in sectors]
        span = self.doc[name.left_edge.i : name.right_edge.i + 1]
        first = next((t.i for t in span if t.dep_ != "det" and _has_letter(t.text)), span.start)
        text = self.doc[first : span.end].text.strip('"“”‘’ ')
        for t in span:
            self._cache[t.i] = []
        s, e, _ = self._span(tok, ctx)
        e = span.end_char + self.offset
        return [Actor(text=text, name=text, country=country, sector=sectors, start=s, end=e,
                      why="text:self-named group", self_named=True)]  # fmt: skip

    def _unknown_body(self, tok, countries: bool = False) -> bool:
        """A proper name of a body the knowledge base does not know ("the Single Confederation
        of Peasant Workers", "the Forces Vives"): capitalised, with an organisation word, and
        no known actor inside (with `countries`, none but a country, which says whose body it
        is: "the Teachers Federation of Chile")."""
        if tok.pos_ != "PROPN" or any(
            self._named_at(t.i)
            and not (countries and self.match_at[t.i].term.entity.kind == "country")
            for t in tok.subtree
        ):
            return False
        return any(t.lower_ in ORG_NAME_WORDS for t in tok.subtree if t.pos_ == "PROPN")

    def _body_name_sector(self, bodies) -> str | None:
        """The sector the first word inside these bodies' names says their members are
        (`_name_word_sector`; the bodies' own head words left out)."""
        return next(
            (
                got
                for b in bodies
                for t in b.subtree
                if t.i != b.i and (got := self._name_word_sector(t))
            ),
            None,
        )

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

    def _name_of(self, tok) -> str:
        """The whole name a PROPN token closes: its PERSON entity or its compound chain,
        whichever is longer."""
        ent_name = ""
        if tok.ent_type_ == "PERSON" and (e := ent_at(tok)) is not None:
            ent_name = e.text.removesuffix("'s").removesuffix("’s").strip()
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


class StoryBodies:
    """Part of SentenceActors: bodies the knowledge base does not know that the story
    introduces with their kind ("the opposition Green Dawn party", "the Citizens' Alliance
    for Change (CAC)", "the Liberation Front of Azawad") and the country of the sentence or
    story. The story remembers them (`Memory.story_bodies`), so that a later mention by name
    or acronym ("CAC spokeswoman X said", "Green Dawn accused ...") is that body."""

    def _story_body_matches(self, start: int, covered: set[int]) -> list[Match]:
        """Matches of the bodies the story remembers, from token `start` on, where no other
        match is."""
        bodies = self.memory.story_bodies
        if not bodies:
            return []
        doc, out = self.doc, []
        keys = sorted(bodies, key=len, reverse=True)
        i = start
        while i < len(doc):
            hit = None
            if i not in covered and doc[i].text[:1].isupper():
                for key in keys:
                    n = len(key)
                    words = doc[i : i + n]
                    if len(words) < n or any(t.i in covered for t in words):
                        continue
                    if key[0].isupper():  # an acronym: as written
                        ok = n == 1 and doc[i].text == key[0]
                    else:
                        ok = tuple(t.lower_ for t in words) == key
                    if ok:
                        ent = bodies[key]
                        hit = Match(i, i + n, Term(tuple(t.lower_ for t in words), ent, "name",
                                                   surface=words.text,
                                                   strict=(key[0].isupper(),) * n))  # fmt: skip
                        break
            if hit is not None:
                out.append(hit)
                i = hit.end
            else:
                i += 1
        return out

    def _add_story_body_matches(self, start: int) -> None:
        """Matches the story bodies after `start` in this paragraph (a body named again in
        the paragraph that introduced it)."""
        covered = set(self.match_at)
        for m in self._story_body_matches(start, covered):
            self.matches.append(m)
            for i in range(m.start, m.end):
                self.match_at[i] = m
                self._cache.pop(i, None)

    def _story_body(self, tok, got: list[Actor]) -> list[Actor]:
        """A phrase headed by `tok` that introduces a body the files do not know: remember it
        (its name, without a kind word after it, and its bracketed acronym); the actor it is.
        `got` is what the phrase resolved to (one actor of no file entry, or none)."""
        if len(got) > 1 or (got and (got[0].kb_id or is_person(got[0]) or got[0].org)):
            return got
        if tok.pos_ not in ("PROPN", "NOUN") or self._named_at(tok.i):
            return got
        owner = self._owning_organisation(tok)
        if owner is not None:
            # "the Jaime Ruiz front of the EMC", "the ELN's Eastern War Front": a unit of a
            # known organisation acts as that organisation, not as a new body of the country
            s, e, text = self._span(tok, self._context(tok))
            return [_copy(owner, text, s, e, f"unit of the organisation:{owner.why}")]
        doc = self.doc
        # the proper name: the capitalised words of the phrase up to the head and its
        # "of"/"for" phrase ("the Citizens' Alliance for Change", "Green Dawn party")
        left = [t for t in doc[tok.left_edge.i : tok.i] if t.text[:1].isupper() and t.pos_ == "PROPN"
                and not self._named_at(t.i)]  # fmt: skip
        right = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in NAME_PREPS and c.i == tok.i + 1:
                right = list(c.subtree)
        if right and not all(t.text[:1].isupper() or t.lower_ in NAME_GLUE | NAME_PREPS
                             for t in right):  # fmt: skip
            right = []
        if not right and tok.text[:1].isupper():
            right = [
                t
                for t in doc[tok.i + 1 : tok.i + 9]
                if t.i <= (self._surface_name_tail(tok) or [tok])[-1].i
            ]  # fmt: skip  (with its "for"/"of")
        if any(self._named_at(t.i) and self.match_at[t.i].term.entity.kind not in PLACE_KINDS
               for t in right):  # fmt: skip
            return got
        head_word = tok.lemma_.lower() if tok.pos_ == "NOUN" else tok.lower_
        capital_head = (
            tok.text[:1].isupper()
            and (not tok.is_sent_start or bool(self._surface_name_tail(tok)))
            or tok.pos_ == "PROPN"
        )  # "Union for Progress leader X said" opening a sentence: a name all the same
        name_toks = left + ([tok] if capital_head else []) + right
        words = [t for t in name_toks if _has_letter(t.text)]
        if not left and not capital_head:
            return got  # "the party": no name
        if len(words) < 2 and not (got and left):
            return got  # "Union", a single capitalised word: no name to remember
        kinds = {t.lower_ for t in words} | {head_word}
        company = bool(kinds & COMPANY_NAME_WORDS) or (
            words[-1].lower_ == "group" and len(words) > 1 and not kinds & ARMED_BODY_WORDS
        )  # "Adani Group"
        if company and not (got and set(got[0].sector) - {"BUS", "CRM", "CVL"}):
            got = [a for a in got if "CRM" not in a.sector and "CVL" not in a.sector]
        elif not kinds & POLITICAL_BODY_WORDS and not kinds & ARMED_BODY_WORDS:
            return got
        else:
            company = False
        if any(self._named_at(t.i) and self.match_at[t.i].term.entity.kind not in PLACE_KINDS
               for t in words):  # fmt: skip
            return got
        ctx = self._context(tok)
        country = (got[0].country if got else None) or ctx["country"]
        guessed = country is None  # the story's country (any found below), not the name's
        if country is None and company:
            # "the U.S. Treasury imposed sanctions on X Chemicals": the sanctioner's country
            # is not the firm's; the country the story is datelined in or about is
            country = self.memory.home_country()
        if country is None:
            here = sentence_country_codes(self)
            country = next(iter(here)) if len(here) == 1 else None
        country = country or self.memory.dateline_country or self.memory.leading_country()
        if country is None:
            return got
        sector = "BUS" if company else self._story_body_sector(got, words, kinds, ctx, country)
        if sector is None:
            return got
        name = " ".join(t.text for t in words)
        ent = Entity(f"org:story:{country}:{name}", "org", name, country=country, sector=(sector,))
        keys = [tuple(t.lower_ for t in words)]
        if not capital_head and left:
            pass
        elif tok.lower_ in POLITICAL_BODY_WORDS and left and not right:
            keys.append(tuple(t.lower_ for t in left))  # "Green Dawn" after "the Green Dawn Party"
        last = max(t.i for t in name_toks)
        if _bracket_at(doc, last + 1):
            acr = doc[last + 2].text
            if acronym_ok(acr):
                keys.append((acr,))
        for k in keys:
            if len(k) > 1 or k[0].isupper() or k[0] not in POLITICAL_BODY_WORDS:
                ent = self.memory.story_bodies.setdefault(k, ent)
        self._story_at[tok.i] = ent
        self._add_story_body_matches(last + 1)
        if got:
            return got
        s, e, _ = self._span(tok, ctx)
        first = min(t.i for t in name_toks)
        s = min(s, doc[first].idx + self.offset)
        e = max(e, doc[last].idx + len(doc[last].text) + self.offset)
        text = doc_text(self.doc)[s - self.offset : e - self.offset]
        return [Actor(text=text, name=name, country=country, sector=[sector], kb_id=ent.id,
                      start=s, end=e, why="text:story body", country_guessed=guessed)]  # fmt: skip

    def _owning_organisation(self, tok) -> Actor | None:
        """The known organisation a unit's phrase names as its owner, by a possessive ("the
        ELN's Eastern Front") or an "of" phrase ("the Ruiz front of the EMC"), when the
        head is a unit word (data/word_classes.yaml organisation_unit_words); else None."""
        if not token_in(tok, ORGANISATION_UNIT_WORDS):
            return None
        owners = [c for c in tok.children if c.dep_ == "poss"]
        owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        for g in owners:
            found = [a for a in self._resolve(g) if a.org and not is_person(a)]
            if len(found) == 1:
                return found[0]
        return None

    def _story_body_sector(self, got, words, kinds, ctx, country) -> str | None:
        """The sector of a body the story introduces: what its phrase resolved to (the
        opposition before a party), an armed body's rebels, the members its name names ("the
        Farmers' Union"), else a political body's: the opposition when the phrase or story
        calls it or anyone of that country so, else a party."""
        have = list(got[0].sector) if got else []
        if "OPP" in have or "OPP" in ctx["mods"]:
            return "OPP"
        if any(t.lower_ in RULING_WORDS for t in self.doc[ctx["left"] : words[-1].i + 1]):
            return "GOV"  # "Serbia's ruling Progressive Party": in power, the government
        if kinds & ARMED_BODY_WORDS:
            return "REB"
        named = next((sec for t in words if (sec := self._name_word_sector(t))
                      and t.lower_ not in POLITICAL_BODY_WORDS and sec != "CVL"), None)  # fmt: skip
        if have and have[0] not in ("PTY", "CVL"):
            return have[0]
        if named:
            return named
        if any(a.country == country and "OPP" in a.sector for a in self.memory.seen) or any(
            t.lower_ == "opposition"
            for p in self.memory.paragraphs
            for t in (p.doc if p is not self else p.doc[: words[0].i])
        ):
            return "OPP"  # a story about "an opposition rally": the party is the opposition
        return "PTY"

    def _story_body_before(self, tok, ctx) -> Entity | None:
        """ "CUR spokeswoman X", "Union for Renewal leader X": the body the files do not
        know whose name stands before a person's title, remembered or introduced here."""
        doc = self.doc
        start = ctx["left"]
        while (
            start > 0
            and not doc[start].is_sent_start
            and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in NAME_GLUE)
        ):
            start -= 1  # "Union for Renewal leader X": the parser hung only "Renewal" on X
        # "X, a spokesman for the Y Front": the body of the apposition's "for"/"of" phrase
        told = [t for c in tok.children if c.dep_ == "appos" and c.i > tok.i
                for p in c.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                for t in p.subtree if t != p]  # fmt: skip
        for t in [*doc[start : tok.i], *told]:
            m = self.match_at.get(t.i)
            if m is not None and m.term.entity.id.startswith("org:story:"):
                return m.term.entity
        for t in [*doc[start : tok.i], *told]:
            if t.lower_ in POLITICAL_BODY_WORDS | ARMED_BODY_WORDS and (
                t.pos_ == "PROPN" or t.text[:1].isupper() and self._surface_name_tail(t)
            ):
                self._story_body(t, self._resolve(t) if t.i > tok.i else [])
                if t.i in self._story_at:
                    return self._story_at[t.i]
        for t in told:  # "a spokesman for the front": the body the story named before
            if t.dep_ == "pobj" and t.pos_ == "NOUN" and t.lemma_.lower() in POLITICAL_BODY_WORDS:
                ids = {a.kb_id for a in self._resolve(t) if a.kb_id}
                word = t.lemma_.lower()
                ids |= {a.kb_id for a in reversed(self.memory.seen[-60:]) if a.kb_id
                        and a.kb_id.startswith("org:story:")
                        and word in a.name.lower().split()}  # fmt: skip
                got = [e for e in self.memory.story_bodies.values() if e.id in ids]
                if len({e.id for e in got}) == 1:
                    return got[0]
        return None


PLACE_KINDS = ("country", "region")
# the words that join a body's name to its tail ("Alliance for Change", "Quimicos del Pacifico")
NAME_PREPS = frozenset({"of", "for", "del", "de", "des", "di", "do", "da"})
COMPANY_NAME_WORDS = word_class("company_name_words")
POLITICAL_BODY_WORDS = word_class("political_body_words")  # data/word_classes.yaml
CYBER_WORDS = word_class("cyber_words")
ARMED_BODY_WORDS = word_class("armed_body_words")
ORGANISATION_UNIT_WORDS = word_class("organisation_unit_words")
