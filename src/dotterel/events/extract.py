"""Clause extraction: which tokens trigger events, and which phrases are source and target.

Works on one parsed sentence and returns `Candidate`s that still point at tokens; the
pipeline turns them into contract `Event`s once actors, dates and places are resolved.

Rules, in the order they apply:
- every verb, noun and adjective is matched against the lexicon (`match.py`); words a verb
  pattern used ("sanctions" in "imposed sanctions on") cannot trigger events of their own;
- what an accusation, demand, offer or rejection is *about* is not an event of its own
  ("accused the police of using live ammunition", "rejected calls to adopt reforms");
- wrapper verbs ("agreed to", "threatened to", "called for", "refused to", "plans to") take
  the event they govern and recode it (agree + withdraw -> CONCEDE) or only change its
  modality (plan, consider); a denial ("denied that its forces shelled the village") gives
  the denied event, negated, and the denier's REJECT;
- the source is the clause's subject, found through passives ("was expelled by"),
  control ("agreed to withdraw": the agreer withdraws; "urged Russia to withdraw": Russia),
  coordination ("met and signed"), relative clauses ("rebels who fired") and participles;
  for nominal events, "by" phrases, possessives, nationality adjectives and light verbs
  ("launched an attack": the launcher attacks);
- the target is the pattern's slot; when that names no actor the builder looks inside
  the phrase ("Serbia's suppression", "an Indian proposal", "calls by Annan"), at the event
  the phrase refers back to ("rejected the accusation": the accuser), at recipients
  ("offered its troops to Lebanon") and at the place;
- the saying itself ("X said Y attacked Z") is not an event; Y -> Z is;
- a dateline ("KYIV, May 18 -") is never an actor, even when the parser makes it a subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..actors.resolve import ALLY_NOUNS
from ..words import word_class
from .lexicon import Lexicon, Wrapper
from .match import (
    Hit,
    is_passive,
    lemma,
    main_verb_as_participle,
    match_token,
    misparsed_subject,
    reduced_passive,
)
from .modality import SELF_PRONOUNS, misattached_speech, modality
from .ontology import SPEECH_ACT_TYPES

OBJECT_CONTROL = {"urge", "ask", "order", "force", "tell", "persuade", "allow", "invite",
                  "encourage", "pressure", "press", "compel", "instruct", "authorize",
                  "authorise", "call", "request", "direct", "permit", "help", "warn",
                  "advise", "beg", "implore", "push", "challenge", "demand", "let", "lead",
                  "prompt", "cause", "enable", "get", "oblige"}  # fmt: skip
SUBJECT_DEPS = ("nsubj", "csubj")
REPORTING_VERBS = word_class("reporting_verbs_broad")  # data/word_classes.yaml
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# subjects that name no one by themselves: a clause with one of these tells nobody new
EMPTY_SUBJECTS = frozenset({"it", "they", "he", "she", "there", "this", "that", "which", "who"})

# Nouns naming a speech act: what they are about is their content, not an event of its own
# ("an appeal to lay down arms", "the demand that Israel ease restrictions").
SPEECH_NOUNS = word_class("speech_act_nouns")  # data/word_classes.yaml
# "an attempt to assassinate the governor": the attempt is the attack (CAMEO 185), not
# an effort towards one
ATTEMPT_NOUNS = {"attempt", "bid"}
ATTEMPTED_ACTS = {"assassinate", "kill", "murder"}
# who foils or survives an attempt is not the one who makes it
FOILING = {"foil", "thwart", "prevent", "stop", "block", "avert", "repel", "frustrate", "defeat", "survive",
           "escape", "condemn", "denounce", "investigate", "report", "uncover"}  # fmt: skip
# Verbs whose complement is the content of an accusation or demand, not a separate event.
CONTENT_PREPS = {"of", "for", "over", "about", "in"}

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
    "drill": {"MOBILIZE", "COOPERATE"}, "exercise": {"MOBILIZE", "COOPERATE"},
    "deployment": {"MOBILIZE"}, "visit": {"CONSULT"}, "trip": {"CONSULT"},
    "talk": {"CONSULT"}, "meeting": {"CONSULT"}, "summit": {"CONSULT"},
    "deal": {"AGREE", "SUPPORT", "CONCEDE", "COOPERATE"},
    "agreement": {"AGREE", "SUPPORT", "CONCEDE", "COOPERATE"},
    "accord": {"AGREE", "SUPPORT", "CONCEDE"}, "truce": {"CONCEDE", "RETREAT"},
    "ceasefire": {"CONCEDE", "RETREAT"}, "aid": {"AID", "AGREE"},
    "decision": None, "move": None,
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
    "rally": {"PROTEST"}, "march": {"PROTEST"}, "demonstration": {"PROTEST"},
    "gathering": {"PROTEST"}, "walkout": {"PROTEST"}, "boycott": {"PROTEST", "SANCTION"},
}  # fmt: skip

# Targets that are the population of the place where it happens: "arrested 300 people",
# "shelled residential districts", "looted homes" (coded as that country's civilians).
GENERIC_PEOPLE = {
    "people", "person", "man", "men", "woman", "women", "child", "children", "boy", "girl",
    "family", "families", "youth", "teenager", "student", "worker", "farmer", "fisherman",
    "shopkeeper", "trader", "worshipper", "pilgrim", "passer", "dozen", "dozens", "scores",
    "hundreds", "thousands", "home", "house", "village", "town", "district", "neighbourhood",
    "neighborhood", "market", "hospital", "school", "area", "city", "camp", "building",
    "settlement", "suburb", "street", "mosque", "church", "shop", "crowd", "gathering",
    "wedding", "funeral", "ceremony", "outskirt", "outskirts", "quarter", "compound", "block",
}  # fmt: skip

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


# -- datelines ---------------------------------------------------------------------------------
def dateline_end(doc) -> int:
    """Character offset where a dateline at the start of the paragraph ends (0: none)."""
    key = "dotterel_dateline_end"
    got = doc.user_data.get(key)
    if got is None:
        m = _DATELINE.match(doc.text)
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


# -- candidates --------------------------------------------------------------------------------
_MARKUP = re.compile(r"!?\[[^\]]*\]\([^)]*\)")


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
            and any(c.dep_ == "auxpass" for c in tok.children)
        ):
            # 'it was "deeply concerned" by the detentions': quotes make the parser read the
            # predicate adjective as a passive verb
            h = match_token(tok, "adj", lex)
        if h is not None:
            hits[tok.i] = h
    for i, h in list(hits.items()):
        # "warned that an attack would cause a disaster": a bare "warn" with no one warned and
        # a clause is left to the threat wrapper, which asks the clause for a threatened act
        if (h.pattern.pos == "verb" and h.pattern.specificity == 0 and not h.target_heads
                and any(w.id == "threat" for w in lex.wrappers.get(lemma(h.trigger, lex), ()))
                and any(c.dep_ == "ccomp" for c in h.trigger.children)):  # fmt: skip
            del hits[i]
    consumed = {t.i for h in hits.values() if h.pattern.pos == "verb" for t in h.used}
    for i in [i for i, h in hits.items() if h.pattern.pos != "verb" and i in consumed]:
        del hits[i]
    noun_wrapped = _noun_wrapper_inners(sent, hits, lex)  # before their content is set aside
    noun_inners = {n.i: (n, w, inner, chain) for n, w, inner, chain in noun_wrapped}
    for i in _content_tokens(sent, hits):
        hits.pop(i, None)
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
    # wrappers first, outermost last: "threatened to impose sanctions"
    for tok in sent:
        if tok.i in done:
            continue
        got = _not_ruled_out(tok, hits, lex)
        if got:
            out.extend(got)
            done.add(tok.i)
            if got[0].trigger is not tok:
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
                continue
            inner, chain = found
            if inner.trigger.i in done:
                continue
            if _own_object_first(tok, inner, hits):
                continue  # "requested international troops to fight the gangs": request troops
            if _wish_of_another(tok, inner):
                # "We want Trump to shell the palace", "I hope the US attacks would halt the
                # shelling": someone's wish for another's act is neither act nor plan
                done.update((inner.trigger.i, tok.i))
                break
            got = _wrapped(tok, w, inner, chain, lex)
            if not got:
                continue
            out.extend(got)
            done.add(inner.trigger.i)
            done.add(tok.i)
            done.update(t.i for t in chain)
            for k in _conjoined_hits(inner, chain, hits, done):
                # "threatened to expel the envoy and impose sanctions": each conjoined verb
                # phrase is its own act under the same wrapper, with the same doer
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
                # a participle the parser hung on the infinitive ("calling on X to step down
                # and accusing him of ...": the accusation is the caller's own act); a plan
                # the wrapper kept ("is poised to walk away from talks after X threatened
                # ...") leaves the rest of the clause alone
                done.update(_complement_hits(tok, hits) - _stray_participles(tok, hits))
            break
    # noun wrappers: "the threat to impose sanctions", "a promise to withdraw", "its demand
    # that Israel ease restrictions", "claimed responsibility for the attack"
    for n, w, inner, chain in noun_wrapped:
        if n.i in done or inner.trigger.i in done or any(t.i in done for t in chain):
            continue
        if not (_nominal_is_core(n, lex) or _explicit_doer(n)):
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
            if w.id not in BARE_WRAPPERS or (w.prep and not _has_prep(tok, w.prep)):
                continue
            c = _bare(tok, w)
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
                # "a plan that will not allow candidates from Hamas on the ballots": barring
                # candidates or parties from an election is a ban (1722), planned a threat
                will = _aux_will(tok)
                out.append(Candidate(
                    trigger=tok, head=tok, type="COERCE", mode="ban", cameo="1722",
                    source_heads=_opts(_no_dateline(subject_heads(tok))), target_heads=barred[:1],
                    trigger_tokens=sorted([*_aux(tok), tok], key=lambda t: t.i),
                    modality="planned" if will else "asserted", loose_heads=[],
                    explain={"pattern": "ban:not-allow-candidates", "pattern_text": f"not {tok.lemma_} candidates",
                             "pattern_origin": "events/extract.py",
                             "modality_why": "modal 'will' (a ban announced)" if will else "",
                             "recoded": "not allowing candidates on the ballot is a ban"},
                ))  # fmt: skip
                done.add(tok.i)
                continue
            if _negated(tok):
                out.append(Candidate(
                    trigger=tok, head=tok, type="REJECT", mode=None, cameo="120",
                    source_heads=_opts(_no_dateline(subject_heads(tok))),
                    target_heads=([c for c in tok.children if c.dep_ == "dobj"][:1] if lemma(tok, lex) in ACCEPTING
                                  else _pressure_from(tok)),
                    trigger_tokens=sorted([*_aux(tok), tok], key=lambda t: t.i),
                    modality="hypothetical" if mod == "hypothetical" else "asserted",
                    loose_heads=_loose_targets(tok, "REJECT"), answers={"REQUEST", "AGREE", "THREATEN"},
                    explain={"pattern": "refusal:not-accept", "pattern_text": f"not {tok.lemma_}",
                             "pattern_origin": "events/extract.py", "modality_why": why,
                             "recoded": "a negated acceptance is a refusal"},
                ))  # fmt: skip
                done.add(tok.i)
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
                explain={"pattern": "refusal:say-no", "pattern_text": "say no", "pattern_origin": "events/extract.py",
                         "modality_why": why, "recoded": "saying no is a refusal"},
            ))  # fmt: skip
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
    for i, h in sorted(hits.items()):
        if i in done:
            continue
        if h.pattern.type in ("REQUEST", "THREATEN") and h.pattern.pos == "verb":
            done.update(
                _complement_hits(h.trigger, hits)
            )  # "urged Myanmar to ... and to give access"
    for i, h in hits.items():
        if i in done:
            continue
        c = _plain(h, lex)
        if c is not None:
            _agentless_source(c, h)
            _predicate_adjective_source(c, h)
            if h.pattern.target_required:
                c.explain["target_required"] = True
            out.append(c)
    for tok in sent:  # "said it would respond", "vowed to retaliate": a threat
        if (
            tok.pos_ == "VERB"
            and tok.i not in done
            and tok.i not in hits
            and lemma(tok, lex) in RETALIATE
            and not in_dateline(tok)
        ):
            mod, why = modality(tok)
            if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in VOWING and not _negated(tok.head):
                mod, why = (
                    "planned",
                    f"'{tok.head.text} to'",
                )  # "vowed to retaliate", "promised to respond"
                # the promise is the threat, not an AGREE of its own
                out = [c for c in out if not (c.trigger == tok.head and c.type == "AGREE")]
            if mod in ("planned", "hypothetical", "possible") and why.startswith(
                ("modal", "'would'", f"'{tok.head.text} to'")
            ):
                out.append(Candidate(
                    trigger=tok, head=tok, type="THREATEN", mode="violence" if lemma(tok, lex) == "retaliate" else None,
                    cameo="138" if lemma(tok, lex) == "retaliate" else "130",
                    source_heads=_opts(_no_dateline(subject_heads(tok))), target_heads=[],
                    trigger_tokens=sorted([*_aux(tok), tok], key=lambda t: t.i), modality="asserted",
                    loose_heads=_loose_targets(tok, "THREATEN"),
                    answers={"ACCUSE", "SANCTION", "COERCE", "ASSAULT", "THREATEN"},
                    explain={"pattern": "retaliation:threaten", "pattern_text": tok.lemma_,
                             "pattern_origin": "events/extract.py", "modality_why": why,
                             "recoded": "an announced response to a hostile act is a threat"},
                ))  # fmt: skip
    for c in out:
        _third_party(c)
    out.extend(_demand_nouns(sent, done, hits, out))
    out.extend(_ordered_out(sent, done))
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
    out.extend(_must_requests(sent, out, lex))
    out = _purposes(out)
    out = _agreed_and_signed(out)
    _threats_said(out)
    # "its military stood ready to help if asked": the readiness is an offer (AGREE/CONCEDE),
    # not a show of force as "troops stood ready" alone is
    offered = {t.i for c in out if c.type in ("AGREE", "CONCEDE") and c.explain.get("wrapper") == "readiness"
               and c.explain.get("inner_type") in ("AID", "CONSULT", "COOPERATE", "RETREAT", "CONCEDE")
               for t in c.trigger_tokens}  # fmt: skip
    out = [c for c in out if not (c.type == "MOBILIZE" and any(
        g.dep_ == "acomp" and g.i in offered for g in c.trigger.children))]  # fmt: skip
    # "NATO's KFOR peacekeeping force said ...", "the U.N. mission said": a body that speaks,
    # named by what it does, is a speaker, not an event
    out = [c for c in out if not (c.trigger.pos_ == "NOUN" and not c.wrapped and c.trigger.dep_ == "nsubj"
                                  and c.trigger.head.lemma_.lower() in REPORTING_VERBS)]  # fmt: skip
    for c in out:
        t = c.head if c.wrapped else c.trigger
        same_doer = t.dep_ == "conj" and not any(
            g.dep_ in ("nsubj", "nsubjpass") for g in t.children
        )
        if any(g.dep_ == "advmod" and (g.lower_ == "also" or (same_doer and g.lower_ in SEQUEL_WORDS))
               for g in t.children):  # fmt: skip
            # "opened fire on a post and later shelled two villages", "its fighters had also
            # kidnapped two officials": another act, not the one told before told again
            c.explain["sequel"] = True
    out = [
        c
        for c in out
        if not _speculative(c.head if c.wrapped else c.trigger)
        and not _idle(c)
        and not _protasis(c.head if c.wrapped else c.trigger)
    ]
    for c in out:
        _recode_announced(c, lex)
        _recode_refusal(c, lex)
    out.sort(key=lambda c: (c.head if c.wrapped else c.trigger).i)
    return out


# acts that, not ruled out, hold a threat over someone ("did not rule out military action")
OPEN_THREATS = {"action", "force", "option", "options", "retaliation", "response", "intervention", "measure",
                "measures", "step", "steps", "strike", "strikes", "operation", "offensive", "war", "reprisal",
                "reprisals", "countermeasures"}  # fmt: skip
COERCIVE_TYPES = ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST")


def _not_ruled_out(tok, hits: dict[int, Hit], lex: Lexicon) -> list[Candidate]:
    """ "did not rule out sanctions", "is not ruling out suspending talks", "has not ruled
    out military action", "would not hesitate to strike": a coercive act an actor keeps open
    is a threat (THREATEN, by the act, asserted); a peaceful one ("did not rule out talks")
    is possible."""
    hesitate = lemma(tok, lex) == "hesitate"  # "would not hesitate to strike": the same
    if (
        not (hesitate or lemma(tok, lex) == "rule" and _has_prep(tok, "out"))
        or not _negated(tok)
        or in_dateline(tok)
    ):
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
            return []  # "did not hesitate to meet him": the meeting, as the parse gives it
        wid = "threat" if ityp in COERCIVE_TYPES else "rule-out"
        w = next((w for ws in lex.wrappers.values() for w in ws if w.id == wid), None)
        if w is None:
            return []
        got = _wrapped(tok, w, inner, chain, lex)
        for c in got:
            c.modality = "asserted" if wid == "threat" else "possible"
            c.explain["modality_why"] = "'not ruled out'"
        return got
    objs = [
        c
        for c in tok.children
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in OPEN_THREATS
    ]
    if hesitate:  # "would not hesitate to respond", "to use force"
        objs = [
            x
            for c in tok.children
            if c.dep_ == "xcomp"
            for x in c.subtree
            if x.lemma_.lower() in OPEN_THREATS | RETALIATE
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
                 "pattern_origin": "events/extract.py", "modality_why": "'not ruled out'",
                 "recoded": "a coercive option kept open is a threat"},
    )]  # fmt: skip


def _agentless_source(c: Candidate, h: Hit) -> None:
    """Group key `agentless: source`: "Troops were deployed to the border", "Police were
    deployed in Nairobi": in a passive that names no agent, what was deployed (its subject)
    is the source."""
    if h.pattern.agentless == "source" and h.pattern.pos == "noun" and h.pattern.type == "RETREAT":
        # "the withdrawal of the Russian forces from Homs": the forces withdrawn withdraw, a
        # last option after the noun's own doer ("Russia's", "the US announced the ...")
        of = _no_dateline([g for x in h.trigger.children if x.dep_ == "prep" and x.lower_ == "of"
                           for g in x.children if g.dep_ == "pobj"][:1])  # fmt: skip
        if of and of not in c.source_heads:
            c.source_heads = list(c.source_heads) + [of]
            c.target_heads = [t for t in c.target_heads if t not in of]
        return
    if (
        h.pattern.agentless != "source"
        or c.source_heads
        or h.pattern.pos != "verb"
        or not h.passive
    ):
        return
    if any(x.dep_ == "agent" for x in h.trigger.children):
        return
    subj = _no_dateline([x for x in h.trigger.children if x.dep_ == "nsubjpass"] or
                        ([h.trigger.head] if reduced_passive(h.trigger) else []))  # fmt: skip
    if subj:
        c.source_heads = [subj]
        c.target_heads = [t for t in c.target_heads if t not in subj]
        c.explain["agentless"] = "the passive's subject is the source"
        v = h.trigger
        if c.type == "MOBILIZE" and v.dep_ == "ccomp" and v.head.lemma_.lower() in ANNOUNCING_OWN:
            # "the minister announced that 100,000 personnel are being deployed": forces no
            # text names the side of are the announcer's (a fallback after the subject); not
            # what a newspaper "reported"
            speaker = _opts(_no_dateline(subject_heads(v.head)))
            c.source_heads = c.source_heads + [o for o in speaker if o not in c.source_heads]


# verbs by which a side announces its own acts ("said", "announced"; not "reported")
ANNOUNCING_OWN = word_class("own_announcement_verbs")  # data/word_classes.yaml


def _predicate_adjective_source(c: Candidate, h: Hit) -> None:
    """ "Britain is concerned about the arrests", "Kyiv is critical of the deal", "X remained
    opposed to the plan": an adjective said of the clause's subject; the subject is the
    source (an adjective before a noun, "Russian-backed", keeps its own modifier)."""
    t = h.trigger
    if h.pattern.pos == "adj" and not c.source_heads and t.pos_ == "VERB":
        # 'it was "deeply concerned" by': the adjective read as a passive verb; its subject
        subj = [g for g in t.children if g.dep_ in ("nsubjpass", "nsubj") and not in_dateline(g)]
        if subj:
            c.source_heads = [subj]
            c.source_from_adjective = False
            c.explain["predicate_adjective"] = f"said of the subject of '{t.text}'"
        return
    if h.pattern.pos != "adj" or c.source_heads or t.dep_ not in ("acomp", "oprd"):
        return
    subj = _no_dateline(subject_heads(t.head)) if t.head.pos_ in ("AUX", "VERB") else []
    if subj:
        c.source_heads = [subj]
        c.source_from_adjective = False
        c.explain["predicate_adjective"] = f"said of the subject of '{t.head.text}'"


def _conjoined_hits(inner: Hit, chain: list, hits: dict, done: set) -> list:
    """The verbs coordinated with a wrapped clause's verb that carry their own verb pattern
    and no subject of their own ("to expel the envoy and impose sanctions on Chad"), in the
    same form ("agreed to impose sanctions ... and gave backing to": "gave" is no infinitive
    of the agreement, whatever the parser hangs it on)."""
    head = chain[0] if chain else inner.trigger
    if head.pos_ not in ("VERB", "AUX"):
        return []
    return [k for k in head.children
            if k.dep_ == "conj" and k.pos_ == "VERB" and k.tag_ == head.tag_ and k.i > head.i and k.i not in done
            and k.i in hits and hits[k.i].pattern.pos == "verb"
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in k.children)]  # fmt: skip


def _complement_hits(tok, hits: dict) -> set[int]:
    out = set()
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "conj" and c.tag_ == "VB"):
            out.update(t.i for t in c.subtree if t.i in hits)
            for g in c.children:  # "urged X to create ... and to give ...": both infinitives
                if g.dep_ == "conj":
                    out.update(t.i for t in g.subtree if t.i in hits)
    return out


CAPACITY = {"ability", "capability", "capacity", "power", "right", "means", "readiness", "potential",
            "option", "freedom", "need", "chance", "opportunity", "bid", "desire", "wish", "will"}  # fmt: skip
THREAT_WORDS = {"respond", "retaliate", "retaliation", "unanswered", "measure", "measures", "consequence",
                "consequences", "action", "force", "responsible", "punish", "punishment", "price", "pay",
                "strike", "attack", "sanction", "sanctions", "arrest", "crush", "war", "resolute",
                "decisive", "firm", "firmly", "harsh", "severe", "response", "react", "reprisal",
                "prosecute", "expel", "destroy", "eliminate"}  # fmt: skip
SPECULATORS = {"analyst", "expert", "observer", "commentator", "economist", "scholar", "pundit",
               "researcher", "critic", "scientist", "lecturer", "professor", "academic",
               "strategist", "forecaster"}  # fmt: skip
# "some suggest", "others expect" after "Analysts expect ...": the same commentators
SPECULATOR_PRONOUNS = {"some", "others", "many", "most", "few"}
# commentators whose word is no event; a critic's criticism may be one
COMMENTATORS = SPECULATORS - {"critic"}


def _speculator(tok) -> bool:
    """A commentator: "analysts", "economists", "Peter Karanja, a political analyst"."""
    if tok.lemma_.lower() in COMMENTATORS:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in COMMENTATORS for c in tok.children)


def _commentary(t) -> bool:
    """What commentators say or expect is no event: "Economists warn that ...", "'The
    government could seek a compromise,' said X, a political analyst", "some suggest the
    government could offer an amnesty" (after "Analysts expect ...")."""
    subj = [c for c in t.children if c.dep_ == "nsubj"]
    if subj and _speculator(subj[0]):
        return True
    for x in t.ancestors:
        if x.lemma_.lower() in REPORTING_VERBS or x.lemma_.lower() in ("expect", "predict"):
            subj = [c for c in x.children if c.dep_ == "nsubj"]
            if not subj:
                continue
            if _speculator(subj[0]):
                return True
            if subj[0].lower_ in SPECULATOR_PRONOUNS and any(
                w.dep_ == "nsubj" and _speculator(w) for w in t.sent
            ):
                return True
            return False
    return False


def _idle(c: Candidate) -> bool:
    """Things that are not events: "its forces' ability to seize control" (a capacity),
    "fought alongside Ethiopia's army" (allies), "warned that the move would undermine
    diplomacy" (a prediction, not a threat), analysts' guesses ("analysts said Tehran
    could press ...")."""
    t = c.head if c.wrapped else c.trigger
    for x in [t, *list(t.ancestors)[:3]]:
        if x.dep_ == "acl" and x.head.lemma_.lower() in CAPACITY:
            return True
    if (
        c.explain.get("pattern") == "intent:bare"
        and t.dep_ == "acl"
        and t.head.lemma_.lower()
        in (DOCUMENT_NOUNS | {"agreement", "deal", "accord", "pact", "treaty", "memorandum"})
    ):
        return True  # "signed a statement committing both sides to ...": what the document says
    if c.type == "ASSAULT" and any(ch.dep_ == "prep" and ch.lower_ in ("alongside", "beside")
                                   for ch in c.trigger.children):  # fmt: skip
        return True
    if c.type == "THREATEN" and t.lemma_.lower() == "warn" and not c.target_heads and not c.wrapped:
        content = {
            x.lemma_.lower()
            for ch in t.children
            if ch.dep_ in ("ccomp", "xcomp")
            for x in ch.subtree
        }
        if content and not content & THREAT_WORDS:
            return True
    if c.modality in ("possible", "hypothetical"):
        for x in t.ancestors:
            if x.lemma_.lower() in REPORTING_VERBS:
                subj = [s for s in x.children if s.dep_ == "nsubj"]
                if subj and subj[0].lemma_.lower() in SPECULATORS:
                    return True
                break
    if _commentary(t):
        return True
    return False


# verbs whose "to" complement is a promised act of the speaker's ("vowed to retaliate")
VOWING = {"vow", "swear", "pledge", "promise"}
# "will not allow candidates from the party on the ballot": a ban from the election
BALLOT_NAMES = {"candidate", "party", "candidacy", "list", "slate", "nominee"}
BALLOT_WORDS = {"ballot", "election", "vote", "poll", "race", "contest", "run", "stand"}
RETALIATE = {"retaliate", "respond", "react", "avenge", "hit back", "strike back"}
ACCEPTING = {"accept", "agree", "allow", "approve", "permit", "recognise", "recognize", "tolerate",
             "heed", "comply", "abide"}  # fmt: skip


# "would not act on the basis of threats", "will not be moved under pressure", "would not
# decide in the face of an ultimatum": declining to act under pressure defies it (REJECT)
PRESSURE_NOUNS = {"threat", "pressure", "ultimatum", "blackmail", "duress", "coercion", "intimidation", "dictate",
                  "diktat"}  # fmt: skip
PRESSURE_PREPS = {"under", "on", "in", "to", "because"}


def _under_pressure(tok) -> bool:
    """A verb with a phrase saying it would be done under threats or pressure."""
    return any(c.dep_ == "prep" and c.lower_ in PRESSURE_PREPS
               and any(t.dep_ == "pobj" and t.lemma_.lower() in PRESSURE_NOUNS for t in c.subtree)
               for c in tok.children)  # fmt: skip


def _pressure_from(tok) -> list:
    """ "under pressure from Washington": who presses (the refusal's target)."""
    return [t for c in tok.children if c.dep_ == "prep" and c.lower_ in PRESSURE_PREPS for t in c.subtree
            if t.dep_ == "pobj" and t.head.lower_ in ("from", "by")][:1]  # fmt: skip


def _negated(tok) -> bool:
    return any(x.dep_ == "neg" or x.lower_ in ("not", "n't", "never") for x in tok.children)


def _recode_refusal(c: Candidate, lex: Lexicon) -> None:
    """ "would not accept ultimatums", "did not agree to": a refusal (REJECT)."""
    t = c.head if c.wrapped else c.trigger
    if (
        not (c.modality == "negated" or _negated(t))
        or c.explain.get("pattern") == "ban:not-allow-candidates"
    ):
        return
    if lemma(t, lex) not in ACCEPTING and not (c.type == "CONCEDE" and not c.wrapped):
        return  # "would not back down on its reforms": refusing to yield is a REJECT too
    c.type, c.cameo, c.mode = "REJECT", "120", None
    c.modality = "hypothetical" if c.modality == "hypothetical" else "asserted"
    c.answers = {"REQUEST", "AGREE", "THREATEN", "ACCUSE"}
    c.explain["recoded"] = "a negated acceptance is a refusal"


UNKNOWING = {"say", "know", "tell", "confirm", "clear", "unclear", "ask", "wonder", "question",
             "speculate", "comment", "disclose", "reveal", "sure", "certain", "see"}  # fmt: skip


def _protasis(tok) -> bool:
    """ "If Iran attacks Iraq, Turkey will ...": the condition is no event of its own; the
    conditioned act is coded, labelled hypothetical."""
    t = tok
    if (
        t.pos_ in ("NOUN", "PROPN")
        and t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
        and t.head.pos_ in ("VERB", "AUX")
    ):
        t = t.head  # "if he gave them a veto": the noun event's clause is the condition
    for _ in range(4):
        if t.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children
        ):
            return True
        if t.dep_ not in ("conj", "xcomp", "ccomp", "aux") or t.head == t:
            return False
        t = t.head
    return False


def _speculative(tok) -> bool:
    """ "declined to say whether an envoy would travel": an open question, not an event."""
    t = tok
    for _ in range(4):
        marks = [c for c in t.children if c.dep_ == "mark"]
        if any(m.lower_ == "whether" for m in marks) or (
            any(m.lower_ == "if" for m in marks) and t.dep_ == "ccomp"
        ):
            return (
                t.head.lemma_.lower() in UNKNOWING
                or t.head.dep_ == "xcomp"
                and t.head.head.lemma_.lower() in ("decline", "refuse")
            )
        if t.head == t:
            break
        t = t.head
    return False


TALK_NOUNS = word_class("talk_nouns")
HOSTING = {"host": "044", "facilitate": "044", "sponsor": "044", "mediate": "045", "broker": "045"}


def _third_party(c: Candidate) -> None:
    """ "at talks hosted by the Community of Sant'Egidio": the parties met (CONSULT 044,
    third-party), not the host; "talks mediated by the African Union": the AU mediated
    between the parties (045). The parties are whoever the clause says took part."""
    t = c.trigger
    kind = HOSTING.get(t.lemma_.lower())
    if kind is None or t.dep_ not in ("acl", "amod") or t.head.lemma_.lower() not in TALK_NOUNS:
        return  # "talks hosted by X", "UN-brokered talks"
    v = t.head
    for _ in range(5):  # up to the verb whose clause the talks are an adjunct of
        v = v.head
        if v.pos_ in ("VERB", "AUX") or v.head == v:
            break
    parties = _no_dateline(subject_heads(v)) if v.pos_ in ("VERB", "AUX") else []
    if not parties:
        return
    if kind == "044":
        c.source_heads, c.target_heads, c.cameo, c.mode = [parties], [], "044", "third-party"
    else:
        c.target_heads, c.cameo, c.mode = parties, "045", None
    c.explain["third_party"] = (
        f"{t.lemma_} by a third party: the parties are the subject of '{v.text}'"
    )


DEMAND_NOUNS = word_class("content_demand_nouns")  # data/word_classes.yaml
# verbs whose subject answers a demand rather than makes it
ANSWERING_VERBS = {
    "accept",
    "meet",
    "grant",
    "heed",
    "reject",
    "refuse",
    "dismiss",
    "rebuff",
    "ignore",
    "satisfy",
    "fulfil",
    "fulfill",
    "answer",
    "resist",
    "defy",
    "spurn",
    "decline",
}


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
        if n.i in done:
            continue
        # "accepted demands from Shona rebels that ...": the demand is the rebels', not the
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
                     "pattern_origin": "events/extract.py", "modality_why": why},
        ))  # fmt: skip
        done.add(n.i)
        inside = {t.i for c in clause for t in c.subtree}
        done.update(inside)
        for c in [c for c in found if c.trigger.i in inside]:
            found.remove(c)  # what was demanded is the demand's content
    return out


ORDERING_OUT = {"order", "force", "tell", "instruct", "give", "ask", "compel", "require"}
LEAVING = {"leave", "depart", "quit", "go", "exit"}


def _ordered_out(sent, done: set) -> list[Candidate]:
    """ "ordered two Russian diplomats to leave the country (within five days)": an expulsion
    (SANCTION 166) of those told to leave."""
    out = []
    for v in sent:
        if v.i in done or v.pos_ != "VERB" or v.lemma_.lower() not in ORDERING_OUT:
            continue
        obj = [c for c in v.children if c.dep_ in ("dobj", "dative")]
        go = [c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in LEAVING
              and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]  # fmt: skip
        if not obj or not go:
            continue  # "told their parents they were going out": what they said, not an order
        mod, why = modality(v)
        out.append(Candidate(
            trigger=v, head=v, type="SANCTION", mode="expel", cameo="166",
            source_heads=_opts(_no_dateline(subject_heads(v))), target_heads=obj[:1],
            trigger_tokens=sorted([*_aux(v), v, go[0]], key=lambda t: t.i), modality=mod,
            explain={"pattern": "ordered-out:expel", "pattern_text": f"{v.lemma_} X to {go[0].lemma_}",
                     "pattern_origin": "events/extract.py", "modality_why": why},
        ))  # fmt: skip
        done.add(v.i)
        done.add(go[0].i)
    return out


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
                     "pattern_origin": "events/extract.py", "modality_why": why},
        ))  # fmt: skip
        done.add(v.i)
    return out


NAMING = {
    "call",
    "describe",
    "brand",
    "label",
    "term",
    "dub",
    "denounce",
    "condemn",
    "decry",
}
# verbs that name their object only with an object predicate ("made the use of chemical
# weapons a red line"; not "as a gesture of peace he was making a joint movement")
PREDICATE_NAMING = {"make", "consider", "deem"}
DISAPPROVAL = {
    "provocation", "violation", "crime", "aggression", "attack", "threat", "farce", "sham",
    "interference", "blackmail", "lie", "lies", "propaganda", "mistake", "error", "disgrace",
    "outrage", "insult", "terrorism", "war", "warfare", "atrocity", "massacre", "genocide",
    "hostile", "unfriendly", "unacceptable", "illegal", "unlawful", "reckless", "irresponsible",
    "unjustified", "unfounded", "absurd", "political", "dangerous", "provocative", "shameful",
    "criminal", "barbaric", "cynical", "destabilising", "destabilizing", "aggressive", "baseless",
    "false", "fabricated", "outrageous", "unprovoked", "brutal", "arbitrary", "discriminatory",
    "deplorable", "regrettable", "unjust", "inhumane", "appalling", "scandalous", "disgraceful",
    "heinous", "cowardly", "savage", "senseless", "unconstitutional", "undemocratic", "despicable",
    "intolerable", "inadmissible", "reprehensible", "hypocritical", "abhorrent", "shocking",
    # "called the agreement a betrayal", "described the vote as a travesty"
    "betrayal", "travesty", "affront", "capitulation", "surrender", "sellout", "treason", "coup",
    "fraud", "charade", "mockery", "scandal", "disaster", "catastrophe", "humiliation", "piracy",
    "theft", "robbery", "hypocrisy",
    # "called the case a political vendetta", "called the arrests an assault on democracy"
    "vendetta", "persecution", "harassment", "intimidation", "assault", "witch", "revenge",
    "repression", "oppression", "injustice", "blow", "excuse", "excuses", "nonsense", "slander",
    "smear", "kangaroo",
}  # fmt: skip


def _definite_noun(tok) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
               for c in tok.children)  # fmt: skip


# verdicts that deny what was said ("called the accusations baseless")
DENIAL_VERDICTS = {"baseless", "unfounded", "groundless", "false", "fabricated", "lie", "lies",
                   "nonsense", "untrue", "fabrication", "fabrications", "slander", "smear",
                   "excuse", "excuses", "fiction", "fantasy"}  # fmt: skip
# what a denial answers
ANSWERED_NOUNS = {"accusation", "allegation", "charge", "claim", "report", "criticism", "complaint"}


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
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                pred.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp", "amod"))
            elif c.dep_ in ("advmod", "acomp", "amod", "npadvmod") and any(
                g.lower_ == "as" for g in c.children
            ):
                pred.append(c)  # "described the killings as cowardly": the parser hangs "as" below
        if obj and not pred and obj[0].pos_ in ("NOUN", "PROPN"):
            # 'called the closure of the crossing "unjustified"': the parser hangs the quoted
            # verdict on the last noun as an adjective after it, which English does not do
            last = max((t.i for t in obj[0].subtree if not t.is_punct), default=-1)
            pred = [t for t in obj[0].subtree if t.dep_ == "amod" and t.i > t.head.i and t.i == last
                    and (t.lemma_.lower() in DISAPPROVAL or t.lower_ in DISAPPROVAL)]  # fmt: skip
        if not obj or not pred:
            continue
        words = {t.lemma_.lower() for p in pred for t in p.subtree} | {
            t.lower_ for p in pred for t in p.subtree
        }
        if not words & DISAPPROVAL:
            continue
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
                         "pattern_origin": "events/extract.py", "modality_why": why},
            ))  # fmt: skip
            done.add(v.i)
            continue
        # "a hostile act by Croatia", "aggression from Moscow": the doer named in the verdict;
        # not "a betrayal of farmers", "a violation of Iraq's sovereignty" (the wronged)
        inside = [g for p in pred for c in p.children
                  if c.dep_ in ("agent", "acl") or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
                  for g in (c.children if c.dep_ != "acl" else [x for a in c.children if a.dep_ == "agent"
                                                                 for x in a.children])
                  if g.dep_ == "pobj"]  # fmt: skip
        mod, why = modality(v)
        out.append(Candidate(
            trigger=v, head=v, type="ACCUSE", mode="disapprove", cameo="111",
            source_heads=_opts(_no_dateline(subject_heads(v))), target_heads=inside[:1] or obj[:1],
            trigger_tokens=sorted([*_aux(v), v, *pred[:1]], key=lambda t: t.i), modality=mod,
            loose_heads=obj[:1],
            explain={"pattern": "naming:accuse", "pattern_text": f"{v.lemma_} X {pred[0].text}",
                     "pattern_origin": "events/extract.py", "modality_why": why},
        ))  # fmt: skip
        done.add(v.i)
    out.extend(_verdicts(sent, done, hits))
    return out


ARMING = {
    "manufacture",
    "make",
    "produce",
    "develop",
    "build",
    "acquire",
    "stockpile",
    "buy",
    "obtain",
    "amass",
}
ARMS = {"weapon", "weapons", "arms", "bomb", "bombs", "missile", "missiles", "rocket", "rockets", "explosive",
        "explosives", "drone", "drones"}  # fmt: skip
WMD_WORDS = {"chemical", "biological", "nuclear", "radiological", "atomic", "germ", "toxic"}


def _arms_for_use(sent, done: set) -> list[Candidate]:
    """ "claims to be manufacturing chemical weapons to use against the United States":
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
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
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
                     "pattern_origin": "events/extract.py", "modality_why": why},
        ))  # fmt: skip
        done.add(v.i)
    return out


COPULAS = {"be", "appear", "seem", "look", "remain"}


def _verdicts(sent, done: set, hits: dict) -> list[Candidate]:
    """ "said the detentions appeared to be politically motivated", "said the arrests were
    illegal": disapproval (ACCUSE) of whoever did what is judged, an act told before."""
    out = []
    for v in sent:
        if (
            v.pos_ != "VERB"
            or v.i in done
            or v.i in hits
            or v.lemma_.lower() not in REPORTING_VERBS
        ):
            continue
        for c in v.children:
            if c.dep_ != "ccomp" or c.lemma_.lower() not in COPULAS:
                continue
            subj = [g for g in c.children if g.dep_ == "nsubj" and g.pos_ == "NOUN"
                    and g.lemma_.lower() in REFERENT_NOUNS and REFERENT_NOUNS[g.lemma_.lower()] is not None]  # fmt: skip
            if not subj:
                continue
            pred = {t.lower_ for g in c.children if g.dep_ not in ("nsubj", "aux", "neg", "punct")
                    for t in g.subtree}  # fmt: skip
            if any(g.dep_ == "neg" for g in c.children) or not (
                pred & DISAPPROVAL or {"politically", "motivated"} <= pred
            ):
                continue
            mod, why = modality(v)
            out.append(Candidate(
                trigger=v, head=v, type="ACCUSE", mode="disapprove", cameo="111",
                source_heads=_opts(_no_dateline(subject_heads(v))), target_heads=subj[:1],
                trigger_tokens=sorted([*_aux(v), v, c], key=lambda t: t.i), modality=mod,
                explain={"pattern": "verdict:accuse", "pattern_text": f"{v.lemma_} X {c.lemma_} ...",
                         "pattern_origin": "events/extract.py", "modality_why": why},
            ))  # fmt: skip
            done.update({v.i, subj[0].i})
            break
    return out


MUST_MODALS = {"must"}
MUST_NOT_DEMAND = {"believe", "think", "admit", "acknowledge"}
FIRST_PERSON = {"we", "i"}
MUST_VERBS = word_class("obligation_verbs")  # "has to", "needs to" (data/word_classes.yaml)


def _must(v) -> bool:
    """ "China must drop barriers", "Mexico has to stop them", "should be ready"; not "must
    have shelled" (an inference about the past)."""
    if v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in v.children):
        return False
    for c in v.children:
        if c.dep_ == "aux" and c.lower_ in MUST_MODALS:
            return True
    if (
        v.dep_ == "xcomp"
        and v.head.lemma_.lower() in MUST_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
    ):
        return True
    return False


def _circumstance(tok, top) -> bool:
    """Whether `tok` lies in a clause that tells the circumstances ("as he embarked on a
    trip"), not the content, of the clause headed by `top`."""
    t = tok
    for _ in range(8):
        if t == top or t.head == t:
            return False
        if t.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("as", "when", "while", "after", "since", "because")
                                     for g in t.children):  # fmt: skip
            return True
        t = t.head
    return False


def _must_requests(sent, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """ "X said (that) Y must/should/has to Z" is X's demand on Y (REQUEST), whether or not
    Z is an event we code; an event Z found there becomes the demand's content."""
    out = []
    demand = next((w for ws in lex.wrappers.values() for w in ws if w.id == "demand"), None)
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
        subj = _no_dateline([c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")])
        if not subj or subj[0].lower_ in ("it", "there", "this", "that"):
            continue
        if subj[0].lower_ in FIRST_PERSON and subj[0].pos_ == "PRON":
            continue  # "we must protect the public": the speaker's own resolve, asked of no one
        inner = next((c for c in found if c.trigger == v or c.head == v), None)
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
                     "pattern_origin": "events/extract.py", "wrapper": "must",
                     "modality_why": why},
        )  # fmt: skip
        if inner is not None:
            found.remove(inner)
        inside = {t.i for t in v.subtree}
        for c in [
            c
            for c in found
            if c.trigger.i in inside and c.trigger != v and not _circumstance(c.trigger, v)
        ]:
            found.remove(c)  # "must agree to changes before they demobilize": what is demanded
        out.append(cand)
    return out


PURPOSE_TYPES = {"REQUEST", "PROTEST", "ACCUSE", "REJECT"}
GIVING = {"AID", "AGREE", "SUPPORT", "COOPERATE"}


def _absorbs(a: Candidate, b: Candidate) -> bool:
    if a.type == "PROTEST":
        return b.type in PURPOSE_TYPES  # "staged rallies to demand reforms"
    if a.type in GIVING:
        return b.type in GIVING  # "will give $15 million to help Bangladesh"
    return a.type == b.type  # "will travel to Seoul to discuss with officials"


def _purposes(cands: list[Candidate]) -> list[Candidate]:
    """An act and its stated purpose are one event: "staged rallies to demand reforms",
    "blocked roads demanding that he be reinstated", "began a hunger strike to protest
    against Sweden's decision", "will travel to Seoul to discuss ...": the purpose can give
    the act its target."""
    drop = set()
    for p in cands:
        if id(p) in drop:
            continue
        anchors = {p.trigger, p.head}
        if p.type == "PROTEST" and p.trigger.dep_ == "acl":
            anchors.add(p.trigger.head)  # "people protested outside ..., demanding ...": a sibling
        for c in cands:
            if c is p or id(c) in drop or not _absorbs(p, c):
                continue
            t = c.head if c.wrapped else c.trigger
            if (
                t.dep_ == "conj"
                and p.type == c.type == "PROTEST"
                and p.mode
                and c.mode
                and p.mode != c.mode
            ):
                continue  # "would hold a rally and would boycott parliament": two protests
            purpose = t.dep_ in ("advcl", "xcomp", "acl") or (
                t.dep_ == "conj"
                and p.type == "PROTEST"
                and not any(g.dep_ in SUBJECT_DEPS for g in t.children)
            )
            if (
                purpose
                and t.head in anchors
                and t.i > p.trigger.i
                and (
                    p.type == "PROTEST"
                    or any(g.dep_ == "aux" and g.lower_ == "to" for g in t.children)
                )
            ):
                drop.add(id(c))
                if p.type == "PROTEST" and c.type == "REQUEST":
                    # "marched to demand the release of the girls": the demand's content is
                    # not whom the protest is aimed at; its addressee is
                    p.loose_heads = _complement_subject(t) + list(p.loose_heads)
                else:
                    if c.target_heads and not p.target_heads:
                        p.target_heads = list(c.target_heads)
                    p.loose_heads = list(c.target_heads) + list(c.loose_heads) + list(p.loose_heads)
                p.recipient_heads = list(p.recipient_heads) + list(c.recipient_heads)
                p.trigger_tokens = sorted({*p.trigger_tokens, *c.trigger_tokens}, key=lambda x: x.i)
    return [c for c in cands if id(c) not in drop]


def _agreed_and_signed(cands: list[Candidate]) -> list[Candidate]:
    """ "Turkey agreed and signed the deal with Greece": a bare "agreed" coordinated with the
    signing of the object they share is one happening, coded as the finer act, the signature
    (SUPPORT 057, gold/CODING.md). An "agreed" with its own object or clause ("agreed to talks
    and signed a trade pact") stays its own event."""
    drop = set()
    for s in cands:
        if s.type != "SUPPORT" or not s.cameo.startswith("057") or s.wrapped:
            continue
        v = s.trigger
        if v.dep_ != "conj" or any(g.dep_ in SUBJECT_DEPS for g in v.children):
            continue
        for a in cands:
            if (a.type == "AGREE" and not a.wrapped and a.trigger == v.head and a.trigger.pos_ == "VERB"
                    and not any(g.dep_ in ("dobj", "xcomp", "ccomp", "prep", "attr") for g in a.trigger.children)):  # fmt: skip
                drop.add(id(a))
                s.trigger_tokens = sorted({*s.trigger_tokens, a.trigger}, key=lambda x: x.i)
    return [c for c in cands if id(c) not in drop]


FUTURE_AUX = {"will", "would", "shall", "'ll"}
# verbs whose threat patterns tell a threat only of what will be done ("would be met with")
ONLY_FUTURE_THREATS = {"meet"}


def _threats_said(cands: list[Candidate]) -> None:
    """ "The minister said any further protest would be met with fines and detention": a
    threat told in an agentless passive of what will be done is made by whoever says it, in
    the saying (a past "the protest was met with fines" tells no threat and gets no speaker)."""
    drop = set()
    for c in cands:
        v = c.trigger
        future = any(g.dep_ == "aux" and g.lower_ in FUTURE_AUX for g in v.children)
        if c.type == "THREATEN" and v.lemma_.lower() in ONLY_FUTURE_THREATS and not future:
            drop.add(id(c))  # "the march was met with arrests": the arrests were made, no threat
            continue
        if (c.type != "THREATEN" or c.wrapped or c.source_heads or v.pos_ != "VERB"
                or v.dep_ != "ccomp" or v.head.lemma_.lower() not in REPORTING_VERBS
                or not any(g.dep_ == "auxpass" for g in v.children)
                or any(g.dep_ == "agent" for g in v.children)
                or not future):  # fmt: skip
            continue
        c.source_heads = _opts(_no_dateline(subject_heads(v.head)))
        c.modality = "asserted"
        c.explain["modality_why"] = f"the threat is made in the saying ('{v.head.text}')"
    cands[:] = [c for c in cands if id(c) not in drop]


# wrapper words by which an actor states its own plan ("plans to", "intends to", "aims to")
OWN_PLAN_WORDS = {"plan", "intend", "aim"}
LAW_NOUNS = {
    "law",
    "bill",
    "decree",
    "measure",
    "amendment",
    "regulation",
    "regulations",
    "legislation",
    "rule",
}
# acts that, announced on a condition ("unless", "if ... not"), are threats
UNLESS_THREATS = ("SANCTION", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE")


def _recode_announced(c: Candidate, lex: Lexicon) -> None:
    """An actor's own announced future act is a threat or a promise (PLOVER): "said it
    would reimpose sanctions" is a THREATEN, "will give $15 million" an AGREE, "France would
    pull its forces out" a CONCEDE; "will withdraw ... unless" a THREATEN."""
    why = c.explain.get("modality_why", "")
    # "will launch an offensive": a noun event a light verb carries is the light verb's act
    verbal = not c.nominal or (
        c.trigger.dep_ in ("dobj", "nsubjpass") and _light(lex, c.trigger.head)
    )
    if (
        c.nominal
        and c.type == "RETREAT"
        and c.wrapped
        and c.trigger.head == c.head
        and c.head.pos_ == "VERB"
    ):
        verbal = True  # "will end attacks on government forces": the wrapping verb's act
    anchor = c.trigger.head if c.nominal else c.trigger
    considered = c.explain.get("wrapper") == "consider"  # "would consider annexing parts of ..."
    hedged = why.startswith(("modal 'could'", "modal 'may'", "modal 'might'"))
    in_law = anchor.dep_ == "relcl" and anchor.head.lemma_.lower() in LAW_NOUNS
    if (
        c.modality == "possible"
        and verbal
        and c.type in ("SANCTION", "COERCE", "ASSAULT")
        and (
            (hedged or considered)
            and _reported_by_actor(c.head if c.wrapped else anchor)
            or (hedged and in_law)
        )
    ):
        # (and "is considering a law that could ban opposition members": what the actor's
        # own law may do is a threat as much as what it would do)
        # "Bangladesh could break off ties with India, an official said", "Turkey could launch a
        # ground operation at any time": a possibility an actor raises of its own coercion is
        # a threat (PLOVER); analysts' guesses are dropped before this (_idle)
        c.modality = "planned"
        why = "modal 'will' (" + why + ", raised by the actor)"
        c.explain["modality_why"] = why
    if c.modality not in ("planned", "hypothetical") or not verbal:
        if not (
            c.modality == "possible"
            and verbal
            and c.type in UNLESS_THREATS
            and _under_condition(c.trigger, ("unless",))
        ):
            return
        # "are considering a strike unless a deal is reached": an act held over the other
        # side until it gives way is a threat, however hedged
        why = "modal 'will' (" + why + ", unless)"
    if why.startswith("under an if/unless condition") and _aux_will(
        c.head if c.wrapped else c.trigger
    ):
        why = "modal 'will' (" + why + ")"
    elif (
        why.startswith("under an if/unless condition")
        and considered
        and verbal
        and c.type in UNLESS_THREATS
        and _under_condition(c.trigger, ("unless",))
    ):
        # "are considering going on strike unless pay rises": the unless clause makes the act
        # hypothetical, not possible, but it is held over the other side all the same
        why = "modal 'will' (" + why + ", considered unless)"
    if (
        why.startswith(("'plan", "'intend", "governing verb", "'prepar", "'poised", "'gear"))
        and c.type in ("SANCTION", "COERCE")
        and c.explain.get("wrapper") in ("plan", "preparation")
    ):
        why = "modal 'will' (a plan announced)"  # "plans to impose restrictions on ...": a threat
    elif (
        c.type == "ASSAULT"
        and c.wrapped
        and c.explain.get("wrapper") == "plan"
        and c.head.pos_ == "NOUN"
        and c.head.dep_ == "dobj"
        and c.head.head.lemma_.lower() in ANNOUNCING
    ):
        # "Uruguay has announced a plan to invade Fiji": an attack the actor itself announces
        # is a threat (a plan reported by others, "Uruguay plans to invade", stays planned)
        why = "modal 'will' (a plan announced)"
    if (
        c.type == "RETREAT"
        and c.explain.get("wrapper") == "plan"
        and c.modality == "planned"
        and c.head is not None
        and c.head.lemma_.lower() in OWN_PLAN_WORDS
    ):
        # "the government plans to release the deputies", "intends to pull its troops out": an
        # actor's own plan to give ground, announced, is a promise of it (CONCEDE), as "will
        # withdraw" is; "are due to be released", "expected to withdraw" are not its plan
        why = "modal 'will' (a plan announced)"
    v = c.trigger
    if (
        c.type in ("COERCE", "SANCTION", "ASSAULT")
        and v.pos_ == "VERB"
        and is_passive(v)
        and not c.source_heads
        and v.dep_ in ("ccomp", "conj")
        and v.head.lemma_.lower() in REPORTING_VERBS
    ):
        # "Hun Sen said Rainsy will be arrested if he returns": the speaker's threat to Rainsy
        c.source_heads = _opts(_no_dateline(subject_heads(v.head)))
        c.target_heads = [t for t in v.children if t.dep_ == "nsubjpass"][:1]
    arranged = why.startswith("'is to'") and c.type == "RETREAT"  # "the government is to release"
    if not arranged and not why.startswith(
        ("modal 'will'", "modal 'would'", "modal ''ll'", "modal 'shall'", "'would' in")
    ):
        return
    if c.explain.get("wrapper") not in (None, "plan", "consider", "preparation") and c.type not in (
        "SANCTION",
        "COERCE",
        "ASSAULT",
        "AID",
        "RETREAT",
    ):
        return
    conditional = _under_condition(c.trigger, ("unless", "if"))
    target_type = None
    if (
        c.type == "SANCTION"
        and c.mode == "withdraw"
        and not conditional
        and "raised by the actor" not in why
    ):
        return  # "would pull out of the agreement": an announced withdrawal, not a threat
    if c.type in ("SANCTION", "COERCE", "ASSAULT") or (
        c.type == "PROTEST" and c.mode == "boycott" and _boycott_of_dealings(c.trigger)
    ):
        # (an announced boycott of an institution or event, "said it would boycott parliament",
        # is a planned protest like an announced march; of all contact with someone, a threat
        # held over them; on an if/unless any announced boycott is a threat, below)
        target_type, wid = "THREATEN", "threat"
    elif c.type in UNLESS_THREATS and conditional:
        # "nurses will walk out if their demands are not met", "teachers will strike unless
        # pay rises", "will mobilise reservists unless ...": a conditional announced protest
        # or show of force is a threat (133, 138)
        target_type, wid = "THREATEN", "threat"
    elif c.type == "RETREAT":
        target_type, wid = (
            ("THREATEN", "threat") if conditional == "unless" else ("CONCEDE", "intent")
        )
    elif c.type in ("AID", "SUPPORT") and not conditional:
        target_type, wid = "AGREE", "intent"
    elif (
        c.type == "CONSULT"
        and conditional == "if"
        and _says_of_itself(c.trigger)
        and not _negated(c.trigger)
    ):
        # "said they would meet the mediator if he gave them a veto": a stated willingness to
        # meet on a condition is an offer (AGREE 036), not a meeting
        target_type, wid = "AGREE", "intent"
    if target_type is None:
        return
    w = next((w for ws in lex.wrappers.values() for w in ws if w.id == wid), None)
    if w is None:
        return
    _, spec = w.spec_for(c.cameo, c.type, c.mode)  # "would outlaw the party": 1322
    if spec is None:
        return
    typ, cameo, mode = spec
    if typ != target_type:
        return
    c.explain.setdefault("inner_type", c.type)
    c.type, c.cameo, c.mode = typ, cameo, mode
    c.modality = "asserted"
    c.explain["recoded"] = f"an announced future act is a {typ} ({why})"
    c.explain["modality_why"] = "the announcement happened"


def _boycott_of_dealings(v) -> bool:
    """ "would boycott all contact with the United States": the boycott is of dealings with
    someone (its object has a "with" phrase), not of an institution or event."""
    return any(c.dep_ == "dobj" and any(g.dep_ == "prep" and g.lower_ == "with" for g in c.children)
               for c in v.children)  # fmt: skip


ANNOUNCING = {"announce", "unveil", "declare", "reveal", "present", "publish"}


def _reported_by_actor(tok) -> bool:
    """The clause is what someone said ("X could ..., an official said"; "X said it could
    ..."), or the headline-like main clause of a news sentence."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in REPORTING_VERBS:
            return True
        if any(
            c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in REPORTING_VERBS
            for c in t.children
        ):
            return True
        if t.head == t or t.dep_ not in ("xcomp", "conj", "aux"):
            return False
        t = t.head
    return False


def _says_of_itself(tok) -> bool:
    """ "X said they would meet ...": the clause is reported by its own subject (a pronoun
    for the speaker), not by mediators or observers about others."""
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].lower_ not in SELF_PRONOUNS:
        return False
    t = tok
    for _ in range(4):
        if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in REPORTING_VERBS:
            return any(c.dep_ == "nsubj" for c in t.head.children)
        if t.head == t or t.dep_ not in ("xcomp", "conj", "aux"):
            return False
        t = t.head
    return False


def _aux_will(tok) -> bool:
    t = tok
    for _ in range(3):
        if any(
            c.dep_ == "aux" and (c.lower_ in FUTURE_AUX or c.lower_ == "wo")  # "won't"
            for c in t.children
        ):
            return True
        if t.dep_ not in ("xcomp", "conj") or t.head == t:
            return False
        t = t.head
    return False


def _under_condition(tok, marks) -> str | None:
    t = tok
    for _ in range(4):
        for c in t.children:
            if c.dep_ == "advcl":
                for g in c.children:
                    if g.dep_ == "mark" and g.lower_ in marks:
                        return g.lower_
        if t.head == t:
            break
        t = t.head
    return None


# gerunds after an accusation that are the accuser's own acts ("..., threatening to respond")
OWN_ACT_GERUNDS = word_class("own_act_gerunds")  # data/word_classes.yaml


def _content_tokens(sent, hits: dict[int, Hit]) -> set[int]:
    """Tokens inside what an accusation, demand, offer or rejection is about."""
    out: set[int] = set()
    for tok in sent:
        h = hits.get(tok.i)
        lem = tok.lemma_.lower()
        if h is not None and h.pattern.type == "ACCUSE" and h.pattern.pos == "verb":
            # "accused the police of using live ammunition", "blamed Kyiv for the lack"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in CONTENT_PREPS:
                    out.update(_content(c))
                    # "accused the US of violating rights, ignoring international law and ...":
                    # the list goes on in gerunds the parser hangs on the verb
                    out.update(
                        i
                        for g in tok.children
                        if g.dep_ == "advcl"
                        and g.tag_ == "VBG"
                        and g.i > c.i
                        and g.lemma_.lower() not in REPORTING_VERBS  # not "..., saying it would"
                        and not (
                            g.i in hits and hits[g.i].pattern.type in ANSWERABLE_TYPES
                        )  # "..., urging"
                        and g.lemma_.lower() not in OWN_ACT_GERUNDS
                        and any(x.text == "," for x in tok.doc[c.i : g.i])
                        for i in _content(g)
                    )
                if c.dep_ in ("ccomp",) and h.pattern.cameo.startswith("11"):
                    out.update(_content(c))
        if tok.pos_ == "NOUN" and lem in SPEECH_NOUNS:
            for c in tok.children:
                if c.dep_ == "acl" and lem in ATTEMPT_NOUNS and c.lemma_.lower() in ATTEMPTED_ACTS:
                    continue  # "an attempt to assassinate the governor": an attack (CAMEO 185)
                if c.dep_ in ("acl", "ccomp"):
                    out.update(_content(c))
                elif c.dep_ == "advcl" and any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in c.children
                ):
                    out.update(
                        _content(c)
                    )  # "the deadline for Hamas to release": the parser's advcl
                elif c.dep_ == "prep" and c.lower_ in ("of", "for", "to", "on", "that"):
                    out.update(_content(c))
        if tok.i in hits and (_counterfactual(tok) or _until_condition(tok)):
            out.add(tok.i)
        if (h is not None and h.pattern.type == "PROTEST" and lem == "protest" and tok.dep_ in ("advcl", "xcomp")
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
                and tok.head.i in hits and hits[tok.head.i].pattern.type != "PROTEST"):  # fmt: skip
            # "summoned the ambassador to protest", "recalled its envoy to protest against the
            # arrests": the diplomatic act is the protest; no demonstration
            out.add(tok.i)
    return out


COUNTERFACTUAL_MODALS = {"should", "ought", "could", "would", "might"}


def _counterfactual(tok) -> bool:
    """ "the government should have sent more troops", "could have prevented the attack",
    "would have met him": a modal perfect says what did not (or may not) have happened; it is
    an opinion or a guess, no event ("must have" infers what did happen and is not one)."""
    if tok.tag_ != "VBN":
        return False
    aux = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return "have" in aux and bool(set(aux) & COUNTERFACTUAL_MODALS)


def _until_condition(tok) -> bool:
    """ "will keep up the boycott until the minister resigns": the present-tense clause after
    "until" is the condition demanded, not an event ("marched until police dispersed them",
    in the past, did happen)."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in tok.children)
    )


BACKGROUND_PREPS = word_class("content_background_preps")  # data/word_classes.yaml


def _content(root) -> set[int]:
    """The tokens of a content phrase, without the background it mentions in passing
    ("accused Minsk of pushing migrants in retaliation for EU sanctions imposed on Belarus":
    the sanctions are told as a fact, the pushing is the accusation)."""
    out = {root.i}
    stack = list(root.children)
    while stack:
        t = stack.pop()
        if t.dep_ == "prep" and t.lower_ in BACKGROUND_PREPS and t.head != root:
            continue
        if t.dep_ == "pobj" and t.head.lower_ in BACKGROUND_PREPS and t.head != root:
            continue
        out.add(t.i)
        stack.extend(t.children)
    return out


def _has_prep(tok, prep: str) -> bool:
    words = prep.split()
    kids = [c.lower_ for c in tok.children if c.dep_ in ("prep", "prt", "advmod", "mark", "dative")]
    kids += [
        g.lower_ for c in tok.children if c.dep_ == "advcl" for g in c.children if g.dep_ == "mark"
    ]
    return all(w in kids for w in words)


DEADLINE_UNITS = word_class("deadline_units")  # data/word_classes.yaml


def _deadline_span(tok):
    """ "gave the rebels 48 hours to surrender", "a week to leave": the span of time given,
    an object (or the parser's npadvmod) of the verb headed by a unit of time."""
    for c in tok.children:
        if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in DEADLINE_UNITS:
            return c
    return None


def _wrapper_applies(tok, w: Wrapper) -> bool:
    """The wrapper's preposition is there ("gave them until Friday to"), or, for a wrapper
    that governs an infinitive, a span of time stands for it ("gave them 48 hours to")."""
    if not w.prep or _has_prep(tok, w.prep):
        return True
    return w.infinitive and _deadline_span(tok) is not None


def _deadline_infinitives(tok, last: str | None):
    """The infinitive clauses a deadline governs: an adverbial clause of the verb ("gave the
    government until Friday to raise wages"), or, as the parser often hangs it, a clause on
    the time itself ("gave the rebels 48 hours to surrender", "until midnight to leave")."""

    def to_clause(c):
        return any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) and not any(
            g.dep_ == "mark" for g in c.children
        )

    times = [
        c
        for c in tok.children
        if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in DEADLINE_UNITS
    ]
    times += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == last
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for c in tok.children:
        if c.dep_ == "advcl" and to_clause(c):
            yield c
    for t in times:
        for c in t.children:
            if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX") and to_clause(c):
                yield c


def _light(lex: Lexicon, tok) -> bool:
    return lemma(tok, lex) in lex.light_verbs


HELPING = {"help", "assist"}


def _clause_hit(v, hits: dict[int, Hit], lex: Lexicon, chain: list, depth: int = 0):
    """The event a clause headed by `v` carries: its own hit, a light verb's object, or
    what a 'keep' wrapper inside it governs ("agreed to begin talks")."""
    if depth > 3:
        return None
    if v.i in hits and hits[v.i].pattern.pos == "verb":
        return hits[v.i], chain
    if lemma(v, lex) in HELPING and depth < 3:
        # "offered to help arrange a meeting between X and Y": helping to bring parties
        # together is mediating (not "helped end the war": a party's concession is not a helper's)
        for c in v.children:
            if c.dep_ == "xcomp":
                got = _clause_hit(c, hits, lex, chain + [v], depth + 1)
                if got and got[0].pattern.type == "CONSULT":
                    return got
        return None
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
                    if g.dep_ == "acl" and any(
                        x.dep_ == "aux" and x.lower_ == "to" for x in g.children
                    ):
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
    # "refused to commit to any direct assistance": the event is the complement's object
    for c in v.children:
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj" and g.i in hits and hits[g.i].pattern.pos == "noun":
                    return hits[g.i], chain + [v]
    for c in v.children:
        if c.dep_ == "dobj" and c.i in hits and hits[c.i].pattern.pos == "noun":
            return hits[c.i], chain + [v]
    return None


PERMISSION_NOUNS = {"approval", "permission", "authorization", "authorisation", "mandate", "power", "powers",
                    "consent", "go-ahead", "authority", "license", "licence", "clearance", "backing"}  # fmt: skip


def _question(clause) -> bool:
    """ "asked whether she can be stripped of citizenship", "will decide if it retaliates": an
    open question, not what is asked for, promised or refused."""
    return clause.dep_ == "ccomp" and any(
        g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in clause.children
    )


def _assertion(tok, clause) -> bool:
    """ "the SDF insists it cannot house the fighters": insisting on a fact (an indicative or
    a modal other than should/must) asks nothing; "insisted that Israel withdraw" does."""
    if tok.lemma_.lower() != "insist" or clause.dep_ != "ccomp":
        return False
    modals = {c.lower_ for c in clause.children if c.dep_ == "aux" and c.tag_ == "MD"}
    if modals:
        return not modals & {"should", "must", "shall"}
    return clause.tag_ in ("VBZ", "VBD", "VBP") or any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBD", "VBP")
                                                       for c in clause.children)  # fmt: skip


def _stray_list_verb(tok, c) -> bool:
    """ "asked them for patience and promised to raise pensions, increase wages and ...":
    the parser hangs a bare infinitive of the second verb's list on the first verb. An
    xcomp with no "to" after a verb coordinated with the wrapper belongs to that verb."""
    if (
        c.dep_ != "xcomp"
        or c.tag_ != "VB"
        or any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
    ):
        return False
    return any(
        k.dep_ == "conj" and k.pos_ in ("VERB", "AUX") and tok.i < k.i < c.i for k in tok.children
    )


NOT_GOVERNING_NOUNS = {"due", "mean"}  # wrapper words that govern a clause, never a noun


def _inner(tok, w: Wrapper, hits: dict[int, Hit], lex: Lexicon, nouns: dict | None = None):
    """The governed event of a wrapper verb, with the verbs between them (`nouns`: the
    events noun wrappers govern, by the noun's index)."""
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
                    # "called for an end to the blockade": the event under the object
                    if g.dep_ == "pobj":
                        for gg in g.children:
                            if gg.dep_ == "prep":
                                for x in gg.children:
                                    if (
                                        x.dep_ == "pobj"
                                        and x.i in hits
                                        and hits[x.i].pattern.pos == "noun"
                                    ):
                                        return hits[x.i], []
        for c in kids:  # "called for Russia to be reinstated": advcl with mark "for"
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == last for g in c.children):
                got = _clause_hit(c, hits, lex, [])
                if got:
                    return got
            if c.dep_ in ("xcomp", "ccomp") and not _stray_list_verb(tok, c):
                got = _clause_hit(c, hits, lex, [])
                if got:
                    return got
        for c in _deadline_infinitives(tok, last) if w.infinitive else ():
            got = _clause_hit(c, hits, lex, [])
            if got:
                return got
        return None
    for dep in ("xcomp", "ccomp"):
        if dep == "ccomp" and tok.lemma_.lower() in NOT_GOVERNING_NOUNS:
            continue  # "probably means Ankara can press ahead": a consequence, not an intention
        for c in kids:
            if c.dep_ == dep and not _question(c) and not _stray_list_verb(tok, c):
                got = _clause_hit(c, hits, lex, [])
                if got:
                    return got
    if tok.lemma_.lower() in NOT_GOVERNING_NOUNS:
        return (
            None  # "partly due to Russia's vetoes" (a cause), "would mean more support" (a result)
        )
    for c in kids:
        if c.dep_ in ("dobj", "nsubjpass") and c.i in hits and hits[c.i].pattern.pos == "noun":
            return hits[c.i], []
    for c in kids:  # "agreed to a ceasefire", "refused to commit to": the object of "to"
        if c.dep_ == "prep" and c.lower_ in ("to", "on", "upon"):
            for g in c.children:
                if g.dep_ == "pobj" and g.i in hits and hits[g.i].pattern.pos == "noun":
                    return hits[g.i], []
    for c in kids:  # "started the process of withdrawing its forces"
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
    has_obj = any(c.dep_ == "dobj" for c in kids)
    for c in kids:  # "refused to allow" parsed as a complement clause, "denied shelling"
        if c.dep_ == "pcomp" or (c.dep_ == "advcl" and not has_obj and not _after_comma(tok, c)
                                 and not any(g.dep_ == "mark" for g in c.children)):  # fmt: skip
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
                if (
                    g.dep_ == "conj"
                    and g.tag_ == "VBG"
                    and not any(x.dep_ == "aux" and x.lower_ == "to" for x in g.children)
                ):
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
                    for gg in g.children:
                        if gg.dep_ == "prep":
                            for x in gg.children:
                                if (
                                    x.dep_ == "pobj"
                                    and x.i in hits
                                    and hits[x.i].pattern.pos == "noun"
                                ):
                                    return hits[x.i], []
            for g in c.children:  # "calls for Russia to withdraw"
                if g.dep_ in NOUN_WRAPPER_CLAUSES and g.pos_ == "VERB":
                    got = _clause_hit(g, hits, lex, [])
                    if got:
                        return got
    if w.prep:
        return None
    for c in kids:
        if c.dep_ not in NOUN_WRAPPER_CLAUSES or c.pos_ not in ("VERB", "AUX"):
            continue
        # an infinitive or a that-clause, not a relative clause ("the threat that hangs over")
        if not any((g.dep_ == "aux" and g.lower_ == "to") or (g.dep_ == "mark" and g.lower_ == "that")
                   for g in c.children):  # fmt: skip
            continue
        if any(
            g.dep_ in ("nsubj", "nsubjpass", "dobj") and g.lower_ in RELATIVE_PRONOUNS
            for g in c.children
        ):
            continue
        got = _clause_hit(c, hits, lex, [])
        if got:
            return got
    return None


def _noun_addressee(n, inner: Hit) -> list:
    """Whom a demand, threat or appeal named by a noun addresses: "its demand on Israel",
    "a warning to Iran", "the demand that Israel ease restrictions" (the clause's subject)."""
    for c in n.children:
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


def _after_comma(tok, c) -> bool:
    """ "rejected the proposal, urging ...": a participle after a comma is an adjunct."""
    lo, hi = sorted((tok.i, c.i))
    return any(t.text in (",", ";", "—", "-") for t in tok.doc[lo:hi])


def _wrapped(tok, w: Wrapper, inner: Hit, chain: list, lex: Lexicon) -> list[Candidate]:
    # the governed event as the wrappers between recode it ("agreed to stop fighting": the
    # fighting stopped is a de-escalation, agreed to it is a concession), then the map's most
    # specific key: the inner event's CAMEO code ("161": threatened to cut ties is 1313),
    # its type and mode, its type, "default"
    ityp, icameo, imode = _through_chain(inner, chain, lex)
    _, spec = w.spec_for(icameo, ityp, imode)
    keep = spec is None
    if keep:
        typ, cameo, mode = ityp, icameo, imode
    else:
        typ, cameo, mode = spec
    noun = tok.pos_ in ("NOUN", "PROPN")
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
        # "the IMF is poised to grant ...", "Iran is expected to release ...": the passive's subject
        src = _opts(_no_dateline([c for c in tok.children if c.dep_ == "nsubjpass"]))
    if noun:  # "a request from Peru for a meeting", "an offer from Iran to ..."
        src = [[g] for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
               for g in c.children if g.dep_ == "pobj"] + src  # fmt: skip
    inner_src = _opts(inner.source_heads) or (
        nominal_source(inner.trigger, lex) if inner.pattern.pos == "noun" else []
    )
    if keep:
        # plan/consider/deny keep the event: its own subject if it has one
        own = (
            []
            if inner.pattern.pos == "noun"
            else _no_dateline([c for c in inner.trigger.children if c.dep_ in SUBJECT_DEPS])
        )
        if inner.pattern.pos == "verb" and is_passive(inner.trigger):
            own = _no_dateline(subject_heads(inner.trigger))
        src = _opts(own) + inner_src + src
    targets = list(inner.target_heads)
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
    mod, why = modality(inner.trigger, [tok] + chain, w.modality)
    if not keep and w.modality is None:
        # the wrapper itself happened: "threatened to attack" is an asserted threat
        mod, why = modality(tok, [], None)
    if w.id == "possibility":
        # "raised the possibility of suspending talks": the threat was made (the raising
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
            or w.id == "pledge"
            and typ not in ("CONCEDE", "AGREE")
        )
    ):
        # "a commitment to increase its presence": a promise it does not turn into one (no
        # AGREE/CONCEDE code) still leaves the act itself to come
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
    if w.modality == "negated" and tok.lemma_.lower() in DENIALS:
        # the denial is the denier's REJECT; its target is whoever made the accusation
        out.append(_denial(tok, w, inner.pattern.type))
    return out


# answers withheld from reporters (the refusal stop patterns in reject.yaml say the same
# for the bare verb)
NO_COMMENT_VERBS = {"say", "comment", "disclose", "confirm", "elaborate", "reveal", "specify",
                    "speculate", "divulge"}  # fmt: skip


def _no_comment(tok) -> bool:
    return tok.lemma_.lower() in ("refuse", "decline") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in NO_COMMENT_VERBS for c in tok.children
    )


DENIALS = {"deny"}
WISH_LEMMAS = {"want", "wish", "hope", "like", "prefer"}


def _wish_of_another(tok, inner: Hit) -> bool:
    """ "We want Trump to shell ...", "I hope the US attacks would halt ...": a wish whose
    act has a doer of its own, named, other than the one who wishes."""
    if tok.lemma_.lower() not in WISH_LEMMAS or inner.pattern.pos != "verb":
        return False
    if is_passive(inner.trigger):
        return False
    own = [c for c in inner.trigger.children if c.dep_ in SUBJECT_DEPS]
    wisher = subject_heads(tok)
    return bool(own) and all(o.lower_ not in SELF_PRONOUNS and o not in wisher for o in own)


BARE_WRAPPERS = {"demand", "call-for", "call-on", "threat", "intent", "pledge"}
# wrappers of a promise: "agreed to", "offered to" (intent), "promised to", "pledged to" (pledge)
PROMISES = ("intent", "pledge")


def _bare(tok, w: Wrapper) -> Candidate | None:
    """ "called for Russia to be readmitted", "urged Iran to show restraint": a demand (or a
    threat) whose content is no event we code is still the speaker's REQUEST (THREATEN)."""
    spec = w.map.get("default")
    if spec is None:
        return None
    clause = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl")
              and not _after_comma(tok, c) and not _question(c) and not _assertion(tok, c)]  # fmt: skip
    obj = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    if not clause and not (w.prep and any(c.lower_ == w.prep.split()[-1] for c in tok.children)):
        if not (obj and w.id == "threat"):
            return None  # "warned of", "called" alone: not a demand
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
        if not content or not words & THREAT_WORDS:
            return None
        patient = [x for c in content for x in c.children if x.dep_ == "nsubjpass"]
        obj = patient[:1]
    if w.id in (*PROMISES, "readiness"):
        # "agreed to let the UN assess conditions", "is ready to help": an AGREE only with
        # an infinitive that is an act ("agreed that ..." reports an opinion)
        clause = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if not clause or any(c.lemma_.lower() in RETALIATE for c in clause):
            return None  # "promised to respond": a threat (the retaliation pass)
        obj = []
    typ, cameo, mode = spec
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
    if w.id == "threat" and content & (
        RETALIATE | {"countermeasure", "countermeasures", "retaliation", "reprisal"}
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
HEARSAY_NOUNS = {"report", "rumour", "rumor", "speculation", "story", "article", "suggestion"}


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
                 "pattern_origin": w.origin if w else "events/extract.py", "modality_why": dwhy},
    )  # fmt: skip


def _addressee(tok, inner: Hit) -> list:
    """Who a request/threat/offer is addressed to: "urged Russia to", "called on Iran to",
    "demanded that Israel ...", "threatened Kyiv with"."""
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


# said acts one answers ("rejected calls for", "welcomed the offer"): the speech acts but a
# rejection, which is itself the answer
ANSWERABLE_TYPES = SPEECH_ACT_TYPES - {"REJECT"}
ANSWER_TYPES = {"REJECT", "ACCUSE", "SUPPORT"}
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
# objects that are no one: "resume terrorist activities in Israel", "strengthened its forces"
ACTIVITY_NOUNS = {"activity", "activities", "operation", "operations", "campaign", "action", "actions",
                  "attack", "attacks"}  # fmt: skip
REFLEXIVE = {"themselves", "himself", "herself", "itself", "ourselves", "myself", "yourself"}


SEQUEL_WORDS = {"later", "then", "afterwards", "afterward", "subsequently", "again"}

# "struck at the request of the Somali government", "acting on behalf of Iran", "with the
# help of France": the one who asked or helped, not the one acted on
ON_BEHALF_NOUNS = word_class("on_behalf_nouns")  # data/word_classes.yaml


def _on_behalf(prep, noun) -> bool:
    """ "at the request of", "on behalf of", "with the help of", "upon the invitation of": the
    phrase names who asked or helped ("commit to any assistance to the war" is no such phrase)."""
    return (
        prep.lower_ in ("at", "on", "upon", "with", "by") and noun.lemma_.lower() in ON_BEHALF_NOUNS
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
                            if x.dep_ == "prep" and x.lower_ in LOOSE_PREPS:
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
                        out.extend(g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")
                                   and g.lower_ not in ("it", "there"))  # fmt: skip
        if typ in ("REQUEST", "THREATEN", "AID", "AGREE", "SUPPORT"):
            out.extend(_complement_subject(v))  # "demanded that the US ...", "help Bangladesh care"
        for c in kids:  # "refused to respond to a demand from the US President"
            if c.dep_ == "xcomp":
                out.extend(_loose_targets(c, "")[:3])
        if typ in ("COERCE", "THREATEN", "SANCTION"):
            # "impose restrictions on its labour market for workers from the new members": whom
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


def _plain(h: Hit, lex: Lexicon) -> Candidate | None:
    p = h.pattern
    tok = h.trigger
    adj_source = False
    if p.pos == "verb":
        subj = _no_dateline(subject_heads(tok))
        src = _opts(h.source_heads) or _opts(subj)
        if not h.source_heads:
            # "An air strike by the coalition killed 14": the doer of the subject event
            for t in subj:
                if t.pos_ == "NOUN":
                    src = src + nominal_source(t, lex)
        targets = list(h.target_heads)
        if h.source_heads:  # "receive aid from S": the subject is the recipient
            # (and a passive's: "were injured in clashes with S")
            targets = [c for c in tok.children if c.dep_ in (*SUBJECT_DEPS, "nsubjpass")] or targets
        if not src:  # "the summit between Trump and Kim, held in Hanoi": the parties meet
            for n in [*h.used, tok.head if tok.dep_ == "acl" else tok]:
                btw = [g for c in n.children if c.dep_ == "prep" and c.lower_ == "between"
                       for g in c.children if g.dep_ == "pobj"] if n.pos_ == "NOUN" else []  # fmt: skip
                if btw:
                    src = [btw[:1]]
                    break
        if _gapped_passive(tok) and p.direct_slot == "T" and not h.source_heads:
            # "213 officers had been injured and 143 people detained": the second verb
            # shares the passive; its "subject" is the one detained, and no one is named
            src, targets = [], [c for c in tok.children if c.dep_ == "nsubj"]
    elif p.pos == "noun":
        if tok.pos_ == "PROPN" and tok.ent_type_ == "ORG" and tok.text[:1].isupper():
            return None  # "The National Unity Government called for ...": a name, not an event
        src = _opts(h.source_heads) or nominal_source(tok, lex)
        adj_source = bool(src) and src[0][0].dep_ in ("amod", "compound") and src[0][0].head == tok
        targets = list(h.target_heads)
        if not _nominal_is_core(tok, lex) and not _explicit_doer(tok):
            return None  # "after the 2014 annexation": background; "after attacks by X": coded
    else:  # adjective: "Russian-backed separatists" -> RUS supports the separatists
        src = _opts(h.source_heads) or [
            [c] for c in tok.children if c.dep_ in ("npadvmod", "compound", "amod", "nmod")
        ]
        targets = list(h.target_heads) or ([tok.head] if tok.dep_ == "amod" else [])
        adj_source = True
    src = [o for o in (_no_dateline(o) for o in src) if o]
    if (
        p.pos == "verb"
        and lemma(tok, lex) in OBJECT_REQUIRED
        and p.direct_slot == "T"
        and not targets
        and not h.passive
        and tok.dep_ != "relcl"
        and not any(c.dep_ in ("dobj", "dative") for c in tok.children)
    ):
        return None  # "residents had returned": coming home is not returning property
    targets = [t for t in _antecedents(targets) if t.lower_ not in REFLEXIVE]
    if (
        not targets
        and p.pos == "verb"
        and p.direct_slot == "T"
        and tok.dep_ == "relcl"
        and any(c.dep_ == "nsubj" for c in tok.children)
        and not any(
            c.dep_ in ("dobj", "nsubj") and c.lower_ in RELATIVE_PRONOUNS for c in tok.children
        )
    ):
        targets = [tok.head]  # "the schoolgirls they kidnapped": the antecedent is the object
    if not targets and p.pos == "verb" and p.direct_slot == "T" and participle_after_noun(tok):
        targets = [tok.head]  # "a US pastor detained for two years": the one detained
    if (not targets and p.pos == "verb" and p.direct_slot == "T" and tok.dep_ == "advcl" and tok.tag_ == "VBN"
            and any(c.dep_ == "agent" for c in tok.children)
            and not any(c.dep_ in ("aux", "mark") for c in tok.children)):  # fmt: skip
        # "militias hold the east, supported by US troops": the main clause's subject
        targets = [c for c in tok.head.children if c.dep_ == "nsubj"][:1]
    loose = _loose_targets(tok, p.type) if p.pos != "adj" else []
    if p.pos == "noun" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB":
        # "An air strike by the coalition hit a crowded market": what the verb hit
        loose += _loose_targets(tok.head, p.type)
    elif (
        p.pos == "verb"
        and tok.dep_ == "acl"
        and tok.head.dep_ in ("nsubj", "nsubjpass")
        and tok.head.head.pos_ == "VERB"
    ):
        # "rockets fired by Kurdish fighters from Syria hit the town of Karkamis": what they hit
        loose = _loose_targets(tok.head.head, p.type) + loose
    elif p.pos == "noun" and tok.dep_ == "dobj" and _light(lex, tok.head):
        # "launched a mediation effort on Saturday between the Emirates and Saudi Arabia"
        loose += [t for t in _loose_targets(tok.head, p.type) if t != tok]
    mod, why = modality(tok)
    cameo = p.cameo
    if (
        p.type == "ASSAULT"
        and p.pos == "verb"
        and tok.dep_ == "acl"
        and tok.head.lemma_.lower() in ATTEMPT_NOUNS
        and tok.lemma_.lower() in ATTEMPTED_ACTS
    ):
        cameo = "185"  # "an attempt to assassinate/kill the governor": an assassination attempt
    return Candidate(
        trigger=tok, head=_clause_verb(tok) or tok, type=p.type, mode=p.mode, cameo=cameo,
        source_heads=src, target_heads=_no_dateline(targets),
        trigger_tokens=sorted({tok, *h.used, *_aux(tok)}, key=lambda t: t.i), modality=mod,
        nominal=p.pos != "verb", source_from_adjective=adj_source,
        recipient_heads=_recipients(tok) if p.pos == "verb" else [],
        loose_heads=_no_dateline(loose),
        answers={"REQUEST", "AGREE", "ACCUSE", "THREATEN"} if p.type == "REJECT" else None,
        explain={"pattern": p.id, "pattern_text": p.text, "pattern_origin": p.origin,
                 "modality_why": why},
    )  # fmt: skip


OBJECT_REQUIRED = {"return", "give", "hand", "send", "free", "release", "deliver", "supply", "lend"}


def gapped_passive(tok) -> bool:
    """A participle coordinated with a passive that shares its auxiliaries: "had been injured
    ... and 143 people detained" (the parser reads "people detained" as subject and verb)."""
    return (tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBN") and is_passive(tok.head)
            and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children)
            and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "NUM") for c in tok.children))  # fmt: skip


_gapped_passive = gapped_passive


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


DOCUMENT_NOUNS = {"statement", "declaration", "letter", "resolution", "communique", "communiqué",
                  "ruling", "order", "decree", "report", "message", "note", "appeal", "motion",
                  "bill", "law", "decision", "verdict", "proposal", "plan"}  # fmt: skip


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


ADJUNCT_PREPS = word_class("adjunct_event_preps")  # data/word_classes.yaml


def _explicit_doer(n) -> bool:
    """A noun event that names who did it: "attacks on police posts by Rohingya insurgents",
    "Russia's annexation", "EU sanctions imposed on Belarus"."""
    for c in n.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            return True
        if c.dep_ in ("compound", "amod", "nmod") and (
            c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")
        ):
            return True
        if c.dep_ == "acl" and c.tag_ == "VBN" and any(g.dep_ == "agent" for g in c.children):
            return True
    return False


def _nominal_is_core(tok, lex: Lexicon) -> bool:
    """A noun event counts when the clause is about it (subject or object of a verb,
    a light-verb object, an apposition), not when it is background in an adjunct
    ("after the 2014 annexation", "amid sanctions")."""
    t = _carrier(tok)
    while t.dep_ == "conj":
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ in ADJUNCT_PREPS:
        return False
    if t.dep_ == "pobj" and _light(lex, t.head.head):
        return True
    return t.dep_ in (
        "nsubj",
        "nsubjpass",
        "dobj",
        "ROOT",
        "attr",
        "appos",
        "conj",
        "pobj",
        "oprd",
        "dative",
    )


def participle_after_noun(v) -> bool:
    """ "a US pastor detained for two years": a participle right after the noun it is said of
    (the parser may tag it VBD; a VBD after a comma is more often a misparsed main verb:
    "U.S. envoy Mike Hammer, who attended the talks, called on Eritrea")."""
    if v.dep_ != "acl" or v.head.pos_ not in ("NOUN", "PROPN", "NUM", "PRON") or v.head.i >= v.i:
        return False
    if main_verb_as_participle(v):
        return False
    if v.lemma_.lower() in INTRANSITIVE_ACTS and not any(
        c.dep_ in ("agent", "dobj") for c in v.children
    ):
        return False  # "several hundred people protested outside ...": no one is "protested"
    return v.tag_ == "VBN" or (v.tag_ == "VBD" and v.i == v.head.i + 1)


# acts no one undergoes: a past form of these after a noun is its verb, not a passive participle
INTRANSITIVE_ACTS = {
    "protest",
    "demonstrate",
    "march",
    "rally",
    "riot",
    "gather",
    "assemble",
    "rebel",
    "mutiny",
}


def shared_agent(v):
    """The "by" phrase of a passive coordinated with `v` ("were detained and forcibly
    disappeared by Isis", "were arrested by police and beaten"), when `v` has none."""
    if not is_passive(v) and not (v.dep_ == "conj" and v.tag_ == "VBN"):
        return None

    def own_subject(t) -> bool:
        return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)

    kin = [
        c
        for c in v.children
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ == "VBN" and not own_subject(c)
    ]
    if v.dep_ == "conj" and v.head.pos_ == "VERB" and is_passive(v.head) and not own_subject(v):
        kin.append(v.head)
    for k in kin:
        for c in k.children:
            if c.dep_ == "agent":
                got = [g for g in c.children if g.dep_ == "pobj"]
                if got:
                    return got[0]
    return None


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
AGENT_NOUNS = word_class("passive_agent_nouns")  # data/word_classes.yaml


def stray_agent(v):
    """The "by" phrase of a passive that the parser hung on another verb: on a verb inside
    its complement ("was accused of misusing funds by prosecutors") or on the verb it is the
    complement of ("has been accused of misusing funds, much of it believed embezzled, by
    government officials"). Only a "by" phrase that names someone: a name, a nationality or
    organisation, or a word for an authority ("by force", "by phone" are no doers)."""

    def names_someone(n) -> bool:
        if n.ent_type_ in ("DATE", "TIME") or n.lower_ in WEEKDAYS:
            return False  # "told AFP by phone Sunday"
        return (
            n.pos_ == "PROPN"
            or n.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
            or n.lower_ in AGENT_NOUNS
            or any(
                c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
                for c in n.children
            )
        )

    def by_of(h):
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "by" and c.i > v.i:
                got = [g for g in c.children if g.dep_ == "pobj"]
                if got and names_someone(got[0]):
                    return got[0]
        return None

    # a verb inside the complement: "accused [of [misusing ... by X]]"
    for t in v.subtree:
        if t.pos_ != "VERB" or is_passive(t):
            continue
        if (t.dep_ == "pcomp" and t.head.head == v) or (t.dep_ == "xcomp" and t.head == v):
            got = by_of(t)
            if got is not None:
                return got
    # a passive with two objects, the "by" phrase hung on the object left after the verb
    # ("Kenya was granted a loan by the IMF", "was given a grace period by the EU")
    for c in v.children:
        if c.dep_ == "dobj" and any(g.dep_ == "nsubjpass" for g in v.children):
            got = by_of(c)
            if got is not None:
                return got
    # the verb it is the complement of, when that verb has a subject of its own and no agent
    h = v.head
    if (
        v.dep_ in ("ccomp", "xcomp")
        and h.pos_ == "VERB"
        and not any(c.dep_ == "agent" for c in h.children)
    ):
        return by_of(h)
    return None


# "believed killed", "reported captured", "feared abducted": a bare passive participle after
# a verb of belief or report, whose subject is the one the act was done to
BELIEVED = {"believe", "report", "think", "presume", "fear", "understand", "confirm", "know", "say",
            "rumour", "rumor", "suspect", "assume"}  # fmt: skip

# "it is safe to ...": adjectives whose "it" stands for the clause; "it was ready to attend
# talks" is not one of them (the "it" there is a state)
EXTRAPOSING = {"safe", "unsafe", "possible", "impossible", "necessary", "unnecessary", "important", "right",
               "wrong", "hard", "difficult", "easy", "vital", "essential", "crucial", "dangerous", "illegal",
               "legal", "wise", "unwise", "fair", "unfair", "reasonable", "unreasonable", "appropriate",
               "inappropriate", "advisable", "urgent", "imperative", "useful", "pointless", "premature",
               "time", "mistake", "good", "bad", "better", "best", "worth"}  # fmt: skip


def _extraposed_it(tok) -> bool:
    """ "it would be safe/possible/right to ...": the "it" stands for the clause, not a doer."""
    t = tok.head if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr") else tok
    if t.lemma_.lower() != "be":
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in t.children) and any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in EXTRAPOSING for c in t.children
    )


def subject_heads(v, depth: int = 0) -> list:
    """The token(s) heading the agent of a verb's clause."""
    if depth > 5:
        return []
    for c in v.children:
        if c.dep_ in SUBJECT_DEPS:
            if in_dateline(c):
                alt = _subject_after_dateline(v)
                return [alt] if alt is not None else []
            if c.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                h = v.head
                if (
                    c.lower_ in ("who", "whom")
                    and h.ent_type_ in ("GPE", "LOC", "FAC")
                    and h.dep_ == "pobj"
                    and h.head.lower_ in ("in", "at", "to", "from")
                    and h.head.head.pos_ in ("NOUN", "PROPN")
                ):
                    # "the EU's ambassador in Dhaka, who met the prime minister": "who" is a
                    # person, the ambassador, not the city the parser hung the clause on
                    return [h.head.head]
                if (
                    h.lemma_.lower() in DOCUMENT_NOUNS
                    and h.dep_ in ("dobj", "nsubjpass")
                    and h.head.pos_ in ("VERB", "AUX")
                    and c.lower_ in ("that", "which")
                ):
                    # "parliament passed a law that would outlaw foreign media": the law's makers
                    got = subject_heads(h.head, depth + 1)
                    if got:
                        return got
                return [h]
            if c.pos_ == "VERB" and c.tag_ in ("VBG", "VBN"):
                # "The Red Cross operating in Iraq said": the participle's own subject
                own = [g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN")]
                if own:
                    return own[:1]
            if (
                c.lower_ in ("it", "they")
                and v.dep_ == "ccomp"
                and v.head.dep_ == "relcl"
                and any(
                    g.dep_ == "nsubj" and g.lower_ in ("which", "that", "who")
                    for g in v.head.children
                )
            ):
                return [v.head.head]  # "the United States, which announced that it would pull out"
            return [c]
    if (
        v.tag_ == "VBN"
        and v.dep_ == "advcl"
        and not any(c.dep_ in ("aux", "mark") for c in v.children)
    ):
        for (
            c
        ) in v.children:  # "..., supported by US troops", "Backed by Russian jets, ...": the agent
            if c.dep_ == "agent":
                return [g for g in c.children if g.dep_ == "pobj"][:1]
    if is_passive(v):
        for c in v.children:
            if c.dep_ == "agent":
                return [g for g in c.children if g.dep_ == "pobj"][:1]
        shared = shared_agent(v)
        if shared is not None:
            return [shared]  # "were detained and disappeared by Isis": Isis detained them too
        stray = stray_agent(v)
        if stray is not None:
            return [stray]  # "was accused of misusing funds by prosecutors"
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in ORDERING:
            return subject_heads(v.head, depth + 1)  # "ordered troops to be deployed": the orderer
        return []
    if participle_after_noun(v) and not any(c.dep_ == "agent" for c in v.children):
        return []  # "a US pastor detained for two years": the pastor is who was detained
    dep = v.dep_
    head = v.head
    if dep in ("xcomp", "acomp") and _extraposed_it(head):
        return []  # "it would be safe to rescue the children": no one in particular rescues
    if (
        dep == "xcomp"
        and v.tag_ == "VBN"
        and head.lemma_.lower() in BELIEVED
        and not any(c.dep_ in ("aux", "auxpass", "agent") for c in v.children)
    ):
        return []  # "the commander, believed killed in an airstrike": the commander was killed
    if dep == "xcomp":
        if _stray_list_verb(head, v):  # "asked them for patience and promised to ..., raise wages"
            k = max(
                (
                    k
                    for k in head.children
                    if k.dep_ == "conj" and k.pos_ in ("VERB", "AUX") and k.i < v.i
                ),
                key=lambda k: k.i,
            )
            return subject_heads(k, depth + 1)
        if head.lemma_.lower() in OBJECT_CONTROL:
            obj = [c for c in head.children if c.dep_ in ("dobj",)]
            if obj:
                return obj[:1]
        if is_passive(head) and not any(c.dep_ == "agent" for c in head.children):
            # "teachers were slated to begin a strike", "X was forced to withdraw": the
            # passive's subject is the one who acts
            got = [c for c in head.children if c.dep_ == "nsubjpass"]
            if got and not in_dateline(got[0]):
                return got[:1]
        return subject_heads(head, depth + 1)
    if dep == "conj" and misattached_speech(v) is not None:
        return subject_heads(
            misattached_speech(v), depth + 1
        )  # "said that X would not ... and warned"
    if (
        dep == "conj"
        and head.dep_ == "xcomp"
        and head.tag_ == "VB"
        and v.tag_ in ("VBD", "VBZ")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        and head.head.pos_ in ("VERB", "AUX")
        and head.head.tag_ == v.tag_
    ):
        # "urged Laos and Cambodia to show restraint and offered to mediate": the finite verb
        # is the main clause's second verb, misattached to the infinitive; its doer is the
        # main clause's subject, not the one urged
        return subject_heads(head.head, depth + 1)
    if dep == "conj" and head.pos_ in ("VERB", "AUX"):
        if (
            is_passive(head)
            and v.tag_ == "VBN"
            and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
        ):
            # "were arrested by police and beaten": beaten by the police too
            shared = shared_agent(v)
            return [shared] if shared is not None else []
        if (
            is_passive(head)
            and v.tag_ == "VBG"
            and not any(c.dep_ in ("aux", "nsubj") for c in v.children)
        ):
            return []  # "were killed in airstrikes and shelling": a noun the parser made a verb
        if is_passive(head) and not is_passive(v):
            # "X has been indicted by the court and will resign": X resigns
            got = [c for c in head.children if c.dep_ == "nsubjpass"]
            if got:
                return got[:1]
        return subject_heads(head, depth + 1)
    if dep in ("acomp", "oprd") or (dep == "xcomp" and head.pos_ == "ADJ"):
        # "is ready to host", "appeared ready to make concessions": the one who is ready
        return subject_heads(head, depth + 1)
    if dep == "advcl" and not any(c.dep_ == "mark" for c in v.children):
        return subject_heads(head, depth + 1)  # "..., killing 12 people"
    if dep == "relcl":
        return [head]
    if dep == "acl":
        s = misparsed_subject(v)
        if s is not None:
            return [s]  # "Doctors from two aid groups donated ...": the doctors
        if v.tag_ == "VBN":
            for c in v.children:
                if c.dep_ == "agent":
                    return [g for g in c.children if g.dep_ == "pobj"][:1]
            if v.lemma_.lower() in INTRANSITIVE_ACTS and not any(
                c.dep_ == "dobj" for c in v.children
            ):
                return [head]  # "hundreds of people protested outside ...": the people did
            return []
        if head.lemma_.lower() in EFFORT_NOUNS:
            # "defended recent moves to tighten controls", "its efforts to expel": whose move
            poss = [c for c in head.children if c.dep_ == "poss"]
            if poss:
                return poss[:1]
            if head.dep_ in ("dobj", "nsubjpass", "pobj") and head.head.pos_ in ("VERB", "AUX"):
                if head.head.lemma_.lower() in FOILING:
                    return []  # "police foiled an attempt to kill the mayor": not the police
                return subject_heads(head.head, depth + 1)
        if head.lemma_.lower() in DOCUMENT_NOUNS:
            # "issued a joint statement urging all sides to ...": the statement's author
            poss = [c for c in head.children if c.dep_ == "poss"]
            if poss:
                return poss[:1]
            if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
                return subject_heads(head.head, depth + 1)
        return [head]
    if (
        dep == "pcomp"
        and head.dep_ == "prep"
        and head.lower_ in ("by", "before", "after", "while", "without")
    ):
        # "by attacking", "detained her before releasing her": the one who did it
        return subject_heads(head.head, depth + 1)
    if (
        dep == "pcomp"
        and head.dep_ == "prep"
        and head.lower_ == "to"
        and head.head.lemma_.lower() in SUBJECT_CONTROL_TO
    ):
        # "admitted to making concessions", "resorted to shelling the villages": the one who
        # admits it did it
        return subject_heads(head.head, depth + 1)
    return []


# verbs whose "to" + gerund is the subject's own act, done ("admitted to making concessions");
# not "committed to releasing" or "objected to releasing" (a promise, a refusal: no act yet)
SUBJECT_CONTROL_TO = {"admit", "confess", "resort"}


ORDERING = word_class("ordering_verbs")  # data/word_classes.yaml
EFFORT_NOUNS = {"move", "effort", "attempt", "bid", "step", "decision", "drive", "push", "campaign", "initiative",
                "measure", "action", "determination", "resolve"}  # fmt: skip
# verbs whose subject tells of or sees an event without doing it
WITNESSING = REPORTING_VERBS | {"see", "witness", "hear", "describe", "record", "document", "count", "fear",
                                "recall", "remember", "condemn", "deplore",
                                # what one lives through, escapes or compares is someone else's
                                # act: "they fled the airstrikes and shelling"
                                "flee", "escape", "survive", "suffer", "endure", "face", "dodge", "evade",
                                "compare", "mourn", "avoid", "risk", "investigate", "oppose", "criticise",
                                "criticize", "welcome", "blame", "protest",
                                # what one judges, backs or contests is someone else's act:
                                # "denounced the arrests", "supported the strike", "challenged
                                # the ban in court", "rejected the ruling"
                                "denounce", "decry", "slam", "praise", "hail", "support", "back",
                                "reject", "dismiss", "deny", "defend", "justify", "question",
                                "challenge", "appeal"}  # fmt: skip


LIGHT_SUBJECT_DEPS = ("dobj", "nsubjpass")


STATE_VERBS = {"be", "remain", "stay", "go", "keep"}
EVENT_QUANTITY_NOUNS = word_class("event_quantity_nouns")  # data/word_classes.yaml


def against_or_for(tok) -> bool:
    """A modifier inside "anti-government", "pro-Russian", "anti-war": what the event is
    against (or for), never who does it ("anti-government protests" are not the
    government's)."""
    doc = tok.doc
    low = tok.lower_
    if low in ("anti", "pro", "-") or low.startswith(("anti-", "pro-")):
        return True
    return (
        tok.i >= 2
        and doc[tok.i - 1].text in ("-", "–")
        and doc[tok.i - 2].lower_ in ("anti", "pro")
    )


def _carrier(n):
    """ "three days of combat drills", "a wave of arrests": the quantity noun stands in the
    clause for the event noun."""
    if (
        n.dep_ == "pobj"
        and n.head.lower_ == "of"
        and n.head.head.lemma_.lower() in EVENT_QUANTITY_NOUNS
    ):
        return n.head.head
    return n


def _naming_verb(v) -> bool:
    """ "called the arrests an assault", "described the raid as illegal": a verb that names
    its object something (an object predicate or an "as" phrase); the act named is someone
    else's, not the namer's."""
    if v.lemma_.lower() in PREDICATE_NAMING:
        return any(c.dep_ == "oprd" for c in v.children)
    return v.lemma_.lower() in NAMING and any(
        c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in v.children
    )


def nominal_source(n, lex: Lexicon) -> list:
    """Who did a nominal event, as options best first: "the attack by X", "X's visit",
    "Israeli strikes", "X launched an attack", "X carried out strikes on"."""
    opts: list = []
    for c in n.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            got = [g for g in c.children if g.dep_ == "pobj"]
            if got:
                opts.append(got[:1])
    opts.extend([c] for c in n.children if c.dep_ == "poss")
    mods = [c for c in n.children if c.dep_ in ("amod", "compound", "nmod")
            and c.pos_ in ("ADJ", "PROPN", "NOUN") and not against_or_for(c)]  # fmt: skip
    named = [c for c in mods if c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")]
    opts.extend([c] for c in sorted(named, key=lambda t: t.i))
    t = _carrier(n)
    for _ in range(4):  # "launched artillery, mortar and rocket fire": the first conjunct's verb
        if t.dep_ != "conj":
            break
        t = t.head
    if (
        t.dep_ in LIGHT_SUBJECT_DEPS
        and not _naming_verb(t.head)
        and (
            _light(lex, t.head)
            or (t != n and t.head.pos_ == "VERB" and t.head.lemma_.lower() not in WITNESSING)
        )
    ):
        opts.append(
            subject_heads(t.head)
        )  # not "residents reported air strikes and heavy fighting"
    if t.dep_ == "pobj" and _light(lex, t.head.head):
        opts.append(subject_heads(t.head.head))
    if (
        t.dep_ == "pobj"
        and t.head.lower_ in ("on", "in", "under")
        and t.head.head.lemma_.lower() in STATE_VERBS
    ):
        opts.append(
            subject_heads(t.head.head)
        )  # "his forces were on high alert", "remained on alert"
    opts.extend([c] for c in sorted(mods, key=lambda t: t.i) if c not in named)
    # "drones launched by the Houthis", "a convoy sent by the WFP"
    for c in n.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            for g in c.children:
                if g.dep_ == "agent":
                    got = [x for x in g.children if x.dep_ == "pobj"]
                    if got:
                        opts.append(got[:1])
    return [o for o in (_no_dateline(o) for o in opts) if o]


# -- helpers the builder uses to find targets -----------------------------------------------------
def inner_actor_heads(tok) -> list:
    """Tokens inside a target phrase that may name its actor, nearest first: "Serbia's
    suppression", "an Indian proposal", "calls by Kofi Annan", "an appeal from President
    Gbagbo", "positions of the Palestinian security forces", "a camp for Congolese refugees"."""
    out = []
    kids = list(tok.children)
    if tok.lemma_.lower() in ALLY_NOUNS:
        # "Israel's militia ally in southern Lebanon", "Iran's proxies": someone else's forces
        kids = [
            c
            for c in kids
            if c.dep_ not in ("poss", "amod", "nmod") and c.ent_type_ not in ("NORP", "GPE")
        ]
    out.extend(c for c in kids if c.dep_ == "poss")
    for c in kids:  # "the US-led war", "Saudi-backed forces": the leader
        if c.dep_ == "amod" and c.tag_ == "VBN":
            out.extend(
                g
                for g in c.children
                if g.dep_ in ("npadvmod", "compound", "nmod") and g.pos_ == "PROPN"
            )
    for c in kids:
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
        if c.dep_ == "appos":  # "as an ugly crime, Serbia's suppression of ...": the same phrase
            out.append(c)
            out.extend(g for g in c.children if g.dep_ == "poss")
    for c in kids:  # "a camp ... near the town of X"; "in the region"
        if c.dep_ == "acl" and c.tag_ == "VBN":
            for g in c.children:
                if g.dep_ == "agent":
                    out.extend(x for x in g.children if x.dep_ == "pobj")
    return [t for t in out if not in_dateline(t)]


def referent_types(tok) -> tuple[bool, set[str] | None]:
    """Whether a target noun refers back to an event ("the accusation", "the decision"),
    and the event types it can name (None: any)."""
    if tok.pos_ not in ("NOUN",):
        return False, None
    lemma = tok.lemma_.lower()
    if lemma not in REFERENT_NOUNS:
        return False, None
    return True, REFERENT_NOUNS[lemma]


# "the labour market", "the housing market": an economy, not a marketplace with people in it
MARKET_KINDS = {"labour", "labor", "job", "jobs", "stock", "housing", "property", "financial", "bond", "energy",
                "oil", "gas", "single", "common", "domestic", "internal", "export", "import", "capital", "credit",
                "currency", "equity", "insurance", "mortgage", "rental", "commodity", "commodities", "electricity"}  # fmt: skip


def is_generic_people(tok) -> bool:
    if tok.lemma_.lower() == "market" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in MARKET_KINDS for c in tok.children
    ):
        return False
    return tok.pos_ in ("NOUN", "NUM") and (
        tok.lemma_.lower() in GENERIC_PEOPLE or tok.lower_ in GENERIC_PEOPLE
    )
