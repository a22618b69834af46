"""Noun phrases that refer back to actors named before: definite descriptions of a person
("the Russian leader"), "the country", "the bloc", "the group", a crowd or armed group
of the kind named lately, and plurals that mean several actors ("the two leaders",
"both sides", "the allies")."""

from __future__ import annotations

from ...model import Actor
from ...syntax import clause_subjects
from ...words import word_class
from .common import _copy, is_person, role_of, state_itself
from .context import _clause_prep
from .plural_parties import (
    GROUP_WINDOW,
    STATE_BODY_SECTORS,
    STATE_PAIR_NOUNS,
    WantedPair,
    as_state,
    belligerents_told,
    between_told,
    calls_on_fighters,
    dispute_told,
    fighting_told,
    of_kind,
    office_holders_told,
    plural_told,
    state_body,
    story_sides_told,
    story_states_told,
    truce_told,
    warring,
)
from .vocab import (
    ANY_KIND_PAIR_NOUNS,
    ATTACKER_NOUNS,
    COUNTRY_NOUNS,
    COUPLE_NOUNS,
    CROWD_NOUNS,
    DESCRIPTION_NOUNS,
    GROUP_SECTORS,
    INSURGENT_NOUNS,
    JIHADIST_NOUNS,
    LEADER_NOUNS,
    NAMED_ONLY_ANAPHORS,
    NEGOTIATING_PARTY_NOUNS,
    NEIGHBOUR_NOUNS,
    NEUTRAL_ADJ,
    ORG_ANAPHORS,
    OTHER_BODY_WORDS,
    OWN_NAME_ANAPHORS,
    PAIR_NOUNS,
    PAIR_NUMBERS,
    PERSON_PAIR_NOUNS,
    SPEAKERS_OWN_BODY_NOUNS,
    STATE_BODY_ANAPHORS,
    SUMMIT_MEMBER_NOUNS,
    SUPPORTER_NOUNS,
    TALKS_PARTY_NOUNS,
    TERRITORY_NOUNS,
    TRUCE_NOUNS,
)


def _opposition_crowd(a: Actor) -> bool:
    """A crowd told as the opposition's: "opposition supporters", "her supporters" of an
    opposition leader, "opposition protesters" (OPP, headed by a crowd or supporter noun)."""
    if a.sector[:1] != ["OPP"] or a.org is not None or not a.text:
        return False
    head = a.text.split()[-1].lower().rstrip(".,")
    head = head[:-1] if head.endswith("s") else head
    return head in CROWD_NOUNS | SUPPORTER_NOUNS


def restricted_by_clause(tok) -> bool:
    """A clause or participle after the noun says which ones are meant ("the rebels allied
    with Turkey", "the factions that join the alliance"): the phrase defines its referent;
    it is no reference back to one named before. A clause set off by a comma only adds to
    it ("The group, which has fought the army for years, ...")."""
    doc = tok.doc
    return any(c.dep_ in ("relcl", "acl") and c.i > tok.i and c.left_edge.i > 0
               and doc[c.left_edge.i - 1].text not in (",", "(", "–", "—", "-")
               for c in tok.children)  # fmt: skip


HEAD_OF_STATE_NOUNS = word_class("head_of_state_nouns")  # data/word_classes.yaml
LESSER_ROLE_WORDS = word_class("lesser_role_words")  # data/word_classes.yaml


# words that say what kind of body "the X group" is: only a body of that kind is meant
BODY_KIND_WORDS = {
    "aid": frozenset({"NGO", "HRI", "IGO"}), "humanitarian": frozenset({"NGO", "HRI", "IGO"}),
    "relief": frozenset({"NGO", "IGO"}), "charity": frozenset({"NGO"}),
    "rights": frozenset({"HRI", "NGO"}), "militant": frozenset({"REB", "IMG", "UAF", "RAD"}),
    "jihadist": frozenset({"REB", "IMG", "RAD"}), "armed": frozenset({"REB", "IMG", "UAF"}),
    "rebel": frozenset({"REB", "IMG"}), "insurgent": frozenset({"REB", "IMG"}),
    # "the world body" after the Houthis and the UN were named: the UN, not the rebels
    "world": frozenset({"IGO"}), "global": frozenset({"IGO"}),
}  # fmt: skip


# the kinds of body a description by its parent organisation's name may be ("the UN agency",
# "the UN office": `_family_anaphor`)
FAMILY_BODY_KINDS = frozenset(ORG_ANAPHORS | {"office"})


# autonomous regions' own governments (data/word_classes.yaml): "the region's minister"
REGIONAL_GOVERNMENTS = word_class("regional_government_orgs")
# blocs of states (data/word_classes.yaml): what "the bloc" refers back to first
REGIONAL_BLOCS = word_class("regional_bloc_orgs")


def _is_bloc(a: Actor) -> bool:
    """A regional bloc of states ("the bloc" refers back to it), not one of its officials."""
    return (a.org or "").lower() in REGIONAL_BLOCS and not is_person(a)


def _body_actor(a: Actor) -> bool:
    """An organisation the files list, or a body the story introduced (names.py)."""
    return a.org is not None or (a.kb_id or "").startswith("org:story:")


def _noun_forms(lemma: str) -> set[str]:
    """A count noun's singular and plural ("rebel", "rebels"; "paramilitary", "paramilitaries")."""
    plural = lemma[:-1] + "ies" if lemma.endswith("y") else lemma + "s"
    return {lemma, plural}


class NounAnaphora:
    """Part of SentenceActors: descriptions and plurals that refer back."""

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
            any(c.dep_ == "prep" and c.lower_ == "of" and not _clause_prep(c) for c in tok.children)
            and ctx["country"] is None
        ):
            return None  # "the leader of X": X decides (not "accused the president of lying")
        country = ctx["country"]
        words = [w for w in ctx["words"] if w not in NEUTRAL_ADJ and w != lemma]
        # "the former president" ("former president" is a title of its own in sectors.yaml)
        former = ctx["former"] or any(
            c.lower_ in ("former", "ex") and c.i < tok.i for c in tok.children
        )

        mods = {m for m in ctx["mods"] if m != "ELI"}
        titled = any(len(t.split()) > 1 for t in ctx["title_words"])
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
                # any sector: "the rebel leader" is filtered by its modifier above; a title
                # that names its own sector ("the police chief", "the army chief") must fit
                # too: not the opposition leader named before
                return (
                    not titled
                    or bool(set(ctx["titles"]) & set(a.sector))
                    or any(w in role for t in ctx["title_words"] for w in t.split() if w != lemma)
                )
            if lemma in LEADER_NOUNS:
                # "the president" is a GOV person, but not the foreign minister named before
                # (a pronoun's copy has the role its name was learnt with)
                known = self.memory.person(a.name) if a.name else None
                held = role_of(a) or (role_of(known) if known is not None else "")
                if (
                    lemma in HEAD_OF_STATE_NOUNS
                    and set(held.split()) & LESSER_ROLE_WORDS
                    and not (lemma == "premier" and "prime" in held.split())
                ):
                    return False
                # "the former president" after "Former president X" (ELI): his old title
                return sector in a.sector or "IGO" in a.sector or (former and lemma in held)
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
            # "the president" many sentences after the only president the story named (an
            # obituary, a long feature): that person, when no other fits
            told = {a.name for a in self.memory.seen if fits(a)}
            if len(told) != 1:
                return None
            prev = self.memory.last(fits)
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
            # (a crowd the story said was the opposition's, "opposition supporters marched",
            # "her supporters", stays the opposition: CODING.md codes the crowd by whose it is)
            prev = self.memory.last(lambda a: ("CVL" in a.sector or _opposition_crowd(a))
                                    and not is_person(a) and not a.why.startswith("coref"),
                                    within=3)  # fmt: skip
            return prev if prev is not None and prev.country else None
        low = tok.lemma_.lower()
        if low in SUMMIT_MEMBER_NOUNS and tok.tag_ == "NNS":
            # "the leaders", "ministers" after "European Union leaders" or "NATO defence
            # ministers": the organisation whose members the story named (a summit story
            # names them in its lead and again paragraphs later), not the story's country
            return self.memory.last(lambda a: a.org is not None and "IGO" in a.sector
                                    and not is_person(a) and not a.why.startswith("coref")
                                    and a.text.lower().split()[-1:] == [tok.lower_])  # fmt: skip
        if low == "party" and tok.tag_ == "NN" and "PTY" in sectors:
            # "the main opposition party ... The party said it would boycott": the opposition
            # party named lately (a party with no name of its own in the knowledge base)
            prev = self.memory.last(lambda a: "OPP" in a.sector and not is_person(a) and a.country is not None
                                    and not a.why.startswith("coref"), within=3)  # fmt: skip
            return prev
        if low in INSURGENT_NOUNS and tok.tag_ == "NNS" and not restricted_by_clause(tok):
            called = self._groups_called(low, {"REB", "UAF", "IMG"})
            if len(called) == 1:
                # "M23 rebels took the town ... accused Kinshasa of arming the FDLR, a Hutu
                # militia ... The rebels seized Goma": the one group the story has called
                # rebels, not the armed group named last in passing
                return called[0]
        named = self._name_ending_in(tok, sectors)
        if named is not None:
            return named  # "the dissidents" after the EMC, one of whose names is "FARC dissidents"
        if tok.tag_ != "NNS" or not set(sectors) & {"REB", "UAF", "IMG", "RAD"}:
            return None
        if restricted_by_clause(tok):
            return None  # "the rebels allied with Turkey": which rebels, the phrase says
        # "the jihadists", "the extremists" are a jihadist group (Isis, al-Qaeda), not the
        # SDF fighting it; "the rebels", "the paramilitaries" any armed group named lately
        wanted = {"IMG", "RAD"} if low in JIHADIST_NOUNS else {"REB", "UAF", "IMG"}
        if low in ATTACKER_NOUNS and self._has_det(tok):
            return self._one_armed_group(tok, wanted)
        if low not in JIHADIST_NOUNS | INSURGENT_NOUNS:
            return None
        near = self.memory.last(lambda a: a.org is not None and not is_person(a)
                                and bool(set(a.sector) & wanted), within=2)  # fmt: skip
        if near is not None:
            return near
        # "Islamic State-linked insurgents ambushed a convoy ... Rwandan troops, who have fought
        # the insurgents": the one armed group the story has named, however long ago
        groups = {a.org: a for a in self.memory.seen if a.org is not None and not is_person(a)
                  and set(a.sector) & wanted and not a.why.startswith("coref")}  # fmt: skip
        return next(iter(groups.values())) if len(groups) == 1 else None

    def _groups_called(self, lemma: str, wanted: set[str]) -> list[Actor]:
        """The armed groups the story has named with the noun itself ("M23 rebels", "the
        M23 rebel movement", "Houthi insurgents"), each once, latest last; only when such a
        group is also named as often as any other armed group (not "the largest faction of
        former FARC rebels" in a story about that faction)."""
        groups: dict[str, Actor] = {}
        counts: dict[str, int] = {}
        for a in self.memory.seen:
            if a.org is None or is_person(a) or not set(a.sector) & wanted:
                continue
            counts[a.org] = counts.get(a.org, 0) + 1
            if not a.why.startswith("coref") and set(a.text.lower().split()) & _noun_forms(lemma):
                groups.pop(a.org, None)
                groups[a.org] = a
        most = max(counts.values(), default=0)
        return [a for o, a in groups.items() if counts[o] == most]

    def _one_armed_group(self, tok, wanted: set[str]) -> Actor | None:
        """ "The attackers", "the gunmen", "the militants" in a story that has named exactly
        one armed group before: that group ("JNIM fighters attacked a camp ... the attackers
        killed nine soldiers"). Not when the sentence names that group itself ("the SDF
        advanced against the militants": the militants are the SDF's foe) or names a
        second one."""
        groups = {a.org: a for a in self.memory.seen if a.org is not None and not is_person(a)
                  and set(a.sector) & wanted and not a.why.startswith("coref")}  # fmt: skip
        if len(groups) != 1:
            return None
        group = next(iter(groups.values()))
        here = {m.term.entity.org for m in self.matches
                if tok.sent.start <= m.start < tok.sent.end and m.term.entity.kind == "org"}  # fmt: skip
        if group.org in here or any(
            self.kb.orgs.get(o) is not None and set(self.kb.orgs[o].sector) & wanted
            for o in here
            if o
        ):
            return None
        return group

    def _compass_country(self, tok, ctx) -> list[Actor]:
        """ "urged the North to stop provocations", "the South said": in a story that has
        named North or South Korea, the bare capitalised "the North"/"the South" is that
        country of the pair ("North X" and "South X" both countries)."""
        word = tok.text
        if (
            word not in ("North", "South")
            or not self._has_det(tok)
            or ctx["country"] is not None
            or any(c.dep_ != "det" for c in tok.children)
        ):
            return []
        named = self.memory.countries_named()
        for halves in self.kb.compass_pairs().values():
            if len(halves) == 2 and named & set(halves.values()):
                code = halves[word]
                ent = self.kb.countries[code]
                s, e, text = self._span(tok, ctx)
                return [Actor(text=text, name=ent.name, country=code, kb_id=ent.id, start=s, end=e,
                              why="coref:country:compass")]  # fmt: skip
        return []

    def _country_named(self, tok) -> list[Actor]:
        """The countries a name in an "of" phrase resolves to ("the nation of Tuvalu"): a
        state as such, not a person, body, arm or region of it."""
        return [a for a in self._resolve(tok) if a.country and not a.sector and a.org is None
                and not is_person(a) and not a.why.startswith("kb:country:region")]  # fmt: skip

    def _country_anaphor(self, tok, ctx) -> list[Actor]:
        """ "the country", "the West African nation", "the island", "the territory": the
        country, island or territory named lately (within four sentences)."""
        compass = self._compass_country(tok, ctx)
        if compass:
            return compass
        low = tok.lemma_.lower()
        if low in COUNTRY_NOUNS | {"island"} and tok.tag_ == "NNS" and ctx["org"] is None:
            # "the landlocked nations of Chad and Niger": each country the "of" phrase names
            heads = [h for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj" for h in (g, *g.conjuncts)]  # fmt: skip
            named = [self._country_named(h) for h in heads]
            if len(named) > 1 and all(named) and len({a[0].country for a in named}) == len(named):
                return [
                    _copy(a[0], a[0].text, a[0].start, a[0].end, "text:nations of") for a in named
                ]
        if (
            low not in COUNTRY_NOUNS | TERRITORY_NOUNS
            or tok.tag_ not in ("NN", "NNP")
            or ctx["org"] is not None
        ):
            return []
        if low in COUNTRY_NOUNS | {"island"}:
            # "the small Alpine nation of Liechtenstein", "the Pacific island nation of
            # Tuvalu": the country the "of" phrase names
            named = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj" for a in self._country_named(g)]  # fmt: skip
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
            if not state_itself(a) or not a.why.startswith(("kb:country", "coref:country")):
                return False  # not "the French envoy"
            if low == "island":
                return a.country in self.kb.islands
            if low in TERRITORY_NOUNS:  # "the territory", "the enclave": a region named ("Gaza")
                return a.why.startswith("kb:country:region") or a.country in self.kb.islands
            return not a.why.startswith("kb:country:region") and "as a place" not in a.why

        prev = None
        if low in ("country", "nation"):
            prev = self._country_named_before(tok)
        if prev is None and low in COUNTRY_NOUNS:
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

    def _neighbour_country(self, tok, ctx) -> list[Actor]:
        """ "Mali ... accusing its southern neighbour of ...": the one country other than the
        owner (whom "its" stands for) named in the sentence so far, else in the two sentences
        before; none when several are."""
        if (
            tok.lemma_.lower() not in NEIGHBOUR_NOUNS
            or tok.tag_ != "NN"
            or not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)
        ):
            return []
        here = tok.idx + self.offset
        # actors told before the phrase: in this sentence, then also in the two before
        # (`recent` yields the latest first, so the last is the sentence's first: its subject)
        this_sentence = [a for a in self.memory.recent(0) if a.end <= here]
        nearby = [a for a in self.memory.recent(2) if a.end <= here]
        owner = ctx["country"] or (this_sentence[-1].country if this_sentence else None)
        if owner is None:
            return []
        for actors in (this_sentence, nearby):
            others = {a.country for a in actors if a.country not in (None, owner) and a.org is None}
            if len(others) == 1:
                code = next(iter(others))
                ent = self.kb.countries.get(code)
                s, e, text = self._span(tok, ctx)
                return [Actor(text=text, name=ent.name if ent else code, country=code,
                              kb_id=ent.id if ent else None, start=s, end=e,
                              why="coref:country:neighbour")]  # fmt: skip
            if others:
                return []
        return []

    def _country_named_before(self, tok) -> Actor | None:
        """ "The EU, which granted Moldova candidate status, pledged to help the country":
        the one country named earlier in the sentence, when the sentence's subject is no
        state (a state subject may be "the country" itself: "France, which sent troops to
        Mali, said the country ...")."""
        sent = tok.sent
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.i < tok.i:
            m = self.match_at.get(subj.i)
            if m is None or m.term.entity.kind != "org":
                return None
        named = {
            a.country: a
            for a in reversed(list(self.memory.recent(0)))  # the latest of a country kept
            if a.country is not None
            and a.org is None
            and not a.sector
            and not is_person(a)
            and a.why.startswith(("kb:country:name", "kb:country:modifier"))
            and a.end <= tok.idx + self.offset
        }
        return next(iter(named.values())) if len(named) == 1 else None

    def _family_anaphor(self, tok, ctx) -> list[Actor]:
        """ "the UN office", "the UN agency said", "the EU mission": a definite description
        by the parent organisation's name is the body of that family named lately ("the
        United Nations human rights office ... the UN office", "a World Food Programme convoy
        ... the UN agency said"), not the parent itself."""
        parent, word = ctx["org"].org, tok.lemma_.lower()
        if (word not in FAMILY_BODY_KINDS or not self._has_det(tok) or tok.pos_ != "NOUN"
                or restricted_by_clause(tok) or any(c.dep_ == "appos" for c in tok.children)):  # fmt: skip
            return []  # "The U.N. peacekeeping mission, MONUSCO, said": the name says which

        def fits(a: Actor) -> bool:
            # of its kind: "the UN mission" is no Security Council; a body whose names say no
            # kind ("World Food Programme") may be "the UN agency"
            own = self.kb.org_words().get(a.org, frozenset()) & FAMILY_BODY_KINDS
            return not own or word in own

        def member(a: Actor) -> bool:
            return (a.org is not None and a.org != parent and not is_person(a)
                    and parent in self.kb.org_ancestors(a.org) and fits(a))  # fmt: skip

        # "The UN refugee agency said ... a World Food Programme convoy. The UN agency said":
        # the member that was a subject (the speaker) before one named in passing
        subjects = self.memory.subjects
        prev = self.memory.last(lambda a: member(a) and subjects.get(id(a)) is a, within=6)
        if prev is None:
            prev = self.memory.last(member, within=6)
        if prev is None:
            return []
        s, e, text = self._span(tok, ctx)
        return [_copy(prev, text, s, e, "coref:org:family")]

    def _name_ending_in(self, tok, sectors: list[str]) -> Actor | None:
        """A definite plural that is the head word ending one of the names of an organisation
        named lately ("the dissidents" after the EMC, known as "FARC dissidents"): that
        organisation (KB.org_name_ends); never a word after a preposition in the name ("the
        refugees" after the UN High Commissioner for Refugees are refugees) nor a word of a
        state's own bodies ("the forces" is not the Rapid Support Forces)."""
        if tok.tag_ != "NNS" or not self._has_det(tok) or set(sectors) & STATE_BODY_SECTORS:
            return None
        if restricted_by_clause(tok):
            return None
        word, ends = tok.lower_, self.kb.org_name_ends()
        return self.memory.last(lambda a: a.org is not None and not is_person(a)
                                and not a.why.startswith("coref") and word in ends.get(a.org, ()),
                                within=6)  # fmt: skip

    def _org_anaphor(self, tok, ctx) -> list[Actor]:
        """ "the bloc", "the group", "the alliance": the organisation named before."""
        if ctx["org"] is not None and ctx["country"] is None:
            return self._family_anaphor(tok, ctx)
        if tok.lemma_.lower() not in ORG_ANAPHORS or ctx["country"] is not None:
            return []
        if not (
            self._has_det(tok)
            or any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in tok.children)
        ):
            return []
        if any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in tok.children):
            return []  # "the Wagner group" is a name, not a reference back
        if any(
            c.dep_ in ("amod", "compound") and c.lower_ in OTHER_BODY_WORDS for c in tok.children
        ):
            return []  # "the ruling party" after the PKK was named: another party
        if restricted_by_clause(tok):
            return []  # "the factions that join the alliance": which ones the clause says
        if tok.lemma_.lower() == "force" and (
            tok.tag_ in ("NNS", "NNPS")
            or any(c.dep_ in ("amod", "compound") for c in tok.children)
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        ):
            # "the police force": a kind of force; "the forces" after the Rapid Support
            # Forces: a state's own word for its troops (one force named so is "the force",
            # "the Force" in peacekeeping copy); "the force of the blast": physical force
            return []
        if tok.lemma_.lower() == "region" and tok.dep_ != "poss":
            return []  # "the region's prime minister" is the regional government's; "in the
            # region" is a place
        kind = {BODY_KIND_WORDS[c.lower_] for c in tok.children
                if c.dep_ in ("amod", "compound") and c.lower_ in BODY_KIND_WORDS}  # fmt: skip
        if kind:
            # "the aid group" after a jihadist group and an aid agency were named: the agency
            prev = self.memory.last(lambda a: _body_actor(a) and not is_person(a)
                                    and bool(set(a.sector) & set().union(*kind)), within=6)  # fmt: skip
        else:
            prev = self._speakers_body(tok) or self._named_body(tok.lemma_.lower())
        if prev is None:
            return []
        s, e, text = self._span(tok, ctx)
        return [_copy(prev, text, s, e, "coref:org:description")]

    def _speakers_body(self, tok) -> Actor | None:
        """ "An M23 spokesman said the group had no intention of ...": "the group" in the
        words of an organisation's own spokesman or member is that organisation, whatever
        other group the story named just before. None when no such speaker says the clause."""
        if tok.lemma_.lower() not in SPEAKERS_OWN_BODY_NOUNS:
            return None
        speaker = self._speaker(tok)
        org = self.kb.orgs.get(speaker.org) if speaker is not None and speaker.org else None
        if org is None:
            return None
        # the body itself, not its spokesman: its own sectors ("REB", not the spokesman's GOV),
        # and nothing of how the spokesman was found (a guessed country, a self-given name)
        return Actor(speaker.text, org.name, country=org.country, sector=list(org.sector),
                     org=speaker.org, kb_id=org.id, code_override=org.code)  # fmt: skip

    # -- "the region's minister", "the regional government": the regional government -------
    # The one home of this rule. "The region" possessing anything ("the region's oilfields":
    # _org_anaphor via _named_body) asks _regional_body; a government phrase with "the
    # region's" or "regional" and no country or body ("regional authorities": sectors.py
    # _sector_phrase) asks _regional_government. Both know the same bodies: one that calls
    # itself regional named lately, and an autonomous region's own government named before.
    def _regional_named_lately(self, story_bodies: bool = True) -> Actor | None:
        """A body that calls itself regional ("the Kurdistan Regional Government") among
        the last three actors; also a body the story introduced, unless story_bodies is
        False."""
        words = self.kb.org_words()
        body = _body_actor if story_bodies else (lambda a: a.org is not None)
        return self.memory.last(lambda a: body(a) and not is_person(a) and (
            {"region", "regional"} & set(a.text.lower().replace("-", " ").split())
            or "region" in words.get(a.org, ())), within=3)  # fmt: skip

    def _autonomous_government(self) -> Actor | None:
        """The last autonomous region's own government the story named, however long ago
        (word class regional_government_orgs: the KRG)."""
        return self.memory.last(lambda a: (a.org or "").lower() in REGIONAL_GOVERNMENTS)

    def _regional_body(self) -> Actor | None:
        """What "the region" refers back to: a body that calls itself regional named lately,
        else the autonomous region's own government named before."""
        return self._regional_named_lately() or self._autonomous_government()

    def _regional_government(self, tok):
        """ "The region's prime minister", "the regional government", "regional
        authorities" (tok a government noun of no country or body): the organisation of the
        autonomous region's own government (word class regional_government_orgs: the KRG),
        not the state's: the one named last in this sentence before the phrase, else in the
        story so far; else an organisation that calls itself regional named lately."""
        if not any(
            (c.dep_ == "poss" and c.lemma_.lower() == "region")
            or (c.dep_ in ("amod", "compound") and c.lower_ == "regional")
            for c in tok.children
            if c.i < tok.i
        ):
            return None
        for i in range(tok.i - 1, tok.sent.start - 1, -1):
            m = self.match_at.get(i)
            if m is not None and m.term.entity.kind == "org":
                if (m.term.entity.org or "").lower() in REGIONAL_GOVERNMENTS:
                    return m.term.entity
        a = self._autonomous_government() or self._regional_named_lately(story_bodies=False)
        return self.kb.orgs.get(a.org) if a is not None else None

    def _region_members(self, ent, start: int, end: int, text: str, size: int = 0) -> list[Actor]:
        """ "The Europeans", "the European statement", "the three European powers": the
        latest group of the region's states the story named together (regions.yaml
        `states`: Britain, France and Germany), else the region's bloc if the story named it
        (`bloc`: the EU); none (the region itself) when it named neither."""
        states = self.kb.region_states.get(ent.id)
        if not states:
            return []
        group = self.memory.region_states_told(states, size)
        if group:
            return [_copy(a, text, start, end, "coref:region:states named") for a in group]
        bloc = self.kb.region_bloc.get(ent.id)
        if size or bloc is None:
            return []
        told = self.memory.last(lambda a: a.org == bloc and not is_person(a))
        return [_copy(told, text, start, end, "coref:region:bloc named")] if told else []

    def _bloc_of_region(self, tok, region_text: str, sectors: list[str]) -> Actor | None:
        """ "Southeast Asian foreign ministers", "West African leaders" (office holders of
        a region's governments) in a story that has named the bloc of that region's states
        (a bloc whose name says the region the same way: the Association of Southeast Asian
        Nations, the Economic Community of West African States): that bloc. "African
        leaders" is not the West African bloc: the name must not narrow the region."""
        if sectors != ["GOV"] or tok.tag_ != "NNS" or not region_text:
            return None
        words = region_text.lower().replace("-", " ").split()

        def names_region(a: Actor) -> bool:
            ent = self.kb.orgs.get(a.org or "")
            for name in (ent.aliases | {ent.name}) if ent is not None else ():
                low = name.lower().replace("-", " ").split()
                for i in range(len(low) - len(words) + 1):
                    if low[i : i + len(words)] == words and (
                        i == 0 or low[i - 1] in ("of", "the", "for")
                    ):
                        return True
            return False

        return self.memory.last(lambda a: _is_bloc(a) and names_region(a))

    def _named_body(self, lemma: str, within: int | None = None) -> Actor | None:
        """The organisation "the coalition", "the group", "the alliance" refers back to: one
        that calls itself so, named lately ("the Saudi-led coalition", "the Houthi
        movement"), else the last one of the right kind ("the group": armed and political
        first)."""
        if lemma == "region":
            return self._regional_body()  # "the region's prime minister"
        words = self.kb.org_words()

        # a body the story introduced counts as one the files know; a pronoun that stood for
        # a body names it no more ("the AU's council asked the Security Council ..., saying it
        # ... criticised the council": the Security Council, named after the AU's)
        def named_so(a: Actor) -> bool:
            return _body_actor(a) and not is_person(a) and not a.why.startswith("coref:pronoun") and (
                lemma in a.text.lower().replace("-", " ").split() or lemma in words.get(a.org, ()))  # fmt: skip

        # "their union said ... the EU's envoy urged them to free the detained union leaders.
        # The union has called a rally": a trade union the story told by that word since the
        # union of states was named is the one meant (GROUP_SECTORS: "union" is LAB)
        def told_by_the_word(a: Actor) -> bool:
            kinds = [w for w in GROUP_SECTORS.get(lemma, []) if w == {"LAB"}]
            return (
                any(set(a.sector) & w for w in kinds)
                and a.org is None
                and lemma in a.text.lower().replace("-", " ").split()
            )

        # "the council" after "the National Electoral Council" (a state's body, named by its
        # name: the state's government or court, no organisation of the files): that body, as
        # "the court" after a national court is
        def state_body(a: Actor) -> bool:
            words = a.text.replace("-", " ").split()
            return (
                lemma in STATE_BODY_ANAPHORS
                and a.org is None
                and a.country is not None
                and not is_person(a)
                and not a.why.startswith("coref")
                and len(words) > 1
                and words[-1].lower() == lemma
                and words[-2][:1].isupper()
            )

        prev = self.memory.last(lambda a: named_so(a) or told_by_the_word(a), within=3)
        if prev is not None and prev.org is None and not _body_actor(prev):
            return prev
        if prev is None and lemma in OWN_NAME_ANAPHORS:
            # "the agency", "the council" are a word of the body's own name (the International
            # Atomic Energy Agency, the Security Council, a state's National Electoral
            # Council): the last body named so, however far back, not a kind of body that any
            # body named since would be ("the AU's Peace and Security Council ... the council")
            prev = self.memory.last(lambda a: named_so(a) or state_body(a))
        if prev is None:
            prev = self.memory.last(state_body, within=3)
        if prev is not None or lemma in NAMED_ONLY_ANAPHORS:
            return prev
        if lemma == "bloc":
            # "the (regional) bloc": the last bloc of states named, not the UN named after it
            prev = self.memory.last(_is_bloc, within=within)
            if prev is not None:
                return prev
        for wanted in GROUP_SECTORS.get(lemma, [None]):
            prev = self.memory.last(lambda a, w=wanted: _body_actor(a) and not is_person(a)
                                    and (w is None or bool(w & set(a.sector))), within=within)  # fmt: skip
            if prev is not None:
                return prev
        return None

    def _pair(self, tok) -> list[Actor]:
        """ "the two leaders", "both sides", "the three countries": the parties told before, in
        the order of plural_parties.py (the pair that fought, a subject group, an earlier
        plural's, a list, a "between" pair, a quarrel's), else the last distinct actors."""
        low = tok.lemma_.lower()
        if low not in PAIR_NOUNS:
            return []
        nums = {c.lower_ for c in tok.children if c.dep_ in ("nummod", "det", "predet", "quantmod")}
        want = max((PAIR_NUMBERS[n] for n in nums if n in PAIR_NUMBERS), default=0)
        if low in COUPLE_NOUNS and tok.tag_ == "NN" and nums & DEFINITE_PAIR_WORDS:
            want = 2  # "urged the pair to show restraint"
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
        if not want and warring(tok) and nums & DEFINITE_PAIR_WORDS:
            # "the warring parties", "the belligerents": the pair that fought, if one did
            fought = fighting_told(self.memory, self.memory.sentence, WantedPair(low, warring=True))
            s, e, text = self._span(tok, {"left": tok.left_edge.i})
            return [_copy(a, text, s, e, "coref:plural") for a in fought]
        if not want:
            return []
        # "Russia offered to help its two allies": a one-owner possessive makes the group
        # definite, and the owner is none of them ("their two presidents" are theirs); "Kenya
        # dismissed its two ministers" are its own people, no pair told before
        want_person = low in PERSON_PAIR_NOUNS
        owners = (
            []
            if want_person
            else [c for c in tok.children if c.dep_ == "poss" and c.lower_ != "their"]
        )
        if not nums & DEFINITE_PAIR_WORDS and not owners:
            return []  # "detained two men who threw eggs": new people, not two told before
        out: list[Actor] = []
        group = self.memory.recent_group()
        any_kind = low in ANY_KIND_PAIR_NOUNS
        parties = {(a.country, a.org, a.code_override) for a in group or []}
        # the one addressed is never the one who addresses ("Brazil urged both neighbours")
        asking = set() if want_person else self._asking_countries(tok)
        asking |= {a.country for c in owners for a in self.actors_for(c) if a.country}
        wanted = WantedPair(low, want, want_person, any_kind, warring=warring(tok),
                            asking=frozenset(asking) - {None})  # fmt: skip
        reading = self.memory.sentence
        fought = fighting_told(self.memory, reading, wanted)
        before = plural_told(self.memory, reading, wanted, tok.idx + self.offset)
        # "Norway and Qatar hosted talks between X and Y. The two delegations agreed": the
        # pair set against each other, not the hosts or mediators named as subjects with them
        talks = low in TALKS_PARTY_NOUNS and (
            self.memory.between_since_group()
            or self._group_tells_of(tok, group)
            # "X and Y resumed talks. A and B traded accusations. The two delegations agreed":
            # negotiators are of the talks told lately (dispute_told), not the pair since
            or (low in NEGOTIATING_PARTY_NOUNS and self.memory.recent_talks(reading) is not None)
        )
        region = next((m.term.entity for c in tok.children if c.dep_ in ("amod", "compound")
                       and (m := self.match_at.get(c.i)) is not None
                       and m.term.entity.kind == "region"), None)  # fmt: skip
        if region is not None and not want_person:
            # "the three European powers": the European states named together, not the last
            # three states named (Russia, China and Iran voting against them)
            s, e, text = self._span(tok, {"left": tok.left_edge.i})
            got = self._region_members(region, s, e, text, want)
            if got:
                return got
        truce = (
            truce_told(self.memory, reading, wanted)
            if low in TALKS_PARTY_NOUNS
            and not want_person
            and any(t.lemma_.lower() in TRUCE_NOUNS for t in tok.sent if t.i < tok.i)
            else []
        )
        if (
            not truce
            and low in TALKS_PARTY_NOUNS
            and not want_person
            and calls_on_fighters(tok.sent)
        ):
            # "urged both sides to show restraint": the two that fought (belligerents_told)
            truce = belligerents_told(self.memory, reading, wanted)
        if fought:
            # "Kenya and Ethiopia brokered talks between X and Y and urged both warring parties":
            # the two that fought, not the mediators named with them
            out = list(reversed(fought))
        elif truce:
            # "the envoy welcomed the truce and urged both sides": the truce's parties, not the
            # pair of a quarrel told since
            out = list(reversed(truce))
        elif (group and len(group) == want and len(parties) == want and not talks
                and of_kind(group, want_person, any_kind)):  # fmt: skip
            out = list(reversed(group))
        elif before:
            out = list(reversed(before))  # "the two countries ... the two nuclear-armed rivals"
        elif (
            want >= 3
            and (listed := self.memory.recent_list(want, within=GROUP_WINDOW)) is not None
            and of_kind(listed, want_person, any_kind)
        ):
            # "at the request of the United States, Japan and South Korea ... the three allies'
            # navies": the last three named together, not the last three actors named
            out = list(reversed(listed))
        elif pair := between_told(self.memory, reading, wanted):
            # "Relations between Rabat and Algiers collapsed ... a deal between the two sides":
            # the pair just set against each other, not the last two actors named; "a meeting
            # between X and his Ugandan counterpart, hosted by Y ... the two ministers": X and
            # his counterpart, not the host named last
            out = list(reversed(pair))
        elif want_person and want == 2 and (pair := self._people_before_in_sentence(tok)):
            # "Japan's prime minister X spoke by phone with South Korea's president Y, and the
            # two leaders agreed": the two people the sentence itself just named, not the
            # states of a quarrel told before
            out = pair
        elif want_person and want == 2 and (pair := self._people_of_one_sentence()):
            # "after Kiir accused his deputy Machar of plotting a coup ... the deal the two men
            # signed": two people of one state the last sentence set against each other, not
            # the last two states' people
            out = pair
        elif pair := dispute_told(self.memory, reading, wanted):
            # "Bogota and the rebels ended a round of talks ... a statement read out by Cuban
            # and Norwegian diplomats. The two delegations agreed": the parties of the last
            # quarrel or negotiation told, not the mediators named last
            out = list(reversed(pair))
        elif (
            low in TALKS_PARTY_NOUNS
            and not want_person
            and (pair := story_sides_told(self.memory, reading, wanted))
        ):
            # "both sides" with no quarrel told lately: the sides that fought or made a truce,
            # not the last two actors named (allies sending one side arms)
            out = list(reversed(pair))
        else:
            # (people of the asker's own state may be among "the two ministers" it frees)
            sides = self._dispute_states() if want_person else set()
            # "Foreign ministers A and B initialled the text at a ceremony hosted by their
            # Emirati counterpart ... Both ministers said": the people of the two states of
            # the dispute, not the host named last
            out = (sides and self._last_named(low, want, want_person, asking, sides)) or []
            if len(out) < want:
                out = self._last_named(low, want, want_person, asking)
            if len(out) < want:
                out = list(reversed(office_holders_told(self.memory, reading, wanted)))
        if len(out) < want:
            return []
        if (
            region is not None
            and not want_person
            and any(a.country not in self.kb.region_states.get(region.id, {a.country}) for a in out)
        ):
            return []  # "the two European countries" are none of those outside Europe
        s, e, text = self._span(tok, {"left": tok.left_edge.i})
        return [_copy(a, text, s, e, "coref:person:plural" if is_person(a) else "coref:plural")
                for a in reversed(out)]  # fmt: skip

    def _states_by_role(self, tok, sectors: list[str], ctx) -> list[Actor]:
        """ "The two navies held a joint exercise", "both defence chiefs will meet": a role or
        force noun of a state's own bodies (no pair noun, no country in its phrase) counted as
        "the two" or "both" is that body of each of the two states the story pairs
        (plural_parties.py `story_states_told`), not the one state a guess would give."""
        if tok.tag_ != "NNS" or not sectors or not set(sectors) <= STATE_BODY_SECTORS:
            return []
        nums = {c.lower_ for c in tok.children if c.dep_ in ("nummod", "det", "predet", "quantmod")}
        if max((PAIR_NUMBERS[n] for n in nums if n in PAIR_NUMBERS), default=0) != 2:
            return []
        if not nums & DEFINITE_PAIR_WORDS:
            return []  # "two soldiers were killed": new people, not the pair told before
        asking = frozenset(self._asking_countries(tok)) - {None}
        countries = story_states_told(self.memory, self.memory.sentence, asking)
        if len(countries) != 2:
            return []
        s, e, text = self._span(tok, ctx)
        return [Actor(text=text, name=text, country=c, sector=list(sectors), start=s, end=e,
                      why="coref:plural") for c in countries]  # fmt: skip

    def _both(self, tok) -> list[Actor]:
        """A bare "both" as subject or object: a subject is the pair coordinated as the last
        subject ("Kenya and Uganda signed the deal, and both pledged"); an object the last
        two parties named in its sentence that are not its clause's subject ("ordered the
        office to close and gave the envoy 48 hours to leave, accusing both of lying")."""
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or any(
            g.pos_ in ("NOUN", "PROPN", "PRON")
            for c in tok.children
            if c.dep_ == "prep"
            for g in c.children
        ):
            return []  # ("both of them", "both of the countries": the "of" phrase says whom)
        if tok.dep_.startswith("nsubj"):
            group = self.memory.recent_group()
            out = list(group) if group and len({a.key() for a in group}) == 2 else []
        else:
            asking = {a.country or a.org for c in self._clause_subject_tokens(tok) if c.i != tok.i
                      for a in self.actors_for(c)}  # fmt: skip
            named = [a for a in self._last_named("side", 2, False, set())
                     if self.memory.sentence_index(a) == self.memory.sentence]  # fmt: skip
            out = (
                list(reversed(named))
                if len(named) == 2 and not {a.country or a.org for a in named} & asking
                else []
            )
        s, e = tok.idx + self.offset, tok.idx + len(tok) + self.offset
        return [_copy(a, tok.text, s, e, "coref:plural") for a in out]

    def _last_named(
        self, low: str, want: int, want_person: bool, asking: set, only: set | None = None
    ) -> list[Actor]:
        """The last `want` distinct actors of the kind the plural noun `low` wants (latest
        first), none of the `asking` countries, only of the `only` countries if given."""
        out: list[Actor] = []
        for a in reversed(self.memory.seen):
            if a.country in asking:
                continue  # "Brazil urged both neighbours": never the one asking them
            if only and a.country not in only:
                continue
            if a.why.startswith("coref") or "as a place" in a.why or a.why == "kb:country:region":
                continue  # copies and places are not parties
            if not (a.country or a.org or a.code_override):
                continue  # "officials" of no known country
            if want_person != is_person(a) and (want_person or low not in ANY_KIND_PAIR_NOUNS):
                continue
            if (
                not want_person
                and low in STATE_PAIR_NOUNS
                and (not state_body(a) or any(b.country == a.country for b in out))
            ):
                continue  # "the two countries": states, not an army and a militia of one
            if (
                not want_person
                and state_body(a)
                and any(state_body(b) and b.country == a.country for b in out)
            ):
                continue  # "the three allies": a state's government and army are one party
            if not want_person and low in STATE_PAIR_NOUNS:
                a = as_state(a, low)
            if a.code and all(
                (a.country, a.org, a.code) != (b.country, b.org, b.code) for b in out
            ):
                out.append(a)  # distinct parties: a government and its rebels are two
            if len(out) == want:
                break
        return out

    def _dispute_states(self) -> set[str]:
        """The two countries of the last quarrel or negotiation told, when it was between
        two states; none else."""
        pair = self.memory.recent_dispute()
        countries = {a.country for a in pair or [] if a.country and not a.org}
        return countries if pair and len(countries) == 2 == len(pair) else set()

    def _group_tells_of(self, tok, group: list[Actor] | None) -> bool:
        """Whether the coordinated subject `group` is the subject of a clause above `tok`
        while a quarrel or negotiation told before had other parties: "Saudi Arabia and the
        United States, which host the talks, said the two delegations had agreed" (the hosts
        tell of the parties, they are not them)."""
        dispute = self.memory.recent_dispute()
        if not group or dispute is None or {id(a) for a in group} & {id(a) for a in dispute}:
            return False
        if {(a.country, a.org) for a in group} == {(a.country, a.org) for a in dispute}:
            return False
        h = tok
        for _ in range(8):
            if h.head.i == h.i:
                return False
            h = h.head
            for c in clause_subjects(h) if h.pos_ in ("VERB", "AUX") else ():
                s, e = (
                    c.left_edge.idx + self.offset,
                    c.right_edge.idx + len(c.right_edge) + self.offset,
                )
                if not c.left_edge.i <= tok.i <= c.right_edge.i and any(
                    s <= a.start and a.end <= e for a in group
                ):
                    return True
        return False

    def _asking_countries(self, tok) -> set[str]:
        """The countries of the subject of the clause a plural object sits in ("Brazil's
        foreign minister urged both neighbours", "Malaysia, which brokered the truce, called
        on both sides"): the one asking or addressing the parties is never one of them. Only
        the verb's own object or the object of its preposition is addressed ("proposed a
        commission of engineers from the three countries" may include the proposer)."""
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
        if tok.dep_ not in ("dobj", "dative", "pobj") or verb.pos_ not in ("VERB", "AUX"):
            return set()
        out = set()
        for c in self._clause_subject_tokens(tok):
            if c.i == tok.i:
                continue
            # "the U.N. mission in Afghanistan urged both sides": where the asker sits is
            # not who asks (Afghanistan may be one of the sides)
            where = [(p.left_edge.idx + self.offset, p.right_edge.idx + len(p.right_edge) + self.offset)
                     for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "at")]  # fmt: skip
            out |= {a.country for a in self.actors_for(c)
                    if a.country and not any(s <= a.start < e for s, e in where)}  # fmt: skip
        return out

    def _people_before_in_sentence(self, tok) -> list[Actor]:
        """The two people the sentence being read named before `tok` (latest first), when it
        named exactly two, of two codes; [] else."""
        people: list[Actor] = []
        at = tok.idx + self.offset
        for a in reversed(self.memory.seen):
            if self.memory.sentence_index(a) != self.memory.sentence:
                break
            if a.start >= at or not is_person(a) or a.why.startswith("coref") or not a.name:
                continue
            if all(a.name != b.name for b in people):
                people.append(a)
        if len(people) != 2 or people[0].code == people[1].code:
            return []
        return people

    def _people_of_one_sentence(self) -> list[Actor]:
        """The last two people named, when they are two people of one code named in the
        same earlier sentence and no other person came after them (latest first); [] else."""
        people: list[Actor] = []
        for a in reversed(self.memory.seen):
            if self.memory.sentence_index(a) == self.memory.sentence:
                continue  # the sentence being read
            if not is_person(a) or a.why.startswith("coref") or not a.name:
                continue
            if all(a.name != b.name for b in people):
                people.append(a)
            if len(people) == 2:
                break
        if len(people) != 2 or people[0].code != people[1].code:
            return []  # people of two codes: the loop over distinct parties finds them
        if self.memory.sentence_index(people[0]) != self.memory.sentence_index(people[1]):
            return []
        return people


# words that make a numbered group definite ("the two men", "both sides", "these three"): only
# then is it a group told before
DEFINITE_PAIR_WORDS = {"the", "both", "these", "those", "all"}
