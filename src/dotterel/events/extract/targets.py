"""Whom an event is aimed at beyond the pattern's slot: phrases that may name the target
(`_loose_targets`), the addressee of a request or threat, recipients ("offered its troops to
Lebanon"), the subject of a demanded clause; and the helpers the builder uses to look inside
a target phrase (`inner_actor_heads`, `referent_types`, `is_generic_people`)."""

from __future__ import annotations

from ...actors.resolve import ALLY_NOUNS
from ...syntax import has_to_aux, sums_up_the_clause_before
from ...words import token_in, word_class
from ..match import Hit
from .common import EMPTY_SUBJECTS, _after_comma, in_dateline
from .governed import NOUN_WRAPPER_CLAUSES

DOER_ADJECTIVE_ACTS = word_class("doer_adjective_act_nouns")  # data/word_classes.yaml
# those who stand with or against someone: the owner named is not one of them ("Iran's
# backers", "Syria's neighbours")
PARTNER_NOUNS = word_class("others_party_nouns")  # data/word_classes.yaml
RUNNING_PARTICIPLES = word_class("running_participles")  # data/word_classes.yaml

# Nouns that refer back to an event told before: "rejected the accusation" (the accuser),
# "welcomed the decision" (the decider), "condemned the violence" (those who were violent).
REFERENT_NOUNS: dict[str, set[str] | None] = {
    "accusation": {"ACCUSE"}, "allegation": {"ACCUSE"}, "charge": {"ACCUSE"},
    "criticism": {"ACCUSE"}, "condemnation": {"ACCUSE"}, "complaint": {"ACCUSE"},
    "claim": {"ACCUSE"}, "report": {"ACCUSE"}, "blame": {"ACCUSE"}, "censure": {"ACCUSE"},
    "call": {"REQUEST"}, "demand": {"REQUEST"}, "appeal": {"REQUEST"},
    "request": {"REQUEST"}, "ultimatum": {"REQUEST", "THREATEN"}, "plea": {"REQUEST"},
    "offer": {"AGREE", "CONCEDE"}, "proposal": {"AGREE", "CONCEDE", "REQUEST"},
    "invitation": {"AGREE"}, "overture": {"AGREE"}, "initiative": {"AGREE"},
    "plan": {"AGREE", "CONCEDE"}, "threat": {"THREATEN"}, "warning": {"THREATEN"},
    "arrest": {"COERCE"}, "detention": {"COERCE"}, "crackdown": {"COERCE", "ASSAULT"},
    "ban": {"COERCE"}, "curfew": {"COERCE"},
    "violence": {"ASSAULT", "PROTEST"}, "attack": {"ASSAULT"}, "strike": {"ASSAULT", "PROTEST"},
    "shelling": {"ASSAULT"}, "bombing": {"ASSAULT"}, "killing": {"ASSAULT"},
    "raid": {"ASSAULT"}, "offensive": {"ASSAULT"}, "incursion": {"ASSAULT"},
    "riot": {"PROTEST"}, "protest": {"PROTEST"}, "unrest": {"PROTEST"},
    "sanction": {"SANCTION"}, "expulsion": {"SANCTION"}, "cut": {"SANCTION"},
    "measure": {"SANCTION", "COERCE"},  # "welcomed the measures" after sanctions: the imposers
    "drill": {"MOBILIZE", "COOPERATE"}, "exercise": {"MOBILIZE", "COOPERATE"},
    "deployment": {"MOBILIZE"}, "visit": {"CONSULT"}, "trip": {"CONSULT"},
    "talk": {"CONSULT"}, "meeting": {"CONSULT"}, "summit": {"CONSULT"},
    "deal": {"AGREE", "SUPPORT", "CONCEDE", "COOPERATE"},
    "agreement": {"AGREE", "SUPPORT", "CONCEDE", "COOPERATE"},
    "accord": {"AGREE", "SUPPORT", "CONCEDE"}, "truce": {"CONCEDE", "RETREAT"},
    "ceasefire": {"CONCEDE", "RETREAT"}, "aid": {"AID", "AGREE"},
    "decision": None, "move": None,
    # "released four prisoners, a step Yerevan praised", "welcomed the step": the act told
    # before (only as such: "a step towards peace" names none; see referent_types)
    "step": None,
    # "condemned the launch", "criticised the invasion", "an inquiry into the shootings"
    "launch": {"MOBILIZE", "ASSAULT"}, "test": {"MOBILIZE"}, "shooting": {"ASSAULT"},
    "invasion": {"ASSAULT"}, "abduction": {"ASSAULT"}, "kidnapping": {"ASSAULT"},
    "execution": {"ASSAULT"}, "seizure": {"COERCE"}, "blockade": {"COERCE"},
    "deportation": {"COERCE"}, "shutdown": {"COERCE"}, "suspension": {"SANCTION"},
    "release": {"RETREAT"}, "exchange": {"RETREAT", "COOPERATE"}, "swap": {"RETREAT"},
    # "called the closure of the crossing unjustified", "condemned the takeover"
    "gesture": {"CONCEDE", "AGREE", "RETREAT"}, "concession": {"CONCEDE", "RETREAT"},
    "closure": {"COERCE", "SANCTION"}, "takeover": {"COERCE"}, "withdrawal": {"RETREAT", "SANCTION"},
    # a court's acts ("criticised the ruling", "condemned the verdict"), a probe's ("called the
    # case a vendetta"), a demonstration ("banned the rally", "supported the strike")
    "ruling": {"COERCE", "SANCTION", "ACCUSE"}, "verdict": {"COERCE", "SANCTION", "ACCUSE"},
    "judgment": {"COERCE", "SANCTION", "ACCUSE"}, "judgement": {"COERCE", "SANCTION", "ACCUSE"},
    "sentence": {"SANCTION"}, "conviction": {"SANCTION"}, "dissolution": {"COERCE"},
    "case": {"ACCUSE"}, "warrant": {"COERCE", "ACCUSE"}, "impeachment": {"ACCUSE"},
    # "called the trial a witch hunt" (the court's), "called the boarding of the ship piracy"
    "trial": {"SANCTION", "ACCUSE", "COERCE"}, "prosecution": {"ACCUSE", "SANCTION"},
    "boarding": {"COERCE"},
    "rally": {"PROTEST"}, "march": {"PROTEST"}, "demonstration": {"PROTEST"},
    "gathering": {"PROTEST"}, "walkout": {"PROTEST"}, "boycott": {"PROTEST", "SANCTION"},
    # "criticised the extension" (of a state of emergency, of sanctions, of a truce), "welcomed
    # the renewal": the act extended, by whoever extended it
    "extension": {"COERCE", "SANCTION", "CONCEDE"}, "renewal": {"COERCE", "SANCTION", "CONCEDE"},
    # "an inquiry into the deaths": the killings told before
    "death": {"ASSAULT"},
    # "called the state of emergency a pretext", "the emergency powers" (through the noun of
    # the instrument, below): whoever declared it
    "emergency": {"COERCE"},
}  # fmt: skip
# "the emergency powers", "the curfew order", "the ban decree": an instrument named by the act
# it carries out refers back to that act (data/word_classes.yaml)
ACT_INSTRUMENT_NOUNS = word_class("act_instrument_nouns")

GENERIC_PEOPLE = word_class("generic_people_targets")  # data/word_classes.yaml


def _noun_addressee(n, inner: Hit) -> list:
    """Whom a demand, threat or appeal named by a noun addresses: "its demand on Israel",
    "a warning to Iran", "the demand that Israel ease restrictions" (the clause's subject),
    "put pressure on Mali" (the parser hangs the "on" on the light verb)."""
    verb_preps = [c for c in n.head.children if c.i > n.i] if n.dep_ == "dobj" else []
    for c in [*n.children, *verb_preps]:
        if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to", "against"):
            for g in c.children:
                if g.dep_ == "pobj" and g != inner.trigger:
                    return [g]
    for c in n.children:
        if c.dep_ in NOUN_WRAPPER_CLAUSES or c.dep_ == "prep":
            for g in [c] + [x for x in c.children if x.dep_ in NOUN_WRAPPER_CLAUSES]:
                subj = [x for x in g.children if x.dep_ in ("nsubj", "nsubjpass")]
                if subj and subj[0].lower_ not in EMPTY_SUBJECTS:
                    return subj[:1]
    return []


def _addressee(tok, inner: Hit) -> list:
    """Who a request/threat/offer is addressed to: "urged Russia to", "called on Iran to",
    "demanded that Israel ...", "threatened Kyiv with"; a second infinitive with a subject of
    its own is addressed to it ("urged Rwanda to withdraw and the rebels to halt": the rebels,
    nlp._gapped_object_control)."""
    own = _conjunct_subject(tok, inner.trigger)
    if own:
        return own
    for c in tok.children:
        if c.dep_ in ("dobj", "dative") and c != inner.trigger and c not in inner.used:
            return [c]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to", "with"):
            for g in c.children:
                if g.dep_ == "pobj" and g != inner.trigger:
                    return [g]
    # "demanded that Israel withdraw", "demanded that the US match the EU's support":
    # the subject of the governed clause
    return _complement_subject(tok, inner.trigger)


def _conjunct_subject(tok, inner) -> list:
    """The subject of a coordinated infinitive on the way from the governed act up to `tok`
    ("urged X to A and Y to B": Y for B), or []."""
    t = inner
    for _ in range(5):
        if t == tok or t.head == t:
            return []
        if t.dep_ == "conj" and t.pos_ == "VERB" and has_to_aux(t):
            return [c for c in t.children if c.dep_ == "nsubj"][:1]
        t = t.head
    return []


def _complement_subject(tok, inner=None) -> list:
    """The subject of the clause a verb governs ("demanded that Washington lift ...")."""
    clauses = []
    if inner is not None:
        t = inner
        for _ in range(5):
            if t.head == tok or t.head == t:
                break
            t = t.head
        if t.head == tok:
            clauses.append(t)
    clauses += [
        c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "advcl") and c not in clauses
    ]
    for t in clauses:
        if t.dep_ not in ("ccomp", "xcomp", "advcl") or _after_comma(tok, t):
            continue
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].lower_ not in EMPTY_SUBJECTS:
            return subj[:1]
    return []


LOOSE_PREPS = (
    "to",
    "against",
    "with",
    "on",
    "toward",
    "towards",
    "at",
    "into",
    "upon",
    "from",
    "over",
    "about",
    "as",
    "between",
)
ACTIVITY_NOUNS = word_class("activity_nouns")  # data/word_classes.yaml
# reflexive pronouns: the doer again, never another party (also constructions.py: "calling
# themselves the Cyber Army" takes a name, no verdict)
REFLEXIVE = {"themselves", "himself", "herself", "itself", "ourselves", "myself", "yourself",
             "yourselves", "oneself", "themself"}  # fmt: skip


# "struck at the request of the Somali government", "acting on behalf of Iran", "with the
# help of France": the one who asked or helped, not the one acted on
ON_BEHALF_NOUNS = word_class("on_behalf_nouns")  # data/word_classes.yaml


def _on_behalf(prep, noun) -> bool:
    """ "at the request of", "on behalf of", "with the help of", "upon the invitation of": the
    phrase names who asked or helped ("commit to any assistance to the war" is no such phrase)."""
    return (
        prep.lower_ in ("at", "on", "upon", "with", "by") and noun.lemma_.lower() in ON_BEHALF_NOUNS
    )


def _attacked(typ: str, act, prep) -> bool:
    """ "would respond with force to any attack on its soldiers": a threat answers the attack,
    so the one attacked ("on", "against" the act) is not whom it is aimed at."""
    return (
        typ == "THREATEN"
        and act.lemma_.lower() in DOER_ADJECTIVE_ACTS
        and prep.lower_ in ("on", "upon", "against")
    )


def _loose_targets(v, typ: str) -> list:
    """Phrases of a clause that may name the target when the pattern's slot did not:
    the object, "to/against/with" phrases ("threatened to deliver blows to the United
    States"), the subject of an if/unless clause (a threat is aimed at the one whose act
    is the condition), the subject of a demanded clause ("demanded that the US cancel")."""
    out = []
    kids = list(v.children)
    if v.pos_ in ("VERB", "AUX"):
        out.extend(c for c in kids if c.dep_ in ("dobj", "dative") and c.lower_ not in REFLEXIVE
                   and c.lemma_.lower() not in ACTIVITY_NOUNS)  # fmt: skip
        for c in kids:
            if (
                c.dep_ in ("prep", "dative")
                and c.lower_ in LOOSE_PREPS
                and not (c.lower_ == "from" and typ in ("ASSAULT", "MOBILIZE"))
            ):  # "fired from Syria": the origin
                out.extend(g for g in c.children if g.dep_ == "pobj" and not _on_behalf(c, g))
        for c in kids:
            if c.dep_ == "dobj":
                for g in c.children:
                    if g.dep_ == "prep" and g.lower_ in LOOSE_PREPS:
                        out.extend(x for x in g.children if x.dep_ == "pobj")
        for c in kids:  # "kidnapped up to 16 Russian advisers": the parser's "up to" is the object
            if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "up":
                out.extend(x for g in c.children if g.dep_ == "prep" and g.lower_ == "to"
                           for x in g.children if x.dep_ == "pobj")  # fmt: skip
        for c in kids:  # "reneged on its commitment to the Zambian people"
            if c.dep_ == "prep" and c.lower_ in LOOSE_PREPS:
                for g in c.children:
                    if g.dep_ == "pobj" and g.pos_ == "NOUN" and not _on_behalf(c, g):
                        for x in g.children:
                            if (
                                x.dep_ == "prep"
                                and x.lower_ in LOOSE_PREPS
                                and not _attacked(typ, g, x)
                            ):
                                out.extend(y for y in x.children if y.dep_ == "pobj")
        if typ in ("THREATEN", "REQUEST", "REJECT", "CONCEDE"):
            # "warned that the North would retaliate if the allies went ahead": the condition
            # inside what is said, as well as one on the saying itself
            said = [c for c in kids if c.dep_ == "ccomp"] if typ == "THREATEN" else []
            if typ == "THREATEN":  # "warned in a statement ... that the North would ..."
                said += [
                    x
                    for c in kids
                    if c.dep_ == "prep"
                    for g in c.children
                    if g.dep_ == "pobj"
                    for x in g.children
                    if x.dep_ in ("acl", "ccomp")
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children)
                ]
            for t in [v] + [a for a in v.ancestors][:3] + said:
                for c in t.children:
                    if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless", "until")
                                                 for g in c.children):  # fmt: skip
                        # a passive condition's subject is what the act is done to ("would pay
                        # a heavy price if the prisoners were not released", "if its forces
                        # were attacked"): its agent, if named, is the one whose act it is
                        out.extend(g for g in c.children if g.dep_ == "nsubj"
                                   and g.lower_ not in ("it", "there"))  # fmt: skip
                        out.extend(x for g in c.children if g.dep_ == "agent"
                                   for x in g.children if x.dep_ == "pobj")  # fmt: skip
        if typ in ("REQUEST", "THREATEN", "AID", "AGREE", "SUPPORT"):
            out.extend(_complement_subject(v))  # "demanded that the US ...", "help Bangladesh care"
        for c in kids:  # "declined to answer a demand from the Kenyan president"
            if c.dep_ == "xcomp":
                out.extend(_loose_targets(c, "")[:3])
        if typ in ("COERCE", "THREATEN", "SANCTION"):
            # "imposed limits on its job market for workers from Romania": whom
            # a restriction is for is whom it restricts (last: any other phrase comes first)
            out.extend(g for c in kids if c.dep_ == "prep" and c.lower_ == "for"
                       for g in c.children if g.dep_ == "pobj")  # fmt: skip
    else:
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in LOOSE_PREPS:
                out.extend(g for g in c.children if g.dep_ == "pobj")
    return [t for t in out if t.lower_ not in REFLEXIVE]


def _recipients(tok) -> list:
    """ "offered its troops to Lebanon", "granted asylum to", "handed over to Britain"."""
    out = []
    for c in tok.children:
        if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(c)
        if c.dep_ in ("dative", "prep") and c.lower_ in ("to", "toward", "towards"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
    for c in tok.children:
        if c.dep_ == "dobj":
            for g in c.children:
                if g.dep_ == "prep" and g.lower_ == "to":
                    out.extend(x for x in g.children if x.dep_ == "pobj")
    return out


# -- helpers the builder uses to find targets -----------------------------------------------------
def inner_actor_heads(tok) -> list:
    """Tokens inside a target phrase that may name its actor, nearest first: "Serbia's
    suppression", "an Indian proposal", "calls by Kofi Annan", "an appeal from President
    Gbagbo", "posts of the Somali security forces", "a camp for Congolese refugees"."""
    out = []
    kids = list(tok.children)
    if tok.lemma_.lower() in ALLY_NOUNS:
        # "Rwanda's militia ally in eastern Congo", "Iran's proxies": someone else's forces
        kids = [
            c
            for c in kids
            if c.dep_ not in ("poss", "amod", "nmod") and c.ent_type_ not in ("NORP", "GPE")
        ]
    if tok.lemma_.lower() in PARTNER_NOUNS:
        # "the US army's local partners": someone else's; "its British partners" are British
        kids = [c for c in kids if c.dep_ != "poss"]
    out.extend(c for c in kids if c.dep_ == "poss")
    if token_in(tok, DOER_ADJECTIVE_ACTS):
        # "the Turkish invasion of northern Syria": the nationality is the doer, the "of" or
        # "against" phrase what it is done to
        out.extend(c for c in kids if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i
                   and (c.ent_type_ in ("NORP", "GPE") or c.pos_ in ("ADJ", "PROPN") and c.text[:1].isupper()))  # fmt: skip
    for c in kids:  # "the US-led war", "Saudi-backed forces": the leader
        runner = c.i >= 1 and c.doc[c.i - 1].text == "-" and c.lower_ in RUNNING_PARTICIPLES
        if c.dep_ in ("amod", "compound") and (c.tag_ == "VBN" or runner):
            # ("Serbian-run offices": the nationality adjective parsed as the participle's amod;
            # "Serb-run institutions": the participle parsed as a compound, even as a noun)
            out.extend(
                g
                for g in c.children
                if (g.dep_ in ("npadvmod", "compound", "nmod") and g.pos_ == "PROPN")
                or (g.dep_ == "amod" and g.ent_type_ in ("NORP", "GPE") and g.i < c.i)
            )
    owned = any(c.dep_ == "poss" for c in kids)
    for c in kids:
        if owned and c.lower_ == "against":
            continue  # "the rebels' campaign against the army": theirs, the army is their enemy
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from", "of", "for", "belonging", "with",
                                                        "between", "against"):  # fmt: skip
            out.extend(g for g in c.children if g.dep_ == "pobj")
    # "an Indian proposal", "US-led war": a named modifier; not "official contact"
    out.extend(c for c in kids if c.dep_ in ("amod", "compound", "nmod", "npadvmod")
               and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")
                    or (c.pos_ == "ADJ" and c.text[:1].isupper())))  # fmt: skip
    # "attacks on police posts", "an army convoy": a sector noun names the one it belongs to
    out.extend(c for c in kids if c.dep_ == "compound" and c.pos_ == "NOUN")
    for c in kids:
        if c.dep_ == "appos":  # "as a grave wrong, Myanmar's treatment of ...": the same phrase
            out.append(c)
            out.extend(g for g in c.children if g.dep_ == "poss")
    for c in kids:  # "a camp ... near the town of X"; "in the region"
        if c.dep_ == "acl" and c.tag_ == "VBN":
            for g in c.children:
                if g.dep_ == "agent":
                    out.extend(x for x in g.children if x.dep_ == "pobj")
    return [t for t in out if not in_dateline(t)]


def referent_lemma(tok) -> str:
    """The word by which a target noun refers back to an act: its own lemma, or for an
    instrument named by its act ("the emergency powers") that act's noun."""
    lemma = tok.lemma_.lower()
    if lemma in ACT_INSTRUMENT_NOUNS:
        lemma = next((c.lemma_.lower() for c in tok.children if c.dep_ == "compound"
                      and c.lemma_.lower() in REFERENT_NOUNS), lemma)  # fmt: skip
    return lemma


def _definite_step(tok) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
               for c in tok.children) and not any(c.dep_ == "prep" for c in tok.children)  # fmt: skip


def referent_types(tok) -> tuple[bool, set[str] | None]:
    """Whether a target noun refers back to an event ("the accusation", "the decision"),
    and the event types it can name (None: any)."""
    if tok.pos_ not in ("NOUN",):
        return False, None
    lemma = referent_lemma(tok)
    if lemma not in REFERENT_NOUNS:
        return False, None
    if lemma == "measure" and not any(c.lower_ in ("the", "these", "those") for c in tok.children):
        return False, None  # "backed tougher measures at the border": no act told before
    # "released four prisoners on Monday, a step Yerevan praised": the step sums up the act
    if lemma == "step" and not (
        _definite_step(tok) or sums_up_the_clause_before(tok, object_of_the_answer=True)
    ):
        return False, None  # "welcomed steps towards a settlement": no act told before
    return True, REFERENT_NOUNS[lemma]


MARKET_KINDS = word_class("market_kinds")  # data/word_classes.yaml


def is_generic_people(tok) -> bool:
    if tok.lemma_.lower() == "market" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in MARKET_KINDS for c in tok.children
    ):
        return False
    return tok.pos_ in ("NOUN", "NUM") and (token_in(tok, GENERIC_PEOPLE))
