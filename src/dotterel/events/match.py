"""Lexicon patterns matched against one trigger token's frame in the dependency parse.

A verb's frame is what hangs off it that can carry meaning for the event: particles,
objects and their modifiers, prepositions and their objects (two levels deep, so "pull
out of X" and "impose sanctions on X" both work). A pattern matches when each of its
words is found in the frame; its slots then point at the tokens that head the target (or
explicit source) phrases. The most specific pattern wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import Lexicon, Pattern

FRAME_SKIP = {
    "nsubj", "nsubjpass", "csubj", "csubjpass", "aux", "auxpass", "neg", "punct", "cc", "conj",
    "mark", "advcl", "ccomp", "relcl", "xcomp", "parataxis", "expl", "det", "appos", "dep",
    "meta", "intj", "predet", "case",
}  # fmt: skip
FRAME_DESCEND = {"dobj", "attr", "acomp", "oprd", "dative", "prep", "agent", "prt", "advmod",
                 "npadvmod", "pobj", "pcomp", "compound", "amod", "nmod", "acl"}  # fmt: skip
PREP_DEPS = {"prep", "agent", "prt", "advmod", "dative", "mark", "advcl", "npadvmod"}


@dataclass
class Hit:
    pattern: Pattern
    trigger: object  # spaCy Token
    used: list = field(default_factory=list)  # tokens the pattern's words matched
    target_heads: list = field(default_factory=list)
    source_heads: list = field(default_factory=list)
    passive: bool = False

    depth: int = 0  # summed tree distance of the words the pattern used

    @property
    def score(self) -> tuple:
        # most words first, then a found slot, then the words nearest the trigger ("agreed to
        # US mediation in talks with the Palestinians": "agree to", not "agree ... with")
        return (self.pattern.specificity, bool(self.target_heads or self.source_heads), -self.depth)


def is_passive(v) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)


# adjuncts are background, not the event's frame: "launched a crackdown after attacks on posts"
FRAME_ADJUNCTS = {"after", "before", "since", "amid", "despite", "during", "following", "until",
                  "because", "while", "like", "unlike", "than"}  # fmt: skip


def _in_frame(c) -> bool:
    return c.dep_ not in FRAME_SKIP and not (c.dep_ == "prep" and c.lower_ in FRAME_ADJUNCTS)


def frame(tok, depth: int = 3, levels: dict | None = None) -> list:
    """Tokens in the trigger's frame, nearest first (`levels` gets each one's depth)."""
    out = []
    frontier = [c for c in tok.children if _in_frame(c)]
    level = 0
    while frontier and level < depth:
        out.extend(frontier)
        if levels is not None:
            for t in frontier:
                levels[t.i] = level
        nxt = []
        for t in frontier:
            if t.dep_ in FRAME_DESCEND:
                nxt.extend(c for c in t.children if _in_frame(c))
                if t.pos_ in ("NOUN", "PROPN"):  # "photographs and other military intelligence"
                    nxt.extend(c for c in t.children if c.dep_ == "conj")
        frontier = nxt
        level += 1
    return out


def _word_ok(tok, alts, is_prep: bool) -> bool:
    if tok.lower_ not in alts and tok.lemma_.lower() not in alts:
        return False
    if is_prep:
        return tok.dep_ in PREP_DEPS or tok.pos_ in ("ADP", "ADV", "PART", "SCONJ")
    return True


def _slot_heads(prep_tok) -> list:
    for c in prep_tok.children:
        if c.dep_ in ("pobj", "pcomp", "dobj"):
            return [c]
    # "pull out of X": the object can hang off a nested preposition
    for c in prep_tok.children:
        if c.dep_ == "prep":
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
        return [c for c in v.children if c.dep_ == "nsubjpass"][:1]
    for dep in ("dobj", "dative", "attr", "oprd"):
        got = [c for c in v.children if c.dep_ == dep]
        if got:
            return got[:1]
    return []


def lemma(tok, lex: Lexicon) -> str:
    """The token's lemma, repaired where the small English model gets a verb wrong
    ("staged" -> "stag", "shelled" -> "shelled"): when spaCy's lemma is no trigger, wrapper
    or light verb, a regular inflection of the word that is one is taken instead."""
    lem = tok.lemma_.lower()
    if not tok.tag_.startswith("VB"):
        return lem
    known = lex.trigger_words
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


def match_token(tok, pos: str, lex: Lexicon) -> Hit | None:
    """The best pattern for a trigger token, or None."""
    lemma_ = lemma(tok, lex)
    cands = lex.candidates(pos, lemma_)
    if not cands and tok.lower_ != lemma_:
        cands = lex.candidates(pos, tok.lower_)
    if not cands:
        return None
    levels: dict = {}
    fr = frame(tok, levels=levels)
    passive = pos == "verb" and is_passive(tok)
    best: Hit | None = None
    for p in cands:
        if best is not None and p.specificity < best.pattern.specificity:
            break  # sorted by specificity: nothing better can follow
        used: list = []
        targets: list = []
        sources: list = []
        ok = True
        for w in p.words:
            found = None
            for t in fr:
                if t in used:
                    continue
                if _word_ok(t, w.alts, w.is_prep):
                    if w.slot_after and _temporal(_slot_heads(t)):
                        continue  # "from Monday to Wednesday" is a time, not a target
                    found = t
                    break
            if found is None:
                ok = False
                break
            used.append(found)
            if w.slot_after == "T":
                targets = _slot_heads(found)
            elif w.slot_after == "S":
                sources = _slot_heads(found)
        if not ok:
            continue
        if p.direct_slot:
            d = [t for t in direct_object(tok, passive) if t not in used]
            if p.direct_slot == "T":
                targets = targets or d
            else:
                sources = sources or d
        hit = Hit(p, tok, used, targets, sources, passive, depth=sum(levels.get(t.i, 0) for t in used))
        if best is None or hit.score > best.score:
            best = hit
    return best
