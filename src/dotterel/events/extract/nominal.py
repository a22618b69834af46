"""Noun events: who did them (`nominal_source`: "the attack by X", "X's visit", "Israeli
strikes", "X launched an attack") and whether the clause is about them or mentions them only
as background ("after the 2014 annexation")."""

from __future__ import annotations

from ...actors.resolve.common import patient_possessive
from ...ground.clauses import SPEECH_LEMMAS as SPEECH_VERBS
from ...syntax import climb, first_conjunct, prep_objects
from ...words import token_in, word_class
from ..lexicon import Lexicon
from ..match import STATE_VERBS, on_state_holder
from .common import HOSTING, REPORTING_VERBS, _light, _negated, _no_dateline
from .subjects import subject_heads

NAMING = word_class("naming_verbs")  # data/word_classes.yaml
PREDICATE_NAMING = word_class("predicate_naming_verbs")  # data/word_classes.yaml


ADJUNCT_PREPS = word_class("adjunct_event_preps")  # data/word_classes.yaml
ACT_NAMING_NOUNS = word_class("act_naming_nouns")  # data/word_classes.yaml
GATHERING_NOUNS = word_class("gathering_nouns")  # data/word_classes.yaml
FIGHTING_NOUNS = word_class("fighting_nouns")
GATHERING_PARTS = word_class("gathering_part_nouns")
GATHERING_ACTS = word_class("gathering_acts")
PRESS_NOUNS = word_class("press_nouns")
GATHERING_PREPS = word_class("gathering_preps")  # data/word_classes.yaml


def _held_with_others(n, v) -> bool:
    """A gathering the speaker shared with someone: a counterpart that is not the press
    ("said in a phone call with Macron", "in a call to him", not "with reporters") or several
    speakers ("the two ministers said at the meeting"); one who only speaks at a meeting or
    call took no part in talks ("said at a meeting of his party that ...")."""
    for x in (n, v):
        for p in x.children:
            if p.dep_ == "prep" and p.lower_ in ("with", "between", "to"):
                if any(o.dep_ == "pobj" and not token_in(o, PRESS_NOUNS) for o in p.children):
                    return True
    heads = subject_heads(v)
    return len(heads) > 1 or any(
        h.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in h.children) for h in heads
    )


def _gathering_verb(n):
    """The verb of a clause told at a meeting, talks or a call, whose subject took part in it:
    "the ministers pledged at the end of a two-day meeting to ...", "during the talks the two
    leaders agreed", "discussed the crisis in a phone call"; None for any other noun or act
    ("rebels shelled the town during the talks" were not at them)."""
    if not token_in(n, GATHERING_NOUNS):
        return None
    if any(c.dep_ in ("amod", "acl") and c.lemma_.lower() in HOSTING for c in n.children):
        return None  # "at Norwegian-mediated talks": the third-party talks of recode.py
    t = n
    if t.dep_ == "pobj" and t.head.lower_ == "of" and token_in(t.head.head, GATHERING_PARTS):
        t = t.head.head  # "at the end of the meeting", "on the sidelines of the summit"
    if t.dep_ != "pobj" or t.head.lower_ not in GATHERING_PREPS or t.head.dep_ != "prep":
        return None
    v = t.head.head
    if v.dep_ == "dobj" and v.pos_ in ("NOUN", "PROPN"):
        v = v.head  # "discussed the dispute in a phone call": the parser hangs it on the object
    if v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in GATHERING_ACTS:
        return None
    if not any(c.dep_ == "nsubj" for c in v.children) or _negated(v):
        return None
    if v.lemma_.lower() in SPEECH_VERBS and not _held_with_others(n, v):
        return None
    return v


def _explicit_doer(n) -> bool:
    """A noun event that names who did it: "attacks on police posts by Rohingya insurgents",
    "Russia's annexation", "EU sanctions imposed on Belarus"."""
    for c in n.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            return True
        if c.dep_ in ("compound", "amod", "nmod") and (
            c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")
        ):
            return True
        if c.dep_ == "acl" and c.tag_ == "VBN" and any(g.dep_ == "agent" for g in c.children):
            return True
    return False


def _nominal_is_core(tok, lex: Lexicon) -> bool:
    """A noun event counts when the clause is about it (subject or object of a verb,
    a light-verb object, an apposition), not when it is background in an adjunct
    ("after the 2014 annexation", "amid sanctions")."""
    t = first_conjunct(_carrier(tok))
    if _gathering_verb(t) is not None:
        return True  # "during the talks, the two ministers agreed": they held the talks
    if (
        t.dep_ == "pobj"
        and t.head.lower_ in ("during", "after", "following", "amid", "amidst")
        and (
            (
                token_in(t, GATHERING_NOUNS)
                and any(p.dep_ == "prep" and p.lower_ in ("between", "with") for p in t.children)
            )
            or _fighting_between_sides(tok)
            or _fighting_with_side(tok)
        )
    ):
        # "the offer came during a telephone call between the two prime ministers", "after a
        # call with Erdogan, Athens agreed", "aid agencies fled after a week of fighting between
        # the army and the militia": a call or meeting that names its parties, or fighting that
        # names both its sides, told as the time of the clause's own act, happened then
        # (gold/CODING.md codes it with its date), not background like "after years of fighting";
        # "two civilians died amid fighting between the army and the rebels": ongoing then
        return True
    if t.dep_ == "pobj" and t.head.lower_ in ADJUNCT_PREPS:
        return False
    if t.dep_ == "pobj" and _light(lex, t.head.head):
        return True
    return t.dep_ in (
        "nsubj",
        "nsubjpass",
        "dobj",
        "ROOT",
        "attr",
        "appos",
        "conj",
        "pobj",
        "oprd",
        "dative",
    )


# verbs whose subject tells of or sees an event without doing it
WITNESSING = REPORTING_VERBS | {"see", "witness", "hear", "describe", "record", "document", "count", "fear",
                                "recall", "remember", "condemn", "deplore",
                                # what one lives through, escapes or compares is someone else's
                                # act: "they escaped the bombing and gunfire"
                                "flee", "escape", "survive", "suffer", "endure", "face", "dodge", "evade",
                                "compare", "mourn", "avoid", "risk", "investigate", "oppose", "criticise",
                                "criticize", "welcome", "blame", "protest",
                                # what one judges, backs or contests is someone else's act:
                                # "denounced the arrests", "supported the strike", "challenged
                                # the ban in court", "rejected the ruling"
                                "denounce", "decry", "slam", "praise", "hail", "support", "back",
                                "reject", "dismiss", "deny", "defend", "justify", "question",
                                "challenge", "appeal"}  # fmt: skip


LIGHT_SUBJECT_DEPS = ("dobj", "nsubjpass")


PART_VERBS = word_class("taking_part_verbs")  # data/word_classes.yaml
BEHIND_VERBS = word_class("behind_verbs")  # data/word_classes.yaml
EVENT_QUANTITY_NOUNS = word_class("event_quantity_nouns")  # data/word_classes.yaml
MEANS_USE = word_class("means_use_words")  # data/word_classes.yaml
MEANS_ROLES = word_class("means_use_roles")
DEFINITE = {"the", "this", "that", "these", "those"}


def against_or_for(tok) -> bool:
    """A modifier inside "anti-government", "pro-Russian", "anti-war": what the event is
    against (or for), never who does it ("anti-government protests" are not the
    government's)."""
    doc = tok.doc
    low = tok.lower_
    if low in ("anti", "pro", "-") or low.startswith(("anti-", "pro-")):
        return True
    return (
        tok.i >= 2
        and doc[tok.i - 1].text in ("-", "–")
        and doc[tok.i - 2].lower_ in ("anti", "pro")
    )


def _fighting_between_sides(n) -> bool:
    """ "fighting between the army and the militia", "clashes between rival clans": a
    fighting noun whose "between" phrase names both sides (two conjoined parties or a
    plural)."""
    if not token_in(n, FIGHTING_NOUNS):
        return False
    for p in n.children:
        if p.dep_ == "prep" and p.lower_ == "between":
            for o in p.children:
                if o.dep_ == "pobj" and (
                    any(c.dep_ == "conj" for c in o.children) or o.tag_ in ("NNS", "NNPS")
                ):
                    return True
    return False


# spans too long to be one dated act: "after years of fighting with the rebels" is background
LONG_SPANS = {"month", "months", "year", "years", "decade", "decades"}


def _fighting_with_side(n) -> bool:
    """ "seized the town after two days of fighting with the army", "after heavy clashes with
    police": a fighting noun whose "with" phrase names the other side (the clause's doer is
    the one), over a span no longer than weeks."""
    if not token_in(n, FIGHTING_NOUNS):
        return False
    carrier = _carrier(n)
    if carrier is not n and carrier.lower_ in LONG_SPANS:
        return False
    return any(
        p.dep_ == "prep" and p.lower_ == "with" and any(o.dep_ == "pobj" for o in p.children)
        for p in n.children
    )


def _carrier(n):
    """ "three days of combat drills", "a wave of arrests": the quantity noun stands in the
    clause for the event noun."""
    if (
        n.dep_ == "pobj"
        and n.head.lower_ == "of"
        and n.head.head.lemma_.lower() in EVENT_QUANTITY_NOUNS
    ):
        return n.head.head
    return n


def _naming_verb(v) -> bool:
    """ "called the arrests an assault", "described the raid as illegal": a verb that names
    its object something (an object predicate or an "as" phrase); the act named is someone
    else's, not the namer's."""
    if v.lemma_.lower() in PREDICATE_NAMING:
        return any(c.dep_ == "oprd" for c in v.children)
    return v.lemma_.lower() in NAMING and any(
        c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in v.children
    )


SUFFERED_NOUNS = word_class("suffered_nouns")  # data/word_classes.yaml


# acts a person undergoes: "his arrest", "her conviction", "Navalny's release" name the one
# arrested, convicted or freed, not the doer (data/word_classes.yaml)
UNDERGONE_NOUNS = word_class("undergone_act_nouns")


def _undergoer(n, poss) -> bool:
    """A possessive of a person ("his", "her", "their", a person's name) on a noun of an act
    done to people, with no "of" phrase naming whom it was done to: the one it was done to
    ("planning an appeal against his conviction", "their arrests came after ...")."""
    if n.lemma_.lower() not in UNDERGONE_NOUNS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children):
        return False  # "their arrest of the protesters": the doers
    return poss.lower_ in ("his", "her", "their") or poss.ent_type_ == "PERSON"


def own_doers(n) -> list:
    """The doers a noun names on itself, as options: "X's visit", "Israeli strikes", "EU
    sanctions" (not the one undergoing it: "his arrest")."""
    patient = patient_possessive(n)
    opts = [
        [c] for c in n.children if c.dep_ == "poss" and c not in patient and not _undergoer(n, c)
    ]
    return opts + [[c] for c in _modifiers(n) if _named(c)]


def _means_user(t) -> list:
    """Who uses the means of force an event noun names, as options: "the army used air
    strikes against the rebels" (the verb's subject), "the government's use of tear gas on
    protesters" (the use's own doer). A particular act, definite or possessed, used "as" a
    pretext or to some end ("used the attack as a pretext") is someone else's act exploited."""
    use = t.head
    if t.dep_ == "dobj" and use.pos_ == "VERB" and use.lemma_.lower() in MEANS_USE:
        if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in t.children):
            return []
        for c in [*use.children, *t.children]:
            if (
                c.dep_ == "prep"
                and c.lower_ == "as"
                and not any(
                    g.dep_ == "pobj" and g.lemma_.lower() in MEANS_ROLES for g in c.children
                )
            ):
                return []
        return [subject_heads(use)]
    use = t.head.head
    if (
        t.dep_ == "pobj"
        and t.head.lower_ == "of"
        and use.pos_ == "NOUN"
        and use.lemma_.lower() in MEANS_USE
    ):
        return [[o] for o in prep_objects(use, ("prep", "agent"), "by")] + own_doers(use)
    return []


def _modifiers(n) -> list:
    """The modifiers of a noun event that may name its doer, in text order."""
    return [c for c in n.children if c.dep_ in ("amod", "compound", "nmod")
            and c.pos_ in ("ADJ", "PROPN", "NOUN") and not against_or_for(c)]  # fmt: skip


def _named(c) -> bool:
    return c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")


def nominal_source(n, lex: Lexicon) -> list:
    """Who did a nominal event, as options best first: "the attack by X", "X's visit",
    "Israeli strikes", "X launched an attack", "X carried out strikes on"."""
    opts: list = []
    for c in n.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            got = [g for g in c.children if g.dep_ == "pobj"]
            if got:
                opts.append(got[:1])
    opts.extend(own_doers(n))
    t = _carrier(n)
    for _ in range(4):  # "launched rocket, mortar and artillery fire": the first conjunct's verb
        if t.dep_ != "conj":
            break
        t = t.head
    if (
        t.dep_ in LIGHT_SUBJECT_DEPS
        and not _naming_verb(t.head)
        and (
            _light(lex, t.head)
            or (t != n and t.head.pos_ == "VERB" and t.head.lemma_.lower() not in WITNESSING)
        )
    ):
        opts.append(
            subject_heads(t.head)
        )  # not "residents reported air strikes and heavy fighting"
    if t.dep_ == "pobj" and _light(lex, t.head.head):
        opts.append(subject_heads(t.head.head))
    opts.extend(_means_user(t))
    if (
        t.dep_ == "pobj"
        and t.head.lower_ in ("on", "in", "under")
        and t.head.head.lemma_.lower() in STATE_VERBS
        and not (t.head.lower_ == "under" and n.lemma_.lower() in SUFFERED_NOUNS)
    ):
        opts.append(
            subject_heads(t.head.head)
        )  # "his forces were on high alert", "remained on alert"
    held = on_state_holder(t)
    if held and not (held[0].pos_ != "VERB" and lex.candidates("noun", held[0].lemma_.lower())):
        opts.append(held)  # not another act's object: "a crackdown on strike action"
    if (
        t.dep_ == "pobj"
        and t.head.lower_ == "behind"
        and t.head.head.lemma_.lower() in BEHIND_VERBS
        and not _negated(t.head.head)
    ):
        # "Russian hackers were behind the cyberattack on the parliament", "the group that is
        # believed to be behind the bombing": who is behind an act did it
        opts.append(subject_heads(t.head.head))
    if (
        t.dep_ == "pobj"
        and t.head.lower_ in ("in", "as")
        and t.head.dep_ == "prep"
        and t.head.head.pos_ in ("VERB", "AUX")
        and n.lemma_.lower() in ACT_NAMING_NOUNS
    ):
        # "In a concession to the opposition, the government agreed to ...": the clause's doer;
        # of a complement ("allowed migrants to settle there, in a concession to X"), the one
        # who allows, not those allowed (but not the one who reports it)
        v = climb(t.head.head, lambda v: v.dep_ in ("xcomp", "ccomp")
                  and v.head.lemma_.lower() not in REPORTING_VERBS)  # fmt: skip
        opts.append(subject_heads(v))
    gathered = _gathering_verb(t)
    if gathered is not None:
        opts.append(subject_heads(gathered))
    took = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "in" else None
    if (
        took is not None
        and took.lemma_.lower() in PART_VERBS
        and (took.lemma_.lower() != "involve" or any(c.dep_ == "auxpass" for c in took.children))
        and not _negated(took)
    ):
        # "Iran has been involved in a disinformation campaign against Israel", "Iranian
        # officers participated in the attack": who took part in an act did it
        opts.append(subject_heads(took) if took.lemma_.lower() != "involve" else
                    [c for c in took.children if c.dep_ == "nsubjpass"][:1])  # fmt: skip
    resp = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "for" else None
    if (
        resp is not None
        and resp.lemma_.lower() == "responsible"
        and resp.dep_ == "acomp"
        and resp.head.lemma_.lower() in BEHIND_VERBS
        and not any(_negated(x) for x in (resp, resp.head))
    ):
        # "officials said the PKK was responsible for the bombing", "the group, which claims to
        # be responsible for the ambush": as "behind" (not "held X responsible": an accusation)
        opts.append(subject_heads(resp.head))
    opts.extend([c] for c in _modifiers(n) if not _named(c))
    # "drones launched by the Houthis", "a convoy sent by the WFP"
    for c in n.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            for g in c.children:
                if g.dep_ == "agent":
                    got = [x for x in g.children if x.dep_ == "pobj"]
                    if got:
                        opts.append(got[:1])
    return [o for o in (_no_dateline(o) for o in opts) if o]
