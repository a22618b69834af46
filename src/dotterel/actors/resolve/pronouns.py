"""Pronouns to actors: he/she to the nearest fitting person (the subject of the clause or
sentence first), it/its to a country or body, they/them to a coordinated group or body,
we to the quoted speaker's body; with the clause structures that decide between them
(controllers, cataphora, bracketed insertions, expletive "it", speakers' own "it")."""

from __future__ import annotations

import re

from ...doccache import doc_ents, doc_text
from ...model import Actor
from ...words import with_typographic, word_class
from .common import _copy, group_body, is_person, patient_possessive
from .memory import PLURAL_WHYS
from .vocab import (
    ACTOR_OBJECT_VERBS,
    ARMED_MEN_SECTORS,
    ATTACKER_NOUNS,
    BODY_LEADER_NOUNS,
    CHAIR_NOUNS,
    CITY_NOUNS,
    COUNTRY_NOUNS,
    CROWD_NOUNS,
    EMPHATIC_REFLEXIVES,
    EXPLETIVE_WORDS,
    FEMININE,
    LEADER_NOUNS,
    OFFICE_SECTORS,
    ORG_ANAPHORS,
    PERSON_PAIR_NOUNS,
    PERSON_PRONOUNS,
    PERSON_ROLE_NOUNS,
    PLURAL_BODIES,
    PLURAL_PRONOUNS,
    QUANTITY_NOUNS,
    REPORTING_LEMMAS,
    SAY_VERBS,
    SPOKES_NOUNS,
    STATEMENT_INTRO_VERBS,
    THING_PRONOUNS,
)

VEHICLE_VERBS = word_class("vehicle_verbs")  # data/word_classes.yaml


# places, which an object "it" may stand for but which are no thing it takes over from the
# sentence before ("Rebels attacked the town. Iran armed the militias allied with it")
PLACE_NOUNS = word_class("taken_place_nouns") | CITY_NOUNS  # data/word_classes.yaml
# nouns that name an actor (a role, a country, a body): never the thing an object "it" takes
# over from a subject or object before it (`_thing_subject_before`, `_thing_object_before`)
ACTOR_NOUNS = frozenset(PERSON_ROLE_NOUNS | COUNTRY_NOUNS | ORG_ANAPHORS)
EXPLETIVE_VERBS = word_class("expletive_verbs")  # data/word_classes.yaml
# verbs whose object does the infinitive they govern: "asked the court to annul them"
OBJECT_CONTROL_VERBS = word_class("appeal_verbs") | word_class("commanding_verbs")

# verbs of laying blame ("blamed the group, saying its gunmen ..."): data/word_classes.yaml
ACCUSING_VERBS = word_class("accusing_verbs")
# armed men of no state's forces ("its fighters", "their militiamen")
IRREGULAR_MEN = ARMED_MEN_SECTORS - {"MIL"}

# "fired on one of its posts": a force's posts attacked are not the attacker's own
FORCE_HOLDING_NOUNS = word_class("force_holding_nouns")  # data/word_classes.yaml
ATTACK_OBJECT_VERBS = word_class("attack_object_verbs")  # data/word_classes.yaml


def _attacked_holding(tok) -> tuple | None:
    """The object phrase an attack verb aims at when the possessive `tok` owns a force's post
    or unit in it ("shelled its positions", "fired on one of its observation posts"), with
    the verb; else None. Such a possessive is not the attacker (as "attacked it" is not)."""
    if tok.dep_ != "poss" or tok.head.lemma_.lower() not in FORCE_HOLDING_NOUNS:
        return None
    n = tok.head
    while (
        n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ in ("NOUN", "NUM", "PRON")
    ):
        n = n.head.head  # "one of its posts"
    verb = n.head.head if n.dep_ == "pobj" and n.head.lower_ in ("on", "at") else n.head
    if n.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in ATTACK_OBJECT_VERBS:
        return None
    return n, verb


def _accused_doers(verb) -> list:
    """The accused, who the accuser says did the act a gerund tells ("Peru accused Chile of
    firing at its posts", "blamed Uganda for shelling its posts": Chile, Uganda)."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in ("of", "for"):
        return []
    if verb.head.head.lemma_.lower() not in ACCUSING_VERBS:
        return []
    return [c for c in verb.head.head.children if c.dep_ == "dobj"]


# acts done to people ("they killed five soldiers"): who did them is not who suffered them
HARM_VERBS = word_class("victim_object_verbs")  # data/word_classes.yaml
RELEASE_VERBS = word_class("release_verbs")  # data/word_classes.yaml ("freed the officials")


def _last_word(a: Actor) -> str:
    """The last word of an actor's phrase, lower-cased ("a top U.S. official": "official"),
    the noun that says whether the phrase is one person, a crowd or several."""
    return a.text.split()[-1].lower() if a.text else ""


# what "it took" a span of ("it took a week to agree")
DURATION_NOUNS = word_class("duration_nouns")  # data/word_classes.yaml

# how a bare state or place is named: one country, capital, region or city ("Turkey",
# "Ankara", "Afrin", "the Syrian winter"); its people are named by a plural ("the Turks")
SINGULAR_PLACE_WHYS = ("kb:country:name", "kb:country:capital", "kb:country:region",
                       "kb:country:modifier", "kb:country:adjective", "kb:country:seat",
                       "kb:region")  # fmt: skip


def _singular_place(a: Actor) -> bool:
    """`a` is a state or place named by a singular name and nothing more ("Turkey", "in
    Afrin", "the Syrian winter"): "they" does not agree with it in number. "They shelled the
    hospital" after "Turkey launched an offensive on Afrin" is the gunners, told of or not,
    not the state or the town; a group ("Russia and China ... They") is read before this."""
    if a.why.startswith(("coref:pronoun:it", "coref:country")):
        return True  # what "it" or "the country" stood for is one, whatever it is
    return (a.org is None and not a.sector and not is_person(a)
            and a.why.startswith(SINGULAR_PLACE_WHYS))  # fmt: skip


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


QUOTED_STATEMENT_NOUNS = word_class("quoted_statement_nouns")  # data/word_classes.yaml


def _speaks(verb, tok) -> bool:
    """`verb` says the clause `tok` is in: a verb of saying, or one that opens a statement
    quoted after a colon ('issued a statement: "We ..."')."""
    lem = verb.lemma_.lower()
    if lem in SAY_VERBS:
        return True
    i, j = sorted((verb.i, tok.i))
    return lem in STATEMENT_INTRO_VERBS and any(t.text == ":" for t in verb.doc[i:j])


# a turn of an interview printed as questions and answers
INTERVIEW_TURN = re.compile(r"\s*(Q|A|Question|Answer)\s*:\s")


# "it's": the parser leaves the curly-apostrophe form without the lemma "be"
CONTRACTED_IS = with_typographic({"'s"})


class Pronouns:
    """Part of SentenceActors: pronouns and the clauses that decide them."""

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

    def _interview_part(self) -> str | None:
        """ "Q" or "A" when the paragraph is a question or an answer of an interview printed
        as such ("Q: ...", "A: ...", "Question: ..."), else None."""
        if self.turn:  # a transcript's label, cut off before parsing (pipeline.py)
            return self.turn
        m = INTERVIEW_TURN.match(doc_text(self.doc))
        if m is None:
            return None
        return "Q" if m.group(1)[0] == "Q" else "A"

    def _interviewee(self) -> list[Actor]:
        """The person an interview is with: the one the story's own paragraphs (not its
        questions and answers, which name whom they talk about) have named most, a subject
        counting twice (a person of a country, not a journalist), the latest of equals."""
        turns = [(p.offset, p.offset + len(doc_text(p.doc))) for p in self.memory.paragraphs
                 if p._interview_part() is not None]  # fmt: skip
        counts: dict[str, int] = {}
        last: dict[str, Actor] = {}
        for a in self.memory.seen:
            if (
                is_person(a)
                and a.country
                and "MED" not in a.sector
                and not any(x <= a.start < y for x, y in turns)
            ):
                counts[a.name] = counts.get(a.name, 0) + (2 if id(a) in self.memory.subjects else 1)
                last[a.name] = a
        if not counts:
            return []
        best = max(counts.values())
        top = [a for n, a in last.items() if counts[n] == best]
        return [max(top, key=lambda a: self.memory.sentence_index(a))]

    def _quoted_speaker(self, tok) -> list[Actor]:
        """The one who says the clause a first-person pronoun is in, before or after it
        ('X said: "We ..."', '"We ...," X said', '"We ...," he said'): an actor who speaks for
        a body (`_speaks_for_body`), else no one."""
        h = tok
        for _ in range(6):
            verb = None
            if h.dep_ in ("ccomp", "parataxis") and _speaks(h.head, tok):
                verb = h.head
            elif (h.dep_ in ("acl", "appos") and h.head.lemma_.lower() in QUOTED_STATEMENT_NOUNS
                  and h.head.head.i != h.head.i and _speaks(h.head.head, tok)):  # fmt: skip
                verb = h.head.head  # 'issued a statement: "We condemn the vote"'
            else:
                verb = next((c for c in h.children if c.dep_ in ("parataxis", "ccomp")
                             and _speaks(c, tok) and c.i > tok.i), None)  # fmt: skip
            if verb is not None:
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subj is None or subj.lower_ in ("we", "i", "you"):
                    return []
                if subj.lemma_.lower() in QUOTED_STATEMENT_NOUNS and not self._resolve(subj):
                    return self._statement_author(subj)  # '"We ...," the statement said'
                return [a for a in self._resolve(subj) if _speaks_for_body(a)]
            if h.head.i == h.i:
                break
            h = h.head
        return self._colon_speaker()

    def _statement_author(self, noun) -> list[Actor]:
        """The body whose statement a quoted "we" is in ('"We declare a ceasefire," the
        communique said'): named on the noun ("the army's statement", "a statement from the
        rebels") or told issuing it before, in this paragraph or the two before it ("The
        rebels issued a communique on Sunday.", "In a statement, the ministry said ..."): the
        subject of the verb whose object (or whose phrase's object) is the same noun; else no
        one."""
        for c in noun.children:
            if c.dep_ == "poss":
                return [a for a in self._resolve(c) if _speaks_for_body(a)]
            if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                got = [g for g in c.children if g.dep_ == "pobj"]
                return [a for a in self._resolve(got[0]) if _speaks_for_body(a)] if got else []
        paras = self.memory.paragraphs
        here = next((k for k in range(len(paras) - 1, -1, -1) if paras[k] is self), None)
        if here is None:
            return []
        lemma = noun.lemma_.lower()
        for para in (paras[k] for k in range(here, max(here - 3, -1), -1)):
            toks = [t for t in para.doc if para is not self or t.i < noun.i]
            for t in reversed(toks):
                if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
                    continue
                v = t.head if t.dep_ == "dobj" else t.head.head if t.dep_ == "pobj" else None
                if v is None or v.pos_ != "VERB":
                    continue
                subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
                if subj is None or subj.lower_ in ("we", "i", "you", "it", "they"):
                    return []
                return [a for a in para._resolve(subj) if _speaks_for_body(a)]
        return []

    def _colon_speaker(self) -> list[Actor]:
        """The one whose statement this paragraph quotes when the paragraph right before it
        ends "X has issued a statement:", "X posted on X:" or "X told reporters:" (a live
        blog's quoted statement, with no speaker of its own): X, when X speaks for a body
        (`_speaks_for_body`)."""
        paras = self.memory.paragraphs
        if len(paras) < 2 or paras[-1] is not self:
            return []
        prev = paras[-2]
        if not 0 <= self.offset - (prev.offset + len(doc_text(prev.doc).rstrip())) <= 4:
            return []  # a paragraph between them (or one not parsed)
        sents = list(prev.doc.sents)
        last = [t for t in sents[-1] if not t.is_space] if sents else []
        if not last or last[-1].text != ":":
            return []
        verb = sents[-1].root
        if verb.lemma_.lower() not in STATEMENT_INTRO_VERBS:
            return []
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in ("we", "i", "you"):
            return []
        return [a for a in prev._resolve(subj) if _speaks_for_body(a)]

    def _pronoun(self, tok) -> list[Actor]:
        low = tok.lower_
        s, e = tok.idx + self.offset, tok.idx + len(tok) + self.offset
        here = {s}
        inserted = self._bracketed(tok)
        if inserted is not None:
            # 'said: "It [the UK government] has undertaken ..."': the editor says who
            return [_copy(a, tok.text, s, e, "coref:pronoun:bracketed") for a in inserted]
        nominal_head = tok.head.pos_ in ("NOUN", "PROPN")
        if low in EMPHATIC_REFLEXIVES and tok.dep_ in ("appos", "npadvmod") and nominal_head:
            # "would not negotiate the border itself", "met the president himself": an emphatic
            # reflexive repeats the noun it follows, which says who (if anyone) is meant
            return []
        if low == "both":
            # "gave the envoy 48 hours to leave, accusing both of lying", "Kenya and Uganda signed
            # the deal, and both pledged": the two parties told just before (anaphora.py)
            return self._both(tok)
        if low == "whose":
            # "Israel, whose jets struck ...": the noun the relative clause hangs on
            return [_copy(a, tok.text, s, e, "coref:pronoun:whose") for a in self._antecedent(tok)]
        accused = self._accused_men_owner(tok)
        if accused:
            return [_copy(a, tok.text, s, e, "coref:pronoun:accused") for a in accused]
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
            # "suspected Boko Haram members and their relatives", "Russia and its allies": the
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
                # a person named, or one described ("India's army chief said his forces ...",
                # or the last sentence's main subject: "The region's leader appealed to Moscow.
                # He also blamed ...") but not a role someone is cast "as" ("presenting
                # himself as the voice of ...")
                return ((is_person(a) or ((self._person_phrase(a) or _member_role(a))
                                          and not a.why.startswith("coref")
                                          and self._described_here(a)
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
            if (prev is not None and (prev.kb_id or (prev.name or "")[:1].isupper())
                    and self._other_person_between(prev, tok)):  # fmt: skip
                # (a person described, "an imprisoned official ... Benny Faal said he", may be
                # the one named next: not checked)
                return []
            if prev is not None:
                self.memory.gender.setdefault(prev.name, gender)  # "he" once: not "she" later
            why = "coref:person:pronoun"
        elif low in THING_PRONOUNS and (self._expletive(tok) or self._thing_predicate(tok)):
            return []  # "it is true", "it seems that", "it was chaos": no one
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
            spk = (
                self._described_speaker(tok)
                or self._collective_speaker(tok)
                or self._second_clause_speaker(tok)
            )
            if spk:
                return [_copy(a, tok.text, s, e, "coref:pronoun:it") for a in spk]
            sib = self._coordinated_object(tok)
            if sib:
                return [_copy(a, tok.text, s, e, "coref:pronoun:it") for a in sib[:1]]
            own, names = self._clause_subject(tok)
            if obj and (self._thing_subject_before(tok, own) or self._thing_object_before(tok)):
                return []  # "The agreement ... began to unravel when Trump withdrew from it"
            ctrl = self._controller(tok, person=False)
            if ctrl is None:
                return []
            if ctrl:
                return [_copy(a, tok.text, s, e, "coref:pronoun:it") for a in ctrl[:1]]

            # "Britain, France and Germany said ... and demanded that it readmit the
            # inspectors": one of a plural subject of this sentence is "they", never "it"
            plural = {id(a) for a in self._coordinated_subject()}

            def body(a: Actor) -> bool:
                # not one of several a plural phrase stood for ("the bloc to which both
                # countries belong. Its executive secretary": the bloc, not one of them)
                return (not is_person(a) and self._body(a) and not self._plural_phrase(a)
                        and a.why != "coref:plural"
                        and not self._person_phrase(a) and a.name not in names
                        and not any(x <= a.start < y for x, y in own) and id(a) not in plural
                        and not self.memory.reporting(a))  # fmt: skip

            prev = None
            if (
                low == "its"
                and tok.dep_ == "poss"
                and tok.head.lemma_.lower() in BODY_LEADER_NOUNS
                and not self._government_modified(tok.head)
            ):
                # "suspended the opposition party after police detained its leader": a body
                # with leaders and members (a party, a group, a union), before any state
                # a bloc has a chair too ("the bloc's secretariat said. Its chairman, ..."),
                # a state's "its president" is no such body's
                chair = tok.head.lemma_.lower() in CHAIR_NOUNS
                prev = self.memory.salient(
                    lambda a: (
                        body(a)
                        and bool(a.sector)
                        and not set(a.sector) & (OFFICE_SECTORS - ({"IGO"} if chair else set()))
                    ),
                    skip=here,
                )
            if prev is None:
                # the subject "it" of a main clause continues the topic: of several subjects
                # of the last sentence, the main one ("The UN mission said it was alarmed that
                # rebels had killed villagers. It urged ...": the mission, not the rebels)
                main = not obj and tok.head.dep_ == "ROOT"
                prev = self.memory.salient(body, skip=here, subjects_only=obj, prefer_main=main)
                if prev is not None:
                    prev = self._settle_rivals(tok, prev, body, obj)
            why = "coref:pronoun:it"
        elif low in ("we", "us", "our", "ours", "ourselves"):
            # '"We will do whatever is needed," the defence minister said': the speaker
            # stands for the body he speaks for
            sp = self._quoted_speaker(tok) or (
                self._interviewee() if self._interview_part() == "A" else []
            )
            return [_copy(a, tok.text, s, e, "coref:pronoun:we") for a in sp[:1]]
        elif low in ("you", "your", "yours", "yourself", "i", "me", "my"):
            # an interview printed as questions and answers ("Q: ... since your air defences
            # shot down a drone", "A: My government ..."): the one interviewed
            part = self._interview_part()
            if part is None or (part == "Q") != (low in ("you", "your", "yours", "yourself")):
                return []
            return [
                _copy(a, tok.text, s, e, "coref:person:interviewee") for a in self._interviewee()
            ]
        elif low in PLURAL_PRONOUNS:
            ctrl = self._controller(tok, person=False)
            if ctrl is None:
                return []
            if ctrl:  # "urged the rebels to lay down their arms"
                return [_copy(a, tok.text, s, e, "coref:pronoun:they") for a in ctrl]
            own, names = self._clause_subject(tok)  # "the attorney general accused them": not him

            def bound(xs: list[Actor]) -> bool:
                # "Canada and Japan sanctioned two generals, accusing them": an object "them"
                # is never the subject of its own clause
                return any(x <= a.start < y for a in xs for x, y in own)

            captors = self._captors(tok)
            if captors and not bound(captors):
                # "Rebels seized six officials. ... They freed the officials": the captors
                return [_copy(a, tok.text, s, e, "coref:pronoun:they") for a in captors]
            pair = self._pair_before_between(tok)
            # "urged Ethiopia and Eritrea to show restraint and offered to mediate between them"
            if pair and not bound(pair):
                return [_copy(a, tok.text, s, e, "coref:pronoun:they") for a in pair]
            # "Soldiers clashed with rebels ... They killed five soldiers": those who killed the
            # soldiers are not the soldiers
            victim = self._victims_sector(tok)
            plural = self._plural_told_last(tok)
            if (
                plural
                and not bound(plural)
                and not (victim and all(victim in a.sector for a in plural))
            ):
                # "spoke with both leaders and urged them to respect the truce"
                return [_copy(a, tok.text, s, e, a.why) for a in plural]
            group = self.memory.recent_group()
            if group and (bound(group) or victim and all(victim in a.sector for a in group)):
                group = None
            if group and self._group_is_latest(group):
                return [_copy(a, tok.text, s, e, "coref:person:they" if is_person(a) else "coref:pronoun:they")
                        for a in group]  # fmt: skip
            if self._unknown_plural_subject(tok):
                return []
            # "the army said troops had pushed them back": not the force itself either
            force = self._force_subject(own) if tok.lower_ == "them" else set()
            crowd = self._crowd_of_force(tok, own, names, here) if force else None
            if force and None not in force:
                # "Sweden withdrew its troops months after the junta ordered them to leave":
                # a foreign force this sentence named before a crowd told earlier
                crowd = self.memory.last(lambda a: bool(set(a.sector) & {"COP", "MIL"})
                                         and a.country is not None and a.country not in force
                                         and self._plural_phrase(a)
                                         and a.start < s, skip=here, within=0) or crowd  # fmt: skip
            if crowd is not None:
                return [_copy(crowd, tok.text, s, e, "coref:pronoun:they")]
            # the subject "they" of a main clause continues the last sentence's main subject,
            # not one of a clause told in passing ("The rebels overran the town, seizing 11
            # officials as thousands of residents fled. They freed ...": the rebels)
            main = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"
            prev = self.memory.salient(lambda a: not is_person(a) and (a.code != "")
                                       and not _singular_place(a)
                                       # (a foreign force may be: "Sweden withdrew its
                                       # troops after the junta ordered them to leave")
                                       and not (set(a.sector) & {"COP", "MIL"}
                                                and (a.country in force or None in force))
                                       and not (victim and victim in a.sector)
                                       and not self.memory.reporting(a) and not self._person_phrase(a)
                                       and a.name not in names and not any(x <= a.start < y for x, y in own),
                                       skip=here, prefer_main=main)  # fmt: skip
            why = "coref:pronoun:they"
        else:
            return []
        if prev is None:
            return []
        return [_copy(prev, tok.text, s, e, why)]

    def _antecedent(self, tok) -> list[Actor]:
        """The actor a relative "whose" refers to: the head of the relative clause it opens
        ("Turkey, whose troops entered Syria": Turkey); none when it opens no such clause."""
        h = tok
        for _ in range(4):
            if h.dep_ == "relcl":
                return self._resolve(h.head)[:1]
            if h.head.i == h.i:
                break
            h = h.head
        return []

    def _settle_rivals(self, tok, prev: Actor, body, obj: bool) -> Actor | None:
        """When two bodies compete for "it" and nothing decides between them, the pronoun is
        left unresolved (no actor is better than a wrong one):
        - an object "it" taken for the subject of an earlier sentence while another body is
          named earlier in its own sentence ("Kenya restored ties. The AU may readmit Sudan,
          years after suspending it": Sudan, not Kenya; neither is sure);
        - "its" or a subject "it" taken for a body of its own sentence that is no subject,
          while another party of the sentence precedes it too ("Egypt's refusal to talk to
          Ethiopia hurt its ties with Sudan"): the possessor of the main subject ("Egypt's
          refusal") or the main subject itself is the one, else an organisation that the
          main subject phrase ends with, else none.
        Returns the actor to use, or None."""
        cur = self.memory.sentence
        start = tok.idx + self.offset

        def party(a: Actor):
            return a.org or a.code_override or a.country or a.name

        rivals = [a for a in self.memory.recent(0)
                  if a.end <= start and body(a) and party(a) != party(prev)][::-1]  # fmt: skip
        if not rivals:
            return prev
        if self.memory.sentence_index(prev) != cur:
            return None if obj else prev
        if id(prev) in self.memory.subjects:
            return prev
        subj = self._nearest_clause_subject(tok)
        if subj is None or subj.i >= tok.i:
            return None
        at = subj.idx + self.offset  # "The UN mission in Sudan (UNMISS) said it": the mission
        got = next((a for a in [prev, *rivals] if a.start <= at < a.end), None)
        if got is not None:
            return got
        owner = next((c for c in subj.children if c.dep_ == "poss"), None)
        if owner is not None:
            lo = owner.left_edge.idx + self.offset
            hi = owner.right_edge.idx + len(owner.right_edge) + self.offset
            got = next((a for a in [prev, *rivals] if lo <= a.start < hi), None)
            if got is not None:
                return got
        lo = subj.left_edge.idx + self.offset
        hi = subj.right_edge.idx + len(subj.right_edge) + self.offset
        # an organisation the subject phrase ends by naming ("The UN mission in Sudan (UNMISS)
        # said it"); not one of two parties in it ("talks between Sudan and Egypt")
        last = next((a for a in self.memory.recent(0) if lo <= a.start < hi), None)
        return prev if last is prev and prev.org is not None else None

    def _accused_men_owner(self, tok) -> list[Actor]:
        """ "The army blamed the JNIM for the raid, saying its gunmen had fired on soldiers":
        the armed men who did the deed an accuser tells of are the accused's, not the
        accuser's own; the one blamed is the object of the verb of blame above the clause,
        and only an irregular force blamed by an accuser that is none has such men."""
        men = tok.head
        if tok.lower_ not in ("its", "their") or tok.dep_ != "poss" or men.dep_ != "nsubj":
            return []
        if men.lemma_.lower() not in ATTACKER_NOUNS and self._sector_noun(men) not in IRREGULAR_MEN:
            return []  # ("saying its soldiers repelled them": an army's soldiers are its own)
        verb = men.head
        while verb.lemma_.lower() not in ACCUSING_VERBS:
            if verb.head == verb or verb.dep_ not in ("ccomp", "advcl", "xcomp", "pcomp"):
                return []  # (not "accused Ankara ... and said its fighters": the accuser's)
            verb = verb.head
        blamed = [c for c in verb.children if c.dep_ == "dobj"]
        if not blamed:
            return []
        owners = [a for a in self._resolve(blamed[0]) if not is_person(a)]
        accusers = [a for c in verb.children if c.dep_ == "nsubj" for a in self._resolve(c)]
        # only the blamed irregulars' men, never a state's: "Boko Haram blamed Nigeria's army
        # ..., saying its fighters had only attacked soldiers" tells of the accuser's own men
        if not any(IRREGULAR_MEN & set(a.sector) for a in owners) or any(
            IRREGULAR_MEN & set(a.sector) for a in accusers
        ):
            return []
        return owners

    def _captors(self, tok) -> list[Actor]:
        """The subject "they" of a verb of setting free whose object names those a seizure
        or arrest told lately took ("Rebels seized six officials in Kidal. Hundreds gathered to
        demand their release. They freed the officials on Friday"): who frees them is who
        took them, not the last plural actor told."""
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in RELEASE_VERBS:
            return []
        for c in tok.head.children:
            if c.dep_ == "dobj":
                got = self.memory.captors_of(c.lower_, self.memory.sentence)
                return list(got or [])
        return []

    def _victims_sector(self, tok) -> str | None:
        """The sector of those a subject pronoun's verb harms ("they killed five soldiers":
        MIL), when it is one of armed men, police or civilians."""
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in HARM_VERBS:
            return None
        for c in tok.head.children:
            if c.dep_ == "dobj":
                sec = self._sector_noun(c)
                if sec in ("MIL", "REB", "COP", "CVL", "UAF"):
                    return sec
        return None

    def _unknown_plural_subject(self, tok) -> bool:
        """A subject "they" (or "their" in the subject) after a plural subject, the nearest
        subject before it in its sentence, that names no actor ("The rebels' former backers have given up on him; they
        now want to embrace him", "Some residents stayed, but they ..."): "they" is most
        likely those, unknown, not an actor told before."""
        subject = ("nsubj", "nsubjpass")
        if tok.lower_ not in ("they", "their") or not (
            tok.dep_ in subject or (tok.dep_ == "poss" and tok.head.dep_ in subject)
        ):
            return False
        subj = None  # the nearest subject before the pronoun in its sentence
        for t in tok.sent:
            if t.i >= tok.i:
                break
            if (
                t.dep_ in ("nsubj", "nsubjpass")
                and t.pos_ != "PRON"
                and t.tag_ not in ("WDT", "WP")
            ):
                subj = t
        if subj is None:
            return False
        # a plural noun, or names coordinated ("Smith and Jones were on holiday when they were
        # detained"): none of them an actor
        heads = [subj]
        if subj.tag_ != "NNS":
            heads += subj.conjuncts
            if len(heads) < 2:
                return False
        if subj.lower_ in QUANTITY_NOUNS or subj.lemma_.lower() in QUANTITY_NOUNS or subj.like_num:
            # "Thousands of Kenyan teachers said they would strike": the actor is told at the
            # "of" phrase ("Kenyan teachers"), not at the quantity word
            heads += [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        ats = [
            h.idx + self.offset for h in heads
        ]  # the nouns, not a possessor ("the rebels' backers")
        return not any(a.start <= at < a.end and a.code for at in ats for a in self.memory.seen)

    def _other_person_between(self, prev: Actor, tok) -> bool:
        """A person named after `prev` and before the pronoun `tok` who is no actor (a
        volunteer, a resident, a witness: "Anna Reed said she ...", "Karim, who said he
        backed the offensive", "Reed was a nurse, a skill she ..."): "he" or "she" is as
        likely that person, so it is left open. The parser's person names from the
        antecedent's paragraph on are read, and a name that is the subject of the pronoun's
        sentence whatever the parser took it for."""
        start = tok.idx + self.offset
        words = set((prev.name or "").lower().replace("-", " ").split())
        subj = next((c for c in tok.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (subj is not None and subj.pos_ == "PROPN" and subj.i < tok.i
                and subj.idx + self.offset >= prev.end
                and subj.lower_ not in words and subj.ent_type_ in ("PERSON", "ORG", "")
                and not any(a.start <= subj.idx + self.offset < a.end for a in self.memory.seen)):  # fmt: skip
            return True
        # this paragraph and every earlier one back to the antecedent's
        docs = [(p.doc, p.offset) for p in self.memory.paragraphs
                if p.offset + len(doc_text(p.doc)) > prev.start and p.offset <= self.offset]  # fmt: skip
        for doc, off in docs:
            for ent in doc_ents(doc):
                lo, hi = ent.start_char + off, ent.end_char + off
                if ent.label_ != "PERSON" or lo < prev.end or hi > start:
                    continue
                if words & set(ent.text.lower().replace("-", " ").split()):
                    continue  # the same person again ("Gantulga" after "Gantulga Batbayar")
                if any(a.start < hi and lo < a.end for a in self.memory.seen):
                    continue  # an actor, weighed as one
                if _names_antecedent(ent.root, prev, off):
                    continue  # "the rebels' negotiator, who uses the alias Marlon Ruiz": his name
                return True
        return False

    def _crowd_of_force(self, tok, own, names, here) -> Actor | None:
        """An object "them" of what police or soldiers do ("Police used water cannon to
        disperse them", "arrested protesters ..., accusing them of looting") is the crowd or
        group told of last, within two sentences, not the government or ministry that spoke
        between, nor a place, nor the force itself. The caller has checked that police or
        soldiers do it (_force_subject)."""

        def crowd(a: Actor) -> bool:
            w = _last_word(a)
            supporters = a.why.startswith("supporters of:")
            return (not is_person(a) and bool(a.sector) and not set(a.sector) & OFFICE_SECTORS
                    and (supporters or a.why.startswith("text:sector")) and a.name not in names
                    and (self._plural_phrase(a) or w in CROWD_NOUNS or supporters)
                    and not any(x <= a.start < y for x, y in own))  # fmt: skip

        return self.memory.last(
            lambda a: crowd(a) and a.start < tok.idx + self.offset, skip=here, within=2
        )

    def _force_subject(self, own) -> set[str | None]:
        """The countries of the subject spans `own` (of this sentence) when they are all
        police or soldiers; empty else."""
        force = [a for a in self.memory.recent(0) if any(x <= a.start < y for x, y in own)]
        if not force or not all(set(a.sector) & {"COP", "MIL"} for a in force):
            return set()
        return {a.country for a in force}

    def _plural_told_last(self, tok) -> list[Actor]:
        """The actors a plural description stood for ("both leaders", "the two countries"),
        when it is the last actor named before `tok` (this sentence or the one before) and
        is not the clause's own subject; [] else."""
        s = tok.idx + self.offset
        own, _ = self._clause_subject(tok)
        last = next((a for a in self.memory.recent(1) if a.start < s), None)
        if last is None or last.why not in PLURAL_WHYS or any(x <= last.start < y for x, y in own):
            return []
        return self.memory.plural_members(last)

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
        clause it sits in, nearest first: in "Ruto eased his demand to see Kiir
        replaced, as part of his work with Ethiopia" both "his" are Ruto, not Kiir,
        whose clause ("Kiir replaced") holds neither; in "Trump said Kim had kept his
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
                    got = [a for a in self.memory.recent(0)
                           if lo <= a.start and a.end <= hi and a.start <= at < a.end and fits(a)]  # fmt: skip
                    if got:
                        return got[-1]  # the first named
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
        if subj.lemma_.lower() in ACTOR_NOUNS:
            return False
        return not self._resolve(subj)

    @staticmethod
    def _nearest_clause_subject(tok):
        """The subject of the nearest clause around `tok` that has one before it ("said that
        Iran's conduct was a breach of its obligations": "Iran's conduct"), else the
        sentence's main subject."""
        h = tok.head
        for _ in range(8):
            subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i
                         and not c.left_edge.i <= tok.i <= c.right_edge.i), None)  # fmt: skip
            if subj is not None:
                return subj
            if h.head.i == h.i:
                break
            h = h.head
        return next((c for c in tok.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    def _coordinated_subject(self) -> list[Actor]:
        """The actors of this sentence's coordinated subject so far ("Britain, France and
        Germany said"), when there are several."""
        live = self.memory.live_group
        if live and live[0] == self.memory.sentence and len(live[1]) > 1:
            return live[1]
        return []

    def _thing_object_before(self, tok) -> bool:
        """An object "it" in the sentence after one whose main verb's object was a thing (a
        singular noun that names no actor and no place): "The African Union welcomed the
        deal. The UN also praised it" -- "it" is the deal, not the African Union. Only for
        the direct object of a verb ("praised it"), as the thing was ("welcomed the deal"):
        "Rebels attacked the town. Iran armed the militias allied with it" is Iran."""
        if tok.dep_ != "dobj":
            return False
        if tok.sent.start > 0:
            sa, sent = self, self.doc[tok.sent.start - 1].sent
        else:
            paras = [p for p in self.memory.paragraphs if p is not self]
            if not paras or paras[-1].offset >= self.offset:
                return False
            sa, sent = paras[-1], list(paras[-1].doc.sents)[-1]
        return any(
            o.dep_ == "dobj"
            and o.pos_ == "NOUN"
            and o.tag_ == "NN"
            and o.lemma_.lower() not in ACTOR_NOUNS
            and o.lemma_.lower() not in PLACE_NOUNS
            and not sa._resolve(o)
            for o in sent.root.children
        )

    def _controller(self, tok, person: bool) -> list[Actor] | None:
        """A possessive in a clause whose doer is the object of the verb above it: "urged
        Tehran to reconsider its plan" -- "its" is Tehran; "called on the rebels to lay down
        their arms". None when that doer names no actor ("urged other countries to ...
        their"): the pronoun is no one known."""
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
                found = self._resolve(objs[0])
                if not any(a.code for a in found):
                    # "pressed other countries not to take back their citizens": the
                    # controller, though it names no actor, not anyone told before
                    return None
                got = [a for a in found if is_person(a) == person and a.code]
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

    def _collective_speaker(self, tok) -> list[Actor]:
        """ "Estonia's police said it had detained a Russian citizen": a subject "it" of what a
        force named by a collective noun (PLURAL_BODIES: "the police") says is that force, when
        its phrase says whose it is; not the state in its possessive."""
        if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
            return []
        h = tok.head
        if h.dep_ != "ccomp" or h.head.lemma_.lower() not in REPORTING_LEMMAS:
            return []
        subj = next((c for c in h.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in PLURAL_BODIES or subj.lower_ == "people":
            return []
        got = [a for a in self._resolve(subj) if a.code]
        if len(got) == 1 and got[0].country and got[0].sector and not is_person(got[0]):
            return got
        return []

    def _second_clause_speaker(self, tok) -> list[Actor]:
        """ "Russia said Ukraine had shelled its posts and that it had lodged a protest": the
        subject "it" of a second "that" clause the speaker reports is the speaker (a state or
        body), not the subject of the first clause, which the nearest-subject reading takes.
        A "that" clause coordinated under one verb of saying is the speaker's own news as
        much as the first is; a clause without "that" ("said Ukraine had shelled the posts and
        it had fled") may be a second clause of the first report, and is left alone."""
        if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
            return []
        h = tok.head
        if h.dep_ != "conj" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in h.children):
            return []
        first = h.head
        while first.dep_ == "conj":
            first = first.head
        if first.dep_ != "ccomp" or first.head.lemma_.lower() not in REPORTING_LEMMAS:
            return []
        subj = next((c for c in first.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.tag_ not in ("NN", "NNP"):
            return []
        got = [a for a in self._resolve(subj) if a.code and (a.country or a.org)]
        if len(got) == 1 and not is_person(got[0]) and not self._person_phrase(got[0]):
            return got
        return []

    def _government_modified(self, tok) -> bool:
        """ "its government spokeswoman": a government's office, so "its" is a state's, never
        a group's or a party's (which have spokesmen but no government)."""
        return any(
            c.dep_ in ("compound", "amod") and c.i < tok.i and self._sector_noun(c) == "GOV"
            for c in tok.children
        )

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
        if any(self._named_at(t.i) for t in subj.subtree):
            return None  # "The United States Africa Command said it": a name in the phrase
        if any(t.lower_ == "national" for t in subj.subtree):
            return None  # "The National Human Rights Institute said it": the story's state body
        return subj

    def _thing_predicate(self, tok) -> bool:
        """ "It was chaos", "It was a good week for the rebels": "it" is what a common noun
        that names no actor says it is (a situation, a time), not a state or group told
        before; "It is a regime with a long record" still may be."""
        if tok.lower_ != "it" or tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
            return False
        attr = next((c for c in tok.head.children if c.dep_ == "attr" and c.i > tok.i), None)
        return attr is not None and attr.pos_ == "NOUN" and not self._resolve(attr)

    @staticmethod
    def _expletive(tok) -> bool:
        if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass", "expl"):
            return tok.dep_ == "expl"
        h = tok.head
        if h.lower_ in EXPLETIVE_WORDS and any(
            c.dep_ == "auxpass" or c.lower_ in CONTRACTED_IS for c in h.children
        ):
            # "it's alleged that the brothers financed the gang", "it is claimed that ...": a passive of saying
            # or believing with a clause of its own; the one who alleges is not named
            return any(c.dep_ == "ccomp" for c in h.children)
        if tok.dep_ == "nsubjpass":
            return False
        if h.lemma_ in EXPLETIVE_VERBS:
            return True
        if h.lemma_ == "take" and any(c.dep_ == "xcomp" for c in h.children):
            # "the time it took to reach the city", "it took them a week to agree": a span
            # of time or effort, no one; "it took steps to ..." has "steps" as its object
            objs = [c for c in h.children if c.dep_ == "dobj"]
            if all(o.lemma_.lower() in DURATION_NOUNS for o in objs):
                return True
        copula = h.lemma_ in ("be", "remain", "become") or h.lower_ in CONTRACTED_IS
        return copula and any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in EXPLETIVE_WORDS for c in h.children
        )

    def _clause_subject(self, tok) -> tuple[list[tuple[int, int]], set[str]]:
        """The subject of the clause an object pronoun sits in, as character spans and the
        names it resolves to: "the US would regret attacking it" -- "it" is not the US;
        "she backed him" -- "him" is not whoever "she" is."""
        subj = self._clause_subject_tokens(tok)
        spans = [(c.left_edge.idx + self.offset, _subject_end(c).idx + len(_subject_end(c)) + self.offset)
                 for c in subj]  # fmt: skip
        names = {a.name for c in subj if c.i != tok.i for a in self._resolve(c)}
        return spans, names

    def _clause_subject_tokens(self, tok) -> list:
        """The subject tokens of the clause an object sits in (`_clause_subject`); [] for
        a subject, a possessive or a reflexive, which may refer to the clause's subject."""
        if tok in patient_possessive(tok.head):
            tok = tok.head  # "the minister ordered his arrest": as "ordered him arrested"
        held = _attacked_holding(tok)
        if held is not None:  # "fired on one of its posts": as "fired on it"
            tok, verb = held
            doers = _accused_doers(verb)
            if doers:
                return doers
        if tok.dep_ not in ("dobj", "pobj", "dative", "obj", "iobj") or tok.lower_.endswith(
            ("self", "selves")
        ):
            return []
        h = tok.head
        coordinated = False  # climbed out of a coordinated verb: its controller is another's
        for _ in range(6):
            subj = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj and h.dep_ in ("acl", "relcl") and h.pos_ in ("VERB", "AUX"):
                break  # "trained the rebels allied with it": a noun's clause; "it" may be the trainer
            if subj and h.pos_ in ("VERB", "AUX"):
                return subj
            controller = [c for c in h.head.children if c.dep_ == "dobj" and c.i != tok.i]
            if (h.dep_ == "xcomp" and controller and not coordinated
                    and h.head.lemma_.lower() in OBJECT_CONTROL_VERBS):  # fmt: skip
                # "asked the court to annul them": the object asked is the infinitive's doer
                # (not "used water cannon to disperse them": the user does it; not "urged Laos
                # and Cambodia to show restraint and offered to mediate between them")
                return controller
            if h.dep_ in ("ROOT",) or h.head.i == h.i:
                break
            coordinated = coordinated or h.dep_ == "conj"
            h = h.head
        return []

    def clause_subject_spans(self, tok) -> list[tuple[int, int]]:
        """The character spans of the subject of the clause an object pronoun sits in
        (`_clause_subject`), for the event builder: "A and B sanctioned X, accusing them"."""
        return self._clause_subject(tok)[0]

    def _group_is_latest(self, group: list[Actor]) -> bool:
        """ "Putin and Xi met. They agreed": no other subject came after the pair."""
        ids = {id(a) for a in group}
        for a in reversed(self.memory.seen):
            if id(a) in ids:
                return True
            if id(a) in self.memory.subjects and not a.why.startswith("coref"):
                return False
        return False

    def _described_here(self, a: Actor) -> bool:
        """A person described by a role (not named) that a "he" or "she" can stand for: one
        of this sentence, or the main-clause subject of the sentence before."""
        at = self.memory.sentence_index(a)
        if at == self.memory.sentence:
            return True
        got = self.memory.subject_depth.get(id(a))
        return at == self.memory.sentence - 1 and got is not None and got[1] is a and got[0] == 0

    @staticmethod
    def _person_phrase(a: Actor) -> bool:
        """ "a top U.S. official", "the EMC's chief negotiator": one person, never "it"."""
        w = _last_word(a)
        return a.why.startswith("text:sector") and w in PERSON_ROLE_NOUNS

    @staticmethod
    def _plural_phrase(a: Actor) -> bool:
        w = _last_word(a)
        # "-men" is the plural of "-man" ("fishermen", "gunmen", "servicemen"): "its" is never them
        plural = w.endswith(("s", "men")) or w in PLURAL_BODIES
        return plural and a.why.startswith("text:sector")

    @staticmethod
    def _body(a: Actor) -> bool:
        """What "it" can stand for: a country or organisation, or a body the text names by
        its kind without a country ("the opposition party"), not a crowd or people."""
        return (a.country or a.org or a.code_override) is not None or group_body(a)


def _subject_end(subj):
    """The last token of a subject's phrase before a verb the parser took for a modifier
    inside it: "A Malaysian court on Friday convicted opposition leader X of sedition and
    sentenced him", parsed with "convicted" as an adjective of "leader" within the subject, has
    the subject "A Malaysian court on Friday"; the person named after that verb ("him": X) is
    not the subject. (A relative or participle clause of the subject is left whole.)"""
    for t in subj.doc[subj.i + 1 : subj.right_edge.i + 1]:
        if t.pos_ == "VERB" and t.dep_ == "amod":
            return t.doc[t.i - 1]
    return subj.right_edge


def _member_role(a: Actor) -> bool:
    """ "the EMC's spokesman", "the rebels' chief negotiator": one person by a role, found as
    the body it speaks for; "he" or "she" may stand for it (yet "its" may still be the body)."""
    return a.why.startswith("kb:org:member") and _last_word(a) in PERSON_ROLE_NOUNS


def _names_antecedent(tok, prev: Actor, offset: int) -> bool:
    """A name told in a relative clause or apposition of the antecedent's own phrase ("the
    rebels' chief negotiator, who uses the alias Marlon Ruiz, said ...", "the spokesman,
    Ana Gil, said ...") is the antecedent's name, not another person's."""
    clause = False
    for _ in range(12):
        if tok.dep_ in ("relcl", "appos", "acl"):
            clause = True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if clause and prev.start <= tok.idx + offset < prev.end:
            return True
    return False


def _speaks_for_body(a: Actor) -> bool:
    """Whether a quoted "we" can stand for the body this speaker is of: one with a country or
    organisation, or one of a group by its sector ('"We have laid down our weapons," a rebel
    spokesman said': the rebels), not a private person and not the public ('"We are
    afraid," a resident said')."""
    return bool(a.country or a.org) or group_body(a)
