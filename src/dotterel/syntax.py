"""Small tests on spaCy parses shared across the pipeline (no dotterel imports, so any
module may use them without import cycles)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .words import word_class

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token


def to_aux(tok) -> Token | None:
    """The infinitival "to" of `tok` ("agreed to withdraw": withdraw's "to"), None when it has
    none: the parser hangs that "to" on the verb as an "aux" child, which marks a
    to-infinitive clause (a purpose, a complement, a headline's plan)."""
    return next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to"), None)


def has_to_aux(tok) -> bool:
    """Whether `tok` has its own infinitival "to" (`to_aux`)."""
    return to_aux(tok) is not None


def sums_up_the_clause_before(tok, object_of_the_answer: bool = False) -> bool:
    """ "Russia offered to help, an offer Yerevan dismissed", "freed four prisoners, a step
    Baku praised": a noun after a comma, with "a" or "an", answered by a relative clause with
    its own subject, sums up the act of the clause before it. With `object_of_the_answer`,
    the answering verb may also be the one after the noun that the parser made it the
    object of ("..., a step Germany welcomed": step <- dobj - welcomed)."""
    answers = [c for c in tok.children if c.dep_ == "relcl"]
    if object_of_the_answer and tok.dep_ == "dobj" and tok.head.i > tok.i:
        answers.append(tok.head)
    return (
        tok.i > 0
        and tok.doc[tok.left_edge.i - 1].text == ","
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
        and any(any(k.dep_ in ("nsubj", "nsubjpass") for k in v.children) for v in answers)
    )


def climb(tok, up: Callable[[Token], bool]) -> Token:
    """The head reached from `tok` by climbing while `up(token)` holds ("in Moscow and Kyiv":
    from Kyiv through its conjunct link to Moscow). It stops at the root and after as many
    steps as the document has tokens: parse repairs (nlp.py) set heads by hand, and spaCy
    accepts a cycle, on which a bare `while` would never end."""
    for _ in range(len(tok.doc)):
        if not up(tok) or tok.head == tok:
            break
        tok = tok.head
    return tok


def nearest_verb(tok, steps: int = 3) -> Token | None:
    """The verb of the clause a word is told in, at most `steps` heads up (the word itself
    when a verb): a trigger noun's or a time phrase's verb, not one of a clause further up."""
    for _ in range(steps):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


# the links from a modifier up to the noun it modifies: "the Mali border" (compound), "the
# Malian border" (amod), "Mali, the country" (appos); not a possessive, a phrase of its own
MODIFIER_DEPS = ("compound", "amod", "nmod", "appos")


def phrase_head(tok) -> Token:
    """The head of the noun phrase `tok` modifies ("Mali" in "the Mali border": border),
    climbing through compound, adjective, nominal and apposition links."""
    return climb(tok, lambda t: t.dep_ in MODIFIER_DEPS)


def first_conjunct(tok) -> Token:
    """The first of the conjuncts `tok` belongs to ("Kyiv" in "Moscow and Kyiv": Moscow)."""
    return climb(tok, lambda t: t.dep_ == "conj")


def clause_subjects(v, deps=("nsubj", "nsubjpass")) -> list:
    """The subjects of the clause `v` heads (its children with `deps`); a conjunct with no
    subject of its own shares those of the first conjunct ("wants the army to regroup and
    to attack the rebels": the army is to attack)."""
    own = [c for c in v.children if c.dep_ in deps]
    if own or v.dep_ != "conj":
        return own
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
        return own
    return [c for c in first_conjunct(v).children if c.dep_ in deps]


def fronted_phrase(sent, preps) -> tuple[Token, int] | None:
    """A preposition phrase that opens the sentence and ends at a comma before the clause it
    sets the scene for ("In Beirut, Hezbollah ...", "At the summit in Hanoi, the two leaders
    ..."): (its preposition, the index of the comma). None when the sentence opens otherwise,
    or with another preposition than `preps`, or the phrase hangs on no root."""
    first = sent[0]
    if first.dep_ != "prep" or first.lower_ not in preps or first.head != sent.root:
        return None
    end = max(t.i for t in first.subtree) + 1
    if end >= sent.end or sent.doc[end].text != ",":
        return None
    return first, end


def condition_marked(clause) -> bool:
    """Whether `clause` is marked "if" or "unless" ("if the truce holds": holds is)."""
    return any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children)


def is_condition(clause) -> bool:
    """An if/unless clause on the verb above it ("talks will resume if the truce holds")."""
    return clause.dep_ == "advcl" and condition_marked(clause)


def conditions(tok) -> list:
    """The if/unless clauses of `tok`, in order."""
    return [c for c in tok.children if is_condition(c)]


def condition_subjects(tok) -> list:
    """The subjects (nsubj, nsubjpass) of `tok`'s if/unless clauses, in order ("will strike
    if the army advances": the army)."""
    return [g for c in conditions(tok) for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]


def objects_of(prep) -> list:
    """The objects of the preposition `prep` ("by the militia": militia)."""
    return [g for g in prep.children if g.dep_ == "pobj"]


def prep_objects(tok, deps: str | tuple = "prep", words: str | tuple | None = None) -> list:
    """The objects of `tok`'s preposition phrases hung on it by `deps` (a label or labels),
    only those of the prepositions `words` (one or several) when given: "was fired by the
    militia" with "agent" (a passive's "by" phrase): militia; "fell to the rebels" with
    ("prep", "to"): rebels; "the decision by Washington" with ("prep", "by"): Washington."""
    deps = (deps,) if isinstance(deps, str) else deps
    words = (words,) if isinstance(words, str) else words
    return [g for c in tok.children if c.dep_ in deps and (words is None or c.lower_ in words)
            for g in objects_of(c)]  # fmt: skip


def included_members(t) -> list:
    """The parties a group phrase names as included: "a group of nations including France
    and Germany", "several states, among them Chile and Peru", "countries such as Japan"
    (never a pronoun: "them" there is the group itself)."""
    heads = [t, *prep_objects(t, "prep", "of")]
    out = []
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and (
                c.lower_ in ("including", "among", "like")
                or (c.lower_ == "as" and any(x.lower_ == "such" for x in c.children))
            ):
                for g in objects_of(c):
                    out.extend(x for x in (g, *g.conjuncts) if x.pos_ != "PRON")
    return out


def relative_clause_objects(tok: Token, verbs: set[str], saying: set[str]) -> list[Token]:
    """The direct objects of the relative clauses on `tok` whose verb's lemma is one of
    `verbs`, also under a verb of saying in `saying` ("General X, who commands Rwandan
    troops", "a general who it said commands Rwandan troops": "troops")."""
    out = []
    for v in tok.children:
        if v.dep_ != "relcl":
            continue
        said = v.lemma_.lower() in saying and v.lemma_.lower() not in verbs
        for w in [c for c in v.children if c.dep_ == "ccomp"] if said else [v]:
            if w.lemma_.lower() in verbs:
                out += [o for o in w.children if o.dep_ == "dobj"]
    return out


# verbs by which one leads a force, and verbs of saying that may stand between ("who it said
# commands"): read once here for the actors (actors/resolve/entities.py) and the builder
# (events/builder/countries.py)
FORCE_LEADING_VERBS = word_class("force_leading_verbs")  # data/word_classes.yaml
SAY_LEMMAS = word_class("say_verbs")  # data/word_classes.yaml


def led_force_objects(tok: Token) -> list[Token]:
    """What a relative clause on `tok` says it commands or leads ("Brigadier General X, who
    commands Rwandan troops", "a colonel who it said heads the Malian contingent": "troops",
    "contingent")."""
    return relative_clause_objects(tok, FORCE_LEADING_VERBS, SAY_LEMMAS)
