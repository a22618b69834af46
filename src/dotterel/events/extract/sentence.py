"""`candidates(sent, lex)`: one sentence's events, rule after rule (see the package
docstring): lexicon hits, wrappers outermost first, noun wrappers, bare demands and threats,
refusals ("would not accept", "said no"), denials, plain hits, announced retaliation, the
constructions, then the merges, filters and recodings."""

from __future__ import annotations

import re

from ...syntax import clause_subjects, condition_marked, has_to_aux, is_condition, prep_objects
from ...words import token_in, word_class
from ..lexicon import Lexicon
from ..match import (
    ALLOWING_VERBS,  # "will not allow X to ...", "let them ..." (word class allowing_verbs)
    TEMPORAL_ENTS,
    Hit,
    conjoined_object_hits,
    is_passive,
    lemma,
    match_token,
    vetoed_types,
)
from ..modality import DEONTIC_AUX, FUTURE_AUX, POSSIBLE_AUX, modality
from .common import (
    REPORTING_VERBS,
    Candidate,
    _aux,
    _has_prep,
    _light,
    _negated,
    _no_dateline,
    _opts,
    in_dateline,
    pattern_words,
    truce_makers,
)
from .constructions import (
    _arms_for_use,
    _at_request,
    _definite_noun,
    _demand_nouns,
    _must_requests,
    _name_calling,
    _options_on_table,
    _ordered_out,
    _troops_leave,
)
from .governed import (
    _complement_hits,
    _conjoined_hits,
    _inner,
    _later_conjunct_inners,
    _noun_wrapper_inners,
    _own_object_first,
    _stray_participles,
    _that_conjuncts,
    _wrapper_applies,
)
from .nominal import _explicit_doer, _nominal_is_core
from .nonevents import (
    _content_tokens,
    _direct_question,
    _idle,
    _protasis,
    _speculative,
    _unclaimed,
    _writers_advice,
    accused_acts,
    kept_promise,
)
from .plain import (
    _agentless_source,
    _bare_acceptance,
    _bare_attendance,
    _bare_refusal_to_attend,
    _plain,
    _predicate_adjective_source,
)
from .recode import (
    ACCEPTING,
    _agreed_and_signed,
    _aux_will,
    _closed_to_commerce,
    _named_targets,
    _not_ready,
    _purposes,
    _rallied_acts,
    _recode_agreed,
    _recode_announced,
    _recode_court_order,
    _recode_court_petition,
    _recode_decided,
    _recode_refusal,
    _recode_truce_in_effect,
    _reported_by_actor,
    _third_party,
    _threats_said,
    hosts_a_told_meeting,
)
from .sequels import same_acts
from .subjects import called_to_talk, subject_heads
from .targets import _loose_targets
from .wrappers import (
    BARE_WRAPPERS,
    DENIALS,
    PROMISES,
    RETALIATE,
    _bare,
    _denial,
    _no_comment,
    _not_ruled_out,
    _wish_of_another,
    _wrapped,
    proposed_to_another,
    retaliating,
)


def pos_class(tok) -> str | None:
    # "Russian-backed separatists", "a US-brokered ceasefire": a participle modifying a noun
    # is an adjective trigger, whatever tag the parser gave it (VERB/VBN with dep amod)
    if tok.dep_ == "amod" and (tok.pos_ == "ADJ" or tok.tag_ in ("VBN", "VBD")):
        return "adj"
    if tok.pos_ in ("VERB",) or (tok.pos_ == "AUX" and tok.dep_ == "ROOT"):
        return "verb"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "noun"
    if tok.pos_ == "ADJ" or (tok.tag_ == "VBN" and tok.dep_ == "amod"):
        return "adj"
    return None


# -- candidates --------------------------------------------------------------------------------
_MARKUP = re.compile(r"!?\[[^\]]*\]\([^)]*\)")


# auxiliaries of a clause about the future, a possibility or an obligation: "warned that troops
# would respond" stays a threat
_MODAL_AUX = FUTURE_AUX | POSSIBLE_AUX | DEONTIC_AUX
OWN_DETERMINERS = word_class("own_possessives")  # data/word_classes.yaml


def _plain_that_clause(tok, lemma: str, inner: Hit) -> list | None:
    """The children of the "that" clause of verb `tok` (lemma `lemma`) when `inner`'s trigger
    is that clause's own verb and no modal auxiliary makes it a future, a possibility or an
    obligation; None otherwise. Shared by the readings of "warned that" and "suggested that"."""
    if tok.lemma_.lower() != lemma or tok.pos_ != "VERB":
        return None
    clause = next(
        (c for c in tok.children if c.dep_ == "ccomp" and inner.trigger in c.subtree), None
    )
    if clause is None:
        return None
    if inner.trigger != clause:
        # "warned that ... and that Chile had deployed troops": a second "that" clause
        if inner.trigger not in _that_conjuncts(clause):
            return None
        clause = inner.trigger
    kids = list(clause.children)
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODAL_AUX for c in kids):
        return None
    return kids


def _warned_of_anothers_act(tok, inner: Hit) -> bool:
    """Whether `tok` ("warned") tells, in its "that" clause, an act another actor is doing or
    has done ("warned that Iran is delivering missiles to the group", "warned that Somalia
    had deployed troops"): a clause in the present or past with a subject of its own that is
    not the one warning, nor a pronoun or a force of theirs, and no modal or condition."""
    kids = _plain_that_clause(tok, "warn", inner)
    if kids is None:
        return False
    clause = inner.trigger
    if has_to_aux(clause) or clause.tag_ in ("VB", "MD"):
        return False
    if condition_marked(clause):
        return False
    if any(is_condition(c) for c in kids):
        return False
    subj = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].pos_ not in ("PROPN", "NOUN"):
        return False  # a pronoun may be the one warning ("warned it was ready to strike")
    if any(c.dep_ == "poss" and c.lower_ in OWN_DETERMINERS for c in subj[0].children):
        return False  # "warned that its troops were on alert": their own force
    warner = [c for c in tok.children if c.dep_ == "nsubj"]
    return not (warner and warner[0].lemma_.lower() == subj[0].lemma_.lower())


INDICATIVE_AUX = {"is", "are", "was", "were", "has", "have", "had", "am"}


def _suggested_as_fact(tok, inner: Hit) -> bool:
    """ "Intelligence suggests that the hostages are still being held", "the evidence
    suggested that the army had used gas": a "that" clause in the indicative tells what the
    evidence points to, no proposal ("suggested that talks be held", "should resume"; a plain
    present "that the sides hold talks" may be a subjunctive and stays one)."""
    kids = _plain_that_clause(tok, "suggest", inner)
    if kids is None:
        return False
    return inner.trigger.tag_ in ("VBZ", "VBD") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in INDICATIVE_AUX for c in kids
    )


def _protest_told_inside(h: Hit, t, hits: dict) -> bool:
    """ "fired tear gas to break up a rally by 300 students", "dispersed a march by opposition
    supporters": the demonstration the police act on, told with its own doers, took place;
    it is a PROTEST of its own as well as what the police's act is aimed at."""
    hn = hits.get(t.i)
    return (
        h.pattern.type == "ASSAULT"
        and hn is not None
        and hn.pattern.pos == "noun"
        and hn.pattern.type == "PROTEST"
        and bool(prep_objects(t, "prep", "by"))
    )


def _truce_in_effect(h: Hit, t, hits: dict) -> bool:
    """ "the ceasefire signed by A and B took effect": the truce the participle makes is told
    implemented as well, a RETREAT of its own (gold/CODING.md) besides the signing."""
    hn = hits.get(t.i)
    return (
        hn is not None
        and hn.pattern.pos == "noun"
        and hn.pattern.type == "RETREAT"
        and hn.pattern.cameo.startswith("0871")
        and t.head != h.trigger
        and bool(truce_makers(t))
    )


def _as_far_as(tok) -> bool:
    """ "As far as Moscow is concerned, the talks are over": a comparative clause ("as far
    as", "so far as") that frames a topic, no one's stance."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) and (
        tok.head.lower_ == "far" or any(c.lower_ == "far" for c in tok.head.children)
    )


def candidates(sent, lex: Lexicon) -> list[Candidate]:
    if _MARKUP.search(sent.text) and len(_MARKUP.sub("", sent.text).strip(" .\n")) < 3:
        return []  # a Markdown image or link left on its own: page furniture, never an event
    hits: dict[int, Hit] = {}
    for tok in sent:
        if in_dateline(tok):
            continue
        pos = pos_class(tok)
        if pos is None:
            continue
        h = match_token(tok, pos, lex)
        if (
            h is None
            and pos == "verb"
            and tok.tag_ == "VBN"
            and (any(c.dep_ == "auxpass" for c in tok.children) or tok.dep_ == "acomp")
            and not _as_far_as(tok)
        ):
            # 'it was "deeply concerned" by the detentions': quotes make the parser read the
            # predicate adjective as a passive verb; "it was deeply concerned" as a participle
            # complement of "was" (acomp)
            h = match_token(tok, "adj", lex)
        if h is not None:
            hits[tok.i] = h
            for extra in conjoined_object_hits(h, pos, lex):
                # "fired tear gas and live rounds at them": the second act, kept under its noun
                hits.setdefault(extra.second_object.i, extra)
    for i, h in list(hits.items()):
        # "warned that an attack would cause a disaster": a bare "warn" with no one warned and
        # a clause is left to the threat wrapper, which asks the clause for a threatened act
        if (h.pattern.pos == "verb" and h.pattern.specificity == 0 and not h.target_heads
                and any(w.id == "threat" for w in lex.wrappers.get(lemma(h.trigger, lex), ()))
                and any(c.dep_ == "ccomp" for c in h.trigger.children)):  # fmt: skip
            del hits[i]
    # a noun pattern's own words are consumed as a verb's are: "a breach of the truce" is the
    # breach (ASSAULT 196), no truce told as well; but a wrapper noun's ("calls for a truce")
    # are left to the wrapper, which codes the act called for
    consumed = {t.i for h in hits.values() for t in h.used
                if t.i != h.trigger.i
                and not (_protest_told_inside(h, t, hits) or _truce_in_effect(h, t, hits))
                and (h.pattern.pos == "verb" or not lex.wrappers.get(h.trigger.lemma_.lower()))}  # fmt: skip
    for i in [i for i, h in hits.items() if h.pattern.pos != "verb" and i in consumed]:
        del hits[i]
    noun_wrapped = _noun_wrapper_inners(sent, hits, lex)  # before their content is set aside
    noun_inners = {n.i: (n, w, inner, chain) for n, w, inner, chain in noun_wrapped}
    accused = accused_acts(sent, hits)  # "accused Kyiv of shelling": Kyiv shelled (CODING.md)
    for i in _content_tokens(sent, hits, accused):
        hits.pop(i, None)
    for i, h in list(hits.items()):
        if h.second_object is not None and h.trigger.i not in hits:
            # "could have fired tear gas and live rounds": the second act goes with its verb's
            del hits[i]
    # "condemned the attack", "rejected the accusation", "hosted a meeting between X and Y":
    # a noun event that is what a verb event acts on is the same happening told again, or
    # the earlier event referred to; it gives the verb its target, not an event of its own
    for h in list(hits.values()):
        if h.pattern.pos != "verb" or (
            (_light(lex, h.trigger) or lemma(h.trigger, lex) in lex.wrappers)
            and h.pattern.type != "ACCUSE"
        ):
            # "agreed sanctions on Belarus": the wrapper takes the noun event; but "called the
            # closure unacceptable" judges the closure told before, as "condemned" does
            continue
        for t in list(h.target_heads) + [
            c for c in h.trigger.children if c.dep_ in ("dobj", "nsubjpass")
        ]:
            hn = hits.get(t.i)
            if (
                hn is not None
                and hn.pattern.pos == "noun"
                and not _protest_told_inside(h, t, hits)
                and not any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in h.trigger.children if c in h.used
                )
            ):
                del hits[t.i]
    # "approved the transfer of aid", "ordered the arrest of": a light verb whose bare pattern
    # ("approve T") has a noun event as object is that event's doer, not an event of its own
    for i, h in list(hits.items()):
        if (
            h.pattern.pos == "verb"
            and h.pattern.specificity == 0
            and _light(lex, h.trigger)
            and any(
                c.dep_ in ("dobj", "nsubjpass") and c.i in hits and hits[c.i].pattern.pos == "noun"
                for c in h.trigger.children
            )
        ):
            del hits[i]

    out: list[Candidate] = []
    done: set[int] = set()
    # wrapper verbs whose plain pattern codes the first act asked for, the later ones wrapped
    first_acts: dict[int, str] = {}
    # wrappers first, outermost last: "threatened to impose sanctions"
    for tok in sent:
        if tok.i in done:
            continue
        got = _not_ruled_out(tok, hits, lex)
        if got:
            out.extend(got)
            done.add(tok.i)
            if got[0].trigger != tok:
                done.add(got[0].trigger.i)
            continue
        if _no_comment(tok):
            # "declined to comment on the arrests", "refused to say whether ...": no refusal
            # of anything, and the arrests are told elsewhere
            done.add(tok.i)
            continue
        for w in lex.wrappers.get(lemma(tok, lex), ()):
            if not _wrapper_applies(tok, w):
                continue
            found = _inner(tok, w, hits, lex, noun_inners)
            if found is None:
                stop = False
                for inner, chain in _later_conjunct_inners(tok, hits, lex):
                    # "urged X to halt its tests and to resume talks": the second act asked
                    # for, beside the bare appeal the verb codes for the first, if the
                    # wrapper takes it as it would the first
                    if inner.trigger.i in done:
                        continue
                    refused = _refused(tok, w, inner, chain, hits, lex, noun_inners)
                    if refused is not None:
                        done.update(refused[1])
                        stop = refused[0]
                        if stop:
                            break
                        continue
                    out.extend(_wrapped(tok, _reading(tok, w, inner, lex), inner, chain, lex))
                    done.add(inner.trigger.i)
                    done.update(_inner_content(inner.trigger, hits, lex, noun_inners))
                    if _asks_someone(tok):
                        first_acts[tok.i] = w.id
                if stop:
                    break
                continue
            inner, chain = found
            if inner.trigger.i in done:
                continue
            refused = _refused(tok, w, inner, chain, hits, lex, noun_inners)
            if refused is not None:
                done.update(refused[1])
                if refused[0]:
                    break
                continue
            w = _reading(tok, w, inner, lex)
            got = _wrapped(tok, w, inner, chain, lex)
            if not got:
                continue
            out.extend(got)
            done.add(inner.trigger.i)
            done.add(tok.i)
            done.update(t.i for t in chain)
            done.update(_inner_content(inner.trigger, hits, lex, noun_inners))
            told = set()  # second "that" clauses the wrapper does not take: told as said
            for k in _conjoined_hits(inner, chain, hits, done):
                # "threatened to expel the envoy and impose sanctions": each conjoined verb
                # phrase is its own act under the same wrapper, with the same doer; a second
                # "that" clause with a doer of its own passes the wrapper's guards on its own
                if clause_subjects(k, ("nsubj", "nsubjpass")) != clause_subjects(
                    inner.trigger, ("nsubj", "nsubjpass")
                ) and _refused(tok, w, hits[k.i], [], hits, lex, noun_inners):
                    told.update(t.i for t in k.subtree)
                    continue
                more = _wrapped(tok, w, hits[k.i], [], lex)
                out.extend(more)
                done.add(k.i)
            kept = (
                "default" in w.map
                and w.map["default"] is None
                and got[0].type == inner.pattern.type
            )
            if any(w.map.get(k) is not None for k in w.map) and w.modality is None and not kept:
                # what was demanded, threatened or promised is content, not more events; not
                # a participle the parser hung on the infinitive ("calling on X to resign
                # and accusing him of ...": the accusation is the caller's own act); a plan
                # the wrapper kept ("looks poised to walk away from talks after X threatened
                # ...") leaves the rest of the clause alone
                done.update(_complement_hits(tok, hits) - _stray_participles(tok, hits) - told)
            elif inner.pattern.type in ("REQUEST", "THREATEN") and inner.pattern.pos == "verb":
                # "voted to ask foreign troops to leave": the kept demand's content is content
                # still, not an act of the troops
                got_inner = inner.trigger
                done.update(_complement_hits(got_inner, hits) - _stray_participles(got_inner, hits))
            break
    # noun wrappers: "the threat to impose sanctions", "a promise to withdraw", "its demand
    # that Israel ease restrictions", "claimed responsibility for the attack"
    for n, w, inner, chain in noun_wrapped:
        if n.i in done or inner.trigger.i in done or any(t.i in done for t in chain):
            continue
        if not (_nominal_is_core(n, lex) or _explicit_doer(n)) or kept_promise(n):
            continue  # "after Iran's threat to close the strait": background
        got = _wrapped(n, w, inner, chain, lex)
        if not got:
            continue
        out.extend(got)
        done.update({inner.trigger.i, n.i, *(t.i for t in chain)})
        if any(v is not None for v in w.map.values()) and w.modality is None:
            done.update(
                t.i
                for c in n.children
                if c.dep_ in ("acl", "ccomp", "prep")
                for t in c.subtree
                if t.i in hits
            )
    for tok in sent:  # a demand or threat with nothing we code under it is still one
        bare_hit = (
            tok.i in hits and hits[tok.i].pattern.specificity == 0 and not hits[tok.i].target_heads
        )
        if (
            tok.i in done
            or (tok.i in hits and not bare_hit)
            or tok.pos_ not in ("VERB", "ADJ")
            or in_dateline(tok)
        ):
            continue
        for w in lex.wrappers.get(lemma(tok, lex), ()):
            if w.id not in BARE_WRAPPERS or (
                w.prep
                and not _has_prep(tok, w.prep)
                and not (w.id == "call-on" and called_to_talk(tok))
            ):
                continue
            c = _bare(tok, w)
            if c is not None and c.type in vetoed_types(tok, pos_class(tok) or "verb", lex):
                break  # "his policies threaten British interests": a stop pattern's everyday use
            if c is not None:
                out.append(c)
                done.add(tok.i)
                if (
                    w.id in PROMISES
                ):  # "agreed to let U.N. investigators visit": the permission's content
                    done.update(_complement_hits(tok, hits))
                break
    for tok in sent:  # "would not accept ultimatums": a refusal even if "accept" codes nothing
        if (
            tok.pos_ == "VERB"
            and tok.i not in done
            and tok.i not in hits
            and not in_dateline(tok)
            and (lemma(tok, lex) in ACCEPTING or _under_pressure(tok))
            # "did not let up", "would not let the voters down": "let" accepts only an act
            and (
                tok.lemma_.lower() != "let"
                or any(
                    c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") for c in tok.children
                )
            )
        ):
            mod, why = modality(tok)
            barred = [
                c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in BALLOT_NAMES
            ] or [
                g
                for c in tok.children
                if c.dep_ in ("ccomp", "xcomp")
                for g in c.children
                if g.dep_ == "nsubj" and g.lemma_.lower() in BALLOT_NAMES
            ]  # "allow candidates to run"
            if _negated(tok) and lemma(tok, lex) in ("allow", "permit") and barred and any(
                    t.lemma_.lower() in BALLOT_WORDS for t in tok.subtree):  # fmt: skip
                # "a decree that will not allow candidates of the Liberal Party onto the ballot": barring
                # candidates or parties from an election is a ban (1722), planned a threat
                will = _aux_will(tok)
                out.append(Candidate(
                    trigger=tok, head=tok, type="COERCE", mode="ban", cameo="1722",
                    source_heads=_opts(_no_dateline(subject_heads(tok))), target_heads=barred[:1],
                    trigger_tokens=sorted([*_aux(tok), tok], key=lambda t: t.i),
                    modality="planned" if will else "asserted", loose_heads=[],
                    explain={"pattern": "ban:not-allow-candidates", "pattern_text": f"not {tok.lemma_} candidates",
                             "pattern_origin": "events/extract/sentence.py",
                             "modality_why": "modal 'will' (a ban announced)" if will else "",
                             "recoded": "not allowing candidates on the ballot is a ban"},
                ))  # fmt: skip
                done.add(tok.i)
                continue
            if _asked_of_another(tok):
                continue  # "urged Kyiv not to accept the terms": what is asked, no refusal
            if _fate_not_allowed(tok, lex):
                continue  # "will not allow the city to fall into chaos": a vow, no refusal
            if _negated(tok) or _not_ready(tok, lex):  # "were not ready to accept any terms"
                out.append(Candidate(
                    trigger=tok, head=tok, type="REJECT", mode=None, cameo="120",
                    source_heads=_opts(_no_dateline(subject_heads(tok))),
                    target_heads=([c for c in tok.children if c.dep_ == "dobj"][:1] if lemma(tok, lex) in ACCEPTING
                                  else _pressure_from(tok)),
                    trigger_tokens=sorted([*_aux(tok), tok], key=lambda t: t.i),
                    modality="hypothetical" if mod == "hypothetical" else "asserted",
                    loose_heads=_loose_targets(tok, "REJECT"), answers={"REQUEST", "AGREE", "THREATEN"},
                    explain={"pattern": "refusal:not-accept", "pattern_text": f"not {tok.lemma_}",
                             "pattern_origin": "events/extract/sentence.py", "modality_why": why,
                             "recoded": "a negated acceptance is a refusal"},
                ))  # fmt: skip
                done.add(tok.i)
                if lemma(tok, lex) in ALLOWING_VERBS:
                    # "will not allow the opposition to hold the rally": the act not allowed
                    # is what is refused, not done
                    done.update(_complement_hits(tok, hits))
    for tok in sent:  # "Andorra has said no", "Kosovo said no to the plan": a refusal
        if (
            tok.lemma_.lower() == "say"
            and tok.pos_ == "VERB"
            and tok.i not in done
            and tok.i not in hits
            and not in_dateline(tok)
            and any(c.dep_ == "intj" and c.lower_ == "no" for c in tok.children)
        ):
            mod, why = modality(tok)
            to = [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "to"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            out.append(Candidate(
                trigger=tok, head=tok, type="REJECT", mode=None, cameo="120",
                source_heads=_opts(_no_dateline(subject_heads(tok))), target_heads=to[:1],
                trigger_tokens=sorted([*_aux(tok), tok, *(c for c in tok.children if c.dep_ == "intj")],
                                      key=lambda t: t.i), modality=mod,
                loose_heads=_loose_targets(tok, "REJECT"), answers={"REQUEST", "AGREE", "THREATEN"},
                explain={"pattern": "refusal:say-no", "pattern_text": "say no", "pattern_origin": "events/extract/sentence.py",
                         "modality_why": why, "recoded": "saying no is a refusal"},
            ))  # fmt: skip
            done.add(tok.i)
    for tok in sent:  # "Belgrade accepted.": taking up the offer or invitation told before
        if tok.i in done or tok.i in hits or in_dateline(tok) or not _bare_acceptance(tok):
            continue
        mod, why = modality(tok)
        out.append(_bare_answer_candidate(tok, "AGREE", None, "030", mod, why, "acceptance:bare",
                                "a bare acceptance answers the offer told before"))  # fmt: skip
        done.add(tok.i)
    for tok in sent:  # "the rebels said they would attend": taking up the invitation told before
        if tok.i in done or tok.i in hits or in_dateline(tok) or not _bare_attendance(tok):
            continue
        mod, why = modality(tok)
        out.append(_bare_answer_candidate(tok, "AGREE", None, "036", "asserted" if mod == "planned" else mod,
                                why, "acceptance:attend",
                                "saying one will attend takes up the invitation told before"))  # fmt: skip
        done.add(tok.i)
    for tok in sent:  # "Pristina would not attend": turning down the invitation told before
        if tok.i in done or tok.i in hits or in_dateline(tok) or not _bare_refusal_to_attend(tok):
            continue
        out.append(_bare_answer_candidate(tok, "REJECT", "meet", "125", "asserted", "a stated refusal",
                                "refusal:not-attend",
                                "not attending turns down the invitation told before"))  # fmt: skip
        done.add(tok.i)
    for tok in sent:  # a denial with nothing we code under it is still a REJECT
        if (
            tok.lemma_.lower() in DENIALS
            and tok.pos_ == "VERB"
            and tok.i not in done
            and tok.i not in hits
        ):
            out.append(_denial(tok, None))
            done.add(tok.i)
    for tok in sent:
        if (
            tok.pos_ == "VERB"
            and tok.i not in done
            and lemma(tok, lex) in ALLOWING_VERBS
            and not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        ):
            # "the junta allowed Red Cross officials to visit the prison", "the pact lets the
            # troops cross": an act permitted is not one done (the permission itself is coded
            # only where a pattern names it: letting inspectors or aid in, the opposition rally).
            # Only the permitted verbs: a noun inside the clause reports its own act ("allow
            # traders to cross, in a concession to Lilongwe")
            done.update(
                i
                for i in _complement_hits(tok, hits) - {tok.i}
                if tok.doc[i].pos_ in ("VERB", "AUX")
            )
    for i, h in sorted(hits.items()):
        if i in done:
            continue
        if h.pattern.type in ("REQUEST", "THREATEN") and h.pattern.pos == "verb":
            done.update(
                _complement_hits(h.trigger, hits)
            )  # "urged Myanmar to ... and to give access"
        elif lemma(h.trigger, lex) in ALLOWING_VERBS and (
            _negated(h.trigger) or h.pattern.type == "CONCEDE"
        ):
            # "will not allow the opposition to hold the rally" (an "allow" pattern's own hit,
            # as with the bare refusal above): the act not allowed is not done; "allowed the
            # opposition to hold the rally" is the concession (0811), the rally not yet held
            done.update(_complement_hits(h.trigger, hits))
    for i, h in hits.items():
        if i in done or _journey_plan_put_off(h):
            continue
        c = _plain(h, lex)
        if c is not None:
            if i in first_acts:  # another act than the wrapped ones after it (builder)
                c.explain["first_act_of"] = first_acts[i]
            _agentless_source(c, h)
            _predicate_adjective_source(c, h)
            if h.pattern.target_required or h.pattern.needs_target:
                c.explain["target_required"] = True
            out.append(c)
    for tok in sent:  # "said it would respond", "vowed to retaliate": a threat
        if (
            tok.pos_ == "VERB"
            and tok.i not in done
            and tok.i not in hits
            and (lemma(tok, lex) in RETALIATE or retaliating(tok))
            and not in_dateline(tok)
            and not _indirect_question(tok)
            and not _restrained_manner(tok)
        ):
            mod, why = modality(tok)
            if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in VOWING and not _negated(tok.head):
                mod, why = (
                    "planned",
                    f"'{tok.head.text} to'",
                )  # "vowed to retaliate", "promised to respond"
                # the promise is the threat, not an AGREE of its own
                out = [c for c in out if not (c.trigger == tok.head and c.type == "AGREE")]
            if mod in ("planned", "hypothetical", "possible") and (
                why.startswith(("modal", "'would'", f"'{tok.head.text} to'"))
                # "said it would retaliate if NATO deployed troops there": a conditional threat
                # is made in the saying (the condition is on the response, not on the threat)
                or (
                    why.startswith("under an if/unless condition")
                    and _aux_will(tok)
                    and _reported_by_actor(tok)
                )
            ):
                out.append(Candidate(
                    trigger=tok, head=tok, type="THREATEN", mode="violence" if lemma(tok, lex) == "retaliate" else None,
                    cameo="138" if lemma(tok, lex) == "retaliate" else "130",
                    source_heads=_opts(_no_dateline(subject_heads(tok))), target_heads=[],
                    trigger_tokens=sorted([*_aux(tok), tok], key=lambda t: t.i), modality="asserted",
                    loose_heads=_loose_targets(tok, "THREATEN"),
                    answers={"ACCUSE", "SANCTION", "COERCE", "ASSAULT", "THREATEN"},
                    explain={"pattern": "retaliation:threaten", "pattern_text": tok.lemma_,
                             "pattern_origin": "events/extract/sentence.py", "modality_why": why,
                             "recoded": "an announced response to a hostile act is a threat"},
                ))  # fmt: skip
    out = [c for c in out if not hosts_a_told_meeting(c)]
    out = [c for c in out if _third_party(c)]
    out.extend(_demand_nouns(sent, done, hits, out))
    ordered = _ordered_out(sent, done)
    if ordered:
        # "gave the EU's ambassador 72 hours to leave the country": the leaving ordered is the
        # expulsion's content, not a withdrawal by the one who orders it
        told = {t.i for c in ordered for t in c.trigger_tokens}
        out = [c for c in out if c.trigger.i not in told]
    out.extend(ordered)
    out.extend(_troops_leave(sent, done, hits))
    named = _name_calling(sent, done, hits)
    if named:
        # "Iraq called the Turkish strike a violation": the naming, not a call for a strike
        again = {c.trigger.i for c in named}
        # "called the closure of the crossing unjustified": the closure named is the act told
        # before, not a closure by the one who names it
        named_acts = {
            h.i for c in named for h in c.loose_heads if h.pos_ == "NOUN" and _definite_noun(h)
        }
        out = [c for c in out if c.trigger.i not in again
               and not (c.trigger.i in named_acts and c.trigger.pos_ == "NOUN")]  # fmt: skip
    out.extend(named)
    arming = _arms_for_use(sent, done)
    if arming:  # "built bombs to use against the army": the use is what the threat is about
        inside = {t.i for c in arming for t in c.trigger_tokens}
        out = [c for c in out if c.trigger.i not in inside] + arming
    out.extend(_options_on_table(sent, done))
    out.extend(_at_request(sent, done))
    out.extend(_must_requests(sent, out, lex))
    out = _purposes(out)
    out = _agreed_and_signed(out)
    _threats_said(out)
    _rallied_acts(out, lex)
    _named_targets(out)
    _closed_to_commerce(out)
    # "its military stood ready to help if asked": the readiness is an offer (AGREE/CONCEDE),
    # not a show of force as "troops stood ready" alone is
    offered = {t.i for c in out if c.type in ("AGREE", "CONCEDE") and c.explain.get("wrapper") == "readiness"
               and c.explain.get("inner_type") in ("AID", "CONSULT", "COOPERATE", "RETREAT", "CONCEDE")
               for t in c.trigger_tokens}  # fmt: skip
    out = [c for c in out if not (c.type == "MOBILIZE" and any(
        g.dep_ == "acomp" and g.i in offered for g in c.trigger.children))]  # fmt: skip
    # "declined to discuss the reports but did not deny them", "never denied the claim": not
    # denying is no refusal of anything, and no event
    out = [c for c in out if not (c.type == "REJECT" and c.trigger.lemma_.lower() in DENIALS
                                  and _negated(c.trigger))]  # fmt: skip
    # "NATO's KFOR peacekeeping force said ...", "the U.N. mission said": a body that speaks,
    # named by what it does, is a speaker, not an event
    out = [c for c in out if not (c.trigger.pos_ == "NOUN" and not c.wrapped and c.trigger.dep_ == "nsubj"
                                  and c.trigger.head.lemma_.lower() in REPORTING_VERBS)]  # fmt: skip
    for c in out:
        t = c.told_at
        same_doer = t.dep_ == "conj" and not any(
            g.dep_ in ("nsubj", "nsubjpass") for g in t.children
        )
        if any(g.dep_ == "advmod" and (g.lower_ == "also" or (same_doer and g.lower_ in SEQUEL_WORDS))
               for g in t.children):  # fmt: skip
            # "opened fire on a post and later shelled two villages", "its fighters had also
            # kidnapped two officials": another act, not the one told before told again
            c.explain["sequel"] = True
    for c in out:
        if c.trigger.i in accused and not c.wrapped:
            c.source_heads = [[accused[c.trigger.i]]]
    _two_reactions(out)
    out.extend(same_acts(sent, done))  # "Moscow did the same": typed by the builder
    out = [
        c
        for c in out
        if not _speculative(c.told_at)
        and not _idle(c)
        and not _protasis(c.told_at)
        and not _unclaimed(c.trigger)
        and not _direct_question(c.told_at)
        and not _writers_advice(c.told_at)
    ]
    for c in out:
        _recode_announced(c, lex)
        _recode_refusal(c, lex)
        _recode_decided(c)
        _recode_agreed(c)
        _recode_truce_in_effect(c)
        _recode_court_petition(c, lex)
        _recode_court_order(c, lex)
        _threat_uttered(c)
    out.sort(key=lambda c: c.told_at.i)
    return out


def _bare_answer_candidate(
    tok, type_: str, mode: str | None, cameo: str, mod: str, why: str, pattern: str, recoded: str
) -> Candidate:
    """A bare answer to the offer or invitation told before ("Belgrade accepted.", "the rebels
    said they would attend", "Pristina would not attend"): done by its subject, aimed at the
    one who offered, whom a later step finds (target_required)."""
    return Candidate(
        trigger=tok, head=tok, type=type_, mode=mode, cameo=cameo,
        source_heads=_opts(_no_dateline(subject_heads(tok))), target_heads=[],
        trigger_tokens=sorted([*_aux(tok), tok], key=lambda t: t.i), modality=mod,
        loose_heads=[], answers={"AGREE", "REQUEST"},
        explain={"pattern": pattern, "pattern_text": tok.lemma_.lower(),
                 "pattern_origin": "events/extract/sentence.py", "modality_why": why,
                 "recoded": recoded, "target_required": True},
    )  # fmt: skip


def _threat_uttered(c: Candidate) -> None:
    """ "would defend every inch of its soil", "will continue to take all necessary measures":
    a threat is made when it is uttered, the future is its content's (gold/CODING.md:
    threats are asserted); a threat scheduled ("is due to issue an ultimatum") stays planned."""
    why = c.explain.get("modality_why", "")
    if c.type == "THREATEN" and c.modality == "planned" and why.startswith(("modal", "'would'")):
        c.modality = "asserted"
        c.explain["modality_why"] = f"a threat, made in the saying ({why})"


VOWING = word_class("vowing_verbs")  # data/word_classes.yaml
BALLOT_NAMES = word_class("ballot_names")  # data/word_classes.yaml
BALLOT_WORDS = word_class("ballot_words")  # data/word_classes.yaml


PRESSURE_NOUNS = word_class("pressure_nouns")  # data/word_classes.yaml
PRESSURE_PREPS = word_class("pressure_preps")  # data/word_classes.yaml


def _refused(
    tok, w, inner: Hit, chain, hits: dict, lex: Lexicon, noun_inners: dict
) -> tuple[bool, set[int]] | None:
    """Why the wrapper `w` of `tok` does not govern `inner` (the first act it takes or a later
    conjunct's): None when it does; else whether the wrapper's clause is spent (no other
    reading of the verb is tried) and the tokens left with no event."""
    if w.id == "expectation" and not _official_expectation(tok, inner):
        if _wish_of_another(tok, inner, lex):
            # "they need the rebels to lay down arms", "analysts want Russia to withdraw": no
            # one's demand (the gate), and the act wished of another is not done (below)
            return True, {inner.trigger.i, tok.i} | {
                x.i for x in inner.trigger.subtree if x.i in hits
            }
        return False, set()
    if (
        w.id == "refusal"
        and inner.pattern.pos == "noun"
        and is_passive(tok)
        and not any(c.dep_ == "agent" for c in tok.children)
    ):
        # "Kenya's request for help was rejected": who rejected it is not named, and the
        # one who asked is no refuser; the request stands as told (its own event)
        return False, set()
    if (
        w.modality is not None
        and _governs_its_own(inner.trigger, hits, lex, noun_inners)
        and modality(inner.trigger, [], None)[0] == w.modality
    ):
        # "was considering asking Senegal to extradite him": the request governs the
        # extradition and carries the hedge itself; not a hedged bare request with
        # the extradition left over as an act of Senegal's ("I would expect the
        # minister to urge Iran to ...": the urging alone is not hedged, the
        # expectation keeps it)
        return False, set()
    if _own_object_first(tok, inner, hits):
        return False, set()  # "requested international troops to fight the gangs": request troops
    if w.id == "proposal" and _suggested_as_fact(tok, inner):
        # "intelligence suggests that hostages are being held": what the evidence points
        # to, coded as said; no proposal of the one it is attributed to
        return True, {tok.i}
    if w.id == "threat" and _warned_of_anothers_act(tok, inner):
        # "Ukraine warned that Russia is massing troops on the border": a warning that
        # tells what another is doing or did reports that act (coded as said), no
        # threat by the one who warns
        return True, {tok.i}
    if (w.id != "expectation" and _wish_of_another(tok, inner, lex)) or any(
        _wish_of_another(g, inner, lex) for g in chain if hasattr(g, "lemma_")
    ):
        # (an official's "wants Beijing to lift the ban" passed the expectation gate above: a
        # demand on Beijing, not a private wish)
        # "We want Paris to bomb the barracks", "I hope the French strikes would end the
        # siege": someone's wish for another's act is neither act nor plan, and
        # neither is what that act would ask for ("expect the minister to urge Uganda
        # to release them")
        return True, {inner.trigger.i, tok.i} | {x.i for x in inner.trigger.subtree if x.i in hits}
    return None


def _reading(tok, w, inner: Hit, lex: Lexicon):
    """The wrapper as it governs `inner`: a proposal made to another is an appeal to them."""
    return (lex.wrapper("appeal") or w) if proposed_to_another(tok, w, inner) else w


def _indirect_question(tok) -> bool:
    """The verb heads an indirect question ("how Tbilisi might respond", "what Iran will do
    in return"): the writer asks what the actor will do; no one announces it."""
    return any(c.tag_ in ("WRB", "WP", "WDT") and c.i < tok.i for c in tok.children)


# manners of a response that promise restraint ("would respond calmly")
RESTRAINED_MANNER = word_class("restrained_manner_words")  # data/word_classes.yaml
PLAN_NOUNS = word_class("plan_nouns")  # data/word_classes.yaml
JOURNEY_VERBS = word_class("journey_verbs")  # data/word_classes.yaml


def _journey_plan_put_off(h) -> bool:
    """ "The president postponed plans to visit Washington", "froze plans to travel to Kyiv
    for talks": a plan put off whose act is a visit or a meeting is the doer's own journey
    put off, no policy given up (CONCEDE 0832); cancelled talks are coded as SANCTION by
    their own patterns."""
    if h.pattern.type != "CONCEDE" or h.pattern.pos != "verb":
        return False
    for o in h.trigger.children:
        if o.dep_ not in ("dobj", "nsubjpass") or o.lemma_.lower() not in PLAN_NOUNS:
            continue
        for a in o.children:
            if a.dep_ in ("acl", "xcomp") and has_to_aux(a) and a.lemma_.lower() in JOURNEY_VERBS:
                return True
    return False


def _restrained_manner(tok) -> bool:
    """ "would respond calmly", "will react with restraint": a response whose manner
    promises restraint announces no retaliation, so it is no threat."""
    return any(
        (c.dep_ == "advmod" and c.lemma_.lower() in RESTRAINED_MANNER)
        or (c.dep_ == "prep" and c.lower_ == "with"
            and any(g.dep_ == "pobj" and g.lemma_.lower() in RESTRAINED_MANNER for g in c.children))
        for c in tok.children
    )  # fmt: skip


def _under_pressure(tok) -> bool:
    """A verb with a phrase saying it would be done under threats or pressure."""
    return any(c.dep_ == "prep" and c.lower_ in PRESSURE_PREPS
               and any(t.dep_ == "pobj" and t.lemma_.lower() in PRESSURE_NOUNS for t in c.subtree)
               for c in tok.children)  # fmt: skip


def _pressure_from(tok) -> list:
    """ "under pressure from Washington": who presses (the refusal's target)."""
    return [t for c in tok.children if c.dep_ == "prep" and c.lower_ in PRESSURE_PREPS for t in c.subtree
            if t.dep_ == "pobj" and t.head.lower_ in ("from", "by")][:1]  # fmt: skip


SEQUEL_WORDS = word_class("sequel_words")  # data/word_classes.yaml


def _governs_its_own(t, hits: dict[int, Hit], lex: Lexicon, noun_inners: dict) -> bool:
    """Whether a verb that is itself a wrapper which recodes what it governs (an appeal, a
    demand, an offer) has an event of its own under it, first or in a later conjunct
    ("asking Chile to wait and to extradite him")."""
    if t.pos_ != "VERB":
        return False
    for w in lex.wrappers.get(lemma(t, lex), ()):
        if w.modality is None and _wrapper_applies(t, w):
            found = _inner(t, w, hits, lex, noun_inners)
            if found is not None and found[0].trigger != t:
                return True
            if found is None and _later_conjunct_inners(t, hits, lex):
                return True
    return False


def _inner_content(t, hits: dict[int, Hit], lex: Lexicon, noun_inners: dict) -> set[int]:
    """The events under a wrapped verb that is itself an appeal, a demand or an offer
    governing its own ("expects the minister to urge Chile to release them"): what it would
    ask for is content of an act that is itself only expected, planned or hoped, no act."""
    return _complement_hits(t, hits) if _governs_its_own(t, hits, lex, noun_inners) else set()


EXPECTING_BODIES = word_class("expecting_bodies")  # data/word_classes.yaml


def _official_expectation(tok, inner: Hit) -> bool:
    """ "Baku expects Yerevan to withdraw", "the ministry expected Kosovo to free them": an
    active "expect" whose subject is a named actor (a proper name) or an official body, and
    whose governed act has its own doer, another than the one who expects, is a demand on
    that doer. "Armenia is expected to withdraw" (passive), "analysts expect Russia to
    attack" (no official) and "we expect to sign" (no other doer) are not."""
    if inner.pattern.pos != "verb" or is_passive(tok):
        return False
    wish = tok.lemma_.lower() in ("want", "need")
    # the verb "to" governs: the act, or a verb it hangs on below the wish ("wants the West to
    # stop arming Kyiv": the West is asked to stop, Moscow threatens no aid cut)
    told = inner.trigger
    for _ in range(3):
        if has_to_aux(told) or told.head == tok or told.head == told or told.dep_ != "xcomp":
            break
        told = told.head
    if wish and not has_to_aux(told):
        return False  # "wants Beijing to lift the ban"; not "wants to see Rwanda expel them"
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj or not (
        subj[0].pos_ == "PROPN"
        or subj[0].lemma_.lower() in EXPECTING_BODIES
        # '"We need the government to free them," the opposition leader said': the speaker's
        # side (not "we expect inflation to fall", a forecast)
        or (wish and subj[0].lower_ == "we")
    ):
        return False
    own = clause_subjects(told, ("nsubj",))
    own += [c for c in tok.children if c.dep_ == "dobj"]
    return any(
        o.i != subj[0].i
        and (o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "NORP", "ORG")
             or o.lemma_.lower() in EXPECTING_BODIES)  # "we need the government to ..."
        for o in own
    )  # fmt: skip


# statements that answer what someone did: two of them joined, each with its own object, are
# two statements
TWO_REACTION_TYPES = {"ACCUSE", "SUPPORT", "REJECT"}


def _two_reactions(out: list[Candidate]) -> None:
    """ "condemned the coup and accused the junta of betraying the people", "welcomed the
    deal and thanked Qatar for its mediation": two verbs of one speaker joined, each with its
    own object, are two acts, each aimed at its own target (the later one is no repeat of the
    first); "condemned and denounced the attack", one object shared, is one act."""
    verbs = {c.trigger.i: c for c in out if not c.wrapped and c.trigger.pos_ == "VERB"}
    for c in verbs.values():
        t = c.trigger
        first = verbs.get(t.head.i) if t.dep_ == "conj" else None
        if (
            first is None
            or c.type not in TWO_REACTION_TYPES
            or first.type != c.type
            or t.lemma_.lower() == first.trigger.lemma_.lower()
            or any(g.dep_ in ("nsubj", "nsubjpass") for g in t.children)
        ):
            continue
        own = [g for g in t.children if g.dep_ == "dobj"]
        theirs = [g for g in first.trigger.children if g.dep_ == "dobj"]
        if (
            own
            and theirs
            and own[0].lemma_.lower() != theirs[0].lemma_.lower()
            and not any(_names_the_act(x, g) for x, g in ((c, own[0]), (first, theirs[0])))
        ):
            c.explain["sequel"] = True


def _names_the_act(c: Candidate, obj) -> bool:
    """ "lodged a complaint", "voiced its support": the object is the act's own noun (a word
    of its pattern), the verb a light one; "accused Athens and lodged a complaint" may be one
    grievance told twice."""
    words = pattern_words(c)
    return token_in(obj, words)


APPEAL_VERBS = word_class("appeal_verbs")  # data/word_classes.yaml


# verbs of a fate that befalls a place or people rather than an act they seek
FATE_VERBS = word_class("befalling_verbs")  # data/word_classes.yaml


def _fate_not_allowed(tok, lex: Lexicon) -> bool:
    """ "will not allow the capital to fall into chaos", "would not allow its territory to be
    used against its neighbour": what is not allowed is a fate (a passive, or a verb of
    falling), which no one asked for; the speaker vows to prevent it and refuses nothing.
    "will not allow the opposition to hold the rally" refuses an act the opposition seeks."""
    if lemma(tok, lex) not in ALLOWING_VERBS:
        return False
    comps = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
    return bool(comps) and all(
        c.lemma_.lower() in FATE_VERBS or any(g.dep_ == "auxpass" for g in c.children)
        for c in comps
    )


def _asked_of_another(tok) -> bool:
    """ "called on the US not to allow ...", "urged Kyiv not to accept the terms": the
    infinitive is what the appeal asks of its addressee (an object, or "on"/"upon" someone)."""
    head = tok.head
    if tok.dep_ not in ("xcomp", "ccomp") or head == tok or head.lemma_.lower() not in APPEAL_VERBS:
        return False
    return any(
        c.dep_ == "dobj"
        or (
            c.dep_ == "prep"
            and c.lower_ in ("on", "upon", "to")
            and any(g.dep_ == "pobj" for g in c.children)
        )
        for c in head.children
    )


def _asks_someone(tok) -> bool:
    """The demand names whom it asks ("urged Beijing to ...", "called on Iran to ..."), so
    the infinitives after it are the acts asked of them; "appealed for $45 million to feed
    and shelter the displaced" asks for money, and the infinitives are its purpose."""
    return any(
        (c.dep_ in ("dobj", "dative") and c.ent_type_ not in ("MONEY", "CARDINAL", "QUANTITY"))
        or (c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")
            and any(g.dep_ == "pobj" and g.ent_type_ not in TEMPORAL_ENTS for g in c.children))
        for c in tok.children
    )  # fmt: skip
