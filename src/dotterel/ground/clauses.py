"""Clause structure shared by time and place attachment: which tokens are the event's own
clause, which verbs govern it, and whether that clause speaks of the future."""

from __future__ import annotations

from ..syntax import has_to_aux
from ..words import word_class

FUTURE_MODALITIES = {"planned", "possible", "hypothetical"}
LOCATIVE_PREPS = word_class("locative_preps")  # data/word_classes.yaml
STRICT_LOCATIVE = word_class("strict_locative_preps")
MOTION_PREPS = word_class("motion_preps")  # data/word_classes.yaml
PLACE_ENTS = {"GPE", "LOC", "FAC"}
PLACE_NOUNS = word_class("place_nouns")  # data/word_classes.yaml
DIVISION_WORDS = word_class("division_words")  # data/word_classes.yaml
SPEECH_LEMMAS = word_class("speech_verbs")  # data/word_classes.yaml
FUTURE_GOVERNORS = word_class("future_governors")
MODAL_FUTURE = word_class("future_modals")
# events a state does on its own territory, placed in its country when the text names no
# place: arrests, bans, curfews and emergencies, protests, expulsions, alerts
DOMESTIC_TYPES = {"COERCE", "PROTEST", "MOBILIZE", "SANCTION"}
LOCALS = word_class("local_nouns")
# physical events, which happen somewhere: a place can be carried to them from context
CARRY_TYPES = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "AID", "CONSULT", "CONCEDE"}
# words of a country's own institutions and people: what they do happens in their country
DOMESTIC_NOUNS = word_class("domestic_nouns")  # data/word_classes.yaml


# -- clauses --------------------------------------------------------------------------------------
def clause_verb(tok):
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return t
        if t.head == t:
            return t
        t = t.head
    return t


def event_anchor_tokens(cand) -> set:
    """Tokens whose clause is the event's own, with the verbs it is a purpose or
    complement of ("will travel to Seoul next week to discuss": discuss is next week)."""
    anchors = {cand.trigger, cand.head}
    anchors.update(t for t in cand.trigger_tokens if t.pos_ in ("VERB", "AUX"))
    if cand.nominal:
        v = clause_verb(cand.trigger)
        if v is not None and _light_frame(cand.trigger, v):
            anchors.add(v)
        # "the summit ..., held in Hanoi last month": a participle describing the event
        anchors.update(
            c for c in cand.trigger.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"
        )
    if (
        cand.trigger.dep_ == "amod"
        and cand.trigger.head.pos_ in ("NOUN", "PROPN")
        and any(
            c.dep_ in ("npadvmod", "compound", "amod", "nmod") and c.i < cand.trigger.i
            for c in cand.trigger.children
        )
    ):
        # "At UN-brokered talks in Sweden last December": a participle naming its doer is
        # the event of the noun it modifies, with that noun's time and place
        anchors.add(cand.trigger.head)
    for a in list(anchors):
        anchors.update(governors(a))
    return anchors


def _light_frame(noun, verb) -> bool:
    """A nominal event whose verb only carries it ("held talks", "launched an attack", "the
    attack killed", "talks were held") shares that verb's time and place; a noun in a
    prepositional adjunct ("since the annexation") does not."""
    t = noun
    for _ in range(3):
        if t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "oprd", "appos"):
            return t.head == verb or t.head.head == verb
        if t.dep_ == "conj":
            t = t.head
            continue
        return False
    return False


def governors(tok, depth: int = 3) -> list:
    """Verbs an infinitive hangs from: "plans to visit", "travel ... to discuss"."""
    out = []
    t = tok
    for _ in range(depth):
        if t.dep_ == "xcomp" or (
            t.dep_ == "advcl"
            and (
                has_to_aux(t)
                or (t.tag_ == "VBG" and not any(c.dep_ in ("mark", "nsubj") for c in t.children))
            )
        ):
            # "..., killing 14 civilians": the participle shares its head's time and place
            t = t.head
            out.append(t)
        else:
            break
    return out


# with their straight and typographic contractions ("they’ve", "she’d", "they’ll")
PRESENT_PERFECT_AUX = word_class("present_perfect_aux")  # data/word_classes.yaml
PERFECT_AUX = word_class("perfect_aux")
WILL_AUX = word_class("future_aux")  # events/modality.py FUTURE_AUX


def is_future(verb, modality: str = "asserted") -> bool:
    """Tense of a clause: will/would/modal, "is due to", "plans to" -> future; a past verb,
    "has/had" + participle or "was" -> past; else the event's modality decides."""
    if verb is None:
        return modality in FUTURE_MODALITIES
    kids = list(verb.children)
    lowers = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
    if lowers & PERFECT_AUX and not lowers & WILL_AUX:
        return False
    if lowers & MODAL_FUTURE:
        return True
    if lowers & {"was", "were", "did"}:
        return False
    if verb.tag_ == "VBD":
        return False
    if verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.lemma_.lower() in FUTURE_GOVERNORS:
        gov = verb.head
        if any(c.lower_ == "had" for c in gov.children):
            return False
        if (gov.tag_ == "VBD" or any(c.lower_ in ("was", "were") for c in gov.children)) and not (
            reported_clause(gov)
        ):
            return False
        return True
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "amod"):
        return False  # "a deal signed on November 2"
    if has_to_aux(verb) and verb.dep_ in ("xcomp", "advcl"):
        return is_future(verb.head, modality)
    return modality in FUTURE_MODALITIES


def reported_clause(verb) -> bool:
    """A past verb of reported speech, backshifted from the present: "he said he planned to
    speak on Friday" is "I plan to speak on Friday", a future Friday."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_LEMMAS


def perfect_aspect(verb) -> str:
    """ "past" for simple past, "pluperfect" for had + participle, "present" otherwise."""
    lowers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "had" in lowers:
        return "pluperfect"
    if lowers & PRESENT_PERFECT_AUX or lowers & MODAL_FUTURE:
        return "present"
    if verb.tag_ == "VBD" or lowers & {"was", "were", "did"}:
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "conj"):
        return "past"
    return "present"
