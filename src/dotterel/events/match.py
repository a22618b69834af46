"""Lexicon patterns matched against one trigger token's frame in the dependency parse.

A verb's frame is what hangs off it that can carry meaning for the event: particles,
objects and their modifiers, prepositions and their objects (four levels deep, so "pull
out of X", "impose sanctions on X" and "call for the lifting of the curfew" all work). A
pattern matches when each of its words is found in the frame, its constrained slots hold
one of their words ("clash with T:police"), a required target is there ("strike T!") and
the doer is one the group allows (`subject:`); its slots then point at the tokens that
head the target (or explicit source) phrases. The most specific pattern wins; a matching
stop pattern of the same type vetoes the trigger ("struck a chord").
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from ..nlp import DEMAND_NOUNS, PREFIXED, unaccented, unhyphenated
from ..syntax import climb, has_to_aux, prep_objects
from ..words import word_class
from .lexicon import Lexicon, Pattern

FRAME_SKIP = {
    "nsubj", "nsubjpass", "csubj", "csubjpass", "aux", "auxpass", "neg", "punct", "cc", "conj",
    "mark", "advcl", "ccomp", "relcl", "xcomp", "parataxis", "expl", "det", "appos", "dep",
    "meta", "intj", "predet", "case",
}  # fmt: skip
FRAME_DESCEND = {"dobj", "attr", "acomp", "oprd", "dative", "prep", "agent", "prt", "advmod",
                 "npadvmod", "pobj", "pcomp", "compound", "amod", "nmod", "acl", "xcomp"}  # fmt: skip
PREP_DEPS = {"prep", "agent", "prt", "advmod", "dative", "mark", "advcl", "npadvmod"}
# the relative pronouns that can be a relative clause's subject ("the rebels who fired")
RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})


@dataclass
class Hit:
    pattern: Pattern
    trigger: object  # spaCy Token
    used: list = field(default_factory=list)  # tokens the pattern's words matched
    target_heads: list = field(default_factory=list)
    source_heads: list = field(default_factory=list)
    passive: bool = False

    depth: int = 0  # summed tree distance of the words the pattern used
    # "fired tear gas and live rounds": the conjoined object noun a second act of the verb is on
    second_object: object = None

    @property
    def score(self) -> tuple:
        # most words first (at equal count, words found around the trigger before a doer
        # constraint: "an air strike by the coalition" is `air strike`, not a coalition's
        # bare strike), then a found slot, then the words nearest the trigger ("agreed to US
        # mediation in talks with the Palestinians": "agree to", not "agree ... with")
        p = self.pattern
        return (p.specificity, p.specificity - bool(p.subject),
                bool(self.target_heads or self.source_heads), -self.depth)  # fmt: skip


def is_passive(v) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)


def main_verb_as_participle(v) -> bool:
    """ "Doctors from two aid groups donated and delivered medicine to ...": a sentence whose
    root the parser made a noun, its main verb a participle of a noun in that subject. The
    verb is the main verb and the root noun its subject."""
    return misparsed_subject(v) is not None


# "Ethiopian drone strikes killed 15 people at a market, residents said": the parser hangs
# the noun on the trailing reporting verb, as if the report were its sentence
TRAILING_REPORT = word_class("trailing_report_verbs")  # data/word_classes.yaml


def misparsed_subject(v):
    """The noun that is really the subject of `v` when `v` is a main verb the parser made a
    participle of it (see main_verb_as_participle), else None."""
    if (
        v.dep_ != "acl"
        or v.tag_ not in ("VBN", "VBD")
        or any(c.dep_ in ("auxpass", "agent") for c in v.children)
    ):
        return None
    root = v.sent.root
    if root.pos_ in ("VERB", "AUX") and root.lemma_.lower() in TRAILING_REPORT and root.i > v.i:
        top = v.head
        for _ in range(6):
            if top.head == root:
                break
            top = top.head
        if (
            top.head == root
            and top.dep_ in ("dep", "nsubj", "ccomp")
            and top.pos_ in ("NOUN", "PROPN")
            and top.i < v.i
            and any(c.dep_ == "dobj" for c in v.children)
        ):
            return top
        return None
    if root.pos_ not in ("NOUN", "PROPN") or root.i > v.i:
        return None
    # a reduced passive has no direct object: one here (or on a verb coordinated with it)
    # shows an active main verb
    if not any(c.dep_ == "dobj" for k in (v, *v.conjuncts) for c in k.children):
        return None
    t = v.head
    for _ in range(6):
        if t == root:
            return root
        if t.dep_ not in ("pobj", "prep", "compound", "appos"):
            return None
        t = t.head
    return None


# "by one hour", "by 10 percent": a measure, not an agent
MEASURE_NOUNS = word_class("measure_nouns")
EVENT_QUANTITY = word_class("event_quantity_nouns")  # data/word_classes.yaml
HANDING_VERBS = word_class("handing_verbs")  # data/word_classes.yaml


def shifted_object(v):
    """ "X shortened by two hours the evening curfew imposed after a mutiny rattled the
    police": an object moved after a measure phrase, which the parser reads as an agent
    and the object as the subject of the next clause. The active verb's object, or None."""
    if (
        v.pos_ != "VERB"
        or not any(c.dep_ == "nsubj" for c in v.children)
        or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in v.children)
    ):
        return None
    agent = next(
        (
            c
            for c in v.children
            if c.dep_ in ("agent", "prep") and c.lower_ == "by" and c.i == v.i + 1
        ),
        None,
    )
    if agent is None or not any(
        g.dep_ == "pobj" and g.lower_ in MEASURE_NOUNS for g in agent.children
    ):
        return None
    end = max(t.i for t in agent.subtree)
    for c in v.children:
        if c.dep_ in ("ccomp", "conj") and c.i > end:
            n = next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ == "NOUN"), None)
            if n is not None and n.left_edge.i == end + 1:
                return n
    return None


def reduced_passive(v) -> bool:
    """ "soldiers deployed to the border", "troops sent into Haiti": a participle after the
    noun it is said of (that noun is its passive subject)."""
    return (
        v.dep_ == "acl"
        and v.tag_ == "VBN"
        and v.head.pos_ in ("NOUN", "PROPN")
        and v.head.i < v.i
        and not main_verb_as_participle(v)
    )


# adjuncts are background, not the event's frame: "launched a crackdown after attacks on posts";
# "ordered police to seize the offices, according to a statement": the source, not a destination
FRAME_ADJUNCTS = word_class("frame_adjunct_preps")  # data/word_classes.yaml
# prepositions whose object is the act's reason ("over a new law"), no object of a pattern
# that names no preposition (data/word_classes.yaml)
REASON_PREPS = word_class("reason_preps")


# verbs whose "to" infinitive of staying put is in their frame (data/word_classes.yaml):
# "ordered residents to stay at home" is `order T stay at home`; other infinitives ("ordered
# troops to deploy to the border") stay out, their own events coded through the wrappers
INFINITIVE_FRAME = word_class("infinitive_frame_verbs")
STAYING_VERBS = word_class("staying_verbs")


def _in_frame(c) -> bool:
    if c.dep_ == "xcomp" and c.tag_ == "VBG":
        return True  # "stopped building settlements", "ceased firing": the gerund is the object
    if (
        c.dep_ == "xcomp"
        and c.head.lemma_.lower() in INFINITIVE_FRAME
        and c.lemma_.lower() in STAYING_VERBS
        and has_to_aux(c)
    ):
        return True
    return c.dep_ not in FRAME_SKIP and not (c.dep_ == "prep" and c.lower_ in FRAME_ADJUNCTS)


ALLOWING_VERBS = word_class("allowing_verbs")


def _allowed_party(tok) -> list:
    """ "allowed election observers to work", "let UN inspectors visit the site": the small
    model makes the one allowed the subject of the complement clause; it is the object of
    the verb of letting (as the parser reads "permitted the inspectors to visit")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ALLOWING_VERBS:
        return []
    if any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return []
    return [
        g
        for c in tok.children
        if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.i > tok.i
        for g in c.children
        if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN") and tok.i < g.i < c.i
    ][:1]


def frame(tok, depth: int = 4, levels: dict | None = None) -> list:
    """Tokens in the trigger's frame, nearest first (`levels` gets each one's depth). Four
    levels: "call for the lifting of the curfew" is for, lifting, of, curfew. A passive
    verb's subject is in its frame as its object ("Troops were deployed": deploy troops)."""
    out = []
    misread = misread_reduced_passive(tok)
    frontier = [
        c
        for c in tok.children
        if _in_frame(c)
        or (c.dep_ == "nsubjpass" and tok.pos_ in ("VERB", "AUX"))
        or (misread and c.dep_ == "nsubj")
    ]
    shifted = shifted_object(tok)
    if shifted is not None:
        frontier.append(shifted)  # "shortened by one hour the curfew": the curfew
    frontier.extend(_shared_preps(tok))
    frontier.extend(_allowed_party(tok))  # "allowed observers to work": the observers
    if tok.pos_ == "VERB" and (
        reduced_passive(tok) or _relative_passive(tok) or object_relative(tok)
    ):
        # "soldiers deployed to the border": deploy soldiers; "a militia, which was formed
        # by the party": form militia (the pronoun stands for the noun the clause describes)
        out.append(tok.head)
        if levels is not None:
            levels[tok.head.i] = 0
        # "a far-right paramilitary group formed last month": a common noun's own modifiers
        # are the object's, as a passive subject's are ("a paramilitary group was formed");
        # not a name's words ("the National Unity Government, formed by ousted lawmakers")
        mods = (
            [c for c in tok.head.children if c.dep_ in ("amod", "compound") and c.i < tok.head.i]
            if tok.head.pos_ == "NOUN"
            else []
        )
        out.extend(mods)
        if levels is not None:
            levels.update((m.i, 1) for m in mods)
    elif tok.pos_ == "VERB" and (described := _relative_infinitive_object(tok)) is not None:
        # "the deal that the president wants to destroy": destroy the deal
        out.append(described)
        if levels is not None:
            levels[described.i] = 0
    level = 0
    while frontier and level < depth:
        out.extend(frontier)
        if levels is not None:
            for t in frontier:
                levels[t.i] = level
        nxt = []
        for t in frontier:
            if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and t.head in out:
                # "fired 600 drones and 40 missiles at the cities": the parser hangs the phrase
                # after the last conjoined object on it; it is the first object's too
                nxt.extend(c for c in t.children if c.dep_ == "prep" and c.i > t.i and _in_frame(c))
            if t.dep_ in FRAME_DESCEND or (t.dep_ == "nsubjpass" and t.head == tok) or t == shifted:
                nxt.extend(c for c in t.children if _in_frame(c))
                if t.pos_ in ("NOUN", "PROPN"):  # "photographs and other military intelligence"
                    nxt.extend(c for c in t.children if c.dep_ == "conj")
                    # "flew two helicopters, a medical team and relief supplies to Vanimo": the
                    # parser may read a list's second item as an apposition and hang the rest
                    # of the list, and the phrase after it, on that item
                    for c in t.children:
                        if _list_item(c):
                            nxt.append(c)
                            nxt.extend(
                                g
                                for g in c.children
                                if g.dep_ == "conj" or (g.dep_ == "prep" and _in_frame(g))
                            )
                    # "the deadline for Serbia to answer": the clause's "for" stands as the
                    # noun's preposition, its subject as the object (_slot_heads)
                    nxt.extend(g for c in t.children if c.dep_ in ("advcl", "acl", "relcl")
                               for g in c.children if g.dep_ == "mark" and g.lower_ == "for")  # fmt: skip
        # "pull out of the next round of talks", "a series of strikes": the quantity noun
        # costs no level, its "of" object counts as if in its place
        nxt.extend(g for q in list(nxt) if q.pos_ == "NOUN" and q.lemma_.lower() in EVENT_QUANTITY
                   for g in prep_objects(q, "prep", "of"))  # fmt: skip
        frontier = nxt
        level += 1
    return out


def _list_item(c) -> bool:
    """An apposition that is a list's item: after a comma, and going on with "and" to a
    further item ("two helicopters, a medical team and relief supplies")."""
    return (
        c.dep_ == "appos"
        and c.pos_ == "NOUN"
        and c.left_edge.i > 0
        and c.doc[c.left_edge.i - 1].text == ","
        and any(g.dep_ == "conj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)
        and any(g.dep_ == "cc" for g in c.children)
    )


DEAL_NOUNS = word_class("deal_nouns")  # data/word_classes.yaml


def misread_reduced_passive(v) -> bool:
    """ "The ceasefire agreed between Armenia and Azerbaijan last week has held": the parser
    may read the reduced passive as the main verb, with the deal as the subject that agreed;
    a deal agrees nothing, so it is the verb's object and the "between" phrase names those
    who agreed it."""
    return (
        v.pos_ == "VERB"
        and not any(c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass") for c in v.children)
        and any(c.dep_ == "prep" and c.lower_ == "between" for c in v.children)
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in DEAL_NOUNS for c in v.children)
    )


def _relative_passive(v) -> bool:
    """ "a militia, which was formed by the party", "the prisoners who were released": a
    passive relative clause whose subject is the relative pronoun."""
    return (
        v.dep_ == "relcl"
        and v.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "nsubjpass" and c.lower_ in RELATIVE_SUBJECTS for c in v.children)
    )


def object_relative(v) -> bool:
    """ "the truce that Israel and Hamas agreed in May", "the ceasefire the two sides agreed": a
    relative clause whose object is the noun it describes (the relative pronoun, or nothing).
    A clause with a predicate of its own ("no sign Russia was willing") is none."""
    if v.dep_ != "relcl" or v.head.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("acomp", "attr", "oprd") for c in v.children):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_SUBJECTS for c in v.children):
        return False
    if _relative_adjunct(v):
        return False  # "a summit at which X urged Y to ...": the noun is where, not what
    objs = [c for c in v.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    return not objs or (
        len(objs) == 1 and objs[0].dep_ == "dobj" and objs[0].lower_ in ("that", "which")
    )


def _relative_adjunct(*verbs) -> bool:
    """A relative pronoun in a prepositional phrase of one of the verbs ("the summit at which
    they signed", "the town in which they plan to meet"): the noun the relative clause
    describes is where or when it happens, not what is done."""
    return any(g.dep_ == "pobj" and g.tag_ in ("WDT", "WP")
               for v in verbs for c in v.children if c.dep_ == "prep"
               for g in c.children)  # fmt: skip


def _relative_infinitive_object(v):
    """ "the agreement that the president wants to destroy", "the plan they hope to kill":
    the noun a relative clause describes is the object of the clause's "to" infinitive when
    neither verb has an object of its own (the relative pronoun aside); None otherwise."""
    rel = v.head
    if v.dep_ != "xcomp" or not has_to_aux(v) or rel.dep_ != "relcl" or rel.head.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_SUBJECTS for c in rel.children):
        return None  # "the militia which wants to destroy ...": the noun is the doer
    if any(c.dep_ in ("dobj", "ccomp", "dative") for c in rel.children):
        return None  # "the deal that he asked them to kill"
    if _relative_adjunct(rel, v):
        return None  # "the summit at which they hope to sign": where, not what they sign
    objs = [c for c in v.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    if objs and not (len(objs) == 1 and objs[0].lower_ in ("that", "which")):
        return None
    return rel.head


def _shared_preps(tok) -> list:
    """ "imposed sanctions and travel bans on six officials": the phrase after the last of
    the verb's conjoined objects is each object's (the bans are on the officials too)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "conj":
        return []
    h = climb(tok.head, lambda h: h.dep_ == "conj" and h.pos_ in ("NOUN", "PROPN"))
    if h.dep_ != "dobj" or h.head.pos_ != "VERB" or any(c.dep_ == "prep" for c in tok.children):
        return []
    if h.head.lemma_.lower() in HANDING_VERBS:
        return []  # "handed over vehicles and drones to the police at a ceremony": goods
    return [c for g in (h, h.head) for c in g.children
            if c.dep_ == "prep" and c.i > tok.i and _in_frame(c)]  # fmt: skip


def _word_ok(tok, alts, is_prep: bool) -> bool:
    if not _in_words(tok, alts):
        return False
    if is_prep:
        return tok.dep_ in PREP_DEPS or tok.pos_ in ("ADP", "ADV", "PART", "SCONJ")
    return True


def _slot_heads(prep_tok) -> list:
    for c in prep_tok.children:
        if c.dep_ in ("pobj", "pcomp", "dobj"):
            return [c]
    if prep_tok.dep_ == "mark" and prep_tok.lower_ == "for":
        # "extended the deadline for Serbia to answer": "for" marks a clause whose subject
        # is what the preposition is for
        return [c for c in prep_tok.head.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
    # "pull out of X": the object can hang off a nested preposition
    for c in prep_tok.children:
        if c.dep_ == "prep" and not (prep_tok.lower_ == "along" and c.lower_ == "with"):
            # (not "along with X": company, not a place along which)
            for g in c.children:
                if g.dep_ == "pobj":
                    return [g]
    if prep_tok.dep_ == "prep" and not any(True for _ in prep_tok.children):
        # "granted asylum to five officers holed up in ...": the parser made the object the
        # subject of a reduced relative clause; take the noun that follows
        doc = prep_tok.doc
        for t in doc[prep_tok.i + 1 : min(len(doc), prep_tok.i + 7)]:
            if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass") and t.head.i > t.i:
                return [t]
            if t.pos_ in ("VERB", "AUX", "PUNCT"):
                break
    return []


def _in_words(tok, alts) -> bool:
    """The token's form or lemma is one of the words (a hyphenated word kept whole also by its
    lemma without the hyphen: "walk-out" is "walkout"; an accented one also without its
    accents: "communiqué" is "communique")."""
    lem = tok.lemma_.lower()
    if tok.lower_ in alts or lem in alts or ("-" in lem and unhyphenated(lem) in alts):
        return True
    return not tok.lower_.isascii() and (unaccented(tok.lower_) in alts or unaccented(lem) in alts)


def _doer_is(tok, alts) -> bool:
    """The doer is one of a group's subject words, or is named by one ("peacekeeping troops"
    for `peacekeeping`). A group that allows `countries` also takes a state named by its own
    or its capital's name ("Israel was weighing further strikes", "London carried out
    strikes"): a place's name as a doer is its state. Not a name modifying the trigger ("U.S.
    air strikes"), where the words of the act's own patterns say what it is."""
    if (
        "countries" in alts
        and tok.ent_type_ == "GPE"
        and tok.pos_ == "PROPN"
        and tok.dep_ not in ("compound", "amod", "nmod")
    ):
        return True
    return _in_words(tok, alts) or any(
        c.dep_ in ("compound", "amod") and c.i < tok.i and _in_words(c, alts) for c in tok.children
    )


def _constrained(heads: list, alts) -> list:
    """The slot heads that are one of the words a constrained slot allows ("T:police"),
    looking through quantities ("expelled dozens of diplomats", "tens of thousands of
    refugees"). A slot that allows `nationals` also takes a people's name in the plural
    ("turned back 300 Mozambicans", "expelled dozens of Afghans"), one that allows `places` a
    place's name ("took Kherson", "took the Golan Heights")."""
    out = []
    for h in heads:
        for _ in range(3):
            if (
                _in_words(h, alts)
                or ("nationals" in alts and _people_name(h))
                or ("places" in alts and _place_name(h))
            ):
                out.append(h)
                break
            if (
                h.lemma_.lower() not in QUANTITY_HEADS
                and h.lower_ not in QUANTITY_HEADS
                and not h.like_num
            ):
                break  # a number is a quantity too: "returned 101 of the hostages"
            of = [
                g
                for c in h.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if not of:
                break
            h = of[0]
    return out


def _people_name(tok) -> bool:
    """A people's name heading the phrase: "300 Mozambicans", "hundreds of Congolese" (not
    "Afghan" before a noun)."""
    return (tok.ent_type_ == "NORP" and tok.pos_ in ("PROPN", "NOUN")
            and tok.dep_ not in ("amod", "compound", "nmod", "poss"))  # fmt: skip


def _place_name(tok) -> bool:
    """A name heading the phrase that may be a place's: "took Kherson" (not "Kherson" before a
    noun, "took Kherson's mayor"). The parser takes many towns for people ("took Avdiivka"):
    the builder keeps the event only when the name resolves to a place (build._no_place_taken)."""
    return (tok.pos_ == "PROPN" and tok.ent_type_ not in ("NORP", "DATE", "TIME", "ORG")
            and tok.dep_ not in ("amod", "compound", "nmod", "poss"))  # fmt: skip


QUANTITY_HEADS = word_class("quantity_heads")  # data/word_classes.yaml
ON_STATE_NOUNS = word_class("on_state_nouns")  # data/word_classes.yaml
STATE_VERBS = word_class("state_verbs")  # data/word_classes.yaml


def on_state_holder(n) -> list:
    """Who is "on" the state a noun names ("on strike", "on hunger strike", "on high alert")
    when "on" hangs on a noun or a participle, not on a state verb: "prisoners on hunger
    strike" (the noun), "a dissident jailed on hunger strike" (the noun the participle
    modifies), "she was detained while on strike" (the subject)."""
    on = n.head
    if not (
        n.dep_ == "pobj"
        and on.lower_ == "on"
        and on.dep_ == "prep"
        and n.lemma_.lower() in ON_STATE_NOUNS
        and n.tag_ == "NN"
        and all(c.dep_ != "poss" and c.lower_ not in ("the", "this", "that") for c in n.children)
    ):
        return []
    h = on.head
    during = any(c.lower_ == "while" for c in on.children)
    if h.lower_ == "while":  # the parser may hang "on" under "while"
        h, during = h.head, True
    if h.pos_ in ("NOUN", "PROPN"):
        return [h]
    if h.pos_ == "VERB" and h.dep_ == "acl" and h.tag_ == "VBN":
        return [h.head]
    if h.pos_ == "VERB" and (h.tag_ == "VBN" or during):
        return [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
    return []


OCCASION_NOUNS = word_class("occasion_nouns")


JOINING = word_class("joining_in_verbs")  # data/word_classes.yaml


def joined_in(v) -> bool:
    """ "Japan joined the United States in imposing sanctions": a gerund after "in" under a
    verb of joining or taking part is the act of that verb's subject."""
    return (
        v.dep_ == "pcomp"
        and v.tag_ == "VBG"
        and v.head.dep_ == "prep"
        and v.head.lower_ == "in"
        and v.head.head.lemma_.lower() in JOINING
    )


def doer_words(tok, pos: str, own: tuple = ()) -> list:
    """The tokens heading the doer of a trigger, for a group's `subject:` constraint: a
    verb's subject (through relative clauses, control and coordination), a noun's "by"
    phrase, possessive or modifier. A modifier that is one of the pattern's `own` words
    names the act, not its doer ("a wildcat strike": the launcher is the doer)."""
    if pos == "noun":
        out = prep_objects(tok, ("prep", "agent"), "by")
        out += [c for c in tok.children
                if c.dep_ in ("poss", "compound", "amod", "nmod") and c not in own]  # fmt: skip
        # a duration is no doer: "announced a ten-day suspension of its marches"
        named = [
            c
            for c in out
            if c.pos_ in ("NOUN", "PROPN", "PRON") and c.ent_type_ not in TEMPORAL_ENTS
        ]
        if not named and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            # "the army launched a crackdown", "the coalition plans a fresh march": the verb's doer
            return out + doer_words(tok.head, "verb")
        if not named and tok.dep_ == "pobj" and tok.head.lower_ == "on":
            # "dockers have been on strike": the one in the state; "prisoners on hunger strike"
            v = tok.head.head
            if v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in STATE_VERBS:
                return out + doer_words(v, "verb")
            return out + on_state_holder(tok)
        return out
    v = tok
    for k in range(4):
        deps = (
            ("nsubj", "csubj") if k == 0 else ("nsubj", "csubj", "nsubjpass")
        )  # "forced to withdraw"
        subj = [c for c in v.children if c.dep_ in deps]
        if subj:
            s0 = subj[0]
            if s0.lower_ in RELATIVE_SUBJECTS and v.dep_ == "relcl":
                return [v.head]
            if s0.lower_ in ("it", "they") and v.dep_ == "ccomp":
                # "the union said it was ready to strike": the speaker the pronoun stands for
                said = [c for c in v.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
                if said:
                    return said[:1]
            out = subj[:1] + [g for g in s0.children if g.dep_ == "conj"]
            if (
                s0.lemma_.lower() in QUANTITY_HEADS
            ):  # "thousands of troops", "hundreds of protesters"
                out += prep_objects(s0, "prep", "of")
            return out
        if v.dep_ == "relcl":
            return [v.head]
        if v.dep_ == "xcomp" and v.head.pos_ == "VERB":
            obj = [c for c in v.head.children if c.dep_ == "dobj"]
            if obj:  # "authorized troops to mobilize": object control
                return obj[:1] + prep_objects(obj[0], "prep", "of")
        if v.dep_ in ("conj", "xcomp", "advcl", "acomp") and v.head != v:
            v = v.head  # "the union was ready to strike": through the predicate adjective
            continue
        if joined_in(v):
            v = v.head.head  # "warships joined the carriers in patrolling the strait"
            continue
        if any(c.dep_ == "agent" for c in v.children):
            return prep_objects(v, "agent")
        break
    return []


TEMPORAL_ENTS = {"DATE", "TIME"}


def _temporal(heads: list) -> bool:
    return bool(heads) and all(h.ent_type_ in TEMPORAL_ENTS for h in heads)


def direct_object(v, passive: bool) -> list:
    if v.pos_ in ("NOUN", "PROPN"):
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                return _slot_heads(c)
        return []
    if passive:
        if reduced_passive(v):
            return [v.head]
        return [c for c in v.children if c.dep_ == "nsubjpass"][:1]
    for dep in ("dobj", "dative", "attr", "oprd"):
        got = [c for c in v.children if c.dep_ == dep]
        if got:
            return got[:1]
    if (
        v.dep_ == "relcl"
        and v.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_SUBJECTS for c in v.children)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in v.children)
    ):
        return [v.head]  # "a position he has occupied", "the town the army shelled"
    allowed = _allowed_party(v)  # "allowed UN inspectors to visit": the inspectors
    if allowed:
        return allowed
    shifted = shifted_object(v)
    return [shifted] if shifted is not None else []


def pos_is_verb(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX")


def lemma(tok, lex: Lexicon) -> str:
    """The token's lemma, repaired where the small English model gets a verb wrong
    ("staged" -> "stag", "shelled" -> "shelled"): when spaCy's lemma is no trigger, wrapper
    or light verb, a regular inflection of the word that is one is taken instead."""
    known = lex.trigger_words
    # "re-imposed", British "co-operation"; "démarche"
    lem = unaccented(unhyphenated(tok.lemma_.lower()))
    if "-" in tok.lemma_ and lem not in known and PREFIXED.fullmatch(tok.text):
        stem = tok.lemma_.lower().split("-", 1)[1]
        if stem in known:
            return stem  # "re-arrested" is an arrest again, "re-signed" a signing
    if not tok.tag_.startswith("VB"):
        return lem
    if lem in known:
        return lem
    low = tok.lower_
    options = []
    if low.endswith("ied"):
        options.append(low[:-3] + "y")
    if low.endswith("ed"):
        options += [low[:-1], low[:-2]]
        if len(low) > 4 and low[-3] == low[-4]:
            options.append(low[:-3])  # "shelled" -> "shell"; "stopped" -> "stop"
    if low.endswith("ing"):
        options += [low[:-3], low[:-3] + "e"]
        if len(low) > 5 and low[-4] == low[-5]:
            options.append(low[:-4])
    if low.endswith("ies"):
        options.append(low[:-3] + "y")
    if low.endswith("es"):
        options.append(low[:-2])
    if low.endswith("s"):
        options.append(low[:-1])
    for o in options:
        if o in known:
            return o
    return lem


def _fit(p: Pattern, tok, fr: list, levels: dict, passive: bool) -> Hit | None:
    """The pattern's words found in the frame, its slots filled, its constraints met."""
    hit = _fit_once(p, tok, fr, levels, passive)
    if hit is _BURIED:
        # "while in the Pacific, the sailors will take part in joint training": the first
        # "in" met is not the one that governs the pattern's words; try the others
        options = [[t for t in fr if _word_ok(t, w.alts, True)][:3] for w in p.words if w.is_prep]
        for choice in itertools.islice(itertools.product(*options), 1, 9):
            hit = _fit_once(
                p, tok, list(choice) + [t for t in fr if t not in choice], levels, passive
            )
            if hit is not _BURIED:
                break
    return None if hit is _BURIED else hit


_BURIED = object()
VERB_PARTICLES = word_class("verb_particles")  # data/word_classes.yaml


def _noun_preposition(t, tok) -> bool:
    """A preposition with an object of its own that hangs on a noun, not on the trigger: the
    pattern's closing particle it is not ("handed him a note of protest over what it
    called ...", "a note over the incident" are no handing over)."""
    return (
        t.dep_ == "prep"
        and t.head != tok
        and t.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ in ("pobj", "pcomp") for c in t.children)
    )


def _own_preposition_first(fr: list, w, used: list) -> list:
    """The frame with, for a pattern preposition that follows a pattern noun, the
    prepositions hanging on that noun first, then those after it: `freeze participation in T`
    takes the "in" of "participation in the bloc", not a fronted "In a further sign of ..."."""
    if not w.is_prep or not used or used[-1].pos_ not in ("NOUN", "PROPN"):
        return fr
    noun = used[-1]
    return sorted(fr, key=lambda t: (t.head != noun, t.i < noun.i))


def _relative_head_not_object(t, tok, prep) -> bool:
    """The noun a relative clause of the trigger hangs on, after a preposition of the pattern
    that has an object of its own, is not that object: `withdraw from agreement` is "the
    agreement they withdrew from", not "the agreement, which X approved, troops will withdraw
    from Lebanon" (a relative clause the parser made of the main one)."""
    return (
        tok.dep_ == "relcl"
        and t == tok.head
        and prep.head == tok
        and any(c.dep_ in ("pobj", "pcomp") for c in prep.children)
    )


def _fit_once(p: Pattern, tok, fr: list, levels: dict, passive: bool):
    used: list = []
    targets: list = []
    sources: list = []
    for i, w in enumerate(p.words):
        # an adverb particle right after the verb or its object: `hand over T`, `hand T over`,
        # `pull out of T` (not `blame T on S`, `stand with T`: prepositions a noun may carry)
        particle = (
            i == 0
            and w.is_prep
            and bool(w.alts & VERB_PARTICLES)
            and (len(p.words) == 1 or p.words[1].is_prep)
        )
        found = None
        for t in _own_preposition_first(fr, w, used):
            if t in used:
                continue
            if _word_ok(t, w.alts, w.is_prep):
                if w.slot_after and _temporal(_slot_heads(t)):
                    continue  # "from Monday to Wednesday" is a time, not a target
                if w.constraint is not None and not _constrained(_slot_heads(t), w.constraint):
                    continue  # "clashed with police": the slot must be one of these words
                if particle and _noun_preposition(t, tok):
                    continue  # "handed him a note of protest over the raid": no `hand T over`
                if not w.is_prep and _modifies_later_slot(p, i, t):
                    continue  # "gave them a ride to the water tanks": no `give water to T`
                if i and p.words[i - 1].is_prep and _relative_head_not_object(t, tok, used[-1]):
                    continue  # "Under the agreement, ..., troops will withdraw from Lebanon"
                found = t
                break
        if found is None and not w.is_prep:
            # a determiner the pattern names ("motion of no confidence", "a no-confidence
            # vote"): the frame skips determiners, so look at those of the frame's words
            found = next((c for x in (tok, *fr) for c in x.children if c.dep_ == "det"
                          and c not in used and _word_ok(c, w.alts, False)), None)  # fmt: skip
        if found is None:
            return None
        used.append(found)
        heads = _slot_heads(found)
        if w.constraint is not None:
            heads = _constrained(heads, w.constraint)
        if w.slot_after == "T":
            targets = heads
        elif w.slot_after == "S":
            sources = heads
    if _buried(tok, used, any(w.is_prep for w in p.words)):
        return _BURIED
    if any(_hyphen_modifier_only(t, tok, used) for t in used):
        return None  # "closed a cross-border market": no border closed
    if _slot_as_word(p, used):
        return _BURIED
    # a pattern word is not also the slot ("disappointment with Iranian support": support)
    targets = [t for t in targets if t not in used]
    sources = [t for t in sources if t not in used]
    if p.direct_slot:
        d = [t for t in direct_object(tok, passive) if t not in used]
        if not d and not passive and pos_is_verb(tok):
            # "granted the central bank debt relief": the object is a pattern word, the
            # slot is the indirect object
            d = [c for c in tok.children if c.dep_ == "dative" and c not in used][:1]
        if p.direct_constraint is not None:
            d = _constrained(d, p.direct_constraint)
            if not d:
                return None
        if p.direct_slot == "T":
            targets = targets or d
        else:
            sources = sources or d
    if p.target_required and not targets:
        return None
    # "a teachers' strike": the modifier is the doer; "launched a wildcat strike": the launcher
    if p.subject is not None:
        doers = doer_words(tok, p.pos) + doer_words(tok, p.pos, tuple(used))
        if not any(_doer_is(t, p.subject) for t in doers):
            return None
    if p.joint and not _joint(doer_words(tok, p.pos)):
        return None
    if p.agentless == "only" and not (passive and not any(c.dep_ == "agent" for c in tok.children)):
        return None  # "diplomats expect approval at a summit": no one is expected anywhere
    return Hit(p, tok, used, targets, sources, passive, depth=sum(levels.get(t.i, 0) for t in used))


def _hyphen_modifier_only(t, tok, used: list) -> bool:
    """Whether pattern word `t` is only the last part of a hyphenated modifier ("cross-border",
    "full-scale") of a noun the pattern does not name: "closed a cross-border market" is no
    `close border`, while "a no-fly zone" and "a scorched-earth campaign" name the noun the
    modifier describes, and "a no-confidence motion" names the whole modifier."""
    if t.i == tok.i or t.dep_ not in ("amod", "compound") or t.i < 2:
        return False  # (tokens are compared by place: spaCy makes a new object each time)
    if t.doc[t.i - 1].text not in ("-", "\u2010", "\u2011"):
        return False
    before = t.doc[t.i - 2]
    if before.i == tok.i or before in used:
        return False
    return t.head.i != tok.i and t.head not in used


def _modifies_later_slot(p: Pattern, i: int, t) -> bool:
    """`t`, a candidate for pattern word `i`, only modifies the object of a slotted
    preposition the pattern names later: in "gave them a ride to the water tanks", "water"
    is part of where the ride went (the `to T` of `give water to T`), nothing given; nor is
    "tanks", the object of that "to" itself (`give tanks to T`). (What a request or demand
    asks for may be the word: "a request for access was granted" grants access.)"""
    if t.dep_ == "pobj" and t.head.head.lemma_.lower() not in DEMAND_NOUNS:
        prep = t.head
    elif t.dep_ in ("compound", "amod", "nmod") and t.head.dep_ == "pobj":
        prep = t.head.head
    else:
        return False
    return any(
        w.is_prep and w.slot_after and _word_ok(prep, w.alts, True) for w in p.words[i + 1 :]
    )


def _slot_as_word(p: Pattern, used: list) -> bool:
    """A pattern word written before a slotted preposition found as that preposition's own
    object, in a name: `join forces with T` in "join talks with the Rapid Support Forces"
    has no forces joined, only a name that ends in "Forces"."""
    for i, w in enumerate(p.words):
        if w.is_prep:
            continue
        for j in range(i + 1, len(p.words)):
            if (p.words[j].is_prep and p.words[j].slot_after and used[i].dep_ == "pobj"
                    and used[i].head == used[j] and used[i].pos_ == "PROPN"):  # fmt: skip
                return True
    return False


def _joint(doers: list) -> bool:
    """Two parties do it together: "Starmer and von der Leyen", "the two leaders", "both
    sides" ("spoke by telephone" alone is how an interview was given)."""
    if len(doers) >= 2:
        return True
    return any(
        (c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet", "amod"))
        # the parser may bury the "and" of two long names inside the subject's phrase
        or (c.lower_ == "and" and c.dep_ == "cc" and c.head.pos_ == "PROPN")
        for d in doers
        for c in d.subtree
    )


def _amount(t) -> bool:
    """A sum or a count ("$5 million", "two tonnes", "thousands")."""
    return (
        t.like_num
        or t.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL")
        or t.lemma_.lower() in QUANTITY_HEADS
    )


def _buried(tok, used: list, has_preps: bool = False) -> bool:
    """A pattern word found inside a phrase the pattern does not name: under a preposition
    that is not one of its words ("called for a vote on any intervention": not `call for
    intervention`; "stood up to a president baying for blood": not `stand up for`), or
    inside a clause that describes a noun ("called the claim that X attacked Douma
    ludicrous": not `call on`), or the possessor of a noun the pattern does not name. A
    preposition of the trigger may still hold a pattern noun as its object ("signed an
    agreement on Saturday for a ceasefire"), unless the pattern has prepositions of its own
    (`has_preps`) and the noun is under another one of the trigger."""
    inside = {x.i for x in tok.subtree}
    for t in used:
        if t.i not in inside:
            continue  # "an agreement signed by ...": the reduced passive's own noun
        if t.dep_ == "poss" and t.head != tok and t.head not in used:
            # "dismissed the governor's account": the possessor of what is dismissed is not
            # what is dismissed (`dismiss governor`)
            return True
        h, prev = t.head, t
        for _ in range(6):
            if h == tok or h.head == h:
                break
            if (
                h.dep_ in ("acl", "relcl")
                and h.pos_ in ("VERB", "AUX")
                and h.head != tok
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children)
            ):
                # a clause with its own subject (the trigger's own participle is its frame: "a
                # truce agreed in May between Sudan and Chad"; so is a participle the
                # parser hangs a phrase on: "put a militia operating near X on high alert")
                return True
            if h.dep_ == "oprd" and h not in used and h.head == tok:
                # "a move Manila called a pretext for occupation", "called the deal a victory
                # for peace": the words after the name given belong to the name, not to `call for`
                return True
            if (
                h.dep_ == "agent"
                and h not in used
                and h.head == tok
                and t.pos_ != "ADP"
                and t.dep_ not in PREP_DEPS
            ):
                # "infrastructure used by the Ukrainian armed forces": the passive's agent is
                # the doer, not the pattern's object (`use armed force`)
                return True
            if (
                h.dep_ == "prep"
                and h not in used
                and h.head == tok
                and h.lower_ in REASON_PREPS
                and prev.dep_ == "pobj"
            ):
                # "froze the accession process over a foreign agents law": what the act is
                # over is its reason, not its object (`freeze law`)
                return True
            if (
                h.dep_ == "prep"
                and h not in used
                and h.head == tok
                and prev.dep_ == "pobj"
                and prev.lemma_.lower() in OCCASION_NOUNS
            ):
                pass  # "discussed Yemen in a phone call with Macron": discuss with Macron
            elif h.dep_ in ("prep", "agent") and h.lower_ == "by" and h.head == tok:
                pass  # "a blockade by Sudanese militias of three villages": the parser hangs "of" on the agent
            elif h.dep_ == "prep" and h.lower_ in ("in", "of") and _amount(h.head):
                pass  # "would provide $5 million in emergency assistance": provide assistance
            elif h.dep_ == "prep" and h not in used:
                own = h.head == tok or h.head in used
                if has_preps and h.head == tok and prev in used and prev.dep_ == "pobj":
                    # "Under that agreement, troops will withdraw from their bases": the
                    # pattern's noun belongs to its own preposition (`withdraw from
                    # agreement`), not to another one of the trigger
                    return True
                if h.lower_ == "of":
                    if not own and h.head.dep_ not in ("pobj", "dobj", "nsubjpass"):
                        return True
                elif (
                    not own
                    or prev not in used
                    or prev.dep_ in PREP_DEPS
                    or prev.pos_ == "ADP"
                    or t.dep_ in PREP_DEPS
                    or t.pos_ == "ADP"
                ):
                    return True
            h, prev = h.head, h
    return False


def vetoed_types(tok, pos: str, lex: Lexicon) -> set:
    """The event types whose stop patterns match at `tok` ("threatens British interests":
    THREATEN), for rules that code a trigger without a pattern (bare wrappers)."""
    lemma_ = lemma(tok, lex)
    stops = lex.stop_patterns(pos, lemma_) or lex.stop_patterns(pos, tok.lower_)
    if not stops:
        return set()
    levels: dict = {}
    fr = frame(tok, levels=levels)
    passive = pos == "verb" and (is_passive(tok) or reduced_passive(tok))
    return {s.type for s in stops if _fit(s, tok, fr, levels, passive) is not None}


def conjoined_object_hits(best: Hit, pos: str, lex: Lexicon) -> list[Hit]:
    """ "fired tear gas and live rounds at the protesters": the best pattern used one object
    noun; another pattern of the same verb whose object noun is that noun's conjunct is a
    second act (one event per act, gold/CODING.md) when it is of another CAMEO root category
    (crowd control, 17x, and shooting, 19x)."""
    tok = best.trigger
    conjs = {c for u in best.used if u.pos_ in ("NOUN", "PROPN") for c in u.conjuncts}
    conjs -= set(best.used)
    if pos != "verb" or not conjs:
        return []
    levels: dict = {}
    fr = frame(tok, levels=levels)
    # the frame does not descend into a conjoined noun; its own modifiers name its kind
    # ("tear gas and live ammunition": the live ammunition)
    for c in sorted(conjs, key=lambda c: c.i):
        for m in c.children:
            if m.dep_ in ("amod", "compound") and m not in fr:
                fr.append(m)
                levels[m.i] = levels.get(c.i, 0) + 1
    passive = is_passive(tok) or reduced_passive(tok)
    # (the type is the best pattern's, which match_token found no stop pattern against)
    second: Hit | None = None
    for p in _trigger_candidates(tok, pos, lex)[1]:
        if p.type != best.pattern.type or p.specificity < 2:
            continue
        hit = _fit(p, tok, fr, levels, passive)
        if hit is None or not conjs & set(hit.used):
            continue
        if second is None or hit.score > second.score:
            second = hit
    if second is None or second.pattern.cameo[:2] == best.pattern.cameo[:2]:
        return []  # "fired rockets and mortars", "drones and missiles": one act of one kind
    second.second_object = next(t for t in second.used if t in conjs)
    return [second]


def _trigger_candidates(tok, pos: str, lex: Lexicon) -> tuple[str, list]:
    """The lexicon key of a trigger token and its patterns: its lemma's, else its own word's
    (a form the lemmatiser gets wrong)."""
    key = lemma(tok, lex)
    cands = lex.candidates(pos, key)
    if not cands and tok.lower_ != key:
        key = tok.lower_
        cands = lex.candidates(pos, key)
    return key, cands


def match_token(tok, pos: str, lex: Lexicon) -> Hit | None:
    """The best pattern for a trigger token, or None. A matching stop pattern (`stop:` in a
    type file) keeps that type's patterns from firing here ("struck a chord")."""
    key, cands = _trigger_candidates(tok, pos, lex)
    if not cands:
        return None
    levels: dict = {}
    fr = frame(tok, levels=levels)
    passive = pos == "verb" and (is_passive(tok) or reduced_passive(tok))
    stops = lex.stop_patterns(pos, key)
    if stops:
        # a stop pattern also sees the verb's complement clause, its marker and its subject:
        # "refused to be named", "asked whether ...", "rallied followers to join"
        comp = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c not in fr]
        comp += [g for c in comp for g in c.children if g.dep_ in ("mark", "nsubj") and g not in fr]
        for c in comp:
            levels.setdefault(c.i, 0 if c.head == tok else 1)
        vetoed = {s.type for s in stops if _fit(s, tok, fr + comp, levels, passive) is not None}
    else:
        vetoed = set()
    best: Hit | None = None
    for p in cands:
        if best is not None and p.specificity < best.pattern.specificity:
            break  # sorted by specificity: nothing better can follow
        if p.type in vetoed:
            continue
        hit = _fit(p, tok, fr, levels, passive)
        if hit is None:
            continue
        if best is None or hit.score > best.score:
            best = hit
    return best
