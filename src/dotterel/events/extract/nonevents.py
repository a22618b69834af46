"""What looks like an event but is not one of its own: the content of an accusation,
demand or offer ("accused the police of using live ammunition"), modal perfects ("should
have sent"), what commentators guess, capacities ("the ability to seize"), the condition of
an if-clause, open questions ("declined to say whether")."""

from __future__ import annotations

from ...syntax import condition_marked, conditions, has_to_aux, is_condition
from ...words import token_in, with_typographic, word_class
from ..match import Hit, joined_in
from ..modality import FUTURE_AUX, POSSIBLE_AUX, conditional_mark, imagined_subject
from .common import REFUSING, REPORTING_VERBS, Candidate, _negated, object_before, promise_verb
from .governed import denied_claim_clause
from .nominal import NAMING
from .subjects import DOCUMENT_NOUNS
from .wrappers import ANSWERABLE_TYPES, CONSEQUENCE_VERBS, THREAT_WORDS, _conditional_act

# Nouns naming a speech act: what they are about is their content, not an event of its own
# ("an appeal to lay down arms", "the demand that Israel ease restrictions").
SPEECH_NOUNS = word_class("speech_act_nouns")  # data/word_classes.yaml
ATTEMPT_NOUNS = word_class("attempt_nouns")  # data/word_classes.yaml
ATTEMPTED_ACTS = word_class("attempted_kill_verbs")  # data/word_classes.yaml


CONTENT_PREPS = word_class("content_preps")  # data/word_classes.yaml


# nouns of a capacity to act ("the power to investigate", "the right to strike")
CAPACITY = word_class("capacity_nouns")  # data/word_classes.yaml


SPECULATORS = word_class("speculator_nouns")  # data/word_classes.yaml
# "some suggest", "others expect" after "Analysts expect ...": the same commentators
SPECULATOR_PRONOUNS = {"some", "others", "many", "most", "few"}
COMMENTATORS = word_class("commentator_nouns")  # data/word_classes.yaml


def _speculator(tok, words=COMMENTATORS) -> bool:
    """A commentator: "analysts", "economists", "Peter Karanja, a political analyst"."""
    if tok.lemma_.lower() in words:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in words for c in tok.children)


ONLOOKERS = word_class("onlooker_nouns")  # data/word_classes.yaml
REGION_WORDS = word_class("region_adjectives")  # data/word_classes.yaml


def _onlooker(tok) -> bool:
    if tok.lemma_.lower() not in ONLOOKERS:
        return False
    return not any(
        c.dep_ in ("amod", "compound", "poss", "nmod")
        and c.ent_type_ in ("NORP", "GPE")
        and c.lower_ not in REGION_WORDS
        for c in tok.children
    )


def _commentator(tok, critics: bool = False) -> bool:
    """Whose guess or verdict on what others did or could do is no act of theirs: a
    commentator ("analysts", "X, a political analyst"), a diplomat of no named country
    ("two Western diplomats said the shooting could have been a clash"), and with
    `critics` a critic ("Critics said X could ban ...": a guess, though a critic's
    criticism is an event). _commentary, which drops whatever commentators report, takes
    only the first."""
    return _speculator(tok, SPECULATORS if critics else COMMENTATORS) or _onlooker(tok)


def _commentary(t) -> bool:
    """What commentators say or expect is no event: "Economists warn that ...", "'The
    government could seek a compromise,' said X, a political analyst", "some suggest the
    government could offer an amnesty" (after "Analysts expect ...")."""
    subj = [c for c in t.children if c.dep_ == "nsubj"]
    if subj and (_speculator(subj[0]) or _unnamed_guess(t, t, subj[0])):
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
            return _unnamed_guess(t, x, subj[0])
    return False


BELIEF_VERBS = word_class("belief_verbs")  # data/word_classes.yaml


def _unnamed_guess(t, verb, subj) -> bool:
    """ "Others think the general could use the crisis to push for control of the bank",
    "Few expect the rebels to attack": a guess by some people the text does not name (a bare
    "others", "some", "few", after "Some analysts believe ...") is speculation, no event;
    what a relative clause on the way tells is stated as fact ("Others expect Tbilisi to lean
    on Beijing, which signed a pact with it in 2023")."""
    if subj.lower_ not in SPECULATOR_PRONOUNS or subj.n_lefts or subj.n_rights:
        return False  # "some of the ministers", "many in the cabinet"
    if verb.lemma_.lower() not in BELIEF_VERBS:
        return False
    x = t
    while x != verb:
        if x.dep_ == "relcl":
            return False
        x = x.head
    return True


# verbs that give or hold a capacity without using it, and verbs that use one
CAPACITY_HOLDING = word_class("capacity_holding_verbs")  # data/word_classes.yaml
CAPACITY_USING = word_class("capacity_using_verbs")


def _granted_capacity(x) -> bool:
    """ "giving the watchdog additional powers to investigate": the parser hangs the
    infinitive on the verb of giving, or on a noun before it; the capacity it names is no
    act."""
    prev = x.doc[x.i - 2] if x.i >= 2 else None
    if (
        prev is not None
        and x.pos_ == "VERB"
        and has_to_aux(x)
        and x.doc[x.i - 1].lower_ == "to"
        and prev.pos_ == "NOUN"
        and prev.lemma_.lower() in CAPACITY
        and prev.head.lemma_.lower() not in CAPACITY_USING
        and x.dep_ in ("relcl", "acl", "xcomp", "advcl", "ccomp")
    ):
        return True  # "additional powers to investigate", however it is parsed
    return (
        x.dep_ in ("xcomp", "advcl", "ccomp")
        and has_to_aux(x)
        and x.head.lemma_.lower() in CAPACITY_HOLDING
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in CAPACITY and x.i - 3 <= c.i < x.i
            for c in x.head.children
        )
    )


def _idle(c: Candidate) -> bool:
    """Things that are not events: "its forces' ability to seize control" (a capacity),
    "fought alongside Ethiopia's army" (allies), "warned that the move would undermine
    diplomacy" (a prediction, not a threat), analysts' guesses ("analysts said Tehran
    could press ...")."""
    t = c.told_at
    for x in [t, *list(t.ancestors)[:3]]:
        if x.dep_ == "acl" and x.head.lemma_.lower() in CAPACITY:
            return True
        if _granted_capacity(x):
            return True
    if _attempted_compulsion(c.trigger):
        return True  # "failed to persuade Moscow to agree to form a body": no agreement
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
        if (
            content
            and not content & THREAT_WORDS
            and not any(_conditional_act(ch) for ch in t.children if ch.dep_ == "ccomp")
        ):
            return True
    if c.modality in ("possible", "hypothetical"):
        # a guess: whose it is is the subject of the nearest verb of saying, past an
        # "expects"/"predicts" of another's, and critics count ("Critics said X could ban
        # ..."); not _commentary's walk, which stops at "expect" and leaves critics alone
        for x in t.ancestors:
            if x.lemma_.lower() in REPORTING_VERBS:
                subj = [s for s in x.children if s.dep_ == "nsubj"]
                if subj and _commentator(subj[0], critics=True):
                    return True
                break
    if _writer_prediction(t) or _writer_advice(c) or _foreseen_consequence(c):
        return True
    if _anonymous_briefing(t):
        return True
    if (
        c.modality == "hypothetical"
        and conditional_mark(c.trigger) == "whether"
        and not (c.explain.get("wrapper") == "consider" and has_to_aux(c.trigger))
    ):
        # "declined to comment on whether Ankara would fight", "will determine whether it
        # helped them": an open question asks if the act happens; it is no event ("is weighing
        # whether to strike if ..." weighs the union's own act: modality.py _deliberated)
        return True
    if not c.wrapped and (_supposed(c.trigger) or _kept_from(c.trigger)):
        return True
    if _measures_taken(c):
        return True
    if _commentary(t):
        return True
    if _identity_clause(t):
        return True
    if _background_role(t, c.type) or _ongoing_activity(c.trigger) or _long_history(t):
        return True
    if _quoted_habit(c):
        return True
    if _popular_vote(c.trigger):
        return True
    if _unrecognised_status(c.trigger):
        return True
    if _gathered_for_other_ends(c):
        return True
    if _cargo_description(c.trigger):
        return True
    if _equipment_unit(c):
        return True
    if c.explain.get("wrapper") == "failure" and c.type == "AGREE" and c.cameo == "030":
        # "the Security Council failed to agree on a statement", "leaders failed to agree on a
        # proposal": a body that did not agree on something did nothing; what it would have
        # agreed is the event, negated, when it is read ("failed to agree on sanctions"), and
        # the bare agreement that names no content is none
        return True
    return False


NON_PROTEST_ENDS = word_class("non_protest_gathering_ends")  # data/word_classes.yaml


def _gathered_for_other_ends(c: Candidate) -> bool:
    """ "Hundreds of people gathered outside the court to hear the verdict", "thousands
    massed outside the palace to celebrate the king's birthday": a crowd whose gathering the
    text gives another end than protest (a purpose clause "to <verb>") is no demonstration;
    "gathered outside the office to demand his release" still is."""
    if c.type != "PROTEST":
        return False
    return any(
        ch.dep_ in ("advcl", "xcomp") and has_to_aux(ch) and ch.lemma_.lower() in NON_PROTEST_ENDS
        for ch in c.trigger.children
    )


STATUS_PASSIVE_VERBS = word_class("status_passive_verbs")  # data/word_classes.yaml


def _unrecognised_status(t) -> bool:
    """ "Transnistria is not recognised by any UN member", "the enclave has not been
    recognised by a single state": a negated passive of recognition in the present or present
    perfect tells the standing status of an entity, not a refusal anyone made, and so does the
    active with "no" for its subject ("no UN member state recognises it"); the simple past ("was
    not recognised by the council") and the active of an actor ("said it did not recognise the
    result") can tell one."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in STATUS_PASSIVE_VERBS:
        return False
    aux = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("VBD", "MD") for a in aux):
        return False
    if _negated(t) and any(a.dep_ == "auxpass" for a in aux):
        return True
    # the active with a subject no one fills: "no UN member state recognises it", "no country
    # has recognised the republic"
    return t.tag_ in ("VBZ", "VBP", "VBN") and any(
        c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in t.children
    )


POPULAR_VOTE_NOUNS = word_class("popular_vote_nouns")  # data/word_classes.yaml
BALLOT_VERBS = word_class("ballot_verbs")  # data/word_classes.yaml


def _popular_vote(t) -> bool:
    """ "Venezuelans approved in a referendum the creation of a new state", "voters rejected
    the plan in a plebiscite": a ballot cast, no event (as an election is none); another act
    told with the vote ("annexed Crimea in a referendum") is still one."""
    return t.pos_ == "VERB" and t.lemma_.lower() in BALLOT_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in POPULAR_VOTE_NOUNS for g in c.children)
        for c in t.children
    )  # fmt: skip


# acts a simple present inside a quote tells as a habit ("They bomb our villages in the
# morning", "they send soldiers, the soldiers stay for a month"), not as one act; a speech
# act in the present is done by saying it ("We condemn the attack") and stays an event
HABIT_TYPES = {"ASSAULT", "MOBILIZE", "COERCE"}
# double quotes only: a lone "'" or "’" may be an apostrophe ("the soldiers’ families")
DOUBLE_QUOTES = {'"', "\u201c", "\u201d"}
NOW_WORDS = word_class("now_words")  # data/word_classes.yaml


def _anonymous_briefing(t) -> bool:
    """ "They spoke on condition of anonymity to discuss relations with Chile": what a
    source tells the reporter about is the purpose of the interview, no act of the story."""
    v = t.head
    return (
        t.dep_ in ("advcl", "xcomp")
        and v.lemma_.lower() in REPORTING_VERBS | {"speak", "talk"}
        and any(
            c.dep_ == "prep" and any(g.lower_ == "anonymity" for g in c.subtree)
            for c in v.children
            if c.i < t.i
        )
    )


def _quoted_habit(c: Candidate) -> bool:
    """A material act in the simple present, without auxiliary, inside a direct quote: what
    someone says the actor does again and again (gold/CODING.md: habitual background)."""
    t = c.trigger
    if c.type not in HABIT_TYPES or c.wrapped or t.pos_ != "VERB" or t.tag_ not in ("VBP", "VBZ"):
        return False
    if any(ch.dep_ in ("aux", "auxpass", "neg") or ch.lower_ in NOW_WORDS for ch in t.children):
        return False  # "they are bombing", "they bomb us now"
    marks = sum(1 for x in t.sent if x.i < t.i and x.text in DOUBLE_QUOTES)
    return marks % 2 == 1


ROLE_VERBS = word_class("role_verbs")  # data/word_classes.yaml
CARGO_VERBS = word_class("cargo_verbs")  # data/word_classes.yaml
SENDING_VERBS = word_class("sending_verbs")  # "sent a ship carrying relief supplies"
# "for years", "a years-long revolt", "a long-running feud": a campaign told as background
SPAN_WORDS = word_class("campaign_span_words")  # data/word_classes.yaml


EQUIPMENT_UNITS = word_class("equipment_unit_modifiers")  # data/word_classes.yaml


def _equipment_unit(c: Candidate) -> bool:
    """ "deployed six desalination units to the island", "sent water purification units": a
    unit named for what it makes or treats is equipment, not a body of troops; moving it is no
    deployment of force."""
    if c.type != "MOBILIZE":
        return False
    return any(
        o.dep_ == "dobj"
        and o.lemma_.lower() == "unit"
        and any(m.dep_ in ("compound", "amod") and m.lower_ in EQUIPMENT_UNITS for m in o.children)
        for o in c.trigger.children
    )


def _cargo_description(v) -> bool:
    """ "fired water cannon at two boats bringing food to the shoal", "rammed a vessel delivering
    fuel to the outpost": an -ing participle of carrying (CARGO_VERBS) on the object of another
    verb says what the vessel or convoy acted on was carrying; it describes that object and is
    no delivery of the story's. Not a convoy told as the doer ("a convoy of trucks carrying
    flour entered the town": the participle is on the subject, or on a noun "of" it), nor the
    vessel a state sends ("sent a navy ship carrying relief supplies": the sending's cargo)."""
    if v.dep_ != "acl" or v.tag_ != "VBG" or v.lemma_.lower() not in CARGO_VERBS:
        return False
    if any(c.dep_ == "nsubj" for c in v.children):
        return False
    n = v.head
    if n.dep_ == "dobj":
        verb = n.head
    elif n.dep_ == "pobj" and n.head.lower_ != "of" and n.head.dep_ == "prep":
        verb = n.head.head
    else:
        return False
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in SENDING_VERBS


def _background_role(t, typ: str = "") -> bool:
    """ "the party backing the bill", "Hezbollah, which is backed by Iran", "the group, which has
    waged a years-long revolt against Ankara", "rebels who have fought the government
    since 2012": a participle or relative clause that says who a party is (a standing role, in
    the present) or what it has long done (a campaign over years) describes it; it is no act of
    the story (gold/CODING.md: descriptions, habitual background)."""
    v = t if t.pos_ in ("VERB", "AUX") else t.head
    if v.pos_ not in ("VERB", "AUX") or (v != t and t.dep_ not in ("dobj", "nsubjpass")):
        return False
    lem = v.lemma_.lower()
    if v.dep_ == "acl" and v.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in v.children):
        return lem in ROLE_VERBS  # "the coalition backing the president"
    if v.dep_ != "relcl" or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in v.children
    ):
        return False
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if v.tag_ == "VBD" or any(a.tag_ in ("VBD", "MD") for a in aux):
        return False  # "which attacked the town", "who had fought", "which will back"
    if lem in ROLE_VERBS and not any(a.tag_ == "VBZ" and a.lemma_ == "have" for a in aux):
        return True  # "which supports the government", "which is backed by Iran"
    perfect = any(a.lemma_ == "have" for a in aux)
    if not perfect:
        return False
    words = [x for x in v.subtree]
    if any(x.lower_ in SPAN_WORDS for x in words):
        return True  # "has led a revolt for decades", "a years-long revolt"
    # "which has been fighting the army since 2023": a war in general (an ongoing backing
    # since a year is still told as one act: "which has backed the president since 2015")
    return typ == "ASSAULT" and any(
        x.lower_ == "since" and any(g.like_num and len(g.text) == 4 for g in x.subtree)
        for x in words
    )


# "have traded accusations for decades": a span longer than a story's events
HISTORY_SPANS = word_class("history_span_words")  # data/word_classes.yaml


def _long_history(t) -> bool:
    """ "the two parties have traded accusations for decades": a present perfect over decades
    tells what has long gone on between them, background to the story, no act of it."""
    if t.pos_ != "VERB" or not any(
        a.dep_ == "aux" and a.lemma_ == "have" and a.tag_ in ("VBP", "VBZ") for a in t.children
    ):
        return False
    # (the parser may hang the span on the object, "traded accusations for decades", or on
    # the verb of the complement, "has accused Egypt of backing rebels for decades")
    heads = [t, *(c for c in t.children if c.dep_ in ("dobj", "xcomp"))]
    heads += [g for c in t.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    return any(
        p.dep_ == "prep"
        and p.lower_ == "for"
        and any(o.lower_ in HISTORY_SPANS for o in p.children)
        for h in heads
        for p in h.children
    )


ACTIVITY_VERBS = word_class("activity_verbs")  # data/word_classes.yaml
TRYING_VERBS = word_class("trying_verbs")  # "which has tried to mediate"


def _ongoing_activity(t) -> bool:
    """ "Oman, which has mediated between the two sides", "China, which has tried to mediate",
    "a mission that has helped the government fight the insurgents": an activity (no end of
    its own) in a present perfect relative clause with no time told is what a party has been
    doing all along, background that describes it (gold/CODING.md: vague or habitual
    background), not an act of the story. A bounded act ("which has funded a radar system",
    "which has fought three wars"), a dated one ("which has hosted talks since March") and the past perfect ("who had fought")
    stay events."""
    if t.pos_ != "VERB":
        return False
    v = t
    for _ in range(2):
        if v.dep_ not in ("xcomp", "ccomp") or v.head.pos_ != "VERB":
            break
        if v.head.lemma_.lower() not in ACTIVITY_VERBS | TRYING_VERBS:
            return False
        v = v.head
    if (
        v.dep_ != "relcl"
        or not ({t.lemma_.lower(), v.lemma_.lower()} & ACTIVITY_VERBS)
        or not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in v.children)
    ):
        return False
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in aux):
        return False  # not the present perfect: "which fought", "who had fought"
    if any(a.tag_ == "MD" for a in aux):
        return False
    if any(o.dep_ == "dobj" and any(n.dep_ == "nummod" for n in o.children) for o in t.children):
        return False  # counted, so bounded: "which has fought three wars against Israel"
    return not any(x.ent_type_ in ("DATE", "TIME") or x.lower_ == "since" for x in v.subtree)


LIKELIHOOD = word_class("likelihood_adjectives")  # data/word_classes.yaml


def _supposed(t) -> bool:
    """ "a full assault on the city would lead to a catastrophe", "a new war could ruin the
    economy": an act imagined (`imagined_subject`) in order to say what it would bring is no
    event; not "an attack could take place on Monday" (whether it happens: modality labels
    it) nor "the strikes could trigger a crisis" (strikes told as real)."""
    verb = imagined_subject(t)
    return verb is not None and verb.lemma_.lower() in CONSEQUENCE_VERBS


SAFE_FROM = word_class("safe_from_words")  # data/word_classes.yaml


WARNED_AGAINST = word_class("warned_against_verbs")  # data/word_classes.yaml


def _kept_from(t) -> bool:
    if t.pos_ != "NOUN" or t.dep_ != "pobj":
        return False
    if t.head.lower_ == "against":
        return t.head.head.lemma_.lower() in WARNED_AGAINST
    return t.head.lower_ == "from" and t.head.head.lemma_.lower() in SAFE_FROM


def _writer_advice(c: Candidate) -> bool:
    """ "Kyiv would be wise to invite observers", "Kyiv would do well to": advice told with an
    adjective or idiom (the "advice" reading of modality) in the writer's own voice, with no
    one in the sentence saying it, is an opinion of what ought to happen, no event
    (gold/CODING.md). Advice someone gives ("X would be wise to withdraw, the minister said")
    stays theirs. Plain "should/must/ought" advice is `_writers_advice`'s, in the sentence
    filter."""
    why = c.explain.get("modality_why", "")
    if c.modality != "hypothetical" or not why.startswith(("advice",)):
        return False
    return not any(x.lemma_.lower() in REPORTING_VERBS for x in c.trigger.sent)


def _writer_prediction(t) -> bool:
    """ "The rebels are hardly likely to attack the officials", "Russia is unlikely to veto
    it": a guess at what another will do (CODING.md: speculation is no event); not the
    speaker's own "we are likely to" nor "the likely attack" (a modifier)."""
    for x in [t, *list(t.ancestors)[:4]]:
        # (and what it tells of inside: "hardly likely to attack officials trying to help";
        # not a relative clause, which states a fact: "unlikely to fly with France, which
        # remains opposed to ...")
        if _predicted(x):
            return True
        if x.dep_ == "relcl":
            break
    return False


FORESEEING_AUX = FUTURE_AUX | POSSIBLE_AUX


def _foreseen_consequence(c: Candidate) -> bool:
    """ "the move could lead to renewed fighting between the two", "a ruling that would spark
    protests": an event foreseen as what something may bring about is a prediction
    (CODING.md: speculation is no event), not an act; "the raid led to clashes" tells them."""
    n = c.trigger
    if c.wrapped:
        return False
    v = n.head
    if not c.nominal:
        # "accepting it would mean bowing to their terms": a gerund the verb takes
        if n.tag_ != "VBG" or n.dep_ not in ("xcomp", "dobj", "ccomp"):
            return False
    elif n.dep_ == "pobj" and v.lower_ in ("to", "in") and v.dep_ == "prep":
        v = v.head
    elif n.dep_ != "dobj":
        return False
    return token_in(v, CONSEQUENCE_VERBS) and any(
        a.dep_ == "aux" and token_in(a, FORESEEING_AUX) for a in v.children
    )


def _predicted(t) -> bool:
    if t.dep_ != "xcomp" or not has_to_aux(t):
        return False
    adj = t.head
    if adj.lower_ not in LIKELIHOOD or adj.dep_ not in ("acomp", "ROOT", "ccomp", "conj"):
        return False
    be = adj.head if adj.dep_ == "acomp" else adj
    subj = [c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not (subj and subj[0].lower_ in ("we", "i"))


def _identity_clause(t) -> bool:
    """ "the movement is the political arm of an outlawed group that has waged a rebellion
    for years": a relative clause on an unnamed group that a predicate introduces says what
    the group is, not an act of someone the story names; "a rebel group that attacked the
    town" as a subject or object is still told as an event."""
    if t.dep_ != "relcl" or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in t.children
    ):
        return False
    n = t.head
    if not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in n.children):
        return False
    if n.ent_type_ or any(
        c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in n.children
    ):
        return False  # "a group called X", "an Isis cell"
    h = n
    if h.dep_ == "pobj" and h.head.lower_ == "of":
        h = h.head.head  # "the armed wing of a terror group"
    if h.dep_ in ("attr", "oprd"):
        return True  # "the militia is (the wing of) a group that ..."
    return h.dep_ == "pobj" and h.head.lower_ == "as" and h.head.head.pos_ == "VERB"


def _measures_taken(c: Candidate) -> bool:
    """ "The coast guard had taken necessary control measures": measures taken are done,
    not a warning of what will be done ("will take necessary measures" is the threat)."""
    t = c.trigger
    if c.type != "THREATEN" or c.wrapped or t.lemma_.lower() != "take" or c.modality != "asserted":
        return False
    aux = {x.lower_ for x in t.children if x.dep_ in ("aux", "auxpass")}
    return t.tag_ in ("VBD", "VBN") and not aux & FUTURE_AUX


UNKNOWING = word_class("unknowing_words")  # data/word_classes.yaml


# "whoever kills", "anyone who attacks": doers that are whoever may do the act
FREE_RELATIVES = {"whoever", "whomever", "whosoever", "whomsoever"}
ANYONE_WORDS = word_class("anyone_words")  # data/word_classes.yaml


def _free_relative(tok) -> bool:
    """ "offered a bounty to whoever kills the commander", "a reward to anyone who attacks the
    post": an act whose doer is whoever may do it is the condition of a reward or a threat,
    not an act of anyone identified. Only in the present or future: "whoever attacked the
    convoy" did attack."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBZ", "VBP", "VB"):
        return False
    if tok.tag_ == "VB" and not any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children
    ):
        return False  # "to attack", "did not attack": no free relative's present
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in FREE_RELATIVES for c in tok.children):
        return True
    if (
        tok.dep_ == "relcl"
        and tok.head.lower_ in ANYONE_WORDS
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in tok.children
        )
    ):
        return True
    if tok.dep_ == "relcl":
        # "will hand over any other children they request", "any help they need": whatever
        # they may do
        heads = [tok.head, *([tok.head.head] if tok.head.dep_ == "conj" else [])]
        if any(
            c.dep_ == "det" and c.lower_ in ("any", "whatever") for h in heads for c in h.children
        ):
            return True
    # the parser's reading of "to whomever kills" as an infinitive "whomever" and a clause
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in FREE_RELATIVES


def _protasis(tok) -> bool:
    """ "If Iran attacks Iraq, Turkey will ...": the condition is no event of its own; the
    conditioned act is coded, labelled hypothetical. So is an act whoever may do
    ("a bounty to whoever kills the commander")."""
    if _free_relative(tok):
        return True
    t = tok
    if (
        t.pos_ in ("NOUN", "PROPN")
        and t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
        and t.head.pos_ in ("VERB", "AUX")
    ):
        t = t.head  # "if he granted them a seat": the noun event's clause is the condition
    for _ in range(4):
        if is_condition(t):
            return True
        if t.dep_ == "advcl" and _future_time_clause(t):
            return True
        if t.dep_ not in ("conj", "xcomp", "ccomp", "aux", "acomp") or t.head == t:
            # ("if the two sides are able to reach agreement": through the adjective)
            return False
        t = t.head
    return False


QUOTE_MARKS = DOUBLE_QUOTES | {"'", "‘", "’"}
OBLIGATION_MODALS = word_class("deontic_aux")  # data/word_classes.yaml


def _clause_of(tok):
    """The verb of the clause an event is told in: a noun's verb ("impose sanctions"), up
    through infinitives, coordination and auxiliaries to the clause that holds its subject."""
    t = tok
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj"):
        t = t.head.head if t.dep_ == "pobj" else t.head
    for _ in range(4):
        if t.dep_ in ("xcomp", "conj", "aux") and t.head != t:
            t = t.head
            continue
        break
    return t


def _direct_question(tok) -> bool:
    """ "Should the EU impose sanctions on Iran?", "Will Russia invade Ukraine this winter?",
    "Is China preparing to attack Taiwan?": a question asks whether an act will happen or
    should; it tells no event. An auxiliary before the clause's subject in a sentence that
    ends with a question mark; a "why/how did" question presupposes the act and is kept, a
    "what/which/who" one that asks for the act's own content or party ("What has Spain asked
    of Morocco?", "Which ships did the navy seize?") tells none: the answer, if any, does."""
    sent = tok.sent
    if not sent.text.rstrip(" \n\"'”’)").endswith("?"):
        return False
    if _auxiliary_opening(sent):
        return True
    v = _clause_of(tok)
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subj:
        return False
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass") and c.i < subj[0].i]
    if not aux:
        return False
    wh = [t for t in sent if t.tag_ in ("WRB", "WP", "WDT", "WP$") and t.i < aux[0].i]
    return aux[0].tag_ == "MD" or not wh or any(_asks_for_a_party(t, v) for t in wh)


def _asks_for_a_party(wh, v) -> bool:
    """The wh-word ("what", "which ships", "whom") is the clause's object or a preposition's
    object in it: what the question asks for is the act's own content or party."""
    if wh.tag_ == "WRB":
        return False
    t = wh if wh.tag_ != "WDT" else wh.head
    for _ in range(3):
        if t.head == v:
            return t.dep_ in ("dobj", "dative", "pobj", "attr", "oprd", "prep", "agent")
        if t.dep_ != "pobj" or t.head == t:
            return False
        t = t.head
    return False


QUESTION_AUX = {"be", "do", "have"}


def _auxiliary_opening(sent) -> bool:
    """ "Are the Americans helping?", "Q: Did the army fire first?": a question that opens
    with its finite auxiliary (after a speaker's label) asks yes or no; the parser may take
    that auxiliary for the main verb and the act for a modifier of the subject."""
    words = [t for t in sent if not t.is_punct or t.text == ":"]
    if len(words) > 2 and words[1].text == ":" and words[0].i == sent.start:
        words = words[2:]  # "Q:", "Interviewer:"
    if not words or words[0].text == ":":
        return False
    first = words[0]
    return first.tag_ == "MD" or (
        first.tag_ in ("VBP", "VBZ", "VBD") and first.lemma_ in QUESTION_AUX
    )


def _writers_advice(tok) -> bool:
    """ "The West must arm Ukraine now.", "Europe should impose sanctions on Russia's banks":
    what the writer says someone should or must do, in the writer's own voice (the main
    clause, no one quoted or reported as saying it, no condition: "if no appeal is allowed,
    Britain must extradite him" is a conditional obligation), is advice, no event."""
    sent = tok.sent
    if any(t.text in QUOTE_MARKS for t in sent):
        return False
    v = _clause_of(tok)
    if v.dep_ != "ROOT" or v.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in v.children):
        return False
    if any(t.lemma_.lower() in REPORTING_VERBS for t in sent if t.pos_ == "VERB"):
        return False  # "Britain should expel the ambassador, the minister said"
    return not conditions(v)


def _unclaimed(tok) -> bool:
    """ "The rebels did not claim the attack", "has not claimed responsibility for the
    attack": a claim not made says nothing of who did it, so the attack is not theirs, nor
    denied; the attack itself is told elsewhere."""
    if tok.lemma_.lower() == "claim" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in tok.children
    ):
        return _negated(tok)  # the claim pattern's own trigger (assault.yaml)
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    v = tok.head
    if tok.dep_ == "pobj" and v.dep_ == "prep" and v.head.lemma_.lower() == "responsibility":
        v = v.head.head  # "claimed responsibility for the attack"
    elif tok.dep_ != "dobj":
        return False
    return v.lemma_.lower() == "claim" and _negated(v)


FUTURE_TIME_MARKS = word_class("future_time_marks")  # data/word_classes.yaml
# "would", contracted too: "she'd withdraw once ..."
_WOULD = with_typographic({"would", "'d"})
_FUTURE_AUX = FUTURE_AUX | _WOULD


def _future_time_clause(clause) -> bool:
    """ "Turkish troops will withdraw once the PKK has disarmed": the disarming is the
    condition of a future act, not a past event. A past verb keeps its event ("will
    resume after the army withdrew"); a pluperfect does too unless the main verb is a
    reported "would", which moves the whole clause back ("said it would lift them once the
    FDLR had been neutralised")."""
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in FUTURE_TIME_MARKS and c.i < clause.i
               for c in clause.children):  # fmt: skip
        return False
    main = clause.head
    for _ in range(3):  # "will begin to withdraw once ...": the future is on the governor
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in main.children):
            break
        if main.dep_ != "xcomp" or main.head == main:
            return False
        main = main.head
    else:
        return False
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if clause.tag_ == "VBD" and not aux or aux & {"was", "were", "did"}:
        return False  # "would pay the families of those killed when police opened fire"
    if "had" in aux:
        return any(c.dep_ == "aux" and c.lower_ in _WOULD for c in main.children)
    return True


QUESTION_HEADS = word_class("question_heads")  # data/word_classes.yaml


def _speculative(tok) -> bool:
    """ "declined to say whether an envoy would travel": an open question, not an event."""
    t = tok
    for _ in range(4):
        marks = [c for c in t.children if c.dep_ == "mark"]
        if any(m.lower_ == "whether" for m in marks) or (
            any(m.lower_ == "if" for m in marks) and t.dep_ == "ccomp"
        ):
            if t.dep_ in ("pcomp", "pobj") and t.head.pos_ == "ADP":
                return t.head.head.lemma_.lower() in QUESTION_HEADS
            return (
                t.head.lemma_.lower() in UNKNOWING
                or t.head.dep_ == "xcomp"
                and t.head.head.lemma_.lower() in REFUSING
            )
        if t.head == t:
            break
        t = t.head
    return False


# gerunds after an accusation that are the accuser's own acts ("..., threatening to respond")
OWN_ACT_GERUNDS = word_class("own_act_gerunds")  # data/word_classes.yaml
# who protests, and the gatherings they hold: their demand is the protest's (CODING.md)
DEMONSTRATOR_NOUNS = word_class("demonstrator_words")  # data/word_classes.yaml
RALLY_NOUNS = word_class("rally_nouns")


# verbs whose "of"/"for" gerund names an act the accuser asserts the accused did ("accused Y
# of shelling Z": Y's ASSAULT too, CODING.md "Reported speech")
ACCUSING_VERBS = word_class("accusing_verbs")  # data/word_classes.yaml
# the acts an accusation names that are coded as done (gold/CODING.md): attacks; other
# conduct accused of ("arming", "violating airspace", "spreading false information",
# "expelling") stays the accusation's content (a MOBILIZE variant added only false events)
ACCUSED_ACT_TYPES = {"ASSAULT"}


def accused_acts(sent, hits: dict[int, Hit]) -> dict[int, object]:
    """The gerunds of asserted accusations in the sentence that name an attack, each
    with the accused who did it ("accused Kyiv of shelling the town": shelling -> Kyiv)."""
    out: dict[int, object] = {}
    for tok in sent:
        h = hits.get(tok.i)
        if h is not None and h.pattern.type == "ACCUSE" and h.pattern.pos == "verb":
            out.update(_accused_acts(tok, hits))
    return out


def _accused(verb) -> list:
    """The accused of an asserted accusation told by `verb` ("accused Kyiv of ...", "Kyiv was
    blamed for ..."); none under a negated, modal or conditional one."""
    if (verb.lemma_.lower() not in ACCUSING_VERBS or _negated(verb)
            or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
            or condition_marked(verb)):  # fmt: skip
        return []
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def accused_of_act(noun):
    """The accused an asserted accusation names as the doer of the act `noun` ("accused
    hackers of a cyber attack that ...", "blamed Moscow for the attack"); None when the noun
    is no accusation's "of"/"for" phrase."""
    p = noun.head
    if noun.dep_ != "pobj" or p.lower_ not in ("of", "for"):
        return None
    # the parser hangs the phrase on the verb or inside the accused's phrase ("hackers
    # working for military intelligence of a cyber attack")
    verb = next((a for a in p.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ != "acl"), None)
    accused = _accused(verb) if verb is not None else []
    if not accused or not (p.head == verb or p.head in accused[0].subtree):
        return None
    return accused[0]


def _accused_acts(verb, hits: dict[int, Hit]) -> dict[int, object]:
    """The gerunds of an asserted accusation that name an attack ("accused Kyiv of
    shelling the town and of bombing the port"), with the accused: coded as the accused's
    own act, asserted; not under a negated or modal accusation ("did not accuse", "would
    accuse"), nor an act itself negated ("accused it of not withdrawing")."""
    accused = _accused(verb)
    if not accused:
        return {}
    out: dict[int, object] = {}
    # the parser hangs the "of" phrase on the verb or on the accused ("accused prison guards
    # of beating inmates")
    for c in (*verb.children, *accused[0].children):
        if c.dep_ != "prep" or c.lower_ not in ("of", "for"):
            continue
        for g in c.children:
            if g.dep_ != "pcomp" or g.tag_ != "VBG":
                continue
            # "of shelling X and beating Y", "of shelling X and of bombing Y"
            gerunds = [g, *(k for x in g.conjuncts
                            for k in ((x,) if x.tag_ == "VBG" else x.children) if k.tag_ == "VBG")]  # fmt: skip
            for x in gerunds:
                h = hits.get(x.i)
                if (h is not None and h.pattern.pos == "verb"
                        and h.pattern.type in ACCUSED_ACT_TYPES and not _negated(x)):  # fmt: skip
                    out[x.i] = accused[0]
    return out


def _demonstrators(n) -> bool:
    """ "protesters", "thousands of demonstrators"."""
    return n.lower_ in DEMONSTRATOR_NOUNS or any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.lower_ in DEMONSTRATOR_NOUNS for g in c.children)
        for c in n.children
    )


def _protesters_demand(tok) -> bool:
    """ "a rally by 300 students demanding a referendum", "protesters demanding his
    resignation marched": a demand told as what the demonstrators want is the protest's own
    (CODING.md: the protesters' demands are not separate REQUESTs); so is a demand others
    join the demonstrators in ("rioted, joining thousands of demonstrators in demanding a
    referendum")."""
    if joined_in(tok):
        return any(c.dep_ == "dobj" and _demonstrators(c) for c in tok.head.head.children)
    if tok.dep_ != "acl" or tok.tag_ != "VBG":
        return False
    n = tok.head
    if _demonstrators(n):  # "thousands of protesters demanding ..."
        return True
    if n.dep_ != "pobj" or n.head.lower_ not in ("by", "of"):
        return False
    by = n.head
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in RALLY_NOUNS
               for t in tok.doc[max(0, by.i - 3) : by.i])  # fmt: skip


def _content_tokens(sent, hits: dict[int, Hit], accused: dict[int, object]) -> set[int]:
    """Tokens inside what an accusation, demand, offer or rejection is about; the attacks
    an accusation names (`accused`, from accused_acts) are acts, not content."""
    out: set[int] = set()
    for tok in sent:
        h = hits.get(tok.i)
        lem = tok.lemma_.lower()
        if h is not None and h.pattern.type == "ACCUSE" and h.pattern.pos == "verb":
            # "accused the police of using live ammunition", "blamed Kyiv for the lack"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in CONTENT_PREPS:
                    out.update(_content(c) - accused.keys())
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
            if h.pattern.cameo.startswith(("114", "115")):
                # "filed a case against Myanmar at the court, accusing it of genocide": the
                # accusation is what the lawsuit says, no second act (nor aimed at the court)
                for g in tok.children:
                    if (g.dep_ == "advcl" and g.tag_ == "VBG" and g.i > tok.i and g.i in hits
                            and hits[g.i].pattern.type == "ACCUSE"):  # fmt: skip
                        out.update(_content(g))
        if (h is not None and h.pattern.type == "SANCTION" and h.pattern.mode == "convict"
                and h.pattern.pos == "verb"):  # fmt: skip
            # "convicted five officers of plotting to kill the president", "were sentenced
            # for conspiring to attack the parliament": the charge, no act of its own (the
            # parser hangs the "of" phrase on the verb, on its object or the object's last conjunct)
            objs = [
                x
                for o in tok.children
                if o.dep_ in ("dobj", "nsubjpass")
                for x in (o, *o.conjuncts)
            ]
            for c in (*tok.children, *(g for o in objs for g in o.children)):
                if c.dep_ == "prep" and c.lower_ in ("of", "for", "over"):
                    if any(g.dep_ == "pcomp" and g.lemma_.lower() in REFUSING for g in c.children):
                        # "sentenced X for refusing to appear before the commission": the
                        # refusal was done (X's REJECT), no charge that may be untrue
                        continue
                    out.update(_content(c))
                elif c.dep_ == "advcl" and has_to_aux(c):
                    # "convicts officers over plot to kill X": the parser's advcl
                    out.update(_content(c))
        if h is not None and h.pattern.type == "REJECT" and h.pattern.pos == "verb":
            out.update(_rejected_proposal_purpose(tok))
        if h is not None and h.pattern.type == "REQUEST" and _protesters_demand(tok):
            out.add(tok.i)
        if tok.pos_ == "VERB" and lem in NAMING:
            # "called the tariffs blackmail", "branded the strike aggression": the name given
            # is a verdict on another's act (the naming's own ACCUSE), no act of its own
            out.update(i for c in tok.children if c.dep_ == "oprd" for i in _content(c))
        if kept_promise(tok):
            out.update(_content(tok))
        if tok.pos_ == "VERB" and lem in CHANT_VERBS:
            # "'the people demand his fall', the crowd chanted": a slogan, no demand
            for c in tok.children:
                if c.dep_ in ("ccomp", "parataxis"):
                    out.update(_content(c))
        if tok.pos_ == "NOUN" and lem in SPEECH_NOUNS:
            # "denied reports that it had turned down an offer": the clause is what the
            # denial denies (a negated act), not the reports' content
            denied = denied_claim_clause(tok)
            for c in tok.children:
                if c == denied:
                    continue
                if c.dep_ == "acl" and lem in ATTEMPT_NOUNS and c.lemma_.lower() in ATTEMPTED_ACTS:
                    continue  # "an attempt to assassinate the governor": an attack (CAMEO 185)
                if _adopted_text_act(tok, c):
                    continue  # "passed a resolution censuring Iran": the board censured Iran
                if c.dep_ in ("acl", "ccomp"):
                    out.update(_content(c))
                elif c.dep_ == "advcl" and has_to_aux(c):
                    out.update(
                        _content(c)
                    )  # "the deadline for Hamas to release": the parser's advcl
                elif c.dep_ == "prep" and c.lower_ in ("of", "for", "to", "on", "that"):
                    out.update(_content(c))
        if tok.i in hits and (_counterfactual(tok) or until_condition(tok)):
            out.add(tok.i)
        if (tok.i in hits and h.pattern.pos == "noun" and tok.dep_ in ("dobj", "nsubjpass")
                and _counterfactual(tok.head)):  # fmt: skip
            # "could not have launched a rescue mission", "should have imposed sanctions":
            # the noun event of a modal perfect did not (or may not) happen either
            out.add(tok.i)
        if tok.i in hits and have_object_infinitive(tok):
            out.add(tok.i)
        if tok.i in hits and _attempted_compulsion(tok):
            out.add(tok.i)
        if (h is not None and h.pattern.type == "PROTEST" and lem == "protest" and tok.dep_ in ("advcl", "xcomp")
                and has_to_aux(tok)
                and tok.head.i in hits and hits[tok.head.i].pattern.type != "PROTEST"):  # fmt: skip
            # "summoned the ambassador to protest", "recalled its envoy to protest against the
            # arrests": the diplomatic act is the protest; no demonstration
            out.add(tok.i)
    return out


CHANT_VERBS = word_class("chant_verbs")  # data/word_classes.yaml
# verbs whose object is an earlier promise, kept or broken
KEEPING_VERBS = word_class("promise_keeping_verbs")  # data/word_classes.yaml


def kept_promise(n) -> bool:
    """ "failed to meet its commitment to the lenders", "has not honoured its pledge to
    withdraw", "reneged on its promise": a promise kept or broken was made before; it is told
    again, no offer or concession now, and what it promised is not done by the telling."""
    v = promise_verb(n)
    return v is not None and v.lemma_.lower() in KEEPING_VERBS


ADOPTING_VERBS = word_class("adopting_verbs")  # data/word_classes.yaml
UNADOPTED_TEXT_WORDS = word_class("unadopted_text_words")  # data/word_classes.yaml


def _adopted_text_act(noun, clause) -> bool:
    """ "adopted a resolution condemning the attack", "passed a motion censuring the
    minister": a text voted through does what its participle says (the voters condemn,
    censure, impose); a draft proposed or vetoed, and a "to" infinitive ("a resolution to
    impose sanctions"), only says what it would do."""
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBG"
        and noun.dep_ in ("dobj", "nsubjpass")
        and noun.head.pos_ in ("VERB", "AUX")
        and noun.head.lemma_.lower() in ADOPTING_VERBS
        and not any(c.lower_ in UNADOPTED_TEXT_WORDS for c in noun.children)
    )


def _rejected_proposal_purpose(verb) -> set[int]:
    """ "vetoed a draft resolution to tighten sanctions", "blocked a motion to suspend the
    talks": the parser may hang the proposal's infinitive on the rejecting verb as its
    purpose; it is what the rejected proposal would have done, no act of the rejecter."""
    out: set[int] = set()
    for g in verb.children:
        if g.dep_ == "advcl" and has_to_aux(g):
            o = object_before(g)
            if o is not None and o.lemma_.lower() in SPEECH_NOUNS:
                out.update(_content(g))
    return out


COMPELLING = word_class("compelling_verbs")  # data/word_classes.yaml
ATTEMPTING = word_class("attempting_verbs")  # data/word_classes.yaml


def _attempted_compulsion(tok) -> bool:
    """ "our units are trying to make them give up", "sought to persuade Iran to release them",
    "had failed to persuade Moscow to agree": what one only tries (or fails) to make another do
    has not been done (what one forced them to do has)."""
    v = tok.head
    return (
        tok.dep_ in ("xcomp", "ccomp")
        and v.lemma_.lower() in COMPELLING
        and any(c.dep_ == "dobj" for c in v.children)
        and v.dep_ in ("xcomp", "advcl")
        and v.head.lemma_.lower() in ATTEMPTING
    )


def have_object_infinitive(tok) -> bool:
    """ "had only themselves to blame", "has nothing to hide", "have a lot to lose": the
    infinitive after "have" and its object says what the object is for, not an obligation
    and no act of anyone's."""
    head = tok.head
    return (
        tok.dep_ in ("xcomp", "relcl", "acl", "advcl")
        and has_to_aux(tok)
        and head.lemma_.lower() == "have"
        and head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "dobj" and c.i < tok.i for c in head.children)
    )


COUNTERFACTUAL_MODALS = {"should", "ought", "could", "would", "might"}


def _counterfactual(tok) -> bool:
    """ "the government should have sent more troops", "could have prevented the attack",
    "would have met him": a modal perfect says what did not (or may not) have happened; it is
    an opinion or a guess, no event ("must have" infers what did happen and is not one)."""
    if tok.tag_ != "VBN":
        return False
    aux = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return "have" in aux and bool(set(aux) & COUNTERFACTUAL_MODALS)


def until_condition(tok) -> bool:
    """ "will keep up the boycott until the minister resigns": the present-tense clause after
    "until" is the condition demanded, not an event ("marched until police dispersed them",
    in the past, did happen). Reported speech moves it into the past under "would" ("said
    it would not allow inspections until the agency condemned the strikes")."""
    if tok.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in ("until", "till") for c in tok.children
    ):
        return False
    if tok.tag_ in ("VBZ", "VBP"):
        return True
    return tok.tag_ == "VBD" and any(
        c.dep_ == "aux" and c.lower_ in _WOULD for c in tok.head.children
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
