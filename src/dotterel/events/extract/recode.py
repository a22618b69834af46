"""Second looks at a sentence's candidates: an actor's announced future act is a threat or
a promise ("said it would reimpose sanctions"), a negated acceptance a refusal, talks hosted
by a third party a mediation; an act and its purpose ("staged rallies to demand reforms"),
"agreed and signed", and a threat told in an agentless passive ("would be met with fines")
are one event."""

from __future__ import annotations

from ...syntax import climb, first_conjunct, has_to_aux, prep_objects
from ...words import token_in, word_class
from ..lexicon import Lexicon
from ..match import is_passive, lemma
from ..modality import FUTURE_AUX, POSSIBLE_AUX, SELF_PRONOUNS, modality
from .common import (
    HOSTING,
    REFUSING,
    REPORTING_VERBS,
    SUBJECT_DEPS,
    TRUCE_DEAL_HEADS,
    TRUCE_NOUNS,
    Candidate,
    _foreseen_toll,
    _light,
    _negated,
    _no_dateline,
    _opts,
    object_before,
    own_followers,
    truce_taking_effect,
)
from .subjects import COMMANDING, subject_heads
from .targets import _complement_subject, _loose_targets

ACCEPTING = word_class("accepting_verbs")  # data/word_classes.yaml


def _not_ready(t, lex: Lexicon) -> bool:
    """ "is not ready to accept", "was not prepared to hold talks", "is unwilling to accept":
    the verb is the complement of a stated unwillingness, which refuses it (CODING.md: a
    refusal is the speaker's REJECT, as "would not accept" is)."""
    if t.dep_ != "xcomp":
        return False
    ready = t.head
    if ready.lemma_.lower() == "unwilling":
        return True
    return any(
        w.id == "readiness" for w in lex.wrappers.get(lemma(ready, lex), ())
    ) and _ready_negated(ready)


def _ready_negated(ready) -> bool:
    """ "is not ready", "they were not willing": the negation on the adjective or on the copula
    it completes ("there is no sign Egypt is willing to negotiate" doubts, it does not refuse)."""
    return _negated(ready) or (ready.dep_ == "acomp" and _negated(ready.head))


COURT_NOUNS = word_class("court_nouns")  # data/word_classes.yaml
COURT_RULINGS = word_class("court_ruling_verbs")
PETITION_VERBS = word_class("petition_verbs")  # data/word_classes.yaml
CONTESTED_NOUNS = word_class("contested_nouns")  # data/word_classes.yaml


COURT_COUNCILS = word_class("court_council_modifiers")  # data/word_classes.yaml


def _court(x) -> bool:
    """ "the court", "the International Court of Justice", "the ICJ", "the judges", and a
    council that is a court ("the Constitutional Council", not "the Security Council")."""
    if token_in(x, COURT_NOUNS):
        return True
    return x.lemma_.lower() == "council" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in COURT_COUNCILS for c in x.children
    )


def _recode_court_petition(c: Candidate, lex: Lexicon) -> None:
    """ "Ukraine asked the court to rule that Russia had violated the convention", "asked the
    International Court of Justice to order Myanmar to stop the killings": a party seeking a
    ruling against another brings a case (ACCUSE 115, gold/CODING.md: a lawsuit is ACCUSE),
    aimed at the one it wants ruled against (the ruled clause's subject, the one to be
    ordered), not a REQUEST of the court."""
    t = c.told_at
    if c.type != "REQUEST" or lemma(t, lex) not in PETITION_VERBS:
        return
    if not any(x.dep_ in ("dobj", "dative") and _court(x) for x in t.children):
        return
    rulings = [
        x for x in t.children if x.dep_ in ("xcomp", "ccomp") and x.lemma_.lower() in COURT_RULINGS
    ]
    if not rulings:
        return
    r = rulings[0]
    accused = [g for x in r.children if x.dep_ == "ccomp" for g in x.children
               if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ in ("PROPN", "NOUN")]  # fmt: skip
    accused += [
        x for x in r.children if x.dep_ == "dobj" and x.pos_ in ("PROPN", "NOUN") and not _court(x)
    ]
    accused += [g for x in r.children if x.dep_ == "prep" and x.lower_ == "against"
                for g in x.children if g.dep_ == "pobj"]  # fmt: skip
    c.type, c.cameo, c.mode = "ACCUSE", "115", "allege"
    c.recipient_heads = []
    if not accused:
        # "to rule on the ownership of temples along its border with Thailand": the other
        # party of the border or dispute the ruling is about
        accused = [g for x in r.subtree if x.dep_ == "prep" and x.lower_ == "with"
                   and x.head.lemma_.lower() in CONTESTED_NOUNS for g in x.children if g.dep_ == "pobj"]  # fmt: skip
    c.target_heads = accused[:1]
    c.loose_heads = [] if accused else [x for x in _loose_targets(r, "ACCUSE") if not _court(x)]
    c.explain["recoded"] = "a petition for a ruling against another is a lawsuit"


# military de-escalation (CAMEO 087x: withdraw, cease fire, demobilise)
MILITARY_DEESCALATION = "087"


def _court_order(c: Candidate):
    """The court and the ordered party when the event is what a court ordered another to do
    ("a court ordered the army to withdraw", "the judge ordered police to arrest him")."""
    t = c.trigger
    if c.wrapped or c.nominal or t.dep_ != "xcomp":
        return None
    v = t.head
    if v.pos_ != "VERB" or v.lemma_.lower() not in COMMANDING:
        return None
    court = [x for x in v.children if x.dep_ == "nsubj" and _court(x)]
    ordered = [x for x in v.children if x.dep_ == "dobj"]
    if not court or not ordered:
        return None
    return court[0], ordered[0]


def _recode_court_order(c: Candidate, lex: Lexicon) -> None:
    """ "a court ordered the army to withdraw from the village", "the judge ordered troops to
    cease fire": a court commands no army; its order is a demand of the forces (REQUEST,
    coded by the act demanded as the `demand` wrapper codes it), by the court, and the
    withdrawal is not done by the order. What a court orders done to people or property
    (arrests, bans, confiscations, returning seized goods) stays an act of the state, done by
    the order itself: "a court ordered police to arrest the governor" is the court's arrest
    order (COERCE, as an arrest warrant is: gold/CODING.md), not an arrest made by police."""
    order = _court_order(c)
    if order is None:
        return
    court, ordered = order
    if c.type == "COERCE":
        c.source_heads = [[court]]
        c.loose_heads = []
        c.explain["recoded"] = "what a court orders done to people is the court's order"
        return
    demand = next((w for w in lex.wrappers.get("demand", ()) if w.id == "demand"), None)
    if not c.cameo.startswith(MILITARY_DEESCALATION) or demand is None:
        return
    _, spec = demand.spec_for(c.cameo, c.type, c.mode)
    if spec is None:
        return
    c.type, c.cameo, c.mode = spec
    c.source_heads, c.target_heads = [[court]], [ordered]
    c.loose_heads = []
    c.explain["recoded"] = "a court's order to another is a demand of it"


SUMMONED = word_class("summoned_verbs")  # data/word_classes.yaml


def _refused_summons(c: Candidate) -> None:
    """ "refused to appear before a parliamentary commission", "declined to testify before the
    committee": refusing an inquiry's summons is rejecting judicial cooperation (REJECT 1213),
    aimed at the body that summoned."""
    t = c.trigger
    if c.wrapped or c.type != "REJECT" or c.cameo != "120" or t.lemma_.lower() not in REFUSING:
        return
    for x in t.children:
        if x.dep_ == "xcomp" and x.lemma_.lower() in SUMMONED:
            c.cameo, c.mode = "1213", "assist"
            body = [g for p in x.children if p.dep_ == "prep" and p.lower_ == "before"
                    for g in p.children if g.dep_ == "pobj"]  # fmt: skip
            if body and not c.target_heads:
                c.target_heads = body[:1]
            c.explain["recoded"] = "a refused summons is a refusal of judicial cooperation"
            return


def _recode_refusal(c: Candidate, lex: Lexicon) -> None:
    """ "would not accept ultimatums", "did not agree to": a refusal (REJECT); so is an offer
    or a concession one is "not ready" or "not willing" to make."""
    _refused_summons(c)
    t = c.told_at
    refused = _refused_yield(c, lex)
    if (
        refused
        and not c.wrapped
        and c.modality == "negated"
        and _negated(t)
        and any(x.dep_ == "aux" and x.lower_ in FUTURE_AUX for x in t.children)
    ):
        # "said she would not resign", "will not step down": an office holder's refusal of
        # the change in leadership demanded (PLOVER REJECT change, "reject a request for
        # resignation"); "would not release the prisoners", "will not withdraw from the
        # towns": a refusal to yield (REJECT 124x; gold/CODING.md), not a yielding stated not
        # to happen ("has not resigned", "did not withdraw" stay negated); so "will not hand
        # him over" and "would not negotiate with them" refuse cooperation and talks
        c.type, c.cameo, c.mode = refused
        c.modality = "asserted"
        c.answers = {"REQUEST", "ACCUSE"}
        c.explain["recoded"] = "a refusal to yield, cooperate or negotiate is a REJECT"
        return
    if (
        c.wrapped
        and c.explain.get("wrapper") == "readiness"
        and c.modality == "negated"
        and c.type in ("AGREE", "CONCEDE")
        and _ready_negated(c.head)
    ):
        t = c.trigger  # "not willing to meet the demands": the act refused
    elif (
        not (c.modality == "negated" or _negated(t))
        or c.explain.get("pattern") == "ban:not-allow-candidates"
    ):
        return
    elif lemma(t, lex) not in ACCEPTING and not (c.type == "CONCEDE" and not c.wrapped):
        return  # "would not back down on its reforms": refusing to yield is a REJECT too
    c.type, c.cameo, c.mode = "REJECT", "120", None
    # "may not recognise the marriage", "might not accept the deal": a refusal that may come
    hedged = any(x.dep_ == "aux" and x.lower_ in HEDGING_AUX for x in t.children)
    c.modality = (
        "hypothetical" if c.modality == "hypothetical" else "possible" if hedged else "asserted"
    )
    c.answers = {"REQUEST", "AGREE", "THREATEN", "ACCUSE"}
    c.explain["recoded"] = "a negated acceptance is a refusal"


# the yieldings (RETREAT) whose refusal the `refusal` wrapper in wrappers.yaml maps to a
# specific REJECT code: resigning (the coder's 0831 -> 1231) and CAMEO 084-087 (-> 1243-1246,
# "decline to release / ease sanctions / allow international involvement / de-escalate")
RESIGNING = "0831"
REFUSABLE_YIELDS = {"084", "085", "086", "087"}
# a "will not" of negotiating (CONSULT 046: "would not negotiate with the junta") declares a
# refusal (125) as well; a meeting or visit that "will not" take place stays a negated CONSULT
NEGOTIATING = "046"


def _refused_yield(c: Candidate, lex: Lexicon) -> tuple | None:
    """The (type, cameo, mode) of declining the yielding ``c`` codes ("would not resign"
    1231, "would not free them" 1243, "will not withdraw" 1246), the cooperation ("will not
    hand the suspect over" 1213, "will not share its data" 1214) or the negotiation ("would
    not negotiate with them" 125), or None."""
    refusal = lex.wrapper("refusal")
    cameo = c.cameo or ""
    yielding = c.type == "RETREAT" and (cameo == RESIGNING or cameo[:3] in REFUSABLE_YIELDS)
    if refusal is None or not (yielding or c.type == "COOPERATE" or cameo == NEGOTIATING):
        return None
    return refusal.spec_for(cameo, c.type, c.mode)[1]


# modals that leave a refusal open ("may not", "might not"; not "could not", a past inability)
HEDGING_AUX = {"may", "might"}
TALK_NOUNS = word_class("talk_nouns")
TALKS_HELD_VERBS = word_class("talks_held_verbs")  # data/word_classes.yaml
MEETING_PREPS = word_class("gathering_preps")  # data/word_classes.yaml


def _third_party(c: Candidate) -> bool:
    """ "at talks hosted by the Community of Sant'Egidio": the parties met (CONSULT 044,
    third-party), not the host; "talks mediated by the African Union": the AU mediated
    between the parties (045). The parties are whoever the clause says took part, or those
    the talks name: "talks between A and B, hosted by C, opened" (as the subject, only when
    their verb says they took place, with its modality). False
    when the candidate is no event: "will attend a Russian-sponsored conference", "boycotted
    the UN-hosted talks" name the host of talks the clause is not held at (who attends or
    boycotts is coded by that verb; the host is no party, gold/CODING.md)."""
    t = c.trigger
    if c.cameo == "044" and c.mode == "third-party" and t.pos_ == "VERB" and c.target_heads:
        if any(h.conjuncts for h in c.target_heads):
            # "Oman hosted talks between Tehran and Riyadh" (a 044 verb pattern with a slot):
            # the slot's parties met, the subject only hosted them
            c.source_heads, c.target_heads = [list(c.target_heads)], []
            c.explain["third_party"] = f"{t.lemma_} by a third party: the parties are its slot"
        else:
            # "hosted talks between the rivals", "between them": parties told before, which
            # only the mediation rule resolves (the host stays the source of a 045 until the
            # builder has found them: events/builder/build.py _hosted_parties)
            c.cameo, c.mode = "045", None
            c.explain["hosted"] = t.lemma_.lower()
        return True
    kind = HOSTING.get(t.lemma_.lower())
    if kind is None or t.dep_ not in ("acl", "amod") or t.head.lemma_.lower() not in TALK_NOUNS:
        return True  # "talks hosted by X", "UN-brokered talks"
    v, below = t.head, t.head
    for _ in range(5):  # up to the verb whose clause the talks are an adjunct of
        below, v = v, v.head
        if v.pos_ in ("VERB", "AUX") or v.head == v:
            break
    held_at = below.dep_ == "prep" and below.lower_ in MEETING_PREPS
    named = prep_objects(t.head, "prep", "between")[:1]  # "talks between A and B": A (and B)
    held = t.head.dep_ in ("nsubj", "nsubjpass") and _talks_held(v)
    if named and (held_at or held):
        # "Talks between A and B, hosted by C, opened in Almaty": the talks name their own
        # parties, who met (044) or whom C mediated between (045); as the subject, the talks
        # took place as their verb says ("will open next week": planned)
        if held:
            c.modality, c.explain["modality_why"] = modality(v)
        if kind == "044":
            c.type, c.source_heads, c.target_heads = "CONSULT", [named], []
            c.cameo, c.mode, c.loose_heads = "044", "third-party", []
        else:
            c.target_heads, c.cameo, c.mode = named, "045", None
        c.explain["third_party"] = f"{t.lemma_} by a third party: the parties the talks name"
        return True
    if kind == "044" and not held_at:
        return False  # "attended a Russian-sponsored conference": no party meets here
    parties = _no_dateline(subject_heads(v)) if v.pos_ in ("VERB", "AUX") else []
    if not parties:
        return True
    if kind == "044":
        c.type, c.source_heads, c.target_heads = "CONSULT", [parties], []
        c.cameo, c.mode, c.loose_heads = "044", "third-party", []
    else:
        c.target_heads, c.cameo, c.mode = parties, "045", None
    c.explain["third_party"] = (
        f"{t.lemma_} by a third party: the parties are the subject of '{v.text}'"
    )
    return True


def _talks_held(v) -> bool:
    """ "talks ... opened", "were held", "took place": the verb of talks as its subject says
    they took place (word class talks_held_verbs); "were cancelled", "collapsed" do not."""
    low = v.lemma_.lower()
    if low not in TALKS_HELD_VERBS:
        return False
    return low != "take" or any(c.dep_ == "dobj" and c.lower_ == "place" for c in v.children)


def hosts_a_told_meeting(c: Candidate) -> bool:
    """ "a meeting in Jeddah between A and his counterpart B, hosted by C": the parser hangs
    "hosted" on the last party named; C hosted the meeting between A and B that the meeting
    noun codes already (their third-party talks), no visit of C's to B."""
    t = c.trigger
    if c.type != "CONSULT" or t.lemma_.lower() not in HOSTING or t.dep_ != "acl":
        return False
    if not any(k.dep_ == "agent" for k in t.children) or t.head.lemma_.lower() in TALK_NOUNS:
        return False
    x, between = t.head, False
    for _ in range(6):
        if x.dep_ == "pobj" and x.head.lower_ == "between":
            between = True
        if between and x.lemma_.lower() in TALK_NOUNS:
            return True
        if x.dep_ not in ("conj", "appos", "pobj", "prep") or x.head == x:
            return False
        x = x.head
    return False


PURPOSE_TYPES = {"REQUEST", "PROTEST", "ACCUSE", "REJECT"}
GIVING = {"AID", "AGREE", "SUPPORT", "COOPERATE"}


def _absorbs(a: Candidate, b: Candidate) -> bool:
    if a.type == "PROTEST":
        return b.type in PURPOSE_TYPES  # "staged rallies to demand reforms"
    if a.type == "ACCUSE" and a.cameo.startswith("114"):
        # "summoned the ambassador to ask for an explanation", "... to demand an apology":
        # what a summons asks is the summons itself (CODING.md: ACCUSE 114)
        return b.type in ("REQUEST", "ACCUSE")
    if a.type in GIVING:
        return b.type in GIVING  # "will give $15 million to help Bangladesh"
    return a.type == b.type  # "will travel to Seoul to discuss with officials"


def _purposes(cands: list[Candidate]) -> list[Candidate]:
    """An act and its stated purpose are one event: "staged rallies to demand reforms",
    "blocked roads demanding that he be reinstated", "began a hunger strike to protest
    against Sweden's decision", "will travel to Seoul to discuss ...": the purpose can give
    the act its target."""
    drop = set()
    in_order = sorted(cands, key=lambda x: x.trigger.i)  # in reading order: a chain of purposes
    for p in cands:
        if id(p) in drop:
            continue
        anchors = {p.trigger, p.head}
        if p.type == "PROTEST" and p.trigger.pos_ == "NOUN" and p.trigger.dep_ == "pobj":
            # "denied any role in the protests and urged Havana to free the detainees": a
            # protest named inside a phrase is no act of the clause's doer, and what the clause
            # goes on to ask is no purpose of it (not "staged protests and demanded ...")
            anchors.discard(p.head)
            anchors.add(p.trigger)
        if p.type == "PROTEST" and p.trigger.dep_ == "acl":
            anchors.add(p.trigger.head)  # "people protested outside ..., demanding ...": a sibling
        for c in in_order:
            if c is p or id(c) in drop or not _absorbs(p, c):
                continue
            t = c.told_at
            if p.type == "PROTEST" and c.explain.get("pattern", "").endswith(":bare"):
                t = c.trigger  # "..., demanding that the pact be published": the demand itself
            if (
                t.dep_ == "conj"
                and p.type == c.type == "PROTEST"
                and p.mode
                and c.mode
                and p.mode != c.mode
            ):
                continue  # "would hold a rally and would boycott parliament": two protests
            purpose = (
                t.dep_ in ("advcl", "xcomp", "acl") or (t.dep_ == "conj" and p.type == "PROTEST")
            ) and (
                # "called a strike, while the embassy urged restraint": a clause with a
                # subject of its own is another's act, no purpose of this one
                not any(g.dep_ in SUBJECT_DEPS for g in t.children)
            )
            if (
                purpose
                # (or a purpose already taken in: "marched, accusing the government of X and
                # demanding that Y": the second participle is the first one's conjunct)
                and (
                    t.head in anchors
                    # a demand coordinated with a purpose already taken in (an accusation
                    # coordinated with a demand stays its own act: "calling on X to resign and
                    # accusing him of ...")
                    or (t.dep_ == "conj" and t.head in p.trigger_tokens and c.type == "REQUEST")
                    # "rallied, waving flags and demanding that ...": a demand coordinated with
                    # another participle of the protest's clause is the protesters' own
                    or (
                        p.type == "PROTEST"
                        and c.type == "REQUEST"
                        and _protest_participle(t, anchors)
                    )
                )
                and t.i > p.trigger.i
                and (p.type == "PROTEST" or has_to_aux(t))
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


def _protest_participle(t, anchors: set) -> bool:
    """`t` is a conjunct of a participle that hangs on the protest ("marched, chanting
    slogans and demanding ..."): it tells what the marchers did as they marched."""
    if t.dep_ != "conj":
        return False
    first = first_conjunct(t)
    return first.dep_ in ("advcl", "acl") and first.tag_ == "VBG" and first.head in anchors


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


ONLY_FUTURE_THREATS = word_class("only_future_threat_verbs")  # data/word_classes.yaml


def _threats_said(cands: list[Candidate]) -> None:
    """ "The minister said any further protest would be met with fines and detention": a
    threat told in an agentless passive of what will be done is made by whoever says it, in
    the saying (a past "the protest was met with fines" tells no threat and gets no speaker)."""
    drop = set()
    for c in cands:
        v = c.trigger
        future = any(g.dep_ == "aux" and g.lower_ in FUTURE_AUX for g in v.children)
        if (
            c.type == "THREATEN"
            and v.lemma_.lower() in ONLY_FUTURE_THREATS
            and (not future or _negated(v))
        ):
            # "the march was met with arrests": the arrests were made, no threat; "protests
            # won't be met with fines": a penalty ruled out, no threat either
            drop.add(id(c))
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


def _rallied_acts(cands: list[Candidate], lex: Lexicon) -> None:
    """ "the opposition called on its supporters to march on Tuesday", "urged its members to
    stage protests": what a body calls its own people to do is its own planned protest (the
    call itself demands nothing of anyone, builder/build.py)."""
    for r in cands:
        if r.type != "REQUEST" or not r.source_heads or not r.target_heads:
            continue
        if not all(own_followers(t) for t in r.target_heads):
            continue
        why = f"called for by its organisers ('{r.head.text if r.wrapped else r.trigger.text}')"
        if r.wrapped and r.explain.get("inner_type") == "PROTEST":
            # "urged its supporters to stage protests": the appeal's content, the body's own
            p = next((p for p in lex.patterns if p.id == r.explain.get("pattern")), None)
            if p is not None:
                r.type, r.cameo, r.mode = p.type, p.cameo, p.mode
                r.target_heads, r.loose_heads, r.modality = [], [], "planned"
                r.explain["modality_why"] = why
            continue
        for c in cands:
            # "called on their supporters to march": the march, told apart, has no doer
            if (
                c.type == "PROTEST"
                and not c.source_heads
                and c.trigger.i > r.target_heads[0].i
                and c.trigger in r.trigger.subtree
            ):
                c.source_heads = r.source_heads
                c.modality = "planned"
                c.explain["modality_why"] = why


NAMED_TARGET_NOUNS = word_class("named_target_nouns")  # data/word_classes.yaml
# participles that name a thing's owner: "ships linked to Israel", "bases used by US troops"
OWNING = word_class("owning_participles")  # data/word_classes.yaml


def _named_targets(cands: list[Candidate]) -> None:
    """ "The commander said any ship linked to Israel will be a legitimate target": naming
    something a target threatens it, a threat made by whoever says so and aimed at what is
    named (the copula's subject) or its owner. Told of the past ("the depot was a legitimate
    target") it justifies a strike; with no speaker it is the writer's: no threat."""
    drop = set()
    for c in cands:
        n = c.trigger
        if c.type != "THREATEN" or not c.nominal or n.lemma_.lower() not in NAMED_TARGET_NOUNS:
            continue
        cop = n.head
        said = cop.head if cop.dep_ in ("ccomp", "parataxis") else None
        past = cop.tag_ == "VBD" and not any(
            g.dep_ == "aux" and g.lower_ in FUTURE_AUX for g in cop.children
        )
        if n.dep_ != "attr" or said is None or said.lemma_.lower() not in REPORTING_VERBS or past:
            drop.add(id(c))
            continue
        c.source_heads = _opts(_no_dateline(subject_heads(said)))
        named = [g for g in cop.children if g.dep_ == "nsubj"]
        owners = [x for g in named for a in g.children if a.dep_ == "acl" and a.lemma_.lower() in OWNING
                  for p in a.children if p.dep_ in ("prep", "agent") for x in p.children if x.dep_ == "pobj"]  # fmt: skip
        c.target_heads = owners or named  # "any ship linked to Israel": Israel
        c.modality = "asserted"
        c.explain["modality_why"] = f"the threat is made in the saying ('{said.text}')"
    cands[:] = [c for c in cands if id(c) not in drop]


# what a state closes at its border (data/word_classes.yaml, as builder/counterparty.py)
CLOSED_FRONTIERS = word_class("frontier_nouns") | word_class("frontier_post_nouns")
COMMERCE_LIMITS = word_class("closed_to_commerce_words")  # data/word_classes.yaml


def _frontiers_closed(c: Candidate) -> list:
    """The frontier words a closure closes ("close its border", "shut the border crossings"):
    its object or the noun's "of" phrase headed by, or compounded with, a frontier word;
    empty when it closes no border, crossing or airspace."""
    t = c.trigger
    things = [g for g in t.children if g.dep_ in ("dobj", "nsubjpass")] + prep_objects(
        t, "prep", "of"
    )
    return [
        x
        for x in things
        if x.lemma_.lower() in CLOSED_FRONTIERS
        or any(m.dep_ == "compound" and m.lemma_.lower() in CLOSED_FRONTIERS for m in x.children)
    ]


def _commerce_limit(t):
    """The phrase that limits a closure to commerce: "to trade", "to freight traffic" (a
    "to" phrase, or the infinitive the parser reads in "to trade" / "to freight traffic"),
    else None."""
    for g in t.children:
        if g.dep_ == "prep" and g.lower_ == "to":
            objs = [x for x in g.children if x.dep_ == "pobj"]
        elif g.dep_ in ("advcl", "xcomp", "acl") and has_to_aux(g):  # "to commercial traffic" too
            # ("the closure of its border to trade": the parser hangs the infinitive on the noun)
            objs = [g]
        else:
            continue
        for x in objs:
            mods = [m for m in x.children if m.dep_ in ("compound", "amod")]
            if x.lemma_.lower() in COMMERCE_LIMITS or (
                x.lemma_.lower() == "traffic"
                and any(m.lemma_.lower() in COMMERCE_LIMITS for m in mods)
            ):
                return x
    return None


def _closed_to_commerce(cands: list[Candidate]) -> None:
    """ "closed its border with Belarus to freight traffic", "said it would close its border
    with Rwanda to trade": a border or crossing closure the text limits to commerce cuts
    trade with the neighbour, SANCTION `discontinue` 160, not a restriction of movement
    (COERCE 191); gold/CODING.md "Closing a border or a crossing". The parser often reads
    "to trade" as an infinitive: that verb is no act of its own (no COOPERATE 'trade')."""
    limits = set()
    for c in cands:
        closed = _frontiers_closed(c) if c.type == "COERCE" and c.cameo == "191" else []
        if not closed:
            continue
        # "the closure of the crossing to freight traffic": the limit may hang on the thing
        # closed rather than on the closing word, or ("announced the closure of its border to
        # trade") on the verb whose object the closure is, after it
        holders = [c.trigger, *closed]
        if c.trigger.pos_ == "NOUN" and c.trigger.dep_ == "dobj":
            holders.append(c.trigger.head)
        lim = next(
            (
                x
                for x in (_commerce_limit(t) for t in holders)
                if x is not None and x.i > c.trigger.i
            ),
            None,
        )
        if lim is None:
            continue
        c.type, c.cameo, c.mode = "SANCTION", "160", "discontinue"
        c.explain["recoded"] = f"a closure limited to commerce ('to {lim.text}') cuts trade"
        if lim.dep_ in ("advcl", "xcomp", "acl"):
            limits.add(lim.i)
    cands[:] = [c for c in cands if c.trigger.i not in limits]


# the `plan` wrapper's verbs of an actor's own plan ("plans to") and of a timetable ("is due
# to"): data/word_classes.yaml, which the wrapper reads too
OWN_PLAN_WORDS = word_class("own_plan_words")
SCHEDULING = word_class("scheduling_words")
RESUMING = word_class("resuming_verbs")  # data/word_classes.yaml
LAW_NOUNS = word_class("law_nouns")  # data/word_classes.yaml
# acts that, announced on a condition ("unless", "if ... not"), are threats
UNLESS_THREATS = ("SANCTION", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE")


def _recode_announced(c: Candidate, lex: Lexicon) -> None:
    """An actor's own announced future act is a threat or a promise (PLOVER): "said it
    would reimpose sanctions unless ..." is a THREATEN (with no condition, a planned SANCTION), "will give $15 million" an AGREE, "France would
    pull its forces out" a CONCEDE; "will withdraw ... unless" a THREATEN."""
    why = c.explain.get("modality_why", "")
    if not c.wrapped and not c.source_heads and _foreseen_toll(c.trigger):
        return  # "warned that thousands could be killed": a toll foreseen, no one's threat
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
    if (
        c.nominal
        and c.explain.get("wrapper") in ("aspect", "consider")
        and c.trigger.dep_ == "dobj"
        and c.trigger.head == c.head
        and c.head.pos_ == "VERB"
        and _under_condition(c.trigger, ("unless", "if"))
    ):
        # "will renew their bombing campaign unless the army withdraws", "are considering a
        # strike unless pay rises": the act resumed or weighed on a condition is the subject's
        # own, held over the other side, as a light verb's noun is
        verbal = True
    anchor = c.trigger.head if c.nominal else c.trigger
    if (
        c.type in ("SANCTION", "COERCE")
        and c.head is not None
        and c.head != anchor
        and c.head.lemma_.lower() in DECIDING
        and anchor.dep_ == "ccomp"
        and not _under_condition(c.trigger, ("unless", "if"))
    ):
        # "it was decided that Ghana would expel the ambassador": a measure decided is taken,
        # as "decided to expel" is, not a threat held over anyone
        c.modality = "asserted"
        c.explain["modality_why"] = f"decided ('{c.head.text} that ... would')"
        return
    considered = c.explain.get("wrapper") == "consider"  # "would consider annexing parts of ..."
    # "would consider annexing" raises the act as a threat; "was considering recalling its
    # ambassador" reports a deliberation, the act itself hedged (gold/CODING.md: an actor's
    # own hedged intention is coded with modality possible)
    weighed_aloud = (
        considered and c.head is not None and _has_aux(c.head, FUTURE_AUX | POSSIBLE_AUX)
    )
    hedged = why.startswith(("modal 'could'", "modal 'may'", "modal 'might'"))
    in_law = anchor.dep_ == "relcl" and anchor.head.lemma_.lower() in LAW_NOUNS
    if in_law and c.type == "COERCE" and c.modality != "negated" and _enacted(anchor.head):
        # "parliament passed a law that would ban foreign-funded media": what an enacted law
        # does is done by those who enacted it (a bill still debated stays a threat, below)
        c.modality = "asserted"
        c.explain["modality_why"] = f"what the law '{anchor.head.head.text}' does is done"
        return
    if (
        c.modality == "possible"
        and verbal
        and c.type in ("SANCTION", "COERCE", "ASSAULT")
        and (
            (hedged or weighed_aloud)
            and _reported_by_actor(c.head if c.wrapped else anchor)
            or (hedged and in_law)
        )
    ):
        # (and "is drafting a law that could bar opposition leaders": what the actor's
        # own law may do is a threat as much as what it would do)
        # "Bangladesh could break off ties with India, an official said", "Turkey could launch a
        # ground operation at any time": a possibility an actor raises of its own coercion is
        # a threat (PLOVER); analysts' guesses are dropped before this (_idle)
        c.modality = "planned"
        why = "modal 'will' (" + why + ", raised by the actor)"
        c.explain["modality_why"] = why
    if (
        c.type == "RETREAT"
        and c.modality == "asserted"
        and verbal
        and _announced_ongoing(c.trigger)
    ):
        # "announced that he was pulling the troops out", "the announcement that it was
        # withdrawing its forces": a withdrawal announced as under way is decided, not done
        # (gold/CODING.md: promised withdrawals are CONCEDE, implemented ones RETREAT)
        c.modality = "planned"
        why = "'was V-ing' announced (future in the past)"
    unless = _under_condition(c.trigger, ("unless",))
    if c.modality not in ("planned", "hypothetical") or not verbal:
        if not (c.modality == "possible" and verbal and c.type in UNLESS_THREATS and unless):
            return
        # "are considering a strike unless a deal is reached": an act held over the other
        # side until it gives way is a threat, however hedged
        why = "modal 'will' (" + why + ", unless)"
    if why.startswith("under an if/unless condition") and _aux_will(c.told_at):
        why = "modal 'will' (" + why + ")"
    elif why.startswith("under an if/unless condition") and verbal and _held_over(c, considered):
        # "could cut ties with Peru if Lima signs the pact, an official said", "are
        # considering blocking roads if the law is not withdrawn", "intends to detain
        # reporters if they publish": a coercive act the actor itself raises, weighs or
        # plans on a condition is held over the other side, a threat (as "would ... if")
        why = "modal 'will' (" + why + ", raised on a condition)"
    elif why.startswith("under an if/unless condition") and verbal and unless:
        if considered and c.type in UNLESS_THREATS:
            # "are considering going on strike unless pay rises": the unless clause makes the
            # act hypothetical, not possible, but it is held over the other side all the same
            why = "modal 'will' (" + why + ", considered unless)"
        elif (
            c.nominal
            and c.type in ("COERCE", "SANCTION")
            and c.trigger.head.lemma_.lower() in ORDERING
        ):
            # "ordered the arrest of the journalists unless they retract the report": an
            # order that takes effect unless the other side gives way is held over it, a threat
            why = "modal 'will' (" + why + ", ordered unless)"
    if (
        why.startswith(("'plan", "'intend", "governing verb", "'prepar", "'poised", "'gear"))
        and c.type in ("SANCTION", "COERCE")
        and c.explain.get("wrapper") in ("plan", "preparation")
        and not (c.head is not None and c.head.lemma_.lower() in SCHEDULING)
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
        # "Bolivia announced a plan to invade Tonga": an attack the actor itself announces
        # is a threat (a plan reported by others, "Bolivia plans to invade", stays planned)
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
        if any(_court(x) for x in subject_heads(v.head)) and not _under_condition(
            v, ("unless", "if")
        ):
            # "the judge said the assets would be confiscated": what a court says will be done
            # is its ruling, a planned act of its own, not a threat held over anyone
            c.explain["recoded"] = "what a court says will be done is its ruling"
            return
    arranged = why.startswith("'is to'") and c.type == "RETREAT"  # "the government is to release"
    if not arranged and not why.startswith(
        (
            "modal 'will'",
            "modal 'would'",
            "modal ''ll'",
            "modal 'shall'",
            "'would' in",
            "'was V-ing'",
        )
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
        and not conditional
        and "raised by the actor" not in why
        and "a plan announced" not in why
        and not considered
    ):
        # "would pull out of the agreement", "said it would blacklist eight more people next
        # week", "will close its border to trade from Monday": a sanction announced with no
        # condition is a planned sanction (gold/CODING.md); held over someone on a condition
        # ("would reimpose sanctions unless ..."), raised as a possibility ("could cut ties"),
        # weighed ("would consider sanctions") or an intention ("plans to impose
        # restrictions"), it is a threat. (Marked announced: told of another party by the
        # speaker, it is a prediction, vetoes._foretold_of_another.)
        c.explain["recoded"] = f"an announced future act is a planned SANCTION ({why})"
        return
    if (
        c.type == "COERCE"
        and c.cameo == "191"
        and not conditional
        and "raised by the actor" not in why
        and "a plan announced" not in why
        and not considered
        and _frontiers_closed(c)
    ):
        # "said it would close its border with Togo from Monday", "will shut the crossings
        # next week": a closure announced with no condition is a planned COERCE 191, as an
        # announced sanction is (gold/CODING.md "Closing a border or a crossing"); on a
        # condition ("unless", "if"), raised or weighed, it is a threat held over the neighbour
        c.explain["recoded"] = f"an announced closure is a planned COERCE ({why})"
        return
    own = _says_of_itself(c.trigger) and not _negated(c.trigger)  # said of the speaker itself
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
    elif (
        c.type == "AID"
        and lemma(c.trigger.head, lex) in RESUMING
        and c.explain.get("wrapper") == "aspect"
    ):
        # "said it would resume food distributions in the town on Wednesday": an aid
        # operation restarted is the one already run, scheduled again, not a new pledge; it
        # stays planned AID
        return
    elif c.type in ("AID", "SUPPORT") and not conditional:
        target_type, wid = "AGREE", "intent"
    elif c.type == "COOPERATE" and c.cameo == "061" and not conditional and own:
        # "Hungary said it would send crude to Serbia", "said it would invest $2 billion in
        # Kenya": economic cooperation the speaker announces of itself is its promise (AGREE
        # 0311, as "was ready to send crude" is); what a deal's terms foresee ("under the deal
        # Turkey will supply power") and a scheduled joint exercise stay planned COOPERATE
        target_type, wid = "AGREE", "intent"
    elif (
        c.type == "ACCUSE"
        and c.cameo == "115"
        and conditional
        and (own or _says_of_its_own(c.trigger))
    ):
        # "said his party would challenge the law in the Supreme Court if it was not put to a
        # vote": legal action the speaker holds over another on a condition is a threat, as an
        # announced sanction is (one THREATEN, its content not coded as well)
        target_type, wid = "THREATEN", "threat"
    elif (
        c.type == "REQUEST"
        and c.cameo == "022"
        and conditional
        and (own or _told_by_a_subject(c.trigger))
        and _to_igo(c)
    ):
        # "said it would take the matter to the U.N. Security Council if India did not act",
        # "would raise the killings at the Human Rights Council if New Delhi failed to act": a
        # complaint to an international body held over another on a condition is a threat,
        # as legal action so held is (one THREATEN, its content not coded as well), aimed at
        # the one its condition asks to act (builder _threat_condition_refines), not the body
        target_type, wid = "THREATEN", "threat"
    elif c.type == "REJECT" and c.cameo == "129" and conditional and own:
        # "said he would veto the package unless the Commission dropped its plan": a veto the
        # speaker holds over others until they give way is a threat (THREATEN 130, as "warned
        # he would veto any budget that cut pensions" is), its content not coded as well
        target_type, wid = "THREATEN", "threat"
    elif c.type == "CONSULT" and conditional == "if" and own:
        # "said they would meet the envoy if he granted them a seat": a stated willingness to
        # meet on a condition is an offer (AGREE 036), not a meeting
        target_type, wid = "AGREE", "intent"
    if c.type == "AGREE" and not conditional and not c.wrapped and own:
        # "the president said he would invite rebel leaders for talks": the offer is made
        # when it is said (gold/CODING.md: an offer or promise is an event of the speaker)
        c.modality = "asserted"
        c.explain["modality_why"] = "an offer announced (said it would)"
        return
    # (the second verb of "said it would file a complaint and would consider countermeasures
    # if ..." shares the first one's subject)
    shared = (c.trigger.dep_ == "conj" and c.trigger.head.pos_ == "VERB"
              and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.trigger.children)
              and _says_of_itself(c.trigger.head))  # fmt: skip
    if (
        c.type == "THREATEN"
        and conditional
        and not c.wrapped
        and (own or shared or _told_by_a_subject(c.trigger))
    ):
        # "said it would take countermeasures if the EU went ahead", "would take all
        # necessary measures if ...": a threat is made when it is said, whatever its tense
        # or condition (gold/CODING.md: threats are asserted), as "would retaliate if" is;
        # also when the speaker names the threatening state ("the ministry said Beijing would
        # take countermeasures if Tokyo did not lift the ban")
        c.modality = "asserted"
        c.explain["modality_why"] = "a threat is made when it is said"
        return
    if target_type is None:
        return
    w = lex.wrapper(wid)
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


DECISION_NOUNS = word_class("decision_nouns")  # data/word_classes.yaml
# "decided to withdraw", "opted to pull the troops out"
DECIDING = word_class("withdrawal_deciding_verbs")  # data/word_classes.yaml


# a troop withdrawal (0872), a release of people (0841), a truce declared (0871): decided,
# they are promised (gold/CODING.md)
DECIDED_CONCESSIONS = frozenset({"0872", "0841", "0871"})


def _recode_decided(c: Candidate) -> None:
    """ "the president's decision to withdraw the troops", "decided to pull the troops out",
    "the junta decided to release 20 students": a troop withdrawal, release or truce decided is
    promised, not yet done (CODING.md: a promised or decided future withdrawal, release or
    ceasefire is CONCEDE, the implemented one RETREAT); other acts decided keep their type ("the
    decision to impose sanctions", "the militia's decision today to lay down its arms")."""
    if c.type != "RETREAT" or c.cameo not in DECIDED_CONCESSIONS or c.modality != "asserted":
        return
    if not (_decision_noun_act(c) or _decided_act(c)):
        return
    c.explain.setdefault("inner_type", c.type)
    c.type, c.cameo, c.mode = "CONCEDE", "080", None
    c.explain["recoded"] = "a withdrawal, release or truce decided is a promise of it (CONCEDE)"


DEAL_NOUNS = TRUCE_DEAL_HEADS  # deal nouns other than the truce words (common.py)


def _recode_agreed(c: Candidate) -> None:
    """ "a deal to extend their ceasefire by six months", "an agreement to pull the troops
    back": a de-escalation a deal provides for is agreed, not yet done (CODING.md: an agreed
    future ceasefire, withdrawal or release is CONCEDE, the implemented act RETREAT). The
    parser may hang the infinitive on the verb whose object the deal is ("reached a deal to
    extend the truce")."""
    t = c.trigger
    if c.type != "RETREAT" or c.modality != "asserted" or c.wrapped or c.nominal:
        return
    if not has_to_aux(t):
        return
    deal = t.head if t.dep_ == "acl" else None
    if t.dep_ == "advcl":
        deal = object_before(t)
    if deal is None or deal.pos_ != "NOUN" or deal.lemma_.lower() not in DEAL_NOUNS:
        return
    c.explain.setdefault("inner_type", c.type)
    c.type, c.cameo, c.mode = "CONCEDE", "080", None
    c.explain["recoded"] = "a de-escalation a deal provides for is agreed (CONCEDE)"


def _recode_truce_in_effect(c: Candidate) -> None:
    """ "the ceasefire deal between A and B took effect", "the truce agreement came into force":
    a deal for a truce told taking effect is the truce implemented (CODING.md: the agreed
    ceasefire is CONCEDE, the implemented one RETREAT), not a deal agreed; its parties are
    found by the builder (common.truce_makers)."""
    t = c.trigger
    if not c.nominal or c.wrapped or c.modality != "asserted":
        return
    if not ((c.type == "CONCEDE" and c.cameo == "0356") or c.type == "AGREE"):
        return
    if c.type == "AGREE" and not (
        # "a ceasefire deal between A and B" read with "deal" as the trigger (AGREE 030)
        t.lemma_.lower() in TRUCE_DEAL_HEADS
        and t.i > 0
        and t.doc[t.i - 1].lemma_.lower() in TRUCE_NOUNS
    ):
        return
    if not truce_taking_effect(t):
        return
    c.explain.setdefault("inner_type", c.type)
    c.type, c.cameo, c.mode = "RETREAT", "0871", "ceasefire"
    c.source_heads, c.target_heads = [], []
    c.explain["recoded"] = "a truce deal told taking effect is the truce implemented (RETREAT)"


def _decision_noun_act(c: Candidate) -> bool:
    """ "the decision to withdraw the troops": the act is a decision noun's "to" clause."""
    t = c.trigger
    return (
        not c.wrapped
        and not c.nominal
        and t.dep_ == "acl"
        and t.head.lemma_.lower() in DECISION_NOUNS
        and has_to_aux(t)
    )


def _decided_act(c: Candidate) -> bool:
    """ "decided to withdraw the troops", "opted to pull its forces out" (also "decided to
    change course and withdraw ..."): the act a verb of deciding governs. ("announced the
    withdrawal", "ordered the withdrawal" stay RETREAT: an order or announcement may start the
    withdrawal itself, and PLOVER's story labels read them so.)"""
    if c.nominal:
        return False
    # "decided to change course and withdraw the troops"
    v = climb(c.trigger, lambda v: v.dep_ == "conj" and v.head.pos_ == "VERB")
    return (
        v.dep_ == "xcomp"
        and has_to_aux(v)
        and token_in(v.head, DECIDING)
        # "chose the general to oversee the withdrawal": another's act, not one's own
        and not any(g.dep_ in ("dobj", "dative") for g in v.head.children)
    )


ENACTING = word_class("enacting_verbs")  # data/word_classes.yaml


DRAFT_WORDS = word_class("unadopted_text_words")  # data/word_classes.yaml
ORDERING = word_class("order_giving_verbs")  # data/word_classes.yaml


def _enacted(law) -> bool:
    """ "passed a law that ...", "the bill, which parliament approved, ...": the law is the
    object of an enacting verb told as done (not "will vote on", "failed to pass")."""
    v = law.head
    return (
        law.dep_ in ("dobj", "nsubjpass")
        and v.lemma_.lower() in ENACTING
        and v.tag_ in ("VBD", "VBN", "VBZ")
        and not _negated(v)
        and not any(g.dep_ == "aux" and g.lower_ in FUTURE_AUX | {"to"} for g in v.children)
        and v.dep_ != "xcomp"
        # "a Senate committee approved a draft law that would ...": a draft approved by a
        # committee or cabinet is still a proposal
        and not any(
            m.dep_ in ("amod", "compound") and m.lower_ in DRAFT_WORDS for m in law.children
        )
    )


def _boycott_of_dealings(v) -> bool:
    """ "would boycott all contact with the United States": the boycott is of dealings with
    someone (its object has a "with" phrase), not of an institution or event."""
    return any(c.dep_ == "dobj" and any(g.dep_ == "prep" and g.lower_ == "with" for g in c.children)
               for c in v.children)  # fmt: skip


ANNOUNCING = word_class("announcing_verbs")  # data/word_classes.yaml
ANNOUNCEMENT_NOUNS = word_class("announcement_nouns")  # data/word_classes.yaml


def _announced_ongoing(v) -> bool:
    """ "announced that he was pulling the troops out": a past progressive told by an
    announcement (its verb or noun), the future in the past."""
    return (
        v.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in v.children)
        and v.dep_ in ("ccomp", "acl", "relcl")
        and (v.head.lemma_.lower() in ANNOUNCING | ANNOUNCEMENT_NOUNS)
    )


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
        if any(_trailing_attribution(t, c) for c in t.children):
            return True
        if t.head == t or t.dep_ not in ("xcomp", "conj", "aux"):
            return False
        t = t.head
    return False


def _trailing_attribution(v, c) -> bool:
    """ "X could cut ties if ..., an official said" parsed with "said" a conjunct of "cut":
    a reporting verb after the clause, with a subject of its own and nothing said after it,
    attributes the clause."""
    return (
        c.dep_ == "conj"
        and c.i > v.i
        and c.lemma_.lower() in REPORTING_VERBS
        and any(g.dep_ == "nsubj" and g.i < c.i for g in c.children)
        and not any(g.dep_ in ("dobj", "ccomp", "xcomp") for g in c.children)
        and not any(g.dep_ == "cc" for g in v.children)
    )


def _told_by_a_subject(tok) -> bool:
    """The clause (up through infinitives, coordination and auxiliaries) is the complement
    of a reporting verb that has a subject of its own: "X said ..."."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in REPORTING_VERBS:
            return any(c.dep_ == "nsubj" for c in t.head.children)
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
    return _told_by_a_subject(tok)


def _says_of_its_own(tok) -> bool:
    """ "the leader said his party would ...": the clause's subject is the speaker's own body
    (a noun with a possessive pronoun), reported by the speaker."""
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or not any(
        g.dep_ == "poss" and g.lower_ in ("his", "her", "its", "their", "our")
        for g in subj[0].children
    ):
        return False
    return _told_by_a_subject(tok)


def _aux_will(tok) -> bool:
    return _has_aux(tok, FUTURE_AUX)  # "will", "won't" ("wo"), "would"


def _has_aux(tok, words) -> bool:
    """An auxiliary of these words on the verb or a verb it hangs from by an infinitive or
    coordination ("could move to cut ties")."""
    t = tok
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in words for c in t.children):
            return True
        if t.dep_ not in ("xcomp", "conj") or t.head == t:
            return False
        t = t.head
    return False


# modals of an act its actor holds over another ("could", "may", "might"; not "can", a
# present ability)
HELD_OVER_AUX = POSSIBLE_AUX - {"can", "ca"}


def _held_over(c: Candidate, considered: bool) -> bool:
    """A conditional coercive act (under if/unless) that its actor holds over another: one
    it says it could or may do, weighs, or states as its own plan."""
    if c.type not in UNLESS_THREATS:
        return False
    if considered:
        return True
    if c.explain.get("wrapper") == "plan":
        return c.head is not None and c.head.lemma_.lower() in OWN_PLAN_WORDS
    return _has_aux(c.told_at, HELD_OVER_AUX) and _reported_by_actor(c.told_at)


# the head nouns of an international organisation's bodies ("the Human Rights Council");
# data/word_classes.yaml
IGO_BODY_NOUNS = word_class("igo_body_nouns")


DOMESTIC_BODY = word_class("domestic_body_modifiers")  # data/word_classes.yaml


def _to_igo(c: Candidate) -> bool:
    """The act is taken to an international body: its target phrase is one ("to the U.N.
    Security Council", "at the Human Rights Council"), not a state's own ("to the city
    council", "to Leeds City Council", "to the National Assembly")."""
    return any(
        (t.ent_type_ == "ORG" or t.lemma_.lower() in IGO_BODY_NOUNS) and not _domestic_body(t)
        for h in c.target_heads
        for t in h.subtree
    )


def _domestic_body(tok) -> bool:
    """`tok` is (in) the name of a body whose noun a domestic modifier ("city", "county",
    "national") qualifies."""
    head = tok
    while head.dep_ in ("compound", "amod") and head.head != head:
        head = head.head
    return any(
        k.dep_ in ("compound", "amod", "nmod") and k.lower_ in DOMESTIC_BODY for k in head.lefts
    )


def _under_condition(tok, marks) -> str | None:
    """The mark ("if", "unless") of a condition on `tok` or a verb above it, or on the last of
    the verbs coordinated with it ("would expel the envoy and impose sanctions unless ...": the
    parser hangs the condition on the last conjunct, it holds for both)."""
    t = tok
    for _ in range(4):
        trailing = [k for k in t.children if k.dep_ == "conj" and k.pos_ == "VERB" and k.i > t.i]
        for c in [*t.children, *(g for k in trailing for g in k.children if g.i > k.i)]:
            if c.dep_ != "advcl":
                continue
            # ("would reimpose sanctions when the licence expires unless ...": the parser
            # may hang the condition on a time clause of the verb)
            for x in (c, *(k for k in c.children if k.dep_ == "advcl" and t == tok)):
                for g in x.children:
                    if g.dep_ == "mark" and g.lower_ in marks:
                        return g.lower_
        if t.head == t:
            break
        t = t.head
    return None
