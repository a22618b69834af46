"""Modality: did it happen, is it planned, possible, hypothetical or denied?

Negated and hypothetical events are kept and labelled, never turned into asserted ones.
"""

from __future__ import annotations

from ..syntax import conditions, has_to_aux
from ..when import WEEKDAY_NAMES
from ..words import token_in, word_class
from .match import object_relative

PLANNED_AUX = word_class("planned_aux")  # data/word_classes.yaml
# will, shall, 'll, won't ("wo") and would, both apostrophes: a future act, announced or reported
FUTURE_AUX = word_class("future_aux")
POSSIBLE_AUX = word_class("possible_aux")
DEONTIC_AUX = word_class("deontic_aux")  # "should be arrested": an opinion of what ought to happen
ADVICE_ADJ = word_class("advice_adjectives")  # "would be wise to": advice, as "should" is
ADVICE_MODALS = {"would", "should", "might", "could", "will", "may"}
REPORTING = word_class("reporting_verbs")  # data/word_classes.yaml
PLANNED_ADJ = word_class("planned_adjectives")  # data/word_classes.yaml
POSSIBLE_ADJ = word_class("possible_adjectives")
PLANNED_GOVERNORS = word_class("planned_governors")
# "the minister travels to Nairobi on Thursday": a scheduled trip told in the present
SCHEDULED_PRESENT = word_class("scheduled_present_verbs")  # data/word_classes.yaml
FORWARD_TIMES = word_class("forward_time_words")  # data/word_classes.yaml
# the prepositions of a time phrase that can point ahead ("on Thursday", "over the weekend")
AHEAD_PREPS = frozenset({"on", "at", "in", "over", "during", "by"})
POSSIBLE_GOVERNORS = word_class("possible_governors")
CONDITIONED_ACTS = word_class("conditioned_acts")  # data/word_classes.yaml
NEGATING = {"not", "n't", "never", "no", "neither", "nor"}
# verbs whose object event is kept from happening: "to avert a clash between them"
AVERTING = word_class("averting_verbs")  # data/word_classes.yaml
CONDITIONAL_MARKS = {"if", "unless", "whether"}
# "there is no sign that X will talk", "no approach to extradite them": a noun with "no" that
# governs the event denies it; these nouns only say "no" for emphasis ("no doubt that ...")
NO_EMPHATIC = word_class("emphatic_no_nouns")  # data/word_classes.yaml
# "the risk of a war", "clashes are a distinct possibility": the event may happen
RISK_NOUNS = word_class("risk_nouns")  # data/word_classes.yaml
# "our intention is to arrest them": the event is planned
PLAN_NOUNS = word_class("plan_nouns")  # data/word_classes.yaml
# "a commitment to increase its presence", "a pledge to withdraw": a promised act, still to come
PLAN_GOVERNING = word_class("promise_nouns")  # data/word_classes.yaml
# "the refusal to end its backing", "the failure to stop the attacks": the act did not happen
NEG_NOUNS = word_class("refusal_nouns")  # data/word_classes.yaml
# "a statement that it would build a navy": what these nouns report is reported speech
STATEMENT_NOUNS = word_class("statement_nouns")
# "we have to fight", "Syria needs to negotiate": an obligation, not an act
OBLIGATION = word_class("obligation_verbs")  # data/word_classes.yaml
# "did not let up its attacks", "would not hesitate to strike": the negation affirms the act
NEGATION_AFFIRMING = word_class("negation_affirming_verbs")  # data/word_classes.yaml
# governors whose own modality does not pass to the infinitive ("refused to", "denied"...)
NOT_SHARING = word_class("not_sharing_governors")  # data/word_classes.yaml


def modality(
    head, chain: list | None = None, wrapper_modality: str | None = None, own: tuple = ()
) -> tuple[str, str]:
    """(modality, why) for an event whose trigger is `head`; `chain` holds the verbs that
    govern it (wrappers such as "agreed to", "plans to"). `own` are the words of the pattern
    that found it: a "no" word among them ("had nothing to do with", a denial) is the
    event's own meaning, not its negation."""
    chain = chain or []
    clause = [head] + chain
    verb = _clause_verb(head)
    if verb is not None and verb not in clause and _verb_carries_noun(head, verb):
        clause.append(verb)
    for t in list(clause):  # "will travel to Seoul to discuss": the purpose shares "will"
        for g in _purpose_governors(t):
            if g not in clause:
                clause.append(g)
    if (head.dep_ in ("relcl", "acl") and has_to_aux(head)
            and head.head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.head.pos_ in ("VERB", "AUX")
            and head.head.head not in clause):  # fmt: skip
        # "an operation to oust them would be launched if ...": the operation's clause decides
        clause.append(head.head.head)
    if _conditional(head) and not _deliberated(head, chain):
        return "hypothetical", "inside an if/unless clause"
    if _imagined_subject(head):
        return "hypothetical", f"'{head.text}' imagined ('{head.head.text}' with a modal)"
    advice = next((t for t in clause if _advice(t)), None)
    if advice is not None:
        return "hypothetical", f"advice ('{advice.head.text} to')"
    if any(
        c.i < head.i and c.lower_ in ("whoever", "whomever", "whosoever") for c in head.children
    ):
        return "hypothetical", "done by whoever would do it"  # "a reward to whomever kills him"
    for t in clause:  # "If the truce holds, the two sides will resume talks"
        if any(not _conditions_the_content(head, t, c) for c in conditions(t)):
            return "hypothetical", f"under an if/unless condition on '{t.text}'"
    if (
        head.pos_ in ("NOUN", "PROPN")
        and head.dep_ == "dobj"
        and head.head.lemma_.lower() in AVERTING
    ):
        return "negated", f"kept from happening by '{head.head.text}'"  # "to avert a clash"
    if (
        head.pos_ == "VERB"
        and head.dep_ in ("xcomp", "ccomp", "dobj")
        and head.tag_ in ("VBG", "VBN")
        and head.head.lemma_.lower() in AVERTING
        and head.head.i < head.i
        and not has_to_aux(head)
    ):
        # "changed its name to avoid being banned", "avoided arresting the leader": the act
        # the gerund names is kept from happening, as "to avoid arrest" is
        return "negated", f"kept from happening by '{head.head.text}'"
    for (
        t
    ) in clause:  # "signed the deal without consulting Uganda", "without consultation with Kyiv"
        if (
            t.dep_ in ("pcomp", "pobj")
            and t.head.lower_ == "without"
            and t.pos_ in ("VERB", "NOUN")
        ):
            return "negated", f"'without {t.text}'"
    for t in clause:  # "Egypt is yet to offer asylum", "has yet to release them": not done
        if (
            t.dep_ == "xcomp"
            and has_to_aux(t)
            and t.head.lemma_ in ("be", "have")
            and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in t.head.children)
        ):
            return "negated", f"'{t.head.text} yet to' (not done yet)"
    for t in clause:
        if t != head and negation_affirms(t):
            continue  # "did not let up its attacks": the attacks went on
        for c in t.children:
            if c.dep_ == "neg" or (c.lower_ in NEGATING and c.dep_ in ("advmod", "det", "neg")):
                return "negated", f"negation '{c.text}' on '{t.text}'"
            if c.dep_ in ("nsubj", "nsubjpass") and any(
                g.dep_ in ("preconj", "det") and g.lower_ == "neither" for g in c.children
            ):
                return "negated", f"'neither' on the subject of '{t.text}'"  # "Neither X nor Y has"
            if (
                c.dep_ == "advmod"
                and c.lower_ in ("longer", "more")
                and any(g.lower_ == "no" for g in c.children)
            ):
                return "negated", f"'no {c.text}' on '{t.text}'"  # "no longer demand"
            if (
                (c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "dobj" and t.pos_ == "VERB"))
                and _no_noun(c)
                and _no_word(c) not in own
                and t.pos_ != "NOUN"
                and (t == head or t in chain or t.lemma_.lower() in OCCURRENCE)
            ):
                return "negated", f"'{c.text}' denied by 'no'"  # "not a single request was granted"
    for t in clause:  # "it is not a war that Chad can win", "there is no army that could stop them"
        n = t.head
        if (
            t.dep_ == "relcl"
            and n.dep_ == "attr"
            and (
                any(c.dep_ == "neg" for c in n.head.children)
                or any(c.dep_ == "det" and c.lower_ == "no" for c in n.children)
            )
        ):
            return "negated", f"'{n.text}' denied by its clause"
    for (
        t
    ) in clause:  # "were not prepared to fight", "is not willing to talk": the copula's negation
        if t.dep_ == "acomp" and any(c.dep_ == "neg" for c in t.head.children):
            return "negated", f"negation on '{t.head.text} {t.text}'"
    no = _governing_noun(
        head,
        clause[1:],
        lambda n: (
            (_no_noun(n) and n.lemma_.lower() not in NO_EMPHATIC)
            or (n != head and n.lemma_.lower() in NEG_NOUNS)
        ),
    )
    if no is not None:
        return "negated", f"'{no.text}' says no"
    if head.pos_ in ("NOUN", "PROPN"):
        for c in head.children:
            if c.dep_ == "det" and c.lower_ == "no":
                return "negated", "determiner 'no'"
    if wrapper_modality == "planned" and any(
        c.dep_ == "aux" and c.lower_ in ("would", "could", "might") and not _reported(t)
        for t in chain
        for c in t.children
    ):
        return "possible", "a hedged expectation ('would expect', 'might plan')"
    if wrapper_modality and wrapper_modality != "asserted":
        return wrapper_modality, "governing verb"
    anyn = _governing_noun(
        head, clause[1:], lambda n: any(c.dep_ == "det" and c.lower_ == "any" for c in n.children)
    )
    if anyn is not None:
        return "hypothetical", f"'any {anyn.text}'"  # "any use of force would be punished"
    risk = _governing_noun(
        head,
        clause[1:],
        lambda n: token_in(n, RISK_NOUNS),
        skip=set(chain),
    )
    if risk is None and head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ == "be":
        risk = next(
            (c for c in head.head.children if c.dep_ == "attr" and c.lemma_.lower() in RISK_NOUNS),
            None,
        )
    if risk is not None:
        return "possible", f"'{risk.text}'"
    plan = _governing_noun(
        head,
        clause[1:],
        lambda n: n != head and n.lemma_.lower() in PLAN_GOVERNING,
        skip=set(chain),
    )
    if plan is not None:
        return "planned", f"'{plan.text} to'"
    for t in clause:
        # "should be leading condemnation": the parser may hang the modal on the auxiliary "be"
        stacked = [g for x in t.children if x.dep_ in ("aux", "auxpass") and x.lemma_ == "be"
                   for g in x.children if g.dep_ == "aux" and g.tag_ == "MD"]  # fmt: skip
        for c in [*t.children, *stacked]:
            if c.dep_ in ("aux", "auxpass"):
                low = c.lower_
                if low in POSSIBLE_AUX:
                    return "possible", f"modal '{c.text}'"
                if low in PLANNED_AUX:
                    return "planned", f"modal '{c.text}'"
                if low in DEONTIC_AUX:
                    return "hypothetical", f"modal '{c.text}'"
                if low == "would":
                    if _reported(t):
                        return "planned", "'would' in reported speech (future in the past)"
                    return "hypothetical", "modal 'would'"
            if c.dep_ == "aux" and c.lower_ == "to" and t.dep_ == "xcomp":
                gov = t.head
                words = {gov.lemma_.lower(), gov.lower_}
                if words & PLANNED_GOVERNORS:
                    return "planned", f"'{gov.text} to'"
                if words & POSSIBLE_GOVERNORS:
                    return "possible", f"'{gov.text} to'"
                if gov.lemma_.lower() in OBLIGATION and gov.tag_ in ("VBP", "VBZ"):
                    return "hypothetical", f"'{gov.text} to' (an obligation)"
    for t in clause:  # "our intention is to arrest them"
        if (
            t.dep_ == "xcomp"
            and t.head.lemma_ == "be"
            and has_to_aux(t)
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in PLAN_NOUNS for c in t.head.children)
        ):
            return "planned", "'the intention is to'"
        if (
            t == head
            and t.dep_ in ("xcomp", "ccomp")
            and t.head.lemma_ == "be"
            and t.head.tag_ in ("VBZ", "VBP")
            and has_to_aux(t)
            and any(
                c.dep_ == "nsubj"
                and (c.pos_ in ("PROPN", "PRON") or c.lemma_.lower() in ACTOR_SUBJECTS)
                for c in t.head.children
            )
        ):
            # "Under the deal, the government is to release 40 detainees", "Kenya is to send
            # police": an act arranged for the future (not "the aim is to", above)
            return "planned", "'is to' (an arranged act)"
    if head.dep_ == "ROOT" and head.pos_ in ("VERB", "AUX") and has_to_aux(head):
        return "planned", "headline infinitive ('X to visit Y')"
    ahead = next((w for t in clause if (w := _scheduled_present(t)) is not None), None)
    if ahead is not None:
        return "planned", f"present tense with a time ahead ('{ahead}')"
    if head.lemma_.lower() == "due" and head.pos_ == "ADJ" and head.dep_ == "acomp":
        # "Wang is due in New Delhi in December": an arranged arrival (the trigger itself)
        return "planned", "'is due in'"
    if head.lemma_.lower() == "expect" and any(c.dep_ == "auxpass" for c in head.children):
        # "the envoy is expected in Nairobi on Friday": a scheduled arrival, as "is due in"
        return "planned", "'is expected in'"
    # "is set to", "is expected to", "is due to": the adjective/participle governs
    for t in clause:
        if t.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lower_ in PLANNED_GOVERNORS for c in t.children
        ):
            # "the foreign minister is due in Port Sudan on Sunday for talks": an arrival
            # that is scheduled ("is due in", "is expected in")
            return "planned", "'is due in'"
        h = t.head if t.dep_ in ("xcomp", "acomp") else None
        if h is not None and h.lemma_.lower() in PLANNED_GOVERNORS:
            return "planned", f"'{h.text} to'"
        if h is not None and h.lemma_.lower() in POSSIBLE_GOVERNORS:
            return "possible", f"'{h.text} to'"
    if head.pos_ in ("NOUN", "PROPN"):
        for c in head.children:
            if c.dep_ in ("amod", "compound") and c.lower_ in PLANNED_ADJ:
                return "planned", f"'{c.text} {head.text}'"
            if c.dep_ in ("amod", "compound") and c.lower_ in POSSIBLE_ADJ:
                return "possible", f"'{c.text} {head.text}'"
    return "asserted", ""


def _scheduled_present(verb) -> str | None:
    """ "The foreign minister travels to Nairobi on Thursday", "talks resume in Geneva next
    week": a trip, meeting or talks in the simple present with a time that lies ahead is
    scheduled (the time word), else None. The time must point forward ("tomorrow", "next
    week", a weekday), so a headline's present ("Kenya expels envoy") and a habit ("meets
    on Thursdays") stay as they are."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBZ", "VBP"):
        return None
    if verb.lemma_.lower() not in SCHEDULED_PRESENT:
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ in ("npadvmod", "advmod", "tmod"):
            words = list(c.subtree)
        elif c.dep_ == "prep" and c.lower_ in AHEAD_PREPS:
            words = [t for t in c.subtree if t is not c]
        else:
            continue
        for t in words:
            if t.lower_ in FORWARD_TIMES or (t.lower_ in WEEKDAY_NAMES and t.tag_ != "NNPS"):
                return t.text
    return None


def negation_affirms(verb) -> bool:
    """ "did not let up", "would not hesitate to", "never relented": a verb whose negation
    affirms the act it governs (word class negation_affirming_verbs); "let" only with "up",
    "wait" only with a "before" phrase ("did not wait before striking" brings the strike on,
    "did not wait for the UN to impose sanctions" says nothing of the UN's sanctions)."""
    low = verb.lemma_.lower()
    if low not in NEGATION_AFFIRMING:
        return False
    if low == "let":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    if low == "wait":
        return any(c.lower_ == "before" for c in verb.children)
    return True


# subjects of "X is to VERB" that are actors, not an aim or a problem ("the task is to")
ACTOR_SUBJECTS = word_class("actor_subject_nouns")  # data/word_classes.yaml


OCCURRENCE = word_class("occurrence_verbs")  # data/word_classes.yaml


def _conditions_the_content(head, verb, cond) -> bool:
    """ "threatened air strikes unless Syria withdrew", "offered talks if the dispute was
    settled": an if/unless clause after a threat, warning, demand or offer that was made
    conditions the act threatened or offered, not the threat or offer itself. The event must
    be the threat (offer) itself — its verb, or its noun with the verb that carries it ("issued
    a warning ... unless") — and made: a modal on it ("would threaten", "will offer") or the
    condition before it ("If Russia invades, NATO will threaten") keeps the whole hypothetical."""
    if cond.i < verb.i:
        return False
    if not (
        verb == head
        and verb.lemma_.lower() in CONDITIONED_ACTS
        or head.pos_ == "NOUN"
        and head.lemma_.lower() in CONDITIONED_ACTS
        and head.i < cond.i
    ):
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _no_noun(n) -> bool:
    """ "no approach", "not a single request", "no one", "none": a noun that says no."""
    if n.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if n.lower_ in ("none", "nobody", "nothing", "noone"):
        return True
    return any(
        (c.dep_ == "det" and c.lower_ == "no") or (c.dep_ == "neg" and c.i < n.i)
        for c in n.children
    )


def _no_word(n):
    """The word that makes `n` say no: "nothing" itself, or the "no" of "no mediation" (a
    pattern's own noun denied by a "no" the pattern does not hold: "would accept no
    mediation" is not accepting it)."""
    return next((c for c in n.children if (c.dep_ == "det" and c.lower_ == "no")
                 or (c.dep_ == "neg" and c.i < n.i)), n)  # fmt: skip


def _governing_noun(head, starts, test, skip: set | None = None):
    """The first noun above the event that passes `test`, climbing from the event through
    the nouns and clauses that contain it ("no promises of aid", "no sign that Egypt is
    willing to negotiate", "the risk of a war"), but not out of a true relative clause
    ("no country that attacked ...") nor past a verb that has its own subject."""
    start = [head, *starts]
    skip = skip or set()
    seen = set()
    for s in start:
        t = s
        via = None
        for _ in range(6):
            if t.i in seen:
                break
            seen.add(t.i)
            if t.pos_ in ("NOUN", "PROPN", "PRON") and t not in skip and test(t):
                return t
            dep = t.dep_
            if dep == "relcl" and (
                any(c.tag_ in ("WDT", "WP", "WP$") for c in t.children) or object_relative(t)
            ):
                break  # also a contact relative: "a plan the opposition rejected"
            if t != head and t.pos_ in ("NOUN", "PROPN") and via in ("acl", "relcl", "ccomp"):
                break  # "no link to forces backed by X": the backing describes the forces
            via = dep
            if dep in ("pobj", "prep", "acl", "relcl", "xcomp", "acomp", "compound", "pcomp"):
                t = t.head
            elif dep == "advcl" and has_to_aux(t):
                t = t.head  # a purpose: "no sign it will press Syria to negotiate"
            elif dep in ("ccomp",) and t.head.pos_ in ("NOUN", "PROPN"):
                t = t.head
            elif (
                dep in ("dobj", "nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t == head
            ):
                break  # a noun event's own verb is looked at by the clause rules
            else:
                break
    return None


GOING_MANNER = word_class("going_manner_words")  # data/word_classes.yaml


def _verb_carries_noun(noun, verb) -> bool:
    """Whether a noun event shares its clause verb's modality: "will hold talks", "did not
    launch an attack"; but not "said the protests would not succeed" (a claim about the
    protests, which happened)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return True
    if verb.lemma_.lower() == "go" and any(
        c.dep_ == "advmod" and c.lower_ in GOING_MANNER for c in verb.children
    ):
        return False  # "the talks were not going well": how they go, not whether they happen
    if verb.lemma_.lower() in OCCURRENCE:
        return True
    return noun.dep_ in ("dobj", "attr", "oprd", "pobj") and noun.head == verb


def _purpose_governors(tok) -> list:
    out = []
    t = tok
    for _ in range(3):
        if (
            t.dep_ in ("advcl", "xcomp")
            and has_to_aux(t)
            and t.head.pos_ in ("VERB", "AUX")
            and t.head.lemma_.lower() not in NOT_SHARING
        ):
            t = t.head  # "could use the window to press": press shares "could"
            out.append(t)
        elif (
            t.dep_ == "xcomp" and t.head.pos_ == "ADJ" and t.head.dep_ == "acomp" and has_to_aux(t)
        ):
            t = t.head.head  # "will be able to press ahead": press shares "will"
            out.append(t)
        elif (
            t.dep_ == "conj"
            and t.head.pos_ in ("VERB", "AUX")
            and not any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "expl") for c in t.children
            )
            and misattached_speech(t) is None
            and not (
                t.tag_ in ("VBD", "VBZ") and t.head.tag_ == "VB" and t.lower_ != t.lemma_.lower()
            )
        ):
            # "will meet X and sign a deal": the second verb shares "will"; a finite verb
            # cannot ("would not respond ..., and offered talks": "offered" goes with "said"),
            # unless its form is the bare one too ("would deploy troops and put a battalion on
            # standby": the tagger may call "put" past)
            t = t.head
            out.append(t)
        elif (
            t.dep_ == "pcomp"
            and t.tag_ == "VBG"
            and t.head.lower_ == "by"
            and t.head.dep_ == "prep"
            and t.head.head.pos_ in ("VERB", "AUX")
        ):
            # "would not respond by closing its airspace": the means shares "would not"
            t = t.head.head
            out.append(t)
        elif _later_than_a_future(t):
            # "will give them one more week before resuming its attacks": what comes after a
            # future act is future too (a past "waited before attacking" stays told; "will not
            # wait long before striking" neither denies the strike nor tells it done)
            t = t.head.head
            out.append(t)
        else:
            break
    return out


def _later_than_a_future(t) -> bool:
    """ "before resuming", "until launching": a gerund after "before"/"until" whose verb is a
    future ("will", "'ll", "would") and is not negated, or negated with a verb whose
    negation affirms ("will not wait before striking")."""
    v = t.head.head
    return (
        t.dep_ == "pcomp"
        and t.tag_ == "VBG"
        and t.head.lower_ in ("before", "until")
        and t.head.dep_ == "prep"
        and v.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in v.children)
        and (negation_affirms(v) or not any(c.dep_ == "neg" for c in v.children))
    )


SPEECH_CONJ = word_class("conjoined_speech_verbs")


def misattached_speech(v):
    """ "Ruto said that the protests would not succeed and warned that ...": the parser
    hangs the second speech verb on the reported clause; it goes with "said". Returns the
    reporting verb it belongs with, or None."""
    h = v.head
    if (v.dep_ != "conj" or v.lemma_.lower() not in SPEECH_CONJ
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)):  # fmt: skip
        return None
    for _ in range(3):
        # "said the sentence showed that 'no one is above the law' and rejected ...": the
        # reported clause may itself report another ("showed that"); the speaker is the one
        # whose verb opens the chain. "said the group would never disarm 'while a soldier
        # remains' and accused Washington": the parser may hang it on an adverbial clause
        # of the reported one
        if h.dep_ == "advcl" and h.head.dep_ == "ccomp":
            h = h.head
        if h.dep_ != "ccomp":
            return None
        if h.head.lemma_.lower() in REPORTING:
            return h.head
        h = h.head
    return None


def _clause_verb(tok):
    """For a nominal trigger, the verb of its clause (the light verb or predicate)."""
    if tok.pos_ in ("VERB", "AUX"):
        return None
    t = tok
    for _ in range(4):
        if t.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr", "prep"):
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                return t
        else:
            return None
    return None


# an indefinite event noun that a modal clause imagines ("a withdrawal would ...", "any attack
# could ...", "another war might ...")
IMAGINED_DETERMINERS = word_class("imagined_determiners")  # data/word_classes.yaml
IMAGINING_MODALS = word_class("imagining_modals")  # data/word_classes.yaml


def imagined_subject(noun):
    """The verb of a modal clause whose subject is an indefinite event noun, an act imagined
    rather than one that happened ("a Kenyan withdrawal would hand the coast to the
    militants", "any attack on the capital could trigger a war"); None otherwise. Not "the
    protests would not succeed" (protests that did) nor "a meeting between them would have
    filled front pages" (one that did). What the verb says decides the rest: a consequence
    makes it no event (extract/nonevents.py), its happening keeps its modality ("said a
    curfew would take effect on Friday"), anything else makes it hypothetical."""
    verb = noun.head
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if (
        noun.pos_ == "NOUN"
        and noun.dep_ == "nsubj"
        and verb.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "det" and c.lower_ in IMAGINED_DETERMINERS for c in noun.children)
        and aux & IMAGINING_MODALS
        and "have" not in aux
    ):
        return verb
    return None


def _imagined_subject(noun) -> bool:
    """An imagined act (`imagined_subject`) that the clause does not tell happening."""
    verb = imagined_subject(noun)
    return verb is not None and verb.lemma_.lower() not in OCCURRENCE | {"come", "enter"}


def _advice(t) -> bool:
    """An infinitive given as advice: "Kyiv would be wise to invite observers", "would be well
    advised to lift", "would do well to freeze", "it is time for Brussels to act", "let us
    march"."""
    for _ in range(3):  # "would be wise to pass the law and to invite observers"
        if t.dep_ != "conj" or t.head == t:
            break
        t = t.head
    g = t.head
    if (
        t.dep_ in ("ccomp", "xcomp")
        and g.lower_ == "let"
        and g.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "aux") for c in g.children)
    ):
        return True  # an imperative "let": "Let us attack the camps", "let them talk"
    if not has_to_aux(t):
        return False
    if (
        t.dep_ == "xcomp"
        and g.dep_ == "acomp"
        and (g.lower_ in ADVICE_ADJ or g.lemma_.lower() in ADVICE_ADJ)
    ):
        return any(c.dep_ == "aux" and c.lower_ in ADVICE_MODALS for c in g.head.children)
    if t.dep_ == "advcl" and g.lemma_ == "do" and any(c.lower_ == "well" for c in g.children):
        return any(c.dep_ == "aux" and c.lower_ in ADVICE_MODALS for c in g.children)
    return (
        t.dep_ == "relcl"
        and g.lemma_.lower() == "time"
        and g.dep_ == "attr"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in g.head.children)
    )


def _deliberated(head, chain: list) -> bool:
    """ "is weighing whether to stage a strike", "considered whether to expel the envoy": a
    "whether to" the wrapper verb governs is the act weighed (as "weighing staging a strike"),
    no condition; the wrapper gives the modality."""
    return (
        head.head in chain
        and has_to_aux(head)
        and any(c.dep_ == "mark" and c.lower_ == "whether" for c in head.children)
    )


def _conditional(tok) -> bool:
    return conditional_mark(tok) is not None


def conditional_mark(tok) -> str | None:
    """The "if", "unless" or "whether" whose clause `tok` is in (up to the main clause), or
    None."""
    t = tok
    for _ in range(6):
        mark = next(
            (c for c in t.children if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS), None
        )
        if mark is not None:
            return mark.lower_
        if t.dep_ in (
            "advcl",
            "ccomp",
            "xcomp",
            "conj",
            "relcl",
            "acl",
            "dobj",
            "pobj",
            "prep",
            "pcomp",
        ):
            t = t.head
            if t.dep_ == "ROOT" and not any(
                c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in t.children
            ):
                return None
        else:
            return None
    return None


SELF_PRONOUNS = {"it", "they", "he", "she", "we", "i"}


def _reported(tok) -> bool:
    t = tok
    for _ in range(5):
        if (
            t.dep_ == "relcl"
            and t.head.dep_ in ("dobj", "attr", "pobj")
            and t.head.head.pos_ in ("VERB", "AUX", "ADP")
        ):
            t = (
                t.head.head if t.head.head.pos_ != "ADP" else t.head.head.head
            )  # "would build a force that would patrol"
            if t.lemma_.lower() in REPORTING and t.tag_ in ("VBD", "VBN"):
                return True
        elif (
            t.dep_ in ("acl", "ccomp")
            and t.head.pos_ == "NOUN"
            and t.head.lemma_.lower() in STATEMENT_NOUNS
        ):
            return True  # "a statement that it would build a navy"
        elif t.dep_ in ("ccomp", "xcomp", "conj", "advcl") and t.head != t:
            own = any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in SELF_PRONOUNS for c in t.children
            )
            t = t.head
            if t.lemma_.lower() in REPORTING and t.tag_ in ("VBD", "VBN"):
                return True
            if t.lemma_.lower() in REPORTING and t.tag_ in ("VBZ", "VBP") and own:
                return True  # "Hezbollah says it would sever ties with Qatar": the speaker's own intent
        else:
            return False
    return False
