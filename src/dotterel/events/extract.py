"""Clause extraction: which tokens trigger events, and which phrases are source and target.

Works on one parsed sentence and returns `Candidate`s that still point at tokens; the
pipeline turns them into contract `Event`s once actors, dates and places are resolved.

Rules, in the order they apply:
- every verb, noun and adjective is matched against the lexicon (`match.py`); words a verb
  pattern used ("sanctions" in "imposed sanctions on") cannot trigger events of their own;
- wrapper verbs ("agreed to", "threatened to", "called for", "refused to", "plans to") take
  the event they govern and recode it (agree + withdraw -> CONCEDE) or only change its
  modality (plan, consider, deny);
- the source is the clause's subject, found through passives ("was expelled by"),
  control ("agreed to withdraw": the agreer withdraws; "urged Russia to withdraw": Russia),
  coordination ("met and signed"), relative clauses ("rebels who fired") and participles;
  for nominal events, "by" phrases, possessives, nationality adjectives and light verbs
  ("launched an attack": the launcher attacks);
- the saying itself ("X said Y attacked Z") is not an event; Y -> Z is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import Lexicon, Wrapper
from .match import Hit, is_passive, match_token
from .modality import modality

OBJECT_CONTROL = {"urge", "ask", "order", "force", "tell", "persuade", "allow", "invite",
                  "encourage", "pressure", "press", "compel", "instruct", "authorize",
                  "authorise", "call", "request", "direct", "permit", "help", "warn",
                  "advise", "beg", "implore", "push", "challenge"}  # fmt: skip
SUBJECT_DEPS = ("nsubj", "csubj")
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


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


def pos_class(tok) -> str | None:
    if tok.pos_ in ("VERB",) or (tok.pos_ == "AUX" and tok.dep_ == "ROOT"):
        return "verb"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "noun"
    if tok.pos_ == "ADJ" or (tok.tag_ == "VBN" and tok.dep_ == "amod"):
        return "adj"
    return None


def candidates(sent, lex: Lexicon) -> list[Candidate]:
    hits: dict[int, Hit] = {}
    for tok in sent:
        pos = pos_class(tok)
        if pos is None:
            continue
        h = match_token(tok, pos, lex)
        if h is not None:
            hits[tok.i] = h
    consumed = {t.i for h in hits.values() if h.pattern.pos == "verb" for t in h.used}
    for i in [i for i, h in hits.items() if h.pattern.pos != "verb" and i in consumed]:
        del hits[i]

    out: list[Candidate] = []
    done: set[int] = set()
    # wrappers first, outermost last: "threatened to impose sanctions"
    for tok in sent:
        for w in lex.wrappers.get(tok.lemma_.lower(), ()):
            if w.prep and not _has_prep(tok, w.prep):
                continue
            found = _inner(tok, w, hits, lex)
            if found is None:
                continue
            inner, chain = found
            if inner.trigger.i in done:
                continue
            cand = _wrapped(tok, w, inner, chain, lex)
            if cand is None:
                continue
            out.append(cand)
            done.add(inner.trigger.i)
            done.add(tok.i)
            break
    for i, h in hits.items():
        if i in done:
            continue
        c = _plain(h, lex)
        if c is not None:
            out.append(c)
    return out


def _has_prep(tok, prep: str) -> bool:
    words = prep.split()
    kids = [c.lower_ for c in tok.children if c.dep_ in ("prep", "prt", "advmod", "mark", "dative")]
    kids += [g.lower_ for c in tok.children if c.dep_ == "advcl" for g in c.children if g.dep_ == "mark"]
    return all(w in kids for w in words)


def _light(lex: Lexicon, tok) -> bool:
    return tok.lemma_.lower() in lex.light_verbs


def _clause_hit(v, hits: dict[int, Hit], lex: Lexicon, chain: list, depth: int = 0):
    """The event a clause headed by `v` carries: its own hit, a light verb's object, or
    what a 'keep' wrapper inside it governs ("agreed to begin talks")."""
    if depth > 3:
        return None
    if v.i in hits and hits[v.i].pattern.pos == "verb":
        return hits[v.i], chain
    if _light(lex, v) or v.lemma_.lower() in lex.wrappers:
        for c in v.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.i in hits:
                return hits[c.i], chain + [v]
        for c in v.children:
            if c.dep_ == "xcomp":
                got = _clause_hit(c, hits, lex, chain + [v], depth + 1)
                if got:
                    return got
    if v.i in hits:
        return hits[v.i], chain
    return None


def _inner(tok, w: Wrapper, hits: dict[int, Hit], lex: Lexicon):
    """The governed event of a wrapper verb, with the verbs between them."""
    kids = list(tok.children)
    if w.prep:
        last = w.prep.split()[-1]
        for c in kids:
            if c.lower_ == last and c.dep_ in ("prep", "prt", "advmod", "dative"):
                for g in c.children:
                    if g.dep_ in ("pobj", "pcomp") and g.i in hits:
                        return hits[g.i], []
                    if g.dep_ == "pcomp":
                        got = _clause_hit(g, hits, lex, [])
                        if got:
                            return got
        for c in kids:  # "called for Russia to be reinstated": advcl with mark "for"
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == last for g in c.children):
                got = _clause_hit(c, hits, lex, [])
                if got:
                    return got
            if c.dep_ in ("xcomp", "ccomp"):
                got = _clause_hit(c, hits, lex, [])
                if got:
                    return got
        return None
    for dep in ("xcomp", "ccomp"):
        for c in kids:
            if c.dep_ == dep:
                got = _clause_hit(c, hits, lex, [])
                if got:
                    return got
    for c in kids:
        if c.dep_ in ("dobj", "nsubjpass") and c.i in hits and hits[c.i].pattern.pos == "noun":
            return hits[c.i], []
    for c in kids:  # "refused to allow" parsed as a complement clause, "denied shelling"
        if c.dep_ == "pcomp" or (c.dep_ == "advcl" and not any(g.dep_ == "mark" for g in c.children)):
            got = _clause_hit(c, hits, lex, [])
            if got:
                return got
    return None


def _wrapped(tok, w: Wrapper, inner: Hit, chain: list, lex: Lexicon) -> Candidate | None:
    spec = w.map.get(inner.pattern.type, w.map.get("default"))
    keep = spec is None
    if keep:
        typ, cameo, mode = inner.pattern.type, inner.pattern.cameo, inner.pattern.mode
    else:
        typ, cameo, mode = spec
    # source: the wrapper's subject (the one who agrees, threatens, refuses)
    src = _opts(subject_heads(tok))
    inner_src = _opts(inner.source_heads) or (
        nominal_source(inner.trigger, lex) if inner.pattern.pos == "noun" else []
    )
    if keep:
        # plan/consider/deny keep the event: its own subject if it has one
        own = [] if inner.pattern.pos == "noun" else [
            c for c in inner.trigger.children if c.dep_ in SUBJECT_DEPS
        ]
        src = _opts(own) + inner_src + src
    targets = list(inner.target_heads)
    if inner.pattern.direct_slot == "S" or inner.source_heads:
        targets = inner.target_heads
    addressee = _addressee(tok, inner)
    if w.target == "addressee" and addressee:
        targets = addressee
    elif not targets and addressee:
        targets = addressee
    mod, why = modality(inner.trigger, [tok] + chain, w.modality)
    if not keep and w.modality is None:
        # the wrapper itself happened: "threatened to attack" is an asserted threat
        mod, why = modality(tok, [], None)
    trig_tokens = sorted({tok, *chain, inner.trigger, *inner.used}, key=lambda t: t.i)
    return Candidate(
        trigger=inner.trigger, head=tok, type=typ, mode=mode, cameo=cameo,
        source_heads=src, target_heads=targets, trigger_tokens=trig_tokens, modality=mod,
        nominal=inner.pattern.pos == "noun",
        explain={
            "pattern": inner.pattern.id, "pattern_text": inner.pattern.text,
            "pattern_origin": inner.pattern.origin, "wrapper": w.id, "wrapper_origin": w.origin,
            "modality_why": why,
        },
    )  # fmt: skip


def _addressee(tok, inner: Hit) -> list:
    """Who a request/threat/offer is addressed to: "urged Russia to", "called on Iran to",
    "demanded that Israel ...", "threatened Kyiv with"."""
    for c in tok.children:
        if c.dep_ in ("dobj", "dative") and c is not inner.trigger and c not in inner.used:
            return [c]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to", "with"):
            for g in c.children:
                if g.dep_ == "pobj" and g is not inner.trigger:
                    return [g]
    # "demanded that Israel withdraw": the subject of the governed clause
    t = inner.trigger
    if t.dep_ in ("ccomp", "xcomp", "advcl") and t.head is tok:
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].tag_ not in ("PRP",) or (subj and subj[0].lower_ not in ("it", "they", "he", "she")):
            return subj[:1]
    return []


def _plain(h: Hit, lex: Lexicon) -> Candidate | None:
    p = h.pattern
    tok = h.trigger
    adj_source = False
    if p.pos == "verb":
        subj = subject_heads(tok)
        src = _opts(h.source_heads) or _opts(subj)
        if not h.source_heads:
            # "An air strike by the coalition killed 14": the doer of the subject event
            for t in subj:
                if t.pos_ == "NOUN":
                    src = src + nominal_source(t, lex)
        targets = list(h.target_heads)
        if h.source_heads:  # "receive aid from S": the subject is the recipient
            targets = [c for c in tok.children if c.dep_ in SUBJECT_DEPS] or targets
    elif p.pos == "noun":
        src = _opts(h.source_heads) or nominal_source(tok, lex)
        adj_source = bool(src) and src[0][0].dep_ in ("amod", "compound") and src[0][0].head is tok
        targets = list(h.target_heads)
        if not _nominal_is_core(tok, lex):
            return None
    else:  # adjective: "Russian-backed separatists" -> RUS supports the separatists
        src = _opts(h.source_heads) or [
            [c] for c in tok.children if c.dep_ in ("npadvmod", "compound", "amod", "nmod")
        ]
        targets = list(h.target_heads) or ([tok.head] if tok.dep_ == "amod" else [])
        adj_source = True
    mod, why = modality(tok)
    return Candidate(
        trigger=tok, head=_clause_verb(tok) or tok, type=p.type, mode=p.mode, cameo=p.cameo,
        source_heads=src, target_heads=targets,
        trigger_tokens=sorted({tok, *h.used, *_aux(tok)}, key=lambda t: t.i), modality=mod,
        nominal=p.pos != "verb", source_from_adjective=adj_source,
        explain={"pattern": p.id, "pattern_text": p.text, "pattern_origin": p.origin,
                 "modality_why": why},
    )  # fmt: skip


def _opts(heads: list) -> list:
    return [heads] if heads else []


def _aux(tok) -> list:
    return [c for c in tok.children if c.dep_ in ("aux", "auxpass", "neg")]


def _clause_verb(tok):
    t = tok
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head is t:
            return None
        t = t.head
    return None


ADJUNCT_PREPS = {"after", "since", "before", "following", "amid", "despite", "over", "during",
                 "because", "like", "unlike", "than", "about", "regarding", "including"}  # fmt: skip


def _nominal_is_core(tok, lex: Lexicon) -> bool:
    """A noun event counts when the clause is about it (subject or object of a verb,
    a light-verb object, an apposition), not when it is background in an adjunct
    ("after the 2014 annexation", "amid sanctions")."""
    t = tok
    while t.dep_ == "conj":
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ in ADJUNCT_PREPS:
        return False
    if t.dep_ == "pobj" and t.head.head.lemma_.lower() in lex.light_verbs:
        return True
    return t.dep_ in ("nsubj", "nsubjpass", "dobj", "ROOT", "attr", "appos", "conj", "pobj", "oprd", "dative")


def subject_heads(v, depth: int = 0) -> list:
    """The token(s) heading the agent of a verb's clause."""
    if depth > 5:
        return []
    for c in v.children:
        if c.dep_ in SUBJECT_DEPS:
            if c.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                return [v.head]
            return [c]
    if is_passive(v):
        for c in v.children:
            if c.dep_ == "agent":
                return [g for g in c.children if g.dep_ == "pobj"][:1]
        return []
    dep = v.dep_
    head = v.head
    if dep == "xcomp":
        if head.lemma_.lower() in OBJECT_CONTROL:
            obj = [c for c in head.children if c.dep_ in ("dobj",)]
            if obj:
                return obj[:1]
        return subject_heads(head, depth + 1)
    if dep == "conj" and head.pos_ in ("VERB", "AUX"):
        return subject_heads(head, depth + 1)
    if dep == "advcl" and not any(c.dep_ == "mark" for c in v.children):
        return subject_heads(head, depth + 1)  # "..., killing 12 people"
    if dep == "relcl":
        return [head]
    if dep == "acl":
        if v.tag_ == "VBN":
            for c in v.children:
                if c.dep_ == "agent":
                    return [g for g in c.children if g.dep_ == "pobj"][:1]
            return []
        return [head]
    if dep == "pcomp" and head.dep_ == "prep" and head.lower_ == "by":
        return subject_heads(head.head, depth + 1)  # "by attacking": the one who did it
    return []


LIGHT_SUBJECT_DEPS = ("dobj", "nsubjpass")


def nominal_source(n, lex: Lexicon) -> list:
    """Who did a nominal event, as options best first: "the attack by X", "X's visit",
    "Israeli strikes", "X launched an attack", "X carried out strikes on"."""
    opts: list = []
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            got = [g for g in c.children if g.dep_ == "pobj"]
            if got:
                opts.append(got[:1])
    opts.extend([c] for c in n.children if c.dep_ == "poss")
    mods = [c for c in n.children if c.dep_ in ("amod", "compound", "nmod")
            and c.pos_ in ("ADJ", "PROPN", "NOUN")]  # fmt: skip
    opts.extend([c] for c in sorted(mods, key=lambda t: t.i))
    t = n
    if t.dep_ == "conj":
        t = t.head
    if t.dep_ in LIGHT_SUBJECT_DEPS and t.head.lemma_.lower() in lex.light_verbs:
        opts.append(subject_heads(t.head))
    if t.dep_ == "pobj" and t.head.head.lemma_.lower() in lex.light_verbs:
        opts.append(subject_heads(t.head.head))
    return [o for o in opts if o]
