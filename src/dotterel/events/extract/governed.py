"""The event a wrapper governs: "threatened to impose sanctions" (the infinitive), "called
for an end to the blockade" (the preposition's object), "gave the rebels 48 hours to
surrender" (a deadline), "the threat of sanctions" (a noun wrapper), through the verbs
between ("agreed to begin talks") and the recodings they make on the way."""

from __future__ import annotations

from ...syntax import has_to_aux
from ...words import word_class
from ..lexicon import Lexicon, Wrapper
from ..match import TEMPORAL_ENTS, Hit, lemma, object_relative
from .common import RELATIVE_PRONOUNS, _after_comma, _has_prep, _light, in_dateline, to_infinitive
from .subjects import _stray_list_verb


def _conjoined_hits(inner: Hit, chain: list, hits: dict, done: set) -> list:
    """The verbs coordinated with a wrapped clause's verb that carry their own verb pattern
    and no subject of their own ("to expel the envoy and impose sanctions on Chad"), in the
    same form ("agreed to impose sanctions ... and gave backing to": "gave" is no infinitive
    of the agreement, whatever the parser hangs it on)."""
    head = chain[0] if chain else inner.trigger
    if head.pos_ not in ("VERB", "AUX"):
        return []
    return [k for k in _subjectless_conjuncts(head) + _that_conjuncts(head)
            if k.i > head.i and k.i not in done and k.i in hits and hits[k.i].pattern.pos == "verb"]  # fmt: skip


PERFECT_AUX = {"has", "have", "had"}


def _same_form(k, head) -> bool:
    """Whether conjunct `k` is in `head`'s form: the same tag, or a past the parser tagged
    VBD after a perfect "had" it shares ("had shelled the town and arrested the mayor")."""
    if k.tag_ == head.tag_:
        return True
    return (
        head.tag_ == "VBN"
        and k.tag_ == "VBD"
        and any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in head.children)
    )


def _subjectless_conjuncts(head) -> list:
    """The verbs coordinated with `head` in its form and with no subject of their own ("to
    halt its tests and to resume talks"): acts of the same doer; and an infinitive whose
    subject is the second one addressed ("urged X to halt its tests and Y to resume talks",
    nlp._gapped_object_control): what the same appeal asks of Y."""
    return [k for k in head.children
            if k.dep_ == "conj" and k.pos_ == "VERB" and _same_form(k, head)
            and (not any(g.dep_ in ("nsubj", "nsubjpass") for g in k.children) or to_infinitive(k))]  # fmt: skip


def _that_conjuncts(head) -> list:
    """ "denied that it had shelled the town and that it had arrested the mayor": a clause
    coordinated with a complement clause and marked "that" itself is a second complement of
    the same verb, with a doer of its own."""
    if head.dep_ != "ccomp":
        return []
    return [k for k in head.children
            if k.dep_ == "conj" and k.pos_ in ("VERB", "AUX")
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in k.children)]  # fmt: skip


def _later_conjunct_inners(tok, hits: dict, lex: Lexicon) -> list:
    """ "urged Pyongyang to halt its tests and to resume talks", "wants the army to regroup
    and to attack", "hopes Chile will regroup and arrest them": when the first verb of the
    clause the wrapper governs (as `_inner` takes it) carries no event the lexicon knows, the
    verbs coordinated with it are still what the wrapper governs (each its own act, with the
    same doer)."""
    out = []
    for c in tok.children:
        if c.pos_ != "VERB" or c.i < tok.i or _clause_hit(c, hits, lex, []):
            continue
        if c.dep_ == "advcl":
            # ("called on X to comply ...": the parser's adverbial clause after the one addressed)
            if not to_infinitive(c) or not any(
                k.dep_ == "prep" and k.i < c.i for k in tok.children
            ):
                continue
        elif not _complement_clause(tok, c) or (c.dep_ == "xcomp" and not to_infinitive(c)):
            continue
        for g in _subjectless_conjuncts(c):
            got = _clause_hit(g, hits, lex, [])
            if got:
                out.append(got)
    return out


def _complement_hits(tok, hits: dict) -> set[int]:
    out = set()
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "conj" and c.tag_ == "VB"):
            out.update(t.i for t in c.subtree if t.i in hits)
            for g in c.children:  # "urged X to create ... and to give ...": both infinitives
                if g.dep_ == "conj":
                    out.update(t.i for t in g.subtree if t.i in hits)
    return out


DEADLINE_UNITS = word_class("deadline_units")  # data/word_classes.yaml


def _deadline_spans(tok) -> list:
    """ "gave the rebels 48 hours to surrender", "a week to leave": the spans of time given,
    objects (or the parser's npadvmod) of the verb headed by a unit of time."""
    return [
        c
        for c in tok.children
        if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in DEADLINE_UNITS
    ]


def _wrapper_applies(tok, w: Wrapper) -> bool:
    """The wrapper's preposition is there ("gave them until Friday to"), or, for a wrapper
    that governs an infinitive, a span of time stands for it ("gave them 48 hours to")."""
    if not w.prep or _has_prep(tok, w.prep):
        return True
    return w.infinitive and bool(_deadline_spans(tok))


def _deadline_infinitives(tok, last: str | None):
    """The infinitive clauses a deadline governs: an adverbial clause of the verb ("gave the
    government until Friday to raise wages"), or, as the parser often hangs it, a clause on
    the time itself ("gave the rebels 48 hours to surrender", "until midnight to leave")."""
    times = _deadline_spans(tok)
    times += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == last
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for c in tok.children:
        if c.dep_ == "advcl" and to_infinitive(c):
            yield c
    for t in times:
        for c in t.children:
            if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX") and to_infinitive(c):
                yield c


HELPING = word_class("helping_verbs")  # data/word_classes.yaml
SEEING = word_class("seeing_verbs")  # data/word_classes.yaml
DENIALS = word_class("denying_verbs")  # data/word_classes.yaml
# "denied reports that ...", "denied claims that ...": the clause of the noun denied
DENIED_CLAIM_NOUNS = word_class("denied_claim_nouns")  # data/word_classes.yaml
# "rejected claims that ...", "dismissed allegations that ...": verbs that deny a claim's
# "that" clause as "denied claims that" does (wrappers.yaml claim-rejection)
CLAIM_DENIALS = DENIALS | word_class("claim_rejection_verbs")  # data/word_classes.yaml
GERUND_TO_WRAPPERS = word_class("gerund_to_wrappers")  # data/word_classes.yaml
# a noun event in a phrase of time, cause or concession is background to the governed clause,
# not its act ("plans to raise fuel prices despite the protests")
ADJUNCT_PREPS = word_class("adjunct_event_preps")  # data/word_classes.yaml


def _clause_hit(v, hits: dict[int, Hit], lex: Lexicon, chain: list, depth: int = 0):
    """The event a clause headed by `v` carries: its own hit, a light verb's object, or
    what a 'keep' wrapper inside it governs ("agreed to begin talks")."""
    if depth > 3:
        return None
    if v.i in hits and hits[v.i].pattern.pos == "verb":
        return hits[v.i], chain
    if lemma(v, lex) in SEEING and v.dep_ == "xcomp" and depth < 3:
        # "wants to see Uganda arrest the rebels", "would like to see the sanctions lifted": the
        # act seen is the one wished or expected (the seeing is none)
        for c in v.children:
            if c.dep_ in ("ccomp", "xcomp"):
                got = _clause_hit(c, hits, lex, chain, depth + 1)
                if got:
                    return got
        return None
    if lemma(v, lex) in HELPING and depth < 3:
        # "offered to help arrange a meeting between X and Y": helping to bring parties
        # together is mediating (not "helped end the war": a party's concession is not a helper's)
        for c in v.children:
            if c.dep_ == "xcomp":
                got = _clause_hit(c, hits, lex, chain + [v], depth + 1)
                if got and got[0].pattern.type == "CONSULT":
                    return got
        return None
    going_on = _going_on_subject(v, hits)
    if going_on is not None:
        return going_on, chain + [v]
    if _light(lex, v) or lemma(v, lex) in lex.wrappers:
        for c in v.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.i in hits:
                return hits[c.i], chain + [v]
        for c in v.children:  # "began the process of withdrawing its forces"
            if c.dep_ == "dobj" and c.lemma_.lower() in (
                "process",
                "business",
                "work",
                "task",
                "job",
            ):
                for g in c.children:
                    if g.dep_ == "prep" and g.lower_ == "of":
                        for x in g.children:
                            if x.dep_ == "pcomp" and x.pos_ == "VERB":
                                got = _clause_hit(x, hits, lex, chain + [v], depth + 1)
                                if got:
                                    return got
        for c in v.children:  # "vowed to seek approval to outlaw the parties": what is sought
            if c.dep_ == "dobj" and c.lemma_.lower() in PERMISSION_NOUNS:
                for g in c.children:
                    if g.dep_ == "acl" and has_to_aux(g):
                        got = _clause_hit(g, hits, lex, chain + [v], depth + 1)
                        if got:
                            return got
        for c in v.children:
            if c.dep_ == "xcomp":
                got = _clause_hit(c, hits, lex, chain + [v], depth + 1)
                if got:
                    return got
    if v.i in hits:
        return hits[v.i], chain
    # "declined to commit to any military support": the event is the complement's object (not
    # one in a background phrase: "plans to raise fuel prices after the protests")
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ not in ADJUNCT_PREPS:
            for g in c.children:
                if g.dep_ == "pobj" and g.i in hits and hits[g.i].pattern.pos == "noun":
                    return hits[g.i], chain + [v]
    for c in v.children:
        if c.dep_ == "dobj" and c.i in hits and hits[c.i].pattern.pos == "noun":
            return hits[c.i], chain + [v]
    return None


# "its attacks would continue", "the strikes would go on": verbs of an act going on, whose
# subject is the act (data/word_classes.yaml; "go" and "carry" only with "on")
GOING_ON_VERBS = word_class("going_on_verbs")  # data/word_classes.yaml
ON_PARTICLE_VERBS = word_class("on_particle_going_verbs")  # data/word_classes.yaml


def _going_on_subject(v, hits: dict[int, Hit]) -> Hit | None:
    """ "vowed that its attacks would continue", "that the raids would go on": an intransitive
    verb of going on carries its subject's act, as "vowed to continue its attacks" carries
    its object's."""
    lem = v.lemma_.lower()
    if lem in ON_PARTICLE_VERBS:
        if not any(c.dep_ == "prt" and c.lower_ == "on" for c in v.children):
            return None
    elif lem not in GOING_ON_VERBS:
        return None
    if any(c.dep_ == "dobj" for c in v.children):
        return None
    for c in v.children:
        if c.dep_ == "nsubj" and c.i in hits and hits[c.i].pattern.pos == "noun":
            return hits[c.i]
    return None


PERMISSION_NOUNS = word_class("sought_leave_nouns")  # data/word_classes.yaml


def _question(clause) -> bool:
    """ "asked whether she can be stripped of citizenship", "will decide if it retaliates": an
    open question, not what is asked for, promised or refused."""
    return clause.dep_ == "ccomp" and any(
        g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in clause.children
    )


def _assertion(tok, clause) -> bool:
    """ "the militia insists it cannot feed the prisoners": insisting on a fact (an indicative or
    a modal other than should/must) asks nothing; "insisted that Israel withdraw" does."""
    if tok.lemma_.lower() != "insist" or clause.dep_ != "ccomp":
        return False
    modals = {c.lower_ for c in clause.children if c.dep_ == "aux" and c.tag_ == "MD"}
    if modals:
        return not modals & {"should", "must", "shall"}
    # "insisted that villagers were not harmed": a passive's auxiliary tells the tense too
    if clause.tag_ in ("VBZ", "VBD", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBD", "VBP")
                                                   for c in clause.children):  # fmt: skip
        return True
    # "insisting it aimed only to expel the militants": a past tense the parser tagged a
    # participle (a subject of its own and no auxiliary)
    return (
        clause.tag_ == "VBN"
        and any(c.dep_ == "nsubj" for c in clause.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    )


NOT_GOVERNING_NOUNS = word_class("clause_only_wrappers")  # data/word_classes.yaml
INFINITIVE_ONLY = word_class("infinitive_only_wrappers")  # data/word_classes.yaml


def _noun_event_under(obj, hits: dict[int, Hit]) -> Hit | None:
    """The noun event in a prepositional phrase under a wrapper's object: "an end to the
    blockade" is the blockade's end."""
    for gg in obj.children:
        if gg.dep_ == "prep":
            for x in gg.children:
                if x.dep_ == "pobj" and x.i in hits and hits[x.i].pattern.pos == "noun":
                    return hits[x.i]
    return None


def denied_claim_clause(noun):
    """ "denied reports that it had turned down an offer", "denied claims that its troops had
    shelled the village": the "that" clause of the report or claim a denial denies, which is
    the act denied, as in "denied that ..." (a relative clause, "reports that appeared on
    Monday", is none)."""
    if (noun.dep_ != "dobj" or noun.lemma_.lower() not in DENIED_CLAIM_NOUNS
            or noun.head.lemma_.lower() not in CLAIM_DENIALS):  # fmt: skip
        return None
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "from")
           for c in noun.children):  # fmt: skip
        # "rejected accusations by opposition figures that ...": a named accuser asserts the
        # act, which keeps its modality (gold/CODING.md, denials); the denial answers them
        return None
    for g in noun.children:
        if g.dep_ in ("acl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in g.children
        ):
            return g
    return None


def _denied_claim(tok, hits: dict[int, Hit], lex: Lexicon):
    for c in tok.children:
        clause = denied_claim_clause(c)
        if clause is not None:
            got = _clause_hit(clause, hits, lex, [])
            if got:
                return got
    return None


def _complement_clause(tok, c) -> bool:
    """Whether `c`, an xcomp or ccomp of `tok`, is a clause `tok` governs: no question, no
    list verb the parser hung on it, no fact insisted on ("insisted that the prisoners were
    released": no demand), no consequence ("likely means Cairo can press ahead")."""
    if c.dep_ not in ("xcomp", "ccomp"):
        return False
    if c.dep_ == "ccomp" and tok.lemma_.lower() in NOT_GOVERNING_NOUNS:
        return False
    if tok.lemma_.lower() in INFINITIVE_ONLY and c.tag_ == "VBG":
        return False
    return (
        (not _question(c) or _weighed_option(tok, c))
        and not _stray_list_verb(tok, c)
        and not _assertion(tok, c)
    )


# "was weighing whether to send a frigate": the option weighed (word class act_weighing_verbs,
# which the "consider" wrapper reads too)
WEIGHING = word_class("act_weighing_verbs")  # data/word_classes.yaml


def _weighed_option(tok, clause) -> bool:
    """ "is weighing whether to send a frigate", "considered whether to expel the envoy": a
    question an actor puts to itself about its own act is the act weighed (possible), not
    an open question."""
    return tok.lemma_.lower() in WEIGHING and has_to_aux(clause)


def _dated(prep) -> bool:
    """ "called for Saturday", "planned for next week": the phrase is a date, no one addressed."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(g.ent_type_ in TEMPORAL_ENTS for g in objs)


def _inner(tok, w: Wrapper, hits: dict[int, Hit], lex: Lexicon, nouns: dict | None = None):
    """The governed event of a wrapper verb, with the verbs between them (`nouns`: the
    events noun wrappers govern, by the noun's index)."""
    kids = list(tok.children)
    if w.id == "claim-rejection":
        # "rejected claims that its troops had shelled the village": only the claim's clause
        return _denied_claim(tok, hits, lex)
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
                    # "called for an end to the blockade": the event under the object
                    if g.dep_ == "pobj":
                        under = _noun_event_under(g, hits)
                        if under:
                            return under, []
        for c in kids:  # "called for Russia to be reinstated": advcl with mark "for"
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == last for g in c.children):
                got = _clause_hit(c, hits, lex, [])
                if got:
                    return got
            if c.dep_ in ("xcomp", "ccomp") and not _stray_list_verb(tok, c):
                got = _clause_hit(c, hits, lex, [])
                if got:
                    return got
            if (c.dep_ == "advcl" and c.i > tok.i and not _after_comma(tok, c)
                    and to_infinitive(c)
                    and any(k.dep_ == "prep" and k.lower_ == last and k.i < c.i
                            and not _dated(k) for k in kids)):  # fmt: skip
                # "calls on the Council to reject it": the parser's adverbial clause after the
                # one addressed is what is asked of them, as "called on ... to" (xcomp) is
                got = _clause_hit(c, hits, lex, [])
                if got:
                    return got
        for c in _deadline_infinitives(tok, last) if w.infinitive else ():
            got = _clause_hit(c, hits, lex, [])
            if got:
                return got
        return None
    for dep in ("xcomp", "ccomp"):
        for c in kids:
            if c.dep_ == dep and _complement_clause(tok, c):
                got = _clause_hit(c, hits, lex, [])
                if got:
                    return got
    if tok.lemma_.lower() in NOT_GOVERNING_NOUNS:
        return (
            None  # "partly due to Russia's vetoes" (a cause), "would mean more support" (a result)
        )
    if w.id == "denial":
        got = _denied_claim(tok, hits, lex)
        if got:
            return got
    for c in kids:
        if c.dep_ in ("dobj", "nsubjpass") and c.i in hits and hits[c.i].pattern.pos == "noun":
            return hits[c.i], []
    h = tok.head
    if (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and h.i in hits
        and hits[h.i].pattern.pos == "noun"
        and any(c.dep_ == "agent" for c in kids)
    ):
        # "a troop withdrawal promised by the president", "sanctions threatened by the EU":
        # the noun event is the object of the passive participle, whose agent is the source
        return hits[h.i], []
    preps = ("to", "on", "upon")
    if w.id in ("plan", "hope", "preparation"):
        preps += ("for",)  # "told to plan for the withdrawal", "hopes for a ceasefire"
    gerund_to = lemma(tok, lex) in GERUND_TO_WRAPPERS
    # "five activists were tried on charges of sedition": a passive verb's "on" phrase is the
    # ground it was done on, no act it began or attempted
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)
    for c in kids:  # "agreed to a ceasefire", "refused to commit to": the object of "to"
        if c.dep_ == "prep" and c.lower_ in preps and not (passive and c.lower_ != "to"):
            for g in c.children:
                if g.dep_ == "pobj" and g.i in hits and hits[g.i].pattern.pos == "noun":
                    return hits[g.i], []
                if g.dep_ == "pcomp" and g.tag_ == "VBG" and c.lower_ == "to" and gerund_to:
                    # "committed to easing the restrictions": the gerund's act, as after "to"
                    got = _clause_hit(g, hits, lex, [])
                    if got:
                        return got
    for c in kids:  # "started the process of withdrawing 300 soldiers"
        if c.dep_ == "dobj" and c.lemma_.lower() in ("process", "business", "task", "job"):
            for x in (
                x for g in c.children if g.dep_ == "prep" and g.lower_ == "of" for x in g.children
            ):
                if x.dep_ == "pcomp" and x.pos_ == "VERB":
                    got = _clause_hit(x, hits, lex, [c])
                    if got:
                        return got
    for c in kids:  # "agreed to a US plan to end the occupation", "rejected a proposal to ..."
        objs = (
            [c]
            if c.dep_ == "dobj"
            else [g for g in c.children if g.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ in ("to", "on", "upon")
            else []
        )
        for g in objs:
            got = (nouns or {}).get(g.i)
            if got is None:
                continue
            _, w2, ninner, nchain = got
            if not all(v is None for v in w2.map.values()) or w2.modality == "negated":
                continue  # only a plan, a proposal: what it is a plan of is agreed to
            return ninner, [g, *nchain]
    # "a march the opposition has called for Saturday to demand ...": a relative clause's
    # object is the noun it describes; the "to" clause is then its purpose, not its content
    has_obj = any(c.dep_ == "dobj" for c in kids) or object_relative(tok)
    for c in kids:  # "refused to allow" parsed as a complement clause, "denied shelling"
        if c.dep_ == "pcomp" or (c.dep_ == "advcl" and not has_obj and not _after_comma(tok, c)
                                 and not any(g.dep_ == "mark" for g in c.children)):  # fmt: skip
            got = _clause_hit(c, hits, lex, [])
            if got:
                return got
    if w.target == "addressee" and has_obj:
        for c in kids:
            # "had been lobbying Ankara to help end the dispute": the parser's adverbial
            # "to" clause after the one addressed is what is asked of them (as the xcomp of
            # "urged Russia to ...")
            if (c.dep_ == "advcl" and not _after_comma(tok, c) and to_infinitive(c)
                    and any(k.dep_ == "dobj" and k.i < c.i for k in kids)):  # fmt: skip
                got = _clause_hit(c, hits, lex, [])
                if got:
                    return got
    return None


def _through_chain(inner: Hit, chain: list, lex: Lexicon) -> tuple[str, str, str | None]:
    """The inner event's (type, cameo, mode) after the recoding wrappers between it and the
    outer wrapper, innermost first ("agreed to stop fighting": stop + ASSAULT -> RETREAT)."""
    typ, cameo, mode = inner.pattern.type, inner.pattern.cameo, inner.pattern.mode
    for v in reversed(chain):
        for w2 in lex.wrappers.get(lemma(v, lex), ()):
            if not _wrapper_applies(v, w2):
                continue
            found, spec = w2.spec_for(cameo, typ, mode)
            if found:
                if spec is not None:
                    typ, cameo, mode = spec
                break
    return typ, cameo, mode


def _stray_participles(tok, hits: dict[int, Hit]) -> set[int]:
    """Hits that are "-ing" participles coordinated with an infinitive the wrapper governs."""
    out: set[int] = set()
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB":
            for g in c.children:
                if g.dep_ == "conj" and g.tag_ == "VBG" and not has_to_aux(g):
                    out.update(t.i for t in g.subtree if t.i in hits)
    return out


def _via_clause(tok, x) -> bool:
    """Whether `x` hangs under `tok` through a clause (xcomp, ccomp, advcl), not an object."""
    t = x
    for _ in range(6):
        if t.head == tok:
            return t.dep_ in ("xcomp", "ccomp", "advcl")
        if t.head == t:
            return False
        t = t.head
    return False


def _own_object_first(tok, inner: Hit, hits: dict[int, Hit]) -> bool:
    """A wrapper verb whose own pattern names its object ("requested international troops",
    "asked Japan for loans") codes that, the clause after it being its purpose: "Haiti
    requested international troops to fight the gangs" is a request for troops (0234), not
    a request to fight."""
    own = hits.get(tok.i)
    if own is None or own.pattern.pos != "verb" or inner.trigger == tok:
        return False
    names = any(u.dep_ == "dobj" and u.head == tok and not _word_is_prep(u) for u in own.used)
    return names and _via_clause(tok, inner.trigger)


def _word_is_prep(u) -> bool:
    return u.pos_ in ("ADP", "PART")


NOUN_WRAPPER_CLAUSES = ("acl", "ccomp", "advcl")


def _noun_wrapper_inners(sent, hits: dict[int, Hit], lex: Lexicon) -> list:
    """(noun, wrapper, inner hit, chain) for nouns that wrap an event: "the threat to impose
    sanctions" (an infinitive), "its demand that Israel ease restrictions" (a that-clause),
    "the threat of sanctions" (an "of" phrase), "calls for the release of" (the wrapper's
    preposition), "claimed responsibility for the attack"."""
    out = []
    if not lex.noun_wrappers:
        return out
    for n in sent:
        if n.pos_ != "NOUN" or in_dateline(n):
            continue
        ws = lex.noun_wrappers.get(n.lemma_.lower()) or lex.noun_wrappers.get(n.lower_)
        if not ws:
            continue
        for w in ws:
            got = _noun_inner(n, w, hits, lex)
            if got is not None:
                out.append((n, w, *got))
                break
    return out


def _noun_inner(n, w: Wrapper, hits: dict[int, Hit], lex: Lexicon):
    kids = list(n.children)
    preps = [w.prep.split()[-1]] if w.prep else ["of", "for"]
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj" and g.i in hits and hits[g.i].pattern.pos == "noun":
                    return hits[g.i], []
                if g.dep_ in ("pcomp",) and g.pos_ == "VERB":
                    got = _clause_hit(g, hits, lex, [])
                    if got:
                        return got
                if g.dep_ == "pobj":  # "calls for an end to the blockade"
                    under = _noun_event_under(g, hits)
                    if under:
                        return under, []
            for g in c.children:  # "calls for Russia to withdraw"
                if g.dep_ in NOUN_WRAPPER_CLAUSES and g.pos_ == "VERB":
                    got = _clause_hit(g, hits, lex, [])
                    if got:
                        return got
    if w.prep:
        return None
    for c in kids:
        if c.dep_ not in (*NOUN_WRAPPER_CLAUSES, "relcl") or c.pos_ not in ("VERB", "AUX"):
            continue
        # an infinitive or a that-clause, not a relative clause ("the threat that hangs over");
        # the parser may label a that-clause with its own subject a relative clause ("rejects a
        # Russian demand that Ukrainian troops withdraw"): its "that" is then a marker
        that = any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        if not (that or (c.dep_ != "relcl" and has_to_aux(c))):
            continue
        if any(
            g.dep_ in ("nsubj", "nsubjpass", "dobj") and g.lower_ in RELATIVE_PRONOUNS
            for g in c.children
        ):
            continue
        got = _clause_hit(c, hits, lex, [])
        if got:
            return got
        # "the government's promises to cut taxes and to make concessions to the opposition":
        # a first infinitive that names no event leaves the one conjoined to it
        for g in c.children:
            if g.dep_ == "conj" and g.pos_ == "VERB" and g.i > c.i and has_to_aux(g):
                got = _clause_hit(g, hits, lex, [])
                if got:
                    return got
    if w.target == "addressee":
        for c in _light_verb_infinitives(n):
            got = _clause_hit(c, hits, lex, [])
            if got:
                return got
    return None


def _light_verb_infinitives(n) -> list:
    """ "put pressure on Minsk to negotiate", "made an appeal to donors to send food": the
    parser hangs the infinitive that the appeal or demand noun `n` governs on the light verb
    whose object the noun is; the infinitive says what is demanded, not what the verb's
    subject does."""
    v = n.head
    if n.dep_ != "dobj" or v.pos_ != "VERB":
        return []
    return [c for c in v.children if c.dep_ == "advcl" and c.i > n.i and to_infinitive(c)]
