"""A lexicon hit that no wrapper governs becomes a candidate: its source (the subject, a "by"
phrase, the doer of a subject event, the parties "between"), its target (the slot, a relative
clause's antecedent, the noun a participle follows) and looser phrases; agentless passives
and predicate adjectives get their source here."""

from __future__ import annotations

from ...syntax import prep_objects
from ...words import word_class
from ..lexicon import Lexicon
from ..match import QUANTITY_HEADS, TEMPORAL_ENTS, Hit, is_passive, lemma, reduced_passive
from ..modality import modality
from .common import (
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    Candidate,
    _antecedents,
    _aux,
    _clause_verb,
    _light,
    _negated,
    _no_dateline,
    _opts,
    in_dateline,
    promised_backing,
    reaffirmed_promise,
)
from .nominal import (
    _explicit_doer,
    _nominal_is_core,
    nominal_source,
    own_doers,
    patient_possessive,
)
from .nonevents import ATTEMPT_NOUNS, ATTEMPTED_ACTS
from .subjects import _gapped_passive, absolute_participle, participle_after_noun, subject_heads
from .targets import REFERENT_NOUNS, REFLEXIVE, _loose_targets, _recipients

WAR_NOUNS = word_class("war_nouns")  # data/word_classes.yaml
# "new tariffs hit Chinese exports": measures that attack only figuratively
POLICY_MEASURES = word_class("policy_measure_nouns")  # data/word_classes.yaml
# "Kenyan riot police", "riot gear": an event noun naming a kind of force or kit
KIND_HEADS = word_class("kind_heads")  # data/word_classes.yaml
ANSWERING_VERBS = word_class("demand_answering_verbs")  # data/word_classes.yaml
ACCEPTING_VERBS = word_class("offer_accepting_verbs")  # data/word_classes.yaml
# what an acceptance answers: the offers, invitations and calls another made
ACCEPTED_TYPES = frozenset({"AGREE", "CONCEDE", "REQUEST"})


def _accepted_offer(tok, used) -> set | None:
    """ "Togo accepted the invitation", "took up the offer": an acceptance answers the offer
    (invitation, proposal, call) its object refers back to, so its author is the target;
    None for any other hit."""
    if tok.lemma_.lower() not in ACCEPTING_VERBS:
        return None
    types = {
        x for t in used if t.pos_ == "NOUN" for x in REFERENT_NOUNS.get(t.lemma_.lower()) or ()
    }
    return (types & ACCEPTED_TYPES) or None


# what an acceptance with no object may still carry: "accepted on Tuesday", "accepted in
# principle", "quickly accepted", "would not attend while tanks are on the border" (a
# condition or time clause)
_BARE_ACCEPTANCE_DEPS = frozenset(
    {"nsubj", "aux", "neg", "advmod", "punct", "cc", "conj", "npadvmod", "prep", "advcl"}
)


def _bare_acceptance(tok) -> bool:
    """ "Belgrade accepted.", "Serbia said it would accept": an acceptance verb (not "take")
    with no object, complement or passive subject takes up what was offered just before;
    not a relative clause ("the terms it accepted") nor a passive ("the offer was accepted")."""
    return _bare_answer(tok, ACCEPTING_VERBS - {"take"})


ATTENDING_VERBS = word_class("attending_verbs")  # data/word_classes.yaml
ENVOY_NOUNS = word_class("envoy_nouns")  # data/word_classes.yaml


INVITING = word_class("inviting_words")  # data/word_classes.yaml


def _bare_attendance(tok) -> bool:
    """ "Norway invited the two sides to talks. The rebels said they would attend": a verb of
    attending, not negated, with nothing attended named, takes up the invitation told in its
    sentence or the one before (AGREE 036, aimed at whoever made it), as "Belgrade accepted"
    does; with no invitation told there, or one told as accepted already ("both presidents
    had accepted an invitation to meet"), it repeats what was told."""
    if not _bare_answer(tok, ATTENDING_VERBS) or _negated(tok):
        return False
    sents = list(tok.doc.sents)
    k = next((n for n, s in enumerate(sents) if s.start <= tok.i < s.end), 0)
    return any(
        t.lemma_.lower() in INVITING
        and t.i < tok.i
        and t.head.lemma_.lower() not in ACCEPTING_VERBS
        for s in sents[max(0, k - 1) : k + 1]
        for t in s
    )


def _bare_refusal_to_attend(tok) -> bool:
    """ "Pristina said it would not attend", "the rebels will not participate", "the army
    said it would not send a delegation": a verb of attending (or sending a delegation),
    negated, with nothing attended named, turns down the invitation or call to talks told
    just before (REJECT 125, aimed at whoever made it), as "Belgrade accepted" takes it up."""
    return (_bare_answer(tok, ATTENDING_VERBS) or _delegation_unsent(tok)) and _negated(tok)


def _delegation_unsent(tok) -> bool:
    """ "would not send a delegation", "will not send negotiators": "send" whose only object
    is a delegation or envoy, with no place or talks it is sent to."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "send":
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if len(objs) != 1 or objs[0].lemma_.lower() not in ENVOY_NOUNS:
        return False
    if any(c.dep_ in ("prep", "prt") for c in objs[0].children):
        return False  # "a delegation to Jeddah", "a delegation of ministers"
    return _bare_answer(tok, {"send"}, allowed=frozenset({"dobj"}))


def _bare_answer(tok, verbs, allowed: frozenset = frozenset()) -> bool:
    """A verb of `verbs` that stands alone, answering what was told before: no object,
    complement or passive subject (beyond the `allowed` dependents), not a relative clause
    nor a gerund."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
        return False
    if tok.dep_ not in ("ROOT", "ccomp", "conj") or tok.tag_ == "VBG":
        return False
    kids = list(tok.children)
    if any(c.dep_ not in _BARE_ACCEPTANCE_DEPS | allowed for c in kids):
        return False
    if not any(c.dep_ == "nsubj" for c in kids):
        return False
    # "accepted in principle", "accepted on Monday": a time or manner phrase, not what is accepted
    return all(g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() == "principle"
               for c in kids if c.dep_ == "prep" for g in c.children)  # fmt: skip


def _answered_demand(tok) -> list:
    """ "the government gave in to the demands of the unions", "the board met the strikers'
    demands": a demand named as what a verb of answering takes (its object, or its "to"
    phrase) was made of that verb's subject, the target the noun itself does not name."""
    v = tok.head
    if tok.dep_ == "pobj" and v.lower_ == "to" and v.dep_ == "prep":
        v = v.head
    elif tok.dep_ != "dobj":
        return []
    if v.pos_ != "VERB" or v.lemma_.lower() not in ANSWERING_VERBS:
        return []
    return _no_dateline(subject_heads(v))


def _agentless_source(c: Candidate, h: Hit) -> None:
    """Group key `agentless: source`: "Troops were deployed to the border", "Police were
    deployed in Nairobi": in a passive that names no agent, what was deployed (its subject)
    is the source."""
    if h.pattern.agentless == "source" and h.pattern.pos == "noun" and h.pattern.type == "RETREAT":
        # "the withdrawal of the Ethiopian forces from Kismayo": the forces withdrawn withdraw, a
        # last option after the noun's own doer ("Russia's", "the US announced the ...")
        of = _no_dateline([g for x in h.trigger.children if x.dep_ == "prep" and x.lower_ == "of"
                           for g in x.children if g.dep_ == "pobj"][:1])  # fmt: skip
        if of and of not in c.source_heads:
            c.source_heads = list(c.source_heads) + [of]
            c.target_heads = [t for t in c.target_heads if t not in of]
        return
    if (
        h.pattern.agentless not in ("source", "only")
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
VESSEL_NOUNS = word_class("vessel_nouns")  # data/word_classes.yaml
OWNED_COLUMNS = word_class("owned_column_nouns")  # data/word_classes.yaml


def _predicate_adjective_source(c: Candidate, h: Hit) -> None:
    """ "Britain is concerned about the arrests", "Kyiv is critical of the deal", "X remained
    opposed to the plan": an adjective said of the clause's subject; the subject is the
    source (an adjective before a noun, "Russian-backed", keeps its own modifier)."""
    t = h.trigger
    if h.pattern.pos == "adj" and not c.source_heads and t.pos_ == "VERB":
        # 'it was "deeply concerned" by': the adjective read as a passive verb; its subject
        subj = [g for g in t.children if g.dep_ in ("nsubjpass", "nsubj") and not in_dateline(g)]
        agent = [g for a in t.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        if subj and agent and c.type in ("AID", "SUPPORT") and is_passive(t):
            # "the junta is funded by Moscow and Minsk": a passive of giving; the "by"
            # phrase gives, the subject receives
            c.source_heads = [agent[:1]]
            c.target_heads = subj
            c.source_from_adjective = False
            c.explain["predicate_adjective"] = f"the agent of the passive '{t.text}'"
            return
        if subj:
            c.source_heads = [subj]
            c.source_from_adjective = False
            c.explain["predicate_adjective"] = f"said of the subject of '{t.text}'"
        if subj or t.dep_ not in ("acomp", "oprd"):
            return
        # "it was deeply concerned": the participle read as a verb complement of "was"; the
        # subject is the copula's, as for an adjective
    if h.pattern.pos != "adj" or c.source_heads or t.dep_ not in ("acomp", "oprd"):
        return
    subj = _no_dateline(subject_heads(t.head)) if t.head.pos_ in ("AUX", "VERB") else []
    if subj:
        c.source_heads = [subj]
        c.source_from_adjective = False
        c.explain["predicate_adjective"] = f"said of the subject of '{t.head.text}'"


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
                # "one of the coast guard boats opened fire": a number's or quantity's whole
                # of ships ("of" phrase) stands for the subject, as "coast guard boats opened
                # fire" (people, "a group of Serb nationalists", are resolved as such)
                wholes = [w for w in prep_objects(t, "prep", "of") if w.lemma_.lower() in VESSEL_NOUNS
                          ] if t.like_num or t.lemma_.lower() in QUANTITY_HEADS else []  # fmt: skip
                for w in [t, *wholes[:1]]:
                    if w.pos_ == "NOUN" and w.lemma_.lower() not in WAR_NOUNS:
                        src = src + nominal_source(w, lex)
                if t.lemma_.lower() in OWNED_COLUMNS:
                    # "a convoy of the Red Cross delivered medicine": the body it belongs to
                    src = (
                        src + [[w] for w in prep_objects(t, "prep", "of") if w.pos_ == "PROPN"][:1]
                    )
        targets = list(h.target_heads)
        if p.agentless == "undergone":  # "the editor faces trial": no doer named
            src, targets = _opts(h.source_heads), subj or targets
        elif h.source_heads:  # "receive aid from S": the subject is the recipient
            # (and a passive's: "were injured in clashes with S")
            targets = [c for c in tok.children if c.dep_ in (*SUBJECT_DEPS, "nsubjpass")] or targets
        if not src:  # "the summit between Trump and Kim, held in Hanoi": the parties meet
            for n in [*h.used, tok.head if tok.dep_ == "acl" else tok]:
                btw = prep_objects(n, "prep", "between") if n.pos_ == "NOUN" else []
                if btw:
                    src = [btw[:1]]
                    break
        if (
            p.type == "ASSAULT"
            and not h.source_heads
            and any(t.pos_ == "NOUN" and t.lemma_.lower() in POLICY_MEASURES for t in subj)
        ):
            return None  # "new tariffs hit Chinese exports": a measure hits only figuratively
        if (
            not src
            and tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and tok.head in h.used
            and _light(lex, tok)
        ):
            # "EU sanctions imposed on Belarus", "Israeli strikes carried out on": a reduced
            # passive of a light verb on the pattern's own noun, whose modifier names the doer
            # (not "US troops stationed in Syria": the troops are the source; nor "a US-Turkish
            # deal brokered": the deal's parties, not its broker)
            src = own_doers(tok.head)
        if _gapped_passive(tok) and p.direct_slot == "T" and not h.source_heads:
            # "213 officers had been injured and 143 people detained": the second verb
            # shares the passive; its "subject" is the one detained, and no one is named
            src, targets = [], [c for c in tok.children if c.dep_ == "nsubj"]
        elif (
            absolute_participle(tok)
            and p.direct_slot == "T"
            and not h.source_heads
            and p.agentless not in ("source", "only")
        ):
            # "With the rebels ousted from most of the north": the rebels were ousted; the
            # clause names no one who ousted them
            src, targets = [], [c for c in tok.children if c.dep_ == "nsubj"]
    elif p.pos == "noun":
        if tok.pos_ == "PROPN" and tok.ent_type_ == "ORG" and tok.text[:1].isupper():
            return None  # "The National Unity Government called for ...": a name, not an event
        if (
            tok.dep_ == "compound"
            and tok.head.pos_ == "NOUN"
            and tok.head.lemma_.lower() in KIND_HEADS
        ):
            return None  # "Kenyan riot police fired tear gas": a kind of police, no riot
        src = _opts(h.source_heads) or nominal_source(tok, lex)
        adj_source = bool(src) and src[0][0].dep_ in ("amod", "compound") and src[0][0].head == tok
        targets = list(h.target_heads) or patient_possessive(tok)
        if not targets and p.type == "REQUEST":
            targets = _answered_demand(tok)
        if not _nominal_is_core(tok, lex) and not _explicit_doer(tok):
            return None  # "after the 2014 annexation": background; "after attacks by X": coded
    else:  # adjective: "Russian-backed separatists" -> RUS supports the separatists
        # a time phrase is no doer: "the minister is due in Seoul next week" (the parser
        # hangs "week" on "due"); the predicate adjective's subject is the source then
        src = _opts(h.source_heads) or [
            [c]
            for c in tok.children
            if c.dep_ in ("npadvmod", "compound", "amod", "nmod")
            and c.ent_type_ not in TEMPORAL_ENTS
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
        targets = [tok.head]  # "a Canadian teacher held for a year": the one detained
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
        # "began a mediation effort last week between Ghana and Togo"
        loose += [t for t in _loose_targets(tok.head, p.type) if t != tok]
    mod, why = modality(tok, own=tuple(h.used))
    typ, cameo = p.type, p.cameo
    if p.type == "AGREE" and p.pos == "noun" and reaffirmed_promise(tok) and promised_backing(tok):
        # "reaffirmed its commitment to defend Ruritania": a standing promise told again stands
        # by its beneficiary, no new offer ("stressed its commitment to reform" stays AGREE)
        typ, cameo = "SUPPORT", "052"
    if (
        p.type == "ASSAULT"
        and p.pos == "verb"
        and tok.dep_ == "acl"
        and tok.head.lemma_.lower() in ATTEMPT_NOUNS
        and tok.lemma_.lower() in ATTEMPTED_ACTS
    ):
        cameo = "185"  # "an attempt to assassinate/kill the governor": an assassination attempt
    return Candidate(
        trigger=tok, head=_clause_verb(tok) or tok, type=typ, mode=p.mode, cameo=cameo,
        source_heads=src, target_heads=_no_dateline(targets),
        trigger_tokens=sorted({tok, *h.used, *_aux(tok)}, key=lambda t: t.i), modality=mod,
        nominal=p.pos != "verb", source_from_adjective=adj_source,
        recipient_heads=_recipients(tok) if p.pos == "verb" else [],
        loose_heads=_no_dateline(loose),
        answers=({"REQUEST", "AGREE", "ACCUSE", "THREATEN"} if p.type == "REJECT"
                 else _accepted_offer(tok, h.used)),
        explain={"pattern": p.id, "pattern_text": p.text, "pattern_origin": p.origin,
                 "modality_why": why, **({"agentless": "undergone", "target_required": True}
                                         if p.agentless ==
                                         "undergone" else {}),
                 **({"second_object": h.second_object.i} if h.second_object is not None else {}),
                 **({"joint": True} if p.joint else {})},
    )  # fmt: skip


OBJECT_REQUIRED = word_class("object_required_giving_verbs")  # data/word_classes.yaml
