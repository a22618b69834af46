"""Small tests and builders on actors shared by several resolution modules: is an actor a
person, the role it was found with, a copy of an actor for a later mention, a party, a
state's envoy at an international body."""

from __future__ import annotations

from dataclasses import replace

from ...model import Actor
from ...words import word_class
from ..kb import Entity
from .vocab import PEOPLE_SECTORS

# a state's representatives: at an international body they are still the state's
ENVOY_NOUNS = word_class("envoy_nouns")  # data/word_classes.yaml
# people named by the side they come from: "officials from Chile and Peru"
FROM_SIDE_NOUNS = word_class("from_side_nouns")

PATIENT_EVENT_NOUNS = word_class("patient_event_nouns")  # data/word_classes.yaml
# "government forces", "a regime jet": whose armed force it is (context.py, countries.py)
STATE_FORCE_WORDS = word_class("state_force_words")  # data/word_classes.yaml


def patient_possessive(n) -> list:
    """The possessive of a singular event noun done to someone, which names no "of" object:
    "ordered his arrest", "demanded her release", "the activist's detention" (the one
    arrested, released, detained, never the doer); not "the army's release of the
    prisoners" (the doer)."""
    if n.tag_ != "NN" or n.lemma_.lower() not in PATIENT_EVENT_NOUNS:
        return []
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children):
        return []
    return [c for c in n.children if c.dep_ == "poss"]


def told_year(tok, day) -> int | None:
    """The past year the clause of a mention is set in ("In 1998 President X ordered air
    strikes", "President X signed the accord in March 1994"): a year before `day` in an "in"
    phrase of the mention's own verb. None when the clause names no such year."""
    if day is None:
        return None
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    verbs = [verb]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "seized power in August 2020 and ousted President X": a year told on the first of
        # two coordinated verbs sets the second's clause too, unless it tells its own
        verbs.append(verb.head)
    for v in verbs:
        year = _year_in(v, day)
        if year is not None:
            return year
    return None


def _year_in(verb, day) -> int | None:
    """The past year of an "in"/"during" phrase of `verb` ("in March 1994"), or None."""
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in ("in", "during"):
            continue
        for g in p.children:
            if g.dep_ != "pobj":
                continue
            for y in (g, *(c for c in g.children if c.dep_ in ("nummod", "npadvmod", "compound"))):
                if y.shape_ == "dddd" and 1900 <= int(y.text) < day.year:
                    return int(y.text)
    return None


def _envoy_at_body(tok, ctx) -> bool:
    """ "Russia's UN ambassador", "the French UN envoy", "Syria's UN envoy Bashar Jaafari": a
    state's diplomat at an international body (named as a plain modifier, not "the bloc's
    envoy", nor coordinated: "the U.S. and EU envoys") is the state's."""
    org, org_tok = ctx["org"], ctx.get("org_tok")
    if org is None or ctx["country"] is None or "IGO" not in org.sector or org_tok is None:
        return False
    if org_tok.dep_ != "compound" or any(
        x.dep_ in ("conj", "cc") for x in (org_tok, *org_tok.children)
    ):
        return False
    if any(
        any(x.dep_ in ("conj", "cc") for x in (t, t.head, *t.children)) for t, _ in ctx["countries"]
    ):
        return False
    return any(t.lemma_.lower() in ENVOY_NOUNS for t in [*tok.subtree, tok.head] if t.i <= tok.i)


def sentence_country_codes(ctx) -> set[str]:
    """The countries the sentence being read names, as countries or national bodies."""
    return {c for c in (getattr(ctx, "_sentence_countries", None) or []) if c}


def _bracket_at(doc, j: int) -> bool:
    """One word in brackets starts at `j`: "(NDMA)", "(MONUSCO)"."""
    return j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")"


def acronym_ok(acr: str) -> bool:
    """A word that can be a body's acronym: two to six capital letters ("CAC", "NDMA")."""
    return 2 <= len(acr) <= 6 and acr.isalpha() and acr.isupper()


def is_person(a: Actor) -> bool:
    return a.why.startswith(
        ("kb:person", "text:person", "memory:person", "coref:person", "dict:person")
    )


def group_body(a: Actor) -> bool:
    """A body, not people: no private person, and of a group's sector other than the people's
    ("the rebels", "the opposition party"; not "residents", not "a member of the public")."""
    return not is_person(a) and bool(set(a.sector) - PEOPLE_SECTORS)


def state_itself(a: Actor) -> bool:
    """A state named as itself or its government ("Benin", "the Beninese government")."""
    return bool(a.country) and not a.org and not is_person(a) and set(a.sector) <= {"GOV"}


def role_of(a: Actor) -> str:
    """The role words an actor was found with ("national security adviser"), if any."""
    for prefix in ("kb:person:", "text:person:", "memory:person:"):
        if a.why.startswith(prefix):
            return a.why[len(prefix) :]
    return ""


def _opposition_first(sectors: list[str], mods: list[str]) -> list[str]:
    """ "opposition officials", "an opposition senator", "opposition lawmakers": the opposition
    is what they are (OPP, as "opposition lawmaker" in sectors.yaml), not the state office;
    "the opposition Green Party" is the opposition (CODING.md's KENOPP), not a party (PTY);
    an opposition bloc or alliance is the country's parties, not an international body."""
    if "OPP" in mods and sectors and sectors[0] in ("GOV", "LEG", "PTY"):
        return ["OPP"] + [s for s in sectors if s not in ("OPP", "GOV", "LEG", "PTY")]
    if "OPP" in mods and sectors[:1] == ["IGO"]:
        return ["OPP"]  # "the opposition Unity bloc", "an opposition alliance": parties, no IGO
    return sectors


def _copy(a: Actor, text: str, start: int, end: int, why: str) -> Actor:
    return replace(a, text=text, sector=list(a.sector), start=start, end=end, why=why)


def _is_party(org: Entity) -> bool:
    """A political party (sector PTY only): its members are coded country + role (GBROPP),
    not with the party's own code; armed movements with a party (Hezbollah) keep theirs."""
    return org.sector == ("PTY",) and org.country is not None


def _has_letter(text: str) -> bool:
    return any(c.isalpha() for c in text)


def adjective_subject_noun(tok):
    """The noun of a subject the parser headed with its first adjective: in "Current and
    former US officials said", "Current" is the subject and "officials" its conjunct. Any
    other token is itself."""
    if tok.tag_ == "JJ" and tok.pos_ == "ADJ":
        noun = next(
            (c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None
        )
        if noun is not None:
            return noun
    return tok
