"""What every extraction rule shares: the `Candidate` record, datelines ("KYIV, May 18 -"
is never an actor) and small token tests (auxiliaries, negation, light verbs, a comma between,
relative pronouns)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...doccache import doc_text
from ...syntax import has_to_aux, prep_objects
from ...words import word_class
from ..lexicon import Lexicon
from ..match import is_passive, lemma

SUBJECT_DEPS = ("nsubj", "csubj")
REFUSING = word_class("refusing_verbs")  # data/word_classes.yaml
REPORTING_VERBS = word_class("reporting_verbs_broad")  # data/word_classes.yaml
# "talks hosted by Oman", "UN-brokered talks": who hosted (044, the parties' third-party
# talks) or mediated (045) the talks a noun names (recode.py _third_party)
HOSTING = {"host": "044", "facilitate": "044", "sponsor": "044", "mediate": "045", "broker": "045"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# subjects that name no one by themselves: a clause with one of these tells nobody new
EMPTY_SUBJECTS = frozenset({"it", "they", "he", "she", "there", "this", "that", "which", "who"})


# "KYIV, May 18 -", "HAMBURG (Reuters) -", "COX'S BAZAR, Bangladesh —", "BAMAKO/PARIS -"
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,4})"
    r"(?:,\s*[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3})?"
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8}))?"
    r"\s*(?:\([^()\n]{1,40}\))?\s*(?:—|–|--|-)\s+"
)


@dataclass
class Candidate:
    """An event found in a sentence, before actors, dates and places are resolved."""

    trigger: object  # the token that carries the event (verb or noun)
    head: object  # the verb whose clause governs it (the wrapper, if any)
    type: str
    mode: str | None
    cameo: str
    source_heads: list  # options, best first: each a list of tokens (coordinated phrases)
    target_heads: list
    trigger_tokens: list
    modality: str
    explain: dict = field(default_factory=dict)
    nominal: bool = False
    source_from_adjective: bool = False
    recipient_heads: list = field(default_factory=list)  # "to"/dative phrases of the clause
    answers: set | None = None  # a denial: the event types it answers (target = accuser)
    wrapped: bool = False
    loose_heads: list = field(default_factory=list)  # other phrases that may name the target

    @property
    def told_at(self):
        """The token whose clause tells the event: the wrapper's verb when the event is wrapped
        ("threatened to impose sanctions": "threatened"), else the trigger."""
        return self.head if self.wrapped else self.trigger


# -- datelines ---------------------------------------------------------------------------------
def dateline_end(doc) -> int:
    """Character offset where a dateline at the start of the paragraph ends (0: none)."""
    key = "dotterel_dateline_end"
    got = doc.user_data.get(key)
    if got is None:
        m = _DATELINE.match(doc_text(doc))
        got = m.end() if m and len(re.sub(r"[^A-Z]", "", m.group(0))) >= 3 else 0
        doc.user_data[key] = got
    return got


def in_dateline(tok) -> bool:
    end = dateline_end(tok.doc)
    return bool(end) and tok.idx < end


def _subject_after_dateline(v):
    """ "KYIV, May 18 - Russian forces shelled": the parser took KYIV for the subject."""
    end = dateline_end(v.doc)
    span = [t for t in v.doc[: v.i] if t.idx >= end]
    best = None
    for t in span:
        if t.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if t.head == v or t.head.idx < end or t.head.i >= v.i:
            best = t if best is None or t.head == v else best
    return best


def _no_dateline(heads: list) -> list:
    return [t for t in heads if not in_dateline(t)]


def _negated(tok) -> bool:
    return any(x.dep_ == "neg" or x.lower_ in ("not", "n't", "never") for x in tok.children)


def to_infinitive(v) -> bool:
    """A "to" infinitive with no mark word of its own ("to surrender", not "in order to
    surrender" nor "so as to")."""
    return has_to_aux(v) and not any(c.dep_ == "mark" for c in v.children)


def _has_prep(tok, prep: str) -> bool:
    words = prep.split()
    kids = [c.lower_ for c in tok.children if c.dep_ in ("prep", "prt", "advmod", "mark", "dative")]
    kids += [
        g.lower_ for c in tok.children if c.dep_ == "advcl" for g in c.children if g.dep_ == "mark"
    ]
    return all(w in kids for w in words)


def _light(lex: Lexicon, tok) -> bool:
    return lemma(tok, lex) in lex.light_verbs


def _after_comma(tok, c) -> bool:
    """ "rejected the proposal, urging ...": a participle after a comma is an adjunct. A
    hyphen inside a word ("agreed at a two-day meeting to reopen") is no break; a spaced
    hyphen or en dash between words is one."""
    lo, hi = sorted((tok.i, c.i))
    return any(
        t.text in (",", ";", "—") or (t.text in ("-", "–") and _spaced(t)) for t in tok.doc[lo:hi]
    )


def _spaced(t) -> bool:
    """A token with a space on either side: a dash between words, not a hyphen in one."""
    return bool(t.whitespace_) or (t.i > 0 and bool(t.doc[t.i - 1].whitespace_))


def _opts(heads: list) -> list:
    return [heads] if heads else []


def _antecedents(heads: list) -> list:
    """ "Kherson, which Russian forces seized": the relative pronoun stands for Kherson."""
    out = []
    for t in heads:
        if t.lower_ in RELATIVE_PRONOUNS and t.tag_ in ("WDT", "WP", "IN"):
            v = t.head
            while v.dep_ not in ("relcl", "ROOT") and v.head != v:
                v = v.head
            if v.dep_ == "relcl":
                out.append(v.head)
                continue
        out.append(t)
    return out


def object_before(inf):
    """The object of the verb an infinitive hangs on, ending right before the infinitive:
    "reached a deal to extend the truce", "vetoed a draft to tighten sanctions" (the parser
    hangs the noun's infinitive on the verb as its purpose, `advcl`); None without one."""
    return next((o for o in inf.head.children if o.dep_ == "dobj"
                 and o.right_edge.i + 1 == inf.left_edge.i), None)  # fmt: skip


PROMISE_NOUNS = word_class("promise_nouns")  # data/word_classes.yaml
# a plan or proposal binds no one: no promise kept, broken or told again
UNBINDING_PROMISE_NOUNS = word_class("unbinding_promise_nouns")  # data/word_classes.yaml
REAFFIRMING_VERBS = word_class("promise_reaffirming_verbs")  # data/word_classes.yaml
HELPING_VERBS = word_class("helping_purpose_verbs")  # data/word_classes.yaml
HELPING_NOUNS = word_class("helping_nouns")  # data/word_classes.yaml


def promise_verb(n):
    """The verb a promise noun is the object of ("kept its pledge", "reneged on its promise",
    "the commitment was honoured"), for telling a promise made before; None if none."""
    if n.pos_ != "NOUN" or n.lemma_.lower() not in PROMISE_NOUNS - UNBINDING_PROMISE_NOUNS:
        return None
    v = n.head
    if n.dep_ == "pobj" and v.dep_ == "prep":
        v = v.head  # "reneged on its promise", "lived up to its commitments"
    elif n.dep_ not in ("dobj", "nsubjpass"):
        return None
    return v if v.pos_ in ("VERB", "AUX") else None


def reaffirmed_promise(n) -> bool:
    """ "reaffirmed its commitment to defend the islands", "reiterated its pledge to the
    alliance": a standing promise told again, no new offer (CODING.md: training, supplies and
    commitments); the object of a verb of reaffirming."""
    v = promise_verb(n)
    return v is not None and n.dep_ == "dobj" and v.lemma_.lower() in REAFFIRMING_VERBS


def promised_backing(n) -> bool:
    """The promise stands by someone: "commitment to defend the islands" (an infinitive of
    helping with its object), "pledge to Ukraine" (a name), "commitment to the defence of
    Korea"; a commitment to reform or to the ceasefire backs no one (CODING.md: verbal
    support only of whom it protects)."""
    for c in n.children:
        if c.dep_ in ("acl", "xcomp", "relcl") and c.lemma_.lower() in HELPING_VERBS:
            if any(o.dep_ == "dobj" for o in c.children):
                return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(_backed(o) for o in c.children):
            return True
    return False


def _backed(o) -> bool:
    """A "to" object that is someone backed: a name, or a noun of helping with its "of"
    object ("the defence of Korea", "the security of its allies")."""
    if o.dep_ != "pobj":
        return False
    if o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "NORP"):
        return True
    return o.lemma_.lower() in HELPING_NOUNS and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" for g in p.children)
        for p in o.children
    )


# "a curfew took effect", "the state of emergency came into force": the verbs by which a
# measure starts to apply (not "runs", "lasts" or "is in force", which tell one in place)
INTO_FORCE = {("take", "effect"), ("come", "force"), ("come", "effect"), ("go", "force"), ("go", "effect"),
              ("enter", "force")}  # fmt: skip
TRUCE_STARTS = word_class("truce_starting_verbs")  # data/word_classes.yaml
TRUCE_MAKING = word_class("truce_making_verbs")  # data/word_classes.yaml


def into_force(v) -> bool:
    """ "took effect", "came into force", "went into effect": the verb tells a measure or a
    truce starting to apply."""
    words = {g.lemma_.lower() for c in v.children if c.dep_ in ("dobj", "prep", "attr")
             for g in [c, *c.children]}  # fmt: skip
    return any(v.lemma_.lower() == verb and word in words for verb, word in INTO_FORCE)


# truce words, and the nouns a truce word names a deal with ("the ceasefire deal", "the truce
# agreement"): data/word_classes.yaml
TRUCE_NOUNS = word_class("truce_nouns")
TRUCE_DEAL_HEADS = word_class("deal_nouns") - TRUCE_NOUNS


def truce_phrase(n):
    """The noun phrase a truce word heads, or the deal it names when it only modifies one:
    "the ceasefire deal between A and B took effect", "the truce agreement came into force"
    (the deal taking effect is the truce implemented)."""
    h = n.head
    # the small parser also hangs "ceasefire" on "deal" as its subject or modifier ("a
    # ceasefire deal between A and B took effect"): the word just before its head
    if (
        h.lemma_.lower() in TRUCE_DEAL_HEADS
        and h.pos_ in ("NOUN", "VERB")
        and h.i == n.i + 1
        and n.dep_ in ("compound", "nsubj", "amod")
    ):
        return h
    return n


def truce_taking_effect(n) -> bool:
    """ "the ceasefire deal took effect", "the truce agreement came into force at midnight",
    "the truce has held": a truce (or a deal for one) told applied, in a past tense (not "will
    take effect on Monday", a start scheduled)."""
    n = truce_phrase(n)
    v = n.head
    if n.dep_ != "nsubj" or not (v.lemma_.lower() in TRUCE_STARTS or into_force(v)):
        return False
    return v.tag_ == "VBD" or (
        v.tag_ == "VBN" and any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in v.children)
    )


def truce_makers(n) -> list:
    """The parties in the "by" phrase of a truce told starting to apply: "the ceasefire signed
    by A and B took effect", "a truce declared by the rebels went into effect" (the truce is
    implemented; "welcomed the truce agreed by A and B" tells none in effect); for a truce
    deal, also the parties it is "between" ("the ceasefire deal between A and B took
    effect")."""
    n = truce_phrase(n)
    v = n.head
    if n.dep_ != "nsubj" or not (v.lemma_.lower() in TRUCE_STARTS or into_force(v)):
        return []
    made = [g for x in n.children if x.dep_ == "acl" and x.lemma_.lower() in TRUCE_MAKING
            for g in prep_objects(x, "agent", "by")]  # fmt: skip
    if n.lemma_.lower() in TRUCE_DEAL_HEADS and truce_taking_effect(n):
        made += prep_objects(n, "prep", "between")
    return made


def pattern_words(cand: Candidate) -> set:
    """The words of a candidate's pattern ("lodge complaint|grievance" -> lodge, complaint,
    grievance)."""
    return set(cand.explain.get("pattern_text", "").replace("|", " ").split())


def _aux(tok) -> list:
    return [c for c in tok.children if c.dep_ in ("aux", "auxpass", "neg")]


def _clause_verb(tok):
    t = tok
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head == t:
            return None
        t = t.head
    return None


TOLL_WORDS = word_class("toll_words")  # data/word_classes.yaml


def _foreseen_toll(v) -> bool:
    """ "warned that thousands of people could be killed", "hundreds could be displaced": a
    toll foreseen, done by no one named, is no threat of the one who warns (but "warned that
    protesters could be arrested" is one)."""
    if v.pos_ != "VERB" or not is_passive(v) or any(c.dep_ == "agent" for c in v.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in v.children):
        return False
    subj = [c for c in v.children if c.dep_ == "nsubjpass"]
    return bool(subj) and (
        subj[0].lower_ in TOLL_WORDS or any(c.dep_ == "nummod" for c in subj[0].children)
    )


FOLLOWER_NOUNS = word_class("follower_nouns")  # data/word_classes.yaml


def own_followers(t) -> bool:
    """ "its members", "their supporters": the speaker's own people."""
    return t.lemma_.lower() in FOLLOWER_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our") for c in t.children
    )
