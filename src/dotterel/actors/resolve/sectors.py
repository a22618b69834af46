"""Phrases headed by a sector noun ("Russian troops", "the foreign minister", "a spokesman
for the police", "opposition supporters"): the sector, the body or person they belong
to, the people acting for a person, and the groups that several sectors or countries
coordinated in one phrase make."""

from __future__ import annotations

from ...model import Actor
from ...words import word_class
from .common import (
    _copy,
    _envoy_at_body,
    _is_party,
    _opposition_first,
    is_person,
    sentence_country_codes,
)
from .vocab import (
    ARMED_MEN_SECTORS,
    ASSOCIATE_NOUNS,
    BODY_PEOPLE_NOUNS,
    CIVIC_SECTORS,
    CROWD_NOUNS,
    INSURGENT_NOUNS,
    JIHADIST_NOUNS,
    MEMBER_NOUNS,
    OFFICE_SECTORS,
    ORG_ANAPHORS,
    QUANTITY_NOUNS,
    RULING_WORDS,
    SPOKES_NOUNS,
    SUMMIT_MEMBER_NOUNS,
    SUPPORTER_NOUNS,
    SUPPORTER_SIDES,
)

SHARED_BODY_STAFF = word_class("shared_body_staff_nouns")  # data/word_classes.yaml


def _rebel_sectors(sectors: list[str]) -> list[str]:
    """A stateless people's armed men ("Kurdish forces") have no state army of their own:
    MIL becomes REB (CODING.md: rebels are country + REB)."""
    return ["REB" if x == "MIL" else x for x in sectors]


class SectorPhrases:
    """Part of SentenceActors: sector-noun phrases and the people of a person or body."""

    def _supporters_of_body(self, tok) -> list[Actor]:
        """ "supporters of the opposition", "supporters of the station": the side of the body
        they support, in its country; a state's or a company's supporters are its public
        (CVL); a number of supporters of something unknown are people of the story's country."""
        owners = [c for c in tok.children if c.dep_ == "poss"] + [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        # "Chadema supporters", "Hamas sympathisers": a party or armed group named before the
        # noun (a country's name is its public: "Kenyan supporters" stay as they were)
        owners += [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i
                   and c.i in self.match_at and self.match_at[c.i].end == c.i + 1
                   and self.match_at[c.i].term.entity.kind == "org"
                   and set(self.match_at[c.i].term.entity.sector) & SUPPORTER_SIDES]  # fmt: skip
        # "supporters of Obi's party, the opposition PDP": the apposition says which party
        # (the parser may hang it on "supporters"); it comes first
        named = [c for o in owners for c in (*o.children, *tok.children)
                 if c.dep_ == "appos" and c.i > o.i and c.left_edge.i <= o.right_edge.i + 2
                 and c.left_edge.i > o.i and self.doc[c.left_edge.i - 1].text == ","]  # fmt: skip
        owners = named + owners
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

    def _shared_body(self, tok):
        """ "UN agencies and workers", "EU institutions and staff": staff coordinated with an
        international body's units, with no word of their own, are that body's staff."""
        if (
            tok.dep_ != "conj"
            or tok.lemma_.lower() not in SHARED_BODY_STAFF
            or any(
                c.dep_ in ("det", "amod", "compound", "nmod", "poss", "nummod")
                for c in tok.children
            )
        ):
            return None
        for c in tok.head.children:
            m = self.match_at.get(c.i)
            if (
                c.i < tok.head.i
                and c.dep_ in ("compound", "amod", "nmod")
                and m is not None
                and m.term.entity.kind == "org"
                and "IGO" in (m.term.entity.sector or [])
            ):
                return m.term.entity
        return None

    def _sector_phrase(self, tok, sector: str, ctx) -> list[Actor]:
        if sector == "GOV" and ctx["country"] is None and ctx["org"] is None:
            # "the region's prime minister", "the regional government" (anaphora.py)
            region_gov = self._regional_government(tok)
            if region_gov is not None:
                ctx = dict(ctx, org=region_gov)
        if ctx["country"] is None and ctx["org"] is None:
            body = self._shared_body(tok)
            if body is not None:
                ctx = dict(ctx, org=body)
        # "Iran's foreign minister, Mohammad Javad Zarif": the apposed person is the actor
        owner = None  # "Rainsy's deputy", "Maduro's representatives": whose people they are
        if ctx["person"] is not None:
            m, t = ctx["person"]
            if t.dep_ == "appos":
                # the head noun is the apposed person's title ("the transport
                # secretary, Ann Fields": GOV even before the files give her a role)
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
                got = self._body_name_sector(unknown)
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
        mods = set(ctx["mods"]) - {"ELI"}
        if pair and mods and not all(mods & set(a.sector) for a in pair):
            # "the three main opposition parties": named by their sector, they are the
            # opposition, not the last three actors told whatever their sector
            pair = []
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
            # "the parties to the conflict in Yemen": that country's sides
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
                got = self._body_name_sector(unknown)
                if not got:
                    return []
            # "accused the opposition party ... its leader": the body "its" stands for
            mine = next((a for b in body if b.pos_ == "PRON" and b.lower_ in ("its", "their")
                         for a in self._resolve(b) if not is_person(a) and a.sector), None)  # fmt: skip
            # "the SJB's general secretary" after "the main opposition party, the SJB": the
            # party's people, not the state's (a party named as the opposition is OPP)
            party = next((a for b in body if b.pos_ == "PROPN" for a in self._resolve(b)
                          if not is_person(a) and a.sector in (["OPP"], ["PTY"])), None)  # fmt: skip
            if got:
                sectors = [got]
            elif mine is not None and owner is None:
                sectors = list(mine.sector)
            elif party is not None:
                sectors = list(party.sector)
                ctx = dict(ctx, country=party.country or ctx["country"], country_why="owner")
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
        # ("local officials"); a private sector's title noun before them names the body too:
        # "student representatives" are EDU, not GOV
        title_mods = [s for s in ctx["titles"] if s not in OFFICE_SECTORS | {"ELI", "CVL"}]
        body_mods = [s for s in ctx["mods"] if s not in ("ELI", "CVL")] + title_mods
        if (tok.lemma_.lower() in MEMBER_NOUNS | SPOKES_NOUNS and owner is None and body_mods
                and sectors == [sector]):  # fmt: skip
            # "a regional union official", "party officials": the body's sector
            sectors = [s for s in title_mods if s not in ctx["mods"]][:1]
        sectors += [
            s for s in ctx["mods"] if s not in sectors and not (s == "ELI" and ctx["exiled"])
        ]
        sectors = _opposition_first(sectors, ctx["mods"])
        if sectors == ["PTY"] and any(c.dep_ == "amod" and c.lower_ in RULING_WORDS
                                      for c in tok.children):  # fmt: skip
            sectors = ["GOV"]  # "the ruling Patriotic Unity Party": the party in power
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
        if (
            country is not None
            and org is None
            and "MIL" in sectors
            and ctx.get("country_why") == "adjective"
            and country in (self._stateless_people(tok, ctx) or ())
            # ("Iraqi and Kurdish forces" are two forces: the state's army among them)
            and not any(t.dep_ == "cc" or t.text == "," for t in self.doc[ctx["left"] : tok.i])
        ):
            # "Iranian Kurdish militants", "Pakistani Baloch fighters": the armed men of a
            # stateless people in one of its home countries are rebels there; a force the
            # knowledge names ("Iraqi Kurdish troops": the Peshmerga) matched as an org before
            sectors = _rebel_sectors(sectors)
        if country is None and org is None and ctx["region"] is None:
            home = self._stateless_people(tok, ctx)
            if home is not None:  # "Kurdish militias in north-east Syria", "a Kurdish delegation"
                s, e, text = self._span(tok, ctx)
                where = self._people_country(tok, home)
                sectors = _rebel_sectors(sectors)  # "Kurdish forces": armed men outside the state
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
        if country is None and org is None and ctx["region"] is None:
            pair = self._states_by_role(tok, sectors, ctx)
            if pair:  # "the two navies", "both foreign ministers": each state's
                return pair
        # "Serb protesters ... protesters threw rocks": a bare plural crowd noun is the crowd
        # named lately too (no "the" needed), when nothing in its phrase places it
        child_deps = {c.dep_ for c in tok.children}
        bare_crowd = (
            tok.tag_ == "NNS"
            and tok.lemma_.lower() in CROWD_NOUNS
            and sectors[:1] == ["CVL"]
            and not child_deps & {"det", "prep", "amod", "compound", "poss"}
        )
        # "since insurgents raided several villages": a bare plural of rebels is the armed
        # group the story has named, as "the insurgents" is; "EU leaders agreed ... Leaders
        # failed to agree": a bare plural of an organisation's members is those named lately,
        # as "the leaders" is
        modified = child_deps & {"det", "prep", "amod", "compound", "poss", "nummod"}
        bare = tok.tag_ == "NNS" and not modified
        bare_named = bare and tok.lemma_.lower() in (
            INSURGENT_NOUNS | JIHADIST_NOUNS | SUMMIT_MEMBER_NOUNS
        )
        if (
            country is None
            and org is None
            and ctx["region"] is None
            and (self._has_det(tok) or bare_crowd or bare_named)
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
            bloc = self._bloc_of_region(tok, ctx["region_text"], sectors)
            if bloc is not None:  # "Southeast Asian foreign ministers" in a story of ASEAN
                return [_copy(bloc, text, s, e, "coref:org:bloc of the region")]
            return [Actor(text=text, name=text, sector=sectors, start=s, end=e,
                          code_override=ctx["region"].code + "".join(sectors), kb_id=ctx["region"].id,
                          why="text:sector:region")]  # fmt: skip
        guessed = False  # the story's or the place's country, not one the phrase tells
        if country is None and tok.lemma_.lower() == "counterpart":
            # "asking the counterpart to ratify": the same office in the other government, never
            # the story's own; the one other country the sentence names, else none
            focus = self.memory.focus_country()
            others = sorted(sentence_country_codes(self) - {focus})
            country = others[0] if len(others) == 1 else None
            why = "text:sector:the other country" if country else "text:sector"
        elif country is None and (boss := self._orderer_country(tok, sector)) is not None:
            country, why = boss, "text:sector:country of who ordered it"
        elif country is None:
            guess = self._host_of_envoy(tok, self._implicit_country(tok, sector))
            country = self._host_leader(tok, guess)
            why = "text:sector:implicit-country" if country else "text:sector"
            if country is None and set(sectors) <= CIVIC_SECTORS and self._clear_home():
                country = self.memory.dateline_country  # "a regional union official"
                why = "text:sector:country of the story"
            elif (
                country is None
                and sectors == ["LAB"]
                and self.memory.dateline_country
                and not (tok.lemma_.lower() in ORG_ANAPHORS and self._has_det(tok))
                and self._only_country_with_dateline() is not None
            ):
                # "ALMATY - Kazakhstan declared ... In December 2011 police opened fire on
                # striking oil workers": workers of the one country the story has named so
                # far, its dateline's, even when named once ("the union" may be a body told
                # before: left to the anaphora)
                country = self._only_country_with_dateline()
                why = "text:sector:country of the story"
            elif (
                country is None
                and sectors == ["REB"]
                and tok.dep_ in ("nsubj", "nsubjpass")
                and not any(c.dep_ in ("det", "prep", "poss") for c in tok.children)
            ):
                # "Fighting flared in eastern Congo. Rebels attacked the town": rebels of no
                # named country or group, acting, are of the one country the story has named
                # (this sentence and dateline included), or of the story's clear home
                # (CODING.md: rebels without an organisation key are country + REB); "the
                # militants" is a group told before, "rebels from the party" no armed men
                country = self._only_country_with_dateline() or (
                    self.memory.dateline_country if self._clear_home() else None
                )
                why = "text:sector:rebels of the story's country" if country else why
            elif (
                country is None
                and set(sectors) <= {"MIL", "COP"}
                and tok.lemma_.lower() in ("soldier", "troop", "policeman", "gendarme")
                and tok.dep_ == "nsubj"
                and tok.head.dep_ == "ROOT"
                and self._clear_home()
                and sentence_country_codes(self) == {self.memory.dateline_country}
            ):
                # "soldiers opened fire on opposition supporters protesting in Harare", in a
                # story from Harare about Zimbabwe: the forces of the country where they act
                country = self.memory.dateline_country
                why = "text:sector:forces of the place"
            guessed = country is not None
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
                          why=why + ":coordinated group", country_guessed=guessed),
                    Actor(text=text, name=text, country=country, sector=rest, start=s, end=e,
                          why=why + ":coordinated group", country_guessed=guessed)]  # fmt: skip
        out = [Actor(text=text, name=text, country=country, sector=sectors, start=s, end=e,
                     code_override=code_override, why=why, country_guessed=guessed)]  # fmt: skip
        # "U.S. and North Korean leaders", "French and Egyptian warships": one actor each; in
        # "French, German and Italian ministers" the middle one heads the conjunction
        coordinated = [c for t, c in ctx["countries"]
                       if any(x.dep_ == "conj" for x in (t, t.head)) or t.dep_ == "cc"
                       or any(x.dep_ in ("conj", "cc") for x in t.children)]  # fmt: skip
        for other in dict.fromkeys(c for c in coordinated if c != country):
            out.append(Actor(text=text, name=text, country=other, sector=list(sectors), start=s, end=e,
                             why=why + ":coordinated"))  # fmt: skip
        if code_override is None:
            for other in dict.fromkeys(c for c in ctx.get("their", ()) if c != country):
                out.append(Actor(text=text, name=text, country=other, sector=list(sectors), start=s, end=e,
                                 why=why + ":their"))  # fmt: skip
        return out

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
                      why="text:sector:the sides in the story's country", country_guessed=True)]  # fmt: skip

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
