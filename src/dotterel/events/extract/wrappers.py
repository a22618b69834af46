"""A wrapper and the event it governs become candidates: "agreed to stop fighting" is a
CONCEDE, "denied that its forces shelled" the denied event and the denier's REJECT, "urged
Iran to show restraint" a REQUEST though its content codes nothing, "did not rule out
sanctions" a THREATEN; and the wrappers that code nothing ("declined to comment", a wish for
another's act)."""

from __future__ import annotations

from ...syntax import clause_subjects, conditions, first_conjunct
from ...words import token_in, word_class
from ..lexicon import Lexicon, Wrapper
from ..match import Hit, _temporal, is_passive, lemma
from ..modality import FUTURE_AUX, SELF_PRONOUNS, modality
from ..ontology import SPEECH_ACT_TYPES
from .common import (
    REFUSING,
    SUBJECT_DEPS,
    Candidate,
    _after_comma,
    _antecedents,
    _aux,
    _foreseen_toll,
    _has_prep,
    _negated,
    _no_dateline,
    _opts,
    in_dateline,
    reaffirmed_promise,
)
from .governed import DENIALS, _assertion, _clause_hit, _question, _through_chain
from .nominal import nominal_source
from .subjects import called_to_talk, subject_heads
from .targets import _addressee, _complement_subject, _loose_targets, _noun_addressee, _recipients

OPEN_THREATS = word_class("open_threat_words")  # data/word_classes.yaml
COERCIVE_TYPES = ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST")


def _past_form(tok) -> bool:
    """ "did not hesitate", "never hesitated", "had not hesitated": the verb or its auxiliary
    is past, so the act was done."""
    return tok.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in tok.children
    )


def _not_ruled_out(tok, hits: dict[int, Hit], lex: Lexicon) -> list[Candidate]:
    """ "did not rule out sanctions", "is not ruling out suspending talks", "has not ruled
    out military action", "would not hesitate to strike", "does not hesitate to strike": a
    coercive act an actor keeps open is a threat (THREATEN, by the act, asserted); a peaceful
    one ("did not rule out talks") is possible. Only a past "did not hesitate to strike" is
    the act itself."""
    hesitate = lemma(tok, lex) == "hesitate"  # "would not hesitate to strike": the same
    if (
        not (hesitate or lemma(tok, lex) == "rule" and _has_prep(tok, "out"))
        or not _negated(tok)
        or in_dateline(tok)
    ):
        return []
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children)
    if hesitate and not future and _past_form(tok):
        # "did not hesitate to strike", "never hesitated to use force": the act done, told
        # as it is (the negation affirms it: modality.negation_affirms), no threat; a present
        # "does not hesitate to strike" stays a threat held over someone
        return []
    inner, chain = None, []
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.i in hits and hits[c.i].pattern.pos == "noun":
            inner = hits[c.i]
    if inner is None:
        for c in tok.children:
            if (
                c.dep_ in ("xcomp", "ccomp", "pcomp", "advcl")
                or (c.dep_ == "dobj" and c.pos_ == "VERB")
            ) and not _question(c):
                found = _clause_hit(c, hits, lex, [])
                if found:
                    inner, chain = found
                    break
    if inner is not None:
        ityp = _through_chain(inner, chain, lex)[0]
        if hesitate and ityp not in COERCIVE_TYPES:
            # "did not hesitate to meet him": the meeting, as the parse gives it; "would not
            # hesitate to act as a mediator": a stated readiness, an offer (as "is ready to")
            wid = "readiness"
        else:
            wid = "threat" if ityp in COERCIVE_TYPES else "rule-out"
        w = lex.wrapper(wid)
        if w is None:
            return []
        got = _wrapped(tok, w, inner, chain, lex)
        # the auxiliary as told: "did not hesitate to strike" is no "would not hesitate"
        aux = next((c.lower_ for c in tok.children if c.dep_ == "aux"), "would")
        for c in got:
            c.modality = "possible" if wid == "rule-out" else "asserted"
            c.explain["modality_why"] = (
                "'not ruled out'" if not hesitate else f"'{aux} not hesitate'"
            )
        return got
    objs = [
        c
        for c in tok.children
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in OPEN_THREATS
    ]
    if hesitate:  # "would not hesitate to respond", "to use force", "to act"
        objs = [
            x
            for c in tok.children
            if c.dep_ == "xcomp"
            for x in c.subtree
            if x.lemma_.lower() in OPEN_THREATS or retaliating(x) or _acting(x, c)
        ][:1]
    if not objs:
        return []
    military = any(x.lemma_.lower() in ("military", "force", "war", "strike", "strikes", "offensive", "armed")
                   for x in objs[0].subtree)  # fmt: skip
    return [Candidate(
        trigger=tok, head=tok, type="THREATEN", mode="violence" if military else None,
        cameo="138" if military else "130", source_heads=_opts(_no_dateline(subject_heads(tok))),
        target_heads=[], trigger_tokens=sorted([*_aux(tok), tok, *objs], key=lambda t: t.i), modality="asserted",
        loose_heads=_loose_targets(tok, "THREATEN"),
        explain={"pattern": "threat:not-ruled-out", "pattern_text": f"not {tok.lemma_} {objs[0].lemma_}",
                 "pattern_origin": "events/extract/wrappers.py", "modality_why": "'not ruled out'",
                 "recoded": "a coercive option kept open is a threat"},
    )]  # fmt: skip


THREAT_WORDS = word_class("threat_content_words")  # data/word_classes.yaml


RETALIATE = word_class("retaliating_verbs")  # data/word_classes.yaml


def retaliating(tok) -> bool:
    """A verb of retaliation: "retaliate", "respond", or a verb with its particle, "hit back",
    "strike back" (a two-word entry of RETALIATE is the lemma and its "back")."""
    lem = tok.lemma_.lower()
    return lem in RETALIATE or any(
        c.dep_ in ("prt", "advmod") and f"{lem} {c.lower_}" in RETALIATE for c in tok.children
    )


# "would not hesitate to respond", "to act": with one of these words "hesitate" makes an event
# with no lexicon pattern (prefilter.py reads it through extract.WORD_PAIRS)
HESITATE_WORD_PAIRS = ((frozenset({"hesitate"}), frozenset(OPEN_THREATS | RETALIATE | {"act"})),)


def _acting(x, clause) -> bool:
    """ "would not hesitate to act (again)": the verb "act" heading what is not hesitated over
    is action held over someone (not "to act as a mediator", a role taken)."""
    return (
        x == clause
        and x.pos_ == "VERB"
        and x.lemma_.lower() == "act"
        and not any(c.dep_ == "prep" and c.lower_ in ("as", "like") for c in x.children)
    )


def _wrapped(tok, w: Wrapper, inner: Hit, chain: list, lex: Lexicon) -> list[Candidate]:
    # the governed event as the wrappers between recode it ("agreed to stop fighting": the
    # fighting stopped is a de-escalation, agreed to it is a concession), then the map's most
    # specific key: the inner event's CAMEO code ("161": threatened to cut ties is 1313),
    # its type and mode, its type, "default"
    if w.id == "threat" and tok.lemma_.lower() == "warn" and _foreseen_toll(inner.trigger):
        return []
    ityp, icameo, imode = _through_chain(inner, chain, lex)
    _, spec = w.spec_for(icameo, ityp, imode)
    keep = spec is None
    if keep:
        typ, cameo, mode = ityp, icameo, imode
    else:
        typ, cameo, mode = spec
    noun = tok.pos_ in ("NOUN", "PROPN")
    if not keep and ityp == "SUPPORT" and reaffirmed_promise(tok):
        # "reaffirmed its commitment to defend the islands": verbal support told again, no new
        # promise (CODING.md: training, supplies and commitments)
        typ, cameo, mode = ityp, icameo, imode
    # source: the wrapper's subject (the one who agrees, threatens, refuses); for a noun
    # wrapper its "by" phrase, possessive, adjective or light verb's subject
    src = nominal_source(tok, lex) if noun else _opts(subject_heads(tok))
    if (
        not noun
        and not src
        and is_passive(tok)
        and not any(c.dep_ == "agent" for c in tok.children)
        and w.target != "addressee"  # "she was asked which ...": she is the one asked
    ):
        # "the IMF is poised to give ...", "Iran is expected to release ...": the passive's subject
        src = _opts(_no_dateline([c for c in tok.children if c.dep_ == "nsubjpass"]))
        if _expletive_passive(tok, src):
            # "it was agreed that Sudan would withdraw": no one is named as agreeing but the
            # clause's own subject, who agrees to its own act
            src = _opts(_no_dateline(clause_subjects(inner.trigger, SUBJECT_DEPS)))
    if noun:  # "a request from Colombia for joint patrols", "an offer from Iran to ..."
        src = [[g] for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
               for g in c.children if g.dep_ == "pobj"] + src  # fmt: skip
    held = (
        noun and w.id in HELD_INTENTIONS and tok.dep_ == "dobj" and lemma(tok.head, lex) == "have"
    )
    if held and not src:  # "Eritrea has no intention of invading", "Kyiv has plans to ..."
        subj = subject_heads(tok.head)  # "his country has ...": else the owner, "his"
        src = _opts(subj) + [o for t in subj if t.pos_ == "NOUN" for o in nominal_source(t, lex)]
    inner_src = _opts(inner.source_heads) or (
        nominal_source(inner.trigger, lex) if inner.pattern.pos == "noun" else []
    )
    if keep:
        # plan/consider/deny keep the event: its own subject if it has one (a later
        # conjunct's is the first's: "hopes Chile will regroup and arrest them")
        own = (
            []
            if inner.pattern.pos == "noun"
            else _no_dateline(clause_subjects(inner.trigger, SUBJECT_DEPS))
        )
        undergone = []
        if inner.pattern.pos == "verb" and is_passive(inner.trigger):
            own = _no_dateline(subject_heads(inner.trigger))
            if not noun and not any(c.dep_ == "nsubjpass" for c in inner.trigger.children):
                # "the militants began being pushed back", "started to be driven out": the
                # one who begins undergoes the act (its target), not its doer
                undergone = [h for opt in src for h in opt]
                src = []
        src = _opts(own) + inner_src + src
    targets = list(inner.target_heads)
    if keep and not targets and undergone:
        targets = _no_dateline(undergone)
    if (
        not keep
        and typ in ANSWER_TYPES
        and inner.pattern.pos == "noun"
        and inner.pattern.type in ANSWERABLE_TYPES
    ):
        # "rejected calls by Belarus's rulers for aid": aimed at whoever made the call
        targets = [inner.trigger]
    if (
        not keep
        and typ in ANSWER_TYPES
        and chain
        and chain[0].pos_ == "NOUN"
        and tok in (chain[0].head, chain[0].head.head)
    ):
        # "rejected an Egyptian proposal to hold talks": aimed at whoever proposed it
        targets = [chain[0]]
    addressee = (
        (_noun_addressee(tok, inner) if noun else _addressee(tok, inner)) if not keep else []
    )
    if w.target == "addressee" and addressee:
        targets = addressee
    elif (
        w.id == "threat"
        and not noun
        and addressee
        and addressee[0].head == tok
        and addressee[0].dep_ in ("dobj", "dative")
    ):
        # "Algeria warned Mali that its air force would shoot down any drone": the threat is
        # aimed at the one warned, not at whatever the threatened act names
        targets = addressee
    elif not targets and addressee:
        targets = addressee
    loose = _loose_targets(inner.trigger, typ) + _loose_targets(tok, typ)
    if (
        not keep
        and typ == "ACCUSE"
        and ityp == "SANCTION"
        and not targets
        and not loose
        and w.map.get("default") is not None
    ):
        # "called for sanctions against Nigeria" disapproves of Nigeria; "called for an
        # international arms embargo", naming no one to punish, is an appeal
        typ, cameo, mode = w.map["default"]
    mod, why = modality(inner.trigger, [tok] + chain, w.modality, own=tuple(inner.used))
    if not keep and w.modality is None:
        # the wrapper itself happened: "threatened to attack" is an asserted threat
        mod, why = modality(tok, [], None)
    if (
        not keep
        and w.id in NOT_PROMISES
        and inner.pattern.pos == "verb"
        and _negated(inner.trigger)
    ):
        (typ, cameo, mode), told_not = _not_to(ityp, icameo, imode, lex)
        if told_not:
            mod = "negated"
        why = f"'{tok.text} not to'" + ("" if told_not else " yield: a refusal")
    disowned = held and (
        _negated(tok.head) or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
    )
    if disowned:
        # "has no intention of invading anyone", "does not have any plans to attack": as
        # "promised not to attack", the act stated not to happen; "has no intention of
        # withdrawing" refuses to yield
        (typ, cameo, mode), told_not = _not_to(ityp, icameo, imode, lex)
        mod, why = ("negated" if told_not else "asserted"), f"'no {tok.text}'"
    if w.id == "possibility":
        # "raised the possibility of suspending negotiations": the threat was made (the raising
        # verb's modality); a peaceful act raised as a possibility is only possible
        if not keep and tok.head.pos_ in ("VERB", "AUX"):
            mod, why = modality(tok.head)
        elif keep and mod == "asserted":
            mod, why = "possible", f"'{tok.text} of'"
    if (
        keep
        and mod == "asserted"
        and (
            w.id in PROMISES
            and tok.pos_ == "NOUN"
            or w.id in ("pledge", "intention")
            and typ not in ("CONCEDE", "AGREE")
            and not disowned  # "has no intention of settling it by force": a refusal now
        )
    ):
        # "a commitment to increase its presence", "announced its intention to prosecute": a
        # promise or intention it does not turn into one (no AGREE/CONCEDE code) still
        # leaves the act itself to come
        mod, why = "planned", f"'{tok.text} to'"
    trig_tokens = sorted({tok, *chain, inner.trigger, *inner.used}, key=lambda t: t.i)
    recips = _recipients(inner.trigger) + _recipients(tok)
    out = [Candidate(
        trigger=inner.trigger, head=tok, type=typ, mode=mode, cameo=cameo,
        source_heads=src, target_heads=_no_dateline(_antecedents(targets)), trigger_tokens=trig_tokens,
        modality=mod, nominal=inner.pattern.pos == "noun", recipient_heads=recips, wrapped=True,
        loose_heads=_no_dateline(loose),
        explain={
            "pattern": inner.pattern.id, "pattern_text": inner.pattern.text,
            "pattern_origin": inner.pattern.origin, "wrapper": w.id, "wrapper_origin": w.origin,
            "modality_why": why, "inner_type": inner.pattern.type,
        },
    )]  # fmt: skip
    if inner.pattern.target_required and not out[0].target_heads:
        return []  # "threatened to strike": "strike T!" needs its target
    if inner.pattern.target_required:
        out[0].explain["target_required"] = True
    if w.modality == "negated" and (tok.lemma_.lower() in DENIALS or w.id == "claim-rejection"):
        # the denial is the denier's REJECT; its target is whoever made the accusation
        out.append(_denial(tok, w, inner.pattern.type))
    return out


def _expletive_passive(tok, src: list) -> bool:
    """ "it was agreed that ...", "it was decided that ...": a passive wrapper whose only
    subject is an "it" standing for the clause it governs."""
    heads = [h for opt in src for h in opt]
    return (
        len(heads) == 1 and heads[0].lower_ == "it" and any(c.dep_ == "ccomp" for c in tok.children)
    )


def _not_to(ityp: str, icameo: str, imode, lex: Lexicon) -> tuple[tuple, bool]:
    """What a promise or intention not to act codes, and whether the act is then negated:
    "vowed not to step down", "pledged not to withdraw" refuse to yield (REJECT, as "refused
    to step down"); "promised not to attack Ukraine" tells the act will not happen (CODING.md:
    negated), no threat or promise of it."""
    refusal = lex.wrapper("refusal")
    spec = refusal.spec_for(icameo, ityp, imode)[1] if refusal is not None else None
    if ityp in ("RETREAT", "CONCEDE") and spec:
        return spec, False
    return (ityp, icameo, imode), True


# noun wrappers that "have" holds as its subject's own: "has no intention of", "has plans to"
HELD_INTENTIONS = {"intention", "plan"}


NO_COMMENT_VERBS = word_class("no_comment_verbs")  # data/word_classes.yaml


def _no_comment(tok) -> bool:
    return tok.lemma_.lower() in REFUSING and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in NO_COMMENT_VERBS for c in tok.children
    )


WISH_LEMMAS = word_class("wish_verbs")  # data/word_classes.yaml
# possessives that may be the wisher's own ("wants its share of the aid")
OWN_POSSESSIVES = word_class("own_possessives")  # data/word_classes.yaml
HOPES = word_class("hoping_verbs")  # data/word_classes.yaml


def _wish_of_another(tok, inner: Hit, lex: Lexicon) -> bool:
    """ "We want Paris to bomb ...", "we wish the French strikes would end ...": a wish whose
    act has a doer of its own, named, other than the one who wishes. In the passive, a wish
    or hope for something done to someone else with no doer named ("hoped the killers would
    be arrested", "hopes the sanctions will be lifted") names no doer at all, and the one
    who hopes is not it. The wish is read on the repaired lemma ("hopes", "hoped": spaCy's
    "hop"). A noun wished for with a named doer of its own ("Nairobi wants Ethiopian backing
    for its bid", "wants Kampala's help") is another's act as well."""
    lem = lemma(tok, lex)
    if lem not in WISH_LEMMAS:
        return False
    if inner.pattern.pos == "noun":
        n = inner.trigger
        if n.dep_ != "dobj" or n.head != tok:
            return False
        own = [x for opt in nominal_source(n, lex) for x in opt]  # the noun's own doer
        wisher = subject_heads(tok)
        return bool(own) and all(o.lower_ not in OWN_POSSESSIVES and o not in wisher for o in own)
    if inner.pattern.pos != "verb":
        return False
    passive = is_passive(inner.trigger)
    # "hoped the soldiers would face trial": an act undergone by its subject is done to them
    undergone = inner.pattern.agentless == "undergone"
    if (
        lem in HOPES
        and not undergone
        and (not passive or any(c.dep_ == "agent" for c in inner.trigger.children))
    ):
        return False
    return _done_by_another(tok, inner, ("nsubjpass",) if passive else SUBJECT_DEPS)


def _done_by_another(tok, inner: Hit, deps=SUBJECT_DEPS) -> bool:
    """The governed act has a doer of its own, named, other than the governing verb's subject
    (a pronoun may be that subject: "Norway said it would ..."); a later conjunct's is the
    first conjunct's ("wants the army to regroup and to attack"), and an active infinitive
    complement's is the governing verb's object ("suggested Chile to wait and to attack")."""
    own = clause_subjects(inner.trigger, deps)
    first = first_conjunct(inner.trigger)
    if not own and "nsubj" in deps and first.dep_ == "xcomp" and first.head == tok:
        own = [c for c in tok.children if c.dep_ == "dobj"]
    wisher = subject_heads(tok)
    return bool(own) and all(o.lower_ not in SELF_PRONOUNS and o not in wisher for o in own)


def proposed_to_another(tok, w: Wrapper, inner: Hit) -> bool:
    """ "A Danish charity suggested Norway could take in more refugees", "proposed that Kenya host
    the talks": a proposal that another actor act appeals to it (REQUEST, CAMEO 02x); only a
    proposal of one's own act ("proposed to host the talks", "suggested it could host them")
    states the proposer's intent (AGREE 03x)."""
    return (
        w.id == "proposal"
        and inner.pattern.pos == "verb"
        and not is_passive(inner.trigger)
        and _done_by_another(tok, inner)
    )


BARE_WRAPPERS = {"demand", "call-for", "call-on", "threat", "intent", "pledge"}
# wrappers of a promise: "agreed to", "offered to" (intent), "promised to", "pledged to" (pledge)
PROMISES = ("intent", "pledge")
YIELDING_VERBS = word_class("yielding_verbs")  # data/word_classes.yaml
# wrappers of a stated intention: what they govern with "not" is a refusal or an act stated not
# to happen ("vowed not to step down", "promised not to attack"), never a promise of the act
NOT_PROMISES = {"intent", "readiness", "intention", "openness", "pledge", "vow"}


MOVING_PARTICLES = word_class("moving_particles")  # data/word_classes.yaml


def _own_inability(content: list) -> bool:
    """ "(warned) it would be unable to pay wages", "it may not be able to cover the bills":
    what is foretold is what the speaker cannot do, not what it will do to anyone ("warned
    that Estonia would not be able to escape the consequences" stays a threat)."""
    for c in content:
        if not any(s.dep_ == "nsubj" and s.lower_ in ("it", "we", "i") for s in c.children):
            continue
        for x in c.children:
            low = x.lemma_.lower()
            if low == "unable":
                return True
            if low == "able" and any(n.dep_ == "neg" for n in (*c.children, *x.children)):
                return True
    return False


# what a conditional may foretell without being an act ("it would lead to a famine")
CONSEQUENCE_VERBS = word_class("consequence_verbs")  # data/word_classes.yaml
# subjects that may be the one who warns ("Iran warned that if ..., it would ...")
ACTOR_PRONOUNS = word_class("actor_pronouns")  # data/word_classes.yaml


def _conditional_act(c) -> bool:
    """ "warned that if the board passed a resolution, Tehran would raise enrichment": an act
    the warner (or a country or body it names) says it would do if something happened is a
    conditional threat, whatever the act; "warned that if the war went on, it would lead to
    famine" foretells a consequence, no act."""
    if (
        c.pos_ != "VERB"
        or c.lemma_.lower() in CONSEQUENCE_VERBS
        or not any(a.dep_ == "aux" and token_in(a, FUTURE_AUX) for a in c.children)
        or not conditions(c)
    ):
        return False
    # "it" stands for the warner only after a condition with a subject that it cannot be
    cond = [s for a in c.children if a.dep_ == "advcl" and a.pos_ in ("VERB", "AUX")
            for s in a.children if s.dep_ in ("nsubj", "nsubjpass")]  # fmt: skip
    return any(
        s.dep_ == "nsubj"
        and (
            (
                s.lower_ in ACTOR_PRONOUNS
                and not (s.lower_ == "it" and (not cond or any(_thing(x) for x in cond)))
            )
            or (s.pos_ == "PROPN" and s.ent_type_ in ("GPE", "ORG", "NORP"))
        )
        for s in c.children
    )


ACTOR_NOUNS = word_class("actor_subject_nouns")  # data/word_classes.yaml


def _thing(n) -> bool:
    """A singular common noun that is no actor ("if the war went on, it would ..."): what
    "it" after it is likely to stand for."""
    return n.tag_ == "NN" and n.lemma_.lower() not in ACTOR_NOUNS


def _bare(tok, w: Wrapper) -> Candidate | None:
    """ "called for Russia to be readmitted", "urged Iran to show restraint": a demand (or a
    threat) whose content is no event we code is still the speaker's REQUEST (THREATEN)."""
    spec = w.map.get("default")
    if spec is None:
        return None
    if tok.lemma_.lower() in ("push", "press") and any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ in MOVING_PARTICLES for c in tok.children
    ):
        return None  # "fighters pushed out of Syria", "will press ahead": a movement, no demand
    # (a comma inside a conditional content, "warned that if ..., it would ...", is its own)
    clause = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl")
              and (not _after_comma(tok, c) or _conditional_act(c))
              and not _question(c) and not _assertion(tok, c)]  # fmt: skip
    obj = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    # (a time is no addressee: "called the tariffs blackmail on Tuesday" calls on no one)
    addressed = w.prep and any(
        c.lower_ == w.prep.split()[-1]
        and not _temporal([g for g in c.children if g.dep_ == "pobj"])
        for c in tok.children
    )
    if not clause and not addressed:
        if not (obj and w.id == "threat"):
            return None  # "warned of", "called" alone: not a demand
    if w.id == "call-on" and not addressed and called_to_talk(tok):
        spec = ("CONSULT", "041", "phone")
    if w.id == "threat" and not obj and tok.lemma_.lower() == "warn":
        # "warned that organisers would be held personally responsible": a threat to them;
        # "warned that the move would undermine diplomacy": a statement
        content = [c for c in tok.children if c.dep_ == "ccomp"]
        # the threat is in what will be done, not in the subject ("warned that an assault on
        # Idlib could cause a humanitarian crisis" foresees a disaster)
        subj = {
            x.i
            for c in content
            for s in c.children
            if s.dep_ in ("nsubj", "csubj")
            for x in s.subtree
        }
        words = {x.lemma_.lower() for c in content for x in c.subtree if x.i not in subj}
        if not content or not (words & THREAT_WORDS or any(_conditional_act(c) for c in content)):
            return None
        if _own_inability(content):
            # "warned that it may not be able to pay salaries": a hardship foretold, no threat
            return None
        patient = [x for c in content for x in c.children if x.dep_ == "nsubjpass"]
        obj = patient[:1]
    if w.id in (*PROMISES, "readiness"):
        # "agreed to let the UN assess conditions", "is ready to help": an AGREE only with
        # an infinitive that is an act ("agreed that ..." reports an opinion)
        clause = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if not clause or any(retaliating(c) for c in clause):
            return None  # "promised to respond": a threat (the retaliation pass)
        obj = []
    typ, cameo, mode = spec
    if w.id in PROMISES and any(token_in(c, YIELDING_VERBS) for c in clause):
        # "Argentina agreed to suspend the survey", "promised to drop the charges", "offered
        # to shelve the project": a promise to stop doing what the other side objects to is a
        # concession (CONCEDE 080), whatever the act stopped, not a bare intent to cooperate
        typ, cameo, mode = "CONCEDE", "080", None
    targets = obj[:1] if obj else []
    if not targets and w.id not in (*PROMISES, "readiness"):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "upon"):
                targets = [g for g in c.children if g.dep_ == "pobj"][:1]
    if not targets and w.id not in (*PROMISES, "readiness", "threat"):
        targets = _complement_subject(tok)
    loose = _loose_targets(tok, typ)
    if w.id in (*PROMISES, "readiness"):
        for c in tok.children:
            if c.dep_ == "xcomp":
                loose = _loose_targets(c, typ) + loose  # "agreed to let the UN agency ..."
    mod, why = modality(tok)
    content = {x.lemma_.lower() for c in clause for x in c.subtree}
    answers = None
    if w.id == "threat" and (
        content & {"countermeasure", "countermeasures", "retaliation", "reprisal"}
        or any(retaliating(x) for c in clause for x in c.subtree)
    ):
        # "threatened to respond with countermeasures": aimed at whoever it answers
        answers = {"ACCUSE", "SANCTION", "COERCE", "ASSAULT", "THREATEN"}
    return Candidate(
        trigger=tok, head=tok, type=typ, mode=mode, cameo=cameo,
        source_heads=_opts(_no_dateline(subject_heads(tok))), target_heads=_no_dateline(targets),
        trigger_tokens=sorted([*_aux(tok), tok], key=lambda t: t.i), modality=mod,
        loose_heads=_no_dateline(loose), answers=answers,
        explain={"pattern": f"{w.id}:bare", "pattern_text": tok.lemma_.lower(),
                 "pattern_origin": w.origin, "wrapper": w.id, "modality_why": why},
    )  # fmt: skip


# what a denial answers when no one is named: press reports and rumours, not an accuser
HEARSAY_NOUNS = word_class("hearsay_nouns")  # data/word_classes.yaml


def _denial(tok, w: Wrapper | None, inner_type: str | None = None) -> Candidate:
    """ "X denied that ..." / "X denied any involvement": X's REJECT of an accusation (or a
    threat), not of an appeal ("called for dialogue with Russia ... Russia denied that ...")."""
    dmod, dwhy = modality(tok, [], None)
    # "denied reports that it had turned down an offer": reports, not an accuser, are answered
    hearsay = any(c.dep_ == "dobj" and c.lemma_.lower() in HEARSAY_NOUNS for c in tok.children)
    return Candidate(
        trigger=tok, head=tok, type="REJECT", mode=None, cameo="120",
        source_heads=_opts(_no_dateline(subject_heads(tok))), target_heads=[],
        trigger_tokens=sorted([*_aux(tok), tok], key=lambda t: t.i),
        modality=dmod, answers=None if hearsay else {"ACCUSE", "THREATEN"},
        explain={"pattern": f"{w.id if w else 'denial'}:reject", "pattern_text": tok.lemma_.lower(),
                 "pattern_origin": w.origin if w else "events/extract/wrappers.py", "modality_why": dwhy},
    )  # fmt: skip


# said acts one answers ("rejected calls for", "welcomed the offer"): the speech acts but a
# rejection, which is itself the answer
ANSWERABLE_TYPES = SPEECH_ACT_TYPES - {"REJECT"}
ANSWER_TYPES = {"REJECT", "ACCUSE", "SUPPORT"}
