"""Whose country a phrase that names none is: the country the story is about or
datelined in, the one an opposition figure acts on, the speaker's, the last such
institution's; and the armed groups and home countries of stateless peoples ("Kurdish
fighters")."""

from __future__ import annotations

from ...model import Actor
from ...syntax import clause_subjects, fronted_phrase, phrase_head
from ...words import token_in, word_class
from .common import (
    ENVOY_NOUNS,
    STATE_FORCE_WORDS,
    adjective_subject_noun,
    is_person,
    sentence_country_codes,
    state_itself,
)
from .vocab import (
    ARMED_MEN_SECTORS,
    BARE_TROOP_NOUNS,
    FORCE_WINDOW,
    HOME_WINDOW,
    MINISTRY_NOUNS,
    PORTFOLIO_WORDS,
    SPOKES_NOUNS,
    STATE_SECTORS,
)

# prepositions that put a state named by its name or capital as the party a verb addresses
# ("wrote to Beijing", "talks with Kigali", "called on Kampala", "moved against Rwanda"), not
# the place of the act ("met X in Kuala Lumpur", "at", "from")
ADDRESSING_PREPS = word_class("addressing_preps")  # data/word_classes.yaml


def _stem(word: str) -> str:
    """The root of an ethnonym for matching organisation names: "kurdish" -> "kurd"
    (Kurdistan, Kurdish-led), "tigrayan" -> "tigray" (Tigray People's Liberation Front),
    "baloch" -> "baloch" (Balochistan), "tuareg" -> "tuareg"."""
    for suffix in ("ish", "ian", "ese", "an", "i"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word if len(word) >= 4 else ""


MISSION_NOUNS = word_class("mission_nouns")  # data/word_classes.yaml
RULER_NOUNS = word_class("ruler_nouns")
RULER_PHRASES = word_class("ruler_phrases")  # data/word_classes.yaml
MINISTRY_HEADS = word_class("ministry_head_nouns")  # data/word_classes.yaml
LEADER_TITLES = word_class("leader_titles")  # data/word_classes.yaml
FORCE_KIND_WORDS = word_class("force_kind_words")  # data/word_classes.yaml
SPEECH_VERBS = word_class("speaks_for_verbs")  # data/word_classes.yaml
COMMANDING_VERBS = word_class("commanding_verbs")  # data/word_classes.yaml
HOME_SCENE_OPENERS = word_class("home_scene_openers")  # data/word_classes.yaml
FORCE_CRAFT_NOUNS = word_class("force_craft_nouns")  # data/word_classes.yaml


def _rules(a: Actor) -> bool:
    """The phrase names a country's ruler: "the junta", "Mali's military government"."""
    words = a.text.lower().split()
    return bool(words) and (words[-1] in RULER_NOUNS or " ".join(words[-2:]) in RULER_PHRASES)


class ImplicitCountry:
    """Part of SentenceActors: the country of a phrase that names none."""

    def _clear_home(self) -> bool:
        """The dateline's country is named at least twice and more often than any other."""
        home = self.memory.dateline_country
        return bool(home) and self.memory.leading_country() == home

    def _only_country_with_dateline(self) -> str | None:
        """The one country the story has named so far, this sentence and dateline included;
        None when it has named none or several (Memory.only_country: the actors named before)."""
        named = self.memory.countries_named() | sentence_country_codes(self)
        if self.memory.dateline_country:
            named.add(self.memory.dateline_country)
        return next(iter(named)) if len(named) == 1 else None

    def _domestic_force_home(self) -> str | None:
        """Bare "soldiers", "troops" or "police" when no army or police was told of in this
        sentence or the two before, and the dateline's country is the only country named
        there ("MAPUTO - ... Soldiers fired on protesters"): that country's own force. Any
        other country named nearby (a border clash, foreign peacekeepers): no guess."""
        home = self.memory.dateline_country
        if not home:
            return None
        now = self.memory.sentence
        # (memory.sentence_countries holds this sentence's countries too: sentence_mentions
        # records them there before resolving a phrase, and events are built after it)
        if any(
            self.memory.sentence_countries.get(i, set()) - {home}
            for i in range(now - HOME_WINDOW, now + 1)
        ):
            return None
        forces = self.memory.last(
            lambda a: bool(set(a.sector) & {"MIL", "COP"}), within=HOME_WINDOW
        )
        return None if forces is not None else home

    def _force_told(self, sectors: set[str], bodies: bool = False) -> Actor | None:
        """The force a bare member of one belongs to ("... killing six soldiers, the army
        said. Troops pursued the attackers", "Police fired tear gas ... officers arrested 32
        people"): the latest force of `sectors` (MIL for soldiers; COP or MIL for officers)
        of a known country, no person, told of in this sentence or the FORCE_WINDOW before,
        when all such forces there are of one country; with two (a border clash), no guess.
        A named body (the Met, a militia) counts only with `bodies`: officers serve in it,
        but bare troops are a state's army, not a named group's fighters."""
        forces = [a for a in self.memory.recent(FORCE_WINDOW) if set(a.sector) & sectors
                  and a.country and (bodies or not a.org) and not is_person(a)]  # fmt: skip
        return forces[0] if len({a.country for a in forces}) == 1 else None

    def _fallback_country(self, title: str, tok=None) -> str | None:
        """Whose official an unnamed-country "President X" is: the body of a portfolio title
        named just before ("Treasury Secretary X"), a spokesman's state the last sentence had as
        its subject, the dateline's country, the only country named in the sentence, else the
        country the story is about when the sentence names none. A country the official's own
        verb takes as its object ("Prime Minister X has asked New Delhi for talks", "President
        X accused Rwanda of ...") is the other party, not the official's: the story's other
        country then, the one it names most after that one."""
        portfolio = set(title.split()) & PORTFOLIO_WORDS
        if portfolio:
            # "the U.S. Treasury imposed sanctions ... Treasury Secretary X said": the
            # secretary of the Treasury just named, not the dateline's country
            body = self.memory.last(lambda a: bool(a.country) and not is_person(a)
                                    and bool(portfolio & set(a.text.lower().split()))
                                    and not a.country_guessed, within=2)  # fmt: skip
            if body is not None:
                return body.country
        if set(title.split()) & SPOKES_NOUNS:
            # 'Benin rejected the accusation. "...," government spokesman X said': a spokesman
            # of no named country speaks for the state the last sentence had as its subject
            state = self.memory.salient(state_itself, subjects_only=True)
            if state is not None:
                return state.country
        if self.memory.dateline_country:
            return self.memory.home_country()
        countries = sentence_country_codes(self)
        if len(countries) == 1:
            addressed = self._addressed_country(tok)
            if addressed is None:
                return next(iter(countries))
            others = {c: n for c, n in self.memory.country_counts.items() if c and c != addressed}
            # a story that names no other country has him of the one it names ("Prime
            # Minister X toured Kampala" after floods in Uganda): no party addressed then
            return max(others, key=lambda c: others[c]) if others else addressed
        if not countries:
            return self.memory.focus_country()  # "Sen. X" in a story about the United States
        return None  # two countries in the sentence: no guessing whose minister it is

    def _addressed_country(self, tok) -> str | None:
        """The one country the sentence names, when every mention of it is the state itself
        (its name, capital or seat) as an object of the verb whose subject `tok` is ("asked New
        Delhi for talks", "urged Kampala to ...", "accused Rwanda of ...", "wrote to Beijing"):
        the party addressed."""
        if (
            tok is None
            or tok.dep_ not in ("nsubj", "nsubjpass")
            and not (tok.dep_ in ("compound", "appos", "flat") and tok.head.dep_ == "nsubj")
        ):
            return None
        subj = tok if tok.dep_.startswith("nsubj") else tok.head
        verb = subj.head
        sent = tok.sent
        found: set[str] = set()
        for m in self.matches:
            ent = m.term.entity
            code = (
                ent.country
                if ent.kind == "country" or (ent.kind == "org" and ent.country)
                else None
            )
            if not code or not (sent.start <= m.start < sent.end):
                continue
            if m.term.function not in ("name", "capital", "seat"):
                return None  # "against 28 Chilean officials": its own people, not a party
            root = self.doc[m.end - 1]
            direct = root.head == verb and root.dep_ in ("dobj", "dative", "iobj")
            via_prep = (
                root.dep_ == "pobj"
                and root.head.dep_ in ("prep", "dative")
                and root.head.lower_ in ADDRESSING_PREPS  # not where: "met X in Kuala Lumpur"
                and root.head.head == verb
            )
            if not (direct or via_prep):
                return None
            found.add(code)
        return next(iter(found)) if len(found) == 1 else None

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

        clauses = {t.i for c in tok.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
        # "Baloch fighters who had met envoys in Kabul": a place in its own phrase, not in
        # a clause told of it
        own = places((t for t in tok.subtree if t.i > tok.i and t.i not in clauses), pobj=False)
        if own:
            return own[0]
        sent = [c for c in places(tok.sent, pobj=True) if c in home]
        if len(set(sent)) == 1 and not _across_border(tok.sent):
            return sent[0]
        words = {w for w, h in self.kb.peoples.items() if h == home}
        same = self.memory.last(lambda a: a.country in home and not a.why.startswith("coref") and any(
            w.lower().split("-")[0] in words for w in a.text.split()), within=5)  # fmt: skip
        if same is not None:  # "Syrian Kurdish fighters ... the Kurdish fighters"
            return same.country
        placed = self.memory.people_homes.get(home)
        if placed:
            # "the Kurdish enclave in Syria ... Kurdish militias shelled the town": where the
            # story has placed that people, in any phrase
            return max(placed.items(), key=lambda kv: kv[1])[0]
        focus = self.memory.focus_country()
        return focus if focus in home else None

    def _learn_people_homes(self) -> None:
        """Where the paragraph places a stateless people: the home country its phrase names
        ("the Kurdish enclave in Syria", "Syrian Kurds", "Syria's Kurds", "Kurdish fighters
        inside Iraq"), counted in the document's memory for its phrases that name none."""
        for t in self.doc:
            home = self.kb.peoples.get(t.lower_) or self.kb.peoples.get(t.lower_.split("-")[0])
            if home is None:
                continue
            h = t
            while h.dep_ in ("amod", "compound", "nmod") and h.head.i != h.i and h.i < h.head.i:
                h = h.head  # "Kurdish" -> "enclave"
            clauses = {x.i for c in h.children if c.dep_ in ("relcl", "acl") for x in c.subtree}
            for x in h.subtree:
                m = self.match_at.get(x.i)
                if (x.i in clauses or m is None or m.term.entity.kind != "country"
                        or m.term.entity.country not in home
                        or m.term.function not in ("name", "region", "capital", "adjective")):  # fmt: skip
                    continue
                if m.term.function == "adjective" and x.head.i != h.i:
                    continue  # "Syrian Kurds", not "a Kurdish attack on a Turkish town"
                if m.term.function != "adjective":
                    g = x
                    while g.dep_ in ("compound", "amod", "nmod", "flat") and g.head.i != g.i:
                        g = g.head
                    if not (g.dep_ == "poss" and g.head.i == h.i
                            or g.dep_ == "pobj" and g.head.lower_ in _INSIDE_PREPS):  # fmt: skip
                        continue  # "in Syria", "Syria's"; not "an attack of Turkey"
                counts = self.memory.people_homes.setdefault(home, {})
                counts[m.term.entity.country] = counts.get(m.term.entity.country, 0) + 1
                break

    def _domestic_doer(self, tok) -> str | None:
        """The country of the opposition figure or party that does the act whose object or
        complement `tok` heads ("Corbyn accused the government of ...", "the opposition
        demanded that parliament ..."), else None."""
        h = tok
        if tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and tok.head.head.pos_ == "VERB":
            # "lawmakers demanded that the government expel the ambassador": the subject of
            # the demanded act is the demand's object
            h = tok.head.head
        else:
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
            # lawmakers too act on their own country's government
            opp = "OPP" in a.sector or "PTY" in a.sector or a.sector[:1] == ["LEG"]
            if a.country and opp:
                return a.country
        return None

    def _speaker(self, tok, trailing: bool = False) -> Actor | None:
        """Who says the clause `tok` is in ("He said the ministry had handed a note"): the
        subject of the speech verb above it, if it is an actor; with `trailing`, also one
        after the clause ("the army would respond, the ministry said")."""
        h = tok
        for _ in range(6):
            if h.head.i == h.i:
                return None
            h = h.head
            if h.lemma_.lower() in SPEECH_VERBS:
                subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
                if subj is None and h.dep_ in ("advcl", "conj"):
                    # "the minister told reporters ..., adding that ...": the one who adds
                    subj = next((c for c in h.head.children if c.dep_ == "nsubj"), None)
                if subj is None or (subj.i >= tok.i and not trailing):
                    return None  # a speaker after the phrase only when asked (`trailing`)
                subj = adjective_subject_noun(subj)
                got = self._resolve(subj)
                return got[0] if got else None
        return None

    def _reported_state(self, tok) -> str | None:
        """The state a speaker's report is about when its subject is one named bare ("Thailand
        would not accept them as refugees, the interior minister said"): a state's office
        speaks for that state. None when the report's subject is anything else."""
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_VERBS:
            return None
        said = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
        subj = [g for c in said for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        # the state's name itself, read from the matches (resolving the subject here, before
        # the speaker is known, would settle a "they" too early)
        m = self.match_at.get(subj[0].i) if subj else None
        if m is not None and m.term.entity.kind == "country" and m.term.function == "name":
            return m.term.entity.country
        return None

    def _national_title(self, phrases) -> str | None:
        """The one country whose office the title names ("home secretary" -> GBR,
        sectors.yaml `national_titles`), unless the story is datelined in another country."""
        # "the" dropped on both sides: "chancellor of the exchequer" in sectors.yaml is read as
        # "chancellor of exchequer", as the phrases are
        titles = [(" ".join(w for w in t.split() if w != "the"), c)
                  for t, c in self.kb.national_titles.items()]  # fmt: skip
        for phrase in phrases:
            words = [w.strip(",") for w in phrase.lower().split()]
            words = " ".join(w for w in words if w and w not in ("shadow", "the"))
            country = next((c for t, c in titles if f" {t} " in f" {words} "), None)
            if country and self.memory.dateline_country in (None, country):
                return country
        return None

    def _title_phrases(self, tok) -> list[str]:
        """ "home secretary" for "the shadow home secretary", "chancellor of the exchequer"."""
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        start = min([tok.i] + [c.i for c in mods])
        out = [self.doc[start : tok.i + 1].text]
        out += [f"{tok.lower_} of {g.lower_}" for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.pos_ in ("NOUN", "PROPN")
        ):
            # "the chancellor of the exchequer", one sector term whose head is "exchequer"
            out.append(f"{tok.head.head.lower_} of {tok.lower_}")
        return out

    def _orderer_country(self, tok, sector: str) -> str | None:
        """ "Serbian President X ordered the army to raise its readiness": a bare definite
        force ordered by a state's leader or government is that state's own, not the army of
        the last country the sentence named ("along the boundary with Kosovo")."""
        if (
            sector not in ("MIL", "COP")
            or not self._has_det(tok)
            or tok.dep_ != "dobj"
            or not token_in(tok.head, COMMANDING_VERBS)
            or any(c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in tok.children)
        ):
            return None
        bosses = {a.country for s in clause_subjects(tok.head) for a in self._resolve(s)
                  if a.country and not a.org and set(a.sector) & {"GOV", "MIL"}}  # fmt: skip
        return bosses.pop() if len(bosses) == 1 else None

    def _implicit_country(self, tok, sector: str) -> str | None:
        """ "the government", "the ministry": the country the document is about.
        "Several hardline lawmakers", "judges" (no article): the country of the last such
        institution named, if any was named lately. A title of one state, a legislature's own
        name or a leader the body is named after says more than the scene; the scene a
        sentence opens with ("In Washington, the Treasury Department ...") says more than the
        story's country."""
        national = self._national_title(self._title_phrases(tok))
        if national is not None:
            return national  # "the home secretary" in a story set in Syria: Britain's
        if sector == "LEG" and tok.pos_ == "PROPN":
            named = self._legislature_named(tok)
            if named is not None:
                return named  # "Members of Congress" in a story about Germany: the US's
        if sector == "GOV":
            # "the regime of Bashar al-Assad", "the government of Viktor Orban": the country of
            # the leader it is named after
            leaders = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj" for a in self._resolve(g)
                       if is_person(a) and a.country]  # fmt: skip
            if len({a.country for a in leaders}) == 1:
                return leaders[0].country
        if self._opens_at_home(tok):
            home = self.memory.home_country()
            if home:
                return home  # "At home, the opposition urged the government to ..."
        if self._has_det(tok) or tok.pos_ == "PROPN":
            opened = self._fronted_scene_country(tok)
            if opened is not None:
                return opened  # "In Washington, the Treasury Department ..." in a Congo story
        if sector == "GOV" and any(
            c.dep_ == "det" and c.lower_ in ("that", "this") for c in tok.children
        ):
            # "Much the same is true of Bahrain: it is that authoritarian regime that ...": the one
            # country the sentence has just named
            named = {
                m.term.entity.country
                for m in self.matches
                if tok.sent.start <= m.start < tok.i
                and m.term.entity.kind == "country"
                and m.term.function in ("name", "capital", "seat")
            } - {None}
            if len(named) == 1:
                return next(iter(named))
        # "outside Congress in Buenos Aires", "Parliament voted": a legislature's proper name
        definite = self._has_det(tok) or (
            sector == "LEG" and tok.pos_ == "PROPN" and tok.tag_ == "NNP"
        )
        if (sector in ("MIL", "COP") and not definite and tok.tag_ in ("NNS", "NN") and any(
                c.dep_ in ("compound", "amod", "nmod") and c.lower_ in STATE_FORCE_WORDS
                and c.i > 0 and self.doc[c.i - 1].lower_ not in ("pro", "anti", "-")
                for c in tok.children)):  # fmt: skip
            # "Government forces shelled the town", "regime troops", "a government helicopter":
            # the army of the government the story is about (not that of the last army named:
            # "Russian jets ... government forces"); "pro-government militias" are no such army
            rebels = next((a for a in self.memory.recent(0) if a.country
                           and set(a.sector) & {"REB", "OPP"} and not is_person(a)), None)  # fmt: skip
            if rebels is not None:
                # "The SPLM-IO accused government troops of shelling": the rebels' own
                # government, whatever country the story is mostly about
                return rebels.country
            # a town, region or capital of one country named in the sentence says which
            # government ("a raid by government troops on Kidal" in a story that names
            # France most)
            place = self._scene_country(tok, ("capital", "seat", "region"), placed=False)
            if place is not None:
                return place
            return self.memory.focus_country()
        if (
            sector in ("MIL", "COP")
            and tok.dep_ in ("nsubj", "nsubjpass")
            and not any(c.dep_ == "amod" for c in tok.children)
            and (
                (not definite and tok.tag_ == "NNS")
                or (
                    definite
                    and not any(c.dep_ in ("compound", "poss", "prep") for c in tok.children)
                )
            )
        ):
            # "The defence ministry said soldiers had been deployed to guard fuel depots": the
            # soldiers a state body reports on are its own, whatever army was told last ("the
            # interior minister said troops had been sent to the border", after a neighbour's
            # air strikes); "the army would respond, the ministry said" after the ministry
            # accused a neighbour: its own state's army, not the neighbour's
            speaker = self._speaker(tok, trailing=definite)
            if (
                speaker is not None
                and speaker.country
                and not speaker.org
                and set(speaker.sector) & {"GOV", "MIL", "COP"}
            ):
                return speaker.country
        commander = _commander(tok) if sector == "MIL" else None
        if commander is not None:
            # "soldiers loyal to President X", "troops under General Y": the troops of the
            # commander's country, else (a commander the files do not know) as bare troops
            led = {a.country for a in self._resolve(commander)} - {None}
            if len(led) == 1:
                return led.pop()
        if (
            sector == "MIL"
            and not definite
            and tok.tag_ == "NNS"
            and tok.lemma_.lower() in BARE_TROOP_NOUNS
            and (
                commander is not None
                or not any(
                    c.dep_ in ("amod", "compound", "nmod", "poss", "prep") and not _force_kind(c)
                    for c in tok.children
                )
            )
        ):
            # "... killing eight soldiers, the army said. Troops pursued the attackers": bare
            # troops are the one army the story told of in this or the FORCE_WINDOW sentences
            # before; with two armies told (a border clash), no guess
            army = self._force_told({"MIL"})
            if army is not None:
                return army.country
            home = self._domestic_force_home()
            if home:
                return home
        # a definite state body ("the ministry", "the army", "the security service"): the
        # country the story is about, as for its government
        if sector not in STATE_SECTORS or not (
            definite or (tok.tag_ == "NNS" and sector in ("LEG", "JUD", "COP"))
        ):
            return None
        word = tok.lower_
        if (
            word in PLACED_ARMS
            and self._has_det(tok)
            and not any(c.dep_ in ("amod", "compound", "prep", "poss") for c in tok.children)
            and not self._acted_on_abroad(tok)
        ):
            # "He was on holiday in western Turkey when the authorities arrested him", in a
            # story about a Briton: the authorities, the police of the one country the
            # sentence places the scene in, whatever country the story is mostly about
            placed = self._scene_country(tok)
            if placed:
                return placed

        if sector == "GOV" and definite:
            state = self._reported_state(tok)
            if state is not None:
                return state  # "Thailand would shelter them, the interior minister said"

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
        if sector == "GOV" and definite and focus and _paired_with_opposition(tok):
            # "urged the government and the opposition to return to talks": the two sides of
            # the country the story is about, not the speaker's own government
            return focus
        if sector == "GOV" and definite and word in MINISTRY_HEADS:
            head_of = self._ministry_told(tok)
            if head_of is not None:
                return head_of
        # "the junta", "the military government": one ruler named either way ("Niger's junta
        # ordered ... a withdrawal the military government ordered")
        mods = [c.lower_ for c in tok.children if c.dep_ == "amod" and c.i < tok.i]
        ruler = definite and (word in RULER_NOUNS or " ".join(mods[-1:] + [word]) in RULER_PHRASES)
        # (a ruler told in any sector: "Mali's transitional government" is GOV, "the junta" MIL)
        same = self.memory.last(
            lambda a: (
                (institution(a) and a.text.lower().split()[-1:] == [word])
                or (
                    ruler
                    and _rules(a)
                    and a.country is not None
                    and not is_person(a)
                    and not a.why.startswith("coref")
                )
            ),
            within=None if ruler else 6,
        )
        if same is not None:
            return same.country
        if ruler and focus:
            return focus  # "the junta": the ruler of the country the story is about
        speaker = self._speaker(tok) if word not in MISSION_NOUNS else None
        if speaker is not None and speaker.country and set(speaker.sector) & {"GOV", "ELI", sector}:
            # "Foreign Minister Tsahkna ... He said the ministry had ...", "former US
            # officials said the administration wants ..."
            return speaker.country
        # "Myanmar's army ... the army": the country of the last such institution named
        prev = self.memory.last(institution, within=3)
        if (
            prev is not None
            and sector in ("MIL", "COP")
            and definite
            and focus
            and focus == home
            and prev.country != focus
            and prev.text.lower().split()[-1] in FORCE_CRAFT_NOUNS
            and not any(c.dep_ in ("amod", "compound", "prep", "poss") for c in tok.children)
        ):
            # "Pirates attacked a Cameroonian navy patrol boat ... the navy arrested six", in a
            # story datelined in Nigeria and about it: a foreign force's boat is no mention of
            # that force; the bare navy is the story's own
            return focus
        if prev is not None:
            return prev.country
        if sector == "COP" and not definite and word in ("police", "policemen", "policewomen"):
            return self._domestic_force_home()  # "Police fired tear gas" in a domestic story
        return self.memory.focus_country() if definite else None

    def _ministry_told(self, tok) -> str | None:
        """ "Georgia's defence ministry accused Russian troops ... The minister warned": the
        minister heads the ministry named just before and is of its country, whatever sector
        the ministry is coded in (a defence ministry is MIL, no GOV institution). None when
        the phrase has modifiers of its own ("the Russian minister") or no ministry was told."""
        if any(c.dep_ in ("amod", "compound", "poss", "prep") for c in tok.children):
            return None
        ministry = self.memory.last(
            lambda a: (
                a.country is not None
                and not is_person(a)
                and not a.why.startswith("coref")
                and any(w in MINISTRY_NOUNS for w in a.text.lower().split())
            ),
            within=3,
        )
        return ministry.country if ministry is not None else None

    def _host_of_envoy(self, tok, country: str | None) -> str | None:
        """ "The foreign ministry summoned the Chinese ambassador", "the Department of Foreign
        Affairs sent a protest note to the Chinese embassy": a body of no named country that
        summons or writes to a country's envoy or embassy is not that country's own, whatever
        body of it was named last; it is the story's home (the dateline's country, else the
        country the story is about). `country`: the guess so far, kept otherwise."""
        if country is None or tok.dep_ != "nsubj":
            return country
        verb = tok.head
        verbs = [verb] + [
            c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
        ]
        for v in verbs:
            for t in v.subtree:
                if not (token_in(t, ENVOY_NOUNS) or token_in(t, MISSION_NOUNS)):
                    continue
                if not _object_of(t, v):
                    continue
                guests = {a.country for a in self._resolve(t)} - {None}
                if guests != {country}:
                    continue
                for home in (self.memory.dateline_country, self.memory.focus_country()):
                    if home and home != country:
                        return home
        return country

    def _host_leader(self, tok, country: str | None) -> str | None:
        """ "Iran's foreign minister met the emir in Doha", "Japan's ambassador, who met the
        speaker of parliament" (a story about Mongolia): a bare leader's title that another
        state's official meets or acts on names the host's leader, not the doer's own; it is
        the leader of the one country the sentence places its scene in, else of the country
        the story is about. `country`: the guess so far (the doer's, named last), kept when
        the title is no object of a doer of that country or no other country is told."""
        if country is None or not self._has_det(tok) or not _leader_title(tok):
            return country
        verb = tok
        while verb.dep_ in ("dobj", "pobj", "prep", "dative", "appos") and verb.head != verb:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or not _object_of(tok, verb):
            return country
        doers = [
            verb.head if s.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" else s
            for s in clause_subjects(verb)
        ]
        if country not in {a.country for d in doers for a in self._resolve(d)}:
            return country
        for host in (self._scene_country(tok), self.memory.focus_country()):
            if host and host != country:
                return host
        return country

    def _legislature_named(self, tok) -> str | None:
        """A legislature's proper name the files give one country's ("Congress": the US's),
        in a story about a country whose own legislature the files know by another name (the
        Bundestag, the Legislative Yuan): that one country's. None where the story's country
        has none listed or one of that name ("Congress" in a story about Peru or Spain)."""
        owners = self.kb.legislature_owners(tok.text)
        focus = self.memory.focus_country()
        if len(owners) != 1 or not focus or focus in owners:
            return None
        own = self.kb.legislature_names(focus)
        if not own or any(tok.lower_ in name.split() for name in own):
            return None
        return next(iter(owners))

    def _acted_on_abroad(self, tok) -> bool:
        """`tok` comes after a scene that opens the sentence and is no part of the main
        clause's subject ("In Washington, the State Department condemned the police"): the
        scene is the doer's, and what is acted on there (whatever the verb: no verb is
        checked) is the story's, not the scene's."""
        fronted = fronted_phrase(tok.sent, ("in",))
        return (
            fronted is not None
            and tok.i > fronted[1]
            and not any(tok == s or s in tok.ancestors for s in clause_subjects(tok.sent.root))
        )

    def _opens_at_home(self, tok) -> bool:
        """The sentence opens with "At home," (word class home_scene_openers) and `tok` comes
        after that comma: the story turns back to its own country."""
        sent = tok.sent
        comma = next((t.i for t in sent[:4] if t.text == ","), None)
        if comma is None or tok.i <= comma:
            return False
        return sent.doc[sent.start : comma].text.lower() in HOME_SCENE_OPENERS

    def _fronted_scene_country(self, tok) -> str | None:
        """The country of the capital, seat or country that opens the sentence as a scene
        ("In Washington, the State Department ...", "In Beijing, the foreign ministry ..."):
        reporters move the story there, and the unqualified body acting after the comma (the
        subject of the clause the scene opens, or a word inside it) is that state's. None when
        the sentence opens otherwise, the phrase comes first, or it is no part of the subject:
        the bodies acted on stay the story's ("In Washington, the State Department urged the
        army to ..." in a Congo story: Congo's army)."""
        sent = tok.sent
        fronted = fronted_phrase(sent, ("in",))
        if fronted is None or tok.i <= fronted[1]:
            return None
        if not any(tok == s or s in tok.ancestors for s in clause_subjects(sent.root)):
            return None
        for m in self.matches:
            ent = m.term.entity
            if m.start != sent.start + 1 or m.end != fronted[1] or ent.kind != "country":
                continue
            if ent.country and m.term.function in ("name", "capital", "seat"):
                return ent.country
        return None

    def _scene_country(
        self, tok, functions=("name", "capital", "seat", "region"), placed: bool = True
    ) -> str | None:
        """The one country the sentence places its scene in: a country, its capital or a region
        of it named as the object of a place preposition ("at a resort in western Turkey",
        "near the border in northern Kenya"); None when none or several are. `functions`: the
        kinds of mention that count; `placed` False: any mention, with no preposition needed."""
        sent = tok.sent
        got = set()
        for m in self.matches:
            ent = m.term.entity
            if not (sent.start <= m.start < sent.end) or ent.kind != "country" or not ent.country:
                continue
            if m.term.function not in functions:
                continue
            if not placed:
                got.add(ent.country)
                continue
            t = phrase_head(self.doc[m.end - 1])
            if t.dep_ == "pobj" and t.head.lower_ in SCENE_PREPS:
                got.add(ent.country)
        return next(iter(got)) if len(got) == 1 else None


PLACED_ARMS = word_class("placed_arm_words")  # data/word_classes.yaml
SCENE_PREPS = word_class("scene_preps")  # data/word_classes.yaml

SIDE_NOUNS = word_class("domestic_side_nouns")  # data/word_classes.yaml


def _paired_with_opposition(tok) -> bool:
    """ "the government and the opposition", "the government and (the) rebels": the two sides
    of one country (the parser may hang the second on the verb, so the words count too)."""
    if any(c.dep_ == "conj" and c.lemma_.lower() in SIDE_NOUNS for c in tok.children):
        return True
    nxt = [t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 4]]
    return (
        nxt[:1] == ["and"] and bool(set(nxt[1:3]) & SIDE_NOUNS) and nxt[1] in ("the", *SIDE_NOUNS)
    )


_INSIDE_PREPS = word_class("people_inside_preps")  # data/word_classes.yaml


def _across_border(sent) -> bool:
    """The sentence tells of an act across a border ("shelled the town across the border",
    "a cross-border raid"): a place in it may be the other side's."""
    low = [t.lower_ for t in sent]
    return any(
        w in ("border", "frontier") and i >= 2 and low[i - 2] == "across" for i, w in enumerate(low)
    ) or any(
        w == "cross" and i + 2 < len(low) and low[i + 2] == "border" for i, w in enumerate(low)
    )


def _force_kind(mod) -> bool:
    """A modifier that says only what kind of troops they are ("special forces troops",
    "elite soldiers", "airborne troops"; word class force_kind_words): no side or country."""
    return mod.dep_ in ("amod", "compound") and all(
        t.lower_ in FORCE_KIND_WORDS or t.dep_ == "punct" for t in mod.subtree
    )


def _commander(tok):
    """The person a bare force serves under, as its phrase tells ("soldiers loyal to President
    X", "troops under General Y", "troops commanded by Z"): the head of that person's name,
    else None."""
    for c in tok.children:
        if c.dep_ == "amod" and c.lower_ == "loyal":
            links = [p for p in c.children if p.dep_ == "prep" and p.lower_ == "to"]
        elif c.dep_ == "prep" and c.lower_ == "under":
            links = [c]
        elif c.dep_ == "acl" and c.lemma_.lower() in ("command", "lead"):
            links = [p for p in c.children if p.dep_ == "agent"]
        else:
            continue
        for link in links:
            for o in link.children:
                if o.dep_ == "pobj" and o.pos_ == "PROPN":
                    return o
    return None


def _leader_title(tok) -> bool:
    """`tok` heads a title of a state's or legislature's head ("the emir", "the prime
    minister", "the speaker of parliament")."""
    words = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    return token_in(tok, LEADER_TITLES) or " ".join([*words, tok.lower_]) in LEADER_TITLES


def _object_of(t, verb) -> bool:
    """`t` is the verb's object, or the object of a "to"/"with" phrase on it or on its object
    ("summoned the ambassador", "sent a note to the embassy", "lodged a protest with the
    embassy"), with no clause between."""
    while t.i != verb.i:
        if t.dep_ not in ("dobj", "pobj", "prep", "dative", "appos"):
            return False
        if t.dep_ in ("prep", "dative") and t.lower_ not in ("to", "with"):
            return False
        t = t.head
    return True
