"""Who does what a verb says: `subject_heads` finds the agent of a verb's clause through
passives ("was expelled by"), control ("agreed to withdraw": the agreer; "urged Russia to
withdraw": Russia), coordination ("met and signed", "were arrested by police and beaten"),
relative clauses, participles and the parser's misattachments."""

from __future__ import annotations

from ...actors.resolve.common import adjective_subject_noun
from ...syntax import has_to_aux, objects_of, prep_objects
from ...when import WEEKDAY_NAMES
from ...words import word_class
from ..match import (
    RELATIVE_SUBJECTS,
    is_passive,
    joined_in,
    main_verb_as_participle,
    misparsed_subject,
)
from ..modality import misattached_speech
from .common import (
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    _subject_after_dateline,
    in_dateline,
    to_infinitive,
)

OBJECT_CONTROL = word_class("object_control_verbs")  # data/word_classes.yaml
# what one calls someone to do that makes the call a phone call ("called her counterpart to
# discuss the dispute"), data/word_classes.yaml
CALL_PURPOSE_VERBS = word_class("call_purpose_verbs")
COURT_NOUNS = word_class("court_nouns")  # data/word_classes.yaml


def called_to_talk(tok) -> bool:
    """ "called Chile's president (on Monday) to discuss the dispute": calling someone to talk
    something over is a phone call (CAMEO 041), not a call on them to act (a demand)."""
    return (
        tok.lemma_.lower() == "call"
        and any(c.dep_ == "dobj" for c in tok.children)
        and any(
            c.dep_ in ("xcomp", "advcl")
            and has_to_aux(c)
            and c.lemma_.lower() in CALL_PURPOSE_VERBS
            for c in tok.children
        )
    )


EQUIPPING = word_class("equipping_verbs")  # data/word_classes.yaml
OBJECT_PURPOSE = word_class("object_purpose_verbs")  # data/word_classes.yaml


def _controlled_purpose(v):
    """The doer of an infinitive the parser hangs as a purpose (advcl) on a verb of object
    control or equipping: "lobbying Ankara to help end the dispute" (Ankara helps), "the
    force raised by Washington to fight IS" (the force fights), "trained fighters to fight"
    (the fighters); first the object of a training, arming or leaving verb (OBJECT_PURPOSE)
    of the clause or of a verb coordinated with it before `v` ("recruited and trained local
    units to fight"). None when the verb is no such verb."""
    if v.dep_ not in ("advcl", "xcomp") or not to_infinitive(v):
        return None
    head = v.head
    for h in [k for k in head.children if k.dep_ == "conj" and k.i < v.i][::-1] + [head]:
        if h.lemma_.lower() in OBJECT_PURPOSE:
            obj = [c for c in h.children if c.dep_ == "dobj" and c.i < v.i]
            if obj:
                return obj[0]
    lem = head.lemma_.lower()
    if lem not in EQUIPPING and not (lem in OBJECT_CONTROL and v.dep_ == "advcl"):
        return None
    obj = [c for c in head.children if c.dep_ == "dobj" and c.i < v.i]
    if obj:
        return obj[0]
    if lem not in EQUIPPING or head.tag_ != "VBN":
        return None
    subj = [c for c in head.children if c.dep_ == "nsubjpass"]
    if subj:
        return subj[0]  # "the militia was raised by Iran to fight"
    if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head  # "the militia raised by Iran to fight"
    return None


PERMISSION_NOUNS = word_class("granted_leave_nouns")  # data/word_classes.yaml
GIVING_VERBS = word_class("leave_giving_verbs")  # data/word_classes.yaml


def _permitted_doer(v):
    """The one given leave to act whose act the infinitive `v` is ("has given a green light
    to the regime to kill civilians": the regime), or None."""
    if v.dep_ not in ("advcl", "acl", "relcl", "xcomp") or not to_infinitive(v):
        return None
    head = v.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in PERMISSION_NOUNS:
        noun, verb = head, head.head
    elif head.pos_ == "VERB":
        verb = head
        noun = next((c for c in head.children if c.dep_ == "dobj"
                     and c.lemma_.lower() in PERMISSION_NOUNS), None)  # fmt: skip
    else:
        return None
    if noun is None or noun.dep_ != "dobj" or verb.lemma_.lower() not in GIVING_VERBS:
        return None
    for c in verb.children:
        if c.dep_ in ("dative", "prep") and c.lower_ == "to" and c.i < v.i:
            got = [g for g in c.children if g.dep_ == "pobj"]
            if got:
                return got[0]
        if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            return c
    return None


FOILING = word_class("foiling_verbs")  # data/word_classes.yaml


def _stray_list_verb(tok, c) -> bool:
    """ "asked them for patience and promised to raise pensions, increase wages and ...":
    the parser hangs a bare infinitive of the second verb's list on the first verb. An
    xcomp with no "to" after a verb coordinated with the wrapper belongs to that verb."""
    if c.dep_ != "xcomp" or c.tag_ != "VB" or has_to_aux(c):
        return False
    return any(
        k.dep_ == "conj" and k.pos_ in ("VERB", "AUX") and tok.i < k.i < c.i for k in tok.children
    )


def gapped_passive(tok) -> bool:
    """A participle coordinated with a passive that shares its auxiliaries: "had been injured
    ... and 143 people detained" (the parser reads "people detained" as subject and verb)."""
    return (tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBN") and is_passive(tok.head)
            and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children)
            and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "NUM") for c in tok.children))  # fmt: skip


_gapped_passive = gapped_passive


def absolute_participle(tok) -> bool:
    """ "With the rebels ousted from the north, ...": a participle in a with-clause says what
    was done to its "subject", which the parser reads as the doer; no doer is named."""
    return (
        tok.tag_ in ("VBN", "VBD")
        and any(c.dep_ == "mark" and c.lower_ in ("with", "without") for c in tok.children)
        and any(c.dep_ == "nsubj" for c in tok.children)
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children)
    )


DOCUMENT_NOUNS = word_class("speaking_document_nouns")  # data/word_classes.yaml


def _ordered_participle(v) -> bool:
    """ "ordered the editor held in pre-trial detention": a participle after the object of an
    order is what the order has done to it (the parser hangs it on the object)."""
    return (
        v.dep_ == "acl"
        and v.tag_ == "VBN"
        and v.head.dep_ == "dobj"
        and v.head.i < v.i
        and v.head.head.lemma_.lower() in COMMANDING
        and not any(c.dep_ in ("agent", "aux", "auxpass", "mark") for c in v.children)
    )


def _ordered_that_passive(v) -> bool:
    """ "the judge ordered that the minister's farms be confiscated": a passive "that" clause
    in the subjunctive (bare "be") under a verb of command is what the order has done; the
    one who orders it is its doer (the clause names no agent)."""
    return (
        v.dep_ == "ccomp"
        and v.head.lemma_.lower() in COMMANDING
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children)
        and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in v.children)
        and not any(c.dep_ == "aux" for c in v.children)
    )


def participle_after_noun(v) -> bool:
    """ "a Canadian teacher held for a year": a participle right after the noun it is said of
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


INTRANSITIVE_ACTS = word_class("intransitive_acts")  # data/word_classes.yaml


def shared_agent(v):
    """The "by" phrase of a passive coordinated with `v` ("were seized and
    tortured by the militia", "were arrested by police and beaten"), when `v` has none."""
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


HARM_VERBS = word_class("harm_verbs")  # data/word_classes.yaml
# "had their land seized", "had the leader arrested" (also events/builder/implied.py _causer)
CAUSATIVE_VERBS = word_class("causative_verbs")  # data/word_classes.yaml


def _untagged_harm_passive(v) -> bool:
    """ "three journalists were run over and killed": a harm verb coordinated with a passive,
    with no object or subject of its own, is a passive participle the parser tagged a past
    tense; its subject is the one harmed."""
    return (
        v.tag_ == "VBD"
        and v.lemma_.lower() in HARM_VERBS
        and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "expl") for c in v.children)
    )


AGENT_NOUNS = word_class("passive_agent_nouns")  # data/word_classes.yaml


def stray_agent(v):
    """The "by" phrase of a passive that the parser hung on another verb: on a verb inside
    its complement ("was accused of misusing funds by prosecutors") or on the verb it is the
    complement of ("has been accused of misusing funds, much of it believed embezzled, by
    government officials"). Only a "by" phrase that names someone: a name, a nationality or
    organisation, or a word for an authority ("by force", "by phone" are no doers)."""

    def names_someone(n) -> bool:
        if n.ent_type_ in ("DATE", "TIME") or n.lower_ in WEEKDAY_NAMES:
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


BELIEVED = word_class("belief_report_verbs")  # data/word_classes.yaml

EXTRAPOSING = word_class("extraposing_predicates")  # data/word_classes.yaml


def _extraposed_it(tok) -> bool:
    """ "it would be safe/possible/right to ...": the "it" stands for the clause, not a doer."""
    t = tok.head if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr") else tok
    # "it’s time to": the parser may leave a curly "’s" unlemmatised
    if t.lemma_.lower() != "be" and t.lower_ not in ("'s", "’s"):
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in t.children) and any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in EXTRAPOSING for c in t.children
    )


def _had_done_by(v):
    """ "the farmers had their land seized by soldiers": a participle after "have" or "get"
    whose "subject" is the thing that underwent it; the doer is its "by" phrase."""
    if (
        v.tag_ != "VBN"
        or v.dep_ not in ("ccomp", "xcomp", "oprd", "acl")
        or v.head.lemma_.lower() not in CAUSATIVE_VERBS
        or any(c.dep_ == "auxpass" for c in v.children)
    ):
        return None
    for c in v.children:
        if c.dep_ == "agent":
            got = [g for g in c.children if g.dep_ == "pobj"]
            if got:
                return got[0]
    return None


def _verb_number(v) -> str | None:
    """ "are preparing", "have said": plural; "is", "has", "says": singular; else None."""
    words = [c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")] + [v.lower_]
    for w in words:
        if w in ("are", "were", "have"):
            return "plural"
        if w in ("is", "was", "has"):
            return "singular"
    return {"VBP": "plural", "VBZ": "singular"}.get(v.tag_)


def _noun_number(t) -> str | None:
    if (
        t.tag_ in ("NNS", "NNPS")
        and t.text[:1].isupper()
        and not t.lower_.endswith("s")
        and not any(c.dep_ == "conj" for c in t.children)
    ):
        # "Hungary expels two diplomats and recalls its ambassador": the tagger takes a name
        # opening a paragraph for a plural noun; a capitalised word without a plural ending
        # says nothing of its number
        return None
    if (
        any(c.dep_ == "conj" for c in t.children)
        or t.tag_ in ("NNS", "NNPS")
        or t.lower_ in ("they", "we")
    ):
        return "plural"
    if t.tag_ in ("NN", "NNP") or t.lower_ in ("he", "she", "it"):
        return "singular"
    return None


def _number_clash(v, head) -> bool:
    """The conjoined verb `v` disagrees in number with the subject of `head` and agrees with
    that of the verb governing `head`'s clause."""
    mine = _verb_number(v)
    subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    outer = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if mine is None or not subj or not outer:
        return False
    return _noun_number(subj[0]) not in (None, mine) and _noun_number(outer[0]) == mine


def agent_objects(agent) -> list:
    """The objects of a passive's "by" phrase; of "not by X but by Y", Y's: "the rockets were
    fired not by Hezbollah but by Palestinian militants" were fired by the militants."""
    if any(c.dep_ == "neg" for c in agent.children):
        other = prep_objects(agent, "conj", "by")
        if other:
            return other
    return objects_of(agent)


def _first_reported_clause(v):
    """The clause a subjectless finite verb continues when the parser hung both on the verb
    of saying ("said he regretted X, but also congratulated Y": "congratulated" is a second
    clause of "said"): the earlier clause of the same verb, with a subject, and "and"/"but"
    between them."""
    if (
        v.dep_ != "ccomp"
        or v.tag_ not in ("VBD", "VBZ", "VBP")
        or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in v.children)
    ):
        return None
    earlier = [
        c
        for c in v.head.children
        if c.dep_ == "ccomp" and c.i < v.i and any(g.dep_ in SUBJECT_DEPS for g in c.children)
    ]
    if not earlier:
        return None
    first = earlier[-1]
    joined = any(
        t.dep_ == "cc" and t.lower_ in ("and", "but") and t.head in (first, v)
        for t in v.doc[first.i + 1 : v.i]
    )
    return first if joined else None


def subject_heads(v, depth: int = 0) -> list:
    """The token(s) heading the agent of a verb's clause."""
    if depth > 5:
        return []
    undergone = _had_done_by(v)
    if undergone is not None:
        return [undergone]
    for c in v.children:
        if c.dep_ in SUBJECT_DEPS:
            if in_dateline(c):
                alt = _subject_after_dateline(v)
                return [alt] if alt is not None else []
            if c.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                h = v.head
                if (
                    (c.lower_ in ("who", "whom") or h.head.head.lemma_.lower() in COURT_NOUNS)
                    and h.ent_type_ in ("GPE", "LOC", "FAC")
                    and h.dep_ == "pobj"
                    and h.head.lower_ in ("in", "at", "to", "from")
                    and h.head.head.pos_ in ("NOUN", "PROPN")
                ):
                    # "the EU's ambassador in Dhaka, who met the prime minister", "the tribunal
                    # in The Hague, which ruled": the person or court, not the city the parser
                    # hung the clause on
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
                # "The Red Cross working in Yemen said": the participle's own subject
                own = [g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN")]
                if own:
                    return own[:1]
            if (
                c.lower_ in ("it", "they")
                and v.dep_ == "ccomp"
                and v.head.dep_ == "relcl"
                and any(
                    g.dep_ == "nsubj" and g.lower_ in RELATIVE_SUBJECTS for g in v.head.children
                )
            ):
                return [v.head.head]  # "the United States, which announced that it would pull out"
            noun = adjective_subject_noun(c)
            if noun != c:
                return [noun]  # "Past and present Kenyan envoys accused ...": the envoys
            if c.lemma_.lower() in DOCUMENT_NOUNS:
                # "a statement from the Taliban warned ...", "a letter by 40 lawmakers urged ...":
                # the document's author
                got = prep_objects(c, "prep", ("from", "by"))
                if got:
                    return got[:1]
            return [c]
    for a in v.children:
        if a.dep_ == "aux" and a.i < v.i:
            # "the Council has in a report condemned ...": a phrase between the auxiliary and
            # the verb makes the parser hang the subject on the auxiliary
            got = [g for g in a.children if g.dep_ in ("nsubj", "nsubjpass") and not in_dateline(g)]
            if got:
                return got[:1]
    if (
        v.tag_ == "VBN"
        and v.dep_ == "advcl"
        and not any(c.dep_ in ("aux", "mark") for c in v.children)
    ):
        for (
            c
        ) in v.children:  # "..., supported by US troops", "Backed by Russian jets, ...": the agent
            if c.dep_ == "agent":
                return agent_objects(c)[:1]
        if (
            v.lemma_.lower() not in INTRANSITIVE_ACTS
            and not any(c.dep_ in ("dobj", "nsubj") for c in v.children)
            and (v.head.lemma_ == "be" or is_passive(v.head))
        ):
            # "three men are in custody, accused of spying", "were freed, accused of treason":
            # the subject of a state or passive is the one the participle is done to, not its
            # doer (after an active verb the parser may hang a phrase's own participle here:
            # "under the deal, reached at talks, both sides will ...")
            return []
    if is_passive(v):
        for c in v.children:
            if c.dep_ == "agent":
                return agent_objects(c)[:1]
        shared = shared_agent(v)
        if shared is not None:
            return [shared]  # "were detained and disappeared by Isis": Isis detained them too
        stray = stray_agent(v)
        if stray is not None:
            return [stray]  # "was accused of misusing funds by prosecutors"
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in ORDERING:
            return subject_heads(v.head, depth + 1)  # "ordered troops to be deployed": the orderer
        if (
            v.dep_ in ("ccomp", "xcomp", "oprd")
            and v.head.lemma_.lower() in COMMANDING
            and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
        ):
            return subject_heads(v.head, depth + 1)  # "a judge ordered him detained": the judge
        if _ordered_that_passive(v):
            return subject_heads(v.head, depth + 1)  # "ordered that the houses be seized"
        return []
    if _ordered_participle(v):
        # "a court ordered the editor held in custody": the one who ordered it holds him
        return subject_heads(v.head.head, depth + 1)
    if participle_after_noun(v) and not any(c.dep_ == "agent" for c in v.children):
        return []  # "a Canadian teacher held for a year": the teacher is who was detained
    dep = v.dep_
    head = v.head
    controller = _controlled_purpose(v)
    if controller is None:
        controller = _permitted_doer(v)
    if controller is not None:
        return [controller]
    if dep == "pcomp" and head.lower_ == "for" and v.tag_ == "VBG" and head.head.pos_ == "VERB":
        # "jailed the opposition leader for refusing to appear before the commission", "was
        # thanked for sending aid": the one jailed or thanked did it
        done_to = [c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")]
        if done_to:
            return done_to[:1]
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
        if head.lemma_.lower() in OBJECT_CONTROL and not called_to_talk(head):
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
        and has_to_aux(head)
        and head.head.pos_ in ("VERB", "AUX")
        and head.head.tag_ == v.tag_
    ):
        # "urged Laos and Cambodia to show restraint and offered to mediate": the finite verb
        # is the main clause's second verb, misattached to the infinitive; its doer is the
        # main clause's subject, not the one urged
        return subject_heads(head.head, depth + 1)
    if (
        dep == "conj"
        and head.dep_ == "ccomp"
        and head.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in SUBJECT_DEPS for c in v.children)
        and _number_clash(v, head)
    ):
        # "many states have accepted that the regime has survived and are preparing to reopen
        # embassies": the plural verb goes with the main clause's plural subject, not with the
        # singular one of the clause the parser hung it on
        return subject_heads(head.head, depth + 1)
    if dep == "conj" and head.pos_ in ("VERB", "AUX"):
        if (
            is_passive(head)
            and (v.tag_ == "VBN" or _untagged_harm_passive(v))
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
    first = _first_reported_clause(v)
    if first is not None:
        # "said he regretted the decision but also congratulated the president": the second
        # verb, hung on "said" as a clause of its own, shares the first clause's subject
        return subject_heads(first, depth + 1)
    if dep in ("acomp", "oprd"):
        # "is ready to host", "appeared ready to make concessions": the one who is ready (the
        # infinitive under "ready" is an xcomp, answered above by its head's subject)
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
            # "defended its latest moves to tighten checks", "its efforts to expel": whose move
            poss = [c for c in head.children if c.dep_ == "poss"]
            if poss:
                return poss[:1]
            by = prep_objects(head, "prep", "by")
            if by:
                return by[:1]  # "criticised the decision by Washington to impose": Washington's
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
    if joined_in(v):
        # "Japan joined the United States in imposing sanctions", "the army persisted in
        # shelling the town": the one who joins in the act does it
        return subject_heads(head.head, depth + 1)
    return []


SUBJECT_CONTROL_TO = word_class("gerund_own_act_verbs")  # data/word_classes.yaml


ORDERING = word_class("ordering_verbs")  # data/word_classes.yaml
COMMANDING = word_class("commanding_verbs")
EFFORT_NOUNS = word_class("effort_nouns")  # data/word_classes.yaml
