"""Events a construction tells rather than a lexicon pattern: a demand noun with its
content ("its demand that Israel ease restrictions"), "ordered the diplomats to leave" (an
expulsion), "troops left Mali" (a withdrawal), name-calling and verdicts ("called the vote a
sham", "said the arrests were illegal"), weapons made for use against someone (a threat),
and "X said Y must ..." (X's demand on Y)."""

from __future__ import annotations

from ...syntax import has_to_aux
from ...words import token_in, word_class
from ..lexicon import Lexicon
from ..modality import modality
from .common import REPORTING_VERBS, Candidate, _aux, _negated, _no_dateline, _opts
from .governed import DEADLINE_UNITS, _deadline_infinitives
from .nominal import DEFINITE, NAMING
from .nonevents import _commentator
from .subjects import subject_heads
from .targets import REFERENT_NOUNS, REFLEXIVE

DEMAND_NOUNS = word_class("content_demand_nouns")  # data/word_classes.yaml
ANSWERING_VERBS = word_class("demand_answering_verbs")  # data/word_classes.yaml


def _demand_nouns(sent, done: set, hits: dict, found: list) -> list[Candidate]:
    """ "reiterated its demand that Israel ease restrictions", "renewed calls for Russia to
    withdraw": a demand (REQUEST) by whoever made it, aimed at the subject of its content."""
    out = []
    for n in sent:
        if n.pos_ != "NOUN" or n.lemma_.lower() not in DEMAND_NOUNS:
            continue
        clause = [c for c in n.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")]
        for c in n.children:  # "calls for Russia to withdraw"
            if c.dep_ == "prep" and c.lower_ == "for":
                clause.extend(
                    g for g in c.children if g.dep_ in ("pcomp", "advcl") and g.pos_ == "VERB"
                )
        if n.dep_ == "dobj" and not clause:
            # "reiterated its demand today that ...", "renewed its calls for Russia to withdraw":
            # the parser hangs the content on the verb
            clause = [c for c in n.head.children if c.dep_ in ("ccomp", "advcl") and c.i > n.i
                      and any(g.dep_ == "mark" and g.lower_ in ("that", "for") for g in c.children)]  # fmt: skip
        subj = [g for c in clause for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        if not clause or not subj:
            continue
        same = [c for c in found if c.trigger == n and c.type == "REQUEST"]
        if same:  # the lexicon's "demand for/on T": its content's subject is whom it is aimed at
            for c in same:
                c.target_heads = subj[:1]
            continue
        dropped = [c for c in found if c.type == "CONCEDE" and n in c.trigger_tokens
                   and n.head.lemma_.lower() not in ANSWERING_VERBS]  # fmt: skip
        if dropped:
            # "Baku dropped its demand that Armenia rewrite its constitution": the act told is
            # giving the demand up, toward whom it was on; the demand itself is background
            # (one "accepted demands from the opposition that ...": those are the opposition's)
            for c in dropped:
                c.target_heads = c.target_heads or subj[:1]
            done.add(n.i)
            continue
        if n.i in done:
            continue
        # "accepted demands from Tuareg rebels that ...": the demand is the rebels', not the
        # accepting government's (one who accepts, meets or rejects a demand did not make it)
        src = (
            [c for c in n.children if c.dep_ == "poss"]
            or [
                g
                for c in n.children
                if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")
                for g in c.children
                if g.dep_ == "pobj"
            ]
            or (  # fmt: skip
                subject_heads(n.head)
                if n.dep_ in ("dobj", "nsubjpass")
                and n.head.pos_ == "VERB"
                and n.head.lemma_.lower() not in ANSWERING_VERBS
                else []
            )
        )
        if not src:
            continue
        mod, why = modality(n)
        out.append(Candidate(
            trigger=n, head=n.head if n.head.pos_ == "VERB" else n, type="REQUEST", mode=None, cameo="100",
            source_heads=_opts(_no_dateline(src)), target_heads=subj[:1],
            trigger_tokens=[n], modality=mod, nominal=True,
            explain={"pattern": "demand-noun:request", "pattern_text": f"{n.lemma_} that X ...",
                     "pattern_origin": "events/extract/constructions.py", "modality_why": why},
        ))  # fmt: skip
        done.add(n.i)
        inside = {t.i for c in clause for t in c.subtree}
        done.update(inside)
        for c in [c for c in found if c.trigger.i in inside]:
            found.remove(c)  # what was demanded is the demand's content
    return out


ORDERING_OUT = word_class("ordering_out_verbs")  # data/word_classes.yaml
LEAVING = word_class("leaving_verbs")
DEADLINE_GIVING = word_class("deadline_giving_verbs")


def _ordered_out(sent, done: set) -> list[Candidate]:
    """ "ordered two Russian diplomats to leave the country (within five days)": an expulsion
    (SANCTION 166) of those told to leave."""
    out = []
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in ORDERING_OUT:
            continue
        if v.i in done and v.lemma_.lower() not in DEADLINE_GIVING:
            # (a deadline to leave the country read as an ultimatum by the wrapper patterns is
            # still the expulsion: the ultimatum's candidate gives way to it below)
            continue
        obj = [
            c
            for c in v.children
            if c.dep_ in ("dobj", "dative") and c.lemma_.lower() not in DEADLINE_UNITS
        ]
        go = [c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in LEAVING
              and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]  # fmt: skip
        if not go and v.lemma_.lower() in DEADLINE_GIVING:
            # "gave the French ambassador 48 hours to leave (the country)": a deadline to leave
            # the country is an expulsion; one to leave a town is an ultimatum (wrappers.yaml)
            go = [c for c in _deadline_infinitives(v, "until") if c.lemma_.lower() in LEAVING
                  and all(g.lemma_.lower() in ("country", "territory") for g in c.children if g.dep_ == "dobj")]  # fmt: skip
        if not obj or not go:
            continue  # "told their parents they were going out": what they said, not an order
        mod, why = modality(v)
        if v.lemma_.lower() in DEADLINE_GIVING and _ultimatum_to_leave(go[0], obj):
            out.append(Candidate(
                trigger=v, head=v, type="THREATEN", mode="relations", cameo="139",
                source_heads=_opts(_no_dateline(subject_heads(v))), target_heads=obj[:1],
                trigger_tokens=sorted([*_aux(v), v, go[0]], key=lambda t: t.i), modality=mod,
                explain={"pattern": "deadline-to-leave:ultimatum",
                         "pattern_text": f"{v.lemma_} X hours to {go[0].lemma_} or face ...",
                         "pattern_origin": "events/extract/constructions.py", "modality_why": why},
            ))  # fmt: skip
            done.add(v.i)
            done.add(go[0].i)
            continue
        out.append(Candidate(
            trigger=v, head=v, type="SANCTION", mode="expel", cameo="166",
            source_heads=_opts(_no_dateline(subject_heads(v))), target_heads=obj[:1],
            trigger_tokens=sorted([*_aux(v), v, go[0]], key=lambda t: t.i), modality=mod,
            explain={"pattern": "ordered-out:expel", "pattern_text": f"{v.lemma_} X to {go[0].lemma_}",
                     "pattern_origin": "events/extract/constructions.py", "modality_why": why},
        ))  # fmt: skip
        done.add(v.i)
        done.add(go[0].i)
    return out


ULTIMATUM_PENALTIES = word_class("ultimatum_penalty_verbs")  # data/word_classes.yaml
ULTIMATUM_RECIPIENTS = word_class("ultimatum_recipient_nouns")


def _ultimatum_to_leave(go, told: list) -> bool:
    """ "gave them 48 hours to leave or face military action", "gave the rebels two days to
    leave": a deadline to leave with a penalty named, or given to armed men, is an ultimatum
    (THREATEN 139, CODING.md), not an expulsion, when the country is not named as the place
    to leave."""
    if any(g.dep_ == "dobj" for g in go.children):
        return False  # "to leave the country": the expulsion
    if any(c.dep_ == "conj" and c.lemma_.lower() in ULTIMATUM_PENALTIES for c in go.children):
        return True
    return any(
        t.lemma_.lower() in ULTIMATUM_RECIPIENTS or t.lower_ in ULTIMATUM_RECIPIENTS for t in told
    )


TROOP_WORDS = word_class("leaving_troop_nouns")  # data/word_classes.yaml


def _troops_leave(sent, done: set, hits: dict) -> list[Candidate]:
    """ "The last French soldiers left Mali": troops leaving a country withdraw from it
    (RETREAT 0872), which "leave" alone does not say of diplomats or travellers."""
    out = []
    for v in sent:
        if (
            v.i in done
            or v.i in hits
            or v.pos_ != "VERB"
            or v.lemma_.lower() not in LEAVING | {"withdraw"}
        ):
            continue
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        where = [
            c
            for c in v.children
            if c.dep_ == "dobj" and (c.ent_type_ in ("GPE", "LOC") or c.pos_ == "PROPN")
        ]
        if not subj or not where or subj[0].lemma_.lower() not in TROOP_WORDS:
            continue
        mod, why = modality(v)
        out.append(Candidate(
            trigger=v, head=v, type="RETREAT", mode="withdraw", cameo="0872",
            source_heads=_opts(_no_dateline(subj[:1])), target_heads=where[:1],
            trigger_tokens=sorted([*_aux(v), v], key=lambda t: t.i), modality=mod,
            explain={"pattern": "troops-leave:withdraw", "pattern_text": f"{subj[0].lemma_} {v.lemma_} T",
                     "pattern_origin": "events/extract/constructions.py", "modality_why": why},
        ))  # fmt: skip
        done.add(v.i)
    return out


DISAPPROVAL = word_class("disapproval_words")  # data/word_classes.yaml


POLITICALLY_MOTIVATED = word_class("politically_motivated_words")  # data/word_classes.yaml
FREE_RELATIVE = word_class("free_relative_words")  # data/word_classes.yaml


def _definite_noun(tok) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)


# verdicts that deny what was said ("called the accusations baseless")
DENIAL_VERDICTS = word_class("denial_verdicts")  # data/word_classes.yaml
STATEMENT_NOUNS = word_class("statement_nouns")  # data/word_classes.yaml
ANSWERED_NOUNS = word_class("answered_claim_nouns")  # data/word_classes.yaml


APPROVAL = word_class("approval_words")  # data/word_classes.yaml
GOOD_STEP = word_class("good_step_words")  # data/word_classes.yaml


# "was no positive step", "hardly a breakthrough": praise denied ("far from a milestone":
# _praise_denied); "a major step backwards", "a step in the wrong direction": no praise
NO_PRAISE = word_class("praise_denials")  # data/word_classes.yaml
BACKWARD_STEP = word_class("backward_step_words")  # data/word_classes.yaml


def _approving(words: set) -> bool:
    if words & BACKWARD_STEP:
        return False
    return bool(words & APPROVAL) or ("step" in words and bool(words & GOOD_STEP))


def _praise_denied(tokens) -> bool:
    """ "no positive step", "hardly a breakthrough", "far from a milestone" deny the praise;
    "by far the most important step" and "so far" do not ("far" denies only with "from")."""
    return any(
        t.lower_ in NO_PRAISE or (t.lower_ == "far" and any(c.lower_ == "from" for c in t.children))
        for t in tokens
    )


def _praise_naming(v, obj: list, pred: list) -> Candidate:
    """ "Germany called the Greek reforms a positive step": praise (SUPPORT 051) of whoever
    did what is named, or of the one named."""
    mod, why = modality(v)
    return Candidate(
        trigger=v, head=v, type="SUPPORT", mode=None, cameo="051",
        source_heads=_opts(_no_dateline(subject_heads(v))), target_heads=obj[:1],
        trigger_tokens=sorted([*_aux(v), v, *pred[:1]], key=lambda t: t.i), modality=mod,
        loose_heads=obj[:1],
        explain={"pattern": "naming:praise", "pattern_text": f"{v.lemma_} X {pred[0].text}",
                 "pattern_origin": "events/extract/constructions.py", "modality_why": why},
    )  # fmt: skip


def _relative_verdict(v):
    """The verdict of a naming verb in a relative clause on the noun named, with a subject of
    its own and the verdict as its one object ("a move Moscow called a provocation", "a pledge
    that Ethiopia called a threat"), else None."""
    if v.dep_ not in ("relcl", "acl") or v.head.pos_ != "NOUN" or v.head.i > v.i:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who") for c in v.children):
        return None
    objs = [c for c in v.children if c.dep_ == "dobj" and c.lower_ not in ("that", "which")]
    return objs[0] if len(objs) == 1 and objs[0].i > v.i else None


def _relative_naming_clause(v) -> bool:
    """A verb in a relative clause on an earlier noun, with a subject of its own and no object
    but the relative pronoun (which may be parsed as the object: "that" ... described)."""
    if v.dep_ not in ("relcl", "acl") or v.head.pos_ != "NOUN" or v.head.i > v.i:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who") for c in v.children):
        return False
    return not any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in ("that", "which") for c in v.children
    )


def _relative_predicate(v) -> bool:
    """A naming verb in a relative clause on the noun named, with a predicate ('a charge the
    ministry called "baseless"', "a move that Seoul called unacceptable"): the noun it hangs
    on is what is called so."""
    return _relative_naming_clause(v) and any(c.dep_ == "oprd" for c in v.children)


def _relative_as_verdict(v) -> bool:
    """A naming verb in a relative clause on the noun named, with an "as" phrase ("a decision
    that Lima described as an abuse"): the noun it hangs on is what is described, and the "as"
    phrase the verdict."""
    return _relative_naming_clause(v) and any(
        c.dep_ == "prep" and c.lower_ == "as" for c in v.children
    )


def _conjoined_verdict_doers(pred) -> list:
    """The doer a verdict phrase conjoined to the first names in its "by" phrase, on it or
    (as the parser may hang it) on its "of" object: "as a hostile act and the third violation
    of its airspace by Malian drones" (the drones)."""
    out = []
    for p in pred:
        for q in p.conjuncts:
            owners = [q, *(g for c in q.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj")]  # fmt: skip
            out += [g for o in owners for c in o.children
                    if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                    for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return out


def _speaker_of_participle(v) -> list:
    """ "X said the bombs had fallen on homes, calling the raids a violation": a naming
    participle set off by a comma that the parser hangs on a verb of the reported clause is
    the speaker's, the subject of the reporting verb above that clause; [] otherwise."""
    if v.dep_ != "advcl" or v.tag_ != "VBG" or v.i == 0 or v.doc[v.i - 1].lower_ != ",":
        return []
    head = v.head
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in REPORTING_VERBS:
        return []
    return subject_heads(head.head)


def _name_calling(sent, done: set, hits: dict) -> list[Candidate]:
    """ "called the expulsions another hostile step by Tallinn", "called the deal a purely
    political decision", "branded the vote a sham": disapproval (ACCUSE). The target is
    whoever did what was named ("step by Tallinn"), or the thing named, or its doer."""
    out = []
    for v in sent:
        if v.pos_ != "VERB" or v.i in done or v.lemma_.lower() not in NAMING:
            continue
        obj = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        pred = [c for c in v.children if c.dep_ in ("oprd", "attr", "xcomp", "ccomp")]
        if v.i in hits and (
            hits[v.i].pattern.type == "ACCUSE" or not any(c.dep_ == "oprd" for c in v.children)
        ):
            continue  # a pattern's own event ("called a strike", "called for talks") stands
        verdict = None if pred else _relative_verdict(v)
        if verdict is not None:
            # "a move (that) Moscow called a provocation": the parser makes the verdict the
            # object of a relative clause on the noun named; that noun is what is called so
            obj, pred = [v.head], [verdict]
        elif not pred and _relative_as_verdict(v):
            obj = [v.head]  # "a decision that Lima described as an abuse": the decision
        elif pred and _relative_predicate(v):
            obj = [v.head]  # 'a charge (that) Khartoum called "baseless"': the charge
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                pred.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp", "amod"))
            elif c.dep_ in ("advmod", "acomp", "amod", "npadvmod") and any(
                g.lower_ == "as" for g in c.children
            ):
                pred.append(c)  # "described the killings as cowardly": the parser hangs "as" below
        for o in obj:
            # "described the incursion as a hostile act": the parser hangs the "as" phrase on
            # the object noun, not on the verb
            for c in o.children:
                if c.dep_ == "prep" and c.lower_ == "as" and c.i > o.i:
                    pred.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp", "amod"))
        if not obj:
            # 'called the sanctions "blackmail"': the parser makes the object a modifier of the
            # verdict noun after it (the one nearest to it heads the object)
            obj = sorted((g for p in pred if p.dep_ == "oprd" and p.pos_ in ("NOUN", "VERB")
                          for g in p.children if g.dep_ in ("compound", "nmod") and g.i < p.i
                          and g.pos_ in ("NOUN", "PROPN")), key=lambda g: -g.i)[:1]  # fmt: skip
        if len(obj) == 1 and not pred:
            # 'called the detention "piracy"', 'called the seizure of the ship "piracy"': the
            # parser makes the quoted verdict the object (or the last noun in it) and the noun
            # before it a modifier; the quote mark between them parts the two
            verdict = _quoted_verdict(obj[0])
            if verdict is not None:
                obj = [_quoted_apart(verdict)] if verdict == obj[0] else obj
                pred = [verdict]
        if obj and not pred and obj[0].pos_ in ("NOUN", "PROPN"):
            # 'called the closure of the crossing "unjustified"': the parser hangs the quoted
            # verdict on the last noun as an adjective after it, which English does not do
            # ('"absurd and Russophobic"': the adjective with its conjuncts ends the phrase)
            last = max((t.i for t in obj[0].subtree if not t.is_punct), default=-1)
            pred = [t for t in obj[0].subtree if t.dep_ == "amod" and t.i > t.head.i
                    and max(x.i for x in t.subtree if not x.is_punct) == last
                    and token_in(t, DISAPPROVAL)]  # fmt: skip
        if not obj or not pred:
            continue
        if obj[0].lower_ in REFLEXIVE:
            continue  # "hackers calling themselves the Cyber Army": a name taken, no verdict
        if obj[0].lower_ in FREE_RELATIVE:
            continue  # "to protest against what it called aggression": the protest's own object
        words = {t.lemma_.lower() for p in pred for t in p.subtree} | {
            t.lower_ for p in pred for t in p.subtree
        }
        if not (words & DISAPPROVAL or words >= POLITICALLY_MOTIVATED):
            if (
                _approving(words)
                and not _negated(v)
                and not _praise_denied([t for p in pred for t in p.subtree])
            ):
                out.append(_praise_naming(v, obj, pred))
                done.add(v.i)
            continue  # "called the charges politically motivated" disapproves of them too
        if words & DENIAL_VERDICTS and (
            obj[0].pos_ == "PRON" or obj[0].lemma_.lower() in ANSWERED_NOUNS
        ):
            # "called the accusations baseless", "rejected the charges, calling them lies": a
            # denial of what the accuser said (REJECT, aimed at the accuser), not a criticism
            mod, why = modality(v)
            out.append(Candidate(
                trigger=v, head=v, type="REJECT", mode=None, cameo="120",
                source_heads=_opts(_no_dateline(subject_heads(v))), target_heads=[],
                trigger_tokens=sorted([*_aux(v), v, *pred[:1]], key=lambda t: t.i), modality=mod,
                answers={"ACCUSE"},
                explain={"pattern": "naming:deny", "pattern_text": f"{v.lemma_} X {pred[0].text}",
                         "pattern_origin": "events/extract/constructions.py", "modality_why": why},
            ))  # fmt: skip
            done.add(v.i)
            continue
        # "a hostile act by Croatia", "aggression from Moscow": the doer named in the verdict;
        # not "a betrayal of farmers", "a violation of Iraq's sovereignty" (the wronged)
        inside = [g for p in pred for c in p.children
                  if c.dep_ in ("agent", "acl") or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
                  for g in (c.children if c.dep_ != "acl" else [x for a in c.children if a.dep_ == "agent"
                                                                 for x in a.children])
                  if g.dep_ == "pobj"] or _conjoined_verdict_doers(pred)  # fmt: skip
        mod, why = modality(v)
        speaker = _speaker_of_participle(v)
        out.append(Candidate(
            trigger=v, head=v, type="ACCUSE", mode="disapprove", cameo="111",
            source_heads=_opts(_no_dateline(speaker or subject_heads(v))),
            target_heads=inside[:1] or obj[:1],
            trigger_tokens=sorted([*_aux(v), v, *pred[:1]], key=lambda t: t.i), modality=mod,
            loose_heads=obj[:1],
            explain={"pattern": "naming:accuse", "pattern_text": f"{v.lemma_} X {pred[0].text}",
                     "pattern_origin": "events/extract/constructions.py", "modality_why": why},
        ))  # fmt: skip
        done.add(v.i)
    out.extend(_verdicts(sent, done, hits))
    return out


def _quoted_verdict(obj):
    """The quoted verdict noun ending the object phrase that the parser took for part of it
    ('the detention "piracy"'), else None."""
    words = [t for t in obj.subtree if not t.is_punct]
    last = words[-1] if words else None
    if last is None or not token_in(last, DISAPPROVAL) or _quoted_apart(last) is None:
        return None
    return last


def _quoted_apart(verdict):
    """The noun before a quoted verdict noun that the parser hangs on it as a modifier
    ('the detention "piracy"'), when an opening quote mark parts the two; else None."""
    for g in verdict.children:
        if (
            g.dep_ not in ("compound", "nmod")
            or g.pos_ not in ("NOUN", "PROPN")
            or g.i >= verdict.i
        ):
            continue
        doc = verdict.doc
        between = [doc[i] for i in range(g.i + 1, verdict.i)]
        if between and all(t.is_quote for t in between):
            return g
    return None


ARMING = word_class("arming_verbs")  # data/word_classes.yaml
ARMS = word_class("arms_nouns")  # data/word_classes.yaml
WMD_WORDS = word_class("wmd_adjectives")  # data/word_classes.yaml


def _arms_for_use(sent, done: set) -> list[Candidate]:
    """ "says it is building drones to use against Ukraine":
    weapons made or gathered for use against someone are a threat to attack them (138;
    1385 for weapons of mass destruction)."""
    out = []
    for v in sent:
        if v.pos_ != "VERB" or v.i in done or v.lemma_.lower() not in ARMING:
            continue
        arms = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in ARMS | {"weapon"}]
        if not arms:
            continue
        uses = [
            c
            for c in [*v.children, *arms[0].children]
            if c.dep_ in ("xcomp", "advcl", "acl", "relcl")
            and c.lemma_.lower() == "use"
            and has_to_aux(c)
        ]
        tgt = [g for u in uses for c in u.children if c.dep_ == "prep" and c.lower_ == "against"
               for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        if not tgt:
            continue
        wmd = any(t.lower_ in WMD_WORDS for t in arms[0].subtree)
        mod, why = modality(v)
        if mod == "negated":
            continue
        out.append(Candidate(
            trigger=v, head=v, type="THREATEN", mode="violence", cameo="1385" if wmd else "138",
            source_heads=_opts(_no_dateline(subject_heads(v))), target_heads=tgt[:1],
            trigger_tokens=sorted([*_aux(v), v, arms[0], *uses[:1]], key=lambda t: t.i),
            modality="asserted" if mod in ("planned", "possible") else mod,
            explain={"pattern": "arms-for-use:threaten", "pattern_text": f"{v.lemma_} weapons to use against",
                     "pattern_origin": "events/extract/constructions.py", "modality_why": why},
        ))  # fmt: skip
        done.add(v.i)
    return out


OPTION_COPULAS = word_class("option_copulas")  # data/word_classes.yaml
OPTION_KEEPING = word_class("option_keeping_verbs")  # data/word_classes.yaml
FORCE_OPTIONS = word_class("force_option_nouns")  # data/word_classes.yaml
OPTION_TARGET_PREPS = word_class("option_target_preps")  # data/word_classes.yaml


def _on_table(tok) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.dep_ == "pobj" and g.lemma_.lower() == "table" for g in c.children) for c in tok.children)  # fmt: skip


def _option_targets(toks) -> list:
    """ "on the table regarding Iran", "in dealing with North Korea", "an option against Syria"."""
    out = []
    for t in toks:
        for c in t.children:
            if c.dep_ != "prep":
                continue
            if c.lower_ in OPTION_TARGET_PREPS - {"on"} or (c.lower_ == "on" and not _on_table(t)):
                out.extend(g for g in c.children if g.dep_ == "pobj")
            elif c.lower_ == "in":  # "in dealing with X", "in its dispute with X"
                out.extend(x for g in c.children for p in g.children
                           if p.dep_ == "prep" and p.lower_ == "with"
                           for x in p.children if x.dep_ == "pobj")  # fmt: skip
    return out[:1]


def _options_on_table(sent, done: set) -> list[Candidate]:
    """ "said all options were on the table regarding Iran", "has kept all options on the
    table", "said military action remained an option against Syria": holding force (or any
    option) over another is a threat (130; 138 for force), made by the speaker."""
    out = []
    for tok in sent:
        low = tok.lemma_.lower()
        v = tok.head
        if tok.i in done or (low != "option" and low not in FORCE_OPTIONS):
            continue
        speaker = None
        if low == "option" and not any(
            t.lower_ in ("all", "every", "military") for t in tok.subtree
        ):
            continue  # "several options are on the table for the stadium": choices, no threat
        if (
            low == "option"
            and tok.dep_ == "nsubj"
            and v.lemma_.lower() in OPTION_COPULAS
            and _on_table(v)
        ):
            clause, cameo = (
                v,
                "138" if any(t.lemma_.lower() == "military" for t in tok.subtree) else "130",
            )
        elif (low == "option" and tok.dep_ == "dobj" and v.lemma_.lower() in OPTION_KEEPING
              and (_on_table(tok) or _on_table(v))):  # fmt: skip
            clause, cameo, speaker = v, "130", v
        elif (
            low in FORCE_OPTIONS
            and tok.dep_ == "nsubj"
            and v.lemma_.lower() in OPTION_COPULAS
            and any(c.dep_ == "attr" and c.lemma_.lower() == "option" for c in v.children)
        ):
            clause, cameo = v, "138"
        else:
            continue
        if _negated(clause):
            continue  # "military action is not an option": no threat
        if speaker is None:
            if (
                clause.dep_ in ("ccomp", "parataxis")
                and clause.head.lemma_.lower() in REPORTING_VERBS
            ):
                speaker = clause.head
            else:
                speaker = next((c for c in clause.children if c.dep_ in ("ccomp", "parataxis")
                                and c.lemma_.lower() in REPORTING_VERBS), None)  # fmt: skip
        if speaker is None:
            continue  # an option no one is said to hold
        src = _opts(_no_dateline(subject_heads(speaker)))
        if not src:
            continue
        attr = [c for c in clause.children if c.dep_ == "attr"]
        out.append(Candidate(
            trigger=tok, head=clause, type="THREATEN", mode="violence" if cameo == "138" else None,
            cameo=cameo, source_heads=src, target_heads=_option_targets([clause, tok, *attr]),
            trigger_tokens=sorted({tok, clause}, key=lambda t: t.i), modality="asserted",
            explain={"pattern": "options-on-table:threaten", "pattern_text": "all options on the table",
                     "pattern_origin": "events/extract/constructions.py",
                     "modality_why": "an option held over another is a threat made in the saying"},
        ))  # fmt: skip
        done.update({tok.i, clause.i})
    return out


COPULAS = word_class("verdict_copulas")  # data/word_classes.yaml
VERDICT_LINKS = word_class("verdict_link_verbs")  # data/word_classes.yaml


REQUEST_ADJUNCT_NOUNS = word_class("request_adjunct_nouns")  # data/word_classes.yaml
PRIVATE_ASKERS = word_class("private_asker_nouns")  # data/word_classes.yaml


def _at_request(sent, done: set) -> list[Candidate]:
    """ "Ugandan troops deployed at the request of the South Sudanese government", "the World
    Bank will send hydrologists, at Tashkent's request", "the council met at the request of
    France and Britain": the one who asked made a request (REQUEST 020) of the doer of the
    clause."""
    out = []
    for n in sent:
        if (
            n.i in done
            or n.pos_ != "NOUN"
            or n.lemma_.lower() not in REQUEST_ADJUNCT_NOUNS
            or n.dep_ != "pobj"
            or n.head.lower_ != "at"
        ):
            continue
        asker = [c for c in n.children if c.dep_ == "poss"] + [
            g
            for c in n.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        v = n.head.head
        if not asker or v.pos_ not in ("VERB", "AUX") or asker[0].lemma_.lower() in PRIVATE_ASKERS:
            continue
        asked = _no_dateline(subject_heads(v))
        out.append(Candidate(
            trigger=n, head=n, type="REQUEST", mode=None, cameo="020",
            source_heads=[asker[:1]], target_heads=asked[:1], trigger_tokens=[n.head, n],
            modality="asserted", nominal=True,
            explain={"pattern": "request:adjunct", "pattern_text": f"at {n.lemma_} of S",
                     "pattern_origin": "events/extract/constructions.py",
                     "modality_why": "the request was made"},
        ))  # fmt: skip
        done.add(n.i)
    return out


VERDICT_CLAUSES = {"acl", "relcl", "advcl", "ccomp", "pcomp"}  # not xcomp: "appeared to be illegal"


def _inside_clause(t, top) -> bool:
    """Whether `t` lies in a clause below `top` (its path up to `top` passes a clause)."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in VERDICT_CLAUSES:
            return True
        t = t.head
    return False


# what an actor did, judged with the actor as possessor ("Iran's conduct was a breach")
OWNED_CONDUCT = word_class("owned_conduct_nouns")  # data/word_classes.yaml


# what an act is said to lack ("had no credible justification", "there is no legal basis for")
LACKED_WARRANT = word_class("lacked_warrant_nouns")  # data/word_classes.yaml


# for the pre-filter: a verdict on owned conduct needs one of these nouns and a word of
# disapproval, none of which need be a lexicon pattern's word; a lack of warrant, its noun
# and "no"
VERDICT_WORD_PAIRS = (
    (OWNED_CONDUCT, frozenset(DISAPPROVAL) | POLITICALLY_MOTIVATED),
    (LACKED_WARRANT, frozenset({"no"})),
)


def _said_clauses(v) -> list:
    """What a reporting verb says: its "that" clause, also where the parser hangs it on the
    statement it was made in ("said in a joint statement that ...")."""
    return [c for c in v.children if c.dep_ == "ccomp"] + [
        c for p in v.children if p.dep_ == "prep" for n in p.children
        if n.dep_ == "pobj" and n.lemma_.lower() in STATEMENT_NOUNS
        for c in n.children if c.dep_ == "acl" and c.pos_ in ("VERB", "AUX")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]  # fmt: skip


def _conduct_owners(clause) -> list:
    """The possessor named in a verdict clause's subject "X's conduct|actions|decision"."""
    return [p for g in clause.children if g.dep_ == "nsubj" and g.pos_ == "NOUN"
            and g.lemma_.lower() in OWNED_CONDUCT for p in _possessors(g)]  # fmt: skip


def _possessors(noun) -> list:
    """The named possessors of a noun: "Iran" in "Iran's stockpile", "the ministry's"."""
    return [p for p in noun.children if p.dep_ == "poss" and p.pos_ in ("PROPN", "NOUN")]


def _lacked_warrant(noun) -> bool:
    """ "no credible justification", "no legal basis": a warrant noun denied by "no"."""
    return noun.lemma_.lower() in LACKED_WARRANT and any(
        x.dep_ == "det" and x.lower_ == "no" for x in noun.children
    )


def _owner(noun) -> list:
    """The actor a judged noun names or belongs to: "Iran" itself, the possessor in "Iran's
    stockpile"."""
    return [noun] if noun.pos_ == "PROPN" else _possessors(noun)


def _unjustified_owners(clause) -> list:
    """ "said Iran's stockpile had no credible justification", "said there was no legal
    basis for Serbia's move": a verdict that what an actor has or did lacks warrant
    disapproves of that actor (its subject's owner; the owner of what the lack is "for")."""
    low = clause.lemma_.lower()
    if low == "have":
        if not any(g.dep_ == "dobj" and _lacked_warrant(g) for g in clause.children):
            return []
        return [o for g in clause.children if g.dep_ == "nsubj" for o in _owner(g)][:1]
    if low == "be" and any(g.dep_ == "expl" for g in clause.children):
        return [o for g in clause.children if g.dep_ == "attr" and _lacked_warrant(g)
                for p in g.children if p.dep_ == "prep" and p.lower_ == "for"
                for x in p.children if x.dep_ == "pobj" for o in _owner(x)][:1]  # fmt: skip
    return []


PRETEXT_SEEKING = word_class("pretext_seeking_verbs")  # data/word_classes.yaml
PRETEXT_NOUNS = word_class("pretext_nouns")  # data/word_classes.yaml


def _pretext_seekers(clause) -> list:
    """ "said Addis Ababa was looking for a pretext to seize the port", "said Moscow was
    seeking an excuse to invade", "said Israel used the attack as a pretext": a clause that
    has its subject seek or use a pretext accuses that subject of a hidden aim."""
    if clause.lemma_.lower() not in PRETEXT_SEEKING or any(
        g.dep_ == "neg" for g in clause.children
    ):
        return []
    objs = [g for g in clause.children if g.dep_ == "dobj"] + [
        x for p in clause.children if p.dep_ == "prep" and p.lower_ in ("for", "as")
        for x in p.children if x.dep_ == "pobj"
    ]  # fmt: skip
    if not any(o.lemma_.lower() in PRETEXT_NOUNS for o in objs):
        return []
    return [g for g in clause.children if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN")][:1]


def _verdicts(sent, done: set, hits: dict) -> list[Candidate]:
    """ "said the detentions appeared to be politically motivated", "said the arrests were
    illegal": disapproval (ACCUSE) of whoever did what is judged, an act told before; "said
    the release was a positive step": praise (SUPPORT 051) of whoever did it."""
    out = []
    for v in sent:
        if (
            v.pos_ != "VERB"
            or v.i in done
            or v.i in hits
            or v.lemma_.lower() not in REPORTING_VERBS
        ):
            continue
        for c in _said_clauses(v):
            seekers = _pretext_seekers(c)
            lacking = _unjustified_owners(c) or seekers
            if not lacking and c.lemma_.lower() not in COPULAS | VERDICT_LINKS:
                continue
            # (a decision or move has no type to look back for: judged only through a link verb
            # that gives its doer in the phrase, "a decision by Kazakhstan amounted to ...")
            subj = [g for g in c.children if g.dep_ == "nsubj" and g.pos_ == "NOUN"
                    and g.lemma_.lower() in REFERENT_NOUNS
                    and (REFERENT_NOUNS[g.lemma_.lower()] is not None or c.lemma_.lower() in VERDICT_LINKS)]  # fmt: skip
            # "said Iran's conduct was a breach of its obligations": the one whose conduct it is
            subj = lacking or subj or _conduct_owners(c)
            if not subj:
                continue
            speakers = subject_heads(v)
            if any(_commentator(s) for s in speakers):
                # "two Western diplomats said the shooting could have been a clash", "analysts
                # said the vote was a sham": commentators' verdicts are no actor's disapproval
                continue
            # the verdict's own words, not a clause inside it ("said the visit represented a
            # real test of whether both camps seek a pact that stops the war": no verdict of war)
            verdict = [t for g in c.children if g.dep_ not in ("nsubj", "aux", "neg", "punct")
                       for t in g.subtree if not _inside_clause(t, c)]  # fmt: skip
            pred = {t.lower_ for t in verdict}
            if any(g.dep_ == "neg" for g in c.children):
                continue
            if seekers:
                kind, mode, cameo, name = "ACCUSE", "disapprove", "112", "verdict:pretext"
            elif lacking or pred & DISAPPROVAL or pred >= POLITICALLY_MOTIVATED:
                kind, mode, cameo, name = "ACCUSE", "disapprove", "111", "verdict:accuse"
            elif _approving(pred) and not _praise_denied(verdict):
                kind, mode, cameo, name = "SUPPORT", None, "051", "verdict:praise"
            else:
                continue
            mod, why = modality(v)
            out.append(Candidate(
                trigger=v, head=v, type=kind, mode=mode, cameo=cameo,
                source_heads=_opts(_no_dateline(speakers)), target_heads=subj[:1],
                trigger_tokens=sorted([*_aux(v), v, c], key=lambda t: t.i), modality=mod,
                explain={"pattern": name, "pattern_text": f"{v.lemma_} X {c.lemma_} ...",
                         "pattern_origin": "events/extract/constructions.py", "modality_why": why},
            ))  # fmt: skip
            done.update({v.i, subj[0].i})
            break
    return out


MUST_MODALS = {"must"}
MUST_NOT_DEMAND = word_class("must_belief_verbs")  # data/word_classes.yaml
FIRST_PERSON = {"we", "i"}
MUST_VERBS = word_class("obligation_verbs")  # "has to", "needs to" (data/word_classes.yaml)


def _must(v) -> bool:
    """ "China must drop barriers", "Mexico has to stop them", "should be ready"; not "must
    have shelled" (an inference about the past)."""
    aux = {c.lower_ for c in v.children if c.dep_ == "aux"}
    if v.tag_ == "VBN" and "have" in aux:
        return False
    if aux & MUST_MODALS:
        return True
    if (
        "should" in aux
        and any(g.dep_ == "auxpass" for g in v.children)
        and not any(g.dep_ == "agent" for g in v.children)
    ):
        # "said the complaints should be investigated": what should be done, by no one
        # named, is asked for
        return True
    if "should" in aux and not any(g.dep_ in ("auxpass", "agent") for g in v.children):
        # "the rebels said the government should release the prisoners": what the speaker
        # says another should do is asked of them, as "must" is (gold/CODING.md: a demand or
        # appeal is the speaker's REQUEST); not the inverted conditional "should the talks
        # fail, ..." (the modal before its subject), nor a state commended ("said the bloc
        # should be ready to go further": no act asked for)
        should = next(c for c in v.children if c.dep_ == "aux" and c.lower_ == "should")
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if subj and should.i > subj[0].i and v.lemma_.lower() != "be":
            return True
    if (
        v.dep_ == "xcomp"
        and v.head.lemma_.lower() in MUST_VERBS
        and has_to_aux(v)
        and not any(c.dep_ == "dobj" for c in v.head.children)
    ):
        # (not "had only themselves to blame", "has nothing to hide": no obligation)
        return True
    return False


def _circumstance(tok, top) -> bool:
    """Whether `tok` lies in a clause that tells the circumstances ("as she set off on a
    tour"), not the content, of the clause headed by `top`."""
    t = tok
    for _ in range(8):
        if t == top or t.head == t:
            return False
        if t.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("as", "when", "while", "after", "since", "because")
                                     for g in t.children):  # fmt: skip
            return True
        t = t.head
    return False


# praise and condemnation: what "should be praised" or "must be condemned" is judged by the speaker
JUDGED_CAMEOS = {"051", "110", "111"}


def _judged_passive(v, inner: Candidate) -> bool:
    """ "Peru should be praised", "the attack must be condemned": a passive praise or
    condemnation verb with no agent, under a modal of obligation (the cameos are SUPPORT's and
    ACCUSE's only)."""
    return (
        inner.cameo in JUDGED_CAMEOS
        and any(c.dep_ == "auxpass" for c in v.children)
        and not any(c.dep_ == "agent" for c in v.children)
        and not _negated(v)
    )


def _must_requests(sent, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """ "X said (that) Y must/should/has to Z" is X's demand on Y (REQUEST), whether or not
    Z is an event we code; an event Z found there becomes the demand's content."""
    out = []
    demand = lex.wrapper("demand")
    for v in sent:
        if v.pos_ not in ("VERB", "AUX") or not _must(v):
            continue
        clause = v.head if v.dep_ == "xcomp" and v.head.lemma_.lower() in MUST_VERBS else v
        if (
            clause.dep_ not in ("ccomp", "xcomp", "parataxis")
            or clause.head.lemma_.lower() not in REPORTING_VERBS
        ):
            continue
        say = clause.head
        if say.lemma_.lower() in MUST_NOT_DEMAND:
            continue  # "the Gulf states believe they will have to pay": a belief, not a demand
        if any(c.dep_ == "nsubj" and _commentator(c) for c in say.children):
            continue  # "the West must arm Ukraine, the columnist argued": advice, no demand
        subj = _no_dateline([c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")])
        if not subj or subj[0].lower_ in ("it", "there", "this", "that"):
            continue
        if subj[0].lower_ in FIRST_PERSON and subj[0].pos_ == "PRON":
            continue  # "we must protect the public": the speaker's own resolve, asked of no one
        inner = next((c for c in found if c.trigger == v or c.head == v), None)
        if inner is not None and _judged_passive(v, inner):
            # "said Ankara should be praised for ...", "said the attack must be condemned": what
            # deserves praise or condemnation by no one named is the speaker's own verdict
            # (SUPPORT 051 / ACCUSE 111 on the passive's subject), not a demand on it
            mod, why = modality(say, [], None)
            found.remove(inner)
            out.append(Candidate(
                trigger=v, head=say, type=inner.type, mode=inner.mode, cameo=inner.cameo,
                source_heads=_opts(_no_dateline(subject_heads(say))), target_heads=subj,
                trigger_tokens=sorted({say, v, *_aux(v)}, key=lambda t: t.i),
                modality=mod,
                explain={"pattern": "must-be-judged:speaker", "pattern_text": f"{say.lemma_} ... should be {v.text}",
                         "pattern_origin": "events/extract/constructions.py", "modality_why": why},
            ))  # fmt: skip
            continue
        typ, cameo, mode = "REQUEST", "100", None
        if inner is not None and demand is not None:
            _, spec = demand.spec_for(inner.cameo, inner.type, inner.mode)
            if spec:
                typ, cameo, mode = spec
        mod, why = modality(say, [], None)
        cand = Candidate(
            trigger=v, head=say, type=typ, mode=mode, cameo=cameo,
            source_heads=_opts(_no_dateline(subject_heads(say))), target_heads=subj,
            trigger_tokens=sorted({say, v, *[c for c in v.children if c.dep_ == "aux"]}, key=lambda t: t.i),
            modality=mod, wrapped=True,
            explain={"pattern": "must:request", "pattern_text": f"{say.lemma_} ... must",
                     "pattern_origin": "events/extract/constructions.py", "wrapper": "must",
                     "modality_why": why},
        )  # fmt: skip
        if inner is not None:
            found.remove(inner)
        # (not a coordinated clause with a subject of its own: "said deportees must be treated
        # with dignity and that New Delhi had asked Washington not to shackle them")
        own = {
            t.i
            for k in v.children
            if k.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in k.children)
            for t in k.subtree
        }
        inside = {t.i for t in v.subtree} - own
        for c in [
            c
            for c in found
            if c.trigger.i in inside and c.trigger != v and not _circumstance(c.trigger, v)
        ]:
            found.remove(c)  # "must agree to changes before they demobilize": what is demanded
        out.append(cand)
    return out
