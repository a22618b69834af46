"""Names the knowledge base matched, made into actors: countries and their capitals (a
government, or a place after "in"), regions, organisations and their seats, PETRARCH
dictionary entries, and people dated by the people files (told apart by the article's
date); and people the files do not list, from what the phrase says about them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ...doccache import doc_text
from ...model import Actor
from ...syntax import climb, first_conjunct, led_force_objects
from ...words import sector_class, word_class
from ..kb import Entity, Match
from .common import ENVOY_NOUNS, _envoy_at_body, _is_party, _opposition_first, role_of, told_year
from .vocab import (
    BODY_OFFICE_NOUNS,
    CAPITAL_PLACE_PREPS,
    CITY_NAMED_ACCORDS,
    CITY_NOUNS,
    OFFICE_SECTORS,
    ORG_WORDS,
    RANK_TITLES,
    REPRESENTATIVE_TITLES,
)

# "(D-N.Y.)", "(R-S.C.)", "(I-Vt.)" right after a name: a US lawmaker's party and state
PARTY_FAMILY_WORDS = word_class("party_family_words")  # data/word_classes.yaml
PRIVATE_PERSON_NOUNS = word_class("private_person_nouns")
PRIVATE_SECTORS = sector_class("private_sectors")
PUBLIC_OFFICE_SECTORS = sector_class("public_office_sectors")
LED_BODY_SECTORS = sector_class("led_body_sectors")  # data/word_classes.yaml
# "a former envoy", "the then envoy" (_envoy_of_body)
PAST_OFFICE_WORDS = word_class("past_office_words")  # data/word_classes.yaml
GENERIC_LEADER_TITLES = word_class("generic_leader_titles")  # data/word_classes.yaml
_US_PARTY_STATE = re.compile(r"\s*\((?:D|R|I)-[A-Z][A-Za-z.]{0,7}\)")


class EntityActors:
    """Part of SentenceActors: knowledge-base entities and people made into actors."""

    def _locative(self, tok) -> bool:
        """ "in Moscow", "near Kabul": the token names a place where something happens."""
        # "in Moscow and Kyiv", "in the capital, Naypyitaw", "in the capital Naypyitaw"
        h = climb(tok, lambda h: h.dep_ in ("conj", "appos")
                  or (h.dep_ == "compound" and h.head.lower_ in ("capital", "city")))  # fmt: skip
        return h.dep_ == "pobj" and h.head.lower_ in CAPITAL_PLACE_PREPS

    @staticmethod
    def _city_phrase(tok) -> bool:
        """ "the capital Juba", "the city of Kharkiv", "the capital, Kyiv": the city itself
        (shelled, visited, besieged), not the government seated there."""
        h = first_conjunct(tok)
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
            person = self._pick_person(m, ctx)
            if self._private_namesake(tok, person):
                return None  # "Police arrested X, a 23-year-old student": not the minister X
            return self._person(tok, person, ctx)
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
            if (
                fn in ("adjective", "people")
                and tok.dep_ != "amod"
                and tok.tag_ not in ("NNS", "NNPS")
            ):
                # "Sierra Leonean and Liberian refugees" parsed with "Leonean" as a noun: the
                # adjectives share the head noun of the conjunct (a plural people, "the Russians
                # and Ukrainian separatists", is a phrase of its own)
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
            other = self._other_country_after(m, ent)
            if other is not None:
                # "the National Salvation Front of Niger": a namesake of another country's
                # body the files list; a body of that kind of the country named
                return Actor(text=span.text, name=span.text, country=other, sector=list(ent.sector),
                             start=s_, end=e_, why="kb:org:namesake of another country")  # fmt: skip
            return Actor(text=span.text, name=ent.name, country=ent.country, sector=list(ent.sector),
                         org=ent.org, kb_id=ent.id, code_override=ent.code, start=s_, end=e_,
                         why="kb:org")  # fmt: skip
        return None

    def _other_country_after(self, m: Match, ent: Entity) -> str | None:
        """The country an "of" phrase right after an organisation's name names, when it is
        not the organisation's own ("the National Salvation Front of Niger")."""
        j = m.end
        if not ent.country or j + 1 >= len(self.doc) or self.doc[j].lower_ != "of":
            return None
        after = self.match_at.get(j + 1)
        if after is None or after.term.entity.kind != "country" or after.term.function != "name":
            return None
        country = after.term.entity.country
        return country if country and country != ent.country else None

    def _org_seat(self, m: Match) -> Entity | None:
        """The organisation a city stands for ("Brussels": the EU), if the article has named
        that organisation or one of its bodies, or is about another country and has named
        nothing of the city's own ("rejected criticism from Brussels" in a story about Georgia,
        not datelined in Belgium)."""
        key = self.kb.org_seats.get(m.term.tokens)
        if key is None:
            return None
        for a in self.memory.seen:
            if a.org and (a.org == key or key in self.kb.org_ancestors(a.org)):
                return self.kb.orgs.get(key)
        home = m.term.entity.country
        elsewhere = self.memory.countries_named() | {self.memory.dateline_country}
        if (
            home
            and not self.memory.country_counts.get(home)
            and self.memory.dateline_country != home
            and elsewhere - {home, None}
        ):
            return self.kb.orgs.get(key)  # a story about another country; alone, Belgium's
        return None

    def _dict_actor(self, tok, m: Match, ctx) -> Actor | None:
        """An entry of a PETRARCH actors dictionary: its code on the article's date."""
        ent = m.term.entity
        role, status = ent.code_on(self.day)
        if role is None or not role.code:
            return None
        span = self.doc[m.start : m.end]
        from ..petrarch import code_parts

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

    def _private_namesake(self, tok, ent: Entity) -> bool:
        """A name the files list for an office holder, described in its apposition as a
        private person ("X, a 23-year-old student", "X, a local farmer"): a namesake, whom
        the apposition describes (an indefinite description of a private sector or person)."""
        role, _ = ent.role_on(self.day)
        if role is None or role.sector not in PUBLIC_OFFICE_SECTORS | {"ELI"}:
            return False
        head = tok
        while head.dep_ in ("compound", "flat") and head.head.i > head.i:
            head = head.head  # "Sergei" of "Sergei Lavrov, a student"
        for c in head.children:
            if c.dep_ != "appos" or c.i < head.i or c.pos_ != "NOUN":
                continue
            if not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
                continue
            if c.lemma_.lower() in PRIVATE_PERSON_NOUNS or self._sector_noun(c) in PRIVATE_SECTORS:
                return True
        return False

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
        year = told_year(tok, self.day) if status == "former" and not ctx["then"] else None
        if year is not None:
            # "In 1998 President X ordered air strikes": the office held in the year the
            # clause tells of (CODING.md: the role at the time of the event), not an elder
            then_role, then_status = ent.role_on(dt.date(year, 7, 1), prefer=title)
            if then_status != "current" and title is not None:
                # "In 2009, the army ousted President X", whose term the coup ended in June:
                # the office the title names, held in some part of the year told
                first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
                held = [r for r in ent.roles if r.sector == title
                        and (r.start is None or r.start <= last) and (r.end is None or first <= r.end)]  # fmt: skip
                if held:
                    then_role, then_status = (
                        max(held, key=lambda r: r.start or dt.date.min),
                        "current",
                    )
            if then_status == "current":
                role, status = then_role, "then"
        country = role.country if role else ent.country
        org = role.org if role else None
        if status in ("former", "before") and self._envoy_of_body(tok, ctx):
            # "the African Union's special envoy, former Kenyan president X": the body he now
            # speaks for (CODING.md: people by the role they hold), not the office he left
            body = ctx["org"]
            a = self._actor(tok, ctx, name=ent.name, country=body.country, sector=list(body.sector),
                            org=body.org, kb_id=ent.id, code_override=body.code,
                            why=f"kb:person:{title_words} (from the text)")  # fmt: skip
            self.memory.learn_name(ent.name, a)
            return a
        known = self.memory.names.get(ent.name.lower())
        if self._came_to_office(role, status, title, ctx):
            # "Prime Minister X" for someone the files list as an opposition leader: the text
            # is newer than the files (CODING.md: people by the role their title shows)
            sector = [title]
            country = role.country or ctx["country"] or country
            org = None
            why = f"kb:person:{title_words} (from the text)"
        elif status in ("current", "undated", "then") and role:
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
        if (
            org is None
            and ctx["org"] is not None
            and status in ("current", "undated", "then")
            and sector[:1] in (["OPP"], ["REB"])
            and ctx["org"].country in (None, country)
            and bool(set(ctx["org"].sector) & LED_BODY_SECTORS)
        ):
            # "Renamo leader X", someone the files list as an opposition or rebel leader of no
            # body: the party or armed group the text names is the one he leads (not an
            # international body named with him: "African Union panel member X")
            org = ctx["org"].org
        code_override = None
        if org and org in self.kb.orgs and status in ("current", "undated", "then"):
            o = self.kb.orgs[org]
            code_override = o.code
            country = o.country
        a = self._actor(tok, ctx, name=ent.name, country=country, sector=sector, org=org,
                        kb_id=ent.id, code_override=code_override, why=why)  # fmt: skip
        # an office held in a past year is not what the name is now: an elder's later on
        now = a if year is None else dataclasses.replace(a, sector=["ELI"], why="kb:person:former")
        self.memory.learn_name(ent.name, now)
        self.memory.learn_name(self._name_of(tok), now)
        return a

    @staticmethod
    def _came_to_office(role, status: str, title: str | None, ctx) -> bool:
        """The text titles a person with a government office ("Prime Minister X") whom the
        files list, on this date, only outside public office (opposition or party leader, elder):
        he has come to office since. Not for a party's own title ("BNP President X")."""
        return (
            status == "current"
            and role is not None
            and title == "GOV"
            and role.sector not in OFFICE_SECTORS
            and not ctx["former"]
            and not ctx["then"]
            and ctx["org"] is None
        )

    @staticmethod
    def _envoy_of_body(tok, ctx) -> bool:
        """The phrase makes the person an organisation's envoy now ("the African Union's
        special envoy, former Kenyan president X", "the U.N. envoy, X"): not a state's diplomat
        at it ("Russia's UN envoy"), not a former envoy; a country naming the office the
        person left in the apposition does not make him that state's."""
        org, org_tok = ctx["org"], ctx.get("org_tok")
        if org is None or org_tok is None or _is_party(org) or org_tok.i > tok.i:
            return False
        posts = ENVOY_NOUNS | BODY_OFFICE_NOUNS
        envoy = org_tok
        while envoy.lemma_.lower() not in posts and envoy.head != envoy and envoy.i < tok.i:
            envoy = envoy.head
        if envoy.lemma_.lower() not in posts or envoy.i > tok.i:
            return False
        if any(c.lower_ in PAST_OFFICE_WORDS for c in envoy.children):
            return False
        return not any(t.head == envoy for t, _ in ctx["countries"])

    def _led_force_country(self, tok) -> str | None:
        """The one country whose force or body a relative clause on the name says the person
        commands or leads ("Brigadier General X, who commands Rwandan troops", "X, who it said
        leads the Malian contingent"), else None."""
        found = set()
        for o in led_force_objects(tok):
            for m in (o, *o.children):
                got = self.match_at.get(m.i)
                if got is not None and got.term.entity.kind == "country":
                    found.add(got.term.entity.country)
        return found.pop() if len(found) == 1 else None

    def _unknown_person(self, tok, ctx) -> Actor | None:
        """A person no file lists: what the phrase says (title, nationality, possessive,
        apposition, membership), else what this document said about the name before."""
        name = self._name_of(tok)
        if not name:
            return None
        known = self.memory.person(name)
        if (known and ctx["former"] and "OPP" in known.sector and ctx["org"] is None
                and ctx["country"] in (None, known.country)):  # fmt: skip
            # "opposition leader X ... X, a former home minister, was arrested": the role held
            # now, told before, not the office left (CODING.md)
            ctx = dict(ctx, titles=[], title_words=[], country=None)
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
        if org is None and ctx["titles"]:
            org = self._story_body_before(tok, ctx)  # "CUR spokeswoman X": the party's
            if org is not None:
                ctx = dict(ctx, org=org)
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
            if "OPP" in ctx["right_mods"] and "ELI" not in ctx["right_mods"]:
                # "former minister X, a senior leader of the opposition Y": the role he holds
                # now (CODING.md), not the office he left
                sector = ["OPP"]
        title = title_words[0] if title_words else ""
        if (
            title in GENERIC_LEADER_TITLES
            and sector[:1] == ["GOV"]
            and any(
                t.lower_ in PARTY_FAMILY_WORDS and t.text[:1].isupper()
                for t in self.doc[max(tok.left_edge.i, tok.i - 6) : tok.i]
            )
        ):
            sector = ["PTY"]  # "Socialist leader X": the party's leader, not the government
        why = f"text:person:{title}".rstrip(":")
        guessed = False  # the country the story's, not told of the person
        if (
            country is None
            and org is None
            and _US_PARTY_STATE.match(doc_text(self.doc)[tok.idx + len(tok) :])
        ):
            # "Eliot Engel (D-N.Y.)", "Lindsey Graham (R-S.C.)": a member of the US Congress
            country, sector, why = (
                "USA",
                [x for x in sector if x != "GOV"] or ["LEG"],
                "text:person:party-state",
            )
        if country is None and org is None and ctx["region"] is None and sector:
            # "the home secretary, X", "the shadow home secretary, X": the one country with that
            # office, not the country the story is about
            country = self._national_title([*title_words, self.doc[ctx["left"] : tok.i].text])
            if country is not None:
                why += ":national title"
        if country is None and org is None and ctx["region"] is None:
            if not sector:
                return None  # a name and nothing else: not an actor we can code
            if sector[0] in ("GOV", "MIL", "LEG", "JUD", "COP", "ELI") or (
                sector[0] == "OPP" and ctx["titles"][:1] in (["LEG"], ["GOV"])
            ):  # "former President X" too; "opposition Senator X" as "Senator X"
                led = self._led_force_country(tok)
                if led is not None:
                    # "Brigadier General X, who commands Rwandan troops": Rwanda's general,
                    # not the country of the story (of the state that sanctions him)
                    country, why = led, why + ":country of the force led"
                else:
                    # (the words before the name too: "Government spokeswoman X")
                    country = self._fallback_country(
                        f"{title} {self.doc[ctx['left'] : tok.i].text.lower()}", tok
                    )
                    if country is None:
                        return None
                    why, guessed = why + ":country of the story", True
            elif sector[0] == "OPP" and self._clear_home():
                # "YEREVAN - Opposition leader Tigran Avagyan said ...": the opposition of the
                # country the story is datelined in and about (or of its visitor's)
                country = self.memory.opposition_home()
                why, guessed = why + ":country of the story", True
            elif (
                sector[0] == "OPP"
                and ctx["titles"]
                and self._only_country_with_dateline() is not None
            ):
                # "Bangladesh held elections. Opposition leader Kamal Uddin said ...": a titled
                # opposition figure of the one country the story has named (dateline included)
                country = self._only_country_with_dateline()
                why, guessed = why + ":country of the story", True
            elif (
                sector[0] == "OPP"
                and ctx["titles"]
                and not self.memory.dateline_country
                and self.memory.leading_country() is not None
            ):
                # a live blog or explainer with no dateline, about one country named again and
                # again ("LIVE: Uganda's parliament votes ... Kampala ... Opposition leader X has
                # called a strike"): that country's opposition, as under its dateline
                country = self.memory.leading_country()
                why, guessed = why + ":country of the story", True
            else:
                return None
        code_override = None
        if org is not None:
            country = org.country
            if org.id.startswith("org:story:") and sector[:1] != ["ELI"]:
                # a body the story introduced: its spokeswoman and leader are of its sector
                # (the opposition's, a party's, the rebels'), holding no office of state
                sector = list(org.sector)
            elif _is_party(org):
                sector = sector or ["PTY"]  # a party member: country + OPP/PTY, org kept
            else:
                code_override = org.code
                sector = sector or list(org.sector)
        elif ctx["region"] is not None:
            code_override = ctx["region"].code + "".join(sector)
        a = self._actor(tok, ctx, name=name, country=country, sector=sector,
                        org=org.org if org else None, code_override=code_override,
                        why=why, country_guessed=guessed)  # fmt: skip
        self.memory.learn_name(name, a)
        return a
